/* memo — a bounded string -> string memo (direct-mapped, keys and values copied).
 *
 * Why: some steps of extraction are pure and slow for the few words that
 * need them (ICU's Russian-Latin transliteration, about 40,000 instructions
 * a name; the Snowball stem of a Russian word), and the same words come back
 * in every article (Лавров, ОДКБ, «заседании»).  A memo of a fixed number of
 * cells remembers the last result per cell: memory is bounded, the answers
 * are the function's own, only faster.  Not thread-safe: callers hold the
 * lock that already guards the function they memoise.
 *
 * Zeroed struct = not yet initialised (memo_get misses, memo_put allocates
 * the cells on first use); memo_free() releases. */
#ifndef CSTO_MEMO_H
#define CSTO_MEMO_H

#include <stddef.h>

typedef struct memo_cell memo_cell;
typedef struct memo {
    memo_cell *cell;
    size_t cap; /* a power of two */
} memo;

/* The value remembered for key (klen bytes), or NULL.  Borrowed: valid
 * until the next memo_put or memo_free. */
const char *memo_get(const memo *m, const char *key, size_t klen);
/* Remembers val for key, replacing what the cell held; cap cells (a power
 * of two) are allocated on first use.  Returns 0, or -1 when out of memory
 * (the memo is then unchanged or the cell empty: a later get misses). */
int memo_put(memo *m, size_t cap, const char *key, size_t klen, const char *val);
void memo_free(memo *m);

#endif
