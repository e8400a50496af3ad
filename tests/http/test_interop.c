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

/* The ids a list answers for path, joined with ',' in answer order. */
static void ids_of(const char *path, char *out, size_t len)
{
    http_reply r;
    get(path, NULL, &r);
    if (r.status != 200)
        fail_msg("%s: %ld %s", path, r.status, sbuf_str(&r.body));
    json_t *j = json_loads(sbuf_str(&r.body), 0, NULL);
    assert_non_null(j);
    out[0] = '\0';
    size_t i, used = 0;
    json_t *item;
    json_array_foreach(json_object_get(j, "data"), i, item) {
        int w = snprintf(out + used, len - used, "%s%s", used ? "," : "", json_string_value(json_object_get(item, "id")));
        assert_true(w > 0 && (size_t)w < len - used);
        used += (size_t)w;
    }
    json_decref(j);
    http_reply_free(&r);
}

static void expect_ids(const char *path, const char *want)
{
    char got[2048];
    ids_of(path, got, sizeof got);
    if (strcmp(got, want) != 0)
        fail_msg("%s\n  got:  %s\n  want: %s", path, got, want);
}

/* A 400 problem naming `param`. */
static void expect_400(const char *path, const char *param)
{
    http_reply r;
    get(path, NULL, &r);
    if (r.status != 400)
        fail_msg("%s: %ld, not 400", path, r.status);
    json_t *j = json_loads(sbuf_str(&r.body), 0, NULL);
    assert_non_null(j);
    json_t *ip = json_array_get(json_object_get(j, "invalid-params"), 0);
    const char *name = json_string_value(json_object_get(ip, "name"));
    if (!name || strcmp(name, param) != 0)
        fail_msg("%s: names %s, not %s", path, name ? name : "(nothing)", param);
    json_decref(j);
    http_reply_free(&r);
}

/* The fixture's meetings in model order:
 *   m-2018-csc-astana       CSC      2018-11-08 Astana    kazakhstan  held     nazarbayev
 *   m-2019-csc-bishkek      CSC      2019-11-28 Bishkek   kyrgyzstan  held     lukashenko, zas
 *   m-2019-cdm-cfm-moscow   CDM,CFM  2019       Moscow    russia      planned  (none)
 *   m-2020-cfm-video        CFM      2020-05-27 (null)    (null)      held     zas
 *   m-2019-11-cdm-dushanbe  CDM      2019-11    Dushanbe  tajikistan  held     (none) */
#define ASTANA "m-2018-csc-astana"
#define BISHKEK "m-2019-csc-bishkek"
#define MOSCOW "m-2019-cdm-cfm-moscow"
#define VIDEO "m-2020-cfm-video"
#define DUSHANBE "m-2019-11-cdm-dushanbe"

static void test_op_eq(void **state)
{
    expect_ids("/api/v1/meetings?city=astana", ASTANA);                       /* text: any case */
    expect_ids("/api/v1/meetings?body=CFM", MOSCOW "," VIDEO);                  /* a list field: any */
    expect_ids("/api/v1/meetings?date=2019", BISHKEK "," MOSCOW "," DUSHANBE); /* a date at its precision */
    expect_ids("/api/v1/meetings?date=2019-11", BISHKEK "," MOSCOW "," DUSHANBE);
    expect_ids("/api/v1/officials?meetings=2", "stanislav-zas");               /* a count */
    expect_ids("/api/v1/meetings?city=null", "");                               /* a value, not a null test */
}

static void test_op_in(void **state)
{
    expect_ids("/api/v1/meetings?body__in=CSC,CDM", ASTANA "," BISHKEK "," MOSCOW "," DUSHANBE);
    expect_ids("/api/v1/meetings?country__in=Russia,tajikistan", MOSCOW "," DUSHANBE);
    expect_ids("/api/v1/members?meetings__in=0", "armenia");
    /* __in is the plain filter: the two merge (OR), as repeated names do */
    expect_ids("/api/v1/meetings?city=Moscow&city__in=Astana", ASTANA "," MOSCOW);
}

static void test_op_ne(void **state)
{
    expect_ids("/api/v1/meetings?body__ne=CFM", ASTANA "," BISHKEK "," DUSHANBE);
    /* the negation of city=: the meeting with no city stays */
    expect_ids("/api/v1/meetings?city__ne=Astana,Bishkek", MOSCOW "," VIDEO "," DUSHANBE);
    expect_ids("/api/v1/meetings?status__ne=held", MOSCOW);
    expect_ids("/api/v1/meetings?member__ne=kazakhstan,kyrgyzstan", MOSCOW "," VIDEO "," DUSHANBE);
    expect_ids("/api/v1/officials?title__ne=president", "stanislav-zas");
    expect_ids("/api/v1/members?meetings__ne=1", "armenia");
}

static void test_op_gt(void **state)
{
    expect_ids("/api/v1/meetings?date__gt=2019", VIDEO); /* after all of 2019 */
    expect_ids("/api/v1/meetings?date__gt=2019-11-28", VIDEO);
    expect_ids("/api/v1/officials?meetings__gt=1", "stanislav-zas");
    expect_ids("/api/v1/articles?published__gt=2019-11", "a-video");
}

static void test_op_gte(void **state)
{
    /* 2019 overlaps 2019-11, so the meeting dated only 2019 stays (as from=) */
    expect_ids("/api/v1/meetings?date__gte=2019-11", BISHKEK "," MOSCOW "," VIDEO "," DUSHANBE);
    expect_ids("/api/v1/meetings?date__gte=2019-11-29", MOSCOW "," VIDEO "," DUSHANBE); /* 2019-11 overlaps */
    expect_ids("/api/v1/members?officials__gte=1", "belarus,kazakhstan");
    expect_ids("/api/v1/documents?date__gte=2020", "d-plan");
}

static void test_op_lt(void **state)
{
    expect_ids("/api/v1/meetings?date__lt=2019", ASTANA);
    expect_ids("/api/v1/meetings?date__lt=2019-11-28", ASTANA); /* 2019 and 2019-11 are not wholly before */
    expect_ids("/api/v1/meetings?date__lt=2019-12", ASTANA "," BISHKEK "," DUSHANBE); /* 2019 overlaps 2019-12 */
    expect_ids("/api/v1/officials?articles__lt=2", "nursultan-nazarbayev,alexander-lukashenko");
}

static void test_op_lte(void **state)
{
    expect_ids("/api/v1/meetings?date__lte=2019-06", ASTANA "," MOSCOW);
    expect_ids("/api/v1/meetings?date__gte=2019&date__lte=2019", BISHKEK "," MOSCOW "," DUSHANBE);
    expect_ids("/api/v1/members?meetings__lte=0", "armenia");
}

static void test_op_contains(void **state)
{
    expect_ids("/api/v1/meetings?city__contains=AN", ASTANA "," DUSHANBE);
    expect_ids("/api/v1/meetings?official__contains=zas", BISHKEK "," VIDEO);
    expect_ids("/api/v1/officials?name__contains=luka,nazar", "nursultan-nazarbayev,alexander-lukashenko");
    expect_ids("/api/v1/articles?source__contains=kab", "a-video");
}

static void test_op_isnull(void **state)
{
    expect_ids("/api/v1/meetings?city__isnull=true", VIDEO);
    expect_ids("/api/v1/meetings?city__isnull=false", ASTANA "," BISHKEK "," MOSCOW "," DUSHANBE);
    expect_ids("/api/v1/meetings?official__isnull=1", MOSCOW "," DUSHANBE); /* an empty list */
    expect_ids("/api/v1/meetings?document__isnull=0", ASTANA "," BISHKEK "," VIDEO);
    expect_ids("/api/v1/officials?country__isnull=true", "stanislav-zas");
    expect_ids("/api/v1/documents?initiator__isnull=false", "d-decision");
}

/* Operators also narrow the stats series and compose with other filters. */
static void test_ops_in_stats_and_together(void **state)
{
    http_reply r;
    get("/api/v1/stats/meetings?date__gte=2020", NULL, &r);
    assert_int_equal(r.status, 200);
    json_t *j = json_loads(sbuf_str(&r.body), 0, NULL);
    assert_int_equal(json_array_size(j), 1);
    assert_int_equal(json_integer_value(json_object_get(json_array_get(j, 0), "count")), 1);
    json_decref(j);
    http_reply_free(&r);
    expect_ids("/api/v1/meetings?body=CDM&date__lte=2019-06&city__isnull=false", MOSCOW);
    expect_ids("/api/v1/meetings?body=CDM&date__lt=2019-06", "");
}

/* Each operator is whitelisted per field type; every mistake is a 400
 * naming the parameter (issue 15 tried these). */
static void test_op_errors(void **state)
{
    expect_400("/api/v1/meetings?date_gte=2019", "date_gte");           /* one underscore: unknown */
    expect_400("/api/v1/meetings?date__foo=2019", "date__foo");         /* no such operator */
    expect_400("/api/v1/meetings?body__gt=CFM", "body__gt");            /* a vocabulary is not ordered */
    expect_400("/api/v1/meetings?body__contains=C", "body__contains");
    expect_400("/api/v1/meetings?member__isnull=true", "member__isnull");
    expect_400("/api/v1/officials?meetings__contains=1", "meetings__contains");
    expect_400("/api/v1/meetings?body=neq.CFM", "body");                /* PostgREST syntax: a bad value */
    http_reply r;
    get("/api/v1/meetings?status=neq.held", NULL, &r);
    assert_non_null(strstr(sbuf_str(&r.body), "operators go in the name")); /* and the 400 says where they go */
    http_reply_free(&r);
    expect_400("/api/v1/meetings?city__isnull=maybe", "city__isnull");
    expect_400("/api/v1/meetings?date__gt=2019,2020", "date__gt");      /* one value */
    expect_400("/api/v1/meetings?date__gt=2019&date__gt=2020", "date__gt");
    expect_400("/api/v1/meetings?date__lt=last-year", "date__lt");
    expect_400("/api/v1/officials?meetings__gt=-1", "meetings__gt");
    expect_400("/api/v1/officials?meetings__gt=1e3", "meetings__gt");
    expect_400("/api/v1/meetings?status__in=held,", "status__in");       /* an empty value */
    expect_400("/api/v1/meetings?city__contains=", "city__contains");
    expect_400("/api/v1/meetings?title__ne=x", "title__ne");             /* not a field of meetings */
    /* SQL in a value is only ever a value */
    expect_ids("/api/v1/meetings?city__contains=%27)%20OR%201=1--", "");
    expect_ids("/api/v1/meetings?city__ne=%27%20OR%20%271%27=%271", ASTANA "," BISHKEK "," MOSCOW "," VIDEO "," DUSHANBE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_accept_q_values),
        cmocka_unit_test(test_vary_accept_with_gzip),
        cmocka_unit_test(test_csv_content_disposition),
        cmocka_unit_test(test_op_eq),
        cmocka_unit_test(test_op_in),
        cmocka_unit_test(test_op_ne),
        cmocka_unit_test(test_op_gt),
        cmocka_unit_test(test_op_gte),
        cmocka_unit_test(test_op_lt),
        cmocka_unit_test(test_op_lte),
        cmocka_unit_test(test_op_contains),
        cmocka_unit_test(test_op_isnull),
        cmocka_unit_test(test_ops_in_stats_and_together),
        cmocka_unit_test(test_op_errors),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
