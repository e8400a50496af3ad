/* load — model from articles or from a model file; see load.h. */
#include "server/load.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "model/corpus.h"

json_t *load_articles(const char *const *paths, int npaths, const char *datadir, int explain,
                      int *failed)
{
    char err[512] = "";
    gazetteer *g = NULL;
    corpus *c = NULL;
    json_t *model = NULL;

    *failed = 0;
    g = gazetteer_load(datadir, err, sizeof err);
    if (!g) {
        fprintf(stderr, "csto: data %s: %s\n", datadir, err[0] ? err : "cannot load");
        goto cleanup;
    }
    c = corpus_new(g);
    if (!c) {
        fprintf(stderr, "csto: out of memory\n");
        goto cleanup;
    }
    corpus_set_explain(c, explain);
    for (int i = 0; i < npaths; i++)
        *failed += corpus_add_path(c, paths[i], stderr);
    model = corpus_model(c);
    if (!model)
        fprintf(stderr, "csto: could not build the model\n");
cleanup:
    corpus_free(c);
    gazetteer_free(g);
    return model;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

json_t *load_for_serving(const char *path, const char *datadir, int *failed)
{
    struct stat st;
    *failed = 0;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "csto: corpus %s: %s\n", path, strerror(errno));
        return NULL;
    }
    if (S_ISREG(st.st_mode) && ends_with(path, ".json")) {
        json_error_t jerr;
        json_t *model = json_load_file(path, 0, &jerr);
        if (!model) {
            fprintf(stderr, "csto: %s:%d:%d: %s\n", path, jerr.line, jerr.column, jerr.text);
            *failed = 1;
        }
        return model;
    }
    const char *paths[] = {path};
    return load_articles(paths, 1, datadir, 0, failed);
}
