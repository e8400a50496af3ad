/* people — the people stage: officials named in a sentence.
 *
 * Reads: the sentence's tokens, the body mentions (no title or name starts
 * inside a body's name), the officials found so far (surname mentions).
 * Writes: officials through assembly.c (official_add), with the rule that
 * found each; an MK_PERSON mention each time one is named (flagged
 * MF_SPEAKER / MF_PRESS when speaking), which attendance reads.
 * Rules: the table person_rules at the end, tried in order at each token;
 * the first that applies takes its tokens: plural-country-dash-name,
 * plural-title-list, title-name (with appositions and complements),
 * title-alone (a title with no name: nothing found), country-possessive-name,
 * name-comma-title, name-appointed-title, surname-mention (someone already
 * named).  Each rule is a function with one signature (person_rule); its
 * name in the table is what `csto parse --explain` prints.  Private scratch:
 * the title and name run parsed at the current token (pstate). */
#include "model/extract/internal.h"

#include <stdint.h>

static size_t of_country_org(const ctx *c, size_t j, size_t e, int *country, int *org)
{
    if (!is(c, j, "of")) return 0;
    size_t k = j + 1;
    if (is(c, k, "the")) k++;
    gaz_hit h;
    if (gm(c, k, e, G_COUNTRY, -1, &h)) {
        *country = h.val;
        k = h.end;
        /* "of the Russian government", "of the Kyrgyz Parliament", "of the Kyrgyz parliament" (lexicon national_body) */
        for (int n = 0; n < 2 && k < e && c->tl->t[k].kind == TOK_WORD && gaz_tok_notname(c->g, c->tl, k) &&
                        (c->tl->t[k].cap || lex(c, k, k + 1, LX_NATIONAL_BODY, NULL));
             n++)
            k++;
        return k;
    }
    if (gm(c, k, e, G_ORG, -1, &h) || gm(c, j + 1, e, G_ORG, -1, &h)) {
        *org = h.val; /* "of the CSTO", "of the Organization" */
        k = skip_abbrev(c, h.end, e);
        if (gm(c, k, e, G_BODY, -1, &h) && h.sub == BK_BODY) k = h.end; /* "of the CSTO Parliamentary Assembly" */
        return k;
    }
    return 0;
}

/* Whether a woman's name in the nominative may end as a genitive («пресс-секретарь президента России
 * Наталья Тимакова»): a feminine past verb right before the title at t (the word before t) or right after
 * the name ending at ne («заявила пресс-секретарь ...», «..., — сообщила ...»), so the subject is a woman's
 * name, not a man's in the genitive («пресс-секретарь министра Сергея Лаврова»). */
static int feminine_subject(const ctx *c, size_t t, size_t ne, size_t e)
{
    for (size_t k = t > 5 ? t - 5 : 0; k < t; k++) /* the title's words («пресс-секретарь») end at t */
        if (cyrillic(c, k) && !c->tl->t[k].cap && word_ends(c->tl->t[k].norm, "ла")) return 1;
    size_t after = ne + is(c, ne, ",");
    return after < e && cyrillic(c, after) && !c->tl->t[after].cap && word_ends(c->tl->t[after].norm, "ла");
}

static size_t initials_at(const ctx *c, size_t i, size_t e);

/* Whether token q goes on with what an office's body is for, after «по»: a Russian word in lower case
 * («военно-экономическому»), a hyphen, an abbreviation in capitals (not an initial), or a comma before a word in lower
 * case («по делам СНГ, евразийской интеграции и связям с соотечественниками»). */
static int ru_purpose_word(const ctx *c, size_t q, size_t e)
{
    const token *t = &c->tl->t[q];
    if (is(c, q, "-")) return 1;
    if (is(c, q, ",")) return q + 1 < e && cyrillic(c, q + 1) && !c->tl->t[q + 1].cap;
    if (!cyrillic(c, q)) return 0;
    return !t->cap || (t->upper && strlen(t->norm) >= 4 && !is(c, q + 1, "."));
}

/* Whether token k ends as a Russian feminine adjective in an oblique case («Государственной», «Народной»,
 * «Верховной»). */
static int ru_feminine_oblique(const ctx *c, size_t k)
{
    static const char *const feminine[] = {"ой", "ей", NULL};
    return word_ends_any(c->tl->t[k].norm, feminine);
}

/* After a Russian title at j: what it heads, in the genitive («Государственного военно-промышленного
 * комитета», «Госкомвоенпрома»), then perhaps a country («Беларуси», into *country) or an organisation («Секретариата
 * ОДКБ», «Парламентской Ассамблеи ОДКБ»: into *org, the office one of the organisation's), when a name in the
 * nominative follows (two capitalised words, the surname not in an oblique case) or one in the title's
 * own case («председателя ... генерал-майора Ивана Орлова»), or when a country ends it and the clause
 * («Мария Захарова, официальный представитель МИД России, сообщила»: a title after its name).  Returns the token
 * after the complement, or j. */
static size_t ru_genitive_complement(const ctx *c, size_t j, size_t e, int *country, int *org)
{
    size_t q = j;
    int n = 0, og = -1;
    gaz_hit h;
    while (q < e && n < 6 && cyrillic(c, q) && !gm(c, q, e, G_COUNTRY, -1, &h)) {
        size_t k;
        if (lex(c, q, e, LX_INSTITUTION, &k)) { /* «Министерства иностранных дел»: «дел» shows no case */
            q = k, n++;
            continue;
        }
        /* «Парламентской Ассамблеи ОДКБ»: one of the organisation's bodies, its name ending in the organisation's */
        if (gm(c, q, e, G_BODY, -1, &h) && h.sub == BK_BODY) {
            gaz_hit oh;
            if (gm(c, h.end - 1, h.end, G_ORG, -1, &oh)) og = oh.val;
            q = h.end, n++;
            continue;
        }
        size_t w = q; /* «военно-промышленного»: the case is in the last part */
        while (w + 2 < e && is(c, w + 1, "-") && cyrillic(c, w + 2)) w += 2;
        const char *wn = c->tl->t[w].norm;
        /* «пресс-секретарь премьер-министра Назели Багдасарян»: the name begins (a capital, then a capital in
         * the nominative), though «Назели» ends as a genitive */
        if (c->tl->t[w].cap && w + 1 < e && cyrillic(c, w + 1) && c->tl->t[w + 1].cap &&
            ru_case(c->tl->t[w + 1].norm) == RU_NOM && n)
            break;
        /* «Комитета Государственной Думы»: a feminine adjective before the genitive noun it agrees with */
        int adj = ru_feminine_oblique(c, w) && w + 1 < e && cyrillic(c, w + 1) &&
                  ru_case(c->tl->t[w + 1].norm) == RU_GEN;
        if (ru_case(wn) != RU_GEN && !adj) break;
        q = w + 1, n++;
    }
    /* «по делам обороны»: what it is for (ru_purpose_word); also right after a title that names what it heads
     * («председатель Мажилиса по делам СНГ», «глава комитета Госдумы по делам СНГ») */
    if (q < e && is(c, q, "по"))
        for (q++; q < e && ru_purpose_word(c, q, e); q++) n++;
    if (!n) return j;
    /* «руководитель фракции "Единая Россия"»: a name in quotes right after what it heads is its */
    if (q < e && (is(c, q, "\"") || is(c, q, "«"))) {
        size_t r = q + 1;
        while (r < e && r < q + 8 && !is(c, r, "\"") && !is(c, r, "»")) r++;
        if (r < e && r > q + 1 && (is(c, r, "\"") || is(c, r, "»"))) q = r + 1;
    }
    int cty = -1;
    if (gm(c, q, e, G_COUNTRY, -1, &h)) cty = h.val, q = h.end;
    else if (gm(c, q, e, G_ORG, -1, &h)) /* «... комиссии по военно-экономическому сотрудничеству ОДКБ» */
        og = h.val, q = h.end;
    size_t r;
    if (lex(c, q, e, LX_RANK, &r)) q = r; /* «генерал-майор Иван Орлов» */
    /* the name: in the nominative, or in the title's own case («председателя ... Ивана Орлова») */
    int kase = ru_case(c->tl->t[j - 1].norm);
    /* «Председатель ... комитета Республики Беларусь С.П.Гурулев», «Председателя ... комиссии ОДКБ Д.О.Рогозина»:
     * initials and a surname */
    size_t qi = q + initials_at(c, q, e);
    if (qi > q && qi < e && cyrillic(c, qi) && c->tl->t[qi].cap &&
        (ru_case(c->tl->t[qi].norm) == RU_NOM || (kase != RU_NOM && ru_case(c->tl->t[qi].norm) == kase))) {
        if (cty >= 0) *country = cty;
        if (og >= 0) *org = og;
        return q;
    }
    /* (or a country, then the clause ends: «Мария Захарова, официальный представитель МИД России, сообщила»: a
     * title after the name, in apposition) */
    if (cty >= 0 && (q >= e || is(c, q, ",") || is(c, q, "."))) {
        *country = cty;
        return q;
    }
    if (!(q + 1 < e && cyrillic(c, q) && cyrillic(c, q + 1) && c->tl->t[q].cap && c->tl->t[q + 1].cap &&
          (ru_case(c->tl->t[q + 1].norm) == RU_NOM || /* the surname shows it: «Райымберди Дуйшенбиев» */
           (kase != RU_NOM && ru_case(c->tl->t[q + 1].norm) == kase) ||
           (kase == RU_NOM && feminine_subject(c, j, q + 2, e)))))
        return j;
    if (cty >= 0) *country = cty;
    if (og >= 0) *org = og;
    return q;
}

/* Whether token j is a Russian word with a country's adjective in lower case after it («глава белорусского
 * ...»); *a: the adjective. */
static int adjective_after(const ctx *c, size_t j, size_t e, gaz_hit *a)
{
    return j + 1 < e && cyrillic(c, j) && !c->tl->t[j + 1].cap && gm(c, j + 1, e, G_COUNTRY, -1, a);
}

/* A title at the start of the words w (a token list of their own: a title put together from words apart in the
 * text); *h the hit, *n the words' tokens.  1 when one starts there, else 0. */
static int title_in_words(const ctx *c, const sbuf *w, gaz_hit *h, size_t *n)
{
    toklist tl;
    int found = 0;
    if (w->buf && !w->oom && toklist_build(&tl, w->buf, w->len, NULL, NULL) == 0) {
        found = gaz_match(c->g, &tl, 0, tl.n, G_TITLE, -1, h);
        *n = tl.n;
        toklist_free(&tl);
    }
    return found;
}

/* «секретарь российского Совбеза», «глава белорусского МИД»: a Russian title with the country's adjective
 * after its first word.  The title is matched without the adjective (on a token list of its own, so rare a
 * case costs nothing elsewhere); *h spans the whole phrase and t->country is the adjective's, unless one
 * was given before.  0 when there is none. */
static int title_past_adjective(const ctx *c, size_t j, size_t e, gaz_hit *h, tphrase *t)
{
    gaz_hit a;
    const token *tk = c->tl->t;
    if (j + 2 >= e || !adjective_after(c, j, e, &a) || a.end != j + 2) return 0;
    size_t last = j + 2 + 6 < e ? j + 2 + 6 : e; /* the rest of the title: a few words */
    sbuf b = {0};
    sbuf_append(&b, c->a->text + tk[j].start, tk[j].end - tk[j].start);
    sbuf_putc(&b, ' ');
    sbuf_append(&b, c->a->text + tk[j + 2].start, tk[last - 1].end - tk[j + 2].start);
    gaz_hit th;
    size_t n;
    int found = title_in_words(c, &b, &th, &n) && th.end >= 2;
    if (found) {
        *h = th;
        h->start = j;
        h->end = j + 1 + th.end; /* (tokens after the first stand one further on in the text) */
        if (t->country < 0) t->country = a.val;
    }
    sbuf_free(&b);
    return found;
}

/* "the speaker of Russia's State Duma", "chairman of Armenia's National Assembly": after the title at
 * [t->title_at, j), "of", a country and "'s", the words the title goes on with, matched as "of the" and those words
 * ("Speaker of the State Duma", on a token list of its own, so rare a case costs nothing elsewhere); the title is
 * that longer one, the country's.  Where the title then ends, or j when it is not so. */
static size_t title_of_possessive(const ctx *c, size_t e, tphrase *t, size_t j)
{
    gaz_hit a, th;
    const token *tk = c->tl->t;
    if (!is(c, j, "of") || !gm(c, j + 1, e, G_COUNTRY, -1, &a)) return j;
    size_t from = a.end + is(c, a.end, "'s"); /* (countries.tsv may name the possessive itself) */
    if (from == a.end && !is(c, a.end - 1, "'s") && !(is(c, a.end - 1, "s") && is(c, a.end - 2, "'"))) return j;
    if (from >= e) return j;
    size_t last = from + 6 < e ? from + 6 : e, n;
    sbuf b = {0};
    sbuf_append(&b, c->a->text + tk[t->title_at].start, tk[j - 1].end - tk[t->title_at].start);
    sbuf_puts(&b, " of the ");
    sbuf_append(&b, c->a->text + tk[from].start, tk[last - 1].end - tk[from].start);
    size_t before = j - t->title_at + 2; /* the title's words, "of the" */
    int found = title_in_words(c, &b, &th, &n) && th.start == 0 && th.end > before && th.sub != NUM_PLURAL;
    sbuf_free(&b);
    if (!found) return j;
    t->title = th.val;
    t->country = a.val;
    return t->title_to = from + (th.end - before);
}

/* Whether token j is the end of a name joined by a hyphen, no space on either side («сообщил ИА
 * Новости-Казахстан пресс-секретарь ОДКБ X»: an agency's name, whose country is not the title's). */
static int name_part_after_hyphen(const ctx *c, size_t j)
{
    return j >= 2 && glued_hyphen(c, j - 1) && c->tl->t[j - 2].kind == TOK_WORD;
}

/* «Глава МИД председательствующего в ОДКБ в 2015 году Таджикистана X»: a participle in the genitive at j (-щего,
 * -щей, -вшего, -вшей) and the few words of its phrase, no comma, before the country whose office the title is:
 * where the country starts, or 0. */
static size_t ru_participle_before_country(const ctx *c, size_t j, size_t e)
{
    static const char *const part[] = {"щего", "щей", "вшего", "вшей", NULL};
    if (j >= e || !cyrillic(c, j) || c->tl->t[j].cap || !word_ends_any(c->tl->t[j].norm, part)) return 0;
    for (size_t k = j + 1; k < e && k < j + 8 && !is(c, k, ",") && !is(c, k, "."); k++)
        if (gm(c, k, e, G_COUNTRY, -1, &(gaz_hit){0})) return k;
    return 0;
}

/* A title phrase at i: [COUNTRY's | COUNTRY-adj | CITY | ORG] [prefixes] [ORG] TITLE [of COUNTRY|ORG]. */
int parse_title(const ctx *c, size_t i, size_t e, tphrase *t)
{
    memset(t, 0, sizeof *t);
    t->country = t->org = -1;
    t->start = i;
    size_t j = i;
    gaz_hit h;
    if (covered(c, j)) return 0;
    /* "Foreign Ministry spokeswoman X": a ministry (lexicon institution) right before the title is its */
    {
        size_t q;
        if (!cyrillic(c, j) && lex(c, j, e, LX_INSTITUTION, &q) && q < e && !covered(c, q) &&
            (gm(c, q, e, G_TITLE, -1, &h) || lex(c, q, e, LX_TITLE_PREFIX, NULL)))
            t->inst_at = j, t->inst_to = q, j = q;
    }
    /* a title phrase starts with a country, an organisation, a title or a title prefix */
    const unsigned first = 1u << G_COUNTRY | 1u << G_ORG | 1u << G_TITLE | 1u << G_CITY;
    unsigned starts = c->clsm && j < c->tl->n ? c->clsm[j] & first : (unsigned)gaz_may_start(c->g, c->tl, j, first);
    if (!starts && !gm(c, j, e, G_LEX, LX_TITLE_PREFIX, &h) &&
        !adjective_after(c, j, e, &h)) /* (title_past_adjective) */
        return 0;
    /* "Russian and Belarusian", "Kazakh, Kyrgyz and Tajik" before a title */
    {
        size_t k = j;
        int n = 0, cs[4], joined = 0; /* (joined: an "and" ends the list, not "Minsk, Belarus, Russian President X") */
        while (n < 4 && gm(c, k, e, G_COUNTRY, -1, &h)) {
            cs[n++] = h.val;
            k = h.end;
            if (is(c, k, ",")) k++;
            if (is(c, k, "and")) k++, joined = 1;
            else if (!is(c, k - 1, ",")) break;
        }
        if (n >= 2 && joined && k > j && !is(c, k - 1, "and") && !is(c, k - 1, ",")) {
            memcpy(t->countries, cs, sizeof cs);
            t->ncountries = n;
            j = h.end; /* the last adjective is handled below as the title's country */
        }
    }
    for (int pass = 0; pass < 2; pass++) {
        if (gm(c, j, e, G_COUNTRY, -1, &h) && !name_part_after_hyphen(c, j)) {
            size_t k = h.end, q;
            if (is(c, k, "'s")) k++;
            /* "Russian Foreign Ministry spokeswoman X": the institution is the title's, the country not */
            if (lex(c, k, e, LX_INSTITUTION, &q) && (gm(c, q, e, G_TITLE, -1, &(gaz_hit){0}) || lex(c, q, e, LX_TITLE_PREFIX, NULL)))
                t->inst_at = k, t->inst_to = q, k = q;
            if (gm(c, k, e, G_TITLE, -1, &(gaz_hit){0}) || lex(c, k, e, LX_TITLE_PREFIX, NULL)) {
                t->country = h.val;
                j = k;
            }
        } else if (pass == 0 && gm(c, j, e, G_CITY, -1, &h) && !cyrillic(c, j)) {
            /* "Kremlin spokesman X", "Moscow's envoy": the city's country (the Kremlin is Moscow's, cities.tsv) */
            size_t k = h.end;
            if (is(c, k, "'s")) k++;
            if (gm(c, k, e, G_TITLE, -1, &(gaz_hit){0}) || lex(c, k, e, LX_TITLE_PREFIX, NULL)) {
                t->country = gaz_city(c->g, h.val)->country;
                j = k;
            }
        } else if (!cyrillic(c, j) && gm(c, j, e, G_ORG, -1, &h)) {
            /* (not in Russian, where the organisation follows its title in the genitive: «Комитета по делам СНГ
             * полномочный представитель РФ при ОДКБ X» is Russia's representative to the CSTO) */
            size_t k = skip_abbrev(c, h.end, e); /* "the Collective Security Treaty Organization (CSTO) Secretary-General" */
            if (is(c, k, "'s")) k++;
            if (gm(c, k, e, G_TITLE, -1, &(gaz_hit){0}) || lex(c, k, e, LX_TITLE_PREFIX, NULL)) {
                t->org = h.val;
                j = k;
            }
        }
        if (pass == 0) {
            t->prefix_start = j;
            size_t pe = j;
            while (j < e && !gm(c, j, e, G_TITLE, -1, &h) && lex(c, j, e, LX_TITLE_PREFIX, &pe)) {
                j = pe;
                /* («экс-спикера», "ex-Speaker": the prefix glued by a hyphen) */
                if (j + 1 < e && is(c, j, "-") && c->tl->t[j].start == c->tl->t[j - 1].end &&
                    c->tl->t[j + 1].start == c->tl->t[j].end)
                    j++;
            }
            t->prefix_end = j;
        }
    }
    if (j >= e || covered(c, j)) return 0;
    {
        int plain = gm(c, j, e, G_TITLE, -1, &h), was = t->country;
        gaz_hit ha; /* («глава белорусского МИД»: longer than «глава») */
        if (title_past_adjective(c, j, e, &ha, t) && (!plain || ha.end > h.end)) h = ha, plain = 1;
        else t->country = was;
        if (!plain) return 0;
    }
    /* a military rank (titles.tsv, lexicon rank) is the title only where no title just before it names the
     * office («начальник Генштаба генерал-полковник X», "Chief of the General Staff Colonel General X": the
     * chief's, the rank skipped); "Colonel General X" alone is the general */
    size_t rq;
    if (lex(c, j, e, LX_RANK, &rq) && rq >= h.end) {
        for (size_t k = j > 8 ? j - 8 : 0; k < j; k++) {
            gaz_hit th;
            if (!lex(c, k, j, LX_RANK, NULL) && gm(c, k, j, G_TITLE, -1, &th) && th.end <= j) return 0;
        }
        /* ... nor where one follows the name: "Colonel General Yuri Khachaturov, chief of the General Staff of
         * the Armenian Armed Forces" */
        for (size_t k = h.end; k < e && k < h.end + 5; k++) {
            gaz_hit th;
            if (is(c, k, ",") && gm(c, k + 1, e, G_TITLE, -1, &th) && !lex(c, k + 1, e, LX_RANK, NULL)) return 0;
        }
    }
    for (size_t k = j >= 2 ? j - 2 : 0, q; k < j; k++) /* «во главе с»: headed by, no head */
        if (lex(c, k, e, LX_HEADED_BY, &q) && q > j) return 0;
    /* a lower-case singular title only counts right before a name or after a comma */
    t->title = h.val;
    t->title_at = j;
    t->title_to = h.end;
    t->plural = h.sub == NUM_PLURAL;
    j = h.end;
    if (t->country < 0 && t->org < 0) j = title_of_possessive(c, e, t, j);
    /* "Aide to the Russian President Sergei Prikhodko": a title that serves another (titles.tsv "Aide to the
     * President"), capitalised, then "to the", a country's adjective and the title it serves: one title, that
     * country's, and the name after it the aide's ("an aide to Russian President X" is the President's, below) */
    {
        gaz_hit a, th;
        const char *to = strstr(gaz_title(c->g, t->title)->name, " to the ");
        if (to && !t->plural && c->tl->t[t->title_at].cap && is(c, j, "to") && is(c, j + 1, "the") &&
            gm(c, j + 2, e, G_COUNTRY, -1, &a) && gm(c, a.end, e, G_TITLE, -1, &th) &&
            !strcmp(to + strlen(" to the "), gaz_title(c->g, th.val)->name)) {
            if (t->country < 0) t->country = a.val;
            j = t->title_to = th.end;
        }
    }
    /* «председатель Мажилиса (нижней палаты) Казахстана X», "Speaker of the Mazhilis (lower house) of Kazakhstan X": an
     * explanation in parentheses, a few lower-case words */
    if (is(c, j, "(")) {
        size_t q = j + 1;
        while (q < e && q < j + 6 && lower_word(c, q)) q++;
        if (q > j + 1 && is(c, q, ")")) j = q + 1;
    }
    size_t alone_to = 0; /* (the end of the title's complement when it is a country alone: "head of Kyrgyzstan") */
    if (t->country < 0 && t->org < 0) {
        size_t k = of_country_org(c, j, e, &t->country, &t->org);
        if (k) {
            size_t q = j + 1 + is(c, j + 1, "the");
            if (t->country >= 0 && gm(c, q, e, G_COUNTRY, -1, &h) && h.end == k) alone_to = k;
            j = k;
        }
        else if (cyrillic(c, j) && (gm(c, j, e, G_COUNTRY, -1, &h) || gm(c, j, e, G_ORG, -1, &h))) {
            /* «министр иностранных дел России», «генеральный секретарь ОДКБ»: the genitive, no "of" */
            if (h.cls == G_COUNTRY) t->country = h.val, alone_to = h.end;
            else t->org = h.val;
            j = h.cls == G_ORG ? skip_abbrev(c, h.end, e) : h.end; /* («... о коллективной безопасности (ОДКБ) Имангали») */
            /* «пресс-секретарь армянского премьера Назели Багдасарян»: whose spokeswoman, in the genitive */
            gaz_hit th;
            if (h.cls == G_COUNTRY && gm(c, j, e, G_TITLE, -1, &th) && ru_case(c->tl->t[th.end - 1].norm) == RU_GEN &&
                th.end < e && cyrillic(c, th.end) && c->tl->t[th.end].cap)
                j = th.end;
        } else if (!cyrillic(c, j) && gm(c, j, e, G_COUNTRY, -1, &h) && h.end < e && c->tl->t[h.end].kind == TOK_WORD &&
                   c->tl->t[h.end].cap && !gm(c, h.end, e, G_COUNTRY, -1, &(gaz_hit){0})) {
            /* "the Minister of Foreign Affairs Tajikistan Sirojiddin Mukhriddin": the country with no "of", a
             * name after it */
            t->country = h.val;
            j = h.end;
        } else if (cyrillic(c, j) && lex(c, j, e, LX_HOME_COUNTRY, &k)) {
            /* «премьер-министр страны Никол Пашинян»: the country last named, if lately */
            size_t q = mentions_from(&c->ms, MK_COUNTRY, t->start);
            if (q > 0 && c->ms.v[MK_COUNTRY][q - 1].start + 80 >= t->start) t->country = c->ms.v[MK_COUNTRY][q - 1].value;
            j = k;
        } else if (cyrillic(c, j) && (k = ru_genitive_complement(c, j, e, &t->country, &t->org)) > j) {
            j = k; /* «председатель Госкомвоенпрома Беларуси Сергей Гурулев»: what he chairs stays out of the name */
        } else if ((k = ru_participle_before_country(c, j, e)) && gm(c, k, e, G_COUNTRY, -1, &h) && h.end < e &&
                   c->tl->t[h.end].cap) {
            t->country = h.val; /* «Глава МИД председательствующего в ОДКБ в 2015 году Таджикистана X» */
            j = h.end;
        }
    }
    /* "the Belarusian ambassador to Russia X": the country an envoy is sent to, part of the title, not his */
    /* («посла Беларуси в России Игоря Петришенко») */
    /* ("The Ambassador of Moldova to Russia, Andrey Negutse, will ...": the name apposed after a comma) */
    /* (not a country's adjective before another title: "an aide to Russian President X" serves the President) */
    if (j < e && (is(c, j, "to") || (is(c, j, "в") && t->country >= 0)) && gm(c, j + 1, e, G_COUNTRY, -1, &h) &&
        h.end < e && (c->tl->t[h.end].cap || (is(c, h.end, ",") && h.end + 1 < e && c->tl->t[h.end + 1].cap)) &&
        !gm(c, h.end, e, G_TITLE, -1, &(gaz_hit){0}))
        j = h.end;
    /* "the head of Kyrgyzstan X", «глава Кыргызстана X»: a title that with a country alone after it names the
     * country's head (titles.tsv "state") is the head of state's title (titles.tsv "head"), written as that one */
    if (alone_to && alone_to == j && gaz_title(c->g, t->title)->state && !t->plural && t->prefix_end == t->prefix_start &&
        t->inst_to == t->inst_at) {
        int head = gaz_head_title(c->g); /* (looked up only here: parse_title runs at most tokens) */
        if (head >= 0) t->title = head, t->canonical = 1;
    }
    t->end = j;
    return 1;
}

/* Whether token i can be a word of a person's name: capitalised, not all capitals, not a title, rank, place
 * or word the gazetteer says is no name. */
static int name_word(const ctx *c, size_t i, size_t e)
{
    if (i >= e) return 0;
    const token *t = &c->tl->t[i];
    if (t->kind != TOK_WORD || !t->cap || t->upper || covered(c, i)) return 0;
    if (t->end - t->start < 2) return 0;
    if (gaz_tok_notname(c->g, c->tl, i)) return 0;
    if (lex(c, i, e, LX_RANK, NULL)) return 0; /* "commanded by Col Gen Andrei Serdyukov" */
    if (lex(c, i, e, LX_HEADLINE_VERB, NULL)) return 0; /* "Security Chiefs Meet in Bishkek" */
    gaz_hit h;
    if (cyrillic(c, i) && (gm(c, i, e, G_COUNTRY, -1, &h) || gm(c, i, e, G_CITY, -1, &h)))
        return 0; /* «Беларуси Александр Лукашенко», «в Минске»: a place in one of its case forms */
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
/* Whether the word w[0, n) is one letter, Latin or Cyrillic. */
static int one_letter(const unsigned char *w, size_t n)
{
    return n == 1 || (n == 2 && (w[0] == 0xD0 || w[0] == 0xD1));
}

/* The tokens an initial or two take at i, the full stop included ("N.",
 * "N.N." — the tokeniser keeps "н.н" as one word; "Ch.", lexicon initial), or 0. */
static size_t initials_at(const ctx *c, size_t i, size_t e)
{
    if (i + 1 >= e || c->tl->t[i].kind != TOK_WORD || !c->tl->t[i].cap || !is(c, i + 1, ".")) return 0;
    if (!c->tl->t[i].upper && gaz_tok_initial(c->g, c->tl, i)) return 2;
    const token *t = &c->tl->t[i];
    const unsigned char *w = (const unsigned char *)c->a->text + t->start;
    size_t n = t->end - t->start, a = 0;
    while (a < n) { /* letters separated by dots */
        size_t b = a;
        while (b < n && w[b] != '.') b++;
        if (!one_letter(w + a, b - a)) return 0;
        a = b + 1;
    }
    return 2;
}

static size_t name_run(const ctx *c, size_t i, size_t e)
{
    size_t j = i;
    int words = 0;
    /* ("President of Kyrgyzstan [Sadyr] Japarov": an editor's bracket opened before the name, closed inside it) */
    if (is(c, j, "[") && j + 1 < e && c->tl->t[j].end == c->tl->t[j + 1].start && name_word(c, j + 1, e)) j++;
    /* "N.N. Bordyuzha", «М.И.Кротов»: up to two initials, then the surname */
    for (int n = 0; n < 2; n++) {
        size_t k = initials_at(c, j, e);
        if (!k) break;
        j += k;
    }
    if (j > i && !name_word(c, j, e)) return i;
    while (j < e && words < 4 && name_word(c, j, e)) {
        /* «Воздушно-десантными войсками»: a capital glued by a hyphen to a word in lower case is the
         * first part of a compound word, no name */
        /* (a hyphen, not a dash glued to the words: "Nikol Pashinyan—whose country") */
        if (j + 2 < e && glued_hyphen(c, j + 1) && one_byte_hyphen(c, j + 1) &&
            lower_word(c, j + 2)) {
            /* (but "Ban Ki-moon", "Moon Jae-in": after a name word, a Latin syllable or two of a given name) */
            if (words >= 1 && !cyrillic(c, j) && strlen(c->tl->t[j].norm) <= 3 && strlen(c->tl->t[j + 2].norm) <= 4) {
                words++;
                j += 3;
                continue;
            }
            break;
        }
        words++;
        j++;
        /* a hyphen glued to the word before ("Kassym-Jomart"), or an editor's bracket closed inside the name ("[Duma
         * Speaker Vyacheslav] Volodin") */
        if ((is(c, j, "-") || is(c, j, "]")) && c->tl->t[j].start == c->tl->t[j - 1].end && name_word(c, j + 1, e)) j++;
        /* "Sergei V. Lavrov": a middle initial between two name words */
        else if (initials_at(c, j, e) == 2 && name_word(c, j + 2, e)) j += 2;
        /* "Jaap de Hoop Scheffer", "Ursula von der Leyen": one or two particles (lexicon name_particle) between
         * name words */
        else if (lex(c, j, j + 1, LX_NAME_PARTICLE, NULL) && !c->tl->t[j].cap) {
            size_t k = j + 1;
            if (lex(c, k, k + 1, LX_NAME_PARTICLE, NULL) && !c->tl->t[k].cap) k++;
            if (name_word(c, k, e)) j = k;
        }
    }
    if (words >= 2 && j < e && lex(c, j, j + 1, LX_NAME_SUFFIX, NULL)) j++; /* "Nurlanbek Turgunbek uulu" */
    return j;
}

/* Where the name in the run [j, ne) starts: a run of four words or more ("... Contacts with Fellow Countryman
 * Konstantin Zatulin") ends capitalised words of what comes before it, so its name is its last two words (three
 * in Russian, with a patronymic); a shorter run is the name whole. */
static size_t name_tail(const ctx *c, size_t j, size_t ne, size_t e)
{
    if (ne < j + 4) return j;
    size_t keep = cyrillic(c, j) ? 3 : 2, n = 0, k = ne, start[8];
    while (k > j && n < 8) { /* each word's start, from the last; "Kassym-Jomart" is one */
        k--;
        if (!name_word(c, k, e)) continue; /* (a hyphen, an initial's dot) */
        while (k >= j + 2 && is(c, k - 1, "-") && c->tl->t[k - 1].start == c->tl->t[k - 2].end && name_word(c, k - 2, e))
            k -= 2;
        start[n++] = k;
    }
    return n >= 4 ? start[keep - 1] : j; /* (a run of more than eight words: its last eight read) */
}

void name_key(const ctx *c, size_t s, size_t e, char *key, size_t keylen, char *initial)
{
    size_t last = e - 1;
    if (last > s && lex(c, last, e, LX_NAME_SUFFIX, NULL)) last--; /* keyed by "Turgunbek", not "uulu" */
    gaz_name_key(c->g, c->tl->t[last].norm, key, keylen);
    *initial = 0;
    if (e - s >= 2 && !(e - s == 3 && is(c, s + 1, "-"))) {
        const char *first = c->tl->t[s].norm;
        *initial = first[0];
        if (cyrillic(c, s)) { /* the initial as English writes it: Сергей -> s, like Sergey */
            char *lat = russian_to_ascii(first);
            *initial = lat && lat[0] ? (char)(lat[0] | 32) : first[0];
            free(lat);
        }
    }
}

/* Whether the name at [ns, ne) is the one speaking: 1 for "X said", 2 when
 * speaking to the press ("X told reporters", "according to X"), else 0. */
static int speaker(const ctx *c, size_t s, size_t ns, size_t ne, size_t e)
{
    size_t k;
    /* "X, press secretary of the Russian president, had informed", "X, a spokesman for the CSTO Secretariat,
     * says": the rest of the apposition, then its comma */
    size_t from = ne;
    int complement = is(c, ne, "for") || is(c, ne, "of"); /* (the capitals of its organisation, too) */
    while (from < e && from < ne + (complement ? 6 : 4) && c->tl->t[from].kind == TOK_WORD &&
           (complement || !c->tl->t[from].cap) &&
           !lex(c, from, e, LX_SPEECH, NULL)) /* «X заявил, что»: the verb is no apposition */
        from++;
    /* ("X, a spokesman for the Ministry of Defense of Tajikistan (MoD), told ...": past an abbreviation in brackets) */
    if (is(c, from, "(") && from + 2 < e && is(c, from + 2, ")")) from += 3;
    if (!is(c, from, ",")) from = ne;
    size_t to = from + 2 + is(c, from, ",");
    for (size_t j = from; j < to && j < e; j++)
        if (lex(c, j, e, LX_SPEECH, &k)) {
            /* "X said at the meeting": there (but "X said at a briefing", "at a press conference": to the press) */
            if (is(c, k, "at") || is(c, k, "during")) return at_press_event(c, k, e) ? 2 : 0;
            /* «... под председательством Никола Пашиняна, сообщили в аппарате правительства»: a plural
             * verb after the comma has others for its subject */
            if (is(c, from, ",") && cyrillic(c, j) && word_ends(c->tl->t[j].norm, "ли")) break;
            /* («... под председательством министра X, сообщил РИА Новости пресс-секретарь Y»: the subject after
             * the verb is who speaks) */
            if (is(c, from, ",") && cyrillic(c, j) && k < e && c->tl->t[k].kind == TOK_WORD && !is(c, k, "что")) break;
            if (is(c, j, "told") && (determiner(c, k) || is(c, k, "a") || is(c, k, "an"))) {
                size_t n = k + 1, q; /* "X told the meeting", "the video meeting", "a virtual summit of the CSTO": there */
                for (int guard = 0; guard < 3 && lex(c, n, e, LX_MEETING_MOD, &q); guard++) n = q;
                if (lex(c, n, e, LX_MEETING_NOUN, NULL) || lex(c, n, e, LX_ANAPHOR, NULL) || gm(c, n, e, G_BODY, -1, &(gaz_hit){0}))
                    return 1;
            }
            return is(c, j, "told") ? 2 : 1;                     /* "X told TASS": to the press */
        }
    /* "..., said Foreign Minister X" after a quote or a comma; «сообщил министр X»
     * with the title in the nominative («сообщил президенту» is told to him) */
    for (size_t k = ns > s + 5 ? ns - 5 : s; k < ns; k++) {
        size_t q, a;
        if (!lex(c, k, ns, LX_SPEECH, &q)) continue;
        /* («сообщил РИА Новости пресс-секретарь ОДКБ X»: the outlet told, in capitals, between the verb and him) */
        size_t r = q;
        /* («сообщил во вторник пресс-секретарь ОДКБ X»: past a day named between) */
        size_t r1 = r + (is(c, r, "в") || is(c, r, "во"));
        const mention *dm = mention_at(&c->ms, MK_DATE, r1);
        gaz_hit wd;
        if (dm && dm->start <= r1 && dm->end <= ns) r = dm->end;
        else if (r1 > r && gm(c, r1, ns, G_DATE, DK_WEEKDAY, &wd)) r = wd.end; /* (a weekday no date resolves) */
        while (cyrillic(c, ns) && r < ns && r < q + 5 &&
               ((c->tl->t[r].kind == TOK_WORD && c->tl->t[r].cap) || /* («ИА Новости-Казахстан»: a hyphen inside) */
                (r > q && is(c, r, "-") && r + 1 <= ns && c->tl->t[r].start == c->tl->t[r - 1].end &&
                 c->tl->t[r + 1].start == c->tl->t[r].end && c->tl->t[r + 1].cap)))
            r++;
        if (r != ns && !(lex(c, q, ns, LX_SPEECH_ADVERB, &a) && a == ns)) continue; /* «пояснил ранее X» */
        if (cyrillic(c, ns)) {
            static const char *const dative[] = {"у", "ю", "е", NULL};
            size_t hw = ns; /* (the case of a compound's last part: «вице-премьер», not «вице») */
            while (hw + 2 < e && glued_hyphen(c, hw + 1)) hw += 2;
            if (word_ends_any(c->tl->t[hw].norm, dative)) continue;
            return r > q ? 2 : 1;
        }
        if (k > s && c->tl->t[k - 1].kind == TOK_PUNCT) return 1;
    }
    for (size_t k = ns > s + 7 ? ns - 7 : s; k < ns; k++) { /* "according to X", "BelTA learned from (TITLE) X" */
        size_t q;
        if (lex(c, k, ns, LX_PRESS_SOURCE, &q) && q + 4 >= ns) return 2;
    }
    return 0;
}

/* "COUNTRY - NAME" at i (a list item after "the heads of"): returns the
 * name's end and sets *country and *name_start, or 0. */
static size_t country_dash_name(const ctx *c, size_t i, size_t e, int *country, size_t *name_start, int nodash)
{
    gaz_hit h;
    if (nodash && is(c, i, "the")) i++; /* "the foreign ministers of the Republic of Armenia A B, the Republic of Belarus C D" */
    if (!gm(c, i, e, G_COUNTRY, -1, &h)) return 0;
    /* "Belarus - A B", "Belarus (A B)"; in Russian the country in the genitive and the name, no dash
     * («Белоруссии Александр Лукашенко»); with nodash, a list that began so in English ("Belarus A B") */
    size_t hb; /* "Armenia headed by A B": lexicon headed_by as the dash */
    int dash = is(c, h.end, "-") || is(c, h.end, "(") ? 1 : lex(c, h.end, e, LX_HEADED_BY, &hb) ? (int)(hb - h.end) : 0;
    if (!dash && !cyrillic(c, i) && !nodash) return 0;
    /* («Белоруссии генерал-лейтенант Андрей Равков»: a rank before the name) */
    size_t n0 = skip_ranks(c, h.end + (size_t)dash, e), n1 = name_run(c, n0, e);
    if (n1 < n0 + 2) return 0;
    if (is(c, h.end, "(") && !is(c, n1, ")")) return 0;
    if (country) *country = h.val;
    if (name_start) *name_start = n0;
    return n1;
}

/* Whether any word of [s, e) is a place or organisation name. */
static int place_words(const ctx *c, size_t s, size_t e)
{
    gaz_hit h;
    for (size_t k = s; k < e; k++)
        if (gm(c, k, e, G_CITY, -1, &h) || gm(c, k, e, G_COUNTRY, -1, &h) ||
            gm(c, k, e, G_ORG, -1, &h))
            return 1;
    return 0;
}


/* The country a sentence says its people represent: "COUNTRY was represented
 * by", "on behalf of COUNTRY" (lexicon represented_by / on_behalf); -1. */
static int scope_country(const ctx *c, size_t s, size_t e)
{
    gaz_hit h;
    size_t k;
    for (size_t i = s; i < e; i++) {
        /* (not a place, «в Беларусь будет направлена делегация во главе с X»: where the delegation goes) */
        if (gm(c, i, e, G_COUNTRY, -1, &h) && !(i > s && (lex(c, i - 1, i, LX_PLACE_PREP, NULL) || is(c, i - 1, "to")))) {
            /* (up to three words between: «Республику Таджикистан на заседании представили министры») */
            if (represented_after(c, h.end, e)) return h.val;
            /* «Белорусская сторона на заседании была представлена министром ...», "the Russian delegation at the
             * talks was represented by": the country's side (lexicon side), a few words, then the verb */
            /* ... «в состав российской делегации вошли A, B», "the Russian delegation includes A and B": the
             * verb that lists its members (lexicon composed_of) */
            if (lex(c, h.end, e, LX_SIDE, &k))
                for (size_t r = k; r < e && r < k + 5 && !is(c, r, ","); r++)
                    if (lex(c, r, e, LX_REPRESENTED_BY, NULL) || lex(c, r, e, LX_COMPOSED_OF, NULL)) return h.val;
        }
        /* («Минск представлял замглавы МИД X», "Minsk was represented by": a capital for its country) */
        if (gm(c, i, e, G_CITY, -1, &h) && !(i > s && (lex(c, i - 1, i, LX_PLACE_PREP, NULL) || is(c, i - 1, "to")))) {
            int cty = gaz_city(c->g, h.val)->country;
            if (cty >= 0 && gaz_capital(c->g, cty) == h.val && represented_after(c, h.end, e)) return cty;
        }
        if (lex(c, i, e, LX_ON_BEHALF, &k)) {
            if (is(c, k, "the")) k++;
            if (gm(c, k, e, G_COUNTRY, -1, &h)) return h.val;
        }
        /* "A, B, C and other high-ranking Tajik officials are accompanying him": the people listed are of the
         * country of the others (lexicon other_of_them, a few lower-case words, the country, a plural noun) */
        if (i > s && lex(c, i, e, LX_AND, &k) && lex(c, k, e, LX_OTHER_OF_THEM, &k)) {
            for (size_t q = k; q < e && q < k + 4 && (lower_word(c, q) || is(c, q, "-")); q++) k = q + 1;
            if (gm(c, k, e, G_COUNTRY, -1, &h) && lower_word(c, h.end) &&
                (cyrillic(c, h.end) || word_ends(T(c, h.end), "s")))
                return h.val;
        }
    }
    return -1;
}

/* The country whose side or delegation the sentence [s, e) names last before
 * token j, introducing its people: «с белорусской стороны — глава МИД X»,
 * "from the Belarusian side, X" (lexicon side), "The Armenian delegation ...
 * was headed by X, and the Kazakh delegation by Y" (a side, then lexicon
 * headed_by or "by" before j), "the delegation of Belarus headed by X",
 * «с делегацией Беларуси во главе с X» (the side before the country); -1. */
static int side_country(const ctx *c, size_t s, size_t j)
{
    gaz_hit h;
    size_t k;
    int found = -1;
    for (size_t i = s + 1; i < j; i++) {
        int from;
        if (gm(c, i, j, G_COUNTRY, -1, &h) && lex(c, h.end, j, LX_SIDE, &k)) {
            from = is(c, i - 1, "с") || is(c, i - 1, "со") || (is(c, i - 1, "the") && i >= s + 2 && is(c, i - 2, "from"));
        } else if (lex(c, i, j, LX_SIDE, &k)) { /* "the delegation of Belarus headed by", «делегацией Беларуси во главе с» */
            size_t q = k + is(c, k, "of");
            q += is(c, q, "the");
            if (!gm(c, q, j, G_COUNTRY, -1, &h)) continue;
            from = 0, k = h.end;
        } else {
            continue;
        }
        for (size_t q = k; q < j && !from; q++)
            from = lex(c, q, j, LX_HEADED_BY, NULL) || is(c, q, "by");
        if (from) found = h.val;
        i = k - 1;
    }
    return found;
}

/* A country named inside the title's own words ("Chief of the Russian General Staff"); -1. */
static int title_country(const ctx *c, const tphrase *t)
{
    gaz_hit h;
    size_t to = t->compl_to > t->compl_at ? t->compl_to : t->title_to;
    for (size_t k = t->title_at; k < to; k++)
        if (gm(c, k, to, G_COUNTRY, -1, &h)) return h.val;
    return -1;
}

/* ---- the stage: a rule table tried at each token ------------------------ */

/* The people stage's state in one sentence [s, e). */
typedef struct pstate {
    ctx *c;
    size_t s, e;
    int title_tried, title_ok;
    tphrase title;       /* parse_title at the current token, once tried */
    size_t ne;           /* name_run at the current token; SIZE_MAX until run */
    size_t prev_end;     /* title-name: where the last one ended, its country and organisation */
    int prev_country, prev_org, have_prev;
    int scope_country;   /* "Russia was represented by ...", "on behalf of Russia": the sentence's people's country */
} pstate;

/* The title phrase at token i (the current token), or NULL. */
static const tphrase *title_here(pstate *p, size_t i)
{
    if (!p->title_tried) {
        p->title_tried = 1;
        p->title_ok = parse_title(p->c, i, p->e, &p->title);
    }
    return p->title_ok ? &p->title : NULL;
}

/* The end of the run of name words at token i (the current token): i when none. */
static size_t name_here(pstate *p, size_t i)
{
    if (p->ne == SIZE_MAX) p->ne = name_run(p->c, i, p->e);
    return p->ne;
}

/* Adds the MK_PERSON mention of official o (when o >= 0), named at tokens
 * [ns, ne) by `rule`; with `speaking`, [ss, se) is checked for a speaker
 * ("X said": MF_SPEAKER; "X told reporters": MF_SPEAKER | MF_PRESS);
 * `speaking` 2: the title speaks for others (a press secretary), so any
 * speaking is to the press. */
static void person(pstate *p, int o, const char *rule, size_t ns, size_t ne, int speaking, size_t ss, size_t se)
{
    if (o < 0) return;
    unsigned flags = 0;
    if (speaking) {
        int k = speaker(p->c, p->s, ss, se, p->e);
        if (k) flags |= MF_SPEAKER;
        if (k == 2 || (k && speaking == 2)) flags |= MF_PRESS; /* or a spokesperson speaking (titles.tsv press) */
    }
    mention m = {MK_PERSON, o, 0, flags, ns, ne, rule};
    if (mentions_add(&p->c->ms, &m) < 0) p->c->oom = 1;
}

/* A rule of the stage: tried at token i; returns the token after what it
 * took (> i), or 0 when it does not apply.  `rule` is its name in the table,
 * what `csto parse --explain` prints for the officials it finds. */
typedef size_t (*person_rule)(pstate *p, size_t i, const char *rule);

/* The "+" of a title that names two offices in turn (titles.tsv: "Minister of Foreign Affairs+Minister of Defence",
 * "Foreign and Defence Ministers"), or NULL. */
static const char *offices_in_turn(const ctx *c, const tphrase *t)
{
    return t->title >= 0 ? strchr(gaz_title(c->g, t->title)->name, '+') : NULL;
}

/* The next item of "..., of Belarus, A B" (or "..., Belarus, A B") at *k:
 * its country and name, *k moved past the name; 0 when none. */
static size_t of_country_comma_name(const ctx *c, size_t *k, size_t e, int *cty)
{
    gaz_hit h;
    size_t q = *k;
    if (is(c, q, ",")) q++;
    if (lex(c, q, e, LX_AND, NULL)) q++;
    if (is(c, q, "of")) q++;
    if (!gm(c, q, e, G_COUNTRY, -1, &h) || !is(c, h.end, ",")) return 0;
    size_t ne = name_run(c, h.end + 1, e);
    if (ne < h.end + 3) return 0;
    *cty = h.val;
    *k = h.end + 1;
    return ne;
}

/* "the presidents of Russia, Vladimir Putin, of Belarus, Alexander
 * Lukashenka, and of Tajikistan, Emomali Rahmon", "the presidents of
 * Kazakhstan, A B, Kyrgyzstan, C D, and Tajikistan, E F" (parse_title took
 * "of Russia"): each country, then its name between commas.  Sets *end. */
static int comma_country_list(pstate *p, const tphrase *t, const char *rule, size_t *end)
{
    ctx *c = p->c;
    size_t e = p->e, j = t->end;
    if (!t->plural || t->country < 0 || cyrillic(c, j + 1) || !is(c, j, ",")) return 0;
    size_t ne = name_run(c, j + 1, e), k = ne;
    int cty;
    if (ne < j + 3 || !of_country_comma_name(c, &k, e, &cty)) return 0;
    person(p, official_add(c, j + 1, ne, t, t->country, -1, rule), rule, j + 1, ne, 0, 0, 0);
    k = ne;
    size_t n0;
    while ((n0 = k, ne = of_country_comma_name(c, &n0, e, &cty))) {
        person(p, official_add(c, n0, ne, t, cty, -1, rule), rule, n0, ne, 0, 0, 0);
        k = ne;
    }
    *end = k;
    return 1;
}

/* Whether title t is a plural: a plural form of titles.tsv, or a Russian word ending as one
 * («президенты», «главы», «с участием президентов»: Snowball gives it the singular's stem). */
static int plural_title(const ctx *c, const tphrase *t)
{
    if (t->plural) return 1;
    static const char *const ends[] = {"ы", "и", "ов", "ей", NULL};
    return cyrillic(c, t->title_at) && word_ends_any(c->tl->t[t->title_at].norm, ends);
}

/* The "(" that opens a list after a plural title and up to seven words more that qualify it ("the heads of
 * state of the Central Asian member states (Kazakhstan - A, ...)": words and hyphens only, no comma or
 * clause between); 0 when there is none. */
static size_t paren_after_title(const ctx *c, size_t j, size_t e)
{
    for (size_t k = j, words = 0; k < e && words <= 6; k++) {
        if (is(c, k, "(")) return k;
        if (is(c, k, "-")) continue;
        if (c->tl->t[k].kind != TOK_WORD) return 0;
        words++;
    }
    return 0;
}

/* After a plural title at j, a few words more and "including" (lexicon including: "the heads of all member states
 * of this organization, including Armenia - A, Belarus - B"): the token before the list; 0 when there is none. */
static size_t including_after_title(const ctx *c, size_t j, size_t e)
{
    size_t q;
    for (size_t k = j, words = 0; k < e && words <= 8; k++) {
        if (is(c, k, ",") && lex(c, k + 1, e, LX_INCLUDING, &q) && q > k + 1) return q - 1;
        if (lex(c, k, e, LX_INCLUDING, &q) && q > k && !is(c, k, ":")) return q - 1;
        if (c->tl->t[k].kind != TOK_WORD) return 0;
        words++;
    }
    return 0;
}

/* "the heads of Belarus - A, Kazakhstan - B and Russia - C" (parse_title took "of Belarus") */
static size_t plural_country_dash_name(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e;
    const tphrase *t = title_here(p, i);
    /* (a Russian title that reads as a singular, «глав государств» keyed as «глава государства», is a plural
     * when two or more names follow it: below) */
    if (!t || (!plural_title(c, t) && !(t->country < 0 && cyrillic(c, t->title_at)))) return 0;
    if (offices_in_turn(c, t)) return 0; /* two offices in turn: plural_title_list's */
    size_t j = t->end, k, ne;
    int cty = t->country, nodash = 0;
    tphrase tt = *t;
    if (t->country < 0) {
        /* «приняли участие президенты: России - A, Беларуси - B и Армении - C», "the presidents: Russia - A,
         * Belarus - B": the countries after a colon, one before each name, two or more */
        /* «встреча глав государств-членов ОДКБ Центрально-Азиатского региона (Казахстана – A, России – B)»: a
         * few words more, then the list in parentheses */
        size_t open = paren_after_title(c, j, e), inc = open ? 0 : including_after_title(c, j, e);
        if (open) j = open;
        else if (inc) j = inc;
        else if (is(c, j, "of") && is(c, j + 1, ":")) j++; /* "heads of the Security Councils of: Armenia headed by A, ..." */
        if (t->org >= 0 || !(is(c, j, ":") || open || inc) || !(ne = country_dash_name(c, j + 1, e, &cty, &k, 0)) ||
            !(is(c, ne, ",") || lex(c, ne, e, LX_AND, NULL)))
            return 0;
        tt.plural = 1;
    } else {
        if (comma_country_list(p, t, rule, &j)) return j;
        int dash = is(c, j, "-") || is(c, j, "("); /* «президенты России Владимир Путин, Белоруссии ...»: no dash in Russian */
        /* "the Foreign Ministers of Armenia A B, Belarus C D and Russia E F": no dash, a country before each name */
        nodash = !dash && !cyrillic(c, j) && t->plural && name_run(c, j, e) >= j + 2 &&
                 (is(c, name_run(c, j, e), ",") || lex(c, name_run(c, j, e), e, LX_AND, NULL)) &&
                 country_dash_name(c, name_run(c, j, e) + 1, e, NULL, NULL, 1);
        k = skip_ranks(c, j + dash, e), ne = name_run(c, k, e); /* («России - генерал армии Сергей Шойгу») */
        if ((!dash && !cyrillic(c, j) && !nodash) || ne < k + 2) return 0;
        if (is(c, j, "(") && !is(c, ne, ")")) return 0; /* "the presidents of Belarus (A B), ..." */
        if (!t->plural) { /* a list of two or more is a plural; one name after «главы» is a genitive */
            size_t k2 = ne, dummy;
            int c2;
            if (is(c, k2, ",")) k2++;
            if (lex(c, k2, e, LX_AND, NULL)) k2++;
            if (country_dash_name(c, k2, e, &c2, &dummy, 0)) tt.plural = 1;
        }
    }
    t = &tt;
    do {
        person(p, official_add(c, k, ne, t, cty, -1, rule), rule, k, ne, 0, 0, 0);
        k = ne;
        if (is(c, k, ")")) k++;
        if (is(c, k, ",")) k++;
        if (lex(c, k, e, LX_AND, NULL)) k++;
    } while ((ne = country_dash_name(c, k, e, &cty, &k, nodash)));
    return k > t->end ? k : t->end;
}

/* «президенты России, Белоруссии и Армении — соответственно A, B и C», "the presidents of Russia, Belarus and
 * Armenia, respectively A, B and C": the names in the order of the countries, as many of each */
static size_t respectively_list(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e;
    const tphrase *t = title_here(p, i);
    if (!t || t->country < 0 || !plural_title(c, t)) return 0;
    int cs[16], nc = 0;
    cs[nc++] = t->country;
    size_t k = t->end;
    gaz_hit h;
    for (;;) {
        size_t q = k;
        if (is(c, q, ",")) q++;
        if (lex(c, q, e, LX_AND, NULL)) q++;
        if (q == k || nc >= 16 || !gm(c, q, e, G_COUNTRY, -1, &h)) break;
        cs[nc++] = h.val;
        k = h.end;
    }
    if (nc < 2) return 0;
    if (is(c, k, "-") || is(c, k, ",")) k++;
    if (!is(c, k, "соответственно") && !is(c, k, "respectively")) return 0;
    k++;
    size_t n0[16], n1[16];
    int nn = 0;
    while (nn < nc) {
        size_t ne = name_run(c, k, e);
        if (ne < k + 2) break;
        n0[nn] = k, n1[nn] = ne, nn++;
        k = ne;
        if (is(c, k, ",")) k++;
        if (lex(c, k, e, LX_AND, NULL)) k++;
    }
    if (nn != nc) return 0;
    for (int q = 0; q < nn; q++) person(p, official_add(c, n0[q], n1[q], t, cs[q], -1, rule), rule, n0[q], n1[q], 0, 0, 0);
    return n1[nn - 1];
}

/* The countries listed after cs[0..n) from q, each after a comma, "and" or both ("Russia, Belarus and
 * Kazakhstan", «Армении, Белоруссии и Казахстана»), at most max in all: returns how many there are then;
 * *end: the token after the last. */
int countries_listed(const ctx *c, size_t q, size_t e, int *cs, int n, int max, size_t *end)
{
    gaz_hit h;
    while (n < max) {
        size_t q2 = q + is(c, q, ",");
        if (lex(c, q2, e, LX_AND, NULL)) q2++;
        if (q2 == q || !gm(c, q2, e, G_COUNTRY, -1, &h)) break;
        cs[n++] = h.val;
        q = h.end;
    }
    *end = q;
    return n;
}

/* The names of a plural title's list from k ("A, B and C", "Russia's A", "A (Belarus)"), each with the
 * country the list gives it (cs[nth] of nc, else the title's) or the organisation (os[nth] of no); each added as an
 * official unless `count_only`.
 * Returns how many; *end: the token after the list. */
static int genitive_link(const ctx *c, size_t k);

static int title_list_names(pstate *p, const tphrase *t, size_t k, const int *cs, int nc, const int *os, int no,
                            const char *rule, int count_only, size_t *end)
{
    ctx *c = p->c;
    size_t e = p->e;
    gaz_hit h;
    int nth = 0;
    for (;;) {
        int poss = -1; /* "Russia's A": the country before the name */
        size_t after_poss = country_possessive(c, k, e, &poss);
        if (after_poss) k = after_poss;
        size_t ne = name_run(c, k, e);
        if (ne == k) break;
        /* («депутаты Народной скупщины Сербии»: one capitalised feminine adjective in an oblique case before a
         * lower-case noun in -ы, -и, no past verb, opens an institution's name, no one's) */
        if (ne == k + 1 && cyrillic(c, k) && ru_feminine_oblique(c, k) && ne < e && cyrillic(c, ne) &&
            !c->tl->t[ne].cap && (word_ends(c->tl->t[ne].norm, "ы") || word_ends(c->tl->t[ne].norm, "и")) &&
            genitive_link(c, ne))
            break;
        /* («министров обороны республик Беларусь, Казахстан, ...»: the countries, no one's name) */
        if (gm(c, k, e, G_COUNTRY, -1, &h) && h.end >= ne) break;
        int cty = -1, org = -1;
        size_t after = of_country_org(c, ne, e, &cty, &org);
        if (!after) after = ne;
        /* "Presidents A (Belarus), B (Kazakhstan) and C (Russia)" */
        if (after == ne && is(c, ne, "(") && gm(c, ne + 1, e, G_COUNTRY, -1, &h) && is(c, h.end, ")")) {
            cty = h.val;
            after = h.end + 1;
        }
        if (cty < 0 && org < 0) { cty = t->country; org = t->org; }
        if (cty < 0 && org < 0) cty = p->scope_country; /* «в состав российской делегации вошли депутаты A, B» */
        if (t->ncountries >= 2 && nth < t->ncountries && after == ne) cty = t->countries[nth];
        if (nc >= 2 && nth < nc && after == ne) cty = cs[nth];
        if (no >= 2 && nth < no && after == ne) org = os[nth], cty = -1;
        if (poss >= 0 && after == ne) { cty = poss; org = -1; }
        nth++;
        /* "Foreign and Defence Ministers A and B" (titles.tsv: two titles joined by "+"): the first name the first */
        const char *plus = offices_in_turn(c, t), *tn = plus ? gaz_title(c->g, t->title)->name : NULL;
        char part[128];
        if (plus) snprintf(part, sizeof part, "%.*s", nth == 1 ? (int)(plus - tn) : (int)strlen(plus + 1),
                           nth == 1 ? tn : plus + 1);
        if (!count_only)
            person(p, official_add_titled(c, k, ne, t, plus ? part : NULL, cty, org, rule), rule, k, ne, 1, k, ne);
        k = after;
        if (is(c, k, ",")) k++;
        if (lex(c, k, e, LX_AND, NULL)) k++;
        if (k == after) break;
    }
    *end = k;
    return nth;
}

/* Whether the line that holds token k (from its line break to the next, within [s, e)) is written in title case, a
 * headline's ("... Back Idea to Hold Online Summit of CSTO Leaders Soon"): every word a capital, so a capital there
 * says no name. */
static int line_in_title_case(const ctx *c, size_t s, size_t k, size_t e)
{
    size_t a = k, b = k + 1;
    while (a > s && !c->tl->t[a].nl) a--;
    while (b < e && !c->tl->t[b].nl) b++;
    /* (not a hard-wrapped line whose sentence goes on in lower case on the next: "The Presidents of Armenia and
     * Russia Serzh Sargsyan and Dmitry\nMedvedev summed up the results ...") */
    size_t n = b + 1;
    while (n < e && !c->tl->t[n].nl) n++;
    if (b < e && !headline_case(c, b, n)) return 0;
    return headline_case(c, a, b);
}

/* Past a comma, dash or colon at q before a list's names ("..., A and B", "... - A and B", "...: A and B"; en and em
 * dashes are "-" once tokenised). */
static size_t past_list_mark(const ctx *c, size_t q)
{
    return q + (is(c, q, ",") || is(c, q, "-") || is(c, q, ":"));
}

/* "the foreign ministers A, B and C": each name under the plural title */
static size_t plural_title_list(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e;
    const tphrase *t = title_here(p, i);
    if (!t || !plural_title(c, t)) return 0;
    if (!cyrillic(c, t->start) && line_in_title_case(c, p->s, t->start, e)) return t->end; /* ("CSTO Leaders Soon") */
    /* («пресс-секретарь главы государства Наталья Тимакова»: «главы» after another title is its genitive, the head of
     * state's, no plural) */
    if (cyrillic(c, t->start))
        for (size_t k = t->start > p->s + 3 ? t->start - 3 : p->s; k < t->start; k++) {
            gaz_hit h;
            if (gm(c, k, t->start, G_TITLE, -1, &h) && h.end == t->start) return 0;
        }
    size_t k = t->end;
    /* "the presidents of Russia and Belarus, A and B": the countries in the names' order */
    int cs[8], nc = 0; /* the CSTO's members, and one more */
    if (t->country >= 0 && t->ncountries < 2) {
        size_t q;
        cs[0] = t->country;
        nc = countries_listed(c, k, e, cs, 1, 8, &q);
        if (nc >= 2) k = past_list_mark(c, q);
        else nc = 0;
    }
    /* "the Secretaries General of the CIS and the SCO, A and B, respectively": the organisations in the names' order */
    int os[4], no = 0;
    if (nc == 0 && t->org >= 0 && t->country < 0) {
        size_t q = skip_abbrev(c, k, e);
        os[no++] = t->org;
        while (no < 4) {
            size_t q2 = q + is(c, q, ",");
            gaz_hit h;
            if (lex(c, q2, e, LX_AND, NULL)) q2++;
            if (is(c, q2, "the")) q2++;
            if (q2 == q || !gm(c, q2, e, G_ORG, -1, &h)) break;
            os[no++] = h.val;
            q = skip_abbrev(c, h.end, e);
        }
        if (no >= 2) k = past_list_mark(c, q);
        else no = 0;
    }
    /* «пять президентов — A, B и C», "the five presidents - A, B and C": a dash or colon before the names */
    if (nc == 0 && (is(c, k, "-") || is(c, k, ":")) && name_run(c, k + 1, e) >= k + 3) k++;
    /* "the presidents of five member states, including Russia's A": past the ones they lead (lower-case words, a
     * number, an organisation) to the comma before "including" */
    if (nc == 0 && no == 0 && (is(c, k, "of") || t->org >= 0)) { /* (or after "of the CSTO" the title took) */
        size_t q = k + is(c, k, "of");
        gaz_hit h;
        while (q < e && q < k + 8 && !is(c, q, ","))
            if (lower_word(c, q) || c->tl->t[q].kind == TOK_NUM) q++;
            else if (gm(c, q, e, G_ORG, -1, &h)) q = h.end;
            else break;
        if (q > k + is(c, k, "of") && is(c, q, ",") && lex(c, q + 1, e, LX_INCLUDING, NULL)) k = q;
    }
    /* "foreign ministers including Russia's A, Kazakhstan's B and ..." */
    size_t q0, end;
    if (lex(c, k + is(c, k, ","), e, LX_INCLUDING, &q0) && q0 < e) k = q0;
    /* "invitations were sent to the presidents of Armenia, Belarus and Russia, X noted": one name after a list
     * of countries opens the next clause, it is none of theirs */
    if ((nc >= 2 || no >= 2) && title_list_names(p, t, k, cs, nc, os, no, rule, 1, &end) < 2) return t->end;
    title_list_names(p, t, k, cs, nc, os, no, rule, 0, &end);
    return end > t->end ? end : t->end;
}

/* After a title with no name right after it: apposition: "the Secretary General of the CSTO, Stanislav Zas".
 * Moves *jp to the name and *nep to its end, and sets the title's complement. */
/* Past the ranks at i (skip_ranks) and, after a rank, its own complement when a name follows it: ", Ambassador
 * Extraordinary and Plenipotentiary of Belarus to Russia X" (the name's start); i when there is no rank. */
static size_t past_rank(const ctx *c, size_t i, size_t e)
{
    size_t k = skip_ranks(c, i, e);
    gaz_hit h;
    /* (or «Чрезвычайного и Полномочного Посла Беларуси в России Игоря Петришенко»: the genitive, no "of") */
    if (k > i && (is(c, k, "of") || cyrillic(c, k)) && gm(c, k + is(c, k, "of"), e, G_COUNTRY, -1, &h)) {
        size_t q = h.end;
        if ((is(c, q, "to") || is(c, q, "в") || is(c, q, "во")) && gm(c, q + 1, e, G_COUNTRY, -1, &h)) q = h.end;
        if (name_run(c, q, e) >= q + 2) k = q;
    }
    return k;
}

static void apposition(const ctx *c, size_t e, tphrase *t, size_t *jp, size_t *nep)
{
    size_t j = *jp, ne = *nep;
    if (ne == j && is(c, j, ",") && !t->plural) {
        /* apposition: "the Secretary General of the CSTO, Stanislav Zas" */
        size_t k = past_rank(c, j + 1, e);
        size_t ne2 = name_run(c, k, e);
        if (ne2 >= k + 2 && !parse_title(c, ne2, e, &(tphrase){0})) { j = k; ne = ne2; }
    }
    /* "the Kyrgyz defense minister and current CSTO chair, X,": a second role of a few words, one of them an
     * organisation or body, before the apposed name (not "the minister and his deputy, X") */
    if (ne == j && is(c, j, "and") && !t->plural) {
        size_t q = j + 1;
        int named = 0;
        gaz_hit h;
        while (q < e && q < j + 6 && c->tl->t[q].kind == TOK_WORD && !determiner(c, q) && !is(c, q, "his") &&
               !is(c, q, "her")) {
            named |= gm(c, q, e, G_ORG, -1, &h) || gm(c, q, e, G_BODY, -1, &h);
            q++;
        }
        size_t k = is(c, q, ",") ? past_rank(c, q + 1, e) : q, ne2 = name_run(c, k, e);
        if (named && k > q && ne2 >= k + 2 && (ne2 >= e || is(c, ne2, ",") || is(c, ne2, "."))) { j = k; ne = ne2; }
    }
    *jp = j;
    *nep = ne;
}

/* After a title with no name right after it: "Secretary of Tajikistan's Security Council X".
 * Moves *jp to the name and *nep to its end, and sets the title's complement. */
static void possessive_complement(const ctx *c, size_t e, tphrase *t, size_t *jp, size_t *nep)
{
    size_t j = *jp, ne = *nep;
    if (ne == j && t->country >= 0 && is(c, j, "'s")) {
        /* "Secretary of Tajikistan's Security Council X", "Chairman of the Mazhilis of Kazakhstan's parliament X" */
        size_t k = j + 1;
        while (k < e && k < j + 5 && c->tl->t[k].kind == TOK_WORD && (c->tl->t[k].cap || gaz_tok_notname(c->g, c->tl, k)) &&
               !name_word(c, k, e))
            k++;
        size_t n0 = skip_ranks(c, k, e), n1 = name_run(c, n0, e);
        if (k > j + 1 && n1 >= n0 + 2) { t->compl_at = t->title_to; t->compl_to = k; j = n0; ne = n1; }
    }
    *jp = j;
    *nep = ne;
}

/* After a title with no name right after it: "head of the defence department, Colonel-General X", "head of the
 * defence department of Kyrgyzstan Taalaibek Omuraliev".
 * Moves *jp to the name and *nep to its end, and sets the title's complement. */
static void department_complement(const ctx *c, size_t e, tphrase *t, size_t *jp, size_t *nep)
{
    size_t j = *jp, ne = *nep;
    if (ne == j && (is(c, j, "of") || is(c, j, "for"))) {
        /* "head of the defence department, Colonel-General X" */
        size_t k = j + 1;
        gaz_hit kh;
        while (k < e && k < j + 9 && (c->tl->t[k].kind == TOK_WORD || is(c, k, "'s") || is(c, k, "'") || is(c, k, "-")) &&
               !lex(c, k, e, LX_CLAUSE, NULL) && !lex(c, k, e, LX_SPEECH, NULL) && !is(c, k, "and")) {
            /* "head of the defence department of Kyrgyzstan Taalaibek Omuraliev" */
            if (k > j + 1 && gm(c, k, e, G_COUNTRY, -1, &kh) && is(c, k - 1, "of") &&
                name_run(c, kh.end, e) >= kh.end + 2 && !parse_title(c, name_run(c, kh.end, e), e, &(tphrase){0})) {
                if (t->country < 0) t->country = kh.val;
                t->compl_at = t->title_to;
                t->compl_to = k - 1;
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
                for (size_t q = j + 1; q < k && t->country < 0; q++)
                    if (gm(c, q, k, G_COUNTRY, -1, &ch)) t->country = ch.val;
                t->compl_at = t->title_to;
                t->compl_to = k;
                j = n0;
                ne = n1;
            }
        }
    }
    *jp = j;
    *nep = ne;
}

/* After a title with no name right after it: "Chairman of the State Duma X", "Speaker of the Kyrgyz Parliament X",
 * "Adviser for Foreign Policy X".
 * Moves *jp to the name and *nep to its end, and sets the title's complement. */
static void institution_complement(const ctx *c, size_t e, tphrase *t, size_t *jp, size_t *nep)
{
    size_t j = *jp, ne = *nep;
    /* "First Deputy Chair of the Federation Council Committee on Defense and Security X": a capitalised word no
     * name holds (lexicon committee) right after the title goes on with its institution */
    int committee = ne == j && !cyrillic(c, j) && cap_word(c, j) && lex(c, j, e, LX_COMMITTEE, NULL);
    if (ne == j && (is(c, j, "of") || is(c, j, "for") || committee)) {
        /* "Chairman of the State Duma X", "Speaker of the Kyrgyz Parliament X",
         * "Adviser for Foreign Policy X", "Secretary of Tajikistan's Security Council X" */
        size_t k = committee ? j : j + 1;
        if (is(c, k, "the")) k++;
        size_t inst = k;
        gaz_hit ih;
        while (k < e && k < inst + 16) {
            if (gm(c, k, e, G_BODY, -1, &ih) || gm(c, k, e, G_ORG, -1, &ih)) {
                k = skip_abbrev(c, ih.end, e); /* "Chairman of the Interstate Commission on ... X" */
                continue;
            }
            if (is(c, k, "'s") && k > inst) {
                k++; /* "of the Mazhilis of Kazakhstan's parliament X": a lower-case institution word after it */
                if (k < e && lower_word(c, k) && strlen(T(c, k)) >= 4 &&
                    gaz_tok_notname(c->g, c->tl, k) && !lex(c, k, e, LX_CLAUSE, NULL))
                    k++;
                continue;
            }
            /* "Chairman of the State Authority for Military Industry of the Republic of Belarus X": a joiner
             * inside the name, kept only when a capitalised word of the name follows */
            size_t q;
            if (k > inst && lex(c, k, e, LX_TITLE_JOINER, &q)) {
                while (q < e && lex(c, q, e, LX_TITLE_JOINER, &q)) {}
                if (q < e && cap_word(c, q) &&
                    (!name_word(c, q, e) || gm(c, q, e, G_COUNTRY, -1, &ih) || gm(c, q, e, G_BODY, -1, &ih) ||
                     gm(c, q, e, G_ORG, -1, &ih))) {
                    k = q;
                    continue;
                }
                break;
            }
            if (!(cap_word(c, k) &&
                  (!name_word(c, k, e) || gm(c, k, e, G_COUNTRY, -1, &ih))))
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
            for (size_t q = inst; q < k && t->country < 0; q++)
                if (gm(c, q, k, G_COUNTRY, -1, &ch)) t->country = ch.val;
            t->compl_at = t->title_to;
            t->compl_to = inst_end;
            j = k;
            ne = ne2;
        }
    }
    *jp = j;
    *nep = ne;
}

/* The case of a Russian title phrase's head word («пресс-секретаря»: the
 * word after the hyphen shows it; lexicon nominative_a: «глава» is none). */
static int title_case(const ctx *c, const tphrase *t)
{
    size_t head = title_head(c, t);
    return lex(c, head, t->title_to, LX_NOMINATIVE_A, NULL) ? RU_NOM : ru_case(c->tl->t[head].norm);
}

/* Whether a Cyrillic word ends as an adjective in an oblique case
 * («Делового», «иностранных»): no first name does. */
static int ru_adjective_case(const ctx *c, size_t i)
{
    static const char *const adjective[] = {"ого", "его", "ых", "их", "ому", "ему", NULL};
    return word_ends_any(c->tl->t[i].norm, adjective);
}

/* Whether token k (Cyrillic) can be a word of a genitive complement: an
 * abbreviation («МИД»), «при» or «и», or a word with an oblique ending
 * («парламента», «внешней», «торговли») that is no past verb («сообщила»,
 * «заявили»: a vowel before -л, -ла, -ли, -ло) and no «коллега» (lexicon
 * counterpart: the name after it is another's). */
static int genitive_link(const ctx *c, size_t k)
{
    const token *t = &c->tl->t[k];
    if (t->upper) return 1;
    if (lex(c, k, k + 1, LX_COUNTERPART, NULL)) return 0;
    const char *w = t->norm;
    if (!strcmp(w, "при") || !strcmp(w, "и")) return 1;
    static const char *const past[] = {"ал", "ял", "ил", "ел", "ыл", "ул", "ала", "яла", "ила", "ела", "ыла", "ула",
                                       "али", "яли", "или", "ели", "ыли", "ули", "ало", "яло", "ило", "ело", NULL};
    static const char *const oblique[] = {"а", "я", "ы", "и", "у", "ю", "е", "ой", "ей", "ых", "их", "ым", "им", "ом",
                                          "ем", "ого", "его", "ому", "ему", NULL};
    /* («технологий», «операций»: a plural genitive in lower case; a first name, «Дмитрий», is capitalised) */
    return !word_ends_any(w, past) && (word_ends_any(w, oblique) || (!t->cap && word_ends(w, "ий")));
}

/* After a Russian title with no name right after it: the complement in
 * the genitive, with no "of", then the name («спикер парламента Армении
 * Ален Симонян», «официальный представитель МИД России Мария Захарова»,
 * «председатель Делового совета при МКВЭС Александр Ноздрачев»).  The
 * complement is Cyrillic words and abbreviations; the name is two or three
 * capitalised words that no capitalised word follows. */
static void genitive_complement(const ctx *c, size_t e, tphrase *t, size_t *jp, size_t *nep)
{
    size_t j = *jp, k = j;
    if (*nep != j || !cyrillic(c, t->title_at)) return;
    gaz_hit h;
    int inner = 0; /* a title in the genitive in the chain («помощник Президента России») */
    while (k < e && k < j + 8) {
        /* «во главе с министром ...»: that title's name; «Администрации президента» is a genitive link (a rank
         * before a name is none: below) */
        if (gm(c, k, e, G_TITLE, -1, &h) && !(k > j && skip_ranks(c, k, e) > k)) {
            if (ru_case(c->tl->t[k].norm) != RU_GEN) return;
            inner = 1;
        }
        if (gm(c, k, e, G_COUNTRY, -1, &h) || gm(c, k, e, G_ORG, -1, &h) || gm(c, k, e, G_BODY, -1, &h)) {
            if (h.cls == G_COUNTRY && t->country < 0) t->country = h.val;
            k = h.end;
            continue;
        }
        /* («начальником Генерального штаба ВС Армении генерал-майором Эдвардом Асряном»: a rank before the name) */
        size_t n0 = k > j ? skip_ranks(c, k, e) : k, ne = name_run(c, n0, e);
        if (ne > n0 && ne - n0 >= 2 && ne - n0 <= 3 && !ru_adjective_case(c, n0) &&
            !(ne < e && cap_word(c, ne))) {
            if (k == j) return;
            /* «помощник Президента России Олега Сидорова»: a name in the genitive is the inner title's,
             * unless the title is in the genitive too («пресс-секретаря главы государства Дмитрия Пескова») */
            /* (but «сообщила пресс-секретарь главы государства Наталья Тимакова»: a woman's name, feminine_subject) */
            if (inner && ru_case(c->tl->t[n0].norm) == RU_GEN && title_case(c, t) != RU_GEN &&
                !feminine_subject(c, t->start, ne, e))
                return;
            t->compl_at = t->title_to;
            t->compl_to = k;
            *jp = n0;
            *nep = ne;
            return;
        }
        if (!cyrillic(c, k) || !genitive_link(c, k)) return;
        /* («встреча генсека и Александра Лукашенко»: «и» and a name right after it join two people) */
        if (is(c, k, "и") && name_run(c, k + 1, e) >= k + 3) return;
        k++;
    }
}

/* "Putin's spokesman Dmitry Peskov", "Lukashenko's press secretary X": a title after the possessive of a surname the
 * article has named as an official of one country is that country's; -1 otherwise. */
static int possessor_country(const ctx *c, size_t s, size_t t)
{
    if (t < s + 2 || !is(c, t - 1, "'s") || !cap_word(c, t - 2)) return -1;
    char key[64], initial;
    name_key(c, t - 2, t - 1, key, sizeof key, &initial);
    int k = find_official(c, key, 0), cty = -1;
    if (k < 0) return -1;
    const x_official *o = &c->x->o[k];
    for (int q = 0; q < o->npos; q++) {
        if (o->pos[q].country < 0) continue;
        if (cty >= 0 && cty != o->pos[q].country) return -1;
        cty = o->pos[q].country;
    }
    return cty;
}

/* Whether the tokens [a, b) only join the items of a list (",", ";", lexicon and): "X's Minister A, Minister B
 * and Secretary C" shares the country, "President A met with Secretary B" does not. */
static int list_joint(const ctx *c, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (!is(c, k, ",") && !is(c, k, ";") && !is(c, k, "nor") && !is(c, k, "ни") && !lex(c, k, k + 1, LX_AND, NULL))
            return 0;
    return 1;
}

static size_t title_name(pstate *p, size_t i, const char *rule);

/* Whether a title of a country's, one office (no plural), with no name after it, ends at an "and" right before token
 * b ("Greek Prime Minister and | Foreign Minister X"): *t0 is it. */
static int joined_title_before(const ctx *c, size_t s, size_t b, tphrase *t0)
{
    /* (a lower-case word or two may stand between: "Serbia's foreign minister and current chairman of the OSCE, X") */
    size_t w = b;
    while (w > s && w + 2 > b && lower_word(c, w - 1) && !lex(c, w - 1, b, LX_AND, NULL)) w--;
    b = w;
    size_t a = b > s + 3 ? b - 3 : s, k = 0;
    while (a < b && !(lex(c, a, b, LX_AND, &k) && k == b)) a++;
    if (a == b || a < s + 2) return 0;
    for (size_t q = a > s + 8 ? a - 8 : s; q + 1 < a; q++)
        if (parse_title(c, q, a, t0) && t0->start == q && t0->end == a && !t0->plural && t0->country >= 0) return 1;
    return 0;
}

/* "the Permanent Representative of Belarus to the CSTO, Ambassador Extraordinary and Plenipotentiary of Belarus
 * to Russia X": title t (with the organisation an envoy is sent to, ending at k) with no name after it, a comma,
 * and a second title with its name: the person holds both.  The second is read by title_name; t is added as a
 * position of the person it names.  Returns the token after what it took, or 0. */
static size_t apposed_title(pstate *p, const tphrase *t, size_t k, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e;
    /* (a capitalised title, as a name's are: "Belarus will be represented by the foreign minister, Defence Minister
     * X and ..." lists two people) */
    if (t->plural || (!c->tl->t[t->start].cap && !c->tl->t[t->title_at].cap && !cyrillic(c, t->title_at))) return 0;
    tphrase t2 = {0};
    size_t k2 = k + 1 + is(c, k + 1, "the"); /* (", the President of the Kyrgyz Republic, X") */
    if (!is(c, k, ",") || !parse_title(c, k2, e, &t2) || t2.plural) return 0;
    pstate q = *p;
    q.title_tried = 0;
    q.ne = SIZE_MAX;
    size_t from = c->ms.n[MK_PERSON];
    size_t after = title_name(&q, k2, rule);
    if (!after || c->ms.n[MK_PERSON] == from) return 0;
    const mention *m = &c->ms.v[MK_PERSON][from];
    int cty = t->country, org = t->org;
    if (cty < 0 && org < 0) cty = title_country(c, t);
    if (cty < 0 && org < 0 && t->title >= 0) cty = gaz_title(c->g, t->title)->country;
    /* "a meeting with the Chairman of the State Duma, President of the National Assembly of Armenia X": two
     * countries' offices are two people (an envoy's "of Belarus to Russia" is one country, the sending one) */
    const x_official *o = &c->x->o[m->value];
    for (int q = 0; q < o->npos; q++)
        if (cty >= 0 && o->pos[q].country >= 0 && o->pos[q].country != cty) return after;
    official_add(c, m->start, m->end, t, cty, org, rule);
    p->prev_end = q.prev_end;
    p->prev_country = q.prev_country;
    p->prev_org = q.prev_org;
    p->have_prev = q.have_prev;
    return after;
}

/* The name (two words at least) right after a phrase of lexicon class cls that starts within `reach` tokens of
 * `from`, before a full stop (and a comma, unless `past_comma`): its end, its start in *start; 0 when none
 * («Генеральным секретарем ОДКБ назначен X», "the post of Secretary General, which has been held by X"). */
static size_t name_after_phrase(const ctx *c, size_t from, size_t reach, size_t e, int cls, int past_comma, size_t *start)
{
    size_t q;
    for (size_t k = from; k < e && k < from + reach && !is(c, k, ".") && (past_comma || !is(c, k, ",")); k++)
        if (lex(c, k, e, cls, &q) && name_run(c, q, e) >= q + 2) {
            *start = q;
            return name_run(c, q, e);
        }
    return 0;
}

/* Whether the name [j, ne) is that of an official the article named before (a one-word name is a name only then,
 * where a title's words may go on as an institution's). */
static int named_before(const ctx *c, size_t j, size_t ne)
{
    char key[64], initial;
    name_key(c, j, ne, key, sizeof key, &initial);
    return find_official(c, key, initial) >= 0;
}

/* "Speaker of the Kyrgyz Parliament", "the chairman of the Armenian National Assembly": a title parsed up to the
 * institution after the country's adjective keeps the institution's words (capitalised, of data/: lexicon notname)
 * as its complement, where the country's words alone would leave "Speaker". */
static void institution_of_country(const ctx *c, tphrase *t)
{
    if (t->country < 0 || t->end <= t->title_to + 2 || t->compl_to || cyrillic(c, t->title_at) ||
        !is(c, t->title_to, "of") || !cap_word(c, t->end - 1) || !gaz_tok_notname(c->g, c->tl, t->end - 1))
        return;
    gaz_hit ch;
    size_t q = t->title_to + 1 + is(c, t->title_to + 1, "the");
    if (!gm(c, q, t->end, G_COUNTRY, -1, &ch) || ch.start != q || ch.end >= t->end) return;
    for (size_t k = ch.end; k < t->end; k++) /* (no pronoun: "of Russia Our ...") */
        if (lex(c, k, t->end, LX_POSSESSIVE, NULL)) return;
    t->compl_at = t->title_to, t->compl_to = t->end;
}

/* "Secretary General Stanislav Zas", "the Secretary General of the CSTO,
 * Stanislav Zas", "Chairman of the State Duma X", "head of the defence
 * department, Colonel-General X" */
static size_t title_name(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e;
    if (!title_here(p, i)) return 0;
    tphrase t = p->title; /* the complement found below changes it */
    size_t j = t.end, sent_to = j; /* sent_to: past the organisation an envoy is sent to, when one is named */
    /* "Permanent Representative of Tajikistan to the CSTO X": the organisation an envoy is sent to */
    /* (or "at the OSCE", «при ОДКБ», «в ОДКБ») */
    if (is(c, j, "to") || is(c, j, "at") || is(c, j, "при") || is(c, j, "в")) {
        gaz_hit oh;
        size_t k = j + 1 + is(c, j + 1, "the");
        /* ... and "Tajikistan's permanent representative to the CSTO, X" */
        /* (or "to the organization", "to the bloc": the one the story is about) */
        int org = gm(c, k, e, G_ORG, -1, &oh) || gm(c, k, e, G_BODY, -1, &oh);
        if (org) sent_to = oh.end;
        if (!org && (is(c, k, "organization") || is(c, k, "organisation") || is(c, k, "bloc")))
            org = 1, oh.end = k + 1;
        /* (", Ambassador Extraordinary and Plenipotentiary X": a rank before the name, apposition skips it) */
        size_t r = org && is(c, oh.end, ",") ? past_rank(c, oh.end + 1, e) : 0;
        if (org && (name_run(c, oh.end, e) >= oh.end + 2 || (r && name_run(c, r, e) >= r + 2)))
            j = oh.end;
    }
    j = skip_ranks(c, j, e);
    /* "Chairman of the Majlisi Milli (Tajikistan's upper chamber of parliament) Rustam Emomali": a gloss in
     * brackets between the title and a name of two words or more */
    if (is(c, j, "(")) {
        size_t q = j + 1;
        while (q < e && q < j + 14 && !is(c, q, ")") && !is(c, q, "(")) q++;
        if (is(c, q, ")") && q > j + 1 && name_run(c, q + 1, e) >= q + 3) j = q + 1;
    }
    /* «Президент Узбекистана – Ислам Каримов, не прибыл»: a dash (any, read as '-') between a country's title and a
     * name of two words or more */
    if (is(c, j, "-") && (t.country >= 0 || t.org >= 0) && name_run(c, j + 1, e) >= j + 3) j++;
    size_t ne = name_run(c, j, e);
    /* «председатель Исполнительного комитета ОДКБ X»: one capitalised Russian adjective in an oblique case, then a
     * word in lower case, opens the office's genitive complement, no name */
    if (ne == j + 1 && cyrillic(c, j) && ru_adjective_case(c, j) && j + 1 < e && cyrillic(c, j + 1) &&
        !c->tl->t[j + 1].cap)
        ne = j;
    /* ... and «зампредседателя Народной Скупщины Сербии X»: two capitalised words, the first such an adjective,
     * before a country: an institution of that country's, the name after it */
    gaz_hit ch;
    if (ne == j + 2 && cyrillic(c, j) && (ru_adjective_case(c, j) || ru_feminine_oblique(c, j)) &&
        gm(c, j + 2, e, G_COUNTRY, -1, &ch) && ch.start == j + 2)
        ne = j;
    if (ne == j) {
        size_t after = apposed_title(p, &t, j > sent_to ? j : sent_to, rule);
        if (after) return after;
    }
    /* "the chairman of the Kyrgyz Zhogorku Kenesh, Talant Mamytov": capitalised words after a lower-case title and
     * its country's adjective, then a comma and a name, are the office's name, not a person's */
    size_t ie = j;
    while (ie < e && ie < j + 4 && cap_word(c, ie)) ie++;
    if (ne >= j + 1 && j == t.end && t.country >= 0 && !c->tl->t[t.title_at].cap && is(c, ie, ",") &&
        is(c, t.title_to, "of") && name_run(c, ie + 1, e) >= ie + 3) {
        t.compl_at = t.title_to;
        t.compl_to = ie;
        t.end = ie;
        j = ie + 1;
        ne = name_run(c, j, e);
    }
    /* «(генсекретарь ОДКБ Станислав) Зась»: an editor's words in brackets inside a quotation, the surname after
     * them */
    if (ne > j && t.start > p->s && is(c, t.start - 1, "(") && is(c, ne, ")") && ne + 1 < e && name_word(c, ne + 1, e) &&
        cyrillic(c, ne + 1) == cyrillic(c, j))
        ne += 2;
    apposition(c, e, &t, &j, &ne);
    possessive_complement(c, e, &t, &j, &ne);
    department_complement(c, e, &t, &j, &ne);
    institution_complement(c, e, &t, &j, &ne);
    genitive_complement(c, e, &t, &j, &ne);
    j = name_tail(c, j, ne, e);
    /* ... but «глава МИД РФ Лавров»: in Russian a lower-case title is the rule, and a surname in the
     * nominative after its country is a name */
    int ru_surname = cyrillic(c, j) && t.country >= 0 && ru_case(c->tl->t[j].norm) == RU_NOM;
    if (ne == j + 1 && !c->tl->t[t.title_at].cap && t.end > t.title_at + 1 && !ru_surname) {
        /* "the chairman of the Armenian Chess Federation": one capitalised
         * word after a lower-case title with a complement is no name,
         * unless it is someone already named */
        if (!named_before(c, j, ne)) ne = j;
    }
    /* «Генеральным секретарем Организации с 1 января 2023 года назначен А»: the name after the verb */
    int appointed = 0, appointed_far = 0;
    /* (or a prefix in the instrumental that governs it: «исполняющим обязанности премьер-министра ... является X») */
    int ins = title_case(c, &t) == RU_INS ||
              (prefix_declines(c, &t) && ru_case(c->tl->t[t.prefix_start].norm) == RU_INS);
    /* (or a genitive after «пост», «должность»: «пост генерального секретаря ОДКБ занял X») */
    size_t tb = t.prefix_end > t.prefix_start ? t.prefix_start : t.start;
    int post = tb > p->s && lex(c, tb - 1, tb, LX_POST_NOUN, NULL) && title_case(c, &t) == RU_GEN;
    /* ... and «перешел на должность директора Службы внешней разведки»: one capitalised word after such an
     * office opens an institution's name, unless someone already named has it */
    if (post && ne == j + 1 && !named_before(c, j, ne)) ne = j;
    /* "the post of CSTO secretary general, which has been held by X for 12 years": the holder after "held by" (lexicon
     * held_by) a few words after a title that "the post of" (lexicon post_noun, "of") opens */
    size_t hs, he;
    if (ne == j && !cyrillic(c, t.title_at) && !t.plural && tb > p->s + 1 && is(c, tb - 1, "of") &&
        lex(c, tb - 2, tb - 1, LX_POST_NOUN, NULL) && (he = name_after_phrase(c, t.end, 3, e, LX_HELD_BY, 1, &hs))) {
        j = hs;
        ne = he;
        appointed = 1;
    }
    if (ne == j && cyrillic(c, t.title_at) && !t.plural && (ins || post)) {
        if ((he = name_after_phrase(c, t.end, 10, e, LX_APPOINT, 0, &hs))) {
            j = hs;
            ne = he;
            appointed = 1; /* the name is the verb's subject, in the nominative */
            t.name_nominative = 1;
        }
        /* «решение о назначении Генеральным секретарем ОДКБ с 1 января 2026 года сроком на три года представителя
         * Кыргызской Республики Таалатбека Масадыкова»: after a word of appointing (lexicon appointee), the
         * appointee may come later in the clause, past when and for how long, in the genitive */
        if (!appointed && lex_in(c, t.start > p->s + 3 ? t.start - 3 : p->s, t.start, LX_APPOINTEE))
            for (size_t k = t.end + 1; k < e && k < t.end + 16 && !is(c, k, ",") && !is(c, k, ".") && !is(c, k, ";"); k++) {
                /* (not past a title of the appointee's own: «избрала своим председателем спикера Госдумы X») */
                if (gm(c, k, e, G_TITLE, -1, &(gaz_hit){0})) break;
                if (name_run(c, k, e) >= k + 2 && !name_word(c, k - 1, e)) {
                    j = k;
                    ne = name_run(c, k, e);
                    appointed_far = 1;
                    break;
                }
            }
    }
    if (ne > j && !appointed && cyrillic(c, t.title_at) && !t.plural && cyrillic(c, j)) {
        /* «помощник президента России Иван Орлов»: a title in an oblique case
         * («президента») with a name in the nominative is not that name's */
        /* ... but «исполняющий обязанности президента», «первый заместитель председателя»: a prefix in
         * the nominative governs the title's genitive */
        int governed = prefix_declines(c, &t) && ru_case(c->tl->t[t.prefix_start].norm) == RU_NOM;
        size_t w = j; /* «С.В. Лаврова»: the surname after the initials shows the case */
        while (w + 2 < ne && initials_at(c, w, e)) w += 2;
        if (!governed && title_case(c, &t) != RU_NOM && ru_case(c->tl->t[w].norm) == RU_NOM) return 0;
    }
    if (ne > j) {
        int cty = t.country, org = t.org;
        size_t after = ne;
        if (cty < 0 && org < 0) {
            size_t k = of_country_org(c, ne, e, &cty, &org);
            if (k) after = k;
        }
        if (cty < 0 && org < 0 && p->have_prev && t.start <= p->prev_end + 2 && t.start >= p->prev_end &&
            list_joint(c, p->prev_end, t.start)) {
            cty = p->prev_country; /* "X's Minister A, Minister B and Secretary C" */
            org = p->prev_org;
        }
        /* "Greek Prime Minister and Foreign Minister X": a country's title with no name of its own, then "and" and
         * this one: the person holds both, of that country */
        /* (and "Serbia's foreign minister and current chairman of the OSCE, X": the second an organisation's, the
         * first is his too, of its country) */
        tphrase t0 = {0};
        int joined = ((cty < 0 && org < 0) || (org >= 0 && cty < 0 && !cyrillic(c, t.start))) &&
                     joined_title_before(c, p->s, t.start, &t0);
        int joined_org = joined && org >= 0;
        if (joined && !joined_org) cty = t0.country;
        if (cty < 0 && org < 0) cty = title_country(c, &t);
        if (cty < 0 && org < 0) cty = p->scope_country;
        if (cty < 0 && org < 0) cty = side_country(c, p->s, t.start);
        if (cty < 0 && org < 0) cty = possessor_country(c, p->s, t.start);
        /* (the title right before the name, or its apposition: "... Assembly X", "... Assembly, X") */
        if (t.end == j || is(c, t.end, ",")) institution_of_country(c, &t);
        int o = official_add(c, j, ne, &t, cty, org, rule);
        if (joined && o >= 0) official_add(c, j, ne, &t0, joined_org ? t0.country : cty, -1, rule);
        person(p, o, rule, j, ne, 1 + gaz_title(c->g, t.title)->press, t.start, after);
        if (appointed_far && o >= 0 && c->ms.n[MK_PERSON] && c->ms.v[MK_PERSON][c->ms.n[MK_PERSON] - 1].start == j)
            c->ms.v[MK_PERSON][c->ms.n[MK_PERSON] - 1].flags |= MF_APPOINTED; /* (for attendance: assembly.c appointee) */
        /* «армянский президент Серж Саргсян, казахстанский — Нурсултан Назарбаев, киргизский — Курманбек
         * Бакиев»: the title understood again after each country and a dash */
        for (size_t k = after, n0, n1; cty >= 0 && org < 0 && !t.plural; k = n1) {
            size_t q = k;
            if (is(c, q, ",")) q++;
            if (lex(c, q, e, LX_AND, NULL)) q++;
            int c2;
            gaz_hit ch;
            /* «с президентом Украины Виктором Януковичем и Киргизии Алмазбеком Атамбаевым»: a title with its
             * country in the genitive, then "и", another country and a name: the title again, for that country */
            if (q > k && cyrillic(c, q) && lex(c, k, q, LX_AND, NULL) && t.end > t.title_to &&
                gm(c, q, e, G_COUNTRY, -1, &ch) && ch.val != cty && (n1 = name_run(c, ch.end, e)) >= ch.end + 2) {
                person(p, official_add(c, ch.end, n1, &t, ch.val, -1, rule), rule, ch.end, n1, 0, 0, 0);
                after = n1;
                break;
            }
            if (q == k || !is(c, q + 1, "-") || !(n1 = country_dash_name(c, q, e, &c2, &n0, 0))) break;
            person(p, official_add(c, n0, n1, &t, c2, -1, rule), rule, n0, n1, 0, 0, 0);
            after = n1;
        }
        p->prev_end = after;
        p->prev_country = cty;
        p->prev_org = org;
        p->have_prev = 1;
        return after;
    }
    return 0;
}

/* The one person the sentence before the one starting at s names (its last mention in [*ns, *ne)), or -1 when it
 * names none or two people: which one a later word means is not said. */
static int one_named_before(const ctx *c, size_t s, size_t *ns, size_t *ne)
{
    long ps_i = sentence_before(c->tl, s);
    if (ps_i < 0) return -1;
    int who = -1;
    for (size_t k = mentions_from(&c->ms, MK_PERSON, c->tl->s[ps_i].first);
         k < c->ms.n[MK_PERSON] && c->ms.v[MK_PERSON][k].start < s; k++) {
        const mention *m = &c->ms.v[MK_PERSON][k];
        if (who >= 0 && m->value != who) return -1;
        who = m->value, *ns = m->start, *ne = m->end;
    }
    return who;
}

/* "Sergey Lavrov has told a conference of CSTO Foreign Ministers ... \n The Russian Foreign Minister was
 * speaking at the opening": a title of one person with its country, no name after it, as the subject that
 * opens a sentence ("The" first; in Russian the title first, «Президент Беларуси планирует прибыть», or the
 * genitive of one word's, «Самолет белорусского лидера вылетел»), is the office of the one person the
 * sentence before named, when he has none yet.  Returns the official, or -1. */
static int title_anaphor(pstate *p, const tphrase *t)
{
    ctx *c = p->c;
    int opens = cyrillic(c, t->start) ? t->start == p->s || (t->start == p->s + 1 && c->tl->t[p->s].kind == TOK_WORD)
                                      : t->start == p->s + 1 && is(c, p->s, "the");
    if (t->plural || t->country < 0 || !opens || t->end >= p->e || c->tl->t[t->end].kind != TOK_WORD ||
        c->tl->t[t->end].cap)
        return -1;
    size_t ns = 0, ne = 0;
    int who = one_named_before(c, p->s, &ns, &ne);
    if (who < 0 || c->x->o[who].npos > 0 || ne < ns + 2) return -1;
    return official_add(c, ns, ne, t, t->country, -1, "title-anaphor");
}

/* "Armenian Prime Minister Nikol Pashinyan described ... After the meeting, the Prime Minister of Armenia said
 * ...": a title of one person with its country (or organisation, or one country's office by its name: "the Speaker
 * of the Jogorku Kenesh"), after "the" and with no name after it, is the
 * one official named before in the report who holds that office there (the same title, no prefix); -1 when none
 * or several do. */
static int office_holder(const ctx *c, const tphrase *t)
{
    if (t->plural || t->title < 0 || t->prefix_end > t->prefix_start || t->start == 0 || !is(c, t->start - 1, "the"))
        return -1;
    /* (or an office that is one country's by its name, "the Speaker of the Jogorku Kenesh": titles.tsv) */
    int country = t->country >= 0 ? t->country : t->org < 0 ? gaz_title(c->g, t->title)->country : -1;
    if (country < 0 && t->org < 0) return -1;
    const char *name = gaz_title(c->g, t->title)->name;
    int who = -1;
    for (int o = 0; o < c->x->no; o++)
        for (int k = 0; k < c->x->o[o].npos; k++) {
            const x_position *ps = &c->x->o[o].pos[k];
            if (!ps->title || strcasecmp(ps->title, name) ||
                (country >= 0 ? ps->country != country : ps->org != t->org))
                continue;
            if (who >= 0 && who != o) return -1;
            who = o;
        }
    return who;
}

/* A title with no name: its words are taken; nothing is found, unless it is the office of the one person
 * named the sentence before (title_anaphor); named again by that office, its holder (office_holder). */
static size_t title_alone(pstate *p, size_t i, const char *rule)
{
    const tphrase *t = title_here(p, i);
    if (!t) return 0;
    if (title_anaphor(p, t) < 0) {
        int o = office_holder(p->c, t);
        person(p, o, rule, t->start, t->end, 1, t->start, t->end);
        /* (a country's or the organisation's one office, held by no one named yet: surname_of_title) */
        if (o < 0 && t->title >= 0 && !t->plural && (t->country >= 0 || t->org >= 0))
            p->c->bare_title_at = t->start, p->c->bare_title_e = p->e;
    }
    return t->end > i ? t->end : i + 1;
}

/* «Министр обороны России сообщил, что ... "Это даст реальную возможность", - заявил Сердюков.»: one capitalised
 * word right after a verb of speaking, at the end of its clause, after a title named with no name in the same
 * paragraph (title_alone), is that office's holder, named by his surname. */
static size_t surname_of_title(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e, ne = name_here(p, i);
    if (ne != i + 1 || !c->bare_title_e || c->bare_title_at >= i || !lex_ends_at(c, p->s, i, 2, LX_SPEECH) ||
        !(ne >= e || is(c, ne, ".") || is(c, ne, ",")))
        return 0;
    for (size_t k = c->bare_title_at + 1; k <= i; k++)
        if (c->tl->t[k].para) return 0;
    tphrase t;
    if (named_before(c, i, ne) || !parse_title(c, c->bare_title_at, c->bare_title_e, &t)) return 0;
    person(p, official_add(c, i, ne, &t, t.country, t.org, rule), rule, i, ne, 1, i, ne);
    c->bare_title_e = 0;
    return ne;
}

/* Whether the name run [n0, n1) is one hyphenated word ("Issyk-Kul"), no space between its parts. */
static int one_hyphenated(const ctx *c, size_t n0, size_t n1)
{
    for (size_t k = n0 + 1; k < n1; k++)
        if (c->tl->t[k].start > c->tl->t[k - 1].end) return 0;
    return 1;
}

/* "Belarus's Alyaksandr Lukashenka": a person of that country (not "Kyrgyzstan's Issyk-Kul resort", nor a
 * headline's "Russia's Alliance Finally Found a Mission") */
static size_t country_possessive_name(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e;
    int cty;
    size_t n0 = country_possessive(c, i, e, &cty);
    if (!n0) return 0;
    size_t n1 = name_run(c, n0, e);
    if (n1 < n0 + 2 || parse_title(c, n1, e, &(tphrase){0}) || place_words(c, n0, n1)) return 0;
    if (one_hyphenated(c, n0, n1) || headline_case(c, p->s, e)) return 0;
    person(p, official_add(c, n0, n1, NULL, cty, -1, rule), rule, n0, n1, 1, n0, n1);
    return n1;
}

/* Whether a title phrase (and the office it heads: capitalised words and lexicon title_joiner) and a comma stand
 * right before the name at i ("with the chairman of the Kyrgyz Zhogorku Kenesh, Talant Mamytov, the head of ..."):
 * a list of titles each before its name, not after. */
static int title_apposed_before(const ctx *c, size_t s, size_t i)
{
    if (i < s + 2 || !is(c, i - 1, ",")) return 0;
    tphrase t;
    for (size_t k = i - 1 > s + 12 ? i - 13 : s; k + 1 < i; k++) {
        if (!parse_title(c, k, i - 1, &t) || t.plural) continue;
        /* (not a title apposed after a name itself: "A B, Chairman of X, C D, Chairman of Y, ..." is a list of
         * names each with its title after it) */
        size_t b = k - (k > s && is(c, k - 1, "the"));
        if (b >= s + 2 && is(c, b - 1, ",") && cap_word(c, b - 2) && name_run(c, b - 2, b - 1) == b - 1) {
            k = t.end - 1; /* (nor a title inside it: "Minister of Armenia" in "Prime Minister of Armenia") */
            continue;
        }
        size_t q = t.end;
        while (q < i - 1 && (cap_word(c, q) || lex(c, q, i - 1, LX_TITLE_JOINER, NULL))) q++;
        if (q == i - 1) return 1;
    }
    return 0;
}

/* "Stanislav Zas, the CSTO Secretary General" */
/* For "X the official representative of Foreign Ministry of Russia" (no comma after the name ending at ne): whether
 * title t starts right after "the" and ends the clause with its complement, or goes on with "of" and capitalised
 * words ("of", "the" and "and" between them) to the clause's end, a comma or a full stop; not "told X the President
 * of Russia would come". */
static int bare_complement(const ctx *c, size_t ne, size_t e, const tphrase *t)
{
    if (t->start != ne + 1) return 0;
    size_t k = t->end;
    if (t->compl_to > t->compl_at && (k == e || is(c, k, ",") || is(c, k, "."))) return 1; /* (its own: "of the Duma") */
    if (!is(c, k, "of")) return 0;
    while (k < e && (cap_word(c, k) || is(c, k, "of") || is(c, k, "the") || lex(c, k, k + 1, LX_AND, NULL))) k++;
    return k > t->end + 1 && cap_word(c, k - 1) && (k == e || is(c, k, ",") || is(c, k, "."));
}

static size_t name_comma_title(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e, ne = name_here(p, i), k = ne;
    /* (and with no comma, a translation's "referring to X the official representative of Foreign Ministry of Russia":
     * "the" and a title with its complement that ends the clause, below; not "told X the President of Russia would
     * come") */
    int bare = ne > i && is(c, k, "the") && !cyrillic(c, i);
    if (ne == i || (!is(c, k, ",") && !bare)) return 0;
    /* ("On the recognition of Abkhazia and South Ossetia, the Russian president said": a one-word name, the last of
     * two capitalised names joined by "and", is no apposition's; "A B and C D, the Foreign Minister of X" is) */
    size_t w = i; /* (the capitalised words the name ends: "South Ossetia") */
    while (w > p->s && cap_word(c, w - 1)) w--;
    if (ne == i + 1 && w >= p->s + 2 && lex(c, w - 1, w, LX_AND, NULL) && cap_word(c, w - 2))
        return 0;
    tphrase t2;
    k += !bare;
    size_t q;
    if (lex(c, k, e, LX_TITLE_ADVERB, &q)) k = q; /* "X, currently Deputy Secretary General" */
    if (is(c, k, "the") || is(c, k, "a") || is(c, k, "an")) k++; /* ("X, an aide to ...") */
    /* "X, the Foreign Ministry's spokeswoman": the institution stays out of the title */
    if (lex(c, k, e, LX_INSTITUTION, &q) && is(c, q - 1, "'s")) k = q;
    else if (lex(c, k, e, LX_INSTITUTION, &q) && is(c, q, "'s")) k = q + 1;
    /* "X, the country's first president": the country named last before in the sentence */
    int referred = -1, referred_org = -1;
    /* "X, the bloc's secretary general", "the alliance's": the organisation the report is about */
    if ((is(c, k, "bloc") || is(c, k, "alliance") || is(c, k, "organization") || is(c, k, "organisation")) &&
        is(c, k + 1, "'s")) {
        referred_org = gaz_org_index(c->g, "CSTO");
        k += 2;
    }
    if (is(c, k, "country") && is(c, k + 1, "'s")) {
        gaz_hit h;
        for (size_t q = p->s; q < i; q++)
            if (gm(c, q, i, G_COUNTRY, -1, &h)) { referred = h.val; q = h.end - 1; }
        k += 2;
    }
    if (!parse_title(c, k, e, &t2) || t2.plural) return 0;
    if (bare && !bare_complement(c, ne, e, &t2)) return 0;
    /* "X, commander of Russia's Airborne Forces": the country's service is the title's, capitalised words of
     * data/ (lexicon notname) or one before such a word */
    size_t poss = t2.country >= 0 && is(c, t2.end, "'s") ? t2.end + 1 : t2.country >= 0 && is(c, t2.end - 1, "'s") ? t2.end : 0;
    /* ... and "X, Speaker of the Kyrgyz Parliament", "X, chairman of the Armenian National Assembly": the title
     * parsed up to the institution after the country's adjective, which its words are to name */
    if (!poss) institution_of_country(c, &t2);
    if (poss) {
        size_t q = poss;
        while (q < e && cap_word(c, q) &&
               (gaz_tok_notname(c->g, c->tl, q) || (q + 1 < e && c->tl->t[q + 1].cap && gaz_tok_notname(c->g, c->tl, q + 1))))
            q++;
        if (q > poss) t2.compl_at = t2.title_to, t2.compl_to = q, t2.end = q;
    }
    /* "X, press secretary of Armenian Parliament Speaker Y", "X, spokeswoman for Foreign Minister Y": the office
     * served after "of", "for" or "to" is another title with its own name: X holds the first (with the served
     * office's country), and the scan goes on at the second, Y's */
    /* (the title may have read the served office's country as its own: "press secretary of Armenian ...") */
    size_t served = t2.title_to;
    if (!cyrillic(c, t2.title_at) && t2.prefix_end <= t2.title_at &&
        (is(c, served, "of") || is(c, served, "for") || is(c, served, "to"))) {
        tphrase t3 = {0};
        size_t q3 = served + 1 + is(c, served + 1, "the");
        int one = parse_title(c, q3, e, &t3) && !t3.plural && t3.start == q3 &&
                  name_run(c, skip_ranks(c, t3.end, e), e) >= skip_ranks(c, t3.end, e) + 2;
        /* (one title, no list: not "X, the Defence Minister of Kyrgyzstan, and Armenian Foreign Minister Y") */
        for (size_t q = q3; one && q < t3.end; q++) one = !is(c, q, ",") && !lex(c, q, e, LX_AND, NULL);
        if (one) {
            int cty = t3.country >= 0 ? t3.country : t2.country;
            t2.end = served; /* (the title ends before the office it serves) */
            t2.compl_at = t2.compl_to = 0;
            person(p, official_add(c, i, ne, &t2, cty, t2.org, rule), rule, i, ne, 1 + gaz_title(c->g, t2.title)->press, i,
                   t2.end);
            return q3;
        }
    }
    if (name_run(c, skip_ranks(c, t2.end, e), e) != skip_ranks(c, t2.end, e)) return 0;
    /* ... nor past the title's complement to a country ("X, Chairman of the House of Representatives of the National
     * Assembly of the Republic of Belarus Igor Sergeyenko, ...": the next item of a list, title and name) */
    for (size_t k2 = t2.end; k2 < e && k2 < t2.end + 16 && !is(c, k2, ","); k2++) {
        gaz_hit ch;
        if (gm(c, k2, e, G_COUNTRY, -1, &ch) && name_run(c, ch.end, e) >= ch.end + 2) return 0;
    }
    /* «Лукашенко, президенты Казахстана и Таджикистана Нурсултан Назарбаев и Эмомали Рахмон»: a Russian title in
     * -ы, -и is a plural (the stems of «президент» and «президенты» are one), of the names after it */
    /* ... unless the name is in the genitive too, so the title is: «под председательством Сироджиддина Мухриддина,
     * главы внешнеполитического ведомства Таджикистана» (a name of two words or more, each in -а or -я) */
    int gen_name = ne >= i + 2;
    for (size_t q = i; q < ne && gen_name; q++)
        gen_name = word_ends(c->tl->t[q].norm, "а") || word_ends(c->tl->t[q].norm, "я");
    if (cyrillic(c, t2.title_at) && !gen_name &&
        (word_ends(c->tl->t[title_head(c, &t2)].norm, "ы") || word_ends(c->tl->t[title_head(c, &t2)].norm, "и")))
        return 0;
    /* "X, Head of the Foreign Policy Department of the Kyrgyz President's Office": the office is the title's */
    if (t2.end == t2.title_to && (is(c, t2.end, "of") || is(c, t2.end, "for"))) { /* ("a spokesman for the CSTO Secretariat") */
        size_t q = t2.end, last = t2.end;
        int caps = 0;
        while (q < e && q < t2.end + 20 &&
               (cap_word(c, q) || lex(c, q, e, LX_TITLE_JOINER, NULL) || is(c, q, "'s"))) {
            /* (not a name after the office: "X, President of the National Assembly of Armenia Y Z offered") */
            if (c->tl->t[q].cap && caps && name_run(c, q, e) >= q + 2) return 0; /* (the office is Y's) */
            if (c->tl->t[q].cap) { caps = 1; last = q + 1; }
            q++;
        }
        if (caps && !is(c, last, "said") && name_run(c, last, e) == last) {
            t2.compl_at = t2.title_to;
            t2.compl_to = last;
            t2.end = last;
        }
    }
    /* ... nor a title apposed to the name after it ("According to Vesti. Ru, the acting president of Moldova,
     * Mihay Gimpu, will not"): a name of two words or more right after its comma with no title of its own
     * after it (as "X, the Foreign Minister, Y, the Defence Minister" has) is the title's */
    if (is(c, t2.end, ",")) {
        size_t n1 = name_run(c, t2.end + 1, e);
        tphrase t3;
        if (n1 >= t2.end + 3 &&
            (title_apposed_before(c, p->s, i) ||
             !(is(c, n1, ",") && parse_title(c, n1 + 1 + (is(c, n1 + 1, "the") || is(c, n1 + 1, "a")), e, &t3))))
            return 0;
    }
    int cty = t2.country, org = t2.org;
    if (cty < 0 && org < 0) org = referred_org;
    if (cty < 0 && org < 0) cty = title_country(c, &t2);
    /* "X, Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan": a second title joined by "and" gives
     * the country of both */
    tphrase t4;
    if (cty < 0 && org < 0 && lex(c, t2.end, e, LX_AND, &q) && parse_title(c, q, e, &t4) && !t4.plural) {
        cty = t4.country >= 0 ? t4.country : title_country(c, &t4);
        org = cty < 0 ? t4.org : -1;
    }
    if (cty < 0 && org < 0) cty = referred;
    if (cty < 0 && org < 0) cty = p->scope_country;
    if (cty < 0 && org < 0) cty = side_country(c, p->s, i);
    int o = official_add(c, i, ne, &t2, cty, org, rule);
    person(p, o, rule, i, ne, 1 + gaz_title(c->g, t2.title)->press, i, t2.end);
    /* "X, the Chairman of the CSTO Council of Foreign Ministers and Foreign Minister of Armenia": a second title of
     * its own country, joined by "and" with no name after it, is X's too */
    if (o >= 0 && lex(c, t2.end, e, LX_AND, &q) && parse_title(c, q, e, &t4) && t4.start == q && !t4.plural &&
        t4.country >= 0 && name_run(c, skip_ranks(c, t4.end, e), e) == skip_ranks(c, t4.end, e)) {
        official_add(c, i, ne, &t4, t4.country, -1, rule);
        return t4.end;
    }
    return t2.end;
}

/* A participants' list, one a line, surname first: «Саргсян Серж Азатович –
 * Президент Республики Армения;».  Three words, the last a patronymic, at a
 * line's start, then a dash and the title; or a byline, the surname and the
 * initials, then the title. */
static size_t surname_first_dash_title(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e;
    if (!(c->tl->t[i].nl || i == 0) || !cyrillic(c, i) || i + 4 >= e) return 0; /* (a line's first word, the text's too) */
    /* ... or a byline, the surname and initials: «Бордюжа Н.Н. генеральный секретарь Организации ...», with or
     * without the dash */
    size_t k = i + 3;
    if (name_word(c, i, e) && initials_at(c, i + 1, e) == 2) {
        if (is(c, k, "-") || is(c, k, ",")) k++;
    } else {
        for (size_t q = i; q < i + 3; q++)
            if (!name_word(c, q, e)) return 0;
        if (!ru_patronymic(c->tl->t[i + 2].norm)) return 0;
        if (!is(c, k, "-")) return 0; /* en and em dashes are "-" once tokenised */
        k++;
    }
    tphrase t;
    if (!parse_title(c, k, e, &t) || t.plural) return 0;
    int cty = t.country, org = t.org;
    if (cty < 0 && org < 0) cty = title_country(c, &t);
    person(p, official_put(c, i, i + 3, 1, &t, NULL, cty, org, rule), rule, i, i + 3, 0, 0, 0);
    return t.end;
}

/* "X was reelected to the post of CSTO Secretary General" */
static size_t name_appointed_title(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    /* («Кандидатура Володина на пост главы ассамблеи»: a word of appointing, capitalised to open the sentence, is
     * none of the name) */
    if (lex(c, i, p->e, LX_APPOINTEE, NULL)) return 0;
    size_t e = p->e, ne = name_here(p, i), ae, after = ne;
    tphrase t2 = {0};
    gaz_hit h;
    int from = -1;
    /* "the appointment of X of Kazakhstan as the next Secretary General": X's country between */
    if (ne > i && is(c, ne, "of") && gm(c, ne + 1, e, G_COUNTRY, -1, &h)) from = h.val, after = h.end;
    /* «утвердили представителя Киргизии X генеральным секретарем организации»: a verb of appointing (lexicon
     * appointee) a few words before the name, the title right after it in the instrumental */
    if (ne > i && cyrillic(c, i) && parse_title(c, ne, e, &t2) && !t2.plural && t2.title_at == ne &&
        ru_case(c->tl->t[title_head(c, &t2)].norm) == RU_INS && lex_in(c, i > p->s + 4 ? i - 4 : p->s, i, LX_APPOINTEE)) {
        person(p, official_add(c, i, ne, &t2, t2.country, t2.org, rule), rule, i, ne, 0, 0, 0);
        return t2.end;
    }
    /* "The summit also named Nikolai Bordiuzha, the 53-year-old former head of the Russian Security Council,
     * secretary general of the organization": a verb of appointing (lexicon appointee) a few words before the
     * name, the title after it or after an aside set off by commas */
    if (ne > i && after == ne && !cyrillic(c, i) && lex_in(c, i > p->s + 4 ? i - 4 : p->s, i, LX_APPOINTEE)) {
        size_t v = ne;
        if (is(c, ne, ",")) {
            size_t k = ne + 1;
            while (k < e && k < ne + 16 && !is(c, k, ",")) k++;
            v = is(c, k, ",") ? k + 1 : e;
        }
        if (is(c, v, "the")) v++;
        if (v < e && parse_title(c, v, e, &t2) && !t2.plural && t2.start == v) {
            int org = t2.org;
            /* ("... of the organization": the CSTO the sentence names) */
            if (org < 0 && t2.end > 2 && is(c, t2.end - 1, "organization")) org = gaz_org_index(c->g, "CSTO");
            person(p, official_add(c, i, ne, &t2, t2.country, org, rule), rule, i, ne, 0, 0, 0);
            return t2.end;
        }
    }
    /* "Imangali Tasmagambetov, one of Kazakhstan's most experienced statesmen, has formally taken up his duties
     * as Secretary General": past an aside set off by commas (no word of appointing in it) and an adverb in -ly */
    if (ne > i && after == ne && !cyrillic(c, i)) {
        size_t v = ne, k = ne + 1;
        if (is(c, ne, ",")) {
            while (k < e && k < ne + 14 && !is(c, k, ",") && !lex(c, k, e, LX_APPOINT, NULL)) k++;
            v = is(c, k, ",") && k > ne + 1 ? k + 1 : e;
        }
        if (word_ends(T(c, v), "ly")) v++; /* "formally took office as" */
        else if ((is(c, v, "has") || is(c, v, "had")) && word_ends(T(c, v + 1), "ly") && lex(c, v + 2, e, LX_APPOINT, NULL))
            v += 2; /* "has formally taken up his duties as": the phrase without the auxiliary */
        if (v < e && v > ne && lex(c, v, e, LX_APPOINT, NULL) && !is(c, v, "as") && !is(c, v, ",")) after = v;
    }
    if (ne == i || !lex(c, after, e, LX_APPOINT, &ae)) return 0;
    if (is(c, ae, "the") || is(c, ae, "a")) ae++;
    if (lex(c, ae, ae + 1, LX_POST_NOUN, NULL)) ae++; /* «X занял пост генерального секретаря ОДКБ» */
    if (!parse_title(c, ae, e, &t2) || t2.plural) return 0;
    /* "Just as CSTO Secretary General Nikolai Bordyusha put it": a name right after the title is the title's */
    if (name_run(c, skip_ranks(c, t2.end, e), e) >= skip_ranks(c, t2.end, e) + 2) return 0;
    int cty = t2.country, org = t2.org;
    if (cty < 0 && org < 0) cty = from;
    person(p, official_add(c, i, ne, &t2, cty, org, rule), rule, i, ne, 0, 0, 0);
    return t2.end;
}

/* How many names are listed from k ("A, B and C"), each of two words or more; the end of each in ends[] (at most max
 * of them; ends may be NULL). */
static int names_listed_ends(const ctx *c, size_t k, size_t e, size_t *ends, int max)
{
    int n = 0;
    for (;;) {
        size_t ne = name_run(c, k, e);
        if (ne < k + 2 || (ends && n == max)) return n;
        if (ends) ends[n] = ne;
        n++;
        k = ne + is(c, ne, ",");
        if (lex(c, k, e, LX_AND, NULL)) k++;
        if (k == ne) return n;
    }
}

/* names_listed_ends, the count only. */
static int names_listed(const ctx *c, size_t k, size_t e) { return names_listed_ends(c, k, e, NULL, 0); }

/* "Kazakh Foreign Minister A met his Russian counterpart B", «глава МИД
 * Казахстана поздравил своего российского коллегу Сергея Лаврова»: B holds
 * the title of the one named before in the sentence, in the country named
 * before the word (lexicon counterpart). */
static size_t counterpart_name(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e, q;
    gaz_hit h;
    if (!lex(c, i, e, LX_COUNTERPART, &q)) return 0;
    int cty = -1;
    for (size_t k = i > p->s + 2 ? i - 2 : p->s; k < i; k++)
        if (gm(c, k, i, G_COUNTRY, -1, &h) && h.end == i) cty = h.val;
    /* «его коллеги из Армении, Белоруссии и Казахстана - A, B и C», "his counterparts from Armenia, Belarus and
     * Kazakhstan: A, B and C": the countries in the names' order */
    int cs[8], nc = 0;
    if ((is(c, q, "из") || is(c, q, "from")) && gm(c, q + 1, e, G_COUNTRY, -1, &h)) {
        size_t k;
        cs[0] = h.val;
        nc = countries_listed(c, h.end, e, cs, 1, 8, &k);
        if (nc >= 2 && k < e && (is(c, k, "-") || is(c, k, ":"))) q = k + 1;
        /* ("counterparts from Belarus, Kyrgyzstan and Armenia A, B and C", or a comma before the names: as many
         * names as countries, nothing between) */
        else if (nc >= 2 && names_listed(c, k + is(c, k, ","), e) == nc) q = k;
        else nc = 0;
    }
    /* («своему белорусскому коллеге - Сергею Мартынову»: a dash before the name, as a comma) */
    size_t j = q + (is(c, q, ",") || (is(c, q, "-") && nc == 0)), ne = name_run(c, j, e);
    if (ne < j + 2) return 0;
    int before = -1; /* the one named last before the word */
    for (size_t k = mentions_from(&c->ms, MK_PERSON, p->s); k < c->ms.n[MK_PERSON] && c->ms.v[MK_PERSON][k].start < i; k++)
        before = c->ms.v[MK_PERSON][k].value;
    /* "Russian President Vladimir Putin will attend. He will also meet his Kazakh counterpart, A": a sentence that opens
     * with "he", "she", «он», «она» speaks of the one named last before it */
    size_t pk = mentions_from(&c->ms, MK_PERSON, p->s);
    if (before < 0 && person_pronoun(c, p->s) && pk > 0)
        before = c->ms.v[MK_PERSON][pk - 1].value;
    char *own = NULL; /* the title, a copy (official_add_titled may move the officials) */
    if (before >= 0)
        for (int k = 0; k < c->x->o[before].npos; k++)
            if (c->x->o[before].pos[k].title) { free(own); own = strdup(c->x->o[before].pos[k].title); }
    if (before < 0) { /* no one named: the last title said («Глава МИД Казахстана поздравил ...») */
        tphrase tt;
        for (size_t k = p->s; k < i; k++)
            if (parse_title(c, k, i, &tt)) {
                free(own);
                own = cyrillic(c, tt.title_at) ? strdup(gaz_title(c->g, tt.title)->name) : text_of(c, tt.title_at, tt.title_to);
                k = tt.end - 1;
            }
    }
    if (!own) return 0;
    /* "and his counterparts A (Kazakhstan), B (Kyrgyzstan) and C (Armenia)": a list, each name with its
     * country in brackets */
    for (int nth = 0;; nth++) {
        int cc = nth < nc ? cs[nth] : cty;
        size_t after = ne;
        if (is(c, ne, "(") && gm(c, ne + 1, e, G_COUNTRY, -1, &h) && is(c, h.end, ")")) cc = h.val, after = h.end + 1;
        if (nth && after == ne && nth >= nc) break;
        tphrase t = {.title = -1, .country = cc, .org = -1, .start = i, .end = q, .title_at = i, .title_to = q,
                     .plural = nc >= 2}; /* («коллеги из ...»: a plural, the names as written) */
        int o = official_add_titled(c, j, ne, &t, own, cc, -1, rule);
        person(p, o, rule, j, ne, 1, i, ne);
        if (after == ne && nth + 1 >= nc) break;
        size_t k = after + is(c, after, ",");
        if (lex(c, k, e, LX_AND, NULL)) k++;
        size_t nk = name_run(c, k, e);
        if (nk < k + 2) break;
        j = k;
        ne = nk;
    }
    free(own);
    return ne;
}

/* A later mention: the full name or surname of someone already found. */
static size_t surname_mention(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t ne = name_here(p, i);
    if (ne == i) return 0;
    char key[64], initial;
    name_key(c, i, ne, key, sizeof key, &initial);
    int o = find_official(c, key, initial);
    if (o >= 0) {
        if (span_push(&c->x->o[o].ev, span_of(c, i, ne)) < 0) c->oom = 1;
        person(p, o, rule, i, ne, 1, i, ne);
    }
    return ne;
}

/* "Sergei Lavrov arrived in Bishkek on Monday. On Tuesday he will take part in the meeting of the Council",
 * «Лавров прибыл в Киргизию 28 июня. 30 июня он примет участие в заседании»: "he", "she", «он», «она» as the subject
 * near a sentence's start (after a time at most), then (what he is to do, lexicon intends) a verb of taking part,
 * is the one person the sentence before named. */
static size_t pronoun_attends(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e, k = i + 1, q;
    if (!person_pronoun(c, i)) return 0;
    /* ('"... defence ministries," he said at the CSTO defence ministers' meeting': after a quote it closes, a speech
     * verb, "at" or «на» and a meeting, no one named in the quote: he spoke there) */
    int said_at = 0;
    if (i > p->s && closing_quote(c, p->s, i - 1) && !mention_in(&c->ms, MK_PERSON, p->s, i) &&
        lex(c, k, e, LX_SPEECH, &q) && (is(c, q, "at") || is(c, q, "на")))
        for (size_t v = q + 1; v < e && v < q + 8 && !is(c, v, ",") && !is(c, v, ".") && !said_at; v++)
            said_at = meeting_named_at(c, v, e); /* ("at the CSTO defence ministers' meeting") */
    /* ('"...", - сказал он в ходе расширенного заседания министров': the verb before the pronoun, then where he
     * spoke, lexicon occasion) */
    size_t sv = lex_start_ending_at(c, p->s, i, 2, LX_SPEECH), b = sv;
    while (b > p->s && (is(c, b - 1, "-") || is(c, b - 1, ","))) b--;
    if (!said_at && sv < i && b > p->s && b < sv && closing_quote(c, p->s, b - 1) &&
        !mention_in(&c->ms, MK_PERSON, p->s, i) && lex(c, k, e, LX_OCCASION, &q))
        for (size_t v = q; v < e && v < q + 8 && !is(c, v, ",") && !is(c, v, ".") && !said_at; v++)
            said_at = meeting_named_at(c, v, e);
    if (!said_at && i > p->s + 4) return 0;
    for (size_t j = p->s; j < i && !said_at; j++)
        if (c->tl->t[j].kind != TOK_WORD && c->tl->t[j].kind != TOK_NUM) return 0; /* (a time: words, numbers) */
    if (is(c, k, "also") || is(c, k, "также")) k++;
    if (lex(c, k, e, LX_INTENDS, &q)) k = q;
    size_t ns, ne;
    int who = said_at || lex(c, k, e, LX_ATTEND, NULL) ? one_named_before(c, p->s, &ns, &ne) : -1;
    if (who < 0) return 0;
    person(p, who, rule, i, i + 1, 0, 0, 0);
    return i + 1;
}

/* "left for Astana, where he will take part in", «направился в Казахстан, где в Астане примет участие в»: after a verb
 * of going somewhere at k (lexicon set_off_for, arrived), ", where" or «, где», then (a pronoun, a place, what he is
 * to do) the verb of taking part: where that verb starts, or 0. */
static size_t going_where(const ctx *c, size_t k, size_t e)
{
    size_t q;
    if (!lex(c, k, e, LX_SET_OFF_FOR, &q) && !lex(c, k, e, LX_ARRIVED, &q)) return 0;
    while (q + 1 < e && q < k + 12 && !is(c, q, ".") && !where_clause(c, q, e)) q++;
    if (q + 1 >= e || !where_clause(c, q, e)) return 0;
    for (size_t v = q + 2; v < e && v < q + 7 && !is(c, v, ","); v++) {
        size_t w;
        if (lex(c, v, e, LX_INTENDS, &w)) v = w;
        if (lex(c, v, e, LX_ATTEND, NULL)) return v;
    }
    return 0;
}

/* "Alexander Lukashenko took part in the session of the Council", «Александр
 * Лукашенко принял участие в сессии»: a name of two words or more that takes
 * part in a meeting of the sentence is an official, with no title the text
 * gives (after every rule with a title; a known person is found again by
 * official_add). */
static size_t name_attends(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e, ne = name_here(p, i), k = ne;
    if (ne < i + 2 || place_words(c, i, ne)) return 0;
    if (is(c, k, "also") || is(c, k, "также")) k++;
    /* («Владимир Путин на следующей неделе примет участие», "X on Monday took part": a date between) */
    size_t dk = k + (is(c, k, "on") || is(c, k, "в"));
    const mention *dm = mention_at(&c->ms, MK_DATE, dk);
    if (dm && dm->start == dk) k = dm->end;
    if (is(c, k, "who") || is(c, k, "который")) k++; /* "the absence of X who boycotted the event" */
    /* «X в режиме видеоконференции принял участие», "X, via video link, took part": the way of taking part (lexicon
     * video) between the name and its verb */
    size_t v0 = k + is(c, k, ","), v;
    if (lex(c, v0 + (is(c, v0, "by") || is(c, v0, "via")), e, LX_VIDEO, &v)) k = v + is(c, v, ",");
    /* (or keeps away from it: "X boycotted the summit", "X did not travel to Moscow for the summit", «X не приехал на
     * саммит»: an official all the same, who takes no part) */
    size_t a = k + (is(c, k, "did") || is(c, k, "does") || is(c, k, "will") || is(c, k, "would"));
    /* "X left for Astana, where he will take part"; "X will take part", «X планирует принять участие» (lexicon
     * intends) */
    size_t w = going_where(c, k, e);
    if (w) k = w;
    else if (lex(c, k, e, LX_INTENDS, &w) && lex(c, w, e, LX_ATTEND, NULL)) k = w;
    /* ("Speech by X at the meeting of the PA Council": a heading's word of what one said there, lexicon
     * heading_person, and "by" before the name, "at" and the meeting after it) */
    int said_at = i >= p->s + 2 && is(c, i - 1, "by") && lex_ends_at(c, p->s, i - 1, 2, LX_HEADING_PERSON) &&
                  is(c, ne, "at") && meeting_named_at(c, ne + 1 + is(c, ne + 1, "the"), e);
    if (!said_at &&
        ((!lex(c, k, e, LX_ATTEND, NULL) && !lex(c, a, e, LX_ABSENT, NULL)) || sentence_meeting(c, p->s, e) < 0))
        return 0;
    size_t j = name_tail(c, i, ne, e);
    person(p, official_add(c, j, ne, NULL, -1, -1, rule), rule, j, ne, 1, j, ne);
    return ne;
}

/* "The Council of the CSTO Parliamentary Assembly, chaired by Vyacheslav Volodin, took note of ...": a name of two
 * words or more right after a phrase of chairing (lexicon chaired_by) in a sentence that names a meeting or a body is
 * an official, with no title the text gives there (name_attends' kin). */
static size_t chaired_by_name(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e, ne = name_here(p, i);
    /* (English only: «под председательством Бориса Грызлова» is in the genitive, found with its title elsewhere) */
    if (ne < i + 2 || cyrillic(c, i) || place_words(c, i, ne) || !lex_ends_at(c, p->s, i, 4, LX_CHAIRED_BY) ||
        (sentence_meeting(c, p->s, e) < 0 && !mention_in(&c->ms, MK_BODY, p->s, e)))
        return 0;
    size_t j = name_tail(c, i, ne, e);
    person(p, official_add(c, j, ne, NULL, -1, -1, rule), rule, j, ne, 0, 0, 0);
    return ne;
}

/* «Нурсултан Назарбаев, Алмазбек Атамбаев, Владимир Путин и Эмомали Рахмон обсудят вопрос ...», "A, B, C and D
 * discussed ...": three names of two words or more listed as the subject of a verb of deliberating or meeting (lexicon
 * deliberate, meeting_verb), in a report of a meeting, are officials, with no title the text gives there. */
static size_t names_deliberate(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e, ends[8];
    int n = names_listed_ends(c, i, e, ends, 8);
    if (n < 3 || (sentence_meeting(c, p->s, e) < 0 && c->current < 0)) return 0;
    size_t v = ends[n - 1];
    if (!lex(c, v, e, LX_DELIBERATE, NULL) && !lex(c, v, e, LX_MEETING_VERB, NULL)) return 0;
    size_t a = i;
    for (int q = 0; q < n; q++) {
        person(p, official_add(c, a, ends[q], NULL, -1, -1, rule), rule, a, ends[q], 0, 0, 0);
        a = ends[q] + is(c, ends[q], ",");
        if (lex(c, a, e, LX_AND, NULL)) a++;
    }
    return v;
}

/* "Sergey Lavrov has told a conference of CSTO Foreign Ministers that ...": a name of two words or more that
 * opens its sentence and tells (lexicon speech, after "has" or "had") a meeting the sentence names is an
 * official, with no title the text gives there (name_attends' kin: who addresses a meeting takes part in
 * it). */
static size_t name_tells_meeting(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e, ne = name_here(p, i), k = ne, q;
    if (i != p->s || ne < i + 2 || place_words(c, i, ne)) return 0;
    if (is(c, k, "has") || is(c, k, "had")) k++;
    if (!lex(c, k, e, LX_SPEECH, &q) || sentence_meeting(c, p->s, e) < 0) return 0;
    /* (the meeting is what was told: "told a conference of ...", "told the summit") */
    size_t a = q + (is(c, q, "a") || is(c, q, "the"));
    if (!lex(c, a, e, LX_MEETING_NOUN, NULL) && !gm(c, a, e, G_BODY, -1, &(gaz_hit){0})) return 0;
    size_t j = name_tail(c, i, ne, e);
    person(p, official_add(c, j, ne, NULL, -1, -1, rule), rule, j, ne, 1, j, ne);
    return ne;
}

/* "Serzh Sargsyan said the agreement had been signed", «..., — сказал тогда Дмитрий Медведев», "according to
 * Andrei Grozin": a name of two words or more that speaks (speaker) is a person the report quotes, with no title
 * the text gives there (after every rule with a title; a known person is found again by official_add). */
static size_t name_speaks(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e, ne = name_here(p, i);
    if (ne < i + 2 || place_words(c, i, ne) || !speaker(c, p->s, i, ne, e)) return 0;
    size_t j = name_tail(c, i, ne, e);
    /* Russian: the speaker is the verb's subject, in the nominative, which its first name shows («На встрече с
     * Жапаровым Путин отметил», «представителя Армении Юрия Хачатурова, сообщил помощник»: no name of one) */
    if (cyrillic(c, j) && ru_case(c->tl->t[j].norm) != RU_NOM) return 0;
    person(p, official_add(c, j, ne, NULL, -1, -1, rule), rule, j, ne, 1, j, ne);
    return ne;
}

/* "The session was attended by A B, C D and E F", «В сессии участвовали А Б,
 * В Г и Д Е»: the names of two words or more listed after a verb of taking
 * part (lexicon attend), in a sentence that names a meeting, with no title
 * the text gives; the list ends at anything else (a titled name is the
 * title rules'). */
static size_t attend_name_list(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e, q;
    /* «За круглым столом в Кремле собрались все семь глав государств: Дмитрий Медведев, Александр Лукашенко, ...»,
     * "the leaders who gathered: A, B and C": a colon after a verb of meeting, in a sentence that names a meeting
     * or after one */
    int colon = is(c, i, ":") && i > p->s && lex_in(c, p->s, i, LX_MEETING_VERB) && lex_in(c, p->s, i, LX_ATTEND) &&
                (sentence_meeting(c, p->s, e) >= 0 || c->current >= 0);
    gaz_hit ch;
    int delegate = 0;
    if (colon) {
        q = i;
    } else {
        if (!lex(c, i, e, LX_ATTEND, &q)) return 0;
        /* "Russia was represented by X", «Россию представлял X»: a country's delegate, in a sentence that may
         * name the meeting only as "it" («Его провел A, Россию представлял B») */
        delegate = i > p->s && lex(c, i, e, LX_REPRESENTED_BY, NULL) && c->current >= 0 &&
                   gm(c, i - 1, i, G_COUNTRY, -1, &ch);
        /* (or after a held meeting, named in the sentence before: an attend word of a host, lexicon guests_of,
         * "Yesterday the CSTO held its annual summit. In Astana, X hosted Vladimir Putin, Alexander Lukashenko and
         * Emomali Rahmon"; an arrival, lexicon arrived, the name right after it, «В Астане продолжается саммит.
         * Первым из президентов прибыл Александр Лукашенко») */
        if (!delegate && sentence_meeting(c, p->s, e) < 0 &&
            !(c->current >= 0 && c->x->m[c->current].status == ST_HELD && !dated_otherwise(c, p->s, e, c->current) &&
              (lex(c, i, e, LX_GUESTS_OF, NULL) || (lex(c, i, e, LX_ARRIVED, &q) && name_run(c, q, e) >= q + 2))))
            return 0;
        /* "Taking part in the session were A and B", «Участие в саммите принимает А»: past the meeting named right
         * after the attend word, a verb that puts its subjects after it (lexicon attend_inverted) */
        size_t mk = mentions_from(&c->ms, MK_MEETING, q), v;
        /* Russian: a verb, whose subjects are in the nominative («участвовали А», not «с участием А») */
        static const char *const verb[] = {"ли", "л", "ла", "ут", "ют", "ет", NULL};
        if (mk < c->ms.n[MK_MEETING] && c->ms.v[MK_MEETING][mk].start <= q + 2 &&
            lex(c, c->ms.v[MK_MEETING][mk].end, e, LX_ATTEND_INVERTED, &v))
            q = v;
        else if (cyrillic(c, i) && !word_ends_any(c->tl->t[i].norm, verb)) return 0;
    }
    if (is(c, q, "by")) q++;
    if (is(c, q, ":")) q++;
    size_t k = q, last = 0;
    int n = 0;
    for (;;) {
        size_t ne = name_run(c, k, e);
        if (ne == k + 1) { /* "with the participation of Pashinyan, Tokayev, A B and ...": one named before */
            char key[64], initial;
            name_key(c, k, ne, key, sizeof key, &initial);
            int o = find_official(c, key, 0);
            if (o < 0) break;
            person(p, o, rule, k, ne, 1, k, ne);
            n++;
            last = k = ne;
            if (is(c, k, ",")) k++;
            if (lex(c, k, e, LX_AND, NULL)) k++;
            if (k == ne) break;
            continue;
        }
        if (ne < k + 2 || place_words(c, k, ne) || parse_title(c, ne, e, &(tphrase){0})) break;
        /* "represented by X, Secretary of the Security Council": name-comma-title's (but "A, President of
         * Belarus B" goes on to B) */
        tphrase ap;
        if (is(c, ne, ",") && parse_title(c, ne + 1 + (is(c, ne + 1, "the") || is(c, ne + 1, "a")), e, &ap) &&
            name_run(c, ap.end, e) < ap.end + 2)
            break;
        /* «Саргсян Серж Азатович – Президент ...»: a titled line, surname-first-dash-title's */
        if (is(c, ne, "-") && parse_title(c, ne + 1, e, &(tphrase){0})) break;
        /* «участвовали Нурсултан Назарбаев (Казахстан), Серж Саргсян (Армения) и ...»: each his country */
        int cty = delegate ? ch.val : -1;
        size_t after = ne;
        gaz_hit pc;
        if (is(c, ne, "(") && gm(c, ne + 1, e, G_COUNTRY, -1, &pc) && is(c, pc.end, ")")) cty = pc.val, after = pc.end + 1;
        person(p, official_add(c, k, ne, NULL, cty, -1, rule), rule, k, ne, 1, k, ne);
        n++;
        last = after;
        k = after;
        if (is(c, k, ",")) k++;
        if (lex(c, k, e, LX_AND, NULL)) k++;
        if (k == after) break;
    }
    return n ? last : 0;
}

/* An author's card: a line that is a name alone, the next line opening with a title ("Alexander Grinevich\n\n
 * Permanent and Plenipotentiary Representative of the Republic of Belarus to the CSTO, ..."): that title is
 * the name's. */
static size_t name_line_title(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e, ne = name_here(p, i), n = c->tl->n;
    /* (the name's line may be a sentence of its own: the title is then the next one's start) */
    if (ne < i + 2 || ne > i + 3 || ne >= n || !(i == 0 || c->tl->t[i].nl) || !c->tl->t[ne].nl) return 0;
    tphrase t;
    if (!parse_title(c, ne, n, &t) || t.plural || t.start != ne) return 0;
    int cty = t.country, org = t.org;
    if (cty < 0 && org < 0) cty = title_country(c, &t);
    person(p, official_add(c, i, ne, &t, cty, org, rule), rule, i, ne, 0, 0, 0);
    return t.end < e ? t.end : ne;
}

/* "Putin, Lukashenko, Nazarbayev and other CSTO leaders met in Moscow", «Путин, Лукашенко, Назарбаев и остальные
 * лидеры стран ОДКБ встретились в Москве»: names (two or more, parted by commas, or one of two words or more: "Jean
 * Dupont and other heads of state") that open the sentence, then "and", lexicon other_of_them and a plural title:
 * each name holds that title. */
static size_t names_and_other_titled(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e, k = i, q, starts[8], ends[8];
    int n = 0;
    if (i != p->s) return 0;
    while (n < 8) {
        size_t ne = name_run(c, k, e);
        if (ne <= k || place_words(c, k, ne) || gm(c, k, ne, G_COUNTRY, -1, &(gaz_hit){0})) return 0;
        starts[n] = k, ends[n] = ne, n++;
        k = ne;
        if (!is(c, k, ",")) break;
        k++;
    }
    if ((n < 2 && ends[0] < starts[0] + 2) || !lex(c, k, e, LX_AND, &q) || !lex(c, q, e, LX_OTHER_OF_THEM, &q))
        return 0;
    tphrase t;
    /* (a Russian title matches by its stem: «лидеры» reads as «лидер», the plural its ending's) */
    if (!parse_title(c, q, e, &t) || t.start != q || (!t.plural && !cyrillic(c, q))) return 0;
    for (int j = 0; j < n; j++) /* (national leaders: "CSTO leaders" names whose leaders, no office of the CSTO) */
        person(p, official_add(c, starts[j], ends[j], &t, t.country, -1, rule), rule, starts[j], ends[j], 0, 0, 0);
    return ends[n - 1];
}

/* The office named by the words [a, b) after the plural title t as written («министры» + «иностранных дел»:
 * «министры иностранных дел»), matched as a whole on a token list of its own; -1 when they name none. */
static int office_of_words(const ctx *c, const tphrase *t, size_t a, size_t b)
{
    const token *tk = c->tl->t;
    sbuf w = {0};
    sbuf_append(&w, c->a->text + tk[t->title_at].start, tk[t->title_to - 1].end - tk[t->title_at].start);
    sbuf_putc(&w, ' ');
    sbuf_append(&w, c->a->text + tk[a].start, tk[b - 1].end - tk[a].start);
    gaz_hit h;
    size_t n;
    int office = title_in_words(c, &w, &h, &n) && h.end == n ? h.val : -1;
    sbuf_free(&w);
    return office;
}

/* «Республику Таджикистан на заседании представили министры: иностранных дел — A, обороны — B»: a plural title, a
 * colon, then items of the words that complete the title, a dash and a name, each its own office (office_of_words). */
static size_t title_colon_items(pstate *p, size_t i, const char *rule)
{
    ctx *c = p->c;
    size_t e = p->e, k;
    const tphrase *t = title_here(p, i);
    if (!t || !plural_title(c, t) || !cyrillic(c, t->title_at) || !is(c, t->end, ":")) return 0;
    int cty = t->country >= 0 ? t->country : p->scope_country, n = 0;
    for (k = t->end; k < e && (is(c, k, ":") || is(c, k, ",") || lex(c, k, e, LX_AND, NULL));) {
        size_t a = k + 1, d = a;
        while (d < e && d < a + 5 && !is(c, d, "-") && cyrillic(c, d) && !c->tl->t[d].cap) d++;
        size_t ne = d + 1 < e ? name_run(c, d + 1, e) : d;
        int office = d > a && is(c, d, "-") ? office_of_words(c, t, a, d) : -1;
        if (office < 0 || ne < d + 3) break;
        person(p, official_add_titled(c, d + 1, ne, t, gaz_title(c->g, office)->name, cty, -1, rule), rule, d + 1, ne, 1,
               d + 1, ne);
        n++;
        k = ne;
    }
    return n ? k : 0;
}

/* The rules in precedence order: the first that applies at a token takes it. */
static const struct {
    const char *name;
    person_rule fn;
} person_rules[] = {
    {"respectively-list", respectively_list},
    {"names-and-other-titled", names_and_other_titled},
    {"plural-country-dash-name", plural_country_dash_name},
    {"title-colon-items", title_colon_items},
    {"plural-title-list", plural_title_list},
    {"title-name", title_name},
    {"title-alone", title_alone},
    {"country-possessive-name", country_possessive_name},
    {"name-comma-title", name_comma_title},
    {"name-line-title", name_line_title},
    {"name-appointed-title", name_appointed_title},
    {"surname-first-dash-title", surname_first_dash_title},
    {"counterpart-name", counterpart_name},
    {"name-attends", name_attends},
    {"pronoun-attends", pronoun_attends},
    {"surname-of-title", surname_of_title},
    {"chaired-by-name", chaired_by_name},
    {"names-deliberate", names_deliberate},
    {"name-tells-meeting", name_tells_meeting},
    {"name-speaks", name_speaks},
    {"attend-name-list", attend_name_list},
    {"surname-mention", surname_mention},
};

/* Whether any rule may apply at token i: each starts with a title phrase
 * (a country, an organisation, a title or a title prefix), a country, a
 * name (a capitalised word), a counterpart word or a verb of taking part.
 * Most tokens start none, and the table is not tried there. */
static int may_start_person(const ctx *c, size_t i)
{
    const token *t = &c->tl->t[i];
    if (!c->clsm || !c->lexm || (t->kind == TOK_WORD && t->cap) || (t->end == t->start + 1 && c->a->text[t->start] == ':'))
        return 1; /* (a colon: a list of names may follow, attend_name_list) */
    if (person_pronoun(c, i)) return 1; /* (pronoun_attends) */
    return (c->clsm[i] & (1u << G_COUNTRY | 1u << G_ORG | 1u << G_TITLE)) ||
           (c->lexm[i] & (LX_BIT(LX_TITLE_PREFIX) | LX_BIT(LX_COUNTERPART) | LX_BIT(LX_ATTEND))) ||
           (i + 1 < c->tl->n && c->clsm[i + 1] >> G_COUNTRY & 1u && !c->tl->t[i + 1].cap && cyrillic(c, i)); /* (title_past_adjective) */
}

void officials_in_sentence(ctx *c, size_t s, size_t e)
{
    pstate p = {.c = c, .s = s, .e = e, .prev_country = -1, .prev_org = -1};
    p.scope_country = scope_country(c, s, e);
    for (size_t i = s; i < e;) {
        if (!may_start_person(c, i)) {
            i++;
            continue;
        }
        p.title_tried = 0;
        p.ne = SIZE_MAX;
        size_t next = 0;
        for (size_t r = 0; r < sizeof person_rules / sizeof person_rules[0] && !next; r++)
            next = person_rules[r].fn(&p, i, person_rules[r].name);
        i = next ? next : i + 1;
    }
}
