/* test_features — the query API of issue 5, end to end over
 * tests/fixtures/api_model.json (5 meetings of different bodies, dates of
 * every precision, statuses and formats; 3 officials, 3 documents, 3
 * articles, 6 members): filters, 400s for bad or unknown parameters,
 * sorting, paging headers, full-text search (lists and /search, nasty
 * queries), facets, include, fields, JSON/CSV/NDJSON, stats, ETag/304,
 * Last-Modified, gzip, HEAD, CORS, Cache-Control, /openapi.json, /metrics.
 * Each test fails without the feature it names. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "tests/common/harness.h"

static csto_server srv;

static int setup(void **state)
{
    const char *args[] = {"--corpus", "tests/fixtures/api_model.json", "--data", "data", "--static",
                          "static", "--threads", "2", "--quiet", NULL};
    return server_start(&srv, args, 15000);
}

static int teardown(void **state)
{
    server_stop(&srv);
    return 0;
}

#define JSON_CT "application/json; charset=utf-8"

/* GET (or method) path with optional headers; asserts the transfer worked. */
static void fetch(const char *method, const char *path, const char *const *headers, http_reply *r)
{
    char url[1024];
    snprintf(url, sizeof url, "%s%s", srv.base, path);
    assert_int_equal(http_do_headers(method, url, headers, r), 0);
}

static json_t *get_json(const char *path, long want)
{
    http_reply r;
    fetch("GET", path, NULL, &r);
    if (r.status != want)
        fprintf(stderr, "GET %s: %ld %s\n", path, r.status, sbuf_str(&r.body));
    assert_int_equal(r.status, want);
    json_t *j = json_loads(sbuf_str(&r.body), 0, NULL);
    if (!j)
        fprintf(stderr, "GET %s: not JSON: %s\n", path, sbuf_str(&r.body));
    assert_non_null(j);
    http_reply_free(&r);
    return j;
}

/* Checks the ids of a list answer's data, in order, comma-joined. */
static void expect_ids(const char *path, const char *want)
{
    sbuf b = {0};
    json_t *l = get_json(path, 200);
    size_t i;
    json_t *item;
    json_array_foreach(json_object_get(l, "data"), i, item) {
        if (i)
            sbuf_putc(&b, ',');
        sbuf_puts(&b, json_string_value(json_object_get(item, "id")));
    }
    if (strcmp(sbuf_str(&b), want) != 0)
        fprintf(stderr, "GET %s\n  got  %s\n  want %s\n", path, sbuf_str(&b), want);
    assert_string_equal(sbuf_str(&b), want);
    assert_true(json_integer_value(json_object_get(l, "total")) >= (json_int_t)json_array_size(json_object_get(l, "data")));
    sbuf_free(&b);
    json_decref(l);
}

static void expect_400(const char *path, const char *param)
{
    http_reply r;
    char ct[128];
    fetch("GET", path, NULL, &r);
    if (r.status != 400)
        fprintf(stderr, "GET %s: %ld %s\n", path, r.status, sbuf_str(&r.body));
    assert_int_equal(r.status, 400);
    assert_non_null(http_header(&r, "Content-Type", ct, sizeof ct));
    assert_string_equal(ct, "application/problem+json");
    json_t *p = json_loads(sbuf_str(&r.body), 0, NULL);
    assert_non_null(p);
    json_t *ip = json_array_get(json_object_get(p, "invalid-params"), 0);
    if (!ip || strcmp(json_string_value(json_object_get(ip, "name")), param) != 0)
        fprintf(stderr, "GET %s: expected a 400 naming %s: %s\n", path, param, sbuf_str(&r.body));
    assert_non_null(ip);
    assert_string_equal(json_string_value(json_object_get(ip, "name")), param);
    json_decref(p);
    http_reply_free(&r);
}

#define M1 "m-2018-csc-astana"
#define M2 "m-2019-csc-bishkek"
#define M3 "m-2019-cdm-cfm-moscow"
#define M4 "m-2020-cfm-video"
#define M5 "m-2019-11-cdm-dushanbe"

static void test_filters_meetings(void **state)
{
    expect_ids("/api/v1/meetings?body=CFM", M3 "," M4);
    expect_ids("/api/v1/meetings?body=cfm", M3 "," M4); /* vocabulary ignores case */
    expect_ids("/api/v1/meetings?body=CFM,CDM", M3 "," M4 "," M5);
    expect_ids("/api/v1/meetings?body=CFM&body=CDM", M3 "," M4 "," M5);
    expect_ids("/api/v1/meetings?status=planned", M3);
    expect_ids("/api/v1/meetings?format=video", M4);
    expect_ids("/api/v1/meetings?format=video&format=in_person", M1 "," M2 "," M3 "," M4 "," M5);
    expect_ids("/api/v1/meetings?country=russia", M3);
    expect_ids("/api/v1/meetings?city=ASTANA", M1);
    expect_ids("/api/v1/meetings?member=kazakhstan", M1);          /* host country */
    expect_ids("/api/v1/meetings?member=belarus", M2);             /* a participant's country */
    expect_ids("/api/v1/meetings?official=stanislav-zas", M2 "," M4);
    /* dates of any precision overlap */
    expect_ids("/api/v1/meetings?from=2019-11", M2 "," M3 "," M4 "," M5);
    expect_ids("/api/v1/meetings?to=2019", M1 "," M2 "," M3 "," M5);
    expect_ids("/api/v1/meetings?from=2019-11-28&to=2019-11-28", M2 "," M3 "," M5);
    expect_ids("/api/v1/meetings?from=2020", M4);
    expect_ids("/api/v1/meetings?to=2018-12", M1);
    /* filters combine with AND */
    expect_ids("/api/v1/meetings?body=CSC&from=2019", M2);
    expect_ids("/api/v1/meetings?body=CSC&status=planned", "");
}

static void test_filters_other_kinds(void **state)
{
    expect_ids("/api/v1/officials?country=belarus", "alexander-lukashenko");
    expect_ids("/api/v1/officials?org=csto", "stanislav-zas");
    expect_ids("/api/v1/officials?title=SECRETARY", "stanislav-zas");
    expect_ids("/api/v1/officials?title=president", "nursultan-nazarbayev,alexander-lukashenko");
    expect_ids("/api/v1/officials?meeting=" M2, "stanislav-zas,alexander-lukashenko");
    expect_ids("/api/v1/documents?type=plan", "d-plan");
    expect_ids("/api/v1/documents?status=draft,planned", "d-plan,d-decision");
    expect_ids("/api/v1/documents?meeting=" M1, "d-declaration");
    expect_ids("/api/v1/documents?member=armenia", "d-decision");       /* initiator */
    expect_ids("/api/v1/documents?member=kazakhstan", "d-declaration"); /* meeting's country */
    expect_ids("/api/v1/documents?from=2020", "d-plan");                /* the meeting's date */
    expect_ids("/api/v1/articles?source=kabar", "a-video");
    expect_ids("/api/v1/articles?from=2019&to=2019", "a-bishkek");
    expect_ids("/api/v1/members?iso=kz,ru", "kazakhstan,russia");
    expect_ids("/api/v1/members?meeting=" M2, "belarus,kyrgyzstan");
}

static void test_bad_parameters(void **state)
{
    expect_400("/api/v1/meetings?body=XYZ", "body");
    expect_400("/api/v1/meetings?status=maybe", "status");
    expect_400("/api/v1/meetings?format=hologram", "format");
    expect_400("/api/v1/documents?type=memo", "type");
    expect_400("/api/v1/documents?status=held", "status");
    expect_400("/api/v1/meetings?from=2019-13", "from");
    expect_400("/api/v1/meetings?from=19", "from");
    expect_400("/api/v1/meetings?to=2019-1-1", "to");
    expect_400("/api/v1/meetings?from=2019&from=2020", "from");
    expect_400("/api/v1/meetings?body=", "body");
    expect_400("/api/v1/meetings?body=CFM,", "body");
    expect_400("/api/v1/meetings?colour=red", "colour");
    expect_400("/api/v1/meetings?type=plan", "type"); /* a filter of another kind */
    expect_400("/api/v1/officials?format=xml", "format");
    expect_400("/api/v1/meetings?limit=5&limit=6", "limit");
    expect_400("/api/v1/meetings?sort=colour", "sort");
    expect_400("/api/v1/meetings?sort=", "sort");
    expect_400("/api/v1/meetings?sort=rank", "sort");
    expect_400("/api/v1/meetings?facet=colour", "facet");
    expect_400("/api/v1/members?facet=country", "facet");
    expect_400("/api/v1/meetings?fields=id,colour", "fields");
    expect_400("/api/v1/meetings?include=members", "include");
    expect_400("/api/v1/meetings?include=participants&format=csv", "include");
    expect_400("/api/v1/meetings?pretty=yes", "pretty");
    expect_400("/api/v1/meetings/" M1 "?limit=1", "limit");
    expect_400("/api/v1/meetings/" M1 "?fields=colour", "fields");
    /* values never reach SQL as SQL */
    expect_ids("/api/v1/meetings?city=x')%20OR%201=1%20--", "");
}

static void test_sorting(void **state)
{
    expect_ids("/api/v1/meetings?sort=date", M1 "," M3 "," M5 "," M2 "," M4);
    expect_ids("/api/v1/meetings?sort=-date", M4 "," M2 "," M5 "," M3 "," M1);
    expect_ids("/api/v1/meetings?sort=id", M1 "," M5 "," M3 "," M2 "," M4);
    /* nulls last either way, ties by id */
    expect_ids("/api/v1/meetings?sort=city&fields=id", M1 "," M2 "," M5 "," M3 "," M4);
    expect_ids("/api/v1/meetings?sort=-city&fields=id", M3 "," M5 "," M2 "," M1 "," M4);
    expect_ids("/api/v1/meetings?sort=status,-date", M4 "," M2 "," M5 "," M1 "," M3);
    expect_ids("/api/v1/officials?sort=name", "alexander-lukashenko,nursultan-nazarbayev,stanislav-zas");
    expect_ids("/api/v1/officials?sort=-meetings", "stanislav-zas,alexander-lukashenko,nursultan-nazarbayev");
    expect_ids("/api/v1/members?sort=-meetings,name&limit=2", "belarus,kazakhstan");
    expect_ids("/api/v1/articles?sort=-date", "a-video,a-bishkek,a-astana");
    expect_ids("/api/v1/documents?sort=date", "d-declaration,d-decision,d-plan");
}

static void test_paging_headers(void **state)
{
    http_reply r;
    char link[1024], total[32];
    fetch("GET", "/api/v1/meetings?body=CSC,CFM&sort=date&limit=1&offset=1", NULL, &r);
    assert_int_equal(r.status, 200);
    assert_non_null(http_header(&r, "X-Total-Count", total, sizeof total));
    assert_string_equal(total, "4");
    assert_non_null(http_header(&r, "Link", link, sizeof link));
    assert_non_null(strstr(link, "</api/v1/meetings?body=CSC,CFM&sort=date&limit=1&offset=0>; rel=\"first\""));
    assert_non_null(strstr(link, "</api/v1/meetings?body=CSC,CFM&sort=date&limit=1&offset=0>; rel=\"prev\""));
    assert_non_null(strstr(link, "</api/v1/meetings?body=CSC,CFM&sort=date&limit=1&offset=2>; rel=\"next\""));
    assert_non_null(strstr(link, "</api/v1/meetings?body=CSC,CFM&sort=date&limit=1&offset=3>; rel=\"last\""));
    json_t *j = json_loads(sbuf_str(&r.body), 0, NULL);
    assert_int_equal(json_integer_value(json_object_get(j, "total")), 4);
    assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(j, "data"), 0), "id")), M3);
    json_decref(j);
    http_reply_free(&r);
    /* first page: no prev; last page: no next; values are re-encoded */
    fetch("GET", "/api/v1/officials?title=secretary%20general&limit=2", NULL, &r);
    assert_non_null(http_header(&r, "Link", link, sizeof link));
    assert_null(strstr(link, "rel=\"prev\""));
    assert_null(strstr(link, "rel=\"next\""));
    assert_non_null(strstr(link, "title=secretary%20general&limit=2&offset=0"));
    http_reply_free(&r);
}

static void test_fts_in_lists(void **state)
{
    expect_ids("/api/v1/meetings?q=foreign&sort=date", M3 "," M4); /* the CFM's full name */
    expect_ids("/api/v1/meetings?q=foreign", M4 "," M3);           /* by rank without sort */
    expect_ids("/api/v1/meetings?q=bishkek", M2);
    expect_ids("/api/v1/meetings?q=%22collective%20security%22&sort=date", M1 "," M2);
    expect_ids("/api/v1/officials?q=secretary", "stanislav-zas");
    expect_ids("/api/v1/documents?q=declar*", "d-declaration");
    expect_ids("/api/v1/articles?q=videoconference", "a-video");
    expect_ids("/api/v1/members?q=kaz*", "kazakhstan");
    expect_ids("/api/v1/meetings?q=council&body=CSC&sort=id", M1 "," M2); /* with filters */
    expect_ids("/api/v1/meetings?q=foreign&sort=rank", M4 "," M3);
    expect_ids("/api/v1/meetings?q=foreign&sort=-rank", M3 "," M4);
    expect_400("/api/v1/meetings?q=", "q");
    expect_400("/api/v1/articles?q=%22", "q");
}

static void test_search(void **state)
{
    json_t *s = get_json("/api/v1/search?q=bishkek", 200);
    json_t *data = json_object_get(s, "data");
    assert_true(json_array_size(data) >= 2);
    assert_int_equal(json_integer_value(json_object_get(s, "total")), json_array_size(data));
    int saw_meeting = 0, saw_article = 0;
    size_t i;
    json_t *hit;
    json_array_foreach(data, i, hit) {
        const char *kind = json_string_value(json_object_get(hit, "kind"));
        const char *id = json_string_value(json_object_get(hit, "id"));
        assert_non_null(json_string_value(json_object_get(hit, "title")));
        assert_non_null(strstr(json_string_value(json_object_get(hit, "snippet")), "<mark>"));
        assert_true(json_is_number(json_object_get(hit, "score")));
        if (i)
            assert_true(json_number_value(json_object_get(hit, "score")) <=
                        json_number_value(json_object_get(json_array_get(data, i - 1), "score")));
        saw_meeting |= strcmp(kind, "meetings") == 0 && strcmp(id, M2) == 0;
        saw_article |= strcmp(kind, "articles") == 0 && strcmp(id, "a-bishkek") == 0;
    }
    assert_true(saw_meeting && saw_article);
    json_decref(s);

    /* the article's own markup is escaped; only <mark> is HTML */
    s = get_json("/api/v1/search?q=security&kind=articles", 200);
    int escaped = 0;
    json_array_foreach(json_object_get(s, "data"), i, hit) {
        const char *sn = json_string_value(json_object_get(hit, "snippet"));
        assert_null(strstr(sn, "<b>"));
        escaped |= strstr(sn, "&lt;b&gt;") != NULL;
        assert_string_equal(json_string_value(json_object_get(hit, "kind")), "articles");
    }
    assert_true(escaped);
    json_decref(s);

    /* phrase and prefix */
    s = get_json("/api/v1/search?q=%22foreign%20ministers%22", 200);
    assert_true(json_array_size(json_object_get(s, "data")) >= 1);
    json_decref(s);
    s = get_json("/api/v1/search?q=%22ministers%20foreign%22&kind=articles", 200);
    assert_int_equal(json_array_size(json_object_get(s, "data")), 0);
    json_decref(s);
    s = get_json("/api/v1/search?q=lukash*", 200);
    assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(s, "data"), 0), "kind")),
                        "officials");
    json_decref(s);
    s = get_json("/api/v1/search?q=council&limit=1&offset=1", 200);
    assert_int_equal(json_array_size(json_object_get(s, "data")), 1);
    assert_true(json_integer_value(json_object_get(s, "total")) > 1);
    json_decref(s);

    /* nasty input: a 200 or a 400 naming q, never a 500 */
    const char *nasty[] = {"%22", "AND", "NEAR(", "col:", "*", "", "%22%22", "(", ")", "-", "^",
                           "a%20OR", "OR%20OR", "%7B%7D", "title:astana", "NEAR(astana%20bishkek,%202)",
                           "astana%20AND%20NOT", "%22unterminated", "a*b*", "%2A%2A", "%E2%80%9C"};
    for (size_t n = 0; n < sizeof nasty / sizeof *nasty; n++) {
        char path[256];
        http_reply r;
        snprintf(path, sizeof path, "/api/v1/search?q=%s", nasty[n]);
        fetch("GET", path, NULL, &r);
        if (r.status != 200 && r.status != 400)
            fprintf(stderr, "GET %s: %ld %s\n", path, r.status, sbuf_str(&r.body));
        assert_true(r.status == 200 || r.status == 400);
        if (r.status == 400)
            assert_non_null(strstr(sbuf_str(&r.body), "\"name\":\"q\""));
        http_reply_free(&r);
    }
    expect_400("/api/v1/search?q=%22", "q");
    expect_400("/api/v1/search?q=*", "q");
    expect_400("/api/v1/search?q=", "q");
    expect_400("/api/v1/search", "q");
    expect_400("/api/v1/search?q=astana&kind=planets", "kind");
    expect_400("/api/v1/search?q=astana&sort=date", "sort");
    s = get_json("/api/v1/search?q=title:astana", 200); /* a column filter is dropped */
    assert_true(json_array_size(json_object_get(s, "data")) >= 1);
    json_decref(s);
}

static json_t *facet(json_t *l, const char *name, const char *value)
{
    size_t i;
    json_t *v;
    json_array_foreach(json_object_get(json_object_get(l, "facets"), name), i, v) {
        json_t *val = json_object_get(v, "value");
        if ((!value && json_is_null(val)) || (value && json_is_string(val) && strcmp(json_string_value(val), value) == 0))
            return json_object_get(v, "count");
    }
    return NULL;
}

/* Each pair of paths answers the same non-empty `member` of the answer
 * (the whole answer when member is NULL): one read from what the snapshot
 * keeps, the other computed, or two spellings of one filter. */
static void expect_same(const char *const pairs[][2], size_t n, const char *member)
{
    for (size_t i = 0; i < n; i++) {
        json_t *a = get_json(pairs[i][0], 200), *b = get_json(pairs[i][1], 200);
        json_t *va = member ? json_object_get(a, member) : a, *vb = member ? json_object_get(b, member) : b;
        assert_true(json_is_array(va) ? json_array_size(va) > 0 : json_object_size(va) > 0);
        if (!json_equal(va, vb)) print_error("%s and %s differ\n", pairs[i][0], pairs[i][1]);
        assert_true(json_equal(va, vb));
        json_decref(a);
        json_decref(b);
    }
}

static void test_facets(void **state)
{
    json_t *l = get_json("/api/v1/meetings?facet=body&facet=year,status&limit=1", 200);
    assert_int_equal(json_array_size(json_object_get(l, "data")), 1); /* the page ... */
    assert_int_equal(json_integer_value(facet(l, "body", "CSC")), 2); /* ... the counts: everything */
    assert_int_equal(json_integer_value(facet(l, "body", "CFM")), 2);
    assert_int_equal(json_integer_value(facet(l, "body", "CDM")), 2);
    assert_int_equal(json_integer_value(facet(l, "year", "2019")), 3);
    assert_int_equal(json_integer_value(facet(l, "status", "planned")), 1);
    json_decref(l);
    l = get_json("/api/v1/meetings?status=held&facet=body", 200); /* over the filtered set */
    assert_int_equal(json_integer_value(facet(l, "body", "CFM")), 1);
    assert_null(facet(l, "year", "2019"));
    json_decref(l);
    l = get_json("/api/v1/meetings?facet=country", 200);
    assert_int_equal(json_integer_value(facet(l, "country", NULL)), 1); /* null counted too */
    json_decref(l);
    l = get_json("/api/v1/documents?facet=type", 200);
    assert_int_equal(json_integer_value(facet(l, "type", "plan")), 1);
    json_decref(l);
    l = get_json("/api/v1/officials?facet=country&facet=org", 200);
    assert_int_equal(json_integer_value(facet(l, "org", "CSTO")), 1);
    assert_int_equal(json_integer_value(facet(l, "country", "belarus")), 1);
    json_decref(l);
    l = get_json("/api/v1/articles?facet=source", 200);
    assert_int_equal(json_integer_value(facet(l, "source", "Kabar")), 1);
    json_decref(l);
    l = get_json("/api/v1/meetings", 200);
    assert_null(json_object_get(l, "facets")); /* only when asked */
    json_decref(l);
    /* with no filter the counts made at build answer; a filter that keeps every row counts the
     * table: the same facets */
    static const char *const same[][2] = {
        {"/api/v1/meetings?facet=body&facet=status&facet=format&facet=country&facet=city&facet=year&limit=0",
         "/api/v1/meetings?facet=body&facet=status&facet=format&facet=country&facet=city&facet=year&limit=0"
         "&status=held,planned"},
        {"/api/v1/documents?facet=type&facet=status&facet=year&limit=0",
         "/api/v1/documents?facet=type&facet=status&facet=year&limit=0&status=adopted,draft,planned"},
    };
    expect_same(same, sizeof same / sizeof same[0], "facets");
}

static void test_include_and_fields(void **state)
{
    json_t *m = get_json("/api/v1/meetings/" M2 "?include=participants,documents", 200);
    json_t *emb = json_object_get(m, "embedded");
    assert_int_equal(json_array_size(json_object_get(emb, "participants")), 2);
    assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(emb, "participants"), 0), "name")),
                        "Alexander Lukashenko");
    assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(emb, "documents"), 0), "type")),
                        "decision");
    assert_true(json_is_array(json_object_get(m, "participants"))); /* the ids stay */
    json_decref(m);
    json_t *l = get_json("/api/v1/documents?include=meeting&sort=id&limit=1", 200);
    json_t *d = json_array_get(json_object_get(l, "data"), 0);
    assert_string_equal(json_string_value(json_object_get(json_object_get(json_object_get(d, "embedded"), "meeting"), "city")),
                        "Bishkek");
    json_decref(l);
    l = get_json("/api/v1/members?iso=BY&include=officials,meetings", 200);
    d = json_array_get(json_object_get(l, "data"), 0);
    assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(json_object_get(d, "embedded"), "meetings"), 0), "id")),
                        M2);
    json_decref(l);
    l = get_json("/api/v1/officials?include=meetings&sort=-meetings&limit=1", 200);
    d = json_array_get(json_object_get(l, "data"), 0);
    assert_int_equal(json_array_size(json_object_get(json_object_get(d, "embedded"), "meetings")), 2);
    json_decref(l);

    l = get_json("/api/v1/meetings?fields=id,date,city&sort=id&limit=1", 200);
    d = json_array_get(json_object_get(l, "data"), 0);
    assert_int_equal(json_object_size(d), 3);
    assert_string_equal(json_string_value(json_object_get(d, "date")), "2018-11-08");
    assert_string_equal(json_string_value(json_object_get(d, "city")), "Astana");
    json_decref(l);
    m = get_json("/api/v1/officials/stanislav-zas?fields=name", 200);
    assert_int_equal(json_object_size(m), 1);
    json_decref(m);
    /* the bytes, as json_dumps would write the picked members: in the order asked, a field named twice once, a
     * member the item lacks null; "embedded" last, after the fields kept */
    http_reply r;
    fetch("GET", "/api/v1/officials/stanislav-zas?fields=name,id,name", NULL, &r);
    assert_string_equal(sbuf_str(&r.body), "{\"name\":\"Stanislav Zas\",\"id\":\"stanislav-zas\"}");
    http_reply_free(&r);
    fetch("GET", "/api/v1/officials/stanislav-zas?fields=id&include=meetings", NULL, &r);
    assert_int_equal(strncmp(sbuf_str(&r.body), "{\"id\":\"stanislav-zas\",\"embedded\":{\"meetings\":[{\"id\":", 52), 0);
    http_reply_free(&r);
    l = get_json("/api/v1/documents?fields=id,initiator&limit=1&sort=id", 200);
    d = json_array_get(json_object_get(l, "data"), 0);
    assert_int_equal(json_object_size(d), 2);
    assert_non_null(json_object_get(d, "initiator")); /* null when the document has none */
    json_decref(l);
}

static int count_lines(const char *s)
{
    int n = 0;
    for (; *s; s++)
        n += *s == '\n';
    return n;
}

static void test_formats(void **state)
{
    http_reply r;
    char ct[128];
    fetch("GET", "/api/v1/meetings", NULL, &r);
    assert_null(strchr(sbuf_str(&r.body), '\n')); /* compact */
    http_reply_free(&r);
    fetch("GET", "/api/v1/meetings?pretty=1", NULL, &r);
    assert_non_null(strstr(sbuf_str(&r.body), "{\n  \"data\": [\n"));
    http_reply_free(&r);

    fetch("GET", "/api/v1/meetings?format=csv&sort=id&fields=id,bodies,date,city", NULL, &r);
    assert_int_equal(r.status, 200);
    assert_non_null(http_header(&r, "Content-Type", ct, sizeof ct));
    assert_string_equal(ct, "text/csv; charset=utf-8; header=present");
    assert_string_equal(sbuf_str(&r.body), "id,bodies,date,city\r\n"
                                           M1 ",CSC,2018-11-08,Astana\r\n"
                                           M5 ",CDM,2019-11,Dushanbe\r\n"
                                           M3 ",CDM;CFM,2019,Moscow\r\n"
                                           M2 ",CSC,2019-11-28,Bishkek\r\n"
                                           M4 ",CFM,2020-05-27,\r\n");
    http_reply_free(&r);
    /* RFC 4180 quoting */
    fetch("GET", "/api/v1/articles?format=csv&source=belta&fields=id,title", NULL, &r);
    assert_string_equal(sbuf_str(&r.body), "id,title\r\na-bishkek,\"CSTO summit in Bishkek, \"\"final\"\" day\"\r\n");
    http_reply_free(&r);
    /* Accept: text/csv */
    const char *accept_csv[] = {"Accept: text/csv", NULL};
    fetch("GET", "/api/v1/members", accept_csv, &r);
    assert_non_null(http_header(&r, "Content-Type", ct, sizeof ct));
    assert_string_equal(ct, "text/csv; charset=utf-8; header=present");
    assert_int_equal(strncmp(sbuf_str(&r.body), "id,name,iso,", 12), 0);
    assert_int_equal(count_lines(sbuf_str(&r.body)), 7);
    http_reply_free(&r);
    /* NDJSON */
    fetch("GET", "/api/v1/meetings?format=ndjson&body=CDM&fields=id", NULL, &r);
    assert_non_null(http_header(&r, "Content-Type", ct, sizeof ct));
    assert_string_equal(ct, "application/x-ndjson; charset=utf-8");
    assert_string_equal(sbuf_str(&r.body), "{\"id\":\"" M3 "\"}\n{\"id\":\"" M5 "\"}\n");
    http_reply_free(&r);
    const char *accept_nd[] = {"Accept: application/x-ndjson", NULL};
    fetch("GET", "/api/v1/officials", accept_nd, &r);
    assert_int_equal(count_lines(sbuf_str(&r.body)), 3);
    http_reply_free(&r);
    /* one item as CSV */
    fetch("GET", "/api/v1/members/russia?format=csv&fields=id,iso", NULL, &r);
    assert_string_equal(sbuf_str(&r.body), "id,iso\r\nrussia,RU\r\n");
    http_reply_free(&r);
}

/* format=csv without limit returns every matching item, past the JSON page
 * size: a second server over a generated model of 120 articles. */
static void test_csv_whole_set(void **state)
{
    char path[] = "/tmp/csto-many-XXXXXX.json"; /* .json: read as a model file */
    int fd = mkstemps(path, 5);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    fputs("{\"articles\":[", f);
    for (int i = 0; i < 120; i++)
        fprintf(f, "%s{\"id\":\"a%03d\",\"title\":\"Article %d\",\"published\":\"2020-01-01\",\"source\":\"S\"}",
                i ? "," : "", i, i);
    fputs("]}", f);
    fclose(f);
    csto_server big;
    const char *args[] = {"--corpus", path, "--quiet", NULL};
    assert_int_equal(server_start(&big, args, 15000), 0);
    char url[256];
    http_reply r;
    snprintf(url, sizeof url, "%s/api/v1/articles?format=csv", big.base);
    assert_int_equal(http_get(url, &r), 0);
    assert_int_equal(count_lines(sbuf_str(&r.body)), 121);
    http_reply_free(&r);
    snprintf(url, sizeof url, "%s/api/v1/articles?format=ndjson", big.base);
    assert_int_equal(http_get(url, &r), 0);
    assert_int_equal(count_lines(sbuf_str(&r.body)), 120);
    http_reply_free(&r);
    snprintf(url, sizeof url, "%s/api/v1/articles?format=csv&limit=10&offset=115", big.base);
    assert_int_equal(http_get(url, &r), 0);
    assert_int_equal(count_lines(sbuf_str(&r.body)), 6);
    http_reply_free(&r);
    snprintf(url, sizeof url, "%s/api/v1/articles", big.base);
    assert_int_equal(http_get(url, &r), 0);
    json_t *j = json_loads(sbuf_str(&r.body), 0, NULL);
    assert_int_equal(json_array_size(json_object_get(j, "data")), 50);
    json_decref(j);
    http_reply_free(&r);
    assert_int_equal(server_stop(&big), 0);
    unlink(path);
}

static void test_stats(void **state)
{
    json_t *s = get_json("/api/v1/stats/meetings?interval=year", 200);
    assert_true(json_is_array(s));
    assert_int_equal(json_array_size(s), 3);
    json_t *p = json_array_get(s, 1);
    assert_string_equal(json_string_value(json_object_get(p, "time")), "2019-01-01T00:00:00Z");
    assert_int_equal(json_integer_value(json_object_get(p, "year")), 2019);
    assert_int_equal(json_integer_value(json_object_get(p, "count")), 3);
    json_decref(s);
    s = get_json("/api/v1/stats/meetings?by=body", 200);
    char *dump = json_dumps(s, JSON_COMPACT);
    assert_non_null(strstr(dump, "{\"time\":\"2018-01-01T00:00:00Z\",\"year\":2018,\"body\":\"CSC\",\"count\":1}"));
    assert_non_null(strstr(dump, "{\"time\":\"2019-01-01T00:00:00Z\",\"year\":2019,\"body\":\"CDM\",\"count\":2}"));
    free(dump);
    json_decref(s);
    s = get_json("/api/v1/stats/meetings?interval=month&from=2019", 200);
    dump = json_dumps(s, JSON_COMPACT);
    /* year-only dates have no month: left out */
    assert_string_equal(dump, "[{\"time\":\"2019-11-01T00:00:00Z\",\"year\":2019,\"month\":11,\"count\":2},"
                              "{\"time\":\"2020-05-01T00:00:00Z\",\"year\":2020,\"month\":5,\"count\":1}]");
    free(dump);
    json_decref(s);
    s = get_json("/api/v1/stats/documents?interval=year&by=type", 200);
    dump = json_dumps(s, JSON_COMPACT);
    assert_non_null(strstr(dump, "{\"time\":\"2020-01-01T00:00:00Z\",\"year\":2020,\"type\":\"plan\",\"count\":1}"));
    free(dump);
    json_decref(s);
    s = get_json("/api/v1/stats/members", 200);
    assert_int_equal(json_array_size(s), 6);
    p = json_array_get(s, 1);
    assert_string_equal(json_string_value(json_object_get(p, "member")), "belarus");
    assert_int_equal(json_integer_value(json_object_get(p, "meetings")), 1);
    assert_int_equal(json_integer_value(json_object_get(p, "officials")), 1);
    assert_int_equal(strlen(json_string_value(json_object_get(p, "time"))), strlen("2024-01-01T00:00:00Z"));
    json_decref(s);

    http_reply r;
    fetch("GET", "/api/v1/stats/meetings?by=body&format=csv&to=2018", NULL, &r);
    assert_string_equal(sbuf_str(&r.body), "time,year,body,count\r\n2018-01-01T00:00:00Z,2018,CSC,1\r\n");
    http_reply_free(&r);
    expect_400("/api/v1/stats/meetings?interval=week", "interval");
    expect_400("/api/v1/stats/meetings?by=colour", "by");
    expect_400("/api/v1/stats/documents?by=body", "by");
    expect_400("/api/v1/stats/members?interval=year", "interval");
    expect_400("/api/v1/stats/meetings?body=XX", "body");
    expect_400("/api/v1/stats/meetings?limit=1", "limit");

    /* A date filter at the interval's precision or coarser is read from the
     * counts made at build; a finer one that keeps the same dates groups
     * the table: both must give the same series. */
    static const char *const same[][2] = {
        {"/api/v1/stats/meetings?interval=month&by=body&from=2019", "/api/v1/stats/meetings?interval=month&by=body&from=2019-01-01"},
        {"/api/v1/stats/meetings?interval=year&to=2019", "/api/v1/stats/meetings?interval=year&to=2019-12-31"},
        {"/api/v1/stats/meetings?interval=month&by=city&from=2019-11&to=2020", "/api/v1/stats/meetings?interval=month&by=city&from=2019-11-01&to=2020-12-31"},
        {"/api/v1/stats/documents?interval=year&by=type&date__gt=2018", "/api/v1/stats/documents?interval=year&by=type&date__gte=2019-01-01"},
    };
    expect_same(same, sizeof same / sizeof same[0], NULL);
}

/* A filter on one year is read as a range of the date text (the index
 * answers it alone); a full date at the year's edge takes the general
 * comparison at the precision both dates have.  Year-only and month-only
 * dates must land on the same side either way. */
static void test_year_filters(void **state)
{
    (void)state;
    static const char *const same[][2] = {
        {"/api/v1/meetings?date__gt=2018", "/api/v1/meetings?date__gte=2019-01-01"},
        {"/api/v1/meetings?date__lt=2020&sort=-date", "/api/v1/meetings?date__lte=2019-12-31&sort=-date"},
        {"/api/v1/meetings?date=2019", "/api/v1/meetings?date__gte=2019-01-01&date__lte=2019-12-31"},
        {"/api/v1/meetings?from=2019&to=2019", "/api/v1/meetings?from=2019-01-01&to=2019-12-31"},
        {"/api/v1/documents?to=2019&sort=title", "/api/v1/documents?to=2019-12-31&sort=title"},
        {"/api/v1/articles?published__gte=2019", "/api/v1/articles?published__gte=2019-01-01"},
    };
    expect_same(same, sizeof same / sizeof same[0], "data");
}

static void test_etag_and_last_modified(void **state)
{
    http_reply r, r2;
    char etag[128], etag2[128], lm[128], cc[128];
    fetch("GET", "/api/v1/meetings?sort=date", NULL, &r);
    assert_non_null(http_header(&r, "ETag", etag, sizeof etag));
    assert_true(etag[0] == '"' && etag[strlen(etag) - 1] == '"'); /* strong */
    assert_non_null(http_header(&r, "Last-Modified", lm, sizeof lm));
    assert_non_null(strstr(lm, " GMT"));
    assert_non_null(http_header(&r, "Cache-Control", cc, sizeof cc));
    assert_string_equal(cc, "public, max-age=60");
    /* the same body, the same tag; another body, another tag */
    fetch("GET", "/api/v1/meetings?sort=date", NULL, &r2);
    assert_string_equal(http_header(&r2, "ETag", etag2, sizeof etag2), etag);
    http_reply_free(&r2);
    fetch("GET", "/api/v1/meetings?sort=-date", NULL, &r2);
    assert_string_not_equal(http_header(&r2, "ETag", etag2, sizeof etag2), etag);
    http_reply_free(&r2);

    char inm[200], ims[200];
    snprintf(inm, sizeof inm, "If-None-Match: %s", etag);
    const char *h1[] = {inm, NULL};
    fetch("GET", "/api/v1/meetings?sort=date", h1, &r2);
    assert_int_equal(r2.status, 304);
    assert_int_equal(r2.body.len, 0);
    assert_non_null(http_header(&r2, "ETag", etag2, sizeof etag2));
    http_reply_free(&r2);
    snprintf(inm, sizeof inm, "If-None-Match: \"nope\", W/%s", etag);
    fetch("GET", "/api/v1/meetings?sort=date", h1, &r2);
    assert_int_equal(r2.status, 304);
    http_reply_free(&r2);
    const char *h2[] = {"If-None-Match: \"nope\"", NULL};
    fetch("GET", "/api/v1/meetings?sort=date", h2, &r2);
    assert_int_equal(r2.status, 200);
    http_reply_free(&r2);

    snprintf(ims, sizeof ims, "If-Modified-Since: %s", lm);
    const char *h3[] = {ims, NULL};
    fetch("GET", "/api/v1/meetings?sort=date", h3, &r2);
    assert_int_equal(r2.status, 304);
    http_reply_free(&r2);
    const char *h4[] = {"If-Modified-Since: Mon, 01 Jan 2001 00:00:00 GMT", NULL};
    fetch("GET", "/api/v1/meetings?sort=date", h4, &r2);
    assert_int_equal(r2.status, 200);
    http_reply_free(&r2);
    const char *h5[] = {"If-Modified-Since: yesterday", NULL};
    fetch("GET", "/api/v1/meetings?sort=date", h5, &r2);
    assert_int_equal(r2.status, 200);
    http_reply_free(&r2);
    http_reply_free(&r);
}

static void test_gzip(void **state)
{
    http_reply plain, gz;
    char enc[64], vary[64], tag1[128], tag2[128], len[32];
    const char *ae[] = {"Accept-Encoding: gzip, deflate", NULL};
    fetch("GET", "/api/v1/articles?pretty=1", NULL, &plain);
    assert_true(plain.body.len >= 1024);
    assert_null(http_header(&plain, "Content-Encoding", enc, sizeof enc));
    assert_non_null(http_header(&plain, "Vary", vary, sizeof vary));
    assert_string_equal(vary, "Accept, Accept-Encoding"); /* the body also depends on Accept */
    fetch("GET", "/api/v1/articles?pretty=1", ae, &gz);
    assert_non_null(http_header(&gz, "Content-Encoding", enc, sizeof enc));
    assert_string_equal(enc, "gzip");
    assert_true(gz.body.len < plain.body.len);
    assert_string_not_equal(http_header(&gz, "ETag", tag1, sizeof tag1),
                            http_header(&plain, "ETag", tag2, sizeof tag2));
    /* it decompresses to the plain body */
    unsigned char out[65536];
    z_stream z;
    memset(&z, 0, sizeof z);
    assert_int_equal(inflateInit2(&z, MAX_WBITS + 16), Z_OK);
    z.next_in = (unsigned char *)gz.body.buf;
    z.avail_in = (uInt)gz.body.len;
    z.next_out = out;
    z.avail_out = sizeof out;
    assert_int_equal(inflate(&z, Z_FINISH), Z_STREAM_END);
    assert_int_equal(z.total_out, plain.body.len);
    assert_memory_equal(out, plain.body.buf, plain.body.len);
    inflateEnd(&z);
    /* HEAD says the same length as the gzip GET */
    http_reply h;
    fetch("HEAD", "/api/v1/articles?pretty=1", ae, &h);
    assert_non_null(http_header(&h, "Content-Length", len, sizeof len));
    assert_int_equal(strtoul(len, NULL, 10), gz.body.len);
    http_reply_free(&h);
    /* the gzip tag validates too */
    char inm[200];
    snprintf(inm, sizeof inm, "If-None-Match: %s", tag1);
    const char *h1[] = {inm, ae[0], NULL};
    fetch("GET", "/api/v1/articles?pretty=1", h1, &h);
    assert_int_equal(h.status, 304);
    http_reply_free(&h);
    /* small bodies and q=0 stay plain */
    fetch("GET", "/api/v1/members/russia", ae, &h);
    assert_null(http_header(&h, "Content-Encoding", enc, sizeof enc));
    http_reply_free(&h);
    const char *q0[] = {"Accept-Encoding: gzip;q=0", NULL};
    fetch("GET", "/api/v1/articles?pretty=1", q0, &h);
    assert_null(http_header(&h, "Content-Encoding", enc, sizeof enc));
    http_reply_free(&h);
    http_reply_free(&plain);
    http_reply_free(&gz);
}

static void test_head_everywhere(void **state)
{
    const char *paths[] = {"/api/v1/meetings", "/api/v1/meetings/" M1, "/api/v1/officials?format=csv&limit=1000",
                           "/api/v1/documents", "/api/v1/members", "/api/v1/articles?q=astana",
                           "/api/v1/search?q=astana", "/api/v1/stats/meetings", "/api/v1/stats/documents",
                           "/api/v1/stats/members", "/openapi.json", "/healthz", "/metrics", "/"};
    for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
        http_reply g, h;
        char lg[32], lh[32], cg[128], ch[128];
        fetch("GET", paths[i], NULL, &g);
        fetch("HEAD", paths[i], NULL, &h);
        assert_int_equal(h.status, 200);
        assert_int_equal(h.body.len, 0);
        assert_non_null(http_header(&h, "Content-Length", lh, sizeof lh));
        if (strcmp(paths[i], "/metrics") != 0 && strcmp(paths[i], "/healthz") != 0) {
            assert_non_null(http_header(&g, "Content-Length", lg, sizeof lg));
            assert_string_equal(lh, lg);
        }
        assert_string_equal(http_header(&h, "Content-Type", ch, sizeof ch),
                            http_header(&g, "Content-Type", cg, sizeof cg));
        http_reply_free(&g);
        http_reply_free(&h);
    }
}

/* CSV and NDJSON of a whole filtered set are streamed (chunked, no
 * Content-Length, no ETag) and hold exactly what the same set asked for as
 * one page holds. */
static void test_whole_set_streamed(void **state)
{
    const char *pairs[][2] = {
        {"/api/v1/officials?format=csv", "/api/v1/officials?format=csv&limit=1000"},
        {"/api/v1/meetings?format=ndjson", "/api/v1/meetings?format=ndjson&limit=1000"},
        {"/api/v1/meetings?format=csv&body=CFM", "/api/v1/meetings?format=csv&body=CFM&limit=1000"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        http_reply st, pg, hd;
        char v[64], tc1[32], tc2[32];
        fetch("GET", pairs[i][0], NULL, &st);
        fetch("GET", pairs[i][1], NULL, &pg);
        fetch("HEAD", pairs[i][0], NULL, &hd);
        assert_int_equal(st.status, 200);
        assert_true(st.body.len > 0);
        assert_string_equal(sbuf_str(&st.body), sbuf_str(&pg.body));
        assert_non_null(http_header(&st, "Transfer-Encoding", v, sizeof v));
        assert_string_equal(v, "chunked");
        assert_null(http_header(&st, "Content-Length", v, sizeof v));
        assert_null(http_header(&st, "ETag", v, sizeof v));
        assert_string_equal(http_header(&st, "X-Total-Count", tc1, sizeof tc1),
                            http_header(&pg, "X-Total-Count", tc2, sizeof tc2));
        assert_int_equal(hd.status, 200);
        assert_int_equal(hd.body.len, 0);
        http_reply_free(&st);
        http_reply_free(&pg);
        http_reply_free(&hd);
    }
}

static void test_cors_and_cache_control(void **state)
{
    http_reply r;
    char v[256];
    const char *origin[] = {"Origin: https://dash.example", NULL};
    fetch("GET", "/api/v1/meetings", origin, &r);
    assert_string_equal(http_header(&r, "Access-Control-Allow-Origin", v, sizeof v), "*");
    assert_non_null(http_header(&r, "Access-Control-Expose-Headers", v, sizeof v));
    assert_non_null(strstr(v, "Link"));
    assert_non_null(strstr(v, "X-Total-Count"));
    assert_non_null(strstr(v, "ETag"));
    http_reply_free(&r);
    fetch("GET", "/api/v1/meetings?body=XX", origin, &r); /* errors too */
    assert_string_equal(http_header(&r, "Access-Control-Allow-Origin", v, sizeof v), "*");
    assert_string_equal(http_header(&r, "Cache-Control", v, sizeof v), "no-store");
    http_reply_free(&r);
    const char *pre[] = {"Origin: https://dash.example", "Access-Control-Request-Method: GET",
                         "Access-Control-Request-Headers: If-None-Match", NULL};
    const char *targets[] = {"/api/v1/meetings", "/api/v1/search", "/api/v1/officials/stanislav-zas", "/healthz"};
    for (size_t i = 0; i < sizeof targets / sizeof *targets; i++) {
        fetch("OPTIONS", targets[i], pre, &r);
        assert_int_equal(r.status, 204);
        assert_int_equal(r.body.len, 0);
        assert_non_null(http_header(&r, "Access-Control-Allow-Methods", v, sizeof v));
        assert_non_null(strstr(v, "GET"));
        assert_non_null(http_header(&r, "Access-Control-Allow-Headers", v, sizeof v));
        assert_non_null(strstr(v, "If-None-Match"));
        assert_string_equal(http_header(&r, "Access-Control-Max-Age", v, sizeof v), "86400");
        assert_string_equal(http_header(&r, "Access-Control-Allow-Origin", v, sizeof v), "*");
        http_reply_free(&r);
    }
    fetch("GET", "/healthz", NULL, &r);
    assert_string_equal(http_header(&r, "Cache-Control", v, sizeof v), "no-cache");
    http_reply_free(&r);
    fetch("GET", "/metrics", NULL, &r);
    assert_string_equal(http_header(&r, "Cache-Control", v, sizeof v), "no-cache");
    http_reply_free(&r);
    /* Content-Type with a charset on every kind of answer */
    const char *paths[] = {"/api/v1/meetings", "/api/v1/meetings?format=csv", "/api/v1/meetings?format=ndjson",
                           "/api/v1/stats/members", "/api/v1/search?q=astana", "/openapi.json", "/metrics",
                           "/healthz", "/"};
    for (size_t i = 0; i < sizeof paths / sizeof *paths; i++) {
        fetch("GET", paths[i], NULL, &r);
        assert_non_null(http_header(&r, "Content-Type", v, sizeof v));
        assert_non_null(strstr(v, "charset=utf-8"));
        http_reply_free(&r);
    }
}

static void test_openapi(void **state)
{
    http_reply r;
    char ct[128];
    fetch("GET", "/openapi.json", NULL, &r);
    assert_int_equal(r.status, 200);
    assert_string_equal(http_header(&r, "Content-Type", ct, sizeof ct), JSON_CT);
    json_t *doc = json_loads(sbuf_str(&r.body), 0, NULL);
    assert_non_null(doc);
    assert_string_equal(json_string_value(json_object_get(doc, "openapi")), "3.1.0");
    json_t *paths = json_object_get(doc, "paths");
    assert_non_null(json_object_get(paths, "/api/v1/meetings"));
    assert_non_null(json_object_get(paths, "/api/v1/search"));
    assert_non_null(json_object_get(paths, "/api/v1/stats/meetings"));
    json_decref(doc);
    http_reply_free(&r);
}

static void test_metrics(void **state)
{
    http_reply r;
    char ct[128];
    json_decref(get_json("/api/v1/meetings?limit=1", 200));
    expect_400("/api/v1/meetings?body=XX", "body");
    fetch("GET", "/metrics", NULL, &r);
    assert_int_equal(r.status, 200);
    assert_string_equal(http_header(&r, "Content-Type", ct, sizeof ct), "text/plain; version=0.0.4; charset=utf-8");
    const char *m = sbuf_str(&r.body);
    assert_non_null(strstr(m, "# TYPE csto_http_requests_total counter"));
    assert_non_null(strstr(m, "csto_http_requests_total{route=\"/api/v1/meetings\",code=\"200\"} "));
    assert_non_null(strstr(m, "csto_http_requests_total{route=\"/api/v1/meetings\",code=\"400\"} "));
    assert_non_null(strstr(m, "# TYPE csto_http_request_duration_seconds histogram"));
    assert_non_null(strstr(m, "csto_http_request_duration_seconds_bucket{route=\"/api/v1/meetings\",le=\"+Inf\"} "));
    assert_non_null(strstr(m, "csto_http_request_duration_seconds_count{route=\"/api/v1/meetings\"} "));
    assert_non_null(strstr(m, "csto_snapshot_items{kind=\"meetings\"} 5\n"));
    assert_non_null(strstr(m, "csto_snapshot_items{kind=\"members\"} 6\n"));
    assert_non_null(strstr(m, "csto_snapshot_age_seconds "));
    assert_non_null(strstr(m, "csto_reloads_total{result=\"ok\"} 0\n"));
    assert_non_null(strstr(m, "csto_reloads_total{result=\"failed\"} 0\n"));
    http_reply_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_filters_meetings),
        cmocka_unit_test(test_filters_other_kinds),
        cmocka_unit_test(test_bad_parameters),
        cmocka_unit_test(test_sorting),
        cmocka_unit_test(test_paging_headers),
        cmocka_unit_test(test_fts_in_lists),
        cmocka_unit_test(test_search),
        cmocka_unit_test(test_facets),
        cmocka_unit_test(test_include_and_fields),
        cmocka_unit_test(test_formats),
        cmocka_unit_test(test_csv_whole_set),
        cmocka_unit_test(test_stats),
        cmocka_unit_test(test_year_filters),
        cmocka_unit_test(test_etag_and_last_modified),
        cmocka_unit_test(test_gzip),
        cmocka_unit_test(test_head_everywhere),
        cmocka_unit_test(test_whole_set_streamed),
        cmocka_unit_test(test_cors_and_cache_control),
        cmocka_unit_test(test_openapi),
        cmocka_unit_test(test_metrics),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
