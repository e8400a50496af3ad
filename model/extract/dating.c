/* dating — the dates stage: the date mentions of every sentence.
 *
 * Reads: the article's tokens and sentences, its publication date, the
 * gazetteer (model/dates.c's date_find does the reading).
 * Writes: c->dates, the date hits of the article in sentence order, and one
 * MK_DATE mention per hit (value: its index in c->dates, rule: the date
 * form, e.g. "day-month", "weekday").  A date with no year takes the
 * report's year (relative = 2: inferred), else the one year the sentence
 * names, else the year last named ("in January 2022 ... 7 January"); relative dates
 * ("the next day") count from that day.  A report with no day of
 * publication that says "Today, 6 October" counts its relative dates from
 * that day.
 * Rules: date_find's forms; this stage adds the year inference and that
 * reference day only. */
#include "model/extract/internal.h"

/* Whether a date word's rule counts from the report's day ("today", "yesterday", "the day before" with no
 * day named before it). */
static int report_day_rule(const char *rule)
{
    static const char *const rules[] = {"today", "yesterday", "tomorrow", "relative-day", "previous-day", "next-day",
                                        "same-day"};
    for (size_t i = 0; i < sizeof rules / sizeof *rules; i++)
        if (!strcmp(rule, rules[i])) return 1;
    return 0;
}

/* The year a sentence names on its own ("in 2021"): 0 when none, -1 when
 * several. */
static int sentence_year(const date_hit *dh, int nd)
{
    int year = 0;
    for (int k = 0; k < nd; k++)
        if (dh[k].date.y && !dh[k].date.m) year = year == 0 ? dh[k].date.y : (year == dh[k].date.y ? year : -1);
    return year;
}

static int keep(ctx *c, const date_hit *h)
{
    if (c->ndates == c->capdates) {
        size_t cap = c->capdates ? c->capdates * 2 : 16;
        date_hit *p = realloc(c->dates, cap * sizeof *p);
        if (!p) return -1;
        c->dates = p;
        c->capdates = cap;
    }
    mention m = {MK_DATE, (int)c->ndates, 0, 0, h->start, h->end, h->rule};
    if (mentions_add(&c->ms, &m) < 0) return -1;
    c->dates[c->ndates++] = *h;
    return 0;
}

/* One year found so far in *found (0: none): 1 when y agrees with it (and
 * is kept), 0 when the report names another. */
static int same_year(int *found, int y)
{
    if (*found && *found != y) return 0;
    *found = y;
    return 1;
}

static int year_token(const token *t);

/* For a report that gives no year of its own: the year of a chairmanship
 * said in the present ("В 2023 году председательствует в ОДКБ Белоруссия",
 * "Kazakhstan's chairmanship in 2024"), no past or future in the sentence,
 * or summed up whatever the tense («подвел итоги председательства России в
 * ОДКБ в 2020 году», "the results of Armenia's chairmanship in 2022"), one
 * year named; 0 when none or several such years. */
static int chairmanship_year(const ctx *c)
{
    const toklist *tl = c->tl;
    int found = 0;
    for (size_t si = 0; si < tl->ns; si++) {
        size_t s = tl->s[si].first, e = tl->s[si].last + 1, p = s, q;
        /* "Tajikistan, chairing the CSTO in 2015", «председательствующего в ОДКБ в 2015 году Таджикистана»: a participle
         * of chairing now (lexicon chairing), the organisation, and a year right after it, whatever the clause's tense */
        for (size_t k = s; k < e; k++) {
            if (!lex(c, k, e, LX_CHAIRING, &q)) continue;
            q += is(c, q, "the");
            if (is(c, q, "в") || (is(c, q, "of") && !is(c, q - 1, "the"))) q++;
            gaz_hit oh;
            if (!gm(c, q, e, G_ORG, -1, &oh)) continue;
            date_hit dh[DATE_HITS];
            int nd = date_find(c->g, tl, oh.end, e < oh.end + 5 ? e : oh.end + 5, (cdate){0, 0, 0}, (cdate){0, 0, 0},
                               &(cdate){0, 0, 0}, dh, DATE_HITS);
            if (nd < 1 || dh[0].start > oh.end + 1 || date_precision(dh[0].date) != 1 || dh[0].relative) continue;
            if (!same_year(&found, dh[0].date.y)) return 0;
        }
        while (p < e && !lex(c, p, e, LX_CHAIRMANSHIP, NULL)) p++;
        if (p == e) continue;
        /* its clause: "Armenia holds the chairmanship in 2022, and the session will take place ...":
         * the clause after ", and" tells of something else */
        size_t a = s, b = e;
        for (size_t k = s; k + 1 < e; k++)
            if (is(c, k, ";") || (is(c, k, ",") && (is(c, k + 1, "and") || is(c, k + 1, "а") || is(c, k + 1, "but"))) ||
                /* «Заседание провёл X – Белоруссия председательствует в ОДКБ в 2023 году»: a dash with spaces */
                (is(c, k, "-") && k > s && tl->t[k - 1].end < tl->t[k].start && tl->t[k].end < tl->t[k + 1].start) ||
                /* «..., в следующем, 2024 году, председательство перейдет», ", in 2024 it passes to": a comma, then a
                 * year or the next (lexicon next) opens another clause's time */
                (is(c, k, ",") && k + 2 < e && (is(c, k + 1, "в") || is(c, k + 1, "in")) &&
                 (year_token(&tl->t[k + 2]) || lex(c, k + 2, e, LX_NEXT, NULL)))) {
                if (k < p) a = k + 1;
                else if (b == e) b = k;
            }
        int summed = 0; /* «итоги председательства», "the results of the chairmanship" */
        for (size_t k = p > a + 3 ? p - 3 : a; k < p && !summed; k++) summed = lex(c, k, p, LX_OUTCOME, NULL);
        /* "a decision on the chairmanship of Belarus in 2023", «решение о председательстве ... в 2023 году»:
         * the chair is decided at the summit the year before it */
        int decided = 0;
        for (size_t k = p > a + 3 ? p - 3 : a; k < p && !decided; k++) decided = gm(c, k, p, G_DOCTYPE, -1, &(gaz_hit){0});
        if (!summed && !decided && (lex_in(c, a, b, LX_PAST) || lex_in(c, a, b, LX_FUTURE) || lex_in(c, a, b, LX_PLANNED_VERB) ||
                        lex_in(c, a, b, LX_CHAIR_PASSES)))
            continue;
        date_hit dh[DATE_HITS];
        int nd = date_find(c->g, tl, a, b, (cdate){0, 0, 0}, (cdate){0, 0, 0}, &(cdate){0, 0, 0}, dh, DATE_HITS);
        int year = nd ? sentence_year(dh, nd) : 0;
        if (year <= 0 || nd != 1) continue;
        if (!same_year(&found, decided ? year - 1 : year)) return 0;
    }
    return found;
}

/* Whether token k starts a span of two years, y[0] and y[1] ("2021-2022", one token or three): 1 or 0. */
static int year_span_at(const ctx *c, size_t k, int y[2])
{
    const token *t = &c->tl->t[k];
    if (t->kind == TOK_NUM && strlen(t->norm) == 9 && t->norm[4] == '-') {
        y[0] = atoi(t->norm), y[1] = atoi(t->norm + 5);
    } else {
        y[0] = year_token(t);
        y[1] = y[0] && k + 2 < c->tl->n && is(c, k + 1, "-") ? year_token(&c->tl->t[k + 2]) : 0;
    }
    return y[0] >= 1990 && y[0] <= 2100 && y[1] == y[0] + 1;
}

/* For a report that gives no year of its own: the year before the one a
 * chairmanship passes in, said in the present or future ("Chairmanship of
 * the CSTO passes to Kyrgyzstan on January 1, 2025", «Председательство в 2021
 * году переходит к Таджикистану»: the handover is announced the year
 * before; not «перешло», nor a year of the outgoing chair in a relative
 * clause); 0 when none or several. */
static int chair_passes_year(const ctx *c)
{
    const toklist *tl = c->tl;
    int found = 0;
    for (size_t si = 0; si < tl->ns; si++) {
        size_t s = tl->s[si].first, e = tl->s[si].last + 1;
        if (!lex_in(c, s, e, LX_CHAIR_PASSES) || !lex_in(c, s, e, LX_CHAIRMANSHIP)) continue;
        /* (a verb of saying in the past is the quote's source, not the handover: «"...", - отметил пресс-секретарь») */
        int past = 0;
        for (size_t k = s; k < e && !past; k++) past = lex(c, k, e, LX_PAST, NULL) && !lex(c, k, e, LX_SPEECH, NULL);
        if (past) continue;
        date_hit dh[DATE_HITS];
        int nd = date_find(c->g, tl, s, e, (cdate){0, 0, 0}, (cdate){0, 0, 0}, &(cdate){0, 0, 0}, dh, DATE_HITS), year = 0;
        for (int k = 0; k < nd; k++) {
            int relative = 0; /* «, которое в 2016 году осуществляла Армения,» */
            for (size_t q = dh[k].start; q-- > s && !relative && !is(c, q, ",");)
                relative = lex(c, q, dh[k].start, LX_RELATIVE_PRONOUN, NULL);
            if (dh[k].date.y && !relative) year = year && year != dh[k].date.y ? -1 : dh[k].date.y;
        }
        /* («перехода председательства к Армении в 2021-2022 годах», "passes to Armenia for 2021-2022": a chairmanship of
         * two years, from one summit to the next, passes at the summit of the first, the report's year) */
        int y[2];
        for (size_t k = s; k < e && !year; k++)
            if (year_span_at(c, k, y)) year = y[0] + 1;
        if (year <= 0) continue;
        if (!same_year(&found, year - 1)) return 0;
    }
    return found;
}

/* The year a phrase at token k says from the report's (dates.tsv year: -1 "last year", «в прошлом году»; 1 "next
 * year", «в следующем году»), else 0. */
static int year_from_report(const ctx *c, size_t k)
{
    gaz_hit h;
    return gm(c, k, c->tl->n, G_DATE, DK_YEAR, &h) ? h.sub : 0;
}

/* Whether the sentence of token i says "last year" or "next year" (year_from_report). */
static int other_year_said(const ctx *c, size_t i)
{
    const toklist *tl = c->tl;
    for (size_t si = 0; si < tl->ns; si++) {
        size_t s = tl->s[si].first, e = tl->s[si].last + 1;
        if (i < s || i >= e) continue;
        for (size_t k = s; k < e; k++)
            if (year_from_report(c, k)) return 1;
        return 0;
    }
    return 0;
}

/* For a report that gives no year of its own: the year in the name of an
 * event of the report ("INTERPOLITECH-2022", «Взаимодействие-2023»: a
 * capitalised word, a hyphen glued to it, a year); 0 when none or several
 * years are so named. */
static int event_name_year(const ctx *c)
{
    const toklist *tl = c->tl;
    int found = 0;
    for (size_t i = 2; i < tl->n; i++) {
        const token *y = &tl->t[i], *h = &tl->t[i - 1], *w = &tl->t[i - 2];
        if (y->kind != TOK_NUM || strlen(y->norm) != 4 || !is(c, i - 1, "-") || w->kind != TOK_WORD || !w->cap ||
            h->start != w->end || y->start != h->end)
            continue;
        int v = atoi(y->norm);
        if (v < 1990 || v > 2100) continue;
        /* ("Last year, we held large-scale Interaction-2012 exercises": an event of another year than the report's) */
        if (other_year_said(c, i)) continue;
        if (!same_year(&found, v)) return 0;
    }
    return found;
}

/* The year a token is, a number of four digits from 1990 to 2100 standing alone, or 0. */
static int year_token(const token *t)
{
    if (t->kind != TOK_NUM || strlen(t->norm) != 4) return 0;
    int y = atoi(t->norm);
    return y >= 1990 && y <= 2100 ? y : 0;
}

/* The one year the text names (a year alone; with `spans`, each of a span of two too: "for 2021-2022") in which the
 * day and month of d fall on weekday wd; 0 when none or several. */
static int year_of_weekday(const ctx *c, cdate d, int wd, int spans)
{
    int found = 0;
    for (size_t i = 0; i < c->tl->n; i++) {
        int y[2] = {year_token(&c->tl->t[i]), 0};
        if (!y[0] && !(spans && year_span_at(c, i, y))) continue;
        for (int k = 0; k < 2; k++)
            if (y[k] && date_weekday((cdate){y[k], d.m, d.d}) == wd && !same_year(&found, y[k])) return 0;
    }
    return found;
}

/* For a report with no date of its own: the one year named in its text in which the day its lede names with a
 * weekday, no year, is that weekday ("On Thursday (16 September), the Council held a session ... the chairmanship
 * passes to Armenia for 2021-2022": 16 September 2021 was a Thursday, 16 September 2022 a Friday); 0 when none or
 * several. */
static int weekday_date_year(const ctx *c)
{
    const toklist *tl = c->tl;
    size_t lede_end = tl->s[tl->ns > 1 ? 1 : 0].last + 1;
    cdate day = {0, 0, 0};
    date_hit dh[DATE_HITS];
    int nd = date_find(c->g, tl, 0, lede_end, (cdate){0, 0, 0}, (cdate){0, 0, 0}, &(cdate){0, 0, 0}, dh, DATE_HITS);
    int wd = -1;
    for (int k = 0; k < nd && wd < 0; k++) {
        gaz_hit h;
        if (dh[k].date.y || !dh[k].date.m || !dh[k].date.d || !dh[k].rule || strcmp(dh[k].rule, "weekday-date") ||
            !gaz_match(c->g, tl, dh[k].start, dh[k].end, G_DATE, DK_WEEKDAY, &h))
            continue;
        wd = h.sub;
        day = dh[k].date;
    }
    return wd < 0 ? 0 : year_of_weekday(c, day, wd, 1);
}

/* For a report whose date has no year ("MOSCOW, Feb. 4 (Xinhua) -- Leaders
 * ... on Wednesday agreed"): the one year named in its text in which that
 * day is the weekday its lede names ("the first CSTO summit of 2009": 4
 * February 2009 was a Wednesday, 4 February 2015 a Wednesday too but not
 * named); 0 when no weekday, no such year or several. */
static int weekday_year(const ctx *c)
{
    cdate d = c->a->published;
    const toklist *tl = c->tl;
    if (d.y || !tl->ns) return 0;
    if (!d.m || !d.d) return weekday_date_year(c);
    int wd = -1;
    size_t lede_end = tl->s[tl->ns > 1 ? 1 : 0].last + 1;
    /* «АСТАНА. 17 октября. КАЗИНФОРМ - Заседание ... прошло в четверг»: the dateline's dots end no lede */
    for (size_t si = 0; si < tl->ns && c->a->dateline_end > c->a->dateline_start; si++)
        if (tl->t[tl->s[si].last].end > c->a->dateline_end) {
            if (tl->s[si].last + 1 > lede_end) lede_end = tl->s[si].last + 1;
            break;
        }
    gaz_hit h;
    for (size_t i = 0; i < lede_end && wd < 0; i++)
        if (gaz_match(c->g, tl, i, lede_end, G_DATE, DK_WEEKDAY, &h)) wd = h.sub;
    if (wd < 0) return 0;
    return year_of_weekday(c, d, wd, 0);
}

/* Whether the text names a year (year_token). */
static int any_year(const ctx *c)
{
    for (size_t i = 0; i < c->tl->n; i++)
        if (year_token(&c->tl->t[i])) return 1;
    return 0;
}

/* For a report that gives no date of its own: the day it was written, from a relative day said with the full
 * date it means ("discussed the agenda for tomorrow (September 16, 2021) meeting", «завтра, 16 сентября 2021 года»):
 * that date less the relative day's offset (dates.tsv day).  {0} when none, or two such pairs disagree. */
static cdate report_day_of_pair(const ctx *c)
{
    const toklist *tl = c->tl;
    cdate found = {0, 0, 0};
    date_hit dh[8];
    for (size_t si = 0; si < tl->ns; si++) {
        size_t s = tl->s[si].first, e = tl->s[si].last + 1;
        int nd = date_find(c->g, tl, s, e, (cdate){0, 0, 0}, (cdate){0, 0, 0}, &(cdate){0, 0, 0}, dh, 8);
        for (int k = 0; k < nd; k++) {
            if (date_precision(dh[k].date) != 3 || dh[k].relative) continue;
            size_t b = dh[k].start;
            gaz_hit h;
            /* («Завтра, 16 сентября 2021 года»: one hit, the relative day first) */
            int paired = gm(c, b, e, G_DATE, DK_DAY, &h) && h.end < dh[k].end;
            if (!paired && b >= s + 2) {
                if (is(c, b - 1, "(") || is(c, b - 1, ",")) b--;
                for (size_t a = b > s + 3 ? b - 3 : s; a < b && !paired; a++)
                    paired = gm(c, a, e, G_DATE, DK_DAY, &h) && h.end == b;
            }
            if (!paired) continue;
            cdate d = date_add_days(dh[k].date, -h.sub);
            if (found.y && date_cmp(found, d) != 0) return (cdate){0, 0, 0};
            found = d;
        }
    }
    return found;
}

/* Whether a plan stands within the fourteen words before token i ("the Plan of events dedicated to the 30th
 * anniversary of A and the 10th of B", «План мероприятий, посвященных 30-летию»): events to come, in the
 * anniversary's year. */
static int plan_for(const ctx *c, size_t s, size_t i)
{
    gaz_hit h;
    for (size_t k = i > s + 14 ? i - 14 : s; k < i; k++)
        if (gm(c, k, i, G_DOCTYPE, -1, &h) && doctype_is(c, h.val, "plan")) return 1;
    return 0;
}

/* Whether "next year" («в следующем году», «в будущем году») stands before token i: "Next year we will celebrate the
 * 80th anniversary of Victory" falls after the report. */
static int next_year_before(const ctx *c, size_t s, size_t i)
{
    for (size_t k = s; k < i; k++)
        if (year_from_report(c, k) > 0) return 1;
    /* (or a word of the future right before it: «предстоящее празднование 75-летия Победы», "the upcoming 80th
     * anniversary", lexicon planned_mod) */
    for (size_t k = i > s + 3 ? i - 3 : s; k < i; k++)
        if (lex(c, k, i, LX_PLANNED_MOD, NULL)) return 1;
    return 0;
}

/* For a report that gives no year of its own: the year of an anniversary
 * it marks, not one it prepares for (lexicon prepare_for) ("the 30th
 * anniversary of the Treaty signed in 1992",
 * «к 30-летию Договора ..., подписанного ... 1992 года»: 2022; with no year
 * written, one dates.tsv knows: «25-летием Договора о коллективной
 * безопасности»); 0 when none or several years are so given. */
static int anniversary_year(const ctx *c)
{
    const toklist *tl = c->tl;
    int found = 0;
    for (size_t si = 0; si < tl->ns; si++) {
        size_t s = tl->s[si].first, e = tl->s[si].last + 1;
        for (size_t i = s; i + 1 < e; i++) {
            const token *t = &tl->t[i];
            if (!(t->norm[0] >= '0' && t->norm[0] <= '9')) continue; /* "30", "30th" */
            int n = atoi(t->norm);
            if (n < 1 || n > 99) continue;
            size_t k = i + 1;
            if (is(c, k, "-") || is(c, k, "th") || is(c, k, "st") || is(c, k, "nd") || is(c, k, "rd")) k++;
            if (!lex(c, k, e, LX_ANNIVERSARY, NULL)) continue;
            /* «поручили подготовить План мероприятий, посвященных 30-летию ...», "to prepare for the 30th
             * anniversary": an anniversary still to be prepared is of a later year */
            if (lex_in(c, s, i, LX_PREPARE_FOR) || plan_for(c, s, i) || next_year_before(c, s, i)) continue;
            int from = 0;
            size_t fq = 0;
            for (size_t q = k + 1; q < e && q < k + 16 && !from; q++)
                if (tl->t[q].kind == TOK_NUM && strlen(tl->t[q].norm) == 4) from = atoi(tl->t[q].norm), fq = q;
            /* "the 75th anniversary of the Victory, which will be celebrated in 2020", «которое будет
             * отмечаться в 2020 году»: a year after a future verb is when the anniversary falls, not what
             * it counts from; a report before it has no year from it */
            if (from && lex_in(c, k + 1, fq, LX_PLANNED_VERB)) continue;
            /* "of the Collective Security Treaty", «Договора о коллективной безопасности» */
            size_t q = k + 1, r;
            if (is(c, q, "of")) q++;
            if (is(c, q, "the")) q++;
            /* ("the 10th anniversary of the creation of the CSTO", «к 20-летию подписания Договора») */
            if (is(c, q, "signing") || is(c, q, "подписания")) r = q + 1;
            else if (!lex(c, q, e, LX_FOUNDING, &r)) r = q;
            if (r > q) {
                q = r;
                if (is(c, q, "of")) q++;
                if (is(c, q, "the")) q++;
            }
            gaz_hit h;
            if (!from && gm(c, q, e, G_DATE, DK_FOUNDED, &h)) from = h.sub;
            if (!from) continue;
            int y = from + n;
            if (y < 1995 || y > 2100) continue;
            if (!same_year(&found, y)) return 0;
        }
    }
    return found;
}

/* Whether date d, in sentence [s, e), dates a source the text cites in parentheses ("... in Moscow in
 * December (Interfax, August 12)", "(www.kremlin.ru, August 12)"): when the outlet wrote, not when
 * anything took place. */
static int cited_source_date(const ctx *c, size_t s, size_t e, const date_hit *d)
{
    if (d->start < s + 3 || d->end >= e || !is(c, d->end, ")") || !is(c, d->start - 1, ",")) return 0;
    for (size_t q = d->start - 2; q > s && q + 8 > d->start; q--) {
        if (is(c, q, ")")) return 0;
        if (!is(c, q, "(")) continue;
        /* (not "the meeting of the Council of Foreign Ministers (Almaty, June 21, 2024)": a city after a meeting
         * named within the eight words before the bracket is the meeting's place and day) */
        gaz_hit h;
        if (gm(c, q + 1, e, G_CITY, -1, &h) && h.end + 1 == d->start)
            for (size_t k = q; k-- > s && k + 8 > q;)
                if (meeting_named_at(c, k, e)) return 0;
        return 1;
    }
    return 0;
}

/* Whether date d is a day counted by an approximate span ("less than a week earlier", "some days later";
 * lexicon approx right before it): no day. */
static int approx_span(const ctx *c, size_t s, const date_hit *d)
{
    if (!d->rule || (strcmp(d->rule, "previous-day") && strcmp(d->rule, "next-day"))) return 0;
    return lex_ends_at(c, s, d->start, 3, LX_APPROX);
}

/* Whether date d is a day counted from an event the sentence names after it ("the day after the CIS
 * summit", «на следующий день после саммита СНГ»: lexicon time_bound), not from the day last named. */
static int day_from_other_event(const ctx *c, size_t e, const date_hit *d)
{
    static const char *const counted[] = {"next-day", "previous-day", "month-later", "month-earlier", "year-later",
                                          "year-earlier"};
    int from_last = 0; /* ... and «спустя месяц после падения Кабула», "a month after": the same */
    for (size_t k = 0; d->rule && k < sizeof counted / sizeof counted[0]; k++) from_last |= !strcmp(d->rule, counted[k]);
    if (!from_last) return 0;
    return d->end < e && lex(c, d->end, e, LX_TIME_BOUND, NULL);
}

/* Whether date d is a bare year that is part of a document's name: after an article (or "and"), before a few
 * capitalised words (an organisation's, a body's; two lower-case ones at most) and a document keyword ("approved the
 * 2025 CSTO Collective Security Strategy", "the 2017 budget", "the 2009 event plan"): the year the document is for,
 * not when anything took place. */
static int names_document(const ctx *c, size_t s, size_t e, const date_hit *d)
{
    if (d->rule && strcmp(d->rule, "year")) return 0;
    /* "the collective security strategy until 2025", «стратегию ... до 2025 года»: a document's horizon (lexicon
     * time_bound right before the year, a document keyword a few words before it) */
    if (d->start > s && lex(c, d->start - 1, d->start, LX_TIME_BOUND, NULL) && date_precision(d->date) == 1)
        for (size_t k = d->start - 1; k-- > s && k + 8 > d->start;) {
            if (is(c, k, ",") || is(c, k, ";")) break;
            if (gm(c, k, d->start, G_DOCTYPE, -1, &(gaz_hit){0})) return 1;
        }
    /* (or "and": "adopted a joint statement and the 2009 event plan", "ADOPT JOINT STATEMENT AND 2009 EVENT PLAN") */
    if (d->end != d->start + 1 || d->start <= s ||
        !(is(c, d->start - 1, "the") || is(c, d->start - 1, "a") || is(c, d->start - 1, "its") ||
          is(c, d->start - 1, "and")))
        return 0;
    gaz_hit h;
    int lower = 0; /* (two lower-case words at most: "the 2009 event plan", "the 2021 joint training plan") */
    for (size_t k = d->end; k < e && k < d->end + 5; k++) {
        if (gm(c, k, e, G_DOCTYPE, -1, &h)) return 1;
        if (c->tl->t[k].kind != TOK_WORD || (!c->tl->t[k].cap && lower++ >= 2)) return 0;
    }
    return 0;
}

/* Whether date d qualifies an event of lexicon other_event right after it, up to two words between («с учетом итогов
 * январской миротворческой операции ОДКБ», "the 2014 withdrawal"): that event's time, not a meeting's. */
static int event_modifier(const ctx *c, size_t e, const date_hit *d)
{
    for (size_t q = d->end; q < e && q < d->end + 3 && c->tl->t[q].kind == TOK_WORD; q++)
        if (lex(c, q, e, LX_OTHER_EVENT, NULL)) return 1;
    return 0;
}

/* Whether date d, in sentence [s, e), dates another event that a phrase of lexicon time_bound or a noun of
 * lexicon other_event names after a meeting ("the summit's agenda: security after the withdrawal of coalition
 * troops from Afghanistan in 2014", «после вывода ... в 2014 году», "told the summit, warning of threats due to NATO
 * withdrawal from Afghanistan in 2014"): that event's time, not the meeting's (but "after the session of the
 * Council on 25 May" dates that session). */
static int bounded_by_other_event(const ctx *c, size_t s, size_t e, const date_hit *d)
{
    size_t skipped = 0; /* the tokens of brackets passed over: "the International Security Assistance Force (ISAF)" */
    for (size_t k = d->start; k-- > s && k + 14 + skipped > d->start;) {
        if (is(c, k, ")")) {
            size_t o = k;
            while (o > s && o + 6 > k && !is(c, o, "(")) o--;
            if (!is(c, o, "(")) return 0;
            skipped += k - o + 1;
            k = o;
            continue;
        }
        if (is(c, k, ",") || is(c, k, ";") || is(c, k, ":") || is(c, k, "(")) return 0;
        int event = lex(c, k, d->start, LX_OTHER_EVENT, NULL); /* "due to NATO withdrawal from Afghanistan in 2014" */
        if (!event && !lex(c, k, d->start, LX_TIME_BOUND, NULL)) continue;
        if (!event && k + 3 > d->start) return 0; /* "postponed until spring 2027": the time itself, no event between */
        for (size_t q = k + 1; q < d->start; q++)
            if (meeting_named_at(c, q, e)) return 0; /* "until an informal meeting in December" */
        /* a meeting named before the bound, whose clause the event's phrase is part of (not "After forces
         * attacked Armenia in September, the leaders held a video conference": the meeting came right after) */
        for (size_t q = s; q < k; q++)
            if (meeting_named_at(c, q, e)) return 1;
        return 0;
    }
    return 0;
}

/* Whether date d is a visit's: a noun of lexicon visit_noun, then a verb of taking place (lexicon takes_place),
 * then d, in one clause that names no meeting ("the Secretary General's visit to Armenia will take place on August
 * 28-30 as part of his trips to prepare for the session in Minsk this autumn", «визит ... пройдет с 28 по 30
 * августа»): the session is not on those days. */
static int visit_date(const ctx *c, size_t s, size_t e, const date_hit *d)
{
    int verb = 0;
    for (size_t k = d->start; k-- > s && k + 12 > d->start;) {
        if (is(c, k, ",") || is(c, k, ";") || meeting_named_at(c, k, e)) return 0;
        if (lex(c, k, d->start, LX_TAKES_PLACE, NULL)) verb = 1;
        if (lex(c, k, k + 1, LX_VISIT_NOUN, NULL)) return verb;
    }
    return 0;
}

/* Whether date d, a year alone, names a term of office: "Russia's assumption of the presidency for the 2026 term"
 * (the chair's year, not a meeting's; a year near a chairmanship may still be the story's, chairmanship_year). */
static int term_year(const ctx *c, const date_hit *d)
{
    return date_precision(d->date) == 1 && (is(c, d->end, "term") || is(c, d->end, "terms"));
}

/* Whether token k joins the years of a span (lexicon span_joiner: «по», «до», "to", "through", "until"; or a dash). */
static int span_joiner(const ctx *c, size_t k)
{
    return lex(c, k, k + 1, LX_SPAN_JOINER, NULL) || is(c, k, "-"); /* («на 2008 - 2011 годы», spaced) */
}

/* Whether date d ends how long something goes on (lexicon goes_on, then lexicon until: "the session, which will last
 * till September 26", «сессия продлится до 26 сентября»): its last day, not the day it takes place. */
static int lasts_until(const ctx *c, size_t s, const date_hit *d)
{
    size_t k = d->start;
    return k >= s + 2 && lex(c, k - 2, k - 1, LX_GOES_ON, NULL) && lex(c, k - 1, k, LX_UNTIL, NULL);
}

/* Whether date d, a year alone, opens or closes a span of years («на трехлетний период с 2026 по 2029 годы», "from
 * 2026 to 2029", "for 2026 through 2029"): a term, a programme's years, no day a meeting takes place on. */
static int year_span(const ctx *c, size_t s, size_t e, const date_hit *d)
{
    if (date_precision(d->date) != 1) return 0;
    if (d->end + 1 < e && span_joiner(c, d->end) && year_token(&c->tl->t[d->end + 1]) > d->date.y) return 1;
    int y = d->start >= s + 2 && span_joiner(c, d->start - 1) ? year_token(&c->tl->t[d->start - 2]) : 0;
    return y && y < d->date.y;
}

/* Whether date d, a year alone, qualifies the word after it, which names no meeting, after a possessive
 * (lexicon possessive: "as Russia sets its 2026 agenda", "their 2024 budget"): that thing's year, not one the
 * sentence's meeting took place in (but "its 2026 session"). */
static int year_of_thing(const ctx *c, size_t s, size_t e, const date_hit *d)
{
    if (date_precision(d->date) != 1 || d->end != d->start + 1 || d->start <= s || d->end >= e) return 0;
    if (!lex(c, d->start - 1, d->start, LX_POSSESSIVE, NULL)) return 0;
    const token *t = &c->tl->t[d->end];
    return t->kind == TOK_WORD && !t->cap && !meeting_named_at(c, d->end, e) &&
           !lex(c, d->end, e, LX_MEETING_MOD, NULL);
}

/* Whether date d, a year alone, is the scope of a count: «началось первое в 2024 году заседание», "the first
 * meeting in 2024", "its inaugural meeting for 2024" (lexicon ordinal_word, then "in"/"of"/"for"/«в»): which one of the
 * year, not its date. */
static int ordinal_scope(const ctx *c, size_t s, const date_hit *d)
{
    if (date_precision(d->date) != 1 || d->start < s + 2) return 0;
    size_t k = d->start - 1;
    if (!(is(c, k, "in") || is(c, k, "of") || is(c, k, "for") || is(c, k, "в"))) return 0;
    for (size_t q = k > s + 3 ? k - 3 : s; q < k; q++) {
        size_t end;
        if (!lex(c, q, k, LX_ORDINAL_WORD, &end)) continue;
        if (end == k) return 1;
        /* ("the first CSTO summit of 2024": a meeting noun between; not "in the second quarter of 2009") */
        for (size_t w = end; w < k; w++)
            if (lex(c, w, k, LX_MEETING_NOUN, NULL)) return 1;
    }
    /* ("the first meeting of the CSTO Permanent Council in 2025", «первое заседание Постоянного совета ОДКБ в 2025
     * году»: the body's name between the meeting noun and the year) */
    for (size_t q = k > s + 12 ? k - 12 : s, end, w; q < k; q++) {
        if (!lex(c, q, k, LX_ORDINAL_WORD, &end) || !lex(c, end, k, LX_MEETING_NOUN, &w)) continue;
        w += is(c, w, "of");
        w += is(c, w, "the");
        gaz_hit h;
        const mention *bm = mention_at(&c->ms, MK_BODY, w);
        if ((!bm || bm->start != w) && gm(c, w, k, G_ORG, -1, &h)) /* ("of the CSTO Council", the name after it) */
            bm = mention_at(&c->ms, MK_BODY, w = h.end);
        if (!bm || bm->start != w) continue;
        w = bm->end;
        size_t o = w + is(c, w, "of"); /* («Совета ОДКБ», "Council of the CSTO") */
        o += is(c, o, "the");
        if (o < k && gm(c, o, k, G_ORG, -1, &h)) w = h.end;
        if (w == k) return 1;
    }
    return 0;
}

/* Whether a semicolon stands in [a, b): the clauses it parts tell of their own times ("vacant since
 * November last year; the new one is to be appointed at the session on 28 November": not last year's). */
static int semicolon_between(const ctx *c, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (is(c, k, ";")) return 1;
    return 0;
}

/* The year of day d of month m where the text or the title writes that day with one ("On December 2, a
 * meeting was held ... peacekeepers deployed on December 2, 2020"; a headline's "in Moscow, May 16, 2022" over
 * "on Monday, May 16"), for a report whose own date gives no year; 0 when none or several years. */
static int day_year_elsewhere(const ctx *c, int m, int d)
{
    int found = 0, several = 0;
    date_hit dh[DATE_HITS];
    toklist tl = {0};
    const char *t = c->a->title;
    int titled = t && toklist_build(&tl, t, strlen(t), gaz_is_abbrev, c->g) == 0 && gaz_intern(c->g, &tl) == 0;
    for (size_t si = 0; si <= c->tl->ns; si++) { /* each sentence, then the title */
        const toklist *l = si < c->tl->ns ? c->tl : &tl;
        size_t s = si < c->tl->ns ? c->tl->s[si].first : 0, e = si < c->tl->ns ? c->tl->s[si].last + 1 : tl.n;
        if (si == c->tl->ns && !titled) break;
        int nd = date_find(c->g, l, s, e, (cdate){0, 0, 0}, (cdate){0, 0, 0}, &(cdate){0, 0, 0}, dh, DATE_HITS);
        for (int k = 0; k < nd; k++) {
            if (!dh[k].date.y || dh[k].date.m != m || dh[k].date.d != d || dh[k].relative) continue;
            /* (not «Договор ... был подписан 15 мая 1992 г.»: a session on its anniversary shares the day) */
            if (l == c->tl && (lex_in(c, dh[k].start > s + 3 ? dh[k].start - 3 : s, dh[k].start, LX_ADOPT) ||
                               titled_doc_date(c, s, &dh[k])))
                continue;
            several |= found && found != dh[k].date.y;
            found = dh[k].date.y;
        }
    }
    if (t) toklist_free(&tl);
    return several ? 0 : found;
}

/* For a report that gives no year of its own: the year of the meeting it names as the previous one, with its full
 * date, in the past («предыдущая встреча глав государств прошла 12 августа 2011 года в Астане», "the previous
 * summit was held in Astana on August 12, 2011"): the next one is told of in that year; 0 when none or several. */
static int previous_meeting_year(const ctx *c)
{
    const toklist *tl = c->tl;
    int found = 0;
    for (size_t si = 0; si < tl->ns; si++) {
        size_t s = tl->s[si].first, e = tl->s[si].last + 1;
        if (!lex_in(c, s, e, LX_PREVIOUS) || !lex_in(c, s, e, LX_PAST)) continue;
        date_hit dh[DATE_HITS];
        int nd = date_find(c->g, tl, s, e, (cdate){0, 0, 0}, (cdate){0, 0, 0}, &(cdate){0, 0, 0}, dh, DATE_HITS);
        if (nd != 1 || !dh[0].date.y || !dh[0].date.d || dh[0].relative) continue;
        if (!same_year(&found, dh[0].date.y)) return 0;
    }
    return found;
}

/* For a report whose dateline gives a day without a year («БИШКЕК, 14 апр - РИА Новости»), or with none the first day
 * its lede names without one: the year of the full dates its lede names within six weeks of that day either way
 * ("appointed as of May 2, 2017"), a report telling of days near its own; 0 when none or several years. */
static int near_day_year(const ctx *c, cdate pub)
{
    const toklist *tl = c->tl;
    int found = 0;
    if (pub.y) return 0;
    for (size_t si = 0; si < tl->ns && si < 3; si++) {
        size_t s = tl->s[si].first, e = tl->s[si].last + 1;
        date_hit dh[DATE_HITS];
        int nd = date_find(c->g, tl, s, e, (cdate){0, 0, 0}, (cdate){0, 0, 0}, &(cdate){0, 0, 0}, dh, DATE_HITS);
        /* (with no dateline's day, the lede's first day named without a year: «такое решение приняли главы государств 14
         * апреля на неформальной встрече ... со 2 мая 2017 года») */
        for (int k = 0; k < nd && (!pub.m || !pub.d); k++)
            if (!dh[k].date.y && dh[k].date.m && dh[k].date.d && !dh[k].relative) pub.m = dh[k].date.m, pub.d = dh[k].date.d;
        if (!pub.m || !pub.d) continue;
        for (int k = 0; k < nd; k++) {
            if (!dh[k].date.y || !dh[k].date.d || dh[k].relative) continue;
            cdate day = {dh[k].date.y, pub.m, pub.d};
            if (date_cmp(dh[k].date, date_add_days(day, -42)) < 0 || date_cmp(dh[k].date, date_add_days(day, 42)) > 0)
                continue;
            /* (not the very day in another year: an anniversary's, «подписан 15 мая 1992 г.» for a session «15 мая») */
            if (dh[k].date.m == pub.m && dh[k].date.d == pub.d) continue;
            if (!same_year(&found, dh[k].date.y)) return 0;
        }
    }
    return found;
}

/* The report's year as its text names it: the present chairmanship's, the one a chairmanship passes in, an
 * event's name ("Рубеж-2006"); 0 when none. */
static int year_named(const ctx *c)
{
    int y = chairmanship_year(c);
    if (y <= 0) y = chair_passes_year(c);
    if (y <= 0) y = event_name_year(c);
    return y > 0 ? y : 0;
}

/* Whether date k is an end of a range across months, the two days joined by a word of lexicon dates.tsv range
 * («с 24 августа по 4 сентября», "from 30 November to 2 December"): like a range in one month ("13-14 October"),
 * no day that "the day before" counts from. */
static int month_range(const ctx *c, const date_hit *dh, int nd, int k)
{
    gaz_hit h;
    if (k + 1 < nd && dh[k + 1].start == dh[k].end + 1 && gm(c, dh[k].end, dh[k + 1].start, G_DATE, DK_RANGE, &h)) return 1;
    return k > 0 && dh[k].start == dh[k - 1].end + 1 && gm(c, dh[k - 1].end, dh[k].start, G_DATE, DK_RANGE, &h);
}

int dating_article(ctx *c)
{
    const toklist *tl = c->tl;
    cdate pub = c->a->published, anchor = {0, 0, 0}; /* the day last named */
    int anchor_weekday = 0;                            /* it was a bare weekday ("on Wednesday") */
    cdate paired = pub.y ? (cdate){0, 0, 0} : report_day_of_pair(c);
    if (paired.y) {
        pub = paired, c->story_year = paired.y;
    } else if (!pub.y) {
        int y = year_named(c);
        if (y <= 0) y = anniversary_year(c);
        if (y <= 0) y = weekday_year(c);
        if (y <= 0) y = previous_meeting_year(c);
        if (y <= 0) y = near_day_year(c, pub);
        if (y > 0) pub = (cdate){y, pub.m, pub.d}, c->story_year = y;
    } else if (c->a->published_updated) {
        /* a page's update stamp («Последнее обновление: 23.11.2024») over a report whose text names its own, earlier
         * year («учение "Рубеж-2006"»): that year, its day unknown */
        int y = year_named(c);
        if (y > 0 && y < pub.y) pub = (cdate){y, 0, 0}, c->story_year = y;
        /* (and over a text that names no year at all, "On Friday the informal summit ... Unlike the summit in June in
         * Moscow" under "Updated at 14:52,24-02-2021": when it was written is unknown, its days have no year) */
        else if (y <= 0 && !any_year(c)) pub = (cdate){0, 0, 0};
    }
    c->pub = pub;
    cdate told = {0, 0, 0};                             /* the date with a year last named ("a year later") */
    long told_si = -1;                                  /* the sentence that named it */
    cdate prev_month = {0, 0, 0};                       /* the month (no day) the sentence before named last */
    int prev_month_inferred = 0;                        /* ... with its year inferred (relative 2) */
    int prev_month_meeting = 0;                         /* ... and that sentence names a meeting (a noun or verb of one) */
    int under_heading = 0;                              /* the sentence before was a date on a line of its own */
    cdate para_head = {0, 0, 0};                        /* the date that heads the paragraph («Январь 2022 года.») */
    for (size_t si = 0; si < tl->ns; si++) {
        size_t s = tl->s[si].first, e = tl->s[si].last + 1;
        date_hit dh[DATE_HITS];
        int before = told.y; /* the year named before this sentence */
        /* the month and year the sentence before named as a month ("Then came January 2022. On Jan. 6, ...";
         * not a day of it: "the session of 28 November 2024 ... in November the next one") */
        cdate last_month = told_si + 1 == (long)si && told.m && !told.d ? told : (cdate){0, 0, 0};
        cdate was = told;
        /* a new paragraph after a day long past ("a month after the operation of January 2022 ... \n
         * Накануне в Астане прошли заседания"): "the day before" counts from the report's day again */
        cdate past = anchor, told0 = told;
        /* (not under a timeline's heading: "September 13, 2022" on a line of its own, then "... convened by
         * video link that evening") */
        if (tl->t[s].para && !under_heading && date_precision(pub) == 3 && date_precision(anchor) == 3 &&
            date_cmp(anchor, date_add_days(pub, -31)) < 0)
            anchor = (cdate){0, 0, 0}, anchor_weekday = 0;
        /* a live blog's entry, a paragraph opening with its time ("19:50. Завтра, 1 августа ... \n\n 15:05.
         * Главы государств собрались"): an entry of its own, told on the report's day */
        if (tl->t[s].para && clock_entry(c, s)) anchor = (cdate){0, 0, 0}, anchor_weekday = 0;
        if (tl->t[s].para || (tl->t[s].nl && !under_heading)) para_head = (cdate){0, 0, 0};
        int nd = date_find(c->g, tl, s, e, pub, anchor, &told, dh, DATE_HITS);
        /* ... but "the same evening", "the next day" name that day again ("On September 13, 2022,
         * Azerbaijan attacked ... \n The Council held an extraordinary session the same evening") */
        int again = 0;
        for (int k = 0; k < nd && !anchor.y && past.y; k++)
            again |= dh[k].rule && (!strcmp(dh[k].rule, "same-day") || !strcmp(dh[k].rule, "next-day"));
        if (again) {
            anchor = past, told = told0;
            nd = date_find(c->g, tl, s, e, pub, anchor, &told, dh, DATE_HITS);
        }
        /* "Last November in Minsk, ... the joint meeting held in the Belarusian capital the day before": a day
         * counted from the report's day, with no day named to count from, after a month named earlier in the
         * sentence and before the report's: that month (its day is not known) */
        /* (or in the sentence before: "Last November in Minsk, Pashinyan did not show up. Nor did Mirzoyan
         * attend the joint meeting held the day before") */
        /* (and whatever day was named before, when the month is the date named last: "The foreign ministers met
         * on Thursday ... since they last gathered in Moscow in December. Tajikistan took over the chairmanship
         * at the summit held the following day") */
        for (int k = 0; k < nd && pub.y && pub.m; k++) {
            if (!dh[k].rule || (strcmp(dh[k].rule, "previous-day") && strcmp(dh[k].rule, "next-day"))) continue;
            cdate month = prev_month;
            int last = prev_month.y != 0, inferred = prev_month_inferred; /* the month is the date named last */
            int named = prev_month_meeting; /* ... in a sentence that names a meeting */
            for (int j = 0; j < k; j++) {
                if (dh[j].date.y && dh[j].date.m && !dh[j].date.d)
                    month = dh[j].date, last = 1, inferred = dh[j].relative == 2, named = 1;
                else if (dh[j].date.d) last = 0;
            }
            /* (over a day named before, only a month its sentence names a meeting in: not "citing the operation in
             * Karabakh in September. X skipped the joint session held a day earlier") */
            if (date_precision(anchor) == 3 && !(last && named)) continue;
            /* (a month later in the year than the report's, its year inferred, is as the meeting's tense makes it:
             * "since they last gathered in December" in April is last December) */
            if (month.y && (month.y < pub.y || (month.y == pub.y && month.m < pub.m) ||
                            (date_precision(anchor) == 3 && inferred)))
                dh[k].date = (cdate){month.y, month.m, 0}, dh[k].relative = inferred ? 2 : dh[k].relative;
        }
        /* "the Treaty signed in Tashkent on 15 May 1992": a historic signing is no year of the story */
        for (int k = 0; k < nd; k++)
            if (dh[k].date.y == told.y && dh[k].date.m == told.m && historic_signing_date(c, s, &dh[k])) told = was;
        if (told.y != was.y || told.m != was.m) told_si = (long)si;
        /* «накануне сессии СКБ»: "on the eve of" a meeting, named as a point in time, not "the day before" */
        int kept = 0, scope_year = 0; /* scope_year: "the first meeting in 2021" (ordinal_scope) */
        for (int k = 0; k < nd; k++)
            if (ordinal_scope(c, s, &dh[k])) scope_year = dh[k].date.y;
        /* ("its inaugural meeting for 2024. The session was held on January 10th": the year of the story, though
         * "for" before a year alone is a period's to date_find) */
        if (scope_year && told.y != scope_year) told = (cdate){scope_year, 0, 0}, told_si = (long)si;
        for (int k = 0; k < nd; k++)
            if (!cited_source_date(c, s, e, &dh[k]) && !day_from_other_event(c, e, &dh[k]) && !approx_span(c, s, &dh[k]) &&
                !names_document(c, s, e, &dh[k]) && !bounded_by_other_event(c, s, e, &dh[k]) && !term_year(c, &dh[k]) &&
                !visit_date(c, s, e, &dh[k]) && !event_modifier(c, e, &dh[k]) && !year_span(c, s, e, &dh[k]) &&
                !lasts_until(c, s, &dh[k]) &&
                !ordinal_scope(c, s, &dh[k]) && !year_of_thing(c, s, e, &dh[k]) &&
                !(dh[k].rule && !strcmp(dh[k].rule, "previous-day") &&
                  /* (not «на состоявшемся накануне заседании»: after a past participle, the day before) */
                  !(dh[k].start > s && day_before_participle(c, dh[k].start)) &&
                  ((dh[k].end == dh[k].start + 1 &&
                    meeting_named_at(c, dh[k].end, e)) ||
                   is(c, dh[k].end, "of") ||
                   /* "on November 27, the day before the summit": the point is the summit */
                   (is(c, dh[k].end, "the") && meeting_named_at(c, dh[k].end + 1, e)))))
                dh[kept++] = dh[k];
        nd = kept;
        /* "Today, 6 October, ...", «Сегодня, 6 октября»: a report without a date line says what day it
         * is; the relative dates after it ("today", "yesterday") count from that day */
        for (int k = 0; k < nd && !pub.d; k++)
            if (dh[k].rule && !strcmp(dh[k].rule, "today-date") && dh[k].date.m && dh[k].date.d &&
                (!pub.y || !dh[k].date.y || dh[k].date.y == pub.y))
                pub = (cdate){dh[k].date.y ? dh[k].date.y : pub.y, dh[k].date.m, dh[k].date.d};
        int year = sentence_year(dh, nd);
        /* "In 2023, Armenia ... skipped the Minsk summit on November 23": a sentence that opens with its
         * year tells of that year, whatever the year of the report */
        int opening = nd && dh[0].start == s + 1 && (is(c, s, "in") || is(c, s, "в")) && dh[0].date.y && !dh[0].date.m
                          ? dh[0].date.y : 0;
        for (int k = 0; k < nd; k++)
            if (!dh[k].date.y) {
                /* the story's year: one named earlier in this sentence ("in January 2023, and in June"), else before it */
                int story = before, named_here = 0, same_month = 0, story_month = 0; /* named_here: a year written earlier
                                                                                       * in this sentence */
                for (int j = 0; j < k; j++)
                    if (dh[j].date.y && dh[j].relative != 2 && !titled_doc_date(c, s, &dh[j]) && !historic_signing_date(c, s, &dh[j]) &&
                        !semicolon_between(c, dh[j].end, dh[k].start)) {
                        story = dh[j].date.y, named_here = 1, story_month = dh[j].date.m != 0;
                        /* "decided on 6 January 2022, and on 10 January ...": that month of that year */
                        same_month = dh[j].date.m && dh[j].date.m == dh[k].date.m ? dh[j].date.y : 0;
                    }
                if (opening) dh[k].date.y = opening;
                else if (same_month) dh[k].date.y = same_month;
                /* "On January 14, the first in 2021 meeting of the Council was held": the year it is the first of */
                else if (scope_year && !named_here) dh[k].date.y = scope_year;
                /* «Январь 2022 года. Армения председательствует в ОДКБ. 10 января Пашинян ведет сессию»: the year
                 * of the paragraph's heading */
                else if (para_head.y && !named_here) dh[k].date.y = para_head.y;
                /* «С 1 января 2017 г. обязанности исполнял X, и лишь 14 апреля ... назначили Y»: a year written
                 * earlier in the sentence, before the report's */
                /* (not a year alone that dates something else: "the results of the CSTO's activities in 2003 and
                 * ... its next session, which is due on 18-19 June" in 2004) */
                else if (named_here && pub.y && story < pub.y && story_month) {
                    dh[k].date.y = story;
                    dh[k].relative = 2;
                    dh[k].story_year = story;
                }
                else if (last_month.y && last_month.m == dh[k].date.m && !named_here) {
                    dh[k].date.y = last_month.y; /* inferred too: "On Jan. 6 and Jan. 10" both take it */
                    dh[k].relative = 2;
                    dh[k].story_year = last_month.y;
                } else if (!c->a->published.y && dh[k].date.m && dh[k].date.d &&
                           (dh[k].date.y = day_year_elsewhere(c, dh[k].date.m, dh[k].date.d)) > 0)
                    ; /* that day written with its year elsewhere in the report */
                else if (pub.y) { dh[k].date.y = pub.y; dh[k].relative = 2; dh[k].story_year = story; } /* 2: year inferred */
                else if (year > 0) dh[k].date.y = year;
                /* the year last named, in this sentence or before; but not for the report's own day ("today",
                 * "the day before" with no other day to count from) when the report's year is unknown: a
                 * year named in passing ("left the Treaty in 1999") is not the report's */
                else if (story && !(dh[k].rule && report_day_rule(dh[k].rule))) dh[k].date.y = story;
            }
        /* a date that is the whole sentence, perhaps with a full stop: on a line of its own, a timeline's
         * heading; opening its paragraph, a chronicle's entry */
        /* (a chronicle's "February 3-4, 2009, Moscow.", «3-4 февраля 2009 г., Москва.»: the place after it too) */
        size_t de = nd == 1 ? dh[0].end : s;
        gaz_hit ch;
        if (de < e && de > s && is(c, de, ".") && gaz_is_abbrev(c->g, tl->t[de - 1].norm)) de++;
        if (de < e && is(c, de, ",") && gm(c, de + 1, e, G_CITY, -1, &ch)) de = ch.end;
        int alone = nd == 1 && dh[0].start == s && (de == e || (de + 1 == e && is(c, de, ".")));
        int heading = alone && tl->t[s].nl;
        under_heading = heading;
        if (alone && (tl->t[s].para || tl->t[s].nl || si == 0) && dh[0].date.y) para_head = dh[0].date;
        cdate month_here = {0, 0, 0};
        int month_inferred = 0;
        for (int k = 0; k < nd; k++) {
            if (dh[k].date.y && dh[k].date.m && !dh[k].date.d) month_here = dh[k].date, month_inferred = dh[k].relative == 2;
            else if (dh[k].date.d) month_here = (cdate){0, 0, 0}; /* a day named after it */
        }
        prev_month = month_here;
        prev_month_inferred = month_inferred;
        prev_month_meeting = month_here.y && (lex_in(c, s, e, LX_MEETING_NOUN) || lex_in(c, s, e, LX_MEETING_VERB));
        for (int k = 0; k < nd; k++) {
            /* "on Wednesday ... on the same day": a day counted from a bare weekday is read as one, the
             * coming week's when the meeting is still to come (meetings.c) */
            if (anchor_weekday && dh[k].rule &&
                (!strcmp(dh[k].rule, "same-day") || !strcmp(dh[k].rule, "next-day") || !strcmp(dh[k].rule, "previous-day")))
                dh[k].rule = "weekday";
            if (keep(c, &dh[k]) < 0) { c->oom = 1; return -1; }
            /* "the same day" is the day of an event named before, not when a term begins, nor one of a
             * range of days ("a state visit on 27-28 November") */
            /* (a heading's range of days, "November 22-23, 2023", is counted from its first) */
            /* (nor the day before the report's, said of what another organisation did: «в Ташкенте, где
             * накануне прошел саммит ШОС ... Накануне здесь же прошли заседания СМИД»: both the day before the
             * report's) */
            int report_eve = (!anchor.y || (pub.y && date_cmp(anchor, pub) == 0)) && dh[k].rule &&
                             (!strcmp(dh[k].rule, "previous-day") || !strcmp(dh[k].rule, "next-day")) && other_org_named(c, s, e);
            if (date_precision(dh[k].date) == 3 && ((!dh[k].last && !month_range(c, dh, nd, k)) || heading) &&
                !effective_date(c, s, &dh[k]) && !report_eve &&
                !historic_signing_date(c, s, &dh[k]) && !(anchor.y && spoken_on(c, s, e, &dh[k]))) {
                anchor = dh[k].date;
                anchor_weekday = dh[k].rule && !strcmp(dh[k].rule, "weekday");
            }
        }
    }
    return 0;
}

int unresolved_weekday(const ctx *c, size_t s, size_t e)
{
    if (date_precision(c->pub) == 3) return 0;
    int wd = -1;
    gaz_hit h, p;
    for (size_t i = s; i < e; i++) {
        if (!gm(c, i, e, G_DATE, DK_WEEKDAY, &h)) continue;
        /* a Russian weekday after «в» (its stem is shared: «среди», «среда») */
        if ((unsigned char)c->tl->t[i].norm[0] >= 0xD0 && !(i > s && gm(c, i - 1, i, G_DATE, DK_WEEKDAY_PREP, &p)))
            continue;
        date_hit d = {.start = i, .end = h.end};
        if (spoken_on(c, s, e, &d)) continue;
        if (wd >= 0 && wd != h.sub) return 0;
        wd = h.sub;
    }
    return wd + 1;
}

const date_hit *sentence_dates(const ctx *c, size_t s, size_t e, int *nd)
{
    size_t a = mentions_from(&c->ms, MK_DATE, s), b = mentions_from(&c->ms, MK_DATE, e);
    *nd = (int)(b - a);
    return b > a ? &c->dates[c->ms.v[MK_DATE][a].value] : NULL;
}
