/* test_handlers — handler building blocks without a daemon: route patterns
 * and dispatch (404/405), integer parameters, static path screening and
 * content types, problem+json bodies. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <string.h>

#include "handlers/handlers.h"
#include "handlers/responses.h"
#include "handlers/router.h"

static int match(const char *pattern, const char *path, const char **params)
{
    static char scratch[256];
    strcpy(scratch, path);
    return router_match(pattern, path, scratch, params, HTTP_MAX_PARAMS);
}

static void test_router_match(void **state)
{
    const char *p[HTTP_MAX_PARAMS];
    assert_int_equal(match("/api/v1/meetings", "/api/v1/meetings", p), 0);
    assert_int_equal(match("/api/v1/meetings", "/api/v1/meetings/", p), -1);
    assert_int_equal(match("/api/v1/meetings", "/api/v1/meeting", p), -1);
    assert_int_equal(match("/api/v1/meetings", "/api/v1/meetingsx", p), -1);
    assert_int_equal(match("/api/v1/meetings/{id}", "/api/v1/meetings/2018-11-08-csc-astana", p), 1);
    assert_string_equal(p[0], "2018-11-08-csc-astana");
    assert_int_equal(match("/api/v1/meetings/{id}", "/api/v1/meetings/", p), -1);
    assert_int_equal(match("/api/v1/meetings/{id}", "/api/v1/meetings", p), -1);
    assert_int_equal(match("/api/v1/meetings/{id}", "/api/v1/meetings/a/b", p), -1);
    assert_int_equal(match("/{a}/x/{b}", "/one/x/two", p), 2);
    assert_string_equal(p[0], "one");
    assert_string_equal(p[1], "two");
    assert_int_equal(match("/api/*", "/api", p), 0);
    assert_int_equal(match("/api/*", "/api/", p), 0);
    assert_int_equal(match("/api/*", "/api/v9/anything/else", p), 0);
    assert_int_equal(match("/api/*", "/apix", p), -1);
    assert_int_equal(match("/*", "/", p), 0);
    assert_int_equal(match("/*", "/a/b/c.css", p), 0);
    assert_int_equal(match("/healthz", "/", p), -1);
    assert_int_equal(match("/healthz", "healthz", p), -1);
}

static void h_item(const http_request *req, http_response *resp)
{
    sbuf_printf(&resp->body, "%d:%s", req->route_arg, req->params[0]);
    resp->status = 200;
}

static void test_dispatch(void **state)
{
    const route table[] = {
        {HTTP_GET | HTTP_HEAD, "/things/{id}", h_item, 7, 0},
        {HTTP_ANY, "/api/*", handle_not_found, 0, 0},
    };
    http_request req = {.method = HTTP_GET, .path = "/things/abc"};
    http_response resp;
    http_response_init(&resp);
    router_dispatch(table, 2, &req, "GET", &resp);
    assert_int_equal(resp.status, 200);
    assert_string_equal(sbuf_str(&resp.body), "7:abc");
    assert_null(req.params[0]); /* not left dangling */
    http_response_clear(&resp);

    req.method = HTTP_DELETE;
    router_dispatch(table, 2, &req, "DELETE", &resp);
    assert_int_equal(resp.status, 405);
    assert_string_equal(resp.allow, "GET, HEAD, OPTIONS");
    assert_string_equal(resp.content_type, "application/problem+json");
    assert_int_equal(req.route_index, 0);
    http_response_clear(&resp);

    /* OPTIONS on a GET route is a CORS preflight */
    req.method = HTTP_OPTIONS;
    router_dispatch(table, 2, &req, "OPTIONS", &resp);
    assert_int_equal(resp.status, 204);
    assert_string_equal(resp.allow, "GET, HEAD, OPTIONS");
    assert_int_equal(resp.body.len, 0);
    int saw_max_age = 0;
    for (int i = 0; i < resp.nheaders; i++)
        saw_max_age |= strcmp(resp.headers[i].name, "Access-Control-Max-Age") == 0;
    assert_true(saw_max_age);
    http_response_clear(&resp);
    req.method = HTTP_DELETE;

    req.path = "/api/x";
    router_dispatch(table, 2, &req, "DELETE", &resp);
    assert_int_equal(resp.status, 404);
    http_response_clear(&resp);

    req.path = "/elsewhere";
    req.method = HTTP_GET;
    router_dispatch(table, 2, &req, "GET", &resp);
    assert_int_equal(resp.status, 404);
    assert_int_equal(req.route_index, -1);
    http_response_clear(&resp);
}

static void test_accepts_gzip(void **state)
{
    assert_true(accepts_gzip("gzip"));
    assert_true(accepts_gzip("deflate, gzip;q=0.5, br"));
    assert_true(accepts_gzip("*"));
    assert_true(accepts_gzip("GZIP"));
    assert_false(accepts_gzip(NULL));
    assert_false(accepts_gzip(""));
    assert_false(accepts_gzip("identity"));
    assert_false(accepts_gzip("gzip;q=0"));
    assert_false(accepts_gzip("x-gzip2, br"));
}

/* Accept by q weights (issue 15: "application/json, text/csv;q=0.1" and
 * "text/csv;q=0" both got CSV because any mention of text/csv won). */
static void test_accept_format(void **state)
{
    assert_int_equal(accept_format(NULL), ACCEPT_JSON);
    assert_int_equal(accept_format(""), ACCEPT_JSON);
    assert_int_equal(accept_format("text/csv"), ACCEPT_CSV);
    assert_int_equal(accept_format("TEXT/CSV"), ACCEPT_CSV);
    assert_int_equal(accept_format("application/x-ndjson"), ACCEPT_NDJSON);
    assert_int_equal(accept_format("application/json, text/csv;q=0.1"), ACCEPT_JSON);
    assert_int_equal(accept_format("text/csv;q=0"), ACCEPT_JSON);          /* nothing acceptable: JSON */
    assert_int_equal(accept_format("text/csv;q=0.0, */*;q=0.1"), ACCEPT_JSON); /* csv refused, any else */
    assert_int_equal(accept_format("text/csv; charset=utf-8; q=0.9, application/json;q=0.5"), ACCEPT_CSV);
    assert_int_equal(accept_format("application/json;q=0.2, application/x-ndjson;q=0.8, text/csv;q=0.5"),
                     ACCEPT_NDJSON);
    assert_int_equal(accept_format("text/*"), ACCEPT_CSV);
    assert_int_equal(accept_format("*/*"), ACCEPT_JSON);
    assert_int_equal(accept_format("*/*;q=0.1, text/csv"), ACCEPT_CSV);
    assert_int_equal(accept_format("text/html,application/xhtml+xml,*/*;q=0.8"), ACCEPT_JSON); /* a browser */
    assert_int_equal(accept_format("text/csv, application/json"), ACCEPT_JSON); /* a tie: JSON first */
    assert_int_equal(accept_format("text/*;q=0.3, text/csv;q=0"), ACCEPT_JSON); /* the specific range wins */
    assert_int_equal(accept_format("text/csv;q=abc"), ACCEPT_JSON);             /* a malformed weight is 0 */
    assert_int_equal(accept_format("image/png"), ACCEPT_JSON);
    assert_int_equal(accept_format(" , ,;q=1,"), ACCEPT_JSON);
}

static void test_parse_bounded_long(void **state)
{
    long v = -1;
    assert_int_equal(parse_bounded_long("0", 1000, &v), 0);
    assert_int_equal(v, 0);
    assert_int_equal(parse_bounded_long("1000", 1000, &v), 0);
    assert_int_equal(v, 1000);
    assert_int_equal(parse_bounded_long("007", 1000, &v), 0);
    assert_int_equal(v, 7);
    const char *bad[] = {"1001", "-1", "", "abc", "1.0", " 1", "1 ", "+1", "0x1",
                         "9223372036854775808", "99999999999999999999"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_int_equal(parse_bounded_long(bad[i], 1000, &v), -1);
    assert_int_equal(parse_bounded_long(NULL, 1000, &v), -1);
    assert_int_equal(parse_bounded_long("1000000000", LIST_OFFSET_MAX, &v), 0);
    assert_int_equal(parse_bounded_long("1000000001", LIST_OFFSET_MAX, &v), -1);
}

static void test_static_paths(void **state)
{
    assert_int_equal(static_path_check("/"), 0);
    assert_int_equal(static_path_check("/index.html"), 0);
    assert_int_equal(static_path_check("/js/app.v2.js"), 0);
    assert_int_equal(static_path_check("/a..b/c"), 0); /* dots inside a name are fine... */
    assert_int_equal(static_path_check("/.."), 400);  /* ...a dot segment is not */
    assert_int_equal(static_path_check("/../Makefile"), 400);
    assert_int_equal(static_path_check("/a/../../b"), 400);
    assert_int_equal(static_path_check("/a/.."), 400);
    assert_int_equal(static_path_check("/./a"), 400);
    assert_int_equal(static_path_check("/a\\..\\b"), 400);
    assert_int_equal(static_path_check("/a\nb"), 400);
    assert_int_equal(static_path_check("relative"), 400);
    assert_int_equal(static_path_check(NULL), 400);
    assert_int_equal(static_path_check("/.git/config"), 404);
    assert_int_equal(static_path_check("/a/.env"), 404);

    assert_string_equal(static_content_type("/x/index.html"), "text/html; charset=utf-8");
    assert_string_equal(static_content_type("app.JS"), "text/javascript; charset=utf-8");
    assert_string_equal(static_content_type("s.css"), "text/css; charset=utf-8");
    assert_string_equal(static_content_type("f.woff2"), "font/woff2");
    assert_string_equal(static_content_type("/dir.d/README"), "application/octet-stream");
    assert_string_equal(static_content_type("noext"), "application/octet-stream");
}

static void test_static_handler(void **state)
{
    http_request req = {.method = HTTP_GET, .path = "/", .static_root = "static"};
    http_response resp;
    http_response_init(&resp);
    handle_static(&req, &resp);
    assert_int_equal(resp.status, 200);
    assert_true(resp.fd >= 0);
    assert_true(resp.fd_size > 100);
    assert_string_equal(resp.content_type, "text/html; charset=utf-8");
    http_response_clear(&resp);
    assert_int_equal(resp.fd, -1);

    req.path = "/missing.css";
    handle_static(&req, &resp);
    assert_int_equal(resp.status, 404);
    http_response_clear(&resp);

    req.path = "/../Makefile";
    handle_static(&req, &resp);
    assert_int_equal(resp.status, 400);
    assert_int_equal(resp.fd, -1);
    http_response_clear(&resp);
}

static void test_problem_body(void **state)
{
    http_response resp;
    http_response_init(&resp);
    sbuf_puts(&resp.body, "stale");
    resp_problem(&resp, 400, "limit must be \"small\"", "limit");
    json_t *p = json_loads(sbuf_str(&resp.body), 0, NULL);
    assert_non_null(p);
    assert_string_equal(json_string_value(json_object_get(p, "type")), "about:blank");
    assert_string_equal(json_string_value(json_object_get(p, "title")), "Bad Request");
    assert_int_equal(json_integer_value(json_object_get(p, "status")), 400);
    assert_string_equal(json_string_value(json_object_get(p, "detail")), "limit must be \"small\"");
    assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(p, "invalid-params"), 0), "name")), "limit");
    assert_string_equal(resp.content_type, "application/problem+json");
    json_decref(p);
    http_response_clear(&resp);
    assert_int_equal(http_method_from_name("GET"), HTTP_GET);
    assert_int_equal(http_method_from_name("get"), HTTP_OTHER);
    assert_int_equal(http_method_from_name("BREW"), HTTP_OTHER);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_router_match),
        cmocka_unit_test(test_dispatch),
        cmocka_unit_test(test_accepts_gzip),
        cmocka_unit_test(test_accept_format),
        cmocka_unit_test(test_parse_bounded_long),
        cmocka_unit_test(test_static_paths),
        cmocka_unit_test(test_static_handler),
        cmocka_unit_test(test_problem_body),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
