/* internal — what the stages of model/extract/ share (not for other modules).
 *
 * The extraction of one article is a pipeline of stages, each in a file of
 * its own (pipeline.c runs them):
 *   text (model/text.c: tokens, sentences)
 *   -> annotate.c   gazetteer annotators: bodies, organisations, countries
 *   -> dating.c     date mentions (model/dates.c's hits, years inferred)
 *   -> meetings.c   meeting mentions with tense, date, place
 *   -> people.c     officials: title-name, name-title, lists, appositions
 *   -> documents.c  documents: keyword, title, lists
 *   -> assembly.c   the article's meetings, officials, documents and who
 *                   attended what; mentions of one thing merged
 * annotate.c and dating.c run over the whole article first; the others
 * sentence by sentence (meetings, people, attendance, documents), since a
 * sentence may refer back to the meeting or person named before it.
 * Each rule-based stage keeps its rules in a table of functions with one
 * signature, tried in precedence order; a rule's name in the table is what
 * `csto parse --explain` prints.
 * Corpus-level resolution is model/corpus.c's.  Stages talk through
 * mentions (mention.h: typed token spans), never through each other's
 * token masks; a stage may keep private scratch state.
 *
 * Ownership: the ctx and everything in it belong to extract_article()
 * (pipeline.c); stages borrow it for the call.  Strings a stage hands to
 * assembly.c (doc_add's title) pass to the extraction. */
#ifndef CSTO_EXTRACT_INTERNAL_H
#define CSTO_EXTRACT_INTERNAL_H

#include "model/extract.h"
#include "model/extract/mention.h"
#include "model/sbuf.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* ---- context ------------------------------------------------------------ */

/* One token's longest entry of one class up to its sentence's end (gm()): end 0 when none. */
typedef struct gm_memo { unsigned end; int val, sub; } gm_memo;
_Static_assert(G_LEX <= 16, "ctx.gm_known keeps a bit for each class below G_LEX in an unsigned short");

typedef struct ctx {
    const gazetteer *g;
    const article *a;
    const toklist *tl;
    extraction *x;
    mentions ms;            /* the stages' mentions (annotate.c's, dating.c's) */
    unsigned char *doc_used; /* documents.c's private scratch: token already in a document's title */
    int current;            /* meeting last named, or -1 */
    int focus_before;       /* the meeting in focus before the sentence at hand (current before its meetings) */
    int live;               /* the report is a live blog (an entry stamped with its time seen): a mention with
                             * no date is of the meeting in focus first (assembly.c meeting_add) */
    int list, nlists;       /* the list whose items are being added (0: none), lists so far */
    date_hit *dates;        /* dating.c's date hits, in sentence order (MK_DATE mentions index them) */
    size_t ndates, capdates;
    unsigned long long *lexm; /* per token, the lexicon classes that may match there (gaz_kinds: its
                               * word and the next), so lex() skips most tokens without a look-up */
    unsigned long long *lexm_rest; /* per token, lexm OR-ed over it and the rest of its sentence, so lex_in()
                                    * answers at once for a class that nothing there may start */
    size_t *sent_end;         /* per token, the end (one past the last token) of its sentence */
    unsigned *clsm;           /* per token, the gazetteer classes that may match there (gaz_kinds) */
    unsigned short *gm_known; /* per token, the classes below G_LEX whose match up to the sentence's end is kept
                               * in gm_seen (gm(): the rules ask the same token for a country or a title many
                               * times), or NULL */
    gm_memo *gm_seen;         /* [token * G_LEX + class], valid where gm_known has the class's bit */
    unsigned char *tokflag;   /* per token, TF_* from annotate.c's mentions (covered, in_name), or NULL */
    int chair_year;           /* "the chairmanship passes to Belarus in 2023": that year (assembly.c), or 0 */
    int story_year;        /* a report with no year of its own: the year its present-tense chairmanship names (dating.c) */
    cdate pub;             /* the report's date: its publication date, with story_year when it gives no year (dating.c) */
    size_t chair_end;         /* the end of the sentence that said it */
    struct { int meeting, body, nc, cs[8]; } offices[8]; /* "Defense Ministers of A, B and C attended the meeting":
                                 each office's holders in those countries (assembly.c offices_attended) */
    int noffices;
    int list_meeting;         /* "Taking part in the session were:": the meeting whose participants the
                                 next sentence lists, one a line (assembly.c attend), or -1 */
    int list_verbless;        /* ... said by "The leaders of six states participated in the meeting.": only a next
                                 sentence with no verb, a bare list of officials, lists them */
    size_t bare_title_at;     /* «Министр обороны России сообщил, ...»: where the last title named with no name starts
                                 and its sentence ends (bare_title_e > 0), for the surname that follows it (people.c) */
    size_t bare_title_e;
    unsigned lead_bodies;     /* "He has attended every regular session of the Council:": the bodies whose
                               * sessions the bullets after it list, one a line (meetings.c listed_under), or 0 */
    size_t lead_end;          /* the end of the lead-in or of the bullet last read */
    cdate series_day;         /* "a series of meetings of the statutory bodies" on a day (lexicon meeting_series):
                               * the day of the sessions the next sentences name with none (meetings.c), or {0} */
    size_t series_end;        /* the end of the sentence that named it */
    int series_city, series_country; /* where that sentence puts the series («в столице Кыргызстана»), or -1 */
    int other_nm;             /* another organisation's meeting was named ("leaders of the SCO at the meeting of
                               * ...") when the article had this many meetings, or -1 (meetings.c) */
    unsigned other_bodies;    /* the CSTO bodies (1 << body) named as another organisation's own ("the CIS Council of
                               * Foreign Ministers") while other_nm held (meetings.c) */
    intvec absent;            /* meeting << 16 | official: a sentence said he kept away from it (assembly.c) */
    int oom;
} ctx;

/* ---- token helpers (inline: the stages call them per token) --------------- */

static inline const char *T(const ctx *c, size_t i) { return i < c->tl->n ? c->tl->t[i].norm : ""; }
static inline int is(const ctx *c, size_t i, const char *w)
{
    return i < c->tl->n && c->tl->t[i].norm[0] == w[0] && !strcmp(c->tl->t[i].norm, w);
}

int gm_memo_match(const ctx *c, size_t i, int cls, gaz_hit *h);

/* gaz_match on the article's tokens, skipping at once a token that starts no
 * entry of the class (most tokens for most classes); a class below G_LEX
 * matched up to the sentence's end (nearly every ask) is looked up once a
 * token (gm_memo_match). */
static inline int gm(const ctx *c, size_t i, size_t lim, int cls, int lex, gaz_hit *h)
{
    if (c->clsm && i < c->tl->n && cls >= 0 && !(c->clsm[i] >> cls & 1u)) return 0;
    if (c->lexm && i < c->tl->n && cls == G_LEX && lex >= 0 && !(c->lexm[i] & LX_BIT(lex))) return 0;
    if (c->gm_known && cls >= 0 && cls < G_LEX && i < c->tl->n && lim == c->sent_end[i]) return gm_memo_match(c, i, cls, h);
    return gaz_match(c->g, c->tl, i, lim, cls, lex, h);
}

static inline int lex(const ctx *c, size_t i, size_t lim, int cls, size_t *end)
{
    gaz_hit h;
    if (c->lexm && i < c->tl->n && cls >= 0 && !(c->lexm[i] & LX_BIT(cls))) return 0;
    if (!gaz_match(c->g, c->tl, i, lim, G_LEX, cls, &h)) return 0; /* lexm was checked */
    if (end) *end = h.end;
    return 1;
}

static inline int lex_in(const ctx *c, size_t s, size_t e, int cls)
{
    if (c->lexm_rest && s < c->tl->n && e <= c->sent_end[s] && cls >= 0 && !(c->lexm_rest[s] & LX_BIT(cls))) return 0;
    for (size_t i = s; i < e; i++)
        if (lex(c, i, e, cls, NULL)) return 1;
    return 0;
}

/* Where a phrase of lex class cls that ends right at token `to` starts, at most `reach` tokens before it and
 * not before s ("less than" before "a week earlier", "the participants of" before "the summit"); `to` when
 * none does.  lex_ends_at: whether one does. */
static inline size_t lex_start_ending_at(const ctx *c, size_t s, size_t to, size_t reach, int cls)
{
    size_t q;
    for (size_t k = to > s + reach ? to - reach : s; k < to; k++)
        if (lex(c, k, to, cls, &q) && q == to) return k;
    return to;
}
static inline int lex_ends_at(const ctx *c, size_t s, size_t to, size_t reach, int cls)
{
    return lex_start_ending_at(c, s, to, reach, cls) != to;
}

/* A personal pronoun that can be a clause's subject ("..., and they stayed out", "they plan to"). */
static inline int subject_pronoun(const ctx *c, size_t i)
{
    return is(c, i, "it") || is(c, i, "he") || is(c, i, "she") || is(c, i, "they") || is(c, i, "we");
}

/* Whether a comma at k opens a clause of what happens at the place before it: ", where", «, где» (lexicon where). */
static inline int where_clause(const ctx *c, size_t k, size_t e)
{
    return is(c, k, ",") && lex(c, k + 1, e, LX_WHERE, NULL);
}

/* Whether document type `type` (a G_DOCTYPE hit's value) is the one doctypes.tsv names `name` ("plan"). */
static inline int doctype_is(const ctx *c, int type, const char *name)
{
    const doctype *t = type >= 0 ? gaz_doctype(c->g, type) : NULL;
    return t && !strcmp(t->name, name);
}

/* The token after a possessive "'s" at k ("X's"; "X’s", whose ’ is tokenised as ', may come as "'" and "s"), or k
 * when there is none. */
static inline size_t past_possessive(const ctx *c, size_t k)
{
    return k + (is(c, k, "'s") ? 1 : is(c, k, "'") && is(c, k + 1, "s") ? 2 : 0);
}

/* One person as a clause's subject: "he", "she", «он», «она». */
static inline int person_pronoun(const ctx *c, size_t i)
{
    return is(c, i, "he") || is(c, i, "she") || is(c, i, "он") || is(c, i, "она");
}

static inline int determiner(const ctx *c, size_t i)
{
    return is(c, i, "the") || is(c, i, "this") || is(c, i, "that") || is(c, i, "these") || is(c, i, "its") ||
           is(c, i, "their");
}

static inline span span_of(const ctx *c, size_t s, size_t e)
{
    return (span){c->tl->t[s].start, c->tl->t[e - 1].end};
}

enum { TF_COVERED = 1, TF_IN_NAME = 2 };

/* Whether token i is inside a body's name that no title or person starts in
 * (annotate.c's MK_BODY mentions flagged MF_COVERS; read once per token
 * into tokflag when the article is annotated). */
static inline int covered(const ctx *c, size_t i)
{
    if (c->tokflag && i < c->tl->n) return c->tokflag[i] & TF_COVERED;
    const mention *m = mention_at(&c->ms, MK_BODY, i);
    return m && (m->flags & MF_COVERS);
}

/* Whether token i is inside an organisation's or body's name (MK_NAME). */
static inline int in_name(const ctx *c, size_t i)
{
    if (c->tokflag && i < c->tl->n) return (c->tokflag[i] & TF_IN_NAME) != 0;
    return mention_at(&c->ms, MK_NAME, i) != NULL;
}

/* helpers.c */
int span_push(spanvec *v, span s);  /* adds s once; -1 when out of memory */
int int_add(intvec *v, int x);      /* adds x once; -1 when out of memory */
char *text_of(const ctx *c, size_t s, size_t e); /* tokens [s, e), spaces folded; owned by the caller */
/* Whether a date with a year in tokens [from, to) is not the date of the
 * article's meeting `meeting` ("the session in Dushanbe on 16 September
 * 2021" when the meeting named last is of 2025): it speaks of another. */
int dated_otherwise(const ctx *c, size_t from, size_t to, int meeting);
/* Whether date hit d (in the sentence starting at s) is when something takes
 * effect ("from January 1, 2017"), not a meeting's day. */
int effective_date(const ctx *c, size_t s, const date_hit *d);
/* Whether date hit d, or the place after the preposition at prep, tells
 * where and when a historic document was signed ("the Collective Security
 * Treaty, signed in Tashkent on 15 May 1992"), not a meeting of the article. */
/* Whether token s is a clock time followed by a full stop, a dash or a line break ("15:05. ..."): a live
 * blog's entry stamp. */
int clock_entry(const ctx *c, size_t s);
int historic_signing_date(const ctx *c, size_t s, const date_hit *d);
/* The last "that" («что») in [a, b) after a speech verb there, or b: what follows it is told, not
 * done ("Today the aide said that the next summit will be held in June" dates the saying, not the
 * summit; "X thanked the hosts and said that the next meeting ..." is no taking part in it). */
size_t speech_then_that(const ctx *c, size_t a, size_t b);
/* The index of the sentence before the one that starts at token s, or -1 when that one is the first (or
 * s starts none). */
long sentence_before(const toklist *tl, size_t s);
/* Whether the Russian word w is a patronymic («Азатович», «Сергеевна», «Ильич»). */
int ru_patronymic(const char *w);
/* Whether [s, e) is written in title case, a headline's style where a capital marks no name ("Russia's Alliance
 * Finally Found a Mission."): no lower-case word of four letters or more, and four capitalised ones. */
int headline_case(const ctx *c, size_t s, size_t e);
/* "Russia's" at k, the possessive a token of its own or part of a form of the country in data/ (or "Belarus'": the
 * apostrophe alone after an s): the token after it, the country in *cty; 0 when there is none. */
size_t country_possessive(const ctx *c, size_t k, size_t e, int *cty);
/* Whether date d ends a document's title ("the Agreement on Military-Technical Cooperation of 20 June
 * 2000", «Соглашения о ... от 20 июня 2000 года»): a document's date, not a meeting's nor the story's
 * year. */
int titled_doc_date(const ctx *c, size_t s, const date_hit *d);
int historic_signing_place(const ctx *c, size_t s, size_t prep);
/* Whether the word w ends in suf and has more letters before it (a Russian
 * case ending: «президента» ends in «а»); word_ends_any: in any of the
 * NULL-terminated sufs.  Inline: most callers name suf as a literal, whose
 * length and comparison then cost a few instructions. */
static inline int word_ends(const char *w, const char *suf)
{
    size_t n = strlen(w), k = strlen(suf);
    return n > k && !memcmp(w + n - k, suf, k);
}
int word_ends_any(const char *w, const char *const *sufs);
/* Whether a verb of lexicon represented_by stands within the three words from k, no comma between: what the country
 * named before k is said to be represented by (assembly.c country_represented, people.c scope_country). */
int represented_after(const ctx *c, size_t k, size_t e);
/* Whether token i is a word in Cyrillic (Russian grammar applies); inline: the rules ask it of most tokens. */
static inline int cyrillic(const ctx *c, size_t i)
{
    if (i >= c->tl->n || c->tl->t[i].kind != TOK_WORD) return 0;
    unsigned char b = (unsigned char)c->tl->t[i].norm[0];
    return b == 0xD0 || b == 0xD1;
}
/* Whether token k is a hyphen glued to the tokens on both sides ("Russia-led", «Новости-Казахстан»). */
static inline int glued_hyphen(const ctx *c, size_t k)
{
    const token *t = c->tl->t;
    return k > 0 && k + 1 < c->tl->n && is(c, k, "-") && t[k].start == t[k - 1].end && t[k + 1].start == t[k].end;
}

/* Whether the "-" token k is a hyphen of one byte, not an en or em dash (tokenised as "-" too): "Russia-led", not
 * "Pashinyan—whose", "meetings—in Yerevan—of". */
static inline int one_byte_hyphen(const ctx *c, size_t k)
{
    return c->tl->t[k].end - c->tl->t[k].start == 1;
}

/* Whether token k is a word in lower case. */
static inline int lower_word(const ctx *c, size_t k)
{
    return k < c->tl->n && c->tl->t[k].kind == TOK_WORD && !c->tl->t[k].cap;
}
/* Whether token k is a capitalised word. */
static inline int cap_word(const ctx *c, size_t k)
{
    return k < c->tl->n && c->tl->t[k].kind == TOK_WORD && c->tl->t[k].cap;
}
/* For a sentence [s, e) told in the past when the meeting named last is
 * still to come: the meeting held that was named just before, or -1. */
int held_named_before(const ctx *c, size_t s, size_t e);
int held_named_last(const ctx *c, size_t s, size_t e);
/* Whether an organisation other than the CSTO is named at k ("the SCO", "the Shanghai Cooperation
 * Organization"), with its end in *end. */
int other_org_at(const ctx *c, size_t k, size_t e, size_t *end);
/* Whether the sentence [s, e) names the CSTO ("the CSTO", «ОДКБ», "the Organization"). */
int csto_named(const ctx *c, size_t s, size_t e);
/* Whether an organisation other than the CSTO is named in [s, e) ("the SCO summit", «саммит ШОС»). */
int other_org_named(const ctx *c, size_t s, size_t e);
/* The one year (a date of year precision) the sentence [s, e) names, -1 when it names several, 0 when
 * none ("the chairmanship will pass to Belarus in 2023": 2023). */
int chair_year_in(const ctx *c, size_t s, size_t e);
/* The meeting of body b (a gazetteer body; -1: none) alone this article named last, or -1. */
int last_meeting_of_body(const ctx *c, int b);
/* Whether a title (data/titles.tsv) ends right at token `to`, starting at most `reach` tokens before it and not
 * before s ("the Kyrgyz ambassador" before "to Minsk", "Minister" before "of Economic Regulation"). */
int title_ends_at(const ctx *c, size_t s, size_t to, size_t reach);
/* The meeting of exactly the bodies of `mask` this article named last, or -1. */
int last_meeting_of_bodies(const ctx *c, unsigned mask);

/* ---- annotate.c --------------------------------------------------------- */

#define BODY_HITS 32 /* body mentions a sentence is searched for, at most */

/* Adds the gazetteer mentions of the whole article (MK_BODY, MK_NAME,
 * MK_COUNTRY) to c->ms.  0, or -1 when out of memory. */
int annotate_article(ctx *c);

/* ---- dating.c ---------------------------------------------------------- */

#define DATE_HITS 16 /* dates a sentence is searched for, at most */

/* Adds the date hits of every sentence to c->dates and their MK_DATE
 * mentions.  0, or -1 when out of memory. */
int dating_article(ctx *c);
/* The date hits of the sentence [s, e) (*nd of them, contiguous in c->dates). */
const date_hit *sentence_dates(const ctx *c, size_t s, size_t e, int *nd);
/* In a report whose day is unknown: 1 + the one weekday (0 Sunday) the
 * sentence [s, e) names ("on Thursday", «в четверг»), not as when something
 * was said; 0 when none, several, or the report's day is known (a date hit
 * then resolves it). */
int unresolved_weekday(const ctx *c, size_t s, size_t e);

/* ---- people.c ----------------------------------------------------------- */

typedef struct tphrase {
    int title, plural, country, org;
    int countries[4], ncountries;    /* "Russian and Belarusian defence ministers": one per name, in order */
    size_t start, end;
    size_t prefix_start, prefix_end; /* the "acting", "Deputy" words */
    size_t title_at, title_to;       /* the title's words as written ("Defence Minister") */
    size_t compl_at, compl_to;       /* an institution after it ("of the State Duma"), or empty */
    size_t inst_at, inst_to;         /* a ministry before it ("Foreign Ministry spokeswoman"), or empty */
    int name_nominative;             /* the name is a verb's subject, as written («... назначен Иван Орлов») */
    int canonical;                   /* written as its canonical title, not its words ("the head of Kyrgyzstan") */
} tphrase;

/* The countries listed from q ("A, B and C" after the first, which cs[0..n) holds), at most max; *end:
 * the token after the list.  Returns how many cs holds (people.c). */
int countries_listed(const ctx *c, size_t q, size_t e, int *cs, int n, int max, size_t *end);
/* Whether a meeting is named at k: a meeting noun or a body, not the people of one («накануне сессии СКБ», but
 * «Накануне министры иностранных дел собрались»: the day before, the ministers' subject). */
int meeting_named_at(const ctx *c, size_t k, size_t e);
/* Whether the meeting named at pos in the sentence from s is put forward with its proposer between the proposal and
 * the infinitive of holding right before it (lexicon proposal_noun, hold_infinitive): "supported the proposal of his
 * Kazakh counterpart X to hold a videoconference of the Council", «поддержал предложение коллеги X провести
 * видеоконференцию»; "the proposal to hold" itself is lexicon proposal. */
int proposed_meeting(const ctx *c, size_t s, size_t pos);
/* Where a press event named at k ends: "at a briefing", "during the final press conference", "at his news briefing"
 * (lexicon final_mod, press_event); 0 when none is. */
size_t at_press_event(const ctx *c, size_t k, size_t e);
/* Whether token k stands inside a quotation that opens in the sentence at s: an odd number of quotes
 * before it (« and » are tokenised as "). */
int inside_quote(const ctx *c, size_t s, size_t k);
/* Whether token i of the sentence from s is a quote mark that closes a quote: «»», "”", a straight one after an
 * odd number of them, or one a speaker follows (quote_then_speech: a quotation begun a sentence before). */
int closing_quote(const ctx *c, size_t s, size_t i);
/* Whether the quote mark at k is followed by a comma or a dash (up to three) and a verb of speaking (lexicon speech)
 * before e: «"...", - сказал X», '"...," he said'. */
int quote_then_speech(const ctx *c, size_t k, size_t e);
/* Whether date d says anything (a year, a month or a day). */
static inline int dated(cdate d) { return d.y || d.d || d.m; }
/* Whether country cty (a gazetteer index, or -1: not known) never was a member, now or in an earlier year (Uzbekistan,
 * Azerbaijan and Georgia were). */
static inline int never_member(const ctx *c, int cty)
{
    return cty >= 0 && !gaz_country(c->g, cty)->member && !gaz_country(c->g, cty)->former;
}
/* Whether token k is «накануне» right after a past participle (lexicon past_verb): «на состоявшемся накануне
 * заседании» is the day before, not the eve of the meeting named after it (as dates.c reads it). */
int day_before_participle(const ctx *c, size_t k);
/* Whether date d, in sentence [s, e), is when something was said ("Peskov said on Tuesday", "told reporters on
 * Monday"), a verb of saying (lexicon speech) within three words before it or right after it. */
int spoken_on(const ctx *c, size_t s, size_t e, const date_hit *d);
/* Whether [s, e) names a meeting of two people ("the meeting of the two Presidents", meetings.c). */
int pair_meeting_in(const ctx *c, size_t s, size_t e);
/* Once every sentence is read: the holders of the offices a sentence said attended (assembly.c). */
void offices_attended(ctx *c);
/* Once every sentence is read, in a report that named no meeting: a session of the body whose office three or more
 * of those said to attend (pending) hold, for member states apart (assembly.c). */
void pending_session(ctx *c, intvec *pending);
int parse_title(const ctx *c, size_t i, size_t e, tphrase *t);
/* The word of a Russian title phrase that shows its case: the first, or
 * the one after a hyphen («пресс-секретаря»). */
size_t title_head(const ctx *c, const tphrase *t);
/* Past a parenthesised abbreviation at j ("(CSTO)", «(ОДКБ)»), or j. */
size_t skip_abbrev(const ctx *c, size_t j, size_t e);
/* Whether title phrase t has a prefix that shows a case of its own («заместитель», «исполняющим обязанности»), and
 * whether its prefix is one word glued by a hyphen to the title («экс-спикера», "ex-Speaker": the title's word
 * shows the case). */
int prefix_declines(const ctx *c, const tphrase *t);
int prefix_glued(const ctx *c, const tphrase *t);
void name_key(const ctx *c, size_t s, size_t e, char *key, size_t keylen, char *initial);
/* Names and titles in the sentence [s, e): the officials go to assembly.c
 * (official_add), each time one is named an MK_PERSON mention (flagged
 * MF_SPEAKER / MF_PRESS when speaking) for attendance. */
void officials_in_sentence(ctx *c, size_t s, size_t e);

/* ---- meetings.c --------------------------------------------------------- */

/* Finds the meetings the sentence [s, e) names: each goes to assembly.c
 * (meeting_add) and becomes an MK_MEETING mention (value: the article's
 * meeting; MF_REFERS for "the meeting" that refers back). */
/* The case a Russian title word is in, from its ending (UTF-8 Cyrillic):
 * RU_NOM when none shows («глава» reads as a genitive: lexicon nominative_a
 * says which such words are not). */
enum { RU_NOM, RU_GEN, RU_DAT, RU_INS, RU_ACC };
int ru_case(const char *w);

void meetings_in_sentence(ctx *c, size_t s, size_t e, const date_hit *dh, int nd);
/* The sentence's meeting: the first its MK_MEETING mentions name, past those named only as a point in time for
 * another (MF_POINT), or -1. */
int sentence_meeting(const ctx *c, size_t s, size_t e);
/* Once every sentence is read: the place the headline gives the first meeting of the bodies it names, when the
 * text gives that meeting none, and the day a transcript's heading gives in brackets (meetings.c). */
void headline_place(ctx *c);
void headline_status(ctx *c);
void same_day_place(ctx *c);
void welcome_place(ctx *c);

/* ---- documents.c -------------------------------------------------------- */

int documents_init(ctx *c);      /* its scratch for the article: 0, or -1 when out of memory */
void documents_fini(ctx *c);     /* frees it */
void documents_settle(ctx *c);   /* once the article is read: drops a bare Russian keyword that names a titled one again */
void documents_in_sentence(ctx *c, size_t s, size_t e, int meeting);

/* ---- assembly.c --------------------------------------------------------- */

int meeting_add(ctx *c, x_meeting *m, span ev, cdate fallback, int fallback_city);
int find_official(const ctx *c, const char *key, char initial);
int official_add(ctx *c, size_t s, size_t e, const tphrase *t, int country, int org, const char *rule);
/* The same with the position's title given as text (another official's:
 * "his Russian counterpart X"); t, when not NULL, only gives the case a
 * Russian name is in. */
/* official_add_titled, with the name's order said: surname_first, the first
 * token is the surname («Саргсян Серж Азатович», a participants' list), and
 * the name is written given names first. */
int official_put(ctx *c, size_t s, size_t e, int surname_first, const tphrase *t, const char *title, int country,
                 int org, const char *rule);
int official_add_titled(ctx *c, size_t s, size_t e, const tphrase *t, const char *title, int country, int org,
                        const char *rule);
int doc_add(ctx *c, char *title, int type, int status, int meeting, int initiator, span ev, const char *rule); /* takes title */
void chairmanship(ctx *c, size_t s, size_t e);
int attend(ctx *c, size_t s, size_t e, int m, intvec *pending);
/* The meeting the documents of the sentence [s, e) are of: its meeting m (attend's), or c->current when none; but
 * the held one in focus before it when m, to come, is named only as what is settled ("the statement ... as well as
 * the venue and date of the next meeting were approved": lexicon settled_of). */
int documents_meeting(const ctx *c, size_t s, size_t e, int m);

#endif
