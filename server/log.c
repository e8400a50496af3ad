/* log — see log.h. */
#include "server/log.h"

#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

static atomic_int json_lines;

void log_set_json(int on) { atomic_store(&json_lines, on); }
int log_is_json(void) { return atomic_load(&json_lines); }

void log_escape(sbuf *b, const char *s, size_t max, int json)
{
    const unsigned char *end = (const unsigned char *)s + strnlen(s, max);
    for (const unsigned char *p = (const unsigned char *)s; p < end; p++) {
        if (*p < 0x20 || *p > 0x7e || *p == '"' || *p == '\\')
            sbuf_printf(b, json ? "\\u%04x" : "\\x%02x", *p);
        else
            sbuf_putc(b, (char)*p);
    }
}

void log_write(sbuf *b)
{
    if (!b->oom && b->len)
        fwrite(b->buf, 1, b->len, stderr);
    sbuf_reset(b);
}

void log_reload(int ok, double seconds, const char *detail)
{
    sbuf b = {0};
    if (log_is_json()) {
        char when[32] = "";
        time_t now = time(NULL);
        struct tm tm;
        if (gmtime_r(&now, &tm))
            strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
        sbuf_printf(&b, "{\"time\":\"%s\",\"event\":\"reload\",\"ok\":%s,\"seconds\":%.3f,\"detail\":\"", when,
                    ok ? "true" : "false", seconds);
        log_escape(&b, detail ? detail : "", 1024, 1);
        sbuf_puts(&b, "\"}\n");
    } else if (ok) {
        sbuf_printf(&b, "csto: reload: ok in %.3f s%s%s\n", seconds, detail && *detail ? " " : "",
                    detail ? detail : "");
    } else {
        sbuf_printf(&b, "csto: reload failed: %s; still serving the previous snapshot\n",
                    detail && *detail ? detail : "unknown error");
    }
    log_write(&b);
    sbuf_free(&b);
}
