/* annotate — the gazetteer annotators: the first stage after the tokens.
 *
 * Reads: the article's tokens and sentences, the gazetteer.
 * Writes mentions (mention.h), each scan greedy from left to right (a match
 * takes its tokens, the scan goes on after it):
 *  - MK_BODY: per sentence, every body a name can be ("defence and foreign
 *    ministers" is two bodies over one span), at most BODY_HITS per
 *    sentence; flagged MF_COVERS unless the first reading is a body of
 *    people (no title or name starts inside "the Council of Foreign Ministers");
 *  - MK_NAME: over the article, an organisation's or a body's name (no
 *    document keyword inside "the Collective Security Treaty Organization");
 *  - MK_COUNTRY: over the article, a country's name or adjective.
 * Rules: none of its own; gazetteer classes G_BODY, G_ORG, G_COUNTRY. */
#include "model/extract/internal.h"

static int add(ctx *c, int kind, int value, int sub, unsigned flags, size_t s, size_t e)
{
    mention m = {kind, value, sub, flags, s, e, NULL};
    if (mentions_add(&c->ms, &m) < 0) { c->oom = 1; return -1; }
    return 0;
}

/* Bodies of the sentence [s, e). */
static int annotate_bodies(ctx *c, size_t s, size_t e)
{
    int nh = 0;
    for (size_t i = s; i < e && nh < BODY_HITS;) {
        gaz_hit all[4];
        if (c->clsm && !(c->clsm[i] & 1u << G_BODY)) { i++; continue; } /* no body's name may start here */
        int na = gaz_match_all(c->g, c->tl, i, e, G_BODY, all, 4);
        if (na <= 0) { i++; continue; }
        unsigned flags = all[0].sub != BK_PEOPLE ? MF_COVERS : 0;
        for (int a = 0; a < na; a++) {
            if (add(c, MK_BODY, all[a].val, all[a].sub, flags, all[a].start, all[a].end) < 0) return -1;
            nh++;
        }
        i = all[0].end;
    }
    return 0;
}

int annotate_article(ctx *c)
{
    const toklist *tl = c->tl;
    gaz_hit h;
    for (size_t si = 0; si < tl->ns; si++)
        if (annotate_bodies(c, tl->s[si].first, tl->s[si].last + 1) < 0) return -1;
    for (size_t i = 0; i < tl->n; i++)
        if (gm(c, i, tl->n, G_ORG, -1, &h) || gm(c, i, tl->n, G_BODY, -1, &h)) {
            if (add(c, MK_NAME, h.val, h.cls, 0, i, h.end) < 0) return -1;
            i = h.end - 1;
        }
    for (size_t i = 0; i < tl->n; i++)
        if (gm(c, i, tl->n, G_COUNTRY, -1, &h)) {
            if (add(c, MK_COUNTRY, h.val, 0, 0, i, h.end) < 0) return -1;
            i = h.end - 1;
        }
    /* covered() and in_name() per token, once: what mention_at would say (the
     * mention that starts last at or before the token, if it reaches it) */
    unsigned char *f = calloc(tl->n + 1, 1);
    if (!f) return -1;
    /* (mentions in the order of their starts: mention k is the last to start at or before each token from its
     * start up to the next mention's start, and it reaches those below its end) */
    for (int kind = MK_BODY, bit = TF_COVERED; kind <= MK_NAME; kind++, bit = TF_IN_NAME) {
        const mention *v = c->ms.v[kind];
        size_t n = c->ms.n[kind];
        for (size_t k = 0; k < n; k++) {
            if (kind == MK_BODY && !(v[k].flags & MF_COVERS)) continue;
            size_t to = v[k].end < tl->n ? v[k].end : tl->n;
            if (k + 1 < n && v[k + 1].start < to) to = v[k + 1].start;
            for (size_t i = v[k].start; i < to; i++) f[i] |= (unsigned char)bit;
        }
    }
    c->tokflag = f;
    return 0;
}
