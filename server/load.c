/* load — model from articles or from a model file; see load.h.
 *
 * Directories are expanded here into their *.txt files (directly inside,
 * sorted by name in byte order, hidden files skipped; every *.txt entry that
 * is not a readable regular file is named with the reason).  A plain
 * regular file is read relative to the opened directory (corpus_dir_add: no
 * path resolved again); anything else is handed to corpus_add_file_in,
 * which reads it only when its real path stays beneath the directory's (a
 * symbolic link out of the corpus is named and skipped) and it is not on
 * /proc, /sys or /dev.  model/corpus.h promises the same for a
 * directory passed whole, and the model does not depend on the order files
 * are added within a directory, so this is equivalent; it keeps `csto parse
 * DIR` right whichever corpus.c is linked (the early stub read a directory
 * as one empty article). */
#include "server/load.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "model/corpus.h"

/* ---- progress on a terminal ----------------------------------------------- */
/* While articles are parsed, and standard error is a terminal, a line counts
 * them every two seconds (whole lines: the parser's warnings go to standard
 * error between them); when parsing and the resolution across articles end,
 * a line says how many and how long each took; so does each step of the
 * snapshot's build (snapshot_set_progress, set by load_progress_on).
 * Nothing is written when standard error is no terminal (a log, a pipe, the
 * tests). */
static struct {
    int on;
    size_t done, total;
    struct timespec t0, shown;
} progress;

static double seconds_since(const struct timespec *t)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

static void build_step(void *ctx, const char *step, double seconds)
{
    (void)ctx;
    fprintf(stderr, "csto: snapshot: %s (%.1f s)\n", step, seconds);
}

void load_progress_on(void)
{
    progress.on = isatty(STDERR_FILENO);
    if (progress.on) snapshot_set_progress(build_step, NULL);
}

/* A new count of articles (add_path adds to its total as it lists them). */
static void progress_begin(void)
{
    progress.done = progress.total = 0;
    clock_gettime(CLOCK_MONOTONIC, &progress.t0);
    progress.shown = progress.t0;
}

/* One more article read (or failed). */
static void progress_step(void)
{
    progress.done++;
    if (!progress.on || seconds_since(&progress.shown) < 2) return;
    clock_gettime(CLOCK_MONOTONIC, &progress.shown);
    fprintf(stderr, "csto: parsing articles: %zu of %zu\n", progress.done, progress.total);
}

/* The end of a step that progress_begin timed: what was done, and how long it took. */
static void progress_end(const char *what)
{
    if (!progress.on) return;
    fprintf(stderr, "csto: %s in %.1f s\n", what, seconds_since(&progress.t0));
    clock_gettime(CLOCK_MONOTONIC, &progress.t0);
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
    return strcmp((*a)->d_name, (*b)->d_name);
}

static int is_visible(const struct dirent *e)
{
    return e->d_name[0] != '.';
}

static int is_txt(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".txt") == 0;
}

/* Adds `path` to c: a directory file by file, anything else as it is.
 * Returns the number of files that failed (each named on stderr with the
 * reason: unreadable, a dangling symbolic link or a loop, not a regular
 * file, too large, binary, not UTF-8, empty).  Other visible files are
 * named as ignored, not counted. */
static int add_path(corpus *c, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        progress.total++;
        int r = corpus_add_path(c, path, stderr); /* it names a missing file itself */
        progress_step();
        return r;
    }
    struct dirent **names = NULL;
    int n = scandir(path, &names, is_visible, by_name);
    if (n < 0) {
        fprintf(stderr, "%s: %s\n", path, strerror(errno));
        return 1;
    }
    int failed = 0;
    progress.total += (size_t)n;
    corpus_dir *d = corpus_dir_open(path); /* plain files read relative to it (NULL: each the careful way) */
    size_t plen = strlen(path);
    const char *sep = plen && path[plen - 1] == '/' ? "" : "/";
    for (int i = 0; i < n; i++) {
        char file[PATH_MAX];
        const char *name = names[i]->d_name;
        int len = snprintf(file, sizeof file, "%s%s%s", path, sep, name);
        struct stat lst;
        int r;
        if (len < 0 || (size_t)len >= sizeof file) {
            fprintf(stderr, "%s/%s: path too long\n", path, name);
            failed++;
        } else if (is_txt(name) && d && (r = corpus_dir_add(c, d, name, file, stderr)) >= 0) {
            failed += r; /* a plain regular file: read (or named, when it is no article) */
        } else if (!is_txt(name)) {
            if (stat(file, &st) == 0 && S_ISREG(st.st_mode))
                fprintf(stderr, "%s: ignored: not a .txt article\n", file);
        } else if (stat(file, &st) != 0) {
            int e = errno;
            if (lstat(file, &lst) == 0 && S_ISLNK(lst.st_mode))
                fprintf(stderr, "%s: %s\n", file,
                        e == ELOOP ? "symbolic link loop" : e == ENOENT ? "dangling symbolic link"
                                                                        : strerror(e));
            else
                fprintf(stderr, "%s: %s\n", file, strerror(e));
            failed++;
        } else if (!S_ISREG(st.st_mode)) {
            fprintf(stderr, "%s: not a regular file\n", file);
            failed++;
        } else {
            failed += corpus_add_file_in(c, path, file, stderr);
        }
        free(names[i]);
        progress_step();
    }
    corpus_dir_close(d);
    free(names);
    return failed;
}

/* Parses the articles at paths into a corpus (*c) over the gazetteers of datadir (*g); 0, or -1 (the reason on
 * stderr, nothing left to free). */
static int parse_paths(const char *const *paths, int npaths, const char *datadir, int explain, int *failed,
                       gazetteer **g, corpus **c)
{
    char err[512] = "";
    *failed = 0;
    *c = NULL;
    *g = gazetteer_load(datadir, err, sizeof err);
    if (!*g) {
        fprintf(stderr, "csto: data %s: %s\n", datadir, err[0] ? err : "cannot load");
        return -1;
    }
    *c = corpus_new(*g);
    if (!*c) {
        fprintf(stderr, "csto: out of memory\n");
        gazetteer_free(*g);
        *g = NULL;
        return -1;
    }
    corpus_set_explain(*c, explain);
    corpus_set_warnings(*c, stderr);
    progress_begin();
    for (int i = 0; i < npaths; i++)
        *failed += add_path(*c, paths[i]);
    char what[96];
    snprintf(what, sizeof what, "parsed %zu article files", progress.done);
    progress_end(what);
    return 0;
}

json_t *load_articles(const char *const *paths, int npaths, const char *datadir, int explain,
                      int *failed)
{
    gazetteer *g = NULL;
    corpus *c = NULL;
    json_t *model = NULL;
    if (parse_paths(paths, npaths, datadir, explain, failed, &g, &c) < 0)
        return NULL;
    model = corpus_model(c);
    if (!model)
        fprintf(stderr, "csto: could not build the model\n");
    corpus_free(c);
    gazetteer_free(g);
#ifdef __GLIBC__
    malloc_trim(0); /* the corpus's many small blocks go back to the system before the snapshot is built */
#endif
    return model;
}

/* ---- sources -------------------------------------------------------------- */

struct load_source {
    json_t *model;         /* a model file's, or NULL */
    gazetteer *g;          /* articles: parsed into c, resolved into cr, each kind built when the snapshot asks */
    corpus *c;
    corpus_resolved *cr;
};

/* gperftools' tcmalloc (the default allocator, Makefile ALLOC) keeps what is freed for later allocations;
 * this gives it back to the system, where a process linked with it has it (a weak reference: NULL otherwise) */
extern void MallocExtension_ReleaseFreeMemory(void) __attribute__((weak));

/* Frees what s holds (a model, a corpus and its resolution), keeping s; the freed blocks go back to the
 * system before the snapshot's readers open (snapshot_new_streamed's done) or the server serves. */
static void source_release(void *ctx)
{
    load_source *s = ctx;
    json_decref(s->model);
    corpus_resolved_free(s->cr);
    corpus_free(s->c);
    gazetteer_free(s->g);
    s->model = NULL;
    s->cr = NULL;
    s->c = NULL;
    s->g = NULL;
    if (MallocExtension_ReleaseFreeMemory)
        MallocExtension_ReleaseFreeMemory();
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

void load_source_free(load_source *s)
{
    if (!s)
        return;
    source_release(s);
    free(s);
}

load_source *load_source_articles(const char *const *paths, int npaths, const char *datadir, int explain,
                                  int *failed)
{
    load_source *s = calloc(1, sizeof *s);
    if (!s) {
        fprintf(stderr, "csto: out of memory\n");
        return NULL;
    }
    if (parse_paths(paths, npaths, datadir, explain, failed, &s->g, &s->c) < 0) {
        free(s);
        return NULL;
    }
    s->cr = corpus_resolve(s->c);
    progress_end("resolved meetings and officials across articles");
    if (!s->cr) {
        fprintf(stderr, "csto: could not build the model\n");
        load_source_free(s);
        return NULL;
    }
    return s;
}

/* snap_kind_fn over a source of articles */
static json_t *source_kind(void *ctx, snap_kind k)
{
    load_source *s = ctx;
    return corpus_resolved_kind(s->cr, snapshot_kind_name(k));
}

snapshot *load_source_snapshot(load_source *s, int readers, char *err, size_t errlen)
{
    if (s->model)
        return snapshot_new_consuming(s->model, readers, err, errlen);
    return snapshot_new_streamed(source_kind, source_release, s, readers, err, errlen);
}

int load_source_write(load_source *s, const char *path, char *err, size_t errlen)
{
    if (s->model)
        return snapshot_write_file(s->model, path, err, errlen);
    return snapshot_write_file_streamed(source_kind, s, path, err, errlen);
}

int load_ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

int load_is_snapshot_file(const char *path)
{
    struct stat st;
    return load_ends_with(path, ".db") && stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

load_source *load_for_serving(const char *path, const char *datadir, int *failed, char *why, size_t whylen)
{
    struct stat st;
    *failed = 0;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "csto: corpus %s: %s\n", path, strerror(errno));
        snprintf(why, whylen, "the corpus cannot be read: %s", strerror(errno));
        return NULL;
    }
    if (S_ISREG(st.st_mode) && load_ends_with(path, ".json")) {
        json_error_t jerr;
        json_t *model = json_load_file(path, 0, &jerr);
        if (!model) {
            fprintf(stderr, "csto: %s:%d:%d: %s\n", path, jerr.line, jerr.column, jerr.text);
            snprintf(why, whylen, "the model file is not valid JSON (line %d, column %d)",
                     jerr.line, jerr.column);
            *failed = 1;
            return NULL;
        }
        load_source *s = calloc(1, sizeof *s);
        if (!s) {
            json_decref(model);
            snprintf(why, whylen, "out of memory");
            return NULL;
        }
        s->model = model;
        return s;
    }
    const char *paths[] = {path};
    load_source *s = load_source_articles(paths, 1, datadir, 0, failed);
    if (!s)
        snprintf(why, whylen, "the model could not be built (see the log)");
    return s;
}

json_t *load_model(const char *path, const char *datadir, int *failed, char *why, size_t whylen)
{
    load_source *s = load_for_serving(path, datadir, failed, why, whylen);
    if (!s)
        return NULL;
    json_t *model = s->model ? json_incref(s->model) : corpus_resolved_model(s->cr);
    if (!model)
        snprintf(why, whylen, "the model could not be built (out of memory)");
    load_source_free(s);
    return model;
}
