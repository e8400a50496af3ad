/* test_log — the buffered access log (server/log.c): every request's line
 * is complete, the lines come in the order the requests were answered, they
 * reach stderr within about a second of the request (the flusher thread)
 * without any later request pushing them out, and what is still buffered
 * when SIGTERM arrives is written before the process exits.  Both formats
 * (common and --log-format json). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <curl/curl.h>
#include <jansson.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/common/harness.h"

#define NREQ 60

/* How many access-log lines (JSON objects with "uri", or common-format
 * lines with "\"GET ") of /api/ requests are in log. */
static int count_lines(const char *log, int json)
{
    int n = 0;
    for (const char *p = log; (p = strstr(p, json ? "\"uri\":\"/api/" : "\"GET /api/")); p++)
        n++;
    return n;
}

/* Checks that log holds the NREQ requests of send_requests, each line whole
 * and in order. */
static void check_lines(char *log, int json)
{
    int next = 0;
    for (char *line = strtok(log, "\n"); line; line = strtok(NULL, "\n")) {
        char want[96];
        snprintf(want, sizeof want, "/api/v1/meetings?limit=1&offset=%d", next);
        if (json) {
            if (line[0] != '{')
                continue; /* the server's own messages */
            json_error_t err;
            json_t *j = json_loads(line, 0, &err);
            if (!j)
                fail_msg("an access-log line is not whole JSON: %s", line);
            const char *uri = json_string_value(json_object_get(j, "uri"));
            if (uri && strcmp(uri, "/healthz") != 0) {
                if (strcmp(uri, want) != 0)
                    fail_msg("line %d: expected %s, got %s", next, want, uri);
                assert_int_equal(json_integer_value(json_object_get(j, "status")), 200);
                assert_true(json_is_real(json_object_get(j, "ms")));
                next++;
            }
            json_decref(j);
        } else if (strstr(line, "\"GET /api/")) {
            /* 127.0.0.1 - - [date] "GET uri HTTP/1.1" 200 bytes */
            char uri[128], tail[64];
            unsigned status = 0;
            unsigned long bytes = 0;
            const char *q = strstr(line, "\"GET ");
            assert_non_null(q);
            assert_int_equal(strncmp(line, "127.0.0.1 - - [", 15), 0);
            if (sscanf(q, "\"GET %127s %63[^\"]\" %u %lu", uri, tail, &status, &bytes) != 4)
                fail_msg("an access-log line is not whole: %s", line);
            if (strcmp(uri, want) != 0)
                fail_msg("line %d: expected %s, got %s", next, want, uri);
            assert_string_equal(tail, "HTTP/1.1");
            assert_int_equal(status, 200);
            assert_true(bytes > 0);
            next++;
        }
    }
    assert_int_equal(next, NREQ);
}

static size_t discard(char *p, size_t size, size_t n, void *ud)
{
    (void)p;
    (void)ud;
    return size * n;
}

/* NREQ requests one after the other on one keep-alive connection: their
 * order is the order they are answered in (across connections it is not
 * defined: each connection's completion runs on its own schedule). */
static void send_requests(const csto_server *s)
{
    CURL *c = curl_easy_init();
    assert_non_null(c);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, 5L);
    for (int i = 0; i < NREQ; i++) {
        char url[160];
        snprintf(url, sizeof url, "%s/api/v1/meetings?limit=1&offset=%d", s->base, i);
        curl_easy_setopt(c, CURLOPT_URL, url);
        assert_int_equal(curl_easy_perform(c), CURLE_OK);
        long status = 0;
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
        assert_int_equal(status, 200);
    }
    curl_easy_cleanup(c);
}

/* The lines appear without a further request, within about a second. */
static void flushed_in_time(int json)
{
    const char *args_json[] = {"--corpus", "tests/fixtures/model.json", "--data", "data", "--static", "static",
                               "--threads", "2", "--log-format", "json", NULL};
    const char *args_text[] = {"--corpus", "tests/fixtures/model.json", "--data", "data", "--static", "static",
                               "--threads", "2", NULL};
    csto_server s;
    assert_int_equal(server_start(&s, json ? args_json : args_text, 15000), 0);
    send_requests(&s);
    long sent = now_ms(), seen = -1;
    char *log = NULL;
    while (now_ms() - sent < 5000) {
        free(log);
        log = server_stderr(&s);
        if (count_lines(log, json) >= NREQ) {
            seen = now_ms();
            break;
        }
        nap_ms(10);
    }
    if (seen < 0)
        fail_msg("the access log was not written within 5 s:\n%s", log);
    /* LOG_FLUSH_MS is 1000; the rest is slack for a loaded machine */
    if (seen - sent > 1800)
        fail_msg("the access log took %ld ms to be written", seen - sent);
    check_lines(log, json);
    free(log);
    assert_int_equal(server_stop(&s), 0);
}

static void test_flushed_within_a_second_json(void **state) { flushed_in_time(1); }
static void test_flushed_within_a_second_text(void **state) { flushed_in_time(0); }

/* SIGTERM right after the requests: the lines still in the buffer are
 * written before the process exits. */
static void flushed_at_sigterm(int json)
{
    const char *args_json[] = {"--corpus", "tests/fixtures/model.json", "--data", "data", "--static", "static",
                               "--log-format", "json", NULL};
    const char *args_text[] = {"--corpus", "tests/fixtures/model.json", "--data", "data", "--static", "static",
                               NULL};
    csto_server s;
    assert_int_equal(server_start(&s, json ? args_json : args_text, 15000), 0);
    send_requests(&s);
    assert_int_equal(kill(s.pid, SIGTERM), 0);
    int st = 0;
    long end = now_ms() + 10000;
    pid_t w = 0;
    while ((w = waitpid(s.pid, &st, WNOHANG)) == 0 && now_ms() < end)
        nap_ms(10);
    assert_int_equal(w, s.pid);
    s.pid = 0;
    char *log = server_stderr(&s);
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) /* say how it ended, with what it wrote */
        fail_msg("the server did not exit with status 0 after SIGTERM (%s %d); its stderr:\n%s",
                 WIFEXITED(st) ? "exit status" : "signal", WIFEXITED(st) ? WEXITSTATUS(st) : WTERMSIG(st), log);
    assert_non_null(strstr(log, "csto: drained"));
    /* every line, also the last request's, which completes when its
     * connection closes (possibly after the drain: written at exit) */
    check_lines(log, json);
    free(log);
    unlink(s.errpath);
}

static void test_flushed_at_sigterm_json(void **state) { flushed_at_sigterm(1); }
static void test_flushed_at_sigterm_text(void **state) { flushed_at_sigterm(0); }

/* CSTO_LOG_BUFFER=0: each line is written at once, as before buffering;
 * still whole and in order. */
static void test_unbuffered(void **state)
{
    setenv("CSTO_LOG_BUFFER", "0", 1);
    const char *args[] = {"--corpus", "tests/fixtures/model.json", "--data", "data", "--static", "static", NULL};
    csto_server s;
    assert_int_equal(server_start(&s, args, 15000), 0);
    unsetenv("CSTO_LOG_BUFFER");
    send_requests(&s);
    char *log = NULL;
    long sent = now_ms();
    while (now_ms() - sent < 3000) {
        free(log);
        log = server_stderr(&s);
        if (count_lines(log, 0) >= NREQ)
            break;
        nap_ms(5);
    }
    assert_int_equal(count_lines(log, 0), NREQ);
    check_lines(log, 0);
    free(log);
    assert_int_equal(server_stop(&s), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_flushed_within_a_second_json),
        cmocka_unit_test(test_flushed_within_a_second_text),
        cmocka_unit_test(test_flushed_at_sigterm_json),
        cmocka_unit_test(test_flushed_at_sigterm_text),
        cmocka_unit_test(test_unbuffered),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
