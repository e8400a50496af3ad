/* test_snapshot — the SQLite snapshot without HTTP: list bodies and paging,
 * lookups, malformed models refused with a reason, reference counting, and
 * many threads reading through fewer pooled connections than threads. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "model/fts_stem.h"
#include "model/snapshot.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <unistd.h>
#include <dirent.h>

static json_t *fixture(void)
{
    json_error_t err;
    json_t *m = json_load_file("tests/fixtures/model.json", 0, &err);
    if (!m)
        fprintf(stderr, "fixture: %s\n", err.text);
    assert_non_null(m);
    return m;
}

static void test_kind_names(void **state)
{
    assert_string_equal(snapshot_kind_name(SNAP_MEETINGS), "meetings");
    assert_int_equal(snapshot_kind_from_name("members"), SNAP_MEMBERS);
    assert_int_equal(snapshot_kind_from_name("member"), -1);
    assert_int_equal(snapshot_kind_from_name(NULL), -1);
    assert_null(snapshot_kind_name(SNAP_KIND_COUNT));
}

static void test_list_and_get(void **state)
{
    char err[256] = "";
    json_t *m = fixture();
    snapshot *s = snapshot_new(m, 2, err, sizeof err);
    assert_non_null(s);
    assert_int_equal(snapshot_count(s, SNAP_MEMBERS), 6);
    assert_int_equal(snapshot_count(s, SNAP_MEETINGS), 2);

    sbuf b = {0};
    assert_int_equal(snapshot_list(s, SNAP_MEMBERS, 2, 3, &b), 0);
    json_t *l = json_loads(sbuf_str(&b), 0, NULL);
    assert_non_null(l);
    assert_int_equal(json_integer_value(json_object_get(l, "total")), 6);
    assert_int_equal(json_integer_value(json_object_get(l, "limit")), 2);
    assert_int_equal(json_integer_value(json_object_get(l, "offset")), 3);
    json_t *data = json_object_get(l, "data");
    assert_int_equal(json_array_size(data), 2);
    assert_string_equal(json_string_value(json_object_get(json_array_get(data, 0), "id")), "kyrgyzstan");
    /* the stored item is the model's item */
    assert_true(json_equal(json_array_get(data, 1), json_array_get(json_object_get(m, "members"), 4)));
    json_decref(l);

    sbuf_reset(&b);
    assert_int_equal(snapshot_list(s, SNAP_MEMBERS, 10, 100, &b), 0);
    assert_string_equal(sbuf_str(&b), "{\"data\":[],\"total\":6,\"limit\":10,\"offset\":100}");
    sbuf_reset(&b);
    assert_int_equal(snapshot_list(s, SNAP_MEMBERS, -1, 0, &b), -1);

    sbuf_reset(&b);
    assert_int_equal(snapshot_get(s, SNAP_OFFICIALS, "stanislav-zas", &b), 0);
    json_t *o = json_loads(sbuf_str(&b), 0, NULL);
    assert_true(json_equal(o, json_array_get(json_object_get(m, "officials"), 1)));
    json_decref(o);
    sbuf_reset(&b);
    assert_int_equal(snapshot_get(s, SNAP_MEETINGS, "stanislav-zas", &b), 1);
    assert_int_equal(b.len, 0);
    assert_int_equal(snapshot_get(s, SNAP_MEETINGS, "' OR 1=1 --", &b), 1);

    sbuf_free(&b);
    json_decref(m);
    snapshot_release(s);
}

static void expect_refused(const char *model_json, const char *reason)
{
    char err[256] = "";
    json_t *m = json_loads(model_json, JSON_DECODE_ANY, NULL);
    assert_non_null(m);
    snapshot *s = snapshot_new(m, 1, err, sizeof err);
    if (s || !strstr(err, reason))
        fprintf(stderr, "model %s: err '%s'\n", model_json, err);
    assert_null(s);
    assert_non_null(strstr(err, reason));
    json_decref(m);
}

static void test_malformed(void **state)
{
    expect_refused("[]", "not a JSON object");
    expect_refused("{\"meetings\": {}}", "\"meetings\" is not an array");
    expect_refused("{\"meetings\": [{\"city\": \"Minsk\"}]}", "meetings[0] has no string \"id\"");
    expect_refused("{\"members\": [{\"id\": \"armenia\"}, {\"id\": \"armenia\"}]}",
                   "duplicate members id \"armenia\"");
    /* missing kinds are empty */
    char err[256];
    json_t *m = json_loads("{\"articles\": [{\"id\": \"a\", \"text\": \"x\"}]}", 0, NULL);
    snapshot *s = snapshot_new(m, 1, err, sizeof err);
    assert_non_null(s);
    assert_int_equal(snapshot_count(s, SNAP_MEETINGS), 0);
    assert_int_equal(snapshot_count(s, SNAP_ARTICLES), 1);
    snapshot_release(s);
    json_decref(m);
}

static void test_refcount(void **state)
{
    char err[256];
    json_t *m = fixture();
    snapshot *s = snapshot_new(m, 1, err, sizeof err);
    json_decref(m); /* the snapshot keeps nothing of the model */
    assert_non_null(s);
    snapshot *again = snapshot_acquire(s);
    assert_ptr_equal(again, s);
    snapshot_release(s);
    sbuf b = {0};
    assert_int_equal(snapshot_get(again, SNAP_MEMBERS, "kazakhstan", &b), 0); /* still alive */
    sbuf_free(&b);
    snapshot_release(again); /* freed here; ASan/LSan check the rest */
    snapshot_release(NULL);
}

/* Two snapshots at once live in separate memdb databases. */
static void test_two_snapshots(void **state)
{
    char err[256];
    json_t *m1 = fixture();
    json_t *m2 = json_loads("{\"members\": [{\"id\": \"serbia\"}]}", 0, NULL);
    snapshot *a = snapshot_new(m1, 1, err, sizeof err), *b = snapshot_new(m2, 1, err, sizeof err);
    assert_non_null(a);
    assert_non_null(b);
    sbuf out = {0};
    assert_int_equal(snapshot_get(a, SNAP_MEMBERS, "serbia", &out), 1);
    assert_int_equal(snapshot_get(b, SNAP_MEMBERS, "serbia", &out), 0);
    assert_int_equal(snapshot_count(b, SNAP_MEMBERS), 1);
    sbuf_free(&out);
    snapshot_release(a);
    snapshot_release(b);
    json_decref(m1);
    json_decref(m2);
}

struct worker {
    snapshot *s;
    int bad;
};

static void *reader_thread(void *arg)
{
    struct worker *w = arg;
    sbuf b = {0};
    for (int i = 0; i < 300; i++) {
        sbuf_reset(&b);
        if (i % 2) {
            if (snapshot_get(w->s, SNAP_MEMBERS, i % 3 ? "kazakhstan" : "russia", &b) != 0 ||
                !strstr(sbuf_str(&b), i % 3 ? "\"KZ\"" : "\"RU\""))
                w->bad++;
        } else if (snapshot_list(w->s, SNAP_MEETINGS, 1, i % 4 ? 1 : 0, &b) != 0 ||
                   !strstr(sbuf_str(&b), i % 4 ? "cfm-video" : "csc-astana")) {
            w->bad++;
        }
    }
    sbuf_free(&b);
    return NULL;
}

static void test_concurrent_readers(void **state)
{
    char err[256];
    json_t *m = fixture();
    snapshot *s = snapshot_new(m, 3, err, sizeof err); /* fewer readers than threads */
    json_decref(m);
    assert_non_null(s);
    enum { N = 8 };
    pthread_t t[N];
    struct worker w[N];
    for (int i = 0; i < N; i++) {
        w[i] = (struct worker){snapshot_acquire(s), 0};
        assert_int_equal(pthread_create(&t[i], NULL, reader_thread, &w[i]), 0);
    }
    snapshot_release(s); /* the workers hold the last references */
    int bad = 0;
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        bad += w[i].bad;
        snapshot_release(w[i].s);
    }
    assert_int_equal(bad, 0);
}

/* The search text becomes a safe FTS5 query, or nothing. */
static void test_fts_query(void **state)
{
    const struct {
        const char *in, *out; /* out NULL: refused */
    } cases[] = {
        {"astana", "\"astana\""},
        {"foreign ministers", "\"foreign\" \"ministers\""},
        {"\"foreign ministers\"", "\"foreign ministers\""},
        {"minist*", "\"minist\"*"},
        {"csc OR cfm", "\"csc\" OR \"cfm\""},
        {"OR csc", "\"csc\""},
        {"title:astana", "\"astana\""},
        {"col:", NULL},
        {"a AND b NOT c", "\"a\" \"b\" \"c\""},
        {"NEAR(a b)", "\"a\" \"b\""},
        {"\"unterminated phrase", "\"unterminated phrase\""},
        {"Душанбе", "\"Душанбе\""},
        {"-^+{}()", NULL},
        {"\"", NULL},
        {"\"\"", NULL},
        {"*", NULL},
        {"", NULL},
        {"AND", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        sbuf b = {0};
        int rc = snapshot_fts_query(cases[i].in, &b);
        if (cases[i].out) {
            assert_int_equal(rc, 0);
            assert_string_equal(sbuf_str(&b), cases[i].out);
        } else {
            assert_int_equal(rc, -1);
        }
        sbuf_free(&b);
    }
    char big[600];
    memset(big, 'a', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    sbuf b = {0};
    assert_int_equal(snapshot_fts_query(big, &b), -1);
    sbuf_free(&b);
}

/* Filters, sorting, facets and errors straight on the snapshot. */
/* Search in Russian: a word finds its other forms («заявление»: «заявления»,
 * «заявлением»), highlighted as written; English search is unchanged. */
/* A one-reader snapshot of a model written as JSON text. */
static snapshot *snapshot_of(const char *model)
{
    char err[256] = "";
    json_error_t je;
    json_t *m = json_loads(model, 0, &je);
    assert_non_null(m);
    snapshot *s = snapshot_new(m, 1, err, sizeof err);
    json_decref(m);
    if (!s) print_error("%s\n", err);
    assert_non_null(s);
    return s;
}

static void test_search_russian(void **state) /* and the lang filter */
{
    (void)state;
    snapshot *s = snapshot_of(
        "{\"articles\":[{\"id\":\"r1\",\"title\":\"Итоги\",\"published\":null,\"source\":null,\"url\":null,"
        "\"dateline\":null,\"lang\":\"ru\",\"text\":\"Министры приняли заявлением о границах. Текст заявления опубликован.\"},"
        "{\"id\":\"e1\",\"title\":\"Results\",\"published\":null,\"source\":null,\"url\":null,\"dateline\":null,\"lang\":\"en\","
        "\"text\":\"The ministers adopted statements on the borders.\"}],"
        "\"meetings\":[],\"officials\":[],\"documents\":[],\"members\":[]}");
    sbuf out = {0};
    snap_error e;
    assert_int_equal(snapshot_search(s, "заявление", NULL, 10, 0, &out, &e), 0);
    assert_non_null(strstr(sbuf_str(&out), "\"id\":\"r1\""));
    assert_non_null(strstr(sbuf_str(&out), "<mark>заявлением</mark>"));
    assert_non_null(strstr(sbuf_str(&out), "<mark>заявления</mark>"));
    assert_null(strstr(sbuf_str(&out), "\"id\":\"e1\""));
    sbuf_reset(&out);
    assert_int_equal(snapshot_search(s, "statements", NULL, 10, 0, &out, &e), 0);
    assert_non_null(strstr(sbuf_str(&out), "\"id\":\"e1\""));
    sbuf_reset(&out);
    assert_int_equal(snapshot_search(s, "statement", NULL, 10, 0, &out, &e), 0); /* English: no stemming */
    assert_null(strstr(sbuf_str(&out), "\"id\":\"e1\""));
    sbuf_free(&out);
    /* the lang filter on articles */
    snap_param ru[] = {{"lang", "ru"}};
    snap_query q = {.kind = SNAP_ARTICLES, .filters = ru, .nfilters = 1, .limit = 10};
    snap_result r;
    assert_int_equal(snapshot_query(s, &q, &r, &e), 0);
    assert_int_equal(r.total, 1);
    assert_non_null(strstr(r.docs[0], "\"r1\""));
    snap_result_free(&r);
    snap_param bad[] = {{"lang", "xx"}};
    q.filters = bad;
    assert_int_equal(snapshot_query(s, &q, &r, &e), 1);
    assert_string_equal(e.param, "lang");
    snapshot_release(s);
}

/* Equal scores rank by kind, then id, whatever the order of the model's
 * arrays (rows are stored in id order; the ranking reads no row). */
static void test_search_ties_by_id(void **state)
{
    (void)state;
    snapshot *s = snapshot_of(
        "{\"articles\":[],\"meetings\":[],\"documents\":[],\"members\":[],\"officials\":["
        "{\"id\":\"zz-orlov\",\"name\":\"Zeta Orlov\",\"positions\":[]},"
        "{\"id\":\"aa-orlov\",\"name\":\"Alpha Orlov\",\"positions\":[]},"
        "{\"id\":\"mm-orlov\",\"name\":\"Mu Orlov\",\"positions\":[]}]}");
    sbuf out = {0};
    snap_error e;
    assert_int_equal(snapshot_search(s, "orlov", NULL, 10, 0, &out, &e), 0);
    const char *o = sbuf_str(&out), *a = strstr(o, "\"aa-orlov\""), *mm = strstr(o, "\"mm-orlov\""), *z = strstr(o, "\"zz-orlov\"");
    assert_true(a && mm && z && a < mm && mm < z);
    assert_non_null(strstr(o, "\"title\":\"Alpha Orlov\""));
    sbuf_reset(&out);
    assert_int_equal(snapshot_search(s, "orlov", NULL, 1, 1, &out, &e), 0); /* the second, alone */
    assert_non_null(strstr(sbuf_str(&out), "\"mm-orlov\""));
    assert_null(strstr(sbuf_str(&out), "\"aa-orlov\""));
    /* lists keep the model's order, with q= too: ties of rank in the model's order */
    snap_query q = {.kind = SNAP_OFFICIALS, .limit = 10};
    snap_result r;
    assert_int_equal(snapshot_query(s, &q, &r, &e), 0);
    assert_int_equal(r.ndocs, 3);
    assert_non_null(strstr(r.docs[0], "zz-orlov"));
    snap_result_free(&r);
    q.q = "orlov";
    assert_int_equal(snapshot_query(s, &q, &r, &e), 0);
    assert_int_equal(r.total, 3);
    assert_int_equal(r.ndocs, 3);
    assert_non_null(strstr(r.docs[0], "zz-orlov"));
    assert_non_null(strstr(r.docs[1], "aa-orlov"));
    snap_result_free(&r);
    sbuf_free(&out);
    snapshot_release(s);
}

/* A query's pages after its first are slices of the list ranked for the
 * first (model/ranked.h): every page, of /search and of a list with q=, is
 * the one a snapshot that keeps no list (CSTO_RANK_CACHE_BYTES=0) ranks
 * anew, totals included, whatever order the pages are asked in. */
static char *search_pages(snapshot *s, const char *kinds, const long *offsets, size_t n)
{
    sbuf all = {0}, out = {0};
    snap_error e;
    for (size_t i = 0; i < n; i++) {
        sbuf_reset(&out);
        assert_int_equal(snapshot_search(s, "orlov OR minsk", kinds, 2, offsets[i], &out, &e), 0);
        sbuf_printf(&all, "%s\n", sbuf_str(&out));
        snap_query q = {.kind = SNAP_OFFICIALS, .limit = 2, .offset = offsets[i], .q = "orlov"};
        snap_result r;
        assert_int_equal(snapshot_query(s, &q, &r, &e), 0);
        sbuf_printf(&all, "total %zu:", r.total);
        for (size_t d = 0; d < r.ndocs; d++)
            sbuf_printf(&all, " %s", r.docs[d]);
        sbuf_putc(&all, '\n');
        snap_result_free(&r);
    }
    sbuf_free(&out);
    return sbuf_steal(&all);
}

static void test_search_pages_from_ranked_list(void **state)
{
    (void)state;
    const char *model =
        "{\"articles\":[{\"id\":\"a1\",\"title\":\"Orlov in Minsk\",\"text\":\"Orlov met Orlov's deputy in Minsk.\"}],"
        "\"meetings\":[],\"documents\":[],\"members\":[],\"officials\":["
        "{\"id\":\"o1\",\"name\":\"Ivan Orlov\",\"positions\":[]},{\"id\":\"o2\",\"name\":\"Petr Orlov Orlov\",\"positions\":[]},"
        "{\"id\":\"o3\",\"name\":\"Anna Orlova\",\"positions\":[]},{\"id\":\"o4\",\"name\":\"Oleg Orlov\",\"positions\":[]},"
        "{\"id\":\"o5\",\"name\":\"Minsk Orlov\",\"positions\":[]},{\"id\":\"o6\",\"name\":\"Yuri Orlov\",\"positions\":[]}]}";
    static const long forward[] = {0, 2, 4, 6, 0, 9}, shuffled[] = {4, 0, 6, 2, 9, 0};
    unsetenv("CSTO_RANK_CACHE_BYTES");
    snapshot *kept = snapshot_of(model);
    setenv("CSTO_RANK_CACHE_BYTES", "0", 1);
    snapshot *fresh = snapshot_of(model);
    unsetenv("CSTO_RANK_CACHE_BYTES");
    char *a = search_pages(kept, NULL, forward, 6), *b = search_pages(fresh, NULL, forward, 6);
    assert_string_equal(a, b);
    assert_non_null(strstr(a, "\"total\":6")); /* five officials and the article */
    assert_non_null(strstr(a, "total 5:"));       /* "Orlova" is not "orlov" */
    free(a);
    free(b);
    a = search_pages(kept, "officials,articles", shuffled, 6);
    b = search_pages(fresh, "officials,articles", shuffled, 6);
    assert_string_equal(a, b);
    free(a);
    free(b);
    snapshot_release(kept);
    snapshot_release(fresh);
}

/* Search scores are FTS5's bm25() of each row (csto_rank computes it from
 * the lengths it keeps, not through FTS5's per-row lookups): for one word
 * and for two, from a snapshot in memory and from the same snapshot saved
 * to a file, every score equals what bm25() gives for that row. */
static void check_scores_are_bm25(snapshot *s, sqlite3 *db, const char *q)
{
    sbuf out = {0};
    snap_error e;
    assert_int_equal(snapshot_search(s, q, "articles", 50, 0, &out, &e), 0);
    json_t *res = json_loads(sbuf_str(&out), 0, NULL);
    assert_non_null(res);
    json_t *data = json_object_get(res, "data");
    assert_true(json_array_size(data) >= 3); /* rows of several lengths */
    sqlite3_stmt *st = NULL;
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT -bm25(articles_fts) FROM articles_fts JOIN articles a "
                                            "ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ?1 AND a.id = ?2",
                                        -1, &st, NULL), SQLITE_OK);
    size_t i;
    json_t *hit;
    json_array_foreach(data, i, hit) {
        sqlite3_reset(st);
        sqlite3_bind_text(st, 1, json_string_value(json_object_get(res, "query")), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, json_string_value(json_object_get(hit, "id")), -1, SQLITE_TRANSIENT);
        assert_int_equal(sqlite3_step(st), SQLITE_ROW);
        char want[32], got[32];
        snprintf(want, sizeof want, "%.6g", sqlite3_column_double(st, 0));
        snprintf(got, sizeof got, "%.6g", json_real_value(json_object_get(hit, "score")));
        if (strcmp(want, got) != 0)
            print_error("%s: %s scored %s, bm25 %s\n", q, json_string_value(json_object_get(hit, "id")), got, want);
        assert_string_equal(got, want);
    }
    sqlite3_finalize(st);
    json_decref(res);
    sbuf_free(&out);
}

static void test_search_scores_are_bm25(void **state)
{
    (void)state;
    snapshot *s = snapshot_of(
        "{\"articles\":["
        "{\"id\":\"a1\",\"title\":\"Border talks\",\"text\":\"The ministers met on the border.\"},"
        "{\"id\":\"a2\",\"title\":\"Long report\",\"text\":\"The ministers of six countries met in Minsk for two days "
        "and discussed the border, the exercises, the budget, the secretariat and many other matters at length.\"},"
        "{\"id\":\"a3\",\"title\":\"Ministers\",\"text\":\"Ministers, ministers and again ministers on the border.\"},"
        "{\"id\":\"a4\",\"title\":\"Other\",\"text\":\"Nothing about the matter here.\"},"
        "{\"id\":\"a5\",\"title\":\"Short\",\"text\":\"Border ministers.\"}],"
        "\"meetings\":[],\"officials\":[],\"documents\":[],\"members\":[]}");
    char path[] = "/tmp/csto-test-rank-XXXXXX", err[256] = "";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(snapshot_save(s, path, err, sizeof err), 0);
    snapshot *f = snapshot_open_file(path, 1, err, sizeof err);
    assert_non_null(f);
    sqlite3 *db = NULL;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    assert_int_equal(fts_stem_register(db), 0);
    const char *queries[] = {"ministers", "border", "ministers border", "border ministers", "minist*"};
    for (size_t i = 0; i < sizeof queries / sizeof *queries; i++) {
        check_scores_are_bm25(s, db, queries[i]);
        check_scores_are_bm25(f, db, queries[i]);
    }
    sqlite3_close(db);
    snapshot_release(f);
    snapshot_release(s);
    unlink(path);
}

/* A page of an unfiltered list, sorted or not, is that slice of the whole
 * order, however deep the offset (sort_pos, the ord range, the runs of a
 * first key sorted or walked in the second key's order): the model's order
 * without a sort; with one key, two or three, NULLs last either way and ties
 * by id; a key after id changes nothing.  Meetings with repeated and missing
 * dates and cities, a status in two runs of unequal length and one format
 * for all, in a model whose order is not their ids'. */
static const char *page_city[] = {"Minsk", NULL, "Astana", "Minsk", "Yerevan", NULL, "Astana"};
static const char *page_date[] = {"2021-05-01", "2019-11-30", NULL, "2021-05-01", "2023-11-23"};

static int page_cmp(const char *a, const char *b, int desc)
{
    if (!a || !b)
        return !a && !b ? 0 : !a ? 1 : -1; /* NULLs last */
    return desc ? -strcmp(a, b) : strcmp(a, b);
}

static const char *page_status(int id) { return id % 4 == 1 ? "planned" : "held"; }

/* Meeting id's value of a sort key ("date", "city", "status", "format"). */
static const char *page_value(const char *key, int id)
{
    return strcmp(key, "date") == 0     ? page_date[id % 5]
           : strcmp(key, "city") == 0   ? page_city[id % 7]
           : strcmp(key, "status") == 0 ? page_status(id)
                                        : "in_person";
}

/* The keys of the sort being checked, '-' for descending. */
static const char *page_keys[3];
static int page_nkeys;
static int page_order(const void *x, const void *y)
{
    int a = *(const int *)x, b = *(const int *)y;
    for (int i = 0; i < page_nkeys; i++) {
        const char *key = page_keys[i] + (page_keys[i][0] == '-');
        if (strcmp(key, "id") == 0) /* ids m00..m39 compare as their numbers */
            return page_keys[i][0] == '-' ? b - a : a - b;
        int c = page_cmp(page_value(key, a), page_value(key, b), page_keys[i][0] == '-');
        if (c)
            return c;
    }
    return a - b;
}

/* A snapshot of n meetings m00.. (m000.. from 100) with page_value's
 * status, city and date, in a model order of 7 steps around the ids (not
 * their order), written into model[0..n) when given. */
static snapshot *page_snapshot(int n, int *model)
{
    sbuf m = {0};
    sbuf_puts(&m, "{\"articles\":[],\"officials\":[],\"documents\":[],\"members\":[],\"meetings\":[");
    for (int i = 0; i < n; i++) {
        int id = (i * 7 + 3) % n;
        if (model)
            model[i] = id;
        sbuf_printf(&m, "%s{\"id\":\"m%0*d\",\"bodies\":[\"CFM\"],\"status\":\"%s\",\"format\":\"in_person\"",
                    i ? "," : "", n > 100 ? 3 : 2, id, page_status(id));
        if (page_city[id % 7])
            sbuf_printf(&m, ",\"city\":\"%s\"", page_city[id % 7]);
        if (page_date[id % 5])
            sbuf_printf(&m, ",\"date\":\"%s\"", page_date[id % 5]);
        sbuf_puts(&m, "}");
    }
    sbuf_puts(&m, "]}");
    snapshot *s = snapshot_of(sbuf_str(&m));
    sbuf_free(&m);
    return s;
}

/* Sorts the ids want[0..n) as the sort spec `sort` orders the meetings
 * ("-status,city": page_keys, page_order). */
static void page_sort(const char *sort, int *want, int n)
{
    static char keys[64];
    snprintf(keys, sizeof keys, "%s", sort);
    page_nkeys = 0;
    for (char *k = strtok(keys, ","); k; k = strtok(NULL, ","))
        page_keys[page_nkeys++] = k;
    qsort(want, (size_t)n, sizeof *want, page_order);
}

/* Asks q of s and checks the answer is the page [q->offset, q->offset +
 * q->limit) of want[0..nwant): the total, the number of items and each
 * item's id (m and `width` digits); `what` names the case in a failure. */
static void assert_page(snapshot *s, const snap_query *q, const int *want, int nwant, int width, const char *what)
{
    snap_result r;
    snap_error e;
    assert_int_equal(snapshot_query(s, q, &r, &e), 0);
    assert_int_equal(r.total, nwant);
    long left = nwant - q->offset > 0 ? nwant - q->offset : 0;
    assert_int_equal(r.ndocs, q->limit < 0 || q->limit > left ? left : q->limit);
    for (size_t i = 0; i < r.ndocs; i++) {
        char id[16];
        snprintf(id, sizeof id, "\"id\":\"m%0*d\"", width, want[q->offset + (long)i]);
        if (!strstr(r.docs[i], id))
            print_error("%s offset %ld: row %zu is %.40s, not %s\n", what, q->offset, i, r.docs[i], id);
        assert_non_null(strstr(r.docs[i], id));
    }
    snap_result_free(&r);
}

static void test_pages_of_whole_order(void **state)
{
    (void)state;
    enum { N = 40 };
    int model[N];
    snapshot *s = page_snapshot(N, model);
    const char *sorts[] = {NULL, "date", "-date", "city", "-city", "id", "-id",
                           "city,date", "city,-date", "-city,date", "-city,-date", "date,city", "-date,-city",
                           "status,date", "-status,-city", "status,-id", "format,-date", "-format,city",
                           "status,city,-date", "-format,status,date", "date,id", "-date,-id", "id,date",
                           "-id,city,status"};
    const long offsets[] = {0, 1, 13, N - 3, N - 1, N, N + 5}, limits[] = {1, 5, 100, -1};
    /* twice: the second pass reads through statements the reader kept
     * prepared with other offsets bound */
    for (int pass = 0; pass < 2; pass++)
    for (size_t si = 0; si < sizeof sorts / sizeof *sorts; si++) {
        int want[N];
        memcpy(want, model, sizeof want);
        if (sorts[si]) {
            for (int i = 0; i < N; i++)
                want[i] = i;
            page_sort(sorts[si], want, N);
        }
        /* and with a filter every meeting passes (format=in_person): it filters nothing */
        snap_param all[] = {{"format", "in_person"}};
        for (size_t oi = 0; oi < 2 * sizeof offsets / sizeof *offsets; oi++)
            for (size_t li = 0; li < sizeof limits / sizeof *limits; li++) {
                int keep_all = oi >= sizeof offsets / sizeof *offsets;
                size_t oj = keep_all ? oi - sizeof offsets / sizeof *offsets : oi;
                snap_query q = {.kind = SNAP_MEETINGS, .sort = sorts[si], .limit = limits[li], .offset = offsets[oj],
                                .filters = keep_all ? all : NULL, .nfilters = keep_all ? 1 : 0};
                assert_page(s, &q, want, N, 2, sorts[si] ? sorts[si] : "-");
            }
    }
    snapshot_release(s);
}

/* A list's full-text query alone (meetings?q=minsk) ranks its matches with
 * ties in the model's order, at any offset and a second time (from the
 * ranked list kept), also for a kind whose model order is not its ids'
 * (meetings sorted by date, say): equal scores here, so the page is the
 * slice of the matches in the model's order. */
static void test_q_list_ties_in_model_order(void **state)
{
    (void)state;
    enum { N = 30 };
    sbuf m = {0};
    sbuf_puts(&m, "{\"articles\":[],\"officials\":[],\"documents\":[],\"members\":[],\"meetings\":[");
    int want[N], nwant = 0;
    for (int i = 0; i < N; i++) {
        int id = (i * 7 + 3) % N;
        int minsk = id % 3 != 0;
        if (minsk)
            want[nwant++] = id;
        sbuf_printf(&m, "%s{\"id\":\"m%02d\",\"bodies\":[\"CFM\"],\"city\":\"%s\"}", i ? "," : "", id,
                    minsk ? "Minsk" : "Astana");
    }
    sbuf_puts(&m, "]}");
    snapshot *s = snapshot_of(sbuf_str(&m));
    sbuf_free(&m);
    const long offsets[] = {0, 3, 11, 19, 25}, limits[] = {5, -1};
    for (int pass = 0; pass < 2; pass++)
        for (size_t oi = 0; oi < sizeof offsets / sizeof *offsets; oi++)
            for (size_t li = 0; li < sizeof limits / sizeof *limits; li++) {
                snap_query q = {.kind = SNAP_MEETINGS, .limit = limits[li], .offset = offsets[oi], .q = "minsk"};
                assert_page(s, &q, want, nwant, 2, pass ? "q=minsk, second pass," : "q=minsk");
            }
    snapshot_release(s);
}

/* A page of a filtered list sorted on two keys, the first with runs long
 * enough for sort_pair (status: 120 of 160 meetings held), is the slice of
 * the kept rows in that order, whether the page is read by walking the
 * pair's order and testing each row (the filter keeps most rows) or by
 * sorting the matches (it keeps few: city=Yerevan). */
static int keeps_not_yerevan(int id) { return !page_city[id % 7] || strcmp(page_city[id % 7], "Yerevan") != 0; }
static int keeps_yerevan(int id) { return !keeps_not_yerevan(id); }

/* One filter of 160 meetings (page_snapshot) and the ids it keeps. */
struct page_filter {
    snap_param f;
    int (*keeps)(int);
};

/* Checks every page (offsets x limits) of each filter sorted each way
 * against the kept ids sorted in C (page_sort). */
static void assert_filtered_sorts(const struct page_filter *filters, size_t nf, const char *const *sorts, size_t ns,
                                  const long *offsets, size_t no)
{
    enum { N = 160 };
    snapshot *s = page_snapshot(N, NULL);
    const long limits[] = {10, -1};
    for (size_t fi = 0; fi < nf; fi++)
        for (size_t si = 0; si < ns; si++) {
            int want[N], nwant = 0;
            for (int id = 0; id < N; id++)
                if (filters[fi].keeps(id))
                    want[nwant++] = id;
            page_sort(sorts[si], want, nwant);
            char what[96];
            snprintf(what, sizeof what, "%s=%s, sort %s", filters[fi].f.name, filters[fi].f.value, sorts[si]);
            for (size_t oi = 0; oi < no; oi++)
                for (size_t li = 0; li < sizeof limits / sizeof *limits; li++) {
                    snap_query q = {.kind = SNAP_MEETINGS, .sort = sorts[si], .limit = limits[li],
                                    .offset = offsets[oi], .filters = &filters[fi].f, .nfilters = 1};
                    assert_page(s, &q, want, nwant, 3, what);
                }
        }
    snapshot_release(s);
}

static void test_pages_of_filtered_pairs(void **state)
{
    (void)state;
    const char *sorts[] = {"status,city", "-status,-city", "status,-date", "-status,date", "status,id", "-status,-id"};
    const struct page_filter filters[] = {{{"city__ne", "Yerevan"}, keeps_not_yerevan},
                                          {{"city", "Yerevan"}, keeps_yerevan}};
    const long offsets[] = {0, 3, 40, 100, 130};
    assert_filtered_sorts(filters, 2, sorts, sizeof sorts / sizeof *sorts, offsets, sizeof offsets / sizeof *offsets);
}

/* A sort key that the filter pins to one value is left out of the order
 * (status=held: "status,city" is the order "city"); the pages are still
 * the kept rows in the order asked, and a filter with two values
 * (status=held,planned) pins nothing: status still sorts them. */
static int keeps_held(int id) { return strcmp(page_status(id), "held") == 0; }
static int keeps_all(int id) { (void)id; return 1; }

static void test_pages_of_pinned_keys(void **state)
{
    (void)state;
    const char *sorts[] = {"status,city", "-status,-city", "-city,status", "status,-date,city", "status",
                           "status,id", "-date,-status"};
    const struct page_filter filters[] = {{{"status", "held"}, keeps_held}, {{"status", "held,planned"}, keeps_all}};
    const long offsets[] = {0, 7, 60, 115};
    assert_filtered_sorts(filters, 2, sorts, sizeof sorts / sizeof *sorts, offsets, sizeof offsets / sizeof *offsets);
}

/* The rows of item i (in the model's order) that a filter keeps, for
 * test_pages_of_one_filter. */
typedef int keeps_fn(int i);
static int keeps_minsk(int i) { int id = (i * 7 + 3) % 40; return page_city[id % 7] && strcmp(page_city[id % 7], "Minsk") == 0; }
static int keeps_planned(int i) { return strcmp(page_status((i * 7 + 3) % 40), "planned") == 0; }
static int keeps_cdm(int i) { return (i * 7 + 3) % 40 % 3 == 0; }
static int keeps_minister(int i) { return i % 3 != 2; }
static int keeps_two_meetings(int i) { return i % 5 >= 2; }
static int keeps_two_exactly(int i) { return i % 5 == 2; }
static const char *const page_names[] = {"Anna Kovaleva", "Oleg Ivanov", "Олег Иванов", "Kim_Lee"};
static int keeps_an(int i) { return i % 4 < 2; }
static int keeps_ivanov(int i) { return i % 4 == 1; }
static int keeps_cyrillic(int i) { return i % 4 == 2; }
static int keeps_underscore(int i) { return i % 4 == 3; }
static int keeps_none(int i) { (void)i; return 0; }

/* A page of a list with one filter of one value, at any offset, is the
 * slice of the items it keeps in the model's order: whether the page is
 * read from the rows kept per value (a vocabulary, a text ignoring case, a
 * set of bodies, an official's count of meetings, a substring of the
 * titles, where two titles that hold it count the official once, a
 * substring of the names read through their pairs of bytes: ASCII case
 * folded, '_' a letter, a pair no name holds) or by another plan (the
 * same filters sorted by id). */
static void test_pages_of_one_filter(void **state)
{
    (void)state;
    enum { N = 40 };
    sbuf m = {0};
    sbuf_puts(&m, "{\"articles\":[],\"documents\":[],\"members\":[],\"meetings\":[");
    for (int i = 0; i < N; i++) { /* the model's order: 7 steps around the ids */
        int id = (i * 7 + 3) % N;
        sbuf_printf(&m, "%s{\"id\":\"m%02d\",\"bodies\":[\"CFM\"%s],\"status\":\"%s\",\"format\":\"in_person\"",
                    i ? "," : "", id, id % 3 == 0 ? ",\"CDM\"" : "", page_status(id));
        if (page_city[id % 7]) /* "Minsk" in two spellings */
            sbuf_printf(&m, ",\"city\":\"%s\"", id % 2 && strcmp(page_city[id % 7], "Minsk") == 0 ? "MINSK"
                                                                                                  : page_city[id % 7]);
        sbuf_puts(&m, "}");
    }
    sbuf_puts(&m, "],\"officials\":[");
    for (int i = 0; i < N; i++) { /* o00..o39 in the model's order; every third with no minister, every
                                   * other minister a minister twice over; i % 5 meetings */
        sbuf_printf(&m, "%s{\"id\":\"o%02d\",\"name\":\"%s\",\"positions\":[{\"title\":\"%s\"}%s],\"meetings\":[",
                    i ? "," : "", i, page_names[i % 4], i % 3 == 2 ? "Speaker" : "Minister of Defence",
                    i % 3 == 0 ? ",{\"title\":\"Deputy Prime Minister\"}" : "");
        for (int j = 0; j < i % 5; j++)
            sbuf_printf(&m, "%s\"m%02d\"", j ? "," : "", j);
        sbuf_puts(&m, "]}");
    }
    sbuf_puts(&m, "]}");
    snapshot *s = snapshot_of(sbuf_str(&m));
    sbuf_free(&m);
    struct { snap_kind k; const char *name, *value; keeps_fn *keeps; char prefix; } cases[] = {
        {SNAP_MEETINGS, "city", "minsk", keeps_minsk, 'm'},     {SNAP_MEETINGS, "status", "planned", keeps_planned, 'm'},
        {SNAP_MEETINGS, "body", "CDM", keeps_cdm, 'm'},         {SNAP_OFFICIALS, "title", "MINISTER", keeps_minister, 'o'},
        {SNAP_OFFICIALS, "title__contains", "minister", keeps_minister, 'o'},
        {SNAP_OFFICIALS, "meetings__gte", "2", keeps_two_meetings, 'o'},
        {SNAP_OFFICIALS, "meetings", "2", keeps_two_exactly, 'o'},
        {SNAP_OFFICIALS, "name__contains", "an", keeps_an, 'o'},
        {SNAP_OFFICIALS, "name", "A", keeps_an, 'o'},
        {SNAP_OFFICIALS, "name__contains", "IVANOV", keeps_ivanov, 'o'},
        {SNAP_OFFICIALS, "name", "г Ива", keeps_cyrillic, 'o'},
        {SNAP_OFFICIALS, "name", "m_l", keeps_underscore, 'o'},
        {SNAP_OFFICIALS, "name", "mxl", keeps_none, 'o'},
        {SNAP_OFFICIALS, "name", "qq", keeps_none, 'o'},
    };
    const long offsets[] = {0, 1, 4, 9, 30}, limits[] = {1, 3, 100, -1};
    for (size_t ci = 0; ci < sizeof cases / sizeof *cases; ci++) {
        char want[N][8];
        int nwant = 0;
        for (int i = 0; i < N; i++)
            if (cases[ci].keeps(i))
                snprintf(want[nwant++], sizeof want[0], "%c%02d", cases[ci].prefix,
                         cases[ci].prefix == 'm' ? (i * 7 + 3) % N : i);
        for (int sorted = 0; sorted < 2; sorted++)
            for (size_t oi = 0; oi < sizeof offsets / sizeof *offsets; oi++)
                for (size_t li = 0; li < sizeof limits / sizeof *limits; li++) {
                    snap_param f[] = {{cases[ci].name, cases[ci].value}};
                    snap_query q = {.kind = cases[ci].k, .filters = f, .nfilters = 1, .limit = limits[li],
                                    .offset = offsets[oi], .sort = sorted ? "id" : NULL};
                    snap_result r;
                    snap_error e;
                    assert_int_equal(snapshot_query(s, &q, &r, &e), 0);
                    assert_int_equal(r.total, nwant);
                    long left = nwant - offsets[oi] > 0 ? nwant - offsets[oi] : 0;
                    assert_int_equal(r.ndocs, limits[li] < 0 || limits[li] > left ? left : limits[li]);
                    for (size_t i = 0; i < r.ndocs; i++) {
                        char id[16];
                        /* sorted by id, the kept ids in order: the model's order of the officials, and
                         * the meetings' ids sorted */
                        const char *w = want[offsets[oi] + (long)i];
                        char sw[N][8];
                        if (sorted) {
                            memcpy(sw, want, sizeof sw);
                            qsort(sw, (size_t)nwant, sizeof sw[0], (int (*)(const void *, const void *))strcmp);
                            w = sw[offsets[oi] + (long)i];
                        }
                        snprintf(id, sizeof id, "\"id\":\"%s\"", w);
                        if (!strstr(r.docs[i], id))
                            print_error("%s=%s%s offset %ld: row %zu is %.40s, not %s\n", cases[ci].name,
                                        cases[ci].value, sorted ? " sorted" : "", offsets[oi], i, r.docs[i], id);
                        assert_non_null(strstr(r.docs[i], id));
                    }
                    snap_result_free(&r);
                }
    }
    snapshot_release(s);
}

/* name__contains is a substring ignoring ASCII case: the value's '%', '_'
 * and '\\' are letters, not wildcards or an escape. */
static void test_contains_is_literal(void **state)
{
    (void)state;
    snapshot *s = snapshot_of(
        "{\"articles\":[],\"meetings\":[],\"documents\":[],\"members\":[],\"officials\":["
        "{\"id\":\"o1\",\"name\":\"Ann_Lee\",\"positions\":[]},"
        "{\"id\":\"o2\",\"name\":\"AnnXLee\",\"positions\":[]},"
        "{\"id\":\"o3\",\"name\":\"Fifty% Orlov\",\"positions\":[]},"
        "{\"id\":\"o4\",\"name\":\"Back\\\\slash\",\"positions\":[]}]}");
    struct { const char *value; int total; const char *first; } cases[] = {
        {"n_L", 1, "o1"}, {"ANN", 2, "o1"}, {"%", 1, "o3"}, {"y% o", 1, "o3"}, {"\\", 1, "o4"},
        {"k\\s", 1, "o4"}, {"_", 1, "o1"}, {"x", 1, "o2"}, {"zz", 0, NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        snap_param f[] = {{"name__contains", cases[i].value}};
        snap_query q = {.kind = SNAP_OFFICIALS, .filters = f, .nfilters = 1, .limit = 10};
        snap_result r;
        snap_error e;
        assert_int_equal(snapshot_query(s, &q, &r, &e), 0);
        if ((int)r.total != cases[i].total)
            print_error("name__contains=%s: %zu rows\n", cases[i].value, r.total);
        assert_int_equal(r.total, cases[i].total);
        if (cases[i].first) {
            char id[16];
            snprintf(id, sizeof id, "\"id\":\"%s\"", cases[i].first);
            assert_non_null(strstr(r.docs[0], id));
        }
        snap_result_free(&r);
    }
    snapshot_release(s);
}

/* One filter name=value on kind k: its facet `facet` is want (a JSON array). */
static void expect_facet(snapshot *s, snap_kind k, const char *name, const char *value, const char *facet, const char *want)
{
    snap_param f[] = {{name, value}};
    const char *names[] = {facet};
    snap_query q = {.kind = k, .filters = f, .nfilters = 1, .limit = 0, .facets = names, .nfacets = 1};
    snap_result r;
    snap_error e;
    assert_int_equal(snapshot_query(s, &q, &r, &e), 0);
    char w[512];
    snprintf(w, sizeof w, "{\"%s\":%s}", facet, want);
    if (strcmp(sbuf_str(&r.facets), w) != 0) print_error("%s=%s facet %s: %s\n", name, value, facet, sbuf_str(&r.facets));
    assert_string_equal(sbuf_str(&r.facets), w);
    snap_result_free(&r);
}

/* One filter name=value on kind k selects `total` items, every one on a page of 10. */
static void expect_total(snapshot *s, snap_kind k, const char *name, const char *value, size_t total)
{
    snap_param f[] = {{name, value}};
    snap_query q = {.kind = k, .filters = f, .nfilters = 1, .limit = 10};
    snap_result r;
    snap_error e;
    assert_int_equal(snapshot_query(s, &q, &r, &e), 0);
    if (r.total != total || r.ndocs != total) print_error("%s=%s: total %zu, %zu rows\n", name, value, r.total, r.ndocs);
    assert_int_equal(r.total, total);
    assert_int_equal(r.ndocs, total);
    snap_result_free(&r);
}

/* The total of a list with one equality filter (or its __ne) is the number
 * of items it selects, and its facets count those items, whether read from
 * the counts kept per value (and pair of values) or counted: text ignoring
 * ASCII case, NULLs kept by __ne, an item with two of the values named
 * once. */
static void test_filter_totals(void **state)
{
    (void)state;
    snapshot *s = snapshot_of(
        "{\"articles\":[],\"officials\":[],\"documents\":[],\"members\":[],\"meetings\":["
        "{\"id\":\"m1\",\"bodies\":[\"CFM\",\"CDM\"],\"city\":\"Minsk\",\"country\":\"belarus\",\"status\":\"held\"},"
        "{\"id\":\"m2\",\"bodies\":[\"CFM\"],\"city\":\"minsk\",\"country\":\"belarus\",\"status\":\"planned\"},"
        "{\"id\":\"m3\",\"bodies\":[\"CSC\"],\"status\":\"held\"},"
        "{\"id\":\"m4\",\"bodies\":[],\"city\":\"Astana\",\"country\":\"kazakhstan\",\"status\":\"held\"}]}");
    struct { const char *name, *value; size_t total; } cases[] = {
        {"city", "Minsk", 2}, {"city", "MINSK,minsk", 2}, {"city__ne", "minsk", 2}, {"city", "Minsk,Astana", 3},
        {"city", "Paris", 0}, {"city__ne", "Paris", 4}, {"body", "CFM", 2}, {"body", "CFM,CDM", 2},
        {"body", "CFM,CSC", 3}, {"body__ne", "CFM", 2}, {"body__ne", "CFM,CSC", 1}, {"status", "held", 3},
        {"status__ne", "held", 1}, {"country", "BELARUS", 2}, {"member", "belarus", 2}, {"member__ne", "Belarus", 2},
        {"member", "belarus,kazakhstan", 3},
    };
    /* and the facets of such a list, counted over the items it selects */
    struct { const char *name, *value, *facet, *want; } facets[] = {
        {"status", "held", "body", "[{\"value\":\"CDM\",\"count\":1},{\"value\":\"CFM\",\"count\":1},"
                                   "{\"value\":\"CSC\",\"count\":1}]"},
        {"status", "held", "city", "[{\"value\":\"Astana\",\"count\":1},{\"value\":\"Minsk\",\"count\":1},"
                                   "{\"value\":null,\"count\":1}]"},
        {"city__ne", "minsk", "status", "[{\"value\":\"held\",\"count\":2}]"},
        {"body", "CFM", "city", "[{\"value\":\"Minsk\",\"count\":1},{\"value\":\"minsk\",\"count\":1}]"},
        {"body", "CFM", "body", "[{\"value\":\"CFM\",\"count\":2},{\"value\":\"CDM\",\"count\":1}]"},
        {"body", "CFM,CSC", "body", "[{\"value\":\"CFM\",\"count\":2},{\"value\":\"CDM\",\"count\":1},"
                                    "{\"value\":\"CSC\",\"count\":1}]"},
        {"body__ne", "CFM", "body", "[{\"value\":\"CSC\",\"count\":1}]"},
        {"city", "Minsk,Astana", "country", "[{\"value\":\"belarus\",\"count\":2},{\"value\":\"kazakhstan\",\"count\":1}]"},
        {"city", "Minsk,Astana", "status", "[{\"value\":\"held\",\"count\":2},{\"value\":\"planned\",\"count\":1}]"},
        {"member", "belarus", "status", "[{\"value\":\"held\",\"count\":1},{\"value\":\"planned\",\"count\":1}]"},
    };
    for (size_t i = 0; i < sizeof facets / sizeof *facets; i++)
        expect_facet(s, SNAP_MEETINGS, facets[i].name, facets[i].value, facets[i].facet, facets[i].want);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        expect_total(s, SNAP_MEETINGS, cases[i].name, cases[i].value, cases[i].total);
    snapshot_release(s);
}

/* An official's facets count officials, not positions, however the list is
 * filtered: two positions with one country count the official once, a
 * position with no org is the null value, an official with no position is
 * in no value; the same for a meeting's bodies.  A filter no count is kept
 * for (name__contains) makes them counted over the sets of the matches;
 * filters on the sets alone, summed over the sets' sizes. */
static void test_set_facets(void **state)
{
    (void)state;
    snapshot *s = snapshot_of(
        "{\"articles\":[],\"documents\":[],\"members\":[],\"officials\":["
        "{\"id\":\"o1\",\"name\":\"Ivan Orlov\",\"positions\":[{\"title\":\"Minister\",\"country\":\"russia\"},"
        "{\"title\":\"Deputy Prime Minister\",\"country\":\"russia\"}]},"
        "{\"id\":\"o2\",\"name\":\"Petr Orlov\",\"positions\":[{\"title\":\"Minister\",\"country\":\"belarus\"}]},"
        "{\"id\":\"o3\",\"name\":\"Anna Orlova\",\"positions\":[{\"title\":\"Secretary General\",\"org\":\"CSTO\"}]},"
        "{\"id\":\"o4\",\"name\":\"Oleg Orlov\",\"positions\":[]},"
        "{\"id\":\"o5\",\"name\":\"Sergei Smirnov\",\"positions\":[{\"title\":\"Minister\",\"country\":\"russia\"}]}],"
        "\"meetings\":[{\"id\":\"m1\",\"bodies\":[\"CFM\",\"CDM\"],\"city\":\"Minsk\"},"
        "{\"id\":\"m2\",\"bodies\":[\"CFM\"],\"city\":\"Minsk\"},{\"id\":\"m3\",\"bodies\":[\"CSC\"],\"city\":\"Astana\"},"
        "{\"id\":\"m4\",\"bodies\":[],\"city\":\"Minsk\"}]}");
    struct { snap_kind kind; const char *name, *value, *facet, *want; } cases[] = {
        {SNAP_OFFICIALS, "name__contains", "orlov", "country",
         "[{\"value\":\"belarus\",\"count\":1},{\"value\":\"russia\",\"count\":1},{\"value\":null,\"count\":1}]"},
        {SNAP_OFFICIALS, "name__contains", "orlov", "title",
         "[{\"value\":\"Minister\",\"count\":2},{\"value\":\"Deputy Prime Minister\",\"count\":1},"
         "{\"value\":\"Secretary General\",\"count\":1}]"},
        {SNAP_OFFICIALS, "name__contains", "o", "org", "[{\"value\":null,\"count\":3},{\"value\":\"CSTO\",\"count\":1}]"},
        {SNAP_OFFICIALS, "name__contains", "smirnov", "country", "[{\"value\":\"russia\",\"count\":1}]"},
        {SNAP_OFFICIALS, "name__contains", "nobody", "country", "[]"},
        {SNAP_MEETINGS, "city__contains", "MINSK", "body",
         "[{\"value\":\"CFM\",\"count\":2},{\"value\":\"CDM\",\"count\":1}]"},
        /* filters on the sets alone: the total and the facets are sums over set sizes */
        {SNAP_OFFICIALS, "title", "minister", "country",
         "[{\"value\":\"russia\",\"count\":2},{\"value\":\"belarus\",\"count\":1}]"},
        {SNAP_OFFICIALS, "title", "minister", "title",
         "[{\"value\":\"Minister\",\"count\":3},{\"value\":\"Deputy Prime Minister\",\"count\":1}]"},
        {SNAP_OFFICIALS, "country", "russia,belarus", "title",
         "[{\"value\":\"Minister\",\"count\":3},{\"value\":\"Deputy Prime Minister\",\"count\":1}]"},
        {SNAP_OFFICIALS, "country__ne", "russia", "org", "[{\"value\":\"CSTO\",\"count\":1},{\"value\":null,\"count\":1}]"},
        {SNAP_MEETINGS, "body", "CFM,CSC", "body",
         "[{\"value\":\"CFM\",\"count\":2},{\"value\":\"CDM\",\"count\":1},{\"value\":\"CSC\",\"count\":1}]"},
    };
    /* and the totals of such lists */
    struct { snap_kind kind; const char *name, *value; size_t total; } totals[] = {
        {SNAP_OFFICIALS, "title", "minister", 3}, {SNAP_OFFICIALS, "country", "russia,belarus", 3},
        {SNAP_OFFICIALS, "country__ne", "russia", 3}, {SNAP_OFFICIALS, "title__contains", "general", 1},
        {SNAP_MEETINGS, "body", "CFM,CSC", 3}, {SNAP_MEETINGS, "body__ne", "CFM,CDM", 2},
    };
    for (size_t i = 0; i < sizeof totals / sizeof *totals; i++)
        expect_total(s, totals[i].kind, totals[i].name, totals[i].value, totals[i].total);
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        expect_facet(s, cases[i].kind, cases[i].name, cases[i].value, cases[i].facet, cases[i].want);
    snapshot_release(s);
}

/* The total and the facets of a list filtered by dates alone are those of
 * the items the filters keep, dates compared at the precision both have: a
 * meeting dated by a year alone passes from=2019-04 and date=2019-03 (sums
 * over periods, stats_cube), and one with no date passes no date filter. */
static void test_date_totals_and_facets(void **state)
{
    (void)state;
    snapshot *s = snapshot_of(
        "{\"articles\":[],\"officials\":[],\"documents\":[],\"members\":[],\"meetings\":["
        "{\"id\":\"m1\",\"bodies\":[\"CFM\"],\"date\":\"2019\",\"status\":\"held\"},"
        "{\"id\":\"m2\",\"bodies\":[\"CFM\",\"CDM\"],\"date\":\"2019-03\",\"status\":\"held\"},"
        "{\"id\":\"m3\",\"bodies\":[\"CSC\"],\"date\":\"2019-03-15\",\"status\":\"planned\"},"
        "{\"id\":\"m4\",\"bodies\":[\"CFM\"],\"date\":\"2020-01-10\",\"status\":\"held\"},"
        "{\"id\":\"m5\",\"bodies\":[\"CFM\"],\"status\":\"held\"},"
        "{\"id\":\"m6\",\"bodies\":[\"CSC\"],\"date\":\"2018-12\",\"status\":\"held\"}]}");
    struct {
        const char *n1, *v1, *n2, *v2, *facet;
        size_t total;
        const char *want;
    } cases[] = {
        {"from", "2019", NULL, NULL, "year", 4, "[{\"value\":\"2019\",\"count\":3},{\"value\":\"2020\",\"count\":1}]"},
        {"from", "2019-03", NULL, NULL, "status", 4,
         "[{\"value\":\"held\",\"count\":3},{\"value\":\"planned\",\"count\":1}]"},
        {"from", "2019-04", NULL, NULL, "body", 2, "[{\"value\":\"CFM\",\"count\":2}]"},
        {"to", "2019-02", NULL, NULL, "year", 2, "[{\"value\":\"2018\",\"count\":1},{\"value\":\"2019\",\"count\":1}]"},
        {"date", "2019-03", NULL, NULL, "status", 3,
         "[{\"value\":\"held\",\"count\":2},{\"value\":\"planned\",\"count\":1}]"},
        {"date__gt", "2019", NULL, NULL, "year", 1, "[{\"value\":\"2020\",\"count\":1}]"},
        {"date__lt", "2019-03", "date__gte", "2019", "body", 0, "[]"},
        {"from", "2018-12", "to", "2019-03", "body", 4,
         "[{\"value\":\"CFM\",\"count\":2},{\"value\":\"CSC\",\"count\":2},{\"value\":\"CDM\",\"count\":1}]"},
        {"date", "2019-03-15", NULL, NULL, "status", 3,
         "[{\"value\":\"held\",\"count\":2},{\"value\":\"planned\",\"count\":1}]"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        snap_param f[] = {{cases[i].n1, cases[i].v1}, {cases[i].n2, cases[i].v2}};
        const char *names[] = {cases[i].facet};
        snap_query q = {.kind = SNAP_MEETINGS, .filters = f, .nfilters = cases[i].n2 ? 2 : 1, .limit = 10,
                        .facets = names, .nfacets = 1};
        snap_result r;
        snap_error e;
        assert_int_equal(snapshot_query(s, &q, &r, &e), 0);
        char want[512];
        snprintf(want, sizeof want, "{\"%s\":%s}", cases[i].facet, cases[i].want);
        if (r.total != cases[i].total || r.ndocs != cases[i].total || strcmp(sbuf_str(&r.facets), want) != 0)
            print_error("%s=%s%s%s: total %zu, %zu rows, facets %s\n", cases[i].n1, cases[i].v1,
                        cases[i].n2 ? " and " : "", cases[i].n2 ? cases[i].n2 : "", r.total, r.ndocs,
                        sbuf_str(&r.facets));
        assert_int_equal(r.total, cases[i].total);
        assert_int_equal(r.ndocs, cases[i].total);
        assert_string_equal(sbuf_str(&r.facets), want);
        snap_result_free(&r);
    }
    snapshot_release(s);
}

/* Officials filter by their positions as sets (officials.psid): any
 * position may match, two filters may match different positions, an
 * official with no position is kept by __ne and by title__isnull=true, and
 * two officials holding the same positions share a set. */
static void test_position_filters(void **state)
{
    (void)state;
    snapshot *s = snapshot_of(
        "{\"articles\":[],\"meetings\":[],\"documents\":[],\"members\":[],\"officials\":["
        "{\"id\":\"o1\",\"name\":\"A\",\"positions\":[{\"title\":\"Minister of Foreign Affairs\",\"country\":\"russia\"},"
        "{\"title\":\"President\",\"country\":\"russia\"}]},"
        "{\"id\":\"o2\",\"name\":\"B\",\"positions\":[{\"title\":\"Minister of Defence\",\"country\":\"armenia\"}]},"
        "{\"id\":\"o3\",\"name\":\"C\",\"positions\":[]},"
        "{\"id\":\"o4\",\"name\":\"D\",\"positions\":[{\"title\":\"Secretary General\",\"org\":\"CSTO\"}]},"
        "{\"id\":\"o5\",\"name\":\"E\",\"positions\":[{\"title\":\"Minister of Foreign Affairs\",\"country\":\"russia\"}]},"
        "{\"id\":\"o6\",\"name\":\"F\",\"positions\":[{\"title\":\"Minister of Defence\",\"country\":\"armenia\"}]}]}");
    struct { const char *n1, *v1, *n2, *v2, *want; } cases[] = {
        {"title", "minister", NULL, NULL, "o1 o2 o5 o6"},
        {"title__ne", "minister", NULL, NULL, "o3 o4"},
        {"country", "RUSSIA", NULL, NULL, "o1 o5"},
        {"country__ne", "russia", NULL, NULL, "o2 o3 o4 o6"},
        {"title", "president", "country", "russia", "o1"},
        {"title", "defence", "country__ne", "armenia", ""},
        {"org", "csto", NULL, NULL, "o4"},
        {"title__isnull", "true", NULL, NULL, "o3"},
        {"country", "armenia,russia", "title__ne", "president", "o2 o5 o6"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        snap_param f[] = {{cases[i].n1, cases[i].v1}, {cases[i].n2, cases[i].v2}};
        for (int sorted = 0; sorted < 2; sorted++) { /* the plan that reads the sets, and the one that walks */
            snap_query q = {.kind = SNAP_OFFICIALS, .filters = f, .nfilters = cases[i].n2 ? 2 : 1, .limit = 10,
                            .sort = sorted ? "name" : NULL};
            snap_result r;
            snap_error e;
            assert_int_equal(snapshot_query(s, &q, &r, &e), 0);
            char got[64] = "";
            for (size_t j = 0; j < r.ndocs; j++) {
                const char *id = strstr(r.docs[j], "\"id\":\"");
                snprintf(got + strlen(got), sizeof got - strlen(got), "%s%.2s", j ? " " : "", id ? id + 6 : "??");
            }
            if (strcmp(got, cases[i].want) != 0 || r.total != r.ndocs)
                print_error("%s=%s %s%s: got \"%s\" (total %zu)\n", cases[i].n1, cases[i].v1,
                            cases[i].n2 ? cases[i].n2 : "", sorted ? " sorted" : "", got, r.total);
            assert_string_equal(got, cases[i].want);
            assert_int_equal(r.total, r.ndocs);
            snap_result_free(&r);
        }
    }
    snapshot_release(s);
}

static void test_query(void **state)
{
    char err[256] = "";
    json_t *m = fixture();
    snapshot *s = snapshot_new(m, 1, err, sizeof err);
    json_decref(m);
    assert_non_null(s);
    snap_result r;
    snap_error e;

    snap_param body[] = {{"body", "cfm,CSC"}};
    const char *facets[] = {"body", "year"};
    snap_query q = {.kind = SNAP_MEETINGS, .filters = body, .nfilters = 1, .sort = "-date", .limit = 1,
                    .facets = facets, .nfacets = 2};
    assert_int_equal(snapshot_query(s, &q, &r, &e), 0);
    assert_int_equal(r.total, 2);
    assert_int_equal(r.ndocs, 1);
    assert_non_null(strstr(r.docs[0], "\"2020-05-27-cfm-video\""));
    assert_non_null(strstr(sbuf_str(&r.facets), "\"body\":[{\"value\":\"CFM\",\"count\":1}"));
    snap_result_free(&r);

    snap_param bad[] = {{"body", "XX"}};
    q = (snap_query){.kind = SNAP_MEETINGS, .filters = bad, .nfilters = 1, .limit = 10};
    assert_int_equal(snapshot_query(s, &q, &r, &e), 1);
    assert_string_equal(e.param, "body");
    snap_param baddate[] = {{"from", "2019-13"}};
    q.filters = baddate;
    assert_int_equal(snapshot_query(s, &q, &r, &e), 1);
    assert_string_equal(e.param, "from");
    q = (snap_query){.kind = SNAP_MEETINGS, .sort = "nope", .limit = 10};
    assert_int_equal(snapshot_query(s, &q, &r, &e), 1);
    assert_string_equal(e.param, "sort");
    q = (snap_query){.kind = SNAP_MEETINGS, .sort = "rank", .limit = 10};
    assert_int_equal(snapshot_query(s, &q, &r, &e), 1); /* rank needs q */
    const char *nofacet[] = {"colour"};
    q = (snap_query){.kind = SNAP_MEETINGS, .limit = 10, .facets = nofacet, .nfacets = 1};
    assert_int_equal(snapshot_query(s, &q, &r, &e), 1);
    assert_string_equal(e.param, "facet");
    /* an SQL-looking value is only ever a value */
    snap_param inj[] = {{"city", "x') OR 1=1 --"}};
    q = (snap_query){.kind = SNAP_MEETINGS, .filters = inj, .nfilters = 1, .limit = 10};
    assert_int_equal(snapshot_query(s, &q, &r, &e), 0);
    assert_int_equal(r.total, 0);
    snap_result_free(&r);

    assert_true(snapshot_is_filter(SNAP_OFFICIALS, "title"));
    assert_false(snapshot_is_filter(SNAP_OFFICIALS, "body"));
    snapshot_release(s);
}

/* Entries of dir other than . and .. */
static int dir_entries(const char *dir)
{
    int n = 0;
    DIR *d = opendir(dir);
    assert_non_null(d);
    for (struct dirent *e; (e = readdir(d));)
        n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
    closedir(d);
    return n;
}

/* A snapshot is built in a file under $TMPDIR that is gone from the
 * directory once snapshot_new returns (its readers hold it open) and is
 * served from there; with no usable $TMPDIR it is built in memory, the same
 * answers.  snapshot_write_file leaves the file at its path and no
 * temporary beside it, and on failure nothing at all. */
static void test_build_file(void **state)
{
    (void)state;
    char dir[] = "/tmp/csto-test-build-XXXXXX", err[256] = "", path[300];
    assert_non_null(mkdtemp(dir));
    const char *old = getenv("TMPDIR");
    char *saved = old ? strdup(old) : NULL;
    sbuf a = {0}, b = {0};

    setenv("TMPDIR", dir, 1);
    json_t *m = fixture();
    snapshot *s = snapshot_new(m, 2, err, sizeof err);
    assert_non_null(s);
    assert_int_equal(dir_entries(dir), 0);
    assert_int_equal(snapshot_get(s, SNAP_MEMBERS, "kazakhstan", &a), 0);

    snprintf(path, sizeof path, "%s/none", dir); /* no such directory: memdb */
    setenv("TMPDIR", path, 1);
    snapshot *t = snapshot_new(m, 1, err, sizeof err);
    assert_non_null(t);
    assert_int_equal(snapshot_get(t, SNAP_MEMBERS, "kazakhstan", &b), 0);
    assert_string_equal(sbuf_str(&a), sbuf_str(&b));
    assert_int_equal(snapshot_count(s, SNAP_MEETINGS), snapshot_count(t, SNAP_MEETINGS));

    snprintf(path, sizeof path, "%s/model.db", dir);
    json_t *m2 = fixture();
    assert_int_equal(snapshot_write_file(m2, path, err, sizeof err), 0);
    assert_int_equal(json_array_size(json_object_get(m2, "meetings")), 0); /* consumed */
    assert_int_equal(dir_entries(dir), 1);
    snapshot *f = snapshot_open_file(path, 1, err, sizeof err);
    assert_non_null(f);
    sbuf_reset(&b);
    assert_int_equal(snapshot_get(f, SNAP_MEMBERS, "kazakhstan", &b), 0);
    assert_string_equal(sbuf_str(&a), sbuf_str(&b));
    assert_int_equal(snapshot_count(s, SNAP_MEETINGS), snapshot_count(f, SNAP_MEETINGS));
    snapshot_release(f);
    unlink(path);

    snprintf(path, sizeof path, "%s/no/model.db", dir); /* cannot be written: an error, no file */
    json_t *m3 = fixture();
    assert_int_equal(snapshot_write_file(m3, path, err, sizeof err), -1);
    assert_non_null(strstr(err, "no/model.db"));
    assert_int_equal(dir_entries(dir), 0);

    if (saved) setenv("TMPDIR", saved, 1); else unsetenv("TMPDIR");
    free(saved);
    json_decref(m);
    json_decref(m2);
    json_decref(m3);
    sbuf_free(&a);
    sbuf_free(&b);
    snapshot_release(s);
    snapshot_release(t);
    rmdir(dir);
}

/* A source of kinds for snapshot_new_streamed: the fixture's arrays, one asked for at a time, counted; `fail`
 * makes one kind unavailable; done counts its calls and notes whether every kind was asked for before it. */
struct stream_src {
    json_t *model;
    int asked[SNAP_KIND_COUNT], done, all_before_done;
    int fail; /* a kind that cannot be built, or -1 */
};
static json_t *stream_kind(void *ctx, snap_kind k)
{
    struct stream_src *src = ctx;
    src->asked[k]++;
    if ((int)k == src->fail) return NULL;
    json_t *items = json_object_get(src->model, snapshot_kind_name(k));
    return items ? json_deep_copy(items) : json_array();
}
static void stream_done(void *ctx)
{
    struct stream_src *src = ctx;
    src->done++;
    src->all_before_done = 1;
    for (int k = 0; k < SNAP_KIND_COUNT; k++) src->all_before_done &= src->asked[k] == 1;
}

/* A snapshot built from a model given kind by kind answers as one built from the whole model; each kind is asked
 * for once, done is called once after all of them; a kind that cannot be built fails the build with its name. */
static void test_streamed(void **state)
{
    (void)state;
    char err[256] = "";
    json_t *m = fixture();
    snapshot *whole = snapshot_new(m, 1, err, sizeof err);
    assert_non_null(whole);
    struct stream_src src = {.model = m, .fail = -1};
    snapshot *s = snapshot_new_streamed(stream_kind, stream_done, &src, 1, err, sizeof err);
    assert_non_null(s);
    assert_int_equal(src.done, 1);
    assert_true(src.all_before_done);
    for (int k = 0; k < SNAP_KIND_COUNT; k++) {
        assert_int_equal(snapshot_count(s, (snap_kind)k), snapshot_count(whole, (snap_kind)k));
        sbuf a = {0}, b = {0};
        assert_int_equal(snapshot_list(whole, (snap_kind)k, 1000, 0, &a), 0);
        assert_int_equal(snapshot_list(s, (snap_kind)k, 1000, 0, &b), 0);
        assert_string_equal(sbuf_str(&a), sbuf_str(&b));
        sbuf_free(&a);
        sbuf_free(&b);
    }
    snapshot_release(s);
    struct stream_src bad = {.model = m, .fail = SNAP_DOCUMENTS};
    assert_null(snapshot_new_streamed(stream_kind, stream_done, &bad, 1, err, sizeof err));
    assert_non_null(strstr(err, "documents"));
    assert_int_equal(bad.done, 0);
    snapshot_release(whole);
    json_decref(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_kind_names),
        cmocka_unit_test(test_fts_query),
        cmocka_unit_test(test_query),
        cmocka_unit_test(test_search_russian),
        cmocka_unit_test(test_search_ties_by_id),
        cmocka_unit_test(test_search_pages_from_ranked_list),
        cmocka_unit_test(test_search_scores_are_bm25),
        cmocka_unit_test(test_pages_of_whole_order),
        cmocka_unit_test(test_pages_of_filtered_pairs),
        cmocka_unit_test(test_pages_of_pinned_keys),
        cmocka_unit_test(test_q_list_ties_in_model_order),
        cmocka_unit_test(test_pages_of_one_filter),
        cmocka_unit_test(test_contains_is_literal),
        cmocka_unit_test(test_filter_totals),
        cmocka_unit_test(test_set_facets),
        cmocka_unit_test(test_date_totals_and_facets),
        cmocka_unit_test(test_position_filters),
        cmocka_unit_test(test_list_and_get),
        cmocka_unit_test(test_malformed),
        cmocka_unit_test(test_refcount),
        cmocka_unit_test(test_two_snapshots),
        cmocka_unit_test(test_concurrent_readers),
        cmocka_unit_test(test_build_file),
        cmocka_unit_test(test_streamed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
