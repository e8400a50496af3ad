/* sbuf — growable byte buffer; see sbuf.h.  Growth doubles, so n appends
 * cost O(total length). */
#include "model/sbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int sbuf_grow(sbuf *b, size_t extra)
{
    if (b->oom)
        return -1;
    if (b->len + extra + 1 <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *p = realloc(b->buf, cap);
    if (!p) {
        b->oom = 1;
        return -1;
    }
    b->buf = p;
    b->cap = cap;
    return 0;
}

void sbuf_append(sbuf *b, const char *s, size_t n)
{
    if (sbuf_reserve(b, n) < 0)
        return;
    if (n)
        memcpy(b->buf + b->len, s, n);
    b->len += n;
    b->buf[b->len] = '\0';
}

void sbuf_puts(sbuf *b, const char *s) { sbuf_append(b, s, strlen(s)); }

void sbuf_put_int(sbuf *b, long long v, int width)
{
    if (v < 0) { /* rare: printf's sign and padding */
        sbuf_printf(b, "%0*lld", width, v);
        return;
    }
    char tmp[24];
    int n = 0;
    unsigned long long u = (unsigned long long)v;
    do
        tmp[sizeof tmp - 1 - n++] = (char)('0' + u % 10);
    while ((u /= 10) != 0);
    while (n < width && n < (int)sizeof tmp)
        tmp[sizeof tmp - 1 - n++] = '0';
    sbuf_append(b, tmp + sizeof tmp - n, (size_t)n);
}

void sbuf_printf(sbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char tmp[256];
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof tmp) {
        sbuf_append(b, tmp, (size_t)n);
        return;
    }
    if (sbuf_reserve(b, (size_t)n) < 0)
        return;
    va_start(ap, fmt);
    vsnprintf(b->buf + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void sbuf_json_escape(sbuf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    size_t run = 0; /* start of the pending run of bytes that need no escape */
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        sbuf_append(b, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': sbuf_append(b, "\\\"", 2); break;
        case '\\': sbuf_append(b, "\\\\", 2); break;
        case '\n': sbuf_append(b, "\\n", 2); break;
        case '\r': sbuf_append(b, "\\r", 2); break;
        case '\t': sbuf_append(b, "\\t", 2); break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            sbuf_append(b, u, 6);
        }
        }
    }
    sbuf_append(b, s + run, n - run);
}

void sbuf_reset(sbuf *b)
{
    b->len = 0;
    if (b->buf)
        b->buf[0] = '\0';
}

const char *sbuf_str(const sbuf *b) { return b->buf ? b->buf : ""; }

char *sbuf_steal(sbuf *b)
{
    char *p = b->buf;
    if (!p)
        p = calloc(1, 1);
    b->buf = NULL;
    b->len = b->cap = 0;
    return p;
}

void sbuf_free(sbuf *b)
{
    free(b->buf);
    b->buf = NULL;
    b->len = b->cap = 0;
    b->oom = 0;
}
