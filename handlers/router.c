/* router — pattern matching and dispatch; see router.h.  Matching walks the
 * pattern and the path segment by segment; no allocation but one copy of
 * the path per dispatch (for the parameter strings). */
#include "handlers/router.h"

#include <stdlib.h>
#include <string.h>

#include "handlers/cache.h"
#include "handlers/responses.h"

int router_match(const char *pattern, const char *path, char *scratch, const char **params,
                 int max)
{
    const char *p = pattern, *s = path;
    int n = 0;
    if (*p != '/' || *s != '/')
        return -1;
    for (;;) {
        /* both at a '/' */
        p++, s++;
        if (p[0] == '*' && p[1] == '\0')
            return n;
        const char *pe = strchr(p, '/'), *se = strchr(s, '/');
        size_t plen = pe ? (size_t)(pe - p) : strlen(p);
        size_t slen = se ? (size_t)(se - s) : strlen(s);
        if (plen >= 2 && p[0] == '{' && p[plen - 1] == '}') {
            if (slen == 0 || n >= max)
                return -1;
            char *v = scratch + (s - path);
            v[slen] = '\0';
            params[n++] = v;
        } else if (plen != slen || memcmp(p, s, plen) != 0) {
            return -1;
        }
        if (!pe && !se)
            return n;
        if (!pe || !se) {
            /* a pattern ending in a star segment also matches the bare prefix */
            if (pe && !se && strcmp(pe, "/*") == 0)
                return n;
            return -1;
        }
        p = pe, s = se;
    }
}

int router_find(const route *table, size_t n, const char *path)
{
    size_t len = strlen(path);
    char small[256], *scratch = len < sizeof small ? small : malloc(len + 1);
    const char *params[HTTP_MAX_PARAMS];
    int found = -1;
    for (size_t i = 0; scratch && i < n && found < 0; i++) {
        memcpy(scratch, path, len + 1);
        if (router_match(table[i].pattern, path, scratch, params, HTTP_MAX_PARAMS) >= 0)
            found = (int)i;
    }
    if (scratch != small)
        free(scratch);
    return found;
}

void router_dispatch(const route *table, size_t n, http_request *req, const char *method_name,
                     http_response *resp)
{
    size_t len = strlen(req->path);
    req->route_index = -1;
    char *scratch = malloc(len + 1);
    if (!scratch) {
        resp_problem(resp, 500, "out of memory", NULL);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        memcpy(scratch, req->path, len + 1);
        int np = router_match(table[i].pattern, req->path, scratch, req->params, HTTP_MAX_PARAMS);
        if (np < 0)
            continue;
        req->nparams = np;
        req->route_arg = table[i].arg;
        req->route_index = (int)i;
        if (table[i].methods & req->method) {
            table[i].handler(req, resp);
        }
        else if (req->method == HTTP_OPTIONS)
            resp_preflight(resp, table[i].methods);
        else
            resp_method_not_allowed(resp, method_name, table[i].methods);
        goto done;
    }
    resp_problem(resp, 404, "no such resource", NULL);
done:
    req->nparams = 0; /* the params die with scratch */
    for (int i = 0; i < HTTP_MAX_PARAMS; i++)
        req->params[i] = NULL;
    free(scratch);
}
