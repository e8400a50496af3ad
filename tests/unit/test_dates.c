/* test_dates — date_find on absolute, partial and relative forms, with the
 * precision the text gives; date_parse_line on header lines; date_compatible,
 * date_cmp, date_add_days, date_precision and date_format (model/dates.h). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "model/corpus.h"
#include "model/dates.h"
#include "tests/common/gazfix.h"

static const cdate NONE = {0, 0, 0};

/* All dates in s, formatted "2018-11-08|2020" ("?-11-28" for no year), and the
 * text of the first hit in first (may be NULL). */
static void dates_in(const char *s, cdate ref, cdate anchor, char *out, size_t outlen, char *first, size_t flen)
{
    toklist tl;
    assert_int_equal(toklist_build(&tl, s, strlen(s), gaz_is_abbrev, G), 0);
    date_hit h[8];
    int n = date_find(G, &tl, 0, tl.n, ref, anchor, h, 8);
    sbuf b = {0};
    for (int i = 0; i < n; i++) {
        if (i) sbuf_putc(&b, '|');
        if (h[i].date.y) date_format(&b, h[i].date);
        else sbuf_printf(&b, "?-%02d-%02d", h[i].date.m, h[i].date.d);
    }
    snprintf(out, outlen, "%s", sbuf_str(&b));
    sbuf_free(&b);
    if (first) {
        if (n) snprintf(first, flen, "%.*s", (int)(tl.t[h[0].end - 1].end - tl.t[h[0].start].start), s + tl.t[h[0].start].start);
        else first[0] = '\0';
    }
    toklist_free(&tl);
}

static void expect(const char *s, cdate ref, cdate anchor, const char *want, const char *want_first)
{
    char got[256], first[128];
    dates_in(s, ref, anchor, got, sizeof got, first, sizeof first);
    if (strcmp(got, want)) fprintf(stderr, "in \"%s\"\n", s);
    assert_string_equal(got, want);
    if (want_first) assert_string_equal(first, want_first);
}

static void test_absolute_forms(void **state)
{
    expect("The summit took place on 8 November 2018 in Astana.", NONE, NONE, "2018-11-08", "8 November 2018");
    expect("It opened on 8th of November 2018.", NONE, NONE, "2018-11-08", "8th of November 2018");
    expect("Published 09 November, 2018, 11:07", NONE, NONE, "2018-11-09", "09 November, 2018");
    expect("on September 15, 2021 the talks began", NONE, NONE, "2021-09-15", "September 15, 2021");
    expect("Date: 27.05.2020", NONE, NONE, "2020-05-27", "27.05.2020");
    expect("Date: 2018-11-08.", NONE, NONE, "2018-11-08", "2018-11-08");
    expect("Date: 27/05/2020.", NONE, NONE, "2020-05-27", NULL);
    expect("The ministers meet on Nov. 8 in Minsk.", NONE, NONE, "?-11-08", "Nov. 8");
    expect("The ministers meet on 28 November.", NONE, NONE, "?-11-28", NULL);
}

static void test_partial_precision(void **state)
{
    /* a month stays a month, a year stays a year, even with a full reference */
    cdate ref = {2020, 6, 3};
    expect("The talks were postponed to May 2020.", ref, NONE, "2020-05", "May 2020");
    expect("It was planned for November, 2018.", ref, NONE, "2018-11", NULL);
    expect("The Organisation was founded in 2002.", ref, NONE, "2002", "2002");
    expect("The plan for 2021-2025 is ready", ref, NONE, "", NULL); /* a range is not a date */
    expect("1500 troops and 12 vehicles", ref, NONE, "", NULL);     /* not years */
}

static void test_may_is_a_month_only_when_capitalised(void **state)
{
    cdate ref = {2020, 6, 3};
    expect("The ministers may meet again in 2021.", ref, NONE, "2021", "2021");
    expect("They met on 26 May 2020.", ref, NONE, "2020-05-26", NULL);
    expect("They met in May 2020.", ref, NONE, "2020-05", NULL);
}

static void test_several_dates_in_order(void **state)
{
    expect("Between 8 November 2018 and 27.05.2020 and in 2021.", NONE, NONE, "2018-11-08|2020-05-27|2021", NULL);
}

static void test_invalid_days_rejected(void **state)
{
    expect("on 31.02.2020", NONE, NONE, "", NULL);
    /* an impossible day is not kept; the month and year still are */
    expect("on 30 February 2020", NONE, NONE, "2020-02", "February 2020");
    expect("on 29 February 2020", NONE, NONE, "2020-02-29", NULL); /* leap year */
}

static void test_relative_to_reference(void **state)
{
    cdate ref = {2021, 9, 15}; /* a Wednesday */
    expect("The ministers met yesterday.", ref, NONE, "2021-09-14", "yesterday");
    expect("They meet today in Dushanbe.", ref, NONE, "2021-09-15", "today");
    expect("They will meet tomorrow.", ref, NONE, "2021-09-16", "tomorrow");
    expect("The presidents met on Monday.", ref, NONE, "2021-09-13", "Monday");
    expect("The presidents met on Wednesday.", ref, NONE, "2021-09-15", NULL);
    expect("The council met on Friday.", ref, NONE, "2021-09-10", NULL);
    expect("The council will meet next Friday.", ref, NONE, "2021-09-17", NULL);
    expect("The summit will be held next year.", ref, NONE, "2022", "next year");
    expect("It was agreed this year.", ref, NONE, "2021", "this year");
    expect("It was agreed last year.", ref, NONE, "2020", "last year");
    expect("The session is due next month.", ref, NONE, "2021-10", "next month");
    /* month and year boundaries */
    expect("They met yesterday.", (cdate){2021, 1, 1}, NONE, "2020-12-31", NULL);
    expect("They meet tomorrow.", (cdate){2020, 2, 28}, NONE, "2020-02-29", NULL);
    expect("Talks resume next month.", (cdate){2021, 12, 2}, NONE, "2022-01", NULL);
}

static void test_relative_needs_reference(void **state)
{
    /* without a full reference, day-relative forms are skipped */
    expect("The ministers met yesterday.", NONE, NONE, "", NULL);
    expect("The presidents met on Monday.", (cdate){2021, 9, 0}, NONE, "", NULL);
    /* a year-relative form needs only the year */
    expect("next year", (cdate){2021, 0, 0}, NONE, "2022", NULL);
}

static void test_relative_to_anchor(void **state)
{
    cdate ref = {2021, 9, 15}, anchor = {2021, 9, 14};
    expect("Earlier in the day, the ministers met.", ref, anchor, "2021-09-14", "Earlier in the day");
    expect("Later in the day the presidents met.", ref, anchor, "2021-09-14", NULL);
    expect("On the same day the council met.", ref, anchor, "2021-09-14", "On the same day");
    /* without an anchor, the reference is the day */
    expect("Earlier in the day, the ministers met.", ref, NONE, "2021-09-15", NULL);
}

static void test_parse_line(void **state)
{
    struct { const char *line; int ok; cdate d; } cases[] = {
        {"27.05.2020", 1, {2020, 5, 27}},
        {"09 November, 2018, 11:07 410", 1, {2018, 11, 9}},
        {"September 15, 2021 14:30", 1, {2021, 9, 15}},
        {"(26 May 2020)", 1, {2020, 5, 26}},
        {"2018-11-08", 1, {2018, 11, 8}},
        {"May 2020", 1, {2020, 5, 0}},
        {"2020", 0, {0}},                               /* a year alone is not a publication date */
        {"8 November 2018 the ministers met", 0, {0}},  /* words after the date */
        {"Minsk, 8 November 2018", 0, {0}},             /* does not start with a date */
        {"", 0, {0}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        cdate d = {-1, -1, -1};
        int ok = date_parse_line(G, cases[i].line, strlen(cases[i].line), &d);
        if (ok != cases[i].ok) fprintf(stderr, "line \"%s\"\n", cases[i].line);
        assert_int_equal(ok, cases[i].ok);
        if (ok) {
            assert_int_equal(d.y, cases[i].d.y);
            assert_int_equal(d.m, cases[i].d.m);
            assert_int_equal(d.d, cases[i].d.d);
        } else {
            assert_int_equal(d.y, -1); /* untouched */
        }
    }
}

static void test_compatible_cmp_precision(void **state)
{
    cdate day = {2018, 11, 8}, month = {2018, 11, 0}, year = {2018, 0, 0}, noyear = {0, 11, 8};
    assert_true(date_compatible(day, month));
    assert_true(date_compatible(day, year));
    assert_true(date_compatible(day, noyear));
    assert_true(date_compatible(NONE, day));
    assert_false(date_compatible(day, (cdate){2018, 11, 9}));
    assert_false(date_compatible(month, (cdate){2018, 12, 0}));
    assert_false(date_compatible(year, (cdate){2019, 0, 0}));
    assert_false(date_compatible(noyear, (cdate){2018, 11, 7}));

    assert_true(date_cmp(day, (cdate){2018, 11, 9}) < 0);
    assert_true(date_cmp((cdate){2019, 1, 1}, day) > 0);
    assert_int_equal(date_cmp(day, month), 0); /* equal at the common precision */
    assert_true(date_cmp(month, (cdate){2018, 10, 31}) > 0);

    assert_int_equal(date_precision(day), 3);
    assert_int_equal(date_precision(month), 2);
    assert_int_equal(date_precision(year), 1);
    assert_int_equal(date_precision(noyear), 0);
}

static void test_add_days_and_format(void **state)
{
    cdate d = date_add_days((cdate){2020, 12, 31}, 1);
    assert_int_equal(d.y, 2021);
    assert_int_equal(d.m, 1);
    assert_int_equal(d.d, 1);
    d = date_add_days((cdate){2024, 3, 1}, -1);
    assert_int_equal(d.m, 2);
    assert_int_equal(d.d, 29);
    d = date_add_days((cdate){2020, 5, 0}, 3); /* not a full date: unchanged */
    assert_int_equal(d.m, 5);
    assert_int_equal(d.d, 0);

    sbuf b = {0};
    date_format(&b, (cdate){2018, 11, 8});
    sbuf_putc(&b, ' ');
    date_format(&b, (cdate){2020, 5, 0});
    sbuf_putc(&b, ' ');
    date_format(&b, (cdate){2019, 0, 0});
    sbuf_putc(&b, ' ');
    date_format(&b, (cdate){0, 11, 8});
    assert_string_equal(sbuf_str(&b), "2018-11-08 2020-05 2019 ");
    sbuf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_absolute_forms),
        cmocka_unit_test(test_partial_precision),
        cmocka_unit_test(test_may_is_a_month_only_when_capitalised),
        cmocka_unit_test(test_several_dates_in_order),
        cmocka_unit_test(test_invalid_days_rejected),
        cmocka_unit_test(test_relative_to_reference),
        cmocka_unit_test(test_relative_needs_reference),
        cmocka_unit_test(test_relative_to_anchor),
        cmocka_unit_test(test_parse_line),
        cmocka_unit_test(test_compatible_cmp_precision),
        cmocka_unit_test(test_add_days_and_format),
    };
    return cmocka_run_group_tests(tests, gazfix_setup, gazfix_teardown);
}
