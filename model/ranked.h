/* ranked — the ranked hit lists of full-text queries, kept per snapshot.
 *
 * Why: ranking a query costs the same whatever page is asked for, since
 * every match must be scored before the tenth or the three-hundredth can be
 * named (bm25 over all of them: about 5 ms for a common word at 10,000
 * articles), and people and dashboards page: the explorer's "next", a
 * script walking /search?q=...&offset=N.  A snapshot is immutable, so a
 * query's whole ordered list stays right for the snapshot's life: keeping
 * it makes every later page of that query a slice, and its length is the
 * total, with no second pass to count (Solr's queryResultCache).  Only the
 * best of a long list are put in order and kept, a window of at least 1,024
 * and twice the page's end (Solr's queryResultWindowSize): selecting them
 * is linear, sorting every match of a common word at 100k was not.
 *
 * Bounds: a byte budget for all lists (RANKED_DEFAULT_BYTES, or
 * CSTO_RANK_CACHE_BYTES, 0 = keep nothing); a list larger than an eighth of
 * it is never kept; when a new list does not fit, the oldest go first.
 * Thread-safe: one mutex; a lookup copies its slice out under it.
 *
 * Ownership: ranked_cache_new() returns a cache freed by ranked_cache_free();
 * ranked_cache_put() copies the list it is given (the caller keeps it);
 * ranked_cache_get() fills a buffer the caller owns. */
#ifndef CSTO_RANKED_H
#define CSTO_RANKED_H

#include <stddef.h>

#define RANKED_DEFAULT_BYTES ((size_t)32 << 20)

typedef struct ranked_hit {
    double score;    /* lower ranks first (csto_rank is bm25 negated) */
    long long rowid; /* in its kind's table */
    int kind;        /* a snap_kind */
} ranked_hit;

typedef struct ranked_cache ranked_cache;

/* A cache of at most bytes (0: NULL, nothing is kept; NULL too when out of
 * memory: a NULL cache keeps nothing and finds nothing). */
ranked_cache *ranked_cache_new(size_t bytes);
void ranked_cache_free(ranked_cache *c);

/* The list kept for (kinds, query): 1 and *total its length, with its hits
 * [offset, offset + limit) copied into page (room for limit hits; limit < 0
 * = to the end, page then allocated: *page_out), *npage how many; 0 when not
 * kept.  -1 when out of memory. */
int ranked_cache_get(ranked_cache *c, unsigned kinds, const char *query, long offset, long limit,
                     ranked_hit **page_out, size_t *npage, size_t *total);
/* Keeps a copy of hits[0..n), the best n of `total` matches in order, for
 * (kinds, query) if it fits the budget; a page that reaches past n (when n
 * < total) is not found, and is ranked again. */
void ranked_cache_put(ranked_cache *c, unsigned kinds, const char *query, const ranked_hit *hits, size_t n,
                      size_t total);

/* Sorts hits by score, then kind name (names[kind]), then rowid: the
 * order search has always given. */
void ranked_sort(ranked_hit *hits, size_t n, const char *const *names);
/* Moves the best k of hits[0..n) to its front, in ranked_sort's order
 * (a selection then a sort of those k: linear in n, not n log n); returns
 * how many that is, min(k, n). */
size_t ranked_top(ranked_hit *hits, size_t n, size_t k, const char *const *names);

/* The byte budget CSTO_RANK_CACHE_BYTES asks for (a number, with an
 * optional K, M or G), or RANKED_DEFAULT_BYTES when it is unset or empty;
 * -1 and *bad set when it is not a size. */
int ranked_budget_from_env(size_t *bytes);

#endif
