/* harness — server life cycle, HTTP and command helpers for the tests; see
 * harness.h.  The server is started with "--listen 127.0.0.1:0" so the
 * kernel picks a free port (no race with other tests), and the port is read
 * back from the start-up line "... on http://127.0.0.1:PORT/" in its stderr,
 * which goes to a temporary file (a pipe could fill up and block it). */
#include "harness.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

const char *csto_bin(void)
{
    const char *b = getenv("CSTO_BIN");
    return b && *b ? b : "build/csto";
}

long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000L + ts.tv_nsec / 1000000L;
}

void nap_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

static char *slurp(const char *path)
{
    sbuf b = {0};
    FILE *f = fopen(path, "rb");
    if (f) {
        char tmp[4096];
        size_t n;
        while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
            sbuf_append(&b, tmp, n);
        fclose(f);
    }
    return sbuf_steal(&b);
}

/* Waits for pid up to timeout_ms; returns the decoded status or -1. */
static int wait_exit(pid_t pid, long timeout_ms)
{
    long end = now_ms() + timeout_ms;
    for (;;) {
        int st;
        pid_t r = waitpid(pid, &st, WNOHANG);
        if (r == pid)
            return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
        if (r < 0 && errno != EINTR)
            return -1;
        if (now_ms() >= end)
            return -1;
        nap_ms(10);
    }
}

/* fork + exec with stdout/stderr redirected to files (NULL: /dev/null). */
static pid_t spawn(const char *const *argv, const char *outpath, const char *errpath)
{
    fflush(NULL);
    pid_t pid = fork();
    if (pid != 0)
        return pid;
    int out = open(outpath ? outpath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int err = open(errpath ? errpath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (out < 0 || err < 0)
        _exit(126);
    dup2(out, 1);
    dup2(err, 2);
    execv(argv[0], (char *const *)argv);
    dprintf(2, "exec %s: %s\n", argv[0], strerror(errno));
    _exit(127);
}

/* ---- server -------------------------------------------------------------- */

int server_start(csto_server *s, const char *const *args, int timeout_ms)
{
    memset(s, 0, sizeof *s);
    snprintf(s->errpath, sizeof s->errpath, "/tmp/csto-test-%ld-XXXXXX", (long)getpid());
    int fd = mkstemp(s->errpath);
    if (fd < 0) {
        perror("mkstemp");
        return -1;
    }
    close(fd);

    const char *argv[64] = {csto_bin(), "serve", "--listen", "127.0.0.1:0"};
    int n = 4;
    for (int i = 0; args && args[i] && n < 63; i++)
        argv[n++] = args[i];
    argv[n] = NULL;
    s->pid = spawn(argv, NULL, s->errpath);
    if (s->pid < 0) {
        perror("fork");
        return -1;
    }

    long end = now_ms() + timeout_ms;
    const char *why = "timed out waiting for the start-up line";
    while (now_ms() < end) {
        int st;
        if (waitpid(s->pid, &st, WNOHANG) == s->pid) {
            s->pid = 0;
            why = "the server exited during start-up";
            break;
        }
        char *err = slurp(s->errpath);
        const char *at = strstr(err, "on http://127.0.0.1:");
        if (at)
            s->port = (unsigned)atoi(at + strlen("on http://127.0.0.1:"));
        free(err);
        if (s->port) {
            snprintf(s->base, sizeof s->base, "http://127.0.0.1:%u", s->port);
            break;
        }
        nap_ms(10);
    }
    if (s->port) {
        char url[128];
        snprintf(url, sizeof url, "%s/healthz", s->base);
        why = "timed out waiting for /healthz";
        while (now_ms() < end) {
            http_reply r;
            int ok = http_get(url, &r) == 0 && r.status == 200;
            http_reply_free(&r);
            if (ok)
                return 0;
            nap_ms(10);
        }
    }
    char *err = slurp(s->errpath);
    fprintf(stderr, "server_start: %s; its stderr:\n%s\n", why, err);
    free(err);
    server_stop(s);
    return -1;
}

int server_stop(csto_server *s)
{
    int status = -1;
    if (s->pid > 0) {
        kill(s->pid, SIGTERM);
        status = wait_exit(s->pid, 5000);
        if (status < 0) {
            kill(s->pid, SIGKILL);
            wait_exit(s->pid, 5000);
        }
        s->pid = 0;
    }
    if (s->errpath[0]) {
        if (status != 0) { /* show why, for the test log */
            char *err = slurp(s->errpath);
            fprintf(stderr, "server exited with %d; its stderr:\n%s\n", status, err);
            free(err);
        }
        unlink(s->errpath);
        s->errpath[0] = '\0';
    }
    return status;
}

char *server_stderr(const csto_server *s) { return slurp(s->errpath); }

/* ---- HTTP ---------------------------------------------------------------- */

static size_t collect(char *data, size_t size, size_t nmemb, void *userp)
{
    sbuf_append(userp, data, size * nmemb);
    return size * nmemb;
}

static int http_do_full(const char *method, const char *url, int path_as_is, const char *body,
                        const char *const *headers, http_reply *out)
{
    static int inited;
    if (!inited) {
        curl_global_init(CURL_GLOBAL_DEFAULT);
        inited = 1;
    }
    memset(out, 0, sizeof *out);
    CURL *c = curl_easy_init();
    if (!c)
        return -1;
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, 5000L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &out->body);
    curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, collect);
    curl_easy_setopt(c, CURLOPT_HEADERDATA, &out->headers);
    if (path_as_is)
        curl_easy_setopt(c, CURLOPT_PATH_AS_IS, 1L);
    if (strcmp(method, "HEAD") == 0)
        curl_easy_setopt(c, CURLOPT_NOBODY, 1L);
    else if (strcmp(method, "GET") != 0)
        curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, method);
    if (body)
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
    struct curl_slist *hl = NULL;
    for (int i = 0; headers && headers[i]; i++)
        hl = curl_slist_append(hl, headers[i]);
    if (hl)
        curl_easy_setopt(c, CURLOPT_HTTPHEADER, hl);
    CURLcode rc = curl_easy_perform(c);
    curl_slist_free_all(hl);
    if (rc == CURLE_OK)
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &out->status);
    else
        fprintf(stderr, "http_do %s %s: %s\n", method, url, curl_easy_strerror(rc));
    curl_easy_cleanup(c);
    return rc == CURLE_OK ? 0 : -1;
}

int http_do(const char *method, const char *url, int path_as_is, const char *body,
            http_reply *out)
{
    return http_do_full(method, url, path_as_is, body, NULL, out);
}

int http_do_headers(const char *method, const char *url, const char *const *headers,
                    http_reply *out)
{
    return http_do_full(method, url, 0, NULL, headers, out);
}

int http_get(const char *url, http_reply *out) { return http_do("GET", url, 0, NULL, out); }

void http_reply_free(http_reply *r)
{
    sbuf_free(&r->headers);
    sbuf_free(&r->body);
}

const char *http_header(const http_reply *r, const char *name, char *buf, size_t len)
{
    const char *found = NULL;
    size_t nlen = strlen(name), vlen = 0;
    for (const char *line = sbuf_str(&r->headers); *line;) {
        const char *eol = strstr(line, "\r\n");
        size_t llen = eol ? (size_t)(eol - line) : strlen(line);
        if (llen > nlen && line[nlen] == ':' && strncasecmp(line, name, nlen) == 0) {
            found = line + nlen + 1;
            while (*found == ' ' || *found == '\t')
                found++;
            vlen = llen - (size_t)(found - line);
        }
        if (strncmp(line, "HTTP/", 5) == 0)
            found = NULL; /* a new response block (after 100 Continue) */
        line += llen + (eol ? 2 : 0);
    }
    if (!found || len == 0)
        return NULL;
    if (vlen >= len)
        vlen = len - 1;
    memcpy(buf, found, vlen);
    buf[vlen] = '\0';
    return buf;
}

int raw_http(unsigned port, const char *request, sbuf *out)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int rc = -1;
    if (connect(fd, (struct sockaddr *)&a, sizeof a) != 0)
        goto cleanup;
    size_t len = strlen(request);
    for (size_t sent = 0; sent < len;) {
        ssize_t n = send(fd, request + sent, len - sent, MSG_NOSIGNAL);
        if (n <= 0)
            goto cleanup;
        sent += (size_t)n;
    }
    long end = now_ms() + 5000;
    for (;;) {
        long left = end - now_ms();
        struct pollfd p = {.fd = fd, .events = POLLIN};
        if (left <= 0 || poll(&p, 1, (int)left) <= 0)
            goto cleanup; /* timed out: the server did not close */
        char tmp[4096];
        ssize_t n = recv(fd, tmp, sizeof tmp, 0);
        if (n < 0)
            goto cleanup;
        if (n == 0)
            break;
        sbuf_append(out, tmp, (size_t)n);
    }
    rc = 0;
cleanup:
    close(fd);
    return rc;
}

/* ---- commands ------------------------------------------------------------ */

int run_command(const char *const *argv, int timeout_ms, cmd_result *r)
{
    memset(r, 0, sizeof *r);
    r->status = -1;
    char outpath[64], errpath[64];
    snprintf(outpath, sizeof outpath, "/tmp/csto-cmd-out-XXXXXX");
    snprintf(errpath, sizeof errpath, "/tmp/csto-cmd-err-XXXXXX");
    int fo = mkstemp(outpath), fe = mkstemp(errpath);
    if (fo >= 0)
        close(fo);
    if (fe >= 0)
        close(fe);
    if (fo < 0 || fe < 0)
        goto cleanup;
    pid_t pid = spawn(argv, outpath, errpath);
    if (pid < 0)
        goto cleanup;
    r->status = wait_exit(pid, timeout_ms);
    if (r->status < 0) {
        kill(pid, SIGKILL);
        wait_exit(pid, 5000);
    }
    char *o = slurp(outpath), *e = slurp(errpath);
    sbuf_puts(&r->out, o);
    sbuf_puts(&r->err, e);
    free(o);
    free(e);
cleanup:
    if (fo >= 0)
        unlink(outpath);
    if (fe >= 0)
        unlink(errpath);
    return r->status < 0 ? -1 : 0;
}

void cmd_result_free(cmd_result *r)
{
    sbuf_free(&r->out);
    sbuf_free(&r->err);
}

/* The value of /proc/PID/status's line "field", in KiB, or -1. */
static long status_kb(pid_t pid, const char *field)
{
    char path[64], line[256], fmt[64];
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    snprintf(fmt, sizeof fmt, "%s: %%ld", field);
    FILE *f = fopen(path, "r");
    long kb = -1;
    while (f && fgets(line, sizeof line, f))
        if (sscanf(line, fmt, &kb) == 1)
            break;
    if (f)
        fclose(f);
    return kb;
}

long rss_kb(pid_t pid) { return status_kb(pid, "VmRSS"); }

long anon_kb(pid_t pid) { return status_kb(pid, "RssAnon"); }

int connect_lo(unsigned port)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof a) != 0) {
        if (fd >= 0)
            close(fd);
        return -1;
    }
    return fd;
}
