/* test_cache — the response cache without a socket: a cached answer has the
 * body, ETag and headers of a fresh one (identity, gzip and 304), the key
 * tells requests apart (arguments, their order, Accept) but not GET from
 * HEAD, the byte budget holds under many distinct requests, an entry a
 * response still holds survives its eviction and its snapshot, and the
 * whole cache goes with its snapshot (no bytes left). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "handlers/cache.h"
#include "handlers/handlers.h"
#include "handlers/responses.h"
#include "handlers/router.h"
#include "model/snapshot.h"

#define BUDGET 65536

static const route routes[] = {
    {HTTP_GET | HTTP_HEAD, "/api/v1/meetings", handle_collection_list, SNAP_MEETINGS, 1},
    {HTTP_GET | HTTP_HEAD, "/api/v1/articles", handle_collection_list, SNAP_ARTICLES, 1},
    {HTTP_GET | HTTP_HEAD, "/api/v1/members/{id}", handle_collection_item, SNAP_MEMBERS, 1},
    {HTTP_GET | HTTP_HEAD, "/metrics", handle_metrics, 0, 0},
};
#define NROUTES (sizeof routes / sizeof routes[0])

/* A request: path, args "a=1&b=2" (no decoding), request headers "Name: value". */
typedef struct fake {
    http_arg args[16];
    char buf[512];
    const char *headers[8];
    http_request req;
} fake;

static const char *fake_query(void *ctx, const char *name)
{
    const fake *f = ctx;
    for (int i = 0; i < f->req.nargs; i++)
        if (strcmp(f->args[i].name, name) == 0)
            return f->args[i].value;
    return NULL;
}

static const char *fake_header(void *ctx, const char *name)
{
    const fake *f = ctx;
    size_t n = strlen(name);
    for (int i = 0; f->headers[i]; i++)
        if (strncasecmp(f->headers[i], name, n) == 0 && f->headers[i][n] == ':')
            return f->headers[i] + n + 2;
    return NULL;
}

static void fake_init(fake *f, snapshot *s, http_method m, const char *path, const char *query,
                      const char *const *headers)
{
    memset(f, 0, sizeof *f);
    snprintf(f->buf, sizeof f->buf, "%s", query ? query : "");
    int n = 0;
    for (char *p = f->buf; *p && n < 16;) {
        char *amp = strchr(p, '&');
        if (amp)
            *amp = '\0';
        char *eq = strchr(p, '=');
        if (eq)
            *eq = '\0';
        f->args[n++] = (http_arg){p, eq ? eq + 1 : ""};
        if (!amp)
            break;
        p = amp + 1;
    }
    for (int i = 0; headers && headers[i] && i < 7; i++)
        f->headers[i] = headers[i];
    f->req = (http_request){.method = m, .path = path, .query = fake_query, .query_ctx = f,
                            .args = f->args, .nargs = n, .header = fake_header, .header_ctx = f,
                            .snap = s, .route_index = -1};
}

/* What the server would send: status, headers in order, body. */
static void *flatten(http_response *r)
{
    sbuf *b = calloc(1, sizeof *b);
    sbuf_printf(b, "%u\n%s\n%s\n", r->status, r->content_type ? r->content_type : "-",
                r->cache_control ? r->cache_control : "-");
    for (int i = 0; i < r->nheaders; i++)
        sbuf_printf(b, "%s: %s\n", r->headers[i].name, r->headers[i].value);
    sbuf_puts(b, "\n");
    if (r->ext_body)
        sbuf_append(b, r->ext_body, r->ext_len);
    else
        sbuf_append(b, r->body.buf ? r->body.buf : "", r->body.len);
    return b;
}

static void unflatten(void *w)
{
    sbuf_free(w);
    free(w);
}

/* One request through router + finish, as the server runs it; returns what
 * would be sent (caller frees) and whether it was a cache hit (a miss that
 * fills the cache is answered from the new entry too). */
static char *serve_with(const route *table, size_t n, fake *f, int *hit)
{
    http_response resp;
    http_response_init(&resp);
    cache_stats st0, st1;
    cache_get_stats(NULL, &st0);
    /* server/request.c: lookup (a route marked cacheable) -> dispatch -> finish */
    int ri = router_find(table, n, f->req.path);
    if (!(ri >= 0 && table[ri].cacheable && cache_lookup(&f->req, &resp)))
        router_dispatch(table, n, &f->req, "GET", &resp);
    http_finish(&f->req, &resp);
    cache_get_stats(NULL, &st1);
    *hit = st1.hits > st0.hits;
    char *out;
    if (resp.cached) {
        sbuf *w = cache_entry_wire(resp.cached, resp.cached_variant, flatten, unflatten);
        assert_non_null(w);
        out = strdup(sbuf_str(w));
        assert_int_equal(cache_entry_body_size(resp.cached, resp.cached_variant),
                         resp.status == 304 ? 0 : strlen(strstr(out, "\n\n") + 2));
    } else {
        sbuf *w = flatten(&resp);
        out = strdup(sbuf_str(w));
        unflatten(w);
    }
    http_response_clear(&resp);
    return out;
}

static char *serve(fake *f, int *hit)
{
    return serve_with(routes, NROUTES, f, hit);
}

static snapshot *load(void)
{
    json_error_t jerr;
    json_t *m = json_load_file("tests/fixtures/api_model.json", 0, &jerr);
    assert_non_null(m);
    char err[256];
    snapshot *s = snapshot_new(m, 2, err, sizeof err);
    json_decref(m);
    assert_non_null(s);
    return s;
}

/* The same request against a cached and an uncached snapshot. */
static void same_answer(snapshot *cached, snapshot *plain, http_method m, const char *path,
                        const char *query, const char *const *headers)
{
    fake a, b;
    int hit1, hit2, hit3;
    fake_init(&a, cached, m, path, query, headers);
    char *first = serve(&a, &hit1);
    fake_init(&a, cached, m, path, query, headers);
    char *second = serve(&a, &hit2);
    fake_init(&b, plain, m, path, query, headers);
    char *fresh = serve(&b, &hit3);
    assert_false(hit3);
    assert_true(hit2);
    /* Last-Modified differs between two snapshots built at different
     * seconds; compare the rest byte for byte */
    char *lm;
    for (char *s = first; (lm = strstr(s, "Last-Modified: ")); s = lm + 1)
        memset(lm + 15, '-', 29);
    for (char *s = second; (lm = strstr(s, "Last-Modified: ")); s = lm + 1)
        memset(lm + 15, '-', 29);
    for (char *s = fresh; (lm = strstr(s, "Last-Modified: ")); s = lm + 1)
        memset(lm + 15, '-', 29);
    assert_string_equal(first, second);
    assert_string_equal(second, fresh);
    free(first);
    free(second);
    free(fresh);
}

static snapshot *g_plain;

static void test_identical_to_uncached(void **state)
{
    snapshot *s = load();
    /* the plain snapshot's cache has a budget too small for any entry */
    resp_cache *tiny = cache_new(16);
    assert_ptr_equal(snapshot_attach(g_plain, tiny, cache_free), tiny);
    const char *gz[] = {"Accept-Encoding: gzip", NULL};
    const char *csv[] = {"Accept: text/csv", NULL};
    same_answer(s, g_plain, HTTP_GET, "/api/v1/meetings", NULL, NULL);
    same_answer(s, g_plain, HTTP_GET, "/api/v1/meetings", "limit=1&offset=1", NULL);
    same_answer(s, g_plain, HTTP_GET, "/api/v1/meetings", "sort=-date&facet=body", NULL);
    same_answer(s, g_plain, HTTP_GET, "/api/v1/meetings", "format=csv&limit=100", NULL); /* a whole set is streamed, not cached */
    same_answer(s, g_plain, HTTP_GET, "/api/v1/articles", NULL, gz);
    same_answer(s, g_plain, HTTP_GET, "/api/v1/articles", "pretty=1&limit=100", csv);
    same_answer(s, g_plain, HTTP_HEAD, "/api/v1/members/armenia", "include=officials", NULL);

    /* 304 from an ETag, for both encodings */
    fake f;
    int hit;
    fake_init(&f, s, HTTP_GET, "/api/v1/articles", NULL, NULL);
    char *full = serve(&f, &hit);
    char *tag = strstr(full, "ETag: ");
    assert_non_null(tag);
    char inm[64];
    snprintf(inm, sizeof inm, "If-None-Match: %.18s", tag + 6);
    const char *h1[] = {inm, NULL};
    const char *h2[] = {inm, "Accept-Encoding: gzip", NULL};
    same_answer(s, g_plain, HTTP_GET, "/api/v1/articles", NULL, h1);
    same_answer(s, g_plain, HTTP_GET, "/api/v1/articles", NULL, h2);
    fake_init(&f, s, HTTP_GET, "/api/v1/articles", NULL, h1);
    char *nm = serve(&f, &hit);
    assert_true(hit);
    assert_int_equal(strncmp(nm, "304\n", 4), 0);
    free(nm);
    free(full);
    snapshot_release(s);
}

static void test_keys(void **state)
{
    snapshot *s = load();
    fake f;
    int hit;
    char *a, *b;
    /* errors and uncacheable routes never come from the cache */
    fake_init(&f, s, HTTP_GET, "/api/v1/meetings", "limit=x", NULL);
    free(serve(&f, &hit));
    fake_init(&f, s, HTTP_GET, "/api/v1/meetings", "limit=x", NULL);
    a = serve(&f, &hit);
    assert_false(hit);
    assert_int_equal(strncmp(a, "400\n", 4), 0);
    free(a);
    fake_init(&f, s, HTTP_GET, "/metrics", NULL, NULL);
    free(serve(&f, &hit));
    fake_init(&f, s, HTTP_GET, "/metrics", NULL, NULL);
    free(serve(&f, &hit));
    assert_false(hit);
    /* the route table decides: the same list on a route not marked
     * cacheable is never kept nor answered from the cache */
    static const route uncached[] = {
        {HTTP_GET | HTTP_HEAD, "/api/v1/officials", handle_collection_list, SNAP_OFFICIALS, 0},
    };
    for (int i = 0; i < 2; i++) {
        fake_init(&f, s, HTTP_GET, "/api/v1/officials", "limit=1", NULL);
        a = serve_with(uncached, 1, &f, &hit);
        assert_false(hit);
        assert_int_equal(strncmp(a, "200\n", 4), 0);
        free(a);
    }
    fake_init(&f, s, HTTP_GET, "/api/v1/officials", "limit=1", NULL);
    static const route cached[] = {
        {HTTP_GET | HTTP_HEAD, "/api/v1/officials", handle_collection_list, SNAP_OFFICIALS, 1},
    };
    free(serve_with(cached, 1, &f, &hit));
    assert_false(hit); /* nothing was kept by the uncached route */
    fake_init(&f, s, HTTP_GET, "/api/v1/officials", "limit=1", NULL);
    free(serve_with(cached, 1, &f, &hit));
    assert_true(hit);
    /* GET fills, HEAD hits */
    fake_init(&f, s, HTTP_GET, "/api/v1/meetings", "limit=1", NULL);
    a = serve(&f, &hit);
    assert_false(hit);
    fake_init(&f, s, HTTP_HEAD, "/api/v1/meetings", "limit=1", NULL);
    b = serve(&f, &hit);
    assert_true(hit);
    assert_string_equal(a, b);
    free(a);
    free(b);
    /* another order of the same arguments is another key (Link differs) */
    fake_init(&f, s, HTTP_GET, "/api/v1/meetings", "offset=0&limit=1", NULL);
    a = serve(&f, &hit);
    assert_false(hit);
    free(a);
    /* Accept picks the format: not the JSON entry */
    const char *csv[] = {"Accept: text/csv", NULL};
    fake_init(&f, s, HTTP_GET, "/api/v1/meetings", "limit=1", csv);
    a = serve(&f, &hit);
    assert_false(hit);
    assert_non_null(strstr(a, "text/csv"));
    free(a);
    char key1[256], key2[256];
    fake_init(&f, s, HTTP_GET, "/api/v1/meetings", "a=b", NULL);
    size_t n1 = cache_key(&f.req, key1, sizeof key1);
    fake_init(&f, s, HTTP_GET, "/api/v1/meetings", "ab=", NULL);
    size_t n2 = cache_key(&f.req, key2, sizeof key2);
    assert_true(n1 > 0 && n2 > 0);
    assert_false(n1 == n2 && memcmp(key1, key2, n1) == 0);
    assert_int_equal(cache_key(&f.req, key1, 8), 0); /* too long: not cached */
    snapshot_release(s);
}

static void test_budget_and_lifetime(void **state)
{
    snapshot *s = load();
    resp_cache *c = cache_new(BUDGET);
    assert_ptr_equal(snapshot_attach(s, c, cache_free), c);
    size_t live0 = cache_live_bytes();
    fake f;
    int hit;
    char q[64];
    /* an answer a response still holds */
    fake_init(&f, s, HTTP_GET, "/api/v1/articles", "limit=2", NULL);
    free(serve(&f, &hit));
    http_response held;
    http_response_init(&held);
    fake_init(&f, s, HTTP_GET, "/api/v1/articles", "limit=2", NULL);
    assert_int_equal(cache_lookup(&f.req, &held), 1); /* a hit, held by this response */
    http_finish(&f.req, &held);
    assert_non_null(held.cached);
    sbuf *w = cache_entry_wire(held.cached, held.cached_variant, flatten, unflatten);
    char *before = strdup(sbuf_str(w));

    for (int i = 0; i < 400; i++) {
        snprintf(q, sizeof q, "limit=%d", 1 + i % 40);
        fake_init(&f, s, HTTP_GET, i % 2 ? "/api/v1/meetings" : "/api/v1/articles", q, NULL);
        char *a = serve(&f, &hit);
        assert_int_equal(strncmp(a, "200\n", 4), 0);
        free(a);
        cache_stats st;
        cache_get_stats(s, &st);
        assert_true(st.bytes <= BUDGET);
    }
    cache_stats st;
    cache_get_stats(s, &st);
    assert_true(st.entries > 0);
    assert_true(st.evictions > 0);
    assert_int_equal(st.budget, BUDGET);
    assert_true(cache_live_bytes() > live0);

    /* the snapshot (and its cache) goes; the held entry stays readable */
    snapshot_release(s);
    assert_string_equal(sbuf_str(w), before);
    assert_true(cache_live_bytes() > live0);
    http_response_clear(&held);
    assert_int_equal(cache_live_bytes(), live0);
    free(before);
}

static void test_disabled_by_budget(void **state)
{
    snapshot *s = load();
    resp_cache *c = cache_new(16); /* nothing fits */
    snapshot_attach(s, c, cache_free);
    fake f;
    int hit;
    for (int i = 0; i < 2; i++) {
        fake_init(&f, s, HTTP_GET, "/api/v1/meetings", NULL, NULL);
        free(serve(&f, &hit));
        assert_false(hit);
    }
    cache_stats st;
    cache_get_stats(s, &st);
    assert_int_equal(st.entries, 0);
    assert_int_equal(st.bytes, 0);
    snapshot_release(s);
}

static int setup(void **state)
{
    g_plain = load();
    return 0;
}

static int teardown(void **state)
{
    snapshot_release(g_plain);
    assert_int_equal(cache_live_bytes(), 0); /* every cache went with its snapshot */
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_identical_to_uncached),
        cmocka_unit_test(test_keys),
        cmocka_unit_test(test_budget_and_lifetime),
        cmocka_unit_test(test_disabled_by_budget),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
