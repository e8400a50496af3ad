/* collection — the generic list/item handlers for every kind of the model
 * (/api/v1/meetings, /api/v1/meetings/{id}, ...).  Bodies come straight
 * from the snapshot's stored JSON; nothing is parsed or re-serialised here. */
#include "handlers/handlers.h"

#include <stdio.h>
#include <string.h>

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

void handle_collection_list(const http_request *req, http_response *resp)
{
    long limit, offset;
    if (query_long(req, resp, "limit", LIST_LIMIT_DEFAULT, LIST_LIMIT_MAX, &limit) < 0 ||
        query_long(req, resp, "offset", 0, LIST_OFFSET_MAX, &offset) < 0 || !have_snapshot(req, resp))
        return;
    if (snapshot_list(req->snap, (snap_kind)req->route_arg, limit, offset, &resp->body) < 0) {
        resp_problem(resp, 500, "the snapshot query failed", NULL);
        return;
    }
    resp_json(resp, 200);
}

void handle_collection_item(const http_request *req, http_response *resp)
{
    if (!have_snapshot(req, resp))
        return;
    snap_kind k = (snap_kind)req->route_arg;
    int rc = snapshot_get(req->snap, k, req->params[0], &resp->body);
    if (rc == 0) {
        resp_json(resp, 200);
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
}

void handle_not_found(const http_request *req, http_response *resp)
{
    resp_problem(resp, 404, "no such resource", NULL);
}
