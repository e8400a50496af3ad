/* log — see log.h. */
#include "server/log.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

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
        const unsigned char *run = p; /* printable ASCII that needs nothing: one append */
        while (p < end && *p >= 0x20 && *p <= 0x7e && *p != '"' && *p != '\\')
            p++;
        if (p > run)
            sbuf_append(b, (const char *)run, (size_t)(p - run));
        if (p == end)
            break;
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

/* The buffer and the flusher thread; `mu` guards buf/len and the writes. */
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static char *buf;       /* NULL: unbuffered */
static size_t cap, len;
static int running, stopping;
static pthread_t flusher;

/* write(2) all of s to stderr (retrying short writes and EINTR). */
static void write_all(const char *s, size_t n)
{
    while (n) {
        ssize_t w = write(STDERR_FILENO, s, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return; /* stderr gone: the lines are lost, the server goes on */
        s += w;
        n -= (size_t)w;
    }
}

static void flush_locked(void)
{
    if (len)
        write_all(buf, len);
    len = 0;
}

void log_flush(void)
{
    pthread_mutex_lock(&mu);
    flush_locked();
    pthread_mutex_unlock(&mu);
}

static void *flush_loop(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&mu);
    while (!stopping) {
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_sec += LOG_FLUSH_MS / 1000;
        until.tv_nsec += (long)(LOG_FLUSH_MS % 1000) * 1000000L;
        if (until.tv_nsec >= 1000000000L) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&wake, &mu, &until);
        flush_locked();
    }
    pthread_mutex_unlock(&mu);
    return NULL;
}

int log_start(void)
{
    const char *v = getenv("CSTO_LOG_BUFFER");
    size_t want = LOG_BUFFER_DEFAULT;
    if (v && *v) {
        char *end;
        unsigned long long x = strtoull(v, &end, 10);
        if (*end == 'k' || *end == 'K')
            x *= 1024;
        else if (*end == 'm' || *end == 'M')
            x *= 1024 * 1024;
        want = x > (64ULL << 20) ? (size_t)64 << 20 : (size_t)x;
    }
    pthread_mutex_lock(&mu);
    if (running || buf || !want) {
        pthread_mutex_unlock(&mu);
        return 0;
    }
    buf = malloc(want);
    cap = buf ? want : 0;
    stopping = 0;
    if (buf && pthread_create(&flusher, NULL, flush_loop, NULL) != 0) {
        free(buf);
        buf = NULL;
        cap = 0;
    }
    running = buf != NULL;
    pthread_mutex_unlock(&mu);
    return buf ? 0 : -1;
}

void log_stop(void)
{
    pthread_mutex_lock(&mu);
    int was = running;
    stopping = 1;
    running = 0;
    pthread_cond_signal(&wake);
    pthread_mutex_unlock(&mu);
    if (was)
        pthread_join(flusher, NULL);
    pthread_mutex_lock(&mu);
    flush_locked();
    free(buf);
    buf = NULL;
    cap = 0;
    pthread_mutex_unlock(&mu);
}

void log_write(sbuf *b)
{
    if (b->oom || !b->len) {
        sbuf_reset(b);
        return;
    }
    pthread_mutex_lock(&mu);
    if (buf && len + b->len > cap)
        flush_locked();
    if (buf && b->len <= cap) {
        memcpy(buf + len, b->buf, b->len);
        len += b->len;
    } else {
        write_all(b->buf, b->len);
    }
    pthread_mutex_unlock(&mu);
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
    log_flush(); /* rare, and watched for: written at once */
    sbuf_free(&b);
}
