/* metrics — Prometheus counters kept by the server and GET /metrics.
 *
 * Counters are plain atomics in fixed arrays indexed by route (the route
 * table's index, plus one slot for "no route") and by status code slot, so
 * recording a request never takes a lock or allocates.  Exposed:
 *   csto_http_requests_total{route,code}         counter
 *   csto_http_request_duration_seconds{route}    histogram
 *   csto_snapshot_items{kind}                    gauge
 *   csto_snapshot_age_seconds, csto_snapshot_loaded_timestamp_seconds,
 *   csto_snapshot_build_seconds                  gauges
 *   csto_cache_{hits,misses,evictions}_total     counters (handlers/cache.h)
 *   csto_cache_{bytes,entries,budget_bytes}      gauges, the served snapshot's cache
 *   csto_reloads_total{result="ok|failed"}       counter */
#include "handlers/handlers.h"

#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "handlers/cache.h"
#include "handlers/responses.h"
#include "handlers/router.h"

#define MAX_ROUTES 48
static const unsigned codes[] = {200, 204, 304, 400, 404, 405, 406, 414, 431, 500, 503, 0};
#define NCODES (sizeof codes / sizeof codes[0]) /* the last slot: any other code */
static const double buckets[] = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5};
#define NBUCKETS (sizeof buckets / sizeof buckets[0])

static const route *m_routes;
static size_t m_nroutes;
static atomic_ulong m_requests[MAX_ROUTES + 1][NCODES];
static atomic_ulong m_other_code[MAX_ROUTES + 1];
static atomic_ulong m_bucket[MAX_ROUTES + 1][NBUCKETS];
static atomic_ulong m_count[MAX_ROUTES + 1];
static atomic_ullong m_sum_ns[MAX_ROUTES + 1];
static atomic_ulong m_reloads[2]; /* failed, ok */

void metrics_count_reload(int ok)
{
    atomic_fetch_add(&m_reloads[ok ? 1 : 0], 1);
}

void metrics_set_routes(const route *table, size_t n)
{
    m_routes = table;
    m_nroutes = n < MAX_ROUTES ? n : MAX_ROUTES;
}

void metrics_observe(int route_index, unsigned status, double seconds)
{
    size_t r = route_index >= 0 && (size_t)route_index < m_nroutes ? (size_t)route_index + 1 : 0;
    size_t c = 0;
    while (codes[c] && codes[c] != status)
        c++;
    atomic_fetch_add_explicit(&m_requests[r][c], 1, memory_order_relaxed);
    if (!codes[c])
        atomic_store_explicit(&m_other_code[r], status, memory_order_relaxed);
    for (size_t b = 0; b < NBUCKETS; b++)
        if (seconds <= buckets[b])
            atomic_fetch_add_explicit(&m_bucket[r][b], 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&m_count[r], 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&m_sum_ns[r], (unsigned long long)(seconds * 1e9), memory_order_relaxed);
}

static const char *route_label(size_t r)
{
    return r == 0 ? "none" : m_routes[r - 1].pattern;
}

void handle_metrics(const http_request *req, http_response *resp)
{
    sbuf *b = &resp->body;
    sbuf_puts(b, "# HELP csto_http_requests_total HTTP requests answered, by route pattern and status code.\n"
                 "# TYPE csto_http_requests_total counter\n");
    for (size_t r = 0; r <= m_nroutes; r++)
        for (size_t c = 0; c < NCODES; c++) {
            unsigned long n = atomic_load_explicit(&m_requests[r][c], memory_order_relaxed);
            if (n)
                sbuf_printf(b, "csto_http_requests_total{route=\"%s\",code=\"%u\"} %lu\n", route_label(r),
                            codes[c] ? codes[c] : (unsigned)atomic_load(&m_other_code[r]), n);
        }
    sbuf_puts(b, "# HELP csto_http_request_duration_seconds Time from request line to queued answer.\n"
                 "# TYPE csto_http_request_duration_seconds histogram\n");
    for (size_t r = 0; r <= m_nroutes; r++) {
        unsigned long count = atomic_load_explicit(&m_count[r], memory_order_relaxed);
        if (!count)
            continue;
        for (size_t k = 0; k < NBUCKETS; k++)
            sbuf_printf(b, "csto_http_request_duration_seconds_bucket{route=\"%s\",le=\"%g\"} %lu\n",
                        route_label(r), buckets[k], atomic_load(&m_bucket[r][k]));
        sbuf_printf(b, "csto_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %lu\n",
                    route_label(r), count);
        sbuf_printf(b, "csto_http_request_duration_seconds_sum{route=\"%s\"} %.9f\n", route_label(r),
                    (double)atomic_load(&m_sum_ns[r]) / 1e9);
        sbuf_printf(b, "csto_http_request_duration_seconds_count{route=\"%s\"} %lu\n", route_label(r), count);
    }
    cache_stats cs;
    cache_get_stats(req->snap, &cs);
    sbuf_printf(b, "# HELP csto_cache_hits_total Answers served from the response cache.\n"
                   "# TYPE csto_cache_hits_total counter\ncsto_cache_hits_total %lu\n"
                   "# HELP csto_cache_misses_total Cacheable requests the cache could not answer.\n"
                   "# TYPE csto_cache_misses_total counter\ncsto_cache_misses_total %lu\n"
                   "# HELP csto_cache_evictions_total Entries dropped to stay within the budget.\n"
                   "# TYPE csto_cache_evictions_total counter\ncsto_cache_evictions_total %lu\n"
                   "# HELP csto_cache_bytes Bytes held by the served snapshot's response cache.\n"
                   "# TYPE csto_cache_bytes gauge\ncsto_cache_bytes %zu\n"
                   "# HELP csto_cache_entries Answers held by the served snapshot's response cache.\n"
                   "# TYPE csto_cache_entries gauge\ncsto_cache_entries %zu\n"
                   "# HELP csto_cache_budget_bytes The response cache's byte budget (CSTO_CACHE_BYTES).\n"
                   "# TYPE csto_cache_budget_bytes gauge\ncsto_cache_budget_bytes %zu\n",
                cs.hits, cs.misses, cs.evictions, cs.bytes, cs.entries, cs.budget);
    if (req->snap) {
        sbuf_puts(b, "# HELP csto_snapshot_items Items per kind in the served snapshot.\n"
                     "# TYPE csto_snapshot_items gauge\n");
        for (int k = 0; k < SNAP_KIND_COUNT; k++)
            sbuf_printf(b, "csto_snapshot_items{kind=\"%s\"} %zu\n", snapshot_kind_name((snap_kind)k),
                        snapshot_count(req->snap, (snap_kind)k));
        time_t at = snapshot_loaded_at(req->snap);
        sbuf_printf(b, "# HELP csto_snapshot_age_seconds Seconds since the served snapshot was built.\n"
                       "# TYPE csto_snapshot_age_seconds gauge\ncsto_snapshot_age_seconds %.0f\n"
                       "# HELP csto_snapshot_loaded_timestamp_seconds When the served snapshot was built.\n"
                       "# TYPE csto_snapshot_loaded_timestamp_seconds gauge\n"
                       "csto_snapshot_loaded_timestamp_seconds %lld\n"
                       "# HELP csto_snapshot_build_seconds How long building the snapshot took.\n"
                       "# TYPE csto_snapshot_build_seconds gauge\ncsto_snapshot_build_seconds %.6f\n",
                    difftime(time(NULL), at), (long long)at, snapshot_build_seconds(req->snap));
    }
    sbuf_printf(b, "# HELP csto_reloads_total Snapshot reloads since start, by result.\n"
                   "# TYPE csto_reloads_total counter\ncsto_reloads_total{result=\"ok\"} %lu\n"
                   "csto_reloads_total{result=\"failed\"} %lu\n",
                atomic_load(&m_reloads[1]), atomic_load(&m_reloads[0]));
    resp->status = 200;
    resp->content_type = PROM_TYPE;
    resp->cache_control = "no-cache";
    resp->no_etag = 1;
}
