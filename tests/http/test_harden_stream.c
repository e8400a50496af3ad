/* test_harden_stream — a streamed CSV/NDJSON answer holds a few rows, not
 * its body (issue #16: `list_stream_read` kept everything it had rendered,
 * so format=csv&fields=text,text,... reached 2.7 GB of RSS).
 * The server loads a model file of 200 articles of 64 KiB each (13 MB of
 * text); while the test reads each answer it samples the server's
 * anonymous resident memory (RssAnon: what it allocates; the snapshot is a
 * file it maps, whose pages count in RSS as they are first read, as page
 * cache the kernel may take back):
 *   - fields naming text 10 times (a 130 MB body before fields were
 *     deduplicated): it stays under 100 MB above the baseline;
 *   - the whole set as NDJSON (13 MB): it grows by less than 8 MB. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "tests/common/harness.h"

#define NARTICLES 200
#define TEXT_BYTES (64 * 1024)

static char model_path[64];
static csto_server srv;

static int setup(void **state)
{
    snprintf(model_path, sizeof model_path, "/tmp/csto-stream-XXXXXX.json");
    int fd = mkstemps(model_path, 5);
    if (fd < 0)
        return -1;
    close(fd);
    static const char *const words[] = {"collective", "security", "treaty", "ministers", "meeting",
                                        "council", "declaration", "region", "cooperation", "border"};
    char *text = malloc(TEXT_BYTES + 1);
    json_t *arts = json_array();
    unsigned seed = 7;
    for (int i = 0; i < NARTICLES; i++) {
        size_t n = 0;
        while (n < TEXT_BYTES - 16) {
            seed = seed * 1103515245u + 12345u;
            const char *w = words[(seed >> 16) % 10];
            size_t l = strlen(w);
            memcpy(text + n, w, l);
            n += l;
            text[n++] = (seed >> 8) % 13 == 0 ? '\n' : ' ';
        }
        text[n] = '\0';
        char id[32], title[64];
        snprintf(id, sizeof id, "a%03d", i);
        snprintf(title, sizeof title, "Article %d", i);
        json_array_append_new(arts, json_pack("{s:s, s:s, s:s, s:s, s:n, s:n, s:s}", "id", id, "title", title,
                                              "published", "2021-05-27", "source", "TASS", "url", "dateline",
                                              "text", text));
    }
    free(text);
    json_t *model = json_pack("{s:o, s:[], s:[], s:[], s:[]}", "articles", arts, "meetings", "officials",
                              "documents", "members");
    int rc = json_dump_file(model, model_path, JSON_COMPACT);
    json_decref(model);
    if (rc != 0)
        return -1;
    const char *args[] = {"--corpus", model_path, "--data", "data", "--static", "static", "--quiet",
                          "--threads", "2", NULL};
    /* under AddressSanitizer (make test SANITIZE=1) freed memory is held in
     * a quarantine, which would read as growth: keep it small for the
     * server (ignored by a normal build) */
    char asan[512];
    const char *old = getenv("ASAN_OPTIONS");
    snprintf(asan, sizeof asan, "%s%squarantine_size_mb=1", old ? old : "", old && *old ? ":" : "");
    setenv("ASAN_OPTIONS", asan, 1);
    rc = server_start(&srv, args, 60000);
    if (old)
        setenv("ASAN_OPTIONS", old, 1);
    else
        unsetenv("ASAN_OPTIONS");
    return rc;
}

static int teardown(void **state)
{
    server_stop(&srv);
    unlink(model_path);
    return 0;
}

/* GETs target over a raw socket, reading the whole answer in 64 KiB reads
 * and sampling the server's anonymous memory every 1 MB.  Returns the bytes
 * received; *growth_kb is the largest growth above it before the request. */
static size_t stream_and_watch(const char *target, long *growth_kb)
{
    int fd = connect_lo(srv.port);
    assert_true(fd >= 0);
    char req[4096];
    int len = snprintf(req, sizeof req, "GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", target);
    long base = anon_kb(srv.pid);
    assert_true(base > 0);
    assert_int_equal(send(fd, req, (size_t)len, MSG_NOSIGNAL), len);
    size_t total = 0, next_sample = 0;
    long peak = base;
    static char buf[65536];
    long end = now_ms() + 60000;
    while (now_ms() < end) {
        struct pollfd p = {fd, POLLIN, 0};
        if (poll(&p, 1, 5000) <= 0)
            break;
        ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        if (total == 0)
            assert_memory_equal(buf, "HTTP/1.1 200", 12);
        total += (size_t)n;
        if (total >= next_sample) {
            long r = anon_kb(srv.pid);
            if (r > peak)
                peak = r;
            next_sample = total + (1 << 20);
        }
    }
    close(fd);
    long r = anon_kb(srv.pid);
    if (r > peak)
        peak = r;
    *growth_kb = peak - base;
    fprintf(stderr, "%s: %zu bytes, RssAnon %ld KiB -> peak %ld KiB (+%ld KiB)\n", target, total, base, peak,
            peak - base);
    return total;
}

static void test_repeated_text_field_stays_small(void **state)
{
    char target[1024] = "/api/v1/articles?format=csv&fields=";
    for (int i = 0; i < 10; i++)
        strcat(target, i ? ",text" : "text");
    long growth;
    size_t got = stream_and_watch(target, &growth);
    assert_true(got > (size_t)NARTICLES * (TEXT_BYTES - 64));
    assert_true(growth < 100 * 1024);
}

static void test_whole_set_holds_a_few_rows(void **state)
{
    long growth;
    size_t got = stream_and_watch("/api/v1/articles?format=ndjson", &growth);
    assert_true(got > (size_t)NARTICLES * (TEXT_BYTES - 64));
    assert_true(growth < 8 * 1024);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_whole_set_holds_a_few_rows),
        cmocka_unit_test(test_repeated_text_field_stays_small),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
