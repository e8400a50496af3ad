/* pipeline — extract_article(): runs the stages over an article.
 *
 * Reads: the article.  Writes: the extraction.  Order: tokens and sentences
 * (model/text.c); over the whole article, the gazetteer annotators
 * (annotate.c) and the dates (dating.c); then sentence by sentence
 * meetings, people, attendance, documents, chairmanship (see internal.h for
 * the stages).  The mentions (c.ms) and date hits (c.dates) live for the
 * article.  Everything allocated here is freed at cleanup; on failure the
 * extraction is cleared. */
#include "model/extract/internal.h"

/* How many paragraphs of its text a report's lede spans, for news_day. */
#define LEDE_PARAGRAPHS 3

/* Whether the sentence that holds token i names a meeting. */
static int sentence_names_meeting(const ctx *c, size_t i)
{
    const toklist *tl = c->tl;
    for (size_t si = 0; si < tl->ns; si++)
        if (tl->s[si].first <= i && i <= tl->s[si].last) return sentence_meeting(c, tl->s[si].first, tl->s[si].last + 1) >= 0;
    return 0;
}

/* The day of a report's news: the one day its lede names by a weekday or
 * "yesterday" in a sentence that names no meeting ("AFP - Russia and other
 * ex-Soviet states agreed on Wednesday ...": the day of what was agreed,
 * where "On Wednesday, the foreign ministers met" is the ministers' day
 * alone), in the week before the report's day; {0} when it names none or
 * several.  A meeting held that the report names later without a date is of
 * that day rather than of the report's. */
static cdate news_day(const ctx *c)
{
    cdate day = {0, 0, 0};
    if (date_precision(c->pub) != 3) return day;
    int paras = 0;
    for (size_t d = 0; d < c->ndates; d++) {
        const date_hit *h = &c->dates[d];
        for (size_t k = d ? c->dates[d - 1].start + 1 : 0; k <= h->start && k < c->tl->n; k++) paras += c->tl->t[k].para;
        if (paras > LEDE_PARAGRAPHS) break;
        if (!h->relative || !h->rule || (strcmp(h->rule, "weekday") && strcmp(h->rule, "yesterday")) ||
            sentence_names_meeting(c, h->start) ||
            date_precision(h->date) != 3 || date_cmp(h->date, c->pub) > 0 || date_cmp(h->date, date_add_days(c->pub, -6)) < 0)
            continue;
        if (day.y && date_cmp(day, h->date)) return (cdate){0, 0, 0};
        day = h->date;
    }
    return day;
}

/* gm()'s memo: token i's longest entry of class cls (below G_LEX) up to its
 * sentence's end, asked of the gazetteer the first time only.  The answer
 * depends on the tokens alone, which do not change while the stages run. */
int gm_memo_match(const ctx *c, size_t i, int cls, gaz_hit *h)
{
    gm_memo *m = &c->gm_seen[i * G_LEX + (size_t)cls];
    if (!(c->gm_known[i] >> cls & 1u)) {
        gaz_hit t;
        if (gaz_match(c->g, c->tl, i, c->sent_end[i], cls, -1, &t)) *m = (gm_memo){(unsigned)t.end, t.val, t.sub};
        else m->end = 0;
        c->gm_known[i] |= (unsigned short)(1u << cls);
    }
    if (!m->end) return 0;
    *h = (gaz_hit){cls, m->val, m->sub, i, m->end};
    return 1;
}

int extract_may_name_meeting(const gazetteer *g, const char *text, size_t len)
{
    const unsigned long long cue = LX_BIT(LX_MEETING_NOUN) | LX_BIT(LX_MEETING_VERB) | LX_BIT(LX_CSC_SESSION) |
                                   LX_BIT(LX_BODY_ANAPHOR) | LX_BIT(LX_COUNTERPARTS) | LX_BIT(LX_CONVENE) |
                                   LX_BIT(LX_HOLD_VERB) | LX_BIT(LX_TAKES_PLACE);
    toklist tl;
    if (toklist_build(&tl, text, len, NULL, NULL) < 0 || gaz_intern(g, &tl) < 0) {
        toklist_free(&tl);
        return 1;
    }
    int found = 0;
    for (size_t i = 0; i < tl.n && !found; i++) {
        unsigned long long lm;
        unsigned cls = gaz_kinds(g, &tl, i, &lm); /* (lexicon bits may stand for other classes too: a wider net) */
        found = (cls >> G_BODY & 1u) || (lm & cue);
    }
    toklist_free(&tl);
    return found;
}

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
    ctx c = {.g = g, .a = a, .tl = &tl, .x = x, .current = -1, .list_meeting = -1, .other_nm = -1};
    intvec pending = {0}; /* officials said to attend before any meeting is named */
    x->countries = calloc((size_t)gaz_ncountries(g) + 1, 1);
    c.lexm = malloc((tl.n + 1) * sizeof *c.lexm);
    c.clsm = malloc((tl.n + 1) * sizeof *c.clsm);
    int rc = -1;
    if (c.lexm && c.clsm)
        for (size_t i = 0; i < tl.n; i++) {
            c.clsm[i] = gaz_kinds(g, &tl, i, &c.lexm[i]);
            /* «телефонные переговоры»: talks by telephone (lexicon phone) are no meeting noun */
            if (i > 0 && (c.lexm[i] & LX_BIT(LX_MEETING_NOUN)) && lex(&c, i - 1, tl.n, LX_PHONE, NULL))
                c.lexm[i] &= ~LX_BIT(LX_MEETING_NOUN);
            /* "told a press conference", "a news conference", "press-conference": no meeting of a body */
            size_t pm = i > 1 && is(&c, i - 1, "-") ? i - 2 : i - 1;
            if (i > 0 && (c.lexm[i] & LX_BIT(LX_MEETING_NOUN)) && lex(&c, pm, i, LX_PRESS_MOD, NULL))
                c.lexm[i] &= ~LX_BIT(LX_MEETING_NOUN);
        }
    c.lexm_rest = malloc((tl.n + 1) * sizeof *c.lexm_rest);
    c.sent_end = calloc(tl.n + 1, sizeof *c.sent_end); /* (0 for a token in no sentence: no answer at once) */
    if (c.lexm && c.clsm && c.lexm_rest && c.sent_end)
        for (size_t si = tl.ns; si-- > 0;) {
            size_t first = tl.s[si].first, end = tl.s[si].last + 1;
            unsigned long long rest = 0;
            for (size_t i = end; i-- > first;) {
                c.lexm_rest[i] = rest |= c.lexm[i];
                c.sent_end[i] = end;
            }
        }
    else {
        free(c.lexm_rest);
        free(c.sent_end);
        c.lexm_rest = NULL; /* (lex_in then looks token by token) */
        c.sent_end = NULL;
    }
    if (c.sent_end) {
        c.gm_known = calloc(tl.n + 1, sizeof *c.gm_known);
        c.gm_seen = malloc((tl.n + 1) * G_LEX * sizeof *c.gm_seen);
        if (!c.gm_known || !c.gm_seen) {
            free(c.gm_known);
            free(c.gm_seen);
            c.gm_known = NULL; /* (gm() then asks the gazetteer every time) */
            c.gm_seen = NULL;
        }
    }
    if (!x->countries || !c.lexm || !c.clsm || documents_init(&c) < 0 || annotate_article(&c) < 0 || dating_article(&c) < 0) goto cleanup;
    for (size_t k = 0; k < c.ms.n[MK_COUNTRY]; k++) x->countries[c.ms.v[MK_COUNTRY][k].value] = 1;
    for (size_t si = 0; si < tl.ns && !c.oom; si++) {
        size_t s = tl.s[si].first, e = tl.s[si].last + 1;
        int nd;
        const date_hit *dh = sentence_dates(&c, s, e, &nd);
        /* a live blog's entry ("15:05. Главы государств собрались ..."): about the event of the report's day,
         * whatever meeting the entry before cited */
        if (tl.t[s].para && clock_entry(&c, s)) {
            c.live = 1;
            for (int k = 0; k < x->nm && date_precision(c.pub) == 3; k++)
                if (x->m[k].status == ST_HELD && date_cmp(x->m[k].date, c.pub) == 0) {
                    c.current = k;
                    break;
                }
        }
        c.focus_before = c.current;
        meetings_in_sentence(&c, s, e, dh, nd);
        officials_in_sentence(&c, s, e);
        int m = attend(&c, s, e, sentence_meeting(&c, s, e), &pending);
        documents_in_sentence(&c, s, e, documents_meeting(&c, s, e, m));
        chairmanship(&c, s, e);
    }
    pending_session(&c, &pending);
    headline_place(&c);
    headline_status(&c);
    offices_attended(&c);
    /* a held meeting still dated by the guessed month of the report once every sentence is read: the report's
     * day («25.05.2023 ... Заседание Совета министров обороны ОДКБ состоялось в Минске», «2 декабря 2020 года 16:30
     * ... Владимир Путин провёл заседание»), still a guess (m->guessed: across reports only its month tells it
     * apart, corpus.c).  A news report tells of the day's events or the day before's; the month is no truer when
     * it is the day before, and says less when it is not.  Not a meeting to come: its day is later */
    cdate news = news_day(&c);
    for (int k = 0; k < x->nm; k++) {
        x_meeting *m = &x->m[k];
        if (m->status == ST_HELD && m->guessed && date_precision(m->date) == 2 && date_precision(c.pub) == 3 &&
            m->date.y == c.pub.y && m->date.m == c.pub.m)
            m->date = news.y && news.m == m->date.m ? news : c.pub;
        /* "The first meeting of the Council in 2024 has been held" in a report of January 2024: held before the
         * report, in its year, so in January */
        if (m->status == ST_HELD && date_precision(m->date) == 1 && date_precision(c.pub) >= 2 && m->date.y == c.pub.y &&
            c.pub.m == 1)
            m->date.m = 1;
        /* a month without a year ("In June, X stayed away from the summit where ...", in a report that gives no
         * year) told this meeting apart from the one "on July 31" (assembly.c); past the article it says
         * nothing: another report's December is of any year */
        /* (though it is still no meeting dated in another month: loose_month) */
        if (!m->date.y && !m->date.d) m->loose_month = m->date.m, m->date.m = 0;
    }
    same_day_place(&c); /* (on the days just settled) */
    welcome_place(&c);
    documents_settle(&c);
    rc = c.oom ? -1 : 0;
cleanup:
    free(pending.v);
    documents_fini(&c);
    mentions_free(&c.ms);
    free(c.dates);
    free(c.absent.v);
    free(c.lexm);
    free(c.lexm_rest);
    free(c.sent_end);
    free(c.clsm);
    free(c.gm_known);
    free(c.gm_seen);
    free(c.tokflag);
    toklist_free(&tl);
    if (rc < 0) extraction_clear(x);
    return rc;
}
