/* responses — JSON and problem+json replies; see responses.h.  Problems use
 * "type": "about:blank", so "title" is the status's reason phrase (RFC 9457
 * section 4.2.1); the specifics go in "detail". */
#include "handlers/responses.h"
#include "model/text.h"

#include "handlers/cache.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void http_response_init(http_response *r)
{
    memset(r, 0, sizeof *r);
    r->fd = -1;
}

void http_response_clear(http_response *r)
{
    sbuf_free(&r->body);
    for (int i = 0; i < r->nheaders; i++)
        free(r->headers[i].value);
    if (r->fd >= 0)
        close(r->fd);
    if (r->ext_free)
        r->ext_free(r->ext_cls);
    if (r->stream_free)
        r->stream_free(r->stream_cls);
    cache_entry_release(r->cached);
    http_response_init(r);
}

const char *http_query(const http_request *req, const char *name)
{
    return req->query ? req->query(req->query_ctx, name) : NULL;
}

const char *http_header_in(const http_request *req, const char *name)
{
    return req->header ? req->header(req->header_ctx, name) : NULL;
}

void http_response_header(http_response *r, const char *name, const char *value)
{
    if (r->nheaders >= HTTP_MAX_HEADERS)
        return;
    char *v = strdup(value);
    if (!v)
        return;
    r->headers[r->nheaders].name = name;
    r->headers[r->nheaders].value = v;
    r->nheaders++;
}

http_method http_method_from_name(const char *name)
{
    static const struct {
        const char *name;
        http_method m;
    } methods[] = {
        {"GET", HTTP_GET},       {"HEAD", HTTP_HEAD},   {"POST", HTTP_POST},
        {"PUT", HTTP_PUT},       {"DELETE", HTTP_DELETE}, {"PATCH", HTTP_PATCH},
        {"OPTIONS", HTTP_OPTIONS},
    };
    for (size_t i = 0; name && i < sizeof methods / sizeof methods[0]; i++)
        if (strcmp(name, methods[i].name) == 0)
            return methods[i].m;
    return HTTP_OTHER;
}

const char *http_status_title(unsigned status)
{
    switch (status) {
    case 200: return "OK";
    case 301: return "Moved Permanently";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 406: return "Not Acceptable";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Unknown";
    }
}

void resp_json(http_response *resp, unsigned status)
{
    resp->status = status;
    resp->content_type = JSON_TYPE;
}

/* A JSON string of s; bytes that are not valid UTF-8 (a client's value, or
 * one cut short by a length limit) become U+FFFD, so a problem body always
 * parses (found by fuzz_request). */
static void put_json_string(sbuf *b, const char *s)
{
    size_t len = strlen(s), bad;
    sbuf_putc(b, '"');
    while (len && utf8_check(s, len, &bad) != 0) {
        sbuf_json_escape(b, s, bad);
        sbuf_puts(b, "\xef\xbf\xbd");
        s += bad + 1;
        len -= bad + 1;
    }
    sbuf_json_escape(b, s, len);
    sbuf_putc(b, '"');
}

void resp_problem(http_response *resp, unsigned status, const char *detail, const char *param)
{
    http_response_clear(resp);
    sbuf *b = &resp->body;
    sbuf_puts(b, "{\"type\":\"about:blank\",\"title\":");
    put_json_string(b, http_status_title(status));
    sbuf_printf(b, ",\"status\":%u", status);
    if (detail) {
        sbuf_puts(b, ",\"detail\":");
        put_json_string(b, detail);
    }
    if (param) {
        sbuf_puts(b, ",\"invalid-params\":[{\"name\":");
        put_json_string(b, param);
        sbuf_puts(b, ",\"reason\":");
        put_json_string(b, detail ? detail : "invalid");
        sbuf_puts(b, "}]");
    }
    sbuf_puts(b, "}\n");
    resp->status = status;
    resp->content_type = PROBLEM_TYPE;
}

void resp_method_not_allowed(http_response *resp, const char *method, unsigned allowed)
{
    /* Allow values for the masks routes use; static strings, so the response
     * needs no allocation for them. */
    const char *allow = (allowed & HTTP_HEAD) ? "GET, HEAD, OPTIONS" : "GET, OPTIONS";
    if (allowed == HTTP_ANY)
        allow = "GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS";
    sbuf detail = {0};
    sbuf_printf(&detail, "%s is not allowed here; use %s", method ? method : "this method", allow);
    resp_problem(resp, 405, sbuf_str(&detail), NULL);
    resp->allow = allow;
    sbuf_free(&detail);
}

void resp_preflight(http_response *resp, unsigned allowed)
{
    const char *allow = (allowed & HTTP_HEAD) ? "GET, HEAD, OPTIONS" : "GET, OPTIONS";
    if (allowed == HTTP_ANY)
        allow = "GET, HEAD, POST, PUT, DELETE, PATCH, OPTIONS";
    http_response_clear(resp);
    resp->status = 204;
    resp->allow = allow;
    http_response_header(resp, "Access-Control-Allow-Methods", allow);
    http_response_header(resp, "Access-Control-Allow-Headers",
                         "Accept, Accept-Encoding, If-None-Match, If-Modified-Since, Content-Type");
    http_response_header(resp, "Access-Control-Max-Age", "86400");
    resp->cache_control = "public, max-age=86400";
}
