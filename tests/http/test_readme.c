/* test_readme — every curl example in README.md, run against a real server
 * serving the bundled corpus/ (what `make run` serves): each answers 200
 * with data (a non-empty list, a total above 0 with limit=0, a non-empty
 * series, CSV or NDJSON rows past the header), or the status its comment
 * names ("# 400 ..."). Issue 15: three examples returned empty results. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/common/harness.h"

/* One shell word of s at *p (single quotes or bare), into buf. */
static int next_word(const char **p, char *buf, size_t len)
{
    const char *s = *p;
    while (*s == ' ' || *s == '\t')
        s++;
    if (!*s || *s == '#')
        return 0;
    size_t n = 0;
    while (*s && *s != ' ' && *s != '\t') {
        if (*s == '\'') {
            const char *end = strchr(s + 1, '\'');
            if (!end)
                return 0;
            for (const char *c = s + 1; c < end && n + 1 < len; c++)
                buf[n++] = *c;
            s = end + 1;
        } else {
            if (n + 1 < len)
                buf[n++] = *s;
            s++;
        }
    }
    buf[n] = '\0';
    *p = s;
    return 1;
}

/* Whether a 200 answer holds data. */
static int has_data(const char *url, const http_reply *r, char *why, size_t len)
{
    char ct[128] = "";
    http_header(r, "Content-Type", ct, sizeof ct);
    const char *body = sbuf_str(&r->body);
    if (strncmp(ct, "text/csv", 8) == 0) {
        const char *nl = strstr(body, "\r\n");
        if (!nl || !nl[2]) { snprintf(why, len, "CSV with no row"); return 0; }
        return 1;
    }
    if (strncmp(ct, "application/x-ndjson", 20) == 0 || strncmp(ct, "text/plain", 10) == 0) {
        if (!*body) { snprintf(why, len, "empty body"); return 0; }
        return 1;
    }
    json_t *j = json_loads(body, 0, NULL);
    if (!j) { snprintf(why, len, "not JSON"); return 0; }
    int ok = 1;
    json_t *data = json_object_get(j, "data");
    if (json_is_array(j))
        ok = json_array_size(j) > 0;
    else if (json_is_array(data))
        ok = strstr(url, "limit=0") ? json_integer_value(json_object_get(j, "total")) > 0 : json_array_size(data) > 0;
    else
        ok = json_object_size(j) > 0;
    if (!ok)
        snprintf(why, len, "no data: %.200s", body);
    json_decref(j);
    return ok;
}

static void test_readme_examples(void **state)
{
    FILE *f = fopen("README.md", "r");
    assert_non_null(f);
    csto_server s;
    const char *args[] = {"--corpus", "corpus", "--data", "data", "--static", "static", "--quiet", NULL};
    assert_int_equal(server_start(&s, args, 30000), 0);
    char line[2048];
    int n = 0, bad = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        const char *p = line + strspn(line, " ");
        if (strncmp(p, "curl ", 5) != 0 || !strstr(p, "localhost:8080"))
            continue;
        char word[1024], url[1200] = "", hdr[1100] = "";
        const char *headers[] = {hdr, NULL};
        int want = 200, h_next = 0;
        const char *hash = strstr(p, " #");
        if (hash && strstr(hash, "400"))
            want = 400;
        p += 5;
        while (next_word(&p, word, sizeof word)) {
            if (h_next) { snprintf(hdr, sizeof hdr, "%s", word); h_next = 0; }
            else if (strcmp(word, "-H") == 0) h_next = 1;
            else if (strstr(word, "localhost:8080")) snprintf(url, sizeof url, "%s%s", s.base, strstr(word, "localhost:8080") + 14);
            else if (word[0] == '>') break;
        }
        assert_true(url[0]);
        http_reply r;
        assert_int_equal(http_do_headers("GET", url, hdr[0] ? headers : NULL, &r), 0);
        char why[300] = "";
        n++;
        if (r.status != want) {
            fprintf(stderr, "README: %s -> %ld, not %d\n", line, r.status, want);
            bad++;
        } else if (want == 200 && !has_data(url, &r, why, sizeof why)) {
            fprintf(stderr, "README: %s -> %s\n", line, why);
            bad++;
        }
        http_reply_free(&r);
    }
    fclose(f);
    printf("README: %d curl examples run against corpus/, %d without data\n", n, bad);
    assert_true(n >= 30);
    assert_int_equal(bad, 0);
    assert_int_equal(server_stop(&s), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_readme_examples),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
