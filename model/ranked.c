/* ranked — see ranked.h.  The lists sit in a singly linked list, newest
 * first: a few hundred at most (a list holds at least one hit and the
 * budget is bytes), and a lookup compares a hash before any byte. */
#include "model/ranked.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "model/hash.h"

struct entry {
    struct entry *next;
    unsigned long h;
    unsigned kinds;
    char *query;
    ranked_hit *hits; /* the best n of total, in order */
    size_t n, total, bytes;
};

struct ranked_cache {
    pthread_mutex_t mu;
    size_t budget;
    struct entry *head; /* newest first */
};

static unsigned long hash_of(unsigned kinds, const char *s) { return fnv1a_str(FNV1A_BASIS ^ kinds, s); }

ranked_cache *ranked_cache_new(size_t bytes)
{
    if (!bytes)
        return NULL;
    ranked_cache *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    if (pthread_mutex_init(&c->mu, NULL) != 0) {
        free(c);
        return NULL;
    }
    c->budget = bytes;
    return c;
}

static void entry_free(struct entry *e)
{
    free(e->query);
    free(e->hits);
    free(e);
}

void ranked_cache_free(ranked_cache *c)
{
    if (!c)
        return;
    for (struct entry *e = c->head, *next; e; e = next) {
        next = e->next;
        entry_free(e);
    }
    pthread_mutex_destroy(&c->mu);
    free(c);
}

int ranked_cache_get(ranked_cache *c, unsigned kinds, const char *query, long offset, long limit,
                     ranked_hit **page_out, size_t *npage, size_t *total)
{
    *npage = 0;
    if (!c)
        return 0;
    unsigned long h = hash_of(kinds, query);
    int rc = 0;
    pthread_mutex_lock(&c->mu);
    for (struct entry *e = c->head; e; e = e->next) {
        if (e->h != h || e->kinds != kinds || strcmp(e->query, query) != 0)
            continue;
        /* a page past the window kept is ranked again (with a wider window) */
        size_t want = limit < 0 ? e->total : (size_t)(offset < 0 ? 0 : offset) + (size_t)limit;
        if (want > e->n && e->n < e->total)
            break;
        size_t from = offset < 0 || (size_t)offset > e->n ? e->n : (size_t)offset;
        size_t k = e->n - from;
        if (limit >= 0 && (size_t)limit < k)
            k = (size_t)limit;
        if (limit < 0) {
            *page_out = malloc((k ? k : 1) * sizeof **page_out);
            if (!*page_out) {
                rc = -1;
                break;
            }
        }
        if (k)
            memcpy(*page_out, e->hits + from, k * sizeof *e->hits);
        *npage = k;
        *total = e->total;
        rc = 1;
        break;
    }
    pthread_mutex_unlock(&c->mu);
    return rc;
}

void ranked_cache_put(ranked_cache *c, unsigned kinds, const char *query, const ranked_hit *hits, size_t n,
                      size_t total)
{
    size_t bytes = sizeof(struct entry) + strlen(query) + 1 + n * sizeof *hits;
    if (!c || bytes > c->budget / 8)
        return;
    struct entry *e = calloc(1, sizeof *e);
    if (!e || !(e->query = strdup(query)) || !(e->hits = malloc((n ? n : 1) * sizeof *hits))) {
        if (e)
            entry_free(e);
        return;
    }
    if (n)
        memcpy(e->hits, hits, n * sizeof *hits);
    e->n = n;
    e->total = total < n ? n : total;
    e->kinds = kinds;
    e->h = hash_of(kinds, query);
    e->bytes = bytes;
    pthread_mutex_lock(&c->mu);
    /* the query kept already: two threads ranked it at once (the first kept wins), or a page past its
     * window ranked it again with a wider one, which replaces it (else every such page would rank again) */
    for (struct entry **link = &c->head; *link; link = &(*link)->next) {
        struct entry *o = *link;
        if (o->h != e->h || o->kinds != kinds || strcmp(o->query, query) != 0)
            continue;
        if (o->n >= e->n) {
            pthread_mutex_unlock(&c->mu);
            entry_free(e);
            return;
        }
        *link = o->next;
        entry_free(o);
        break;
    }
    /* the oldest go until the new list fits: cut the list where the
     * newest lists that fit beside it end */
    size_t keep = bytes;
    struct entry **link = &c->head;
    while (*link && keep + (*link)->bytes <= c->budget) {
        keep += (*link)->bytes;
        link = &(*link)->next;
    }
    struct entry *old = *link;
    *link = NULL;
    e->next = c->head;
    c->head = e;
    pthread_mutex_unlock(&c->mu);
    for (struct entry *next; old; old = next) {
        next = old->next;
        entry_free(old);
    }
}

static int cmp_hits(const void *a, const void *b, void *arg)
{
    const ranked_hit *x = a, *y = b;
    const char *const *names = arg;
    if (x->score != y->score)
        return x->score < y->score ? -1 : 1;
    if (x->kind != y->kind) {
        int c = strcmp(names[x->kind], names[y->kind]);
        if (c)
            return c;
    }
    return (x->rowid > y->rowid) - (x->rowid < y->rowid);
}

void ranked_sort(ranked_hit *hits, size_t n, const char *const *names)
{
    if (n > 1)
        qsort_r(hits, n, sizeof *hits, cmp_hits, (void *)names);
}

static void swap_hits(ranked_hit *a, ranked_hit *b)
{
    ranked_hit t = *a;
    *a = *b;
    *b = t;
}

size_t ranked_top(ranked_hit *hits, size_t n, size_t k, const char *const *names)
{
    if (k >= n) {
        ranked_sort(hits, n, names);
        return n;
    }
    /* quickselect (median of three): afterwards hits[0, k) hold the best k, in no order */
    size_t lo = 0, hi = n - 1;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cmp_hits(&hits[mid], &hits[lo], (void *)names) < 0) swap_hits(&hits[mid], &hits[lo]);
        if (cmp_hits(&hits[hi], &hits[lo], (void *)names) < 0) swap_hits(&hits[hi], &hits[lo]);
        if (cmp_hits(&hits[hi], &hits[mid], (void *)names) < 0) swap_hits(&hits[hi], &hits[mid]);
        ranked_hit pivot = hits[mid];
        size_t i = lo, j = hi;
        while (i <= j) {
            while (cmp_hits(&hits[i], &pivot, (void *)names) < 0) i++;
            while (cmp_hits(&hits[j], &pivot, (void *)names) > 0) j--;
            if (i <= j) {
                swap_hits(&hits[i], &hits[j]);
                i++;
                if (j == 0) break;
                j--;
            }
        }
        if (k <= j) hi = j; /* the k-th lies left of i */
        else if (k >= i) lo = i;
        else break; /* between j and i: equal to the pivot, in place */
    }
    ranked_sort(hits, k, names);
    return k;
}

int ranked_budget_from_env(size_t *bytes)
{
    const char *v = getenv("CSTO_RANK_CACHE_BYTES");
    *bytes = RANKED_DEFAULT_BYTES;
    if (!v || !*v)
        return 0;
    char *end;
    unsigned long long n = strtoull(v, &end, 10);
    if (end == v)
        return -1;
    int shift = *end == 'K' || *end == 'k' ? 10 : *end == 'M' || *end == 'm' ? 20 : *end == 'G' || *end == 'g' ? 30 : 0;
    if ((shift && end[1]) || (!shift && *end) || n > (~0ull >> (shift + 1)))
        return -1;
    *bytes = (size_t)(n << shift);
    return 0;
}
