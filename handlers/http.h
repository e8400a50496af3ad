/* http — the small request/response pair every handler works on.
 *
 * Handlers know nothing of libmicrohttpd: server/ fills an http_request from
 * the connection (percent-decoded path, a query-argument lookup, the current
 * snapshot), calls the handler picked by the route table, and turns the
 * http_response into a libmicrohttpd response.  A handler never blocks on
 * anything but a short SQLite query or a local file open.
 *
 * Ownership: the request and everything it points to are borrowed by the
 * handler for the duration of the call.  The response owns its body (an
 * sbuf) and its file descriptor; http_response_clear releases both, or the
 * server steals them when it builds the wire response. */
#ifndef CSTO_HTTP_H
#define CSTO_HTTP_H

#include <stddef.h>

#include "model/sbuf.h"
#include "model/snapshot.h"

/* Methods as bits, so a route can allow several. */
typedef enum http_method {
    HTTP_GET = 1 << 0,
    HTTP_HEAD = 1 << 1,
    HTTP_POST = 1 << 2,
    HTTP_PUT = 1 << 3,
    HTTP_DELETE = 1 << 4,
    HTTP_PATCH = 1 << 5,
    HTTP_OPTIONS = 1 << 6,
    HTTP_OTHER = 1 << 7, /* anything else (TRACE, CONNECT, BREW, ...) */
} http_method;
#define HTTP_ANY 0xff

/* The bit for a method name (case-sensitive, as RFC 9110 says). */
http_method http_method_from_name(const char *name);

#define HTTP_MAX_PARAMS 4

typedef struct http_request {
    http_method method;
    const char *path; /* percent-decoded, without the query string */
    /* Values of the {name} segments the route matched, in pattern order. */
    const char *params[HTTP_MAX_PARAMS];
    int nparams;
    int route_arg; /* the matched route's arg (e.g. the snap_kind) */
    /* Looks up a query argument (percent-decoded, '+' as space), or NULL. */
    const char *(*query)(void *query_ctx, const char *name);
    void *query_ctx;
    snapshot *snap;          /* borrowed for this request; may be NULL */
    const char *static_root; /* absolute directory of the static files */
} http_request;

typedef struct http_response {
    unsigned status;          /* 0 until a handler sets it */
    const char *content_type; /* a static string */
    const char *allow;        /* value of Allow (405), a static string or NULL */
    sbuf body;                /* owned */
    int fd;                   /* >= 0: the body is this file instead (owned) */
    size_t fd_size;
} http_response;

/* An empty response (status 0, no body, fd -1). */
void http_response_init(http_response *r);
/* Frees the body and closes the fd; the response is empty again. */
void http_response_clear(http_response *r);

/* The query argument `name`, or NULL. */
const char *http_query(const http_request *req, const char *name);

/* A handler fills resp (status, content type, body) from req. */
typedef void (*http_handler)(const http_request *req, http_response *resp);

#define JSON_TYPE "application/json; charset=utf-8"
#define PROBLEM_TYPE "application/problem+json"

#endif
