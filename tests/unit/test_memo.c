/* test_memo — the bounded memo (model/memo.h) that spares ICU and the
 * stemmer work they did before: a remembered key gives its value back, a
 * key it never saw or that another key pushed out of its cell misses, and
 * keys are compared whole (a prefix or a longer key is another key). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "model/memo.h"

static void test_memo_remembers(void **state)
{
    (void)state;
    memo m = {0};
    assert_null(memo_get(&m, "лавров", strlen("лавров"))); /* empty: no cells yet */
    assert_int_equal(memo_put(&m, 64, "лавров", strlen("лавров"), "lavrov"), 0);
    assert_string_equal(memo_get(&m, "лавров", strlen("лавров")), "lavrov");
    assert_null(memo_get(&m, "лавро", strlen("лавро")));     /* a prefix is another key */
    assert_null(memo_get(&m, "лавровым", strlen("лавровым"))); /* so is a longer one */
    assert_int_equal(memo_put(&m, 64, "лавров", strlen("лавров"), "lavrov2"), 0);
    assert_string_equal(memo_get(&m, "лавров", strlen("лавров")), "lavrov2"); /* replaced */
    assert_int_equal(memo_put(&m, 64, "", 0, ""), 0);                      /* empty key and value */
    assert_string_equal(memo_get(&m, "", 0), "");
    memo_free(&m);
    assert_null(memo_get(&m, "лавров", strlen("лавров")));
}

/* More keys than cells: each get answers with the key's own value or misses. */
static void test_memo_bounded(void **state)
{
    (void)state;
    memo m = {0};
    char k[32], v[32];
    for (int i = 0; i < 1000; i++) {
        snprintf(k, sizeof k, "k%d", i);
        snprintf(v, sizeof v, "v%d", i);
        assert_int_equal(memo_put(&m, 16, k, strlen(k), v), 0);
    }
    assert_int_equal(m.cap, 16);
    int hits = 0;
    for (int i = 0; i < 1000; i++) {
        snprintf(k, sizeof k, "k%d", i);
        snprintf(v, sizeof v, "v%d", i);
        const char *got = memo_get(&m, k, strlen(k));
        if (got) assert_string_equal(got, v), hits++;
    }
    assert_true(hits >= 1 && hits <= 16);
    snprintf(k, sizeof k, "k%d", 999);
    assert_string_equal(memo_get(&m, k, strlen(k)), "v999"); /* the last put is always there */
    memo_free(&m);
}

static void test_memo_bad_cap(void **state)
{
    (void)state;
    memo m = {0};
    assert_int_equal(memo_put(&m, 12, "a", 1, "b"), -1); /* not a power of two */
    assert_null(memo_get(&m, "a", 1));
    memo_free(&m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_memo_remembers),
        cmocka_unit_test(test_memo_bounded),
        cmocka_unit_test(test_memo_bad_cap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
