/* routes — every URL the server answers, in one declarative table, first
 * match wins (see handlers/router.h for the pattern syntax).  Order matters:
 * the API catch-all keeps unknown /api/ paths a 404 for every method before
 * the static catch-all, which serves the explorer for GET and HEAD; the
 * search and stats routes come before the {kind}/{id} patterns could
 * matter (they are distinct literals anyway). */
#include "server/routes.h"

#include "handlers/handlers.h"

#define GET_HEAD (HTTP_GET | HTTP_HEAD)

/* The list and the item route of one kind of the model. */
#define CACHED 1 /* answers may be kept in the response cache */
#define COLLECTION(kind, k)                                                                    \
    {GET_HEAD, "/api/v1/" kind, handle_collection_list, k, CACHED},                            \
    {GET_HEAD, "/api/v1/" kind "/{id}", handle_collection_item, k, CACHED}

const route csto_routes[] = {
    COLLECTION("meetings", SNAP_MEETINGS),
    COLLECTION("members", SNAP_MEMBERS),
    COLLECTION("officials", SNAP_OFFICIALS),
    COLLECTION("documents", SNAP_DOCUMENTS),
    COLLECTION("articles", SNAP_ARTICLES),
    {GET_HEAD, "/api/v1/search", handle_search, 0, CACHED},
    {GET_HEAD, "/api/v1/stats/meetings", handle_stats, 0, CACHED},
    {GET_HEAD, "/api/v1/stats/documents", handle_stats, 1, CACHED},
    {GET_HEAD, "/api/v1/stats/members", handle_stats, 2, CACHED},
    /* live state, a file, or an error: never cached */
    {GET_HEAD, "/healthz", handle_healthz, 0, 0},
    {GET_HEAD, "/metrics", handle_metrics, 0, 0},
    {GET_HEAD, "/openapi.json", handle_openapi, 0, 0},
    {HTTP_ANY, "/api/*", handle_not_found, 0, 0},
    {GET_HEAD, "/*", handle_static, 0, 0},
};

const size_t csto_nroutes = sizeof csto_routes / sizeof csto_routes[0];
