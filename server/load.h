/* load — getting a model: parsing article files through model/corpus.h, or
 * reading a model file that `csto parse` wrote.  Messages go to stderr. */
#ifndef CSTO_LOAD_H
#define CSTO_LOAD_H

#include <jansson.h>

/* Parses the articles at `paths` (files or directories of *.txt) with the
 * gazetteers of `datadir`.  *failed is set to the number of files that could
 * not be read (each named on stderr).  Returns the model (a new reference),
 * or NULL when nothing could be done (the reason is on stderr). */
json_t *load_articles(const char *const *paths, int npaths, const char *datadir, int explain,
                      int *failed);

/* Loads `path` for serving: a regular file ending in ".json" is a model file
 * (taken as it is); anything else is articles (as load_articles).  Returns a
 * new reference or NULL (details on stderr, a one-line reason without paths
 * in `why`, for /healthz). */
json_t *load_for_serving(const char *path, const char *datadir, int *failed, char *why,
                         size_t whylen);

/* Whether s ends with suffix. */
int load_ends_with(const char *s, const char *suffix);
/* Whether path is a snapshot file to serve as it is (a regular file named
 * *.db, written by `csto parse -o FILE.db`; model/snapshot.h). */
int load_is_snapshot_file(const char *path);

#endif
