/* fuzz_request — libFuzzer harness: arbitrary request paths, query
 * parameter lists and a few headers through the daemon's own pipeline
 * (server/request.c: the UTF-8/control checks, the route table, every
 * handler, http_finish), without a socket, on the snapshot of
 * tests/fixtures/api_model.json.  Run from the repository root.
 *
 * Input: the first byte picks the method; the rest is split on '\n': the
 * first line is the (percent-decoded) path, each further line a query
 * parameter "name=value" (no '=': an empty value) or, when it starts with
 * "H:", a request header "H:Name: value".  At most 64 parameters.
 *
 * A finding is: any crash or sanitizer report; a 5xx; an error without a
 * problem+json body that parses; a file answered from outside static/ (or
 * the OpenAPI document); the static root's absolute path in a body (unless
 * the request held it: parameters are echoed in problem details). */
#include <fcntl.h>
#include <jansson.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* the server files the daemon links, not in the fuzz build's sources */
#include "server/request.c"
#include "server/routes.c"
#include "server/state.c"

#define MAX_ARGS 64
#define MAX_HEADERS 8

static char static_root[PATH_MAX], openapi[PATH_MAX];
static int ready;

struct fz_hdr {
    const char *name, *value;
};
struct fz_req {
    http_arg args[MAX_ARGS];
    int nargs;
    struct fz_hdr hdrs[MAX_HEADERS];
    int nhdrs;
};

static const char *fz_query(void *ctx, const char *name)
{
    struct fz_req *r = ctx;
    for (int i = 0; i < r->nargs; i++)
        if (strcmp(r->args[i].name, name) == 0)
            return r->args[i].value;
    return NULL;
}

static const char *fz_header(void *ctx, const char *name)
{
    struct fz_req *r = ctx;
    for (int i = 0; i < r->nhdrs; i++)
        if (strcasecmp(r->hdrs[i].name, name) == 0)
            return r->hdrs[i].value;
    return NULL;
}

static void setup(void)
{
    char err[512];
    if (!realpath("static", static_root) || !realpath("data/openapi.json", openapi))
        abort(); /* run from the repository root */
    json_error_t jerr;
    json_t *model = json_load_file("tests/fixtures/api_model.json", 0, &jerr);
    if (!model)
        abort();
    snapshot *s = snapshot_new(model, 1, err, sizeof err);
    json_decref(model);
    if (!s)
        abort();
    state_set(s);
    metrics_set_routes(csto_routes, csto_nroutes);
    ready = 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const methods[] = {"GET", "GET", "GET", "HEAD", "OPTIONS", "POST", "DELETE", "BREW"};
    if (!ready)
        setup();
    if (size < 1)
        return 0;
    const char *method = methods[data[0] % (sizeof methods / sizeof *methods)];
    char *buf = malloc(size);
    if (!buf)
        return 0;
    memcpy(buf, data + 1, size - 1);
    buf[size - 1] = '\0';

    struct fz_req fr = {.nargs = 0};
    char *save = NULL, *line = strtok_r(buf, "\n", &save);
    const char *path = line ? line : "/";
    while ((line = strtok_r(NULL, "\n", &save))) {
        if (strncmp(line, "H:", 2) == 0) {
            char *colon = strchr(line + 2, ':');
            if (colon && fr.nhdrs < MAX_HEADERS) {
                *colon = '\0';
                const char *v = colon + 1;
                while (*v == ' ')
                    v++;
                fr.hdrs[fr.nhdrs++] = (struct fz_hdr){line + 2, v};
            }
            continue;
        }
        if (fr.nargs == MAX_ARGS)
            continue;
        char *eq = strchr(line, '=');
        if (eq)
            *eq = '\0';
        fr.args[fr.nargs++] = (http_arg){line, eq ? eq + 1 : ""};
    }

    http_request req = {
        .method = http_method_from_name(method),
        .path = path,
        .query = fz_query,
        .query_ctx = &fr,
        .args = fr.args,
        .nargs = fr.nargs,
        .header = fz_header,
        .header_ctx = &fr,
        .static_root = static_root,
        .openapi_path = openapi,
        .route_index = -1,
    };
    http_response resp;
    http_response_init(&resp);
    request_handle(&req, method, path, &resp);

    if (resp.status < 100 || resp.status >= 500)
        abort();
    if (resp.status >= 400) {
        if (!resp.content_type || strcmp(resp.content_type, PROBLEM_TYPE) != 0)
            abort();
        json_t *j = json_loadb(resp.body.buf ? resp.body.buf : "", resp.body.len, 0, NULL);
        if (!j || json_integer_value(json_object_get(j, "status")) != (json_int_t)resp.status)
            abort();
        json_decref(j);
    }
    /* the root's path in a body is a leak unless the request itself held it */
    if (resp.body.len && memmem(resp.body.buf, resp.body.len, static_root, strlen(static_root)) &&
        !memmem(data, size, static_root, strlen(static_root)))
        abort();
    if (resp.fd >= 0) {
        char link[64], target[PATH_MAX];
        snprintf(link, sizeof link, "/proc/self/fd/%d", resp.fd);
        ssize_t n = readlink(link, target, sizeof target - 1);
        if (n <= 0)
            abort();
        target[n] = '\0';
        size_t rl = strlen(static_root);
        int inside = strncmp(target, static_root, rl) == 0 && target[rl] == '/';
        if (!inside && strcmp(target, openapi) != 0)
            abort();
    }
    http_response_clear(&resp);
    free(buf);
    return 0;
}
