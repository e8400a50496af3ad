/* strmap — see strmap.h.  FNV-1a hashing, linear probing, load factor <= 1/2. */
#include "model/strmap.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "model/hash.h"

static uint64_t fnv(const char *s) { return fnv1a_str(FNV1A_BASIS, s); }

int *strmap_get(const strmap *m, const char *key)
{
    if (!m->cap) return NULL;
    for (size_t i = fnv(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i]) return NULL;
        if (!strcmp(m->keys[i], key)) return &m->vals[i];
    }
}

static int grow(strmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    char **keys = calloc(cap, sizeof *keys);
    int *vals = calloc(cap, sizeof *vals);
    if (!keys || !vals) { free(keys); free(vals); return -1; }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i]) continue;
        size_t j = fnv(m->keys[i]) & (cap - 1);
        while (keys[j]) j = (j + 1) & (cap - 1);
        keys[j] = m->keys[i];
        vals[j] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = keys;
    m->vals = vals;
    m->cap = cap;
    return 0;
}

int strmap_put(strmap *m, const char *key, int value)
{
    int *v = strmap_get(m, key);
    if (v) { *v = value; return 0; }
    if ((m->n + 1) * 2 > m->cap && grow(m) < 0) return -1;
    size_t i = fnv(key) & (m->cap - 1);
    while (m->keys[i]) i = (i + 1) & (m->cap - 1);
    if (!(m->keys[i] = strdup(key))) return -1;
    m->vals[i] = value;
    m->n++;
    return 0;
}

void strmap_free(strmap *m)
{
    for (size_t i = 0; i < m->cap; i++) free(m->keys[i]);
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}
