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
#include <xxhash.h>
#include <zlib.h>

#include "handlers/cache.h"
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

int http_gzip(const char *in, size_t n, sbuf *out)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 6, Z_DEFLATED, MAX_WBITS + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return -1;
    uLong bound = deflateBound(&z, (uLong)n);
    unsigned char *buf = malloc(bound);
    if (!buf) {
        deflateEnd(&z);
        return -1;
    }
    z.next_in = (unsigned char *)in;
    z.avail_in = (uInt)n;
    z.next_out = buf;
    z.avail_out = (uInt)bound;
    int rc = deflate(&z, Z_FINISH);
    size_t len = z.total_out;
    deflateEnd(&z);
    if (rc != Z_STREAM_END) {
        free(buf);
        return -1;
    }
    sbuf_reset(out);
    sbuf_append(out, (const char *)buf, len);
    free(buf);
    return out->oom ? -1 : 0;
}

/* Gzips body in place.  Returns 0, or -1 (body unchanged). */
static int gzip_body(sbuf *body)
{
    sbuf z = {0};
    if (http_gzip(body->buf ? body->buf : "", body->len, &z) < 0) {
        sbuf_free(&z);
        return -1;
    }
    sbuf_free(body);
    *body = z;
    return 0;
}

unsigned long long http_body_hash(const char *s, size_t n)
{
    /* XXH3: a body hashed at memory speed (FNV-1a, a byte at a time, took
     * 0.9 ms for a member's 870 KB at 10k articles) */
    return (unsigned long long)XXH3_64bits(s, n);
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

void http_cors_headers(http_response *resp)
{
    http_response_header(resp, "Access-Control-Allow-Origin", "*");
    http_response_header(resp, "Access-Control-Expose-Headers",
                         "Link, X-Total-Count, ETag, Last-Modified, Content-Encoding");
}

int http_wants_gzip(const http_request *req, size_t len)
{
    return len >= FINISH_GZIP_MIN && accepts_gzip(http_header_in(req, "Accept-Encoding"));
}

void http_validator_headers(http_response *resp, const char *hash, int gz, time_t last_modified)
{
    char tag[40], lm[64] = "";
    snprintf(tag, sizeof tag, "\"%s%s\"", hash, gz ? "-gzip" : "");
    http_response_header(resp, "ETag", tag);
    if (last_modified >= 0) {
        http_date(last_modified, lm, sizeof lm);
        http_response_header(resp, "Last-Modified", lm);
    }
}

int http_not_modified(const http_request *req, const char *hash)
{
    const char *inm = http_header_in(req, "If-None-Match");
    const char *ims = http_header_in(req, "If-Modified-Since");
    if (inm)
        return etag_matches(inm, hash);
    if (ims && req->snap) {
        time_t t = parse_http_date(ims);
        return t >= 0 && snapshot_loaded_at(req->snap) <= t;
    }
    return 0;
}

void http_finish(const http_request *req, http_response *resp)
{
    /* a cached answer carries its headers; a new one may become cached */
    if (resp->cached || (resp->cache_store && !resp->stream && cache_store(req, resp)))
        return;
    http_cors_headers(resp);
    int ok = resp->status >= 200 && resp->status < 300 && resp->status != 204;
    if (!ok) {
        if (!resp->cache_control || resp->status >= 400)
            resp->cache_control = "no-store";
        return;
    }
    if (!resp->cache_control)
        resp->cache_control = "public, max-age=60";
    if (resp->fd >= 0 || resp->stream || !(req->method & (HTTP_GET | HTTP_HEAD)))
        return;

    char hash[24];
    snprintf(hash, sizeof hash, "%016llx", http_body_hash(resp->body.buf ? resp->body.buf : "", resp->body.len));
    int gz = http_wants_gzip(req, resp->body.len);
    http_vary_add(resp, "Accept-Encoding");
    if (!resp->no_etag) {
        http_validator_headers(resp, hash, gz, req->snap ? snapshot_loaded_at(req->snap) : -1);
        if (http_not_modified(req, hash)) {
            sbuf_free(&resp->body);
            resp->status = 304;
            return;
        }
    }
    if (gz && gzip_body(&resp->body) == 0)
        http_response_header(resp, "Content-Encoding", "gzip");
}
