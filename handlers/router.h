/* router — matches a request path against a declarative route table.
 *
 * A route is { methods, pattern, handler, arg }.  Patterns are '/'-separated
 * segments: a literal ("api"), "{name}" (any one non-empty segment, passed to
 * the handler in req->params), or a final "*" (the rest of the path, possibly
 * empty).  The first route whose pattern matches wins: if it allows the
 * method its handler runs; OPTIONS on a route that does not take it is a
 * CORS preflight (204 with Allow and Access-Control-Allow-*); any other
 * method is 405 with Allow.  No match at all is 404.  The table itself lives in server/routes.c. */
#ifndef CSTO_ROUTER_H
#define CSTO_ROUTER_H

#include <stddef.h>

#include "handlers/http.h"

typedef struct route {
    unsigned methods;    /* mask of http_method */
    const char *pattern; /* e.g. "/api/v1/meetings/{id}" */
    http_handler handler;
    int arg; /* copied to req->route_arg */
    /* 1: GET/HEAD answers of this route may be kept in the response cache
     * (handlers/cache.h); the request path looks there before dispatching */
    int cacheable;
} route;

/* The index of the first route whose pattern matches path (any method), or
 * -1.  The request path uses it to look in the cache before dispatching. */
int router_find(const route *table, size_t n, const char *path);

/* Finds the route for req->path and req->method, fills req->params,
 * req->route_index (-1 when nothing matched) and req->route_arg (req is modified: params point into a copy of the path that
 * lives until the call returns), and runs it into resp.  `method_name` is
 * the method as sent, for the 405 detail. */
void router_dispatch(const route *table, size_t n, http_request *req, const char *method_name,
                     http_response *resp);

/* Whether `path` matches `pattern`; on a match, up to max {name} values are
 * stored in params (pointing into `scratch`, a writable copy of path that
 * the caller provides, of the same length).  Returns the number of params
 * (>= 0) or -1 for no match.  Exposed for tests. */
int router_match(const char *pattern, const char *path, char *scratch, const char **params,
                 int max);

#endif
