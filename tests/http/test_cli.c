/* test_cli — the csto command line: `csto parse` output, exit statuses and
 * error messages; progress on a terminal, and none elsewhere; the help texts
 * list every flag and environment variable; serve refuses bad configuration
 * with status 2 before listening. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <jansson.h>
#include <pty.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/common/harness.h"

#define T 30000 /* ms per command */

static void run(cmd_result *r, const char *a1, const char *a2, const char *a3, const char *a4,
                const char *a5)
{
    const char *argv[] = {csto_bin(), a1, a2, a3, a4, a5, NULL};
    assert_int_equal(run_command(argv, T, r), 0);
}

static void test_parse_corpus(void **state)
{
    cmd_result r, again;
    run(&r, "parse", "corpus/", NULL, NULL, NULL);
    if (r.status != 0)
        fprintf(stderr, "%s", sbuf_str(&r.err));
    assert_int_equal(r.status, 0);
    json_error_t err;
    json_t *m = json_loads(sbuf_str(&r.out), 0, &err);
    assert_non_null(m);
    const char *keys[] = {"articles", "meetings", "officials", "documents", "members"};
    assert_int_equal(json_object_size(m), 5);
    for (int i = 0; i < 5; i++)
        assert_true(json_is_array(json_object_get(m, keys[i])));
    assert_int_equal(json_array_size(json_object_get(m, "articles")), 5);
    /* keys in contract order, not sorted */
    const char *first = strstr(sbuf_str(&r.out), "\"articles\"");
    const char *second = strstr(sbuf_str(&r.out), "\"meetings\"");
    assert_true(first && second && first < second);
    json_decref(m);
    /* deterministic: byte-identical on a second run */
    run(&again, "parse", "corpus", NULL, NULL, NULL);
    assert_int_equal(again.status, 0);
    assert_string_equal(sbuf_str(&again.out), sbuf_str(&r.out));
    cmd_result_free(&r);
    cmd_result_free(&again);
}

static void test_parse_output_file(void **state)
{
    char path[64];
    snprintf(path, sizeof path, "/tmp/csto-parse-%ld.json", (long)getpid());
    cmd_result r;
    run(&r, "parse", "corpus", "-o", path, NULL);
    assert_int_equal(r.status, 0);
    assert_int_equal(r.out.len, 0);
    json_t *m = json_load_file(path, 0, NULL);
    assert_non_null(m);
    assert_int_equal(json_array_size(json_object_get(m, "articles")), 5);
    json_decref(m);
    unlink(path);
    cmd_result_free(&r);
}

/* `csto parse DIR -o FILE.db` with standard error on a terminal (a pseudo-terminal here) says how many
 * articles it parsed and how long each step of the snapshot's build took; into a pipe it says none of it. */
static void test_parse_progress(void **state)
{
    (void)state;
    char path[64];
    snprintf(path, sizeof path, "/tmp/csto-progress-%ld.db", (long)getpid());
    int master;
    pid_t pid = forkpty(&master, NULL, NULL, NULL);
    assert_true(pid >= 0);
    if (pid == 0) {
        execl(csto_bin(), csto_bin(), "parse", "corpus", "-o", path, (char *)NULL);
        _exit(127);
    }
    sbuf tty = {0};
    char buf[4096];
    ssize_t n;
    while ((n = read(master, buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
        if (n > 0) sbuf_append(&tty, buf, (size_t)n);
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    close(master);
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    assert_non_null(strstr(sbuf_str(&tty), "csto: parsed 5 article files in "));
    assert_non_null(strstr(sbuf_str(&tty), "csto: snapshot: meetings loaded ("));
    assert_non_null(strstr(sbuf_str(&tty), "csto: snapshot: statistics ("));
    sbuf_free(&tty);
    unlink(path);
    cmd_result r;
    run(&r, "parse", "corpus", "-o", path, NULL);
    assert_int_equal(r.status, 0);
    assert_null(strstr(sbuf_str(&r.err), "csto: parsed"));
    assert_null(strstr(sbuf_str(&r.err), "csto: snapshot:"));
    unlink(path);
    cmd_result_free(&r);
}

static void test_parse_missing_file(void **state)
{
    cmd_result r;
    run(&r, "parse", "corpus/does-not-exist.txt", NULL, NULL, NULL);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(sbuf_str(&r.err), "corpus/does-not-exist.txt"));
    cmd_result_free(&r);
    /* the rest is still parsed and printed */
    run(&r, "parse", "corpus", "/nonexistent/x.txt", NULL, NULL);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(sbuf_str(&r.err), "/nonexistent/x.txt"));
    json_t *m = json_loads(sbuf_str(&r.out), 0, NULL);
    assert_non_null(m);
    assert_int_equal(json_array_size(json_object_get(m, "articles")), 5);
    json_decref(m);
    cmd_result_free(&r);
}

static void test_parse_usage(void **state)
{
    cmd_result r;
    run(&r, "parse", NULL, NULL, NULL, NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(sbuf_str(&r.err), "usage: csto parse"));
    cmd_result_free(&r);
    run(&r, "parse", "--bogus", "corpus", NULL, NULL);
    assert_int_equal(r.status, 2);
    cmd_result_free(&r);
    run(&r, "frobnicate", NULL, NULL, NULL, NULL);
    assert_int_equal(r.status, 2);
    cmd_result_free(&r);
}

static void assert_lists(const char *text, const char *const *words)
{
    for (int i = 0; words[i]; i++) {
        if (!strstr(text, words[i]))
            fprintf(stderr, "help lacks %s\n", words[i]);
        assert_non_null(strstr(text, words[i]));
    }
}

/* serve --help names every path of the OpenAPI document (issue 15: it left
 * out search, stats and openapi): /api/v1/KIND by its kind, stats by
 * "/api/v1/stats/" and the series, the rest verbatim. */
static void assert_lists_endpoints(const char *text)
{
    json_t *doc = json_load_file("data/openapi.json", 0, NULL);
    assert_non_null(doc);
    const char *path;
    json_t *v;
    int n = 0;
    json_object_foreach(json_object_get(doc, "paths"), path, v) {
        char want[256];
        snprintf(want, sizeof want, "%s", path);
        char *id = strstr(want, "/{id}");
        if (id)
            *id = '\0';
        const char *words[3] = {want, NULL, NULL};
        if (strncmp(want, "/api/v1/stats/", 14) == 0)
            words[0] = "/api/v1/stats/", words[1] = want + 14;
        else if (strncmp(want, "/api/v1/", 8) == 0 && strcmp(want, "/api/v1/search") != 0)
            words[0] = want + 8;
        assert_lists(text, words);
        n++;
    }
    assert_true(n >= 17);
    json_decref(doc);
}

static const char *const serve_words[] = {
    "--corpus", "--listen", "--threads", "--data", "--static", "--quiet",
    "CSTO_CORPUS", "CSTO_LISTEN", "CSTO_THREADS", "CSTO_DATA", "CSTO_STATIC", "CSTO_QUIET", NULL};

static void test_help(void **state)
{
    cmd_result r;
    run(&r, "--help", NULL, NULL, NULL, NULL);
    assert_int_equal(r.status, 0);
    assert_lists(sbuf_str(&r.out), serve_words);
    assert_lists(sbuf_str(&r.out), (const char *const[]){"serve", "parse", "--version", NULL});
    cmd_result_free(&r);

    run(&r, "serve", "--help", NULL, NULL, NULL);
    assert_int_equal(r.status, 0);
    assert_lists(sbuf_str(&r.out), serve_words);
    assert_lists_endpoints(sbuf_str(&r.out));
    cmd_result_free(&r);

    run(&r, "parse", "--help", NULL, NULL, NULL);
    assert_int_equal(r.status, 0);
    assert_lists(sbuf_str(&r.out), (const char *const[]){"-o", "--explain", "--data", "CSTO_DATA", NULL});
    cmd_result_free(&r);

    run(&r, "--version", NULL, NULL, NULL, NULL);
    assert_int_equal(r.status, 0);
    assert_int_equal(strncmp(sbuf_str(&r.out), "csto ", 5), 0);
    cmd_result_free(&r);
}

/* Bad configuration is refused before the server listens. */
static void test_serve_bad_config(void **state)
{
    const struct {
        const char *a1, *a2;
        int status;
        const char *says;
    } cases[] = {
        {"--threads", "0", 2, "--threads"},
        {"--threads", "many", 2, "--threads"},
        {"--listen", "localhost", 2, "--listen"},
        {"--listen", "127.0.0.1:99999", 2, "--listen"},
        {"--bogus", NULL, 2, "usage"},
        {"extra-arg", NULL, 2, "extra-arg"},
        {"--corpus", "/nonexistent/corpus", 1, "/nonexistent/corpus"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        cmd_result r;
        /* a free port, in case a bad case were accepted and started serving
         * (it would then time out and fail); not for the --listen cases */
        int own_listen = strcmp(cases[i].a1, "--listen") == 0;
        run(&r, "serve", cases[i].a1, cases[i].a2, own_listen ? NULL : "--listen", "127.0.0.1:0");
        if (r.status != cases[i].status)
            fprintf(stderr, "case %zu: status %d: %s\n", i, r.status, sbuf_str(&r.err));
        assert_int_equal(r.status, cases[i].status);
        assert_non_null(strstr(sbuf_str(&r.err), cases[i].says));
        cmd_result_free(&r);
    }
    setenv("CSTO_THREADS", "abc", 1);
    cmd_result r;
    run(&r, "serve", "--listen", "127.0.0.1:0", NULL, NULL);
    assert_int_equal(r.status, 2);
    assert_non_null(strstr(sbuf_str(&r.err), "CSTO_THREADS"));
    cmd_result_free(&r);
    unsetenv("CSTO_THREADS");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_corpus),
        cmocka_unit_test(test_parse_output_file),
        cmocka_unit_test(test_parse_progress),
        cmocka_unit_test(test_parse_missing_file),
        cmocka_unit_test(test_parse_usage),
        cmocka_unit_test(test_help),
        cmocka_unit_test(test_serve_bad_config),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
