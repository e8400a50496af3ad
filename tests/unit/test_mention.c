/* test_mention — the mention index the extraction stages share
 * (model/extract/mention.h): spans in start order, found by token with a
 * binary search; adding out of order is refused. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "model/extract/mention.h"

static void add(mentions *ms, int kind, int value, size_t s, size_t e)
{
    mention m = {kind, value, 0, 0, s, e, NULL};
    assert_int_equal(mentions_add(ms, &m), 0);
}

/* A token inside a span finds it; one between spans or past the end does not. */
static void test_mention_at(void **state)
{
    (void)state;
    mentions ms = {0};
    add(&ms, MK_NAME, 7, 2, 5);
    add(&ms, MK_NAME, 8, 9, 10);
    add(&ms, MK_NAME, 9, 10, 14);
    assert_null(mention_at(&ms, MK_NAME, 0));
    assert_null(mention_at(&ms, MK_NAME, 1));
    assert_int_equal(mention_at(&ms, MK_NAME, 2)->value, 7);
    assert_int_equal(mention_at(&ms, MK_NAME, 4)->value, 7);
    assert_null(mention_at(&ms, MK_NAME, 5));
    assert_null(mention_at(&ms, MK_NAME, 8));
    assert_int_equal(mention_at(&ms, MK_NAME, 9)->value, 8);
    assert_int_equal(mention_at(&ms, MK_NAME, 10)->value, 9);
    assert_int_equal(mention_at(&ms, MK_NAME, 13)->value, 9);
    assert_null(mention_at(&ms, MK_NAME, 14));
    assert_null(mention_at(&ms, MK_COUNTRY, 3)); /* kinds are apart */
    mentions_free(&ms);
}

/* Several readings of one span ("defence and foreign ministers"): all of them
 * are listed from their start, and a token finds the last one. */
static void test_mentions_from(void **state)
{
    (void)state;
    mentions ms = {0};
    add(&ms, MK_BODY, 1, 3, 6);
    add(&ms, MK_BODY, 2, 3, 6);
    add(&ms, MK_BODY, 3, 8, 9);
    assert_int_equal(mentions_from(&ms, MK_BODY, 0), 0);
    assert_int_equal(mentions_from(&ms, MK_BODY, 3), 0);
    assert_int_equal(mentions_from(&ms, MK_BODY, 4), 2);
    assert_int_equal(mentions_from(&ms, MK_BODY, 9), 3);
    assert_int_equal(mention_at(&ms, MK_BODY, 5)->value, 2);
    mentions_truncate(&ms, MK_BODY, 2);
    assert_int_equal(ms.n[MK_BODY], 2);
    assert_null(mention_at(&ms, MK_BODY, 8));
    mentions_free(&ms);
}

/* A mention that starts before the last one of its kind, or of no kind, is refused. */
static void test_out_of_order(void **state)
{
    (void)state;
    mentions ms = {0};
    add(&ms, MK_COUNTRY, 1, 5, 6);
    mention early = {MK_COUNTRY, 2, 0, 0, 4, 5, NULL}, bad = {MK_KINDS, 0, 0, 0, 0, 1, NULL};
    assert_int_equal(mentions_add(&ms, &early), -1);
    assert_int_equal(mentions_add(&ms, &bad), -1);
    assert_int_equal(ms.n[MK_COUNTRY], 1);
    /* many mentions: the array grows and the search still finds each */
    for (size_t i = 10; i < 1010; i++) add(&ms, MK_COUNTRY, (int)i, 2 * i, 2 * i + 1);
    for (size_t i = 10; i < 1010; i++) {
        assert_int_equal(mention_at(&ms, MK_COUNTRY, 2 * i)->value, (int)i);
        assert_null(mention_at(&ms, MK_COUNTRY, 2 * i + 1));
    }
    mentions_free(&ms);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_mention_at),
        cmocka_unit_test(test_mentions_from),
        cmocka_unit_test(test_out_of_order),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
