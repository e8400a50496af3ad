/* handlers — the resource handlers the route table points at.  Each fills
 * resp from req (see http.h); route_arg and params come from the route. */
#ifndef CSTO_HANDLERS_H
#define CSTO_HANDLERS_H

#include <time.h>

#include "handlers/http.h"

#define LIST_LIMIT_DEFAULT 50
#define LIST_LIMIT_MAX 1000
#define LIST_OFFSET_MAX 1000000000L

/* GET /api/v1/{kind}: route_arg is the snap_kind.  Query: limit (0..1000,
 * default 50), offset (0..1e9, default 0); anything else in them is 400. */
void handle_collection_list(const http_request *req, http_response *resp);
/* GET /api/v1/{kind}/{id}: route_arg is the snap_kind, params[0] the id. */
void handle_collection_item(const http_request *req, http_response *resp);
/* GET /api/v1/search?q=: full-text search across kinds (q, kind, limit,
 * offset, pretty). */
void handle_search(const http_request *req, http_response *resp);
/* GET /api/v1/stats/{meetings,documents,members}: route_arg 0, 1, 2. */
void handle_stats(const http_request *req, http_response *resp);
/* GET /openapi.json: the file req->openapi_path. */
void handle_openapi(const http_request *req, http_response *resp);
/* GET /metrics: Prometheus text (see metrics.c). */
void handle_metrics(const http_request *req, http_response *resp);
/* GET /healthz: status, counts per kind, when the snapshot was loaded. */
void handle_healthz(const http_request *req, http_response *resp);
/* GET / and below: a file under req->static_root ("/" and "dir/" serve
 * index.html); no listings, no "..", no hidden files. */
void handle_static(const http_request *req, http_response *resp);
/* Any method: 404 (for a path prefix that no other route serves). */
void handle_not_found(const http_request *req, http_response *resp);

/* Parses a query value as a decimal integer in [0, max]: digits only.
 * Returns 0 and sets *out, or -1.  Exposed for tests. */
int parse_bounded_long(const char *s, long max, long *out);

/* Whether a decoded request path may name a static file: starts with '/',
 * no backslash or control character, no "." / ".." / hidden segment.
 * Returns 0 when fine, 400 or 404 for the status to answer. */
int static_path_check(const char *path);

/* The Content-Type for a file name, by extension. */
const char *static_content_type(const char *name);

/* After any handler: CORS, Cache-Control, ETag/Last-Modified with
 * If-None-Match/If-Modified-Since (-> 304), gzip with Vary (finish.c). */
void http_finish(const http_request *req, http_response *resp);
/* Whether an Accept-Encoding value allows gzip.  Exposed for tests. */
int accepts_gzip(const char *accept_encoding);
/* The pieces of http_finish, shared with the response cache (cache.c) so a
 * cached answer carries exactly the headers a fresh one would:
 *   http_cors_headers       Access-Control-Allow-Origin / -Expose-Headers
 *   http_wants_gzip         a body of len bytes goes out gzipped
 *   http_validator_headers  ETag ("hash" or "hash-gzip") and Last-Modified
 *                           (last_modified < 0: none)
 *   http_not_modified       If-None-Match / If-Modified-Since say 304
 *   http_body_hash          FNV-1a 64 of a body (the ETag, as %016llx)
 *   http_gzip               gzip of in into out (reset first); 0 or -1 */
void http_cors_headers(http_response *resp);
int http_wants_gzip(const http_request *req, size_t len);
void http_validator_headers(http_response *resp, const char *hash, int gz, time_t last_modified);
int http_not_modified(const http_request *req, const char *hash);
unsigned long long http_body_hash(const char *s, size_t n);
int http_gzip(const char *in, size_t n, sbuf *out);

/* Content negotiation (negotiate.c): the rendering an Accept header picks
 * by its q weights (ACCEPT_JSON when absent or nothing is acceptable), and
 * adding a token to the response's Vary header (one Vary, comma-joined). */
enum { ACCEPT_JSON, ACCEPT_CSV, ACCEPT_NDJSON, ACCEPT_NFORMATS };
int accept_format(const char *accept);
void http_vary_add(http_response *r, const char *token);

/* Metrics (metrics.c): the route table whose patterns label the counters,
 * and one finished request (route_index -1: none matched). */
struct route;
void metrics_set_routes(const struct route *table, size_t n);
void metrics_observe(int route_index, unsigned status, double seconds);
/* One snapshot reload finished (ok 1, failed 0): csto_reloads_total{result}. */
void metrics_count_reload(int ok);
/* The last reload's outcome for /healthz ("last_reload"): error is a short
 * sentence with no paths (copied; NULL when ok), at when it finished. */
void health_note_reload(int ok, const char *error, long long at);

#endif
