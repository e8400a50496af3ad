/* bare_mhd — the ceiling for `make bench`: a libmicrohttpd server that
 * answers every request with one fixed buffer (the bytes of FILE), built
 * once as a persistent response and queued on the handler's second call
 * (0.9.75 closes keep-alive connections when a response is queued on the
 * first).  Nothing else: no routing, no logging, no per-request allocation.
 *
 *   bare_mhd FILE PORT [threads] [poll|epoll|select] [turbo] [nodate] [mem=BYTES]
 *
 * The optional words let bench/mhd_options.sh compare libmicrohttpd
 * configurations on the same machine.  Stops on SIGTERM/SIGINT. */
#include <microhttpd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static struct MHD_Response *g_resp;
static volatile sig_atomic_t g_stop;

static void on_signal(int sig)
{
    (void)sig;
    g_stop = 1;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **con_cls)
{
    static int seen;
    (void)cls; (void)url; (void)method; (void)version; (void)upload_data;
    if (*con_cls != &seen) {
        *con_cls = &seen; /* first call: queue on the next one */
        return MHD_YES;
    }
    *upload_data_size = 0;
    return MHD_queue_response(conn, MHD_HTTP_OK, g_resp);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bare_mhd FILE PORT [threads] [poll|epoll|select] [turbo] [nodate] [mem=BYTES]\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    static char buf[1 << 22];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    unsigned threads = argc > 3 ? (unsigned)atoi(argv[3]) : 1;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG;
    size_t mem = 0;
    int mode = 0; /* epoll */
    for (int i = 4; i < argc; i++) {
        if (strcmp(argv[i], "poll") == 0)
            mode = 1;
        else if (strcmp(argv[i], "select") == 0)
            mode = 2;
        else if (strcmp(argv[i], "epoll") == 0)
            mode = 0;
        else if (strcmp(argv[i], "turbo") == 0)
            flags |= MHD_USE_TURBO;
        else if (strcmp(argv[i], "nodate") == 0)
            flags |= MHD_USE_SUPPRESS_DATE_NO_CLOCK;
        else if (strncmp(argv[i], "mem=", 4) == 0)
            mem = (size_t)strtoul(argv[i] + 4, NULL, 10);
    }
    flags |= mode == 0 ? MHD_USE_EPOLL : mode == 1 ? MHD_USE_POLL : 0;
    g_resp = MHD_create_response_from_buffer(n, buf, MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(g_resp, MHD_HTTP_HEADER_CONTENT_TYPE, "application/json; charset=utf-8");
    struct MHD_Daemon *d = MHD_start_daemon(
        flags, (unsigned short)atoi(argv[2]), NULL, NULL, on_request, NULL,
        MHD_OPTION_THREAD_POOL_SIZE, threads,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)10,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)4096,
        mem ? MHD_OPTION_CONNECTION_MEMORY_LIMIT : MHD_OPTION_END, mem,
        MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, "bare_mhd: could not start on port %s\n", argv[2]);
        return 1;
    }
    signal(SIGTERM, on_signal);
    signal(SIGINT, on_signal);
    while (!g_stop)
        pause();
    MHD_stop_daemon(d);
    MHD_destroy_response(g_resp);
    return 0;
}
