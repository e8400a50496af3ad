/* request — what the daemon does with one request once libmicrohttpd has
 * parsed it, without the socket: checks what the handlers must never see
 * (an encoded NUL in the path, a path or query parameter that is not UTF-8
 * or holds control characters), takes the current snapshot, routes, and
 * finishes the answer (http_finish).  The fuzz harness
 * tests/fuzz/fuzz_request.c drives this same function. */
#ifndef CSTO_REQUEST_H
#define CSTO_REQUEST_H

#include "handlers/http.h"

/* req: method, path (percent-decoded), args and lookups filled by the caller;
 * snap is taken from the state here when req->snap is NULL (and released
 * before returning).  raw_target is the request target as received (for
 * the NUL check; may be NULL).  Fills resp. */
void request_handle(http_request *req, const char *method_name, const char *raw_target,
                    http_response *resp);

/* The work one request may take: REQUEST_BUDGET_MS of its thread's CPU
 * time (CSTO_REQUEST_BUDGET_MS, 1-600000, changes it; read once), and ten
 * times that of wall-clock time.  The daemon sets it around request_handle
 * (snapshot_budget_begin); when it is spent, or the client has gone, the
 * running query is interrupted and request_handle answers 503. */
#define REQUEST_BUDGET_MS 500.0
double request_budget_ms(void);

/* 0 when s is valid UTF-8 with no control character (C0 or DEL), else -1. */
int request_text_ok(const char *s);

#endif
