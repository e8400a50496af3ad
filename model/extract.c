/* extract — per-article extraction; see extract.h for what is found and how.
 *
 * The pass is linear in the number of tokens: each sentence is scanned a
 * fixed number of times (bodies and meetings, officials, documents), and a
 * gazetteer match costs a hash look-up plus the length of the phrase. */
#include "model/extract.h"
#include "model/sbuf.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- small vectors ------------------------------------------------------ */

static int span_push(spanvec *v, span s)
{
    for (int i = 0; i < v->n; i++)
        if (v->v[i].start == s.start && v->v[i].end == s.end) return 0;
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 2;
        span *p = realloc(v->v, (size_t)cap * sizeof *p);
        if (!p) return -1;
        v->v = p;
        v->cap = cap;
    }
    v->v[v->n++] = s;
    return 0;
}

static int int_add(intvec *v, int x) /* adds x once */
{
    for (int i = 0; i < v->n; i++)
        if (v->v[i] == x) return 0;
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 2;
        int *p = realloc(v->v, (size_t)cap * sizeof *p);
        if (!p) return -1;
        v->v = p;
        v->cap = cap;
    }
    v->v[v->n++] = x;
    return 0;
}

#define ENSURE(arr, n, cap)                                                  \
    do {                                                                     \
        if ((n) == (cap)) {                                                  \
            int c_ = (cap) ? (cap) * 2 : 8;                                  \
            void *p_ = realloc((arr), (size_t)c_ * sizeof *(arr));           \
            if (!p_) return -1;                                              \
            (arr) = p_;                                                      \
            (cap) = c_;                                                      \
        }                                                                    \
    } while (0)

/* ---- context ------------------------------------------------------------ */

typedef struct ctx {
    const gazetteer *g;
    const article *a;
    const toklist *tl;
    extraction *x;
    unsigned char *covered; /* token inside a body's name: no title or name starts there */
    unsigned char *used;    /* token already part of a document title */
    unsigned char *inname;  /* token inside an organisation's or body's name */
    int current;            /* meeting last named, or -1 */
    int list, nlists;       /* the list whose items are being added (0: none), lists so far */
    cdate anchor;           /* date last named (day precision) */
    int sentence_no;
    int oom;
} ctx;

static const char *T(const ctx *c, size_t i) { return i < c->tl->n ? c->tl->t[i].norm : ""; }
static int is(const ctx *c, size_t i, const char *w)
{
    return i < c->tl->n && c->tl->t[i].norm[0] == w[0] && !strcmp(c->tl->t[i].norm, w);
}

static int lex(const ctx *c, size_t i, size_t lim, int cls, size_t *end)
{
    gaz_hit h;
    if (!gaz_match(c->g, c->tl, i, lim, G_LEX, cls, &h)) return 0;
    if (end) *end = h.end;
    return 1;
}

static int lex_in(const ctx *c, size_t s, size_t e, int cls)
{
    for (size_t i = s; i < e; i++)
        if (lex(c, i, e, cls, NULL)) return 1;
    return 0;
}

static int determiner(const ctx *c, size_t i)
{
    return is(c, i, "the") || is(c, i, "this") || is(c, i, "that") || is(c, i, "these") || is(c, i, "its") ||
           is(c, i, "their");
}

/* Text of tokens [s, e) with whitespace runs folded to one space (owned by caller). */
static char *text_of(const ctx *c, size_t s, size_t e)
{
    sbuf b = {0};
    if (s < e) {
        const char *p = c->a->text + c->tl->t[s].start, *q = c->a->text + c->tl->t[e - 1].end;
        int sp = 0;
        for (; p < q; p++) {
            if (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r') { sp = 1; continue; }
            if (sp && b.len) sbuf_putc(&b, ' ');
            sp = 0;
            sbuf_putc(&b, *p);
        }
    }
    return sbuf_steal(&b);
}

static span span_of(const ctx *c, size_t s, size_t e)
{
    return (span){c->tl->t[s].start, c->tl->t[e - 1].end};
}

/* ---- places ------------------------------------------------------------- */

/* "in CITY", "in the city of CITY", "in COUNTRY" in [s, e): the first after pos,
 * else the first before.  Sets *city / *country (-1 when none). */
static void find_place(const ctx *c, size_t s, size_t e, size_t pos, int *city, int *country)
{
    int bc = -1, bk = -1, ac = -1, ak = -1;
    for (size_t i = s; i + 1 < e; i++) {
        if (!is(c, i, "in") && !is(c, i, "to") && !is(c, i, "at")) continue;
        size_t j = i + 1;
        gaz_hit h;
        int ci = -1, co = -1;
        if (is(c, j, "the") && is(c, j + 1, "city") && is(c, j + 2, "of")) j += 3;
        else if (is(c, j, "the") && is(c, j + 1, "capital") && is(c, j + 2, "of")) {
            j += 3;
            if (is(c, j, "the")) j++;
            /* "in the capital of Tajikistan": its capital, unless a city is named */
            if (gaz_match(c->g, c->tl, j, e, G_COUNTRY, -1, &h) && !gaz_match(c->g, c->tl, h.end + is(c, h.end, ","), e, G_CITY, -1, &(gaz_hit){0}))
                ci = gaz_capital(c->g, h.val);
        } else if (is(c, j, "the") && gaz_match(c->g, c->tl, j + 1, e, G_COUNTRY, -1, &h) && is(c, h.end, "capital") &&
                   !gaz_match(c->g, c->tl, h.end + 1 + is(c, h.end + 1, "of"), e, G_CITY, -1, &(gaz_hit){0})) {
            ci = gaz_capital(c->g, h.val); /* "in the Belarusian capital" */
        }
        if (ci >= 0) {
            co = gaz_city(c->g, ci)->country;
            if (i >= pos && ac < 0 && ak < 0) { ac = ci; ak = co; }
            if (i < pos) { bc = ci; bk = co; }
            continue;
        }
        /* "in Russia's St. Petersburg", "in the Armenian capital Yerevan" */
        {
            size_t k = j;
            if (is(c, k, "the")) k++;
            if (gaz_match(c->g, c->tl, k, e, G_COUNTRY, -1, &h)) {
                k = h.end;
                if (is(c, k, "'s")) k++;
                if (is(c, k, "capital") || is(c, k, "city")) {
                    k++;
                    if (is(c, k, "of") || is(c, k, ",")) k++; /* "Kazakhstan's capital of Astana" */
                }
                int poss = k > h.end || (h.end > 0 && is(c, h.end - 1, "'s")); /* an alias may hold the "'s" */
                if (poss && gaz_match(c->g, c->tl, k, e, G_CITY, -1, &h)) j = k;
            }
        }
        if (gaz_match(c->g, c->tl, j, e, G_CITY, -1, &h)) {
            ci = h.val;
            co = gaz_city(c->g, ci)->country;
        } else if (!is(c, i, "to") && gaz_match(c->g, c->tl, j, e, G_COUNTRY, -1, &h) && !is(c, h.end, "'s") &&
                   !(h.end < e && c->tl->t[h.end].cap)) {
            co = h.val;
        } else {
            continue;
        }
        if (is(c, i, "to") && ci < 0) continue;
        if (i >= pos && ac < 0 && ak < 0) { ac = ci; ak = co; }
        if (i < pos) { bc = ci; bk = co; }
    }
    if (ac < 0 && ak < 0 && bc < 0 && bk < 0) {
        /* "Minsk hosted the meeting", "Bishkek to host CSTO summit", "hosted by Astana" */
        for (size_t i = s; i < e && bc < 0 && bk < 0; i++) {
            gaz_hit h;
            size_t k;
            if (gaz_match(c->g, c->tl, i, e, G_CITY, -1, &h) && lex(c, h.end, e, LX_HOST, &k)) {
                bc = h.val;
                bk = gaz_city(c->g, h.val)->country;
            } else if (lex(c, i, e, LX_HOST, &k) && is(c, k - 1, "by")) {
                if (is(c, k, "the")) k++;
                if (gaz_match(c->g, c->tl, k, e, G_CITY, -1, &h)) { bc = h.val; bk = gaz_city(c->g, h.val)->country; }
                else if (gaz_match(c->g, c->tl, k, e, G_COUNTRY, -1, &h) && !is(c, h.end, "'s")) bk = h.val;
            }
        }
    }
    if (ac >= 0 || ak >= 0) { *city = ac; *country = ak; }
    else { *city = bc; *country = bk; }
}

/* ---- meetings ----------------------------------------------------------- */

typedef struct bhit { int body, kind; size_t start, end; int used; } bhit;

static int body_group_same(const ctx *c, int a, int b)
{
    return !strcmp(gaz_body(c->g, a)->group, gaz_body(c->g, b)->group);
}

static bhit *hit_at(bhit *hits, int nh, size_t j)
{
    for (int k = 0; k < nh; k++)
        if (hits[k].start == j) return &hits[k];
    return NULL;
}

/* Skips "the", "CSTO", "CSTO's" before a body name in a list. */
static size_t skip_body_prefix(const ctx *c, size_t j, size_t e, bhit *hits, int nh)
{
    gaz_hit h;
    for (int guard = 0; guard < 4 && j < e; guard++) {
        if (hit_at(hits, nh, j)) return j;
        if (is(c, j, "the")) { j++; continue; }
        if (gaz_match(c->g, c->tl, j, e, G_ORG, -1, &h) && h.val == gaz_org_index(c->g, "CSTO")) {
            /* only when a body follows: "the CSTO's CSSC", "CSTO Council of ..." */
            size_t k = h.end;
            if (is(c, k, "(") && k + 2 < e && is(c, k + 2, ")")) k += 3; /* "the CSTO (ODKB)'s" */
            if (is(c, k, "'s")) k++;
            j = k;
            continue;
        }
        if (is(c, j + 1, "'s") && c->tl->t[j].kind == TOK_WORD) { j += 2; continue; } /* "the Treaty's" */
        break;
    }
    return j;
}

/* After a body name: skips "(CFM)", "of the CSTO", a trailing "CSTO". */
static size_t skip_body_suffix(const ctx *c, size_t j, size_t e)
{
    gaz_hit h;
    for (int guard = 0; guard < 4 && j < e; guard++) {
        if (is(c, j, "(")) {
            size_t k = j + 1;
            while (k < e && k < j + 6 && !is(c, k, ")")) k++;
            if (is(c, k, ")")) { j = k + 1; continue; }
        }
        if (is(c, j, "of")) {
            size_t k = j + 1;
            if (is(c, k, "the")) k++;
            if (gaz_match(c->g, c->tl, k, e, G_ORG, -1, &h)) { j = h.end; continue; }
        }
        if (gaz_match(c->g, c->tl, j, e, G_ORG, -1, &h) && h.val == gaz_org_index(c->g, "CSTO")) { j = h.end; continue; }
        break;
    }
    return j;
}

/* A meeting mention: its bodies and the tokens [pos, end) that name it. */
typedef struct group { unsigned mask; size_t pos, end; const char *rule; } group;

static void add_group(group *gr, int *ng, int max, unsigned mask, size_t pos, size_t end, const char *rule)
{
    for (int i = 0; i < *ng; i++)
        if (gr[i].mask == mask) return;
    if (*ng < max) gr[(*ng)++] = (group){mask, pos, end > pos ? end : pos + 1, rule};
}

/* The tense of the clause that names a meeting at [pos, end): the nearest
 * tense word (lexicon planned_verb or past_verb) on either side, within the
 * clause (lexicon clause_break ends it; a relative pronoun right after the
 * mention opens a clause about it, so it does not).  1 planned, 0 past, -1
 * when the clause says nothing. */
static int clause_tense(const ctx *c, size_t s, size_t e, size_t pos, size_t end)
{
    long best_plan = -1, best_past = -1;
    size_t k;
    for (size_t i = pos; i-- > s;) {
        if (lex(c, i, pos, LX_CLAUSE, NULL)) break;
        long d = (long)(pos - i);
        if (best_plan < 0 && (lex(c, i, pos, LX_PLANNED_VERB, NULL) || lex(c, i, pos, LX_FUTURE, NULL))) best_plan = d;
        if (best_past < 0 && lex(c, i, pos, LX_PAST, &k) && !is(c, k, "by")) { /* "chaired by X" modifies */
            if (i > s && (is(c, i - 1, "be") || is(c, i - 1, "been")) && i > s + 1 &&
                (lex(c, i - 2, i - 1, LX_PLANNED_VERB, NULL) || is(c, i - 2, "to")))
                { if (best_plan < 0) best_plan = d; } /* "will be discussed at a summit": a future passive */
            else
                best_past = d;
        }
        if (best_plan >= 0 && best_past >= 0) break;
    }
    long bl_plan = best_plan, bl_past = best_past;
    best_plan = best_past = -1;
    size_t from = end;
    if (is(c, end, ",") && lex(c, end + 1, e, LX_CLAUSE, NULL)) {
        /* "the summit, which was postponed twice, will take place": the clause about
         * the mention is skipped when a comma closes it and the sentence goes on */
        size_t q = end + 2;
        while (q < e && !is(c, q, ",")) q++;
        if (q + 1 < e) from = q + 1;
    }
    for (size_t i = from; i < e; i++) {
        if (i > from + 2 && lex(c, i, e, LX_CLAUSE, NULL)) break;
        long d = (long)(i - end) + 1;
        k = i;
        if (lex(c, i, e, LX_SPEECH, NULL)) continue; /* "..., Orlov said": the report, not the meeting */
        if (best_plan < 0 && (lex(c, i, e, LX_PLANNED_VERB, &k) || lex(c, i, e, LX_FUTURE, &k))) best_plan = d;
        if (best_past < 0 && lex(c, i, e, LX_PAST, &k) && !is(c, k, "by")) best_past = d;
        if (best_plan >= 0 || best_past >= 0) break;
    }
    /* nearest on each side; the nearer side decides */
    long plan = bl_plan, past = bl_past;
    if (best_plan >= 0 && (plan < 0 || best_plan < plan)) plan = best_plan;
    if (best_past >= 0 && (past < 0 || best_past < past)) past = best_past;
    if (plan < 0 && past < 0) return -1;
    if (past < 0) return 1;
    if (plan < 0) return 0;
    return plan <= past;
}

/* Whether a meeting's date says anything (a year or a day). */
static int dated(cdate d) { return d.y || d.d; }

/* Merges a new meeting mention into the article's meetings; returns its index or -1.
 * `fallback` is the date a new meeting takes when the mention gives none.
 * A mention joins the meeting last named with the same bodies whose date and
 * place do not conflict with its own.  Two dated mentions must also agree on
 * status and format; a mention that gives no date is the meeting named
 * before it whatever its tense ("the summit will open ... the summit was
 * attended by ..."), and a video format on either side wins. */
static int meeting_add(ctx *c, x_meeting *m, span ev, cdate fallback)
{
    extraction *x = c->x;
    for (int k = x->nm; k-- > 0;) {
        x_meeting *o = &x->m[k];
        if (o->bodies != m->bodies) continue;
        if (!date_compatible(o->date, m->date)) continue;
        if (o->city >= 0 && m->city >= 0 && o->city != m->city) continue;
        if (o->country >= 0 && m->country >= 0 && o->country != m->country) continue;
        if (dated(o->date) && dated(m->date) &&
            (o->status != m->status || (o->format != m->format && !(date_precision(m->date) == 3 && date_cmp(o->date, m->date) == 0))))
            continue; /* one body, one day: one meeting, whichever format each sentence says */
        if (!dated(o->date) && dated(m->date)) o->status = m->status;
        if (m->format == FM_VIDEO) { o->format = FM_VIDEO; o->city = o->country = -1; }
        if (date_precision(m->date) > date_precision(o->date) || (!o->date.y && !o->date.d && m->date.d)) o->date = m->date;
        if (o->format != FM_VIDEO) {
            if (o->city < 0) o->city = m->city;
            if (o->country < 0) o->country = m->country;
        }
        if (span_push(&o->ev, ev) < 0) c->oom = 1;
        return k;
    }
    if (!dated(m->date)) m->date = fallback; /* a new meeting: "held" with no date is the report's month */
    if (x->nm == x->capm) {
        int cap = x->capm ? x->capm * 2 : 2;
        x_meeting *p = realloc(x->m, (size_t)cap * sizeof *p);
        if (!p) { c->oom = 1; return -1; }
        x->m = p;
        x->capm = cap;
    }
    x->m[x->nm] = *m;
    memset(&x->m[x->nm].ev, 0, sizeof(spanvec));
    memset(&x->m[x->nm].participants, 0, sizeof(intvec));
    if (span_push(&x->m[x->nm].ev, ev) < 0) c->oom = 1;
    return x->nm++;
}

/* A meeting verb in [s, e) that is not "met with SOMEONE" (a courtesy call,
 * not a session of the body). */
static int meeting_verb_in(const ctx *c, size_t s, size_t e)
{
    size_t k;
    for (size_t i = s; i < e; i++)
        if (lex(c, i, e, LX_MEETING_VERB, &k)) {
            size_t w = k;
            while (w < e && w < k + 4 && !is(c, w, "with") && !is(c, w, ",") && !is(c, w, ".")) w++;
            if (is(c, w, "with")) continue; /* "met in Dushanbe with the President" */
            return 1;
        }
    return 0;
}

/* Tokens between a meeting mention and the span [a, b). */
static size_t mention_dist(const group *g, size_t a, size_t b)
{
    if (b <= g->pos) return g->pos - b;
    if (a >= g->end) return a - g->end;
    return 0;
}

/* Whether two meeting mentions are joined by "and" ("the CSC session and
 * joint meetings of the ministers ... on 13 October"): they share a date. */
static int coordinated(const ctx *c, const group *a, const group *b)
{
    const group *x = a->pos < b->pos ? a : b, *y = a->pos < b->pos ? b : a;
    if (x->end > y->pos) return 1;
    int and = 0;
    for (size_t k = x->end; k < y->pos; k++) {
        if (is(c, k, "and")) and = 1;
        else if (!is(c, k, ",") && !is(c, k, "the") && !is(c, k, "a") && !lex(c, k, y->pos, LX_MEETING_MOD, NULL))
            return 0;
    }
    return and;
}

/* Whether a planned_mod ("next", "upcoming", "ahead of the") stands in the
 * three tokens before pos. */
static int planned_mod_before(const ctx *c, size_t s, size_t pos)
{
    for (size_t k = pos > s + 3 ? pos - 3 : s; k < pos; k++)
        if (lex(c, k, pos, LX_PLANNED_MOD, NULL)) return 1;
    return 0;
}

/* Whether tokens [a, b) between a body's name and a meeting noun only
 * qualify the meeting: "'s", a city, a number or ordinal, lexicon
 * meeting_mod ("the CSTO PA Council's Minsk session", "CSC regular session"). */
static int only_meeting_modifiers(const ctx *c, size_t a, size_t b)
{
    gaz_hit h;
    size_t k;
    while (a < b) {
        if (is(c, a, "'s") || c->tl->t[a].kind == TOK_NUM) { a++; continue; }
        if (lex(c, a, b, LX_MEETING_MOD, &k)) { a = k; continue; }
        if (gaz_match(c->g, c->tl, a, b, G_CITY, -1, &h)) { a = h.end; continue; }
        return 0;
    }
    return 1;
}

/* The date of the sentence that dates meeting mention i: the most precise,
 * then the nearest; not one said before "ahead of" it, not one that a
 * nearer mention claims, not when it was said ("said on Monday").  Returns
 * its index in dh, or -1. */
static int mention_date(const ctx *c, size_t s, const group *out, int no, int i, const date_hit *dh, int nd)
{
    int best = -1, after_only = planned_mod_before(c, s, out[i].pos) && out[i].pos > s + 2 &&
                            lex_in(c, out[i].pos - 3, out[i].pos, LX_RELATIVE_MOD);
    for (int k = 0; k < nd; k++) {
        if (!dh[k].date.y && !dh[k].date.d) continue;
        if (c->tl->t[dh[k].start].start < c->a->dateline_end) continue; /* "DUSHANBE, June 14 –": the report's date */
        /* "said on Monday", "told reporters on Wednesday": when it was said, not when they meet */
        int spoken = 0;
        for (size_t q = dh[k].start > s + 4 ? dh[k].start - 4 : s; q < dh[k].start; q++)
            if (lex(c, q, dh[k].start, LX_SPEECH, NULL)) spoken = 1;
        if (spoken) continue;
        /* a date belongs to the meeting named nearest to it ("the summit that was
         * preceded by meetings of the ministers on Wednesday": the ministers') */
        int mine = 1;
        for (int q = 0; q < no && mine; q++)
            if (q != i && mention_dist(&out[q], dh[k].start, dh[k].end) < mention_dist(&out[i], dh[k].start, dh[k].end) &&
                !coordinated(c, &out[i], &out[q]))
                mine = 0;
        if (!mine) continue;
        /* "On December 4, ahead of a session of the Assembly, X met ...": that date is X's */
        if (after_only && dh[k].start < out[i].pos) continue;
        if (best < 0) { best = k; continue; }
        int pk = date_precision(dh[k].date) + (dh[k].date.d ? 1 : 0), pb = date_precision(dh[best].date) + (dh[best].date.d ? 1 : 0);
        long dk = labs((long)dh[k].start - (long)out[i].pos), db = labs((long)dh[best].start - (long)out[i].pos);
        if (pk > pb || (pk == pb && dk < db)) best = k;
    }
    return best;
}

/* For a mention with no date of its own: the date of the meeting it is said
 * to precede ("will be held ahead of the summit on 28 November", "the summit
 * will be preceded by a joint session") at the month, or the day before for
 * "on the eve of".  Returns 1 and *out, or 0. */
static int relative_date(const ctx *c, size_t s, size_t e, const group *out, int no, int i, const date_hit *dh, int nd,
                         cdate *when)
{
    for (int q = 0; q < no; q++) {
        if (q == i) continue;
        int precedes = 0, eve = 0;
        size_t k;
        if (out[q].pos > out[i].end && out[q].pos <= out[i].end + 12)
            for (size_t a = out[q].pos > out[i].end + 4 ? out[q].pos - 4 : out[i].end; a < out[q].pos; a++)
                if (lex(c, a, out[q].pos, LX_RELATIVE_MOD, &k)) { precedes = 1; eve = is(c, a, "eve") || is(c, a + 2, "eve"); }
        if (out[i].pos > out[q].end && out[i].pos <= out[q].end + 8)
            for (size_t a = out[q].end; a < out[i].pos; a++)
                if (lex(c, a, out[i].pos, LX_PRECEDED_BY, &k)) precedes = 1;
        if (!precedes) continue;
        int b = mention_date(c, s, out, no, q, dh, nd);
        if (b < 0 || !dh[b].date.m) continue;
        *when = dh[b].date;
        if (eve && date_precision(*when) == 3) *when = date_add_days(*when, -1);
        else when->d = 0;
        return 1;
    }
    /* "... will be held ahead of the CSTO session": the meeting last named */
    size_t k;
    for (size_t a = out[i].end; a < e && a < out[i].end + 8; a++)
        if (lex(c, a, e, LX_RELATIVE_MOD, &k) && c->current >= 0 && c->x->m[c->current].date.m &&
            c->x->m[c->current].bodies != out[i].mask) {
            for (size_t b = k; b < e && b < k + 4; b++)
                if (lex(c, b, e, LX_MEETING_NOUN, NULL) || lex(c, b, e, LX_ANAPHOR, NULL)) {
                    *when = c->x->m[c->current].date;
                    when->d = 0;
                    return 1;
                }
        }
    return 0;
}

/* Finds the meetings a sentence names; returns the index of the sentence's
 * meeting (the first one named, or the one referred back to), or -1. */
static int meetings_in_sentence(ctx *c, size_t s, size_t e, const date_hit *dh, int nd)
{
    bhit hits[32];
    int nh = 0;
    gaz_hit h;
    for (size_t i = s; i < e;) {
        gaz_hit all[4];
        int na = nh < 32 ? gaz_match_all(c->g, c->tl, i, e, G_BODY, all, 4) : 0;
        if (na > 0) {
            h = all[0];
            for (int a = 0; a < na && nh < 32; a++) /* "defence and foreign ministers": two bodies */
                hits[nh++] = (bhit){all[a].val, all[a].sub, all[a].start, all[a].end, 0};
            if (h.sub != BK_PEOPLE)
                for (size_t k = h.start; k < h.end; k++) c->covered[k] = 1;
            i = h.end;
        } else {
            i++;
        }
    }
    group gr[16];
    int ng = 0, bare_noun = 0, anaphor = 0, indefinite = 0;
    size_t bare_pos = s;
    for (size_t i = s; i < e; i++) {
        size_t ne = i + 1;
        if (determiner(c, i) && lex(c, i + 1, e, LX_ANAPHOR, NULL)) anaphor = 1;
        if (!lex(c, i, e, LX_MEETING_NOUN, &ne)) continue;
        unsigned mask = 0;
        /* left: "CSTO Council of Foreign Ministers meeting" */
        for (int k = 0; k < nh; k++)
            if (hits[k].kind != BK_PEOPLE && hits[k].end <= i && hits[k].end + 4 >= i &&
                only_meeting_modifiers(c, hits[k].end, i)) { /* "the PA Council's Minsk session" */
                mask |= 1u << hits[k].body;
                hits[k].used = 1;
            }
        /* right: "meeting of [the] BODY[, BODY] and BODY" */
        size_t j = ne;
        if (is(c, j, "of")) {
            j++;
            for (;;) {
                size_t k = skip_body_prefix(c, j, e, hits, nh);
                bhit *bh = hit_at(hits, nh, k);
                if (!bh) break;
                /* "a meeting of the foreign ministers of Russia and Belarus" is no CFM meeting */
                if (bh->kind == BK_PEOPLE && is(c, bh->end, "of") &&
                    gaz_match(c->g, c->tl, bh->end + 1 + is(c, bh->end + 1, "the"), e, G_COUNTRY, -1, &h))
                    break;
                for (int q = 0; q < nh; q++) /* every body named there ("defence and foreign ministers") */
                    if (hits[q].start == k) { mask |= 1u << hits[q].body; hits[q].used = 1; }
                j = skip_body_suffix(c, bh->end, e);
                size_t n2 = j;
                if (is(c, n2, ",")) n2++;
                if (is(c, n2, "and")) n2++;
                else if (is(c, n2, "as") && is(c, n2 + 1, "well") && is(c, n2 + 2, "as")) n2 += 3;
                if (n2 == j) break;
                j = n2;
            }
        }
        if (mask) add_group(gr, &ng, 16, mask, i, j > ne ? j : ne, "meeting-of-body");
        else if (!bare_noun) {
            bare_noun = 1;
            bare_pos = i;
            /* "a joint meeting", "an extraordinary session": a new meeting, not one named before */
            for (size_t k = i; k > s && k + 3 > i; k--)
                if (is(c, k - 1, "a") || is(c, k - 1, "an")) indefinite = 1;
        }
        i = ne - 1;
    }
    unsigned people_met = 0;
    size_t people_pos = s;
    for (int k = 0; k < nh; k++) {
        bhit *bh = &hits[k];
        if (bh->used) continue;
        size_t verb_end = skip_body_suffix(c, bh->end, e) + 4; /* "the CFM of the CSTO met" */
        if (verb_end > e) verb_end = e;
        if (bh->kind == BK_MEETING) {
            add_group(gr, &ng, 16, 1u << bh->body, bh->start, bh->end, "summit");
        } else if (bh->kind == BK_BODY && meeting_verb_in(c, bh->end, verb_end)) {
            add_group(gr, &ng, 16, 1u << bh->body, bh->start, bh->end, "body-met");
        } else if (bh->kind == BK_PEOPLE && meeting_verb_in(c, bh->end, e)) {
            if (!people_met) people_pos = bh->start;
            people_met |= 1u << bh->body; /* "the foreign and defence ministers met": one joint meeting */
        }
    }
    if (people_met) add_group(gr, &ng, 16, people_met, people_pos, people_pos + 1, "people-met");
    if (!ng && indefinite) { /* all the people named hold it together; split by joint group below */
        unsigned mask = 0;
        for (int k = 0; k < nh; k++)
            if (hits[k].kind == BK_PEOPLE) mask |= 1u << hits[k].body;
        if (mask) add_group(gr, &ng, 16, mask, bare_pos, bare_pos + 1, "people-hold-a-meeting");
    }
    if (!ng && bare_noun) {
        /* "CSTO Committee of Secretaries ... discussed ... at the meeting in Yerevan": the one body named */
        unsigned mask = 0;
        int nb = 0;
        for (int k = 0; k < nh; k++) {
            if (hits[k].kind != BK_BODY || hits[k].used || hits[k].end > bare_pos) continue; /* the body is the subject */
            size_t b = hits[k].start;
            while (b > s && (is(c, b - 1, "the") || gaz_match(c->g, c->tl, b - 1, hits[k].start, G_ORG, -1, &h))) b--;
            if (b > s && is(c, b - 1, "of")) continue; /* "the Statement of the Council", not the Council itself */
            mask |= 1u << hits[k].body;
            nb++;
        }
        if (nb == 1) add_group(gr, &ng, 16, mask, bare_pos, bare_pos + 1, "body-and-meeting-noun");
    }
    if (!ng && bare_noun && c->current >= 0 && planned_mod_before(c, s, bare_pos)) {
        /* "the next meeting (of the Council) will be held in Armenia": a new meeting of the same body */
        add_group(gr, &ng, 16, c->x->m[c->current].bodies, bare_pos, bare_pos + 1, "next-meeting");
    }
    if (!ng && (bare_noun || anaphor)) {
        if (c->current >= 0) return c->current;
        /* "during the session the heads of state ...": nothing to refer back to */
        for (int k = 0; k < nh && !ng; k++)
            if (hits[k].kind == BK_PEOPLE && bare_noun)
                add_group(gr, &ng, 16, 1u << hits[k].body, bare_pos, bare_pos + 1, "session-of-people");
    }
    if (!ng) return -1;
    /* split each group by joint group */
    group out[32];
    int no = 0;
    for (int i = 0; i < ng; i++) {
        unsigned left = gr[i].mask;
        while (left) {
            int first = __builtin_ctz(left);
            unsigned part = 0;
            for (int b = 0; b < 32; b++)
                if ((left >> b & 1u) && body_group_same(c, first, b)) part |= 1u << b;
            left &= ~part;
            add_group(out, &no, 32, part, gr[i].pos, gr[i].end, gr[i].rule);
        }
    }
    int planned_verb = lex_in(c, s, e, LX_PLANNED_VERB);
    int video = lex_in(c, s, e, LX_VIDEO);
    int result = -1;
    size_t last_pos = 0, result_pos = 0;
    for (int i = 0; i < no; i++) {
        x_meeting m;
        memset(&m, 0, sizeof m);
        m.bodies = out[i].mask;
        m.city = m.country = -1;
        m.rule = out[i].rule;
        m.format = video ? FM_VIDEO : FM_IN_PERSON;
        int tense = clause_tense(c, s, e, out[i].pos, out[i].end);
        int planned = tense >= 0 ? tense : planned_verb;
        if (planned_mod_before(c, s, out[i].pos)) planned = 1;
        int best = mention_date(c, s, out, no, i, dh, nd);
        if (best >= 0) m.date = dh[best].date;
        else relative_date(c, s, e, out, no, i, dh, nd, &m.date);
        cdate pub = c->a->published;
        if (best >= 0 && planned && dh[best].rule && !strcmp(dh[best].rule, "weekday") && date_cmp(m.date, pub) < 0)
            m.date = date_add_days(m.date, 7); /* "will meet on Friday": the coming one */
        if (!planned && tense == 0 && best >= 0 && dh[best].relative == 2 && pub.y && date_cmp(m.date, pub) > 0)
            m.date.y--; /* "was held on December 5" in a January report: last year's December */
        if (!planned && best >= 0 && pub.y && date_cmp(m.date, pub) > 0) planned = 1;
        /* a meeting dated before the report was published has taken place */
        if (planned && best >= 0 && pub.y && m.date.y && date_cmp(m.date, pub) < 0 &&
            !(date_precision(m.date) == 3 && date_precision(pub) == 3 && date_cmp(m.date, date_add_days(pub, -1)) >= 0))
            planned = 0;
        m.status = planned ? ST_PLANNED : ST_HELD;
        cdate fallback = {0, 0, 0}; /* given only if the mention joins no meeting named before */
        if (best < 0 && m.status == ST_HELD && pub.y && pub.m) {
            fallback = (cdate){pub.y, pub.m, 0};
            /* "the sitting started in Moscow", "the summit is underway": the day of the report */
            if (pub.d && lex_in(c, out[i].end, e, LX_NOW)) m.date = pub;
        }
        if (m.format == FM_IN_PERSON) find_place(c, s, e, out[i].pos, &m.city, &m.country);
        if (m.format == FM_IN_PERSON && m.city < 0 && m.country < 0) {
            /* "the PA Council's Minsk session", "the Yerevan summit": a city qualifying the meeting */
            gaz_hit ch;
            for (size_t k = out[i].pos > s + 3 ? out[i].pos - 3 : s; k < out[i].pos && m.city < 0; k++)
                if (gaz_match(c->g, c->tl, k, out[i].pos, G_CITY, -1, &ch) && ch.end == out[i].pos) m.city = ch.val;
        }
        int recent = !pub.y || !m.date.y ||
                     (date_precision(m.date) == 3 && date_precision(pub) == 3 &&
                      date_cmp(m.date, date_add_days(pub, -7)) >= 0) ||
                     (date_precision(m.date) < 3 && date_compatible(m.date, pub));
        if (m.city < 0 && m.country < 0 && m.status == ST_HELD && m.format == FM_IN_PERSON &&
            c->a->dateline_city >= 0 && recent) {
            m.city = c->a->dateline_city;
            m.country = gaz_city(c->g, m.city)->country;
        }
        if (m.city >= 0 && m.country < 0) m.country = gaz_city(c->g, m.city)->country;
        int idx = meeting_add(c, &m, span_of(c, s, e), fallback);
        if (idx >= 0 && (result < 0 || out[i].pos < result_pos)) { result = idx; result_pos = out[i].pos; } /* the first named */
        if (idx >= 0 && (i == 0 || out[i].pos >= last_pos)) { c->current = idx; last_pos = out[i].pos; } /* the one named last */
    }
    return result;
}

/* ---- officials ---------------------------------------------------------- */

typedef struct tphrase {
    int title, plural, country, org;
    int countries[4], ncountries;    /* "Russian and Belarusian defence ministers": one per name, in order */
    size_t start, end;
    size_t prefix_start, prefix_end; /* the "acting", "Deputy" words */
    size_t title_at, title_to;       /* the title's words as written ("Defence Minister") */
    size_t compl_at, compl_to;       /* an institution after it ("of the State Duma"), or empty */
} tphrase;

/* "of [the] COUNTRY [government]" or "of [the] ORG" at j; returns the end or 0. */
/* Skips a parenthesised abbreviation at j: "(CSTO)". */
static size_t skip_abbrev(const ctx *c, size_t j, size_t e)
{
    if (is(c, j, "(") && j + 2 < e && c->tl->t[j + 1].upper && is(c, j + 2, ")")) return j + 3;
    return j;
}

static size_t of_country_org(const ctx *c, size_t j, size_t e, int *country, int *org)
{
    if (!is(c, j, "of")) return 0;
    size_t k = j + 1;
    if (is(c, k, "the")) k++;
    gaz_hit h;
    if (gaz_match(c->g, c->tl, k, e, G_COUNTRY, -1, &h)) {
        *country = h.val;
        k = h.end;
        /* "of the Russian government", "of the Kyrgyz Parliament" */
        for (int n = 0; n < 2 && k < e && c->tl->t[k].kind == TOK_WORD && gaz_notname(c->g, T(c, k)) &&
                        (c->tl->t[k].cap || is(c, k, "government"));
             n++)
            k++;
        return k;
    }
    if (gaz_match(c->g, c->tl, k, e, G_ORG, -1, &h) || gaz_match(c->g, c->tl, j + 1, e, G_ORG, -1, &h)) {
        *org = h.val; /* "of the CSTO", "of the Organization" */
        return skip_abbrev(c, h.end, e);
    }
    return 0;
}

/* A title phrase at i: [COUNTRY's | COUNTRY-adj | ORG] [prefixes] [ORG] TITLE [of COUNTRY|ORG]. */
static int parse_title(const ctx *c, size_t i, size_t e, tphrase *t)
{
    memset(t, 0, sizeof *t);
    t->country = t->org = -1;
    t->start = i;
    size_t j = i;
    gaz_hit h;
    if (c->covered[j]) return 0;
    /* "Russian and Belarusian", "Kazakh, Kyrgyz and Tajik" before a title */
    {
        size_t k = j;
        int n = 0, cs[4];
        while (n < 4 && gaz_match(c->g, c->tl, k, e, G_COUNTRY, -1, &h)) {
            cs[n++] = h.val;
            k = h.end;
            if (is(c, k, ",")) k++;
            if (is(c, k, "and")) k++;
            else if (!is(c, k - 1, ",")) break;
        }
        if (n >= 2 && k > j && !is(c, k - 1, "and") && !is(c, k - 1, ",")) {
            memcpy(t->countries, cs, sizeof cs);
            t->ncountries = n;
            j = h.end; /* the last adjective is handled below as the title's country */
        }
    }
    for (int pass = 0; pass < 2; pass++) {
        if (gaz_match(c->g, c->tl, j, e, G_COUNTRY, -1, &h)) {
            size_t k = h.end;
            if (is(c, k, "'s")) k++;
            if (gaz_match(c->g, c->tl, k, e, G_TITLE, -1, &(gaz_hit){0}) || lex(c, k, e, LX_TITLE_PREFIX, NULL)) {
                t->country = h.val;
                j = k;
            }
        } else if (gaz_match(c->g, c->tl, j, e, G_ORG, -1, &h)) {
            size_t k = skip_abbrev(c, h.end, e); /* "the Collective Security Treaty Organization (CSTO) Secretary-General" */
            if (is(c, k, "'s")) k++;
            if (gaz_match(c->g, c->tl, k, e, G_TITLE, -1, &(gaz_hit){0}) || lex(c, k, e, LX_TITLE_PREFIX, NULL)) {
                t->org = h.val;
                j = k;
            }
        }
        if (pass == 0) {
            t->prefix_start = j;
            size_t pe = j;
            while (j < e && !gaz_match(c->g, c->tl, j, e, G_TITLE, -1, &h) && lex(c, j, e, LX_TITLE_PREFIX, &pe)) j = pe;
            t->prefix_end = j;
        }
    }
    if (j >= e || c->covered[j] || !gaz_match(c->g, c->tl, j, e, G_TITLE, -1, &h)) return 0;
    /* a lower-case singular title only counts right before a name or after a comma */
    t->title = h.val;
    t->title_at = j;
    t->title_to = h.end;
    t->plural = h.sub == NUM_PLURAL;
    j = h.end;
    if (t->country < 0 && t->org < 0) {
        size_t k = of_country_org(c, j, e, &t->country, &t->org);
        if (k) j = k;
    }
    t->end = j;
    return 1;
}

static int name_word(const ctx *c, size_t i, size_t e)
{
    if (i >= e) return 0;
    const token *t = &c->tl->t[i];
    if (t->kind != TOK_WORD || !t->cap || t->upper || c->covered[i]) return 0;
    if (t->end - t->start < 2) return 0;
    if (gaz_notname(c->g, t->norm)) return 0;
    for (const char *p = t->norm; *p; p++)
        if (*p == '.' || (*p >= '0' && *p <= '9')) return 0;
    return 1;
}

/* Skips military and courtesy ranks (lexicon rank) before a name at i. */
static size_t skip_ranks(const ctx *c, size_t i, size_t e)
{
    size_t k = i;
    for (int n = 0; n < 3 && lex(c, i, e, LX_RANK, &k); n++) {
        if (is(c, k, ".")) k++;
        i = k;
    }
    return i;
}

/* A run of capitalised name words at i (hyphens allowed inside); returns its end or i. */
static size_t name_run(const ctx *c, size_t i, size_t e)
{
    size_t j = i;
    int words = 0;
    while (j < e && words < 4 && name_word(c, j, e)) {
        words++;
        j++;
        if (is(c, j, "-") && c->tl->t[j].start == c->tl->t[j - 1].end && name_word(c, j + 1, e)) j++;
    }
    return j;
}

static void name_key(const ctx *c, size_t s, size_t e, char *key, size_t keylen, char *initial)
{
    size_t last = e - 1;
    gaz_name_key(c->g, c->tl->t[last].norm, key, keylen);
    *initial = 0;
    if (e - s >= 2 && !(e - s == 3 && is(c, s + 1, "-"))) *initial = c->tl->t[s].norm[0];
}

static int find_official(const ctx *c, const char *key, char initial)
{
    int found = -1;
    for (int k = 0; k < c->x->no; k++) {
        const x_official *o = &c->x->o[k];
        if (strcmp(o->key, key)) continue;
        if (initial && o->initial && initial != o->initial) continue;
        if (found >= 0) return -2; /* ambiguous */
        found = k;
    }
    return found;
}

/* Adds or updates the official named by tokens [s, e) with a position. */
static int official_add(ctx *c, size_t s, size_t e, const tphrase *t, int country, int org, const char *rule)
{
    char key[64], initial;
    name_key(c, s, e, key, sizeof key, &initial);
    char *name = text_of(c, s, e);
    if (!name) { c->oom = 1; return -1; }
    int k = find_official(c, key, initial);
    extraction *x = c->x;
    if (k < 0) {
        if (x->no == x->capo) {
            int cap = x->capo ? x->capo * 2 : 2;
            x_official *p = realloc(x->o, (size_t)cap * sizeof *p);
            if (!p) { free(name); c->oom = 1; return -1; }
            x->o = p;
            x->capo = cap;
        }
        k = x->no++;
        memset(&x->o[k], 0, sizeof x->o[k]);
        snprintf(x->o[k].key, sizeof x->o[k].key, "%s", key);
        x->o[k].name = name;
        x->o[k].rule = rule;
    } else if (text_words(name) > text_words(x->o[k].name)) {
        free(x->o[k].name);
        x->o[k].name = name;
    } else {
        free(name);
    }
    x_official *o = &x->o[k];
    if (initial) o->initial = initial;
    if (span_push(&o->ev, span_of(c, s, e)) < 0) c->oom = 1;
    if (!t && (country >= 0 || org >= 0)) { /* "Belarus's X": a position whose title is not said */
        for (int p = 0; p < o->npos; p++)
            if (o->pos[p].country == country && o->pos[p].org == org) return k;
        x_position *np = realloc(o->pos, (size_t)(o->npos + 1) * sizeof *np);
        if (!np) { c->oom = 1; return k; }
        o->pos = np;
        o->pos[o->npos++] = (x_position){NULL, country, org};
        return k;
    }
    if (t) {
        sbuf ts = {0};
        if (t->prefix_end > t->prefix_start) {
            char *pre = text_of(c, t->prefix_start, t->prefix_end);
            sbuf_puts(&ts, pre);
            sbuf_putc(&ts, ' ');
            free(pre);
        }
        if (t->plural || t->title_to <= t->title_at) {
            sbuf_puts(&ts, gaz_title(c->g, t->title)->name); /* one of a list: the singular */
        } else { /* the position as the article gives it, less the country or organisation */
            char *w = text_of(c, t->title_at, t->compl_to > t->compl_at ? t->compl_to : t->title_to);
            if (w && w[0] >= 'a' && w[0] <= 'z' && !c->tl->t[t->title_at].cap) w[0] = (char)(w[0] - 'a' + 'A');
            sbuf_puts(&ts, w ? w : gaz_title(c->g, t->title)->name);
            free(w);
        }
        for (int p = 0; p < o->npos; p++)
            if (o->pos[p].title && !strcasecmp(o->pos[p].title, sbuf_str(&ts)) && o->pos[p].country == country &&
                o->pos[p].org == org) {
                sbuf_free(&ts);
                return k;
            }
        x_position *np = realloc(o->pos, (size_t)(o->npos + 1) * sizeof *np);
        if (!np) { sbuf_free(&ts); c->oom = 1; return k; }
        o->pos = np;
        o->pos[o->npos++] = (x_position){sbuf_steal(&ts), country, org};
        sbuf_free(&ts);
    }
    return k;
}

/* Whether the name at [ns, ne) is the one speaking: 1 for "X said", 2 when
 * speaking to the press ("X told reporters", "according to X"), else 0. */
static int speaker(const ctx *c, size_t s, size_t ns, size_t ne, size_t e)
{
    size_t k;
    for (size_t j = ne; j < ne + 2 && j < e; j++)
        if (lex(c, j, e, LX_SPEECH, &k)) {
            if (is(c, k, "at") || is(c, k, "during")) return 0; /* "X said at the meeting": there */
            if (is(c, j, "told") && determiner(c, k) && (lex(c, k + 1, e, LX_MEETING_NOUN, NULL) || lex(c, k + 1, e, LX_ANAPHOR, NULL)))
                return 1;                                        /* "X told the meeting": there */
            return is(c, j, "told") ? 2 : 1;                     /* "X told TASS": to the press */
        }
    for (size_t k = ns > s + 7 ? ns - 7 : s; k < ns; k++) { /* "according to X", "BelTA learned from (TITLE) X" */
        size_t q;
        if (lex(c, k, ns, LX_PRESS_SOURCE, &q) && q + 4 >= ns) return 2;
    }
    return 0;
}

/* "COUNTRY - NAME" at i (a list item after "the heads of"): returns the
 * name's end and sets *country and *name_start, or 0. */
static size_t country_dash_name(const ctx *c, size_t i, size_t e, int *country, size_t *name_start)
{
    gaz_hit h;
    if (!gaz_match(c->g, c->tl, i, e, G_COUNTRY, -1, &h) || !is(c, h.end, "-")) return 0;
    size_t n0 = h.end + 1, n1 = name_run(c, n0, e);
    if (n1 < n0 + 2) return 0;
    if (country) *country = h.val;
    if (name_start) *name_start = n0;
    return n1;
}

/* Whether any word of [s, e) is a place or organisation name. */
static int place_words(const ctx *c, size_t s, size_t e)
{
    gaz_hit h;
    for (size_t k = s; k < e; k++)
        if (gaz_match(c->g, c->tl, k, e, G_CITY, -1, &h) || gaz_match(c->g, c->tl, k, e, G_COUNTRY, -1, &h) ||
            gaz_match(c->g, c->tl, k, e, G_ORG, -1, &h))
            return 1;
    return 0;
}

/* Whether the latest mention of an official in the sentence starting at
 * token s follows "neither" or "nor" closely ("neither Prime Minister X nor
 * other officials have participated"). */
static int negated_person(const ctx *c, size_t s, spanvec ev)
{
    if (!ev.n) return 0;
    unsigned at = ev.v[ev.n - 1].start;
    size_t i = s;
    while (i < c->tl->n && c->tl->t[i].start < at) i++;
    for (size_t k = i > s + 4 ? i - 4 : s; k < i; k++)
        if (lex(c, k, i, LX_NEGATOR, NULL)) return 1;
    return 0;
}

/* sp[0]: officials named as speakers; sp[1]: those speaking to the press. */
static void note_speaker(ctx *c, size_t s, size_t ns, size_t ne, size_t e, int o, intvec *sp)
{
    int k = speaker(c, s, ns, ne, e);
    if ((k && int_add(&sp[0], o) < 0) || (k == 2 && int_add(&sp[1], o) < 0)) c->oom = 1;
}

/* Names and titles in a sentence; the officials named are added to `named`,
 * and those named as speakers to sp[0] (to the press: also sp[1]). */
static void officials_in_sentence(ctx *c, size_t s, size_t e, intvec *named, intvec *sp)
{
    size_t prev_end = 0;
    int prev_country = -1, prev_org = -1, have_prev = 0;
    for (size_t i = s; i < e;) {
        tphrase t;
        if (parse_title(c, i, e, &t)) {
            size_t j = t.end;
            if (t.plural && t.country >= 0 && is(c, j, "-") && name_run(c, j + 1, e) >= j + 3) {
                /* "the heads of Belarus - A, Kazakhstan - B and Russia - C" (parse_title took "of Belarus") */
                size_t k = j + 1, ne = name_run(c, j + 1, e);
                int cty = t.country;
                do {
                    int o = official_add(c, k, ne, &t, cty, -1, "plural-country-dash-name");
                    if (o >= 0) int_add(named, o);
                    k = ne;
                    if (is(c, k, ",")) k++;
                    if (is(c, k, "and")) k++;
                } while ((ne = country_dash_name(c, k, e, &cty, &k)));
                i = k > t.end ? k : t.end;
                continue;
            }
            if (t.plural) {
                size_t k = j;
                int nth = 0;
                for (;;) {
                    size_t ne = name_run(c, k, e);
                    if (ne == k) break;
                    int cty = -1, org = -1;
                    size_t after = of_country_org(c, ne, e, &cty, &org);
                    if (!after) after = ne;
                    if (cty < 0 && org < 0) { cty = t.country; org = t.org; }
                    if (t.ncountries >= 2 && nth < t.ncountries && after == ne) cty = t.countries[nth];
                    nth++;
                    int o = official_add(c, k, ne, &t, cty, org, "plural-title-list");
                    if (o >= 0) int_add(named, o);
                    if (o >= 0) note_speaker(c, s, k, ne, e, o, sp);
                    k = after;
                    if (is(c, k, ",")) k++;
                    if (is(c, k, "and")) k++;
                    if (k == after) break;
                }
                i = k > t.end ? k : t.end;
                continue;
            }
            j = skip_ranks(c, j, e);
            size_t ne = name_run(c, j, e);
            if (ne == j && is(c, j, ",") && !t.plural) {
                /* apposition: "the Secretary General of the CSTO, Stanislav Zas" */
                size_t k = skip_ranks(c, j + 1, e);
                size_t ne2 = name_run(c, k, e);
                if (ne2 >= k + 2 && !parse_title(c, ne2, e, &(tphrase){0})) { j = k; ne = ne2; }
            }
            if (ne == j && t.country >= 0 && is(c, j, "'s")) {
                /* "Secretary of Tajikistan's Security Council X" */
                size_t k = j + 1;
                while (k < e && k < j + 5 && c->tl->t[k].cap && c->tl->t[k].kind == TOK_WORD && !name_word(c, k, e)) k++;
                size_t n0 = skip_ranks(c, k, e), n1 = name_run(c, n0, e);
                if (k > j + 1 && n1 >= n0 + 2) { t.compl_at = t.title_to; t.compl_to = k; j = n0; ne = n1; }
            }
            if (ne == j && (is(c, j, "of") || is(c, j, "for"))) {
                /* "head of the defence department, Colonel-General X" */
                size_t k = j + 1;
                gaz_hit kh;
                while (k < e && k < j + 9 && (c->tl->t[k].kind == TOK_WORD || is(c, k, "'s") || is(c, k, "'") || is(c, k, "-")) &&
                       !lex(c, k, e, LX_CLAUSE, NULL) && !lex(c, k, e, LX_SPEECH, NULL) && !is(c, k, "and")) {
                    /* "head of the defence department of Kyrgyzstan Taalaibek Omuraliev" */
                    if (k > j + 1 && gaz_match(c->g, c->tl, k, e, G_COUNTRY, -1, &kh) && is(c, k - 1, "of") &&
                        name_run(c, kh.end, e) >= kh.end + 2 && !parse_title(c, name_run(c, kh.end, e), e, &(tphrase){0})) {
                        if (t.country < 0) t.country = kh.val;
                        t.compl_at = t.title_to;
                        t.compl_to = k - 1;
                        ne = name_run(c, kh.end, e);
                        j = kh.end;
                        k = j + 1;
                        break;
                    }
                    k++;
                }
                if (ne == j && k > j + 1 && is(c, k, ",")) {
                    size_t n0 = skip_ranks(c, k + 1, e), n1 = name_run(c, n0, e);
                    if (n1 >= n0 + 2 && !parse_title(c, n1, e, &(tphrase){0})) {
                        gaz_hit ch;
                        for (size_t q = j + 1; q < k && t.country < 0; q++)
                            if (gaz_match(c->g, c->tl, q, k, G_COUNTRY, -1, &ch)) t.country = ch.val;
                        t.compl_at = t.title_to;
                        t.compl_to = k;
                        j = n0;
                        ne = n1;
                    }
                }
            }
            if (ne == j && (is(c, j, "of") || is(c, j, "for"))) {
                /* "Chairman of the State Duma X", "Speaker of the Kyrgyz Parliament X",
                 * "Adviser for Foreign Policy X", "Secretary of Tajikistan's Security Council X" */
                size_t k = j + 1;
                if (is(c, k, "the")) k++;
                size_t inst = k;
                gaz_hit ih;
                while (k < e && k < inst + 8) {
                    if (gaz_match(c->g, c->tl, k, e, G_BODY, -1, &ih) || gaz_match(c->g, c->tl, k, e, G_ORG, -1, &ih)) {
                        k = skip_abbrev(c, ih.end, e); /* "Chairman of the Interstate Commission on ... X" */
                        continue;
                    }
                    if (is(c, k, "'s") && k > inst) { k++; continue; }
                    if (!(c->tl->t[k].cap && c->tl->t[k].kind == TOK_WORD &&
                          (!name_word(c, k, e) || gaz_match(c->g, c->tl, k, e, G_COUNTRY, -1, &ih))))
                        break;
                    k++;
                }
                size_t inst_end = k;
                size_t kr = skip_ranks(c, k, e);
                if (kr > k) k = kr;
                else if (is(c, k, ",")) k = skip_ranks(c, k + 1, e); /* "Chairman of the State Duma, X" */
                size_t ne2 = k > inst ? name_run(c, k, e) : k;
                if (ne2 > k && ne2 - k >= 2) {
                    gaz_hit ch;
                    for (size_t q = inst; q < k && t.country < 0; q++)
                        if (gaz_match(c->g, c->tl, q, k, G_COUNTRY, -1, &ch)) t.country = ch.val;
                    t.compl_at = t.title_to;
                    t.compl_to = inst_end;
                    j = k;
                    ne = ne2;
                }
            }
            if (ne == j + 1 && !c->tl->t[t.title_at].cap && t.end > t.title_at + 1) {
                /* "the chairman of the Armenian Chess Federation": one capitalised
                 * word after a lower-case title with a complement is no name,
                 * unless it is someone already named */
                char key[64], initial;
                name_key(c, j, ne, key, sizeof key, &initial);
                if (find_official(c, key, initial) < 0) ne = j;
            }
            if (ne > j) {
                int cty = t.country, org = t.org;
                size_t after = ne;
                if (cty < 0 && org < 0) {
                    size_t k = of_country_org(c, ne, e, &cty, &org);
                    if (k) after = k;
                }
                if (cty < 0 && org < 0 && have_prev && t.start <= prev_end + 2 && t.start >= prev_end) {
                    cty = prev_country; /* "X's Minister A, Minister B and Secretary C" */
                    org = prev_org;
                }
                int o = official_add(c, j, ne, &t, cty, org, "title-name");
                if (o >= 0) int_add(named, o);
                if (o >= 0) note_speaker(c, s, t.start, after, e, o, sp);
                prev_end = after;
                prev_country = cty;
                prev_org = org;
                have_prev = 1;
                i = after;
                continue;
            }
            i = t.end > i ? t.end : i + 1;
            continue;
        }
        gaz_hit ph;
        if (gaz_match(c->g, c->tl, i, e, G_COUNTRY, -1, &ph) && is(c, ph.end, "'s")) {
            /* "Belarus's Alyaksandr Lukashenka": a person of that country */
            size_t n0 = ph.end + 1, n1 = name_run(c, n0, e);
            if (n1 >= n0 + 2 && !parse_title(c, n1, e, &(tphrase){0}) && !place_words(c, n0, n1)) {
                int o = official_add(c, n0, n1, NULL, ph.val, -1, "country-possessive-name");
                if (o >= 0) int_add(named, o);
                if (o >= 0) note_speaker(c, s, n0, n1, e, o, sp);
                i = n1;
                continue;
            }
        }
        size_t ne = name_run(c, i, e);
        if (ne > i) {
            size_t k = ne;
            tphrase t2;
            if (is(c, k, ",")) {
                k++;
                if (is(c, k, "the") || is(c, k, "a")) k++;
                if (parse_title(c, k, e, &t2) && !t2.plural &&
                    name_run(c, skip_ranks(c, t2.end, e), e) == skip_ranks(c, t2.end, e)) {
                    int o = official_add(c, i, ne, &t2, t2.country, t2.org, "name-comma-title");
                    if (o >= 0) int_add(named, o);
                    if (o >= 0) note_speaker(c, s, i, t2.end, e, o, sp);
                    i = t2.end;
                    continue;
                }
            }
            size_t ae;
            if (lex(c, ne, e, LX_APPOINT, &ae)) { /* "X was reelected to the post of CSTO Secretary General" */
                if (is(c, ae, "the") || is(c, ae, "a")) ae++;
                if (parse_title(c, ae, e, &t2) && !t2.plural) {
                    int o = official_add(c, i, ne, &t2, t2.country, t2.org, "name-appointed-title");
                    if (o >= 0) int_add(named, o);
                    i = t2.end;
                    continue;
                }
            }
            /* a later mention: full name or surname of someone already found */
            char key[64], initial;
            name_key(c, i, ne, key, sizeof key, &initial);
            int o = find_official(c, key, initial);
            if (o >= 0) {
                if (span_push(&c->x->o[o].ev, span_of(c, i, ne)) < 0) c->oom = 1;
                int_add(named, o);
                note_speaker(c, s, i, ne, e, o, sp);
            }
            i = ne;
            continue;
        }
        i++;
    }
}

/* ---- documents ---------------------------------------------------------- */

/* A preposition that starts a document's title after its keyword (lexicon
 * doc_starter: "Statement on ...", "Plan of ..."), unless what follows it
 * is no title: a pronoun, a number or a month ("the Treaty on its ...",
 * "the treaty in 1999"). */
static int doc_starter(const ctx *c, size_t j)
{
    size_t k;
    if (!lex(c, j, c->tl->n, LX_DOC_START, &k)) return 0;
    if (k >= c->tl->n || lex(c, k, c->tl->n, LX_NOT_TITLE, NULL)) return 0;
    if (c->tl->t[k].kind == TOK_NUM && !lex(c, j, c->tl->n, LX_PERIOD, NULL)) return 0; /* "Plan for 2022" is a title */
    return !gaz_match(c->g, c->tl, k, c->tl->n, G_MONTH, -1, &(gaz_hit){0});
}

/* "[,] and [a|the] [modifiers] DOCTYPE" or ", a|the [modifiers] DOCTYPE" at j: another document begins. */
static int next_doc_at(const ctx *c, size_t j, size_t e)
{
    int comma = is(c, j, ",");
    if (comma) j++;
    if (is(c, j, "and")) j++;
    else if (!comma) return 0; /* ", a decision on ...", ", resolutions of ..." */
    if (is(c, j, "a") || is(c, j, "an") || is(c, j, "the")) j++;
    size_t k = j;
    while (lex(c, j, e, LX_DOC_MODIFIER, &k) || lex(c, j, e, LX_DRAFT, &k)) j = k;
    return gaz_match(c->g, c->tl, j, e, G_DOCTYPE, -1, &(gaz_hit){0});
}

/* End of a title's continuation starting at j. */
static size_t title_end(const ctx *c, size_t j, size_t e, int list_on, int quoted)
{
    size_t k = j;
    for (; k < e; k++) {
        if (is(c, k, ";") || is(c, k, ".") || is(c, k, "\"") || (quoted && is(c, k, "'"))) break;
        if (k > j && lex(c, k, e, LX_DOC_STOP, NULL)) break;
        if (k > j && next_doc_at(c, k, e)) break;
        if (k > j && is(c, k, "and") && lex(c, k + 1, e, LX_ADOPT, NULL)) break; /* "..., and approve a decision" */
        if (k > j && is(c, k, ",") && parse_title(c, k + 1, e, &(tphrase){0})) break; /* ", CSTO Press Secretary X told" */
        if (is(c, k, ",") && (is(c, k + 1, "which") || is(c, k + 1, "that") || is(c, k + 1, "including") ||
                              (list_on && is(c, k + 1, "on")) || (list_on && is(c, k + 1, "and")))) break;
        if (list_on && is(c, k, "and") && is(c, k + 1, "on")) break;
    }
    while (k > j && (is(c, k - 1, ",") || is(c, k - 1, "-") || is(c, k - 1, "and") || is(c, k - 1, "or") ||
                     is(c, k - 1, "as") || determiner(c, k - 1) || is(c, k - 1, "a") || is(c, k - 1, "an")))
        k--;
    return k;
}

static int doc_add(ctx *c, char *title, int type, int status, int meeting, int initiator, span ev, const char *rule)
{
    extraction *x = c->x;
    if (!title) { c->oom = 1; return -1; }
    for (int k = 0; k < x->nd; k++)
        if (x->d[k].type == type && !strcasecmp(x->d[k].title, title)) { free(title); return k; }
    if (x->nd == x->capd) {
        int cap = x->capd ? x->capd * 2 : 2;
        x_document *p = realloc(x->d, (size_t)cap * sizeof *p);
        if (!p) { free(title); c->oom = 1; return -1; }
        x->d = p;
        x->capd = cap;
    }
    x->d[x->nd] = (x_document){title, type, status, meeting, initiator, ev, rule, c->list};
    return x->nd++;
}

/* "NUM documents were signed": the count goes on the meeting. */
static void doc_counts(ctx *c, size_t s, size_t e, int meeting)
{
    if (meeting < 0) return;
    for (size_t i = s; i + 1 < e; i++)
        if (c->tl->t[i].kind == TOK_NUM && is(c, i + 1, "documents") && lex_in(c, i + 2, e, LX_ADOPT)) {
            int n = atoi(T(c, i));
            if (n > 0 && n < 10000) c->x->m[meeting].docs_count = n;
        }
}

/* "On the initiative of COUNTRY" / "COUNTRY's initiative" in the sentence. */
static int initiator_in(const ctx *c, size_t s, size_t e)
{
    gaz_hit h;
    for (size_t i = s; i < e; i++) {
        if (is(c, i, "initiative") && is(c, i + 1, "of")) {
            size_t k = i + 2;
            if (is(c, k, "the")) k++;
            if (gaz_match(c->g, c->tl, k, e, G_COUNTRY, -1, &h)) return h.val;
        }
        if (gaz_match(c->g, c->tl, i, e, G_COUNTRY, -1, &h) && is(c, h.end, "'s") && is(c, h.end + 1, "initiative"))
            return h.val;
    }
    return -1;
}

/* A lower-case keyword is a document only as the object of an adoption
 * verb in the same clause ("approved action plans", "statements were
 * adopted"), not in a relative clause ("which reflects the plans"). */
static int governed(const ctx *c, size_t s, size_t ms, size_t ke, size_t e)
{
    if (is(c, ke, "\"") || is(c, ke, "'")) return 1; /* a quoted title follows */
    for (size_t k = ke; k < ke + 3 && k < e; k++)
        if (lex(c, k, e, LX_ADOPT, NULL)) return 1;
    /* "a decision on A and a statement on B will be adopted" */
    for (size_t k = ke; k + 1 < e && !lex(c, k, e, LX_CLAUSE, NULL); k++)
        if (lex(c, k, e, LX_PASSIVE, NULL) && lex(c, k + 1, e, LX_ADOPT, NULL)) return 1;
    for (size_t k = ms; k-- > s;) {
        if (is(c, k, "which") || is(c, k, "that") || is(c, k, "who") || is(c, k, ";")) return 0;
        if (lex(c, k, ms, LX_ADOPT, NULL) || lex(c, k, ms, LX_DRAFT, NULL) || lex(c, k, ms, LX_PLANNED_VERB, NULL))
            return 1;
    }
    return 0;
}

/* A quoted title at j ("..." or '...'): returns the token after its closing
 * quote, or 0. */
static size_t quoted_at(const ctx *c, size_t j, size_t e)
{
    if (!(is(c, j, "\"") || is(c, j, "'"))) return 0;
    size_t q = j + 1;
    while (q < e && !is(c, q, T(c, j))) q++;
    if (q == e && q < c->tl->n && is(c, q, T(c, j)) && is(c, q - 1, ".")) return q + 1; /* '"... Potential."' */
    return q < e && q > j + 1 ? q + 1 : 0;
}

/* Whether the keyword at ks belongs to a historical document only mentioned
 * in passing (lexicon historic_doc: "the Collective Security Treaty"). */
static int historic(const ctx *c, size_t s, size_t ks, size_t e)
{
    size_t k;
    for (size_t i = ks > s + 5 ? ks - 5 : s; i <= ks; i++)
        if (lex(c, i, e, LX_HISTORIC, &k) && k > ks) return 1;
    return 0;
}

static void documents_in_sentence(ctx *c, size_t s, size_t e, int meeting)
{
    int planned = lex_in(c, s, e, LX_PLANNED_VERB);
    int draft_cue = lex_in(c, s, e, LX_DRAFT_CUE); /* "to be submitted to the heads of state" */
    int initiator = initiator_in(c, s, e);
    size_t prev_end = 0;
    int prev_draft = 0;
    gaz_hit h;
    doc_counts(c, s, e, meeting);
    for (size_t i = s; i < e; i++) {
        if (c->used[i] || c->inname[i] || !gaz_match(c->g, c->tl, i, e, G_DOCTYPE, -1, &h)) continue;
        size_t ks = h.start, ke = h.end;
        int type = h.val, plural = h.sub == NUM_PLURAL;
        /* modifiers to the left */
        size_t ms = ks;
        for (int n = 0; n < 3 && ms > s; n++) {
            size_t k = ms;
            if (lex(c, ms - 1, ks, LX_DOC_MODIFIER, &k) && k == ms) { ms--; continue; }
            gaz_hit ph;
            int place = gaz_match(c->g, c->tl, ms - 1, ks, G_CITY, -1, &ph) && ph.end == ms;
            if (c->tl->t[ks].cap && c->tl->t[ms - 1].cap && ms - 1 > s && (place || !gaz_notname(c->g, T(c, ms - 1))) &&
                c->tl->t[ms - 1].kind == TOK_WORD && !c->tl->t[ms - 1].upper) { ms--; continue; }
            break;
        }
        /* a capitalised name before a capitalised keyword is its owner's ("the CSTO Collective
         * Security Strategy", "Interstate Commission on Military-Economic Cooperation Work Plan") */
        if (c->tl->t[ks].cap)
            for (int n = 0; n < 8 && ms > s + 1; n++) {
                size_t b = ms - 1;
                gaz_hit oh;
                int named = 0;
                for (size_t q = ms > s + 8 ? ms - 8 : s; q < ms && !named; q++)
                    if ((gaz_match(c->g, c->tl, q, ms, G_ORG, -1, &oh) || gaz_match(c->g, c->tl, q, ms, G_BODY, -1, &oh)) &&
                        oh.end == ms && c->tl->t[q].cap) { ms = q; named = 1; }
                if (named) continue;
                if (c->tl->t[b].cap && c->tl->t[b].kind == TOK_WORD && gaz_notname(c->g, T(c, b)) &&
                    !lex(c, b, ms, LX_NOT_TITLE, NULL) && !determiner(c, b) && !lex(c, b, ms, LX_CLAUSE, NULL)) { ms = b; continue; }
                break;
            }
        /* "the list of statements" is not a statement */
        if (ms >= s + 2 && is(c, ms - 1, "of") && lex(c, ms - 2, ms - 1, LX_DOC_CONTAINER, NULL)) continue;
        if (!c->tl->t[ks].cap && !governed(c, s, ms, ke, e)) continue;
        if (historic(c, s, ks, e)) continue;
        /* "said in a statement", "joined the Treaty": a bare keyword with no
         * title is a reference, not a document of the meeting */
        if (ms == ks && !plural && !doc_starter(c, ke) && !quoted_at(c, ke, e) &&
            !((is(c, ke, "was") || is(c, ke, "were")) && lex(c, ke + 1, e, LX_ADOPT, NULL)))
            continue;
        int draft = (ms > s && lex(c, ms - 1, ms, LX_DRAFT, NULL)) || draft_cue;
        /* "draft declarations on A, a decision on B and statements on C": one draft list */
        if (!draft && prev_draft && ms >= prev_end && ms <= prev_end + 3) {
            draft = 1;
            for (size_t k = prev_end; k < ms; k++)
                if (!is(c, k, ",") && !is(c, k, "and") && !is(c, k, "a") && !is(c, k, "an") && !is(c, k, "the")) draft = 0;
        }
        int status = draft ? DS_DRAFT : planned ? DS_PLANNED : DS_ADOPTED;
        int doc_init = initiator;
        size_t j = ke;
        /* "a Statement was adopted on ..." */
        if ((is(c, j, "was") || is(c, j, "were") || is(c, j, "is") || is(c, j, "are")) && lex(c, j + 1, e, LX_ADOPT, NULL)) {
            size_t k = j + 1;
            lex(c, j + 1, e, LX_ADOPT, &k);
            if (doc_starter(c, k)) j = k;
        }
        char *kw = text_of(c, ms, ke);
        if (!kw) { c->oom = 1; return; }
        if (is(c, j, "\"") || is(c, j, "'")) { /* quoted title */
            size_t q = j + 1;
            while (q < e && !is(c, q, T(c, j))) q++;
            if (q < e && q > j + 1) {
                doc_add(c, text_of(c, j + 1, q), type, status, meeting, doc_init, span_of(c, ms, q + 1), "quoted-title");
                for (size_t k = ms; k <= q; k++) c->used[k] = 1;
                prev_end = q + 1;
                prev_draft = status == DS_DRAFT;
                free(kw);
                i = q;
                continue;
            }
        }
        if (plural) {
            /* singular form of the keyword for the item titles */
            sbuf sing = {0};
            sbuf_puts(&sing, kw);
            if (sing.len > 1 && sing.buf[sing.len - 1] == 's') {
                sing.len--;
                if (sing.len > 2 && !strcmp(sing.buf + sing.len - 2, "ie")) { sing.len -= 2; sbuf_puts(&sing, "y"); }
                else sing.buf[sing.len] = '\0';
            }
            size_t k = j;
            if ((is(c, k, "by") || is(c, k, "of")) && !c->used[k]) {
                size_t q = k + 1;
                while (q < e && q < k + 8 && !quoted_at(c, q, e) && !is(c, q, ",") && !is(c, q, ";")) q++;
                if (quoted_at(c, q, e)) { /* statements by the heads of state "On A", "On B" and "On C" */
                    char *by = text_of(c, k, q);
                    int n_items = 0;
                    c->list = ++c->nlists;
                    size_t qe;
                    while ((qe = quoted_at(c, q, e))) {
                        sbuf t = {0};
                        size_t ie = qe - 1; /* the closing quote; a comma or stop inside it is not the title's */
                        while (ie > q + 1 && (is(c, ie - 1, ",") || is(c, ie - 1, "."))) ie--;
                        char *inner = text_of(c, q + 1, ie);
                        char *item = NULL;
                        if (inner) {
                            sbuf qb = {0};
                            sbuf_printf(&qb, "\"%s\"", inner);
                            item = sbuf_steal(&qb);
                            free(inner);
                        }
                        sbuf_printf(&t, "%s %s %s", sbuf_str(&sing), by ? by : "", item ? item : "");
                        free(item);
                        doc_add(c, sbuf_steal(&t), type, status, meeting, doc_init, span_of(c, q, qe), "plural-quoted-list");
                        for (size_t u = ms; u < qe; u++) c->used[u] = 1;
                        n_items++;
                        q = qe;
                        if (is(c, q, ",")) q++;
                        if (is(c, q, "and")) q++;
                    }
                    free(by);
                    c->list = 0;
                    prev_end = q;
                    prev_draft = status == DS_DRAFT;
                    sbuf_free(&sing);
                    free(kw);
                    i = q > i ? q - 1 : i;
                    continue;
                }
            }
            if (doc_starter(c, k) && !is(c, k, "to")) {
                /* "statements on A, B, C and D": one statement on each, the preposition shared */
                size_t te = title_end(c, k, e, 0, 0), commas = 0;
                for (size_t q = k; q < te; q++) commas += is(c, q, ",");
                if (commas >= 2) {
                    size_t a = k + 1, n_items = 0;
                    c->list = ++c->nlists;
                    while (a < te) {
                        size_t b = a;
                        while (b < te && !is(c, b, ",")) b++;
                        size_t a2 = a;
                        if (is(c, a2, "and")) a2++;
                        if (b > a2) {
                            char *item = text_of(c, a2, b);
                            sbuf t = {0};
                            sbuf_printf(&t, "%s %s %s", sbuf_str(&sing), T(c, k), item ? item : "");
                            free(item);
                            doc_add(c, sbuf_steal(&t), type, status, meeting, doc_init, span_of(c, a2, b), "plural-comma-list");
                            n_items++;
                        }
                        a = b + 1;
                    }
                    c->list = 0;
                    for (size_t u = ms; u < te; u++) c->used[u] = 1;
                    prev_end = te;
                    prev_draft = status == DS_DRAFT;
                    sbuf_free(&sing);
                    free(kw);
                    i = te > i ? te - 1 : i;
                    continue;
                }
            }
            int mode_semicolon = 0;
            c->list = ++c->nlists;
            if (is(c, k, ",") && is(c, k + 1, "including")) { k += 2; mode_semicolon = 1; }
            else if (is(c, k, ":")) { k++; mode_semicolon = 1; }
            int to_items = is(c, k, "to");
            int n_items = 0, after_and = 0;
            while (k < e && (mode_semicolon || doc_starter(c, k) || after_and)) {
                after_and = 0;
                size_t ie = title_end(c, k, e, !mode_semicolon, 0);
                if (to_items) { /* "plans to combat X and coordinate Y" */
                    size_t a = k;
                    while (a < ie && !(is(c, a, "and") && a + 1 < ie && !c->tl->t[a + 1].cap && !is(c, a + 1, "the"))) a++;
                    if (a < ie) ie = a;
                }
                if (ie <= k) break;
                sbuf t = {0};
                sbuf_puts(&t, sbuf_str(&sing));
                if (n_items && to_items && !is(c, k, "to")) sbuf_puts(&t, " to");
                char *item = text_of(c, k, ie);
                sbuf_putc(&t, ' ');
                sbuf_puts(&t, item ? item : "");
                free(item);
                doc_add(c, sbuf_steal(&t), type, status, meeting, doc_init, span_of(c, k, ie), "plural-list");
                for (size_t u = ms; u < ie; u++) c->used[u] = 1;
                n_items++;
                k = ie;
                if (is(c, k, ";") || is(c, k, ",")) k++;
                else if (to_items && is(c, k, "and")) { k++; after_and = 1; }
                else if (is(c, k, "and") && is(c, k + 1, "on")) k++;
                else break;
                if (is(c, k, "and") && !next_doc_at(c, k, e)) k++;
                if (next_doc_at(c, k, e) || (k > 0 && next_doc_at(c, k - 1, e))) break;
            }
            c->list = 0;
            sbuf_free(&sing);
            free(kw);
            if (n_items) { i = k > i ? k - 1 : i; prev_end = k; prev_draft = status == DS_DRAFT; }
            continue;
        }
        sbuf t = {0};
        sbuf_puts(&t, kw);
        size_t end = ke;
        if (doc_starter(c, j)) {
            int quoted = ms > s && (is(c, ms - 1, "'") || is(c, ms - 1, "\""));
            size_t te = title_end(c, j, e, 0, quoted);
            size_t qe = te > j && te < j + 10 ? quoted_at(c, te, e) : 0;
            if (qe) te = qe; /* resolution of the Council "On the Secretary General" */
            if (te > j) {
                char *cont = text_of(c, j, te);
                sbuf_putc(&t, ' ');
                sbuf_puts(&t, cont ? cont : "");
                free(cont);
                end = te;
            }
        }
        free(kw);
        doc_add(c, sbuf_steal(&t), type, status, meeting, doc_init, span_of(c, ms, end), end > ke ? "keyword-title" : "keyword");
        for (size_t u = ms; u < end; u++) c->used[u] = 1;
        prev_end = end;
        prev_draft = status == DS_DRAFT;
        i = end > i ? end - 1 : i;
    }
}

/* ---- chairmanship ------------------------------------------------------- */

/* "chairmanship ... transferred from X to Y" */
static void chairmanship(ctx *c, size_t s, size_t e)
{
    int has = 0;
    for (size_t i = s; i < e; i++)
        if (is(c, i, "chairmanship") || is(c, i, "presidency")) has = 1;
    if (!has) return;
    gaz_hit h;
    int from = -1, to = -1;
    for (size_t i = s; i + 1 < e; i++) {
        size_t k = i + 1;
        if (is(c, k, "the")) k++;
        if (is(c, i, "from") && gaz_match(c->g, c->tl, k, e, G_COUNTRY, -1, &h)) from = h.val;
        if (is(c, i, "to") && gaz_match(c->g, c->tl, k, e, G_COUNTRY, -1, &h) && from >= 0) to = h.val;
    }
    if (from >= 0 && to >= 0) {
        c->x->chair_from = from;
        c->x->chair_to = to;
    }
}

/* ---- driver ------------------------------------------------------------- */

int extract_article(const gazetteer *g, const article *a, extraction *x)
{
    memset(x, 0, sizeof *x);
    x->chair_from = x->chair_to = -1;
    toklist tl;
    if (toklist_build(&tl, a->text, a->len, gaz_is_abbrev, g) < 0) return -1;
    if (gaz_intern(g, &tl) < 0) {
        toklist_free(&tl);
        return -1;
    }
    ctx c = {.g = g, .a = a, .tl = &tl, .x = x, .current = -1};
    intvec pending = {0}; /* officials said to attend before any meeting is named */
    c.covered = calloc(tl.n + 1, 1);
    c.used = calloc(tl.n + 1, 1);
    c.inname = calloc(tl.n + 1, 1);
    x->countries = calloc((size_t)gaz_ncountries(g) + 1, 1);
    int rc = -1;
    if (!c.covered || !c.used || !c.inname || !x->countries) goto cleanup;
    gaz_hit h;
    for (size_t i = 0; i < tl.n; i++)
        if (gaz_match(g, &tl, i, tl.n, G_ORG, -1, &h) || gaz_match(g, &tl, i, tl.n, G_BODY, -1, &h)) {
            for (size_t k = i; k < h.end; k++) c.inname[k] = 1;
            i = h.end - 1;
        }
    for (size_t i = 0; i < tl.n; i++)
        if (gaz_match(g, &tl, i, tl.n, G_COUNTRY, -1, &h)) { x->countries[h.val] = 1; i = h.end - 1; }
    for (size_t si = 0; si < tl.ns && !c.oom; si++) {
        size_t s = tl.s[si].first, e = tl.s[si].last + 1;
        c.sentence_no = (int)si;
        date_hit dh[16];
        int nd = date_find(g, &tl, s, e, a->published, c.anchor, dh, 16);
        int year = 0;
        for (int k = 0; k < nd; k++)
            if (dh[k].date.y && !dh[k].date.m) year = year == 0 ? dh[k].date.y : (year == dh[k].date.y ? year : -1);
        for (int k = 0; k < nd; k++)
            if (!dh[k].date.y) {
                if (a->published.y) { dh[k].date.y = a->published.y; dh[k].relative = 2; } /* 2: year inferred */
                else if (year > 0) dh[k].date.y = year;
                else if (c.anchor.y) dh[k].date.y = c.anchor.y; /* the year of the date last named */
            }
        int m = meetings_in_sentence(&c, s, e, dh, nd);
        intvec named = {0}, sp[2] = {{0}, {0}};
        officials_in_sentence(&c, s, e, &named, sp);
        int att = m;
        if (att < 0 && c.current >= 0 && lex_in(&c, s, e, LX_ATTEND)) att = c.current; /* "Russia was represented by X" */
        if (att >= 0 && lex_in(&c, s, e, LX_ABSENT)) att = -1; /* "X will not attend the summit" */
        if (att < 0 && c.current < 0 && lex_in(&c, s, e, LX_ATTEND) && !lex_in(&c, s, e, LX_ABSENT))
            for (int k = 0; k < named.n; k++) /* "The session ... was attended by X" before any meeting is named */
                if (int_add(&pending, named.v[k]) < 0) c.oom = 1;
        if (att >= 0)
            for (int k = 0; k < named.n; k++) {
                int spoke = 0, press = 0;
                for (int q = 0; q < sp[0].n; q++) spoke |= sp[0].v[q] == named.v[k];
                for (int q = 0; q < sp[1].n; q++) press |= sp[1].v[q] == named.v[k];
                if (spoke && x->m[att].status == ST_PLANNED) continue; /* announcing is not attending */
                if (press) continue;                                    /* nor is briefing the press */
                if (negated_person(&c, s, x->o[named.v[k]].ev)) continue; /* "neither X nor ... took part" */
                m = att;
                if (int_add(&x->m[m].participants, named.v[k]) < 0) c.oom = 1;
                if (int_add(&x->o[named.v[k]].meetings, m) < 0) c.oom = 1;
            }
        free(named.v);
        free(sp[0].v);
        free(sp[1].v);
        if (pending.n && c.current >= 0) { /* the meeting they attended, named at last */
            for (int k = 0; k < pending.n; k++)
                if (int_add(&x->m[c.current].participants, pending.v[k]) < 0 ||
                    int_add(&x->o[pending.v[k]].meetings, c.current) < 0)
                    c.oom = 1;
            pending.n = 0;
        }
        documents_in_sentence(&c, s, e, m >= 0 ? m : c.current);
        chairmanship(&c, s, e);
        for (int k = 0; k < nd; k++)
            if (date_precision(dh[k].date) == 3) c.anchor = dh[k].date;
    }
    rc = c.oom ? -1 : 0;
cleanup:
    free(pending.v);
    free(c.covered);
    free(c.used);
    free(c.inname);
    toklist_free(&tl);
    if (rc < 0) extraction_clear(x);
    return rc;
}

void extraction_clear(extraction *x)
{
    for (int i = 0; i < x->nm; i++) { free(x->m[i].ev.v); free(x->m[i].participants.v); }
    free(x->m);
    for (int i = 0; i < x->no; i++) {
        free(x->o[i].name);
        for (int p = 0; p < x->o[i].npos; p++) free(x->o[i].pos[p].title);
        free(x->o[i].pos);
        free(x->o[i].ev.v);
        free(x->o[i].meetings.v);
    }
    free(x->o);
    for (int i = 0; i < x->nd; i++) free(x->d[i].title);
    free(x->d);
    free(x->countries);
    memset(x, 0, sizeof *x);
}
