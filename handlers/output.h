/* output — shapes API answers: the list envelope, include (related items
 * embedded), fields (sparse field sets), and the JSON / CSV / NDJSON
 * renderings, plus pretty-printing.  Knows the keys of each kind of the
 * model (the fields whitelist) and which id lists can be embedded. */
#ifndef CSTO_OUTPUT_H
#define CSTO_OUTPUT_H

#include "handlers/http.h"

typedef enum out_format { OUT_JSON, OUT_CSV, OUT_NDJSON } out_format;

typedef struct out_opts {
    out_format format;
    int pretty;
    char **include; /* NULL-terminated, owned (NULL: none) */
    char **fields;  /* NULL-terminated, owned (NULL or empty: every field) */
} out_opts;

void out_opts_free(out_opts *o);
/* Frees a NULL-terminated array of strings and the array; NULL is fine. */
void free_strv(char **v);

/* Whether `name` may be embedded with include= / selected with fields=. */
int output_include_known(snap_kind k, const char *name);
int output_field_known(snap_kind k, const char *name);

/* Renders a list page into resp (status, type, body).  JSON:
 * {"data":[...],"total","limit","offset"[,"facets"]}; CSV: a header row and
 * one row per item; NDJSON: one item per line.  CSV or NDJSON of the whole
 * set (limit < 0) is streamed: *res must then come from an ids_only query;
 * its row ids move into the stream (res is left empty), which fetches and
 * renders each row as the client reads (resp->stream), holding one rendered
 * row at a time and a reference to the snapshot until it ends.
 * Returns 0 or -1 (OOM). */
int output_list(snapshot *s, snap_kind k, snap_result *res, long limit, long offset,
                const out_opts *o, http_response *resp);
/* Renders one item (doc is its stored JSON) the same way. */
int output_item(snapshot *s, snap_kind k, const char *doc, const out_opts *o, http_response *resp);
/* Renders a JSON array of flat objects (stats) as JSON, CSV (columns: the
 * keys in first-seen order) or NDJSON. */
int output_rows(const char *json_array, const out_opts *o, http_response *resp);
/* Re-indents a JSON body in place (2 spaces).  Returns 0 or -1. */
int output_pretty(sbuf *body);

#endif
