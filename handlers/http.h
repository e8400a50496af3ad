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
#define HTTP_MAX_HEADERS 12

/* One query argument, in the order the client sent them. */
typedef struct http_arg {
    const char *name;
    const char *value; /* "" for a bare "?name" */
} http_arg;

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
    /* Every query argument, in order (repeated names included); may be
     * NULL/0 when the server does not provide them. */
    const http_arg *args;
    int nargs;
    /* Looks up a request header (case-insensitive), or NULL. */
    const char *(*header)(void *header_ctx, const char *name);
    void *header_ctx;
    const char *openapi_path; /* the OpenAPI document served at /openapi.json */
    int route_index; /* set by the router: the matched route's index, or -1 */
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
    /* Cache-Control for a 2xx answer (a static string); NULL: the
     * default of http_finish ("public, max-age=60"). */
    const char *cache_control;
    int no_etag; /* skip ETag/304 (bodies that change on every call) */
    /* Extra headers: static names, owned values (http_response_header). */
    struct {
        const char *name;
        char *value;
    } headers[HTTP_MAX_HEADERS];
    int nheaders;
    /* A cached answer (handlers/cache.h): when set, the server sends this
     * entry's variant (CACHE_V_* bits) instead of the fields above; the
     * response holds one reference, dropped by http_response_clear. */
    struct cache_entry *cached;
    int cached_variant;
    int cache_store; /* set by the cache on a miss: http_finish offers it the answer */
    /* A body borrowed from elsewhere (used instead of body when not NULL):
     * ext_free(ext_cls) is called when it is no longer needed, by
     * http_response_clear unless the server took it (and set ext_free to
     * NULL). */
    const char *ext_body;
    size_t ext_len;
    void (*ext_free)(void *);
    void *ext_cls;
    /* A body made while it is sent (chunked, no Content-Length), used instead
     * of body when not NULL: stream(cls, buf, max) writes at most max bytes
     * into buf and returns how many, 0 at the end, or -1 on an error.
     * stream_free(cls) is called once: by the server when it is done with
     * the response, or by http_response_clear if the server never took it.
     * Such an answer gets no ETag, no gzip and no cache entry. */
    long (*stream)(void *cls, char *buf, size_t max);
    void (*stream_free)(void *);
    void *stream_cls;
} http_response;

/* An empty response (status 0, no body, fd -1). */
void http_response_init(http_response *r);
/* Frees the body and closes the fd; the response is empty again. */
void http_response_clear(http_response *r);

/* The query argument `name`, or NULL. */
const char *http_query(const http_request *req, const char *name);
/* The request header `name`, or NULL. */
const char *http_header_in(const http_request *req, const char *name);
/* Adds a response header (name static, value copied); silently ignored
 * past HTTP_MAX_HEADERS. */
void http_response_header(http_response *r, const char *name, const char *value);

/* A handler fills resp (status, content type, body) from req. */
typedef void (*http_handler)(const http_request *req, http_response *resp);

#define JSON_TYPE "application/json; charset=utf-8"
#define PROBLEM_TYPE "application/problem+json"
#define CSV_TYPE "text/csv; charset=utf-8; header=present"
#define NDJSON_TYPE "application/x-ndjson; charset=utf-8"
#define PROM_TYPE "text/plain; version=0.0.4; charset=utf-8"

#endif
