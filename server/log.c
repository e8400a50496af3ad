/* log — see log.h. */
#include "server/log.h"

#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "model/text.h"

static atomic_int json_lines;

void log_set_json(int on) { atomic_store(&json_lines, on); }
int log_is_json(void) { return atomic_load(&json_lines); }

/* Length of the valid UTF-8 sequence of 2-4 bytes at p (before end), or 0. */
static size_t utf8_seq(const unsigned char *p, const unsigned char *end)
{
    size_t want = *p >= 0xF0 ? 4 : *p >= 0xE0 ? 3 : *p >= 0xC2 ? 2 : 0, bad;
    if (!want || want > (size_t)(end - p))
        return 0;
    return utf8_check((const char *)p, want, &bad) == 0 ? want : 0;
}

void log_escape(sbuf *b, const char *s, size_t max, int json)
{
    const unsigned char *end = (const unsigned char *)s + strnlen(s, max);
    for (const unsigned char *p = (const unsigned char *)s; p < end; p++) {
        size_t n = json && *p >= 0x80 ? utf8_seq(p, end) : 0;
        if (n) { /* a JSON line carries valid UTF-8 as it is */
            sbuf_append(b, (const char *)p, n);
            p += n - 1;
        } else if (json && (*p == '"' || *p == '\\')) {
            sbuf_putc(b, '\\');
            sbuf_putc(b, (char)*p);
        } else if (json && *p >= 0x80) { /* an invalid byte: the text "\xHH" */
            sbuf_printf(b, "\\\\x%02x", *p);
        } else if (*p < 0x20 || *p > 0x7e || *p == '"' || *p == '\\') {
            sbuf_printf(b, json ? "\\u%04x" : "\\x%02x", *p);
        } else {
            sbuf_putc(b, (char)*p);
        }
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
