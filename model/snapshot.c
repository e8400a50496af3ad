/* snapshot — an immutable model held in SQLite in memory; see snapshot.h.
 *
 * Layout: one table per kind, `id TEXT PRIMARY KEY`, `ord` (the position in
 * the model's array, so lists keep the model's order), `doc` (the item as
 * compact JSON, rendered once here and copied verbatim into responses), and
 * one TEXT column per field that later filters need (table_specs below; the
 * column has the field's name; arrays/objects are stored as compact JSON).
 * articles_fts is an FTS5 index over article titles and text (rowid = the
 * article's rowid) for the search endpoint to come.
 *
 * The database lives in the memdb VFS under a process-unique name
 * ("file:/csto-snap-N?vfs=memdb"); a leading '/' makes memdb share it between
 * the connections of this process.  The build connection is closed once the
 * read connections are open; the database is freed when the last of those
 * closes.  Each read connection is used by one thread at a time (the pool
 * hands it out under a mutex), so it is opened with SQLITE_OPEN_NOMUTEX. */
#include "model/snapshot.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_FIELDS 8

/* Per kind: the table name (= the model's key) and the fields copied into
 * columns of their own for filtering.  Reserved names: id, ord, doc. */
static const struct table_spec {
    const char *name;
    const char *fields[MAX_FIELDS];
} table_specs[SNAP_KIND_COUNT] = {
    [SNAP_ARTICLES] = {"articles", {"title", "published", "source", "url", "dateline", NULL}},
    [SNAP_MEETINGS] = {"meetings", {"date", "city", "country", "status", "format", "bodies", NULL}},
    [SNAP_OFFICIALS] = {"officials", {"name", "positions", NULL}},
    [SNAP_DOCUMENTS] = {"documents", {"title", "type", "status", "meeting", NULL}},
    [SNAP_MEMBERS] = {"members", {"name", "iso", NULL}},
};

struct reader {
    sqlite3 *db;
    sqlite3_stmt *list[SNAP_KIND_COUNT]; /* SELECT doc ... ORDER BY ord LIMIT ? OFFSET ? */
    sqlite3_stmt *get[SNAP_KIND_COUNT];  /* SELECT doc ... WHERE id = ? */
};

struct snapshot {
    atomic_int refs;
    char uri[64];
    size_t counts[SNAP_KIND_COUNT];
    time_t loaded_at;
    double build_seconds;

    pthread_mutex_t mu; /* guards free_idx / nfree */
    pthread_cond_t cv;  /* signalled when a reader comes back */
    int nreaders;
    struct reader *readers;
    int *free_idx; /* stack of indexes of idle readers */
    int nfree;
};

static atomic_uint snapshot_seq;

const char *snapshot_kind_name(snap_kind k)
{
    return (unsigned)k < SNAP_KIND_COUNT ? table_specs[k].name : NULL;
}

int snapshot_kind_from_name(const char *name)
{
    for (int k = 0; k < SNAP_KIND_COUNT; k++)
        if (name && strcmp(name, table_specs[k].name) == 0)
            return k;
    return -1;
}

/* ---- building ------------------------------------------------------------ */

static int exec_sql(sqlite3 *db, const char *sql, char *err, size_t errlen)
{
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) == SQLITE_OK)
        return 0;
    snprintf(err, errlen, "snapshot: %s", msg ? msg : sqlite3_errmsg(db));
    sqlite3_free(msg);
    return -1;
}

static void schema_sql(snap_kind k, sbuf *sql)
{
    const struct table_spec *t = &table_specs[k];
    sbuf_printf(sql, "CREATE TABLE %s (id TEXT PRIMARY KEY NOT NULL, ord INTEGER NOT NULL UNIQUE, "
                     "doc TEXT NOT NULL", t->name);
    for (int i = 0; i < MAX_FIELDS && t->fields[i]; i++)
        sbuf_printf(sql, ", \"%s\" TEXT", t->fields[i]);
    sbuf_puts(sql, ");\n");
}

static void insert_sql(snap_kind k, sbuf *sql)
{
    const struct table_spec *t = &table_specs[k];
    sbuf_printf(sql, "INSERT INTO %s (id, ord, doc", t->name);
    int n = 0;
    for (; n < MAX_FIELDS && t->fields[n]; n++)
        sbuf_printf(sql, ", \"%s\"", t->fields[n]);
    sbuf_puts(sql, ") VALUES (?, ?, ?");
    for (int i = 0; i < n; i++)
        sbuf_puts(sql, ", ?");
    sbuf_puts(sql, ")");
}

/* Binds a JSON value as a column value: strings as text, numbers as numbers,
 * null/missing as NULL, arrays and objects as their compact JSON text. */
static int bind_json(sqlite3_stmt *st, int col, const json_t *v)
{
    if (!v || json_is_null(v))
        return sqlite3_bind_null(st, col);
    if (json_is_string(v))
        return sqlite3_bind_text(st, col, json_string_value(v), (int)json_string_length(v),
                                 SQLITE_TRANSIENT);
    if (json_is_integer(v))
        return sqlite3_bind_int64(st, col, json_integer_value(v));
    if (json_is_real(v))
        return sqlite3_bind_double(st, col, json_real_value(v));
    if (json_is_boolean(v))
        return sqlite3_bind_int(st, col, json_is_true(v));
    char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
    if (!s)
        return SQLITE_NOMEM;
    return sqlite3_bind_text(st, col, s, -1, free);
}

/* Inserts every item of one kind.  Returns 0 or -1 with err set. */
static int load_kind(sqlite3 *db, snap_kind k, const json_t *items, sqlite3_stmt *fts,
                     size_t *count, char *err, size_t errlen)
{
    const struct table_spec *t = &table_specs[k];
    sbuf sql = {0};
    sqlite3_stmt *st = NULL;
    int rc = -1;

    insert_sql(k, &sql);
    if (sql.oom || sqlite3_prepare_v2(db, sbuf_str(&sql), -1, &st, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "snapshot: %s", sql.oom ? "out of memory" : sqlite3_errmsg(db));
        goto cleanup;
    }
    size_t i;
    json_t *item;
    json_array_foreach(items, i, item) {
        const json_t *id = json_object_get(item, "id");
        if (!json_is_object(item) || !json_is_string(id) || json_string_length(id) == 0) {
            snprintf(err, errlen, "snapshot: %s[%zu] has no string \"id\"", t->name, i);
            goto cleanup;
        }
        char *doc = json_dumps(item, JSON_COMPACT);
        if (!doc) {
            snprintf(err, errlen, "snapshot: out of memory");
            goto cleanup;
        }
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        sqlite3_bind_text(st, 1, json_string_value(id), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        sqlite3_bind_text(st, 3, doc, -1, free); /* steals doc */
        for (int f = 0; f < MAX_FIELDS && t->fields[f]; f++)
            bind_json(st, 4 + f, json_object_get(item, t->fields[f]));
        int s = sqlite3_step(st);
        if (s != SQLITE_DONE) {
            if (sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_PRIMARYKEY)
                snprintf(err, errlen, "snapshot: duplicate %s id \"%s\"", t->name,
                         json_string_value(id));
            else
                snprintf(err, errlen, "snapshot: %s: %s", t->name, sqlite3_errmsg(db));
            goto cleanup;
        }
        if (fts) {
            sqlite3_reset(fts);
            sqlite3_bind_int64(fts, 1, sqlite3_last_insert_rowid(db));
            bind_json(fts, 2, json_object_get(item, "title"));
            bind_json(fts, 3, json_object_get(item, "text"));
            if (sqlite3_step(fts) != SQLITE_DONE) {
                snprintf(err, errlen, "snapshot: articles_fts: %s", sqlite3_errmsg(db));
                goto cleanup;
            }
        }
    }
    *count = json_array_size(items);
    rc = 0;
cleanup:
    sqlite3_finalize(st);
    sbuf_free(&sql);
    return rc;
}

/* Creates the schema and loads the model through the build connection. */
static int build(sqlite3 *db, const json_t *model, size_t counts[], char *err, size_t errlen)
{
    sbuf sql = {0};
    sqlite3_stmt *fts = NULL;
    int rc = -1;

    for (int k = 0; k < SNAP_KIND_COUNT; k++)
        schema_sql((snap_kind)k, &sql);
    sbuf_puts(&sql, "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text);\n");
    if (sql.oom) {
        snprintf(err, errlen, "snapshot: out of memory");
        goto cleanup;
    }
    if (exec_sql(db, sbuf_str(&sql), err, errlen) < 0 || exec_sql(db, "BEGIN", err, errlen) < 0)
        goto cleanup;
    if (sqlite3_prepare_v2(db, "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)",
                           -1, &fts, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "snapshot: %s", sqlite3_errmsg(db));
        goto cleanup;
    }
    for (int k = 0; k < SNAP_KIND_COUNT; k++) {
        const json_t *items = json_object_get(model, table_specs[k].name);
        if (items && !json_is_array(items)) {
            snprintf(err, errlen, "snapshot: \"%s\" is not an array", table_specs[k].name);
            goto cleanup;
        }
        if (!items)
            continue;
        if (load_kind(db, (snap_kind)k, items, k == SNAP_ARTICLES ? fts : NULL, &counts[k], err,
                      errlen) < 0)
            goto cleanup;
    }
    if (exec_sql(db, "COMMIT", err, errlen) < 0)
        goto cleanup;
    rc = 0;
cleanup:
    sqlite3_finalize(fts);
    sbuf_free(&sql);
    return rc;
}

/* ---- readers ------------------------------------------------------------- */

static int reader_open(struct reader *r, const char *uri, char *err, size_t errlen)
{
    sbuf sql = {0};
    int rc = -1;
    if (sqlite3_open_v2(uri, &r->db, SQLITE_OPEN_URI | SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        NULL) != SQLITE_OK) {
        snprintf(err, errlen, "snapshot: open reader: %s",
                 r->db ? sqlite3_errmsg(r->db) : "out of memory");
        goto cleanup;
    }
    for (int k = 0; k < SNAP_KIND_COUNT; k++) {
        const char *t = table_specs[k].name;
        sbuf_reset(&sql);
        sbuf_printf(&sql, "SELECT doc FROM %s ORDER BY ord LIMIT ? OFFSET ?", t);
        if (sqlite3_prepare_v3(r->db, sbuf_str(&sql), -1, SQLITE_PREPARE_PERSISTENT, &r->list[k],
                               NULL) != SQLITE_OK)
            goto prepare_failed;
        sbuf_reset(&sql);
        sbuf_printf(&sql, "SELECT doc FROM %s WHERE id = ?", t);
        if (sqlite3_prepare_v3(r->db, sbuf_str(&sql), -1, SQLITE_PREPARE_PERSISTENT, &r->get[k],
                               NULL) != SQLITE_OK)
            goto prepare_failed;
    }
    rc = 0;
    goto cleanup;
prepare_failed:
    snprintf(err, errlen, "snapshot: prepare: %s", sqlite3_errmsg(r->db));
cleanup:
    sbuf_free(&sql);
    return rc;
}

static void reader_close(struct reader *r)
{
    for (int k = 0; k < SNAP_KIND_COUNT; k++) {
        sqlite3_finalize(r->list[k]);
        sqlite3_finalize(r->get[k]);
    }
    sqlite3_close(r->db);
    memset(r, 0, sizeof *r);
}

/* Borrows an idle reader, waiting for one if all are busy (with as many
 * readers as server threads this never waits).  Give it back with reader_put. */
static int reader_take(snapshot *s)
{
    pthread_mutex_lock(&s->mu);
    while (s->nfree == 0)
        pthread_cond_wait(&s->cv, &s->mu);
    int idx = s->free_idx[--s->nfree];
    pthread_mutex_unlock(&s->mu);
    return idx;
}

static void reader_put(snapshot *s, int idx)
{
    pthread_mutex_lock(&s->mu);
    s->free_idx[s->nfree++] = idx;
    pthread_cond_signal(&s->cv);
    pthread_mutex_unlock(&s->mu);
}

/* ---- life cycle ---------------------------------------------------------- */

static void snapshot_destroy(snapshot *s)
{
    if (!s)
        return;
    for (int i = 0; i < s->nreaders; i++)
        reader_close(&s->readers[i]);
    free(s->readers);
    free(s->free_idx);
    pthread_cond_destroy(&s->cv);
    pthread_mutex_destroy(&s->mu);
    free(s);
}

snapshot *snapshot_new(const json_t *model, int readers, char *err, size_t errlen)
{
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    sqlite3 *db = NULL;
    snapshot *s = NULL;

    if (!json_is_object(model)) {
        snprintf(err, errlen, "snapshot: the model is not a JSON object");
        goto fail;
    }
    if (readers < 1)
        readers = 1;
    s = calloc(1, sizeof *s);
    if (!s)
        goto oom;
    pthread_mutex_init(&s->mu, NULL);
    pthread_cond_init(&s->cv, NULL);
    atomic_init(&s->refs, 1);
    snprintf(s->uri, sizeof s->uri, "file:/csto-snap-%u?vfs=memdb",
             atomic_fetch_add(&snapshot_seq, 1) + 1);

    if (sqlite3_open_v2(s->uri, &db, SQLITE_OPEN_URI | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        NULL) != SQLITE_OK) {
        snprintf(err, errlen, "snapshot: open %s: %s", s->uri,
                 db ? sqlite3_errmsg(db) : "out of memory");
        goto fail;
    }
    if (build(db, model, s->counts, err, errlen) < 0)
        goto fail;

    s->readers = calloc((size_t)readers, sizeof *s->readers);
    s->free_idx = calloc((size_t)readers, sizeof *s->free_idx);
    if (!s->readers || !s->free_idx)
        goto oom;
    for (int i = 0; i < readers; i++) {
        if (reader_open(&s->readers[i], s->uri, err, errlen) < 0) {
            s->nreaders = i + 1; /* close the half-opened one too */
            goto fail;
        }
        s->nreaders = i + 1;
        s->free_idx[s->nfree++] = readers - 1 - i;
    }
    sqlite3_close(db); /* the readers keep the memdb database alive */

    clock_gettime(CLOCK_MONOTONIC, &t1);
    s->build_seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    s->loaded_at = time(NULL);
    return s;

oom:
    snprintf(err, errlen, "snapshot: out of memory");
fail:
    snapshot_destroy(s);
    sqlite3_close(db);
    return NULL;
}

snapshot *snapshot_acquire(snapshot *s)
{
    atomic_fetch_add_explicit(&s->refs, 1, memory_order_relaxed);
    return s;
}

void snapshot_release(snapshot *s)
{
    if (s && atomic_fetch_sub_explicit(&s->refs, 1, memory_order_acq_rel) == 1)
        snapshot_destroy(s);
}

size_t snapshot_count(const snapshot *s, snap_kind k)
{
    return (unsigned)k < SNAP_KIND_COUNT ? s->counts[k] : 0;
}

time_t snapshot_loaded_at(const snapshot *s) { return s->loaded_at; }
double snapshot_build_seconds(const snapshot *s) { return s->build_seconds; }

/* ---- queries ------------------------------------------------------------- */

int snapshot_list(snapshot *s, snap_kind k, long limit, long offset, sbuf *out)
{
    if ((unsigned)k >= SNAP_KIND_COUNT || limit < 0 || offset < 0)
        return -1;
    int idx = reader_take(s);
    sqlite3_stmt *st = s->readers[idx].list[k];
    int rc = -1;

    sqlite3_bind_int64(st, 1, limit);
    sqlite3_bind_int64(st, 2, offset);
    sbuf_puts(out, "{\"data\":[");
    int step, n = 0;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        if (n++)
            sbuf_putc(out, ',');
        sbuf_append(out, (const char *)sqlite3_column_text(st, 0),
                    (size_t)sqlite3_column_bytes(st, 0));
    }
    if (step != SQLITE_DONE)
        goto cleanup;
    sbuf_printf(out, "],\"total\":%zu,\"limit\":%ld,\"offset\":%ld}", s->counts[k], limit, offset);
    rc = out->oom ? -1 : 0;
cleanup:
    sqlite3_reset(st);
    reader_put(s, idx);
    return rc;
}

int snapshot_get(snapshot *s, snap_kind k, const char *id, sbuf *out)
{
    if ((unsigned)k >= SNAP_KIND_COUNT || !id)
        return -1;
    int idx = reader_take(s);
    sqlite3_stmt *st = s->readers[idx].get[k];
    int rc;

    sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
    int step = sqlite3_step(st);
    if (step == SQLITE_ROW) {
        sbuf_append(out, (const char *)sqlite3_column_text(st, 0),
                    (size_t)sqlite3_column_bytes(st, 0));
        rc = out->oom ? -1 : 0;
    } else {
        rc = step == SQLITE_DONE ? 1 : -1;
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st); /* drop the borrowed id pointer */
    reader_put(s, idx);
    return rc;
}
