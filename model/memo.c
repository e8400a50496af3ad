/* memo — see memo.h.  A cell holds one allocation, the key and the value
 * each NUL-terminated, and the key's hash so that most misses compare no
 * bytes. */
#include "model/memo.h"

#include <stdlib.h>
#include <string.h>

#include "model/hash.h"

struct memo_cell {
    char *kv; /* key \0 value \0, or NULL */
    size_t klen;
    unsigned long h;
};

static unsigned long memo_hash(const char *s, size_t n) { return fnv1a(FNV1A_BASIS, s, n); }

const char *memo_get(const memo *m, const char *key, size_t klen)
{
    if (!m->cell) return NULL;
    unsigned long h = memo_hash(key, klen);
    const memo_cell *c = &m->cell[h & (m->cap - 1)];
    if (!c->kv || c->h != h || c->klen != klen || memcmp(c->kv, key, klen) != 0) return NULL;
    return c->kv + klen + 1;
}

int memo_put(memo *m, size_t cap, const char *key, size_t klen, const char *val)
{
    if (!m->cell) {
        if (!cap || (cap & (cap - 1)) || !(m->cell = calloc(cap, sizeof *m->cell))) return -1;
        m->cap = cap;
    }
    unsigned long h = memo_hash(key, klen);
    memo_cell *c = &m->cell[h & (m->cap - 1)];
    size_t vlen = strlen(val);
    free(c->kv);
    c->kv = malloc(klen + vlen + 2);
    if (!c->kv) return -1;
    memcpy(c->kv, key, klen);
    c->kv[klen] = '\0';
    memcpy(c->kv + klen + 1, val, vlen + 1);
    c->klen = klen;
    c->h = h;
    return 0;
}

void memo_free(memo *m)
{
    for (size_t i = 0; m->cell && i < m->cap; i++) free(m->cell[i].kv);
    free(m->cell);
    m->cell = NULL;
    m->cap = 0;
}
