/* meetings — the meetings stage.
 *
 * Reads: the sentence's tokens, its body mentions (a body's names,
 * data/bodies.tsv), its date hits, and the meeting last named (ctx.current).
 * Writes: meetings, each with its bodies, tense, date and place, handed to
 * assembly.c (meeting_add) one by one, since a later mention's date may
 * refer to the one before ("ahead of the summit"); an MK_MEETING mention
 * for each (value: the article's meeting), which attendance and the
 * documents stage read (sentence_meeting).
 * Rules: the table meeting_rules, one signature (meeting_rule), the table's
 * name is what `csto parse --explain` prints; tried in order within a scope:
 *  - at each meeting noun (R_NOUN): meeting-of-body, dated-bare-noun, people-meeting;
 *  - at each body mention no noun took (R_BODY; the first that applies):
 *    summit, body-met, hosted-body, people-met;
 *  - for the sentence, while nothing is found (R_SENTENCE):
 *    people-hold-a-meeting, body-and-meeting-noun, next-meeting,
 *    refers-back ("the meeting": the one last named, no new mention),
 *    session-of-people, people-deliberated.
 * Each mention found is then split by joint group and given its tense,
 * date and place (meetings_in_sentence).  Private scratch: the sentence's
 * body hits and mentions so far (mstate). */
#include "model/extract/internal.h"
#include <stddef.h> /* offsetof */

/* ---- places ------------------------------------------------------------- */

/* The end of a date (dating.c's hits) or a weekday, after "on" or "in",
 * that starts at i and ends before e ("Astana on Thursday hosted", in a
 * report whose day is unknown too); i when none does. */
static size_t past_when(const ctx *c, size_t i, size_t e)
{
    size_t j = is(c, i, "on") || is(c, i, "in") ? i + 1 : i, d = mentions_from(&c->ms, MK_DATE, j);
    gaz_hit h;
    if (d < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][d].start == j && c->ms.v[MK_DATE][d].end < e) return c->ms.v[MK_DATE][d].end;
    if (gm(c, j, e, G_DATE, DK_WEEKDAY, &h) && h.end < e) return h.end;
    return i;
}

/* Whether a host verb (lexicon host) stands at i, or after one lower-case
 * word ("Minsk already hosted"; in Russian up to three: «Минск в последний
 * раз принимал»), or after a word of the future ("Moscow is expected to
 * host", "Minsk is set to host"), or after a date ("Kazakhstan's capital
 * Astana on Thursday hosted a summit"); *k: its end. */
static int host_after(const ctx *c, size_t i, size_t e, size_t *k)
{
    size_t q;
    if (lex(c, i, e, LX_HOST, k)) return 1;
    if ((q = past_when(c, i, e)) > i && lex(c, q, e, LX_HOST, k)) return 1;
    if ((lex(c, i, e, LX_PLANNED_VERB, &q) || lex(c, i, e, LX_FUTURE, &q)) && q < e && lex(c, q, e, LX_HOST, k)) return 1;
    size_t most = cyrillic(c, i) ? 3 : 1;
    for (size_t j = i; j < e && j < i + most && lower_word(c, j); j++)
        if (j + 1 < e && lex(c, j + 1, e, LX_HOST, k)) return 1;
    return 0;
}

/* Whether the place name ending at `end` is the first half of a hyphenated compound ("the Moscow-led bloc",
 * "the Russia-led alliance"): no place of a meeting. */
static int place_compound(const ctx *c, size_t end, size_t e)
{
    /* (not a dash set off by spaces: «в Ереване -- на совместном заседании»; nor a dash glued to the words, longer
     * than a hyphen's one byte: "Friday's meetings—in Yerevan—of the Council") */
    return is(c, end, "-") && end + 1 < e && !c->tl->t[end + 1].cap && c->tl->t[end].start == c->tl->t[end - 1].end &&
           one_byte_hyphen(c, end);
}

/* Whether "after" («после») stands in [from, to): a place before it is of
 * what comes after the meeting named at `to`, not the meeting's. */
static int after_between(const ctx *c, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (is(c, k, "after") || is(c, k, "после")) return 1;
    return 0;
}

/* Whether a meeting noun stands in [k, e) before the next clause ("since the
 * session in Moscow"). */
static int names_meeting(const ctx *c, size_t k, size_t e)
{
    for (; k < e && !is(c, k, ",") && !is(c, k, ";"); k++)
        if (lex(c, k, e, LX_MEETING_NOUN, NULL)) return 1;
    return 0;
}

/* The first word after the comma that opens an aside holding token k (from s): ", which ...", ", who
 * ...", when the aside closes with a comma before `to`; 0 when k stands in no such aside. */
static size_t aside_opening(const ctx *c, size_t s, size_t k, size_t to)
{
    size_t a = k;
    while (a > s && !is(c, a - 1, ",")) a--;
    if (a == s) return 0;
    for (size_t q = k; q < to; q++)
        if (is(c, q, ",")) return a;
    return 0;
}

/* Whether token k, before pos, stands in an aside ", which ...," that closes before pos ("For Kyrgyzstan,
 * which hosts a Russian airbase at Kant, the summit was ..."): what the aside says is about the thing
 * named before it. */
static int in_which_aside(const ctx *c, size_t s, size_t k, size_t pos)
{
    size_t a = aside_opening(c, s, k, pos);
    return a && is(c, a, "which");
}

/* Whether token k of the sentence [s, e) stands between "(" and ")". */
static int in_parentheses(const ctx *c, size_t s, size_t e, size_t k)
{
    size_t a = k;
    while (a > s && !is(c, a - 1, "(") && !is(c, a - 1, ")")) a--;
    if (a == s || !is(c, a - 1, "(")) return 0;
    for (size_t q = k; q < e; q++) {
        if (is(c, q, ")")) return 1;
        if (is(c, q, "(")) return 0;
    }
    return 0;
}

/* Whether token k stands inside a quotation that opens after s and closes before e: an odd number of quotation
 * marks in [s, k) (every kind is one token, '"', and they open and close in turn), the last at *open, and the next
 * one in (k, e) at *close. */
static int quotation_around(const ctx *c, size_t s, size_t k, size_t e, size_t *open, size_t *close)
{
    size_t marks = 0;
    for (size_t q = s; q < k; q++)
        if (is(c, q, "\"")) marks++, *open = q;
    if (marks % 2 == 0) return 0;
    for (size_t q = k + 1; q < e; q++)
        if (is(c, q, "\"")) { *close = q; return 1; }
    return 0;
}

/* Whether token k of the sentence from s stands in a quotation of five
 * tokens or more that closes before pos ("“The algorithm of practical
 * actions in Afghanistan is needed ...,” Putin told the CSTO summit"): what
 * someone said, whose places are of what he spoke of, not of the meeting
 * named after it. */
static int quoted_before(const ctx *c, size_t s, size_t k, size_t pos)
{
    size_t open, close;
    return quotation_around(c, s, k, pos, &open, &close) && close >= open + 5;
}

/* Whether token k of [s, e) stands inside a quotation that does not hold pos: 'There is no wording “Azerbaijan's
 * aggression against Armenia on September 13-14” in the final message of the summit': a date of the words quoted,
 * not of the meeting named outside them. */
static int quoted_apart(const ctx *c, size_t s, size_t e, size_t k, size_t pos)
{
    size_t open, close;
    return quotation_around(c, s, k, e, &open, &close) && !(pos > open && pos < close);
}

/* Whether a document keyword (gazetteer doctype) stands in [a, b), not inside an organisation's name ("the
 * Collective Security Treaty Organization"). */
static int doc_between(const ctx *c, size_t a, size_t b)
{
    gaz_hit h;
    for (size_t k = a; k < b; k++) {
        if (gm(c, k, b, G_ORG, -1, &h)) { k = h.end - 1; continue; }
        if (gm(c, k, b, G_DOCTYPE, -1, &h)) return 1;
    }
    return 0;
}

/* "the Black Sea resort city of Sochi" at j: "the", up to three words of the place, lexicon city_of and a city:
 * where the city starts, else 0. */
static size_t city_of_later(const ctx *c, size_t j, size_t e)
{
    size_t q;
    if (!is(c, j, "the")) return 0;
    for (size_t w = j + 1; w < e && w < j + 5 && c->tl->t[w].kind == TOK_WORD; w++)
        if (lex(c, w, e, LX_CITY_OF, &q) && gm(c, q, e, G_CITY, -1, &(gaz_hit){0})) return q;
    return 0;
}

/* Whether the country named at j (or at a, past "the") is an English adjective of another noun, no place: one
 * word made from the country's name (its first four letters, not the name: "Russian", "Kazakh"), then a word in
 * lower case that is not a noun of a place (lexicon place_noun): "a report in the Russian daily", not "in
 * Kazakhstan in December", "in Qazaqstan", "on Russian soil". */
static int country_adjective(const ctx *c, size_t j, size_t a, size_t e)
{
    gaz_hit h;
    if (!gm(c, j, e, G_COUNTRY, -1, &h) && !(a > j && gm(c, a, e, G_COUNTRY, -1, &h))) return 0;
    const char *name = gaz_country(c->g, h.val)->name, *w = c->tl->t[h.start].norm;
    if (h.end != h.start + 1 || cyrillic(c, h.start) || strncasecmp(w, name, 4) != 0 || !strcasecmp(w, name))
        return 0;
    return h.end < e && lower_word(c, h.end) && !lex(c, h.end, e, LX_PLACE_NOUN, NULL);
}

/* «заседание СМО (его проведение запланировано на конец мая в Бишкеке)»: whether the brackets that hold token i
 * open after the mention at pos and say, before i, that something takes place or is planned (lexicon takes_place,
 * planned_verb): the meeting's own venue, not a remark. */
static int held_in_parentheses(const ctx *c, size_t pos, size_t i)
{
    size_t k = i;
    while (k > pos && !is(c, k, "(") && !is(c, k, ")")) k--;
    /* («принятых (на недавнем саммите ОДКБ в Москве) решений»: the mention in the same brackets, the place its own) */
    if (k == pos && !is(c, k, "(") && !is(c, k, ")")) {
        while (k > 0 && !is(c, k - 1, "(") && !is(c, k - 1, ")") && pos - k < 8) k--;
        return k > 0 && is(c, k - 1, "(");
    }
    if (k <= pos || !is(c, k, "(")) return 0;
    for (size_t q = k + 1; q < i; q++)
        if (lex(c, q, i, LX_TAKES_PLACE, NULL) || lex(c, q, i, LX_PLANNED_VERB, NULL)) return 1;
    return 0;
}

/* "in CITY", "in the city of CITY", "in COUNTRY" in [s, e): the first after pos,
 * else the first before.  Sets *city / *country (-1 when none). */
static void find_place(const ctx *c, size_t s, size_t e, size_t pos, int *city, int *country)
{
    int bc = -1, bk = -1, ac = -1, ak = -1, mc = -1, mk = -1;
    /* a place after the mention is its own up to the next clause ("the CFM will meet in Cholpon-Ata
     * in June, and in November the CSC in Bishkek", «..., а в ноябре в Бишкеке состоится ...») */
    size_t cut = e, from = s; /* and one before it from the start of its clause */
    const unsigned long long said = LX_BIT(LX_SPEECH) | LX_BIT(LX_PRESS_SOURCE) | LX_BIT(LX_OTHER_TIME) | LX_BIT(LX_OTHER_EVENT);
    for (size_t k = s; k + 1 < e && cut == e; k++)
        if (c->lexm && c->tl->t[k].kind != TOK_PUNCT && !(c->lexm[k] & said)) /* (most tokens: none of the below) */
            continue;
        else if (is(c, k, ";") || (is(c, k, ",") && (is(c, k + 1, "and") || is(c, k + 1, "but") || is(c, k + 1, "while") ||
                                                 is(c, k + 1, "whereas") || is(c, k + 1, "а") || is(c, k + 1, "но")) &&
                                   /* (not the last of a list of bodies: "a joint meeting of the CSTO Foreign
                                    * Ministers, Defense Ministers, and Secretaries of the Security Councils in
                                    * Dushanbe") */
                                   !(k > pos && is(c, k + 1, "and") && gm(c, k + 2, e, G_BODY, -1, &(gaz_hit){0})) &&
                                   /* (nor a second meeting, the subject of one verb with it: «Совместное заседание
                                    * СМИД, СМО и КССБ, а также сессия СКБ пройдут 28 ноября в Астане») */
                                   !(k > pos && is(c, k + 1, "а") && is(c, k + 2, "также") &&
                                     (lex(c, k + 3, e, LX_MEETING_NOUN, NULL) ||
                                      lex(c, k + 4, e, LX_MEETING_NOUN, NULL))))) {
            if (k >= pos) cut = k;
            else from = k + 1;
        } else if (k > pos &&
                   (lex(c, k, e, LX_SPEECH, NULL) || lex(c, k, e, LX_PRESS_SOURCE, NULL) ||
                    lex(c, k, e, LX_OTHER_TIME, NULL)) &&
                   !names_meeting(c, k + 1, e)) {
            /* what someone said after the meeting is named, who said it, and another time have places
             * of their own: "Speaking after the summit, Putin said Russia could strike centres in Kyiv",
             * "according to the Defense Ministry in Yerevan", "the summit, the first since the Taliban
             * took Kabul" (but "the first meeting since the session in Moscow": that session's) */
            cut = k;
        } else if (k > pos && lex(c, k, e, LX_OTHER_EVENT, NULL)) {
            /* "risks arising from the reduction of the coalition's troops in Afghanistan", «из-за сокращения войск
             * ... в Афганистане»: another event (lexicon other_event) has its own place */
            cut = k;
        } else if (k > pos && is(c, k, ",") && is(c, k + 1, "which") && doc_between(c, pos, k)) {
            /* "The leaders signed a Declaration on countering terrorism, which warns of threats linked to groups
             * in Afghanistan": what a document says has places of its own */
            cut = k;
        }
    /* "quoted X as saying in Minsk on 16 May that the matter will be decided at the session": what was said, after
     * "that", opens the mention's clause; where it was said is the speaker's place */
    for (size_t k = from; k < pos; k++)
        if ((is(c, k, "that") || is(c, k, "что")) && lex_in(c, from, k, LX_SPEECH)) from = k + 1;
    for (size_t i = s; i + 1 < e; i++) {
        size_t j = i + 1;
        /* "left for Moscow this morning, where he will take part in the summit": the destination */
        size_t q0;
        int bound = is(c, i, "for") && i > s && lex(c, i - 1, e, LX_SET_OFF_FOR, &q0) && q0 == i + 1;
        /* "the meeting of the Council of Foreign Ministers (Almaty, June 21, 2024)": a city opening brackets after the
         * mention, a comma or the closing bracket after it */
        gaz_hit bh;
        int bracket = i >= pos && is(c, i, "(") && gm(c, i + 1, e, G_CITY, -1, &bh) && (is(c, bh.end, ",") || is(c, bh.end, ")"));
        if (!lex(c, i, e, LX_PLACE_PREP, &j) && !is(c, i, "to") && !bound && !bracket) continue; /* in, at, в, во, на ... */
        if (!bracket && in_parentheses(c, s, e, i) && !held_in_parentheses(c, pos, i))
            continue; /* «движения «Талибан» (запрещено в России)»: a remark, no venue */
        if (bracket) j = i + 1;
        if (i < pos && quoted_before(c, s, i, pos)) continue;            /* "“... actions in Afghanistan ...,” X told the summit" */
        if (i > s && lex(c, i - 1, i, LX_TOPIC, NULL)) continue;         /* "the situation in Afghanistan" */
        if (historic_signing_place(c, s, i)) continue;                   /* "the Treaty, signed in Tashkent" */
        if (is(c, i, "to") && i > s && is(c, i - 1, "according")) continue; /* "according to the Kremlin website" */
        if (is(c, i, "to") && title_ends_at(c, s, i, 4)) continue; /* "the Kyrgyz ambassador to Minsk": a posting */
        if (is(c, i, "to") || bound) j = i + 1;
        gaz_hit h;
        int ci = -1, co = -1;
        size_t q, a = j + is(c, j, "the");
        if (lex(c, j, e, LX_CITY_OF, &q)) j = q;
        else if ((q = city_of_later(c, j, e))) j = q;
        else if (lex(c, a, e, LX_CAPITAL, &q)) {
            q += is(c, q, "of");
            q += is(c, q, "the");
            /* "in the capital of Tajikistan", «в столице Армении»: its capital, unless a city is named («в столице
             * Казахстана Астане», "in the capital of Kazakhstan, Astana": that city) */
            if (gm(c, q, e, G_COUNTRY, -1, &h)) {
                size_t named = h.end + is(c, h.end, ",");
                if (!gm(c, named, e, G_CITY, -1, &(gaz_hit){0})) ci = gaz_capital(c->g, h.val);
                else j = named;
            }
        } else if (gm(c, a, e, G_COUNTRY, -1, &h) && lex(c, h.end, e, LX_CAPITAL, &q) &&
                   !gm(c, q + is(c, q, "of"), e, G_CITY, -1, &(gaz_hit){0})) {
            ci = gaz_capital(c->g, h.val); /* "in the Belarusian capital", «в армянской столице» */
        }
        if (ci >= 0) {
            co = gaz_city(c->g, ci)->country;
            if (i >= pos && i < cut && ac < 0 && ak < 0) { ac = ci; ak = co; }
            if (i < pos && i >= from) { bc = ci; bk = co; }
            continue;
        }
        /* "in Russia's St. Petersburg", "in the Armenian capital Yerevan" */
        {
            size_t k = j;
            if (is(c, k, "the")) k++;
            if (gm(c, k, e, G_COUNTRY, -1, &h)) {
                k = h.end;
                if (is(c, k, "'s")) k++;
                size_t q2 = k;
                if (lex(c, k, e, LX_CAPITAL, &q2) || lex(c, k, e, LX_CITY_OF, &q2) || is(c, k, "city")) {
                    k = is(c, k, "city") ? k + 1 : q2;
                    if (is(c, k, "of") || is(c, k, ",")) k++; /* "Kazakhstan's capital of Astana" */
                }
                int poss = k > h.end || (h.end > 0 && is(c, h.end - 1, "'s")); /* an alias may hold the "'s" */
                if (poss && gm(c, k, e, G_CITY, -1, &h)) j = k;
            }
        }
        if (country_adjective(c, j, a, e)) continue; /* "a report in the Russian daily Nezavisimaya Gazeta" */
        if ((gm(c, j, e, G_CITY, -1, &h) || (a > j && gm(c, a, e, G_CITY, -1, &h))) && /* "in the Kremlin" */
            !place_compound(c, h.end, e)) {
            ci = h.val;
            co = gaz_city(c->g, ci)->country;
            if (lex(c, h.end, e, LX_REGION_NOUN, NULL)) ci = -1; /* («в Московском регионе»: the country's region) */
        } else if (!is(c, i, "to") && (gm(c, j, e, G_COUNTRY, -1, &h) || (a > j && gm(c, a, e, G_COUNTRY, -1, &h))) &&
                   !is(c, h.end, "'s") && !(h.end < e && c->tl->t[h.end].cap) && /* "in the Russian Federation" */
                   !place_compound(c, h.end, e)) {
            co = h.val;
        } else {
            continue;
        }
        if (is(c, i, "to") && ci < 0) continue;
        if (i < pos && after_between(c, h.end, pos)) continue; /* "to travel to Yerevan after the summit" */
        /* «вопрос о базе в Оше в повестке саммита не стоит», "a base in Osh is not on the summit's agenda": the
         * place of what is on the agenda (lexicon agenda between), not the meeting's */
        if (i < pos && lex_in(c, h.end, pos, LX_AGENDA)) continue;
        if (i < pos && in_which_aside(c, from, i, pos)) continue; /* "For Kyrgyzstan, which hosts an airbase at Kant," */
        /* «в Бишкеке встретился с X, который находится в рабочей поездке в рамках подготовки к предстоящей сессии»: a
         * place before what prepares the meeting (lexicon prepare_for) is the preparation's */
        if (i < pos && lex_in(c, h.end, pos, LX_PREPARE_FOR)) continue;
        /* "originally planned to be held in Yerevan, has been moved to Moscow", «перенесено в Москву»: where it was
         * moved to (lexicon postponed, ending with the preposition) */
        if (lex_ends_at(c, s, i + 1, 4, LX_POSTPONED) && (ci >= 0 || co >= 0)) { mc = ci; mk = co; }
        if (i >= pos && i < cut && ac < 0 && ak < 0) { ac = ci; ak = co; }
        /* "in the city of Bishkek in Kyrgyzstan": the country does not undo its city */
        if (i < pos && i >= from && !(ci < 0 && bc >= 0 && bk == co)) { bc = ci; bk = co; }
    }
    /* "Good morning from Bishkek, where the leaders gather for the session", «в Минске, где проходит
     * саммит»: the city the clause of the meeting is about */
    for (size_t i = s; i + 2 < pos && ac < 0 && ak < 0 && bc < 0 && bk < 0; i++) {
        gaz_hit h;
        if (gm(c, i, pos, G_CITY, -1, &h) && h.end + 1 < pos && where_clause(c, h.end, pos)) {
            bc = h.val;
            bk = gaz_city(c->g, h.val)->country;
        }
    }
    if (ac < 0 && ak < 0 && bc < 0 && bk < 0) {
        /* "Minsk hosted the meeting", "Bishkek to host CSTO summit", "hosted by Astana" */
        for (size_t i = s; i < e && bc < 0 && bk < 0; i++) {
            gaz_hit h;
            size_t k;
            size_t q;
            if (gm(c, i, e, G_CITY, -1, &h) && host_after(c, h.end, e, &k)) {
                bc = h.val;
                bk = gaz_city(c->g, h.val)->country;
            } else if (gm(c, i, e, G_COUNTRY, -1, &h) && lex(c, h.end, e, LX_CAPITAL, &q) &&
                       host_after(c, q, e, &k)) {
                bc = gaz_capital(c->g, h.val); /* "The Tajik capital (already) hosted the session" */
                bk = h.val;
            } else if (gm(c, i, e, G_COUNTRY, -1, &h) && c->tl->t[i].cap && lex(c, h.end, e, LX_HOST, &k)) {
                bk = h.val; /* "Kazakhstan will host the summit" */
            } else if (cyrillic(c, i) && lex(c, i, e, LX_RELATIVE_PRONOUN, &q) && lex(c, q, e, LX_HOSTS_IT, &k) &&
                       gm(c, k, e, G_CITY, -1, &h)) {
                bc = h.val; /* «заседания Совета ПА ОДКБ, которое принимает Минск»: the city after the verb */
                bk = gaz_city(c->g, h.val)->country;
            } else if (lex(c, i, e, LX_HOST, &k) && is(c, k - 1, "by")) {
                if (is(c, k, "the")) k++;
                if (gm(c, k, e, G_CITY, -1, &h)) { bc = h.val; bk = gaz_city(c->g, h.val)->country; }
                else if (gm(c, k, e, G_COUNTRY, -1, &h) && !is(c, h.end, "'s")) bk = h.val;
            }
        }
    }
    if (mc >= 0 || mk >= 0) { *city = mc; *country = mk; }
    else if (ac >= 0 || ak >= 0) { *city = ac; *country = ak; }
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

/* The bodies of every hit of bh's kind on bh's span, each marked used when `mark`: a name that stands for two bodies
 * ("the foreign and defence ministers", bodies.tsv CDM+CFM) is two hits on one span, and hit_at finds the first. */
static unsigned span_bodies(bhit *hits, int nh, const bhit *bh, int mark)
{
    unsigned mask = 0;
    for (int k = 0; k < nh; k++)
        if (hits[k].start == bh->start && hits[k].end == bh->end && hits[k].kind == bh->kind) {
            mask |= 1u << hits[k].body;
            if (mark) hits[k].used = 1;
        }
    return mask;
}

/* Skips "the", "its", "their", "CSTO", "CSTO's" before a body name in a list. */
static size_t skip_body_prefix(const ctx *c, size_t j, size_t e, bhit *hits, int nh)
{
    gaz_hit h;
    for (int guard = 0; guard < 4 && j < e; guard++) {
        if (hit_at(hits, nh, j)) return j;
        /* "the CFM and its Committee of ...", "a joint session of their foreign and defence ministers" */
        if (is(c, j, "the") || is(c, j, "its") || is(c, j, "their")) { j++; continue; }
        if (lex(c, j, e, LX_PARTICLE, NULL)) { j++; continue; } /* «Заседание же Совета» */
        if (gm(c, j, e, G_ORG, -1, &h) && h.val == gaz_org_index(c->g, "CSTO")) {
            /* only when a body follows: "the CSTO's CSSC", "CSTO Council of ..." */
            size_t k = h.end;
            /* "the CSTO (ODKB)'s", "the CSTO (Collective Security Treaty Organization) Permanent Council" */
            gaz_hit oh;
            if (is(c, k, "(") && k + 2 < e && is(c, k + 2, ")")) k += 3;
            else if (is(c, k, "(") && gm(c, k + 1, e, G_ORG, -1, &oh) && oh.val == h.val && is(c, oh.end, ")")) k = oh.end + 1;
            if (is(c, k, "'s")) {
                k++;
                if (is(c, k, "(") && k + 2 < e && is(c, k + 2, ")")) k += 3; /* "the Organization's (CSTO) Council" */
            }
            j = k;
            continue;
        }
        if (is(c, j + 1, "'s") && c->tl->t[j].kind == TOK_WORD) { j += 2; continue; } /* "the Treaty's" */
        /* ("the CSTO countries' ministers": a plural's possessive) */
        if (is(c, j + 1, "'") && c->tl->t[j].kind == TOK_WORD && word_ends(c->tl->t[j].norm, "s")) { j += 2; continue; }
        /* "the Russian-led security bloc's": a possessive of up to four words, hyphens joining some, no body among them */
        size_t k = j;
        for (int n = 0; n < 4 && k + 1 < e && c->tl->t[k].kind == TOK_WORD && !hit_at(hits, nh, k) && !is(c, k + 1, "'s"); n++)
            k += is(c, k + 1, "-") && k + 2 < e ? 2 : 1;
        if (k > j && k + 1 < e && c->tl->t[k].kind == TOK_WORD && !hit_at(hits, nh, k) && is(c, k + 1, "'s")) {
            j = k + 2;
            continue;
        }
        break;
    }
    return j;
}

/* Whether a body's name starts at j (past its prefix, skip_body_prefix) in the genitive or in capitals, as an
 * abbreviation: «... Совета министров», «... СМИД ОДКБ», after a Russian meeting noun and what stands between. */
static int genitive_body_at(const ctx *c, size_t j, size_t e, bhit *hits, int nh)
{
    size_t rb = skip_body_prefix(c, j, e, hits, nh);
    return hit_at(hits, nh, rb) && (ru_case(c->tl->t[rb].norm) == RU_GEN || c->tl->t[rb].upper);
}

/* The token after brackets that open at j and close before j + reach ("(CFM)", «(ОДКБ)»), or j when none do. */
static size_t past_brackets(const ctx *c, size_t j, size_t e, size_t reach)
{
    if (!is(c, j, "(")) return j;
    size_t k = j + 1;
    while (k < e && k < j + reach && !is(c, k, ")")) k++;
    return is(c, k, ")") ? k + 1 : j;
}

/* After a body name: skips "(CFM)", "of the CSTO", a trailing "CSTO". */
static size_t skip_body_suffix(const ctx *c, size_t j, size_t e)
{
    gaz_hit h;
    for (int guard = 0; guard < 4 && j < e; guard++) {
        size_t b = past_brackets(c, j, e, 6);
        if (b > j) { j = b; continue; }
        if (is(c, j, "of")) { /* (not another organisation's: "of the CIS member states" says whose it is) */
            size_t k = j + 1;
            if (is(c, k, "the")) k++;
            /* ("of Russia-led Collective Security Treaty Organization": a compound glued by a hyphen before it) */
            if (k + 3 < e && glued_hyphen(c, k + 1)) k += 3;
            if (gm(c, k, e, G_ORG, -1, &h) && h.val == gaz_org_index(c->g, "CSTO")) { j = h.end; continue; }
        }
        if (gm(c, j, e, G_ORG, -1, &h) && h.val == gaz_org_index(c->g, "CSTO")) { j = h.end; continue; }
        /* «Совет министров обороны государств — членов ОДКБ», "the Council of Defence Ministers of the member
         * states": whose members, no other body */
        if (is(c, j, "государств") && is(c, j + 1, "-") && is(c, j + 2, "членов")) { j += 3; continue; }
        /* (and «стран-участниц ОДКБ», «стран-членов ОДКБ», «государств-участников ОДКБ»: the CSTO's) */
        if ((is(c, j, "государств") || is(c, j, "стран")) && is(c, j + 1, "-") &&
            (is(c, j + 2, "членов") || is(c, j + 2, "участниц") || is(c, j + 2, "участников")) &&
            gm(c, j + 3, e, G_ORG, -1, &h) && h.val == gaz_org_index(c->g, "CSTO")) { j = h.end; continue; }
        /* («Совета министров иностранных дел – членов ОДКБ»: «государств» left out) */
        if (is(c, j, "-") && is(c, j + 1, "членов")) { j += 2; continue; }
        if (is(c, j, "of") && is(c, j + 1, "the") && is(c, j + 2, "member") && is(c, j + 3, "states")) { j += 4; continue; }
        break;
    }
    return j;
}

/* A meeting mention: its bodies and the tokens [pos, end) that name it;
 * apart: another meeting than one of the same bodies named in the sentence
 * (dated-bare-noun, keep_apart); dup: one of bodies named before in it,
 * until keep_apart decides. */
typedef struct group { unsigned mask; size_t pos, end; const char *rule; int apart, dup; } group;

/* Adds a mention; one of bodies already named in the sentence is marked
 * dup (keep_apart decides, once the dates are known, whether it is another
 * meeting). */
static void add_group(group *gr, int *ng, int max, unsigned mask, size_t pos, size_t end, const char *rule)
{
    int dup = 0;
    for (int i = 0; i < *ng; i++)
        if (gr[i].mask == mask && !gr[i].apart) {
            if (gr[i].dup || gr[i].pos == pos) return;
            dup = 1;
        }
    if (*ng < max) gr[(*ng)++] = (group){mask, pos, end > pos ? end : pos + 1, rule, 0, dup};
}

/* One meeting mention per body of mask over [pos, end): "the CFM and the CDM
 * held separate sessions", «прошли заседания СМИД и СМО». */
static void add_each(group *gr, int *ng, unsigned mask, size_t pos, size_t end, const char *rule)
{
    for (int b = 0; b < 32; b++)
        if (mask >> b & 1u) add_group(gr, ng, 16, 1u << b, pos, end, rule);
}

/* Whether an aside opens at the comma at `at`: a word of lexicon clause_break or aside after it, or a preposition and
 * a relative pronoun (", at which", «, на котором»). */
static int aside_opens(const ctx *c, size_t at, size_t e)
{
    return is(c, at, ",") && at + 2 < e &&
           (lex(c, at + 1, e, LX_CLAUSE, NULL) || lex(c, at + 1, e, LX_ASIDE, NULL) ||
            (c->tl->t[at + 1].kind == TOK_WORD && !c->tl->t[at + 1].cap &&
             lex(c, at + 2, e, LX_RELATIVE_PRONOUN, NULL)));
}

/* The token after the asides that open at `at` (", which was postponed twice,", ", made up of ...,", ", at which the
 * leaders sought ways to consolidate their association, which next year will celebrate its 10th anniversary,"): each
 * opens with aside_opens and ends at the next comma, the sentence going on after the last; `at` when there is none. */
static size_t past_aside(const ctx *c, size_t at, size_t e)
{
    size_t from = at;
    while (aside_opens(c, from, e)) {
        size_t q = from + 2;
        while (q < e && !is(c, q, ",")) q++;
        if (q + 1 >= e) break;
        from = q;
    }
    return from == at ? at : from + 1;
}

/* Whether the past verb at i opens a finite passive ("was attended by X",
 * "were chaired by"): a past word of lexicon passive, not a participle that
 * modifies a noun ("the summit, chaired by X"). */
static int finite_passive(const ctx *c, size_t i)
{
    return lex(c, i, i + 1, LX_PASSIVE, NULL) && lex(c, i, i + 1, LX_PAST, NULL);
}

/* Where the sentence [s, e) goes on after the last quote it closes and attributes to a speaker (a comma, maybe a
 * dash, then a verb of speaking: «"...", - сказал X», '"...," he said'); s when none. */
static size_t after_quoted_speech(const ctx *c, size_t s, size_t e)
{
    size_t from = s;
    for (size_t k = s; k + 1 < e; k++)
        if (closing_quote(c, s, k) && quote_then_speech(c, k, e)) from = k + 1;
    return from;
}

/* Where the phrase that opens the sentence [s, e) with lexicon compare_opener ends, its comma, when the mention at pos
 * stands in it ("Unlike the summit in June in Moscow, all the heads of state will arrive", «В отличие от саммита в
 * июне, ...»): the meeting is set beside the one the sentence tells of, the clause after the comma gives it no tense;
 * 0 when it stands in no such phrase. */
static size_t compared_until(const ctx *c, size_t s, size_t e, size_t pos)
{
    if (!lex(c, s, pos, LX_COMPARE_OPENER, NULL)) return 0;
    size_t q = s;
    while (q < pos && !is(c, q, ",")) q++;
    if (q < pos) return 0;
    while (q < e && !is(c, q, ",")) q++;
    return q < e ? q : 0;
}

/* Where a clause of contrast opens after `from` in the sentence ending at e: a comma, then a word of lexicon contrast
 * («Мы сегодня проводим встречу министров, а завтра у нас будет ...», ", while"); e when none does. */
static size_t contrast_after(const ctx *c, size_t from, size_t e)
{
    for (size_t k = from ? from - 1 : from; k + 1 < e; k++) /* (a mention may end past its comma) */
        if (is(c, k, ",") && lex(c, k + 1, e, LX_CONTRAST, NULL)) return k;
    return e;
}

/* Whether a relative clause opens at k (", which", "which", "that"; «, который»): *after is the token after its
 * pronoun. */
static int relative_opens(const ctx *c, size_t k, size_t e, size_t *after)
{
    if (is(c, k, ",")) return lex(c, k + 1, e, LX_RELATIVE_PRONOUN, after);
    if (lex(c, k, e, LX_RELATIVE_PRONOUN, after)) return 1;
    *after = k + 1;
    return is(c, k, "that");
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
    /* "Unlike the summit in June in Moscow, all the heads ... will arrive": no tense from the clause after the phrase */
    size_t cmp_end = compared_until(c, s, e, pos);
    if (cmp_end) e = cmp_end;
    /* «Секретари совбезов ОДКБ обсудят в Бресте ...»: a mention that is a Russian verb of the future itself
     * (people_deliberated's) */
    for (size_t i = pos; i < end; i++)
        if (cyrillic(c, i) && lex(c, i, end, LX_FUTURE, NULL)) return 1;
    for (size_t i = pos; i-- > s;) {
        if (lex(c, i, pos, LX_CLAUSE, NULL)) break;
        /* «"... будут работать ...", - сказал X после заседания»: the words of a quote closed before the mention
         * are what was said, not the clause's tense */
        if (closing_quote(c, s, i)) break;
        long d = (long)(pos - i);
        /* "It is an honour for us to host the session": what happens now (lexicon glad_to), no tense of its own */
        if (is(c, i, "to") && i > s && lex_ends_at(c, s, i, 4, LX_GLAD_TO) && lex(c, i, pos, LX_FUTURE, NULL)) continue;
        /* "X refused to attend the summit": the refusal's tense, not the infinitive's */
        if (best_past < 0 && is(c, i, "to") && i > s && lex_ends_at(c, s, i, 3, LX_REFUSED_TO) && lex(c, i, pos, LX_FUTURE, NULL)) {
            best_past = d;
            continue;
        }
        /* ("suggested organising a CSTO summit", «предложил провести саммит»: lexicon proposal, one to come) */
        if (best_plan < 0 && (lex(c, i, pos, LX_PLANNED_VERB, NULL) || lex(c, i, pos, LX_FUTURE, NULL) ||
                              lex(c, i, pos, LX_PROPOSAL, NULL) || (i + 1 == pos && proposed_meeting(c, s, pos))))
            best_plan = d;
        if (best_past < 0 && lex(c, i, pos, LX_PAST, &k) && (!is(c, k, "by") || finite_passive(c, i))) { /* "chaired by X" modifies */
            size_t b = i; /* "are to be discussed and signed during the summit": past the participles before it */
            while (b > s + 2 && is(c, b - 1, "and") && lex(c, b - 2, b - 1, LX_PAST, NULL)) b -= 2;
            if (b > s && (is(c, b - 1, "be") || is(c, b - 1, "been")) && b > s + 1 &&
                (lex(c, b - 2, b - 1, LX_PLANNED_VERB, NULL) || is(c, b - 2, "to")))
                { if (best_plan < 0) best_plan = d; } /* "will be discussed at a summit": a future passive */
            else
                best_past = d;
        }
        if (best_plan >= 0 && best_past >= 0) break;
    }
    long bl_plan = best_plan, bl_past = best_past;
    best_plan = best_past = -1;
    /* "the summit, which was postponed twice, will take place": the clause about
     * the mention is skipped when a comma closes it and the sentence goes on */
    size_t from = past_aside(c, end, e);
    e = contrast_after(c, from, e); /* (the clause of contrast after it has a tense of its own) */
    int spoke = 0; /* «Токаев на сессии СКБ заявил, что миссия будет завершена»: a speech verb after the mention */
    for (size_t i = from; i < e; i++) {
        /* ("A meeting of the CSTO, at which the leaders sought ..., which next year will celebrate ..., was held":
         * the asides after the mention's words, and the sentence's verb after them) */
        size_t pa;
        if (i > from && (pa = past_aside(c, i, e)) > i) {
            i = pa - 1;
            continue;
        }
        if (i > from + 2 && lex(c, i, e, LX_CLAUSE, NULL)) break;
        /* "X told reporters after Friday's summit that the bloc would ...": what was said is no tense of it */
        if ((is(c, i, "that") || is(c, i, "что")) && (spoke || lex_in(c, s, pos, LX_SPEECH))) break;
        /* (nor the words of a quote it opens: "X said the force created at their summit “will be as good ...”") */
        if (is(c, i, "\"") && !closing_quote(c, s, i) && (spoke || lex_in(c, s, pos, LX_SPEECH))) break;
        long d = (long)(i - end) + 1;
        k = i;
        if (lex(c, i, e, LX_SPEECH, NULL)) { spoke = 1; continue; } /* "..., Orlov said": the report, not the meeting */
        /* "will take part in an extraordinary session, convened at the initiative of the Kazakh side": that it was
         * called (lexicon convene, a participle set off by a comma) says nothing of whether it has met */
        if ((i == end || i == end + 1) && is(c, i - 1, ",") && lex(c, i, e, LX_CONVENE, &k)) {
            i = k - 1;
            continue;
        }
        if (best_plan < 0 && (lex(c, i, e, LX_PLANNED_VERB, &k) || lex(c, i, e, LX_FUTURE, &k))) best_plan = d;
        if (best_past < 0 && lex(c, i, e, LX_PAST, &k) && (!is(c, k, "by") || finite_passive(c, i))) best_past = d;
        if (best_plan >= 0 || best_past >= 0) break;
    }
    /* «Совета, который пройдет в мае», "the Council, which will be held in May": a relative clause right after
     * the mention, not closed by a comma, is about the meeting and decides */
    /* (or with no comma: "the plenary session that is being held there today") */
    if (from == end && relative_opens(c, end, e, &k) && (best_plan >= 0 || best_past >= 0))
        return best_plan >= 0;
    /* ... and after a noun joined to it by "and": «заседаний Совета коллективной безопасности и уставных органов,
     * которые состоятся в ноябре», "the sessions of the Council and the statutory bodies, which will be held in
     * November" */
    /* (the mention may end past the "and": a body list's conjunction is read with it) */
    size_t and_end = lex(c, end, e, LX_AND, &k) ? k : end > pos && lex(c, end - 1, end, LX_AND, NULL) ? end : 0;
    if (from == end && and_end) {
        size_t q = and_end;
        while (q < e && q < and_end + 9 && (c->tl->t[q].kind == TOK_WORD || c->tl->t[q].kind == TOK_NUM) &&
               !lex(c, q, e, LX_CLAUSE, NULL))
            q++;
        if (q > and_end && relative_opens(c, q, e, &q))
            for (size_t i = q; i < e && i < q + 4 && !is(c, i, ","); i++) {
                if (lex(c, i, e, LX_PLANNED_VERB, NULL) || lex(c, i, e, LX_FUTURE, NULL)) return 1;
                if (lex(c, i, e, LX_PAST, NULL)) return 0;
            }
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

/* A meeting verb in [s, e) that is not "met with SOMEONE" (a courtesy call,
 * not a session of the body). */
static int meeting_verb_in(const ctx *c, size_t s, size_t e)
{
    size_t k;
    for (size_t i = s; i < e; i++)
        if (lex(c, i, e, LX_MEETING_VERB, &k)) {
            size_t w = k;
            while (w < e && w < k + 4 && !is(c, w, "with") && !is(c, w, "с") && !is(c, w, "со") && !is(c, w, ",") &&
                   !is(c, w, "."))
                w++;
            if (is(c, w, "with") || is(c, w, "с") || is(c, w, "со")) continue; /* "met in Dushanbe with the President", «встретился с» */
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

/* Whether only the words that join a list stand between mention x and token `to`: lexicon and (*and set when one
 * does: "and", «и», «а также», whose first word the mention's end may have taken), commas, articles, meeting
 * modifiers and an abbreviation in brackets ("(КССБ)"). */
static int list_joint_to(const ctx *c, const group *x, size_t to, int *and)
{
    size_t q, from = x->end;
    *and = 0;
    /* (its end took the conjunction's first word: ", а" of ", а также") */
    for (size_t k = x->end > x->pos + 2 ? x->end - 2 : x->pos; k < x->end && !*and; k++)
        if (lex(c, k, to, LX_AND, &q) && q > x->end) *and = 1, from = q;
    for (size_t k = from; k < to; k++) {
        if (lex(c, k, to, LX_AND, &q)) *and = 1, k = q - 1;
        else if (is(c, k, "(") && k + 2 < to && is(c, k + 2, ")")) k += 2;
        else if (!is(c, k, ",") && !is(c, k, "the") && !is(c, k, "a") && !lex(c, k, to, LX_MEETING_MOD, NULL))
            return 0;
    }
    return 1;
}

/* Whether two meeting mentions are joined by "and" ("the CSC session and
 * joint meetings of the ministers ... on 13 October"): they share a date. */
static int coordinated(const ctx *c, const group *a, const group *b)
{
    const group *x = a->pos < b->pos ? a : b, *y = a->pos < b->pos ? b : a;
    if (x->end > y->pos) return 1;
    int and;
    return list_joint_to(c, x, y->pos, &and) && and;
}

static int planned_mod_before(const ctx *c, size_t s, size_t pos);
static size_t premod_start(const ctx *c, size_t s, size_t pos);

/* Whether a phrase of lexicon concerns ("related to") ends at most seven words before pos, only "the", capitalised
 * words, meeting modifiers and two other words between ("issues related to the official CSTO Council meeting"). */
static int concerns_before(const ctx *c, size_t s, size_t pos)
{
    for (size_t k = pos > s + 7 ? pos - 7 : s, q; k < pos; k++) {
        if (!lex(c, k, pos, LX_CONCERNS, &q)) continue;
        int lower = 0; /* (two lower-case words at most: "the official", "the regular") */
        while (q < pos && (is(c, q, "the") || c->tl->t[q].cap || lex(c, q, pos, LX_MEETING_MOD, NULL) ||
                           (c->tl->t[q].kind == TOK_WORD && lower++ < 2)))
            q++;
        if (q == pos) return 1;
    }
    return 0;
}

/* Whether date d closes the conjunct of mention `before` and `after` opens the next one ("the meeting of
 * the CDM in Bishkek on April 30 and the meeting of the CSSC on June 27": April 30 is the CDM's, however
 * near the CSSC stands): after the date, lexicon and (or ", and"), an article and mention `after`. */
static int date_ends_conjunct(const ctx *c, const group *before, const group *after, const date_hit *d)
{
    if (before->end > d->start || after->pos < d->end) return 0;
    size_t k = d->end + is(c, d->end, ","), q;
    if (!lex(c, k, after->pos, LX_AND, &q)) return 0;
    for (; q < after->pos; q++) /* "and the meeting", not «и вовсе не поехал на сессию» */
        if (!is(c, q, "the") && !is(c, q, "a") && !lex(c, q, after->pos, LX_MEETING_MOD, NULL)) return 0;
    return 1;
}

/* Whether a mention listed before mention i, joined to it by "and", a comma or both (lexicon and; articles and
 * meeting modifiers between), has a modifier of planning (planned_mod_before): "preparations for the session of the
 * Council and the joint meeting of the ministers", «подготовку к сессии СКБ, совместному заседанию СМИД»: each is to
 * come.  A date of dh[] may close a conjunct ("the forthcoming meeting of the Council in July and a meeting of the
 * Collective Security Council in autumn"). */
static int planned_conjunct(const ctx *c, size_t s, const group *out, int i, const date_hit *dh, int nd)
{
    for (int q = i; q > 0; q--) {
        const group *x = &out[q - 1], *y = &out[q];
        if (x->pos >= y->pos) return 0;
        int and, dated = 0;
        for (int k = 0; k < nd && !dated; k++) /* (the date right after the mention, or after a preposition) */
            dated = dh[k].start >= x->end && dh[k].start <= x->end + 1 && date_ends_conjunct(c, x, y, &dh[k]);
        if (dated) and = 1;
        else if (!list_joint_to(c, x, premod_start(c, s, y->pos), &and)) return 0;
        and |= x->end > x->pos && lex(c, x->end - 1, x->end, LX_AND, NULL); /* (its end may take the whole "and") */
        /* (a comma alone joins a Russian list, its nouns in the case the preposition governs: «к сессии, совместному
         * заседанию»; not a subject, "before the forthcoming meeting of the Council, a joint meeting was held",
         * «перед сессией СКБ, совместное заседание ... состоялось») */
        static const char *const oblique[] = {"ю", "у", "и", "ой", "ей", "ом", "ем", NULL}; /* (not «-ие», «-ия», «-а») */
        if (!and && !(cyrillic(c, y->pos) && word_ends_any(c->tl->t[y->pos].norm, oblique))) return 0;
        if (planned_mod_before(c, s, x->pos)) return 1;
    }
    return 0;
}


/* Whether date d leads every meeting of the sentence [s, e) and mention i is one of the objects it governs
 * ("noting that in April Dushanbe hosted the meeting of the CDM, held on April 27, and the meeting of the
 * CSSC": April is the CSSC's too): every mention comes after d; each ", and" between d and mention i
 * joins a meeting noun ("and the meeting"), not a clause; and mention i ends its sentence or a list item,
 * so no verb of its own follows ("..., and the next session will be held in Moscow"). */
static int leading_date(const ctx *c, size_t e, const group *out, int no, int i, const date_hit *d)
{
    for (int q = 0; q < no; q++)
        if (out[q].pos < d->end) return 0;
    for (size_t k = d->end; k + 1 < out[i].pos; k++) {
        size_t q;
        if (!is(c, k, ",") || !lex(c, k + 1, out[i].pos, LX_AND, &q)) continue;
        if (is(c, q, "the") || is(c, q, "a")) q++;
        while (lex(c, q, out[i].pos, LX_MEETING_MOD, &q)) {}
        if (!lex(c, q, e, LX_MEETING_NOUN, NULL)) return 0;
    }
    size_t t = out[i].end;
    return t >= e || is(c, t, ".") || is(c, t, ",") || is(c, t, ";") || lex(c, t, e, LX_AND, NULL);
}

/* Where a date mention ending at pos starts ("the October 2016 session",
 * "Monday's session"), or pos when none ends there. */
static size_t date_start_at(const ctx *c, size_t s, size_t pos)
{
    for (size_t d = mentions_from(&c->ms, MK_DATE, s); d < c->ms.n[MK_DATE]; d++) {
        const mention *dm = &c->ms.v[MK_DATE][d];
        if (dm->start >= pos) break;
        if (dm->end == pos) return dm->start;
    }
    return pos;
}

/* Whether a planned_mod ("next", "upcoming", "ahead of the") stands in the
 * three tokens before pos. */
/* Where the words that qualify a meeting noun at pos start: a date
 * ("Monday's session", "the October 2016 session"), "'s", a number,
 * lexicon meeting_mod ("the XV plenary session"). */
static size_t premod_start(const ctx *c, size_t s, size_t pos)
{
    for (;;) {
        size_t d = date_start_at(c, s, pos);
        if (d < pos) { pos = d; continue; }
        if (pos > s && (is(c, pos - 1, "'s") || c->tl->t[pos - 1].kind == TOK_NUM)) { pos--; continue; }
        size_t b = pos, q;
        for (size_t k = pos > s + 2 ? pos - 2 : s; k < pos && b == pos; k++)
            if (lex(c, k, pos, LX_MEETING_MOD, &q) && q == pos) b = k;
        if (b == pos) return pos;
        pos = b;
    }
}

/* Whether token k is a Russian verb in the plural past («договорились», «одобрили»: -ли, -лись), lower-case. */
static int ru_past_plural(const ctx *c, size_t k)
{
    static const char *const past[] = {"ли", "лись", NULL};
    return k < c->tl->n && cyrillic(c, k) && !c->tl->t[k].cap && word_ends_any(c->tl->t[k].norm, past);
}

/* Whether the Russian word at q, after «накануне», is the people of a body, their subject («Накануне министры
 * иностранных дел собрались в Душанбе»), or a past verb («Проекты документов накануне одобрили министры»):
 * «накануне» is then the day before, not the eve of a meeting. */
static int people_subject_at(const ctx *c, size_t q, size_t to)
{
    gaz_hit h;
    if (!cyrillic(c, q)) return 0;
    static const char *const past_singular[] = {"лся", "лась", NULL};
    if (ru_past_plural(c, q) || (!c->tl->t[q].cap && word_ends_any(c->tl->t[q].norm, past_singular))) return 1;
    return gm(c, q, to, G_BODY, -1, &h) && h.sub == BK_PEOPLE;
}

/* Whether "following" at k is the preposition before a possessive ("stated this following Friday's meetings":
 * after them), no article before it ("the following year's summit" is the next one). */
static int following_possessive(const ctx *c, size_t k)
{
    return is(c, k, "following") && !(k > 0 && (is(c, k - 1, "the") || is(c, k - 1, "a") || is(c, k - 1, "its"))) &&
           past_possessive(c, k + 2) > k + 2;
}

/* A word of lexicon planned_mod at k, before `to`: "following the session" is after it, not "the
 * following session" (nor "following Friday's meetings": following_possessive); «накануне на совместном
 * заседании» is "the day before, at the joint session", not «накануне заседания» (on its eve); nor is «на
 * состоявшемся накануне заседании», after a past participle. */
static int planned_mod_at(const ctx *c, size_t k, size_t to)
{
    size_t q;
    if (!lex(c, k, to, LX_PLANNED_MOD, &q)) return 0;
    /* (nor "the agenda of" told in the past: "X was the main topic on the agenda of Monday's session") */
    if (lex_in(c, k, q, LX_AGENDA) && k >= 2 && is(c, k - 1, "the") && is(c, k - 2, "on"))
        for (size_t a = k - 2; a-- > (k > 12 ? k - 12 : 0);) {
            if (lex(c, a, k, LX_CLAUSE, NULL) || is(c, a, ",") || is(c, a, ".")) break;
            if (is(c, a, "was") || is(c, a, "were")) return 0;
        }
    return !lex(c, k, to, LX_AFTER_MEETING, NULL) && !following_possessive(c, k) &&
           !(cyrillic(c, k) && (is(c, q, "на") || is(c, q, "в") || is(c, q, "во"))) && !people_subject_at(c, q, c->tl->n) &&
           !day_before_participle(c, k);
}

/* Where a body's name that ends at pos starts ("the upcoming Council of Defense Ministers meeting": the noun's
 * body before it, whose modifiers are the meeting's), or pos when none ends there. */
static size_t body_before(const ctx *c, size_t s, size_t pos)
{
    for (size_t k = mentions_from(&c->ms, MK_BODY, s); k < c->ms.n[MK_BODY] && c->ms.v[MK_BODY][k].start < pos; k++)
        if (c->ms.v[MK_BODY][k].end == pos) return c->ms.v[MK_BODY][k].start;
    return pos;
}

static int planned_mod_before(const ctx *c, size_t s, size_t pos)
{
    for (size_t k = pos > s + 3 ? pos - 3 : s; k < pos; k++)
        if (planned_mod_at(c, k, pos)) return 1;
    size_t head = premod_start(c, s, pos); /* "the agenda of Monday's session", "to prepare the plenary session" */
    for (size_t k = head > s + 3 ? head - 3 : s; k < head; k++)
        if (planned_mod_at(c, k, head)) return 1;
    size_t bb = body_before(c, s, head);
    for (size_t k = bb > s + 2 ? bb - 2 : s; bb < head && k < bb; k++)
        if (planned_mod_at(c, k, bb)) return 1;
    /* ("in the lead-up to the Moscow CSTO summit", "ahead of the Minsk summit": before the city that names it, then
     * "the") */
    gaz_hit h;
    size_t ch = head, q;
    for (size_t k = bb > s + 3 ? bb - 3 : s; k < bb && ch == head; k++)
        if (gm(c, k, bb, G_CITY, -1, &h) && h.end == bb) ch = k;
    for (size_t k = ch > s + 7 ? ch - 7 : s; ch < head && k < ch; k++)
        if (lex(c, k, ch, LX_PLANNED_MOD, &q) && (q == ch || (q + 1 == ch && (is(c, q, "the") || is(c, q, "a")))) &&
            planned_mod_at(c, k, ch))
            return 1;
    return 0;
}

/* Which way the modifiers of the meeting named at pos in the sentence from s
 * point: -1 back (lexicon past_mod: "the last session", «недавнего
 * саммита»), 1 ahead (lexicon planned_mod: "the next regular session",
 * «следующий саммит»), 0 neither. */
static int time_mod(const ctx *c, size_t s, size_t pos)
{
    size_t head = premod_start(c, s, pos), q;
    for (size_t k = head; k < pos; k++)
        if (lex(c, k, pos, LX_PREVIOUS, &q) && q <= pos) return -2;
    for (size_t k = head; k < pos; k++)
        if (lex(c, k, pos, LX_PAST_MOD, &q) && q <= pos) return -1;
    for (size_t k = head; k < pos; k++)
        if (lex(c, k, pos, LX_PLANNED_MOD, &q) && q <= pos && !people_subject_at(c, q, c->tl->n) &&
            !following_possessive(c, k) &&
            !(k > s && day_before_participle(c, k))) /* (not «на состоявшемся накануне заседании»: the day before) */
            return 1;
    return 0;
}

static size_t outcome_word_before(const ctx *c, size_t s, size_t pos);

/* Whether what a meeting left behind stands before the meeting named at
 * pos ("the decisions of the October 2016 session", «итоги заседания»):
 * an outcome word, "of" (none in Russian), then only "the", a date, a
 * bracketed year or meeting modifiers (outcome_word_before). */
static int outcome_of_before(const ctx *c, size_t s, size_t pos)
{
    return outcome_word_before(c, s, pos) < pos;
}

/* Whether the meeting named at pos is named for carrying out its decisions: outcome_of_before's word, a word of
 * lexicon carry_out among the four before it, and a modifier of its own between ("the implementation of the
 * decisions of the November session", «плана по реализации решений ноябрьской (2025 года) сессии»): a session
 * before, whose decisions those the sentence names carry out; they are not said to have been there (not «по
 * реализации решений сессии СКБ», the session the report is of). */
static int decisions_carried_out(const ctx *c, size_t s, size_t pos)
{
    size_t k = outcome_word_before(c, s, pos), q = k + 1;
    if (k >= pos || !lex_in(c, k > s + 4 ? k - 4 : s, k, LX_CARRY_OUT)) return 0;
    while (q < pos && (is(c, q, "of") || is(c, q, "the"))) q++;
    return q < pos;
}

/* The outcome word of outcome_of_before, or pos when there is none. */
static size_t outcome_word_before(const ctx *c, size_t s, size_t pos)
{
    size_t q;
    /* (eight words back: "the results of the November (2019) session") */
    for (size_t k = pos > s + 8 ? pos - 8 : s; k < pos; k++) {
        if (!lex(c, k, pos, LX_OUTCOME, &q)) continue;
        /* ("the decisions taken at the December meeting", «решения, принятые на», "reached at") */
        size_t r, p = q + is(c, q, ",");
        if (is(c, q, "of")) q++;
        else if ((lex(c, p, pos, LX_TAKEN, &r) || lex(c, p, pos, LX_ADOPT, &r) || lex(c, p, pos, LX_REACHED, &r)) &&
                 (is(c, r, "at") || is(c, r, "на")))
            q = r + 1;
        /* past "the", numbers, months, "the Commission's last meeting", "the Minsk session" */
        for (gaz_hit h; q < pos;) {
            if (gm(c, q, pos, G_CITY, -1, &h)) q = h.end;
            else if (is(c, q + 1, "'s")) q += 2;
            else if (is(c, q, "the") || c->tl->t[q].kind == TOK_NUM || lex(c, q, pos, LX_MEETING_MOD, NULL) ||
                     gm(c, q, pos, G_MONTH, -1, &h))
                q++;
            else if (is(c, q, "(") && q + 2 < pos && c->tl->t[q + 1].kind == TOK_NUM) { /* «ноябрьской (2025 года)» */
                size_t r = q + 2;
                while (r < pos && r < q + 4 && !is(c, r, ")")) r++;
                if (!is(c, r, ")")) break;
                q = r + 1;
            } else break;
        }
        if (q == pos) return k;
    }
    return pos;
}

/* Whether the meeting named at pos is named for its outcome (outcome_of_before) right after a verb of reporting on it
 * (lexicon report_on, "the" between: "X will report on the results of the November (2019) session of the Council",
 * «доложит об итогах сессии»): told of where X speaks, the meeting in focus. */
static int reported_outcome(const ctx *c, size_t s, size_t pos)
{
    size_t k = outcome_word_before(c, s, pos);
    if (k >= pos) return 0;
    if (k > s && is(c, k - 1, "the")) k--;
    return lex_ends_at(c, s, k, 5, LX_REPORT_ON);
}

/* Whether an outcome word stands right before pos, "of" and "the" between at most ("the decisions of the
 * session", «решений сессии»; not "the decisions of the Dushanbe session", whose place is named; nor «по итогам
 * заседания», "on the results of the meeting" (lexicon after_meeting): when the meeting ended, as a report of it
 * says). */
static int outcome_right_before(const ctx *c, size_t s, size_t pos)
{
    size_t q, k = pos;
    /* (its modifiers between: «решениями предыдущей сессии», "the decisions of the previous session") */
    for (size_t b; k > s && (b = lex_start_ending_at(c, s, k, 3, LX_MEETING_MOD)) < k;) k = b;
    if (k > s && is(c, k - 1, "the")) k--;
    if (k > s && is(c, k - 1, "of")) k--;
    if (lex_ends_at(c, s, pos, 5, LX_AFTER_MEETING) || lex_ends_at(c, s, k, 5, LX_AFTER_MEETING)) return 0;
    for (size_t a = k > s + 3 ? k - 3 : s; a < k; a++)
        if (lex(c, a, k, LX_OUTCOME, &q) && q == k) {
            /* (not "X summed up the results of the meeting", «подвел итоги заседания»: lexicon summed_up) */
            size_t b = a > s && is(c, a - 1, "the") ? a - 1 : a;
            return !lex_ends_at(c, s, b, 2, LX_SUMMED_UP);
        }
    return 0;
}

/* Whether tokens [a, b) between a body's name and a meeting noun only
 * qualify the meeting: "'s", a city, a number or ordinal, a date, lexicon
 * meeting_mod ("the CSTO PA Council's Minsk session", "CSC regular session"). */
static int only_meeting_modifiers(const ctx *c, size_t a, size_t b)
{
    gaz_hit h;
    size_t k;
    while (a < b) {
        if (is(c, a, "'s") || is(c, a, "'") || c->tl->t[a].kind == TOK_NUM) { a++; continue; }
        if (is(c, a, "(") && a + 2 < b && c->tl->t[a + 1].kind == TOK_NUM && is(c, a + 2, ")")) { a += 3; continue; }
        if (lex(c, a, b, LX_MEETING_MOD, &k)) { a = k; continue; }
        if (gm(c, a, b, G_CITY, -1, &h)) { a = h.end; continue; }
        /* "the Collective Security Council's November (2023) session": its date */
        size_t d = mentions_from(&c->ms, MK_DATE, a);
        if (d < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][d].start == a && c->ms.v[MK_DATE][d].end <= b) {
            a = c->ms.v[MK_DATE][d].end;
            continue;
        }
        return 0;
    }
    return 1;
}

/* Whether meeting mention g is named only as a point in time for another
 * ("ahead of the summit", "on the eve of the session"): lexicon
 * relative_mod ends right before it (at most an article between); with `body`, a body's name may stand
 * between too ("on the eve of the Collective Security Council session"). */
static int reference_mention_at(const ctx *c, size_t s, const group *g, int body)
{
    /* "ahead of next week's summit", "ahead of Thursday's summit": a date before the noun */
    size_t k, head = g->pos > s && is(c, g->pos - 1, "'s") ? g->pos - 1 : g->pos;
    head = date_start_at(c, s, head);
    /* "on the summit eve", "on the summit's eve": the noun names the eve's meeting, as "the eve of the summit" */
    size_t after = g->end < c->tl->n && is(c, g->end, "'s") ? g->end + 1 : g->end;
    if (after < c->tl->n && is(c, after, "eve")) return 1;
    for (size_t a = g->pos > s + 14 ? g->pos - 14 : s; a < g->pos; a++)
        /* (not «на состоявшемся накануне заседании»: after a past participle, the day before) */
        if (lex(c, a, g->pos, LX_RELATIVE_MOD, &k) && !(a > s && day_before_participle(c, a))) {
            if (k < g->pos && determiner(c, k)) k++;
            size_t mq; /* ("in the run-up to the regular CSTO Council of Foreign Ministers meeting") */
            while (body && k < g->pos && lex(c, k, g->pos, LX_MEETING_MOD, &mq) && mq <= g->pos) k = mq;
            if (k + 2 == g->pos && is(c, k + 1, "'s")) k += 2; /* "ahead of the bloc's summit" */
            gaz_hit oh; /* "ahead of the Collective Security Treaty Organization summit" */
            if (k < g->pos && gm(c, k, g->pos, G_ORG, -1, &oh) && oh.end == g->pos) k = oh.end;
            /* ("ahead of the CSTO Council of Foreign Ministers meeting": the organisation, then the body) */
            gaz_hit bh;
            if (body && k < g->pos && gm(c, k, g->pos, G_ORG, -1, &oh) && gm(c, oh.end, g->pos, G_BODY, -1, &bh) &&
                bh.end == g->pos)
                k = bh.end;
            /* «накануне бишкекского саммита», "ahead of the Minsk summit" */
            if (k < g->pos && gm(c, k, g->pos, G_CITY, -1, &oh) && oh.end == g->pos) k = oh.end;
            /* "on the eve of the Collective Security Council session": the body before its noun (asked with `body`
             * by reference_dated_otherwise and for a mention's MF_POINT only) */
            if (body && k < g->pos && gm(c, k, g->pos, G_BODY, -1, &oh) && oh.end == g->pos) k = oh.end;
            /* (not «Накануне министры иностранных дел собрались в Душанбе»: the people of a body right after
             * «накануне» are the subject, the day before) */
            if (k == g->pos && people_subject_at(c, k, c->tl->n)) continue;
            if (k == g->pos || (head < g->pos && k == head)) return 1;
        }
    return 0;
}

static int reference_mention(const ctx *c, size_t s, const group *g) { return reference_mention_at(c, s, g, 0); }

static int date_right_after(const ctx *c, const group *g, size_t ds);

/* "... will convene for a joint meeting on the eve of the Collective Security Council session on 22
 * November" in a report that has dated that session 23 November: a date right after a meeting named as a
 * point in time (reference_mention) is not that meeting's when the article has dated the body's meeting to
 * another day; it is the day of what the sentence tells. */
static int reference_dated_otherwise(const ctx *c, size_t s, const group *g, const date_hit *d)
{
    if (!d->date.d || (g->mask & (g->mask - 1)) || !reference_mention_at(c, s, g, 1) || !date_right_after(c, g, d->start))
        return 0;
    int k = last_meeting_of_body(c, __builtin_ctz(g->mask));
    if (k < 0) return 0;
    const x_meeting *m = &c->x->m[k];
    return m->date.d && !m->guessed && (m->date.m != d->date.m || m->date.d != d->date.d);
}

/* Whether the date starting at ds follows mention g at once ("the summit on
 * 28 November", "the session of 5 May", "the session of the Council,
 * scheduled for May 14"): between them only a preposition, or a comma and a
 * word of planning (lexicon planned_mod) and a preposition. */
static int date_right_after(const ctx *c, const group *g, size_t ds)
{
    if (ds < g->end || ds > g->end + 16) return 0;
    size_t k = g->end, q;
    gaz_hit h;
    /* "a second video session, which X also chaired, on October 28": past an aside closed by a comma */
    size_t pa = past_aside(c, k, ds);
    if (pa > k && pa <= ds) {
        if (pa < ds && (is(c, pa, "on") || is(c, pa, "in") || is(c, pa, "на") || is(c, pa, "в"))) pa++;
        if (pa == ds) return 1;
    }
    if (ds > g->end + 10) return 0;
    if (is(c, k, ",")) k++;
    int comma = k > g->pos && is(c, k - 1, ","); /* a mention's end can take the comma after its body */
    /* "..., which is scheduled for", «..., которая запланирована на», "..., which will be held in
     * Bishkek on 28 November": the clause that says when the mention is */
    int which = comma && lex(c, k, ds, LX_RELATIVE_PRONOUN, &q);
    /* "the summit that took place in Yerevan last year", "the session which was held in Minsk in 2019" */
    if (!which && k == g->end && (lex(c, k, ds, LX_RELATIVE_PRONOUN, &q) || (is(c, k, "that") && (q = k + 1))))
        which = 1;
    if (which) {
        k = q;
        if (is(c, k, "is") || is(c, k, "was")) k++;
    }
    if ((comma || k == g->end) && lex(c, k, ds, LX_PLANNED_MOD, &q)) k = q; /* or no comma: "the summit scheduled for" */
    else if (which && (lex(c, k, ds, LX_PLANNED_VERB, &q) || lex(c, k, ds, LX_PAST, &q))) {
        k = q;
        if (is(c, k, "be")) k++; /* "will be held" */
        if (lex(c, k, ds, LX_PAST, &q) || lex(c, k, ds, LX_MEETING_VERB, &q)) k = q; /* "held", "meet" */
        if (lex(c, k, ds, LX_PLACE_PREP, &q) && gm(c, q, ds, G_CITY, -1, &h)) k = h.end; /* "in Bishkek" */
        else if (lex(c, k, ds, LX_HERE, &q)) k = q;                                       /* «там же» */
    } else if (comma && (is(c, k, "held") || is(c, k, "convened"))) {
        /* "the extraordinary session of the CSC, held by videoconference on 13 September": a participle
         * after the comma, perhaps with its format or place */
        k++;
        if ((is(c, k, "by") || is(c, k, "via") || is(c, k, "over")) && lex(c, k + 1, ds, LX_VIDEO, &q)) k = q;
        else if (lex(c, k, ds, LX_VIDEO, &q)) k = q;
        if (lex(c, k, ds, LX_PLACE_PREP, &q) && gm(c, q, ds, G_CITY, -1, &h)) k = h.end;
    } else if (comma) return 0;
    if (!which && ds > g->end + 6) return 0;
    if (k < ds && (is(c, k, "on") || is(c, k, "in") || is(c, k, "of") || is(c, k, "for") || is(c, k, "на") || is(c, k, "в"))) k++;
    return k == ds;
}

/* Whether date d stands in an aside that mention g is not in: a relative
 * clause between commas ("Armenia, which froze its participation in 2024, is
 * not expected at the summit"). */
/* Whether token k is a Russian past active participle («заморозившая»,
 * «подписавший», «принявших»): its ending, -вш- and an adjective's. */
static int past_participle(const ctx *c, size_t k)
{
    static const char *const ends[] = {"вший", "вшая", "вшее", "вшие", "вшего", "вшей", "вшую", "вшим", "вших", "вшими",
                                       /* («произошедшими», «пришедший»: -ш- after a consonant stem) */
                                       "шедший", "шедшая", "шедшее", "шедшие", "шедшего", "шедшей", "шедшую", "шедшим",
                                       "шедших", "шедшими"};
    const char *w = T(c, k);
    size_t n = strlen(w);
    if (!cyrillic(c, k)) return 0;
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
        size_t m = strlen(ends[i]);
        if (n > m + 4 && !strcmp(w + n - m, ends[i])) return 1;
    }
    return 0;
}

/* Whether the tokens [from, to) are Russian words (and dashes) that go on naming a mention in the genitive
 * («глав государств-членов ОДКБ»): no «и», no country among them. */
static int own_genitive_words(const ctx *c, size_t from, size_t to)
{
    gaz_hit h;
    for (size_t k = from; k < to; k++) {
        size_t b = past_brackets(c, k, to, 6); /* («Организации Договора о коллективной безопасности (ОДКБ)») */
        if (b > k) {
            k = b - 1;
            continue;
        }
        if (!(cyrillic(c, k) || is(c, k, "-")) || is(c, k, "и") || gm(c, k, to, G_COUNTRY, -1, &h)) return 0;
    }
    return 1;
}

static int date_in_aside(const ctx *c, size_t s, const group *g, const date_hit *d)
{
    size_t e = c->tl->n;
    size_t a = d->start;
    while (a > s && !is(c, a - 1, ",")) a--;
    /* (the participle may come second: «, вызванным произошедшими 12 июля боестолкновениями,») */
    if (a == s || !(lex(c, a, e, LX_RELATIVE_PRONOUN, NULL) || past_participle(c, a) ||
                    (a + 1 < d->start && past_participle(c, a + 1))))
        return 0;
    size_t b = d->end;
    while (b < e && !is(c, b, ",") && !is(c, b, ".") && !is(c, b, ";")) b++;
    /* a clause right after the mention tells of it ("the session, which was held on 5 May,"): only an
     * aside about something else, before the mention or away from it, dates none */
    /* (but «план, который министры утвердили в ноябре прошлого года в Москве, на заседании СМО.»: a meeting
     * right after its comma, after a preposition, that ends the sentence (but for its chair), is where the
     * clause's deed was done;
     * not «Армения, заморозившая в феврале участие, на саммите представлена не была», the main clause's) */
    if (b < e && is(c, b, ",") && g->pos > b + 1 && g->pos <= b + 3 &&
        (is(c, b + 1, "на") || is(c, b + 1, "at") || is(c, b + 1, "during")) && g->end < e &&
        (is(c, g->end, ".") || c->tl->t[g->end].nl || c->tl->t[g->end].para ||
         lex(c, g->end, e, LX_CHAIRED_BY, NULL))) /* (or its chair after it: «под председательством X») */
        return 0;
    /* «итоги саммита глав государств-членов ОДКБ, проходившего 20-21 августа 2010 года в Ереване, ...»: the
     * participle right after the mention's own genitive words (no country among them) tells of it */
    if (b < e && is(c, b, ",") && g->pos < a && own_genitive_words(c, g->end, a - 1)) return 0;
    /* (the mention's end past an abbreviation in brackets: "the summit of the Collective Security Treaty Organization
     * (CSTO), which will take place on May 16") */
    size_t ge = past_brackets(c, g->end, e, 6);
    if (b < e && is(c, b, ",")) return ge + 2 < a || g->pos > b; /* (a people mention ends at its last word) */
    /* a clause that ends the sentence is an aside only about something named after the mention
     * ("At the end of the summit, Kazakhstan will hand over the chairmanship to Kyrgyzstan, which will
     * hold it in 2025.") */
    if (a <= ge + 3) return 0; /* not "IX заседания Межгоскомиссии, которое проходит сегодня" */
    /* "drafted by the foreign ministers of the member countries, who met in Moscow on Thursday": "who"
     * after the mention's own of-phrase tells of the people it names, not of the countries */
    size_t of = is(c, g->end, "of") ? g->end : g->end + 1; /* (a people mention ends at its last word) */
    if (is(c, a, "who") && is(c, of, "of") && a <= of + 7) {
        size_t k = of;
        while (k + 1 < a && !is(c, k, ",")) k++;
        if (k + 1 == a) return 0;
    }
    /* nor "the Collective Security Council, the CSTO's highest body, which will meet in Moscow on December 19":
     * past an apposition set off by commas (a few words, no verb of its own), the clause tells of the mention */
    size_t ap = g->end + is(c, g->end, ",");
    if (ap > g->end && a >= ap + 2 && a <= ap + 8) {
        int plain = 1;
        for (size_t k = ap; k + 1 < a && plain; k++)
            plain = !is(c, k, ",") && !lex(c, k, a, LX_RELATIVE_PRONOUN, NULL) && !lex(c, k, a, LX_MEETING_VERB, NULL) &&
                    !lex(c, k, a, LX_SPEECH, NULL);
        if (plain) return 0;
    }
    /* nor «в заседании Совета министров обороны государств – членов Организации ..., которое сегодня
     * прошло»: the first comma after the mention's words opens the clause about it */
    for (size_t k = g->end; k + 1 < a; k++)
        if (!(cyrillic(c, k) || is(c, k, "-")) || is(c, k, "и")) return 1; /* en and em dashes are "-" once tokenised */
    return 0;
}

/* Whether date d dates an event named after "during", "amid" or "after" that is no meeting ("...
 * for failing to come to Armenia's aid during deadly clashes with Azerbaijan in September"): the words
 * between the preposition and the date name no meeting, and mention g is not among them.  Returns the
 * preposition's token + 1, or 0. */
static size_t date_of_other_event(const ctx *c, size_t s, const group *g, const date_hit *d)
{
    for (size_t a = d->start; a-- > s && a + 8 > d->start;) {
        if (!lex(c, a, a + 1, LX_EVENT_PREP, NULL)) continue;
        if ((g->pos >= a && g->pos < d->start) || a + 2 > d->start) return 0; /* not "after Friday's summit" */
        for (size_t k = a + 1; k < d->start; k++)
            if (lex(c, k, d->start, LX_MEETING_NOUN, NULL) || lex(c, k, d->start, LX_ANAPHOR, NULL) ||
                gm(c, k, d->start, G_BODY, -1, &(gaz_hit){0}) || is(c, k, ","))
                return 0;
        return a + 1;
    }
    return 0;
}

/* "during today's meeting we discussed the preparatory works of the Summit": a day in the possessive before a
 * meeting noun (lexicon meeting_noun) that is not mention g's own dates that noun's meeting, not g */
static int date_of_other_noun(const ctx *c, const group *g, const date_hit *d, size_t e)
{
    size_t q = d->end, n;
    if (!is(c, q, "'s") || !lex(c, q + 1, e, LX_MEETING_NOUN, &n)) return 0;
    if (g->pos > q && g->pos <= n + 3) return 0; /* (its own: "Monday's CSTO summit", "today's session of the Council") */
    return !is(c, n, "of");
}

/* "the implementation of the decisions adopted in December 2012 and the preparation of the sessions of the CFM,
 * the CDM ...", «решений Совета, принятых в декабре 2012г. и подготовки заседаний СМИД, СМО»: a date right after a
 * participle of adoption (lexicon adopt; "in", «в» between) is when something was decided, no date of a meeting
 * named after it past an "and" */
static int decided_on(const ctx *c, size_t s, const group *g, const date_hit *d)
{
    size_t a = d->start, q;
    if (a > s && (is(c, a - 1, "in") || is(c, a - 1, "on") || is(c, a - 1, "в"))) a--;
    if (!(a > s && lex(c, a - 1, a, LX_ADOPT, &q) && q == a)) return 0;
    /* (not "the declaration adopted on 23 November at the summit in Yerevan": the meeting it was adopted at; an
     * "and" between them joins another thing) */
    for (size_t k = d->end; k < g->pos; k++)
        if (lex(c, k, g->pos, LX_AND, NULL)) return 1;
    return 0;
}

/* "after Azerbaijani forces attacked Armenian territory in September 2022, the CSTO's leaders held an
 * emergency video conference": the month of the event that mention g came right after (a date of another
 * event after "after" before the mention, told before the report's month), for a meeting the sentence
 * dates otherwise not at all; -1 when none. */
static int month_after_event(const ctx *c, size_t s, const group *g, const date_hit *dh, int nd)
{
    for (int k = 0; k < nd; k++) {
        const date_hit *d = &dh[k];
        size_t prep = d->date.y && d->date.m && d->end <= g->pos ? date_of_other_event(c, s, g, d) : 0;
        if (!prep || !is(c, prep - 1, "after")) continue;
        if (c->pub.y && date_cmp((cdate){d->date.y, d->date.m, 0}, (cdate){c->pub.y, c->pub.m, 0}) >= 0) continue;
        return k;
    }
    return -1;
}

/* Whether a new clause begins between mention g and date d: ";" or a comma
 * and a conjunction (", and the next summit ...", ", while", «, а»). */
static int clause_between(const ctx *c, const group *g, const date_hit *d)
{
    size_t a = d->end <= g->pos ? d->end : g->end, b = d->end <= g->pos ? g->pos : d->start;
    /* the mention's end took the comma after it, or the comma and its conjunction */
    if (d->end > g->pos && a > g->pos + 1 && is(c, a - 2, ",") &&
        (is(c, a - 1, "and") || is(c, a - 1, "but") || is(c, a - 1, "while") || is(c, a - 1, "а") || is(c, a - 1, "но")))
        a -= 2;
    else if (d->end > g->pos && a > g->pos && is(c, a - 1, ","))
        a--;
    for (size_t k = a; k < b; k++) {
        if (is(c, k, ";")) return 1;
        if (is(c, k, ",") && (is(c, k + 1, "and") || is(c, k + 1, "but") || is(c, k + 1, "while") ||
                              is(c, k + 1, "whereas") || is(c, k + 1, "а") || is(c, k + 1, "но")))
            return 1;
    }
    return 0;
}

/* "was postponed to 2021", «ее решено перенести на 2021 год»: the date
 * after mention g that it was moved to (lexicon postponed), or -1. */
static int postponed_date(const ctx *c, size_t s, const group *g, const date_hit *dh, int nd)
{
    size_t q;
    for (int k = 0; k < nd; k++)
        if (dh[k].start > g->end && (dh[k].date.y || dh[k].date.m))
            for (size_t a = dh[k].start > s + 4 ? dh[k].start - 4 : s; a < dh[k].start; a++)
                /* (a word may stand between: "postponed until spring 2021", "moved to early 2025") */
                if (lex(c, a, dh[k].start, LX_POSTPONED, &q) && (q == dh[k].start || (q + 1 == dh[k].start &&
                                                                                     c->tl->t[q].kind == TOK_WORD)))
                    return k;
    return -1;
}

/* Whether "since" stands between a meeting mention ending at `from` and
 * date d in one clause, with no meeting named after it: "the first summit
 * since he took office in March", "the first session since 2019": the date
 * is of what came before the meeting. */
static int since_between(const ctx *c, size_t from, const date_hit *d)
{
    /* "since November 2019, when the session was held in Bishkek": the date of the meeting the
     * clause after it tells of, as the mention before "since" may be */
    if (is(c, d->end, "when") || (is(c, d->end, ",") && is(c, d->end + 1, "when"))) return 0;
    int since = 0;
    for (size_t q = from; q < d->start; q++) {
        if (is(c, q, "since")) since = 1;
        else if (since && (is(c, q, ",") || is(c, q, ";") || is(c, q, "."))) since = 0;
        /* "since the anniversary session in Moscow on May 16": that session's date */
        else if (since && lex(c, q, d->start, LX_MEETING_NOUN, NULL)) return 0;
    }
    return since;
}

/* The days lexicon days_before counts ("a day before": 1, "two days
 * before": 2, "a week before": 7) when it stands in [from, to) with no
 * meeting mention of out after it; 0 when none does. */
static int days_before_between(const ctx *c, size_t from, size_t to, const group *out, int no)
{
    size_t k;
    for (size_t a = from; a < to; a++) {
        if (!lex(c, a, to, LX_DAYS_BEFORE, &k)) continue;
        for (int q = 0; q < no; q++)
            if (out[q].pos >= k && out[q].pos < to) return 0;
        int n = 1;
        for (size_t w = a; w < k; w++) {
            if (is(c, w, "two") || is(c, w, "два")) n = 2;
            if (is(c, w, "three") || is(c, w, "три")) n = 3;
            if (is(c, w, "week") || is(c, w, "неделю")) n *= 7;
        }
        return n;
    }
    return 0;
}


/* Whether date k of the sentence is one a meeting was first set for (lexicon originally up to three words
 * before it) and another date of the sentence follows it ("originally scheduled for May 23, will be held on
 * May 30"). */
static int first_set_date(const ctx *c, size_t s, const date_hit *dh, int nd, int k)
{
    if (k + 1 >= nd) return 0;
    for (size_t a = dh[k].start > s + 3 ? dh[k].start - 3 : s; a < dh[k].start; a++)
        if (lex(c, a, dh[k].start, LX_ORIGINALLY, NULL)) return 1;
    return 0;
}

/* The date of the sentence that dates meeting mention i: the most precise,
 * then the nearest; not one said before "ahead of" it, not one that a
 * nearer mention claims, not when it was said ("said on Monday").  Returns
 * its index in dh, or -1. */
/* "After the Minsk summit X is expected to travel to St. Petersburg in late December", «После саммита ...»:
 * the sentence opens with the meeting g as its point in time (only an article, names and a possessive
 * between), and what it tells follows the meeting. */
static int after_point(const ctx *c, size_t s, const group *g)
{
    if (g->pos <= s || g->pos > s + 5 || !(is(c, s, "after") || is(c, s, "following") || is(c, s, "после"))) return 0;
    size_t h = s + 1;
    while (h < g->pos && (determiner(c, h) || c->tl->t[h].cap || is(c, h, "'s"))) h++;
    return h == g->pos;
}

/* The word of period (lexicon period: "for", «на») right before the year at y, or before an ordinal and a part of
 * the year (lexicon year_part) there: "for the second half of 2016", «на второе полугодие 2016 года».  Its token, or 0. */
static size_t period_word_before(const ctx *c, size_t s, size_t y)
{
    size_t k = y; /* (the date may start at the year, at the part of the year, at the ordinal or at "the") */
    int part = 0;
    if (is(c, y, "the") && lex(c, y + 1, y + 2, LX_ORDINAL_WORD, NULL)) {
        part = 1;
    } else {
        if (k > s + 3 && is(c, k - 1, "of") && lex(c, k - 2, k - 1, LX_YEAR_PART, NULL)) k -= 2; /* "second half of" */
        else if (k > s + 2 && lex(c, k - 1, k, LX_YEAR_PART, NULL)) k -= 1;                     /* «второе полугодие» */
        if (lex(c, k, k + 1, LX_YEAR_PART, NULL)) {
            if (k <= s || !lex(c, k - 1, k, LX_ORDINAL_WORD, NULL)) return 0;
            k--;
        }
        part = k < y || lex(c, k, k + 1, LX_ORDINAL_WORD, NULL);
        if (part && k > s && is(c, k - 1, "the")) k--;
    }
    if (k > s && lex(c, k - 1, k, LX_PERIOD, NULL)) return k - 1;
    /* («на второе полугодие 2016 года - первое полугодие 2017 года», "for the second half of 2017 and the first half
     * of 2018": the span's second end) */
    if (part && k > s + 1 && (is(c, k - 1, "-") || lex(c, k - 1, k, LX_AND, NULL)))
        for (size_t q = k - 1; q-- > s && q + 10 > k;)
            if (lex(c, q, q + 1, LX_PERIOD, NULL)) return q;
    return 0;
}

/* Whether a clause of another event (lexicon other_clause) opens in [from, to) and goes on to `to` with no
 * comma closing it ("... while ethnic violence engulfed southern Kyrgyzstan in June"; not "..., chaired by X
 * because Armenia held the chairmanship that year, convened that same evening"). */
static int other_clause_before(const ctx *c, size_t from, size_t to)
{
    int open = 0;
    for (size_t k = from; k < to; k++) {
        if (lex(c, k, to, LX_OTHER_CLAUSE, NULL)) open = 1;
        else if (is(c, k, ",")) open = 0;
    }
    return open;
}

/* Whether the word of lexicon past_verb at k, right after a meeting's mention, is its participle ("the summit held
 * on Monday", "the session, convened at X's request"), not a verb of its own (was, were, has, have, had). */
static int own_participle(const ctx *c, size_t k, size_t to)
{
    return lex(c, k, to, LX_PAST, NULL) && !is(c, k, "was") && !is(c, k, "were") && !is(c, k, "has") &&
           !is(c, k, "have") && !is(c, k, "had");
}

/* Whether the last verb between `from` (a meeting's mention's end) and `to` is of the past (lexicon past_verb), none
 * of planning or the future after it (lexicon planned_verb, future): "[the session ...,] which is scheduled for the
 * spring, were discussed". */
static int past_verb_last(const ctx *c, size_t from, size_t to)
{
    int past = 0;
    size_t q;
    for (size_t k = from; k < to; k++)
        if (lex(c, k, to, LX_PLANNED_VERB, &q) || lex(c, k, to, LX_FUTURE, &q)) {
            past = 0; /* (and the participle of "will be held") */
            k = q < to && is(c, q, "be") ? q + 1 : q - 1;
        } else if (lex(c, k, to, LX_PAST, NULL)) /* (not the meeting's participle: "the summit held on Monday") */
            past = !(k == from || (k == from + 1 && is(c, from, ","))) || !own_participle(c, k, to);
    return past;
}

/* The mentions out[*a..*b] joined to out[i] by "and" (coordinated), i among them. */
static void coordinated_run(const ctx *c, const group *out, int no, int i, int *a, int *b)
{
    *a = *b = i;
    while (*a > 0 && coordinated(c, &out[*a - 1], &out[*a])) (*a)--;
    while (*b + 1 < no && coordinated(c, &out[*b], &out[*b + 1])) (*b)++;
}

/* "The sessions of the Council of Defence Ministers and the Committee of Secretaries will take place in Dushanbe on
 * April 27 and April 29", «заседания СМО и КССБ пройдут 27 и 29 апреля»: as many mentions joined by "and" as dates
 * joined so after the last of them, each in turn; the index in dh of mention i's, or -1. */
static int respective_date(const ctx *c, const group *out, int no, int i, const date_hit *dh, int nd)
{
    int a, b;
    coordinated_run(c, out, no, i, &a, &b);
    int n = b - a + 1;
    if (n < 2) return -1;
    for (int k = 0; k + n <= nd; k++) {
        if (dh[k].start < out[b].end || dh[k].start > out[b].end + 8 || !dh[k].date.d) continue;
        int run = 1;
        for (int q = k + 1; q < nd && run < n; q++, run++) { /* (only a comma, "and" or "on" between) */
            size_t x = dh[q - 1].end, q2;
            while (x < dh[q].start) {
                if (lex(c, x, dh[q].start, LX_AND, &q2)) x = q2;
                else if (is(c, x, ",") || is(c, x, "on")) x++;
                else break;
            }
            if (x != dh[q].start || !dh[q].date.d) break;
        }
        if (run < n || (k + n < nd && dh[k + n].start <= dh[k + n - 1].end + 2)) return -1; /* (no more of them) */
        return k + (i - a);
    }
    return -1;
}

/* "Sessions of the CDM and the CSSC will take place in Dushanbe on 27 and 29 April": two meetings joined, and one
 * date of two days joined by "and" (lexicon and; not a range's "to" or dash) a few words after them, its first day
 * the first one's, its last the second's. Which of the two meeting i is (0 or 1), or -1. */
static int day_pair_part(const ctx *c, const group *out, int no, int i, const date_hit *d)
{
    int a, b;
    coordinated_run(c, out, no, i, &a, &b);
    if (b - a != 1 || !d->last || !d->date.d || d->start < out[b].end || d->start > out[b].end + 8) return -1;
    for (size_t k = d->start; k < d->end; k++)
        if (lex(c, k, d->end, LX_AND, NULL)) return i - a;
    return -1;
}

/* Whether [a, b) is a run of words, no sign between (one clause), and not empty. */
static int words_between(const ctx *c, size_t a, size_t b)
{
    if (a >= b) return 0;
    for (size_t k = a; k < b; k++)
        if (c->tl->t[k].kind != TOK_WORD) return 0;
    return 1;
}

static int mention_date(const ctx *c, size_t s, size_t e, const group *out, int no, int i, const date_hit *dh, int nd)
{
    size_t head = premod_start(c, s, out[i].pos);
    int ref = reference_mention(c, s, &out[i]);
    /* "After the Minsk summit X is expected to travel to St. Petersburg in late December", «После саммита ...»:
     * the sentence opens with the meeting as its point in time, the date is of what follows it */
    if (!ref) ref = after_point(c, s, &out[i]);
    int pp = postponed_date(c, s, &out[i], dh, nd);
    if (pp >= 0) return pp;
    int rd = respective_date(c, out, no, i, dh, nd);
    if (rd >= 0) return rd;
    int planned = planned_mod_before(c, s, out[i].pos);
    int best = -1, after_only = planned &&
                                ((out[i].pos > s + 2 && lex_in(c, out[i].pos - 3, out[i].pos, LX_RELATIVE_MOD)) ||
                                 (head > s + 2 && lex_in(c, head - 3, head, LX_RELATIVE_MOD)));
    int tail = out[i].end > out[i].pos && lex(c, out[i].end - 1, out[i].end, LX_AND, NULL); /* its end took ", and" */
    /* «Завтра, 1 августа, Бакиеву исполняется 60 лет — участники саммита поздравят юбиляра», "the participants of
     * the summit will ...": the meeting named as whose participants they are takes a date right after it only */
    int of_participants = lex_ends_at(c, s, head, 3, LX_PARTICIPANTS_OF);
    /* "In October, X, who had chaired the Bishkek summit, resigned": a mention inside a relative clause set off
     * by commas takes no date from outside it */
    size_t ra = out[i].pos, rb = out[i].end;
    while (ra > s && !is(c, ra - 1, ",")) ra--;
    while (rb < e && !is(c, rb, ",")) rb++;
    int aside = ra > s && rb < e && lex(c, ra, e, LX_RELATIVE_PRONOUN, NULL);
    /* "... were submitted to the Collective Security Council, whose meeting will take place on November 23",
     * «..., заседание которого пройдет 23 ноября»: the clause right after the aside is of the mention's own
     * meeting, and dates it up to its next comma */
    size_t own_to = rb, w;
    if (aside && ((is(c, rb + 1, "whose") && lex(c, rb + 2, e, LX_MEETING_NOUN, NULL)) ||
                  (lex(c, rb + 1, e, LX_MEETING_NOUN, &w) && (is(c, w, "которого") || is(c, w, "которой")))))
        for (own_to = rb + 1; own_to < e && !is(c, own_to, ",");) own_to++;
    for (int k = 0; k < nd; k++) {
        if (!dh[k].date.y && !dh[k].date.d && !dh[k].date.m) continue;
        /* (not a date earlier in their own clause, words only between: «сегодня в Минске участники заседания
         * ... обсудят») */
        if (of_participants && !date_right_after(c, &out[i], dh[k].start) && !words_between(c, dh[k].end, head))
            continue;
        if (aside && (dh[k].end <= ra || dh[k].start >= own_to)) continue;
        size_t at = c->tl->t[dh[k].start].start;
        if (at >= c->a->dateline_start && at < c->a->dateline_end) continue; /* "DUSHANBE, June 14 –": the report's date */
        /* "Secretary General from January 1, 2017": when a term begins, not a meeting's day */
        if (effective_date(c, s, &dh[k]) || historic_signing_date(c, s, &dh[k]) || titled_doc_date(c, s, &dh[k])) continue;
        if (first_set_date(c, s, dh, nd, k)) continue; /* "originally scheduled for May 23, will be held on May 30" */
        if (date_in_aside(c, s, &out[i], &dh[k])) continue;
        if (quoted_apart(c, s, e, dh[k].start, out[i].pos)) continue;
        if (date_of_other_event(c, s, &out[i], &dh[k])) continue;
        if (date_of_other_noun(c, &out[i], &dh[k], e)) continue;
        if (dh[k].end <= out[i].pos && decided_on(c, s, &out[i], &dh[k])) continue;
        /* "Putin arrived in Astana on Wednesday for a two-day visit that culminated in the summit",
         * «прибыл в Бишкек еще в среду, совместив саммит с визитом»: when he came (lexicon arrived up
         * to six words before the date: a place and an "already" between), not the meeting's day */
        int arrival = 0;
        for (size_t a = dh[k].start > s + 6 ? dh[k].start - 6 : s; a < dh[k].start && !arrival; a++)
            arrival = lex(c, a, dh[k].start, LX_ARRIVED, NULL) && !(out[i].pos >= a && out[i].pos < dh[k].start);
        /* «Путин в среду приехал в Минск, где пройдет сессия»: the verb right after the date */
        arrival |= lex(c, dh[k].end, e, LX_ARRIVED, NULL) && dh[k].end < out[i].pos;
        if (arrival && dh[k].start < out[i].pos) continue;
        /* "The summit was preceded on Tuesday by a joint meeting": the date after "preceded" is the
         * meeting's that comes first, not the subject's */
        if (dh[k].start >= out[i].end && dh[k].start <= out[i].end + 4) {
            size_t b = dh[k].start, a = dh[k].end;
            if (b > out[i].end && is(c, b - 1, "on")) b--;
            /* (set off by commas: "The summit was preceded, on October 13, by a joint session") */
            if (b > out[i].end && is(c, b - 1, ",") && is(c, a, ",")) b--, a++;
            if (b > out[i].end && (is(c, b - 1, "preceded") || is(c, b - 1, "followed")) && is(c, a, "by")) continue;
        }
        if (since_between(c, out[i].end, &dh[k])) continue;
        /* "to submit by February 1, 2011 the draft plan on implementation of decisions of the session": a time
         * limit before the meeting named (lexicon deadline right before the date), not its day */
        if (dh[k].end <= out[i].pos && lex_ends_at(c, s, dh[k].start, 3, LX_DEADLINE)) continue;
        /* «встреча проводится в армянской столице, поскольку в текущем году председательство принадлежит
         * Армении», "because Armenia chairs the bloc this year": the date of the reason, a chairmanship's */
        if (dh[k].start >= out[i].end && lex_in(c, out[i].end, dh[k].start, LX_REASON) && lex_in(c, dh[k].end, e, LX_CHAIRMANSHIP))
            continue;
        /* "an informal summit dominated by questions about why the alliance stood aside while ethnic violence
         * engulfed southern Kyrgyzstan in June": a date past a clause of another event (lexicon other_clause) */
        if (dh[k].start >= out[i].end && other_clause_before(c, out[i].end, dh[k].start) &&
            !date_right_after(c, &out[i], dh[k].start))
            continue;
        /* "Ahead of the summit, on 22 November, ... a joint session": the summit is a point of reference,
         * dated only by a date right after it ("ahead of the summit on 23 November") */
        if (ref && !date_right_after(c, &out[i], dh[k].start) && !(dh[k].start >= head && dh[k].start < out[i].pos))
            continue; /* (or its own: "ahead of next week's summit") */
        if (reference_dated_otherwise(c, s, &out[i], &dh[k])) continue;
        /* "said on Monday", "told reporters on Wednesday": when it was said, not when they meet */
        int spoken = 0;
        for (size_t q = dh[k].start > s + 4 ? dh[k].start - 4 : s; q < dh[k].start; q++)
            if (lex(c, q, dh[k].start, LX_SPEECH, NULL)) spoken = 1;
            else if (spoken && (is(c, q, "that") || is(c, q, "что") || is(c, q, ","))) spoken = 0; /* "noted that on 15 September, X was held", «Как отметил X, в конце июня ...» */
        if (lex(c, dh[k].end, e, LX_SPEECH, NULL)) spoken = 1; /* «об этом в понедельник сообщил его пресс-секретарь» */
        if (dh[k].end <= out[i].pos && speech_then_that(c, dh[k].end, out[i].pos) < out[i].pos) spoken = 1;
        /* "X told reporters on the sidelines of the summit that exercises would be held in October": a date
         * of what was said, after the mention */
        size_t that = dh[k].start >= out[i].end ? speech_then_that(c, s, dh[k].start) : dh[k].start;
        int said_after = that < dh[k].start && that >= out[i].end &&
                         !(that == out[i].end && is(c, that, "that") && /* (not "the summit that took place on ...") */
                           (lex(c, that + 1, e, LX_TAKES_PLACE, NULL) || lex(c, that + 1, e, LX_PAST, NULL)));
        /* "X, who chaired the session of the Council, said Armenia could not sign ... in September": the
         * speaker's words, with no "that" */
        for (size_t q = out[i].end; !said_after && dh[k].start >= out[i].end && q < dh[k].start; q++)
            /* ... but not an aside: «Следующая сессия, как сообщил генсек, пройдет в 2006 году» */
            said_after = lex(c, q, dh[k].start, LX_SPEECH, NULL) && !(is(c, q - 1, "как") || is(c, q - 1, "as"));
        /* ... unless said as the meeting ended: "told reporters on Thursday following the session";
         * or the date qualifies the meeting noun itself: "told reporters after Friday's summit" */
        int own = dh[k].start >= head && dh[k].start < out[i].pos;
        /* ... or said at it: "declared Tuesday at a Moscow summit that ..." */
        size_t sa = dh[k].end + 1;
        if (sa < e && (is(c, sa, "a") || is(c, sa, "an") || is(c, sa, "the"))) sa++;
        int said_at = is(c, dh[k].end, "at") && sa <= out[i].pos && out[i].pos <= sa + 2; /* ("a Moscow summit") */
        if (spoken && !own && !said_at && !(out[i].pos > s && lex_in(c, head > s + 3 ? head - 3 : s, head, LX_AFTER_MEETING)))
            continue;
        if (said_after) continue;
        /* "the budget for 2024", «бюджет на 2024 год», "the Strategy until 2025", "the plan for the second half of
         * 2016": a period, no meeting's date; but "scheduled for 2024" and "for next year" are */
        size_t pw = date_precision(dh[k].date) == 1 && dh[k].start > s &&
                            (c->tl->t[dh[k].start].kind == TOK_NUM || lex(c, dh[k].start, e, LX_ORDINAL_WORD, NULL) ||
                             lex(c, dh[k].start, e, LX_YEAR_PART, NULL) || is(c, dh[k].start, "the"))
                        ? period_word_before(c, s, dh[k].start) : 0;
        if (pw) {
            size_t from = pw + 1 > s + 5 ? pw + 1 - 5 : s;
            if (!lex_in(c, from, pw, LX_PLANNED_VERB) && !lex_in(c, from, pw, LX_MEETING_VERB))
                continue;
        }
        /* a date belongs to the meeting named nearest to it ("the summit that was
         * preceded by meetings of the ministers on Wednesday": the ministers') */
        int mine = 1;
        /* ... but «В Бишкеке 27-28 мая пройдет неформальная встреча ..., и состоятся заседания СМИД, СМО и КССБ",
         * "the summit will be held on 27 May, and will take place meetings of ...": a clause of its own verb of
         * taking place and no date, joined by "and" after the dated one, shares its date */
        int joined = out[i].pos >= 2 && dh[k].end <= out[i].pos - 2 && lex(c, out[i].pos - 1, out[i].pos, LX_TAKES_PLACE, NULL) &&
                     lex(c, out[i].pos - 2, out[i].pos - 1, LX_AND, NULL);
        for (int q = 0; q < no && mine && !joined; q++)
            if (q != i && mention_dist(&out[q], dh[k].start, dh[k].end) < mention_dist(&out[i], dh[k].start, dh[k].end) &&
                !coordinated(c, &out[i], &out[q]) &&
                !(reference_mention(c, s, &out[q]) && !date_right_after(c, &out[q], dh[k].start)) &&
                !reference_dated_otherwise(c, s, &out[q], &dh[k]) &&
                !since_between(c, out[q].end, &dh[k]) && !date_ends_conjunct(c, &out[i], &out[q], &dh[k]) &&
                /* "X will meet in June, and in November Y will": a nearer mention across ", and" does not claim it */
                !(clause_between(c, &out[q], &dh[k]) && !clause_between(c, &out[i], &dh[k])))
                mine = 0;
        /* "X stayed away from the joint meeting in Minsk, and the following day Y skipped the Minsk summit": a date
         * that opens the clause after ", and" is the meeting's of that clause, however near this one is */
        for (int q = 0; q < no && mine; q++)
            if (q != i && out[q].pos >= dh[k].end && out[i].end <= dh[k].start && clause_between(c, &out[i], &dh[k]) &&
                !clause_between(c, &out[q], &dh[k]))
                mine = 0;
        /* "Yesterday, the CFM held its session ..., while the CDM met ...": a date that opens the
         * sentence before a comma is every meeting's that has none nearer */
        /* ("On November 8, 2018 in Astana, before the forthcoming meeting of the Council, a joint meeting ... was
         * held": its place between the date and the comma) */
        size_t de = dh[k].end;
        gaz_hit dc;
        if (lex(c, de, e, LX_PLACE_PREP, NULL) && gm(c, de + 1, e, G_CITY, -1, &dc) && is(c, dc.end, ",")) de = dc.end;
        int opens = dh[k].start <= s + 1 && is(c, de, ",") && !planned_mod_before(c, s, out[i].pos); /* not "the upcoming summit" */
        /* "met on Tuesday, a day before the leaders arrive for a summit": the summit's, counted on */
        if (!mine && !opens && !leading_date(c, e, out, no, i, &dh[k]) &&
            !(dh[k].end <= out[i].pos && days_before_between(c, dh[k].end, out[i].pos, out, no) > 0))
            continue;
        /* "... on April 30 and the meeting of the CSSC": a date that closes the conjunct before is not this one's */
        int earlier = 0;
        for (int q = 0; q < no && !earlier; q++)
            earlier = q != i && date_ends_conjunct(c, &out[q], &out[i], &dh[k]);
        if (earlier) continue;
        /* "On December 4, ahead of a session of the Assembly, X met ...": that date is X's */
        if (after_only && dh[k].start < head) continue;
        /* "Preparations for the visiting session of the Council ... were discussed yesterday", «Подготовку к
         * саммиту обсудили вчера»: a meeting to come takes no date past a verb of the past after it (what was done
         * about it then) */
        if (planned && dh[k].start >= out[i].end && !date_right_after(c, &out[i], dh[k].start) &&
            past_verb_last(c, out[i].end, dh[k].start))
            continue;
        if (best < 0) { best = k; continue; }
        /* a date of the mention's own clause first ("X takes over the chairmanship on January 1, and
         * the next summit will be held in Bishkek in 2025": 2025), then the most precise, then the nearest */
        /* ... but first a date right after the mention ("the session, which will be held in Dushanbe in
         * the autumn of this year": not the anniversary's 2022 named before it) */
        int rk = !tail && date_right_after(c, &out[i], dh[k].start), rb = !tail && date_right_after(c, &out[i], dh[best].start);
        if (rk != rb) { if (rk) best = k; continue; }
        int ck = !clause_between(c, &out[i], &dh[k]), cb = !clause_between(c, &out[i], &dh[best]);
        int pk = date_precision(dh[k].date) + (dh[k].date.d ? 1 : 0), pb = date_precision(dh[best].date) + (dh[best].date.d ? 1 : 0);
        long dk = labs((long)dh[k].start - (long)out[i].pos), db = labs((long)dh[best].start - (long)out[i].pos);
        if (ck > cb || (ck == cb && (pk > pb || (pk == pb && dk < db)))) best = k;
    }
    return best;
}

/* For a mention with no date of its own: the date of the meeting it is said
 * to precede ("will be held ahead of the summit on 28 November", "the summit
 * will be preceded by a joint session") at the month, or the day before for
 * "on the eve of".  Returns 1 and *out, or 0. */
static int heading_before(const ctx *c, size_t s, cdate *date, int *city);

/* Whether s stands under a chronicle's heading (heading_before) whose date has at least `precision`
 * (2: a month, 3: a day). */
static int under_heading(const ctx *c, size_t s, int precision)
{
    cdate hd;
    int hc;
    return heading_before(c, s, &hd, &hc) && date_precision(hd) >= precision;
}

static int relative_date(const ctx *c, size_t s, size_t e, const group *out, int no, int i, const date_hit *dh, int nd,
                         int planned, cdate *when)
{
    /* (not under a chronicle's heading of a day, when the sentence names no date: "Nov. 8, Astana. Before the
     * leaders meet, a joint session ... considers": the heading's day, not one counted from a summit named before) */
    if (!nd && under_heading(c, s, 3)) return 0;
    /* "The CFM met in Yerevan on October 13, on the eve of the CSTO summit": the summit named as the
     * point of reference is the day after the meeting named before it */
    if (reference_mention(c, s, &out[i])) {
        int eve = 0;
        for (size_t a = out[i].pos > s + 6 ? out[i].pos - 6 : s; a < out[i].pos; a++)
            eve |= is(c, a, "eve") || is(c, a, "накануне") || (a > s && is(c, a, "before") && is(c, a - 1, "day"));
        /* (a meeting named before it in the sentence first, then one found before it: out[] is in no order of
         * position) */
        for (int q = 2 * no; eve && q-- > 0;) {
            if (q % no == i || (q >= no ? out[q % no].pos > out[i].pos : q > i)) continue;
            int b = mention_date(c, s, e, out, no, q % no, dh, nd);
            if (b < 0 || date_precision(dh[b].date) < 2) continue;
            /* "will take place in November in Moscow, on the eve of the session of the Council": that month */
            *when = date_precision(dh[b].date) == 3 ? date_add_days(dh[b].date, 1) : dh[b].date;
            /* ... but the meeting it is the eve of, named before with its own day within a week after
             * («сессия СКБ состоится 2 декабря ... накануне саммита, 30 ноября»): that day */
            for (int m = c->x->nm; m-- > 0 && date_precision(dh[b].date) == 3;)
                if (c->x->m[m].bodies == out[i].mask && date_precision(c->x->m[m].date) == 3 &&
                    date_cmp(c->x->m[m].date, dh[b].date) > 0 && date_cmp(c->x->m[m].date, date_add_days(dh[b].date, 7)) <= 0) {
                    *when = c->x->m[m].date;
                    break;
                }
            return 1;
        }
        /* «В октябре 2007 года, накануне саммита ОДКБ в Душанбе, X и Y подписали меморандум»: no other meeting, the
         * month of what happened on the eve (a date to the month named before the word, in its clause) */
        for (int k = nd; eve && k-- > 0;) {
            if (dh[k].end > out[i].pos || date_precision(dh[k].date) != 2 || clause_between(c, &out[i], &dh[k])) continue;
            *when = dh[k].date;
            return 1;
        }
        /* «Наша встреча проходит накануне сессии СКБ», "our meeting is held on the eve of the summit": a bare meeting
         * noun before the word names the meeting held the report is about (the last named held, of a day, of other
         * bodies); the one it is the eve of is the day after */
        const x_meeting *cur = NULL;
        for (int k = c->x->nm; eve && !cur && k-- > 0;) {
            const x_meeting *o = &c->x->m[k];
            if (o->status == ST_HELD && o->bodies != out[i].mask && date_precision(o->date) == 3 && !o->guessed) cur = o;
        }
        if (cur)
            for (size_t a = s; a < out[i].pos; a++) {
                int covered = 0;
                for (int q = 0; q < no && !covered; q++) covered = a >= out[q].pos && a < out[q].end;
                if (!covered && lex(c, a, out[i].pos, LX_MEETING_NOUN, NULL)) {
                    *when = date_add_days(cur->date, 1);
                    return 1;
                }
            }
    }
    for (int q = 0; q < no; q++) {
        if (q == i) continue;
        int precedes = 0, eve = 0, back = 0; /* back: days before the other ("a week after": 7) */
        size_t k;
        if (out[q].pos > out[i].end && out[q].pos <= out[i].end + 16)
            for (size_t a = out[q].pos > out[i].end + 8 ? out[q].pos - 8 : out[i].end; a < out[q].pos; a++)
                if (lex(c, a, out[q].pos, LX_RELATIVE_MOD, &k) && (a + 5 >= out[q].pos || k + 3 >= out[q].pos) &&
                    /* (not a topic: "we focused on preparations for the CSTO Summit", "talked about preparations for") */
                    !(a > s && (is(c, a - 1, "on") || is(c, a - 1, "about")))) {
                    /* "ahead of the summit", "on the eve of the session", "in the run-up to the regular session" */
                    precedes = 1;
                    eve = is(c, a, "eve") || is(c, a + 2, "eve") || is(c, a, "накануне") || is(c, a, "канун") || is(c, a + 1, "канун");
                }
        if (out[i].pos > out[q].end && out[i].pos <= out[q].end + 14)
            for (size_t a = out[q].end; a < out[i].pos; a++)
                if (lex(c, a, out[i].pos, LX_PRECEDED_BY, &k)) {
                    precedes = 1;
                    /* "came one day after", "two days after", "a week after": that many days before */
                    for (size_t d = a; d < k; d++) {
                        int n = d > a && is(c, d - 1, "two") ? 2 : d > a && is(c, d - 1, "three") ? 3 : 1;
                        if (is(c, d, "day") || is(c, d, "days")) back = n;
                        if (is(c, d, "week")) back = 7 * n;
                    }
                }
        /* "On the eve of the summit, the ministers took part in a joint session" */
        if (out[q].end <= out[i].pos && reference_mention(c, s, &out[q])) {
            precedes = 1;
            for (size_t a = out[q].pos > s + 6 ? out[q].pos - 6 : s; a < out[q].pos; a++)
                eve |= is(c, a, "eve");
        }
        if (!precedes) continue;
        int b = mention_date(c, s, e, out, no, q, dh, nd);
        cdate qd = b >= 0 ? dh[b].date : (cdate){0, 0, 0};
        /* undated here: the meeting of those bodies the report names most ("The summit came one day
         * after a joint meeting", after an emergency session named once in passing), else last; one
         * still to come for a meeting still to come ("a joint meeting will take place on the eve of
         * the summit", not the last session, named in passing) */
        if (b < 0) {
            int best = -1, want = planned ? ST_PLANNED : ST_HELD;
            for (int k = 0; k < c->x->nm; k++) {
                const x_meeting *o = &c->x->m[k];
                if (o->bodies != out[q].mask) continue;
                int fits = o->status == want, best_fits = best >= 0 && c->x->m[best].status == want;
                if (best < 0 || fits > best_fits || (fits == best_fits && o->ev.n >= c->x->m[best].ev.n)) best = k;
            }
            if (best >= 0) qd = c->x->m[best].date;
        }
        /* (a year alone: "in the run-up to the regular session of the CSC, which Armenia is to host in the autumn") */
        if (!qd.m && !(qd.y && planned && b >= 0)) continue;
        *when = qd;
        if (eve && !back) back = 1;
        if (back && date_precision(*when) == 3) *when = date_add_days(*when, -back);
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

/* ---- the stage: a rule table ------------------------------------------ */

/* The meetings stage's state in one sentence [s, e). */
typedef struct mstate {
    ctx *c;
    size_t s, e;
    int nh;                /* how many of hits, below */
    int ng;                /* how many of gr, below */
    size_t noun_end;       /* R_NOUN: the end of the meeting noun at hand */
    int bare_noun, anaphor, indefinite; /* a meeting noun with no body; "the meeting"; "a meeting" (2: «провели заседание») */
    int dated_city;  /* the city right after a dated bare noun ("the session in Minsk"), or -1 */
    int dated_indefinite; /* that noun is indefinite ("an emergency session on January 10") */
    int dated_month_first; /* its month stands before it ("the December session in Moscow"): its own */
    int other_org_people; /* the people of another organisation are named ("leaders of the SCO"): a summit is theirs */
    int other_org_meeting; /* another organisation's meeting is named ("the SCO summit") */
    size_t bare_pos, anaphor_pos;
    unsigned people_met;   /* bodies of people with a meeting verb ("the ministers met") */
    size_t people_pos;
    const char *people_rule;
    int refer;             /* the meeting referred back to, or -1 */
    const char *refer_rule;
    size_t dated_pos, dated_end, dated_to; /* dated-bare-noun: the noun, and where its date ends */
    size_t dated_from;                     /* where its date starts (dated_end when after the noun) */
    const char *dated_rule;
    /* (last, and not cleared for each sentence: only the first nh and ng are read) */
    bhit hits[BODY_HITS];  /* the sentence's body mentions (annotate.c) */
    group gr[16];          /* the meeting mentions found so far */
} mstate;

/* A rule of the stage, tried at `at`: the meeting noun's token (R_NOUN),
 * the index of a body mention not yet taken (R_BODY), or the sentence's
 * start (R_SENTENCE, while no meeting is found).  Returns 1 when it
 * applies.  `rule` is its name in the table, what --explain prints. */
typedef int (*meeting_rule)(mstate *m, size_t at, const char *rule);
enum { R_NOUN, R_BODY, R_SENTENCE };

/* "five extraordinary sessions of the Council", "5 sessions", "several
 * meetings": meetings counted before the noun at i, not one of them */
static int counted(const ctx *c, size_t s, size_t i)
{
    size_t k = i, q;
    while (k > s && lex(c, k - 1, i, LX_MEETING_MOD, &q) && q <= i) k--;
    if (k == s) return 0;
    const token *t = &c->tl->t[k - 1];
    /* (not a date's day: "at the June 14 meeting in Moscow") */
    if (t->kind == TOK_NUM) return t->end - t->start <= 2 && atoi(t->norm) > 1 && !mention_at(&c->ms, MK_DATE, k - 1);
    return lex_ends_at(c, s, k, 3, LX_QUANTITY);
}

/* Whether the meeting noun [i, ne) is a plural that counts meetings: in
 * Russian, where «заседания» may be a genitive singular, a plural verb just
 * before it says so («прошли заседания СМИД и СМО», «пройдут заседания»); in English the noun's
 * "s" ("meetings", "sessions").  English is looser, though: "the summit was
 * preceded by meetings of defence and foreign ministers" is read as one
 * joint session, so the caller counts an English plural only before bodies
 * named by their names. */
static int plural_noun(const ctx *c, size_t s, size_t i, size_t ne)
{
    if (!cyrillic(c, ne - 1)) { /* "the meetings of the CFM and the CDM" */
        const char *w = c->tl->t[ne - 1].norm;
        size_t n = strlen(w);
        return n > 1 && w[n - 1] == 's';
    }
    /* past «прошли», «состоялись»; future and present «пройдут», «будут», «состоятся», «проходят» */
    static const char *const plural_verb[] = {"ли", "лись", "дут", "ятся", "утся", "ются", "ходят", NULL};
    for (size_t k = i > s + 3 ? i - 3 : s; k < i; k++)
        if (word_ends_any(c->tl->t[k].norm, plural_verb)) return 1;
    /* «мы будем проводить заседания советов ...», «провести заседания»: right after an infinitive the noun is its
     * object, an accusative plural (the genitive singular follows a noun: «проведение заседания») */
    static const char *const infinitive[] = {"ить", "ать", "ять", "еть", "сти", NULL};
    if (i > s && word_ends_any(c->tl->t[i - 1].norm, infinitive) && word_ends(c->tl->t[i].norm, "ия")) return 1;
    /* «на заседаниях СМИД и СМО», «к проведению заседаний СМИД, СМО и КССБ»: an oblique plural says so itself
     * (no meeting noun's singular ends in -ий or -ов) */
    static const char *const plural_case[] = {"ях", "ям", "ями", "ах", "ам", "ами", "ий", "ов", NULL};
    return word_ends_any(c->tl->t[ne - 1].norm, plural_case);
}

/* Whether the list of countries at k names every member state ("the
 * leaders of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and
 * Tajikistan"): the bloc's people, not some countries' (five of them are
 * as well the Eurasian Economic Union's); or every member but one while a
 * meeting of the bloc is the story's ("The recent CSTO Summit stood out ...
 * The leaders of Russia, Kazakhstan, Belarus, Tajikistan and Kyrgyzstan
 * gathered in Bishkek": one member stayed away).  A former member among them
 * ("Armenia, ..., Tajikistan and Uzbekistan", in 2008) is one of an earlier year's. */
static int every_member(const ctx *c, size_t k, size_t e)
{
    int members = 0, named = 0, last = -1;
    for (int i = 0; i < gaz_ncountries(c->g); i++) members += gaz_country(c->g, i)->member;
    gaz_hit h;
    while (k < e && gm(c, k, e, G_COUNTRY, -1, &h)) {
        if (never_member(c, h.val)) return 0; /* (a former member: the members of an earlier year) */
        named += gaz_country(c->g, h.val)->member && h.val != last; /* a list names each once */
        last = h.val;
        k = h.end;
        if (is(c, k, ",")) k++;
        if (lex(c, k, e, LX_AND, NULL)) k++;
    }
    return members && (named >= members || (named + 1 == members && named >= 3 && c->current >= 0));
}

/* The token after the list of countries at k ("Armenia, Belarus and Russia"): k when none is there. */
static size_t country_list_end(const ctx *c, size_t k, size_t e)
{
    gaz_hit h;
    int cs[16];
    if (!gm(c, k, e, G_COUNTRY, -1, &h)) return k;
    cs[0] = h.val;
    countries_listed(c, h.end, e, cs, 1, 16, &k);
    return k;
}

/* Whether the people a body hit names are of one country: "the foreign
 * ministers of Russia and Belarus" (no CFM meeting), in Russian a country in
 * the genitive right after («министров обороны России и Белоруссии»), which
 * is also a title of one person («глава МИД Армении Мирзоян»).  The
 * country's hit goes to *country (when not NULL). */
static int of_a_country(const ctx *c, const bhit *bh, size_t e, gaz_hit *country)
{
    gaz_hit own, *h = country ? country : &own;
    if (is(c, bh->end, "of")) {
        size_t k = bh->end + 1 + is(c, bh->end + 1, "the");
        return gm(c, k, e, G_COUNTRY, -1, h) && !every_member(c, k, e);
    }
    if (!cyrillic(c, bh->start) || !gm(c, bh->end, e, G_COUNTRY, -1, h) || every_member(c, bh->end, e)) return 0;
    /* (not «глав государств-членов ОДКБ Республики Казахстан, Кыргызской Республики ... и Республики Таджикистан»: the
     * CSTO's members named, two or more, are those present) */
    int csto = gaz_org_index(c->g, "CSTO");
    gaz_hit oh;
    for (size_t k = bh->start; k < bh->end; k++)
        if (gm(c, k, bh->end, G_ORG, -1, &oh) && oh.val == csto) return country_list_end(c, bh->end, e) <= h->end;
    return 1;
}

/* A body named in brackets after words that name none: «Заседание совета
 * министров ОДКБ (СМИД ОДКБ)», "a meeting of the council of ministers
 * (CFM)".  From token `from`, words only (at most 10), then "(" BODY ")".
 * Returns the hit and sets *after to the token after ")", or NULL. */
static bhit *bracketed_body(const ctx *c, size_t from, size_t e, bhit *hits, int nh, size_t *after)
{
    for (size_t k = from; k < e && k < from + 10; k++) {
        if (is(c, k, "(")) {
            bhit *bh = hit_at(hits, nh, skip_body_prefix(c, k + 1, e, (bhit *)hits, nh));
            if (!bh) return NULL;
            size_t q = skip_body_suffix(c, bh->end, e);
            if (!is(c, q, ")")) return NULL;
            *after = q + 1;
            return bh;
        }
        if (c->tl->t[k].kind != TOK_WORD) return NULL;
    }
    return NULL;
}

static int org_after(const ctx *c, size_t start, size_t end, size_t e);

/* Whether the meeting noun at i is said to be joint ("a joint meeting", «совместное заседание»). */
static int joint_noun(const ctx *c, size_t s, size_t i)
{
    for (size_t k = premod_start(c, s, i); k < i; k++)
        if (is(c, k, "joint") || strncmp(c->tl->t[k].norm, "совместн", strlen("совместн")) == 0) return 1;
    return 0;
}

/* "a joint meeting of the CFM, the CDM and the CSSC", "CSTO Council of
 * Foreign Ministers meeting", "the PA Council's Minsk session" */
static int meeting_of_body(mstate *m, size_t i, const char *rule)
{
    ctx *c = m->c;
    size_t e = m->e, ne = m->noun_end;
    bhit *hits = m->hits;
    int nh = m->nh;
    gaz_hit h;
    unsigned mask = 0;
    int people = 0; /* a body on the right named by its people ("meetings of defence and foreign ministers") */
    /* left: "CSTO Council of Foreign Ministers meeting" */
    for (int k = 0; k < nh; k++)
        if ((hits[k].kind != BK_PEOPLE || is(c, hits[k].end, "'") || is(c, hits[k].end, "'s")) && /* "the foreign ministers' session" */
            hits[k].end <= i && hits[k].end + 6 >= i &&
            only_meeting_modifiers(c, hits[k].end, i)) { /* "the PA Council's Minsk session" */
            mask |= 1u << hits[k].body;
            hits[k].used = 1;
        }
    /* right: "meeting of [the] BODY[, BODY] and BODY" */
    size_t j = ne;
    /* "a joint meeting in Yerevan of the foreign and defence ministers", "a meeting on Tuesday in Yerevan
     * of the bloc's foreign and defence ministers": a date, a place or both between noun and "of" */
    size_t j2 = j, d = mentions_from(&c->ms, MK_DATE, j);
    if (d < c->ms.n[MK_DATE] && (c->ms.v[MK_DATE][d].start == j || (is(c, j, "on") && c->ms.v[MK_DATE][d].start == j + 1)))
        j2 = c->ms.v[MK_DATE][d].end;
    if (is(c, j2, "in") && gm(c, j2 + 1, e, G_CITY, -1, &h)) j2 = h.end;
    /* "chaired a meeting, via videoconference, of the Collective Security Council": a short aside (or between
     * dashes: "Friday's meetings—in Yerevan—of the Council of Foreign Ministers") */
    if (j2 == j && (is(c, j, ",") || is(c, j, "-"))) {
        const char *mark = is(c, j, ",") ? "," : "-";
        size_t q = j + 1;
        while (q < e && q < j + 5 && !is(c, q, mark)) q++;
        if (q > j + 1 && is(c, q, mark)) j2 = q + 1;
    }
    if (j2 > j && is(c, j2, "of") && hit_at(hits, nh, skip_body_prefix(c, j2 + 1, e, hits, nh))) j = j2;
    /* («по итогам заседания в Минске Совета министров иностранных дел»: a city between the Russian noun and the body
     * in the genitive, or in capitals, as an abbreviation; not «... заседания в Минске Совет министров утвердил») */
    if (j2 == j && cyrillic(c, i) && (is(c, j, "в") || is(c, j, "во")) && gm(c, j + 1, e, G_CITY, -1, &h) &&
        genitive_body_at(c, h.end, e, hits, nh))
        j = h.end;
    /* («в ходе внеочередного заседания в формате СМИД ОДКБ»: the body whose format the meeting has) */
    if (j2 == j && cyrillic(c, i) && is(c, j, "в") && is(c, j + 1, "формате") && genitive_body_at(c, j + 2, e, hits, nh))
        j += 2;
    /* "the meetings of the statutory bodies — the CFM, the CDM and the CSC" (lexicon statutory, then a dash or a
     * colon): the bodies after it */
    size_t sq;
    int listed = 0;
    if (lex(c, j + is(c, j, "of"), e, LX_STATUTORY, &sq) && (is(c, sq, "-") || is(c, sq, ":")) &&
        hit_at(hits, nh, skip_body_prefix(c, sq + 1, e, hits, nh)))
        j = sq + 1, listed = 1;
    /* «заседание СМИД, СМО и КССБ»: Russian names the body in the genitive, with no "of" */
    int ru_noun = ne > i && (unsigned char)c->tl->t[i].norm[0] >= 0xD0 && (unsigned char)c->tl->t[i].norm[0] <= 0xD1;
    int genitive = !is(c, j, "of") && ru_noun && hit_at(hits, nh, skip_body_prefix(c, j, e, hits, nh));
    size_t after;
    bhit *br = (is(c, j, "of") || ru_noun) && !hit_at(hits, nh, skip_body_prefix(c, j + is(c, j, "of"), e, hits, nh))
                   ? bracketed_body(c, j + is(c, j, "of"), e, hits, nh, &after) : NULL;
    if (br && br->kind != BK_PEOPLE) {
        mask |= 1u << br->body;
        br->used = 1;
        j = after;
    } else if (is(c, j, "of") || genitive || listed) {
        if (!genitive && !listed) j++;
        size_t body_end = j;
        /* "the sessions of the Council and of the Parliamentary Assembly": the council named bare is the
         * Assembly's own (lexicon body_anaphor), the body after "and of" the one that meets */
        size_t ba;
        if (!hit_at(hits, nh, skip_body_prefix(c, j, e, hits, nh)) && lex(c, j, e, LX_BODY_ANAPHOR, &ba) &&
            lex(c, ba, e, LX_AND, NULL) && is(c, ba + 1, "of") && hit_at(hits, nh, skip_body_prefix(c, ba + 2, e, hits, nh)))
            j = ba + 2;
        for (;;) {
            size_t k = skip_body_prefix(c, j, e, hits, nh);
            bhit *bh = hit_at(hits, nh, k);
            if (!bh) break;
            if (bh->kind == BK_PEOPLE && of_a_country(c, bh, e, NULL)) break;
            /* "the joint meeting of the CFM, the CDM and the CSSC and the summit": a meeting noun ("summit") is
             * another meeting, joined by "and", not a body of this one */
            if (bh->kind == BK_MEETING && mask) {
                j = body_end; /* (the "and" joins the two meetings) */
                break;
            }
            /* «По итогам сессии главы государств договорились ...»: people followed by a plural past verb are
             * its subject (the nominative «главы»), not the session's genitive */
            if (genitive && bh->kind == BK_PEOPLE) {
                size_t v = skip_body_suffix(c, bh->end, e);
                if (v < e && ru_past_plural(c, v)) break;
            }
            for (int q = 0; q < nh; q++) /* every body named there ("defence and foreign ministers") */
                if (hits[q].start == k) { mask |= 1u << hits[q].body; hits[q].used = 1; people |= hits[q].kind == BK_PEOPLE; }
            j = body_end = skip_body_suffix(c, bh->end, e);
            size_t n2 = j;
            if (is(c, n2, ",")) n2++;
            if (lex(c, n2, e, LX_AND, NULL)) n2++;
            else if (is(c, n2, "as") && is(c, n2 + 1, "well") && is(c, n2 + 2, "as")) n2 += 3;
            /* «совместное заседание СМИД – СМО – КССБ»: the bodies of a joint session joined by dashes */
            else if (n2 == j && is(c, n2, "-") && hit_at(hits, nh, skip_body_prefix(c, n2 + 1, e, hits, nh))) n2++;
            if (n2 == j) break;
            j = n2;
        }
    }
    if (counted(c, m->s, i)) return 1; /* its bodies are taken: no meeting of theirs here */
    if (!mask) return 0;
    /* "the meeting of the Council of Heads of State of the member states of the SCO", "the meeting of the SCO
     * Council of Heads of State": the SCO's council */
    size_t bstart = ne, oq;
    while (bstart < j && (is(c, bstart, "of") || is(c, bstart, "the"))) bstart++;
    if (j > ne && (org_after(c, i, j, e) || (other_org_at(c, bstart, e, &oq) && oq < j))) {
        c->other_nm = c->x->nm;
        return 1;
    }
    /* "... will be held in Bishkek on November 27 jointly with the CDM and the CSSC": one joint meeting */
    size_t q;
    /* (past its date, place and chair: «прошло в ноябре прошлого года в Бишкеке под председательством министра
     * иностранных дел Кыргызстана Чингиза Айдарбекова -- совместно с СМО и КССБ») */
    for (size_t a = j > ne ? j : ne; a < e && a < (j > ne ? j : ne) + 24 && !lex(c, a, e, LX_CLAUSE, NULL); a++) {
        if (!lex(c, a, e, LX_JOINTLY, &q)) continue;
        for (;;) {
            size_t k = skip_body_prefix(c, q, e, hits, nh);
            bhit *bh = hit_at(hits, nh, k);
            if (!bh || bh->kind == BK_MEETING || !body_group_same(c, __builtin_ctz(mask), bh->body)) break;
            mask |= 1u << bh->body;
            bh->used = 1;
            q = skip_body_suffix(c, bh->end, e);
            if (is(c, q, ",")) q++;
            if (!lex(c, q, e, LX_AND, NULL) && !is(c, q - 1, ",")) break;
            if (lex(c, q, e, LX_AND, NULL)) q++;
        }
        break;
    }
    /* «предусмотрено проведение заседаний уставных органов – СМИД, СМО и КССБ не реже двух раз в год», "meetings of
     * the CFM are held twice a year": how often the bodies meet (lexicon frequency in the clause after them), no one
     * meeting */
    if (plural_noun(c, m->s, i, ne)) {
        size_t from = j > ne ? j : ne;
        for (size_t a = from; a < e && a < from + 16 && !is(c, a, ";") && !lex(c, a, e, LX_CLAUSE, NULL); a++)
            if (lex(c, a, e, LX_FREQUENCY, NULL)) return 1;
    }
    /* «прошли заседания СМИД и СМО», "the meetings of the Council of Foreign Ministers and the Council
     * of Defence Ministers": one each, unless joint («совместные») */
    /* (people named: "concurrent meetings of the foreign ministers, defence ministers and secretaries", said apart by
     * lexicon separately right before the noun) */
    int apart = i > m->s && lex(c, i - 1, i, LX_SEPARATELY, NULL);
    if (__builtin_popcount(mask) >= 2 && plural_noun(c, m->s, i, ne) && (cyrillic(c, ne - 1) || !people || apart)) {
        if (!joint_noun(c, m->s, i)) {
            add_each(m->gr, &m->ng, mask, i, j > ne ? j : ne, rule);
            return 1;
        }
    }
    /* «выступая на совместном заседании СМИД ОДКБ» after «совместном заседании СМИД, СМО и КССБ»: a joint meeting
     * with one body named is the joint one named before that holds it */
    if (__builtin_popcount(mask) == 1 && joint_noun(c, m->s, i)) {
        unsigned joint = 0;
        int kinds = 0; /* (two joint meetings of other bodies: which one is not said) */
        for (int k = 0; k < c->x->nm; k++)
            if ((c->x->m[k].bodies & mask) && __builtin_popcount(c->x->m[k].bodies) >= 2 && c->x->m[k].bodies != joint)
                joint = c->x->m[k].bodies, kinds++;
        if (kinds == 1) mask = joint;
    }
    add_group(m->gr, &m->ng, 16, mask, i, j > ne ? j : ne, rule);
    return 1;
}

/* dated-bare-noun: the noun at i, its date in [from, to) (from is the noun's end when the date is after it). */
static void dated_at(mstate *m, size_t i, size_t from, size_t to, const char *rule)
{
    m->dated_pos = i;
    m->dated_end = m->noun_end;
    m->dated_from = from;
    m->dated_to = to;
    m->dated_rule = rule;
}

/* "they signed the Charter at a session in Chisinau in October 2002": a
 * meeting noun with no body, then its own place and a date.  Noted here
 * (the noun stays bare for the rules of the sentence); once the sentence's
 * other mentions are found, dated_bare_resolve makes it another meeting of
 * the bodies of the meeting named before it in the sentence, or of the one
 * last named when its date is another (a session of theirs, cited with its
 * date). */
static int dated_bare_noun(mstate *m, size_t i, const char *rule)
{
    ctx *c = m->c;
    size_t e = m->e, k = m->noun_end;
    gaz_hit h;
    if (m->dated_rule) return 0;
    /* "the decisions of the session of November 2018 in Astana": the date first */
    size_t dd = mentions_from(&c->ms, MK_DATE, k + 1);
    if (is(c, k, "of") && dd < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][dd].start == k + 1 &&
        c->dates[c->ms.v[MK_DATE][dd].value].date.y && is(c, c->ms.v[MK_DATE][dd].end, "in") &&
        gm(c, c->ms.v[MK_DATE][dd].end + 1, e, G_CITY, -1, &h)) {
        dated_at(m, i, m->noun_end, h.end, rule);
        return 0;
    }
    /* "On August 23, they held an extraordinary session by videoconference": an indefinite noun in a
     * sentence that opens with its date */
    size_t d0 = mentions_from(&c->ms, MK_DATE, m->s);
    if (i > m->s + 1 && (is(c, i - 1, "a") || is(c, i - 1, "an") || is(c, i - 2, "a") || is(c, i - 2, "an")) &&
        d0 < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][d0].end < i &&
        (c->ms.v[MK_DATE][d0].start == m->s || (c->ms.v[MK_DATE][d0].start == m->s + 1 && (is(c, m->s, "on") || is(c, m->s, "in"))))) {
        dated_at(m, i, c->ms.v[MK_DATE][d0].start, c->ms.v[MK_DATE][d0].end, rule);
        return 0;
    }
    /* the date right after the noun's preposition, if any */
    size_t dn = mentions_from(&c->ms, MK_DATE, k + 1);
    const mention *dm = dn < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][dn].start == k + 1 ? &c->ms.v[MK_DATE][dn] : NULL;
    cdate when = dm ? c->dates[dm->value].date : (cdate){0, 0, 0};
    /* "including an emergency session on January 10, chaired by X": an indefinite noun, its day right after it */
    if (dm && is(c, k, "on") && i > m->s + 1 && (is(c, i - 1, "a") || is(c, i - 1, "an") || is(c, i - 2, "a") || is(c, i - 2, "an")) &&
        date_precision(when) == 3) {
        dated_at(m, i, dm->start, dm->end, rule);
        m->dated_indefinite = 1;
        return 0;
    }
    /* "for the first time since the Bishkek session in November 2019": a city before the noun, its month or day
     * right after it ("in", "of" or "on") */
    if (dm && i > m->s && (is(c, k, "in") || is(c, k, "of") || is(c, k, "on")) && date_precision(when) >= 2 && when.y) {
        size_t ci = i;
        while (ci > m->s && ci + 3 > i && !gm(c, ci - 1, i, G_CITY, -1, &h)) ci--;
        if (ci > m->s && gm(c, ci - 1, i, G_CITY, -1, &h) && h.end == i) {
            dated_at(m, i, dm->start, dm->end, rule);
            m->dated_city = h.val;
            return 0;
        }
    }
    if (!(is(c, k, "in") || is(c, k, "в")) || !gm(c, k + 1, e, G_CITY, -1, &h)) return 0;
    /* "the decisions taken at the December session in Moscow": its month right before the noun, its place after
     * (or its day: "refused to show up at the June 14 meeting in Moscow") */
    size_t dp = mentions_from(&c->ms, MK_DATE, i > m->s + 3 ? i - 3 : m->s);
    for (; dp < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][dp].end < i; dp++) {}
    if (dp < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][dp].end == i && c->ms.v[MK_DATE][dp].start + 3 > i &&
        c->dates[c->ms.v[MK_DATE][dp].value].date.m && !c->tl->t[i].cap) { /* (its year the report's, resolved later) */
        dated_at(m, i, c->ms.v[MK_DATE][dp].start, h.end, rule);
        m->dated_city = h.val;
        m->dated_month_first = 1;
        return 0;
    }
    /* «В ноябре 2023 года он не приехал на сессию в Минск», "In November 2023 he skipped the session in
     * Minsk": the sentence's date before the noun, no other meeting between (dated_bare_resolve) */
    const mention *before = NULL;
    for (size_t d = mentions_from(&c->ms, MK_DATE, m->s); d < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][d].end <= i; d++)
        before = &c->ms.v[MK_DATE][d];
    if (before && c->dates[before->value].date.y && c->dates[before->value].date.m) {
        dated_at(m, i, before->start, h.end, rule);
        m->dated_city = h.val;
        return 0;
    }
    size_t to = h.end + 4 < e ? h.end + 4 : e;
    for (size_t d = mentions_from(&c->ms, MK_DATE, h.end); d < c->ms.n[MK_DATE]; d++) {
        const mention *dm = &c->ms.v[MK_DATE][d];
        if (dm->start >= to) break;
        if (c->dates[dm->value].date.y) {
            dated_at(m, i, m->noun_end, to, rule);
            m->dated_city = h.val;
            break;
        }
    }
    return 0;
}

/* Whether "since" stands a few words before pos (a meeting noun), no comma after it: "has chaired the CSTO
 * since the Moscow session of September 5", "for the first time since the Bishkek session in November 2019":
 * the meeting is named as the point in time since which. */
static int since_right_before(const ctx *c, size_t s, size_t pos)
{
    int since = 0;
    for (size_t k = pos > s + 4 ? pos - 4 : s; k < pos; k++)
        if (is(c, k, ",")) since = 0;
        else if (is(c, k, "since")) since = 1;
    return since;
}

/* The meeting named before (not the one in focus) whose date a mention's date [from, to) agrees with, at
 * least as precise ("the decisions of the session of the CSC held in Moscow on December 19, 2012 ... since the
 * Moscow session of December 2012"), or -1. */
static int named_before_on(const ctx *c, size_t from, size_t to)
{
    size_t d = mentions_from(&c->ms, MK_DATE, from);
    if (d >= c->ms.n[MK_DATE] || c->ms.v[MK_DATE][d].start >= to) return -1;
    cdate when = c->dates[c->ms.v[MK_DATE][d].value].date;
    if (date_precision(when) < 2) return -1;
    for (int k = c->x->nm; k-- > 0;)
        if (k != c->current && date_compatible(c->x->m[k].date, when) && date_precision(c->x->m[k].date) >= date_precision(when))
            return k;
    return -1;
}

static void dated_bare_resolve(mstate *m)
{
    ctx *c = m->c;
    if (!m->dated_rule) return;
    unsigned bodies = 0;
    size_t before = 0;
    int found = 0;
    /* "At a session in Moscow on 14 May 2002 the Collective Security Council decided ...": a noun that opens the
     * sentence after "at" is the session of the body the sentence goes on to name */
    size_t p = m->dated_pos, s = m->s;
    int opener = (p == s + 2 && is(c, s, "at") &&
                  (is(c, s + 1, "a") || is(c, s + 1, "an") || is(c, s + 1, "its") || is(c, s + 1, "the"))) ||
                 (p == s + 1 && is(c, s, "на"));
    for (int g = 0; g < m->ng; g++) {
        if (m->gr[g].pos <= m->dated_pos && m->dated_pos < m->gr[g].end) return; /* a rule took the noun */
        if (m->gr[g].pos < m->dated_pos && m->gr[g].pos >= before) { bodies = m->gr[g].mask; before = m->gr[g].pos; found = 1; }
        if (opener && m->gr[g].pos > m->dated_pos) return;
    }
    /* the one before has a date of its own, between it and the noun ("met in Moscow in May 2002, and ...
     * at a session in Chisinau in October 2002"); else the noun is its ("the Assembly held a session in
     * St Petersburg on 28 November") */
    /* (but "met in Dushanbe ... for the first time since the Bishkek session in November 2019": one named as the
     * point since which, with its own date, is another) */
    if (found && !(since_right_before(c, m->s, m->dated_pos) && m->dated_from > m->dated_pos)) {
        size_t d = mentions_from(&c->ms, MK_DATE, before);
        if (d >= c->ms.n[MK_DATE] || c->ms.v[MK_DATE][d].start >= m->dated_pos) return;
    }
    /* none before in the sentence: "a session in X in DATE" (indefinite: another one) whose date is not
     * that of the meeting last named ("the session in Dushanbe in 2021", definite, may be anyone's) */
    /* ... or one placed elsewhere than that one ("the session in Minsk" after the summit in Yerevan) */
    int elsewhere = c->current >= 0 && m->dated_city >= 0 && c->x->m[c->current].city >= 0 &&
                    c->x->m[c->current].city != m->dated_city;
    /* ("Their meetings since then have been held by video link, including an emergency session on January 10":
     * another noun than the one that referred back) */
    /* ("the decisions taken at the December session in Moscow": a month of its own before the noun, another than
     * the meeting last named) */
    if (!found &&
        (m->dated_month_first ||
         ((m->refer < 0 || (m->dated_indefinite && m->dated_pos != m->bare_pos)) &&
          (m->indefinite || m->dated_indefinite || elsewhere || outcome_of_before(c, m->s, m->dated_pos)))) &&
        c->current >= 0 && dated_otherwise(c, m->dated_from, m->dated_to, c->current)) {
        int k = named_before_on(c, m->dated_from, m->dated_to);
        bodies = c->x->m[k >= 0 ? k : c->current].bodies;
    }
    /* «на сессии в Ереване в 2016 году» after the ministers' «заседание»: «сессия» alone (lexicon csc_session)
     * is the heads of state's (as in refers_back) */
    int csc = gaz_body_index(c->g, "CSC");
    if (bodies && !found && csc >= 0 && !(bodies & 1u << csc) && lex(c, m->dated_pos, m->e, LX_CSC_SESSION, NULL))
        bodies = 1u << csc;
    /* («визит в рамках поездок в государства-члены ОДКБ для подготовки к сессии в Минске осенью этого года»: with no
     * meeting named before in the article, «сессия» with its own place and date in a sentence naming the CSTO is
     * the heads of state's too) */
    if (!bodies && !found && c->x->nm == 0 && csc >= 0 && lex(c, m->dated_pos, m->e, LX_CSC_SESSION, NULL) &&
        csto_named(c, m->s, m->e))
        bodies = 1u << csc;
    /* not add_group: a second meeting of the same bodies in the sentence is this one's point */
    if (bodies && m->ng < 16) {
        m->gr[m->ng++] = (group){bodies, m->dated_pos, m->dated_end, m->dated_rule, 1, 0};
        m->refer = -1; /* (the noun that referred back told of meetings in general) */
    }
}

/* Whether the meeting or the people named at [start, end) are another
 * organisation's, named after them: "the summit of the Shanghai Cooperation
 * Organization", «саммит ШОС», "leaders of the SCO member states". */
/* Whether the CSTO's name stands in [start, end) ("the CSTO summit", «саммита Организации Договора о коллективной
 * безопасности»). */
static int csto_in(const ctx *c, size_t start, size_t end)
{
    gaz_hit oh;
    for (size_t k = start; k < end; k++)
        if (gm(c, k, end, G_ORG, -1, &oh) && oh.val == gaz_org_index(c->g, "CSTO")) return 1;
    return 0;
}
/* Whether "and" (lexicon and, «и») and the CSTO's name follow at q, an article between: "the summits of the
 * Eurasian Economic Community and the CSTO", «в саммитах ЕврАзЭС и ОДКБ» (the other organisation's members
 * between: "the summit of the CIS countries and the CSTO"). */
static int csto_joined(const ctx *c, size_t q, size_t e)
{
    size_t r;
    gaz_hit oh;
    int csto = gaz_org_index(c->g, "CSTO");
    /* ("the heads of state of the CIS Collective Security Treaty Organization": the CSTO right after, the other named
     * as where it comes from) */
    if (gm(c, q, e, G_ORG, -1, &oh) && oh.start == q && oh.val == csto) return 1;
    for (size_t k = q; k < e && k < q + 2 && c->tl->t[k].kind == TOK_WORD && !c->tl->t[k].cap && !lex(c, k, e, LX_AND, NULL); k++)
        q = k + 1; /* ("countries", "member states") */
    if (!lex(c, q, e, LX_AND, &r)) return 0;
    r += is(c, r, "the");
    return gm(c, r, e, G_ORG, -1, &oh) && oh.start == r && oh.val == csto;
}

static int org_after(const ctx *c, size_t start, size_t end, size_t e)
{
    size_t q;
    /* «Совета глав государств – членов Шанхайской организации сотрудничества», "the Council of Heads of
     * State of the member states of the SCO": past the member states */
    if (cyrillic(c, start) && is(c, end, "-") && is(c, end + 1, "членов")) end += 2;
    else if (is(c, end, "of") && is(c, end + 1, "the") && is(c, end + 2, "member") &&
             (is(c, end + 3, "states") || is(c, end + 3, "countries")))
        end += 4;
    /* «саммита Организации Договора о коллективной безопасности (ОДКБ) СНГ»: the CSTO named in the phrase owns
     * it; another organisation right after it only says where the CSTO comes from */
    int csto = csto_in(c, start, end);
    if (!csto &&
        ((is(c, end, "of") && other_org_at(c, end + 1, e, &q)) || (cyrillic(c, start) && other_org_at(c, end, e, &q))))
        return !csto_joined(c, q, e); /* (not "the summits of the EurAsEC and the CSTO": the CSTO's one of them) */
    /* "the informal summit of the heads of the CIS countries", "a summit of the leaders of the SCO member states":
     * past the people whose meeting it is, in lower-case words */
    if (!cyrillic(c, start) && is(c, end, "of"))
        for (size_t k = end + 1; k < e && k < end + 9; k++) {
            if (other_org_at(c, k, e, &q)) return is(c, k - 1, "of") || is(c, k - 1, "the");
            if (c->tl->t[k].kind != TOK_WORD || c->tl->t[k].cap || lex(c, k, e, LX_CLAUSE, NULL)) break;
        }
    return 0;
}

/* ... or named before them, in the sentence from s: "the SCO summit", "the SCO's leaders". */
static int org_before(const ctx *c, size_t s, size_t start)
{
    size_t q;
    for (size_t a = start > s + 6 ? start - 6 : s; a < start; a++)
        if (other_org_at(c, a, start, &q) && (q == start || (q + 1 == start && is(c, q, "'s")))) return 1;
    /* "where the Shanghai Cooperation Organization (SCO) held its summit in Tashkent": the other organisation is
     * the subject whose summit "its" is (no CSTO named between) */
    if (start > s && (is(c, start - 1, "its") || is(c, start - 1, "свой") || is(c, start - 1, "свою")))
        for (size_t a = start > s + 30 ? start - 30 : s; a + 1 < start; a++) {
            if (!other_org_at(c, a, start, &q)) continue;
            int csto = 0;
            for (size_t k = q; k < start && !csto; k++) csto = gm(c, k, start, G_ORG, -1, &(gaz_hit){0}) && !other_org_at(c, k, start, &(size_t){0});
            if (!csto) return 1;
        }
    return 0;
}

/* Whether the meeting or the people named at [start, end) of the sentence [s, e) are another
 * organisation's (org_after, org_before). */
static int of_other_org(const ctx *c, size_t s, size_t start, size_t end, size_t e)
{
    return org_after(c, start, end, e) || org_before(c, s, start);
}

static int pre_meeting(const ctx *c, size_t s, size_t n);

/* Whether a city of a state that never was a member names the summit at [start, end) of the sentence [s, e): before
 * it, in a list of cities ("the Vienna and Saint Petersburg summits on the Nagorno-Karabakh conflict"), or after
 * "in" ("a summit in Vienna"): another's, not the heads of state's of the CSTO, which meet in its members. */
static int summit_abroad(const ctx *c, size_t s, size_t start, size_t end, size_t e)
{
    gaz_hit h;
    if (end + 1 < e && is(c, end, "in") && gm(c, end + 1, e, G_CITY, -1, &h) && h.start == end + 1 &&
        never_member(c, gaz_city(c->g, h.val)->country))
        return 1;
    for (size_t pos = start; pos > s;) {
        int found = 0;
        for (size_t a = pos > s + 4 ? pos - 4 : s; a < pos && !found; a++)
            if (gm(c, a, e, G_CITY, -1, &h) && h.start == a && h.end == pos) found = 1;
        if (!found) return 0;
        if (never_member(c, gaz_city(c->g, h.val)->country)) return 1;
        pos = h.start;
        if (pos > s && (is(c, pos - 1, ",") || lex(c, pos - 1, pos, LX_AND, NULL))) pos--;
        else return 0;
    }
    return 0;
}

/* "the summit": a body's name that is itself a meeting */
static int summit(mstate *m, size_t k, const char *rule)
{
    ctx *c = m->c;
    bhit *bh = &m->hits[k];
    if (bh->kind != BK_MEETING) return 0;
    if (of_other_org(c, m->s, bh->start, bh->end, m->e)) {
        c->other_nm = c->x->nm;
        return 1;
    }
    /* "a trilateral summit", "a pan-European summit with participation of CIS, CSTO, EU and NATO": a few
     * countries' or a continent's, even when the CSTO is among those invited */
    if (lex_ends_at(c, m->s, bh->start, 3, LX_OTHER_SUMMIT)) return 1; /* (three tokens: "pan", "-", "european") */
    if (!csto_in(c, bh->start, bh->end) && summit_abroad(c, m->s, bh->start, bh->end, m->e)) return 1;
    /* "at a pre-summit meeting the day before": a meeting before the summit, not the summit */
    if (pre_meeting(c, m->s, bh->start + 1)) return 1;
    /* "The CSTO summit and the EurAsEC summit will be held": one that names the CSTO is the CSTO's, whatever else
     * the sentence names */
    if (csto_in(c, bh->start, bh->end)) {
        add_group(m->gr, &m->ng, 16, 1u << bh->body, bh->start, bh->end, rule);
        return 1;
    }
    /* "... leaders of the SCO at the meeting in Tianjin. The summit adopted the Tianjin Declaration": "the
     * summit" after another organisation's, with no meeting of the CSTO named since, is that one */
    if (c->other_nm >= 0 && c->other_nm == c->x->nm &&
        ((bh->start > m->s && (is(c, bh->start - 1, "the") || is(c, bh->start - 1, "this"))) ||
         (cyrillic(c, bh->start) && bh->end == bh->start + 1))) /* «на полях саммита»: Russian has no article */
        return 1;
    /* "The SCO, which groups China, Russia ..., held its summit in Bishkek in August": "its" is the subject's,
     * another organisation that opens the sentence */
    size_t o;
    if (bh->start > m->s && is(c, bh->start - 1, "its") && other_org_at(c, m->s, m->e, &o)) return 1;
    /* "At a summit in Dushanbe last week, leaders of the Shanghai Cooperation Organization also backed ...":
     * the summit of the people the sentence names */
    if (m->other_org_people) return 1;
    /* "A meeting of the Heads of Parliaments is taking place today in Bishkek. ... Participants of the summit called
     * for ...": "the summit" alone, undated, in a sentence naming no other body, when the report is of another
     * body's meeting held and has named no summit, is that meeting */
    if (bh->end == bh->start + 1 && bh->start > m->s && is(c, bh->start - 1, "the") && m->nh == 1 &&
        c->current >= 0 && c->x->m[c->current].status == ST_HELD && !(c->x->m[c->current].bodies & 1u << bh->body) &&
        last_meeting_of_body(c, bh->body) < 0) {
        int nd;
        sentence_dates(c, m->s, m->e, &nd);
        if (!nd) {
            m->refer = c->current;
            m->refer_rule = rule;
            m->anaphor_pos = bh->start;
            return 1;
        }
    }
    /* «саммит в формате «Россия — Азербайджан — Армения»»: a few countries' */
    size_t q;
    gaz_hit h;
    if (lex(c, bh->end, m->e, LX_OTHER_SUMMIT, &q) && q < m->e &&
        (is(c, q, "«") || is(c, q, "\"") || gm(c, q, m->e, G_COUNTRY, -1, &h)))
        return 1;
    add_group(m->gr, &m->ng, 16, 1u << bh->body, bh->start, bh->end, rule);
    return 1;
}

static size_t lead_colon(const ctx *c, size_t s, size_t e);
static int plural_sessions(const ctx *c, const group *g);
static int outcome_named(const ctx *c, size_t s, const group *gr, int ng, const group *g);

static int dateline_day_lede(const ctx *c, size_t s);

/* Whether the sentence [s, e) names a date to the month at least (its year may be unknown: "on September
 * 4" in a report with no date), or stands under a timeline's heading
 * that does ("June 23, 2005, Moscow. The CSC approves the Plan ..."), or is of a dated report's lede. */
static int dated_to_month(const ctx *c, size_t s, size_t e)
{
    int nd, dated = 0;
    const date_hit *dh = sentence_dates(c, s, e, &nd);
    for (int k = 0; k < nd; k++) dated |= date_precision(dh[k].date) >= 2 || dh[k].date.m; /* (or of a year unknown) */
    /* (or of a dated report's lede, the day's news: «Бишкек, 28.05.25. /Кабар/. В рамках Совета министров обороны ОДКБ
     * был подписан ряд документов») */
    return dated || under_heading(c, s, 2) || dateline_day_lede(c, s);
}

/* "An action plan was agreed back in February by the Permanent Council": the body is the agent of an
 * adoption verb (lexicon adopt) before "by" at b, with no comma between, in a sentence dated to the month; or of a
 * verb of deliberation only (lexicon deliberate) in a sentence that names a city and no date ("Priorities ...
 * discussed in Minsk by CSTO Council of Defence Ministers"). */
static int adopted_by(const ctx *c, size_t s, size_t e, size_t b)
{
    size_t q;
    /* ("by CSTO Council of Defence Ministers": the organisation's name before the body's) */
    for (size_t a = b > s + 8 ? b - 8 : s; a < b; a++) {
        gaz_hit oh;
        if (gm(c, a, b, G_ORG, -1, &oh) && oh.end == b) {
            b = a;
            while (b > s && is(c, b - 1, "the")) b--;
            break;
        }
    }
    if (b <= s) return 0;
    int dated = dated_to_month(c, s, e), placed = 0;
    for (size_t a = s; !dated && a + 1 < b && !placed; a++)
        placed = lex(c, a, b, LX_PLACE_PREP, &q) && gm(c, q, b, G_CITY, -1, &(gaz_hit){0});
    if (!dated && !placed) return 0;
    /* «проекты, которые будут рассмотрены Советом коллективной безопасности ОДКБ 28 ноября»: Russian has no "by",
     * the body in the instrumental right after a participle of adoption or deliberation */
    if (dated && cyrillic(c, b) && ru_case(c->tl->t[b].norm) == RU_INS &&
        ((lex(c, b - 1, b, LX_ADOPT, &q) && q == b) || (lex(c, b - 1, b, LX_DELIBERATE, &q) && q == b)))
        return 1;
    if (!is(c, b - 1, "by")) return 0;
    /* (or deliberation: "drafts that will be considered by the Collective Security Council on November 28") */
    for (size_t a = b - 1; a-- > s && a + 9 > b;) {
        if (is(c, a, ",") || lex(c, a, b, LX_CLAUSE, NULL)) return 0;
        if (((dated && lex(c, a, b, LX_ADOPT, &q)) || lex(c, a, b, LX_DELIBERATE, &q)) && q < b) return 1;
    }
    return 0;
}

/* Whether a verb of deciding (lexicon adopt: approved, adopted, signed; «одобрил», «утвердил»; lexicon agreed: decided
 * to, agreed, «решили») comes within
 * six words after a body ending at j, in a sentence with a date to the month or day: "The Permanent
 * Council of the CSTO on Wednesday approved a package of drafts" (a council decides in session). */
static int dated_decision(const ctx *c, size_t s, size_t e, size_t j)
{
    if (!dated_to_month(c, s, e)) return 0;
    size_t q;
    /* (past a place and a chair: «22 мая Совет министров иностранных дел в Бишкеке под председательством главы
     * МИД Киргизии Чингиза Айдарбекова рекомендовал ...») */
    size_t to = j + 6;
    if (lex_in(c, j, j + 5 < e ? j + 5 : e, LX_CHAIRED_BY)) to = j + 14;
    for (size_t k = j; k < e && k < to; k++) {
        if (is(c, k, ",") || is(c, k, ".")) return 0;
        if (lex(c, k, e, LX_ADOPT, &q) && !is(c, k, "became")) return 1;
        /* ("At a session in Moscow on 14 May 2002 the Collective Security Council decided to ...": lexicon agreed) */
        if (lex(c, k, e, LX_AGREED, &q)) return 1;
    }
    return 0;
}

/* The bodies joined to bh by "and" or a comma ("the CFM and the Council of Defence Ministers", "hosted the
 * CSSC and the CDM"), not yet taken, in more[] (at most max); returns their number, *end the token after the
 * last one's words. */
static int bodies_joined(mstate *m, const bhit *bh, bhit **more, int max, size_t *end)
{
    const ctx *c = m->c;
    size_t j = skip_body_suffix(c, bh->end, m->e), q = 0;
    int n = 0;
    while (n < max && (lex(c, j, m->e, LX_AND, &q) || is(c, j, ","))) {
        if (is(c, j, ",")) q = j + 1 + lex(c, j + 1, m->e, LX_AND, NULL);
        bhit *nb = hit_at(m->hits, m->nh, skip_body_prefix(c, q, m->e, m->hits, m->nh));
        if (!nb || nb->kind != BK_BODY || nb->used) break;
        more[n++] = nb;
        j = skip_body_suffix(c, nb->end, m->e);
    }
    *end = j;
    return n;
}

/* The verb of deliberation (lexicon deliberate) that follows at j within `reach` tokens, past where and when,
 * before the clause ends: "the Council of Foreign Ministers discussed", «СМИД ОДКБ в Ереване 16-17 апреля
 * обсудит»; with `decides`, a verb of adopting or agreeing too (lexicon adopt, agreed: "The CSTO foreign ministers
 * approved a consultation plan", "... have also agreed to work out a treaty"); 0 when there is none (*end: the
 * verb's end). */
static size_t deliberates(const ctx *c, size_t j, size_t e, size_t reach, size_t *end, int decides)
{
    for (size_t k = j; k < e && k < j + reach; k++) {
        if (lex(c, k, e, LX_DELIBERATE, end)) return k;
        if (decides && (lex(c, k, e, LX_ADOPT, end) || lex(c, k, e, LX_AGREED, end))) return k;
        if (is(c, k, ",") || is(c, k, ";") || is(c, k, ".") || is(c, k, "\"") || is(c, k, ":") || is(c, k, "that") ||
            is(c, k, "who"))
            return 0;
    }
    return 0;
}

/* "Council of CSTO Parliamentary Assembly held in Moscow" (a headline), "the Council of Foreign Ministers held in
 * Minsk on 5 May ...": "held" right after a body, then a city or a date, says a session of it was held. */
static int held_placed(const ctx *c, size_t j, size_t e)
{
    size_t q;
    if (!is(c, j, "held") || j + 2 >= e) return 0;
    if (lex(c, j + 1, e, LX_PLACE_PREP, &q) && gm(c, q, e, G_CITY, -1, &(gaz_hit){0})) return 1;
    size_t d = mentions_from(&c->ms, MK_DATE, j + 1);
    return d < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][d].start <= j + 2 && c->ms.v[MK_DATE][d].start < e;
}

/* «Совет министров обороны ОДКБ состоялся во вторник в Москве», «СМО стран Организации Договора о коллективной
 * безопасности состоялся»: a Russian body's name, the organisation after it (perhaps after the members' word,
 * «стран», «государств-членов»), then a verb of taking place: the body's session took place. */
static int ru_body_took_place(const ctx *c, size_t j, size_t e)
{
    size_t k = j;
    while (k < e && k < j + 4 && ((cyrillic(c, k) && !c->tl->t[k].cap) || is(c, k, "-"))) k++;
    gaz_hit h;
    int csto = gaz_org_index(c->g, "CSTO"); /* (not «сессии Генеральной Ассамблеи ООН состоялась»: another's) */
    if ((gm(c, k, e, G_ORG, -1, &h) && h.val == csto) || (gm(c, j, e, G_ORG, -1, &h) && h.val == csto)) {
        k = skip_abbrev(c, h.end, e); /* («... безопасности (ОДКБ)») */
    } else
        k = j; /* (the organisation in the body's name: «СМО ОДКБ состоялся») */
    return k < e && cyrillic(c, k) && lex(c, k, e, LX_TAKES_PLACE, NULL);
}

/* "the CFM of the CSTO met": a body with a meeting verb right after it */
static int body_met(mstate *m, size_t k, const char *rule)
{
    ctx *c = m->c;
    bhit *bh = &m->hits[k];
    if (bh->kind != BK_BODY) return 0;
    /* "the CFM and the Council of Defence Ministers held a joint session": every body of the list */
    unsigned mask = 1u << bh->body;
    size_t j, q = 0;
    bhit *more[8];
    int nmore = bodies_joined(m, bh, more, 8, &j);
    for (int i = 0; i < nmore; i++) mask |= 1u << more[i]->body;
    /* "Pashinyan convened its Collective Security Council by video link": the body called together */
    size_t b = bh->start;
    while (b > m->s && (is(c, b - 1, "the") || is(c, b - 1, "its") || is(c, b - 1, "their")))
        b--;
    for (size_t a = b > m->s + 2 ? b - 2 : m->s; a < b; a++)
        if (lex(c, a, b, LX_CONVENE, &q) && q == b) {
            for (int i = 0; i < nmore; i++) more[i]->used = 1;
            add_group(m->gr, &m->ng, 16, mask, bh->start, bh->end, rule);
            return 1;
        }
    if (adopted_by(c, m->s, m->e, b)) {
        for (int i = 0; i < nmore; i++) more[i]->used = 1;
        add_group(m->gr, &m->ng, 16, mask, bh->start, bh->end, rule);
        return 1;
    }
    /* «В среду по отдельности заседали Совет министров иностранных дел и Совет министров обороны»: in
     * Russian the verb may come first */
    /* («В среду в Ереване пройдет Совет коллективной безопасности»: a verb of taking place too) */
    for (size_t a = b > m->s + 3 ? b - 3 : m->s; a < b; a++) /* a verb of up to three words */
        if (cyrillic(c, a) && ((lex(c, a, b, LX_MEETING_VERB, &q) && q == b) || (lex(c, a, b, LX_TAKES_PLACE, &q) && q == b))) {
            for (int i = 0; i < nmore; i++) more[i]->used = 1;
            if (nmore && lex_in(c, a > m->s + 3 ? a - 3 : m->s, q, LX_SEPARATELY)) /* «свои заседания провели» */
                add_each(m->gr, &m->ng, mask, bh->start, bh->end, rule);
            else
                add_group(m->gr, &m->ng, 16, mask, bh->start, bh->end, rule);
            return 1;
        }
    /* "approved the agenda of the Collective Security Council, which will be held in Moscow in December": a
     * body whose relative clause says it takes place (lexicon takes_place) */
    /* ("the CSTO Collective Security Council, whose meeting will take place on November 23") */
    /* (not "a joint meeting of the standing commissions of the Parliamentary Assembly, which was held via
     * videoconference", «заседание постоянных комиссий ПА, которое прошло»: the clause is of the committees' meeting) */
    int of_committee = 0;
    for (size_t a = b > m->s + 4 ? b - 4 : m->s; a < b && !of_committee; a++)
        of_committee = lex(c, a, b, LX_COMMITTEE, NULL) && (is(c, b - 1, "of") || cyrillic(c, b));
    int relative = !of_committee && is(c, j, ",") && j + 2 < m->e && lex(c, j + 1, m->e, LX_RELATIVE_PRONOUN, &q) && q == j + 2 &&
                   (lex(c, q, m->e, LX_TAKES_PLACE, NULL) ||
                    (is(c, j + 1, "whose") && lex(c, q, m->e, LX_MEETING_NOUN, &q) && lex(c, q, m->e, LX_TAKES_PLACE, NULL)));
    size_t verb_end = j + 4 < m->e ? j + 4 : m->e;
    /* "the CSTO Permanent Council, which is made up of ..., met in Moscow": past the aside */
    if (!relative && !meeting_verb_in(c, j, verb_end)) {
        j = past_aside(c, j, m->e);
        verb_end = j + 4 < m->e ? j + 4 : m->e;
    }
    if (!relative && !meeting_verb_in(c, j, verb_end) && !dated_decision(c, m->s, m->e, j) &&
        !deliberates(c, j, m->e, 10, &q, 0) && !held_placed(c, j, m->e) &&
        !(cyrillic(c, bh->start) && ru_body_took_place(c, j, m->e)))
        return 0;
    for (int i = 0; i < nmore; i++) more[i]->used = 1;
    /* "the CFM and the CDM held separate sessions": one meeting each */
    if (nmore && lex_in(c, j, verb_end + 1 < m->e ? verb_end + 1 : m->e, LX_SEPARATELY)) {
        add_each(m->gr, &m->ng, mask, bh->start, bh->end, rule);
        return 1;
    }
    add_group(m->gr, &m->ng, 16, mask, bh->start, bh->end, rule);
    return 1;
}

/* "Dushanbe already hosted the CSTO Council of Foreign Ministers in May",
 * "Kazakhstan will host the Collective Security Council": a body hosted
 * (lexicon host, not "hosted by") is a meeting of it. */
static int hosted_body(mstate *m, size_t k, const char *rule)
{
    ctx *c = m->c;
    bhit *bh = &m->hits[k];
    if (bh->kind != BK_BODY) return 0;
    size_t q;
    for (size_t h = bh->start > m->s + 5 ? bh->start - 5 : m->s; h < bh->start; h++)
        if (lex(c, h, bh->start, LX_HOST, &q) && !is(c, q - 1, "by") &&
            skip_body_prefix(c, q, m->e, m->hits, m->nh) == bh->start) {
            add_group(m->gr, &m->ng, 16, 1u << bh->body, bh->start, bh->end, rule);
            /* "the Belarusian capital hosted the CSSC and the Council of Defence Ministers": each a meeting of
             * its own (a joint one is said to be joint) */
            bhit *more[8];
            size_t end;
            int nmore = bodies_joined(m, bh, more, 8, &end);
            for (int i = 0; i < nmore; i++) {
                more[i]->used = 1;
                add_group(m->gr, &m->ng, 16, 1u << more[i]->body, more[i]->start, more[i]->end, rule);
            }
            return 1;
        }
    return 0;
}

/* The number of an ordinal written in figures at token k ("20th", "21st", «21-е», «15-м»), or 0. */
static long ordinal_at(const ctx *c, size_t k)
{
    if (k >= c->tl->n) return 0;
    /* («20-го»: a number, a hyphen and a Cyrillic ending of up to three letters, read from any of the three) */
    const token *t = c->tl->t;
    for (size_t n = k >= 2 ? k - 2 : 0; n <= k; n++)
        if (n + 2 < c->tl->n && t[n].kind == TOK_NUM && t[n].end - t[n].start <= 3 && is(c, n + 1, "-") &&
            cyrillic(c, n + 2) && t[n + 2].end - t[n + 2].start <= 6 && t[n + 2].start == t[n + 1].end)
            return atol(t[n].norm);
    if (t[k].kind != TOK_WORD) return 0;
    const char *w = t[k].norm, *p = w;
    while (*p >= '0' && *p <= '9') p++;
    if (p == w || p - w > 3) return 0;
    if (!strcmp(p, "st") || !strcmp(p, "nd") || !strcmp(p, "rd") || !strcmp(p, "th")) return atol(w);
    return 0;
}

/* "On November 30, the CSTO countries held the 13th parliamentary assembly in an online format": a body right after
 * a verb of holding (lexicon held_body), past "the", "its" or "their" and an ordinal, is its session. */
static int held_body(mstate *m, size_t k, const char *rule)
{
    ctx *c = m->c;
    bhit *bh = &m->hits[k];
    if (bh->kind != BK_BODY || bh->start < m->s + 1) return 0;
    size_t j = bh->start, q;
    /* (an ordinal: "fifth", "13th", one word) */
    if (j > m->s && (lex(c, j - 1, j, LX_ORDINAL_WORD, NULL) || ordinal_at(c, j - 1))) j--;
    if (j > m->s && (is(c, j - 1, "the") || is(c, j - 1, "its") || is(c, j - 1, "their"))) j--;
    for (size_t h = j > m->s + 2 ? j - 2 : m->s; h < j; h++)
        if (lex(c, h, j, LX_HELD_BODY, &q) && q == j) {
            add_group(m->gr, &m->ng, 16, 1u << bh->body, bh->start, bh->end, rule);
            return 1;
        }
    return 0;
}

/* Where the words that lead to body hit bh start: past "the", "'s" and the organisation's name before it ("at the
 * CSTO's Council ..."), three at most. */
static size_t body_lead_start(const mstate *m, const bhit *bh)
{
    const ctx *c = m->c;
    size_t b = bh->start;
    gaz_hit h;
    for (int guard = 0; guard < 3 && b > m->s; guard++)
        if (is(c, b - 1, "the") || is(c, b - 1, "'s") || (gm(c, b - 1, bh->start, G_ORG, -1, &h) && h.end <= bh->start)) b--;
        else break;
    return b;
}

/* A body named right after a word of lexicon class `word` (up to `reach` words before it, past "the",
 * "'s" and the organisation's name), placed right after it (in a city, or a country too with
 * `countries`) or in a sentence dated to `precision` at least: a meeting of it (at_body, chaired_body). */
static int body_after_word(mstate *m, size_t k, int word, size_t reach, int countries, int precision, const char *rule)
{
    ctx *c = m->c;
    bhit *bh = &m->hits[k];
    if (bh->kind != BK_BODY) return 0;
    size_t b = body_lead_start(m, bh), q; /* "at the CSTO's" */
    gaz_hit h;
    size_t w = lex_start_ending_at(c, m->s, b, reach, word); /* where the word starts */
    if (w == b) return 0;
    size_t j = skip_body_suffix(c, bh->end, m->e);
    int placed = lex(c, j, m->e, LX_PLACE_PREP, &q) &&
                 (gm(c, q, m->e, G_CITY, -1, &h) || (countries && gm(c, q, m->e, G_COUNTRY, -1, &h)));
    /* «23 сентября в Сочи на Совете коллективной безопасности», "in Sochi at the Collective Security Council": the
     * city right before the word */
    for (size_t a = w > m->s + 4 ? w - 4 : m->s; a + 1 < w && !placed; a++)
        placed = lex(c, a, w, LX_PLACE_PREP, &q) && q == a + 1 && gm(c, q, w, G_CITY, -1, &h) && h.end == w;
    int dated = 0;
    for (size_t d = mentions_from(&c->ms, MK_DATE, m->s); d < c->ms.n[MK_DATE] && !dated; d++) {
        const mention *dm = &c->ms.v[MK_DATE][d];
        if (dm->start >= m->e) break;
        dated = date_precision(c->dates[dm->value].date) >= precision;
    }
    /* (or under a chronicle's heading: "June 11, Almaty. Foreign Minister X chairs the Council of Foreign
     * Ministers") */
    if (!placed && !dated) dated = under_heading(c, m->s, precision);
    if (!placed && !dated) return 0;
    add_group(m->gr, &m->ng, 16, 1u << bh->body, bh->start, bh->end, rule);
    return 1;
}

/* Whether the sentence [s, e) opens with a day ("On 7 October 2002, ...", «7 октября 2002 года ...»), or
 * with a month and a city right after it («В октябре 2002 года в Кишиневе президенты подписали ...»). */
static int opens_with_day(const ctx *c, size_t s, size_t e)
{
    int nd;
    const date_hit *dh = sentence_dates(c, s, e, &nd);
    if (!nd || !(dh[0].start == s || (dh[0].start == s + 1 && (is(c, s, "on") || is(c, s, "in") || is(c, s, "в")))))
        return 0;
    if (date_precision(dh[0].date) == 3) return 1;
    size_t q, k = dh[0].end + is(c, dh[0].end, ",");
    return date_precision(dh[0].date) == 2 && lex(c, k, e, LX_PLACE_PREP, &q) && gm(c, q, e, G_CITY, -1, &(gaz_hit){0});
}

/* "considered on November 23 at the Collective Security Council in
 * Yerevan": a body named as the occasion (data/lexicon.tsv "occasion"
 * before it), with a place right after it or a date in the sentence */
static int at_body(mstate *m, size_t k, const char *rule)
{
    return body_after_word(m, k, LX_OCCASION, 4, 1, 2, rule);
}

/* Whether the body of bh is named right after a phrase of lexicon class `word` (at most `reach` tokens, ending where
 * the body's words start, past "the", "for the CSTO's" and the organisation's name). */
static int body_named_after(mstate *m, const bhit *bh, int word, size_t reach)
{
    if (bh->kind != BK_BODY) return 0;
    size_t b = body_lead_start(m, bh);
    return lex_start_ending_at(m->c, m->s, b, reach, word) != b;
}

/* A body named right after a phrase of lexicon class `word` (body_named_after): its session, whatever the
 * sentence's date or place.  after_body and prepared_body. */
static int body_right_after(mstate *m, size_t k, int word, size_t reach, const char *rule)
{
    bhit *bh = &m->hits[k];
    if (!body_named_after(m, bh, word, reach)) return 0;
    add_group(m->gr, &m->ng, 16, 1u << bh->body, bh->start, bh->end, rule);
    return 1;
}

/* «сказал Лавров на пресс-конференции по итогам СМИД ОДКБ», "at the close of the Council of Foreign Ministers": a
 * body named right after the words for what follows its session (lexicon results_of, past "the" and the
 * organisation's name): that session, with or without a date or a place. */
static int after_body(mstate *m, size_t k, const char *rule)
{
    return body_right_after(m, k, LX_RESULTS_OF, 5, rule);
}

/* "to take part in the work of the Council of Foreign Ministers, the Council of Defence Ministers and the Committee of
 * Secretaries", «для участия в работе СМИД, СМО и КССБ»: the bodies named right after lexicon work_of, and those
 * joined to them by a comma or "and", hold one session (joint, when several). */
static int work_of_bodies(mstate *m, size_t k, const char *rule)
{
    bhit *bh = &m->hits[k];
    if (!body_named_after(m, bh, LX_WORK_OF, 6)) return 0;
    unsigned mask = 1u << bh->body;
    size_t end = bh->end, q;
    for (int j = k + 1; j < m->nh && m->hits[j].kind == BK_BODY; j++) {
        size_t a = end;
        if (is(m->c, a, ",")) a++;
        if (lex(m->c, a, m->e, LX_AND, &q)) a = q;
        if (is(m->c, a, "the")) a++;
        if (m->hits[j].start != a) break;
        mask |= 1u << m->hits[j].body;
        end = m->hits[j].end;
    }
    add_group(m->gr, &m->ng, 16, mask, bh->start, end, rule);
    return 1;
}

/* "On 13 June, X chaired the Council of Defence Ministers in Minsk": a body chaired (lexicon chair_verb right
 * before it), with a city right after it or a day in the sentence (not "Belarus chaired the Council in
 * 2017", a term). */
static int chaired_body(mstate *m, size_t k, const char *rule)
{
    if (body_after_word(m, k, LX_CHAIR_VERB, 2, 0, 3, rule)) return 1;
    /* "June 11, Almaty. Foreign Minister X chairs the Council of Foreign Ministers": a chronicle's present, under
     * its heading (lexicon chair_present; elsewhere "who chairs the Council" is the office) */
    return under_heading(m->c, m->s, 3) && body_after_word(m, k, LX_CHAIR_PRESENT, 2, 0, 3, rule);
}

/* "the ministers paid much attention to preparation of the Collective Security Council", «подготовка к Совету
 * коллективной безопасности»: a body named right after a word of preparing (lexicon prepare_for, past "the" and the
 * organisation's name): its session to come. */
static int prepared_body(mstate *m, size_t k, const char *rule)
{
    return body_right_after(m, k, LX_PREPARE_FOR, 4, rule);
}

/* «на совместное заседание соберутся министры иностранных дел, министры
 * обороны и секретари советов безопасности»: in Russian the verb may come
 * first, right before the list of the people (of which bh is one). */
static int verb_before_people(const mstate *m, const bhit *bh)
{
    const ctx *c = m->c;
    if (!cyrillic(c, bh->start)) return 0;
    size_t j = bh->start;
    for (int n = 0; n < 8 && j > m->s; n++) { /* back over the list to its first item */
        size_t q = j;
        if (is(c, q - 1, ",") || is(c, q - 1, "и")) q--;
        if (q > m->s && is(c, q - 1, ",")) q--;
        const bhit *prev = NULL;
        for (int k = 0; k < m->nh && q < j; k++)
            if (m->hits[k].kind == BK_PEOPLE && m->hits[k].end == q) prev = &m->hits[k];
        if (!prev) break;
        j = prev->start;
    }
    size_t q;
    for (size_t k = j > m->s + 3 ? j - 3 : m->s; k < j; k++)
        if (lex(c, k, j, LX_MEETING_VERB, &q) && q == j) return 1;
    return 0;
}

/* Whether a day is named in [from, to) of the sentence [s, e), not as a time limit ("to submit, by February 1,
 * a draft": lexicon time_bound or deadline before it). */
static int day_named(const ctx *c, size_t s, size_t e, size_t from, size_t to)
{
    int nd;
    const date_hit *dh = sentence_dates(c, s, e, &nd);
    for (int k = 0; k < nd; k++)
        if (dh[k].start >= from && dh[k].start < to && date_precision(dh[k].date) == 3 &&
            !(dh[k].start > s && (lex(c, dh[k].start - 1, dh[k].start, LX_TIME_BOUND, NULL) ||
                                  lex_in(c, dh[k].start > s + 3 ? dh[k].start - 3 : s, dh[k].start, LX_DEADLINE))))
            return 1;
    return 0;
}

/* Whether the people whose phrase starts at b are those a document was adopted by: a verb of lexicon adopt, "by"
 * right before b, a document keyword up to eight words before the verb; a day may stand between the verb and "by"
 * ("the declaration adopted yesterday by the CSTO leaders in Moscow", "signed on May 15 by the presidents"), and
 * *dated (may be NULL) says whether one does. */
static int signed_by(const mstate *m, size_t b, int *dated)
{
    const ctx *c = m->c;
    if (dated) *dated = 0;
    if (b < m->s + 3 || !is(c, b - 1, "by")) return 0;
    size_t v = b - 1;
    int nd, day = 0;
    const date_hit *dh = sentence_dates(c, m->s, m->e, &nd);
    for (int k = 0; k < nd; k++)
        if (dh[k].end == v && dh[k].start > m->s + 1) {
            v = dh[k].start - (dh[k].start > m->s + 2 && is(c, dh[k].start - 1, "on"));
            day = date_precision(dh[k].date) == 3;
        }
    if (v < m->s + 2 || !lex(c, v - 1, v, LX_ADOPT, NULL)) return 0;
    for (size_t d = v - 1 > m->s + 8 ? v - 9 : m->s; d < v - 1; d++)
        if (gm(c, d, v - 1, G_DOCTYPE, -1, &(gaz_hit){0})) {
            if (dated) *dated = day;
            return 1;
        }
    return 0;
}

/* Whether a day (a date to the day) opens within the ten words after the people of bh, with no verb of speech
 * in the three words before it: "the leaders of CSTO nations signed a declaration on Friday condemning ...". */
static int day_of_adoption(const mstate *m, const bhit *bh)
{
    const ctx *c = m->c;
    int nd;
    const date_hit *dh = sentence_dates(c, m->s, m->e, &nd);
    for (int k = 0; k < nd; k++)
        if (dh[k].start > bh->end && dh[k].start <= bh->end + 10 && date_precision(dh[k].date) == 3 &&
            !lex_in(c, dh[k].start > bh->end + 3 ? dh[k].start - 3 : bh->end, dh[k].start, LX_SPEECH))
            return 1;
    return 0;
}

/* Whether the people of bh (their phrase from b) adopt a document: a verb of lexicon adopt right after them (past
 * a place, "the foreign ministers in Moscow adopted", or the organisation, «министры иностранных дел ОДКБ
 * приняли») with a document keyword within a few words after it, or a document "signed by" them ("The CSTO
 * Charter, signed by the presidents in Chisinau"). */
static int adopting_people(const mstate *m, const bhit *bh, size_t b)
{
    const ctx *c = m->c;
    size_t q = skip_body_suffix(c, bh->end, m->e), r; /* («Главы МИД стран-участниц ОДКБ подписали») */
    gaz_hit h;
    /* (not in a relative clause: "October 6, 2007, Dushanbe, where the presidents signed an agreement" is the
     * session named before it) */
    for (size_t k = b > m->s + 4 ? b - 4 : m->s; k < b; k++)
        if (lex(c, k, b, LX_RELATIVE_PRONOUN, NULL)) return 0;
    const mention *dm;
    for (int n = 0; n < 3; n++) /* (and a day: «главы государств ОДКБ в среду в Москве решили») */
        if (lex(c, q, m->e, LX_PLACE_PREP, &r) && gm(c, r, m->e, G_CITY, -1, &h)) q = h.end;
        else if (gm(c, q, m->e, G_ORG, -1, &h)) q = h.end;
        else if (((dm = mention_at(&c->ms, MK_DATE, q)) != NULL ||
                  (lower_word(c, q) && strlen(c->tl->t[q].norm) <= 2 && (dm = mention_at(&c->ms, MK_DATE, q + 1)) != NULL)) &&
                 dm->end > q)
            q = dm->end; /* (a preposition before it: "on", «в») */
    for (size_t k = q; k < m->e && k <= q + 1; k++) {
        if (lex(c, k, m->e, LX_ADOPT, NULL) && !is(c, k, "became"))
            for (size_t d = k + 1; d < m->e && d < k + 5; d++)
                if (gm(c, d, m->e, G_DOCTYPE, -1, &(gaz_hit){0})) return 1;
        /* ... or deciding ("CSTO leaders decided in Moscow on Wednesday to suspend ...", «главы государств ОДКБ
         * решили»: lexicon agreed, decide) */
        if (lex(c, k, m->e, LX_AGREED, NULL) || lex(c, k, m->e, LX_DECIDE, NULL)) return 1;
    }
    return signed_by(m, b, NULL);
}

static int lede(const ctx *c, size_t s);
/* Whether the sentence at s is in the first paragraph after a dateline that gives a day ("BISHKEK, May 27. The CSTO
 * foreign ministers signed a statement"): the day the report tells of. */
static int dateline_day_lede(const ctx *c, size_t s)
{
    size_t end = c->sent_end && c->sent_end[s] ? c->sent_end[s] : s + 1; /* (the dateline may open the sentence) */
    return c->a->dateline_end > c->a->dateline_start && c->a->dateline_date.d &&
           c->tl->t[end - 1].end > c->a->dateline_end && lede(c, s);
}

static int ru_one_person(const ctx *c, const bhit *bh);

/* "the foreign and defence ministers met": the people of every such body
 * hold one joint meeting (added once all bodies are seen) */
static int people_met(mstate *m, size_t k, const char *rule)
{
    bhit *bh = &m->hits[k];
    if (bh->kind != BK_PEOPLE) return 0;
    /* "received the heads of CSTO-member states' delegations": the people's name is a possessive of another noun,
     * no meeting one ("the foreign ministers' session" is meeting_of_body's) */
    if ((is(m->c, bh->end, "'") || is(m->c, bh->end, "'s")) && bh->end + 1 < m->e && /* (’ is tokenised as ') */
        !meeting_named_at(m->c, bh->end + 1, m->e))
        return 0;
    /* «В аэропорту президента встретили министр финансов X и ...»: one person met (welcomed) is no session */
    if (ru_one_person(m->c, bh)) return 0;
    /* "Putin hosted the leaders of five former Soviet republics in the Kremlin on Monday": the host's
     * guests meet */
    size_t b = bh->start;
    if (b > m->s + 2 && is(m->c, b - 1, "'s")) b -= 2; /* "Yerevan hosted the bloc's leaders" */
    if (b > m->s && determiner(m->c, b - 1)) b--;
    /* "met the leaders of Armenia and Azerbaijan": theirs (but "the leaders of the Russia-led bloc") */
    /* "the leaders of Russia and Belarus met in Moscow", «министры иностранных дел России и Белоруссии
     * встретились»: those countries' meeting, not the bloc's */
    gaz_hit ch;
    if (of_a_country(m->c, bh, m->e, &ch) && !(is(m->c, bh->end, "of") && place_compound(m->c, ch.end, m->e))) return 0;
    int hosted = b > m->s && lex_ends_at(m->c, m->s, b, 2, LX_GUESTS_OF); /* (or «встретился с»: two words) */
    /* «встретился с секретарями советов безопасности и министрами обороны»: the people joined to the host's guests */
    for (size_t at = bh->start, j = k; !hosted && j-- > 0 && m->hits[j].kind == BK_PEOPLE;) {
        if (at != m->hits[j].end + 1 || !(lex(m->c, at - 1, at, LX_AND, NULL) || is(m->c, at - 1, ","))) break;
        at = m->hits[j].start;
        hosted = at > m->s && lex_ends_at(m->c, m->s, at, 2, LX_GUESTS_OF);
    }
    /* «10 января лидеры в онлайн-формате обсуждали ситуацию», "the leaders talked by video link on January 10": the
     * people of a body, on a day, by video (lexicon video): a session of theirs */
    int session = 0; /* by video, or adopting (below): a session of theirs */
    if (!hosted && lex_in(m->c, m->s, m->e, LX_VIDEO))
        for (size_t d = mentions_from(&m->c->ms, MK_DATE, m->s); d < m->c->ms.n[MK_DATE] && !session; d++) {
            if (m->c->ms.v[MK_DATE][d].start >= m->e) break;
            session = date_precision(m->c->dates[m->c->ms.v[MK_DATE][d].value].date) == 3;
        }
    /* "October 7, 2002, Chisinau. The presidents sign the CSTO Charter": under a timeline's heading (or in a
     * sentence that opens with its day: "On 7 October 2002, in Chisinau, the heads of state signed"), the people
     * of a body adopting a document (a verb of lexicon adopt right after them, a document keyword within a few
     * words) do so at a session of theirs, as a body does (dated_decision); not a number of them ("the two
     * leaders signed a declaration": talks of their own) */
    /* (or a day named in a sentence that reports no speech: "The CSTO foreign ministers adopted a statement in
     * Moscow on September 4", "The CSTO Charter, signed by the presidents in Chisinau on October 7, 2002") */
    if (!hosted && !session && bh->end < m->e && !(b > m->s && (m->c->tl->t[b - 1].kind == TOK_NUM ||
                                                             lex(m->c, b - 1, b, LX_NUMBER_WORD, NULL))) &&
        (under_heading(m->c, m->s, 2) || opens_with_day(m->c, m->s, m->e) ||
         ((day_named(m->c, m->s, m->e, b > m->s + 8 ? b - 8 : m->s, bh->end + 16 < m->e ? bh->end + 16 : m->e) ||
           dateline_day_lede(m->c, m->s)) &&
          !lex_in(m->c, m->s, m->e, LX_SPEECH))))
        session = adopting_people(m, bh, b);
    /* ("The CSTO confirmed its stance, according to the declaration adopted yesterday by the CSTO leaders in
     * Moscow": the day is the adoption's, whatever was said) */
    int dated_signing = 0;
    if (!hosted && !session && bh->end < m->e && signed_by(m, b, &dated_signing) && dated_signing) session = 1;
    /* (and "X said that the leaders of CSTO nations signed a declaration on Friday": a day within the adoption's
     * words after the people, not after a verb of speech) */
    if (!hosted && !session && bh->end < m->e && day_of_adoption(m, bh) && adopting_people(m, bh, b)) session = 1;
    if (!hosted && !session && !meeting_verb_in(m->c, bh->end, m->e) && !verb_before_people(m, bh)) return 0;
    /* ("The leaders of our states pay special attention to the search for effective solutions that meet modern
     * requirements": the verb's subject is the noun before "that", not the people) */
    if (!hosted && !session && !verb_before_people(m, bh)) {
        size_t v = bh->end;
        while (v < m->e && !lex(m->c, v, m->e, LX_MEETING_VERB, NULL)) v++;
        if (v > bh->end + 1 && v < m->e && (is(m->c, v - 1, "that") || is(m->c, v - 1, "which")) &&
            !meeting_verb_in(m->c, v + 1, m->e))
            return 0;
    }
    /* "Most of the same leaders met again in Tianjin at the Shanghai Cooperation Organisation summit": at
     * another organisation's meeting, when the sentence does not name the CSTO */
    if (m->other_org_meeting && !csto_named(m->c, m->s, m->e)) return 1;
    /* "the two leaders held a bilateral meeting", «провели двустороннюю встречу»: theirs alone */
    if (lex_in(m->c, bh->end, bh->end + 5 < m->e ? bh->end + 5 : m->e, LX_OTHER_SUMMIT)) return 1;
    /* "the CSTO leaders met over a traditional informal dinner on the summit eve", «лидеры встретились за ужином»: a
     * meal they share, no session of theirs (lexicon meal) */
    if (lex_in(m->c, bh->end, bh->end + 8 < m->e ? bh->end + 8 : m->e, LX_MEAL)) return 1;
    /* "the foreign ministers met in Minsk, while the defence ministers held their own session": a
     * clause of its own, a meeting of its own */
    if (m->people_met) {
        const ctx *c = m->c;
        /* "the ministers met on Wednesday, a day before the heads of state gather for the summit": a point
         * in time, not a meeting held (the summit named there is one) */
        for (size_t q = m->people_pos; q < bh->start; q++)
            if (is(c, q, "before") || is(c, q, "до")) return 1;
        for (size_t q = m->people_pos; q + 1 < bh->start; q++)
            if (is(c, q, ";") || (is(c, q, ",") && (is(c, q + 1, "while") || is(c, q + 1, "whereas") || is(c, q + 1, "but") ||
                                                     is(c, q + 1, "а")))) {
                add_group(m->gr, &m->ng, 16, 1u << bh->body, bh->start, bh->end, rule);
                return 1;
            }
    }
    if (!m->people_met) m->people_pos = bh->start;
    m->people_met |= 1u << bh->body;
    m->people_rule = rule;
    return 1;
}

/* Whether the people hit bh is Russian with its first word in the singular («президент», which the stem of
 * «президенты» matches; «главой Минобороны», which that of «главы Минобороны» does): one person, not a body's
 * people («Президент ... Садыр Жапаров провел встречу с министрами иностранных дел стран-участниц ОДКБ»: the
 * ministers' meeting). */
static int ru_one_person(const ctx *c, const bhit *bh)
{
    /* (and «глав», the genitive plural with no ending -- its "лав": «на совместном заседании глав МИД, министров
     * обороны») */
    static const char *const plural[] = {"ы", "и", "ов", "ей", "ам", "ям", "ами", "ями", "ах", "ях", "лав", NULL};
    return cyrillic(c, bh->start) && !word_ends_any(c->tl->t[bh->start].norm, plural);
}

/* The bodies named (by name or by their people) right after "with" at j, joined by commas and "and" ("a
 * joint session with the CFM and the CSSC"), taken (used); 0 when j is no "with". */
static unsigned bodies_with(mstate *m, size_t j)
{
    const ctx *c = m->c;
    unsigned mask = 0;
    size_t q;
    bhit *bh;
    if (!is(c, j, "with")) return 0;
    j++;
    while ((bh = hit_at(m->hits, m->nh, skip_body_prefix(c, j, m->e, m->hits, m->nh))) && bh->kind != BK_MEETING) {
        mask |= span_bodies(m->hits, m->nh, bh, 1); /* ("with the foreign and defence ministers": both) */
        j = skip_body_suffix(c, bh->end, m->e);
        if (is(c, j, ",")) j++;
        if (!lex(c, j, m->e, LX_AND, &q)) break;
        j = q;
    }
    return mask;
}

/* "the ministers will hold a joint meeting": all the people named hold it
 * together (split by joint group later) */
static int people_hold_a_meeting(mstate *m, size_t at, const char *rule)
{
    if (!m->indefinite) return 0;
    /* (not "supported efforts to convene a peace conference on Syria": lexicon other_summit before the noun) */
    if (lex_ends_at(m->c, m->s, m->bare_pos, 2, LX_OTHER_SUMMIT)) return 0;
    /* "the defence ministers took part in a joint session with the CFM and the CSSC": the people before
     * the noun and the bodies after "with" (not "the documents for the heads of state" further on) */
    unsigned mask = bodies_with(m, m->noun_end);
    /* "The presidents will later conduct a joint plenary meeting with foreign and defense ministers": the heads of
     * state holding it with others is their session in an expanded format, not the others' */
    int csc = gaz_body_index(m->c->g, "CSC");
    for (int k = 0; k < m->nh && mask && csc >= 0; k++)
        if (m->hits[k].kind == BK_PEOPLE && m->hits[k].body == csc && m->hits[k].end <= m->bare_pos &&
            !ru_one_person(m->c, &m->hits[k]))
            mask = 1u << csc;
    /* («лидеры провели встречу ..., затем переговоры продолжились с участием министров»: not the ministers) */
    /* (one person, «Президент ... провел встречу с министрами иностранных дел»: the people he meets, right after
     * «с», hold it; he alone when no body's people are named) */
    int one = 0;
    for (int k = 0; k < m->nh; k++)
        if (m->hits[k].kind == BK_PEOPLE && m->hits[k].end <= m->bare_pos) one |= ru_one_person(m->c, &m->hits[k]) ? 1 : 2;
    if (one == 1 && !mask && is(m->c, m->noun_end, "с")) {
        for (int k = 0; k < m->nh; k++)
            if (m->hits[k].kind == BK_PEOPLE && m->hits[k].start == m->noun_end + 1) mask |= 1u << m->hits[k].body;
        /* («Министр иностранных дел X провел встречу с генеральным секретарем ОДКБ Y»: one person's talks with
         * another, no session of his body) */
        if (!mask) return 0;
    }
    for (int k = 0; k < m->nh; k++)
        if (m->hits[k].kind == BK_PEOPLE && ((!mask && m->indefinite != 2) || m->hits[k].end <= m->bare_pos) &&
            !(one == 1 && mask && ru_one_person(m->c, &m->hits[k])))
            mask |= 1u << m->hits[k].body;
    if (!mask) return 0;
    add_group(m->gr, &m->ng, 16, mask, m->bare_pos, m->bare_pos + 1, rule);
    return 1;
}

/* Whether token k stands in a relative clause about a person, set off by
 * commas and closed before `to` ("Japarov, who chairs the Collective
 * Security Council this year, received the participants of the meeting"). */
static int in_relative_aside(const ctx *c, size_t s, size_t k, size_t to)
{
    size_t a = aside_opening(c, s, k, to);
    if (!a || !lex(c, a, k + 1, LX_RELATIVE_PRONOUN, NULL)) return 0;
    /* "who", or «который» after a capitalised word (a name): not «вопросов, которые решали ...» */
    return is(c, a, "who") || is(c, a, "whose") || (cyrillic(c, a) && a >= s + 2 && c->tl->t[a - 2].cap);
}

/* Whether the body whose name (with its article) starts at b is told to do
 * something (lexicon instruct ends right before it): "instructing the
 * Council of Foreign Ministers to prepare", "an instruction to the foreign
 * ministers to prepare a draft": not a body that meets. */
static int told_to(const ctx *c, size_t s, size_t b)
{
    while (b > s && is(c, b - 1, "the")) b--;
    return lex_ends_at(c, s, b, 3, LX_INSTRUCT);
}

/* The bodies of the unused body-name hits (BK_BODY) that start at token k, as a mask; *n counts the hits. */
static unsigned bodies_starting_at(const mstate *m, size_t k, int *n)
{
    unsigned mask = 0;
    for (int j = 0; j < m->nh; j++)
        if (m->hits[j].kind == BK_BODY && !m->hits[j].used && m->hits[j].start == k) mask |= 1u << m->hits[j].body, ++*n;
    return mask;
}

/* "CSTO Committee of Secretaries ... discussed ... at the meeting in
 * Yerevan": the one body named before the meeting noun */
static int body_and_meeting_noun(mstate *m, size_t at, const char *rule)
{
    ctx *c = m->c;
    size_t s = m->s;
    gaz_hit h;
    if (!m->bare_noun) return 0;
    unsigned mask = 0;
    int nb = 0;
    for (int k = 0; k < m->nh; k++) {
        const bhit *hk = &m->hits[k];
        if (hk->kind != BK_BODY || hk->used || hk->end > m->bare_pos) continue; /* the body is the subject */
        size_t b = hk->start;
        while (b > s && (is(c, b - 1, "the") || is(c, b - 1, "a") || is(c, b - 1, "an") || gm(c, b - 1, hk->start, G_ORG, -1, &h)))
            b--;
        if (b > s && is(c, b - 1, "of")) continue; /* "the Statement of the Council", not the Council itself */
        /* "a decision on establishing an interstate commission": a body founded, not meeting */
        if (lex_ends_at(c, s, b, 3, LX_FOUNDING)) continue;
        /* "instructing the Council of Foreign Ministers to prepare a draft ... for our session": told to do it */
        if (told_to(c, s, b)) continue;
        if (in_relative_aside(c, s, hk->start, m->bare_pos)) continue;
        mask |= 1u << hk->body;
        nb++;
    }
    /* «Накануне, 3 сентября, заседание провел Комитет секретарей советов безопасности»: the subject after the verb
     * of holding (lexicon hold_verb) right after the noun */
    size_t hv;
    if (!nb && lex(c, m->noun_end, m->e, LX_HOLD_VERB, &hv)) mask |= bodies_starting_at(m, hv, &nb);
    /* "At an emergency meeting in Moscow on June 14, the Committee of Secretaries of Security Councils decided
     * ...": the sentence opens with the noun as the occasion (lexicon occasion), and the body right after the
     * comma that closes that phrase is the subject */
    if (!nb) {
        size_t q, k = m->bare_pos;
        if (k > s + 4 || !lex_in(c, s, s + 1, LX_OCCASION)) return 0;
        while (k < m->e && k < m->bare_pos + 14 && !is(c, k, ",")) k++;
        if (!is(c, k, ",")) return 0;
        /* (a meeting of its own: dated or placed before the comma; "At the meeting, the Council ..." is the one
         * named before) */
        size_t d = mentions_from(&c->ms, MK_DATE, m->bare_pos);
        int own = d < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][d].start < k;
        for (size_t x = m->bare_pos; x < k && !own; x++)
            own = gm(c, x, k, G_CITY, -1, &h);
        if (!own) return 0;
        q = k + 1;
        while (q < m->e && q < k + 4 && (is(c, q, "the") || gm(c, q, m->e, G_ORG, -1, &h))) q = is(c, q, "the") ? q + 1 : h.end;
        mask |= bodies_starting_at(m, q, &nb);
    }
    if (!nb || __builtin_popcount(mask) != 1) return 0; /* (one body, perhaps named twice: "Council (CSC)") */
    add_group(m->gr, &m->ng, 16, mask, m->bare_pos, m->bare_pos + 1, rule);
    return 1;
}

/* «Президент России A, Президент Белоруссии B и Президент Казахстана C встретились в узком составе», "Russian President
 * A, ... and Kazakh President D met in Minsk": four holders or more of one body's title (titles.tsv body: President,
 * the heads of state's), or three with the CSTO named beside them, all of member states, named before a meeting
 * verb that is not "met with": that body's session. */
static int office_holders_met(mstate *m, size_t at, const char *rule)
{
    (void)at;
    ctx *c = m->c;
    size_t v = m->s, q = m->s;
    while (v < m->e && !lex(c, v, m->e, LX_MEETING_VERB, &q)) v++;
    if (v == m->e || !meeting_verb_in(c, v, q + 4 < m->e ? q + 4 : m->e)) return 0;
    int counts[32] = {0}, best = -1;
    tphrase t;
    for (size_t k = m->s; k < v; k++) {
        if (!parse_title(c, k, v, &t) || t.plural || t.title < 0 || t.end <= k) continue;
        /* (one of a country outside the bloc: "Putin, Aliyev and Pashinyan met", a trilateral meeting) */
        if (t.country >= 0 && !gaz_country(c->g, t.country)->member) return 0;
        int body = gaz_title(c->g, t.title)->body;
        if (body >= 0 && body < 32) counts[body]++;
        k = t.end - 1;
    }
    /* (three at least, the CSTO named beside them, or four: two leaders meeting are talks of their own) */
    for (int b = 0; b < 32; b++)
        if (counts[b] >= 4 || (counts[b] >= 3 && csto_in(c, m->s, m->e))) best = b;
    if (best < 0) return 0;
    add_group(m->gr, &m->ng, 16, 1u << best, v, q, rule);
    return 1;
}

/* «Россия удовлетворена заявлением совета глав МИД ОДКБ ... Об этом заявил глава МИД РФ по итогам заседания»,
 * "Russia welcomed the statement of the CSTO Council of Foreign Ministers ... Lavrov said after the meeting": a
 * bare meeting noun, no meeting named before it in the report, in a sentence that names no body by its name, after a sentence
 * that names exactly one (by its name): that body's session. */
static int body_the_sentence_before(mstate *m, size_t at, const char *rule)
{
    (void)at;
    ctx *c = m->c;
    if (!m->bare_noun || m->c->x->nm) return 0;
    for (int k = 0; k < m->nh; k++)
        if (m->hits[k].kind != BK_PEOPLE) return 0; /* (a title, «глава МИД РФ», names no body) */
    /* (nor "held a working meeting with Zas", «встреча с Засом»: a meeting with someone by name is talks; not "with
     * the CSTO ministers", "with the Council") */
    size_t w = m->bare_pos + 1, e = m->e;
    gaz_hit h;
    if ((is(c, w, "with") || is(c, w, "с") || is(c, w, "со")) && cap_word(c, w + 1) &&
        !gm(c, w + 1, e, G_BODY, -1, &h) && !gm(c, w + 1, e, G_ORG, -1, &h) && !gm(c, w + 1, e, G_COUNTRY, -1, &h))
        return 0;
    long ps_i = sentence_before(c->tl, m->s);
    if (ps_i < 0) return 0;
    size_t ps = c->tl->s[ps_i].first;
    int body = -1, n = 0;
    for (size_t d = mentions_from(&c->ms, MK_BODY, ps); d < c->ms.n[MK_BODY] && c->ms.v[MK_BODY][d].start < m->s; d++) {
        const mention *bm = &c->ms.v[MK_BODY][d];
        if (bm->sub != BK_BODY) return 0;
        /* (not a body in an office, «с председателем Парламентской Ассамблеи ОДКБ X»: talks with its holder) */
        if (title_ends_at(c, ps, bm->start, 3)) return 0;
        /* (nor the body a working group sits under, «заседание рабочей группы по Афганистану при СМИД ОДКБ», "the
         * working group under the CFM": the group's meeting) */
        size_t b = bm->start > ps && is(c, bm->start - 1, "the") ? bm->start - 1 : bm->start;
        if (b > ps && (is(c, b - 1, "при") || is(c, b - 1, "under"))) return 0;
        if (bm->value != body) body = bm->value, n++;
    }
    if (n != 1) return 0;
    add_group(m->gr, &m->ng, 16, 1u << body, m->bare_pos, m->bare_pos + 1, rule);
    return 1;
}

static int speaker_body(const ctx *c, size_t s, size_t e);

/* "Foreign Minister X met with his counterparts from the CSTO member
 * states": a meeting of the body whose members hold the title named
 * before (titles.tsv), when the CSTO is named beside the peers */
static int with_counterparts(mstate *m, size_t at, const char *rule)
{
    ctx *c = m->c;
    size_t s = m->s, e = m->e, q;
    gaz_hit h;
    int csto = gaz_org_index(c->g, "CSTO");
    for (size_t k = s; k < e; k++) {
        if (!lex(c, k, e, LX_COUNTERPARTS, &q)) continue;
        if (lex_in(c, s, e, LX_PHONE)) return 0; /* "held phone talks with his counterparts" */
        /* "had working meetings with his counterparts from the CSTO member states": one with each, bilateral */
        if (k > s && (is(c, k - 1, "meetings") || is(c, k - 1, "встречи"))) continue;
        int named = 0;
        for (size_t j = k; j < e && j < q + 8 && !named; j++)
            named = gm(c, j, e, G_ORG, -1, &h) && h.val == csto;
        /* (or his counterparts from three of its members or more, in a report that names the CSTO: «Президент
         * России обсудил со своими коллегами из Белоруссии, Казахстана, Армении, Киргизии и Таджикистана ...») */
        int cs[8];
        size_t le;
        if (!named && (is(c, q, "from") || is(c, q, "из")) && gm(c, q + 1, e, G_COUNTRY, -1, &h)) {
            cs[0] = h.val;
            named = countries_listed(c, h.end, e, cs, 1, 8, &le) >= 3 && csto_named(c, 0, c->tl->n);
        }
        if (!named) continue;
        int body = -1;
        for (size_t j = s; j < k; j++)
            if (gm(c, j, k, G_TITLE, -1, &h)) {
                if (gaz_title(c->g, h.val)->body >= 0) body = gaz_title(c->g, h.val)->body;
                j = h.end - 1;
            }
        /* ("..., Lavrov told a news conference after meeting his ODKB counterparts": the speaker's office, named before) */
        if (body < 0) body = speaker_body(c, s, e);
        if (body < 0) continue;
        /* (the mention is the phrase's last word, so that its verb, "convened his CSTO colleagues", tells its tense) */
        add_group(m->gr, &m->ng, 16, 1u << body, q - 1, q, rule);
        return 1;
    }
    return 0;
}

/* "the next meeting (of the Council) will be held in Armenia", "the
 * decisions of the Commission's last meeting": another meeting of the
 * bodies last named, at the noun lexicon "next" qualifies ("the agenda of
 * the meeting" is the one named before: refers-back) */
/* The CSTO body of the one who speaks in [s, e) ("..., said Nurtleu", «— сказал Нуртлеу»): an official
 * named before whose surname stands right after or before a speech verb and whose title a body's members
 * hold (titles.tsv); -1 when there is none. */
static int speaker_body(const ctx *c, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++) {
        size_t q;
        if (!lex(c, i, e, LX_SPEECH, &q)) continue;
        size_t cand[2] = {q, i > s ? i - 1 : e};
        for (int w = 0; w < 2; w++) {
            size_t k = cand[w];
            if (k >= e || c->tl->t[k].kind != TOK_WORD || !c->tl->t[k].cap) continue;
            char key[64], initial;
            name_key(c, k, k + 1, key, sizeof key, &initial);
            int o = find_official(c, key, 0);
            if (o >= 0 && c->x->o[o].body1) return c->x->o[o].body1 - 1;
        }
    }
    return -1;
}

/* «"Нашу следующую встречу предлагается провести в Астане ... накануне сессии СКБ", — сказал Нуртлеу»,
 * "our next meeting will be in Astana, said X": the speaker's body meets next (a foreign minister's: the
 * CFM), whatever else the sentence names. */
static void our_next_meeting(mstate *m)
{
    ctx *c = m->c;
    if (!m->bare_noun || m->ng >= 16) return;
    size_t i = m->bare_pos, ne = m->noun_end > i ? m->noun_end : i + 1, q;
    for (int g = 0; g < m->ng; g++)
        if (m->gr[g].pos <= i && i < m->gr[g].end) return;
    size_t head = premod_start(c, m->s, i);
    int ours = 0, next = 0;
    for (size_t k = head > m->s + 2 ? head - 2 : m->s; k < i; k++) {
        ours |= lex(c, k, i, LX_OUR, NULL);
        next |= lex(c, k, i, LX_NEXT, &q) && q <= i;
    }
    int sb = ours && next ? speaker_body(c, m->s, m->e) : -1;
    if (sb >= 0) add_group(m->gr, &m->ng, 16, 1u << sb, i, ne, "our-next-meeting");
}

static int next_meeting(mstate *m, size_t at, const char *rule)
{
    ctx *c = m->c;
    if (!m->bare_noun || c->current < 0) return 0;
    for (size_t i = m->bare_pos, ne; i < m->e; i++) { /* the meeting noun that "next" or "last" qualifies */
        if (!lex(c, i, m->e, LX_MEETING_NOUN, &ne)) continue;
        size_t head = premod_start(c, m->s, i), q;
        for (size_t k = head > m->s + 2 ? head - 2 : m->s; k < i; k++)
            if (lex(c, k, i, LX_NEXT, &q) && q <= i) {
                add_group(m->gr, &m->ng, 16, c->x->m[c->current].bodies, i, ne, rule);
                return 1;
            }
        i = ne - 1;
    }
    return 0;
}

/* The ordinal a meeting was named with: "the 21st meeting of the Commission" (a few words before its mention or
 * in it), or 0. */
static long named_ordinal(const ctx *c, int meeting)
{
    for (size_t d = 0; d < c->ms.n[MK_MEETING]; d++) {
        const mention *mm = &c->ms.v[MK_MEETING][d];
        if (mm->value != meeting) continue;
        for (size_t k = mm->start > 3 ? mm->start - 3 : 0; k < mm->end; k++) {
            long n = ordinal_at(c, k);
            if (n) return n;
        }
    }
    return 0;
}

/* Whether the ordinal right before the noun at pos (from s: "its 20th meeting") differs from the one meeting was
 * named with ("the 21st meeting of the Commission"): another meeting. */
static int other_ordinal(const ctx *c, size_t s, size_t pos, int meeting)
{
    long nth = pos > s ? ordinal_at(c, pos - 1) : 0, was = nth ? named_ordinal(c, meeting) : 0;
    return nth && was && nth != was;
}

/* Whether a meeting noun ending at k goes on (past its day) with «с», «со», "with" and a title or a person: a
 * meeting with someone. */
static int meeting_with_someone(const ctx *c, size_t k, size_t e)
{
    size_t d = mentions_from(&c->ms, MK_DATE, k);
    if (d < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][d].start == k) k = c->ms.v[MK_DATE][d].end;
    if (!is(c, k, "с") && !is(c, k, "со") && !is(c, k, "with")) return 0;
    k++;
    if (is(c, k, "the")) k++;
    return gm(c, k, e, G_TITLE, -1, &(gaz_hit){0}) || mention_in(&c->ms, MK_PERSON, k, k + 1);
}

/* "the meeting", "the participants": the meeting last named (no new mention) */
static int refers_back(mstate *m, size_t at, const char *rule)
{
    if (!(m->bare_noun || m->anaphor) || m->c->current < 0) return 0;
    size_t pos = m->bare_noun ? m->bare_pos : m->anaphor_pos;
    size_t own_end = pos + 1;
    lex(m->c, pos, m->e, LX_MEETING_NOUN, &own_end); /* (the noun's own end: noun_end is the last noun's) */
    /* "a joint meeting of the standing commissions of the Parliamentary Assembly", «заседание постоянных комиссий
     * ПА»: a meeting of committees (lexicon committee), no session of the body named before */
    if (m->bare_noun) {
        size_t k = own_end + is(m->c, own_end, "of");
        if (is(m->c, k, "the")) k++;
        for (size_t q = k; q < m->e && q < k + 3; q++)
            if (lex(m->c, q, m->e, LX_COMMITTEE, NULL)) return 0;
            else if (m->c->tl->t[q].kind != TOK_WORD || m->c->tl->t[q].cap) break;
    }
    /* (nor "A and B (L-R) during the Eurasian Economic Community session", "during the session of the Eurasian
     * Economic Community": another organisation's) */
    if (of_other_org(m->c, m->s, pos, own_end, m->e)) return 0;
    /* (nor «по итогам встречи 30 августа с Президентом Беларуси X», "after the meeting on Monday with President X": a
     * meeting with someone is theirs) */
    if (m->bare_noun && meeting_with_someone(m->c, own_end, m->e)) return 0;
    int to = m->c->current;
    /* "... was taken at an extraordinary summit on February 4. X attended that meeting": "that" points to the
     * meeting named last, whatever has the focus */
    if (pos > m->s && (is(m->c, pos - 1, "that") || is(m->c, pos - 1, "this")) && m->c->ms.n[MK_MEETING]) {
        /* (but the focus, when the sentence before named it: "held a joint meeting ..., where they approved the
         * documents for the summit. Lavrov, who took part in that meeting") */
        long ps_i = sentence_before(m->c->tl, m->s);
        size_t ps = ps_i >= 0 ? m->c->tl->s[ps_i].first : m->s;
        int named = 0;
        for (size_t d = mentions_from(&m->c->ms, MK_MEETING, ps); d < m->c->ms.n[MK_MEETING] &&
                                                                   m->c->ms.v[MK_MEETING][d].start < m->s; d++)
            named |= m->c->ms.v[MK_MEETING][d].value == to;
        if (!named) to = m->c->ms.v[MK_MEETING][m->c->ms.n[MK_MEETING] - 1].value;
    }
    /* «сессия» alone (lexicon csc_session) is the heads of state's, whose session it is called, where
     * the councils of ministers hold «заседания»: «Ожидается, что в работе сессии примут участие ...»
     * after the ministers' meeting named last is of the summit named before it */
    int csc = m->bare_noun ? gaz_body_index(m->c->g, "CSC") : -1;
    if (csc >= 0 && !(m->c->x->m[to].bodies & 1u << csc) && lex(m->c, pos, m->e, LX_CSC_SESSION, NULL)) {
        int k = last_meeting_of_body(m->c, csc);
        if (k >= 0) to = k;
    }
    /* "Following the videoconference, ...": the meeting held by video, not one held in person named
     * since in passing ("the programme approved at the summit in Astana") */
    if (m->bare_noun && m->c->x->m[to].format != FM_VIDEO && lex(m->c, pos, m->e, LX_VIDEO, NULL))
        for (int k = m->c->x->nm; k-- > 0;)
            if (m->c->x->m[k].format == FM_VIDEO) {
                to = k;
                break;
            }
    /* "the session in Dushanbe on 16 September 2021", the one named was in 2025: not that one (also past
     * an aside: "a second video session, which X also chaired, on October 28") */
    size_t ne = m->bare_noun ? m->noun_end : pos + 1, past = past_aside(m->c, ne, m->e);
    size_t win = past > ne ? past + 6 : pos + 8;
    /* (or a date among its modifiers: "at the June 14 meeting in Moscow") */
    if (dated_otherwise(m->c, m->bare_noun ? premod_start(m->c, m->s, pos) : pos, win < m->e ? win : m->e, to)) return 0;
    /* "chaired the 21st meeting of the Commission ... the decisions of its 20th meeting, held in October 2022":
     * another number, another meeting */
    if (m->bare_noun && other_ordinal(m->c, m->s, pos, to)) return 0;
    /* "On August 23, they held an extraordinary session": the date the sentence opens with is its */
    if (m->dated_rule && m->dated_from < m->dated_pos && dated_otherwise(m->c, m->dated_from, m->dated_to, to))
        return 0;
    /* "the next summit is expected to be held in Bishkek next year ... to finalize the documents for the
     * summit": the bare noun is the report's meeting, not one named as the next or the previous */
    if (m->c->x->m[to].time_mod || m->c->x->m[to].said_past)
        for (int k = m->c->x->nm; k-- > 0;) {
            const x_meeting *o = &m->c->x->m[k];
            if (k != to && o->bodies == m->c->x->m[to].bodies && !o->time_mod && !o->said_past) {
                to = k;
                break;
            }
        }
    /* «Главы МИД подписали заявление ... "На совместном заседании /глав МИД, министров обороны и секретарей Советов
     * безопасности/ рассмотрены задачи"»: a joint session whose people of two bodies or more the sentence names is
     * not one body's meeting named before (session_of_people makes it) */
    if (m->bare_noun && joint_noun(m->c, m->s, pos) && __builtin_popcount(m->c->x->m[to].bodies) == 1) {
        unsigned people = 0;
        for (int k = 0; k < m->nh; k++)
            if (m->hits[k].kind == BK_PEOPLE) people |= 1u << m->hits[k].body;
        if (__builtin_popcount(people) >= 2) return 0;
    }
    m->refer = to;
    /* "... the summit, which will take place tomorrow. The session was chaired by X": the one held */
    if (m->c->x->m[m->refer].status == ST_PLANNED) {
        int held = held_named_before(m->c, m->s, m->e);
        /* "..., Nazarbayev told the session" after a quote in the future: the clause of the noun is past */
        if (held < 0 && clause_tense(m->c, m->s, m->e, pos, pos + 1) == 0) held = held_named_last(m->c, m->s, m->e);
        /* ("X, following the meeting, informed the media about its results": after it, so it is over) */
        if (held < 0 && m->bare_noun && lex_ends_at(m->c, m->s, premod_start(m->c, m->s, pos), 3, LX_AFTER_MEETING))
            held = held_named_last(m->c, m->s, m->e);
        if (held >= 0) m->refer = held;
    } else if (clause_tense(m->c, m->s, m->e, pos, pos + 1) == 1) {
        /* "... will be put forward for discussion at the CSTO session. The meeting is expected to be held at the end
         * of 2017 in Minsk" in a report of a meeting held: the one to come named last, in the sentence before */
        size_t k = mentions_from(&m->c->ms, MK_MEETING, m->s);
        long ps = sentence_before(m->c->tl, m->s);
        if (k > 0 && ps >= 0) {
            const mention *last = &m->c->ms.v[MK_MEETING][k - 1];
            if (last->start >= m->c->tl->s[ps].first && last->value >= 0 && last->value < m->c->x->nm &&
                m->c->x->m[last->value].status == ST_PLANNED)
                m->refer = last->value;
        }
    }
    m->refer_rule = rule;
    return 1;
}

/* «вопросы, предлагаемые для рассмотрения уставными органами ОДКБ - Советом коллективной безопасности, Советом министров
 * иностранных дел, ... - в ходе их заседаний, запланированных на 22-23 июня 2006 года в г. Минске», "the Council of
 * Foreign Ministers and the Council of Defence Ministers will consider them at their sessions in Minsk": a plural
 * possessive pronoun right before the meeting noun at `at` (lexicon they_own), two bodies or more named before it in
 * the sentence and not yet taken: a meeting of each, where and when the noun's clause says. */
static int their_sessions(mstate *m, size_t at, const char *rule)
{
    ctx *c = m->c;
    if (at <= m->s || !lex(c, at - 1, at, LX_THEY_OWN, NULL)) return 0;
    unsigned mask = 0;
    for (int k = 0; k < m->nh; k++)
        if (m->hits[k].kind == BK_BODY && !m->hits[k].used && m->hits[k].end <= at) mask |= 1u << m->hits[k].body;
    if (__builtin_popcount(mask) < 2) return 0;
    for (int k = 0; k < m->nh; k++)
        if (m->hits[k].kind == BK_BODY && m->hits[k].end <= at) m->hits[k].used = 1;
    add_each(m->gr, &m->ng, mask, at, m->noun_end, rule);
    return 1;
}

/* "the extraordinary session of the CSTO on August 23", "an extraordinary CSTO session", «внеочередной сессии ОДКБ»:
 * a session (lexicon org_session) of the organisation itself, no body of it named, is the heads of state's,
 * the Collective Security Council's (whose meetings are its sessions). */
static int org_session(mstate *m, size_t at, const char *rule)
{
    ctx *c = m->c;
    size_t e = m->e, ne = m->noun_end, q;
    gaz_hit h;
    int csto = gaz_org_index(c->g, "CSTO"), csc = gaz_body_index(c->g, "CSC");
    /* ("Today's meeting of the CSTO in Moscow", "the 10th anniversary meeting of the CSTO": a meeting noun, the
     * organisation after "of", in a report that has named no meeting before, in a sentence that names no body: the
     * heads of state's, as a session is) */
    int session = lex(c, ne - 1, ne, LX_ORG_SESSION, &q);
    int of_meeting = !cyrillic(c, at) && c->x->nm == 0 && !m->nh && lex(c, ne - 1, ne, LX_MEETING_NOUN, NULL) &&
                     is(c, ne, "of") && !(at > m->s && is(c, at - 1, "joint")); /* (not "the joint meeting of CSTO structures") */
    /* ("Kazakh President X said on Tuesday after a CSTO meeting in Moscow": the organisation's name right before a
     * meeting noun, in a sentence that names a head of state by his title, titles.tsv CSC) */
    int heads_meeting = 0;
    if (!session && at > m->s && gm(c, at - 1, at, G_ORG, -1, &h) && h.val == csto && lex(c, ne - 1, ne, LX_MEETING_NOUN, NULL))
        for (size_t k = m->s; k < e && !heads_meeting; k++)
            heads_meeting = gm(c, k, e, G_TITLE, -1, &h) && gaz_title(c->g, h.val)->body == csc;
    if (csto < 0 || csc < 0 || !(session || lex_ends_at(c, m->s, ne, 3, LX_ORG_INFORMAL) || of_meeting || heads_meeting))
        return 0; /* (the noun's last word, or "informal meeting") */
    size_t k = ne + (is(c, ne, "of") && !cyrillic(c, at)), end = 0;
    if (is(c, k, "the")) k++;
    /* ("a meeting of member countries of the Collective Security Treaty Organisation in Moscow": past the members) */
    if (of_meeting && is(c, k, "member") && (is(c, k + 1, "countries") || is(c, k + 1, "states") || is(c, k + 1, "nations")) &&
        is(c, k + 2, "of"))
        k += 3 + is(c, k + 3, "the");
    size_t pos = at; /* (the mention's start: "the agenda of the CSTO session" reads its words before from the CSTO) */
    if ((k > ne || cyrillic(c, at)) && gm(c, k, e, G_ORG, -1, &h) && h.val == csto) {
        end = past_brackets(c, h.end, e, 8); /* (past "(ОДКБ)") */
    }
    else if (at > m->s && gm(c, at - 1, at, G_ORG, -1, &h) && h.val == csto) end = ne, pos = at - 1; /* "CSTO session" */
    else
        for (size_t b = at > m->s + 3 ? at - 3 : m->s; b + 1 < at && !end; b++) /* "an extraordinary CSTO session" */
            if (gm(c, b, at, G_ORG, -1, &h) && h.val == csto && h.end < at && only_meeting_modifiers(c, h.end, at)) end = ne;
    if (!end) return 0;
    /* (the organisation itself, its name ending the phrase: not "a meeting of CSTO structures", "of CSTO experts") */
    if (of_meeting && !session && end < e && c->tl->t[end].kind == TOK_WORD &&
        !c->tl->t[end].cap && !lex(c, end, e, LX_PLACE_PREP, NULL) && !is(c, end, "on") && !is(c, end, "at"))
        return 0;
    /* (not "the session of the CSTO Council of Foreign Ministers", "CSTO PA session": a body's) */
    size_t b = end == ne ? at : end;
    /* (but «сессии ОДКБ президент Казахстана X»: the heads of state's own people after it, a title, name no other
     * body; "After the session the CSTO defense ministers will ..." does) */
    if (b < e && gm(c, b, e, G_BODY, -1, &h) && !(h.sub == BK_PEOPLE && h.val == csc)) return 0;
    /* (nor "the first extended session of the CSTO Military Committee": an organ the gazetteer does not list,
     * capitalised words ending in a committee word of the lexicon) */
    for (size_t w = b; end != ne && w < e && w < b + 4 && cap_word(c, w); w++)
        if (lex(c, w, w + 1, LX_COMMITTEE, NULL)) return 0;
    for (int k2 = 0; k2 < m->nh; k2++)
        if (m->hits[k2].end <= at && m->hits[k2].end + 3 >= at) return 0;
    /* "Lavrov has told a conference of CSTO Foreign Ministers that ... The Russian Foreign Minister was speaking
     * at the opening of the session of Collective Security Treaty Organization": the ministers' meeting the
     * sentence before named, not a summit */
    /* (not "the following day's CSTO session for the countries' heads of state": a day of its own, or the heads
     * of state named after it) */
    size_t d = mentions_from(&c->ms, MK_DATE, at > m->s + 6 ? at - 6 : m->s);
    int own = d < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][d].start < end + 2;
    for (int k2 = 0; k2 < m->nh && !own; k2++)
        own = m->hits[k2].body == csc && m->hits[k2].start >= end && m->hits[k2].start < end + 6;
    for (size_t q2 = at > m->s + 6 ? at - 6 : m->s; q2 < at && !own; q2++) /* "the next", "the following day's" */
        own = lex(c, q2, at, LX_NEXT, NULL) || is(c, q2, "following");
    long ps_i = own ? -1 : sentence_before(c->tl, m->s);
    if (ps_i >= 0) {
        size_t ps = c->tl->s[ps_i].first;
        for (size_t mk = mentions_from(&c->ms, MK_MEETING, ps); mk < c->ms.n[MK_MEETING] && c->ms.v[MK_MEETING][mk].start < m->s;
             mk++)
            if (!(c->x->m[c->ms.v[MK_MEETING][mk].value].bodies & 1u << csc)) return 0;
    }
    add_group(m->gr, &m->ng, 16, 1u << csc, pos, end, rule);
    return 1;
}

/* "the draft documents, which are to be signed during the CSTO heads of state meeting on November 28": people
 * of a body right before the meeting noun at `at` hold it. */
static int people_meeting(mstate *m, size_t at, const char *rule)
{
    for (int k = 0; k < m->nh; k++) {
        bhit *bh = &m->hits[k];
        if (bh->kind == BK_PEOPLE && !bh->used && bh->end == at && !of_a_country(m->c, bh, m->e, NULL) &&
            !told_to(m->c, m->s, bh->start)) {
            bh->used = 1;
            add_group(m->gr, &m->ng, 16, 1u << bh->body, at, at + 1, rule);
            return 1;
        }
    }
    return 0;
}

/* The bodies of the people joined to hit k by "and", «и» or a comma ("the foreign ministers and the defence
 * ministers", «министры иностранных дел и министры обороны»): a mask, 0 when none follow. */
static unsigned coordinated_people(const mstate *m, int k)
{
    const ctx *c = m->c;
    unsigned mask = 0;
    size_t q = m->hits[k].end;
    for (int guard = 0; guard < 4; guard++) {
        size_t a = q + is(c, q, ",");
        if (lex(c, a, m->e, LX_AND, NULL)) a++;
        if (a == q) break;
        a += determiner(c, a);
        int found = 0;
        for (int h = 0; h < m->nh; h++)
            if (m->hits[h].start == a && m->hits[h].kind == BK_PEOPLE && !of_a_country(c, &m->hits[h], m->e, NULL)) {
                mask |= 1u << m->hits[h].body;
                q = m->hits[h].end;
                found = 1;
            }
        if (!found) break;
    }
    return mask;
}

/* "during the session the heads of state ...": nothing to refer back to,
 * the first body of people named holds it, with those joined to it */
static int session_of_people(mstate *m, size_t at, const char *rule)
{
    if (!m->bare_noun) return 0;
    /* (not "The Russian, Belarusian and Kazakh presidents held the final meeting in late December 2014 in the process
     * to establish the EAEU": another organisation's, named where the CSTO is not) */
    if (other_org_named(m->c, m->s, m->e) && !csto_named(m->c, m->s, m->e)) return 0;
    /* «министры иностранных дел, министры обороны и секретари советов безопасности провели ... совместное
     * заседание»: a joint session is all of theirs */
    size_t b = m->bare_pos;
    if (b > m->s && (is(m->c, b - 1, "joint") || is(m->c, b - 1, "совместное") || is(m->c, b - 1, "совместную") ||
                     is(m->c, b - 1, "совместном"))) {
        unsigned mask = 0;
        for (int k = 0; k < m->nh; k++)
            if (m->hits[k].kind == BK_PEOPLE && m->hits[k].end <= b && !of_a_country(m->c, &m->hits[k], m->e, NULL))
                mask |= 1u << m->hits[k].body;
        if (mask & (mask - 1)) {
            add_group(m->gr, &m->ng, 16, mask, b, b + 1, rule);
            return 1;
        }
    }
    for (int k = 0; k < m->nh; k++)
        if (m->hits[k].kind == BK_PEOPLE && !of_a_country(m->c, &m->hits[k], m->e, NULL) &&
            !told_to(m->c, m->s, m->hits[k].start) && !ru_one_person(m->c, &m->hits[k])) {
            /* (each body the name stands for: "the Foreign and Defence Ministers") */
            unsigned mask = span_bodies(m->hits, m->nh, &m->hits[k], 0) | coordinated_people(m, k);
            /* ("concurrent meetings of the ministers of foreign affairs, defense ministers, and secretaries": said
             * apart, lexicon separately before a plural noun, one each) */
            if (b > m->s && lex(m->c, b - 1, b, LX_SEPARATELY, NULL) && plural_noun(m->c, m->s, b, b + 1))
                add_each(m->gr, &m->ng, mask, m->bare_pos, m->bare_pos + 1, rule);
            else
                add_group(m->gr, &m->ng, 16, mask, m->bare_pos, m->bare_pos + 1, rule);
            return 1;
        }
    return 0;
}

/* "The foreign and defense ministers and the secretaries of the security councils of the member states of the
 * CSTO have discussed the situation", «Министры обороны ОДКБ обсудили ...»: the people of bodies who open the
 * sentence as its subject, and a verb of deliberation (lexicon deliberate) before the clause ends, met; one
 * meeting of them all. */
static int people_deliberated(mstate *m, size_t at, const char *rule)
{
    const ctx *c = m->c;
    size_t k = m->s, q;
    while (k < m->e && c->tl->t[k].start >= c->a->dateline_start && c->tl->t[k].start < c->a->dateline_end) k++;
    if (k > m->s && is(c, k, "-")) k++; /* "MOSCOW. Nov 27 (Interfax) - The foreign ministers ..." */
    /* "Meanwhile, Foreign Ministers of the CSTO member states are discussing ...": a sentence adverb (lexicon
     * opener) before the subject */
    size_t op;
    if (lex(c, k, m->e, LX_OPENER, &op)) k = op + is(c, op, ",");
    k += determiner(c, k);
    k = skip_body_prefix(c, k, m->e, m->hits, m->nh); /* "The CSTO foreign ministers", "the bloc's defence ministers" */
    unsigned mask = 0;
    size_t last = m->e; /* (the start of the hit taken last: "foreign and defense ministers" is two at one place) */
    for (int h = 0; h < m->nh; h++) {
        const bhit *bh = &m->hits[h];
        if (bh->start < k && bh->start != last) continue;
        if ((bh->start > k && bh->start != last) || bh->kind != BK_PEOPLE || of_a_country(c, bh, m->e, NULL)) break;
        mask |= 1u << bh->body;
        last = bh->start;
        k = bh->end;
        if (lex(c, k, m->e, LX_AND, &q)) k = q + determiner(c, q); /* "... and the secretaries of ..." */
    }
    if (!mask) return 0;
    /* "Foreign ministers of Armenia, Belarus, ..., Russia and Tajikistan discussed": past the members' list (of_a_country
     * let it through: every member is named) */
    size_t cl = k + 1 + is(c, k + 1, "the");
    if (is(c, k, "of") && every_member(c, cl, m->e)) k = country_list_end(c, cl, m->e);
    /* (past the people's long "of the member states of the CSTO"; or adopting or agreeing, not by phone: "The CSTO
     * foreign ministers approved a consultation plan") */
    size_t v = deliberates(c, k, m->e, 16, &q, 0);
    /* (a meeting named before of one of those bodies is where they adopted it: "As part of a joint meeting of the
     * CFM, CMD, CSSC, 25 documents were signed. The heads of the foreign affairs agencies adopted several
     * declarations") */
    int named = 0;
    for (int i = 0; i < c->x->nm && !named && !v; i++) named = (c->x->m[i].bodies & mask) != 0;
    /* (nor in what someone says: "The leaders of CSTO nations signed a declaration condemning the attack, X said on
     * Friday") */
    if (!v && !named && !lex_in(c, m->s, m->e, LX_PHONE) && !lex_in(c, m->s, m->e, LX_SPEECH))
        v = deliberates(c, k, m->e, 16, &q, 1);
    if (!v) return 0;
    add_group(m->gr, &m->ng, 16, mask, v, q, rule);
    return 1;
}

/* The rules in precedence order within their scope. */
static const struct {
    const char *name;
    int scope;
    meeting_rule fn;
} meeting_rules[] = {
    {"meeting-of-body", R_NOUN, meeting_of_body},
    {"dated-bare-noun", R_NOUN, dated_bare_noun},
    {"people-meeting", R_NOUN, people_meeting},
    {"org-session", R_NOUN, org_session},
    {"their-sessions", R_NOUN, their_sessions},
    {"summit", R_BODY, summit},
    {"body-met", R_BODY, body_met},
    {"hosted-body", R_BODY, hosted_body},
    {"held-body", R_BODY, held_body},
    {"people-met", R_BODY, people_met},
    {"at-body", R_BODY, at_body},
    {"after-body", R_BODY, after_body},
    {"chaired-body", R_BODY, chaired_body},
    {"work-of-bodies", R_BODY, work_of_bodies},
    {"prepared-body", R_BODY, prepared_body},
    {"people-hold-a-meeting", R_SENTENCE, people_hold_a_meeting},
    {"body-and-meeting-noun", R_SENTENCE, body_and_meeting_noun},
    {"next-meeting", R_SENTENCE, next_meeting},
    {"with-counterparts", R_SENTENCE, with_counterparts},
    {"refers-back", R_SENTENCE, refers_back},
    {"body-the-sentence-before", R_SENTENCE, body_the_sentence_before},
    {"office-holders-met", R_SENTENCE, office_holders_met},
    {"session-of-people", R_SENTENCE, session_of_people},
    {"people-deliberated", R_SENTENCE, people_deliberated},
};
#define N_MEETING_RULES (sizeof meeting_rules / sizeof meeting_rules[0])

/* Tries the rules of `scope` at `at` in order; 1 when one applied. */
static int try_rules(mstate *m, int scope, size_t at)
{
    for (size_t r = 0; r < N_MEETING_RULES; r++)
        if (meeting_rules[r].scope == scope && meeting_rules[r].fn(m, at, meeting_rules[r].name)) return 1;
    return 0;
}

/* Whether a working meeting at [i, ne) is followed by "with" and one official's title ("held a working
 * meeting with the Ambassador of the Republic of Serbia", «рабочая встреча с послом Сербии»): talks with a
 * person, not a session of a body (not "a meeting with the Secretary General" of ministers); or any meeting
 * noun by "with" the press. */
static int talks_with_person(const ctx *c, size_t s, size_t i, size_t ne, size_t e)
{
    /* («встреча Зася с президентом Беларуси X»: the one who meets, a name of one or two capitalised words right after
     * the noun that name no place, body or title) */
    gaz_hit h;
    for (size_t n0 = ne; ne < e && ne < n0 + 2 && cyrillic(c, ne) && c->tl->t[ne].cap && !c->tl->t[ne].upper &&
                         !gm(c, ne, e, G_CITY, -1, &h) && !gm(c, ne, e, G_COUNTRY, -1, &h) && !gm(c, ne, e, G_ORG, -1, &h) &&
                         !gm(c, ne, e, G_BODY, -1, &h) && !gm(c, ne, e, G_TITLE, -1, &h);)
        ne++;
    if (!is(c, ne, "with") && !is(c, ne, "с") && !is(c, ne, "со")) return 0;
    /* "had a meeting with the journalists", «встреча с журналистами»: with the press (lexicon with_press) */
    if (lex(c, ne, e, LX_WITH_PRESS, NULL)) return 1;
    int working = i > s && (is(c, i - 1, "working") || is(c, i - 1, "рабочая") || is(c, i - 1, "рабочую") ||
                            is(c, i - 1, "рабочей"));
    size_t k = ne + 1 + is(c, ne + 1, "the");
    /* "at a meeting with his Armenian counterpart X", «на встрече с армянским коллегой X»: talks with one
     * counterpart (lexicon counterpart, singular), not the council's session */
    size_t p = ne + 1 + (is(c, ne + 1, "his") || is(c, ne + 1, "her") || is(c, ne + 1, "своим") || is(c, ne + 1, "своей"));
    if (gm(c, p, e, G_COUNTRY, -1, &h)) p = h.end;
    if (lex(c, p, e, LX_COUNTERPART, NULL) && !word_ends_any(T(c, p), (const char *const[]){"s", "ами", "и", NULL}))
        return 1;
    /* "held a meeting with U.S. Secretary of State Antony Blinken": a meeting, with the title of a country
     * outside the bloc */
    int outsider = 0;
    if (gm(c, k, e, G_COUNTRY, -1, &h)) outsider = !gaz_country(c->g, h.val)->member, k = h.end;
    /* «проведет встречи с президентом республики X и с киргизским коллегой Y», «встреча с президентом»: a meeting
     * (the noun «встреча») with one holder of a national office (a country's adjective may stand before it) */
    /* (or «переговоры с министром иностранных дел Армении X»: talks) */
    int ru_talks = !strncmp(T(c, i), "встреч", strlen("встреч")) || !strncmp(T(c, i), "переговор", strlen("переговор"));
    if (ru_talks && k < e && cyrillic(c, k) && !c->tl->t[k].cap && gm(c, k, e, G_COUNTRY, -1, &h)) k = h.end;
    if (!working && !ru_talks && !(outsider && i > s && (is(c, i - 1, "a") || is(c, i - 1, "an")))) return 0;
    if (!gm(c, k, e, G_TITLE, -1, &h) || h.sub == NUM_PLURAL) return 0;
    /* (the instrumental plural: «встреча с министрами иностранных дел» is with the council) */
    if (ru_talks && word_ends_any(T(c, k), (const char *const[]){"ами", "ями", NULL})) return 0;
    return working || !gaz_title(c->g, h.val)->one; /* (not «встреча министров с генеральным секретарем»: theirs) */
}

/* Whether the body anaphor at i (lexicon body_anaphor) ending at q is a body named by its kind alone: not "the
 * council of ..." nor, in Russian, the first word of a longer name («Совета безопасности», «Совета министров»:
 * capitalised, then no word but one of a meeting taking place, lexicon takes_place). */
static int bare_council(const ctx *c, size_t i, size_t q, size_t e)
{
    if (is(c, q, "of")) return 0;
    if (!cyrillic(c, i)) return 1;
    return c->tl->t[i].cap && (q >= e || c->tl->t[q].kind != TOK_WORD || lex(c, q, e, LX_TAKES_PLACE, NULL));
}

static int last_body_named(const ctx *c, size_t s);

/* "The Collective Security Council met in Bishkek on November 27. On December 2, 2020, the council met
 * online": "the council" alone (lexicon body_anaphor, not "the council of ...") is the one body of the
 * meeting in focus, a body hit of the sentence when the sentence has a date of its own, other than that
 * meeting's (else it is that meeting, which refers_back finds), or ends with a colon. */
static void council_anaphor(mstate *m)
{
    ctx *c = m->c;
    size_t q;
    if (m->nh >= BODY_HITS) return;
    int body, before_any = c->current < 0 && c->x->nm == 0;
    if (before_any) {
        /* ("The CSTO is governed by the Collective Security Council ... The session of the Council took place in
         * Astana": before any meeting is named, the one body named last by its name, a few sentences back) */
        if ((body = last_body_named(c, m->s)) < 0) return;
    } else {
        if (c->current < 0) return;
        unsigned b = c->x->m[c->current].bodies;
        if (!b || (b & (b - 1))) return;
        /* (or a lead-in that lists sessions after its colon: "has attended every regular session of the Council:",
         * listed_under) */
        if (!dated_otherwise(c, m->s, m->e, c->current) && !lead_colon(c, m->s, m->e)) return;
        body = __builtin_ctz(b);
    }
    for (size_t i = m->s; i < m->e; i++) {
        /* (and "the ministers are due to meet again", lexicon people_again: the body at the people's word,
         * «министры вновь соберутся» too, and the verb after it left to the rules that read it) */
        if (!before_any && lex(c, i, m->e, LX_PEOPLE_AGAIN, &q)) {
            size_t w = i + determiner(c, i);
            m->hits[m->nh++] = (bhit){body, BK_BODY, w, w + 1, 0};
            return;
        }
        /* (before any meeting, only the session of the council: "the session of the Council", «заседание Совета»;
         * not "X, who chairs the Council") */
        if (before_any && !(cyrillic(c, i) ? i > m->s && lex(c, i - 1, i, LX_MEETING_NOUN, NULL)
                                           : i >= m->s + 2 && is(c, i - 1, "of") && lex(c, i - 2, i - 1, LX_MEETING_NOUN, NULL)))
            continue;
        if (!lex(c, i, m->e, LX_BODY_ANAPHOR, &q) || !bare_council(c, i, q, m->e)) continue;
        for (int k = 0; k < m->nh; k++)
            if (m->hits[k].start < q && i < m->hits[k].end) return; /* part of a body's name */
        m->hits[m->nh++] = (bhit){body, BK_BODY, i + !cyrillic(c, i), q, 0}; /* (past "the") */
        return;
    }
}

/* The body named by its name (not its people, not a meeting noun) last before s, within the four sentences before
 * it, when those sentences name that body alone; -1 otherwise. */
static int last_body_named(const ctx *c, size_t s)
{
    long si = sentence_before(c->tl, s);
    for (int back = 1; si >= 0 && back < 4; back++) {
        long p = sentence_before(c->tl, c->tl->s[si].first);
        if (p < 0) break;
        si = p;
    }
    if (si < 0) return -1;
    int body = -1;
    for (size_t d = mentions_from(&c->ms, MK_BODY, c->tl->s[si].first); d < c->ms.n[MK_BODY] && c->ms.v[MK_BODY][d].start < s; d++) {
        const mention *bm = &c->ms.v[MK_BODY][d];
        if (bm->sub == BK_PEOPLE) continue;
        if (bm->sub != BK_BODY || (body >= 0 && bm->value != body)) return -1;
        body = bm->value;
    }
    return body;
}

/* Whether the words at a and b share their first four letters ("Council", «Совета» and «Совет»). */
static int same_word_stem(const ctx *c, size_t a, size_t b)
{
    const char *x = c->tl->t[a].norm, *y = c->tl->t[b].norm;
    size_t n = cyrillic(c, a) ? 8 : 4;
    return strlen(x) >= n && strlen(y) >= n && !strncmp(x, y, n);
}

/* "The heads of state at the session of the Collective Security Council decided to hold the next session of the
 * Council in Russia", «на заседании Совета коллективной безопасности приняли решение о проведении следующего
 * заседания Совета»: "the Council" (lexicon body_anaphor) right after a meeting noun and "of" is the body named
 * before it in the sentence whose name has that word, a mention of its own, which keep_apart makes another
 * meeting when its date, place or "next" differ, or drops. */
static void council_again(mstate *m)
{
    ctx *c = m->c;
    for (size_t i = m->s + 1, q; i < m->e && m->nh < BODY_HITS; i++) {
        if (!lex(c, i, m->e, LX_BODY_ANAPHOR, &q) || !bare_council(c, i, q, m->e)) continue;
        size_t w = q - 1, ne, k = i - is(c, i - 1, "of");
        int body = -1, inside = 0, noun = 0;
        for (size_t n = k > m->s + 2 ? k - 2 : m->s; n < k && !noun; n++)
            noun = lex(c, n, k, LX_MEETING_NOUN, &ne) && ne == k && (cyrillic(c, i) || k < i);
        for (int h = 0; h < m->nh; h++) {
            inside |= m->hits[h].start < q && i < m->hits[h].end;
            if (m->hits[h].kind != BK_BODY || m->hits[h].end > i) continue;
            int same = 0;
            for (size_t t = m->hits[h].start; t < m->hits[h].end && !same; t++) same = same_word_stem(c, t, w);
            body = same ? m->hits[h].body : -1;
        }
        if (!noun || inside || body < 0) continue;
        m->hits[m->nh++] = (bhit){body, BK_BODY, i + !cyrillic(c, i), q, 0};
        i = q - 1;
    }
}

/* Whether meeting m is held in person with no place of its own (none, or the dateline's guess). */
static int unplaced(const x_meeting *m)
{
    return m->format == FM_IN_PERSON && ((m->city < 0 && m->country < 0) || m->place_guessed);
}

/* The one city named right after a phrase of lexicon class cls or cls2 (cls2 < 0: none) in [s, e): "arrived in
 * Minsk", "left for Minsk", «Приветствую вас в Ереване»; -1 when none is, -2 when two cities are (which one is
 * unknown). */
static int one_city_after(const ctx *c, size_t s, size_t e, int cls, int cls2)
{
    int city = -1;
    size_t q;
    gaz_hit h;
    for (size_t i = s; i < e; i++)
        if ((lex(c, i, e, cls, &q) || (cls2 >= 0 && lex(c, i, e, cls2, &q))) && gm(c, q, e, G_CITY, -1, &h)) {
            if (city >= 0 && city != h.val) return -2;
            city = h.val;
        }
    return city;
}

/* «Заседание СКБ проходит за закрытыми дверями. В Ереван прибыли все главы этих государств», "All the heads of state
 * arrived in Yerevan": a sentence that names no meeting, where the people of the bodies of the meeting in focus arrive
 * (lexicon arrived) in a city (after lexicon place_prep, before or after the verb), places that meeting when it has no
 * place of its own. */
static void people_arrived(ctx *c, size_t s, size_t e)
{
    if (c->current < 0 || !unplaced(&c->x->m[c->current]) || !lex_in(c, s, e, LX_ARRIVED)) return;
    x_meeting *m = &c->x->m[c->current];
    int people = 0, city = one_city_after(c, s, e, LX_PLACE_PREP, -1);
    gaz_hit h;
    for (size_t i = s; i < e && !people; i++)
        people = gm(c, i, e, G_BODY, -1, &h) && h.sub == BK_PEOPLE && (m->bodies >> h.val & 1u);
    if (!people || city < 0) return;
    m->city = city;
    m->country = gaz_city(c->g, city)->country;
    m->place_guessed = 0;
}

/* The meeting the sentence right before the one starting at s names last, or -1. */
static int last_named_before(const ctx *c, size_t s)
{
    long ps_i = sentence_before(c->tl, s);
    if (ps_i < 0) return -1;
    int k = -1;
    for (size_t d = mentions_from(&c->ms, MK_MEETING, c->tl->s[ps_i].first);
         d < c->ms.n[MK_MEETING] && c->ms.v[MK_MEETING][d].start < s; d++)
        k = c->ms.v[MK_MEETING][d].value;
    return k;
}

static void took_place_at(const ctx *c, size_t s, size_t e, const date_hit *dh, int nd, size_t ne, size_t at,
                          x_meeting *rm);

/* The city one of the two sentences before the one at s says someone arrived in or set off for (lexicon arrived,
 * set_off_for; then one city after lexicon place_prep), neither naming a meeting: «Делегация во главе с министром
 * обороны прибыла в Душанбе. Об этом сообщили в Министерстве обороны. Глава военного ведомства примет участие в
 * заседании ...», "The minister arrived in Dushanbe. He will take part in the session"; or -1. */
static int arrived_before(const ctx *c, size_t s)
{
    size_t at = s;
    for (int back = 0; back < 2; back++) {
        long ps_i = sentence_before(c->tl, at);
        if (ps_i < 0 || last_named_before(c, at) >= 0) return -1;
        size_t ps = c->tl->s[ps_i].first, pe = c->tl->s[ps_i].last + 1;
        at = ps;
        if (!lex_in(c, ps, pe, LX_ARRIVED) && !lex_in(c, ps, pe, LX_SET_OFF_FOR)) continue; /* (or set off for it) */
        int city = one_city_after(c, ps, pe, LX_PLACE_PREP, LX_SET_OFF_FOR); /* (or right after "left for") */
        return city >= 0 ? city : -1;
    }
    return -1;
}

/* The city of mention `g` to come in [s, e) when it is what someone who arrived in that city a sentence before names
 * (arrived_before) will take part in, hold or chair (lexicon attend, hold_verb, chair_verb before it): that city's, in
 * the report's month; else -1. */
static int arrived_to_attend(const ctx *c, size_t s, const group *g, int status)
{
    if (status != ST_PLANNED || !(lex_in(c, s, g->pos, LX_ATTEND) || lex_in(c, s, g->pos, LX_HOLD_VERB) ||
                                  lex_in(c, s, g->pos, LX_CHAIR_VERB)))
        return -1;
    return arrived_before(c, s);
}

/* The meetings (two or more) the sentence before the one at s named, each with no date of its own (or a guessed one)
 * given the date and place the clause after the pronoun ending at ne names (took_place_at) and this sentence as
 * evidence; 0 when it named fewer. */
static int they_take_place(ctx *c, size_t s, size_t e, const date_hit *dh, int nd, size_t ne)
{
    long ps = sentence_before(c->tl, s);
    if (ps < 0) return 0;
    int ks[8], n = 0;
    for (size_t d = mentions_from(&c->ms, MK_MEETING, c->tl->s[ps].first);
         d < c->ms.n[MK_MEETING] && c->ms.v[MK_MEETING][d].start < s && n < 8; d++) {
        int v = c->ms.v[MK_MEETING][d].value, dup = 0;
        for (int i = 0; i < n; i++) dup |= ks[i] == v;
        if (!dup && v >= 0 && v < c->x->nm) ks[n++] = v;
    }
    if (n < 2) return 0;
    for (int i = 0; i < n; i++) {
        x_meeting *rm = &c->x->m[ks[i]];
        if (dated(rm->date) && !rm->guessed) continue; /* (dated otherwise: not what it says) */
        took_place_at(c, s, e, dh, nd, ne, s, rm);
        if (span_push(&rm->ev, span_of(c, s, e)) < 0) c->oom = 1;
    }
    return 1;
}

/* "... preparations for the next session of the Council. The session will be held in Astana on 18-19 June",
 * «Сессия пройдет в Астане 18-19 июня»: a sentence that opens with the noun referring back (at, its words
 * ending at ne) and goes on to say it is held (lexicon takes_place) gives the meeting rm the date and place its
 * clause names, where rm has none (or only a guessed month, or a date the clause's makes more precise). */
static void took_place_at(const ctx *c, size_t s, size_t e, const date_hit *dh, int nd, size_t ne, size_t at,
                          x_meeting *rm)
{
    size_t q;
    /* ("According to him, the event will take place ...", «По его словам, мероприятие пройдет ...»: after who
     * says so, lexicon press_source or speech, up to a comma) */
    size_t from = s;
    if (lex(c, s, e, LX_PRESS_SOURCE, NULL) || lex(c, s, e, LX_SPEECH, NULL))
        for (size_t k = s + 1; k < e && k < s + 8; k++)
            if (is(c, k, ",")) { from = k + 1; break; }
    if (at > from + 1 || at < from || !lex(c, ne, e, LX_TAKES_PLACE, &q)) return;
    /* («Шойгу также посетит заседание СМО. Мероприятие состоится 27 апреля»: a meeting nothing said the tense of, held
     * by guess, takes the tense of the verb that says it takes place) */
    int tense = clause_tense(c, s, e, at, ne);
    if (rm->tenseless && tense >= 0) rm->status = tense ? ST_PLANNED : ST_HELD, rm->tenseless = 0;
    size_t end = q;
    while (end < e && !is(c, end, ",") && !is(c, end, ";") && !is(c, end, ":")) end++;
    for (int k = 0; k < nd; k++) {
        if (dh[k].start < q || dh[k].start >= end) continue;
        int none = !rm->date.y && !rm->date.m && !rm->date.d;
        if (none || rm->guessed ||
            (date_compatible(dh[k].date, rm->date) && date_precision(dh[k].date) > date_precision(rm->date))) {
            rm->date = dh[k].date;
            rm->last_day = dh[k].last;
            rm->guessed = 0;
        }
        break;
    }
    if (rm->format == FM_VIDEO || (rm->city >= 0 && !rm->place_guessed) || (rm->city < 0 && rm->country >= 0)) return;
    int city = -1, country = -1;
    find_place(c, q, end, q, &city, &country);
    if (city < 0 && (country < 0 || rm->city >= 0)) return; /* (a country alone: the dateline's city in it stays) */
    rm->city = city;
    rm->country = country >= 0 ? country : city >= 0 ? gaz_city(c->g, city)->country : -1;
    rm->place_guessed = 0;
}

/* "Kazakh President X participated in the Collective Security Treaty Organization (CSTO) Council meeting", "the CSTO
 * Council session": the word council (lexicon council_noun, capitalised) right after the CSTO's name (and its
 * abbreviation in brackets), not "Council of ..." nor part of a body's name, is the Collective Security Council. */
static void org_council(mstate *m)
{
    const ctx *c = m->c;
    int csto = gaz_org_index(c->g, "CSTO"), csc = gaz_body_index(c->g, "CSC");
    gaz_hit oh;
    size_t q;
    for (size_t i = m->s; i < m->e && m->nh < BODY_HITS && csc >= 0; i++) {
        if (!gm(c, i, m->e, G_ORG, -1, &oh) || oh.val != csto || oh.start != i) continue;
        size_t k = oh.end;
        if (is(c, k, "(") && k + 2 < m->e && is(c, k + 2, ")")) k += 3; /* "(CSTO)" */
        if (k >= m->e || !c->tl->t[k].cap || !lex(c, k, m->e, LX_COUNCIL_NOUN, &q) || is(c, q, "of") || is(c, q, "on") ||
            is(c, q, "for"))
            continue;
        int inside = 0;
        for (int h = 0; h < m->nh; h++) inside |= m->hits[h].start <= k && k < m->hits[h].end;
        if (!inside) m->hits[m->nh++] = (bhit){csc, BK_BODY, k, q, 0};
        i = q;
    }
}

/* Whether the meeting noun ending before ne is two people's: "the recent meeting of the two Presidents in Sochi",
 * "talks between both leaders", «встреча двух президентов» (lexicon pair_word, then a people's name of a body or a
 * title): a meeting of the pair, not of their body ("a joint meeting of the two councils" is the councils'). */
static int pair_meeting(const ctx *c, size_t ne, size_t e)
{
    size_t k = ne + (is(c, ne, "of") || is(c, ne, "between"));
    k += is(c, k, "the");
    gaz_hit h;
    return k + 1 < e && lex(c, k, k + 1, LX_PAIR_WORD, NULL) &&
           ((gm(c, k + 1, e, G_BODY, -1, &h) && h.sub == BK_PEOPLE) || gm(c, k + 1, e, G_TITLE, -1, &h));
}

int pair_meeting_in(const ctx *c, size_t s, size_t e)
{
    size_t q;
    for (size_t k = s; k < e; k++)
        if (lex(c, k, e, LX_MEETING_NOUN, &q) && pair_meeting(c, q, e)) return 1;
    return 0;
}

/* Whether another organisation's name (other_org_at) ends before the meeting noun at i, at most six words back in the
 * sentence from s, with only capitalised words, numbers, meeting modifiers and a title between ("the UN
 * GA 70th jubilee session", "the SCO summit", "a NATO foreign minister session"). */
static int other_org_before(const ctx *c, size_t s, size_t i, size_t e)
{
    size_t q;
    for (size_t k = i > s + 6 ? i - 6 : s; k < i; k++) {
        if (!other_org_at(c, k, e, &q) || q > i) continue;
        while (q < i) {
            /* ("a NATO foreign minister session", "the SCO defence ministers' meeting": a title, theirs) */
            gaz_hit th;
            const token *t = &c->tl->t[q];
            if (gm(c, q, i, G_TITLE, -1, &th) && th.start == q && th.end <= i)
                q = th.end + (th.end < i && is(c, th.end, "'"));
            else if (t->cap || isdigit((unsigned char)t->norm[0]) || lex(c, q, i, LX_MEETING_MOD, NULL))
                q++;
            else break;
        }
        if (q == i) return 1;
    }
    return 0;
}

/* The meeting mentions of the sentence in m->gr (or m->refer). */
static void find_mentions(mstate *m)
{
    ctx *c = m->c;
    size_t s = m->s, e = m->e, other_end = 0;
    for (size_t k = mentions_from(&c->ms, MK_BODY, s); k < c->ms.n[MK_BODY] && m->nh < BODY_HITS; k++) {
        const mention *bm = &c->ms.v[MK_BODY][k];
        if (bm->start >= e) break;
        /* «заседание Совета глав государств – членов ШОС», "the summit of the SCO": another organisation's
         * meeting, what a bare "the summit" after it refers to (summit()) */
        if (bm->sub != BK_PEOPLE && (org_after(c, bm->start, bm->end, e) || org_before(c, s, bm->start))) {
            if (c->other_nm != c->x->nm) c->other_bodies = 0;
            c->other_nm = c->x->nm;
            m->other_org_meeting |= bm->sub == BK_MEETING;
            if (bm->sub == BK_BODY && bm->value < 32) c->other_bodies |= 1u << bm->value;
        }
        /* "the CIS Council of Foreign Ministers ... It was agreed that the next meeting of the Council of Foreign
         * Ministers will take place in Bishkek": a council named again bare, in a sentence naming no CSTO, with no
         * meeting of the CSTO named since, is still the other organisation's */
        else if (bm->sub == BK_BODY && bm->value < 32 && c->other_nm >= 0 && c->other_nm == c->x->nm &&
                 (c->other_bodies >> bm->value & 1) && !csto_named(c, s, e))
            continue;
        int after = bm->sub == BK_PEOPLE && org_after(c, bm->start, bm->end, e); /* "leaders of the SCO" */
        if (after || (bm->sub == BK_PEOPLE && org_before(c, s, bm->start))) { /* "the SCO's leaders" */
            if (after && !m->other_org_people) other_end = bm->end;
            m->other_org_people |= after;
            continue;
        }
        /* (nor "the two Presidents", «двух президентов»: a pair, pair_meeting) */
        if (bm->sub == BK_PEOPLE && bm->start > s && lex(c, bm->start - 1, bm->start, LX_PAIR_WORD, NULL)) continue;
        /* (nor "deputy foreign ministers", «консультации заместителей министров иностранных дел»: their deputies
         * (lexicon deputies), no session of the body) */
        if (bm->sub == BK_PEOPLE && bm->start > s && lex(c, bm->start - 1, bm->start, LX_DEPUTIES, NULL)) continue;
        /* (nor "the speakers of parliaments of Eurasia", «спикеров парламентов Евразии»: a wider region's, lexicon
         * wider_region) */
        if (bm->sub == BK_PEOPLE && (lex(c, bm->end + is(c, bm->end, "of"), e, LX_WIDER_REGION, NULL) ||
                                     (bm->start > s && lex(c, bm->start - 1, bm->start, LX_WIDER_REGION, NULL))))
            continue;
        m->hits[m->nh++] = (bhit){bm->value, bm->sub, bm->start, bm->end, 0};
    }
    /* "Modi joined leaders of the Shanghai Cooperation Organisation at the meeting of the Council of Heads of
     * State, hosted by Chinese President Xi": where another organisation's people are named and the CSTO is
     * not, a council and the people named after them are theirs (a summit() decides for itself); not «в сессии
     * Совета коллективной безопасности ..., которая прошла после саммита глав государств СНГ» */
    if (m->other_org_people && !csto_named(c, s, e)) {
        c->other_nm = c->x->nm;
        int n = 0;
        for (int k = 0; k < m->nh; k++)
            if (m->hits[k].kind == BK_MEETING || m->hits[k].start < other_end) m->hits[n++] = m->hits[k];
        m->nh = n;
    }
    org_council(m);
    council_anaphor(m);
    council_again(m);
    for (size_t i = s; i < e; i++) {
        size_t ne = i + 1;
        if (!m->anaphor && lex(c, i + 1, e, LX_ANAPHOR, NULL) && determiner(c, i)) { m->anaphor = 1; m->anaphor_pos = i + 1; }
        /* «Мероприятие пройдет в столице 26-27 ноября»: Russian has no article; the noun that opens a clause
         * and is said to take place (lexicon takes_place) refers back */
        size_t aq;
        if (!m->anaphor && cyrillic(c, i) && (i == s || is(c, i - 1, ",")) && lex(c, i, e, LX_ANAPHOR, &aq) &&
            lex(c, aq, e, LX_TAKES_PLACE, NULL)) {
            m->anaphor = 1;
            m->anaphor_pos = i;
        }
        if (!lex(c, i, e, LX_MEETING_NOUN, &ne)) continue;
        /* "said at a government session", «на заседании правительства»: a national body's meeting (lexicon
         * national_body right before or after the noun), no session of the CSTO */
        /* ... nor "The two-day meeting of the SCO Council ... Following the meeting, the leaders signed": "the
         * meeting" after another organisation's, with no meeting of the CSTO named since, is that one */
        if (c->other_nm >= 0 && c->other_nm == c->x->nm && i > s && (is(c, i - 1, "the") || is(c, i - 1, "this"))) {
            i = ne - 1;
            continue;
        }
        /* ... nor "their bilateral meeting", «двусторонняя встреча» (lexicon other_summit right before it), nor
         * "held a working meeting with the Ambassador of Serbia", «встреча с послом»: talks with one person */
        if (lex_ends_at(c, s, i, 5, LX_NATIONAL_BODY) || lex(c, ne, e, LX_NATIONAL_BODY, NULL) ||
            (i > s && lex(c, i - 1, i, LX_OTHER_SUMMIT, NULL)) || talks_with_person(c, s, i, ne, e) || pair_meeting(c, ne, e)) {
            i = ne - 1;
            continue;
        }
        /* "for a session of the Supreme Eurasian Economic Council of the Eurasian Economic Union": a meeting
         * noun of another organisation's (its council's name, then the organisation) */
        if (is(c, ne, "of")) {
            size_t k = ne + 1 + is(c, ne + 1, "the"), q;
            for (int guard = 0; guard < 8 && k < e && c->tl->t[k].cap && !other_org_at(c, k, e, &q); guard++) k++;
            if (is(c, k, "of")) k++;
            if (other_org_at(c, k, e, &q)) {
                m->other_org_meeting = 1;
                i = ne - 1;
                continue;
            }
        }
        /* ... nor "at the UN GA 70th jubilee session", "the UN General Assembly session": another organisation's name
         * before the noun, only capitalised words, numbers and meeting modifiers between */
        if (other_org_before(c, s, i, e)) {
            m->other_org_meeting = 1;
            i = ne - 1;
            continue;
        }
        m->noun_end = ne;
        if (!try_rules(m, R_NOUN, i) && !m->bare_noun) {
            m->bare_noun = 1;
            m->bare_pos = i;
            /* "a joint meeting", "an extraordinary session": a new meeting, not one named before */
            for (size_t k = i; k > s && k + 3 > i; k--)
                if (is(c, k - 1, "a") || is(c, k - 1, "an")) m->indefinite = 1;
            /* Russian has no article: «главы МИД провели в здании МИД Армении внеочередное заседание», a
             * session they held (lexicon hold_verb, a few words before the noun and its modifiers) */
            for (size_t h = premod_start(c, s, i), k = h; !m->indefinite && cyrillic(c, i) && k > s && k + 6 > h; k--) {
                if (is(c, k - 1, ",") || lex(c, k - 1, h, LX_CLAUSE, NULL)) break;
                m->indefinite = lex(c, k - 1, h, LX_HOLD_VERB, NULL) ? 2 : 0; /* 2: the holders are named before it */
            }
        }
        i = ne - 1;
    }
    for (int k = 0; k < m->nh; k++)
        if (!m->hits[k].used) try_rules(m, R_BODY, (size_t)k);
    our_next_meeting(m);
    /* "The foreign ministers last gathered in Yerevan in November, at a joint meeting with the Council of Defense
     * Ministers and the CSSC": the bodies after "a joint meeting with" meet with the people who met */
    size_t bne = m->bare_pos;
    if (m->people_met && m->bare_noun && m->indefinite && lex(c, m->bare_pos, e, LX_MEETING_NOUN, &bne) &&
        joint_noun(c, s, m->bare_pos))
        m->people_met |= bodies_with(m, bne);
    /* "the foreign and defence ministers met separately": one meeting each */
    if (m->people_met && lex_in(c, m->people_pos, m->e, LX_SEPARATELY))
        add_each(m->gr, &m->ng, m->people_met, m->people_pos, m->people_pos + 1, m->people_rule);
    else if (m->people_met)
        add_group(m->gr, &m->ng, 16, m->people_met, m->people_pos, m->people_pos + 1, m->people_rule);
    for (size_t r = 0; r < N_MEETING_RULES && !m->ng; r++)
        if (meeting_rules[r].scope == R_SENTENCE && meeting_rules[r].fn(m, s, meeting_rules[r].name)) break;
    dated_bare_resolve(m);
}

/* Splits each mention's bodies by joint group ("the CFM, the CDM and the
 * PA Council": the PA Council meets apart) into out[]; returns their number. */
static int split_joint(const ctx *c, size_t s, const group *gr, int ng, group *out, int max)
{
    int no = 0;
    for (int i = 0; i < ng; i++) {
        unsigned left = gr[i].mask;
        /* "a joint meeting of the PA Council and the CSSC", «совместное заседание Совета ПА и КССБ»: said to be
         * joint, one meeting whatever the groups */
        int never = 0; /* (a body of group "-", bodies.tsv: the heads of state's) */
        for (int b = 0; b < 32; b++)
            if ((left >> b & 1u) && !strcmp(gaz_body(c->g, b)->group, "-")) never = 1;
        if (__builtin_popcount(left) >= 2 && !never && joint_noun(c, s, gr[i].pos)) {
            add_group(out, &no, max, left, gr[i].pos, gr[i].end, gr[i].rule);
            continue;
        }
        while (left) {
            int first = __builtin_ctz(left);
            unsigned part = 0;
            for (int b = 0; b < 32; b++)
                if ((left >> b & 1u) && body_group_same(c, first, b)) part |= 1u << b;
            left &= ~part;
            if (gr[i].apart && no < max) out[no++] = (group){part, gr[i].pos, gr[i].end, gr[i].rule, 1, 0};
            else add_group(out, &no, max, part, gr[i].pos, gr[i].end, gr[i].rule);
        }
    }
    return no;
}

/* Whether mention i follows another of the sentence with a word of
 * lexicon preceded_by between them ("the summit came a week after the
 * ministers met"). */
static int linked_after(const ctx *c, const group *out, int no, int i)
{
    size_t k;
    for (int q = 0; q < no; q++)
        if (q != i && out[i].pos > out[q].end && out[i].pos <= out[q].end + 14)
            for (size_t a = out[q].end; a < out[i].pos; a++)
                if (lex(c, a, out[i].pos, LX_PRECEDED_BY, &k)) return 1;
    return 0;
}

/* Whether the sentence at s is of the lede: the dateline's paragraph or the
 * one after it (at most one paragraph break since the dateline). */
static int lede(const ctx *c, size_t s)
{
    int breaks = 0;
    for (size_t k = s; k > 0 && c->tl->t[k].start >= c->a->dateline_end && breaks < 2; k--)
        breaks += c->tl->t[k].para;
    return breaks < 2;
}

/* For a meeting held that sentence s names with no date: the one day the
 * sentence before it in its paragraph names, when that sentence names no
 * meeting and the day falls in the month before the report ("For a few
 * hours on November 23, Yerevan was the capital of the CSTO. Pashinyan
 * presided over the session ..."). */
static int day_said_before(const ctx *c, size_t s, cdate pub, cdate *day)
{
    const toklist *tl = c->tl;
    if (s == 0 || date_precision(pub) != 3) return 0;
    long ps_i = sentence_before(tl, s);
    if (ps_i < 0) return 0;
    /* (across a paragraph's break only from the lede, a paragraph of one sentence: "... the Speaker X said on
     * Thursday. \n\n X, who chairs the Assembly, was speaking at the opening of its session") */
    if (tl->t[s].para && !(ps_i == 0 && tl->t[tl->s[0].first].start >= c->a->dateline_end)) return 0;
    size_t ps = tl->s[ps_i].first;
    size_t mk = mentions_from(&c->ms, MK_MEETING, ps);
    if (mk < c->ms.n[MK_MEETING] && c->ms.v[MK_MEETING][mk].start < s) return 0;
    int found = 0;
    cdate one = {0, 0, 0};
    for (size_t d = mentions_from(&c->ms, MK_DATE, ps); d < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][d].start < s; d++) {
        cdate when = c->dates[c->ms.v[MK_DATE][d].value].date;
        if (date_precision(when) == 3 && date_cmp(when, pub) <= 0 && date_cmp(when, date_add_days(pub, -31)) >= 0) {
            if (found && date_cmp(when, one)) return 0; /* "agreed on Wednesday on plans first proposed on Monday" */
            one = when, found = 1;
        }
    }
    if (found) *day = one;
    return found;
}

/* Whether "since" stands in [s, pos) (pos: a date): "the first meeting since the session in March"
 * tells of one past whatever the tense. */
static int since_before(const ctx *c, size_t s, size_t pos)
{
    for (size_t k = s; k < pos; k++)
        if (is(c, k, "since")) return 1;
    return 0;
}

static int heading_right_before(const ctx *c, size_t s, cdate *date, int *city);

/* Whether s stands under a heading of a city and a date alone ("Ереван, 23 ноября 2022 года.",
 * "Minsk, November 23, 2023.", "September 13, 2022" on its line), as a chronicle opens each of its parts:
 * *date and *city, what the meetings its part names take when they name none. */
static int heading_before(const ctx *c, size_t s, cdate *date, int *city)
{
    if (heading_right_before(c, s, date, city)) return 1;
    /* ... or before the first sentence of s's paragraph ("September 13, 2022 \n Hours after ... The Council
     * was convened by video link that evening": the heading dates its paragraph) */
    const toklist *tl = c->tl;
    size_t s0 = s;
    for (long si; !tl->t[s0].nl && !tl->t[s0].para && (si = sentence_before(tl, s0)) >= 0;) s0 = tl->s[si].first;
    return s0 != s && heading_right_before(c, s0, date, city);
}

/* heading_before for the sentence right before s. */
static int heading_right_before(const ctx *c, size_t s, cdate *date, int *city)
{
    const toklist *tl = c->tl;
    long ps_i = sentence_before(tl, s);
    if (ps_i < 0) return 0;
    size_t ps = tl->s[ps_i].first, pe = tl->s[ps_i].last + 1;
    if (pe > ps && is(c, pe - 1, ".")) pe--;
    gaz_hit h;
    size_t d, de;
    int cty = -1;
    if (gm(c, ps, pe, G_CITY, -1, &h) && is(c, h.end, ",")) { /* "ASTANA, 27 November 2024" */
        d = mentions_from(&c->ms, MK_DATE, h.end + 1);
        if (d >= c->ms.n[MK_DATE] || c->ms.v[MK_DATE][d].start != h.end + 1) return 0;
        de = c->ms.v[MK_DATE][d].end;
        if (de != pe) return 0;
        cty = h.val;
    } else { /* a timeline's «14 мая 2002 года, Москва», "10 January 2022" on a line of its own */
        d = mentions_from(&c->ms, MK_DATE, ps);
        if (d >= c->ms.n[MK_DATE] || c->ms.v[MK_DATE][d].start != ps || !tl->t[ps].nl) return 0;
        de = c->ms.v[MK_DATE][d].end;
        /* («14 мая 2002 г., Москва.»: the full stop of an abbreviated year word) */
        if (de < pe && de > ps && is(c, de, ".") && gaz_is_abbrev(c->g, c->tl->t[de - 1].norm)) de++;
        /* (or a yearly review's "November 26: Parliamentarians against terror": the date, a colon and a few
         * words of title, no date after them) */
        int titled = de < pe && is(c, de, ":") && pe - de <= 10 &&
                     (d + 1 >= c->ms.n[MK_DATE] || c->ms.v[MK_DATE][d + 1].start >= pe);
        if (de < pe && !titled && !(is(c, de, ",") && gm(c, de + 1, pe, G_CITY, -1, &h) && h.end == pe)) return 0;
        if (de < pe && !titled) cty = h.val;
        /* the sentence it heads starts the next line, or goes on on its line after the date's full stop
         («16 мая 2022 года. В Москве проходит юбилейный саммит ОДКБ»: a chronicle's entry) */
        if (!tl->t[s].nl && !(tl->s[ps_i].last + 1 == s && is(c, tl->s[ps_i].last, "."))) return 0;
    }
    cdate when = c->dates[c->ms.v[MK_DATE][d].value].date;
    if (date_precision(when) < 2 || !when.y) return 0;
    *date = when;
    *city = cty;
    return 1;
}

/* Whether the paragraph after s's is an item's stamp: a day alone on its line, then a time of day on
 * the next ("16:00"), perhaps a place on a third ("The Kremlin, Moscow"), and nothing else ("Vladimir Putin
 * took part in a meeting of the Collective Security Council. \n\n May 16, 2022 \n 16:00 \n The Kremlin,
 * Moscow"): the day of the item its lede tells, and its place; *date and *city (-1: none). Only for a
 * sentence of the report's first paragraph. */
static int stamp_after(const ctx *c, size_t s, cdate *date, int *city)
{
    const toklist *tl = c->tl;
    for (size_t k = s; k > 0; k--)
        if (tl->t[k].para) return 0;
    size_t p = s + 1;
    while (p < tl->n && !tl->t[p].para) p++;
    size_t d = mentions_from(&c->ms, MK_DATE, p);
    if (p >= tl->n || d >= c->ms.n[MK_DATE] || c->ms.v[MK_DATE][d].start != p) return 0;
    size_t k = c->ms.v[MK_DATE][d].end;
    cdate when = c->dates[c->ms.v[MK_DATE][d].value].date;
    /* the time: "16:00" on a line of its own */
    if (k >= tl->n || !tl->t[k].nl || tl->t[k].kind != TOK_NUM) return 0;
    const char *tm = tl->t[k].norm, *colon = strchr(tm, ':');
    if (!colon || colon - tm < 1 || colon - tm > 2 || strlen(colon + 1) != 2) return 0;
    k++;
    *city = -1;
    if (k < tl->n && tl->t[k].nl && !tl->t[k].para) { /* the place: a line that names a city, or nothing */
        size_t le = k + 1;
        while (le < tl->n && !tl->t[le].nl) le++;
        gaz_hit h;
        for (size_t q = k; q < le && *city < 0; q++)
            if (gm(c, q, le, G_CITY, -1, &h)) *city = h.val;
        if (*city < 0 || le - k > 6) return 0;
        k = le;
    }
    if (k < tl->n && !tl->t[k].para) return 0;
    if (date_precision(when) < 3) return 0;
    *date = when;
    return 1;
}

/* When mention i of out[] takes place: its date (m->date) and status, and
 * *fallback, the date it takes if it joins no meeting named before. */
static void meeting_when(const ctx *c, size_t s, size_t e, const group *out, int no, int i, const date_hit *dh, int nd,
                         int planned_verb, x_meeting *m, cdate *fallback)
{
    /* "the summit and joint meetings of the ministers that will take place in Yerevan": the clause
     * after the last of mentions joined by "and" tells of each */
    size_t end = out[i].end;
    for (int q = i + 1; q < no && out[q].pos >= end && coordinated(c, &out[q - 1], &out[q]); q++) end = out[q].end;
    int tense = clause_tense(c, s, e, out[i].pos, end);
    /* ("Belarus said no summit decisions would be valid without it": a meeting word that qualifies a document's,
     * "summit decisions", "the summit's declaration", takes no tense from the clause, which tells of them) */
    size_t after = past_possessive(c, end);
    if (end == out[i].pos + 1 && !cyrillic(c, out[i].pos) && gm(c, after, e, G_DOCTYPE, -1, &(gaz_hit){0}))
        tense = -1, planned_verb = 0;
    if (compared_until(c, s, e, out[i].pos)) planned_verb = 0; /* (nor from the sentence's verb of planning) */
    /* (nor from a verb in a clause of contrast after it only: «сегодня проводим встречу министров, а завтра у нас
     * будет») */
    size_t ct = contrast_after(c, end, e);
    if (tense < 0 && ct < e && !lex_in(c, s, ct, LX_PLANNED_VERB)) planned_verb = 0;
    int planned = tense >= 0 ? tense : planned_verb;
    int mod = planned_mod_before(c, s, out[i].pos) || planned_conjunct(c, s, out, i, dh, nd),
        outcome = outcome_named(c, s, out, no, &out[i]);
    int tm = time_mod(c, s, out[i].pos), past = tm < 0;
    if (mod) planned = 1;
    /* ("по итогам внеочередной сессии СКБ, запланированной на 10 января, ... не планируется", "following the session,
     * scheduled for January 10, ...": a participle of planning right after the mention says it is still to come,
     * whatever its results are said to be) */
    size_t pe = end + is(c, end, ",");
    int scheduled = lex(c, pe, e, LX_PLANNED_VERB, NULL) || lex(c, pe, e, LX_PLANNED_MOD, NULL);
    /* ("Security topped the agenda of the CSTO summit held on Monday": the agenda of one past, by its participle) */
    int held = mod && !scheduled && tense != 1 && !cyrillic(c, out[i].pos) && own_participle(c, pe, e);
    /* (but «по итогам заседания ... подпишут более 10 решений», "following the session the leaders will sign": after
     * it, in a clause of the future, is still to come; lexicon results_of, after_meeting) */
    size_t ps = premod_start(c, s, out[i].pos);
    int ahead = tense == 1 && (lex_ends_at(c, s, ps, 4, LX_RESULTS_OF) || lex_ends_at(c, s, ps, 4, LX_AFTER_MEETING));
    if ((outcome && !scheduled && !ahead) || past || held) planned = 0;
    /* "On the meeting agenda are ... organizational issues related to the official CSTO Council meeting in Moscow": a
     * meeting named as what issues concern (lexicon concerns right before its modifiers), no tense said, is to come */
    int topic = tense < 0 && !planned_verb && !outcome && !past && concerns_before(c, s, out[i].pos);
    if (topic) planned = 1;
    m->tenseless = tense < 0 && !planned_verb && !mod && !outcome && !past && !topic;
    m->time_mod = tm;
    /* ("He reminded them of the decisions taken at the informal summit in Astana" in a report of a summit to come: what
     * a meeting left behind names one past, not the one to come) */
    if (outcome && !scheduled && !tm && tense != 1) m->time_mod = -1;
    if (topic && !tm) m->time_mod = 1; /* (named as one to come, in passing: it takes no focus, as "the next summit") */
    if (postponed_date(c, s, &out[i], dh, nd) >= 0) planned = 1, tense = 1; /* moved to a later date: to come */
    /* ... or to another city, with no date of its own («Заседание ПА, которое изначально планировалось провести в
     * Ереване, перенесено в Москву») */
    for (size_t k = out[i].end, q; k < e && !planned && !nd; k++)
        if (lex(c, k, e, LX_POSTPONED, &q) && gm(c, q, e, G_CITY, -1, &(gaz_hit){0})) planned = 1, tense = 1;
    int best = mention_date(c, s, e, out, no, i, dh, nd);
    /* "The resolution of the summit states that the group will be organized by July 1": a meeting named for its
     * outcome takes no date from the "that" clause that tells what the outcome says (but "the decisions of the
     * meeting, which took place in November" tell of the meeting) */
    if (outcome && best >= 0 && dh[best].start >= out[i].end) {
        int that = 0;
        for (size_t k = out[i].end; k < dh[best].start && k < out[i].end + 3 && !that; k++) that = is(c, k, "that");
        if (that) best = -1;
    }
    /* "Tajikistan took over the chairmanship last December, and X will chair the forthcoming summit": a
     * meeting named as to come (lexicon planned_mod before the noun) takes no date before the report's */
    /* (but a month or day whose year the report's gave, "The next summit will be held in May" said in December:
     * next year's, below) */
    /* (but "Belarus, which skipped the next CSTO summit in Moscow in June 2009": a date with its year written, in
     * a clause told in the past, is that meeting's; "next" was said from the story's time) */
    int told_next = best >= 0 && tm > 0 && tense == 0 && !dh[best].relative && dh[best].date.y && c->pub.y &&
                    date_cmp(dh[best].date, c->pub) < 0 && !clause_between(c, &out[i], &dh[best]);
    if (told_next) planned = 0;
    if (best >= 0 && tm > 0 && c->pub.y && date_cmp(dh[best].date, c->pub) < 0 && !date_compatible(dh[best].date, c->pub) &&
        !told_next && !(dh[best].relative == 2 && dh[best].ahead >= 0 && dh[best].date.m && !clause_between(c, &out[i], &dh[best]) &&
          !lex_in(c, out[i].end < dh[best].start ? out[i].end : dh[best].end, out[i].end < dh[best].start ? dh[best].start : out[i].pos,
                  LX_CHAIRMANSHIP)))
        best = -1;
    /* "The summit came a week after the defence ministers met in Dushanbe and agreed to hold drills in
     * October": the link to the meeting named before dates it, not a date further on */
    if (best >= 0 && linked_after(c, out, no, i) && !(dh[best].start >= out[i].end && dh[best].start <= out[i].end + 4) &&
        relative_date(c, s, e, out, no, i, dh, nd, planned, &m->date))
        best = -1;
    else if (best >= 0) {
        m->date = dh[best].date, m->last_day = dh[best].last;
        int part = day_pair_part(c, out, no, i, &dh[best]);
        if (part >= 0) {
            if (part == 1) m->date.d = dh[best].last;
            m->last_day = 0;
        }
        /* "at last year's summit in Yerevan in November": a month whose year the report's date gave
         * takes the year that qualifies the mention itself */
        size_t head = premod_start(c, s, out[i].pos);
        for (int k = 0; k < nd && dh[best].relative == 2; k++)
            if (k != best && date_precision(dh[k].date) == 1 && dh[k].start >= head && dh[k].start < out[i].pos)
                m->date.y = dh[k].date.y;
    } else if (relative_date(c, s, e, out, no, i, dh, nd, planned, &m->date) && tense != 1 &&
               ((date_precision(m->date) == 3 && date_precision(c->pub) == 3 && date_cmp(m->date, c->pub) <= 0) ||
                (date_precision(m->date) == 2 && c->pub.y && date_cmp(m->date, c->pub) < 0 && !date_compatible(m->date, c->pub))))
        planned = 0; /* "on the eve of the summit" said of a meeting past: that summit is past too, or today's (or a month
                      * before the report's: "held in November on the eve of the session" in a June report) */
    /* "The ministers meet in Minsk next week": where the clause has no tense word, a date said to
     * come after the report ("next week", "tomorrow") or before it ("last month") gives the tense */
    if (best >= 0 && tense < 0 && dh[best].ahead) planned = dh[best].ahead > 0;
    /* "A meeting of the CDM is taking place tomorrow, March 24": a present told of a day said to come (a date relative
     * to the report's that points after it) is still to come, the report's own date unknown or not */
    if (best >= 0 && tense == 0 && dh[best].ahead > 0 && dh[best].rule &&
        (!strcmp(dh[best].rule, "relative-date") || !strcmp(dh[best].rule, "tomorrow")))
        planned = 1;
    /* «X отказался от участия в переговорах глав МИД 21 июня, заявила пресс-секретарь 19 июня»: a day after the one the
     * sentence is said on (spoken_on's, or one after a verb of saying that follows the meeting's day) is still to
     * come, whatever the refusal's tense */
    for (int k = 0; k < nd && best >= 0 && !planned && date_precision(dh[best].date) == 3; k++)
        if (k != best && date_precision(dh[k].date) == 3 && date_cmp(dh[best].date, dh[k].date) > 0 &&
            (spoken_on(c, s, e, &dh[k]) ||
             (dh[best].end <= dh[k].start && lex_in(c, dh[best].end, dh[k].start, LX_SPEECH))))
            planned = 1;
    /* "at the Astana summit last November", «в прошлом году»: a month or a year said as before the report
     * names a meeting past, as "previous" does (it does not take the focus from the report's) */
    if (best >= 0 && dh[best].ahead < 0 && date_precision(dh[best].date) < 3) m->said_past = 1;
    for (int k = 0; k < nd; k++) /* "a day earlier", «Накануне, 26 ноября» */
        m->eve |= dh[k].rule && (!strcmp(dh[k].rule, "previous-day") ||
                                 ((!strcmp(dh[k].rule, "relative-date") || !strcmp(dh[k].rule, "previous-day-date")) && c->pub.d &&
                                  date_cmp(dh[k].date, c->pub) < 0));
    /* "The chairmanship will pass to Belarus in 2023. The next session ... will be held in Minsk." */
    /* ... or in its own sentence: "Russia takes over the rotating chairmanship for 2020, and the next summit is due
     * to be held in Moscow" (chairmanship() reads the sentence after this stage) */
    int chair_year = c->chair_year > 0 && c->chair_end == s ? c->chair_year : 0;
    if (!chair_year && tm > 0 && lex_in(c, s, e, LX_CHAIRMANSHIP)) /* (the next one: not "at the end of the summit") */
        chair_year = chair_year_in(c, s, e);
    if (best < 0 && !m->date.y && planned && (tense == 1 || tm > 0) && chair_year > 0 && !after_point(c, s, &out[i]))
        m->date.y = chair_year; /* (not "met to finalize the documents for the summit": that one is past) */
    cdate pub = c->pub;
    if (best >= 0 && planned && dh[best].rule && !strcmp(dh[best].rule, "weekday") && date_cmp(m->date, pub) < 0)
        m->date = date_add_days(m->date, 7); /* "will meet on Friday": the coming one */
    if (best >= 0 && planned && dh[best].rule && !strcmp(dh[best].rule, "season"))
        m->date = dh[best].alt; /* "its next session in the spring", said in November: next year's */
    /* "in Astana this fall, on the eve of the summit scheduled for November 28": the meeting it
     * precedes dates it within the year its own date gives */
    cdate rd;
    if (best >= 0 && date_precision(m->date) == 1 && relative_date(c, s, e, out, no, i, dh, nd, planned, &rd) &&
        rd.y == m->date.y && date_precision(rd) > 1)
        m->date = rd, m->last_day = 0;
    /* "The ministers met on Tuesday, a day before the leaders arrive for a summit": the summit is
     * that many days after the date, when no other meeting is named between */
    int after_days = 0; /* the date is that many days before this meeting's */
    if (best >= 0 && date_precision(m->date) == 3 && dh[best].end <= out[i].pos) {
        int n = days_before_between(c, dh[best].end, out[i].pos, out, no);
        if (n > 0) m->date = date_add_days(m->date, n), after_days = n;
    }
    /* "held a joint session on Tuesday, ahead of the bloc's summit on Wednesday": the first such
     * weekday after the day of the meeting it follows */
    if (best >= 0 && dh[best].rule && !strcmp(dh[best].rule, "weekday") && reference_mention(c, s, &out[i]))
        for (int k = 0; k < nd; k++)
            if (k != best && date_precision(dh[k].date) == 3 && dh[k].end <= out[i].pos &&
                date_cmp(m->date, dh[k].date) < 0 && date_cmp(date_add_days(m->date, 7), dh[k].date) > 0) {
                m->date = date_add_days(m->date, 7);
                break;
            }
    if (best >= 0 || m->date.y) m->tenseless = 0;
    /* "held a joint session on Nov. 22, a day before a summit in Yerevan", reported on the 22nd: the summit is
     * still to come, not last year's */
    if (!planned && after_days && pub.y && date_precision(pub) == 3 && date_cmp(m->date, pub) > 0) planned = 1;
    /* (or a day counted from a day whose year the report gave: "15 сентября ... На следующий день, 16 сентября,
     * главы государств собрались", in an August report) */
    const date_hit *bd = best >= 0 ? &dh[best] : NULL;
    int counted = bd && bd->relative == 1 && bd->rule &&
                  (!strcmp(bd->rule, "next-day-date") || !strcmp(bd->rule, "next-day") || !strcmp(bd->rule, "same-day-date") ||
                   !strcmp(bd->rule, "same-day") || !strcmp(bd->rule, "previous-day"));
    if (!planned && (tense == 0 || (tense < 0 && outcome)) && best >= 0 && (dh[best].relative == 2 || counted) &&
        pub.y && date_cmp(m->date, pub) > 0) {
        /* "was held on December 5" in a January report: last year's December ("the decisions of the December
         * session" in a July report: that one is past as well); or, in a story told with
         * its years ("in January 2022 ... On 10 January the session was held", written in 2024), the
         * year last named */
        int sy = dh[best].story_year;
        /* (but "CSTO leaders last met face to face at a summit in Dushanbe in September", after "In 2010 ...":
         * the latest one, the September before the report) */
        int latest = lex_in(c, s, out[i].pos, LX_PAST_MOD);
        m->date.y = sy > 0 && sy < pub.y - 1 && !latest ? sy : m->date.y - 1;
    }
    /* "will take place in March" in a May report, «состоится в марте»: next year's March (not this
     * year's, to be read as held) */
    if (planned && (tense == 1 || (tense < 0 && mod)) && best >= 0 && dh[best].relative == 2 && pub.y && pub.m &&
        m->date.y == pub.y && m->date.m && !m->date.d && m->date.m < pub.m && !since_before(c, s, dh[best].start))
        m->date.y++;
    /* «На сессии СКБ 23 ноября в Минске Лукашенко передал председательство ...» in a January report, no tense the
     * lexicon knows: a month more than half a year after the report's, its year the report's, is last year's (as
     * date_complete reads "in December" written in January) */
    if (!planned && tense < 0 && !mod && tm == 0 && best >= 0 && dh[best].relative == 2 && pub.y && pub.m && m->date.y == pub.y &&
        m->date.m - pub.m > 6)
        m->date.y--;
    if (!planned && best >= 0 && pub.y && date_cmp(m->date, pub) > 0) planned = 1;
    /* "on the eve of the CSTO summit, which was held on 28 November", told after that day: the clause
     * says it was held, whatever "on the eve of" suggests */
    if (planned && mod && tense == 0 && best >= 0 && date_precision(m->date) == 3 && date_precision(pub) == 3 &&
        date_cmp(m->date, pub) < 0)
        planned = 0;
    /* a meeting dated before the report was published has taken place */
    if (planned && best >= 0 && pub.y && m->date.y && date_cmp(m->date, pub) < 0 &&
        !(date_precision(m->date) == 3 && date_precision(pub) == 3 && date_cmp(m->date, date_add_days(pub, -1)) >= 0))
        planned = 0;
    /* "Ahead of the CSTO summit in Yerevan, X spoke to Asia-Plus": a meeting named as the point of reference
     * of what the sentence tells (lexicon relative_mod), with no date, is still to come */
    /* (not one named for its outcome: "will report on the results of the November (2019) session": it was held) */
    if (!planned && !outcome && best < 0 && !m->date.y && !m->date.d && reference_mention_at(c, s, &out[i], 1)) {
        /* ... unless it is one named before ("met to finalize the documents for the summit") */
        if (last_meeting_of_bodies(c, out[i].mask) < 0) planned = 1;
    }
    m->status = planned ? ST_PLANNED : ST_HELD;
    int ae;
    if (best < 0 && !planned && !m->date.y && (ae = month_after_event(c, s, &out[i], dh, nd)) >= 0)
        m->date = (cdate){dh[ae].date.y, dh[ae].date.m, 0};
    *fallback = (cdate){0, 0, 0}; /* given only if the mention joins no meeting named before */
    if (best < 0 && pub.y && pub.m && m->status == ST_PLANNED &&
        (lex_in(c, s, out[i].pos, LX_ARRIVED) || arrived_to_attend(c, s, &out[i], m->status) >= 0))
        *fallback = (cdate){pub.y, pub.m, 0}; /* "X arrived in Almaty, where he will take part in the session" */
    if (best < 0 && m->status == ST_HELD && pub.y && pub.m) {
        *fallback = (cdate){pub.y, pub.m, 0};
        day_said_before(c, s, pub, fallback);
        /* "NEW YORK, September 25 - X took part in a meeting of ...", "MOSCOW, May 16 - Putin told ...
         * Putin was speaking at a Kremlin summit": the day of the dateline, for the lede (its paragraph
         * and the next) */
        cdate dd = c->a->dateline_date;
        if (date_precision(dd) == 3 && c->tl->t[s].start >= c->a->dateline_start && lede(c, s)) *fallback = dd;
        /* (a month still guessed when the whole report is read becomes the report's day: pipeline.c) */
        /* "the sitting started in Moscow", "the summit is underway": the day of the report */
        cdate hd;
        int hc;
        /* (not one the report named already, dated a day or two before it: "... the jubilee session of the
         * CSTO in Moscow on May 15. The CSTO Collective Security Council session started in the Kremlin ..."
         * told on May 16) */
        int named = 0;
        for (int k = 0; k < c->x->nm && !named; k++) {
            const x_meeting *o = &c->x->m[k];
            named = o->bodies == out[i].mask && o->status == ST_HELD && date_precision(o->date) == 3 &&
                    date_cmp(o->date, pub) < 0 && date_cmp(o->date, date_add_days(pub, -2)) >= 0;
        }
        if (pub.d && !named && lex_in(c, out[i].end, e, LX_NOW) && !heading_before(c, s, &hd, &hc) &&
            !is(c, out[i].end, "'s")) /* (not "the work on the summit's agenda is under way") */
            m->date = pub;
        /* "Tokayev has told a virtual summit of the CSTO that ...": the lede's present perfect is the news of
         * the report's day (lexicon perfect) */
        if (pub.d && s == c->tl->s[0].first && lex_in(c, s, out[i].pos, LX_PERFECT)) *fallback = pub; /* (a guess, as a dateline's) */
    }
    /* «Соглашение было подписано 14 июня в Москве ... Лукашенко тогда не появился на саммите», "at the time": the
     * day the sentence before named (lexicon back_then) */
    /* (or "On July 17 X met the ministers. After the meeting with the President they headed for the Foreign
     * Ministerial meeting": a sentence that opens after the event the one before dated, lexicon after_meeting, the
     * mention past that opening) */
    size_t am;
    int after_before = lex(c, s, e, LX_AFTER_MEETING, &am) && out[i].pos > am + 2;
    if (best < 0 && m->status == ST_HELD && !m->date.y && (lex_in(c, s, e, LX_BACK_THEN) || after_before)) {
        size_t d = mentions_from(&c->ms, MK_DATE, s);
        long ps = sentence_before(c->tl, s);
        if (d > 0 && ps >= 0 && c->ms.v[MK_DATE][d - 1].start >= c->tl->s[ps].first) {
            cdate w = c->dates[c->ms.v[MK_DATE][d - 1].value].date;
            if (w.y && w.m) *fallback = w;
        }
    }
    /* a report without a date, held: the year its present chairmanship names («В 2023 году
     * председательствует в ОДКБ Белоруссия») */
    if (best < 0 && m->status == ST_HELD && !pub.m && c->story_year > 0) *fallback = (cdate){c->story_year, 0, 0};
    if (date_precision(m->date) < 3) m->weekday = unresolved_weekday(c, s, e);
}

/* Whether mention i is of a meeting called off: a phrase of lexicon cancelled after it, before the next
 * mention ("an informal meeting of CSTO leaders, traditionally held in St. Petersburg in late December,
 * would not take place this year", «заседание ... отменено»).  No meeting to list: it was not held and is
 * not to come. */
static int called_off(const ctx *c, size_t s, size_t e, const group *out, int no, int i)
{
    size_t to = e;
    for (int q = 0; q < no; q++) /* (not a point of reference: «заседания ... накануне саммита ... не будет») */
        if (q != i && out[q].pos >= out[i].end && out[q].pos < to && !reference_mention(c, s, &out[q])) to = out[q].pos;
    if (lex_in(c, out[i].end, to, LX_CANCELLED)) return 1;
    /* ... or an alternative not taken, a few words before it in its clause (lexicon instead: «вместо инициативы
     * секретариатов провести следующий саммит в сентябре») */
    for (size_t k = out[i].pos; k-- > s && k + 8 >= out[i].pos && !is(c, k, ",");)
        if (lex(c, k, out[i].pos, LX_INSTEAD, NULL)) return 1;
    /* «Традиционного совместного заседания СМИД ... в этом году не будет»: a meeting in the genitive that "there
     * will not be" (not «На саммите не будет Пашиняна») */
    if (!cyrillic(c, out[i].pos) || ru_case(T(c, out[i].pos)) != RU_GEN) return 0;
    for (size_t k = out[i].end; k + 1 < to; k++)
        if (is(c, k, "не") && is(c, k + 1, "будет") && (k + 2 >= e || is(c, k + 2, "."))) return 1;
    return 0;
}

/* Whether a decision or a document keyword stands before pos in the sentence from s ("The decision in principle
 * to create the force was taken at ...", «Решение о создании КСОР было принято на ...»). */
static int decided_before(const ctx *c, size_t s, size_t pos)
{
    for (size_t k = s; k < pos; k++)
        if (lex(c, k, pos, LX_OUTCOME, NULL) || gm(c, k, pos, G_DOCTYPE, -1, &(gaz_hit){0})) return 1;
    return 0;
}

/* Whether city is named in mention g's own words: right before its noun ("the Astana summit") or after
 * it up to a comma or to pe, where the next meeting is named ("the summit in Astana", "the session of
 * the Council scheduled for November 27 in Bishkek"). */
static int own_place(const ctx *c, size_t s, size_t pe, const group *g, int city)
{
    gaz_hit h;
    for (size_t k = g->pos > s + 3 ? g->pos - 3 : s; k < pe && !(k >= g->end && is(c, k, ",")); k++)
        if (gm(c, k, pe, G_CITY, -1, &h) && h.val == city) return 1;
    return 0;
}

/* Whether "every" or "each" («каждый») stands among the three words before the noun at pos. */
static int every_before(const ctx *c, size_t s, size_t pos)
{
    for (size_t k = pos > s + 3 ? pos - 3 : s; k < pos; k++)
        if (is(c, k, "every") || is(c, k, "each") || is(c, k, "каждый") || is(c, k, "каждую") || is(c, k, "каждое"))
            return 1;
    return 0;
}

/* Whether mention g is an English plural noun of one body ("the meetings of
 * the CFM", "its sessions") that nothing dates or places: the body's
 * sessions in general, no meeting. */
static int generic_plural(const ctx *c, size_t s, size_t e, const group *g, const x_meeting *m)
{
    if (m->date.y || m->date.m || m->city >= 0 || m->country >= 0 || m->format == FM_VIDEO) return 0;
    /* ... but "we will hold meetings of the CFM, the CDM and the CSSC", "the meetings of the CFM and the CDM will be
     * held on the eve": a verb of holding before them (lexicon meeting_verb) or of taking place after them in their
     * clause (takes_place) tells of sessions held or to be held */
    if (lex_in(c, g->pos > s + 3 ? g->pos - 3 : s, g->pos, LX_MEETING_VERB)) return 0;
    for (size_t k = g->end; k < e && k < g->end + 8 && !is(c, k, ";") && !is(c, k, ",") && !lex(c, k, e, LX_CLAUSE, NULL); k++)
        if (lex(c, k, e, LX_TAKES_PLACE, NULL)) return 0;
    return plural_sessions(c, g);
}

/* Whether mention g is a plural meeting noun right after a word of lexicon previous, with no date of its own
 * after it: «ход реализации решений предыдущих саммитов ОДКБ», "the decisions of previous summits": the earlier
 * meetings in general, none of them. */
static int previous_ones(const ctx *c, size_t s, size_t e, const group *g)
{
    size_t q, pos = g->pos;
    const char *w = T(c, pos);
    int plural = cyrillic(c, pos) ? word_ends(w, "ов") || word_ends(w, "ий") : word_ends(w, "s");
    if (!plural || pos == s) return 0; /* (the mention starts at its noun: "summits", «саммитов») */
    int prev = 0;
    for (size_t k = pos > s + 2 ? pos - 2 : s; k < pos && !prev; k++) prev = lex(c, k, pos, LX_PREVIOUS, &q) && q == pos;
    if (!prev) return 0;
    size_t d = mentions_from(&c->ms, MK_DATE, pos);
    return !(d < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][d].start < e && c->ms.v[MK_DATE][d].start < g->end + 6);
}

/* Whether mention g is an English plural noun of one body: "the meetings of the CFM", "its sessions". */
static int plural_sessions(const ctx *c, const group *g)
{
    if (__builtin_popcount(g->mask) != 1 || cyrillic(c, g->pos)) return 0;
    return word_ends(T(c, g->pos), "s") && lex(c, g->pos, g->pos + 1, LX_MEETING_NOUN, NULL); /* "meetings", "sessions" */
}

/* Whether a held meeting that sentence s names with no date, given the
 * report's month (fallback), is of the report's day: the lede under a
 * dateline with no day of its own, in a report dated to the day, about a
 * meeting in the dateline's city or by video ("ASTANA. KAZINFORM - A joint
 * session took place in Astana" under "27 November 2024"; not "MOSCOW.
 * KAZINFORM - ... at the meeting in Yerevan", a report from elsewhere). */
static int dateline_day(const ctx *c, size_t s, const x_meeting *m, int dateline, cdate fallback)
{
    const article *a = c->a;
    if (m->status != ST_HELD || m->date.y || fallback.d || date_precision(c->pub) < 3 || fallback.y != c->pub.y ||
        fallback.m != c->pub.m)
        return 0;
    /* (a press release with no dateline: "An extraordinary session of the CSC was held via videoconference under
     * the chairmanship of X", a video session, held, in the lede of a report dated to the day) */
    if (a->dateline_end <= a->dateline_start && !a->dateline_date.m && m->format == FM_VIDEO && lede(c, s)) {
        /* (the sentence tells of the session itself: "was held", "took place"; not "X participated in a meeting
         * of the CFM in the video conferencing mode", which a source's own date may have come before) */
        for (size_t k = s + 1; k < c->tl->n && k < s + 60 && !is(c, k, "."); k++)
            if ((is(c, k, "held") && (is(c, k - 1, "was") || is(c, k - 1, "were"))) || (is(c, k, "took") && is(c, k + 1, "place")))
                return 1;
        return 0;
    }
    if (a->dateline_date.m || a->dateline_end <= a->dateline_start || !lede(c, s)) return 0;
    int city = m->city >= 0 ? m->city : dateline;
    return m->format == FM_VIDEO ? city < 0 : city >= 0 && city == a->dateline_city;
}

/* "Minsk has hosted CSTO events this year: in May the defence ministers met
 * here": the city named last in the sentence before a word for it (lexicon
 * here) within a few words of the meeting at pos; -1 when none. */
static int city_here(const ctx *c, size_t s, size_t e, size_t pos)
{
    size_t from = pos > s + 4 ? pos - 4 : s, to = pos + 6 < e ? pos + 6 : e;
    for (size_t k = from; k < to; k++) {
        if (!lex(c, k, e, LX_HERE, NULL)) continue;
        int city = -1;
        gaz_hit h;
        for (size_t q = s; q < k; q++)
            if (gm(c, q, k, G_CITY, -1, &h)) city = h.val, q = h.end - 1;
        return city;
    }
    return -1;
}

/* "... gathered in the same city" (lexicon same_city) within a few words of
 * the meeting at pos (after its name, a body's full name long): the city of
 * the meeting named last; -1 when none. */
static int city_same(const ctx *c, size_t s, size_t e, size_t pos)
{
    size_t from = pos > s + 4 ? pos - 4 : s, to = pos + 14 < e ? pos + 14 : e;
    for (size_t k = from; k < to; k++)
        if (lex(c, k, e, LX_SAME_CITY, NULL)) return c->current >= 0 ? c->x->m[c->current].city : -1;
    return -1;
}

/* Where a meeting named at pos takes place (m->city, m->country): the place
 * the sentence gives, a city qualifying it; else *dateline, the dateline's
 * city for a recent meeting held in person, which it takes only if it joins
 * no meeting named before ("the summit in Minsk ... the summit": Minsk, not
 * the MOSCOW of the dateline). */
static void meeting_where(const ctx *c, size_t s, size_t e, size_t pos, x_meeting *m, int *dateline)
{
    *dateline = -1;
    cdate pub = c->pub;
    if (m->format == FM_IN_PERSON) {
        /* "the PA Council's Minsk session", "at the Astana summit": a city qualifying the meeting is its
         * place, whatever else the sentence names ("handed over to Bishkek at the Astana summit") */
        gaz_hit ch;
        for (size_t k = pos > s + 3 ? pos - 3 : s; k < pos && m->city < 0; k++)
            if (gm(c, k, pos, G_CITY, -1, &ch) && ch.end == pos) m->city = ch.val;
        if (m->city < 0) find_place(c, s, e, pos, &m->city, &m->country);
        if (m->city < 0 && m->country < 0) m->city = city_here(c, s, e, pos);
        if (m->city < 0 && m->country < 0) m->city = city_same(c, s, e, pos);
    }
    /* a dateline's day without a year ("MOSCOW, November 30") still tells an
     * October session from this week's */
    int other_month = pub.m && m->date.m && m->date.m != pub.m; /* "MOSCOW, November 30" and a session on 5 April */
    int recent = (!pub.y && !other_month) || (!m->date.y && !other_month) ||
                 (date_precision(m->date) == 3 && date_precision(pub) == 3 &&
                  date_cmp(m->date, date_add_days(pub, -7)) >= 0) ||
                 (date_precision(m->date) < 3 && date_compatible(m->date, pub));
    if (m->city < 0 && m->country < 0 && m->status == ST_HELD && m->format == FM_IN_PERSON &&
        c->a->dateline_city >= 0 && recent)
        *dateline = c->a->dateline_city;
    if (m->city >= 0 && m->country < 0) m->country = gaz_city(c->g, m->city)->country;
}

/* Adds the sentence's MK_MEETING mentions (value: the article's meeting),
 * in the order of their position (a stable insertion sort: of two at one
 * token, the one found first comes first). */
static void add_mentions(ctx *c, mention *mm, int n)
{
    for (int i = 1; i < n; i++)
        for (int k = i; k > 0 && mm[k - 1].start > mm[k].start; k--) {
            mention t = mm[k];
            mm[k] = mm[k - 1];
            mm[k - 1] = t;
        }
    for (int i = 0; i < n; i++)
        if (mentions_add(&c->ms, &mm[i]) < 0) c->oom = 1;
}

/* The date that follows mention g at once: the first date hit within 6
 * tokens of its end, before the next mention (`limit`); -1 when none. */
static int own_date(const ctx *c, const group *g, size_t limit, size_t before, const date_hit *dh, int nd)
{
    for (int k = 0; k < nd; k++)
        if (dh[k].start >= g->end && dh[k].start < g->end + 6 && dh[k].start < limit && !clause_between(c, g, &dh[k]))
            return k;
    /* or the last one before it, after the mention before (`before`): "On November 25 the delegation
     * will attend the session of the Council, and on November 26 the plenary session" */
    int last = -1;
    for (int k = 0; k < nd; k++)
        if (dh[k].end <= g->pos && dh[k].start >= before && dh[k].end + 10 >= g->pos) last = k;
    return last;
}

/* The city that follows mention g closely: the first within 8 tokens of its
 * end, before the next mention (`limit`); -1 when none. */
static int own_city(const ctx *c, const group *g, size_t limit, size_t e)
{
    gaz_hit h;
    for (size_t k = g->end; k < e && k < g->end + 8 && k < limit; k++)
        if (gm(c, k, e, G_CITY, -1, &h)) return h.val;
    return -1;
}


/* "The next meeting of the CDM will take place in Minsk in November as part
 * of a joint session of the CFM, the CDM and the CSSC" (lexicon part_of
 * between): the body's meeting is the joint one, dated and placed where the
 * first is; the joint mention is dropped. */
static void part_of_joint(const ctx *c, group *gr, int *ng, size_t e)
{
    for (int i = 0; i < *ng; i++)
        for (int j = 0; j < *ng; j++) {
            if (i == j || gr[j].pos <= gr[i].end || (gr[i].mask & ~gr[j].mask) || gr[i].mask == gr[j].mask) continue;
            int between = 0;
            for (size_t k = gr[i].end; k < gr[j].pos && !between; k++) {
                size_t q;
                between = lex(c, k, e, LX_PART_OF, &q) && q + 3 >= gr[j].pos;
            }
            if (!between) continue;
            gr[i].mask = gr[j].mask;
            for (int k = j; k + 1 < *ng; k++) gr[k] = gr[k + 1];
            (*ng)--;
            if (j < i) i--;
            break;
        }
}

/* "not resolved at the CSC session in Astana on 8 November 2018, nor at the
 * informal summit in St Petersburg on 6 December 2018", "the next session
 * will be held in Yerevan, he said after the session in Dushanbe": a second
 * mention of the same bodies (dup) is another meeting when both are followed
 * by dates, or by cities, of their own that differ; otherwise it is the same
 * one and is dropped. */
/* Whether the meeting mention g is named for what it left behind ("the decisions taken at the December session"),
 * or joined by "and" to one of gr[0..ng) so named ("... and the informal summit in Bishkek"). */
static int outcome_named(const ctx *c, size_t s, const group *gr, int ng, const group *g)
{
    if (outcome_of_before(c, s, g->pos)) return 1;
    for (int k = 0; k < ng; k++) {
        if (gr[k].pos >= g->pos || !outcome_of_before(c, s, gr[k].pos)) continue;
        /* (its place between: "at the December session in Moscow and the informal summit") */
        int and = 0;
        size_t q = gr[k].end, r = 0;
        gaz_hit h;
        while (q < g->pos) {
            if (lex(c, q, g->pos, LX_AND, &r)) and = 1, q = r;
            else if ((is(c, q, "in") || is(c, q, "в")) && gm(c, q + 1, g->pos, G_CITY, -1, &h)) q = h.end;
            else if (is(c, q, ",") || is(c, q, "the") || is(c, q, "a") || lex(c, q, g->pos, LX_MEETING_MOD, &r))
                q = is(c, q, ",") || is(c, q, "the") || is(c, q, "a") ? q + 1 : r;
            else break;
        }
        if (q == g->pos && and) return 1;
    }
    return 0;
}

static void keep_apart(const ctx *c, group *gr, int *ng, const date_hit *dh, int nd, size_t s, size_t e)
{
    int n = 0;
    for (int i = 0; i < *ng; i++) {
        group g = gr[i];
        if (g.dup) {
            g.dup = 0;
            int first = -1;
            for (int k = 0; k < n && first < 0; k++)
                if (gr[k].mask == g.mask && !gr[k].apart) first = k;
            if (first < 0) continue;
            size_t lim_f = (size_t)-1, lim_g = (size_t)-1, prev_f = 0, prev_g = 0;
            for (int k = 0; k < *ng; k++) {
                if (gr[k].pos > gr[first].pos && gr[k].pos < lim_f) lim_f = gr[k].pos;
                if (gr[k].pos > g.pos && gr[k].pos < lim_g) lim_g = gr[k].pos;
                if (gr[k].end <= gr[first].pos && gr[k].end > prev_f) prev_f = gr[k].end;
                if (gr[k].end <= g.pos && gr[k].end > prev_g) prev_g = gr[k].end;
            }
            int a = own_date(c, &gr[first], lim_f, prev_f, dh, nd), b = own_date(c, &g, lim_g, prev_g, dh, nd);
            int ca = own_city(c, &gr[first], lim_f, e), cb = own_city(c, &g, lim_g, e);
            int dates_differ = a >= 0 && b >= 0 && a != b && !date_compatible(dh[a].date, dh[b].date);
            /* "the decisions of the recent summit in Moscow ..., and the next summit will be held in
             * September": "next" names another summit than the one named before without it */
            int tg = time_mod(c, s, g.pos), tf = time_mod(c, s, gr[first].pos); /* (by sign: -2 is past too) */
            int sg = (tg > 0) - (tg < 0), sf = (tf > 0) - (tf < 0), next = sg != 0 && sg != sf;
            /* "this latest summit of the Council, at which we discussed implementing the decisions taken at the
             * December session in Moscow and the informal summit in Bishkek in May": one named for what it left
             * behind (or joined to one so named), with its own place or date, is another than one that is not */
            int left_behind = (b >= 0 || cb >= 0) && !(ca >= 0 && ca == cb) && outcome_named(c, s, gr, *ng, &g) &&
                              !outcome_named(c, s, gr, *ng, &gr[first]);
            if (!dates_differ && !(ca >= 0 && cb >= 0 && ca != cb) && !next && !left_behind) continue;
            g.apart = 1;
        }
        gr[n++] = g;
    }
    *ng = n;
}

/* Whether one of mm[0..nm) covers token k. */
static int mention_covers(const mention *mm, int nm, size_t k)
{
    for (int q = 0; q < nm; q++)
        if (mm[q].start <= k && k < mm[q].end) return 1;
    return 0;
}

/* Whether lexicon within_event or just_before ends right before the meeting mention at pos (an article, "the CSTO"
 * between). */
static int within_event_before(const ctx *c, size_t pos)
{
    size_t k;
    for (size_t a = pos > 6 ? pos - 6 : 0; a < pos; a++)
        if ((lex(c, a, pos, LX_WITHIN_EVENT, &k) || lex(c, a, pos, LX_JUST_BEFORE, &k)) && k <= pos && k + 3 >= pos) {
            for (size_t q = k; q < pos; q++)
                if (c->tl->t[q].kind == TOK_PUNCT) return 0;
            return 1;
        }
    return 0;
}

/* Meetings of a sentence given no place of their own that are where the one named before them is: "The
 * Council meets in Minsk on 13 April, and the next day the summit" (dated from it: "the next day", "the
 * same day", «на следующий день», with or without a date), "the summit in Minsk, and the joint meeting
 * held there the day before".  mm[0..nm) are the sentence's meeting mentions. */
static void same_place_as_before(ctx *c, size_t s, size_t e, const date_hit *dh, int nd, const mention *mm, int nm,
                                 int had)
{
    for (int i = 0; i < nm; i++) {
        x_meeting *m = &c->x->m[mm[i].value];
        if (m->city >= 0 || m->country >= 0 || m->format != FM_IN_PERSON) continue;
        /* "On the sidelines of the session, a joint meeting ... was held", "a joint meeting held as part of the
         * summit in Yerevan": a meeting named as the event this one is held within (lexicon within_event right before
         * it) */
        /* (or named by its noun alone, the meeting the sentences before were about: «В рамках сессии состоялось
         * совместное заседание») */
        /* (the two a few words apart: not «В ходе встречи страны ознакомятся с итогами заседания СМО в ноябре», a past
         * meeting the one in focus hears of) */
        int host = -1;
        for (int q = 0; q < nm && host < 0; q++)
            if (mm[q].value != mm[i].value && within_event_before(c, mm[q].start) &&
                (mm[q].start > mm[i].start ? mm[q].start <= mm[i].end + 8 : mm[i].start <= mm[q].end + 6))
                host = mm[q].value;
        size_t k, a0 = mm[i].start > s + 6 ? mm[i].start - 6 : s;
        for (size_t a = a0; host < 0 && had >= 0 && had != mm[i].value && a < mm[i].start; a++)
            if (lex(c, a, mm[i].start, LX_MEETING_NOUN, &k) && within_event_before(c, a) && !mention_covers(mm, nm, a))
                host = had;
        if (host >= 0) {
            const x_meeting *o = &c->x->m[host];
            if (o->format == FM_IN_PERSON) m->city = o->city, m->country = o->country;
            continue;
        }
        int prev = -1;
        for (int q = 0; q < nm; q++)
            if (mm[q].start < mm[i].start && mm[q].value != mm[i].value && (prev < 0 || mm[q].start > mm[prev].start)) prev = q;
        if (prev < 0) {
            /* "a session of the Council of Defence Ministers there": the place of the meeting the
             * sentences before were about */
            if (had >= 0 && had != mm[i].value && mm[i].end < e && is(c, mm[i].end, "there")) {
                const x_meeting *o = &c->x->m[had];
                if (o->format == FM_IN_PERSON) m->city = o->city, m->country = o->country;
            }
            continue;
        }
        const x_meeting *o = &c->x->m[mm[prev].value];
        if (o->format != FM_IN_PERSON || (o->city < 0 && o->country < 0)) continue;
        int same = 0;
        for (int k = 0; k < nd && !same; k++)
            same = dh[k].start >= mm[prev].end && dh[k].end <= mm[i].start && dh[k].rule &&
                   (!strcmp(dh[k].rule, "next-day") || !strcmp(dh[k].rule, "same-day") ||
                    !strcmp(dh[k].rule, "next-day-date") || !strcmp(dh[k].rule, "same-day-date"));
        for (size_t k = mm[i].end + 1; k < e && k < mm[i].end + 4 && !same; k++)
            same = is(c, k, "there") && (is(c, k - 1, "held") || is(c, k - 1, "met") || is(c, k - 1, "place"));
        if (same) m->city = o->city, m->country = o->country;
    }
}

/* "Накануне, во вторник, прошло заседание СМИД", "A day earlier, on Tuesday, the ministers met": the
 * eve of the held meeting the report is about, named by its weekday (or its day: «Накануне, 27 мая, ...»).  When that meeting's day was only
 * a guess (the report's month), it is the day after.  ("The day before" counted from a bare weekday
 * named earlier is itself read as a weekday, dating_article: then this does not apply.) */
static void eve_dates_current(ctx *c, const date_hit *dh, int nd, int had, const mention *mm, int nm)
{
    if (had < 0 || !nm) return;
    x_meeting *cur = &c->x->m[had];
    if (!cur->guessed || cur->status != ST_HELD) return;
    for (int i = 0; i < nm; i++)
        if (mm[i].value == had) return; /* the sentence is about that meeting itself */
    int eve = 0, wd = -1;
    for (int k = 0; k < nd; k++) {
        if (dh[k].rule && !strcmp(dh[k].rule, "previous-day")) eve = 1;
        if (dh[k].rule && !strcmp(dh[k].rule, "weekday") && date_precision(dh[k].date) == 3) wd = k;
        /* «Накануне, 27 мая, в Бишкеке состоялись заседания ...», "The day before, on May 27, ...": the day
         * before named with its date */
        if (dh[k].rule && !strcmp(dh[k].rule, "previous-day-date") && date_precision(dh[k].date) == 3) eve = 1, wd = k;
    }
    if (!eve || wd < 0) return;
    cdate d = date_add_days(dh[wd].date, 1);
    if (d.y != cur->date.y || d.m != cur->date.m) return;
    cur->date = d;
    cur->guessed = 0;
}

/* Whether the sentence's video words only tell how someone took part
 * ("with Putin joining by video link", "X took part via video link", «X
 * принял участие по видеосвязи») in a meeting it places in a city: that
 * meeting is held in person. */
static int remote_participant(const ctx *c, size_t s, size_t e)
{
    size_t q;
    int any = 0;
    for (size_t k = s; k < e; k++) {
        if (!lex(c, k, e, LX_VIDEO, &q)) continue;
        size_t b = k > s && (is(c, k - 1, "by") || is(c, k - 1, "via") || is(c, k - 1, "through")) ? k - 1 : k;
        int who = 0;
        /* "joined the session via video link", «подключился к работе сессии по видеосвязи»; and «главы Беларуси,
         * России (онлайн), Таджикистана», "the presidents of Belarus, Russia (online) and ...": in parentheses after
         * one participant of a list, that participant's (the list's verb of attending further back) */
        size_t reach = b > s + 1 && is(c, b - 1, "(") && is(c, q, ")") && c->tl->t[b - 2].kind == TOK_WORD &&
                               c->tl->t[b - 2].cap ? 12 : 5;
        for (size_t a = b > s + reach ? b - reach : s; a < b && !who; a++) who = lex(c, a, b, LX_ATTEND, NULL);
        if (!who) return 0;
        any = 1;
        k = q - 1;
    }
    int city = -1, country = -1;
    if (any) find_place(c, s, e, s, &city, &country);
    /* ... or the meeting named before is placed in a city ("The summit opened in Dushanbe. The session
     * was attended by A and B, while Putin joined via video link") */
    const x_meeting *cur = c->current >= 0 ? &c->x->m[c->current] : NULL;
    if (any && city < 0 && cur && cur->format == FM_IN_PERSON && cur->city >= 0 && !cur->place_guessed) return 1;
    return city >= 0;
}

/* Whether the sentence [s, e) says its meeting is held by video: a video
 * word, not only of one person taking part. */
static int video_sentence(const ctx *c, size_t s, size_t e)
{
    return lex_in(c, s, e, LX_VIDEO) && !remote_participant(c, s, e);
}

/* One item of a list that a sentence gives after its meeting: the words between two separators (a comma,
 * a semicolon, "and", «и»), with one date of a year or a month and a place or a format of its own. */
typedef struct list_item {
    size_t a, b;  /* tokens [a, b) */
    int date;     /* its date hit, or -1 */
    int city;     /* its city, or -1 */
    int video;    /* it says "by video", «в формате видеоконференции» */
} list_item;

/* Adds a meeting of meeting k's bodies, rule and status on date d, in the format and place given, told by ev: another
 * session named in the same breath (listed_meetings, sessions_per_month). */
static void meeting_like(ctx *c, int k, cdate d, int format, int city, int country, span ev)
{
    const x_meeting *km = &c->x->m[k];
    x_meeting m;
    memset(&m, 0, sizeof m);
    m.bodies = km->bodies;
    m.rule = km->rule;
    m.status = km->status;
    m.date = d;
    m.format = format;
    m.city = city;
    m.country = country;
    meeting_add(c, &m, ev, (cdate){0, 0, 0}, -1);
}

/* «В 2019 году главы государств собирались в Бишкеке, в 2020-м — в формате видеоконференции, в 2021-м — в
 * Душанбе», "The leaders met in Bishkek in 2019, by video in 2020 and in Dushanbe in 2021": a sentence that
 * names one meeting (g, meeting k) and then lists other dates, each with its own place or format, tells of
 * one meeting of the same bodies for each.  Meeting k takes the place of its own item when it has none. */
static void listed_meetings(ctx *c, size_t s, size_t e, const group *g, int k, const date_hit *dh, int nd)
{
    if (nd < 2 || k < 0) return;
    list_item it[12];
    int ni = 0;
    size_t a = s;
    for (size_t q = s; q <= e && ni < 12; q++) {
        if (q < e && !is(c, q, ",") && !is(c, q, ";") && !lex(c, q, e, LX_AND, NULL)) continue;
        if (q > a) {
            list_item li = {a, q, -1, -1, 0};
            int dates = 0;
            for (int d = 0; d < nd; d++)
                if (dh[d].start >= a && dh[d].end <= q && dh[d].date.y && date_precision(dh[d].date) <= 2) li.date = d, dates++;
            gaz_hit h;
            for (size_t t = a; t < q && li.city < 0; t++)
                if (lex(c, t, q, LX_PLACE_PREP, NULL) && gm(c, t + 1, q, G_CITY, -1, &h)) li.city = h.val;
            li.video = lex_in(c, a, q, LX_VIDEO);
            if (dates > 1) return; /* two dates in one item: not a list of this kind */
            /* an item that names a meeting of its own ("..., а в мае в Минске пройдет заседание Совета глав
             * правительств СНГ") or runs long is a clause, not an item of the list */
            if (g->pos < a && (q - a > 8 || (lex_in(c, a, q, LX_MEETING_NOUN) && !li.video) || lex_in(c, a, q, LX_MEETING_VERB)))
                li.date = -1;
            it[ni++] = li;
        }
        a = q + 1;
    }
    int own = -1; /* the item of the mention */
    for (int i = 0; i < ni && own < 0; i++)
        if (g->pos >= it[i].a && g->pos < it[i].b) own = i;
    if (own < 0 || it[own].date < 0) return;
    int listed = 0;
    for (int i = own + 1; i < ni; i++)
        if (it[i].date >= 0 && (it[i].city >= 0 || it[i].video)) listed++;
    if (!listed) return;
    x_meeting *km = &c->x->m[k];
    if (km->city < 0 && it[own].city >= 0 && !it[own].video) {
        km->city = it[own].city;
        km->country = gaz_city(c->g, it[own].city)->country;
    }
    for (int i = own + 1; i < ni; i++) {
        if (it[i].date < 0 || !(it[i].city >= 0 || it[i].video)) continue;
        int city = it[i].video ? -1 : it[i].city;
        meeting_like(c, k, dh[it[i].date].date, it[i].video ? FM_VIDEO : FM_IN_PERSON, city,
                     city >= 0 ? gaz_city(c->g, city)->country : -1, span_of(c, s, e));
    }
}

/* "the decisions of the Collective Security Council sessions which were held in September and October of 2015": a
 * plural meeting noun of one body (g, meeting k, dated by the first month) followed, before the sentence [s, e)
 * names another meeting (lim), by months joined by "and" or commas, tells of one session in each month. */
static void sessions_per_month(ctx *c, size_t s, size_t e, size_t lim, const group *g, int k, const date_hit *dh,
                               int nd)
{
    if (nd < 2 || k < 0 || !plural_sessions(c, g)) return;
    int n = 0, ds[8];
    for (int d = 0; d < nd && n < 8; d++) {
        if (dh[d].start < g->end || dh[d].end > e || (!n && dh[d].start >= lim)) continue;
        if (date_precision(dh[d].date) != 2) return; /* (days: one session of several days, perhaps) */
        if (n) { /* joined to the one before by "and" or a comma, perhaps "in" after it */
            size_t q = dh[ds[n - 1]].end;
            if (!is(c, q, ",") && !lex(c, q, e, LX_AND, &q)) return;
            q += is(c, q, ",");
            q += is(c, q, "in");
            if (q != dh[d].start) return;
        }
        ds[n++] = d;
    }
    /* (the year written once, after the last: "in September and October of 2015", as meeting k's date has it) */
    x_meeting *km = &c->x->m[k];
    int y = n ? dh[ds[n - 1]].date.y : 0;
    if (n < 2 || km->date.y != y || km->date.m != dh[ds[0]].date.m) return;
    for (int i = 1; i < n; i++)
        if (dh[ds[i]].date.m <= dh[ds[i - 1]].date.m) return;
    int format = km->format, city = km->city, country = km->country;
    for (int i = 1; i < n; i++) meeting_like(c, k, (cdate){y, dh[ds[i]].date.m, 0}, format, city, country, span_of(c, s, e));
}

/* "every CSTO summit since the one he hosted in Yerevan on November 23, 2022", "The previous one was held
 * in St. Petersburg in November 2024": "the [previous|last|next] one" with a date within a few words stands
 * for a meeting of the bodies named last (in the sentence, else in the meeting last named, when the
 * sentence names none). */
static void one_for_meeting(mstate *ms)
{
    ctx *c = ms->c;
    for (size_t k = ms->s + 1; k + 1 < ms->e; k++) {
        if (!is(c, k, "one") || is(c, k + 1, "-") || is(c, k + 1, "of")) continue;
        size_t d = k - 1, q;
        while (d > ms->s && lex(c, d, k, LX_MEETING_MOD, &q) && q == k) d--;
        if (!is(c, d, "the")) continue;
        int dated = 0;
        for (size_t m = mentions_from(&c->ms, MK_DATE, k); m < c->ms.n[MK_DATE] && !dated; m++)
            dated = c->ms.v[MK_DATE][m].start < k + 12 && c->ms.v[MK_DATE][m].start < ms->e;
        if (!dated) continue;
        unsigned mask = 0;
        for (int g = 0; g < ms->ng; g++)
            if (ms->gr[g].end <= d) mask = ms->gr[g].mask;
        if (!mask && !ms->ng && c->current >= 0) mask = c->x->m[c->current].bodies;
        if (!mask) continue;
        int before = ms->ng;
        add_group(ms->gr, &ms->ng, 16, mask, k, k + 1, "one-for-meeting");
        if (ms->ng > before) ms->gr[ms->ng - 1].apart = 1, ms->gr[ms->ng - 1].dup = 0; /* another than its noun's */
    }
}

static int bullet(const ctx *c, size_t k)
{
    return is(c, k, "-") && (c->tl->t[k].nl || c->tl->t[k].para);
}

/* The colon of a lead-in in [s, e) that a list of bullets follows: the token after it when it ends the
 * sentence or a bullet line comes right after it ("... every regular session of the Council:\n- Astana, June
 * 18, 2004, ..."), else 0. */
static size_t lead_colon(const ctx *c, size_t s, size_t e)
{
    for (size_t k = s; k < e; k++)
        if (is(c, k, ":") && (k + 1 == e || bullet(c, k + 1))) return k + 1;
    return 0;
}

/* "Since then he has attended every regular session of the Council:" then "- Astana, June 18, 2004, where the
 * leaders approved ...", "- Moscow, June 23, 2005, which ...": a lead-in that names a body's sessions in
 * general and ends with a colon (c->lead_bodies, set by meetings_in_sentence) lists them in the bullets after
 * it, one a line, in its own sentence or in the next; a bullet that opens with its date (to the month at least)
 * and a city, in either order, is one session of those bodies.  The bullets of [from, e) as meetings, their
 * mentions in mm (at most max); returns their number. */
static int listed_under(ctx *c, size_t from, size_t e, const date_hit *dh, int nd, mention *mm, int max)
{
    int n = 0;
    for (size_t a = from; a < e && n < max; a++) {
        if (!bullet(c, a)) continue;
        size_t b = a + 1; /* the item: [a + 1, b) */
        while (b < e && !bullet(c, b)) b++;
        int d = -1, city = -1;
        for (int k = 0; k < nd && d < 0; k++)
            if (dh[k].start > a && dh[k].start <= a + 3 && dh[k].end <= b && dh[k].date.y && date_precision(dh[k].date) >= 2)
                d = k;
        if (d < 0) continue;
        gaz_hit h;
        size_t after = dh[d].end + (is(c, dh[d].end, ",") ? 1 : 0);
        if (gm(c, a + 1, b, G_CITY, -1, &h) && (h.end == dh[d].start || (is(c, h.end, ",") && h.end + 1 == dh[d].start)))
            city = h.val; /* "Astana, June 18, 2004" */
        else if (dh[d].start == a + 1 && gm(c, after, b, G_CITY, -1, &h))
            city = h.val; /* "June 18, 2004, Astana" */
        if (city < 0) continue;
        x_meeting m;
        memset(&m, 0, sizeof m);
        m.bodies = c->lead_bodies;
        m.rule = "listed-under-lead";
        m.date = dh[d].date;
        m.status = date_cmp(m.date, c->pub) > 0 ? ST_PLANNED : ST_HELD;
        m.format = FM_IN_PERSON;
        m.city = city;
        m.country = gaz_city(c->g, city)->country;
        int idx = meeting_add(c, &m, span_of(c, a + 1, b), (cdate){0, 0, 0}, -1);
        if (idx < 0) continue;
        mm[n++] = (mention){MK_MEETING, idx, 0, 0, a + 1, a + 2, m.rule};
        c->current = idx;
    }
    return n;
}

/* "preparations for the regular session of the CSC and the meeting of the CDM, which will take place in June in
 * Moscow", «к очередной сессии СКБ и к заседанию СМО, которые состоятся в июне этого года в Москве»: mention i,
 * joined by "and" to a later one q after which a relative clause (", which", «, которые») names a date or a
 * place, shares them.  *when, *city, *country from the clause (0 / -1 when it names none), *planned when
 * it speaks of the future; returns 1 when there is such a clause. */
static int shared_clause(const ctx *c, size_t e, const group *out, int no, int i, const date_hit *dh, int nd,
                         cdate *when, int *city, int *country, int *planned)
{
    for (int q = 0; q < no; q++) {
        if (out[q].pos <= out[i].end || out[q].pos > out[i].end + 8) continue;
        int joined = out[i].end > out[i].pos && lex(c, out[i].end - 1, out[i].end, LX_AND, NULL); /* (its words may end with it) */
        for (size_t k = out[i].end; k < out[q].pos; k++) {
            if (lex(c, k, out[q].pos, LX_AND, NULL)) joined = 1;
            else if (!is(c, k, ",") && !is(c, k, "the") && !is(c, k, "a") && !is(c, k, "to") && !is(c, k, "for") &&
                     !is(c, k, "к") && !lex(c, k, out[q].pos, LX_MEETING_MOD, NULL))
                joined = -1;
        }
        if (joined != 1) continue;
        size_t r = out[q].end - 1; /* past the rest of its name, to the comma */
        while (r < e && r < out[q].end + 8 && !is(c, r, ",")) r++;
        if (!is(c, r, ",") || !(is(c, r + 1, "which") || is(c, r + 1, "которые"))) continue;
        size_t ce = r + 2;
        while (ce < e && !is(c, ce, ",") && !is(c, ce, ";")) ce++;
        *when = (cdate){0, 0, 0};
        for (int k = 0; k < nd && !when->y; k++)
            if (dh[k].start > r && dh[k].end <= ce && dh[k].date.y) *when = dh[k].date;
        *city = *country = -1;
        find_place(c, r + 2, ce, r + 2, city, country);
        if (*city >= 0 && *country < 0) *country = gaz_city(c->g, *city)->country;
        if (!when->y && *city < 0 && *country < 0) return 0;
        *planned = lex_in(c, r + 2, ce, LX_PLANNED_VERB) || lex_in(c, r + 2, ce, LX_FUTURE);
        return 1;
    }
    return 0;
}

/* Whether "pre-" or "post-" stands among the four words before the meeting noun at n ("a pre-summit meeting the day
 * before"): a meeting before or after another, whose bodies the sentence does not name. */
static int pre_meeting(const ctx *c, size_t s, size_t n)
{
    for (size_t k = n > s + 4 ? n - 4 : s; k + 1 < n; k++)
        if ((is(c, k, "pre") || is(c, k, "post")) && is(c, k + 1, "-")) return 1;
    return 0;
}

/* How many sentences start in [a, b). */
static int sentences_between(const ctx *c, size_t a, size_t b)
{
    int n = 0;
    for (size_t si = 0; si < c->tl->ns; si++)
        n += c->tl->s[si].first >= a && c->tl->s[si].first < b;
    return n;
}

/* «Мероприятие пройдет в Ереване, накануне очередного заседания СКБ», "The meeting will be held in Yerevan on the eve
 * of the summit": a noun that opens the sentence and is said to take place (lexicon anaphor, or a bare meeting noun
 * after its article) refers back, and the meetings the sentence names are only points in time for it: the place
 * before the first of them is that of the meeting the sentence before named, when it has none. */
static void anaphor_before_points(ctx *c, const mstate *ms, const group *out, int no)
{
    size_t s = ms->s, e = ms->e, at, q, first = e;
    if (ms->anaphor && ms->anaphor_pos == s) at = s;
    else if (ms->anaphor && ms->anaphor_pos == s + 1 && determiner(c, s)) at = s + 1;
    else if (ms->bare_noun && ms->bare_pos == s + 1 && determiner(c, s)) at = s + 1;
    else return;
    if (!lex(c, at, e, LX_ANAPHOR, &q) && !lex(c, at, e, LX_MEETING_NOUN, &q)) return;
    if (!lex(c, q, e, LX_TAKES_PLACE, NULL) &&
        !(lex(c, q, e, LX_PLANNED_VERB, &q) && lex(c, q, e, LX_TAKES_PLACE, NULL)))
        return;
    for (int k = 0; k < no; k++) {
        if (!reference_mention_at(c, s, &out[k], 1)) return; /* ("on the eve of the regular session of the Council") */
        first = out[k].pos < first ? out[k].pos : first;
    }
    int to = last_named_before(c, s), city = -1, country = -1;
    if (to < 0 || c->x->m[to].city >= 0 || c->x->m[to].format != FM_IN_PERSON) return;
    find_place(c, s, first, s, &city, &country);
    if (city >= 0) c->x->m[to].city = city, c->x->m[to].country = country;
}

/* «27 ноября в столице Кыргызстана состоится серия заседаний уставных органов ОДКБ», "a series of meetings of the
 * statutory bodies will take place on 27 November": the day of the series (lexicon meeting_series, a day named in
 * its sentence), kept for the sessions the next sentences name with none. */
static void series_day(ctx *c, size_t s, size_t e, const date_hit *dh, int nd)
{
    if (!lex_in(c, s, e, LX_MEETING_SERIES)) return;
    for (int k = 0; k < nd; k++)
        if (date_precision(dh[k].date) == 3 || (dh[k].date.d && dh[k].date.m)) {
            c->series_day = dh[k].date;
            c->series_end = e;
            find_place(c, s, e, s, &c->series_city, &c->series_country);
            return;
        }
}

void meetings_in_sentence(ctx *c, size_t s, size_t e, const date_hit *dh, int nd)
{
    series_day(c, s, e, dh, nd);
    if (c->lead_bodies && (c->lead_end != s || !bullet(c, s))) c->lead_bodies = 0; /* the list ended */
    if (c->lead_bodies) { /* the bullets of the lead-in before: their sessions are the sentence's meetings */
        mention lm[16];
        c->lead_end = e;
        add_mentions(c, lm, listed_under(c, s, e, dh, nd, lm, 16));
        return;
    }
    mstate ms_;
    memset(&ms_, 0, offsetof(mstate, hits));
    mstate *ms = &ms_;
    ms->c = c, ms->s = s, ms->e = e, ms->bare_pos = ms->people_pos = s, ms->refer = -1, ms->dated_city = -1;
    find_mentions(ms);
    /* «Заседания проходят каждый год наряду с заседаниями СМИД и СМО накануне сессии СКБ», "the councils meet twice a
     * year, before the summit": a sentence that says how often the bodies meet (lexicon frequency) and names no day,
     * month or year speaks of no one meeting */
    if (!nd && lex_in(c, s, e, LX_FREQUENCY)) return;
    if (ms->refer < 0) one_for_meeting(ms);
    /* "will be considered at the autumn plenary session, scheduled for November in St. Petersburg": a bare
     * noun with a date of its own right after it, other than the meeting in focus's, is another meeting of
     * that meeting's bodies */
    if (ms->refer < 0 && !ms->ng && ms->bare_noun && c->current >= 0 && !pre_meeting(c, s, ms->bare_pos) &&
        !(other_org_named(c, s, e) && !csto_named(c, s, e))) { /* (session_of_people's other organisation) */
        group g = {c->x->m[c->current].bodies, ms->bare_pos, ms->noun_end, "bare-noun-dated", 0, 0};
        /* (or another number than the one in focus was named with: "the decisions of its 20th meeting, held in
         * October 2022", the 21st undated) */
        int ordinal = other_ordinal(c, s, ms->bare_pos, c->current);
        /* (or one before it, among its modifiers: "refused to show up at the June 14 meeting in Moscow") */
        size_t pm = premod_start(c, s, ms->bare_pos);
        for (size_t d = mentions_from(&c->ms, MK_DATE, pm); d < c->ms.n[MK_DATE]; d++) {
            const mention *dm = &c->ms.v[MK_DATE][d];
            if (dm->start >= e || dm->start > ms->noun_end + 16) break;
            int before = dm->end <= ms->bare_pos;
            if (before && (dm->end != ms->bare_pos || dm->start < pm)) continue;
            if ((before || date_right_after(c, &g, dm->start)) &&
                (dated_otherwise(c, dm->start, dm->end, c->current) || ordinal)) {
                /* "... reviewed the decisions of the session of the CSC held in Moscow on December 19, 2012. ... since
                 * the Moscow session of December 2012": a meeting named before on that date is the one meant */
                int k = named_before_on(c, dm->start, dm->end);
                if (k >= 0) g.mask = c->x->m[k].bodies;
                add_group(ms->gr, &ms->ng, 16, g.mask, g.pos, g.end, g.rule);
                break;
            }
        }
    }
    /* "They will be held in Minsk on 27 May", «Они пройдут ...», «Их проведение намечено на 27 мая»: a plural pronoun
     * opening the sentence (lexicon they), then lexicon takes_place, stands for every meeting the sentence before named */
    size_t itq;
    if (!ms->ng && lex(c, s, e, LX_THEY, &itq) && lex(c, itq, e, LX_TAKES_PLACE, NULL) &&
        they_take_place(c, s, e, dh, nd, itq))
        return;
    /* "It will be held in Minsk in the fourth quarter", «Она пройдет в Минске ...»: a pronoun opening the sentence, then
     * lexicon takes_place, is the meeting the sentence before named */
    int it = -1;
    if (ms->refer < 0 && !ms->ng && lex(c, s, e, LX_IT, &itq) && itq == s + 1 && lex(c, itq, e, LX_TAKES_PLACE, NULL))
        it = last_named_before(c, s);
    /* ... and «Его проведет Председатель Госдумы X»: the pronoun as the object of a verb of holding */
    if (ms->refer < 0 && !ms->ng && lex(c, s, e, LX_IT_OBJECT, &itq) && itq == s + 1 && lex(c, itq, e, LX_HOLD_VERB, NULL))
        it = last_named_before(c, s);
    if (it >= 0) {
        ms->refer = it;
        ms->refer_rule = "it-takes-place";
        ms->bare_noun = 0;
        ms->anaphor_pos = s;
    }
    if (ms->refer >= 0) { /* "the meeting": the one last named */
        size_t at = ms->bare_noun ? ms->bare_pos : ms->anaphor_pos;
        x_meeting *rm = &c->x->m[ms->refer];
        if (rm->format != FM_VIDEO && video_sentence(c, s, e)) { /* "the meeting will be held via video link" */
            rm->format = FM_VIDEO;
            rm->city = rm->country = -1;
        }
        /* "at today's session", "Monday's meeting": the day of the one last named, when only its month
         * was guessed */
        size_t ds = premod_start(c, s, at);
        if (ds < at && rm->guessed)
            for (int k = 0; k < nd; k++)
                if (dh[k].start >= ds && dh[k].end <= at && date_precision(dh[k].date) == 3 &&
                    date_compatible(dh[k].date, rm->date)) {
                    rm->date = dh[k].date;
                    rm->guessed = 0;
                }
        /* "The session took place on Monday, January 10", «Сессия прошла в понедельник, 10 января»: the
         * sentence that opens with the noun dates it */
        if (rm->guessed && at <= s + 1)
            for (int k = 0; k < nd && rm->guessed; k++)
                if (dh[k].start > at && dh[k].start <= at + 6 && date_precision(dh[k].date) == 3 &&
                    date_compatible(dh[k].date, rm->date) && lex_in(c, at, dh[k].start, LX_PAST)) {
                    rm->date = dh[k].date;
                    rm->guessed = 0;
                }
        took_place_at(c, s, e, dh, nd, ms->bare_noun ? ms->noun_end : at + 1, at, rm);
        /* ("to make the December meeting in Moscow productive": a city right after the noun, "the" and the month of
         * the one named before with no place among its modifiers, is where that one is; not "at a meeting in
         * Almaty", maybe another, nor "the meeting in Yerevan approved proposals", one before) */
        if (ms->bare_noun && rm->city < 0 && rm->country < 0 && rm->format == FM_IN_PERSON && dated(rm->date)) {
            size_t pq, pm = premod_start(c, s, at), own_end = at + 1; /* (the noun's own end: noun_end is the last's) */
            gaz_hit ph;
            lex(c, at, e, LX_MEETING_NOUN, &own_end);
            int month = 0;
            for (int k = 0; k < nd && !month; k++)
                month = dh[k].start >= pm && dh[k].end <= at && date_compatible(dh[k].date, rm->date);
            if (month && pm > s && is(c, pm - 1, "the") && lex(c, own_end, e, LX_PLACE_PREP, &pq) &&
                gm(c, pq, e, G_CITY, -1, &ph) && !place_compound(c, ph.end, e)) {
                rm->city = ph.val;
                rm->country = gaz_city(c->g, ph.val)->country;
            }
        }
        /* («В Казахстане прошел саммит» over «В столице Казахстана Астане прошло заседание»: a city in the country
         * the meeting has, named in the sentence that refers back to it) */
        if (rm->city < 0 && rm->country >= 0 && rm->format == FM_IN_PERSON) {
            int city = -1, country = -1;
            find_place(c, s, e, at, &city, &country);
            if (city >= 0 && gaz_city(c->g, city)->country == rm->country) rm->city = city, rm->place_guessed = 0;
        }
        add_mentions(c, &(mention){MK_MEETING, ms->refer, 0, MF_REFERS, at, at + 1, ms->refer_rule}, 1);
        return;
    }
    if (!ms->ng) {
        people_arrived(c, s, e);
        return;
    }
    part_of_joint(c, ms->gr, &ms->ng, e);
    keep_apart(c, ms->gr, &ms->ng, dh, nd, s, e);
    group out[32];
    mention mm[32];
    int no = split_joint(c, s, ms->gr, ms->ng, out, 32), nm = 0;
    anaphor_before_points(c, ms, out, no);

    /* not a verb of what is said ("Tokayev told the session that the mission will end soon", «Токаев на
     * сессии заявил, что миссия будет завершена») */
    /* (nor one inside a quote the sentence then attributes: «"... будут работать ...", - сказал X после заседания») */
    int planned_verb = lex_in(c, after_quoted_speech(c, s, e), speech_then_that(c, s, e), LX_PLANNED_VERB);
    int video = video_sentence(c, s, e);
    size_t last_pos = 0, lead = 0; /* the bullets of a lead-in in the sentence start at lead */
    /* a meeting named in a clause about something else ("the programme, which the leaders approved at
     * the summit in Minsk") does not take the focus from the one the report is about */
    int had = c->current;
    for (int i = 0; i < no; i++) {
        if (called_off(c, s, e, out, no, i)) continue;
        /* "has attended every regular session of the Council:", "The sessions of the CFM were held in:": the
         * lead-in of a list of them, one a bullet (listed_under), in this sentence or the next */
        size_t colon = lead_colon(c, out[i].end, e);
        if (colon && (every_before(c, s, out[i].pos) || plural_sessions(c, &out[i]))) {
            c->lead_bodies = out[i].mask, c->lead_end = e, lead = colon;
            continue;
        }
        x_meeting m;
        memset(&m, 0, sizeof m);
        m.bodies = out[i].mask;
        m.city = m.country = -1;
        m.rule = out[i].rule;
        m.format = video ? FM_VIDEO : FM_IN_PERSON;
        cdate fallback;
        meeting_when(c, s, e, out, no, i, dh, nd, planned_verb, &m, &fallback);
        int dateline;
        /* "The Permanent Council approved drafts for the session of the Council scheduled for November 27 in
         * Bishkek": a place after another meeting named later in the sentence is that one's */
        size_t pe = e; /* (out[] is in no order of position) */
        for (int q = 0; q < no; q++)
            if (out[q].pos > out[i].end && out[q].pos < pe && !coordinated(c, &out[i], &out[q])) pe = out[q].pos;
        meeting_where(c, s, pe, out[i].pos, &m, &dateline);
        int ac = unplaced(&m) ? arrived_to_attend(c, s, &out[i], m.status) : -1;
        if (ac >= 0) m.city = ac, m.country = gaz_city(c->g, ac)->country, m.place_guessed = 0, dateline = -1;
        /* «В столице Белоруссии планируется провести заседание СМИД ..., а также заседание КССБ», "In Minsk, the
         * CFM will meet ..., and the CSSC ...": a place that sets the scene before every meeting the sentence
         * names is the place of each that names none */
        if (m.city < 0 && m.country < 0 && m.format == FM_IN_PERSON && no >= 2) {
            size_t first = e;
            for (int q = 0; q < no; q++) first = out[q].pos < first ? out[q].pos : first;
            int sc = -1, sk = -1;
            if (first < out[i].pos) find_place(c, s, first, s, &sc, &sk);
            if (sc >= 0 || sk >= 0) m.city = sc, m.country = sk, dateline = -1; /* (a city comes with its country) */
        }
        cdate sw;
        int sc, sk, sp;
        if (shared_clause(c, e, out, no, i, dh, nd, &sw, &sc, &sk, &sp)) {
            if (!m.date.y && sw.y) {
                m.date = sw, fallback = (cdate){0, 0, 0};
                m.status = sp || date_cmp(sw, c->pub) > 0 ? ST_PLANNED : ST_HELD;
            }
            if (m.city < 0 && m.country < 0 && m.format == FM_IN_PERSON && (sc >= 0 || sk >= 0))
                m.city = sc, m.country = sk, dateline = -1;
        }
        /* "Preparations for the summit were discussed at the meeting of the Permanent Council, held in
         * Moscow": a meeting named as the point of reference of another has the place of its own words
         * only */
        if (no > 1 && m.city >= 0 && reference_mention(c, s, &out[i]) && !own_place(c, s, pe, &out[i], m.city))
            m.city = m.country = -1;
        if (dateline_day(c, s, &m, dateline, fallback)) fallback = c->pub;
        /* "Ереван, 23 ноября 2022 года. Путин ... приехали в армянскую столицу, но саммит закончился
         * скандалом": the heading's day and city */
        cdate hd;
        int hcity;
        /* (or a year alone that is not the heading's: «23 ноября 2023 года, Минск. На сессии СКБ принято решение о
         * председательстве Казахстана в 2024 году» is the heading's day, the year another thing's) */
        int under = heading_before(c, s, &hd, &hcity);
        if (under && date_precision(m.date) == 1 && date_precision(hd) == 3 && hd.y != m.date.y) m.date = (cdate){0, 0, 0};
        if (!m.date.y && !m.date.d && (under || stamp_after(c, s, &hd, &hcity))) {
            m.date = hd, m.last_day = 0, m.tenseless = 0;
            m.status = date_cmp(hd, c->pub) > 0 ? ST_PLANNED : ST_HELD;
            if (m.city < 0 && m.country < 0 && m.format == FM_IN_PERSON && hcity >= 0)
                m.city = hcity, m.country = gaz_city(c->g, hcity)->country, dateline = -1;
        } else if (under && m.city < 0 && m.country < 0 && m.format == FM_IN_PERSON && m.date.y && m.date.m &&
                   hcity >= 0 && hd.y == m.date.y && hd.m == m.date.m) {
            /* «3-4 февраля 2009 г., Москва. ..., а на следующий день на внеочередной сессии СКБ ...»: dated in its
             * sentence, in the month of the heading's day, in the heading's city when it names none */
            m.city = hcity, m.country = gaz_city(c->g, hcity)->country, dateline = -1;
        }
        /* "X has since skipped the meetings of the Council of Foreign Ministers": sessions in general,
         * none that a date or a place names */
        if (generic_plural(c, s, e, &out[i], &m)) continue;
        if (previous_ones(c, s, e, &out[i])) continue;
        /* "has skipped every CSTO summit since ...": each of them, no one meeting */
        if (every_before(c, s, out[i].pos) && !m.date.y && m.city < 0) continue;
        /* A meeting named for its agenda (lexicon agenda a few words before it), with no place:
         * - «вопросы, связанные с проектами повесток дня предстоящих заседаний СМИД, СМО и КССБ», "considered draft
         *   agendas of the upcoming session": one to come, no date either, none of those bodies named before, is no
         *   meeting to list;
         * - «6 сентября Постоянный совет рассмотрел проекты повесток очередной сессии СКБ и совместного заседания
         *   СМИД, СМО и КССБ» after those meetings were named: the agendas of meetings told of before, no date after
         *   the agenda word (one before it is the verb's), are theirs; the verb gives them no tense */
        int known = last_meeting_of_bodies(c, m.bodies) >= 0; /* one of these bodies named before */
        size_t head = premod_start(c, s, out[i].pos), ag = head > s + 5 ? head - 5 : s;
        while (ag < head && !lex(c, ag, head, LX_AGENDA, NULL)) ag++;
        if (ag < head && m.city < 0 && m.country < 0) {
            size_t d = mentions_from(&c->ms, MK_DATE, ag);
            int dated_after = d < c->ms.n[MK_DATE] && c->ms.v[MK_DATE][d].start < e;
            if (!known && m.time_mod > 0 && !m.date.y && !m.date.m && !m.date.d && !fallback.y && dateline < 0) continue;
            if (known && !dated_after) continue;
        }
        /* "the action plan for the implementation of the decisions of the session of the Collective Security
         * Council": a session cited for its decisions, with no date or place of its own, is no meeting the report
         * anchors (not the report's day's) */
        /* (one of these bodies named before is the one meant: «решений сессии Совета коллективной безопасности»
         * in a report of that session) */
        if (!known && !m.date.y && !m.date.m && m.city < 0 && m.country < 0 && m.format != FM_VIDEO &&
            outcome_right_before(c, s, out[i].pos) && !gm(c, out[i].pos, out[i].end, G_CITY, -1, &(gaz_hit){0}))
            continue;
        /* «27 ноября ... состоится серия заседаний уставных органов ОДКБ. ... для участия в работе СМИД, СМО и КССБ»: a
         * session with no day of its own in the two sentences after a series named with its day is of that day */
        if (!m.date.y && !m.date.m && !m.date.d && c->series_day.d &&
            sentences_between(c, c->series_end, s) <= 2) {
            m.date = c->series_day, m.guessed = 0, m.tenseless = 0;
            /* (and where the series is, when the session is placed nowhere of its own: «27 ноября в столице
             * Кыргызстана ... серия заседаний ... Также запланирована сессия СКБ») */
            if (m.city < 0 && m.country < 0 && m.format == FM_IN_PERSON)
                m.city = c->series_city, m.country = c->series_country;
        }
        int idx = meeting_add(c, &m, span_of(c, s, e), fallback, dateline);
        if (idx < 0) continue;
        /* (named as a point in time for another, its modifiers between: "before the forthcoming meeting of the
         * Council ..., a joint meeting of the ministers was held": not the sentence's meeting, sentence_meeting) */
        int point = no > 1 && reference_mention_at(c, s, &out[i], 1);
        mm[nm++] = (mention){MK_MEETING, idx, 0,
                             (point ? MF_POINT : 0) | (decisions_carried_out(c, s, out[i].pos) ? MF_CARRIED_OUT : 0) |
                             (reported_outcome(c, s, out[i].pos) ? MF_REPORTED_ON : 0),
                             out[i].pos, out[i].end, out[i].rule};
        /* nor one whose decisions are cited ("to implement the decisions of the Minsk session"), nor one
         * of a time before the story's ("drafts had already been approved at the meeting of the CSSC") */
        if (had >= 0 && (lex_in(c, s, out[i].pos, LX_CLAUSE) || outcome_of_before(c, s, out[i].pos) ||
                         lex_in(c, s, out[i].pos, LX_EARLIER)))
            continue;
        /* (nor, with none in focus yet, one named inside a quoted title for carrying out its decisions: "stressed the
         * importance of the project \"The implementation plan of the decisions of the September (2021) session\"": the
         * meeting the report goes on about, "During the meeting", is the reception) */
        if (had < 0 && decisions_carried_out(c, s, out[i].pos) && inside_quote(c, s, out[i].pos)) continue;
        /* nor one named as before it ("has chaired the Organization since the previous session, held in
         * Dushanbe in 2015": "The session was chaired by X" is the report's; "also stayed away from the
         * previous plenary session ... X will open the plenary session": the coming one) */
        /* (or of the month of the one in focus, said to be past: "On June 30, foreign ministers met in Cholpon-Ata. The
         * meeting follows recent gatherings of the security council heads in June") */
        if (had >= 0 && (m.time_mod < 0 || m.said_past) && m.date.y && c->x->m[had].date.y &&
            (date_cmp(m.date, c->x->m[had].date) < 0 ||
             (m.time_mod < 0 && date_precision(m.date) < date_precision(c->x->m[had].date) &&
              date_compatible(m.date, c->x->m[had].date))))
            continue;
        /* nor one where a decision was taken, dated more than a month before the meeting in focus ("The decision
         * in principle was taken at an extraordinary session in Moscow on Feb. 4" in a report of the June summit):
         * a past one cited for what it decided */
        if (had >= 0 && date_precision(m.date) >= 2 && date_precision(c->x->m[had].date) == 3 &&
            date_cmp(m.date, date_add_days(c->x->m[had].date, -31)) < 0 &&
            !(m.date.y == c->x->m[had].date.y && m.date.m == c->x->m[had].date.m) && decided_before(c, s, out[i].pos))
            continue;
        /* nor one named as the point of reference of another ("the ministers met to finalize the documents
         * for the summit": the ministers' meeting keeps the focus) */
        if (no > 1 && reference_mention(c, s, &out[i])) continue;
        /* nor one named as a point in time ("Armenia has held the chairmanship since the Moscow session of
         * September 5": "since" a few words before it, no comma between) */
        if (had >= 0 && since_right_before(c, s, out[i].pos)) continue;
        if (i == 0 || out[i].pos >= last_pos) { c->current = idx; last_pos = out[i].pos; } /* the one named last */
    }
    if (lead && lead < e) nm += listed_under(c, lead, e, dh, nd, mm + nm, 32 - nm);
    if (no == 1 && nm == 1) listed_meetings(c, s, e, &out[0], mm[0].value, dh, nd);
    for (int j = 0; j < nm; j++)
        for (int i = 0; i < no; i++) {
            if (out[i].pos != mm[j].start || out[i].end != mm[j].end) continue;
            size_t lim = e; /* (up to the next mention: its dates are its own) */
            for (int q = 0; q < no; q++)
                if (out[q].pos >= out[i].end && out[q].pos < lim) lim = out[q].pos;
            sessions_per_month(c, s, e, lim, &out[i], mm[j].value, dh, nd);
        }
    same_place_as_before(c, s, e, dh, nd, mm, nm, had);
    eve_dates_current(c, dh, nd, had, mm, nm);
    add_mentions(c, mm, nm);
}

int sentence_meeting(const ctx *c, size_t s, size_t e)
{
    size_t k = mentions_from(&c->ms, MK_MEETING, s);
    if (k >= c->ms.n[MK_MEETING] || c->ms.v[MK_MEETING][k].start >= e) return -1;
    /* (past one named as a point in time for the next: "before the forthcoming meeting of the Council, a joint
     * meeting of the ministers was held with participation of X") */
    for (size_t q = k; q < c->ms.n[MK_MEETING] && c->ms.v[MK_MEETING][q].start < e; q++)
        if (!(c->ms.v[MK_MEETING][q].flags & MF_POINT)) return c->ms.v[MK_MEETING][q].value;
    return c->ms.v[MK_MEETING][k].value;
}

/* The day a headline gives in brackets after a city, "(Almaty, June 21, 2024)", «(Минск, 20 июня 2023 года)»: a full
 * date right after the city and a comma, closed by the bracket; {0} when none. */
static cdate bracket_day(const ctx *c, const toklist *tl)
{
    for (size_t i = 0; i + 3 < tl->n; i++) {
        gaz_hit h;
        if (strcmp(tl->t[i].norm, "(") || !gaz_match(c->g, tl, i + 1, tl->n, G_CITY, -1, &h) || h.end >= tl->n ||
            strcmp(tl->t[h.end].norm, ","))
            continue;
        date_hit dh[4];
        int nd = date_find(c->g, tl, h.end + 1, tl->n, (cdate){0, 0, 0}, (cdate){0, 0, 0}, &(cdate){0, 0, 0}, dh, 4);
        if (nd >= 1 && dh[0].start == h.end + 1 && date_precision(dh[0].date) == 3 && dh[0].end < tl->n &&
            !strcmp(tl->t[dh[0].end].norm, ")"))
            return dh[0].date;
    }
    return (cdate){0, 0, 0};
}

/* The headline as tokens, interned, in *tl (the caller frees it with toklist_free); -1 when the report has none or
 * it cannot be read (then *tl holds nothing). */
static int headline_tokens(const ctx *c, toklist *tl)
{
    const char *t = c->a->title;
    *tl = (toklist){0};
    if (!t || toklist_build(tl, t, strlen(t), gaz_is_abbrev, c->g) < 0) return -1;
    if (gaz_intern(c->g, tl) < 0) {
        toklist_free(tl);
        return -1;
    }
    return 0;
}

/* The bodies whose names start at token i of tl, as a mask (bit i = gazetteer body i). */
static unsigned bodies_at(const gazetteer *g, const toklist *tl, size_t i)
{
    gaz_hit h[8];
    unsigned mask = 0;
    int n = gaz_match_all(g, tl, i, tl->n, G_BODY, h, 8);
    for (int k = 0; k < n; k++) mask |= 1u << h[k].val;
    return mask;
}

/* ---- the headline's place ------------------------------------------------
 *
 * "В Москве прошло заседание Совета коллективной безопасности" over a text that says only «принял участие в
 * сессии Совета коллективной безопасности»: the headline is no sentence of the text (its facts have no evidence
 * there; but one that tells what a titled person said or did is kept as the text's first line, article.h), but the
 * one city it names for the bodies it names is where the first meeting of those bodies the text
 * tells of was, when the text gives that one no place (or only the dateline's, where the report was written);
 * with no city, one country after "in" («в») is ("... the Collective Security Council ... in Tajikistan"); and
 * the day in a transcript's brackets, "(Almaty, June 21, 2024)", is that meeting's when the text gives it none.
 * Not when the headline names two cities, or another organisation. */
void headline_place(ctx *c)
{
    int any = 0; /* (most reports place and date their meetings: the headline is read only when one has no place or day) */
    for (int k = 0; k < c->x->nm && !any; k++)
        any = unplaced(&c->x->m[k]) || c->x->m[k].city < 0 || date_precision(c->x->m[k].date) < 3;
    toklist tl;
    if (!any || headline_tokens(c, &tl) < 0) return;
    unsigned mask = 0;
    int city = -1, cities = 0, country = -1, countries = 0, noun = 0;
    /* ("Кремль: Лукашенко подпишет документы ОДКБ в Бишкеке": who says it, before a colon, is no place of the
     * meeting) */
    size_t from = 0;
    for (size_t i = 1; i < tl.n && i < 3; i++)
        if (!strcmp(tl.t[i].norm, ":")) from = i + 1;
    for (size_t i = from; i < tl.n; i++) {
        gaz_hit h;
        mask |= bodies_at(c->g, &tl, i);
        noun |= gaz_match(c->g, &tl, i, tl.n, G_LEX, LX_MEETING_NOUN, &h);
        if (gaz_match(c->g, &tl, i, tl.n, G_ORG, -1, &h) && strcmp(gaz_org(c->g, h.val)->code, "CSTO")) goto cleanup;
        if (gaz_match(c->g, &tl, i, tl.n, G_CITY, -1, &h)) {
            if (h.val != city) cities++;
            city = h.val;
            i = h.end - 1;
        } else if (i > 0 && (!strcmp(tl.t[i - 1].norm, "in") || !strcmp(tl.t[i - 1].norm, "в")) &&
                   gaz_match(c->g, &tl, i, tl.n, G_COUNTRY, -1, &h)) {
            /* ("... Attends the Session of the Collective Security Council ... in Tajikistan": a country alone) */
            if (h.val != country) countries++;
            country = h.val;
            i = h.end - 1;
        }
    }
    /* ("The joint session of the CSTO statutory bodies held in Yerevan": a meeting noun and no body, over a text
     * that tells of one meeting: that one) */
    if (!mask && noun && c->x->nm == 1) mask = c->x->m[0].bodies;
    /* ("Лукашенко подпишет документы ОДКБ в Бишкеке" over «в неформальном саммите ОДКБ в Кыргызстане»: no body and no
     * meeting noun, but the one meeting the text places in the city's country only) */
    if (!mask && cities == 1) {
        int only = -1, n = 0;
        for (int k = 0; k < c->x->nm; k++) {
            const x_meeting *m = &c->x->m[k];
            if (m->format == FM_IN_PERSON && m->city < 0 && m->country == gaz_city(c->g, city)->country) only = k, n++;
        }
        if (n == 1) mask = c->x->m[only].bodies;
    }
    if (!mask || cities > 1 || (cities == 0 && countries != 1)) goto cleanup;
    cdate day = bracket_day(c, &tl);
    for (int k = 0; k < c->x->nm; k++) {
        x_meeting *m = &c->x->m[k];
        if (m->bodies != mask) continue;
        /* (or placed in the headline city's country only: "Ministry of Foreign Affairs of Armenia hosted the joint
         * session") */
        if (unplaced(m) || (city >= 0 && m->city < 0 && m->country == gaz_city(c->g, city)->country)) {
            m->city = city;
            m->country = city >= 0 ? gaz_city(c->g, city)->country : country;
            m->place_guessed = 0;
        }
        /* "... remarks following the meeting of the CSTO Foreign Ministers Council (Almaty, June 21, 2024)": a
         * transcript's heading gives the day of the meeting its text does not date */
        if (day.y && date_precision(m->date) < 3 && date_compatible(m->date, day) && (m->city < 0 || m->city == city)) {
            m->date = day;
            m->guessed = 0;
        }
        break;
    }
cleanup:
    toklist_free(&tl);
}

/* ---- the same day's place -------------------------------------------------
 *
 * "The foreign ministers signed a declaration, Lavrov said after a meeting in Bishkek on Monday. ... were considered
 * at a joint meeting of foreign and defence ministers and secretaries of security councils": a meeting in person with
 * no place, on the very day of another of this article held in a city by some of the same bodies (the same people),
 * is in that city: one body's members are in one place on a day.  Not when two such meetings name two places. */
void same_day_place(ctx *c)
{
    for (int k = 0; k < c->x->nm; k++) {
        x_meeting *m = &c->x->m[k];
        if (!unplaced(m) || m->place_guessed || date_precision(m->date) < 3) continue;
        int city = -1, country = -1, found = 0;
        for (int q = 0; q < c->x->nm; q++) {
            const x_meeting *o = &c->x->m[q];
            if (q == k || o->format != FM_IN_PERSON || o->place_guessed || (o->city < 0 && o->country < 0) ||
                !(o->bodies & m->bodies) || o->status != m->status || date_cmp(o->date, m->date) != 0)
                continue;
            if (found && (o->city != city || o->country != country)) found = -1;
            if (found >= 0) found = 1, city = o->city, country = o->country;
        }
        if (found == 1) m->city = city, m->country = country;
    }
}

/* ---- the host's greeting ---------------------------------------------------
 *
 * «Приветствую вас в Ереване, в здании Министерства иностранных дел. ... Мы сегодня проводим встречу министров, а
 * завтра у нас будет совместное заседание ...», "I welcome you to Yerevan": the one city a host's greeting names
 * (lexicon welcome) is where the meetings of those days (within two days of the report's) are, in person, when they
 * name no place. */
void welcome_place(ctx *c)
{
    int city = one_city_after(c, 0, c->tl->n, LX_WELCOME, -1);
    if (city < 0 || date_precision(c->pub) < 3) return;
    for (int k = 0; k < c->x->nm; k++) {
        x_meeting *m = &c->x->m[k];
        if (!unplaced(m) || date_precision(m->date) < 3 || date_cmp(m->date, date_add_days(c->pub, -2)) < 0 ||
            date_cmp(m->date, date_add_days(c->pub, 2)) > 0)
            continue;
        m->city = city;
        m->country = gaz_city(c->g, city)->country;
        m->place_guessed = 0;
    }
}

/* ---- the headline's tense -------------------------------------------------
 *
 * «Сегодня начался неформальный саммит глав государств-членов ОДКБ», "CSTO summit opens in Astana" over a text that
 * says only what its participants "will discuss" at it: the headline (no sentence of the text) says the meeting of the
 * bodies it names has begun (lexicon under_way, no word of planning beside it), so the one meeting of those bodies the
 * text tells of, to come with no day of its own (or the report's), was held.  Not when the text names two such. */
void headline_status(ctx *c)
{
    toklist tl;
    if (!c->x->nm || headline_tokens(c, &tl) < 0) return;
    unsigned mask = 0;
    int under_way = 0, planning = 0;
    for (size_t i = 0; i < tl.n; i++) {
        gaz_hit h;
        mask |= bodies_at(c->g, &tl, i);
        under_way |= gaz_match(c->g, &tl, i, tl.n, G_LEX, LX_UNDER_WAY, &h);
        planning |= gaz_match(c->g, &tl, i, tl.n, G_LEX, LX_PLANNED_VERB, &h) ||
                    gaz_match(c->g, &tl, i, tl.n, G_LEX, LX_FUTURE, &h) ||
                    gaz_match(c->g, &tl, i, tl.n, G_LEX, LX_PLANNED_MOD, &h);
    }
    if (!mask || !under_way || planning) goto cleanup;
    int one = -1;
    for (int k = 0; k < c->x->nm; k++) {
        if (c->x->m[k].bodies != mask) continue;
        if (one >= 0) goto cleanup; /* (two meetings of those bodies: which one is unknown) */
        one = k;
    }
    if (one < 0) goto cleanup;
    x_meeting *m = &c->x->m[one];
    int reports_day = date_precision(m->date) == 3 && date_precision(c->pub) == 3 && !date_cmp(m->date, c->pub);
    /* (its day guessed, the report's month, is none of its own: "CSTO summit begins in capital of Kyrgyzstan" over "The
     * Heads of State have arrived in Bishkek to participate in the regular session") */
    if (m->status == ST_PLANNED && !m->time_mod && (!dated(m->date) || reports_day || m->guessed)) m->status = ST_HELD;
cleanup:
    toklist_free(&tl);
}
