/* harness — shared helpers for the tests: start and stop a real csto server
 * (CSTO_BIN, default build/csto) on a free port, make HTTP requests with
 * libcurl or a raw socket, and run a command capturing its output.  Every
 * wait is bounded; nothing sleeps longer than it must (10 ms polls).
 * Linked into every test binary (all of tests/common). */
#ifndef CSTO_TEST_HARNESS_H
#define CSTO_TEST_HARNESS_H

#include <stddef.h>
#include <sys/types.h>

#include "model/sbuf.h"

typedef struct csto_server {
    pid_t pid;
    unsigned port;
    char base[64];     /* "http://127.0.0.1:PORT" */
    char errpath[64];  /* the server's stderr, a temporary file */
} csto_server;

/* Starts `CSTO_BIN serve --listen 127.0.0.1:0 ARGS...` (args NULL-terminated,
 * may be NULL), learns the port from its start-up line, and waits until
 * /healthz answers 200 (at most `timeout_ms`).  Returns 0, or -1 with the
 * reason (and the server's stderr) printed; the server is then stopped. */
int server_start(csto_server *s, const char *const *args, int timeout_ms);

/* Sends SIGTERM and waits (up to 5 s, then SIGKILL).  Returns the exit
 * status (0-255), or 128+signal if it died of a signal, or -1.  Removes the
 * stderr file.  Safe to call on a server that failed to start. */
int server_stop(csto_server *s);

/* The server's stderr so far (the caller frees it). */
char *server_stderr(const csto_server *s);

typedef struct http_reply {
    long status;   /* 0 when the request failed */
    sbuf headers;  /* raw header lines, "\r\n"-separated */
    sbuf body;
} http_reply;

/* One request with libcurl (5 s timeout).  method "HEAD" uses NOBODY;
 * path_as_is sends the path without curl squashing "/../"; body may be NULL.
 * Returns 0 (out filled; free with http_reply_free) or -1. */
int http_do(const char *method, const char *url, int path_as_is, const char *body,
            http_reply *out);
int http_get(const char *url, http_reply *out);
/* The same with extra request headers ("Name: value", NULL-terminated;
 * may be NULL).  The body comes back as sent (curl does not decode gzip). */
int http_do_headers(const char *method, const char *url, const char *const *headers,
                    http_reply *out);
void http_reply_free(http_reply *r);

/* The value of header `name` (case-insensitive) in the last response block
 * of r, copied into buf; NULL when absent. */
const char *http_header(const http_reply *r, const char *name, char *buf, size_t len);

/* Sends `request` (raw bytes) to 127.0.0.1:port and reads until the server
 * closes (at most 5 s).  Returns 0 with everything received in out, or -1. */
int raw_http(unsigned port, const char *request, sbuf *out);

typedef struct cmd_result {
    int status; /* exit status, 128+signal, or -1 on timeout/spawn failure */
    sbuf out, err;
} cmd_result;

/* Runs argv (argv[0] a path) with stdout/stderr captured, at most
 * timeout_ms.  Free the result with cmd_result_free. */
int run_command(const char *const *argv, int timeout_ms, cmd_result *r);
void cmd_result_free(cmd_result *r);

/* Milliseconds of CLOCK_MONOTONIC; sleeping a number of milliseconds. */
long now_ms(void);
void nap_ms(long ms);
/* A process's resident memory in KiB (VmRSS from /proc), or -1. */
long rss_kb(pid_t pid);
/* Its anonymous resident memory (RssAnon: heap and stacks, not the
 * snapshot file it maps), or -1. */
long anon_kb(pid_t pid);
/* A TCP connection to 127.0.0.1:port, or -1. */
int connect_lo(unsigned port);

/* CSTO_BIN or "build/csto". */
const char *csto_bin(void);

#endif
