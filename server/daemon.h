/* daemon — the libmicrohttpd side: starts the event-driven daemon (internal
 * epoll thread pool), turns each request into an http_request, routes it,
 * queues the http_response, and writes the access log.  The rest of the
 * program never sees a libmicrohttpd type. */
#ifndef CSTO_DAEMON_H
#define CSTO_DAEMON_H

#include <stddef.h>
#include <sys/socket.h>

typedef struct daemon_config {
    struct sockaddr_storage addr; /* where to listen; port 0 picks a free port */
    socklen_t addrlen;
    int threads;             /* worker threads (the pool size), >= 1 */
    const char *static_root; /* borrowed; must outlive the daemon; may be NULL */
    const char *openapi_path; /* borrowed, like static_root; may be NULL */
    int quiet;               /* no access log */
    /* Limits (0: the default in brackets). */
    unsigned max_conns;        /* connections in total [4096] */
    unsigned max_conns_per_ip; /* connections from one address [1024]; see README */
    unsigned timeout;          /* seconds a connection may stay idle [10] */
    size_t max_uri;            /* bytes of request target before 414 [8192] */
    size_t max_header_bytes;   /* bytes of request headers before 431 [16384] */
    unsigned max_args;         /* query parameters before 400 [256] */
} daemon_config;

#define DAEMON_DEFAULT_MAX_CONNS 4096u
#define DAEMON_DEFAULT_MAX_CONNS_PER_IP 1024u
#define DAEMON_DEFAULT_TIMEOUT 10u
#define DAEMON_DEFAULT_MAX_URI 8192u
#define DAEMON_DEFAULT_MAX_HEADER_BYTES 16384u
#define DAEMON_DEFAULT_MAX_ARGS 256u
/* libmicrohttpd's per-connection memory: the request line and headers must
 * fit in it, so it sits well above max_uri + max_header_bytes (anything
 * beyond it gets the library's own 414/431). */
#define DAEMON_CONNECTION_MEMORY ((size_t)64 * 1024)

typedef struct csto_daemon csto_daemon;

/* Starts listening and serving; the config is copied (static_root borrowed).
 * Returns NULL with the reason in err. */
csto_daemon *daemon_start(const daemon_config *cfg, char *err, size_t errlen);
/* The port actually bound (useful with port 0). */
unsigned daemon_port(const csto_daemon *d);
/* Closes each new connection as soon as it is accepted (the listening
 * socket stays open until daemon_stop) and waits up to `seconds` for the
 * requests in flight (responses still being sent included) to finish.
 * Returns how many were still in flight when it gave up (0: drained). */
int daemon_drain(csto_daemon *d, double seconds);
/* Requests in flight now. */
int daemon_in_flight(const csto_daemon *d);
/* Stops (closing whatever is still open), frees.  NULL is ignored. */
void daemon_stop(csto_daemon *d);

#endif
