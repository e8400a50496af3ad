/* fuzz_params — libFuzzer harness: long, repeated and multi-valued query
 * parameters (issue #16) through the daemon's pipeline (server/request.c,
 * every handler, http_finish) on the snapshot of
 * tests/fixtures/api_model.json, under the same per-request budget the
 * daemon sets.  Run from the repository root.
 *
 * Input: byte 0 picks the path (a list of each kind, an item, search,
 * stats); then records [name][count][len][len bytes of value]: parameter
 * `name` (from a fixed list of real parameters) gets the value repeated
 * `count` (0-255, times 8) times, joined by ',' (by " OR " for q), either as
 * one argument or, when the name byte's top bit is set, as that many
 * separate arguments (at most 2,000 in all).
 *
 * A finding is: any crash or sanitizer report; a 5xx other than the
 * budget's 503; a 400 whose problem names no parameter; a request that took
 * more than 2 s of CPU (its budget is 0.5 s; sanitizers slow it down). */
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "server/request.c"
#include "server/routes.c"
#include "server/state.c"

#define MAX_ARGS 2000

static int ready;
static http_arg args[MAX_ARGS];
static int nargs;

static const char *fz_query(void *ctx, const char *name)
{
    for (int i = 0; i < nargs; i++)
        if (strcmp(args[i].name, name) == 0)
            return args[i].value;
    return NULL;
}

static const char *fz_header(void *ctx, const char *name) { return NULL; }

static void setup(void)
{
    char err[512];
    json_t *model = json_load_file("tests/fixtures/api_model.json", 0, NULL);
    if (!model)
        abort(); /* run from the repository root */
    snapshot *s = snapshot_new(model, 1, err, sizeof err);
    json_decref(model);
    if (!s)
        abort();
    state_set(s);
    metrics_set_routes(csto_routes, csto_nroutes);
    ready = 1;
}

static double cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const paths[] = {"/api/v1/meetings", "/api/v1/officials", "/api/v1/documents",
                                        "/api/v1/articles", "/api/v1/members", "/api/v1/search",
                                        "/api/v1/stats/meetings", "/api/v1/meetings/2018-11-08-csc-astana"};
    static const char *const names[] = {"include", "fields", "facet", "sort", "q", "format", "body", "country",
                                        "member", "title", "name", "limit", "offset", "kind", "pretty", "from",
                                        "to", "source", "official", "status", "by", "interval", "type", "iso"};
    if (!ready)
        setup();
    if (size < 1)
        return 0;
    const char *path = paths[data[0] % (sizeof paths / sizeof *paths)];
    static sbuf store[64]; /* the expanded values (reused between runs) */
    int nstore = 0;
    nargs = 0;
    size_t i = 1;
    while (i + 3 <= size && nstore < 64) {
        uint8_t nb = data[i], count = data[i + 1], len = data[i + 2];
        i += 3;
        if (len > size - i)
            len = (uint8_t)(size - i);
        const char *name = names[(nb & 0x7f) % (sizeof names / sizeof *names)];
        int reps = count * 8 + 1, separate = nb & 0x80;
        sbuf *v = &store[nstore++];
        sbuf_reset(v);
        sbuf_append(v, (const char *)data + i, len);
        i += len;
        if (memchr(v->buf ? v->buf : "", '\0', v->len))
            continue; /* a query value never holds NUL */
        if (separate) {
            for (int r = 0; r < reps && nargs < MAX_ARGS; r++)
                args[nargs++] = (http_arg){name, sbuf_str(v)};
            continue;
        }
        char one[256]; /* the value once (v->buf moves as v grows) */
        size_t onelen = v->len;
        memcpy(one, sbuf_str(v), onelen);
        const char *sep = !strcmp(name, "q") ? " OR " : ",";
        for (int r = 1; r < reps && v->len < 16384; r++) {
            sbuf_puts(v, sep);
            sbuf_append(v, one, onelen);
        }
        if (nargs < MAX_ARGS)
            args[nargs++] = (http_arg){name, sbuf_str(v)};
    }
    http_request req = {
        .method = HTTP_GET, .path = path, .query = fz_query, .header = fz_header,
        .args = args, .nargs = nargs, .route_index = -1,
    };
    http_response resp;
    http_response_init(&resp);
    double c0 = cpu_now();
    snapshot_budget_begin(REQUEST_BUDGET_MS / 1e3, 0, NULL, NULL);
    request_handle(&req, "GET", path, &resp);
    snapshot_budget_end();
    /* a streamed answer is rendered as it is read: read it all */
    if (resp.stream) {
        static char buf[32768];
        long n;
        while ((n = resp.stream(resp.stream_cls, buf, sizeof buf)) > 0) {
        }
        if (n < 0)
            abort();
    }
    double used = cpu_now() - c0;
    if (used > 2.0) {
        fprintf(stderr, "a request took %.2f s of CPU\n", used);
        abort();
    }
    if (resp.status < 100 || (resp.status >= 500 && resp.status != 503))
        abort();
    if (resp.status == 400 && !memmem(resp.body.buf, resp.body.len, "\"invalid-params\"", 16) &&
        !memmem(resp.body.buf, resp.body.len, "query parameter", 15) &&
        !memmem(resp.body.buf, resp.body.len, "UTF-8", 5))
        abort();
    http_response_clear(&resp);
    return 0;
}
