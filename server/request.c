/* request — the daemon's request pipeline without the socket; see request.h. */
#include "server/request.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers/cache.h"
#include "handlers/handlers.h"
#include "handlers/responses.h"
#include "handlers/router.h"
#include "model/text.h"
#include "server/routes.h"
#include "server/state.h"

double request_budget_ms(void)
{
    static double ms;
    if (ms <= 0) {
        const char *v = getenv("CSTO_REQUEST_BUDGET_MS");
        double x = v ? strtod(v, NULL) : 0;
        ms = x >= 1 && x <= 600000 ? x : REQUEST_BUDGET_MS;
    }
    return ms;
}

int request_text_ok(const char *s)
{
    size_t len = strlen(s), bad;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7f)
            return -1;
    }
    return utf8_check(s, len, &bad) == 0 ? 0 : -1;
}

/* Whether the raw target's path has an encoded NUL, which decoding would
 * silently turn into a shorter path. */
static int raw_path_has_nul(const char *uri)
{
    for (const char *p = uri; p && *p && *p != '?'; p++)
        if (p[0] == '%' && p[1] == '0' && p[2] == '0')
            return 1;
    return 0;
}

void request_handle(http_request *req, const char *method_name, const char *raw_target,
                    http_response *resp)
{
    req->route_index = -1;
    if (raw_path_has_nul(raw_target)) {
        resp_problem(resp, 400, "the path contains an encoded NUL byte", NULL);
        return;
    }
    if (!req->path || request_text_ok(req->path) < 0) {
        resp_problem(resp, 400, "the path is not valid UTF-8 or contains a control character", NULL);
        return;
    }
    for (int i = 0; i < req->nargs; i++) {
        const http_arg *a = &req->args[i];
        if (request_text_ok(a->name) < 0) {
            resp_problem(resp, 400, "a query parameter name is not valid UTF-8 or contains a control character", NULL);
            return;
        }
        if (request_text_ok(a->value) < 0) {
            char detail[160];
            snprintf(detail, sizeof detail, "the value of '%s' is not valid UTF-8 or contains a control character",
                     strlen(a->name) <= 64 ? a->name : "a parameter");
            resp_problem(resp, 400, detail, a->name);
            return;
        }
    }
    int own = !req->snap;
    if (own)
        req->snap = state_acquire();
    /* lookup -> dispatch -> (budget) -> finish, which stores a cacheable
     * 200 first; the route table says what is cacheable */
    int ri = router_find(csto_routes, csto_nroutes, req->path);
    int cacheable = ri >= 0 && csto_routes[ri].cacheable && (csto_routes[ri].methods & req->method);
    if (cacheable && cache_lookup(req, resp)) {
        req->route_index = ri; /* a hit: the handler does not run */
        req->route_arg = csto_routes[ri].arg;
    } else {
        router_dispatch(csto_routes, csto_nroutes, req, method_name, resp);
    }
    int spent = snapshot_budget_state();
    if (spent) { /* a query or renderer was stopped: whatever the handler made is not the answer */
        http_response_clear(resp);
        http_response_init(resp);
        char detail[160];
        snprintf(detail, sizeof detail,
                 spent == SNAP_BUDGET_GONE ? "the client went away"
                                           : "the request needed more than its budget of %.0f ms of work: "
                                             "ask for less (fewer terms, values, includes or a smaller page)",
                 request_budget_ms());
        resp_problem(resp, 503, detail, NULL);
    }
    http_finish(req, resp);
    if (own) {
        snapshot_release(req->snap);
        req->snap = NULL;
    }
}
