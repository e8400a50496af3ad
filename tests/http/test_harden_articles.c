/* test_harden_articles — hostile articles cost linear time, and SIGTERM
 * works at every moment (issue #16).  Fixtures generated here:
 *   - one 3.9 MB article of 40,000 document sentences: `csto parse` takes
 *     seconds, not minutes (documents were clustered pairwise), and warns
 *     naming the article and what its budget dropped;
 *   - one article of 8,000 meeting mentions: parsed quickly with a warning;
 *   - a model file of one 1 MB article and 8,000 meetings whose evidence
 *     points into it: the snapshot builds in under 3 s (each mention used
 *     to re-parse the article's JSON: 14 s here);
 *   - a corpus of those hostile articles beside a good one starts serving;
 *   - SIGTERM while the first load of a slow corpus runs stops the server
 *     at once (it used to be ignored until the load ended).
 * CPU time of children is read with getrusage(RUSAGE_CHILDREN). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/common/harness.h"

static char dir[64];

static const char *const topics[] = {"border security", "information security", "drug trafficking",
                                     "peacekeeping", "migration", "terrorism"};
static const char *const months[] = {"January", "February", "March", "April", "May", "June",
                                     "July", "August", "September", "October", "November", "December"};

static FILE *open_in(const char *sub, const char *name)
{
    char p[256];
    snprintf(p, sizeof p, "%s/%s", dir, sub);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/%s/%s", dir, sub, name);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    return f;
}

/* n document sentences after one meeting sentence (about 90 bytes each). */
static void write_docs_article(const char *sub, const char *name, int n, int salt)
{
    FILE *f = open_in(sub, name);
    fprintf(f, "CSTO leaders sign documents\n27.05.2021\n\nMINSK, May 27. The session of the Collective Security "
               "Council of the CSTO was held in Minsk on 27 May 2021.\n");
    for (int i = 0; i < n; i++)
        fprintf(f, "The leaders adopted the Declaration on %s number %d and cooperation %d.%s",
                topics[i % 6], salt * 100000 + i, i * 7, i % 5 == 4 ? "\n" : " ");
    fclose(f);
}

static void write_meetings_article(const char *sub, const char *name, int n)
{
    FILE *f = open_in(sub, name);
    fprintf(f, "CSTO meetings digest\n27.05.2021\n\nMINSK, May 27.\n");
    for (int i = 0; i < n; i++)
        fprintf(f, "The Council of Foreign Ministers of the CSTO met in Minsk on %d %s %d.\n", 1 + i % 28,
                months[(i / 28) % 12], 1990 + i / 336);
    fclose(f);
}

static const char good[] =
    "CSTO foreign ministers meet in Minsk\n27.05.2021\n\nMINSK, May 27. The Council of Foreign Ministers of "
    "the CSTO held a meeting in Minsk on May 27, 2021.\n";

static int setup(void **state)
{
    snprintf(dir, sizeof dir, "/tmp/csto-articles-XXXXXX");
    if (!mkdtemp(dir))
        return -1;
    write_docs_article("docs", "docs.txt", 40000, 0);
    write_meetings_article("meetings", "meetings.txt", 8000);
    /* a hostile corpus: both beside a good article */
    write_docs_article("hostile", "docs.txt", 40000, 1);
    write_meetings_article("hostile", "meetings.txt", 8000);
    FILE *f = open_in("hostile", "good.txt");
    fputs(good, f);
    fclose(f);
    /* a slow corpus: 150 articles of 300 documents each */
    for (int a = 0; a < 150; a++) {
        char name[32];
        snprintf(name, sizeof name, "d%03d.txt", a);
        write_docs_article("slow", name, 300, a + 2);
    }
    return 0;
}

static int teardown(void **state)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static double children_cpu(void)
{
    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    return (double)ru.ru_utime.tv_sec + (double)ru.ru_stime.tv_sec +
           ((double)ru.ru_utime.tv_usec + (double)ru.ru_stime.tv_usec) / 1e6;
}

/* csto parse DIR/sub: exit status, stderr in err; *cpu its CPU seconds. */
static int parse(const char *sub, sbuf *err, double *cpu)
{
    char p[256];
    snprintf(p, sizeof p, "%s/%s", dir, sub);
    const char *argv[] = {csto_bin(), "parse", "--data", "data", p, "-o", "/dev/null", NULL};
    cmd_result r;
    double c0 = children_cpu();
    assert_int_equal(run_command(argv, 60000, &r), 0);
    *cpu = children_cpu() - c0;
    int st = r.status;
    sbuf_puts(err, sbuf_str(&r.err));
    cmd_result_free(&r);
    fprintf(stderr, "parse %s: exit %d, %.2f s of CPU\n", sub, st, *cpu);
    return st;
}

static void test_many_documents_parse_in_linear_time(void **state)
{
    sbuf err = {0};
    double cpu;
    assert_int_equal(parse("docs", &err, &cpu), 0);
    assert_true(cpu < 10.0);
    assert_non_null(strstr(sbuf_str(&err), "csto: warning: docs@"));
    assert_non_null(strstr(sbuf_str(&err), "article over its extraction budget"));
    assert_non_null(strstr(sbuf_str(&err), "documents: the"));
    sbuf_free(&err);
}

static void test_many_meetings_parse_in_linear_time(void **state)
{
    sbuf err = {0};
    double cpu;
    assert_int_equal(parse("meetings", &err, &cpu), 0);
    assert_true(cpu < 5.0);
    assert_non_null(strstr(sbuf_str(&err), "meeting mentions: the"));
    sbuf_free(&err);
}

static void test_snapshot_of_many_meeting_mentions(void **state)
{
    /* 8,000 one-line meeting sentences, then 1 MB of padding */
    sbuf text = {0};
    json_t *meetings = json_array();
    for (int i = 0; i < 8000; i++) {
        size_t start = text.len;
        sbuf_printf(&text, "The Council of Foreign Ministers of the CSTO met in Minsk on %d %s %d.\n", 1 + i % 28,
                    months[(i / 28) % 12], 1990 + i / 336);
        char id[16];
        snprintf(id, sizeof id, "m%05d", i);
        json_array_append_new(meetings, json_pack("{s:s, s:[s], s:s, s:s, s:s, s:s, s:s, s:[s], s:[], s:[], "
                                                  "s:[{s:s, s:I, s:I}], s:n}",
                                                  "id", id, "bodies", "CFM", "date", "2000-01-01", "city", "Minsk",
                                                  "country", "belarus", "status", "held", "format", "in_person",
                                                  "articles", "big", "participants", "documents", "evidence",
                                                  "article", "big", "start", (json_int_t)start, "end",
                                                  (json_int_t)(text.len - 1), "documents_count"));
    }
    while (text.len < (1 << 20))
        sbuf_puts(&text, "Padding sentence about regional security. ");
    json_t *model = json_pack("{s:[{s:s, s:s, s:s, s:s, s:n, s:n, s:s}], s:o, s:[], s:[], s:[]}", "articles",
                              "id", "big", "title", "Digest", "published", "2021-05-27", "source", "X", "url",
                              "dateline", "text", sbuf_str(&text), "meetings", meetings, "officials",
                              "documents", "members");
    sbuf_free(&text);
    char path[128];
    snprintf(path, sizeof path, "%s/meet8k.json", dir);
    assert_int_equal(json_dump_file(model, path, JSON_COMPACT), 0);
    json_decref(model);
    csto_server s;
    const char *args[] = {"--corpus", path, "--data", "data", "--static", "static", "--quiet", NULL};
    assert_int_equal(server_start(&s, args, 60000), 0);
    char url[128];
    snprintf(url, sizeof url, "%s/healthz", s.base);
    http_reply r;
    assert_int_equal(http_get(url, &r), 0);
    json_t *h = json_loads(sbuf_str(&r.body), 0, NULL);
    double secs = json_real_value(json_object_get(h, "build_seconds"));
    fprintf(stderr, "snapshot of 8,000 meeting mentions built in %.2f s\n", secs);
    /* re-parsing the article per mention took 35 s; the linear build is about 0.75 s, 3 s under
     * ASan (the snapshot also builds sort_pos, value_counts and pair_counts, a third of it).  On the
     * shared 2-core machine the same build measured 1.6 s plain and 3.5-5.2 s under ASan (wall time, the
     * machine's load in it), so ASan's bound is wider; either is far below the quadratic build's. */
#if defined(__SANITIZE_ADDRESS__)
    assert_true(secs < 12.0);
#else
    assert_true(secs < 5.0);
#endif
    json_decref(h);
    http_reply_free(&r);
    /* the evidence sentences are still what a meeting is found by */
    snprintf(url, sizeof url, "%s/api/v1/search?q=November+1995&kind=meetings&limit=1", s.base);
    assert_int_equal(http_get(url, &r), 0);
    assert_non_null(strstr(sbuf_str(&r.body), "\"total\":28"));
    http_reply_free(&r);
    assert_int_equal(server_stop(&s), 0);
}

static void test_hostile_corpus_is_served(void **state)
{
    char p[128];
    snprintf(p, sizeof p, "%s/hostile", dir);
    csto_server s;
    const char *args[] = {"--corpus", p, "--data", "data", "--static", "static", "--quiet", NULL};
    long t0 = now_ms();
    assert_int_equal(server_start(&s, args, 60000), 0);
    fprintf(stderr, "hostile corpus served after %ld ms\n", now_ms() - t0);
    char url[128];
    snprintf(url, sizeof url, "%s/api/v1/articles/good", s.base);
    http_reply r;
    assert_int_equal(http_get(url, &r), 0);
    assert_int_equal(r.status, 200);
    http_reply_free(&r);
    char *err = server_stderr(&s);
    assert_non_null(strstr(err, "docs@"));
    free(err);
    assert_int_equal(server_stop(&s), 0);
}

static void test_sigterm_during_first_load(void **state)
{
    char p[128];
    snprintf(p, sizeof p, "%s/slow", dir);
    /* how long the load takes */
    sbuf err = {0};
    double cpu;
    long t0 = now_ms();
    parse("slow", &err, &cpu);
    long load_ms = now_ms() - t0;
    sbuf_free(&err);
    fprintf(stderr, "the slow corpus parses in %ld ms\n", load_ms);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, 1);
        dup2(devnull, 2);
        execl(csto_bin(), csto_bin(), "serve", "--corpus", p, "--data", "data", "--listen", "127.0.0.1:0", "--quiet",
              (char *)NULL);
        _exit(127);
    }
    nap_ms(300);
    long t1 = now_ms();
    kill(pid, SIGTERM);
    int status = 0;
    long waited = -1;
    while (now_ms() - t1 < 30000) {
        pid_t w = waitpid(pid, &status, WNOHANG);
        if (w == pid) {
            waited = now_ms() - t1;
            break;
        }
        nap_ms(10);
    }
    if (waited < 0) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
    }
    fprintf(stderr, "SIGTERM 0.3 s into a %ld ms load: exited after %ld ms\n", load_ms, waited);
    /* the load really was under way when SIGTERM came at 0.3 s (the margin is
     * 3x: this load takes 1.5 s on a quiet 2-core machine, 9 s under ASan) */
    assert_true(load_ms > 900);
    assert_true(waited >= 0 && waited < 1000);
    assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_many_documents_parse_in_linear_time),
        cmocka_unit_test(test_many_meetings_parse_in_linear_time),
        cmocka_unit_test(test_snapshot_of_many_meeting_mentions),
        cmocka_unit_test(test_hostile_corpus_is_served),
        cmocka_unit_test(test_sigterm_during_first_load),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
