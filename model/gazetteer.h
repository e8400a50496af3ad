/* gazetteer — the closed classes, read from data/ (see the files there).
 *
 * Countries, cities, bodies, organisations, titles, months, document types,
 * the small word classes of lexicon.tsv and the date words of dates.tsv are loaded into one phrase
 * matcher keyed by the normalised first word; a match is always the longest
 * entry of the asked class that starts at a token.  Hyphen tokens in the
 * text are skipped, so "Secretary-General" matches "Secretary General".
 * A country or city matches only a capitalised word of the text ("Nice", not
 * "nice"), and a name the data writes in capitals ("US") only a word in
 * capitals.  countries.tsv and cities.tsv are generated (`make places`, see
 * scripts/places.js); cities.tsv may carry an origin column, "hand" or
 * "geonames:ID".
 * A word with Cyrillic letters matches by its Russian (Snowball) stem, in
 * the entries and in the text: «в Минске» is Minsk.
 * The gazetteer is immutable once loaded and may be shared across threads. */
#ifndef CSTO_GAZETTEER_H
#define CSTO_GAZETTEER_H

#include "model/corpus.h"
#include "model/text.h"

enum gaz_class {
    G_COUNTRY, G_CITY, G_BODY, G_ORG, G_TITLE, G_MONTH, G_DOCTYPE, G_LEX, G_DATE, G_NCLASS
};

/* Sub-kinds: bodies (body / meeting / people), titles and doctypes (singular / plural). */
enum { BK_BODY, BK_MEETING, BK_PEOPLE };
enum { NUM_SING, NUM_PLURAL };

enum lex_class {
    LX_MEETING_NOUN, LX_MEETING_VERB, LX_PLANNED_MOD, LX_PLANNED_VERB, LX_VIDEO, LX_ADOPT,
    LX_DRAFT, LX_DOC_CONTAINER, LX_ABBREV, LX_TITLE_PREFIX, LX_NOTNAME, LX_ANAPHOR, LX_DOC_MODIFIER,
    LX_DOC_STOP, LX_SPEECH, LX_PAST, LX_CLAUSE, LX_RANK, LX_HOST, LX_FUTURE, LX_ATTEND, LX_ABSENT, LX_HISTORIC, LX_DRAFT_CUE, LX_DOC_START, LX_NOT_TITLE, LX_PERIOD, LX_APPOINT, LX_MEETING_MOD, LX_NEGATOR, LX_PASSIVE, LX_NOW, LX_RELATIVE_MOD, LX_PRESS_SOURCE, LX_PRECEDED_BY, LX_REPRESENTED_BY, LX_ON_BEHALF, LX_TITLE_JOINER, LX_PLACE_PREP, LX_AND, LX_ADOPTION, LX_DOC_FUTURE, LX_HOME_COUNTRY, LX_OCCASION, LX_QUANTITY, LX_OUTCOME, LX_COUNTERPARTS, LX_CITY_OF, LX_HEADED_BY, LX_NOMINATIVE_A, LX_ARRIVED, LX_AFTER_MEETING, LX_DECIDE, LX_INCLUDING, LX_NEXT, LX_COUNTERPART, LX_OBJECT, LX_INSTITUTION, LX_TOPIC, LX_SINCE, LX_JOINTLY, LX_CHAIRMANSHIP, LX_HEADLINE_VERB, LX_POSTPONED, LX_CAPITAL, LX_TITLE_ADVERB, LX_EXACT_FORM, LX_DAYS_BEFORE, LX_PHONE, LX_RELATIVE_PRONOUN, LX_AMONG_THEM, LX_SIGNERS, LX_NAMING_VERB, LX_CONVENE, LX_CHAIR_PASSES, LX_PREPARE_FOR, LX_NAME_SUFFIX, LX_ANNIVERSARY, LX_GUESTS_OF, LX_EVENT_PREP, LX_SET_OFF_FOR, LX_INITIAL, LX_SEPARATELY, LX_OTHER_TIME, LX_OTHER_SUMMIT, LX_PAST_MOD, LX_ASIDE, LX_CHAIRED_BY, LX_EARLIER, LX_HERE, LX_PART_OF, LX_RECEIVED_GUESTS, LX_CSC_SESSION, LX_SIDE, LX_APPOINTEE, LX_TIME_BOUND, LX_CONTRAST, LX_ITEM_PREP, LX_NUMBER_WORD, LX_NATIONAL_BODY, LX_INSTRUCT, LX_CANCELLED, LX_ORIGINALLY, LX_BODY_ANAPHOR, LX_PURSUANT, LX_APPROX, LX_OUR, LX_HOLD_VERB, LX_PERFECT, LX_OTHER_CLAUSE, LX_CHAIR_VERB, LX_REASON, LX_PARTICIPANTS_OF, LX_AGENDA, LX_FOUNDING, LX_STATUTORY, LX_NAME_PARTICLE, LX_SPEECH_ADVERB, LX_SAME_CITY, LX_AGREED, LX_PEOPLE_AGAIN, LX_TAKES_PLACE, LX_DEADLINE, LX_CHAIR_PRESENT, LX_IT, LX_BEFORE_NOW, LX_DELIBERATE, LX_TO_PRESS, LX_TAKEN, LX_AMONG, LX_PREVIOUS, LX_ABOUT_ONLY, LX_PARTICLE, LX_ORG_SESSION, LX_PROPOSE, LX_OTHER_EVENT, LX_PRESS_MOD, LX_COMMITTEE, LX_OPENER, LX_HOSTS_IT, LX_FREQUENCY, LX_ORDINAL_WORD,
    LX_MEAL, LX_WITH_PRESS, LX_THIS_ONE, LX_BACK_THEN, LX_ADOPTED_ATTR, LX_CHAIRING, LX_POST_NOUN, LX_HELD_BY, LX_SUCH, LX_COMPOSED_OF, LX_CONCERNS, LX_RESULTS_OF, LX_POSSESSIVE, LX_ORG_INFORMAL, LX_PART_NOUN, LX_HELD_BODY, LX_FINAL_MOD, LX_REFUSED_TO, LX_BRIEF_VERB, LX_PRESS_EVENT, LX_OTHER_OF_THEM, LX_WORK_OF, LX_MEETING_SERIES, LX_PLACE_NOUN, LX_VISIT_NOUN, LX_PROPOSAL, LX_COUNCIL_NOUN, LX_PAIR_WORD, LX_PROPOSAL_NOUN, LX_HOLD_INFINITIVE, LX_ATTEND_INVERTED, LX_MEET_WITH, LX_HEADING_PERSON, LX_HYPOTHETICAL, LX_DEPUTIES, LX_INTENDS, LX_DOC_AUTHORS, LX_WHERE, LX_OWN_APPOINTMENT, LX_YEAR_PART, LX_IT_OBJECT, LX_GLAD_TO, LX_THEY, LX_TALKS_BETWEEN, LX_COMPARE_OPENER, LX_SUMMED_UP, LX_THEY_OWN, LX_CARRY_OUT, LX_REPORT_ON, LX_UNDER_WAY, LX_TELL_VERB, LX_ACT_NOUN, LX_VAGUE_TOPIC, LX_REACHED, LX_WIDER_REGION, LX_SETTLED_OF, LX_UTTER, LX_INVITED, LX_REGION_NOUN, LX_WELCOME, LX_GOES_ON, LX_NONE_PARTICULAR, LX_WITHIN_EVENT, LX_JUST_BEFORE, LX_UNTIL, LX_SPAN_JOINER, LX_INSTEAD, LX_MEMBERS_OF, LX_PAST_IRREGULAR, LX_IN_FORCE, LX_NCLASS
};
/* The bit of a lexicon class in the 64-bit masks kept per word (gaz_kinds):
 * classes past the 64th share bits with the first ones, so a mask only says
 * that a class MAY match there; gaz_match decides. */
#define LX_BIT(k) (1ull << ((unsigned)(k) & 63u))

/* Kinds of date words (data/dates.tsv); a G_DATE hit's `val` is the kind and
 * its `sub` the line's number (a weekday, an offset, an ordinal's day). */
enum date_kind {
    DK_WEEKDAY, DK_WEEKDAY_ABBR, DK_WEEKDAY_MOD, DK_DAY, DK_WEEK, DK_MONTH, DK_YEAR, DK_ANCHOR, DK_PART,
    DK_MONTH_PREP, DK_HOMONYM, DK_RANGE, DK_OF, DK_ORDINAL, DK_LABEL, DK_TIME, DK_YEAR_WORD, DK_ANCHOR_YEAR, DK_WEEKDAY_PREP, DK_ANCHOR_MONTH, DK_SEASON, DK_FOUNDED, DK_NKINDS
};

typedef struct country {
    char *slug, *name, *iso;
    int member; /* a member state now */
    int former; /* a member of an earlier year (Uzbekistan, Azerbaijan, Georgia) */
    char *capital; /* city name or NULL */
} country;
typedef struct city { char *name; int country; } city;
typedef struct body { char *code; char *group; } body;
typedef struct org { char *code; } org;
typedef struct title {
    char *name;
    int body;  /* its holders' CSTO body (titles.tsv), or -1 */
    int press; /* it speaks for others (titles.tsv "press"): named speaking, not taking part */
    int country; /* the country whose office it is (titles.tsv: a country slug), or -1 */
    int one;   /* an organisation's office one person holds at a time (titles.tsv "one") */
    int head;  /* the title of a state's head (titles.tsv "head": "Head of State") */
    int state; /* with a country alone after it, the country's head ("head of Kyrgyzstan", titles.tsv "state") */
} title;
typedef struct doctype { char *name; } doctype;

/* One match: entry of class `cls` with value `val` (index into the class's
 * table, month number, or lex_class) and sub-kind `sub`, covering tokens
 * [start, end). */
typedef struct gaz_hit { int cls, val, sub; size_t start, end; } gaz_hit;

/* Longest entry of class cls (or any class when cls < 0) starting at token i
 * and ending before token `limit`; for G_LEX, `lex` picks the lex class, for
 * G_DATE the date_kind (any when < 0).  Returns 1 and fills *hit, or 0. */
int gaz_match(const gazetteer *g, const toklist *tl, size_t i, size_t limit, int cls, int lex, gaz_hit *hit);

/* Every entry of class cls whose match at token i is as long as the longest
 * one ("defence and foreign ministers" is a name of two bodies); at most max
 * into hits, the longest first.  Returns how many. */
int gaz_match_all(const gazetteer *g, const toklist *tl, size_t i, size_t limit, int cls, gaz_hit *hits, int max);

/* Whether an entry of any class in cls_mask (bits 1u << G_*) starts with the
 * word of token i: a cheap test before trying a family of matches there. */
int gaz_may_start(const gazetteer *g, const toklist *tl, size_t i, unsigned cls_mask);

/* Whether the first word of the text s[0, n) starts an entry of a class in
 * cls_mask: a cheap test before tokenising a line to match it.  Errs on the
 * side of yes (a word cut at an unusual character may still be looked up). */
int gaz_text_may_start(const gazetteer *g, const char *s, size_t n, unsigned cls_mask);

/* The gazetteer classes (bits 1u << G_*) of entries that may match at token
 * i: the one-word entries of its word, and the longer entries whose first
 * two words are its word and the next (hyphens skipped).  0 when none; a
 * class not in it has no match at i (a class in it may still have none).
 * *lex: the same for the lexicon classes (bits LX_BIT(LX_*)) of lexicon.tsv. */
unsigned gaz_kinds(const gazetteer *g, const toklist *tl, size_t i, unsigned long long *lex);

/* The date kinds (bits 1u << DK_*) of dates.tsv entries that start with the
 * word of token i; 0 when none.  *cls: the classes (bits 1u << G_*) of the
 * entries that start with it (gaz_may_start's), found by the same look-up. */
unsigned gaz_date_kinds(const gazetteer *g, const toklist *tl, size_t i, unsigned *cls);

/* Looks each token's word up once and records it in tl->word (its slot, and
 * the bigram of it and the next word), so that the gaz_match calls on this
 * token list compare numbers instead of strings and find the entries of two
 * words or more without a look-up.
 * Optional (gaz_match works without it); returns 0, or -1 out of memory. */
int gaz_intern(const gazetteer *g, toklist *tl);

/* Whether a normalised single word may not be part of a person's name. */
int gaz_notname(const gazetteer *g, const char *norm);
/* The same for the word of token i (its interned slot when the list has them); 0 past the end. */
int gaz_tok_notname(const gazetteer *g, const toklist *tl, size_t i);
/* Whether a normalised word is an abbreviation ("nov", "mr"), or a two-letter initial (lexicon initial). */
int gaz_is_abbrev(const void *g, const char *norm);
/* Whether token i is a two-letter initial of a transliterated first name ("Ch.", lexicon initial). */
int gaz_tok_initial(const gazetteer *g, const toklist *tl, size_t i);
/* Folds a surname for comparison: lower case, accents kept, the spelling
 * variants of data/translit.tsv applied; a Cyrillic surname loses its case
 * ending and an -ов/-ев/-ин/-ын suffix («Лаврова», «Лавров»: one key).  Writes at most outlen-1 bytes. */
void gaz_name_key(const gazetteer *g, const char *surname, char *out, size_t outlen);
/* Whether a whole line (line[0..n), trimmed) is site boilerplate: folded
 * (fold_ascii), it is a line of data/boilerplate.txt; a line of 255 bytes
 * or more never is.  Returns 0 (no), 1 (drop this line) or 2: a links
 * marker alone ("Read also", "Читайте также:"), so the lines after it that
 * end no sentence, to the next blank line, are other articles' headlines.  A marker with a
 * headline after its colon ("Read more: ...") is 1. */
int gaz_is_boilerplate(const gazetteer *g, const char *line, size_t n);

const country *gaz_country(const gazetteer *g, int i);
const city *gaz_city(const gazetteer *g, int i);
const body *gaz_body(const gazetteer *g, int i);
const org *gaz_org(const gazetteer *g, int i);
const title *gaz_title(const gazetteer *g, int i);
/* The CSTO body whose members hold the title named `name` (a canonical
 * title of titles.tsv: "President" -> CSC), from the first row of that name
 * that gives one; -1 when none does. */
int gaz_title_body(const gazetteer *g, const char *name);
/* Whether title `name` is held by one person at a time: a CSTO body's office
 * (gaz_title_body) or an organisation's (titles.tsv "one"). */
int gaz_title_single(const gazetteer *g, const char *name);
/* The title of a state's head (titles.tsv "head"), the first such row; -1 when none. */
int gaz_head_title(const gazetteer *g);
const doctype *gaz_doctype(const gazetteer *g, int i);
int gaz_ncountries(const gazetteer *g);
/* The gazetteer city that is country i's capital (countries.tsv), or -1. */
int gaz_capital(const gazetteer *g, int country);
int gaz_nbodies(const gazetteer *g);
/* Index of the body with this code, of the org with this code, of the country with this slug; -1 if none. */
int gaz_body_index(const gazetteer *g, const char *code);
int gaz_org_index(const gazetteer *g, const char *code);

#endif
