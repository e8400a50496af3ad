/* cache — the response cache of one snapshot.
 *
 * What it keeps: for a GET/HEAD of a list, item, search or stats route that
 * answered 200, the rendered body, its gzip form (made on first demand), its
 * ETag hash, and the headers the handler set, keyed by the canonical request:
 * the decoded path and the decoded query arguments in the order sent (the
 * Link header repeats them in that order), plus which output format the
 * Accept header asks for.  The method is not part of the key: GET and HEAD
 * share an entry.  Conditional requests and Accept-Encoding do not change the
 * key; they pick one of the entry's four variants (200 or 304, identity or
 * gzip), each with exactly the headers http_finish would have produced.
 *
 * Where it lives: the cache is attached to its snapshot (snapshot_attach) on
 * the first request and freed with the snapshot, so a reload starts empty and
 * an answer can never come from another snapshot.
 *
 * Bounds and threads: a byte budget (CSTO_CACHE_BYTES, default 64 MiB, 0
 * turns the cache off) split over 16 shards, each a hash table with its own
 * mutex and an LRU list; the hot path takes one shard lock for a lookup and
 * no global lock.  An entry larger than half a shard's budget is not kept.
 *
 * Lifetimes: entries are reference-counted.  The table holds one reference;
 * a request that hits takes another and keeps it until its response is
 * queued (http_response.cached, released by http_response_clear).  The server
 * builds its wire response for a variant once (cache_entry_wire) and keeps it
 * in the entry; that wire response points at a body buffer that is itself
 * reference-counted, so an entry evicted while the library still sends its
 * bytes frees the buffer only when the library lets the response go. */
#ifndef CSTO_CACHE_H
#define CSTO_CACHE_H

#include <stddef.h>

#include "handlers/http.h"

typedef struct resp_cache resp_cache;
typedef struct cache_entry cache_entry;

#define CACHE_DEFAULT_BYTES ((size_t)64 << 20)
#define CACHE_V_GZIP 1 /* variant bits */
#define CACHE_V_304 2

/* A cache of at most budget bytes (> 0), or NULL when out of memory. */
resp_cache *cache_new(size_t budget);
void cache_free(void *cache);

/* The cache of snapshot s, made and attached on first use with the budget
 * from CSTO_CACHE_BYTES (bytes; K/M/G suffixes; default CACHE_DEFAULT_BYTES),
 * or NULL when that is 0 or s is NULL. */
resp_cache *cache_of(snapshot *s);

/* The two hooks.  The request path (server/request.c) calls cache_lookup
 * before dispatching a GET/HEAD of a route marked cacheable in the route
 * table (handlers/router.h): when its key is in the snapshot's cache it
 * answers resp from there (resp->cached set, status 200 or 304) and returns
 * 1; otherwise it marks resp->cache_store and returns 0.  http_finish calls
 * cache_store first for such a response: a 200 is kept and answered from
 * its new entry (returns 1: nothing left to finish). */
int cache_lookup(const http_request *req, http_response *resp);
int cache_store(const http_request *req, http_response *resp);

/* The server's ready-made response for variant v of entry e, built with
 * make(resp) from an http_response holding that variant (the body as a
 * borrowed ext_body) the first time and kept in the entry until it is freed,
 * where destroy(wire) lets it go.  make must empty resp (as the server's
 * queueing does) and may return NULL.  The result stays valid while the
 * caller holds its reference to e. */
typedef void *(*cache_wire_make)(http_response *resp);
typedef void (*cache_wire_free)(void *wire);
void *cache_entry_wire(cache_entry *e, int v, cache_wire_make make, cache_wire_free destroy);
/* Bytes of the body variant v sends (0 for 304). */
size_t cache_entry_body_size(const cache_entry *e, int v);
/* The route index the entry was made for (for metrics). */
int cache_entry_route(const cache_entry *e);
void cache_entry_release(cache_entry *e);

/* Counters: hits and misses since start (all caches), and what the cache
 * of the given snapshot holds (0 when it has none). */
typedef struct cache_stats {
    unsigned long hits, misses, evictions;
    size_t bytes, entries, budget;
} cache_stats;
void cache_get_stats(snapshot *s, cache_stats *out);
/* Bytes held by every entry of every cache still alive (entries a request
 * still holds included): 0 once every snapshot is gone.  For tests. */
size_t cache_live_bytes(void);

/* Low-level, for tests: the key of a request (see above) into buf; returns
 * its length, or 0 when it does not fit (such a request is not cached). */
size_t cache_key(const http_request *req, char *buf, size_t cap);

#endif
