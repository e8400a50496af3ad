/* health — GET /healthz: liveness plus what is loaded, for operators and
 * for tests that wait for the server to come up:
 *   {"status":"ok","counts":{"articles":N,...},"loaded_at":"<UTC ISO 8601>",
 *    "build_seconds":S,"last_reload":null|{"ok":B,"error":null|"...","at":"<UTC>"}} */
#include "handlers/handlers.h"

#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "handlers/responses.h"

static pthread_mutex_t reload_mu = PTHREAD_MUTEX_INITIALIZER;
static int reload_seen, reload_ok;
static char reload_error[256];
static long long reload_at;

void health_note_reload(int ok, const char *error, long long at)
{
    pthread_mutex_lock(&reload_mu);
    reload_seen = 1;
    reload_ok = ok;
    snprintf(reload_error, sizeof reload_error, "%s", ok || !error ? "" : error);
    reload_at = at;
    pthread_mutex_unlock(&reload_mu);
}

static void iso_utc(time_t t, char *buf, size_t len)
{
    struct tm tm;
    buf[0] = '\0';
    if (gmtime_r(&t, &tm))
        strftime(buf, len, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* ,"last_reload":... */
static void put_last_reload(sbuf *b)
{
    pthread_mutex_lock(&reload_mu);
    int seen = reload_seen, ok = reload_ok;
    char error[sizeof reload_error], when[32];
    memcpy(error, reload_error, sizeof error);
    iso_utc((time_t)reload_at, when, sizeof when);
    pthread_mutex_unlock(&reload_mu);
    if (!seen) {
        sbuf_puts(b, ",\"last_reload\":null");
        return;
    }
    sbuf_printf(b, ",\"last_reload\":{\"ok\":%s,\"error\":", ok ? "true" : "false");
    if (ok) {
        sbuf_puts(b, "null");
    } else {
        json_t *s = json_string(error);
        char *enc = s ? json_dumps(s, JSON_ENCODE_ANY) : NULL;
        sbuf_puts(b, enc ? enc : "\"reload failed\"");
        free(enc);
        json_decref(s);
    }
    sbuf_printf(b, ",\"at\":\"%s\"}", when);
}

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
    sbuf_printf(b, "},\"loaded_at\":\"%s\",\"build_seconds\":%.6f", when,
                snapshot_build_seconds(req->snap));
    put_last_reload(b);
    sbuf_puts(b, "}\n");
    resp_json(resp, 200);
    resp->cache_control = "no-cache";
}
