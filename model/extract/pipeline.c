/* pipeline — extract_article(): runs the stages over an article.
 *
 * Reads: the article.  Writes: the extraction.  Order: tokens and sentences
 * (model/text.c), then per sentence dates, meetings, people, attendance,
 * documents, chairmanship (see internal.h for the stages).  Everything
 * allocated here is freed at cleanup; on failure the extraction is
 * cleared. */
#include "model/extract/internal.h"

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
        m = attend(&c, s, e, m, &named, sp, &pending);
        free(named.v);
        free(sp[0].v);
        free(sp[1].v);
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
