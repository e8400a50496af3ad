/* output — see output.h.  The plain JSON list (no include, no fields) is
 * assembled from the stored item texts without parsing them; fields= and
 * include= pick and follow the stored doc's members by a scan (render_json),
 * CSV cells too (csv_row_doc); jansson only parses a doc the scan cannot
 * read and pretty-prints.  include adds, beside the id list it expands,
 * an "embedded" object: {"embedded": {"participants": [{...}, ...]}} (for
 * the single-valued documents.meeting, the object or null); the id lists
 * themselves are left as they are so their type never changes.  Ids that
 * name no item are skipped.  CSV follows RFC 4180: CRLF line ends, a field
 * with a comma, quote, CR or LF is quoted and its quotes doubled; list
 * values are joined with ';' (objects in a list as compact JSON), null is
 * an empty field.
 * A CSV cell starting with = + - @, a tab or a CR gets a leading single
 * quote (OWASP's advice against CSV/formula injection), so a spreadsheet
 * shows the text instead of running it. */
#include "handlers/output.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "handlers/responses.h"

static const char *const keys_articles[] = {"id", "title", "published", "source", "url", "dateline", "lang", "text", NULL};
static const char *const keys_meetings[] = {"id", "bodies", "date", "city", "country", "status", "format",
                                            "articles", "participants", "documents", "documents_count",
                                            "evidence", NULL};
static const char *const keys_officials[] = {"id", "name", "names", "positions", "articles", "meetings", "evidence", NULL};
static const char *const keys_documents[] = {"id", "title", "type", "status", "meeting", "initiator",
                                             "articles", "evidence", NULL};
static const char *const keys_members[] = {"id", "name", "iso", "articles", "meetings", "officials",
                                           "chairmanship", NULL};
static const char *const *const kind_keys[SNAP_KIND_COUNT] = {
    [SNAP_ARTICLES] = keys_articles,   [SNAP_MEETINGS] = keys_meetings,
    [SNAP_OFFICIALS] = keys_officials, [SNAP_DOCUMENTS] = keys_documents,
    [SNAP_MEMBERS] = keys_members,
};

/* include name (= the field holding the ids) -> the kind of the ids. */
static const struct include_spec {
    snap_kind kind;
    const char *name;
    snap_kind target;
} includes[] = {
    {SNAP_MEETINGS, "participants", SNAP_OFFICIALS}, {SNAP_MEETINGS, "documents", SNAP_DOCUMENTS},
    {SNAP_MEETINGS, "articles", SNAP_ARTICLES},      {SNAP_OFFICIALS, "meetings", SNAP_MEETINGS},
    {SNAP_OFFICIALS, "articles", SNAP_ARTICLES},     {SNAP_DOCUMENTS, "meeting", SNAP_MEETINGS},
    {SNAP_DOCUMENTS, "articles", SNAP_ARTICLES},     {SNAP_MEMBERS, "officials", SNAP_OFFICIALS},
    {SNAP_MEMBERS, "meetings", SNAP_MEETINGS},       {SNAP_MEMBERS, "articles", SNAP_ARTICLES},
};

void free_strv(char **v)
{
    for (char **p = v; p && *p; p++)
        free(*p);
    free(v);
}

void out_opts_free(out_opts *o)
{
    free_strv(o->include);
    free_strv(o->fields);
    o->include = o->fields = NULL;
}

static const struct include_spec *find_include(snap_kind k, const char *name)
{
    for (size_t i = 0; i < sizeof includes / sizeof includes[0]; i++)
        if (includes[i].kind == k && strcmp(includes[i].name, name) == 0)
            return &includes[i];
    return NULL;
}

int output_include_known(snap_kind k, const char *name) { return find_include(k, name) != NULL; }

int output_field_known(snap_kind k, const char *name)
{
    for (const char *const *f = kind_keys[k]; *f; f++)
        if (strcmp(*f, name) == 0)
            return 1;
    return 0;
}

static void put_dump(sbuf *b, const json_t *j)
{
    char *d = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
    if (!d) {
        b->oom = 1;
        return;
    }
    sbuf_puts(b, d);
    free(d);
}

/* The stored item (parsed; borrowed) as fields shapes it: a new reference,
 * a sparse copy when fields is given.  Includes are not embedded here
 * (render_json). */
static json_t *shape(json_t *item, const out_opts *o)
{
    if (!(o->fields && o->fields[0]))
        return json_incref(item);
    json_t *sparse = json_object();
    for (char **f = o->fields; *f; f++) {
        json_t *v = json_object_get(item, *f);
        json_object_set(sparse, *f, v ? v : json_null());
    }
    return sparse;
}

/* Appends the stored item `id` of kind k as it is stored (compact JSON,
 * the form json_dumps gives it), or null when there is none.  Returns -1
 * once the request's budget is spent. */
static int put_related(sbuf *b, snapshot *s, snap_kind k, const char *id)
{
    if (snapshot_budget_over())
        return -1;
    size_t len = b->len;
    if (snapshot_get(s, k, id, b) != 0) {
        b->len = len;
        sbuf_puts(b, "null");
    }
    return 0;
}

/* Appends the stored item `id` of kind k as the next element of an array
 * that holds *m of them (a comma before all but the first); an id that
 * names no item adds nothing.  Returns -1 once the request's budget is
 * spent. */
static int put_listed(sbuf *b, snapshot *s, snap_kind k, const char *id, size_t *m)
{
    if (snapshot_budget_over())
        return -1;
    size_t len = b->len;
    if (*m)
        sbuf_putc(b, ',');
    if (snapshot_get(s, k, id, b) != 0) {
        b->len = len; /* gone: skipped */
        return 0;
    }
    (*m)++;
    return 0;
}

/* One item as compact JSON into b: the stored doc shaped by fields, and
 * under "embedded" (last) each relation of include, the related items
 * spliced in as stored rather than parsed and dumped again: a member's
 * thousands of officials cost a copy each, not a tree.  Returns -1 on a
 * bad doc, when out of memory, or once the request's budget is spent. */
static int render_json_parsed(sbuf *b, snapshot *s, snap_kind k, const char *doc, const out_opts *o)
{
    json_t *ids_of = json_loads(doc, 0, NULL); /* the whole item: its relations, whatever fields keeps */
    if (!ids_of)
        return -1;
    json_t *item = shape(ids_of, o);
    int rc = 0;
    if (!(o->include && o->include[0])) {
        put_dump(b, item);
        json_decref(item);
        json_decref(ids_of);
        return b->oom ? -1 : 0;
    }
    char *d = json_dumps(item, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(item);
    if (!d) { json_decref(ids_of); return -1; }
    size_t n = strlen(d);
    sbuf_append(b, d, n - 1); /* without its closing brace */
    sbuf_puts(b, n > 2 ? ",\"embedded\":{" : "\"embedded\":{");
    free(d);
    int first = 1;
    for (char **inc = o->include; *inc && rc == 0; inc++) {
        const struct include_spec *spec = find_include(k, *inc);
        json_t *ids = json_object_get(ids_of, spec->name);
        if (!first) sbuf_putc(b, ',');
        first = 0;
        sbuf_printf(b, "\"%s\":", spec->name);
        if (json_is_string(ids)) {
            rc = put_related(b, s, spec->target, json_string_value(ids));
        } else { /* an array of ids; anything else embeds as [] */
            sbuf_putc(b, '[');
            size_t i, m = 0;
            json_t *id;
            json_array_foreach(ids, i, id) {
                if (json_is_string(id) && (rc = put_listed(b, s, spec->target, json_string_value(id), &m)) < 0)
                    break;
            }
            sbuf_putc(b, ']');
        }
    }
    json_decref(ids_of);
    sbuf_puts(b, "}}");
    return rc < 0 || b->oom ? -1 : 0;
}

/* ---- CSV ----------------------------------------------------------------- */

static void csv_field(sbuf *b, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        sbuf_puts(b, s);
        return;
    }
    sbuf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"')
            sbuf_putc(b, '"');
        sbuf_putc(b, *s);
    }
    sbuf_putc(b, '"');
}

/* A JSON value as CSV text (appended to b, unquoted). */
static void csv_text(sbuf *b, const json_t *v)
{
    char *d;
    switch (json_typeof(v)) {
    case JSON_STRING: sbuf_append(b, json_string_value(v), json_string_length(v)); break;
    case JSON_INTEGER: sbuf_printf(b, "%lld", (long long)json_integer_value(v)); break;
    case JSON_REAL: sbuf_printf(b, "%.17g", json_real_value(v)); break;
    case JSON_TRUE: sbuf_puts(b, "true"); break;
    case JSON_FALSE: sbuf_puts(b, "false"); break;
    case JSON_ARRAY: {
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e) {
            if (i)
                sbuf_putc(b, ';');
            if (json_is_array(e) || json_is_object(e)) {
                d = json_dumps(e, JSON_COMPACT);
                sbuf_puts(b, d ? d : "");
                free(d);
            } else {
                csv_text(b, e);
            }
        }
        break;
    }
    case JSON_OBJECT:
        d = json_dumps(v, JSON_COMPACT);
        sbuf_puts(b, d ? d : "");
        free(d);
        break;
    default: break;
    }
}

/* A cell's text as a CSV field.  A cell a spreadsheet would run as a
 * formula (= + - @, or a tab or CR before one) starts with a single quote
 * instead (OWASP CSV injection): shown as text, never evaluated. */
static void csv_cell(sbuf *b, const sbuf *cell)
{
    const char *t = sbuf_str(cell);
    if (*t && strchr("=+-@\t\r", *t)) {
        sbuf quoted = {0};
        sbuf_putc(&quoted, '\'');
        sbuf_append(&quoted, cell->buf, cell->len);
        csv_field(b, sbuf_str(&quoted));
        sbuf_free(&quoted);
    } else {
        csv_field(b, t);
    }
}

static void csv_row(sbuf *b, const json_t *obj, const char *const *cols)
{
    sbuf cell = {0};
    for (size_t c = 0; cols[c]; c++) {
        if (c)
            sbuf_putc(b, ',');
        const json_t *v = json_object_get(obj, cols[c]);
        if (!v)
            continue;
        sbuf_reset(&cell);
        csv_text(&cell, v);
        csv_cell(b, &cell);
    }
    sbuf_puts(b, "\r\n");
    sbuf_free(&cell);
}

/* ---- CSV straight from a stored doc -----------------------------------------
 *
 * A row's doc is compact JSON that the snapshot wrote; a CSV row needs a few
 * of its top-level members.  Parsing the whole doc into a jansson tree for
 * them cost most of a long stream's time, so the members are found by a
 * scan that skips the values it does not need, and only those it needs are
 * decoded. */

/* The end of the JSON value that starts at p (well-formed: the snapshot's own). */
static const char *skip_value(const char *p)
{
    int depth = 0;
    do {
        if (*p == '"') {
            for (p++; *p && *p != '"'; p++)
                if (*p == '\\' && p[1]) p++;
            if (*p) p++;
            continue;
        }
        if (*p == '{' || *p == '[') depth++;
        else if (*p == '}' || *p == ']') depth--;
        else if (depth == 0 && (*p == ',' || !*p)) break;
        if (!*p) break;
        p++;
    } while (depth > 0 || (*p && *p != ',' && *p != '}' && *p != ']'));
    return p;
}

/* Appends the UTF-8 code point cp. */
static void put_utf8(sbuf *b, unsigned long cp)
{
    if (cp < 0x80) sbuf_putc(b, (char)cp);
    else if (cp < 0x800) { sbuf_putc(b, (char)(0xC0 | cp >> 6)); sbuf_putc(b, (char)(0x80 | (cp & 0x3F))); }
    else if (cp < 0x10000) {
        sbuf_putc(b, (char)(0xE0 | cp >> 12)); sbuf_putc(b, (char)(0x80 | (cp >> 6 & 0x3F)));
        sbuf_putc(b, (char)(0x80 | (cp & 0x3F)));
    } else {
        sbuf_putc(b, (char)(0xF0 | cp >> 18)); sbuf_putc(b, (char)(0x80 | (cp >> 12 & 0x3F)));
        sbuf_putc(b, (char)(0x80 | (cp >> 6 & 0x3F))); sbuf_putc(b, (char)(0x80 | (cp & 0x3F)));
    }
}

static int hex4(const char *p, unsigned long *out)
{
    unsigned long v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9') v |= (unsigned long)(c - '0');
        else if ((c | 32) >= 'a' && (c | 32) <= 'f') v |= (unsigned long)((c | 32) - 'a' + 10);
        else return -1;
    }
    *out = v;
    return 0;
}

/* The JSON value [v, v + n) as CSV text, appended to b: what csv_text makes
 * of its parsed value.  Returns -1 where only the parser can say (a real
 * number, a malformed escape): the caller then parses. */
static int csv_text_raw(sbuf *b, const char *v, size_t n)
{
    const char *e = v + n;
    if (*v == '"') {
        for (const char *p = v + 1; p < e - 1; p++) {
            if (*p != '\\') { sbuf_putc(b, *p); continue; }
            p++;
            switch (*p) {
            case 'n': sbuf_putc(b, '\n'); break;
            case 't': sbuf_putc(b, '\t'); break;
            case 'r': sbuf_putc(b, '\r'); break;
            case 'b': sbuf_putc(b, '\b'); break;
            case 'f': sbuf_putc(b, '\f'); break;
            case 'u': {
                unsigned long cp, lo;
                if (e - p < 5 || hex4(p + 1, &cp) < 0) return -1;
                p += 4;
                if (cp >= 0xD800 && cp < 0xDC00) { /* a surrogate pair */
                    if (e - p < 7 || p[1] != '\\' || p[2] != 'u' || hex4(p + 3, &lo) < 0 || lo < 0xDC00 || lo > 0xDFFF)
                        return -1;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    p += 6;
                } else if (cp >= 0xDC00 && cp < 0xE000) {
                    return -1;
                }
                if (!cp) return -1; /* a NUL: jansson stops the C string there */
                put_utf8(b, cp);
                break;
            }
            default: sbuf_putc(b, *p); break; /* \" \\ \/ */
            }
        }
        return 0;
    }
    if (*v == '{') { sbuf_append(b, v, n); return 0; } /* as json_dumps(JSON_COMPACT) writes it */
    if (*v == '[') {
        const char *p = v + 1;
        int first = 1;
        while (p < e && *p != ']') {
            const char *q = skip_value(p);
            if (!first) sbuf_putc(b, ';');
            first = 0;
            if (*p == '{' || *p == '[') sbuf_append(b, p, (size_t)(q - p));
            else if (csv_text_raw(b, p, (size_t)(q - p)) < 0) return -1;
            p = q;
            if (*p == ',') p++;
        }
        return 0;
    }
    if (n == 4 && !memcmp(v, "true", 4)) { sbuf_puts(b, "true"); return 0; }
    if (n == 5 && !memcmp(v, "false", 5)) { sbuf_puts(b, "false"); return 0; }
    if (n == 4 && !memcmp(v, "null", 4)) return 0;
    for (const char *p = v; p < e; p++) /* an integer as written; a real as the parser prints it */
        if (!((*p >= '0' && *p <= '9') || (*p == '-' && p == v))) return -1;
    sbuf_append(b, v, n);
    return 0;
}

/* The CSV row of columns cols from the compact JSON object doc: the same
 * cells csv_row makes from the parsed object.  Returns -1 on a doc it
 * cannot read. */
enum { MAXM = 64 }; /* members of a stored doc read by a scan */

/* The top-level members of the compact JSON object doc: key i is
 * ks[i][0..kn[i]), its value vs[i][0..vn[i]).  Returns their number, or -1
 * on a doc the scan does not read (then the caller parses it). */
static int doc_members(const char *doc, const char **ks, size_t *kn, const char **vs, size_t *vn)
{
    int n = 0;
    const char *p = doc;
    if (*p++ != '{') return -1;
    while (*p && *p != '}' && n < MAXM) {
        if (*p != '"') return -1;
        ks[n] = ++p;
        while (*p && *p != '"') p++; /* the snapshot's keys have no escapes */
        if (!*p) return -1;
        kn[n] = (size_t)(p - ks[n]);
        if (*++p != ':') return -1;
        vs[n] = ++p;
        p = skip_value(p);
        vn[n] = (size_t)(p - vs[n]);
        n++;
        if (*p == ',') p++;
    }
    return *p == '}' ? n : -1;
}

/* The member `key` of a doc_members scan: its index, or -1. */
static int doc_member(const char *const *ks, const size_t *kn, int n, const char *key)
{
    size_t l = strlen(key);
    for (int i = 0; i < n; i++)
        if (kn[i] == l && !memcmp(ks[i], key, l)) return i;
    return -1;
}

static int csv_row_doc(sbuf *b, const char *doc, const char *const *cols)
{
    const char *ks[MAXM], *vs[MAXM];
    size_t kn[MAXM], vn[MAXM];
    int n = doc_members(doc, ks, kn, vs, vn);
    if (n < 0) return -1;
    sbuf cell = {0};
    for (size_t c = 0; cols[c]; c++) {
        if (c)
            sbuf_putc(b, ',');
        int m = doc_member(ks, kn, n, cols[c]);
        if (m < 0)
            continue;
        sbuf_reset(&cell);
        if (csv_text_raw(&cell, vs[m], vn[m]) < 0) {
            json_t *v = json_loadb(vs[m], vn[m], JSON_DECODE_ANY, NULL);
            if (!v) { sbuf_free(&cell); return -1; }
            sbuf_reset(&cell);
            csv_text(&cell, v);
            json_decref(v);
        }
        csv_cell(b, &cell);
    }
    sbuf_puts(b, "\r\n");
    sbuf_free(&cell);
    return 0;
}

static void csv_header(sbuf *b, const char *const *cols)
{
    for (size_t c = 0; cols[c]; c++) {
        if (c)
            sbuf_putc(b, ',');
        csv_field(b, cols[c]);
    }
    sbuf_puts(b, "\r\n");
}

/* ---- JSON straight from a stored doc ----------------------------------------
 *
 * An item with fields= or include= is the stored doc's members, picked or
 * followed: the scan above finds them, so the doc is never parsed into a
 * jansson tree and dumped again (a fifth of an item request's CPU).  The
 * bytes are those render_json_parsed writes: the doc is json_dumps's own
 * compact output, and a member's value is copied as it stands. */

/* Appends the related item of each id in the JSON value v[0..n) (an id or
 * an array of ids, as stored: no escapes in them), the array's bracketed;
 * 1 when an id holds an escape (the caller parses instead), -1 once the
 * budget is spent. */
static int put_related_raw(sbuf *b, snapshot *s, snap_kind target, const char *v, size_t n)
{
    char id[512];
    if (*v == '"') {
        if (n < 2 || n - 2 >= sizeof id || memchr(v, '\\', n)) return 1;
        memcpy(id, v + 1, n - 2);
        id[n - 2] = '\0';
        return put_related(b, s, target, id);
    }
    sbuf_putc(b, '[');
    if (*v == '[') {
        size_t m = 0;
        for (const char *p = v + 1, *e = v + n; p < e && *p != ']';) {
            const char *q = skip_value(p);
            size_t l = (size_t)(q - p);
            if (*p == '"') {
                if (l < 2 || l - 2 >= sizeof id || memchr(p, '\\', l)) return 1;
                memcpy(id, p + 1, l - 2);
                id[l - 2] = '\0';
                if (put_listed(b, s, target, id, &m) < 0) return -1;
            }
            p = q;
            if (*p == ',') p++;
        }
    }
    sbuf_putc(b, ']'); /* anything else embeds as [] */
    return 0;
}

/* One item as compact JSON into b: the stored doc, or the members fields
 * names (null for one it lacks), then under "embedded" (last) each relation
 * of include, the related items spliced in as stored.  Returns -1 on a bad
 * doc, when out of memory, or once the request's budget is spent. */
static int render_json(sbuf *b, snapshot *s, snap_kind k, const char *doc, const out_opts *o)
{
    const char *ks[MAXM], *vs[MAXM];
    size_t kn[MAXM], vn[MAXM];
    int n = doc_members(doc, ks, kn, vs, vn);
    if (n < 0) return render_json_parsed(b, s, k, doc, o);
    size_t start = b->len;
    if (o->fields && o->fields[0]) {
        sbuf_putc(b, '{');
        for (char **f = o->fields; *f; f++) {
            char **g = o->fields;
            while (g < f && strcmp(*g, *f)) g++;
            if (g < f) continue; /* named twice: once, where first named */
            if (f > o->fields) sbuf_putc(b, ',');
            sbuf_printf(b, "\"%s\":", *f);
            int m = doc_member(ks, kn, n, *f);
            if (m < 0) sbuf_puts(b, "null");
            else sbuf_append(b, vs[m], vn[m]);
        }
        sbuf_putc(b, '}');
    } else {
        sbuf_puts(b, doc);
    }
    if (!(o->include && o->include[0]))
        return b->oom ? -1 : 0;
    size_t item = b->len - start;
    b->len--; /* without its closing brace */
    sbuf_puts(b, item > 2 ? ",\"embedded\":{" : "\"embedded\":{");
    int first = 1;
    for (char **inc = o->include; *inc; inc++) {
        const struct include_spec *spec = find_include(k, *inc);
        if (!first) sbuf_putc(b, ',');
        first = 0;
        sbuf_printf(b, "\"%s\":", spec->name);
        int m = doc_member(ks, kn, n, spec->name);
        int rc = put_related_raw(b, s, spec->target, m >= 0 ? vs[m] : "null", m >= 0 ? vn[m] : 4);
        if (rc < 0) return -1;
        if (rc > 0) { /* an id with an escape: the parsed way, from the start */
            b->len = start;
            return render_json_parsed(b, s, k, doc, o);
        }
    }
    sbuf_puts(b, "}}");
    return b->oom ? -1 : 0;
}

/* ---- assembling ---------------------------------------------------------- */

int output_pretty(sbuf *body)
{
    json_t *j = json_loadb(body->buf ? body->buf : "", body->len, 0, NULL);
    if (!j)
        return -1;
    char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(j);
    if (!s)
        return -1;
    sbuf_reset(body);
    sbuf_puts(body, s);
    sbuf_putc(body, '\n');
    free(s);
    return body->oom ? -1 : 0;
}


/* Appends one item (doc is its stored JSON) shaped by o: a CSV row, an
 * NDJSON line, or a JSON value (the caller adds the separators). */
static int render_item(sbuf *b, snapshot *s, snap_kind k, const char *doc, const out_opts *o,
                       const char *const *cols)
{
    int plain = !(o->include && o->include[0]);
    if (o->format == OUT_NDJSON && plain && !(o->fields && o->fields[0])) {
        sbuf_puts(b, doc); /* a row's doc is stored as it is sent: compact, in order */
        sbuf_putc(b, '\n');
        return 0;
    }
    if (o->format == OUT_CSV && plain) {
        size_t len = b->len;
        if (csv_row_doc(b, doc, cols) == 0) return 0;
        b->len = len; /* not a doc the scan reads: the parsed way below */
    }
    if (o->format != OUT_CSV) {
        if (render_json(b, s, k, doc, o) < 0)
            return -1;
        if (o->format == OUT_NDJSON)
            sbuf_putc(b, '\n');
        return 0;
    }
    json_t *full = json_loads(doc, 0, NULL); /* CSV takes no include */
    if (!full)
        return -1;
    json_t *item = shape(full, o);
    csv_row(b, item, cols);
    json_decref(item);
    json_decref(full);
    return 0;
}

/* ---- streamed CSV / NDJSON of a whole set --------------------------------- */

typedef struct list_stream {
    snapshot *snap;    /* a reference, released at the end */
    snap_kind k;
    snap_result res;   /* the row ids (ids_only), moved from the handler */
    out_opts o;        /* a copy */
    size_t next;       /* the next item to render */
    int header_done;
    sbuf pending;      /* rendered, not yet sent */
    size_t off;
} list_stream;

static char **strv_dup(char **v)
{
    size_t n = 0;
    while (v && v[n]) n++;
    if (!v) return NULL;
    char **d = calloc(n + 1, sizeof *d);
    for (size_t i = 0; d && i < n; i++)
        if (!(d[i] = strdup(v[i]))) { free_strv(d); return NULL; }
    return d;
}

static void list_stream_free(void *cls)
{
    list_stream *st = cls;
    snap_result_free(&st->res);
    out_opts_free(&st->o);
    sbuf_free(&st->pending);
    snapshot_release(st->snap);
    free(st);
}

/* Fills buf with up to max bytes: the rest of the row rendered last, then
 * the next rows, each fetched from the snapshot by its row id and rendered
 * only when the one before has been handed out, so the stream holds one
 * rendered row (and the list of row ids) whatever the size of the body.
 * Returns the bytes written, 0 at the end, -1 on an error. */
static long list_stream_read(void *cls, char *buf, size_t max)
{
    list_stream *st = cls;
    const char *const *cols = st->o.fields && st->o.fields[0] ? (const char *const *)st->o.fields : kind_keys[st->k];
    size_t n = 0;
    sbuf doc = {0};
    while (n < max) {
        if (st->off == st->pending.len) {
            sbuf_reset(&st->pending);
            st->off = 0;
            if (!st->header_done) {
                if (st->o.format == OUT_CSV) csv_header(&st->pending, cols);
                st->header_done = 1;
                continue;
            }
            if (st->next >= st->res.nrowids) break;
            sbuf_reset(&doc);
            int rc = snapshot_get_row(st->snap, st->k, st->res.rowids[st->next++], &doc);
            if (rc == 1) continue; /* cannot happen: the snapshot is immutable */
            if (rc < 0 || render_item(&st->pending, st->snap, st->k, sbuf_str(&doc), &st->o, cols) < 0) {
                sbuf_free(&doc);
                return -1;
            }
            if (st->pending.oom) { sbuf_free(&doc); return -1; }
            continue;
        }
        size_t take = st->pending.len - st->off;
        if (take > max - n) take = max - n;
        memcpy(buf + n, st->pending.buf + st->off, take);
        st->off += take;
        n += take;
    }
    sbuf_free(&doc);
    return (long)n;
}

static int output_stream(snapshot *s, snap_kind k, snap_result *res, const out_opts *o, http_response *resp)
{
    list_stream *st = calloc(1, sizeof *st);
    if (!st) return -1;
    st->k = k;
    st->o.format = o->format;
    st->o.include = strv_dup(o->include);
    st->o.fields = strv_dup(o->fields);
    if ((o->include && !st->o.include) || (o->fields && !st->o.fields)) {
        out_opts_free(&st->o);
        free(st);
        return -1;
    }
    st->snap = snapshot_acquire(s);
    st->res = *res;
    memset(res, 0, sizeof *res);
    resp->stream = list_stream_read;
    resp->stream_free = list_stream_free;
    resp->stream_cls = st;
    resp->status = 200;
    resp->content_type = o->format == OUT_CSV ? CSV_TYPE : NDJSON_TYPE;
    return 0;
}

int output_list(snapshot *s, snap_kind k, snap_result *res, long limit, long offset,
                const out_opts *o, http_response *resp)
{
    if (o->format != OUT_JSON && limit < 0)
        return output_stream(s, k, res, o, resp);
    sbuf *b = &resp->body;
    int reshape = (o->include && o->include[0]) || (o->fields && o->fields[0]) || o->format != OUT_JSON;
    const char *const *cols = o->fields && o->fields[0] ? (const char *const *)o->fields : kind_keys[k];
    if (o->format == OUT_JSON)
        sbuf_puts(b, "{\"data\":[");
    else if (o->format == OUT_CSV)
        csv_header(b, cols);
    for (size_t i = 0; i < res->ndocs; i++) {
        if (!reshape) {
            if (i)
                sbuf_putc(b, ',');
            sbuf_puts(b, res->docs[i]);
            continue;
        }
        if (o->format == OUT_JSON && i)
            sbuf_putc(b, ',');
        if (snapshot_budget_over() || render_item(b, s, k, res->docs[i], o, cols) < 0)
            return -1; /* out of time: the server answers 503 */
    }
    if (o->format == OUT_JSON) {
        sbuf_printf(b, "],\"total\":%zu,\"limit\":%ld,\"offset\":%ld", res->total, limit, offset);
        if (res->facets.len) {
            sbuf_puts(b, ",\"facets\":");
            sbuf_append(b, res->facets.buf, res->facets.len);
        }
        sbuf_putc(b, '}');
        if (o->pretty && output_pretty(b) < 0)
            return -1;
    }
    resp->status = 200;
    resp->content_type = o->format == OUT_CSV ? CSV_TYPE : o->format == OUT_NDJSON ? NDJSON_TYPE : JSON_TYPE;
    return b->oom ? -1 : 0;
}

int output_item(snapshot *s, snap_kind k, const char *doc, const out_opts *o, http_response *resp)
{
    int reshape = (o->include && o->include[0]) || (o->fields && o->fields[0]) || o->format != OUT_JSON;
    if (!reshape) {
        sbuf_puts(&resp->body, doc);
    } else {
        snap_result one = {.total = 1, .docs = (char **)&doc, .ndocs = 1};
        if (o->format != OUT_JSON)
            return output_list(s, k, &one, 1, 0, o, resp);
        if (render_json(&resp->body, s, k, doc, o) < 0)
            return -1;
    }
    if (o->pretty && output_pretty(&resp->body) < 0)
        return -1;
    resp->status = 200;
    resp->content_type = JSON_TYPE;
    return resp->body.oom ? -1 : 0;
}

int output_rows(const char *json_array, const out_opts *o, http_response *resp)
{
    sbuf *b = &resp->body;
    resp->status = 200;
    if (o->format == OUT_JSON) {
        resp->content_type = JSON_TYPE;
        sbuf_puts(b, json_array);
        return o->pretty ? output_pretty(b) : (b->oom ? -1 : 0);
    }
    json_t *rows = json_loads(json_array, 0, NULL);
    if (!json_is_array(rows)) {
        json_decref(rows);
        return -1;
    }
    size_t i;
    json_t *row;
    if (o->format == OUT_CSV) {
        /* columns: every key, in first-seen order */
        const char **cols = calloc(1, sizeof *cols);
        size_t ncols = 0;
        json_array_foreach(rows, i, row) {
            const char *key;
            json_t *v;
            json_object_foreach(row, key, v) {
                size_t c = 0;
                while (c < ncols && strcmp(cols[c], key) != 0)
                    c++;
                if (c < ncols)
                    continue;
                const char **nc = cols ? realloc(cols, (ncols + 2) * sizeof *cols) : NULL;
                if (!nc) {
                    free(cols);
                    json_decref(rows);
                    return -1;
                }
                cols = nc;
                cols[ncols++] = key;
                cols[ncols] = NULL;
            }
        }
        if (!cols) {
            json_decref(rows);
            return -1;
        }
        if (ncols)
            csv_header(b, cols);
        json_array_foreach(rows, i, row) csv_row(b, row, cols);
        free(cols);
        resp->content_type = CSV_TYPE;
    } else {
        json_array_foreach(rows, i, row) {
            put_dump(b, row);
            sbuf_putc(b, '\n');
        }
        resp->content_type = NDJSON_TYPE;
    }
    json_decref(rows);
    return b->oom ? -1 : 0;
}
