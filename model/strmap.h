/* strmap — a string -> int hash map (open addressing, keys copied).
 *
 * Used by the resolver to index articles by id, people by surname key,
 * meeting clusters by bodies and year, so that resolving a corpus stays
 * linear in its size.  Zeroed struct = empty map; strmap_free() releases. */
#ifndef CSTO_STRMAP_H
#define CSTO_STRMAP_H

#include <stddef.h>

typedef struct strmap {
    char **keys;
    int *vals;
    size_t cap, n;
} strmap;

/* The value stored under key, or NULL.  The pointer stays valid until the next put. */
int *strmap_get(const strmap *m, const char *key);
/* Stores value under key (replacing any); returns 0, or -1 when out of memory. */
int strmap_put(strmap *m, const char *key, int value);
void strmap_free(strmap *m);

#endif
