/* test_api — the HTTP contract, end to end: a real csto server on a free
 * port over the hand-written model tests/fixtures/model.json, probed with
 * libcurl (and a raw socket where curl would hide what is on the wire). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <curl/curl.h>
#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/common/harness.h"

static csto_server srv;

static int setup(void **state)
{
    const char *args[] = {"--corpus", "tests/fixtures/model.json", "--data", "data",
                          "--static", "static", "--threads", "2", NULL};
    return server_start(&srv, args, 15000);
}

static int teardown(void **state)
{
    server_stop(&srv); /* normally already stopped by test_stop_is_clean */
    return 0;
}

static void url_of(char *buf, size_t len, const char *path)
{
    snprintf(buf, len, "%s%s", srv.base, path);
}

/* GETs path, checks status and Content-Type, returns the parsed body. */
static json_t *get_json(const char *path, long want_status, const char *want_type)
{
    char url[512], ct[128];
    http_reply r;
    url_of(url, sizeof url, path);
    assert_int_equal(http_get(url, &r), 0);
    if (r.status != want_status)
        fprintf(stderr, "GET %s: %ld %s\n", path, r.status, sbuf_str(&r.body));
    assert_int_equal(r.status, want_status);
    assert_non_null(http_header(&r, "Content-Type", ct, sizeof ct));
    assert_string_equal(ct, want_type);
    json_error_t err;
    json_t *j = json_loads(sbuf_str(&r.body), 0, &err);
    if (!j)
        fprintf(stderr, "GET %s: bad JSON (%s): %s\n", path, err.text, sbuf_str(&r.body));
    assert_non_null(j);
    http_reply_free(&r);
    return j;
}

/* Checks an RFC 9457 body and returns it. */
static json_t *get_problem(const char *path, long status)
{
    json_t *p = get_json(path, status, "application/problem+json");
    assert_int_equal(json_integer_value(json_object_get(p, "status")), status);
    assert_true(json_is_string(json_object_get(p, "title")));
    assert_true(json_is_string(json_object_get(p, "type")));
    assert_true(json_is_string(json_object_get(p, "detail")));
    return p;
}

static const struct {
    const char *kind;
    size_t total;
    const char *first, *second;
} kinds[] = {
    {"meetings", 2, "2018-11-08-csc-astana", "2020-05-27-cfm-video"},
    {"members", 6, "armenia", "belarus"},
    {"officials", 2, "nursultan-nazarbayev", "stanislav-zas"},
    {"documents", 2, "2018-11-08-csc-astana-declaration", "2020-05-27-cfm-video-plan-of-consultations"},
    {"articles", 2, "2018-11-08-kazinform-astana-summit", "2020-05-27-kabar-video-cfm"},
};
#define NKINDS (sizeof kinds / sizeof kinds[0])

static const char *id_at(const json_t *list, size_t i)
{
    return json_string_value(json_object_get(json_array_get(json_object_get(list, "data"), i), "id"));
}

static void test_lists(void **state)
{
    for (size_t k = 0; k < NKINDS; k++) {
        char path[128];
        snprintf(path, sizeof path, "/api/v1/%s", kinds[k].kind);
        json_t *l = get_json(path, 200, "application/json; charset=utf-8");
        assert_int_equal(json_integer_value(json_object_get(l, "total")), kinds[k].total);
        assert_int_equal(json_integer_value(json_object_get(l, "limit")), 50);
        assert_int_equal(json_integer_value(json_object_get(l, "offset")), 0);
        assert_int_equal(json_array_size(json_object_get(l, "data")), kinds[k].total);
        assert_string_equal(id_at(l, 0), kinds[k].first); /* the model's order */
        assert_string_equal(id_at(l, 1), kinds[k].second);
        json_decref(l);
    }
}

static void test_paging(void **state)
{
    for (size_t k = 0; k < NKINDS; k++) {
        char path[128];
        snprintf(path, sizeof path, "/api/v1/%s?limit=1&offset=1", kinds[k].kind);
        json_t *l = get_json(path, 200, "application/json; charset=utf-8");
        assert_int_equal(json_integer_value(json_object_get(l, "total")), kinds[k].total);
        assert_int_equal(json_integer_value(json_object_get(l, "limit")), 1);
        assert_int_equal(json_integer_value(json_object_get(l, "offset")), 1);
        assert_int_equal(json_array_size(json_object_get(l, "data")), 1);
        assert_string_equal(id_at(l, 0), kinds[k].second);
        json_decref(l);
    }
    json_t *l = get_json("/api/v1/members?limit=2&offset=5", 200, "application/json; charset=utf-8");
    assert_int_equal(json_array_size(json_object_get(l, "data")), 1);
    assert_string_equal(id_at(l, 0), "tajikistan");
    json_decref(l);
    l = get_json("/api/v1/members?offset=6", 200, "application/json; charset=utf-8");
    assert_int_equal(json_array_size(json_object_get(l, "data")), 0);
    assert_int_equal(json_integer_value(json_object_get(l, "total")), 6);
    json_decref(l);
    l = get_json("/api/v1/members?limit=0", 200, "application/json; charset=utf-8");
    assert_int_equal(json_array_size(json_object_get(l, "data")), 0);
    json_decref(l);
    l = get_json("/api/v1/members?limit=1000", 200, "application/json; charset=utf-8");
    assert_int_equal(json_array_size(json_object_get(l, "data")), 6);
    json_decref(l);
}

static void test_items(void **state)
{
    for (size_t k = 0; k < NKINDS; k++) {
        const char *ids[] = {kinds[k].first, kinds[k].second};
        for (int i = 0; i < 2; i++) {
            char path[256];
            snprintf(path, sizeof path, "/api/v1/%s/%s", kinds[k].kind, ids[i]);
            json_t *item = get_json(path, 200, "application/json; charset=utf-8");
            assert_string_equal(json_string_value(json_object_get(item, "id")), ids[i]);
            json_decref(item);
        }
    }
    json_t *m = get_json("/api/v1/meetings/2018-11-08-csc-astana", 200, "application/json; charset=utf-8");
    assert_string_equal(json_string_value(json_object_get(m, "city")), "Astana");
    assert_string_equal(json_string_value(json_object_get(m, "country")), "kazakhstan");
    assert_string_equal(json_string_value(json_array_get(json_object_get(m, "bodies"), 0)), "CSC");
    json_decref(m);
    json_t *o = get_json("/api/v1/officials/nursultan-nazarbayev", 200, "application/json; charset=utf-8");
    assert_string_equal(json_string_value(json_object_get(o, "name")), "Nursultan Nazarbayev");
    json_decref(o);
    /* non-ASCII text survives the snapshot byte for byte */
    json_t *a = get_json("/api/v1/articles/2020-05-27-kabar-video-cfm", 200, "application/json; charset=utf-8");
    assert_non_null(strstr(json_string_value(json_object_get(a, "text")), "\"\xc3\xbc\""));
    json_decref(a);
}

static void test_unknown_id(void **state)
{
    json_t *p = get_problem("/api/v1/meetings/no-such-meeting", 404);
    assert_non_null(strstr(json_string_value(json_object_get(p, "detail")), "no-such-meeting"));
    json_decref(p);
    /* an id of one kind is not found under another */
    json_decref(get_problem("/api/v1/members/nursultan-nazarbayev", 404));
}

static void test_unknown_path(void **state)
{
    const char *paths[] = {"/api/v1/nope", "/api/v1/nope/1", "/api/v2/meetings", "/api/v1/meetings/x/y",
                           "/api/v1/meetings/", "/nope", "/nope.html", "/healthz/x"};
    for (size_t i = 0; i < sizeof paths / sizeof *paths; i++)
        json_decref(get_problem(paths[i], 404));
}

static void check_bad_param(const char *path, const char *param)
{
    json_t *p = get_problem(path, 400);
    assert_non_null(strstr(json_string_value(json_object_get(p, "detail")), param));
    json_t *ip = json_array_get(json_object_get(p, "invalid-params"), 0);
    assert_string_equal(json_string_value(json_object_get(ip, "name")), param);
    json_decref(p);
}

static void test_bad_limit_offset(void **state)
{
    const char *bad_limit[] = {"abc", "-1", "100000", "1001", "", "1.5", "+5", "0x10", "%205",
                               "99999999999999999999999"};
    const char *bad_offset[] = {"abc", "-1", "", "1.5", "+5", "0x10", "1000000001",
                                "99999999999999999999999"};
    char path[128];
    for (size_t i = 0; i < sizeof bad_limit / sizeof *bad_limit; i++) {
        snprintf(path, sizeof path, "/api/v1/meetings?limit=%s", bad_limit[i]);
        check_bad_param(path, "limit");
    }
    for (size_t i = 0; i < sizeof bad_offset / sizeof *bad_offset; i++) {
        snprintf(path, sizeof path, "/api/v1/articles?offset=%s", bad_offset[i]);
        check_bad_param(path, "offset");
    }
    check_bad_param("/api/v1/members?limit=5&offset=-2", "offset");
}

static void test_method_not_allowed(void **state)
{
    const struct {
        const char *method, *path, *body;
    } cases[] = {
        {"POST", "/api/v1/meetings", "x=1"},
        {"PUT", "/api/v1/meetings/2018-11-08-csc-astana", "{}"},
        {"DELETE", "/api/v1/members/kazakhstan", NULL},
        {"PATCH", "/healthz", "{}"},
        {"POST", "/", "x"},
        {"TRACE", "/api/v1/articles", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char url[256], allow[64], ct[64];
        http_reply r;
        url_of(url, sizeof url, cases[i].path);
        assert_int_equal(http_do(cases[i].method, url, 0, cases[i].body, &r), 0);
        assert_int_equal(r.status, 405);
        assert_non_null(http_header(&r, "Allow", allow, sizeof allow));
        assert_string_equal(allow, "GET, HEAD, OPTIONS");
        assert_non_null(http_header(&r, "Content-Type", ct, sizeof ct));
        assert_string_equal(ct, "application/problem+json");
        assert_non_null(strstr(sbuf_str(&r.body), "\"status\":405"));
        http_reply_free(&r);
    }
}

static void test_head(void **state)
{
    const char *paths[] = {"/api/v1/meetings", "/api/v1/officials/stanislav-zas", "/healthz", "/"};
    for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
        char url[256], len[32], ct_head[128], ct_get[128];
        http_reply g, h;
        url_of(url, sizeof url, paths[i]);
        assert_int_equal(http_get(url, &g), 0);
        assert_int_equal(http_do("HEAD", url, 0, NULL, &h), 0);
        assert_int_equal(h.status, 200);
        assert_int_equal(h.body.len, 0);
        assert_non_null(http_header(&h, "Content-Length", len, sizeof len));
        if (strcmp(paths[i], "/healthz") != 0) /* healthz carries a timing that may differ */
            assert_int_equal(strtoul(len, NULL, 10), g.body.len);
        assert_non_null(http_header(&h, "Content-Type", ct_head, sizeof ct_head));
        assert_non_null(http_header(&g, "Content-Type", ct_get, sizeof ct_get));
        assert_string_equal(ct_head, ct_get);
        http_reply_free(&g);
        http_reply_free(&h);
    }
    /* On the wire: nothing follows the headers of a HEAD answer. */
    sbuf raw = {0};
    assert_int_equal(raw_http(srv.port,
                              "HEAD /api/v1/members HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                              &raw),
                     0);
    const char *end = strstr(sbuf_str(&raw), "\r\n\r\n");
    assert_non_null(end);
    assert_string_equal(end, "\r\n\r\n");
    assert_non_null(strstr(sbuf_str(&raw), "HTTP/1.1 200"));
    sbuf_free(&raw);
}

static void test_healthz(void **state)
{
    json_t *h = get_json("/healthz", 200, "application/json; charset=utf-8");
    assert_string_equal(json_string_value(json_object_get(h, "status")), "ok");
    json_t *counts = json_object_get(h, "counts");
    for (size_t k = 0; k < NKINDS; k++)
        assert_int_equal(json_integer_value(json_object_get(counts, kinds[k].kind)), kinds[k].total);
    const char *at = json_string_value(json_object_get(h, "loaded_at"));
    assert_non_null(at);
    assert_int_equal(strlen(at), strlen("2024-01-01T00:00:00Z"));
    assert_true(json_is_number(json_object_get(h, "build_seconds")));
    json_decref(h);
}

static void test_root(void **state)
{
    const char *paths[] = {"/", "/index.html"};
    for (size_t i = 0; i < 2; i++) {
        char url[256], ct[128];
        http_reply r;
        url_of(url, sizeof url, paths[i]);
        assert_int_equal(http_get(url, &r), 0);
        assert_int_equal(r.status, 200);
        assert_non_null(http_header(&r, "Content-Type", ct, sizeof ct));
        assert_string_equal(ct, "text/html; charset=utf-8");
        assert_non_null(strstr(sbuf_str(&r.body), "<title>csto</title>"));
        assert_non_null(strstr(sbuf_str(&r.body), "href=\"/api/v1/meetings\""));
        assert_non_null(strstr(sbuf_str(&r.body), "href=\"/healthz\""));
        /* the explorer loads its code from files: no inline script (CSP script-src 'self') */
        for (const char *sc = strstr(sbuf_str(&r.body), "<script"); sc; sc = strstr(sc + 1, "<script")) {
            const char *gt = strchr(sc, '>');
            assert_non_null(gt);
            assert_true(memmem(sc, (size_t)(gt - sc), " src=", 5) != NULL);
        }
        http_reply_free(&r);
    }
}

static void test_traversal(void **state)
{
    const char *paths[] = {
        "/../Makefile", "/../../Makefile", "/static/../Makefile", "/%2e%2e/Makefile",
        "/%2E%2E/Makefile", "/..%2fMakefile", "/.%2e/Makefile", "/..\\Makefile",
        "/%5c..%5cMakefile", "/index.html%00.png", "/./index.html", "/.git/config",
        "/../tests/fixtures/model.json", "//etc/passwd",
    };
    for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
        char url[256];
        http_reply r;
        url_of(url, sizeof url, paths[i]);
        assert_int_equal(http_do("GET", url, 1, NULL, &r), 0);
        if (r.status != 400 && r.status != 404)
            fprintf(stderr, "GET %s: %ld\n", paths[i], r.status);
        assert_true(r.status == 400 || r.status == 404);
        assert_null(strstr(sbuf_str(&r.body), "CFLAGS"));
        assert_null(strstr(sbuf_str(&r.body), "root:"));
        http_reply_free(&r);
    }
    /* The same, raw on the wire, in case curl normalised anything. */
    sbuf raw = {0};
    assert_int_equal(raw_http(srv.port, "GET /../Makefile HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", &raw), 0);
    assert_true(strstr(sbuf_str(&raw), "HTTP/1.1 400") || strstr(sbuf_str(&raw), "HTTP/1.1 404"));
    assert_null(strstr(sbuf_str(&raw), "CFLAGS"));
    sbuf_free(&raw);
}

static size_t discard(char *d, size_t s, size_t n, void *u) { return s * n; }

/* libmicrohttpd 0.9.75 closes the connection after a response queued on the
 * first handler call; ours queue on the second, so a connection is reused. */
static void test_keep_alive(void **state)
{
    char url[256];
    url_of(url, sizeof url, "/api/v1/meetings");
    CURL *c = curl_easy_init();
    assert_non_null(c);
    curl_easy_setopt(c, CURLOPT_URL, url);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, 5000L);
    for (int i = 0; i < 6; i++) {
        if (i == 3) /* error answers keep the connection too */
            curl_easy_setopt(c, CURLOPT_URL, (url_of(url, sizeof url, "/api/v1/meetings?limit=x"), url));
        assert_int_equal(curl_easy_perform(c), CURLE_OK);
        long conns = -1, status = 0;
        curl_easy_getinfo(c, CURLINFO_NUM_CONNECTS, &conns);
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
        assert_int_equal(status, i < 3 ? 200 : 400);
        assert_int_equal(conns, i == 0 ? 1 : 0); /* no new connection after the first */
    }
    curl_easy_cleanup(c);
}

#define WORKERS 8
#define ROUNDS 40

static void *hammer(void *arg)
{
    (void)arg;
    long bad = 0;
    char url[256];
    for (int i = 0; i < ROUNDS; i++) {
        http_reply r;
        snprintf(url, sizeof url, "%s/api/v1/%s?limit=1&offset=%d", srv.base, kinds[i % NKINDS].kind, i % 2);
        const char *want = i % 2 ? kinds[i % NKINDS].second : kinds[i % NKINDS].first;
        if (http_get(url, &r) != 0 || r.status != 200 || !strstr(sbuf_str(&r.body), want))
            bad++;
        http_reply_free(&r);
    }
    return (void *)bad;
}

/* Many clients at once: every answer right (the reader pool under load). */
static void test_concurrent(void **state)
{
    pthread_t t[WORKERS];
    for (int i = 0; i < WORKERS; i++)
        assert_int_equal(pthread_create(&t[i], NULL, hammer, NULL), 0);
    long bad = 0;
    for (int i = 0; i < WORKERS; i++) {
        void *r;
        pthread_join(t[i], &r);
        bad += (long)r;
    }
    assert_int_equal(bad, 0);
}

/* Last: the access log has common-log-format lines, and SIGTERM stops the
 * server cleanly (exit 0; under ASan that also means no leaks). */
static void test_stop_is_clean(void **state)
{
    /* the access log is buffered and flushed at least every second */
    char *log = NULL;
    for (long end = now_ms() + 3000; now_ms() < end; nap_ms(20)) {
        free(log);
        log = server_stderr(&srv);
        if (strstr(log, "\"POST /api/v1/meetings HTTP/1.1\" 405 "))
            break;
    }
    assert_non_null(strstr(log, "\"GET /api/v1/meetings?limit=1&offset=1 HTTP/1.1\" 200 "));
    assert_non_null(strstr(log, "\"POST /api/v1/meetings HTTP/1.1\" 405 "));
    assert_non_null(strstr(log, "127.0.0.1 - - ["));
    free(log);
    assert_int_equal(server_stop(&srv), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lists),
        cmocka_unit_test(test_paging),
        cmocka_unit_test(test_items),
        cmocka_unit_test(test_unknown_id),
        cmocka_unit_test(test_unknown_path),
        cmocka_unit_test(test_bad_limit_offset),
        cmocka_unit_test(test_method_not_allowed),
        cmocka_unit_test(test_head),
        cmocka_unit_test(test_healthz),
        cmocka_unit_test(test_root),
        cmocka_unit_test(test_traversal),
        cmocka_unit_test(test_keep_alive),
        cmocka_unit_test(test_concurrent),
        cmocka_unit_test(test_stop_is_clean),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
