/* collection — the API resources over the snapshot:
 *   /api/v1/{kind}          lists: filters, q, sort, paging, facets,
 *                           include, fields, JSON/CSV/NDJSON
 *   /api/v1/{kind}/{id}     one item (include, fields, format)
 *   /api/v1/search          full-text search across kinds
 *   /api/v1/stats/{what}    dashboard series (flat arrays)
 *
 * Every query parameter is checked here or by the snapshot's whitelists:
 * an unknown name, a repeated single-valued parameter or a bad value is a
 * 400 problem naming it.  The plain JSON list copies the snapshot's stored
 * JSON verbatim; include/fields/CSV/NDJSON parse the page's items with
 * jansson and reshape them (handlers/output.c).  Lists also answer
 * X-Total-Count and an RFC 8288 Link header (first/prev/next/last).
 * Filters may carry an operator (field__ne, __gt, ...: model/snapshot.c).
 * Without format=, the Accept header picks the rendering by its q weights
 * (negotiate.c); lists, items and stats say Vary: Accept, and CSV carries a
 * Content-Disposition naming a download file. */
#include "handlers/handlers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers/output.h"
#include "handlers/responses.h"

int parse_bounded_long(const char *s, long max, long *out)
{
    long v = 0;
    if (!s || !*s)
        return -1;
    for (const char *p = s; *p; p++) {
        if (*p < '0' || *p > '9')
            return -1;
        if (v > (max - (*p - '0')) / 10) /* v*10 + d would pass max */
            return -1;
        v = v * 10 + (*p - '0');
    }
    *out = v;
    return 0;
}

/* Drops a UTF-8 sequence that a length-limited copy cut in half at the end
 * of s (a problem body must stay valid UTF-8; found by fuzz_request). */
static void utf8_cut(char *s)
{
    size_t n = strlen(s), i = n;
    while (i > 0 && ((unsigned char)s[i - 1] & 0xC0) == 0x80)
        i--; /* back over continuation bytes */
    if (i == 0)
        return;
    unsigned char lead = (unsigned char)s[i - 1];
    size_t want = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (want > 1 && n - (i - 1) < want)
        s[i - 1] = '\0';
}

static void bad_param(http_response *resp, const char *param, const char *fmt, const char *arg)
{
    char detail[320];
    snprintf(detail, sizeof detail, fmt, arg);
    resp_problem(resp, 400, detail, param);
}

/* Reads query parameter `name` into *out (def when absent).  On a bad value
 * fills resp with a 400 naming the parameter and returns -1. */
static int query_long(const http_request *req, http_response *resp, const char *name, long def,
                      long max, long *out)
{
    const char *v = http_query(req, name);
    if (!v) {
        *out = def;
        return 0;
    }
    if (parse_bounded_long(v, max, out) == 0)
        return 0;
    char detail[160];
    snprintf(detail, sizeof detail, "%s must be an integer from 0 to %ld", name, max);
    resp_problem(resp, 400, detail, name);
    return -1;
}

static int have_snapshot(const http_request *req, http_response *resp)
{
    if (req->snap)
        return 1;
    resp_problem(resp, 503, "no model is loaded", NULL);
    return 0;
}

/* Whether name is in the NULL-terminated list. */
static int in_list(const char *const *list, const char *name)
{
    for (; *list; list++)
        if (strcmp(*list, name) == 0)
            return 1;
    return 0;
}

/* Checks the request's arguments: each must be in `singles` (at most once),
 * in `multis` (repeatable), or a filter of `kind` (kind < 0: no filters).
 * Returns 0, or -1 with a 400 in resp. */
static int check_args(const http_request *req, http_response *resp, const char *const *singles,
                      const char *const *multis, int kind)
{
    for (int i = 0; i < req->nargs; i++) {
        const char *n = req->args[i].name;
        if (in_list(singles, n)) {
            for (int j = 0; j < i; j++)
                if (strcmp(req->args[j].name, n) == 0) {
                    bad_param(resp, n, "%s may be given only once", n);
                    return -1;
                }
            continue;
        }
        if (in_list(multis, n) || (kind >= 0 && snapshot_is_filter((snap_kind)kind, n)))
            continue;
        char shown[64];
        snprintf(shown, sizeof shown, "%.60s", n);
        utf8_cut(shown);
        bad_param(resp, shown, "unknown query parameter \"%s\" (see /openapi.json)", shown);
        return -1;
    }
    return 0;
}

/* Whether a format= value names an output format (json, csv, ndjson)
 * rather than the meetings' format filter (in_person, video). */
static int is_output_format(const char *v)
{
    return strcmp(v, "json") == 0 || strcmp(v, "csv") == 0 || strcmp(v, "ndjson") == 0;
}

/* Whether argument i is a filter of kind k (kind < 0: none).  format= is
 * the output format when its value is json/csv/ndjson, a filter otherwise. */
static int arg_is_filter(const http_request *req, int i, int k)
{
    if (k < 0 || !snapshot_is_filter((snap_kind)k, req->args[i].name))
        return 0;
    return strcmp(req->args[i].name, "format") != 0 || !is_output_format(req->args[i].value);
}

/* Parses pretty (1/0/true/false) and the output format: format=json, csv
 * or ndjson (once), else the Accept header.  For a kind without a format
 * filter any other format value is a 400.  Returns 0 or -1 with a 400. */
static int read_output(const http_request *req, http_response *resp, int kind, out_opts *o)
{
    const char *p = http_query(req, "pretty");
    o->pretty = 0;
    if (p) {
        if (strcmp(p, "1") == 0 || strcmp(p, "true") == 0)
            o->pretty = 1;
        else if (strcmp(p, "0") != 0 && strcmp(p, "false") != 0) {
            bad_param(resp, "pretty", "%s", "pretty must be 1, 0, true or false");
            return -1;
        }
    }
    const char *f = NULL;
    o->format = OUT_JSON;
    for (int i = 0; i < req->nargs; i++) {
        if (strcmp(req->args[i].name, "format") != 0 || arg_is_filter(req, i, kind))
            continue;
        if (!is_output_format(req->args[i].value)) {
            bad_param(resp, "format", "%s", "format must be json, csv or ndjson");
            return -1;
        }
        if (f) {
            bad_param(resp, "format", "%s", "the output format may be given only once");
            return -1;
        }
        f = req->args[i].value;
        o->format = strcmp(f, "csv") == 0 ? OUT_CSV : strcmp(f, "ndjson") == 0 ? OUT_NDJSON : OUT_JSON;
    }
    if (!f) {
        int a = accept_format(http_header_in(req, "Accept"));
        o->format = a == ACCEPT_CSV ? OUT_CSV : a == ACCEPT_NDJSON ? OUT_NDJSON : OUT_JSON;
    }
    return 0;
}

/* Values one repeatable list parameter (include, fields, facet) may hold,
 * repeats included: every kind has fewer distinct names than this. */
#define LIST_PARAM_MAX_VALUES 32

/* Collects the values of a repeatable, comma-separated parameter into a
 * NULL-terminated array of copies (caller frees with free_strv), each value
 * once (a repeat adds no work).  Returns the count, -1 when out of memory,
 * -2 when more than LIST_PARAM_MAX_VALUES values were given. */
static int collect_csv_param(const http_request *req, const char *name, char ***out)
{
    char **v = NULL;
    int n = 0, given = 0;
    for (int i = 0; i < req->nargs; i++) {
        if (strcmp(req->args[i].name, name) != 0)
            continue;
        for (const char *p = req->args[i].value;;) {
            const char *comma = strchr(p, ',');
            size_t len = comma ? (size_t)(comma - p) : strlen(p);
            if (++given > LIST_PARAM_MAX_VALUES) {
                free_strv(v);
                return -2;
            }
            int repeated = 0;
            for (int j = 0; j < n && !repeated; j++)
                repeated = strlen(v[j]) == len && strncmp(v[j], p, len) == 0;
            if (repeated) {
                if (!comma)
                    break;
                p = comma + 1;
                continue;
            }
            char **nv = realloc(v, (size_t)(n + 2) * sizeof *v);
            if (!nv)
                goto oom;
            v = nv;
            if (!(v[n] = strndup(p, len)))
                goto oom;
            v[++n] = NULL;
            if (!comma)
                break;
            p = comma + 1;
        }
    }
    if (!v && !(v = calloc(1, sizeof *v)))
        return -1;
    *out = v;
    return n;
oom:
    if (v)
        v[n] = NULL;
    free_strv(v);
    return -1;
}

/* What every content-negotiated answer (lists, items, stats) carries: Vary:
 * Accept (the body depends on it when no format= is given), and for CSV a
 * Content-Disposition naming a download file "<name>.csv" (name: a route
 * literal or a kind, so plain ASCII). */
static void negotiated_headers(http_response *resp, const char *name)
{
    http_vary_add(resp, "Accept");
    if (resp->status != 200 || !resp->content_type || strcmp(resp->content_type, CSV_TYPE) != 0)
        return;
    char v[128];
    snprintf(v, sizeof v, "attachment; filename=\"%s.csv\"", name);
    http_response_header(resp, "Content-Disposition", v);
}

static const char *const list_singles[] = {"limit", "offset", "sort", "q", "pretty", NULL};
static const char *const list_multis[] = {"facet", "include", "fields", "format", NULL};

/* Reads include= and fields= into o (checked against the kind).  Returns 0
 * or -1 with a 400 (or 500) in resp. */
/* The 400 or 500 for a collect_csv_param failure (rc -2 or -1). */
static void list_param_failed(http_response *resp, const char *name, int rc)
{
    char detail[128];
    snprintf(detail, sizeof detail, "%s may hold at most %d values", name, LIST_PARAM_MAX_VALUES);
    if (rc == -2)
        resp_problem(resp, 400, detail, name);
    else
        resp_problem(resp, 500, "out of memory", NULL);
}

static int read_shape(const http_request *req, http_response *resp, snap_kind k, out_opts *o)
{
    int rc = collect_csv_param(req, "include", &o->include);
    if (rc < 0) {
        list_param_failed(resp, "include", rc);
        return -1;
    }
    if ((rc = collect_csv_param(req, "fields", &o->fields)) < 0) {
        list_param_failed(resp, "fields", rc);
        return -1;
    }
    for (char **i = o->include; *i; i++)
        if (!output_include_known(k, *i)) {
            bad_param(resp, "include", "include cannot embed \"%s\" here (see /openapi.json)", *i);
            return -1;
        }
    for (char **f = o->fields; *f; f++)
        if (!output_field_known(k, *f)) {
            bad_param(resp, "fields", "\"%s\" is not a field of this kind (see /openapi.json)", *f);
            return -1;
        }
    if (o->include[0] && o->format == OUT_CSV) {
        bad_param(resp, "include", "%s", "include is not available with CSV output");
        return -1;
    }
    return 0;
}

/* Appends s to b percent-encoded for a query component. */
static void put_query_escaped(sbuf *b, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            *p == '-' || *p == '_' || *p == '.' || *p == '~' || *p == ',' || *p == '*')
            sbuf_putc(b, (char)*p);
        else
            sbuf_printf(b, "%%%c%c", hex[*p >> 4], hex[*p & 15]);
    }
}

/* One Link entry: the request's path (a route literal, so plain ASCII) and
 * its other arguments in their order, then limit and offset. */
static void link_entry(sbuf *b, const http_request *req, long limit, long offset, const char *rel)
{
    if (b->len)
        sbuf_puts(b, ", ");
    sbuf_printf(b, "<%s?", req->path);
    for (int i = 0; i < req->nargs; i++) {
        if (strcmp(req->args[i].name, "limit") == 0 || strcmp(req->args[i].name, "offset") == 0)
            continue;
        put_query_escaped(b, req->args[i].name);
        sbuf_putc(b, '=');
        put_query_escaped(b, req->args[i].value);
        sbuf_putc(b, '&');
    }
    sbuf_printf(b, "limit=%ld&offset=%ld>; rel=\"%s\"", limit, offset, rel);
}

/* X-Total-Count and, for a paged answer, Link (RFC 8288) with relative
 * first/prev/next/last URLs; prev and next only where such a page exists. */
static void paging_headers(const http_request *req, http_response *resp, size_t total, long limit,
                           long offset)
{
    char num[32];
    snprintf(num, sizeof num, "%zu", total);
    http_response_header(resp, "X-Total-Count", num);
    if (limit <= 0)
        return;
    sbuf link = {0};
    long t = (long)total;
    link_entry(&link, req, limit, 0, "first");
    if (offset > 0)
        link_entry(&link, req, limit, offset > limit ? offset - limit : 0, "prev");
    if (offset + limit < t)
        link_entry(&link, req, limit, offset + limit, "next");
    link_entry(&link, req, limit, t > 0 ? (t - 1) / limit * limit : 0, "last");
    if (!link.oom)
        http_response_header(resp, "Link", sbuf_str(&link));
    sbuf_free(&link);
}

/* The request's filter parameters for kind k (borrowed name/value pairs), as
 * an array the caller frees; *n is how many.  NULL when out of memory. */
static snap_param *collect_filters(const http_request *req, int k, size_t *n)
{
    snap_param *f = calloc((size_t)req->nargs + 1, sizeof *f);
    *n = 0;
    for (int i = 0; f && i < req->nargs; i++)
        if (arg_is_filter(req, i, k))
            f[(*n)++] = (snap_param){req->args[i].name, req->args[i].value};
    return f;
}

void handle_collection_list(const http_request *req, http_response *resp)
{
    snap_kind k = (snap_kind)req->route_arg;
    out_opts o = {0};
    char **facets = NULL;
    snap_param *filters = NULL;
    snap_result res = {0};
    long limit, offset;
    if (check_args(req, resp, list_singles, list_multis, (int)k) < 0 || read_output(req, resp, (int)k, &o) < 0)
        goto done;
    long def_limit = o.format == OUT_JSON ? LIST_LIMIT_DEFAULT : -1; /* CSV/NDJSON: everything */
    if (query_long(req, resp, "limit", def_limit, LIST_LIMIT_MAX, &limit) < 0 ||
        query_long(req, resp, "offset", 0, LIST_OFFSET_MAX, &offset) < 0 ||
        read_shape(req, resp, k, &o) < 0 || !have_snapshot(req, resp))
        goto done;
    if (limit < 0 && o.include[0]) {
        /* a whole-set stream that embeds: each row can bring thousands (a
         * member's officials), so the work has no bound but the set's */
        bad_param(resp, "include", "include on a whole-set %s stream needs a limit (at most 1000): page with offset",
                  o.format == OUT_CSV ? "CSV" : "NDJSON");
        goto done;
    }
    int nfacets = collect_csv_param(req, "facet", &facets);
    if (nfacets < 0) {
        list_param_failed(resp, "facet", nfacets);
        goto done;
    }
    size_t nf = 0;
    filters = collect_filters(req, (int)k, &nf);
    if (!filters) {
        resp_problem(resp, 500, "out of memory", NULL);
        goto done;
    }
    snap_query q = {
        .kind = k,
        .filters = filters,
        .nfilters = nf,
        .q = http_query(req, "q"),
        .sort = http_query(req, "sort"),
        .limit = limit,
        .offset = offset,
        .facets = (const char *const *)facets,
        .nfacets = (size_t)nfacets,
        .ids_only = o.format != OUT_JSON && limit < 0, /* streamed: rows fetched as they are sent */
    };
    snap_error err = {{0}, {0}};
    int rc = snapshot_query(req->snap, &q, &res, &err);
    if (rc == 1) {
        resp_problem(resp, 400, err.detail, err.param);
        goto done;
    }
    size_t total = res.total; /* output_list may move the items (and the total) into a stream */
    if (rc < 0 || output_list(req->snap, k, &res, limit, offset, &o, resp) < 0) {
        resp_problem(resp, 500, "the snapshot query failed", NULL);
        goto done;
    }
    paging_headers(req, resp, total, limit, offset);
    negotiated_headers(resp, snapshot_kind_name(k));
done:
    snap_result_free(&res);
    free(filters);
    free_strv(facets);
    out_opts_free(&o);
}

static const char *const item_singles[] = {"pretty", NULL};
static const char *const item_multis[] = {"include", "fields", "format", NULL};

void handle_collection_item(const http_request *req, http_response *resp)
{
    snap_kind k = (snap_kind)req->route_arg;
    out_opts o = {0};
    sbuf doc = {0};
    if (check_args(req, resp, item_singles, item_multis, -1) < 0 || read_output(req, resp, -1, &o) < 0 ||
        read_shape(req, resp, k, &o) < 0 || !have_snapshot(req, resp))
        goto done;
    int rc = snapshot_get(req->snap, k, req->params[0], &doc);
    if (rc == 0) {
        if (output_item(req->snap, k, sbuf_str(&doc), &o, resp) < 0)
            resp_problem(resp, 500, "out of memory", NULL);
        else
            negotiated_headers(resp, snapshot_kind_name(k) /* plural: the file holds one row */);
    } else if (rc == 1) {
        sbuf detail = {0};
        const char *kind = snapshot_kind_name(k); /* plural: drop the final 's' */
        sbuf_printf(&detail, "there is no %.*s with id \"", (int)strlen(kind) - 1, kind);
        sbuf_append(&detail, req->params[0], strnlen(req->params[0], 200));
        sbuf_puts(&detail, "\"");
        resp_problem(resp, 404, sbuf_str(&detail), NULL);
        sbuf_free(&detail);
    } else {
        resp_problem(resp, 500, "the snapshot query failed", NULL);
    }
done:
    sbuf_free(&doc);
    out_opts_free(&o);
}

static const char *const search_singles[] = {"q", "kind", "limit", "offset", "pretty", NULL};
static const char *const no_multis[] = {NULL};

void handle_search(const http_request *req, http_response *resp)
{
    out_opts o = {0};
    long limit, offset;
    if (check_args(req, resp, search_singles, no_multis, -1) < 0 || read_output(req, resp, -1, &o) < 0 ||
        query_long(req, resp, "limit", 20, LIST_LIMIT_MAX, &limit) < 0 ||
        query_long(req, resp, "offset", 0, LIST_OFFSET_MAX, &offset) < 0 || !have_snapshot(req, resp))
        return;
    snap_error err = {{0}, {0}};
    int rc = snapshot_search(req->snap, http_query(req, "q"), http_query(req, "kind"), limit, offset,
                             &resp->body, &err);
    if (rc == 1) {
        resp_problem(resp, 400, err.detail, err.param);
        return;
    }
    if (rc < 0 || (o.pretty && output_pretty(&resp->body) < 0)) {
        resp_problem(resp, 500, "the search failed", NULL);
        return;
    }
    resp_json(resp, 200);
}

static const char *const stats_singles[] = {"interval", "by", "pretty", NULL};
static const char *const stats_members_singles[] = {"pretty", NULL}; /* one row per member: no periods */
static const char *const stats_multis[] = {"format", NULL};

void handle_stats(const http_request *req, http_response *resp)
{
    static const char *const names[] = {"meetings", "documents", "members"};
    const char *what = names[req->route_arg];
    snap_kind k = req->route_arg == 0 ? SNAP_MEETINGS : req->route_arg == 1 ? SNAP_DOCUMENTS : SNAP_MEMBERS;
    out_opts o = {0};
    snap_param *filters = NULL;
    sbuf rows = {0};
    const char *const *singles = k == SNAP_MEMBERS ? stats_members_singles : stats_singles;
    if (check_args(req, resp, singles, stats_multis, (int)k) < 0 || read_output(req, resp, (int)k, &o) < 0 ||
        !have_snapshot(req, resp))
        goto done;
    size_t nf = 0;
    filters = collect_filters(req, (int)k, &nf);
    if (!filters) {
        resp_problem(resp, 500, "out of memory", NULL);
        goto done;
    }
    snap_error err = {{0}, {0}};
    int rc = snapshot_stats(req->snap, what, http_query(req, "interval"), http_query(req, "by"), filters,
                            nf, &rows, &err);
    if (rc == 1) {
        resp_problem(resp, 400, err.detail, err.param);
        goto done;
    }
    if (rc < 0 || output_rows(sbuf_str(&rows), &o, resp) < 0) {
        resp_problem(resp, 500, "the statistics query failed", NULL);
        goto done;
    }
    char file[32];
    snprintf(file, sizeof file, "%s-stats", what);
    negotiated_headers(resp, file);
done:
    free(filters);
    sbuf_free(&rows);
    out_opts_free(&o);
}

void handle_not_found(const http_request *req, http_response *resp)
{
    resp_problem(resp, 404, "no such resource", NULL);
}
