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
} daemon_config;

typedef struct csto_daemon csto_daemon;

/* Starts listening and serving; the config is copied (static_root borrowed).
 * Returns NULL with the reason in err. */
csto_daemon *daemon_start(const daemon_config *cfg, char *err, size_t errlen);
/* The port actually bound (useful with port 0). */
unsigned daemon_port(const csto_daemon *d);
/* Stops accepting, finishes, frees.  NULL is ignored. */
void daemon_stop(csto_daemon *d);

#endif
