/* finish — what every answer gets after its handler ran, independent of
 * the resource: CORS, Cache-Control, a strong ETag (FNV-1a 64 of the
 * identity body) with If-None-Match -> 304, Last-Modified (the snapshot's
 * build time) with If-Modified-Since -> 304 (only when If-None-Match is
 * absent, RFC 9110 13.2.2), and gzip when the client accepts it and the
 * body is at least FINISH_GZIP_MIN bytes.  A gzip body gets its own ETag
 * ("<hash>-gzip": strong validators differ between encodings) and every
 * body answer says Vary: Accept-Encoding.  File bodies (the explorer) get
 * CORS and caching headers only. */
#include "handlers/handlers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <zlib.h>

#include "handlers/responses.h"

#define FINISH_GZIP_MIN 1024

/* Whether Accept-Encoding allows gzip (a "gzip" or "*" entry whose q is
 * not 0). */
int accepts_gzip(const char *ae)
{
    if (!ae)
        return 0;
    for (const char *p = ae; *p;) {
        while (*p == ' ' || *p == ',' || *p == '\t')
            p++;
        const char *tok = p;
        while (*p && *p != ',' && *p != ';' && *p != ' ')
            p++;
        size_t len = (size_t)(p - tok);
        int match = (len == 4 && strncasecmp(tok, "gzip", 4) == 0) || (len == 1 && *tok == '*');
        int q_zero = 0;
        const char *end = strchr(p, ',');
        const char *q = strstr(p, "q=");
        if (q && (!end || q < end)) {
            double v = strtod(q + 2, NULL);
            q_zero = v <= 0.0;
        }
        if (match && !q_zero)
            return 1;
        p = end ? end : p + strlen(p);
    }
    return 0;
}

/* Gzips body in place.  Returns 0, or -1 (body unchanged). */
static int gzip_body(sbuf *body)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 6, Z_DEFLATED, MAX_WBITS + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return -1;
    uLong bound = deflateBound(&z, (uLong)body->len);
    unsigned char *out = malloc(bound);
    if (!out) {
        deflateEnd(&z);
        return -1;
    }
    z.next_in = (unsigned char *)body->buf;
    z.avail_in = (uInt)body->len;
    z.next_out = out;
    z.avail_out = (uInt)bound;
    int rc = deflate(&z, Z_FINISH);
    size_t n = z.total_out;
    deflateEnd(&z);
    if (rc != Z_STREAM_END) {
        free(out);
        return -1;
    }
    sbuf_reset(body);
    sbuf_append(body, (const char *)out, n);
    free(out);
    return body->oom ? -1 : 0;
}

static unsigned long long fnv1a64(const char *s, size_t n)
{
    unsigned long long h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

/* Whether If-None-Match lists tag (or is "*"); weak comparison, as RFC 9110
 * 13.1.2 asks for If-None-Match: W/ prefixes are ignored. */
static int etag_matches(const char *inm, const char *hash)
{
    for (const char *p = inm; *p;) {
        while (*p == ' ' || *p == ',' || *p == '\t')
            p++;
        if (*p == '*')
            return 1;
        if (strncmp(p, "W/", 2) == 0)
            p += 2;
        if (*p != '"') {
            while (*p && *p != ',')
                p++;
            continue;
        }
        const char *q = strchr(p + 1, '"');
        if (!q)
            return 0;
        size_t len = (size_t)(q - p - 1), hl = strlen(hash);
        /* "<hash>" and "<hash>-gzip" name the same content */
        if (len >= hl && strncmp(p + 1, hash, hl) == 0 && (len == hl || strncmp(p + 1 + hl, "-gzip", len - hl) == 0))
            return 1;
        p = q + 1;
    }
    return 0;
}

static void http_date(time_t t, char *buf, size_t len)
{
    struct tm tm;
    buf[0] = '\0';
    if (gmtime_r(&t, &tm))
        strftime(buf, len, "%a, %d %b %Y %H:%M:%S GMT", &tm);
}

/* Parses an IMF-fixdate; returns -1 when it is not one. */
static time_t parse_http_date(const char *s)
{
    struct tm tm;
    memset(&tm, 0, sizeof tm);
    const char *end = strptime(s, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    if (!end || *end)
        return -1;
    return timegm(&tm);
}

void http_finish(const http_request *req, http_response *resp)
{
    http_response_header(resp, "Access-Control-Allow-Origin", "*");
    http_response_header(resp, "Access-Control-Expose-Headers",
                         "Link, X-Total-Count, ETag, Last-Modified, Content-Encoding");
    int ok = resp->status >= 200 && resp->status < 300 && resp->status != 204;
    if (!ok) {
        if (!resp->cache_control || resp->status >= 400)
            resp->cache_control = "no-store";
        return;
    }
    if (!resp->cache_control)
        resp->cache_control = "public, max-age=60";
    if (resp->fd >= 0 || !(req->method & (HTTP_GET | HTTP_HEAD)))
        return;

    char hash[24], tag[40], lm[64] = "";
    snprintf(hash, sizeof hash, "%016llx", fnv1a64(resp->body.buf ? resp->body.buf : "", resp->body.len));
    int gz = resp->body.len >= FINISH_GZIP_MIN && accepts_gzip(http_header_in(req, "Accept-Encoding"));
    http_response_header(resp, "Vary", "Accept-Encoding");
    if (!resp->no_etag) {
        snprintf(tag, sizeof tag, "\"%s%s\"", hash, gz ? "-gzip" : "");
        http_response_header(resp, "ETag", tag);
        if (req->snap) {
            http_date(snapshot_loaded_at(req->snap), lm, sizeof lm);
            http_response_header(resp, "Last-Modified", lm);
        }
        const char *inm = http_header_in(req, "If-None-Match");
        const char *ims = http_header_in(req, "If-Modified-Since");
        int not_modified = 0;
        if (inm)
            not_modified = etag_matches(inm, hash);
        else if (ims && req->snap) {
            time_t t = parse_http_date(ims);
            not_modified = t >= 0 && snapshot_loaded_at(req->snap) <= t;
        }
        if (not_modified) {
            sbuf_free(&resp->body);
            resp->status = 304;
            return;
        }
    }
    if (gz && gzip_body(&resp->body) == 0)
        http_response_header(resp, "Content-Encoding", "gzip");
}
