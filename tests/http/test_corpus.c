/* test_corpus — csto serve on the repository's corpus/ directory: articles
 * go through corpus_add_path + corpus_model at start-up.  Only what holds for
 * any extractor is asserted (articles and their ids), not what it extracts.
 * Also: the environment configures serve, and a flag beats its variable. */
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

#include "tests/common/harness.h"

static json_t *get_json(const csto_server *s, const char *path, long want)
{
    char url[512];
    http_reply r;
    snprintf(url, sizeof url, "%s%s", s->base, path);
    assert_int_equal(http_get(url, &r), 0);
    if (r.status != want)
        fprintf(stderr, "GET %s: %ld %s\n", path, r.status, sbuf_str(&r.body));
    assert_int_equal(r.status, want);
    json_t *j = json_loads(sbuf_str(&r.body), 0, NULL);
    assert_non_null(j);
    http_reply_free(&r);
    return j;
}

static void test_serve_corpus_dir(void **state)
{
    csto_server s;
    const char *args[] = {"--corpus", "corpus", "--data", "data", "--static", "static", "--quiet", NULL};
    assert_int_equal(server_start(&s, args, 30000), 0);

    json_t *l = get_json(&s, "/api/v1/articles?limit=1000", 200);
    assert_int_equal(json_integer_value(json_object_get(l, "total")), 5);
    json_t *data = json_object_get(l, "data");
    assert_int_equal(json_array_size(data), 5);
    /* every listed article answers by its id, with its text */
    size_t i;
    json_t *a;
    json_array_foreach(data, i, a) {
        char path[256];
        const char *id = json_string_value(json_object_get(a, "id"));
        assert_non_null(id);
        snprintf(path, sizeof path, "/api/v1/articles/%s", id);
        json_t *one = get_json(&s, path, 200);
        assert_string_equal(json_string_value(json_object_get(one, "id")), id);
        assert_true(json_string_length(json_object_get(one, "text")) > 100);
        json_decref(one);
    }
    json_decref(l);

    json_t *one = get_json(&s, "/api/v1/articles/000_ea2f095f3df67ff4", 200);
    assert_non_null(strstr(json_string_value(json_object_get(one, "text")), "Collective Security"));
    json_decref(one);
    json_decref(get_json(&s, "/api/v1/articles/000_nope", 404));

    /* the other kinds answer lists whatever the extractor found */
    const char *kinds[] = {"meetings", "officials", "documents", "members"};
    for (int k = 0; k < 4; k++) {
        char path[64];
        snprintf(path, sizeof path, "/api/v1/%s", kinds[k]);
        json_t *lk = get_json(&s, path, 200);
        assert_true(json_is_array(json_object_get(lk, "data")));
        assert_true(json_is_integer(json_object_get(lk, "total")));
        json_decref(lk);
    }

    char *err = server_stderr(&s);
    assert_non_null(strstr(err, "csto: serving 5 articles, "));
    assert_null(strstr(err, "\"GET /")); /* --quiet: no access log */
    free(err);
    assert_int_equal(server_stop(&s), 0);
}

/* CSTO_CORPUS alone selects the model; --corpus beats it. */
static void test_env_and_flag(void **state)
{
    csto_server s;
    setenv("CSTO_CORPUS", "tests/fixtures/model.json", 1);
    setenv("CSTO_QUIET", "yes", 1);
    const char *plain[] = {"--data", "data", "--static", "static", NULL};
    assert_int_equal(server_start(&s, plain, 15000), 0);
    json_t *h = get_json(&s, "/healthz", 200);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(h, "counts"), "members")), 6);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(h, "counts"), "articles")), 2);
    json_decref(h);
    char *err = server_stderr(&s);
    assert_null(strstr(err, "\"GET /")); /* CSTO_QUIET=yes */
    free(err);
    assert_int_equal(server_stop(&s), 0);

    const char *flag[] = {"--corpus", "corpus", "--data", "data", "--static", "static", NULL};
    assert_int_equal(server_start(&s, flag, 30000), 0);
    h = get_json(&s, "/healthz", 200);
    assert_int_equal(json_integer_value(json_object_get(json_object_get(h, "counts"), "articles")), 5);
    json_decref(h);
    assert_int_equal(server_stop(&s), 0);
    unsetenv("CSTO_CORPUS");
    unsetenv("CSTO_QUIET");
}

/* A model file written by `csto parse -o` is served as it is. */
static void test_serve_parsed_model(void **state)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/csto-model-%ld.json", (long)getpid());
    const char *argv[] = {csto_bin(), "parse", "corpus", "--data", "data", "-o", path, NULL};
    cmd_result r;
    assert_int_equal(run_command(argv, 30000, &r), 0);
    assert_int_equal(r.status, 0);
    cmd_result_free(&r);

    csto_server s;
    const char *args[] = {"--corpus", path, "--static", "static", "--quiet", NULL};
    assert_int_equal(server_start(&s, args, 15000), 0);
    json_t *l = get_json(&s, "/api/v1/articles?limit=2&offset=4", 200);
    assert_int_equal(json_integer_value(json_object_get(l, "total")), 5);
    assert_int_equal(json_array_size(json_object_get(l, "data")), 1);
    json_decref(l);
    assert_int_equal(server_stop(&s), 0);

    /* a broken model file is refused, naming the file */
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs("{\"articles\": [", f);
    fclose(f);
    const char *serve[] = {csto_bin(), "serve", "--corpus", path, "--listen", "127.0.0.1:0", NULL};
    assert_int_equal(run_command(serve, 15000, &r), 0);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(sbuf_str(&r.err), path));
    cmd_result_free(&r);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_serve_corpus_dir),
        cmocka_unit_test(test_env_and_flag),
        cmocka_unit_test(test_serve_parsed_model),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
