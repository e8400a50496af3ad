/* health — GET /healthz: liveness plus what is loaded, for operators and
 * for tests that wait for the server to come up:
 *   {"status":"ok","counts":{"articles":N,...},"loaded_at":"<UTC ISO 8601>",
 *    "build_seconds":S} */
#include "handlers/handlers.h"

#include <time.h>

#include "handlers/responses.h"

void handle_healthz(const http_request *req, http_response *resp)
{
    sbuf *b = &resp->body;
    if (!req->snap) {
        resp_problem(resp, 503, "no model is loaded", NULL);
        return;
    }
    sbuf_puts(b, "{\"status\":\"ok\",\"counts\":{");
    for (int k = 0; k < SNAP_KIND_COUNT; k++)
        sbuf_printf(b, "%s\"%s\":%zu", k ? "," : "", snapshot_kind_name((snap_kind)k),
                    snapshot_count(req->snap, (snap_kind)k));
    time_t t = snapshot_loaded_at(req->snap);
    struct tm tm;
    char when[32] = "";
    if (gmtime_r(&t, &tm))
        strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    sbuf_printf(b, "},\"loaded_at\":\"%s\",\"build_seconds\":%.6f}\n", when,
                snapshot_build_seconds(req->snap));
    resp_json(resp, 200);
    resp->cache_control = "no-cache";
}
