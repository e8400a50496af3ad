/* mention — the mention sets the stages share; see mention.h.
 *
 * Per kind, an array in start order grown by doubling; queries are binary
 * searches, so a stage's look-up costs O(log n) in the article's mentions
 * of that kind. */
#include "model/extract/mention.h"

#include <stdlib.h>
#include <string.h>

int mentions_add(mentions *ms, const mention *m)
{
    int k = m->kind;
    if (k < 0 || k >= MK_KINDS) return -1;
    if (ms->n[k] && ms->v[k][ms->n[k] - 1].start > m->start) return -1;
    if (ms->n[k] == ms->cap[k]) {
        size_t cap = ms->cap[k] ? ms->cap[k] * 2 : 16;
        mention *p = realloc(ms->v[k], cap * sizeof *p);
        if (!p) return -1;
        ms->v[k] = p;
        ms->cap[k] = cap;
    }
    ms->v[k][ms->n[k]++] = *m;
    return 0;
}

void mentions_truncate(mentions *ms, int kind, size_t from)
{
    if (kind >= 0 && kind < MK_KINDS && from < ms->n[kind]) ms->n[kind] = from;
}

void mentions_free(mentions *ms)
{
    for (int k = 0; k < MK_KINDS; k++) free(ms->v[k]);
    memset(ms, 0, sizeof *ms);
}

size_t mentions_from(const mentions *ms, int kind, size_t i)
{
    size_t lo = 0, hi = ms->n[kind];
    const mention *v = ms->v[kind];
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid].start < i) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

int mention_in(const mentions *ms, int kind, size_t s, size_t e)
{
    size_t k = mentions_from(ms, kind, s);
    return k < ms->n[kind] && ms->v[kind][k].start < e;
}

const mention *mention_at(const mentions *ms, int kind, size_t i)
{
    size_t k = mentions_from(ms, kind, i + 1); /* the first to start after i */
    if (!k) return NULL;
    const mention *m = &ms->v[kind][k - 1];
    return m->end > i ? m : NULL;
}
