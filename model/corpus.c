/* corpus — TEMPORARY stub so the server can be built while extraction is
 * written on its own branch: articles are read, nothing is extracted. */
#include "model/corpus.h"
#include "model/sbuf.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct gazetteer { int unused; };
struct corpus { json_t *articles; };

gazetteer *gazetteer_load(const char *datadir, char *err, size_t errlen)
{
    (void)datadir; (void)err; (void)errlen;
    return calloc(1, sizeof(gazetteer));
}
void gazetteer_free(gazetteer *g) { free(g); }

corpus *corpus_new(const gazetteer *g)
{
    (void)g;
    corpus *c = calloc(1, sizeof *c);
    if (c) c->articles = json_array();
    return c;
}
void corpus_free(corpus *c) { if (c) { json_decref(c->articles); free(c); } }
size_t corpus_count(const corpus *c) { return json_array_size(c->articles); }
void corpus_set_explain(corpus *c, int on) { (void)c; (void)on; }

int corpus_add_text(corpus *c, const char *id, const char *text, size_t len, char *err, size_t errlen)
{
    json_t *t = json_stringn(text, len);
    if (!t) { snprintf(err, errlen, "not valid UTF-8"); return -1; }
    json_array_append_new(c->articles, json_pack("{s:s, s:n, s:n, s:n, s:n, s:n, s:o}", "id", id,
        "title", "published", "source", "url", "dateline", "text", t));
    return 0;
}

int corpus_add_path(corpus *c, const char *path, FILE *errlog)
{
    FILE *f = fopen(path, "rb");
    if (!f) { fprintf(errlog, "%s: %s\n", path, strerror(errno)); return 1; }
    sbuf b = {0}; char tmp[4096]; size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0) sbuf_append(&b, tmp, n);
    fclose(f);
    const char *base = strrchr(path, '/'); base = base ? base + 1 : path;
    char id[256]; snprintf(id, sizeof id, "%s", base);
    char *dot = strstr(id, ".txt"); if (dot) *dot = 0;
    char err[128];
    int rc = corpus_add_text(c, id, sbuf_str(&b), b.len, err, sizeof err);
    if (rc) fprintf(errlog, "%s: %s\n", path, err);
    sbuf_free(&b);
    return rc ? 1 : 0;
}

json_t *corpus_model(corpus *c)
{
    return json_pack("{s:O, s:[], s:[], s:[], s:[]}", "articles", c->articles,
                     "meetings", "officials", "documents", "members");
}
