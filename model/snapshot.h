/* snapshot — the immutable, queryable form of one model.
 *
 * A snapshot is built once from the model json_t (see model/corpus.h) into a
 * SQLite database in an unlinked temporary file under $TMPDIR (or /tmp),
 * which its connections map; in memory (memdb VFS) where no such file can
 * be made.  Each kind (articles, meetings, ...) is one table holding every
 * item's compact JSON, rendered once at build time, plus the columns later
 * filters, sorting and full-text search will query.  Reads go through a small
 * mutex-protected pool of read-only connections with prepared statements, so
 * any number of threads may query one snapshot at the same time.
 *
 * Snapshots are reference-counted: whoever holds a pointer holds a reference
 * (snapshot_new gives the first one), so a newer snapshot can be swapped in
 * while requests still use the old one; the last snapshot_release frees it.
 * Nothing here knows about HTTP. */
#ifndef CSTO_SNAPSHOT_H
#define CSTO_SNAPSHOT_H

#include <jansson.h>
#include <stddef.h>
#include <time.h>

#include "model/sbuf.h"

typedef enum snap_kind {
    SNAP_ARTICLES,
    SNAP_MEETINGS,
    SNAP_OFFICIALS,
    SNAP_DOCUMENTS,
    SNAP_MEMBERS,
    SNAP_KIND_COUNT
} snap_kind;

typedef struct snapshot snapshot;

/* "articles", "meetings", ... (the model's top-level keys, in contract order). */
const char *snapshot_kind_name(snap_kind k);
/* The kind named `name` (exact match), or -1. */
int snapshot_kind_from_name(const char *name);

/* Reports each step of a build as it ends: what it did ("meetings loaded", "sort orders", ...) and the
 * seconds it took, on the building thread.  Process-wide; NULL (the default) reports nothing.  The server
 * sets it when its standard error is a terminal. */
typedef void (*snap_progress_fn)(void *ctx, const char *step, double seconds);
void snapshot_set_progress(snap_progress_fn fn, void *ctx);

/* Builds a snapshot from `model` (borrowed; not kept).  A missing top-level
 * array counts as empty; anything else malformed (not an object, an item
 * without a string "id", a duplicate id) fails.  `readers` is the number of
 * pooled read connections (at least 1; use the number of threads that will
 * query it).  Returns a snapshot holding one reference, or NULL with the
 * reason in err. */
snapshot *snapshot_new(const json_t *model, int readers, char *err, size_t errlen);

/* The same, but empties each of the model's kind arrays as soon as its rows
 * are loaded, so a large model and its snapshot are not both in memory at
 * their full size.  The caller still owns (and json_decref()s) the model,
 * whose arrays are empty afterwards, whether the build succeeded or not. */
snapshot *snapshot_new_consuming(json_t *model, int readers, char *err, size_t errlen);

/* The same from a model given kind by kind, so that it is never whole in
 * memory: fn(ctx, k) returns a new reference to kind k's array (the build
 * empties and releases it once its rows are loaded, before asking for the
 * next), or NULL when it cannot be built (the build fails).  The articles
 * are asked for first and kept to the end (the meetings' evidence is cut
 * from their texts). */
typedef json_t *(*snap_kind_fn)(void *ctx, snap_kind k);
/* `done` (or NULL) is called once every kind is loaded, before the readers
 * open, so that the source can give back what it holds (the corpus) before
 * the snapshot is served. */
snapshot *snapshot_new_streamed(snap_kind_fn fn, void (*done)(void *ctx), void *ctx, int readers, char *err,
                                size_t errlen);

/* The snapshot as a file: snapshot_save writes s (tables, indexes and the
 * rendered JSON: everything the queries read) as a SQLite database at path
 * (through a temporary file renamed into place; VACUUM INTO).
 * snapshot_open_file serves such a file read-only, with no rebuild: it
 * checks csto_meta.format, opens `readers` read-only connections that map
 * the file, and counts the items.  A file replaced later (rename) does not
 * disturb a snapshot opened before: its connections keep the old one.
 * Returns 0 / a snapshot holding one reference, or -1 / NULL with err. */
int snapshot_save(snapshot *s, const char *path, char *err, size_t errlen);
/* The same file written straight from a model, with no snapshot to serve
 * it (csto parse -o): built in place of a temporary file and renamed.
 * Empties the model's kind arrays as snapshot_new_consuming does (the
 * caller still owns the model).  Returns 0, or -1 with err (no file left). */
int snapshot_write_file(json_t *model, const char *path, char *err, size_t errlen);
int snapshot_write_file_streamed(snap_kind_fn fn, void *ctx, const char *path, char *err, size_t errlen);
snapshot *snapshot_open_file(const char *path, int readers, char *err, size_t errlen);

/* Takes one more reference; returns s. */
snapshot *snapshot_acquire(snapshot *s);
/* Drops one reference; the last one frees everything.  NULL is ignored. */
void snapshot_release(snapshot *s);

/* One object a layer above keeps per snapshot (the HTTP response cache),
 * freed by free_fn when the snapshot is, so it can never outlive or be
 * shared with another snapshot.  snapshot_attach sets it once: when another
 * thread attached first, obj is freed at once and theirs is returned;
 * otherwise obj.  snapshot_attached returns it, or NULL.  Thread-safe. */
void *snapshot_attach(snapshot *s, void *obj, void (*free_fn)(void *));
void *snapshot_attached(snapshot *s);

/* Number of items of a kind (fixed for the snapshot's life). */
size_t snapshot_count(const snapshot *s, snap_kind k);
/* Wall-clock time the snapshot was finished, and how long building took. */
time_t snapshot_loaded_at(const snapshot *s);
double snapshot_build_seconds(const snapshot *s);

/* Appends to out the list body {"data":[...],"total":N,"limit":L,"offset":O}
 * in model order, with the stored JSON of each item copied as it is.
 * limit and offset must be >= 0.  Returns 0, or -1 on an internal error
 * (out may then hold a partial body: reset it). Thread-safe. */
int snapshot_list(snapshot *s, snap_kind k, long limit, long offset, sbuf *out);

/* Appends the item with this id to out.  Returns 0 when found, 1 when there
 * is no such item (out untouched), -1 on an internal error.  Thread-safe. */
int snapshot_get(snapshot *s, snap_kind k, const char *id, sbuf *out);

/* Appends the item of kind k stored at `rowid` (from snap_result.rowids).
 * Returns 0, 1 when there is no such row, -1 on an internal error. */
int snapshot_get_row(snapshot *s, snap_kind k, long long rowid, sbuf *out);

/* ---- the per-request budget ----------------------------------------------
 * The calling thread sets a budget before its queries: at most cpu_seconds
 * of this thread's CPU time and wall_seconds of wall-clock time (0: no
 * limit), and gone(ctx), when not NULL, says whether the client has left.
 * Every query of that thread is interrupted once the budget is spent (SQLite
 * progress handler; the query then fails with -1), and renderers between
 * items call snapshot_budget_over().  Per thread, so nothing is shared. */
enum { SNAP_BUDGET_OK = 0, SNAP_BUDGET_TIME = 1, SNAP_BUDGET_GONE = 2 };
void snapshot_budget_begin(double cpu_seconds, double wall_seconds, int (*gone)(void *), void *ctx);
/* Checks the budget now: SNAP_BUDGET_OK, _TIME or _GONE (sticky). */
int snapshot_budget_over(void);
/* What stopped the current budget so far, without checking again. */
int snapshot_budget_state(void);
/* Ends the budget; returns its final state. */
int snapshot_budget_end(void);

/* Caps on what one request may ask (past them: a 400 naming the parameter). */
#define SNAP_SORT_MAX_KEYS 8      /* sort keys (a repeated key counts once) */
#define SNAP_FILTER_MAX_VALUES 64 /* values of one filter (repeats count once) */
#define SNAP_FTS_MAX_TERMS 16     /* search terms (a repeated term counts once) */
#define SNAP_FTS_MAX_PREFIXES 4   /* prefix terms (word*) among them */
#define SNAP_SNIPPET_MAX_HITS 64  /* an item matching more often gets its label marked, not a snippet */

/* ---- queries: filters, sorting, paging, full-text search, facets --------
 *
 * Clients name filters, sort keys and facets; each name is looked up in a
 * per-kind whitelist (snapshot.c) that maps it to a fixed SQL fragment, and
 * every value is bound as a parameter.  Nothing a client sends becomes SQL.
 * Bad names or values are reported in a snap_error naming the parameter
 * (the caller turns that into a 400). */

/* One filter as received: name (e.g. "body") and its raw value, which may
 * hold several comma-separated alternatives ("CFM,CDM").  Several entries
 * with the same name are ORed too. */
typedef struct snap_param {
    const char *name;
    const char *value;
} snap_param;

typedef struct snap_query {
    snap_kind kind;
    const snap_param *filters;
    size_t nfilters;
    const char *q;    /* user search text (sanitised here) or NULL */
    const char *sort; /* "date", "-date", "name,-id" ...; NULL: model order (rank with q) */
    long limit;       /* -1: no limit */
    long offset;
    const char *const *facets; /* facet names, NULL-free */
    size_t nfacets;
    /* 1: the page is returned as row ids (res->rowids) instead of documents,
     * for a caller that fetches each row as it needs it (a streamed answer
     * holds a few rows, never the whole set: snapshot_get_row). */
    int ids_only;
} snap_query;

typedef struct snap_error {
    char param[32];   /* the offending query parameter */
    char detail[256]; /* a sentence for the client */
} snap_error;

/* The result of snapshot_query (owned; free with snap_result_free). */
typedef struct snap_result {
    size_t total;   /* items matching the filters, ignoring paging */
    char **docs;    /* the page's items as compact JSON, in order */
    size_t ndocs;
    sbuf facets;    /* {"name":[{"value":V,"count":N},...],...} when facets were asked */
    long long *rowids; /* with ids_only: the page's rows, in order (docs is then empty) */
    size_t nrowids;
} snap_result;

/* Filters are "field" or "field__op" (op: in, ne, gt, gte, lt, lte,
 * contains, isnull; which ones a field takes depends on its type; see
 * snapshot.c).  Whether `name` is a filter field of kind k, with or without
 * an operator (an operator the field does not take is still "a filter":
 * the query then fails naming it), so callers can tell filters from
 * unknown parameters. */
int snapshot_is_filter(snap_kind k, const char *name);

/* Runs a list query.  Returns 0 (res filled), 1 on bad client input (err
 * filled, res empty), -1 on an internal error.  Thread-safe. */
int snapshot_query(snapshot *s, const snap_query *q, snap_result *res, snap_error *err);
void snap_result_free(snap_result *r);

/* Turns user search text into a safe FTS5 query: words become quoted terms,
 * a trailing '*' on a word or "phrase" makes a prefix query, "..." phrases
 * are kept, OR between two terms is kept, every other operator, column
 * filter or punctuation is dropped; a term already given is dropped (with
 * the OR before it).  Returns 0 with the query in out, -1 when nothing
 * searchable is left (or the text is longer than 500 bytes), -2 when more
 * than SNAP_FTS_MAX_TERMS terms or SNAP_FTS_MAX_PREFIXES prefixes remain. */
int snapshot_fts_query(const char *text, sbuf *out);

/* GET /search: appends {"data":[{"kind","id","title","snippet","score"}],
 * "total","limit","offset"} for the items of the kinds in `kinds` (a
 * comma-separated list, NULL for all) that match text, best (bm25) first.
 * Snippets are HTML-escaped with matches wrapped in <mark>...</mark>.
 * Returns 0, 1 on bad input (err filled), -1 on an internal error. */
int snapshot_search(snapshot *s, const char *text, const char *kinds, long limit, long offset,
                    sbuf *out, snap_error *err);

/* Dashboard series: appends a JSON array of flat objects.
 *   what "meetings" / "documents": one row per period (and per `by` value),
 *     {"time":"2018-01-01T00:00:00Z","year":2018[,"month":11][,BY:V],"count":N},
 *     interval "year" or "month"; filters as in snapshot_query of that kind
 *     (documents are dated by their meeting); items without a date (or, by
 *     month, without a month) are left out.
 *   what "members": {"time":<snapshot time>,"member","name","iso","meetings",
 *     "officials","articles"} per member, in model order.
 * Returns 0, 1 on bad input (err filled), -1 on an internal error. */
int snapshot_stats(snapshot *s, const char *what, const char *interval, const char *by,
                   const snap_param *filters, size_t nfilters, sbuf *out, snap_error *err);

#endif
