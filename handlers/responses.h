/* responses — the one place replies are shaped: JSON bodies and RFC 9457
 * problem details (application/problem+json: type, title, status, detail,
 * and for a bad query parameter "invalid-params": [{name, reason}]). */
#ifndef CSTO_RESPONSES_H
#define CSTO_RESPONSES_H

#include "handlers/http.h"

/* The reason phrase for a status ("Not Found"), "Unknown" for others. */
const char *http_status_title(unsigned status);

/* Marks resp as a JSON reply with this status; the body is already in
 * resp->body. */
void resp_json(http_response *resp, unsigned status);

/* Replaces resp with a problem+json reply.  detail is a human sentence
 * (may be NULL); param, when not NULL, names the offending query parameter
 * and is reported in "invalid-params". */
void resp_problem(http_response *resp, unsigned status, const char *detail, const char *param);

/* 405 with Allow listing the methods in `allowed` (a mask of http_method). */
void resp_method_not_allowed(http_response *resp, const char *method, unsigned allowed);

/* 204 answer to OPTIONS (CORS preflight): Allow and
 * Access-Control-Allow-Methods list the route's methods plus OPTIONS,
 * Access-Control-Allow-Headers and Access-Control-Max-Age (86400) are set. */
void resp_preflight(http_response *resp, unsigned allowed);

#endif
