/* documents — the documents stage.
 *
 * Reads: the sentence's tokens, the organisation/body name mentions (a
 * keyword inside a name is no document), titles (people.c's parse_title
 * ends a title before ", CSTO Press Secretary X").
 * Writes: documents through assembly.c (doc_add); a private scratch mask
 * of the tokens already inside a document's title (`used`).
 * At each document keyword (data/doctypes.tsv) that keyword_at() accepts,
 * the rules of the table doc_rules are tried in order and the first that
 * applies takes it: quoted-list, quoted-title, plural-quoted-list, plural-comma-list,
 * plural-list, keyword-title (keyword-org when the title is the
 * organisation's name alone), keyword.  Each is a function with one
 * signature (doc_rule); its name in the table is what `csto parse
 * --explain` prints.  Private scratch: the keyword at hand (dstate). */
#include "model/extract/internal.h"


/* A preposition that starts a document's title after its keyword (lexicon
 * doc_starter: "Statement on ...", "Plan of ..."), unless what follows it
 * is no title: a pronoun, a number or a month ("the Treaty on its ...",
 * "the treaty in 1999"). */
static int doc_starter(const ctx *c, size_t j)
{
    size_t k;
    /* Russian: the title goes on in the genitive, with no preposition («План реализации Стратегии ...»,
     * «Заявление министров иностранных дел») */
    if (j > 0 && j < c->tl->n && c->tl->t[j].kind == TOK_WORD && (unsigned char)c->tl->t[j].norm[0] >= 0xD0 &&
        (unsigned char)c->tl->t[j].norm[0] <= 0xD1 && (unsigned char)c->tl->t[j - 1].norm[0] >= 0xD0 &&
        (unsigned char)c->tl->t[j - 1].norm[0] <= 0xD1 && !lex(c, j, c->tl->n, LX_DOC_STOP, NULL) &&
        !lex(c, j, c->tl->n, LX_PAST, NULL) && !lex(c, j, c->tl->n, LX_ADOPT, NULL) &&
        !lex(c, j, c->tl->n, LX_AND, NULL) && /* «декларацию и ряд документов»: no genitive */
        !lex(c, j, c->tl->n, LX_DOC_START, NULL) && /* «о его проведении»: a preposition is checked below */
        /* («Решение примут лидеры», «Документы утвердят министры»: a verb in the third person plural, no genitive) */
        !word_ends_any(c->tl->t[j].norm, (const char *const[]){"ут", "ют", "ят", NULL}))
        return 1;
    /* "a Statement by the CSTO Collective Security Council on ...", "a Statement by the member states of ...": by a
     * body or by the states together (lexicon doc_authors), its own title */
    if (is(c, j, "by")) {
        gaz_hit h;
        k = j + 1 + is(c, j + 1, "the");
        if (gm(c, k, c->tl->n, G_ORG, -1, &h) && h.val == gaz_org_index(c->g, "CSTO")) k = h.end;
        return gm(c, k, c->tl->n, G_BODY, -1, &h) || lex(c, k, c->tl->n, LX_DOC_AUTHORS, NULL);
    }
    if (!lex(c, j, c->tl->n, LX_DOC_START, &k)) return 0;
    /* ("the military cooperation plan until 2025": "until" a year, not "until now") */
    if (lex(c, j, k, LX_UNTIL, NULL) && !(k < c->tl->n && c->tl->t[k].kind == TOK_NUM)) return 0;
    /* (a pronoun after a preposition is no title, "the Treaty on its ...", but after a participle it is one's words:
     * "a declaration containing their consolidated position on ...") */
    int participle = k == j + 1 && word_ends(T(c, j), "ing");
    if (k >= c->tl->n || (lex(c, k, c->tl->n, LX_NOT_TITLE, NULL) && !participle)) return 0;
    /* "decisions on the issues that will be submitted", «решения по вопросам, которые ...»: a word that names no
     * subject (lexicon vague_topic), then a clause or the end */
    size_t v = k + is(c, k, "the"), q;
    if (lex(c, v, c->tl->n, LX_VAGUE_TOPIC, &q) &&
        (q >= c->tl->n || is(c, q, ",") || is(c, q, ".") || is(c, q, "that") ||
         lex(c, q, c->tl->n, LX_RELATIVE_PRONOUN, NULL)))
        return 0;
    /* "the treaty in 1999" is none, "Plan for 2022" is a title, and so is «в связи с 80-летием» (a number
     * with letters) */
    const token *t = c->tl->t;
    int glued = k + 2 < c->tl->n && is(c, k + 1, "-") && t[k + 1].start == t[k].end && t[k + 2].start == t[k + 1].end &&
                t[k + 2].kind == TOK_WORD; /* «80-летием», "75-year" */
    if (t[k].kind == TOK_NUM && !lex(c, j, c->tl->n, LX_PERIOD, NULL) && !glued &&
        strspn(t[k].norm, "0123456789.,-/") == strlen(t[k].norm))
        return 0;
    return !gm(c, k, c->tl->n, G_MONTH, -1, &(gaz_hit){0});
}

/* Whether token k is a word in lower case in Latin letters (an English adjective). */
static int ascii_lower_word(const ctx *c, size_t k)
{
    return lower_word(c, k) && !cyrillic(c, k);
}

static int doc_begins_at(const ctx *c, size_t j, size_t e);

/* "[,] and [a|the] [modifiers] DOCTYPE" or ", a|the [modifiers] DOCTYPE" at j: another document begins. */
static int next_doc_at(const ctx *c, size_t j, size_t e)
{
    int comma = is(c, j, ",");
    if (comma) j++;
    if (lex(c, j, e, LX_AND, NULL)) {
        j++; /* "and", «и» */
        if (is(c, j, "of")) j++; /* "the drafts of the Declaration ... and of the decision on ..." */
    } else if (!comma) return 0; /* ", a decision on ...", ", resolutions of ..." */
    return doc_begins_at(c, j, e);
}

/* "[a|the] [modifiers] DOCTYPE" at j (next_doc_at, past its joiner). */
static int doc_begins_at(const ctx *c, size_t j, size_t e)
{
    int article = is(c, j, "a") || is(c, j, "an") || is(c, j, "the");
    if (article) j++;
    if (is(c, j, "\"")) j++; /* «... и «Стратегия коллективной безопасности ...»»: a quoted title of its own */
    /* "..., the CSTO Council's resolutions on ...": the owner of the next document before its keyword */
    /* (a name of a few capitalised words, "the Council's decision") */
    size_t q = j;
    while (q < e && q < j + 4 && cap_word(c, q)) q++;
    if (q > j && is(c, q, "'s")) j = q + 1;
    size_t k = j;
    for (int n = 0, plain = 0; n < 6; n++) {
        if (lex(c, j, e, LX_DOC_MODIFIER, &k) || lex(c, j, e, LX_DRAFT, &k)) { j = k; continue; }
        if (gm(c, j, e, G_DOCTYPE, -1, &(gaz_hit){0})) break;
        /* "... and a new anti-drug strategy", "and a long-term programme": a compound of lower-case words
         * joined by hyphens (an adjective, never the verb of a clause) */
        size_t h = j;
        while (h + 2 < e && lower_word(c, h) && is(c, h + 1, "-") && lower_word(c, h + 2)) h += 2;
        if (h > j) { j = h + 1; continue; }
        /* "and a new strategy", "and the updated plan": after an article, a lower-case word or two before the
         * keyword are its adjectives */
        if (article && ascii_lower_word(c, j) && plain < 2) { j++, plain++; continue; }
        break;
    }
    /* «... и Межгосударственной целевой программы «...»»: Russian adjectives before the keyword */
    static const char *const adj[] = {"ой", "ей", "ый", "ий", "ая", "яя", "ую", "юю", "ое", "ее", "ые", "ие", "ых", "их", "ого",
                                      "его", "ому", "ему", "ым", "им", NULL};
    for (int n = 0; n < 3 && cyrillic(c, j) && word_ends_any(c->tl->t[j].norm, adj) &&
                    !gm(c, j, e, G_DOCTYPE, -1, &(gaz_hit){0}); n++)
        j++;
    return gm(c, j, e, G_DOCTYPE, -1, &(gaz_hit){0});
}

/* Whether token k opens an item of a list of titles under one keyword
 * ("statements on A, on B and on C", «заявления о A, по B и в связи с C»:
 * lexicon item_prep). */
static int item_prep(const ctx *c, size_t k)
{
    return lex(c, k, c->tl->n, LX_ITEM_PREP, NULL);
}

/* Whether a count of matters follows a keyword at k: «решения более чем по 40 вопросам», "decisions on more than 40
 * issues" (lexicon approx, «чем», item_prep in either order, then a number that no month follows): decisions in
 * general, no document's title. */
static int issues_counted(const ctx *c, size_t k, size_t e)
{
    size_t q;
    int prep = 0;
    for (int n = 0; n < 2; n++) {
        if (!prep && item_prep(c, k)) k++, prep = 1;
        if (lex(c, k, e, LX_APPROX, &q)) k = q + is(c, q, "чем");
    }
    if (!prep || k >= e) return 0;
    int number = c->tl->t[k].kind == TOK_NUM || lex(c, k, e, LX_NUMBER_WORD, &q);
    return number && k + 1 < e && !gm(c, k + 1, e, G_MONTH, -1, &(gaz_hit){0}) && c->tl->t[k + 1].kind == TOK_WORD &&
           !c->tl->t[k + 1].cap;
}

/* Whether an item of a list starts at k: a word of lexicon item_prep, perhaps quoted («О положении в
 * Афганистане»). */
static int item_at(const ctx *c, size_t k)
{
    return item_prep(c, k) || (is(c, k, "\"") && item_prep(c, k + 1)); /* (« is tokenised as ") */
}

/* After a plural keyword at k: a colon or a dash, then an item ("regulations -- on the Secretariat, on
 * the Secretary General and on the budget", "model laws: on A, on B"): the token of the first item,
 * else k. */
static size_t list_opener(const ctx *c, size_t k, size_t e)
{
    size_t j = k;
    if (is(c, j, ":")) j++;
    while (j < e && j < k + 3 && is(c, j, "-")) j++; /* "-", "--", ": -" (a bullet); en and em dashes are "-" once tokenised */
    return j > k && j < e && item_prep(c, j) ? j : k;
}

static int doc_count_in(const ctx *c, size_t s, size_t e);

/* Whether the sentence before the one at s counts documents ("the parties signed 14 final documents"). */
static int counted_before(const ctx *c, size_t s)
{
    long p = sentence_before(c->tl, s);
    return p >= 0 && doc_count_in(c, c->tl->s[p].first, c->tl->s[p].last + 1);
}

/* The end of sentence [s, e) with the bulleted items on the lines after it
 * when it ends with a colon («Совет принял решения:» then «– о бюджете ...;»
 * line by line): each a sentence of its own once split, they are its list. */
static size_t bullets_after(const ctx *c, size_t s, size_t e)
{
    const toklist *tl = c->tl;
    if (e <= s || !is(c, e - 1, ":")) return e;
    /* «Среди них:», "Among them:": whole titles in the bullets, not only «о ...» items; or a lead-in after a
     * sentence that counted documents ("the parties signed 14 final documents ... however:") */
    int among = lex_in(c, s, e, LX_AMONG_THEM) || lex_in(c, s, e, LX_INCLUDING) || counted_before(c, s);
    for (size_t si = 0; si < tl->ns; si++) {
        if (tl->s[si].first < e) continue;
        /* the first item may come without its bullet, in quotes («заявления:» then «О A»; then – «О B».) */
        if (tl->s[si].first > e ||
            !((is(c, e, "-") && (item_at(c, e + 1) || among)) || (is(c, e, "\"") && item_prep(c, e + 1))))
            break;
        e = tl->s[si].last + 1;
    }
    return e;
}

/* Whether a participle's clause starts at k: a lower-case English word in
 * -ing ("..., calling for stronger efforts", "..., saying it did not",
 * "a protocol on cooperation, criticizing the West": it tells of the signing;
 * right after the keyword one opens the title, "a statement calling for"),
 * not a preposition that starts a title ("..., concerning joint measures"). */
static int ing_clause(const ctx *c, size_t k, size_t e)
{
    const token *t = k < c->tl->n ? &c->tl->t[k] : NULL;
    if (!t || t->kind != TOK_WORD || t->cap || is(c, k, "concerning") || is(c, k, "regarding")) return 0;
    size_t n = strlen(t->norm);
    if (n <= 5 || strcmp(t->norm + n - 3, "ing") || (unsigned char)t->norm[0] >= 0x80) return 0;
    /* "statements on A, B, ensuring stability, and combating Nazism": an item of a list */
    for (size_t q = k + 1; q + 1 < e; q++)
        if (is(c, q, ",") && lex(c, q + 1, e, LX_AND, NULL)) return 0;
    return 1;
}

/* Whether token k is a lower-case English word in -ed (or a past of lexicon past_irregular, "heard", "made")
 * followed by a determiner or a possessive ("instructed their governments", "asked the secretariat"; after a
 * past not in -ed, an article too: "heard a report"): a verb and its object, not a word of a title. */
static int ed_verb_before_object(const ctx *c, size_t k, size_t e)
{
    if (k + 1 >= e) return 0;
    const token *t = &c->tl->t[k];
    size_t n = strlen(t->norm), q;
    if (t->kind != TOK_WORD || t->cap) return 0;
    if (lex(c, k, e, LX_PAST_IRREGULAR, &q) && q == k + 1)
        return determiner(c, q) || is(c, q, "a") || is(c, q, "an") || lex(c, q, e, LX_OBJECT, NULL);
    if (n < 5 || strcmp(t->norm + n - 2, "ed")) return 0;
    return determiner(c, k + 1) || lex(c, k + 1, e, LX_OBJECT, NULL);
}

/* Whether a date mention of the article starts at token k, naming a day or a month ("on Friday", "in
 * June 2024"; not "in 2026", which ends many titles: "the Plan of Main Events ... in 2026"). */
static int day_or_month_at(const ctx *c, size_t k)
{
    size_t d = mentions_from(&c->ms, MK_DATE, k);
    /* (a weekday is a day even in a report with no date of its own to count it from: "made a decision on the
     * components of the headquarters on Monday") */
    if (d >= c->ms.n[MK_DATE] || c->ms.v[MK_DATE][d].start != k) return gm(c, k, c->tl->n, G_DATE, DK_WEEKDAY, &(gaz_hit){0});
    cdate when = c->dates[c->ms.v[MK_DATE][d].value].date;
    return when.m || when.d || !when.y;
}

/* Whether the document whose keyword ends at ke is told adopted in a year before the report's, after a comma
 * further on ("the Military-Economic Cooperation Program of the CSTO member states, adopted in May 2016", in a
 * report of 2019): a document of the past named in passing, none of a meeting of the report. */
static int adopted_long_ago(const ctx *c, size_t ke, size_t e)
{
    if (!c->pub.y) return 0;
    for (size_t k = ke; k + 3 < e && k < ke + 20; k++) {
        if (is(c, k, ";") || is(c, k, ".")) return 0;
        size_t q;
        if (!is(c, k, ",") || !lex(c, k + 1, e, LX_ADOPT, &q) || !(is(c, q, "in") || is(c, q, "on"))) continue;
        size_t d = mentions_from(&c->ms, MK_DATE, q + 1);
        if (d >= c->ms.n[MK_DATE] || c->ms.v[MK_DATE][d].start != q + 1) return 0;
        cdate when = c->dates[c->ms.v[MK_DATE][d].value].date;
        return when.y && when.y < c->pub.y;
    }
    return 0;
}

/* Whether sentence [s, e) opens with a date (after a preposition: "On May 14, 2002, the heads of state made a
 * decision to ...", «В 2002 году ...»; after a word of contrast: "But in April 1999 X decided not to sign a
 * protocol") two years or more before the report's: a history the report recalls, whose documents are not its
 * meeting's. */
static int opens_years_before(const ctx *c, size_t s, size_t e)
{
    int nd;
    const date_hit *dh = sentence_dates(c, s, e, &nd);
    size_t q = s;
    if (lex(c, s, e, LX_CONTRAST, &q) && is(c, q, ",")) q++;
    return c->pub.y && nd && dh[0].start <= q + 1 && dh[0].date.y && dh[0].date.y + 2 <= c->pub.y;
}

/* Whether, after the keyword that ends at ke, the sentence [s, e) says when with "in" or "on" and a date two years or
 * more before the report's, and names no date of lately ("... decided not to sign a protocol on the treaty's
 * prolongation in April 1999", in a report of 2004): a history the report recalls, as opens_years_before; not "the
 * Agreement of 7 October 2002", a title's date. */
static int told_years_before(const ctx *c, size_t s, size_t ke, size_t e)
{
    int nd, old = 0;
    const date_hit *dh = sentence_dates(c, s, e, &nd);
    if (!c->pub.y) return 0;
    for (int k = 0; k < nd; k++) {
        if (!dh[k].date.y || dh[k].date.y + 2 > c->pub.y) return 0;
        /* (right after the title: no comma between, nor a participle of its own, "..., approved on September 15,
         * 2015") */
        size_t b = dh[k].start - 1;
        if (dh[k].start <= ke + 1 || !(is(c, b, "in") || is(c, b, "on")) || lex(c, b - 1, b, LX_ADOPT, NULL)) continue;
        int comma = 0;
        for (size_t q = ke; q < b && !comma; q++) comma = is(c, q, ",");
        old |= !comma;
    }
    return old;
}

/* Whether the document whose keyword is [ms, ke) opens the sentence [s, e) (an article or the CSTO's name before it)
 * and its verb says it is in force, carried out now (lexicon in_force, no verb of adoption or a past one between):
 * "The Collective Security Strategy until 2025 is currently being implemented", «Стратегия ... реализуется». */
static int in_force_subject(const ctx *c, size_t s, size_t ms, size_t ke, size_t e)
{
    if (ms > s + 3) return 0;
    for (size_t k = s; k < ms; k++)
        if (!is(c, k, "the") && !is(c, k, "a") && !c->tl->t[k].cap) return 0;
    for (size_t k = ke; k < e && k < ke + 12; k++) {
        if (lex(c, k, e, LX_IN_FORCE, NULL)) return 1;
        if (is(c, k, ",") || lex(c, k, e, LX_ADOPT, NULL) || lex(c, k, e, LX_PAST, NULL) || lex(c, k, e, LX_FUTURE, NULL))
            return 0;
    }
    return 0;
}

/* Whether a Russian participle of adoption in agreement with a keyword (lexicon adopted_attr: «подписанной»,
 * «принятой») stands at most five words before ms, no comma or verb of its own between («в подписанной по итогам
 * саммита декларации»). */
static int adopted_attr_before(const ctx *c, size_t s, size_t ms)
{
    for (size_t k = ms > s + 5 ? ms - 5 : s; k < ms; k++) {
        size_t q;
        if (!lex(c, k, ms, LX_ADOPTED_ATTR, &q)) continue;
        for (size_t j = q; j < ms; j++)
            if (is(c, j, ",") || lex(c, j, ms, LX_ADOPT, NULL)) return 0;
        return 1;
    }
    return 0;
}

/* Whether token k is the word "documents" («документов», «документа»: counted). */
static int documents_word(const ctx *c, size_t k)
{
    return is(c, k, "documents") || is(c, k, "документов") || is(c, k, "документа");
}

/* Whether token k lies inside a date mention. */
static int in_date(const ctx *c, size_t k)
{
    size_t d = mentions_from(&c->ms, MK_DATE, k > 6 ? k - 6 : 0);
    for (; d < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][d].start <= k; d++)
        if (c->ms.v[MK_DATE][d].end > k) return 1;
    return 0;
}

/* Whether a short clause from k, with no comma in it, has a verb of speaking (", the ministry said", ", сообщила
 * пресс-служба"): the clause names who reports, not a title's words. */
static int source_clause(const ctx *c, size_t k, size_t e)
{
    for (size_t q = k; q < e && q < k + 8 && !is(c, q, ",") && !is(c, q, "."); q++)
        if (lex(c, q, e, LX_SPEECH, NULL)) return 1;
    return 0;
}

/* Whether the keyword that ends at j (its modifiers and an article before it) comes right after "from" ("ranging from
 * an Agreement on A to a plan to B"): the first end of a span of documents, "to" and the next one its other end. */
static int from_span(const ctx *c, size_t j)
{
    size_t k = j;
    while (k > 0 && j - k < 6 && (gm(c, k - 1, j, G_DOCTYPE, -1, &(gaz_hit){0}) || lex(c, k - 1, j, LX_DOC_MODIFIER, NULL) ||
                                  lex(c, k - 1, j, LX_DRAFT, NULL) || c->tl->t[k - 1].cap))
        k--;
    k -= k > 0 && (is(c, k - 1, "a") || is(c, k - 1, "an") || is(c, k - 1, "the"));
    return k < j && k > 0 && is(c, k - 1, "from");
}

/* End of a title's continuation starting at j. */
static size_t title_end(const ctx *c, size_t j, size_t e, int list_on, int quoted)
{
    size_t k = j;
    int span = from_span(c, j);
    for (; k < e; k++) {
        /* ("from an Agreement on A to a plan to B": "to", then another document) */
        if (span && k > j && is(c, k, "to") && doc_begins_at(c, k + 1, e)) break;
        /* (the full stop of an abbreviated month in a date is none: "of Oct. 6, 2007") */
        if (is(c, k, ".") && in_date(c, k)) continue;
        if (is(c, k, ";") || is(c, k, ".") || is(c, k, "\"") || (quoted && is(c, k, "'"))) break;
        /* ("... and the 15th anniversary of the Organization,\n\nThe session participants ...": a paragraph that opens
         * with a capital ends it, whatever the source's last mark; not "on foreign\n\npolicy", a break in a
         * sentence) */
        if (k > j && c->tl->t[k].para && c->tl->t[k].cap) break;
        /* «решение о назначении генерального секретаря: с 1 января этот пост займет X»: what follows a
         * colon explains it (a list after a colon, «заявления: о A; о B», is read as items: ru_item_list) */
        if (k > j && is(c, k, ":") && !list_on) break;
        if (k > j && lex(c, k, e, LX_DOC_STOP, NULL)) {
            /* ("a plan of actions for implementation of decisions adopted at the November session of the Council",
             * «план реализации решений, принятых на сессии»: what the outcome word's participle says of them, up to
             * its meeting, is the title's) */
            size_t o = k - is(c, k - 1, ","), r;
            if (o > j && lex(c, o - 1, o, LX_OUTCOME, NULL) &&
                (lex(c, k, e, LX_ADOPT, &r) || lex(c, k, e, LX_TAKEN, &r)) &&
                (is(c, r, "at") || is(c, r, "during") || is(c, r, "на"))) {
                k = r;
                continue;
            }
            /* "..., the leaders adopted", «..., лидеры приняли»: the subject of the next clause goes too */
            for (size_t q = k; q-- > j && q + 4 > k;)
                if (is(c, q, ",")) { k = q; break; }
            break;
        }
        if (k > j && next_doc_at(c, k, e)) break;
        if (k > j && lex(c, k, e, LX_AMONG_THEM, NULL)) break; /* "... the resolution on B among the other documents" */
        /* "a draft declaration of the Council and a draft of joint assistance measures", "... and a draft on joint
         * measures": "and" + a draft of something else */
        if (k > j && lex(c, k, e, LX_AND, NULL)) {
            size_t q = k + 1 + (is(c, k + 1, "a") || is(c, k + 1, "the")), r;
            if (lex(c, q, e, LX_DRAFT, &r) && (is(c, r, "of") || is(c, r, "on") || is(c, r, "о") || is(c, r, "об"))) break;
        }
        /* "the ones on the list of A and on the plan of B": the preposition repeated, then another keyword (in a
         * plural keyword's list, "decisions on the Concept of A and on the Concept of B", an item: below) */
        if (k > j && !list_on && lex(c, k, e, LX_AND, NULL) && item_prep(c, k + 1) &&
            (determiner(c, k + 2) || is(c, k + 2, "a")) && gm(c, k + 3, e, G_DOCTYPE, -1, &(gaz_hit){0}))
            break;
        /* "a draft agreement on peacekeeping, two military-economic cooperation documents, ...": a count after a
         * comma, then documents, is the next item of the list */
        if (k > j && is(c, k, ",") && k + 1 < e &&
            (c->tl->t[k + 1].kind == TOK_NUM || lex(c, k + 1, e, LX_NUMBER_WORD, NULL))) {
            int docs = 0;
            for (size_t q = k + 2; q < e && q < k + 7 && !docs && !is(c, q, ","); q++)
                docs = documents_word(c, q) || gm(c, q, e, G_DOCTYPE, -1, &(gaz_hit){0});
            if (docs) break;
        }
        /* "..., and approve a decision", «Декларацию ... и утвердят План»: a verb of adopting after "and", «и» */
        if (k > j && lex(c, k, k + 1, LX_AND, NULL) && (lex(c, k + 1, e, LX_ADOPT, NULL) || lex(c, k + 1, e, LX_DOC_FUTURE, NULL)))
            break;
        /* "adopt a Declaration of the Council, approve the Programme ... and adopt a Statement" */
        if (k > j && is(c, k, ",") && lex(c, k + 1, e, LX_ADOPT, NULL)) break;
        /* "adopted a statement on A, heard a report by the Secretary General and made a decision on B": a verb of the
         * subject's after the comma */
        if (k > j && is(c, k, ",") && ed_verb_before_object(c, k + 1, e)) break;
        /* "the plan of joint training for 2017, the organisation's press service reported", «..., сообщила
         * пресс-служба»: the source of the report after a comma */
        if (k > j && is(c, k, ",") && source_clause(c, k + 1, e)) break;
        /* «планируют одобрить меморандум о сотрудничестве ..., согласовать время и место ...»: a Russian
         * infinitive after the comma is the next thing planned */
        if (k > j && is(c, k, ",") && k + 1 < e && cyrillic(c, k + 1) && !c->tl->t[k + 1].cap &&
            word_ends_any(c->tl->t[k + 1].norm, (const char *const[]){"ать", "ять", "ить", "еть", "уть", "ыть", NULL}))
            break; /* (a vowel before -ть: not «безопасности», «деятельность») */
        /* "... in the information space (Kremlin.ru, November 27)": a source cited with its date */
        if (k > j && is(c, k, "(")) { /* (a month named in it: a cited date is no date mention, dating.c) */
            size_t close = k + 1;
            int month = 0;
            for (; close < e && close < k + 12 && !is(c, close, ")"); close++)
                month |= gm(c, close, e, G_MONTH, -1, &(gaz_hit){0});
            if (month && is(c, close, ")")) break;
        }
        /* "..., and it stayed out of", "..., and they": a clause of its own after ", and" and a pronoun */
        if (k > j && is(c, k, ",") && is(c, k + 1, "and") && subject_pronoun(c, k + 2))
            break;
        /* "an agreement on the force, and documents regulating its deployment", "the Declaration on A, and the Digital
         * Neighbourhood Belt": after ", and", documents or a name of its own is the next item, not the title's */
        if (k > j && is(c, k, ",") && is(c, k + 1, "and") &&
            (documents_word(c, k + 2) || ((is(c, k + 2, "the") || is(c, k + 2, "a")) &&
                                          (cap_word(c, k + 3) || gm(c, k + 3, e, G_DOCTYPE, -1, &(gaz_hit){0})))))
            break;
        /* "signed a memorandum of understanding here on Friday": when and where, not what */
        if (k > j && (is(c, k, "here") || is(c, k, "there"))) break;
        if (k > j && (is(c, k, "on") || is(c, k, "in")) && day_or_month_at(c, k + 1)) break;
        /* "the presidents signed the CSTO Charter in Chisinau on October 7, 2002", "adopted a statement on the
         * Caucasus in Moscow": where it was signed, a city with nothing of the title after it */
        if (is(c, k, "in") || is(c, k, "в")) {
            gaz_hit ch;
            if (gm(c, k + 1, e, G_CITY, -1, &ch) &&
                (ch.end >= e || is(c, ch.end, ",") || is(c, ch.end, ".") || is(c, ch.end, ";") ||
                 day_or_month_at(c, ch.end) || ((is(c, ch.end, "on") || is(c, ch.end, "in")) && day_or_month_at(c, ch.end + 1))))
                break;
        }
        if (k > j && is(c, k, "and") && lex(c, k + 2, e, LX_OBJECT, NULL)) break; /* "... and submit it to" */
        /* "... on the situation in Afghanistan and instructed their governments": a verb of the subject's */
        if (k > j && is(c, k, "and") && (lex(c, k + 1, e, LX_PAST, NULL) || ed_verb_before_object(c, k + 1, e))) break;
        /* «... по укреплению таджикско-афганской границы и передали председательство Киргизии»: a Russian past
         * plural verb after «и» */
        if (k > j && is(c, k, "и") && k + 1 < e && cyrillic(c, k + 1) && !c->tl->t[k + 1].cap &&
            word_ends(c->tl->t[k + 1].norm, "ли"))
            break;
        if (k > j && lex(c, k, e, LX_AND, NULL)) { /* "... and a number of other documents", «и ряд документов» */
            size_t q = k + 1 + (is(c, k + 1, "a") || is(c, k + 1, "an") || is(c, k + 1, "the")), r;
            /* «и еще около полутора десятков решений», "and some fifteen other decisions" (lexicon approx) */
            for (int guard = 0; guard < 3 && q < e && lex(c, q, e, LX_APPROX, &r); guard++) q = r;
            if (lex(c, q, e, LX_DOC_CONTAINER, NULL) || lex(c, q, e, LX_QUANTITY, NULL)) break;
            /* a number counts documents when documents follow it (not «и 15-летием ОДКБ») */
            int counted = 0;
            if (lex(c, q, e, LX_NUMBER_WORD, NULL) || (q < e && c->tl->t[q].kind == TOK_NUM))
                for (size_t x = q + 1; x < e && x < q + 4 && !counted; x++)
                    counted = gm(c, x, e, G_DOCTYPE, -1, &(gaz_hit){0}) || documents_word(c, x);
            if (counted) break;
        }
        /* ", CSTO Press Secretary X told"; not an apposition of a name in the title ("the decision on the
         * appointment of X, State Secretary of the Security Council of Belarus, as ...") */
        tphrase tp;
        if (k > j && is(c, k, ",") && parse_title(c, k + 1, e, &tp) &&
            !(tp.end < e && is(c, tp.end, ",") && k > j && c->tl->t[k - 1].cap))
            break;
        if (k > j && is(c, k, ",")) { /* «..., сообщил журналистам X», "..., the PM said", "..., Belarusian state news agency Belta reported" */
            size_t q = k + 1;
            while (q < e && q < k + 7 && c->tl->t[q].kind == TOK_WORD && !lex(c, q, e, LX_SPEECH, NULL)) q++;
            if (q < e && lex(c, q, e, LX_SPEECH, NULL)) break;
        }
        /* «не подписал соглашение о ..., а в мае проигнорировал саммит», "..., but in May skipped": a clause of
         * its own after a comma and a contrast (lexicon contrast) */
        if (k > j && is(c, k, ",") && lex(c, k + 1, e, LX_CONTRAST, NULL)) break;
        /* "plans for a common defence force, as Moscow bids for renewed dominance": a clause of its own, "as"
         * and its subject */
        if (k > j && is(c, k, ",") && is(c, k + 1, "as") && k + 2 < e && cap_word(c, k + 2)) break;
        /* "an agreement to create a joint force, at a Kremlin summit Sunday": where, after a comma */
        if (k > j && is(c, k, ",") && (is(c, k + 1, "at") || is(c, k + 1, "during"))) break;
        /* "an agreement with the SCO, in the Tajik capital of Dushanbe, to broaden ...": where, after a comma (a
         * city or a country's capital a few words on) */
        if (k > j && is(c, k, ",") && (is(c, k + 1, "in") || is(c, k + 1, "в"))) {
            int place = 0;
            for (size_t q = k + 2; q < e && q < k + 6 && !place && !is(c, q, ","); q++)
                place = gm(c, q, e, G_CITY, -1, &(gaz_hit){0}) || lex(c, q, e, LX_CAPITAL, NULL);
            if (place) break;
        }
        if (k > j && !list_on && is(c, k, ",") && ing_clause(c, k + 1, e)) break; /* "..., calling for", "..., saying it" */
        /* "Declaration of the Moscow Session of the Council, Moscow, September 5, 2008": a heading's place and date */
        gaz_hit ch;
        if (k > j && is(c, k, ",") && gm(c, k + 1, e, G_CITY, -1, &ch)) {
            const mention *dm = ch.end + 1 < e && is(c, ch.end, ",") ? mention_at(&c->ms, MK_DATE, ch.end + 1) : NULL;
            if (ch.end >= e || (dm && dm->start == ch.end + 1)) break;
        }
        /* "a decision on joint measures to assist Armenia, based on the conclusions of the mission": what it rests on
         * (lexicon pursuant, after a comma) */
        if (k > j && is(c, k, ",") && lex(c, k + 1, e, LX_PURSUANT, NULL)) break;
        /* "a final declaration of a summit of the CSTO in Yerevan": when it was made, not what it is (but
         * "the Declaration of the Yerevan Session of the Council" is its name) */
        /* (but "a decision on the establishment of an Interstate Commission": the body founded, lexicon founding) */
        if (is(c, k, "of") && (is(c, k + 1, "a") || is(c, k + 1, "an")) && !lex(c, k - 1, k, LX_FOUNDING, NULL) &&
            (lex(c, k + 2, e, LX_MEETING_NOUN, NULL) || gm(c, k + 2, e, G_BODY, -1, &(gaz_hit){0})))
            break;
        /* "a declaration of the alliance at a summit he hosted": where, not what (and «решение о формировании сил на
         * сессии СКБ», «в ходе заседания», «во время саммита») */
        size_t at = is(c, k, "at") || is(c, k, "на")                                ? k + 1
                    : (is(c, k, "в") && is(c, k + 1, "ходе")) || (is(c, k, "во") && is(c, k + 1, "время")) ? k + 2
                                                                                                      : 0;
        if (at && k > j) {
            at += is(c, at, "a") || is(c, at, "the");
            if (lex(c, at, e, LX_MEETING_NOUN, NULL) || gm(c, at, e, G_BODY, -1, &(gaz_hit){0})) break;
        }
        if (is(c, k, ",") && (is(c, k + 1, "which") || is(c, k + 1, "that") || is(c, k + 1, "including") ||
                              (list_on && item_prep(c, k + 1)) || (list_on && lex(c, k + 1, e, LX_AND, NULL)))) break;
        if (list_on && lex(c, k, e, LX_AND, NULL) && item_prep(c, k + 1)) break;
        /* "model laws - on A, on B and on C - intended as templates": a spaced dash closes the list (but
         * not one joining two nouns, «государств – членов ОДКБ») */
        /* «соглашение о Коллективных силах оперативного реагирования (КСОР) — мобильных элитных подразделениях ...»: a
         * spaced dash after an abbreviation in brackets opens what the thing is, not more of the title */
        if (k > j + 1 && is(c, k, "-") && is(c, k - 1, ")") && c->tl->t[k].start > c->tl->t[k - 1].end) break;
        if (list_on && k > j && is(c, k, "-") && c->tl->t[k].start > c->tl->t[k - 1].end &&
            !(k + 1 < e && cyrillic(c, k - 1) && cyrillic(c, k + 1) && !c->tl->t[k + 1].cap && !item_prep(c, k + 1)))
            break;
    }
    while (k > j && (is(c, k - 1, ",") || is(c, k - 1, "-") || is(c, k - 1, "and") || is(c, k - 1, "or") ||
                     is(c, k - 1, "as") || determiner(c, k - 1) || is(c, k - 1, "a") || is(c, k - 1, "an")))
        k--;
    return k;
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

/* Whether [s, e) counts documents: a number or lexicon quantity, then
 * "documents" («документов»). */
static int doc_count_in(const ctx *c, size_t s, size_t e)
{
    size_t q;
    for (size_t i = s + 1; i < e; i++) {
        if (!documents_word(c, i)) continue;
        if (c->tl->t[i - 1].kind == TOK_NUM || lex(c, i - 1, i, LX_NUMBER_WORD, NULL)) return 1; /* «из десяти документов» */
        /* "signed 14 final documents", «подписали 14 итоговых документов»: one word between */
        if (i >= s + 2 && lower_word(c, i - 1) && (c->tl->t[i - 2].kind == TOK_NUM || lex(c, i - 2, i - 1, LX_NUMBER_WORD, NULL)))
            return 1;
        /* "several documents", "a package of documents", «пакет документов» (lexicon doc_container); "several key
         * documents", «ряд международных документов» (one word in lower case between) */
        for (size_t k = i > s + 4 ? i - 4 : s; k < i; k++)
            if (lex(c, k, i, LX_QUANTITY, &q) && (q == i || (q + 1 == i && lower_word(c, q)))) return 1;
        size_t k = i - (is(c, i - 1, "of") ? 1 : 0);
        if (k > s && lex(c, k - 1, k, LX_DOC_CONTAINER, &q) && q == k) return 1;
    }
    return 0;
}

/* "On the initiative of COUNTRY" / "COUNTRY's initiative" in the sentence. */
static int initiator_in(const ctx *c, size_t s, size_t e)
{
    gaz_hit h;
    for (size_t i = s; i < e; i++) {
        if (is(c, i, "initiative") && is(c, i + 1, "of")) {
            size_t k = i + 2;
            if (is(c, k, "the")) k++;
            if (gm(c, k, e, G_COUNTRY, -1, &h)) return h.val;
        }
        if (gm(c, i, e, G_COUNTRY, -1, &h) && is(c, h.end, "'s") && is(c, h.end + 1, "initiative"))
            return h.val;
    }
    return -1;
}

/* Whether an adoption verb stands in [k, e), not denied ("was not adopted",
 * «не принято», «принято не было»). */
static int adopted_after(const ctx *c, size_t k, size_t e)
{
    size_t q;
    for (; k < e; k++) {
        if (!lex(c, k, e, LX_ADOPT, &q)) continue;
        int denied = (k > 0 && (is(c, k - 1, "not") || is(c, k - 1, "не"))) || (k > 1 && is(c, k - 2, "not")) ||
                     is(c, q, "не") || is(c, q, "not");
        if (!denied) return 1;
    }
    return 0;
}

/* Whether sentence [s, e) is a document's own heading: its name, then its place and date, nothing after
 * ("Declaration of the Moscow Session of the Collective Security Council, Moscow, September 5, 2008",
 * «Заявление министров иностранных дел, Минск, 30 июня 2017 г.»). */
static int doc_heading(const ctx *c, size_t s, size_t e)
{
    size_t end = e - (e > s && is(c, e - 1, "."));
    size_t d = mentions_from(&c->ms, MK_DATE, s);
    for (; d < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][d].start < end; d++) {
        const mention *dm = &c->ms.v[MK_DATE][d];
        if (dm->end != end || date_precision(c->dates[dm->value].date) < 2 || dm->start < s + 4) continue;
        size_t k = dm->start - 1;
        if (!is(c, k, ",")) return 0;
        /* the city: a few capitalised words set off by commas */
        size_t q = k;
        while (q > s + 1 && q + 4 > k && c->tl->t[q - 1].cap) q--;
        return q < k && is(c, q - 1, ",") && gm(c, q, k, G_CITY, -1, &(gaz_hit){0});
    }
    return 0;
}

static size_t quoted_at(const ctx *c, size_t j, size_t e);
static size_t body_then_quote(const ctx *c, size_t k, size_t e);
static size_t quote_inner_end(const ctx *c, size_t lo, size_t qe);
static size_t next_quoted(const ctx *c, size_t q, size_t e);

/* '"the list of A", "the consultations plan for B", as well as other documents were discussed and signed': a
 * keyword in a quoted title that opens with it (an article or a few words before it), a verb of adoption after the
 * quotes (and those of the titles listed after it) close.  The opening quote goes to *open (when not NULL). */
static int quoted_governed(const ctx *c, size_t s, size_t ms, size_t ke, size_t e, size_t *open)
{
    size_t oq = ms; /* (past an article and a few words: "the consultations plan") */
    /* (or an owner's possessive: "the CSTO member-states representatives' consultations plan") */
    while (oq > s && oq + 10 > ms && (c->tl->t[oq - 1].kind == TOK_WORD || is(c, oq - 1, "-") || is(c, oq - 1, "'")) &&
           !quoted_at(c, oq - 1, e))
        oq--;
    size_t qe = oq > s ? quoted_at(c, oq - 1, e) : 0;
    if (qe <= ke) return 0;
    if (open) *open = oq - 1;
    for (size_t n; qe < e && (n = next_quoted(c, qe, e));) qe = quoted_at(c, n, e);
    /* (the titles a list or the verb's subject: a comma, "and", "as well as" or "were" after them, not
     * '"The declaration is important," he said after the leaders signed it') */
    if (!(is(c, qe, ",") || lex(c, qe, e, LX_AND, NULL) || is(c, qe, "as") || is(c, qe, "were") || is(c, qe, "was")))
        return 0;
    for (size_t k = qe; k < e && k < qe + 20; k++) {
        if (lex(c, k, e, LX_SPEECH, NULL)) return 0;
        if (lex(c, k, e, LX_ADOPT, NULL) && !lex(c, k, e, LX_CLAUSE, NULL)) return 1;
    }
    return 0;
}

/* Whether k starts a verb of lexicon composed_of (ending at *q) whose subject is a package of documents or an
 * agenda (lexicon doc_container, agenda: up to four words before it): "The package includes", «В пакет вошли». */
static int package_verb(const ctx *c, size_t s, size_t k, size_t e, size_t *q)
{
    if (!lex(c, k, e, LX_COMPOSED_OF, q)) return 0;
    for (size_t b = k > s + 4 ? k - 4 : s; b < k; b++)
        if (lex(c, b, k, LX_DOC_CONTAINER, NULL) || lex(c, b, k, LX_AGENDA, NULL)) return 1;
    return 0;
}

/* A lower-case keyword is a document only as the object of an adoption
 * verb in the same clause ("approved action plans", "statements were
 * adopted"), not in a relative clause ("which reflects the plans"). */
static size_t relative_adoption(const ctx *c, size_t j, size_t e);

static int governed(const ctx *c, size_t s, size_t ms, size_t ke, size_t e)
{
    if (is(c, ke, "\"") || is(c, ke, "'")) return 1; /* a quoted title follows */
    if (body_then_quote(c, ke, e)) return 1;           /* (after the body whose it is) */
    if (quoted_governed(c, s, ms, ke, e, NULL)) return 1;
    /* "a Statement of the Council on A and a decision on B": joined to a document of the sentence */
    size_t a = ms > s && (determiner(c, ms - 1) || is(c, ms - 1, "a") || is(c, ms - 1, "an")) ? ms - 1 : ms;
    if (a > s && (lex(c, a - 1, ms, LX_AND, NULL) || is(c, a - 1, ",")) && is(c, ke, "on"))
        for (size_t q = s; q + 1 < a; q++)
            if (c->doc_used[q]) return 1;
    for (size_t k = ke; k < ke + 3 && k < e; k++)
        if (lex(c, k, e, LX_ADOPT, NULL)) return 1;
    if (relative_adoption(c, ke, e) > ke) return 1; /* ("the decision we have made with regard to ...") */
    /* "the final declaration of the summit contains ...", «в итоговой декларации содержится»: the meeting's own
     * closing document (lexicon final_mod among its modifiers), adopted there */
    if (lex_in(c, ms, ke, LX_FINAL_MOD)) return 1;
    /* "the summit made a decision on the structure of the headquarters": a phrase of deciding (lexicon decide)
     * that ends with the keyword (keyword_at's only_deciding drops the act of deciding alone) */
    for (size_t k = ms > s + 3 ? ms - 3 : s, q; k < ms; k++)
        if (lex(c, k, e, LX_DECIDE, &q) && q == ke) return 1;
    /* "a decision on A and a statement on B will be adopted", "a decision on A is to be prepared"; and the
     * first relative clause after it, which tells of it ("the programme to strengthen the border, which is
     * expected to be submitted for approval") */
    int relatives = 0;
    for (size_t k = ke; k + 1 < e; k++) {
        if (lex(c, k, e, LX_CLAUSE, NULL)) {
            /* (or a dash: "as well as the venue of the next meeting—which will take place in Yerevan—were approved") */
            if (relatives++ || !(is(c, k - 1, ",") || is(c, k - 1, "-")) || !lex(c, k, e, LX_RELATIVE_PRONOUN, NULL))
                break;
            /* "a protocol on ..., which the presidents signed": the clause's own verb of adoption, after its
             * subject */
            for (size_t q = k + 1; q < e && q < k + 6 && !is(c, q, ","); q++)
                if (lex(c, q, e, LX_ADOPT, NULL) && !lex(c, q, e, LX_CLAUSE, NULL)) return 1;
            continue;
        }
        /* (an adverb may stand between: "the plan ... was also signed", "were unanimously adopted", «были также
         * подписаны») */
        size_t v = k + 1 + (k + 2 < e && (is(c, k + 1, "also") || is(c, k + 1, "также") || is(c, k + 1, "тоже") ||
                                         (!cyrillic(c, k + 1) && word_ends(T(c, k + 1), "ly"))));
        if ((lex(c, k, e, LX_PASSIVE, NULL) && (lex(c, v, e, LX_ADOPT, NULL) || lex(c, v, e, LX_TAKEN, NULL))) ||
            lex(c, k, e, LX_DOC_FUTURE, NULL))
            return 1;
        /* "the statement of the security councils was discussed and adopted": a participle, then "and" and
         * the verb of adoption */
        if (lex(c, k, e, LX_PASSIVE, NULL) && k + 3 < e && c->tl->t[k + 1].kind == TOK_WORD &&
            lex(c, k + 2, e, LX_AND, NULL) && lex(c, k + 3, e, LX_ADOPT, NULL))
            return 1;
    }
    /* "The main result of the summit is an agreement on a joint force": what a meeting came to (lexicon outcome,
     * then "is", "was") */
    {
        size_t b = ms - (ms > s && (is(c, ms - 1, "a") || is(c, ms - 1, "an") || determiner(c, ms - 1)));
        if (b > s && lex(c, b - 1, ms, LX_PASSIVE, NULL) && !is(c, b - 1, "been") && !is(c, b - 1, "being"))
            for (size_t k = b > s + 11 ? b - 11 : s; k + 1 < b; k++)
                if (lex(c, k, b - 1, LX_OUTCOME, NULL)) return 1;
    }
    /* "The package includes decisions on A and B", «В пакет вошли решения о ...»: what a package of documents or
     * an agenda (lexicon doc_container, agenda: up to four words before) is made of (lexicon composed_of, right
     * before the keyword or its article) */
    for (size_t k = ms > s + 2 ? ms - 2 : s, q; k < ms; k++)
        if (package_verb(c, s, k, ms, &q) && (q == ms || (q + 1 == ms && (is(c, q, "a") || is(c, q, "an") || determiner(c, q)))))
            return 1;
    /* ("The package includes the agreement on A and the resolution of the Council "On B"": a keyword joined by "and"
     * to the package's first document, no clause between) */
    if (a > s && lex(c, a - 1, ms, LX_AND, NULL))
        for (size_t k = a - 1, q; k-- > s && !lex(c, k, a, LX_CLAUSE, NULL);)
            if (package_verb(c, s, k, a, &q)) return 1;
    int colon = 0; /* "signed a package of documents: A; B; the decision on C": a list's items */
    for (size_t k = s; k < ms && !colon; k++) colon = is(c, k, ":");
    for (size_t k = ms; k-- > s;) {
        if (is(c, k, "which") || is(c, k, "that") || is(c, k, "who") || (is(c, k, ";") && !colon)) return 0;
        if (lex(c, k, ms, LX_ADOPT, NULL) || lex(c, k, ms, LX_DRAFT, NULL) || lex(c, k, ms, LX_PLANNED_VERB, NULL) ||
            (k + 2 >= ms && lex(c, k, ms, LX_PROPOSE, NULL)) || /* ("proposed a statement on": right before it) */
            lex(c, k, ms, LX_DOC_FUTURE, NULL)) /* "prepared for signing, including a final declaration" */
            return 1;
        /* "opened with the adoption of a statement on Syria", "the signing of an agreement on ...": the noun of
         * adoption right before it, an article between (not one worked or called for: "the work on the adoption
         * of a programme", "called for the adoption of a resolution") */
        size_t q;
        if (lex(c, k, ms, LX_ADOPTION, &q) && (q == ms || (q + 1 == ms && (determiner(c, q) || is(c, q, "a") || is(c, q, "an")))) &&
            !(k > s + 1 && (is(c, k - 1, "the") || is(c, k - 1, "an")) &&
              (is(c, k - 2, "on") || is(c, k - 2, "for") || is(c, k - 2, "towards") || is(c, k - 2, "toward"))) &&
            !(k > s && (is(c, k - 1, "on") || is(c, k - 1, "for") || is(c, k - 1, "towards") || is(c, k - 1, "toward"))))
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

/* Whether the document whose keyword ends at ke founds an organisation, within twelve words after it, no clause
 * between: the CSTO past a place and a comma ("signed a charter in Tashkent founding the CSTO", "a treaty, establishing
 * the Collective Security Treaty Organisation": its Charter by another name; but not "an agreement on the
 * establishment of a joint force", whose founding word is its subject, after "on"), or another organisation wherever
 * its founding word stands ("signed a Creation Agreement on the dissolution of the Soviet Union and the creation of
 * CIS"): a document of the past, or of another, no document of a meeting of the CSTO. */
static int founds_org(const ctx *c, size_t ke, size_t e)
{
    size_t q;
    gaz_hit oh;
    int csto = gaz_org_index(c->g, "CSTO");
    for (size_t k = ke; k < e && k < ke + 12; k++) {
        if (is(c, k, ";") || is(c, k, ".") || lex(c, k, e, LX_CLAUSE, NULL)) return 0;
        if (!lex(c, k, e, LX_FOUNDING, &q)) continue;
        /* (not "a statement on the 80th anniversary of the founding of the UN": an anniversary it marks) */
        if (lex_in(c, k > ke + 4 ? k - 4 : ke, k, LX_ANNIVERSARY)) return 0;
        q += is(c, q, "the");
        if (is(c, q, "of")) q += 1 + is(c, q + 1, "the"); /* ("the creation of CIS") */
        if (!gm(c, q, e, G_ORG, -1, &oh) || oh.start != q) continue;
        /* (the organisation itself, no noun after it: not "the creation of the CSTO peacekeeping forces") */
        size_t a = oh.end;
        if (a < e && c->tl->t[a].kind == TOK_WORD && !lex(c, a, e, LX_AND, NULL) && !lex(c, a, e, LX_CLAUSE, NULL) &&
            !is(c, a, "in") && !is(c, a, "on") && !is(c, a, "at") && !is(c, a, "by") && !is(c, a, "в"))
            continue;
        if (oh.val != csto) return 1;
        size_t b = k - (k > ke && is(c, k - 1, "the"));
        return !(is(c, b - 1, "on") || is(c, b - 1, "of") || is(c, b - 1, "о") || is(c, b - 1, "об"));
    }
    return 0;
}

/* Whether the keyword at ks, ending at ke, belongs to a historical document only mentioned in passing (lexicon
 * historic_doc: "the Collective Security Treaty"; or founds_org). */
static int historic(const ctx *c, size_t s, size_t ks, size_t ke, size_t e)
{
    size_t k;
    for (size_t i = ks > s + 5 ? ks - 5 : s; i <= ks; i++)
        if (lex(c, i, e, LX_HISTORIC, &k) && k > ks) return 1;
    return founds_org(c, ke, e);
}

/* Whether a verb of adoption (lexicon adopt, draft) stands right before the modifiers at ms, a
 * determiner between: a historical document whose signing the text tells ("signed the charter of the
 * Collective Security Treaty Organization", «подписали Устав ОДКБ»), not one named in passing ("under
 * the CSTO Charter", "the Treaty, signed in Tashkent"). */
static int signed_here(const ctx *c, size_t s, size_t ms)
{
    size_t k = ms > s && determiner(c, ms - 1) ? ms - 1 : ms;
    return k > s && (lex(c, k - 1, k, LX_ADOPT, NULL) || lex(c, k - 1, k, LX_DRAFT, NULL));
}

int documents_init(ctx *c)
{
    c->doc_used = calloc(c->tl->n + 1, 1);
    return c->doc_used ? 0 : -1;
}

/* Whether the string s has a capital Latin letter. */
static int has_upper(const char *s)
{
    for (; *s; s++)
        if (*s >= 'A' && *s <= 'Z') return 1;
    return 0;
}

/* Whether every word of the lower-case title a (two words or more: "target program") begins a word of title b ("CSTO
 * Targeted Interstate Program on the Tajik-Afghan border"), case aside: b named again in short. */
static int words_begin_words(const char *a, const char *b)
{
    if (!strchr(a, ' ')) return 0;
    for (const char *w = a; *w;) {
        size_t n = strcspn(w, " ");
        int found = 0;
        for (const char *v = b; *v && !found; v += strcspn(v, " "), v += *v == ' ')
            found = !strncasecmp(v, w, n);
        if (!found) return 0;
        w += n;
        w += *w == ' ';
    }
    return 1;
}

/* Whether title `a` is title `b` with a name that b writes out and then abbreviates in brackets written by that
 * abbreviation alone: «Соглашение о КСОР ОДКБ» and «соглашение о Коллективных силах оперативного реагирования (КСОР)
 * ОДКБ», "the CRRF Agreement" and "the Collective Rapid Reaction Forces (CRRF) Agreement" (case aside). */
static int abbreviated_title(const char *a, const char *b)
{
    char fa[512], fb[512];
    size_t na = fold_ascii(a, strlen(a), fa, sizeof fa), nb = fold_ascii(b, strlen(b), fb, sizeof fb);
    if (na + 1 >= sizeof fa || nb + 1 >= sizeof fb) return 0;
    for (const char *o = strstr(b, " ("); o; o = strstr(o + 1, " (")) {
        const char *cl = strchr(o + 2, ')');
        size_t n = cl ? (size_t)(cl - o - 2) : 0;
        if (n < 2 || n > 16 || memchr(o + 2, ' ', n)) continue;
        char ab[64];
        size_t nab = fold_ascii(o + 2, n, ab, sizeof ab);
        if (nab != n || !memcmp(ab, o + 2, n)) continue; /* (capitals: an abbreviation) */
        size_t bo = (size_t)(o - b), tail = bo + 2 + n + 1; /* (folding keeps the lengths: the same offsets in fb) */
        for (const char *w = strstr(fa, ab); w; w = strstr(w + 1, ab)) {
            size_t pa = (size_t)(w - fa);
            if ((pa && fa[pa - 1] != ' ') || pa >= bo || memcmp(fa, fb, pa)) continue;
            if (!strcmp(fa + pa + nab, fb + tail)) return 1;
        }
    }
    return 0;
}

/* «Главы МИД подписали заявление по ключевым международным вопросам. ... подписали заявление, в котором ...»: a
 * Russian keyword alone (rule keyword, one word), when the report holds a titled document of its type, is that
 * one named again: dropped; so is a keyword with the organisation's name alone («приняли декларацию об общем
 * подходе ... принята декларация ОДКБ, которая ...»: rule keyword-org), in either language.  Run once the
 * report is read (the titled one may come later, in a quotation). */
void documents_settle(ctx *c)
{
    extraction *x = c->x;
    if (x->nd <= 0) return;
    unsigned char *drop = calloc((size_t)x->nd, 1); /* (marked first, freed at the end: every pass reads them all) */
    if (!drop) { c->oom = 1; return; }
    for (int k = 0; k < x->nd; k++) {
        x_document *d = &x->d[k];
        int again = 0;
        int org = !strcmp(d->rule, "keyword-org"), bare = !strcmp(d->rule, "keyword");
        int ru = (unsigned char)d->title[0] >= 0xD0 && (unsigned char)d->title[0] <= 0xD1;
        if (org || (bare && ru && !strchr(d->title, ' ')))
            for (int j = 0; j < x->nd && !again; j++)
                again = j != k && !drop[j] && x->d[j].type == d->type && strchr(x->d[j].title, ' ') &&
                        strcmp(x->d[j].rule, "keyword-org");
        /* "signed a declaration which reflects ... The ministers signed a declaration on key international
         * affairs": an English keyword with no title ("declaration", "joint statement") is the titled document of
         * its type, meeting and status named again (not "CSTO Collective Security Strategy": a name) */
        /* (or, whatever its meeting and status, one whose words begin the titled one's: "Armenia had agreed to adopt
         * the target program" after "the CSTO Targeted Interstate Program on the Tajik-Afghan border") */
        else if (bare && !ru && !has_upper(d->title))
            for (int j = 0; j < x->nd && !again; j++)
                again = j != k && !drop[j] && x->d[j].type == d->type && strcmp(x->d[j].rule, "keyword") &&
                        strcmp(x->d[j].rule, "keyword-org") &&
                        ((x->d[j].meeting == d->meeting && x->d[j].status == d->status) ||
                         words_begin_words(d->title, x->d[j].title));
        /* "The Assembly adopted a statement during its plenary session ... The agenda includes reviewing a draft
         * statement on ensuring international security": an English keyword alone, adopted at a held meeting whose one
         * titled document of that type is a draft, is that draft, adopted */
        if (!again && bare && !ru && !has_upper(d->title) && d->status == DS_ADOPTED && d->meeting >= 0 &&
            x->m[d->meeting].status == ST_HELD) {
            int draft = -1, titled = 0;
            for (int j = 0; j < x->nd; j++)
                if (j != k && !drop[j] && x->d[j].type == d->type && x->d[j].meeting == d->meeting &&
                    strcmp(x->d[j].rule, "keyword") && strcmp(x->d[j].rule, "keyword-org"))
                    titled++, draft = x->d[j].status == DS_DRAFT ? j : draft;
            if (titled == 1 && draft >= 0) x->d[draft].status = DS_ADOPTED, again = 1;
        }
        drop[k] = again;
    }
    /* «Соглашение о КСОР ОДКБ» after «соглашение о Коллективных силах оперативного реагирования (КСОР) ОДКБ»: the
     * one written out (only a title with a bracket can be the long one: a report of thousands of documents, few or
     * none of them bracketed, is not read once per pair) */
    int *longs = malloc((size_t)x->nd * sizeof *longs), nl = 0;
    if (!longs) { c->oom = 1; free(drop); return; }
    for (int j = 0; j < x->nd; j++)
        if (!drop[j] && strstr(x->d[j].title, " (")) longs[nl++] = j;
    for (int k = 0; k < x->nd && nl; k++)
        for (int i = 0; i < nl && !drop[k]; i++) {
            int j = longs[i];
            drop[k] = j != k && !drop[j] && x->d[j].type == x->d[k].type &&
                      abbreviated_title(x->d[k].title, x->d[j].title);
        }
    free(longs);
    int n = 0;
    for (int k = 0; k < x->nd; k++)
        if (drop[k]) free(x->d[k].title);
        else x->d[n++] = x->d[k];
    x->nd = n;
    free(drop);
}

void documents_fini(ctx *c)
{
    free(c->doc_used);
    c->doc_used = NULL;
}

/* ---- the stage: a rule table tried at each document keyword -------------- */

/* The documents stage's state: the sentence, and the keyword being read. */
typedef struct dstate {
    ctx *c;
    size_t s, e;
    int meeting;           /* the sentence's meeting, or -1 */
    size_t prev_end;       /* where the last document ended, and whether it was a draft */
    int prev_draft;
    int among;             /* the sentence opens with lexicon among_them */
    /* the keyword at hand */
    size_t ks, ke;         /* its words */
    size_t ms;             /* with its modifiers on the left */
    size_t j;              /* where its title would start */
    int type, plural, status, initiator;
    char *kw;              /* its words as written (owned by the stage) */
    sbuf sing;             /* plural: the singular form for each item (owned by the stage) */
} dstate;

static void took(dstate *d, size_t end)
{
    d->prev_end = end;
    d->prev_draft = d->status == DS_DRAFT;
}

/* A rule of the stage: tried at the keyword in *d; when it applies it adds
 * its documents, sets *i to the last token it took and returns 1, else 0.
 * `rule` is its name in the table, what `csto parse --explain` prints. */
typedef int (*doc_rule)(dstate *d, size_t *i, const char *rule);

/* Where the quoted title opens after the body whose document it is, right after the keyword: "the decision of the
 * Collective Security Council of September 23, 2013 "On ..."", «решение Совета коллективной безопасности ОДКБ от 23
 * сентября 2013 года «Об ...»» ("of the" and the organisation's name, then "of" or «от» and a date, may stand
 * around the body's name); 0 when no quote opens there. */
static size_t body_then_quote(const ctx *c, size_t k, size_t e)
{
    gaz_hit h;
    if (is(c, k, "of")) k++;
    if (is(c, k, "the")) k++;
    if (gm(c, k, e, G_ORG, -1, &h) && gm(c, h.end, e, G_BODY, -1, &(gaz_hit){0})) k = h.end; /* ("the CSTO Council") */
    if (!gm(c, k, e, G_BODY, -1, &h)) return 0;
    k = h.end;
    if (is(c, k, "of") && is(c, k + 1, "the") && gm(c, k + 2, e, G_ORG, -1, &h)) k = h.end;
    else if (gm(c, k, e, G_ORG, -1, &h)) k = h.end;
    const mention *dm = (is(c, k, "of") || is(c, k, "от")) ? mention_at(&c->ms, MK_DATE, k + 1) : NULL;
    if (dm && dm->start == k + 1) k = dm->end;
    return quoted_at(c, k, e) ? k : 0;
}

/* "a Statement "On ..."": the quoted title after the keyword */
static int quoted_title(dstate *d, size_t *i, const char *rule)
{
    ctx *c = d->c;
    size_t e = d->e, j = d->j, ms = d->ms;
    /* (the closing quote may follow the sentence's stop: 'the draft roadmap "Formation of ... 2020."') */
    size_t qe = quoted_at(c, j, e);
    if (!qe) return 0;
    size_t q = qe - 1;
    /* 'a 1994 treaty "reaffirmed the desire of ..."': words quoted from the document, not its name, which opens
     * with a capital, a determiner or "on" («О ...», "the list of ...") */
    const token *w = &c->tl->t[j + 1];
    if (w->kind == TOK_WORD && !w->cap && !determiner(c, j + 1) && !lex(c, j + 1, q, LX_ITEM_PREP, NULL)) return 0;
    doc_add(c, text_of(c, j + 1, quote_inner_end(c, j + 1, qe)), d->type, d->status, d->meeting, d->initiator,
            span_of(c, ms, qe), rule);
    for (size_t k = ms; k <= q; k++) c->doc_used[k] = 1;
    took(d, q + 1);
    *i = q;
    return 1;
}

/* The end of a quoted title's words whose closing quote is at qe - 1: a comma or stop inside the quote is not
 * the title's (at most back to lo). */
static size_t quote_inner_end(const ctx *c, size_t lo, size_t qe)
{
    size_t ie = qe - 1;
    while (ie > lo && (is(c, ie - 1, ",") || is(c, ie - 1, "."))) ie--;
    return ie;
}

/* '"the list of A", "the consultations plan for B", as well as other documents were signed': the whole quoted
 * words (but an article) are the title of the keyword inside them (quoted_governed) */
static int quote_around(dstate *d, size_t *i, const char *rule)
{
    ctx *c = d->c;
    size_t open, qe;
    if (!quoted_governed(c, d->s, d->ms, d->ke, d->e, &open) || !(qe = quoted_at(c, open, d->e))) return 0;
    size_t from = open + 1 + determiner(c, open + 1), ie = quote_inner_end(c, from, qe);
    doc_add(c, text_of(c, from, ie), d->type, d->status, d->meeting, d->initiator, span_of(c, open, qe), rule);
    for (size_t k = open; k < qe; k++) c->doc_used[k] = 1;
    took(d, qe);
    *i = qe - 1;
    return 1;
}

/* statements by the heads of state "On A", "On B" and "On C" */
static int plural_quoted_list(dstate *d, size_t *i, const char *rule)
{
    ctx *c = d->c;
    size_t e = d->e, k = d->j, ms = d->ms;
    if (!d->plural || !((is(c, k, "by") || is(c, k, "of")) && !c->doc_used[k])) return 0;
    size_t q = k + 1;
    while (q < e && q < k + 8 && !quoted_at(c, q, e) && !is(c, q, ",") && !is(c, q, ";")) q++;
    if (!quoted_at(c, q, e)) return 0;
    char *by = text_of(c, k, q);
    c->list = ++c->nlists;
    size_t qe;
    while ((qe = quoted_at(c, q, e))) {
        sbuf t = {0};
        size_t ie = quote_inner_end(c, q + 1, qe);
        char *inner = text_of(c, q + 1, ie);
        char *item = NULL;
        if (inner) {
            sbuf qb = {0};
            sbuf_printf(&qb, "\"%s\"", inner);
            item = sbuf_steal(&qb);
            free(inner);
        }
        sbuf_printf(&t, "%s %s %s", sbuf_str(&d->sing), by ? by : "", item ? item : "");
        free(item);
        doc_add(c, sbuf_steal(&t), d->type, d->status, d->meeting, d->initiator, span_of(c, q, qe), rule);
        for (size_t u = ms; u < qe; u++) c->doc_used[u] = 1;
        q = qe;
        if (is(c, q, ",")) q++;
        if (is(c, q, "and")) q++;
    }
    free(by);
    c->list = 0;
    took(d, q);
    *i = q > *i ? q - 1 : *i;
    return 1;
}

/* After a quoted title ending at q: the next one, after a comma, «и» or both, or 0. */
static size_t next_quoted(const ctx *c, size_t q, size_t e)
{
    size_t n = q;
    if (is(c, n, ",")) n++;
    if (lex(c, n, e, LX_AND, NULL)) n++;
    return n > q && quoted_at(c, n, e) ? n : 0;
}

/* One document for each quoted title of the list from q (one after another, joined by commas and "and"), of one
 * list: its title the quoted words (a comma or stop inside the closing quote left out when `trim`), after `prefix`
 * and in quotes when there is one ('model law "On A"'), in quotes alone when `prefix` is "" (English), as written
 * when it is NULL (Russian).  Tokens [used_from, the list's end) are taken.  Returns the token after the last. */
static size_t quoted_titles(ctx *c, size_t q, size_t e, size_t used_from, const char *prefix, int trim, int type,
                            int status, int meeting, int initiator, const char *rule)
{
    size_t qe;
    c->list = ++c->nlists;
    while ((qe = quoted_at(c, q, e))) {
        size_t ie = trim ? quote_inner_end(c, q + 1, qe) : qe - 1; /* (qe - 1: the closing quote) */
        char *inner = text_of(c, q + 1, ie), *title = inner;
        if (prefix && inner) {
            sbuf t = {0};
            sbuf_printf(&t, "%s%s\"%s\"", prefix, *prefix ? " " : "", inner);
            free(inner);
            title = sbuf_steal(&t);
        }
        doc_add(c, title, type, status, meeting, initiator, span_of(c, q, qe), rule);
        for (size_t u = used_from; u < qe; u++) c->doc_used[u] = 1;
        q = qe;
        size_t n = next_quoted(c, q, e);
        if (!n) break;
        q = n;
    }
    c->list = 0;
    return q;
}

/* «решения «О A», «О B» и «О C»», «заявления министров иностранных дел «О A» и «О B»»: a Russian
 * keyword (its plural shows only in its items), a genitive complement or none, then two quoted titles
 * or more: one document each, its title the quoted words.  In English the keyword is plural and the
 * quotes follow it at once ("model laws "On A", "On B" and "On C""): each item's title is the
 * keyword's singular and the quoted words ("model law "On A""). */
static int quoted_list(dstate *d, size_t *i, const char *rule)
{
    ctx *c = d->c;
    size_t e = d->e, k = d->j, ms = d->ms;
    int en = !cyrillic(c, d->ks);
    if (en && !(d->plural && quoted_at(c, k, e))) return 0;
    size_t q = k;
    while (q < e && q < k + 10 && !quoted_at(c, q, e) && !is(c, q, ",") && !is(c, q, ";") && !is(c, q, ".")) q++;
    size_t qe = quoted_at(c, q, e);
    if (!qe || !next_quoted(c, qe, e)) return 0;
    q = quoted_titles(c, q, e, ms, en ? sbuf_str(&d->sing) : NULL, 0, d->type, d->status, d->meeting, d->initiator, rule);
    took(d, q);
    *i = q > *i ? q - 1 : *i;
    return 1;
}

/* The comma at j, or after one or two Russian words in the genitive at j («решений саммита»), that «в том
 * числе» (lexicon including) follows; 0 when there is none. */
static size_t ru_including_after(const ctx *c, size_t j, size_t e)
{
    for (size_t k = j; k < e && k < j + 3; k++) {
        if (is(c, k, ",")) return lex(c, k + 1, e, LX_INCLUDING, NULL) ? k : 0;
        if (c->tl->t[k].kind != TOK_WORD || !cyrillic(c, k)) return 0;
    }
    return 0;
}

/* Whether tokens a and b open items of one list: both capitalised ("Libya and Iraq"), both "the" ("the creation of
 * A ..., the approval of B"), or Russian words with one ending («создании ..., утверждении»). */
static int same_item_shape(const ctx *c, size_t a, size_t b)
{
    if (cyrillic(c, a) && cyrillic(c, b)) {
        const char *x = T(c, a), *y = T(c, b);
        size_t nx = strlen(x), ny = strlen(y);
        return nx >= 6 && ny >= 6 && !strcmp(x + nx - 4, y + ny - 4); /* (two Cyrillic letters) */
    }
    if (is(c, a, "the")) return is(c, b, "the");
    return c->tl->t[a].cap && c->tl->t[b].cap && !cyrillic(c, a);
}

/* Whether the comma at q of a list ending before te is followed (past "and") by the preposition at k again. */
static int prep_again_after(const ctx *c, size_t q, size_t te, size_t k)
{
    size_t r = q + 1 + (lex(c, q + 1, q + 2, LX_AND, NULL) != 0);
    return r < te && is(c, r, T(c, k));
}

/* "statements on A, B, C and D": one statement on each, the preposition shared */
static int plural_comma_list(dstate *d, size_t *i, const char *rule)
{
    ctx *c = d->c;
    size_t e = d->e, k = d->j, ms = d->ms;
    /* (a Russian keyword shows no plural of its own, «решения» being a genitive too: its items do, each opening as the
     * first does, «о создании A, совершенствовании B и утверждении C», below) */
    int ru_plural = !d->plural && cyrillic(c, d->ks) && d->ke == d->ks + 1 &&
                    word_ends_any(T(c, d->ks), (const char *const[]){"ия", "ы", NULL});
    if ((!d->plural && !ru_plural) || !doc_starter(c, k) || is(c, k, "to")) return 0;
    /* "the decisions of the Collective Security Council on A, on B and on C": the body whose they all are, then the
     * items' preposition (the items read "decision on A", not "decision of on B") */
    gaz_hit bh;
    size_t kb = k + 1 + is(c, k + 1, "the");
    if (is(c, k, "of") && (gm(c, kb, e, G_BODY, -1, &bh) || gm(c, kb, e, G_ORG, -1, &bh)) && bh.start == kb) {
        size_t q = bh.end;
        if (gm(c, q, e, G_BODY, -1, &bh) && bh.start == q) q = bh.end; /* ("of the CSTO Collective Security Council") */
        if (q < e && item_prep(c, q)) k = q;
    }
    /* «решений саммита, в том числе об A, о B»: plural_list's */
    if (lex(c, k, e, LX_INCLUDING, NULL) || (cyrillic(c, k) && ru_including_after(c, k, e))) return 0;
    size_t te = title_end(c, k, e, 0, 0), commas = 0;
    for (size_t q = k; q < te; q++) commas += is(c, q, ",");
    if (commas < 2) return 0;
    for (size_t q = k + 1; ru_plural && q + 1 < te; q++)
        if (is(c, q, ",") && !same_item_shape(c, k + 1, q + 1)) return 0;
    /* "decisions on the budget for 2023 and on the appointment of X, a former Prime Minister, as ...": the
     * preposition said again after "and" before any comma makes the items (plural_list); the commas set off
     * an apposition */
    for (size_t q = k + 1; q + 1 < te && !is(c, q, ","); q++)
        if (lex(c, q, q + 1, LX_AND, NULL) && is(c, q + 1, T(c, k))) return 0;
    /* "resolutions on the plan of consultations on foreign policy, security, and defence in 2019, on the regulation on
     * ...": the preposition said again after a later comma but not after the first parts the items there only, the
     * commas before it listing within the first item */
    int prep_parts = 0, first_comma = 1;
    for (size_t q = k + 1; q + 1 < te; q++) {
        if (!is(c, q, ",")) continue;
        int again = prep_again_after(c, q, te, k);
        if (first_comma && again) break;
        if (!first_comma && again) prep_parts = 1;
        first_comma = 0;
    }
    size_t a = k + 1;
    int said_again = 0, item = 0; /* the second item said the preposition again */
    c->list = ++c->nlists;
    while (a < te) {
        size_t b = a;
        while (b < te && !is(c, b, ",")) b++;
        while (prep_parts && b < te && !prep_again_after(c, b, te, k)) /* (past a comma the preposition does not follow) */
            for (b++; b < te && !is(c, b, ","); b++) {}
        /* (the last item joined by "and" to the one before it: "A, B, C and D", «A, B, C и D», when both open alike) */
        if (b == te && item >= 2) {
            size_t q = b;
            while (q > a + 1 && !lex(c, q - 1, b, LX_AND, NULL)) q--;
            if (q > a + 1 && q < b && same_item_shape(c, k + 1, q)) b = q - 1;
        }
        size_t a2 = a;
        if (is(c, a2, "and") || lex(c, a2, a2 + 1, LX_AND, NULL)) a2++;
        int again = a2 < b && is(c, a2, T(c, k));
        if (again) a2++; /* "decisions on A, on B, and on C": the preposition said again */
        /* "adopted statements on A, on B, heard the report of X and ...": once the items say it again, one
         * that does not is no item; the list ends before it */
        if (item == 1) said_again = again;
        else if (item > 1 && said_again && !again) { te = a - 1; break; }
        item++;
        if (b > a2) {
            char *item = text_of(c, a2, b);
            sbuf t = {0};
            sbuf_printf(&t, "%s %s %s", sbuf_str(&d->sing), T(c, k), item ? item : "");
            free(item);
            doc_add(c, sbuf_steal(&t), d->type, d->status, d->meeting, d->initiator, span_of(c, a2, b), rule);
        }
        a = b + 1;
    }
    c->list = 0;
    for (size_t u = ms; u < te; u++) c->doc_used[u] = 1;
    took(d, te);
    *i = te > *i ? te - 1 : *i;
    return 1;
}

/* Whether items start at j: one of lexicon item_prep, then after its title a comma or "and" and another
 * ("on A and on B", «о A и о B», «о A, а также о B»). */
static int items_at(const ctx *c, size_t j, size_t e)
{
    if (!item_prep(c, j)) return 0;
    size_t ie = title_end(c, j, e, 1, 0), q;
    if (is(c, ie, ",")) ie++;
    if (lex(c, ie, e, LX_AND, &q)) ie = q;
    return ie > j && item_prep(c, ie);
}

/* Whether a Russian keyword's title at j is a list of items («заявления о
 * A, о B и о C»): the stem of «заявление» and «заявления» is one, so the
 * plural shows only in the items. */
static int ru_item_list(const ctx *c, size_t ks, size_t j, size_t e)
{
    if ((unsigned char)c->tl->t[ks].norm[0] < 0xD0) return 0;
    if (is(c, j, ":")) { /* «заявления: о A; о B» */
        for (size_t k = j + 1; k < e; k++)
            if (is(c, k, ";")) return 1;
        return 0;
    }
    if (is(c, j, "-") && item_prep(c, j + 1)) j++; /* «заявления – о A и о B» */
    return items_at(c, j, e);
}

/* Whether [k, ie) names whose the documents are and nothing of what they are about: "(the decisions) of the statutory
 * bodies of the Organization" (lexicon statutory), "of the Collective Security Council" (a body's name). */
static int author_only(const ctx *c, size_t k, size_t ie)
{
    size_t q;
    gaz_hit h;
    if (!is(c, k, "of")) return 0;
    k++;
    if (lex(c, k, ie, LX_STATUTORY, &q) && q == ie) return 1;
    if (is(c, k, "the")) k++;
    return gm(c, k, ie, G_BODY, -1, &h) && h.start == k && h.end == ie;
}

/* "declarations on A; on B", "plans: A; B", "plans to combat X and
 * coordinate Y": one document per item; a plural keyword with no item is
 * taken all the same */
static int plural_list(dstate *d, size_t *i, const char *rule)
{
    ctx *c = d->c;
    size_t e = d->e, k = d->j, ms = d->ms;
    /* «проекты решений СМИД о Перечне тем ..., об изменениях в Положение ... и о Плане ...»: a body's name between a
     * Russian keyword and its items is of every item («решение СМИД о ...») */
    gaz_hit bh;
    char *body = NULL;
    if (cyrillic(c, d->ks) && gm(c, k, e, G_BODY, -1, &bh) && bh.start == k && ru_item_list(c, d->ks, bh.end, e)) {
        body = text_of(c, k, bh.end);
        k = bh.end;
    }
    /* («приняли два совместных заявления: о мерах ... и о недопустимости ...»: the items after a colon) */
    if (!d->plural && !ru_item_list(c, d->ks, k, e) && !(is(c, k, ":") && ru_item_list(c, d->ks, k + 1, e))) {
        free(body);
        return 0;
    }
    /* "Statements were also adopted: on A; on B", "the decisions have been taken on A and on B": the passive
     * verb between the keyword and its items */
    if (d->plural && (is(c, k, "were") || is(c, k, "are") || is(c, k, "have") || is(c, k, "had"))) {
        size_t q = k + 1, v;
        while (q < e && q < k + 4 && (is(c, q, "also") || is(c, q, "further") || is(c, q, "been") || is(c, q, "then")))
            q++;
        if (lex(c, q, e, LX_ADOPT, &v) || lex(c, q, e, LX_TAKEN, &v)) {
            if (is(c, v, ":") && item_prep(c, v + 1)) k = v;
            else if (items_at(c, v, e)) k = v;
        }
    }
    int mode_semicolon = 0;
    c->list = ++c->nlists;
    size_t opened = list_opener(c, k, e);
    size_t inc, ri = d->plural && cyrillic(c, d->ks) ? ru_including_after(c, k, e) : 0;
    if (ri) k = ri; /* «решений саммита, в том числе» */
    if ((is(c, k, ",") && lex(c, k + 1, e, LX_INCLUDING, &inc)) || (cyrillic(c, k) && lex(c, k, e, LX_INCLUDING, &inc))) {
        k = inc;
        /* "18 decisions, including on A, on B and on C", «18 решений, в том числе о A, о B»: items as after the
         * keyword; whole titles otherwise, or wherever semicolons part them ("including on A; on B; C") */
        int semicolon = 0;
        for (size_t q = k; q < e && !semicolon; q++) semicolon = is(c, q, ";");
        mode_semicolon = semicolon || !item_prep(c, k);
    }
    else if (opened > k) k = opened; /* "model laws - on A, on B and on C": items as after the keyword */
    else if (is(c, k, ":")) { /* (items parted by semicolons, or, in Russian, by commas and «и» as after the keyword) */
        k++;
        mode_semicolon = !cyrillic(c, d->ks);
        for (size_t q = k; q < e && !mode_semicolon; q++) mode_semicolon = is(c, q, ";");
    }
    int to_items = is(c, k, "to"), and_to = 0;
    for (size_t a = k; to_items && a + 1 < e && !and_to && !is(c, a, ";"); a++) and_to = is(c, a, "and") && is(c, a + 1, "to");
    int n_items = 0, after_and = 0;
    if (mode_semicolon && is(c, k, "-") && item_at(c, k + 1)) k++; /* «заявления: \n – «О A»; \n – «О B»» */
    while (k < e && (mode_semicolon || doc_starter(c, k) || after_and)) {
        after_and = 0;
        size_t ie = title_end(c, k, e, !mode_semicolon, 0);
        /* a quoted item: its words between the quotes */
        size_t qe = is(c, k, "\"") ? quoted_at(c, k, e) : 0; /* (« and » are tokenised as ") */
        if (qe) k++, ie = qe - 1;
        if (to_items) { /* "plans to combat X and coordinate Y" */
            /* (where an item says "and to", only there: "plans to upgrade A and to create a commission for handling
             * deliveries and servicing of B") */
            size_t a = k;
            while (a < ie && !(is(c, a, "and") && a + 1 < ie && !c->tl->t[a + 1].cap && !is(c, a + 1, "the") &&
                               (!and_to || is(c, a + 1, "to"))))
                a++;
            if (a < ie) ie = a;
        }
        if (ie <= k) break;
        if (!qe && author_only(c, k, ie)) break;
        sbuf t = {0};
        char *item = text_of(c, k, ie);
        if (qe && cyrillic(c, d->ks)) {
            sbuf_puts(&t, item ? item : ""); /* a quoted Russian item: its words as written (quoted_titles) */
        } else {
            sbuf_puts(&t, sbuf_str(&d->sing));
            if (body) sbuf_printf(&t, " %s", body);
            if (n_items && to_items && !is(c, k, "to")) sbuf_puts(&t, " to");
            sbuf_printf(&t, qe ? " \"%s\"" : " %s", item ? item : ""); /* 'statement "On A"' */
        }
        free(item);
        doc_add(c, sbuf_steal(&t), d->type, d->status, d->meeting, d->initiator, span_of(c, k, ie), rule);
        for (size_t u = ms; u < ie; u++) c->doc_used[u] = 1;
        n_items++;
        k = qe ? qe : ie;
        if (is(c, k, ";") || is(c, k, ",")) {
            k++;
            if (is(c, k, "-") && item_at(c, k + 1)) k++; /* the next bullet */
        } else if (to_items && is(c, k, "and")) { k++; after_and = 1; }
        else if (lex(c, k, e, LX_AND, NULL) && item_prep(c, k + 1)) k++;
        else break;
        size_t ak;
        if (lex(c, k, e, LX_AND, &ak) && !next_doc_at(c, k, e)) k = ak; /* (", а также о B": the whole conjunction) */
        if (next_doc_at(c, k, e) || (k > 0 && next_doc_at(c, k - 1, e))) break;
    }
    c->list = 0;
    free(body);
    if (n_items) { *i = k > *i ? k - 1 : *i; took(d, k); }
    return 1;
}

/* In [j, te): the CSTO's name in the possessive, perhaps after words with "-led" and before its abbreviation in
 * brackets, right before one of its bodies' names ("the Moscow-led Collective Security Treaty Organization's
 * (CSTO) Collective Security Council"): its tokens [*os, *oe). */
static int org_possessive(const ctx *c, size_t j, size_t te, size_t *os, size_t *oe)
{
    gaz_hit h;
    int csto = gaz_org_index(c->g, "CSTO");
    for (size_t k = j; k < te; k++) {
        if (!gm(c, k, te, G_ORG, -1, &h) || h.val != csto || !is(c, h.end, "'s")) continue;
        size_t e2 = h.end + 1;
        if (is(c, e2, "(") && e2 + 2 < te && is(c, e2 + 2, ")")) e2 += 3;
        if (!gm(c, e2, te, G_BODY, -1, &h)) continue;
        size_t b = k; /* "Moscow-led", "Russian-led" */
        while (b >= j + 3 && is(c, b - 1, "led") && is(c, b - 2, "-")) b -= 3;
        *os = b, *oe = e2;
        return 1;
    }
    return 0;
}

/* Whether the title after a keyword, [j, te), is the organisation's name alone («декларация ОДКБ», "the
 * declaration of the CSTO"): the keyword says which document, the name nothing more (documents_settle). */
static int org_alone(const ctx *c, size_t j, size_t te)
{
    gaz_hit h;
    if (is(c, j, "of")) j++;
    if (is(c, j, "the")) j++;
    return gm(c, j, te, G_ORG, -1, &h) && h.val == gaz_org_index(c->g, "CSTO") && h.end == te;
}

/* After a keyword at j: "we approved today", "they signed on Monday" (a clause of its adoption with no
 * relative pronoun): the token after it, or j. */
static size_t relative_adoption(const ctx *c, size_t j, size_t e)
{
    size_t q, v = j + 1;
    if (!(is(c, j, "we") || is(c, j, "they"))) return j;
    /* ("The decision we have made with regard to ...": an auxiliary, and a decision made or taken) */
    if (is(c, v, "have") || is(c, v, "had")) v++;
    if (is(c, v, "made") || is(c, v, "took")) q = v + 1;
    else if (!lex(c, v, e, LX_ADOPT, &q) && !lex(c, v, e, LX_TAKEN, &q)) return j;
    if (is(c, q, "today") || is(c, q, "yesterday")) return q + 1;
    size_t d = mentions_from(&c->ms, MK_DATE, q);
    if (d < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][d].start == q + is(c, q, "on")) return c->ms.v[MK_DATE][d].end;
    return q;
}

/* "the Statement on ...", resolution of the Council "On the Secretary
 * General": the keyword and its title */
static int keyword_title(dstate *d, size_t *i, const char *rule)
{
    ctx *c = d->c;
    size_t s = d->s, e = d->e, j = d->j, ms = d->ms;
    /* "were set to sign a statement Friday criticizing Georgia's military campaign": past the day it is signed,
     * a participle (lexicon doc_starter, in -ing) goes on with the title */
    size_t dj = j + is(c, j, "on"), dm = mentions_from(&c->ms, MK_DATE, dj);
    if (!doc_starter(c, j) && dm < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][dm].start == dj) {
        size_t after = c->ms.v[MK_DATE][dm].end;
        if (after < e && word_ends(T(c, after), "ing") && doc_starter(c, after)) j = after;
    }
    /* "the Activity plan we approved today for carrying out ...": past a clause of its adoption (we or they, a
     * verb of adoption, perhaps its day) set in the title */
    size_t ra = relative_adoption(c, j, e);
    if (ra > j && doc_starter(c, ra)) j = ra;
    if (!doc_starter(c, j)) return 0;
    int quoted = ms > s && (is(c, ms - 1, "'") || is(c, ms - 1, "\""));
    /* 'the documents "On the plan of joint training ...", "On the budget ..."': a keyword inside a quoted
     * title (an odd number of double quotes before it in the sentence) ends at the closing quote, which opens
     * nothing */
    int inside = inside_quote(c, s, ms);
    size_t te = title_end(c, j, e, 0, quoted || inside);
    size_t qe = te > j && te < j + 10 && !inside ? quoted_at(c, te, e) : 0;
    if (qe) te = qe; /* resolution of the Council "On the Secretary General" */
    if (te <= j) return 0;
    sbuf t = {0};
    sbuf_puts(&t, d->kw);
    /* "a declaration of the Moscow-led Collective Security Treaty Organization's (CSTO) Collective Security Council":
     * the organisation's possessive before its body's name says nothing the body's name does not; left out */
    size_t os = j, oe = j;
    char *cont = NULL;
    if (!org_possessive(c, j, te, &os, &oe)) cont = text_of(c, j, te);
    else {
        char *a = text_of(c, j, os), *b = text_of(c, oe, te);
        sbuf ab = {0};
        sbuf_printf(&ab, "%s %s", a ? a : "", b ? b : "");
        free(a);
        free(b);
        cont = sbuf_steal(&ab);
    }
    sbuf_putc(&t, ' ');
    sbuf_puts(&t, cont ? cont : "");
    free(cont);
    doc_add(c, sbuf_steal(&t), d->type, d->status, d->meeting, d->initiator, span_of(c, ms, te),
            org_alone(c, j, te) ? "keyword-org" : rule);
    for (size_t u = ms; u < te; u++) c->doc_used[u] = 1;
    took(d, te);
    *i = te > *i ? te - 1 : *i;
    return 1;
}

/* "the CSTO Collective Security Strategy", "statements were adopted": the keyword alone */
static int keyword(dstate *d, size_t *i, const char *rule)
{
    ctx *c = d->c;
    size_t ms = d->ms, end = d->ke;
    /* "A 1994 treaty reaffirmed ...": a keyword alone after a year before the report's is a past document
     * named in passing, not one of the meeting */
    if (ms > d->s && c->tl->t[ms - 1].kind == TOK_NUM && strlen(T(c, ms - 1)) == 4 && c->pub.y) {
        int y = atoi(T(c, ms - 1));
        if (y >= 1900 && y < c->pub.y) return 0;
    }
    /* «были приняты принципиальные решения о том, как будут формироваться силы»: decisions about a clause
     * (a starter, a pronoun of lexicon not_title, a comma) are the act of deciding how or that, no document; a
     * statement «о том, что ...» is one */
    size_t q;
    if (doctype_is(c, d->type, "decision") && lex(c, end, d->e, LX_DOC_START, &q) && q == end + 1 &&
        lex(c, q, d->e, LX_NOT_TITLE, NULL) && is(c, q + 1, ","))
        return 0;
    sbuf t = {0};
    sbuf_puts(&t, d->kw);
    doc_add(c, sbuf_steal(&t), d->type, d->status, d->meeting, d->initiator, span_of(c, ms, end), rule);
    for (size_t u = ms; u < end; u++) c->doc_used[u] = 1;
    took(d, end);
    *i = end > *i ? end - 1 : *i;
    return 1;
}

/* The rules in precedence order: the first that applies takes the keyword. */
static const struct {
    const char *name;
    doc_rule fn;
} doc_rules[] = {
    {"quote-around", quote_around},
    {"quoted-list", quoted_list},
    {"quoted-title", quoted_title},
    {"plural-quoted-list", plural_quoted_list},
    {"plural-comma-list", plural_comma_list},
    {"plural-list", plural_list},
    {"keyword-title", keyword_title},
    {"keyword", keyword},
};

/* Whether the lower-case Russian keyword at ks has a capitalised adjective before it that opens a list's item
 * («Декларация СКБ ОДКБ, Антинаркотическая стратегия ОДКБ на 2026-2030 годы и Заявление СКБ ...») or stands inside
 * the sentence after a lower-case word («важность реализации Целевой межгосударственной программы ОДКБ»; up to two
 * lower-case adjectives between): the title's first word, a capital that names it as a capitalised keyword does.
 * Returns that adjective's token, or 0. */
static size_t ru_capital_adjective(const ctx *c, size_t s, size_t ks)
{
    static const char *const adj[] = {"ая", "ый", "ий", "ое", "ые", "ой", NULL};
    if (!cyrillic(c, ks) || c->tl->t[ks].cap) return 0;
    for (size_t a = ks - 1, n = 0; a >= s + 1 && a < ks && n < 3; a--, n++) {
        const token *t = &c->tl->t[a];
        if (!cyrillic(c, a) || t->upper || !word_ends_any(t->norm, adj)) return 0;
        if (!t->cap) continue; /* a lower-case adjective between */
        if (is(c, a - 1, ",") || is(c, a - 1, "и") || is(c, a - 1, ":") || is(c, a - 1, "-")) return a;
        const token *w = &c->tl->t[a - 1];
        return a >= s + 2 && w->kind == TOK_WORD && !w->cap && cyrillic(c, a - 1) ? a : 0;
    }
    return 0;
}

/* The start of a document keyword's words at [ks, ke) with its modifiers on
 * the left (lexicon doc_modifier, a capitalised city or word before a
 * capitalised keyword) and the name of its owner ("the CSTO Collective
 * Security Strategy", "Interstate Commission on ... Work Plan"). */
static size_t left_modifiers(const ctx *c, size_t s, size_t ks, size_t e)
{
    size_t ms = ks;
    size_t cap_adj = ru_capital_adjective(c, s, ks);
    if (cap_adj) return cap_adj;
    /* (in a headline written in title case, "CSTO Foreign Ministers' Council Meeting Holds Statement Documents
     * Approved", a capital says nothing: only the lexicon's modifiers and a name of the organisation or a body) */
    int titled = headline_case(c, s, e);
    for (int n = 0; n < 3 && ms > s; n++) {
        size_t k = ms;
        if (lex(c, ms - 1, ks, LX_DOC_MODIFIER, &k) && k == ms) { ms--; continue; }
        gaz_hit ph;
        int place = gm(c, ms - 1, ks, G_CITY, -1, &ph) && ph.end == ms;
        if (!titled && c->tl->t[ks].cap && c->tl->t[ms - 1].cap && ms - 1 > s && (place || !gaz_tok_notname(c->g, c->tl, ms - 1)) &&
            c->tl->t[ms - 1].kind == TOK_WORD && !c->tl->t[ms - 1].upper) {
            ms--;
            /* ("the Anti-Drug Strategy": a capitalised word glued by a hyphen to the one taken) */
            if (ms > s + 2 && glued_hyphen(c, ms - 1) && c->tl->t[ms - 2].cap && c->tl->t[ms - 2].kind == TOK_WORD)
                ms -= 2;
            continue;
        }
        break;
    }
    /* a capitalised name before a capitalised keyword is its owner's ("the CSTO Collective
     * Security Strategy", "Interstate Commission on Military-Economic Cooperation Work Plan"); before a
     * lower-case one, the name of an organisation or a body ("a Collective Security Council declaration",
     * "the CSTO statement") */
    int lower = !c->tl->t[ks].cap && !cyrillic(c, ks);
    if (c->tl->t[ks].cap || lower)
        for (int n = 0; n < (lower ? 1 : 8) && ms > s + 1; n++) {
            size_t b = ms - 1;
            gaz_hit oh;
            int named = 0;
            for (size_t q = ms > s + 8 ? ms - 8 : s; q < ms && !named; q++)
                if ((gm(c, q, ms, G_ORG, -1, &oh) || gm(c, q, ms, G_BODY, -1, &oh)) &&
                    oh.end == ms && c->tl->t[q].cap) { ms = q; named = 1; }
            if (named || lower) continue;
            if (!titled && cap_word(c, b) && gaz_tok_notname(c->g, c->tl, b) &&
                !lex(c, b, ms, LX_NOT_TITLE, NULL) && !determiner(c, b) && !lex(c, b, ms, LX_CLAUSE, NULL)) { ms = b; continue; }
            break;
        }
    return ms;
}

/* For a lower-case English keyword at ks with nothing of a title after it: "approved a collective security strategy",
 * "The summit adopted a new declaration": up to two lower-case words between the article (or its, their) of a verb of
 * adoption and the keyword are its title's (not a word of a draft: "approved a draft declaration" is a draft).  ks when
 * there are none. */
static int article_word(const ctx *c, size_t k) /* a, an, the, this ..., its, their */
{
    return is(c, k, "a") || is(c, k, "an") || determiner(c, k) || is(c, k, "its") || is(c, k, "their");
}

static size_t bare_keyword_words(const ctx *c, size_t s, size_t ks)
{
    if (c->tl->t[ks].cap || cyrillic(c, ks)) return ks;
    size_t b = ks;
    int n = 0;
    while (n < 2 && b > s + 2 && c->tl->t[b - 1].kind == TOK_WORD && !c->tl->t[b - 1].cap && !article_word(c, b - 1) &&
           !lex(c, b - 1, ks, LX_ADOPT, NULL) && !lex(c, b - 1, ks, LX_DRAFT, NULL) && !lex(c, b - 1, ks, LX_NOT_TITLE, NULL) &&
           !lex(c, b - 1, ks, LX_CLAUSE, NULL))
        b--, n++;
    /* ("approved the CSTO military cooperation plan": the organisation's name between the article and the words) */
    gaz_hit oh;
    size_t a = b;
    int csto = n ? gaz_org_index(c->g, "CSTO") : -1;
    for (size_t q = b > s + 6 ? b - 6 : s; n && q < b && a == b; q++)
        if (gm(c, q, b, G_ORG, -1, &oh) && oh.end == b && oh.val == csto && c->tl->t[q].cap) a = q;
    /* (... or in the list of what was adopted: "approving a number of documents, including the main document, the CSTO
     * military cooperation plan until 2025") */
    if (a < b && article_word(c, a - 1) &&
        (lex(c, a - 2, a - 1, LX_ADOPT, NULL) ||
         ((lex(c, a - 2, a - 1, LX_INCLUDING, NULL) || is(c, a - 2, ",")) && lex_in(c, s, a - 2, LX_INCLUDING) &&
          lex_in(c, s, a - 2, LX_ADOPT))))
        return a;
    /* (or "approved its blueprint, including a collective security strategy") */
    if (n && article_word(c, b - 1) &&
        (lex(c, b - 2, b - 1, LX_ADOPT, NULL) || (lex(c, b - 2, b - 1, LX_INCLUDING, NULL) && lex_in(c, s, b - 2, LX_ADOPT))))
        return b;
    return ks;
}

/* Whether the sentence [s, e)'s words of a plan all stand after a "that" («что») that follows the
 * document's keyword (ending at ke): what the document, or someone, says ("the leaders adopted the
 * Statement, which confirms that the forces will return home"), not when it is adopted. */
static int plan_only_told(const ctx *c, size_t s, size_t ke, size_t e)
{
    size_t cut = ke;
    while (cut < e && !is(c, cut, "that") && !is(c, cut, "что")) cut++;
    return cut < e && !lex_in(c, s, cut, LX_PLANNED_VERB) && !lex_in(c, s, cut, LX_DOC_FUTURE);
}

/* Whether the words from k deny an adoption: an auxiliary, "not" and a verb of adoption ("has not yet been taken",
 * "was not adopted"), «не» and one («пока не принято», «так и не было принято»). */
static int denied_adoption(const ctx *c, size_t k, size_t e)
{
    static const char *const aux[] = {"has", "have", "had", "was", "were", "is", "are", "пока", "еще", "ещё", "так",
                                      "и", NULL};
    for (int n = 0; n < 3 && k < e; n++, k++) { /* (up to three of them, in any order) */
        int i = 0;
        while (aux[i] && !is(c, k, aux[i])) i++;
        if (!aux[i]) break;
    }
    if (k >= e || !(is(c, k, "not") || is(c, k, "не"))) return 0;
    k++;
    if (k < e && (is(c, k, "yet") || is(c, k, "было"))) k++;
    if (k < e && is(c, k, "been")) k++;
    return k < e && (lex(c, k, e, LX_TAKEN, NULL) || lex(c, k, e, LX_ADOPT, NULL));
}

/* Whether a decision taken ("took the decision", «приняли решение»: lexicon decide from d to its keyword's
 * end k) is only the act of deciding, no document: one not taken («так и не приняли решения о ...»), one
 * with no object or title («принятие решений консенсусом»), or one to hold a meeting («о проведении следующего
 * саммита», "to hold the next session"); a decision on anything else ("to send peacekeeping forces", «о
 * приостановлении членства») is a document. */
static int only_deciding(const ctx *c, size_t s, size_t d, size_t k, size_t e)
{
    for (size_t q = d > s + 3 ? d - 3 : s; q < d; q++)
        if (is(c, q, "не") || is(c, q, "not") || is(c, q, "no") || is(c, q, "never")) return 1;
    if (is(c, k, "«") || is(c, k, "\"")) return 0; /* «принято решение «О мерах по ...»»: a title in quotes */
    if (!(is(c, k, "о") || is(c, k, "об") || is(c, k, "to") || is(c, k, "on"))) return 1;
    k++;
    return k < e && (is(c, k, "проведении") || is(c, k, "hold") || is(c, k, "holding") || lex(c, k, e, LX_CONVENE, NULL) ||
                     lex(c, k, e, LX_MEETING_VERB, NULL));
}

/* Whether the document whose keyword is at [ks, ke), its modifiers from ms, is another organisation's: one
 * is named among its modifiers ("the SCO Development Strategy") or owns it, after the keyword through
 * "of", capitalised words and Russian genitives («Астанинскую декларацию Совета глав государств – членов
 * ШОС»), and the CSTO is not; not one its title is about ("a statement on the anniversary of the UN"). */
static int other_orgs(const ctx *c, size_t ms, size_t ks, size_t ke, size_t e)
{
    int csto = gaz_org_index(c->g, "CSTO");
    gaz_hit h;
    size_t q;
    for (size_t k = ms; k < ks; k++) {
        if (gm(c, k, ks, G_ORG, -1, &h) && h.val == csto) return 0;
        if (other_org_at(c, k, ks, &q)) return 1;
    }
    /* "implement the UN global counter-terrorism strategy": one right before lower-case words (no article, no
     * meeting) that lead to the modifiers */
    size_t b = ms;
    while (b > 0 && ms - b < 4 &&
           (is(c, b - 1, "-") ||
            (ascii_lower_word(c, b - 1) && !article_word(c, b - 1) && !lex(c, b - 1, ms, LX_MEETING_NOUN, NULL))))
        b--;
    if (b < ms)
        for (size_t k = b > 3 ? b - 3 : 0; k < b; k++)
            if (other_org_at(c, k, b, &q) && q == b) return 1;
    static const char *const preps[] = {"о", "об", "по", "в", "во", "на", "с", "со", "к", "для", "и", NULL};
    for (size_t k = ke; k < e && k < ke + 10; k++) {
        if (gm(c, k, e, G_ORG, -1, &h)) return h.val != csto && other_org_at(c, k, e, &q);
        const token *t = &c->tl->t[k];
        int ok = is(c, k, "of") || is(c, k, "the") || is(c, k, "-") || (t->kind == TOK_WORD && t->cap);
        if (!ok && cyrillic(c, k)) {
            ok = 1;
            for (int p = 0; preps[p] && ok; p++) ok = !is(c, k, preps[p]);
        }
        if (!ok) return 0;
    }
    return 0;
}

/* Whether another organisation is the subject of a verb of adoption right before the modifiers at ms, a determiner
 * between, named within eight words before the verb with no comma between and no CSTO ("On December 2, 2004 the
 * General Assembly of the United Nations adopted the Resolution to grant the observer status to the CSTO"): its
 * document, not one of a meeting of the CSTO. */
static int adopted_by_other(const ctx *c, size_t s, size_t ms)
{
    size_t v = ms > s && (determiner(c, ms - 1) || is(c, ms - 1, "a") || is(c, ms - 1, "an")) ? ms - 1 : ms, q;
    if (v <= s || !lex(c, v - 1, v, LX_ADOPT, NULL)) return 0;
    if (cyrillic(c, v - 1)) return 0; /* (a Russian passive names its agent after it, if at all) */
    int csto = gaz_org_index(c->g, "CSTO"), other = 0;
    gaz_hit h;
    for (size_t k = v - 1; k-- > s && k + 9 > v;) {
        if (is(c, k, ",") || lex(c, k, v, LX_CLAUSE, NULL)) break;
        if (gm(c, k, v, G_ORG, -1, &h) && h.val == csto) return 0; /* ("The CSTO and the SCO signed a memorandum") */
        if (other || !other_org_at(c, k, v - 1, &q)) continue;
        /* (the subject itself: only capitalised words, its body's name, between it and the verb) */
        while (q < v - 1 && c->tl->t[q].kind == TOK_WORD && c->tl->t[q].cap) q++;
        other = q == v - 1;
    }
    return other;
}

/* Whether the document keyword at i is a document of the sentence: sets
 * the keyword's words, modifiers, status and where its title would start
 * in *d; 0 when it is none ("the list of statements", a lower-case keyword
 * no verb governs, a historical document, a bare reference). */
/* Whether the one-word keyword at [ks, ke), lower case with no modifier, is the verb of its clause: "to"
 * and a word after it, and right before it its subject, a pronoun, a plural noun or a name ("the ministers
 * plan to approve a memorandum", "Kazakhstan plans to host"; not "the plans to", "adopted plans to"). */
static int keyword_is_verb(const ctx *c, size_t s, size_t ks, size_t ke)
{
    const token *t = c->tl->t;
    if (ke != ks + 1 || ks <= s || t[ks].cap || cyrillic(c, ks) || !is(c, ke, "to") || t[ke + 1].kind != TOK_WORD ||
        t[ks - 1].kind != TOK_WORD || determiner(c, ks - 1))
        return 0;
    if (subject_pronoun(c, ks - 1) || is(c, ks - 1, "i") || is(c, ks - 1, "who")) return 1;
    /* ("which we have developed and plan to adopt today": a plan's keyword before a verb of adoption is the verb) */
    gaz_hit h;
    if (gm(c, ks, ke, G_DOCTYPE, -1, &h) && doctype_is(c, h.val, "plan") && lex(c, ke + 1, c->tl->n, LX_ADOPT, NULL))
        return 1;
    const char *w = t[ks - 1].norm;
    size_t n = strlen(w);
    return t[ks - 1].cap || (n > 3 && w[n - 1] == 's' && w[n - 2] != 's');
}

/* "the statement of CSTO Secretary General X", «заявление генсека ОДКБ X»: a keyword whose complement
 * (after "of", "by" or a Russian genitive) is a person named, with no "on ..." before the name, is that
 * person's words, no document. */
static int personal_words(const ctx *c, size_t ke, size_t e)
{
    size_t k = ke + (is(c, ke, "of") || is(c, ke, "by"));
    if (k == ke && !(ke < e && cyrillic(c, ke))) return 0;
    for (size_t q = k; q < e && q < k + 8; q++) {
        if (lex(c, q, e, LX_DOC_START, NULL) || is(c, q, ",")) return 0;
        if (mention_at(&c->ms, MK_PERSON, q)) return 1;
    }
    return 0;
}

/* Whether the keyword at ks is what another keyword before it is to: "two protocols to the agreements on A and B",
 * «два протокола к международным соглашениям по вопросам A» ("to" and an article, «к» and up to two words in lower
 * case): that one's object, no document of its own (the protocol, titled, takes it in; counted, neither is). */
static int object_of_keyword(const ctx *c, size_t s, size_t ks)
{
    size_t k = ks; /* (English: an article only, not "the CSC plans to sign an agreement") */
    for (int w = 0; k > s && w < 2 && (determiner(c, k - 1) || (cyrillic(c, k - 1) && lower_word(c, k - 1))) &&
                    !is(c, k - 1, "к");
         w++)
        k--;
    if (k < s + 2 || !(is(c, k - 1, "to") || is(c, k - 1, "к"))) return 0;
    gaz_hit h;
    for (size_t q = k > s + 4 ? k - 4 : s; q + 1 < k; q++)
        if (gm(c, q, k - 1, G_DOCTYPE, -1, &h) && h.end == k - 1) return 1;
    return 0;
}

/* Whether the sentence after the one ending at e opens with a keyword of document type `type` and a verb of adoption
 * within four words after it («Программа была утверждена на сессии СКБ»): the document named before is adopted. */
static int adopted_next(const ctx *c, size_t e, int type)
{
    gaz_hit h;
    if (e >= c->tl->n || !gm(c, e, c->tl->n, G_DOCTYPE, -1, &h) || h.val != type) return 0;
    for (size_t k = h.end; k < c->tl->n && k < h.end + 4 && !is(c, k, "."); k++)
        if (lex(c, k, c->tl->n, LX_ADOPT, NULL)) return 1;
    return 0;
}

/* Whether a phrase of lexicon class cls ends at most six words before the keyword's start ms in the sentence from s,
 * then "of" when of_ok (English "the implementation of"), a determiner and up to two lower-case words ("in accordance
 * with the approved work plan for 2021"), or a noun joined by "and" ("based on the conclusions and recommendations of
 * the mission"). */
static int acted_on_before(const ctx *c, size_t s, size_t ms, int cls, int of_ok)
{
    for (size_t q, k = ms > s + 6 ? ms - 6 : s; k < ms; k++) {
        if (!lex(c, k, ms, cls, &q)) continue;
        q += of_ok && q < ms && is(c, q, "of");
        q += q < ms && determiner(c, q);
        if (q + 2 == ms && c->tl->t[q].kind == TOK_WORD && !c->tl->t[q].cap && lex(c, q + 1, ms, LX_AND, NULL)) q = ms;
        for (size_t w = 0; w < 2 && q < ms && c->tl->t[q].kind == TOK_WORD && !c->tl->t[q].cap &&
                           !lex(c, q, ms, LX_AND, NULL);
             w++)
            q++;
        if (q == ms) return 1;
    }
    return 0;
}

static int keyword_at(dstate *d, size_t i, int planned, int draft_cue, int initiator)
{
    ctx *c = d->c;
    size_t s = d->s, e = d->e;
    gaz_hit h;
    if (c->doc_used[i] || in_name(c, i) || !gm(c, i, e, G_DOCTYPE, -1, &h)) return 0;
    size_t ks = h.start, ke = h.end;
    int type = h.val, plural = h.sub == NUM_PLURAL;
    /* (a Russian genitive plural, -ий, -ов: «решений», «документов») */
    int ru_gen_plural = cyrillic(c, ks) && ke == ks + 1 && word_ends_any(T(c, ks), (const char *const[]){"ий", "ов", NULL});
    /* "18 decisions, including on A", «18 решений (саммита), в том числе о A, о B»: its items follow */
    int items_follow = lex(c, ke + is(c, ke, ","), e, LX_INCLUDING, NULL) || ru_including_after(c, ke, e);
    /* «18 решений, в том числе о A, о B»: a genitive plural whose items follow «в том числе» */
    if (!plural && ru_gen_plural && ru_including_after(c, ke, e)) plural = 1;
    size_t ms = left_modifiers(c, s, ks, e);
    /* (in a sentence that names the meeting: "Armenia ... signing a strategic partnership charter earlier this year"
     * with another country is no document of it) */
    /* (a period after it is a title's too: "the CSTO military cooperation plan until 2025", "a military cooperation
     * plan for 2021-2025") */
    size_t pq;
    int period_next = lex(c, ke, e, LX_PERIOD, &pq) && pq < e && c->tl->t[pq].kind == TOK_NUM;
    if (ms == ks && !plural && (!doc_starter(c, ke) || period_next) && !quoted_at(c, ke, e) && sentence_meeting(c, s, e) >= 0)
        ms = bare_keyword_words(c, s, ks);
    /* ("the CSC plans to sign": a body before a lower-case keyword is the verb's subject) */
    if ((ms == ks || !c->tl->t[ks].cap) && keyword_is_verb(c, s, ks, ke)) return 0;
    /* «положению дел в Афганистане», «положения Договора»: the situation, a treaty's provisions (lexicon
     * about_only: a regulation is «положение о ...») */
    if (lex(c, ks, ke, LX_ABOUT_ONLY, NULL) && !item_prep(c, ke) && !is(c, ke, "\"")) return 0;
    /* "key decisions on a number of issues", «решения по целому ряду вопросов»: on a range of matters (lexicon quantity
     * after the preposition, an article or an adjective between), no document's title */
    /* (not «решение о внесении ряда изменений в план»: the changes of a titled decision; only an adjective between) */
    static const char *const adj_dat[] = {"ому", "ему", "ым", "им", NULL};
    if (item_prep(c, ke) &&
        (lex(c, ke + 1, e, LX_QUANTITY, NULL) ||
         (cyrillic(c, ke + 1) && word_ends_any(T(c, ke + 1), adj_dat) && lex(c, ke + 2, e, LX_QUANTITY, NULL))))
        return 0;
    if (issues_counted(c, ke, e)) return 0;
    if (object_of_keyword(c, s, ks)) return 0;
    /* "X will deliver a statement on the CSTO performance", «X сделает заявление о ...»: a verb of saying right before
     * the keyword (lexicon utter), no modifier between: his speech ("will make a joint statement" is a document, and
     * "made a decision to send forces" a decision) */
    if (ms == ks && !doctype_is(c, type, "decision") && lex_ends_at(c, s, ks, 3, LX_UTTER)) return 0;
    /* "The leaders failed to adopt any joint statement on Karabakh", «не приняли никакого заявления»: none in
     * particular (lexicon none_particular) */
    if (ms > s && lex(c, ms - 1, ms, LX_NONE_PARTICULAR, NULL)) return 0;
    /* «выполнение Программы правового обеспечения Плана основных мероприятий ...»: a keyword in the genitive a few
     * lower-case words after another keyword is part of that one's title, no document of its own */
    if (cyrillic(c, ks) && ru_case(c->tl->t[ks].norm) == RU_GEN)
        for (size_t k = ms > s + 4 ? ms - 4 : s; k < ms; k++) {
            gaz_hit oh;
            if (!gm(c, k, ms, G_DOCTYPE, -1, &oh) || oh.end >= ms) continue;
            size_t w = oh.end;
            while (w < ms && cyrillic(c, w) && !c->tl->t[w].cap) w++;
            if (w == ms) return 0;
        }
    /* "advocating for the resolution of international and regional conflicts", "the resolution of the crisis": a
     * lower-case keyword that is also an act (lexicon act_noun), "of", then words in lower case (not a gerund's title,
     * "the resolution of establishing ...", nor a body's name) */
    if (!c->tl->t[ks].cap && is(c, ke, "of") && lex(c, ks, ke, LX_ACT_NOUN, NULL)) {
        size_t w = ke + 1 + determiner(c, ke + 1);
        if (lower_word(c, w) && !word_ends(T(c, w), "ing") && !gm(c, w, e, G_BODY, -1, &(gaz_hit){0})) return 0;
    }
    /* "the list of statements" is not a statement; "a package of model laws - on A, on B and on C" is
     * the laws listed */
    /* (in Russian the container governs the genitive: «один из самых объемных пакетов решений») */
    if (((ms >= s + 2 && is(c, ms - 1, "of") && lex(c, ms - 2, ms - 1, LX_DOC_CONTAINER, NULL)) ||
         (ms >= s + 1 && cyrillic(c, ms - 1) && lex(c, ms - 1, ms, LX_DOC_CONTAINER, NULL))) &&
        !(plural && (list_opener(c, ke, e) > ke || (is(c, ke, ",") && lex(c, ke + 1, e, LX_INCLUDING, NULL)))))
        return 0; /* (but "a number of decisions, including on A and on B": the items) */
    /* "in pursuance of the 2015 decision", «во исполнение решения СКБ 2015 года»: a document acted on, in
     * force already (lexicon pursuant) */
    if (acted_on_before(c, s, ms, LX_PURSUANT, 0)) return 0;
    /* "a report on the implementation of the Plan of joint exercises", «вопросы реализации Соглашения»: a plan,
     * programme or agreement carried out (lexicon carry_out), in force already; not a decision, which readers list
     * where its carrying out is reported («о ходе выполнения решения СКБ "Об ..."») */
    if (!doctype_is(c, type, "decision") && acted_on_before(c, s, ms, LX_CARRY_OUT, 1) && !adopted_next(c, e, type))
        return 0; /* (but «... реализации Целевой программы. Программа была утверждена на сессии»: adopted there) */
    /* a capital says a name, but not at the head of a sentence that adopts nothing ("Программа
     * саммитовской недели начнется ...") */
    if (((!c->tl->t[ks].cap && !ru_capital_adjective(c, s, ks)) ||
         (ms == s && ks == s && !adopted_after(c, ke, e) && !doc_heading(c, s, e))) &&
        !d->among && !governed(c, s, ms, ke, e))
        return 0;
    if (historic(c, s, ks, ke, e) && !(sentence_meeting(c, s, e) >= 0 && signed_here(c, s, ms))) return 0;
    /* (a document of a meeting of those years that the sentence names is that meeting's: "The decision ... was taken
     * at the meeting of the Council in Moscow on 14 May 2002") */
    if (opens_years_before(c, s, e) || (told_years_before(c, s, ke, e) && sentence_meeting(c, s, e) < 0)) return 0;
    if (in_force_subject(c, s, ms, ke, e)) return 0;
    /* "a French-brokered peace plan", "a Moscow-brokered ceasefire agreement": a mediator's deal between the sides of
     * a conflict, no document of the meeting (the word "brokered" among the three before the keyword) */
    for (size_t q = ms > s + 3 ? ms - 3 : s; q < ms; q++)
        if (is(c, q, "brokered")) return 0;
    if (adopted_long_ago(c, ke, e)) return 0;
    /* '"... rests on the UN Charter and Security Council Resolution 1244," X said': a keyword inside a
     * quotation that no verb of adoption governs is a word of the quote, no document of a meeting */
    if (inside_quote(c, s, ms) && !d->among && !governed(c, s, ms, ke, e)) return 0;
    if (other_orgs(c, ms, ks, ke, e) || adopted_by_other(c, s, ms)) return 0;
    /* «ход выполнения решений уставных органов Организации», «решений прошлогодней сессии»: a genitive plural
     * (-ий, -ов) with no items listed or quoted after it names decisions in general, none of them */
    gaz_hit bn; /* («проекты решений СМИД о A, о B»: the items after the body's name) */
    size_t after_body = gm(c, ke, e, G_BODY, -1, &bn) && bn.start == ke ? bn.end : ke;
    if (ru_gen_plural && list_opener(c, ke, e) == ke && !item_at(c, after_body) && !items_follow) {
        int quoted = 0; /* («проекты решений Совета коллективной безопасности «Об ...» и «О ...»»: the titles after the body) */
        /* (an opening quote, not the one that ends a quotation: «Принято 35 модельных актов и рекомендаций", -
         * сказал») */
        for (size_t k = ke; k < e && k < ke + 10 && !quoted; k++) quoted = is(c, k, "\"") && quoted_at(c, k, e);
        if (!quoted) return 0;
    }
    /* "Kyrgyzstan's Minister of Economic Regulation X": a ministry's name in an office, no document */
    {
        size_t k = ks;
        while (k > s && k + 3 > ks && c->tl->t[k - 1].cap && !is(c, k - 1, "of")) k--;
        if (k > s + 1 && (is(c, k - 1, "of") || is(c, k - 1, "for")) && title_ends_at(c, s, k - 1, 3)) return 0;
    }
    /* "colleagues will accept such a decision with understanding": a kind of document (lexicon such), none named */
    if (ms == ks && lex_ends_at(c, s, ms, 2, LX_SUCH)) return 0;
    /* "there were no plans to adopt any documents at the event": "no" before a lower-case keyword and "to" after it
     * tell of an intention, none held */
    if (ms == ks && ms > s && !c->tl->t[ks].cap && is(c, ms - 1, "no") && is(c, ke, "to")) return 0;
    /* "the possibility of a decision on sending peacekeepers", «о возможности принятия решения о ...»: spoken of as
     * possible (lexicon hypothetical), none taken */
    if (lex_in(c, ms > s + 4 ? ms - 4 : s, ms, LX_HYPOTHETICAL)) return 0;
    /* "the final decision has not yet been taken", «решение пока не принято»: a keyword in lower case whose
     * adoption the verb right after it denies: none adopted */
    if (!c->tl->t[ks].cap && denied_adoption(c, ke, e)) return 0;
    /* "30 years since the treaty was signed": a point in time, no document of the meeting */
    if (ms > s && (is(c, ms - 1, "since") || (ms > s + 1 && determiner(c, ms - 1) && is(c, ms - 2, "since")))) return 0;
    /* «вопрос "требует политического решения", но ...»: a lower-case keyword that ends a quotation is a
     * word of the quote, no document */
    if (!c->tl->t[ks].cap && ke < e && (is(c, ke, "\"") || is(c, ke, "»"))) {
        int quotes = 0;
        for (size_t k = s; k < ks; k++) quotes += is(c, k, "\"") || is(c, k, "«") || is(c, k, "»");
        if (quotes % 2) return 0;
    }
    /* "called the declaration \"a serious signal\"": a judgement of a document named before */
    if (quoted_at(c, ke, e) && ms > s && lex(c, ms - 1 - (ms > s + 1 && determiner(c, ms - 1)), ms, LX_NAMING_VERB, NULL))
        return 0;
    /* "drafts of various declarations", «проекты различных деклараций»: some, none named (one word in lower case
     * may stand between: "a number of important decisions to expand cooperation") */
    for (size_t k = ms > s + 4 ? ms - 4 : s, q; k < ks; k++)
        if (lex(c, k, ks, LX_QUANTITY, &q) && (q >= ms || (q + 1 == ms && lower_word(c, q))) &&
            !lex(c, ke + is(c, ke, ","), e, LX_INCLUDING, NULL))
            return 0;
    /* "cleared some 20 draft decisions for the summit": a count of them, none named (but "two statements: on A
     * and on B" lists them) */
    if (plural && !items_follow && !is(c, ke, ":")) {
        for (size_t k = ms > s + 2 ? ms - 2 : s; k < ms; k++)
            if (c->tl->t[k].kind == TOK_NUM || lex(c, k, ms, LX_NUMBER_WORD, NULL)) return 0;
        /* "adopted more than 15 documents and agreements": the count reaches it through "documents and" */
        if (ms >= s + 3 && lex(c, ms - 1, ms, LX_AND, NULL) && documents_word(c, ms - 2) &&
            (c->tl->t[ms - 3].kind == TOK_NUM || lex(c, ms - 3, ms - 2, LX_NUMBER_WORD, NULL)))
            return 0;
    }
    /* «предусматривает ... принятие решений о мерах по ...», "provides for the adoption of decisions on": decisions
     * in general, the adoption of which something provides for (lexicon adoption before a plural) */
    if ((plural || (cyrillic(c, ks) && word_ends(c->tl->t[ks].norm, "ий"))) && ms > s) { /* («решений»: a plural) */
        size_t q;
        for (size_t k = ms > s + 3 ? ms - 3 : s; k < ms; k++)
            if (lex(c, k, ms, LX_ADOPTION, &q) && q == ms) return 0;
    }
    /* "cancelled by decision of the leadership": the authority for something, no document */
    if (ms > s && ms == ks && is(c, ms - 1, "by")) return 0;
    if (!plural && personal_words(c, ke, e)) return 0;
    if (lex(c, ke, e, LX_TO_PRESS, NULL)) return 0; /* "statements to the press": said to reporters, no document */
    /* "the decisions of the Commission's last meeting": what a meeting decided, no titled document
     * ("the Declaration of the Collective Security Council" names a body, not a meeting) */
    if (is(c, ke, "of") && plural) /* "the Declaration of the Yerevan Session" is one */
        for (size_t k = ke + 1, q; k < e && k < ke + 6; k++)
            if (lex(c, k, e, LX_MEETING_NOUN, &q)) return 0;
    /* "took the decision to", «приняли решение о»; but "took decisions on A and on B", «принял решения: о A;
     * о B» list them */
    int listed = plural || ru_item_list(c, ks, ke, e);
    for (size_t k = ks > s + 3 ? ks - 3 : s, q; k < ks && !listed; k++)
        if (lex(c, k, e, LX_DECIDE, &q) && q == ke && only_deciding(c, s, k, ke, e)) return 0;
    /* «тогда такое решение примем», «это решение было принято»: a demonstrative, the keyword, then the verb of
     * adoption: a decision taken, no document */
    if (!listed && cyrillic(c, ks) && ks > s && lex(c, ks - 1, ks, LX_THIS_ONE, NULL)) {
        size_t v = ks + 1 + (is(c, ks + 1, "было") || is(c, ks + 1, "будет"));
        if (lex(c, v, e, LX_ADOPT, NULL) || lex(c, v, e, LX_DOC_FUTURE, NULL)) return 0;
    }
    /* "said in a statement", "joined the Treaty": a bare keyword with no
     * title is a reference, not a document of the meeting */
    /* ... but "the leaders adopted a declaration", "in a declaration adopted at a summit": the meeting's */
    /* (and "signed 14 documents, including a declaration": one of the documents a verb of adoption before
     * governs) */
    size_t inc;
    int adopted_here = (ms > s + 1 && (is(c, ms - 1, "a") || is(c, ms - 1, "an")) && lex(c, ms - 2, ms - 1, LX_ADOPT, NULL)) ||
                       (ke < e && lex(c, ke, e, LX_ADOPT, NULL) && (is(c, ke + 1, "at") || is(c, ke + 1, "by"))) ||
                       (ms > s + 3 && (is(c, ms - 1, "a") || is(c, ms - 1, "an")) && is(c, ms - 3, ",") &&
                        lex(c, ms - 2, ms - 1, LX_INCLUDING, &inc) && inc == ms - 1 && lex_in(c, s, ms - 3, LX_ADOPT)) ||
                       /* «По итогам встречи принято коммюнике», «лидеры подписали декларацию»: Russian has no article,
                        * the verb of adoption right before the keyword, or one to come («планируется принять
                        * декларацию», «лидеры примут декларацию»: lexicon doc_future) (not «приняли решение о»,
                        * deciding; one that names a titled document again is dropped once the report is read,
                        * documents_settle) */
                       /* («в подписанной по итогам саммита декларации»: a participle of adoption before it, a few
                        * words between, lexicon adopted_attr) */
                       (cyrillic(c, ms) && ms > s + 1 && adopted_attr_before(c, s, ms)) ||
                       (cyrillic(c, ms) && ms > s &&
                        (lex(c, ms - 1, ms, LX_ADOPT, NULL) || lex_ends_at(c, s, ms, 3, LX_DOC_FUTURE)) &&
                        !(lex(c, ms - 1, e, LX_DECIDE, &inc) && inc == ke));
    size_t bq = body_then_quote(c, ke, e);
    if (ms == ks && !plural && !doc_starter(c, ke) && !quoted_at(c, ke, e) && !bq && !ru_item_list(c, ks, ke, e) &&
        !((is(c, ke, "was") || is(c, ke, "were")) && lex(c, ke + 1, e, LX_ADOPT, NULL)) && !adopted_here &&
        !quoted_governed(c, s, ms, ke, e, NULL) && relative_adoption(c, ke, e) == ke) /* ("the plan we approved today") */
        return 0;
    size_t before = ms; /* "draft a joint Statement": the verb before the article */
    while (before > s && (is(c, before - 1, "a") || is(c, before - 1, "an") || is(c, before - 1, "the"))) before--;
    int draft = (ms > s && lex(c, ms - 1, ms, LX_DRAFT, NULL)) || (before > s && lex(c, before - 1, before, LX_DRAFT, NULL)) ||
                (before > s + 1 && is(c, before - 1, "of") && lex(c, before - 2, before - 1, LX_DRAFT, NULL)) || /* "the drafts of the Declaration" */
                draft_cue;
    /* "the adoption of the Strategy", "the signing of the Declaration": a result, whatever else the sentence plans */
    size_t nk;
    int done = 0;
    for (size_t q = before > s + 4 ? before - 4 : s; q < before && !done; q++)
        if (lex(c, q, before, LX_ADOPTION, &nk) && nk == before && !(q > s && lex(c, q - 1, before, LX_DOC_FUTURE, NULL)))
            done = 1; /* (not «ожидается принятие»: an adoption expected) */
    /* "draft declarations on A, a decision on B and statements on C": one draft list */
    if (!draft && d->prev_draft && ms >= d->prev_end && ms <= d->prev_end + 3) {
        draft = 1;
        for (size_t k = d->prev_end; k < ms; k++)
            if (!is(c, k, ",") && !is(c, k, "and") && !is(c, k, "a") && !is(c, k, "an") && !is(c, k, "the") && !is(c, k, "of"))
                draft = 0;
    }
    size_t j = ke;
    /* ("the decision of the Council of September 23, 2013 "On ..."": the quoted title past the date, which would end
     * the body's words) */
    if (bq) {
        size_t dk = mentions_from(&c->ms, MK_DATE, ke);
        if (dk < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][dk].start < bq) j = bq;
    }
    /* «заявление, касающееся сотрудничества ...», «план, посвященный ...»: a Russian participle (a doc_starter of more
     * than a preposition's letters) after a comma goes on with the title */
    if (cyrillic(c, ks) && is(c, j, ",") && j + 1 < e && doc_starter(c, j + 1) && strlen(T(c, j + 1)) > 8) j++;
    /* "a Statement was adopted on ..." */
    if ((is(c, j, "was") || is(c, j, "were") || is(c, j, "is") || is(c, j, "are")) && lex(c, j + 1, e, LX_ADOPT, NULL)) {
        size_t k = j + 1;
        lex(c, j + 1, e, LX_ADOPT, &k);
        if (doc_starter(c, k)) j = k;
    }
    d->ks = ks;
    d->ke = ke;
    d->ms = ms;
    d->j = j;
    d->type = type;
    d->plural = plural;
    if (planned && !d->among && plan_only_told(c, s, ke, e)) planned = 0;
    /* "The Russian side proposed a statement on the Syrian conflict": one put forward, not yet adopted */
    if (before > s && lex(c, before - 1, before, LX_PROPOSE, NULL)) planned = 1;
    /* "the foreign ministers will review a draft decision on A", "is expected to consider draft recommendations": a
     * draft a coming meeting is to take up is a document to come (no cue of one agreed for submission) */
    /* (not "to draft a joint Statement of the heads of state": the ministers' draft for them; nor "refused to sign a
     * draft declaration" at a meeting held) */
    /* (the verb "draft" is English: «рассмотрят проекты решений» is drafts a future verb takes up) */
    int drafting = before > s + 1 && !cyrillic(c, before - 1) && lex(c, before - 1, before, LX_DRAFT, NULL) &&
                   (is(c, before - 2, "to") || lex(c, before - 2, before - 1, LX_FUTURE, NULL));
    int to_come = draft && !draft_cue && !drafting && planned && !done && d->meeting >= 0 &&
                  c->x->m[d->meeting].status == ST_PLANNED;
    d->status = to_come ? DS_PLANNED : draft ? DS_DRAFT : planned && !done ? DS_PLANNED : DS_ADOPTED;
    d->initiator = initiator;
    return 1;
}

/* The singular of a plural keyword's words, for the items' titles. */
static void singular(sbuf *sing, const char *kw)
{
    sbuf_puts(sing, kw);
    if (sing->len > 1 && sing->buf[sing->len - 1] == 's') {
        sing->len--;
        if (sing->len > 2 && !strcmp(sing->buf + sing->len - 2, "ie")) { sing->len -= 2; sbuf_puts(sing, "y"); }
        else sing->buf[sing->len] = '\0';
    }
}

/* Whether the sentence [s, e) is written in capitals only, two words or more ("ЕРЕВАНСКИЙ САММИТ: СТРАТЕГИЯ НА
 * ДЕСЯТИЛЕТИЕ"): a headline, which names no document of a meeting. */
static int capitals_only(const ctx *c, size_t s, size_t e)
{
    int words = 0;
    for (size_t k = s; k < e; k++) {
        const token *t = &c->tl->t[k];
        if (t->kind != TOK_WORD) continue;
        const unsigned char *p = (const unsigned char *)c->a->text + t->start, *q = (const unsigned char *)c->a->text + t->end;
        for (; p < q; p++) {
            if (*p >= 'a' && *p <= 'z') return 0;
            if (p + 1 < q && ((p[0] == 0xD0 && p[1] >= 0xB0) || (p[0] == 0xD1 && p[1] >= 0x80 && p[1] <= 0x9F))) return 0;
        }
        words++;
    }
    return words >= 2;
}

/* The type named `name` in doctypes.tsv, or -1. */
static int doctype_named(const gazetteer *g, const char *name)
{
    const doctype *t;
    for (int i = 0; (t = gaz_doctype(g, i)); i++)
        if (!strcmp(t->name, name)) return i;
    return -1;
}

/* "the heads of state approved the documents \"On A\", \"On B\" and a number of other documents", «подписали
 * документы «О A» и «Об B»»: the generic word for documents (no type of its own), quoted titles right after it
 * that open with "On" (lexicon item_prep), in a sentence with a verb of adoption: each a decision, as the CSTO's
 * decisions are titled.  Returns the token after the list, or i. */
static size_t generic_quoted_list(ctx *c, size_t s, size_t i, size_t e, int meeting, int planned, int initiator)
{
    size_t q = i + 1;
    if (c->doc_used[i] || !quoted_at(c, q, e) || !item_prep(c, q + 1)) return i;
    if (!lex_in(c, s, i, LX_ADOPT) && !lex_in(c, s, e, LX_DOC_FUTURE) && !lex_in(c, s, e, LX_PLANNED_VERB)) return i;
    int type = doctype_named(c->g, "decision"); /* (looked up once such a list is there) */
    if (type < 0) return i;
    int draft = i > s && lex(c, i - 1, i, LX_DRAFT, NULL);
    int status = draft ? DS_DRAFT : planned ? DS_PLANNED : DS_ADOPTED;
    /* (each title in quotes, in Russian as quoted_list writes it; the list ends before a title that does not open
     * with "On") */
    size_t end = quoted_at(c, q, e), n;
    while ((n = next_quoted(c, end, e)) && item_prep(c, n + 1)) end = quoted_at(c, n, e);
    return quoted_titles(c, q, end, i, cyrillic(c, i) ? NULL : "", 1, type, status, meeting, initiator,
                         "generic-quoted-list");
}

/* "One of the protocols concerns “resistance to criminal activities in the information sphere”", "One of the
 * agreements deals with A": a sentence that opens with one of several documents of a kind (a plural keyword) and
 * a verb of subject (lexicon concerns) names that document: its title the singular keyword, "concerning" and the
 * rest of the sentence; adopted, or planned when the meeting it is of is still to come.  Returns 1 when it did. */
static int one_of_concerns(ctx *c, size_t s, size_t e, int meeting)
{
    gaz_hit h;
    size_t k = s, v;
    if (!(is(c, k, "one") && is(c, k + 1, "of") && is(c, k + 2, "the"))) return 0;
    k += 3;
    if (!gm(c, k, e, G_DOCTYPE, -1, &h) || h.start != k || h.sub != NUM_PLURAL || !lex(c, h.end, e, LX_CONCERNS, &v))
        return 0;
    size_t te = e;
    while (te > v && (is(c, te - 1, ".") || is(c, te - 1, "\""))) te--;
    size_t ts = v + is(c, v, "\"");
    if (te <= ts + 1) return 0;
    char *kw = text_of(c, h.start, h.end), *rest = text_of(c, ts, te);
    sbuf t = {0};
    singular(&t, kw ? kw : "");
    sbuf_printf(&t, " concerning %s", rest ? rest : "");
    free(kw);
    free(rest);
    int status = meeting >= 0 && c->x->m[meeting].status == ST_PLANNED ? DS_PLANNED : DS_ADOPTED;
    doc_add(c, sbuf_steal(&t), h.val, status, meeting, -1, span_of(c, s, te), "one-of-concerns");
    for (size_t u = s; u < te; u++) c->doc_used[u] = 1;
    return 1;
}

/* Whether a word of planning (lexicon planned_verb, doc_future) stands in [s, e) outside a relative clause on a
 * meeting: ", which" or "—which" right after a meeting's mention opens words of that meeting ("the statement ...
 * as well as the venue and date of the next meeting—which will take place in Yerevan—were approved"), not of the
 * documents; so does a clause of contrast that names a meeting («..., а следующее заседание пройдет ...»). */
/* "The Foreign Ministers met in Moscow yesterday to adopt a statement": whether the infinitive "to" at k tells the
 * purpose of a meeting verb in the past before it in its clause (lexicon meeting_verb and past_verb: "met",
 * "gathered"), no word of the future between (not "will meet ... to adopt"): done, not planned. */
static int past_purpose(const ctx *c, size_t s, size_t k)
{
    for (size_t q = k; q-- > s && !is(c, q, ",");) {
        if (lex(c, q, k, LX_PLANNED_VERB, NULL) || lex(c, q, k, LX_FUTURE, NULL)) return 0;
        if (lex(c, q, k, LX_MEETING_VERB, NULL) && lex(c, q, k, LX_PAST, NULL)) return 1;
    }
    return 0;
}

static int plan_word_in(const ctx *c, size_t s, size_t e)
{
    if (!lex_in(c, s, e, LX_PLANNED_VERB) && !lex_in(c, s, e, LX_DOC_FUTURE)) return 0;
    for (size_t k = s; k < e; k++) {
        if (!lex(c, k, e, LX_PLANNED_VERB, NULL) && !lex(c, k, e, LX_DOC_FUTURE, NULL)) continue;
        if (is(c, k, "to") && !lex(c, k, e, LX_PLANNED_VERB, NULL) && past_purpose(c, s, k)) continue;
        size_t q = k;
        while (q > s && !is(c, q - 1, ",") && !is(c, q - 1, "-")) q--;
        const mention *mm = q >= s + 2 ? mention_at(&c->ms, MK_MEETING, q - 2) : NULL;
        if (mm && mm->end == q - 1 && lex(c, q, k + 1, LX_RELATIVE_PRONOUN, NULL)) continue;
        /* («утвержден план работы на будущий год, а следующее заседание пройдет в сентябре», ", while the next meeting
         * will be held ...": a clause of contrast that names a meeting before the word tells of that meeting) */
        if (q > s && is(c, q - 1, ",") && lex(c, q, e, LX_CONTRAST, NULL)) {
            size_t d = mentions_from(&c->ms, MK_MEETING, q);
            if (d < c->ms.n[MK_MEETING] && c->ms.v[MK_MEETING][d].start < k) continue;
        }
        return 1;
    }
    return 0;
}

void documents_in_sentence(ctx *c, size_t s, size_t e, int meeting)
{
    if (capitals_only(c, s, e)) return;
    /* "... leaders of the SCO at the meeting in Tianjin. The summit adopted the Tianjin Declaration": while
     * another organisation's meeting is the last named, what a sentence that does not name the CSTO adopts
     * is theirs (meetings.c other_nm) */
    if (c->other_nm >= 0 && c->other_nm == c->x->nm && !csto_named(c, s, e)) return;
    if (one_of_concerns(c, s, e, meeting)) return;
    int planned = plan_word_in(c, s, e);
    int draft_cue = lex_in(c, s, e, LX_DRAFT_CUE); /* "to be submitted to the heads of state" */
    /* "The package includes decisions on ...": the documents of a meeting to come are still to be adopted */
    for (size_t k = s, q; k < e && !planned && meeting >= 0 && c->x->m[meeting].status == ST_PLANNED; k++)
        planned = package_verb(c, s, k, e, &q);
    int initiator = initiator_in(c, s, e);
    size_t s0_end = e; /* (the sentence before its bullets) */
    e = bullets_after(c, s, e);
    dstate d = {.c = c, .s = s, .e = e, .meeting = meeting};
    /* «Главы государств рассмотрят около 20 документов. В их числе – декларация ...»: the documents
     * the sentence before counted, in its tense */
    size_t q;
    /* (or after a lead-in that reports it, «Известно, что среди утвержденных документов есть ...», "It is known
     * that among ...") */
    for (size_t k = s; k < e && k <= s + 5 && !d.among; k++) {
        if (k > s + 1 && !is(c, k - 1, "что") && !is(c, k - 1, "that")) continue;
        if (lex(c, k, e, LX_AMONG_THEM, &q)) {
            /* «Среди ключевых документов — ...», "Among the documents signed were ...": the phrase names them */
            for (size_t w = k; w < q && !d.among; w++)
                if (documents_word(c, w)) {
                    d.among = 1;
                    planned |= meeting >= 0 && c->x->m[meeting].status == ST_PLANNED;
                }
            const toklist *tl = c->tl;
            for (size_t si = 0; si < tl->ns; si++)
                if (tl->s[si].last + 1 == s &&
                    doc_count_in(c, tl->s[si].first, s)) {
                    d.among = 1;
                    planned |= lex_in(c, tl->s[si].first, s, LX_PLANNED_VERB) ||
                               lex_in(c, tl->s[si].first, s, LX_DOC_FUTURE) || lex_in(c, tl->s[si].first, s, LX_FUTURE) ||
                               (meeting >= 0 && c->x->m[meeting].status == ST_PLANNED); /* «рассмотрят» */
                }
        }
        /* "Among the other decisions of the Council are the protocol on A, as well as the decision on B": a plural
         * keyword after "among" (and an article, "other") opens a list of the documents */
        if (!d.among && lex(c, k, e, LX_AMONG, &q)) {
            gaz_hit h;
            for (size_t w = q; w < e && w < q + 3 && !d.among; w++)
                if (gm(c, w, e, G_DOCTYPE, -1, &h) && h.sub == NUM_PLURAL) d.among = 1;
                else if (!lower_word(c, w)) break;
        }
    }
    /* "The other decisions made by the Council include a protocol on A and a decision on B", "The documents signed
     * included ...": a plural keyword opening the sentence, its verb (lexicon composed_of) in the same clause,
     * lists the documents */
    for (size_t k = s; k < e && k <= s + 2 && !d.among; k++) {
        gaz_hit h;
        if (!documents_word(c, k) && !(gm(c, k, e, G_DOCTYPE, -1, &h) && h.sub == NUM_PLURAL)) continue;
        for (size_t w = k + 1; w < e && w <= k + 10 && !is(c, w, ",") && !d.among; w++)
            if (lex(c, w, e, LX_COMPOSED_OF, &q)) {
                d.among = 1;
                planned |= meeting >= 0 && c->x->m[meeting].status == ST_PLANNED;
            }
    }
    /* "He singled out \"The resolution on A, The resolution on B\" among the other documents": the phrase ends the
     * sentence, its list before it */
    for (size_t k = s + 1; k < e && !d.among; k++)
        if (lex(c, k, e, LX_AMONG_THEM, &q) && (q == e || (q + 1 == e && is(c, q, "."))))
            for (size_t w = k; w < q && !d.among; w++) d.among = documents_word(c, w);
    /* "the parties signed 14 final documents ... Although it is too early ..., however:\n- an agreement on A;\n- a
     * plan for B": the bullets of a lead-in after a sentence that counted documents are those documents */
    for (size_t k = s; k + 1 < e && !d.among; k++)
        if (is(c, k, ":") && is(c, k + 1, "-") && c->tl->t[k + 1].nl && (k + 1 == s0_end || k + 2 < e) &&
            counted_before(c, s))
            d.among = 1;
    doc_counts(c, s, e, meeting);
    for (size_t i = s; i < e; i++) {
        if (documents_word(c, i) || is(c, i, "документы")) {
            size_t n = generic_quoted_list(c, s, i, e, meeting, planned, initiator);
            if (n > i) { i = n - 1; continue; }
        }
        /* (most tokens start no document keyword: the class mask says so before the call) */
        if (c->clsm && !(c->clsm[i] >> G_DOCTYPE & 1u)) continue;
        if (!keyword_at(&d, i, planned, draft_cue, initiator)) continue;
        d.kw = text_of(c, d.ms, d.ke);
        if (!d.kw) { c->oom = 1; return; }
        memset(&d.sing, 0, sizeof d.sing);
        if (d.plural) singular(&d.sing, d.kw);
        else sbuf_puts(&d.sing, d.kw); /* a Russian list's items take the keyword as written (ru_item_list) */
        for (size_t r = 0; r < sizeof doc_rules / sizeof doc_rules[0]; r++)
            if (doc_rules[r].fn(&d, &i, doc_rules[r].name)) break;
        sbuf_free(&d.sing);
        free(d.kw);
        d.kw = NULL;
    }
}
