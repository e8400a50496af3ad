/* load — getting a model: parsing article files through model/corpus.h, or
 * reading a model file that `csto parse` wrote.  Messages go to stderr. */
#ifndef CSTO_LOAD_H
#define CSTO_LOAD_H

#include <jansson.h>

#include "model/snapshot.h"

/* Parses the articles at `paths` (files or directories of *.txt) with the
 * gazetteers of `datadir`.  *failed is set to the number of files that could
 * not be read (each named on stderr).  Returns the model (a new reference),
 * or NULL when nothing could be done (the reason is on stderr). */
json_t *load_articles(const char *const *paths, int npaths, const char *datadir, int explain,
                      int *failed);

/* A corpus to serve: a model file's JSON, or articles parsed and resolved
 * across articles (model/corpus.h corpus_resolve), whose model is built kind
 * by kind as the snapshot loads it, so that the model of a large corpus is
 * never whole in memory.  load_for_serving: `path` a regular file ending in
 * ".json" is a model file (taken as it is); anything else is articles (as
 * load_articles).  Returns a source (free it with load_source_free) or NULL
 * (details on stderr, a one-line reason without paths in `why`, for
 * /healthz).  load_source_articles: the articles at `paths`, as load_articles
 * reads them.  load_source_snapshot / load_source_write: its snapshot, served
 * or written to a file (model/snapshot.h); either may be called once. */
typedef struct load_source load_source;
load_source *load_for_serving(const char *path, const char *datadir, int *failed, char *why, size_t whylen);
load_source *load_source_articles(const char *const *paths, int npaths, const char *datadir, int explain,
                                  int *failed);
snapshot *load_source_snapshot(load_source *s, int readers, char *err, size_t errlen);
int load_source_write(load_source *s, const char *path, char *err, size_t errlen);
void load_source_free(load_source *s);
/* The whole model of `path` (as load_for_serving reads it): a new reference,
 * or NULL with `why` (csto export). */
json_t *load_model(const char *path, const char *datadir, int *failed, char *why, size_t whylen);

/* Progress on standard error while articles are parsed and a snapshot is built, when standard error is a
 * terminal (else nothing): a line counting the articles read every two seconds, and a line with the time each
 * step took.  Call once, before loading. */
void load_progress_on(void);

/* Whether s ends with suffix. */
int load_ends_with(const char *s, const char *suffix);
/* Whether path is a snapshot file to serve as it is (a regular file named
 * *.db, written by `csto parse -o FILE.db`; model/snapshot.h). */
int load_is_snapshot_file(const char *path);

#endif
