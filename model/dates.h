/* dates — finding dates in token runs, at the precision the text gives.
 *
 * A cdate is a calendar date whose parts may be unknown (0): {2018,11,8} is a
 * day, {2020,5,0} a month, {2019,0,0} a year, {0,11,28} a day whose year the
 * text did not give.  Forms (the table in tests/unit/test_dates.c lists them
 * all, with the words of data/months.tsv and data/dates.tsv):
 *  - numeric: 27.05.2020, 2018-11-08, 27/05/2020, 2021-11-23T10:00:00Z.  Year
 *    last is day first, unless the middle number is above 12 and the first
 *    is not: 05/27/2020 is May 27; 05/06/2020 is 5 June.
 *  - 8 November 2018, 09 November, 2018, 8th of November 2018, the first of
 *    November, Nov. 8, November 8th, September 15, 2021, May 2020, November
 *    of 2018, a month alone after a preposition ("in May"), a bare year
 *    1900-2099.  A range gives its first day: "8-9 November", "October 29 to
 *    30", "12th–13th".  A month name that is also a common word ("may") is a
 *    month only when capitalised.
 *  - "early", "the end of", "the first half of" ... before a date join its
 *    span and keep its precision ("the first half of this year" is a year).
 *  - relative, against `ref` (the publication date): yesterday, today, this
 *    morning, tomorrow (day); this/last/next week (the week's month, or its
 *    year when it straddles two months); this/last/next month, earlier this
 *    month (month); this/last/next year (year); weekdays (below).
 *  - against the anchor (the full date last named in the text, else ref):
 *    earlier in the day, later in the day, the same day, the next day.
 *  - a year-less date followed by a relative year ("in November last year",
 *    "on 19 October, this year") takes that year.
 *  - a relative form followed by an explicit date ("tomorrow, September 16",
 *    "on Friday, November 8") is one hit: the explicit date wins, completed
 *    by the relative one when they agree.
 * Weekdays: tense is not known here, so a bare "on Tuesday" is the most
 * recent Tuesday on or before ref (rule "weekday"; the same day when ref is
 * a Tuesday) and `alt` holds the other reading, the coming Tuesday on or
 * after ref: a caller that knows the sentence is about the future takes
 * `alt`.  "next Tuesday" is the coming one (never ref itself), "last Tuesday"
 * the one before ref (never ref itself).
 * A year-less month or day ("in May", "Nov. 8") is returned without a year:
 * the caller completes it (date_complete picks the year nearest to ref). */
#ifndef CSTO_DATES_H
#define CSTO_DATES_H

#include "model/gazetteer.h"
#include "model/sbuf.h"
#include "model/text.h"

typedef struct cdate { int y, m, d; } cdate;

typedef struct date_hit {
    cdate date;
    size_t start, end;   /* token span, half-open */
    int relative;        /* 1 when resolved against the reference or the anchor */
    const char *rule;    /* which form matched (for --explain): "numeric", "day-month", "month-day",
                            "year", "weekday", "next-weekday", "last-weekday", "weekday-date", "today-date",
                            "yesterday", "today", "tomorrow", "relative-day", "relative-week",
                            "relative-month", "relative-year", "relative-date", "relative-year-date", "that-year-date",
                            "year-later", "year-earlier", "same-day",
                            "next-day", "previous-day", "same-day-date", "next-day-date" ("the next day, 14
                            April"); a static string */
    cdate alt;           /* for a bare weekday, the coming one; otherwise = date */
    int story_year;      /* relative 2 (the report's year given): the year last named before it in the
                            text, 0 if none (extraction's dating stage sets it) */
    int last;            /* a range's last day ("13-14 October": 14; date has the first), else 0 */
    int ahead;           /* a form relative to ref that points after it ("next week", "tomorrow",
                            "next Tuesday"): 1; before it ("last month"): -1; else 0 */
} date_hit;

/* Finds the dates in tokens [from, to), left to right, at most max of them.
 * `ref` is the publication date (parts may be 0: relative forms that need a
 * missing part are skipped), `anchor` the date last named before `from`,
 * *told the date with a year last named, at its precision (0: none; "a year
 * later", "that year", "two months later"), which it moves on to each year the
 * tokens name (not one of a period: "statements for 2020").  Returns the
 * number found.  Does not allocate. */
int date_find(const gazetteer *g, const toklist *tl, size_t from, size_t to, cdate ref,
              cdate anchor, cdate *told, date_hit *out, int max);

/* Reads the publication date at the start of a header line: an optional "("
 * and label ("Published:", "date", "Posted on", any "Word:"), an optional
 * weekday ("Tuesday,", "Tue"), a date of month precision or finer (with its
 * year), then whatever times, zones, weekdays, numbers and punctuation follow
 * ("11:07 410", "3:45 PM", "15:45 GMT+3", "(UTC+04:00)", ", Cuma").  A time
 * glued before a numeric date ("08:3627/09/2024") is skipped.  Returns the
 * number of bytes read (0 when the line does not start with such a date) and
 * sets *out, and *labelled (may be NULL) to whether a label came first. */
size_t date_parse_head(const gazetteer *g, const char *s, size_t n, cdate *out, int *labelled);

/* Parses a whole string as one date (a publication-date line such as
 * "09 November, 2018, 11:07"): returns 1 and *out when date_parse_head reads
 * all of it. */
int date_parse_line(const gazetteer *g, const char *s, size_t n, cdate *out);

/* A year-less date completed with the year of ref nearest to it ("December"
 * written in January is last year's); other dates unchanged. */
cdate date_complete(cdate d, cdate ref);
/* 0 (Sunday) to 6 for a full date, else -1. */
int date_weekday(cdate d);

/* 3 for a day, 2 a month, 1 a year, 0 when the year is unknown. */
int date_precision(cdate d);
/* Appends "2018-11-08", "2020-05" or "2019" (nothing when the year is unknown). */
void date_format(sbuf *b, cdate d);
/* Whether two dates can name the same day: no known part differs. */
int date_compatible(cdate a, cdate b);
/* date_compatible for dates that may open a range of days (alast, blast: the
 * range's last day, 0 for one day): "13-14 October" and "14 October" agree. */
int date_overlaps(cdate a, int alast, cdate b, int blast);
/* Adds days to a full date. */
cdate date_add_days(cdate d, int days);
/* Negative, 0, positive as a is before, equal to (at the common precision), or after b. */
int date_cmp(cdate a, cdate b);

#endif
