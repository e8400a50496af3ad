/* daemon — libmicrohttpd 0.9.75 glue; see daemon.h.
 *
 * Per request a small req_ctx is allocated by the URI-log callback (which
 * sees the raw request target, query included, before decoding) and freed
 * by the completion callback, which also writes the access-log line.
 * 0.9.75 quirk: a response queued on the handler's first call for a request
 * makes the library close the keep-alive connection, so the first call only
 * marks the request as seen and the response is queued on the second.
 * Request bodies are never used: any upload is discarded as it arrives; a
 * Content-Length over MAX_DISCARDED_BODY is answered 413 at once, and a
 * chunked body that grows past it closes the connection.  HEAD: the library sends the headers of the GET answer without
 * its body.
 *
 * Oversized requests.  The library parses the query string into a list it
 * allocates from the connection's memory pool right after the URI-log
 * callback; when the pool runs out there it logs that it is sending 431 but
 * the client is never answered (measured: ~1000 tiny parameters under a
 * 64 KiB pool hang until the timeout).  So on_uri, which sees the raw target
 * first, counts the parameters and measures the target, and when either is
 * over its limit it cuts the query string off in the library's buffer (the
 * byte after '?' becomes NUL: nothing is left to parse) and marks the
 * request; the handler then answers 400/414 as problem+json.  Headers over
 * max_header_bytes get a problem+json 431 the same way.  Only a request line
 * or header block larger than the whole pool (DAEMON_CONNECTION_MEMORY)
 * still gets the library's own 414/431, which has a short HTML body. */
#include "server/daemon.h"
#include "server/log.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netdb.h>
#include <poll.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "handlers/cache.h"
#include "handlers/handlers.h"
#include "handlers/responses.h"
#include "handlers/router.h"
#include "server/request.h"
#include "server/routes.h"
#include "server/state.h"

struct csto_daemon {
    struct MHD_Daemon *mhd;
    daemon_config cfg;
    atomic_int in_flight; /* requests between on_uri and on_completed */
    atomic_int draining;  /* set by daemon_drain: new connections are closed at once (on_accept) */
};

#define MAX_DISCARDED_BODY ((size_t)64 * 1024)
#define MAX_LOGGED_URI 2048

/* What one request keeps between callbacks (owned by the connection via
 * *con_cls; freed in on_completed). */
struct req_ctx {
    char *uri; /* raw request target as received */
    struct timespec start;
    int route_index;
    int seen;  /* the handler has been called once */
    int queued;
    unsigned reject;   /* 400 (too many parameters) or 414, from on_uri */
    size_t nargs;      /* parameters in the raw target */
    size_t discarded;  /* body bytes thrown away */
    unsigned status;
    size_t bytes;      /* body bytes (0 for HEAD) */
    char method[16];
    char version[16];
};

/* Every connection is taken until daemon_drain; then each new one is closed
 * as soon as it is accepted.  (MHD_quiesce_daemon would close the listening
 * socket instead, but on an epoll daemon with its own thread it races that
 * thread: libmicrohttpd 0.9.75 aborts the process with "Failed to remove
 * listen FD from epoll set" when it loses.) */
static enum MHD_Result on_accept(void *cls, const struct sockaddr *addr, socklen_t addrlen)
{
    (void)addr;
    (void)addrlen;
    return atomic_load(&((csto_daemon *)cls)->draining) ? MHD_NO : MHD_YES;
}

static void *on_uri(void *cls, const char *uri, struct MHD_Connection *conn)
{
    struct csto_daemon *d = cls;
    struct req_ctx *rc = calloc(1, sizeof *rc);
    if (!uri)
        uri = "";
    size_t len = strlen(uri);
    const char *q = strchr(uri, '?');
    size_t nargs = 0;
    if (q)
        for (const char *p = q; *p; p++)
            nargs += *p == '&' || *p == '?';
    unsigned reject = len > d->cfg.max_uri ? 414 : nargs > d->cfg.max_args ? 400 : 0;
    if (reject && q)
        ((char *)q)[1] = '\0'; /* see the top of this file: nothing left to parse */
    if (rc) {
        /* whole when it will be served (the handler checks it), else only
         * what the log keeps */
        rc->uri = strndup(uri, reject ? MAX_LOGGED_URI : len);
        rc->route_index = -1;
        rc->reject = reject;
        rc->nargs = nargs;
        clock_gettime(CLOCK_MONOTONIC, &rc->start);
        atomic_fetch_add(&d->in_flight, 1);
    }
    return rc;
}

/* The client's address as text (numeric, as getnameinfo NI_NUMERICHOST
 * writes it, without its resolver machinery), or "-". */
static void client_host(struct MHD_Connection *conn, char *host, size_t len)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    snprintf(host, len, "-");
    if (!ci || !ci->client_addr)
        return;
    const struct sockaddr *sa = ci->client_addr;
    if (sa->sa_family == AF_INET) {
        if (!inet_ntop(AF_INET, &((const struct sockaddr_in *)sa)->sin_addr, host, (socklen_t)len))
            snprintf(host, len, "-");
    } else if (sa->sa_family == AF_INET6) {
        /* scoped addresses (fe80::1%eth0) need getnameinfo's interface name */
        if (getnameinfo(sa, sizeof(struct sockaddr_in6), host, (socklen_t)len, NULL, 0, NI_NUMERICHOST) != 0)
            snprintf(host, len, "-");
    }
}

/* The two time stamps of a log line, formatted once per second per thread
 * (localtime_r and strftime were a visible part of a hot request). */
struct log_clock {
    time_t at;
    char local[64]; /* common log format: 01/Dec/2026:20:30:00 +0000 */
    char iso[32];   /* JSON: 2026-12-01T20:30:00Z */
};

static const struct log_clock *log_now(void)
{
    static _Thread_local struct log_clock c = {.at = -1};
    time_t now = time(NULL);
    if (now != c.at) {
        struct tm tm;
        c.local[0] = c.iso[0] = '\0';
        if (localtime_r(&now, &tm))
            strftime(c.local, sizeof c.local, "%d/%b/%Y:%H:%M:%S %z", &tm);
        if (gmtime_r(&now, &tm))
            strftime(c.iso, sizeof c.iso, "%Y-%m-%dT%H:%M:%SZ", &tm);
        c.at = now;
    }
    return &c;
}

/* One access-log line (common log format or JSON), handed whole to
 * log_write, which buffers it (server/log.h). */
static void access_log(struct MHD_Connection *conn, const struct req_ctx *rc)
{
    char host[NI_MAXHOST];
    client_host(conn, host, sizeof host);
    const struct log_clock *when = log_now();
    sbuf line = {0};
    if (log_is_json()) {
        struct timespec end;
        clock_gettime(CLOCK_MONOTONIC, &end);
        double ms = (double)(end.tv_sec - rc->start.tv_sec) * 1e3 + (double)(end.tv_nsec - rc->start.tv_nsec) / 1e6;
        sbuf_printf(&line, "{\"time\":\"%s\",\"remote\":\"%s\",\"method\":\"", when->iso, host);
        log_escape(&line, rc->method, MAX_LOGGED_URI, 1);
        sbuf_puts(&line, "\",\"uri\":\"");
        log_escape(&line, rc->uri ? rc->uri : "", MAX_LOGGED_URI, 1);
        sbuf_puts(&line, "\",\"version\":\"");
        log_escape(&line, rc->version, MAX_LOGGED_URI, 1);
        sbuf_printf(&line, "\",\"status\":%u,\"bytes\":%zu,\"ms\":%.3f}\n", rc->status, rc->bytes, ms);
    } else {
        sbuf_printf(&line, "%s - - [%s] \"", host, when->local);
        log_escape(&line, rc->method, MAX_LOGGED_URI, 0);
        sbuf_putc(&line, ' ');
        log_escape(&line, rc->uri ? rc->uri : "-", MAX_LOGGED_URI, 0);
        sbuf_putc(&line, ' ');
        log_escape(&line, rc->version, MAX_LOGGED_URI, 0);
        sbuf_printf(&line, "\" %u ", rc->status);
        if (rc->bytes)
            sbuf_printf(&line, "%zu\n", rc->bytes);
        else
            sbuf_puts(&line, "-\n");
    }
    log_write(&line);
    sbuf_free(&line);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    struct csto_daemon *d = cls;
    struct req_ctx *rc = *con_cls;
    if (!rc)
        return;
    atomic_fetch_sub(&d->in_flight, 1);
    if (rc->queued) {
        struct timespec end;
        clock_gettime(CLOCK_MONOTONIC, &end);
        metrics_observe(rc->route_index, rc->status,
                        (double)(end.tv_sec - rc->start.tv_sec) + (double)(end.tv_nsec - rc->start.tv_nsec) / 1e9);
        if (!d->cfg.quiet)
            access_log(conn, rc);
    }
    free(rc->uri);
    free(rc);
    *con_cls = NULL;
}

static const char *query_lookup(void *ctx, const char *name)
{
    return MHD_lookup_connection_value(ctx, MHD_GET_ARGUMENT_KIND, name);
}

static const char *header_lookup(void *ctx, const char *name)
{
    return MHD_lookup_connection_value(ctx, MHD_HEADER_KIND, name);
}

/* Every query argument in order, for http_request.args (the array grows as
 * needed; the strings belong to the connection). */
struct arg_list {
    http_arg *v;
    int n, cap;
};

static enum MHD_Result collect_arg(void *cls, enum MHD_ValueKind kind, const char *key,
                                   const char *value)
{
    struct arg_list *a = cls;
    if (a->n == a->cap) {
        int cap = a->cap ? a->cap * 2 : 16;
        http_arg *nv = realloc(a->v, (size_t)cap * sizeof *nv);
        if (!nv)
            return MHD_NO;
        a->v = nv;
        a->cap = cap;
    }
    a->v[a->n++] = (http_arg){key ? key : "", value ? value : ""};
    return MHD_YES;
}

static enum MHD_Result add_header_size(void *cls, enum MHD_ValueKind kind, const char *key,
                                       const char *value)
{
    size_t *n = cls;
    *n += (key ? strlen(key) : 0) + (value ? strlen(value) : 0) + 4; /* ": " and CRLF */
    return MHD_YES;
}

#define CSP_HTML                                                                             \
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "        \
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

/* A streamed body as libmicrohttpd reads it: the handler's producer and
 * its state, freed with the response. */
struct stream_body {
    long (*fn)(void *, char *, size_t);
    void (*free)(void *);
    void *cls;
};

static ssize_t stream_read(void *cls, uint64_t pos, char *buf, size_t max)
{
    (void)pos;
    struct stream_body *sb = cls;
    long n = sb->fn(sb->cls, buf, max);
    if (n < 0)
        return MHD_CONTENT_READER_END_WITH_ERROR;
    return n == 0 ? MHD_CONTENT_READER_END_OF_STREAM : (ssize_t)n;
}

static void stream_done(void *cls)
{
    struct stream_body *sb = cls;
    if (sb->free)
        sb->free(sb->cls);
    free(sb);
}

/* Turns resp into a libmicrohttpd response (its body and fd move to the
 * library; the caller still clears resp).  *size is the body's size (0 for
 * a streamed body, whose size is not known in advance). */
static struct MHD_Response *make_response(http_response *resp, size_t *sizep)
{
    struct MHD_Response *r;
    size_t size = 0;
    if (resp->stream) {
        struct stream_body *sb = malloc(sizeof *sb);
        if (!sb)
            return NULL;
        *sb = (struct stream_body){resp->stream, resp->stream_free, resp->stream_cls};
        r = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 32 * 1024, stream_read, sb, stream_done);
        if (r)
            resp->stream_free = NULL; /* the library calls stream_done */
        else
            free(sb);
    } else if (resp->fd >= 0) {
        size = resp->fd_size;
        r = MHD_create_response_from_fd(size, resp->fd);
        if (r)
            resp->fd = -1; /* the library closes it now */
    } else if (resp->ext_body) { /* a cached body: its owner frees it with the response */
        size = resp->ext_len;
        r = MHD_create_response_from_buffer_with_free_callback_cls(size, (void *)resp->ext_body,
                                                                   resp->ext_free, resp->ext_cls);
        if (r)
            resp->ext_free = NULL;
    } else {
        size = resp->body.len;
        char *buf = sbuf_steal(&resp->body);
        r = MHD_create_response_from_buffer(size, buf, MHD_RESPMEM_MUST_FREE);
        if (!r)
            free(buf);
    }
    if (!r)
        return NULL;
    if (resp->content_type)
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, resp->content_type);
    if (resp->allow)
        MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, resp->allow);
    if (resp->cache_control)
        MHD_add_response_header(r, MHD_HTTP_HEADER_CACHE_CONTROL, resp->cache_control);
    for (int i = 0; i < resp->nheaders; i++)
        MHD_add_response_header(r, resp->headers[i].name, resp->headers[i].value);
    /* security headers on every answer; the strict policy on HTML */
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
    if (resp->content_type && strncmp(resp->content_type, "text/html", 9) == 0) {
        MHD_add_response_header(r, "Content-Security-Policy", CSP_HTML);
        MHD_add_response_header(r, "X-Frame-Options", "DENY");
    }
    *sizep = size;
    return r;
}

/* For the response cache: the wire form of a cached answer, built once. */
static void *wire_make(http_response *resp)
{
    size_t size;
    return make_response(resp, &size);
}

static void wire_free(void *w)
{
    MHD_destroy_response(w);
}

/* Queues resp (a cached answer's shared response, or one made now); resp
 * is emptied. */
static enum MHD_Result queue(struct MHD_Connection *conn, struct req_ctx *rc, int head,
                             http_response *resp)
{
    unsigned status = resp->status ? resp->status : 500;
    size_t size = 0;
    struct MHD_Response *r;
    int shared = resp->cached != NULL;
    if (shared) {
        r = cache_entry_wire(resp->cached, resp->cached_variant, wire_make, wire_free);
        size = cache_entry_body_size(resp->cached, resp->cached_variant);
    } else if (head && resp->stream) {
        /* HEAD of a streamed answer: the GET's headers and no body at all.
         * 0.9.75 sends a callback response's chunked terminator ("0\r\n\r\n")
         * even for HEAD, which desynchronises keep-alive; so the stream is
         * dropped and an empty buffer answer says what GET would send. */
        resp->stream_free(resp->stream_cls);
        resp->stream = NULL;
        resp->stream_free = NULL;
        resp->stream_cls = NULL;
        r = make_response(resp, &size);
    } else {
        r = make_response(resp, &size);
    }
    if (!r) {
        http_response_clear(resp);
        return MHD_NO;
    }
    enum MHD_Result ret = MHD_queue_response(conn, status, r);
    if (!shared)
        MHD_destroy_response(r);
    http_response_clear(resp); /* a cached entry may go now: the library holds r */
    rc->queued = 1;
    rc->status = status;
    rc->bytes = head ? 0 : size;
    return ret;
}

/* ---- framing checks (RFC 9112), as strict as nginx ------------------------
 * libmicrohttpd 0.9.75 hands every header line to the application as it
 * came: a second Content-Length or Host is a second entry (the library
 * itself uses the first Content-Length, so a different second one would
 * smuggle a request), "Transfer-Encoding : chunked" arrives as the name
 * "Transfer-Encoding " (with its space), and an obs-fold line is glued into
 * the name before it.  So the first call of each request walks the header
 * list and answers 400 (501 for a transfer coding other than chunked) and
 * closes the connection on: a name that is not an RFC 9110 token (space
 * before the colon, a folded line), more than one Content-Length,
 * Content-Length with Transfer-Encoding, more than one Transfer-Encoding,
 * and on HTTP/1.1 a missing or repeated Host. */
struct framing {
    int content_length, transfer_encoding, host, bad_name, te_not_chunked;
};

static int is_tchar(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c && strchr("!#$%&'*+-.^_`|~", c));
}

static enum MHD_Result count_framing(void *cls, enum MHD_ValueKind kind, const char *key,
                                     const char *value)
{
    struct framing *f = cls;
    const unsigned char *k = (const unsigned char *)(key ? key : "");
    if (!*k)
        f->bad_name = 1;
    for (; *k; k++)
        if (!is_tchar(*k))
            f->bad_name = 1;
    if (key && !strcasecmp(key, MHD_HTTP_HEADER_CONTENT_LENGTH))
        f->content_length++;
    else if (key && !strcasecmp(key, MHD_HTTP_HEADER_HOST))
        f->host++;
    else if (key && !strcasecmp(key, MHD_HTTP_HEADER_TRANSFER_ENCODING)) {
        f->transfer_encoding++;
        if (!value || strcasecmp(value, "chunked") != 0)
            f->te_not_chunked = 1;
    }
    return MHD_YES;
}

/* The status (400 or 501) and a sentence for a request whose framing is
 * ambiguous, or 0 when it is sound. */
static unsigned framing_problem(struct MHD_Connection *conn, const char *version, const char **why)
{
    struct framing f = {0};
    MHD_get_connection_values(conn, MHD_HEADER_KIND, count_framing, &f);
    if (f.bad_name)
        *why = "a header name is not a token (whitespace before the colon, or a folded line)";
    else if (f.content_length > 1)
        *why = "more than one Content-Length header";
    else if (f.content_length && f.transfer_encoding)
        *why = "Content-Length and Transfer-Encoding together";
    else if (f.transfer_encoding > 1)
        *why = "more than one Transfer-Encoding header";
    else if (version && !strcmp(version, MHD_HTTP_VERSION_1_1) && f.host != 1)
        *why = f.host ? "more than one Host header" : "an HTTP/1.1 request without a Host header";
    else if (f.te_not_chunked) {
        *why = "the only transfer coding accepted is chunked";
        return 501;
    } else
        return 0;
    return 400;
}

/* Whether the client of conn has closed its side (or the connection
 * failed): checked by the request budget, so a query nobody waits for
 * stops (snapshot_budget_begin). */
static int client_gone(void *ctx)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(ctx, MHD_CONNECTION_INFO_CONNECTION_FD);
    if (!ci || ci->connect_fd == MHD_INVALID_SOCKET)
        return 0;
    struct pollfd p = {ci->connect_fd, POLLRDHUP, 0};
    return poll(&p, 1, 0) > 0 && (p.revents & (POLLRDHUP | POLLHUP | POLLERR));
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version,
                                  const char *upload_data, size_t *upload_data_size,
                                  void **con_cls)
{
    const struct csto_daemon *d = cls;
    struct req_ctx *rc = *con_cls;
    if (!rc) /* the URI callback ran out of memory */
        return MHD_NO;
    http_response resp;
    if (!rc->seen) {
        rc->seen = 1;
        snprintf(rc->method, sizeof rc->method, "%s", method);
        snprintf(rc->version, sizeof rc->version, "%s", version);
        /* ambiguous framing: answered now (queued on the first call, so the
         * library closes the connection after it; nothing after it on the
         * connection is read as a request) */
        const char *why = NULL;
        unsigned bad = framing_problem(conn, version, &why);
        if (bad) {
            http_response_init(&resp);
            resp_problem(&resp, bad, why, NULL);
            http_response_header(&resp, "Connection", "close");
            return queue(conn, rc, 0, &resp);
        }
        /* a declared body too large to discard: 413 now (queued on the
         * first call, so the library closes the connection after it) */
        const char *cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND,
                                                     MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (cl && strtoull(cl, NULL, 10) > MAX_DISCARDED_BODY) {
            http_response_init(&resp);
            resp_problem(&resp, 413, "request bodies are not accepted", NULL);
            return queue(conn, rc, 0, &resp);
        }
        return MHD_YES; /* queue on the next call: keeps keep-alive working */
    }
    if (*upload_data_size) {
        /* no route takes a body: discard it and answer at its end; a chunked
         * one past MAX_DISCARDED_BODY closes the connection (0.9.75 cannot
         * queue an answer in the middle of an upload) */
        rc->discarded += *upload_data_size;
        *upload_data_size = 0;
        return rc->discarded > MAX_DISCARDED_BODY ? MHD_NO : MHD_YES;
    }
    if (rc->queued)
        return MHD_YES;

    struct arg_list args = {0};
    MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, collect_arg, &args);
    http_request req = {
        .method = http_method_from_name(method),
        .path = url,
        .query = query_lookup,
        .query_ctx = conn,
        .args = args.v,
        .nargs = args.n,
        .header = header_lookup,
        .header_ctx = conn,
        .static_root = d->cfg.static_root,
        .openapi_path = d->cfg.openapi_path,
        .route_index = -1,
    };
    http_response_init(&resp);
    size_t header_bytes = 0;
    MHD_get_connection_values(conn, MHD_HEADER_KIND, add_header_size, &header_bytes);
    char detail[128];
    if (rc->reject == 414) {
        snprintf(detail, sizeof detail, "the request target is longer than %zu bytes",
                 d->cfg.max_uri);
        resp_problem(&resp, 414, detail, NULL);
    } else if (rc->reject) {
        snprintf(detail, sizeof detail, "more than %u query parameters", d->cfg.max_args);
        resp_problem(&resp, 400, detail, NULL);
    } else if (header_bytes > d->cfg.max_header_bytes) {
        snprintf(detail, sizeof detail, "the request headers are larger than %zu bytes",
                 d->cfg.max_header_bytes);
        resp_problem(&resp, 431, detail, NULL);
    } else {
        double ms = request_budget_ms();
        snapshot_budget_begin(ms / 1e3, ms * 10 / 1e3, client_gone, conn);
        request_handle(&req, method, rc->uri, &resp);
        snapshot_budget_end();
    }
    rc->route_index = req.route_index;
    free(args.v);
    return queue(conn, rc, req.method == HTTP_HEAD, &resp);
}

/* The per-connection memory pool: DAEMON_CONNECTION_MEMORY, or
 * CSTO_CONNECTION_MEMORY (bytes) for measuring.  0.9.75 zeroes the whole
 * pool between two requests of a keep-alive connection, so its size is paid
 * on every request (see BENCHMARKS.md). */
static size_t connection_memory(void)
{
    const char *v = getenv("CSTO_CONNECTION_MEMORY");
    size_t n = v ? (size_t)strtoull(v, NULL, 10) : 0;
    return n >= 16 * 1024 ? n : DAEMON_CONNECTION_MEMORY;
}

csto_daemon *daemon_start(const daemon_config *cfg, char *err, size_t errlen)
{
    csto_daemon *d = calloc(1, sizeof *d);
    if (!d) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    d->cfg = *cfg;
    atomic_init(&d->draining, 0);
    daemon_config *c = &d->cfg;
    if (!c->max_conns)
        c->max_conns = DAEMON_DEFAULT_MAX_CONNS;
    if (!c->max_conns_per_ip)
        c->max_conns_per_ip = DAEMON_DEFAULT_MAX_CONNS_PER_IP;
    if (!c->timeout)
        c->timeout = DAEMON_DEFAULT_TIMEOUT;
    if (!c->max_uri)
        c->max_uri = DAEMON_DEFAULT_MAX_URI;
    if (!c->max_header_bytes)
        c->max_header_bytes = DAEMON_DEFAULT_MAX_HEADER_BYTES;
    if (!c->max_args)
        c->max_args = DAEMON_DEFAULT_MAX_ARGS;
    metrics_set_routes(csto_routes, csto_nroutes);
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ERROR_LOG | MHD_USE_ITC;
    if (cfg->addr.ss_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    unsigned threads = cfg->threads > 0 ? (unsigned)cfg->threads : 1;
    d->mhd = MHD_start_daemon(
        flags, 0, on_accept, d, on_request, d,
        MHD_OPTION_SOCK_ADDR, (const struct sockaddr *)&d->cfg.addr,
        MHD_OPTION_THREAD_POOL_SIZE, threads,
        MHD_OPTION_CONNECTION_TIMEOUT, c->timeout,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, connection_memory(),
        MHD_OPTION_CONNECTION_LIMIT, c->max_conns,
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, c->max_conns_per_ip,
        MHD_OPTION_LISTEN_BACKLOG_SIZE, (unsigned)1024,
        MHD_OPTION_URI_LOG_CALLBACK, on_uri, d,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, d,
        MHD_OPTION_END);
    if (!d->mhd) {
        snprintf(err, errlen, "libmicrohttpd could not start (address in use or not available?)");
        free(d);
        return NULL;
    }
    return d;
}

unsigned daemon_port(const csto_daemon *d)
{
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d->mhd, MHD_DAEMON_INFO_BIND_PORT);
    return info ? info->port : 0;
}

int daemon_in_flight(const csto_daemon *d)
{
    return atomic_load(&((csto_daemon *)d)->in_flight);
}

int daemon_drain(csto_daemon *d, double seconds)
{
    atomic_store(&d->draining, 1);
    struct timespec start, now, nap = {0, 10 * 1000 * 1000};
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        int n = atomic_load(&d->in_flight);
        if (n <= 0)
            return 0;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if ((double)(now.tv_sec - start.tv_sec) + (double)(now.tv_nsec - start.tv_nsec) / 1e9 >= seconds)
            return n;
        nanosleep(&nap, NULL);
    }
}

void daemon_stop(csto_daemon *d)
{
    if (!d)
        return;
    MHD_stop_daemon(d->mhd);
    free(d);
}
