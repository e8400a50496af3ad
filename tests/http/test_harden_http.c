/* test_harden_http — HTTP as strict as nginx for what reaches the handler,
 * and HEAD never sends a body (issue #16).  Raw requests over loopback:
 *   - HEAD on a streamed CSV and NDJSON list, then a GET on the same
 *     connection: the GET's answer follows the HEAD's headers directly (no
 *     "0\r\n\r\n" chunk in between);
 *   - two Content-Length headers (different, then equal), Content-Length
 *     with Transfer-Encoding, "Transfer-Encoding : chunked", "Host : x", a
 *     folded line that the library glues into a header name, HTTP/1.1
 *     without Host and with two: each gets one
 *     400 problem+json and the connection closes, so the request smuggled
 *     behind it is never answered;
 *   - a transfer coding other than chunked: 501;
 *   - HTTP/1.0 without Host still works. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/common/harness.h"

static csto_server srv;

static int setup(void **state)
{
    const char *args[] = {"--corpus", "tests/fixtures/articles", "--data", "data", "--static", "static",
                          "--quiet", NULL};
    return server_start(&srv, args, 30000);
}

static int teardown(void **state)
{
    server_stop(&srv);
    return 0;
}

static int count(const char *s, const char *needle)
{
    int n = 0;
    for (const char *p = strstr(s, needle); p; p = strstr(p + 1, needle))
        n++;
    return n;
}

static void test_head_of_a_stream_has_no_body(void **state)
{
    static const char *const targets[] = {"/api/v1/meetings?format=csv", "/api/v1/articles?format=ndjson"};
    for (int i = 0; i < 2; i++) {
        char req[512];
        snprintf(req, sizeof req,
                 "HEAD %s HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                 targets[i]);
        sbuf out = {0};
        assert_int_equal(raw_http(srv.port, req, &out), 0);
        const char *r = sbuf_str(&out);
        assert_int_equal(count(r, "HTTP/1.1 200 OK"), 2);
        const char *end = strstr(r, "\r\n\r\n");
        assert_non_null(end);
        if (strncmp(end + 4, "HTTP/1.1 200 OK", 15) != 0)
            fprintf(stderr, "after the HEAD headers: \"%.20s\"\n", end + 4);
        assert_memory_equal(end + 4, "HTTP/1.1 200 OK", 15);
        assert_non_null(strstr(end + 4, "\"status\":\"ok\""));
        sbuf_free(&out);
    }
}

/* req must get exactly one answer, with status `want` as problem+json, and
 * the connection closed (raw_http returns once the server closes). */
static void expect_rejected(const char *name, const char *req, int want)
{
    sbuf out = {0};
    long t0 = now_ms();
    int rc = raw_http(srv.port, req, &out);
    const char *r = sbuf_str(&out);
    int st = 0;
    sscanf(r, "HTTP/1.%*d %d", &st);
    int answers = count(r, "\nHTTP/1.") + (strncmp(r, "HTTP/1.", 7) == 0); /* status lines only */
    if (rc != 0 || st != want || answers != 1 || !strstr(r, "application/problem+json"))
        fprintf(stderr, "FAIL %s: rc %d, status %d, %d answers:\n%s\n", name, rc, st, answers, r);
    assert_int_equal(rc, 0);
    assert_int_equal(st, want);
    assert_int_equal(answers, 1);
    assert_non_null(strstr(r, "application/problem+json"));
    assert_true(now_ms() - t0 < 4000); /* closed at once, not at the idle timeout */
    sbuf_free(&out);
}

#define SMUGGLED "GET /api/v1/articles HTTP/1.1\r\nHost: x\r\n\r\n"

static void test_ambiguous_framing_is_rejected(void **state)
{
    expect_rejected("two different Content-Length",
                    "POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 44\r\n\r\nabc" SMUGGLED,
                    400);
    expect_rejected("two equal Content-Length",
                    "POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc" SMUGGLED,
                    400);
    expect_rejected("Content-Length with Transfer-Encoding",
                    "POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "0\r\n\r\n" SMUGGLED,
                    400);
    expect_rejected("space before the colon of Transfer-Encoding",
                    "POST /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n" SMUGGLED, 400);
    expect_rejected("space before the colon of Host", "GET /healthz HTTP/1.1\r\nHost : x\r\n\r\n" SMUGGLED, 400);
    /* 0.9.75 glues this folded line into the name before it ("HostFolded: y") */
    expect_rejected("a folded header line", "GET /healthz HTTP/1.1\r\nHost: x\r\n Folded: y\r\n\r\n" SMUGGLED, 400);
    expect_rejected("HTTP/1.1 without Host", "GET /healthz HTTP/1.1\r\n\r\n" SMUGGLED, 400);
    expect_rejected("HTTP/1.1 with two Hosts", "GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n" SMUGGLED, 400);
    expect_rejected("a transfer coding other than chunked",
                    "POST /healthz HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", 501);
}

static void test_http10_without_host_works(void **state)
{
    sbuf out = {0};
    assert_int_equal(raw_http(srv.port, "GET /healthz HTTP/1.0\r\n\r\n", &out), 0);
    assert_non_null(strstr(sbuf_str(&out), "HTTP/1.1 200 OK"));
    sbuf_free(&out);
    assert_int_equal(raw_http(srv.port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", &out), 0);
    assert_non_null(strstr(sbuf_str(&out), "HTTP/1.1 200 OK"));
    sbuf_free(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_head_of_a_stream_has_no_body),
        cmocka_unit_test(test_ambiguous_framing_is_rejected),
        cmocka_unit_test(test_http10_without_host_works),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
