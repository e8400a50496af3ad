/* helpers — small vectors and token text shared by every stage.
 *
 * Reads: the article's tokens.  Writes: nothing of the pipeline's; the
 * vectors grow with realloc and belong to whoever holds them. */
#include "model/extract/internal.h"

int span_push(spanvec *v, span s)
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

int int_add(intvec *v, int x) /* adds x once */
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

/* Text of tokens [s, e) with whitespace runs folded to one space (owned by caller). */
char *text_of(const ctx *c, size_t s, size_t e)
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

/* Whether token p is in a clause "who ..." / "whose ..." that began at or after from, after the last comma
 * before p: it tells of a person ("Sergei Shoigu, who held the defence portfolio until May 2024", "X, the
 * speaker of parliament who assumed the powers after Y resigned to run in the January election"), not of
 * the meeting. */
static int in_who_clause(const ctx *c, size_t from, size_t p)
{
    for (size_t k = p; k-- > from;) {
        if (is(c, k, "who") || is(c, k, "whose")) return 1;
        if (is(c, k, ",")) return 0;
    }
    return 0;
}

int dated_otherwise(const ctx *c, size_t from, size_t to, int meeting)
{
    cdate cur = c->x->m[meeting].date;
    if (!cur.y) return 0;
    for (size_t d = mentions_from(&c->ms, MK_DATE, from); d < c->ms.n[MK_DATE]; d++) {
        const mention *dm = &c->ms.v[MK_DATE][d];
        if (dm->start >= to) break;
        cdate when = c->dates[dm->value].date;
        /* "discussions focused on the vacuum expected after 2014": a bound, not a date of them */
        if (date_precision(when) == 1 && dm->start > from && lex(c, dm->start - 1, dm->start, LX_TIME_BOUND, NULL))
            continue;
        /* «Тасмагамбетов, вступивший в должность 1 января 2023 года», "who took office on": when someone took
         * office (lexicon since) */
        int office = 0;
        for (size_t k = dm->start > from + 4 ? dm->start - 4 : from, q; k < dm->start && !office; k++)
            office = lex(c, k, dm->start, LX_SINCE, &q) && q == dm->start && q > k + 1;
        if (office) continue;
        /* «Накануне в таджикскую столицу прибыли главы пяти государств», "arrived on Monday" for Tuesday's summit:
         * an arrival (lexicon arrived) a day or two before the meeting is for it */
        if (date_precision(when) == 3 && date_precision(cur) == 3 && date_cmp(when, cur) < 0 &&
            date_cmp(date_add_days(when, 2), cur) >= 0 && lex_in(c, from, to, LX_ARRIVED))
            continue;
        if (when.y && !date_compatible(when, cur) && !in_who_clause(c, from, dm->start)) return 1;
    }
    return 0;
}

int represented_after(const ctx *c, size_t k, size_t e)
{
    for (size_t r = k; r < e && r <= k + 3 && !is(c, r, ","); r++)
        if (lex(c, r, e, LX_REPRESENTED_BY, NULL)) return 1;
    return 0;
}

int word_ends_any(const char *w, const char *const *sufs)
{
    for (; *sufs; sufs++)
        if (word_ends(w, *sufs)) return 1;
    return 0;
}

size_t skip_abbrev(const ctx *c, size_t j, size_t e)
{
    if (is(c, j, "(") && j + 2 < e && c->tl->t[j + 1].upper && is(c, j + 2, ")")) return j + 3;
    return j;
}

int prefix_declines(const ctx *c, const tphrase *t)
{
    return t->prefix_end > t->prefix_start && !prefix_glued(c, t);
}

int prefix_glued(const ctx *c, const tphrase *t)
{
    return t->prefix_end == t->prefix_start + 2 && is(c, t->prefix_start + 1, "-");
}

size_t title_head(const ctx *c, const tphrase *t)
{
    size_t head = t->title_at;
    while (head + 2 < t->title_to && is(c, head + 1, "-")) head += 2; /* «вице-премьер-министра» */
    return head;
}

/* Whether date hit d is when something takes effect ("from January 1,
 * 2017", "since 1 January", «с 1 января 2026 года»): a full day after
 * lexicon since, and no range inside ("from 28 to 29 November" is a
 * meeting's days). */
int effective_date(const ctx *c, size_t s, const date_hit *d)
{
    if (!d->date.d || !d->date.m || d->start <= s) return 0;
    size_t q;
    int since = 0;
    for (size_t a = d->start > s + 3 ? d->start - 3 : s; a < d->start && !since; a++) /* "took office on" */
        since = lex(c, a, d->start, LX_SINCE, &q) && q == d->start;
    if (!since) return 0;
    /* "will stay away from Wednesday's meeting": the date names the meeting */
    if (is(c, d->end, "'s")) return 0;
    /* "since 14 October 2016, when the chairmanship was handed over at the session": the day of what
     * the clause tells */
    if (is(c, d->end, ",") && (is(c, d->end + 1, "when") || is(c, d->end + 1, "когда"))) return 0;
    for (size_t k = d->start; k < d->end; k++) /* "13-14" is one token */
        if (is(c, k, "to") || strchr(T(c, k), '-') || is(c, k, "and") || is(c, k, "по")) return 0;
    return 1;
}

/* Whether token k is "signed", «подписанного» ... right after a historic
 * document's name ("the Collective Security Treaty, signed", «Договора о
 * коллективной безопасности, подписанного»). */
static int historic_signed_at(const ctx *c, size_t s, size_t k)
{
    size_t q;
    if (!lex(c, k, c->tl->n, LX_ADOPT, NULL)) return 0;
    for (size_t a = k > s + 8 ? k - 8 : s; a < k; a++) {
        if (lex(c, a, k, LX_HISTORIC, &q) && (q == k || (q + 1 == k && is(c, q, ",")))) return 1;
        /* "the 20th anniversary of Treaty, signed on May 15, 1992": what an anniversary counts from was signed
         * long before (up to three words between "of" and the participle) */
        if (lex(c, a, k, LX_ANNIVERSARY, &q) && is(c, q, "of") && k <= q + 5 && is(c, k - 1, ",")) return 1;
    }
    return 0;
}

int historic_signing_date(const ctx *c, size_t s, const date_hit *d)
{
    /* "signed in Tashkent on 15 May 1992": a place phrase may stand between */
    for (size_t k = d->start > s + 5 ? d->start - 5 : s; k < d->start; k++)
        if (historic_signed_at(c, s, k)) return 1;
    return 0;
}

size_t speech_then_that(const ctx *c, size_t a, size_t b)
{
    size_t that = b;
    for (size_t q = b; q-- > a && that == b;) /* words first: most spans have no "that" */
        if (is(c, q, "that") || is(c, q, "что")) that = q;
    for (size_t q = a; q < that; q++)
        if (lex(c, q, that, LX_SPEECH, NULL)) return that;
    return b;
}

int titled_doc_date(const ctx *c, size_t s, const date_hit *d)
{
    if (d->start < s + 2 || !(is(c, d->start - 1, "of") || is(c, d->start - 1, "от"))) return 0;
    gaz_hit h;
    /* back over the title's words: capitalised ones and the small words a title holds */
    for (size_t k = d->start - 1; k-- > s && k + 16 > d->start;) {
        const token *t = &c->tl->t[k];
        if (t->cap && gm(c, k, d->start, G_DOCTYPE, -1, &h)) return 1;
        if (!(t->cap || is(c, k, "on") || is(c, k, "of") || is(c, k, "the") || is(c, k, "and") || is(c, k, "between") ||
              is(c, k, "for") || is(c, k, "in") || is(c, k, "-") || cyrillic(c, k)))
            return 0;
    }
    return 0;
}

int historic_signing_place(const ctx *c, size_t s, size_t prep)
{
    if (prep > s && historic_signed_at(c, s, prep - 1)) return 1;
    /* "signed on May 15, 1992, in Tashkent": the place after the signing's date */
    int nd;
    const date_hit *dh = sentence_dates(c, s, c->sent_end ? c->sent_end[s] : c->tl->n, &nd);
    for (int k = 0; k < nd; k++)
        if ((dh[k].end == prep || (dh[k].end + 1 == prep && is(c, dh[k].end, ","))) && historic_signing_date(c, s, &dh[k]))
            return 1;
    /* "the signing of the collective security treaty in Tashkent" */
    size_t q;
    for (size_t a = prep > s + 8 ? prep - 8 : s; a < prep; a++)
        if (lex(c, a, prep, LX_HISTORIC, &q) && q == prep)
            for (size_t k = a > s + 3 ? a - 3 : s; k < a; k++)
                if (is(c, k, "signing") || is(c, k, "подписания") || is(c, k, "подписании")) return 1;
    return 0;
}

int other_org_at(const ctx *c, size_t k, size_t e, size_t *end)
{
    gaz_hit h;
    if (is(c, k, "the")) k++;
    if (!gm(c, k, e, G_ORG, -1, &h)) return 0;
    const org *o = gaz_org(c->g, h.val);
    *end = h.end;
    return o && strcmp(o->code, "CSTO") != 0;
}

int last_meeting_of_bodies(const ctx *c, unsigned mask)
{
    for (int k = c->x->nm; k-- > 0;)
        if (c->x->m[k].bodies == mask) return k;
    return -1;
}

int title_ends_at(const ctx *c, size_t s, size_t to, size_t reach)
{
    gaz_hit h;
    for (size_t k = to > s + reach ? to - reach : s; k < to; k++)
        if (gm(c, k, to, G_TITLE, -1, &h) && h.end == to) return 1;
    return 0;
}

int last_meeting_of_body(const ctx *c, int b)
{
    return b < 0 ? -1 : last_meeting_of_bodies(c, 1u << b);
}

/* For a sentence told in the past ("X headed the delegation", "X chaired
 * the session") when the meeting named last is still to come ("... for the
 * summit, which will take place tomorrow"): the meeting held that was named
 * last before s, or -1.  Only the three meeting mentions before s are read. */
int held_named_before(const ctx *c, size_t s, size_t e)
{
    if (!lex_in(c, s, e, LX_PAST) || lex_in(c, s, e, LX_PLANNED_VERB) || lex_in(c, s, e, LX_FUTURE)) return -1;
    return held_named_last(c, s, e);
}

/* The meeting held that was named last before s (of the three meeting
 * mentions before it), or -1; whatever the tense of s. */
int held_named_last(const ctx *c, size_t s, size_t e)
{
    const mentions *ms = &c->ms;
    size_t k = mentions_from(ms, MK_MEETING, s);
    for (int seen = 0; k-- > 0 && seen < 3; seen++) {
        int v = ms->v[MK_MEETING][k].value;
        if (v >= 0 && v < c->x->nm && c->x->m[v].status == ST_HELD) return dated_otherwise(c, s, e, v) ? -1 : v;
    }
    return -1;
}

/* Whether an organisation is named in [s, e) that is (other = 0) or is not (other = 1) the CSTO. */
static int org_named(const ctx *c, size_t s, size_t e, int other)
{
    int csto = gaz_org_index(c->g, "CSTO");
    for (size_t k = mentions_from(&c->ms, MK_NAME, s); k < c->ms.n[MK_NAME]; k++) {
        const mention *nm = &c->ms.v[MK_NAME][k];
        if (nm->start >= e) break;
        if (nm->sub == G_ORG && (nm->value == csto) != other) return 1;
    }
    return 0;
}

/* Whether the sentence [s, e) names the CSTO ("the CSTO", «ОДКБ», "the Organization"). */
int csto_named(const ctx *c, size_t s, size_t e)
{
    return org_named(c, s, e, 0);
}

int other_org_named(const ctx *c, size_t s, size_t e)
{
    return org_named(c, s, e, 1);
}

int chair_year_in(const ctx *c, size_t s, size_t e)
{
    int nd, year = 0;
    const date_hit *dh = sentence_dates(c, s, e, &nd);
    for (int k = 0; k < nd; k++) {
        int y = date_precision(dh[k].date) == 1 ? dh[k].date.y : 0;
        /* "as Kyrgyzstan takes over the chairmanship on January 1", told in December: the coming year's */
        if (dh[k].date.m == 1 && dh[k].date.d == 1)
            y = dh[k].relative == 2 && c->pub.y && c->pub.m > 6 ? c->pub.y + 1 : dh[k].date.y;
        if (y) year = year && year != y ? -1 : y;
    }
    return year;
}

/* Whether token s is a clock time ("15:05", "9:40") followed by a full stop or a dash: a live blog's
 * entry stamp. */
int clock_entry(const ctx *c, size_t s)
{
    const token *t = &c->tl->t[s];
    if (t->kind != TOK_NUM) return 0;
    const char *colon = strchr(t->norm, ':');
    if (!colon || colon == t->norm || colon - t->norm > 2 || strlen(colon + 1) != 2) return 0;
    return s + 1 < c->tl->n && (is(c, s + 1, ".") || is(c, s + 1, "-") || is(c, s + 1, "—") || c->tl->t[s + 1].nl);
}

/* The index of the sentence before the one that starts at token s, or -1 when that one is the first (or
 * s starts none). */
long sentence_before(const toklist *tl, size_t s)
{
    size_t si = 1;
    while (si < tl->ns && tl->s[si].first != s) si++;
    return si < tl->ns ? (long)si - 1 : -1;
}

/* Whether the Russian word w is a patronymic («Азатович», «Сергеевна», «Ильич», «Кузьминична»). */
int ru_patronymic(const char *w)
{
    /* (transliterated too: "Borisov Yuri Ivanovich") */
    static const char *const ends[] = {"ович", "евич", "ьич", "овна", "евна", "ична", "ovich", "evich", "ovna", "evna", NULL};
    return word_ends_any(w, ends);
}

int headline_case(const ctx *c, size_t s, size_t e)
{
    int caps = 0;
    for (size_t k = s; k < e; k++) {
        const token *t = &c->tl->t[k];
        if (t->kind != TOK_WORD || t->end - t->start < 4) continue;
        if (!t->cap) return 0;
        caps++;
    }
    return caps >= 4;
}

size_t country_possessive(const ctx *c, size_t k, size_t e, int *cty)
{
    gaz_hit h;
    if (!gm(c, k, e, G_COUNTRY, -1, &h)) return 0;
    /* ("Belarus' Alexander Lukashenko": a name ending in s takes the apostrophe alone, glued to it) */
    const token *last = &c->tl->t[h.end - 1];
    int bare = is(c, h.end, "'") && c->tl->t[h.end].start == last->end && last->end > last->start &&
               c->a->text[last->end - 1] == 's';
    if (!(is(c, h.end, "'s") || is(c, h.end - 1, "'s") || bare)) return 0;
    *cty = h.val;
    return h.end + (is(c, h.end, "'s") || bare);
}

size_t at_press_event(const ctx *c, size_t k, size_t e)
{
    if (!is(c, k, "at") && !is(c, k, "during")) return 0;
    size_t n = k + 1 + (determiner(c, k + 1) || is(c, k + 1, "a") || is(c, k + 1, "an") || is(c, k + 1, "his") ||
                        is(c, k + 1, "her")), q;
    if (lex(c, n, e, LX_FINAL_MOD, &q)) n = q;
    return lex(c, n, e, LX_PRESS_EVENT, &q) ? q : 0;
}

int inside_quote(const ctx *c, size_t s, size_t k)
{
    int straight = 0;
    /* (the quote that opens the sentence may stand before its first word: glued to it, spaced from what precedes) */
    const token *t = c->tl->t;
    size_t from = s > 0 && is(c, s - 1, "\"") && t[s - 1].end == t[s].start &&
                          (s == 1 || t[s - 2].end < t[s - 1].start)
                      ? s - 1 : s;
    for (size_t q = from; q < k; q++)
        straight += is(c, q, "\"");
    return straight % 2;
}

int closing_quote(const ctx *c, size_t s, size_t i)
{
    if (!is(c, i, "\"")) return 0;
    const unsigned char *r = (const unsigned char *)c->a->text + c->tl->t[i].start;
    if ((r[0] == 0xC2 && r[1] == 0xBB) || (r[0] == 0xE2 && r[1] == 0x80 && r[2] == 0x9D)) return 1;
    if (r[0] != '"') return 0;
    if (inside_quote(c, s, i)) return 1;
    /* (or the end of a quotation that began in a sentence before: «"... в Армении. Если не будет возражений, тогда
     * такое решение примем", - сказал X на заседании») */
    return quote_then_speech(c, i, c->tl->n);
}

int quote_then_speech(const ctx *c, size_t k, size_t e)
{
    size_t q = k + 1;
    while (q < e && q < k + 4 && (is(c, q, ",") || is(c, q, "-"))) q++;
    return q > k + 1 && lex(c, q, e, LX_SPEECH, NULL);
}

int proposed_meeting(const ctx *c, size_t s, size_t pos)
{
    size_t q;
    for (size_t k = pos > s + 3 ? pos - 3 : s; k < pos; k++) {
        if (!lex(c, k, pos, LX_HOLD_INFINITIVE, &q) ||
            !(q == pos || (q + 1 == pos && (is(c, q, "a") || is(c, q, "an") || is(c, q, "the")))))
            continue;
        for (size_t a = k > s + 10 ? k - 10 : s; a < k; a++) {
            if (lex(c, a, k, LX_CLAUSE, NULL)) return 0;
            if (lex(c, a, k, LX_PROPOSAL_NOUN, NULL)) return 1;
        }
        return 0;
    }
    return 0;
}

int meeting_named_at(const ctx *c, size_t k, size_t e)
{
    gaz_hit h;
    return lex(c, k, e, LX_MEETING_NOUN, NULL) || (gm(c, k, e, G_BODY, -1, &h) && h.sub != BK_PEOPLE);
}

int day_before_participle(const ctx *c, size_t k)
{
    return k > 0 && is(c, k, "накануне") && lex(c, k - 1, k, LX_PAST, NULL);
}

/* Whether date d, in sentence [s, e), is when something was said ("Peskov said on Tuesday", "told
 * reporters on Monday"): no day of an event for "a day earlier" to count from when one was named before
 * ("Putin on Thursday joined the summit ... Peskov said on Tuesday ... A day earlier, the ministers met":
 * Wednesday). */
int spoken_on(const ctx *c, size_t s, size_t e, const date_hit *d)
{
    for (size_t q = d->start > s + 3 ? d->start - 3 : s; q < d->start; q++)
        if (lex(c, q, d->start, LX_SPEECH, NULL)) return 1;
    return d->end < e && lex(c, d->end, e, LX_SPEECH, NULL);
}
