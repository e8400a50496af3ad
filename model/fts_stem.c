/* fts_stem — the FTS5 tokenizer "csto": SQLite's unicode61 (diacritics
 * removed) with every Cyrillic word reduced to its Snowball Russian stem, so
 * that a search for «заявление» finds «заявления» and «заявлением», ranked as
 * usual.  Words in other scripts pass through unchanged, so English search is
 * exactly as before.  The byte offsets of each token are unicode61's, so
 * snippets and highlights mark the words as written.
 *
 * One stemmer per tokenizer instance: FTS5 makes an instance per table and
 * connection, and a connection is used by one thread at a time. */
#include "model/fts_stem.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

typedef struct stem_tok {
    fts5_tokenizer inner;      /* unicode61's methods */
    Fts5Tokenizer *inner_tok;  /* and its instance (owned) */
    struct sb_stemmer *stemmer; /* owned */
} stem_tok;

/* What the inner tokenizer's callback needs to pass tokens on. */
typedef struct relay {
    void *ctx;
    int (*xToken)(void *, int, const char *, int, int, int);
    struct sb_stemmer *stemmer;
} relay;

static int has_cyrillic(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if ((unsigned char)s[i] == 0xD0 || (unsigned char)s[i] == 0xD1) return 1;
    return 0;
}

static int relay_token(void *p, int tflags, const char *tok, int n, int start, int end)
{
    relay *r = p;
    if (r->stemmer && n > 0 && has_cyrillic(tok, n)) {
        const sb_symbol *st = sb_stemmer_stem(r->stemmer, (const sb_symbol *)tok, n);
        int sn = st ? sb_stemmer_length(r->stemmer) : 0;
        if (st && sn > 0) return r->xToken(r->ctx, tflags, (const char *)st, sn, start, end);
    }
    return r->xToken(r->ctx, tflags, tok, n, start, end);
}

static void stem_delete(Fts5Tokenizer *t)
{
    stem_tok *s = (stem_tok *)t;
    if (!s) return;
    if (s->inner_tok) s->inner.xDelete(s->inner_tok);
    if (s->stemmer) sb_stemmer_delete(s->stemmer);
    free(s);
}

static int stem_create(void *user, const char **argv, int argc, Fts5Tokenizer **out)
{
    (void)argv;
    (void)argc;
    fts5_api *api = user;
    void *inner_user = NULL;
    stem_tok *s = calloc(1, sizeof *s);
    if (!s) return SQLITE_NOMEM;
    int rc = api->xFindTokenizer(api, "unicode61", &inner_user, &s->inner);
    const char *args[] = {"remove_diacritics", "2"};
    if (rc == SQLITE_OK) rc = s->inner.xCreate(inner_user, args, 2, &s->inner_tok);
    if (rc == SQLITE_OK && !(s->stemmer = sb_stemmer_new("russian", "UTF_8"))) rc = SQLITE_NOMEM;
    if (rc != SQLITE_OK) {
        stem_delete((Fts5Tokenizer *)s);
        return rc;
    }
    *out = (Fts5Tokenizer *)s;
    return SQLITE_OK;
}

static int stem_tokenize(Fts5Tokenizer *t, void *ctx, int flags, const char *text, int n,
                         int (*xToken)(void *, int, const char *, int, int, int))
{
    stem_tok *s = (stem_tok *)t;
    relay r = {ctx, xToken, s->stemmer};
    return s->inner.xTokenize(s->inner_tok, &r, flags, text, n, relay_token);
}

int fts_stem_register(sqlite3 *db)
{
    fts5_api *api = NULL;
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, NULL) != SQLITE_OK) return -1;
    sqlite3_bind_pointer(st, 1, (void *)&api, "fts5_api_ptr", NULL);
    sqlite3_step(st);
    sqlite3_finalize(st);
    if (!api) return -1;
    fts5_tokenizer tok = {stem_create, stem_delete, stem_tokenize};
    return api->xCreateTokenizer(api, "csto", api, &tok, NULL) == SQLITE_OK ? 0 : -1;
}
