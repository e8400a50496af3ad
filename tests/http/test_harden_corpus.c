/* test_harden_corpus — the corpus is only the corpus (issue #16):
 *   - a corpus directory whose *.txt entries are symbolic links to
 *     /etc/passwd, /proc/self/maps and an article outside the directory:
 *     none is served or found by search, each is named on stderr with
 *     the reason; a link to another file inside the directory still loads;
 *   - `csto parse` given /proc/self/status directly refuses it.
 * Loopback only, small fixtures written here. */
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
#include <sys/wait.h>
#include <unistd.h>

#include "tests/common/harness.h"

static char dir[64], outside[96];

static const char article[] =
    "CSTO foreign ministers meet in Minsk\n"
    "27.05.2021\n\n"
    "MINSK, May 27. The Council of Foreign Ministers of the CSTO held a meeting in Minsk on "
    "May 27, 2021. The ministers discussed regional security.\n";

static const char outside_article[] =
    "Quokkaword summit notes\n"
    "28.05.2021\n\n"
    "MINSK, May 28. The quokkaword story is kept outside the corpus directory.\n";

static void write_file(const char *path, const char *data)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    fputs(data, f);
    fclose(f);
}

static int setup(void **state)
{
    snprintf(dir, sizeof dir, "/tmp/csto-escape-XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    char p[256];
    snprintf(p, sizeof p, "%s/good.txt", dir);
    write_file(p, article);
    snprintf(outside, sizeof outside, "%s-outside.txt", dir);
    write_file(outside, outside_article);
    struct { const char *name, *target; } links[] = {
        {"x.txt", "/etc/passwd"},
        {"maps.txt", "/proc/self/maps"},
        {"out.txt", outside},
        {"inner.txt", "good.txt"},
    };
    for (size_t i = 0; i < sizeof links / sizeof *links; i++) {
        snprintf(p, sizeof p, "%s/%s", dir, links[i].name);
        if (symlink(links[i].target, p) != 0)
            return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf %s %s", dir, outside);
    return system(cmd) == 0 ? 0 : -1;
}

static long get_status(const csto_server *s, const char *path, sbuf *body)
{
    char url[512];
    snprintf(url, sizeof url, "%s%s", s->base, path);
    http_reply r;
    if (http_get(url, &r) != 0)
        return -1;
    long st = r.status;
    if (body)
        sbuf_puts(body, sbuf_str(&r.body));
    http_reply_free(&r);
    return st;
}

static void test_links_out_of_the_corpus_are_not_served(void **state)
{
    csto_server s;
    const char *args[] = {"--corpus", dir, "--data", "data", "--static", "static", "--quiet", NULL};
    assert_int_equal(server_start(&s, args, 30000), 0);
    assert_int_equal(get_status(&s, "/api/v1/articles/good", NULL), 200);
    assert_int_equal(get_status(&s, "/api/v1/articles/inner", NULL), 200); /* inside: fine */
    assert_int_equal(get_status(&s, "/api/v1/articles/x", NULL), 404);
    assert_int_equal(get_status(&s, "/api/v1/articles/maps", NULL), 404);
    assert_int_equal(get_status(&s, "/api/v1/articles/out", NULL), 404);
    sbuf body = {0};
    assert_int_equal(get_status(&s, "/api/v1/articles?format=ndjson", &body), 200);
    assert_null(strstr(sbuf_str(&body), "root:"));
    assert_null(strstr(sbuf_str(&body), "quokkaword"));
    sbuf_reset(&body);
    assert_int_equal(get_status(&s, "/api/v1/search?q=quokkaword", &body), 200);
    assert_non_null(strstr(sbuf_str(&body), "\"total\":0"));
    sbuf_reset(&body);
    assert_int_equal(get_status(&s, "/api/v1/search?q=root", &body), 200);
    assert_non_null(strstr(sbuf_str(&body), "\"total\":0"));
    sbuf_free(&body);
    char *err = server_stderr(&s);
    char needle[256];
    const char *names[] = {"x.txt", "maps.txt", "out.txt"};
    for (int i = 0; i < 3; i++) {
        snprintf(needle, sizeof needle, "%s/%s: a symbolic link out of the corpus directory", dir, names[i]);
        if (!strstr(err, needle))
            fprintf(stderr, "stderr lacks \"%s\":\n%s\n", needle, err);
        assert_non_null(strstr(err, needle));
    }
    free(err);
    assert_int_equal(server_stop(&s), 0);
}

static void test_parse_refuses_proc_files(void **state)
{
    const char *argv[] = {csto_bin(), "parse", "--data", "data", "/proc/self/status", NULL};
    cmd_result r;
    assert_int_equal(run_command(argv, 30000, &r), 0);
    assert_int_equal(r.status, 1);
    assert_non_null(strstr(sbuf_str(&r.err), "/proc/self/status: a file of /proc, /sys or /dev: not read"));
    assert_null(strstr(sbuf_str(&r.out), "VmRSS"));
    cmd_result_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_links_out_of_the_corpus_are_not_served),
        cmocka_unit_test(test_parse_refuses_proc_files),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
