/* test_ranked — the ranked lists a snapshot keeps per full-text query
 * (model/ranked.h): a kept list gives back any slice of itself and its
 * length; a query is kept per set of kinds; the budget pushes the oldest
 * out and never keeps a list larger than an eighth of it; the sort is
 * search's order (score, then kind name, then rowid); CSTO_RANK_CACHE_BYTES
 * is read as a size or refused. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/ranked.h"

static ranked_hit *hits_of(size_t n)
{
    ranked_hit *h = calloc(n ? n : 1, sizeof *h);
    assert_non_null(h);
    for (size_t i = 0; i < n; i++)
        h[i] = (ranked_hit){.score = -(double)(n - i), .rowid = (long long)i + 1, .kind = (int)(i % 3)};
    return h;
}

static void test_ranked_slices(void **state)
{
    (void)state;
    ranked_cache *c = ranked_cache_new(1 << 20);
    assert_non_null(c);
    ranked_hit *all = hits_of(100), page[10], *pp = page;
    size_t n = 0, total = 0;
    assert_int_equal(ranked_cache_get(c, 3, "\"moscow\"", 0, 10, &pp, &n, &total), 0); /* not ranked yet */
    ranked_cache_put(c, 3, "\"moscow\"", all, 100, 100);
    all[0].rowid = 999; /* the cache kept a copy */
    assert_int_equal(ranked_cache_get(c, 3, "\"moscow\"", 20, 10, &pp, &n, &total), 1);
    assert_int_equal(total, 100);
    assert_int_equal(n, 10);
    assert_int_equal(page[0].rowid, 21);
    assert_int_equal(page[9].rowid, 30);
    assert_int_equal(ranked_cache_get(c, 3, "\"moscow\"", 95, 10, &pp, &n, &total), 1); /* the tail */
    assert_int_equal(n, 5);
    assert_int_equal(page[4].rowid, 100);
    assert_int_equal(ranked_cache_get(c, 3, "\"moscow\"", 500, 10, &pp, &n, &total), 1); /* past the end */
    assert_int_equal(n, 0);
    assert_int_equal(total, 100);
    ranked_hit *rest = NULL; /* limit < 0: to the end, allocated */
    assert_int_equal(ranked_cache_get(c, 3, "\"moscow\"", 1, -1, &rest, &n, &total), 1);
    assert_int_equal(n, 99);
    assert_int_equal(rest[0].rowid, 2);
    assert_true(rest[0].score == -99.0);
    free(rest);
    /* another set of kinds, another query: not the same list */
    assert_int_equal(ranked_cache_get(c, 1, "\"moscow\"", 0, 10, &pp, &n, &total), 0);
    assert_int_equal(ranked_cache_get(c, 3, "\"moscow\"*", 0, 10, &pp, &n, &total), 0);
    assert_int_equal(ranked_cache_get(c, 3, "\"mosco\"", 0, 10, &pp, &n, &total), 0);
    /* a query with no match is kept too: its total is 0 */
    ranked_cache_put(c, 3, "\"zzz\"", NULL, 0, 0);
    assert_int_equal(ranked_cache_get(c, 3, "\"zzz\"", 0, 10, &pp, &n, &total), 1);
    assert_int_equal(total, 0);
    free(all);
    ranked_cache_free(c);
}

/* A budget of 64 KiB keeps lists of at most 8 KiB; the newest stay, the
 * oldest go when a new list does not fit. */
static void test_ranked_budget(void **state)
{
    (void)state;
    ranked_cache *c = ranked_cache_new(64 << 10);
    ranked_hit *big = hits_of(1000), *small = hits_of(200), page[1], *pp = page; /* ~24 KB, ~5 KB */
    size_t n, total;
    ranked_cache_put(c, 1, "big", big, 1000, 1000);
    assert_int_equal(ranked_cache_get(c, 1, "big", 0, 1, &pp, &n, &total), 0); /* over an eighth: not kept */
    char q[16];
    for (int i = 0; i < 40; i++) {
        snprintf(q, sizeof q, "q%d", i);
        ranked_cache_put(c, 1, q, small, 200, 200);
    }
    assert_int_equal(ranked_cache_get(c, 1, "q39", 0, 1, &pp, &n, &total), 1); /* the newest */
    assert_int_equal(total, 200);
    assert_int_equal(ranked_cache_get(c, 1, "q0", 0, 1, &pp, &n, &total), 0); /* the oldest went */
    int kept = 0;
    for (int i = 0; i < 40; i++) {
        snprintf(q, sizeof q, "q%d", i);
        kept += ranked_cache_get(c, 1, q, 0, 1, &pp, &n, &total);
    }
    assert_true(kept >= 10 && kept < 14); /* about 64 KiB / 5 KB of them */
    free(big);
    free(small);
    ranked_cache_free(c);
    assert_null(ranked_cache_new(0)); /* a budget of 0 keeps nothing */
    assert_int_equal(ranked_cache_get(NULL, 1, "q", 0, 1, &pp, &n, &total), 0);
    ranked_cache_put(NULL, 1, "q", page, 1, 1);
}

static void test_ranked_sort(void **state)
{
    (void)state;
    static const char *const names[] = {"meetings", "articles", "officials"};
    ranked_hit h[] = {
        {.score = -1.0, .rowid = 5, .kind = 0}, {.score = -2.0, .rowid = 9, .kind = 2},
        {.score = -1.0, .rowid = 7, .kind = 1}, {.score = -1.0, .rowid = 3, .kind = 0},
        {.score = -2.0, .rowid = 1, .kind = 2},
    };
    ranked_sort(h, 5, names);
    /* best (lowest) score first; ties by kind name (articles < meetings), then rowid */
    long long want_row[] = {1, 9, 7, 3, 5};
    int want_kind[] = {2, 2, 1, 0, 0};
    for (int i = 0; i < 5; i++) {
        assert_int_equal(h[i].rowid, want_row[i]);
        assert_int_equal(h[i].kind, want_kind[i]);
    }
}

/* A window: the best 100 of 1,000 matches kept; a page inside it is a slice
 * with the whole total, a page past it (or to the end) is ranked again. */
static void test_ranked_window(void **state)
{
    (void)state;
    ranked_cache *c = ranked_cache_new(1 << 20);
    ranked_hit *best = hits_of(100), page[10], *pp = page, *rest = NULL;
    size_t n, total;
    ranked_cache_put(c, 1, "q", best, 100, 1000);
    assert_int_equal(ranked_cache_get(c, 1, "q", 50, 10, &pp, &n, &total), 1);
    assert_int_equal(total, 1000);
    assert_int_equal(n, 10);
    assert_int_equal(page[0].rowid, 51);
    assert_int_equal(ranked_cache_get(c, 1, "q", 90, 10, &pp, &n, &total), 1); /* its last page */
    assert_int_equal(ranked_cache_get(c, 1, "q", 95, 10, &pp, &n, &total), 0); /* past the window */
    assert_int_equal(ranked_cache_get(c, 1, "q", 0, -1, &rest, &n, &total), 0);
    /* ranked again with a wider window: the wider list replaces the narrower, a narrower one does not */
    ranked_hit *wider = hits_of(300);
    ranked_cache_put(c, 1, "q", wider, 300, 1000);
    assert_int_equal(ranked_cache_get(c, 1, "q", 250, 10, &pp, &n, &total), 1);
    assert_int_equal(page[0].rowid, 251);
    ranked_cache_put(c, 1, "q", best, 100, 1000);
    assert_int_equal(ranked_cache_get(c, 1, "q", 250, 10, &pp, &n, &total), 1);
    free(wider);
    free(best);
    ranked_cache_free(c);
}

/* ranked_top puts the best k first in ranked_sort's order, whatever the
 * input's order, with ties on score broken by kind name then rowid. */
static void test_ranked_top(void **state)
{
    (void)state;
    static const char *const names[] = {"meetings", "articles", "officials"};
    enum { N = 5000 };
    ranked_hit *a = calloc(N, sizeof *a), *b = calloc(N, sizeof *b);
    assert_non_null(a);
    assert_non_null(b);
    unsigned x = 12345;
    for (int i = 0; i < N; i++) {
        x = x * 1103515245u + 12345u;
        a[i] = (ranked_hit){.score = -(double)((x >> 8) % 300), .rowid = (long long)((x >> 4) % 997), .kind = (int)(x % 3)};
    }
    memcpy(b, a, N * sizeof *a);
    ranked_sort(b, N, names);
    static const size_t ks[] = {0, 1, 7, 1024, 4999, 5000, 9000};
    for (size_t t = 0; t < sizeof ks / sizeof ks[0]; t++) {
        ranked_hit *c = malloc(N * sizeof *c);
        assert_non_null(c);
        memcpy(c, a, N * sizeof *a);
        size_t kept = ranked_top(c, N, ks[t], names);
        assert_int_equal(kept, ks[t] < N ? ks[t] : N);
        for (size_t i = 0; i < kept; i++) {
            assert_true(c[i].score == b[i].score);
            assert_int_equal(c[i].kind, b[i].kind);
            assert_int_equal(c[i].rowid, b[i].rowid);
        }
        free(c);
    }
    free(a);
    free(b);
}

static void test_ranked_budget_env(void **state)
{
    (void)state;
    size_t b;
    unsetenv("CSTO_RANK_CACHE_BYTES");
    assert_int_equal(ranked_budget_from_env(&b), 0);
    assert_int_equal(b, RANKED_DEFAULT_BYTES);
    static const struct {
        const char *v;
        int rc;
        size_t bytes;
    } cases[] = {
        {"0", 0, 0}, {"4096", 0, 4096}, {"16M", 0, 16u << 20}, {"2k", 0, 2048}, {"1G", 0, 1u << 30},
        {"", 0, RANKED_DEFAULT_BYTES}, {"lots", -1, 0}, {"16MB", -1, 0}, {"-5", -1, 0}, {"99999999999999999999G", -1, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        setenv("CSTO_RANK_CACHE_BYTES", cases[i].v, 1);
        int rc = ranked_budget_from_env(&b);
        assert_int_equal(rc, cases[i].rc);
        if (rc == 0)
            assert_int_equal(b, cases[i].bytes);
    }
    unsetenv("CSTO_RANK_CACHE_BYTES");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ranked_slices),
        cmocka_unit_test(test_ranked_budget),
        cmocka_unit_test(test_ranked_sort),
        cmocka_unit_test(test_ranked_window),
        cmocka_unit_test(test_ranked_top),
        cmocka_unit_test(test_ranked_budget_env),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
