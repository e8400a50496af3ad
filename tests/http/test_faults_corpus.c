/* test_faults_corpus — a corpus directory with every kind of bad entry
 * beside two good articles: empty, binary, invalid UTF-8, blank, a 20 MB
 * file, an unreadable file (chmod 000; skipped when running as root, where
 * it stays readable), a dangling symbolic link, a symbolic link loop, a
 * directory and a FIFO named *.txt, and a file that is not *.txt.
 *   - serve: each bad entry is named on stderr with its reason, the two
 *     articles are served;
 *   - serve --strict: refuses to start (exit 1), naming the files;
 *   - parse: exit 1, the same names.
 * Prints how many cases it tried. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <fcntl.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tests/common/harness.h"

static char dir[64];
static int unreadable_works; /* chmod 000 stops reads (not root) */
static int tried, failures;

struct fault {
    const char *name;   /* entry in the corpus directory */
    const char *reason; /* a substring of its stderr line; NULL: not named */
    int counts;         /* a failure for --strict and parse's exit status */
};
static const struct fault faults[] = {
    {"empty.txt", "no article text", 1},
    {"blank.txt", "no article text", 1},
    {"binary.txt", "binary file", 1},
    {"latin1.txt", "not valid UTF-8", 1},
    {"huge.txt", "larger than", 1},
    {"unreadable.txt", "Permission denied", 1},
    {"dangling.txt", "dangling symbolic link", 1},
    {"loop.txt", "symbolic link loop", 1},
    {"folder.txt", "not a regular file", 1},
    {"pipe.txt", "not a regular file", 1},
    {"notes.md", "ignored: not a .txt article", 0},
};
#define NFAULTS (sizeof faults / sizeof *faults)

static void write_file(const char *name, const char *data, size_t len)
{
    char p[256];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    FILE *f = fopen(p, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, len, f), len);
    fclose(f);
}

static void copy_article(const char *from, const char *name)
{
    FILE *f = fopen(from, "rb");
    assert_non_null(f);
    static char buf[1 << 20];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    write_file(name, buf, n);
}

static int setup(void **state)
{
    snprintf(dir, sizeof dir, "/tmp/csto-faults-XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    copy_article("corpus/000_ea2f095f3df67ff4.txt", "good1.txt");
    copy_article("corpus/004_5091a43d42f5909f.txt", "good2.txt");
    write_file("empty.txt", "", 0);
    write_file("blank.txt", " \n\t\n\n", 5);
    write_file("binary.txt", "PK\003\004\000\000\001binary", 14);
    write_file("latin1.txt", "Minsk, caf\xe9 meeting of the CSTO\n", 32);
    write_file("notes.md", "# notes\n", 8);
    /* 20 MB of real text */
    {
        char p[256];
        snprintf(p, sizeof p, "%s/huge.txt", dir);
        FILE *f = fopen(p, "wb");
        static char line[1024];
        memset(line, 'a', sizeof line);
        for (size_t i = 0; i < sizeof line; i += 64)
            line[i] = ' ';
        line[sizeof line - 1] = '\n';
        for (int i = 0; i < 20 * 1024; i++)
            fwrite(line, 1, sizeof line, f);
        fclose(f);
    }
    write_file("unreadable.txt", "CSTO meets\n\nMinsk - the CSTO met.\n", 34);
    char p[256], q[256];
    snprintf(p, sizeof p, "%s/unreadable.txt", dir);
    chmod(p, 0);
    int fd = open(p, O_RDONLY);
    unreadable_works = fd < 0;
    if (fd >= 0)
        close(fd);
    snprintf(p, sizeof p, "%s/dangling.txt", dir);
    if (symlink("/nonexistent/csto/article.txt", p) != 0)
        return -1;
    snprintf(p, sizeof p, "%s/loop.txt", dir);
    snprintf(q, sizeof q, "%s/loop2.txt", dir);
    if (symlink(q, p) != 0 || symlink(p, q) != 0)
        return -1;
    snprintf(p, sizeof p, "%s/folder.txt", dir);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/pipe.txt", dir);
    if (mkfifo(p, 0644) != 0)
        return -1;
    return 0;
}

static int teardown(void **state)
{
    char cmd[256];
    snprintf(cmd, sizeof cmd, "chmod -R u+rwx %s; rm -rf %s", dir, dir);
    if (system(cmd) != 0)
        return -1;
    fprintf(stderr, "corpus faults: %d cases tried, %d failed%s\n", tried, failures,
            unreadable_works ? "" : " (unreadable file skipped: running as root, chmod 000 does not stop reads)");
    return 0;
}

/* Every bad entry is named on its own line with its reason. */
static void check_named(const char *err, const char *what)
{
    for (size_t i = 0; i < NFAULTS; i++) {
        if (!strcmp(faults[i].name, "unreadable.txt") && !unreadable_works)
            continue;
        tried++;
        char needle[256];
        snprintf(needle, sizeof needle, "%s/%s: ", dir, faults[i].name);
        const char *line = strstr(err, needle);
        const char *eol = line ? strchr(line, '\n') : NULL;
        const char *why = line ? strstr(line, faults[i].reason) : NULL;
        if (!line || !why || (eol && why > eol)) {
            failures++;
            fprintf(stderr, "FAIL %s: %s not named with \"%s\"\n", what, faults[i].name, faults[i].reason);
        }
    }
    /* loop2.txt is a loop as well */
    tried++;
    if (!strstr(err, "loop2.txt: symbolic link loop")) {
        failures++;
        fprintf(stderr, "FAIL %s: loop2.txt not named\n", what);
    }
}

static void test_serve_names_faults_and_serves_the_rest(void **state)
{
    int before = failures;
    csto_server s;
    const char *args[] = {"--corpus", dir, "--data", "data", "--static", "static", "--quiet", NULL};
    assert_int_equal(server_start(&s, args, 30000), 0);
    char url[256];
    snprintf(url, sizeof url, "%s/api/v1/articles", s.base);
    http_reply r;
    assert_int_equal(http_get(url, &r), 0);
    assert_int_equal(r.status, 200);
    json_t *j = json_loads(sbuf_str(&r.body), 0, NULL);
    assert_non_null(j);
    tried++;
    /* as root the "unreadable" file is read and is an article too */
    assert_int_equal(json_integer_value(json_object_get(j, "total")), unreadable_works ? 2 : 3);
    json_decref(j);
    http_reply_free(&r);
    char *err = server_stderr(&s);
    check_named(err, "serve");
    tried++;
    assert_non_null(strstr(err, "could not be read (named above)"));
    free(err);
    assert_int_equal(server_stop(&s), 0);
    assert_int_equal(failures, before);
}

static void test_strict_refuses_to_start(void **state)
{
    int before = failures;
    const char *argv[] = {csto_bin(), "serve", "--strict", "--corpus", dir, "--data", "data",
                          "--listen", "127.0.0.1:0", "--quiet", NULL};
    cmd_result r;
    assert_int_equal(run_command(argv, 30000, &r), 0);
    tried++;
    assert_int_equal(r.status, 1);
    check_named(sbuf_str(&r.err), "serve --strict");
    tried++;
    assert_non_null(strstr(sbuf_str(&r.err), "--strict"));
    assert_null(strstr(sbuf_str(&r.err), "csto: serving"));
    cmd_result_free(&r);
    /* CSTO_STRICT does the same */
    setenv("CSTO_STRICT", "1", 1);
    const char *argv2[] = {csto_bin(), "serve", "--corpus", dir, "--data", "data", "--listen", "127.0.0.1:0",
                           "--quiet", NULL};
    assert_int_equal(run_command(argv2, 30000, &r), 0);
    unsetenv("CSTO_STRICT");
    tried++;
    assert_int_equal(r.status, 1);
    cmd_result_free(&r);
    assert_int_equal(failures, before);
}

static void test_parse_names_faults(void **state)
{
    int before = failures;
    const char *argv[] = {csto_bin(), "parse", "--data", "data", dir, NULL};
    cmd_result r;
    assert_int_equal(run_command(argv, 30000, &r), 0);
    tried++;
    assert_int_equal(r.status, 1);
    check_named(sbuf_str(&r.err), "parse");
    json_t *j = json_loads(sbuf_str(&r.out), 0, NULL);
    assert_non_null(j);
    tried++;
    assert_int_equal(json_array_size(json_object_get(j, "articles")), unreadable_works ? 2 : 3);
    json_decref(j);
    cmd_result_free(&r);
    assert_int_equal(failures, before);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_serve_names_faults_and_serves_the_rest),
        cmocka_unit_test(test_strict_refuses_to_start),
        cmocka_unit_test(test_parse_names_faults),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
