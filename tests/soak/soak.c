/* soak — `make soak`: SOAK_SECONDS (60) at SOAK_CONNS (256) keep-alive
 * connections over a mix of endpoints against a real server on loopback
 * (build/csto serving corpus/).  The load comes from wrk (Debian's package)
 * with tests/soak/mix.lua when it is installed, else from this program: one
 * libcurl handle per connection on its own thread, which also checks that
 * the 400/404 cases of the mix stay 400/404 (SOAK_CLIENT=c forces it).
 * Samples the server's RSS every second.  Prints requests, rate, errors and
 * RSS; exits 1 on any error (a status other than the expected one, a
 * transport failure, wrk's non-2xx or socket errors) or when RSS in the last
 * quarter is more than 20% (and 8 MiB) above RSS in the second quarter. */
#include <curl/curl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/common/harness.h"

static const char *base;
static atomic_int stop;
static atomic_long ok_count, err_count, bytes;

static size_t sink(char *d, size_t s, size_t n, void *u)
{
    atomic_fetch_add_explicit(&bytes, (long)(s * n), memory_order_relaxed);
    return s * n;
}

static void *conn_main(void *arg)
{
    static const struct {
        const char *path;
        long want;
    } mix[] = {
        {"/api/v1/meetings", 200},
        {"/api/v1/meetings?body=CFM,CDM&sort=-date", 200},
        {"/api/v1/officials?sort=-meetings&limit=10", 200},
        {"/api/v1/documents?format=csv", 200},
        {"/api/v1/articles?limit=5&fields=id,title", 200},
        {"/api/v1/search?q=foreign+ministers", 200},
        {"/api/v1/meetings?facet=body&facet=year&limit=0", 200},
        {"/api/v1/stats/meetings?interval=year&by=body", 200},
        {"/api/v1/members/kazakhstan?include=officials", 200},
        {"/healthz", 200},
        {"/", 200},
        {"/api/v1/meetings?limit=x", 400},
        {"/api/v1/nope", 404},
    };
    const size_t n = sizeof mix / sizeof *mix;
    unsigned i = (unsigned)(uintptr_t)arg;
    CURL *c = curl_easy_init();
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, sink);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 10L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, (i % 2) ? "gzip" : NULL);
    char url[256];
    while (!atomic_load_explicit(&stop, memory_order_relaxed)) {
        size_t k = i++ % n;
        snprintf(url, sizeof url, "%s%s", base, mix[k].path);
        curl_easy_setopt(c, CURLOPT_URL, url);
        long code = 0;
        CURLcode rc = curl_easy_perform(c);
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
        if (rc == CURLE_OK && code == mix[k].want) {
            atomic_fetch_add_explicit(&ok_count, 1, memory_order_relaxed);
        } else if (!atomic_load(&stop)) {
            if (atomic_fetch_add(&err_count, 1) < 10)
                fprintf(stderr, "soak: %s -> curl %d (%s), HTTP %ld\n", url, (int)rc, curl_easy_strerror(rc),
                        code);
        }
    }
    curl_easy_cleanup(c);
    return NULL;
}

int main(int argc, char **argv)
{
    int seconds = getenv("SOAK_SECONDS") ? atoi(getenv("SOAK_SECONDS")) : 60;
    int conns = getenv("SOAK_CONNS") ? atoi(getenv("SOAK_CONNS")) : 256;
    if (seconds < 1 || conns < 1 || conns > 4000) {
        fprintf(stderr, "soak: SOAK_SECONDS >= 1, SOAK_CONNS 1-4000\n");
        return 2;
    }
    curl_global_init(CURL_GLOBAL_ALL);
    csto_server s;
    const char *args[] = {"--corpus", "corpus", "--data", "data", "--static", "static", "--quiet", NULL};
    if (server_start(&s, args, 60000) != 0)
        return 1;
    base = s.base;
    const char *client = getenv("SOAK_CLIENT");
    int use_wrk = !(client && strcmp(client, "c") == 0) && access("/usr/bin/wrk", X_OK) == 0;
    pthread_t *th = NULL;
    pid_t wrk = -1;
    char wrk_out[] = "/tmp/csto-soak-wrk-XXXXXX";
    if (use_wrk) {
        int fd = mkstemp(wrk_out);
        char c_arg[32], d_arg[32];
        snprintf(c_arg, sizeof c_arg, "-c%d", conns);
        snprintf(d_arg, sizeof d_arg, "-d%ds", seconds);
        fflush(NULL);
        wrk = fork();
        if (wrk == 0) {
            dup2(fd, 1);
            dup2(fd, 2);
            execl("/usr/bin/wrk", "wrk", "-t2", c_arg, d_arg, "--timeout", "10s", "--latency", "-s",
                  "tests/soak/mix.lua", base, (char *)NULL);
            _exit(127);
        }
        close(fd);
        fprintf(stderr, "soak: load from wrk -t2 %s %s -s tests/soak/mix.lua\n", c_arg, d_arg);
    } else {
        th = calloc((size_t)conns, sizeof *th);
        for (int i = 0; i < conns; i++)
            if (pthread_create(&th[i], NULL, conn_main, (void *)(uintptr_t)i) != 0) {
                fprintf(stderr, "soak: cannot start thread %d\n", i);
                return 1;
            }
        fprintf(stderr, "soak: load from %d libcurl connections (tests/soak/soak.c)\n", conns);
    }
    long t0 = now_ms();
    long *rss = calloc((size_t)seconds + 1, sizeof *rss);
    for (int k = 0; k < seconds; k++) {
        sleep(1);
        rss[k] = rss_kb(s.pid);
        if ((k + 1) % 10 == 0)
            fprintf(stderr, "soak: %3d s  RSS %ld KiB\n", k + 1, rss[k]);
    }
    atomic_store(&stop, 1);
    if (use_wrk) {
        int st = 0;
        waitpid(wrk, &st, 0);
        FILE *f = fopen(wrk_out, "r");
        char line[512];
        long reqs = 0, non2xx = 0, sock_err = 0;
        while (f && fgets(line, sizeof line, f)) {
            fputs(line, stdout);
            long a, b, c, d;
            double amount;
            char unit[8];
            if (sscanf(line, " %ld requests in %*s %lf%7s read", &a, &amount, unit) == 3) {
                double mul = unit[0] == 'G' ? 1e9 : unit[0] == 'M' ? 1e6 : unit[0] == 'K' ? 1e3 : 1;
                atomic_store(&bytes, (long)(amount * mul));
            }
            if (sscanf(line, " %ld requests in", &a) == 1)
                reqs = a;
            if (sscanf(line, " Non-2xx or 3xx responses: %ld", &a) == 1)
                non2xx = a;
            if (sscanf(line, " Socket errors: connect %ld, read %ld, write %ld, timeout %ld", &a, &b, &c, &d) == 4)
                sock_err = a + b + c + d;
        }
        if (f)
            fclose(f);
        unlink(wrk_out);
        atomic_store(&ok_count, reqs - non2xx);
        atomic_store(&err_count, non2xx + sock_err + (WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : 1));
    } else {
        for (int i = 0; i < conns; i++)
            pthread_join(th[i], NULL);
    }
    double secs = (double)(now_ms() - t0) / 1000.0;
    long ok = atomic_load(&ok_count), errs = atomic_load(&err_count);
    /* RSS: the second quarter vs the last quarter */
    int q = seconds / 4 ? seconds / 4 : 1;
    long early = 0, late = 0, peak = 0;
    for (int k = q; k < 2 * q && k < seconds; k++)
        early = rss[k] > early ? rss[k] : early;
    for (int k = seconds - q; k < seconds; k++)
        late = rss[k] > late ? rss[k] : late;
    for (int k = 0; k < seconds; k++)
        peak = rss[k] > peak ? rss[k] : peak;
    int grew = late > early + early / 5 && late > early + 8192;
    int st = server_stop(&s);
    printf("soak (%s): %d s, %d connections: %ld requests (%.0f/s), %ld errors, %.1f MB received; server RSS %ld KiB "
           "(2nd quarter max) -> %ld KiB (last quarter max), peak %ld KiB%s; server exit %d\n",
           use_wrk ? "wrk" : "libcurl", seconds, conns, ok, (double)ok / secs, errs, (double)atomic_load(&bytes) / 1e6, early, late, peak,
           grew ? " GREW" : ", steady", st);
    free(rss);
    free(th);
    curl_global_cleanup();
    return errs || grew || st != 0 ? 1 : 0;
}
