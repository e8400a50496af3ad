/* test_harden_csv — CSV safe for spreadsheets (issue #16): a cell that a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a CR)
 * comes out with a leading single quote, in a page (limit=) and in a
 * streamed whole set; other cells are unchanged and NDJSON/JSON keep the
 * text as it is.  A model file written here with such article titles. */
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

static char model_path[64];
static csto_server srv;

static const struct {
    const char *id, *title, *cell; /* the title as it must appear in the CSV row */
} cases[] = {
    {"a1", "=HYPERLINK(\"http://evil.example/\",\"click\")", "\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"click\"\")\""},
    {"a2", "@SUM(A1:A9)", "'@SUM(A1:A9)"},
    {"a3", "+1+", "'+1+"},
    {"a4", "-2+3", "'-2+3"},
    {"a5", "\tcmd", "'\tcmd"},
    {"a6", "\rcmd", "\"'\rcmd\""},
    {"a7", "Plain title - with = inside", "Plain title - with = inside"},
    /* what the stored JSON escapes comes out as the text: CSV rows are read
     * from the stored docs without a parser (handlers/output.c csv_row_doc) */
    {"a8", "Line\nbreak, \"quoted\"", "\"Line\nbreak, \"\"quoted\"\"\""},
    {"a9", "Ünïcödé 😀 back\\slash/", "Ünïcödé 😀 back\\slash/"},
    {"a10", "ctl\x01\x1f bell\b ff\f", "ctl\x01\x1f bell\b ff\f"},
};
#define NCASES (sizeof cases / sizeof *cases)

static int setup(void **state)
{
    snprintf(model_path, sizeof model_path, "/tmp/csto-csv-XXXXXX.json");
    int fd = mkstemps(model_path, 5);
    if (fd < 0)
        return -1;
    close(fd);
    json_t *arts = json_array();
    for (size_t i = 0; i < NCASES; i++)
        json_array_append_new(arts, json_pack("{s:s, s:s, s:s, s:s, s:n, s:n, s:s}", "id", cases[i].id, "title",
                                              cases[i].title, "published", "2021-05-27", "source", "TASS", "url",
                                              "dateline", "text", "Some text."));
    json_t *model = json_pack("{s:o, s:[], s:[], s:[], s:[]}", "articles", arts, "meetings", "officials",
                              "documents", "members");
    int rc = json_dump_file(model, model_path, 0);
    json_decref(model);
    if (rc != 0)
        return -1;
    const char *args[] = {"--corpus", model_path, "--data", "data", "--static", "static", "--quiet", NULL};
    return server_start(&srv, args, 30000);
}

static int teardown(void **state)
{
    server_stop(&srv);
    unlink(model_path);
    return 0;
}

static void check_csv(const char *query)
{
    char url[256];
    snprintf(url, sizeof url, "%s/api/v1/articles?%s", srv.base, query);
    http_reply r;
    assert_int_equal(http_get(url, &r), 0);
    assert_int_equal(r.status, 200);
    const char *body = sbuf_str(&r.body);
    for (size_t i = 0; i < NCASES; i++) {
        char row[512];
        snprintf(row, sizeof row, "\r\n%s,%s\r\n", cases[i].id, cases[i].cell);
        if (!strstr(body, row))
            fprintf(stderr, "%s: no row %s in:\n%s\n", query, cases[i].id, body);
        assert_non_null(strstr(body, row));
    }
    http_reply_free(&r);
}

static void test_formula_cells_are_neutralised(void **state)
{
    check_csv("format=csv&fields=id,title");          /* streamed */
    check_csv("format=csv&fields=id,title&limit=50"); /* a page */
}

static void test_ndjson_keeps_the_text(void **state)
{
    char url[256];
    snprintf(url, sizeof url, "%s/api/v1/articles?format=ndjson&fields=title", srv.base);
    http_reply r;
    assert_int_equal(http_get(url, &r), 0);
    assert_non_null(strstr(sbuf_str(&r.body), "{\"title\":\"@SUM(A1:A9)\"}"));
    assert_non_null(strstr(sbuf_str(&r.body), "{\"title\":\"-2+3\"}"));
    http_reply_free(&r);
}

/* The NDJSON stream (each stored doc sent as it is) holds the items of the
 * JSON page, one per line, in order. */
static void test_ndjson_stream_is_the_json_items(void **state)
{
    char url[256];
    http_reply page, stream;
    snprintf(url, sizeof url, "%s/api/v1/articles?limit=1000", srv.base);
    assert_int_equal(http_get(url, &page), 0);
    snprintf(url, sizeof url, "%s/api/v1/articles?format=ndjson", srv.base);
    assert_int_equal(http_get(url, &stream), 0);
    json_t *root = json_loads(sbuf_str(&page.body), 0, NULL);
    json_t *data = json_object_get(root, "data");
    assert_int_equal(json_array_size(data), NCASES);
    const char *line = sbuf_str(&stream.body);
    for (size_t i = 0; i < NCASES; i++) {
        const char *nl = strchr(line, '\n');
        assert_non_null(nl);
        json_t *got = json_loadb(line, (size_t)(nl - line), 0, NULL);
        assert_non_null(got);
        assert_true(json_equal(got, json_array_get(data, i)));
        json_decref(got);
        line = nl + 1;
    }
    assert_string_equal(line, "");
    json_decref(root);
    http_reply_free(&page);
    http_reply_free(&stream);
}

/* A whole-set stream that embeds related items has no bound but the set's
 * size (a member's thousands of officials per row): a limit is asked for. */
static void test_include_on_a_whole_stream_is_refused(void **state)
{
    char url[256];
    http_reply r;
    snprintf(url, sizeof url, "%s/api/v1/members?format=ndjson&include=officials", srv.base);
    assert_int_equal(http_get(url, &r), 0);
    assert_int_equal(r.status, 400);
    assert_non_null(strstr(sbuf_str(&r.body), "\"name\":\"include\""));
    http_reply_free(&r);
    snprintf(url, sizeof url, "%s/api/v1/members?format=ndjson&include=officials&limit=10", srv.base);
    assert_int_equal(http_get(url, &r), 0);
    assert_int_equal(r.status, 200);
    http_reply_free(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_formula_cells_are_neutralised),
        cmocka_unit_test(test_ndjson_keeps_the_text),
        cmocka_unit_test(test_ndjson_stream_is_the_json_items),
        cmocka_unit_test(test_include_on_a_whole_stream_is_refused),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
