/* export — see export.h.  One transaction, prepared statements reused per
 * table, so exporting is linear in the size of the model. */
#include "model/export.h"
#include "model/sbuf.h"

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static const char schema[] =
    "CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT, published TEXT, source TEXT, url TEXT, dateline TEXT, text TEXT);\n"
    "CREATE TABLE meetings (id TEXT PRIMARY KEY, date TEXT, year INTEGER, city TEXT, country TEXT, status TEXT, format TEXT, documents_count INTEGER);\n"
    "CREATE TABLE meeting_bodies (meeting_id TEXT REFERENCES meetings(id), body TEXT);\n"
    "CREATE TABLE meeting_participants (meeting_id TEXT REFERENCES meetings(id), official_id TEXT REFERENCES officials(id));\n"
    "CREATE TABLE meeting_articles (meeting_id TEXT REFERENCES meetings(id), article_id TEXT REFERENCES articles(id));\n"
    "CREATE TABLE officials (id TEXT PRIMARY KEY, name TEXT);\n"
    "CREATE TABLE official_positions (official_id TEXT REFERENCES officials(id), title TEXT, country TEXT, org TEXT);\n"
    "CREATE TABLE official_articles (official_id TEXT REFERENCES officials(id), article_id TEXT REFERENCES articles(id));\n"
    "CREATE TABLE documents (id TEXT PRIMARY KEY, title TEXT, type TEXT, status TEXT, meeting_id TEXT REFERENCES meetings(id), initiator TEXT);\n"
    "CREATE TABLE document_articles (document_id TEXT REFERENCES documents(id), article_id TEXT REFERENCES articles(id));\n"
    "CREATE TABLE members (id TEXT PRIMARY KEY, name TEXT, iso TEXT);\n"
    "CREATE TABLE member_chairmanship (member_id TEXT REFERENCES members(id), from_member TEXT, to_member TEXT, article_id TEXT);\n"
    "CREATE TABLE evidence (kind TEXT, item_id TEXT, article_id TEXT REFERENCES articles(id), start INTEGER, \"end\" INTEGER);\n"
    "CREATE INDEX meeting_bodies_m ON meeting_bodies (meeting_id);\n"
    "CREATE INDEX meeting_participants_m ON meeting_participants (meeting_id);\n"
    "CREATE INDEX meeting_participants_o ON meeting_participants (official_id);\n"
    "CREATE INDEX official_positions_o ON official_positions (official_id);\n"
    "CREATE INDEX evidence_item ON evidence (kind, item_id);\n"
    "CREATE VIEW meetings_per_year AS SELECT m.year AS year, b.body AS body, count(*) AS meetings\n"
    "  FROM meetings m JOIN meeting_bodies b ON b.meeting_id = m.id WHERE m.year IS NOT NULL GROUP BY 1, 2;\n"
    "CREATE VIEW documents_per_year AS SELECT m.year AS year, d.type AS type, count(*) AS documents\n"
    "  FROM documents d JOIN meetings m ON m.id = d.meeting_id WHERE m.year IS NOT NULL GROUP BY 1, 2;\n"
    "CREATE VIEW member_participation AS SELECT mb.id AS member_id, mb.name AS name,\n"
    "  (SELECT count(DISTINCT mp.meeting_id) FROM meeting_participants mp JOIN official_positions p ON p.official_id = mp.official_id\n"
    "     WHERE p.country = mb.id) AS meetings,\n"
    "  (SELECT count(DISTINCT p.official_id) FROM official_positions p WHERE p.country = mb.id) AS officials\n"
    "  FROM members mb;\n";

typedef struct writer {
    sqlite3 *db;
    char *err;
    size_t errlen;
    int failed;
} writer;

static sqlite3_stmt *prep(writer *w, const char *sql)
{
    sqlite3_stmt *st = NULL;
    if (!w->failed && sqlite3_prepare_v2(w->db, sql, -1, &st, NULL) != SQLITE_OK) {
        snprintf(w->err, w->errlen, "sqlite: %s", sqlite3_errmsg(w->db));
        w->failed = 1;
    }
    return st;
}

/* Binds each argument (a JSON value: string, integer or null) and steps. */
static void row(writer *w, sqlite3_stmt *st, int n, json_t *const *vals)
{
    if (w->failed || !st) return;
    sqlite3_reset(st);
    for (int i = 0; i < n; i++) {
        json_t *v = vals[i];
        if (json_is_string(v)) sqlite3_bind_text(st, i + 1, json_string_value(v), -1, SQLITE_TRANSIENT);
        else if (json_is_integer(v)) sqlite3_bind_int64(st, i + 1, json_integer_value(v));
        else sqlite3_bind_null(st, i + 1);
    }
    if (sqlite3_step(st) != SQLITE_DONE) {
        snprintf(w->err, w->errlen, "sqlite: %s", sqlite3_errmsg(w->db));
        w->failed = 1;
    }
}

static json_t *get(json_t *o, const char *k) { return json_object_get(o, k); }

/* Rows (owner id, each string of list field `field`) into a link table. */
static void links(writer *w, sqlite3_stmt *st, json_t *item, const char *field)
{
    size_t i;
    json_t *v;
    json_array_foreach(get(item, field), i, v) {
        json_t *vals[2] = {get(item, "id"), v};
        row(w, st, 2, vals);
    }
}

static void evidence(writer *w, sqlite3_stmt *st, const char *kind, json_t *item)
{
    size_t i;
    json_t *e;
    json_t *k = json_string(kind);
    json_array_foreach(get(item, "evidence"), i, e) {
        json_t *vals[5] = {k, get(item, "id"), get(e, "article"), get(e, "start"), get(e, "end")};
        row(w, st, 5, vals);
    }
    json_decref(k);
}

int export_sqlite(json_t *model, const char *path, char *err, size_t errlen)
{
    sbuf tmp = {0};
    sbuf_printf(&tmp, "%s.tmp", path);
    unlink(sbuf_str(&tmp));
    writer w = {.err = err, .errlen = errlen};
    sqlite3_stmt *st[16] = {0};
    if (sqlite3_open_v2(sbuf_str(&tmp), &w.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "%s: %s", sbuf_str(&tmp), w.db ? sqlite3_errmsg(w.db) : "cannot open");
        w.failed = 1;
        goto cleanup;
    }
    char *msg = NULL;
    if (sqlite3_exec(w.db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN;", NULL, NULL, &msg) != SQLITE_OK ||
        sqlite3_exec(w.db, schema, NULL, NULL, &msg) != SQLITE_OK) {
        snprintf(err, errlen, "sqlite: %s", msg ? msg : "error");
        sqlite3_free(msg);
        w.failed = 1;
        goto cleanup;
    }
    st[0] = prep(&w, "INSERT INTO articles VALUES (?,?,?,?,?,?,?)");
    st[1] = prep(&w, "INSERT INTO meetings VALUES (?,?,CAST(substr(?,1,4) AS INTEGER),?,?,?,?,?)");
    st[2] = prep(&w, "INSERT INTO meeting_bodies VALUES (?,?)");
    st[3] = prep(&w, "INSERT INTO meeting_participants VALUES (?,?)");
    st[4] = prep(&w, "INSERT INTO meeting_articles VALUES (?,?)");
    st[5] = prep(&w, "INSERT INTO officials VALUES (?,?)");
    st[6] = prep(&w, "INSERT INTO official_positions VALUES (?,?,?,?)");
    st[7] = prep(&w, "INSERT INTO official_articles VALUES (?,?)");
    st[8] = prep(&w, "INSERT INTO documents VALUES (?,?,?,?,?,?)");
    st[9] = prep(&w, "INSERT INTO document_articles VALUES (?,?)");
    st[10] = prep(&w, "INSERT INTO members VALUES (?,?,?)");
    st[11] = prep(&w, "INSERT INTO member_chairmanship VALUES (?,?,?,?)");
    st[12] = prep(&w, "INSERT INTO evidence VALUES (?,?,?,?,?)");
    size_t i, k;
    json_t *o, *p;
    json_array_foreach(get(model, "articles"), i, o) {
        json_t *v[7] = {get(o, "id"), get(o, "title"), get(o, "published"), get(o, "source"), get(o, "url"),
                        get(o, "dateline"), get(o, "text")};
        row(&w, st[0], 7, v);
    }
    json_array_foreach(get(model, "meetings"), i, o) {
        json_t *v[8] = {get(o, "id"), get(o, "date"), get(o, "date"), get(o, "city"), get(o, "country"),
                        get(o, "status"), get(o, "format"), get(o, "documents_count")};
        row(&w, st[1], 8, v);
        links(&w, st[2], o, "bodies");
        links(&w, st[3], o, "participants");
        links(&w, st[4], o, "articles");
        evidence(&w, st[12], "meeting", o);
    }
    json_array_foreach(get(model, "officials"), i, o) {
        json_t *v[2] = {get(o, "id"), get(o, "name")};
        row(&w, st[5], 2, v);
        json_array_foreach(get(o, "positions"), k, p) {
            json_t *pv[4] = {get(o, "id"), get(p, "title"), get(p, "country"), get(p, "org")};
            row(&w, st[6], 4, pv);
        }
        links(&w, st[7], o, "articles");
        evidence(&w, st[12], "official", o);
    }
    json_array_foreach(get(model, "documents"), i, o) {
        json_t *v[6] = {get(o, "id"), get(o, "title"), get(o, "type"), get(o, "status"), get(o, "meeting"),
                        get(o, "initiator")};
        row(&w, st[8], 6, v);
        links(&w, st[9], o, "articles");
        evidence(&w, st[12], "document", o);
    }
    json_array_foreach(get(model, "members"), i, o) {
        json_t *v[3] = {get(o, "id"), get(o, "name"), get(o, "iso")};
        row(&w, st[10], 3, v);
        json_array_foreach(get(o, "chairmanship"), k, p) {
            json_t *cv[4] = {get(o, "id"), get(p, "from"), get(p, "to"), get(p, "article")};
            row(&w, st[11], 4, cv);
        }
    }
    if (!w.failed &&
        sqlite3_exec(w.db, "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='rowid');"
                           "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild'); COMMIT;",
                     NULL, NULL, &msg) != SQLITE_OK) {
        snprintf(err, errlen, "sqlite: %s", msg ? msg : "error");
        sqlite3_free(msg);
        w.failed = 1;
    }
cleanup:
    for (size_t s = 0; s < sizeof st / sizeof *st; s++) sqlite3_finalize(st[s]);
    if (w.db) sqlite3_close(w.db);
    if (!w.failed && rename(sbuf_str(&tmp), path) < 0) {
        snprintf(err, errlen, "%s: cannot rename into place", path);
        w.failed = 1;
    }
    if (w.failed) unlink(sbuf_str(&tmp));
    sbuf_free(&tmp);
    return w.failed ? -1 : 0;
}
