/* dates — finding dates in token runs, at the precision the text gives.
 *
 * A cdate is a calendar date whose parts may be unknown (0): {2018,11,8} is a
 * day, {2020,5,0} a month, {2019,0,0} a year, {0,11,28} a day whose year the
 * text did not give.  Forms: 27.05.2020, 2018-11-08, 27/05/2020, 8 November
 * 2018, 09 November, 2018, Nov. 8, September 15, 2021, May 2020, a bare year
 * 1900-2099, and relative ones resolved against a reference (the publication
 * date): yesterday, today, tomorrow, on Monday, this/next/last year, this/next
 * month, and against an anchor (the date last named in the text): earlier in
 * the day, later in the day, the same day. */
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
    const char *rule;    /* which form matched (for --explain) */
} date_hit;

/* Finds the dates in tokens [from, to), left to right, at most max of them.
 * `ref` is the publication date (parts may be 0: relative forms that need a
 * missing part are skipped), `anchor` the date last named before `from`.
 * Returns the number found. */
int date_find(const gazetteer *g, const toklist *tl, size_t from, size_t to, cdate ref,
              cdate anchor, date_hit *out, int max);

/* Parses a whole string as one date (a publication-date line such as
 * "09 November, 2018, 11:07"): returns 1 and *out when the string starts with
 * a date and the rest is only a time, numbers and punctuation. */
int date_parse_line(const gazetteer *g, const char *s, size_t n, cdate *out);

/* 3 for a day, 2 a month, 1 a year, 0 when the year is unknown. */
int date_precision(cdate d);
/* Appends "2018-11-08", "2020-05" or "2019" (nothing when the year is unknown). */
void date_format(sbuf *b, cdate d);
/* Whether two dates can name the same day: no known part differs. */
int date_compatible(cdate a, cdate b);
/* Adds days to a full date. */
cdate date_add_days(cdate d, int days);
/* Negative, 0, positive as a is before, equal to (at the common precision), or after b. */
int date_cmp(cdate a, cdate b);

#endif
