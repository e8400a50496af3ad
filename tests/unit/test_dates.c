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

/* All dates in s, formatted "2018-11-08|2020" ("?-11-28", "?-05" for no year;
 * "2018-11-08..09" for a range of days), and the text of the first hit in
 * first (may be NULL). */
static cdate told; /* the year (and month) last named, for "a year later", "two months later" (0: none) */

static void dates_in(const char *s, cdate ref, cdate anchor, char *out, size_t outlen, char *first, size_t flen)
{
    toklist tl;
    assert_int_equal(toklist_build(&tl, s, strlen(s), gaz_is_abbrev, G), 0);
    date_hit h[8];
    cdate year = told; /* a copy: each call starts from the year the test sets */
    int n = date_find(G, &tl, 0, tl.n, ref, anchor, &year, h, 8);
    sbuf b = {0};
    for (int i = 0; i < n; i++) {
        if (i) sbuf_putc(&b, '|');
        if (h[i].date.y) date_format(&b, h[i].date);
        else if (h[i].date.d) sbuf_printf(&b, "?-%02d-%02d", h[i].date.m, h[i].date.d);
        else sbuf_printf(&b, "?-%02d", h[i].date.m);
        if (h[i].last) sbuf_printf(&b, "..%02d", h[i].last);
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
    expect("Civil Georgia, Tbilisi / 5 Sep.'08 / 20:52", NONE, NONE, "2008-09-05", NULL); /* a two-digit year after an apostrophe */
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
    expect("A year ago, the leaders met in Moscow.", ref, NONE, "2020", "A year ago");
    expect("Exactly a year ago, at a Kremlin summit, they signed it.", ref, NONE, "2020", "Exactly a year ago");
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
    /* ... and a day-relative or week-relative one, with only the year known, is that year */
    expect("He left for Moscow this morning.", (cdate){2021, 0, 0}, NONE, "2021", NULL);
    expect("The ministers meet this week.", (cdate){2021, 0, 0}, NONE, "2021", NULL);
}

static void test_relative_to_anchor(void **state)
{
    cdate ref = {2021, 9, 15}, anchor = {2021, 9, 14};
    expect("Earlier in the day, the ministers met.", ref, anchor, "2021-09-14", "Earlier in the day");
    expect("Later in the day the presidents met.", ref, anchor, "2021-09-14", NULL);
    expect("On the same day the council met.", ref, anchor, "2021-09-14", "On the same day");
    expect("The council convened by video that same evening.", ref, anchor, "2021-09-14", "that same evening");
    expect("That very day the council met.", ref, anchor, "2021-09-14", "That very day");
    /* a day named earlier in the sentence is the anchor, not the one before it */
    expect("The ministers met on 10 September, and the presidents met later the same day.", ref, anchor,
           "?-09-10|2021-09-10", NULL);
    expect("The ministers met on Thursday, and the presidents met the same day.", ref, anchor, "2021-09-09|2021-09-09", NULL);
    /* a month named earlier in the sentence is all "the day before" can say */
    expect("In November 2020, the presidents met, and the ministers met the day before.", ref, anchor, "2020-11|2020-11", NULL);
    /* ... and a month without a year, in a story told of a year ("In 2020 ... in November") */
    expect("In 2020 the rift grew: he skipped the summit in November, and the ministers met the day before.", ref, anchor,
           "2020|?-11|2020-11", NULL);
    expect("The day before, the ministers met in a joint session.", ref, anchor, "2021-09-13", "The day before");
    expect("A day earlier the ministers met.", ref, anchor, "2021-09-13", "A day earlier");
    expect("Накануне в Москве прошли заседания министров.", ref, anchor, "2021-09-13", "Накануне");
    expect("The day before yesterday the ministers met.", ref, anchor, "2021-09-13", "The day before yesterday"); /* -2 from the reference */
    expect("Three days later the defence ministers met.", ref, anchor, "2021-09-17", "Three days later");
    expect("Four days later, at a video summit, the leaders spoke.", ref, anchor, "2021-09-18", "Four days later");
    expect("Two weeks earlier the ministers met.", ref, anchor, "2021-08-31", "Two weeks earlier");
    expect("A week earlier the ministers met.", ref, anchor, "2021-09-07", "A week earlier");
    /* years from the year last named */
    told = (cdate){2022, 0, 0};
    expect("A year later, he skipped the summit in Minsk.", ref, anchor, "2023", "A year later");
    expect("The previous year the council met in Yerevan.", ref, anchor, "2021", "The previous year");
    expect("The session was held in Dushanbe in September that year.", ref, anchor, "2022-09", "September that year");
    expect("The council met in Astana in November of that year.", ref, anchor, "2022-11", "November of that year");
    expect("В том же году сессия прошла в Минске.", ref, anchor, "2022", "В том же году");
    /* months from the month last named with its year */
    expect("Two months later, at a summit in Yerevan, he refused to sign.", ref, anchor, "", NULL); /* no month named */
    told = (cdate){2022, 9, 0};
    expect("Two months later, at a summit in Yerevan, he refused to sign.", ref, anchor, "2022-11", "Two months later");
    expect("Four months later the ministers met in Minsk.", ref, anchor, "2023-01", "Four months later");
    expect("A month earlier the ministers met.", ref, anchor, "2022-08", "A month earlier");
    expect("The secretaries convened in Moscow that month.", ref, anchor, "2022-09", "that month");
    expect("Спустя два месяца на саммите в Ереване он отказался подписать декларацию.", ref, anchor, "2022-11",
           "Спустя два месяца");
    told = (cdate){0, 0, 0};
    expect("A year later, he skipped the summit in Minsk.", ref, anchor, "", NULL); /* no year named: none */
    /* the month moves with the dates the text names: a year alone or a month without its year leaves it unknown */
    expect("In September 2022 the border flared up; two months later the summit met.", ref, anchor, "2022-09|2022-11",
           "September 2022");
    expect("In September 2022 the border flared up; in 2023 and two months later it did again.", ref, anchor,
           "2022-09|2023", "September 2022");
    expect("In September 2022 the border flared up; in May and two months later it did again.", ref, anchor,
           "2022-09|?-05", "September 2022");
    expect("It chaired the CSTO in 2021 and hosted the session in September that year.", ref, anchor, "2021|2021-09",
           "2021"); /* the year named before in the sentence */
    /* without an anchor, the reference is the day */
    expect("Earlier in the day, the ministers met.", ref, NONE, "2021-09-15", NULL);
    /* a reference day without its year (a report that says "Today, 6 October"): "today" is that day */
    expect("The session is held today.", (cdate){0, 10, 6}, NONE, "?-10-06", "today");
    expect("They arrived yesterday.", (cdate){0, 10, 6}, NONE, "?-10-05", "yesterday");
}

/* ---- the table of date forms -------------------------------------------
 * One row per form: the text, the reference (publication) date, the dates
 * date_find returns ("" for none; "?-11-08" and "?-05" have no year: the
 * caller completes them) and the text of the first hit (NULL: not checked).
 * A new form is one row here plus, when it needs a word, one line in
 * data/dates.tsv or data/months.tsv. */
static const cdate R2021 = {2021, 9, 15};  /* a Wednesday */
static const cdate R2019 = {2019, 11, 10}; /* a Sunday */
static const cdate RJAN = {2021, 1, 5};    /* a Tuesday */

static const struct {
    const char *text;
    cdate ref;
    const char *want, *first;
} FORMS[] = {
    /* numeric */
    {"on 27.05.2020 in Minsk", {0, 0, 0}, "2020-05-27", "27.05.2020"},
    {"since 2018-11-08", {0, 0, 0}, "2018-11-08", "2018-11-08"},
    {"on 27/05/2020", {0, 0, 0}, "2020-05-27", "27/05/2020"},
    {"on 05/27/2020", {0, 0, 0}, "2020-05-27", NULL},        /* 27 > 12: month first */
    {"on 05/06/2020", {0, 0, 0}, "2020-06-05", NULL},        /* both <= 12: day first */
    {"Ainur Kassymova 6/21/04", {0, 0, 0}, "2004-06-21", "6/21/04"}, /* a year of two digits after slashes */
    {"Updated 22:36, 16-May-2022", {0, 0, 0}, "2022-05-16", "16-May-2022"}, /* glued hyphens (CGTN) */
    {"on 21/6/04", {0, 0, 0}, "2004-06-21", "21/6/04"},
    {"in 1.2.10 of the plan", {0, 0, 0}, "", NULL},              /* dots: two digits each, or no date */
    {"on 11-10-2018", {0, 0, 0}, "2018-10-11", NULL},
    {"18:27 | 05/ 09/ 2008", {0, 0, 0}, "2008-09-05", "05/ 09/ 2008"}, /* each separator glued to the number before */
    {"5/ 9/ 2008 and 5. 9. 2008", {0, 0, 0}, "2008-09-05|2008-09-05", "5/ 9/ 2008"},
    {"pages 5 / 9 / 2008", {0, 0, 0}, "2008", NULL}, /* spaced both sides: no day and month, the year alone */
    {"the November (2022) session", {0, 0, 0}, "2022-11", "November (2022)"},
    {"at 2021-11-23T10:00:00Z", {0, 0, 0}, "2021-11-23", "2021-11-23T10"},
    {"on 31.02.2020", {0, 0, 0}, "", NULL},
    /* day month year */
    {"on 8 November 2018 in Astana", {0, 0, 0}, "2018-11-08", "8 November 2018"},
    {"on 8th of November 2018", {0, 0, 0}, "2018-11-08", "8th of November 2018"},
    {"09 November, 2018, 11:07", {0, 0, 0}, "2018-11-09", "09 November, 2018"},
    {"on the first of November 2018", {0, 0, 0}, "2018-11-01", "first of November 2018"},
    {"30 Nov 2017 12:44", {0, 0, 0}, "2017-11-30", "30 Nov 2017"},
    {"on 28 November", R2021, "?-11-28", "28 November"},
    /* month day year */
    {"on Nov. 8, 2018", {0, 0, 0}, "2018-11-08", "Nov. 8, 2018"},
    {"on November 8th", {0, 0, 0}, "?-11-08", "November 8th"},
    {"on September 15, 2021 the talks", {0, 0, 0}, "2021-09-15", "September 15, 2021"},
    {"Nov 28 2008", {0, 0, 0}, "2008-11-28", NULL},
    /* months and years */
    {"postponed to May 2020", R2021, "2020-05", "May 2020"},
    {"planned for November, 2018", R2021, "2018-11", NULL},
    {"in November of 2018", R2021, "2018-11", "November of 2018"},
    {"will meet in May", R2021, "?-05", "May"},
    {"building toward October, when", R2021, "?-10", "October"},           /* month_prep: toward */
    {"submitted to the December session", R2021, "?-12", "December"},     /* a month qualifying the noun */
    {"на декабрьскую сессию Совета", R2021, "?-12", "декабрьскую"},      /* a month adjective */
    {"Майский саммит прошел в Москве", R2021, "?-05", "Майский"},
    {"December saw new clashes", R2021, "", NULL},                        /* a month alone, no noun after "the" */
    {"the ministers may meet again", R2021, "", NULL},
    {"They may 2 meet", R2021, "", NULL},
    {"founded in 2002", R2021, "2002", "2002"},
    {"in early November", R2021, "?-11", "early November"},
    {"by the end of May 2022", R2021, "2022-05", "the end of May 2022"},
    {"in mid-2021", R2021, "2021", "mid-2021"},
    /* ranges: the first day, and the last */
    {"on 8-9 November 2018", {0, 0, 0}, "2018-11-08..09", "8-9 November 2018"},
    {"on 8 - 9 November 2018", {0, 0, 0}, "2018-11-08..09", "8 - 9 November 2018"},
    {"on October 29-30", {0, 0, 0}, "?-10-29..30", "October 29-30"},
    {"on February 12th–13th", {0, 0, 0}, "?-02-12..13", "February 12th–13th"},
    {"on 17 and 18 October", {0, 0, 0}, "?-10-17..18", "17 and 18 October"},
    {"on Tuesday, 8-9 November", R2021, "?-11-08..09", NULL},
    {"on 8 November and 9 December", {0, 0, 0}, "?-11-08|?-12-09", NULL},
    {"from 2021 to 2025", {0, 0, 0}, "2021|2025", NULL},
    {"the plan for 2021-2025", {0, 0, 0}, "", NULL},
    /* relative to the publication date */
    {"met yesterday", R2021, "2021-09-14", "yesterday"},
    {"meet today", R2021, "2021-09-15", "today"},
    {"left this morning", R2021, "2021-09-15", "this morning"},
    {"will meet tomorrow", R2021, "2021-09-16", "tomorrow"},
    {"the day after tomorrow", R2021, "2021-09-17", NULL},
    {"met on Tuesday", R2021, "2021-09-14", "Tuesday"},
    {"met on Wednesday", R2021, "2021-09-15", "Wednesday"},  /* the same day */
    {"met on Thursday", R2021, "2021-09-09", NULL},          /* within the past 6 days */
    {"will meet next Thursday", R2021, "2021-09-16", "next Thursday"},
    {"will meet next Wednesday", R2021, "2021-09-22", NULL}, /* never the same day */
    {"met last Wednesday", R2021, "2021-09-08", "last Wednesday"},
    {"this week", R2021, "2021-09", "this week"},            /* 13-19 September */
    {"earlier this week", (cdate){2021, 9, 1}, "2021", NULL}, /* 30 August - 5 September: the year */
    {"next week", R2021, "2021-09", NULL},
    {"last week", (cdate){2021, 1, 6}, "", NULL},             /* 28 December - 3 January: no date */
    {"earlier this month", R2021, "2021-09", "earlier this month"},
    {"last month", RJAN, "2020-12", "last month"},
    {"next month", R2021, "2021-10", NULL},
    {"this year", R2021, "2021", "this year"},
    {"last year", RJAN, "2020", NULL},
    {"next year", R2021, "2022", NULL},
    {"in the first half of this year", R2021, "2021", "the first half of this year"},
    {"in the second half of next year", R2021, "2022", NULL},
    /* against the anchor (here none: the reference) */
    {"the next day the ministers met", R2021, "2021-09-16", "the next day"},
    {"eight days later the council met", R2021, "2021-09-23", "eight days later"}, /* from the anchor (here the report's day) */
    {"спустя неделю собрались министры", R2021, "2021-09-22", "спустя неделю"},
    {"later that day", R2021, "2021-09-15", "later that day"},
    /* a year-less date with a relative year */
    {"in November last year", R2021, "2020-11", "November last year"},
    {"scheduled for December", R2021, "?-12", "December"}, /* month_prep "for": a month alone after it */
    {"in the first half of the year", R2021, "2021", "the first half of the year"},
    {"in the spring", R2021, "2021", "the spring"},          /* season: this year's (its alt: next year's) */
    {"осенью", R2021, "2021", "осенью"},
    {"by the end of the year", R2021, "2021", "the end of the year"},
    {"the Astana summit of November last year", R2021, "2020-11", "November last year"}, /* no month preposition */
    {"Прошлогодний саммит прошел в Астане", R2021, "2020", "Прошлогодний"},
    {"сессия запланирована на ноябрь в Бишкеке", R2021, "?-11", "ноябрь"},
    {"On 19 October, this year, in Moscow", R2021, "2021-10-19", "19 October, this year"},
    {"on 8 May next year", R2021, "2022-05-08", NULL},
    {"in November last year", {0, 0, 0}, "?-11", "November"}, /* no reference: the month alone */
    {"set to take place this November in Astana", {0, 0, 0}, "?-11", "this November"}, /* no reference: the month */
    {"the Astana summit last November", {0, 0, 0}, "?-11", "last November"},
    {"in Minsk on Thursday (16 September)", {0, 0, 0}, "?-09-16", "Thursday (16 September)"}, /* a date in brackets */
    /* the explicit date wins, completed by the relative one when they agree */
    {"tomorrow, September 16", R2021, "2021-09-16", "tomorrow, September 16"},
    {"tomorrow, September 18", R2021, "?-09-18", NULL},
    {"on Friday, November 8", R2019, "2019-11-08", "Friday, November 8"},
    {"on Friday, November 15", R2019, "2019-11-15", NULL},   /* the coming Friday */
    {"on Friday, November 8", {0, 0, 0}, "?-11-08", "Friday, November 8"},
    {"On Wednesday, December 2, 2020", {0, 0, 0}, "2020-12-02", NULL},
    /* without a reference, relative forms are skipped */
    {"met yesterday", {0, 0, 0}, "", NULL},
    {"met on Monday", {2021, 9, 0}, "", NULL},
    {"next year", {2021, 0, 0}, "2022", NULL},
    /* not dates */
    {"call +7 (495) 123-45-67", R2021, "", NULL},
    {"2,000 troops", R2021, "", NULL},
    {"1500 troops and 12 vehicles", R2021, "", NULL},
    {"half of it: 1/2", R2021, "", NULL},
    {"at 11:07 sharp", R2021, "", NULL},
    {"version 1.2.3 and 3.10", R2021, "", NULL},
    {"first of all", R2021, "", NULL},
    {"the sun was up", R2021, "", NULL},
    {"the first November", R2021, "", NULL}, /* an ordinal without "of" is not a day, nor is a month alone */
    /* Russian (months.tsv and dates.tsv rows; a Cyrillic word matches by its stem) */
    {"встреча состоится 27 ноября 2025 года в Минске", R2021, "2025-11-27", "27 ноября 2025 года"},
    /* the year with «г» glued to it, one token */
    {"сессия пройдет в Москве 23 июня 2005г. в Кремле", R2021, "2005-06-23", "23 июня 2005г"},
    {"саммит пройдет 23-го ноября в Минске", R2021, "?-11-23", "23-го ноября"},
    {"сессия прошла 3 марта", R2021, "?-03-03", "3 марта"},
    {"в Душанбе, 27.11.2025 г. министры", R2021, "2025-11-27", "27.11.2025 г"},
    {"27/11/19 15:20, Bishkek", R2021, "2019-11-27", "27/11/19"}, /* day, month, year of the century */
    {"«27.11.19»", R2021, "2019-11-27", "27.11.19"},
    {"release 2-10-19 notes", R2021, "", NULL}, /* dashes: no short year */
    {"встреча прошла в четверг", R2021, "2021-09-09", "четверг"},
    {"среди них декларация", R2021, "", NULL}, /* the stem of «среда», no weekday without «в» */
    {"Среда, 15 сентября", R2021, "2021-09-15", NULL},
    {"министры соберутся в следующую пятницу", R2021, "2021-09-17", "в следующую пятницу"},
    {"сегодня министры обсудили", R2021, "2021-09-15", "сегодня"},
    {"вчера в Ереване", R2021, "2021-09-14", "вчера"},
    {"саммит прошел в прошлом году", R2021, "2020", "в прошлом году"},
    {"в этом году", R2021, "2021", "в этом году"},
    /* seasons: the year (this one, or the one named) */
    {"The summit will be held this autumn", R2021, "2021", "this autumn"},
    {"the summit in the autumn of 2019", R2021, "2019", "the autumn of 2019"},
    {"сессия пройдет осенью в Ереване", R2021, "2021", "осенью"},
    {"сессия состоялась осенью 2019 года", R2021, "2019", "осенью 2019 года"},
    {"прошлой осенью в Минске", R2021, "2020", "прошлой осенью"},
    {"к 15-летию ОДКБ", R2021, "", NULL}, /* «летию» shares the stem of «летом»: an anniversary, no summer */
    {"в первом полугодии", R2021, "2021", "в первом полугодии"},
    {"в первом полугодии 2022 года", R2021, "2022", "в первом полугодии 2022 года"},
    {"в ноябре", R2021, "?-11", "ноябре"},
    {"в 2025 году", R2021, "2025", "2025 году"},
    {"МИНСК, 21 ноя", R2021, "?-11-21", "21 ноя"},
    {"в мае 2020 года", R2021, "2020-05", "мае 2020 года"},
    {"пройдет в четвертом квартале следующего года", R2021, "2022", "в четвертом квартале следующего года"},
};

static void test_date_forms_table(void **state)
{
    for (size_t i = 0; i < sizeof FORMS / sizeof *FORMS; i++)
        expect(FORMS[i].text, FORMS[i].ref, NONE, FORMS[i].want, FORMS[i].first);
    assert_true(sizeof FORMS / sizeof *FORMS >= 40);
}

/* Whether the first date in s points after the reference (1), before it (-1)
 * or neither (0). */
static int ahead_of(const char *s, cdate ref)
{
    toklist tl;
    assert_int_equal(toklist_build(&tl, s, strlen(s), gaz_is_abbrev, G), 0);
    date_hit h[4];
    cdate year = {0, 0, 0};
    int n = date_find(G, &tl, 0, tl.n, ref, NONE, &year, h, 4);
    toklist_free(&tl);
    if (!n) fprintf(stderr, "no date in \"%s\"\n", s);
    assert_true(n > 0);
    return h[0].ahead;
}

static void test_relative_direction(void **state)
{
    (void)state;
    cdate ref = {2021, 9, 15};
    assert_int_equal(ahead_of("the ministers meet next week", ref), 1);
    assert_int_equal(ahead_of("they meet tomorrow", ref), 1);
    assert_int_equal(ahead_of("the summit next month", ref), 1);
    assert_int_equal(ahead_of("next Tuesday", ref), 1);
    assert_int_equal(ahead_of("in November next year", ref), 1);
    assert_int_equal(ahead_of("в следующем году", ref), 1);
    assert_int_equal(ahead_of("they met last week", ref), -1);
    assert_int_equal(ahead_of("yesterday", ref), -1);
    assert_int_equal(ahead_of("in November last year", ref), -1);
    assert_int_equal(ahead_of("this week", ref), 0);
    assert_int_equal(ahead_of("on Tuesday", ref), 0);  /* the tense decides */
    assert_int_equal(ahead_of("on 14 October 2021", ref), 0);
}

static void test_weekday_alt_reading(void **state)
{
    /* the coming weekday is the other reading of a bare one, for callers that know the tense */
    toklist tl;
    const char *s = "They meet on Friday.";
    assert_int_equal(toklist_build(&tl, s, strlen(s), gaz_is_abbrev, G), 0);
    date_hit h[2];
    assert_int_equal(date_find(G, &tl, 0, tl.n, R2021, NONE, &(cdate){0, 0, 0}, h, 2), 1);
    assert_string_equal(h[0].rule, "weekday");
    assert_int_equal(h[0].date.d, 10);
    assert_int_equal(h[0].alt.d, 17);
    toklist_free(&tl);
}

static void test_complete_and_weekday(void **state)
{
    cdate d = date_complete((cdate){0, 12, 30}, RJAN); /* "December 30", written in January */
    assert_int_equal(d.y, 2020);
    d = date_complete((cdate){0, 1, 10}, (cdate){2020, 12, 20});
    assert_int_equal(d.y, 2021);
    d = date_complete((cdate){0, 5, 0}, R2021);
    assert_int_equal(d.y, 2021);
    assert_int_equal(d.m, 5);
    d = date_complete((cdate){0, 2, 29}, R2021); /* no 29 February in 2021: the month stays */
    assert_int_equal(d.d, 0);
    d = date_complete((cdate){2019, 5, 0}, R2021); /* a year already: unchanged */
    assert_int_equal(d.y, 2019);
    assert_int_equal(date_weekday((cdate){2021, 9, 15}), 3);
    assert_int_equal(date_weekday((cdate){1970, 1, 1}), 4);
    assert_int_equal(date_weekday((cdate){1969, 12, 31}), 3);
    assert_int_equal(date_weekday((cdate){2000, 2, 29}), 2);
    assert_int_equal(date_weekday((cdate){2021, 9, 0}), -1);
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
        {"Published: 12 March 2021", 1, {2021, 3, 12}},
        {"Date: 27.05.2020", 1, {2020, 5, 27}},
        {"date 2022-12-04", 1, {2022, 12, 4}},
        {"Posted on 10.02.2023 17:26:00", 1, {2023, 2, 10}},
        {"Updated 05/27/2020, 3:45 PM", 1, {2020, 5, 27}},
        {"Tuesday, 23 November 2021", 1, {2021, 11, 23}},
        {"Tue 23 Nov 2021", 1, {2021, 11, 23}},
        {"Tue. 23 Nov 2021 15:45 GMT+3", 1, {2021, 11, 23}},
        {"2021-11-23T10:00:00Z", 1, {2021, 11, 23}},
        {"2021-11-23T10:00:00+03:00", 1, {2021, 11, 23}},
        {"November 23, 2021 10:15", 1, {2021, 11, 23}},
        {"25 November 2025 18:22 (UTC+04:00)", 1, {2025, 11, 25}},
        {"08:3627/09/2024, Cuma", 1, {2024, 9, 27}},
        {"11-10-2018, 17:15", 1, {2018, 10, 11}},
        {"08 / 06 / 2016", 1, {2016, 6, 8}},            /* spaced out */
        {"08 / 06 . 2016", 0, {0}},                     /* two separators: no date */
        {"6 March, 09:45 1222", 0, {0}},                /* no year */
        {"Flag Wednesday, 24 April 2024", 0, {0}},      /* does not start with a date */
        {"11:07", 0, {0}},
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

static void test_parse_head(void **state)
{
    /* a date glued to the text after a label: the caller keeps the rest */
    const char *s = "date 2020-12-02 MOSCOW, December 2. /TASS/. The ministers met.";
    cdate d = {0, 0, 0};
    int lab = -1;
    size_t used = date_parse_head(G, s, strlen(s), &d, &lab);
    assert_int_equal(used, strlen("date 2020-12-02 "));
    assert_int_equal(lab, 1);
    assert_int_equal(d.y, 2020);
    assert_int_equal(d.d, 2);
    /* no label: the date and its time are read, the city is left */
    s = "November 27, 2025, Bishkek";
    used = date_parse_head(G, s, strlen(s), &d, &lab);
    assert_string_equal(s + used, "Bishkek");
    assert_int_equal(lab, 0);
    /* words first: nothing */
    s = "The ministers met on 8 November 2018";
    assert_int_equal(date_parse_head(G, s, strlen(s), &d, NULL), 0);
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
    /* a range of days ("8-10 November") and a day in it */
    assert_true(date_overlaps(day, 10, (cdate){2018, 11, 9}, 0));
    assert_true(date_overlaps((cdate){0, 11, 10}, 0, day, 10));
    assert_true(date_overlaps((cdate){2018, 11, 7}, 8, day, 0));
    assert_false(date_overlaps(day, 10, (cdate){2018, 11, 11}, 0));
    assert_false(date_overlaps(day, 10, (cdate){2019, 11, 9}, 0));
    assert_false(date_overlaps(day, 0, (cdate){2018, 11, 9}, 0));
    assert_true(date_overlaps(day, 0, month, 0));

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
        cmocka_unit_test(test_date_forms_table),
        cmocka_unit_test(test_relative_direction),
        cmocka_unit_test(test_weekday_alt_reading),
        cmocka_unit_test(test_complete_and_weekday),
        cmocka_unit_test(test_parse_line),
        cmocka_unit_test(test_parse_head),
        cmocka_unit_test(test_compatible_cmp_precision),
        cmocka_unit_test(test_add_days_and_format),
    };
    return cmocka_run_group_tests(tests, gazfix_setup, gazfix_teardown);
}
