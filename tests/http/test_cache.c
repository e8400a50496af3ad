/* test_cache — the response cache over HTTP: a server with the cache and
 * one without (CSTO_CACHE_BYTES=0) give the same status, headers and body
 * for lists, filters, sorts, items, searches, stats, CSV, gzip, HEAD and
 * 304 (a second request, answered from the cache, too); /metrics counts
 * hits and misses; a small budget (CSTO_CACHE_BYTES=64K) is never exceeded
 * under many distinct requests; and a reload (SIGHUP) drops the cache with
 * the old snapshot (csto_cache_bytes back to 0, the next request a miss). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "tests/common/harness.h"

static csto_server cached, plain;

static const char *const ARGS[] = {"--corpus", "tests/fixtures/api_model.json", "--data", "data",
                                   "--static", "static", "--threads", "2", "--quiet", NULL};

static int setup(void **state)
{
    setenv("CSTO_CACHE_BYTES", "0", 1);
    int rc = server_start(&plain, ARGS, 15000);
    unsetenv("CSTO_CACHE_BYTES");
    return rc ? rc : server_start(&cached, ARGS, 15000);
}

static int teardown(void **state)
{
    server_stop(&cached);
    server_stop(&plain);
    return 0;
}

/* The value of a line "name value" in a /metrics body (-1 if absent). */
static double metric(const csto_server *s, const char *name)
{
    char url[128];
    snprintf(url, sizeof url, "%s/metrics", s->base);
    http_reply r;
    if (http_get(url, &r) != 0)
        return -1;
    double v = -1;
    size_t n = strlen(name);
    for (const char *p = sbuf_str(&r.body); p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
        if (strncmp(p, name, n) == 0 && p[n] == ' ') {
            v = strtod(p + n + 1, NULL);
            break;
        }
    http_reply_free(&r);
    return v;
}

/* Status, headers (without Date and, across servers, Last-Modified) and body. */
static char *flat(const http_reply *r, int keep_lm)
{
    sbuf b = {0};
    sbuf_printf(&b, "%ld\n", r->status);
    const char *h = sbuf_str(&r->headers);
    const char *last = h; /* the last response block only */
    for (const char *p = h; (p = strstr(p, "HTTP/")); p++)
        last = p;
    for (const char *p = strstr(last, "\r\n"); p && p[2];) {
        p += 2;
        const char *e = strstr(p, "\r\n");
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (n && strncasecmp(p, "Date:", 5) != 0 && (keep_lm || strncasecmp(p, "Last-Modified:", 14) != 0)) {
            sbuf_append(&b, p, n);
            sbuf_putc(&b, '\n');
        }
        p = e;
    }
    sbuf_puts(&b, "\n");
    sbuf_append(&b, r->body.buf ? r->body.buf : "", r->body.len);
    return sbuf_steal(&b);
}

static char *fetch(const csto_server *s, const char *method, const char *path, const char *const *hdrs,
                   int keep_lm)
{
    char url[512];
    snprintf(url, sizeof url, "%s%s", s->base, path);
    http_reply r;
    assert_int_equal(http_do_headers(method, url, hdrs, &r), 0);
    char *f = flat(&r, keep_lm);
    http_reply_free(&r);
    return f;
}

/* /stats/members gives each member's row the snapshot's load time: two
 * servers started a second apart answer it with other times (and so another
 * ETag).  Masks the digits of every "time" value and the ETag line. */
static void mask_clock(char *f)
{
    for (char *p = strstr(f, "\"time\":\""); p; p = strstr(p + 1, "\"time\":\""))
        for (char *q = p + 8; *q && *q != '"'; q++)
            if (*q >= '0' && *q <= '9') *q = '0';
    char *e = strstr(f, "\nETag: ");
    if (e)
        for (char *q = e + 7; *q && *q != '\n'; q++) *q = 'x';
}

static int clock_in_body(const char *path) { return strstr(path, "/stats/members") != NULL; }

static void same(const char *method, const char *path, const char *const *hdrs)
{
    char *a = fetch(&cached, method, path, hdrs, 1);
    char *b = fetch(&cached, method, path, hdrs, 1); /* from the cache */
    if (strcmp(a, b) != 0)
        fprintf(stderr, "%s %s: first and cached answers differ:\n%s\n----\n%s\n", method, path, a, b);
    assert_string_equal(a, b);
    free(a);
    free(b);
    if (clock_in_body(path) && hdrs && !strcmp(hdrs[0], "Accept-Encoding: gzip"))
        return; /* a compressed body cannot be masked: compared plain below */
    a = fetch(&cached, method, path, hdrs, 0);
    b = fetch(&plain, method, path, hdrs, 0);
    if (clock_in_body(path)) {
        mask_clock(a);
        mask_clock(b);
    }
    if (strcmp(a, b) != 0)
        fprintf(stderr, "%s %s: cached and uncached answers differ:\n%s\n----\n%s\n", method, path, a, b);
    assert_string_equal(a, b);
    free(a);
    free(b);
}

static void test_same_as_uncached(void **state)
{
    double h0 = metric(&cached, "csto_cache_hits_total");
    const char *gz[] = {"Accept-Encoding: gzip", NULL};
    const char *csv[] = {"Accept: text/csv", NULL}; /* CSV/NDJSON of a whole set are streamed, never cached: these ask for a page */
    static const char *const paths[] = {
        "/api/v1/meetings", "/api/v1/meetings?limit=2&offset=1", "/api/v1/meetings?sort=-date,city",
        "/api/v1/meetings?body=CFM,CDM&status=held", "/api/v1/meetings?facet=body&facet=year&limit=0",
        "/api/v1/meetings?fields=id,date&pretty=1", "/api/v1/officials?sort=-meetings",
        "/api/v1/meetings?format=csv&limit=1000", "/api/v1/articles?format=ndjson&limit=1000", "/api/v1/members/kazakhstan",
        "/api/v1/members/kazakhstan?include=officials", "/api/v1/search?q=security",
        "/api/v1/stats/meetings?interval=year&by=body", "/api/v1/stats/members", NULL};
    for (int i = 0; paths[i]; i++) {
        same("GET", paths[i], NULL);
        same("GET", paths[i], gz);
        same("HEAD", paths[i], NULL);
    }
    same("GET", "/api/v1/officials?limit=1000", csv);
    /* errors are never cached, and still the same */
    same("GET", "/api/v1/meetings?body=XYZ", NULL);
    same("GET", "/api/v1/meetings/nope", NULL);
    /* 304 for both encodings, with an ETag from the cache */
    char url[256];
    snprintf(url, sizeof url, "%s/api/v1/meetings?limit=3", cached.base);
    http_reply r;
    assert_int_equal(http_get(url, &r), 0);
    char etag[64], inm[96];
    assert_non_null(http_header(&r, "ETag", etag, sizeof etag));
    http_reply_free(&r);
    snprintf(inm, sizeof inm, "If-None-Match: %s", etag);
    const char *h1[] = {inm, NULL};
    const char *h2[] = {inm, "Accept-Encoding: gzip", NULL};
    same("GET", "/api/v1/meetings?limit=3", h1);
    same("GET", "/api/v1/meetings?limit=3", h2);
    char *nm = fetch(&cached, "GET", "/api/v1/meetings?limit=3", h1, 1);
    assert_int_equal(strncmp(nm, "304\n", 4), 0);
    free(nm);
    assert_true(metric(&cached, "csto_cache_hits_total") > h0 + 40);
    assert_true(metric(&cached, "csto_cache_misses_total") >= 14);
    assert_true(metric(&cached, "csto_cache_bytes") > 0);
    assert_true(metric(&cached, "csto_cache_entries") >= 14);
    /* the uncached server counts nothing */
    assert_true(metric(&plain, "csto_cache_hits_total") == 0);
    assert_true(metric(&plain, "csto_cache_bytes") == 0);
}

static void test_budget(void **state)
{
    csto_server small;
    setenv("CSTO_CACHE_BYTES", "64K", 1);
    assert_int_equal(server_start(&small, ARGS, 15000), 0);
    unsetenv("CSTO_CACHE_BYTES");
    char url[256];
    for (int i = 0; i < 300; i++) {
        snprintf(url, sizeof url, "%s/api/v1/%s?limit=%d", small.base, i % 2 ? "meetings" : "articles",
                 1 + i % 50);
        http_reply r;
        assert_int_equal(http_get(url, &r), 0);
        assert_int_equal(r.status, 200);
        http_reply_free(&r);
    }
    assert_true(metric(&small, "csto_cache_budget_bytes") == 65536);
    double bytes = metric(&small, "csto_cache_bytes");
    assert_true(bytes > 0 && bytes <= 65536);
    assert_true(metric(&small, "csto_cache_evictions_total") > 0);
    assert_int_equal(server_stop(&small), 0);
}

static void test_dropped_on_reload(void **state)
{
    char url[256];
    snprintf(url, sizeof url, "%s/api/v1/meetings?limit=4", cached.base);
    http_reply r;
    assert_int_equal(http_get(url, &r), 0);
    http_reply_free(&r);
    assert_true(metric(&cached, "csto_cache_bytes") > 0);
    double ok0 = metric(&cached, "csto_reloads_total{result=\"ok\"}");
    assert_int_equal(kill(cached.pid, SIGHUP), 0);
    for (int i = 0; i < 1000 && metric(&cached, "csto_reloads_total{result=\"ok\"}") <= ok0; i++)
        usleep(10000);
    assert_true(metric(&cached, "csto_reloads_total{result=\"ok\"}") > ok0);
    /* the new snapshot's cache starts empty (the /metrics answers above are
     * not cached) */
    assert_true(metric(&cached, "csto_cache_bytes") == 0);
    double m0 = metric(&cached, "csto_cache_misses_total");
    assert_int_equal(http_get(url, &r), 0);
    assert_int_equal(r.status, 200);
    http_reply_free(&r);
    assert_true(metric(&cached, "csto_cache_misses_total") == m0 + 1);
    assert_true(metric(&cached, "csto_cache_bytes") > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_as_uncached),
        cmocka_unit_test(test_budget),
        cmocka_unit_test(test_dropped_on_reload),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
