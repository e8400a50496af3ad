/* test_snapfile — the snapshot as a file: `csto parse DIR -o FILE.db` writes
 * the snapshot serve would build, `csto serve --corpus FILE.db` serves it
 * with no rebuild and answers byte for byte what a server that parsed DIR
 * answers (bodies, ETags, totals, Link), a file that is not a snapshot is
 * refused with a reason, a reload (SIGHUP) swaps in a file renamed over the
 * old one, and a failed write leaves no file behind. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tests/common/harness.h"

static char dir[64];
static char db[128];

static int setup(void **state)
{
    snprintf(dir, sizeof dir, "/tmp/csto-snapfile-XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    snprintf(db, sizeof db, "%s/model.db", dir);
    return 0;
}

static int teardown(void **state)
{
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

/* csto parse ARGS... -o out: its exit status. */
static int parse_to(const char *in, const char *out)
{
    const char *argv[] = {csto_bin(), "parse", "--data", "data", in, "-o", out, NULL};
    cmd_result r;
    int st = run_command(argv, 60000, &r) == 0 ? r.status : -1;
    if (st != 0)
        fprintf(stderr, "csto parse %s -o %s: %d\n%s\n", in, out, st, sbuf_str(&r.err));
    cmd_result_free(&r);
    return st;
}

static void get(const csto_server *s, const char *path, const char *const *hdrs, http_reply *r)
{
    char url[512];
    snprintf(url, sizeof url, "%s%s", s->base, path);
    if (hdrs)
        assert_int_equal(http_do_headers("GET", url, hdrs, r), 0);
    else
        assert_int_equal(http_get(url, r), 0);
}

static void test_same_answers_as_the_directory(void **state)
{
    assert_int_equal(parse_to("corpus", db), 0);
    struct stat st;
    assert_int_equal(stat(db, &st), 0);
    char tmp[160];
    snprintf(tmp, sizeof tmp, "%s.tmp.", db);
    csto_server a, b;
    const char *args_dir[] = {"--corpus", "corpus", "--data", "data", "--static", "static", "--quiet", NULL};
    const char *args_db[] = {"--corpus", db, "--data", "data", "--static", "static", "--quiet", NULL};
    assert_int_equal(server_start(&a, args_dir, 30000), 0);
    assert_int_equal(server_start(&b, args_db, 30000), 0);
    static const char *const paths[] = {
        "/api/v1/articles", "/api/v1/meetings", "/api/v1/officials", "/api/v1/documents", "/api/v1/members",
        "/api/v1/articles?limit=2&offset=1", "/api/v1/articles/000_ea2f095f3df67ff4",
        "/api/v1/meetings?sort=-date,city&limit=3", "/api/v1/officials?sort=-meetings,name",
        "/api/v1/documents?sort=type,-title", "/api/v1/search?q=security", "/api/v1/meetings?q=ministers",
        "/api/v1/meetings?facet=body&facet=year&facet=country&limit=0",
        "/api/v1/officials?facet=country&facet=org&facet=title&limit=0",
        "/api/v1/meetings?member=russia,kazakhstan", "/api/v1/documents?member__ne=belarus",
        "/api/v1/meetings?body__ne=CSC&status=held", "/api/v1/officials?title=minister&sort=name",
        "/api/v1/stats/meetings?interval=year&by=body", "/api/v1/stats/documents?interval=month&by=type",
        "/api/v1/meetings?format=csv", "/api/v1/articles?format=ndjson&limit=3",
        "/api/v1/meetings?include=participants,documents&limit=5", "/api/v1/nothing-here",
    };
    static const char *const gz[] = {"Accept-Encoding: gzip", NULL};
    int compared = 0;
    for (size_t i = 0; i < sizeof paths / sizeof *paths; i++)
        for (int z = 0; z < 2; z++) {
            http_reply ra, rb;
            get(&a, paths[i], z ? gz : NULL, &ra);
            get(&b, paths[i], z ? gz : NULL, &rb);
            if (ra.status != rb.status || ra.body.len != rb.body.len ||
                memcmp(sbuf_str(&ra.body), sbuf_str(&rb.body), ra.body.len) != 0)
                fail_msg("%s%s: the file answers %ld (%zu bytes), the directory %ld (%zu bytes)", paths[i],
                         z ? " (gzip)" : "", rb.status, rb.body.len, ra.status, ra.body.len);
            const char *names[] = {"ETag", "X-Total-Count", "Link", "Content-Type"};
            for (int h = 0; h < 4; h++) {
                char va[256], vb[256];
                const char *ha = http_header(&ra, names[h], va, sizeof va);
                const char *hb = http_header(&rb, names[h], vb, sizeof vb);
                if ((ha == NULL) != (hb == NULL) || (ha && strcmp(ha, hb) != 0))
                    fail_msg("%s: %s differs: %s vs %s", paths[i], names[h], ha ? ha : "-", hb ? hb : "-");
            }
            assert_true(ra.status == 200 || strcmp(paths[i], "/api/v1/nothing-here") == 0);
            http_reply_free(&ra);
            http_reply_free(&rb);
            compared++;
        }
    assert_int_equal(compared, 2 * (int)(sizeof paths / sizeof *paths));
    assert_int_equal(server_stop(&a), 0);
    assert_int_equal(server_stop(&b), 0);
    /* no temporary file left beside it */
    char cmd[256];
    snprintf(cmd, sizeof cmd, "ls '%s' | grep -q tmp", dir);
    assert_int_not_equal(system(cmd), 0);
}

static void test_not_a_snapshot(void **state)
{
    char bad[160];
    snprintf(bad, sizeof bad, "%s/bad.db", dir);
    FILE *f = fopen(bad, "w");
    assert_non_null(f);
    fputs("this is not SQLite\n", f);
    fclose(f);
    const char *argv[] = {csto_bin(), "serve", "--corpus", bad, "--data", "data", "--listen", "127.0.0.1:0", NULL};
    cmd_result r;
    assert_int_equal(run_command(argv, 20000, &r), 0);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(sbuf_str(&r.err), "is not a csto snapshot"));
    cmd_result_free(&r);
    /* a SQLite file of another kind: the model export */
    snprintf(bad, sizeof bad, "%s/export.db", dir);
    const char *ex[] = {csto_bin(), "export", "--corpus", "tests/fixtures/model.json", "--sqlite", bad, NULL};
    assert_int_equal(run_command(ex, 20000, &r), 0);
    assert_int_equal(r.status, 0);
    cmd_result_free(&r);
    argv[3] = bad;
    assert_int_equal(run_command(argv, 20000, &r), 0);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(sbuf_str(&r.err), "is not a csto snapshot"));
    cmd_result_free(&r);
}

static void test_failed_write_leaves_nothing(void **state)
{
    char out[200];
    snprintf(out, sizeof out, "%s/no/such/dir/model.db", dir);
    assert_int_not_equal(parse_to("corpus", out), 0);
    struct stat st;
    assert_int_not_equal(stat(out, &st), 0);
}

static long articles_of(const csto_server *s)
{
    http_reply r;
    get(s, "/healthz", NULL, &r);
    json_t *h = json_loads(sbuf_str(&r.body), 0, NULL);
    http_reply_free(&r);
    long n = h ? (long)json_integer_value(json_object_get(json_object_get(h, "counts"), "articles")) : -1;
    json_decref(h);
    return n;
}

/* A new file renamed over the served one and SIGHUP: the new snapshot is
 * served; requests before it get the old one whole. */
static void test_reload_swaps_the_file(void **state)
{
    char one[160], small[200], next[200];
    snprintf(one, sizeof one, "%s/one", dir);
    assert_int_equal(mkdir(one, 0700), 0);
    snprintf(small, sizeof small, "%s/a.txt", one);
    FILE *f = fopen(small, "w");
    assert_non_null(f);
    fputs("Moscow, 12 May 2015 - The Council of Foreign Ministers of the Collective Security Treaty "
          "Organization met in Moscow and adopted a statement on regional security.\n", f);
    fclose(f);
    assert_int_equal(parse_to("corpus", db), 0);
    csto_server s;
    const char *args[] = {"--corpus", db, "--data", "data", "--static", "static", "--quiet", NULL};
    assert_int_equal(server_start(&s, args, 30000), 0);
    assert_int_equal(articles_of(&s), 5);
    snprintf(next, sizeof next, "%s/next.db", dir);
    assert_int_equal(parse_to(one, next), 0);
    assert_int_equal(rename(next, db), 0);
    assert_int_equal(articles_of(&s), 5); /* no reload asked yet */
    kill(s.pid, SIGHUP);
    long n = 5;
    for (long end = now_ms() + 10000; now_ms() < end && n != 1; nap_ms(20))
        n = articles_of(&s);
    assert_int_equal(n, 1);
    http_reply r;
    get(&s, "/api/v1/articles", NULL, &r);
    assert_int_equal(r.status, 200);
    assert_non_null(strstr(sbuf_str(&r.body), "\"total\":1"));
    http_reply_free(&r);
    assert_int_equal(server_stop(&s), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_answers_as_the_directory),
        cmocka_unit_test(test_not_a_snapshot),
        cmocka_unit_test(test_failed_write_leaves_nothing),
        cmocka_unit_test(test_reload_swaps_the_file),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
