/* hash — FNV-1a, the one string hash of model/: strmap's slots, memo's
 * cells, the ranked cache's queries and the statements a snapshot reader
 * keeps prepared.  Inline, as each look-up hashes its key. */
#ifndef CSTO_HASH_H
#define CSTO_HASH_H

#include <stddef.h>
#include <stdint.h>

#define FNV1A_BASIS 14695981039346656037ULL

/* h (FNV1A_BASIS, or a value mixed into it) folded with the bytes s[0..n). */
static inline uint64_t fnv1a(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    return h;
}

/* fnv1a over the NUL-terminated s. */
static inline uint64_t fnv1a_str(uint64_t h, const char *s)
{
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

#endif
