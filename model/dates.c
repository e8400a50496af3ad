/* dates — see dates.h.  Each form is a small function that tries to match
 * at one token and returns the token after the match (0 when it does not
 * match); date_find() tries the forms at each token, longest form first. */
#include "model/dates.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static int is_tok(const toklist *tl, size_t i, size_t to, const char *s)
{
    return i < to && !strcmp(tl->t[i].norm, s);
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

/* Month name at token i (with an optional trailing "."); returns the month and
 * sets *next, or 0. */
static int month(const gazetteer *g, const toklist *tl, size_t i, size_t to, size_t *next)
{
    gaz_hit h;
    if (!gaz_match(g, tl, i, to, G_MONTH, -1, &h)) return 0;
    /* "may" is a month only when a number stands next to it */
    if (!strcmp(tl->t[i].norm, "may") && !tl->t[i].cap) return 0;
    *next = h.end;
    if (is_tok(tl, *next, to, ".")) (*next)++;
    return h.val;
}

/* 27.05.2020, 2018-11-08, 27/05/2020, 27-05-2020 as one number token. */
static size_t form_numeric(const toklist *tl, size_t i, size_t to, cdate *d)
{
    if (tl->t[i].kind != TOK_NUM) return 0;
    const char *s = tl->t[i].norm;
    int a, b, c;
    char s1, s2;
    int n = 0;
    if (sscanf(s, "%d%c%d%c%d%n", &a, &s1, &b, &s2, &c, &n) != 5 || s[n] || s1 != s2) return 0;
    if (s1 != '.' && s1 != '-' && s1 != '/') return 0;
    if (is_year(a)) *d = (cdate){a, b, c};
    else if (is_year(c)) *d = (cdate){c, b, a};
    else return 0;
    return valid(*d) ? i + 1 : 0;
}

/* 8 November 2018 / 09 November, 2018 / 8 November / 8th of November 2018 */
static size_t form_day_month(const gazetteer *g, const toklist *tl, size_t i, size_t to, cdate *d)
{
    int day = number(tl, i, to);
    if (!is_day(day)) return 0;
    size_t j = i + 1, k;
    if (is_tok(tl, j, to, "of")) j++;
    int m = month(g, tl, j, to, &k);
    if (!m) return 0;
    *d = (cdate){0, m, day};
    size_t y = k;
    if (is_tok(tl, y, to, ",")) y++;
    int yr = number(tl, y, to);
    if (is_year(yr) && tl->t[y].kind == TOK_NUM && strlen(tl->t[y].norm) == 4) {
        d->y = yr;
        k = y + 1;
    }
    return valid(*d) ? k : 0;
}

/* Nov. 8 / September 15, 2021 / November 28 / May 2020 / November, 2018 */
static size_t form_month_day(const gazetteer *g, const toklist *tl, size_t i, size_t to, cdate *d)
{
    size_t k = i;
    int m = month(g, tl, i, to, &k);
    if (!m) return 0;
    int v = number(tl, k, to);
    if (is_year(v) && strlen(tl->t[k].norm) == 4) { *d = (cdate){v, m, 0}; return k + 1; }
    if (is_tok(tl, k, to, ",") && is_year(number(tl, k + 1, to)) && strlen(tl->t[k + 1].norm) == 4) {
        *d = (cdate){number(tl, k + 1, to), m, 0};
        return k + 2;
    }
    if (!is_day(v)) {
        /* "in November": a month alone, after a preposition */
        if (i > 0 && (is_tok(tl, i - 1, to, "in") || is_tok(tl, i - 1, to, "since") || is_tok(tl, i - 1, to, "until") ||
                      is_tok(tl, i - 1, to, "by") || is_tok(tl, i - 1, to, "early") || is_tok(tl, i - 1, to, "late") ||
                      is_tok(tl, i - 1, to, "mid"))) {
            *d = (cdate){0, m, 0};
            return k;
        }
        return 0;
    }
    *d = (cdate){0, m, v};
    k++;
    size_t y = k;
    if (is_tok(tl, y, to, ",")) y++;
    int yr = number(tl, y, to);
    if (is_year(yr) && strlen(tl->t[y].norm) == 4) { d->y = yr; k = y + 1; }
    return valid(*d) ? k : 0;
}

static size_t form_year(const toklist *tl, size_t i, size_t to, cdate *d)
{
    if (tl->t[i].kind != TOK_NUM || strlen(tl->t[i].norm) != 4) return 0;
    int v = number(tl, i, to);
    if (!is_year(v)) return 0;
    /* "2020 - 2021" stays two years; "the 2020 plan" is a year too */
    *d = (cdate){v, 0, 0};
    return i + 1;
}

cdate date_add_days(cdate d, int days)
{
    if (!d.y || !d.m || !d.d) return d;
    struct tm tm = {.tm_year = d.y - 1900, .tm_mon = d.m - 1, .tm_mday = d.d + days, .tm_hour = 12};
    time_t t = timegm(&tm);
    struct tm out;
    gmtime_r(&t, &out);
    return (cdate){out.tm_year + 1900, out.tm_mon + 1, out.tm_mday};
}

static int weekday(cdate d) /* 0 = Sunday */
{
    struct tm tm = {.tm_year = d.y - 1900, .tm_mon = d.m - 1, .tm_mday = d.d, .tm_hour = 12};
    time_t t = timegm(&tm);
    struct tm out;
    gmtime_r(&t, &out);
    return out.tm_wday;
}

static const char *const wdays[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

/* Relative forms; *rule names the one that matched. */
static size_t form_relative(const toklist *tl, size_t i, size_t to, cdate ref, cdate anchor, cdate *d,
                            const char **rule)
{
    int full = ref.y && ref.m && ref.d;
    const char *w = tl->t[i].norm;
    /* every relative word is 4-9 letters and starts with one of these: most tokens stop here */
    size_t wl = tl->t[i].kind == TOK_WORD ? strlen(w) : 0;
    if (wl < 4 || wl > 9 || !strchr("ytmwfsnlce", w[0])) return 0;
    if (full && !strcmp(w, "yesterday")) { *d = date_add_days(ref, -1); *rule = "yesterday"; return i + 1; }
    if (full && !strcmp(w, "today")) { *d = ref; *rule = "today"; return i + 1; }
    if (full && !strcmp(w, "tomorrow")) { *d = date_add_days(ref, 1); *rule = "tomorrow"; return i + 1; }
    for (int k = 0; full && k < 7; k++) {
        if (strcmp(w, wdays[k])) continue;
        int next = i > 0 && !strcmp(tl->t[i - 1].norm, "next");
        int delta = (weekday(ref) - k + 7) % 7; /* days back to the last such weekday */
        *d = next ? date_add_days(ref, (k - weekday(ref) + 7) % 7 ? (k - weekday(ref) + 7) % 7 : 7)
                  : date_add_days(ref, -delta);
        *rule = next ? "next-weekday" : "weekday";
        return i + 1;
    }
    if ((!strcmp(w, "this") || !strcmp(w, "next") || !strcmp(w, "last") || !strcmp(w, "current")) && i + 1 < to) {
        int off = !strcmp(w, "next") ? 1 : !strcmp(w, "last") ? -1 : 0;
        if (ref.y && !strcmp(tl->t[i + 1].norm, "year")) {
            *d = (cdate){ref.y + off, 0, 0};
            *rule = "relative-year";
            return i + 2;
        }
        if (ref.y && ref.m && !strcmp(tl->t[i + 1].norm, "month")) {
            int m = ref.m + off, y = ref.y;
            if (m < 1) m = 12, y--;
            if (m > 12) m = 1, y++;
            *d = (cdate){y, m, 0};
            *rule = "relative-month";
            return i + 2;
        }
    }
    /* earlier in the day / later in the day / the same day / on the same day */
    cdate base = anchor.y && anchor.m && anchor.d ? anchor : ref;
    if (base.y && base.m && base.d) {
        if ((!strcmp(w, "earlier") || !strcmp(w, "later")) && is_tok(tl, i + 1, to, "in") &&
            is_tok(tl, i + 2, to, "the") && is_tok(tl, i + 3, to, "day")) {
            *d = base;
            *rule = "same-day";
            return i + 4;
        }
        if (!strcmp(w, "same") && is_tok(tl, i + 1, to, "day") && i > 0 && !strcmp(tl->t[i - 1].norm, "the")) {
            *d = base;
            *rule = "same-day";
            return i + 2;
        }
    }
    return 0;
}

int date_find(const gazetteer *g, const toklist *tl, size_t from, size_t to, cdate ref,
              cdate anchor, date_hit *out, int max)
{
    int n = 0;
    if (to > tl->n) to = tl->n;
    for (size_t i = from; i < to && n < max;) {
        cdate d = {0, 0, 0};
        const char *rule = NULL;
        size_t e;
        int rel = 0;
        if ((e = form_numeric(tl, i, to, &d))) rule = "numeric";
        else if ((e = form_day_month(g, tl, i, to, &d))) rule = "day-month";
        else if ((e = form_month_day(g, tl, i, to, &d))) rule = "month-day";
        else if ((e = form_relative(tl, i, to, ref, anchor, &d, &rule))) rel = 1;
        else if ((e = form_year(tl, i, to, &d))) rule = "year";
        if (!e) { i++; continue; }
        out[n++] = (date_hit){d, i, e, rel, rule};
        i = e;
    }
    return n;
}

int date_parse_line(const gazetteer *g, const char *s, size_t n, cdate *out)
{
    toklist tl;
    if (toklist_build(&tl, s, n, NULL, NULL) < 0) return 0;
    int ok = 0;
    size_t start = 0;
    /* "Kabar (26 May 2020)": the caller strips the outlet; allow a leading "(" */
    if (start < tl.n && !strcmp(tl.t[start].norm, "(")) start++;
    /* "Published: 25 November 2019", "Date: 27.05.2020" */
    if (start + 1 < tl.n && tl.t[start].kind == TOK_WORD && !strcmp(tl.t[start + 1].norm, ":")) start += 2;
    date_hit h;
    cdate none = {0, 0, 0};
    if (tl.n && date_find(g, &tl, start, tl.n, none, none, &h, 1) == 1 && h.start == start &&
        date_precision(h.date) >= 2) {
        ok = 1;
        for (size_t i = h.end; i < tl.n; i++)
            if (tl.t[i].kind == TOK_WORD) ok = 0;
        if (ok) *out = h.date;
    }
    toklist_free(&tl);
    return ok;
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

int date_cmp(cdate a, cdate b)
{
    if (a.y != b.y) return a.y - b.y;
    if (!a.m || !b.m) return 0;
    if (a.m != b.m) return a.m - b.m;
    if (!a.d || !b.d) return 0;
    return a.d - b.d;
}
