/* snapshot — the immutable, queryable form of one model.
 *
 * A snapshot is built once from the model json_t (see model/corpus.h) into an
 * in-memory SQLite database (memdb VFS, so several connections share one
 * database).  Each kind (articles, meetings, ...) is one table holding every
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

/* Builds a snapshot from `model` (borrowed; not kept).  A missing top-level
 * array counts as empty; anything else malformed (not an object, an item
 * without a string "id", a duplicate id) fails.  `readers` is the number of
 * pooled read connections (at least 1; use the number of threads that will
 * query it).  Returns a snapshot holding one reference, or NULL with the
 * reason in err. */
snapshot *snapshot_new(const json_t *model, int readers, char *err, size_t errlen);

/* Takes one more reference; returns s. */
snapshot *snapshot_acquire(snapshot *s);
/* Drops one reference; the last one frees everything.  NULL is ignored. */
void snapshot_release(snapshot *s);

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

#endif
