/* cache — the per-snapshot response cache; see cache.h. */
#include "handlers/cache.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handlers/handlers.h"

#define NSHARDS 16
#define SHARD_BITS 4
#define KEY_MAX 2048
#define ENTRY_OVERHEAD 512 /* the wire responses' header copies, roughly */

/* A body buffer shared by an entry and the wire responses made from it. */
typedef struct blob {
    atomic_int refs;
    size_t len;
    char data[];
} blob;

struct shard;

struct cache_entry {
    atomic_int refs;
    /* guarded by the home shard's lock */
    struct cache_entry *chain;          /* next in the hash bucket */
    struct cache_entry *newer, *older;  /* LRU list */
    struct shard *home;
    int linked;
    size_t shard_cost; /* what the shard counts for it */

    unsigned long long hash;
    atomic_size_t live_cost;
    int route_index;
    const char *content_type, *cache_control; /* static strings */
    time_t loaded_at;
    char etag[24]; /* FNV-1a 64 of the identity body, %016llx */
    int nheaders;
    struct {
        const char *name;
        char *value;
    } headers[HTTP_MAX_HEADERS];
    blob *body;
    _Atomic(blob *) gz; /* made on the first request that accepts gzip */
    _Atomic(void *) wire[4];
    _Atomic(cache_wire_free) wire_free;
    size_t keylen;
    char key[];
};

struct shard {
    pthread_mutex_t mu;
    cache_entry **buckets;
    size_t nbuckets, count;
    cache_entry *newest, *oldest;
    atomic_size_t bytes;
    size_t budget;
};

struct resp_cache {
    size_t budget;
    struct shard shards[NSHARDS];
};

static atomic_ulong g_hits, g_misses, g_evictions;
static atomic_size_t g_live;

/* ---- blobs and entries --------------------------------------------------- */

static blob *blob_new(const char *data, size_t len)
{
    blob *b = malloc(sizeof *b + len + 1);
    if (!b)
        return NULL;
    atomic_init(&b->refs, 1);
    b->len = len;
    memcpy(b->data, data, len);
    b->data[len] = '\0';
    return b;
}

static void blob_release(void *p)
{
    blob *b = p;
    if (b && atomic_fetch_sub_explicit(&b->refs, 1, memory_order_acq_rel) == 1)
        free(b);
}

void cache_entry_release(cache_entry *e)
{
    if (!e || atomic_fetch_sub_explicit(&e->refs, 1, memory_order_acq_rel) != 1)
        return;
    cache_wire_free destroy = atomic_load(&e->wire_free);
    for (int v = 0; v < 4; v++) {
        void *w = atomic_load(&e->wire[v]);
        if (w && destroy)
            destroy(w);
    }
    blob_release(e->body);
    blob_release(atomic_load(&e->gz));
    for (int i = 0; i < e->nheaders; i++)
        free(e->headers[i].value);
    atomic_fetch_sub(&g_live, atomic_load(&e->live_cost));
    free(e);
}

size_t cache_live_bytes(void)
{
    return atomic_load(&g_live);
}

int cache_entry_route(const cache_entry *e)
{
    return e->route_index;
}

size_t cache_entry_body_size(const cache_entry *e, int v)
{
    if (v & CACHE_V_304)
        return 0;
    blob *b = (v & CACHE_V_GZIP) ? atomic_load(&((cache_entry *)e)->gz) : e->body;
    return b ? b->len : 0;
}

/* ---- the table ----------------------------------------------------------- */

resp_cache *cache_new(size_t budget)
{
    resp_cache *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->budget = budget;
    for (int i = 0; i < NSHARDS; i++) {
        struct shard *s = &c->shards[i];
        pthread_mutex_init(&s->mu, NULL);
        s->budget = budget / NSHARDS;
        s->nbuckets = 64;
        s->buckets = calloc(s->nbuckets, sizeof *s->buckets);
        if (!s->buckets) {
            c->shards[i].nbuckets = 0;
            cache_free(c);
            return NULL;
        }
    }
    return c;
}

void cache_free(void *p)
{
    resp_cache *c = p;
    if (!c)
        return;
    for (int i = 0; i < NSHARDS; i++) {
        struct shard *s = &c->shards[i];
        for (cache_entry *e = s->newest, *next; e; e = next) {
            next = e->older;
            e->linked = 0;
            cache_entry_release(e); /* requests may still hold it */
        }
        free(s->buckets);
        pthread_mutex_destroy(&s->mu);
    }
    free(c);
}

static struct shard *shard_of(resp_cache *c, unsigned long long h)
{
    return &c->shards[h >> (64 - SHARD_BITS)];
}

/* Under the shard lock: take e out of its bucket and the LRU list. */
static void unlink_entry(struct shard *s, cache_entry *e)
{
    cache_entry **pp = &s->buckets[e->hash & (s->nbuckets - 1)];
    while (*pp && *pp != e)
        pp = &(*pp)->chain;
    if (*pp)
        *pp = e->chain;
    if (e->newer)
        e->newer->older = e->older;
    else
        s->newest = e->older;
    if (e->older)
        e->older->newer = e->newer;
    else
        s->oldest = e->newer;
    e->newer = e->older = e->chain = NULL;
    e->linked = 0;
    s->count--;
    atomic_fetch_sub(&s->bytes, e->shard_cost);
}

/* Under the shard lock: moves e to the front of the LRU list. */
static void touch(struct shard *s, cache_entry *e)
{
    if (s->newest == e)
        return;
    e->newer->older = e->older; /* e is not the newest, so it has a newer one */
    if (e->older)
        e->older->newer = e->newer;
    else
        s->oldest = e->newer;
    e->newer = NULL;
    e->older = s->newest;
    s->newest->newer = e;
    s->newest = e;
}

/* Under the shard lock: unlinks the oldest entries (never `keep`) until the
 * shard is within its budget; they are chained on *out (through `chain`) to
 * be released after the lock is dropped. */
static void evict(struct shard *s, cache_entry *keep, cache_entry **out)
{
    while (atomic_load(&s->bytes) > s->budget) {
        cache_entry *victim = s->oldest;
        if (victim == keep)
            victim = victim->newer;
        if (!victim)
            break;
        unlink_entry(s, victim);
        victim->chain = *out;
        *out = victim;
        atomic_fetch_add(&g_evictions, 1);
    }
}

static void release_chain(cache_entry *e)
{
    for (cache_entry *next; e; e = next) {
        next = e->chain;
        cache_entry_release(e);
    }
}

static void grow(struct shard *s)
{
    size_t n = s->nbuckets * 2;
    cache_entry **b = calloc(n, sizeof *b);
    if (!b)
        return; /* longer chains; still correct */
    for (size_t i = 0; i < s->nbuckets; i++)
        for (cache_entry *e = s->buckets[i], *next; e; e = next) {
            next = e->chain;
            e->chain = b[e->hash & (n - 1)];
            b[e->hash & (n - 1)] = e;
        }
    free(s->buckets);
    s->buckets = b;
    s->nbuckets = n;
}

static cache_entry *lookup(resp_cache *c, const char *key, size_t klen, unsigned long long h)
{
    struct shard *s = shard_of(c, h);
    pthread_mutex_lock(&s->mu);
    cache_entry *e = s->buckets[h & (s->nbuckets - 1)];
    while (e && !(e->hash == h && e->keylen == klen && memcmp(e->key, key, klen) == 0))
        e = e->chain;
    if (e) {
        atomic_fetch_add_explicit(&e->refs, 1, memory_order_relaxed);
        touch(s, e);
    }
    pthread_mutex_unlock(&s->mu);
    return e;
}

/* Makes an entry from a finished handler's 200 answer and links it (or
 * finds the one another thread linked first).  Returns it with a reference
 * for the caller, or NULL when it is too large or memory ran out. */
static cache_entry *insert(resp_cache *c, const char *key, size_t klen, unsigned long long h,
                           const http_request *req, const http_response *resp)
{
    struct shard *s = shard_of(c, h);
    size_t cost = sizeof(cache_entry) + klen + resp->body.len + ENTRY_OVERHEAD;
    for (int i = 0; i < resp->nheaders; i++)
        cost += strlen(resp->headers[i].value) + 16;
    if (cost > s->budget / 2)
        return NULL;
    cache_entry *e = calloc(1, sizeof *e + klen);
    if (!e)
        return NULL;
    atomic_init(&e->refs, 2); /* the table's and the caller's */
    e->hash = h;
    e->route_index = req->route_index;
    e->content_type = resp->content_type;
    e->cache_control = resp->cache_control ? resp->cache_control : "public, max-age=60";
    e->loaded_at = snapshot_loaded_at(req->snap);
    snprintf(e->etag, sizeof e->etag, "%016llx",
             http_body_hash(resp->body.buf ? resp->body.buf : "", resp->body.len));
    e->body = blob_new(resp->body.buf ? resp->body.buf : "", resp->body.len);
    int ok = e->body != NULL;
    for (int i = 0; ok && i < resp->nheaders; i++) {
        e->headers[i].name = resp->headers[i].name;
        ok = (e->headers[i].value = strdup(resp->headers[i].value)) != NULL;
        e->nheaders = i + 1;
    }
    e->keylen = klen;
    memcpy(e->key, key, klen);
    atomic_init(&e->live_cost, cost);
    atomic_fetch_add(&g_live, cost);
    if (!ok) {
        atomic_store(&e->refs, 1);
        cache_entry_release(e);
        return NULL;
    }

    cache_entry *gone = NULL;
    pthread_mutex_lock(&s->mu);
    cache_entry *old = s->buckets[h & (s->nbuckets - 1)];
    while (old && !(old->hash == h && old->keylen == klen && memcmp(old->key, key, klen) == 0))
        old = old->chain;
    if (old) { /* another thread answered the same request first */
        atomic_fetch_add_explicit(&old->refs, 1, memory_order_relaxed);
        touch(s, old);
    } else {
        if (s->count >= s->nbuckets)
            grow(s);
        e->chain = s->buckets[h & (s->nbuckets - 1)];
        s->buckets[h & (s->nbuckets - 1)] = e;
        e->older = s->newest;
        if (s->newest)
            s->newest->newer = e;
        s->newest = e;
        if (!s->oldest)
            s->oldest = e;
        e->home = s;
        e->linked = 1;
        e->shard_cost = cost;
        s->count++;
        atomic_fetch_add(&s->bytes, cost);
        evict(s, e, &gone);
    }
    pthread_mutex_unlock(&s->mu);
    release_chain(gone);
    if (old) {
        atomic_store(&e->refs, 1);
        cache_entry_release(e);
        return old;
    }
    return e;
}

/* Makes e's gzip body if it has none yet.  Returns 0, or -1. */
static int ensure_gzip(cache_entry *e)
{
    if (atomic_load(&e->gz))
        return 0;
    sbuf z = {0};
    blob *b = NULL;
    if (http_gzip(e->body->data, e->body->len, &z) == 0)
        b = blob_new(z.buf, z.len);
    sbuf_free(&z);
    if (!b)
        return -1;
    blob *expected = NULL;
    if (!atomic_compare_exchange_strong(&e->gz, &expected, b)) {
        blob_release(b); /* another thread made it */
        return 0;
    }
    atomic_fetch_add(&e->live_cost, b->len);
    atomic_fetch_add(&g_live, b->len);
    struct shard *s = e->home; /* alive: the caller's request holds the snapshot */
    cache_entry *gone = NULL;
    if (s) {
        pthread_mutex_lock(&s->mu);
        if (e->linked) {
            e->shard_cost += b->len;
            atomic_fetch_add(&s->bytes, b->len);
            evict(s, e, &gone);
        }
        pthread_mutex_unlock(&s->mu);
    }
    release_chain(gone);
    return 0;
}

/* ---- keys and the request path ------------------------------------------- */

static unsigned long long fnv1a(const char *s, size_t n)
{
    unsigned long long h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static int put(char *buf, size_t cap, size_t *len, const char *s)
{
    size_t n = strlen(s) + 1; /* with its NUL: the separator */
    if (*len + n > cap)
        return -1;
    memcpy(buf + *len, s, n);
    *len += n;
    return 0;
}

size_t cache_key(const http_request *req, char *buf, size_t cap)
{
    size_t len = 0;
    /* the output format the Accept header picks when no format= is given
     * (the same test as the handlers' read_output) */
    static const char *const fmts[ACCEPT_NFORMATS] = {"j", "c", "n"};
    const char *fmt = fmts[accept_format(http_header_in(req, "Accept"))];
    if (put(buf, cap, &len, req->path ? req->path : "") < 0 || put(buf, cap, &len, fmt) < 0)
        return 0;
    for (int i = 0; i < req->nargs; i++)
        if (put(buf, cap, &len, req->args[i].name) < 0 || put(buf, cap, &len, req->args[i].value) < 0)
            return 0;
    return len;
}

static pthread_once_t budget_once = PTHREAD_ONCE_INIT;
static size_t g_budget;

static void read_budget(void)
{
    const char *v = getenv("CSTO_CACHE_BYTES");
    g_budget = CACHE_DEFAULT_BYTES;
    if (!v || !*v)
        return;
    char *end;
    unsigned long long n = strtoull(v, &end, 10);
    if (*end == 'K' || *end == 'k')
        n <<= 10;
    else if (*end == 'M' || *end == 'm')
        n <<= 20;
    else if (*end == 'G' || *end == 'g')
        n <<= 30;
    g_budget = (size_t)n;
}

resp_cache *cache_of(snapshot *s)
{
    if (!s)
        return NULL;
    resp_cache *c = snapshot_attached(s);
    if (c)
        return c;
    pthread_once(&budget_once, read_budget);
    if (g_budget == 0 || !(c = cache_new(g_budget)))
        return NULL;
    return snapshot_attach(s, c, cache_free);
}

void cache_get_stats(snapshot *s, cache_stats *out)
{
    memset(out, 0, sizeof *out);
    out->hits = atomic_load(&g_hits);
    out->misses = atomic_load(&g_misses);
    out->evictions = atomic_load(&g_evictions);
    resp_cache *c = s ? snapshot_attached(s) : NULL;
    if (!c)
        return;
    out->budget = c->budget;
    for (int i = 0; i < NSHARDS; i++) {
        out->bytes += atomic_load(&c->shards[i].bytes);
        pthread_mutex_lock(&c->shards[i].mu);
        out->entries += c->shards[i].count;
        pthread_mutex_unlock(&c->shards[i].mu);
    }
}


/* Picks e's variant for this request (making the gzip body if needed) and
 * hands e (the caller's reference) to resp.  Returns 0, or -1 (e untouched)
 * when the gzip body could not be made. */
static int answer_from(const http_request *req, http_response *resp, cache_entry *e)
{
    int v = http_wants_gzip(req, e->body->len) ? CACHE_V_GZIP : 0;
    if (http_not_modified(req, e->etag))
        v |= CACHE_V_304;
    else if ((v & CACHE_V_GZIP) && ensure_gzip(e) < 0)
        return -1;
    http_response_clear(resp);
    resp->status = (v & CACHE_V_304) ? 304 : 200;
    resp->content_type = e->content_type;
    resp->cached = e;
    resp->cached_variant = v;
    return 0;
}

int cache_lookup(const http_request *req, http_response *resp)
{
    if (!(req->method & (HTTP_GET | HTTP_HEAD)))
        return 0;
    resp_cache *c = cache_of(req->snap);
    char key[KEY_MAX];
    size_t klen = c ? cache_key(req, key, sizeof key) : 0;
    if (!klen)
        return 0;
    cache_entry *e = lookup(c, key, klen, fnv1a(key, klen));
    if (e) {
        if (answer_from(req, resp, e) == 0) {
            atomic_fetch_add_explicit(&g_hits, 1, memory_order_relaxed);
            return 1;
        }
        cache_entry_release(e);
    }
    atomic_fetch_add_explicit(&g_misses, 1, memory_order_relaxed);
    resp->cache_store = 1;
    return 0;
}

int cache_store(const http_request *req, http_response *resp)
{
    resp->cache_store = 0;
    if (resp->status != 200 || resp->fd >= 0 || resp->stream || resp->no_etag || resp->body.oom || resp->allow ||
        !resp->content_type)
        return 0;
    resp_cache *c = cache_of(req->snap);
    char key[KEY_MAX];
    size_t klen = c ? cache_key(req, key, sizeof key) : 0;
    if (!klen)
        return 0;
    cache_entry *e = insert(c, key, klen, fnv1a(key, klen), req, resp);
    if (e && answer_from(req, resp, e) == 0)
        return 1;
    cache_entry_release(e);
    return 0;
}

/* ---- the server's wire responses ----------------------------------------- */

void *cache_entry_wire(cache_entry *e, int v, cache_wire_make make, cache_wire_free destroy)
{
    v &= 3;
    void *w = atomic_load_explicit(&e->wire[v], memory_order_acquire);
    if (w)
        return w;
    /* the headers http_finish gives a fresh answer, in its order */
    http_response r;
    http_response_init(&r);
    r.status = (v & CACHE_V_304) ? 304 : 200;
    r.content_type = e->content_type;
    r.cache_control = e->cache_control;
    for (int i = 0; i < e->nheaders; i++)
        http_response_header(&r, e->headers[i].name, e->headers[i].value);
    http_cors_headers(&r);
    http_vary_add(&r, "Accept-Encoding");
    http_validator_headers(&r, e->etag, v & CACHE_V_GZIP, e->loaded_at);
    if (!(v & CACHE_V_304)) {
        blob *b = (v & CACHE_V_GZIP) ? atomic_load(&e->gz) : e->body;
        if (!b) {
            http_response_clear(&r);
            return NULL;
        }
        if (v & CACHE_V_GZIP)
            http_response_header(&r, "Content-Encoding", "gzip");
        atomic_fetch_add(&b->refs, 1);
        r.ext_body = b->data;
        r.ext_len = b->len;
        r.ext_free = blob_release;
        r.ext_cls = b;
    }
    w = make(&r);
    http_response_clear(&r);
    if (!w)
        return NULL;
    atomic_store(&e->wire_free, destroy);
    void *expected = NULL;
    if (!atomic_compare_exchange_strong(&e->wire[v], &expected, w)) {
        destroy(w); /* another thread built it first */
        w = expected;
    }
    return w;
}
