/* snapshot — an immutable model held in SQLite in memory; see snapshot.h.
 *
 * Layout: one table per kind, `id TEXT PRIMARY KEY`, `ord` (the position in
 * the model's array, so lists keep the model's order), and one column per
 * scalar field that filters and sorting use (table_specs; the column has
 * the field's name), plus a few derived columns (counts, a
 * document's date = its meeting's date, a meeting's label) filled by SQL
 * after loading (derive_sql).  Each item as compact JSON, rendered once
 * here and copied verbatim into responses, is in KIND_doc(rowid, doc), the
 * item's rowid: the kind's table stays narrow (tens of bytes a row, against
 * up to a page with the document inline), so every scan, filter, join and
 * count reads a few pages, and a document is read only to be sent.
 * List-valued fields live in side tables so
 * filters are EXISTS sub-queries on indexes:
 *   links(rel, src, dst)   rel = "meetings.bodies", "meetings.participants",
 *                          ...; src = the item's rowid; dst = the listed id
 *   positions(oid, title, country, org)   one row per official's position
 * and a multi-valued field with few distinct combinations is also numbered
 * as sets (VALUE_SETS: officials.psid with set_positions, meetings.bsid
 * with set_bodies, meetings.msid and documents.msid with set_members), so
 * its filters select a few set ids and test the item's own column.
 * What does not change between requests is counted at build: sort_pos
 * (each row's place in every one-key order and its run of equal values),
 * sort_pair (the same for the two-key orders whose first key has long runs),
 * stats_cube (counts per period, for /stats and date-only filters),
 * facet_counts, value_counts and pair_counts.
 * Every kind has an FTS5 table KIND_fts(label, body) (rowid = the item's
 * rowid): label is what a hit is called (title, name, meeting label), body
 * the rest of its text (for meetings the body names, place and the evidence
 * sentences cut from the articles by their byte offsets).
 *
 * The database is built in a temporary file (mkstemp under $TMPDIR or
 * /tmp), which the read connections then open immutable and map, and which
 * is unlinked once they hold it: the snapshot is not in the heap, has no
 * size limit, and its space goes back when the last reader closes.  Where
 * no such file can be made it lives in the memdb VFS under a
 * process-unique name ("file:/csto-snap-N?vfs=memdb"; a leading '/' makes
 * memdb share it between the connections of this process), freed when the
 * last read connection closes.  Each read connection is used by one thread
 * at a time (the pool hands it out under a mutex), so it is opened with
 * SQLITE_OPEN_NOMUTEX.
 * Queries with filters are prepared per request from whitelisted fragments
 * (filter_specs, sort_specs, facet_specs) with every value bound. */
#include "model/snapshot.h"
#include "model/hash.h"
#include "model/fts_stem.h"
#include "model/ranked.h"
#include "model/strmap.h"

#include <pthread.h>
#include <sqlite3.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <errno.h>
#include <math.h>
#include <unistd.h>

#define MAX_FIELDS 8
/* csto_meta.format of a snapshot this build can serve; a change of schema
 * or of the rendered JSON changes it, so an older file is refused, not
 * served wrong */
#define SNAP_FILE_FORMAT "csto-snapshot-19"

/* ---- the per-request budget ----------------------------------------------
 *
 * A request's thread sets a budget (snapshot_budget_begin) before its
 * queries: CPU time of this thread, wall-clock time, and a function telling
 * whether the client has gone.  Every read connection has a progress
 * handler that checks it every PROGRESS_OPS virtual-machine steps and
 * interrupts the query when it is spent; renderers call
 * snapshot_budget_over() between items.  Thread-local, so threads never
 * share one. */
#define PROGRESS_OPS 2000
/* what reading and sorting a match costs against walking a row of an
 * index (snapshot_query) */
#define WALK_RATIO 8

static _Thread_local struct budget {
    int active, state;
    double cpu_limit, wall_limit; /* seconds */
    struct timespec cpu0, wall0;
    int (*gone)(void *);
    void *gone_ctx;
    unsigned checks;
} tl_budget;

static double since(clockid_t clk, const struct timespec *t0)
{
    struct timespec now;
    clock_gettime(clk, &now);
    return (double)(now.tv_sec - t0->tv_sec) + (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
}

void snapshot_budget_begin(double cpu_seconds, double wall_seconds, int (*gone)(void *), void *ctx)
{
    tl_budget = (struct budget){.active = 1, .cpu_limit = cpu_seconds, .wall_limit = wall_seconds,
                                .gone = gone, .gone_ctx = ctx};
    /* the wall clock first: the CPU time spent after cpu0 is then never
     * more than the wall time after wall0 (snapshot_budget_over) */
    clock_gettime(CLOCK_MONOTONIC, &tl_budget.wall0);
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &tl_budget.cpu0);
}

int snapshot_budget_over(void)
{
    struct budget *b = &tl_budget;
    if (!b->active)
        return 0;
    if (b->state)
        return b->state;
    /* A thread's CPU clock is a system call (the monotonic clock is not:
     * vDSO), and this runs every PROGRESS_OPS steps and between items.  A
     * thread spends at most the wall time that has passed, so the CPU clock
     * is read only once that is past the CPU limit. */
    double wall = since(CLOCK_MONOTONIC, &b->wall0);
    if (b->cpu_limit > 0 && wall > b->cpu_limit && since(CLOCK_THREAD_CPUTIME_ID, &b->cpu0) > b->cpu_limit)
        b->state = SNAP_BUDGET_TIME;
    else if (b->wall_limit > 0 && wall > b->wall_limit)
        b->state = SNAP_BUDGET_TIME;
    else if (b->gone && (b->checks++ & 7) == 0 && b->gone(b->gone_ctx))
        b->state = SNAP_BUDGET_GONE;
    return b->state;
}

int snapshot_budget_state(void)
{
    return tl_budget.active ? tl_budget.state : 0;
}

int snapshot_budget_end(void)
{
    int st = snapshot_budget_state();
    tl_budget = (struct budget){0};
    return st;
}

static int progress_cb(void *arg)
{
    (void)arg;
    return snapshot_budget_over() != 0;
}

/* Per kind: the table name (= the model's key) and the fields copied into
 * columns of their own for filtering.  Reserved names: id, ord, doc. */
static const struct table_spec {
    const char *name;
    const char *fields[MAX_FIELDS];
} table_specs[SNAP_KIND_COUNT] = {
    [SNAP_ARTICLES] = {"articles", {"title", "published", "source", "url", "dateline", "lang", NULL}},
    [SNAP_MEETINGS] = {"meetings", {"date", "city", "country", "status", "format", NULL}},
    [SNAP_OFFICIALS] = {"officials", {"name", NULL}},
    [SNAP_DOCUMENTS] = {"documents", {"title", "type", "status", "meeting", "initiator", NULL}},
    [SNAP_MEMBERS] = {"members", {"name", "iso", NULL}},
};

/* Derived columns per kind (filled by derive_sql). */
static const char *const extra_columns[SNAP_KIND_COUNT] = {
    [SNAP_MEETINGS] = "label TEXT, bsid INTEGER, msid INTEGER",
    [SNAP_OFFICIALS] = "n_meetings INTEGER, n_articles INTEGER, psid INTEGER",
    [SNAP_DOCUMENTS] = "date TEXT, msid INTEGER",
    [SNAP_MEMBERS] = "n_meetings INTEGER, n_officials INTEGER, n_articles INTEGER",
};

/* VALUE_SETS(item, col, value, from): item.col numbers the distinct sets
 * of values an item has (each value the SQL `value` over the rows `from`
 * related to item row t; quoted, so distinct sets have distinct keys; no
 * value at all is a set too, so col is never NULL), with an index on it.
 * A multi-valued field with few distinct combinations (an official's
 * positions, a meeting's bodies) then filters by a handful of set ids
 * tested on the item's own column, not by a row set per item.  `from`
 * names its index (INDEXED BY): without statistics SQLite may walk an index
 * on the values for every item, quadratic (26 s instead of 0.08 s at 10k).
 * item_col_sizes holds how many items each set has: a list whose every
 * filter tests col counts its sets, not its rows (set_sizes_of). */
#define VALUE_SETS(item, col, value, from)                                                         \
    "CREATE TABLE set_keys (rid INTEGER PRIMARY KEY, k TEXT NOT NULL);\n"                          \
    "INSERT INTO set_keys SELECT t.rowid, coalesce((SELECT group_concat(x, ';') FROM (SELECT DISTINCT " \
    value " AS x " from " ORDER BY 1)), '') FROM " item " t;\n"                                     \
    "CREATE TABLE set_ids (sid INTEGER PRIMARY KEY, k TEXT NOT NULL UNIQUE);\n"                     \
    "INSERT INTO set_ids (k) SELECT DISTINCT k FROM set_keys ORDER BY k;\n"                         \
    "UPDATE " item " SET " col " = (SELECT s.sid FROM set_keys sk JOIN set_ids s ON s.k = sk.k"      \
    " WHERE sk.rid = " item ".rowid);\n"                                                            \
    "DROP TABLE set_keys;\n"                                                                       \
    "DROP TABLE set_ids;\n"                                                                        \
    "CREATE INDEX " item "_" col " ON " item " (" col ", ord);\n"                                   \
    "CREATE TABLE " item "_" col "_sizes (" col " INTEGER PRIMARY KEY, n INTEGER NOT NULL);\n"       \
    "INSERT INTO " item "_" col "_sizes SELECT " col ", count(*) FROM " item " GROUP BY 1;\n"

/* Side tables, vocabulary names, and the FTS texts, filled from the loaded
 * rows once every kind is in (json_each over the stored documents). */
static const char derive_sql[] =
    "CREATE TABLE csto_meta (k TEXT PRIMARY KEY, v TEXT);\n"
    "INSERT INTO csto_meta VALUES ('format', '" SNAP_FILE_FORMAT "');\n"
    "CREATE TABLE links (rel TEXT NOT NULL, src INTEGER NOT NULL, dst TEXT);\n"
    "CREATE TABLE positions (oid INTEGER NOT NULL, title TEXT, country TEXT, org TEXT);\n"
    "CREATE TABLE body_names (code TEXT PRIMARY KEY, name TEXT);\n"
    "INSERT INTO body_names VALUES ('CSC', 'Collective Security Council'),"
    " ('CFM', 'Council of Foreign Ministers'), ('CDM', 'Council of Defence Ministers'),"
    " ('CSSC', 'Committee of Secretaries of the Security Councils'),"
    " ('PA', 'Parliamentary Assembly'), ('PC', 'Permanent Council'),"
    " ('IMEC', 'Interstate Commission on Military-Economic Cooperation');\n"
#define LINK(kind, field)                                                                        \
    "INSERT INTO links SELECT '" kind "." field "', t.rowid, j.value FROM " kind "_doc t, "       \
    "json_each(t.doc, '$." field "') j WHERE j.type = 'text';\n"
    LINK("meetings", "bodies") LINK("meetings", "participants") LINK("meetings", "documents")
    LINK("meetings", "articles") LINK("officials", "meetings") LINK("officials", "articles")
    LINK("documents", "articles") LINK("members", "meetings") LINK("members", "officials")
    LINK("members", "articles")
#undef LINK
    "CREATE INDEX links_src ON links (rel, src);\n"
    "CREATE INDEX links_dst ON links (rel, dst);\n"
    "INSERT INTO positions SELECT t.rowid, json_extract(j.value, '$.title'),"
    " json_extract(j.value, '$.country'), json_extract(j.value, '$.org')"
    " FROM officials_doc t, json_each(t.doc, '$.positions') j WHERE j.type = 'object';\n"
    "CREATE INDEX positions_oid ON positions (oid);\n"
    /* title= and title__contains compare each distinct title once (there
     * are a few dozen, against a row per position), then read the matching
     * positions by index */
    "CREATE TABLE position_titles (v TEXT PRIMARY KEY) WITHOUT ROWID;\n"
    "INSERT INTO position_titles SELECT DISTINCT title FROM positions WHERE title IS NOT NULL;\n"
    /* officials.psid: the set of positions the official holds, and
     * set_positions the positions of each set; meetings.bsid and set_bodies
     * the same for the bodies that met (VALUE_SETS) */
    VALUE_SETS("officials", "psid", "quote(p.title) || ',' || quote(p.country) || ',' || quote(p.org)",
               "FROM positions p INDEXED BY positions_oid WHERE p.oid = t.rowid")
    "CREATE TABLE set_positions (sid INTEGER NOT NULL, title TEXT, country TEXT, org TEXT);\n"
    "INSERT INTO set_positions SELECT DISTINCT o.psid, p.title, p.country, p.org FROM officials o"
    " JOIN positions p INDEXED BY positions_oid ON p.oid = o.rowid;\n"
    VALUE_SETS("meetings", "bsid", "quote(x.dst)",
               "FROM links x INDEXED BY links_src WHERE x.rel = 'meetings.bodies' AND x.src = t.rowid")
    "CREATE TABLE set_bodies (sid INTEGER NOT NULL, dst TEXT NOT NULL);\n"
    "INSERT INTO set_bodies SELECT DISTINCT m.bsid, x.dst FROM meetings m"
    " JOIN links x INDEXED BY links_src ON x.rel = 'meetings.bodies' AND x.src = m.rowid;\n"
    "CREATE INDEX set_bodies_dst ON set_bodies (dst, sid);\n"
    "CREATE INDEX meetings_date ON meetings (date);\n"
    /* member=: the countries each item belongs to, one row each, compared
     * ignoring ASCII case as the columns were (c COLLATE NOCASE).  kind 1
     * (SNAP_MEETINGS): the meeting's country and its participants' position
     * countries; kind 3 (SNAP_DOCUMENTS): the initiator and the meeting's
     * country.  A filter is then one index range instead of a join per row. */
    "CREATE TABLE member_rows (kind INTEGER NOT NULL, c TEXT COLLATE NOCASE NOT NULL, rid INTEGER NOT NULL);\n"
    "INSERT INTO member_rows SELECT 1, country, rowid FROM meetings WHERE country IS NOT NULL;\n"
    "INSERT INTO member_rows SELECT DISTINCT 1, p.country, x.src FROM links x JOIN officials o ON o.id = x.dst"
    " JOIN positions p ON p.oid = o.rowid WHERE x.rel = 'meetings.participants' AND p.country IS NOT NULL;\n"
    "INSERT INTO member_rows SELECT 3, initiator, rowid FROM documents WHERE initiator IS NOT NULL;\n"
    "INSERT INTO member_rows SELECT 3, m.country, d.rowid FROM documents d JOIN meetings m ON m.id = d.meeting"
    " WHERE m.country IS NOT NULL;\n"
    "CREATE INDEX member_rows_c ON member_rows (kind, c, rid);\n"
    /* and as sets (meetings.msid, documents.msid; set_members: the countries of each set) */
    "CREATE INDEX member_rows_rid ON member_rows (kind, rid);\n"
    VALUE_SETS("meetings", "msid", "quote(r.c)",
               "FROM member_rows r INDEXED BY member_rows_rid WHERE r.kind = 1 AND r.rid = t.rowid")
    VALUE_SETS("documents", "msid", "quote(r.c)",
               "FROM member_rows r INDEXED BY member_rows_rid WHERE r.kind = 3 AND r.rid = t.rowid")
    "CREATE TABLE set_members (kind INTEGER NOT NULL, sid INTEGER NOT NULL, c TEXT COLLATE NOCASE NOT NULL);\n"
    "INSERT INTO set_members SELECT DISTINCT 1, m.msid, r.c FROM meetings m JOIN member_rows r INDEXED BY member_rows_rid"
    " ON r.kind = 1"
    " AND r.rid = m.rowid;\n"
    "INSERT INTO set_members SELECT DISTINCT 3, d.msid, r.c FROM documents d JOIN member_rows r INDEXED BY member_rows_rid"
    " ON r.kind = 3"
    " AND r.rid = d.rowid;\n"
    "CREATE INDEX set_members_c ON set_members (kind, c, sid);\n"
    "UPDATE officials SET n_meetings = coalesce(json_array_length(d.doc, '$.meetings'), 0),"
    " n_articles = coalesce(json_array_length(d.doc, '$.articles'), 0)"
    " FROM officials_doc d WHERE d.rowid = officials.rowid;\n"
    "UPDATE members SET n_meetings = coalesce(json_array_length(d.doc, '$.meetings'), 0),"
    " n_officials = coalesce(json_array_length(d.doc, '$.officials'), 0),"
    " n_articles = coalesce(json_array_length(d.doc, '$.articles'), 0)"
    " FROM members_doc d WHERE d.rowid = members.rowid;\n"
    "UPDATE documents SET date = (SELECT m.date FROM meetings m WHERE m.id = documents.meeting);\n"
    "UPDATE meetings SET label = coalesce((SELECT group_concat(dst, '/') FROM links"
    " WHERE rel = 'meetings.bodies' AND src = meetings.rowid), 'CSTO') || ' meeting'"
    " || coalesce(', ' || city, '') || coalesce(', ' || date, '');\n"
    "INSERT INTO meetings_fts (rowid, label, body) SELECT t.rowid, t.label,"
    " coalesce((SELECT group_concat(b.name, '. ') FROM links l JOIN body_names b ON b.code = l.dst"
    " WHERE l.rel = 'meetings.bodies' AND l.src = t.rowid), '') || '. ' || coalesce(t.country, '')"
    " || '. ' || coalesce(t.status, '') || ' ' || coalesce(t.format, '') || '. ' ||"
    " coalesce(e.body, '') FROM meetings t LEFT JOIN meeting_text e ON e.rowid = t.rowid;\n"
    "DROP TABLE meeting_text;\n"
    "INSERT INTO officials_fts (rowid, label, body) SELECT t.rowid, t.name,"
    " coalesce((SELECT group_concat(value, ' ') FROM json_each(d.doc, '$.names') WHERE value <> t.name), '')"
    " || ' ' || coalesce((SELECT group_concat(coalesce(p.title, '') || ' ' || coalesce(p.org, '') || ' '"
    " || coalesce(p.country, ''), '. ') FROM positions p WHERE p.oid = t.rowid), '')"
    " FROM officials t JOIN officials_doc d ON d.rowid = t.rowid;\n"
    "INSERT INTO documents_fts (rowid, label, body) SELECT rowid, title,"
    " coalesce(type, '') || ' ' || coalesce(status, '') || ' ' || coalesce(initiator, '')"
    " FROM documents;\n"
    "INSERT INTO members_fts (rowid, label, body) SELECT rowid, name, coalesce(iso, '') || ' ' || id"
    " FROM members;\n"
    "INSERT INTO articles_fts (rowid, label, body) SELECT t.rowid, t.title,"
    " coalesce(json_extract(d.doc, '$.text'), '') || ' ' || coalesce(t.source, '') || ' '"
    " || coalesce(t.dateline, '') FROM articles t JOIN articles_doc d ON d.rowid = t.rowid;\n"
    /* each index merged into one segment: a query then opens one b-tree of
     * doclists per term instead of one per segment (six at 10k articles),
     * which is most of what a snippet (a query per hit) costs */
    "INSERT INTO meetings_fts (meetings_fts) VALUES ('optimize');\n"
    "INSERT INTO officials_fts (officials_fts) VALUES ('optimize');\n"
    "INSERT INTO documents_fts (documents_fts) VALUES ('optimize');\n"
    "INSERT INTO members_fts (members_fts) VALUES ('optimize');\n"
    "INSERT INTO articles_fts (articles_fts) VALUES ('optimize');\n";

/* statements a reader keeps prepared: bench/cold_paths.py's 20,000 paths at
 * 10k ask for some hundreds of texts (each filter set, sort, facet and page
 * length its own); with 48 a tenth of their CPU went to preparing again.
 * About 5 KB each. */
enum { STMT_CACHE = 512 };

struct reader {
    sqlite3 *db;
    sqlite3_stmt *list[SNAP_KIND_COUNT]; /* SELECT doc ... ORDER BY ord LIMIT ? OFFSET ? */
    sqlite3_stmt *get[SNAP_KIND_COUNT];  /* SELECT doc ... WHERE id = ? */
    sqlite3_stmt *row[SNAP_KIND_COUNT];  /* SELECT doc ... WHERE rowid = ? */
    /* search's, prepared on first use (put_row_snippet, snapshot_search, ranked_page) */
    sqlite3_stmt *snip[SNAP_KIND_COUNT], *name[SNAP_KIND_COUNT], *rank[SNAP_KIND_COUNT];
    /* the queries built per request (plan_prepare), kept prepared by their
     * text: a dashboard's next page or the same filter on another value is
     * the same statement with other bound values, and preparing cost about a
     * tenth of an uncached request.  Least recently used goes first. */
    struct {
        sqlite3_stmt *st;
        unsigned long long hash, used;
    } stmts[STMT_CACHE];
    unsigned long long clock;
};

struct snapshot {
    atomic_int refs;
    char uri[4160]; /* the memdb URI, or a snapshot file's path */
    size_t counts[SNAP_KIND_COUNT];
    int id_ordered[SNAP_KIND_COUNT]; /* the kind's model order is its id order (open_readers) */
    unsigned pair_first[SNAP_KIND_COUNT]; /* bit a: sort_pair has the two-key orders led by key a (open_readers) */
    /* each row's length in tokens in its full-text table, by rowid
     * (load_row_tokens; csto_rank reads it) */
    unsigned *row_tokens[SNAP_KIND_COUNT];
    size_t row_tokens_n[SNAP_KIND_COUNT];
    /* a kind whose model order is not its id order: each row's place in
     * the model order by rowid, and the rowid at each place (load_ord), so
     * a list's full-text ranking breaks ties on the model order */
    unsigned *row_ord[SNAP_KIND_COUNT]; /* nord + 1 (rowids count from 1) */
    long long *ord_row[SNAP_KIND_COUNT]; /* nord */
    size_t nord[SNAP_KIND_COUNT];
    time_t loaded_at;
    double build_seconds;
    ranked_cache *ranked; /* full-text queries' ranked lists (ranked.h); NULL keeps none */

    pthread_mutex_t mu; /* guards free_idx / nfree */
    pthread_cond_t cv;  /* signalled when a reader comes back */
    int nreaders;
    struct reader *readers;
    int *free_idx; /* stack of indexes of idle readers */
    int nfree;

    /* What a layer above keeps for this snapshot (the response cache):
     * set once by snapshot_attach, freed with the snapshot. */
    _Atomic(void *) attached;
    void (*attached_free)(void *);
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

/* How many bytes of terms a full-text index keeps in memory before it writes a segment (FTS5 'hashsize'; its
 * default is 1 MB): the 100k articles' index is then written in a few segments instead of hundreds merged again
 * and again, and 'optimize' (build_sql) has little left to merge.  Only the build holds it; readers never write. */
enum { FTS_HASH_BYTES = 256 << 20 };

static void schema_sql(snap_kind k, sbuf *sql)
{
    const struct table_spec *t = &table_specs[k];
    sbuf_printf(sql, "CREATE TABLE %s (id TEXT PRIMARY KEY NOT NULL, ord INTEGER NOT NULL UNIQUE", t->name);
    for (int i = 0; i < MAX_FIELDS && t->fields[i]; i++)
        sbuf_printf(sql, ", \"%s\" TEXT", t->fields[i]);
    if (extra_columns[k])
        sbuf_printf(sql, ", %s", extra_columns[k]);
    sbuf_puts(sql, ");\n");
    sbuf_printf(sql, "CREATE TABLE %s_doc (rowid INTEGER PRIMARY KEY, doc TEXT NOT NULL);\n", t->name);
    sbuf_printf(sql, "CREATE VIRTUAL TABLE %s_fts USING fts5(label, body, "
                     "tokenize = 'csto', prefix = '2 3');\n", t->name); /* unicode61 + Russian stems: fts_stem.c */
    sbuf_printf(sql, "INSERT INTO %s_fts (%s_fts, rank) VALUES ('hashsize', %d);\n", t->name, t->name, FTS_HASH_BYTES);
}

static void insert_sql(snap_kind k, sbuf *sql)
{
    const struct table_spec *t = &table_specs[k];
    sbuf_printf(sql, "INSERT INTO %s (id, ord", t->name);
    int n = 0;
    for (; n < MAX_FIELDS && t->fields[n]; n++)
        sbuf_printf(sql, ", \"%s\"", t->fields[n]);
    sbuf_puts(sql, ") VALUES (?, ?");
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

/* Article texts by id, for the meetings' evidence sentences: each article's
 * text is found once (a hash map), never parsed again per evidence span. */
struct article_texts {
    strmap ids;          /* article id -> index in items */
    json_t *items; /* the model's articles (a reference the build holds) */
};

#define EVIDENCE_MAX_BYTES 4000 /* of one evidence span in the search text */

/* A meeting's evidence sentences cut from their articles' texts, joined by
 * " … " (what its full-text body searches).  Linear in the evidence. */
static void evidence_text(const struct article_texts *at, const json_t *item, sbuf *out)
{
    size_t i;
    json_t *e;
    sbuf_reset(out);
    json_array_foreach(json_object_get(item, "evidence"), i, e) {
        const json_t *a = json_object_get(e, "article"), *js = json_object_get(e, "start"),
                     *je = json_object_get(e, "end");
        if (!json_is_string(a) || !json_is_integer(js) || !json_is_integer(je))
            continue;
        json_int_t st = json_integer_value(js), en = json_integer_value(je);
        int *idx = strmap_get(&at->ids, json_string_value(a));
        if (!idx || st < 0 || en <= st)
            continue;
        const json_t *text = json_object_get(json_array_get(at->items, (size_t)*idx), "text");
        if (!json_is_string(text))
            continue;
        size_t tlen = json_string_length(text);
        if ((size_t)st >= tlen)
            continue;
        size_t n = (size_t)(en - st);
        if (n > EVIDENCE_MAX_BYTES)
            n = EVIDENCE_MAX_BYTES;
        if (n > tlen - (size_t)st)
            n = tlen - (size_t)st;
        const char *p = json_string_value(text) + st;
        while (n > 0 && st + (json_int_t)n < (json_int_t)tlen && ((unsigned char)p[n] & 0xC0) == 0x80)
            n--; /* end on a character boundary */
        if (out->len)
            sbuf_puts(out, " … ");
        sbuf_append(out, p, n);
    }
}

/* qsort_r order of item indexes by their "id" strings (an item without
 * one first: load_kind names it). */
static int cmp_item_id(const void *a, const void *b, void *items)
{
    const char *x = json_string_value(json_object_get(json_array_get(items, *(const size_t *)a), "id"));
    const char *y = json_string_value(json_object_get(json_array_get(items, *(const size_t *)b), "id"));
    if (!x || !y)
        return !x && !y ? 0 : !x ? -1 : 1;
    return strcmp(x, y);
}

/* Inserts every item of one kind (for meetings also their evidence text
 * into meeting_text, from at), in the order of their ids.  Returns 0 or -1
 * with err set. */
static int load_kind(sqlite3 *db, snap_kind k, const json_t *items, const struct article_texts *at,
                     size_t *count, char *err, size_t errlen)
{
    sqlite3_stmt *ev = NULL;
    sbuf evtext = {0};
    size_t *order = NULL;
    const struct table_spec *t = &table_specs[k];
    sbuf sql = {0}, dsql = {0};
    sqlite3_stmt *st = NULL, *dst = NULL; /* the row, then its rendered JSON (KIND_doc) */
    int rc = -1;

    insert_sql(k, &sql);
    sbuf_printf(&dsql, "INSERT INTO %s_doc (rowid, doc) VALUES (last_insert_rowid(), ?)", t->name);
    if (sql.oom || dsql.oom || sqlite3_prepare_v2(db, sbuf_str(&sql), -1, &st, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, sbuf_str(&dsql), -1, &dst, NULL) != SQLITE_OK ||
        (k == SNAP_MEETINGS &&
         sqlite3_prepare_v2(db, "INSERT INTO meeting_text (rowid, body) VALUES (last_insert_rowid(), ?)", -1,
                            &ev, NULL) != SQLITE_OK)) {
        snprintf(err, errlen, "snapshot: %s", sql.oom ? "out of memory" : sqlite3_errmsg(db));
        goto cleanup;
    }
    /* rows in the order of their ids, so that rowid order is id order (search breaks ties by id
     * without reading the rows); ord keeps the position in the model */
    size_t n = json_array_size(items);
    order = malloc((n + 1) * sizeof *order);
    if (!order) {
        snprintf(err, errlen, "snapshot: out of memory");
        goto cleanup;
    }
    for (size_t q = 0; q < n; q++)
        order[q] = q;
    qsort_r(order, n, sizeof *order, cmp_item_id, (void *)items);
    for (size_t q = 0; q < n; q++) {
        size_t i = order[q];
        json_t *item = json_array_get(items, i);
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
        sqlite3_reset(dst);
        sqlite3_bind_text(dst, 1, doc, -1, free); /* steals doc */
        for (int f = 0; f < MAX_FIELDS && t->fields[f]; f++)
            bind_json(st, 3 + f, json_object_get(item, t->fields[f]));
        int s = sqlite3_step(st);
        if (s == SQLITE_DONE)
            s = sqlite3_step(dst);
        if (s != SQLITE_DONE) {
            if (sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_PRIMARYKEY)
                snprintf(err, errlen, "snapshot: duplicate %s id \"%s\"", t->name,
                         json_string_value(id));
            else
                snprintf(err, errlen, "snapshot: %s: %s", t->name, sqlite3_errmsg(db));
            goto cleanup;
        }
        if (ev) {
            evidence_text(at, item, &evtext);
            sqlite3_reset(ev);
            sqlite3_bind_text(ev, 1, sbuf_str(&evtext), (int)evtext.len, SQLITE_STATIC);
            if (evtext.oom || sqlite3_step(ev) != SQLITE_DONE) {
                snprintf(err, errlen, "snapshot: meeting evidence: %s", evtext.oom ? "out of memory" : sqlite3_errmsg(db));
                goto cleanup;
            }
        }
    }
    *count = json_array_size(items);
    rc = 0;
cleanup:
    free(order);
    sqlite3_finalize(st);
    sqlite3_finalize(dst);
    sbuf_free(&dsql);
    sqlite3_finalize(ev);
    sbuf_free(&evtext);
    sbuf_free(&sql);
    return rc;
}

static void index_sql(sbuf *sql);
static int fill_sort_pos(sqlite3 *db, char *err, size_t errlen);
static int fill_sort_pair(sqlite3 *db, char *err, size_t errlen);

/* CSTO_SQL_PROFILE set: each statement a reader runs or a build runs, with
 * its time, on stderr (for finding the slow query of a request or of a
 * build; off by default). */
static int sql_profile_cb(unsigned type, void *ctx, void *p, void *x)
{
    (void)ctx;
    if (type == SQLITE_TRACE_PROFILE) {
        char *sql = sqlite3_expanded_sql((sqlite3_stmt *)p);
        fprintf(stderr, "sql %8.3f ms  %s\n", (double)*(sqlite3_int64 *)x / 1e6, sql ? sql : "?");
        sqlite3_free(sql);
    }
    return 0;
}

/* Creates the schema, loads the model through the build connection, and
 * derives the side tables, full-text indexes and the sort and filter
 * indexes (index_sql). */
/* Where a build takes the model from: a whole model (borrowed; its kind arrays emptied as they are loaded when
 * `consume`), or a function that builds each kind's array when asked (snap_kind_fn; always consumed). */
struct model_src {
    const json_t *model;
    int consume;
    snap_kind_fn fn;
    void (*done)(void *ctx); /* (or NULL) called once every kind is loaded */
    void *ctx;
};

/* Kind k's array: a new reference, NULL when the model has none (*failed 0: an empty kind) or when it could
 * not be had (*failed 1, err set). */
static json_t *src_kind(const struct model_src *src, snap_kind k, int *failed, char *err, size_t errlen)
{
    *failed = 0;
    if (!src->fn) return json_incref(json_object_get(src->model, table_specs[k].name));
    json_t *items = src->fn(src->ctx, k);
    if (!items) {
        *failed = 1;
        snprintf(err, errlen, "snapshot: the %s could not be built (out of memory)", table_specs[k].name);
    }
    return items;
}

static snap_progress_fn progress_fn;
static void *progress_ctx;

void snapshot_set_progress(snap_progress_fn fn, void *ctx)
{
    progress_fn = fn;
    progress_ctx = ctx;
}

/* Reports the step that ends now (progress_fn), timed from *t, which it moves to now. */
static void step_done(struct timespec *t, const char *step)
{
    if (!progress_fn) return;
    progress_fn(progress_ctx, step, since(CLOCK_MONOTONIC, t));
    clock_gettime(CLOCK_MONOTONIC, t);
}

static int build(sqlite3 *db, const struct model_src *src, size_t counts[], char *err, size_t errlen)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    sbuf sql = {0};
    int rc = -1, failed;
    json_t *kind_items = NULL;

    /* the articles first: the meetings' evidence is cut from their texts (loaded last, below) */
    struct article_texts at = {{0}, src_kind(src, SNAP_ARTICLES, &failed, err, errlen)};
    if (failed) goto cleanup;
    if (getenv("CSTO_SQL_PROFILE")) /* the statements that build it, too */
        sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, sql_profile_cb, NULL);
    for (int k = 0; k < SNAP_KIND_COUNT; k++)
        schema_sql((snap_kind)k, &sql);
    sbuf_puts(&sql, "CREATE TABLE meeting_text (rowid INTEGER PRIMARY KEY, body TEXT);\n");
    if (sql.oom) {
        snprintf(err, errlen, "snapshot: out of memory");
        goto cleanup;
    }
    if (json_is_array(at.items)) {
        size_t i;
        json_t *a;
        json_array_foreach(at.items, i, a) {
            const json_t *id = json_object_get(a, "id");
            if (json_is_string(id) && !strmap_get(&at.ids, json_string_value(id)) &&
                strmap_put(&at.ids, json_string_value(id), (int)i) < 0) {
                snprintf(err, errlen, "snapshot: out of memory");
                goto cleanup;
            }
        }
    }
    if (exec_sql(db, sbuf_str(&sql), err, errlen) < 0 || exec_sql(db, "BEGIN", err, errlen) < 0)
        goto cleanup;
    step_done(&t, "article texts");
    /* articles last: the meetings' evidence is cut from their texts, which a
     * consuming build frees once the articles are loaded */
    static const snap_kind load_order[SNAP_KIND_COUNT] = {SNAP_MEETINGS, SNAP_OFFICIALS, SNAP_DOCUMENTS,
                                                          SNAP_MEMBERS, SNAP_ARTICLES};
    for (int o = 0; o < SNAP_KIND_COUNT; o++) {
        int k = load_order[o];
        json_t *items;
        if (k == SNAP_ARTICLES) {
            items = json_incref(at.items);
            failed = 0;
        } else {
            items = src_kind(src, (snap_kind)k, &failed, err, errlen);
        }
        kind_items = items;
        if (failed) goto cleanup;
        if (items && !json_is_array(items)) {
            snprintf(err, errlen, "snapshot: \"%s\" is not an array", table_specs[k].name);
            goto cleanup;
        }
        if (!items)
            continue;
        if (load_kind(db, (snap_kind)k, items, &at, &counts[k], err, errlen) < 0)
            goto cleanup;
        step_done(&t, k == SNAP_ARTICLES ? "articles loaded" : k == SNAP_MEETINGS ? "meetings loaded" :
                      k == SNAP_OFFICIALS ? "officials loaded" : k == SNAP_DOCUMENTS ? "documents loaded" : "members loaded");
        if (src->consume || src->fn) { /* its rows are in SQLite now: give the memory back before the next kind */
            json_array_clear(items);
#ifdef __GLIBC__
            malloc_trim(0); /* small freed chunks go back to the system, not only to malloc */
#endif
        }
        json_decref(items);
        kind_items = NULL;
    }
    sbuf_reset(&sql);
    index_sql(&sql);
    if (sql.oom) {
        snprintf(err, errlen, "snapshot: out of memory");
        goto cleanup;
    }
    /* ANALYZE: sqlite_stat1 for every index, so the planner weighs an index by how many rows a value
     * selects (without it, a filter on a common value is read through its index and sorted where walking
     * the sort order stops sooner): 0.1 s at 10k, a fifth off the cold mix's CPU, the same answers */
    if (exec_sql(db, derive_sql, err, errlen) < 0) goto cleanup;
    step_done(&t, "side tables and full-text search");
    if (exec_sql(db, sbuf_str(&sql), err, errlen) < 0) goto cleanup;
    step_done(&t, "indexes, search and counts");
    if (fill_sort_pos(db, err, errlen) < 0) goto cleanup;
    step_done(&t, "sort orders");
    if (fill_sort_pair(db, err, errlen) < 0) goto cleanup;
    step_done(&t, "two-key sort orders");
    if (exec_sql(db, "ANALYZE", err, errlen) < 0 || exec_sql(db, "COMMIT", err, errlen) < 0) goto cleanup;
    step_done(&t, "statistics");
    rc = 0;
cleanup:
    json_decref(kind_items);
    json_decref(at.items);
    strmap_free(&at.ids);
    sbuf_free(&sql);
    return rc;
}

/* ---- readers ------------------------------------------------------------- */

static int ranked_page(snapshot *s, struct reader *r, unsigned mask, const char *fts, long offset, long limit,
                       ranked_hit **page, size_t *npage, size_t *total);
/* In ranked_page's mask: the ranking of one kind's list (?q= alone), whose
 * ties break on the model order (ORDER BY rank, ord), not on rowid as
 * /search's do; for a kind with row_ord (its model order is not its ids') */
#define RANK_BY_ORD (1u << 30)

/* csto_hits(TABLE_fts): how many phrase matches the current row has (FTS5's
 * xInstCount, linear in them).  Search asks for it before snippet(), whose
 * cost grows with the square of the matches (152 s for one article
 * repeating a word 131,072 times). */
static void fts_hits(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nval,
                     sqlite3_value **vals)
{
    (void)nval;
    (void)vals;
    int n = 0, rc = api->xInstCount(fts, &n);
    if (rc != SQLITE_OK)
        sqlite3_result_error_code(ctx, rc);
    else
        sqlite3_result_int(ctx, n);
}

/* csto_rank(TABLE_fts, KIND): FTS5's bm25() with its constants (k1 1.2, b
 * 0.75, every column weighing 1), with each row's length in tokens read
 * from the snapshot's row_tokens (load_row_tokens) instead of FTS5's
 * xColumnSize, which runs a query on the docsize table for every matching
 * row: three quarters of the time of ranking a word found in most
 * articles.  The same arithmetic in the same order, so the same scores.
 * A row it has no length for asks xColumnSize. */
struct rank_query {
    int nphrase;
    double avgdl;
    double *idf, *freq; /* nphrase each */
};

static int count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *n)
{
    (void)api;
    (void)fts;
    (*(sqlite3_int64 *)n)++;
    return SQLITE_OK;
}

/* The query's numbers (computed once per statement, kept as auxdata). */
static int rank_query_get(const Fts5ExtensionApi *api, Fts5Context *fts, struct rank_query **out)
{
    struct rank_query *p = api->xGetAuxdata(fts, 0);
    if (p) {
        *out = p;
        return SQLITE_OK;
    }
    int n = api->xPhraseCount(fts);
    sqlite3_int64 rows = 0, tokens = 0;
    p = sqlite3_malloc64(sizeof *p + (size_t)n * 2 * sizeof(double));
    if (!p)
        return SQLITE_NOMEM;
    memset(p, 0, sizeof *p + (size_t)n * 2 * sizeof(double));
    p->nphrase = n;
    p->idf = (double *)(p + 1);
    p->freq = p->idf + n;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc == SQLITE_OK)
        p->avgdl = (double)tokens / (double)rows;
    for (int i = 0; rc == SQLITE_OK && i < n; i++) {
        sqlite3_int64 hits = 0;
        rc = api->xQueryPhrase(fts, i, &hits, count_row);
        if (rc == SQLITE_OK) { /* a phrase in more than half the rows weighs next to nothing, never less */
            double idf = log((rows - hits + 0.5) / (hits + 0.5));
            p->idf[i] = idf <= 0.0 ? 1e-6 : idf;
        }
    }
    if (rc == SQLITE_OK)
        rc = api->xSetAuxdata(fts, p, sqlite3_free);
    else
        sqlite3_free(p);
    *out = rc == SQLITE_OK ? p : NULL;
    return rc;
}

static void fts_rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int nval,
                     sqlite3_value **vals)
{
    const snapshot *s = api->xUserData(fts);
    const double k1 = 1.2, b = 0.75;
    struct rank_query *q = NULL;
    int ninst = 0, rc = rank_query_get(api, fts, &q);
    if (rc == SQLITE_OK) {
        memset(q->freq, 0, sizeof(double) * (size_t)q->nphrase);
        rc = api->xInstCount(fts, &ninst);
    }
    for (int i = 0; rc == SQLITE_OK && i < ninst; i++) {
        int phrase, col, off;
        rc = api->xInst(fts, i, &phrase, &col, &off);
        if (rc == SQLITE_OK)
            q->freq[phrase] += 1.0;
    }
    int k = nval > 0 ? sqlite3_value_int(vals[0]) : -1;
    sqlite3_int64 rowid = api->xRowid(fts);
    int ntok = 0;
    if (rc == SQLITE_OK) {
        if (k >= 0 && k < SNAP_KIND_COUNT && rowid >= 0 && (size_t)rowid < s->row_tokens_n[k])
            ntok = (int)s->row_tokens[k][rowid];
        else
            rc = api->xColumnSize(fts, -1, &ntok);
    }
    double score = 0.0, d = (double)ntok;
    for (int i = 0; rc == SQLITE_OK && i < q->nphrase; i++)
        score += q->idf[i] * ((q->freq[i] * (k1 + 1.0)) / (q->freq[i] + k1 * (1 - b + b * d / q->avgdl)));
    if (rc == SQLITE_OK)
        sqlite3_result_double(ctx, -1.0 * score);
    else
        sqlite3_result_error_code(ctx, rc);
}

/* csto_gram(V, I): the two bytes of V at byte offset I as one number,
 * ASCII letters folded to lower case (as LIKE folds them), or NULL past
 * the end: the keys of a substring filter's grams (PREFIX_grams: grams_sql, gram_filter). */
static void sql_gram(sqlite3_context *ctx, int nval, sqlite3_value **vals)
{
    (void)nval;
    const unsigned char *v = sqlite3_value_text(vals[0]);
    int n = sqlite3_value_bytes(vals[0]);
    sqlite3_int64 i = sqlite3_value_int64(vals[1]);
    if (!v || i < 0 || i + 1 >= n) {
        sqlite3_result_null(ctx);
        return;
    }
    int a = v[i], b = v[i + 1];
    a = a >= 'A' && a <= 'Z' ? a + 32 : a;
    b = b >= 'A' && b <= 'Z' ? b + 32 : b;
    sqlite3_result_int(ctx, a << 8 | b);
}

/* Registers the tokenizer and the functions search uses (csto_hits,
 * csto_rank: its lengths from s, NULL while building), and csto_gram, on
 * db. */
static int register_fts_functions(sqlite3 *db, const snapshot *s)
{
    fts5_api *api = NULL;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK)
        return -1;
    sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
    sqlite3_step(st);
    sqlite3_finalize(st);
    if (!api || api->iVersion < 2)
        return -1;
    if (fts_stem_register(db) < 0)
        return -1;
    if (api->xCreateFunction(api, "csto_hits", NULL, fts_hits, NULL) != SQLITE_OK)
        return -1;
    if (sqlite3_create_function(db, "csto_gram", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, NULL,
                                sql_gram, NULL, NULL) != SQLITE_OK)
        return -1;
    return !s || api->xCreateFunction(api, "csto_rank", (void *)s, fts_rank, NULL) == SQLITE_OK ? 0 : -1;
}

/* "file:" and path, percent-encoded, into out: a URI for sqlite3_open_v2
 * and VACUUM INTO (the query part is the caller's). */
static void file_uri(sbuf *out, const char *path)
{
    sbuf_puts(out, "file:");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("/._-~", *p))
            sbuf_putc(out, (char)*p);
        else
            sbuf_printf(out, "%%%02X", *p);
    }
}

/* The URI the readers open a snapshot file by: the path percent-encoded, immutable (nobody writes a snapshot
 * file while it is read: SQLite takes no file lock and checks no change on each query), into s->uri.  0, or -1
 * when it does not fit (or the path starts with "file:", which SQLite would read as a URI itself). */
static int immutable_uri(snapshot *s, const char *path)
{
    sbuf u = {0};
    file_uri(&u, path);
    sbuf_puts(&u, "?immutable=1");
    int bad = strncmp(path, "file:", 5) == 0 || u.oom || u.len >= sizeof s->uri;
    if (!bad) memcpy(s->uri, u.buf, u.len + 1);
    sbuf_free(&u);
    return bad ? -1 : 0;
}

static int reader_open(struct reader *r, const snapshot *s, char *err, size_t errlen)
{
    sbuf sql = {0};
    int rc = -1;
    if (sqlite3_open_v2(s->uri, &r->db, SQLITE_OPEN_URI | SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        NULL) != SQLITE_OK) {
        snprintf(err, errlen, "snapshot: open reader: %s",
                 r->db ? sqlite3_errmsg(r->db) : "out of memory");
        goto cleanup;
    }
    /* a snapshot file is read through one shared mapping, not a page
     * cache per connection (memdb already is memory) */
    if (!strstr(s->uri, "vfs=memdb") &&
        sqlite3_exec(r->db, "PRAGMA mmap_size = 17179869184", NULL, NULL, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "snapshot: mmap: %s", sqlite3_errmsg(r->db));
        goto cleanup;
    }
    /* one read transaction for the reader's life: nothing ever writes the
     * snapshot, and each statement then neither opens nor ends one
     * (autocommit did both around every document read) */
    if (sqlite3_exec(r->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "snapshot: begin: %s", sqlite3_errmsg(r->db));
        goto cleanup;
    }
    sqlite3_progress_handler(r->db, PROGRESS_OPS, progress_cb, NULL);
    if (getenv("CSTO_SQL_PROFILE"))
        sqlite3_trace_v2(r->db, SQLITE_TRACE_PROFILE, sql_profile_cb, NULL);
    if (register_fts_functions(r->db, s) < 0) {
        snprintf(err, errlen, "snapshot: cannot register the search functions: %s", sqlite3_errmsg(r->db));
        goto cleanup;
    }
    for (int k = 0; k < SNAP_KIND_COUNT; k++) {
        const char *t = table_specs[k].name;
        sbuf_reset(&sql);
        sbuf_printf(&sql, "SELECT d.doc FROM %s t JOIN %s_doc d ON d.rowid = t.rowid ORDER BY t.ord LIMIT ? OFFSET ?",
                    t, t);
        if (sqlite3_prepare_v3(r->db, sbuf_str(&sql), -1, SQLITE_PREPARE_PERSISTENT, &r->list[k],
                               NULL) != SQLITE_OK)
            goto prepare_failed;
        sbuf_reset(&sql);
        sbuf_printf(&sql, "SELECT d.doc FROM %s t JOIN %s_doc d ON d.rowid = t.rowid WHERE t.id = ?", t, t);
        if (sqlite3_prepare_v3(r->db, sbuf_str(&sql), -1, SQLITE_PREPARE_PERSISTENT, &r->get[k],
                               NULL) != SQLITE_OK)
            goto prepare_failed;
        sbuf_reset(&sql);
        sbuf_printf(&sql, "SELECT doc FROM %s_doc WHERE rowid = ?", t);
        if (sqlite3_prepare_v3(r->db, sbuf_str(&sql), -1, SQLITE_PREPARE_PERSISTENT, &r->row[k],
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
        sqlite3_finalize(r->row[k]);
        sqlite3_finalize(r->snip[k]);
        sqlite3_finalize(r->name[k]);
        sqlite3_finalize(r->rank[k]);
    }
    for (int i = 0; i < STMT_CACHE; i++)
        sqlite3_finalize(r->stmts[i].st);
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
    /* an interrupted query (the budget) or snapshot_save ended the reader's read transaction: open it
     * again (reader_open); if that fails the reader runs in autocommit, slower, the same answers */
    sqlite3 *db = s->readers[idx].db;
    if (sqlite3_get_autocommit(db))
        sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
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
    void *att = atomic_load(&s->attached);
    if (att && s->attached_free)
        s->attached_free(att);
    for (int i = 0; i < s->nreaders; i++)
        reader_close(&s->readers[i]);
    free(s->readers);
    free(s->free_idx);
    for (int k = 0; k < SNAP_KIND_COUNT; k++) {
        free(s->row_tokens[k]);
        free(s->row_ord[k]);
        free(s->ord_row[k]);
    }
    ranked_cache_free(s->ranked);
    pthread_cond_destroy(&s->cv);
    pthread_mutex_destroy(&s->mu);
    free(s);
}

static snapshot *snapshot_make(const struct model_src *src, int readers, char *err, size_t errlen);
static int open_readers(snapshot *s, int readers, char *err, size_t errlen);

snapshot *snapshot_new(const json_t *model, int readers, char *err, size_t errlen)
{
    struct model_src src = {.model = model};
    return snapshot_make(&src, readers, err, errlen);
}

snapshot *snapshot_new_consuming(json_t *model, int readers, char *err, size_t errlen)
{
    struct model_src src = {.model = model, .consume = 1};
    return snapshot_make(&src, readers, err, errlen);
}

snapshot *snapshot_new_streamed(snap_kind_fn fn, void (*done)(void *ctx), void *ctx, int readers, char *err,
                                size_t errlen)
{
    struct model_src src = {.fn = fn, .done = done, .ctx = ctx};
    return snapshot_make(&src, readers, err, errlen);
}

/* A file for a build to write, made with mkstemp (mode 0600, a name
 * nobody else can have taken) under $TMPDIR or /tmp: its path into path.
 * 0, or -1 when none can be made (the build then stays in memory). */
static int build_file_make(char *path, size_t n)
{
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir)
        dir = "/tmp";
    if (snprintf(path, n, "%s/csto-snapshot-XXXXXX", dir) >= (int)n)
        return -1;
    int fd = mkstemp(path);
    if (fd < 0)
        return -1;
    close(fd);
    return 0;
}

/* The pragmas of a build into a file: nothing reads it until it is
 * complete and a failed build is thrown away, so no journal and no sync;
 * sorts in memory, and a 64 MiB page cache (the file's pages are in the
 * system's page cache anyway: 256 MiB was as fast and 180 MB more at 100k). */
static const char build_file_pragmas[] =
    "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;"
    "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;";

/* Opens the database a build writes: the file at `file` (which may exist,
 * empty), or the memdb database s_uri when file is NULL.  0, or -1 with err. */
static int build_open(const char *file, const char *s_uri, sqlite3 **db, char *err, size_t errlen)
{
    const char *name = file ? file : s_uri;
    if (sqlite3_open_v2(name, db, SQLITE_OPEN_URI | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
        SQLITE_OK) {
        snprintf(err, errlen, "snapshot: open %s: %s", name, *db ? sqlite3_errmsg(*db) : "out of memory");
        return -1;
    }
    if (register_fts_functions(*db, NULL) < 0) {
        snprintf(err, errlen, "snapshot: cannot register the search tokenizer: %s", sqlite3_errmsg(*db));
        return -1;
    }
    if (file)
        return exec_sql(*db, build_file_pragmas, err, errlen);
    /* memdb stops at 1 GiB by default (SQLITE_MEMDB_DEFAULT_MAXSIZE), and
     * SQLite allocates no block of 2 GiB or more: allow up to 2 GiB - 16 MiB */
    sqlite3_int64 limit = (sqlite3_int64)0x7f000000;
    sqlite3_file_control(*db, "main", SQLITE_FCNTL_SIZE_LIMIT, &limit);
    return 0;
}

/* Names the file a failed build was writing, after the reason. */
static void build_failed_in(const char *file, char *err, size_t errlen)
{
    size_t n = strlen(err);
    if (file && n < errlen)
        snprintf(err + n, errlen - n, " (building %s)", file);
}

/* The build is written to a temporary file (build_file_make), closed, and
 * opened again by the readers immutable and mapped, then unlinked: the
 * database is not in the process's heap (a 100k-article snapshot is 1.8
 * GB) and has no memdb size limit; its space goes back when the last
 * reader closes.  Where no such file can be made, it is built in memdb. */
static snapshot *snapshot_make(const struct model_src *src, int readers, char *err, size_t errlen)
{
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    sqlite3 *db = NULL;
    snapshot *s = NULL;
    char path[4096] = "";
    const char *file = NULL; /* the temporary file, or NULL: memdb */

    if (!src->fn && !json_is_object(src->model)) {
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
    if (build_file_make(path, sizeof path) == 0) {
        if (immutable_uri(s, path) < 0)
            unlink(path);
        else
            file = path;
    }
    if (!file)
        snprintf(s->uri, sizeof s->uri, "file:/csto-snap-%u?vfs=memdb",
                 atomic_fetch_add(&snapshot_seq, 1) + 1);

    if (build_open(file, s->uri, &db, err, errlen) < 0 || build(db, src, s->counts, err, errlen) < 0) {
        build_failed_in(file, err, errlen);
        goto fail;
    }
    if (file) { /* written and closed before it is read: the readers take it immutable */
        sqlite3_close(db);
        db = NULL;
    }
    if (src->done)
        src->done(src->ctx);
    if (open_readers(s, readers, err, errlen) < 0)
        goto fail;
    sqlite3_close(db); /* memdb: the readers keep the database alive */
    if (file)
        unlink(file); /* the readers hold it open */

    clock_gettime(CLOCK_MONOTONIC, &t1);
    s->build_seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    s->loaded_at = time(NULL);
    return s;

oom:
    snprintf(err, errlen, "snapshot: out of memory");
fail:
    snapshot_destroy(s);
    sqlite3_close(db);
    if (file)
        unlink(file);
    return NULL;
}

/* A file is written beside its path as PATH.tmp.PID and renamed into place, so a failed write never leaves
 * half a file.  tmp_beside: that name into tmp (any stale one removed); rename_into: the rename.  0, or -1
 * with err. */
static int tmp_beside(const char *path, char *tmp, size_t n, char *err, size_t errlen)
{
    if (snprintf(tmp, n, "%s.tmp.%ld", path, (long)getpid()) >= (int)n) {
        snprintf(err, errlen, "%s: path too long", path);
        return -1;
    }
    unlink(tmp);
    return 0;
}
static int rename_into(const char *tmp, const char *path, char *err, size_t errlen)
{
    if (rename(tmp, path) == 0) return 0;
    snprintf(err, errlen, "%s: %s", path, strerror(errno));
    return -1;
}

static int write_file(const struct model_src *src, const char *path, char *err, size_t errlen)
{
    char tmp[4200];
    size_t counts[SNAP_KIND_COUNT];
    sqlite3 *db = NULL;
    int rc = -1;
    if (!src->fn && !json_is_object(src->model)) {
        snprintf(err, errlen, "snapshot: the model is not a JSON object");
        return -1;
    }
    if (tmp_beside(path, tmp, sizeof tmp, err, errlen) < 0) return -1;
    if (build_open(tmp, NULL, &db, err, errlen) < 0 || build(db, src, counts, err, errlen) < 0) {
        build_failed_in(tmp, err, errlen);
        goto done;
    }
    if (sqlite3_close(db) != SQLITE_OK) {
        snprintf(err, errlen, "%s: %s", tmp, sqlite3_errmsg(db));
        goto done;
    }
    db = NULL;
    if (rename_into(tmp, path, err, errlen) < 0) goto done;
    rc = 0;
done:
    sqlite3_close(db);
    if (rc < 0)
        unlink(tmp);
    return rc;
}

int snapshot_write_file(json_t *model, const char *path, char *err, size_t errlen)
{
    struct model_src src = {.model = model, .consume = 1};
    return write_file(&src, path, err, errlen);
}

int snapshot_write_file_streamed(snap_kind_fn fn, void *ctx, const char *path, char *err, size_t errlen)
{
    struct model_src src = {.fn = fn, .ctx = ctx};
    return write_file(&src, path, err, errlen);
}

/* The integer in the first column of the first row of sql on db, into
 * *out.  0, or -1 (no row, or an error: sqlite3_errmsg(db) says which). */
static int sql_int64(sqlite3 *db, const char *sql, sqlite3_int64 *out)
{
    sqlite3_stmt *st = NULL;
    int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW ? 0 : -1;
    if (rc == 0)
        *out = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return rc;
}

/* The lengths csto_rank reads: FTS5 keeps each row's token count per
 * column in KIND_fts_docsize(id, sz), sz a SQLite varint per column; the
 * sum for every row, in an array by rowid.  One pass over a small table
 * per kind (about 5 MB at 100,000 articles).  Returns 0 or -1. */
static int load_row_tokens(snapshot *s, sqlite3 *db, snap_kind k)
{
    char sql[128];
    sqlite3_stmt *st = NULL;
    int rc = -1;
    snprintf(sql, sizeof sql, "SELECT max(id) FROM %s_fts_docsize", table_specs[k].name);
    sqlite3_int64 max;
    if (sql_int64(db, sql, &max) < 0 || max < 0 || max > 1 << 30)
        goto cleanup;
    s->row_tokens[k] = calloc((size_t)max + 1, sizeof *s->row_tokens[k]);
    if (!s->row_tokens[k])
        goto cleanup;
    snprintf(sql, sizeof sql, "SELECT id, sz FROM %s_fts_docsize", table_specs[k].name);
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        goto cleanup;
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        sqlite3_int64 id = sqlite3_column_int64(st, 0);
        const unsigned char *p = sqlite3_column_blob(st, 1);
        int n = sqlite3_column_bytes(st, 1);
        unsigned total = 0, v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 7) | (p[i] & 0x7f);
            if (!(p[i] & 0x80)) {
                total += v;
                v = 0;
            }
        }
        if (id >= 0 && id <= max)
            s->row_tokens[k][id] = total;
    }
    if (step == SQLITE_DONE) {
        s->row_tokens_n[k] = (size_t)max + 1;
        rc = 0;
    }
cleanup:
    sqlite3_finalize(st);
    if (rc < 0) { /* csto_rank then asks FTS5 for each row */
        free(s->row_tokens[k]);
        s->row_tokens[k] = NULL;
    }
    return rc;
}

/* s->row_ord[k] and s->ord_row[k] from the kind's table (rowids and ords
 * are 1..count and 0..count-1 as load_kind writes them; a row outside is
 * refused: about 12 bytes a row, 1 MB for the meetings of 100,000
 * articles).  -1 leaves both NULL: a full-text list of the kind is then
 * ranked by SQL on every request, as before. */
static int load_ord(snapshot *s, sqlite3 *db, snap_kind k)
{
    char sql[128];
    sqlite3_stmt *st = NULL;
    int rc = -1;
    snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", table_specs[k].name);
    sqlite3_int64 count;
    if (sql_int64(db, sql, &count) < 0)
        goto cleanup;
    size_t n = (size_t)count;
    s->row_ord[k] = calloc(n + 1, sizeof *s->row_ord[k]);
    s->ord_row[k] = calloc(n ? n : 1, sizeof *s->ord_row[k]);
    snprintf(sql, sizeof sql, "SELECT rowid, ord FROM %s", table_specs[k].name);
    if (!s->row_ord[k] || !s->ord_row[k] || sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        goto cleanup;
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        sqlite3_int64 rowid = sqlite3_column_int64(st, 0), ord = sqlite3_column_int64(st, 1);
        if (rowid < 0 || (size_t)rowid > n || ord < 0 || (size_t)ord >= n)
            goto cleanup;
        s->row_ord[k][rowid] = (unsigned)ord;
        s->ord_row[k][ord] = rowid;
    }
    if (step == SQLITE_DONE) {
        s->nord[k] = n;
        rc = 0;
    }
cleanup:
    sqlite3_finalize(st);
    if (rc < 0) {
        free(s->row_ord[k]);
        free(s->ord_row[k]);
        s->row_ord[k] = NULL;
        s->ord_row[k] = NULL;
    }
    return rc;
}

/* s->pair_first from sort_pair_keys (fill_sort_pair).  0, or -1 with err. */
static int load_pair_keys(snapshot *s, char *err, size_t errlen)
{
    sqlite3_stmt *st = NULL;
    int step = SQLITE_ERROR;
    if (sqlite3_prepare_v2(s->readers[0].db, "SELECT kind, a FROM sort_pair_keys", -1, &st, NULL) == SQLITE_OK)
        while ((step = sqlite3_step(st)) == SQLITE_ROW) {
            int k = sqlite3_column_int(st, 0), a = sqlite3_column_int(st, 1);
            if ((unsigned)k < SNAP_KIND_COUNT && (unsigned)a < 8 * sizeof s->pair_first[0])
                s->pair_first[k] |= 1u << a;
        }
    if (step != SQLITE_DONE)
        snprintf(err, errlen, "snapshot: two-key sort positions: %s", sqlite3_errmsg(s->readers[0].db));
    sqlite3_finalize(st);
    return step == SQLITE_DONE ? 0 : -1;
}

/* Opens the readers of s on s->uri, and reads what the queries keep beside
 * the database: whether each kind's model order is its id order (else its
 * order arrays, load_ord), the lengths csto_rank reads (load_row_tokens),
 * the first keys sort_pair has (load_pair_keys).  The counts are the
 * caller's. */
static int open_readers(snapshot *s, int readers, char *err, size_t errlen)
{
    size_t ranked_bytes;
    if (ranked_budget_from_env(&ranked_bytes) < 0) /* the server refuses to start with it; a library keeps the default */
        ranked_bytes = RANKED_DEFAULT_BYTES;
    s->ranked = ranked_cache_new(ranked_bytes); /* NULL: nothing is kept, every query ranks */
    s->readers = calloc((size_t)readers, sizeof *s->readers);
    s->free_idx = calloc((size_t)readers, sizeof *s->free_idx);
    if (!s->readers || !s->free_idx) {
        snprintf(err, errlen, "snapshot: out of memory");
        return -1;
    }
    for (int i = 0; i < readers; i++) {
        if (reader_open(&s->readers[i], s, err, errlen) < 0) {
            s->nreaders = i + 1; /* close the half-opened one too */
            return -1;
        }
        s->nreaders = i + 1;
        s->free_idx[s->nfree++] = readers - 1 - i;
    }
    /* whether a kind's model order (ord) is its id order (rowid, load_kind): then a full-text list
     * ranks without reading rows, its ties breaking on rowid as on ord */
    for (int k = 0; k < SNAP_KIND_COUNT; k++) {
        char sql[128];
        sqlite3_int64 ordered;
        snprintf(sql, sizeof sql, "SELECT NOT EXISTS (SELECT 1 FROM %s WHERE rowid <> ord + 1)", table_specs[k].name);
        s->id_ordered[k] = sql_int64(s->readers[0].db, sql, &ordered) == 0 && ordered == 1;
        if (!s->id_ordered[k])
            load_ord(s, s->readers[0].db, (snap_kind)k);
        load_row_tokens(s, s->readers[0].db, (snap_kind)k);
    }
    return load_pair_keys(s, err, errlen);
}

snapshot *snapshot_open_file(const char *path, int readers, char *err, size_t errlen)
{
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    sqlite3_stmt *st = NULL;
    snapshot *s = calloc(1, sizeof *s);
    if (!s) {
        snprintf(err, errlen, "snapshot: out of memory");
        return NULL;
    }
    pthread_mutex_init(&s->mu, NULL);
    pthread_cond_init(&s->cv, NULL);
    atomic_init(&s->refs, 1);
    if (readers < 1)
        readers = 1;
    /* (nobody writes a snapshot file once it is renamed into place: csto parse -o writes a temporary and renames it) */
    if (immutable_uri(s, path) < 0) {
        snprintf(err, errlen, "snapshot: %s: the path is too long or starts with file:", path);
        goto fail;
    }
    /* one connection checks the file is a snapshot before the pool opens */
    sqlite3 *db = NULL;
    int ok = sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK &&
             sqlite3_prepare_v2(db, "SELECT v FROM csto_meta WHERE k = 'format'", -1, &st, NULL) == SQLITE_OK &&
             sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) &&
             strcmp((const char *)sqlite3_column_text(st, 0), SNAP_FILE_FORMAT) == 0;
    if (!ok)
        snprintf(err, errlen, "snapshot: %s is not a csto snapshot of format %s (%s); write one with "
                 "csto parse -o FILE.db", path, SNAP_FILE_FORMAT, db ? sqlite3_errmsg(db) : "out of memory");
    sqlite3_finalize(st);
    st = NULL;
    sqlite3_close(db);
    if (!ok || open_readers(s, readers, err, errlen) < 0)
        goto fail;
    /* the counts, as a build would have them */
    for (int k = 0; k < SNAP_KIND_COUNT; k++) {
        char sql[96];
        sqlite3_int64 count;
        snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", table_specs[k].name);
        if (sql_int64(s->readers[0].db, sql, &count) < 0) {
            snprintf(err, errlen, "snapshot: %s: %s", path, sqlite3_errmsg(s->readers[0].db));
            goto fail;
        }
        s->counts[k] = (size_t)count;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    s->build_seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    s->loaded_at = time(NULL);
    return s;
fail:
    sqlite3_finalize(st);
    snapshot_destroy(s);
    return NULL;
}

int snapshot_save(snapshot *s, const char *path, char *err, size_t errlen)
{
    char tmp[4200];
    if (tmp_beside(path, tmp, sizeof tmp, err, errlen) < 0) return -1;
    int idx = reader_take(s);
    sqlite3 *db = s->readers[idx].db;
    sqlite3_stmt *st = NULL;
    int rc = -1;
    /* the readers' VFS is memdb: the target names the default one (unix)
     * in a URI, the path percent-encoded */
    sbuf uri = {0};
    file_uri(&uri, tmp);
    sbuf_printf(&uri, "?vfs=%s", sqlite3_vfs_find(NULL) ? sqlite3_vfs_find(NULL)->zName : "unix");
    /* VACUUM runs outside the reader's read transaction (reader_open; reader_put opens it again) */
    if (uri.oom || sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "VACUUM INTO ?", -1, &st, NULL) != SQLITE_OK ||
        sqlite3_bind_text(st, 1, sbuf_str(&uri), -1, SQLITE_STATIC) != SQLITE_OK || sqlite3_step(st) != SQLITE_DONE) {
        snprintf(err, errlen, "%s: %s", tmp, sqlite3_errmsg(db));
        goto done;
    }
    if (rename_into(tmp, path, err, errlen) < 0) goto done;
    rc = 0;
done:
    sqlite3_finalize(st);
    sbuf_free(&uri);
    reader_put(s, idx);
    if (rc < 0)
        unlink(tmp);
    return rc;
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

void *snapshot_attached(snapshot *s)
{
    return atomic_load_explicit(&s->attached, memory_order_acquire);
}

void *snapshot_attach(snapshot *s, void *obj, void (*free_fn)(void *))
{
    void *expected = NULL;
    pthread_mutex_lock(&s->mu); /* orders attached_free with attached */
    if (atomic_compare_exchange_strong(&s->attached, &expected, obj))
        s->attached_free = free_fn;
    pthread_mutex_unlock(&s->mu);
    if (expected) { /* another thread attached first: keep theirs */
        if (free_fn)
            free_fn(obj);
        return expected;
    }
    return obj;
}
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

int snapshot_get_row(snapshot *s, snap_kind k, long long rowid, sbuf *out)
{
    if ((unsigned)k >= SNAP_KIND_COUNT)
        return -1;
    int idx = reader_take(s);
    sqlite3_stmt *st = s->readers[idx].row[k];
    int rc;
    sqlite3_bind_int64(st, 1, rowid);
    int step = sqlite3_step(st);
    if (step == SQLITE_ROW) {
        sbuf_append(out, (const char *)sqlite3_column_text(st, 0), (size_t)sqlite3_column_bytes(st, 0));
        rc = out->oom ? -1 : 0;
    } else {
        rc = step == SQLITE_DONE ? 1 : -1;
    }
    sqlite3_reset(st);
    reader_put(s, idx);
    return rc;
}

/* ---- whitelists ---------------------------------------------------------- */

static const char *const v_body[] = {"CSC", "CFM", "CDM", "CSSC", "PA", "PC", "IMEC", NULL};
static const char *const v_mstatus[] = {"held", "planned", NULL};
static const char *const v_format[] = {"in_person", "video", NULL};
static const char *const v_lang[] = {"en", "ru", NULL};
static const char *const v_dtype[] = {"statement", "declaration", "decision", "plan", "program",
                                      "agreement", "protocol", "other", NULL};
static const char *const v_dstatus[] = {"adopted", "draft", "planned", NULL};

/* Filters.  A query parameter is a field, optionally with an operator after
 * a double underscore (Django/Datasette style):
 *   field=a,b           equal to any (repeated parameters OR too); for the
 *                       substring fields (officials' title and name) "contains"
 *   field__in=a,b       the same as field=
 *   field__ne=a,b       the negation of field=: the items field= would not
 *                       return (items with no value included)
 *   field__gt, __gte, __lt, __lte   one value; dates compare at the precision
 *                       both have (date__gte=2019-11 keeps a meeting dated
 *                       2019; date__gt=2019 starts at 2020), counts as numbers
 *   field__contains=a,b a substring of the value (ignoring ASCII case), any
 *   field__isnull=true|false   the field is empty (null, or an empty list)
 * Which operators a field takes depends on its type (ops_of).  Every value
 * is bound as a parameter; operators and fields only pick fixed fragments.
 * A field is either a column of the kind's table (col; `set` NULL) or a set
 * of rows related to the item (`set`: a sub-query whose rows carry the value
 * in col; the item matches when one of them does: EXISTS), or a custom
 * condition with "%s" holes for the value list (member). */
enum ftype {
    FT_TEXT,   /* text, compared ignoring case */
    FT_VOCAB,  /* a closed vocabulary, bound in its canonical spelling */
    FT_ID,     /* ids, compared exactly */
    FT_SUBSTR, /* text whose plain filter is a substring match */
    FT_DATE,   /* an ISO 8601 date of any precision */
    FT_INT,    /* a count */
    FT_CUSTOM, /* member: a fixed condition, equality and negation only */
};

enum fop { OP_EQ, OP_NE, OP_GT, OP_GTE, OP_LT, OP_LTE, OP_CONTAINS, OP_ISNULL, OP_COUNT, OP_IN = OP_COUNT };
static const char *const op_names[OP_COUNT] = {"", "ne", "gt", "gte", "lt", "lte", "contains", "isnull"};
/* The SQL comparison of an operator that is one (NULL for __ne, __contains, __isnull): put_predicate's,
 * put_value_terms' and the comparisons a date filter makes on stats_cube's periods (stats_cube_where,
 * cube_where: NULL where the cube cannot answer). */
static const char *const op_sql[OP_COUNT] = {[OP_EQ] = "=", [OP_GT] = ">", [OP_GTE] = ">=", [OP_LT] = "<",
                                             [OP_LTE] = "<="};
#define B(op) (1u << (op))

static unsigned ops_of(enum ftype t)
{
    switch (t) {
    case FT_TEXT: return B(OP_EQ) | B(OP_NE) | B(OP_CONTAINS) | B(OP_ISNULL);
    case FT_VOCAB: return B(OP_EQ) | B(OP_NE) | B(OP_ISNULL);
    case FT_ID: return B(OP_EQ) | B(OP_NE) | B(OP_CONTAINS) | B(OP_ISNULL);
    case FT_SUBSTR: return B(OP_EQ) | B(OP_NE) | B(OP_CONTAINS) | B(OP_ISNULL);
    case FT_DATE: return B(OP_EQ) | B(OP_NE) | B(OP_GT) | B(OP_GTE) | B(OP_LT) | B(OP_LTE) | B(OP_ISNULL);
    case FT_INT: return B(OP_EQ) | B(OP_NE) | B(OP_GT) | B(OP_GTE) | B(OP_LT) | B(OP_LTE);
    case FT_CUSTOM: return B(OP_EQ) | B(OP_NE);
    }
    return 0;
}

struct filter_spec {
    const char *name;
    enum ftype type;
    const char *set;    /* NULL: col is a column of t; else "FROM ... WHERE ..." rows related to t */
    const char *col;    /* the value compared (FT_CUSTOM: the condition with %s holes) */
    const char *const *vocab;
    /* with set: the same rows as an uncorrelated "SELECT <item rowid> FROM
     * ... WHERE ..." (one index range for the values, then rowid lookups,
     * instead of one correlated sub-query per item) */
    const char *rows;
    /* FT_SUBSTR: a table (column v) of col's distinct values, so that a
     * substring test runs once per value, not once per row */
    const char *values;
    /* FT_CUSTOM, or rows that select key: "SELECT <item rowid>, <value>
     * ..." pairing each item with each of its values, for value_counts and
     * pair_counts (the others are paired from col, set and rows: pairs_sql) */
    const char *pairs;
    /* with rows: the item's column that rows select (NULL: t.rowid); FT_CUSTOM: the set column its
     * condition tests.  A condition on a set column (VALUE_SETS) reads nothing else of the item */
    const char *key;
    /* FT_SUBSTR of the item's own column: the prefix of the tables that
     * keep, for every two bytes (ASCII letters folded) any value holds,
     * the items in the model's order (PREFIX_grams) and their number
     * (PREFIX_gram_counts), so that a substring of two bytes or more tests
     * the items of its rarest pair, not every item (grams_sql, gram_filter) */
    const char *grams;
};

#define LINKS(rel) "FROM links x WHERE x.rel = '" rel "' AND x.src = t.rowid"
#define POSITIONS "FROM positions p WHERE p.oid = t.rowid"
#define LINKS_ROWS(rel) "SELECT x.src FROM links x WHERE x.rel = '" rel "'"
/* an official's positions filter through the set of positions it shares
 * with others (set_positions, officials.psid): a few sets, not a row per
 * official, so a broad title= or country= selects a handful of set ids and
 * each official is tested by its column */
#define POSITION_SETS "SELECT p.sid FROM set_positions p WHERE 1"
#define POSITION_PAIRS(col) "SELECT p.oid, p." col " FROM positions p WHERE p." col " IS NOT NULL"

static const struct filter_spec filters_meetings[] = {
    {"body", FT_VOCAB, LINKS("meetings.bodies"), "x.dst", v_body, "SELECT x.sid FROM set_bodies x WHERE 1", NULL,
     "SELECT x.src, x.dst FROM links x WHERE x.rel = 'meetings.bodies' AND x.dst IS NOT NULL", "t.bsid", NULL},
    {"status", FT_VOCAB, NULL, "t.status", v_mstatus, NULL, NULL, NULL, NULL, NULL},
    {"format", FT_VOCAB, NULL, "t.format", v_format, NULL, NULL, NULL, NULL, NULL},
    {"country", FT_TEXT, NULL, "t.country", NULL, NULL, NULL, NULL, NULL, NULL},
    {"city", FT_TEXT, NULL, "t.city", NULL, NULL, NULL, NULL, NULL, NULL},
    {"member", FT_CUSTOM, NULL, "t.msid IN (SELECT r.sid FROM set_members r WHERE r.kind = 1 AND r.c IN (%s))",
     NULL, NULL, NULL, "SELECT r.rid, r.c FROM member_rows r WHERE r.kind = 1", "t.msid", NULL},
    {"official", FT_ID, LINKS("meetings.participants"), "x.dst", NULL, LINKS_ROWS("meetings.participants"), NULL, NULL, NULL, NULL},
    {"document", FT_ID, LINKS("meetings.documents"), "x.dst", NULL, LINKS_ROWS("meetings.documents"), NULL, NULL, NULL, NULL},
    {"article", FT_ID, LINKS("meetings.articles"), "x.dst", NULL, LINKS_ROWS("meetings.articles"), NULL, NULL, NULL, NULL},
    {"date", FT_DATE, NULL, "t.date", NULL, NULL, NULL, NULL, NULL, NULL},
    {NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
};
static const struct filter_spec filters_officials[] = {
    {"country", FT_TEXT, POSITIONS, "p.country", NULL, POSITION_SETS, NULL, POSITION_PAIRS("country"), "t.psid", NULL},
    {"org", FT_TEXT, POSITIONS, "p.org", NULL, POSITION_SETS, NULL, POSITION_PAIRS("org"), "t.psid", NULL},
    {"title", FT_SUBSTR, POSITIONS, "p.title", NULL, POSITION_SETS, "position_titles", POSITION_PAIRS("title"),
     "t.psid", NULL},
    {"name", FT_SUBSTR, NULL, "t.name", NULL, NULL, NULL, NULL, NULL, "officials_name"},
    {"meeting", FT_ID, LINKS("officials.meetings"), "x.dst", NULL, LINKS_ROWS("officials.meetings"), NULL, NULL, NULL, NULL},
    {"article", FT_ID, LINKS("officials.articles"), "x.dst", NULL, LINKS_ROWS("officials.articles"), NULL, NULL, NULL, NULL},
    {"meetings", FT_INT, NULL, "t.n_meetings", NULL, NULL, NULL, NULL, NULL, NULL},
    {"articles", FT_INT, NULL, "t.n_articles", NULL, NULL, NULL, NULL, NULL, NULL},
    {NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
};
static const struct filter_spec filters_documents[] = {
    {"type", FT_VOCAB, NULL, "t.type", v_dtype, NULL, NULL, NULL, NULL, NULL},
    {"status", FT_VOCAB, NULL, "t.status", v_dstatus, NULL, NULL, NULL, NULL, NULL},
    {"meeting", FT_ID, NULL, "t.meeting", NULL, NULL, NULL, NULL, NULL, NULL},
    {"member", FT_CUSTOM, NULL, "t.msid IN (SELECT r.sid FROM set_members r WHERE r.kind = 3 AND r.c IN (%s))",
     NULL, NULL, NULL, "SELECT r.rid, r.c FROM member_rows r WHERE r.kind = 3", "t.msid", NULL},
    {"initiator", FT_TEXT, NULL, "t.initiator", NULL, NULL, NULL, NULL, NULL, NULL},
    {"article", FT_ID, LINKS("documents.articles"), "x.dst", NULL, LINKS_ROWS("documents.articles"), NULL, NULL, NULL, NULL},
    {"date", FT_DATE, NULL, "t.date", NULL, NULL, NULL, NULL, NULL, NULL},
    {NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
};
static const struct filter_spec filters_articles[] = {
    {"source", FT_TEXT, NULL, "t.source", NULL, NULL, NULL, NULL, NULL, NULL},
    {"published", FT_DATE, NULL, "t.published", NULL, NULL, NULL, NULL, NULL, NULL},
    {"lang", FT_VOCAB, NULL, "t.lang", v_lang, NULL, NULL, NULL, NULL, NULL},
    {NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
};
static const struct filter_spec filters_members[] = {
    {"iso", FT_TEXT, NULL, "t.iso", NULL, NULL, NULL, NULL, NULL, NULL},
    {"meeting", FT_ID, LINKS("members.meetings"), "x.dst", NULL, LINKS_ROWS("members.meetings"), NULL, NULL, NULL, NULL},
    {"official", FT_ID, LINKS("members.officials"), "x.dst", NULL, LINKS_ROWS("members.officials"), NULL, NULL, NULL, NULL},
    {"meetings", FT_INT, NULL, "t.n_meetings", NULL, NULL, NULL, NULL, NULL, NULL},
    {"officials", FT_INT, NULL, "t.n_officials", NULL, NULL, NULL, NULL, NULL, NULL},
    {"articles", FT_INT, NULL, "t.n_articles", NULL, NULL, NULL, NULL, NULL, NULL},
    {NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL},
};
static const struct filter_spec *const filter_specs[SNAP_KIND_COUNT] = {
    [SNAP_ARTICLES] = filters_articles,   [SNAP_MEETINGS] = filters_meetings,
    [SNAP_OFFICIALS] = filters_officials, [SNAP_DOCUMENTS] = filters_documents,
    [SNAP_MEMBERS] = filters_members,
};

/* Sort keys: name -> SQL expression over t. */
struct sort_spec {
    const char *name, *expr;
};
static const struct sort_spec sorts_meetings[] = {
    {"id", "t.id"}, {"date", "t.date"}, {"city", "t.city"}, {"country", "t.country"},
    {"status", "t.status"}, {"format", "t.format"}, {NULL, NULL}};
static const struct sort_spec sorts_officials[] = {
    {"id", "t.id"}, {"name", "t.name"}, {"meetings", "t.n_meetings"}, {"articles", "t.n_articles"},
    {NULL, NULL}};
static const struct sort_spec sorts_documents[] = {
    {"id", "t.id"}, {"title", "t.title"}, {"date", "t.date"}, {"type", "t.type"},
    {"status", "t.status"}, {NULL, NULL}};
static const struct sort_spec sorts_articles[] = {
    {"id", "t.id"}, {"title", "t.title"}, {"date", "t.published"}, {"published", "t.published"},
    {"source", "t.source"}, {NULL, NULL}};
static const struct sort_spec sorts_members[] = {
    {"id", "t.id"}, {"name", "t.name"}, {"iso", "t.iso"}, {"meetings", "t.n_meetings"},
    {"officials", "t.n_officials"}, {"articles", "t.n_articles"}, {NULL, NULL}};
static const struct sort_spec *const sort_specs[SNAP_KIND_COUNT] = {
    [SNAP_ARTICLES] = sorts_articles,   [SNAP_MEETINGS] = sorts_meetings,
    [SNAP_OFFICIALS] = sorts_officials, [SNAP_DOCUMENTS] = sorts_documents,
    [SNAP_MEMBERS] = sorts_members,
};

/* Facets (and the `by` of the stats): an optional join and the value.
 * A facet whose values come from a numbered set (VALUE_SETS) names the
 * item's set column and the distinct (sid, value) pairs of the sets: a
 * filtered facet then groups the matches by set id, one count per row with
 * no join, and adds each set's count to every value of the set (set_facets;
 * an item is in one set, each value once per set, so the sum is the number
 * of distinct items with the value, as count(DISTINCT) over the join). */
struct facet_spec {
    const char *name, *join, *expr;
    const char *set_col, *set_values; /* "t.psid", "SELECT sid, country FROM set_positions"; NULL without */
};
static const struct facet_spec facets_meetings[] = {
    {"body", "JOIN links fx ON fx.rel = 'meetings.bodies' AND fx.src = t.rowid", "fx.dst", "t.bsid",
     "SELECT sid, dst FROM set_bodies"},
    {"status", "", "t.status", NULL, NULL},
    {"format", "", "t.format", NULL, NULL},
    {"country", "", "t.country", NULL, NULL},
    {"city", "", "t.city", NULL, NULL},
    {"year", "", "substr(t.date, 1, 4)", NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}};
static const struct facet_spec facets_officials[] = {
    {"country", "JOIN positions fp ON fp.oid = t.rowid", "fp.country", "t.psid",
     "SELECT sid, country FROM set_positions"},
    {"org", "JOIN positions fp ON fp.oid = t.rowid", "fp.org", "t.psid", "SELECT sid, org FROM set_positions"},
    {"title", "JOIN positions fp ON fp.oid = t.rowid", "fp.title", "t.psid", "SELECT sid, title FROM set_positions"},
    {NULL, NULL, NULL, NULL, NULL}};
static const struct facet_spec facets_documents[] = {
    {"type", "", "t.type", NULL, NULL},
    {"status", "", "t.status", NULL, NULL},
    {"year", "", "substr(t.date, 1, 4)", NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}};
static const struct facet_spec facets_articles[] = {
    {"source", "", "t.source", NULL, NULL},
    {"year", "", "substr(t.published, 1, 4)", NULL, NULL},
    {"lang", "", "t.lang", NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}};
static const struct facet_spec facets_members[] = {{NULL, NULL, NULL, NULL, NULL}};
static const struct facet_spec *const facet_specs[SNAP_KIND_COUNT] = {
    [SNAP_ARTICLES] = facets_articles,   [SNAP_MEETINGS] = facets_meetings,
    [SNAP_OFFICIALS] = facets_officials, [SNAP_DOCUMENTS] = facets_documents,
    [SNAP_MEMBERS] = facets_members,
};

/* The indexes that answer a sort and the common filters without a scan of
 * the rendered rows.  Sorting: build_order writes a key as
 * "(x IS NULL), x [DESC], ..., t.id"; an index on exactly those
 * expressions, in each direction, gives a one-key sort in index order (no
 * sorter, and LIMIT/OFFSET walk index entries, never documents); with more
 * keys SQLite sorts only within runs of the first key.  Filters: vocabulary
 * and text columns (COLLATE NOCASE, as build_where compares them) and the
 * side tables' values, so a selective filter and its count read only the
 * matching rows. */
static const char filter_index_sql[] =
    "CREATE INDEX f_meetings_status ON meetings (status, ord);\n"
    "CREATE INDEX f_meetings_format ON meetings (format, ord);\n"
    "CREATE INDEX f_meetings_country ON meetings (country COLLATE NOCASE, ord);\n"
    "CREATE INDEX f_meetings_city ON meetings (city COLLATE NOCASE, ord);\n"
    "CREATE INDEX f_documents_type ON documents (type, ord);\n"
    "CREATE INDEX f_documents_status ON documents (status, ord);\n"
    "CREATE INDEX f_documents_meeting ON documents (meeting, ord);\n"
    "CREATE INDEX f_documents_initiator ON documents (initiator COLLATE NOCASE, ord);\n"
    "CREATE INDEX f_articles_source ON articles (source COLLATE NOCASE, ord);\n"
    "CREATE INDEX f_set_positions_country ON set_positions (country COLLATE NOCASE, sid);\n"
    "CREATE INDEX f_set_positions_org ON set_positions (org COLLATE NOCASE, sid);\n"
    "CREATE INDEX f_set_positions_title ON set_positions (title, sid);\n";

/* The series of /stats/meetings and /stats/documents, counted once at build
 * for every interval and `by`: one row per (period, value) in the order the
 * answer lists them (rowid).  A request whose only filters are dates at the
 * interval's precision or coarser keeps or drops whole periods, so it reads
 * its rows here (stats_cube_where) instead of grouping the table.  Articles
 * (by their publication date) have rows too, and every kind has plen 0:
 * the items dated by a year alone, by year.  With those, the total and the
 * facets of a list whose only filters are dates to the month or coarser
 * are sums over the periods they keep (cube_where), not a count of rows. */
static const struct cube_kind {
    snap_kind kind;
    const char *date; /* the date column that periods are cut from */
} cube_kinds[] = {{SNAP_MEETINGS, "t.date"}, {SNAP_DOCUMENTS, "t.date"}, {SNAP_ARTICLES, "t.published"}};

static const struct cube_kind *cube_kind_of(snap_kind k)
{
    for (size_t i = 0; i < sizeof cube_kinds / sizeof cube_kinds[0]; i++)
        if (cube_kinds[i].kind == k)
            return &cube_kinds[i];
    return NULL;
}

static void stats_cube_sql(sbuf *sql)
{
    sbuf_puts(sql, "CREATE TABLE stats_cube (kind INTEGER NOT NULL, plen INTEGER NOT NULL, by TEXT NOT NULL,"
                   " period TEXT NOT NULL, v, n INTEGER NOT NULL);\n");
    for (size_t i = 0; i < sizeof cube_kinds / sizeof cube_kinds[0]; i++) {
        snap_kind k = cube_kinds[i].kind;
        const char *date = cube_kinds[i].date;
        for (int plen = 0; plen <= 7; plen += plen ? 3 : 4)
            for (const struct facet_spec *f = NULL;; f = f ? f + 1 : facet_specs[k]) {
                if (f && !f->name)
                    break;
                if (f && strcmp(f->name, "year") == 0)
                    continue;
                sbuf_printf(sql, "INSERT INTO stats_cube (kind, plen, by, period, v, n) SELECT %d, %d, '%s',"
                                 " substr(%s, 1, %d) AS period, %s AS v, count(DISTINCT t.rowid) FROM %s t %s"
                                 " WHERE length(%s) %s %d GROUP BY period, v ORDER BY period, (v IS NULL), v;\n",
                            (int)k, plen, f ? f->name : "", date, plen ? plen : 4, f ? f->expr : "NULL",
                            table_specs[k].name, f ? f->join : "", date, plen ? ">=" : "=", plen ? plen : 4);
            }
    }
    sbuf_puts(sql, "CREATE INDEX stats_cube_at ON stats_cube (kind, plen, by, period);\n");
    /* the facets of a list with no filter, counted once, in the order the answer lists them */
    sbuf_puts(sql, "CREATE TABLE facet_counts (kind INTEGER NOT NULL, facet TEXT NOT NULL, v, n INTEGER NOT NULL);\n");
    for (int k = 0; k < SNAP_KIND_COUNT; k++)
        for (const struct facet_spec *f = facet_specs[k]; f->name; f++)
            sbuf_printf(sql, "INSERT INTO facet_counts (kind, facet, v, n) SELECT %d, '%s', %s AS v, %s AS n FROM %s t %s"
                             " GROUP BY v ORDER BY n DESC, (v IS NULL), v;\n",
                        k, f->name, f->expr, *f->join ? "count(DISTINCT t.rowid)" : "count(*)", table_specs[k].name,
                        f->join);
    sbuf_puts(sql, "CREATE INDEX facet_counts_at ON facet_counts (kind, facet);\n");
    /* the values of each set, for the facets that count by set */
    sbuf_puts(sql, "CREATE TABLE set_facets (kind INTEGER NOT NULL, facet TEXT NOT NULL, sid INTEGER NOT NULL, v);\n");
    for (int k = 0; k < SNAP_KIND_COUNT; k++)
        for (const struct facet_spec *f = facet_specs[k]; f->name; f++)
            if (f->set_col)
                sbuf_printf(sql, "INSERT INTO set_facets SELECT DISTINCT %d, '%s', s.* FROM (%s) s;\n", k, f->name,
                            f->set_values);
    sbuf_puts(sql, "CREATE INDEX set_facets_at ON set_facets (kind, facet, sid, v);\n");
}

/* The number sort_pos gives the order by sort spec a of kind k, descending
 * or not: a spec whose expression an earlier one has (articles' date and
 * published) shares its number. */
static int sort_key_number(snap_kind k, const struct sort_spec *a, int desc)
{
    const struct sort_spec *first = sort_specs[k];
    while (strcmp(first->expr, a->expr) != 0)
        first++;
    return (int)(first - sort_specs[k]) * 2 + desc;
}

/* Whether sort spec a of kind k sorts on a column an earlier spec sorts
 * on (articles' date and published): its order is that one's. */
static int sorts_earlier_column(snap_kind k, const struct sort_spec *a)
{
    return sort_key_number(k, a, 0) != (int)(a - sort_specs[k]) * 2;
}

/* The column a sort spec sorts on, without the table's "t.". */
static const char *sort_column(const struct sort_spec *a)
{
    return strncmp(a->expr, "t.", 2) == 0 ? a->expr + 2 : a->expr;
}

/* Whether value_counts counts the items of each value of filter f: an
 * equality on a vocabulary or a text (or member=), or an item's count
 * (a comparison's total is a sum over the values), not on ids, dates or
 * substrings. */
static int counted_filter(const struct filter_spec *f)
{
    if (f->type == FT_SUBSTR)
        return 0;
    return f->pairs || ((f->type == FT_VOCAB || f->type == FT_TEXT) && (!f->set || f->rows)) ||
           (f->type == FT_INT && !f->set);
}

/* Whether value_rows keeps the items of each value of filter f: the
 * counted filters, and a substring filter over a table of the values
 * (title=), whose page is then the rows of the values that match. */
static int rows_kept(const struct filter_spec *f)
{
    return counted_filter(f) || (f->type == FT_SUBSTR && f->pairs && f->values);
}

/* "SELECT rid, fv ..." pairing every item of kind k with each value of
 * the counted filter f it has (NULLs left out). */
static void pairs_sql(snap_kind k, const struct filter_spec *f, sbuf *sql)
{
    if (f->pairs) {
        sbuf_puts(sql, f->pairs);
    } else if (!f->set) {
        sbuf_printf(sql, "SELECT t.rowid, %s FROM %s t WHERE %s IS NOT NULL", f->col, table_specs[k].name, f->col);
    } else { /* rows is "SELECT <item rowid> FROM ... WHERE ..." */
        const char *from = strstr(f->rows, " FROM ");
        sbuf_printf(sql, "SELECT %.*s, %s%s AND %s IS NOT NULL", (int)(from - f->rows - 7), f->rows + 7, f->col, from,
                    f->col);
    }
}

/* How value_rows keeps value x of filter f, and how a value asked for is
 * put to it: a text folded as COLLATE NOCASE folds it (ASCII letters, as
 * lower() does without ICU), so that the primary key finds it. */
static void put_value_rows_key(sbuf *sql, const struct filter_spec *f, const char *x)
{
    sbuf_printf(sql, f->type == FT_VOCAB || f->type == FT_SUBSTR ? "%s" : f->type == FT_INT ? "CAST(%s AS INTEGER)"
                                                                                             : "lower(%s)",
                x);
}

/* value_counts(kind, filter, v, n): how many items of the kind each value
 * of a counted filter selects; pair_counts(kind, filter, fv, facet, v, n):
 * how many of those have each value v of each facet.  Text compared
 * ignoring ASCII case, as the filter does; an item with a value twice
 * counts once.  So the total and the facets of a list with one such filter
 * are read, not counted (counted_total, counted_facet_sql).
 * value_rows(kind, filter, v, ord, rid): the items of each value in the
 * model's order, so that a page of a list with one such filter is a range
 * of its key, read from where the page starts (value_rows_page_sql). */
static void value_counts_sql(sbuf *sql)
{
    sbuf_puts(sql, "CREATE TABLE value_counts (kind INTEGER NOT NULL, filter TEXT NOT NULL, v, n INTEGER NOT NULL);\n"
                   "CREATE TABLE pair_counts (kind INTEGER NOT NULL, filter TEXT NOT NULL, fv, facet TEXT NOT NULL, v, "
                   "n INTEGER NOT NULL);\n"
                   "CREATE TABLE value_rows (kind INTEGER NOT NULL, filter TEXT NOT NULL, v NOT NULL, ord INTEGER NOT "
                   "NULL, rid INTEGER NOT NULL, PRIMARY KEY (kind, filter, v, ord)) WITHOUT ROWID;\n");
    for (int k = 0; k < SNAP_KIND_COUNT; k++)
        for (const struct filter_spec *f = filter_specs[k]; f->name; f++) {
            if (rows_kept(f)) {
                sbuf_puts(sql, "WITH a(rid, fv) AS (");
                pairs_sql((snap_kind)k, f, sql);
                sbuf_printf(sql, ") INSERT OR IGNORE INTO value_rows SELECT %d, '%s', ", k, f->name);
                put_value_rows_key(sql, f, "a.fv");
                sbuf_printf(sql, ", t.ord, a.rid FROM a JOIN %s t ON t.rowid = a.rid;\n", table_specs[k].name);
            }
            if (!counted_filter(f))
                continue;
            const char *fold = f->type == FT_TEXT ? " COLLATE NOCASE" : "";
            sbuf_puts(sql, "WITH a(rid, fv) AS (");
            pairs_sql((snap_kind)k, f, sql);
            sbuf_printf(sql, ") INSERT INTO value_counts SELECT %d, '%s', a.fv, count(DISTINCT a.rid) FROM a "
                             "GROUP BY a.fv%s;\n", k, f->name, fold);
            for (const struct facet_spec *g = facet_specs[k]; g->name; g++) {
                if (!f->set && !f->pairs) { /* a column of the item: no pairs to join, and without a facet
                                             * join each row counts once */
                    sbuf_printf(sql, "INSERT INTO pair_counts SELECT %d, '%s', %s, '%s', %s, %s FROM %s t %s WHERE %s IS "
                                     "NOT NULL GROUP BY %s%s, 5;\n",
                                k, f->name, f->col, g->name, g->expr, *g->join ? "count(DISTINCT t.rowid)" : "count(*)",
                                table_specs[k].name, g->join, f->col, f->col, fold);
                    continue;
                }
                sbuf_puts(sql, "WITH a(rid, fv) AS (");
                pairs_sql((snap_kind)k, f, sql);
                sbuf_printf(sql, ") INSERT INTO pair_counts SELECT %d, '%s', a.fv, '%s', %s, count(DISTINCT t.rowid) "
                                 "FROM a JOIN %s t ON t.rowid = a.rid %s GROUP BY a.fv%s, 5;\n",
                            k, f->name, g->name, g->expr, table_specs[k].name, g->join, fold);
            }
        }
    sbuf_puts(sql, "CREATE INDEX value_counts_at ON value_counts (kind, filter);\n"
                   "CREATE INDEX pair_counts_at ON pair_counts (kind, filter, facet);\n");
}

/* PREFIX_grams(g, ord, rid): for each substring filter on an item's own
 * column (grams), every pair of bytes its value holds (csto_gram) with the
 * items that hold it in the model's order; PREFIX_gram_counts(g, n): how
 * many.  A name of 15 bytes is 14 rows. */
static void grams_sql(sbuf *sql)
{
    for (int k = 0; k < SNAP_KIND_COUNT; k++)
        for (const struct filter_spec *f = filter_specs[k]; f->name; f++) {
            if (!f->grams)
                continue;
            sbuf_printf(sql, "CREATE TABLE %s_grams (g INTEGER NOT NULL, ord INTEGER NOT NULL, rid INTEGER NOT NULL, "
                             "PRIMARY KEY (g, ord)) WITHOUT ROWID;\n", f->grams);
            sbuf_printf(sql, "WITH RECURSIVE s(rid, ord, v, i) AS (SELECT t.rowid, t.ord, %s, 0 FROM %s t WHERE "
                             "length(CAST(%s AS BLOB)) >= 2 UNION ALL SELECT rid, ord, v, i + 1 FROM s WHERE i + 2 < "
                             "length(CAST(v AS BLOB))) INSERT OR IGNORE INTO %s_grams SELECT csto_gram(v, i), ord, rid "
                             "FROM s;\n", f->col, table_specs[k].name, f->col, f->grams);
            sbuf_printf(sql, "CREATE TABLE %s_gram_counts (g INTEGER PRIMARY KEY, n INTEGER NOT NULL);\n"
                             "INSERT INTO %s_gram_counts SELECT g, count(*) FROM %s_grams GROUP BY g;\n",
                        f->grams, f->grams, f->grams);
        }
}

/* ", c1, c2 ...": the item's own columns that its filters test (a
 * column, or the set column a set filter selects), but `except` and id,
 * each once.  A sort index that carries them answers a filtered list that
 * walks it (a filter on a common value, sorted) without reading each row. */
static void put_filtered_columns(sbuf *sql, snap_kind k, const char *except)
{
    const char *seen[16];
    int n = 0;
    for (const struct filter_spec *f = filter_specs[k]; f->name; f++) {
        const char *col = f->key ? f->key : !f->set && f->type != FT_CUSTOM ? f->col : NULL;
        if (!col || strncmp(col, "t.", 2) != 0 || strcmp(col + 2, except) == 0 || strcmp(col + 2, "id") == 0)
            continue;
        int dup = 0;
        for (int i = 0; i < n; i++)
            dup |= strcmp(seen[i], col) == 0;
        if (dup || n == (int)(sizeof seen / sizeof *seen))
            continue;
        seen[n++] = col;
        sbuf_printf(sql, ", %s", col + 2);
    }
}

static void index_sql(sbuf *sql)
{
    /* sort_pos: each row's place in every one-key order of its kind (the
     * order build_order writes: NULLs last, ties by id), so a page of an
     * unfiltered sorted list is a range of it, however deep the offset; and
     * the places where the run of rows with its value starts and ends (grp,
     * gend), so a page sorted on more keys sorts only the runs of the first
     * key that it covers (multi_key_sql) */
    sbuf_puts(sql, "CREATE TABLE sort_pos (kind INTEGER NOT NULL, key INTEGER NOT NULL, pos INTEGER NOT NULL, "
                   "rid INTEGER NOT NULL, grp INTEGER NOT NULL, gend INTEGER NOT NULL, PRIMARY KEY (kind, key, pos)) "
                   "WITHOUT ROWID;\n");
    for (int k = 0; k < SNAP_KIND_COUNT; k++) {
        const char *t = table_specs[k].name;
        for (const struct sort_spec *a = sort_specs[k]; a->name; a++) {
            if (sorts_earlier_column((snap_kind)k, a))
                continue;
            const char *col = sort_column(a);
            for (int desc = 0; desc < 2; desc++) {
                sbuf_printf(sql, "CREATE INDEX s_%s_%s_%c ON %s ((%s IS NULL), %s%s, id", t, a->name,
                            desc ? 'd' : 'a', t, col, col, desc ? " DESC" : "");
                put_filtered_columns(sql, (snap_kind)k, col);
                sbuf_puts(sql, ");\n");
            }
        }
    }
    /* o_KIND: the model order with every filtered column, so a filtered
     * page in the model order (no sort) that walks it tests each row in
     * the index, never reading the table's row */
    for (int k = 0; k < SNAP_KIND_COUNT; k++) {
        sbuf_printf(sql, "CREATE INDEX o_%s ON %s (ord", table_specs[k].name, table_specs[k].name);
        put_filtered_columns(sql, (snap_kind)k, "ord");
        sbuf_puts(sql, ");\n");
    }
    /* sort_pair: every two-key order whose first key has a run of at least
     * PAIR_MIN_RUN rows (fill_sort_pair), each row's place in it, so such a
     * page is a range, not a sort of the runs it covers; sort_pair_keys
     * names those first keys.  One integer key (pair_base + the place), not
     * (kind, a, b, pos): rows written in key order then append to the
     * table's last page instead of each searching the tree from its root
     * (at 10k the build took a tenth less time) */
    sbuf_puts(sql, "CREATE TABLE sort_pair (id INTEGER PRIMARY KEY, rid INTEGER NOT NULL);\n"
                   "CREATE TABLE sort_pair_keys (kind INTEGER NOT NULL, a INTEGER NOT NULL, PRIMARY KEY (kind, a)) "
                   "WITHOUT ROWID;\n");
    sbuf_puts(sql, filter_index_sql);
    stats_cube_sql(sql);
    value_counts_sql(sql);
    grams_sql(sql);
}

/* Whether two column values are equal as ORDER BY with BINARY collation
 * groups them (NULLs together, numbers by value, text and blobs by bytes). */
static int same_value(sqlite3_value *a, sqlite3_value *b)
{
    int ta = a ? sqlite3_value_type(a) : SQLITE_NULL, tb = b ? sqlite3_value_type(b) : SQLITE_NULL;
    if (ta != tb) return 0;
    switch (ta) {
    case SQLITE_NULL: return 1;
    case SQLITE_INTEGER: return sqlite3_value_int64(a) == sqlite3_value_int64(b);
    case SQLITE_FLOAT: return sqlite3_value_double(a) == sqlite3_value_double(b);
    default: {
        int n = sqlite3_value_bytes(a);
        return n == sqlite3_value_bytes(b) && memcmp(sqlite3_value_blob(a), sqlite3_value_blob(b), (size_t)n) == 0;
    }
    }
}

/* Writes the run [start, end) of one order into sort_pos with ins (its
 * rows' ids in rids, borrowed): each row's place, and the run's first and
 * last.  0, or -1 when an insert fails. */
static int write_run(sqlite3_stmt *ins, int kind, int key, long long start, long long end, const long long *rids)
{
    for (long long p = start; p < end; p++) {
        sqlite3_reset(ins);
        sqlite3_bind_int(ins, 1, kind);
        sqlite3_bind_int(ins, 2, key);
        sqlite3_bind_int64(ins, 3, p);
        sqlite3_bind_int64(ins, 4, rids[p - start]);
        sqlite3_bind_int64(ins, 5, start);
        sqlite3_bind_int64(ins, 6, end - 1);
        if (sqlite3_step(ins) != SQLITE_DONE) return -1;
    }
    return 0;
}

/* sort_pos (index_sql) for every one-key order: the rows in the order
 * build_order writes (one sort), each run of equal values (BINARY, as the
 * ORDER BY compares them) found by comparing neighbours, written in
 * order.  Three window functions did it in SQL at three sorts a key. */
static int fill_sort_pos(sqlite3 *db, char *err, size_t errlen)
{
    sqlite3_stmt *ins = NULL, *rd = NULL;
    sqlite3_value *run_v = NULL;
    long long *rids = NULL;
    size_t cap = 0;
    sbuf q = {0};
    int rc = -1;
    if (sqlite3_prepare_v2(db, "INSERT INTO sort_pos (kind, key, pos, rid, grp, gend) VALUES (?, ?, ?, ?, ?, ?)", -1,
                           &ins, NULL) != SQLITE_OK)
        goto failed;
    for (int k = 0; k < SNAP_KIND_COUNT; k++)
        for (const struct sort_spec *a = sort_specs[k]; a->name; a++) {
            if (sorts_earlier_column((snap_kind)k, a))
                continue;
            const char *col = sort_column(a);
            for (int desc = 0; desc < 2; desc++) {
                sbuf_reset(&q);
                sbuf_printf(&q, "SELECT rowid, %s FROM %s ORDER BY (%s IS NULL), %s%s, id", col, table_specs[k].name,
                            col, col, desc ? " DESC" : "");
                if (q.oom || sqlite3_prepare_v2(db, sbuf_str(&q), -1, &rd, NULL) != SQLITE_OK) goto failed;
                long long n = 0, start = 0;
                int step;
                while ((step = sqlite3_step(rd)) == SQLITE_ROW) {
                    sqlite3_value *v = sqlite3_column_value(rd, 1);
                    if (n == 0 || !same_value(run_v, v)) { /* a run ends: write it */
                        if (write_run(ins, k, sort_key_number((snap_kind)k, a, desc), start, n, rids) < 0)
                            goto failed;
                        start = n;
                        sqlite3_value_free(run_v);
                        if (!(run_v = sqlite3_value_dup(v))) goto failed;
                    }
                    if ((size_t)(n - start) == cap) {
                        size_t nc = cap ? cap * 2 : 256;
                        long long *nr = realloc(rids, nc * sizeof *nr);
                        if (!nr) goto failed;
                        rids = nr, cap = nc;
                    }
                    rids[n - start] = sqlite3_column_int64(rd, 0);
                    n++;
                }
                if (step != SQLITE_DONE) goto failed;
                if (write_run(ins, k, sort_key_number((snap_kind)k, a, desc), start, n, rids) < 0) /* the last run */
                    goto failed;
                sqlite3_finalize(rd);
                rd = NULL;
                sqlite3_value_free(run_v);
                run_v = NULL;
            }
        }
    rc = 0;
    goto cleanup;
failed:
    snprintf(err, errlen, "snapshot: sort positions: %s", sqlite3_errmsg(db));
cleanup:
    sqlite3_finalize(ins);
    sqlite3_finalize(rd);
    sqlite3_value_free(run_v);
    free(rids);
    sbuf_free(&q);
    return rc;
}

/* sort_pair (index_sql) for every two-key order (a, b) of a kind whose
 * first key a has a run of at least PAIR_MIN_RUN rows, b on another column
 * and not the ascending id (build_order drops that one: the tie-break).
 * Within a run of a the order is b's own order (NULLs last, ties by id, as
 * build_order writes "a, b, id"), so walking b's order in sort_pos and
 * dealing each row to the next free place of its run of a (a counting sort)
 * gives the pair's order.  Under that run length, sorting the runs a page
 * covers costs less than the rows stored (multi_key_sql). */
#define PAIR_MIN_RUN 64
#define STR_(x) #x
#define STR(x) STR_(x)
#define PAIR_MAX_KEYS 32
#define PAIR_POS_BITS 40

/* sort_pair's id of the first place of the order (a, b) of kind k; place p
 * is pair_base + p, and the order ends before pair_base + (1 << 40). */
static long long pair_base(int k, int a, int b)
{
    return (long long)(((unsigned)k * PAIR_MAX_KEYS + (unsigned)a) * PAIR_MAX_KEYS + (unsigned)b) << PAIR_POS_BITS;
}

/* One kind's one-key orders, read from sort_pos: per key number, the row
 * ids by place (rid_at) and each row's run start by row id (grp_of). */
struct kind_orders {
    long long n, max_rid;
    long long *rid_at[PAIR_MAX_KEYS];
    long long *grp_of[PAIR_MAX_KEYS];
    unsigned present; /* bit per key number sort_pos has */
};

static void kind_orders_free(struct kind_orders *ko)
{
    for (int i = 0; i < PAIR_MAX_KEYS; i++)
        free(ko->rid_at[i]), free(ko->grp_of[i]);
    memset(ko, 0, sizeof *ko);
}

/* Reads kind k's orders into ko (zeroed by the caller).  0, or -1. */
static int kind_orders_read(sqlite3 *db, int k, struct kind_orders *ko)
{
    sqlite3_stmt *st = NULL;
    int rc = -1, step;
    if (sqlite3_prepare_v2(db, "SELECT count(*), max(rid) FROM sort_pos WHERE kind = ? AND key = 0", -1, &st,
                           NULL) != SQLITE_OK)
        goto cleanup;
    sqlite3_bind_int(st, 1, k);
    if (sqlite3_step(st) != SQLITE_ROW)
        goto cleanup;
    ko->n = sqlite3_column_int64(st, 0), ko->max_rid = sqlite3_column_int64(st, 1);
    sqlite3_finalize(st);
    if (sqlite3_prepare_v2(db, "SELECT key, pos, rid, grp FROM sort_pos WHERE kind = ?", -1, &st, NULL) != SQLITE_OK)
        goto cleanup;
    sqlite3_bind_int(st, 1, k);
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        int key = sqlite3_column_int(st, 0);
        long long pos = sqlite3_column_int64(st, 1), rid = sqlite3_column_int64(st, 2);
        if (key < 0 || key >= PAIR_MAX_KEYS || pos < 0 || pos >= ko->n || rid < 0 || rid > ko->max_rid)
            goto cleanup;
        if (!(ko->present >> key & 1u)) {
            ko->rid_at[key] = calloc((size_t)ko->n, sizeof *ko->rid_at[key]);
            ko->grp_of[key] = calloc((size_t)ko->max_rid + 1, sizeof *ko->grp_of[key]);
            if (!ko->rid_at[key] || !ko->grp_of[key])
                goto cleanup;
            ko->present |= 1u << key;
        }
        ko->rid_at[key][pos] = rid;
        ko->grp_of[key][rid] = sqlite3_column_int64(st, 3);
    }
    rc = step == SQLITE_DONE ? 0 : -1;
cleanup:
    sqlite3_finalize(st);
    return rc;
}

/* Writes the order (a, b) of kind k with ins[0] (one row) and ins[1]
 * (PAIR_BATCH rows), using out and fill (ko->n places each) as scratch.
 * 0, or -1. */
#define PAIR_BATCH 128
#define PAIR_INSERT "INSERT INTO sort_pair (id, rid) VALUES (?, ?)"
static int write_pair(sqlite3_stmt *ins[2], int k, int a, int b, const struct kind_orders *ko, long long *out,
                      long long *fill)
{
    memset(fill, 0, (size_t)ko->n * sizeof *fill);
    for (long long p = 0; p < ko->n; p++) {
        long long rid = ko->rid_at[b][p], g = ko->grp_of[a][rid];
        out[g + fill[g]++] = rid;
    }
    long long base = pair_base(k, a, b), p = 0;
    for (; p + PAIR_BATCH <= ko->n; p += PAIR_BATCH) { /* PAIR_BATCH rows a statement: a step costs more than a row */
        sqlite3_reset(ins[1]);
        for (int i = 0; i < PAIR_BATCH; i++)
            sqlite3_bind_int64(ins[1], 2 * i + 1, base + p + i), sqlite3_bind_int64(ins[1], 2 * i + 2, out[p + i]);
        if (sqlite3_step(ins[1]) != SQLITE_DONE)
            return -1;
    }
    for (; p < ko->n; p++) {
        sqlite3_reset(ins[0]);
        sqlite3_bind_int64(ins[0], 1, base + p);
        sqlite3_bind_int64(ins[0], 2, out[p]);
        if (sqlite3_step(ins[0]) != SQLITE_DONE)
            return -1;
    }
    return 0;
}

static int fill_sort_pair(sqlite3 *db, char *err, size_t errlen)
{
    sqlite3_stmt *ins[2] = {NULL, NULL}, *keys = NULL;
    struct kind_orders ko = {0};
    long long *out = NULL, *fill = NULL;
    int rc = -1;
    if (exec_sql(db, "INSERT INTO sort_pair_keys SELECT kind, key FROM sort_pos GROUP BY kind, key "
                     "HAVING max(gend - grp) + 1 >= " STR(PAIR_MIN_RUN), err, errlen) < 0)
        return -1;
    sbuf batch = {0};
    sbuf_puts(&batch, PAIR_INSERT);
    for (int i = 1; i < PAIR_BATCH; i++)
        sbuf_puts(&batch, ", (?, ?)");
    if (batch.oom || sqlite3_prepare_v2(db, PAIR_INSERT, -1, &ins[0], NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, sbuf_str(&batch), -1, &ins[1], NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "SELECT a FROM sort_pair_keys WHERE kind = ? ORDER BY a", -1, &keys, NULL) != SQLITE_OK)
        goto failed;
    for (int k = 0; k < SNAP_KIND_COUNT; k++) {
        kind_orders_free(&ko);
        free(out), free(fill);
        out = fill = NULL;
        if (kind_orders_read(db, k, &ko) < 0)
            goto failed;
        if (ko.n && (!(out = malloc((size_t)ko.n * sizeof *out)) || !(fill = malloc((size_t)ko.n * sizeof *fill))))
            goto failed;
        sqlite3_reset(keys);
        sqlite3_bind_int(keys, 1, k);
        int step;
        while ((step = sqlite3_step(keys)) == SQLITE_ROW) {
            int a = sqlite3_column_int(keys, 0);
            if (a < 0 || a >= PAIR_MAX_KEYS || !(ko.present >> a & 1u))
                goto failed;
            for (int b = 1; b < PAIR_MAX_KEYS; b++) /* key 0, the ascending id, is the tie-break */
                if ((ko.present >> b & 1u) && b / 2 != a / 2 && write_pair(ins, k, a, b, &ko, out, fill) < 0)
                    goto failed;
        }
        if (step != SQLITE_DONE)
            goto failed;
    }
    rc = 0;
    goto cleanup;
failed:
    snprintf(err, errlen, "snapshot: two-key sort positions: %s", sqlite3_errmsg(db));
cleanup:
    sqlite3_finalize(ins[0]);
    sqlite3_finalize(ins[1]);
    sqlite3_finalize(keys);
    sbuf_free(&batch);
    kind_orders_free(&ko);
    free(out);
    free(fill);
    return rc;
}

#define FTS_NOTHING "q has no searchable word (or is over 500 bytes): give words, \"a phrase\" or a prefix*"
#define FTS_TOO_MANY "q has too many terms: at most 16 different terms, 4 of them prefixes (word*)"
#define FACET_MAX_VALUES 100
#define VALUE_MAX_LEN 200

/* Splits a parameter name "field[__op]" into its filter spec and operator
 * (from/to: the date field's gte/lte).  *op is -1 for an unknown operator;
 * returns NULL when the field is not a filter of k. */
static const struct filter_spec *parse_filter(snap_kind k, const char *name, int *op)
{
    char field[64];
    const char *sep = strstr(name, "__");
    size_t n = sep ? (size_t)(sep - name) : strlen(name);
    *op = OP_EQ;
    if (n >= sizeof field)
        return NULL;
    memcpy(field, name, n);
    field[n] = '\0';
    if (!sep && (strcmp(field, "from") == 0 || strcmp(field, "to") == 0)) {
        *op = field[0] == 'f' ? OP_GTE : OP_LTE;
        snprintf(field, sizeof field, "%s", k == SNAP_ARTICLES ? "published" : "date");
    }
    const struct filter_spec *f = filter_specs[k];
    for (; f->name; f++)
        if (strcmp(f->name, field) == 0)
            break;
    if (!f->name)
        return NULL;
    if (sep) {
        *op = -1;
        if (strcmp(sep + 2, "in") == 0)
            *op = OP_EQ;
        for (int o = 1; o < OP_COUNT && *op < 0; o++)
            if (strcmp(sep + 2, op_names[o]) == 0)
                *op = o;
    }
    return f;
}

int snapshot_is_filter(snap_kind k, const char *name)
{
    int op;
    return (unsigned)k < SNAP_KIND_COUNT && name && parse_filter(k, name, &op) != NULL;
}

static void set_err(snap_error *err, const char *param, const char *fmt, const char *arg)
{
    snprintf(err->param, sizeof err->param, "%s", param);
    snprintf(err->detail, sizeof err->detail, fmt, arg);
}

/* Names listed for an error message: "a, b, c". */
static void list_names(char *buf, size_t len, const char *const *names, size_t stride)
{
    size_t used = 0;
    buf[0] = '\0';
    for (const char *const *n = names; *n; n = (const char *const *)((const char *)n + stride)) {
        int w = snprintf(buf + used, len - used, "%s%s", used ? ", " : "", *n);
        if (w < 0 || (size_t)w >= len - used)
            break;
        used += (size_t)w;
    }
    if (!used)
        snprintf(buf, len, "(none)");
}

/* An ISO 8601 date of any precision: YYYY, YYYY-MM or YYYY-MM-DD. */
static int valid_date(const char *v)
{
    size_t n = strlen(v);
    if (n != 4 && n != 7 && n != 10)
        return 0;
    for (size_t i = 0; i < n; i++) {
        int dash = i == 4 || i == 7;
        if (dash ? v[i] != '-' : (v[i] < '0' || v[i] > '9'))
            return 0;
    }
    if (n >= 7) {
        int m = (v[5] - '0') * 10 + (v[6] - '0');
        if (m < 1 || m > 12)
            return 0;
    }
    if (n == 10) {
        int d = (v[8] - '0') * 10 + (v[9] - '0');
        if (d < 1 || d > 31)
            return 0;
    }
    return 1;
}

/* What one query binds, in order (borrowed strings). */
struct binds {
    const char *v[256];
    int n;
};

static int bind_add(struct binds *b, const char *v)
{
    if (b->n >= (int)(sizeof b->v / sizeof b->v[0]))
        return -1;
    b->v[b->n++] = v;
    return 0;
}

/* Copies a parameter name into err->param without cutting a UTF-8
 * sequence in half (the name may hold anything after "__"). */
static void set_err_param(snap_error *err, const char *name)
{
    size_t n = strlen(name), cap = sizeof err->param - 1;
    if (n > cap) {
        n = cap;
        while (n > 0 && ((unsigned char)name[n] & 0xC0) == 0x80)
            n--; /* name[n] would start the cut-off part: keep whole sequences */
    }
    memcpy(err->param, name, n);
    err->param[n] = '\0';
}

/* "=, __ne, __contains, __isnull": the operators a field takes. */
static void ops_text(char *buf, size_t len, enum ftype t)
{
    size_t used = 0;
    buf[0] = '\0';
    for (int o = 0; o < OP_COUNT; o++)
        if (ops_of(t) & B(o)) {
            int w = snprintf(buf + used, len - used, "%s%s%s", used ? ", " : "", o ? "__" : "=", op_names[o]);
            if (w < 0 || (size_t)w >= len - used)
                break;
            used += (size_t)w;
        }
}

/* Whether the operator takes one value only (no comma list, not repeated). */
static int single_valued(int op, enum ftype t)
{
    return op == OP_GT || op == OP_GTE || op == OP_LT || op == OP_LTE || op == OP_ISNULL;
}

/* Checks one value of a filter; canonicalises vocabulary spellings in
 * *v.  Returns 0, or 1 with err set. */
static int check_value(const struct filter_spec *spec, int op, const char *pname, const char **v, snap_error *err)
{
    char msg[320];
    if (op == OP_ISNULL) {
        if (strcmp(*v, "true") && strcmp(*v, "false") && strcmp(*v, "1") && strcmp(*v, "0")) {
            set_err_param(err, pname);
            snprintf(err->detail, sizeof err->detail, "%s must be true or false (or 1, 0)", err->param);
            return 1;
        }
        return 0;
    }
    if (op == OP_CONTAINS)
        return 0;
    if (spec->vocab) {
        const char *const *w = spec->vocab;
        for (; *w; w++)
            if (strcasecmp(*w, *v) == 0)
                break;
        if (!*w) {
            char allowed[200];
            list_names(allowed, sizeof allowed, spec->vocab, sizeof *spec->vocab);
            set_err_param(err, pname);
            /* PostgREST puts the operator in the value (body=neq.CFM): say where it goes here */
            static const char *const postgrest[] = {"eq.", "neq.", "gt.", "gte.", "lt.", "lte.", "in.", "is.", "not.", NULL};
            char hint[64] = "";
            for (const char *const *pg = postgrest; *pg; pg++)
                if (strncmp(*v, *pg, strlen(*pg)) == 0)
                    snprintf(hint, sizeof hint, "; operators go in the name (%s__ne=...)", spec->name);
            snprintf(msg, sizeof msg, "%s must be one of %s (got \"%%.60s\")%s", err->param, allowed, hint);
            snprintf(err->detail, sizeof err->detail, msg, *v);
            return 1;
        }
        *v = *w; /* canonical spelling */
    }
    if (spec->type == FT_DATE && !valid_date(*v)) {
        set_err_param(err, pname);
        snprintf(err->detail, sizeof err->detail, "%s must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD",
                 err->param);
        return 1;
    }
    if (spec->type == FT_INT) {
        size_t n = strspn(*v, "0123456789");
        if (n == 0 || n > 9 || (*v)[n]) {
            set_err_param(err, pname);
            snprintf(err->detail, sizeof err->detail, "%s must be a whole number from 0 to 999999999", err->param);
            return 1;
        }
    }
    return 0;
}

/* "(col LIKE ... OR ...)": col holds one of nv substrings, bound in turn
 * (or the one numbered param, "?1"), ignoring ASCII case as lower() folds:
 * LIKE with the value's wildcards escaped (a third of instr(lower(x),
 * lower(?)) per row). */
static void put_like_terms(sbuf *w, const char *col, int nv, const char *param)
{
    sbuf_putc(w, '(');
    for (int i = 0; i < nv; i++)
        sbuf_printf(w, "%s%s LIKE '%%' || replace(replace(replace(%s, '\\', '\\\\'), '%%', '\\%%'), '_', '\\_')"
                       " || '%%' ESCAPE '\\'", i ? " OR " : "", col, param ? param : "?");
    sbuf_putc(w, ')');
}

/* The condition a positive operator (=, __contains, comparisons) puts on
 * the value expression spec->col, with its values bound.  -1: too many
 * binds. */
static int put_predicate(sbuf *w, struct binds *b, const struct filter_spec *spec, int op, const char **vals, int nv,
                         int bounds)
{
    const char *const *cmp = op_sql;
    const char *col = spec->col;
    if (op == OP_CONTAINS || (op == OP_EQ && spec->type == FT_SUBSTR)) {
        if (spec->values)
            sbuf_printf(w, "%s IN (SELECT v FROM %s WHERE ", col, spec->values);
        put_like_terms(w, spec->values ? "v" : col, nv, NULL);
        for (int i = 0; i < nv; i++)
            if (bind_add(b, vals[i]))
                return -1;
        if (spec->values)
            sbuf_putc(w, ')');
        return 0;
    }
    if (spec->type == FT_DATE && nv == 1 && strlen(vals[0]) == 4 && strncmp(col, "t.", 2) == 0) {
        /* one year: every date has a year, so comparing at the precision
         * both have is comparing years, which is a range of the text: a
         * date of year Y sorts at or after "Y" and before "Y~" ('~' is
         * above digits and '-').  With bounds the range is in the terms of
         * the sort index on ((col IS NULL), col) and the index answers
         * alone; without, '+' keeps SQLite from using an index for it (the
         * plan walks the sort order). */
        const char *plus = bounds ? "" : "+";
        if (bounds)
            sbuf_printf(w, "(%s IS NULL) = 0 AND ", col);
        switch (op) {
        case OP_GTE: sbuf_printf(w, "%s%s >= ?", plus, col); break;
        case OP_GT: sbuf_printf(w, "%s%s > ? || '~'", plus, col); break;
        case OP_LTE: sbuf_printf(w, "%s%s <= ? || '~'", plus, col); break;
        case OP_LT: sbuf_printf(w, "%s%s < ?", plus, col); break;
        default:
            sbuf_printf(w, "%s%s >= ? AND %s%s <= ? || '~'", plus, col, plus, col);
            if (bind_add(b, vals[0]))
                return -1;
        }
        return bind_add(b, vals[0]);
    }
    if (spec->type == FT_DATE) { /* compared at the precision both dates have */
        /* one value: first the bounds that any match lies in, in the terms
         * of the sort index on ((col IS NULL), col), so that the index
         * finds the range and the exact test below reads only it.  A date
         * is at least a year, so a match of ">= v" is >= v's year, and a
         * match of "<= v" sorts at most v followed by anything ("~" is
         * above digits and '-'). */
        if (bounds && nv == 1 && strncmp(col, "t.", 2) == 0) {
            sbuf_printf(w, "(%s IS NULL) = 0", col);
            if (op != OP_LT && op != OP_LTE) {
                sbuf_printf(w, " AND %s >= substr(?, 1, 4)", col);
                if (bind_add(b, vals[0]))
                    return -1;
            }
            if (op != OP_GT && op != OP_GTE) {
                sbuf_printf(w, " AND %s <= ? || '~'", col);
                if (bind_add(b, vals[0]))
                    return -1;
            }
            sbuf_puts(w, " AND ");
        }
        sbuf_printf(w, "(%s IS NOT NULL AND (", col);
        for (int i = 0; i < nv; i++) {
            sbuf_printf(w, "%ssubstr(%s, 1, length(?)) %s substr(?, 1, length(%s))", i ? " OR " : "", col,
                        cmp[op], col);
            if (bind_add(b, vals[i]) || bind_add(b, vals[i]))
                return -1;
        }
        sbuf_puts(w, "))");
        return 0;
    }
    if (spec->type == FT_INT && op != OP_EQ) {
        sbuf_printf(w, "%s%s %s CAST(? AS INTEGER)", !bounds && strncmp(col, "t.", 2) == 0 ? "+" : "", col, cmp[op]);
        return bind_add(b, vals[0]);
    }
    if (spec->type == FT_CUSTOM) { /* each %s hole gets the value list; walking, '+' as in put_condition */
        if (!bounds)
            sbuf_putc(w, '+');
        for (const char *p = col; *p;) {
            const char *hole = strstr(p, "%s");
            if (!hole) {
                sbuf_puts(w, p);
                break;
            }
            sbuf_append(w, p, (size_t)(hole - p));
            for (int i = 0; i < nv; i++) {
                sbuf_puts(w, i ? ", ?" : "?");
                if (bind_add(b, vals[i]))
                    return -1;
            }
            p = hole + 2;
        }
        return 0;
    }
    /* walking (no bounds), an item's own column gets '+' too: the sort order
     * is walked and each row tested, not the value's index read and sorted */
    const char *walk = !bounds && strncmp(col, "t.", 2) == 0 ? "+" : "";
    sbuf_printf(w, "%s%s%s IN (", walk, col, spec->type == FT_TEXT ? " COLLATE NOCASE" : "");
    for (int i = 0; i < nv; i++) {
        sbuf_puts(w, i ? ", " : "");
        sbuf_puts(w, spec->type == FT_INT ? "CAST(? AS INTEGER)" : "?");
        if (bind_add(b, vals[i]))
            return -1;
    }
    sbuf_putc(w, ')');
    return 0;
}

/* One filter condition (" AND ..."): the field's operator over its values. */
static int put_condition(sbuf *w, struct binds *b, const struct filter_spec *spec, int op, const char **vals, int nv,
                         int bounds)
{
    sbuf_puts(w, " AND ");
    if (op == OP_ISNULL) {
        int want_null = strcmp(vals[0], "true") == 0 || strcmp(vals[0], "1") == 0;
        if (spec->set)
            sbuf_printf(w, "%sEXISTS (SELECT 1 %s AND %s IS NOT NULL)", want_null ? "NOT " : "", spec->set, spec->col);
        else
            sbuf_printf(w, "%s IS %sNULL", spec->col, want_null ? "" : "NOT ");
        return 0;
    }
    int neg = op == OP_NE;
    if (neg)
        op = OP_EQ; /* __ne: the negation of field= */
    /* rowid (or psid) is never NULL: NOT IN is the negation.  Without
     * bounds (the plan that walks the sort order) '+' keeps SQLite from
     * reading the set's rows by index and sorting them instead of testing
     * each row it walks */
    if (spec->set)
        sbuf_printf(w, "%s%s %sIN (%s AND ", bounds ? "" : "+", spec->key ? spec->key : "t.rowid", neg ? "NOT " : "",
                    spec->rows);
    else if (neg)
        sbuf_puts(w, "NOT coalesce((");
    else
        sbuf_putc(w, '(');
    if (put_predicate(w, b, spec, op, vals, nv, bounds) < 0)
        return -1;
    sbuf_puts(w, spec->set ? ")" : neg ? "), 0)" : ")");
    return 0;
}

/* The WHERE conditions of the filters (" AND ..."), values checked against
 * the spec; the values are copies in `store` (freed by the caller).
 * Conditions on different fields or operators are ANDed.  Returns 0, 1
 * with err set, or -1 when out of memory. */
static int build_where(snap_kind k, const snap_param *fs, size_t nf, sbuf *where, struct binds *b,
                       char ***store, size_t *nstore, int bounds, snap_error *err)
{
    /* every name must be a known field with an operator its type takes */
    for (size_t i = 0; i < nf; i++) {
        int op;
        const struct filter_spec *spec = parse_filter(k, fs[i].name, &op);
        if (!spec) {
            set_err_param(err, fs[i].name);
            snprintf(err->detail, sizeof err->detail, "%s is not a filter here (see /openapi.json)", err->param);
            return 1;
        }
        if (op < 0 || !(ops_of(spec->type) & B(op))) {
            char ops[160];
            ops_text(ops, sizeof ops, spec->type);
            set_err_param(err, fs[i].name);
            snprintf(err->detail, sizeof err->detail, "%s takes %s (not \"%s\")", spec->name, ops, err->param);
            return 1;
        }
    }
    for (const struct filter_spec *spec = filter_specs[k]; spec->name; spec++)
        for (int op = 0; op < OP_COUNT; op++) {
            const char *vals[SNAP_FILTER_MAX_VALUES];
            int nv = 0, seen = 0;
            for (size_t i = 0; i < nf; i++) {
                int pop;
                if (parse_filter(k, fs[i].name, &pop) != spec || pop != op)
                    continue;
                const char *pname = fs[i].name;
                int single = single_valued(op, spec->type);
                if (single && seen++) {
                    set_err_param(err, pname);
                    snprintf(err->detail, sizeof err->detail, "%s may be given once", err->param);
                    return 1;
                }
                for (const char *p = fs[i].value ? fs[i].value : "";;) {
                    const char *comma = single ? NULL : strchr(p, ',');
                    size_t len = comma ? (size_t)(comma - p) : strlen(p);
                    int repeated = 0; /* the same alternative twice selects nothing more: it counts once */
                    for (int q = 0; q < nv && !repeated && len; q++)
                        repeated = strlen(vals[q]) == len && strncasecmp(vals[q], p, len) == 0;
                    if (repeated) {
                        if (!comma)
                            break;
                        p = comma + 1;
                        continue;
                    }
                    if (len == 0 || len > VALUE_MAX_LEN || nv >= SNAP_FILTER_MAX_VALUES) {
                        set_err_param(err, pname);
                        snprintf(err->detail, sizeof err->detail,
                                 len ? "%s has too many or too long values" : "%s has an empty value", err->param);
                        return 1;
                    }
                    char **ns = realloc(*store, (*nstore + 1) * sizeof **store);
                    if (!ns)
                        return -1;
                    *store = ns;
                    char *copy = strndup(p, len);
                    if (!copy)
                        return -1;
                    ns[(*nstore)++] = copy;
                    vals[nv] = copy;
                    if (check_value(spec, op, pname, &vals[nv], err))
                        return 1;
                    nv++;
                    if (!comma)
                        break;
                    p = comma + 1;
                }
            }
            if (nv && put_condition(where, b, spec, op, vals, nv, bounds) < 0) {
                set_err(err, "filters", "%s", "too many filter values");
                return 1;
            }
        }
    return 0;
}

/* The order a sort spec asks for, as build_order reads it. */
struct order {
    int first_key; /* sort_pos's number of the first key, -1 for none or rank */
    int second_key; /* the same for the second key */
    const char *first_expr; /* the first key's column expression ("t.status"), NULL for rank */
    int nkeys;     /* keys written (a key after id decides nothing and is left out) */
    sbuf rest;     /* the ORDER BY terms after the first key, ending "t.id" */
};

/* Whether the filters fs pin sort key s of kind k to one value: one entry
 * names its field, without an operator, with one value (no comma), and the
 * field is a column of the item with a closed vocabulary (a value is checked
 * against it and compared as the vocabulary writes it), so every match holds
 * that value and the key decides nothing among them:
 * "documents?type=statement&sort=-status,type" is the order "-status". */
static int pinned_key(snap_kind k, const struct sort_spec *s, const snap_param *fs, size_t nf)
{
    int n = 0;
    for (size_t i = 0; i < nf; i++) {
        int op;
        const struct filter_spec *f = parse_filter(k, fs[i].name, &op);
        if (!f || strcmp(f->name, s->name) != 0)
            continue;
        if (op != OP_EQ || f->type != FT_VOCAB || f->set || strcmp(f->col, s->expr) != 0 || !fs[i].value ||
            strchr(fs[i].value, ','))
            return 0;
        n++;
    }
    return n == 1;
}

/* ORDER BY for a sort spec like "-date,name"; NULLs last either way, ties
 * broken by id.  id is unique: the keys after it are checked but decide
 * nothing, and an ascending id after other keys is the tie-break itself,
 * so "-date,id" is the one-key order "-date".  A key the filters fs pin to
 * one value (pinned_key) is left out, unless it is the last key and none
 * was written: the order of the rest is the same among the matches, and
 * may be one that sort_pos or sort_pair keeps.  Returns 0, or 1 with err
 * set. */
static int build_order(snap_kind k, const char *sort, const snap_param *fs, size_t nf, int have_q, sbuf *order,
                       struct order *o, snap_error *err)
{
    o->first_key = o->second_key = -1;
    o->first_expr = NULL;
    o->nkeys = 0;
    int unique = 0; /* id has been written (or is the tie-break already) */
    sbuf_puts(order, " ORDER BY ");
    if (!sort) {
        if (have_q)
            sbuf_printf(order, "csto_rank(%s_fts, %d), ", table_specs[k].name, (int)k);
        sbuf_puts(order, "t.ord");
        return 0;
    }
    if (!*sort) {
        set_err(err, "sort", "%s", "sort is empty");
        return 1;
    }
    const char *seen[SNAP_SORT_MAX_KEYS];
    int nseen = 0;
    for (const char *p = sort;;) {
        const char *comma = strchr(p, ',');
        size_t len = comma ? (size_t)(comma - p) : strlen(p);
        int desc = len && *p == '-';
        if (desc)
            p++, len--;
        int repeated = 0;
        for (int i = 0; i < nseen && !repeated; i++)
            repeated = strlen(seen[i]) == len && strncmp(seen[i], p, len) == 0;
        if (repeated) { /* a key already sorted on decides nothing more */
            if (!comma)
                break;
            p = comma + 1;
            continue;
        }
        const struct sort_spec *s = sort_specs[k];
        for (; s->name; s++)
            if (strlen(s->name) == len && strncmp(s->name, p, len) == 0)
                break;
        if (!s->name && !(have_q && len == 4 && strncmp(p, "rank", 4) == 0)) {
            char allowed[200], msg[256];
            list_names(allowed, sizeof allowed, &sort_specs[k]->name, sizeof *sort_specs[k]);
            snprintf(msg, sizeof msg, "sort must name one of %s (a leading '-' sorts descending; "
                                      "rank needs q), not \"%%s\"", allowed);
            char got[64];
            snprintf(got, sizeof got, "%.*s", (int)(len > 60 ? 60 : len), p);
            set_err(err, "sort", msg, got);
            return 1;
        }
        if (nseen == SNAP_SORT_MAX_KEYS) {
            char msg[96];
            snprintf(msg, sizeof msg, "sort may name at most %d different keys", SNAP_SORT_MAX_KEYS);
            set_err(err, "sort", "%s", msg);
            return 1;
        }
        seen[nseen++] = s->name ? s->name : "rank";
        int is_id = s->name && strcmp(s->name, "id") == 0;
        int pinned = s->name && (comma || o->nkeys > 0) && pinned_key(k, s, fs, nf);
        if (!unique && !pinned && !(is_id && !desc && o->nkeys > 0)) {
            sbuf *to = o->nkeys ? &o->rest : order;
            if (s->name) /* NULLs last either way */
                sbuf_printf(to, "(%s IS NULL), %s%s, ", s->expr, s->expr, desc ? " DESC" : "");
            else /* a score, never NULL */
                sbuf_printf(to, "csto_rank(%s_fts, %d)%s, ", table_specs[k].name, (int)k, desc ? " DESC" : "");
            int number = s->name ? sort_key_number(k, s, desc) : -1;
            if (o->nkeys == 0) {
                o->first_key = number;
                o->first_expr = s->name ? s->expr : NULL;
            } else if (o->nkeys == 1) {
                o->second_key = number;
            }
            o->nkeys++;
        }
        unique |= is_id;
        if (!comma)
            break;
        p = comma + 1;
    }
    sbuf_puts(&o->rest, "t.id");
    sbuf_puts(order, sbuf_str(&o->rest));
    return order->oom || o->rest.oom ? -1 : 0;
}

static int bind_all(sqlite3_stmt *st, const struct binds *b, int first)
{
    for (int i = 0; i < b->n; i++)
        if (sqlite3_bind_text(st, first + i, b->v[i], -1, SQLITE_STATIC) != SQLITE_OK)
            return -1;
    return 0;
}

/* Appends a column value as JSON (string, number or null). */
static void put_json_value(sbuf *out, sqlite3_stmt *st, int col)
{
    switch (sqlite3_column_type(st, col)) {
    case SQLITE_NULL: sbuf_puts(out, "null"); break;
    case SQLITE_INTEGER: sbuf_put_int(out, sqlite3_column_int64(st, col), 0); break;
    case SQLITE_FLOAT: sbuf_printf(out, "%.17g", sqlite3_column_double(st, col)); break;
    default:
        sbuf_putc(out, '"');
        sbuf_json_escape(out, (const char *)sqlite3_column_text(st, col),
                         (size_t)sqlite3_column_bytes(st, col));
        sbuf_putc(out, '"');
    }
}

static void put_json_str(sbuf *out, const char *s)
{
    sbuf_putc(out, '"');
    sbuf_json_escape(out, s, strlen(s));
    sbuf_putc(out, '"');
}

void snap_result_free(snap_result *r)
{
    for (size_t i = 0; i < r->ndocs; i++)
        free(r->docs[i]);
    free(r->docs);
    free(r->rowids);
    sbuf_free(&r->facets);
    memset(r, 0, sizeof *r);
}

/* Shared by list queries, facets and stats: FROM/WHERE and its binds. */
#define PLAN_NO_FILTER " WHERE 1" /* a plan's where before any condition: nothing filters */

struct plan {
    sbuf from;  /* " FROM kind t[, kind_fts f]" */
    sbuf where; /* " WHERE 1 AND ..." */
    struct binds b;
    char **store;
    size_t nstore;
    sbuf fts;
};

static void plan_free(struct plan *p)
{
    sbuf_free(&p->from);
    sbuf_free(&p->where);
    sbuf_free(&p->fts);
    for (size_t i = 0; i < p->nstore; i++)
        free(p->store[i]);
    free(p->store);
}

static int plan_build(struct plan *p, snap_kind k, const snap_param *fs, size_t nf, const char *q, int bounds,
                      snap_error *err)
{
    const char *t = table_specs[k].name;
    sbuf_printf(&p->from, " FROM %s t", t);
    sbuf_puts(&p->where, PLAN_NO_FILTER);
    if (q) {
        int frc = snapshot_fts_query(q, &p->fts);
        if (frc < 0) {
            set_err(err, "q", "%s", frc == -2 ? FTS_TOO_MANY : FTS_NOTHING);
            return 1;
        }
        sbuf_printf(&p->from, " JOIN %s_fts f ON f.rowid = t.rowid", t);
        sbuf_printf(&p->where, " AND %s_fts MATCH ?", t);
        bind_add(&p->b, sbuf_str(&p->fts));
    }
    int rc = build_where(k, fs, nf, &p->where, &p->b, &p->store, &p->nstore, bounds, err);
    if (rc == 0 && (p->from.oom || p->where.oom))
        rc = -1;
    return rc;
}

/* The reader's prepared statement for sql: the one it keeps (reset, no
 * values bound) or a new one, which takes the place of the least recently
 * used.  The statement stays the reader's: give it back with stmt_done,
 * never finalize it.  NULL when sql does not prepare. */
static sqlite3_stmt *reader_prepare(struct reader *r, const char *sql)
{
    unsigned long long h = fnv1a_str(FNV1A_BASIS, sql);
    for (int i = 0; i < STMT_CACHE; i++)
        if (r->stmts[i].hash == h && r->stmts[i].st && strcmp(sqlite3_sql(r->stmts[i].st), sql) == 0) {
            r->stmts[i].used = ++r->clock;
            return r->stmts[i].st;
        }
    int lru = 0; /* not kept: it takes the place of the least recently used (or an empty one) */
    for (int i = 0; i < STMT_CACHE && r->stmts[lru].st; i++)
        if (!r->stmts[i].st || r->stmts[i].used < r->stmts[lru].used)
            lru = i;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v3(r->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK) {
        sqlite3_finalize(st);
        return NULL;
    }
    sqlite3_finalize(r->stmts[lru].st);
    r->stmts[lru].st = st;
    r->stmts[lru].hash = h;
    r->stmts[lru].used = ++r->clock;
    return st;
}

/* Gives back a statement of reader_prepare: reset, its borrowed values
 * unbound.  NULL is ignored. */
static void stmt_done(sqlite3_stmt *st)
{
    if (!st)
        return;
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
}

/* The reader's statement for sql with the plan's values bound, then the
 * numbers nums[0..nnum) (the offsets a page starts at: bound, not written
 * into the text, so every page of a list is one statement; a LIMIT stays
 * written, as SQLite plans with it).  Give it back with stmt_done. */
static sqlite3_stmt *plan_prepare(struct reader *r, const sbuf *sql, const struct binds *b, const long long *nums,
                                  int nnum)
{
    sqlite3_stmt *st = sql->oom ? NULL : reader_prepare(r, sbuf_str(sql));
    if (!st)
        return NULL;
    int bad = bind_all(st, b, 1) < 0;
    for (int i = 0; !bad && i < nnum; i++)
        bad = sqlite3_bind_int64(st, b->n + 1 + i, nums[i]) != SQLITE_OK;
    if (bad) {
        stmt_done(st);
        return NULL;
    }
    return st;
}

/* "col = ? OR col = ? ..." for nv values of the counted filter f, compared
 * as the filter compares (text ignoring ASCII case, a count as a number);
 * for a count's comparison op, "col > ?" and the like. */
static void put_value_terms(sbuf *sql, const char *col, const struct filter_spec *f, int op, int nv)
{
    for (int i = 0; i < nv; i++) {
        if (f->type == FT_INT)
            sbuf_printf(sql, "%s%s %s CAST(? AS INTEGER)", i ? " OR " : "", col, op == OP_NE ? "=" : op_sql[op]);
        else
            sbuf_printf(sql, "%s%s = ?%s", i ? " OR " : "", col, f->type == FT_VOCAB ? "" : " COLLATE NOCASE");
    }
}

/* The set column ("t.psid") that every filter of q tests, when each is a
 * condition on one (VALUE_SETS: a set filter's "key IN (...)", member's
 * custom condition) and there is no q=; else NULL.  Such a list's total
 * and its facets over the same sets are sums over the sets' sizes
 * (item_col_sizes), read with the same WHERE: the sizes table is aliased
 * t and has the column. */
static const char *set_sizes_of(snap_kind k, const snap_query *q)
{
    const char *key = NULL;
    if (q->q || q->nfilters == 0)
        return NULL;
    for (size_t i = 0; i < q->nfilters; i++) {
        int op;
        const struct filter_spec *f = parse_filter(k, q->filters[i].name, &op);
        if (!f || op == OP_ISNULL || !f->key || !(f->set || f->type == FT_CUSTOM) || (key && strcmp(key, f->key) != 0))
            return NULL;
        key = f->key;
    }
    return key;
}

/* The total of a list whose one filter is a counted equality (or its
 * __ne), from value_counts: the items of the values it names, or all items
 * but those.  A multi-valued field (an item can have several values) is
 * read only when the values name one group: items with two of them would
 * count twice.  1 with *total, 0 when the filter is not one of these, -1. */
/* The one filter of q and its operator, when q names one filter and no
 * q=; else NULL. */
static const struct filter_spec *sole_filter(snap_kind k, const snap_query *q, int *op)
{
    return q->q || q->nfilters != 1 ? NULL : parse_filter(k, q->filters[0].name, op);
}

static int counted_total(struct reader *r, snap_kind k, const snap_query *q, const struct plan *p, size_t all,
                         size_t *total, const struct filter_spec **counted, int *counted_op)
{
    int op;
    const struct filter_spec *f = sole_filter(k, q, &op);
    if (!f || !counted_filter(f) || (op != OP_EQ && op != OP_NE && f->type != FT_INT) || op == OP_ISNULL ||
        p->b.n < 1)
        return 0;
    sbuf sql = {0};
    sqlite3_stmt *st = NULL;
    int rc = -1;
    sbuf_printf(&sql, "SELECT count(*), coalesce(sum(n), 0) FROM value_counts WHERE kind = %d AND filter = '%s' AND (",
                (int)k, f->name);
    put_value_terms(&sql, "v", f, op, p->b.n);
    sbuf_putc(&sql, ')');
    if (!(st = plan_prepare(r, &sql, &p->b, NULL, 0)) || sqlite3_step(st) != SQLITE_ROW)
        goto cleanup;
    long long groups = sqlite3_column_int64(st, 0), n = sqlite3_column_int64(st, 1);
    rc = 0;
    if ((f->set || f->pairs) && groups > 1)
        goto cleanup;
    *total = op == OP_NE ? all - (size_t)n : (size_t)n;
    *counted = f;
    *counted_op = op;
    rc = 1;
cleanup:
    stmt_done(st);
    sbuf_free(&sql);
    return rc;
}

/* The page of a list whose one filter f is one value (counted_total read
 * its total): a range of value_rows in the model's order, the value bound
 * first and the offset after it, so the rows skipped are index entries,
 * not items walked or sorted. */
static void value_rows_page_sql(sbuf *sql, snap_kind k, const struct filter_spec *f, long limit)
{
    sbuf_printf(sql, "SELECT rid FROM value_rows WHERE kind = %d AND filter = '%s' AND v = ", (int)k, f->name);
    put_value_rows_key(sql, f, "?");
    sbuf_printf(sql, " ORDER BY ord LIMIT %ld OFFSET ?", limit);
}

/* The one filter of q when it is a substring of values value_rows keeps
 * the rows of (title=, title__contains=), else NULL. */
static const struct filter_spec *substr_rows_filter(snap_kind k, const snap_query *q)
{
    int op;
    const struct filter_spec *f = sole_filter(k, q, &op);
    return f && f->type == FT_SUBSTR && rows_kept(f) && (op == OP_EQ || op == OP_CONTAINS) ? f : NULL;
}

/* The page of a list whose one filter f is nv substrings of its values
 * (substr_rows_filter): the rows of every value that holds one, each item
 * once, in the model's order; the substrings bound first (as the plan
 * binds them), then the offset.  The rows read are the matches' index
 * entries, not every item's. */
static void substr_rows_page_sql(sbuf *sql, snap_kind k, const struct filter_spec *f, int nv, long limit)
{
    sbuf_printf(sql, "SELECT DISTINCT rid, ord FROM value_rows WHERE kind = %d AND filter = '%s' AND v IN (SELECT v "
                     "FROM %s WHERE ", (int)k, f->name, f->values);
    put_like_terms(sql, "v", nv, NULL);
    sbuf_printf(sql, ") ORDER BY ord LIMIT %ld OFFSET ?", limit);
}

/* At most this many of a value's pairs of bytes are weighed for the
 * rarest (any pair the value holds is one each match holds). */
#define GRAMS_WEIGHED 8

/* The one filter of q when it is one substring v (as the plan binds it),
 * of two bytes or more, of a column with grams (name=, name__contains=),
 * else NULL. */
static const struct filter_spec *gram_filter(snap_kind k, const snap_query *q, const char *v)
{
    int op;
    const struct filter_spec *f = sole_filter(k, q, &op);
    return f && f->grams && (op == OP_EQ || op == OP_CONTAINS) && strlen(v) >= 2 ? f : NULL;
}

/* " FROM PREFIX_grams g JOIN kind t ... WHERE g.g = <the rarest pair of
 * the value ?1> AND <its LIKE>": the items that hold the substring among
 * those that hold its rarest pair of bytes (of its first GRAMS_WEIGHED, by
 * PREFIX_gram_counts; a pair no item holds selects none), in the model's
 * order.  Bound: the value. */
static void gram_from_sql(sbuf *sql, snap_kind k, const struct filter_spec *f, size_t len)
{
    sbuf_printf(sql, " FROM %s_grams g JOIN %s t ON t.rowid = g.rid WHERE g.g = (SELECT g FROM %s_gram_counts WHERE g "
                     "IN (", f->grams, table_specs[k].name, f->grams);
    for (size_t j = 0; j + 1 < len && j < GRAMS_WEIGHED; j++)
        sbuf_printf(sql, "%scsto_gram(?1, %zu)", j ? ", " : "", j);
    sbuf_puts(sql, ") ORDER BY n LIMIT 1) AND ");
    put_like_terms(sql, f->col, 1, "?1");
}

/* The total of a list whose one filter is a substring with grams
 * (gram_filter): of two bytes, how many items hold the pair, as kept;
 * longer, the items of its rarest pair that hold it, counted. */
static void gram_total_sql(sbuf *sql, snap_kind k, const struct filter_spec *f, size_t len)
{
    if (len == 2) {
        sbuf_printf(sql, "SELECT coalesce((SELECT n FROM %s_gram_counts WHERE g = csto_gram(?1, 0)), 0)", f->grams);
        return;
    }
    sbuf_puts(sql, "SELECT count(*)");
    gram_from_sql(sql, k, f, len);
}

/* Its page: the same rows in the model's order, from where it starts. */
static void gram_page_sql(sbuf *sql, snap_kind k, const struct filter_spec *f, size_t len, long limit)
{
    sbuf_puts(sql, "SELECT g.rid");
    gram_from_sql(sql, k, f, len);
    sbuf_printf(sql, " ORDER BY g.ord LIMIT %ld OFFSET ?", limit);
}

/* The facet g of a list whose one filter f (= or __ne) counted_total
 * read, from pair_counts: per facet value, the items with the values the
 * request names; for __ne, the facet's counts over all items less those.
 * The plan's nv values are bound, once, in their order. */
static void counted_facet_sql(snap_kind k, const struct filter_spec *f, int op, const struct facet_spec *g, int nv,
                              sbuf *sql)
{
    if (op == OP_NE)
        sbuf_printf(sql, "SELECT v, n FROM (SELECT c.v AS v, c.n - coalesce((SELECT sum(p.n) FROM pair_counts p "
                         "WHERE p.kind = %d AND p.filter = '%s' AND p.facet = '%s' AND p.v IS c.v AND (",
                    (int)k, f->name, g->name);
    else
        sbuf_printf(sql, "SELECT v, n FROM (SELECT p.v AS v, sum(p.n) AS n FROM pair_counts p "
                         "WHERE p.kind = %d AND p.filter = '%s' AND p.facet = '%s' AND (",
                    (int)k, f->name, g->name);
    put_value_terms(sql, "p.fv", f, op, nv);
    if (op == OP_NE)
        sbuf_printf(sql, ")), 0) AS n FROM facet_counts c WHERE c.kind = %d AND c.facet = '%s')", (int)k, g->name);
    else
        sbuf_puts(sql, ") GROUP BY p.v)");
    sbuf_printf(sql, " WHERE n > 0 ORDER BY n DESC, (v IS NULL), v LIMIT %d", FACET_MAX_VALUES);
}

/* The conditions on stats_cube (" AND ...", values bound) that keep the
 * items of kind k that the filters keep, or 0 when the cube cannot say:
 * every filter is one date (=, gt, gte, lt, lte or from/to; a cube kind has
 * one date filter, on its cube date), to the month or coarser, each
 * operator once.  Dates compare at
 * the precision both have (put_predicate), so with years only the periods
 * of plen 4 decide; with a month, those of plen 7 for items dated to the
 * month or day, and plen 0 (dated by a year alone) compared at the year. */
static int stats_cube_where(snap_kind k, const snap_param *fs, size_t nf, int plen, sbuf *w, struct binds *b);

static int cube_where(snap_kind k, const snap_param *fs, size_t nf, sbuf *w, struct binds *b)
{
    size_t longest = 0;
    if (!cube_kind_of(k) || !nf)
        return 0;
    for (size_t i = 0; i < nf; i++)
        if (fs[i].value && strlen(fs[i].value) > longest)
            longest = strlen(fs[i].value);
    int plen = longest <= 4 ? 4 : 7; /* stats_cube_where refuses what is finer, or not one date */
    sbuf_puts(w, plen == 4 ? " AND plen = 4" : " AND ((plen = 7");
    if (!stats_cube_where(k, fs, nf, plen, w, b))
        return 0;
    if (plen == 7) {
        sbuf_puts(w, ") OR (plen = 0");
        for (size_t i = 0; i < nf; i++) {
            int op;
            parse_filter(k, fs[i].name, &op);
            sbuf_printf(w, " AND period %s substr(?, 1, 4)", op_sql[op]);
            if (bind_add(b, fs[i].value))
                return 0;
        }
        sbuf_puts(w, "))");
    }
    return !w->oom;
}

/* The SELECT of the row ids at places [from, from + limit) of one-key order
 * `key` of kind k (sort_pos; limit -1: to the end): read from where the
 * page starts, however deep.  The kind, the key and `from` are bound, in
 * that order: nums[0..*nnum) (so every order's pages are one statement a
 * page length, not one each; a reader keeps STMT_CACHE). */
static void sort_pos_page_sql(sbuf *sql, snap_kind k, int key, long long from, long limit, long long nums[4],
                              int *nnum)
{
    sbuf_printf(sql, "SELECT rid FROM sort_pos WHERE kind = ? AND key = ? AND pos >= ? ORDER BY pos LIMIT %ld", limit);
    nums[0] = k, nums[1] = key, nums[2] = from, *nnum = 3;
}

/* The same for the two-key order o of kind k when sort_pair has it
 * (pair_first): the ids of the page's first place and of the order's end
 * bound. */
static void sort_pair_page_sql(sbuf *sql, snap_kind k, const struct order *o, long long from, long limit,
                               long long nums[4], int *nnum)
{
    sbuf_printf(sql, "SELECT rid FROM sort_pair WHERE id >= ? AND id < ? ORDER BY id LIMIT %ld", limit);
    long long base = pair_base(k, o->first_key, o->second_key);
    nums[0] = base + from, nums[1] = base + (1LL << PAIR_POS_BITS), *nnum = 2;
}

/* The page [offset, offset + limit) of an unfiltered list sorted on more
 * than one key, without sorting every row before it.  sort_pos gives the
 * runs of equal first keys that the page covers (grp..gend around its first
 * and last place).  Two ways to read them:
 *  - sort the runs' rows on the other keys (about 4 units a row: a sorter);
 *  - when the page lies in one run and there are two keys, walk the second
 *    key's own order and keep the run's rows (a unit a row walked: about
 *    (skip + limit) * count / run rows), and when the run is every row, the
 *    second key's order is the answer, read from where the page starts.
 * Writes the SELECT of row ids into sql and the numbers it takes, in
 * order, into nums[0..*nnum) (at most 3); -1 on error. */
static int multi_key_sql(struct reader *r, snap_kind k, const struct order *o, long offset, long limit, size_t count,
                         sbuf *sql, long long nums[4], int *nnum)
{
    const char *t = table_specs[k].name;
    long last = limit < 0 || (size_t)offset + (size_t)limit > count ? (long)count - 1 : offset + limit - 1;
    *nnum = 0;
    if (limit == 0 || (size_t)offset >= count) { /* an empty page */
        sbuf_printf(sql, "SELECT rowid FROM %s WHERE 0", t);
        return sql->oom ? -1 : 0;
    }
    int rc = -1;
    sqlite3_stmt *st = reader_prepare(r, "SELECT a.grp, a.gend, a.rid, b.grp, b.gend FROM sort_pos a, sort_pos b "
                                         "WHERE a.kind = ?1 AND a.key = ?2 AND a.pos = ?3 AND b.kind = ?1 AND "
                                         "b.key = ?2 AND b.pos = ?4");
    if (!st)
        goto cleanup;
    sqlite3_bind_int(st, 1, (int)k);
    sqlite3_bind_int(st, 2, o->first_key);
    sqlite3_bind_int64(st, 3, offset);
    sqlite3_bind_int64(st, 4, last);
    if (sqlite3_step(st) != SQLITE_ROW)
        goto cleanup;
    long long lo = sqlite3_column_int64(st, 0), first_end = sqlite3_column_int64(st, 1);
    long long first_row = sqlite3_column_int64(st, 2), hi = sqlite3_column_int64(st, 4);
    long long run = hi - lo + 1, skip = offset - lo, take = last - offset + 1;
    int walk = o->nkeys == 2 && o->second_key >= 0 && first_end == hi &&
               (double)(skip + take) * (double)count / (double)run < 4.0 * (double)run;
    if (walk && (size_t)run == count) { /* one run of every row: the second key's order alone */
        sort_pos_page_sql(sql, k, o->second_key, skip, limit, nums, nnum);
    } else if (walk) {
        sbuf_printf(sql, "SELECT s.rid FROM sort_pos s JOIN %s t ON t.rowid = s.rid WHERE s.kind = %d AND s.key = %d "
                         "AND %s IS (SELECT %s FROM %s t WHERE t.rowid = ?) ORDER BY s.pos LIMIT %ld OFFSET ?",
                    t, (int)k, o->second_key, o->first_expr, o->first_expr, t, limit);
        nums[(*nnum)++] = first_row;
        nums[(*nnum)++] = skip;
    } else {
        sbuf_printf(sql, "SELECT s.rid FROM sort_pos s JOIN %s t ON t.rowid = s.rid WHERE s.kind = %d AND s.key = %d "
                         "AND s.pos BETWEEN ? AND ? ORDER BY s.grp, %s LIMIT %ld OFFSET ?",
                    t, (int)k, o->first_key, sbuf_str(&o->rest), limit);
        nums[(*nnum)++] = lo;
        nums[(*nnum)++] = hi;
        nums[(*nnum)++] = skip;
    }
    rc = sql->oom ? -1 : 0;
cleanup:
    stmt_done(st);
    return rc;
}

int snapshot_query(snapshot *s, const snap_query *q, snap_result *res, snap_error *err)
{
    memset(res, 0, sizeof *res);
    if ((unsigned)q->kind >= SNAP_KIND_COUNT || q->offset < 0)
        return -1;
    snap_kind k = q->kind;
    struct plan p = {0}, pw = {0};
    sbuf sql = {0}, order = {0};
    sqlite3_stmt *st = NULL;
    struct order o = {0};
    sbuf cube = {0}; /* cube_where's conditions and their values */
    struct binds cb = {0};
    int rc = plan_build(&p, k, q->filters, q->nfilters, q->q, 1, err);
    if (rc == 0)
        rc = build_order(k, q->sort, q->filters, q->nfilters, q->q != NULL, &order, &o, err);
    int one_key = o.nkeys == 1 ? o.first_key : -1; /* sort_pos's number of a sort on one key */
    for (size_t i = 0; rc == 0 && i < q->nfacets; i++) {
        const struct facet_spec *f = facet_specs[k];
        while (f->name && strcmp(f->name, q->facets[i]) != 0)
            f++;
        if (!f->name) {
            char allowed[200], msg[256];
            list_names(allowed, sizeof allowed, &facet_specs[k]->name, sizeof *facet_specs[k]);
            snprintf(msg, sizeof msg, "facet must be one of %s for %s (got \"%%s\")", allowed,
                     table_specs[k].name);
            set_err(err, "facet", msg, q->facets[i]);
            rc = 1;
        }
    }
    if (rc != 0) {
        plan_free(&p);
        sbuf_free(&order);
        sbuf_free(&o.rest);
        return rc;
    }

    int idx = reader_take(s);
    struct reader *r = &s->readers[idx];
    rc = -1;
    /* total: with nothing filtering, the count the snapshot keeps (a
     * count(*) would walk every row of the table on every request) */
    int filtered = strcmp(sbuf_str(&p.where), PLAN_NO_FILTER) != 0;
    /* q= and nothing else: the full-text index answers alone, no row is read (rowid order is id
     * order, load_kind: ties of rank break on it) */
    int q_only = q->q && q->nfilters == 0;
    /* ... and in rank order: a slice of the query's ranked list (ranked_page) */
    int q_ranked = q_only && !q->sort && (s->id_ordered[k] || s->row_ord[k]);
    ranked_hit *ranked = NULL;
    size_t nranked = 0;
    const struct filter_spec *counted_f = NULL; /* the one filter whose counts are read */
    const struct filter_spec *substr_f = NULL;  /* the one substring filter whose values' rows are read */
    /* ... or whose grams are */
    const struct filter_spec *gram_f = filtered && p.b.n == 1 ? gram_filter(k, q, p.b.v[0]) : NULL;
    int counted_op = 0;
    int counted = filtered ? counted_total(r, k, q, &p, s->counts[k], &res->total, &counted_f, &counted_op) : 0;
    if (counted < 0)
        goto done;
    /* dates alone: the total and the facets are sums over the periods kept */
    int from_cube = filtered && !counted && !q->q && cube_where(k, q->filters, q->nfilters, &cube, &cb);
    const char *set_key = filtered && !from_cube ? set_sizes_of(k, q) : NULL; /* every filter tests this set column */
    const struct binds *total_b = NULL; /* the total is counted by sql with these values */
    if (!filtered) {
        res->total = s->counts[k];
    } else if (from_cube) {
        sbuf_printf(&sql, "SELECT coalesce(sum(n), 0) FROM stats_cube WHERE kind = %d AND by = ''%s", (int)k,
                    sbuf_str(&cube));
        total_b = &cb;
    } else if (q_ranked) { /* the ranked list gives the page and, by its length, the total */
        if (ranked_page(s, r, 1u << k | (s->id_ordered[k] ? 0 : RANK_BY_ORD), sbuf_str(&p.fts), q->offset, q->limit,
                        &ranked, &nranked, &res->total) < 0)
            goto done;
    } else if (!counted && gram_f) {
        gram_total_sql(&sql, k, gram_f, strlen(p.b.v[0]));
        total_b = &p.b;
    } else if (!counted && set_key) {
        sbuf_printf(&sql, "SELECT coalesce(sum(t.n), 0) FROM %s_%s_sizes t%s", table_specs[k].name, set_key + 2,
                    sbuf_str(&p.where));
        total_b = &p.b;
    } else if (!counted) {
        if (q_only)
            sbuf_printf(&sql, "SELECT count(*) FROM %s_fts WHERE %s_fts MATCH ?", table_specs[k].name,
                        table_specs[k].name);
        else
            sbuf_printf(&sql, "SELECT count(*)%s%s", sbuf_str(&p.from), sbuf_str(&p.where));
        total_b = &p.b;
    }
    if (total_b) {
        if (!(st = plan_prepare(r, &sql, total_b, NULL, 0)) || sqlite3_step(st) != SQLITE_ROW)
            goto done;
        res->total = (size_t)sqlite3_column_int64(st, 0);
        stmt_done(st);
        st = NULL;
    }
    /* filters that keep every item ("meetings__gte=0", a status__ne no item has) filter nothing: the
     * page and the facets are the whole list's */
    const struct binds none = {0}, *page_b = &p.b; /* the values the page's and the facets' SQL take */
    if (filtered && !q->q && res->total == s->counts[k]) {
        filtered = 0;
        page_b = &none;
    }
    /* the page: row ids first (a sort then moves ids and keys, never the
     * rendered documents, and skipped rows are never read), then each
     * document by rowid.  With date bounds SQLite reads the range from an
     * index and sorts it: cheap when few rows match.  When many match,
     * walking the sort order and testing each row stops sooner: it reads
     * about (offset + limit) * all / total rows against total.  The plan
     * without bounds walks. */
    int walking = 0; /* the page walks (pw); the facets, which read every match, keep the index plan (p) */
    size_t reach = (size_t)(q->offset + (q->limit < 0 ? (long)s->counts[k] : q->limit));
    /* A row walked in an index that holds every filtered column (o_KIND, s_KIND_KEY_*) is a step
     * and a test; a match read and sorted is a read of its table row and a sorter's insert, about
     * WALK_RATIO of those: walk while the walk is shorter than that many times the matches (a
     * walk through sort_pair reads each row: the plain ratio, walk_rows) */
    int walk_rows = res->total * res->total > reach * s->counts[k];
    if (res->total * res->total * (q->q ? 1 : WALK_RATIO) > reach * s->counts[k] && filtered && !q_ranked) {
        if ((rc = plan_build(&pw, k, q->filters, q->nfilters, q->q, 0, err)) != 0)
            goto done;
        rc = -1;
        walking = 1;
        page_b = &pw.b;
    }
    const struct plan *pp = walking ? &pw : &p;
    /* few rows match: read them by the filter's index and sort them; "+t.ord" keeps SQLite from walking the
     * model order instead, which its statistics favour when a column has one common value (a filter on a
     * rare or absent value then tested every row) */
    if (filtered && !walking && !q->sort && !q->q)
        sbuf_reset(&order), sbuf_puts(&order, " ORDER BY +t.ord");
    int step;
    if (filtered && !q_ranked && (size_t)q->offset >= res->total) {
        /* past the last match (or none matches): an empty page, no query */
    } else if (q_ranked) { /* the page is ranked_page's */
        if (nranked && !(res->rowids = malloc(nranked * sizeof *res->rowids)))
            goto done;
        for (size_t i = 0; i < nranked; i++)
            res->rowids[res->nrowids++] = ranked[i].rowid;
    } else {
        sbuf_reset(&sql);
        long long from[4] = {q->offset}; /* where the page starts: the numbers bound after page_b's values */
        int nfrom = 1;
        /* nothing filtering: the page is a range of the model's order (ord counts from 0) or of
         * sort_pos, read from where it starts, not walked to from the first row */
        if (!filtered && !q->q && !q->sort)
            sbuf_printf(&sql, "SELECT rowid FROM %s WHERE ord >= ? ORDER BY ord LIMIT %ld", table_specs[k].name,
                        q->limit < 0 ? -1L : q->limit);
        else if (!filtered && !q->q && one_key >= 0)
            sort_pos_page_sql(&sql, k, one_key, q->offset, q->limit < 0 ? -1L : q->limit, from, &nfrom);
        else if (filtered && !q->q && !q->sort && counted_f && counted_op == OP_EQ && p.b.n == 1) {
            value_rows_page_sql(&sql, k, counted_f, q->limit < 0 ? -1L : q->limit); /* one value's range */
            page_b = &p.b;
        } else if (filtered && !q->sort && gram_f) {
            gram_page_sql(&sql, k, gram_f, strlen(p.b.v[0]), q->limit < 0 ? -1L : q->limit);
            page_b = &p.b;
        } else if (filtered && !q->q && !q->sort && (substr_f = substr_rows_filter(k, q))) {
            substr_rows_page_sql(&sql, k, substr_f, p.b.n, q->limit < 0 ? -1L : q->limit);
            page_b = &p.b;
        }
        else if (!filtered && !q->q && o.nkeys == 2 && o.first_key >= 0 && o.second_key >= 0 &&
                 (s->pair_first[k] >> o.first_key & 1u))
            sort_pair_page_sql(&sql, k, &o, q->offset, q->limit < 0 ? -1L : q->limit, from, &nfrom); /* a range */
        else if (walking && walk_rows && !q->q && o.nkeys == 2 && o.first_key >= 0 && o.second_key >= 0 &&
                 (s->pair_first[k] >> o.first_key & 1u)) {
            /* many match, two keys, the first with long runs: walk the pair's order testing each row,
             * instead of sorting every matching row of the runs before the page on the second key.
             * The filter's values are bound, then the order's range of ids and the offset; EXISTS,
             * not a join, which SQLite 3.40 gives a Bloom filter built by testing every row of the
             * table first */
            sbuf_printf(&sql, "SELECT pw.rid FROM sort_pair pw WHERE EXISTS (SELECT 1 FROM %s t WHERE t.rowid = pw.rid "
                              "AND %s) AND pw.id >= ? AND pw.id < ? ORDER BY pw.id LIMIT %ld OFFSET ?",
                        table_specs[k].name, sbuf_str(&pw.where) + strlen(" WHERE "), q->limit < 0 ? -1L : q->limit);
            from[0] = pair_base(k, o.first_key, o.second_key), from[1] = from[0] + (1LL << PAIR_POS_BITS);
            from[2] = q->offset, nfrom = 3;
        }
        else if (!filtered && !q->q && o.nkeys > 1 && o.first_key >= 0) {
            if (multi_key_sql(r, k, &o, q->offset, q->limit, s->counts[k], &sql, from, &nfrom) < 0)
                goto done;
        } else
            sbuf_printf(&sql, "SELECT t.rowid%s%s%s LIMIT %ld OFFSET ?", sbuf_str(&pp->from), sbuf_str(&pp->where),
                        sbuf_str(&order), q->limit < 0 ? -1L : q->limit);
        if (!(st = plan_prepare(r, &sql, page_b, from, nfrom)))
            goto done;
        size_t cap = 0;
        while ((step = sqlite3_step(st)) == SQLITE_ROW) {
            if (res->nrowids == cap) {
                cap = cap ? cap * 2 : 64;
                long long *nr = realloc(res->rowids, cap * sizeof *nr);
                if (!nr)
                    goto done;
                res->rowids = nr;
            }
            res->rowids[res->nrowids++] = sqlite3_column_int64(st, 0);
        }
        if (step != SQLITE_DONE)
            goto done;
        stmt_done(st);
        st = NULL;
    }
    if (!q->ids_only && res->nrowids) {
        res->docs = malloc(res->nrowids * sizeof *res->docs);
        if (!res->docs)
            goto done;
        sqlite3_stmt *row = r->row[k];
        for (size_t i = 0; i < res->nrowids; i++) {
            sqlite3_bind_int64(row, 1, res->rowids[i]);
            step = sqlite3_step(row);
            char *d = step == SQLITE_ROW ? strndup((const char *)sqlite3_column_text(row, 0),
                                                   (size_t)sqlite3_column_bytes(row, 0))
                                         : NULL;
            sqlite3_reset(row);
            if (!d)
                goto done;
            res->docs[res->ndocs++] = d;
        }
        free(res->rowids);
        res->rowids = NULL;
        res->nrowids = 0;
    }
    /* facets, over the whole filtered set */
    if (q->nfacets)
        sbuf_putc(&res->facets, '{');
    for (size_t i = 0; i < q->nfacets; i++) {
        const struct facet_spec *f = facet_specs[k];
        while (strcmp(f->name, q->facets[i]) != 0)
            f++;
        sbuf_reset(&sql);
        /* without a join each row is counted once: count(*) needs no
         * DISTINCT set per group; with nothing filtering, the counts made at
         * build (facet_counts) */
        if (!filtered)
            sbuf_printf(&sql, "SELECT v, n FROM facet_counts WHERE kind = %d AND facet = '%s' ORDER BY rowid LIMIT %d",
                        (int)k, f->name, FACET_MAX_VALUES);
        else if (counted_f)
            counted_facet_sql(k, counted_f, counted_op, f, p.b.n, &sql);
        else if (from_cube)
            sbuf_printf(&sql, "SELECT v, n FROM (SELECT %s AS v, sum(n) AS n FROM stats_cube WHERE kind = %d AND by = "
                              "'%s'%s GROUP BY 1) WHERE n > 0 ORDER BY n DESC, (v IS NULL), v LIMIT %d",
                        strcmp(f->name, "year") == 0 ? "substr(period, 1, 4)" : "v", (int)k,
                        strcmp(f->name, "year") == 0 ? "" : f->name, sbuf_str(&cube), FACET_MAX_VALUES);
        else if (f->set_col && set_key && strcmp(f->set_col, set_key) == 0)
            sbuf_printf(&sql, "SELECT s.v AS v, sum(t.n) AS n FROM %s_%s_sizes t JOIN set_facets s ON s.kind = %d AND"
                              " s.facet = '%s' AND s.sid = %s%s GROUP BY s.v ORDER BY n DESC, (v IS NULL), v LIMIT %d",
                        table_specs[k].name, set_key + 2, (int)k, f->name, set_key, sbuf_str(&p.where), FACET_MAX_VALUES);
        else if (f->set_col && gram_f) { /* the substring's rows from its rarest pair of bytes, as its page */
            sbuf_printf(&sql, "SELECT s.v AS v, sum(c.n) AS n FROM (SELECT +%s AS sid, count(*) AS n", f->set_col);
            gram_from_sql(&sql, k, gram_f, strlen(p.b.v[0]));
            sbuf_printf(&sql, " GROUP BY 1) c JOIN set_facets s ON s.kind = %d AND s.facet = '%s' AND s.sid = c.sid "
                              "GROUP BY s.v ORDER BY n DESC, (v IS NULL), v LIMIT %d",
                        (int)k, f->name, FACET_MAX_VALUES);
        } else if (f->set_col)
            sbuf_printf(&sql, "SELECT s.v AS v, sum(c.n) AS n FROM (SELECT +%s AS sid, count(*) AS n%s%s GROUP BY 1) c"
                              " JOIN set_facets s ON s.kind = %d AND s.facet = '%s' AND s.sid = c.sid GROUP BY s.v "
                              "ORDER BY n DESC, (v IS NULL), v LIMIT %d",
                        f->set_col, sbuf_str(&p.from), sbuf_str(&p.where), (int)k, f->name, FACET_MAX_VALUES);
        else
            sbuf_printf(&sql, "SELECT %s AS v, %s AS n%s %s%s GROUP BY v "
                              "ORDER BY n DESC, (v IS NULL), v LIMIT %d",
                        f->expr, *f->join ? "count(DISTINCT t.rowid)" : "count(*)", sbuf_str(&p.from), f->join,
                        sbuf_str(&p.where), FACET_MAX_VALUES);
        if (!(st = plan_prepare(r, &sql, !filtered ? &none : from_cube ? &cb : &p.b, NULL, 0)))
            goto done;
        sbuf_printf(&res->facets, "%s\"%s\":[", i ? "," : "", f->name);
        int n = 0;
        while ((step = sqlite3_step(st)) == SQLITE_ROW) {
            sbuf_puts(&res->facets, n++ ? ",{\"value\":" : "{\"value\":");
            put_json_value(&res->facets, st, 0);
            sbuf_printf(&res->facets, ",\"count\":%lld}", (long long)sqlite3_column_int64(st, 1));
        }
        if (step != SQLITE_DONE)
            goto done;
        sbuf_putc(&res->facets, ']');
        stmt_done(st);
        st = NULL;
    }
    if (q->nfacets)
        sbuf_putc(&res->facets, '}');
    rc = res->facets.oom ? -1 : 0;
done:
    stmt_done(st);
    reader_put(s, idx);
    free(ranked);
    if (rc != 0)
        snap_result_free(res);
    plan_free(&p);
    plan_free(&pw);
    sbuf_free(&sql);
    sbuf_free(&order);
    sbuf_free(&o.rest);
    sbuf_free(&cube);
    return rc;
}

/* ---- full-text search ---------------------------------------------------- */

static int word_byte(unsigned char c)
{
    return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           c == '_';
}

int snapshot_fts_query(const char *text, sbuf *out)
{
    if (!text || strlen(text) > 500)
        return -1;
    int terms = 0, pending_or = 0, prefixes = 0;
    sbuf seen = {0};
    for (const char *p = text; *p;) {
        unsigned char c = (unsigned char)*p;
        const char *start, *end;
        int phrase = 0;
        if (c == '"') {
            start = ++p;
            while (*p && *p != '"')
                p++;
            end = p;
            if (*p)
                p++;
            phrase = 1;
            /* a phrase with no word in it is nothing */
            int has_word = 0;
            for (const char *w = start; w < end; w++)
                has_word |= word_byte((unsigned char)*w);
            if (!has_word)
                continue;
        } else if (word_byte(c)) {
            start = p;
            while (*p && word_byte((unsigned char)*p))
                p++;
            end = p;
            if (*p == ':') /* a column filter ("title:"): not a word to look for */
                continue;
        } else {
            p++;
            continue;
        }
        int prefix = *p == '*';
        if (prefix)
            p++;
        size_t len = (size_t)(end - start);
        if (!phrase && !prefix) {
            if (len == 2 && strncmp(start, "OR", 2) == 0) {
                pending_or = terms > 0;
                continue;
            }
            if ((len == 3 && (strncmp(start, "AND", 3) == 0 || strncmp(start, "NOT", 3) == 0)) ||
                (len == 4 && strncmp(start, "NEAR", 4) == 0))
                continue;
        }
        /* the term as FTS5 text, compared with those already given */
        sbuf term = {0};
        sbuf_putc(&term, '"');
        for (const char *w = start; w < end; w++) {
            if (*w == '"')
                sbuf_putc(&term, '"');
            sbuf_putc(&term, *w);
        }
        sbuf_putc(&term, '"');
        if (prefix)
            sbuf_putc(&term, '*');
        int repeated = 0; /* seen holds each term given so far, NUL after each */
        for (size_t at = 0; !repeated && at < seen.len; at += strlen(seen.buf + at) + 1)
            repeated = strcmp(seen.buf + at, sbuf_str(&term)) == 0;
        if (repeated) {
            sbuf_free(&term);
            pending_or = 0;
            continue;
        }
        if (terms == SNAP_FTS_MAX_TERMS || (prefix && prefixes == SNAP_FTS_MAX_PREFIXES)) {
            sbuf_free(&term);
            sbuf_free(&seen);
            return -2;
        }
        if (terms)
            sbuf_puts(out, pending_or ? " OR " : " ");
        pending_or = 0;
        sbuf_append(out, term.buf, term.len);
        sbuf_append(&seen, term.buf, term.len + 1); /* with its NUL */
        sbuf_free(&term);
        prefixes += prefix;
        terms++;
    }
    int rc = terms && !out->oom && !seen.oom ? 0 : -1;
    sbuf_free(&seen);
    return rc;
}

/* A page of a RANK_BY_ORD list names its hits by their places in the
 * model order: their rowids instead. */
static void ranked_rowids(const snapshot *s, unsigned mask, ranked_hit *page, size_t n)
{
    for (size_t i = 0; mask & RANK_BY_ORD && i < n; i++) {
        int k = page[i].kind;
        page[i].rowid = page[i].rowid >= 0 && (size_t)page[i].rowid < s->nord[k] ? s->ord_row[k][page[i].rowid]
                                                                                    : -1;
    }
}

/* The hits of the FTS5 query fts in the kinds whose bits mask sets, best
 * first (ranked_sort's order): *total of them, those in [offset, offset +
 * limit) in *page (allocated, the caller frees; limit < 0 = to the end).
 * From the snapshot's ranked lists when the query was ranked before; else
 * every match of each kind is scored (csto_rank reads no row), sorted and
 * kept.  Returns 0, or -1 (out of memory, SQLite error, the request's
 * budget spent). */

static int ranked_page(snapshot *s, struct reader *r, unsigned mask, const char *fts, long offset, long limit,
                       ranked_hit **page, size_t *npage, size_t *total)
{
    const char *names[SNAP_KIND_COUNT];
    for (int k = 0; k < SNAP_KIND_COUNT; k++)
        names[k] = table_specs[k].name;
    *npage = *total = 0;
    *page = limit >= 0 ? malloc((limit ? (size_t)limit : 1) * sizeof **page) : NULL;
    if (limit >= 0 && !*page)
        return -1;
    int got = ranked_cache_get(s->ranked, mask, fts, offset, limit, page, npage, total);
    if (got < 0) {
        free(*page);
        *page = NULL;
        return -1;
    }
    if (got > 0) {
        ranked_rowids(s, mask, *page, *npage);
        return 0;
    }
    ranked_hit *all = NULL;
    size_t n = 0, cap = 0;
    sqlite3_stmt *st = NULL;
    int rc = -1;
    for (int k = 0; k < SNAP_KIND_COUNT; k++) {
        if (!(mask & 1u << k))
            continue;
        if (!r->rank[k]) {
            char sql[256];
            const char *t = table_specs[k].name;
            snprintf(sql, sizeof sql, "SELECT rowid, csto_rank(%s_fts, %d) FROM %s_fts WHERE %s_fts MATCH ?1", t, k,
                     t, t);
            if (sqlite3_prepare_v2(r->db, sql, -1, &r->rank[k], NULL) != SQLITE_OK)
                goto cleanup;
        }
        st = r->rank[k];
        sqlite3_bind_text(st, 1, fts, -1, SQLITE_STATIC);
        int step;
        while ((step = sqlite3_step(st)) == SQLITE_ROW) {
            if (n == cap) {
                cap = cap ? cap * 2 : 256;
                ranked_hit *more = realloc(all, cap * sizeof *all);
                if (!more)
                    goto cleanup;
                all = more;
            }
            sqlite3_int64 rowid = sqlite3_column_int64(st, 0); /* by_ord: the hit is named by its place */
            if (mask & RANK_BY_ORD && (rowid < 0 || (size_t)rowid > s->nord[k]))
                goto cleanup;
            all[n++] = (ranked_hit){.score = sqlite3_column_double(st, 1),
                                    .rowid = mask & RANK_BY_ORD ? (long long)s->row_ord[k][rowid] : rowid, .kind = k};
        }
        if (step != SQLITE_DONE)
            goto cleanup;
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
        st = NULL;
    }
    /* the best of the list, in order: a window of at least 1,024 and twice the page's end (ranked.h) */
    size_t end = limit < 0 ? n : (size_t)offset + (size_t)limit, window = end * 2 > 1024 ? end * 2 : 1024;
    size_t kept = ranked_top(all, n, limit < 0 ? n : window, names);
    ranked_cache_put(s->ranked, mask, fts, all, kept, n);
    size_t from = (size_t)offset < kept ? (size_t)offset : kept, k = kept - from;
    if (limit >= 0 && (size_t)limit < k)
        k = (size_t)limit;
    if (limit < 0 && !(*page = malloc((k ? k : 1) * sizeof **page)))
        goto cleanup;
    if (k)
        memcpy(*page, all + from, k * sizeof *all);
    ranked_rowids(s, mask, *page, k);
    *npage = k;
    *total = n;
    rc = 0;
cleanup:
    if (st) {
        sqlite3_reset(st);
        sqlite3_clear_bindings(st);
    }
    free(all);
    if (rc != 0) {
        free(*page);
        *page = NULL;
    }
    return rc;
}

/* Appends an FTS snippet (matches between \x01 and \x02) as a JSON string
 * with the text HTML-escaped and the matches in <mark>. */
static void put_snippet(sbuf *out, const char *s)
{
    sbuf html = {0};
    for (const char *p = s ? s : ""; *p; p++) {
        switch (*p) {
        case '\x01': sbuf_puts(&html, "<mark>"); break;
        case '\x02': sbuf_puts(&html, "</mark>"); break;
        case '<': sbuf_puts(&html, "&lt;"); break;
        case '>': sbuf_puts(&html, "&gt;"); break;
        case '&': sbuf_puts(&html, "&amp;"); break;
        case '"': sbuf_puts(&html, "&quot;"); break;
        default: sbuf_putc(&html, *p);
        }
    }
    put_json_str(out, sbuf_str(&html));
    sbuf_free(&html);
}

/* The snippet of one hit (kind k, rowid) as a JSON string: FTS5's
 * snippet() when the row matches at most SNAP_SNIPPET_MAX_HITS times (its
 * cost grows with the square of the matches), else the row's label with
 * the matches marked (highlight(), linear).  stmts caches one prepared
 * statement per kind (the reader's, finalized with it).  Returns 0 or -1. */
static int put_row_snippet(sqlite3 *db, sqlite3_stmt **stmts, snap_kind k, const char *fts, long long rowid,
                           sbuf *out)
{
    if (!stmts[k]) {
        const char *t = table_specs[k].name;
        char sql[512];
        snprintf(sql, sizeof sql,
                 "SELECT CASE WHEN csto_hits(%s_fts) <= %d THEN snippet(%s_fts, -1, char(1), char(2), '…', 16)"
                 " ELSE highlight(%s_fts, 0, char(1), char(2)) END FROM %s_fts WHERE %s_fts MATCH ?1 AND rowid = ?2",
                 t, SNAP_SNIPPET_MAX_HITS, t, t, t, t);
        if (sqlite3_prepare_v2(db, sql, -1, &stmts[k], NULL) != SQLITE_OK)
            return -1;
    }
    sqlite3_stmt *st = stmts[k];
    sqlite3_reset(st);
    sqlite3_bind_text(st, 1, fts, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, rowid);
    int step = sqlite3_step(st);
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        return -1;
    put_snippet(out, step == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) : "");
    sqlite3_reset(st);
    sqlite3_clear_bindings(st); /* fts is the caller's */
    return 0;
}

int snapshot_search(snapshot *s, const char *text, const char *kinds, long limit, long offset,
                    sbuf *out, snap_error *err)
{
    static const char *const labels[SNAP_KIND_COUNT] = {
        [SNAP_ARTICLES] = "coalesce(t.title, t.id)", [SNAP_MEETINGS] = "t.label",
        [SNAP_OFFICIALS] = "t.name", [SNAP_DOCUMENTS] = "coalesce(t.title, t.id)",
        [SNAP_MEMBERS] = "t.name"};
    int want[SNAP_KIND_COUNT] = {0};
    if (!kinds) {
        for (int k = 0; k < SNAP_KIND_COUNT; k++)
            want[k] = 1;
    } else {
        for (const char *p = kinds;;) {
            const char *comma = strchr(p, ',');
            size_t len = comma ? (size_t)(comma - p) : strlen(p);
            int k = 0;
            for (; k < SNAP_KIND_COUNT; k++)
                if (strlen(table_specs[k].name) == len && strncmp(table_specs[k].name, p, len) == 0)
                    break;
            if (k == SNAP_KIND_COUNT) {
                set_err(err, "kind", "%s",
                        "kind must list some of meetings, members, officials, documents, articles");
                return 1;
            }
            want[k] = 1;
            if (!comma)
                break;
            p = comma + 1;
        }
    }
    if (!text) {
        set_err(err, "q", "%s", "q is required");
        return 1;
    }
    sbuf fts = {0};
    int frc = snapshot_fts_query(text, &fts);
    if (frc < 0) {
        sbuf_free(&fts);
        set_err(err, "q", "%s", frc == -2 ? FTS_TOO_MANY : FTS_NOTHING);
        return 1;
    }
    unsigned mask = 0;
    for (int k = 0; k < SNAP_KIND_COUNT; k++)
        mask |= want[k] ? 1u << k : 0;
    int idx = reader_take(s);
    struct reader *r = &s->readers[idx];
    sqlite3 *db = r->db;
    sqlite3_stmt **name = r->name;
    ranked_hit *page = NULL;
    size_t npage = 0, total = 0;
    int rc = -1;
    sbuf_puts(out, "{\"data\":[");
    if (ranked_page(s, r, mask, sbuf_str(&fts), offset, limit, &page, &npage, &total) < 0)
        goto done;
    for (size_t i = 0; i < npage; i++) {
        int k = page[i].kind;
        long long rid = page[i].rowid;
        if (!name[k]) {
            sbuf q = {0};
            sbuf_printf(&q, "SELECT t.id, %s FROM %s t WHERE t.rowid = ?", labels[k], table_specs[k].name);
            int prc = q.oom ? SQLITE_NOMEM : sqlite3_prepare_v2(db, sbuf_str(&q), -1, &name[k], NULL);
            sbuf_free(&q);
            if (prc != SQLITE_OK)
                goto done;
        }
        sqlite3_reset(name[k]);
        sqlite3_bind_int64(name[k], 1, rid);
        if (sqlite3_step(name[k]) != SQLITE_ROW)
            goto done;
        sbuf_printf(out, "%s{\"kind\":", i ? "," : "");
        put_json_str(out, table_specs[k].name);
        sbuf_puts(out, ",\"id\":");
        put_json_value(out, name[k], 0);
        sbuf_puts(out, ",\"title\":");
        put_json_value(out, name[k], 1);
        sqlite3_reset(name[k]);
        sbuf_puts(out, ",\"snippet\":");
        if (put_row_snippet(db, r->snip, (snap_kind)k, sbuf_str(&fts), rid, out) < 0)
            goto done;
        sbuf_printf(out, ",\"score\":%.6g}", -page[i].score);
    }
    sbuf_printf(out, "],\"total\":%lld,\"limit\":%ld,\"offset\":%ld,\"query\":", (long long)total, limit, offset);
    put_json_str(out, sbuf_str(&fts));
    sbuf_putc(out, '}');
    rc = out->oom ? -1 : 0;
done:
    for (int k = 0; k < SNAP_KIND_COUNT; k++)
        sqlite3_reset(name[k]);
    reader_put(s, idx);
    free(page);
    sbuf_free(&fts);
    return rc;
}

/* ---- dashboard series ---------------------------------------------------- */

/* The conditions on stats_cube's periods (" AND ...", values bound) that
 * the filters amount to, or 0 when some filter is not one date compared at
 * precision plen or coarser: then it may keep part of a period and the
 * table must be grouped.  A date D with at least plen characters passes
 * "D op V" (compared at the precision both have, put_predicate) exactly
 * when its period's first len(V) characters do. */
static int stats_cube_where(snap_kind k, const snap_param *fs, size_t nf, int plen, sbuf *w, struct binds *b)
{
    const char *const *cmp = op_sql;
    unsigned used = 0;
    for (size_t i = 0; i < nf; i++) {
        int op;
        const struct filter_spec *spec = parse_filter(k, fs[i].name, &op);
        const char *v = fs[i].value;
        if (!spec || spec->type != FT_DATE || op < 0 || op >= OP_COUNT || !cmp[op] || (used & B(op)) || !v ||
            !valid_date(v) || (int)strlen(v) > plen)
            return 0;
        used |= B(op); /* date=A&date=B is A or B: grouped instead */
        sbuf_printf(w, " AND substr(period, 1, %d) %s ?", (int)strlen(v), cmp[op]);
        if (bind_add(b, v))
            return 0;
    }
    return !w->oom;
}

int snapshot_stats(snapshot *s, const char *what, const char *interval, const char *by,
                   const snap_param *filters, size_t nfilters, sbuf *out, snap_error *err)
{
    snap_kind k;
    if (strcmp(what, "meetings") == 0)
        k = SNAP_MEETINGS;
    else if (strcmp(what, "documents") == 0)
        k = SNAP_DOCUMENTS;
    else if (strcmp(what, "members") == 0)
        k = SNAP_MEMBERS;
    else
        return -1;

    char when[32] = "";
    struct tm tm;
    if (gmtime_r(&s->loaded_at, &tm))
        strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    struct plan p = {0};
    sbuf sql = {0};
    int rc = plan_build(&p, k, filters, nfilters, NULL, 1, err);
    const struct facet_spec *f = NULL;
    int plen = 4;
    if (rc == 0 && k != SNAP_MEMBERS) {
        if (!interval || strcmp(interval, "year") == 0)
            plen = 4;
        else if (strcmp(interval, "month") == 0)
            plen = 7;
        else {
            set_err(err, "interval", "%s", "interval must be year or month");
            rc = 1;
        }
        if (rc == 0 && by) {
            for (f = facet_specs[k]; f->name; f++)
                if (strcmp(f->name, by) == 0 && strcmp(f->name, "year") != 0)
                    break;
            if (!f->name) {
                set_err(err, "by", "%s",
                        k == SNAP_MEETINGS ? "by must be one of body, status, format, country, city"
                                           : "by must be one of type, status");
                rc = 1;
            }
        }
    } else if (rc == 0 && (interval || by)) {
        set_err(err, interval ? "interval" : "by", "%s", "member statistics take no interval or by");
        rc = 1;
    }
    if (rc != 0) {
        plan_free(&p);
        return rc;
    }
    sbuf cube = {0};
    struct binds cb = {0};
    int from_cube = k != SNAP_MEMBERS && stats_cube_where(k, filters, nfilters, plen, &cube, &cb);
    if (k == SNAP_MEMBERS)
        sbuf_printf(&sql, "SELECT t.id, t.name, t.iso, t.n_meetings, t.n_officials, t.n_articles%s%s "
                          "ORDER BY t.ord", sbuf_str(&p.from), sbuf_str(&p.where));
    else if (from_cube)
        sbuf_printf(&sql, "SELECT period, v, n FROM stats_cube WHERE kind = %d AND plen = %d AND by = '%s'%s"
                          " ORDER BY period, rowid", (int)k, plen, f ? f->name : "", sbuf_str(&cube));
    else
        sbuf_printf(&sql, "SELECT substr(t.date, 1, %d) AS period, %s AS v, count(DISTINCT t.rowid)%s %s%s"
                          " AND length(t.date) >= %d GROUP BY period, v ORDER BY period, (v IS NULL), v",
                    plen, f ? f->expr : "NULL", sbuf_str(&p.from), f ? f->join : "", sbuf_str(&p.where),
                    plen);
    int idx = reader_take(s);
    sqlite3_stmt *st = plan_prepare(&s->readers[idx], &sql, from_cube ? &cb : &p.b, NULL, 0);
    rc = -1;
    if (!st)
        goto done;
    sbuf_putc(out, '[');
    int step, n = 0;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        if (n++)
            sbuf_putc(out, ',');
        if (k == SNAP_MEMBERS) {
            sbuf_printf(out, "{\"time\":\"%s\",\"member\":", when);
            put_json_value(out, st, 0);
            sbuf_puts(out, ",\"name\":");
            put_json_value(out, st, 1);
            sbuf_puts(out, ",\"iso\":");
            put_json_value(out, st, 2);
            sbuf_printf(out, ",\"meetings\":%lld,\"officials\":%lld,\"articles\":%lld}",
                        (long long)sqlite3_column_int64(st, 3), (long long)sqlite3_column_int64(st, 4),
                        (long long)sqlite3_column_int64(st, 5));
            continue;
        }
        const char *period = (const char *)sqlite3_column_text(st, 0);
        int year = atoi(period), month = plen == 7 ? atoi(period + 5) : 1;
        sbuf_puts(out, "{\"time\":\"");
        sbuf_put_int(out, year, 4);
        sbuf_putc(out, '-');
        sbuf_put_int(out, month, 2);
        sbuf_puts(out, "-01T00:00:00Z\",\"year\":");
        sbuf_put_int(out, year, 0);
        if (plen == 7) {
            sbuf_puts(out, ",\"month\":");
            sbuf_put_int(out, month, 0);
        }
        if (f) {
            sbuf_puts(out, ",\"");
            sbuf_puts(out, f->name);
            sbuf_puts(out, "\":");
            put_json_value(out, st, 1);
        }
        sbuf_puts(out, ",\"count\":");
        sbuf_put_int(out, sqlite3_column_int64(st, 2), 0);
        sbuf_putc(out, '}');
    }
    if (step != SQLITE_DONE)
        goto done;
    sbuf_putc(out, ']');
    rc = out->oom ? -1 : 0;
done:
    stmt_done(st);
    reader_put(s, idx);
    plan_free(&p);
    sbuf_free(&sql);
    sbuf_free(&cube);
    return rc;
}
