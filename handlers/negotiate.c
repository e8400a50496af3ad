/* negotiate — proactive content negotiation (RFC 9110 12.5.1) for the API's
 * three renderings, and the Vary header that goes with it.
 *
 * The Accept header is a list of media ranges with optional q weights.  Each
 * rendering (application/json, text/csv, application/x-ndjson) takes the
 * weight of the most specific range that matches it (type/subtype beats
 * type/any beats any/any); one not matched has weight 0.  The heaviest rendering
 * wins; on a tie the more specific match, then JSON before CSV before
 * NDJSON.  When nothing is acceptable (every weight 0, e.g. "text/csv;q=0"
 * or "image/png") the answer is JSON rather than a 406, as RFC 9110 allows:
 * API clients that send odd Accept headers still get data. */
#include "handlers/handlers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const renderings[ACCEPT_NFORMATS] = {"application/json", "text/csv", "application/x-ndjson"};

/* How specifically range [r, r+n) matches media type mt: 3 exact, 2
 * type/any, 1 any/any, 0 not at all. */
static int match(const char *r, size_t n, const char *mt)
{
    const char *slash = strchr(mt, '/');
    size_t tlen = (size_t)(slash - mt);
    if (n == strlen(mt) && strncasecmp(r, mt, n) == 0)
        return 3;
    if (n == tlen + 2 && strncasecmp(r, mt, tlen) == 0 && r[tlen] == '/' && r[tlen + 1] == '*')
        return 2;
    if (n == 3 && strncmp(r, "*/*", 3) == 0)
        return 1;
    return 0;
}

/* The q of the parameters in [p, end) (";q=0.5;..."), 1 when absent;
 * clamped to [0, 1]; a malformed weight counts as 0. */
static double weight(const char *p, const char *end)
{
    while (p < end) {
        p++; /* the ';' */
        while (p < end && (*p == ' ' || *p == '\t'))
            p++;
        if (end - p >= 2 && (*p == 'q' || *p == 'Q') && p[1] == '=') {
            char num[16];
            size_t n = (size_t)(end - p - 2);
            const char *semi = memchr(p + 2, ';', n);
            if (semi)
                n = (size_t)(semi - p - 2);
            if (n == 0 || n >= sizeof num)
                return 0;
            memcpy(num, p + 2, n);
            num[n] = '\0';
            char *stop;
            double q = strtod(num, &stop);
            while (*stop == ' ' || *stop == '\t')
                stop++;
            if (*stop || q != q)
                return 0;
            return q < 0 ? 0 : q > 1 ? 1 : q;
        }
        const char *semi = memchr(p, ';', (size_t)(end - p));
        p = semi ? semi : end;
    }
    return 1;
}

int accept_format(const char *accept)
{
    if (!accept)
        return ACCEPT_JSON;
    double q[ACCEPT_NFORMATS] = {0};
    int spec[ACCEPT_NFORMATS] = {0};
    for (const char *p = accept; *p;) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        const char *end = strchr(p, ',');
        if (!end)
            end = p + strlen(p);
        const char *semi = memchr(p, ';', (size_t)(end - p));
        const char *rend = semi ? semi : end;
        while (rend > p && (rend[-1] == ' ' || rend[-1] == '\t'))
            rend--;
        double w = weight(semi ? semi : end, end);
        for (int f = 0; f < ACCEPT_NFORMATS; f++) {
            int m = match(p, (size_t)(rend - p), renderings[f]);
            if (m > spec[f]) { /* the most specific range decides */
                spec[f] = m;
                q[f] = w;
            }
        }
        p = end;
    }
    int best = ACCEPT_JSON;
    for (int f = 1; f < ACCEPT_NFORMATS; f++)
        if (q[f] > q[best] || (q[f] == q[best] && spec[f] > spec[best]))
            best = f;
    return q[best] > 0 ? best : ACCEPT_JSON;
}

void http_vary_add(http_response *r, const char *token)
{
    for (int i = 0; i < r->nheaders; i++) {
        if (strcasecmp(r->headers[i].name, "Vary") != 0)
            continue;
        size_t n = strlen(r->headers[i].value) + strlen(token) + 3;
        char *v = malloc(n);
        if (!v)
            return;
        snprintf(v, n, "%s, %s", r->headers[i].value, token);
        free(r->headers[i].value);
        r->headers[i].value = v;
        return;
    }
    http_response_header(r, "Vary", token);
}
