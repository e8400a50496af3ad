/* corpus — from article files to the model of ../shared/contract.md.
 *
 * A corpus collects articles (corpus_add_path), extracts meetings, officials
 * and documents from each as it is added, and on corpus_model() resolves them
 * across articles (one real meeting, one person) and assigns stable ids.
 * The result is a jansson object:
 *   { "articles": [...], "meetings": [...], "officials": [...],
 *     "documents": [...], "members": [...] }
 * Nothing here knows about HTTP.  Same input (same files, any order of
 * arguments within a directory) gives the same model, byte for byte once
 * dumped with JSON_SORT_KEYS off (keys are inserted in a fixed order).
 *
 * Evidence offsets are byte offsets into the article's "text" field (UTF-8),
 * half-open: [start, end). */
#ifndef CSTO_CORPUS_H
#define CSTO_CORPUS_H

#include <jansson.h>
#include <stdio.h>

typedef struct gazetteer gazetteer;
typedef struct corpus corpus;

/* Loads the gazetteers (countries, cities, bodies, titles, months, ...) from
 * the data directory.  On failure returns NULL and writes the reason, naming
 * the file and line, into err. */
gazetteer *gazetteer_load(const char *datadir, char *err, size_t errlen);
void gazetteer_free(gazetteer *g);

/* Borrows g, which must outlive the corpus. */
corpus *corpus_new(const gazetteer *g);
void corpus_free(corpus *c);

/* Adds one article file, or every *.txt file directly in a directory (sorted
 * by name; each through corpus_add_file_in, so no symbolic link leads out of
 * it).  A file named directly is followed wherever it points, but never read
 * from /proc, /sys or /dev, and must be a regular file.  A file that cannot be read or is not an article is named on
 * `errlog` with the reason and skipped; the rest still load.  Returns the
 * number of files that failed (0 when everything was read). */
int corpus_add_path(corpus *c, const char *path, FILE *errlog);

/* Adds the article file `path`, an entry of the corpus directory `dir`:
 * the file is read only when its real path (symbolic links resolved) lies
 * beneath dir's, it is a regular file, and it is not on /proc, /sys or /dev;
 * otherwise it is named on errlog with the reason.  corpus_add_path reads a
 * directory's files this way.  Returns 0, or 1 when the file failed. */
int corpus_add_file_in(corpus *c, const char *dir, const char *path, FILE *errlog);

/* A corpus directory opened once (its real path resolved, its descriptor
 * kept), so that its plain files are read without resolving each path
 * again: corpus_dir_add.  NULL when it cannot be opened, or is on /proc,
 * /sys, /dev or a virtual file system (then use corpus_add_file_in). */
typedef struct corpus_dir corpus_dir;
corpus_dir *corpus_dir_open(const char *dir);
void corpus_dir_close(corpus_dir *d);

/* Adds the entry `name` of d (a file name, no slash; `path` names it in
 * messages and gives the article id) when it is a regular file, not a
 * symbolic link, on a real file system: 0 when added, 1 when it failed
 * (named on errlog with the reason: too large, not UTF-8, ...).  -1, having
 * read and named nothing, when it is anything else or cannot be opened: the
 * caller then adds it with corpus_add_file_in, which follows a link that
 * stays beneath the directory and names what is wrong.  Same result as
 * corpus_add_file_in, with 4 system calls a file instead of about 14. */
int corpus_dir_add(corpus *c, const corpus_dir *d, const char *name, const char *path, FILE *errlog);

/* Adds one article from memory; `id` is the article id (file name without
 * .txt).  Returns 0, or -1 with a reason in err (e.g. invalid UTF-8). */
int corpus_add_text(corpus *c, const char *id, const char *text, size_t len,
                    char *err, size_t errlen);

/* Number of articles added so far. */
size_t corpus_count(const corpus *c);

/* When set, every extracted fact carries a "rule" field naming the rule
 * that produced it (csto parse --explain). */
void corpus_set_explain(corpus *c, int on);

/* Where corpus_model() writes one line per fact it could not resolve (a
 * meeting without a date, an official without a country or organisation, a
 * document not linked to a meeting, a relative date with no reference), as
 * "csto: warning: ARTICLE@OFFSET: ...".  NULL (the default) for none.
 * At most 1000 lines are written, then a count of the rest. */
void corpus_set_warnings(corpus *c, FILE *f);

/* Resolves across articles and returns the model (a new reference: the
 * caller owns it and json_decref()s it).  May be called once. */
json_t *corpus_model(corpus *c);

/* The same model kind by kind, so that it need never be whole in memory (a
 * snapshot loads one kind and frees it before the next is built):
 * corpus_resolve resolves across articles (as corpus_model does, warnings
 * included) and returns the result, or NULL when out of memory; the corpus
 * must outlive it, and nothing may be added to the corpus after it.
 * corpus_resolved_kind builds the array of one kind ("articles", "meetings",
 * "officials", "documents", "members") in the model's order: a new
 * reference, or NULL for an unknown kind or out of memory.  Each kind is
 * built at most once; "articles" moves each article's text out of the corpus.
 * corpus_resolved_model builds every kind into the whole model (what
 * corpus_model returns), instead of asking kind by kind.
 * corpus_resolved_free frees the result (not the corpus); NULL is ignored. */
typedef struct corpus_resolved corpus_resolved;
corpus_resolved *corpus_resolve(corpus *c);
json_t *corpus_resolved_kind(corpus_resolved *cr, const char *kind);
json_t *corpus_resolved_model(corpus_resolved *cr);
void corpus_resolved_free(corpus_resolved *cr);

#endif
