/* dates — see dates.h.  Each form is a small function that tries to match
 * at one token and returns the token after the match (0 when it does not
 * match); match_at() tries the forms at a token, longest form first, and
 * date_find() walks the tokens.  Every word a form needs (month names, the
 * weekdays, "yesterday", "this year", "in", "of", "to", labels and time
 * words of header lines) is a gazetteer entry from data/months.tsv and
 * data/dates.tsv, looked up by its kind (enum date_kind): no English word is
 * spelled here, only digits and punctuation.  Nothing allocates: date_find()
 * runs once per sentence. */
#include "model/dates.h"

#include <string.h>

static int is_tok(const toklist *tl, size_t i, size_t to, const char *s)
{
    return i < to && !strcmp(tl->t[i].norm, s);
}

static int is_dash(const toklist *tl, size_t i, size_t to) { return is_tok(tl, i, to, "-"); }

/* A date word of `kind` (data/dates.tsv) starting at token i: 1 and *h, or 0. */
static int dword(const gazetteer *g, const toklist *tl, size_t i, size_t to, int kind, gaz_hit *h)
{
    return gaz_match(g, tl, i, to, G_DATE, kind, h);
}

/* A plain number token of 1-4 digits; -1 otherwise.  Ordinals ("8th") count. */
static int number(const toklist *tl, size_t i, size_t to)
{
    if (i >= to) return -1;
    const char *s = tl->t[i].norm;
    int v = 0, n = 0;
    while (*s >= '0' && *s <= '9' && n < 5) v = v * 10 + (*s++ - '0'), n++;
    if (n == 0 || n > 4) return -1;
    if (*s && strcmp(s, "st") && strcmp(s, "nd") && strcmp(s, "rd") && strcmp(s, "th")) return -1;
    return v;
}

static int is_year(int v) { return v >= 1900 && v <= 2099; }

/* A year written with four digits at token i, or 0. */
static int year4(const toklist *tl, size_t i, size_t to)
{
    if (i >= to) return 0;
    /* «23 июня 2005г.»: the year with «г» (год) glued to it, one token */
    const char *w = tl->t[i].norm;
    if (strlen(w) == 6 && !strcmp(w + 4, "\xD0\xB3") && strspn(w, "0123456789") == 4) return is_year(atoi(w)) ? atoi(w) : 0;
    if (tl->t[i].kind != TOK_NUM || strlen(w) != 4) return 0;
    int v = number(tl, i, to);
    return is_year(v) ? v : 0;
}

/* Whether token i is a hyphen glued to the tokens on both sides ("16-May-2022"). */
static int glued_hyphen(const toklist *tl, size_t i, size_t to)
{
    return i > 0 && i + 1 < to && !strcmp(tl->t[i].norm, "-") && tl->t[i].start == tl->t[i - 1].end &&
           tl->t[i + 1].start == tl->t[i].end;
}

/* Whether token i is glued to a number by a hyphen ("15-летию", "30-летия": years
 * counted, which Snowball stems as it does «летом», the summer). */
static int after_number_dash(const toklist *tl, size_t i)
{
    return i >= 2 && glued_hyphen(tl, i - 1, i + 1) && tl->t[i - 2].kind == TOK_NUM;
}

/* Whether the year at token i is one end of a range of years ("for 2024-2025",
 * «на 2024–2025 годы»): a period, no year of the story. */
static int year_range_end(const toklist *tl, size_t i, size_t to)
{
    return (i >= 2 && !strcmp(tl->t[i - 1].norm, "-") && year4(tl, i - 2, to)) ||
           (i + 2 < to && !strcmp(tl->t[i + 1].norm, "-") && year4(tl, i + 2, to));
}
static int is_day(int v) { return v >= 1 && v <= 31; }

static int days_in(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return dm[m - 1];
}

static int valid(cdate d)
{
    if (d.y && !is_year(d.y)) return 0;
    if (d.m && (d.m < 1 || d.m > 12)) return 0;
    if (d.d && (!d.m || d.d < 1 || d.d > days_in(d.y ? d.y : 2000, d.m))) return 0;
    return 1;
}

/* Days since 1970-01-01 of a full date, and back (proleptic Gregorian; H. Hinnant's algorithms). */
static long civil_days(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static cdate civil_from(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int d = (int)(doy - (153 * mp + 2) / 5 + 1);
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);
    return (cdate){(int)(y + (m <= 2)), m, d};
}

cdate date_add_days(cdate d, int days)
{
    if (!d.y || !d.m || !d.d) return d;
    return civil_from(civil_days(d.y, d.m, d.d) + days);
}

int date_weekday(cdate d)
{
    if (!d.y || !d.m || !d.d) return -1;
    long z = civil_days(d.y, d.m, d.d);
    long r = (z + 4) % 7; /* 1970-01-01 was a Thursday */
    return (int)(r < 0 ? r + 7 : r);
}

static int full(cdate d) { return d.y && d.m && d.d; }

/* -1, 0 or 1: the direction of an offset (date_hit.ahead). */
static int sign(int v) { return (v > 0) - (v < 0); }

/* d plus n days; d may lack its year ("6 October", the day a report without
 * a date line says it is), and so does the result. */
static cdate add_days_any(cdate d, int n)
{
    if (d.y) return date_add_days(d, n);
    cdate r = date_add_days((cdate){d.m == 2 && d.d == 29 ? 2000 : 2001, d.m, d.d}, n); /* a common year, unless 29 February */
    r.y = 0;
    return r;
}

/* Month name at token i (with an optional trailing "."); returns the month and
 * sets *next, or 0.  A month name that is also a common word (data: homonym)
 * is a month only when capitalised: "they may meet". */
static int month(const gazetteer *g, const toklist *tl, size_t i, size_t to, size_t *next)
{
    gaz_hit h, x;
    if (!gaz_match(g, tl, i, to, G_MONTH, -1, &h)) return 0;
    if (!tl->t[i].cap && dword(g, tl, i, i + 1, DK_HOMONYM, &x)) return 0;
    *next = h.end;
    if (is_tok(tl, *next, to, ".")) (*next)++;
    return h.val;
}

/* Two days "8-9" written as one token: the first (and *second), or 0. */
static int day_pair(const char *s, int *second)
{
    int a = 0, b = 0, n = 0;
    while (*s >= '0' && *s <= '9' && n < 3) a = a * 10 + (*s++ - '0'), n++;
    if (!n || n > 2 || *s++ != '-') return 0;
    n = 0;
    while (*s >= '0' && *s <= '9' && n < 3) b = b * 10 + (*s++ - '0'), n++;
    if (!(!*s && n && n <= 2 && is_day(a) && is_day(b) && a < b)) return 0;
    *second = b;
    return a;
}

/* A day of the month at token i: "8", "08", "8th", a range whose first day it
 * is ("8-9", "8 - 9", "12th–13th", "17 and 18", "29 to 30"), or with
 * `words` an ordinal word ("first").  Returns the day and sets *next and
 * *last (a range's last day, else 0), or 0. */
static int day_at(const gazetteer *g, const toklist *tl, size_t i, size_t to, int words, size_t *next, int *last)
{
    *last = 0;
    if (i >= to) return 0;
    int d = number(tl, i, to);
    gaz_hit h;
    if (is_day(d) && strlen(tl->t[i].norm) <= 4) {
        *next = i + 1;
    } else if (tl->t[i].kind == TOK_NUM && (d = day_pair(tl->t[i].norm, last))) {
        *next = i + 1;
        return d;
    } else if (words && dword(g, tl, i, to, DK_ORDINAL, &h)) {
        *next = h.end;
        return h.sub;
    } else {
        return 0;
    }
    /* a range: the second day must follow the first */
    size_t j = *next;
    if (is_dash(tl, j, to) && j + 1 < to &&
        (!strcmp(tl->t[j + 1].norm, "го") || !strcmp(tl->t[j + 1].norm, "е") || !strcmp(tl->t[j + 1].norm, "ого"))) {
        *next = j + 2; /* «23-го ноября»: the Russian ordinal's ending, as "23rd" */
        return d;
    }
    if (is_dash(tl, j, to)) j++;
    else if (dword(g, tl, j, to, DK_RANGE, &h)) j = h.end;
    else return d;
    int d2 = number(tl, j, to);
    if (is_day(d2) && d2 > d && strlen(tl->t[j].norm) <= 4) *next = j + 1, *last = d2;
    return d;
}

/* "27.05.2020", "2018-11-08", "27/05/2020", "05/27/2020", "2021-11-23T10:00:00Z":
 * year first is year-month-day; year last is day-month-year unless the
 * middle number is above 12 and the first is not ("05/27/2020": month first).
 * Sets *d and returns 1, or 0. */
static int parse_numeric(const char *s, cdate *d)
{
    int v[3] = {0, 0, 0}, len[3] = {0, 0, 0};
    char sep = 0;
    for (int k = 0; k < 3; k++) {
        while (*s >= '0' && *s <= '9' && len[k] < 5) v[k] = v[k] * 10 + (*s++ - '0'), len[k]++;
        if (!len[k] || len[k] > 4) return 0;
        if (k == 2) break;
        if (*s != '.' && *s != '-' && *s != '/') return 0;
        if (sep && *s != sep) return 0;
        sep = *s++;
    }
    int iso_time = sep == '-' && len[0] == 4 && *s == 't' && s[1] >= '0' && s[1] <= '9';
    /* «23.05.2018г.»: «г» (год) glued to a year written last */
    int year_mark = len[2] == 4 && !strcmp(s, "\xD0\xB3");
    if (*s && !iso_time && !year_mark) return 0;
    if (len[0] == 4 && is_year(v[0]) && len[1] <= 2 && len[2] <= 2) *d = (cdate){v[0], v[1], v[2]};
    else if (len[2] == 4 && is_year(v[2]) && len[0] <= 2 && len[1] <= 2)
        *d = v[1] > 12 && v[0] <= 12 ? (cdate){v[2], v[0], v[1]} : (cdate){v[2], v[1], v[0]};
    else if (len[0] == 2 && len[1] == 2 && len[2] == 2 && sep != '-') /* "27/11/19 15:20", «27.11.19»: day, month, year of the century */
        *d = (cdate){v[2] + (v[2] < 70 ? 2000 : 1900), v[1], v[0]};
    else if (len[2] == 2 && len[0] <= 2 && len[1] <= 2 && sep == '/') /* "6/21/04": as the year in full, month first when so */
        *d = v[1] > 12 && v[0] <= 12 ? (cdate){v[2] + (v[2] < 70 ? 2000 : 1900), v[0], v[1]}
                                     : (cdate){v[2] + (v[2] < 70 ? 2000 : 1900), v[1], v[0]};
    else return 0;
    return valid(*d);
}

static size_t year_tail(const gazetteer *g, const toklist *tl, size_t k, size_t to);

static size_t form_numeric(const gazetteer *g, const toklist *tl, size_t i, size_t to, cdate *d)
{
    if (i >= to || tl->t[i].norm[0] < '0' || tl->t[i].norm[0] > '9') return 0;
    if (parse_numeric(tl->t[i].norm, d)) return year_tail(g, tl, i + 1, to); /* «27.11.2025 г.» */
    /* "05/ 09/ 2008": each separator glued to the number before it, a space after */
    if (i + 4 < to && tl->t[i].kind == TOK_NUM && tl->t[i + 2].kind == TOK_NUM && tl->t[i + 4].kind == TOK_NUM &&
        (is_tok(tl, i + 1, to, "/") || is_tok(tl, i + 1, to, ".")) && is_tok(tl, i + 3, to, tl->t[i + 1].norm) &&
        tl->t[i + 1].start == tl->t[i].end && tl->t[i + 3].start == tl->t[i + 2].end) {
        char buf[32];
        int n = snprintf(buf, sizeof buf, "%s%s%s%s%s", tl->t[i].norm, tl->t[i + 1].norm, tl->t[i + 2].norm,
                         tl->t[i + 1].norm, tl->t[i + 4].norm);
        if (n > 0 && (size_t)n < sizeof buf && parse_numeric(buf, d)) return year_tail(g, tl, i + 5, to);
    }
    return 0;
}

/* The token after a year at k-1: past a year word that follows it (data:
 * year_word, the Russian «года» of «27 ноября 2025 года»), else k. */
static size_t year_tail(const gazetteer *g, const toklist *tl, size_t k, size_t to)
{
    gaz_hit h;
    return dword(g, tl, k, to, DK_YEAR_WORD, &h) ? h.end : k;
}

/* A year after a month: "2018", ", 2018", "of 2018", "2018 года".  Returns the token after it (or 0) and sets *y. */
static size_t year_after(const gazetteer *g, const toklist *tl, size_t k, size_t to, int *y)
{
    gaz_hit h;
    if ((*y = year4(tl, k, to))) return year_tail(g, tl, k + 1, to);
    if ((is_tok(tl, k, to, ",") || dword(g, tl, k, to, DK_OF, &h)) && (*y = year4(tl, k + 1, to)))
        return year_tail(g, tl, k + 2, to); /* («16 Октября, 2018 года») */
    if (is_tok(tl, k, to, "(") && (*y = year4(tl, k + 1, to)) && is_tok(tl, k + 2, to, ")")) return k + 3; /* "November (2022)" */
    /* "5 Sep.'08", "Sep '08": an apostrophe and two digits glued to it */
    if (k + 1 < to && (is_tok(tl, k, to, "'") || is_tok(tl, k, to, "\u2019")) && tl->t[k + 1].kind == TOK_NUM &&
        strlen(tl->t[k + 1].norm) == 2 && tl->t[k + 1].start == tl->t[k].end) {
        int n = atoi(tl->t[k + 1].norm);
        *y = n < 50 ? 2000 + n : 1900 + n;
        return k + 2;
    }
    return 0;
}

/* 8 November 2018 / 09 November, 2018 / 8 November / 8th of November 2018 /
 * 8-9 November 2018 / the first of November */
static size_t form_day_month(const gazetteer *g, const toklist *tl, size_t i, size_t to, cdate *d, int *last)
{
    size_t j, k, y;
    gaz_hit h;
    int word = tl->t[i].kind == TOK_WORD && !(tl->t[i].norm[0] >= '0' && tl->t[i].norm[0] <= '9');
    int day = day_at(g, tl, i, to, 1, &j, last);
    if (!day) return 0;
    int of = dword(g, tl, j, to, DK_OF, &h);
    if (of) j = h.end;
    else if (word) return 0; /* "first November" is not a date; "the first of November" is */
    int hyphens = !of && glued_hyphen(tl, j, to); /* "16-May-2022" (CGTN) */
    if (hyphens) j++;
    int m = month(g, tl, j, to, &k);
    if (!m) return 0;
    *d = (cdate){0, m, day};
    int yr;
    if (hyphens && glued_hyphen(tl, k, to) && (yr = year4(tl, k + 1, to))) d->y = yr, k += 2;
    else if ((y = year_after(g, tl, k, to, &yr))) { d->y = yr; k = y; }
    return valid(*d) ? k : 0;
}

/* Whether a month word is a Russian adjective of it («декабрьскую», «майском»): -ск- before its ending. */
static int month_adjective(const char *w)
{
    const char *p = strstr(w, "ск");
    return p && (unsigned char)w[0] >= 0xD0 && p > w + 4;
}

/* Nov. 8 / September 15, 2021 / November 28 / November 8th / October 29-30 /
 * May 2020 / November, 2018 / November of 2018 / in November (`alone`: a
 * month alone is a date; else only after a month preposition of data). */
static size_t form_month_day(const gazetteer *g, const toklist *tl, size_t i, size_t to, int alone, cdate *d, int *last)
{
    *last = 0;
    size_t k = i, y;
    int m = month(g, tl, i, to, &k);
    if (!m) return 0;
    int yr;
    if ((y = year_after(g, tl, k, to, &yr))) { *d = (cdate){yr, m, 0}; return y; }
    /* «сентябрьской (2021 года) сессии»: a month adjective, its year in brackets */
    if (month_adjective(tl->t[k - 1].norm) && is_tok(tl, k, to, "(") && (y = year_after(g, tl, k + 1, to, &yr)) &&
        is_tok(tl, y, to, ")")) {
        *d = (cdate){yr, m, 0};
        return y + 1;
    }
    size_t e;
    int day = day_at(g, tl, k, to, 0, &e, last);
    if (!day) {
        gaz_hit h;
        /* "in November", or a year word after it: "the summit of November last year"; or qualifying the
         * noun after it: "the December session", «декабрьская сессия» (a month adjective) */
        int qualifies = k < to && tl->t[k].kind == TOK_WORD &&
                        ((i > 0 && is_tok(tl, i - 1, i, "the")) || month_adjective(tl->t[k - 1].norm));
        if (alone || qualifies || (i > 0 && dword(g, tl, i - 1, i, DK_MONTH_PREP, &h)) || dword(g, tl, k, to, DK_YEAR, &h)) {
            *d = (cdate){0, m, 0};
            return k;
        }
        return 0;
    }
    *d = (cdate){0, m, day};
    k = e;
    if (is_tok(tl, k, to, ",") && year4(tl, k + 1, to)) { d->y = year4(tl, k + 1, to); k += 2; }
    else if (year4(tl, k, to)) { d->y = year4(tl, k, to); k++; }
    return valid(*d) ? k : 0;
}

static size_t form_year(const gazetteer *g, const toklist *tl, size_t i, size_t to, cdate *d)
{
    int v = year4(tl, i, to);
    if (!v) return 0;
    /* "2020 - 2021" stays two years; "the 2020 plan" is a year too; «в 2025 году» */
    *d = (cdate){v, 0, 0};
    return year_tail(g, tl, i + 1, to);
}

/* The Monday of the week that holds a full date. */
static cdate monday_of(cdate d) { return date_add_days(d, -((date_weekday(d) + 6) % 7)); }

/* Whether w, a Cyrillic word of three letters or more, ends as a genitive («саммита», «сессии»,
 * «бишкекского», «заседания», «встречи»). */
static int genitive_word(const char *w)
{
    static const char *const ends[] = {"ого", "его", "ой", "ей", "ых", "их", "а", "я", "и", "ы", NULL};
    /* a plural past verb: «накануне одобрили», «накануне обсудили» (-или, -али, -яли, -ыли, -ули, -лись) */
    static const char *const verbs[] = {"или", "али", "яли", "ыли", "ули", "лись", NULL};
    size_t n = strlen(w);
    if (n < 6 || (unsigned char)w[0] < 0xD0 || (unsigned char)w[0] > 0xD1) return 0;
    for (int k = 0; verbs[k]; k++) {
        size_t m = strlen(verbs[k]);
        if (n > m && !strcmp(w + n - m, verbs[k])) return 0;
    }
    for (int k = 0; ends[k]; k++) {
        size_t m = strlen(ends[k]);
        if (n > m && !strcmp(w + n - m, ends[k])) return 1;
    }
    return 0;
}

/* Relative forms (data/dates.tsv), resolved against ref (the publication
 * date) or the anchor.  Returns the token after the match, or 0.  *ok is 0
 * when the words matched but the date cannot be known (no reference): an
 * explicit date right after them may still give it.  *alt is the other
 * reading of a bare weekday (the coming one); otherwise *d. */
static size_t form_relative(const gazetteer *g, const toklist *tl, size_t i, size_t to, cdate ref, cdate anchor,
                            cdate told, cdate *d, cdate *alt, int *ok, const char **rule, int *ahead)
{
    gaz_hit h, w;
    *ahead = 0;
    if (!gaz_match(g, tl, i, to, G_DATE, -1, &h)) return 0; /* most tokens stop here */
    *ok = 0;
    if (dword(g, tl, i, to, DK_DAY, &h)) {
        *ahead = sign(h.sub);
        *rule = h.sub == -1 ? "yesterday" : h.sub == 0 ? "today" : h.sub == 1 ? "tomorrow" : "relative-day";
        if ((*ok = ref.m && ref.d)) *d = add_days_any(ref, h.sub); /* "today" needs no year to be a day */
        else if ((*ok = ref.y > 0)) *d = (cdate){ref.y, 0, 0}; /* of a report whose year alone is known: that year */
        return h.end;
    }
    if (dword(g, tl, i, to, DK_WEEK, &h)) {
        *ahead = sign(h.sub);
        *rule = "relative-week";
        if (full(ref)) {
            cdate mon = date_add_days(monday_of(ref), 7 * h.sub), sun = date_add_days(mon, 6);
            if (mon.y == sun.y && mon.m == sun.m) *d = (cdate){mon.y, mon.m, 0}, *ok = 1;
            else if (mon.y == sun.y) *d = (cdate){mon.y, 0, 0}, *ok = 1;
        } else if (ref.y && !ref.m)
            *d = (cdate){ref.y, 0, 0}, *ok = 1;
        return h.end;
    }
    if (dword(g, tl, i, to, DK_MONTH, &h)) {
        *ahead = sign(h.sub);
        *rule = "relative-month";
        if (ref.y && ref.m) {
            int m = ref.m + h.sub, y = ref.y;
            while (m < 1) m += 12, y--;
            while (m > 12) m -= 12, y++;
            *d = (cdate){y, m, 0};
            *ok = 1;
        }
        return h.end;
    }
    /* "in the autumn" (a season: its number is its first month): this year's; said in February, one to
     * come; said in November of the spring, this year's past one, with next year's beside it (*alt) for
     * a caller that knows the meeting is to come.  "in the autumn of 2019" is not this one. */
    if (dword(g, tl, i, to, DK_SEASON, &h) && !after_number_dash(tl, i) &&
        !(h.end < to && (tl->t[h.end].kind == TOK_NUM ||
                         (is_tok(tl, h.end, to, "of") && h.end + 1 < to && tl->t[h.end + 1].kind == TOK_NUM)))) {
        *rule = "season";
        if (ref.y) {
            *d = *alt = (cdate){ref.y, 0, 0}, *ok = 1;
            if (ref.m && ref.m < h.sub) *ahead = 1;                  /* not begun yet */
            else if (ref.m && ref.m > h.sub + 2) alt->y = ref.y + 1; /* over: this year's, or next year's */
        }
        return h.end;
    }
    /* "in the spring" is this year's, "in the spring of 2019" and "in spring 2019" are not */
    if (dword(g, tl, i, to, DK_YEAR, &h) &&
        !(h.end < to && (tl->t[h.end].kind == TOK_NUM ||
                         (is_tok(tl, h.end, to, "of") && h.end + 1 < to && tl->t[h.end + 1].kind == TOK_NUM)))) {
        *ahead = sign(h.sub);
        *rule = "relative-year";
        if (ref.y) *d = (cdate){ref.y + h.sub, 0, 0}, *ok = 1;
        return h.end;
    }
    if (dword(g, tl, i, to, DK_ANCHOR, &h)) {
        /* «накануне бишкекского саммита», "on the eve of the summit": the eve of an event named after it (a
         * genitive: «накануне в Москве», «накануне на заседании» are the day before) */
        /* (not the people of a body who are the subject: «Накануне министры иностранных дел собрались») */
        gaz_hit ph;
        /* («на состоявшемся накануне заседании»: after a past participle, lexicon past_verb, the day before) */
        int after_past = i > 0 && gaz_match(g, tl, i - 1, i, G_LEX, LX_PAST, &ph);
        if (h.sub == -1 && h.end < to && !after_past && (is_tok(tl, h.end, to, "of") || genitive_word(tl->t[h.end].norm)) &&
            (is_tok(tl, i, to, "накануне") || is_tok(tl, i, to, "on")) &&
            !(gaz_match(g, tl, h.end, to, G_BODY, -1, &ph) && ph.sub == BK_PEOPLE))
            return i;
        /* (after a past participle, the day before a day still to come is no day of something held: «Их проведение
         * намечено на 27 мая. На состоявшемся накануне заседании ...» is the day before the report's) */
        int future_anchor = after_past && full(ref) && full(anchor) && date_cmp(anchor, ref) > 0;
        cdate base = full(anchor) && !future_anchor ? anchor : ref;
        *rule = h.sub == 0 ? "same-day" : h.sub > 0 ? "next-day" : "previous-day";
        if ((*ok = full(base))) *d = date_add_days(base, h.sub);
        return h.end;
    }
    if (dword(g, tl, i, to, DK_ANCHOR_YEAR, &h)) { /* "a year later": from the year last named */
        *rule = h.sub > 0 ? "year-later" : "year-earlier";
        if ((*ok = told.y > 0)) *d = (cdate){told.y + h.sub, 0, 0};
        return h.end;
    }
    if (dword(g, tl, i, to, DK_ANCHOR_MONTH, &h)) { /* "two months later": from the month last named */
        *rule = h.sub > 0 ? "month-later" : "month-earlier";
        if ((*ok = told.y > 0 && told.m > 0)) {
            int m = told.m - 1 + h.sub;
            *d = (cdate){told.y + (m < 0 ? (m - 11) / 12 : m / 12), (m % 12 + 12) % 12 + 1, 0};
        }
        return h.end;
    }
    /* [next|last|this] November: that month counted from the reference ("last November" told in June is
     * the year before's); not "last November 5" */
    if (dword(g, tl, i, to, DK_WEEKDAY_MOD, &h)) {
        size_t nx;
        int mo = month(g, tl, h.end, to, &nx);
        if (mo && !(nx < to && tl->t[nx].kind == TOK_NUM)) {
            *ahead = sign(h.sub);
            *rule = "relative-month-name";
            if (ref.y && ref.m) {
                int y = ref.y - (h.sub < 0 && mo >= ref.m) + (h.sub > 0 && mo <= ref.m);
                *d = (cdate){y, mo, 0};
                *ok = 1;
            } else if (!ref.y) { /* (a report with no date: the month, of a year unknown) */
                *d = (cdate){0, mo, 0};
                *ok = 1;
            }
            return nx;
        }
    }
    /* [next|last|this] Tuesday */
    size_t k = i;
    int mod = 0;
    if (dword(g, tl, k, to, DK_WEEKDAY_MOD, &h) && dword(g, tl, h.end, to, DK_WEEKDAY, &w)) {
        mod = h.sub;
        k = h.end;
    }
    if (!dword(g, tl, k, to, DK_WEEKDAY, &w)) return 0;
    /* a Russian weekday by stem: after «в», or a header's «Среда,»; «среди» shares the stem of «среда» */
    if (k == i && (unsigned char)tl->t[k].norm[0] >= 0xD0 && !(k > 0 && dword(g, tl, k - 1, k, DK_WEEKDAY_PREP, &h)) &&
        !is_tok(tl, w.end, to, ","))
        return 0;
    *rule = mod > 0 ? "next-weekday" : mod < 0 ? "last-weekday" : "weekday";
    *ahead = mod;
    if (full(ref)) {
        int wd = date_weekday(ref);
        int back = (wd - w.sub + 7) % 7, fwd = (w.sub - wd + 7) % 7;
        if (mod > 0) *d = date_add_days(ref, fwd ? fwd : 7);
        else if (mod < 0) *d = date_add_days(ref, -(back ? back : 7));
        else *d = date_add_days(ref, -back);
        *alt = mod == 0 ? date_add_days(ref, fwd) : *d;
        *ok = 1;
    } else if (ref.y && !ref.m) { /* (a report whose year alone is known: "on Tuesday" is in that year) */
        *d = *alt = (cdate){ref.y, 0, 0};
        *ok = 1;
    }
    return w.end;
}

/* An absolute form at token i; `alone` allows a month alone.  *last: a
 * range's last day, else 0. */
static size_t absolute_at(const gazetteer *g, const toklist *tl, size_t i, size_t to, int alone, cdate *d,
                          const char **rule, int *last)
{
    size_t e;
    *last = 0;
    if ((e = form_numeric(g, tl, i, to, d))) *rule = "numeric";
    else if ((e = form_day_month(g, tl, i, to, d, last))) *rule = "day-month";
    else if ((e = form_month_day(g, tl, i, to, alone, d, last))) *rule = "month-day";
    if (!e) *last = 0;
    return e;
}

/* Any form at token i; `alone` allows a month alone (after a part such as "early").
 * Fills *hit (but its start) and returns the token after, or 0. */
static size_t match_at(const gazetteer *g, const toklist *tl, size_t i, size_t to, cdate ref, cdate anchor, cdate told,
                       int alone, date_hit *hit)
{
    cdate d = {0, 0, 0}, alt = {0, 0, 0};
    const char *rule = NULL;
    size_t e;
    gaz_hit h;
    /* "early November", "the end of May", "in the first half of this year", "mid-2021" */
    if (!alone && dword(g, tl, i, to, DK_PART, &h)) {
        size_t j = h.end;
        if (is_dash(tl, j, to)) j++;
        if (j < to && (e = match_at(g, tl, j, to, ref, anchor, told, 1, hit))) return e;
    }
    int last = 0;
    if ((e = absolute_at(g, tl, i, to, alone, &d, &rule, &last))) {
        int rel = 0, ahead_y = 0;
        /* "in November last year", "on 19 October, this year": the year from the reference */
        size_t j = is_tok(tl, e, to, ",") ? e + 1 : e;
        if (is_tok(tl, j, to, "of") && !d.y) j++; /* "in November of that year" */
        if (!d.y && ref.y && dword(g, tl, j, to, DK_YEAR, &h)) {
            cdate y = {ref.y + h.sub, d.m, d.d};
            if (valid(y)) d = y, e = h.end, rel = 1, rule = "relative-year-date", ahead_y = sign(h.sub);
        }
        /* "in September that year", "in May the following year": the year last named */
        if (!d.y && told.y > 0 && dword(g, tl, j, to, DK_ANCHOR_YEAR, &h)) {
            cdate y = {told.y + h.sub, d.m, d.d};
            if (valid(y)) d = y, e = h.end, rule = "that-year-date";
        }
        *hit = (date_hit){d, i, e, rel, rule, d, 0, last, ahead_y};
        return e;
    }
    int ok = 0, ahead = 0;
    if ((e = form_relative(g, tl, i, to, ref, anchor, told, &d, &alt, &ok, &rule, &ahead))) {
        if (!alt.y) alt = d;
        /* "tomorrow, September 16", "on Wednesday, December 2": the explicit date wins (in brackets too: "On Thursday
         * (16 September)") */
        int bracket = is_tok(tl, e, to, "(");
        size_t j = is_tok(tl, e, to, ",") || bracket ? e + 1 : e;
        cdate x;
        const char *xr;
        size_t xe = j < to ? absolute_at(g, tl, j, to, 0, &x, &xr, &last) : 0;
        if (xe && bracket) xe = is_tok(tl, xe, to, ")") ? xe + 1 : 0;
        if (xe) {
            cdate pick = x;
            int rel = 0;
            if (ok && date_precision(x) < 3 && date_compatible(x, d) && date_precision(d) == 3) pick = d, rel = 1;
            else if (ok && date_precision(x) < 3 && date_compatible(x, alt) && date_precision(alt) == 3) pick = alt, rel = 1;
            *hit = (date_hit){pick, i, xe, rel,
                              !strcmp(rule, "weekday") ? "weekday-date" : !strcmp(rule, "today") ? "today-date"
                              : !strcmp(rule, "next-day") ? "next-day-date" : !strcmp(rule, "same-day") ? "same-day-date"
                              : !strcmp(rule, "previous-day") ? "previous-day-date" : "relative-date",
                              pick, 0,
                              pick.d == x.d ? last : 0, ahead};
            return xe;
        }
        if (ok) {
            *hit = (date_hit){d, i, e, 1, rule, alt, 0, 0, ahead};
            return e;
        }
    }
    if ((e = form_year(g, tl, i, to, &d))) {
        *hit = (date_hit){d, i, e, 0, "year", d, 0, 0, 0};
        return e;
    }
    /* "MINSK, Oct 5 - The Permanent Council met in Moscow on the 4th": before any other date of the story, a day
     * of the report's month (of the month before when it is still to come); later in a story ("in September
     * ... on the 13th") which month is meant is not known */
    /* (but after a day named ("The ministers met on April 27 ... On the 29th, the secretaries gathered"), a
     * later day of its month) */
    /* (and «27-го» with no month after it: "the 27th", in Russian) */
    int first = ref.d && !told.y && !told.m; /* before any other date */
    if (first || full(anchor)) {
        const char *w = tl->t[i].norm;
        int day = 0, n = 0;
        while (*w >= '0' && *w <= '9' && n < 3) day = day * 10 + (*w++ - '0'), n++;
        size_t end = 0;
        gaz_hit nh;
        if (i >= 2 && !strcmp(tl->t[i - 1].norm, "the") && !strcmp(tl->t[i - 2].norm, "on") &&
            (!strcmp(w, "st") || !strcmp(w, "nd") || !strcmp(w, "rd") || !strcmp(w, "th")) &&
            /* (not "the declaration on the 15th anniversary", "on the 20th session": the ordinal of the noun after
             * it, lexicon anniversary or meeting_noun) */
            !gaz_match(g, tl, i + 1, to, G_LEX, LX_ANNIVERSARY, &nh) && !gaz_match(g, tl, i + 1, to, G_LEX, LX_MEETING_NOUN, &nh))
            end = i + 1;
        /* «на 27-е число», «27-го числа»: the day of the month with «число» after it (not «27-е заседание») */
        else if (!*w && is_dash(tl, i + 1, to) && i + 3 < to &&
                 (!strcmp(tl->t[i + 2].norm, "е") || !strcmp(tl->t[i + 2].norm, "ое") || !strcmp(tl->t[i + 2].norm, "го")) &&
                 !strncmp(tl->t[i + 3].norm, "числ", strlen("числ")))
            end = i + 4;
        else if (!*w && is_dash(tl, i + 1, to) && i + 2 < to && !strcmp(tl->t[i + 2].norm, "го"))
            end = i + 3;
        /* (the anchor's month when a day other than the report's was named: «5 апреля ... 27-го») */
        int of_anchor = full(anchor) && day > anchor.d && (!first || date_cmp(anchor, ref) != 0);
        if (end && n && n <= 2 && is_day(day) && (first || of_anchor)) {
            d = (cdate){ref.y, ref.m, day};
            if (of_anchor) d = (cdate){anchor.y, anchor.m, day};
            else if (day > ref.d) d = ref.m > 1 ? (cdate){ref.y, ref.m - 1, day} : (cdate){ref.y - 1, 12, day};
            *hit = (date_hit){d, i, end, 1, "day-of-month", d, 0, 0, 0};
            return end;
        }
    }
    return 0;
}

/* The date words a date can start with (match_at, absolute_at, form_relative). */
#define STARTS (1u << DK_PART | 1u << DK_DAY | 1u << DK_WEEK | 1u << DK_MONTH | 1u << DK_YEAR | 1u << DK_SEASON | 1u << DK_ANCHOR | 1u << DK_ANCHOR_YEAR | 1u << DK_ANCHOR_MONTH | \
                1u << DK_WEEKDAY_MOD | 1u << DK_WEEKDAY | 1u << DK_ORDINAL)

int date_find(const gazetteer *g, const toklist *tl, size_t from, size_t to, cdate ref,
              cdate anchor, cdate *told, date_hit *out, int max)
{
    int n = 0;
    gaz_hit ph;
    if (to > tl->n) to = tl->n;
    cdate anc = anchor, monthly = {0, 0, 0}; /* "met on 22 June, and ... the same day": a day named earlier in the sentence */
    for (size_t i = from; i < to && n < max;) {
        date_hit h;
        /* a date starts with a number or a date word (months, dates.tsv): most tokens are neither;
         * a date word must be a whole phrase of data here: "the" starts many phrases and few dates */
        const token *t = &tl->t[i];
        gaz_hit any;
        int number = t->kind == TOK_NUM || (t->norm[0] >= '0' && t->norm[0] <= '9');
        unsigned cls = 0, kinds = number ? 0 : gaz_date_kinds(g, tl, i, &cls); /* (one look-up for both) */
        if (!number && !(cls & 1u << G_MONTH) && (!(kinds & STARTS) || !gaz_match(g, tl, i, to, G_DATE, -1, &any))) {
            i++;
            continue;
        }
        size_t e = match_at(g, tl, i, to, ref, anc, *told, 0, &h);
        if (!e) { i++; continue; }
        /* «31 мая – 1 июня», "31 May - 1 June": a range across a month's end is one date, its first day */
        if (h.date.d && h.date.m && !h.last && is_dash(tl, e, to)) {
            date_hit h2;
            size_t e2 = match_at(g, tl, e + 1, to, ref, anc, *told, 0, &h2);
            if (e2 && h2.date.d && h2.date.m && h2.date.m == h.date.m % 12 + 1 && h2.date.d < h.date.d &&
                (!h2.date.y || !h.date.y || h2.date.y == h.date.y + (h.date.m == 12)))
                e = e2;
        }
        /* "In November 2023, X skipped the summit ... held there the day before": a month named earlier in
         * the sentence is all the anchor says */
        /* (but a month that is the anchor's counts from the anchor's day: "the summit held in Minsk on November
         * 23. X skipped the November summit and the joint meeting held there the day before") */
        if (monthly.m && h.rule && (!strcmp(h.rule, "same-day") || !strcmp(h.rule, "next-day") || !strcmp(h.rule, "previous-day")) &&
            !(full(anc) && anc.y == monthly.y && anc.m == monthly.m))
            h.date = h.alt = monthly;
        if (h.date.m && h.date.d) {
            cdate f = date_complete(h.date, ref);
            if (full(f)) anc = f, monthly = (cdate){0, 0, 0};
        } else if (h.date.y && h.date.m && !h.relative)
            monthly = h.date;
        else if (!h.date.y && h.date.m && !h.date.d && !h.relative && told->y) /* "in November", in a 2023 story */
            monthly = (cdate){told->y, h.date.m, 0};
        /* the year of the story ("in 2021 and hosted ... in September that year"), with its month
         * ("in September 2022 ... two months later"); a year alone that ends or names a period
         * ("statements for 2020", "until 2030", lexicon period; "for 2024-2025") is none; a month without its year
         * leaves the month of the story unknown */
        if (h.date.y && !h.relative &&
            !(date_precision(h.date) == 1 && i > from && gaz_match(g, tl, i - 1, i, G_LEX, LX_PERIOD, &ph)) &&
            !(date_precision(h.date) == 1 && year_range_end(tl, i, to)))
            *told = h.date;
        else if (!h.date.y && h.date.m && !h.relative)
            told->m = told->d = 0;
        h.start = i;
        h.end = e;
        out[n++] = h;
        i = e;
    }
    return n;
}

cdate date_complete(cdate d, cdate ref)
{
    if (d.y || !d.m || !ref.y) return d;
    d.y = ref.y;
    if (ref.m && d.m - ref.m > 6) d.y--;      /* "in December", written in January */
    else if (ref.m && ref.m - d.m > 6) d.y++; /* "in January", written in December */
    if (!valid(d)) d.d = 0;
    return d;
}

/* A word a header line may carry after its date: a time word or zone, a
 * weekday, or something that starts with a digit ("00:00z"). */
static int trailer(const gazetteer *g, const toklist *tl, size_t i, size_t *next)
{
    gaz_hit h;
    const token *t = &tl->t[i];
    *next = i + 1;
    /* (not a day with its month after it: " date 2025-11-24 27 ноября в столице ... состоится": the text's first
     * date) */
    size_t mn;
    if (t->kind == TOK_NUM && i + 1 < tl->n && month(g, tl, i + 1, tl->n, &mn)) return 0;
    if (t->kind != TOK_WORD || (t->norm[0] >= '0' && t->norm[0] <= '9')) return 1;
    if (dword(g, tl, i, tl->n, DK_TIME, &h) || dword(g, tl, i, tl->n, DK_WEEKDAY, &h) ||
        dword(g, tl, i, tl->n, DK_WEEKDAY_ABBR, &h)) {
        *next = h.end;
        return 1;
    }
    return 0;
}

/* Whether a token is a clock time: "12:47", "8:47pm" (the suffix glued). */
static int clock_time(const char *w)
{
    size_t k = 0;
    while (w[k] >= '0' && w[k] <= '9') k++;
    if (k < 1 || k > 2 || w[k] != ':' || !(w[k + 1] >= '0' && w[k + 1] <= '9' && w[k + 2] >= '0' && w[k + 2] <= '9'))
        return 0;
    const char *rest = w + k + 3;
    return !*rest || !strcmp(rest, "am") || !strcmp(rest, "pm");
}

size_t date_parse_head(const gazetteer *g, const char *s, size_t n, cdate *out, int *labelled)
{
    toklist tl;
    size_t used = 0;
    if (labelled) *labelled = 0;
    size_t lim_bytes = n < 160 ? n : 160; /* a date prefix is short */
    /* every publication date has a digit (a day or a year): most lines have none up front */
    size_t dg = 0;
    while (dg < lim_bytes && !(s[dg] >= '0' && s[dg] <= '9')) dg++;
    if (!n || dg == lim_bytes || toklist_build(&tl, s, lim_bytes, NULL, NULL) < 0) return 0;
    size_t i = 0, lim = tl.n;
    gaz_hit h;
    int lab = 0;
    /* "(26 May 2020)": the caller strips the outlet */
    if (i < lim && !strcmp(tl.t[i].norm, "(")) i++;
    /* "Published: 25 November 2019", "date 2022-12-04", "Posted on 10.02.2023", "Date: 27.05.2020" */
    if (dword(g, &tl, i, lim, DK_LABEL, &h)) { i = h.end; lab = 1; }
    else if (i + 1 < lim && tl.t[i].kind == TOK_WORD && !(tl.t[i].norm[0] >= '0' && tl.t[i].norm[0] <= '9') &&
             !strcmp(tl.t[i + 1].norm, ":")) { i++; lab = 1; }
    if (lab && i < lim && !strcmp(tl.t[i].norm, ":")) i++;
    /* "12:47, 24 November 2025": a time first */
    if (i + 1 < lim && clock_time(tl.t[i].norm)) {
        size_t j = i + 1; /* "8:47 pm, 16 Sep 2021", "8:47 p.m. |": its time word */
        if (dword(g, &tl, j, lim, DK_TIME, &h)) j = h.end + (h.end < lim && !strcmp(tl.t[h.end].norm, "."));
        /* ("04:02 - 09 / 06 / 2016": a dash after the time) */
        if (j < lim && (!strcmp(tl.t[j].norm, ",") || !strcmp(tl.t[j].norm, "|") || !strcmp(tl.t[j].norm, "-"))) i = j + 1;
    }
    /* "Tuesday, 23 November 2021", "Tue 23 Nov 2021" */
    if (dword(g, &tl, i, lim, DK_WEEKDAY, &h) || dword(g, &tl, i, lim, DK_WEEKDAY_ABBR, &h)) {
        i = h.end;
        if (i < lim && (!strcmp(tl.t[i].norm, ",") || !strcmp(tl.t[i].norm, "."))) i++;
    }
    cdate d;
    const char *rule;
    int last;
    size_t e = i < lim ? absolute_at(g, &tl, i, lim, 0, &d, &rule, &last) : 0;
    /* "08:3627/09/2024": a time glued to the date */
    if (!e && i < lim && tl.t[i].kind == TOK_NUM) {
        const char *t = tl.t[i].norm;
        if (t[0] >= '0' && t[0] <= '9' && t[1] >= '0' && t[1] <= '9' && t[2] == ':' && strlen(t) > 5 &&
            parse_numeric(t + 5, &d))
            e = i + 1;
    }
    /* "08 / 06 / 2016": a numeric date spaced out, its parts joined back */
    if (!e && i + 4 < lim && tl.t[i].kind == TOK_NUM && tl.t[i + 2].kind == TOK_NUM && tl.t[i + 4].kind == TOK_NUM &&
        strlen(tl.t[i + 1].norm) == 1 && strchr("/.-", tl.t[i + 1].norm[0]) && !strcmp(tl.t[i + 1].norm, tl.t[i + 3].norm) &&
        strlen(tl.t[i].norm) <= 2 && strlen(tl.t[i + 2].norm) <= 2 && strlen(tl.t[i + 4].norm) == 4) {
        char joined[16];
        snprintf(joined, sizeof joined, "%s%s%s%s%s", tl.t[i].norm, tl.t[i + 1].norm, tl.t[i + 2].norm, tl.t[i + 3].norm,
                 tl.t[i + 4].norm);
        if (parse_numeric(joined, &d)) e = i + 5;
    }
    /* "29 Apr 03": a two-digit year closing a header line (alone, or before a clock time) */
    if (e && !d.y && d.d && e < lim && tl.t[e].kind == TOK_NUM && strlen(tl.t[e].norm) == 2 &&
        (e + 1 == tl.n || clock_time(tl.t[e + 1].norm))) {
        int yy = atoi(tl.t[e].norm);
        d.y = yy < 50 ? 2000 + yy : 1900 + yy;
        e++;
    }
    /* "22 May 201917:53": the year glued to a clock time (a page's date and time run together) */
    if (e && !d.y && d.d && e < lim && tl.t[e].kind == TOK_NUM && strlen(tl.t[e].norm) >= 8 &&
        clock_time(tl.t[e].norm + 4)) {
        char yb[5];
        memcpy(yb, tl.t[e].norm, 4);
        yb[4] = '\0';
        int yy = strspn(yb, "0123456789") == 4 ? atoi(yb) : 0;
        if (yy >= 1990 && yy <= 2100) d.y = yy, e++;
    }
    if (e && date_precision(d) >= 2) {
        while (e < lim) {
            size_t nx;
            /* (" date 2023-11-22 22 November 2023 18:30": the day again, written out with its year, is the stamp's) */
            cdate d2;
            const char *r2;
            int l2;
            size_t e2 = absolute_at(g, &tl, e, lim, 0, &d2, &r2, &l2);
            if (e2 > e && date_precision(d2) == 3 && !date_cmp(d2, d)) { e = e2; continue; }
            if (!trailer(g, &tl, e, &nx)) break;
            e = nx;
        }
        used = e < tl.n ? tl.t[e].start : n <= 512 ? n : tl.t[e - 1].end;
        *out = d;
        if (labelled) *labelled = lab;
    }
    toklist_free(&tl);
    return used;
}

int date_parse_line(const gazetteer *g, const char *s, size_t n, cdate *out)
{
    cdate d;
    size_t used = date_parse_head(g, s, n, &d, NULL);
    if (!used || used < n) return 0;
    *out = d;
    return 1;
}

int date_precision(cdate d)
{
    if (!d.y) return 0;
    if (!d.m) return 1;
    return d.d ? 3 : 2;
}

void date_format(sbuf *b, cdate d)
{
    if (!d.y) return;
    sbuf_printf(b, "%04d", d.y);
    if (d.m) sbuf_printf(b, "-%02d", d.m);
    if (d.m && d.d) sbuf_printf(b, "-%02d", d.d);
}

int date_compatible(cdate a, cdate b)
{
    if (a.y && b.y && a.y != b.y) return 0;
    if (a.m && b.m && a.m != b.m) return 0;
    if (a.d && b.d && a.d != b.d) return 0;
    return 1;
}

int date_overlaps(cdate a, int alast, cdate b, int blast)
{
    if (!a.d || !b.d || (a.y && b.y && a.y != b.y) || (a.m && b.m && a.m != b.m)) return date_compatible(a, b);
    int ae = alast > a.d ? alast : a.d, be = blast > b.d ? blast : b.d;
    return a.d <= be && b.d <= ae;
}

int date_cmp(cdate a, cdate b)
{
    if (a.y != b.y) return a.y - b.y;
    if (!a.m || !b.m) return 0;
    if (a.m != b.m) return a.m - b.m;
    if (!a.d || !b.d) return 0;
    return a.d - b.d;
}
