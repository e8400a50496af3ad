/* sbuf — a growable byte buffer, always NUL-terminated.
 *
 * Used everywhere text is built: JSON bodies, slugs, titles.  A zeroed
 * struct is an empty buffer (`sbuf b = {0};`), sbuf_free() releases it.
 * On allocation failure the buffer is marked failed (b->oom) and further
 * appends are ignored, so callers check once at the end instead of after
 * every append. */
#ifndef CSTO_SBUF_H
#define CSTO_SBUF_H

#include <stddef.h>

typedef struct sbuf {
    char *buf;   /* NUL-terminated when len > 0 or after any append */
    size_t len;
    size_t cap;
    int oom;     /* set once an allocation failed */
} sbuf;

/* sbuf_reserve's growth, out of line (sbuf.c); callers use sbuf_reserve. */
int sbuf_grow(sbuf *b, size_t extra);

/* Makes room for extra more bytes and a NUL after them (a caller then writes
 * at buf + len and adds what it wrote to len); 0, or -1 when out of memory.
 * Inline: the tokeniser asks once per token, and there is nearly always room. */
static inline int sbuf_reserve(sbuf *b, size_t extra)
{
    if (!b->oom && b->len + extra + 1 <= b->cap) return 0;
    return sbuf_grow(b, extra);
}
void sbuf_append(sbuf *b, const char *s, size_t n);
void sbuf_puts(sbuf *b, const char *s);

/* Appends one byte (inline when there is room: JSON and slugs are written a byte at a time). */
static inline void sbuf_putc(sbuf *b, char c)
{
    if (!b->oom && b->len + 2 <= b->cap) {
        b->buf[b->len++] = c;
        b->buf[b->len] = '\0';
        return;
    }
    sbuf_append(b, &c, 1);
}
void sbuf_printf(sbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends v in decimal, zero-padded to at least width digits: what
 * sbuf_printf(b, "%0*lld", width, v) writes, without a format to parse
 * (a stats answer writes thousands of numbers).  width at most 20. */
void sbuf_put_int(sbuf *b, long long v, int width);
/* Appends s as the inside of a JSON string (no surrounding quotes). */
void sbuf_json_escape(sbuf *b, const char *s, size_t n);
void sbuf_reset(sbuf *b);              /* len = 0, keeps the memory */
const char *sbuf_str(const sbuf *b);   /* never NULL: "" for an empty buffer */
/* Hands the memory to the caller (who frees it with free()); b becomes empty. */
char *sbuf_steal(sbuf *b);
void sbuf_free(sbuf *b);

#endif
