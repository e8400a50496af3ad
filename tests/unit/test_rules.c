/* test_rules — one table row per extraction rule: a short article written for
 * this test (2-4 sentences, never taken from a real article), and what the
 * model built from it (corpus_add_text + corpus_model, as `csto parse` does)
 * must or must not contain.  Each row is a case that its rule decides: the
 * row fails when the rule is taken out.  (Checked when the table was written:
 * each row against the library built at the parent of its rule's commit, and
 * against builds with that one rule removed from model/extract/ or its words
 * from data/lexicon.tsv.)  A row the extractor passes with or without the
 * rule tests nothing: find a sentence where the rule makes the difference.
 *
 * To cover a new rule, add one row to `rows` below:
 *
 *     {.name = "what the rule does",
 *      .text = "The sentences. Written by you.",
 *      .expect = {HAS_MEETING(.bodies = "CFM", .status = "held"),
 *                 HAS_OFFICIAL(.id = "ivan-petrov", .title = "Secretary General")}},
 *
 * Every row is one cmocka test named after it, so a failure names the row,
 * each expectation that failed and a summary of what came out.  A row that
 * shows a rule not doing what its commit says carries `.known_gap = "why"`:
 * it is skipped (and reported as skipped) until the extractor is fixed;
 * CSTO_RULES_GAPS=1 runs those rows too, to see whether a fix closed them.
 *
 * The article is "HEADLINE\n\nPUBLISHED\n\nTEXT\n" with HEADLINE the row's
 * `.headline` or "Headline about the CSTO", PUBLISHED the row's
 * `.published` or 14.05.2026 (a Thursday: "on Tuesday" is 2026-05-12).
 * Values are the model's: body codes joined with '+' in the model's order
 * ("CDM+CFM"), country slugs, city names, official ids. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/corpus.h"
#include "tests/common/gazfix.h"
#include "tests/common/modeljson.h"

#define DEFAULT_PUBLISHED "14.05.2026"
#define MAX_EXPECT 8

/* What one expectation asks of the model.  Only the fields it sets count. */
typedef enum what {
    E_END = 0,        /* end of a row's list */
    E_OFFICIAL,       /* an official .id; with .title/.country/.org: one position with all of them */
    E_NO_OFFICIAL,    /* none of: official .id (with .title/.country/.org: with such a position);
                       * official whose name contains .name */
    E_MEETINGS,       /* exactly .n meetings */
    E_MEETING,        /* a meeting with all of .bodies .date .city .country .status .format */
    E_NO_MEETING,     /* no meeting with all of those */
    E_PARTICIPANT,    /* a meeting with all of those lists .id among its participants */
    E_NOT_PARTICIPANT,/* no meeting with all of those lists .id */
    E_DOCUMENT,       /* a document with .type, .status and a title containing .title */
    E_NO_DOCUMENT,    /* no document with all of those */
    E_DOCUMENTS,      /* exactly .n documents (of .type when given); .n = 0: none at all */
} what;

typedef struct expect {
    what what;
    const char *id, *name;
    const char *title, *country, *org;         /* officials (title exact); documents (title: a substring) */
    const char *bodies, *date, *city, *status, *format;
    const char *type;
    int n;
} expect;

#define HAS_OFFICIAL(...)    {.what = E_OFFICIAL, __VA_ARGS__}
#define NO_OFFICIAL(...)     {.what = E_NO_OFFICIAL, __VA_ARGS__}
#define MEETINGS(k)          {.what = E_MEETINGS, .n = (k)}
#define HAS_MEETING(...)     {.what = E_MEETING, __VA_ARGS__}
#define NO_MEETING(...)      {.what = E_NO_MEETING, __VA_ARGS__}
#define PARTICIPANT(...)     {.what = E_PARTICIPANT, __VA_ARGS__}
#define NOT_PARTICIPANT(...) {.what = E_NOT_PARTICIPANT, __VA_ARGS__}
#define HAS_DOCUMENT(...)    {.what = E_DOCUMENT, __VA_ARGS__}
#define NO_DOCUMENT(...)     {.what = E_NO_DOCUMENT, __VA_ARGS__}
#define DOCUMENTS(...)       {.what = E_DOCUMENTS, __VA_ARGS__}

typedef struct row {
    const char *name;
    const char *text;
    const char *published;  /* NULL: DEFAULT_PUBLISHED */
    const char *headline;   /* NULL: "Headline about the CSTO" */
    const char *known_gap;  /* non-NULL: the rule does not do this yet (why); skipped */
    expect expect[MAX_EXPECT];
} row;

static const row rows[] = {
    /* ---- a432113: a meeting's tense from the nearest tense word in its own clause ---- */
    {.name = "tense: 'said at a meeting of the CFM ... that ... will be submitted to the CSC session'",
     .text = "Russian Foreign Minister Ivan Petrov said at a meeting of the CSTO Council of Foreign Ministers in "
             "Minsk on Tuesday that the documents will be submitted to the session of the Collective Security "
             "Council.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "held", .date = "2026-05-12"),
                HAS_MEETING(.bodies = "CSC", .status = "planned"), MEETINGS(2)}},
    {.name = "tense: the clause with 'will' gives the CSC its tense, not the CFM's date",
     .text = "Russian Foreign Minister Ivan Petrov said at a meeting of the CSTO Council of Foreign Ministers in "
             "Minsk on 12 May that the documents will be submitted to the session of the Collective Security "
             "Council.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "held", .date = "2026-05-12"),
                HAS_MEETING(.bodies = "CSC", .status = "planned")}},
    {.name = "tense: '..., Orlov said' after a planned mention stays planned",
     .text = "Presidents of the member states will gather in the Belarusian capital Minsk for the CSTO summit, "
             "Orlov said.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NO_MEETING(.status = "held")}},
    {.name = "tense: a 'will' meeting dated before the publication date was held; one dated after is planned",
     .text = "The CSTO Council of Foreign Ministers will meet in Yerevan on 20 March 2026. The CSTO Council of "
             "Defence Ministers will meet in Minsk on 20 June 2026.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "held", .date = "2026-03-20", .city = "Yerevan"),
                HAS_MEETING(.bodies = "CDM", .status = "planned", .date = "2026-06-20", .city = "Minsk")}},
    {.name = "tense: a tense word beyond 'that' belongs to another clause",
     .text = "The ministers agreed that a session of the CSTO Council of Foreign Ministers in the Armenian capital "
             "Yerevan will be held.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "planned"), NO_MEETING(.status = "held")}},
    {.name = "tense: a relative clause after the mention ('the summit, which was postponed, will ...')",
     .text = "The CSTO summit, which was postponed twice, will take place in Minsk.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NO_MEETING(.status = "held")}},
    {.name = "tense: a clause after mentions joined by 'and' tells of each ('the summit and the ministers' "
             "meetings that will take place')",
     .text = "The envoys discussed preparations for the CSTO Collective Security Council session and joint "
             "meetings of the foreign and defence ministers as well as the security council secretaries that will "
             "take place in the Kazakh capital Astana on 20 November.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned", .date = "2026-11-20"),
                HAS_MEETING(.bodies = "CDM+CFM+CSSC", .status = "planned"), NO_MEETING(.status = "held")}},
    {.name = "tense: a headline's 'to meet' is to come ('Heads of state to meet in Moscow')",
     .text = "CSTO heads of state to meet in Moscow\n\nThe agenda is long.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned", .city = "Moscow"), NO_MEETING(.status = "held")}},
    {.name = "tense: with no tense word, 'next week' is to come and 'last week' is past",
     .text = "The CSTO foreign ministers meet in Minsk next week. The CSTO defence ministers in Astana last week "
             "discussed the drills.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "planned", .city = "Minsk"),
                NO_MEETING(.bodies = "CFM", .status = "held")}},
    {.name = "tense: 'NAME said at the meeting of BODY that ... will ...': held, and NAME attended it",
     .text = "Russian Foreign Minister Oleg Sidorov said at the meeting of the CSTO Council of Foreign Ministers "
             "in Minsk that the ministers will meet again in the autumn.",
     .expect = {PARTICIPANT(.bodies = "CFM", .status = "held", .id = "oleg-sidorov")}},

    /* ---- a432113: ranks skipped, 'TITLE of X, NAME' appositions, 'NAME, TITLE' pairs ---- */
    {.name = "apposition: 'NAME, currently TITLE' (lexicon title_adverb)",
     .text = "Ivan Petrov, currently Deputy Secretary General of the CSTO, will take over on 1 January.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Deputy Secretary General")}},
    {.name = "apposition: 'NAME, the Foreign Ministry's spokeswoman' (lexicon institution)",
     .text = "Anna Petrova, the Foreign Ministry's spokeswoman, said that Armenia would not take part.",
     .expect = {HAS_OFFICIAL(.id = "anna-petrova", .title = "Spokeswoman")}},
    {.name = "people: 'the appointment of NAME of COUNTRY as the next Secretary General'",
     .text = "The leaders approved the appointment of Ivan Petrov of Kazakhstan as the next Secretary General of the "
             "organization.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Secretary General")}},
    {.name = "people: 'the presidents of A, B and C - N1, N2 and N3' (a dash before the names)",
     .text = "The CSTO summit brought together the presidents of Russia, Belarus and Tajikistan - Ivan Petrov, Pavel "
             "Orlov and Bakyt Asanov.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .country = "russia"), HAS_OFFICIAL(.id = "pavel-orlov", .country = "belarus"),
                HAS_OFFICIAL(.id = "bakyt-asanov", .country = "tajikistan")}},
    {.name = "ranks: 'Chief of the CSTO Joint Staff Colonel General NAME'",
     .text = "Chief of the CSTO Joint Staff Colonel General Ivan Petrov took part in the meeting of the Council "
             "of Defence Ministers in Minsk on Tuesday.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Chief of the CSTO Joint Staff"),
                NO_OFFICIAL(.name = "Colonel"), NO_OFFICIAL(.name = "General"),
                PARTICIPANT(.bodies = "CDM", .id = "ivan-petrov")}},
    {.name = "ranks: 'Chief of the Joint Staff Colonel NAME' is not an official 'Colonel NAME'",
     .text = "The Council of Defence Ministers met in Minsk on Tuesday. Chief of the Joint Staff Colonel Ivan "
             "Petrov took part in the meeting.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Chief of the Joint Staff"),
                NO_OFFICIAL(.name = "Colonel")}},
    {.name = "apposition: 'the Secretary General of the CSTO, NAME,'",
     .text = "The Council of Defence Ministers met in Minsk on Tuesday. The Secretary General of the CSTO, Ivan "
             "Petrov, addressed the ministers.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Secretary General", .org = "CSTO")}},
    {.name = "name-title: 'NAME, TITLE NAME and ...': the first name does not take the second one's title",
     .text = "The Council of Foreign Ministers met in Yerevan on Tuesday. Ivan Petrov, Tajik Foreign Minister "
             "Oleg Sidorov and Armenian Foreign Minister Anna Grigoryan attended the meeting.",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov", .title = "Foreign Minister", .country = "tajikistan"),
                NO_OFFICIAL(.id = "ivan-petrov", .title = "Foreign Minister"),
                HAS_OFFICIAL(.id = "anna-grigoryan", .country = "armenia"),
                PARTICIPANT(.bodies = "CFM", .id = "oleg-sidorov")}},

    /* ---- 34478f0: a mention with no date joins the meeting of the same bodies before it ---- */
    {.name = "merge: an undated 'the summit' after a dated one is that summit, whatever its tense",
     .text = "The Collective Security Council met in Astana on 10 May 2026. A film about the summit will be "
             "shown on television.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .status = "held", .date = "2026-05-10")}},
    {.name = "merge: an undated mention joins the summit before it; one with another date stays apart",
     .text = "The Collective Security Council met in Astana on 10 May 2026. Kazakh President Daulet Seitov will "
             "brief parliament on the summit. The next summit will take place in Moscow on 20 November 2026.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "CSC", .status = "held", .date = "2026-05-10", .city = "Astana"),
                HAS_MEETING(.bodies = "CSC", .status = "planned", .date = "2026-11-20", .city = "Moscow"),
                PARTICIPANT(.date = "2026-05-10", .id = "daulet-seitov"),
                NOT_PARTICIPANT(.date = "2026-11-20", .id = "daulet-seitov")}},
    {.name = "merge: 'the summit will open ... on DATE. The summit was attended by ...' is one summit",
     .published = "20.05.2026",
     .text = "The CSTO summit will open in Astana on 20 May 2026. The summit was attended by the presidents of "
             "six states.",
     .expect = {MEETINGS(1)}},

    /* ---- 5857096: attendance from participation words; none when absent or briefing the press ---- */
    {.name = "attendance: 'Russia was represented by TITLE NAME' names no meeting: the one named before",
     .text = "The Council of Foreign Ministers met in Yerevan on Tuesday. Russia was represented by Foreign "
             "Minister Oleg Sidorov.",
     .expect = {PARTICIPANT(.bodies = "CFM", .id = "oleg-sidorov")}},
    {.name = "attendance: the meeting to attend is the one named last",
     .text = "The Council of Defence Ministers met in Minsk on Monday, and a meeting of the Council of Foreign "
             "Ministers followed on Tuesday. Russia was represented by Foreign Minister Oleg Sidorov.",
     .expect = {PARTICIPANT(.bodies = "CFM", .id = "oleg-sidorov"),
                NOT_PARTICIPANT(.bodies = "CDM", .id = "oleg-sidorov")}},
    {.name = "attendance: 'NAME will not attend the summit' is no attendance",
     .text = "The CSTO summit will be held in Minsk on 20 November 2026. Armenian Prime Minister Karen Avetisyan "
             "will not attend the summit.",
     .expect = {HAS_OFFICIAL(.id = "karen-avetisyan", .title = "Prime Minister", .country = "armenia"),
                NOT_PARTICIPANT(.id = "karen-avetisyan")}},
    {.name = "attendance: 'NAME told TASS' briefs the press, it is not attendance",
     .text = "The Council of Foreign Ministers met in Yerevan on Tuesday. Russian Foreign Minister Oleg Sidorov "
             "told TASS that the meeting had been useful.",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov", .country = "russia"), NOT_PARTICIPANT(.id = "oleg-sidorov")}},
    {.name = "attendance: 'NAME said at a briefing that he will take part in the summit': he takes part",
     .text = "Russian Foreign Minister Oleg Sidorov said at a briefing that he will take part in the CSTO summit "
             "in Minsk.",
     .expect = {PARTICIPANT(.bodies = "CSC", .status = "planned", .id = "oleg-sidorov")}},
    {.name = "attendance: 'NAME told the meeting that ...' addressed the meeting",
     .text = "The Council of Foreign Ministers met in Yerevan on Tuesday. Russian Foreign Minister Oleg Sidorov "
             "told the meeting that the border was calm.",
     .expect = {PARTICIPANT(.bodies = "CFM", .id = "oleg-sidorov")}},
    /* ---- 0b823c3: documents ---- */
    {.name = "documents: the Collective Security Treaty named in passing is no document",
     .text = "The Council of Foreign Ministers met in Yerevan on Tuesday. The ministers recalled that the "
             "Collective Security Treaty was signed in Tashkent.",
     .expect = {DOCUMENTS(.n = 0)}},
    {.name = "documents: 'to adopt the Declaration of X and to sign decisions on A, on B, and on C': a declaration and "
             "three decisions",
     .text = "The CSTO summit will be held in Dushanbe on 16 September. The heads of state are expected to adopt the "
             "Declaration of the Collective Security Council and to sign decisions on peacekeeping activities, on "
             "support for the collective forces, and on equipping the rapid reaction forces.",
     .expect = {DOCUMENTS(.n = 4), HAS_DOCUMENT(.type = "declaration", .title = "Declaration of the Collective Security Council"),
                HAS_DOCUMENT(.type = "decision", .title = "decision on support for the collective forces"),
                HAS_DOCUMENT(.type = "decision", .title = "decision on equipping the rapid reaction forces")}},
    {.name = "documents: 'adopted statements on A, on B, heard the report of X and decided ...': once the items say the "
             "preposition again, a clause that does not is no item (plural_comma_list)",
     .text = "The heads of state adopted statements on the impact of missile defence on stability, on border security, "
             "heard the report by the Secretary General and decided on the crisis response centre.",
     .expect = {DOCUMENTS(.n = 2, .type = "statement"), HAS_DOCUMENT(.type = "statement", .title = "statement on border security"),
                NO_DOCUMENT(.title = "heard")}},
    {.name = "documents: 'the decisions have been taken on the Concept of A and on the Concept of B': the passive of "
             "deciding (lexicon taken) governs the keyword, and its items are one decision each (plural_list)",
     .text = "During the session of the CSTO Collective Security Council the decisions have been taken on the Concept of "
             "standardization of weapons and on the Concept of joint military training until 2030.",
     .expect = {DOCUMENTS(.n = 2, .type = "decision"),
                HAS_DOCUMENT(.type = "decision", .title = "decision on the Concept of standardization of weapons"),
                HAS_DOCUMENT(.type = "decision", .title = "decision on the Concept of joint military training until 2030")}},
    {.name = "documents: 'Among the other decisions of the Council there are also the protocol on A, as well as the "
             "decision on B': a plural keyword after lexicon among lists the documents, lower-case and with no verb",
     .text = "The CSTO Collective Security Council met in Yerevan on Friday. Among the other decisions by the Council there "
             "are also the protocol on the rapid reaction force contingents, as well as the decision on the budget for 2027.",
     .expect = {HAS_DOCUMENT(.type = "protocol", .title = "protocol on the rapid reaction force contingents"),
                HAS_DOCUMENT(.type = "decision", .title = "decision on the budget for 2027")}},
    {.name = "documents: 'X also signed other documents of the June session. In particular, a decision on A; a decision on "
             "B': a sentence opening with 'in particular' (lexicon among_them) after one that counts documents lists them",
     .text = "The CSTO Collective Security Council met in Moscow on Friday. The president also signed other documents studied "
             "at the session. In particular, a decision on the response to emergency situations; a decision on the plan "
             "of action against illegal migration.",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "decision on the response to emergency situations"),
                HAS_DOCUMENT(.type = "decision", .title = "decision on the plan of action against illegal migration")}},
    {.name = "documents: '\"The main result of the summit is an agreement on a joint force,\" X said': what a meeting came to "
             "(lexicon outcome, now with 'result', then 'is') governs a lower-case keyword, even inside a quotation",
     .text = "\"The main result of the summit is an agreement on a CSTO joint rapid reaction force,\" Ivan Orlov said after "
             "a meeting of the CSTO Collective Security Council in Moscow.",
     .expect = {HAS_DOCUMENT(.type = "agreement", .title = "agreement on a CSTO joint rapid reaction force")}},
    {.name = "documents: a Russian title ends at the next clause's verb («Декларации СКБ, лидеры приняли заявление ...»)",
     .text = "Сессия СКБ ОДКБ прошла в Минске 12 мая. Помимо Декларации Совета коллективной безопасности, лидеры приняли "
             "заявление о борьбе с терроризмом.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .title = "Декларации Совета коллективной безопасности"),
                NO_DOCUMENT(.type = "declaration", .title = "лидеры")}},
    {.name = "dates: «Утром» is the day last named («в четверг, 7 мая ... Утром прошло совместное заседание»)",
     .published = "08.05.2026",
     .text = "Сессия СКБ ОДКБ прошла в Минске в четверг, 7 мая. Утром в Минске прошло совместное заседание СМИД, СМО "
             "и КССБ ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2026-05-07", .status = "held")}},
    {.name = "meetings: «советов министров иностранных дел и обороны и КССБ» and 'the Councils of Foreign and Defence "
             "Ministers' name two councils (bodies.tsv CDM+CFM body)",
     .text = "Утром прошло совместное заседание советов министров иностранных дел и обороны и Комитета секретарей "
             "советов безопасности ОДКБ в Минске. The joint session of the Councils of Foreign and Defence Ministers "
             "took place in Astana on 20 May 2025.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Minsk"), HAS_MEETING(.bodies = "CDM+CFM", .city = "Astana")}},
    {.name = "documents: 'prepared for signing, including a final declaration and a statement on X' (lexicon doc_future)",
     .text = "The CSTO summit will be held in Astana on 28 November. Fourteen documents have been prepared for signing, "
             "including a final declaration and a statement on the anniversary of the Victory.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "planned", .title = "final declaration"),
                HAS_DOCUMENT(.type = "statement", .status = "planned", .title = "statement on the anniversary")}},
    {.name = "documents: a title after a number glued to a word («заявление в связи с 80-летием Победы»)",
     .text = "Сессия СКБ ОДКБ прошла в Астане 28 ноября. Лидеры подписали итоговую декларацию, заявление в связи с "
             "80-летием Победы и решение о бюджете.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "в связи с 80-летием Победы"), DOCUMENTS(.n = 3)}},
    {.name = "documents: a Russian title ends at «не» («проект декларации не доработан» names no document)",
     .text = "Сессия СКБ ОДКБ прошла вчера в Ереване. Председательствовавший на саммите премьер-министр Армении Иван "
             "Петров заявил, что проект декларации не доработан.",
     .expect = {NO_DOCUMENT(.title = "не доработан")}},
    {.name = "documents: a keyword inside a quoted title ends at the closing quote, which opens no second title (the "
             "titles in quotes after 'the documents' are decisions, generic_quoted_list)",
     .text = "The Collective Security Council met in Moscow on Monday. The heads of state also approved the documents "
             "\"On the plan of joint training of the collective forces for 2027-2029\", \"On the budget of the "
             "organization for 2027\" and a number of other documents.",
     .expect = {HAS_DOCUMENT(.type = "decision",
                             .title = "On the plan of joint training of the collective forces for 2027-2029\""),
                DOCUMENTS(.n = 2),
                NO_DOCUMENT(.title = "\", \"")}},
    {.name = "documents: 'and a new anti-drug strategy' after a title begins another document (adjectives after the "
             "article, a hyphenated compound)",
     .text = "The Collective Security Council met in Moscow on Monday. The Council approved the plan of military "
             "cooperation of the member states for 2027-2031 and a new anti-drug strategy for 2027-2031.",
     .expect = {HAS_DOCUMENT(.type = "plan", .title = "plan of military cooperation of the member states for 2027-2031"),
                NO_DOCUMENT(.title = "and a new"), HAS_DOCUMENT(.type = "other", .title = "strategy for 2027-2031")}},
    {.name = "documents: ', two ... documents' after a title is the next item of the list, not the title's",
     .text = "The Collective Security Council met in Moscow on Monday. The sides signed a draft agreement on "
             "peacekeeping, two military-economic cooperation documents and a protocol on border security.",
     .expect = {HAS_DOCUMENT(.type = "agreement", .title = "agreement on peacekeeping"),
                NO_DOCUMENT(.title = "two military-economic")}},
    {.name = "documents: 'a 1994 treaty' (a keyword alone after a year before the report's) is a past document, not the "
             "meeting's",
     .text = "The Collective Security Council met in Moscow on Monday. A 1994 treaty \u201creaffirmed the desire of the "
             "states to abstain from the use of force,\u201d the secretary general recalled.",
     .expect = {NO_DOCUMENT(.type = "agreement"), HAS_MEETING(.bodies = "CSC", .city = "Moscow")}},
    {.name = "documents: 'statements to the press' are said to reporters, no document (lexicon to_press)",
     .text = "The Collective Security Council will meet in Moscow on Monday. The Russian president and the Kazakh "
             "president are expected to make statements to the press.",
     .expect = {NO_DOCUMENT(.type = "statement"), HAS_MEETING(.bodies = "CSC", .city = "Moscow")}},
    {.name = "documents: 'said in a statement' is no document",
     .text = "The Council of Foreign Ministers will meet in Yerevan next week. The ministers will discuss border "
             "security, the Secretariat said in a statement.",
     .expect = {DOCUMENTS(.n = 0)}},
    {.name = "documents: 'statements by the heads of state \"On A\", \"On B\" and \"On C\"' are three",
     .text = "The CSTO summit was held in Minsk on 10 May 2026. The leaders adopted statements by the heads of "
             "state \"On Drug Trafficking\", \"On Water Security\" and \"On Peacekeeping\".",
     .expect = {DOCUMENTS(.n = 3, .type = "statement"),
                HAS_DOCUMENT(.type = "statement", .status = "adopted", .title = "\"On Drug Trafficking\""),
                HAS_DOCUMENT(.type = "statement", .title = "\"On Water Security\""),
                HAS_DOCUMENT(.type = "statement", .title = "\"On Peacekeeping\"")}},
    {.name = "documents: 'statements by the heads of state \"On A,\" \"On B,\" and \"On C.\"' with short titles",
     .text = "The CSTO summit was held in Minsk on 10 May 2026. The leaders adopted statements by the heads of "
             "state \"On Afghanistan,\" \"On Water Security,\" and \"On Peacekeeping.\"",
     .expect = {DOCUMENTS(.n = 3, .type = "statement"), HAS_DOCUMENT(.type = "statement", .title = "On Afghanistan"),
                HAS_DOCUMENT(.type = "statement", .title = "On Peacekeeping")}},
    {.name = "documents: 'a resolution of the Collective Security Council \"On X\"' keeps the quoted title",
     .text = "The CSTO summit was held in Minsk on 10 May 2026. The leaders adopted a resolution of the "
             "Collective Security Council \"On the Secretary General of the CSTO\".",
     .expect = {HAS_DOCUMENT(.status = "adopted", .title = "Council \"On the Secretary General of the CSTO\""),
                DOCUMENTS(.n = 1)}},
    {.name = "documents: 'draft declarations on A, a decision on B and statements on C' are all drafts",
     .text = "The Council of Foreign Ministers met in Yerevan on Tuesday. Draft declarations on regional "
             "security, a decision on the peacekeeping contingent and statements on drug trafficking were "
             "agreed.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "draft", .title = "regional security"),
                HAS_DOCUMENT(.type = "decision", .status = "draft", .title = "peacekeeping contingent"),
                HAS_DOCUMENT(.type = "statement", .status = "draft", .title = "drug trafficking"),
                NO_DOCUMENT(.status = "adopted"), NO_DOCUMENT(.title = "a decision")}},
    {.name = "documents: documents 'to be submitted to the heads of state' are drafts",
     .text = "The Council of Foreign Ministers met in Yerevan on Tuesday. The ministers approved documents to be "
             "submitted to the heads of state, including a declaration on cyber security and a statement on "
             "border protection.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "draft", .title = "cyber security"),
                HAS_DOCUMENT(.type = "statement", .status = "draft", .title = "border protection"),
                NO_DOCUMENT(.status = "adopted")}},
    {.name = "documents: 'the Work Plan for 2027' keeps 'for 2027'",
     .text = "The Council of Defence Ministers met in Minsk on Tuesday. The ministers approved the Work Plan for "
             "2027.",
     .expect = {HAS_DOCUMENT(.type = "plan", .status = "adopted", .title = "Work Plan for 2027")}},
    {.name = "documents: a title stops before ', TITLE NAME told'",
     .text = "The Council of Foreign Ministers met in Yerevan on Tuesday. The ministers adopted a statement on "
             "the situation in Afghanistan, CSTO Press Secretary Oleg Sidorov told reporters.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "situation in Afghanistan"),
                NO_DOCUMENT(.title = "Press Secretary"), HAS_OFFICIAL(.id = "oleg-sidorov", .org = "CSTO")}},

    /* ---- 1e19442: officials ---- */
    {.name = "officials: 'head of the defence department, Colonel-General NAME'",
     .text = "The Council of Defence Ministers met in Minsk on Tuesday. The report was delivered by the head of "
             "the defence department, Colonel-General Ivan Petrov.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Head of the defence department"), NO_OFFICIAL(.name = "Colonel")}},
    {.name = "officials: 'Secretary of Tajikistan's Security Council NAME'",
     .text = "The Committee of Secretaries of Security Councils met in Dushanbe on Tuesday. Secretary of "
             "Tajikistan's Security Council Rustam Nazarov opened the meeting.",
     .expect = {HAS_OFFICIAL(.id = "rustam-nazarov", .country = "tajikistan"),
                PARTICIPANT(.bodies = "CSSC", .id = "rustam-nazarov")}},
    {.name = "officials: 'Secretary of Tajikistan's Security Council NAME' has that title",
     .text = "The Committee of Secretaries of Security Councils met in Dushanbe on Tuesday. Secretary of "
             "Tajikistan's Security Council Rustam Nazarov opened the meeting.",
     .expect = {HAS_OFFICIAL(.id = "rustam-nazarov", .title = "Secretary of Tajikistan's Security Council",
                             .country = "tajikistan")}},
    {.name = "officials: 'the heads of Belarus - A B, Kazakhstan - C D and Russia - E F'",
     .text = "The Collective Security Council met in Astana on Tuesday. The meeting was attended by the heads "
             "of Belarus - Anton Kuzmich, Kazakhstan - Daulet Seitov and Russia - Pavel Orlov.",
     .expect = {HAS_OFFICIAL(.id = "anton-kuzmich", .country = "belarus"),
                HAS_OFFICIAL(.id = "daulet-seitov", .country = "kazakhstan"),
                HAS_OFFICIAL(.id = "pavel-orlov", .country = "russia"),
                PARTICIPANT(.bodies = "CSC", .id = "daulet-seitov")}},
    {.name = "officials: \"Belarus's A B\" is a person",
     .text = "The Collective Security Council met in Astana on Tuesday. Belarus's Anton Kuzmich proposed new "
             "measures.",
     .expect = {HAS_OFFICIAL(.id = "anton-kuzmich"), NO_OFFICIAL(.name = "Belarus")}},
    {.name = "officials: \"Belarus's A B\" is a person of Belarus",
     .text = "The Collective Security Council met in Astana on Tuesday. Belarus's Anton Kuzmich proposed new "
             "measures.",
     .expect = {HAS_OFFICIAL(.id = "anton-kuzmich", .country = "belarus")}},
    {.name = "officials: 'NAME was reelected to the post of CSTO Secretary General'",
     .text = "The Collective Security Council met in Astana on Tuesday. Ivan Petrov was reelected to the post "
             "of CSTO Secretary General.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Secretary General", .org = "CSTO")}},
    {.name = "officials: 'the Collective Security Treaty Organization (CSTO) Secretary-General NAME'",
     .text = "The Collective Security Council met in Astana on Tuesday. The Collective Security Treaty "
             "Organization (CSTO) Secretary-General Ivan Petrov opened the session.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Secretary-General", .org = "CSTO"),
                PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "officials: 'the Secretary General of the Organization NAME'",
     .text = "The Council of Defence Ministers met in Minsk on Tuesday. The Secretary General of the "
             "Organization Ivan Petrov took part.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Secretary General", .org = "CSTO")}},
    {.name = "officials: 'Chairman of the Interstate Commission on Military-Economic Cooperation NAME'",
     .text = "The Council of Defence Ministers met in Minsk on Tuesday. Chairman of the Interstate Commission on "
             "Military-Economic Cooperation Oleg Sidorov reported on arms supplies.",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov", .title = "Chairman of the Interstate Commission on Military-Economic Cooperation"), NO_OFFICIAL(.name = "Cooperation")}},
    {.name = "officials: \"Kazakhstan's top diplomat NAME\"",
     .text = "The Council of Foreign Ministers met in Yerevan on Tuesday. Kazakhstan's top diplomat Daulet "
             "Seitov took part in the meeting.",
     .expect = {HAS_OFFICIAL(.id = "daulet-seitov", .title = "Top diplomat", .country = "kazakhstan"),
                PARTICIPANT(.bodies = "CFM", .id = "daulet-seitov")}},
    {.name = "officials: 'Presidential Adviser for Foreign Policy NAME'",
     .text = "The Collective Security Council met in Astana on Tuesday. Presidential Adviser for Foreign Policy "
             "Ivan Petrov attended the meeting.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Presidential Adviser for Foreign Policy"), NO_OFFICIAL(.name = "Policy")}},

    /* ---- 4733a5d: meetings and their places ---- */
    {.name = "meetings: 'the next meeting of the Council will be held in Armenia' is a second, planned one",
     .text = "The Council of Defence Ministers met in Minsk on Tuesday. The next meeting of the Council will be "
             "held in Armenia.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "CDM", .status = "held", .city = "Minsk"),
                HAS_MEETING(.bodies = "CDM", .status = "planned", .country = "armenia")}},
    {.name = "meetings: one body and a bare 'the meeting in CITY' in one sentence",
     .text = "The CSTO Committee of Secretaries of Security Councils discussed border security at the meeting "
             "in Yerevan on Tuesday.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSSC", .city = "Yerevan", .status = "held")}},
    {.name = "meetings: \"the CSTO PA Council's Minsk session\" is a PA meeting",
     .text = "The CSTO PA Council's Minsk session approved the budget on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "PA", .status = "held", .date = "2026-05-12")}},
    {.name = "meetings: \"the PA Council's Minsk session\" is a PA meeting in Minsk",
     .text = "The deputies gathered on Tuesday. The PA Council's Minsk session approved the budget.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Minsk")}},
    {.name = "meetings: a qualifier between the body and the meeting noun ('Council regular session')",
     .text = "The CSTO Collective Security Council regular session took place in Minsk on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk", .status = "held")}},
    {.name = "meetings: a qualifier between the body and the meeting noun, with another body in the sentence",
     .text = "The CSTO Collective Security Council regular session approved the report of the Council of Foreign "
             "Ministers on Tuesday.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .status = "held", .date = "2026-05-12")}},
    {.name = "meetings: a new body name ('Committee of Secretaries of the CSTO Security Councils')",
     .text = "The Committee of Secretaries of the CSTO Security Councils met in Minsk on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .city = "Minsk")}},
    {.name = "meetings: a body named as the occasion, dated and placed ('considered on 12 May at the CSC in Yerevan')",
     .text = "The draft decision on assistance was considered on 12 May at the Collective Security Council in "
             "Yerevan.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .status = "held", .date = "2026-05-12", .city = "Yerevan")}},
    {.name = "meetings: a body after 'at' with neither a date nor a place is no meeting",
     .text = "Ivan Petrov, who works at the Collective Security Council secretariat, spoke to students.",
     .expect = {NO_MEETING(.bodies = "CSC")}},
    {.name = "meetings: 'five extraordinary sessions of the Council' counts meetings, it is none of them",
     .text = "Since January there have been five extraordinary sessions of the Collective Security Council and 3 "
             "sessions of the Council of Foreign Ministers.",
     .expect = {NO_MEETING(.bodies = "CSC"), NO_MEETING(.bodies = "CFM")}},
    {.name = "meetings: 'the decisions of the October 2025 session' was held, whatever the sentence's tense",
     .published = "",
     .text = "The ministers will discuss the implementation of the decisions of the October 2025 session of the "
             "Collective Security Council.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held", .date = "2025-10")}},
    {.name = "meetings: an undated planned meeting and a dated earlier one of the same body stay apart",
     .text = "Ivan Petrov will take part in the meeting of the Collective Security Council in Minsk. The agenda "
             "includes the results of the October 2025 session of the Collective Security Council.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "CSC", .status = "planned", .city = "Minsk"),
                HAS_MEETING(.bodies = "CSC", .status = "held", .date = "2025-10")}},
    {.name = "places: a dateline without a year does not place a meeting of another month",
     .published = "",
     .text = "MOSCOW, November 30. /TASS/. The October 2016 session of the Collective Security Council approved "
             "the budget.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2016-10"), NO_MEETING(.city = "Moscow")}},
    {.name = "meetings: a foreign minister 'met with his counterparts from the CSTO member states' is a CFM meeting",
     .text = "Russian Foreign Minister Ivan Petrov met with his counterparts from the CSTO member states on the "
             "sidelines of the UN General Assembly in New York on Tuesday.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CFM", .status = "held", .date = "2026-05-12", .city = "New York")}},
    {.name = "meetings: counterparts from no CSTO, or a title of no CSTO body, are no meeting",
     .text = "Russian Foreign Minister Ivan Petrov met with his counterparts from Germany and France on Tuesday. "
             "Russian Ambassador Oleg Sidorov met with his CSTO colleagues on Tuesday.",
     .expect = {MEETINGS(0)}},
    {.name = "tense: 'discussed the agenda of Monday's session' on a Sunday: the coming Monday, planned",
     .published = "10.05.2026",
     .text = "Speaker Ivan Petrov discussed the agenda of Monday's session of the CSTO Parliamentary Assembly with "
             "the heads of delegations.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "PA", .status = "planned", .date = "2026-05-11")}},
    {.name = "dates: 'on 4 May ... held a meeting to prepare the plenary session': that date is the preparation's",
     .text = "On 4 May the speaker held a meeting to prepare the plenary session of the CSTO Parliamentary "
             "Assembly. The plenary session of the CSTO Parliamentary Assembly will be held on 20 May.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "PA", .status = "planned", .date = "2026-05-20"),
                NO_MEETING(.date = "2026-05-04")}},
    {.name = "dates: 'arrived in Almaty, where he will take part in the session': the report's month",
     .text = "Russian Defence Minister Ivan Petrov arrived in Almaty, where he will take part in the session of the "
             "CSTO Council of Defence Ministers. Министр обороны Белоруссии Олег Сидоров прибыл в Минск, где примет "
             "участие в заседании СМИД ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CDM", .status = "planned", .date = "2026-05", .city = "Almaty"),
                HAS_MEETING(.bodies = "CFM", .status = "planned", .date = "2026-05", .city = "Minsk")}},
    {.name = "dates: 'told reporters on Tuesday following the session': the session's day",
     .text = "The budget was approved, Ivan Petrov told reporters on Tuesday following the session of the CSTO "
             "Council of Foreign Ministers in Minsk.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "held", .date = "2026-05-12", .city = "Minsk")}},
    {.name = "meetings: 'the agenda of the meeting' is the one named; 'the Commission's last meeting' another, held",
     .published = "",
     .text = "The session of the CSTO Council of Defence Ministers will be held on 19 October in Moscow. The draft "
             "agenda of the meeting includes the results of the implementation of the decisions of the Council's "
             "last meeting in September 2025 in Minsk.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "CDM", .status = "planned", .city = "Moscow"),
                HAS_MEETING(.bodies = "CDM", .status = "held", .date = "2025-09", .city = "Minsk"), DOCUMENTS(.n = 0)}},
    {.name = "meetings: 'the foreign ministers' session' is the CFM's, not the meeting named before",
     .text = "The CSTO Council of Defence Ministers met in Bishkek on Monday. The foreign ministers' session took "
             "place in Minsk on Tuesday.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "CDM", .city = "Bishkek"),
                HAS_MEETING(.bodies = "CFM", .city = "Minsk", .date = "2026-05-12")}},
    {.name = "officials: 'Kazakh presidential spokesman X' is Kazakhstan's",
     .text = "The summit will be held in Astana, Kazakh presidential spokesman Ivan Petrov said.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .country = "kazakhstan")}},
    {.name = "attendance: 'the session ... on 16 September 2021, attended by X' is not the 2026 meeting named before",
     .text = "The CSTO Council of Foreign Ministers will hold an online meeting on Friday. Ivan Petrov chaired the "
             "session in Dushanbe on 16 September 2021, which was attended by Kazakh President Oleg Sidorov.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "planned", .format = "video"),
                NOT_PARTICIPANT(.id = "oleg-sidorov"), NOT_PARTICIPANT(.id = "ivan-petrov")}},
    {.name = "places: 'Kazakhstan will host the summit'; 'defence chiefs gathered in Almaty'",
     .text = "Kazakhstan will host the CSTO summit in 2027. CSTO defence chiefs gathered in Almaty on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CSC", .country = "kazakhstan", .status = "planned"),
                HAS_MEETING(.bodies = "CDM", .city = "Almaty", .status = "held")}},
    {.name = "places: a dateline without a year does not place a session of another month, even undated",
     .published = "",
     .text = "BISHKEK, Nov 28 (Xinhua) -- The CSTO Permanent Council meeting was held on 5 April under the "
             "chairmanship of the Permanent Representative of Tajikistan Ivan Petrov.",
     .expect = {HAS_MEETING(.bodies = "PC"), NO_MEETING(.city = "Bishkek")}},
    {.name = "documents: a title ends before 'and submit it' (a verb and its object)",
     .text = "The CSTO Council of Foreign Ministers met in Minsk on Tuesday. The ministers approved a draft statement "
             "on the situation in Afghanistan and submit it to the heads of state.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "statement on the situation in Afghanistan"),
                NO_DOCUMENT(.title = "submit")}},
    {.name = "places: the dateline's city goes only to a meeting that joins none named before",
     .published = "",
     .text = "MOSCOW, May 12. /TASS/. The leaders adopted a declaration at the CSTO summit in Minsk on Tuesday. "
             "Five presidents took part in the summit.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .city = "Minsk"), NO_MEETING(.city = "Moscow")}},
    {.name = "places: the dateline's city, given to a meeting for want of a place, gives way to the place a "
             "later sentence names for the same days",
     .text = "ALMATY, May 14 -- Central Asian allies keep their distance despite the CSTO summit. The leaders of the "
             "CSTO gathered in Minsk on Monday for the summit.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .city = "Minsk", .date = "2026-05-11"),
                NO_MEETING(.city = "Almaty")}},
    {.name = "dates: a date that closes one meeting's conjunct is that meeting's ('the meeting of the CDM in Osh on "
             "April 30 and the meeting of the CSSC in Osh on June 27')",
     .text = "The events held this year include the meeting of the CSTO Council of Defence Ministers in Osh on April 30 "
             "and the meeting of the Committee of Secretaries of Security Councils in Osh on June 27.",
     .published = "30.11.2026",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2026-04-30"), HAS_MEETING(.bodies = "CSSC", .date = "2026-06-27"),
                MEETINGS(2)}},
    {.name = "dates: a date before every meeting of the sentence is each object's ('in April Osh hosted the meeting "
             "of the CDM, held on April 27, and the meeting of the CSSC'); not a new clause's ('..., and the next "
             "session will be held in Minsk')",
     .text = "The minister noted that in April Osh hosted the meeting of the CSTO Council of Defence Ministers, held on "
             "April 27, and the meeting of the Committee of Secretaries of Security Councils. In March the CSTO Council "
             "of Foreign Ministers met in Osh, and the next session of the Collective Security Council will be held "
             "in Minsk.",
     .published = "30.11.2026",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2026-04-27"), HAS_MEETING(.bodies = "CSSC", .date = "2026-04"),
                HAS_MEETING(.bodies = "CFM", .date = "2026-03"), NO_MEETING(.bodies = "CSC", .date = "2026-03")}},
    {.name = "dates: the date of a mention's own relative clause comes first ('the 20th anniversary of the "
             "Organization in 2027, as well as for the session of the CSC, which will be held in Osh in the autumn of "
             "this year')",
     .text = "The ministers discussed the events marking the 20th anniversary of the Organization in 2027, as well as the "
             "session of the CSTO Collective Security Council, which will be held in Osh in the autumn of this year.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026", .city = "Osh", .status = "planned"), MEETINGS(1)}},
    {.name = "dates (guard): «и вовсе не поехал на сессию» is no new conjunct; the date before it stays the session's",
     .text = "На саммите ОДКБ в Ереване 23 ноября премьер отказался подписывать декларацию, а в ноябре 2023 года и "
             "вовсе не поехал на сессию СКБ в Минск.",
     .published = "14.05.2024",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk", .date = "2023-11")}},
    {.name = "documents: a title ends before 'and a number of other documents', «и ряд документов»",
     .text = "The CSTO Collective Security Council met in Dushanbe on Tuesday. The heads of state signed the "
             "Declaration of the Council and a number of other documents. Лидеры подписали Декларацию о "
             "сотрудничестве и ряд документов.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .title = "Declaration of the Council"),
                HAS_DOCUMENT(.type = "declaration", .title = "Декларация о сотрудничестве"), NO_DOCUMENT(.title = "number"),
                NO_DOCUMENT(.title = "ряд")}},
    {.name = "meetings: 'the CFM and the Council of Defence Ministers held a joint session' is one joint meeting",
     .text = "Earlier the CSTO Council of Foreign Ministers and Council of Defense Ministers held a joint session in "
             "Yerevan on Tuesday.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CDM+CFM", .city = "Yerevan", .status = "held")}},
    {.name = "documents: a title ends before ', the PM said'",
     .text = "The CSTO Collective Security Council met in Yerevan on Tuesday. The leaders did not sign the draft "
             "decision on joint measures to provide assistance to Armenia, the PM said.",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "decision on joint measures to provide assistance to Armenia"),
                NO_DOCUMENT(.title = "PM")}},
    {.name = "places: \"in Kazakhstan's Almaty\"",
     .text = "The CSTO Council of Foreign Ministers met in Kazakhstan's Almaty on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Almaty", .country = "kazakhstan")}},
    {.name = "places: \"in Russia's St. Petersburg\"",
     .text = "The CSTO Council of Foreign Ministers met in Russia's St. Petersburg on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Saint Petersburg")}},
    {.name = "places: 'in the Armenian capital Yerevan'",
     .text = "The CSTO Council of Foreign Ministers met in the Armenian capital Yerevan on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Yerevan", .country = "armenia")}},
    {.name = "places: 'in the capital of Tajikistan' is its capital (countries.tsv)",
     .text = "The CSTO Council of Defence Ministers met in the capital of Tajikistan on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CDM", .city = "Dushanbe", .country = "tajikistan")}},
    {.name = "places: a place after 'since' is another time's (lexicon other_time)",
     .text = "Leaders of the CSTO gathered in the Kyrgyz capital on Tuesday for the bloc's annual summit, the first "
             "since the Taliban returned to power in Kabul.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Bishkek", .date = "2026-05-12"), NO_MEETING(.city = "Kabul")}},
    {.name = "places: a place in what someone said after the meeting is named is not its place",
     .text = "The CSTO summit was held in Astana on Tuesday. Speaking to reporters after the summit, Orlov said "
             "Russia would continue strikes on command centres in Kyiv.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Astana", .date = "2026-05-12"), NO_MEETING(.city = "Kyiv"),
                MEETINGS(1)}},
    {.name = "dates: 'will take over on January 1' is no day to count 'a day earlier' from (lexicon since)",
     .text = "The CSTO summit was held in Yerevan on Tuesday. Petrov will take over on January 1 from Orlov. The mood "
             "had been tense since a day earlier, when the foreign ministers of the six states held a session in "
             "Yerevan.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-12"), HAS_MEETING(.bodies = "CFM", .date = "2026-05-11")}},
    {.name = "dates: 'the same day' as a bare weekday still to come is that coming day",
     .text = "Petrov will skip a meeting of the CSTO Council of Foreign Ministers in Minsk on Wednesday. Orlov will "
             "not attend a session of the Council of Defence Ministers in Minsk on the same day.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-20", .status = "planned"),
                HAS_MEETING(.bodies = "CDM", .date = "2026-05-20", .status = "planned")}},
    {.name = "places: 'a session of the Council of Defence Ministers there': the place of the meeting before",
     .text = "The CSTO Council of Foreign Ministers met in Minsk on Tuesday. A session of the Council of Defence "
             "Ministers there followed.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk"), HAS_MEETING(.bodies = "CDM", .city = "Minsk")}},
    {.name = "dates: 'A day earlier, on Tuesday' dates the eve of the meeting the report is about, which is the day after",
     .text = "The CSTO leaders held a summit in Astana. A day earlier, on Tuesday, the CSTO foreign ministers met in "
             "Astana.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-13"), HAS_MEETING(.bodies = "CFM", .date = "2026-05-12")}},
    {.name = "russian dates: «Накануне, во вторник» dates the eve of the session the report is about",
     .text = "Лидеры стран ОДКБ провели сессию Совета коллективной безопасности в онлайн-формате. Накануне, во "
             "вторник, также по видеосвязи прошло заседание Совета министров иностранных дел ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-13"), HAS_MEETING(.bodies = "CFM", .date = "2026-05-12")}},
    {.name = "russian dates: «Днем ранее» is the day before the day last named (dates.tsv anchor)",
     .text = "Во вторник в Минске прошла сессия Совета коллективной безопасности ОДКБ. Днем ранее на заседании Совета "
             "министров иностранных дел не было главы МИД Армении.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-12"), HAS_MEETING(.bodies = "CFM", .date = "2026-05-11")}},
    {.name = "dates: 'will take place on the eve of the summit' counts from the summit still to come, not the last one",
     .text = "The session of the CSTO Collective Security Council will be held in Bishkek in November. Kyrgyzstan has "
             "chaired the bloc since the session of the Collective Security Council in Astana on 8 November 2025. On "
             "the eve of the summit, a joint meeting of the Council of Foreign Ministers and the Council of Defence "
             "Ministers will take place in Bishkek.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-11", .status = "planned"),
                NO_MEETING(.bodies = "CDM+CFM", .date = "2025-11-07")}},
    {.name = "joint: 'the meetings of the Council of Foreign Ministers and the Council of Defence Ministers' are one each",
     .text = "Armenian ministers skipped the meetings of the CSTO Council of Foreign Ministers and Council of Defence "
             "Ministers held in Minsk on Tuesday. The summit was preceded by meetings of defence and foreign "
             "ministers in Astana on 4 May.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk"), HAS_MEETING(.bodies = "CDM", .city = "Minsk"),
                NO_MEETING(.bodies = "CDM+CFM", .city = "Minsk"), HAS_MEETING(.bodies = "CDM+CFM", .city = "Astana")}},
    {.name = "summit: «саммита», «саммиту» stem apart from «саммит» (bodies.tsv lists them)",
     .text = "Главы государств приняли решение о проведении саммита ОДКБ в ноябре. Все готовятся к саммиту.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11", .status = "planned"), MEETINGS(1)}},
    {.name = "summit: 'a trilateral summit', «саммит в формате «Россия — ...»» are a few countries' (lexicon other_summit)",
     .text = "Peskov spoke of preparations for a trilateral summit in Moscow next month. Песков сообщил о подготовке "
             "к саммиту в формате «Россия — Азербайджан — Армения» в Сочи. Саммит ОДКБ в формате видеоконференции "
             "пройдет в пятницу.",
     .expect = {NO_MEETING(.bodies = "CSC", .city = "Moscow"), NO_MEETING(.bodies = "CSC", .city = "Sochi"),
                HAS_MEETING(.bodies = "CSC", .format = "video"), MEETINGS(1)}},
    {.name = "dates: «Сегодня X сообщил, что саммит пройдет в ноябре»: today is when it was said (speech_reports)",
     .text = "Сегодня помощник президента сообщил, что следующий саммит ОДКБ пройдет в ноябре.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11", .status = "planned"),
                NO_MEETING(.bodies = "CSC", .date = "2026-05-14")}},
    {.name = "status: 'the recent summit' was held, whatever the clause's verb (lexicon past_mod)",
     .text = "The president will brief parliament on the recent CSTO summit in Moscow.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "held"),
                NO_MEETING(.bodies = "CSC", .status = "planned")}},
    {.name = "two summits: 'the last summit in Moscow ..., and the next summit in September' (time_mod)",
     .text = "The decisions of the last CSTO summit in Moscow are being carried out, and the next summit will be "
             "held in September.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-09", .status = "planned"), MEETINGS(2)}},
    {.name = "next: 'at the next session' after a session held is not that session, and no meeting of its own",
     .text = "The CSTO Permanent Council met in Moscow on Tuesday. The draft will be discussed at the next session "
             "of the Permanent Council, CSTO Secretary General Ivan Petrov said.",
     .expect = {HAS_MEETING(.bodies = "PC", .city = "Moscow", .status = "held"), MEETINGS(1),
                NOT_PARTICIPANT(.bodies = "PC", .id = "ivan-petrov")}},
    {.name = "attendance: 'X thanked the participants and said that the next meeting will be held in Y': told of",
     .text = "The CSTO Council of Defence Ministers met in Minsk on Tuesday. Summing up the meeting, Defence Minister "
             "of Belarus Viktor Khrenin thanked the participants and said that the next meeting of the Council would "
             "be held in Astana.",
     .expect = {HAS_MEETING(.bodies = "CDM", .city = "Astana", .status = "planned"),
                NOT_PARTICIPANT(.bodies = "CDM", .city = "Astana", .id = "viktor-khrenin")}},
    {.name = "bodies: 'the session of the council of heads of the CSTO member countries' is the CSC (bodies.tsv)",
     .text = "The president said that these issues will be discussed at the session of the council of heads of the "
             "CSTO member countries scheduled for December.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-12", .status = "planned"), MEETINGS(1)}},
    {.name = "dates: 'the summit that took place in Minsk last year ... an attack in September 2025': its own clause's",
     .text = "During the summit that took place in Minsk last year, Armenia complained that the bloc did not condemn "
             "the attack launched on its border in September 2025.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025", .city = "Minsk", .status = "held"),
                NO_MEETING(.bodies = "CSC", .date = "2025-09")}},
    {.name = "dates: 'ASTANA, March 4 -- ... on Wednesday', 'the first session of 2015': the year the weekday fits",
     .published = "",
     .text = "ASTANA, March 4 -- The CSTO Council of Foreign Ministers met on Wednesday in its first session of 2015. "
             "The ministers last met in 2014.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2015-03-04", .status = "held")}},
    {.name = "joint: 'a meeting on Tuesday in Minsk of the bloc's foreign and defence ministers and the secretaries of "
             "its members' security councils': date and place before 'of'",
     .text = "The summit followed a meeting on Tuesday in Minsk of the bloc's foreign and defence ministers and the "
             "secretaries of its members' security councils, which agreed the texts.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2026-05-12", .city = "Minsk", .status = "held")}},
    {.name = "dates: 'the Agreement of 20 June 2000 ... the Council, which meets on 23 December': not of 2000, to come",
     .text = "The CSTO Interstate Commission on Military-Economic Cooperation met in Moscow on Tuesday. It approved the "
             "draft Protocol on Amendments to the Agreement on Military-Technical Cooperation of 20 June 2000 and "
             "decided to submit it to the Collective Security Council, which meets in Moscow on 23 December. The next "
             "meeting of the Commission will be held in Minsk in 2027.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-12-23", .city = "Moscow", .status = "planned"),
                HAS_MEETING(.bodies = "IMEC", .date = "2027", .city = "Minsk", .status = "planned"),
                NO_MEETING(.bodies = "CSC", .city = "Minsk")}},
    {.name = "dates: 'the Agreement on ... of 20 June 2000 was signed by the leaders, who met on 23 December': a "
             "document's date (titled_doc_date)",
     .text = "The Protocol to the Agreement on Military-Technical Cooperation of 20 June 2000 was signed by the CSTO "
             "leaders, who met in Moscow on 23 December.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025-12-23", .city = "Moscow", .status = "held"),
                NO_MEETING(.bodies = "CSC", .date = "2000-06-20"), NO_MEETING(.bodies = "CSC", .date = "2000-12-23")}},
    {.name = "status: «согласованы накануне на совместном заседании» is the day before, not «накануне заседания»",
     .text = "Проекты документов были согласованы накануне на совместном заседании СМИД, СМО и КССБ ОДКБ в Минске.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2026-05-13", .city = "Minsk", .status = "held")}},
    {.name = "meetings: «по отдельности заседали Совет министров иностранных дел и Совет министров обороны»: verb first",
     .text = "В среду в Москве по отдельности заседали Совет министров иностранных дел и Совет министров обороны ОДКБ. "
             "Во вторник в Минске заседал Комитет секретарей советов безопасности ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-13", .city = "Moscow", .status = "held"),
                HAS_MEETING(.bodies = "CDM", .date = "2026-05-13", .city = "Moscow", .status = "held"),
                HAS_MEETING(.bodies = "CSSC", .date = "2026-05-12", .city = "Minsk", .status = "held"), MEETINGS(3)}},
    {.name = "documents: 'a package of model laws - on A, on B and on C - intended as templates': one law each",
     .text = "The CSTO Parliamentary Assembly met in Minsk on Tuesday. The lawmakers adopted a package of model laws - "
             "on countering terrorism, on the protection of the state border and on combating illegal migration - "
             "intended as templates. They also adopted statements: on Afghanistan, on drug trafficking.",
     .expect = {HAS_DOCUMENT(.type = "other", .status = "adopted", .title = "model law on countering terrorism"),
                HAS_DOCUMENT(.type = "other", .status = "adopted", .title = "model law on the protection of the state border"),
                HAS_DOCUMENT(.type = "other", .status = "adopted", .title = "model law on combating illegal migration"),
                NO_DOCUMENT(.type = "other", .title = "templates"),
                HAS_DOCUMENT(.type = "statement", .title = "statement on Afghanistan"),
                HAS_DOCUMENT(.type = "statement", .title = "statement on drug trafficking")}},
    {.name = "documents: «подписали решения «О А», «О Б» и «О В»»: one decision each (quoted_list)",
     .text = "Сессия СКБ ОДКБ прошла в Москве во вторник. По итогам сессии президенты подписали решения «О подготовке "
             "военных кадров», «О миротворческих силах» и «О бюджете организации». Приняты заявления министров "
             "иностранных дел «О роли ООН» и «Об укреплении режима Конвенции».",
     .expect = {HAS_DOCUMENT(.type = "decision", .status = "adopted", .title = "О подготовке военных кадров"),
                HAS_DOCUMENT(.type = "decision", .status = "adopted", .title = "О миротворческих силах"),
                HAS_DOCUMENT(.type = "decision", .status = "adopted", .title = "О бюджете организации"),
                HAS_DOCUMENT(.type = "statement", .title = "О роли ООН"),
                HAS_DOCUMENT(.type = "statement", .title = "Об укреплении режима Конвенции")}},
    {.name = "documents: 'A decision on the creation of a Joint Staff is to be prepared for the next session': planned",
     .text = "The CSTO Collective Security Council met in Dushanbe on Monday. A decision on the creation of a Joint "
             "Staff of the CSTO is to be prepared for the next session.",
     .expect = {HAS_DOCUMENT(.type = "decision", .status = "planned", .title = "decision on the creation of a Joint Staff")}},
    {.name = "meetings: 'the Council of the Parliamentary Assembly, made up of the heads of the delegations, met' (aside)",
     .text = "On Wednesday the Council of the CSTO Parliamentary Assembly, made up of the heads of the delegations, met "
             "in Minsk to approve the agenda.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2026-05-13", .city = "Minsk", .status = "held")}},
    {.name = "places: 'Moscow is expected to host the regular session' (host_after a word of the future)",
     .text = "Moscow is expected to host the regular session of the CSTO Collective Security Council in November.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .date = "2026-11", .status = "planned")}},
    {.name = "officials: 'the heads of state of Russia, Kazakhstan and Tajikistan - A, B and C - took part' (titles.tsv)",
     .text = "The CSTO summit took place in Minsk on Thursday. The heads of state of Russia, Kazakhstan and Tajikistan - "
             "Ivan Petrov, Arman Seitkali and Rustam Nazarov - took part in the meeting.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "President", .country = "russia"),
                HAS_OFFICIAL(.id = "arman-seitkali", .title = "President", .country = "kazakhstan"),
                HAS_OFFICIAL(.id = "rustam-nazarov", .title = "President", .country = "tajikistan"),
                PARTICIPANT(.bodies = "CSC", .id = "rustam-nazarov")}},
    {.name = "attendance: 'The summit was preceded by the joint session ... chaired by Foreign Minister X': the session's",
     .text = "The CSTO summit took place in Minsk on 23 November. The summit was preceded by the joint session of the "
             "CSTO Council of Foreign Ministers and Council of Defence Ministers held in Minsk on 22 November and "
             "chaired by Belarusian Foreign Minister Ivan Petrov.",
     .published = "24.11.2026",
     .expect = {PARTICIPANT(.bodies = "CDM+CFM", .id = "ivan-petrov"), NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "meetings: 'the decisions of the session of November 2018 in Astana': a past session of the bodies at hand",
     .text = "The CSTO summit was held in Bishkek on Tuesday. The president recalled that the decisions of the session "
             "of November 2018 in Astana had left the question open.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2018-11", .city = "Astana", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-05-12", .city = "Bishkek"), MEETINGS(2)}},
    {.name = "meetings: 'On August 23, they held an extraordinary session by videoconference': another one",
     .text = "The CSTO summit was held in Dushanbe on Tuesday. On April 23, they held an extraordinary session by "
             "videoconference.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-04-23", .format = "video", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-05-12", .city = "Dushanbe", .format = "in_person"),
                MEETINGS(2)}},
    {.name = "dates: 'will hold its next session in the spring', said in November: next year's (season alt)",
     .text = "The CSTO Parliamentary Assembly met in Minsk on Tuesday. The Assembly will hold its next plenary session "
             "in St Petersburg in the spring.",
     .published = "26.11.2026",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2027", .city = "Saint Petersburg", .status = "planned")}},
    {.name = "status: 'the autumn summit', said in February, is to come (season ahead)",
     .text = "The chairmanship has promised a plan for approval at the autumn summit.",
     .published = "09.02.2026",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026", .status = "planned")}},
    {.name = "dates: 'the session in November, preceded as usual by a joint meeting of the ministers' (preceded_by)",
     .text = "Minsk will host the regular session of the CSTO Collective Security Council in November, preceded as usual "
             "by a joint meeting of foreign ministers and defence ministers.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-11", .status = "planned")}},
    {.name = "dates: «6 января 2022 года, а 10 января на сессии»: that month's year; «Накануне» in a new paragraph: "
             "the day before the report's",
     .text = "Сегодня в Минске состоялась сессия Совета коллективной безопасности ОДКБ. Президент напомнил, что решение "
             "было принято 6 января 2022 года, а 10 января на внеочередной сессии СКБ, прошедшей в формате "
             "видеоконференции, лидеры подвели итоги.\n\nНакануне в Минске прошло заседание Совета министров "
             "иностранных дел ОДКБ, на котором были согласованы проекты итоговых документов саммита.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-01-10", .format = "video", .status = "held"),
                HAS_MEETING(.bodies = "CFM", .date = "2026-05-13", .city = "Minsk", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-05-14", .city = "Minsk"),
                NO_MEETING(.bodies = "CSC", .date = "2026-05-13"), NO_MEETING(.bodies = "CFM", .date = "2022-01-09"),
                MEETINGS(3)}},
    {.name = "dates: a report with no year: 'today' and 'the day before' take no year named in passing",
     .published = "",
     .text = "МИНСК, 23 июня. /ТАСС/. Сессия Совета коллективной безопасности ОДКБ завершилась сегодня в Минске. "
             "Узбекистан прекратил участие в Договоре в 1999 году. \"Организация выросла из Договора о коллективной "
             "безопасности, подписанного в Ташкенте 15 мая 1992 года, сегодня стала механизмом безопасности\", - "
             "заявил президент.\n\nНакануне в Минске "
             "прошло заседание Совета министров иностранных дел ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk", .status = "held"),
                NO_MEETING(.bodies = "CFM", .date = "1999-06-22"), NO_MEETING(.bodies = "CFM", .date = "1992-06-22"),
                NO_MEETING(.bodies = "CSC", .date = "1999-06-23")}},
    {.name = "joint: «на заседаниях Совета министров иностранных дел и Совета министров обороны»: a plural, one each",
     .text = "Армения не будет представлена на заседаниях Совета министров иностранных дел и Совета министров обороны "
             "ОДКБ, запланированных в Астане на 27 ноября.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Astana", .status = "planned"),
                HAS_MEETING(.bodies = "CDM", .city = "Astana", .status = "planned"), NO_MEETING(.bodies = "CDM+CFM")}},
    {.name = "meetings: 'X met the leaders of the Russia-led CSTO in Astana on Thursday' is the summit; 'the leaders of "
             "Armenia and Azerbaijan' are no body's",
     .text = "President Ivan Petrov met the leaders of the Russia-led Collective Security Treaty Organization in Astana on "
             "Thursday. Petrov arrived in Astana on Wednesday for a two-day visit that culminated in the summit. He "
             "met the leaders of Armenia and Azerbaijan in Sochi in April.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-14", .city = "Astana", .status = "held"),
                NO_MEETING(.bodies = "CSC", .date = "2026-05-13"), NO_MEETING(.bodies = "CSC", .city = "Sochi"),
                MEETINGS(1)}},
    {.name = "meetings: 'X met the leaders of the Russia-led CSTO in Astana on Thursday' (lexicon guests_of 'met')",
     .text = "President Ivan Petrov met the leaders of the Russia-led Collective Security Treaty Organization in Astana "
             "on Thursday.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-14", .city = "Astana", .status = "held")}},
    {.name = "dates: a dateline on a line of its own ('November 23, 2026, 16:10, Osh', «23 ноября 2026 года, Ош») "
             "dates the lede's meeting to its day, as an inline dateline does",
     .text = "Vladimir Putin took part in a regular session of the CSTO Collective Security Council.",
     .published = "November 23, 2026, 16:10, Osh",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-23", .city = "Osh"), MEETINGS(1)}},
    {.name = "dates: «23 ноября 2026 года, 16:10, Ош» on a line of its own dates the lede's meeting to its day",
     .text = "Владимир Путин принял участие в очередной сессии Совета коллективной безопасности ОДКБ.",
     .published = "23 ноября 2026 года, 16:10, Ош",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-23", .city = "Osh"), MEETINGS(1)}},
    {.name = "dates: the lede under a dateline with no day ('ASTANA. KAZINFORM - ... took place in Astana', "
             "«АСТАНА. KAZINFORM — В Астане состоялось ...») is of the report's day",
     .text = "ASTANA. KAZINFORM - A meeting of the CSTO Council of Foreign Ministers took place in Astana, the agency's "
             "correspondent reports.",
     .published = "27.11.2026",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-11-27", .city = "Astana"), MEETINGS(1)}},
    {.name = "dates: «АСТАНА. KAZINFORM — В Астане состоялось заседание СМИД» is of the report's day",
     .text = "АСТАНА. KAZINFORM — В Астане состоялось заседание Совета министров иностранных дел ОДКБ, передает "
             "корреспондент агентства.",
     .published = "27.11.2026",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-11-27", .city = "Astana"), MEETINGS(1)}},
    {.name = "dates: a dateline with no day, about a meeting elsewhere ('MOSCOW. KAZINFORM - ... at the "
             "meeting in Yerevan'), held and dated by no sentence: the report's day, a guess as its month was",
     .text = "MOSCOW. KAZINFORM - The CSTO Committee of Secretaries of Security Councils discussed threats at the "
             "meeting in Yerevan, the CSTO press secretary told the agency.",
     .published = "17.06.2026",
     .expect = {HAS_MEETING(.bodies = "CSSC", .date = "2026-06-17", .city = "Yerevan"), MEETINGS(1)}},
    {.name = "attendance: the refusal with the verb first («в саммите участвовать не будет», «участия не примет»)",
     .text = "Завтра в Астане пройдет сессия Совета коллективной безопасности ОДКБ. Премьер-министр Армении Никол "
             "Пашинян в саммите участвовать не будет. Президент Киргизии Садыр Жапаров участия не примет, сообщила его пресс-служба.",
     .expect = {NOT_PARTICIPANT(.id = "nikol-pasinan"), NOT_PARTICIPANT(.id = "sadyr-zaparov"),
                HAS_OFFICIAL(.name = "Никол Пашинян"), HAS_OFFICIAL(.name = "Садыр Жапаров")}},
    {.name = "meetings: the leaders or ministers of some countries who met ('the leaders of Russia and Belarus met', "
             "«министры иностранных дел России и Белоруссии встретились») hold no meeting of the bloc",
     .text = "The leaders of Russia and Belarus met in Moscow on Tuesday. The foreign ministers of Armenia, Belarus, "
             "Kazakhstan, Kyrgyzstan and Russia met in Minsk on Monday. Министры иностранных дел России и Белоруссии "
             "встретились в Минске в среду.",
     .expect = {MEETINGS(0)}},
    {.name = "meetings: the leaders of every member state ('Meeting in Dushanbe on Tuesday, the leaders of Armenia, "
             "Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan signed') are the bloc's heads of state",
     .text = "Meeting in Dushanbe on Tuesday, the leaders of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and "
             "Tajikistan signed a decision establishing a Joint Staff.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-12", .city = "Dushanbe"), MEETINGS(1)}},
    {.name = "dates: 'this fall, on the eve of the session of the CSC scheduled for November 28': the date is the "
             "session's (no comma before 'scheduled' needed), and the eve dates the meeting named first within its fall",
     .text = "The next meeting of the CSTO Council of Foreign Ministers will take place in Astana this fall, on the eve "
             "of the session of the Collective Security Council scheduled for November 28.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-11-27", .city = "Astana"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-11-28"), MEETINGS(2)}},
    {.name = "dates: «осенью, накануне сессии СКБ, запланированной на 28 ноября»: the day before the session",
     .text = "Следующее заседание СМИД ОДКБ пройдет в Астане осенью, накануне сессии Совета коллективной "
             "безопасности, запланированной на 28 ноября.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-11-27", .city = "Astana"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-11-28"), MEETINGS(2)}},
    {.name = "attendance: a meeting whose decisions are cited ('to implement the decisions of the Minsk session') "
             "does not become 'the meeting' the report goes on about",
     .text = "The CSTO Council of Foreign Ministers met in Almaty on Friday under the chairmanship of Kazakh Foreign "
             "Minister Murat Nurtleu. The documents will serve to implement the decisions of the Minsk session of the "
             "Collective Security Council held in November 2025, the ministry said. On the sidelines of the meeting, "
             "Murat Nurtleu held talks with Russian Foreign Minister Sergey Lavrov.",
     .published = "15.05.2026",
     .expect = {PARTICIPANT(.bodies = "CFM", .id = "sergey-lavrov"), NOT_PARTICIPANT(.bodies = "CSC", .id = "sergey-lavrov")}},
    {.name = "attendance: nor one of a time before the story's ('had already been approved at the meeting of the CSSC', "
             "«ранее были одобрены на заседании КССБ»)",
     .text = "The CSTO Council of Foreign Ministers met in Almaty on Friday under the chairmanship of Kazakh Foreign "
             "Minister Murat Nurtleu. Some of the drafts had already been approved at the meeting of the Committee of "
             "Secretaries of the Security Councils held in Almaty on May 6, he added. On the sidelines of the meeting, "
             "Murat Nurtleu held talks with Russian Foreign Minister Sergey Lavrov.",
     .published = "15.05.2026",
     .expect = {PARTICIPANT(.bodies = "CFM", .id = "sergey-lavrov"), NOT_PARTICIPANT(.bodies = "CSSC", .id = "sergey-lavrov")}},
    {.name = "dates: a clause set off by commas right after the people ('The CSTO foreign ministers, who met in Moscow on "
             "Tuesday, agreed ...') dates their meeting",
     .text = "The CSTO foreign ministers, who met in Moscow on Tuesday, agreed the text of the declaration.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-12", .city = "Moscow"), MEETINGS(1)}},
    {.name = "meetings: a summit of the people of another organisation ('At a summit in Dushanbe last week, leaders of "
             "the Shanghai Cooperation Organization backed ...', «главы государств ШОС») is no CSC session; a summit "
             "of the CIS named beside the bloc's own leaves that one",
     .text = "At a summit in Dushanbe last week, leaders of the Shanghai Cooperation Organization also backed Russia's "
             "role. На саммите в Бишкеке главы государств ШОС также поддержали Россию. The decision was taken at a "
             "summit in Moscow in May 2002, and the Charter was signed on the sidelines of a summit of the "
             "Commonwealth of Independent States.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2002-05", .city = "Moscow"), MEETINGS(1)}},
    {.name = "meetings: 'the defence ministers took part in a joint session with the CFM and the CSSC, which finalised "
             "the documents for the heads of state': one joint meeting of the three, none of the heads of state",
     .text = "The CSTO Council of Defence Ministers met in Minsk on 22 November. Later the same day, the defence "
             "ministers took part in a joint session with the CSTO Council of Foreign Ministers and the Committee of "
             "Secretaries of Security Councils, which finalised the documents for the heads of state.",
     .published = "23.11.2026",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2026-11-22", .city = "Minsk"),
                HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2026-11-22"), MEETINGS(2)}},
    {.name = "attendance: 'X had not been expected to attend', 'was not expected to take part': no participant",
     .text = "The CSTO Council of Defence Ministers met in Minsk on Tuesday, hosted by Belarusian Minister of Defence "
             "Viktor Khrenin. Armenian Defence Minister Suren Papikyan had not been expected to attend.",
     .expect = {PARTICIPANT(.bodies = "CDM", .id = "viktor-khrenin"), NOT_PARTICIPANT(.bodies = "CDM", .id = "suren-papikyan")}},
    {.name = "documents: «подписан пакет документов. В их числе – ..., решение о ..., а также решения о ... и о ...»: "
             "every item of the list the package opens",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла в Минске во вторник. По итогам заседания подписан "
             "пакет документов. В их числе – Декларация Совета коллективной безопасности, решение о мерах по развитию "
             "системы кризисного реагирования, а также решения о бюджете Организации на 2027 год и о председательстве "
             "в ОДКБ.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .title = "Декларация Совета коллективной безопасности"),
                HAS_DOCUMENT(.type = "decision", .title = "решение о мерах по развитию системы кризисного реагирования"),
                HAS_DOCUMENT(.type = "decision", .title = "решения о бюджете Организации на 2027 год"),
                HAS_DOCUMENT(.type = "decision", .title = "решения о председательстве в ОДКБ")}},
    {.name = "documents: «Совет принял решения о A, о B и о C» lists decisions (not «приняли решение о проведении», "
             "the act of deciding)",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла в Ереване во вторник. Совет принял решения о "
             "назначении Генерального секретаря, о бюджете Организации на 2027 год и о председательстве в Организации. "
             "Лидеры приняли решение о проведении следующей сессии в Минске.",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "решения о назначении Генерального секретаря"),
                HAS_DOCUMENT(.type = "decision", .title = "решения о бюджете Организации на 2027 год"),
                HAS_DOCUMENT(.type = "decision", .title = "решения о председательстве в Организации"),
                NO_DOCUMENT(.title = "решение о проведении следующей сессии в Минске")}},
    {.name = "documents: a list in bullets on the lines after a colon ('The Council adopted decisions:' then '- on A;' "
             "line by line, «принял решения:» then «– о A;») is the keyword's",
     .text = "The CSTO Collective Security Council met in Yerevan on Tuesday. The Council adopted decisions:\n"
             "- on the appointment of the Secretary General;\n- on the budget of the Organization for 2027;\n"
             "- on the chairmanship of the Organization.\n\nСовет также принял заявления:\n\n– о ситуации в "
             "Афганистане;\n– о противодействии терроризму.",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "decision on the appointment of the Secretary General"),
                HAS_DOCUMENT(.type = "decision", .title = "decision on the budget of the Organization for 2027"),
                HAS_DOCUMENT(.type = "decision", .title = "decision on the chairmanship of the Organization"),
                HAS_DOCUMENT(.type = "statement", .title = "заявления о ситуации в Афганистане"),
                HAS_DOCUMENT(.type = "statement", .title = "заявления о противодействии терроризму")}},
    {.name = "places: 'here' is the city named before it in the sentence («Минск уже принимал ...: в мае здесь "
             "собирался Совет министров обороны ОДКБ»; «собирался» a meeting verb)",
     .text = "Минск уже принимал в этом году мероприятия Организации: в марте здесь собирался Совет министров обороны "
             "ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2026-03", .city = "Minsk", .status = "held"), MEETINGS(1)}},
    {.name = "officials: «пресс-секретарь армянского премьера Назели Багдасарян»: the press secretary of the "
             "premier, not a premier",
     .text = "Об этом сообщила пресс-секретарь армянского премьера Назели Багдасарян.",
     .expect = {HAS_OFFICIAL(.name = "Назели Багдасарян", .title = "Press Secretary", .country = "armenia")}},
    {.name = "attendance: one who says he himself will take part ('X said he will take part in the summit', «заявил, "
             "что примет участие») attends; a spokesman announcing does not",
     .text = "The CSTO summit will be held in Minsk on Thursday. Russian President Vladimir Putin said he will take part "
             "in the summit. Президент Казахстана Касым-Жомарт Токаев заявил, что примет участие в саммите. Kremlin "
             "spokesman Dmitry Peskov said the leaders will discuss security.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "vladimir-putin"), PARTICIPANT(.bodies = "CSC", .id = "kasym-zomart-tokaev"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "dmitry-peskov")}},
    {.name = "meetings: a body's meeting held 'as part of a joint session' of it and others («в рамках совместного "
             "заседания») is the joint one, dated and placed where the first is",
     .text = "The next meeting of the CSTO Council of Defence Ministers will take place in Minsk in November as part of a "
             "joint session of the Council of Foreign Ministers, the Council of Defence Ministers and the Committee of "
             "Secretaries of Security Councils. Следующее заседание Совета министров обороны ОДКБ состоится в ноябре в "
             "Бишкеке в рамках совместного заседания Совета министров иностранных дел и Совета министров обороны.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2026-11", .city = "Minsk", .status = "planned"),
                HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-11", .city = "Bishkek", .status = "planned"), MEETINGS(2)}},
    {.name = "dates: a month gone by in a report of May, said of a meeting to come ('will meet in Bishkek in March', "
             "«пройдет в марте»), is next year's; said of one held, this year's",
     .text = "The CSTO Council of Defence Ministers will meet in Bishkek in March. Заседание Совета министров иностранных "
             "дел ОДКБ пройдет в Минске в феврале. The Committee of Secretaries of Security Councils met in Osh in April. "
             "The summit will be the first meeting of the leaders since the Collective Security Council session in "
             "Moscow in January.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2027-03", .status = "planned"),
                HAS_MEETING(.bodies = "CFM", .date = "2027-02", .status = "planned"),
                HAS_MEETING(.bodies = "CSSC", .date = "2026-04", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-01", .city = "Moscow", .status = "held")}},
    {.name = "meetings: the Russian verb before a list of the people («на совместное заседание соберутся министры "
             "иностранных дел, министры обороны и секретари советов безопасности»): their joint meeting",
     .text = "В пятницу на совместное заседание в Бишкеке соберутся министры иностранных дел, министры обороны и "
             "секретари советов безопасности государств – членов ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2026-05-15", .status = "planned"), MEETINGS(1)}},
    {.name = "meetings: a bare 'session in CITY' dated by the sentence's own date, elsewhere than the meeting named "
             "before ('In November 2025, he did not come to the session in Minsk' after the summit in Yerevan; «на "
             "сессию в Минск»), is another meeting of its bodies",
     .text = "In November 2024, at the CSTO summit in Yerevan, the Armenian premier refused to sign the declaration. A "
             "year later, in November 2025, he did not come to the session in Minsk. Через год, в ноябре 2026 года, "
             "он не приехал на сессию в Бишкек.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2024-11", .city = "Yerevan"),
                HAS_MEETING(.bodies = "CSC", .date = "2025-11", .city = "Minsk"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-11", .city = "Bishkek"), MEETINGS(3)}},
    {.name = "attendance, dates: «не сможет принять участие в заседании СКБ 23 мая в Минске»: a refusal, "
             "and a session to come (the infinitives «принять», «участвовать» share no stem with the past «принял», "
             "«участвовал»: lexicon exact_form)",
     .text = "Премьер-министр Армении Никол Пашинян не сможет принять участие в заседании Совета коллективной "
             "безопасности ОДКБ 23 мая в Минске. Президент Казахстана Касым-Жомарт Токаев сможет "
             "участвовать в заседании Совета министров обороны ОДКБ 25 мая в Бишкеке.",
     .published = "20.05.2026",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-23", .city = "Minsk", .status = "planned"),
                HAS_MEETING(.bodies = "CDM", .date = "2026-05-25", .city = "Bishkek", .status = "planned"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "nikol-pasinan")}},
    {.name = "documents: a title ends before «планируется принять» («Протокол о восстановлении членства Узбекистана "
             "планируется принять после ...»; lexicon doc_stop)",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла в Минске. Протокол о восстановлении членства "
             "Узбекистана планируется принять после завершения процедур.",
     .expect = {HAS_DOCUMENT(.type = "protocol", .title = "Протокол о восстановлении членства Узбекистана", .status = "planned"),
                NO_DOCUMENT(.title = "Узбекистана планируется"), NO_DOCUMENT(.title = "принять")}},
    {.name = "attendance: a president who received the participants of the defence ministers' meeting is its host, not "
             "one of them ('X received the participants of the meeting', «Глав делегаций принял Президент»); a body named "
             "in an aside about him ('X, who chairs the Collective Security Council this year,') holds no meeting",
     .text = "The CSTO Council of Defence Ministers met in Bishkek on Tuesday. Later in the day, Kyrgyz President Sadyr "
             "Japarov, who chairs the CSTO's Collective Security Council this year, received the participants of the "
             "meeting. В среду в Душанбе состоялось заседание Комитета секретарей советов безопасности ОДКБ. Глав "
             "делегаций принял Президент Таджикистана Эмомали Рахмон.",
     .expect = {NOT_PARTICIPANT(.bodies = "CDM", .id = "sadyr-japarov"), NOT_PARTICIPANT(.bodies = "CSSC", .id = "emomali-rahmon"),
                NO_MEETING(.bodies = "CSC"), MEETINGS(2)}},
    {.name = "attendance (guard): a president who received the heads of delegations of the heads of state's summit took "
             "part in it",
     .text = "The CSTO summit took place in Minsk on Tuesday. President of Belarus Alexander Lukashenko received the heads "
             "of delegations.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "alexander-lukashenko")}},
    {.name = "places: a report from its dateline about a meeting held elsewhere ('ASTANA - X took part in the session in "
             "Minsk on Nov. 23 ... A day earlier, the ministers took part in the joint session') gives the dateline's city "
             "to no meeting of those days",
     .text = "ASTANA - Kazakh President Kassym-Jomart Tokayev took part in the session of the CSTO Collective Security "
             "Council in Minsk on Nov. 23. A day earlier, Kazakh Foreign Minister Murat Nurtleu took part in the joint "
             "session of the CSTO Council of Foreign Ministers and Council of Defense Ministers.",
     .published = "24.11.2026",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-23", .city = "Minsk"),
                HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-11-22", .city = ""), MEETINGS(2)}},
    {.name = "documents: 'marking 30 years since the treaty was signed' names a point in time, no document of the "
             "summit",
     .text = "The anniversary summit in Moscow in May, marking 30 years since the treaty was signed, was presented as a "
             "show of unity.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow"), NO_DOCUMENT(.type = "agreement")}},
    {.name = "attendance (guard): «Днем ранее ... прошло совместное заседание ... Российскую делегацию на нем "
             "представляли ...»: a day earlier is no time before the story's; the joint session is the one named last",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла в Астане в четверг. Днем ранее, в среду, в "
             "казахстанской столице прошло совместное заседание Совета министров иностранных дел и Совета министров "
             "обороны ОДКБ. Российскую делегацию на нем представляли министр иностранных дел Сергей Лавров и министр "
             "обороны Андрей Белоусов.",
     .published = "15.05.2026",
     .expect = {PARTICIPANT(.bodies = "CDM+CFM", .id = "sergej-lavrov"), NOT_PARTICIPANT(.bodies = "CSC", .id = "sergej-lavrov")}},
    {.name = "dates: 'a day earlier' counts from the event named before, not from when something was said ('Putin on "
             "Thursday joined the summit ... Peskov said on Tuesday ... A day earlier, the ministers met': Wednesday); "
             "'the CFM and its Committee of Security Council Secretaries' is one list of bodies",
     .text = "President Vladimir Putin on Thursday joined the leaders of the CSTO in Minsk for a summit. Kremlin spokesman "
             "Dmitry Peskov said on Tuesday that Moscow regretted Armenia's absence. A day earlier, Foreign Minister Sergei "
             "Lavrov took part in a joint session of the CSTO Council of Foreign Ministers and its Committee of Security "
             "Council Secretaries in Minsk.",
     .published = "15.05.2026",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-14", .city = "Minsk"),
                HAS_MEETING(.bodies = "CFM+CSSC", .date = "2026-05-13", .city = "Minsk"), MEETINGS(2)}},
    {.name = "dates: 'the same evening' in a new paragraph names the day long past named before ('On September 13, 2022, "
             "Azerbaijan attacked ...' then 'The Council held an extraordinary online session the same evening'), not "
             "the report's",
     .text = "On September 13, 2022, Azerbaijani forces launched an assault on Armenia.\n\nThe CSTO's Collective "
             "Security Council held an extraordinary online session the same evening, chaired by Pashinyan.",
     .published = "26.02.2024",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-09-13", .format = "video"), MEETINGS(1)}},
    {.name = "attendance: signers of a trilateral statement ('The trilateral statement was signed by Putin, Pashinyan and "
             "Azerbaijani President Ilham Aliyev') did not take part in the summit for that; 'no Armenian delegation "
             "would travel' tells who stays away, 'have not said whether X will be represented' of no one taking part",
     .text = "The CSTO leaders met by video link on Wednesday. The trilateral statement was signed by Russian President "
             "Vladimir Putin, Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev. The CSTO "
             "Parliamentary Assembly met in St Petersburg on Monday. Andranik Kocharyan, chairman of the Armenian "
             "parliament's defence committee, confirmed that no Armenian delegation would travel to Russia. The next "
             "summit is scheduled for November in Astana. Armenian officials have not said whether Prime Minister Nikol "
             "Pashinyan will be represented there.",
     .expect = {NOT_PARTICIPANT(.bodies = "CSC", .id = "ilham-aliyev"), NOT_PARTICIPANT(.bodies = "PA", .id = "andranik-kocharyan"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "nikol-pashinyan")}},
    {.name = "documents: bullets after «Среди них:» ('Among them:') are whole titles, each of the documents the sentence "
             "before counted, in its tense («решение о Плане ...» a decision, not the plan it names)",
     .text = "Сессия Совета коллективной безопасности ОДКБ пройдет в Бишкеке в четверг. По итогам саммита планируется "
             "подписать около 15 документов. Среди них:\n\n- Декларация Совета коллективной безопасности ОДКБ;\n- "
             "решение о назначении Генерального секретаря ОДКБ;\n- решение о Плане мероприятий по реализации Стратегии "
             "коллективной безопасности ОДКБ на 2027–2030 годы.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "planned", .title = "Декларация Совета коллективной безопасности ОДКБ"),
                HAS_DOCUMENT(.type = "decision", .status = "planned", .title = "решение о назначении Генерального секретаря ОДКБ"),
                HAS_DOCUMENT(.type = "decision", .status = "planned", .title = "решение о Плане мероприятий"),
                NO_DOCUMENT(.type = "plan")}},
    {.name = "officials: a woman's name after «глава» or a prefix in the nominative is as written («глава временного "
             "правительства Киргизии Роза Отунбаева», «заместитель Председателя Государственной Думы Ирина Яровая»); "
             "after a title in the genitive it is turned to the nominative («главы МИД России Сергея Лаврова»)",
     .text = "В субботу глава временного правительства Киргизии Роза Отунбаева обратилась к ОДКБ. В состав делегации "
             "вошли заместитель Председателя Государственной Думы Ирина Яровая и председатель комитета Андрей Картаполов. "
             "Встреча прошла с участием главы МИД России Сергея Лаврова.",
     .expect = {HAS_OFFICIAL(.name = "Роза Отунбаева"), HAS_OFFICIAL(.name = "Ирина Яровая"),
                HAS_OFFICIAL(.name = "Сергей Лавров")}},
    {.name = "dates: what a speaker says of the future is no tense of the session he spoke at («Токаев на сессии СКБ "
             "заявил, что миссия будет завершена»), and a sentence that opens with the session dates it («Сессия прошла "
             "в понедельник, 11 мая», 'The session took place on Monday, May 11')",
     .text = "Президент Казахстана Касым-Жомарт Токаев на внеочередной сессии Совета коллективной безопасности ОДКБ "
             "заявил, что миссия будет вскоре завершена. Сессия прошла в понедельник, 11 мая, в формате "
             "видеоконференции.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-11", .status = "held", .format = "video"), MEETINGS(1)}},
    {.name = "dates: 'Tokayev told the extraordinary session of the Council that the mission will soon end. The session "
             "took place on Monday, May 11'",
     .text = "Kazakh President Kassym-Jomart Tokayev told the extraordinary session of the CSTO Collective Security Council "
             "that the mission will soon end. The session took place on Monday, May 11, by video link.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-11", .status = "held", .format = "video"), MEETINGS(1)}},
    {.name = "officials: «председатель Комитета Государственной Думы по обороне Андрей Картаполов» (a feminine "
             "adjective in the genitive chain), «ответственный секретарь ПА ОДКБ Сергей Поспелов» (titles.tsv)",
     .text = "В работе приняли участие председатель Комитета Государственной Думы по обороне Андрей Картаполов, а также "
             "ответственный секретарь ПА ОДКБ Сергей Поспелов.",
     .expect = {HAS_OFFICIAL(.name = "Андрей Картаполов", .title = "Chairman"),
                HAS_OFFICIAL(.name = "Сергей Поспелов", .title = "Executive Secretary")}},
    {.name = "dates: «при подготовке к сессии СКБ, которая пройдет в ноябре в Ереване»: the relative clause dates the "
             "session named as a point of reference («в» before its date, as 'in')",
     .text = "Решения будут учтены при подготовке к сессии Совета коллективной безопасности ОДКБ, которая пройдет в "
             "ноябре в Ереване.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11", .city = "Yerevan", .status = "planned"), MEETINGS(1)}},
    {.name = "meetings: 'has since skipped the meetings of the Council of Foreign Ministers' names sessions in general, "
             "no meeting; «пропустил саммит» is a refusal",
     .text = "Armenian Foreign Minister Ararat Mirzoyan has since skipped the meetings of the CSTO Council of Foreign "
             "Ministers. Премьер-министр Армении Никол Пашинян пропустил саммит ОДКБ в Минске в четверг.",
     .expect = {NO_MEETING(.bodies = "CFM"), HAS_MEETING(.bodies = "CSC", .city = "Minsk"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "nikol-pasinan")}},
    {.name = "dates: a date in what was said after the mention ('X told reporters on the sidelines of the summit that "
             "exercises would be held in October') is not the summit's",
     .text = "The CSTO Collective Security Council met in Dushanbe on Thursday. CSTO Secretary-General Stanislav Zas told "
             "reporters on the sidelines of the summit that joint military exercises would be held in Tajikistan in "
             "October.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-14", .city = "Dushanbe"), MEETINGS(1)}},
    {.name = "meetings: one body named twice ('Council (CSC)') before a bare noun is still the one body («Пашинян, "
             "председательствующий в Совете коллективной безопасности (СКБ) ОДКБ, отказался подписать декларацию "
             "сессии, которая прошла в среду в Ереване»)",
     .text = "Премьер-министр Армении Никол Пашинян, председательствующий в Совете коллективной безопасности (СКБ) ОДКБ, "
             "отказался подписать итоговую декларацию сессии, которая прошла в среду в Ереване.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-13", .city = "Yerevan", .status = "held"), MEETINGS(1)}},
    {.name = "dates: «накануне сессии СКБ, которая состоится там же 28 ноября»: «там же» between the verb and the "
             "date; the meeting «в ноябре» keeps its month («накануне» is also 'shortly before')",
     .text = "Следующее заседание СМИД ОДКБ решено провести в ноябре в Астане, накануне сессии Совета коллективной "
             "безопасности, которая состоится там же 28 ноября.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-11", .city = "Astana"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-11-28", .city = "Astana"), MEETINGS(2)}},
    {.name = "format: one leader who 'joined via video link' does not turn a summit placed in a city before to video "
             "('Leaders met in Dushanbe on Thursday. The session was attended by A and B, while Putin joined via video "
             "link')",
     .text = "Leaders of the CSTO member states met in Dushanbe on Thursday. The session of the CSTO Collective Security "
             "Council was attended by Armenian Prime Minister Nikol Pashinyan and Belarusian President Alexander "
             "Lukashenko, while Russian President Vladimir Putin joined via video link.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-14", .city = "Dushanbe", .format = "in_person"), MEETINGS(1)}},
    {.name = "attendance: «Ереван ожидает от союзников» (expects) is no «ожидаются» (are expected: lexicon attend, "
             "exact_form)",
     .published = "21.11.2026",
     .text = "Последняя сессия СКБ прошла 16 мая в Москве. Секретарь Совета безопасности Армении Иван Орлов ранее "
             "заявил, что Ереван ожидает от союзников четкой оценки.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-16"), NOT_PARTICIPANT(.date = "2026-05-16", .id = "ivan-orlov")}},
    {.name = "attendance: «в работе сессии примут участие» after the ministers' meeting: «сессия» alone is the summit's "
             "(lexicon csc_session)",
     .published = "21.11.2026",
     .text = "Сессия СКБ ОДКБ пройдет в Ереване 23 ноября. 22 ноября состоится заседание Совета министров иностранных дел "
             "ОДКБ. Ожидается, что в работе сессии примут участие президент Беларуси Иван Орлов и президент Казахстана "
             "Олег Сидоров.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov"),
                NOT_PARTICIPANT(.bodies = "CFM", .id = "ivan-orlov")}},
    {.name = "documents: «лидеры подпишут Декларацию», «предстоит рассмотреть Стратегию», «утвердят программу» are to come "
             "(lexicon doc_future; «утвердят» matched as written: its stem is «утвердили»'s)",
     .published = "21.11.2026",
     .text = "Сессия СКБ пройдет в Ереване 23 ноября. По итогам саммита лидеры подпишут Декларацию Ереванской сессии. "
             "Лидерам предстоит рассмотреть Стратегию коллективной безопасности ОДКБ. Президенты также утвердят "
             "Программу военно-технического сотрудничества. Министры утвердили План мероприятий.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "planned", .title = "Декларация Ереванской сессии"),
                HAS_DOCUMENT(.status = "planned", .title = "Стратегия коллективной безопасности"),
                HAS_DOCUMENT(.type = "program", .status = "planned", .title = "военно-технического сотрудничества"),
                HAS_DOCUMENT(.type = "plan", .status = "adopted", .title = "План мероприятий")}},
    {.name = "officials: «участвовали президенты России, Армении, Белоруссии, Казахстана, Киргизии и Таджикистана – A, B, "
             "C, D, E и F»: each the president of his country, in order",
     .published = "15.05.2026",
     .text = "Вчера в Москве прошла сессия Совета коллективной безопасности. В заседании участвовали президенты России, "
             "Армении, Белоруссии, Казахстана, Киргизии и Таджикистана – Иван Орлов, Олег Сидоров, Петр Козлов, Павел "
             "Волков, Семен Лебедев и Андрей Новиков.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "President", .country = "russia"),
                HAS_OFFICIAL(.id = "pavel-volkov", .title = "President", .country = "kazakhstan"),
                HAS_OFFICIAL(.id = "andrej-novikov", .title = "President", .country = "tajikistan"),
                PARTICIPANT(.bodies = "CSC", .id = "andrej-novikov")}},
    {.name = "officials: «После саммита X и Y провели встречу»: «после» (after) is no «посол» (ambassador), though "
             "Snowball stems them alike (lexicon exact_form)",
     .published = "15.05.2026",
     .text = "Вчера в Москве прошла сессия СКБ ОДКБ с участием президента России Ивана Орлова и президента Белоруссии "
             "Олега Сидорова. После саммита Олег Сидоров и Иван Орлов провели короткую встречу.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "President", .country = "russia"),
                NO_OFFICIAL(.id = "ivan-orlov", .title = "Ambassador"), NO_OFFICIAL(.id = "oleg-sidorov", .title = "Ambassador")}},
    {.name = "documents: 'adopted the Statement ..., which confirms that the forces will return': what it says is no plan "
             "of it; 'said that the leaders will sign a declaration' is",
     .published = "11.01.2026",
     .text = "The CSTO leaders met by video on Monday. The leaders adopted the Statement of the Collective Security Council, "
             "which confirms that the peacekeeping forces will return home. An aide said that the leaders will sign a "
             "declaration on the Afghan border next month.",
     .expect = {HAS_DOCUMENT(.type = "statement", .status = "adopted", .title = "Statement of the Collective Security Council"),
                HAS_DOCUMENT(.type = "declaration", .status = "planned", .title = "declaration on the Afghan border")}},
    {.name = "officials: 'the presidents of Kazakhstan, A, Kyrgyzstan, B, and Tajikistan, C' (no 'of' before the later "
             "countries): each the president of his country",
     .published = "23.11.2026",
     .text = "Ivan Orlov joined the presidents of Kazakhstan, Oleg Sidorov, Kyrgyzstan, Pavel Volkov, and Tajikistan, Semyon "
             "Lebedev, for the meeting of the CSTO Collective Security Council in Minsk.",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov", .title = "President", .country = "kazakhstan"),
                HAS_OFFICIAL(.id = "pavel-volkov", .title = "President", .country = "kyrgyzstan"),
                HAS_OFFICIAL(.id = "semyon-lebedev", .title = "President", .country = "tajikistan"),
                PARTICIPANT(.bodies = "CSC", .id = "semyon-lebedev")}},
    {.name = "attendance: 'Armenia stayed away from a meeting ..., which was chaired by X and attended by Y': the absence is "
             "Armenia's, X and Y took part",
     .published = "23.11.2026",
     .text = "On Wednesday, Armenia also stayed away from a meeting of CSTO foreign ministers in Minsk, which was chaired by "
             "Belarusian Foreign Minister Ivan Orlov and attended by Russia's Oleg Sidorov.",
     .expect = {PARTICIPANT(.bodies = "CFM", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CFM", .id = "oleg-sidorov")}},
    {.name = "attendance: «Армения пропустила сессию, которая прошла в Минске: премьер-министр X отказался от поездки»: "
             "the colon ends the relative clause, X is of the absence",
     .published = "28.11.2026",
     .text = "Армения также пропустила сессию Совета коллективной безопасности ОДКБ, которая прошла 23 ноября в Минске: "
             "премьер-министр Армении Иван Орлов отказался от поездки в белорусскую столицу.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-23"), NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov")}},
    {.name = "attendance: 'The CSTO Parliamentary Assembly is chaired by X' says who holds its chair, not who chaired a "
             "session",
     .published = "10.04.2026",
     .text = "The CSTO Parliamentary Assembly will hold a plenary session in Minsk on April 18. The CSTO Parliamentary "
             "Assembly is chaired by the Speaker of the Russian State Duma, Ivan Orlov.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2026-04-18"), NOT_PARTICIPANT(.bodies = "PA", .id = "ivan-orlov")}},
    {.name = "attendance: 'X will take part in the SCO events via video link': another organisation's event",
     .published = "14.09.2026",
     .text = "The CSTO summit will be held in Dushanbe on Thursday. Chinese President Ivan Orlov will take part in the SCO "
             "events via video link.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-09-17"), NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov")}},
    {.name = "officials: «командующий Воздушно-десантными войсками России»: a capital glued by a hyphen to a word in "
             "lower case is no name",
     .published = "10.01.2026",
     .text = "Миротворческими силами командует генерал-полковник Иван Орлов, командующий Воздушно-десантными войсками "
             "России.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov"), NO_OFFICIAL(.name = "Воздушно")}},
    {.name = "status: «обсудили подготовку к осеннему саммиту» is of a summit to come (lexicon planned_mod, as 'preparations "
             "for')",
     .published = "15.06.2026",
     .text = "ДУШАНБЕ, 15 июн — Вестник. Заседание СМИД ОДКБ прошло во вторник в Душанбе. Стороны обсудили двустороннее "
             "сотрудничество и подготовку к осеннему саммиту ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NO_MEETING(.bodies = "CSC", .status = "held")}},
    {.name = "places: «Минск в последний раз принимал саммит ОДКБ 30 ноября 2017 года»: the city that hosted (lexicon host, "
             "with up to three words between in Russian)",
     .published = "15.11.2026",
     .text = "Минск в последний раз принимал саммит ОДКБ 30 ноября 2017 года. Премьер-министр Армении Иван Орлов не "
             "принял участия в саммите.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2017-11-30", .city = "Minsk"), NOT_PARTICIPANT(.id = "ivan-orlov")}},
    {.name = "documents: 'expected to sign a final declaration ... the final declaration had been adopted': adopted beats "
             "planned in one report as across reports",
     .published = "29.11.2026",
     .text = "The CSTO summit took place in Astana on Thursday. An aide told reporters on Wednesday that the leaders were "
             "expected to sign a final declaration. After the summit, the Kremlin said the final declaration had been "
             "adopted.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "adopted", .title = "final declaration"),
                NO_DOCUMENT(.type = "declaration", .status = "planned")}},
    {.name = "documents: 'work on the programme to strengthen the border, which is expected to be submitted for approval': "
             "the relative clause right after a document tells of it (lexicon doc_future 'for approval')",
     .published = "17.09.2026",
     .text = "The CSTO summit took place in Dushanbe on Thursday. The president urged partners to speed up work on the "
             "targeted interstate programme to strengthen the Tajik-Afghan border, which is expected to be submitted for "
             "approval at the next session.",
     .expect = {HAS_DOCUMENT(.type = "program", .status = "planned", .title = "programme to strengthen the Tajik-Afghan border")}},
    {.name = "dates: «План консультаций на 2024–2025 годы» names a period: in a report with no date, «в июне» after it is "
             "not June 2025",
     .published = "",
     .text = "Постоянный совет одобрил проект Плана консультаций на 2024–2025 годы. Также были рассмотрены вопросы "
             "подготовки заседания Совета министров иностранных дел ОДКБ, которое запланировано на июнь в Алматы.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Almaty"), NO_MEETING(.bodies = "CFM", .date = "2025-06")}},
    {.name = "officials: 'Kremlin spokesman X', 'Moscow's envoy Y': a city before a title gives its country (the Kremlin is "
             "Moscow's, cities.tsv)",
     .published = "15.05.2026",
     .text = "The CSTO summit was held in Moscow on Friday. Kremlin spokesman Ivan Orlov told journalists that the leaders "
             "agreed. Moscow's ambassador Oleg Sidorov attended the session.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Spokesman", .country = "russia"),
                HAS_OFFICIAL(.id = "oleg-sidorov", .title = "Ambassador", .country = "russia")}},
    {.name = "officials: «пресс-секретарь премьер-министра Назели Саркисян»: the name begins at two capitals, the second in "
             "the nominative, though the first ends as a genitive; she is no Prime Minister",
     .published = "21.11.2026",
     .text = "Об этом в понедельник сообщила пресс-секретарь премьер-министра Назели Саркисян.",
     .expect = {HAS_OFFICIAL(.id = "nazeli-sarkisan", .title = "Press Secretary"),
                NO_OFFICIAL(.id = "nazeli-sarkisan", .title = "Prime Minister")}},
    {.name = "officials: «участвовали A и B, а с белорусской стороны — глава МИД C и министр обороны D»: C and D are "
             "Belarus's (lexicon side), A and B named before it are not",
     .published = "21.11.2026",
     .text = "В заседании СМИД ОДКБ в Минске участвовали Иван Орлов и Олег Сидоров, а с белорусской стороны — глава МИД "
             "Петр Козлов и министр обороны Павел Волков.",
     .expect = {HAS_OFFICIAL(.id = "petr-kozlov", .country = "belarus"), HAS_OFFICIAL(.id = "pavel-volkov", .country = "belarus"),
                NO_OFFICIAL(.id = "ivan-orlov", .country = "belarus")}},
    {.name = "officials: 'The Armenian delegation was headed by Defence Minister A, and the Kazakh delegation by Defence "
             "Minister B': each his delegation's country",
     .published = "21.11.2026",
     .text = "The CSTO defence ministers met in Moscow on Thursday. The Armenian delegation was headed by Defence Minister "
             "Ivan Orlov, and the Kazakh delegation by Defence Minister Oleg Sidorov.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .country = "armenia"), HAS_OFFICIAL(.id = "oleg-sidorov", .country = "kazakhstan")}},
    {.name = "officials: 'Neither President of Belarus A nor Foreign Minister B and Defence Minister C': one list, one country",
     .published = "21.11.2026",
     .text = "Neither President of Belarus Ivan Orlov nor Foreign Minister Oleg Sidorov and Defence Minister Pavel Volkov "
             "will take part in the CSTO summit in Moscow on Friday.",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov", .country = "belarus"), HAS_OFFICIAL(.id = "pavel-volkov", .country = "belarus")}},
    {.name = "documents: 'recommendations on the harmonisation of legislation', «рекомендации по сближению законодательства», "
             "'a memorandum of understanding' are documents of type other (doctypes.tsv)",
     .published = "21.11.2026",
     .text = "The CSTO Parliamentary Assembly met in Moscow on Thursday. It adopted recommendations on the harmonisation of "
             "national legislation in the field of biological safety and signed a memorandum of understanding with the "
             "CIS Interparliamentary Assembly. Ассамблея также приняла рекомендации по сближению законодательства "
             "государств в сфере миграции.",
     .expect = {HAS_DOCUMENT(.type = "other", .status = "adopted", .title = "on the harmonisation of national legislation"),
                HAS_DOCUMENT(.type = "other", .title = "memorandum of understanding"),
                HAS_DOCUMENT(.type = "other", .title = "рекомендации по сближению законодательства"),
                NO_DOCUMENT(.type = "protocol")}},
    {.name = "dates: «подвел итоги председательства России в ОДКБ в 2026 году», summed up in the past, gives an undated "
             "report its year",
     .published = "",
     .text = "В режиме видеоконференции прошла сессия Совета коллективной безопасности ОДКБ. Заседание провел президент "
             "России Иван Орлов, который подвел итоги председательства России в ОДКБ в 2026 году.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026", .format = "video")}},
    {.name = "dates: «поручили подготовить План мероприятий, посвященных 30-летию ...Договора»: an anniversary still to "
             "prepare gives an undated report no year (lexicon prepare_for)",
     .published = "",
     .text = "Заседание Совета министров обороны ОДКБ прошло в Минске. Министры поручили подготовить План мероприятий, "
             "посвященных 30-летию подписания Договора о коллективной безопасности и 20-летию ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CDM", .city = "Minsk"), NO_MEETING(.bodies = "CDM", .date = "2022")}},
    {.name = "officials: 'Belarus' Ivan Orlov', 'Belarus’ Defence Minister Oleg Sidorov': a bare apostrophe after a name in "
             "-s is the possessive (text.c)",
     .published = "21.11.2026",
     .text = "Belarus' Ivan Orlov and Belarus’ Defence Minister Oleg Sidorov took part in the CSTO summit in Minsk on "
             "Friday, while the allies' delegations arrived on Thursday.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .country = "belarus"),
                HAS_OFFICIAL(.id = "oleg-sidorov", .title = "Defence Minister", .country = "belarus"),
                PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov")}},
    {.name = "attendance: '..., the speaker of parliament who took over after Y resigned to run in the January election': "
             "the who-clause's January is a person's, the meeting named before keeps its participants",
     .published = "02.12.2026",
     .text = "The leaders of the CSTO held their annual summit by videoconference on December 2. Belarusian President Ivan Orlov and Kazakh President Oleg "
             "Sidorov took part, while Kyrgyzstan was represented by acting President Pavel Volkov, the speaker of "
             "parliament who assumed the presidential powers after Semyon Lebedev resigned to run in the January "
             "election.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CSC", .id = "pavel-volkov")}},
    {.name = "attendance: 'The presidents of Armenia, A, and Kazakhstan, B, put their names to the document': signing at the "
             "summit held (lexicon signers)",
     .published = "14.06.2026",
     .text = "Russia's president Ivan Orlov hosted the leaders of the CSTO at the Kremlin on Sunday, where they signed an "
             "agreement on the rapid reaction force. The presidents of Armenia, Oleg Sidorov, and Kazakhstan, Pavel Volkov, "
             "put their names to the document.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov"), PARTICIPANT(.bodies = "CSC", .id = "pavel-volkov")}},
    {.name = "officials: 'the speakers of the parliaments of Armenia, A, Belarus, B, and Tajikistan, C' (titles.tsv plural "
             "forms); 'X sent a message of greetings to the participants' did not attend (lexicon absent)",
     .published = "16.11.2026",
     .text = "The CSTO Parliamentary Assembly held its session in St Petersburg today. The session was attended by the "
             "speakers of the parliaments of Armenia, Ivan Orlov, Belarus, Oleg Sidorov, and Tajikistan, Pavel Volkov. The "
             "chairman of the Federation Council, Semyon Lebedev, sent a message of greetings to the participants.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Speaker", .country = "armenia"),
                HAS_OFFICIAL(.id = "pavel-volkov", .title = "Speaker", .country = "tajikistan"),
                PARTICIPANT(.bodies = "PA", .id = "oleg-sidorov"), NOT_PARTICIPANT(.bodies = "PA", .id = "semyon-lebedev")}},
    {.name = "attendance: 'signed a decision naming X', 'Y took up his post after his appointment was approved at the summit': "
             "the one appointed is not thereby a participant (lexicon appointee)",
     .published = "27.12.2026",
     .text = "The CSTO leaders held an informal summit in St Petersburg on Monday. The leaders present at the summit signed a decision naming Ivan "
             "Orlov, chief of the Armenian General Staff, as secretary general. Oleg Sidorov, the CSTO's deputy secretary "
             "general, took up his post after his appointment was approved at the summit.",
     .expect = {NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), NOT_PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov")}},
    {.name = "dates: «Заседание провёл X – Белоруссия председательствует в ОДКБ в 2026 году»: a spaced dash ends the clause "
             "with the past verb, so the chairmanship in the present dates an undated report",
     .published = "",
     .text = "В среду, 22 ноября, в Минске состоялось заседание Совета министров иностранных дел ОДКБ. Заседание провёл "
             "министр иностранных дел Республики Беларусь Иван Орлов – Белоруссия председательствует в ОДКБ в 2026 году.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-11-22", .city = "Minsk")}},
    {.name = "meetings: «свои заседания провели СМИД, СМО и КССБ»: each its own meeting (lexicon meeting_verb, separately)",
     .published = "21.06.2026",
     .text = "Сессия СКБ ОДКБ прошла в Астане 18 июня. Накануне, 17 июня, в Астане свои заседания провели Совет министров "
             "иностранных дел, Совет министров обороны и Комитет секретарей советов безопасности.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-06-17", .city = "Astana"),
                HAS_MEETING(.bodies = "CDM", .date = "2026-06-17"), HAS_MEETING(.bodies = "CSSC", .date = "2026-06-17"),
                NO_MEETING(.bodies = "CDM+CFM+CSSC")}},
    {.name = "officials: «пресс-секретарь Министерства иностранных дел Республики Беларусь Иван Орлов»: the institution "
             "(lexicon institution) is a complement whole, though «дел» shows no case",
     .published = "14.06.2026",
     .text = "Об этом корреспонденту сообщил пресс-секретарь Министерства иностранных дел Республики Беларусь Иван Орлов.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Press Secretary", .country = "belarus")}},
    {.name = "attendance: «участвовали Иван Орлов (Казахстан), Олег Сидоров (Армения) и Павел Волков»: the whole list, "
             "each with the country in brackets",
     .published = "15.06.2026",
     .text = "Вчера в Москве прошла сессия СКБ ОДКБ. В заседании участвовали Иван Орлов (Казахстан), Олег Сидоров "
             "(Армения) и Павел Волков.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov"), PARTICIPANT(.bodies = "CSC", .id = "pavel-volkov"),
                HAS_OFFICIAL(.id = "ivan-orlov", .country = "kazakhstan"), HAS_OFFICIAL(.id = "oleg-sidorov", .country = "armenia")}},
    {.name = "documents: 'adopt a Declaration of the Council, approve the Programme for X and adopt a Statement': a comma "
             "and an adoption verb end a title",
     .published = "25.11.2026",
     .text = "The CSTO summit will be held in Astana on Thursday. The leaders are expected to adopt a Declaration of the "
             "Collective Security Council, approve the Interstate Programme for Strengthening the Border and adopt a "
             "Statement on cooperation.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "planned", .title = "Declaration of the Collective Security Council"),
                NO_DOCUMENT(.title = "Council, approve"),
                HAS_DOCUMENT(.type = "program", .status = "planned", .title = "Programme for Strengthening the Border")}},
    {.name = "documents: 'signed a memorandum of understanding here on Friday': a title ends at 'here', or at 'on'/'in' and "
             "a day or a month; 'the Plan of Main Events ... in 2027' keeps its year",
     .published = "06.10.2026",
     .text = "The CSTO foreign ministers met in Dushanbe on Friday. The CSTO and the SCO signed a memorandum of "
             "understanding here on Friday. The ministers approved the Plan of Main Events for the chairmanship in 2027. "
             "They adopted a statement on Afghanistan on Friday.",
     .expect = {HAS_DOCUMENT(.type = "other", .title = "memorandum of understanding"), NO_DOCUMENT(.title = "here"),
                HAS_DOCUMENT(.type = "plan", .title = "chairmanship in 2027"), NO_DOCUMENT(.title = "Afghanistan on Friday")}},
    {.name = "documents: 'The leaders approved 18 documents. They included a plan of ... and a statement by the Council on "
             "...': the documents counted (lexicon among_them)",
     .published = "03.12.2026",
     .text = "The CSTO leaders held their summit by videoconference on December 2. The leaders approved 18 documents. They "
             "included a plan of collective actions for 2027-2030 and a statement by the Collective Security Council on "
             "biological security.",
     .expect = {HAS_DOCUMENT(.type = "plan", .status = "adopted", .title = "plan of collective actions"),
                HAS_DOCUMENT(.type = "statement", .status = "adopted", .title = "on biological security")}},
    {.name = "meetings: 'The SCO, which groups ..., held its summit in Bishkek in August': 'its' is the other "
             "organisation's",
     .published = "06.10.2026",
     .text = "The CSTO foreign ministers met in Dushanbe on Friday. The SCO, which groups China, Russia and Kazakhstan, held "
             "its summit in the Kyrgyz capital Bishkek in August.",
     .expect = {HAS_MEETING(.bodies = "CFM"), NO_MEETING(.bodies = "CSC")}},
    {.name = "dates: 'X, who chaired the session of the Council, said Armenia could not sign ... in September': a date in "
             "what was said, with no 'that', dates no meeting; «Следующая сессия, как сообщил генсек, пройдет в 2027 году» "
             "(an aside) does",
     .published = "25.11.2026",
     .text = "The leaders met at a summit of the CSTO in Yerevan on Wednesday. Ivan Orlov, who chaired the session of the "
             "bloc's Collective Security Council, said Armenia could not sign the declaration because it did not assess "
             "the aggression in September. Следующая сессия Совета министров обороны ОДКБ, как сообщил генеральный "
             "секретарь, пройдет в 2027 году в Минске.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "CSC", .date = "2026-11-25", .city = "Yerevan"),
                NO_MEETING(.bodies = "CSC", .date = "2026-09"), HAS_MEETING(.bodies = "CDM", .date = "2027")}},
    {.name = "status: 'held a joint session ... on Nov. 22, a day before a summit in Yerevan', reported on the 22nd: the "
             "summit is still to come, not last year's",
     .published = "22.11.2026",
     .text = "Foreign ministers, defense ministers and security council secretaries of the CSTO held a joint session in "
             "the Armenian capital on Nov. 22, a day before a summit of the bloc's leaders in Yerevan.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-23", .city = "Yerevan", .status = "planned"),
                NO_MEETING(.bodies = "CSC", .date = "2025")}},
    {.name = "documents: «приняли решение о приостановлении членства X» is a decision taken, a document; «приняли решение о "
             "проведении следующего саммита» is only the act of deciding",
     .published = "20.12.2026",
     .text = "Сессия СКБ ОДКБ прошла в Москве. Вчера главы государств приняли решение о приостановлении членства "
             "Республики Узбекистан в ОДКБ. Они также приняли решение о проведении следующего саммита в Сочи.",
     .expect = {HAS_DOCUMENT(.type = "decision", .status = "adopted", .title = "о приостановлении членства"),
                NO_DOCUMENT(.title = "проведении")}},
    {.name = "documents: «утвердили Программу по укреплению границы и передали председательство Киргизии»: a past plural "
             "verb after «и» ends the title",
     .published = "29.11.2026",
     .text = "Сессия СКБ ОДКБ прошла в Астане 28 ноября. Лидеры утвердили Программу по укреплению таджикско-афганской "
             "границы и передали председательство Киргизии.",
     .expect = {HAS_DOCUMENT(.type = "program", .title = "по укреплению таджикско-афганской границы"),
                NO_DOCUMENT(.title = "передали")}},
    {.name = "status: 'putting the decision off until an informal meeting in Saint Petersburg in December' is of a meeting "
             "to come (lexicon planned_mod)",
     .published = "",
     .text = "Leaders of the CSTO failed to name a new secretary general at their summit in Astana on 8 November 2026, "
             "putting the decision off until an informal meeting in Saint Petersburg in December.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-08", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-12", .city = "Saint Petersburg", .status = "planned")}},
    {.name = "documents: «так и не приняли решения о новом генсеке» (not taken), «устав предусматривает принятие решений "
             "консенсусом» (no object) name no decision; «принято решение «О мерах ...»» (a title in quotes) does",
     .published = "07.12.2026",
     .text = "Лидеры стран ОДКБ на неформальной встрече в Санкт-Петербурге в четверг так и не приняли решения о новом "
             "генеральном секретаре организации. Устав ОДКБ предусматривает принятие решений консенсусом. Было также "
             "принято решение «О мерах по противодействию незаконному обороту наркотиков».",
     .expect = {NO_DOCUMENT(.title = "генеральном секретаре"), NO_DOCUMENT(.title = "консенсусом"),
                HAS_DOCUMENT(.type = "decision", .title = "О мерах по противодействию")}},
    {.name = "documents: «договорились оказать помощь» (agreed) is no «договор» (treaty), though Snowball stems them alike "
             "(lexicon exact_form)",
     .published = "15.06.2026",
     .text = "Секретари советов безопасности ОДКБ на экстренном заседании в Москве в понедельник не приняли решения о "
             "вводе сил в страну, однако договорились оказать республике помощь техникой и снаряжением.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .city = "Moscow"), NO_DOCUMENT(.type = "agreement")}},
    {.name = "dates: 'Chairmanship of the CSTO passes to Kyrgyzstan on January 1, 2027' dates an undated report to 2026; "
             "«Председательство, которое в 2016 году осуществляла Армения, перешло к Беларуси» (past, the outgoing year) "
             "does not",
     .published = "",
     .text = "The CSTO Council of Foreign Ministers met in Astana on Thursday. Chairmanship of the CSTO passes to "
             "Kyrgyzstan on January 1, 2027.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026", .city = "Astana")}},
    {.name = "dates: «Председательство, которое в 2016 году осуществляла Армения, перешло к Беларуси»: no year for an "
             "undated report",
     .published = "",
     .text = "В Ереване прошло заседание Совета министров обороны ОДКБ. Председательство в ОДКБ, которое в 2016 году "
             "осуществляла Армения, перешло к Беларуси.",
     .expect = {HAS_MEETING(.bodies = "CDM", .city = "Yerevan"), NO_MEETING(.bodies = "CDM", .date = "2015")}},
    {.name = "attendance: «В Кремль приехали президент Казахстана A, президент Армении B» came to the session (lexicon "
             "attend, as «прибыли»); «не приехал» did not",
     .published = "15.06.2026",
     .text = "В воскресенье в Москве прошла сессия СКБ ОДКБ. В Кремль приехали президент Казахстана Иван Орлов и "
             "президент Армении Олег Сидоров. Президент Белоруссии Семен Лебедев не приехал.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "semen-lebedev")}},
    {.name = "officials: «— заявила пресс-секретарь президента России Анна Орлова»: a feminine verb says the name is a "
             "woman's, in the nominative, though it ends as a genitive; «пресс-секретарь министра Ивана Орлова» stays the "
             "minister's",
     .published = "15.06.2026",
     .text = "«Речь идет о внутреннем конфликте», — заявила пресс-секретарь президента России Анна Орлова. Об этом "
             "сообщил пресс-секретарь министра Олега Сидорова.",
     .expect = {HAS_OFFICIAL(.id = "anna-orlova", .title = "Press Secretary", .country = "russia"),
                NO_OFFICIAL(.name = "Орлов "), NO_OFFICIAL(.id = "oleg-sidorova")}},
    {.name = "documents: «проекты Декларации Совета и Межгосударственной целевой программы «...»»: a keyword after «и» "
             "and Russian adjectives opens the next document",
     .published = "20.11.2026",
     .text = "В Москве прошло заседание Постоянного совета ОДКБ. Члены совета одобрили и внесли на рассмотрение Совета "
             "коллективной безопасности проекты Декларации Совета коллективной безопасности ОДКБ и Межгосударственной "
             "целевой программы «Укрепление границы».",
     .expect = {HAS_DOCUMENT(.type = "declaration", .title = "Декларац"), NO_DOCUMENT(.title = "Межгосударственной целевой"),
                HAS_DOCUMENT(.type = "program", .title = "Укрепление границы")}},
    {.name = "documents: «вышедший из Договора в 1999 году», «к десятилетию подписания Договора в Ташкенте»: «Договор» "
             "alone is the Collective Security Treaty, a historic document (lexicon historic_doc)",
     .published = "08.10.2026",
     .text = "Сессия СКБ ОДКБ прошла в Кишиневе. Узбекистан, вышедший из Договора в 1999 году, в Кишиневе не был "
             "представлен. Сессия была приурочена к десятилетию подписания Договора в Ташкенте.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Chisinau"), DOCUMENTS(.n = 0)}},
    {.name = "documents: a line in capitals only ('YEREVAN SUMMIT: A STRATEGY FOR THE DECADE') is a headline and names no "
             "document",
     .published = "15.10.2026",
     .text = "ЕРЕВАНСКИЙ САММИТ: СТРАТЕГИЯ НА ДЕСЯТИЛЕТИЕ И ВОПРОСЫ БЕЗ ОТВЕТА\nСессия СКБ ОДКБ прошла в Ереване. Лидеры "
             "утвердили Стратегию коллективной безопасности ОДКБ.",
     .expect = {HAS_DOCUMENT(.type = "other", .title = "Стратегия коллективной безопасности"),
                NO_DOCUMENT(.title = "ДЕСЯТИЛЕТИЕ")}},
    {.name = "documents: a title ends at ', at a Kremlin summit' and at ', Belarusian state news agency Belta reported'",
     .published = "15.06.2026",
     .text = "The CSTO leaders met in Moscow on Sunday. They signed an agreement to create a joint rapid reaction force, at "
             "a Kremlin summit. The ministers adopted a decision on military cooperation, Belarusian state news agency "
             "Belta reported.",
     .expect = {HAS_DOCUMENT(.type = "agreement", .title = "joint rapid reaction force"), NO_DOCUMENT(.title = "Kremlin"),
                HAS_DOCUMENT(.type = "decision", .title = "military cooperation"), NO_DOCUMENT(.title = "Belta")}},
    {.name = "dates: an arrival up to six words before its day ('arrived in Bishkek already on Wednesday', «прибыл в "
             "Бишкек еще в среду») dates the arrival, not the summit in the same sentence",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла в четверг в Бишкеке. Президент России Иван Петров "
             "прибыл в Бишкек еще в среду, совместив саммит с государственным визитом.",
     .published = "14 мая 2026",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-14", .city = "Bishkek", .status = "held"),
                NO_MEETING(.bodies = "CSC", .date = "2026-05-13"), MEETINGS(1)}},
    {.name = "meetings: a plural noun after a future or present plural verb («пройдут заседания СМО и КССБ», "
             "«состоятся», «проходят») is one meeting of each body, as after a past one",
     .text = "Отдельно в тот же день в Ереване пройдут заседания Совета министров обороны и Комитета секретарей "
             "советов безопасности ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CDM", .city = "Yerevan", .status = "planned"),
                HAS_MEETING(.bodies = "CSSC", .city = "Yerevan", .status = "planned"),
                NO_MEETING(.bodies = "CDM+CSSC"), MEETINGS(2)}},
    {.name = "documents: an unquoted title ends at a colon («решение о назначении генерального секретаря: с 1 января "
             "этот пост займет X»)",
     .text = "Главы государств также приняли решение о назначении генерального секретаря: с 1 января 2027 года этот "
             "пост займет Иван Петров.",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "решение о назначении генерального секретаря"),
                NO_DOCUMENT(.title = "этот пост"), DOCUMENTS(.n = 1)}},
    {.name = "attendance: an absence («не смог приехать», 'could not come') keeps out only the people of its own "
             "clause: 'X led the delegation: Y could not come' (X took part)",
     .text = "Заседание Совета министров обороны ОДКБ прошло в Бишкеке 12 мая 2026 года. Российскую делегацию "
             "возглавил заместитель министра обороны России Иван Петров: министр обороны России Сергей Сидоров, по "
             "данным пресс-службы, не смог приехать из-за плотного графика.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2026-05-12"), PARTICIPANT(.date = "2026-05-12", .id = "ivan-petrov"),
                NOT_PARTICIPANT(.date = "2026-05-12", .id = "sergej-sidorov")}},
    {.name = "attendance: 'since the previous session, held in Dushanbe in 2025' keeps the focus on the report's "
             "session: 'The session was chaired by X' is the report's",
     .text = "The session of the CSTO Collective Security Council opened in Yerevan today. Armenia has chaired the "
             "Organization since the previous session, held in Dushanbe on September 15, 2025. The session was "
             "chaired by President of Armenia Ivan Petrov.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-14", .city = "Yerevan"),
                HAS_MEETING(.bodies = "CSC", .date = "2025-09-15", .city = "Dushanbe"),
                PARTICIPANT(.date = "2026-05-14", .id = "ivan-petrov"),
                NOT_PARTICIPANT(.date = "2025-09-15", .id = "ivan-petrov")}},
    {.name = "documents: 'Statements were also adopted: on A; on B; and on C' (a passive verb between a plural "
             "keyword and its list)",
     .text = "The Collective Security Council met in Yerevan today. Statements were also adopted: on countering "
             "international terrorism; on the situation in Syria; and on the threats posed by foreign fighters.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "Statement on countering international terrorism"),
                HAS_DOCUMENT(.type = "statement", .title = "Statement on the situation in Syria"),
                HAS_DOCUMENT(.type = "statement", .title = "Statement on the threats posed by foreign fighters"),
                DOCUMENTS(.n = 3)}},
    {.name = "attendance: a sentence naming no meeting but a destination («В Ереван прибудут X и Y», 'are expected "
             "to arrive in Yerevan') attends the meeting in that city, not one elsewhere named last",
     .text = "Сессия Совета коллективной безопасности ОДКБ состоится в Ереване 23 ноября. Программа была согласована "
             "в начале года на заседании Постоянного совета ОДКБ в Москве. В Ереван, как ожидается, прибудут "
             "президент России Иван Петров и президент Беларуси Петр Сидоров.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-23", .city = "Yerevan", .status = "planned"),
                HAS_MEETING(.bodies = "PC", .city = "Moscow"), PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"),
                PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov"), NOT_PARTICIPANT(.bodies = "PC", .id = "ivan-petrov")}},
    {.name = "attendance: 'Participants included X and Y' (lexicon attend: participants included, attendees "
             "included, «среди участников»)",
     .text = "The Committee of Secretaries of Security Councils of the CSTO held a meeting in Cholpon-Ata on "
             "Wednesday. Participants included Secretary of the Security Council of Russia Ivan Petrov and CSTO "
             "Secretary General Petr Sidorov.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .date = "2026-05-13", .city = "Cholpon-Ata"),
                PARTICIPANT(.bodies = "CSSC", .id = "ivan-petrov"), PARTICIPANT(.bodies = "CSSC", .id = "petr-sidorov")}},
    {.name = "attendance: a previous session named in passing keeps the focus on a coming one too ('also stayed "
             "away from the previous plenary session ... X will open the plenary session')",
     .text = "The plenary session of the CSTO Parliamentary Assembly will be held in St. Petersburg on 20 May. "
             "Armenian lawmakers also stayed away from the previous plenary session of the CSTO PA, held in St. "
             "Petersburg in late November last year. Speaker of the State Duma Ivan Petrov will open the plenary "
             "session.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2026-05-20", .status = "planned"),
                HAS_MEETING(.bodies = "PA", .date = "2025-11", .status = "held"),
                PARTICIPANT(.date = "2026-05-20", .id = "ivan-petrov"), NOT_PARTICIPANT(.date = "2025-11", .id = "ivan-petrov")}},
    {.name = "meetings: 'Following the videoconference' refers to the meeting held by video, not to a summit in "
             "person named since in passing (which keeps its city)",
     .text = "The CSTO Permanent Council on Tuesday held a meeting via videoconference. The program was approved by "
             "the heads of state at the session of the Collective Security Council in Astana on November 28, 2025. "
             "Following the videoconference, the permanent representatives approved the plan.",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2026-05-12", .format = "video"),
                HAS_MEETING(.bodies = "CSC", .date = "2025-11-28", .city = "Astana", .format = "in_person"),
                NO_MEETING(.bodies = "CSC", .format = "video")}},
    {.name = "meetings: 'The summit, chaired by X, was attended by Y' is held: 'was attended by' is a finite passive, "
             "not a participle like 'chaired by' (a later 'drafts for the summit' does not make it planned)",
     .text = "The summit of the CSTO Collective Security Council, chaired by President of Belarus Ivan Petrov, was "
             "attended by the leaders of all member states. On Wednesday, the foreign ministers held a meeting in "
             "Minsk, where they approved the draft documents for the summit.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held", .date = "2026-05-14"), NO_MEETING(.bodies = "CSC", .status = "planned"),
                HAS_MEETING(.bodies = "CFM", .date = "2026-05-13", .status = "held")}},
    {.name = "attendance: a spokeswoman who 'insisted on the eve of the summit that ...' (lexicon speech: insisted, "
             "claimed, asserted) told of it, not took part",
     .text = "The leaders of the CSTO member states gathered in Astana on Monday for the Collective Security Council "
             "summit. Foreign Ministry spokeswoman Anna Petrova insisted on the eve of the summit that the "
             "organization remains united.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-11", .status = "held"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "anna-petrova")}},
    {.name = "attendance: 'X hosted Y and Z' after the summit is named: host and guests take part (lexicon attend: "
             "hosted)",
     .text = "The Collective Security Council of the CSTO met in Astana on Monday. President of Kazakhstan Ivan "
             "Petrov hosted President of Russia Petr Sidorov and President of Belarus Oleg Orlov.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"), PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov"),
                PARTICIPANT(.bodies = "CSC", .id = "oleg-orlov")}},
    {.name = "dates: a source cited in parentheses '(Interfax, May 12)' dates the source, not the session before it",
     .text = "The leaders instructed their ministers to prepare the regulation, to be signed at the session of the "
             "Collective Security Council in Moscow in December (Interfax, May 12).",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-12", .city = "Moscow", .status = "planned"),
                NO_MEETING(.bodies = "CSC", .date = "2026-05-12")}},
    {.name = "attendance: a year bounded by 'after' (lexicon time_bound: 'expected after 2014', «до 2030 года») is no "
             "other date of the discussions: X and Y took part in the session named before",
     .text = "The Collective Security Council of the CSTO met in Astana on Monday. President of Russia Ivan Petrov and "
             "President of Belarus Petr Sidorov took part in the closed-door discussions, which focused on the vacuum expected in "
             "Afghanistan after 2014.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-11"), PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"),
                PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov")}},
    {.name = "dates: 'the forthcoming summit' (meeting_mod: forthcoming, coming, future) takes no date before the "
             "report's ('took over the chairmanship last December, and X will chair the forthcoming summit')",
     .text = "Belarus took over the CSTO chairmanship last December, and President of Belarus Ivan Petrov will chair "
             "the forthcoming summit of the Collective Security Council.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NO_MEETING(.bodies = "CSC", .date = "2025-12"),
                PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "attendance: 'will be held on the eve of the summit and will be chaired by X' (a meeting named after "
             "lexicon relative_mod is a point in time): X chairs the joint session",
     .text = "The session of the Collective Security Council will take place in Minsk on 20 November. A joint session "
             "of the CSTO Council of Foreign Ministers, the Council of Defence Ministers and the Committee of "
             "Secretaries of the Security Councils will be held in Minsk on the eve of the summit and will be chaired "
             "by Foreign Minister of Belarus Ivan Petrov.",
     .expect = {PARTICIPANT(.bodies = "CDM+CFM+CSSC", .id = "ivan-petrov"), NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "attendance: an aide who 'confirmed that the President would come for the summit' (lexicon speech: "
             "confirmed) announces it, not attends",
     .text = "The session of the Collective Security Council will be held in Dushanbe in September. Russian "
             "presidential aide Ivan Petrov earlier confirmed that the President of Russia would come to Dushanbe for "
             "the summit.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-09", .status = "planned"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "dates: «на следующий день после саммита СНГ» ('the day after the CIS summit', lexicon time_bound) is "
             "counted from that summit, not from today: the session is today's and held",
     .text = "Президент Армении Иван Петров сегодня в Ереване принял участие в сессии Совета коллективной "
             "безопасности ОДКБ, которая прошла на следующий день после саммита глав государств СНГ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-14", .status = "held"),
                NO_MEETING(.bodies = "CSC", .date = "2026-05-15"), PARTICIPANT(.date = "2026-05-14", .id = "ivan-petrov")}},
    {.name = "attendance: «X не приехал, а Y, хотя и участвовал в саммите, ...» (lexicon contrast: а, but, while): "
             "Y's own clause says he took part, X's that he did not",
     .text = "Вчера в Кремле прошла сессия Совета коллективной безопасности ОДКБ. Единогласия добиться не удалось: "
             "президент Белоруссии Иван Петров в Москву не приехал, а президент Узбекистана Петр Сидоров, хотя и "
             "участвовал в саммите, подписывать соглашение отказался.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-13", .city = "Moscow"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"), PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov")}},
    {.name = "attendance: «отсутствие господина X на саммите объяснили ...» (lexicon absent: отсутствие, "
             "absence) is no taking part",
     .text = "Вчера в Кремле прошла сессия Совета коллективной безопасности ОДКБ. Президент Белоруссии Иван Петров "
             "и ранее критиковал организацию. В Минске отсутствие господина Петрова на саммите объяснили торговым "
             "спором.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-13"), NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "dates: no header date, «АСТАНА. 12 мая. КАЗИНФОРМ - ... прошло во вторник»: the dateline's dots end "
             "no lede, so its weekday picks the year the text names in which 12 May is a Tuesday",
     .published = "",
     .text = "АСТАНА. 12 мая. КАЗИНФОРМ - Заседание Постоянного совета при ОДКБ прошло во вторник в Москве. Сессия "
             "Совета коллективной безопасности ОДКБ пройдет в ноябре 2026 года в Астане. Напомним, Казахстан "
             "принял председательство на сессии СКБ в Минске в 2025 году.",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2026-05-12", .city = "Moscow", .status = "held")}},
    {.name = "attendance: «Его провел X» (lexicon attend: the session 'was conducted by X', его/её провел) after the "
             "session is named; «направила участникам заседания приветствие» (absent) is not taking part",
     .text = "Пленарное заседание Парламентской Ассамблеи ОДКБ прошло в четверг в режиме видеоконференции. Его провел "
             "Председатель Государственной Думы Иван Петров. Председатель Совета Федерации Анна Сидорова направила "
             "участникам заседания приветствие.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2026-05-14", .format = "video"),
                PARTICIPANT(.bodies = "PA", .id = "ivan-petrov"), NOT_PARTICIPANT(.bodies = "PA", .id = "anna-sidorova")}},
    {.name = "officials: «Председатель Маджлиси намояндагон Маджлиси Оли Таджикистана X» (titles: Chairman of the "
             "Majlisi Namoyandagon, Tajikistan's)",
     .text = "В заседании ПА ОДКБ принял участие Председатель Маджлиси намояндагон Маджлиси Оли Таджикистана Иван "
             "Петров.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Chairman of the Majlisi Namoyandagon", .country = "tajikistan")}},
    {.name = "attendance: a minister who «выразил уверенность, что предстоящий саммит будет ...» (lexicon speech: "
             "выразил уверенность, 'expressed confidence') speaks of it, does not attend it",
     .text = "Сессия Совета коллективной безопасности ОДКБ пройдет в ноябре в Астане. Ранее министр иностранных дел "
             "Казахстана Иван Петров выразил уверенность, что предстоящий саммит будет содержательным.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "documents: «заявления о A, по вопросам B и в связи с C» (lexicon item_prep: о, по, в связи с) is one "
             "statement per item",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла в Минске. Главы государств приняли заявления о "
             "сотрудничестве в сфере биологической безопасности, по вопросам международной информационной "
             "безопасности и в связи с ситуацией на Ближнем Востоке.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "о сотрудничестве в сфере биологической безопасности"),
                HAS_DOCUMENT(.type = "statement", .title = "по вопросам международной информационной безопасности"),
                HAS_DOCUMENT(.type = "statement", .title = "в связи с ситуацией на Ближнем Востоке"), DOCUMENTS(.n = 3)}},
    {.name = "dates: 'will take place in November in Moscow, on the eve of the session of the Council': the session "
             "named as the point of reference is in that month too",
     .text = "The next session of the Council of Defence Ministers will take place in November in Moscow, on the eve "
             "of the session of the Collective Security Council.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2026-11", .status = "planned"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-11", .status = "planned")}},
    {.name = "places: 'Preparations for the summit were discussed at the meeting of the Permanent Council, held in "
             "Moscow': the summit named as a point of reference takes no place but its own",
     .text = "The session of the Collective Security Council will be held in Dushanbe in September. Preparations for "
             "the summit were discussed at the meeting of the CSTO Permanent Council, held in Moscow on May 12.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Dushanbe", .date = "2026-09"), NO_MEETING(.bodies = "CSC", .city = "Moscow"),
                HAS_MEETING(.bodies = "PC", .city = "Moscow", .date = "2026-05-12"), MEETINGS(2)}},
    {.name = "officials: 'under the chairmanship of Tajikistan's permanent representative to the CSTO, X' (the "
             "organisation an envoy is sent to, then a comma and the name)",
     .text = "The meeting of the CSTO Permanent Council was held in Moscow on May 12 under the chairmanship of "
             "Tajikistan's permanent representative to the CSTO, Ivan Petrov.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .country = "tajikistan"), PARTICIPANT(.bodies = "PC", .id = "ivan-petrov")}},
    {.name = "officials: «вице-спикер Национального собрания Армении X» is a Deputy Speaker, «постоянного и "
             "полномочного представителя Казахстана при ОДКБ X» a Permanent Representative (titles)",
     .text = "Заседание Постоянного совета при ОДКБ прошло под председательством постоянного и полномочного "
             "представителя Республики Казахстан при ОДКБ Ивана Петрова. В заседании принял участие вице-спикер "
             "Национального собрания Армении Петр Сидоров.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Permanent Representative", .country = "kazakhstan"),
                HAS_OFFICIAL(.id = "petr-sidorov", .title = "Deputy Speaker", .country = "armenia")}},
    {.name = "meetings: «X подключился к работе сессии по видеосвязи» after a session held in Dushanbe: he joined by "
             "video (lexicon attend: подключился), the session stays in person and in its city",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла в четверг в Душанбе. Президент России Иван Петров "
             "подключился к работе сессии по видеосвязи.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Dushanbe", .format = "in_person"), NO_MEETING(.format = "video"),
                PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "officials: «соглашение подписали пять президентов — A, B и C»: a dash between a plural title and its "
             "names; signers of the session named before take part",
     .text = "Вчера в Кремле прошла сессия Совета коллективной безопасности ОДКБ. Соглашение подписали пять "
             "президентов — Иван Петров, Петр Сидоров и Олег Орлов.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "President"), HAS_OFFICIAL(.id = "oleg-orlov", .title = "President"),
                PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov")}},
    {.name = "meetings: 'The Permanent Council on Wednesday approved drafts' (a body, a verb of lexicon adopt, a date "
             "to the day) is a session; a place after another meeting named later in the sentence is that one's",
     .published = "",
     .text = "MOSCOW. May 13 (Interfax) - The Permanent Council of the Collective Security Treaty Organization (CSTO) "
             "on Wednesday approved a package of draft documents for the session of the Collective Security Council "
             "scheduled for November 27 in Bishkek, the CSTO Secretariat said. Kazakhstan was represented at the "
             "meeting by its permanent representative, Ivan Petrov. The session was held in 2026 at the Secretariat.",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2026-05-13", .city = "Moscow", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-11-27", .city = "Bishkek", .status = "planned"),
                NO_MEETING(.bodies = "PC", .city = "Bishkek"), PARTICIPANT(.bodies = "PC", .id = "ivan-petrov")}},
    {.name = "documents: «проекты решений о Плане ... государств – членов ОДКБ ..., об оснащении ..., по вопросам ...»: a "
             "spaced dash joining two nouns does not close the list",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла в Минске. Одобрены проекты решений о Плане развития "
             "сотрудничества государств – членов ОДКБ на 2026–2027 годы, об оснащении Коллективных сил ОДКБ, по "
             "вопросам подготовки военных кадров.",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "о Плане развития сотрудничества государств – членов ОДКБ"),
                HAS_DOCUMENT(.type = "decision", .title = "об оснащении Коллективных сил ОДКБ"),
                HAS_DOCUMENT(.type = "decision", .title = "по вопросам подготовки военных кадров"), DOCUMENTS(.n = 3)}},
    {.name = "dates: a chronicle's heading of a city and a date alone («Ереван, 23 ноября 2022 года.») dates and places "
             "the meeting its part names; «спустя месяц после падения Кабула» is counted from that event",
     .published = "26.02.2024",
     .text = "Душанбе, 16 сентября 2021 года. Сессия Совета коллективной безопасности прошла спустя месяц после "
             "падения Кабула. Ереван, 23 ноября 2022 года. Лидеры приехали в армянскую столицу, но саммит Совета "
             "коллективной безопасности закончился скандалом.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2021-09-16", .city = "Dushanbe", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2022-11-23", .city = "Yerevan", .status = "held"),
                NO_MEETING(.bodies = "CSC", .date = "2021-10")}},
    {.name = "attendance: «за столом были X, а также Y, вступивший в должность 1 января 2023 года» (lexicon attend: за "
             "столом были; since: вступивший в должность, a date of taking office, not of the meeting)",
     .published = "26.02.2024",
     .text = "Минск, 23 ноября 2023 года. Армения проигнорировала сессию Совета коллективной безопасности. "
             "Председательствовал президент Беларуси Иван Петров, за столом были президент России Петр Сидоров, а "
             "также генеральный секретарь ОДКБ Олег Орлов, вступивший в должность 1 января 2023 года.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2023-11-23", .city = "Minsk"),
                PARTICIPANT(.date = "2023-11-23", .id = "petr-sidorov"), PARTICIPANT(.date = "2023-11-23", .id = "oleg-orlov")}},
    {.name = "meetings: 'Ahead of the Collective Security Treaty Organization summit in Yerevan, X spoke to ...': a "
             "meeting named as the point of reference, with no date, is still to come",
     .text = "Ahead of the Collective Security Treaty Organization summit in Yerevan, Foreign Minister of Tajikistan "
             "Ivan Petrov spoke to reporters about Afghanistan.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Yerevan", .status = "planned"), NO_MEETING(.status = "held")}},
    {.name = "meetings: 'from Bishkek, where leaders gather today for the session' places it; 'at the Astana summit "
             "last November' (a month said as before the report) is named in passing and keeps no focus; 'is not "
             "attending' (absent)",
     .text = "Good morning from Bishkek, where leaders of the CSTO gather today for the annual session of the "
             "Collective Security Council. Kyrgyzstan took over the chairmanship at the Astana summit last November. "
             "The session in narrow format is under way, chaired by President of Kyrgyzstan Ivan Petrov. Prime "
             "Minister of Armenia Petr Sidorov is not attending.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-14", .city = "Bishkek", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2025-11", .city = "Astana"),
                PARTICIPANT(.date = "2026-05-14", .id = "ivan-petrov"), NOT_PARTICIPANT(.date = "2025-11", .id = "ivan-petrov"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov")}},
    {.name = "meetings: «Накануне, 13 мая, ... состоялось заседание Совета ПА» is the day before: it does not take the "
             "place of the report's plenary session, dated by the report's day",
     .text = "САНКТ-ПЕТЕРБУРГ. 14 мая. КАЗИНФОРМ – Председатель Сената Казахстана Иван Петров принял участие в "
             "пленарном заседании Парламентской Ассамблеи ОДКБ, состоявшемся в Таврическом дворце. Накануне, 13 мая, "
             "здесь же состоялось заседание Совета ПА ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2026-05-14"), HAS_MEETING(.bodies = "PA", .date = "2026-05-13"),
                MEETINGS(2), PARTICIPANT(.date = "2026-05-14", .id = "ivan-petrov")}},
    {.name = "meetings: 'every CSTO summit since the one he hosted in Yerevan on November 23, 2025': 'every summit' is "
             "none, 'the one' with its date is a summit",
     .text = "Ivan Petrov has skipped every CSTO summit since the one he hosted in Yerevan on November 23, 2025.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025-11-23", .city = "Yerevan", .status = "held"), MEETINGS(1)}},
    {.name = "meetings: 'The previous one was held in St. Petersburg in November 2025': 'one' stands for the meeting "
             "last named",
     .text = "The next plenary session of the CSTO Parliamentary Assembly is expected to take place in November. The "
             "previous one was held in St. Petersburg in November 2025.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2026-11", .status = "planned"),
                HAS_MEETING(.bodies = "PA", .date = "2025-11", .city = "Saint Petersburg", .status = "held")}},
    {.name = "attendance: 'the ministers met to finalize the documents for the summit' keeps the focus on the "
             "ministers' meeting, and 'the summit' is the report's, not the next one named before; 'X and Y represented "
             "Moscow' (lexicon attend: represented)",
     .text = "The Collective Security Council met in Astana on Thursday. Kyrgyzstan will take over the chairmanship in "
             "2027, and the next summit is expected to be held in Bishkek next year. On Wednesday, the foreign and "
             "defence ministers met in Astana to finalize the documents for the summit. Foreign Minister of Russia "
             "Ivan Petrov and Defence Minister of Russia Petr Sidorov represented Moscow.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-14", .city = "Astana", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2027", .city = "Bishkek", .status = "planned"),
                HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-05-13", .city = "Astana"),
                PARTICIPANT(.bodies = "CDM+CFM", .id = "ivan-petrov"), PARTICIPANT(.bodies = "CDM+CFM", .id = "petr-sidorov"),
                NOT_PARTICIPANT(.date = "2027", .id = "ivan-petrov")}},
    {.name = "documents: «утвердили пакет из десяти документов. В их числе — заявление ... и решение ...» (a count in "
             "words, lexicon number_word; the documents listed after 'among them' need no verb); attendance: «За столом "
             "собрались президент X и президент Y» (attend: собрались, gathered)",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла в четверг в Астане. За столом переговоров собрались "
             "президент России Иван Петров и президент Беларуси Петр Сидоров. По итогам встречи главы государств "
             "утвердили пакет из десяти документов. В их числе — заявление Совета коллективной безопасности о "
             "стратегической стабильности и решение о бюджете ОДКБ на 2027 год.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "о стратегической стабильности"),
                HAS_DOCUMENT(.type = "decision", .title = "о бюджете ОДКБ на 2027 год"),
                PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"), PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov")}},
    {.name = "meetings: a summit the report's day dates by its dateline keeps that day when 'an extraordinary CSTO "
             "summit in Moscow on February 4' is named after it (more than a month before the report: another one)",
     .published = "June 14, 2026",
     .text = "MOSCOW -- Leaders of the CSTO signed an agreement in Moscow creating a joint force.\n\nPresident of "
             "Belarus Ivan Petrov stayed away from the summit of the bloc's Collective Security Council in protest. The "
             "decision to set up the force was taken at an extraordinary CSTO summit in Moscow on February 4.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-06-14"), HAS_MEETING(.bodies = "CSC", .date = "2026-02-04"),
                MEETINGS(2)}},
    {.name = "attendance: 'X attended that meeting' is the meeting named last when the one in focus was not named in "
             "the sentence before ('The decision was taken at an extraordinary summit on February 4. X attended that "
             "meeting')",
     .published = "June 14, 2026",
     .text = "MOSCOW -- Leaders of the CSTO signed an agreement in Moscow creating a joint force.\n\nPresident of "
             "Belarus Ivan Petrov stayed away from the summit of the bloc's Collective Security Council in protest. The "
             "decision to set up the force, which Moscow says will number 16,000 troops, was taken at an extraordinary "
             "CSTO summit in Moscow on February 4. Ivan Petrov attended that meeting.",
     .expect = {PARTICIPANT(.date = "2026-02-04", .id = "ivan-petrov"), NOT_PARTICIPANT(.date = "2026-06-14", .id = "ivan-petrov")}},
    {.name = "officials: «о назначении Генеральным секретарем ОДКБ Николая Бордюжи»: a name in the genitive after an "
             "instrumental title, surname in -жи (-ши, -чи, -ки ...) like -а, -я, is put in the nominative",
     .text = "Главы государств подписали решение о назначении Генеральным секретарем ОДКБ Николая Бордюжи.",
     .expect = {HAS_OFFICIAL(.id = "nikolaj-borduza", .title = "Secretary General")}},
    {.name = "documents: «подписаны Декларация ..., а также заявления – о A и о B»: a dash between a Russian keyword and "
             "its items",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла в Минске. По итогам сессии подписаны Декларация "
             "Совета коллективной безопасности, а также заявления – о противодействии терроризму и о сотрудничестве в "
             "сфере информационной безопасности.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "о противодействии терроризму"),
                HAS_DOCUMENT(.type = "statement", .title = "о сотрудничестве в сфере информационной безопасности"),
                DOCUMENTS(.n = 3)}},
    {.name = "attendance: 'X said at a government session' (lexicon national_body next to the noun: government, "
             "cabinet, «правительства») is no session of the CSTO, so X does not attend the one named before",
     .text = "The session of the Collective Security Council will be held in Yerevan on November 23. \"Otherwise, I am "
             "not ready to sign it,\" Prime Minister of Armenia Ivan Petrov said at a government session.",
     .expect = {MEETINGS(1), NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "attendance: 'held on the sidelines of a summit of the Commonwealth of Independent States hosted by X': X "
             "hosted the other organisation's summit, not the CSTO session",
     .text = "The session of the Collective Security Council was held in Chisinau on Monday. The session was held on the "
             "sidelines of a summit of the Commonwealth of Independent States hosted by President of Moldova Ivan Petrov.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-11"), NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "meetings: 'will be considered at the autumn plenary session, scheduled for November in St. Petersburg': a "
             "bare noun with a date of its own right after it is another meeting of the bodies in focus",
     .text = "The plenary session of the CSTO Parliamentary Assembly was held in St. Petersburg on Monday. A draft model "
             "law on migration will be considered at the autumn plenary session, scheduled for November in St. "
             "Petersburg.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2026-05-11", .status = "held"),
                HAS_MEETING(.bodies = "PA", .date = "2026-11", .status = "planned"), MEETINGS(2)}},
    {.name = "dates: 'drafted by the foreign ministers of the member states, who met in Minsk on Tuesday': the "
             "clause's Tuesday dates the ministers' meeting",
     .text = "The CSTO leaders adopted a declaration on Thursday. The document had been drafted by the foreign ministers "
             "of the member states, who met in Minsk on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-12", .city = "Minsk")}},
    {.name = "dates: '... the ministers of Armenia, which froze its participation in 2024': the country's clause "
             "dates no meeting",
     .text = "The CSTO defence ministers met in Minsk on Tuesday without the ministers of Armenia, which froze its "
             "participation in 2024.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2026-05-12", .city = "Minsk"), NO_MEETING(.date = "2024")}},
    {.name = "officials: 'X has served as acting Prime Minister since last week': a title after 'served as' (lexicon appoint)",
     .text = "The CSTO leaders met in Minsk on Tuesday. Daulet Seitov has served as acting Prime Minister since last week.",
     .expect = {HAS_OFFICIAL(.id = "daulet-seitov", .title = "acting Prime Minister")}},
    {.name = "documents: 'adopted model laws \"On A\", \"On B\" and \"On C\"': one model law each (quoted_list)",
     .text = "The CSTO Parliamentary Assembly met in Minsk on Tuesday. The deputies adopted model laws \u201cOn Military "
             "Security\u201d, \u201cOn Countering Extremism\u201d and \u201cOn Biological Safety\u201d.",
     .expect = {DOCUMENTS(.n = 3), HAS_DOCUMENT(.type = "other", .title = "model law \"On Countering Extremism\"", .status = "adopted"),
                HAS_DOCUMENT(.type = "other", .title = "model law \"On Biological Safety\"")}},
    {.name = "documents: 'statements \"On A\" and \"On B\"' are two statements; a singular keyword before quotes is one",
     .text = "The CSTO foreign ministers met in Minsk on Tuesday. They adopted statements \"On Afghanistan\" and \"On the "
             "Middle East\", and a declaration \"On Peace\".",
     .expect = {DOCUMENTS(.n = 3), HAS_DOCUMENT(.type = "statement", .title = "statement \"On the Middle East\""),
                HAS_DOCUMENT(.type = "declaration", .title = "On Peace")}},
    {.name = "officials: 'Chairman of the Mazhilis of Kazakhstan's parliament X': the country's institution after "
             "the title, not X's name",
     .text = "The CSTO Parliamentary Assembly held a plenary session in Minsk on Tuesday. Delegations attended the "
             "session, among them Chairman of the Mazhilis of Kazakhstan's parliament Daulet Seitov and Speaker of "
             "Armenia's National Assembly Anna Petrova.",
     .expect = {HAS_OFFICIAL(.id = "daulet-seitov", .country = "kazakhstan"), HAS_OFFICIAL(.id = "anna-petrova", .country = "armenia"),
                PARTICIPANT(.date = "2026-05-12", .id = "daulet-seitov")}},
    {.name = "meetings: 'joined leaders of the SCO at the meeting of the Council of Heads of State, hosted by President "
             "X ... The summit adopted': the other organisation's, no CSTO meeting",
     .text = "Prime Minister Ivan Orlov on Monday joined leaders of the Shanghai Cooperation Organisation at the meeting "
             "of the Council of Heads of State in Minsk, hosted by Belarusian President Anna Petrova. The summit adopted "
             "the Minsk Declaration. On the sidelines, the two leaders held a bilateral meeting.",
     .expect = {NO_MEETING(.bodies = "CSC")}},
    {.name = "meetings: 'the summit' after the SCO's is the CSTO's once a CSTO meeting is named between",
     .text = "Leaders of the Shanghai Cooperation Organisation met in Minsk on Monday. The CSTO foreign ministers met in "
             "Minsk on Tuesday. The summit of the CSTO will be held on Wednesday.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-12"), HAS_MEETING(.bodies = "CSC", .status = "planned")}},
    {.name = "meetings: 'the two leaders held a bilateral meeting', «министры провели двустороннюю встречу» is no "
             "session of the CSTO",
     .text = "The two leaders held a bilateral meeting in Minsk on Tuesday. Министры обороны провели двустороннюю "
             "встречу в Минске во вторник.",
     .expect = {NO_MEETING(.bodies = "CSC")}},
    {.name = "meetings: 'instructing the Council of Foreign Ministers to prepare a draft ... for our session', «поручили "
             "СМИД подготовить проект к заседанию»: a body told to do something holds no meeting (lexicon instruct)",
     .text = "The CSTO summit was held in Moscow on Monday. I propose instructing the Council of Foreign Ministers to "
             "prepare a draft statement on biological security, so that we can consider it at our regular session in "
             "the autumn. Лидеры поручили СМИД подготовить проект заявления к следующему заседанию.",
     .expect = {NO_MEETING(.bodies = "CFM")}},
    {.name = "tense: 'X stayed away from the CSTO summit in Minsk in November', said in February: last November's, "
             "held (lexicon past_verb); 'will stay away' is the coming one",
     .published = "23.02.2026",
     .text = "Ivan Orlov stayed away from the CSTO summit in Minsk in November. Anna Petrova will stay away from the "
             "CSTO defence ministers' meeting in Astana in June.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025-11", .status = "held", .city = "Minsk"),
                HAS_MEETING(.bodies = "CDM", .date = "2026-06", .status = "planned")}},
    {.name = "dates: 'after Azerbaijani forces attacked Armenian territory in September 2024, the CSTO's leaders held an "
             "emergency video conference': the month it came right after, not the report's",
     .published = "23.02.2026",
     .text = "Armenian officials were angered when, after Azerbaijani forces attacked Armenian territory in September "
             "2024, the CSTO's leaders held an emergency video conference but agreed only to send a mission.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2024-09", .status = "held"), NO_MEETING(.date = "2026-02")}},
    {.name = "dates (guard): 'will meet after the elections in March 2026' takes no month from the elections",
     .published = "23.02.2026",
     .text = "The CSTO foreign ministers will meet after the elections in March 2026.",
     .expect = {NO_MEETING(.bodies = "CFM", .date = "2026-03")}},
    {.name = "dates: 'Russia takes over the rotating chairmanship for 2027, and the next summit is due to be held in "
             "Moscow': that year, said in the same sentence",
     .text = "Russia takes over the rotating chairmanship for 2027, and the next summit is due to be held in Moscow.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2027", .status = "planned", .city = "Moscow")}},
    {.name = "places: 'For Kyrgyzstan, which hosts a Russian airbase at Kant, the summit was a chance ...': the aside's "
             "place is not the summit's, and the summit is the one named before",
     .text = "Leaders of the CSTO gathered in Bishkek on Tuesday. For Kyrgyzstan, which hosts a Russian airbase at Kant, "
             "the summit was a chance to show its loyalty.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .city = "Bishkek"), NO_MEETING(.city = "Kant")}},
    {.name = "meetings: «заседание Совета глав государств – членов ШОС ... Главным итогом саммита ... на полях "
             "саммита»: the SCO's council and summit, no CSTO meeting",
     .text = "В Минске во вторник прошло заседание Совета глав государств – членов Шанхайской организации "
             "сотрудничества. Главным итогом саммита стало принятие новой декларации. Накануне на полях саммита "
             "прошла встреча в расширенном формате.",
     .expect = {NO_MEETING(.bodies = "CSC")}},
    {.name = "meetings: 'the meeting of the Council of Heads of State of the member states of the SCO' is the SCO's",
     .text = "The meeting of the Council of Heads of State of the member states of the SCO was held in Minsk on Tuesday.",
     .expect = {NO_MEETING(.bodies = "CSC")}},
    {.name = "meetings (guard): «саммит ОДКБ ... итоги саммита» with no other organisation: the CSTO's summit",
     .text = "Во вторник в Минске прошел саммит ОДКБ. Итоги саммита подвел президент.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-05-12")}},
    {.name = "dates: «в 1999 году ..., а вернулась в 2006 году: ... на сессии СКБ в Минске 23 июня того года»: the year "
             "last named (dates.tsv anchor_year)",
     .text = "В 1999 году республика вышла из Договора, а вернулась в него в 2006 году: решение приняли на сессии Совета "
             "коллективной безопасности в Минске 23 июня того года.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2006-06-23", .city = "Minsk"), NO_MEETING(.date = "1999-06-23")}},
    {.name = "documents: «проект Декларации Совета ... ОДКБ и «Стратегия коллективной безопасности ...»»: the quoted "
             "title after «и» is a document of its own",
     .text = "Среди документов саммита — проект Декларации Совета коллективной безопасности ОДКБ и «Стратегия "
             "коллективной безопасности ОДКБ на период до 2035 года».",
     .expect = {DOCUMENTS(.n = 2), HAS_DOCUMENT(.type = "declaration", .title = "Декларации Совета коллективной безопасности ОДКБ"),
                HAS_DOCUMENT(.type = "other", .title = "Стратегия коллективной безопасности ОДКБ на период до 2035 года")}},
    {.name = "places: «Главной темой саммита стала ситуация после прихода к власти движения «Талибан» (запрещено в "
             "России)»: a place in parentheses is a remark, not the summit's venue",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла во вторник в Душанбе. Главной темой саммита стала "
             "ситуация в Афганистане после прихода к власти движения «Талибан» (запрещено в России).",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-05-12", .city = "Dushanbe")}},
    {.name = "dates: «заседание Постоянного совета ОДКБ пройдет в конце месяца», 'at the end of the month': this month "
             "(dates.tsv month)",
     .text = "Заседание Постоянного совета ОДКБ пройдет в конце месяца. The CSTO defence ministers will meet in Minsk at "
             "the end of the month.",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2026-05", .status = "planned"),
                HAS_MEETING(.bodies = "CDM", .date = "2026-05", .status = "planned")}},
    {.name = "meetings: «Сегодня в Астане состоялось заседание СМИД ... именно на сессии в Ереване в 2016 году мы "
             "утвердили Стратегию»: another session, placed and dated elsewhere, of the heads of state (csc_session)",
     .text = "Сегодня в Астане состоялось заседание Совета министров иностранных дел ОДКБ. Напомню, что именно на "
             "сессии в Ереване в 2016 году мы утвердили Стратегию коллективной безопасности.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-14", .city = "Astana"),
                HAS_MEETING(.bodies = "CSC", .date = "2016", .city = "Yerevan", .status = "held"), NO_MEETING(.bodies = "CFM", .date = "2016")}},
    {.name = "documents: «не подписал соглашение о Коллективных силах, а в мае проигнорировал саммит»: the title ends "
             "at ', а' (lexicon contrast)",
     .text = "Президент Иван Орлов не подписал соглашение о Коллективных силах оперативного реагирования, а в мае "
             "проигнорировал неформальный саммит ОДКБ в Москве.",
     .expect = {HAS_DOCUMENT(.type = "agreement", .title = "соглашение о Коллективных силах оперативного реагирования"),
                NO_DOCUMENT(.title = "проигнорировал")}},
    {.name = "documents: another organisation's: 'the SCO Development Strategy', «декларацию Совета глав государств – "
             "членов ШОС», and 'The summit adopted the Minsk Declaration' after the SCO's meeting",
     .text = "Leaders of the Shanghai Cooperation Organisation met in Minsk on Tuesday. The summit adopted the Minsk "
             "Declaration and approved the SCO Development Strategy. Лидеры подписали декларацию Совета глав "
             "государств – членов ШОС.",
     .expect = {DOCUMENTS(.n = 0)}},
    {.name = "documents (guard): the CSTO foreign ministers' 'statement on the 80th anniversary of the United Nations' "
             "is theirs: the UN is what it is about",
     .text = "The CSTO foreign ministers met in Minsk on Tuesday and adopted a statement on the 80th anniversary of the "
             "United Nations and a statement supporting the UN Secretary General's call for a ceasefire.",
     .expect = {DOCUMENTS(.n = 2), HAS_DOCUMENT(.type = "statement", .title = "80th anniversary of the United Nations")}},
    {.name = "officials: «начальник Генерального штаба Вооруженных Сил Беларуси генерал-майор Иван Орлов»: the forces "
             "are the title's complement (lexicon institution, notname), not a name",
     .text = "В заседании СМО ОДКБ участвовал начальник Генерального штаба Вооруженных Сил Беларуси генерал-майор Иван "
             "Орлов. Делегацию также представлял начальник Генерального штаба Вооруженных Сил – первый заместитель "
             "министра обороны Казахстана генерал-майор Петр Сидоров.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Chief of the General Staff", .country = "belarus"),
                HAS_OFFICIAL(.id = "petr-sidorov"), NO_OFFICIAL(.id = "vooruzhennykh-sil")}},
    {.name = "dates: «Накануне бишкекского саммита, 26 ноября, прошли заседания СМИД и СМО», told in January: «накануне» "
             "with a genitive is 'on the eve of', no day of its own; the meetings are of 26 November",
     .published = "12.01.2026",
     .text = "Накануне бишкекского саммита, 26 ноября, в кыргызской столице прошли отдельные заседания СМИД и Совета "
             "министров обороны ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2025-11-26", .status = "held"),
                HAS_MEETING(.bodies = "CDM", .date = "2025-11-26", .status = "held"), NO_MEETING(.date = "2026-01-11")}},
    {.name = "dates: ... and the summit it was the eve of is last November's, held",
     .published = "12.01.2026",
     .known_gap = "the summit named as the point of reference takes the eve's date resolved forwards (2026-11-26) plus a "
                  "day, and is planned; the meetings' own dates are corrected to the past only later",
     .text = "Накануне бишкекского саммита, 26 ноября, в кыргызской столице прошли отдельные заседания СМИД и Совета "
             "министров обороны ОДКБ.",
     .expect = {NO_MEETING(.bodies = "CSC", .status = "planned")}},
    {.name = "attendance: «Президент Таджикистана X принимал президента Белоруссии Y»: the host and his guests took part "
             "(lexicon attend, exact_form: not «принимать»)",
     .text = "Сессия Совета коллективной безопасности прошла во вторник в Душанбе. Президент Таджикистана Иван Орлов "
             "принимал президента Белоруссии Петра Сидорова. Министр Анна Петрова сказала, что принимать гостей в "
             "Душанбе — честь.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "anna-petrova")}},
    {.name = "attendance: «Сегодня в Астане проходит сессия СКБ. Накануне прошло заседание СМИД. ... Прибыл президент "
             "Таджикистана X»: a head of state comes to the heads of state's session, not to the ministers' named last",
     .text = "Сегодня в Астане проходит сессия Совета коллективной безопасности ОДКБ. Накануне в столице прошло заседание "
             "Совета министров иностранных дел ОДКБ. Во Дворец Независимости прибыл президент Таджикистана Иван Орлов.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), NOT_PARTICIPANT(.bodies = "CFM", .id = "ivan-orlov")}},
    {.name = "dates: 'Last November in Minsk, X did not show up. Nor did Y attend the joint meeting held the day before': "
             "the day before a day of that month, not of the report",
     .published = "26.02.2026",
     .text = "Last November in Minsk, Ivan Orlov did not show up at all. Nor did Foreign Minister Anna Petrova attend the "
             "joint meeting of foreign ministers and defense ministers held in the Belarusian capital the day before.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2025-11", .city = "Minsk"), NO_MEETING(.date = "2026-02-25")}},
    {.name = "meetings: 'an informal meeting of CSTO leaders, traditionally held in St. Petersburg in late December, "
             "would not take place this year', «совместное заседание ... отменено»: called off, no meeting (lexicon cancelled)",
     .text = "An informal meeting of CSTO leaders, traditionally held in St. Petersburg in late December, would not take "
             "place this year. Совместное заседание СМИД и СМО ОДКБ, намеченное на июнь, отменено.",
     .expect = {MEETINGS(0)}},
    {.name = "meetings (guard): 'the summit will be held in Minsk, and the ministers' meeting was cancelled': the summit stays",
     .text = "The CSTO summit will be held in Minsk in November, while the meeting of the defence ministers was cancelled.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk", .status = "planned"), NO_MEETING(.bodies = "CDM")}},
    {.name = "meetings: other organisations' meetings: 'The presidents of the Eurasian Economic Community (EurAsEC) member "
             "countries met' (orgs.tsv), 'the meeting of the Council of Ministers of Foreign Affairs of the CIS member states'",
     .text = "The presidents of the Eurasian Economic Community (EurAsEC) member countries met in Astana on Tuesday. Anna "
             "Petrova took part in the meeting of the Council of Ministers of Foreign Affairs of the CIS member states.",
     .expect = {MEETINGS(0)}},
    {.name = "dates: 'the plenary session ..., which had been planned for November, was postponed until spring 2027 and "
             "will be held in Minsk': the year it was moved to, planned",
     .published = "01.12.2026",
     .text = "The plenary session of the CSTO Parliamentary Assembly, which had been planned for November, was postponed "
             "until spring 2027 and will be held in Minsk.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2027", .status = "planned", .city = "Minsk"), NO_MEETING(.date = "2026-11")}},
    {.name = "meetings: 'the Secretary General held a working meeting with the Ambassador of Serbia', «рабочая встреча с "
             "послом»: talks with one person, no session; 'the ministers held a meeting with the Secretary General' is theirs",
     .text = "On Wednesday, a regular meeting of the CSTO Permanent Council was held in Moscow. On Tuesday, the CSTO "
             "Secretary General held a working meeting with the Ambassador of the Republic of Serbia. Генеральный секретарь "
             "ОДКБ провел рабочую встречу с послом Сербии. On Monday, the CSTO foreign ministers held a meeting with the "
             "Secretary General.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "PC", .date = "2026-05-13"), HAS_MEETING(.bodies = "CFM", .date = "2026-05-11"),
                NO_MEETING(.date = "2026-05-12")}},
    {.name = "dates: 'The next meeting of the Permanent Council, originally scheduled for May 23, will be held on May 30', "
             "«первоначально запланированное на 23 мая, пройдет 30 мая»: the date it was moved to (lexicon originally)",
     .text = "The next meeting of the CSTO Permanent Council, originally scheduled for May 23, will be held on May 30. "
             "Заседание Совета министров обороны ОДКБ, первоначально запланированное на 20 июня, пройдет 27 июня.",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2026-05-30", .status = "planned"), NO_MEETING(.date = "2026-05-23"),
                HAS_MEETING(.bodies = "CDM", .date = "2026-06-27"), NO_MEETING(.date = "2026-06-20")}},
    {.name = "officials: «назначили генеральным секретарем ОДКБ Николая Бордюжу»: the accusative object back in the "
             "nominative (Николай Бордюжа)",
     .text = "На сессии Совета коллективной безопасности во вторник главы государств назначили генеральным секретарем "
             "ОДКБ Ивана Бородулю.",
     .expect = {HAS_OFFICIAL(.id = "ivan-borodula", .title = "Secretary General"), NO_OFFICIAL(.id = "ivana-borodulu")}},
    {.name = "officials: «с Председателем Кабинета министров Адылбеком Касымалиевым», «саммит глав государств Центральной "
             "Азии»: the cabinet is the title's complement, Central Asia no name",
     .text = "Генеральный секретарь ОДКБ провел встречу с Председателем Кабинета министров Иваном Орловым. В марте прошел "
             "саммит глав государств Центральной Азии.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov"), NO_OFFICIAL(.id = "kabinet"), NO_OFFICIAL(.id = "centralnoj-azii")}},
    {.name = "meetings: a list of dates, each with its place or format: «В 2019 году главы государств собирались в "
             "Бишкеке, в 2020-м — в формате видеоконференции, в 2021-м — в Душанбе», 'met in Bishkek in 2019, by video "
             "in 2020 and in Dushanbe in 2021': one meeting each",
     .published = "23.11.2022",
     .text = "В 2019 году главы государств ОДКБ собирались в Бишкеке, в 2020-м — в формате видеоконференции, в 2021-м — "
             "в Душанбе. The CSTO defence ministers met in Minsk in 2016, by video in 2017 and in Astana in 2018.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2019", .city = "Bishkek"), HAS_MEETING(.bodies = "CSC", .date = "2020", .format = "video"),
                HAS_MEETING(.bodies = "CSC", .date = "2021", .city = "Dushanbe"), HAS_MEETING(.bodies = "CDM", .date = "2016", .city = "Minsk"),
                HAS_MEETING(.bodies = "CDM", .date = "2017", .format = "video"), HAS_MEETING(.bodies = "CDM", .date = "2018", .city = "Astana")}},
    {.name = "meetings (guard): 'The leaders met in Minsk in 2019, and the Treaty they praised was signed in 1992': a "
             "date with no place or format of its own is no listed meeting",
     .published = "23.11.2022",
     .text = "The CSTO leaders met in Minsk in 2019, and the declaration they praised was adopted in 2002.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2019", .city = "Minsk")}},
    {.name = "officials: «армянский президент X, казахстанский — Y и таджикский — Z»: the title understood after each "
             "country adjective and a dash",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла во вторник в Москве. Документы подписали армянский "
             "президент Иван Орлов, казахстанский — Петр Сидоров и таджикский — Олег Козлов.",
     .expect = {HAS_OFFICIAL(.id = "petr-sidorov", .title = "President", .country = "kazakhstan"),
                HAS_OFFICIAL(.id = "oleg-kozlov", .title = "President", .country = "tajikistan"),
                PARTICIPANT(.bodies = "CSC", .id = "oleg-kozlov")}},
    {.name = "meetings: 'The summit was preceded, on October 13, by a joint session ..., chaired by Armenia's Foreign "
             "Minister X': the date and the chair are the joint session's (commas around the date, 's in the title)",
     .published = "18.10.2026",
     .text = "The CSTO summit in Yerevan was preceded, on October 13, by a joint session of the foreign ministers and "
             "defense ministers, chaired by Armenia's Foreign Minister Ivan Orlov.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-10-13"), NO_MEETING(.bodies = "CSC", .date = "2026-10-13"),
                PARTICIPANT(.bodies = "CDM+CFM", .id = "ivan-orlov"), NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov")}},
    {.name = "meetings: «в марте в Душанбе прошел саммит глав государств Центральной Азии, а в мае в Минске пройдет "
             "заседание Совета глав правительств СНГ»: the Central Asian summit is no CSTO summit (orgs.tsv C5), and the "
             "clause after «, а» is no item of a list",
     .text = "Напомним, в марте в Душанбе прошел саммит глав государств Центральной Азии, а в мае в Минске пройдет "
             "заседание Совета глав правительств СНГ. The leaders of the Central Asian states met in Astana on Monday.",
     .expect = {MEETINGS(0)}},
    {.name = "documents: «примут Декларацию Совета коллективной безопасности и утвердят План коллективных действий»: "
             "the title ends before «и» and a verb of adopting",
     .text = "На сессии СКБ ОДКБ в Москве в пятницу лидеры примут Декларацию Совета коллективной безопасности и утвердят "
             "План коллективных действий государств - членов ОДКБ.",
     .expect = {DOCUMENTS(.n = 2), HAS_DOCUMENT(.type = "declaration", .title = "Декларация Совета коллективной безопасности"),
                NO_DOCUMENT(.title = "утвердят"), HAS_DOCUMENT(.type = "plan", .title = "План коллективных действий")}},
    {.name = "officials: a genitive complement then initials and a surname: «Председатель Государственного "
             "военно-промышленного комитета Республики Беларусь С.П.Гурулев», «под председательством Председателя "
             "Межгосударственной комиссии по военно-экономическому сотрудничеству ОДКБ Д.О.Рогозина»",
     .text = "Заседание МКВЭС ОДКБ прошло во вторник в Москве под председательством Председателя Межгосударственной "
             "комиссии по военно-экономическому сотрудничеству ОДКБ И.П.Орлова. В нем участвовал Председатель "
             "Государственного военно-промышленного комитета Республики Беларусь П.С.Сидоров.",
     .expect = {HAS_OFFICIAL(.id = "i-p-orlov", .title = "Chairman"), HAS_OFFICIAL(.id = "p-s-sidorov", .country = "belarus"),
                PARTICIPANT(.bodies = "IMEC", .id = "p-s-sidorov")}},
    {.name = "attendance: 'X was first to arrive', 'Y flew in for the summit', 'Z arrived to attend' (lexicon attend)",
     .text = "The CSTO summit opened in Minsk on Tuesday. Belarus's Ivan Orlov was first to arrive. Anna Petrova flew in "
             "for the summit from Moscow, and Petr Sidorov arrived to attend it.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CSC", .id = "anna-petrova"),
                PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov")}},
    {.name = "meetings: «Сессия СКБ состоится 2 декабря ... накануне саммита, 30 ноября, пройдет заседание СМИД ... "
             "Совместного заседания СМИД и СМО накануне саммита в этом году не будет»: the summit keeps its day, and a "
             "meeting there will not be is none",
     .published = "20.11.2026",
     .text = "Очередная сессия Совета коллективной безопасности ОДКБ состоится 2 декабря в формате видеоконференции. "
             "Накануне саммита, 30 ноября, пройдет заседание Совета министров иностранных дел ОДКБ. Совместного "
             "заседания СМИД и СМО накануне саммита в этом году не будет. На саммите не будет Ивана Орлова.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "CSC", .date = "2026-12-02"), HAS_MEETING(.bodies = "CFM", .date = "2026-11-30"),
                NO_MEETING(.bodies = "CSC", .date = "2026-12-01"), NO_MEETING(.bodies = "CDM+CFM")}},
    {.name = "documents: 'decisions on the budget for 2027 and on the appointment of X, a former Prime Minister of "
             "Kazakhstan, as Secretary General': two decisions, the commas set off an apposition",
     .text = "The CSTO leaders met in Minsk on Tuesday. They adopted decisions on the CSTO budget for 2027 and on the "
             "appointment of Ivan Orlov, a former Prime Minister of Kazakhstan, as Secretary General of the Organization.",
     .expect = {DOCUMENTS(.n = 2), HAS_DOCUMENT(.type = "decision", .title = "decision on the CSTO budget for 2027"),
                HAS_DOCUMENT(.type = "decision", .title = "appointment of Ivan Orlov"), NO_DOCUMENT(.title = "decision on 2027")}},
    {.name = "officials: 'X, the bloc's secretary general, who also attended the session', 'Y, the organization's "
             "deputy secretary general': the CSTO's office, and X took part",
     .text = "The CSTO summit was held in Minsk on Tuesday. \"The door remains open,\" said Ivan Orlov, the bloc's "
             "secretary general, who also attended the session. Petr Sidorov, the organization's deputy secretary general, "
             "briefed reporters.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .org = "CSTO"), PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"),
                HAS_OFFICIAL(.id = "petr-sidorov", .org = "CSTO")}},
    {.name = "officials: 'appointed X, the state secretary of Belarus' Security Council, as secretary general' (titles.tsv "
             "State Secretary); 'X, who was in Bishkek as part of the Belarusian delegation' took part",
     .text = "Leaders of the CSTO gathered in Bishkek on Tuesday. The Collective Security Council appointed Ivan Orlov, the "
             "state secretary of Belarus' Security Council, as secretary general. Orlov, who was in Bishkek as part of the "
             "Belarusian delegation, will serve a three-year term.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .country = "belarus"), PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov")}},
    {.name = "meetings: 'The two-day meeting of the SCO Council of Heads of State ended in Samarkand ... Following the "
             "meeting, the leaders signed': the SCO's, and 'the meeting' after it too",
     .text = "The two-day meeting of the SCO Council of Heads of State ended in Minsk on Tuesday. Following the meeting, "
             "the leaders signed the Minsk Declaration.",
     .expect = {MEETINGS(0)}},
    {.name = "attendance: 'The decision in principle was taken at an extraordinary session in Moscow on Feb. 4. ... X and "
             "Y also attended.': a past session cited for its decision takes no focus from the June summit",
     .published = "14.06.2026",
     .text = "The CSTO leaders gathered in the Kremlin today for the session of the Collective Security Council. The "
             "decision in principle to create the force was taken at an extraordinary session of the Collective Security "
             "Council in Moscow on Feb. 4. Kazakh President Ivan Orlov and Armenian President Petr Sidorov also attended.",
     .expect = {PARTICIPANT(.date = "2026-06-14", .id = "ivan-orlov"), NOT_PARTICIPANT(.date = "2026-02-04", .id = "ivan-orlov")}},
    {.name = "meetings: a timeline's headings «14 мая 2002 года, Москва», '4 February 2009, Moscow', '10 January 2022' on "
             "lines of their own date the session told of on the next line",
     .published = "22.11.2026",
     .text = "Хроника саммитов.\n\n14 мая 2002 года, Москва\nСессия Совета коллективной безопасности приняла решение "
             "преобразовать договор в организацию.\n\n4 February 2009, Moscow\nAn extraordinary session of the Collective "
             "Security Council approved the force.\n\n10 January 2022\nAn extraordinary session of the CSC was held by video.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2002-05-14", .city = "Moscow"),
                HAS_MEETING(.bodies = "CSC", .date = "2009-02-04", .city = "Moscow"), HAS_MEETING(.bodies = "CSC", .date = "2022-01-10")}},
    {.name = "officials: «президенты России, Белоруссии и Армении — соответственно A, B и C» (the names in the order of "
             "the countries); «Впрочем, президенты ...» (no name); «исполняющим обязанности премьер-министра Казахстана "
             "является X»",
     .text = "Подписи поставили президенты России, Белоруссии и Армении — соответственно Иван Орлов, Петр Сидоров и Олег "
             "Козлов. Впрочем, президент Грузии Анна Петрова не приехала. Напомним, исполняющим обязанности премьер-министра "
             "Казахстана сейчас является Мария Смирнова.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .country = "russia"), HAS_OFFICIAL(.id = "petr-sidorov", .country = "belarus"),
                HAS_OFFICIAL(.id = "oleg-kozlov", .country = "armenia"), NO_OFFICIAL(.id = "vprochem"),
                HAS_OFFICIAL(.id = "maria-smirnova", .country = "kazakhstan")}},
    {.name = "attendance: «Подписи под уставом поставили президенты ...» are signers of the session named before; "
             "«приехали в Кишинев на саммит Содружества» is the CIS's (orgs.tsv «Содружество», a place between)",
     .text = "Документы были подписаны на сессии Совета коллективной безопасности в Кишиневе во вторник. Подписи под уставом "
             "поставили президент России Иван Орлов и президент Белоруссии Петр Сидоров. Президент Грузии Олег Козлов в тот "
             "же день приехал в Кишинев на саммит Содружества.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "oleg-kozlov"), MEETINGS(1)}},
    {.name = "dates: an item stamped «2 декабря 2026 года 16:30» that opens «Владимир Путин провёл заседание Совета "
             "коллективной безопасности» with no date: that day (without a time of day, the month stays a guess)",
     .published = "2 декабря 2026 года 16:30",
     .text = "Иван Орлов в режиме видеоконференции провёл заседание Совета коллективной безопасности ОДКБ. В заседании "
             "приняли участие президенты.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-12-02", .status = "held")}},
    {.name = "dates: the same item stamped with its day alone: that day too (a held meeting no sentence dates is the "
             "report's day, pipeline.c)",
     .published = "2 декабря 2026 года",
     .text = "Иван Орлов в режиме видеоконференции провёл заседание Совета коллективной безопасности ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-12-02", .status = "held"), MEETINGS(1)}},
    {.name = "dates (guard): «2 декабря 2026 года»: a meeting to come that no sentence dates keeps the report's month "
             "(its day is later), as does a held one in a report dated to the month only",
     .published = "2 декабря 2026 года",
     .text = "Министр Иван Орлов прибыл в Минск, где примет участие в заседании Совета министров обороны ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2026-12", .status = "planned"), NO_MEETING(.date = "2026-12-02")}},
    {.name = "officials: 'Kazakhstan's leader X', 'Kyrgyzstan's interim leader, Y' (titles.tsv Leader: a head of state's word)",
     .text = "The CSTO summit met in Astana on Tuesday, with Kazakhstan's leader Ivan Orlov in the chair. Kyrgyzstan's "
             "interim leader, Anna Petrova, asked for help.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .country = "kazakhstan", .title = "Leader"), HAS_OFFICIAL(.id = "anna-petrova", .country = "kyrgyzstan"),
                PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov")}},
    {.name = "documents: 'signed ... a number of decisions, including on the formation of medical units': a container "
             "with 'including' names its documents",
     .text = "The CSTO leaders met in Minsk on Tuesday. They signed a number of decisions, including on the formation of "
             "the military medical units.",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "formation of the military medical units", .status = "adopted")}},
    {.name = "attendance: 'X said he would not travel to Minsk, and Yerevan did not send a delegation' (lexicon absent); "
             "'Y did not come to Yerevan and was represented by Deputy Defense Minister Z': Z came in his place",
     .text = "The CSTO summit was held in Minsk on Thursday. Prime Minister Ivan Orlov said earlier this month that he "
             "would not travel to Minsk, and Yerevan did not send a lower-level delegation. On Tuesday the CSTO defence "
             "ministers met in Minsk; Defense Minister Petr Sidorov did not come to Minsk and was represented by Deputy "
             "Defense Minister Colonel General Oleg Kozlov.",
     .expect = {NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), NOT_PARTICIPANT(.id = "petr-sidorov"),
                PARTICIPANT(.bodies = "CDM", .id = "oleg-kozlov")}},
    {.name = "meetings: 'a second emergency video session, which X also chaired, on October 28': the date past the "
             "aside is the session's, another of the bodies last named; 'an instruction to the foreign ministers to "
             "prepare a draft' is no meeting of theirs (lexicon instruct)",
     .published = "27.02.2024",
     .text = "The CSTO Collective Security Council convened by videoconference on September 13, 2022. A second "
             "emergency video session, which Ivan Orlov also chaired, on October 28 reviewed the findings but produced "
             "only an instruction to the foreign ministers to prepare a draft decision.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-09-13"), HAS_MEETING(.bodies = "CSC", .date = "2022-10-28"),
                NO_MEETING(.bodies = "CFM"), MEETINGS(2)}},
    {.name = "meetings: 'X is due to host the leaders in Astana in the autumn', after the CSTO's chairmanship: the "
             "leaders' summit, to come (lexicon guests_of: host, will host, to host)",
     .published = "27.02.2024",
     .text = "Kazakhstan holds the rotating chairmanship of the CSTO in 2024, and President Ivan Orlov is due to host "
             "the leaders in Astana in the autumn.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2024", .city = "Astana", .status = "planned")}},
    {.name = "meetings: 'On December 2, 2020, the council met online' after the Collective Security Council's session: "
             "'the council' alone is the body in focus, a meeting of its own on its own date (lexicon body_anaphor); "
             "'The council also approved the budget' is the same session",
     .published = "03.12.2025",
     .text = "The CSTO Collective Security Council met in Bishkek on November 27. The council also approved the budget. "
             "On December 2, 2020, with the pandemic raging, the council met online for the first time.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025-11-27", .city = "Bishkek"),
                HAS_MEETING(.bodies = "CSC", .date = "2020-12-02", .format = "video"), MEETINGS(2)}},
    {.name = "meetings: 'Most of the same leaders met again in Tianjin at the Shanghai Cooperation Organisation summit': "
             "the leaders met at another organisation's summit, no CSTO meeting",
     .published = "03.12.2025",
     .text = "The CSTO Collective Security Council met in Bishkek on November 27. Most of the same leaders met again in "
             "Tianjin at the Shanghai Cooperation Organisation summit at the turn of August and September.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025-11-27"), MEETINGS(1)}},
    {.name = "documents: «Декларацию ... и еще около полутора десятков решений» ends before the count (lexicon approx, "
             "number_word); «один из самых объемных пакетов решений» is no document (a container in the genitive); "
             "'in pursuance of the 2015 decision', «во исполнение решения СКБ 2015 года»: a document in force already "
             "(lexicon pursuant); «..., сообщает корреспондент» ends a title (lexicon speech)",
     .text = "Саммит ОДКБ прошел в Астане 8 ноября 2018 года. Главы государств утвердили Декларацию Совета коллективной "
             "безопасности и еще около полутора десятков решений, в основном технических. Они подписали 15 документов — это один из самых объемных "
             "пакетов решений за последние годы. Решение о назначении принято во исполнение решения СКБ 2015 года. "
             "The leaders acted in pursuance of the 2015 decision on the command system. Лидеры приняли Заявление о "
             "борьбе с терроризмом, сообщает корреспондент агентства.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .title = "Декларация Совета коллективной безопасности"),
                NO_DOCUMENT(.title = "полутора"), NO_DOCUMENT(.title = "последние годы"), NO_DOCUMENT(.title = "2015"),
                NO_DOCUMENT(.title = "command system"), NO_DOCUMENT(.title = "корреспондент"),
                HAS_DOCUMENT(.type = "statement", .title = "борьбе с терроризмом")}},
    {.name = "meetings: «10 января вел внеочередную видеосессию СКБ»: «видеосессия» is a meeting noun, held by video "
             "(lexicon meeting_noun, video)",
     .published = "23.02.2024",
     .text = "В январе 2022 года Иван Орлов, председательствовавший тогда в Совете коллективной безопасности, 10 января "
             "вел внеочередную видеосессию СКБ, посвященную казахстанским событиям.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-01-10", .format = "video", .status = "held")}},
    {.name = "meetings: «в совместном заседании министров иностранных дел, обороны и секретарей советов безопасности»: "
             "«обороны» after a comma is the defence ministers' (bodies.tsv: the elided «министры иностранных дел, обороны»)",
     .published = "23.02.2024",
     .text = "Саммит ОДКБ прошел в Минске 23 ноября 2023 года. Накануне в совместном заседании министров иностранных "
             "дел, обороны и секретарей советов безопасности не участвовали министры Армении.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2023-11-22"), NO_MEETING(.bodies = "CFM+CSSC")}},
    {.name = "tense: «не приедут на пленарное заседание Парламентской ассамблеи ОДКБ, прошедшее в Москве 19 декабря», said "
             "in February: the participle says the session took place, last December (lexicon past_verb: «прошедшее», "
             "«состоявшееся»)",
     .published = "23.02.2024",
     .text = "Иван Орлов уведомил Анну Петрову, что армянская делегация не приедет на пленарное заседание "
             "Парламентской ассамблеи ОДКБ, прошедшее в Москве 19 декабря.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2023-12-19", .status = "held", .city = "Moscow")}},
    {.name = "meetings: '\"We agreed to hold our next meeting in Astana in November\", Orlov said', by a foreign "
             "minister after the summit is named: the speaker's body meets next (lexicon our; titles.tsv CFM), also "
             "«Нашу следующую встречу ...», — сказал Орлов»",
     .published = "21.06.2024",
     .text = "The CSTO Council of Foreign Ministers met in Almaty on June 21, chaired by Kazakh Foreign Minister Ivan "
             "Orlov. The CSTO summit will be held in Astana on November 28. \"We agreed to hold our next meeting in "
             "Astana in November,\" Orlov said.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2024-06-21"),
                HAS_MEETING(.bodies = "CFM", .date = "2024-11", .city = "Astana", .status = "planned"),
                HAS_MEETING(.bodies = "CSC", .date = "2024-11-28"), MEETINGS(3)}},
    {.name = "meetings: «Нашу следующую встречу предлагается провести в Астане в ноябре — накануне сессии СКБ», — сказал "
             "министр иностранных дел: the CFM's next meeting",
     .published = "21.06.2024",
     .text = "Заседание СМИД ОДКБ прошло в пятницу, 21 июня, в Алма-Ате. Председательствовал министр иностранных дел "
             "Казахстана Иван Орлов. Сессия СКБ состоится 28 ноября в Астане. «Нашу следующую встречу предлагается "
             "провести в Астане в ноябре текущего года — накануне сессии Совета коллективной безопасности», — сказал "
             "Орлов.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2024-11", .city = "Astana", .status = "planned"),
                HAS_MEETING(.bodies = "CSC", .date = "2024-11-28")}},
    {.name = "meetings: «вопрос перенесли на неформальную встречу лидеров ОДКБ в Санкт-Петербурге 6 декабря»: «лидеры "
             "ОДКБ» are the heads of state (bodies.tsv CSC people)",
     .published = "12.11.2018",
     .text = "Вопрос перенесли на неформальную встречу лидеров ОДКБ в Санкт-Петербурге 6 декабря.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2018-12-06", .city = "Saint Petersburg", .status = "planned")}},
    {.name = "meetings: «Во вторник вечером главы внешнеполитических ведомств провели в здании МИД Армении внеочередное "
             "заседание»: a session the people before it held (lexicon hold_verb), as 'held an extraordinary meeting'; "
             "«лидеры провели встречу в узком составе, затем ... с участием министров иностранных дел» is not the ministers'",
     .published = "23.11.2022",
     .text = "Саммит ОДКБ прошел в Ереване 23 ноября. Во вторник вечером главы внешнеполитических ведомств провели в "
             "здании МИД Армении внеочередное заседание. Сначала лидеры провели встречу в узком составе, затем "
             "переговоры продолжились в расширенном формате с участием министров иностранных дел.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2022-11-22"), HAS_MEETING(.bodies = "CSC", .date = "2022-11-23"),
                MEETINGS(2)}},
    {.name = "meetings: '... held a joint meeting in Bishkek and cleared some 20 draft decisions for the summit': the "
             "summit is the point of reference, not a second one on the ministers' day (lexicon relative_mod: decisions for)",
     .published = "28.11.2019",
     .text = "Heads of state of the CSTO met in Bishkek on Thursday for a regular session of the Collective Security "
             "Council. The groundwork was laid on Wednesday, when the foreign ministers, defense ministers and secretaries "
             "of the security councils held a joint meeting in Bishkek and cleared some 20 draft decisions for the summit.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2019-11-28"), HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2019-11-27"),
                MEETINGS(2)}},
    {.name = "meetings: 'the same leaders are due to meet again ... for a session of the Supreme Eurasian Economic Council "
             "of the Eurasian Economic Union': a session of another organisation's council is no CSTO meeting",
     .published = "28.11.2019",
     .text = "Heads of state of the CSTO met in Bishkek on Thursday for a regular session of the Collective Security "
             "Council. Several of the same leaders are due to meet again in St. Petersburg on December 20 for a session "
             "of the Supreme Eurasian Economic Council of the Eurasian Economic Union.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2019-11-28"), MEETINGS(1)}},
    {.name = "meetings: 'An action plan was agreed back in February by the Permanent Council': the agent of an adoption "
             "in a dated sentence met then; not without a month ('the plan approved by the Permanent Council')",
     .published = "28.11.2019",
     .text = "An action plan for implementing the decisions was agreed back in February by the Permanent Council, the body "
             "of the member states' envoys to the organization. The plan approved by the Council of Foreign Ministers "
             "is long.",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2019-02"), NO_MEETING(.bodies = "CFM")}},
    {.name = "dates: 'Kazakh President X has told a virtual summit of the CSTO that ...', the report's first sentence: the "
             "present perfect is the news of the report's day (lexicon perfect)",
     .published = "10.01.2022",
     .text = "Kazakh President Ivan Orlov has told a virtual summit of the Russia-led Collective Security Treaty "
             "Organization (CSTO) that last week's violence was an attempted coup.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-01-10", .format = "video")}},
    {.name = "meetings: a live report of its day: 'X opened the extraordinary session of the Collective Security Council' "
             "and, in its first entry, 'Leaders ... are due to hold a video conference later today': one meeting, held",
     .published = "10.01.2022",
     .text = "Kazakh President Ivan Orlov has told a virtual summit of the CSTO that the violence was an attempted coup. "
             "Hello and welcome to our coverage. Leaders of the six CSTO member states are due to hold a video conference "
             "later today.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-01-10", .status = "held"), MEETINGS(1)}},
    {.name = "dates: 'After the Minsk summit X is expected to travel to St. Petersburg in late December': the summit is "
             "the point in time the sentence opens with, not dated by what follows it (nor by the next chairmanship's year)",
     .published = "20.11.2023",
     .text = "The session of the CSTO Collective Security Council will take place in Minsk on 23 November. Kazakhstan is "
             "expected to take over the chairmanship in 2024. After the Minsk summit Ivan Orlov is expected to travel to "
             "St. Petersburg in late December.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2023-11-23", .city = "Minsk"), MEETINGS(1)}},
    {.name = "documents: 'cleared some 20 draft decisions for the summit' counts documents and names none; 'had been "
             "canceled by decision of the leadership' is an authority, no document",
     .published = "28.11.2019",
     .text = "The CSTO summit was held in Bishkek on Thursday. On Wednesday the foreign ministers held a joint meeting and "
             "cleared some 20 draft decisions for the summit. The exercises had been canceled by decision of the "
             "leadership.",
     .expect = {DOCUMENTS(.n = 0)}},
    {.name = "documents: '... and on measures to shape a positive image of the organization (Kremlin.ru, November 27)': "
             "a source cited with its date in brackets ends the last item, and is no item",
     .published = "03.12.2025",
     .text = "The CSTO summit was held in Bishkek on November 27. The leaders signed decisions on the CSTO collective "
             "security strategy, on the anti-drug strategy for 2026-2030, and on measures to shape a positive image of "
             "the organization in the information space (Kremlin.ru, November 27).",
     .expect = {DOCUMENTS(.n = 3), NO_DOCUMENT(.title = "Kremlin"), NO_DOCUMENT(.title = "November"),
                HAS_DOCUMENT(.type = "decision", .title = "positive image of the organization in the information space")}},
    {.name = "officials: 'Russia has put forward Colonel General Ivan Orlov for the post', 'Armenian general Petr Sidorov': "
             "a military rank alone before a name is the title (titles.tsv); not where an office is named before it or "
             "after the name ('Colonel General Anna Petrova, chief of the General Staff of the Armenian Armed Forces')",
     .text = "Russia has put forward Colonel General Ivan Orlov for the post. Yerevan recalled his predecessor, Armenian "
             "general Petr Sidorov, in November 2018. Armenia's candidate, Colonel General Anna Petrova, chief of the "
             "General Staff of the Armenian Armed Forces, is expected to be confirmed.",
     .expect = {HAS_OFFICIAL(.name = "Ivan Orlov", .title = "Colonel General"),
                HAS_OFFICIAL(.name = "Petr Sidorov", .title = "General", .country = "armenia"),
                HAS_OFFICIAL(.name = "Anna Petrova", .title = "Chief of the General Staff of the Armenian Armed Forces",
                             .country = "armenia")}},
    {.name = "attendance: 'X told the video meeting that ...', 'Y has told a virtual summit of the CSTO that ...': told "
             "the meeting itself, past its modifiers (lexicon meeting_mod, now with virtual), is being there, not "
             "telling the press",
     .published = "10.01.2022",
     .text = "Kazakh President Ivan Orlov has told a virtual summit of the CSTO that the violence was an attempted coup. "
             "Russian President Petr Sidorov told the video meeting that the unrest was an act of aggression.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov")}},
    {.name = "attendance: «Президенты России и Казахстана — Иван Орлов и Петр Сидоров — приняли решение о ...» after the "
             "session: those who took the decision were there (lexicon decide after every name); not one named after it "
             "('They took a decision to create a body headed by Chief of the General Staff Anna Petrova')",
     .published = "27.07.2009",
     .text = "4 февраля в Москве прошла внеочередная сессия Совета коллективной безопасности ОДКБ. Президенты России и "
             "Казахстана — Иван Орлов и Петр Сидоров — приняли решение о создании КСОР. They took a decision to create a "
             "staff body headed by Chief of the General Staff Anna Petrova.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov"),
                NOT_PARTICIPANT(.id = "anna-petrova")}},
    {.name = "officials: «В Армению приехали Орлов, президенты Казахстана и Таджикистана Петр Сидоров и Иван Петров»: a "
             "Russian title in -ы is a plural, of the names after it, no apposition of the name before",
     .text = "В Армению приехали Орлов, президенты Казахстана и Таджикистана Петр Сидоров и Иван Петров.",
     .expect = {HAS_OFFICIAL(.name = "Петр Сидоров", .country = "kazakhstan"),
                HAS_OFFICIAL(.name = "Иван Петров", .country = "tajikistan"), NO_OFFICIAL(.name = "Орлов")}},
    {.name = "documents: «Среди документов, по которым консенсус был достигнут, — решение о назначении ...», «Среди "
             "ключевых документов — Стратегия ..., Антинаркотическая стратегия на 2026–2030 годы и План ...»: the phrase "
             "that names the documents opens their list (lexicon among_them)",
     .published = "27.11.2025",
     .text = "Сессия СКБ ОДКБ прошла в Бишкеке 27 ноября. Среди документов, по которым консенсус был достигнут, — решение "
             "о назначении нового генерального секретаря ОДКБ. Среди ключевых документов — Стратегия коллективной "
             "безопасности ОДКБ, Антинаркотическая стратегия на 2026–2030 годы и План развития военного сотрудничества.",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "о назначении нового генерального секретаря"),
                HAS_DOCUMENT(.type = "other", .title = "стратегия на 2026–2030 годы"),
                HAS_DOCUMENT(.type = "plan", .title = "План развития военного сотрудничества")}},
    {.name = "attendance: «Помимо Орлова, в ней участвовали ...»: a capitalised preposition that opens the sentence is no "
             "first name (lexicon notname), so the surname is the known official's, who took part too",
     .published = "12.01.2022",
     .text = "Президент Казахстана Иван Орлов обратился к ОДКБ. 10 января прошла внеочередная сессия СКБ в режиме "
             "видеоконференции. Помимо Орлова, в ней участвовали президент России Петр Сидоров и президент Беларуси "
             "Олег Петров.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov")}},
    {.name = "attendance: 'Russian diplomat X' is an official (titles.tsv Diplomat); 'X reported to the heads of state on how "
             "the decisions of last year's Astana session had been carried out', after the ministers' meeting is named: the "
             "audience the attend phrase names is whose meeting he attended (lexicon attend, meeting_of_audience)",
     .published = "28.11.2019",
     .text = "Heads of state of the CSTO met in Bishkek on Thursday for a regular session of the Collective Security "
             "Council. The post has been filled by Russian diplomat Ivan Orlov. The question was settled when the foreign "
             "ministers agreed on it at their meeting in Bishkek on May 22. Orlov reported to the heads of state on how the "
             "decisions of last year's Astana session had been carried out.",
     .expect = {HAS_OFFICIAL(.name = "Ivan Orlov", .title = "Diplomat", .country = "russia"),
                PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), NOT_PARTICIPANT(.bodies = "CFM", .id = "ivan-orlov")}},
    {.name = "documents: '..., and approved regulations on the status of CSTO observer and partner states': 'regulations' "
             "names one document, its title from 'on' (doctypes.tsv; 'regulations on' as one keyword left no title)",
     .text = "The CSTO summit was held in Astana on Thursday. The leaders adopted a statement on coordinated action against "
             "terrorists, and approved regulations on the status of CSTO observer and partner states.",
     .expect = {HAS_DOCUMENT(.type = "other", .title = "regulations on the status of CSTO observer and partner states"),
                HAS_DOCUMENT(.type = "statement", .title = "statement on coordinated action against terrorists")}},
    {.name = "dates: a timeline's heading 'September 13, 2022' on its line, then 'Hours after ... Yerevan requested "
             "assistance. An extraordinary session of the Collective Security Council was convened by video link that "
             "evening': the heading dates its paragraph and anchors 'that evening' (a paragraph long before the report "
             "keeps its anchor under a heading)",
     .published = "29.11.2024",
     .text = "Yesterday the CSTO held its summit in Astana without Armenia.\n\nSeptember 13, 2022\n\nHours after the "
             "attacks, Yerevan requested assistance. An extraordinary session of the CSTO Collective Security Council was "
             "convened by video link that evening.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-09-13", .format = "video"),
                HAS_MEETING(.bodies = "CSC", .date = "2024-11-28")}},
    {.name = "dates: 'X stayed away from the joint meeting ... in Minsk, and the following day Y skipped the Minsk summit': "
             "the date that opens the clause after ', and' is the summit's, not the joint meeting's before it",
     .published = "29.11.2024",
     .text = "Yesterday the CSTO held its summit in Astana without Armenia.\n\nNovember 22, 2023\n\nForeign Minister Ivan "
             "Orlov stayed away from the joint meeting of the CSTO foreign ministers, defence ministers and security "
             "council secretaries in Minsk, and the following day Petr Sidorov skipped the Minsk summit.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2023-11-22"), HAS_MEETING(.bodies = "CSC", .date = "2023-11-23")}},
    {.name = "dates: a timeline's heading that is a range of days ('November 22-23, 2023' on its line) anchors 'the following "
             "day' at its first day",
     .published = "29.11.2024",
     .text = "Yesterday the CSTO held its summit in Astana without Armenia.\n\nNovember 22-23, 2023\n\nForeign Minister Ivan "
             "Orlov stayed away from the joint meeting of the CSTO foreign ministers in Minsk, and the following day Petr "
             "Sidorov skipped the Minsk summit.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2023-11-22"), HAS_MEETING(.bodies = "CSC", .date = "2023-11-23")}},
    {.name = "meetings: 'Security chiefs of the seven-nation CSTO held emergency consultations in Moscow': the security "
             "council secretaries' meeting (bodies.tsv CSSC people: security chiefs; lexicon meeting_noun: consultations)",
     .published = "14.06.2010",
     .text = "Security chiefs of the seven-nation Collective Security Treaty Organisation (CSTO) held emergency "
             "consultations in Moscow on Monday.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .date = "2010-06-14", .city = "Moscow"), MEETINGS(1)}},
    {.name = "documents: 'a protocol amending the agreement on the organization's peacekeeping activities of Oct. 6, 2007': "
             "a title may start with 'amending' (lexicon doc_starter) and runs past the full stop of a month in a date; "
             "'..., and it stayed out of ...' ends a title",
     .text = "The CSTO leaders met by video on Wednesday. They signed a protocol amending the agreement on the "
             "organization's peacekeeping activities of Oct. 6, 2007, according to the Kremlin. They adopted a statement "
             "on the Afghan border, and it stayed out of the news.",
     .expect = {HAS_DOCUMENT(.type = "protocol", .title = "peacekeeping activities of Oct. 6, 2007"),
                HAS_DOCUMENT(.type = "statement", .title = "statement on the Afghan border"),
                NO_DOCUMENT(.title = "stayed")}},
    {.name = "dates: a chronicle's entries «Январь 2022 года. Армения председательствует в ОДКБ. 10 января Пашинян ведет "
             "сессию ...», «16 мая 2022 года. В Москве проходит юбилейный саммит ОДКБ»: the date that opens a paragraph as "
             "a sentence of its own gives the year to its paragraph and dates the meeting after it, told in the present",
     .published = "23.02.2024",
     .text = "Армения заморозила участие в ОДКБ.\n\nЯнварь 2022 года. Армения председательствует в ОДКБ. 10 января Иван "
             "Орлов ведет внеочередную сессию Совета коллективной безопасности.\n\n16 мая 2022 года. В Москве проходит "
             "юбилейный саммит ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-01-10"), HAS_MEETING(.bodies = "CSC", .date = "2022-05-16", .city = "Moscow"),
                MEETINGS(2)}},
    {.name = "dates: «С 1 января 2017 г. обязанности генсека исполнял X, и лишь 14 апреля на неформальном саммите в Бишкеке "
             "главы государств назначили Y»: a day with no year takes a past year written earlier in its sentence",
     .published = "25.11.2025",
     .text = "С 1 января 2017 г. обязанности генсека исполнял Иван Орлов, и лишь 14 апреля на неформальном саммите ОДКБ в "
             "Бишкеке главы государств назначили нового генсека.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2017-04-14", .city = "Bishkek"), NO_MEETING(.date = "2025-04-14")}},
    {.name = "meetings: «а 22 мая Совет министров иностранных дел в Бишкеке под председательством главы МИД Киргизии X "
             "рекомендовал ее главам государств»: a body that recommends (lexicon adopt: рекомендовал, recommended) on a "
             "date met then, past its place and its chair",
     .published = "25.11.2025",
     .text = "17 мая 2019 г. кандидатуру обсудил на внеочередном заседании Постоянный совет, а 22 мая Совет министров "
             "иностранных дел в Бишкеке под председательством главы МИД Киргизии Ивана Орлова рекомендовал ее главам "
             "государств.",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2019-05-17"), HAS_MEETING(.bodies = "CFM", .date = "2019-05-22", .city = "Bishkek")}},
    {.name = "officials: «провел переговоры с киргизским коллегой Иваном Орловым»: a title noun in -ой is in the "
             "instrumental, its name given back in the nominative; dates: «в ноябре будущего года» is next year's November "
             "(dates.tsv)",
     .published = "27.11.2025",
     .text = "Глава МИД РФ Петр Сидоров накануне заседания провел переговоры с киргизским коллегой Иваном Орловым. "
             "Следующая сессия Совета коллективной безопасности пройдет в ноябре будущего года в Москве.",
     .expect = {HAS_OFFICIAL(.name = "Иван Орлов"), NO_OFFICIAL(.name = "Иваном Орловым"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-11", .city = "Moscow", .status = "planned")}},
    {.name = "dates: 'Leaders of the CSTO have gathered in the Armenian capital for an informal summit dominated by "
             "questions about why the alliance stood aside while ethnic violence engulfed southern Kyrgyzstan in June': a "
             "date past a clause of another event (lexicon other_clause) is not the summit's; one after the clause's comma is",
     .published = "20.08.2010",
     .text = "Leaders of the Collective Security Treaty Organization (CSTO) have gathered in the Armenian capital for an "
             "informal summit dominated by questions about why the alliance stood aside while ethnic violence engulfed "
             "southern Kyrgyzstan in June.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2010-08-20", .city = "Yerevan"), NO_MEETING(.date = "2010-06")}},
    {.name = "dates: 'In 2010 it turned down a request. CSTO leaders last met face to face at a summit in Dushanbe in "
             "September', in a January report: the latest meeting (lexicon past_mod before it), the September before the "
             "report, not the story's year",
     .published = "06.01.2022",
     .text = "In 2010 it turned down a request from Kyrgyzstan for troops. CSTO leaders last met face to face at a summit "
             "in Dushanbe in September.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2021-09", .city = "Dushanbe"), NO_MEETING(.date = "2010-09")}},
    {.name = "officials: 'in Kyrgyzstan's Issyk-Kul resort' (one hyphenated word) and a headline kept in the text "
             "('Russia's Alliance Finally Found a Mission.') name no one; 'Belarus's Ivan Orlov' still does",
     .text = "Russia's Alliance Finally Found a Mission. The ministers met in Kyrgyzstan's Issyk-Kul resort. Belarus's "
             "Ivan Orlov attended.",
     .expect = {NO_OFFICIAL(.name = "Alliance"), NO_OFFICIAL(.name = "Issyk"), HAS_OFFICIAL(.name = "Ivan Orlov", .country = "belarus")}},
    {.name = "officials: 'Armenian Prime Minister Ivan Orlov—whose country holds the chair—announced': a dash glued to "
             "the words is no hyphen of a compound word, the name is whole",
     .text = "Within hours, Armenian Prime Minister Ivan Orlov\u2014whose country holds the chair\u2014announced the decision.",
     .expect = {HAS_OFFICIAL(.name = "Ivan Orlov", .country = "armenia")}},
    {.name = "dates: «он приступит к работе 1 января 2026 г.» is when a term begins (lexicon since), no anchor: «на "
             "совместном заседании, которое пройдет утром того же дня» is of the summit's day, not 1 January",
     .published = "25.11.2025",
     .text = "В четверг, 27 ноября, на сессии Совета коллективной безопасности ОДКБ в Бишкеке президенты утвердят нового "
             "генсека. Если решение будет принято, он приступит к работе 1 января 2026 г. и сменит Петра Сидорова. Предварительно кандидатуру "
             "рассмотрят министры иностранных дел, министры обороны и секретари советов безопасности на совместном "
             "заседании, которое пройдет утром того же дня.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025-11-27"), NO_MEETING(.date = "2026-01-01")}},
    {.name = "documents: «Положение предусматривает экстренные консультации и принятие решений о мерах по урегулированию "
             "кризиса», 'provides for the adoption of decisions on measures': decisions in general, no document (lexicon "
             "adoption before a plural keyword)",
     .text = "Сессия СКБ ОДКБ прошла в Москве 10 декабря. Лидеры утвердили Положение о порядке реагирования на кризисные "
             "ситуации. Документ предусматривает экстренные консультации и принятие решений о мерах по урегулированию "
             "кризиса. It provides for the adoption of decisions on measures to settle a crisis.",
     .expect = {DOCUMENTS(.n = 1), HAS_DOCUMENT(.type = "other", .title = "о порядке реагирования на кризисные ситуации")}},
    {.name = "documents: 'one of the most extensive packages of decisions in recent years': a plural container (lexicon "
             "doc_container: packages, sets, lists) names no document",
     .text = "The CSTO leaders met in Bishkek on Thursday and signed 15 documents, in what the press service called one of "
             "the most extensive packages of decisions in recent years.",
     .expect = {DOCUMENTS(.n = 0)}},
    {.name = "attendance: «За круглым столом в Кремле собрались все семь глав государств: Иван Орлов, Петр Сидоров и "
             "президент Киргизии Олег Петров»: the names after the colon of a verb of gathering (lexicon attend gains "
             "«собрались») took part, each an official with no title of its own",
     .published = "10.12.2010",
     .text = "Сессия СКБ ОДКБ прошла в Москве 10 декабря. За круглым столом в Кремле собрались все семь глав государств: "
             "Иван Орлов, Петр Сидоров и президент Киргизии Олег Петров.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov"),
                PARTICIPANT(.bodies = "CSC", .id = "oleg-petrov")}},
    {.name = "dates: «Саммит открыл Н.Орлов», past and transitive, is not «открылось» ('has opened', today's news): the "
             "forms of lexicon now are matched as written (exact_form), so the summit is the session named before",
     .published = "13.01.2022",
     .text = "В понедельник, 10 января, состоялась внеочередная сессия Совета коллективной безопасности в формате "
             "видеоконференции. Саммит открыл И.Орлов. В заседании приняли участие Президент России Петр Сидоров.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-01-10"), MEETINGS(1),
                PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov", .date = "2022-01-10")}},
    {.name = "attendance: 'Yesterday the CSTO held its annual summit. In Astana, X hosted Ivan Orlov, Petr Sidorov and Oleg "
             "Petrov': a host's guests named with no title, in the sentence after a held meeting, took part",
     .published = "29.11.2024",
     .text = "Yesterday the Collective Security Treaty Organization held its annual summit without Armenia. In Astana, "
             "Kazakh President Anna Petrova hosted Ivan Orlov, Petr Sidorov and Oleg Petrov; the Armenian flag stood beside "
             "the others.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CSC", .id = "oleg-petrov")}},
    {.name = "dates: 'the next meeting of the CSTO PA Council will be held in spring in Bishkek, as Kyrgyzstan takes over "
             "the chairmanship of the organization on January 1', told in December: the coming year's (chair_year_in)",
     .published = "09.12.2024",
     .text = "The CSTO Parliamentary Assembly met in Moscow on Monday. According to Ivan Orlov, the next meeting of the "
             "CSTO PA Council will be held in spring in Bishkek, as Kyrgyzstan takes over the chairmanship of the "
             "organization on January 1.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2025", .city = "Bishkek", .status = "planned")}},
    {.name = "meetings: 'X also stayed away from the summits in Minsk in 2023 and in Astana in 2024': 'summits' is the "
             "heads of state's meetings too (bodies.tsv), one per place and year listed",
     .published = "25.11.2025",
     .text = "Armenia will not take part in this week's summit of the CSTO in Bishkek. Prime Minister Ivan Orlov also stayed "
             "away from the summits in Minsk in 2023 and in Astana in 2024.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2023", .city = "Minsk"), HAS_MEETING(.bodies = "CSC", .date = "2024", .city = "Astana")}},
    {.name = "documents: 'at the summit in Chisinau the presidents signed the Charter of the CSTO': a historical document "
             "whose signing at a meeting the text tells is a document of that meeting (signed_here); 'the Collective "
             "Security Treaty, signed in Tashkent' in passing is none",
     .published = "08.10.2012",
     .text = "Ten years ago, at their summit in Chisinau on October 7, 2002, the presidents signed the Charter of the "
             "Collective Security Treaty Organization. The Collective Security Treaty, signed in Tashkent in 1992, stays in force.",
     .expect = {HAS_DOCUMENT(.type = "other", .title = "Charter"), DOCUMENTS(.n = 1)}},
    {.name = "documents: «На встрече в Кишиневе президенты подписали Устав ОДКБ»: the same in Russian",
     .published = "08.10.2012",
     .text = "Десять лет назад, на саммите в Кишиневе 7 октября 2002 года, президенты подписали Устав ОДКБ.",
     .expect = {HAS_DOCUMENT(.type = "other", .title = "Устав"), DOCUMENTS(.n = 1)}},
    {.name = "officials: «утвердили представителя Киргизии X генеральным секретарем»: the appointee before the title in "
             "the instrumental, after a verb of appointing (lexicon appointee), in the nominative",
     .published = "28.11.2025",
     .text = "Главы государств на сессии Совета коллективной безопасности в Бишкеке утвердили представителя Киргизии "
             "Ивана Орлова генеральным секретарем организации.",
     .expect = {HAS_OFFICIAL(.name = "Иван Орлов", .title = "Secretary General", .org = "CSTO")}},
    {.name = "officials: 'commanded by Col-Gen X, commander of Russia's Airborne Troops': the rank skipped (lexicon rank), the "
             "country's service ends the title (of_country_org), no official named 'Airborne Troops' (lexicon notname)",
     .published = "08.01.2022",
     .text = "The contingent of the Collective Security Treaty Organization is commanded by Col-Gen Ivan Orlov, commander of "
             "Russia's Airborne Troops.",
     .expect = {HAS_OFFICIAL(.name = "Ivan Orlov", .title = "Commander of Russia's Airborne Troops", .country = "russia"),
                NO_OFFICIAL(.name = "Airborne Troops")}},
    {.name = "dates: 'X took part in a meeting of the Collective Security Council. \\n\\n May 16, 2022 \\n 16:00 \\n The Kremlin, "
             "Moscow': the item's stamp after its lede dates and places the meeting the lede tells (stamp_after)",
     .published = "17.05.2022",
     .text = "Ivan Orlov took part in a meeting of the Collective Security Council of the Collective Security Treaty "
             "Organisation.\n\nMay 16, 2022\n16:00\nThe Kremlin, Moscow\n\nThe meeting was chaired by Petr Sidorov.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-05-16", .city = "Moscow", .status = "held"), MEETINGS(1)}},
    {.name = "dates: a line 'May 16, 2022' after the lede with no time of day under it is no stamp: the lede's meeting is "
             "not dated by it",
     .published = "17.05.2022",
     .text = "Ivan Orlov took part in a meeting of the Collective Security Council of the Collective Security Treaty "
             "Organisation.\n\nMay 16, 2022\n\nThe meeting was chaired by Petr Sidorov.",
     .expect = {NO_MEETING(.bodies = "CSC", .date = "2022-05-16")}},
    {.name = "documents: 'wrapped up their session in Yerevan by adopting a joint statement in support of ...': a gerund of "
             "adoption (lexicon adopt) governs a lower-case keyword",
     .published = "10.12.2008",
     .text = "The secretaries of the security councils of the Collective Security Treaty Organization have wrapped up their "
             "regular session in Yerevan by adopting a joint statement in support of the initiative on a security pact.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "joint statement in support of the initiative")}},
    {.name = "documents: 'the rule is set out in a protocol on the placement of ..., which the presidents signed': the "
             "relative clause's own verb of adoption, after its subject, governs the keyword",
     .published = "21.12.2011",
     .text = "The Collective Security Council met in Moscow on Tuesday. The rule is set out in a protocol on the placement of "
             "military facilities on the territory of member states, which the presidents signed behind closed doors.",
     .expect = {HAS_DOCUMENT(.type = "protocol", .title = "protocol on the placement of military facilities")}},
    {.name = "dates: «Пост остается вакантным с ноября прошлого года; новый будет назначен на сессии СКБ, которая пройдет 28 "
             "ноября в Бишкеке»: the month named before a semicolon gives no year to the day after it",
     .published = "05.11.2019",
     .text = "Пост генерального секретаря остается вакантным с ноября прошлого года; ожидается, что новый генеральный "
             "секретарь будет назначен на сессии Совета коллективной безопасности, которая пройдет 28 ноября в Бишкеке.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2019-11-28", .city = "Bishkek", .status = "planned")}},
    {.name = "meetings: 'Their meetings since then have been held by video link, including an emergency session on January "
             "10, chaired by X': an indefinite bare noun with its day right after it is another session of the bodies in "
             "focus (dated_bare_noun), though a noun before it referred back",
     .published = "16.05.2022",
     .text = "Monday's meeting of the Collective Security Council was held in Moscow. Their meetings since then have been "
             "held by video link, including an emergency session on January 10, chaired by Ivan Orlov.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-01-10"), HAS_MEETING(.bodies = "CSC", .date = "2022-05-16"),
                MEETINGS(2), PARTICIPANT(.bodies = "CSC", .date = "2022-01-10", .id = "ivan-orlov")}},
    {.name = "meetings: 'On 13 June, X chaired the Council of Defence Ministers in Minsk': a body chaired (lexicon chair_verb), "
             "placed or dated to the day, is a meeting of it (chaired_body)",
     .published = "06.12.2017",
     .text = "On 13 June, Ivan Orlov chaired the Council of Defence Ministers in Minsk, which approved the plan of joint "
             "training for 2018.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2017-06-13", .city = "Minsk"), MEETINGS(1),
                PARTICIPANT(.bodies = "CDM", .id = "ivan-orlov")}},
    {.name = "meetings: 'In 2017 Belarus chaired the Council of Defence Ministers', 'X, who chairs the Council': a term of "
             "office, no meeting",
     .published = "06.12.2017",
     .text = "In 2017 Belarus chaired the Council of Defence Ministers. Ivan Orlov, who chairs the Collective Security "
             "Council, said on Thursday that the council had agreed to send troops.",
     .expect = {MEETINGS(0)}},
    {.name = "dates: 'X, who had been inaugurated less than a week earlier': a span counted roughly (lexicon approx) names no "
             "day, nor one for 'a day earlier' to count from",
     .published = "06.12.2017",
     .text = "On 30 November, Minsk hosted the session of the Collective Security Council. Chaired by Ivan Orlov, it brought "
             "together the leaders and Kyrgyzstan's new president Petr Sidorov, who had been inaugurated less than a week earlier. "
             "A day earlier, the Council of Foreign Ministers met in Minsk.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2017-11-30"), HAS_MEETING(.bodies = "CFM", .date = "2017-11-29"),
                MEETINGS(2)}},
    {.name = "meetings: «По итогам сессии главы государств договорились ... продолжить обсуждение на очередной сессии СКБ, "
             "которая состоится 16 сентября в Душанбе»: people before a plural past verb are its subject, not the first "
             "session's genitive; the later session is its own",
     .published = "23.08.2021",
     .text = "Президент сегодня принял участие во внеочередной сессии Совета коллективной безопасности ОДКБ. По итогам "
             "сессии главы государств договорились ускорить работу по укреплению границы и продолжить обсуждение на "
             "очередной сессии Совета коллективной безопасности ОДКБ, которая состоится 16 сентября 2021 года в городе Душанбе.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2021-09-16", .city = "Dushanbe", .status = "planned"), MEETINGS(2)}},
    {.name = "dates: 'The next summit will be held in May', «Следующая встреча лидеров намечена на май», said in December: "
             "a month whose year the report gave, for a meeting to come, is next year's, not dropped as past",
     .published = "20.12.2011",
     .text = "The next summit of the Collective Security Treaty Organization will be held in May.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2012-05", .status = "planned")}},
    {.name = "dates: «Следующая встреча лидеров ОДКБ намечена на май: в Москве пройдет юбилейный саммит»",
     .published = "20.12.2011",
     .text = "Следующая встреча лидеров ОДКБ намечена на май: в Москве пройдет юбилейный саммит.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2012-05", .city = "Moscow", .status = "planned")}},
    {.name = "meetings: «совместном заседании Совета ПА ОДКБ и Комитета секретарей советов безопасности»: a meeting said "
             "to be joint is one, though its bodies are of different joint groups (bodies.tsv)",
     .published = "23.11.2012",
     .text = "Секретарь Совета обороны Иван Орлов 22 ноября принял участие в совместном заседании Совета Парламентской "
             "ассамблеи ОДКБ и Комитета секретарей советов безопасности государств – членов ОДКБ в Санкт-Петербурге.",
     .expect = {HAS_MEETING(.bodies = "CSSC+PA", .date = "2012-11-22"), MEETINGS(1)}},
    {.name = "meetings: 'The next joint meeting of the CFM, the CDM and the CSSC and the summit will be in 2019': the summit "
             "joined by 'and' is a meeting of its own, not a body of the joint one; both take the date",
     .published = "08.11.2018",
     .text = "The next joint meeting of the CFM, the CDM and the CSTO's CSSC and the summit will be in 2019 in Kyrgyzstan.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2019"), HAS_MEETING(.bodies = "CSC", .date = "2019"), MEETINGS(2)}},
    {.name = "documents: «Подписанное сегодня соглашение позволяет ОДКБ проводить операции»: a verb of what a document "
             "does (lexicon doc_stop: позволяет, предусматривает; 'allows', 'defines') ends its title",
     .published = "06.10.2007",
     .text = "Главы государств ОДКБ подписали в субботу в Душанбе соглашение о миротворческой деятельности. Подписанное "
             "сегодня соглашение позволяет ОДКБ при необходимости проводить миротворческие операции.",
     .expect = {HAS_DOCUMENT(.type = "agreement", .title = "соглашение о миротворческой деятельности"), DOCUMENTS(.n = 1)}},
    {.name = "dates: «Накануне министры иностранных дел стран ОДКБ собрались в Душанбе», «Проекты документов накануне одобрили "
             "министры»: «накануне» before the people of a body or a past verb is the day before, not the eve of a meeting "
             "to come (meetings.c people_subject_at, dates.c genitive_word, dating.c meeting_named_at)",
     .published = "06.10.2007",
     .text = "Накануне министры иностранных дел стран ОДКБ собрались в Душанбе.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2007-10-05", .city = "Dushanbe", .status = "held")}},
    {.name = "dates: «Проекты документов накануне одобрили министры иностранных дел, собравшиеся в Душанбе»",
     .published = "06.10.2007",
     .text = "Главы государств ОДКБ подписали в субботу в Душанбе соглашение. Проекты документов накануне одобрили министры "
             "иностранных дел стран ОДКБ, собравшиеся в Душанбе.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2007-10-05", .city = "Dushanbe", .status = "held")}},
    {.name = "dates: «накануне саммита министры собрались»: the eve of a meeting named, still",
     .published = "06.10.2007",
     .text = "Накануне саммита ОДКБ в Душанбе министры иностранных дел стран ОДКБ собрались на заседание.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned")}},
    {.name = "attendance: 'Around the table were X and Y', 'it brought together X of Russia and Y of Armenia': presence "
             "phrases (lexicon attend) of the meeting named before",
     .published = "16.05.2022",
     .text = "Monday's meeting of the Collective Security Council was held in the Kremlin. Around the table were Belarusian "
             "President Ivan Orlov and Kazakh President Petr Sidorov.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov")}},
    {.name = "attendance: 'It brought together Russian President Y and Armenian President Z'",
     .published = "06.12.2017",
     .text = "On 30 November, the session of the Collective Security Council was held in Minsk. It brought together Russian "
             "President Petr Sidorov and Armenian President Oleg Petrov.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov"), PARTICIPANT(.bodies = "CSC", .id = "oleg-petrov")}},
    {.name = "attendance: 'X will inform the Council of Defense Ministers about the exercise': who informs, briefs or "
             "addresses the meeting takes part (lexicon attend)",
     .published = "27.04.2012",
     .text = "The Council of Defense Ministers of the CSTO will meet in Astana on May 3. Defense Minister of Armenia Ivan "
             "Orlov will inform the Council of Defense Ministers about the joint exercise.",
     .expect = {PARTICIPANT(.bodies = "CDM", .id = "ivan-orlov")}},
    {.name = "attendance: 'Speaker X, welcoming the participants, said ...' at a session of the Assembly held",
     .published = "21.05.2019",
     .text = "The Council of the CSTO Parliamentary Assembly met in Bishkek on Monday. Kyrgyz Speaker Petr Sidorov, welcoming "
             "the participants, said that Kyrgyzstan was honoured to host the events of the Parliamentary Assembly.",
     .expect = {PARTICIPANT(.bodies = "PA", .id = "petr-sidorov")}},
    {.name = "dates: «X 10 июня примет участие в заседании СМИД в Ереване. Встреча проводится в армянской столице, поскольку в "
             "текущем году председательство принадлежит Армении»: the year of the reason (lexicon reason), a chairmanship's, "
             "does not date the meeting; one meeting",
     .published = "03.06.2022",
     .text = "Министр иностранных дел России Иван Орлов 10 июня приедет в Ереван, где примет участие в заседании Совета "
             "министров иностранных дел ОДКБ. По ее словам, встреча глав внешнеполитических ведомств проводится в армянской "
             "столице, поскольку в текущем году председательство в ОДКБ принадлежит Армении.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2022-06-10", .city = "Yerevan"), MEETINGS(1)}},
    {.name = "officials: «Секретарь Совета обороны Кыргызской Республики X», 'Defence Council Secretary X': Kyrgyzstan's "
             "security council as it was named in 2010-2014 (titles.tsv)",
     .published = "23.11.2012",
     .text = "Секретарь Совета обороны Кыргызской Республики Иван Орлов 22 ноября принял участие в заседании Комитета "
             "секретарей советов безопасности ОДКБ.",
     .expect = {HAS_OFFICIAL(.name = "Иван Орлов", .title = "Secretary of the Defence Council", .country = "kyrgyzstan")}},
    {.name = "dates: 'The Speaker X said on Thursday. \\n\\n X, who chairs the Assembly, was speaking at the opening of its "
             "session in St. Petersburg': the lede's day dates the meeting of the next paragraph (day_said_before)",
     .published = "03.04.2008",
     .text = "The proclamation has created a dangerous precedent, the Speaker of the Russian State Duma, Ivan Orlov, said on "
             "Thursday.\n\nOrlov, who chairs the Parliamentary Assembly of the CSTO, was speaking at the opening of the "
             "Assembly's second plenary session in St. Petersburg.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2008-04-03", .city = "Saint Petersburg")}},
    {.name = "documents: '\"... the system that rests on the UN Charter and Security Council Resolution 1244,\" X said': a "
             "keyword inside a quotation, no verb of adoption governing it, is a word of the quote (inside_quote)",
     .published = "03.04.2008",
     .text = "Ivan Orlov was speaking at the opening of the plenary session of the CSTO Parliamentary Assembly in St. "
             "Petersburg.\n\n\"What some countries have done in Kosovo is an attempt to break the system that rests on the "
             "UN Charter and Security Council Resolution 1244,\" Orlov said.",
     .expect = {DOCUMENTS(.n = 0)}},
    {.name = "documents: '\"We adopted the Declaration of the Council today,\" X said': governed inside the quote, still one",
     .published = "03.04.2008",
     .text = "Ivan Orlov spoke at the session of the Collective Security Council in Moscow. \"We adopted the Declaration of "
             "the Collective Security Council today,\" Orlov said.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .title = "Declaration of the Collective Security Council")}},
    {.name = "officials: 'at a meeting with X, President of the National Assembly of Armenia Y Z offered ...': a name after "
             "the office makes it that name's title, not an apposition of X's",
     .published = "20.05.2019",
     .text = "Earlier, at a bilateral meeting with Ivan Orlov, President of the National Assembly of Armenia Petr Sidorov had "
             "offered to host the events of the CSTO Parliamentary Assembly in Yerevan.",
     .expect = {HAS_OFFICIAL(.name = "Petr Sidorov", .country = "armenia"), NO_OFFICIAL(.name = "Ivan Orlov", .country = "armenia")}},
    {.name = "officials: 'chaired by the Belarusian ambassador to Russia X': the country an envoy is sent to is part of the "
             "title, the name follows it; the envoy's country is the adjective's",
     .published = "06.12.2017",
     .text = "In early May the Permanent Council of the CSTO, chaired by the Belarusian ambassador to Russia Ivan Orlov, met "
             "at the CSTO secretariat in Moscow.",
     .expect = {HAS_OFFICIAL(.name = "Ivan Orlov", .title = "Ambassador", .country = "belarus"),
                PARTICIPANT(.bodies = "PC", .id = "ivan-orlov")}},
    {.name = "meetings: 'the decisions of the session of the CSC held in Moscow on December 19, 2012 ... On May 27 the "
             "ministers held a joint meeting ... since the Moscow session of December 2012': a bare noun dated as a meeting "
             "named before is that one, not another of the bodies in focus",
     .published = "28.05.2013",
     .text = "The heads of state reviewed the decisions of the session of the Collective Security Council held in Moscow on "
             "December 19, 2012. On May 27, Bishkek hosted a joint meeting of the CSTO Council of Foreign Ministers, the "
             "Council of Defence Ministers and the Committee of Secretaries of Security Councils. Kyrgyzstan has chaired the "
             "CSTO since the Moscow session of December 2012.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2012-12-19"), HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2013-05-27"),
                MEETINGS(2)}},
    {.name = "meetings: «10 января лидеры стран ОДКБ в онлайн-формате обсуждали ситуацию»: the people of a body, on a day, "
             "by video (lexicon video), hold a session, with no verb of meeting",
     .published = "16.05.2022",
     .text = "Саммит ОДКБ прошел в Москве. Несколько предыдущих сессий проходили по видеосвязи: в частности, 10 января лидеры "
             "стран ОДКБ в онлайн-формате обсуждали ситуацию в Казахстане.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-01-10"), MEETINGS(2)}},
    {.name = "meetings: a timeline's entries 'June 23, 2005, Moscow. The CSC approves the Plan of Basic Measures.' and 'October "
             "7, 2002, Chisinau. The presidents sign the CSTO Charter.': a body or the people of one adopting a document "
             "under a dated heading hold a session there and then (dated_decision, people_met)",
     .published = "14.05.2012",
     .text = "On Tuesday the leaders of the Collective Security Treaty Organization will gather in the Kremlin.\n\n"
             "October 7, 2002, Chisinau. The presidents sign the CSTO Charter and the Agreement on the Legal Status of the "
             "CSTO.\n\nJune 23, 2005, Moscow. The CSC approves the Plan of Basic Measures for 2006-2010.\n\n"
             "June 14, 2009, Moscow. Two leaders sign a declaration on their partnership.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2002-10-07", .city = "Chisinau"),
                HAS_MEETING(.bodies = "CSC", .date = "2005-06-23", .city = "Moscow"), NO_MEETING(.date = "2009-06-14")}},
    {.name = "meetings: a live blog, newest entry first («19:50. Завтра, 1 августа, ... участники саммита поздравят юбиляра», "
             "«15:05. Главы государств собрались. Утром прибыли ...»): each entry stamped with its time is of the "
             "event of the report's day (pipeline, dating clock_entry); whose participants (lexicon participants_of) names "
             "no meeting of its own; a place on the agenda (lexicon agenda) is not the summit's",
     .published = "31.07.2009",
     .text = "Сегодня в Чолпон-Ате открылся неформальный саммит глав государств ОДКБ.\n\n"
             "19:50. Завтра, 1 августа, Ивану Орлову исполняется 60 лет — участники саммита поздравят юбиляра.\n\n"
             "17:40. Соглашение о КСОР, которое пять стран подписали на сессии в Москве 14 июня, вступает в силу. Вопрос о "
             "создании базы в Оше в повестке саммита не стоит.\n\n"
             "15:05. Главы государств собрались в резиденции на берегу озера. Утром в Чолпон-Ату прибыли президент Армении Петр "
             "Сидоров и президент Беларуси Олег Петров.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2009-07-31", .city = "Cholpon-Ata"), NO_MEETING(.city = "Osh"),
                NO_MEETING(.date = "2009-08-01"), PARTICIPANT(.bodies = "CSC", .date = "2009-07-31", .id = "oleg-petrov")}},
    {.name = "dates: «X прилетел из Ташкента, где накануне прошел саммит ШОС. Накануне здесь же прошли заседания СМИД»: the day "
             "before the report's, said of another organisation's event, is no day for the next «накануне» to count from",
     .published = "18.06.2004",
     .text = "В Астане сегодня прошла сессия Совета коллективной безопасности ОДКБ. Иван Орлов прилетел в казахстанскую "
             "столицу из Ташкента, где накануне прошел саммит Шанхайской организации сотрудничества. Накануне здесь же, в "
             "Астане, прошли заседания Совета министров иностранных дел.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2004-06-17", .city = "Astana"), HAS_MEETING(.bodies = "CSC", .date = "2004-06-18")}},
    {.name = "dates: an August 2022 analysis: «15 сентября прошло совместное заседание ... На следующий день, 16 сентября, главы "
             "государств собрались на сессию СКБ»: a day counted from a day whose year the report gave, told as past, is of "
             "the year before, not a session to come",
     .published = "15.08.2022",
     .text = "Еще в конце апреля 2021 года секретари советов безопасности стран ОДКБ собрались в Душанбе. 15 сентября там "
             "прошло совместное заседание Совета министров иностранных дел, Совета министров обороны и Комитета секретарей "
             "советов безопасности. На следующий день, 16 сентября, главы государств собрались в таджикской столице на "
             "очередную сессию СКБ и приняли декларацию.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2021-09-16", .status = "held"), NO_MEETING(.date = "2022-09-16")}},
    {.name = "officials: «министры обороны Армении X, Белоруссии генерал-лейтенант Y, Таджикистана генерал-полковник Z»: a rank "
             "between a country and its name in a list under one plural title",
     .published = "30.04.2019",
     .text = "Совет министров обороны ОДКБ собрался в Бишкеке. За столом — министры обороны Армении Иван Орлов, Белоруссии "
             "генерал-лейтенант Петр Сидоров, Таджикистана генерал-полковник Олег Петров.",
     .expect = {HAS_OFFICIAL(.name = "Петр Сидоров", .country = "belarus"), HAS_OFFICIAL(.name = "Олег Петров", .country = "tajikistan")}},
    {.name = "attendance: 'A session of the CDM took place in Yerevan. Armenia has chaired the CSTO since the Moscow session of "
             "the CSC on September 5. The session was attended by X': a meeting named as a point in time ('since') does not "
             "take the focus",
     .published = "28.11.2008",
     .text = "A session of the Council of Defence Ministers of the CSTO took place in Yerevan on November 28. Armenia has held "
             "the chairmanship of the CSTO since the Moscow session of the Collective Security Council on September 5. The "
             "session was attended by Russian Defence Minister Ivan Orlov.",
     .expect = {PARTICIPANT(.bodies = "CDM", .id = "ivan-orlov"), NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov")}},
    {.name = "dates: 'In October, X, who had chaired the Bishkek summit, resigned': a meeting named inside a relative clause set "
             "off by commas takes no date from outside it",
     .published = "04.12.2020",
     .text = "The leaders met in Bishkek on November 28, 2019. In October, Kyrgyz President Ivan Orlov, who had chaired the "
             "Bishkek summit, resigned after post-election unrest.",
     .expect = {NO_MEETING(.date = "2020-10"), HAS_MEETING(.bodies = "CSC", .date = "2019-11-28")}},
    {.name = "documents: «приняли совместные заявления: \\n – «О положении в Афганистане»; \\n – «Об усилиях по стабилизации»»: "
             "a list of quoted items in bullets, one statement each (bullets_after, plural_list item_at)",
     .published = "27.09.2018",
     .text = "В Нью-Йорке прошла рабочая встреча министров иностранных дел ОДКБ.\n\nПо итогам встречи главы "
             "внешнеполитических ведомств приняли совместные заявления:\n\n– «О положении в Афганистане и росте "
             "наркоугрозы»;\n– «Об усилиях по стабилизации обстановки на Ближнем Востоке».",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "О положении в Афганистане"),
                HAS_DOCUMENT(.type = "statement", .title = "Об усилиях по стабилизации"), DOCUMENTS(.n = 2)}},
    {.name = "meetings: 'On 7 October 2002, in Chisinau, the heads of state signed the Charter of the CSTO': a sentence that "
             "opens with its day, the people of a body adopting a document: a session of theirs, and the Charter its document",
     .published = "18.06.2004",
     .text = "The leaders of the CSTO met in Astana on Friday. On 7 October 2002, in Chisinau, the heads of state signed the "
             "Charter of the Collective Security Treaty Organization.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2002-10-07", .city = "Chisinau"), HAS_DOCUMENT(.type = "other", .title = "Charter")}},
    {.name = "documents, meetings: 'a decision on the establishment of an Interstate Commission for Military-Economic "
             "Cooperation', 'establishing an interstate commission ... will allow us': the body founded (lexicon founding) "
             "is part of the title and holds no meeting",
     .published = "23.06.2005",
     .text = "The Collective Security Council met in Moscow on Thursday. The leaders approved a decision on the "
             "establishment of an Interstate Commission for Military-Economic Cooperation. \"A decision on establishing an "
             "interstate commission on military-economic cooperation will allow us to integrate the defence industry,\" a "
             "Kremlin source said before the session.",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "establishment of an Interstate Commission for Military-Economic"),
                NO_MEETING(.bodies = "IMEC")}},
    {.name = "meetings: «В октябре 2002 года в Кишиневе президенты подписали Устав ОДКБ»: a sentence that opens with a month "
             "and a city, the people of a body adopting a document: a session of theirs (opens_with_day)",
     .published = "18.04.2008",
     .text = "Главы государств ОДКБ встретятся в Москве. В октябре 2002 года в Кишиневе президенты подписали Устав "
             "Организации Договора о коллективной безопасности.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2002-10", .city = "Chisinau"), HAS_DOCUMENT(.type = "other", .title = "Устав")}},
    {.name = "meetings: «Рассмотрены проекты повесток дня предстоящих заседаний СМИД, СМО и КССБ»: a meeting to come named "
             "for its agenda (lexicon agenda), with no date or place and none of those bodies named before, is no meeting",
     .published = "04.10.2006",
     .text = "4 октября 2006 г. в Москве прошло заседание Постоянного Совета при ОДКБ. Рассмотрены вопросы, связанные с "
             "проектами повесток дня предстоящих заседаний Совета министров иностранных дел, Совета министров обороны и "
             "Комитета секретарей советов безопасности ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2006-10-04"), MEETINGS(1)}},
    {.name = "meetings: 'Last month the Belarusian capital hosted the CSSC and the Council of Defence Ministers': each body "
             "hosted is a meeting of its own (hosted_body)",
     .published = "17.07.2017",
     .text = "Minsk has seen a series of CSTO events this summer. Last month the Belarusian capital hosted the Committee of "
             "Secretaries of Security Councils and the Council of Defence Ministers.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .date = "2017-06", .city = "Minsk"), HAS_MEETING(.bodies = "CDM", .date = "2017-06"),
                MEETINGS(2)}},
    {.name = "attendance: «Первым подъезжает президент Армении X», «Y прилетел в Астану»: arrival verbs of coming by car or by "
             "air (lexicon attend)",
     .published = "18.06.2004",
     .text = "В Астане сегодня прошла сессия Совета коллективной безопасности ОДКБ. Первым подъезжает президент Армении Иван "
             "Орлов. Президент России Петр Сидоров прилетел в казахстанскую столицу из Ташкента.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov")}},
    {.name = "attendance: «X, принявший участие в пленарном заседании, проинформировал депутатов о подготовке к сессии СКБ, "
             "которая пройдет 10 декабря»: the bare meeting noun after the word of taking part is the meeting in focus, not "
             "the one the sentence names after it (meeting_attended_bare)",
     .published = "25.11.2010",
     .text = "В Санкт-Петербурге прошло четвертое пленарное заседание Парламентской ассамблеи ОДКБ. Генеральный секретарь "
             "ОДКБ Иван Орлов, принявший участие в пленарном заседании, проинформировал депутатов о подготовке к сессии "
             "Совета коллективной безопасности, которая пройдет 10 декабря в Москве.",
     .expect = {PARTICIPANT(.bodies = "PA", .id = "ivan-orlov"), NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov")}},
    {.name = "meetings: 'the leaders met in Dushanbe in person, for the first time since the Bishkek session in November "
             "2019': a session named with its city before it and its month after it, as the point since which, is another",
     .published = "20.12.2021",
     .text = "The CSTO leaders held a video session on August 23. Three weeks later, on September 16, the leaders met in "
             "Dushanbe in person, for the first time since the Bishkek session in November 2019.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2019-11", .city = "Bishkek"), HAS_MEETING(.bodies = "CSC", .date = "2021-09-16"),
                MEETINGS(3)}},
    {.name = "dates: «На сессии СКБ 23 ноября в Минске X передал председательство Y» in a January report, no tense word known: "
             "a month more than half a year after the report's is last year's, held",
     .published = "12.01.2024",
     .text = "На сессии Совета коллективной безопасности 23 ноября в Минске президент Беларуси Иван Орлов передал "
             "председательство президенту Казахстана Петру Сидорову.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2023-11-23", .city = "Minsk", .status = "held")}},
    {.name = "meetings: 'Foreign Minister X convened his CSTO colleagues in Belgrade on December 3': a meeting of the body whose "
             "member convened his colleagues (lexicon counterparts), its tense from the verb, last December's in July",
     .published = "14.07.2016",
     .text = "Less than three months into the chairmanship, Foreign Minister Ivan Orlov convened his CSTO colleagues in "
             "Belgrade on December 3, on the margins of the OSCE ministerial.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2015-12-03", .city = "Belgrade", .status = "held"),
                PARTICIPANT(.bodies = "CFM", .id = "ivan-orlov")}},
    {.name = "meetings: 'He has attended every regular session of the Council:' then bullets '- Astana, June 18, 2004, where ...', "
             "'- October 6, 2007, Dushanbe: ...': one session of the lead-in's body a bullet that opens with its city and date, "
             "in either order (listed_under; 'the Council' is the body of the meeting in focus, council_anaphor)",
     .published = "04.02.2009",
     .text = "On April 28, 2003, at the session of the Collective Security Council in Dushanbe, Ivan Orlov was appointed "
             "Secretary General.\n\nSince then he has attended every regular session of the Council:\n"
             "- Astana, June 18, 2004, where the leaders approved new rules;\n"
             "- Moscow, June 23, 2005, which set up a commission;\n"
             "- October 6, 2007, Dushanbe, where the presidents signed an agreement.\n\n"
             "He holds the rank of colonel general.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2004-06-18", .city = "Astana", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2005-06-23", .city = "Moscow"),
                HAS_MEETING(.bodies = "CSC", .date = "2007-10-06", .city = "Dushanbe"), MEETINGS(4)}},
    {.name = "meetings: a list under a lead-in ends with the first line that is no bullet; a bullet with no city is no "
             "session of the lead-in's body (listed_under)",
     .published = "04.02.2009",
     .text = "The regular sessions of the Council of Foreign Ministers were held in many capitals:\n"
             "- Minsk, June 20, 2006, where the ministers discussed Afghanistan;\n"
             "- June 2007, by correspondence, when no capital offered to host them.\n\n"
             "Moscow, June 23, 2005 is remembered for other reasons.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2006-06-20", .city = "Minsk"), MEETINGS(1)}},
    {.name = "officials: «с исполняющим обязанности министра обороны генерал-лейтенантом Иваном Орловым», «исполняющим "
             "обязанности первого вице-премьер-министра Петром Сидоровым»: a prefix in the instrumental, the title in its genitive, "
             "the name in the prefix's case (its endings tell), back to the nominative; the head of a title with two hyphens is its "
             "last word",
     .published = "01.06.2005",
     .text = "Генеральный секретарь ОДКБ Николай Бордюжа провел переговоры с исполняющим обязанности министра обороны "
             "генерал-лейтенантом Иваном Орловым. Программа визита предусматривает встречу с исполняющим обязанности первого "
             "вице-премьер-министра Петром Сидоровым.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Minister of Defence"), NO_OFFICIAL(.id = "ivanom-orlovym"),
                HAS_OFFICIAL(.id = "petr-sidorov", .title = "Vice Prime Minister"), NO_OFFICIAL(.id = "petrom-sidorovym")}},
    {.name = "officials: «Сергей Лапша» and «с Генеральным секретарем Сергеем Лапшей»: a surname in -жа, -ша, -ча, -ща loses "
             "its case ending (-ей in the instrumental), one person",
     .published = "01.06.2005",
     .text = "Генеральный секретарь ОДКБ Сергей Лапша прибыл в Бишкек. Министр обороны Киргизии встретился с Генеральным "
             "секретарем ОДКБ Сергеем Лапшей.",
     .expect = {HAS_OFFICIAL(.id = "sergej-lapsa", .title = "Secretary General"), NO_OFFICIAL(.id = "sergej-lapsej")}},
    {.name = "dates: 'The ministers met on Thursday ... since they last gathered in Moscow in December. X took over the "
             "chairmanship at the summit held the following day': a day counted from the month named last, in a sentence that "
             "names a meeting, is that month, whatever day was named before (last December, in an April report)",
     .published = "02.04.2015",
     .text = "The foreign ministers met in Dushanbe on Thursday. Ivan Orlov said much had been done since the ministers last "
             "gathered in Moscow in December. Tajikistan took over the chairmanship from Russia at the CSTO summit held in the "
             "Russian capital the following day.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2014-12", .city = "Moscow", .status = "held"),
                NO_MEETING(.bodies = "CSC", .date = "2015-04-03")}},
    {.name = "dates (guard): 'citing the operation in Karabakh in September. X skipped the joint session held a day earlier': "
             "a month named in a sentence with no meeting is no day to count from when a day was named before",
     .published = "23.11.2023",
     .text = "The leaders met in Minsk on Thursday. Ivan Orlov had said that he would not travel, citing the operation in "
             "Karabakh in September. Foreign Minister Petr Sidorov likewise skipped the joint session of the CSTO Council of "
             "Foreign Ministers and Council of Defense Ministers held in Minsk a day earlier.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2023-11-22", .city = "Minsk"),
                NO_MEETING(.bodies = "CDM+CFM", .date = "2023-09")}},
    {.name = "meetings: 'The foreign ministers held a joint session with the defense ministers': the people before the noun "
             "and the people after 'with' hold it together",
     .published = "02.04.2015",
     .text = "The foreign ministers held a joint session with the defense ministers in Moscow in December.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2014-12", .city = "Moscow"), MEETINGS(1)}},
    {.name = "officials: 'X, one of Kazakhstan's most experienced statesmen, has formally taken up his duties as Secretary General "
             "of the CSTO': the title after a verb of taking office (lexicon appoint), past an aside set off by commas and an "
             "adverb in -ly",
     .published = "11.01.2023",
     .text = "Ivan Orlov, one of Kazakhstan's most experienced statesmen, has formally taken up his duties as Secretary General "
             "of the Collective Security Treaty Organization (CSTO). Petr Sidorov formally took office as Deputy Secretary "
             "General of the CSTO.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Secretary General"),
                HAS_OFFICIAL(.id = "petr-sidorov", .title = "Deputy Secretary General")}},
    {.name = "officials (guard): 'A, B, and the others signed as witnesses': a list of names is no aside before a title",
     .published = "11.01.2023",
     .text = "Ivan Orlov, Petr Sidorov, and the others signed as witnesses.",
     .expect = {NO_OFFICIAL(.id = "ivan-orlov"), NO_OFFICIAL(.id = "petr-sidorov")}},
    {.name = "dates: 'the foreign ministers would meet in Yerevan in the run-up to the regular session of the Council, which "
             "Armenia is to host in the autumn': a meeting to come, with no date of its own, said to precede another that "
             "has only a year, takes that year (relative_date; lexicon relative_mod a few words before the other's noun)",
     .published = "12.02.2016",
     .text = "Ivan Orlov said that the CSTO foreign ministers would meet in Yerevan in the run-up to the regular session of "
             "the Collective Security Council, which Armenia is to host in Yerevan in the autumn.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2016", .city = "Yerevan", .status = "planned"),
                HAS_MEETING(.bodies = "CSC", .date = "2016", .status = "planned")}},
    {.name = "dates: a yearly review's heading 'November 26: Parliamentarians against terror' (a date, a colon, a few words "
             "of title) dates the meetings of the paragraph under it that name no date",
     .published = "30.12.2015",
     .text = "The CSTO in 2015.\n\nNovember 26: Parliamentarians against terror\n\nIn St. Petersburg, the CSTO "
             "Parliamentary Assembly met at the Tauride Palace under its chairman Ivan Orlov and adopted an appeal.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2015-11-26", .city = "Saint Petersburg"), MEETINGS(1)}},
    {.name = "places: 'The leaders signed a Declaration on countering terrorism, which warns of threats linked to groups in "
             "Afghanistan': a place in a relative clause about a document is not the meeting's",
     .published = "30.12.2015",
     .text = "The CSTO in 2015.\n\nDecember 21: Moscow summit\n\nThe year closed with another Kremlin summit on December 21, chaired by Armenian "
             "President Ivan Orlov and attended by Petr Sidorov and the presidents of Belarus, Kazakhstan and Tajikistan. "
             "The leaders signed a Declaration on fighting terrorism, which calls the fight against ISIL a priority and "
             "warns of threats in Central Asia linked to the Taliban, al-Qaeda and other groups in Afghanistan.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2015-12-21", .city = "Moscow"), MEETINGS(1)}},
    {.name = "meetings: 'preparations for the session of the CSC and the meeting of the CDM, which will take place in June in "
             "Moscow', «к сессии СКБ и к заседанию СМО, которые состоятся в июне в Москве»: two meetings joined by 'and' share "
             "the date and place of the relative clause after the second (shared_clause)",
     .published = "31.05.2005",
     .text = "The sides discussed preparations for the regular session of the Collective Security Council and the meeting of "
             "the Council of Defence Ministers, which will take place in June in Moscow.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2005-06", .city = "Moscow", .status = "planned"),
                HAS_MEETING(.bodies = "CDM", .date = "2005-06", .city = "Moscow", .status = "planned"), MEETINGS(2)}},
    {.name = "meetings: «к очередной сессии СКБ и к заседанию СМО государств — членов ОДКБ, которые состоятся в июне этого года в "
             "Москве»: both in June in Moscow (shared_clause)",
     .published = "31.05.2005",
     .text = "Стороны обсудили подготовку материалов к очередной сессии Совета коллективной безопасности и к заседанию Совета "
             "министров обороны государств — членов ОДКБ, которые состоятся в июне этого года в Москве.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2005-06", .city = "Moscow", .status = "planned"),
                HAS_MEETING(.bodies = "CDM", .date = "2005-06", .city = "Moscow", .status = "planned"), MEETINGS(2)}},
    {.name = "meetings: 'to hold the upcoming meetings of the statutory bodies — the CFM, the CDM and the CSC, which will take "
             "place next year': the bodies after the dash (lexicon statutory), one meeting each (a plural noun)",
     .published = "14.12.2012",
     .text = "Ivan Orlov confirmed Kyrgyzstan's readiness to hold the upcoming meetings of the statutory bodies — the Council "
             "of Foreign Ministers, the Council of Defence Ministers and the Collective Security Council, which will take place "
             "next year in Kyrgyzstan.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2013", .status = "planned"), HAS_MEETING(.bodies = "CDM", .date = "2013"),
                HAS_MEETING(.bodies = "CSC", .date = "2013"), MEETINGS(3)}},
    {.name = "meetings: «к проведению предстоящих заседаний уставных органов Организации — СМИД, СМО и КССБ, которые пройдут в "
             "следующем году»: the bodies after the dash; «заседаний» is a genitive plural, one meeting each",
     .published = "14.12.2012",
     .text = "Иван Орлов подтвердил готовность Кыргызстана к проведению предстоящих заседаний уставных органов Организации — "
             "Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности, которые "
             "пройдут в следующем году в Кыргызстане.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2013", .status = "planned"), HAS_MEETING(.bodies = "CDM", .date = "2013"),
                HAS_MEETING(.bodies = "CSSC", .date = "2013"), MEETINGS(3)}},
    {.name = "meetings: «в конце апреля в Душанбе соберется Комитет секретарей советов безопасности»: a verb of meeting in the "
             "future singular before the body (lexicon meeting_verb)",
     .published = "18.02.2021",
     .text = "В конце апреля в Душанбе соберется Комитет секретарей советов безопасности.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .date = "2021-04", .city = "Dushanbe", .status = "planned")}},
    {.name = "tense: «на очередной сессии СКБ, которую решено провести в июне в Москве» in a February report that named last "
             "December before: decided to be held, a session to come (lexicon planned_verb), this June",
     .published = "05.02.2009",
     .text = "Договоренность была достигнута еще в декабре прошлого года. Соглашение главы государств намерены подписать на "
             "очередной сессии Совета коллективной безопасности, которую решено провести в июне в Москве.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2009-06", .city = "Moscow", .status = "planned")}},
    {.name = "dates: «23 ноября 2023 года, Минск. На сессии СКБ принято решение о председательстве Казахстана в 2024 году»: a "
             "chronicle's entry is of its heading's day; a year alone in it, not the heading's, is another thing's",
     .published = "10.12.2024",
     .text = "Год председательства.\n\n23 ноября 2023 года, Минск. На сессии Совета коллективной безопасности принято решение о "
             "председательстве Казахстана в ОДКБ в 2024 году.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2023-11-23", .city = "Minsk", .status = "held"), MEETINGS(1)}},
    {.name = "dates: 'to be considered by the Collective Security Council, the CSTO's highest body, which will meet in Moscow on "
             "December 19': past an apposition set off by commas, the relative clause tells of the body named (date_in_aside)",
     .published = "02.11.2012",
     .text = "The documents endorsed in Astana are to be considered by the Collective Security Council, the CSTO's highest "
             "body, which will meet at the level of heads of state in Moscow on December 19.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2012-12-19", .city = "Moscow", .status = "planned")}},
    {.name = "meetings: «В среду в Москве Совет министров обороны государств — членов ОДКБ утвердил кандидатуру ...», 'the Council "
             "of Defence Ministers of the member states of the CSTO approved': past whose members the body is, the verb of "
             "deciding (skip_body_suffix)",
     .published = "20.12.2012",
     .text = "В среду в Москве Совет министров обороны государств — членов Организации Договора о коллективной безопасности "
             "утвердил кандидатуру генерал-лейтенанта Ивана Орлова на должность начальника Объединенного штаба ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2012-12-19", .city = "Moscow", .status = "held")}},
    {.name = "officials (guard): «в распоряжении главнокомандующего Сухопутными войсками»: the branch of the armed forces after "
             "a title is no name (lexicon notname)",
     .published = "20.12.2012",
     .text = "Перед назначением Иван Орлов находился в распоряжении главнокомандующего Сухопутными войсками.",
     .expect = {NO_OFFICIAL(.id = "suhoputnymi")}},
    {.name = "documents: 'the Parliamentary Assembly adopted an appeal to the parliaments of the world', «приняла обращение к "
             "парламентам»: an appeal is a document (doctypes.tsv, other)",
     .published = "27.11.2015",
     .text = "In St. Petersburg, the CSTO Parliamentary Assembly met on Thursday and adopted an appeal to the parliaments of "
             "the world calling on them to join forces against terrorism. Парламентская ассамблея ОДКБ в четверг приняла "
             "обращение к парламентам государств — членов ОДКБ.",
     .expect = {HAS_DOCUMENT(.type = "other", .title = "appeal to the parliaments of the world calling on them to join forces against terrorism"),
                HAS_DOCUMENT(.type = "other", .title = "обращение к парламентам государств — членов ОДКБ")}},
    {.name = "documents (guard): 'attended by Kyrgyzstan's Minister of Economic Regulation X': a ministry's name in an office is "
             "no document",
     .published = "02.11.2012",
     .text = "The previous meeting of the commission took place in Bishkek in October 2011 and was attended by Kyrgyzstan's "
             "Minister of Economic Regulation Ivan Orlov.",
     .expect = {DOCUMENTS(.n = 0)}},
    {.name = "dates: 'the mission sent to Armenia on 15 September in accordance with the decision adopted at the extraordinary "
             "session of the CSC, held by videoconference on 13 September': the date after ', held (by videoconference) on' "
             "is the session's (date_right_after)",
     .published = "28.10.2022",
     .text = "The participants discussed the report on the work of the mission sent to Armenia on 15 September in accordance "
             "with the protocol decision adopted at the extraordinary session of the Collective Security Council, held by "
             "videoconference on 13 September of this year.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-09-13"), NO_MEETING(.bodies = "CSC", .date = "2022-09-15")}},
    {.name = "dates: a press release with no dateline, 'An extraordinary session of the CSC was held via videoconference under "
             "the chairmanship of X': a video session held, in the lede, is of the report's day",
     .published = "28.10.2022",
     .text = "An extraordinary session of the Collective Security Council of the Collective Security Treaty Organization was "
             "held via videoconference under the chairmanship of Prime Minister Ivan Orlov.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-10-28", .format = "video", .status = "held")}},
    {.name = "dates: 'Minister X participated in a meeting of the CFM in the video conferencing mode' with no dateline: "
             "not said to be held that day, the report's day as a guess",
     .published = "27.05.2020",
     .text = "Minister of Foreign Affairs of Kyrgyzstan Ivan Orlov participated in a meeting of the CSTO Council of Foreign "
             "Ministers in the video conferencing mode.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2020-05-27", .format = "video")}},
    {.name = "meetings: 'The foreign ministers last gathered in Yerevan in November 2022, at a joint meeting with the Council of "
             "Defense Ministers and the CSSC held on the eve of the session of the CSC': the bodies after 'a joint meeting with' "
             "meet with the people who gathered; the session they met on the eve of is of their month, held in a June report",
     .published = "15.06.2023",
     .text = "The foreign ministers of the CSTO last gathered in Yerevan in November 2022, at a joint meeting with the Council "
             "of Defense Ministers and the Committee of Secretaries of Security Councils held on the eve of the session of the "
             "Collective Security Council at which the chairmanship of the Organization was handed over to Belarus.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2022-11", .city = "Yerevan", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2022-11", .status = "held"), MEETINGS(2)}},
    {.name = "dates: 'MINSK, Oct 5 - The Permanent Council met in Moscow on the 4th': a day alone, before any other date of "
             "the story, is of the report's month",
     .published = "05.10.2006",
     .text = "MINSK, Oct 5 (BelaPAN) - The Permanent Council of the Collective Security Treaty Organization met in Moscow on "
             "the 4th under the chairmanship of Ivan Orlov.",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2006-10-04", .city = "Moscow", .status = "held")}},
    {.name = "dates (guard): 'The contrast with January of this year is striking. ... An emergency video summit on the 13th "
             "agreed to send a mission': later in a story, which month a day alone is of is not known",
     .published = "18.10.2022",
     .text = "The contrast with January 2022 is striking. An emergency video summit of the Collective Security "
             "Council chaired by Ivan Orlov on the 13th agreed only to send a mission.",
     .expect = {NO_MEETING(.bodies = "CSC", .date = "2022-10-13"), NO_MEETING(.bodies = "CSC", .date = "2022-01-13")}},
    {.name = "documents: «рассмотрели ход выполнения решений уставных органов Организации», «решений прошлогодней сессии»: a "
             "genitive plural with no titles quoted or listed after it names no document; «проекты решений СКБ «Об ...» и «О ...»» "
             "still lists them",
     .published = "16.01.2025",
     .text = "Постоянный совет при ОДКБ в среду провел заседание. Парламентарии рассмотрят ход реализации решений прошлогодней "
             "сессии Совета коллективной безопасности и обстановку в зоне ответственности организации. Участники также одобрили "
             "проекты решений Совета коллективной "
             "безопасности «Об Антинаркотической стратегии» и «О Положении о кризисном реагировании».",
     .expect = {DOCUMENTS(.n = 2)}},
    {.name = "dates: «Ранее, 31 мая – 1 июня, в Минске прошло заседание СМИД», 'On 31 May - 1 June the CFM met in Minsk': a range "
             "across a month's end is one date, its first day",
     .published = "13.12.2011",
     .text = "Ранее, 31 мая – 1 июня, в Минске под председательством министра иностранных дел Белоруссии Ивана Орлова прошло "
             "заседание Совета министров иностранных дел ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2011-05-31", .city = "Minsk"), MEETINGS(1)}},
    {.name = "dates: «В октябре 2007 года, накануне саммита ОДКБ в Душанбе, X и Y подписали меморандум»: the summit named as "
             "what came after is of the month named before the word, in its clause",
     .published = "28.02.2011",
     .text = "В октябре 2007 года, накануне саммита ОДКБ в Душанбе, Иван Орлов и Петр Сидоров подписали меморандум о "
             "взаимопонимании между секретариатами двух организаций.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2007-10", .city = "Dushanbe", .status = "held")}},
    {.name = "officials: 'under the chairmanship of Belarus' plenipotentiary representative to the organization, V. Orlov': the "
             "organisation an envoy is sent to may be named as 'the organization', 'the bloc'",
     .published = "05.10.2006",
     .text = "The Permanent Council met in Moscow under the chairmanship of Belarus' plenipotentiary representative to the "
             "organization, I. Orlov, the press service said.",
     .expect = {HAS_OFFICIAL(.id = "i-orlov", .title = "Plenipotentiary representative")}},
    {.name = "officials: 'attended by Chairman of the State Duma of the Federal Assembly of the Russian Federation X, Chairman of "
             "the House of Representatives of the National Assembly of the Republic of Belarus Y': a list of title and name; the "
             "title after X's comma is Y's, whose country and name follow it (name_comma_title), and the Duma's full title is data",
     .published = "03.06.2024",
     .text = "The meeting was attended by Chairman of the State Duma of the Federal Assembly of the Russian Federation Ivan "
             "Orlov, Chairman of the House of Representatives of the National Assembly of the Republic of Belarus Petr "
             "Sidorov, and Chairman of the Mazhilis of the Parliament of Kazakhstan Oleg Kozlov.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Chairman of the State Duma of the Federal Assembly of the Russian Federation"),
                HAS_OFFICIAL(.id = "petr-sidorov", .title = "Chairman of the House of Representatives of the National Assembly of the Republic of Belarus")}},
    {.name = "officials: 'NATO Secretary General Jaap de Hoop Scheffer', 'Ursula von der Leyen': lower-case particles between "
             "the words of a name (lexicon name_particle)",
     .published = "20.01.2010",
     .text = "NATO Secretary General Ivan de Hoop Orlov said the alliance had no plans. Commission President Anna von der "
             "Sidorova disagreed.",
     .expect = {HAS_OFFICIAL(.id = "ivan-de-hoop-orlov", .title = "Secretary General"), NO_OFFICIAL(.id = "ivan")}},
    {.name = "attendance: «..., пояснил ранее пресс-секретарь X»: a speech verb, an adverb, then the speaker; a "
             "press secretary explaining is not at the summit",
     .published = "03.12.2026",
     .text = "Саммит ОДКБ прошел 2 декабря 2026 года в формате видеоконференции. Первоначально саммит "
             "планировалось провести в Минске, однако его решили перенести в онлайн-формат, пояснил ранее "
             "пресс-секретарь президента России Игорь Соколов.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-12-02", .status = "held"),
                NOT_PARTICIPANT(.date = "2026-12-02", .id = "igor-sokolov")}},
    {.name = "dates: 'the day before' after 'the November summit' when November 23 was named: the 22nd, not November",
     .published = "10.01.2027",
     .text = "The session of the Collective Security Council was held in Minsk on November 23, 2026. The Armenian "
             "premier skipped the November summit, and his ministers stayed away from the joint meeting of the "
             "foreign and defence ministers held there the day before.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "CSC", .date = "2026-11-23"),
                HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-11-22")}},
    {.name = "dates: 'on the 29th' after 'on April 27' (another date named before both): April 29",
     .published = "27.10.2026",
     .text = "The decision had been taken at the session of the Collective Security Council of December 2, 2025. "
             "The Council of Defence Ministers met in Dushanbe on April 27. On the 29th, the Committee of "
             "Secretaries of the Security Councils gathered in the same city.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2026-04-27"), HAS_MEETING(.bodies = "CSSC", .date = "2026-04-29")}},
    {.name = "places: '... gathered in the same city' is the city of the meeting named before",
     .published = "27.10.2026",
     .text = "The Council of Defence Ministers met in Dushanbe on April 27. Two days later, the Committee of "
             "Secretaries of the Security Councils gathered in the same city.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .date = "2026-04-29", .city = "Dushanbe")}},
    {.name = "dates: «27-го» (the 27th) after «5 апреля» in the same paragraph: April 27, not the report's month",
     .published = "24.12.2026",
     .text = "5 апреля в Москве прошло заседание Постоянного совета ОДКБ. 27-го в Душанбе прошло заседание Совета "
             "министров обороны ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2026-04-05"), HAS_MEETING(.bodies = "CDM", .date = "2026-04-27")}},
    {.name = "meetings: 'a joint meeting of foreign ministers, defense ministers and secretaries of national security "
             "councils' is the CFM, the CDM and the CSSC",
     .published = "15.09.2026",
     .text = "The minister could not leave for Dushanbe to attend a joint meeting of foreign ministers, defense "
             "ministers and secretaries of national security councils of the CSTO on Wednesday.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CDM+CFM+CSSC")}},
    {.name = "attendance: 'X and Y agreed to return to the issue at the next summit': at the meeting in focus, not "
             "the one to come",
     .published = "15.06.2026",
     .text = "The leaders of the CSTO member states met informally in Astana on Monday. The presidents of Armenia and "
             "Kazakhstan, Daulet Seitov and Aram Petrosyan, agreed to return to the issue at the next summit of the "
             "Collective Security Council in Minsk in November.",
     .expect = {PARTICIPANT(.date = "2026-06-15", .id = "daulet-seitov"),
                NOT_PARTICIPANT(.date = "2026-11", .id = "daulet-seitov")}},
    {.name = "attendance: «X и Y договорились вернуться к вопросу ... на очередной сессии»: at the meeting in focus",
     .published = "15.06.2026",
     .text = "Лидеры государств ОДКБ встретились в понедельник в Астане в неформальном формате. Президенты Армении и "
             "Казахстана Арам Петросян и Даулет Сеитов договорились вернуться к кадровому вопросу в ноябре, на "
             "очередной сессии Совета коллективной безопасности в Минске.",
     .expect = {PARTICIPANT(.date = "2026-06-15", .id = "daulet-seitov"),
                NOT_PARTICIPANT(.date = "2026-11", .id = "daulet-seitov")}},
    {.name = "status: «сессия ... должна пройти в Минске» (is to take place): planned, not held in the report's month",
     .published = "26.05.2026",
     .text = "Сессия Совета коллективной безопасности ОДКБ должна пройти в Минске.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .status = "planned", .city = "Minsk")}},
    {.name = "status: 'the leaders should sign X at the session' and 'are to sign': the session and X are to come",
     .published = "26.05.2026",
     .text = "The leaders should sign the Agreement on Peacekeeping Activities at the session of the Collective "
             "Security Council in Dushanbe.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .status = "planned", .city = "Dushanbe"),
                HAS_DOCUMENT(.type = "agreement", .title = "Agreement on Peacekeeping Activities", .status = "planned")}},
    {.name = "documents: 'the ministers plan to approve a memorandum': 'plan' is the verb, the memorandum the document",
     .published = "13.04.2026",
     .text = "According to the ministry, the ministers plan to approve a memorandum of cooperation between the "
             "secretariats of the CSTO and the United Nations at the meeting of the Council of Foreign Ministers in "
             "Yerevan on 16 April 2026.",
     .expect = {DOCUMENTS(.n = 1), HAS_DOCUMENT(.type = "other", .title = "memorandum of cooperation between the "
                                                               "secretariats of the CSTO and the United Nations")}},
    {.name = "documents: 'adopted plans to combat drug trafficking': a plan (guard: a verb before the keyword, no subject)",
     .published = "20.04.2026",
     .text = "The ministers adopted plans to combat drug trafficking at the meeting of the Council of Foreign "
             "Ministers in Yerevan on 16 April 2026.",
     .expect = {DOCUMENTS(.n = 1), HAS_DOCUMENT(.type = "plan")}},
    {.name = "documents: 'the heads of state adopted a communiqué setting out ...' is a document (doctypes.tsv)",
     .published = "24.09.2026",
     .text = "The session of the Collective Security Council was held in Sochi on 23 September 2026. The heads of "
             "state adopted a communiqué setting out their assessment of the organization's work.",
     .expect = {DOCUMENTS(.n = 1), HAS_DOCUMENT(.type = "other", .status = "adopted")}},
    {.name = "officials: 'Ambassador Extraordinary and Plenipotentiary of Belarus to Russia X' is a title, then a name "
             "(not 'Extraordinary')",
     .published = "04.05.2026",
     .text = "The meeting of the CSTO Permanent Council was held at the CSTO Secretariat in Moscow on 2-3 May and "
             "was chaired by the Plenipotentiary Representative of the Republic of Belarus to the CSTO, Ambassador "
             "Extraordinary and Plenipotentiary of Belarus to Russia Igor Petrovsky.",
     .expect = {HAS_OFFICIAL(.id = "igor-petrovsky"), NO_OFFICIAL(.id = "extraordinary"),
                PARTICIPANT(.date = "2026-05-02", .id = "igor-petrovsky")}},
    {.name = "meetings: 'the defence ministers signed ... The ministers will meet again in November in Astana': the CDM again",
     .published = "30.08.2026",
     .text = "At the Almaty session in May 2026, the defence ministers of the CSTO signed documents on exercises. "
             "The ministers will meet again in November in Astana.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2026-05", .status = "held"),
                HAS_MEETING(.bodies = "CDM", .date = "2026-11", .city = "Astana", .status = "planned")}},
    {.name = "dates: «план, который министры утвердили в ноябре прошлого года в Москве, на заседании СМО»: the clause's "
             "date is the meeting's, after its comma",
     .published = "08.04.2026",
     .text = "Учение было включено в план подготовки, который министры утвердили в ноябре прошлого года в Москве, на "
             "заседании Совета министров обороны ОДКБ.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CDM", .date = "2025-11", .city = "Moscow")}},
    {.name = "officials: 'the Permanent Representative of Kazakhstan to the CSTO, Ambassador X': both titles are X's",
     .published = "12.05.2026",
     .text = "The CSTO Permanent Council met in Moscow on 11 May. The session was chaired by the Permanent "
             "Representative of Kazakhstan to the CSTO, Ambassador Ivan Petrovsky.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrovsky", .title = "Permanent Representative", .country = "kazakhstan"),
                HAS_OFFICIAL(.id = "ivan-petrovsky", .title = "Ambassador"),
                PARTICIPANT(.date = "2026-05-11", .id = "ivan-petrovsky")}},
    {.name = "officials: '..., Ambassador Extraordinary and Plenipotentiary of Belarus to Russia X': the rank's "
             "complement skipped, the first title kept",
     .published = "12.05.2026",
     .text = "The CSTO Permanent Council met in Moscow on 11 May. The session was chaired by the Permanent "
             "Representative of Belarus to the CSTO, Ambassador Extraordinary and Plenipotentiary of Belarus to "
             "Russia Ivan Petrovsky.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrovsky", .title = "Permanent Representative", .country = "belarus"),
                PARTICIPANT(.date = "2026-05-11", .id = "ivan-petrovsky")}},
    {.name = "officials: «постоянный представитель Беларуси при ОДКБ, Чрезвычайный и Полномочный Посол X»",
     .published = "12.05.2026",
     .text = "Постоянный совет ОДКБ провел заседание в Москве 11 мая. Заседание провел постоянный представитель "
             "Беларуси при ОДКБ, Чрезвычайный и Полномочный Посол Иван Петровский.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrovskij", .title = "Permanent Representative", .country = "belarus")}},
    {.name = "officials: 'a meeting with the Chairman of the State Duma, President of the National Assembly of "
             "Armenia X': two countries' offices, two people",
     .published = "12.05.2026",
     .text = "At a meeting with the Chairman of the State Duma, President of the National Assembly of Armenia "
             "Ivan Petrosyan proposed to hold the session in Yerevan.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrosyan", .country = "armenia"),
                NO_OFFICIAL(.id = "ivan-petrosyan", .title = "Chairman of the State Duma")}},
    {.name = "officials: 'represented by the foreign minister, Defence Minister X and ...': a lower-case title "
             "before a comma is another person of a list",
     .published = "12.05.2026",
     .text = "Belarus will be represented by the foreign minister, Defence Minister Ivan Petrovsky and the "
             "Secretary of the Security Council Oleg Sidorov.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrovsky", .title = "Defence Minister"),
                NO_OFFICIAL(.id = "ivan-petrovsky", .title = "Foreign minister")}},
    {.name = "meetings: '... the next session of the Council. The session will be held in Astana on 18-19 June': "
             "the sentence that opens with the noun dates and places it (lexicon takes_place)",
     .published = "12.05.2026",
     .text = "The main subject of the talks was the preparation of the next session of the CSTO Collective "
             "Security Council. The session will be held at the level of heads of state in Astana on 18-19 June.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-06-18", .city = "Astana",
                                              .status = "planned")}},
    {.name = "meetings: «обсудили подготовку очередной сессии СКБ. Сессия пройдет в Астане 18-19 июня»: planned, "
             "dated and placed",
     .published = "12.05.2026",
     .text = "Стороны обсудили подготовку очередной сессии Совета коллективной безопасности ОДКБ. Сессия пройдет "
             "в Астане 18-19 июня.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-06-18", .city = "Astana",
                                              .status = "planned")}},
    {.name = "meetings: 'The session was held on the sidelines of a summit hosted by the Moldovan President': a "
             "country alone leaves the dateline's city",
     .published = "08.10.2026",
     .text = "CHISINAU, Moldova - The presidents signed the Charter of the Collective Security Treaty Organization at "
             "a session of the CSTO Collective Security Council on Monday. The session was held on the sidelines "
             "of a summit hosted by Moldovan President Ivan Petrescu.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .city = "Chisinau")}},
    {.name = "meetings: a chronicle's heading «14 мая 2002 г., Москва.» (an abbreviated year word) dates and places "
             "the entry's session",
     .published = "20.12.2012",
     .text = "Хроника отношений.\n\n14 мая 2002 г., Москва. Сессия Совета коллективной безопасности принимает "
             "решение о создании организации.\n\n28 апреля 2003 г., Душанбе. Сессия СКБ назначает генерального "
             "секретаря.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "CSC", .date = "2002-05-14", .city = "Moscow"),
                HAS_MEETING(.bodies = "CSC", .date = "2003-04-28", .city = "Dushanbe")}},
    {.name = "meetings: 'February 3-4, 2009, Moscow. X announces ..., and the next day an extraordinary CSC session': "
             "the next day after the heading's first, in its city",
     .published = "20.12.2012",
     .text = "A chronicle.\n\nFebruary 3-4, 2009, Moscow. The president announces the closure of the base, and the "
             "next day an extraordinary CSC session decides to create the force.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2009-02-04", .city = "Moscow")}},
    {.name = "meetings: «3-4 февраля 2009 г., Москва. ..., а на следующий день на внеочередной сессии СКБ»",
     .published = "20.12.2012",
     .text = "Хроника.\n\n3-4 февраля 2009 г., Москва. Президент объявляет о закрытии авиабазы, а на следующий день "
             "на внеочередной сессии СКБ принимается решение о создании сил.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2009-02-04", .city = "Moscow")}},
    {.name = "meetings: 'The CSTO foreign ministers adopted a statement ... in Moscow on September 4': people adopting "
             "a document on a day hold a session",
     .published = "10.09.2026",
     .text = "The CSTO foreign ministers adopted a statement on the situation in the region in Moscow on September 4.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CFM", .date = "2026-09-04", .city = "Moscow", .status = "held")}},
    {.name = "meetings: «4 сентября министры иностранных дел ОДКБ в Москве приняли заявление»: past the organisation "
             "and the place",
     .published = "10.09.2026",
     .text = "4 сентября министры иностранных дел ОДКБ в Москве приняли заявление по ситуации в регионе.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CFM", .date = "2026-09-04", .city = "Moscow", .status = "held")}},
    {.name = "meetings: 'The Charter, signed by the presidents in Chisinau on October 7, 2002': a document signed by "
             "the people of a body",
     .published = "12.05.2004",
     .text = "The CSTO Charter, signed by the presidents in Chisinau on October 7, 2002, entered into force in "
             "September 2003.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2002-10-07", .city = "Chisinau")}},
    {.name = "meetings: 'The leaders signed a Declaration ..., instructing him to submit, by February 1, a draft': a "
             "time limit dates no session (lexicon deadline)",
     .published = "15.12.2026",
     .text = "The CSTO summit was held in Moscow on December 10. The leaders also signed a Declaration of the Heads "
             "of State and instructed the Secretary General to submit, by February 1, 2027, a draft action plan.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-12-10")}},
    {.name = "meetings: 'The foreign ministers adopted a statement, Lavrov said on September 4': a day of speech dates "
             "no session",
     .published = "10.09.2026",
     .text = "The foreign ministers adopted a statement on the situation in the region, Sergei Lavrov said on "
             "September 4.",
     .expect = {NO_MEETING(.date = "2026-09-04")}},
    {.name = "documents: 'signed the CSTO Charter in Chisinau on October 7, 2002': where it was signed is no part of "
             "the title",
     .published = "12.05.2004",
     .text = "The presidents signed the CSTO Charter in Chisinau on October 7, 2002.",
     .expect = {HAS_DOCUMENT(.type = "other", .title = "Charter"), NO_DOCUMENT(.title = "Chisinau")}},
    {.name = "documents: 'adopted a statement on the situation in the region in Moscow': the city ends the title, "
             "«заявление ... в Москве» too",
     .published = "10.09.2026",
     .text = "On September 4 the CSTO foreign ministers adopted a statement on the situation in the region in "
             "Moscow. 5 сентября министры обороны ОДКБ приняли заявление о ситуации в регионе в Москве.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "situation in the region"),
                NO_DOCUMENT(.title = "Moscow"), NO_DOCUMENT(.title = "Москве")}},
    {.name = "documents: 'a Declaration on the situation in Afghanistan': a country in a title stays",
     .published = "10.09.2026",
     .text = "On September 4 the CSTO foreign ministers adopted a Declaration on the situation in Afghanistan.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .title = "situation in Afghanistan")}},
    {.name = "meetings: '... took place in Yerevan in November, at a joint session with the defence ministers and the "
             "security council secretaries': one joint meeting (lexicon jointly)",
     .published = "20.06.2026",
     .text = "The previous meeting of the CSTO foreign ministers took place in Yerevan in November 2025, at a joint "
             "session with the defence ministers and the security council secretaries.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2025-11", .city = "Yerevan")}},
    {.name = "meetings: «прошла ... в Ереване -- на совместном заседании с министрами обороны и секретарями советов "
             "безопасности»: joint, and a spaced dash after the city is no compound",
     .published = "20.06.2026",
     .text = "Предыдущая встреча министров иностранных дел стран ОДКБ прошла в ноябре 2025 года в Ереване -- на "
             "совместном заседании с министрами обороны и секретарями советов безопасности.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2025-11", .city = "Yerevan")}},
    {.name = "meetings: «заседание СМИД прошло ... под председательством министра ... -- совместно с СМО и КССБ»: "
             "jointly, past the date, place and chair",
     .published = "20.06.2026",
     .text = "Предыдущее заседание СМИД ОДКБ прошло в ноябре прошлого года в Бишкеке под председательством министра "
             "иностранных дел Кыргызстана Ивана Петрова -- совместно с Советом министров обороны и Комитетом "
             "секретарей советов безопасности.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2025-11", .city = "Bishkek")}},
    {.name = "meetings: a timeline's 'June 11, Almaty. Foreign Minister X chairs the Council of Foreign Ministers': "
             "the present under a heading (lexicon chair_present), dated and placed by it",
     .published = "12.11.2026",
     .text = "The year in review.\n\nJune 11, Almaty. Foreign Minister Ivan Petrov chairs the Council of Foreign "
             "Ministers, which considers 12 agenda items.\n\nLate July. The Secretary General is recalled.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CFM", .date = "2026-06-11", .city = "Almaty"),
                PARTICIPANT(.bodies = "CFM", .id = "ivan-petrov")}},
    {.name = "meetings: 'X, who chairs the CSTO's Collective Security Council, said on Thursday': the office, no "
             "session",
     .published = "07.01.2026",
     .text = "Nikol Pashinyan, who currently chairs the CSTO's Collective Security Council, said on Thursday that "
             "the council had decided to send forces.",
     .expect = {NO_MEETING(.bodies = "CSC")}},
    {.name = "meetings: «на сессии СКБ, которая завершит председательство Беларуси»: «завершит» is a future, not the "
             "past «завершилась» its stem is (lexicon exact_form)",
     .published = "01.09.2026",
     .text = "Итоги учений будут подведены в ноябре в Минске на сессии Совета коллективной безопасности ОДКБ, которая "
             "завершит председательство Беларуси в организации.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-11", .city = "Minsk", .status = "planned")}},
    {.name = "officials: «под председательством полномочного представителя Беларуси при ОДКБ, Чрезвычайного и "
             "Полномочного Посла Беларуси в России X»: the rank in the genitive and its complement skipped",
     .published = "10.05.2026",
     .text = "В Москве сегодня под председательством полномочного представителя Беларуси при ОДКБ, Чрезвычайного и "
             "Полномочного Посла Беларуси в России Игоря Петровского состоялось заседание Постоянного совета ОДКБ.",
     .expect = {HAS_OFFICIAL(.id = "igor-petrovskij", .country = "belarus"),
                PARTICIPANT(.bodies = "PC", .id = "igor-petrovskij")}},
    {.name = "officials: an adjective's surname in the instrumental («с заместителем министра Олегом Заславским») is "
             "«Заславский»",
     .published = "10.05.2026",
     .text = "Министр встретился с заместителем министра иностранных дел Беларуси Олегом Заславским.",
     .expect = {HAS_OFFICIAL(.id = "oleg-zaslavskij"), NO_OFFICIAL(.name = "Заславским")}},
    {.name = "meetings: '... submitted to the next session of the Council. It will be held in Minsk in the fourth "
             "quarter': a pronoun then lexicon takes_place is the meeting the sentence before named last (lexicon it)",
     .published = "20.06.2026",
     .text = "The CSTO foreign ministers met in Minsk on Tuesday. They agreed on draft documents to be submitted to the "
             "next session of the CSTO Collective Security Council. It will be held in Astana in the fourth quarter "
             "of this year.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "CSC", .date = "2026", .city = "Astana", .status = "planned"),
                HAS_MEETING(.bodies = "CFM", .city = "Minsk")}},
    {.name = "meetings: «... будут вынесены на очередную сессию СКБ. Она пройдет в Минске в четвертом квартале»",
     .published = "20.06.2026",
     .text = "Министры иностранных дел ОДКБ провели заседание в Ереване во вторник. Стороны согласовали проекты "
             "документов, которые будут вынесены на очередную сессию Совета коллективной безопасности ОДКБ. Она "
             "пройдет в Минске в четвертом квартале этого года.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026", .city = "Minsk", .status = "planned"),
                HAS_MEETING(.bodies = "CFM", .city = "Yerevan")}},
    {.name = "meetings: 'At an emergency meeting in Moscow on June 14, the Committee of Secretaries of the Security "
             "Councils decided ...': the body after the opening occasion's comma holds it",
     .published = "27.01.2011",
     .text = "At an emergency meeting in Moscow on June 14, the Committee of Secretaries of the Security Councils of "
             "the member states decided to send equipment.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSSC", .date = "2010-06-14", .city = "Moscow", .status = "held")}},
    {.name = "meetings: 'At the meeting, the Council of Foreign Ministers decided': neither dated nor placed, the one "
             "named before",
     .published = "27.01.2011",
     .text = "The CSTO defence ministers met in Minsk on January 20. At the meeting, the Council of Foreign Ministers "
             "was asked to prepare a statement.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CDM", .date = "2011-01-20")}},
    {.name = "meetings: 'Belarus, which skipped the next CSTO summit in Moscow in June 2009': a date with its year, in a "
             "clause told in the past, is the 'next' meeting's, held",
     .published = "26.04.2010",
     .text = "Belarus, which skipped the next CSTO summit in Moscow in June 2009 over a trade dispute with Russia, "
             "joined the force later in the year.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2009-06", .city = "Moscow", .status = "held")}},
    {.name = "meetings: 'where the Shanghai Cooperation Organization (SCO), which groups ..., held its summit in "
             "Tashkent on Thursday': the other organisation's summit ('its')",
     .published = "18.06.2026",
     .text = "The leaders came from Uzbekistan, where the Shanghai Cooperation Organization (SCO), which groups China, "
             "Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan, held its summit in Tashkent on Thursday.",
     .expect = {NO_MEETING(.city = "Tashkent")}},
    {.name = "meetings: 'Unlike the SCO, the CSTO held its summit in Minsk on Thursday': the CSTO named between",
     .published = "18.06.2026",
     .text = "Unlike the SCO, the CSTO held its summit in Minsk on Thursday.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk", .date = "2026-06-18")}},
    {.name = "meetings: 'The sessions of the Council and of the Parliamentary Assembly of the CSTO will be held in "
             "Moscow': the bare council is the Assembly's own (lexicon body_anaphor), one meeting of the PA",
     .published = "16.10.2026",
     .text = "The sessions of the Council and of the Parliamentary Assembly of the CSTO will be held in Moscow on "
             "October 29-30.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "PA", .date = "2026-10-29", .city = "Moscow", .status = "planned")}},
    {.name = "meetings: a timeline's 'Nov. 8, Astana. Before the leaders meet, a joint session ... considers': the "
             "heading's day, not one counted from a summit named paragraphs before",
     .published = "12.11.2026",
     .text = "A look back.\n\nNov. 30, 2025, Minsk. At the Collective Security Council session the leaders agreed on "
             "the chairmanship.\n\nNov. 8, Astana. Before the leaders meet, a joint session of the Council of Foreign "
             "Ministers, the Council of Defence Ministers and the Committee of Secretaries of Security Councils "
             "considers 24 issues.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2026-11-08", .city = "Astana"),
                NO_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2025-11")}},
    {.name = "meetings: «Накануне, 3 сентября, заседание провел Комитет секретарей советов безопасности»: the body "
             "after the verb of holding (lexicon hold_verb) is the subject",
     .published = "04.09.2026",
     .text = "Накануне, 3 сентября, заседание провел Комитет секретарей советов безопасности ОДКБ.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSSC", .date = "2026-09-03", .status = "held")}},
    {.name = "meetings: 'approved the agenda of the Collective Security Council, which will be held in Minsk in "
             "May': a body whose relative clause says it takes place (lexicon takes_place)",
     .published = "10.03.2026",
     .text = "The ministers approved the agenda of the Collective Security Council, which will be held in Minsk in May, "
             "and discussed the work of the secretariat.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk", .date = "2026-05", .status = "planned")}},
    {.name = "meetings: «утвердили повестку Совета коллективной безопасности, который пройдет в Минске в мае»",
     .published = "10.03.2026",
     .text = "Министры утвердили повестку Совета коллективной безопасности, который пройдет в Минске в мае.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk", .date = "2026-05", .status = "planned")}},
    {.name = "meetings: 'the CSTO also held a foreign ministerial meeting on Tuesday', 'CSTO security council heads "
             "met on Monday', 'Members of the CSTO Security Council will gather in Astana on Thursday': names of "
             "the bodies in data/bodies.tsv",
     .published = "12.05.2026",
     .text = "ASTANA, May 12 - Members of the CSTO Security Council will gather in Astana on Thursday to discuss the "
             "border. CSTO security council heads met on Monday in Almaty, where they backed a joint proposal. The CSTO "
             "also held a foreign ministerial meeting on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Astana", .date = "2026-05-14", .status = "planned"),
                HAS_MEETING(.bodies = "CSSC", .city = "Almaty", .date = "2026-05-11", .status = "held"),
                HAS_MEETING(.bodies = "CFM", .date = "2026-05-12", .status = "held")}},
    {.name = "meetings: 'Today the Security Councils Secretaries Committee session took place in Dushanbe'",
     .published = "14.04.2026",
     .text = "Today the Security Councils Secretaries Committee session of the CSTO took place in Dushanbe.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .city = "Dushanbe", .date = "2026-04-14", .status = "held")}},
    {.name = "attendance: 'The summit was held in Astana on Friday. ... Kyrgyz President X praised the decision': "
             "the holder of an office of the held meeting's body speaks of it; not one 'expected to hold talks'",
     .published = "20.06.2026",
     .text = "The CSTO summit was held in Astana on Friday. Kyrgyz President Almaz Dzhumabekov praised the decision on "
             "the new force. Tajik President Farrukh Olimov is expected to hold talks with Kazakh President Daniyar "
             "Sultanbekov next week.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "almaz-dzhumabekov"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "farrukh-olimov")}},
    {.name = "dates: 'X says an agreement was reached at the previous summit that took place in Astana on August 12, "
             "2025': 'that' right after the meeting opens its relative clause, not what was said",
     .published = "10.10.2025",
     .text = "DUSHANBE, October 10, 2025 - Ivan Petrov, a spokesman for the CSTO Secretariat, says an agreement was "
             "reached at the previous informal summit that took place in Astana on August 12, 2025.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Astana", .date = "2025-08-12", .status = "held"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "officials: 'invitations were sent to presidents of Armenia, Belarus and Russia, X noted': one name after "
             "a list of countries is none of theirs",
     .published = "10.10.2025",
     .text = "Invitations have been sent to presidents of Armenia, Belarus and Russia, Ivan Petrov noted. The presidents "
             "of Kazakhstan and Kyrgyzstan, Daniyar Sultanbekov and Almaz Dzhumabekov, met in Astana.",
     .expect = {NO_OFFICIAL(.id = "ivan-petrov", .title = "President"), NO_OFFICIAL(.id = "ivan-petrov", .country = "russia"),
                HAS_OFFICIAL(.id = "almaz-dzhumabekov", .title = "President", .country = "kyrgyzstan")}},
    {.name = "documents: 'a 1994 treaty \"reaffirmed the desire of ...\"': words quoted from a document, not its name",
     .published = "10.10.2025",
     .text = "A 1994 treaty \"reaffirmed the desire of all participating states to abstain from the use of force,\" "
             "and the leaders adopted a statement \"On the situation in the region\".",
     .expect = {NO_DOCUMENT(.title = "reaffirmed"), HAS_DOCUMENT(.type = "statement", .title = "On the situation")}},
    {.name = "dates: 'the work on the summit's agenda is under way' (lexicon now) does not date the summit today",
     .published = "10.10.2025",
     .text = "Leaders of the CSTO will gather in Moscow on December 20 for an informal summit. The work on the "
             "summit's agenda is under way, the secretariat said.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2025-12-20", .status = "planned")}},
    {.name = "meetings: 'The foreign and defense ministers and the secretaries of the security councils of the CSTO "
             "have discussed' (lexicon deliberate): the people who open the sentence met, one joint meeting",
     .published = "27.11.2025",
     .text = "MOSCOW. Nov 27 (Interfax) - The foreign and defense ministers and the secretaries of the security councils "
             "of the member states of the CSTO have discussed the situation in the region, the press service said.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2025-11-27", .status = "held")}},
    {.name = "meetings: 'drafts to be discussed and signed during the CSTO heads of state meeting on November 28': the "
             "people right before the noun hold it (people-meeting), planned past the participles after 'to be'",
     .published = "27.11.2025",
     .text = "The participants of the session considered the draft documents, which are to be discussed and signed "
             "during the CSTO heads of state meeting on November 28.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025-11-28", .status = "planned")}},
    {.name = "meetings: 'Meetings of the council of foreign ministers, the committee of security secretaries and the "
             "council of defense ministers will precede the summit': one each, names in data/bodies.tsv",
     .published = "10.10.2025",
     .text = "Leaders will gather in Moscow on December 20. Meetings of the council of foreign ministers, the committee of "
             "security secretaries and the council of defense ministers will precede the summit.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "planned"), HAS_MEETING(.bodies = "CSSC", .status = "planned"),
                HAS_MEETING(.bodies = "CDM", .status = "planned")}},
    {.name = "meetings: «Совет министров иностранных дел ОДКБ в Астане 16-17 апреля обсудит ...»: a body that will "
             "deliberate (lexicon deliberate), past where and when",
     .published = "13.04.2026",
     .text = "Совет министров иностранных дел (СМИД) ОДКБ в Астане 16-17 апреля обсудит актуальные проблемы "
             "безопасности.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Astana", .date = "2026-04-16", .status = "planned")}},
    {.name = "officials: «под председательством Чрезвычайного и Полномочного Посла Казахстана в России X»: the country "
             "an envoy is sent to («в России») is part of the title",
     .published = "13.04.2026",
     .text = "В Москве под председательством Чрезвычайного и Полномочного Посла Казахстана в России Ивана Петрова "
             "сегодня состоялось заседание Постоянного совета.",
     .expect = {HAS_OFFICIAL(.title = "Ambassador", .country = "kazakhstan")}},
    {.name = "officials: «секретарь российского Совбеза X», «глава белорусского МИД Y»: a title with the country's "
             "adjective after its first word (title_past_adjective), longer than «глава» alone",
     .published = "17.06.2026",
     .text = "В заседании участвуют секретарь российского Совбеза Иван Петров и глава белорусского МИД Олег Сидоров.",
     .expect = {HAS_OFFICIAL(.title = "Secretary of the Security Council", .country = "russia"),
                HAS_OFFICIAL(.title = "Minister of Foreign Affairs", .country = "belarus")}},
    {.name = "officials: «его коллеги из Армении, Казахстана и Таджикистана - A, B и C», 'his counterparts from Armenia, "
             "Belarus and Kazakhstan: A, B and C': the title of the one named before, the countries in the names' "
             "order, the names as written",
     .published = "17.06.2026",
     .text = "В заседании участвует секретарь Совбеза России Иван Петров, а также его коллеги из Армении, Казахстана и "
             "Таджикистана - Армен Арутюнян, Ержан Касымов и Насрулло Рахимзода. Russian Foreign Minister Oleg Sidorov "
             "met his counterparts from Armenia and Belarus: Aram Petrosyan and Pavel Zhukov.",
     .expect = {HAS_OFFICIAL(.id = "nasrullo-rahimzoda", .title = "Secretary of the Security Council",
                             .country = "tajikistan"),
                HAS_OFFICIAL(.id = "erzan-kasymov", .country = "kazakhstan"),
                HAS_OFFICIAL(.id = "pavel-zhukov", .title = "Foreign Minister", .country = "belarus")}},
    {.name = "meetings: 'drafts submitted for consideration by members of the CSTO Collective Security Council, whose "
             "meeting will take place in the city of Minsk': a body whose relative clause's meeting takes place",
     .published = "21.11.2026",
     .text = "Also draft documents were approved, which were submitted for consideration by members of the CSTO "
             "Collective Security Council, whose meeting will take place in the city of Minsk.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk", .status = "planned")}},
    {.name = "places: 'a joint meeting of the CFM, the CDM and the CSSC of the Collective Security Treaty Organization, "
             "which took place in Minsk': the Treaty in the organisation's name is no document whose clause has a "
             "place of its own",
     .published = "23.11.2026",
     .text = "BISHKEK, Nov. 23 - The minister took part in a joint meeting of the Council of Foreign Ministers, the "
             "Council of Defense Ministers and the Committee of Secretaries of Security Councils of the Collective "
             "Security Treaty Organization, which took place in Minsk. The next meeting of the CSTO Council of the "
             "secretaries of the security councils will be held in Moscow in April.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Minsk", .status = "held"),
                HAS_MEETING(.bodies = "CSSC", .city = "Moscow", .status = "planned")}},
    {.name = "dates: 'X will hold the next meeting of the Council in Bishkek. According to him, the event will take "
             "place in the capital on November 26-27': the referring sentence after who says so (lexicon press_source)",
     .published = "25.11.2026",
     .text = "President Almaz Dzhumabekov will hold the next meeting of the Collective Security Council in Bishkek, his "
             "aide reported.\n\nAccording to him, the event will take place in the capital on November 26-27.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-11-26", .city = "Bishkek", .status = "planned")}},
    {.name = "meetings: 'joint meeting of Council of Foreign and Defense Ministers' (one council named for both: data/"
             "bodies.tsv) is of the two",
     .published = "23.11.2026",
     .text = "The minister took part in a joint meeting of the Council of Foreign and Defense Ministers in Minsk.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .city = "Minsk", .status = "held")}},
    {.name = "dates: «Президент X проведет очередное заседание СКБ в Бишкеке. Мероприятие пройдет в столице 26-27 "
             "ноября»: a Russian noun with no article that opens its clause and takes place refers back",
     .published = "25.11.2026",
     .text = "Президент Киргизии Алмаз Джумабеков проведет очередное заседание Совета коллективной безопасности в "
             "Бишкеке.\n\nМероприятие пройдет в столице 26-27 ноября.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-11-26", .city = "Bishkek", .status = "planned")}},
    {.name = "documents: «планируют одобрить меморандум о сотрудничестве ..., согласовать время и место ...»: a Russian "
             "infinitive after the comma ends the title (not «..., безопасности и обороны»)",
     .published = "13.04.2026",
     .text = "Министры иностранных дел ОДКБ соберутся в Астане 16 апреля. Стороны планируют одобрить меморандум о "
             "сотрудничестве между секретариатами ОДКБ и ООН, согласовать время и место очередного заседания, а также "
             "утвердить план консультаций по вопросам внешней политики, безопасности и обороны на 2027 год.",
     .expect = {HAS_DOCUMENT(.type = "other", .title = "меморандум о сотрудничестве между секретариатами ОДКБ и ООН"),
                NO_DOCUMENT(.title = "согласовать"), HAS_DOCUMENT(.type = "plan", .title = "безопасности и обороны")}},
    {.name = "dates: an item stamped with its day and time ('14:14, 27 November 2026'), a held session named further "
             "down with no date: the item's day",
     .published = "14:14, 27 November 2026",
     .text = "The next session will be held in Russia in 2027, the agency reports.\n\nThe president summed up the "
             "results of the talks.\n\nEarlier it was reported that Ivan Petrov took part in the session of the "
             "Collective Security Council in Bishkek.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-27", .city = "Bishkek", .status = "held")}},
    {.name = "places: 'will gather in the Black Sea resort city of Sochi': a few words of the place before 'city of' "
             "(lexicon city_of), but 'in the capital of Tajikistan' is still its capital",
     .published = "22.09.2026",
     .text = "The CSTO Collective Security Council will gather in the Black Sea resort city of Sochi on Monday. The CSTO "
             "Council of Defence Ministers met in the capital of Tajikistan on Friday.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Sochi", .status = "planned"),
                HAS_MEETING(.bodies = "CDM", .city = "Dushanbe", .status = "held")}},
    {.name = "officials: «приняли участие президенты: России - A, Беларуси - B и Армении - C»: a plural title, a colon, "
             "then a country in the genitive before each name (plural_country_dash_name)",
     .published = "15.08.2026",
     .text = "Вчера в Астане прошел неформальный саммит ОДКБ. В неформальной встрече приняли участие президенты: России - "
             "Иван Орлов, Беларуси - Петр Сидоров и Армении - Олег Козлов.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "President", .country = "russia"),
                HAS_OFFICIAL(.id = "petr-sidorov", .title = "President", .country = "belarus"),
                HAS_OFFICIAL(.id = "oleg-kozlov", .title = "President", .country = "armenia"),
                PARTICIPANT(.bodies = "CSC", .id = "oleg-kozlov")}},
    {.name = "officials: «встреча глав государств-членов ОДКБ Центрально-Азиатского региона (Казахстана – A, России – B)»: "
             "a list in parentheses a few words after a plural title; the names in the title's genitive, given back in "
             "the nominative (plural_country_dash_name, ru_plural_case)",
     .published = "30.05.2026",
     .text = "28 мая в Бишкеке прошла неформальная встреча глав государств-членов ОДКБ Центрально-Азиатского региона "
             "(Казахстана – Ивана Орлова, Кыргызстана – Петра Сидорова, России – Олега Козлова).",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .name = "Иван Орлов", .title = "President", .country = "kazakhstan"),
                HAS_OFFICIAL(.id = "petr-sidorov", .name = "Петр Сидоров", .title = "President", .country = "kyrgyzstan"),
                HAS_OFFICIAL(.id = "oleg-kozlov", .name = "Олег Козлов", .title = "President", .country = "russia"),
                PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov")}},
    {.name = "officials: «с участием президентов России Ивана Орлова и Казахстана Петра Сидорова»: a plural title in the "
             "genitive («-ов»), its names in the genitive too, written in the nominative (ru_plural_case)",
     .published = "30.05.2026",
     .text = "В Москве прошла встреча глав государств ОДКБ с участием президентов России Ивана Орлова и Казахстана Петра "
             "Сидорова.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .name = "Иван Орлов", .title = "President", .country = "russia"),
                HAS_OFFICIAL(.id = "petr-sidorov", .name = "Петр Сидоров", .title = "President", .country = "kazakhstan")}},
    {.name = "dates: 'will convene for a joint meeting on the eve of the Collective Security Council session on 22 November' "
             "when the report has dated that session 23 November: the date is the joint meeting's "
             "(reference_dated_otherwise)",
     .published = "14 Nov 2026",
     .text = "A session of the CSTO Collective Security Council will be held in Minsk on 23 November. The CSTO Council of "
             "Foreign Ministers, the Council of Defence Ministers and the Committee of Secretaries of Security Councils "
             "will convene for a joint meeting on the eve of the Collective Security Council session on 22 November.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2026-11-22", .status = "planned"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-11-23", .city = "Minsk"), MEETINGS(2)}},
    {.name = "dates: 'ahead of the Collective Security Council session on 23 November' when the report names that day "
             "for it: the session's own (reference_dated_otherwise keeps a date that agrees)",
     .published = "14 Nov 2026",
     .text = "A session of the CSTO Collective Security Council will be held in Minsk on 23 November. The ministers will "
             "meet in Minsk ahead of the Collective Security Council session on 23 November.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-23", .city = "Minsk"),
                NO_MEETING(.bodies = "CSC", .date = "2026-11-22")}},
    {.name = "meetings: «В Сочи на Совете коллективной безопасности ОДКБ президент поднял проблему»: «на» before a body "
             "is an occasion (lexicon occasion), placed by the city right before it (at-body)",
     .published = "24.09.2026",
     .text = "В Сочи на Совете коллективной безопасности ОДКБ президент России поднял проблему терроризма.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Sochi", .status = "held")}},
    {.name = "meetings: 'In Sochi at the Collective Security Council the president raised ...': the city right before "
             "the occasion word places the body's session (at-body)",
     .published = "24.09.2026",
     .text = "In Sochi at the Collective Security Council the Russian president raised the problem of terrorism.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Sochi", .status = "held")}},
    {.name = "officials: «на заседании думского Комитета по делам СНГ полномочный представитель РФ при ОДКБ X»: in Russian an "
             "organisation before a title is not its (the genitive follows the title), so X is Russia's, not the CIS's",
     .published = "26.10.2026",
     .text = "25 октября на заседании думского Комитета по делам СНГ полномочный представитель РФ при ОДКБ Игорь Петров-Сидоров "
             "сообщил, что саммит пройдет в Москве.",
     .expect = {HAS_OFFICIAL(.id = "igor-petrov-sidorov", .title = "Plenipotentiary Representative", .country = "russia"),
                NO_OFFICIAL(.org = "CIS")}},
    {.name = "documents: 'approved the list of joint statements for 2027', «утвердил план ... и перечень мероприятий совместной "
             "подготовки до 2030 года»: a list adopted is a document (doctypes.tsv other: list, перечень)",
     .published = "22.11.2026",
     .text = "The CSTO Council of Foreign Ministers met in Minsk on Monday. The ministers approved the list of joint "
             "statements for 2027. Совет министров обороны ОДКБ утвердил в Минске план совместной подготовки на 2027 год "
             "и перечень мероприятий совместной подготовки до 2030 года.",
     .expect = {HAS_DOCUMENT(.type = "other", .title = "list of joint statements for 2027"),
                HAS_DOCUMENT(.type = "other", .title = "перечень мероприятий совместной подготовки до 2030 года"),
                HAS_DOCUMENT(.type = "plan", .title = "план совместной подготовки на 2027 год")}},
    {.name = "documents: 'approve several projects including the ones on the list of A and on the plan of B': the "
             "preposition repeated before another keyword ends the first title",
     .published = "22.11.2026",
     .text = "The CSTO Collective Security Council will meet in Minsk on 28 November. Plans are in place to approve "
             "several projects including the ones on the list of additional measures at the border and on the plan of "
             "collective actions for 2027.",
     .expect = {HAS_DOCUMENT(.type = "other", .title = "list of additional measures at the border"),
                HAS_DOCUMENT(.type = "plan", .title = "plan of collective actions for 2027"),
                NO_DOCUMENT(.title = "and on the plan")}},
    {.name = "dates: «в заседании Совета министров иностранных дел – членов ОДКБ, которое пройдет 17 июля в Минске, сообщила "
             "X»: «– членов ОДКБ» (its «государств» left out) is part of the body's name, so the clause after it dates it",
     .published = "14-07-2026, 13:14",
     .text = "Министр иностранных дел России Иван Петров примет участие в очередном заседании Совета министров иностранных "
             "дел – членов ОДКБ, которое пройдет 17 июля в Минске, сообщила официальный представитель ведомства Анна Орлова.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-07-17", .city = "Minsk", .status = "planned")}},
    {.name = "attendance: «„На заседании СМИД ОДКБ предстоит рассмотреть ...“, - приводит ТАСС слова Орловой»: the one whose "
             "words are quoted is the press's source (lexicon press_source: слова), not a participant",
     .published = "14-07-2026, 13:14",
     .text = "Официальный представитель МИД России Анна Орлова сообщила, что заседание СМИД ОДКБ пройдет 17 июля в Минске. "
             "«На заседании СМИД ОДКБ также предстоит рассмотреть взаимодействие государств-членов», - приводит ТАСС слова "
             "Орловой.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-07-17", .city = "Minsk", .status = "planned"),
                NOT_PARTICIPANT(.bodies = "CFM", .id = "anna-orlova")}},
    {.name = "meetings: «в Минске состоялось заседание совета глав Минобороны организации. Его провел министр обороны X»: "
             "the Council of Defence Ministers by an informal name (bodies.tsv), chaired by X",
     .published = "22.11.2026",
     .text = "Министры обороны стран ОДКБ предложили учредить медаль. Сегодня в Минске состоялось заседание совета глав "
             "Минобороны организации. Его провел министр обороны Беларуси Иван Петров.",
     .expect = {HAS_MEETING(.bodies = "CDM", .city = "Minsk", .status = "held"),
                PARTICIPANT(.bodies = "CDM", .id = "ivan-petrov")}},
    {.name = "officials: «председателем Мажилиса (нижней палаты) Казахстана Нурланом X»: a few lower-case words in "
             "parentheses after a title explain it; the country and the name follow",
     .published = "14-07-2026, 13:14",
     .text = "Кандидатура была предложена председателем Мажилиса (нижней палаты) Казахстана Петром Сидоровым,сообщает "
             "Арменпресс.",
     .expect = {HAS_OFFICIAL(.id = "petr-sidorov", .title = "Chairman of the Mazhilis", .country = "kazakhstan")}},
    {.name = "officials: 'On the recognition of Abkhazia and South Ossetia, the Russian president said': the last of two "
             "names joined by 'and' is no apposition's name (name-comma-title)",
     .published = "6 September 2026",
     .text = "Leaders of the CSTO met in Moscow yesterday, Russian President Ivan Petrov said. On the recognition of "
             "independence of Abkhazia and South Ossetia, the Russian president said the CSTO countries will make their "
             "own decisions.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov"), NO_OFFICIAL(.name = "Ossetia")}},
    {.name = "documents: 'the countries will make their own decisions in line with the basis of international law': 'in line "
             "with' opens no title (lexicon not_title: line)",
     .published = "6 September 2026",
     .text = "The CSTO summit was held in Moscow yesterday. The president said the CSTO countries will make their own "
             "decisions in line with the basis of international law.",
     .expect = {NO_DOCUMENT(.title = "in line with")}},
    {.name = "officials: «решение о назначении Генеральным секретарем ОДКБ с 1 января 2027 года сроком на три года "
             "представителя Кыргызской Республики X»: the appointee later in the clause, in the genitive; appointed, not "
             "a participant (MF_APPOINTED); not past a title of his own («избрала своим председателем спикера Госдумы Y»)",
     .published = "28.11.2026",
     .text = "В Москве прошло заседание Совета коллективной безопасности ОДКБ. В ходе заседания утверждено решение о "
             "назначении Генеральным секретарем ОДКБ с 1 января 2027 года сроком на три года представителя Кыргызской "
             "Республики Петра Сидорова. Ассамблея избрала своим председателем на трехлетний срок спикера Государственной "
             "думы РФ Ивана Орлова.",
     .expect = {HAS_OFFICIAL(.id = "petr-sidorov", .name = "Петр Сидоров", .title = "Secretary General", .org = "CSTO"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov"),
                HAS_OFFICIAL(.id = "ivan-orlov", .title = "Speaker of the State Duma", .country = "russia")}},
    {.name = "officials: «к армянскому коллеге Ивану Орлову», «во главе с Председателем Маджлиси намояндагон Каримом "
             "Рахимзодой»: a dative title in -е, an instrumental surname in -ой: the names in the nominative",
     .published = "28.11.2026",
     .text = "В Москве прошло заседание Совета коллективной безопасности ОДКБ. Президент Казахстана Петр Сидоров "
             "присоединился к армянскому коллеге Ивану Орлову. Делегацию Таджикистана во главе с Председателем Маджлиси "
             "намояндагон Каримом Рахимзодой встретили в Москве.",
     .expect = {HAS_OFFICIAL(.name = "Иван Орлов"), HAS_OFFICIAL(.name = "Карим Рахимзода", .country = "tajikistan")}},
    {.name = "officials: 'Russian President A will attend. He will also hold a meeting with his Kazakh counterpart, B': a "
             "sentence opening with 'he' speaks of the one named last, whose title the counterpart holds (counterpart-name)",
     .published = "22 November 2026",
     .text = "Russian President Ivan Petrov will attend the CSTO summit in Minsk. He will also hold a bilateral meeting "
             "with his Kazakh counterpart, Oleg Kozlov, on the sidelines of the event. Министр обороны России Петр Сидоров "
             "прибыл в Минск. Он встретится со своим белорусским коллегой Антоном Орловым.",
     .expect = {HAS_OFFICIAL(.id = "oleg-kozlov", .title = "President", .country = "kazakhstan"),
                HAS_OFFICIAL(.id = "anton-orlov", .title = "Minister of Defence", .country = "belarus")}},
    {.name = "officials: 'the Committee on Issues of the CIS and Contacts with Fellow Countryman Oleg Kozlov presented a report': "
             "a run of four capitalised words or more ends what came before it; the name is its last two (name_tail), "
             "and 'Kassym-Jomart' is one word",
     .published = "20 February 2026",
     .text = "The Council of the CSTO Parliamentary Assembly met in Moscow on 20 February. The Deputy Chairman of the "
             "Committee on Issues of the Commonwealth of Independent States and Contacts with Fellow Countryman Oleg "
             "Kozlov presented a report at the meeting.",
     .expect = {HAS_OFFICIAL(.id = "oleg-kozlov"), NO_OFFICIAL(.name = "Fellow")}},
    {.name = "documents: 'refused to sign a draft declaration of the Council and a draft of joint assistance measures for "
             "Armenia': 'and' + a draft of something else ends the title",
     .published = "23 November 2026",
     .text = "The CSTO summit was held in Yerevan on 23 November. The prime minister refused to sign a draft declaration "
             "of the Collective Security Council and a draft of joint assistance measures for Armenia.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .title = "declaration of the Collective Security Council"),
                NO_DOCUMENT(.title = "assistance measures")}},
    {.name = "meetings: 'YEREVAN, May 30 - A's absence from the CSTO informal summit ... A missed the informal summit in "
             "Bishkek': the dateline's city, given for want of a place, yields to the place a later undated mention names "
             "(guessed_place_yields); not to 'the next summit in St. Petersburg'",
     .published = "30.05.2026",
     .text = "YEREVAN, May 30. /ARKA/. Armenian President Ivan Petrov's absence from the CSTO informal summit should not "
             "be considered as walkout, Oleg Kozlov, the secretary of the National Security Council, said Thursday.\n"
             "Ivan Petrov missed the informal summit in Bishkek because Armenia celebrated a holiday. The next summit "
             "will be held in St. Petersburg.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Bishkek", .status = "held"), NO_MEETING(.city = "Yerevan"),
                HAS_MEETING(.bodies = "CSC", .city = "Saint Petersburg", .status = "planned")}},
    {.name = "dates: 'On November 8, 2026 in Astana, before the forthcoming meeting of the Council, a Joint meeting of the "
             "CFM, the CDM and the CSSC was held': a date that opens the sentence, its place before the comma, is the "
             "meeting's the sentence reports",
     .published = "10.11.2026",
     .text = "On November 8, 2026 in Astana, before the forthcoming meeting of the Council on Collective Security of CSTO, "
             "a Joint meeting of the Council of Ministers of Foreign Affairs, the Council of Ministers of Defense and the "
             "Committee of Secretaries of CSTO Security Councils was held.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2026-11-08", .city = "Astana", .status = "held")}},
    {.name = "documents: 'a number of documents were concluded, including the statement by the heads of the CSTO member "
             "states': concluding a document adopts it (lexicon adopt), and 'the heads of the CSTO member states' are the "
             "Council's people (bodies.tsv), so 'by' them opens the title",
     .published = "15.09.2026",
     .text = "During the plenary session of the CSTO Collective Security Council in Dushanbe on Tuesday, a number of "
             "documents were concluded, including the statement by the heads of the CSTO member states.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "statement by the heads of the CSTO member states",
                             .status = "adopted")}},
    {.name = "documents: «подписать соглашение о Коллективных силах оперативного реагирования (КСОР) — мобильных элитных "
             "подразделениях ...»: a spaced dash after an abbreviation in brackets ends the title",
     .published = "14.06.2026",
     .text = "На саммите ОДКБ в Москве государства подписали соглашение о Коллективных силах оперативного реагирования "
             "(КСОР) — мобильных элитных подразделениях для борьбы с терроризмом.",
     .expect = {HAS_DOCUMENT(.type = "agreement", .title = "соглашение о Коллективных силах оперативного реагирования"),
                NO_DOCUMENT(.title = "мобильных")}},
    {.name = "documents: «будут обсуждаться, в частности, вопросы по ..., положению дел в Афганистане»: «положение» names a "
             "regulation only before «о», "
             "«об» or a quoted title (lexicon about_only); «утвердили положение о рабочей группе» is one",
     .published = "20.06.2026",
     .text = "Главы МИД государств-участников ОДКБ проведут неформальную встречу в Нью-Йорке. «Будут обсуждаться, в "
             "частности, вопросы по проблематике Договора о нераспространении ядерного оружия, положению дел в "
             "Афганистане и тенденции развития ситуации в этой стране». Министры утвердили положение о рабочей группе по "
             "Афганистану.",
     .expect = {NO_DOCUMENT(.title = "дел в Афганистане"),
                HAS_DOCUMENT(.type = "other", .title = "положение о рабочей группе по Афганистану")}},
    {.name = "meetings: 'the joint meeting of CSTO structures ... The foreign ministers and the defence ministers were at the "
             "meeting', «На встрече были министры иностранных дел и министры обороны»: people joined by 'and' are one "
             "meeting's (session-of-people, coordinated_people)",
     .published = "12.10.2026",
     .text = "The situation in Afghanistan was the main topic of the joint meeting of CSTO structures in Dushanbe. The "
             "foreign ministers and the defence ministers of all six member states were at the meeting.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .status = "held"), NO_MEETING(.bodies = "CFM")}},
    {.name = "officials: an author's card, a line that is a name alone and the next line opening with a title "
             "(«Иван Петров\\n\\nПостоянный и Полномочный представитель Республики Беларусь при ОДКБ»): the title is the "
             "name's (name-line-title); «советник-посланник» is a Minister-Counsellor (titles.tsv)",
     .published = "4 декабря 2026",
     .text = "Иван Петров\n\nПостоянный и Полномочный представитель Республики Беларусь при ОДКБ\n\nОлег Сидоров\n\n"
             "Советник-посланник посольства Республики Беларусь в Российской Федерации\n\n23 ноября в Минске состоялась "
             "сессия Совета коллективной безопасности ОДКБ.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Permanent Representative", .country = "belarus"),
                HAS_OFFICIAL(.id = "oleg-sidorov", .title = "Minister-Counsellor")}},
    {.name = "officials: 'According to Vesti. Ru, the acting president of Moldova, Ivan Petrov, will': the title is the name's after it, "
             "not the word's before it; 'the Ambassador of Moldova to Russia, X,'; 'the chairman of the Kyrgyz Zhogorku Kenesh, A, "
             "the head of the Majilis of the Kazakh Parliament, B': a list of titles each before its name",
     .text = "CSTO leaders meet in Moscow\n\nMOSCOW, 6 May 2010. According to Vesti. Ru, the acting president of Moldova, Ivan "
             "Petrov, will not attend the CSTO summit. The Ambassador of Moldova to Russia, Oleg Sidorov, will attend it. "
             "Earlier, the speaker discussed the summit with the chairman of the Kyrgyz Zhogorku Kenesh, Pavel Volkov, the head "
             "of the Majilis of the Kazakh Parliament, Boris Kuznetsov, and the chairman of the Kyrgyz parliament, Anton Sokolov.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .country = "moldova"), NO_OFFICIAL(.id = "ru"),
                HAS_OFFICIAL(.id = "oleg-sidorov", .title = "Ambassador", .country = "moldova"),
                HAS_OFFICIAL(.id = "pavel-volkov", .country = "kyrgyzstan"),
                HAS_OFFICIAL(.id = "boris-kuznetsov", .title = "Head of the Majilis of the Kazakh Parliament", .country = "kazakhstan"),
                HAS_OFFICIAL(.id = "anton-sokolov", .title = "Chairman", .country = "kyrgyzstan")}},
    {.name = "meetings: 'at the session of the Collective Security Council decided to hold the next session of the Council on "
             "DATE in Russia': two sessions, the second 'the Council' again (council_again), "
             "«приняли решение о проведении следующего заседания Совета» too",
     .headline = "CSTO leaders meet", .published = "28.11.2025",
     .text = "MOSCOW, 28 November 2025. The heads of state at the session of the Collective Security "
             "Council decided to hold the next session of the Council on 11 November 2026 in Russia.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held", .date = "2025-11-28"),
                HAS_MEETING(.bodies = "CSC", .status = "planned", .date = "2026-11-11"), MEETINGS(2)}},
    {.name = "meetings: «Главы государств на заседании Совета коллективной безопасности приняли решение о проведении следующего "
             "заседания Совета 11 ноября 2026 года в России»: two sessions",
     .headline = "Лидеры ОДКБ", .published = "28.11.2025",
     .text = "Москва, 28 ноября 2025. Главы государств ОДКБ на заседании Совета коллективной безопасности "
             "приняли решение о проведении следующего заседания Совета 11 ноября 2026 года в России.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held", .date = "2025-11-28"),
                HAS_MEETING(.bodies = "CSC", .status = "planned", .date = "2026-11-11"), MEETINGS(2)}},
    {.name = "meetings: «Заседание же Совета пройдет 16 сентября в Душанбе» after the Council's extraordinary session: «Совета» "
             "alone (lexicon body_anaphor) past a particle (lexicon particle), as 'The session of the Council will take place'",
     .headline = "Токаев принял участие во внеочередной сессии ОДКБ", .published = "23.08.2021",
     .text = "Касым-Жомарт Токаев принял участие во "
             "внеочередной сессии Совета коллективной безопасности ОДКБ. Встреча лидеров стран организации прошла онлайн.\n\n"
             "Заседание же Совета пройдет 16 сентября в Душанбе. Совета безопасности России это не касается.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held", .date = "2021-08-23"),
                HAS_MEETING(.bodies = "CSC", .status = "planned", .date = "2021-09-16", .city = "Dushanbe"), MEETINGS(2)}},
    {.name = "article: a paragraph of four or more lower-case words and nothing else is a page's tags or menu, no sentence "
             "('путин одкб саммит встреча лидеры' named a summit dated to the day of publication, which 'their meeting on "
             "Monday' then referred back to)",
     .headline = "CSTO to step up military support for Tajikistan", .published = "28.09.2013",
     .text = "путин одкб саммит встреча лидеры\n\nThe CSTO will step up military support for Tajikistan. During their meeting "
             "on Monday, the leaders of Russia, Belarus, Kazakhstan, Tajikistan, Kyrgyzstan and Armenia took up the threats.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held", .date = "2013-09-23"), MEETINGS(1)}},
    {.name = "article: 'Almaty. May 6. Kazakhstan Today - Informal meetings ... will be held on May 8 in Moscow' after a page's "
             "lines: a dateline with full stops around its day (its date is the report's, not the meeting's)",
     .headline = "CSTO informal summit to take place on May 8", .published = "06.05.2010",
     .text = "text: Kazakhstan Today\nviews: 478\n\nAlmaty. May 6. Kazakhstan Today - Informal meetings of the heads of the "
             "member states of the CSTO will be held on May 8 in Moscow, the agency reports.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned", .date = "2010-05-08", .city = "Moscow"), MEETINGS(1)}},
    {.name = "meetings: 'they will take part in the informal summit of the heads of the CIS countries': another organisation's "
             "summit, past the people whose it is",
     .headline = "News of the day", .published = "06.05.2010",
     .text = "Informal meetings of the heads of the member states of the CSTO will be held on May 8 in Moscow. The presidents "
             "will not attend the events on May 9, but they will take part in the informal summit of the heads of the CIS "
             "countries. A summit of the leaders of the SCO member states follows in June.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned", .date = "2010-05-08"), MEETINGS(1)}},
    {.name = "documents: 'the heads of state inked 14 separate documents, including a declaration in which': a bare keyword "
             "among the documents a verb of adoption governs (lexicon adopt gains inked); not 'discussed 14 questions, including "
             "a declaration of war'; officials: 'Armenian FM X' (titles.tsv FM)",
     .headline = "News of the day", .published = "28.11.2024",
     .text = "The CSTO summit was held in Astana on Thursday. Following the meeting, the heads of state inked 14 separate "
             "documents, including a declaration in which they declared their commitment. They discussed 14 questions, "
             "including a treaty of friendship. Armenian FM Ivan Petrov said it.",
     .expect = {HAS_DOCUMENT(.title = "declaration", .type = "declaration", .status = "adopted"), DOCUMENTS(.n = 1),
                HAS_OFFICIAL(.id = "ivan-petrov", .country = "armenia")}},
    {.name = "officials: a byline under the date and a bullet, «00:00 04.09.2009 • Петров И.И. генеральный секретарь "
             "Организации Договора о коллективной безопасности»: the date is the publication's, the surname, initials and "
             "title an official («И.И. Петров»)",
     .headline = "Как ОДКБ совершенствует систему коллективной безопасности",
     .published = "00:00 04.09.2009 • Петров И.И. генеральный секретарь Организации Договора о коллективной безопасности",
     .text = "4 февраля главами государств ОДКБ на внеочередной сессии Совета коллективной безопасности было принято решение.",
     .expect = {HAS_OFFICIAL(.name = "И.И. Петров", .title = "Secretary General", .org = "CSTO"),
                HAS_MEETING(.bodies = "CSC", .date = "2009-02-04", .status = "held")}},
    {.name = "officials: «генеральный секретарь ОДКБ Hиколай Сидоров» with a Latin H (a page's homoglyph) is written "
             "«Николай Сидоров»",
     .text = "В заседании Совета коллективной безопасности ОДКБ приняли участие генеральный секретарь ОДКБ Hиколай Сидоров.",
     .expect = {HAS_OFFICIAL(.name = "Николай Сидоров", .org = "CSTO")}},
    {.name = "article: «..., которое прошло в Москве.Нынешняя сессия СКБ — юбилейная»: a sentence whose space after its full "
             "stop was lost ends there (not one word «Москве.Нынешняя»); «С.В.Лавров» stays initials",
     .text = "Об этом заявил министр иностранных дел Беларуси Иван Петров на заседании Совета коллективной безопасности ОДКБ, "
             "которое прошло в Москве.Нынешняя сессия СКБ — юбилейная. Выступил министр иностранных дел России С.В.Лавров.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "held"), MEETINGS(1),
                HAS_OFFICIAL(.name = "С.В.Лавров", .country = "russia")}},
    {.name = "article: 'The CSTO summit took place in Minsk on Tuesday.The leaders ...': the sentence ends at the glued full stop "
             "(its Tuesday kept); 'Pravda.Ru reported' stays one word",
     .text = "The CSTO summit took place in Minsk on Tuesday.The leaders of Armenia did not attend, Pravda.Ru reported.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk", .date = "2026-05-12", .status = "held"), MEETINGS(1)}},
    {.name = "officials: «Белорусская сторона на заседании была представлена министром иностранных дел Иваном Лукеем, министром "
             "обороны Андреем Петровым» (the side's country, lexicon side and represented_by); «глава МИД РБ Иван Лукей» "
             "(places-ru.tsv РБ) is the same man («Лукеем», «Лукей»: one stem, ru_surname_base)",
     .text = "В Минске состоялось совместное заседание СМИД, СМО и КССБ ОДКБ. Белорусская сторона на заседании была "
             "представлена министром иностранных дел Иваном Лукеем, министром обороны Андреем Петровым. «Наша встреча "
             "проходит накануне сессии», – заявил глава МИД РБ Иван Лукей.",
     .expect = {HAS_OFFICIAL(.name = "Иван Лукей", .country = "belarus"), HAS_OFFICIAL(.name = "Андрей Петров", .country = "belarus"),
                NO_OFFICIAL(.id = "ivan-lukej-2")}},
    {.name = "text: a backslash before a space or a line's end is a page's line-continuation mark, no token («Председатель\\ "
             "Госдумы РФ Иван Петров» is the Duma's chairman)",
     .text = "Председатель\\ Госдумы РФ Иван Петров возглавит новый орган, создающийся при\\\nОрганизации договора о "
             "коллективной безопасности (ОДКБ).",
     .expect = {HAS_OFFICIAL(.name = "Иван Петров", .title = "Chairman of the State Duma", .country = "russia")}},
    {.name = "meetings: 'The resolution of the summit states that the group will be organized by July 1': the summit whose "
             "resolution it is (lexicon outcome gains resolution, decision), no summit to come, and no date from its 'that' "
             "clause; 'the decisions of the session of the CFM, which took place in Minsk in November 2025' keep theirs",
     .text = "The jubilee CSTO summit ended in Moscow on May 14. The resolution of the summit states that the group of "
             "coordinators will be organized by July 1. The decisions of the session of the CSTO Council of Foreign "
             "Ministers, which took place in Minsk in November 2025, were considered.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "held", .date = "2026-05-14"),
                HAS_MEETING(.bodies = "CFM", .date = "2025-11", .status = "held"), MEETINGS(2)}},
    {.name = "officials: «информацию дадут (генсекретарь ОДКБ Иван) Петров и (премьер-министр Армении Олег) Сидоров»: an "
             "editor's brackets inside a quotation, the surname after them («Иван Петров», not «Иван»)",
     .text = "«По итогам саммита ОДКБ информацию журналистам дадут (генсекретарь ОДКБ Иван) Петров и (премьер-министр "
             "Армении Олег) Сидоров», - сказал Песков.",
     .expect = {HAS_OFFICIAL(.name = "Иван Петров", .title = "Secretary General", .org = "CSTO"),
                HAS_OFFICIAL(.name = "Олег Сидоров", .title = "Prime Minister", .country = "armenia"), NO_OFFICIAL(.id = "oleg")}},
    {.name = "meetings: 'following the results of the extraordinary session of the CSTO on August 23, held in the videoconference "
             "mode': a session of the organisation itself, no body named, is the Collective Security Council's (org_session); "
             "not 'the session of the CSTO Council of Foreign Ministers'",
     .published = "15.09.2021",
     .text = "The proposals were worked out following the results of the extraordinary session of the CSTO on August 23, held "
             "in the videoconference mode. They also discussed the agenda of the session of the CSTO Council of Foreign "
             "Ministers.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2021-08-23", .status = "held", .format = "video"),
                NO_MEETING(.bodies = "CFM+CSC"), NO_MEETING(.bodies = "CSC", .status = "planned")}},
    {.name = "meetings: «по итогам внеочередной сессии ОДКБ 23 августа, прошедшей в режиме видеоконференции»: the Council's session",
     .published = "15.09.2021",
     .text = "Предложения были выработаны по итогам внеочередной сессии ОДКБ 23 августа, прошедшей в режиме видеоконференции.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2021-08-23", .status = "held", .format = "video"), MEETINGS(1)}},
    {.name = "meetings: 'at the CSTO summit. The meeting is expected to be held at the end of 2017 in Minsk': lexicon takes_place "
             "gains 'is expected to be held' and its kin",
     .published = "18.07.2017",
     .text = "The issues will be put forward for discussion at the CSTO summit. The meeting is expected to be held at the end "
             "of 2017 in Minsk.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2017", .city = "Minsk", .status = "planned"), MEETINGS(1)}},
    {.name = "documents: 'The Russian side proposed a statement on the Syrian conflict': a document put forward (new lexicon "
             "class propose), to come; 'based on the decision of the CSTO Collective Security Council' names one in force "
             "(lexicon pursuant gains based on, on the basis of)",
     .text = "The CSTO foreign ministers meet in Yerevan today. The Russian side proposed a statement on the Syrian conflict. "
             "Armenia proposes to speed up the work with Baku, based on the decision of the CSTO Collective Security Council.",
     .expect = {HAS_DOCUMENT(.title = "statement on the Syrian conflict", .type = "statement", .status = "planned"),
                DOCUMENTS(.n = 1)}},
    {.name = "article: a header line «- 10:46, 14 октября 2025» (a list's dash before the stamp) is the publication date, so "
             "«в ноябре текущего года» is November 2025; officials: «генерального секретаря Организации Договора о "
             "коллективной безопасности (ОДКБ) Иван Петрова»: the abbreviation after the organisation skipped",
     .published = "- 10:46, 14 октября 2025",
     .text = "В Москве 13 октября состоялась встреча генерального секретаря Организации Договора о коллективной "
             "безопасности (ОДКБ) Ивана Петрова с председателем Госдумы России Олегом Сидоровым. Иван Петров "
             "проинформировал собеседника о подготовке к предстоящей в ноябре текущего года сессии Совета коллективной "
             "безопасности ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025-11", .status = "planned"),
                HAS_OFFICIAL(.name = "Иван Петров", .title = "Secretary General", .org = "CSTO")}},
    {.name = "documents: «По итогам саммита ожидается принятие совместного заявления по Сирии»: the title in the nominative "
             "(a neuter adjective and noun, «совместное заявление»), an adoption expected (lexicon doc_future gains "
             "«ожидается принятие», «ожидается подписание»), to come",
     .text = "Саммит ОДКБ пройдет в Сочи. По итогам саммита ожидается принятие совместного заявления по Сирии.",
     .expect = {HAS_DOCUMENT(.title = "совместное заявление по Сирии", .type = "statement", .status = "planned")}},
    {.name = "meetings: 'said the secretaries of the countries' security councils after their meeting on Tuesday, via video "
             "conferencing' (bodies.tsv: the secretaries of the countries' and the member countries' security councils)",
     .text = "The CSTO countries affirmed their support. “We express our support,” said the secretaries of the countries' "
             "security councils after their meeting on Tuesday, via video conferencing.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .date = "2026-05-12", .status = "held", .format = "video"), MEETINGS(1)}},
    {.name = "documents: 'the CSTO signed an agreement with the Shanghai Cooperation Organisation (SCO), in the Tajik capital of "
             "Dushanbe, to broaden cooperation': the title goes on after 'with' (lexicon doc_starter) and ends at a comma "
             "before where it was signed",
     .text = "In October 2025, the CSTO signed an agreement with the Shanghai Cooperation Organisation (SCO), in the Tajik "
             "capital of Dushanbe, to broaden cooperation. The ministers also adopted a statement on cooperation, in "
             "Minsk, as planned.",
     .expect = {HAS_DOCUMENT(.title = "agreement with the Shanghai Cooperation Organisation (SCO)", .type = "agreement"),
                NO_DOCUMENT(.title = "Dushanbe"), NO_DOCUMENT(.title = "Minsk")}},
    {.name = "article: a headline that ends with its place and date in brackets, '... following the meeting of the CSTO Foreign "
             "Ministers Council (Almaty, June 21, 2024)', dates the report when nothing else does ('November of this year')",
     .headline = "Foreign Minister Ivan Petrov's remarks following the meeting of the CSTO Foreign Ministers Council (Almaty, "
                 "June 21, 2024)",
     .published = "",
     .text = "At the meeting, we focused on preparations for the CSTO Summit scheduled for November of this year in Astana.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2024-11", .city = "Astana", .status = "planned")}},
    {.name = "meetings: 'ISTANBUL (AA) - Kazakhstan's capital Astana on Thursday hosted a summit': the city that hosted, past "
             "a date between it and the verb, not the dateline's",
     .text = "ISTANBUL (AA) - Kazakhstan's capital Astana on Thursday hosted a summit of the Collective Security Treaty "
             "Organization (CSTO).",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-14", .city = "Astana", .status = "held"), MEETINGS(1)}},
    {.name = "article: a dateline 'YEREVAN/NOV. 23 2022 (The Bulletin) —' (a slash between the city and its date) dates the "
             "report, so the summit it reports is of that day",
     .published = "",
     .text = "YEREVAN/NOV. 23 2022 (The Bulletin) — Ivan Petrov flew to the Armenian capital to meet his allies.\n\n"
             "Armenia was hosting the CSTO summit because it holds the rotating chair of the group.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-11-23", .city = "Yerevan", .status = "held"), MEETINGS(1)}},
    {.name = "meetings: 'The meeting of the Collective Security Treaty Organization's (CSTO) Council of Foreign Ministers in "
             "the Belarusian capital of Minsk is taking place on Tuesday': the abbreviation in brackets after the "
             "organisation's possessive skipped before its body",
     .text = "The meeting of the Collective Security Treaty Organization's (CSTO) Council of Foreign Ministers in the "
             "Belarusian capital of Minsk is taking place on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-12", .city = "Minsk", .status = "held"), MEETINGS(1)}},
    {.name = "dates: a meeting held that a report names with no date, after a lede that says 'agreed on Wednesday', is of "
             "that Wednesday, not of the report's day (news_day)",
     .text = "AFP - Russia and its allies agreed on Wednesday on plans for a common defence force.\n\n"
             "Ivan Petrov announced that a rapid reaction force would be set up.\n\n"
             "\"We signed an accord,\" Petrov said at a meeting of the CSTO leaders in the Kremlin.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-13", .city = "Moscow", .status = "held"), MEETINGS(1)}},
    {.name = "dates: news_day: a lede with two days ('on Monday', 'on Wednesday') leaves an undated meeting on the report's day",
     .text = "AFP - Russia and its allies agreed on Wednesday on plans for a common defence force first proposed on Monday.\n\n"
             "\"We signed an accord,\" Ivan Petrov said at a meeting of the CSTO leaders in the Kremlin.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-14", .city = "Moscow", .status = "held"), MEETINGS(1)}},
    {.name = "article: a site's date above the title ('January 20, 2018') gives way to the byline's under it ('By Ivan "
             "Sidorov - Wed Dec 19 2012, 8:43 pm'): the summit the report tells of 'on Wednesday' is of 19 December 2012",
     .headline = "January 20, 2018",
     .published = "Petrov urges CSTO to draft a programme on Afghanistan",
     .text = "By Ivan Sidorov - Wed Dec 19 2012, 8:43 pm\n\n"
             "The presidents of the CSTO member states on Wednesday gathered for a summit in Moscow.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2012-12-19", .city = "Moscow", .status = "held"), MEETINGS(1)}},
    {.name = "dates: 'told the CSTO summit, warning of threats due to NATO withdrawal from Afghanistan in 2027': the year of "
             "another event (lexicon other_event: withdrawal, elections, «вывод»), not the summit's",
     .text = "The presidents of the CSTO member states gathered in Moscow on Wednesday. Ivan Petrov told the CSTO summit, "
             "warning of possible security threats due to NATO withdrawal from Afghanistan in 2027.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-13", .city = "Moscow", .status = "held"), MEETINGS(1)}},
    {.name = "meetings: '“The algorithm of practical actions in Afghanistan is needed,” Petrov told the CSTO summit': a "
             "place in the quotation is what the speaker spoke of, not the summit's (quoted_before); the opening quote "
             "starts its sentence, not ends the one before",
     .text = "Ivan Petrov spoke first. “The algorithm of practical actions in Afghanistan is needed,” Petrov told the "
             "CSTO summit.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held"), NO_MEETING(.country = "afghanistan"), MEETINGS(1)}},
    {.name = "article: a stamp with its time of day glued to the text's first sentence («2026-05-14 13:24:43 Это случилось "
             "как бы между прочим, ...») is the publication date, so «в пятницу» is 8 May",
     .published = "2026-05-14 13:24:43 Это случилось как бы между прочим, в рабочем порядке и потому не выглядело сенсацией.",
     .text = "Открывая в пятницу в Минске заседание саммита ОДКБ, Иван Петров сообщил о главном.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-08", .city = "Minsk", .status = "held"), MEETINGS(1)}},
    {.name = "meetings: «заседание саммита Организации Договора о коллективной безопасности (ОДКБ) СНГ»: the CSTO named "
             "in the phrase owns the summit; «СНГ» after it is no other organisation's (org_after)",
     .text = "Открывая в пятницу в Минске расширенное заседание саммита Организации Договора о коллективной безопасности "
             "(ОДКБ) СНГ, Иван Петров сообщил о главном.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-08", .city = "Minsk", .status = "held"), MEETINGS(1)}},
    {.name = "dates: «в пятницу появилось официальное сообщение о том, что в Бишкеке пройдет саммит»: the day the "
             "message appeared, not the summit's (lexicon speech gains «сообщение о том», «заявление о том», «информация о "
             "том»)",
     .text = "На сайте Организации договора о коллективной безопасности в пятницу появилось официальное сообщение о том, "
             "что в Бишкеке пройдет саммит глав государств-членов ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Bishkek", .status = "planned"), NO_MEETING(.date = "2026-05-15"),
                NO_MEETING(.date = "2026-05-08"), MEETINGS(1)}},
    {.name = "meetings: 'The Council of Foreign Ministers of the CSTO has adopted a statement on global security on "
             "September 4' in a report with no date: a body that adopted something on a day of a year unknown met "
             "(dated_to_month reads a month without a year)",
     .published = "",
     .text = "The Council of Foreign Ministers of the Collective Security Treaty Organization (CSTO) has adopted a statement "
             "on global security and strategic stability on September 4.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "held"), MEETINGS(1),
                HAS_DOCUMENT(.title = "statement on global security", .type = "statement", .status = "adopted")}},
    {.name = "meetings: 'Ivan Petrov has told a conference of CSTO Foreign Ministers that ...': a conference of a body's people "
             "is its meeting (lexicon meeting_noun gains conference); 'told a press conference' is none (lexicon press_mod)",
     .text = "Ivan Petrov has told a conference of CSTO Foreign Ministers that the crisis would have negative consequences. "
             "Later he told a press conference that the ministers agreed.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "held"), MEETINGS(1)}},
    {.name = "meetings: 'The minister was speaking at the opening of the session of Collective Security Treaty Organization' "
             "after a sentence that named the foreign ministers' conference: that meeting, not a summit (org_session); "
             "'the following day's CSTO session for the heads of state' is a summit still",
     .text = "Ivan Petrov has told a conference of CSTO Foreign Ministers that the crisis would have negative consequences. "
             "The Russian Foreign Minister was speaking at the opening of the session of Collective Security Treaty "
             "Organization.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "held"), NO_MEETING(.bodies = "CSC"), MEETINGS(1)}},
    {.name = "meetings: org_session after the ministers' meeting: 'the following day's CSTO session' is another meeting, "
             "the summit",
     .text = "Ukraine is to be the top issue at Thursday's meeting of the CSTO foreign ministers. They will also consider "
             "proposals for the agenda of the following day's CSTO session for the countries' heads of state.",
     .expect = {HAS_MEETING(.bodies = "CFM"), HAS_MEETING(.bodies = "CSC"), MEETINGS(2)}},
    {.name = "meetings: 'Within the framework of the sitting, the Armenian Defense Minister Ivan Petrov had working meetings "
             "with his counterparts from the CSTO member states': one with each, bilateral, no meeting of the defence "
             "ministers' council (with_counterparts)",
     .text = "A regular sitting of the CSTO Council of Foreign Ministers kicked off in Minsk. Within the framework of the "
             "sitting, Armenian Defense Minister Ivan Petrov had working meetings with his counterparts from the CSTO "
             "member states.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk"), NO_MEETING(.bodies = "CDM"), MEETINGS(1)}},
    {.name = "documents: 'refused to sign a draft declaration of the Collective Security Council and a draft on joint measures "
             "to assist his country': a second draft after 'and a draft on' ends the first title; 'agreed on plans for a "
             "common defence force, as Moscow bids for dominance': a clause of its own after ', as' and its subject",
     .text = "Ivan Petrov refused to sign a draft declaration of the Collective Security Council and a draft on joint "
             "measures to assist his country during the CSTO summit. The CSTO states agreed on plans for a common "
             "defence force, as Moscow bids for renewed dominance in its neighbourhood.",
     .expect = {HAS_DOCUMENT(.title = "declaration of the Collective Security Council", .type = "declaration"),
                NO_DOCUMENT(.title = "joint measures to assist his country during"), NO_DOCUMENT(.title = "Moscow bids")}},
    {.name = "documents: 'adopted 18 decisions, including on A and on B': one decision on each, the items as after the "
             "keyword (not one title 'on A and on B')",
     .text = "At the CSTO summit the leaders adopted 18 decisions, including on the suspension of the membership of "
             "Uzbekistan and on the situation in Afghanistan.",
     .expect = {HAS_DOCUMENT(.title = "decision on the suspension of the membership of Uzbekistan", .type = "decision"),
                HAS_DOCUMENT(.title = "decision on the situation in Afghanistan", .type = "decision"), DOCUMENTS(.n = 2)}},
    {.name = "documents: «принят пакет из 18 решений саммита, в том числе об A, о B»: a genitive plural and its items "
             "after «в том числе», past a genitive word (ru_including_after)",
     .text = "На саммите ОДКБ принят пакет из 18 решений саммита, в том числе о приостановлении членства Узбекистана в "
             "ОДКБ, о прогнозе развития обстановки в Афганистане.",
     .expect = {HAS_DOCUMENT(.title = "о приостановлении членства Узбекистана в ОДКБ", .type = "decision"),
                HAS_DOCUMENT(.title = "о прогнозе развития обстановки в Афганистане", .type = "decision"),
                DOCUMENTS(.n = 2)}},
    {.name = "documents: an item of «18 решений, в том числе о A» is «решение о A»: a genitive plural in -ний, and a "
             "prepositional singular in -нии, written in the nominative (ru_title_nominative)",
     .text = "На саммите ОДКБ принят пакет из 18 решений, в том числе о приостановлении членства Узбекистана в ОДКБ, "
             "о бюджете Организации.",
     .expect = {HAS_DOCUMENT(.title = "решение о приостановлении членства Узбекистана в ОДКБ", .type = "decision"),
                HAS_DOCUMENT(.title = "решение о бюджете Организации", .type = "decision"), DOCUMENTS(.n = 2)}},
    {.name = "officials: 'Ivan Petrov has told a conference of CSTO Foreign Ministers that ...': a name that opens its "
             "sentence and tells a meeting of it is an official taking part, with no title given (name-tells-meeting); "
             "'Oleg Sidorov has told reporters' speaks (name-speaks) but takes no part in it",
     .text = "Ivan Petrov has told a conference of CSTO Foreign Ministers that the crisis would have consequences. "
             "Oleg Sidorov has told reporters that the CSTO summit would follow.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov"), PARTICIPANT(.bodies = "CFM", .id = "ivan-petrov"),
                NOT_PARTICIPANT(.bodies = "CFM", .id = "oleg-sidorov")}},
    {.name = "officials: 'Ivan Petrov has told a conference of CSTO Foreign Ministers ... The Russian Foreign Minister was "
             "speaking at the opening': the title that opens the next sentence, with its country and no name, is the office "
             "of the one person named before with none (title_anaphor); two people named before: neither",
     .text = "Ivan Petrov has told a conference of CSTO Foreign Ministers that the crisis would have consequences. The "
             "Russian Foreign Minister was speaking at the opening of the session.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Foreign Minister", .country = "russia")}},
    {.name = "officials: 'The summit also named Ivan Petrov, the 53-year-old former head of the Russian Security Council, "
             "secretary general of the organization': a verb of appointing before the name (lexicon appointee gains named, "
             "appointed), the title after the aside, of the CSTO",
     .text = "The CSTO summit also named Ivan Petrov, the 53-year-old former head of the Russian Security Council, "
             "secretary general of the organization.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .org = "CSTO"), NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "dates: «В Бишкеке 27-28 мая пройдет неформальная встреча глав государств ОДКБ, и состоятся заседания СМИД, "
             "СМО и КССБ»: the clause joined by «и» with its own verb of taking place (lexicon takes_place gains «состоятся», "
             "«пройдут») and no date shares the dated one's",
     .text = "В Бишкеке 27-28 мая пройдет неформальная встреча глав государств-членов ОДКБ, и состоятся заседания "
             "уставных органов Организации: СМИД, СМО и КССБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-27", .city = "Bishkek", .status = "planned"),
                HAS_MEETING(.bodies = "CFM", .date = "2026-05-27", .city = "Bishkek", .status = "planned"),
                HAS_MEETING(.bodies = "CSSC", .date = "2026-05-27", .status = "planned")}},
    {.name = "meetings: «выступая на совместном заседании СМИД ОДКБ» after «приняли участие в совместном заседании СМИД, "
             "СМО и КССБ»: a joint meeting with one body named is the joint one named before that holds it",
     .text = "Министр иностранных дел Иван Петров принял участие в совместном заседании Совета министров иностранных дел, "
             "Совета министров обороны и Комитета секретарей советов безопасности ОДКБ. Россия озабочена ситуацией, "
             "заявил Иван Петров, выступая на совместном заседании СМИД ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .status = "held"), NO_MEETING(.bodies = "CFM"), MEETINGS(1)}},
    {.name = "documents: 'the goals stipulated in article VI of the Non-Proliferation Treaty', 'the START Treaty': treaties in "
             "force named in passing (lexicon historic_doc gains the nuclear treaties), no document of the meeting",
     .text = "According to the CSTO foreign ministers, the observance of the START Treaty is a significant step, a "
             "meaningful contribution to the goals stipulated in article VI of the Non-Proliferation Treaty.",
     .expect = {DOCUMENTS(.n = 0)}},
    {.name = "documents: '\"We signed an accord on the need to form unified forces\", Ivan Petrov said at a meeting of "
             "the CSTO leaders': an accord is an agreement (doctypes.tsv)",
     .text = "\"We signed an accord on the need to form unified forces,\" Ivan Petrov said at a meeting of the CSTO "
             "leaders in the Kremlin.",
     .expect = {HAS_DOCUMENT(.title = "accord on the need to form unified forces", .type = "agreement", .status = "adopted")}},
    {.name = "meetings: 'The next session of Ministerial Council of Defense of the Organization Collective Security Treaty "
             "Organization (CSTO) will be held in Yerevan on August 21-22' is the defence ministers' council's, not the "
             "foreign ministers' (bodies.tsv); 'the Common Security Treaty Organization foreign ministers' are the CSTO's "
             "(orgs.tsv)",
     .text = "The next session of Ministerial Council of Defense of the Organization Collective Security Treaty Organization "
             "(CSTO) will be held in Yerevan on August 21-22. The same day, the Common Security Treaty Organization foreign "
             "ministers met in Minsk.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2026-08-21", .city = "Yerevan", .status = "planned"),
                NO_MEETING(.bodies = "CFM", .city = "Yerevan"), HAS_MEETING(.bodies = "CFM", .city = "Minsk")}},
    {.name = "dates: '... the jubilee session of the CSTO in Moscow on May 13. The CSTO Collective Security Council session "
             "started in the Kremlin' told on May 14: 'started' (lexicon now) is the session named the day before, not one "
             "of the report's day",
     .text = "Ivan Petrov partook in the jubilee session of the Collective Security Treaty Organization (CSTO) in Moscow on "
             "May 13.\n\nThe CSTO Collective Security Council session started in the Kremlin with a meeting of heads of "
             "state in restricted format.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-13", .city = "Moscow", .status = "held"), MEETINGS(1)}},
    {.name = "meetings: «В среду в Ереване пройдет Совет коллективной безопасности ОДКБ на уровне лидеров»: a body after "
             "a Russian verb of taking place (lexicon takes_place) meets",
     .text = "В среду в Ереване пройдет Совет коллективной безопасности ОДКБ на уровне лидеров.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-20", .city = "Yerevan", .status = "planned"), MEETINGS(1)}},
    {.name = "documents: «приняли ряд заявлений, в том числе по случаю 75-летия Победы, а также о солидарности и "
             "взаимопомощи»: the item after «а также» (lexicon and gains it) is one too",
     .text = "Главы внешнеполитических ведомств ОДКБ приняли ряд заявлений, в том числе по случаю 75-летия Победы в "
             "Великой Отечественной войне, а также о солидарности и взаимопомощи в борьбе с коронавирусом.",
     .expect = {HAS_DOCUMENT(.title = "заявление по случаю 75-летия Победы", .type = "statement"),
                HAS_DOCUMENT(.title = "заявление о солидарности и взаимопомощи", .type = "statement"), DOCUMENTS(.n = 2)}},
    {.name = "dates: \"draft documents were approved, which were submitted to the Collective Security Council, whose "
             "meeting will take place on November 23\": the clause after the aside is of its own meeting (mention_date)",
     .text = "Draft documents were also approved, which were submitted for consideration by the CSTO Collective Security "
             "Council, whose meeting will take place on November 23 of this year in Minsk.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-23", .city = "Minsk", .status = "planned"), MEETINGS(1)}},
    {.name = "bodies: «Совместное совещание Советов министров иностранных дел, обороны и Комитета секретарей советов "
             "безопасности»: two councils of ministers under one head word, set off by a comma (data/bodies.tsv)",
     .text = "Совместное совещание Советов министров иностранных дел, обороны и Комитета секретарей советов безопасности "
             "ОДКБ 13 мая прошло в Душанбе.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2026-05-13", .city = "Dushanbe", .status = "held"),
                MEETINGS(1)}},
    {.name = "bodies: \"a joint meeting of the Councils of Ministers of Foreign Affairs, Defence and the Committee of "
             "Secretaries of Security Councils\": two councils of ministers under one head word (data/bodies.tsv)",
     .text = "A joint meeting of the Councils of Ministers of Foreign Affairs, Defence and the Committee of Secretaries of "
             "Security Councils of the CSTO was held in Dushanbe on May 13.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2026-05-13", .city = "Dushanbe", .status = "held"),
                MEETINGS(1)}},
    {.name = "dates: «Неформальная встреча глав государств состоялась в Бишкеке. ... Накануне, 12 мая, в Бишкеке "
             "состоялось заседание СМИД»: the eve named with its day dates the meeting the report is about, the day "
             "after (eve_dates_current)",
     .text = "Неформальная встреча глав государств – членов ОДКБ состоялась в Бишкеке. Президенты обсудили положение в "
             "Афганистане. Накануне, 12 мая, в Бишкеке состоялось заседание Совета министров иностранных дел ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-13", .city = "Bishkek", .status = "held"),
                HAS_MEETING(.bodies = "CFM", .date = "2026-05-12", .city = "Bishkek", .status = "held"), MEETINGS(2)}},
    {.name = "bodies: «совместное заседание СМИД – СМО – КССБ», \"a joint session of the CFM - CDM - CSSC\": the "
             "bodies of one joint session joined by dashes (meeting_of_body)",
     .text = "12 мая в Бишкеке состоялось совместное заседание СМИД – СМО – КССБ. On May 13 a joint session of the "
             "CFM - CDM - CSSC was held in Minsk.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2026-05-12", .city = "Bishkek", .status = "held"),
                HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2026-05-13", .city = "Minsk", .status = "held"),
                MEETINGS(2)}},
    {.name = "places: «Президенты обсудили положение в Афганистане»: a country after «положение в» (lexicon topic gains "
             "its cases) is the subject, not the meeting's place",
     .text = "Неформальная встреча глав государств – членов ОДКБ состоялась в Бишкеке. Президенты обсудили положение в "
             "Афганистане и ситуацию в Сирии.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-14", .city = "Bishkek", .status = "held"), MEETINGS(1)}},
    {.name = "officials: «под председательством Сироджиддина Мухриддина, главы внешнеполитического ведомства "
             "Таджикистана»: a name in the genitive takes a title in -ы as its genitive, not a plural (name_comma_title)",
     .text = "Заседание Совета министров иностранных дел ОДКБ 13 мая прошло в Душанбе под председательством Сироджиддина "
             "Мухриддина, главы внешнеполитического ведомства Таджикистана.",
     .expect = {HAS_OFFICIAL(.name = "Сироджиддин Мухриддин", .title = "Minister of Foreign Affairs",
                             .country = "tajikistan"),
                HAS_MEETING(.bodies = "CFM", .date = "2026-05-13", .city = "Dushanbe", .status = "held"), MEETINGS(1)}},
    {.name = "meetings: «Обсудили ход выполнения решений декабрьской сессии в Москве и неформального саммита в мае в "
             "Бишкеке»: a session with its own month and place is another meeting even when a meeting is named after it "
             "in the sentence (dated_bare_resolve)",
     .text = "Мы завершили очередную сессию Совета коллективной безопасности ОДКБ. Обсудили ход выполнения решений "
             "декабрьской сессии в Москве и неформального саммита в феврале этого года в Бишкеке.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025-12", .city = "Moscow", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-02", .city = "Bishkek", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-05-14", .status = "held"), MEETINGS(3)}},
    {.name = "documents: «По итогам встречи принято коммюнике»: a Russian keyword alone right after a verb of adoption "
             "is the meeting's document (Russian has no article before it)",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла в Минске. По итогам встречи принято коммюнике, в котором "
             "закреплены оценки проделанной работы. Главы государств приняли решение о проведении следующей сессии в "
             "Москве.",
     .expect = {HAS_DOCUMENT(.title = "коммюнике", .type = "other", .status = "adopted"), DOCUMENTS(.n = 1)}},
    {.name = "documents: «Министры подписали заявление по ключевым международным вопросам. ... подписали заявление, в "
             "котором ...»: the keyword alone names the titled one again (documents_settle)",
     .text = "Министры иностранных дел ОДКБ подписали заявление, в котором отражены их подходы, сообщил Лавров. «Мы "
             "подписали заявление по ключевым международным вопросам», – сказал он.",
     .expect = {HAS_DOCUMENT(.title = "заявление по ключевым международным вопросам", .type = "statement"),
                DOCUMENTS(.n = 1)}},
    {.name = "dates: \"May 12, 2026 -- Leaders ... are gathering in Minsk for meetings of the CSTO and the Eurasian Economic "
             "Community, to be held on May 13\": a full date and a dash open the text, the report's date (a dateline "
             "with no city), not the meeting's",
     .published = "",
     .text = "May 12, 2026 -- Leaders of several former Soviet republics are gathering in Minsk for meetings of the "
             "Collective Security Treaty Organization (CSTO) and the Eurasian Economic Community, to be held on May 13.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-13", .city = "Minsk", .status = "planned"), MEETINGS(1)}},
    {.name = "documents: \"were set to sign a statement Friday criticizing Georgia's military campaign\": past the day, a "
             "participle (lexicon doc_starter gains criticizing, denouncing) goes on with the title (keyword_title)",
     .text = "The CSTO summit opened in Moscow on Thursday. The presidents were set to sign a statement Friday criticizing "
             "the military campaign, and a declaration denouncing the attack.",
     .expect = {HAS_DOCUMENT(.title = "statement criticizing the military campaign", .type = "statement",
                             .status = "planned"),
                HAS_DOCUMENT(.title = "declaration denouncing the attack", .type = "declaration"), DOCUMENTS(.n = 2)}},
    {.name = "officials: \"First Deputy Chair of the Federation Council Committee on Defense and Security X\": a committee "
             "word (lexicon committee) after the title goes on with its institution, and Chair is a Chairman (titles.tsv)",
     .text = "First Deputy Chair of the Federation Council Committee on Defense and Security Ivan Orlov and Chairman of the "
             "State Duma Committee on Defense Petr Sokolov took part in the meeting of the CSTO Parliamentary Assembly in "
             "Moscow on May 13.",
     .expect = {HAS_OFFICIAL(.name = "Ivan Orlov", .title = "First Deputy Chair of the Federation Council Committee on "
                                                             "Defense and Security"),
                HAS_OFFICIAL(.name = "Petr Sokolov", .title = "Chairman of the State Duma Committee on Defense"),
                PARTICIPANT(.id = "ivan-orlov", .bodies = "PA"), PARTICIPANT(.id = "petr-sokolov", .bodies = "PA")}},
    {.name = "meetings: \"an extraordinary joint meeting of the standing commissions of the Parliamentary Assembly, which "
             "was held via videoconference\": the committees' meeting (lexicon committee) is neither the Assembly's nor "
             "the plenary named before, which keeps its place",
     .text = "The participants discussed documents for the upcoming plenary meeting of the CSTO Parliamentary Assembly. "
             "Ivan Orlov took part in an extraordinary joint meeting of the standing commissions of the Parliamentary "
             "Assembly on political issues, which was held via videoconference. The documents will be approved at the "
             "plenary meeting of the CSTO PA to be held in Moscow in December.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Moscow", .format = "in_person", .status = "planned"),
                NO_MEETING(.bodies = "PA", .format = "video"), MEETINGS(1)}},
    {.name = "meetings: \"the first extended session of the CSTO Military Committee\": an organ the gazetteer does not list "
             "(capitalised words ending in lexicon committee) holds it, not the organisation's summit (org_session)",
     .text = "The first extended session of the CSTO Military Committee is due to be held on May 17 in Yekaterinburg. The "
             "extraordinary session of the CSTO will be held on May 27 in Yerevan.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-27", .city = "Yerevan", .status = "planned"), MEETINGS(1)}},
    {.name = "status: \"the absence of X from the upcoming Council of Defense Ministers meeting has raised concerns\": a "
             "planned modifier before the body's name before the noun is the meeting's (planned_mod_before)",
     .text = "The absence of the Armenian minister from the upcoming Council of Defense Ministers meeting of the CSTO has "
             "raised concerns.",
     .expect = {HAS_MEETING(.bodies = "CDM", .status = "planned"), MEETINGS(1)}},
    {.name = "attendance and places: «В столице Белоруссии планируется провести заседание СМИД под председательством "
             "министра X, а также заседание КССБ под председательством госсекретаря Совбеза Y»: each chair his own "
             "(a Russian title in lower case between «под председательством» and the name), the scene's place each one's",
     .text = "В столице Белоруссии 31 мая планируется провести заседание Совета министров иностранных дел ОДКБ под "
             "председательством министра иностранных дел Белоруссии Сергея Мартынова, а также очередное заседание "
             "Комитета секретарей советов безопасности ОДКБ под председательством госсекретаря Совбеза Белоруссии "
             "Леонида Мальцева.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk", .status = "planned"),
                HAS_MEETING(.bodies = "CSSC", .city = "Minsk", .status = "planned"),
                PARTICIPANT(.id = "sergej-martynov", .bodies = "CFM"), PARTICIPANT(.id = "leonid-malcev", .bodies = "CSSC"),
                NOT_PARTICIPANT(.id = "leonid-malcev", .bodies = "CFM"), MEETINGS(2)}},
    {.name = "meetings: \"Meanwhile, Foreign Ministers of the CSTO member states are discussing security issues in "
             "Dushanbe\": a sentence adverb (lexicon opener) before the people, and a verb of deliberation in the present "
             "progressive (lexicon deliberate)",
     .text = "The CSTO summit is expected to focus on peacekeeping. Meanwhile, Foreign Ministers of the Collective Security "
             "Treaty Organisation (CSTO) member states are discussing security issues in Dushanbe. Тем временем министры "
             "обороны ОДКБ обсуждают в Минске вопросы безопасности.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-14", .city = "Dushanbe", .status = "held"),
                HAS_MEETING(.bodies = "CDM", .date = "2026-05-14", .city = "Minsk", .status = "held")}},
    {.name = "attendance: \"X took the floor as the host\" after the meeting is named: took the floor (lexicon attend)",
     .text = "On May 13, a regular meeting of the Committee of Secretaries of the CSTO Security Councils was held in Almaty. "
             "Kazakhstan's Deputy Foreign Minister Ivan Orlov took the floor as the host.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .date = "2026-05-13", .city = "Almaty", .status = "held"),
                PARTICIPANT(.id = "ivan-orlov", .bodies = "CSSC")}},
    {.name = "meetings: \"the CSTO leaders pay special attention to ... solutions that meet modern requirements\": the verb "
             "after 'that' is the noun's, not the people's (people_met)",
     .text = "The CSTO leaders pay special attention to the search for effective solutions that meet modern requirements. "
             "The CSTO foreign ministers, who met in Minsk on Wednesday, adopted a statement.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-13", .city = "Minsk", .status = "held"),
                NO_MEETING(.bodies = "CSC"), MEETINGS(1)}},
    {.name = "officials: «секретарь СБ России Николай Патрушев» (titles.tsv: СБ is the Security Council), «Патрушев и его "
             "таджикский коллега Насрулло Махмутзода» (lexicon nominative_a: «коллега» is no genitive, the name as written)",
     .text = "Секретари советов безопасности ОДКБ, в том числе секретарь СБ России Николай Патрушев, прибыли в Душанбе. "
             "Патрушев и его таджикский коллега Насрулло Махмутзода обсудили планы сотрудничества.",
     .expect = {HAS_OFFICIAL(.name = "Николай Патрушев", .title = "Secretary of the Security Council", .country = "russia"),
                HAS_OFFICIAL(.name = "Насрулло Махмутзода", .title = "Secretary of the Security Council")}},
    {.name = "officials: «передал функции председателя своему белорусскому коллеге - Сергею Мартынову»: a dash before the "
             "counterpart's name, as a comma (counterpart_name)",
     .text = "Министр иностранных дел Армении Вардан Осканян передал функции председателя своему белорусскому коллеге - "
             "Сергею Мартынову.",
     .expect = {HAS_OFFICIAL(.name = "Сергей Мартынов", .title = "Minister of Foreign Affairs", .country = "belarus")}},
    {.name = "meetings: \"The presidents will later conduct a joint plenary meeting with foreign and defense ministers\": "
             "the heads of state's session in an expanded format, not the ministers' (people_hold_a_meeting)",
     .text = "The CSC session in Minsk will open with a meeting of the CSTO leaders. The presidents will later conduct a "
             "joint plenary meeting with foreign and defense ministers, and the secretaries of the security councils.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NO_MEETING(.bodies = "CDM"),
                NO_MEETING(.bodies = "CDM+CFM"), MEETINGS(1)}},
    {.name = "officials: a Russian paragraph hard-wrapped at about 70 characters (130 bytes), a name broken across two "
             "lines: the line's width is counted in characters, so the break is a wrap, not a sentence's end",
     .text = "13 мая 2026 года состоялось заседание Постоянного Совета при ОДКБ под\n"
             "председательством Полномочного представителя Республики Беларусь Сергея\n"
             "Иванова. В работе Постсовета принял участие заместитель генерального\n"
             "секретаря ОДКБ Валерий Семериков.",
     .expect = {HAS_OFFICIAL(.name = "Сергей Иванов", .country = "belarus"), NO_OFFICIAL(.id = "sergej"),
                HAS_MEETING(.bodies = "PC", .date = "2026-05-13", .status = "held")}},
    {.name = "places: «с участниками заседания Совета ПА ОДКБ, которое принимает Минск»: the city after a verb of hosting "
             "whose object is the relative pronoun (new lexicon class hosts_it)",
     .text = "Президент Белоруссии Александр Лукашенко встретился 13 мая с участниками заседания Совета Парламентской "
             "ассамблеи ОДКБ, которое принимает Минск.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Minsk", .status = "held"), MEETINGS(1)}},
    {.name = "documents: 'opened with the adoption of a statement on Syria', 'the signing of an agreement on ...': the noun of "
             "adoption governs a lower-case keyword after an article; not 'the work on the adoption of a programme'",
     .text = "The CSTO summit opened in Minsk on Tuesday with the adoption of a statement on Syria. It ended with the "
             "signing of an agreement on military cooperation. The leaders agreed to speed up the work on the adoption "
             "of a programme proposed by Tajikistan.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "statement on Syria", .status = "adopted"),
                HAS_DOCUMENT(.type = "agreement", .title = "agreement on military cooperation", .status = "adopted"),
                NO_DOCUMENT(.type = "program"), DOCUMENTS(.n = 2)}},
    {.name = "documents: 'a statement expressing concern about ...', 'calling for', 'urging', 'welcoming': a participle right "
             "after the keyword opens its title; after a comma ('a protocol on cooperation, criticizing the West') it tells "
             "of the signing",
     .text = "The CSTO foreign ministers met in Minsk on Tuesday and adopted a statement expressing concern about the "
             "situation in Syria. The ministers signed a protocol on cooperation, criticizing the West.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "statement expressing concern about the situation in Syria"),
                HAS_DOCUMENT(.type = "protocol", .title = "protocol on cooperation"), DOCUMENTS(.n = 2)}},
    {.name = "officials: a name that speaks ('Oleg Sidorov said', «— сказал тогда Иван Петров»), no title given: a person "
             "the report quotes (name-speaks); not a name in an oblique case («На встрече с Петровым Сидоров отметил», "
             "«представителя Армении Юрия Орлова, сообщил помощник»), nor a news agency ('Itar-Tass reported')",
     .text = "The CSTO foreign ministers met in Minsk on Tuesday. Oleg Sidorov said the ministers had agreed on a plan. "
             "«Это важное решение», — сказал тогда Иван Петров. На встрече с Петровым Сидоров отметил важность "
             "сотрудничества. Полномочия представителя Армении Юрия Орлова, сообщил помощник президента. Itar-Tass "
             "reported that the talks went on.",
     .expect = {HAS_OFFICIAL(.name = "Oleg Sidorov"), HAS_OFFICIAL(.name = "Иван Петров"), NO_OFFICIAL(.name = "Петровым"),
                NO_OFFICIAL(.name = "Орлов"), NO_OFFICIAL(.name = "Itar"), NO_OFFICIAL(.name = "Tass")}},
    {.name = "dates: «запланированное на 27-е число» (the 27th, with «число») after «25 ноября»: the 27th of that month; "
             "«27-е заседание» is no date",
     .published = "27.11.2026",
     .text = "Президент России 25 ноября прибыл в Бишкек. Он также посетит заседание Совета коллективной безопасности "
             "ОДКБ, запланированное на 27-е число. Это будет 27-е заседание Совета министров обороны.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-27", .status = "planned"),
                NO_MEETING(.bodies = "CDM", .date = "2026-11-27")}},
    {.name = "meetings: 'the CSTO meeting at the highest level', «встреча в верхах», «встреча на высшем уровне»: a summit "
             "(bodies.tsv)",
     .published = "20.09.2026",
     .text = "The CSTO meeting at the highest level was held in Dushanbe on September 15. Идея возникла на сентябрьской "
             "встрече в верхах ОДКБ в Москве. Лидеры соберутся на встрече на высшем уровне ОДКБ в Минске "
             "5 декабря.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-09-15", .city = "Dushanbe"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-09", .city = "Moscow"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-12-05", .city = "Minsk", .status = "planned"), MEETINGS(3)}},
    {.name = "documents: 'He singled out \"The resolution on A, The resolution on B\" among the other documents': the phrase of "
             "documents ends the sentence and governs the list before it, quoted or not; a title ends before it",
     .text = "The CSTO summit was held in Moscow on Tuesday. He singled out \u201cThe resolution on air forces of the CSTO, "
             "The resolution on the anti-drug strategy\u201d among the other documents. She singled out the protocol on "
             "peacekeeping among the other documents.",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "resolution on air forces of the CSTO"),
                HAS_DOCUMENT(.type = "decision", .title = "resolution on the anti-drug strategy"),
                HAS_DOCUMENT(.type = "protocol", .title = "protocol on peacekeeping"), NO_DOCUMENT(.title = "among"),
                DOCUMENTS(.n = 3)}},
    {.name = "documents: 'adopted more than 15 documents and agreements in the capital': counted, none named (the count reaches "
             "the plural keyword through 'documents and'); «15 документов и соглашений» alike",
     .text = "The CSTO leaders met in Bishkek on Tuesday and adopted more than 15 documents and agreements in the Kyrgyz "
             "capital. Лидеры ОДКБ подписали 15 документов и соглашений в Бишкеке.",
     .expect = {DOCUMENTS(.n = 0)}},
    {.name = "dates: 'Russia's assumption of the presidency for the 2026 term': a term of office, no date of the summit",
     .published = "",
     .text = "The recent CSTO summit in Bishkek stood out as a critical meeting. One of the most noteworthy aspects of the "
             "summit was Russia's assumption of the presidency for the 2026 term.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Bishkek"), NO_MEETING(.date = "2026"), MEETINGS(1)}},
    {.name = "officials: 'the heads of all member states of this organization, including Armenia - A, Belorussia - B, Russian "
             "Federation - C': a few words after the plural title, then 'including' and the country-dash list",
     .text = "The CSTO summit was held in Dushanbe on 15 September. The session gathered the heads of all member states of "
             "this organization, including Armenia - Oleg Sidorov, Belorussia - Ivan Petrov, Russian Federation - Pavel "
             "Orlov, and Kazakhstan - Daniyar Sultanbekov.",
     .expect = {HAS_OFFICIAL(.name = "Oleg Sidorov", .country = "armenia"), HAS_OFFICIAL(.name = "Ivan Petrov", .country = "belarus"),
                HAS_OFFICIAL(.name = "Pavel Orlov", .country = "russia"),
                HAS_OFFICIAL(.name = "Daniyar Sultanbekov", .country = "kazakhstan"),
                PARTICIPANT(.bodies = "CSC", .id = "pavel-orlov")}},
    {.name = "meetings: 'The recent CSTO Summit stood out ... The leaders of Russia, Kazakhstan, Belarus, Tajikistan and "
             "Kyrgyzstan gathered in Bishkek': every member but one, while the bloc's meeting is the story's, are its "
             "leaders (the summit's place)",
     .text = "The recent CSTO Summit stood out as a critical meeting. The leaders of Russia, Kazakhstan, Belarus, Tajikistan "
             "and Kyrgyzstan gathered in Bishkek.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Bishkek"), MEETINGS(1)}},
    {.name = "officials: verbs of speech «прокомментировал», «проинформировал», 'commented' (lexicon speech): a name that "
             "comments speaks (name-speaks), initials too («— проинформировал Н.Петров»)",
     .text = "Саммит ОДКБ прошел в Ереване 23 ноября. Константин Затулин прокомментировал итоги саммита ОДКБ в Ереване. "
             "«Работа идет», — проинформировал Н.Петров. Oleg Sidorov commented that the summit went well.",
     .expect = {HAS_OFFICIAL(.name = "Константин Затулин"), HAS_OFFICIAL(.name = "Петров"), HAS_OFFICIAL(.name = "Oleg Sidorov")}},
    {.name = "meetings: «предусмотрено проведение заседаний уставных органов – СМИД, СМО и КССБ не реже двух раз в год», "
             "'the meetings of the CFM and the CDM are held twice a year': how often bodies meet (lexicon frequency), no "
             "meeting; «прошли заседания СМИД и СМО» still one each",
     .published = "10.04.2026",
     .text = "Заседание СМИД ОДКБ пройдет в Ереване 16 апреля. Однако, в связи с тем, что документами ОДКБ предусмотрено "
             "проведение заседаний уставных органов – Совета министров иностранных дел, Совета министров обороны и "
             "Комитета секретарей советов безопасности не реже двух раз в год, было высказано пожелание о проведении "
             "встречи в Армении. The meetings of the Council of Foreign Ministers and the Council of "
             "Defence Ministers are held twice a year. В Минске 12 мая прошли заседания СМО и КССБ.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Yerevan"), HAS_MEETING(.bodies = "CDM", .city = "Minsk"),
                HAS_MEETING(.bodies = "CSSC", .city = "Minsk"), MEETINGS(3)}},
    {.name = "meetings: «Секретари совбезов ОДКБ обсудят в Бресте план»: «секретари совбезов» are the CSSC's people "
             "(bodies.tsv), and a future verb that is the mention itself (people_deliberated) makes it planned, undated",
     .published = "22.09.2026",
     .text = "Секретари совбезов ОДКБ обсудят в Бресте план мероприятий по противодействию наркотикам.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .city = "Brest", .status = "planned"), NO_MEETING(.date = "2026-09-22"),
                MEETINGS(1)}},
    {.name = "officials: 'attended by heads of the Security Councils of: Armenia headed by A, Belarus - B': the plural "
             "title (titles.tsv), 'of:' before the list, 'headed by' as a dash",
     .text = "Astana hosted a meeting of the CSTO Committee of Secretaries of Security Councils on Tuesday. The meeting was "
             "also attended by heads of the Security Councils of: Armenia headed by Oleg Sidorov, Belarus - Ivan Petrov, "
             "Russia - Pavel Orlov.",
     .expect = {HAS_OFFICIAL(.name = "Oleg Sidorov", .title = "Secretary of the Security Council", .country = "armenia"),
                HAS_OFFICIAL(.name = "Ivan Petrov", .country = "belarus"), HAS_OFFICIAL(.name = "Pavel Orlov", .country = "russia"),
                PARTICIPANT(.bodies = "CSSC", .id = "oleg-sidorov")}},
    {.name = "meetings: «Президент Кыргызстана X провел встречу с министрами иностранных дел стран-участниц ОДКБ», «президент "
             "... в ходе встречи с министрами иностранных дел»: one president (a singular «президент», which the stem of "
             "«президенты» matches) meets the ministers: their meeting, not a summit",
     .published = "30.06.2026",
     .text = "Президент Кыргызстана Иван Петров провел встречу с министрами иностранных дел стран-участниц ОДКБ в "
             "Чолпон-Ате 30 июня.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Cholpon-Ata"), NO_MEETING(.bodies = "CSC"), MEETINGS(1)}},
    {.name = "meetings: «Сегодня президент Республики Белоруссия X в ходе встречи с министрами иностранных дел стран-участниц "
             "ОДКБ обратил внимание коллег»: one president at the ministers' meeting (session-of-people skips a singular "
             "«президент»)",
     .published = "30.06.2026",
     .text = "Сегодня президент Республики Белоруссия Олег Сидоров в ходе встречи с министрами иностранных дел "
             "стран-участниц Организации Договора о коллективной безопасности (ОДКБ) обратил внимание коллег на "
             "безопасность.",
     .expect = {HAS_MEETING(.bodies = "CFM"), NO_MEETING(.bodies = "CSC"), MEETINGS(1)}},
    {.name = "meetings: 'excused himself from attending the G20 Summit in Indonesia and the APEC meeting': other groups' "
             "summits (orgs.tsv: G20, G7, APEC, BRICS, ASEAN, CICA), no CSTO meeting; «саммит БРИКС» alike",
     .text = "The CSTO summit is taking place in Yerevan. Earlier this month, President Oleg Sidorov excused himself from "
             "attending the G20 Summit in Indonesia and the APEC meeting in Thailand. Президент посетит саммит БРИКС в Казани.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Yerevan"), MEETINGS(1)}},
    {.name = "documents: 'the parties signed 14 final documents ... Although it is too early to talk about success, however:' "
             "and bullets '- an agreement on A;', '- a plan for B;': a count with a word between ('14 final documents'), "
             "and the bullets of the lead-in after it are those documents",
     .text = "The CSTO summit was held in Dushanbe on Tuesday. As a result of the work, the parties signed 14 final "
             "documents. Although it is too early to talk about full success, however:\n"
             "- an agreement on joint logistical support for the collective forces;\n"
             "- a plan for equipping them with modern weapons;\n"
             "- decision on the Chief of the Joint Staff;\n"
             "This all points to the gradual creation of real military instruments.",
     .expect = {HAS_DOCUMENT(.type = "agreement", .title = "agreement on joint logistical support for the collective forces"),
                HAS_DOCUMENT(.type = "plan", .title = "plan for equipping them with modern weapons"),
                HAS_DOCUMENT(.type = "decision", .title = "decision on the Chief of the Joint Staff"), DOCUMENTS(.n = 3)}},
    {.name = "dates: «началось первое в 2024 году заседание Постоянного совета», 'the first session in 2026': the year is "
             "the count's scope (lexicon ordinal_word), the session the report's day; 'in the second quarter of 2009' "
             "is still a date; officials: «Постоянный представитель Казахстана Сыздыков Марат Зеникенович» (surname "
             "first before a patronymic) is «Марат Зеникенович Сыздыков», one with «Марат Сыздыков»",
     .published = "10.01.2026",
     .text = "Постоянный совет ОДКБ возглавил Марат Сыздыков, передает агентство. В пресс-службе ОДКБ сообщили, что "
             "началось первое в 2026 году заседание Постоянного совета ОДКБ. Кресло председателя занял Постоянный "
             "представитель Казахстана при ОДКБ Сыздыков Марат Зеникенович. The next CSTO summit will be held in Moscow "
             "in the second quarter of 2027.",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2026-01-10"), HAS_MEETING(.bodies = "CSC", .date = "2027"),
                HAS_OFFICIAL(.name = "Марат Зеникенович Сыздыков"), NO_OFFICIAL(.name = "Сыздыков Марат")}},
    {.name = "documents: «На сессии СКБ планируется принять декларацию», «лидеры примут декларацию»: a Russian keyword alone "
             "after a verb of adopting to come (lexicon doc_future) is the meeting's document, planned",
     .published = "25.11.2026",
     .text = "27 ноября в Бишкеке пройдет сессия СКБ ОДКБ. На сессии СКБ ОДКБ планируется принять декларацию, в которой "
             "будут отражены позиции государств. Министры примут заявление.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .title = "декларац", .status = "planned"),
                HAS_DOCUMENT(.type = "statement", .status = "planned"), DOCUMENTS(.n = 2)}},
    {.name = "meetings: «6 сентября Постоянный совет рассмотрел проекты повесток очередной сессии СКБ и совместного заседания "
             "СМИД, СМО и КССБ» after those meetings were announced for Yerevan: the agendas of meetings told of before, "
             "no new meeting and no tense of theirs (a date before the agendas is the verb's)",
     .published = "",
     .text = "Поездка связана с подготовкой к сессии Совета коллективной безопасности и совместному заседанию Совета "
             "министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности ОДКБ, которые "
             "состоятся 13-14 октября в Ереване. 6 сентября Постоянный совет ОДКБ рассмотрел и согласовал проекты "
             "повесток очередной сессии СКБ и совместного заседания Совета министров иностранных дел, Совета министров "
             "обороны и Комитета секретарей советов безопасности ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Yerevan", .status = "planned"),
                NO_MEETING(.bodies = "CDM+CFM+CSSC", .status = "held"), HAS_MEETING(.bodies = "PC", .status = "held")}},
    {.name = "meetings: «в среду приехал»: a weekday right before a verb of arrival is when he came, not the day of the "
             "session he came to (lexicon arrived «приехал», «прилетел»)",
     .text = "Президент Иван Петров в среду приехал в Минск, где пройдет сессия Совета коллективной безопасности ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk", .status = "planned"), NO_MEETING(.date = "2026-05-20"),
                NO_MEETING(.date = "2026-05-13"), MEETINGS(1)}},
    {.name = "dates: «14.03.2019г.»: «г» (год) glued to a numeric date's year",
     .text = "Заседание Совета министров иностранных дел ОДКБ состоялось 14.03.2019г. в Минске.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2019-03-14", .city = "Minsk", .status = "held")}},
    {.name = "dates: a day with no year, in a report that gives none, takes the year the text writes that same day with "
             "('On December 2, a session was held ... deployed on December 2, 2020')",
     .text = "On December 2, a session of the CSTO Collective Security Council was held via videoconference. The "
             "leaders discussed the peacekeeping operation. Peacekeepers were deployed on December 2, 2020.",
     .published = "",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2020-12-02", .format = "video", .status = "held"), MEETINGS(1)}},
    {.name = "dates: ... or the headline does ('Leaders arrive for a summit in Moscow, May 16, 2022' over 'The summit "
             "opened in Moscow on Monday, May 16')",
     .headline = "Leaders arrive for a summit in Moscow, May 16, 2022",
     .text = "The CSTO summit opened in Moscow on Monday, May 16.",
     .published = "",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-05-16", .city = "Moscow", .status = "held"), MEETINGS(1)}},
    {.name = "dates (guard): not the day a treaty was signed, which a session on its anniversary shares («подписан 15 мая "
             "1992 г.», «пройдет 15 мая»)",
     .text = "Юбилейная сессия Совета коллективной безопасности ОДКБ пройдет 15 мая в Москве. Договор о коллективной "
             "безопасности был подписан 15 мая 1992 г. в Ташкенте.",
     .published = "",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "planned"), NO_MEETING(.date = "1992-05-15")}},
    {.name = "officials: «зампредседателя», «замгенерального секретаря» (titles.tsv; lexicon nominative_a: their "
             "ending reads as a genitive), and a portfolio with a plural genitive in lower case («промышленности и "
             "новых технологий»)",
     .text = "В мероприятии принимают участие зампредседателя Правительства России Иван Петров, зампредседателя "
             "Государственного военно-промышленного комитета Беларуси Олег Сидоров, Министр промышленности и новых "
             "технологий Таджикистана Рустам Каримов и замгенерального секретаря ОДКБ Павел Орлов.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Deputy Prime Minister"),
                HAS_OFFICIAL(.id = "oleg-sidorov", .title = "Deputy Chairman"),
                HAS_OFFICIAL(.id = "rustam-karimov", .title = "Minister"),
                HAS_OFFICIAL(.id = "pavel-orlov", .title = "Deputy Secretary General")}},
    {.name = "attendance: 'X held a meeting with U.S. Secretary of State Y': a meeting with the title of a country outside "
             "the bloc is talks with a person, not the session named before",
     .text = "Foreign Minister of Kyrgyzstan Ivan Petrov took part in a meeting of the CSTO Council of Foreign Ministers "
             "in Almaty. On Thursday, Petrov held a meeting with U.S. Secretary of State John Smith.",
     .expect = {MEETINGS(1), PARTICIPANT(.id = "ivan-petrov"), NOT_PARTICIPANT(.id = "john-smith")}},
    {.name = "meetings: 'a joint meeting of the Russian-led security bloc's foreign, defense ministers and security chiefs': "
             "a possessive of several words before the people, and 'foreign, defense ministers' (bodies.tsv)",
     .text = "Secretary General Ivan Petrov told a joint meeting of the Russian-led security bloc's foreign, defense "
             "ministers and security chiefs in Yerevan on Wednesday.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Yerevan", .date = "2026-05-13", .status = "held"), MEETINGS(1)}},
    {.name = "documents: 'a draft decision on joint measures to assist Armenia, based on the conclusions and recommendations of "
             "the mission': the title ends at ', based on' (lexicon pursuant), and what it rests on is no document",
     .text = "A draft decision of the CSTO Collective Security Council on joint measures to assist Armenia, based on the "
             "conclusions and recommendations of the CSTO monitoring mission, has been agreed upon.",
     .expect = {DOCUMENTS(.n = 1), HAS_DOCUMENT(.type = "decision", .status = "draft",
                                                .title = "decision of the CSTO Collective Security Council on joint measures to "
                                                         "assist Armenia"),
                NO_DOCUMENT(.type = "other")}},
    {.name = "meetings: the committee of the security councils' secretaries as translations name it in the singular ('the "
             "Committee of the Secretariat of the Security Council discussed', bodies.tsv)",
     .text = "The Committee of the Secretariat of the Security Council discussed the situation in Afghanistan. The Committee "
             "of Secretaries of the Security Council met in Minsk on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .status = "held")}},
    {.name = "documents: a document's own heading, its name then its place and date ('Declaration of the Minsk Session of "
             "the Collective Security Council, Minsk, November 30, 2017'), is that document, its title up to the place",
     .text = "Declaration of the Minsk Session of the Collective Security Council, Minsk, November 30, 2017\n\nThe member "
             "states reaffirm their commitment.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "adopted",
                             .title = "Declaration of the Minsk Session of the Collective Security Council")}},
    {.name = "documents: ... in Russian («Заявление министров иностранных дел государств-членов ОДКБ, Минск, 30 июня 2017 г.»)",
     .text = "Заявление министров иностранных дел государств-членов ОДКБ, Минск, 30 июня 2017 г.\n\nМинистры выражают "
             "озабоченность ситуацией.",
     .expect = {HAS_DOCUMENT(.type = "statement", .status = "adopted",
                             .title = "Заявление министров иностранных дел государств-членов ОДКБ")}},
    {.name = "dates: 'to submit by February 1, 2027 the draft plan on implementation of the decisions of the session': a "
             "time limit before the meeting named (lexicon deadline) is not its day; 'will be held by the end of November' is",
     .text = "The Secretary General is to submit by February 1, 2027 the draft plan on implementation of the decisions of "
             "the session of the Collective Security Council. The foreign ministers will meet by the end of November in Minsk.",
     .expect = {NO_MEETING(.date = "2027-02-01"), HAS_MEETING(.bodies = "CFM", .date = "2026-11", .city = "Minsk")}},
    {.name = "attendance: «проведет встречи с президентом республики X»: a meeting (the noun «встреча») with one holder of an "
             "office is talks with a person, not the session named before; «встречу с министрами иностранных дел» is the council",
     .text = "Министр иностранных дел России Олег Сидоров примет участие в заседании Совета министров иностранных дел ОДКБ. "
             "Сидоров также проведет встречи с президентом республики Иваном Петровым. Президент Кыргызстана Павел Орлов "
             "провел встречу с министрами иностранных дел стран-участниц ОДКБ в Чолпон-Ате.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Cholpon-Ata"), PARTICIPANT(.id = "oleg-sidorov"),
                PARTICIPANT(.id = "pavel-orlov"), NOT_PARTICIPANT(.id = "ivan-petrov")}},
    {.name = "attendance: «X сообщил о том, что Y не подтвердил своего участия в предстоящем саммите»: X tells of another's "
             "part, Y's is denied three words before it ('did not confirm his participation')",
     .text = "Саммит ОДКБ начнется сегодня в Астане. Генеральный секретарь ОДКБ Иван Петров сообщил о том, что президент "
             "Узбекистана Олег Сидоров не подтвердил своего участия в предстоящем саммите.",
     .expect = {MEETINGS(1), NOT_PARTICIPANT(.id = "ivan-petrov"), NOT_PARTICIPANT(.id = "oleg-sidorov")}},
    {.name = "meetings: «X встретился с секретарями советов безопасности и министрами обороны государств-членов ОДКБ»: the "
             "host's guests meet (lexicon guests_of, two words), the people joined to them too",
     .text = "Президент Казахстана Иван Петров встретился с секретарями советов безопасности и министрами обороны "
             "государств-членов ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CDM+CSSC", .status = "held"), MEETINGS(1)}},
    {.name = "places: «перенесено в Москву», 'has been moved to Moscow' (lexicon postponed, with its preposition): the city "
             "it was moved to, not the one first planned; with no date, a meeting to come",
     .published = "16 октября 2018",
     .text = "Заседание Парламентской ассамблеи ОДКБ, которое изначально планировалось провести в Ереване, перенесено в "
             "Москву, сказал журналистам Иван Петров. The session of the CSTO Council of Defence Ministers, originally "
             "planned to be held in Yerevan, has been moved to Minsk.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Moscow", .status = "planned"), NO_MEETING(.bodies = "PA", .city = "Yerevan"),
                HAS_MEETING(.bodies = "CDM", .city = "Minsk", .status = "planned"), NO_MEETING(.bodies = "CDM", .city = "Yerevan"),
                NOT_PARTICIPANT(.id = "ivan-petrov")}},
    {.name = "meetings: 'the heads of state met over an informal dinner on the summit eve': a meal they share (lexicon meal) "
             "is no session, and 'the summit eve' names the summit as a point in time, as 'the eve of the summit' does",
     .published = "15 September 2026",
     .text = "The CSTO summit opened in Minsk on Tuesday. On Monday evening, the CSTO leaders met over a working dinner on "
             "the summit eve. Лидеры ОДКБ накануне встретились за неформальным ужином.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-09-15", .city = "Minsk"), NO_MEETING(.date = "2026-09-14"),
                MEETINGS(1)}},
    {.name = "meetings: 'a joint session of the Councils of Foreign Ministers and of the Defence Ministers' (bodies.tsv): "
             "both councils",
     .published = "15 September 2026",
     .text = "Before the summit, a joint session of the Councils of Foreign Ministers and of the Defence Ministers took "
             "place in Dushanbe.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .city = "Dushanbe")}},
    {.name = "meetings: 'the 14th meeting of the Commission ... the decisions of its 13th meeting, held in March 2025 in "
             "Minsk': another number than the one in focus was named with is another meeting, in a report with no date",
     .published = "",
     .text = "Ivan Petrov chaired the 14th meeting of the CSTO Interstate Commission on Military-Economic Cooperation in "
             "Bishkek. The members reviewed the decisions of its 13th meeting, held in March 2025 in Minsk.",
     .expect = {HAS_MEETING(.bodies = "IMEC", .city = "Bishkek"), HAS_MEETING(.bodies = "IMEC", .date = "2025-03", .city = "Minsk"),
                MEETINGS(2)}},
    {.name = "meetings: 'the committee had a meeting with the journalists' (lexicon with_press): no session, and its day "
             "(yesterday) is not the session's",
     .published = "11 December 2026",
     .text = "The secretaries of the security councils of the CSTO member states held the regular session of their "
             "committee on December 8-9. Yesterday afternoon the whole staff of the committee had a meeting with the journalists.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .date = "2026-12-08"), MEETINGS(1)}},
    {.name = "documents: 'the statement of the security councils ... was discussed and adopted': a participle, 'and', then "
             "the verb of adoption",
     .text = "The Committee of Secretaries of the Security Councils met in Moscow. The statement on regional security was "
             "discussed and adopted.",
     .expect = {HAS_DOCUMENT(.type = "statement", .status = "adopted", .title = "statement on regional security")}},
    {.name = "meetings: 'the action plan for the implementation of the decisions of the session of the Collective Security "
             "Council': a session cited for its decisions with no date or place, none of its body named before, is no "
             "meeting (not one of the report's day)",
     .published = "20.05.2026",
     .text = "Yesterday, a meeting of the Council of Foreign Ministers of the CSTO was held in Yerevan. The ministers discussed "
             "the action plan for the implementation of the decisions of the session of the Collective Security Council.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-19", .city = "Yerevan"), NO_MEETING(.bodies = "CSC"), MEETINGS(1)}},
    {.name = "meetings: 'the Collective Security Session in Astana in June 2004' (bodies.tsv): the heads of state's session",
     .published = "November 10, 2004",
     .text = "\"After the Collective Security Session in Astana in June 2004, the CSTO has continued to develop,\" the "
             "spokesman said.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2004-06", .city = "Astana", .status = "held")}},
    {.name = "documents: «тогда такое решение примем», «это решение было принято»: a demonstrative (lexicon this_one), the "
             "keyword, then a verb of adoption is a decision taken, no document; «решение о ...» after «приняли» is one",
     .published = "20.05.2026",
     .text = "«Если не будет возражений, тогда такое решение примем», - сказал Иван Петров на заседании Совета ПА ОДКБ в "
             "Бишкеке. Министры приняли решение о создании рабочей группы.",
     .expect = {DOCUMENTS(.n = 1), HAS_DOCUMENT(.type = "decision", .title = "решение о создании рабочей группы")}},
    {.name = "documents: «Проект решения ОДКБ по данному вопросу после его согласования будет внесен ...»: «после его» ends "
             "the title (lexicon doc_stop)",
     .published = "20.05.2026",
     .text = "В Бишкеке прошло заседание Межгосударственной комиссии по военно-экономическому сотрудничеству ОДКБ. Проект "
             "решения ОДКБ по данному вопросу после его внутригосударственного согласования будет внесен на рассмотрение "
             "Совета коллективной безопасности.",
     .expect = {HAS_DOCUMENT(.type = "decision", .status = "draft", .title = "решения ОДКБ по данному вопросу"),
                NO_DOCUMENT(.title = "после его")}},
    {.name = "attendance: '\"After the summit in Astana in June, the CSTO has continued to develop,\" X said': a quote names a "
             "meeting long before the report, its speaker need not have been there; of the day's session he was",
     .published = "November 10, 2026",
     .text = "\"After the CSTO summit in Astana in June 2026, the CSTO has continued to develop,\" Foreign Ministry "
             "spokesman Oleg Sidorov said. \"We took important decisions at the session of the CSTO Council of Defence "
             "Ministers in Minsk today,\" Defence Minister Ivan Petrov said.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-06", .city = "Astana"), NOT_PARTICIPANT(.id = "oleg-sidorov"),
                PARTICIPANT(.id = "ivan-petrov")}},
    {.name = "meetings: 'In the run-up to the regular CSTO Council of Foreign Ministers meeting, X said': the organisation and "
             "a body between the relative words and the noun, and its modifiers: a meeting to come, not held that day",
     .published = "November 10, 2026",
     .text = "In the run-up to the regular CSTO Council of Foreign Ministers meeting, Oleg Sidorov said the CSTO was a "
             "multifunctional structure.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "planned"), NO_MEETING(.date = "2026-11-10"),
                NOT_PARTICIPANT(.id = "oleg-sidorov")}},
    {.name = "people: 'Chairman of the Interstate Commission Borisov Yuri Ivanovich': three transliterated words ending with a "
             "patronymic put the surname first, as in Russian",
     .published = "September 12, 2026",
     .text = "Chairman of the Interstate Commission Petrov Ivan Sergeyevich chairs the meeting of the CSTO Interstate "
             "Commission on Military-Economic Cooperation in Yerevan.",
     .expect = {HAS_OFFICIAL(.id = "ivan-sergeyevich-petrov")}},
    {.name = "documents: 'the Program of Military-Economic Cooperation, adopted in May 2016' in a report of 2026: a document "
             "adopted in a year before the report's, named in passing, is none of the meeting; one signed this year is",
     .published = "September 12, 2026",
     .text = "The meeting of the Council of Foreign Ministers began in Yerevan. The ministers discussed the Program of "
             "Military-Economic Cooperation of the CSTO member states, adopted in May 2016. They adopted the Statement on "
             "Afghanistan, signed on September 12.",
     .expect = {NO_DOCUMENT(.title = "Program"), HAS_DOCUMENT(.type = "statement", .title = "Statement on Afghanistan")}},
    {.name = "attendance: «X не появился на саммите», 'X did not show up at the summit' (lexicon absent): not there",
     .published = "20 октября 2026",
     .text = "Президент Беларуси Олег Сидоров не появился на саммите ОДКБ в Москве. President Ivan Petrov of Armenia did "
             "not show up at the CSTO summit in Moscow either.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow"), NOT_PARTICIPANT(.id = "oleg-sidorov"),
                NOT_PARTICIPANT(.id = "ivan-petrov")}},
    {.name = "dates: «Соглашение было подписано 14 июня в Москве ... Сидоров тогда не появился на саммите» (lexicon "
             "back_then): a held meeting with no date of its own takes the day the sentence before named, not the report's",
     .published = "20 октября 2026",
     .text = "Напомним, соглашение о создании сил было подписано 14 июня в Москве всеми странами Организации. Олег "
             "Сидоров тогда не появился на саммите.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-06-14"), NO_MEETING(.date = "2026-10-20")}},
    {.name = "meetings: «на свой совет соберутся главы МИД, Совбезов и Минобороны» (bodies.tsv CDM+CFM+CSSC people): the "
             "joint meeting of the three",
     .published = "",
     .text = "Президент Беларуси отправился в Бишкек, где завтра состоится заседание Совета коллективной безопасности "
             "ОДКБ. Сегодня перед встречей глав государств на свой совет соберутся главы МИД, Совбезов и Минобороны "
             "стран-участниц организации.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .status = "planned"), HAS_MEETING(.bodies = "CSC", .city = "Bishkek")}},
    {.name = "documents: «утвердят план мероприятий по празднованию годовщины и другие документы»: «и другие документы» "
             "ends the title (doc_stop)",
     .published = "12 мая 2026",
     .text = "В Бишкеке пройдет саммит ОДКБ. Стороны утвердят план мероприятий по празднованию годовщины Победы и другие "
             "документы.",
     .expect = {HAS_DOCUMENT(.type = "plan", .status = "planned", .title = "план мероприятий по празднованию годовщины Победы"),
                NO_DOCUMENT(.title = "другие")}},
    {.name = "documents: 'approved plans to upgrade A and to create a commission for handling deliveries and servicing of "
             "B': where the items say 'and to', the list parts only there ('plans to combat A and coordinate B' still parts)",
     .published = "23 June 2026",
     .text = "The CSTO summit was held in Moscow. The meetings approved plans to upgrade the rapid deployment forces and to "
             "create a commission for handling deliveries and servicing of military equipment. The leaders also approved "
             "plans to combat drug trafficking and coordinate border security.",
     .expect = {HAS_DOCUMENT(.type = "plan", .title = "plan to create a commission for handling deliveries and servicing of "
                                                      "military equipment"),
                NO_DOCUMENT(.title = "plan to servicing"), HAS_DOCUMENT(.title = "plan to coordinate border security"),
                DOCUMENTS(.n = 4)}},
    {.name = "dates: «Последнее обновление: 23.11.2026» (a page's update stamp) over a report whose text names its own "
             "earlier year («учение \"Рубеж-2020\"»): that year dates «22 июня», not the stamp's",
     .published = "Последнее обновление: 23.11.2026 14:59",
     .text = "На заседании Совета министров обороны ОДКБ, которое началось 22 июня в Минске, министры рассмотрят "
             "документы о совместном учении \"Рубеж-2020\".",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2020-06-22", .city = "Minsk"), NO_MEETING(.date = "2026-06-22")}},
    {.name = "documents: «в подписанной по итогам саммита декларации»: a Russian participle of adoption a few words before "
             "the keyword (lexicon adopted_attr) makes the bare keyword the meeting's document, written in the nominative",
     .published = "08.09.2026 02:00",
     .text = "В пятницу лидеры стран ОДКБ собрались в Кремле на саммит. Общая позиция стран ОДКБ выразилась в подписанной "
             "по итогам саммита декларации.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "adopted", .title = "декларация")}},
    {.name = "meetings: \"a joint session of their foreign and defence ministers and the secretaries of their security "
             "councils\": a possessive before the bodies' people, as \"the\" (skip_body_prefix)",
     .published = "24 November 2026",
     .text = "The leaders of the bloc will meet in Minsk on Thursday. The summit will follow a joint session of their "
             "foreign and defence ministers and the secretaries of their security councils.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-26", .city = "Minsk"),
                HAS_MEETING(.bodies = "CDM+CFM+CSSC"), NO_MEETING(.bodies = "CDM")}},
    {.name = "meetings: 'Foreign ministers of Armenia, ..., Tajikistan and Uzbekistan discussed': every member of the "
             "year named, a former member among them (countries.tsv member 2), and a verb of deliberation past the list "
             "(people_deliberated)",
     .published = "September 8, 2008 Monday",
     .text = "Foreign ministers of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan discussed "
             "the situation in the Caucasus.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2008-09-08")}},
    {.name = "meetings (guard): 'the foreign ministers of Russia and Belarus discussed': two countries' ministers, no "
             "session of the council",
     .published = "September 8, 2008 Monday",
     .text = "The foreign ministers of Russia and Belarus discussed the situation in the Caucasus.",
     .expect = {MEETINGS(0)}},
    {.name = "meetings: 'The CSTO foreign ministers discussed', 'the bloc's defence ministers considered': the "
             "organisation or a possessive before the people who deliberate (skip_body_prefix)",
     .published = "12 March 2026",
     .text = "The CSTO foreign ministers discussed the situation in Afghanistan on Thursday.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-03-12")}},
    {.name = "documents: a report that repeats its paragraph edited ('approved a plan of consultations about issues "
             "of security' ... 'approved a plan of consultations about the issues of security'): one document, the "
             "meeting's (same_title ignores English articles)",
     .published = "September 8, 2026 Monday",
     .text = "They also approved an important plan of consultations about issues of foreign policy and security. "
             "The CSTO foreign ministers met in Moscow on Friday. They also approved an important plan of "
             "consultations about the issues of foreign policy and security.",
     .expect = {DOCUMENTS(.n = 1), HAS_DOCUMENT(.type = "plan", .status = "adopted", .title = "plan of consultations")}},
    {.name = "dates: «итоги саммита глав государств ОДКБ, проходившего 20 августа 2026 года в Ереване, и ...»: a "
             "participle clause closed by a comma right after the mention's own genitive words dates it "
             "(own_genitive_words)",
     .published = "",
     .text = "На заседании Совета ПА ОДКБ были обсуждены итоги саммита глав государств ОДКБ, проходившего 20 августа "
             "2026 года в Ереване, и ход работы над проектами.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-08-20", .city = "Yerevan")}},
    {.name = "documents: «Известно, что среди утвержденных документов есть решение СКБ ОДКБ о плане ...»: a lead-in "
             "that reports it before the phrase that names the documents (lexicon among_them after «что»/\"that\")",
     .published = "15:03 28/11/2026",
     .text = "Главы стран ОДКБ на саммите в Бишкеке подписали 15 документов. Известно, что среди утвержденных "
             "документов есть решение СКБ ОДКБ о плане коллективных действий по борьбе с терроризмом.",
     .expect = {HAS_DOCUMENT(.type = "decision", .status = "adopted", .title = "решение СКБ ОДКБ о плане")}},
    {.name = "documents: 'the Political Declaration of the Heads of State' and, later, 'the Political Declaration': "
             "one document, under its fuller name (short_title_of)",
     .published = "2 November 2026",
     .text = "The CSTO summit was held in Moscow on Friday. The presidents approved 11 documents and the Political "
             "Declaration of the Heads of State. In the Political Declaration, the heads of state came out against any "
             "attempt to revise history.",
     .expect = {DOCUMENTS(.n = 1), HAS_DOCUMENT(.type = "declaration", .title = "Political Declaration of the Heads")}},
    {.name = "documents: a page cut off mid-word repeats a title it gave in full («решение об избрании предс»): one "
             "document, the full one",
     .published = "2 November 2026",
     .text = "На пленарном заседании ПА ОДКБ было принято решение об избрании председателем ПА ОДКБ Ивана Петрова. "
             "Иван Петров принял участие в заседании Совета ПА ОДКБ. На пленарном заседании ПА ОДКБ было принято "
             "решение об избрании предс",
     .expect = {DOCUMENTS(.n = 1), HAS_DOCUMENT(.type = "decision", .title = "решение об избрании председателем")}},
    {.name = "documents: 'approved the documents \"On A\", \"On B\" and a number of other documents', «подписали "
             "документы «О A» и «О B»»: quoted titles opening with 'On' right after the generic word, each a decision "
             "(generic_quoted_list)",
     .published = "2 November 2026",
     .text = "The CSTO summit was held in Moscow on Friday. The heads of state also approved the documents \"On the "
             "concept of military-technical cooperation for 2027-2030\", \"On the commission for military-economic "
             "cooperation\" and a number of other documents.",
     .expect = {DOCUMENTS(.n = 2), HAS_DOCUMENT(.type = "decision", .status = "adopted", .title = "On the concept"),
                HAS_DOCUMENT(.type = "decision", .status = "adopted", .title = "On the commission")}},
    {.name = "documents: «Президенты подписали документы «О A» и «О B»»: each a decision, its title the quoted words",
     .published = "2 November 2026",
     .text = "Саммит ОДКБ прошел в Москве в пятницу. Президенты подписали документы «О концепции "
             "военно-технического сотрудничества» и «О межгосударственной комиссии».",
     .expect = {DOCUMENTS(.n = 2), HAS_DOCUMENT(.type = "decision", .status = "adopted", .title = "О концепции"),
                HAS_DOCUMENT(.type = "decision", .status = "adopted", .title = "О межгосударственной комиссии")}},
    {.name = "documents (guard): 'the experts discussed the documents \"On A\"': no verb of adoption, no document",
     .published = "2 November 2026",
     .text = "The CSTO summit was held in Moscow on Friday. The experts discussed the documents \"On the concept of "
             "the program\" last week.",
     .expect = {DOCUMENTS(.n = 0)}},
    {.name = "documents: 'during which \"the list of A\", \"the member states' consultations plan for B\", as well as a "
             "number of other documents were discussed and signed': a keyword inside a quoted title, the verb of "
             "adoption after the list; the whole quoted words are the title (quote_around)",
     .published = "2 November 2026",
     .text = "The CSTO Committee of Secretaries of Security Councils met in Yerevan on Friday. Afterwards, during the "
             "expanded session, \"the list of the terrorist organizations recognized in the member states\", \"the CSTO "
             "member states' consultations plan on foreign policy issues for 2027\", as well as a number of other "
             "documents were discussed and signed.",
     .expect = {DOCUMENTS(.n = 2), HAS_DOCUMENT(.type = "other", .status = "adopted", .title = "list of the terrorist"),
                HAS_DOCUMENT(.type = "plan", .status = "adopted", .title = "consultations plan on foreign policy issues")}},
    {.name = "documents (guard): '\"The declaration is important,\" he said after the leaders signed it': a quotation "
             "said, no title",
     .published = "2 November 2026",
     .text = "The CSTO summit was held in Minsk on Friday. \"The declaration is important,\" he said after the leaders "
             "signed it.",
     .expect = {NO_DOCUMENT(.title = "declaration is important")}},
    {.name = "people: 'President A, counterparts from Belarus, Kyrgyzstan and Armenia B, C and D': as many names as "
             "countries right after the list (no dash or colon), in the countries' order, each with A's title "
             "(counterpart_name, names_listed)",
     .published = "23 December 2026",
     .text = "The CSTO Council opened its session in Moscow on Tuesday. Russian President Vladimir Putin, counterparts "
             "from Belarus, Kyrgyzstan and Armenia Alexander Lukashenko, Sadyr Japarov and Nikol Pashinyan are "
             "participating in the summit.",
     .expect = {HAS_OFFICIAL(.id = "alexander-lukashenko", .title = "President", .country = "belarus"),
                HAS_OFFICIAL(.id = "sadyr-japarov", .title = "President", .country = "kyrgyzstan"),
                HAS_OFFICIAL(.id = "nikol-pashinyan", .title = "President", .country = "armenia"),
                PARTICIPANT(.id = "sadyr-japarov")}},
    {.name = "meetings: 'the decisions taken at the December session in Moscow and the informal summit in Bishkek in "
             "May': a month before a bare noun, a city after it, another date than the meeting last named: another "
             "meeting of its bodies (dated_month_first)",
     .published = "14 September 2026",
     .text = "We have just ended this latest summit of the CSTO Collective Security Council. We discussed the progress "
             "made in implementing the decisions taken at the December session in Moscow and the informal summit in "
             "Bishkek in May this year.",
     .expect = {MEETINGS(3), HAS_MEETING(.bodies = "CSC", .date = "2025-12", .city = "Moscow"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-05", .city = "Bishkek"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-09-14")}},
    {.name = "documents (guard): 'the CSTO Treaty turned five': the organisation's founding treaty, named as a point "
             "in time (lexicon historic_doc), no document of the meeting",
     .published = "8 October 2026",
     .text = "The CSTO summit was held in Dushanbe on Saturday. The Collective Security Treaty turned 34 and the CSTO "
             "Treaty turned 24 this year.",
     .expect = {DOCUMENTS(.n = 0)}},
    {.name = "documents: 'the Activity plan we approved today for carrying out ...': a clause of its adoption (we or they, "
             "a verb of adoption, its day) inside the title; the title goes on after it (relative_adoption)",
     .published = "14 September 2026",
     .text = "We have just ended this latest summit of the CSTO Collective Security Council. We place great importance "
             "on the Activity plan we approved today for carrying out the main military cooperation priorities through "
             "to 2030.",
     .expect = {HAS_DOCUMENT(.type = "plan", .status = "adopted", .title = "plan for carrying out the main military")}},
    {.name = "meetings: '... will be put forward for discussion at the CSTO session. The meeting is expected to be held "
             "at the end of 2026 in Minsk' in a report of the ministers' meeting held: 'the meeting' in a clause to come "
             "is the one to come named in the sentence before (refers_back)",
     .published = "17 July 2026",
     .text = "The CSTO foreign ministers met in Minsk on Monday. They agreed on a joint statement. The issues which were "
             "looked into by the ministers will be put forward for discussion at the CSTO session. The meeting is "
             "expected to be held at the end of 2026 in Minsk.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-07-13", .city = "Minsk", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2026", .city = "Minsk", .status = "planned")}},
    {.name = "meetings: «решений предыдущих саммитов ОДКБ», 'the decisions of previous summits': a plural meeting noun "
             "after a word of lexicon previous, no date of its own, names the earlier meetings in general (previous_ones)",
     .published = "",
     .text = "14 октября в Ереване состоялась сессия СКБ ОДКБ под председательством Армении в период между "
             "сессиями 2025-2026 гг. На сессии обсуждались ход реализации решений предыдущих саммитов ОДКБ.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .city = "Yerevan")}},
    {.name = "dates: a report with no year of its own that dates the previous meeting in full («предыдущая встреча ... "
             "прошла 12 августа 2026 года в Астане»): the next one, «20 декабря», is of that year (previous_meeting_year)",
     .published = "",
     .text = "Неформальный саммит глав государств-членов ОДКБ пройдет в Москве 20 декабря. Пресс-секретарь напомнил, "
             "что предыдущая встреча глав государств-членов ОДКБ прошла 12 августа 2026 года в Астане.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-12-20", .city = "Moscow", .status = "planned"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-08-12", .city = "Astana", .status = "held")}},
    {.name = "meetings: «Годовые заседания МПА СНГ и ОДКБ состоялись 25-29 октября в Санкт-Петербурге»: the two "
             "assemblies named together (bodies.tsv), the CSTO's a PA session",
     .published = "29.10.2026 14:41",
     .text = "Годовые заседания МПА СНГ и ОДКБ состоялись 25-29 октября в Санкт-Петербурге. Депутат принимал участие в "
             "заседаниях межпарламентских ассамблей ОДКБ и СНГ.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "PA", .date = "2026-10-25", .city = "Saint Petersburg", .status = "held")}},
    {.name = "meetings: 'the decisions of the CSTO Collective Security Council's November (2023) session': a date "
             "(its year in brackets) between the body's possessive and the noun qualifies the meeting "
             "(only_meeting_modifiers)",
     .published = "1/10/2026 10:09:54 AM",
     .text = "ASTANA, Kazakhstan, January 10. The first meeting of the CSTO Permanent Council in 2026 has been held. The "
             "meeting considered a draft Action Plan for the implementation of the decisions of the CSTO Collective "
             "Security Council's November (2025) session.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025-11", .status = "held"), HAS_MEETING(.bodies = "PC")}},
    {.name = "people: «министра обороны Беларуси Петра Руденка»: a surname in -енок loses its о in the genitive; "
             "given back as «Руденок» (ru_word_nominative)",
     .published = "10.10.2026",
     .text = "Заседание СМО ОДКБ прошло в Минске под председательством министра обороны Беларуси Петра Руденка.",
     .expect = {HAS_OFFICIAL(.id = "petr-rudenok", .name = "Петр Руденок", .country = "belarus")}},
    {.name = "dates: 'On July 17, 2026 the President met with the foreign ministers. After the meeting with the President "
             "the participants headed for the Foreign Ministerial meeting': a sentence with no date that opens after the "
             "event the one before dated (lexicon after_meeting) is of that day",
     .published = "",
     .text = "On July 17, 2026 the President met with the foreign ministers of the CSTO. After the meeting with the "
             "President the participants headed for the Foreign Ministerial meeting.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-07-17", .status = "held")}},
    {.name = "documents: 'a draft declaration of the Moscow-led Collective Security Treaty Organization's (CSTO) "
             "Collective Security Council': the organisation's possessive before its body's name is left out of the "
             "title (org_possessive)",
     .published = "23 November 2026",
     .text = "The session of the CSTO Collective Security Council opened in Yerevan on November 23. The prime minister "
             "refused to sign a draft declaration of the Moscow-led Collective Security Treaty Organization's (CSTO) "
             "Collective Security Council.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "draft",
                             .title = "declaration of the Collective Security Council"),
                NO_DOCUMENT(.title = "Moscow-led")}},
    {.name = "meetings: 'the ministers paid much attention to preparation of the Collective Security Council', 'discussed "
             "preparations for the Collective Security Council': a body right after a word of preparing (lexicon "
             "prepare_for) is its session to come (prepared_body)",
     .published = "September 8, 2026 Monday",
     .text = "The CSTO foreign ministers met in Moscow on Friday. The ministers paid much attention to preparation of "
             "the collective security council.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "CFM", .date = "2026-09-04", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .status = "planned")}},
    {.name = "people: 'conducted by Armen Petrosyan, National Security Council Secretary of Armenia': the Security "
             "Council's secretary where the council is called national (titles.tsv)",
     .published = "08 / 06 / 2026",
     .text = "The session of the CSTO Committee of Secretaries of Security Councils took place in Yerevan today. It was "
             "conducted by Armen Petrosyan, National Security Council Secretary of Armenia.",
     .expect = {HAS_OFFICIAL(.id = "armen-petrosyan", .title = "National Security Council Secretary", .country = "armenia")}},
    {.name = "meetings: «решение принял Совет секретарей Совбезов стран ОДКБ», «заседание глав Советов безопасности»: "
             "the committee named as a council of secretaries, its people as heads of the security councils "
             "(data/bodies.tsv)",
     .published = "12 октября 2026",
     .text = "Решение принял Совет секретарей Совбезов стран ОДКБ. Заседание глав Советов безопасности стран договора "
             "проходит в понедельник в Минске.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .city = "Minsk", .status = "held"), MEETINGS(1)}},
    {.name = "meetings: «Заседание глав совбезов стран ОДКБ пройдет в Бишкеке»: the heads of the security councils meet",
     .published = "12 октября 2026",
     .text = "Заседание глав совбезов стран ОДКБ пройдет в Бишкеке в ноябре.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .city = "Bishkek", .status = "planned"), MEETINGS(1)}},
    {.name = "meetings: «главы государств, которые соберутся через два часа в Минске» and «Напомним, ... на внеочередной "
             "сессии СКБ 10 марта этого года»: a session held on a day other than the report's is not the one to come",
     .published = "",
     .text = "Проекты выносятся на одобрение глав государств, которые соберутся через два часа в Минске. Напомним, "
             "решение о создании центра было принято в ходе внеочередной сессии Совета коллективной безопасности 10 "
             "марта этого года.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk", .status = "planned"), HAS_MEETING(.bodies = "CSC", .status = "held"),
                MEETINGS(2)}},
    {.name = "meetings: «Главы МИД стран ОДКБ согласовали ..., сообщил по итогам заседания глава МИД X»: «по итогам» "
             "(lexicon after_meeting) is when the session ended, not its results cited: the ministers' session, X there",
     .published = "",
     .text = "Главы МИД стран ОДКБ согласовали проект соглашения, сообщил по итогам заседания в субботу глава МИД "
             "Белоруссии Иван Петров.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "held"), PARTICIPANT(.id = "ivan-petrov"), MEETINGS(1)}},
    {.name = "documents: «Напомним, решение о создании центра было принято на сессии СКБ»: a lower-case keyword that a "
             "Russian passive governs («было», «будет» then a verb of adoption: lexicon passive) is a document",
     .published = "12 октября 2026",
     .text = "Напомним, решение о создании центра было принято на сессии Совета коллективной безопасности в Минске в мае. "
             "Ранее соглашение о статусе сил будет подписано министрами.",
     .expect = {HAS_DOCUMENT(.type = "decision", .status = "adopted", .title = "решение о создании центра"),
                HAS_DOCUMENT(.type = "agreement", .title = "соглашение о статусе сил"), DOCUMENTS(.n = 2)}},
    {.name = "documents: «приняли решение о формировании сил на сессии СКБ», «соглашение ... в ходе заседания»: a Russian "
             "title ends before «на», «в ходе», «во время» and a meeting, as an English one before 'at' a meeting",
     .published = "12 октября 2026",
     .text = "Главы государств приняли решение о формировании сил на сессии Совета коллективной безопасности. Министры "
             "подписали соглашение о статусе сил в ходе заседания в Москве, а также соглашение о размещении складов на "
             "территории Армении.",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "решение о формировании сил"),
                NO_DOCUMENT(.title = "решение о формировании сил на"),
                HAS_DOCUMENT(.type = "agreement", .title = "соглашение о статусе сил"),
                NO_DOCUMENT(.title = "сил в ходе"),
                HAS_DOCUMENT(.type = "agreement", .title = "соглашение о размещении складов на территории Армении")}},
    {.name = "meetings: headline «В Москве прошло заседание Совета коллективной безопасности ОДКБ» over «принял участие в "
             "сессии Совета коллективной безопасности»: the headline's one city is the place of the first meeting of "
             "its bodies when the text names none (headline_place)",
     .headline = "В Москве прошло заседание Совета коллективной безопасности ОДКБ",
     .published = "12 октября 2026",
     .text = "Президент Иван Петров принял участие в сессии Совета коллективной безопасности.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "held"), MEETINGS(1)}},
    {.name = "meetings: headline 'CSTO defence ministers gather in Minsk' over 'the Council of Defence Ministers session "
             "discussed drills': the headline's city; one that names two cities places nothing",
     .headline = "CSTO defence ministers gather in Minsk",
     .text = "The session of the CSTO Council of Defence Ministers discussed joint drills on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CDM", .city = "Minsk"), MEETINGS(1)}},
    {.name = "meetings: headline 'From Minsk to Moscow: CSTO defence ministers meet' (two cities): no place from it",
     .headline = "From Minsk to Moscow: CSTO defence ministers meet",
     .text = "The session of the CSTO Council of Defence Ministers discussed joint drills on Tuesday.",
     .expect = {NO_MEETING(.city = "Minsk"), NO_MEETING(.city = "Moscow"), MEETINGS(1)}},
    {.name = "documents: «Министры намерены принять заявление в связи с годовщиной»: a verb of intent and an infinitive of "
             "adoption (lexicon doc_future) govern a lower-case keyword: a statement to come",
     .published = "12 октября 2026",
     .text = "Министры намерены принять заявление в связи с годовщиной Договора. Президенты планируют подписать "
             "соглашение о статусе сил.",
     .expect = {HAS_DOCUMENT(.type = "statement", .status = "planned", .title = "заявление в связи с годовщиной Договора"),
                HAS_DOCUMENT(.type = "agreement", .status = "planned", .title = "соглашение о статусе сил")}},
    {.name = "dates: «председательствующего в ОДКБ в 2026 году Казахстана» in a report with no date: a participle of "
             "chairing now (lexicon chairing) dates the report, whatever the clause's tense; «с предыдущей встречи в декабре "
             "2025 года» is another meeting than the one held now",
     .published = "",
     .text = "Главы МИД стран ОДКБ проводят встречу в узком составе в рамках заседания Совета министров организации. Глава "
             "МИД председательствующего в ОДКБ в 2026 году Казахстана Иван Петров приветствовал коллег и отметил, что за "
             "время, прошедшее с предыдущей встречи в декабре 2025 года, была проделана работа.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026", .status = "held"), HAS_MEETING(.bodies = "CFM", .date = "2025-12"),
                MEETINGS(2)}},
    {.name = "dates: 'Foreign Minister X of Kazakhstan, chairing the CSTO in 2026' in a report with no date: the report's year",
     .published = "",
     .text = "The CSTO foreign ministers are meeting in a narrow format. Foreign Minister Ivan Petrov of Kazakhstan, chairing "
             "the CSTO in 2026, greeted his colleagues.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026"), MEETINGS(1)}},
    {.name = "documents: 'the foreign ministers will review a draft decision on A' at a meeting to come: a draft the coming "
             "meeting is to take up is planned (draft is one agreed for submission to a higher body)",
     .published = "12.05.2026",
     .text = "Minsk will host a regular meeting of the CSTO Council of Foreign Ministers on July 17. The foreign ministers "
             "will review a draft decision on the working group on Afghanistan and a plan of consultations for 2027.",
     .expect = {HAS_DOCUMENT(.type = "decision", .status = "planned", .title = "decision on the working group on Afghanistan"),
                HAS_DOCUMENT(.type = "plan", .status = "planned")}},
    {.name = "documents: ... but 'the ministers agreed on a draft decision on A to be submitted to the heads of state' "
             "stays a draft, and so does 'will have to draft a joint Statement of the heads of state'",
     .published = "12.05.2026",
     .text = "The CSTO Council of Foreign Ministers met in Minsk on Monday. The ministers agreed on a draft decision on the "
             "working group on Afghanistan to be submitted to the heads of state. The CSTO Council of Defence Ministers "
             "will meet in Minsk on July 17, and the ministers will have to draft a joint Statement of the heads of state.",
     .expect = {HAS_DOCUMENT(.type = "decision", .status = "draft", .title = "decision on the working group on Afghanistan"),
                HAS_DOCUMENT(.type = "statement", .status = "draft")}},
    {.name = "documents: «будут приняты решения о создании A, совершенствовании B и утверждении C»: a Russian keyword whose "
             "items each open as the first does is a list, the last joined by «и»; «будут приняты» (lexicon doc_future) "
             "is to come",
     .published = "12.05.2026",
     .text = "Ожидается, что будут приняты решения о создании авиационных сил, совершенствовании системы управления "
             "силами, внесении изменений в структуру штаба и утверждении бюджета на 2027 год.",
     .expect = {HAS_DOCUMENT(.type = "decision", .status = "planned", .title = "о создании авиационных сил"),
                HAS_DOCUMENT(.type = "decision", .status = "planned", .title = "утверждении бюджета на 2027 год"),
                NO_DOCUMENT(.title = "штаба и утверждении"), DOCUMENTS(.n = 4)}},
    {.name = "documents: 'adopted statements on Syria, Afghanistan, Libya and Iraq', 'decisions on the creation of A, the "
             "improvement of B, changes to C and the approval of D': the last item, joined by 'and', opens as the first",
     .published = "12.05.2026",
     .text = "The leaders adopted statements on Syria, Afghanistan, Libya and Iraq. They also adopted decisions on the "
             "creation of air forces, the improvement of the command system, changes to the structure of the Joint Staff "
             "and the approval of the budget for 2027.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "statement on Libya"),
                HAS_DOCUMENT(.type = "statement", .title = "statement on Iraq"),
                HAS_DOCUMENT(.type = "decision", .title = "decision on changes to the structure of the Joint Staff"),
                HAS_DOCUMENT(.type = "decision", .title = "decision on the approval of the budget for 2027"),
                NO_DOCUMENT(.title = "Staff and"), DOCUMENTS(.n = 8)}},
    {.name = "officials: «пост генерального секретаря ОДКБ занял X», «X занимает должность министра обороны Армении»: a "
             "title in the genitive after «пост», «должность» (lexicon post_noun) and a verb of taking it (lexicon appoint)",
     .published = "10.01.2024",
     .text = "Напомним, в ноябре 2022 года пост генерального секретаря ОДКБ занял Иван Петров. Олег Сидоров занимает "
             "должность министра обороны Армении.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Secretary General"),
                HAS_OFFICIAL(.id = "oleg-sidorov", .title = "Minister of Defence", .country = "armenia")}},
    {.name = "officials: 'the post of CSTO secretary general, which has been held by X for 12 years', 'the position of "
             "Secretary General of the CSTO, currently held by Y': the holder after lexicon held_by",
     .published = "10.01.2024",
     .text = "Namely, to put on a rotary basis the post of CSTO secretary general, which has been held by Ivan Petrov for "
             "12 years now. The position of Secretary General of the CSTO, currently held by Oleg Sidorov, rotates.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Secretary general"),
                HAS_OFFICIAL(.id = "oleg-sidorov", .title = "Secretary General")}},
    {.name = "documents: 'will accept such a decision with understanding': a kind of document after 'such a' (lexicon "
             "such), none named; 'will adopt a decision on the budget' still is one",
     .published = "10.01.2024",
     .text = "The prime minister expressed the hope that colleagues from the CSTO will accept such a decision with "
             "understanding. The leaders will adopt a decision on the budget.",
     .expect = {NO_DOCUMENT(.title = "understanding"), HAS_DOCUMENT(.type = "decision", .title = "decision on the budget"),
                DOCUMENTS(.n = 1)}},
    {.name = "documents: «выйти на подписание соглашения уже в этом году»: an adverb («уже», «еще», «также», «сегодня»; "
             "lexicon doc_stop) ends a Russian title; the bare keyword left names no document",
     .published = "10.01.2024",
     .text = "Полагаю, что у нас есть возможность выйти на подписание соглашения уже в этом году. Министры подписали "
             "соглашение о транзите сегодня утром.",
     .expect = {NO_DOCUMENT(.title = "уже"), NO_DOCUMENT(.title = "сегодня"),
                HAS_DOCUMENT(.type = "agreement", .title = "соглашение о транзите"), DOCUMENTS(.n = 1)}},
    {.name = "dates: a dateline in brackets, the agency first ('(Interfax – OSH, March 3, 2019) The ...'), dates "
             "the lede's meeting to its day",
     .published = "",
     .text = "(Interfax – OSH, March 3, 2019) The Kyrgyz President on Sunday welcomed the ministers of the bloc.\n"
             "The CSTO Council of Defence Ministers met in the city of Osh. The ministers discussed border security.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CDM", .date = "2019-03-03", .city = "Osh")}},
    {.name = "people: a name after «зампредседателя» (lexicon nominative_a, a title ending in -я as well as -а) "
             "is as written",
     .text = "Сессия Парламентской ассамблеи ОДКБ пройдет в Минске. В состав делегации вошла зампредседателя "
             "комитета по обороне Анна Ковальская.",
     .expect = {HAS_OFFICIAL(.name = "Анна Ковальская")}},
    {.name = "documents: a colon, then quoted items on the lines after it, the first without its bullet («приняли "
             "заявления:» then «О A»; – «О B».): one document each, its title the quoted words",
     .text = "Министры иностранных дел стран ОДКБ встретились в Минске. Министры приняли совместные заявления:\n"
             "«О ситуации на таджикско-афганской границе»;\n"
             "– «О борьбе с незаконной миграцией».",
     .expect = {DOCUMENTS(.n = 2), HAS_DOCUMENT(.type = "statement", .status = "adopted",
                                           .title = "О ситуации на таджикско-афганской границе"),
                HAS_DOCUMENT(.type = "statement", .title = "О борьбе с незаконной миграцией")}},
    {.name = "documents: the same in English ('adopted joint statements:' then '\"On A\";' and '- \"On B\".'): "
             "each title the keyword's singular and the quoted words",
     .text = "The CSTO foreign ministers met in Minsk. The ministers adopted joint statements:\n"
             "\"On the situation on the Tajik-Afghan border\";\n"
             "- \"On countering illegal migration\".",
     .expect = {DOCUMENTS(.n = 2), HAS_DOCUMENT(.type = "statement", .title = "joint statement \"On the situation on the "
                                                                        "Tajik-Afghan border\""),
                HAS_DOCUMENT(.type = "statement", .title = "joint statement \"On countering illegal migration\"")}},
    {.name = "dates: the year of an event named after the meeting ('ahead of the withdrawal of the International "
             "Security Assistance Force (ISAF) from Afghanistan in 2014'), a long name and its brackets between, is "
             "not the meeting's",
     .published = "",
     .text = "At a meeting on Tuesday, the defence ministers of the bloc's member states agreed to reinforce the "
             "border ahead of the withdrawal of the International Security Assistance Force (ISAF) from Afghanistan "
             "in 2014.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CDM"), NO_MEETING(.date = "2014")}},
    {.name = "article: a page cut in the middle of a word ('... and the chief of the Joint Sta', «... и начальник "
             "Объеди») loses that piece of a word: no name is made of it",
     .text = "В Минске состоялось заседание Совета министров обороны ОДКБ. В мероприятии приняли участие Генеральный "
             "секретарь ОДКБ Иван Петров и начальник Объеди",
     .expect = {HAS_OFFICIAL(.name = "Иван Петров"), NO_OFFICIAL(.name = "Объеди")}},
    {.name = "officials: members of parliament are officials (titles.tsv: «депутаты A, B», «депутат Госдумы X», "
             "'lawmaker X', 'MPs A and B')",
     .text = "Сессия Парламентской ассамблеи ОДКБ пройдет в Минске. В состав делегации вошли депутаты Иван Петров, "
             "Олег Сидоров и другие. Депутат Госдумы Павел Орлов выступит с докладом. Russian lawmaker Igor Volkov "
             "and MPs Anna Belova and Oleg Frolov will also attend.",
     .expect = {HAS_OFFICIAL(.name = "Иван Петров", .title = "Member of Parliament"),
                HAS_OFFICIAL(.name = "Олег Сидоров", .title = "Member of Parliament"),
                HAS_OFFICIAL(.name = "Павел Орлов", .title = "Member of the State Duma", .country = "russia"),
                HAS_OFFICIAL(.name = "Igor Volkov", .country = "russia"), HAS_OFFICIAL(.name = "Anna Belova"),
                HAS_OFFICIAL(.name = "Oleg Frolov")}},
    {.name = "places: Russian names of cities where CSTO bodies meet outside the members' capitals (places-ru.tsv: "
             "«в Нью-Йорке», «в Гродно»; Grodno by its usual English name, not GeoNames' Hrodna)",
     .text = "26 сентября 2018 года в Нью-Йорке состоялась рабочая встреча министров иностранных дел государств – "
             "членов ОДКБ. Заседание Совета министров обороны ОДКБ пройдет в Гродно 14 ноября 2018 года.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "New York", .country = "united states"),
                HAS_MEETING(.bodies = "CDM", .city = "Grodno", .country = "belarus")}},
    {.name = "officials: 'X, Speaker of the Kyrgyz Parliament', 'X, chairman of the Armenian National Assembly': the "
             "institution after the country's adjective is the title's (not 'X, Foreign Minister of Belarus')",
     .text = "The CSTO Parliamentary Assembly met in Bishkek on May 20. Ivan Petrov, Speaker of the Kyrgyz Parliament, "
             "opened the session. Oleg Sidorov, chairman of the Armenian National Assembly, attended. Pavel Orlov, "
             "Foreign Minister of Belarus, spoke.",
     .expect = {HAS_OFFICIAL(.name = "Ivan Petrov", .title = "Speaker of the Kyrgyz Parliament", .country = "kyrgyzstan"),
                HAS_OFFICIAL(.name = "Oleg Sidorov", .title = "Chairman of the Armenian National Assembly",
                             .country = "armenia"),
                HAS_OFFICIAL(.name = "Pavel Orlov", .title = "Foreign Minister", .country = "belarus")}},
    {.name = "officials: a member's short name in capitals before a title ('RA President X', 'RK Foreign Minister Y', 'RF "
             "Defence Minister Z'; places-countries.tsv) gives the country",
     .text = "The informal CSTO summit was held in Yerevan on Monday. Welcoming the participants, RA President Ivan "
             "Petrov said the format works. RK Foreign Minister Oleg Sidorov and RF Defence Minister Pavel Orlov also "
             "spoke.",
     .expect = {HAS_OFFICIAL(.name = "Ivan Petrov", .title = "President", .country = "armenia"),
                HAS_OFFICIAL(.name = "Oleg Sidorov", .country = "kazakhstan"),
                HAS_OFFICIAL(.name = "Pavel Orlov", .country = "russia")}},
    {.name = "officials: 'X, a spokesman for the CSTO Secretariat': the institution after 'for' is the title's, as one "
             "after 'of' is",
     .text = "The next informal CSTO summit will be held in Moscow, Ivan Petrov, a spokesman for the CSTO Secretariat, "
             "said on Monday.",
     .expect = {HAS_OFFICIAL(.name = "Ivan Petrov", .title = "Spokesman for the CSTO Secretariat")}},
    {.name = "officials: 'Foreign Ministry spokeswoman X', 'Defence Ministry spokesman Y': the ministry before the title "
             "(lexicon institution) is part of it, as careful readers write it",
     .text = "Armenian Foreign Minister Ivan Petrov will not attend the CSTO meeting, Foreign Ministry spokeswoman Anna "
             "Orlova said. Defence Ministry spokesman Oleg Sidorov confirmed it.",
     .expect = {HAS_OFFICIAL(.name = "Anna Orlova", .title = "Foreign Ministry spokeswoman"),
                HAS_OFFICIAL(.name = "Oleg Sidorov", .title = "Defence Ministry spokesman")}},
    {.name = "officials: the members a country's delegation is said to include («в состав российской делегации вошли A, "
             "депутаты B, C», 'the Kazakh delegation includes A and MPs B and C'; lexicon composed_of) are that country's",
     .text = "Сессия Парламентской ассамблеи ОДКБ пройдет в Минске. В состав российской делегации вошли глава комитета "
             "по обороне Иван Петров и депутаты Олег Сидоров, Павел Орлов. The Kazakh delegation includes Deputy "
             "Speaker Anna Belova and MPs Igor Volkov and Oleg Frolov.",
     .expect = {HAS_OFFICIAL(.name = "Иван Петров", .country = "russia"), HAS_OFFICIAL(.name = "Олег Сидоров", .country = "russia"),
                HAS_OFFICIAL(.name = "Павел Орлов", .country = "russia"),
                HAS_OFFICIAL(.name = "Anna Belova", .country = "kazakhstan"),
                HAS_OFFICIAL(.name = "Oleg Frolov", .country = "kazakhstan")}},
    {.name = "officials: the State Duma's deputy speaker («вице-спикер Госдумы X», 'State Duma Deputy Speaker Y'; "
             "titles.tsv) is Russia's",
     .text = "Сессия Парламентской ассамблеи ОДКБ пройдет в Ереване. Вице-спикер Госдумы Иван Петров выступит с "
             "докладом. State Duma Deputy Speaker Oleg Sidorov will also attend.",
     .expect = {HAS_OFFICIAL(.name = "Иван Петров", .title = "Deputy Speaker of the State Duma", .country = "russia"),
                HAS_OFFICIAL(.name = "Oleg Sidorov", .country = "russia")}},
    {.name = "dates: a document's horizon ('the collective security strategy until 2025', «стратегию ... до 2025 года») is "
             "no year of the report: a day and month named with it stay without one",
     .published = "",
     .text = "14 октября на саммите ОДКБ в Ереване президенты рассмотрят стратегию коллективной безопасности до 2030 "
             "года, сообщил генеральный секретарь организации.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .city = "Yerevan"), NO_MEETING(.date = "2030-10-14")}},
    {.name = "officials: 'Just as CSTO Secretary General X put it': a name right after the title is the title's, not "
             "the word before 'as'",
     .text = "Just as CSTO Secretary General Ivan Petrov put it last year, the bloc is changing. The CSTO summit was "
             "held in Moscow on Friday.",
     .expect = {HAS_OFFICIAL(.name = "Ivan Petrov", .title = "Secretary General"), NO_OFFICIAL(.name = "Just")}},
    {.name = "dates: a headline that ends with a place and a whole date after commas, no brackets ('... MEMBER STATES, "
             "MOSCOW, MAY 13, 2002') dates the report: 'tomorrow' is the next day",
     .headline = "PRESS CONFERENCE ON THE RESULTS OF THE JOINT SESSION OF THE COUNCIL OF FOREIGN MINISTERS, MOSCOW, MAY 13, "
                 "2002",
     .published = "",
     .text = "Ivan Petrov: The ministers prepared a session of the Collective Security Council to be held tomorrow.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2002-05-14", .status = "planned")}},
    {.name = "officials: «перешел на должность директора Службы внешней разведки»: one capitalised word after an office "
             "that «должность» (lexicon post_noun) opens is an institution's, no one's name",
     .text = "Прежний председатель Парламентской ассамблеи ОДКБ Иван Петров перешел на должность директора Службы "
             "внешней разведки.",
     .expect = {HAS_OFFICIAL(.name = "Иван Петров"), NO_OFFICIAL(.name = "Служба")}},
    {.name = "documents: 'One of the protocols concerns “A”' (a plural keyword, lexicon concerns) names that document: "
             "'protocol concerning A'; not 'One of the reasons'",
     .text = "The CSTO summit was held in Moscow on Tuesday. The leaders signed two protocols. One of the protocols "
             "concerns “cooperation against cybercrime”. One of the reasons was clear.",
     .expect = {HAS_DOCUMENT(.type = "protocol", .status = "adopted", .title = "protocol concerning cooperation against "
                                                                            "cybercrime"),
                DOCUMENTS(.n = 1)}},
    {.name = "documents: a participle that says what a document holds ('a declaration containing ...', 'a statement "
             "reaffirming ...'; lexicon doc_starter) opens its title",
     .text = "The CSTO summit was held in Moscow on Friday. The leaders adopted a declaration containing the joint "
             "position on the events in the Caucasus and a statement reaffirming the commitment to the Treaty.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .title = "declaration containing the joint position on the events"),
                HAS_DOCUMENT(.type = "statement", .title = "statement reaffirming the commitment to the Treaty")}},
    {.name = "dates: a dateline in brackets with a dash and no agency before its city ('(– OSH, March 3, 2019)') is "
             "read without one (it read before the first token)",
     .published = "",
     .text = "(– OSH, March 3, 2019) The Kyrgyz President on Sunday welcomed the ministers of the bloc.\n"
             "The CSTO Council of Defence Ministers met in the city of Osh.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CDM", .date = "2019-03-03", .city = "Osh")}},
    {.name = "article: 'Released on 2019-03-11' then 'Date | 2017-10-25 17:26:06 |' above 'MINSK, October 25 (Itar-Tass)': "
             "the header stamp whose day the dateline gives is the report's, so 'the Wednesday session' is of 2017",
     .headline = "Released on 2019-03-11 00:00 GMT\nDate | 2017-10-25 17:26:06 |\nLeader expects decisions from CSTO session",
     .published = "",
     .text = "MINSK, October 25 (Itar-Tass) - Ivan Petrov hoped that the Wednesday session of the CSTO Parliamentary "
             "Assembly Council in Minsk would be productive.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2017-10-25", .city = "Minsk"), MEETINGS(1)}},
    {.name = "article: a headline ending 'with the CSTO Secretary General, Moscow, 3 April 2026' above the page's stamp "
             "'08.04.2026, 13:19': the headline's day is the speech's, its city the report's place",
     .headline = "Remarks by Foreign Minister Ivan Petrov at the press conference with the CSTO Secretary General, Moscow, "
                 "3 April 2026",
     .published = "08.04.2026, 13:19",
     .text = "We have conducted another session of the CSTO Foreign Ministers Council, which was held in a constructive "
             "atmosphere. Today the ministers adopted a Statement on Afghanistan.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-04-03", .city = "Moscow", .status = "held"), MEETINGS(1)}},
    {.name = "article: a breadcrumb 'Главная » 2025 » Август » 4 » ...' above the title dates the report and is no title: "
             "the summit «состоялся» that week is of 2025",
     .headline = "Главная » 2025 » Август » 4 » Саммит ОДКБ: лидеры встретились\nСаммит ОДКБ: лидеры встретились",
     .published = "",
     .text = "Как уже сообщалось, в киргизском городе Чолпон-Ата состоялся неформальный саммит лидеров государств — "
             "членов Организации Договора о коллективной безопасности.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025-08-04", .city = "Cholpon-Ata", .status = "held"), MEETINGS(1)}},
    {.name = "documents: «Какое решение примут лидеры, пока предсказать сложно»: a verb in the third person plural "
             "after the keyword is no genitive of a title, and the question names no document",
     .published = "08.11.2026",
     .text = "Лидеры ОДКБ на саммите в Астане 8 ноября обсудят вопрос о новом генсекретаре. «Какое решение примут "
             "лидеры, пока предсказать сложно», - добавил он.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned", .city = "Astana"), NO_DOCUMENT()}},
    {.name = "attendance: a photo's caption 'A and B (L-R) during the Eurasian Economic Community session in Moscow' "
             "under a CSTO summit held there: another organisation's session, which says nothing of the summit's "
             "participants",
     .published = "05.02.2026",
     .text = "The leaders reached an agreement at a summit of the Collective Security Treaty Organization in Moscow on "
             "Wednesday.\n\nBelarus's President Ivan Petrov and Russia's President Pavel Volkov (L-R) during the "
             "Eurasian Economic Community session in Moscow February 4, 2026.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-02-04", .city = "Moscow", .status = "held"), MEETINGS(1),
                HAS_OFFICIAL(.id = "ivan-petrov", .title = "President", .country = "belarus"),
                NOT_PARTICIPANT(.id = "ivan-petrov"), NOT_PARTICIPANT(.id = "pavel-volkov")}},
    {.name = "people: 'Chaired by the Minister of Foreign Affairs Tajikistan Sirojiddin Mukhriddin, the meeting ...': a "
             "country right after the title with no 'of', then the name",
     .published = "19.05.2026",
     .text = "Chaired by the Minister of Foreign Affairs Tajikistan Rustam Nazarov, the meeting of the CSTO Council of "
             "Foreign Ministers was held in Dushanbe.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Dushanbe", .status = "held"),
                HAS_OFFICIAL(.id = "rustam-nazarov", .title = "Minister of Foreign Affairs", .country = "tajikistan"),
                PARTICIPANT(.bodies = "CFM", .id = "rustam-nazarov")}},
    {.name = "documents: 'finalized the draft roadmap “Formation of Conditions for ... 2020.”': a quoted title whose "
             "closing quote stands after the sentence's stop",
     .published = "19.01.2026",
     .text = "The CSTO Permanent Council held a meeting in Moscow on Thursday. The participants also finalized the draft "
             "roadmap “Formation of Conditions for the Use of the CSTO Peacekeeping Potential for 2026 to 2028.”",
     .expect = {HAS_DOCUMENT(.type = "plan", .status = "draft", .title = "Formation of Conditions for the Use"),
                DOCUMENTS(.n = 1)}},
    {.name = "attendance: 'X, in a phone conversation with his counterpart, said that he would not be able to participate "
             "in the joint meeting': lexicon absent 'not be able to participate'",
     .published = "20.11.2026",
     .text = "Armenian Foreign Minister Ivan Petrov, in a phone conversation with his Belarusian counterpart Pavel Volkov, "
             "also said that he would not be able to participate in the joint meeting of the Council of Ministers of "
             "Foreign Affairs and the Council of Ministers of Defense.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .status = "planned"), NOT_PARTICIPANT(.id = "ivan-petrov"),
                NOT_PARTICIPANT(.id = "pavel-volkov")}},
    {.name = "article: the headline again, glued to the first sentence ('... Foreign Ministers Review Coordinated "
             "Policies“Kazakhstan considers ...'), is no words of the text: no official 'Review Coordinated Policies'",
     .headline = "CSTO Member States' Foreign Ministers Review Coordinated Policies",
     .text = "CSTO Member States' Foreign Ministers Review Coordinated Policies“Kazakhstan considers the CSTO an important "
             "tool,” the country’s Minister of Foreign Affairs Ivan Petrov said at the meeting of the CSTO Council of "
             "Foreign Ministers in Minsk.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk", .status = "held"), NO_OFFICIAL(.name = "Review"),
                HAS_OFFICIAL(.id = "ivan-petrov", .title = "Minister of Foreign Affairs")}},
    {.name = "attendance: «заседание СМО ОДКБ, которое пройдет в Минске под председательством министра обороны Белоруссии "
             "X, сообщил РИА Новости пресс-секретарь ОДКБ Y»: Y speaks (the outlet between the verb and him) of a "
             "meeting to come, X, before the comma, does not, and chairs it",
     .published = "07.06.2026",
     .text = "Вопросы оснащения сил станут главными темами заседания Совета министров обороны ОДКБ, которое пройдет в "
             "Минске под председательством министра обороны Белоруссии Ивана Петрова, сообщил РИА Новости "
             "пресс-секретарь ОДКБ Павел Волков.",
     .expect = {HAS_MEETING(.bodies = "CDM", .city = "Minsk", .status = "planned"),
                PARTICIPANT(.bodies = "CDM", .id = "ivan-petrov"), NOT_PARTICIPANT(.id = "pavel-volkov")}},
    {.name = "meetings: 'on the sidelines of the CSTO Security Council’s committee session in Yerevan': the Committee of "
             "Secretaries of the Security Councils (data/bodies.tsv), not the Collective Security Council",
     .text = "Ivan Petrov told our correspondent on the sidelines of the CSTO Security Council’s committee session in "
             "Yerevan.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .city = "Yerevan", .status = "held"), MEETINGS(1)}},
    {.name = "meetings: a headline '... Attends the Session of the Collective Security Council ... in Tajikistan' over a "
             "text that places the summit nowhere: the one country after 'in' is its place, as one city is",
     .headline = "President Ivan Petrov Attends the Session of the Collective Security Council of the Collective Security "
                 "Treaty Organization in Tajikistan",
     .published = "06.10.2026",
     .text = "This summit of the Presidents of the participating states of the treaty is being held in the year of the "
             "anniversary of the Treaty.",
     .expect = {HAS_MEETING(.bodies = "CSC", .country = "tajikistan", .status = "held"), MEETINGS(1)}},
    {.name = "attendance: a caption 'A and B (L-R) during the session of the Eurasian Economic Community' (the "
             "organisation after the noun): another organisation's session, no part in the CSTO summit",
     .published = "05.02.2026",
     .text = "The leaders reached an agreement at a summit of the Collective Security Treaty Organization in Moscow on "
             "Wednesday.\n\nBelarus's President Ivan Petrov and Russia's President Pavel Volkov (L-R) during the "
             "session of the Eurasian Economic Community.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "held"), MEETINGS(1),
                NOT_PARTICIPANT(.id = "ivan-petrov"), NOT_PARTICIPANT(.id = "pavel-volkov")}},
    {.name = "documents: «принята декларация ОДКБ, которая ...» after «приняли декларацию о ...»: the keyword with the "
             "organisation's name alone is the titled declaration named again (keyword-org), in either language",
     .text = "Лидеры государств ОДКБ приняли в Ереване 14 мая 2026 года декларацию о коллективной безопасности в Евразии. "
             "«По итогам заседания принята декларация ОДКБ, которая отражает все аспекты безопасности», - сказал Иван Петров. "
             "The heads of state also adopted the Statement on regional stability. The statement of the CSTO calls for "
             "dialogue.",
     .expect = {DOCUMENTS(.n = 2), HAS_DOCUMENT(.type = "declaration", .title = "декларация о коллективной безопасности"),
                HAS_DOCUMENT(.type = "statement", .title = "Statement on regional stability"),
                NO_DOCUMENT(.title = "декларация ОДКБ"), NO_DOCUMENT(.title = "statement of the CSTO")}},
    {.name = "documents: «принята декларация ОДКБ» with no other declaration in the report is that document",
     .text = "Саммит ОДКБ прошел в Ереване 14 мая 2026 года. По итогам заседания принята декларация ОДКБ.",
     .expect = {DOCUMENTS(.n = 1), HAS_DOCUMENT(.type = "declaration", .title = "декларация ОДКБ")}},
    {.name = "meetings: «на пресс-конференции по итогам СМИД ОДКБ», 'at the close of the Council of Defence Ministers': "
             "a body named right after the words for what follows its session (lexicon results_of) met, undated",
     .headline = "Иван Петров: решения будут подписаны",
     .text = "«Собрались мы не в полном составе», - сказал Иван Петров на пресс-конференции по итогам СМИД ОДКБ. "
             "Petr Ivanov spoke to reporters at the close of the Council of Defence Ministers.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "held"), HAS_MEETING(.bodies = "CDM", .status = "held"),
                MEETINGS(2)}},
    {.name = "meetings: «по итогам Совета» names a body, not its session, when nothing follows the words but an "
             "organisation's decision (no body right after them)",
     .text = "По итогам решения Совета Безопасности ООН ОДКБ направила письмо.",
     .expect = {NO_MEETING()}},
    {.name = "meetings: «Экстренные консультации секретарей совбезов государств ОДКБ начались в Москве»: consultations "
             "(lexicon meeting_noun) of a body's people are its session",
     .text = "Экстренные консультации секретарей совбезов государств ОДКБ начались в Москве.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .city = "Moscow", .status = "held")}},
    {.name = "meetings: «проект плана консультаций ... в 2027 году»: consultations in the genitive inside a title are "
             "no meeting noun (lexicon exact_form: «консультации» only), so the year does not date the council's session",
     .text = "В Москве состоялось заседание Постоянного совета ОДКБ. Постоянный совет продолжил рассмотрение проекта "
             "плана консультаций представителей государств - членов ОДКБ в 2027 году.",
     .expect = {HAS_MEETING(.bodies = "PC", .city = "Moscow"), NO_MEETING(.date = "2027"), MEETINGS(1)}},
    {.name = "meetings: «сессия совета безопасности ОДКБ»: the Collective Security Council by the name some officials "
             "give it, as 'CSTO Security Council' in English (data/bodies.tsv)",
     .text = "«Только что закончилась очередная сессия совета безопасности ОДКБ», - сказал журналистам Иван Петров.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held"), MEETINGS(1)}},
    {.name = "dates: 'Armenia's boycott of the Bishkek summit ... as Russia sets its 2026 agenda': a year after a "
             "possessive (lexicon possessive) qualifies the noun after it, not the summit; 'its 2027 session' dates one",
     .published = "2025-11-27",
     .text = "Today Kyrgyzstan will host the annual Summit of the CSTO in Bishkek. Armenia's boycott of the Bishkek CSTO "
             "summit highlights the bloc's fraying unity as Russia sets its 2026 agenda. The Parliamentary Assembly will "
             "hold its 2027 session in Minsk.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025-11-27", .city = "Bishkek"), NO_MEETING(.bodies = "CSC", .date = "2026"),
                HAS_MEETING(.bodies = "PA", .date = "2027", .city = "Minsk"), MEETINGS(2)}},
    {.name = "documents: a line in title case, 'CSTO Foreign Ministers' Council Meeting Holds Statement Documents Approved': "
             "capitals say nothing there, so no capitalised word before the keyword is its title",
     .text = "CSTO Foreign Ministers' Council Meeting Holds Statement Documents Approved\n"
             "The Council of Foreign Ministers of the CSTO met in Minsk on June 20, 2026.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-06-20"), NO_DOCUMENT(.title = "Meeting Holds")}},
    {.name = "documents: «были приняты принципиальные решения о том, как будут формироваться силы»: decisions about a "
             "clause are the act of deciding, no document; «подписали заявление о том, что ...» is a statement",
     .text = "Саммит ОДКБ прошел в Москве 14 июня 2026 года. В Кремле были приняты принципиальные решения о том, как будут "
             "формироваться Коллективные силы. Министры подписали заявление о том, что силы будут укреплены.",
     .expect = {NO_DOCUMENT(.type = "decision"), HAS_DOCUMENT(.type = "statement"), DOCUMENTS(.n = 1)}},
    {.name = "people: «руководитель внешнеполитического ведомства Казахстана X», «руководитель оборонного ведомства», "
             "«спикер Думы Y»: periphrases of the minister's and the speaker's titles (data/titles.tsv)",
     .text = "Председателем на Совете глав МИД ОДКБ в Алма-Ате 11 июня 2026 года является руководитель внешнеполитического "
             "ведомства Казахстана Иван Петров. Россия предложит спикера Думы Сергея Сидорова. Руководитель оборонного "
             "ведомства Армении Петр Иванов прибыл в Алма-Ату.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Minister of Foreign Affairs", .country = "kazakhstan"),
                HAS_OFFICIAL(.id = "sergej-sidorov", .title = "Speaker of the State Duma", .country = "russia"),
                HAS_OFFICIAL(.id = "petr-ivanov", .title = "Minister of Defence", .country = "armenia")}},
    {.name = "people: 'At a CSTO summit in Minsk, Belarus, Russian President X': a city's country and a comma before a "
             "country's adjective are no list of countries (a list ends with 'and'): X is Russia's",
     .text = "At a CSTO summit in Minsk, Belarus, Russian President Ivan Petrov said the talks went well.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "President", .country = "russia")}},
    {.name = "meetings: 'told a press conference following the CSTO informal meeting in Yerevan', «неформальная встреча ОДКБ»: "
             "the organisation's informal meeting (lexicon org_informal) is the heads of state's, and the speaker was at it",
     .text = "Russian President Ivan Petrov told a press conference following the CSTO informal meeting in Yerevan. "
             "Неформальная встреча ОДКБ прошла в Ереване.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Yerevan", .status = "held"), MEETINGS(1),
                PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "meetings: 'the informal meeting of the CSTO foreign ministers' names its body: no summit",
     .text = "The informal meeting of the CSTO foreign ministers took place in Yerevan.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Yerevan"), MEETINGS(1)}},
    {.name = "attendance: 'Russian Deputy Foreign Minister X redirected journalists' question about Armenia's participation in "
             "the upcoming summit': another country's part (lexicon part_noun) is not his; 'Armenia's Foreign Minister Y "
             "spoke about Armenia's participation' is Y's own",
     .text = "Russian Deputy Foreign Minister Ivan Petrov redirected journalists' question to Yerevan about Armenia's "
             "participation in the upcoming summit of the CSTO in Astana. Armenian Foreign Minister Petr Ivanov spoke "
             "about Armenia's participation in the upcoming summit of the CSTO in Astana.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Astana", .status = "planned"), NOT_PARTICIPANT(.id = "ivan-petrov"),
                PARTICIPANT(.bodies = "CSC", .id = "petr-ivanov")}},
    {.name = "attendance: «примут участие все главы государств, за исключением президента Узбекистана X»: a Russian "
             "negator (lexicon negator) before the title leaves X out",
     .text = "Ожидается, что в неформальном саммите ОДКБ в Астане примут участие все главы государств, за исключением "
             "президента Узбекистана Ивана Петрова. Президент России Петр Иванов вылетел в Астану для участия в саммите.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Astana", .status = "planned"), NOT_PARTICIPANT(.id = "ivan-petrov")}},
    {.name = "attendance: «..., сообщил ИА Новости-Казахстан пресс-секретарь МИД Казахстана X»: an outlet with a hyphen in "
             "its name between the verb and the speaker; X speaks to the press, he does not go",
     .text = "Президент России Петр Иванов вылетел в Астану для участия в неформальном саммите ОДКБ, который пройдет в "
             "пятницу, сообщил ИА Новости-Казахстан пресс-секретарь МИД Казахстана Иван Петров.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Astana", .status = "planned"), PARTICIPANT(.bodies = "CSC", .id = "petr-ivanov"),
                NOT_PARTICIPANT(.id = "ivan-petrov")}},
    {.name = "meetings: 'On November 30, the CSTO countries held the 13th parliamentary assembly in an online format': a "
             "body right after a verb of holding (lexicon held_body), past 'the' and an ordinal, met",
     .published = "2026-12-21",
     .text = "On November 30, the CSTO countries held the 13th parliamentary assembly in an online format. Later the CSTO "
             "held its fifth Collective Security Council in Minsk on December 10.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2026-11-30", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-12-10", .city = "Minsk", .status = "held")}},
    {.name = "assembly: a day without a year named twice for one body, by video once («состоится 3 июня в формате "
             "видеоконференции ... предстоящего 3 июня заседания СМИД»), no date of publication: one meeting, by video",
     .published = "",
     .text = "Совет министров иностранных дел ОДКБ состоится 3 июня в формате видеоконференции. Вопросы безопасности "
             "будут рассматриваться в ходе предстоящего 3 июня заседания СМИД ОДКБ, сказал генеральный секретарь.",
     .expect = {HAS_MEETING(.bodies = "CFM", .format = "video", .status = "planned"), MEETINGS(1)}},
    {.name = "places: 'the Kyrgyz ambassador to Minsk' is a posting (a title right before 'to'), not where the summit "
             "meets",
     .headline = "President to sign the agreement at the CSTO summit in Bishkek",
     .text = "The Kyrgyz ambassador to Minsk told reporters yesterday that the president planned to take part in the "
             "summit.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Bishkek"), NO_MEETING(.city = "Minsk"), MEETINGS(1)}},
    {.name = "people: 'the Russian President Prize Horse Race' is an event named for an office, not a person (lexicon "
             "notname: prize, race, cup, award ...); 'Russian President Ivan Petrov' still is one",
     .text = "In July, the Belarusian leader refused to go to Moscow for the Russian President Prize Horse Race, an "
             "informal summit. Russian President Ivan Petrov will attend the CSTO summit in Bishkek.",
     .expect = {NO_OFFICIAL(.name = "Prize Horse Race"), HAS_OFFICIAL(.id = "ivan-petrov", .title = "President",
                .country = "russia")}},
    {.name = "people: «с президентом Украины Петром Ивановым и Киргизии Иваном Петровым»: a title with its country in the "
             "genitive, then «и», another country and a name: the same title for that country",
     .text = "Президент России Олег Сидоров проведет двусторонние встречи с президентом Украины Петром Ивановым и "
             "Киргизии Иваном Петровым в ходе сессии СКБ ОДКБ в Москве.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "President", .country = "kyrgyzstan"),
                HAS_OFFICIAL(.id = "petr-ivanov", .title = "President", .country = "ukraine")}},
    {.name = "documents: a body's or the CSTO's name before a lower-case keyword ('including a Collective Security "
             "Council declaration', 'a CSTO statement') is the document's owner, part of its title; 'the CSC plans to sign' "
             "is still a verb, another organisation's ('an SCO declaration') still none",
     .text = "The CSTO summit in Bishkek concluded with the leaders signing 16 documents, including a Collective Security "
             "Council declaration and a CSTO statement on drug trafficking. The leaders also adopted an SCO declaration. "
             "The CSC plans to sign an agreement on training officers next year.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "adopted", .title = "Collective Security Council declaration"),
                HAS_DOCUMENT(.type = "statement", .title = "CSTO statement on drug trafficking"),
                NO_DOCUMENT(.title = "SCO"), NO_DOCUMENT(.title = "CSC plan")}},
    {.name = "bodies: 'the Committee of the secretaries' (a wrong council after it) is the CSSC, as 'Committee of "
             "Secretaries' was, in a joint session with the two councils",
     .text = "Before the summit, a joint session of the Councils of Foreign Ministers and of the Defence Ministers and the "
             "Committee of the secretaries of the CSTO Defence Council took place in Minsk on Monday.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Minsk", .status = "held")}},
    {.name = "documents: 'the summit made a decision on the structure of the headquarters' (lexicon decide ending with the "
             "keyword) is a decision adopted; its title ends before 'according to' (lexicon doc_stop); 'took a decision to "
             "hold the next summit' stays the act of deciding",
     .text = "The CSTO summit in Dushanbe made a decision on the structure of the military headquarters according to the "
             "Charter on Monday. The leaders took a decision to hold the next summit in Minsk.",
     .expect = {HAS_DOCUMENT(.type = "decision", .status = "adopted", .title = "decision on the structure of the military headquarters"),
                NO_DOCUMENT(.title = "according"), NO_DOCUMENT(.title = "next summit"), DOCUMENTS(.n = 1)}},
    {.name = "attendance: 'President X - who is in Moscow to take part in the session - also met with Prime Minister Y': "
             "the session named only in an aside on X (who, after a dash or a comma right after his name) is X's, not Y's",
     .text = "The CSTO leaders met in the Kremlin on Tuesday for a jubilee session of the Collective Security Council. "
             "Armenian President Petr Ivanov - who is in Moscow to take part in the jubilee session - also met with Russian "
             "Prime Minister Ivan Petrov on Tuesday to discuss trade.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "petr-ivanov"), NOT_PARTICIPANT(.id = "ivan-petrov")}},
    {.name = "attendance: 'the security chiefs, among them Armenian Defense Minister X and Y, did not discuss ...': a body's "
             "people, a comma and lexicon among_them, then names: each took part in that body's meeting named last",
     .headline = "Security Chiefs Meet In Yerevan",
     .text = "The CSTO security chiefs met in Yerevan on Tuesday. Ivanov said that the security chiefs, among them Armenian "
             "Defense Minister Petr Ivanov and Belarusian State Secretary Oleg Sidorov, did not discuss the elections.",
     .expect = {PARTICIPANT(.bodies = "CSSC", .id = "petr-ivanov"), PARTICIPANT(.bodies = "CSSC", .id = "oleg-sidorov")}},
    {.name = "meetings: 'BISHKEK, May 27 (Reuters) - The CSTO foreign ministers signed a statement': a body's people adopting "
             "a document in the first paragraph under a dateline that gives a day met (adopting_people, dateline_day_lede)",
     .published = "",
     .text = "BISHKEK, May 27 (Reuters) - The CSTO foreign ministers signed a statement on Syria.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Bishkek", .status = "held"),
                HAS_DOCUMENT(.type = "statement", .title = "statement on Syria")}},
    {.name = "meetings: «Главы МИД стран-участниц ОДКБ подписали заявление», then «На совместном заседании /глав МИД, министров "
             "обороны и секретарей Советов безопасности/»: the joint session of the people of three bodies is its own "
             "meeting, not the ministers' one named before",
     .published = "",
     .text = "БИШКЕК, 27 мая. /ИТАР-ТАСС/. Главы МИД стран-участниц ОДКБ подписали заявление о Сирии. \"На совместном "
             "заседании /глав МИД, министров обороны и секретарей Советов безопасности/ рассмотрены задачи\", - отметил "
             "министр.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Bishkek", .status = "held"),
                HAS_MEETING(.bodies = "CDM+CFM+CSSC", .status = "held"), MEETINGS(2)}},
    {.name = "documents: «в итоговой декларации содержится ...», 'the final declaration of the summit contains ...': the "
             "meeting's own closing document (lexicon final_mod) is adopted there with no verb of adoption",
     .text = "В Москве прошел саммит ОДКБ. По словам президента, в итоговой декларации саммита содержится оценка событий. "
             "The final declaration of the summit contains an assessment of the events, he said.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "adopted", .title = "итоговая декларация"),
                HAS_DOCUMENT(.type = "declaration", .status = "adopted", .title = "final declaration of the summit")}},
    {.name = "meetings: 'refused to show up at the June 14 meeting in Moscow' after the summit in focus: a day before the "
             "noun (no count: counted) and a place after it name another meeting of those bodies; 'refused to show up' is "
             "an absence (lexicon absent)",
     .published = "2026-07-31",
     .text = "The CSTO leaders meet on Friday in Cholpon-Ata for an informal summit. The idea had a difficult birth when "
             "the President of Belarus Petr Ivanov refused to show up at the June 14 meeting in Moscow to sign the document.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-06-14", .city = "Moscow", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .city = "Cholpon-Ata"), NOT_PARTICIPANT(.id = "petr-ivanov")}},
    {.name = "meetings: 'The CSTO summit, an informal meeting of the leaders of the CIS and the EurAsEC summit will be held in "
             "St. Petersburg on December 6': a summit whose words name the CSTO is the CSTO's, whatever other organisations' "
             "meetings the sentence names",
     .published = "2026-11-24",
     .text = "The CSTO summit, an informal meeting of the leaders of the CIS and, probably, the EurAsEC summit will be held "
             "in St. Petersburg on December 6, the Kremlin said.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-12-06", .city = "Saint Petersburg", .status = "planned"),
                MEETINGS(1)}},
    {.name = "people: 'X, press secretary of Armenian Parliament Speaker Y', 'Z, an aide to Russian President W': the office "
             "served after 'of', 'for' or 'to' is another title with its own name: X holds the first (with the served "
             "office's country), Y the second; 'an aide to Russian President W' is W the President's aide, W the President",
     .text = "Anna Petrova, press secretary of Armenian Parliament Speaker Petr Ivanov, said the delegation would not go to "
             "the CSTO PA session. An aide to Russian President Ivan Sidorov said the session would open on Monday.",
     .expect = {HAS_OFFICIAL(.id = "anna-petrova", .title = "Press secretary", .country = "armenia"),
                HAS_OFFICIAL(.id = "petr-ivanov", .title = "Parliament Speaker", .country = "armenia"),
                HAS_OFFICIAL(.id = "ivan-sidorov", .title = "President", .country = "russia")}},
    {.name = "meetings: «проекты решений, которые будут рассмотрены Советом коллективной безопасности ОДКБ 28 ноября», 'drafts "
             "that will be considered by the Collective Security Council on November 28': a body after a participle of "
             "deliberation (in Russian in the instrumental, no 'by'), its day named, meets",
     .published = "21.06.2026",
     .text = "Министры одобрят несколько проектов решений, которые будут рассмотрены Советом коллективной безопасности ОДКБ "
             "28 ноября. The ministers also approved drafts that will be considered by the Council of Defence Ministers on "
             "November 27.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-28", .status = "planned"),
                HAS_MEETING(.bodies = "CDM", .date = "2026-11-27", .status = "planned")}},
    {.name = "documents: «утвердили стратегию коллективной безопасности ОДКБ до 2025 года по итогам саммита в Ереване»: "
             "«по итогам», «по результатам» (lexicon doc_stop) end a title; what follows says when it was adopted",
     .text = "Лидеры государств ОДКБ утвердили стратегию коллективной безопасности ОДКБ до 2035 года по итогам саммита в "
             "Ереване.",
     .expect = {HAS_DOCUMENT(.type = "other", .status = "adopted", .title = "стратегия коллективной безопасности ОДКБ до 2035 года"),
                NO_DOCUMENT(.title = "итогам")}},
    {.name = "documents: 'signed a formal declaration approving the campaign, it did not mention ...': a comma and a subject "
             "pronoun (lexicon doc_stop) end a title",
     .text = "The CSTO summit was held in Moscow on Tuesday. Although the member states signed a formal declaration approving "
             "the peacekeeping campaign, it did not mention the recognition of the territories.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "adopted", .title = "declaration approving the peacekeeping campaign"),
                NO_DOCUMENT(.title = "mention")}},
    {.name = "people: 'X, Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan': a second title joined by 'and' "
             "gives the country of both",
     .text = "The CSTO Council of Foreign Ministers convened in Almaty under the chairmanship of Petr Ivanov, Deputy Prime "
             "Minister and Minister of Foreign Affairs of Kazakhstan.",
     .expect = {HAS_OFFICIAL(.id = "petr-ivanov", .title = "Deputy Prime Minister", .country = "kazakhstan")}},
    {.name = "meetings: 'will attend the informal summit on July 31 ... In June, X refused to attend the summit where ...' in a "
             "report that gives no year: the month alone tells the two summits apart",
     .published = "",
     .text = "Petr Ivanov will attend the informal CSTO summit in Bishkek on July 31. In June, Ivanov refused to attend "
             "the CSTO summit where the documents on the rapid reaction force were signed.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), HAS_MEETING(.bodies = "CSC", .status = "held"),
                MEETINGS(2)}},
    {.name = "meetings: «примет участие в саммите ОДКБ 31 июля ... Напомним, в июне он отказался участвовать в саммите ОДКБ, "
             "где были подписаны документы» with no year anywhere: two summits, not one",
     .published = "",
     .text = "Президент Петр Иванов примет участие в неформальном саммите ОДКБ в Бишкеке 31 июля. Напомним, в июне Иванов "
             "отказался участвовать в саммите ОДКБ, где были подписаны документы о создании сил.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), HAS_MEETING(.bodies = "CSC", .status = "held"),
                MEETINGS(2)}},
    {.name = "status: 'X refused to attend the CSTO summit in Minsk' (lexicon refused_to before 'to attend'): the refusal's "
             "past tense, a summit held; 'X will attend' stays to come",
     .text = "President Ivan Sidorov refused to attend the CSTO summit in Minsk. Petr Ivanov will attend the CSTO "
             "Council of Foreign Ministers session in Astana.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk", .status = "held"),
                HAS_MEETING(.bodies = "CFM", .city = "Astana", .status = "planned")}},
    {.name = "documents: «соглашение тогда не подписал Узбекистан»: «тогда» (lexicon doc_stop) ends a title, and a bare "
             "keyword is no document",
     .text = "Саммит ОДКБ прошел в Москве 14 июня. Помимо Беларуси, соглашение тогда не подписал Узбекистан.",
     .expect = {NO_DOCUMENT(.title = "тогда"), DOCUMENTS(.n = 0)}},
    {.name = "people: «Генеральный секретарь Организации договора по коллективной безопасности (ОДКБ) X»: the name as outlets "
             "often misspell it («по» for «о», orgs.tsv) is still the CSTO",
     .text = "Генеральный секретарь Организации договора по коллективной безопасности (ОДКБ) Петр Иванов проводит "
             "консультации с секретарями советов безопасности.",
     .expect = {HAS_OFFICIAL(.id = "petr-ivanov", .title = "Secretary General")}},
    {.name = "dates: 'met on the occasion of the 20th anniversary of Treaty, signed on May 15, 1992, in Tashkent': what an "
             "anniversary counts from was signed then and there, not the meeting",
     .published = "16.05.2012",
     .text = "The CSTO leaders met in the Kremlin on the occasion of the 20th anniversary of Treaty, signed on May 15, 1992, "
             "in Tashkent.",
     .expect = {NO_MEETING(.date = "1992-05-15"), NO_MEETING(.city = "Tashkent")}},
    {.name = "meetings: 'according to the declaration adopted yesterday by the CSTO leaders in Moscow': people a document was "
             "adopted by on a day (between the verb and 'by') met, whatever the sentence says was said",
     .published = "16.05.2012",
     .text = "The CSTO confirmed its position on the conflict, according to the declaration adopted yesterday by the CSTO "
             "leaders in Moscow.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2012-05-15", .city = "Moscow", .status = "held")}},
    {.name = "meetings: 'the gathering of CSTO foreign and defense ministers and secretaries of the organization's security "
             "councils in Moscow' (bodies.tsv): one joint meeting of the three",
     .published = "16.05.2012",
     .text = "Discussions were expected during the gathering of CSTO foreign and defense ministers and secretaries of the "
             "organization's security councils in Moscow this week.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Moscow"), MEETINGS(1)}},
    {.name = "attendance: 'X informed Y about preparations for the Minsk-based CSTO summit' (lexicon prepare_for up to eight "
             "words before the meeting): the summit is what is prepared, not one Y takes part in",
     .text = "The CSTO summit will take place in Minsk on 23 September. Secretary General Ivan Sidorov informed President "
             "of Belarus Petr Ivanov about preparations for the Minsk-based CSTO summit in detail.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk", .status = "planned"), NOT_PARTICIPANT(.id = "petr-ivanov")}},
    {.name = "attendance: 'X, at a meeting with his Armenian counterpart Y on September 2', «на встрече с армянским коллегой "
             "Y»: talks with one counterpart (lexicon counterpart), not the council's session",
     .text = "The CSTO heads of state will meet in Moscow on Friday. Russian President Ivan Sidorov, at a meeting with his "
             "Armenian counterpart Petr Ivanov on September 2, discussed the situation. Президент Казахстана Олег Смирнов на "
             "встрече с киргизским коллегой Антоном Орловым 3 сентября обсудил ситуацию.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "planned"), NOT_PARTICIPANT(.id = "ivan-sidorov"),
                NOT_PARTICIPANT(.id = "petr-ivanov"), NOT_PARTICIPANT(.id = "oleg-smirnov"),
                NOT_PARTICIPANT(.id = "anton-orlov")}},
    {.name = "attendance: «Казахстан представил Председатель Мажилиса X» (a country, then lexicon represented_by): X took "
             "part in the session of the report",
     .text = "В заседании Парламентской ассамблеи ОДКБ приняли участие спикеры парламентов шести стран. Парламентарии "
             "обсудили проект программы. Казахстан представил Председатель Мажилиса Петр Иванов.",
     .expect = {PARTICIPANT(.bodies = "PA", .id = "petr-ivanov")}},
    {.name = "people: «с киргизским коллегой Игорем Орловым»: a soft stem's instrumental -ем gives back -ь (Игорь), not a "
             "cut stem (Игор); a hard stem's -ом is cut (Орлов)",
     .text = "Президент Казахстана Олег Смирнов встретился в Минске с киргизским коллегой Игорем Орловым.",
     .expect = {HAS_OFFICIAL(.id = "igor-orlov", .country = "kyrgyzstan"), NO_OFFICIAL(.name = "Игор Орлов")}},
    {.name = "documents: 'The package includes decisions on creating the CSTO air force' (lexicon doc_container before "
             "composed_of): a package's documents, still to be adopted at the summit to come",
     .text = "The CSTO summit will take place in Sochi on 23 September. The presidents are expected to discuss a package of "
             "documents. The package includes decisions on creating the CSTO air force.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Sochi", .status = "planned"),
                HAS_DOCUMENT(.type = "decision", .status = "planned", .title = "creating the CSTO air force")}},
    {.name = "documents: 'made a decision on the components of the headquarters on Monday' in a report with no date of its "
             "own: the weekday still ends the title",
     .published = "",
     .text = "The Dushanbe summit of the CSTO made a decision on the main components of the military headquarters on "
             "Monday, he said.",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "decision on the main components of the military headquarters"),
                NO_DOCUMENT(.title = "Monday")}},
    {.name = "attendance: «Министр обороны Армении X проинформирует СМО ОДКБ о проведении учений» (lexicon brief_verb, then "
             "the body's own name): X speaks at the session of that body named last",
     .text = "3 июня в Астане состоится заседание Совета министров обороны ОДКБ. Министр обороны Армении Петр Иванов "
             "проинформирует СМО ОДКБ о проведении совместных учений.",
     .expect = {PARTICIPANT(.bodies = "CDM", .id = "petr-ivanov")}},
    {.name = "attendance: 'At the final briefing, X confirmed that Armenia did not sign two documents' (lexicon final_mod, "
             "then press_event): who speaks at the held meeting's closing briefing was there",
     .text = "The CSTO summit was held in Yerevan on Wednesday. At the final briefing, Ivan Sidorov, the CSTO Secretary "
             "General, confirmed that Armenia did not sign two documents.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-sidorov")}},
    {.name = "attendance: «Президент Армении X на итоговом брифинге для СМИ проинформировал, что на саммите принят ряд "
             "документов»: telling of the summit at its closing briefing is having been there",
     .text = "Саммит ОДКБ прошел в Ереване в среду. Президент Армении Петр Иванов на итоговом брифинге для представителей "
             "СМИ проинформировал, что на саммите принят ряд серьезных документов.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "petr-ivanov")}},
    {.name = "meetings: 'X said that the leaders of CSTO nations signed a declaration on Friday condemning ...': a day within "
             "the adoption's words after the people (not after the verb of speech) is their session's",
     .published = "05.09.2008",
     .text = "Ivan Sidorov, the Russian president, said that the leaders of CSTO nations signed a declaration on Friday "
             "condemning the attack.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2008-09-05", .status = "held")}},
    {.name = "meetings: 'the leaders of CSTO nations signed a declaration, X said on Friday': the day is when it was said, "
             "no session is dated by it",
     .published = "05.09.2008",
     .text = "The leaders of CSTO nations signed a declaration condemning the attack, Ivan Sidorov said on Friday.",
     .expect = {NO_MEETING(.date = "2008-09-05")}},
    {.name = "meetings: 'in a statement after a meeting here of member states' national security advisors' (bodies.tsv CSSC "
             "people): a session of the security council secretaries, in the dateline's city",
     .published = "14.06.2010",
     .text = "Moscow: The CSTO today said the authorities are not doing enough, in a statement after a meeting here of "
             "member states' national security advisors.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .city = "Moscow", .status = "held")}},
    {.name = "dates: 'There is no wording “the aggression against Armenia on September 13-14” in the final message of the "
             "summit': a date inside a quotation that does not hold the meeting is of the words quoted",
     .published = "29.10.2022",
     .text = "An emergency session of the CSTO Collective Security Council was held via video-conference on October 28. "
             "There is no wording \u201cthe aggression against Armenia on September 13-14\u201d in the final message "
             "following the results of the summit.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-10-28"), NO_MEETING(.date = "2022-09-13"), MEETINGS(1)}},
    {.name = "documents: «рассмотрят проекты решений СМИД о Перечне тем ..., об изменениях в Положение о ... и о Плане ...»: "
             "a body's name between the keyword and its items is of every item, one decision each",
     .text = "Заседание СМИД ОДКБ пройдет в Минске 17 июля. Участники рассмотрят проекты решений СМИД о Перечне тем "
             "совместных заявлений, об изменениях в Положение о рабочей группе по Афганистану и о Плане консультаций по "
             "внешней политике.",
     .expect = {HAS_DOCUMENT(.type = "decision", .status = "planned", .title = "решение СМИД о Перечне тем совместных заявлений"),
                HAS_DOCUMENT(.type = "decision", .title = "решение СМИД об изменениях в Положение о рабочей группе"),
                HAS_DOCUMENT(.type = "decision", .title = "решение СМИД о Плане консультаций по внешней политике"),
                DOCUMENTS(.n = 3)}},
    {.name = "meetings: 'to attend the summits of the Eurasian Economic Community and the CSTO', «для участия в саммитах ЕврАзЭС "
             "и ОДКБ»: another organisation's name joined by 'and' to the CSTO's; the CSTO's summit is one of them",
     .published = "",
     .text = "Президент Таджикистана Петр Иванов приедет в Москву для участия в саммитах Евразийского экономического "
             "сообщества и Организации Договора о коллективной безопасности, намеченных на 4-5 февраля.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "planned"), PARTICIPANT(.bodies = "CSC", .id = "petr-ivanov")}},
    {.name = "meetings: 'to attend the summits of the Eurasian Economic Community and the Collective Security Treaty "
             "Organization' (English): the CSTO's summit is one of them",
     .published = "",
     .text = "Tajik President Ivan Sidorov will come to Moscow to attend the summits of the Eurasian Economic Community and "
             "the Collective Security Treaty Organization, scheduled for February 4-5.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "planned")}},
    {.name = "documents: '“The package of documents includes the agreement on A and the resolution of the Council ...”, a "
             "representative said': a keyword joined by 'and' to the package's first document is one of its documents, "
             "inside the quotation too",
     .text = "The CSTO summit was held in Moscow on June 14. \u201cThe package of documents includes the agreement on the "
             "rapid reaction force and the resolution of the CSTO Collective Security Council on its composition,\u201d a "
             "representative of the Secretariat said.",
     .expect = {HAS_DOCUMENT(.type = "agreement", .title = "agreement on the rapid reaction force"),
                HAS_DOCUMENT(.type = "decision", .title = "resolution of the CSTO Collective Security Council")}},
    {.name = "documents: 'The summit approved its blueprint, including a collective security strategy', 'the summit adopted a "
             "new declaration': lower-case words between the article of an adoption and a bare lower-case keyword are its "
             "title's, in a sentence that names the meeting",
     .text = "The CSTO summit was held in Yerevan on Friday. The summit approved its development blueprint, including a "
             "collective security strategy. The summit also adopted a new declaration.",
     .expect = {HAS_DOCUMENT(.type = "other", .status = "adopted", .title = "collective security strategy"),
                HAS_DOCUMENT(.type = "declaration", .title = "new declaration")}},
    {.name = "documents: 'Armenia has intensified its ties with the United States, signing a strategic partnership charter "
             "earlier this year': a sentence that names no meeting gives a bare keyword no title, and no document",
     .text = "The CSTO summit was held in Bishkek on Friday. Armenia has intensified its ties with the United States, "
             "signing a strategic partnership charter earlier this year.",
     .expect = {NO_DOCUMENT(.title = "charter")}},
    {.name = "meetings: 'The session was attended by all heads of member states, including A and B' (bodies.tsv CSC people "
             "with no article): the heads of state's session, theirs to attend",
     .text = "The session was attended by all heads of member states, including Belarus' Ivan Sidorov and Kazakhstan's "
             "Petr Ivanov.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held"), PARTICIPANT(.bodies = "CSC", .id = "ivan-sidorov"),
                PARTICIPANT(.bodies = "CSC", .id = "petr-ivanov")}},
    {.name = "dates: a report with no date of its own: 'In Dushanbe on Wednesday ... a joint meeting ... was held ... the "
             "agenda for tomorrow (September 16, 2021) meeting of the Collective Security Council': the relative day said "
             "with its full date gives the report's day, and so Wednesday's",
     .published = "",
     .text = "DUSHANBE: In Dushanbe on Wednesday, a joint meeting of the Council of Foreign Ministers, the Council of "
             "Defense Ministers and the Committee of Secretaries of Security Councils was held. The ministers approved "
             "the agenda for tomorrow (September 16, 2021) meeting of the Collective Security Council.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2021-09-15", .city = "Dushanbe", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2021-09-16", .status = "planned")}},
    {.name = "dates: «Завтра, 16 сентября 2021 года, в Душанбе пройдет сессия СКБ ... Накануне, в среду, министры провели "
             "совместное заседание»: the report's day from «завтра» and its date",
     .published = "",
     .text = "Завтра, 16 сентября 2021 года, в Душанбе пройдет сессия Совета коллективной безопасности ОДКБ. Сегодня "
             "министры иностранных дел ОДКБ провели заседание в Душанбе.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2021-09-16", .status = "planned"),
                HAS_MEETING(.bodies = "CFM", .date = "2021-09-15", .status = "held")}},
    {.name = "meetings: «Россия удовлетворена заявлением совета глав МИД ОДКБ ... Об этом заявил глава МИД РФ X по итогам "
             "заседания» (bodies.tsv «Совет глав МИД»): a bare meeting noun with no meeting named before, after a sentence "
             "that names one body, is that body's session",
     .published = "28.08.2008",
     .text = "Россия удовлетворена заявлением совета глав МИД ОДКБ по ситуации в регионе. Об этом заявил сегодня глава МИД "
             "РФ Петр Иванов по итогам заседания.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2008-08-28", .status = "held"), PARTICIPANT(.bodies = "CFM", .id = "petr-ivanov")}},
    {.name = "meetings: «встреча генсека ОДКБ с председателем Парламентской ассамблеи ОДКБ X. В ходе переговоров ...»: a "
             "body named in an office is no session to refer back to",
     .published = "14.10.2025",
     .text = "В Москве 13 октября состоялась встреча генерального секретаря ОДКБ Петра Иванова с председателем "
             "Парламентской ассамблеи ОДКБ Иваном Сидоровым. В ходе переговоров стороны обменялись мнениями.",
     .expect = {NO_MEETING(.bodies = "PA")}},
    {.name = "people: 'Sidorov, Ivanov, Orlov and other CSTO leaders met in Moscow', «Сидоров, Иванов, Орлов и остальные лидеры "
             "стран ОДКБ встретились в Москве» (lexicon other_of_them, then a plural title; titles.tsv 'leaders'): each name "
             "holds the title, and takes part",
     .text = "Sidorov, Ivanov, Orlov and other CSTO leaders met in Moscow on Monday. Смирнов, Петров, Зайцев и остальные "
             "лидеры стран ОДКБ встретились в Минске во вторник.",
     .expect = {HAS_OFFICIAL(.id = "ivanov", .title = "Leader"), PARTICIPANT(.bodies = "CSC", .id = "sidorov"),
                PARTICIPANT(.bodies = "CSC", .id = "orlov"), HAS_OFFICIAL(.id = "petrov", .title = "Leader"),
                PARTICIPANT(.bodies = "CSC", .id = "zajcev")}},
    {.name = "status: «Принятия документов по итогам внеочередной сессии СКБ ОДКБ, запланированной на 10 января, не "
             "планируется»: a participle of planning right after the mention (lexicon planned_verb) keeps it to come, "
             "whatever its results are said to be",
     .published = "",
     .text = "Принятия каких-либо документов по итогам внеочередной сессии Совета коллективной безопасности ОДКБ, "
             "запланированной на 10 января, на данный момент не планируется, сообщил пресс-секретарь Петр Иванов.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NO_MEETING(.status = "held")}},
    {.name = "attendance: «Президент Белоруссии X решил бойкотировать его» (lexicon absent, Russian «бойкотировать» as "
             "English 'boycott'): boycotting is no taking part",
     .text = "Саммит ОДКБ прошел в Москве 14 июня. Президент Белоруссии Петр Иванов решил бойкотировать его в ответ на "
             "запрет поставок молочной продукции.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow"), NOT_PARTICIPANT(.id = "petr-ivanov")}},
    {.name = "meetings: 'The member states of the CSTO have supported efforts to convene a peace conference on Syria ... support "
             "the efforts to convene an international conference': a peace or international conference (lexicon "
             "other_summit) is no session of the bloc's people",
     .headline = "CSTO states support efforts to convene a peace conference on Syria",
     .published = "23.09.2013",
     .text = "MOSCOW: The member states of the CSTO have supported efforts to convene a peace conference on Syria.\n"
             "\u201cThe CSTO member states support the efforts to convene an international conference on reconciliation in "
             "Syria,\u201d the CSTO leaders said in a joint statement.",
     .expect = {NO_MEETING(.country = "syria")}},
    {.name = "meetings: «27 ноября в Бишкек прибудут главы ведомств для участия в работе СМИД, СМО и КССБ», 'to take part in "
             "the work of the Council of Foreign Ministers, the Council of Defence Ministers and the Committee of "
             "Secretaries' (lexicon work_of): the bodies listed hold one joint session",
     .published = "24.11.2025",
     .text = "27 ноября в Бишкек прибудут главы ведомств для участия в работе Совета министров иностранных дел, Совета "
             "министров обороны и Комитета секретарей советов безопасности.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2025-11-27", .city = "Bishkek", .status = "planned"),
                MEETINGS(1)}},
    {.name = "people: a headline in title case, '... Back Idea to Hold Online Summit of CSTO Leaders Soon', above a caption "
             "'Flags of the member states': 'Soon Flags' is no name after the plural title (lexicon notname: soon, flags)",
     .text = "The president declared a state of emergency.\nKremlin: Presidents Back Idea to Hold Online Summit of CSTO "
             "Leaders Soon\nFlags of the member states of the SCO, CSTO, CIS and EurAsEC.\nMOSCOW (Sputnik) - The Kremlin "
             "said that the presidents backed the idea of a CSTO summit by video in the coming days.",
     .expect = {NO_OFFICIAL(.name = "Flags"), NO_OFFICIAL(.name = "Soon")}},
    {.name = "meetings: «Президент России A, Президент Белоруссии B, Президент Казахстана C и Президент Киргизии D встретились в "
             "узком составе»: four holders of the heads of state's title (titles.tsv body) before a meeting verb hold the "
             "heads of state's session, and take part",
     .text = "Президент России Иван Сидоров, Президент Белоруссии Петр Иванов, Президент Казахстана Олег Смирнов и "
             "Президент Киргизии Павел Орлов встретились в узком составе.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held"), PARTICIPANT(.bodies = "CSC", .id = "ivan-sidorov"),
                PARTICIPANT(.bodies = "CSC", .id = "oleg-smirnov")}},
    {.name = "meetings: 'Russian President A and Belarusian President B met in Sochi', 'the Presidents of Russia, Azerbaijan and "
             "Armenia met': two leaders, or one of a country outside the bloc, hold talks of their own, no session",
     .text = "Russian President Ivan Sidorov and Belarusian President Petr Ivanov met in Sochi on Monday. Russian President "
             "Ivan Sidorov, Azerbaijani President Oleg Smirnov and Armenian President Pavel Orlov met in Moscow.",
     .expect = {NO_MEETING(.bodies = "CSC")}},
    {.name = "documents: «Главы МИД приняли два совместных заявления: о мерах по обеспечению безопасности ... и о недопустимости "
             "...»: the items after a colon, parted by «и» as after the keyword, one statement each",
     .text = "Заседание СМИД ОДКБ прошло в Минске 17 июля. Главы дипломатических ведомств приняли целых два совместных "
             "заявления: о мерах по обеспечению безопасности в информационном пространстве и о недопустимости "
             "осквернения памяти воинов-освободителей.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "о мерах по обеспечению безопасности в информационном пространстве"),
                HAS_DOCUMENT(.type = "statement", .title = "о недопустимости осквернения памяти воинов-освободителей"),
                DOCUMENTS(.n = 2)}},
    {.name = "dates: «27 ноября в столице Кыргызстана состоится серия заседаний уставных органов ОДКБ. В Бишкек прибудут главы "
             "ведомств для участия в работе СМИД, СМО и КССБ. Также запланирована сессия СКБ.» (lexicon meeting_series): "
             "the sessions named next with no day of their own are of the series' day",
     .published = "24.11.2025",
     .text = "27 ноября в столице Кыргызстана состоится серия заседаний уставных органов ОДКБ. В Бишкек прибудут главы "
             "ведомств для участия в работе Совета министров иностранных дел, Совета министров обороны и Комитета "
             "секретарей советов безопасности. Также запланирована сессия Совета коллективной безопасности.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2025-11-27", .city = "Bishkek", .status = "planned"),
                HAS_MEETING(.bodies = "CSC", .date = "2025-11-27", .status = "planned")}},
    {.name = "meetings: 'Today's meeting of the Collective Security Treaty Organization in Moscow revealed ...', no meeting named "
             "before and no body in the sentence: the organisation's meeting is the heads of state's; 'the joint meeting of "
             "the CSTO ..., bringing together the Council of Foreign Ministers, ...' stays the councils'",
     .published = "16.05.2022",
     .text = "Today's meeting of the Collective Security Treaty Organization (CSTO) in Moscow revealed the differences of its "
             "members.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-05-16", .city = "Moscow", .status = "held")}},
    {.name = "dates: a page's update stamp ('Updated at 14:52,24-02-2021') over a text that names no year at all: its days have "
             "no year (not the stamp's)",
     .headline = "Leader goes to the summit",
     .published = "Updated at 14:52,24-02-2021",
     .text = "The CSTO summit was held in Moscow on June 14 without the Belarusian leader.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "held"), NO_MEETING(.date = "2020-06-14")}},
    {.name = "meetings: 'Foreign Minister X said ... \"The decision has been made,\" X told a news conference after meeting his "
             "CSTO counterparts' (lexicon counterparts: 'meeting his CSTO counterparts'): the session of the body whose title "
             "the speaker holds, named before, and he takes part",
     .text = "Russia and its fellow members of the CSTO have agreed to set up peacekeeping forces, Foreign Minister Ivan "
             "Sidorov said on Wednesday. \"The decision has been made,\" Sidorov told a news conference after meeting his "
             "CSTO counterparts.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "held"), PARTICIPANT(.bodies = "CFM", .id = "ivan-sidorov")}},
    {.name = "meetings: 'Russia has won the support ... during a meeting of member countries of the Collective Security Treaty "
             "Organisation (CSTO) in Moscow': the organisation's members' meeting, nothing else named, is the heads of state's",
     .published = "05.09.2008",
     .text = "Russia has won the support of six former Soviet nations over its war during a meeting of member countries of the "
             "Collective Security Treaty Organisation (CSTO) in Moscow.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "held")}},
    {.name = "documents: 'adopted a declaration containing their consolidated position on the events in the Caucasus': after a "
             "participle (lexicon doc_starter in -ing) a pronoun is the title's word, not the end of it as after 'on its'",
     .text = "At the Moscow summit on Tuesday, the CSTO leaders adopted a declaration containing their consolidated position "
             "on the events in the Caucasus.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .title = "declaration containing their consolidated position")}},
    {.name = "meetings: 'The CSTO Committee of Secretaries of Security Councils will meet': the committee's whole name after "
             "'CSTO', not a short name 'CSTO Committee of Secretaries' that leaves 'of Security Councils' between it and "
             "its verb (data/bodies.tsv)",
     .published = "7 June 2026",
     .text = "The CSTO Committee of Secretaries of Security Councils will meet in Astana on June 9.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .date = "2026-06-09", .city = "Astana", .status = "planned"), MEETINGS(1)}},
    {.name = "meetings: «Заседания комитета проходят каждый год наряду с заседаниями СМИД и СМО накануне сессии СКБ»: how "
             "often the bodies meet (lexicon frequency) in a sentence naming no date is no one meeting",
     .published = "7 июня 2026",
     .text = "Секретарь Совбеза Армении Артур Мовсесян примет участие в заседании Комитета секретарей советов безопасности "
             "ОДКБ в Ереване 9 июня. Заседания комитета проходят каждый год наряду с заседаниями Совета министров "
             "иностранных дел и Совета министров обороны накануне сессии Совета коллективной безопасности.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .date = "2026-06-09", .city = "Yerevan"), MEETINGS(1)}},
    {.name = "meetings: 'The councils of foreign and defence ministers meet every year on the eve of the summit': how often "
             "the bodies meet, in a sentence naming no date, is no one meeting",
     .published = "7 June 2026",
     .text = "The CSTO Parliamentary Assembly will meet in Yerevan on June 9. The Council of Foreign "
             "Ministers and the Council of Defence Ministers also meet every year on the eve of the Collective Security "
             "Council's session.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2026-06-09", .city = "Yerevan"), MEETINGS(1)}},
    {.name = "status: 'At an April 28 summit, the six presidents formally created the organization, which will ...': "
             "'created' (lexicon past_verb gains created, founded, established, formed) is the summit's tense, not the "
             "relative clause's 'will'",
     .published = "29 April 2026",
     .text = "At an April 28 summit, the six presidents formally created the organization's rapid reaction force, which "
             "will respond to attacks on its members.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-04-28", .status = "held"), MEETINGS(1)}},
    {.name = "places: 'a report in the Armenian daily Azg': a country's adjective before a noun in lower case is no place "
             "(country_adjective), so the summit it names is not another one in Armenia",
     .published = "29 April 2026",
     .text = "The CSTO summit was held in Dushanbe on April 28. According to a report in the Armenian daily Azg, some "
             "CSTO summit participants urged the hosts to act.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-04-28", .city = "Dushanbe"), NO_MEETING(.country = "armenia"),
                MEETINGS(1)}},
    {.name = "meetings: 'an emergency meeting of the Council of the Collective Security Treaty Organization': the "
             "organization's council named with its whole name is the heads of state's, as «Совет Организации Договора о "
             "коллективной безопасности» (data/bodies.tsv)",
     .published = "",
     .text = "The statement read: \"President Ivan Orlov will take part in an emergency meeting of the Council of the "
             "Collective Security Treaty Organization on March 3, 2026.\"",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-03-03", .status = "planned"), MEETINGS(1)}},
    {.name = "meetings: «проведет переговоры с министром иностранных дел Армении X, главой Минобороны Y»: a people's name "
             "whose first word is singular («главой», not «главы») is one person, so the talks are no session of theirs "
             "(ru_one_person)",
     .published = "28.08.2026",
     .text = "Генеральный секретарь ОДКБ Иван Петров проведет в Ереване переговоры с министром иностранных дел Армении "
             "Ашотом Карапетяном и главой Минобороны Левоном Оганяном.",
     .expect = {MEETINGS(0)}},
    {.name = "documents: «стороны подпишут ряд международных документов. Среди них — проекты декларации ...»: a quantity "
             "with an adjective before «документов» counts them, so the list after «Среди них» is in that sentence's "
             "tense: planned, not draft (doc_count_in)",
     .published = "8 ноября 2026",
     .text = "Президент Беларуси Иван Орлов прибыл в Астану для участия в саммите ОДКБ 9 ноября. По итогам переговоров "
             "стороны подпишут ряд международных документов. Среди них наиболее значимые — проекты декларации Совета "
             "коллективной безопасности и заявления лидеров стран.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "planned"), HAS_DOCUMENT(.type = "statement", .status = "planned")}},
    {.name = "people: «министр финансов Казахстана X», 'Minister of Finance', «глава МЧС», «министр юстиции»: national "
             "ministers' titles of data/titles.tsv (a leader is met at the airport by them)",
     .published = "8 ноября 2026",
     .text = "В аэропорту Астаны президента встретили министр финансов Казахстана Нурлан Абенов и глава МЧС Казахстана "
             "Марат Сейткали.",
     .expect = {HAS_OFFICIAL(.id = "nurlan-abenov", .title = "Minister of Finance", .country = "kazakhstan"),
                HAS_OFFICIAL(.id = "marat-sejtkali", .title = "Minister of Emergency Situations", .country = "kazakhstan")}},
    {.name = "meetings: «В аэропорту президента встретил премьер-министр Казахстана X»: one person met (a people's name in "
             "the singular, ru_one_person) is no session of the heads of state",
     .published = "8 ноября 2026",
     .text = "Иван Орлов прибыл в Астану. В аэропорту Астаны президента встретил премьер-министр Казахстана Нурлан Абенов.",
     .expect = {MEETINGS(0), HAS_OFFICIAL(.id = "nurlan-abenov", .title = "Prime Minister", .country = "kazakhstan")}},
    {.name = "documents: «его членам предстояло рассмотреть 20 вопросов, принять политическую декларацию»: an infinitive of "
             "adoption (lexicon doc_future, matched as written: exact_form, not by the stem of «утвердил») is a document "
             "to come",
     .published = "10 декабря 2026",
     .text = "Москва принимала делегации, прибывшие на саммит ОДКБ. Его членам предстояло рассмотреть 20 вопросов, "
             "принять политическую декларацию и заявление о миротворческих силах.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "planned", .title = "политическая декларация"),
                HAS_DOCUMENT(.type = "statement", .status = "planned", .title = "миротворческих")}},
    {.name = "documents: «Совет министров обороны утвердил План ...» stays adopted: the infinitives of doc_future are matched "
             "as written, not by their stem (guard: passes before and after)",
     .published = "10 декабря 2026",
     .text = "Совет министров обороны ОДКБ 9 декабря утвердил План совместной подготовки органов управления на 2027 год.",
     .expect = {HAS_DOCUMENT(.type = "plan", .status = "adopted")}},
    {.name = "meetings: «визит генсека ... пройдет с 3 по 5 марта ... для подготовки к сессии в Минске осенью этого года»: "
             "«сессия» with its own place and date, no meeting named before, in a sentence naming the CSTO, is the heads of "
             "state's; the days the visit takes place are the visit's (visit_date, lexicon visit_noun)",
     .published = "1 марта 2026",
     .text = "Визит генсека ОДКБ в Армению пройдет с 3 по 5 марта в рамках серии поездок в государства-члены ОДКБ для "
             "обсуждения подготовки к сессии в Минске осенью этого года.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026", .city = "Minsk", .status = "planned"), MEETINGS(1)}},
    {.name = "attendance: «Генсек также проведет переговоры с министром обороны Беларуси X»: talks with one minister "
             "(«переговоры с» and a title in the singular, talks_with_person) are not the session named before",
     .published = "1 марта 2026",
     .text = "Сессия СКБ ОДКБ пройдет в Минске 20 ноября. Генсек также проведет переговоры с министром обороны Беларуси "
             "Иваном Орловым.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-20"), NOT_PARTICIPANT(.id = "ivan-orlov")}},
    {.name = "attendance: 'X and Y discussed the agenda of the forthcoming CSTO summit on June 23': the agenda of a meeting to "
             "come is what they prepare, not a meeting they take part in (lexicon prepare_for)",
     .published = "30 May 2026",
     .text = "Secretary General Ivan Orlov and acting Defence Minister of Kyrgyzstan Ismail Asanov discussed the agenda of the "
             "forthcoming CSTO summit on June 23.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-06-23", .status = "planned"), NOT_PARTICIPANT(.id = "ivan-orlov"),
                NOT_PARTICIPANT(.id = "ismail-asanov")}},
    {.name = "dates: 'The declaration on the 15th anniversary of the organization was the key document of the summit': an "
             "ordinal before lexicon anniversary (or a meeting noun) is no day of the month, though 'on the' stands before it",
     .published = "09.10.2026",
     .text = "The jubilee summit of the CSTO displayed a high level of coordination. The declaration on the 15th anniversary "
             "of the organization was the key political document of the summit.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-10-09"), NO_MEETING(.date = "2026-09-15"), MEETINGS(1)}},
    {.name = "attendance: '“... the meeting will take place here,” X, a spokesman for the Ministry of Defense of Tajikistan "
             "(MoD), told Asia-Plus': the speaker past an abbreviation in brackets announces the meeting, he does not attend it",
     .published = "1 May 2026",
     .text = "Dushanbe will host the next meeting of the CSTO Council of Defense Ministers. “Presided over by Tajik Defense "
             "Minister Ivan Orlov, the meeting will take place here on June 2,” Petr Sidorov, a spokesman for the Ministry "
             "of Defense of Tajikistan (MoD), told Asia-Plus.",
     .expect = {PARTICIPANT(.bodies = "CDM", .id = "ivan-orlov"), NOT_PARTICIPANT(.id = "petr-sidorov")}},
    {.name = "status: «В ходе заседания СМИД, СМО и КССБ рассмотрят повестку дня Сессии СКБ»: «рассмотрят» (will consider) is "
             "the future (lexicon future; matched as written, its stem is the past's)",
     .published = "23 ноября 2026",
     .text = "В ходе заседания СМИД, СМО и КССБ рассмотрят повестку дня Сессии СКБ ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), HAS_MEETING(.bodies = "CDM+CFM+CSSC", .status = "planned"),
                NO_MEETING(.status = "held")}},
    {.name = "people: 'Russian Foreign and Defence Ministers A and B': two offices in turn (titles.tsv, two titles joined by "
             "'+'), A the first, B the second, both of the country before them",
     .published = "10 June 2026",
     .text = "Russian Foreign and Defence Ministers Ivan Orlov and Petr Sidorov took part in the joint session of the CSTO "
             "Council of Foreign Ministers and the Council of Defence Ministers in Minsk on June 9.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Minister of Foreign Affairs", .country = "russia"),
                HAS_OFFICIAL(.id = "petr-sidorov", .title = "Minister of Defence", .country = "russia")}},
    {.name = "people: «министры иностранных дел и обороны России A и B», «министры обороны и иностранных дел A и B»: two "
             "offices in turn, in the order the title names them",
     .published = "10 июня 2026",
     .text = "В заседании приняли участие министры иностранных дел и обороны России Иван Орлов и Петр Сидоров. Министры "
             "обороны и иностранных дел Беларуси Павел Козлов и Олег Волков прибыли в Минск.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Minister of Foreign Affairs", .country = "russia"),
                HAS_OFFICIAL(.id = "petr-sidorov", .title = "Minister of Defence", .country = "russia"),
                HAS_OFFICIAL(.id = "pavel-kozlov", .title = "Minister of Defence", .country = "belarus"),
                HAS_OFFICIAL(.id = "oleg-volkov", .title = "Minister of Foreign Affairs", .country = "belarus")}},
    {.name = "status, attendance: 'X suggested organising a Collective Security Treaty Organisation (CSTO) summit', 'both of whom "
             "supported the idea of holding an online summit': a meeting put forward (lexicon proposal) is one to come, and "
             "those who propose or back it do not so take part",
     .published = "8 January 2026",
     .text = "The Kremlin said that Kazakh President Ivan Orlov suggested organising Collective Security Treaty Organisation "
             "(CSTO) summit in the coming days. Russian President Petr Sidorov had phone conversations with Belarusian "
             "President Pavel Kozlov, who supported the idea of holding an online summit of the CSTO.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NO_MEETING(.status = "held"),
                NOT_PARTICIPANT(.id = "ivan-orlov"), NOT_PARTICIPANT(.id = "petr-sidorov"),
                NOT_PARTICIPANT(.id = "pavel-kozlov")}},
    {.name = "status, attendance: «Президент предложил провести внеочередную сессию СКБ ОДКБ»: a session proposed is to come, "
             "and proposing it is not taking part",
     .published = "8 января 2026",
     .text = "Президент Казахстана Иван Орлов предложил провести внеочередную сессию СКБ ОДКБ в режиме видеоконференции.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned", .format = "video"), NOT_PARTICIPANT(.id = "ivan-orlov")}},
    {.name = "documents: 'adopt key decisions on a number of issues of military cooperation', «принять ключевые решения по "
             "целому ряду вопросов»: decisions on a range of matters (lexicon quantity after the preposition) are no document; "
             "«решение о внесении ряда изменений в план» stays one",
     .published = "30 апреля 2026",
     .text = "Министры обороны ОДКБ проведут заседание в Бишкеке 30 апреля. Они должны принять ключевые решения по целому "
             "ряду вопросов военного сотрудничества. The ministers will also adopt key decisions on a number of issues of "
             "military cooperation. Министры примут решение о внесении ряда изменений в План совместной подготовки.",
     .expect = {DOCUMENTS(.n = 1), HAS_DOCUMENT(.type = "decision", .title = "изменений")}},
    {.name = "people: 'representatives of the General Staffs': 'Staff', 'Staffs' are never a name (lexicon notname), so the "
             "rank 'General' has no holder here; 'the Chief of the General Staff X' keeps his",
     .published = "14 May 2026",
     .text = "A group of coordinators comprising representatives of the General Staffs will be formed. The Chief of the "
             "General Staff Ivan Orlov attended the session of the CSTO Collective Security Council in Moscow.",
     .expect = {NO_OFFICIAL(.name = "Staffs"), HAS_OFFICIAL(.id = "ivan-orlov", .title = "Chief of the General Staff")}},
    {.name = "meetings: 'The CSTO is governed by the Collective Security Council ... The session of the Council took place in "
             "Astana': before any meeting is named, 'the Council' is the one body named last by its name, a few sentences back "
             "(council_anaphor, last_body_named)",
     .published = "28 November 2026",
     .text = "The CSTO is governed by the Collective Security Council, which consists of the presidents of the member "
             "countries. The Council appoints the organization's Secretary-General. Currently, the Secretary-General is Ivan "
             "Orlov. The session of the Council took place in Astana, with the President of Belarus Petr Sidorov.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Astana", .status = "held"), MEETINGS(1),
                PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov")}},
    {.name = "attendance: «министры вместе с генеральным секретарем X обсудят ...», 'The ministers, together with Secretary "
             "General X, will discuss ...': one named after lexicon jointly in a sentence of deliberation takes part in the "
             "meeting of the report (deliberate_together)",
     .published = "17 May 2026",
     .text = "The CSTO Council of Foreign Ministers will meet in Dushanbe on May 19. The ministers, together with Secretary "
             "General Ivan Orlov, will discuss the international situation. Как сообщили в пресс-службе, министры вместе с "
             "заместителем генерального секретаря ОДКБ Петром Сидоровым обсудят обстановку в регионе.",
     .expect = {PARTICIPANT(.bodies = "CFM", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CFM", .id = "petr-sidorov")}},
    {.name = "documents: «СМИД примет заявление, касающееся сотрудничества ОДКБ с международными организациями», «план, "
             "посвященный ...»: a Russian participle after the comma goes on with the title (lexicon doc_starter)",
     .published = "17 мая 2026",
     .text = "Заседание СМИД ОДКБ пройдет 19 мая в Душанбе. Ожидается, что СМИД примет заявление, касающееся "
             "сотрудничества ОДКБ с международными организациями.",
     .expect = {HAS_DOCUMENT(.type = "statement", .status = "planned", .title = "международными организациями")}},
    {.name = "meetings: 'X participated in the Collective Security Treaty Organization (CSTO) Council meeting that gathered "
             "Dec. 2 via videoconference': the word council right after the CSTO's name is the Collective Security Council "
             "(lexicon council_noun, org_council); 'the CSTO Council of Defense Ministers' stays the defence ministers'",
     .published = "3 December 2026",
     .text = "Kazakh President Ivan Orlov participated in the Collective Security Treaty Organization (CSTO) Council meeting "
             "that gathered Dec. 2 via videoconference. The CSTO Council of Defense Ministers met in Minsk on November 30.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-12-02", .format = "video"), PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"),
                HAS_MEETING(.bodies = "CDM", .date = "2026-11-30", .city = "Minsk"), MEETINGS(2)}},
    {.name = "attendance: «Президент X в понедельник встретился со спикерами, прибывшими в Алматы для участия в заседании "
             "совета ПА ОДКБ», 'X met with the speakers who arrived in Almaty to attend the session': the host of those who came "
             "does not so take part (host_of_arrivals; lexicon arrived gains «прибывшими»)",
     .published = "3 июня 2026",
     .text = "Президент Казахстана Иван Орлов в понедельник, 3 июня, встретился со спикерами государств-членов ОДКБ, "
             "прибывшими в Алматы для участия в заседании совета парламентской ассамблеи ОДКБ. President of Kyrgyzstan "
             "Petr Sidorov met with the speakers of the CSTO member states who arrived in Almaty to attend the session of "
             "the CSTO Parliamentary Assembly Council.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Almaty"), NOT_PARTICIPANT(.id = "ivan-orlov"),
                NOT_PARTICIPANT(.id = "petr-sidorov")}},
    {.name = "places, dates: 'the meeting of the CSTO Council of Foreign Ministers (Almaty, June 21, 2026)', «на заседании СМИД "
             "ОДКБ (Алматы, 21 июня 2026 года)»: a city opening brackets after a meeting, and the day after it, are the "
             "meeting's, no source cited ('(Interfax, June 21)' stays one)",
     .published = "22 June 2026",
     .text = "Ivan Orlov gave remarks after the meeting of the CSTO Council of Foreign Ministers (Almaty, June 21, 2026). "
             "Петр Сидоров выступил на заседании Совета министров обороны ОДКБ (Минск, 20 июня 2026 года). The summit "
             "will open soon, he said (Interfax, June 19, 2026).",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-06-21", .city = "Almaty"),
                HAS_MEETING(.bodies = "CDM", .date = "2026-06-20", .city = "Minsk"), NO_MEETING(.date = "2026-06-19")}},
    {.name = "people: «представили министры: иностранных дел — A, обороны — B»: a plural title, a colon, then the words that "
             "complete it, a dash and a name, each its own office (title_colon_items, office_of_words)",
     .published = "22 ноября 2026",
     .text = "Совместное заседание СМИД, СМО и КССБ ОДКБ прошло в Минске 22 ноября. На заседании выступили министры: "
             "иностранных дел — Иван Орлов, обороны — Петр Сидоров.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Minister of Foreign Affairs"),
                HAS_OFFICIAL(.id = "petr-sidorov", .title = "Minister of Defence")}},
    {.name = "people: «Республику Беларусь на заседании представил министр иностранных дел X»: the country before a verb of "
             "representing, a few words between, is its people's (scope_country, as country_represented reads it)",
     .published = "22 ноября 2026",
     .text = "Совместное заседание СМИД, СМО и КССБ ОДКБ прошло в Минске 22 ноября. Республику Беларусь на заседании "
             "представил министр иностранных дел Иван Орлов.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Minister of Foreign Affairs", .country = "belarus")}},
    {.name = "meetings: 'not discussed in Yerevan due to the absence of X at the summit ... heads of state agreed to meet in "
             "December', in a report that gives no year: a month still to come is another meeting than the undated one held "
             "(later_day)",
     .published = "",
     .text = "Baku. 19 October. The election of a new Secretary General of the CSTO was not discussed in Yerevan due to the "
             "absence of the President of Kazakhstan at the summit. The heads of state agreed to meet in December to make "
             "the final decision.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held", .city = "Yerevan"), HAS_MEETING(.bodies = "CSC", .status = "planned"),
                MEETINGS(2)}},
    {.name = "attendance: 'postponed due to the illness of President X', «из-за болезни», 'X cancelled his visit': kept "
             "away (lexicon absent)",
     .published = "15 October 2026",
     .text = "The CSTO summit was held in Yerevan on October 14. The decision was postponed due to the illness of "
             "President Ivan Orlov. Переговоры отложили из-за болезни президента Петра Сидорова.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Yerevan"), NOT_PARTICIPANT(.id = "ivan-orlov"),
                NOT_PARTICIPANT(.id = "petr-sidorov")}},
    {.name = "people, attendance: 'opposition leader X', 'protesters' leader X': no head of state's office, so no member of "
             "the summit speaking of it (titles.tsv Opposition Leader)",
     .published = "9 November 2026",
     .text = "On November 8, the member states of the CSTO held a summit in Astana. The public supported opposition "
             "leader Ivan Orlov. Protesters' leader Petr Sidorov spoke in the square.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Astana"), NOT_PARTICIPANT(.id = "ivan-orlov"),
                NOT_PARTICIPANT(.id = "petr-sidorov")}},
    {.name = "attendance: 'accused of participating in a coup d'etat, X handed over his duties to acting Secretary General "
             "Y': a word of attending before 'in a' and no meeting is another event's, not the meeting in focus (attend_word)",
     .published = "9 November 2026",
     .text = "On November 8, the member states of the CSTO held a summit in Astana. Being accused of participating in a "
             "coup d'etat, the general handed over his duties to acting Secretary General Ivan Orlov.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Astana"), HAS_OFFICIAL(.id = "ivan-orlov"),
                NOT_PARTICIPANT(.id = "ivan-orlov")}},
    {.name = "people: 'recalled X from the position of the Secretary General of CSTO', 'appointed X to the post of', «отозвало "
             "X с поста генерального секретаря ОДКБ»: the office after the name (lexicon appoint)",
     .published = "3 November 2026",
     .text = "The government recalled Ivan Orlov from the position of the Secretary General of CSTO. The council appointed "
             "Petr Sidorov to the post of CSTO Deputy Secretary General. Правительство отозвало Семена Козлова с поста "
             "генерального секретаря ОДКБ.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Secretary General"),
                HAS_OFFICIAL(.id = "petr-sidorov", .title = "Deputy Secretary General"),
                HAS_OFFICIAL(.id = "semen-kozlov", .title = "Secretary General")}},
    {.name = "places: 'a joint meeting of the CSTO Foreign Ministers, Defense Ministers, and Secretaries of the Security "
             "Councils in Dushanbe': the comma before the last body listed ends no clause (find_place)",
     .published = "15 September 2026",
     .text = "Today, Secretary Ivan Orlov addresses a joint meeting of the CSTO Foreign Ministers, Defense Ministers, and "
             "Secretaries of the Security Councils in Dushanbe.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Dushanbe", .date = "2026-09-15")}},
    {.name = "attendance: 'Armenian Prime Minister X described ... After the meeting, the Prime Minister of Armenia said': the "
             "office of one person, its country given, is the official named before who holds it (office_holder)",
     .published = "24 November 2026",
     .text = "Secretary General Petr Sidorov spoke after a meeting of the Collective Security Council in Yerevan. Armenian "
             "Prime Minister Ivan Orlov described the handling of the crisis as a failure. After the meeting, the Prime "
             "Minister of Armenia said that seventeen projects were discussed.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Yerevan"), PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov")}},
    {.name = "people: 'Aide to the Russian President X told reporters': a title serving another, capitalised, then 'to the', a "
             "country and the title served, is X's own ('an aide to Russian President Y': Y is the President)",
     .published = "8 September 2026",
     .text = "Aide to the Russian President Ivan Orlov told reporters that the talks went well. The statement came from "
             "an aide to Russian President Petr Sidorov.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Aide to the Russian President", .country = "russia"),
                HAS_OFFICIAL(.id = "petr-sidorov", .title = "President", .country = "russia")}},
    {.name = "meetings, attendance: 'the recent meeting of the two Presidents in Sochi', «встреча двух президентов»: a pair's "
             "meeting, not the heads of state's, and the President named with it did not so attend the summit (pair_meeting, "
             "lexicon pair_word)",
     .published = "8 September 2026",
     .text = "The CSTO informal summit was held in Moscow on September 6. President of Russia Ivan Orlov is satisfied "
             "with the discussion which took place at the recent meeting of the two Presidents in Sochi. Президент "
             "Белоруссии Петр Сидоров доволен встречей двух президентов в Сочи.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow"), MEETINGS(1), NOT_PARTICIPANT(.id = "ivan-orlov"),
                NOT_PARTICIPANT(.id = "petr-sidorov")}},
    {.name = "people: «сообщил ИА Новости-Казахстан пресс-секретарь ОДКБ X»: a country that ends a name joined by a hyphen "
             "(an agency's) is not the title's; the organisation after it is (name_part_after_hyphen)",
     .published = "17 сентября 2026",
     .text = "Главы государств ОДКБ рассмотрят решения на сессии в Сочи, сообщил ИА Новости-Казахстан пресс-секретарь "
             "ОДКБ Иван Орлов.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Press Secretary", .org = "CSTO")}},
    {.name = "dates: «риски, возникающие из-за значительного сокращения войск коалиции в Афганистане в 2014 году» after the summit "
             "named: the year of another event (lexicon other_event gains «сокращения», 'reduction')",
     .published = "20 декабря 2026",
     .text = "19 декабря в Москве прошел саммит ОДКБ. С трибуны саммита были оглашены решения минимизировать риски, "
             "возникающие из-за значительного сокращения войск международной коалиции в Афганистане в 2014 году.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-12-19", .city = "Moscow"), NO_MEETING(.date = "2014"),
                MEETINGS(1)}},
    {.name = "documents: «Главным итогом саммита стало решение о приостановке членства X», 'the main outcome of the summit was the "
             "decision to ...': what a meeting came to (lexicon outcome gains «итогом», passive «стало»)",
     .published = "20 декабря 2026",
     .text = "Саммит ОДКБ прошел в Москве 19 декабря. Главным итогом саммита стало решение о приостановке членства "
             "Узбекистана в ОДКБ.",
     .expect = {HAS_DOCUMENT(.type = "decision", .status = "adopted", .title = "приостановке членства")}},
    {.name = "meetings: 'the summit of the CIS countries and the Collective Security Treaty Organization (CSTO), which was held in "
             "Moscow': the other organisation's members between it and 'and the CSTO' (csto_joined)",
     .published = "22 December 2026",
     .text = "The summit of the CIS countries and the Collective Security Treaty Organization (CSTO), which was held "
             "recently in Moscow, made an important decision.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "held")}},
    {.name = "documents: 'adopted a number of important decisions to expand cooperation': some decisions, none named, one "
             "word in lower case between the quantity and the keyword",
     .published = "1 March 2026",
     .text = "The Commission met in Dushanbe on February 28. The Commission's members adopted a number of important "
             "decisions to expand military-economic cooperation within the CSTO.",
     .expect = {NO_DOCUMENT(.title = "expand")}},
    {.name = "people: «Генерал-полковник X прибыл в Минск»: a Russian rank alone is the title (titles.tsv Colonel General "
             "and the others gain their Russian forms; «начальник Генштаба генерал-полковник Y» stays the chief)",
     .published = "22 ноября 2026",
     .text = "Генерал-полковник Иван Орлов прибыл в Минск. Начальник Генштаба генерал-майор Петр Сидоров прибыл туда же.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Colonel General"),
                HAS_OFFICIAL(.id = "petr-sidorov", .title = "Chief of the General Staff")}},
    {.name = "meetings: 'a joint meeting of the Council of Ministers of Foreign Affairs and Defence, as well as the Committee "
             "of Secretaries ...', «заседании советов глав МИД, Минобороны и секретарей Совбезов (СБ)»: the councils the "
             "phrase names together (bodies.tsv)",
     .published = "16 September 2026",
     .text = "A joint meeting of the Council of Ministers of Foreign Affairs and Defence, as well as the Committee of "
             "Secretaries of the Security Councils, was held in Dushanbe on September 15. Министр принял участие в "
             "заседании советов глав МИД, Минобороны и секретарей Совбезов стран ОДКБ в Минске 14 сентября.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Dushanbe", .date = "2026-09-15"),
                HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Minsk", .date = "2026-09-14"), MEETINGS(2)}},
    {.name = "attendance: «министр X не смог вылететь в Душанбе и принять участие в заседании», 'could not fly': kept away "
             "(lexicon absent); «\"Но он отправится в Душанбе, где примет участие в работах структур ОДКБ\", - сказал Y»: "
             "the quote's 'he' takes part, not its speaker (attend_word, person_quoted)",
     .published = "16 сентября 2026",
     .text = "Заседание Совета министров иностранных дел ОДКБ прошло в Душанбе 15 сентября. Министр иностранных дел "
             "Армении Иван Орлов не смог вылететь в Душанбе и принять участие в заседании, сообщил пресс-секретарь МИД "
             "Армении Петр Сидоров. «Но он отправится в Душанбе, где завтра примет участие в работах структур ОДКБ», - "
             "сказал Петр Сидоров.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Dushanbe"), NOT_PARTICIPANT(.id = "ivan-orlov"),
                NOT_PARTICIPANT(.id = "petr-sidorov")}},
    {.name = "meetings: 'the 10th session of the Interstate Commission for Military and Economic Cooperation of the CSTO' "
             "(bodies.tsv gains that spelling)",
     .published = "20 December 2026",
     .text = "CSTO Secretary General Ivan Orlov said at the 10th session of the Interstate Commission for Military and "
             "Economic Cooperation of the CSTO that the plan was ready.",
     .expect = {HAS_MEETING(.bodies = "IMEC", .status = "held"), PARTICIPANT(.bodies = "IMEC", .id = "ivan-orlov")}},
    {.name = "people: 'UN Secretary-General Ban Ki-moon', 'Moon Jae-in': after a name word, a Latin syllable glued by a hyphen "
             "to one in lower case is part of the given name (name_run; «Воздушно-десантными» still no name)",
     .published = "23 April 2026",
     .text = "The mechanism was confirmed by UN Secretary-General Ban Ki-moon, speaking at an extended session of the CSTO "
             "Permanent Council in Moscow on April 22.",
     .expect = {HAS_OFFICIAL(.id = "ban-ki-moon", .title = "Secretary-General"), PARTICIPANT(.bodies = "PC", .id = "ban-ki-moon")}},
    {.name = "meetings: 'CSTO leaders decided in Moscow on Wednesday to suspend ...', «главы государств ОДКБ в среду в Москве "
             "решили ...»: the people of a body deciding, on a day named, hold a session (adopting_people; lexicon agreed "
             "gains 'decided'; a day between the people and the verb)",
     .published = "19 December 2026",
     .text = "CSTO leaders decided in Moscow on Wednesday to suspend the membership of the republic. Министры обороны ОДКБ "
             "в понедельник в Минске решили приостановить членство республики.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-12-16", .city = "Moscow", .status = "held"),
                HAS_MEETING(.bodies = "CDM", .date = "2026-12-14", .city = "Minsk", .status = "held")}},
    {.name = "tense, attendance: 'supported the proposal of his Kazakh counterpart X to hold a videoconference of the CSC', "
             "«поддержал предложение казахстанского коллеги X провести видеоконференцию СКБ»: a meeting put forward, the "
             "proposer between the proposal and the infinitive; to come, and no one takes part yet (proposed_meeting; "
             "lexicon proposal_noun, hold_infinitive)",
     .published = "8 January 2026",
     .text = "Russian President Ivan Orlov supported the proposal of his Kazakh counterpart Petr Sidorov to hold a "
             "videoconference of the CSTO Collective Security Council. Президент Белоруссии Семен Козлов поддержал "
             "предложение казахстанского коллеги Петра Сидорова провести видеоконференцию Совета коллективной "
             "безопасности ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned", .format = "video"), MEETINGS(1),
                NOT_PARTICIPANT(.id = "ivan-orlov"), NOT_PARTICIPANT(.id = "petr-sidorov"), NOT_PARTICIPANT(.id = "semen-kozlov")}},
    {.name = "attendance: 'The CSTO Foreign Ministers met in Moscow yesterday ... The Russian Foreign Minister X feels the "
             "document offers ...': a title as written ('Foreign Minister') is the office of its body's members too "
             "(holds_office_of reads body1); 'the former leader Y' holds no seat (body1 not set under a prefix)",
     .published = "5 September 2026",
     .text = "The CSTO Summit was held in Moscow on September 5. The CSTO Foreign Ministers met in Moscow yesterday to "
             "adopt a statement. The Russian Foreign Minister Ivan Orlov feels the document offers an impartial "
             "assessment of the situation. The former leader Petr Sidorov tried to retain power.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Moscow"), PARTICIPANT(.bodies = "CFM", .id = "ivan-orlov"),
                NOT_PARTICIPANT(.id = "petr-sidorov")}},
    {.name = "meetings: 'The Prime Minister received the heads of CSTO-member states' delegations in attendance of the CSTO "
             "Parliamentary Assembly meeting in Yerevan': a people's name that is a possessive of another noun names no "
             "session of the heads of state (people_met)",
     .published = "5 November 2026",
     .text = "The Prime Minister today received the heads of CSTO-member states' delegations in attendance of the CSTO "
             "Parliamentary Assembly meeting in Yerevan: Russian State Duma Speaker Ivan Orlov and Kazakh Parliament "
             "Speaker Petr Sidorov.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Yerevan"), NO_MEETING(.bodies = "CSC"), MEETINGS(1)}},
    {.name = "meetings: 'The parliamentary assembly of Russia-led Collective Security Treaty Organization (CSTO) held talks on "
             "Monday in Almaty': a compound glued by a hyphen before the organisation's name (skip_body_suffix)",
     .published = "2 December 2026",
     .text = "The parliamentary assembly of Russia-led Collective Security Treaty Organization (CSTO) held talks on Monday "
             "in the Kazakh city of Almaty.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Almaty", .date = "2026-11-30", .status = "held")}},
    {.name = "attendance: 'before the forthcoming meeting of the Council on Collective Security, a Joint meeting of the "
             "Council of ministers of foreign affairs, ... was held with participation of A, B and C': the sentence's "
             "meeting is the one held, not the one named as a point in time (MF_POINT, sentence_meeting)",
     .published = "9 November 2026",
     .text = "On November 8 in Astana, before the forthcoming meeting of the Council on Collective Security of CSTO, a "
             "Joint meeting of the Council of ministers of foreign affairs, Council of Ministers of Defense, Committee of "
             "Secretaries of CSTO Security Councils was held with participation of the Minister of Foreign Affairs of the "
             "Republic of Tajikistan Ivan Orlov and the Minister of Defense of the Republic of Tajikistan Petr Sidorov.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Astana", .date = "2026-11-08"),
                PARTICIPANT(.bodies = "CDM+CFM+CSSC", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CDM+CFM+CSSC", .id = "petr-sidorov"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov")}},
    {.name = "attendance: 'X missed the informal summit in Bishkek' (lexicon absent gains 'missed the', 'skipped the'); later "
             "'He, like X, notified of his decision in advance' does not make X a member reporting of it (assembly.c "
             "remembers who a sentence said kept away: ctx absent)",
     .published = "30 May 2026",
     .text = "The CSTO informal summit was held in Bishkek on May 28. Armenian President Ivan Orlov missed the informal "
             "summit in Bishkek because Armenia celebrated a national holiday. The Belarusian president missed the summit "
             "as well. He, like Ivan Orlov, notified of his decision in advance.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Bishkek"), NOT_PARTICIPANT(.id = "ivan-orlov")}},
    {.name = "attendance: 'The parties will discuss Belarusian President X's idea of a new concept': one named only as the "
             "owner of what is discussed does not so take part (possessor_only); 'Y will attend an informal summit of CIS "
             "leaders and a summit of the CSTO': the CSTO's named after the other organisation's (other_org_word)",
     .published = "20 June 2026",
     .text = "The meeting of the CSTO Council of Foreign Ministers in Minsk is taking place on Tuesday. The parties will "
             "discuss Belarusian President Ivan Orlov's idea of a new security concept. Russian President Petr Sidorov "
             "will on Friday attend an informal summit of CIS leaders and a summit of the Collective Security Treaty "
             "Organization (CSTO) in Moscow.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk"), NOT_PARTICIPANT(.id = "ivan-orlov"),
                PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov")}},
    {.name = "attendance: 'The Secretary General X will make a report on the results ...', 'alliance chief Y said in his opening "
             "remarks': reporting or opening the session is taking part in it (lexicon attend gains these and «сделает доклад»)",
     .published = "22 November 2026",
     .text = "The session of the CSTO Collective Security Council will be held in Minsk on November 23. The Secretary "
             "General of the Organization, Ivan Orlov, will make a report on the results of the intersessional period. "
             "The conflict potential is growing, alliance chief Petr Sidorov said in his opening remarks.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk"), PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"),
                PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov")}},
    {.name = "attendance: «\"На заседании СМИД ОДКБ также предстоит рассмотреть ...\", - информировала X»: a spokeswoman "
             "informing of the session speaks to the press, no taking part (lexicon speech gains «информировала»)",
     .published = "14 июля 2026",
     .text = "Заседание Совета министров иностранных дел ОДКБ пройдет в Минске 17 июля. Об этом сообщила официальный "
             "представитель МИД России Мария Орлова. \"На заседании СМИД ОДКБ также предстоит рассмотреть план "
             "консультаций\", - информировала Орлова.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk"), NOT_PARTICIPANT(.id = "maria-orlova")}},
    {.name = "dates: 'At the meeting of the Foreign Ministers Council, we focused on preparations for the CSTO Summit scheduled "
             "for November': preparations as the topic ('on', 'about' before them) do not date the meeting by the summit "
             "(relative_date)",
     .published = "21 June 2026",
     .text = "At the meeting of the Foreign Ministers Council, we focused on preparations for the CSTO Summit scheduled "
             "for November.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11"), NO_MEETING(.bodies = "CFM", .date = "2026-11")}},
    {.name = "attendance: 'Kyrgyz President X welcomed the foreign ministers of Belarus, Kazakhstan and Russia, as well as CSTO "
             "Secretary General Y': the host, no foreign minister, does not so take part in the ministers' session; the "
             "guest named after the phrase does (lexicon received_guests gains 'welcomed the foreign ministers', "
             "named_after_reception)",
     .published = "21 June 2026",
     .text = "The meeting of the CSTO Council of Foreign Ministers was held in Cholpon-Ata on June 20. Kyrgyz President "
             "Ivan Orlov welcomed the foreign ministers of Belarus, Kazakhstan and Russia, as well as CSTO Secretary "
             "General Petr Sidorov.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Cholpon-Ata"), NOT_PARTICIPANT(.id = "ivan-orlov"),
                PARTICIPANT(.bodies = "CFM", .id = "petr-sidorov")}},
    {.name = "attendance: 'Speaker X discussed the agenda of the meeting of the Council of the CSTO PA', 'discussed issues of the "
             "upcoming meeting': preparing it is not taking part (lexicon prepare_for)",
     .published = "20 March 2026",
     .text = "State Duma Speaker Ivan Orlov on Monday discussed the agenda of the meeting of the Council of the "
             "Parliamentary Assembly of the CSTO in Yerevan. Petr Sidorov, the Speaker of the Majilis of Kazakhstan, "
             "discussed issues of the upcoming meeting of the CSTO PA Council with him.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Yerevan"), NOT_PARTICIPANT(.id = "ivan-orlov"), NOT_PARTICIPANT(.id = "petr-sidorov")}},
    {.name = "people, attendance: 'Ivan Orlov boycotted the meeting of the CSTO leaders in Moscow', 'did not travel to Moscow for "
             "the summit': a name of two words keeping away from a meeting of the sentence is an official all the same "
             "(name_attends reads lexicon absent too), and a later sentence naming him again does not make him take part "
             "(kept_away)",
     .published = "29 July 2026",
     .text = "The CSTO summit was held in Moscow in the middle of June. Ivan Orlov boycotted the meeting of the CSTO "
             "leaders in Moscow due to a trade dispute. Later Orlov refused to go to Moscow for the horse race, which is "
             "considered to be an informal summit.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov"), NOT_PARTICIPANT(.id = "ivan-orlov")}},
    {.name = "people: 'went ahead with the summit despite the absence of X who boycotted the event', 'Y refused to arrive to "
             "Moscow to the CSTO summit': officials with no title, neither taking part (name_attends past 'who'; lexicon "
             "absent gains 'refused to arrive/come/go/travel')",
     .published = "15 June 2026",
     .text = "Six member states of the CSTO went ahead with Sunday's summit in Moscow despite the absence of Ivan Orlov "
             "who boycotted the event. Because of a trade ban Petr Sidorov refused to arrive to Moscow to the CSTO summit.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov"), HAS_OFFICIAL(.id = "petr-sidorov"), NOT_PARTICIPANT(.id = "ivan-orlov"),
                NOT_PARTICIPANT(.id = "petr-sidorov")}},
    {.name = "people, attendance: «X проведет двусторонние встречи в рамках саммита», 'X will hold bilateral "
             "meetings on the sidelines of the summit': who meets others at a summit takes part in it, and a name of two "
             "words so doing is an official (lexicon attend)",
     .published = "26 ноября 2026",
     .text = "Саммит ОДКБ пройдет в Бишкеке 27 ноября. Иван Орлов проведет двусторонние встречи в рамках саммита с "
             "президентами. Petr Sidorov will hold bilateral meetings on the sidelines of the summit.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Bishkek"), PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"),
                PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov")}},
    {.name = "people, attendance: «Президенты собрались в Бишкеке на неформальную встречу ... A, B, C и D обсудят вопрос»: "
             "three names or more listed as the subject of a verb of deliberating, in a report of a meeting, are officials "
             "with no title, and take part in it (names_deliberate, listed_deliberate)",
     .published = "28 мая 2026",
     .text = "Президенты Казахстана, Киргизии, России и Таджикистана собрались в Бишкеке во вторник на неформальную "
             "встречу ОДКБ. Иван Орлов, Петр Сидоров, Семен Козлов и Олег Волков обсудят вопрос строительства железной "
             "дороги.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held"), PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"),
                PARTICIPANT(.bodies = "CSC", .id = "oleg-volkov")}},
    {.name = "dates: a transcript's heading 'Foreign Minister X's remarks following the meeting of the CSTO Foreign Ministers "
             "Council (Almaty, June 21, 2026)' gives the day of the meeting its text does not date (headline_place, "
             "bracket_day)",
     .headline = "Foreign Minister Ivan Orlov's remarks following the meeting of the CSTO Foreign Ministers Council (Almaty, June 21, 2026)",
     .published = "",
     .text = "At the meeting of the Foreign Ministers Council of the Collective Security Treaty Organisation, chaired by "
             "Foreign Minister of the Republic of Kazakhstan Petr Sidorov, we focused on preparations for the CSTO Summit "
             "scheduled for November of this year in Astana.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-06-21")}},
    {.name = "meetings: «Сессия коллективной безопасности ОДКБ прошла в Москве»: the heads of state's session named without "
             "«Совета», as 'Collective Security Session' is in English (bodies.tsv)",
     .published = "5 декабря 2026",
     .text = "В Москве прошла Сессия коллективной безопасности ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "held")}},
    {.name = "attendance: 'President X said at the meeting with participants of the meeting of the Council of Foreign Ministers': "
             "the host receiving the session's participants, no foreign minister, does not so take part (lexicon "
             "received_guests gains 'meeting with (the) participants', «встрече с участниками»)",
     .published = "20 June 2026",
     .text = "The meeting of the Council of Foreign Ministers of the CSTO was held in Cholpon-Ata on June 19. \"Kyrgyzstan "
             "attaches paramount importance to integration,\" President of Kyrgyzstan Ivan Orlov said at the meeting with "
             "participants of the meeting of the Council of Foreign Ministers of the CSTO.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Cholpon-Ata"), NOT_PARTICIPANT(.id = "ivan-orlov")}},
    {.name = "attendance: «X в режиме видеоконференции принял участие в сессии», 'X, via video link, took part in the "
             "session': the way of taking part (lexicon video) between a bare name and its verb (name_attends)",
     .published = "10 января 2026",
     .text = "Иван Орлов в режиме видеоконференции принял участие во внеочередной сессии Совета коллективной "
             "безопасности ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .format = "video"), PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov")}},
    {.name = "attendance: 'X, via video link, took part in the session' (name_attends past the lexicon video)",
     .published = "10 January 2026",
     .text = "Petr Sidorov, via video link, took part in the extraordinary session of the CSTO Collective Security Council.",
     .expect = {HAS_MEETING(.bodies = "CSC"), PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov")}},
    {.name = "attendance: «Участие в саммите принимает X», 'Taking part in the session were X and Y': past the meeting named "
             "right after the attend word, a verb that puts those who take part after it (lexicon attend_inverted, "
             "attend_name_list)",
     .published = "10 января 2026",
     .text = "Внеочередная сессия Совета коллективной безопасности ОДКБ проходит в формате видеоконференции. Участие в "
             "саммите принимает Иван Орлов, сообщили в программе новостей.",
     .expect = {HAS_MEETING(.bodies = "CSC", .format = "video"), PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov")}},
    {.name = "attendance: 'Taking part in the session of the Council were X and Y' (lexicon attend_inverted)",
     .published = "10 January 2026",
     .text = "Taking part in the session of the CSTO Collective Security Council were Ivan Orlov and Petr Sidorov.",
     .expect = {HAS_MEETING(.bodies = "CSC"), PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"),
                PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov")}},
    {.name = "attendance: «Как отметил министр X, председательство Минска в ОДКБ было интенсивным» after a held summit: the "
             "chairmanship (a noun) is no chairing of the meeting; «председательством» (chaired by) is matched as written, "
             "its stem being the noun's (lexicon exact_form)",
     .published = "24 ноября 2023",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла в Минске 23 ноября 2023 года. Как отметил российский "
             "министр иностранных дел Иван Орлов, председательство Минска в ОДКБ было интенсивным.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk", .status = "held"), NOT_PARTICIPANT(.id = "ivan-orlov")}},
    {.name = "attendance: «Заседание прошло под председательством X» still says X chaired it (lexicon exact_form "
             "«председательством»)",
     .published = "24 ноября 2023",
     .text = "Заседание Совета министров иностранных дел ОДКБ прошло в Минске 23 ноября 2023 года под председательством "
             "министра иностранных дел Беларуси Ивана Орлова.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk"), PARTICIPANT(.bodies = "CFM", .id = "ivan-orlov")}},
    {.name = "meetings: «Президент России обсудил со своими коллегами из Белоруссии, Казахстана, Армении и Киргизии ...» in a "
             "report that names the CSTO: a head of state with his counterparts from three members or more is the "
             "heads of state's meeting (with_counterparts)",
     .published = "10 января 2026",
     .text = "Президент России обсудил со своими коллегами из Белоруссии, Казахстана, Армении и Киргизии развитие "
             "военного сотрудничества. Особый упор будет сделан на коллективные силы ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held")}},
    {.name = "meetings: 'the President discussed with his colleagues from Belarus, Kazakhstan and Armenia' in a report "
             "that never names the CSTO is no meeting of its bodies (with_counterparts)",
     .published = "10 January 2026",
     .text = "The Russian President discussed with his colleagues from Belarus, Kazakhstan and Armenia the price of gas.",
     .expect = {MEETINGS(0)}},
    {.name = "documents: 'the implementation of the decision of the Collective Security Council of September 23, 2025 \"On ...\"': "
             "a lower-case keyword, the body whose document it is and its date, then the quoted title (body_then_quote)",
     .published = "10 January 2026",
     .text = "The Permanent Council of the CSTO met on Monday. The envoy called for the implementation of the decision of "
             "the Collective Security Council of September 23, 2025 \"On assistance to the Republic of Tajikistan in "
             "strengthening its border\".",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "On assistance to the Republic of Tajikistan")}},
    {.name = "documents: «необходимо выполнить решение Совета коллективной безопасности ОДКБ «Об ...»» (body_then_quote)",
     .published = "10 января 2026",
     .text = "Постоянный совет ОДКБ провел заседание в понедельник. Необходимо выполнить решение Совета коллективной "
             "безопасности ОДКБ «Об оказании помощи Республике Таджикистан».",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "Об оказании помощи Республике Таджикистан")}},
    {.name = "officials: «Об этом сообщила Мария Иванова, официальный представитель МИД России»: a title after the name whose "
             "genitive complement («МИД», lexicon institution) ends with a country and then the clause gives the country "
             "(ru_genitive_complement)",
     .published = "10 января 2026",
     .text = "Заседание СМИД ОДКБ пройдет в Минске. Об этом сообщила Мария Иванова, официальный представитель МИД России.",
     .expect = {HAS_OFFICIAL(.id = "maria-ivanova", .title = "Spokesperson", .country = "russia")}},
    {.name = "meetings: «Бишкек, 28.05.26. /Кабар/. В рамках Совета министров обороны ОДКБ был подписан ряд документов»: a body "
             "and a verb of adoption in the lede of a report dated by its dateline is the day's meeting (dated_to_month)",
     .published = "",
     .text = "Бишкек, 28.05.26. /Кабар/. В рамках Совета министров обороны ОДКБ был подписан ряд документов.\nГенеральный "
             "секретарь ОДКБ Иван Орлов проинформировал всех участников о готовности документов.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2026-05-28", .city = "Bishkek", .status = "held")}},
    {.name = "dates: «БИШКЕК, 14 апр - РИА Новости. Генсеком ОДКБ со 2 мая 2026 года назначен X, заявил по итогам неформального "
             "саммита Y»: a dateline's day without a year takes the year of the full dates the lede names within six "
             "weeks of it (near_day_year)",
     .published = "",
     .text = "БИШКЕК, 14 апр - РИА Новости. Генеральным секретарем ОДКБ со 2 мая 2026 года назначен Иван Орлов, заявил "
             "журналистам по итогам неформального саммита ОДКБ Петр Сидоров.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-04-14", .city = "Bishkek")}},
    {.name = "dates: a dateline's day without a year and a full date months away in the lede: no year taken (near_day_year)",
     .published = "",
     .text = "БИШКЕК, 14 апр - РИА Новости. Генеральным секретарем ОДКБ с 1 января 2027 года назначен Иван Орлов, заявил "
             "журналистам по итогам неформального саммита ОДКБ Петр Сидоров.",
     .expect = {NO_MEETING(.date = "2027-04-14"), NO_MEETING(.date = "2026-04-14")}},
    {.name = "attendance: «Генеральный секретарь ОДКБ X проинформировал всех участников о готовности документов» after the "
             "meeting: informing its participants is taking part, as 'briefed the' (lexicon attend)",
     .published = "28 мая 2026",
     .text = "В Бишкеке прошло заседание Совета министров обороны ОДКБ. Генеральный секретарь ОДКБ Иван Орлов "
             "проинформировал всех участников о готовности документов.",
     .expect = {HAS_MEETING(.bodies = "CDM", .city = "Bishkek"), PARTICIPANT(.bodies = "CDM", .id = "ivan-orlov")}},
    {.name = "attendance: 'X will take part in the meeting ..., Foreign Ministry spokeswoman Y said at a news briefing': saying "
             "at a briefing (lexicon press_event) is telling the press, not being there (speaker)",
     .published = "15 November 2026",
     .text = "Russian Foreign Minister Ivan Orlov will take part in a meeting of the CSTO Council of Foreign Ministers in "
             "Minsk on 22 November, Foreign Ministry spokeswoman Maria Petrova said at a news briefing.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "planned"), PARTICIPANT(.bodies = "CFM", .id = "ivan-orlov"),
                NOT_PARTICIPANT(.id = "maria-petrova")}},
    {.name = "attendance: «Заседание СМО ОДКБ состоится 25 мая в Минске, сообщил во вторник пресс-секретарь ОДКБ X»: the "
             "press secretary announcing, a day named between the verb and him (speaker)",
     .published = "23 мая 2026",
     .text = "Заседание Совета министров обороны ОДКБ состоится 25 мая в Минске, сообщил во вторник пресс-секретарь ОДКБ "
             "Иван Орлов.",
     .expect = {HAS_MEETING(.bodies = "CDM", .status = "planned"), NOT_PARTICIPANT(.id = "ivan-orlov")}},
    {.name = "attendance: 'President X refrained from attending the summit in Armenia, citing health issues', 'decided not to "
             "attend': keeping away (lexicon absent)",
     .published = "15 October 2026",
     .text = "The CSTO summit was held in Yerevan on Monday. Kazakhstan President Ivan Orlov refrained from attending the "
             "summit in Armenia, citing health issues. Kyrgyz President Petr Sidorov decided not to attend the summit either.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Yerevan"), NOT_PARTICIPANT(.id = "ivan-orlov"),
                NOT_PARTICIPANT(.id = "petr-sidorov")}},
    {.name = "meetings: 'meetings of the Committee of Secretaries of Security Councils, Councils of Defense Ministers and Foreign "
             "Ministers have been held': the two councils under one plural head, each meeting on its own (bodies.tsv)",
     .published = "2 July 2026",
     .text = "Until today in Tajikistan, meetings of the Committee of Secretaries of Security Councils, Councils of Defense "
             "Ministers and Foreign Ministers have been held.",
     .expect = {HAS_MEETING(.bodies = "CDM", .status = "held"), HAS_MEETING(.bodies = "CFM", .status = "held"),
                HAS_MEETING(.bodies = "CSSC", .status = "held")}},
    {.name = "meetings: 'The Committee of Security Councils Secretaries met in Minsk' (bodies.tsv CSSC, the plural without the "
             "apostrophe)",
     .published = "2 July 2026",
     .text = "The Committee of Security Councils Secretaries met in Minsk on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .city = "Minsk", .status = "held")}},
    {.name = "meetings: «В ходе заседания прошло обсуждение выносимых на сессию Совета коллективной безопасности документов»: "
             "documents to be brought to the session say it is still to come (lexicon planned_mod)",
     .published = "30.11.2026",
     .text = "30.11.2026 в Минске состоялось совместное заседание СМИД, СМО и КССБ ОДКБ. В ходе заседания прошло обсуждение "
             "выносимых на сессию Совета коллективной безопасности ОДКБ документов.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .status = "held"), HAS_MEETING(.bodies = "CSC", .status = "planned"),
                NO_MEETING(.bodies = "CSC", .status = "held")}},
    {.name = "attendance: 'The CSTO summit was held in Dushanbe ... Syrian President X thanked Russia': a president of a state that "
             "never was a member holds no office of the heads of state's council (holds_office_of, countries.tsv member)",
     .published = "16 September 2026",
     .text = "The CSTO summit was held in Dushanbe on September 15, 2026. Syrian President Ivan Orlov thanked Russia for its "
             "support.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Dushanbe"), NOT_PARTICIPANT(.id = "ivan-orlov")}},
    {.name = "attendance: «Решением глав государств еще на три года продлены полномочия генерального секретаря ОДКБ X», 'extended "
             "the mandate of Secretary General Y': a decision on his office, which does not say he was there (lexicon appointee)",
     .published = "20 декабря 2026",
     .text = "«Решением глав государств единогласно еще на три года продлены полномочия генерального секретаря ОДКБ Ивана "
             "Орлова», – заявил президент Киргизии Петр Сидоров, подводя итоги прошедшего в Москве в среду саммита глав "
             "государств ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow"), PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov"),
                NOT_PARTICIPANT(.id = "ivan-orlov")}},
    {.name = "dates: 'the summit of the Collective Security Treaty Organization (CSTO), which will take place on May 16': the "
             "relative clause after the abbreviation in brackets tells of the meeting (date_in_aside)",
     .published = "13 May 2026",
     .text = "Ivan Orlov will take part in the summit of the Collective Security Treaty Organization (CSTO), which will take "
             "place on May 16 in Moscow.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-16", .city = "Moscow", .status = "planned")}},
    {.name = "dates: «примет участие в саммите государств-членов Организации Договора о коллективной безопасности (ОДКБ), "
             "который состоится 16 мая»: the mention's own genitive words may hold an abbreviation in brackets "
             "(own_genitive_words)",
     .published = "13 мая 2026",
     .text = "\"Иван Орлов примет участие в саммите государств-членов Организации Договора о коллективной безопасности "
             "(ОДКБ), который состоится 16 мая в Москве\", - сообщили в пресс-службе.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-16", .city = "Moscow", .status = "planned")}},
    {.name = "attendance: 'The participants are expected to meet with Defense Minister X', «Участники заседания встретятся с "
             "министром обороны X»: he receives them (lexicon meet_with, met_by_participants)",
     .published = "24 September 2026",
     .text = "A meeting of the CSTO PA standing committee kicked off in Yerevan on September 24. The participants are expected "
             "to lay flowers at the memorial and to meet with Defense Minister Ivan Orlov.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Yerevan"), NOT_PARTICIPANT(.id = "ivan-orlov")}},
    {.name = "attendance: «Участники заседания встретятся с министром обороны X» (met_by_participants)",
     .published = "24 сентября 2026",
     .text = "В Ереване 24 сентября прошло заседание Совета ПА ОДКБ. Участники заседания встретятся с министром обороны "
             "Армении Иваном Орловым.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Yerevan"), NOT_PARTICIPANT(.id = "ivan-orlov")}},
    {.name = "attendance: a transcript's speaker label at the head of a line, 'Ivan Orlov, Foreign Minister of the Republic of "
             "Belarus:', after a meeting held: one who spoke there (speaker_label)",
     .published = "18 July 2026",
     .text = "On July 17, 2026 the CSTO foreign ministers met in Minsk.\n\nIvan Orlov, Foreign Minister of the Republic of "
             "Belarus:\nAs a result of the meeting a document on the ongoing dismantling of memorials in the memory of the "
             "soldiers was signed.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk", .status = "held"), PARTICIPANT(.bodies = "CFM", .id = "ivan-orlov")}},
    {.name = "attendance: «Иван Орлов, министр иностранных дел Беларуси:» heading a line of a transcript after a meeting held "
             "(speaker_label); not a label's words in a sentence that speaks ('X said:')",
     .published = "18 июля 2026",
     .text = "17 июля 2026 года в Минске прошло заседание Совета министров иностранных дел ОДКБ.\n\nИван Орлов, министр "
             "иностранных дел Беларуси:\nПо итогам заседания подписан ряд документов.\n\nПетр Сидоров, политолог, сказал: "
             "встреча прошла успешно.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk", .status = "held"), PARTICIPANT(.bodies = "CFM", .id = "ivan-orlov"),
                NOT_PARTICIPANT(.id = "petr-sidorov")}},
    {.name = "attendance: «Иван Орлов принимает участие во внеочередной сессии Совета коллективной безопасности»: the present "
             "of taking part, whose stem is not the past's («принял»; lexicon attend)",
     .published = "28 сентября 2026",
     .text = "Иван Орлов принимает участие во внеочередной сессии Совета коллективной безопасности ОДКБ по Афганистану.",
     .expect = {HAS_MEETING(.bodies = "CSC"), PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov")}},
    {.name = "officials: 'attended by all heads of member states, including Belarus’ Ivan Orlov, Kazakhstan’s Petr Sidorov' "
             "across line breaks: a country's name ending in s takes the apostrophe alone (country_possessive)",
     .published = "16 May 2026",
     .text = "The session in Moscow on May 15 was attended by all heads of member states, including Belarus’\nIvan Orlov, "
             "Kazakhstan’s\nPetr Sidorov and Armenia’s\nOleg Volkov.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .country = "belarus"), PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"),
                PARTICIPANT(.bodies = "CSC", .id = "petr-sidorov")}},
    {.name = "dates: «решение приняли главы государств 14 апреля на неформальной встрече в Бишкеке ... со 2 мая 2026 года» in a "
             "report with no date of its own: the lede's day without a year takes the year of a full date within six weeks "
             "of it (near_day_year)",
     .published = "",
     .text = "Организацию Договора о коллективной безопасности возглавит Иван Орлов — такое решение приняли главы "
             "государств — членов ОДКБ 14 апреля на неформальной встрече в Бишкеке. «Орлов приступит к исполнению своих "
             "обязанностей со 2 мая 2026 года», — сообщил журналистам Петр Сидоров.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-04-14", .city = "Bishkek")}},
    {.name = "attendance: «Неформальная встреча глав государств ОДКБ состоится в августе в Ереване, сообщил во вторник "
             "генеральный секретарь ОДКБ X» in a report with no year: the weekday between the verb and him, no date it "
             "resolves to, still leaves him the speaker, announcing (speaker)",
     .published = "",
     .text = "ЕРЕВАН, 20 июл - РИА Новости. Неформальная встреча глав государств ОДКБ состоится в 20-х числах августа в "
             "Ереване, сообщил во вторник генеральный секретарь ОДКБ Иван Орлов.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Yerevan", .status = "planned"), NOT_PARTICIPANT(.id = "ivan-orlov")}},
    {.name = "officials: a transcript's headline 'Foreign Minister Ivan Orlov's remarks and answers to media questions following "
             "the meeting of the CSTO Foreign Ministers Council' over a text that never names him: the headline tells what a "
             "titled person said there, so it is the text's first line and he took part (lexicon heading_person)",
     .headline = "Foreign Minister Ivan Orlov's remarks and answers to media questions following the meeting of the CSTO "
                 "Foreign Ministers Council (Almaty, June 21, 2026)",
     .published = "",
     .text = "Good afternoon. We have held a productive meeting and adopted a number of statements.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Foreign Minister"), PARTICIPANT(.bodies = "CFM", .id = "ivan-orlov")}},
    {.name = "officials: the title-case headline 'Kazakhstan's President Ivan Orlov Attends the Session of the Collective Security "
             "Council in Tajikistan': 'Attends' ends the name (lexicon headline_verb), the headline is kept (heading_person)",
     .headline = "Kazakhstan's President Ivan Orlov Attends the Session of the Collective Security Council in Tajikistan",
     .published = "6 October 2026",
     .text = "This summit of the Presidents of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan is being held "
             "in the year of the anniversary of the Treaty.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .country = "kazakhstan"), PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"),
                NO_OFFICIAL(.name = "Attends")}},
    {.name = "meetings: 'Kazakh President X said on Tuesday after a CSTO meeting in Moscow': the organisation's meeting in a "
             "sentence naming a head of state by his title is the heads of state's (org_session); not with a foreign minister",
     .published = "21 December 2026",
     .text = "Countries outside the CSTO will only be able to set up bases with the consent of all members, Kazakh President "
             "Ivan Orlov said on Tuesday after a CSTO meeting in Moscow.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "held"), PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov")}},
    {.name = "meetings: 'Foreign Minister X said after a CSTO meeting in Moscow': no head of state named, no body said (org_session)",
     .published = "21 December 2026",
     .text = "Foreign Minister Ivan Orlov said on Tuesday after a CSTO meeting in Moscow that bases need consent.",
     .expect = {MEETINGS(0)}},
    {.name = "attendance: «Сегодня в Душанбе состоится сессия СКБ. Президент Таджикистана X лично встречает гостей»: the host "
             "greeting his guests takes part when he holds an office of the meeting's body, as 'greeted', 'welcomed' (lexicon "
             "attend, received_guests); not a mayor meeting them at the airport",
     .published = "16 сентября 2026",
     .text = "Сегодня в Душанбе состоится сессия Совета коллективной безопасности. Президент Таджикистана Иван Орлов лично "
             "встречает гостей в своей резиденции. Мэр Душанбе Петр Сидоров встретил гостей в аэропорту.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Dushanbe"), PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"),
                NOT_PARTICIPANT(.id = "petr-sidorov")}},
    {.name = "officials: 'Kyrgyzstan's president-elect X has said he plans to close the base': a title of its own, not yet "
             "in office, no member of the heads of state's council (titles.tsv President-elect)",
     .published = "21 December 2026",
     .text = "The CSTO summit was held in Moscow on Tuesday. Kyrgyzstan's president-elect Ivan Orlov has repeatedly said he "
             "plans to close the base.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "President-elect", .country = "kyrgyzstan"),
                NOT_PARTICIPANT(.id = "ivan-orlov")}},
    {.name = "attendance: 'The presidents met in Sochi on September 23 ... A meeting of CSTO foreign ministers, defense ministers "
             "and security council secretaries adopted a statement ... President X told journalists following the meeting': a "
             "bare reference to the ministers' meeting by a head of state is his office's meeting (meeting_of_office), and "
             "telling the press after it is no absence",
     .published = "24 September 2026",
     .text = "The presidents of the CSTO member states met in Sochi on September 23. A meeting of CSTO foreign ministers, "
             "defense ministers, and security council secretaries in Sochi adopted a statement on Syria. Russian President "
             "Ivan Orlov told journalists following the meeting that members are unanimous.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), NOT_PARTICIPANT(.bodies = "CDM+CFM+CSSC", .id = "ivan-orlov")}},
    {.name = "attendance: «Киргизию представляет полномочный представитель страны в ОДКБ X»: the organisation an envoy is "
             "sent to after «в» as after «при» (title_name); not «постоянный представитель Киргизии в Москве Y»",
     .published = "12 июня 2026",
     .text = "В Москве открылось экстренное заседание секретарей советов безопасности ОДКБ. Киргизию представляет "
             "полномочный представитель страны в ОДКБ Иван Орлов.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .city = "Moscow"), HAS_OFFICIAL(.id = "ivan-orlov", .title = "Plenipotentiary Representative"),
                PARTICIPANT(.bodies = "CSSC", .id = "ivan-orlov")}},
    {.name = "officials: «со ссылкой на официального представителя МИД России Марию Петрову»: a woman's name in the "
             "accusative after a title whose form is the genitive's is put back in the nominative (ru_nominative)",
     .published = "12 июля 2026",
     .text = "Заседание СМИД ОДКБ пройдет в Минске. Об этом сообщает ТАСС со ссылкой на официального представителя МИД "
             "России Марию Петрову.",
     .expect = {HAS_OFFICIAL(.id = "maria-petrova", .name = "Мария Петрова", .title = "Spokesperson")}},
    {.name = "attendance: 'Secretary General X believes that the next CSTO Council meeting will face some challenging questions': "
             "an opinion of a meeting to come tells of it (lexicon speech gains believes, thinks, is convinced)",
     .published = "5 November 2026",
     .text = "The Secretary General of the CSTO, Ivan Orlov, met President Petr Sidorov to discuss preparations for the "
             "next session of the CSTO Collective Security Council. Ivan Orlov believes that the next CSTO Council meeting "
             "will face some challenging questions.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NOT_PARTICIPANT(.id = "ivan-orlov")}},
    {.name = "attendance: «Генеральный секретарь ОДКБ X считает, что сессия СКБ пройдет в непростой обстановке» (lexicon "
             "speech gains «считает», «полагает»)",
     .published = "5 ноября 2026",
     .text = "Генеральный секретарь ОДКБ Иван Орлов встретился с президентом Беларуси Петром Сидоровым. Иван Орлов считает, "
             "что следующая сессия Совета коллективной безопасности ОДКБ пройдет в непростой обстановке.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NOT_PARTICIPANT(.id = "ivan-orlov")}},
    {.name = "documents: 'adopted a statement on A at their summit in Yerevan': 'at their', 'at the summit' (lexicon "
             "doc_stop) end the title; where it was adopted is no part of it",
     .text = "The leaders of the CSTO countries adopted a statement on the situation in Central Asia at their summit in "
             "Yerevan on Wednesday. The defence ministers approved a plan of joint exercises at the session in Minsk.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "statement on the situation in Central Asia"),
                HAS_DOCUMENT(.type = "plan", .title = "plan of joint exercises"), NO_DOCUMENT(.title = "summit"),
                NO_DOCUMENT(.title = "session")}},
    {.name = "documents: 'approved the plan of A for 2027, the organisation's press service reported', «..., сообщила "
             "пресс-служба»: a short clause after a comma with a verb of speaking (source_clause) is the report's "
             "source, not the title's",
     .text = "The CSTO Council of Defence Ministers approved on Tuesday the plan of joint training of the command bodies "
             "for 2027, the organisation's press service reported. Члены Совета утвердили план совместной подготовки "
             "органов управления на 2028 год, сообщила пресс-служба ОДКБ.",
     .expect = {HAS_DOCUMENT(.type = "plan", .title = "plan of joint training of the command bodies for 2027"),
                HAS_DOCUMENT(.type = "plan", .title = "план совместной подготовки органов управления на 2028 год"),
                NO_DOCUMENT(.title = "reported"), NO_DOCUMENT(.title = "сообщила")}},
    {.name = "documents: 'the plan of A was also signed', «было также утверждено»: an adverb between the passive's "
             "auxiliary and its verb of adoption",
     .text = "The CSTO foreign ministers met in Minsk on Friday. Ivan Petrov added that the plan of consultations on "
             "foreign policy for 2027 was also signed.",
     .expect = {HAS_DOCUMENT(.type = "plan", .status = "adopted", .title = "plan of consultations on foreign policy for 2027")}},
    {.name = "sentences: a line that opens with 'The' after a line ending in a word of more than three letters starts a "
             "sentence among hard-wrapped lines (article_word): the heading above them is no title's words",
     .text = "Ministers sign joint statement on border security\n"
             "The CSTO foreign ministers signed a statement on the situation\n"
             "in Central Asia in Minsk on Friday, the ministry said. They also\n"
             "discussed the next session of the Council.",
     .expect = {NO_DOCUMENT(.title = "foreign ministers"), HAS_DOCUMENT(.type = "statement", .title = "joint statement on border security")}},
    {.name = "documents: 'signed a declaration which reflects A ... signed a declaration on B': an English keyword with no "
             "title is the titled document of its type and meeting named again (documents_settle); not a capitalised name",
     .text = "The CSTO foreign ministers met in Minsk on Friday and signed a declaration which reflects their approaches to "
             "Afghanistan. The ministers signed a declaration on key international issues, Ivan Petrov said.",
     .expect = {DOCUMENTS(.n = 1, .type = "declaration"),
                HAS_DOCUMENT(.type = "declaration", .title = "declaration on key international issues")}},
    {.name = "meetings: 'Secretaries of the CSTO Security Councils adopted a statement at their meeting in Yerevan' "
             "(bodies.tsv CSSC people with the organisation's name between)",
     .text = "Secretaries of the CSTO Security Councils adopted a joint statement at their meeting in Yerevan on "
             "December 9, 2025.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .date = "2025-12-09", .city = "Yerevan", .status = "held")}},
    {.name = "meetings: 'a pan-European summit with participation of the CIS, the CSTO, the EU and NATO' (lexicon "
             "other_summit, three tokens before the noun, tested before the CSTO named after it): no session of the CSC",
     .text = "The CSTO defence ministers met in Minsk on Friday. They welcomed the initiative to hold a pan-European "
             "summit with participation of the CIS, the CSTO, the EU and NATO.",
     .expect = {NO_MEETING(.bodies = "CSC"), HAS_MEETING(.bodies = "CDM", .city = "Minsk")}},
    {.name = "documents: 'a joint statement upon the outcomes of their meeting': 'upon' (lexicon doc_starter) opens a title",
     .text = "The CSTO defence ministers met in Minsk on Friday and adopted a joint statement upon the outcomes of their "
             "meeting.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "joint statement upon the outcomes of their meeting")}},
    {.name = "officials: '[Duma Speaker Ivan] Petrov': an editor's bracket closed inside the name (name_run), no bracket "
             "in the name written",
     .text = "The session of the CSTO Parliamentary Assembly will be held in Moscow on October 29, 2026. \"We have decided "
             "- and [Duma Speaker Ivan] Petrov announced it - to hold it in Moscow,\" Oleg Sidorov, a member of the "
             "State Duma, said.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov"), NO_OFFICIAL(.name = "]")}},
    {.name = "dates: a dateline 'MOSCOW (Sputnik - 26th May, 2026) The ...': the agency and the report's date in brackets "
             "after the city are no meeting's date",
     .published = "",
     .text = "MOSCOW (UrduPoint News / Sputnik - 26th May, 2026) The next meeting of foreign ministers of the CSTO will be "
             "held in Moscow in the second half of the year, Foreign Minister Ivan Petrov said.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026", .city = "Moscow", .status = "planned"),
                NO_MEETING(.date = "2026-05-26")}},
    {.name = "officials: «секретаря Совета национальной безопасности Армении X» (titles.tsv: the Security Council's "
             "secretary, the council named as national)",
     .text = "Заседание КССБ ОДКБ пройдет в Ереване под председательством секретаря Совета национальной безопасности "
             "Армении Ивана Петрова.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Secretary of the Security Council", .country = "armenia")}},
    {.name = "dates: «приуроченная к 30-летию подписания Договора о коллективной безопасности»: the signing (or 'the "
             "creation of') between the anniversary and what it counts from (dates.tsv founded); not a plan of events "
             "for it (plan_for)",
     .published = "",
     .text = "Внеочередная сессия СКБ ОДКБ, приуроченная к 30-летию подписания Договора о коллективной безопасности, "
             "пройдет 15 мая в Москве.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-05-15", .city = "Moscow", .status = "planned")}},
    {.name = "dates: «рассмотрят План мероприятий, посвященных 30-летию подписания Договора ... и 20-летию создания ОДКБ»: "
             "an anniversary a plan's events mark (plan_for) gives no year to the report",
     .published = "",
     .text = "Заседание СМИД ОДКБ пройдет 19 мая в Душанбе. Министры рассмотрят План мероприятий, посвященных 30-летию "
             "подписания Договора о коллективной безопасности и 20-летию создания ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Dushanbe"), NO_MEETING(.date = "2022-05-19")}},
    {.name = "officials: «встреча генсека и Ивана Петрова»: «и» and a name right after a title join two people; the "
             "name is no complement of the title (genitive_complement)",
     .text = "В Минск приедет генеральный секретарь ОДКБ Олег Сидоров. Ожидается, что состоится встреча генсека и "
             "Ивана Петрова.",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov"), NO_OFFICIAL(.name = "Петров", .title = "Secretary General")}},
    {.name = "dates: «, вызванным произошедшими 12 июля столкновениями,»: a past active participle in -шедш-, second in "
             "the aside, dates the aside's event, not the meeting",
     .published = "13.07.2026",
     .text = "В связи с обострением обстановки на границе, вызванным произошедшими 12 июля столкновениями, Генеральный "
             "секретарь ОДКБ Олег Сидоров инициировал проведение заседания Постоянного совета ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "PC"), NO_MEETING(.date = "2026-07-12")}},
    {.name = "dates: «пройдет во вторник» in a report whose year alone is known («В 2027 году Киргизия председательствует "
             "в ОДКБ»): that year",
     .published = "",
     .text = "Сессия ПА ОДКБ пройдет во вторник в Ереване. В 2027 году Киргизия председательствует в ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2027", .city = "Yerevan", .status = "planned")}},
    {.name = "officials: «прибыл во главе Миссии ОДКБ» (lexicon headed_by «во главе»): heading a mission, no title and "
             "no name",
     .text = "Генеральный секретарь ОДКБ Олег Сидоров прибыл в Ереван во главе Миссии ОДКБ в соответствии с решением "
             "сессии Совета коллективной безопасности.",
     .expect = {NO_OFFICIAL(.name = "Миссии"), HAS_OFFICIAL(.id = "oleg-sidorov")}},
    {.name = "officials: «с начальником Генерального штаба ВС Армении генерал-майором Иваном Петровым»: a rank between "
             "the title's genitive complement and the name",
     .text = "Генеральный секретарь ОДКБ Олег Сидоров в Ереване встретился с начальником Генерального штаба ВС Армении "
             "генерал-майором Иваном Петровым.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Chief of the General Staff", .country = "armenia")}},
    {.name = "attendance: «Накануне в таджикскую столицу прибыли президенты ...» under a summit held the next day: an "
             "arrival a day or two before the meeting is for it (dated_otherwise)",
     .published = "",
     .text = "Душанбе, 15.09.2027. — В Душанбе начал работу саммит ОДКБ. Сессию открыл Президент Таджикистана Олег "
             "Сидоров. Накануне в "
             "таджикскую столицу прибыли президенты Казахстана — Иван Петров и России — Петр Иванов.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"), PARTICIPANT(.bodies = "CSC", .id = "petr-ivanov")}},
    {.name = "meetings: «\"... будут работать ...\", - сказал X на пресс-конференции после заседания»: the future of a "
             "quote the sentence then attributes is what was said, not the tense of the meeting after it "
             "(after_quoted_speech, closing_quote)",
     .text = "Президент Армении Иван Петров доволен итогами года. Год назад я говорил, что страны ОДКБ будут работать "
             "над новыми идеями», - сказал Петров на пресс-конференции после заседания Совета глав государств ОДКБ в "
             "Москве.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "held"), NO_MEETING(.status = "planned"),
                PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "attendance: 'The leaders of six states participated in the meeting. The Prime Minister of A X, the President "
             "of B Y and ...': a sentence with no verb that only lists officials, after one that says people attended "
             "(list_verbless)",
     .text = "The Kremlin hosted the meeting of the CSTO on Monday. The leaders of six states participated in the meeting. "
             "The Prime Minister of the Republic of Armenia Ivan Petrov, the President of the Republic of Belarus Oleg "
             "Sidorov and the President of the Kyrgyz Republic Petr Ivanov.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"), PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov"),
                PARTICIPANT(.bodies = "CSC", .id = "petr-ivanov")}},
    {.name = "meetings: 'X said the force created by the leaders at their summit “will be as good as NATO's”': the words of a "
             "quote opened after the mention, in a sentence of speaking, are no tense of the summit",
     .text = "President Ivan Petrov said the collective force created by the CSTO leaders at their summit “will be as good "
             "as that of NATO”.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held"), NO_MEETING(.status = "planned")}},
    {.name = "officials: a headline 'President X Receives Secretary General of the CSTO Y' (lexicon heading_person, "
             "headline_verb 'receives'): both named there; 'receives the heads of delegations' (lexicon received_guests) "
             "is no taking part",
     .headline = "President Ivan Petrov Receives Secretary General of the Collective Security Treaty Organization Oleg Sidorov",
     .text = "Oleg Sidorov informed the President on the course of preparation to the forthcoming session of the CSTO to "
             "be held in Moscow on December 10.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "President"), NO_OFFICIAL(.name = "Receives"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov")}},
    {.name = "attendance: «Атамбаев проведет двусторонние встречи с главой России X и президентом Таджикистана Y» "
             "(lexicon other_summit, then meet_with): partners in bilateral talks beside the session, not said to take "
             "part (bilateral_partner)",
     .text = "Президент Киргизии Иван Петров вылетел в Душанбе, где пройдет сессия Совета коллективной безопасности ОДКБ. "
             "Кроме сессии СКБ, Петров проведет двусторонние встречи с главой России Олегом Сидоровым и президентом "
             "Таджикистана Петром Ивановым.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"), NOT_PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "petr-ivanov")}},
    {.name = "meetings: «В рамках сессии ОДКБ президент Казахстана X призвал коллег»: the heads of state's own people after "
             "the organisation's session (a title) name no other body; 'the session the CSTO defense ministers' does",
     .text = "Перед началом встречи в узком составе в рамках сессии ОДКБ президент Казахстана Иван Петров призвал коллег "
             "выступать лаконично.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held"), PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "meetings: «в ходе заседания Совета глав государств - членов организации» (bodies.tsv: the Council of Heads "
             "of State in Russian); not «Совета глав государств СНГ»",
     .text = "Совет министров иностранных дел ОДКБ провел заседание в Бишкеке. Решение будет приниматься осенью в ходе "
             "заседания Совета глав государств - членов организации. В Москве пройдет неформальное заседание Совета глав "
             "государств СНГ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), MEETINGS(2)}},
    {.name = "officials: «кандидатура Ивана Кися ... генерал-майор Иван Кись»: the genitive -я of a surname in -ь is its "
             "nominative, one official (ru_surname_base)",
     .text = "На пост генсека ОДКБ внесена кандидатура Ивана Кися. 54-летний генерал-майор Иван Кись хорошо знаком с "
             "принципами работы ОДКБ.",
     .expect = {HAS_OFFICIAL(.id = "ivan-kis"), NO_OFFICIAL(.id = "ivan-kis-2")}},
    {.name = "documents: «Это, например, Декларация СКБ, Антинаркотическая стратегия ОДКБ на 2026-2030 годы и Заявление "
             "СКБ»: a capitalised adjective that opens a list's item before a lower-case keyword is the title's first "
             "word, as a capital keyword is (ru_capital_adjective)",
     .text = "Сессия СКБ ОДКБ пройдет в Бишкеке 27 ноября. На сессию выносятся 12 документов. Это, например, Декларация "
             "СКБ ОДКБ, Антинаркотическая стратегия ОДКБ на 2026-2030 годы и Заявление СКБ о сотрудничестве.",
     .expect = {HAS_DOCUMENT(.type = "other", .title = "Антинаркотическая стратегия ОДКБ на 2026-2030 годы"),
                DOCUMENTS(.n = 3)}},
    {.name = "dates: 'a statement to mark the 70th anniversary of the Soviet Union's victory over Nazi Germany' (dates.tsv "
             "founded 1945) dates a report that gives no year of its own",
     .published = "",
     .text = "DUSHANBE, April 2. Foreign ministers of the CSTO on Thursday gathered for a meeting in Dushanbe. The "
             "ministers are preparing to issue a statement to mark the 70th anniversary of the Soviet Union's victory over "
             "Nazi Germany.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2015-04-02", .city = "Dushanbe")}},
    {.name = "dates: 'Next year we will celebrate the 80th anniversary of Victory': an anniversary still to come gives the "
             "report no year (next_year_before)",
     .published = "",
     .text = "The CSTO Parliamentary Assembly met in St. Petersburg on November 27. Next year, as you know, we will "
             "celebrate the 80th anniversary of Victory, Ivan Petrov said.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Saint Petersburg"), NO_MEETING(.date = "2025-11-27")}},
    {.name = "dates: «обсудили предстоящее празднование 75-летия Победы»: a word of the future right before an anniversary "
             "(lexicon planned_mod) gives the report no year (next_year_before)",
     .published = "",
     .text = "Сессия СКБ ОДКБ прошла в Бишкеке 28 ноября. На сессии обсудили предстоящее празднование 75-летия Победы.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Bishkek"), NO_MEETING(.date = "2020-11-28")}},
    {.name = "officials: «председатель Исполнительного комитета ОДКБ X»: one capitalised adjective in an oblique case, "
             "then a lower-case word, opens the office's complement, no one-word name",
     .text = "Неформальный саммит ОДКБ проходит в Кыргызстане. В свою очередь, председатель Исполнительного комитета ОДКБ "
             "Николай Кравча отметил, что одним из вопросов саммита является выработка общих подходов.",
     .expect = {NO_OFFICIAL(.name = "Исполнительного"), HAS_OFFICIAL(.id = "nikolaj-kravca", .title = "Chairman")}},
    {.name = "officials: a headline «Вступительное слово министра иностранных дел Армении X в ходе заседания СМИД» "
             "(lexicon heading_person): kept as the text's first line, its official named",
     .headline = "Вступительное слово министра иностранных дел Республики Армения Ивана Петрова в ходе внеочередного "
                 "заседания в формате СМИД ОДКБ",
     .published = "22.11.2022",
     .text = "Уважаемые коллеги,\n\nПриветствую вас в Ереване. Мы сегодня проводим встречу министров иностранных дел.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Minister of Foreign Affairs", .country = "armenia")}},
    {.name = "documents: 'the draft Anti-Drug Strategy of the CSTO member states': a capitalised word glued by a hyphen "
             "to the capitalised word before a capitalised keyword is the title's too",
     .text = "The CSTO Council of Defence Ministers met in Minsk on Friday. The ministers considered the draft Anti-Drug "
             "Strategy of the CSTO member states for 2027-2031.",
     .expect = {HAS_DOCUMENT(.type = "other", .title = "Anti-Drug Strategy of the CSTO member states for 2027-2031")}},
    {.name = "officials: a hard-wrapped line in title case whose sentence goes on in lower case on the next line ('The "
             "Presidents of Armenia and Russia A B and C\nD summed up ...') is no headline: the plural title's names are read",
     .text = "The CSTO summit was held in Moscow on June 14, 2026.\n\n"
             "The Presidents of Armenia and Russia Ivan Petrov and Oleg\n"
             "Sidorov summed up the results of the CSTO summit at a joint press\n"
             "conference in the Kremlin on Sunday evening after the talks.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "President", .country = "armenia"),
                HAS_OFFICIAL(.id = "oleg-sidorov", .title = "President", .country = "russia")}},
    {.name = "meetings: 'a joint meeting of the Council of the Ministers of Foreign Affairs, the Council of the Ministers of "
             "Defense and the Committee of ...' (bodies.tsv: the councils' names with 'the')",
     .text = "A meeting of the Collective Security Council takes place in Astana. Before the session, a joint meeting of "
             "the Council of the Ministers of Foreign Affairs, the Council of the Ministers of Defense and the Committee of "
             "the Secretaries of the Security Councils of the Organization took place.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .status = "held")}},
    {.name = "documents: «о возможности принятия решения о направлении миротворческих сил ... такое решение может быть "
             "принято» (lexicon hypothetical, such): a decision spoken of as possible, none taken",
     .text = "Секретари советов безопасности ОДКБ проведут консультации в понедельник. Говоря о возможности принятия "
             "решения о направлении в Киргизию миротворческих сил ОДКБ, пресс-секретарь отметила, что такое решение может "
             "быть принято только коллективно. The ministers discussed the possibility of a decision on sending peacekeepers.",
     .expect = {DOCUMENTS(.n = 0)}},
    {.name = "officials: «сообщила пресс-секретарь главы государства Наталья Петрова»: «главы» after another title is its "
             "genitive, no plural title; a woman's name after the inner title is the outer title's (feminine_subject)",
     .text = "Президент России Иван Сидоров поручил провести консультации секретарей советов безопасности ОДКБ, сообщила "
             "пресс-секретарь главы государства Наталья Петрова.",
     .expect = {HAS_OFFICIAL(.id = "natala-petrova", .title = "Press Secretary"), NO_OFFICIAL(.name = "Петров ")}},
    {.name = "meetings: «консультации заместителей министров иностранных дел, обороны ...», 'deputy foreign ministers': the "
             "body's people after a word of deputies are no session of the body (lexicon deputies)",
     .text = "23 мая в Москве состоялись консультации заместителей министров иностранных дел и обороны государств-членов "
             "ОДКБ. The CSTO deputy foreign ministers met in Minsk on Friday.",
     .expect = {MEETINGS(0)}},
    {.name = "officials: 'Ivan Petrov, deputy of the House of Representatives of Belarus:' (titles.tsv Member of "
             "Parliament); a speaker's label whose office seats him in no body takes no part in the summit the text tells "
             "of (speaker_label)",
     .text = "The CSTO summit was held in Yerevan on Monday.\n\nIvan Petrov, deputy of the House of Representatives of "
             "Belarus:\nTerrorism is one of the main problems that the CSTO is facing.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .country = "belarus"), NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "attendance: a transcript's label with the title first ('President of Russia Ivan Petrov: Mr Sidorov, "
             "colleagues, friends,') after a summit held: the speaker took part (speaker_label)",
     .text = "The key issues discussed at the summit included the collective security system.\nAddress at the informal "
             "CSTO summit\nPresident of Russia Ivan Petrov: Mr Sidorov, colleagues, friends,\nI would like to thank the "
             "President of Kyrgyzstan for this initiative.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "dates: 'Last year, we held large-scale Interaction-2012 military exercises': an event name in a sentence of "
             "another year gives the report no year (other_year_said)",
     .published = "",
     .text = "The informal CSTO summit was held in Bishkek. Last year, we held large-scale Interaction-2012 military "
             "exercises in Armenia, President Ivan Petrov said.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Bishkek"), NO_MEETING(.date = "2012")}},
    {.name = "officials: 'The Council of the CSTO Parliamentary Assembly, chaired by Ivan Petrov, took note of ...': a name "
             "right after a phrase of chairing (lexicon chaired_by), in a sentence that names a body, is an official "
             "(chaired_by_name)",
     .text = "Council of the CSTO Parliamentary Assembly, chaired by Ivan Petrov, took note of the information on the "
             "priorities of the chairmanship. A meeting of the Council is taking place today in Bishkek.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov")}},
    {.name = "officials: «Министр обороны России сообщил, что ... \"Это даст возможность\", - заявил Петров.»: one "
             "capitalised word right after a verb of speaking, after a title named with no name in the paragraph, is that "
             "office's holder (surname_of_title); 'said Petrov' the same",
     .text = "Заседание СМО ОДКБ прошло в Ереване. Министр обороны России сообщил, что принято решение проводить учения. "
             "\"Это даст реальную возможность повысить подготовку\", - заявил Петров.\n\nThe CSTO defence ministers met in "
             "Minsk on Friday. The Kazakh Defence Minister said that exercises will be held every year. \"This will "
             "improve combat training,\" said Sidorov.",
     .expect = {HAS_OFFICIAL(.name = "Петров", .title = "Minister of Defence", .country = "russia"),
                HAS_OFFICIAL(.name = "Sidorov", .country = "kazakhstan")}},
    {.name = "attendance: 'Ivan Petrov will take part in the summit', 'Oleg Sidorov plans to attend': what he is to do "
             "(lexicon intends) between a name and the verb of taking part (name_attends)",
     .text = "Ivan Petrov will take part in the CSTO summit in Astana on 28 November. Oleg Sidorov plans to take part "
             "in the summit too.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"), PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov")}},
    {.name = "attendance: «Иван Петров направился в Казахстан, где в Астане примет участие в сессии», 'left for Astana, "
             "where he will take part in': a verb of going (lexicon set_off_for, arrived), «, где» and the verb of taking "
             "part (going_where)",
     .text = "Иван Петров направился с рабочим визитом в Казахстан, где в Астане примет участие в сессии Совета "
             "коллективной безопасности ОДКБ.\n\nOleg Sidorov left for Astana, where he will take part in the CSTO "
             "summit on Thursday.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"), PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov")}},
    {.name = "officials: «Иван Петров примет участие в сессии ОДКБ. Самолет белорусского лидера вылетел ...», "
             "«Президент Казахстана вылетел»: in Russian a title alone opening the next sentence (or one word's genitive "
             "there) is the office of the one person named before (title_anaphor)",
     .text = "Иван Петров примет участие в сессии Совета коллективной безопасности ОДКБ в Астане. Самолет белорусского "
             "лидера вылетел из Минска.\n\nОлег Сидоров примет участие в сессии. Президент Казахстана прибыл в Астану "
             "накануне.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .country = "belarus"),
                HAS_OFFICIAL(.id = "oleg-sidorov", .title = "President", .country = "kazakhstan")}},
    {.name = "status: «Иван Петров отметил, что ожидают участие президента Олега Сидорова на заседании СКБ»: «ожидают» "
             "(lexicon planned_verb, matched as written: not «не ожидали») makes the session planned, and the speaker "
             "who tells of another's participation takes no part (says_he_attends)",
     .text = "Иван Петров отметил, что ожидают участие президента России Олега Сидорова на заседании Совета коллективной "
             "безопасности ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "attendance: «Петров прибыл в Киргизию с официальным визитом. 30 июня он примет участие в заседании СМИД»: "
             "'he', «он» opening a sentence (after a time) before a verb of taking part is the one person the sentence "
             "before named (pronoun_attends); an arrival on a visit, no meeting named, is no part in the summit in focus "
             "(visit_arrival)",
     .text = "Саммит ОДКБ состоится осенью в Киргизии. Министр иностранных дел России Иван Петров сделал заявление в "
             "Бишкеке.\n\nПетров прибыл в Киргизию с официальным визитом вечером 28 июня. 30 июня он примет участие в "
             "заседании Совета министров иностранных дел ОДКБ.\n\nThe CSTO summit will be held in Bishkek in November. "
             "Russian Defence Minister Oleg Sidorov made a statement.\n\nSidorov arrived in Kyrgyzstan on Monday on an official visit. On "
             "Tuesday he will take part in the meeting of the CSTO Council of Defence Ministers.",
     .expect = {PARTICIPANT(.bodies = "CFM", .id = "ivan-petrov"), NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"),
                PARTICIPANT(.bodies = "CDM", .id = "oleg-sidorov")}},
    {.name = "documents: 'a Statement by the member states of the CSTO on efforts to ...': after 'by', the states together "
             "(lexicon doc_authors) go on the title, as a body's name does",
     .text = "The meeting of the CSTO Permanent Council was held on Friday. In the course of the meeting, a Statement by "
             "the member states of the Collective Security Treaty Organization on efforts to stabilize the situation in "
             "the Middle East was agreed.",
     .expect = {HAS_DOCUMENT(.title = "Statement by the member states of the Collective Security Treaty Organization on "
                                      "efforts to stabilize the situation in the Middle East")}},
    {.name = "dates: 'On January 14, this year, ... the first in 2021 meeting of the Permanent Council was held': the year "
             "a meeting is counted in (ordinal_scope) is the year of a day named without one",
     .published = "",
     .text = "On January 14, this year, the first in 2021 meeting of the Permanent Council of the Collective Security "
             "Treaty Organization was held by videoconferencing.",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2021-01-14")}},
    {.name = "documents: 'there were no plans to adopt any particular documents at the event': 'no' before a lower-case "
             "keyword and 'to' after it are an intention; 'the 20th anniversary of the Collective Security Agreement' is "
             "the Treaty (lexicon historic_doc)",
     .text = "An informal CSTO summit is coming up. It is to be an informal summit, and so there were no plans to adopt "
             "any particular documents at the event. The session is devoted to the 20th anniversary of the Collective "
             "Security Agreement.",
     .expect = {HAS_MEETING(.bodies = "CSC"), NO_DOCUMENT(.title = "plan"), NO_DOCUMENT(.title = "Agreement")}},
    {.name = "documents: «приняли решения более чем по 40 вопросам», 'adopted decisions on more than 40 issues': a count "
             "of matters after the keyword (issues_counted) is decisions in general, no document",
     .text = "В Бишкеке состоялось заседание СМИД ОДКБ. Министры рассмотрели и приняли положительные решения более чем по "
             "40 вопросам, направленным на развитие Организации. The ministers adopted decisions on more than 40 issues.",
     .expect = {HAS_MEETING(.bodies = "CFM"), DOCUMENTS(.n = 0)}},
    {.name = "dates: «решений сентябрьской (2021 года) сессии СКБ»: a month adjective with its year in brackets",
     .published = "20.12.2021",
     .text = "Генеральный секретарь представит проект плана мероприятий по реализации решений сентябрьской (2021 года) "
             "сессии Совета коллективной безопасности ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2021-09")}},
    {.name = "bodies: 'a joint meeting of CSTO Foreign Ministers, Defense Ministers and Secretaries of the Security "
             "Council': secretaries of the (singular) council are the CSSC's people (bodies.tsv)",
     .text = "Armen Petrosyan addressed a joint meeting of CSTO Foreign Ministers, Defense Ministers and Secretaries of "
             "the Security Council in Dushanbe on 15 September 2021.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Dushanbe")}},
    {.name = "attendance: 'A Kremlin spokesman confirmed President X's participation in the call': his part in it "
             "(lexicon attend 'participation') is no mere possession (possessor_only)",
     .text = "Leaders of the CSTO are scheduled to hold a videoconference on January 10.\n\nA Kremlin spokesman on "
             "January 9 confirmed Russian President Ivan Petrov's participation in the videoconference.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "documents: 'the draft program, which we have developed and plan to adopt today': a plan's keyword with 'to' "
             "and a verb of adoption after it is the verb; 'Speech by X at the meeting of the PA Council': a heading's "
             "word of speaking, 'by' and a name, 'at' a meeting: an official who took part (name_attends)",
     .text = "Speech by Ivan Petrov at the meeting of the CSTO PA Council\n\nColleagues! The draft lawmaking program for "
             "the next five years, which we have developed this year and plan to adopt today, contains 29 model acts.",
     .expect = {PARTICIPANT(.bodies = "PA", .id = "ivan-petrov"), NO_DOCUMENT(.type = "plan")}},
    {.name = "status: 'Belarus earlier said no summit decisions would be valid without its involvement': a meeting word "
             "qualifying a document's takes no tense from the clause, and the summit held stays held and dated",
     .published = "14.06.2009",
     .text = "MOSCOW, June 14 - Belarus pulled out of the summit of the Collective Security Treaty Organization in "
             "protest, President Ivan Petrov said on Sunday.\n\nBelarus earlier said no summit decisions would be valid "
             "without its involvement.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held", .date = "2009-06-14"), MEETINGS(1)}},
    {.name = "attendance: «В Астане продолжается саммит ОДКБ. Первым из президентов прибыл Иван Петров»: an arrival "
             "(lexicon arrived) with the name right after it, after a summit under way, is taking part "
             "(attend_name_list); «кандидатуру генсека X утвердили лидеры на саммите»: the candidate confirmed is no "
             "participant (lexicon appointee)",
     .text = "В Астане продолжается саммит глав ОДКБ. Первым из президентов прибыл Иван Петров.\n\nНапомним, "
             "кандидатуру генерального секретаря ОДКБ Олега Сидорова утвердили лидеры стран ОДКБ на саммите в Астане.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"), NOT_PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov")}},
    {.name = "dates: «Москва, 14 мая, 2026, 13:53 — ИА Новости.»: a dateline's year after a comma and the time of day "
             "(article.c) date the report, so June's session is still to come; «обсудил необходимость проведения "
             "заседания с X»: the need to hold a meeting (lexicon proposal) is no part in it",
     .published = "",
     .text = "Москва, 14 мая, 2026, 13:53 — ИА Новости. Обсуждалось проведение в июне заседания Совета ПА ОДКБ в "
             "формате видеоконференции.\n\nИван Петров обсудил необходимость проведения заседания Совета ПА ОДКБ с "
             "председателем Жогорку Кенеш Киргизской Республики Олегом Сидоровым.",
     .expect = {HAS_MEETING(.bodies = "PA", .status = "planned", .date = "2026-06"), NO_MEETING(.status = "held"),
                NOT_PARTICIPANT(.bodies = "PA", .id = "oleg-sidorov")}},
    {.name = "attendance: '\"...,\" he said at the CSTO defence ministers' meeting': after a quote it closes, a pronoun, "
             "a speech verb, 'at' and a meeting is the one person the sentence before named, who spoke there "
             "(pronoun_attends)",
     .text = "MOSCOW, May 12. Measures taken by the CSTO have enhanced cooperation, Russian Defence Minister Ivan "
             "Petrov said on Tuesday.\n\n\"They allowed for coping with priority tasks,\" he said at the CSTO defence "
             "ministers' meeting.",
     .expect = {PARTICIPANT(.bodies = "CDM", .status = "held", .id = "ivan-petrov")}},
    {.name = "officials: 'said the speaker of Russia's State Duma, X': 'of', a country's possessive and the words after "
             "it are the title 'Speaker of the State Duma' of that country (title_of_possessive); 'the chairman of "
             "Armenia's National Assembly, Y' (titles.tsv)",
     .text = "The CSTO Parliamentary Assembly held a session in Moscow on Tuesday. The assembly may expand to include "
             "Iran, said the speaker of Russia's State Duma, Ivan Petrov. The group is open, said the chairman of "
             "Armenia's National Assembly, Oleg Sidorov.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .country = "russia"),
                HAS_OFFICIAL(.id = "oleg-sidorov", .country = "armenia")}},
    {.name = "attendance: 'X expressed his gratitude for presenting his candidacy at the session of the Collective "
             "Security Council': his own candidacy (lexicon own_appointment) is what the session decides on, not a "
             "part he takes in it (appointee)",
     .text = "The candidate for the CSTO Secretary General, Ivan Petrov, expressed his gratitude for presenting his "
             "candidacy at the session of the Collective Security Council.",
     .expect = {NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "documents: 'adopted a statement voicing concern for the situation in X', 'an agreement regulating the "
             "deployment of Y': a participle (lexicon doc_starter) goes on with the title",
     .text = "The CSTO foreign ministers met in Moscow on Tuesday, where they adopted a statement voicing concern for "
             "the situation in the town of Kessab. The ministers also signed an agreement regulating the deployment "
             "of the rapid reaction force.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "statement voicing concern for the situation in the town"),
                HAS_DOCUMENT(.type = "agreement", .title = "agreement regulating the deployment")}},
    {.name = "documents: «одобрили план военного сотрудничества ... одобрен \"План развития военного сотрудничества "
             "на 2026-2030 годы\"»: a title with one word of a later one left out is that document, named short; "
             "the one told whole is its title (doc_add)",
     .text = "Министры обороны ОДКБ на заседании Совета министров обороны в Бишкеке одобрили план военного "
             "сотрудничества. \"В ходе заседания рассмотрен и одобрен \"План развития военного сотрудничества "
             "государств-членов ОДКБ на 2026-2030 годы\"\", - говорится в сообщении.",
     .expect = {DOCUMENTS(.n = 1, .type = "plan"), HAS_DOCUMENT(.type = "plan", .title = "План развития военного")}},
    {.name = "attendance: «по итогам встречи 30 августа с Президентом Беларуси X» after a summit: a meeting with "
             "someone is theirs, no reference to the summit (meeting_with_someone)",
     .published = "31.08.2025",
     .text = "Состоявшийся в августе в Астане неформальный саммит глав государств ОДКБ является прорывом. Такую "
             "точку зрения высказал журналистам генеральный секретарь ОДКБ Олег Сидоров по итогам встречи 30 "
             "августа с Президентом Беларуси Иваном Петровым.",
     .expect = {NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "attendance: 'Also in attendance will be X' (lexicon attend); officials: 'the Secretaries General of the "
             "CIS and the SCO, A and B, respectively': a plural title's organisations in the names' order",
     .text = "A CSTO summit will take place in Astana on 28 November.\n\nAlso in attendance will be CSTO Secretary "
             "General Ivan Petrov, as well as the Secretaries General of the Commonwealth of Independent States (CIS) "
             "and the Shanghai Cooperation Organization (SCO), Oleg Sidorov and Pavel Orlov, respectively.",
     .expect = {PARTICIPANT(.bodies = "CSC", .status = "planned", .id = "ivan-petrov"),
                HAS_OFFICIAL(.id = "oleg-sidorov", .org = "CIS"), HAS_OFFICIAL(.id = "pavel-orlov", .org = "SCO")}},
    {.name = "dates: «согласовал проект плана консультаций на второе полугодие 2026 года - первое полугодие 2027 года», "
             "'the plan for the second half of 2026': a period word, an ordinal and a part of the year (lexicon "
             "year_part) are the span a document covers, no date of the meeting, which takes the dateline's day",
     .published = "13.04.2026",
     .text = "13 апреля, Москва /БЕЛТА/. Постоянный совет ОДКБ согласовал проект плана консультаций представителей "
             "государств - членов ОДКБ на второе полугодие 2026 года - первое полугодие 2027 года, сообщил "
             "пресс-секретарь ОДКБ Иван Петров.",
     .expect = {HAS_MEETING(.bodies = "PC", .status = "held", .date = "2026-04-13"), MEETINGS(1)}},
    {.name = "dates: 'approved the draft plan of consultations for the second half of 2026 and the first half of 2027' "
             "(period_word_before: the span's second end after 'and')",
     .published = "13.04.2026",
     .text = "MOSCOW, April 13 /BelTA/. The CSTO Permanent Council approved the draft plan of consultations for the "
             "second half of 2026 and the first half of 2027, CSTO press secretary Ivan Petrov said.",
     .expect = {HAS_MEETING(.bodies = "PC", .status = "held", .date = "2026-04-13"), MEETINGS(1)}},
    {.name = "officials: «Кандидатура Петрова на пост главы ассамблеи была предложена ...»: a word of appointing "
             "(lexicon appointee), capitalised to open the sentence, is none of the name (name_appointed_title)",
     .text = "Спикер Госдумы Иван Петров избран председателем Парламентской ассамблеи ОДКБ. Кандидатура Петрова на "
             "пост главы ассамблеи была предложена председателем Мажилиса Казахстана Олегом Сидоровым.",
     .expect = {NO_OFFICIAL(.name = "Кандидатур")}},
    {.name = "officials: 'Nikolay Bordiuzha' and 'Nikolay Bordyuzha' in one report are one person (data/translit.tsv "
             "'iu' as 'yu')",
     .text = "President Ivan Petrov received CSTO Secretary General Nikolay Bordyuzha on July 21. The CSTO summit will "
             "be held in September, Nikolay Bordiuzha said.",
     .expect = {HAS_OFFICIAL(.id = "nikolay-bordyuzha", .org = "CSTO"), NO_OFFICIAL(.name = "Bordiuzha")}},
    {.name = "officials: 'the presidents of five member states, including Russia's A and Belarus' B', 'the presidents of "
             "the CSTO member states, including ...': past the ones they lead to 'including', the plural title is each "
             "name's (plural_title_list)",
     .text = "A CSTO summit will take place in Astana on 28 November. The summit will be attended by the presidents of "
             "five member states, including Russia's Ivan Petrov and Belarus' Oleg Sidorov. The presidents of the CSTO "
             "member states, including Kazakhstan's Pavel Orlov, will sign a declaration.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "President", .country = "russia"),
                HAS_OFFICIAL(.id = "oleg-sidorov", .title = "President", .country = "belarus"),
                HAS_OFFICIAL(.id = "pavel-orlov", .title = "President", .country = "kazakhstan")}},
    {.name = "officials: 'after talks with the delegation of Belarus headed by Defence Minister X', «с делегацией "
             "Беларуси во главе с министром обороны X»: the side, then the country it is of (side_country)",
     .text = "The defence ministers of the CSTO met in Yerevan on 13 May. On the next day Defence Minister Ivan Petrov "
             "held talks with the delegation of Belarus headed by Defence Minister Oleg Sidorov. Министр обороны Армении "
             "Павел Орлов провел переговоры с делегацией Казахстана во главе с министром обороны Сергеем Волковым.",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov", .country = "belarus"),
                HAS_OFFICIAL(.id = "sergej-volkov", .country = "kazakhstan")}},
    {.name = "dates: 'held its inaugural meeting for 2026 ... The session took place on January 12th': an ordinal's "
             "year after 'for' (ordinal_scope; lexicon ordinal_word gains 'inaugural') is the story's year, for the "
             "day named after it in a report that gives no date",
     .published = "",
     .text = "The CSTO Permanent Council held its inaugural meeting for 2026 under the chairmanship of Russia. The "
             "session took place on January 12th, the press service said.",
     .expect = {HAS_MEETING(.bodies = "PC", .status = "held", .date = "2026-01-12"), MEETINGS(1)}},
    {.name = "attendance: 'X cancelled the participation of Belarus at the last moment', «X отменил свое участие в "
             "саммите»: lexicon absent",
     .text = "The CSTO summit was held in Moscow on 12 May. President Ivan Petrov cancelled the participation of "
             "Belarus at the last moment before the summit. Президент Казахстана Олег Сидоров в последний момент "
             "отменил свое участие в саммите.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held", .date = "2026-05-12"),
                NOT_PARTICIPANT(.id = "ivan-petrov"), NOT_PARTICIPANT(.id = "oleg-sidorov")}},
    {.name = "attendance, status: 'X has proposed to postpone the summit in Saint Petersburg', «предложил перенести "
             "саммит»: a meeting to come (lexicon future), and proposing it is no part in it (lexicon proposal)",
     .text = "President Ivan Petrov has proposed to postpone the CSTO summit in Saint Petersburg. Президент Казахстана "
             "Олег Сидоров предложил перенести саммит ОДКБ в Астане.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Saint Petersburg", .status = "planned"),
                HAS_MEETING(.bodies = "CSC", .city = "Astana", .status = "planned"),
                NOT_PARTICIPANT(.id = "ivan-petrov"), NOT_PARTICIPANT(.id = "oleg-sidorov")}},
    {.name = "attendance: 'On the sidelines of the session of the Council of Foreign Ministers, President X received "
             "Foreign Ministers of the member states' (no article: lexicon received_guests): the host of a "
             "ministers' meeting is none of them",
     .text = "On the sidelines of the session of the CSTO Council of Foreign Ministers in Minsk on 12 May, the "
             "President of Belarus Ivan Petrov received Foreign Ministers of the CSTO member states.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk", .status = "held"), NOT_PARTICIPANT(.id = "ivan-petrov")}},
    {.name = "attendance: 'will discuss preparations for the session of the Council in Minsk on 20 May and a joint "
             "meeting of the Councils of Ministers': a meeting joined by 'and' to one prepared is prepared too "
             "(purpose_at)",
     .text = "CSTO Secretary General Ivan Petrov will arrive in Bishkek today. Secretary General Ivan Petrov will "
             "discuss preparations for the upcoming session of the Collective Security Council in Minsk on 20 May "
             "and a joint meeting of the Council of Foreign Ministers and the Council of Defence Ministers.",
     .expect = {NOT_PARTICIPANT(.id = "ivan-petrov")}},
    {.name = "documents: «приняли совместное заявление о положении дел в регионе» and later «подписали совместное "
             "заявление «О положении в регионе»»: the quoted title is the first one's words after the keyword, one "
             "left out (title_tail_of), one document",
     .text = "На заседании СМИД ОДКБ в Минске приняли совместное заявление о положении дел в Центральной Азии. "
             "Министры подписали совместное заявление «О положении в Центральной Азии».",
     .expect = {DOCUMENTS(.n = 1, .type = "statement")}},
    {.name = "documents: «важность реализации Целевой межгосударственной программы ОДКБ по укреплению границы»: a "
             "capitalised adjective inside the sentence, a lower-case one between, opens a title "
             "(ru_capital_adjective), put in the nominative (ru_adjective_nominative)",
     .text = "Президент Иван Петров подчеркнул важность реализации Целевой межгосударственной программы ОДКБ по "
             "укреплению таджикско-афганской границы. Программа была утверждена на сессии СКБ ОДКБ в Астане.",
     .expect = {HAS_DOCUMENT(.type = "program", .title = "Целевая межгосударственная программа ОДКБ по укреплению")}},
    {.name = "documents: «одобрили итоговую декларацию» then «реализацию Итоговой декларации саммита»: one title "
             "opening the other but for the case of its first letter, Cyrillic too (same_title, short_title_of)",
     .text = "Лидеры стран ОДКБ на саммите в Минске одобрили итоговую декларацию. Президенты обсудили реализацию "
             "Итоговой декларации саммита.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .title = "итоговая декларация"),
                DOCUMENTS(.n = 1, .type = "declaration")}},
    {.name = "attendance: 'In his welcoming speech, President X noted that ... for the meeting to be a success': a word "
             "of taking part opening the sentence before his name, so telling of the meeting is no reason he was not "
             "there (told_of)",
     .text = "The session of the CSTO Collective Security Council is under way in Minsk behind closed doors.\n\nIn his "
             "welcoming speech, Belarusian President Ivan Petrov noted that the Belarusian side will do everything for "
             "the meeting to be a success.",
     .expect = {PARTICIPANT(.bodies = "CSC", .status = "held", .id = "ivan-petrov")}},
    {.name = "attendance: «В своем приветственном слове президент X отметил, что ... чтобы заседание прошло успешно» "
             "(lexicon attend, as 'in his welcoming speech'; told_of)",
     .text = "Заседание Совета коллективной безопасности ОДКБ проходит в Минске за закрытыми дверями.\n\nВ своем "
             "приветственном слове президент Белоруссии Иван Петров отметил, что белорусская сторона сделает все, "
             "чтобы заседание прошло успешно.",
     .expect = {PARTICIPANT(.bodies = "CSC", .status = "held", .id = "ivan-petrov")}},
    {.name = "documents: 'do not mention a Kazakh signature on the framework agreement regarding the forces', "
             "'put their signatures to the agreement on ...': the noun of signing governs the keyword (lexicon adoption)",
     .text = "The CSTO summit was held in Moscow on 12 May. The reports do not mention a Kazakh signature on the "
             "framework agreement regarding the rapid reaction forces. All presidents put their signatures to the "
             "protocol on peacekeeping.",
     .expect = {HAS_DOCUMENT(.type = "agreement", .title = "framework agreement regarding the rapid reaction forces"),
                HAS_DOCUMENT(.type = "protocol", .title = "protocol on peacekeeping")}},
    {.name = "attendance: 'The meeting is attended by the Speaker of the Jogorku Kenesh': an office that is one "
             "country's by its name (titles.tsv), with no country said, is its holder named before (office_holder)",
     .text = "Speaker of the Jogorku Kenesh Ivan Petrov visited the park on May 12. A meeting of the Council of the "
             "CSTO Parliamentary Assembly is being held in Bishkek on May 13.\n\nThe meeting is attended by the "
             "Speaker of the Jogorku Kenesh.",
     .expect = {PARTICIPANT(.bodies = "PA", .status = "held", .id = "ivan-petrov")}},
    {.name = "documents: 'resolutions on the plan of consultations on foreign policy, security, and defence in 2026, on "
             "the regulation on ...': where the preposition is said again after a later comma only, the commas before "
             "it list within the first item (plural_comma_list)",
     .text = "A session of the CSTO Council of Foreign Ministers will take place in Minsk on 22 May. The session is "
             "expected to pass resolutions on the plan of consultations on foreign policy, security, and defence in "
             "2026, on the regulation on the crisis response centre.",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "foreign policy, security, and defence in 2026"),
                NO_DOCUMENT(.type = "decision", .title = "resolution on security"), DOCUMENTS(.n = 2)}},
    {.name = "places: 'quoted X as saying in Minsk on 12 May that the matter will be decided at the session of the "
             "Council of Foreign Ministers': where it was said, before 'that', is no place of the session (find_place; "
             "lexicon speech gains 'as saying')",
     .text = "A session of the CSTO Council of Foreign Ministers will take place in Bishkek on 22 May. BelTA quoted "
             "CSTO Secretary General Ivan Petrov as saying in Minsk on 12 May that the matter will be decided at the "
             "session of the CSTO Council of Foreign Ministers on 22 May. Oleg Sidorov said in Astana on 13 May "
             "that the question will be raised at the session of the CSTO Council of Foreign Ministers.",
     .expect = {NO_MEETING(.city = "Minsk"), NO_MEETING(.city = "Astana")}},
    {.name = "officials: «Президент Республики Таджикистан, уважаемый X принял руководителей делегаций»: an honorific "
             "between a title and a name (lexicon rank), and receiving the heads of delegations is no part in the "
             "ministers' meeting (lexicon received_guests)",
     .text = "12 мая в Душанбе прошло заседание Совета министров обороны ОДКБ. Президент Республики Таджикистан, "
             "уважаемый Иван Петров принял руководителей делегаций заседания Совета министров обороны ОДКБ.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "President", .country = "tajikistan"),
                NOT_PARTICIPANT(.id = "ivan-petrov")}},
    {.name = "officials: «министров обороны республик Беларусь, Казахстан, Кыргызстан»: countries after a plural title "
             "are no one's names (title_list_names); «Беларусь» is Belarus in the nominative too (gazetteer.c: «ь» "
             "a place's ending)",
     .text = "Президент Иван Петров принял в Душанбе министров обороны республик Беларусь, Казахстан, Кыргызстан. "
             "Президент Беларусь Олег Сидоров прибыл в Душанбе.",
     .expect = {NO_OFFICIAL(.name = "Беларусь"), HAS_OFFICIAL(.id = "oleg-sidorov", .country = "belarus")}},
    {.name = "officials: «в Беларусь будет направлена делегация во главе с Председателем Национального собрания X»: "
             "a country after «в» is where the delegation goes, not the one it represents (scope_country); the "
             "office's country stands (titles.tsv)",
     .text = "17-18 мая в Беларусь будет направлена делегация во главе с Председателем Национального собрания Иваном "
             "Петровым для участия в заседании Совета Парламентской Ассамблеи ОДКБ.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .country = "armenia"),
                NO_OFFICIAL(.id = "ivan-petrov", .country = "belarus")}},
    {.name = "officials: 'A, Chairman of X, B, Chairman of Y, C, Speaker of Z': a title after a name and its comma is "
             "that name's, so the next name's title is the one after it, not the one before, nor a title inside it "
             "('Minister of Armenia' in 'Prime Minister of Armenia': title_apposed_before)",
     .text = "The session of the Council of the CSTO Parliamentary Assembly in Almaty on 3 June was attended by Ivan "
             "Petrov, Prime Minister of Armenia, Oleg Sidorov, Chairman of the Mazhilis of Kazakhstan, Pavel Volkov, "
             "Speaker of the Kyrgyz Parliament.",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov", .title = "Chairman of the Mazhilis of Kazakhstan", .country = "kazakhstan"),
                HAS_OFFICIAL(.id = "pavel-volkov", .country = "kyrgyzstan"),
                NO_OFFICIAL(.id = "pavel-volkov", .country = "kazakhstan")}},
    {.name = "officials: 'Chairman of the Majlisi Milli (Tajikistan's upper chamber of parliament) X': a gloss in "
             "brackets between a title and a name (title_name)",
     .text = "Chairman of the Majlisi Milli (Tajikistan's upper chamber of parliament) Ivan Petrov took part in the "
             "session of the Council of the CSTO Parliamentary Assembly in Almaty on 3 June.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .country = "tajikistan"), PARTICIPANT(.bodies = "PA", .id = "ivan-petrov")}},
    {.name = "officials: «Президент Узбекистана – X, не прибыл»: a dash between a country's title and a name of two "
             "words (title_name)",
     .text = "20 мая в Ереване прошел саммит ОДКБ. Президент Узбекистана – Иван Петров, не прибыл в Ереван.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "President", .country = "uzbekistan"),
                NOT_PARTICIPANT(.id = "ivan-petrov")}},
    {.name = "meetings: «мы будем проводить заседания советов министров иностранных дел, министров обороны, комитета "
             "секретарей»: after an infinitive «заседания» is an accusative plural, a meeting of each body "
             "(plural_noun), and «будем проводить» tells of one to come (lexicon future)",
     .text = "«Накануне саммита мы будем проводить заседания советов министров иностранных дел, министров обороны, "
             "комитета секретарей советов безопасности стран-членов ОДКБ», – сказал Иван Петров.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "planned"), HAS_MEETING(.bodies = "CDM", .status = "planned"),
                HAS_MEETING(.bodies = "CSSC", .status = "planned"), NO_MEETING(.bodies = "CDM+CFM+CSSC")}},
    {.name = "meetings: 'meetings of the CFM and the CDM will be held on the eve of the summit', 'we will hold meetings "
             "of ...': a verb of taking place after an English plural, or of holding before it, tells of sessions, "
             "not of the bodies' sessions in general (generic_plural), which 'has skipped the meetings of' still is",
     .text = "Meetings of the CSTO Council of Foreign Ministers and the Council of Defence Ministers will be held on "
             "the eve of the summit. Kazakhstan has since skipped the meetings of the CSTO Committee of Secretaries of "
             "Security Councils.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "planned"), HAS_MEETING(.bodies = "CDM", .status = "planned"),
                NO_MEETING(.bodies = "CSSC")}},
    {.name = "officials: «встречу с зампредседателя Народной Скупщины Сербии X»: two capitalised words, the first an "
             "adjective in an oblique case, before a country are that country's institution, no name (title_name); and "
             "after such a title in no case of its own the name's endings tell the instrumental (ru_nominative)",
     .text = "12 мая в Бишкеке прошло заседание Совета ПА ОДКБ. После заседания Иван Петров провел встречу с "
             "зампредседателя Народной Скупщины Сербии Олегом Сидоровичем.",
     .expect = {NO_OFFICIAL(.name = "Народной Скупщины"), HAS_OFFICIAL(.name = "Олег Сидорович", .country = "serbia")}},
    {.name = "attendance: «... пройдет пленарное заседание ПА ОДКБ. Его проведет Председатель Госдумы X»: an accusative "
             "pronoun opening the sentence, then a verb of holding, is the meeting named before (lexicon it_object), "
             "held by the subject",
     .text = "В понедельник, 8 декабря, пройдет пленарное заседание Парламентской Ассамблеи ОДКБ. Его проведет "
             "Председатель Государственной Думы Иван Петров.",
     .expect = {PARTICIPANT(.bodies = "PA", .status = "planned", .id = "ivan-petrov"), MEETINGS(1)}},
    {.name = "status: «\"... в Армении. Если не будет возражений, тогда такое решение примем\", - сказал X на заседании "
             "Совета ПА ОДКБ в Бишкеке»: a quote mark then a comma, a dash and a verb of speaking ends a quotation "
             "begun in a sentence before (closing_quote), so its future is not the meeting's",
     .published = "20.05.2026",
     .text = "\"Хочу предложить провести очередное заседание осенью этого года в Армении. Если не будет возражений, "
             "тогда такое решение примем\", - сказал Иван Петров на заседании Совета ПА ОДКБ в Бишкеке.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Bishkek", .date = "2026-05-20", .status = "held"),
                PARTICIPANT(.bodies = "PA", .city = "Bishkek", .id = "ivan-petrov")}},
    {.name = "status: «вопросы, касающиеся заседаний СКБ и уставных органов, которые состоятся в ноябре в Астане»: a "
             "relative clause after a noun joined to the mention by «и» is about the mention too, and its future "
             "decides over a past before it (clause_tense): November to come, not the last one",
     .published = "26.09.2026",
     .text = "Вниманию министров были представлены вопросы, касающиеся заседаний Совета коллективной безопасности и "
             "уставных органов, которые состоятся в ноябре в Астане.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11", .city = "Astana", .status = "planned"),
                NO_MEETING(.date = "2025-11")}},
    {.name = "officials: a headline that tells what a titled person said ('Press Statement of Foreign Minister X on the "
             "results of ...', 'Foreign Minister X says ...') is the report's own: its person is read (lexicon "
             "heading_person)",
     .headline = "Press Statement of Foreign Minister Ivan Petrov on the results of the session of the CSTO Council of "
                 "Foreign Ministers",
     .published = "04.07.2026",
     .text = "Dear colleagues, today we discussed the preparation of the autumn summit.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Foreign Minister")}},
    {.name = "officials: 'Foreign Minister X says ...' in a headline names X",
     .headline = "Foreign Minister Ivan Petrov says the CSTO ministers agreed on a plan",
     .published = "04.07.2026",
     .text = "The ministers met in Minsk on Monday.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Foreign Minister")}},
    {.name = "status: 'It is an honour for us to host the session of the Council in Yerevan': an infinitive after a word "
             "of the speaker's feeling (lexicon glad_to) is what happens now, no meeting to come; 'today's session' "
             "then dates it",
     .published = "04.07.2026",
     .text = "It is an honour for us to host the session of the CSTO Council of Foreign Ministers in Yerevan. Today's "
             "session discussed the draft documents.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Yerevan", .date = "2026-07-04", .status = "held"), MEETINGS(1)}},
    {.name = "dates: 'during today's meeting we discussed the preparation of the Summit of the Heads of State': a day in "
             "the possessive before a meeting noun dates that noun's meeting, not a later mention (date_of_other_noun)",
     .published = "04.07.2026",
     .text = "This autumn, in October, Armenia will host the session of the CSTO Collective Security Council. During "
             "today's meeting we discussed the preparation of the Summit of the Heads of State.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-10", .status = "planned"), NO_MEETING(.date = "2026-07-04"),
                MEETINGS(1)}},
    {.name = "meetings: 'the Collective Security Council sessions which were held in September and October of 2015': a "
             "plural meeting noun of one body, then months joined by 'and', is a session in each month "
             "(sessions_per_month)",
     .published = "04.07.2026",
     .text = "Today's session of the CSTO Council of Foreign Ministers discussed the decisions made at the Collective "
             "Security Council sessions which were held in September and October of 2025.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025-09", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2025-10", .status = "held"), MEETINGS(3)}},
    {.name = "meetings: 'the sessions of the Council held on 22 and 23 November' are one session of two days, not one "
             "a day (sessions_per_month reads months only)",
     .published = "24.11.2026",
     .text = "The sessions of the CSTO Council of Foreign Ministers were held in Minsk on 22 and 23 November.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk"), MEETINGS(1)}},
    {.name = "meetings: 'A meeting of the Council of the Parliamentary Assembly is taking place today in Bishkek. ... "
             "Participants of the summit called for ...': 'the summit' alone, undated, when the report is of another "
             "body's meeting held and has named no summit, is that meeting, no session of the heads of state",
     .published = "20.05.2026",
     .text = "A meeting of the Council of the CSTO Parliamentary Assembly is taking place today in Bishkek. There are 13 "
             "issues on the agenda. Participants of the summit called for a political dialogue in Afghanistan.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Bishkek", .date = "2026-05-20", .status = "held"),
                NO_MEETING(.bodies = "CSC"), MEETINGS(1)}},
    {.name = "meetings: '... The summit will be held in Minsk in November' after a ministers' meeting is a session of "
             "the heads of state (a summit with a place or date of its own)",
     .published = "20.05.2026",
     .text = "A meeting of the CSTO Council of Foreign Ministers took place today in Bishkek. The summit will be held "
             "in Minsk in November.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk", .status = "planned"), MEETINGS(2)}},
    {.name = "documents: a title-case headline 'I. Petrov Says The Decisions Of Secretaries General Of CSTO Se' names no "
             "titled person ('Of CSTO' is no name: lexicon notname), so it stays a headline and yields no document",
     .headline = "I. Petrov Says The Decisions Of Secretaries General Of CSTO Se",
     .published = "10.12.2026",
     .text = "The session of the secretaries of the security councils of the CSTO member states took place today in "
             "Yerevan.",
     .expect = {NO_DOCUMENT(.type = "decision"), HAS_MEETING(.bodies = "CSSC", .date = "2026-12-10")}},
    {.name = "dates: «..., проходившее с 24 августа по 4 сентября» then a paragraph «Накануне в столицу прибыли ...»: a range "
             "across months (joined by a word of dates.tsv range) is no day that 'the day before' counts from "
             "(month_range), so the eve is the report's and those who arrived take part in the summit held; «До начала "
             "саммита» makes the summit a point in time (lexicon relative_mod), not dated by the exercise's days",
     .published = "15.09.2026",
     .text = "Душанбе, 15.09.2026. В Душанбе начал свою работу саммит глав государств ОДКБ.\n\nДо начала саммита была представлена "
             "фотовыставка об учении, проходившем с 24 августа по 4 сентября в Таджикистане.\n\nНакануне в "
             "таджикскую столицу прибыли президенты Казахстана — Иван Петров и России — Олег Сидоров.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-09-15", .status = "held"),
                PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"), PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov")}},
    {.name = "dates: «До начала саммита была представлена фотовыставка об учении, проходившем с 24 августа по 4 "
             "сентября»: before the start of a meeting (lexicon relative_mod) it is a point in time, and the days of "
             "another event do not date it",
     .published = "15.09.2026",
     .text = "В Душанбе начал свою работу саммит глав государств ОДКБ.\n\nДо начала саммита была представлена "
             "фотовыставка об учении, проходившем с 24 августа по 4 сентября в Таджикистане.",
     .expect = {NO_MEETING(.date = "2026-09-04"), MEETINGS(1)}},
    {.name = "status: «Душанбе, 15.09. (НИАТ «Ховар»). — В Душанбе начал свою работу саммит ... В рамках саммита состоится "
             "сессия СКБ»: «начал работу» is past (lexicon past_verb), so the session the summit holds later that day "
             "does not turn the summit into one to come, undated",
     .published = "15.09.2026",
     .text = "Душанбе, 15.09.2026. (НИАТ «Ховар»). — В Душанбе начал свою работу саммит глав государств ОДКБ.\n\nВ "
             "рамках саммита состоится сессия Совета коллективной безопасности ОДКБ в узком и расширенном составе.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-09-15", .city = "Dushanbe", .status = "held"), MEETINGS(1)}},
    {.name = "officials: «Глава МИД председательствующего в ОДКБ в 2026 году Таджикистана X»: a participle phrase in the "
             "genitive between a title and its country (ru_participle_before_country): X the country's minister",
     .published = "15.04.2026",
     .text = "Глава МИД председательствующего в ОДКБ в 2026 году Таджикистана Иван Петров приветствовал коллег на "
             "заседании СМИД ОДКБ в Душанбе.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Minister of Foreign Affairs", .country = "tajikistan"),
                PARTICIPANT(.bodies = "CFM", .id = "ivan-petrov")}},
    {.name = "meetings: 'Taking part in the meeting chaired by President of Tajikistan A were Prime Minister of Armenia B, "
             "President of Belarus C, President of Kazakhstan D and the CSTO Secretary-General E' in a report that names "
             "no meeting of a body: three heads of member states or more who attend make a session of the heads of "
             "state (pending_session), held, undated; not the leaders of states outside the CSTO named beside them",
     .headline = "Extraordinary session",
     .text = "Taking part in the meeting chaired by President of Tajikistan Ivan Petrov were Prime Minister of Armenia "
             "Oleg Sidorov, President of Belarus Pavel Volkov, President of Kazakhstan Boris Kuznecov and the "
             "Secretary-General of the Collective Security Treaty Organisation, Anton Orlov. The President of Russia "
             "informed the meeting participants about his talks with President of France Jean Dupont.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held"), MEETINGS(1),
                PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"), PARTICIPANT(.bodies = "CSC", .id = "pavel-volkov"),
                PARTICIPANT(.bodies = "CSC", .id = "anton-orlov"), NOT_PARTICIPANT(.bodies = "CSC", .id = "jean-dupont")}},
    {.name = "dates: «На прошедшем накануне заседании Постоянного совета ОДКБ были рассмотрены вопросы»: «накануне» after a "
             "past participle (lexicon past_verb) is the day before, not the eve of the meeting named after it: held, "
             "the day before the report's",
     .published = "28.03.2026",
     .text = "На прошедшем накануне заседании Постоянного совета ОДКБ были рассмотрены вопросы подготовки заседаний "
             "уставных органов.",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2026-03-27", .status = "held")}},
    {.name = "status: «На состоявшемся накануне заседании Постоянного совета ОДКБ ...»: a meeting held, not one to come "
             "on whose eve the report stands",
     .published = "28.03.2026",
     .text = "На состоявшемся накануне заседании Постоянного совета ОДКБ были рассмотрены повестки дня заседаний.",
     .expect = {HAS_MEETING(.bodies = "PC", .status = "held"), NO_MEETING(.bodies = "PC", .status = "planned")}},
    {.name = "dates: «... о подготовке заседаний СМИД, СМО и КССБ. Они пройдут в Минске 27 мая», «Их проведение намечено "
             "на 27 мая»: a plural pronoun opening the sentence (lexicon they), then a verb of taking place, stands for "
             "every meeting the sentence before named: each takes the date and place",
     .published = "28.03.2026",
     .text = "Генсек доложил о подготовке заседаний Совета министров иностранных дел, Совета министров обороны и "
             "Комитета секретарей советов безопасности. Они пройдут в Минске 27 мая.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-27", .city = "Minsk", .status = "planned"),
                HAS_MEETING(.bodies = "CDM", .date = "2026-05-27", .city = "Minsk", .status = "planned"),
                HAS_MEETING(.bodies = "CSSC", .date = "2026-05-27", .city = "Minsk", .status = "planned")}},
    {.name = "dates: «Их проведение намечено на 27 мая» after a sentence naming the sessions of two bodies: both that day",
     .published = "28.03.2026",
     .text = "Генсек доложил о подготовке заседаний Совета министров иностранных дел и Совета министров обороны. Их "
             "проведение намечено на 27 мая.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-27", .status = "planned"),
                HAS_MEETING(.bodies = "CDM", .date = "2026-05-27", .status = "planned")}},
    {.name = "dates: «о ходе реализации решений Совета коллективной безопасности, принятых в декабре 2025г. и подготовки "
             "заседаний СМИД, СМО и КССБ»: a date right after a participle of adoption is when the decisions were "
             "taken, not the day of the sessions named after an «и» (decided_on)",
     .published = "28.03.2026",
     .text = "Генсек доложит о ходе реализации решений Совета коллективной безопасности, принятых в декабре 2025г. и "
             "подготовки заседаний Совета министров иностранных дел и Совета министров обороны.",
     .expect = {NO_MEETING(.bodies = "CFM", .date = "2025-12"), NO_MEETING(.bodies = "CDM", .date = "2025-12")}},
    {.name = "dates: 'the declaration adopted on 23 November at the CSTO summit in Yerevan': the day of the summit it was "
             "adopted at (no 'and' between)",
     .published = "24.11.2026",
     .text = "The declaration adopted on 23 November at the CSTO summit in Yerevan was welcomed.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-23", .city = "Yerevan")}},
    {.name = "meetings: 'recalled the agreements reached at the Geneva and Sochi summits on the border dispute': a "
             "summit named by a city of a state never a member, or in a list with one, is another's (summit_abroad)",
     .published = "15.10.2026",
     .text = "The CSTO Council of Foreign Ministers met in Minsk on October 14. Minister Anton Orlov recalled the "
             "agreements reached at the Geneva and Sochi summits on the border dispute.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CFM", .date = "2026-10-14", .city = "Minsk")}},
    {.name = "meetings: 'the decisions of a summit in Paris on the crisis': a summit after 'in' and a city of a state "
             "never a member is another's (summit_abroad)",
     .published = "15.10.2026",
     .text = "The CSTO Council of Defence Ministers met in Astana on October 14 and welcomed the decisions of a summit "
             "in Paris on the crisis.",
     .expect = {MEETINGS(1), NO_MEETING(.bodies = "CSC")}},
    {.name = "meetings: 'at a pre-summit meeting the day before, X promised ...': a meeting before the summit, whose "
             "bodies are not named, is neither the summit nor another of its body (pre_meeting)",
     .published = "17.09.2026",
     .text = "The CSTO Collective Security Council held a session in Dushanbe on September 16. At a pre-summit meeting "
             "the day before, Secretary General Anton Orlov promised support to the host.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-09-16")}},
    {.name = "places: headline 'The joint session of the CSTO bodies held in Astana' over a text that tells of one "
             "meeting, placed in the city's country only: the headline's city is that meeting's (headline_place)",
     .headline = "The joint session of the CSTO bodies held in Astana",
     .published = "14.10.2026",
     .text = "On October 14, the Foreign Ministry of Kazakhstan hosted the joint session of the Council of Foreign "
             "Ministers and the Council of Defence Ministers of the CSTO.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .city = "Astana", .country = "kazakhstan")}},
    {.name = "documents: 'signed a charter in Minsk founding the CSTO': a document that founds the organisation is its "
             "Charter, historic, no document of the meeting (founds_csto)",
     .published = "20.12.2026",
     .text = "The CSTO summit was held in Moscow on December 19. In 2002 the presidents signed a charter in Minsk "
             "founding the CSTO.",
     .expect = {HAS_MEETING(.bodies = "CSC"), DOCUMENTS(.n = 0)}},
    {.name = "documents: 'adopted an agreement on the establishment of a joint force': a founding word after 'on' is the "
             "document's subject, the document stays (founds_csto)",
     .published = "20.12.2026",
     .text = "The CSTO summit in Moscow on December 19 adopted an agreement on the establishment of a joint force.",
     .expect = {HAS_DOCUMENT(.type = "agreement")}},
    {.name = "attendance: 'X will chair the CSTO after the summit in December, the press service said after a meeting "
             "between President A and Secretary General B': parties to talks of two are not said to take part in the "
             "summit to come (party_to_talks)",
     .published = "12.11.2026",
     .text = "Kyrgyzstan will take over the CSTO presidency after the Moscow summit in December, the press service said "
             "on Monday after a meeting between Kyrgyz President Anton Orlov and CSTO Secretary General Jean Dupont.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NOT_PARTICIPANT(.bodies = "CSC", .id = "anton-orlov"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "jean-dupont")}},
    {.name = "attendance: 'In the framework of the session the meeting between A and B took place': talks at a meeting "
             "held, whose participants they were (party_to_talks only before a meeting to come)",
     .published = "09.06.2026",
     .text = "The CSTO Committee of Secretaries of Security Councils held a session in Yerevan on June 8. In the "
             "framework of the session the meeting between Security Council Secretary of Armenia Anton Orlov and "
             "Security Council Secretary of Russia Jean Dupont took place.",
     .expect = {PARTICIPANT(.bodies = "CSSC", .id = "jean-dupont")}},
    {.name = "format: '..., although President X was only present online': one participant's way of taking part, the "
             "session held in person in its city (lexicon attend 'was only present')",
     .published = "17.09.2026",
     .text = "On September 16, the CSTO Collective Security Council held a session in Dushanbe. The heads of state "
             "participated in the meeting, although Russian President Anton Orlov was only present online.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Dushanbe", .format = "in_person")}},
    {.name = "dates: 'On Thursday (16 September), the Council held a session ... the chairmanship passes to Armenia for "
             "2021-2022', no date of the report: the one year the text names in which that day is that weekday "
             "(weekday_date_year; a date in brackets after a weekday)",
     .published = "",
     .text = "On Thursday (16 September), the CSTO Collective Security Council held a session in Dushanbe. The rotating "
             "chairmanship of the CSTO will now pass to Armenia for 2021-2022.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2021-09-16", .city = "Dushanbe")}},
    {.name = "documents: 'a package of documents was signed, ranging from an Agreement on A to a plan to B': the two "
             "ends of the span, each a document (from_span)",
     .published = "17.09.2026",
     .text = "The CSTO Collective Security Council held a session in Dushanbe on September 16. A package of documents "
             "was signed, ranging from an Agreement on joint medical support for the troops to a plan to equip the "
             "Collective Rapid Reaction Forces with modern weapons.",
     .expect = {HAS_DOCUMENT(.type = "agreement", .title = "Agreement on joint medical support for the troops"),
                HAS_DOCUMENT(.type = "plan",
                             .title = "plan to equip the Collective Rapid Reaction Forces with modern weapons")}},
    {.name = "dates: «Заседание СКБ состоится 16 сентября в Душанбе ... «С учетом перехода председательства в ОДКБ к "
             "Армении в 2021-2022 годах ...», - отметил пресс-секретарь», no date of the report: a chairmanship of two "
             "years passes at the summit of the first, the report's year (chair_passes_year; a past verb of saying is "
             "the quote's source, not the handover)",
     .published = "",
     .text = "Заседание Совета коллективной безопасности ОДКБ состоится 16 сентября в Душанбе. «С учетом перехода "
             "председательства в ОДКБ к Армении в 2021-2022 годах премьер-министр Армении представит приоритеты», - "
             "отметил пресс-секретарь организации.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2021-09-16", .city = "Dushanbe", .status = "planned")}},
    {.name = "dates: 'The CSTO foreign ministers will meet in Minsk on 30 June, before the handover of the chairmanship to "
             "Kazakhstan for 2024-2025', no date of the report: the first year of the span (lexicon chair_passes "
             "'handover of the chairmanship')",
     .published = "",
     .text = "The CSTO Council of Foreign Ministers will meet in Minsk on 30 June, ahead of the handover of the "
             "chairmanship to Kazakhstan for 2024-2025.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2024-06-30", .city = "Minsk")}},
    {.name = "attendance: '... after a meeting between Kyrgyz President A and Collective Security Treaty Organisation "
             "(CSTO) Secretary-General B': the second party, a long title away from 'between', is a party to the talks "
             "too (party_to_talks, 24 words)",
     .published = "12.11.2026",
     .text = "Kyrgyzstan will take over the CSTO presidency after the Moscow summit in December, the press service said "
             "on Monday after a meeting between Kyrgyz President Anton Orlov and Collective Security Treaty "
             "Organisation (CSTO) Secretary-General Jean Dupont.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NOT_PARTICIPANT(.bodies = "CSC", .id = "jean-dupont")}},
    {.name = "status: 'Unlike the summit in June in Moscow, all the heads of state will come to Cholpon-Ata': a meeting in "
             "a phrase that opens the sentence with lexicon compare_opener takes no tense from the clause after its "
             "comma; held on 14 June, as the next sentence says, one meeting (compared_until)",
     .published = "",
     .text = "The informal summit of the CSTO is planned in Cholpon-Ata. Unlike the summit in June in Moscow, all the heads "
             "of state will come to Cholpon-Ata. President Anton Orlov refused to come to Moscow on June 14 to the CSTO "
             "summit.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "held"),
                NO_MEETING(.bodies = "CSC", .city = "Moscow", .status = "planned")}},
    {.name = "dates: 'Unlike the summit in June in Moscow, all the heads will come' in a report of July 24: the June before "
             "the report's, held (compared_until: no tense from 'will come')",
     .published = "24.07.2026",
     .text = "Unlike the CSTO summit in June in Moscow, all the heads of state will come to Cholpon-Ata.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-06", .city = "Moscow", .status = "held")}},
    {.name = "attendance: 'Defence Minister of Kazakhstan X summed up the results of the meeting of the Council of Defence "
             "Ministers', no date or place in that sentence, the place later: the meeting is the report's, not one "
             "cited for its results (lexicon summed_up before outcome_right_before's word)",
     .published = "",
     .text = "Defence Minister of Kazakhstan Anton Orlov summed up the results of the meeting of the Council of Defence "
             "Ministers of the CSTO member states, the agency reports. A number of documents had been signed following "
             "the meeting of the Council of Defence Ministers of the CSTO in Almaty.",
     .expect = {HAS_MEETING(.bodies = "CDM", .city = "Almaty", .status = "held"),
                PARTICIPANT(.bodies = "CDM", .id = "anton-orlov")}},
    {.name = "meetings: «Министр обороны Казахстана X подвел итоги заседания Совета министров обороны ОДКБ» then the place: "
             "the report's meeting, its participant (lexicon summed_up)",
     .published = "",
     .text = "Министр обороны Казахстана Антон Орлов подвел итоги заседания Совета министров обороны ОДКБ. Заседание "
             "Совета министров обороны ОДКБ прошло в Алматы.",
     .expect = {HAS_MEETING(.bodies = "CDM", .city = "Almaty", .status = "held"),
                PARTICIPANT(.bodies = "CDM", .id = "anton-orlov")}},
    {.name = "attendance: «Имя преемника Х будет объявлено в ходе саммита 14 октября»: the one whose successor the summit "
             "names is not said to take part in it (lexicon appointee «преемника»)",
     .published = "10.09.2026",
     .text = "14 октября на саммите ОДКБ в Ереване президенты рассмотрят стратегию, сообщил Генсек Организации Антон "
             "Орлов. Имя преемника Орлова будет объявлено в ходе саммита 14 октября.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-10-14"), NOT_PARTICIPANT(.bodies = "CSC", .id = "anton-orlov")}},
    {.name = "attendance: in an address at a session held, 'The Chairman of the Parliament of Tajikistan X will inform us "
             "about the priorities of the chairmanship': one who speaks at it (lexicon attend 'will inform us')",
     .published = "12.04.2026",
     .text = "The Council of the CSTO Parliamentary Assembly met in Dushanbe today. The Chairman of the Parliament of "
             "Tajikistan Anton Orlov will inform us about the priorities of the chairmanship.",
     .expect = {HAS_MEETING(.bodies = "PA", .status = "held"), PARTICIPANT(.bodies = "PA", .id = "anton-orlov")}},
    {.name = "documents: 'the leaders of the three countries signed an Agreement on the dissolution of the Soviet Union and "
             "the creation of CIS': a document founding another organisation is that one's, no document of a meeting "
             "of the CSTO (founds_org)",
     .published = "20.03.2026",
     .text = "The CSTO foreign ministers met in Moscow on March 19. The CIS was founded in 1991, when the leaders of three "
             "countries signed an Agreement on the dissolution of the Soviet Union and the creation of CIS.",
     .expect = {HAS_MEETING(.bodies = "CFM"), DOCUMENTS(.n = 0)}},
    {.name = "documents: «приняли Заявление по случаю 80-летия учреждения ООН»: the founding of another organisation that "
             "an anniversary counts from is what the statement marks, the statement stays (founds_org)",
     .published = "26.09.2026",
     .text = "Министры иностранных дел ОДКБ на встрече в Нью-Йорке 25 сентября приняли Заявление по случаю 80-летия "
             "учреждения ООН.",
     .expect = {HAS_DOCUMENT(.type = "statement")}},
    {.name = "documents: 'On December 2, 2004 the General Assembly of the United Nations adopted the Resolution to grant "
             "observer status to the CSTO': another organisation the subject of the verb of adoption, its document "
             "(adopted_by_other)",
     .published = "20.03.2026",
     .text = "The CSTO foreign ministers met in Moscow on March 19. On December 2, 2004 the General Assembly of the "
             "United Nations adopted the Resolution to grant observer status to the Collective Security Treaty "
             "Organization.",
     .expect = {HAS_MEETING(.bodies = "CFM"), DOCUMENTS(.n = 0)}},
    {.name = "documents: 'discussed cooperation at the session of the UN General Assembly and adopted a statement on "
             "Afghanistan': another organisation named before the verb but not its subject, the statement is the "
             "meeting's (adopted_by_other)",
     .published = "21.09.2026",
     .text = "The CSTO foreign ministers met in New York on September 20. They discussed cooperation at the session of "
             "the UN General Assembly and adopted a statement on Afghanistan.",
     .expect = {HAS_DOCUMENT(.type = "statement")}},
    {.name = "status: «надеюсь, встретимся уже и в рамках Парламентской ассамблеи ОДКБ, которая состоится 1 июля»: a first "
             "person plural of meeting is to come (lexicon future «встретимся», exact_form: not «встретились»)",
     .published = "18.05.2026",
     .text = "«Поэтому в ближайшее время, надеюсь, встретимся уже и в рамках Парламентской ассамблеи ОДКБ, которая "
             "состоится 1 июля», — сказал председатель ПА ОДКБ Антон Орлов.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2026-07-01", .status = "planned"), NO_MEETING(.status = "held")}},
    {.name = "status: «Главы МИД совместно с министрами обороны встретились в Ереване»: past (not the stem of «встретимся»)",
     .published = "23.11.2026",
     .text = "Главы МИД государств ОДКБ совместно с министрами обороны и секретарями Советов безопасности встретились в "
             "Ереване.",
     .expect = {HAS_MEETING(.city = "Yerevan", .status = "held")}},
    {.name = "dates: «Их проведение намечено на 27 мая 2026 г. На состоявшемся накануне заседании Постоянного совета ...»: "
             "after a past participle, «накануне» of a day still to come is no day of something held; the Permanent "
             "Council's session is of the report's time, not the May before",
     .published = "28.03.2026",
     .text = "Генсек доложит о подготовке заседаний Совета министров иностранных дел. Их проведение намечено на 27 мая "
             "2026 г. На состоявшемся накануне заседании Постоянного совета ОДКБ были рассмотрены повестки дня.",
     .expect = {HAS_MEETING(.bodies = "PC", .status = "held"), NO_MEETING(.bodies = "PC", .date = "2025-05-26"),
                NO_MEETING(.bodies = "PC", .date = "2026-05-26")}},
    {.name = "meetings: «вопросы, предлагаемые для рассмотрения уставными органами ОДКБ - Советом коллективной безопасности, "
             "Советом министров иностранных дел - в ходе их заседаний, запланированных на 22-23 июня 2026 года в г. "
             "Минске»: a plural possessive before the meeting noun, two bodies named before it: a session of each, "
             "that day and place (their_sessions, lexicon they_own)",
     .published = "24.05.2026",
     .text = "На консультациях обсуждены вопросы, предлагаемые для рассмотрения уставными органами ОДКБ - Советом "
             "коллективной безопасности, Советом министров иностранных дел - в ходе их заседаний, запланированных на "
             "22-23 июня 2026 года в г. Минске.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-06-22", .city = "Minsk", .status = "planned"),
                HAS_MEETING(.bodies = "CFM", .date = "2026-06-22", .city = "Minsk", .status = "planned")}},
    {.name = "meetings: 'the Council of Foreign Ministers and the Council of Defence Ministers will consider the drafts at "
             "their sessions in Minsk on 22 June': a session of each (their_sessions)",
     .published = "24.05.2026",
     .text = "The CSTO Council of Foreign Ministers and the Council of Defence Ministers will consider the drafts at their "
             "sessions in Minsk on 22 June.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-06-22", .city = "Minsk"),
                HAS_MEETING(.bodies = "CDM", .date = "2026-06-22", .city = "Minsk")}},
    {.name = "attendance: 'will be discussed at a meeting of the CSTO in Moscow on 15 May, BelTA learnt from CSTO spokesman "
             "X. Secretary General Y is expected to deliver a speech': the press's source does not take part, the one "
             "to deliver a speech does (lexicon press_source 'learnt from', attend 'deliver a speech')",
     .published = "14.05.2026",
     .text = "Security challenges will be discussed at a meeting of the CSTO Collective Security Council in Moscow on 15 May, "
             "BelTA learnt from CSTO spokesman Anton Orlov. CSTO Secretary General Jean Dupont is expected to deliver a "
             "speech.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-15", .status = "planned"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "anton-orlov"), PARTICIPANT(.bodies = "CSC", .id = "jean-dupont")}},
    {.name = "attendance: «... плана мероприятий по реализации решений ноябрьской (2025 года) сессии СКБ ОДКБ для его "
             "утверждения председателем СКБ ОДКБ X»: a session before, named for carrying out its decisions, a modifier "
             "of its own: X is not said to have been there (MF_CARRIED_OUT, lexicon carry_out)",
     .published = "13.01.2026",
     .text = "Генсек обратил внимание на план мероприятий по реализации решений ноябрьской (2025 года) сессии Совета "
             "коллективной безопасности ОДКБ для его утверждения председателем Совета коллективной безопасности ОДКБ "
             "Антоном Орловым.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025-11"), NOT_PARTICIPANT(.bodies = "CSC", .id = "anton-orlov")}},
    {.name = "attendance: 'the plan for the implementation of the decisions of the November session of the Collective "
             "Security Council, for its approval by President X': X not said to be at that session (MF_CARRIED_OUT)",
     .published = "13.01.2026",
     .text = "The Council discussed the plan for the implementation of the decisions of the November session of the CSTO "
             "Collective Security Council, for its approval by Russian President Anton Orlov.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025-11"), NOT_PARTICIPANT(.bodies = "CSC", .id = "anton-orlov")}},
    {.name = "attendance: «С информацией о реализации решений сессии СКБ выступит исполняющий обязанности генерального "
             "секретаря X» in a report of that session: no modifier of its own, the report's session, X speaks there "
             "(decisions_carried_out)",
     .published = "15.09.2026",
     .text = "Сессия Совета коллективной безопасности ОДКБ пройдет в Бишкеке 16 сентября. «С информацией о реализации "
             "решений сессии СКБ выступит исполняющий обязанности генерального секретаря организации Антон Орлов», — "
             "указано в сообщении.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "anton-orlov")}},
    {.name = "attendance: 'The session of the Council of the CSTO Parliamentary Assembly will be held on July 1, Chairman of "
             "the CSTO PA X said during the meeting with Speaker of Parliament of Armenia Y': Y, a party to the talks, is "
             "not said to take part in the session to come (lexicon talks_between 'during the meeting with')",
     .published = "17.05.2026",
     .text = "The session of the Council of the CSTO Parliamentary Assembly will be held on July 1, Chairman of the CSTO PA "
             "Jean Dupont said during the meeting with Speaker of Parliament of Armenia Anton Orlov.",
     .expect = {HAS_MEETING(.bodies = "PA", .status = "planned"), NOT_PARTICIPANT(.bodies = "PA", .id = "anton-orlov")}},
    {.name = "status: «X отказался от участия в переговорах глав МИД ОДКБ 21 июня, заявила пресс-секретарь МИД Y 19 июня "
             "2026 года»: a day after the one the sentence is said on is still to come, whatever the refusal's tense",
     .published = "",
     .text = "Министр иностранных дел Армении Антон Орлов отказался от участия в переговорах глав МИД государств — членов "
             "ОДКБ 21 июня, заявила пресс-секретарь МИД Армении Жанна Дюпон 19 июня 2026 года.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-06-21", .status = "planned"), NO_MEETING(.status = "held")}},
    {.name = "status: 'X refused to attend the meeting of the CSTO foreign ministers on June 21, the spokeswoman said on June 19, "
             "2026': the talks still to come (a day said on, after the verb of saying)",
     .published = "",
     .text = "Foreign Minister of Armenia Anton Orlov refused to attend the meeting of the CSTO Council of Foreign "
             "Ministers on June 21, the ministry's spokeswoman said on June 19, 2026.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-06-21", .status = "planned")}},
    {.name = "places: «В столице Казахстана Астане прошло заседание»: the city named after the capital of its country",
     .text = "В столице Казахстана Астане прошло заседание Совета коллективной безопасности ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Astana", .country = "kazakhstan")}},
    {.name = "places: «в столице Казахстана прошло заседание»: no city named, the capital of that country",
     .text = "В столице Казахстана прошло заседание Совета министров иностранных дел ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CFM", .country = "kazakhstan")}},
    {.name = "places: 'X said during a meeting of the Council on Monday' under 'MOSCOW, June 6', then 'On Monday, X arrived "
             "in Yerevan to hold a meeting of the Council': one meeting of that weekday, held in Yerevan (the dateline's "
             "city was a guess)",
     .published = "",
     .text = "MOSCOW, June 6. /TASS/. Pressure will only grow, Russia's State Duma Speaker Anton Orlov said during a meeting "
             "of the CSTO Parliamentary Assembly Council on Monday.\n\nOn Monday, Orlov arrived in Yerevan to hold a meeting "
             "of the CSTO Parliamentary Assembly Council.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Yerevan", .status = "held"), MEETINGS(1)}},
    {.name = "documents: 'The Assembly adopted a statement during its plenary session ... The agenda includes reviewing a "
             "draft statement on X': the statement adopted is that draft, adopted (one document)",
     .text = "The CSTO Parliamentary Assembly adopted a statement during its plenary session on Monday. The plenary session "
             "of the CSTO Parliamentary Assembly is chaired by Anton Orlov. The agenda includes reviewing a draft statement "
             "on ensuring international security in a multipolar world.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "statement on ensuring international security in a multipolar "
                                                           "world", .status = "adopted"),
                DOCUMENTS(.n = 1)}},
    {.name = "documents: 'The Assembly adopted a statement on A ... reviewing a draft statement on B': two statements, the "
             "draft still a draft",
     .text = "The CSTO Parliamentary Assembly adopted a statement on the fight against terrorism during its plenary session "
             "on Monday. The agenda includes reviewing a draft statement on ensuring international security in a "
             "multipolar world.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "statement on ensuring international security in a multipolar "
                                                           "world", .status = "draft"),
                DOCUMENTS(.n = 2)}},
    {.name = "attendance: «Лавров, прибывший в Армению накануне, встретился со своим армянским коллегой X, Y, а также "
             "президентом Z» in a report of the foreign ministers' session: the counterpart takes part, those he met "
             "who hold no office of the Council are not said to",
     .text = "В Ереване в пятницу проходит заседание Совета министров иностранных дел ОДКБ. До этого глава МИД России "
             "Антон Орлов, прибывший в Армению с рабочим визитом накануне, встретился со своим армянским коллегой Жаном "
             "Дюпоном, премьер-министром Армении Иваном Петровым, а также президентом Армении Павлом Сидоренко.",
     .expect = {PARTICIPANT(.bodies = "CFM", .id = "anton-orlov"), PARTICIPANT(.bodies = "CFM", .id = "zan-dupon"),
                NOT_PARTICIPANT(.bodies = "CFM", .id = "pavel-sidorenko"),
                NOT_PARTICIPANT(.bodies = "CFM", .id = "ivan-petrov")}},
    {.name = "attendance: 'leaders attended the events hosted by Belarus's X': the host is no one met by them",
     .text = "Russian President Anton Orlov and the leaders of Kazakhstan and Tajikistan attended the CSTO summit in Minsk "
             "hosted by Belarusian President Jean Dupont.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "jean-dupont"), PARTICIPANT(.bodies = "CSC", .id = "anton-orlov")}},
    {.name = "dates: «На состоявшемся накануне заседании Комитета ...» (the participle, then «накануне» right before the "
             "meeting noun): the day before the report's, not the eve of the meeting (no meeting to come)",
     .published = "05.06.2025",
     .text = "На состоявшемся накануне заседании Комитета секретарей советов безопасности ОДКБ в Москве секретари обсудили "
             "ситуацию в Афганистане.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .date = "2025-06-04", .status = "held"), MEETINGS(1)}},
    {.name = "meetings: 'Speaker X is participating in a meeting of parliament speakers from the CSTO member nations that is "
             "being held today in the form of video conference': the PA's people (bodies.tsv), its meeting, by video",
     .text = "Speaker of the Jogorku Kenesh Anton Orlov is participating in a meeting of parliament speakers from the "
             "Collective Security Treaty Organization (CSTO) member nations that is being held today in the form of video "
             "conference.",
     .expect = {HAS_MEETING(.bodies = "PA", .status = "held", .format = "video"),
                PARTICIPANT(.bodies = "PA", .id = "anton-orlov")}},
    {.name = "meetings: «Спикеры парламентов государств - членов ОДКБ собрались в Алматы»: the PA's people "
             "(bodies.tsv)",
     .text = "Спикеры парламентов государств - членов ОДКБ собрались в Алматы на заседание.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Almaty")}},
    {.name = "officials: 'the chairperson of the CSTO Parliamentary Assembly (PA CSTO) Standing Commissions on ...': no name "
             "(lexicon notname: commissions, standing)",
     .text = "The meeting participants of the CSTO Parliamentary Assembly Council are expected to discuss the approval of "
             "the chairperson of the CSTO Parliamentary Assembly (PA CSTO) Standing Commissions on Socioeconomic and Legal "
             "Affairs.",
     .expect = {NO_OFFICIAL(.name = "Standing Commissions")}},
    {.name = "status: 'X will report on the results of the November (2019) session of the CSTO Security Council': a session "
             "named for its results, a bracketed year between, was held",
     .published = "",
     .text = "CSTO Secretary-General Anton Orlov will report on the results of the November (2019) session of the CSTO "
             "Security Council.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2019-11", .status = "held"), NO_MEETING(.status = "planned")}},
    {.name = "attendance: 'A is participating in a meeting of the Assembly Council ... B will report on the results of the "
             "November session of the Council': B speaks at the Assembly's meeting, of the summit (MF_REPORTED_ON)",
     .published = "",
     .text = "Speaker of the Jogorku Kenesh Jean Dupont is participating in a meeting of the CSTO Parliamentary Assembly "
             "Council that is being held today in the form of video conference. CSTO Secretary-General Anton Orlov will "
             "report on the results of the November (2019) session of the CSTO Security Council.",
     .expect = {PARTICIPANT(.bodies = "PA", .id = "anton-orlov"), NOT_PARTICIPANT(.bodies = "CSC", .id = "anton-orlov")}},
    {.name = "attendance: 'X told journalists after his meeting with Y that they had discussed ...' beside a summit to "
             "come: Y is a party to their talks, not said to take part in the summit (lexicon talks_between)",
     .text = "Kyrgyz President Jean Dupont yesterday met with CSTO Secretary General Anton Orlov. They discussed "
             "preparations for the next CSTO summit that will take place in Moscow in the near future. Orlov told "
             "journalists after his meeting with Jean Dupont that they had discussed a broad range of issues.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NOT_PARTICIPANT(.bodies = "CSC", .id = "jean-dupont")}},
    {.name = "attendance: '\"... they will be discussed at the emergency summit in Moscow on February 4,\" X told CSTO "
             "General Secretary Y on Monday': Y heard of the summit to come, he is not said to take part",
     .published = "",
     .text = "\"Concerning all proposals, naturally, they will be discussed at the CSTO's emergency summit meeting in Moscow "
             "on February 4,\" Russian President Jean Dupont told CSTO General Secretary Anton Orlov on Monday.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NOT_PARTICIPANT(.bodies = "CSC", .id = "anton-orlov")}},
    {.name = "attendance: 'X told President Y, who will be hosting the CSTO summit, that he will not attend': Y, the host, "
             "takes part (addressee, but an attend word of his own)",
     .text = "Prime Minister Jean Dupont told President Anton Orlov of Belarus, who will be hosting the CSTO summit in "
             "Minsk, that he will not attend the gathering.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "anton-orlov"), NOT_PARTICIPANT(.bodies = "CSC", .id = "jean-dupont")}},
    {.name = "attendance: a joint meeting held, then 'approved the agenda for tomorrow's meeting of the Council', then 'X, "
             "following the meeting, informed the media about its results': 'the meeting' after 'following' is over, the "
             "one held (not the summit to come)",
     .published = "",
     .text = "In Dushanbe on Wednesday, a joint meeting of the Council of Foreign Ministers, the Council of Defense "
             "Ministers and the Committee of Secretaries of Security Councils was held. During the meeting, the ministers "
             "approved the Agenda for tomorrow (September 16, 2021) meeting of the Collective Security Council. CSTO "
             "Secretary General Anton Orlov, following the meeting, informed the media about its results.",
     .expect = {PARTICIPANT(.bodies = "CDM+CFM+CSSC", .id = "anton-orlov"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "anton-orlov")}},
    {.name = "officials: 'the chairman of the upper chamber of the Tajik parliament X', 'the Speaker of the lower house of "
             "the Russian parliament Y' (titles.tsv: the chambers of a parliament)",
     .text = "The CSTO Parliamentary Assembly met by video. The chairman of the upper chamber of the Tajik parliament Anton "
             "Orlov and the Speaker of the lower house of the Russian parliament Jean Dupont took part in the session.",
     .expect = {HAS_OFFICIAL(.id = "anton-orlov", .title = "Chairman of the upper chamber", .country = "tajikistan"),
                HAS_OFFICIAL(.id = "jean-dupont", .title = "Speaker of the lower house", .country = "russia")}},
    {.name = "status: «X также посетит заседание Совета министров обороны ОДКБ. Мероприятие состоится 27 апреля»: the "
             "meeting no tense word named takes the tense of the sentence that says it takes place (to come)",
     .published = "",
     .text = "Душанбе, 26 апреля. Министр обороны России Антон Орлов также посетит заседание Совета министров обороны ОДКБ. "
             "Мероприятие состоится 27 апреля в столице Таджикистана — Душанбе.",
     .expect = {HAS_MEETING(.bodies = "CDM", .city = "Dushanbe", .status = "planned"), MEETINGS(1)}},
    {.name = "status: 'discussed preparations for the session of the Council and the joint meeting of the ministers in Astana': "
             "the second conjunct is to come too (planned_conjunct)",
     .text = "The sides discussed preparations for the session of the CSTO Collective Security Council and the joint meeting "
             "of the Council of Foreign Ministers, the Council of Defence Ministers and the Committee of Secretaries of "
             "Security Councils in Astana.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .status = "planned"), NO_MEETING(.status = "held")}},
    {.name = "status: «обсудили подготовку к сессии СКБ, совместному заседанию СМИД, СМО и КССБ»: a Russian list joined by a "
             "comma, the second noun in the preposition's case, is to come too",
     .text = "Стороны обсудили подготовку к сессии совета коллективной безопасности ОДКБ, совместному заседанию совета "
             "министров иностранных дел, совета министров обороны и комитета секретарей советов безопасности ОДКБ в Астане.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .status = "planned"), NO_MEETING(.status = "held")}},
    {.name = "status: «Накануне предстоящей сессии СКБ, совместное заседание ... состоялось», 'before the forthcoming "
             "meeting of the Council, a joint meeting was held': the subject after a comma is no conjunct, held",
     .text = "Накануне предстоящей сессии СКБ, совместное заседание совета министров иностранных дел, совета министров "
             "обороны и комитета секретарей советов безопасности ОДКБ состоялось в Астане. On November 8, before the "
             "forthcoming meeting of the CSTO Collective Security Council, a joint meeting of the Council of Foreign "
             "Ministers and the Council of Defence Ministers was held in Astana.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .status = "held"), HAS_MEETING(.bodies = "CDM+CFM", .status = "held")}},
    {.name = "status: headline «Сегодня начался неформальный саммит глав государств-членов ОДКБ» over «Сегодня, на "
             "неформальном саммите, главы государств обсудят вопросы»: the summit has begun, held (headline_status)",
     .headline = "Сегодня начался неформальный саммит глав государств-членов ОДКБ",
     .published = "",
     .text = "Сегодня, на неформальном саммите в Казахстане, главы государств-членов ОДКБ обсудят вопросы региональной и "
             "международной безопасности.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held"), MEETINGS(1)}},
    {.name = "status: headline 'CSTO summit to open in Astana next week' over 'the leaders will discuss': still to come "
             "(a word of planning in the headline)",
     .headline = "CSTO summit opens in Astana next week, leaders will discuss security",
     .published = "",
     .text = "At the informal CSTO summit in Kazakhstan, the heads of the CSTO member states will discuss regional "
             "security.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned")}},
    {.name = "places: «Заседание СКБ проходит за закрытыми дверями. В Ереван прибыли все главы государств, кроме ...»: the "
             "heads of state arriving in a city place the summit in focus (people_arrived)",
     .text = "Заседание Совета коллективной безопасности ОДКБ в узком составе проходит за закрытыми для прессы дверями. В "
             "Ереван прибыли все главы государств, кроме президента Казахстана.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Yerevan", .country = "armenia")}},
    {.name = "places: 'All the heads of state arrived in Yerevan' after a summit held in Minsk: the place it has stays",
     .text = "The session of the CSTO Collective Security Council was held in Minsk. All the heads of state arrived in "
             "Yerevan a day later for talks on trade.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk"), NO_MEETING(.city = "Yerevan")}},
    {.name = "status: «Мы встречаемся буквально за два часа до сессии Совета коллективной безопасности», 'two hours "
             "before the session': the session is still to come (lexicon relative_mod)",
     .published = "",
     .text = "Министры иностранных дел ОДКБ провели совместное заседание в Душанбе. «Мы встречаемся не накануне, а "
             "буквально за два часа до сессии Совета коллективной безопасности», — сказал министр.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NO_MEETING(.bodies = "CSC", .status = "held")}},
    {.name = "documents: 'which in accordance with the approved work plan for 2021 is scheduled to be held': a plan acted on "
             "(lexicon pursuant, two lower-case words between), no document of the meeting",
     .text = "The visiting meeting of the Council of the CSTO Parliamentary Assembly, which in accordance with the approved "
             "work plan for 2021 is scheduled to be held in Dushanbe, was discussed yesterday.",
     .expect = {DOCUMENTS(.n = 0)}},
    {.name = "documents: 'in accordance with the decisions, the ministers approved the plan of joint action for 2021': the "
             "plan the ministers approve is one",
     .text = "In accordance with the decisions of the Council, the CSTO defence ministers approved the plan of joint action "
             "for 2021 at their meeting in Moscow.",
     .expect = {HAS_DOCUMENT(.type = "plan")}},
    {.name = "status: 'The unofficial summit kicked off in Armenia ... On the agenda are organizational issues related to the "
             "official CSTO Council meeting in Moscow. ... X, presiding over the CSTO summit, thanked ...': the Moscow "
             "meeting is a topic, to come, and takes no focus (concerns_before)",
     .published = "",
     .text = "The unofficial summit of CSTO member countries kicked off in Armenia on August 20. On the meeting agenda are "
             "organizational issues related to the official CSTO Council meeting in Moscow. Russian President Anton Orlov, "
             "presiding over the CSTO summit, thanked the Armenian president for his hospitality.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "planned"),
                PARTICIPANT(.bodies = "CSC", .id = "anton-orlov"), HAS_MEETING(.bodies = "CSC", .country = "armenia",
                                                                                 .status = "held")}},
    {.name = "attendance: 'The CSTO held a session of its parliamentary assembly in Moscow ... the group may expand, said the "
             "speaker of Russia's State Duma, X': a speaker of a member's parliament sits in the Assembly (titles.tsv "
             "russia,PA), so he speaks of his session",
     .text = "The Collective Security Treaty Organization held a session of its parliamentary assembly in Moscow on November "
             "6. And that group may expand to include Iran, said the Chairman of the State Duma Anton Orlov.",
     .expect = {PARTICIPANT(.bodies = "PA", .id = "anton-orlov"),
                HAS_OFFICIAL(.id = "anton-orlov", .country = "russia")}},
    {.name = "attendance: «X подтвердил готовность Кыргызстана к проведению предстоящих заседаний СМИД, СМО, КССБ и СКБ»: "
             "confirming (lexicon speech) is announcing, not attending the meetings to come",
     .text = "Генеральный секретарь ОДКБ Антон Орлов подтвердил готовность Кыргызстана, принимающего председательство в ОДКБ "
             "в 2027 году, к проведению предстоящих заседаний уставных органов - СМИД, СМО, КССБ и СКБ ОДКБ.",
     .expect = {NOT_PARTICIPANT(.bodies = "CSC", .id = "anton-orlov"), NOT_PARTICIPANT(.bodies = "CFM", .id = "anton-orlov")}},
    {.name = "attendance: a joint session held, then 'Foreign Minister of Tajikistan X noted that Tajikistan will take "
             "advantage of its chairmanship': the future is in what he said, he speaks of his session (members_report)",
     .text = "Foreign Minister of Russia Jean Dupont spoke at a joint session of the Council of Foreign Ministers and the "
             "Council of Defense Ministers of the CSTO member states in Moscow on 22 December. Foreign Minister of "
             "Tajikistan Anton Orlov noted that Tajikistan will take advantage of its CSTO chairmanship to boost the "
             "cooperation between the member states.",
     .expect = {PARTICIPANT(.bodies = "CDM+CFM", .id = "anton-orlov")}},
    {.name = "attendance: a joint session held, then 'Foreign Minister X will hold talks in Minsk next week': a plan of his "
             "own, no part in the session",
     .text = "The CSTO Council of Foreign Ministers met in Moscow on 22 December. Foreign Minister of Tajikistan Anton Orlov "
             "will hold talks in Minsk next week.",
     .expect = {NOT_PARTICIPANT(.bodies = "CFM", .id = "anton-orlov")}},
    {.name = "attendance: «Антон Орлов на следующей неделе примет участие в заседании СКБ», 'X on Monday took part in': a "
             "date between the name and the verb of taking part (name_attends)",
     .published = "30.11.2020",
     .text = "Антон Орлов на следующей неделе примет участие в заседании Совета коллективной безопасности ОДКБ. Jean Dupont "
             "on Monday took part in the session of the CSTO Council of Foreign Ministers.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "anton-orlov"), PARTICIPANT(.bodies = "CFM", .id = "jean-dupont")}},
    {.name = "status: 'preparations for the visiting session', «подготовка к выездному заседанию»: a meeting's modifier "
             "(lexicon meeting_mod) between the word of planning and the meeting",
     .published = "10.03.2015",
     .text = "Preparations for the visiting meeting of the CSTO Permanent Council in Dushanbe were discussed in Moscow. "
             "Началась подготовка к выездному заседанию Совета министров обороны ОДКБ в Бишкеке.",
     .expect = {HAS_MEETING(.bodies = "PC", .status = "planned"), HAS_MEETING(.bodies = "CDM", .status = "planned"),
                NO_MEETING(.status = "held")}},
    {.name = "dates: 'Preparations for the session of X, which is scheduled for the spring, were discussed yesterday', "
             "«Подготовку к заседанию обсудили вчера»: a meeting to come takes no date past a verb of the past after it",
     .published = "10.03.2015",
     .text = "Preparations for the meeting of the CSTO Permanent Council in Dushanbe, which is scheduled for the spring, were "
             "discussed yesterday in Moscow. Подготовку к предстоящему заседанию Совета министров обороны ОДКБ в Бишкеке "
             "обсудили вчера в Москве.",
     .expect = {HAS_MEETING(.bodies = "PC", .status = "planned"), HAS_MEETING(.bodies = "CDM", .status = "planned"),
                NO_MEETING(.date = "2015-03-09")}},
    {.name = "dates: 'topped the agenda of the CSTO summit held on Monday': the meeting's own participle is no verb of "
             "the past after it (past_verb_last)",
     .text = "Security topped the agenda of the CSTO summit held on Monday in Moscow.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-11", .city = "Moscow")}},
    {.name = "documents: 'The draft agenda provides for the implementation of the decisions of the statutory bodies of the "
             "Organization', 'of the Collective Security Council': whose they are, not what they are about (author_only)",
     .text = "The session of the CSTO Council of Foreign Ministers will be held in Minsk on 20 May. The draft agenda provides "
             "for the implementation of the decisions of the statutory bodies of the Organization. The draft agenda also "
             "provides for the decisions of the Collective Security Council.",
     .expect = {HAS_MEETING(.bodies = "CFM"), DOCUMENTS(.n = 0)}},
    {.name = "documents: «одобрено заявление министров о координации усилий в сфере информационной безопасности, а также о "
             "коллективных усилиях по урегулированию кризисов»: two items, the second after «а также» (items_at)",
     .text = "В Душанбе прошло заседание СМИД ОДКБ. Также было одобрено заявление министров иностранных дел о координации "
             "совместных усилий в сфере информационной безопасности, а также о коллективных усилиях по урегулированию "
             "кризисных ситуаций.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "заявление министров иностранных дел о коллективных усилиях по "
                                                           "урегулированию кризисных ситуаций"),
                DOCUMENTS(.n = 2)}},
    {.name = "documents: '«Принято 35 модельных актов и рекомендаций», - сказал X': a genitive plural with no title, the "
             "quote after it the one that ends the quotation, not a title's",
     .text = "В Москве прошло пленарное заседание ПА ОДКБ. \"Ассамблея выполнила программу. Принято 35 модельных актов и "
             "рекомендаций\", - сказал Антон Орлов на заседании.",
     .expect = {HAS_MEETING(.bodies = "PA"), DOCUMENTS(.n = 0)}},
    {.name = "attendance: 'X took part in the meeting of the CFM in Bishkek and in the joint meeting of ...', «принял участие "
             "в заседании СМО и в заседании СМИД»: in both meetings joined after the verb (attend_conjoined)",
     .text = "Foreign Minister of Tajikistan Anton Orlov today took part in the meeting of the CSTO Council of Foreign "
             "Ministers in Bishkek and in the joint meeting of the Council of Foreign Ministers and the Council of Defence "
             "Ministers. Министр иностранных дел Казахстана Жан Дюпон в четверг в Москве принял участие в заседании Совета "
             "министров обороны ОДКБ и в заседании Комитета секретарей советов безопасности.",
     .expect = {PARTICIPANT(.bodies = "CFM", .id = "anton-orlov"), PARTICIPANT(.bodies = "CDM+CFM", .id = "anton-orlov"),
                PARTICIPANT(.bodies = "CDM", .id = "zan-dupon"), PARTICIPANT(.bodies = "CSSC", .id = "zan-dupon")}},
    {.name = "dates: «В 2023 году в ОДКБ председательствует Беларусь, в следующем, 2024 году, председательство перейдет к "
             "Казахстану», no report date: the chair's year is the report's; the clause after the comma and a year is "
             "another's (chairmanship_year)",
     .published = "",
     .text = "Заседание Совета коллективной безопасности ОДКБ пройдет в Минске 23 ноября. В 2023 году в ОДКБ "
             "председательствует Республика Беларусь, в следующем, 2024 году, председательство перейдет к Республике "
             "Казахстан.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2023-11-23")}},
    {.name = "dates: «28 ноября в Астане состоятся совместное заседание СМИД (СМИД) и СМО (СМО), а также сессия СКБ, передает "
             "агентство»: the date that opens the sentence is of both meetings joined by «а также» (coordinated)",
     .published = "26.11.2024",
     .text = "28 ноября 2024 года в Астане состоятся совместное заседание Совета министров иностранных дел (СМИД) и Совета "
             "министров обороны (СМО), а также сессия Совета коллективной безопасности ОДКБ, передает агентство.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2024-11-28"), HAS_MEETING(.bodies = "CSC", .date = "2024-11-28")}},
    {.name = "documents: 'A plan of actions for the anniversary is also on the agenda': a document on the agenda is still to "
             "be adopted (lexicon doc_future)",
     .text = "The CSTO Council of Defence Ministers will meet in Dushanbe on 27 May. A plan of actions timed to the 30th "
             "anniversary of the Organization is also on the agenda.",
     .expect = {HAS_DOCUMENT(.type = "plan", .status = "planned")}},
    {.name = "dates: 'The sessions of the CDM and the CSSC will take place in Dushanbe on April 27 and April 29': each its "
             "own in turn (respective_date); one date is both's",
     .published = "20.04.2021",
     .text = "The sessions of the CSTO Council of Defence Ministers and the Committee of Secretaries of Security Councils "
             "will take place in Dushanbe on April 27 and April 29. The sessions of the Council of Foreign Ministers and the "
             "Parliamentary Assembly will take place in Minsk on May 12.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2021-04-27"), HAS_MEETING(.bodies = "CSSC", .date = "2021-04-29"),
                HAS_MEETING(.bodies = "CFM", .date = "2021-05-12"), HAS_MEETING(.bodies = "PA", .date = "2021-05-12")}},
    {.name = "places: «Мероприятие пройдет в Ереване, накануне очередного заседания СКБ», 'The event will take place in "
             "Minsk on the eve of the regular session of the Council': the place of the meeting named before, the one "
             "after only a point in time (anaphor_before_points)",
     .text = "Антон Орлов примет участие в совместном заседании Совета министров иностранных дел и Совета министров обороны "
             "ОДКБ. Мероприятие пройдет в Ереване, накануне очередного заседания Совета коллективной безопасности ОДКБ. "
             "Jean Dupont will attend the meeting of the CSTO Committee of Secretaries of Security Councils. The event will "
             "take place in Minsk on the eve of the regular session of the CSTO Parliamentary Assembly.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .city = "Yerevan"), HAS_MEETING(.bodies = "CSSC", .city = "Minsk")}},
    {.name = "documents: «подписал соглашение о Коллективных силах оперативного реагирования (КСОР) ОДКБ ... Соглашение о "
             "КСОР ОДКБ»: one agreement, the second by its abbreviation (abbreviated_title)",
     .text = "Президент Беларуси Антон Орлов подписал соглашение о Коллективных силах оперативного реагирования (КСОР) ОДКБ "
             "на сессии Совета коллективной безопасности. В пакет документов входят Соглашение о КСОР ОДКБ и протокол к "
             "нему. The leaders signed the Agreement on the Collective Rapid Reaction Forces (CRRF) of the CSTO. The "
             "Agreement on the CRRF of the CSTO was ratified by all.",
     .expect = {DOCUMENTS(.n = 3)}},
    {.name = "documents: «подпишем два протокола к международным соглашениям по вопросам статуса сил», 'two protocols to the "
             "agreements on transit': what the protocols are to, no agreement of the meeting (object_of_keyword); 'the "
             "Council plans to sign an agreement on training' is one",
     .text = "Саммит ОДКБ прошел в Астане. Лидеры подписали два протокола к международным соглашениям по вопросам статуса "
             "сил. The ministers signed two protocols to the agreements on transit. The Council plans to sign an agreement "
             "on training military personnel.",
     .expect = {HAS_DOCUMENT(.type = "agreement", .title = "agreement on training military personnel"), DOCUMENTS(.n = 1)}},
    {.name = "meetings: 'The Russian, Belarusian and Kazakh presidents held the final meeting in late December 2014 to "
             "establish the EAEU': another organisation's, named where the CSTO is not (session_of_people, bare noun)",
     .published = "21.12.2015",
     .text = "Anton Orlov will on Monday take part in a meeting of the CSTO Collective Security Council in Moscow. The "
             "Russian, Belarusian and Kazakh presidents held the final meeting in late December 2014 in the process to "
             "establish the EAEU.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2015-12-21"), MEETINGS(1)}},
    {.name = "documents: 'will increase its efforts, advocating for the resolution of international conflicts': the act of "
             "resolving (lexicon act_noun, 'of' and words in lower case), no document; 'the resolution of the Collective "
             "Security Council on X' is one",
     .text = "The session of the CSTO Council of Foreign Ministers was held in Minsk. The CSTO will increase its efforts, "
             "advocating for the resolution of international conflicts by peaceful means. The ministers adopted the "
             "resolution of the Collective Security Council on peacekeeping.",
     .expect = {DOCUMENTS(.n = 1)}},
    {.name = "attendance: 'A session of the Council held in December gave a new impetus, Secretary General X said at a meeting "
             "of the Assembly's Council', «..., заявил генсек X на заседании Совета ПА»: where he spoke, not what he spoke "
             "of (meeting_said_at)",
     .published = "01.07.2021",
     .text = "A session of the CSTO Collective Security Council held in December last year gave the CSTO a new impetus, CSTO "
             "Secretary General Jean Dupont said at a meeting of the Council of the CSTO Parliamentary Assembly in "
             "Dushanbe. Сессия Совета министров обороны ОДКБ в мае дала новый импульс, заявил генеральный секретарь ОДКБ "
             "Антон Орлов на заседании Совета министров иностранных дел ОДКБ в Минске.",
     .expect = {PARTICIPANT(.bodies = "PA", .id = "jean-dupont"), NOT_PARTICIPANT(.bodies = "CSC", .id = "jean-dupont"),
                PARTICIPANT(.bodies = "CFM", .id = "anton-orlov"), NOT_PARTICIPANT(.bodies = "CDM", .id = "anton-orlov")}},
    {.name = "dates: 'all the decisions taken at the December meeting of the Council', «решения декабрьской сессии СКБ» in a "
             "July report: a meeting named for its outcome is past, last year's December (outcome_word_before)",
     .published = "01.07.2021",
     .text = "All the decisions taken at the December meeting of the CSTO Collective Security Council gave a new impetus. "
             "Все решения декабрьской сессии Совета министров обороны ОДКБ дали новый импульс.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2020-12", .status = "held"),
                HAS_MEETING(.bodies = "CDM", .date = "2020-12", .status = "held")}},
    {.name = "officials: 'Russia was represented at the meeting by Security Council Secretary X': the country he represents "
             "(lexicon represented_by, the meeting between the verb and 'by')",
     .text = "The CSTO Committee of Secretaries of Security Councils met in Minsk on Thursday. Russia was represented at the "
             "meeting by Security Council Secretary Anton Orlov.",
     .expect = {HAS_OFFICIAL(.id = "anton-orlov", .country = "russia"), PARTICIPANT(.bodies = "CSSC", .id = "anton-orlov")}},
    {.name = "attendance: 'X said at the parliament-government question-and-answer session': a country's own session "
             "(lexicon national_body, ending right before the noun), not the summit he will not attend",
     .text = "Armenian Prime Minister Anton Orlov said today that Armenia will not participate in the summit of the CSTO "
             "scheduled for November 23 in Minsk. \"We cannot allow it,\" Anton Orlov said at the parliament-government "
             "question-and-answer session.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk"), NOT_PARTICIPANT(.bodies = "CSC", .id = "anton-orlov")}},
    {.name = "attendance: 'The meeting of the Council was held in Astana without the participation of Prime Minister X', «без "
             "участия премьер-министра X»: one kept away (lexicon absent)",
     .text = "The meeting of the CSTO Collective Security Council was held in Astana on Thursday without the participation "
             "of Armenian Prime Minister Anton Orlov. Заседание Совета министров иностранных дел ОДКБ прошло в Астане без "
             "участия министра иностранных дел Армении Жана Дюпона.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Astana"), NOT_PARTICIPANT(.bodies = "CSC", .id = "anton-orlov"),
                HAS_MEETING(.bodies = "CFM", .city = "Astana"), NOT_PARTICIPANT(.bodies = "CFM", .id = "zan-dupon")}},
    {.name = "meetings: «В Минске в четверг прошла встреча Орлова с президентом Беларуси X»: «прошла» is no form of «прошлое» "
             "(lexicon exact_form), so no 'last meeting'; a meeting of one named with another is their talks "
             "(talks_with_person)",
     .published = "05.03.2020",
     .text = "Саммит ОДКБ запланирован к проведению в декабре в Москве, рассказал генеральный секретарь ОДКБ Антон Орлов. В "
             "Минске в четверг прошла встреча Орлова с президентом Беларуси Жаном Дюпоном.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow"), MEETINGS(1),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "zan-dupon")}},
    {.name = "places: headline «В Казахстане прошел саммит лидеров ОДКБ», text «В столице Казахстана Астане прошло "
             "заседание»: the city in the country the meeting has, named where the text refers back to it",
     .headline = "В Казахстане прошел саммит лидеров ОДКБ",
     .published = "08.11.2018",
     .text = "В столице Казахстана Астане прошло заседание национальных лидеров стран ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Astana"), MEETINGS(1)}},
    {.name = "status: «Сессия СКБ, которая состоит из глав шести государств, прошла в Астане»: «состоит» (consists) is no "
             "form of «состоится» (lexicon exact_form: one Snowball stem), so nothing says the session is to come",
     .text = "Сессия Совета коллективной безопасности ОДКБ, которая состоит из глав шести государств, прошла в Астане.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held"), NO_MEETING(.status = "planned")}},
    {.name = "officials: «председатель комитета по делам СНГ, евразийской интеграции и связям с соотечественниками Жан "
             "Дюпон»: what the committee is for runs past an abbreviation in capitals and a comma before a word in lower "
             "case (ru_genitive_complement)",
     .text = "Пленарное заседание ПА ОДКБ пройдет в Ереване. В состав делегации вошел председатель комитета по делам СНГ, "
             "евразийской интеграции и связям с соотечественниками Жан Дюпон.",
     .expect = {HAS_OFFICIAL(.id = "zan-dupon", .title = "Chairman")}},
    {.name = "status: «Жан Дюпон возглавит делегацию на заседании ...»: a future form whose Snowball stem is the past's "
             "(«возглавил») is looked up as written (exact_form) and says the meeting is to come (planned_verb)",
     .text = "Министр иностранных дел Жан Дюпон возглавит делегацию на заседании Совета министров иностранных дел ОДКБ в "
             "Минске 20 мая.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-20", .status = "planned")}},
    {.name = "status: «Жан Дюпон выступит на заседании ...»: «выступит» (will speak) is no «выступил»",
     .text = "Министр обороны Жан Дюпон выступит на заседании Совета министров обороны ОДКБ в Минске 20 мая.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2026-05-20", .status = "planned")}},
    {.name = "status: «Заседание ... проходило в Минске 20 мая»: the past of «проходит» (is under way) is a past verb, "
             "and no longer the present's stem match",
     .text = "Заседание Совета министров обороны ОДКБ проходило в Минске 20 мая.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2025-05-20", .status = "held")}},
    {.name = "status: «В Минске проходит заседание ...» stays under way (held, the day of publication)",
     .text = "В Минске проходит заседание Совета министров обороны ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2026-05-14", .status = "held")}},
    {.name = "article: a first line of 200 bytes or more with one sentence break that ends as a sentence or a colon does "
             "(«... Жан Дюпон рассказал журналистам после мероприятия. Он отметил, что состоялся откровенный разговор:») "
             "is a lede, no headline: its official is the text's",
     .headline = "О содержании встречи с министром генеральный секретарь ОДКБ Жан Дюпон рассказал журналистам после "
                 "мероприятия. Он отметил, что состоялся откровенный разговор:",
     .published = "",
     .text = "– Он касался прежде всего обстановки в зоне ответственности ОДКБ.",
     .expect = {HAS_OFFICIAL(.id = "zan-dupon", .title = "Secretary General")}},
    {.name = "documents: 'so the final decision has not yet been taken': a keyword in lower case whose adoption the verb "
             "right after it denies is no document (denied_adoption)",
     .text = "Jean Dupont said the issue was discussed at the CSTO summit in Minsk, but the final decision has not yet "
             "been taken.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk"), DOCUMENTS(.n = 0)}},
    {.name = "documents: «решение пока не принято» is none either",
     .text = "По словам Жана Дюпона, на саммите ОДКБ в Минске решение пока не принято.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk"), DOCUMENTS(.n = 0)}},
    {.name = "documents: 'the leaders will make a final decision there': deciding (lexicon decide), no document",
     .text = "The CSTO leaders will meet in Minsk in December and will make a final decision there, Jean Dupont said.",
     .expect = {DOCUMENTS(.n = 0)}},
    {.name = "documents: 'the decision was not adopted, but a statement on Afghanistan was adopted' keeps the statement",
     .text = "At the CSTO summit in Minsk the decision was not adopted, but a statement on Afghanistan was adopted.",
     .expect = {HAS_DOCUMENT(.type = "statement", .status = "adopted"), DOCUMENTS(.n = 1)}},
    {.name = "documents: 'approved decisions on the issues that will be submitted for signing': a word that names no "
             "subject (lexicon vague_topic) then a clause starts no title",
     .text = "The CSTO foreign ministers met in Minsk and approved decisions on the issues that will be submitted for "
             "signing at the summit.",
     .expect = {NO_DOCUMENT(.title = "decision on the issues")}},
    {.name = "documents: ... but 'decisions on the issues of border security' has one",
     .text = "The CSTO foreign ministers met in Minsk and approved decisions on the issues of border security.",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "decision on the issues of border security")}},
    {.name = "meetings: 'The secretaries of the CSTO countries' security councils approved measures at a joint meeting in "
             "Bishkek': the Committee of Secretaries named by its people (bodies.tsv)",
     .text = "The secretaries of the CSTO countries' security councils approved measures at a joint meeting in Bishkek, "
             "the press service reported.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .city = "Bishkek", .status = "held")}},
    {.name = "documents: 'adopting measures ... to implement the UN global counter-terrorism strategy for 2019-2021': "
             "another organisation right before lower-case words that lead to a lower-case keyword owns it (other_orgs)",
     .text = "The CSTO security council secretaries met in Minsk and adopted measures to implement the UN global "
             "counter-terrorism strategy for 2019-2021.",
     .expect = {NO_DOCUMENT(.type = "other")}},
    {.name = "documents: ... but 'adopted the CSTO collective security strategy' is the CSTO's",
     .text = "The CSTO leaders met in Minsk and adopted the CSTO collective security strategy for 2026-2030.",
     .expect = {HAS_DOCUMENT(.type = "other", .status = "adopted")}},
    {.name = "attendance: 'He informed the ministers about the preparations for the session of the Council, to be held in "
             "November in Bishkek': telling of a meeting by a verb of briefing and 'about' is not taking part in it (told_of)",
     .text = "The working meeting of the CSTO foreign ministers in New York was attended by the CSTO Acting Secretary "
             "General Jean Dupont. He informed the ministers about the preparations for the session of the CSTO "
             "Collective Security Council, to be held at the end of November in Bishkek.",
     .expect = {PARTICIPANT(.bodies = "CFM", .id = "jean-dupont"), NOT_PARTICIPANT(.bodies = "CSC", .id = "jean-dupont")}},
    {.name = "attendance: «Жан Дюпон доложит о ходе подготовки заседания Совета министров иностранных дел» likewise",
     .text = "Генеральный секретарь ОДКБ Жан Дюпон посетит Минск. Жан Дюпон доложит о ходе подготовки заседания Совета "
             "министров иностранных дел, которое намечено на 27 мая.",
     .expect = {NOT_PARTICIPANT(.bodies = "CFM", .id = "zan-dupon")}},
    {.name = "attendance: ... but 'X briefed the participants of the session about the situation' takes part in it",
     .text = "The session of the CSTO Collective Security Council was held in Minsk on Monday. CSTO Secretary General "
             "Jean Dupont briefed the participants of the session about the situation in Afghanistan.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "jean-dupont")}},
    {.name = "attendance: 'President of Russia Ivan Petrov: ... to congratulate you on successfully holding another "
             "session of the CSTO Parliamentary Assembly': a transcript's speaker who congratulates its participants is "
             "no one of them (lexicon received_guests)",
     .text = "The meeting was attended by Chairman of the CSTO Parliamentary Assembly Jean Dupont.\n\n"
             "President of Russia Ivan Petrov: Good evening, colleagues, I am very glad to see you and to congratulate "
             "you on successfully holding another session of the CSTO Parliamentary Assembly.",
     .expect = {PARTICIPANT(.bodies = "PA", .id = "jean-dupont"), NOT_PARTICIPANT(.bodies = "PA", .id = "ivan-petrov")}},
    {.name = "attendance: ... but a transcript's speaker who welcomes them stays one of a summit held",
     .text = "The session of the CSTO Collective Security Council was held in Minsk on Monday.\n\n"
             "President of Belarus Jean Dupont: Dear colleagues, I am glad to welcome you to Minsk.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "jean-dupont")}},
    {.name = "places: «в Бишкеке встретился с Жаном Дюпоном, который находится в рабочей поездке в рамках подготовки к "
             "предстоящей сессии СКБ»: a place before what prepares a meeting (lexicon prepare_for) is the "
             "preparation's, not the meeting's",
     .text = "Президент Кыргызстана сегодня в Бишкеке встретился с генеральным секретарем ОДКБ Жаном Дюпоном, который "
             "находится в рабочей поездке в рамках подготовки к предстоящей сессии Совета коллективной безопасности ОДКБ.",
     .expect = {NO_MEETING(.bodies = "CSC", .city = "Bishkek")}},
    {.name = "places: ... but «Сессия СКБ пройдет в Бишкеке» after it is the meeting's",
     .text = "Президент Кыргызстана встретился с генеральным секретарем ОДКБ Жаном Дюпоном в рамках подготовки к "
             "предстоящей сессии Совета коллективной безопасности ОДКБ, которая пройдет в Бишкеке.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Bishkek", .status = "planned")}},
    {.name = "meetings: 'He reminded them of the decisions reached at the informal summit in Astana' in a report of a "
             "summit to come: what a meeting left behind (lexicon reached) names one past, another than the one to come",
     .published = "26.10.2011",
     .text = "President Jean Dupont said the CSTO heads of state will meet in December.\n\n"
             "He reminded the audience about the decisions reached at the informal summit in Astana.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2011-12", .status = "planned"),
                HAS_MEETING(.bodies = "CSC", .city = "Astana", .status = "held"), MEETINGS(2)}},
    {.name = "meetings: ... and «решения, достигнутые на неформальном саммите в Астане» likewise",
     .published = "26.10.2011",
     .text = "Президент Жан Дюпон сообщил, что главы государств ОДКБ встретятся в декабре.\n\n"
             "Он напомнил о решениях, достигнутых на неформальном саммите в Астане.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2011-12", .status = "planned"),
                HAS_MEETING(.bodies = "CSC", .city = "Astana", .status = "held"), MEETINGS(2)}},
    {.name = "places: '\"... to make the December meeting in Moscow productive,\" Dupont said': a city right after the "
             "noun that refers back ('the' before it) is where the meeting named before with no place is",
     .published = "26.10.2011",
     .text = "President Jean Dupont expects that major decisions will be made at a session of the CSTO heads of state "
             "due in December.\n\n\"I believe we will take major steps to make the December meeting in Moscow "
             "productive,\" Dupont said.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2011-12", .city = "Moscow", .status = "planned"), MEETINGS(1)}},
    {.name = "places: ... but not 'at a meeting in Almaty on June 6' after 'In the run-up to the meeting'",
     .published = "19.06.2024",
     .text = "A meeting of the CSTO Collective Security Council will be held on November 28.\n\nIn the run-up to the "
             "meeting, CSTO Secretary General Jean Dupont discussed measures to neutralize threats at a meeting in "
             "Almaty on June 6.",
     .expect = {NO_MEETING(.bodies = "CSC", .city = "Almaty")}},
    {.name = "officials: «вице-спикер Госдумы, руководитель фракции \"Единая Россия\" Жан Дюпон»: a name in quotes right "
             "after what a Russian title heads is its (ru_genitive_complement)",
     .text = "В заседании Совета ПА ОДКБ в Москве принял участие вице-спикер Госдумы, руководитель фракции \"Единая "
             "Россия\" Жан Дюпон.",
     .expect = {HAS_OFFICIAL(.id = "zan-dupon", .title = "Deputy Speaker of the State Duma", .country = "russia"),
                PARTICIPANT(.bodies = "PA", .id = "zan-dupon")}},
    {.name = "officials: ... and in «ёлочки»: «руководитель фракции «Единая Россия» Жан Дюпон»",
     .text = "В заседании Совета ПА ОДКБ в Москве принял участие руководитель фракции «Единая Россия» Жан Дюпон.",
     .expect = {HAS_OFFICIAL(.id = "zan-dupon", .title = "Head")}},
    {.name = "officials: 'Jean Dupont and other heads of state signed a declaration': one name of two words before 'and "
             "other' and a plural title holds it (names_and_other_titled)",
     .text = "The CSTO summit was held in Minsk on Monday. Jean Dupont and other heads of state signed a declaration.",
     .expect = {HAS_OFFICIAL(.id = "jean-dupont", .title = "President"), PARTICIPANT(.bodies = "CSC", .id = "jean-dupont")}},
    {.name = "officials: ... not one word: 'Minsk and other capitals'",
     .text = "The CSTO summit was held on Monday. Dupont and other heads of state signed a declaration.",
     .expect = {NO_OFFICIAL(.name = "Dupont")}},
    {.name = "documents: 'the consensus necessary to make a decision on the target program': deciding still to be done "
             "is no document (lexicon decide holds only the past and 'a final decision')",
     .text = "The CSTO security council secretaries met in Almaty. Jean Dupont said the absence did not prevent reaching "
             "the consensus necessary to make a decision on the target program.",
     .expect = {NO_DOCUMENT(.type = "decision")}},
    {.name = "meetings: 'at the meeting of the organization's Council of Parliamentary Assembly in Armenia's capital "
             "Yerevan': a body's name with 'of the' is also known without 'the' (generated as bodies.tsv loads)",
     .text = "Jean Dupont said at the meeting of the organization's Council of Parliamentary Assembly in Armenia's "
             "capital Yerevan that terrorism is a threat.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Yerevan", .status = "held")}},
    {.name = "meetings: 'The interstate commission of the Collective Security Treaty Organisation (CSTO) will meet in "
             "Bishkek for its ninth session': the CSTO's one interstate commission is the IMEC (bodies.tsv)",
     .text = "The interstate commission of the Collective Security Treaty Organisation (CSTO) will meet in Bishkek for "
             "its ninth session to discuss military cooperation.",
     .expect = {HAS_MEETING(.bodies = "IMEC", .city = "Bishkek", .status = "planned")}},
    {.name = "documents: 'Armenia had agreed to adopt the target program' after 'They adopted the CSTO Targeted "
             "Interstate Program on the Tajik-Afghan border': a lower-case keyword whose words begin the titled one's "
             "is that one named again, whatever its status (documents_settle)",
     .text = "The CSTO security council secretaries met in Almaty. They adopted the CSTO Targeted Interstate Program on "
             "the Tajik-Afghan border. Jean Dupont said Armenia had agreed to adopt the target program.",
     .expect = {HAS_DOCUMENT(.type = "program", .status = "adopted"), DOCUMENTS(.n = 1)}},
    {.name = "documents: ... but 'a rearmament program' to come is not it ('rearmament' begins no word of it)",
     .text = "The CSTO security council secretaries met in Almaty. They adopted the CSTO Targeted Interstate Program on "
             "the Tajik-Afghan border. The leaders will adopt a rearmament program at the summit in Minsk in November.",
     .expect = {HAS_DOCUMENT(.type = "program", .title = "rearmament program", .status = "planned"), DOCUMENTS(.n = 2)}},
    {.name = "status: «Жан Дюпон выступил на внеочередном заседании Совета ПА ОДКБ в Ереване» is held: «выступит», past "
             "exact_form's 64th word, had been read as a stem and its planned_verb entry matched «выступил»",
     .text = "Председатель Госдумы Жан Дюпон выступил на внеочередном заседании Совета Парламентской Ассамблеи ОДКБ в "
             "Ереване.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Yerevan", .date = "2026-05-14", .status = "held"),
                PARTICIPANT(.bodies = "PA", .id = "zan-dupon")}},
    {.name = "attendance: «С докладом выступит генеральный секретарь ОДКБ Жан Дюпон» at a session to come",
     .text = "Сессия Совета коллективной безопасности ОДКБ пройдет в Москве 10 декабря. С докладом выступит "
             "генеральный секретарь ОДКБ Жан Дюпон.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), PARTICIPANT(.bodies = "CSC", .id = "zan-dupon")}},
    {.name = "meetings: «первое совещание спикеров парламентов Евразии пройдет в Москве 19-20 апреля»: the people of a "
             "body followed by a wider region (lexicon wider_region) are that region's, no session of the body",
     .text = "Председатель Госдумы Жан Дюпон сообщил, что первое совещание спикеров парламентов Евразии пройдет в "
             "Москве 19-20 апреля.",
     .expect = {NO_MEETING(.bodies = "PA")}},
    {.name = "meetings: ... 'the first meeting of the speakers of parliaments of Eurasia will be held in Moscow'",
     .text = "Jean Dupont said the first meeting of the speakers of parliaments of Eurasia will be held in Moscow on "
             "April 19-20.",
     .expect = {NO_MEETING(.bodies = "PA")}},
    {.name = "meetings: ... but 'the speakers of parliaments of the CSTO member states will meet in Moscow' is the "
             "Assembly's",
     .text = "Jean Dupont said the speakers of parliaments of the CSTO member states will meet in Moscow on April 19.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Moscow")}},
    {.name = "meetings: 'Putin held a meeting with the foreign and defence ministers of the CSTO': a name that stands for "
             "two bodies is two hits on one span, and 'with' takes both (bodies_with)",
     .text = "Jean Dupont held a meeting with the foreign and defence ministers of the CSTO in Minsk on Monday.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .city = "Minsk")}},
    {.name = "meetings: 'The meeting with the Foreign and Defence Ministers and the Secretaries of the Security Councils "
             "...' is of all three (session_of_people)",
     .text = "The meeting with the Foreign and Defence Ministers and the Secretaries of the Security Councils of the "
             "CSTO Member Countries began in the Kremlin on Monday.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Moscow")}},
    {.name = "attendance: «В заседании Совета министров иностранных дел ОБСЕ примет участие генсек ОДКБ Жан Дюпон» after "
             "a CSTO meeting named: the event before the attend word is another organisation's (other_org_word)",
     .text = "Неформальная встреча министров иностранных дел ОДКБ пройдет в Москве. В заседании Совета министров "
             "иностранных дел ОБСЕ примет участие генсек ОДКБ Жан Дюпон.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Moscow"), NOT_PARTICIPANT(.bodies = "CFM", .id = "zan-dupon")}},
    {.name = "attendance: ... but «В заседании СМИД ОДКБ примет участие генсек ОДКБ Жан Дюпон» takes part",
     .text = "Неформальная встреча министров иностранных дел ОДКБ пройдет в Москве. В заседании СМИД ОДКБ примет "
             "участие генсек ОДКБ Жан Дюпон.",
     .expect = {PARTICIPANT(.bodies = "CFM", .id = "zan-dupon")}},
    {.name = "meetings: «Состоялось заседание рабочей группы по Афганистану при СМИД ОДКБ. В ходе заседания ...»: the "
             "body a working group sits under («при», 'under') gives the bare noun that follows no meeting of its own "
             "(body_the_sentence_before)",
     .text = "Состоялось 36-е заседание рабочей группы по Афганистану при СМИД ОДКБ. В ходе заседания Жан Дюпон "
             "подчеркнул важность координации позиций.",
     .expect = {NO_MEETING(.bodies = "CFM")}},
    {.name = "meetings: 'It is a pleasure to welcome you to this plenary meeting ... Since our last summit in June 2009' "
             "under a dateline: a meeting named as past or next (time_mod) does not give its date to the report's own "
             "meeting with no tense of its own (meeting_add)",
     .headline = "Opening remarks at meeting of the CSTO",
     .published = "10.12.2010",
     .text = "President Jean Dupont: Colleagues, it is a pleasure to welcome you to this plenary meeting of the Collective "
             "Security Treaty Organisation.\n\nSince our last summit in June 2009, we have taken some big steps.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2010-12-10"), HAS_MEETING(.bodies = "CSC", .date = "2009-06"),
                MEETINGS(2)}},
    {.name = "places: ... and 'the meeting in Yerevan approved proposals' after it is no place of the report's meeting "
             "(a city after a noun that refers back needs the referent's month among its modifiers)",
     .headline = "Opening remarks at meeting of the CSTO",
     .published = "10.12.2010",
     .text = "President Jean Dupont: Colleagues, it is a pleasure to welcome you to this plenary meeting of the Collective "
             "Security Treaty Organisation.\n\nIt was with this aim in mind that the meeting in Yerevan approved "
             "proposals to make some amendments to our charter documents.",
     .expect = {NO_MEETING(.bodies = "CSC", .date = "2010-12-10", .city = "Yerevan")}},
    {.name = "attendance: 'X stressed the importance of the project \"The implementation plan of the decisions of the "
             "September (2021) session of the CSTO Collective Security Council ...' then 'During the meeting, X also "
             "briefed ...': with no meeting in focus yet, one named inside a quoted title for carrying out its decisions "
             "takes none, and 'the meeting' (a reception) is not it",
     .published = "23.12.2021",
     .text = "On December 23, Minister Jean Dupont received CSTO Secretary General Ivan Petrov. Jean Dupont stressed the "
             "importance of summarising the project \"The implementation plan of the decisions of the September (2021) "
             "session of the CSTO Collective Security Council and the priority directions of the CSTO activities.\n\n"
             "During the meeting, Minister Jean Dupont also briefed on the situation in the border area.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2021-09"), NOT_PARTICIPANT(.bodies = "CSC", .id = "jean-dupont")}},
    {.name = "meetings: «Министр иностранных дел Жан Дюпон провел встречу с генеральным секретарем ОДКБ Иваном "
             "Петровым»: one person's talks with another are no session of his body (people_hold_a_meeting)",
     .text = "Министр иностранных дел Жан Дюпон сегодня провел встречу с генеральным секретарем ОДКБ Иваном Петровым.",
     .expect = {NO_MEETING(.bodies = "CFM")}},
    {.name = "meetings: ... but «Президент Жан Дюпон провел встречу с министрами иностранных дел ОДКБ» is theirs",
     .text = "Президент Жан Дюпон провел встречу с министрами иностранных дел ОДКБ в Минске.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk")}},
    {.name = "attendance: «Премьер-министр Жан Дюпон сообщал, что Ереван заморозил участие в работе ОДКБ» after the "
             "summit named: freezing one's participation is absence (lexicon absent), no part in the summit",
     .text = "Представители Армении не посетят саммит ОДКБ в Бишкеке. Премьер-министр Армении Жан Дюпон сообщал, что "
             "Ереван заморозил участие в работе ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Bishkek"), NOT_PARTICIPANT(.bodies = "CSC", .id = "zan-dupon")}},
    {.name = "attendance: ... 'Prime Minister Jean Dupont said Armenia froze its participation in the CSTO' likewise",
     .text = "The CSTO summit will be held in Bishkek on Thursday. Armenian Prime Minister Jean Dupont said Armenia froze "
             "its participation in the work of the CSTO.",
     .expect = {NOT_PARTICIPANT(.bodies = "CSC", .id = "jean-dupont")}},
    {.name = "meetings: «во время неформальной встречи глав государств-членов ОДКБ Республики Казахстан, Кыргызской "
             "Республики, Российской Федерации и Республики Таджикистан, состоявшейся 27-28 мая 2013 г. в Бишкеке»: the "
             "CSTO's members named after its heads of state, two or more, are those present, not one country's heads "
             "(of_a_country)",
     .published = "14.06.2013",
     .text = "Эта проблематика обсуждалась во время неформальной встречи глав государств-членов ОДКБ Республики "
             "Казахстан, Кыргызской Республики, Российской Федерации и Республики Таджикистан, состоявшейся 27-28 мая "
             "2013 г. в Бишкеке.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2013-05-27", .city = "Bishkek", .status = "held")}},
    {.name = "documents: 'approved the draft plan of actions for implementation of decisions adopted at the November "
             "session of the CSTO Collective Security Council': the participle of an outcome word goes on with the title "
             "up to its meeting (title_end)",
     .text = "The CSTO foreign ministers met in Minsk and approved the draft plan of actions for implementation of "
             "decisions adopted at the November session of the CSTO Collective Security Council.",
     .expect = {HAS_DOCUMENT(.type = "plan", .status = "draft",
                             .title = "plan of actions for implementation of decisions adopted at the November session "
                                      "of the CSTO Collective Security Council")}},
    {.name = "documents: ... but 'the declaration adopted at the summit' ends before its participle",
     .text = "The CSTO leaders met in Minsk. The declaration adopted at the summit was welcomed by Jean Dupont.",
     .expect = {NO_DOCUMENT(.title = "declaration adopted at the summit")}},
    {.name = "dates: a year alone that dates something else ('the results of our work in 2025') gives no year to "
             "a day and month of a meeting to come: the report's year",
     .published = "12.05.2026",
     .text = "\"I told the ministers about the results of our work in 2025 and about the next CSTO summit, which is "
             "due in Astana on 18-19 June,\" CSTO Secretary General Jean Dupont said.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-06-18", .status = "planned")}},
    {.name = "dates: ... but a full date earlier in the sentence gives its year ('From 6 January 2025 ..., held "
             "on 10 March')",
     .published = "12.05.2026",
     .text = "From 6 January 2025 Jean Dupont chaired the CSTO Permanent Council, and its session held in Moscow on "
             "10 March adopted a statement.",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2025-03-10", .status = "held")}},
    {.name = "attendance: 'I briefed the Kazakh President X on the preparations for the summit' tells him of it "
             "(a briefing verb, then a person: no word of taking part)",
     .published = "12.05.2026",
     .text = "The CSTO summit will be held in Astana on 18 June 2026. \"I briefed the Kazakh President Jean Dupont "
             "on the preparations for the summit,\" CSTO Secretary General Ivan Petrov told journalists.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NOT_PARTICIPANT(.id = "jean-dupont")}},
    {.name = "meetings: 'following Friday's meetings—in Yerevan—of the Council of Foreign Ministers': an aside between "
             "dashes before 'of' and the body; 'following' before a possessive is 'after' (held); a dash glued to a "
             "city is no compound ('Yerevan-based')",
     .published = "10.06.2026",
     .text = "Foreign Minister Jean Dupont stated this following Friday's meetings—in Yerevan—of the Council of "
             "Foreign Ministers of the CSTO.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CFM", .status = "held", .city = "Yerevan")}},
    {.name = "meetings: ... but 'the following year's session' is the next one",
     .published = "10.06.2026",
     .text = "The CSTO foreign ministers agreed that the following year's session of the Council of Foreign "
             "Ministers will be held in Minsk.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "planned", .city = "Minsk")}},
    {.name = "meetings: ... and 'the Yerevan-based meeting' keeps its compound (a hyphen of one byte): no place",
     .published = "10.06.2026",
     .text = "The Yerevan-hosted session of the CSTO Council of Foreign Ministers was held on 9 June 2026.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "held", .date = "2026-06-09", .city = "")}},
    {.name = "meetings: 'stated this following Monday's session of the Council ...': 'following' before a possessive "
             "is 'after', the meeting held",
     .published = "10.06.2026",
     .text = "Foreign Minister Jean Dupont stated this following Monday's session of the Council of Foreign Ministers "
             "of the CSTO in Minsk.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "held", .city = "Minsk")}},
    {.name = "meetings: 'met in Yerevan—the Armenian capital—on 9 June': a dash glued to a city is no compound",
     .published = "10.06.2026",
     .text = "The CSTO Council of Foreign Ministers met in Yerevan—the Armenian capital—on 9 June 2026.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "held", .city = "Yerevan")}},
    {.name = "documents: 'the statement on A, the plan of B, as well as the venue and date of the next meeting—which "
             "will take place in Minsk—were approved': the verb after a relative clause between dashes governs "
             "them; the clause's future is the meeting's; they are the held meeting's, the next one only settled",
     .published = "10.06.2026",
     .text = "The CSTO Council of Foreign Ministers met in Yerevan on 10 June 2026. As a result of the meeting, the "
             "statement on international security issues, the plan of consultations, as well as the venue and date "
             "of the next meeting—which will take place in Minsk—were approved.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "CFM", .status = "planned", .city = "Minsk"),
                HAS_DOCUMENT(.type = "statement", .status = "adopted",
                             .title = "statement on international security issues"),
                HAS_DOCUMENT(.type = "plan", .status = "adopted", .title = "plan of consultations")}},
    {.name = "documents: '... were approved, as well as the date and venue of the next meeting, which will be held in "
             "Minsk': adopted at the meeting held (lexicon settled_of), the next one's future its own",
     .published = "10.06.2026",
     .text = "The CSTO Council of Foreign Ministers met in Yerevan on 10 June 2026. The statement on international "
             "security issues and the plan of consultations were approved, as well as the date and venue of the next "
             "meeting, which will be held in Minsk.",
     .expect = {HAS_DOCUMENT(.type = "statement", .status = "adopted",
                             .title = "statement on international security issues"),
                HAS_DOCUMENT(.type = "plan", .status = "adopted", .title = "plan of consultations")}},
    {.name = "documents: ... but 'a statement will be adopted at the next meeting, which will be held in Minsk' is to "
             "come",
     .published = "10.06.2026",
     .text = "The CSTO Council of Foreign Ministers met in Yerevan on 10 June 2026. A statement on international "
             "security issues will be adopted at the next meeting, which will be held in Minsk.",
     .expect = {HAS_DOCUMENT(.type = "statement", .status = "planned")}},
    {.name = "attendance: 'will take part in the session ..., prior to a trilateral summit with the leaders of Armenia "
             "and Azerbaijan': those leaders are parties to other talks (lexicon talks_between), not the session's",
     .published = "26.10.2026",
     .text = "Russian President Jean Dupont will take part in the session of the CSTO Collective Security Council on "
             "28 October 2026, prior to a trilateral summit with the leaders of Armenia and Azerbaijan. Azerbaijani "
             "President Ivan Petrov has led the country since 2003.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "jean-dupont"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "attendance: 'the spokesman clarified that Friday's session will be held prior to a trilateral summit "
             "with leader X and Prime Minister Y': neither the speaker (lexicon speech: clarified) nor the parties attend",
     .published = "26.10.2026",
     .text = "The CSTO Collective Security Council will hold a session on 28 October 2026. Presidential spokesman "
             "Oleg Sidorov clarified that the session will be held prior to a trilateral summit with Azerbaijani "
             "leader Ivan Petrov and Armenian Prime Minister Jean Dupont.",
     .expect = {NOT_PARTICIPANT(.id = "oleg-sidorov"), NOT_PARTICIPANT(.id = "ivan-petrov"),
                NOT_PARTICIPANT(.id = "jean-dupont")}},
    {.name = "attendance: a quotation of several sentences that names today's session in its first, then 'X said': "
             "he speaks of the session he was at",
     .published = "14.06.2026",
     .text = "The CSTO foreign ministers met in Moscow on Sunday.\n\nThe CSTO is currently holding its summit in "
             "Moscow, which includes a meeting of the CSTO Council of Foreign Ministers.\n\n\"The main result of "
             "today's session of the CSTO Council of Foreign Ministers was the fulfilment of instructions from the "
             "February CSTO summit. The package of documents is ready. It includes an agreement on the force,\" "
             "Russian Foreign Minister Jean Dupont said.",
     .expect = {PARTICIPANT(.bodies = "CFM", .date = "2026-06-14", .id = "jean-dupont"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "jean-dupont")}},
    {.name = "attendance: ... but not of a session a month before the report, named in a quotation of several "
             "sentences",
     .published = "14.06.2026",
     .text = "The CSTO foreign ministers will meet in Moscow on 20 June 2026.\n\n\"The session of the CSTO Council of "
             "Foreign Ministers on 10 May 2026 was useful. The package of documents is ready,\" Russian Foreign "
             "Minister Jean Dupont said.",
     .expect = {NOT_PARTICIPANT(.date = "2026-05-10", .id = "jean-dupont")}},
    {.name = "attendance: 'Russia's security strategy, recently approved by President X, envisions the CSTO as ...' "
             "after a summit held: what he did before it (lexicon before_now), no word of the session",
     .published = "14.06.2026",
     .text = "The CSTO leaders met in Moscow on Sunday. Russia's security strategy, recently approved by President "
             "Jean Dupont, envisions the CSTO as a key mechanism.",
     .expect = {NOT_PARTICIPANT(.bodies = "CSC", .id = "jean-dupont")}},
    {.name = "dates: 'On January 16, the first meeting of the Permanent Council of the CSTO in 2025 was held': the "
             "year the meeting is the first of, the body's name between (ordinal_scope), dates the day",
     .published = "",
     .text = "On January 16, the first meeting of the Permanent Council of the CSTO in 2025 was held.",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2025-01-16", .status = "held")}},
    {.name = "dates: «16 января прошло первое заседание Постоянного совета ОДКБ в 2025 году» (the same in Russian)",
     .published = "",
     .text = "16 января прошло первое заседание Постоянного совета ОДКБ в 2025 году.",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2025-01-16", .status = "held")}},
    {.name = "attendance: «Следующее заседание ... пройдет в Астане, заявил вице-премьер и глава МИД Казахстана X»: "
             "the speaker announces it (the case of «вице-премьер» read from its last part: nominative, no dative)",
     .published = "15.06.2026",
     .text = "Следующее заседание совета министров иностранных дел ОДКБ пройдет в Астане в ноябре 2026 года, заявил "
             "вице-премьер и глава МИД Казахстана Жан Дюпон.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "planned", .city = "Astana"),
                NOT_PARTICIPANT(.bodies = "CFM", .id = "zan-dupon")}},
    {.name = "attendance: '\"...\", - сказал он в ходе расширенного заседания министров ОДКБ в Алма-Ате, где не "
             "принимала участие армянская сторона': he, named the sentence before, spoke at the meeting held "
             "(verb before the pronoun; lexicon occasion; others' absence is theirs)",
     .published = "15.06.2026",
     .text = "Следующее заседание СМИД ОДКБ пройдет в Астане в ноябре 2026 года, заявил глава МИД Казахстана Жан "
             "Дюпон.\n\n\"Нашу следующую встречу предлагается провести в Астане\", - сказал он в ходе расширенного "
             "заседания министров иностранных дел ОДКБ в Алма-Ате, где не принимала участие армянская сторона.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "held", .city = "Almaty"),
                PARTICIPANT(.bodies = "CFM", .status = "held", .id = "zan-dupon")}},
    {.name = "meetings: «Ранее сообщалось, что на саммит ОДКБ в Бишкек прилетит президент России X»: «прилетит» is "
             "the future (exact_form, planned_verb), nearer than the report's «сообщалось»: the summit to come",
     .published = "",
     .text = "Ранее сообщалось, что на саммит ОДКБ в Бишкек прилетит президент России Жан Дюпон.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned", .city = "Bishkek")}},
    {.name = "meetings: «Лидеры по итогам заседания СКБ в Бишкеке подпишут более 10 решений»: after a meeting (lexicon "
             "results_of) in a clause of the future (lexicon future: подпишут) it is still to come",
     .published = "",
     .text = "Лидеры стран ОДКБ по итогам заседания Совета коллективной безопасности организации в Бишкеке подпишут "
             "более 10 решений, сообщил чиновник.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned", .city = "Bishkek")}},
    {.name = "meetings: ... but 'the decisions of the session in Bishkek will be carried out' names one held (an "
             "outcome noun, not 'after')",
     .published = "10.12.2026",
     .text = "The decisions of the session of the CSTO Collective Security Council in Bishkek will be carried out by "
             "the ministers.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "held", .city = "Bishkek")}},
    {.name = "attendance: «Председательствовать на заседании будет министр X, сообщил корреспонденту БЕЛТА "
             "пресс-секретарь ОДКБ Y»: Y speaks to the press (lexicon press_source: корреспонденту), not at the "
             "meeting to come",
     .published = "29.03.2026",
     .text = "Внеочередное заседание СМИД ОДКБ пройдет 6 апреля в Астане. Председательствовать на заседании будет "
             "министр иностранных дел Казахстана Иван Петров, сообщил корреспонденту БЕЛТА пресс-секретарь ОДКБ Жан "
             "Дюпон.",
     .expect = {PARTICIPANT(.bodies = "CFM", .id = "ivan-petrov"),
                NOT_PARTICIPANT(.bodies = "CFM", .id = "zan-dupon")}},
    {.name = "officials: «сообщил заместитель Генсека ОДКБ X» is the Deputy Secretary General (titles.tsv)",
     .published = "",
     .text = "Об этом сообщил заместитель Генсека ОДКБ Жан Дюпон.",
     .expect = {HAS_OFFICIAL(.id = "zan-dupon", .title = "Deputy Secretary General")}},
    {.name = "documents: 'an agreement on the force, and documents regulating its deployment': after ', and', "
             "documents (or 'the' and a name of its own) are the next item, not the title's",
     .published = "14.06.2026",
     .text = "The CSTO foreign ministers met in Moscow on Sunday and approved an agreement on the rapid-reaction "
             "force, and documents regulating the deployment of the forces.",
     .expect = {HAS_DOCUMENT(.type = "agreement", .title = "agreement on the rapid-reaction force"),
                NO_DOCUMENT(.title = "force, and documents")}},
    {.name = "documents: ... but 'a statement on peace, stability, and the security of the region' keeps its list",
     .published = "14.06.2026",
     .text = "The CSTO foreign ministers met in Moscow on Sunday and adopted a statement on peace, stability, and the "
             "security of the region.",
     .expect = {HAS_DOCUMENT(.type = "statement",
                             .title = "statement on peace, stability, and the security of the region")}},
    {.name = "meetings: 'The CSTO foreign ministers have approved a consultation plan', '... have also agreed to work "
             "out a treaty': the body's people adopting or agreeing met (people_deliberated, lexicon adopt, agreed)",
     .published = "04.09.2026",
     .text = "The CSTO foreign ministers have approved a consultation plan on foreign policy, security and defence.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "held", .date = "2026-09-04"),
                HAS_DOCUMENT(.type = "plan", .status = "adopted")}},
    {.name = "meetings: ... but not when a meeting of one of those bodies is named before (the joint meeting's "
             "documents), nor by phone, nor in what someone says (the row of 'X said on Friday' above)",
     .published = "15.09.2026",
     .text = "A joint meeting of the CSTO Council of Foreign Ministers, Council of Defence Ministers and Committee of "
             "Secretaries of Security Councils was held in Dushanbe. The CSTO foreign ministers adopted several joint "
             "declarations. The CSTO defence ministers agreed by phone to hold exercises.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Dushanbe")}},
    {.name = "meetings: 'we have the CSTO summit coming up on June 14' is to come (lexicon planned_verb: coming up)",
     .published = "",
     .text = "President Jean Dupont: Mr Petrov, we have the Collective Security Treaty Organisation summit coming up "
             "on June 14. How are the preparations going?",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NO_MEETING(.status = "held")}},
    {.name = "attendance: «Начиная работу саммита, к гостям с приветственным словом обратился Президент X»: "
             "«словом» is no press source «слова» (exact_form: «приводит слова X» only as written)",
     .published = "",
     .text = "Неформальный саммит ОДКБ прошел в Бишкеке. Начиная работу саммита, к гостям с приветственным словом "
             "обратился Президент Кыргызской Республики Жан Дюпон.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "zan-dupon")}},
    {.name = "meetings: 'Lukashenko held a working meeting with Zas on Friday' after a sentence naming the Council: a "
             "meeting with someone by name is talks, no session of the body named before",
     .published = "21.12.2026",
     .text = "President Jean Dupont has signed a draft decision of the CSTO Collective Security Council to appoint "
             "Ivan Petrov. Jean Dupont held a working meeting with Petrov on Friday.",
     .expect = {MEETINGS(0)}},
    {.name = "attendance: 'X briefed the president on his meetings with the heads of state' before any meeting is "
             "named: the briefing of one office is no word of taking part in the summit named next",
     .published = "21.12.2026",
     .text = "Secretary Jean Dupont briefed the president on his meetings with the CSTO heads of state. This form of "
             "appointment was proposed by President Ivan Petrov during the CSTO summit in Moscow in November 2026.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow"), NOT_PARTICIPANT(.bodies = "CSC", .id = "jean-dupont")}},
    {.name = "article: «Бишкек. 18 апреля. Kazakhstan Today - В мае текущего года в Бишкеке пройдет ...» after a lede: "
             "the Russian day takes its full stop into the date, the dateline is read all the same (its date the "
             "report's, not the summit's)",
     .headline = "В мае в Бишкеке пройдет неформальная встреча глав государств ОДКБ", .published = "18.04.2026",
     .text = "В ходе саммита предполагается обсуждение вопросов, связанных с состоянием системы коллективной "
             "безопасности, и мер, направленных на ее совершенствование.\n\nБишкек. 18 апреля. Kazakhstan Today - В "
             "мае текущего года в Бишкеке пройдет неформальная встреча глав государств - членов ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned", .date = "2026-05"),
                NO_MEETING(.date = "2026-04-18")}},
    {.name = "documents: «в ходе заседаний планируется принятие Заявления министров»: an adoption planned (lexicon "
             "doc_future: планируется принятие), not a result",
     .published = "",
     .text = "Министры иностранных дел ОДКБ проведут заседание в Бишкеке. В ходе заседания планируется принятие "
             "Заявления министров иностранных дел по актуальным международным проблемам.",
     .expect = {HAS_DOCUMENT(.type = "statement", .status = "planned")}},
    {.name = "attendance: «прибыл для участия в заседании СМИД и совместном заседании СМИД, СМО и КССБ»: he takes part "
             "in both, the preposition left out before the second",
     .published = "",
     .text = "Министр иностранных дел Таджикистана Жан Дюпон прибыл в Бишкек для участия в заседании Совета министров "
             "иностранных дел ОДКБ и совместном заседании Совета министров иностранных дел, Совета министров обороны "
             "и Комитета секретарей советов безопасности.",
     .expect = {PARTICIPANT(.bodies = "CFM", .id = "zan-dupon"),
                PARTICIPANT(.bodies = "CDM+CFM+CSSC", .id = "zan-dupon")}},
    {.name = "meetings: «в режиме видеоконференцсвязи состоялась сессия» is held by video (lexicon video)",
     .text = "Сегодня в режиме видеоконференцсвязи состоялась внеочередная сессия Совета коллективной безопасности ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .format = "video")}},
    {.name = "attendance: 'the suggestions put forward by X to hold the CSTO Council online': who proposes a meeting "
             "does not so take part (lexicon proposal_noun)",
     .text = "Support was voiced for the suggestions put forward by Kazakh President Jean Dupont to hold the CSTO "
             "Collective Security Council online in the near future.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NOT_PARTICIPANT(.bodies = "CSC", .id = "jean-dupont")}},
    {.name = "officials: «руководитель Аппарата Маджлиси милли ...»: «Аппарата» is the office, no name (lexicon "
             "notname); «ответственный секретарь Парламентской Ассамблеи ОДКБ X» is the organisation's, not the "
             "country of the title joined before",
     .text = "Подготовку к заседанию Совета Парламентской Ассамблеи ОДКБ обсудили руководитель Аппарата Маджлиси "
             "милли Республики Таджикистан Жан Дюпон и ответственный секретарь Парламентской Ассамблеи ОДКБ Иван "
             "Петров.",
     .expect = {NO_OFFICIAL(.name = "Аппарата"), HAS_OFFICIAL(.id = "zan-dupon", .country = "tajikistan"),
                HAS_OFFICIAL(.id = "ivan-petrov", .title = "Executive Secretary", .org = "CSTO")}},
    {.name = "officials: «пресс-секретарь Секретариата ОДКБ X»: the title's genitive complement ends in the "
             "organisation's name, his office is the organisation's",
     .text = "Армения представит отчет на заседании Совета министров иностранных дел ОДКБ, сообщил в понедельник "
             "пресс-секретарь Секретариата ОДКБ Иван Петров.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Press Secretary", .org = "CSTO"),
                NO_OFFICIAL(.id = "ivan-petrov", .country = "armenia")}},
    {.name = "places: «с учетом итогов миротворческой операции ОДКБ в Казахстане»: the place after an operation "
             "(lexicon other_event) is the operation's, not the meeting's, which stays one",
     .text = "Заседание Совета министров обороны ОДКБ прошло в режиме видеоконференции. Главы оборонных ведомств "
             "также рассмотрели порядок совершенствования системы кризисного реагирования с учетом итогов январской "
             "миротворческой операции ОДКБ в Казахстане и одобрили ряд документов.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CDM", .format = "video", .country = "")}},
    {.name = "documents: 'a report on the implementation of the Plan of joint exercises': a plan carried out is in "
             "force already (lexicon carry_out), no document of the meeting",
     .text = "The meeting of the CSTO Council of Foreign Ministers will take place in Sochi on 22 September. A report "
             "on the implementation of the Plan of joint exercises will be presented.",
     .expect = {NO_DOCUMENT(.title = "Plan of joint exercises")}},
    {.name = "documents: «вопросы реализации Соглашения о подготовке кадров»: an agreement carried out, no document "
             "of the meeting",
     .text = "Заседание Совета министров иностранных дел ОДКБ пройдет 22 сентября в Сочи. На заседании будут "
             "рассмотрены вопросы реализации Соглашения о подготовке кадров.",
     .expect = {NO_DOCUMENT(.title = "Соглашения о подготовке")}},
    {.name = "documents: «о ходе выполнения решения СКБ \"Об оказании помощи ...\"»: a decision whose carrying out is "
             "reported stays a document",
     .text = "Сессия Совета коллективной безопасности ОДКБ пройдет в Москве. Генеральный секретарь ОДКБ Иван Петров "
             "проинформирует глав государств о ходе выполнения решения СКБ \"Об оказании помощи Республике "
             "Таджикистан\".",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "Об оказании помощи")}},
    {.name = "officials: 'Russia's Permanent Representative at the OSCE X': the organisation an envoy is at, then "
             "his name",
     .text = "The CSTO summit opened in Minsk. The Russian delegation also includes Russia's Permanent "
             "Representative at the OSCE Jean Dupont.",
     .expect = {HAS_OFFICIAL(.id = "jean-dupont", .title = "Permanent Representative", .country = "russia")}},
    {.name = "dates: '16:39, 28 November 2026, Osh - Kabar news agency , X' under the headline: the report's day and "
             "its dateline city, the outlet and author after a dash",
     .published = "16:39, 28 November 2026, Osh - Kabar news agency , Jean Dupont",
     .text = "Summit of the Heads of State of the Collective Security Treaty Organization is taking place in Osh.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-28", .city = "Osh", .status = "held")}},
    {.name = "meetings: 'the forthcoming meeting of the Council in July and a meeting of the CSC in autumn': the date "
             "closes the first conjunct, the second is to come too",
     .published = "25.02.2026",
     .text = "Ivan Petrov and Jean Dupont discussed the forthcoming meeting of the Foreign Ministers Council in July "
             "and a meeting of the CSTO Collective Security Council in autumn.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), HAS_MEETING(.bodies = "CFM", .status = "planned")}},
    {.name = "attendance: 'discussed the agenda of major events for 2026, namely, the forthcoming meeting of the "
             "Council': what an agenda is of, one to come, those who discuss it do not so take part",
     .published = "25.02.2026",
     .text = "Minister of Foreign Affairs of Kazakhstan Ivan Petrov has received Secretary General of the CSTO Jean "
             "Dupont. Petrov and Dupont discussed the schedule and the agenda of major events for 2026, namely, the "
             "forthcoming meeting of the Foreign Ministers Council in July.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "planned"), NOT_PARTICIPANT(.bodies = "CFM", .id = "jean-dupont")}},
    {.name = "attendance: 'X, reporting over the agenda of the Yerevan session': the session's own agenda, he takes "
             "part",
     .text = "The CSTO defence ministers arrived in Yerevan to participate in the session of the Council of Defence "
             "Ministers. Defense Minister Ivan Petrov, reporting over the agenda of the Yerevan session, noted that "
             "the main content of the joint work was the consolidation of the military element of the CSTO.",
     .expect = {PARTICIPANT(.bodies = "CDM", .id = "ivan-petrov")}},
    {.name = "attendance: 'voiced by X at the UN GA 70th jubilee session': another organisation's name before the "
             "meeting noun, no session of the CSTO",
     .text = "The CSTO Collective Security Council will meet in Minsk in autumn. The initiative was voiced out by "
             "President of Kazakhstan Jean Dupont at the UN GA 70th jubilee session.",
     .expect = {NOT_PARTICIPANT(.bodies = "CSC", .id = "jean-dupont")}},
    {.name = "documents: a title ends at a paragraph that opens with a capital, whatever mark the source left before it "
             "('... of the Collective Security Treaty Organization,' then a new paragraph)",
     .text = "The session of the Collective Security Council of the CSTO will take place in Minsk on November 30.\n\n"
             "The heads of state are expected to adopt the CSTO Declaration on the 25th anniversary of the Collective "
             "Security Treaty,\n\nThe session participants are also expected to discuss the situation in the region.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .title = "Declaration on the 25th anniversary"),
                NO_DOCUMENT(.title = "participants")}},
    {.name = "documents: 'X will deliver a statement on the CSTO performance', «X сделает заявление о ...»: his speech "
             "(lexicon utter), no document; 'the ministers will make a joint statement' is one",
     .text = "The session of the Collective Security Council of the CSTO will take place in Minsk on November 30. CSTO "
             "Secretary General Ivan Petrov will deliver a statement on the CSTO performance in 2026. The foreign "
             "ministers will make a joint statement on Afghanistan.",
     .expect = {NO_DOCUMENT(.title = "performance"), HAS_DOCUMENT(.type = "statement", .title = "joint statement")}},
    {.name = "documents: «Генеральный секретарь X сделает заявление о деятельности ОДКБ»: his speech, no document",
     .published = "20.11.2026",
     .text = "Сессия Совета коллективной безопасности ОДКБ пройдет в Минске 30 ноября. Генеральный секретарь ОДКБ Иван "
             "Петров сделает заявление о деятельности ОДКБ в 2026 году.",
     .expect = {NO_DOCUMENT(.title = "деятельности")}},
    {.name = "attendance: «Как отметил председатель X, на прошедшей ... сессии СКБ главы государств дали ...»: what "
             "follows the comma after his name is what he said, he is not placed at that session (told_of)",
     .text = "В Минске прошло заседание Координационного совета по противодействию незаконному обороту наркотиков. Как "
             "отметил председатель совета Иван Петров, на прошедшей 23 сентября в Сочи сессии Совета коллективной "
             "безопасности главы государств-членов ОДКБ дали высокую оценку учениям.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Sochi", .status = "held"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "attendance: «министр X проинформировал своих коллег о подготовке конференции» after a meeting held: he "
             "told the others there, so took part",
     .published = "",
     .text = "МИНСК, 26 сен – Sputnik. Встреча глав внешнеполитических ведомств стран - членов Организации Договора о "
             "коллективной безопасности (ОДКБ) состоялась в Нью-Йорке на полях 80-й сессии Генассамблеи ООН, сообщили "
             "в пресс-службе белорусского МИД.\n\nМинистры обсудили вопросы укрепления роли организации.\n\nКроме "
             "того, министр иностранных дел Беларуси Иван Петров проинформировал своих коллег о подготовке III Минской "
             "международной конференции по евразийской безопасности. Она пройдет в белорусской столице 28-29 октября.",
     .expect = {PARTICIPANT(.bodies = "CFM", .id = "ivan-petrov")}},
    {.name = "meetings: «по итогам заседания в Минске Совета министров иностранных дел ОДКБ»: the city between the "
             "noun and the body in the genitive",
     .text = "Об этом заявил журналистам министр иностранных дел Беларуси Иван Петров по итогам заседания в Минске "
             "Совета министров иностранных дел Организации Договора о коллективной безопасности.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk", .status = "held"),
                PARTICIPANT(.bodies = "CFM", .id = "ivan-petrov")}},
    {.name = "attendance: «В заседании примет участие X. Он проинформирует о результатах прошедшей сессии СКБ»: the "
             "session reported on (lexicon outcome «результатах») is not the meeting he attends",
     .text = "Заседание Координационного совета по чрезвычайным ситуациям пройдет 22 сентября в Сочи. В заседании "
             "также примет участие и выступит Генеральный секретарь ОДКБ Иван Петров. Он проинформирует о результатах "
             "прошедшей сессии Совета коллективной безопасности ОДКБ, которая прошла 15 сентября в Душанбе. Также "
             "будет представлен доклад о работе совета.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Dushanbe"), NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "dates: «вопросы безопасности после вывода коалиционных войск из Афганистана в 2014 году» on a summit's agenda: "
             "a year after lexicon time_bound dates the withdrawal, not the summit (bounded_by_other_event)",
     .published = "28 мая 2013, 13:49",
     .text = "Президенты Казахстана, России и Таджикистана собрались в Бишкеке на неформальный саммит ОДКБ. В повестку дня "
             "неформального саммита ОДКБ включены вопросы безопасности после вывода коалиционных войск из Афганистана в "
             "2014 году.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2013-05-28", .city = "Bishkek"), NO_MEETING(.date = "2014"),
                MEETINGS(1)}},
    {.name = "meetings: 'the broadened session of the CSTO Council on Collective Security in Moscow': a translation of the "
             "Collective Security Council's name (data/bodies.tsv)",
     .published = "20.12.2026",
     .text = "President of Belarus Ivan Orlov announced this yesterday at the broadened session of the CSTO Council on "
             "Collective Security in Moscow.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "held"), MEETINGS(1)}},
    {.name = "meetings: 'after a summit in Moscow ... discussed during a previous summit in Moscow': "
             "'previous' (lexicon previous) names the one before the summit held, never it: two meetings",
     .published = "15.06.2026",
     .text = "The main result of the CSTO summit is an agreement on a joint force, Ivan Orlov said after a meeting of the "
             "Collective Security Council in Moscow. The agreement had been expected after the idea was discussed during "
             "a previous summit in Moscow.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "CSC", .date = "2026-06-15", .city = "Moscow", .status = "held")}},
    {.name = "officials: «российский лидер Иван Орлов»: «лидер» is the title Leader in Russian as 'leader' is in English "
             "(data/titles.tsv), its country from the adjective",
     .published = "23.08.2026",
     .text = "Сессия Совета коллективной безопасности ОДКБ проходит в режиме видеоконференции. Ранее российский лидер Иван "
             "Орлов отметил, что вопросы безопасности имеют особое значение.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Leader", .country = "russia")}},
    {.name = "format: «принимают участие главы Беларуси, России (онлайн), Таджикистана» after «В Душанбе открылся саммит»: "
             "a video word in parentheses after one participant of a list is that participant's; the summit is in person",
     .published = "16.09.2026",
     .text = "В Душанбе открылся сегодня саммит ОДКБ. В саммите принимают участие главы Беларуси, России (онлайн), "
             "Таджикистана, Казахстана, Кыргызстана и Армении.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Dushanbe", .format = "in_person"), MEETINGS(1)}},
    {.name = "dates: 'approved the 2025 CSTO Collective Security Strategy': a year between an article and a document's "
             "name is what the document is for, no date of the meeting (dating.c names_document)",
     .published = "17.10.2016",
     .text = "The participants of the CSTO Collective Security Council session in Yerevan agreed on measures to combat "
             "terrorism and approved the 2025 CSTO Collective Security Strategy.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2016-10-17", .status = "held"), NO_MEETING(.date = "2025"), MEETINGS(1)}},
    {.name = "dates: a header line 'December 2, 2026, Novo-Ogaryovo, Moscow Region' (a date and a place the gazetteer "
             "need not know) is the publication date; 'chaired a meeting, via videoconference, of the Council': past "
             "the short aside",
     .published = "December 2, 2026, Novo-Ogaryovo, Moscow Region",
     .text = "Ivan Petrov chaired a meeting, via videoconference, of the Collective Security Council of the CSTO.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-12-02", .status = "held", .format = "video")}},
    {.name = "meetings: 'The session of secretaries general of security councils ... took place today with the "
             "participation of A (Armenia), B (Russia)': the CSSC's people as some outlets name them (data/bodies.tsv)",
     .published = "10.12.2026",
     .text = "The session of secretaries general of security councils of member countries of CSTO took place today in "
             "Dilijan with the participation of Aram Petrosyan (Armenia) and Ivan Petrov (Russia).",
     .expect = {HAS_MEETING(.bodies = "CSSC", .date = "2026-12-10", .status = "held"),
                PARTICIPANT(.bodies = "CSSC", .id = "aram-petrosyan"), HAS_OFFICIAL(.id = "ivan-petrov", .country = "russia")}},
    {.name = "meetings: 'a meeting of the heads of the military departments, foreign ministers and the committee of "
             "security secretaries': the defence ministers as the heads of their departments (data/bodies.tsv)",
     .published = "14.09.2026",
     .text = "Ivan Petrov arrived in Dushanbe on Monday, where a meeting of the heads of the military departments, "
             "foreign ministers and the committee of security secretaries of the CSTO member states will take place.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .status = "planned"), MEETINGS(1)}},
    {.name = "documents: 'Among other documents he singled out the Council's decision on A, the Council's "
             "resolutions on B': two documents (lexicon among_them; an owner's name and 's before the next keyword)",
     .published = "11.11.2026",
     .text = "The CSTO summit was held in Moscow on Tuesday. Among other documents Petrov singled out the Council's "
             "decision on checking the readiness of the collective forces for their tasks, the Council's "
             "resolutions on the collective air force.",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "decision on checking the readiness of the collective forces "
                                                           "for their tasks", .status = "adopted"),
                NO_DOCUMENT(.title = "tasks, the"), HAS_DOCUMENT(.title = "on the collective air force")}},
    {.name = "meetings: «заседание глав МИД и Минобороны», then «совместное заседание СМИД, СМО и КССБ»: one joint "
             "session named by two of its councils and by all three (data/bodies.tsv; meeting_add joint_part)",
     .published = "27.11.2026",
     .text = "Петров принял участие в заседании глав МИД и Минобороны стран ОДКБ.\n\nМинистр обороны России Иван Петров "
             "принял участие в совместном заседании Совета министров иностранных дел, Совета министров обороны и "
             "Комитета секретарей советов безопасности ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .status = "held", .date = "2026-11-27"), MEETINGS(1),
                PARTICIPANT(.bodies = "CDM+CFM+CSSC", .id = "ivan-petrov")}},
    {.name = "meetings: 'the foreign ministers met on Monday' and 'a joint session of the foreign and defence ministers "
             "on Tuesday': one council's own session is not part of the joint one",
     .published = "27.11.2026",
     .text = "The CSTO foreign ministers met in Minsk on Monday. A joint session of the CSTO foreign and defence "
             "ministers and the Committee of Secretaries of Security Councils was held in Minsk on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-11-23"), HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2026-11-24"),
                MEETINGS(2)}},
    {.name = "meetings: a headline «В Кремле завершились переговоры лидеров стран ОДКБ» over a text that names no "
             "meeting of its own: the headline is read («переговоры», lexicon meeting_noun; corpus.c "
             "extract_with_headline), and the participants of «В заседании приняли участие» attend it",
     .headline = "В Кремле завершились переговоры лидеров стран ОДКБ",
     .text = "Лидеры обсудили вопросы военного сотрудничества.\n\nВ заседании приняли участие Президент России Иван "
             "Петров и Президент Армении Арам Саркисян.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "held"), MEETINGS(1),
                PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"), PARTICIPANT(.bodies = "CSC", .id = "aram-sarkisan")}},
    {.name = "meetings: a headline is not read when the text names a meeting ('Putin to attend the summit in Minsk' over "
             "a report of the defence ministers in Moscow)",
     .headline = "Petrov to attend CSTO summit in Minsk",
     .text = "The CSTO defence ministers met in Moscow on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CDM", .city = "Moscow"), NO_MEETING(.bodies = "CSC"), MEETINGS(1)}},
    {.name = "documents: '\"All issues are ready for signing,\" the message quotes the statement of CSTO Secretary "
             "General X': a person's words, no document (personal_words); 'a statement on Afghanistan' is one",
     .text = "The CSTO summit took place in Minsk. \"All issues were considered and are ready for signing,\" the "
             "message quotes the statement of CSTO Secretary General Ivan Petrov. The leaders adopted a statement on "
             "Afghanistan.",
     .expect = {DOCUMENTS(.n = 1), HAS_DOCUMENT(.type = "statement", .title = "statement on Afghanistan")}},
    {.name = "places: Borovoye (Burabay), the Kazakh resort of informal summits, in either language "
             "(data/places-cities.tsv, places-ru.tsv)",
     .text = "The idea was proposed at the informal CSTO summit in the city of Borovoy in Kazakhstan in 2008. "
             "Неформальный саммит ОДКБ прошел в Боровом в 2010 году.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2008", .city = "Borovoye"),
                HAS_MEETING(.bodies = "CSC", .date = "2010", .city = "Borovoye")}},
    {.name = "attendance: 'Defense Ministers of A, B and C attended the meeting', then '..., said X, the Belarusian "
             "Minister of Defense': the holder of a listed office took part (offices_attended); one of a country "
             "not listed did not",
     .text = "A meeting of the CSTO Council of Defense Ministers was held in Bishkek on Friday. Russian Defense "
             "Minister Ivan Petrov as well as Defense Ministers of Kazakhstan, Tajikistan, Belarus and Armenia "
             "attended the meeting. \"It is a menace,\" said Oleg Sidorov, the Belarusian Minister of Defense. "
             "Kyrgyz Defense Minister Asan Bekov stayed in Bishkek.",
     .expect = {PARTICIPANT(.bodies = "CDM", .id = "oleg-sidorov"), PARTICIPANT(.bodies = "CDM", .id = "ivan-petrov"),
                NOT_PARTICIPANT(.bodies = "CDM", .id = "asan-bekov")}},
    {.name = "attendance: «Министр обороны Армении X на прошлой неделе был в Москве», then «в заседании приняли участие министры "
             "обороны Армении, Белоруссии и Казахстана»: X took part (offices_attended; «министры» folds as «министр»)",
     .text = "Министр обороны Армении Арам Петросян на прошлой неделе был в Москве. Заседание СМО ОДКБ прошло в Минске. В заседании "
             "приняли участие министры обороны Армении, Белоруссии и Казахстана.",
     .expect = {PARTICIPANT(.bodies = "CDM", .id = "aram-petrosan")}},
    {.name = "russian documents: «согласован план мероприятий на 2027 год» (lexicon adopt, as written: exact_form); "
             "«считать согласованным и оформить в протокольном решении» adopts nothing",
     .text = "Заседание СМИД ОДКБ прошло в Минске. Также были подведены итоги и согласован план мероприятий на 2027 "
             "год. Председатель предложил считать вопрос согласованным и оформить в протокольном решении за его "
             "подписью.",
     .expect = {HAS_DOCUMENT(.type = "plan", .title = "план мероприятий на 2027 год", .status = "adopted"),
                NO_DOCUMENT(.title = "подписью"), DOCUMENTS(.n = 1)}},
    {.name = "dates: 'Source: X | 02-05-2026 14:45' on a site that writes the month first: the text's 'February 4, "
             "2026' says so, and 'on Wednesday' is February 4 (article.c numeric_order)",
     .published = "Source: Example TV | 02-05-2026 14:45",
     .text = "The leaders reached an agreement at a summit of the Collective Security Treaty Organization in Moscow on "
             "Wednesday.\n\nThe presidents of Russia and Belarus at the Kremlin, February 4, 2026.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-02-04", .city = "Moscow", .status = "held")}},
    {.name = "dates: 'Source: X | 02-05-2026 14:45' with the text's 'April 30, 2026' near the day-first reading: "
             "2 May, and 'on Wednesday' is April 29",
     .published = "Source: Example TV | 02-05-2026 14:45",
     .text = "The leaders reached an agreement at a summit of the Collective Security Treaty Organization in Moscow on "
             "Wednesday.\n\nThe ministers met in Moscow on April 30, 2026 as well.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-04-29", .city = "Moscow", .status = "held")}},
    {.name = "people: «министры обороны КР - генерал-майор A, Российской Федерации - генерал армии B»: a rank after the "
             "first dash too (plural-country-dash-name); КР, РК, РА are Kyrgyzstan, Kazakhstan, Armenia (places-ru.tsv)",
     .text = "Заседание СМО ОДКБ прошло в Бишкеке. В заседании приняли участие министры обороны КР - генерал-майор "
             "Асан Бекович, Российской Федерации - генерал армии Иван Петров. Министр обороны РК Сергей Орлов и министр "
             "обороны РА Арам Саркисян также были там.",
     .expect = {HAS_OFFICIAL(.id = "asan-bekovic", .country = "kyrgyzstan"), HAS_OFFICIAL(.id = "ivan-petrov", .country = "russia"),
                PARTICIPANT(.bodies = "CDM", .id = "asan-bekovic"), HAS_OFFICIAL(.id = "sergej-orlov", .country = "kazakhstan"),
                HAS_OFFICIAL(.id = "aram-sarkisan", .country = "armenia")}},
    {.name = "meetings: 'the CSTO (Collective Security Treaty Organization) Permanent Council': the organisation's name "
             "spelled out in brackets before its body (skip_body_prefix); in a report of January, a held meeting "
             "'in 2026' is January's",
     .published = "10.01.2026",
     .text = "The first meeting of the CSTO (Collective Security Treaty Organization) Permanent Council in 2026 has been "
             "held under the chairmanship of Russia.",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2026-01", .status = "held")}},
    {.name = "dates: '1/10/2026 10:09:54 AM' over the dateline 'ASTANA, January 10': month first (numeric_order, the "
             "dateline's day in the year both readings share)",
     .published = "1/10/2026 10:09:54 AM",
     .text = "ASTANA, Kazakhstan, January 10. A meeting of the CSTO Permanent Council has been held under the "
             "chairmanship of Kazakhstan.",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2026-01-10"), NO_MEETING(.date = "2026-10")}},
    {.name = "meetings: 'a meeting of the Council of Foreign Ministers, Defence Ministries and the Committee of "
             "Secretaries of Security Councils': the defence ministries are the CDM's people (data/bodies.tsv)",
     .text = "Astana will host the summit on November 28, as well as a meeting of the Council of Foreign Ministers, "
             "Defence Ministries and the Committee of Secretaries of Security Councils.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Astana", .status = "planned"),
                HAS_MEETING(.bodies = "CSC", .city = "Astana"), MEETINGS(2)}},
    {.name = "people: 'the Kyrgyz defense minister and current CSTO chair, X, said': a second role naming an "
             "organisation before the apposed name; 'the minister and his deputy, Y' is not Y's; attendance: "
             "'is reportedly also skipping the summit' (lexicon absent)",
     .text = "The CSTO heads of state will gather in Bishkek on May 28. The Kyrgyz defense minister and current CSTO "
             "chair, Asan Bekov, said he would seek more. The Tajik foreign minister and his deputy, Ivan Orlov, "
             "arrived. Armenian President Aram Sarkisian is reportedly also skipping the Bishkek summit.",
     .expect = {HAS_OFFICIAL(.id = "asan-bekov", .country = "kyrgyzstan"), NO_OFFICIAL(.id = "ivan-orlov"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "aram-sarkisian")}},
    {.name = "dates: a header 'June 18, 2026 Thursday 12:22 AM Eastern Time' is the publication date (dates.tsv time: "
             "eastern time, moscow time, et)",
     .published = "June 18, 2026 Thursday 12:22 AM Eastern Time",
     .text = "Leaders of the CSTO member states at their summit in Astana on Thursday discussed collective security.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-06-18", .city = "Astana")}},
    {.name = "tense, dates: 'declared Tuesday at a Moscow summit that no member can agree to host a base': what was "
             "declared is no tense of the summit ('declared', lexicon speech), and the day it was declared at the "
             "summit is the summit's",
     .published = "17.12.2026",
     .text = "The CSTO nations declared Tuesday at a Moscow summit that no member can agree to host a foreign military "
             "base.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-12-15", .city = "Moscow", .status = "held")}},
    {.name = "places: 'According to the Kremlin website, at the end of the summit the leaders signed ...': a source, "
             "not the venue (find_place); people: 'X, representative of Kazakhstan, will serve as the CSTO Secretary "
             "General' (lexicon appoint)",
     .text = "CSTO leaders met in Yerevan on November 23. Petrov said that Asan Bekov, representative of Kazakhstan, "
             "will serve as the CSTO Secretary General in 2027. According to the Kremlin website, at the end of the "
             "summit the CSTO leaders signed a number of documents.",
     .published = "25.11.2026",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Yerevan"), NO_MEETING(.city = "Moscow"), MEETINGS(1),
                HAS_OFFICIAL(.id = "asan-bekov", .title = "Secretary General")}},
    {.name = "text: «Cовета» written with a Latin C is the Cyrillic word (text.c homoglyphs); «Комитет секретарей» alone "
             "is the CSSC (data/bodies.tsv): «совместное заседание Cовета министров иностранных дел, Совета министров "
             "обороны и Комитета секретарей стран ОДКБ»",
     .text = "В Ереване прошла сессия Совета коллективной безопасности ОДКБ. В рамках сессии состоялось совместное "
             "заседание Cовета министров иностранных дел, Совета министров обороны и Комитета секретарей стран ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC"), HAS_MEETING(.bodies = "CSC", .city = "Yerevan")}},
    {.name = "meetings: 'the documents prepared for the upcoming CSTO summit in Minsk', then 'a session of the CSTO "
             "Collective Security Council that is also being held in Minsk today': one summit, today's (meeting_add "
             "today_here); a next summit elsewhere stays apart",
     .published = "30.11.2026",
     .text = "The ministers reviewed the documents prepared for the upcoming CSTO summit in Minsk. The meeting preceded "
             "a session of the CSTO Collective Security Council that is also being held in Minsk today. The next "
             "summit will be held in Moscow.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-30", .city = "Minsk", .status = "held"),
                NO_MEETING(.bodies = "CSC", .city = "Minsk", .status = "planned"),
                HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "planned")}},
    {.name = "places: 'in the Belarusian capital'",
     .text = "The CSTO Council of Defence Ministers met in the Belarusian capital on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CDM", .city = "Minsk", .country = "belarus")}},
    {.name = "places: «в армянской столице», «в столице Белоруссии» (lexicon capital, countries.tsv)",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла во вторник в армянской столице. Заседание Совета "
             "министров обороны ОДКБ состоится 20 ноября в столице Белоруссии.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Yerevan", .status = "held"),
                HAS_MEETING(.bodies = "CDM", .city = "Minsk", .status = "planned")}},
    {.name = "places: \"Kazakhstan's capital of Astana\"",
     .text = "The next session of the CSTO Collective Security Council is set to be held in Kazakhstan's capital "
             "of Astana on 28 November.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Astana", .status = "planned", .date = "2026-11-28")}},
    {.name = "places: 'in the Kremlin' is Moscow, 'at the Akorda' Astana (places-cities.tsv)",
     .text = "The CSTO Council of Foreign Ministers met in the Kremlin on Tuesday. The CSTO Council of Defence "
             "Ministers will meet at the Akorda on 20 November.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Moscow", .country = "russia"),
                HAS_MEETING(.bodies = "CDM", .city = "Astana", .country = "kazakhstan")}},
    {.name = "places: 'in the Russian Federation' is a country after 'the'; 'in the Russia-led bloc' is none",
     .text = "The next session of the CSTO Council of Foreign Ministers will be held in 2027 in the Russian Federation. "
             "The CSTO Council of Defence Ministers will meet in 2028 to review its work in the Russia-led bloc.",
     .expect = {HAS_MEETING(.bodies = "CFM", .country = "russia", .status = "planned"),
                NO_MEETING(.bodies = "CDM", .country = "russia")}},
    {.name = "places: «в Кремле» is Moscow (places-ru.tsv)",
     .text = "Во вторник в Кремле прошло заседание Совета министров иностранных дел ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Moscow", .status = "held")}},
    {.name = "places: 'in the Moscow-led bloc' places nothing",
     .text = "The CSTO Collective Security Council will meet next year, as Kazakhstan balances its "
             "commitments in the Moscow-led bloc.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned"), NO_MEETING(.bodies = "CSC", .city = "Moscow")}},
    {.name = "tense: 'will be discussed at a summit' is a future passive, not a past",
     .text = "The issue will be discussed at a summit of the CSTO in Sochi at the end of the year.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Sochi", .status = "planned")}},
    {.name = "dates: a meeting held 'ahead of the summit on DATE' takes the summit's month",
     .text = "The CSTO summit will be held in Bishkek on 28 November. A joint meeting of the Council of Foreign "
             "Ministers and the Council of Defence Ministers will be held ahead of the summit on 28 November.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-11", .status = "planned"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-11-28")}},
    {.name = "dates: 'Ahead of the summit, on DATE, X will host a joint session': the date is the session's",
     .text = "Minsk will host the CSTO summit on 28 May. Ahead of the summit, on Wednesday, 27 May, the Palace of "
             "Independence will host a joint session of the Council of Foreign Ministers and the Council of Defence "
             "Ministers.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-05-27", .status = "planned"),
                NO_MEETING(.bodies = "CSC", .date = "2026-05-27"), HAS_MEETING(.bodies = "CSC", .date = "2026-05-28")}},
    {.name = "dates: 'On the eve of the summit' (dated the sentence before), a joint session: the day before",
     .text = "The CSTO summit was held in Minsk on 12 May. On the eve of the summit, the ministers took part in a "
             "joint session of the Council of Foreign Ministers and the Council of Defence Ministers in Minsk.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-05-11", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-05-12")}},
    {.name = "dates (guard): 'the session of the Council, scheduled for DATE' dates it though it is named as a point in time",
     .text = "The ministers will meet in Moscow. Their session will take place on the eve of the session of the "
             "Collective Security Council, scheduled for 28 May, in the Kremlin.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-28")}},
    {.name = "meetings: 'the summit of the Shanghai Cooperation Organization' is another organisation's",
     .text = "The CSTO foreign ministers met in Dushanbe on Tuesday. Dushanbe will also host the summit of the "
             "Shanghai Cooperation Organization on Friday, and the SCO summit will discuss trade.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CFM", .city = "Dushanbe")}},
    {.name = "places: 'with the situation in Afghanistan topping the agenda' is a subject, not the place",
     .text = "The leaders gathered in the Tajik capital on Thursday for a session of the CSTO Collective Security "
             "Council, with the situation in Afghanistan topping the agenda.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Dushanbe"), NO_MEETING(.country = "afghanistan")}},
    {.name = "dates: 'takes over the chairmanship on January 1, and the next summit ... in 2027': the summit's own clause",
     .text = "Kyrgyzstan takes over the chairmanship of the CSTO on January 1, and the next summit is set to take "
             "place in Bishkek in 2027.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Bishkek", .date = "2027", .status = "planned"),
                NO_MEETING(.bodies = "CSC", .date = "2027-01-01")}},
    {.name = "dates: 'appointed Secretary General from January 1' is when the term begins, not the summit's day",
     .text = "The CSTO summit in Minsk on 12 May appointed him Secretary General from 1 January 2027. The same day "
             "the presidents held a meeting of the Collective Security Council in the Kremlin.",
     .expect = {NO_MEETING(.date = "2027-01-01"), HAS_MEETING(.bodies = "CSC", .date = "2026-05-12")}},
    {.name = "documents: «заявления о A, о B и о C» is three statements (one stem for the singular and plural)",
     .text = "Лидеры ОДКБ провели заседание в Минске и приняли заявления о борьбе с терроризмом, о поддержке "
             "Афганистана и о биологической безопасности.",
     .expect = {DOCUMENTS(.n = 3, .type = "statement"), HAS_DOCUMENT(.type = "statement", .title = "о поддержке Афганистана")}},
    {.name = "documents: «заявления: о A; о B» after a colon is two statements",
     .text = "Министры провели заседание Совета министров иностранных дел ОДКБ в Минске и приняли заявления: о борьбе "
             "с терроризмом; о поддержке Афганистана.",
     .expect = {DOCUMENTS(.n = 2, .type = "statement")}},
    {.name = "documents: «проект Декларации и проект решения о бюджете» is two documents",
     .text = "Министры провели заседание Совета министров иностранных дел ОДКБ в Минске и одобрили проект Декларации "
             "Совета коллективной безопасности и проект решения о бюджете организации.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "draft"), HAS_DOCUMENT(.type = "decision", .title = "бюджете")}},
    {.name = "dates, places: 'the Collective Security Treaty, signed in Tashkent on 15 May 1992' dates no summit",
     .text = "The CSTO summit was held in Moscow on 12 May. The summit marked the anniversary of the Collective "
             "Security Treaty, signed in Tashkent on 15 May 1992.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .city = "Moscow", .date = "2026-05-12")}},
    {.name = "meetings: 'the leaders met in Moscow' is a meeting of the heads of state (bodies people: leaders)",
     .text = "The CSTO leaders met in Moscow on Tuesday to discuss the border.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .date = "2026-05-12")}},
    {.name = "tense: 'the leaders agreed to return to the issue at an informal meeting in December' is planned",
     .text = "The CSTO summit was held in Yerevan on Tuesday. The leaders agreed to return to the issue at an informal "
             "meeting of the heads of state in Sochi in December.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Sochi", .status = "planned", .date = "2026-12")}},
    {.name = "people: 'the Foreign Ministers of Armenia A B, Belarus C D and Russia E F' (no dashes)",
     .text = "The meeting of the CSTO Council of Foreign Ministers was attended by the Foreign Ministers of Armenia "
             "Aram Sarkisov, Belarus Ivan Petrov and Russia Oleg Smirnov.",
     .expect = {HAS_OFFICIAL(.id = "aram-sarkisov", .country = "armenia"), HAS_OFFICIAL(.id = "ivan-petrov", .country = "belarus"),
                HAS_OFFICIAL(.id = "oleg-smirnov", .country = "russia")}},
    {.name = "people: «исполняющий обязанности президента Киргизии Талант Мамытов»: the prefix governs the genitive",
     .text = "В заседании Совета коллективной безопасности ОДКБ приняли участие президент Белоруссии Александр "
             "Лукашенко и исполняющий обязанности президента Киргизии Талант Мамытов.",
     .expect = {HAS_OFFICIAL(.id = "talant-mamytov", .country = "kyrgyzstan")}},
    {.name = "dates: 'Yesterday, the CFM held its session ..., while the CDM met ...': both meetings that day",
     .text = "Yesterday, the CSTO Council of Foreign Ministers held its session in Yerevan, while the Council of Defence "
             "Ministers met in the Armenian capital under the chairmanship of the defence minister.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-13"), HAS_MEETING(.bodies = "CDM", .date = "2026-05-13")}},
    {.name = "meetings: 'the foreign ministers met ..., while the defence ministers held their own session the same day': two meetings, one day",
     .published = "23.06.2026",
     .text = "On 22 June the CSTO foreign ministers met in Minsk, while the defence ministers held their own session "
             "the same day.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "CFM", .date = "2026-06-22"), HAS_MEETING(.bodies = "CDM", .date = "2026-06-22")}},
    {.name = "attendance: 'The participants included X' after a held meeting named 'on the eve of' a summit: the held one",
     .published = "27.11.2026",
     .text = "The joint meeting of the CSTO Council of Foreign Ministers and the Council of Defence Ministers took place "
             "in Astana on 27 November, on the eve of the session of the CSTO Collective Security Council.\n\nThe "
             "meeting was chaired by Kazakh Foreign Minister Aibek Tulegenov.\n\nThe participants included Russian "
             "Defence Minister Pavel Orlov.",
     .expect = {PARTICIPANT(.bodies = "CDM+CFM", .date = "2026-11-27", .id = "pavel-orlov"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "pavel-orlov")}},
    {.name = "attendance: 'X, who held the portfolio until May 2024' dates X's past, not the meeting: X took part",
     .published = "26.11.2026",
     .text = "Foreign and defence ministers of the CSTO held a joint meeting in Bishkek on Wednesday.\n\nRussia was "
             "represented by Defence Minister Pavel Orlov and Security Council Secretary Ivan Sedov, who held the "
             "defence portfolio until May 2024.",
     .expect = {PARTICIPANT(.bodies = "CDM+CFM", .id = "pavel-orlov"), PARTICIPANT(.bodies = "CDM+CFM", .id = "ivan-sedov")}},
    {.name = "attendance (guard): 'X was represented by Y at the meeting in May 2024' is not today's meeting",
     .published = "26.11.2026",
     .text = "Foreign and defence ministers of the CSTO held a joint meeting in Bishkek on Wednesday.\n\nRussia was "
             "represented by Defence Minister Pavel Orlov in May 2024.",
     .expect = {NOT_PARTICIPANT(.bodies = "CDM+CFM", .id = "pavel-orlov")}},
    {.name = "meetings: 'the ministers held a joint meeting on Wednesday, a day before the heads of state gather for the summit': no summit held",
     .published = "25.11.2026",
     .text = "Foreign and defence ministers of the CSTO held a joint meeting in Bishkek on Wednesday, a day before the "
             "bloc's heads of state gather in the Kyrgyz capital for the annual summit.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "CDM+CFM", .status = "held"), NO_MEETING(.bodies = "CSC", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .status = "planned", .date = "2026-11-26")}},
    {.name = "attendance: 'X met Y to discuss preparations for the summit': neither attends it on that account",
     .published = "20.11.2026",
     .text = "The CSTO summit will be held in Bishkek on 27 November. Kyrgyz President Almaz Toktomushev met with "
             "Secretary General Ivan Sedov in Bishkek in October to discuss preparations for the summit.",
     .expect = {NOT_PARTICIPANT(.bodies = "CSC", .id = "almaz-toktomushev"), NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-sedov")}},
    {.name = "attendance (guard): 'X will take part in the summit ... to prepare for ...': still attends",
     .published = "20.11.2026",
     .text = "Kyrgyz President Almaz Toktomushev will take part in the CSTO summit in Bishkek on 27 November and met "
             "the ministers to prepare for the summit.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "almaz-toktomushev")}},
    {.name = "people: 'Kyrgyz President A met with Secretary General B': B is not Kyrgyz on that account",
     .text = "Kyrgyz President Almaz Toktomushev met with Secretary General Ivan Sedov in Bishkek.",
     .expect = {HAS_OFFICIAL(.id = "almaz-toktomushev", .country = "kyrgyzstan"), NO_OFFICIAL(.id = "ivan-sedov", .country = "kyrgyzstan")}},
    {.name = "people (guard): 'Kyrgyz Foreign Minister A and Defence Minister B': B shares the country",
     .text = "Kyrgyz Foreign Minister Almaz Toktomushev and Defence Minister Ivan Sedov arrived in Minsk.",
     .expect = {HAS_OFFICIAL(.id = "ivan-sedov", .country = "kyrgyzstan")}},
    {.name = "tense: 'the ministers held a joint session and approved the draft documents for the summit': the summit is to come",
     .published = "24.11.2026",
     .text = "The foreign and defence ministers of the CSTO member states held a joint session in Yerevan on Tuesday "
             "and approved the package of draft documents for the summit of the bloc.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .status = "held", .date = "2026-11-24"), NO_MEETING(.bodies = "CSC", .status = "held")}},
    {.name = "places: 'the Council meets in Minsk on 13 April, and the next day, 14 April, the summit': the summit is in Minsk too",
     .published = "10.04.2026",
     .text = "The CSTO Council of Foreign Ministers will meet in Minsk on 13 April, and the next day, 14 April, the summit "
             "will take place. In the autumn the Council of Defence Ministers will meet in Yerevan.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-04-14", .city = "Minsk"), HAS_MEETING(.bodies = "CDM", .city = "Yerevan")}},
    {.name = "places: 'the summit in Minsk, and ... the joint meeting held there the day before': in Minsk too",
     .published = "07.03.2026",
     .text = "In November 2025, Armenia sent no one to the summit in Minsk, and its ministers stayed away from the joint "
             "meeting of foreign and defence ministers held there the day before.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2025-11", .city = "Minsk")}},
    {.name = "places: 'the summit ... timed to mark 30 years since the signing of the collective security treaty in Tashkent': not in Tashkent",
     .published = "16.05.2026",
     .text = "The summit of the Collective Security Treaty Organization was timed to mark 30 years since the signing of the "
             "collective security treaty in Tashkent.",
     .expect = {HAS_MEETING(.bodies = "CSC"), NO_MEETING(.bodies = "CSC", .city = "Tashkent")}},
    {.name = "places: 'X left for Moscow this morning where he is scheduled to take part in the summit': in Moscow",
     .text = "President Ivan Sedov left for Moscow this morning where he is scheduled to take part in the jubilee summit of "
             "heads of CSTO member states.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .status = "planned")}},
    {.name = "places (guard): 'the Council met in Minsk on 13 April, and the summit will take place on 20 May': no place for the summit",
     .published = "10.04.2026",
     .text = "The CSTO Council of Foreign Ministers met in Minsk on 9 April, and the summit will take place on 20 May.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-20"), NO_MEETING(.bodies = "CSC", .city = "Minsk")}},
    {.name = "people: 'State Secretary of the Security Council' (Belarus's office) and «госсекретарь Совбеза» are titles of their own",
     .text = "The CSTO Committee of Secretaries of Security Councils met in Minsk. Belarus was represented by State "
             "Secretary of the Security Council Ivan Sedov. Беларусь представлял госсекретарь Совбеза Олег Сидоров.",
     .expect = {HAS_OFFICIAL(.id = "ivan-sedov", .title = "State Secretary of the Security Council"),
                HAS_OFFICIAL(.id = "oleg-sidorov", .title = "State Secretary of the Security Council")}},
    {.name = "documents: a name's apposition inside a title ('on the appointment of X, State Secretary of ..., as ...') does not end it",
     .text = "The leaders of the CSTO signed a decision on the appointment of Ivan Sedov, State Secretary of the Security "
             "Council of Belarus, as the CSTO Secretary General.",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "as the CSTO Secretary General")}},
    {.name = "attendance: 'X recalled that at the session on 23 August the leaders agreed': telling of a meeting is not taking part",
     .published = "15.09.2026",
     .text = "Foreign Minister Pavel Orlov recalled that at the extraordinary session of the CSTO Collective Security "
             "Council on 23 August the leaders agreed to step up work.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-08-23"), NOT_PARTICIPANT(.bodies = "CSC", .id = "pavel-orlov")}},
    {.name = "attendance (guard): 'X said at the session on 23 August that ...': he spoke there",
     .published = "15.09.2026",
     .text = "Foreign Minister Pavel Orlov said at the session of the CSTO Collective Security Council on 23 August that "
             "the leaders agreed to step up work.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "pavel-orlov")}},
    {.name = "dates: 'the same day' is not the first of a range of days named before it ('a state visit on 27-28 November')",
     .published = "25.11.2026",
     .text = "The CSTO summit will be held in Astana on 28 November. The president will take part during a state visit "
             "that will last 27-28 November. The same day, a joint session of the Council of Foreign Ministers and the "
             "Council of Defence Ministers will take place in Astana.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-11-28")}},
    {.name = "dates: 'The summit came one day after a joint meeting' counts from the summit the report is about, not a session named in passing",
     .published = "23.11.2026",
     .text = "The CSTO summit was held in Yerevan on November 23. The summit was attended by the leaders of the six "
             "member states. The CSTO's Collective Security Council had already discussed the clashes at an emergency "
             "session convened via videoconference on September 13. The summit came one day after a joint meeting in Yerevan of the foreign and defence "
             "ministers of the member states.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-11-22"), NO_MEETING(.bodies = "CDM+CFM", .date = "2026-09-12")}},
    {.name = "attendance: 'X held talks on the margins of the meeting' after two meetings to come are named: the one held before them",
     .published = "22.11.2026",
     .text = "On 22 November Minsk hosted a meeting of the CSTO Council of Foreign Ministers chaired by Foreign Minister "
             "Ivan Sedov. The participants agreed the drafts for the CSTO Collective Security Council, which will meet in "
             "Minsk tomorrow. The draft regulations will be finalised by the next meeting of the Council of Foreign "
             "Ministers, scheduled to take place in Kazakhstan in 2027. Foreign Minister Ivan Sedov also held bilateral "
             "meetings with Foreign Minister Pavel Orlov on the margins of the meeting.",
     .expect = {PARTICIPANT(.bodies = "CFM", .date = "2026-11-22", .id = "pavel-orlov"), NOT_PARTICIPANT(.bodies = "CFM", .date = "2027", .id = "pavel-orlov")}},
    {.name = "dates: 'met on Tuesday ... ahead of next week's summit': Tuesday is the meeting's, next week the summit's",
     .published = "19.11.2026",
     .text = "The secretaries of the security councils of the CSTO member states met in Bishkek on Tuesday to finalize "
             "the security agenda ahead of next week's summit of the bloc, which Kyrgyzstan chairs this year.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .date = "2026-11-17", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-11", .status = "planned")}},
    {.name = "attendance: 'X told reporters after Friday's summit that ...': briefing right after the meeting, he was there",
     .published = "06.09.2026",
     .text = "The CSTO summit was held in Moscow on Friday. CSTO Secretary General Ivan Sedov told reporters after "
             "Friday's summit that the bloc would step up military cooperation.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-sedov")}},
    {.name = "attendance (guard): 'X told reporters that the summit adopted ...': briefing the press is not taking part",
     .published = "06.09.2026",
     .text = "The CSTO summit was held in Moscow on Friday. CSTO spokesman Ivan Sedov told reporters on Saturday that "
             "the summit adopted a declaration.",
     .expect = {NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-sedov")}},
    {.name = "documents: 'a final declaration of a summit of the CSTO in Yerevan' is the final declaration; 'of the Yerevan Session' names one",
     .published = "23.11.2026",
     .text = "Prime Minister Ivan Sedov refused to sign a final declaration of a summit of the Collective Security Treaty "
             "Organization in Yerevan. The leaders approved the draft Declaration of the Yerevan Session of the "
             "Collective Security Council.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .title = "final declaration"), NO_DOCUMENT(.title = "of a summit"),
                HAS_DOCUMENT(.type = "declaration", .title = "Declaration of the Yerevan Session of the Collective Security Council")}},
    {.name = "people: a Kyrgyz patronymic ends the name ('Nurlan Asanbek uulu'), keyed by the word before it; 'Toraga (Speaker) of the Jogorku Kenesh'",
     .published = "14.04.2026",
     .text = "The CSTO Parliamentary Assembly met in St Petersburg. Toraga (Speaker) of the Jogorku Kenesh Nurlan Asanbek "
             "uulu and Deputy Speaker Azamat Bakyt uulu attended the session.",
     .expect = {HAS_OFFICIAL(.id = "nurlan-asanbek-uulu", .country = "kyrgyzstan"), HAS_OFFICIAL(.id = "azamat-bakyt-uulu"),
                PARTICIPANT(.bodies = "PA", .id = "nurlan-asanbek-uulu"), PARTICIPANT(.bodies = "PA", .id = "azamat-bakyt-uulu")}},
    {.name = "dates: 'The summit was preceded on Tuesday by a joint meeting': Tuesday is the joint meeting's, not a second summit's",
     .published = "25.11.2026",
     .text = "The CSTO summit was held in Yerevan on Wednesday. The summit was preceded on Tuesday by a joint meeting of "
             "the CSTO Council of Foreign Ministers and Council of Defense Ministers.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-11-24"), NO_MEETING(.bodies = "CSC", .date = "2026-11-24"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-11-25")}},
    {.name = "dates: a report with no year takes the year of its event's name ('within the programme of the exhibition ARMEXPO-2027')",
     .published = "",
     .text = "On 19 October, in Moscow, the meeting of the CSTO Interstate Commission for Military-Economic Cooperation will "
             "be held. The meeting will take place within the business programme of the exhibition ARMEXPO-2027.",
     .expect = {HAS_MEETING(.bodies = "IMEC", .date = "2027-10-19", .status = "planned")}},
    {.name = "dates (guard): two event names with different years give a report no year",
     .published = "",
     .text = "On 19 October, in Moscow, the meeting of the CSTO Interstate Commission for Military-Economic Cooperation will "
             "be held. The exercises Rubezh-2026 and Interaction-2027 were discussed.",
     .expect = {NO_MEETING(.bodies = "IMEC", .date = "2027-10-19"), NO_MEETING(.bodies = "IMEC", .date = "2026-10-19")}},
    {.name = "dates: an undated report: 'Kazakhstan chairs the organization in 2027' is its year; 'left for Moscow this morning' for the summit, that year",
     .published = "",
     .text = "President Ivan Sedov left for Moscow this morning where he is scheduled to take part in the jubilee summit of "
             "heads of CSTO member states. Kazakhstan chairs the organization in 2027.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2027", .status = "planned")}},
    {.name = "dates: '... the summit in Yerevan, in a rebuke for failing to help during clashes with Azerbaijan in September': not the summit's month",
     .published = "23.11.2026",
     .text = "The prime minister refused to sign the final declaration of a summit of the CSTO in Yerevan, in a public "
             "rebuke to its allies for failing to come to Armenia's aid during deadly clashes with Azerbaijan in September.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-23"), NO_MEETING(.bodies = "CSC", .date = "2026-09")}},
    {.name = "dates (guard): 'told reporters after Friday's summit' and 'during the summit in September' date the summit",
     .published = "23.11.2026",
     .text = "The leaders met during the summit of the CSTO in September.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-09")}},
    {.name = "dates: 'X will arrive tomorrow on a state visit, which will precede the summit': tomorrow is the visit's",
     .published = "26.11.2026",
     .text = "The session of the CSTO Collective Security Council will take place in Astana on Thursday, 28 November. "
             "Russian President Pavel Orlov will arrive in Astana tomorrow on a state visit, which will precede the summit.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-11-28")}},
    {.name = "meetings: 'President X hosted the leaders of five former Soviet republics on Monday': the leaders' meeting, that day",
     .published = "16.05.2026",
     .text = "President Pavel Orlov hosted the leaders of five former Soviet republics in the Kremlin on Monday. The summit "
             "of the Collective Security Treaty Organization marked 30 years since the signing of the treaty.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-05-11", .status = "held")}},
    {.name = "dates: 'endorsed on November 27, the day before the summit, at a joint session': the 27th the session's, the summit the 28th",
     .published = "05.12.2026",
     .text = "The final text was endorsed on November 27, the day before the summit, at a joint session of the CSTO's "
             "councils of foreign and defense ministers.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-11-27"), HAS_MEETING(.bodies = "CSC", .date = "2026-11-28")}},
    {.name = "dates: an undated report marking 'the 30th anniversary of the Treaty signed in 1996' is of 2026",
     .published = "",
     .text = "The leaders of the CSTO met in Moscow on 16 May for a jubilee session. The meeting marked the 30th anniversary "
             "of the Treaty signed in Tashkent on 15 May 1996.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-16", .city = "Moscow")}},
    {.name = "dates: «приурочена к 30-летию Договора, подписанного 15 мая 1996 года» gives an undated report 2026",
     .published = "",
     .text = "Президент Иван Орлов принял участие в юбилейной сессии Совета коллективной безопасности ОДКБ, которая прошла "
             "16 мая в Москве. Встреча приурочена к 30-летию Договора о коллективной безопасности, подписанного в "
             "Ташкенте 15 мая 1996 года.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-16")}},
    {.name = "dates: an undated report on 'the 25th anniversary of the Collective Security Treaty' (1992, dates.tsv "
             "founded) is of 2017",
     .published = "",
     .text = "The defence ministers of the CSTO met in Minsk. They approved a statement on the 25th anniversary of the "
             "Collective Security Treaty.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2017", .city = "Minsk")}},
    {.name = "dates: 'the 75th anniversary of the Victory, which will be celebrated in 2020': the year the anniversary "
             "falls, not the one it counts from (no year 2095)",
     .published = "",
     .text = "The Parliamentary Assembly of the CSTO held a plenary session in Minsk on 25 November. The deputies adopted "
             "an appeal on the 75th anniversary of the Victory, which will be celebrated in 2020.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Minsk"), NO_MEETING(.date = "2095-11-25")}},
    {.name = "dates: an undated report of 'a decision on the chairmanship of Belarus in 2027' is of 2026, the year before",
     .published = "",
     .text = "The CSTO summit was held in Minsk on 23 November. The leaders signed a declaration and a decision on the "
             "chairmanship of the Republic of Belarus in the organization in 2027.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-23", .city = "Minsk")}},
    {.name = "dates: «решение о председательстве Казахстана в ОДКБ в 2027 году» dates an undated report 2026",
     .published = "",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла 23 ноября в Минске. Лидеры подписали решение о "
             "председательстве Республики Казахстан в Организации в 2027 году.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-23", .city = "Minsk")}},
    {.name = "dates: «к 20-летию ОДКБ» (2002, dates.tsv founded) gives an undated report 2022",
     .published = "",
     .text = "В Ереване прошло заседание Совета министров обороны ОДКБ. Министры одобрили обращение к 20-летию ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2022", .city = "Yerevan")}},
    {.name = "documents: 'a declaration of the Council and the interstate targeted programme for ...': two documents",
     .published = "26.11.2026",
     .text = "Some 20 documents are expected to be approved at the CSTO summit, among them a declaration of the Collective "
             "Security Council and the interstate targeted programme for strengthening the Tajik-Afghan border.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .title = "declaration of the Collective Security Council"),
                NO_DOCUMENT(.title = "Council and the"), HAS_DOCUMENT(.type = "program", .title = "targeted programme for strengthening")}},
    {.name = "documents: 'the leaders adopted a declaration', 'a statement marking the anniversary', 'a decision appointing X': the meeting's",
     .published = "16.05.2026",
     .text = "The CSTO summit was held in Moscow on Monday. The leaders adopted a declaration and a statement marking the 30th "
             "anniversary of the Collective Security Treaty. They signed a decision appointing Ivan Sedov as the secretary "
             "general. Orlov said in a declaration that it was fine.",
     .expect = {DOCUMENTS(.n = 3), HAS_DOCUMENT(.type = "declaration", .status = "adopted"),
                HAS_DOCUMENT(.type = "statement", .title = "statement marking the 30th anniversary"),
                HAS_DOCUMENT(.type = "decision", .title = "decision appointing Ivan Sedov")}},
    {.name = "attendance: 'Around the table sat President X of Belarus and Secretary General Y' after the summit is named",
     .published = "20.09.2026",
     .text = "The CSTO summit was held in Dushanbe on Thursday. Around the table sat President Pavel Orlov of Belarus and "
             "the organisation's Secretary General Ivan Sedov.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "pavel-orlov"), PARTICIPANT(.bodies = "CSC", .id = "ivan-sedov")}},
    {.name = "dates (guard): 'On Monday, the ministers met and discussed the upcoming summit': not the summit's day",
     .text = "On Monday, the CSTO foreign ministers met in Minsk and discussed the upcoming summit of the heads of state.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-11"), NO_MEETING(.bodies = "CSC", .date = "2026-05-11")}},
    {.name = "meetings: 'the session of the CFM ... jointly with the CDM and the CSSC' is one joint meeting",
     .text = "The next session of the CSTO Council of Foreign Ministers will be held in Bishkek on 27 November jointly "
             "with the Council of Defence Ministers and the Committee of Secretaries of the Security Councils.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Bishkek", .date = "2026-11-27")}},
    {.name = "meetings: 'ministers and the secretaries of the member states' security councils held a joint session'",
     .text = "Foreign and defence ministers and the secretaries of the member states' security councils held a joint "
             "session in Yerevan on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Yerevan")}},
    {.name = "meetings: a headline's undated summit (the June report) and 'On 28 May, the leaders gathered in Astana' are one meeting",
     .published = "05.06.2026",
     .text = "The CSTO summit in Astana.\n\nOn 28 May, the leaders of the CSTO gathered in Astana for a session of the "
             "Collective Security Council.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .city = "Astana", .date = "2026-05-28")}},
    {.name = "tense: 'was postponed to the informal meeting ... on December 6' is a planned meeting",
     .text = "The issue was not resolved at the CSTO summit in Astana and was postponed to the informal meeting of "
             "the heads of state in Sochi on December 6.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Sochi", .status = "planned", .date = "2026-12-06")}},
    {.name = "tense: 'the session was postponed to December': a month after 'to' dates the planned meeting",
     .text = "The session of the CSTO Council of Foreign Ministers was postponed to December.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-12", .status = "planned")}},
    {.name = "dates: 'The summit (of 12 May) came one day after a joint session': the session is the day before",
     .text = "The CSTO summit was held in Minsk on 12 May. The summit came one day after a joint session of the "
             "Council of Foreign Ministers and the Council of Defence Ministers in Minsk.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-05-11"), HAS_MEETING(.bodies = "CSC", .date = "2026-05-12")}},
    {.name = "dates: 'the session of the CFM, which was held in Minsk on 5 May,': a clause right after the mention dates it",
     .text = "The session of the CSTO Council of Foreign Ministers, which was held in Minsk on 5 May, adopted a "
             "statement on Afghanistan.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-05", .city = "Minsk")}},
    {.name = "meetings: 'a joint meeting in Yerevan of the foreign and defence ministers': a place between noun and 'of'",
     .text = "The CSTO summit in Minsk came one day after a joint meeting in Yerevan of the foreign and defence "
             "ministers and the security council secretaries of the member states.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Yerevan"), HAS_MEETING(.bodies = "CSC", .city = "Minsk")}},
    {.name = "people: 'the appointment of X as Secretary General of the CSTO': the title after 'as'",
     .text = "The leaders signed the decision on the appointment of Ivan Petrov as Secretary General of the "
             "Collective Security Treaty Organization.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Secretary General", .org = "CSTO")}},
    {.name = "people (guard): 'described X as a friend' gives no title",
     .text = "The CSTO summit was held in Minsk. Ivan Petrov described Sergei Orlov as a friend.",
     .expect = {NO_OFFICIAL(.id = "sergei-orlov", .title = "Friend")}},
    {.name = "people: a headline's verb is no name ('CSTO Security Chiefs Meet in Bishkek')",
     .text = "CSTO Security Council Secretaries Meet in Bishkek\n\nThe secretaries of the security councils met in "
             "Bishkek on Tuesday.",
     .expect = {NO_OFFICIAL(.name = "Meet")}},
    {.name = "people: 'foreign ministers including Russia's A, Kazakhstan's B and Kyrgyzstan's C'",
     .text = "The CSTO session was attended by foreign ministers including Russia's Ivan Petrov, Kazakhstan's Arman "
             "Nurov and Kyrgyzstan's Bakyt Asanov.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .country = "russia", .title = "Minister of Foreign Affairs"),
                HAS_OFFICIAL(.id = "arman-nurov", .country = "kazakhstan", .title = "Minister of Foreign Affairs"),
                HAS_OFFICIAL(.id = "bakyt-asanov", .country = "kyrgyzstan")}},
    {.name = "people: 'Russia's A' (the possessive is a form of the country in data/)",
     .text = "The CSTO session was attended by Russia's Ivan Petrov.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .country = "russia")}},
    {.name = "people: 'X, the country's foreign minister': the country named before in the sentence",
     .text = "The Kazakh delegation to the CSTO session was led by Arman Nurov, the country's foreign minister.",
     .expect = {HAS_OFFICIAL(.id = "arman-nurov", .country = "kazakhstan")}},
    {.name = "people: initials glued to the surname ('Foreign Minister S.V.Petrov')",
     .text = "The CSTO Council of Foreign Ministers was chaired by Russian Foreign Minister S.V.Petrov.",
     .expect = {HAS_OFFICIAL(.id = "s-v-petrov", .country = "russia")}},
    {.name = "people: «под председательством Министра ... С.В.Петрова»: the surname after the initials shows the case",
     .text = "В Москве под председательством Министра иностранных дел Российской Федерации С.В.Петрова прошло "
             "заседание Совета министров иностранных дел ОДКБ.",
     .expect = {HAS_OFFICIAL(.id = "s-v-petrov", .country = "russia", .title = "Minister of Foreign Affairs")}},
    {.name = "people: a participants' list, surname first («Орлов Иван Петрович – Президент Республики Беларусь;»)",
     .text = "В Минске состоялась сессия Совета коллективной безопасности ОДКБ.\n\nВ работе сессии приняли "
             "участие:\nОрлов Иван Петрович – Президент Республики Беларусь;\nСидоров Павел Андреевич – "
             "Генеральный секретарь ОДКБ.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrovic-orlov", .country = "belarus", .title = "President"),
                HAS_OFFICIAL(.id = "pavel-andreevic-sidorov", .org = "CSTO", .title = "Secretary General"),
                PARTICIPANT(.bodies = "CSC", .id = "ivan-petrovic-orlov")}},
    {.name = "people: «заместитель секретаря Совета безопасности Иван Орлов»: a deputy's title whole",
     .text = "На заседании КССБ ОДКБ Россию представлял заместитель секретаря Совета безопасности Иван Орлов.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Deputy Secretary of the Security Council")}},
    {.name = "people: «Первый заместитель министра иностранных дел России»: the first deputy, not the minister",
     .text = "Первый заместитель министра иностранных дел России Иван Орлов заявил, что СМИД ОДКБ проведет заседание.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "First Deputy Minister", .country = "russia"),
                NO_OFFICIAL(.id = "ivan-orlov", .title = "Minister of Foreign Affairs")}},
    {.name = "attendance: «Иван Орлов провел заседание Совета»: the one who held it took part",
     .text = "Иван Орлов провел заседание Совета коллективной безопасности ОДКБ в Минске.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov")}},
    {.name = "attendance (guard): «провел переговоры» beside a session is no part in it",
     .text = "Накануне саммита ОДКБ в Минске пройдет совместное заседание СМИД и СМО.\nИван Орлов провел переговоры с "
             "генеральным секретарем ОДКБ Павлом Сидоровым.",
     .expect = {NOT_PARTICIPANT(.bodies = "CDM+CFM", .id = "ivan-orlov")}},
    {.name = "people: «Генеральным секретарем ОДКБ с 1 января назначен Иван Орлов»: the title, the verb, the name",
     .text = "Генеральным секретарем ОДКБ с 1 января 2027 года назначен Иван Орлов.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Secretary General")}},
    {.name = "people (guard): «с генеральным секретарем ОДКБ Иваном Орловым» keeps the name's case",
     .text = "Президент провел встречу с генеральным секретарем ОДКБ Иваном Орловым.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov", .title = "Secretary General")}},
    {.name = "meetings: 'the leaders met in Moscow in May 2002, and ... at a session in Chisinau in October 2002': two",
     .text = "The CSTO leaders met in Moscow in May 2002, and they signed the Charter at a session in Chisinau in "
             "October 2002.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .date = "2002-05"),
                HAS_MEETING(.bodies = "CSC", .city = "Chisinau", .date = "2002-10"), MEETINGS(2)}},
    {.name = "meetings: 'They signed the Charter at a session in Chisinau in October 2002' after a summit: another one",
     .text = "The CSTO leaders met in Moscow in May 2002. They signed the Charter at a session in Chisinau in "
             "October 2002.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Chisinau", .date = "2002-10"), MEETINGS(2)}},
    {.name = "meetings (guard): 'the Assembly held a plenary session in St Petersburg on 28 November 2023' is one",
     .text = "The CSTO Parliamentary Assembly held a plenary session in St Petersburg on 28 November 2023.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2023-11-28"), MEETINGS(1)}},
    {.name = "meetings (guard): 'chaired the session in Dushanbe on 16 September 2021' after a CFM meeting: not the CFM's",
     .text = "The CSTO Council of Foreign Ministers will hold an online meeting on Friday. President Ivan Orlov "
             "chaired the session in Dushanbe on 16 September 2021.",
     .expect = {NO_MEETING(.bodies = "CFM", .city = "Dushanbe")}},
    {.name = "attendance: 'The session was attended by A B, C D and CSTO Secretary General E F': names with no title",
     .text = "The CSTO summit was held in Minsk on 12 May. The session was attended by Ivan Orlov, Pavel Sidorov "
             "and CSTO Secretary General Bakyt Asanov.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov"), HAS_OFFICIAL(.id = "pavel-sidorov"),
                PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CSC", .id = "pavel-sidorov"),
                HAS_OFFICIAL(.id = "bakyt-asanov", .title = "Secretary General")}},
    {.name = "attendance: «В сессии участвовали Иван Орлов, Павел Сидоров и ...»",
     .text = "В Минске прошла сессия Совета коллективной безопасности ОДКБ. В сессии участвовали Иван Орлов, Павел "
             "Сидоров и Генеральный секретарь ОДКБ Бакыт Асанов.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CSC", .id = "pavel-sidorov")}},
    {.name = "attendance (guard): «с участием В.Орлова» is a genitive, no name in the nominative to take",
     .text = "В Минске прошла сессия Совета коллективной безопасности ОДКБ с участием Ивана Орлова.",
     .expect = {NO_OFFICIAL(.name = "Ивана")}},
    {.name = "meetings: «прошли заседания СМИД и СМО»: a plural verb and noun, one meeting each",
     .text = "В Чолпон-Ате в июне прошли заседания Совета министров иностранных дел и Совета министров обороны ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Cholpon-Ata"), HAS_MEETING(.bodies = "CDM", .city = "Cholpon-Ata"),
                MEETINGS(2)}},
    {.name = "meetings (guard): «прошли совместные заседания СМИД и СМО» is one",
     .text = "В Минске прошли совместные заседания Совета министров иностранных дел и Совета министров обороны ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM"), MEETINGS(1)}},
    {.name = "meetings (guard): 'preceded by meetings of defence and foreign ministers' is one joint session",
     .text = "The CSTO summit in Minsk was preceded by meetings of defence and foreign ministers on Wednesday.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM"), NO_MEETING(.bodies = "CFM"), NO_MEETING(.bodies = "CDM")}},
    {.name = "dates: no publication date; '... before 2022. 7 January: the Permanent Council' takes the year last named, not the last full date's",
     .text = "The mission was deployed to Kazakhstan in January 2022. It was the first since the Agreement signed at "
             "the session of the Collective Security Council in Dushanbe on 6 October 2007, and the forces had not "
             "been deployed before 2022.\n\n7 January: the CSTO Permanent Council held an extraordinary meeting in "
             "Moscow.",
     .published = "",
     .expect = {HAS_MEETING(.bodies = "PC", .date = "2022-01-07")}},
    {.name = "dates (guard): no publication date; 'the statements for 2020' is no year of the story",
     .text = "The secretaries met in Bishkek on 1 November 2019 and approved the list of statements for 2020. The "
             "CSTO summit is slated for November 28.",
     .published = "",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2019-11-28")}},
    {.name = "attendance: 'with the participation of Orlov, Ivan Petrov and ...': a surname named before, then names",
     .text = "President Pavel Orlov spoke first. The CSTO summit was held in Minsk on 12 May, with the participation "
             "of Orlov, Ivan Petrov and Bakyt Asanov.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"), PARTICIPANT(.bodies = "CSC", .id = "bakyt-asanov"),
                PARTICIPANT(.bodies = "CSC", .id = "pavel-orlov")}},
    {.name = "meetings: 'at the CSC session in Astana on 8 November 2018, nor at the informal summit in St Petersburg on 6 December 2018': two",
     .text = "The issue was not resolved at the CSC session in Astana on 8 November 2018, nor at the informal summit "
             "in St Petersburg on 6 December 2018.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2018-11-08", .city = "Astana"),
                HAS_MEETING(.bodies = "CSC", .date = "2018-12-06", .city = "Saint Petersburg"), MEETINGS(2)}},
    {.name = "meetings: a second mention of one body with a city of its own that differs is another meeting "
             "('the next session ... in Yerevan, he said after the session in Dushanbe')",
     .text = "The next session of the Collective Security Council will take place in Yerevan next year, "
             "he told reporters after the CSC session in Dushanbe.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned", .city = "Yerevan"),
                HAS_MEETING(.bodies = "CSC", .status = "held", .city = "Dushanbe"), MEETINGS(2)}},
    {.name = "meetings (guard): one body named twice with one city is one meeting",
     .text = "The session of the Collective Security Council in Minsk ended, and the CSC session in Minsk adopted "
             "a declaration.",
     .expect = {MEETINGS(1)}},
    {.name = "meetings: a body named in brackets after words that name none («Заседание совета министров ОДКБ (СМИД "
             "ОДКБ)»)",
     .text = "Заседание совета министров Организации Договора о коллективной безопасности (СМИД ОДКБ) пройдет 20 "
             "ноября в Минске.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "planned", .city = "Minsk", .date = "2026-11-20")}},
    {.name = "meetings (guard): «на заседании глава МИД Армении NAME» is one person's title, no meeting of the "
             "ministers",
     .text = "Совместное заседание СМИД, СМО и КССБ ОДКБ прошло во вторник в Ереване. Председательствовал на "
             "заседании глава МИД Армении Арам Саркисян.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Yerevan")}},
    {.name = "attendance: told in the past after a meeting still to come, of the meeting held named before it",
     .text = "The joint session of the CSTO foreign and defence ministers took place in Yerevan on Tuesday. The "
             "ministers prepared documents for the Collective Security Council session, which will be held in "
             "Yerevan tomorrow. Foreign Minister Ivan Petrov headed the Russian delegation.",
     .expect = {PARTICIPANT(.bodies = "CDM+CFM", .status = "held", .id = "ivan-petrov"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "attendance (guard): told in the future, of the meeting still to come",
     .text = "The joint session of the CSTO foreign and defence ministers took place in Yerevan on Tuesday. The "
             "ministers prepared documents for the Collective Security Council session, which will be held in "
             "Yerevan tomorrow. President Ivan Petrov will head the Russian delegation.",
     .expect = {PARTICIPANT(.bodies = "CSC", .status = "planned", .id = "ivan-petrov")}},
    {.name = "dates: a day in a range of days says more than the range ('a visit on 15-17 September to take part "
             "in the session ... the session will be held on 16 September')",
     .text = "President Ivan Petrov will pay a working visit to Tajikistan on 15-17 September to take part in the "
             "session of the CSTO Collective Security Council. The session of the Collective Security Council will "
             "be held in Dushanbe on 16 September.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-09-16", .status = "planned")}},
    {.name = "tense: a headline's 'X to attend the summit' is to come",
     .text = "Petrov to attend CSTO summit in Minsk\n\nThe agenda is long.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned", .city = "Minsk"), NO_MEETING(.status = "held")}},
    {.name = "dates: the dateline's date is the report's, not the meeting's, on a line after a section and a byline "
             "too ('Politics ... Author: X ... DUSHANBE, May 13 - ... will meet in Minsk')",
     .published = "13.05.2026",
     .text = "Politics\n\nAuthor: Staff\n\nDUSHANBE, May 13 - The CSTO Collective Security Council will meet in Minsk, "
             "the press service said.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned", .city = "Minsk"), NO_MEETING(.date = "2026-05-13")}},
    {.name = "dates: a held meeting with no date of its own in the dateline's sentence is of the dateline's day",
     .published = "14.05.2026",
     .text = "NEW YORK, May 12 - Foreign Minister Ivan Petrov took part in a working meeting of the CSTO Council of "
             "Foreign Ministers on the sidelines of the UN General Assembly.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-12", .status = "held")}},
    {.name = "dates: a held meeting with no date of its own in the lede (the dateline's paragraph and the next) is "
             "of the dateline's day",
     .published = "14.05.2026",
     .text = "MOSCOW, May 12 - President Ivan Petrov told the leaders of a military alliance on Tuesday that the "
             "alliance must grow.\n\nPetrov was speaking at a Kremlin summit of the CSTO in Moscow.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-12", .status = "held")}},
    {.name = "tense: a mention that says nothing of when ('CSTO summit in Astana: what to expect') takes the tense "
             "and date of the next mention of it",
     .text = "CSTO summit in Astana: what to expect\n\nThe session of the CSTO Collective Security Council will be held "
             "in Astana on 28 November.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .status = "planned", .date = "2026-11-28", .city = "Astana")}},
    {.name = "tense (guard): a mention with its own tense keeps it ('The summit was held in Astana ... the next "
             "session will be held in Astana on 28 November')",
     .text = "The CSTO summit was held in Astana on 10 May.\n\nThe next session of the CSTO Collective Security "
             "Council will be held in Astana on 28 November.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "CSC", .status = "held", .date = "2026-05-10")}},
    {.name = "meetings: a body hosted is a meeting of it ('Dushanbe already hosted the CSTO Council of Foreign "
             "Ministers in May'; 'The Tajik capital hosted ...')",
     .text = "Dushanbe already hosted the CSTO Council of Foreign Ministers in May. The Kazakh capital hosted the CSTO "
             "Council of Defence Ministers in March.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Dushanbe", .date = "2026-05", .status = "held"),
                HAS_MEETING(.bodies = "CDM", .city = "Astana", .date = "2026-03", .status = "held")}},
    {.name = "meetings (guard): 'hosted by' a body is not a meeting of it",
     .text = "The reception was hosted by the CSTO Council of Foreign Ministers chairman.",
     .expect = {MEETINGS(0)}},
    {.name = "meetings: 'a video call of leaders of the CSTO' is a video session of the leaders' council (lexicon "
             "meeting_noun)",
     .text = "Putin spoke on Monday during a video call of leaders of the Collective Security Treaty Organization.",
     .expect = {HAS_MEETING(.bodies = "CSC", .format = "video", .status = "held")}},
    {.name = "meetings (guard): a video call with one president is no CSTO session",
     .text = "Putin held a video call with Kazakh President Kassym Tokayev on Monday.",
     .expect = {MEETINGS(0)}},
    {.name = "attendance: 'Taking part in the session were:' and one participant a line after it",
     .text = "The session of the CSTO Collective Security Council was held by video link on 12 May.\n\nTaking part in "
             "the session were:\nPresident of the Republic of Belarus Pavel Orlov;\nPresident of the Kyrgyz Republic "
             "Bakyt Asanov.\n\nThe heads of state heard a report.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "pavel-orlov"), PARTICIPANT(.bodies = "CSC", .id = "bakyt-asanov")}},
    {.name = "tense, format, dates: 'As recently as September, at the summit in Dushanbe, leaders spoke' (held, "
             "month after 'as') and 'are due to discuss ... at a video summit on Monday' (planned, video)",
     .published = "07.01.2022",
     .text = "As recently as September, at the bloc's summit in Dushanbe, leaders spoke mostly about Afghanistan. "
             "Leaders of the alliance are due to discuss the operation at a video summit on Monday.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Dushanbe", .date = "2021-09", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .format = "video", .date = "2022-01-10", .status = "planned"), MEETINGS(2)}},
    {.name = "attendance: «лично присутствовали X и Y» and «В Ереван ожидаются X» (lexicon attend)",
     .text = "Сессия СКБ ОДКБ прошла в Душанбе 16 сентября. В столице Таджикистана лично присутствовали президент "
             "Белоруссии Иван Петров и президент Киргизии Бакыт Асанов. Заседание СМИД ОДКБ пройдет в Ереване 20 "
             "ноября. В Ереван ожидаются министр иностранных дел России Олег Сидоров.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"), PARTICIPANT(.bodies = "CSC", .id = "bakyt-asanov"),
                PARTICIPANT(.bodies = "CFM", .id = "oleg-sidorov")}},
    {.name = "attendance: «Председательствовал на заседании X» after a meeting still to come is of the one held "
             "before it",
     .text = "Совместное заседание СМИД, СМО и КССБ ОДКБ прошло во вторник в Ереване. Ведомства подготовили документы "
             "к сессии Совета коллективной безопасности, которая состоится завтра. Председательствовал на заседании "
             "глава МИД Армении Арам Саркисян.",
     .expect = {PARTICIPANT(.bodies = "CDM+CFM+CSSC", .id = "aram-sarkisan"), NOT_PARTICIPANT(.bodies = "CSC", .id = "aram-sarkisan")}},
    {.name = "officials: «торага Жогорку Кенеша X» (titles.tsv; lexicon nominative_a: its -а is no genitive)",
     .text = "В заседании Совета ПА ОДКБ во вторник принял участие торага Жогорку Кенеша Алмазбек Турдубаев.",
     .expect = {HAS_OFFICIAL(.id = "almazbek-turdubaev", .title = "Speaker of the Jogorku Kenesh", .country = "kyrgyzstan"),
                PARTICIPANT(.bodies = "PA", .id = "almazbek-turdubaev")}},
    {.name = "officials: 'Chairman of the State Authority for Military Industry of the Republic of Belarus X' "
             "(lexicon title_joiner inside an institution's name; notname: authority, industry)",
     .text = "The CSTO Council of Defence Ministers met in Minsk on Tuesday. The meeting was attended by Chairman of the "
             "State Authority for Military Industry of the Republic of Belarus Pavel Kostenko.",
     .expect = {HAS_OFFICIAL(.id = "pavel-kostenko", .country = "belarus",
                             .title = "Chairman of the State Authority for Military Industry of the Republic of Belarus"),
                PARTICIPANT(.bodies = "CDM", .id = "pavel-kostenko")}},
    {.name = "officials: 'Ch. Aidarbekov' (lexicon initial): a two-letter initial starts a name and its full stop "
             "ends no sentence",
     .text = "On May 12, in the city of Bishkek, under the chairmanship of the Minister of Foreign Affairs of the Kyrgyz "
             "Republic Zh. Abdyrakhmanov, a meeting of the CSTO Council of Foreign Ministers took place.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Bishkek", .date = "2026-05-12"),
                HAS_OFFICIAL(.id = "zh-abdyrakhmanov", .country = "kyrgyzstan"), NO_OFFICIAL(.id = "zh")}},
    {.name = "officials: 'the foreign ministers of the Republic of Armenia A B, the Republic of Belarus C D, the "
             "Russian Federation E F': 'the' before each country of the list",
     .text = "The meeting of the CSTO Council of Foreign Ministers was attended by the foreign ministers of the Republic "
             "of Armenia Aram Petrosyan, the Republic of Belarus Ivan Karpenko, the Russian Federation Oleg Sidorov.",
     .expect = {HAS_OFFICIAL(.id = "ivan-karpenko", .country = "belarus", .title = "Minister of Foreign Affairs"),
                HAS_OFFICIAL(.id = "oleg-sidorov", .country = "russia"), PARTICIPANT(.bodies = "CFM", .id = "oleg-sidorov")}},
    {.name = "officials: 'the Permanent and Plenipotentiary Representative of the Republic of Tajikistan to the CSTO X' "
             "(titles.tsv; 'to the CSTO' between the title and the name)",
     .text = "The CSTO Permanent Council met in Moscow on April 19 under the chairmanship of the Permanent and "
             "Plenipotentiary Representative of the Republic of Tajikistan to the CSTO Nodir Rakhimov.",
     .expect = {HAS_OFFICIAL(.id = "nodir-rakhimov", .country = "tajikistan"), PARTICIPANT(.bodies = "PC", .id = "nodir-rakhimov")}},
    {.name = "tense: «соберутся», «встретятся» are future (lexicon future; «встретятся» in exact_form, so "
             "«встретились» stays past); «– об этом в понедельник сообщил X»: the date of the speech, not the summit's",
     .text = "Главы государств ОДКБ соберутся в Минске в четверг. Не приедет на саммит и премьер-министр Никол "
             "Пашинян – об этом в понедельник сообщил его пресс-секретарь. Министры обороны стран ОДКБ встретятся в "
             "Бресте в пятницу. Министры иностранных дел стран ОДКБ встретились в Гродно во вторник.",
     .published = "22.11.2023",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2023-11-23", .status = "planned"), NO_MEETING(.bodies = "CSC", .date = "2023-11-20"),
                HAS_MEETING(.bodies = "CDM", .status = "planned", .date = "2023-11-24"),
                HAS_MEETING(.bodies = "CFM", .status = "held", .date = "2023-11-21")}},
    {.name = "tense: «состоялось очередное заседание» is held («очередной» is regular, not next)",
     .text = "В Москве состоялось очередное заседание Постоянного совета при ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "PC", .status = "held"), NO_MEETING(.status = "planned")}},
    {.name = "attendance: a meeting named in a clause about something else ('the programme, which the leaders "
             "approved at the summit in Minsk') does not take the focus from the one reported",
     .text = "The CSTO Interstate Commission on Military-Economic Cooperation met in Dushanbe on Tuesday. The main topic "
             "was the border programme, which the leaders approved at the summit in Minsk in 2023. The session was "
             "opened by First Deputy Prime Minister Ivan Petrov.",
     .expect = {PARTICIPANT(.bodies = "IMEC", .id = "ivan-petrov"), NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "meetings (guard): 'the CSTO summit in Minsk on 12 May ... the session of the Council' is one",
     .text = "The CSTO summit in Minsk on 12 May ended with the session of the Collective Security Council in an "
             "extended format.",
     .expect = {MEETINGS(1)}},
    {.name = "people: 'the presidents of Russia, A B, of Belarus, C D, and of Tajikistan, E F'",
     .text = "The CSTO summit was attended by the presidents of Russia, Ivan Petrov, of Belarus, Pavel Orlov, and of "
             "Tajikistan, Bakyt Asanov.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .country = "russia", .title = "President"),
                HAS_OFFICIAL(.id = "pavel-orlov", .country = "belarus", .title = "President"),
                HAS_OFFICIAL(.id = "bakyt-asanov", .country = "tajikistan", .title = "President")}},
    {.name = "meetings: 'the CSTO Permanent Council, which is made up of ..., met in Moscow on Friday': past the aside",
     .text = "The CSTO Permanent Council, which is made up of the member states' plenipotentiary representatives, met "
             "at the Secretariat in Moscow on Friday.",
     .expect = {HAS_MEETING(.bodies = "PC", .city = "Moscow", .date = "2026-05-08")}},
    {.name = "meetings (guard): 'the Council, which will meet in Minsk tomorrow, 23 November': the aside's own verb",
     .text = "The ministers agreed the drafts for the CSTO Collective Security Council, which will meet in Minsk "
             "tomorrow, 15 May.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk", .date = "2026-05-15")}},
    {.name = "dates: 'The summit on 12 May came a week after the defence ministers met ... and agreed drills in October'",
     .text = "The CSTO summit in Minsk on 12 May came a week after the bloc's defence ministers met in Minsk and "
             "agreed to hold drills in October.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2026-05-05"), HAS_MEETING(.bodies = "CSC", .date = "2026-05-12")}},
    {.name = "documents: 'the plenary session adopted a model law \"On Countering Extremism\"' (doctypes: model law)",
     .text = "The plenary session of the CSTO Parliamentary Assembly adopted a model law \"On Countering Extremism\".",
     .expect = {HAS_DOCUMENT(.type = "other", .title = "Countering Extremism", .status = "adopted")}},
    {.name = "documents: 'a Statement of the Council on A and a decision on B': the lower-case item joined to a document",
     .text = "The CSTO summit was held in Minsk. Among its documents were a Statement of the Collective Security "
             "Council on biological security and a decision on the appointment of the Secretary General.",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "appointment of the Secretary General"),
                HAS_DOCUMENT(.type = "statement", .title = "biological security")}},
    {.name = "documents (guard): 'discussed the situation and a decision on it was postponed' takes no joined item",
     .text = "The CSTO ministers discussed the situation in Afghanistan, and a decision on the matter was postponed.",
     .expect = {DOCUMENTS(.n = 0)}},
    {.name = "dates: a story told with its years («в ночь на 6 января 2022 года ... 10 января ... объявил»), written in 2024",
     .text = "Ровно два года назад, в ночь на 6 января 2022 года, президент обратился к ОДКБ за помощью.\n\nУже 10 "
             "января на внеочередной сессии СКБ ОДКБ Иван Орлов объявил о завершении миссии.",
     .published = "05.01.2024",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-01-10", .status = "held")}},
    {.name = "dates (guard): 'the session was held on 20 December' in a January report: last year's",
     .text = "В ноябре 2024 года министры собрались в Минске. Заседание СМИД ОДКБ прошло 20 декабря в Москве.",
     .published = "10.01.2025",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2024-12-20", .status = "held")}},
    {.name = "meetings: «в совместном формате с Советом министров обороны»: one joint meeting",
     .text = "Следующее заседание СМИД ОДКБ состоится в ноябре в Бишкеке в совместном формате с Советом министров "
             "обороны и Комитетом секретарей советов безопасности.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Bishkek"), MEETINGS(1)}},
    {.name = "dates: 'the Secretary General, who took office on January 1': when a term begins, not the summit's date",
     .text = "The Minsk summit will be the first attended by the new CSTO Secretary General Ivan Orlov, who took "
             "office on January 1.",
     .expect = {NO_MEETING(.bodies = "CSC", .date = "2026-01-01")}},
    {.name = "dates: «накануне сессии СКБ ОДКБ, которая запланирована на 28 ноября»: the eve of, then the session's date",
     .text = "Заседание КССБ пройдёт в ноябре в Минске, накануне сессии Совета коллективной безопасности ОДКБ, "
             "которая запланирована на 28 ноября 2026 года.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-28"), NO_MEETING(.bodies = "CSC", .date = "2026-05-13")}},
    {.name = "dates: 'on the eve of the session of the Council, which is scheduled for 28 November'",
     .text = "The ministers will meet in Minsk on the eve of the session of the Collective Security Council, which is "
             "scheduled for 28 November.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-11-28")}},
    {.name = "dates (guard): «Накануне в Москве прошло заседание СМИД»: the day before",
     .text = "Накануне в Москве прошло заседание СМИД ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-13")}},
    {.name = "meetings: «пленарное заседание Парламентской ассамблеи ОДКБ»: the genitive Snowball stems apart",
     .text = "В понедельник в Санкт-Петербурге состоялось пленарное заседание Парламентской ассамблеи ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Saint Petersburg", .date = "2026-05-11")}},
    {.name = "dates: 'which was to be held in Bishkek in October, has been postponed to December': the new date, planned",
     .text = "The meeting of the CSTO Interstate Commission on Military-Economic Cooperation, which was to be held in "
             "Bishkek in October, has been postponed to December.",
     .expect = {HAS_MEETING(.bodies = "IMEC", .date = "2026-12", .status = "planned")}},
    {.name = "dates: «сессию ПА ОДКБ ... решено перенести на 2027 год»: the year it was moved to",
     .text = "Осеннюю сессию Парламентской ассамблеи ОДКБ в Санкт-Петербурге решено перенести на 2027 год.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2027", .status = "planned")}},
    {.name = "attendance: 'met in Minsk on Thursday, with Armenia's Prime Minister X conspicuously absent': not there",
     .text = "The CSTO Collective Security Council met in Minsk on Tuesday, with Armenia's Prime Minister Ivan Orlov "
             "conspicuously absent from the gathering.",
     .expect = {NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov")}},
    {.name = "attendance: 'Lukashenka welcomed Russia's A and Kazakhstan's B at the Palace': the guests of the summit",
     .text = "The CSTO summit was held in Minsk on Tuesday. President Pavel Sidorov welcomed Russia's Ivan Orlov and "
             "Kazakhstan's Bakyt Asanov at the Palace of Independence.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov"), PARTICIPANT(.bodies = "CSC", .id = "bakyt-asanov")}},
    {.name = "dates: 'Armenia, which froze its participation in 2024, is not expected at the summit': an aside's date",
     .text = "The CSTO summit will be held in Bishkek. Armenia, which froze its participation in the organization in "
             "2024, is not expected at the summit.",
     .expect = {NO_MEETING(.bodies = "CSC", .date = "2024")}},
    {.name = "people: «Председатель Мажилиса Ерлан Кошанов»: the chamber's name is not part of his name",
     .text = "В заседании ПА ОДКБ принял участие Председатель Мажилиса Ерлан Кошанов.",
     .expect = {HAS_OFFICIAL(.id = "erlan-kosanov"), NO_OFFICIAL(.name = "Мажилиса")}},
    {.name = "documents: 'signed a package of documents: A; B; the decision on C' (lower case, after semicolons)",
     .text = "The CSTO summit was held in Minsk on Tuesday. The heads of state signed a package of documents: the "
             "Declaration of the Council; the decision on the Plan of priority measures; the decision on the budget "
             "for 2027.",
     .expect = {HAS_DOCUMENT(.type = "decision", .title = "Plan of priority measures"),
                HAS_DOCUMENT(.type = "decision", .title = "budget for 2027"), NO_DOCUMENT(.type = "plan")}},
    {.name = "people: 'the heads of foreign ministries of Kazakhstan M. Nurov, Russia S. Petrov' (initials, no dashes)",
     .text = "The meeting of the CSTO Council of Foreign Ministers was attended by the heads of foreign ministries of "
             "Kazakhstan M. Nurov, Kyrgyzstan J. Kulov and Russia S. Petrov.",
     .expect = {HAS_OFFICIAL(.id = "m-nurov", .country = "kazakhstan", .title = "Minister of Foreign Affairs"),
                HAS_OFFICIAL(.id = "s-petrov", .country = "russia")}},
    {.name = "dates: 'The chairmanship will pass to Belarus in 2027. The next session ... in Minsk': of 2027",
     .text = "The CSTO summit was held in Yerevan on Tuesday. The chairmanship of the Organisation will pass to the "
             "Republic of Belarus in 2027. The next regular session of the Collective Security Council will be held "
             "in Minsk.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk", .date = "2027", .status = "planned")}},
    {.name = "dates: «Председательство в 2027 году переходит к Кыргызстану. Очередная сессия пройдет в Бишкеке»",
     .text = "Председательство в Организации в 2027 году переходит к Кыргызстану. Сессия Совета коллективной "
             "безопасности ОДКБ пройдет в Бишкеке.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Bishkek", .date = "2027", .status = "planned")}},
    {.name = "dates: 'It should be noted that on 11 May, the joint session ... was held': not when it was noted",
     .text = "It should be noted that on 11 May, the joint session of the CSTO Council of Foreign Ministers and the "
             "Council of Defence Ministers was held in Dushanbe.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-05-11")}},
    {.name = "dates: a session named with no day, then 'approved at Tuesday's session': that day",
     .text = "The President chaired the session of the CSTO Collective Security Council in Astana. The programme was "
             "approved at Tuesday's session.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-05-12")}},
    {.name = "people: 'Foreign Minister Sergei V. Lavrov': a middle initial inside the name",
     .text = "Russian Foreign Minister Sergei V. Lavrov attended the meeting of the CSTO Council of Foreign Ministers.",
     .expect = {HAS_OFFICIAL(.id = "sergei-v-lavrov", .country = "russia"), NO_OFFICIAL(.id = "sergei")}},
    {.name = "people: 'Col Gen Andrei Serdyukov' (a rank without dots) is not part of the name",
     .text = "The CSTO forces were led by Commander Col Gen Andrei Serdyukov in Almaty.",
     .expect = {HAS_OFFICIAL(.id = "andrei-serdyukov")}},
    {.name = "documents: 'adopted the Declaration of the Yerevan Session' names one document (a singular keyword)",
     .text = "The CSTO summit was held in Yerevan on Tuesday. The leaders adopted the Declaration of the Yerevan Session "
             "of the Collective Security Council.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .title = "Yerevan Session")}},
    {.name = "people: «Александр Лукашенко принял участие в сессии»: a name taking part in a meeting, no title given",
     .text = "Александр Лукашенко принял участие в сессии Совета коллективной безопасности ОДКБ в Минске.",
     .expect = {HAS_OFFICIAL(.id = "aleksandr-lukasenko"), PARTICIPANT(.bodies = "CSC", .id = "aleksandr-lukasenko")}},
    {.name = "people: 'commanded by Col Gen Andrei Serdyukov, the head of ...': the rank is not part of the name",
     .text = "The CSTO force is commanded by Col Gen Andrei Serdyukov, the Commander of the Airborne Forces of Russia.",
     .expect = {HAS_OFFICIAL(.id = "andrei-serdyukov"), NO_OFFICIAL(.name = "Col Gen")}},
    {.name = "people: «с участием президентов России Ивана Петрова, Беларуси ...»: a plural title in the genitive",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла в Астане с участием президентов России Ивана Петрова, "
             "Беларуси Олега Смирнова и Таджикистана Павла Орлова.",
     .expect = {HAS_OFFICIAL(.country = "belarus", .title = "President"), HAS_OFFICIAL(.country = "tajikistan", .title = "President")}},
    {.name = "meetings: 'the meeting approved the Statement of the Council' is no meeting of that Council",
     .text = "The Council of Foreign Ministers met in Minsk on Tuesday. The meeting also approved the draft Statement "
             "of the CSTO Collective Security Council on terrorism.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CFM", .city = "Minsk")}},
    {.name = "meetings: 'a meeting of the Collective Security Treaty Organization (CSTO)'s Collective Security Council'",
     .text = "On Wednesday, 13 May, the President will chair a meeting of the Collective Security Treaty Organization "
             "(CSTO)'s Collective Security Council via videoconference.",
     .expect = {HAS_MEETING(.bodies = "CSC", .format = "video", .date = "2026-05-13")}},
    {.name = "meetings: \"a joint session of the Treaty's Foreign and Defence Ministers\"",
     .text = "The agenda was supported at a joint session of the Treaty's Foreign and Defence Ministers in Minsk on Monday.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .city = "Minsk", .status = "held")}},
    {.name = "officials: 'COUNTRY was represented by TITLE NAME, TITLE NAME' gives them that country",
     .text = "The Council of Foreign Ministers met in Minsk on Tuesday. Russia was represented by Foreign Minister "
             "Oleg Sidorov and Defence Minister Ivan Petrov.",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov", .country = "russia"), HAS_OFFICIAL(.id = "ivan-petrov", .country = "russia"),
                PARTICIPANT(.bodies = "CFM", .id = "oleg-sidorov")}},
    {.name = "officials: a country inside the title ('Chief of the Russian General Staff NAME')",
     .text = "The Council of Defence Ministers met in Minsk on Tuesday, attended by Chief of the Russian General "
             "Staff Ivan Petrov.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .country = "russia", .title = "Chief of the Russian General Staff")}},
    {.name = "officials: 'NAME, Head of the X Department of the Kyrgyz President's Office' keeps the office",
     .text = "The summit will be held in Bishkek on 28 November, Oleg Sidorov, Head of the Foreign Policy Department "
             "of the Kyrgyz President's Office, told reporters.",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov", .country = "kyrgyzstan",
                             .title = "Head of the Foreign Policy Department of the Kyrgyz President's Office")}},
    {.name = "russian: title, country in the genitive, name («министр обороны Беларуси Иван Петров»)",
     .text = "Министр обороны Беларуси Иван Петров принял участие в заседании Совета министров обороны ОДКБ в Минске.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .country = "belarus", .title = "Minister of Defence"),
                HAS_MEETING(.bodies = "CDM", .city = "Minsk"), PARTICIPANT(.bodies = "CDM", .id = "ivan-petrov")}},
    {.name = "russian: a name after a title in the genitive is given in the nominative («Президента России Олега Сидорова»)",
     .text = "На заседании выступил помощник Президента России Олега Сидорова. Встреча прошла в Москве.",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov", .country = "russia"), NO_OFFICIAL(.id = "olega-sidorova")}},
    {.name = "russian: genitives in «-я» after a consonant, «-жи», «-ы» back to the nominative («Игоря Петрожи», «Семёна Кася»)",
     .text = "Ожидается участие генерального секретаря ОДКБ Игоря Петрожи. В тот же день генерального секретаря ОДКБ "
             "Семёна Кася принял министр иностранных дел Армении Олег Сидоров. Выступил помощник Президента России "
             "Никиты Орлова.",
     .expect = {HAS_OFFICIAL(.id = "igor-petroza"), NO_OFFICIAL(.id = "igora-petrozi"), HAS_OFFICIAL(.id = "semen-kas"),
                NO_OFFICIAL(.id = "semen-kasa"), HAS_OFFICIAL(.id = "nikita-orlov")}},
    {.name = "russian: «председатель Госкомвоенпрома Беларуси Олег Сидоров»: what he chairs, in the genitive, stays out of the name",
     .text = "В работе комиссии ОДКБ приняли участие председатель Госкомвоенпрома Беларуси Олег Сидоров и председатель "
             "Государственного военно-промышленного комитета Иван Орлов.",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov", .country = "belarus", .title = "Chairman"), HAS_OFFICIAL(.id = "ivan-orlov"),
                NO_OFFICIAL(.id = "goskomvoenproma")}},
    {.name = "russian: «председатель Государственного комитета по делам обороны Киргизии A B», and in the genitive with a rank",
     .text = "В заседании СМО ОДКБ примет участие председатель Государственного комитета по делам обороны Киргизии "
             "Азамат Токтомушев. Под председательством председателя Государственного комитета по делам обороны "
             "Киргизии генерал-майора Ивана Орлова прошло заседание Совета министров обороны ОДКБ.",
     .expect = {HAS_OFFICIAL(.id = "azamat-toktomusev", .country = "kyrgyzstan"), HAS_OFFICIAL(.id = "ivan-orlov", .country = "kyrgyzstan")}},
    {.name = "attendance: «СМИД провел Министр A, СМО – Министр B, заседание КССБ – C»: each clause's person at its body's meeting",
     .text = "Накануне в Минске прошли заседания СМИД, СМО и КССБ ОДКБ. СМИД провел Министр иностранных дел Беларуси "
             "Олег Сидоров, СМО – Министр обороны Иван Орлов, заседание КССБ – секретарь Совета безопасности Пётр Сомов.",
     .expect = {PARTICIPANT(.bodies = "CFM", .id = "oleg-sidorov"), PARTICIPANT(.bodies = "CDM", .id = "ivan-orlov"),
                PARTICIPANT(.bodies = "CSSC", .id = "petr-somov"), NOT_PARTICIPANT(.bodies = "CSSC", .id = "oleg-sidorov")}},
    {.name = "attendance: «Белоруссию представляли глава МИД A и министр обороны B» after the meeting: both took part",
     .text = "Сегодня в Астане состоялось совместное заседание СМИД и СМО ОДКБ. Белоруссию представляли глава МИД "
             "Олег Сидоров и министр обороны Иван Орлов.",
     .expect = {PARTICIPANT(.bodies = "CDM+CFM", .id = "oleg-sidorov"), PARTICIPANT(.bodies = "CDM+CFM", .id = "ivan-orlov")}},
    {.name = "people: «Белоруссию представляли A и B», «Российскую делегацию возглавили C и D»: the country they represent",
     .text = "Сегодня в Астане состоялось совместное заседание СМИД и СМО ОДКБ. Российскую делегацию возглавили министр "
             "иностранных дел Пётр Сомов и министр обороны Семён Кругов. Белоруссию представляли глава МИД Олег Сидоров "
             "и министр обороны Иван Орлов.",
     .expect = {HAS_OFFICIAL(.id = "petr-somov", .country = "russia"), HAS_OFFICIAL(.id = "semen-krugov", .country = "russia"),
                HAS_OFFICIAL(.id = "oleg-sidorov", .country = "belarus"), HAS_OFFICIAL(.id = "ivan-orlov", .country = "belarus")}},
    {.name = "attendance: «Армению на нем представят A и B»: those who will represent a country at the meeting take part",
     .published = "21.11.2026",
     .text = "23 ноября в Ереване состоится совместное заседание СМИД, СМО и КССБ ОДКБ. Армению на нем представят "
             "министр обороны Олег Сидоров и секретарь Совета безопасности Иван Орлов.",
     .expect = {PARTICIPANT(.bodies = "CDM+CFM+CSSC", .id = "oleg-sidorov"), PARTICIPANT(.bodies = "CDM+CFM+CSSC", .id = "ivan-orlov")}},
    {.name = "attendance: «... под председательством A, сообщили в аппарате правительства»: a plural verb is not A speaking",
     .published = "21.11.2026",
     .text = "Сессия Совета коллективной безопасности ОДКБ пройдет в Ереване 23 ноября под председательством "
             "премьер-министра Армении Олега Сидорова, сообщили в аппарате правительства.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov")}},
    {.name = "attendance (guard): «Премьер-министр A представил Совету коллективной безопасности приоритеты» is no attendance verb",
     .published = "21.11.2026",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла в Минске. Зась напомнил, что в следующем периоде "
             "будет председательствовать Армения. «Премьер-министр страны Олег Сидоров представил Совету "
             "коллективной безопасности приоритеты», - сказал он.",
     .expect = {NOT_PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov")}},
    {.name = "russian: «глава МИД РФ Сидоров»: a surname alone in the nominative after a title and its country is a name",
     .text = "На заседании СМИД ОДКБ глава МИД РФ Сидоров и его коллеги согласовали пакет документов.",
     .expect = {HAS_OFFICIAL(.id = "sidorov", .country = "russia", .title = "Minister of Foreign Affairs")}},
    {.name = "russian: «лидеры стран организации ... на внеочередной сессии в августе»: the leaders' session is the CSC's",
     .published = "16.09.2026",
     .text = "Он напомнил, что лидеры стран организации уже обсуждали ситуацию на внеочередной сессии в формате "
             "видеоконференции в августе.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-08", .format = "video", .status = "held")}},
    {.name = "attendance: «Пресс-секретарь A уточнил, что глава государства примет участие в саммите»: the spokesman does not",
     .published = "16.09.2026",
     .text = "Пресс-секретарь президента Иван Орлов уточнил, что глава государства примет участие в саммите ОДКБ в Минске.",
     .expect = {NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov")}},
    {.name = "russian: «о назначении генеральным секретарём Ивана Орлова»: a title in the instrumental, a name in the genitive",
     .text = "На саммите ОДКБ было принято решение о назначении генеральным секретарём организации Ивана Орлова, "
             "бывшего секретаря Совета безопасности Киргизии. Встреча с министром обороны Олегом Сидоровым прошла в Минске.",
     .expect = {HAS_OFFICIAL(.id = "ivan-orlov"), NO_OFFICIAL(.id = "ivana-orlova"), HAS_OFFICIAL(.id = "oleg-sidorov")}},
    {.name = "dates: «в заседании Совета министров обороны государств – членов ОДКБ, которое сегодня прошло»: today is the meeting's",
     .published = "09.06.2026",
     .text = "Министр обороны Иван Орлов принял участие в заседании Совета министров обороны государств – членов "
             "Организации Договора о коллективной безопасности, которое сегодня прошло в Душанбе.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2026-06-09", .city = "Dushanbe")}},
    {.name = "russian: «министры иностранных дел, министры обороны и секретари советов безопасности провели совместное заседание»: one joint meeting of all three",
     .published = "23.11.2026",
     .text = "Накануне, в среду, министры иностранных дел, министры обороны и секретари советов безопасности провели в "
             "белорусской столице совместное заседание, на котором согласовали документы.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2026-11-18")}},
    {.name = "attendance: «за столом в узком составе сидели президент A, президент B»: the narrow format of the session named before",
     .published = "23.11.2026",
     .text = "В Минске прошла сессия Совета коллективной безопасности ОДКБ. Вместе с хозяином за столом в узком составе "
             "сидели президент Казахстана Олег Сидоров и президент Киргизии Иван Орлов.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov"), PARTICIPANT(.bodies = "CSC", .id = "ivan-orlov")}},
    {.name = "documents: «вопрос „требует политического решения“, но ...»: a lower-case keyword that ends a quotation is no document",
     .published = "21.11.2026",
     .text = "Генеральный секретарь ОДКБ Иван Орлов признал, что вопрос об участии Армении в работе органов блока "
             "«требует политического решения», но подчеркнул, что «двери открыты».",
     .expect = {DOCUMENTS(.n = 0)}},
    {.name = "attendance: «Вёл заседание A. Рядом с ним — Председатель B, Председатель C»: those beside the chair sat in the session",
     .published = "16.04.2026",
     .text = "В понедельник в Таврическом дворце открылось пленарное заседание Парламентской ассамблеи ОДКБ. Вёл заседание "
             "Председатель Государственной думы Иван Орлов. Рядом с ним — Председатель Палаты представителей Белоруссии "
             "Олег Сидоров и Председатель Мажилиса Парламента Казахстана Пётр Сомов.",
     .expect = {PARTICIPANT(.bodies = "PA", .id = "oleg-sidorov"), PARTICIPANT(.bodies = "PA", .id = "petr-somov")}},
    {.name = "russian: «совместное заседание СМИД, СМО и КССБ» is one joint meeting",
     .text = "В Минске прошло совместное заседание СМИД, СМО и КССБ ОДКБ.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CDM+CFM+CSSC", .city = "Minsk", .status = "held")}},
    {.name = "russian: «президенты России A B, Белоруссии C D, Армении E F»: each with the country before the name",
     .text = "В саммите ОДКБ в Минске участвовали президенты России Иван Петров, Белоруссии Олег Сидоров, Армении Анна Григорян.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .country = "russia"), HAS_OFFICIAL(.id = "oleg-sidorov", .country = "belarus"),
                HAS_OFFICIAL(.id = "anna-grigoran", .country = "armenia")}},
    {.name = "russian: «под председательством главы МИД РФ Олега Сидорова»: the nominative after a genitive «главы»",
     .text = "Заседание СМИД ОДКБ пройдет в Минске под председательством главы МИД РФ Олега Сидорова.",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov", .country = "russia", .title = "Minister of Foreign Affairs")}},
    {.name = "russian: a document's title goes on in the genitive («План реализации Стратегии ...»)",
     .text = "На заседании СКБ ОДКБ в Минске был утвержден План реализации Стратегии коллективной безопасности.",
     .expect = {HAS_DOCUMENT(.type = "plan", .title = "План реализации Стратегии коллективной безопасности")}},
    {.name = "attendance: 'X told Y, who will be hosting the summit, that he will not attend': only Y attends",
     .text = "The CSTO summit will be held in Minsk on 23 November. Prime Minister Ivan Petrov told President Oleg "
             "Sidorov, who will be hosting the summit, that he will not attend the gathering.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov"), NOT_PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "attendance: 'at the proposal of X, the next session will be held in ...': X is not a participant",
     .text = "The PA Council met in Minsk on 12 May. At the proposal of Speaker Ivan Petrov, the next session of the "
             "CSTO Parliamentary Assembly will be held in Yerevan on 29 October.",
     .expect = {NOT_PARTICIPANT(.bodies = "PA", .id = "ivan-petrov")}},
    {.name = "documents: 'will draft a joint Statement' is a draft; 'the adoption of the Strategy' was adopted",
     .text = "The ministers met in Minsk on 12 May. They will draft a joint Statement on border security. Among the "
             "results, I would point out the adoption of the CSTO Collective Security Strategy.",
     .expect = {HAS_DOCUMENT(.type = "statement", .status = "draft"), HAS_DOCUMENT(.type = "other", .status = "adopted")}},
    {.name = "documents: a plan 'agreed upon' is a draft; 'plans are in place to approve' one is planned",
     .text = "The Permanent Council met in Moscow on 12 May. The Plan of consultations for 2027 has been considered and "
             "agreed upon. Plans are in place to approve the plan of joint actions on border security.",
     .expect = {HAS_DOCUMENT(.type = "plan", .status = "draft", .title = "Plan of consultations"),
                HAS_DOCUMENT(.type = "plan", .status = "planned", .title = "joint actions")}},
    {.name = "russian: initials before a surname («Генеральный секретарь ОДКБ Н.Н. Петров.»)",
     .text = "В заседании СМИД ОДКБ в Минске принял участие Генеральный секретарь ОДКБ Н.Н. Петров. Встреча прошла успешно.",
     .expect = {HAS_OFFICIAL(.id = "n-n-petrov", .org = "CSTO"), PARTICIPANT(.bodies = "CFM", .id = "n-n-petrov")}},
    {.name = "russian: a hyphenated title shows the case by its second word («пресс-секретаря ОДКБ Олега Сидорова»)",
     .text = "Об этом сообщил источник со ссылкой на пресс-секретаря ОДКБ Олега Сидорова. Заседание СКБ пройдет в Минске.",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov", .org = "CSTO")}},
    {.name = "russian: an accusative title («поздравил нового главу МИД Армении Олега Сидорова»)",
     .text = "На заседании СМИД ОДКБ в Минске министр поздравил нового главу МИД Армении Олега Сидорова.",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov", .country = "armenia")}},
    {.name = "russian: «премьер-министр страны» before a name: the country said before",
     .text = "Саммит ОДКБ пройдет в Минске. Председательствовать будет Армения, сообщил премьер-министр страны Олег Сидоров.",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov", .country = "armenia")}},
    {.name = "russian: a surname that shares a place's stem is a name («Бакиев», «Баку»: both «бак»)",
     .text = "Саммит ОДКБ прошел в Минске. В нем принял участие президент Киргизии Курманбек Бакиев.",
     .expect = {HAS_OFFICIAL(.id = "kurmanbek-bakiev", .country = "kyrgyzstan")}},
    {.name = "russian: the host «примет коллег» in the sentence after the meeting: they attend it",
     .text = "Завтра в Минске откроется сессия Совета коллективной безопасности ОДКБ. Президент Беларуси Иван Петров "
             "примет коллег из двух стран: Президента России Олега Сидорова и Президента Казахстана Петра Иванова.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov"), PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "russian documents: «решение о его проведении» (a pronoun after the preposition) is no title; «решение о бюджете» is",
     .text = "Сессия СКБ ОДКБ прошла в Москве. Главы государств приняли решение о его проведении в июне. "
             "Подписано решение о бюджете организации на 2027 год.",
     .expect = {NO_DOCUMENT(.title = "проведении"), HAS_DOCUMENT(.type = "decision", .title = "бюджете")}},
    {.name = "dateline: 'CITY, Month D, YYYY, Agency-Name – ...': the date is the report's, 'yesterday' the session's",
     .text = "DUSHANBE, May 14, 2026, Asia-Plus – An extraordinary session of the CSTO Collective Security Council "
             "took place by video yesterday under the chairmanship of the Tajik president.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-05-13")}},
    {.name = "dates: 'with his term starting on January 1' is no day to count 'the day before' from",
     .text = "The leaders of the CSTO gathered in Bishkek on 12 May for their annual summit. The Collective Security "
             "Council appointed Ivan Petrov as Secretary General, with his term starting on January 1, 2027. The day "
             "before, the foreign and defence ministers of the CSTO met in a joint session in Bishkek.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-12"), HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-05-11")}},
    {.name = "dates: 'told reporters after Friday's summit': the date qualifies the summit, not the telling",
     .text = "Ivan Petrov told reporters after Friday's summit of the CSTO Collective Security Council in Moscow that "
             "the bloc would step up military cooperation.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .date = "2026-05-08")}},
    {.name = "tense: 'told reporters after Friday's summit that the bloc would ...': the reported clause is no tense of the summit",
     .text = "Ivan Petrov told reporters after Friday's summit that the bloc would step up military cooperation.",
     .published = "11.05.2026",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-05-08", .status = "held")}},
    {.name = "dates: 'a joint session on Tuesday, ahead of the bloc's summit on Wednesday' (told on Tuesday): the next day",
     .text = "The foreign and defence ministers of the CSTO held a joint session in Yerevan on Tuesday, ahead of the "
             "bloc's summit on Wednesday.",
     .published = "12.05.2026",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-05-12"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-05-13", .status = "planned")}},
    {.name = "dates: the same told on Friday: both days of that week",
     .text = "The foreign and defence ministers of the CSTO held a joint session in Yerevan on Tuesday, ahead of the "
             "bloc's summit on Wednesday.",
     .published = "15.05.2026",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-05-12"), HAS_MEETING(.bodies = "CSC", .date = "2026-05-13")}},
    {.name = "dates: 'met on Tuesday, a day before the leaders arrive for a summit': the summit is Wednesday",
     .text = "The CSTO defence ministers met in Yerevan on Tuesday, a day before the leaders arrive for a summit "
             "of the bloc.",
     .published = "12.05.2026",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2026-05-12"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-05-13", .status = "planned")}},
    {.name = "dates: 'since 14 October 2025, when ... at the session of the CSC in Yerevan': the session's day",
     .text = "Belarus has chaired the CSTO since 14 October 2025, when the chairmanship was handed over at the "
             "session of the Collective Security Council in Yerevan.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Yerevan", .date = "2025-10-14", .status = "held")}},
    {.name = "dates: 'his first CSTO summit since he took office in March': March is not the summit's",
     .text = "The CSTO leaders met in Bishkek on 12 May. It was Ivan Petrov's first CSTO summit since he took office "
             "as president in March.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-05-12")}},
    {.name = "dates (guard): 'the first meeting since the session in Moscow on 16 March': the session's day",
     .text = "The summit will be the first meeting of the CSTO leaders since the session in Moscow on 16 March.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Moscow", .date = "2026-03-16")}},
    {.name = "russian dates: «Он приступит к обязанностям 1 января 2027 года» is no day to count «накануне» from",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла в Бишкеке 12 мая. Генеральным секретарем назначен "
             "Иван Петров. Он приступит к обязанностям 1 января 2027 года. Накануне в Бишкеке состоялось совместное "
             "заседание СМИД и СМО ОДКБ.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-12"), HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-05-11")}},
    {.name = "russian meetings: «Саммит ШОС прошел в Бишкеке в июне» is another organisation's",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла в Бишкеке 12 мая. Саммит ШОС прошел в Бишкеке в "
             "июне прошлого года.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-05-12")}},
    {.name = "meetings: phone talks with counterparts from the CSTO states are no meeting (either language)",
     .text = "Armenian Foreign Minister Ivan Petrov held phone talks with his counterparts from the CSTO member states. "
             "Глава МИД Армении Иван Петров провел телефонные переговоры с коллегами из стран ОДКБ.",
     .expect = {MEETINGS(0)}},
    {.name = "russian dates: a participle's aside («Армения, заморозившая в феврале участие, ...») dates no summit",
     .text = "Сессия Совета коллективной безопасности ОДКБ прошла в Астане 12 мая. Армения, заморозившая в феврале "
             "свое участие в организации, на саммите представлена не была.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-05-12")}},
    {.name = "documents: a title ends before ', calling for ...' (a participle's clause), not before a list's '-ing' item",
     .text = "The CSTO foreign ministers met in Dushanbe on 12 May and adopted a statement on the situation in "
             "Afghanistan, calling for stronger efforts against the drug threat. They also approved draft statements "
             "on the situation in the Middle East, ensuring universal stability, and combating the glorification of Nazism.",
     .expect = {NO_DOCUMENT(.title = "calling"), HAS_DOCUMENT(.type = "statement", .title = "situation in Afghanistan"),
                HAS_DOCUMENT(.type = "statement", .title = "ensuring universal stability")}},
    {.name = "documents: 'a Statement by the CSTO Collective Security Council on X'; 'a statement by Foreign Minister X' is none",
     .text = "The CSTO summit was held in Bishkek on 12 May. The presidents approved a Statement by the CSTO Collective "
             "Security Council on strengthening cooperation against terrorism. A statement by Foreign Minister Ivan "
             "Petrov was issued.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "Statement by the CSTO Collective Security Council on strengthening"),
                DOCUMENTS(.n = 1)}},
    {.name = "attendance: 'X told the session' after a summit still to come, a quote in the future before: the session held",
     .text = "The decision was adopted at an extraordinary session of the CSTO Collective Security Council in Moscow on "
             "12 May. An agreement will be signed at the regular CSTO summit, scheduled to be held in Minsk in June. "
             "The force will be a serious structure, Kazakh President Ivan Petrov told the session.",
     .expect = {PARTICIPANT(.bodies = "CSC", .date = "2026-05-12", .id = "ivan-petrov"),
                NOT_PARTICIPANT(.bodies = "CSC", .city = "Minsk", .id = "ivan-petrov")}},
    {.name = "documents: «... рассмотрят около 20 документов. В их числе – декларация ... и заявление ...»: the documents counted, to come",
     .text = "Сессия Совета коллективной безопасности ОДКБ пройдет в Минске 21 мая. Главы государств рассмотрят около "
             "20 документов. В их числе – декларация Совета коллективной безопасности и заявление по ситуации на "
             "Ближнем Востоке.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "planned", .title = "декларация Совета"),
                HAS_DOCUMENT(.type = "statement", .status = "planned", .title = "по ситуации на Ближнем Востоке")}},
    {.name = "documents: 'The leaders will consider about 20 documents. Among them are a declaration ...'; guard: no count before, none",
     .text = "The CSTO summit will be held in Minsk on 21 May. The leaders will consider about 20 documents. Among them "
             "are a declaration of the Collective Security Council and a statement on the Middle East. Many guests "
             "came. Among them were authors of a declaration of independence.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "planned", .title = "declaration of the Collective Security Council"),
                HAS_DOCUMENT(.type = "statement", .status = "planned", .title = "Middle East"), DOCUMENTS(.n = 2)}},
    {.name = "attendance: 'The declaration was signed by X and Y' at the meeting held: they took part; a link's headline does not",
     .text = "The CSTO summit was held in Moscow on 12 May. The declaration was signed by Russian President Ivan Petrov "
             "and Kazakh President Oleg Sidorov.\n\nRead also:\nA declaration on partnership signed by Petrov and "
             "Armenian President Pavel Orlov",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"), PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov"),
                NOT_PARTICIPANT(.bodies = "CSC", .id = "pavel-orlov")}},
    {.name = "russian attendance: «документ подписали X и Y»: they took part; «принял участие ..., подписывать отказался»: he did",
     .text = "Сессия СКБ ОДКБ прошла в Москве 12 мая. Президент Узбекистана Павел Орлов, хотя и принял участие в "
             "заседании, подписывать соглашение отказался. В итоге документ подписали президент России Иван Петров и "
             "президент Казахстана Олег Сидоров.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"), PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov"),
                PARTICIPANT(.bodies = "CSC", .id = "pavel-orlov")}},
    {.name = "dates: 'in the autumn' is this year's; 'in the spring of 2019' and 'in spring 2019' are 2019's",
     .text = "The CSTO Parliamentary Assembly will hold its plenary session in Saint Petersburg in the autumn. The "
             "Council of Defence Ministers of the CSTO met in Minsk in the spring of 2019. The CSTO Council of Foreign "
             "Ministers met in Bishkek in spring 2018.",
     .expect = {HAS_MEETING(.bodies = "PA", .date = "2026", .status = "planned"), HAS_MEETING(.bodies = "CDM", .date = "2019"),
                HAS_MEETING(.bodies = "CFM", .date = "2018")}},
    {.name = "documents: 'called the declaration \"a serious signal\"' is a judgement, not a title",
     .text = "The CSTO summit was held in Moscow on 12 May. The leaders signed the Declaration of the Moscow Session of "
             "the Collective Security Council. Ivan Petrov called the declaration \"a serious signal\" to the West.",
     .expect = {NO_DOCUMENT(.title = "serious signal"), HAS_DOCUMENT(.type = "declaration", .title = "Moscow Session")}},
    {.name = "dates: 'the preparations for the session of the CSC, which will be held in Bishkek on 28 May': the session's day",
     .text = "Ivan Petrov reported on the preparations for the session of the CSTO Collective Security Council, which "
             "will be held in Bishkek on 28 May.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Bishkek", .date = "2026-05-28", .status = "planned")}},
    {.name = "dates: 'In 2024, Armenia ... skipped the summit on November 23' (told in 2026): 2024's, held",
     .text = "In 2024, Armenia refused to host CSTO exercises and skipped the Minsk summit of the Collective Security "
             "Council on November 23.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk", .date = "2024-11-23", .status = "held")}},
    {.name = "dates: 'last November' told in May is the year before's; 'next March' the year after's; 'this November' this year's",
     .text = "At the CSTO summit in Yerevan last November, the leaders signed the declaration. The CSTO foreign "
             "ministers will meet in Minsk next March. The CSTO defence ministers will meet in Astana this November.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025-11"), HAS_MEETING(.bodies = "CFM", .date = "2027-03"),
                HAS_MEETING(.bodies = "CDM", .date = "2026-11")}},
    {.name = "dates: '..., which will hold it in 2027.' ending the sentence, about a country named after the summit, dates no summit",
     .text = "The CSTO summit will take place in Astana on 28 May. At the end of the summit, Kazakhstan will hand "
             "over the chairmanship to Kyrgyzstan, which will hold it in 2027.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-05-28")}},
    {.name = "russian bodies: «заседание Совета Парламентской ассамблеи Организации Договора о коллективной безопасности»",
     .text = "В понедельник, 18 мая, в Санкт-Петербурге пройдет заседание Совета Парламентской ассамблеи Организации "
             "Договора о коллективной безопасности.",
     .expect = {HAS_MEETING(.bodies = "PA", .city = "Saint Petersburg", .date = "2026-05-18", .status = "planned")}},
    {.name = "russian dates: «Как отметил X, в конце июня в Чолпон-Ате пройдет ..., а в ноябре в Бишкеке состоится ...»: each clause its own",
     .text = "Как отметил Иван Петров, в конце июня в Чолпон-Ате пройдет заседание Совета министров иностранных дел "
             "ОДКБ, а в ноябре в Бишкеке состоится сессия Совета коллективной безопасности.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Cholpon-Ata", .date = "2026-06"),
                HAS_MEETING(.bodies = "CSC", .city = "Bishkek", .date = "2026-11")}},
    {.name = "russian meetings: «следующее заседание СМИД пройдет в Минске в ноябре, накануне сессии СКБ, которая запланирована на 30 ноября»",
     .text = "Он также сообщил, что следующее заседание СМИД пройдет в Минске в ноябре, накануне сессии Совета "
             "коллективной безопасности ОДКБ, которая запланирована на 30 ноября.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk", .date = "2026-11", .status = "planned"),
                HAS_MEETING(.bodies = "CSC", .date = "2026-11-30")}},
    {.name = "russian meetings: «Президент Беларуси X встретился с Y» is no session of the leaders",
     .text = "Заседание МКВЭС ОДКБ прошло в Минске 12 мая. В этот же день Президент Беларуси Иван Петров встретился "
             "с Олегом Сидоровым.",
     .expect = {MEETINGS(1), NO_MEETING(.bodies = "CSC")}},
    {.name = "places: a place in an earlier clause ('..., in Yerevan on 14 October 2025, and the meeting next week ...') is not the next clause's",
     .text = "Belarus took over the chairmanship at the session of the CSTO Collective Security Council in Yerevan on 14 "
             "October 2025, and the meeting next week will be the first gathering of the CSTO foreign ministers under "
             "the Belarusian chairmanship.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Yerevan"), NO_MEETING(.bodies = "CFM", .city = "Yerevan")}},
    {.name = "dates: 'The CFM met in Yerevan on 13 October 2025, on the eve of the CSTO summit': the summit is the 14th, held",
     .text = "The previous session of the CSTO Council of Foreign Ministers took place in Yerevan on 13 October 2025, on "
             "the eve of the CSTO summit.",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2025-10-13"), HAS_MEETING(.bodies = "CSC", .date = "2025-10-14", .status = "held")}},
    {.name = "russian meetings: «13 апреля ... заседание Совета ПА ОДКБ, а на следующий день, 14 апреля, - пленарное заседание ассамблеи»: two",
     .text = "В понедельник, 18 мая, в Санкт-Петербурге пройдет заседание Совета Парламентской ассамблеи ОДКБ, а на "
             "следующий день, 19 мая, - пленарное заседание ассамблеи.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "PA", .date = "2026-05-18"), HAS_MEETING(.bodies = "PA", .date = "2026-05-19")}},
    {.name = "russian titles: the institution a title names is part of it (Chairman of the State Duma, Chief of the CSTO Joint Staff, ...)",
     .text = "В заседании приняли участие председатель Государственной Думы Иван Петров, начальник Объединенного штаба "
             "ОДКБ Олег Сидоров, заместитель министра иностранных дел России Павел Орлов и полномочный представитель "
             "Армении при ОДКБ Сергей Котов.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Chairman of the State Duma"),
                HAS_OFFICIAL(.id = "oleg-sidorov", .title = "Chief of the CSTO Joint Staff"),
                HAS_OFFICIAL(.id = "pavel-orlov", .title = "Deputy Minister of Foreign Affairs", .country = "russia"),
                HAS_OFFICIAL(.id = "sergej-kotov", .title = "Plenipotentiary Representative", .country = "armenia")}},
    {.name = "titles: an office of one country gives the country ('State Duma Speaker X', «председатель Государственной Думы X»)",
     .text = "The session was chaired by State Duma Speaker Ivan Petrov. Оба заседания пройдут под председательством "
             "председателя Государственной Думы Олега Сидорова.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .country = "russia"), HAS_OFFICIAL(.id = "oleg-sidorov", .country = "russia")}},
    {.name = "documents: 'the drafts of the Declaration of the CSC and of the decision on X': two drafts",
     .text = "The CSTO summit will be held in Bishkek on 27 May. The Secretariat is finalizing the drafts of the "
             "Declaration of the Collective Security Council and of the decision on the implementation of the first "
             "stage of the Interstate Targeted Program.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .status = "draft", .title = "Declaration of the Collective Security Council"),
                HAS_DOCUMENT(.type = "decision", .status = "draft", .title = "implementation of the first stage"),
                NO_DOCUMENT(.title = "and of the decision")}},
    {.name = "dates: 'On the eve, the joint meeting ... was held' is the day before the summit named before",
     .text = "The session of the CSTO Collective Security Council was held today in Bishkek. On the eve, the joint "
             "meeting of the Council of Foreign Ministers and the Council of Defence Ministers was held in Bishkek.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-14"), HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-05-13")}},
    {.name = "status: 'on the eve of the CSTO summit, which was held on 28 November', told after it: held",
     .text = "The ministers met in Bishkek on the eve of the CSTO summit, which was held on 28 November.",
     .published = "29.11.2019",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2019-11-28", .status = "held")}},
    {.name = "meetings: 'X, then chairing the bloc, convened its Collective Security Council by video link' is a session of the CSC",
     .text = "On 13 May, Ivan Petrov, then chairing the bloc, convened its Collective Security Council by video link.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-13", .format = "video")}},
    {.name = "documents: a keyword capitalised only as the first word of a sentence that adopts nothing is no title («Программа ... начнется», «Решение ... принято не было»)",
     .text = "Сессия СКБ ОДКБ пройдет в Ереване 23 мая. Программа саммитовской недели начнется 22 мая: в этот день "
             "министры проведут встречу. Заявление СМИД ОДКБ по Афганистану было принято. Решение о направлении "
             "сил на заседании принято не было.",
     .expect = {NO_DOCUMENT(.type = "program"), HAS_DOCUMENT(.type = "statement", .title = "Афганистан"),
                NO_DOCUMENT(.type = "decision")}},
    {.name = "russian documents: a feminine adjective and its noun both to the nominative («итоговой декларации», «совместную декларацию»)",
     .text = "Сессия СКБ ОДКБ прошла в Ереване 12 мая. Пашинян отказался подписать проект итоговой декларации. Лидеры "
             "подписали совместную декларацию о сотрудничестве.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .title = "итоговая декларация"),
                HAS_DOCUMENT(.type = "declaration", .title = "совместная декларация о сотрудничестве")}},
    {.name = "dates: an undated report takes the year of a chairmanship it states in the present («В 2023 году председательствует в ОДКБ Белоруссия»)",
     .published = "",
     .text = "Сессия Совета коллективной безопасности ОДКБ в Минске завершилась подписанием пакета документов. В 2023 "
             "году председательствует в ОДКБ Белоруссия.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk", .date = "2023", .status = "held")}},
    {.name = "dates (guard): a chairmanship in the past gives an undated report no year",
     .published = "",
     .text = "Сессия Совета коллективной безопасности ОДКБ в Минске завершилась. В 2017 году председательствовала в "
             "ОДКБ Белоруссия. The chairmanship passed to Russia in 2018.",
     .expect = {NO_MEETING(.bodies = "CSC", .date = "2017"), NO_MEETING(.bodies = "CSC", .date = "2018")}},
    {.name = "meetings: 'On 25 May ... the session of the PA Council, and on 26 May the plenary session of the Assembly': two",
     .text = "On 25 May the delegation will attend the session of the CSTO PA Council, and on 26 May the plenary "
             "session of the Assembly.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "PA", .date = "2026-05-25"), HAS_MEETING(.bodies = "PA", .date = "2026-05-26")}},
    {.name = "dates: a dateline with no year and 'X holds the chairmanship of the CSTO in 2022, and ...': the report is of 22 November 2022",
     .published = "",
     .text = "YEREVAN, November 22. /TASS/. Armenia holds the rotating chairmanship of the CSTO in 2022, and the session "
             "of the Collective Security Council will take place in Yerevan on Wednesday.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Yerevan", .date = "2022-11-23", .status = "planned")}},
    {.name = "dates: 'held a joint session on Tuesday and approved the draft documents for the summit': the session's Tuesday",
     .text = "The foreign and defence ministers of the CSTO held a joint session in Yerevan on Tuesday and approved the "
             "package of draft documents for the summit of the bloc.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-05-12"), NO_MEETING(.bodies = "CSC", .date = "2026-05-12")}},
    {.name = "dates: «Россия председательствует в ОДКБ в 2020 году» with «Председательство в 2021 году переходит к Таджикистану»: 2020",
     .published = "",
     .text = "МОСКВА, 2 дек — РИА Новости. Президент России в среду провел в режиме видеоконференции сессию Совета "
             "коллективной безопасности ОДКБ. Россия председательствует в ОДКБ в 2020 году. Председательство в "
             "организации в 2021 году переходит к Таджикистану.",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2020-12-02", .format = "video")}},
    {.name = "dates: '... in January 2023, and in June X skipped a meeting of the CFM in Minsk': June of that sentence's year",
     .text = "Armenia declined to host the exercise in January 2023, and in June Foreign Minister Ivan Petrov skipped a "
             "meeting of the CSTO Council of Foreign Ministers in Minsk.",
     .published = "20.05.2024",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk", .date = "2023-06", .status = "held")}},
    {.name = "dates: the same in a report with no date, after another year was named: the sentence's year",
     .text = "The summit in Yerevan in November 2022 went badly. Armenia declined to host the exercise in January 2023, "
             "and in June Foreign Minister Ivan Petrov skipped a meeting of the CSTO Council of Foreign Ministers in Minsk.",
     .published = "",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk", .date = "2023-06")}},
    {.name = "people: 'At Dushanbe International Airport, the head of state was welcomed by X': an airport is no person",
     .text = "At Dushanbe International Airport, the head of state was welcomed by Ivan Petrov.",
     .expect = {NO_OFFICIAL(.id = "airport")}},
    {.name = "people: 'Executive Secretary of the CSTO Parliamentary Assembly X' (a body after the organisation in the title's complement)",
     .text = "Executive Secretary of the CSTO Parliamentary Assembly Ivan Petrov said the next plenary session is "
             "scheduled for spring.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Executive Secretary", .org = "CSTO")}},
    {.name = "documents: a title ends before 'at a summit' ('a declaration of the alliance at a summit he hosted in Yerevan')",
     .text = "The prime minister refused to sign a declaration of the CSTO at a summit he hosted in Yerevan on 12 May.",
     .expect = {HAS_DOCUMENT(.type = "declaration", .title = "declaration of the CSTO"), NO_DOCUMENT(.title = "summit")}},
    {.name = "status: 'the session of the CSC opened today ... On the eve of the summit, yesterday, a joint session took place': one summit, held",
     .text = "MINSK, 14 May (BelTA) - Ivan Petrov spoke as he opened the session of the CSTO Collective Security Council "
             "in Minsk. On the eve of the summit, yesterday, a joint session of the CSTO Council of Foreign Ministers and "
             "Council of Defence Ministers took place in Minsk.",
     .expect = {MEETINGS(2), HAS_MEETING(.bodies = "CSC", .date = "2026-05-14", .status = "held"),
                HAS_MEETING(.bodies = "CDM+CFM", .date = "2026-05-13")}},
    {.name = "russian attendance: «В ней приняли участие X» («ней», of it, is not «не», not); «не приняли участия» still is",
     .text = "Сессия СКБ ОДКБ прошла в Москве. В ней приняли участие президент Белоруссии Иван Петров и президент "
             "Казахстана Олег Сидоров. В заседании СМИД ОДКБ в Минске не приняли участия министр иностранных дел "
             "Армении Павел Орлов.",
     .expect = {PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov"), PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov"),
                NOT_PARTICIPANT(.bodies = "CFM", .id = "pavel-orlov")}},
    {.name = "russian: «От белорусской стороны ... приняли участие министр обороны X»: X is Belarus's",
     .text = "Заседание СМО ОДКБ прошло в Минске. От белорусской стороны в заседании приняли участие министр обороны "
             "Иван Петров и министр иностранных дел Олег Сидоров.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .country = "belarus"),
                HAS_OFFICIAL(.id = "oleg-sidorov", .country = "belarus")}},
    {.name = "russian: a genitive complement between title and name («спикер парламента Армении Олег Сидоров»)",
     .text = "Спикер парламента Армении Олег Сидоров не примет участия в заседании. Об этом сообщила официальный "
             "представитель МИД России Анна Петрова. В работе примет участие председатель Делового совета при МКВЭС "
             "Иван Орлов.",
     .expect = {HAS_OFFICIAL(.name = "Олег Сидоров", .title = "Speaker", .country = "armenia"),
                HAS_OFFICIAL(.name = "Анна Петрова", .title = "Spokesperson", .country = "russia"),
                HAS_OFFICIAL(.name = "Иван Орлов", .title = "Chairman"), NO_OFFICIAL(.name = "Делового Совета")}},
    {.name = "russian: «Мария» is a name, though «мар» is March cut short",
     .text = "Об этом сообщила официальный представитель МИД России Мария Петрова.",
     .expect = {HAS_OFFICIAL(.name = "Мария Петрова", .country = "russia")}},
    {.name = "russian: «во главе с министром обороны X»: the minister, not a head («главе»)",
     .text = "Делегация во главе с министром обороны Армении Олегом Сидоровым прибыла в Минск.",
     .expect = {HAS_OFFICIAL(.name = "Олег Сидоров", .title = "Minister of Defence", .country = "armenia"),
                NO_OFFICIAL(.title = "Head")}},
    {.name = "russian: a title in the genitive with a name in the nominative is not that name's («помощник президента»)",
     .text = "Заседание СКБ ОДКБ состоится в Москве 20 ноября, сообщил завотделом администрации президента "
             "Иван Орлов. Об этом также сообщил советник Сергея Лаврова Олег Сидоров.",
     .expect = {HAS_OFFICIAL(.name = "Иван Орлов", .title = "Head"), NO_OFFICIAL(.title = "President"),
                NO_OFFICIAL(.name = "Олег Сидоров", .title = "Minister of Foreign Affairs")}},
    {.name = "attendance: the one who says it after the verb («сообщил министр X», '..., said Minister X') announces",
     .text = "Заседание СМИД ОДКБ пройдет в Минске 20 ноября, сообщила на брифинге официальный представитель МИД "
             "России Анна Петрова. The CSTO Council of Defence Ministers will meet in Minsk on 20 November, said "
             "Russian Defence Minister Ivan Petrov.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "planned"), HAS_MEETING(.bodies = "CDM", .status = "planned"),
                NOT_PARTICIPANT(.id = "anna-petrova"), NOT_PARTICIPANT(.id = "ivan-petrov")}},
    {.name = "attendance: 'ignored the meeting' is absence; a press secretary who 'had informed' is not there",
     .text = "The CSTO Council of Foreign Ministers met in Minsk on Tuesday. Armenian Foreign Minister Oleg Sidorov "
             "ignored the meeting. \"The session provides for a joint breakfast,\" Ivan Petrov, press secretary of "
             "the Russian president, had informed earlier.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "held"), NOT_PARTICIPANT(.id = "oleg-sidorov"),
                NOT_PARTICIPANT(.id = "ivan-petrov")}},
    {.name = "attendance: «не принял участия» is absence",
     .text = "Заседание СМИД ОДКБ прошло в Минске 12 мая. Министр иностранных дел Армении Олег Сидоров не принял "
             "участия в заседании.",
     .expect = {HAS_MEETING(.bodies = "CFM", .status = "held"), NOT_PARTICIPANT(.id = "oleg-sidorov")}},
    {.name = "russian documents: «поставили подписи под» signs; two decisions stay two; titles in the nominative",
     .text = "Сессия СКБ ОДКБ прошла в Минске. Лидеры поставили подписи под декларацией о сотрудничестве, а также "
             "под решением о мерах по развитию системы реагирования, а также под решением о бюджете организации.",
     .expect = {DOCUMENTS(.n = 3), HAS_DOCUMENT(.type = "declaration", .status = "adopted",
                                                .title = "декларация о сотрудничестве"),
                HAS_DOCUMENT(.type = "decision", .title = "решение о бюджете организации")}},
    {.name = "documents: 'took the decision to hold', «приняли решение о проведении»: deciding, no document",
     .text = "Сессия СКБ ОДКБ прошла в Москве. Главы государств приняли решение о проведении следующего саммита в "
             "июне. The leaders took the decision to hold the next summit in Minsk.",
     .expect = {DOCUMENTS(.n = 0)}},
    {.name = "documents: 'various declarations' names none; 'several declarations, including on A' does",
     .text = "The CSTO Council of Foreign Ministers met in Minsk on Tuesday. The ministers considered drafts of "
             "various declarations. Стороны рассмотрели проекты различных деклараций и решений. The ministers "
             "adopted several declarations, including on the situation in Afghanistan.",
     .expect = {DOCUMENTS(.n = 1), HAS_DOCUMENT(.type = "declaration", .title = "declaration on the situation in Afghanistan")}},
    {.name = "russian documents: considered «в рамках подготовки к» coming sessions: still to be adopted",
     .text = "Заседание Постоянного совета ОДКБ прошло в Москве. В рамках подготовки к предстоящим заседаниям уставных "
             "органов были рассмотрены План консультаций по вопросам внешней политики и План мероприятий к юбилею.",
     .expect = {HAS_DOCUMENT(.type = "plan", .status = "planned"), NO_DOCUMENT(.status = "adopted")}},
    {.name = "russian: «пресс-секретаря главы государства X»: X is the press secretary, both titles in the genitive",
     .text = "По словам пресс-секретаря главы государства Олега Сидорова, президент присоединится к встрече.",
     .expect = {HAS_OFFICIAL(.name = "Олег Сидоров", .title = "Press Secretary"), NO_OFFICIAL(.title = "President")}},
    {.name = "russian tense: «отправилась ... для участия в заседании», «поучаствует»: planned; video said of «встреча»",
     .published = "",
     .text = "Делегация во главе с министром обороны Армении Олегом Сидоровым отправилась в Бишкек для участия в "
             "заседании СМО ОДКБ. В пятницу президент России Иван Петров поучаствует во внеочередной сессии СКБ "
             "ОДКБ. Президент присоединится к встрече по видеосвязи.",
     .expect = {HAS_MEETING(.bodies = "CDM", .status = "planned"), NO_MEETING(.status = "held"),
                HAS_MEETING(.bodies = "CSC", .status = "planned", .format = "video")}},
    {.name = "officials: 'his Russian counterpart X' and «своего российского коллегу X» hold the title said before",
     .text = "Kazakh Foreign Minister Oleg Sidorov met his Russian counterpart Ivan Petrov in Minsk. Глава МИД "
             "Казахстана поздравил своего белорусского коллегу Сергея Орлова с праздником.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Foreign Minister", .country = "russia"),
                HAS_OFFICIAL(.name = "Сергей Орлов", .title = "Minister of Foreign Affairs", .country = "belarus"),
                NO_OFFICIAL(.name = "Сергей Орлов", .country = "kazakhstan")}},
    {.name = "russian documents: «приняли декларацию и ряд документов, сообщил X»: the declaration adopted (as \"adopted a "
             "declaration\"), not «ряд документов»",
     .text = "Лидеры стран ОДКБ на саммите в Минске приняли декларацию и ряд документов, сообщил журналистам "
             "помощник президента России Иван Орлов.",
     .expect = {HAS_DOCUMENT(.title = "декларация", .type = "declaration", .status = "adopted"), DOCUMENTS(.n = 1)}},
    {.name = "officials: 'Russian Foreign Ministry spokeswoman X' is Russia's; 'Security Council Secretary' stays a title",
     .text = "Russian Foreign Ministry spokeswoman Anna Petrova said the meeting will take place in Minsk. The "
             "Russian Security Council Secretary Ivan Orlov arrived in Minsk.",
     .expect = {HAS_OFFICIAL(.name = "Anna Petrova", .country = "russia", .title = "Foreign Ministry spokeswoman"),
                HAS_OFFICIAL(.id = "ivan-orlov", .country = "russia", .title = "Security Council Secretary")}},
    {.name = "officials: 'the presidents of Belarus (A B), Kazakhstan (C D) and Russia (E F)'",
     .text = "The CSTO summit was held in Minsk on Tuesday. It was attended by the presidents of Belarus (Oleg "
             "Sidorov), Kazakhstan (Ivan Petrov) and Russia (Sergey Orlov).",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov", .country = "belarus", .title = "President"),
                HAS_OFFICIAL(.id = "ivan-petrov", .country = "kazakhstan"), HAS_OFFICIAL(.id = "sergey-orlov", .country = "russia"),
                PARTICIPANT(.bodies = "CSC", .id = "sergey-orlov")}},
    {.name = "officials: 'Presidents A (Belarus), B (Russia)', 'the presidents of Russia and Belarus, A and B'; 'also present was X'",
     .text = "The CSTO summit was held in Minsk on Tuesday. It was attended by Presidents Oleg Sidorov (Belarus) and "
             "Ivan Petrov (Russia). Also present was CSTO Secretary General Sergey Orlov. The presidents of Russia "
             "and Belarus, Ivan Petrov and Oleg Sidorov, spoke to reporters.",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov", .country = "belarus"), HAS_OFFICIAL(.id = "ivan-petrov", .country = "russia"),
                NO_OFFICIAL(.id = "ivan-petrov", .country = "belarus"), PARTICIPANT(.bodies = "CSC", .id = "sergey-orlov")}},
    {.name = "dates: a year after a period word ('the budget for 2027', «на 2027 год») dates no meeting",
     .text = "The ministers approved the budget for 2027 at the session of the CSTO Council of Foreign Ministers in "
             "Minsk. Подписано решение о бюджете организации на 2027 год на сессии СКБ ОДКБ в Москве.",
     .published = "",
     .expect = {NO_MEETING(.bodies = "CFM", .date = "2027"), NO_MEETING(.bodies = "CSC", .date = "2027"),
                HAS_MEETING(.bodies = "CFM", .city = "Minsk"), HAS_MEETING(.bodies = "CSC", .city = "Moscow")}},
    {.name = "dates: 'scheduled for 2027' after a period word still dates the meeting",
     .text = "The next session of the CSTO Council of Defence Ministers is scheduled for 2027.",
     .expect = {HAS_MEETING(.bodies = "CDM", .date = "2027")}},
    {.name = "places: 'Minsk hosted the meeting'",
     .text = "Minsk hosted the meeting of the CSTO Council of Foreign Ministers on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk")}},
    {.name = "places: 'hosted by Astana'",
     .text = "The meeting of the CSTO Council of Defence Ministers, hosted by Astana, ended on Tuesday.",
     .expect = {HAS_MEETING(.bodies = "CDM", .city = "Astana")}},
    {.name = "dates, attendance: 'will stay away from Wednesday's joint meeting': the day is the meeting's, and X is absent",
     .text = "Foreign Minister of Armenia Oleg Sidorov will stay away from Wednesday's joint meeting of the foreign "
             "ministers, defence ministers and security council secretaries in Minsk, his spokesperson said.",
     .expect = {HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2026-05-20", .status = "planned"),
                NOT_PARTICIPANT(.id = "oleg-sidorov")}},
    {.name = "dates: 'at last year's summit in Minsk in November': the month takes the year that qualifies the summit",
     .text = "At last year's summit in Minsk in November, Prime Minister of Armenia Oleg Sidorov refused to sign the "
             "declaration.",
     .published = "21.11.2026",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025-11", .city = "Minsk"), NO_MEETING(.bodies = "CSC", .date = "2026")}},
    {.name = "places: 'was to travel to Yerevan after the summit': the place of what comes after, not the summit's",
     .text = "The CSTO summit was held in Minsk on Tuesday. Secretary General Oleg Sidorov was to travel to Yerevan "
             "after the summit to brief Armenian officials.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Minsk"), NO_MEETING(.bodies = "CSC", .city = "Yerevan"), MEETINGS(1)}},
    {.name = "officials: 'met his counterpart X' with no country before the word (a title as text, no title row: it crashed)",
     .text = "The CSTO Council of Foreign Ministers met in Minsk on Tuesday. Foreign Minister of Russia Oleg Sidorov met "
             "his counterpart Ivan Petrov. Министр иностранных дел России Олег Сидоров встретился с коллегой Иваном Петровым.",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "Foreign Minister"), HAS_OFFICIAL(.id = "oleg-sidorov", .country = "russia")}},
    {.name = "officials: 'and his counterparts A (Kazakhstan), B (Kyrgyzstan) and C (Armenia)', «и его коллеги A (Казахстан), B (Армения)»",
     .text = "The agreement was signed by Russian President Oleg Sidorov and his counterparts Ivan Petrov (Kazakhstan), "
             "Sergey Orlov (Kyrgyzstan) and Pavel Volkov (Armenia). Документ подписали президент Белоруссии Андрей "
             "Соколов и его коллеги Борис Кузнецов (Таджикистан) и Виктор Морозов (Казахстан).",
     .expect = {HAS_OFFICIAL(.id = "ivan-petrov", .title = "President", .country = "kazakhstan"),
                HAS_OFFICIAL(.id = "sergey-orlov", .country = "kyrgyzstan"), HAS_OFFICIAL(.id = "pavel-volkov", .country = "armenia"),
                HAS_OFFICIAL(.id = "boris-kuznecov", .title = "President", .country = "tajikistan"),
                HAS_OFFICIAL(.id = "viktor-morozov", .country = "kazakhstan")}},
    {.name = "meetings: 'Leaders of the SCO member states, meeting in Dushanbe', 'the SCO's leaders met': another organisation's people",
     .text = "Leaders of the SCO member states, meeting in Dushanbe, agreed on Friday to admit a new member. The SCO's "
             "leaders met in Dushanbe on Friday.",
     .expect = {MEETINGS(0)}},
    {.name = "format: 'met in Dushanbe, with X joining by video link', «X принял участие по видеосвязи»: one person remote, the meeting in person",
     .text = "The CSTO leaders met in Dushanbe on Tuesday, with President of Russia Oleg Sidorov joining by video link. "
             "Заседание СМИД ОДКБ прошло в Минске во вторник, министр Иван Петров принял участие по видеосвязи. "
             "The CSTO defence ministers met by video link on Monday.",
     .expect = {HAS_MEETING(.bodies = "CSC", .city = "Dushanbe", .format = "in_person"),
                HAS_MEETING(.bodies = "CFM", .city = "Minsk", .format = "in_person"),
                HAS_MEETING(.bodies = "CDM", .format = "video")}},
    {.name = "documents: a title ends before 'and instructed their governments' and before ', as long as'",
     .text = "The CSTO leaders met in Minsk on Tuesday. They adopted a statement on the situation on the southern "
             "borders and instructed their governments to prepare a programme. The President of Armenia Oleg Sidorov "
             "refused to sign the plan of joint measures to assist Armenia, as long as the texts gave no assessment.",
     .expect = {HAS_DOCUMENT(.type = "statement", .title = "statement on the situation on the southern borders"),
                HAS_DOCUMENT(.type = "plan", .title = "plan of joint measures to assist Armenia"),
                NO_DOCUMENT(.title = "instructed"), NO_DOCUMENT(.title = "as long as")}},
    {.name = "meetings: 'the CFM and the CDM held separate sessions', 'met separately', «провели отдельные заседания»: one meeting each",
     .text = "The CSTO summit was held in Minsk on Thursday. On Wednesday the Council of Foreign Ministers and the "
             "Council of Defence Ministers held separate sessions in Minsk. A week earlier the foreign ministers and the "
             "security council secretaries met separately in Moscow.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk", .date = "2026-05-13"), HAS_MEETING(.bodies = "CDM", .city = "Minsk"),
                NO_MEETING(.bodies = "CDM+CFM"), HAS_MEETING(.bodies = "CSSC", .city = "Moscow"), NO_MEETING(.bodies = "CFM+CSSC")}},
    {.name = "meetings: «СМИД и СМО провели отдельные заседания»: one meeting each",
     .text = "Саммит ОДКБ прошел в Минске в четверг. В среду СМИД и СМО ОДКБ провели отдельные заседания в Минске.",
     .expect = {HAS_MEETING(.bodies = "CFM", .city = "Minsk"), HAS_MEETING(.bodies = "CDM", .city = "Minsk"),
                NO_MEETING(.bodies = "CDM+CFM")}},
    {.name = "dates: 'For a few hours on May 12, Minsk was the capital of the CSTO. X presided over the session ...': the day said just before",
     .text = "For a few hours on May 12, Minsk was the capital of the Collective Security Treaty Organization. Prime "
             "Minister Oleg Sidorov presided over the session of the CSTO Collective Security Council, seated across the "
             "table from Ivan Petrov and Sergey Orlov. Minsk is to host next year's summit.",
     .published = "02.06.2026",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2026-05-12", .status = "held"),
                HAS_MEETING(.bodies = "CSC", .date = "2027", .status = "planned"), PARTICIPANT(.bodies = "CSC", .id = "ivan-petrov")}},
    {.name = "dates, format: 'go back to September 13. That night, X chaired an extraordinary session ... held by video'",
     .text = "The roots of that argument go back to September 13. That night, hours after the shelling, Prime Minister "
             "Oleg Sidorov chaired an extraordinary session of the CSTO Collective Security Council held by video.",
     .published = "02.12.2025",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2025-09-13", .format = "video", .status = "held")}},
    {.name = "meetings: 'the last time Yerevan hosted the bloc's leaders, in October 2016. X chaired that summit'",
     .text = "The mood was different the last time Yerevan hosted the bloc's leaders, in October 2016. Then-President "
             "Oleg Sidorov chaired that summit.",
     .published = "02.12.2022",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2016-10", .city = "Yerevan"), PARTICIPANT(.bodies = "CSC", .id = "oleg-sidorov"),
                MEETINGS(1)}},
    {.name = "dates: 'Then came January 2022. On Jan. 6, ... Four days later, at a video summit': the year of the month named just before",
     .text = "Then came January 2022. On Jan. 6, the leaders agreed to deploy peacekeepers. Four days later, at a video "
             "summit of the CSTO Collective Security Council, President of Russia Oleg Sidorov spoke. In June 2010 the "
             "CSTO Committee of Secretaries of Security Councils convened in Moscow that month.",
     .published = "27.02.2024",
     .expect = {HAS_MEETING(.bodies = "CSC", .date = "2022-01-10", .format = "video"),
                HAS_MEETING(.bodies = "CSSC", .date = "2010-06", .city = "Moscow"), NO_MEETING(.date = "2024")}},
    {.name = "dates: the month named just before gives its year to each day of it, but a day named just before does not",
     .text = "Then came January 2022. On Jan. 6 the CSTO Council of Foreign Ministers met, and on Jan. 10 the CSTO "
             "Collective Security Council met. The decisions of the CSTO Council of Defence Ministers of 28 November 2023 "
             "were reviewed. In November the Council of Defence Ministers will meet in Minsk.",
     .published = "27.02.2024",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2022-01-06"), HAS_MEETING(.bodies = "CSC", .date = "2022-01-10"),
                HAS_MEETING(.bodies = "CDM", .date = "2024-11", .status = "planned")}},
    {.name = "officials: 'It was chaired by A; Russia was represented by B', «Его провел A, Россию представлял B»: B a delegate of the country",
     .text = "The CSTO Council of Foreign Ministers met in Astana on Wednesday. It was chaired by Kazakh Foreign Minister "
             "Ivan Petrov; Russia was represented by Oleg Sidorov. The session was attended by Pavel Volkov, Secretary of the "
             "Security Council of Kyrgyzstan. Во вторник в Минске прошло заседание СМО ОДКБ. Его провел "
             "министр обороны Белоруссии Андрей Соколов, Россию представлял Борис Кузнецов.",
     .expect = {HAS_OFFICIAL(.id = "oleg-sidorov", .country = "russia"), PARTICIPANT(.bodies = "CFM", .id = "oleg-sidorov"),
                HAS_OFFICIAL(.id = "boris-kuznecov", .country = "russia"), PARTICIPANT(.bodies = "CDM", .id = "boris-kuznecov"),
                HAS_OFFICIAL(.id = "pavel-volkov", .title = "Secretary of the Security Council", .country = "kyrgyzstan")}},
    {.name = "tense: 'will take part in an extraordinary session ..., convened at the initiative of X': calling it says nothing of having met",
     .text = "\"Today, President Ivan Petrov will take part in an extraordinary session of the CSTO Collective Security "
             "Council, convened at the initiative of the Kazakh side,\" the press secretary wrote.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned", .date = "2026-05-14"), NO_MEETING(.status = "held")}},
    {.name = "attendance: 'A and B have been invited to attend the meeting', «приглашены принять участие»: asked, not said to take part",
     .text = "The CSTO Council of Foreign Ministers will meet in Dushanbe on 2 June. Foreign Minister of Russia Ivan Petrov "
             "will take part. The OSCE Chairman-in-Office Jean Dupont and the UN envoy Oleg Sidorov have been invited to "
             "attend the meeting. Заседание СМО ОДКБ пройдет в Минске 5 июня. Генеральный секретарь ОДКБ Борис Кузнецов "
             "и директор центра Павел Волков приглашены принять участие в заседании.",
     .expect = {PARTICIPANT(.bodies = "CFM", .id = "ivan-petrov"), NOT_PARTICIPANT(.bodies = "CFM", .id = "jean-dupont"),
                NOT_PARTICIPANT(.bodies = "CFM", .id = "oleg-sidorov"), NOT_PARTICIPANT(.bodies = "CDM", .id = "boris-kuznecov"),
                NOT_PARTICIPANT(.bodies = "CDM", .id = "pavel-volkov")}},
    {.name = "places: a meeting with no place on the very day of another held in a city by some of the same bodies is in that city",
     .text = "The CSTO foreign ministers signed a declaration, Foreign Minister Ivan Petrov said after a meeting in Bishkek "
             "on Monday. He added that peacekeeping was considered at a joint meeting of foreign and defence ministers and "
             "secretaries of security councils.",
     .published = "11.05.2026",
     .expect = {HAS_MEETING(.bodies = "CFM", .date = "2026-05-11", .city = "Bishkek"),
                HAS_MEETING(.bodies = "CDM+CFM+CSSC", .date = "2026-05-11", .city = "Bishkek")}},
    {.name = "places: 'X arrived in Dushanbe. (...) He will take part in the session', «прибыла в Душанбе. ... примет участие»: that city, this month",
     .text = "Делегация Вооруженных Сил Беларуси во главе с министром обороны Иваном Петровым прибыла в Душанбе. Об этом "
             "сообщили в Министерстве обороны. Глава военного ведомства примет участие в сессии Совета коллективной "
             "безопасности ОДКБ. Defence Minister Oleg Sidorov arrived in Yerevan. He will take part in the session of "
             "the CSTO Council of Defence Ministers.",
     .expect = {HAS_MEETING(.bodies = "CSC", .status = "planned", .city = "Dushanbe", .date = "2026-05"),
                HAS_MEETING(.bodies = "CDM", .status = "planned", .city = "Yerevan", .date = "2026-05")}},
    {.name = "places: «в Московском регионе», 'in the Moscow region': the region, in Russia, not the city",
     .text = "Заседание Комитета секретарей советов безопасности ОДКБ пройдет в конце мая 2027 года в Московском регионе. "
             "The CSTO Council of Defence Ministers will meet in the Minsk region in June 2027.",
     .expect = {HAS_MEETING(.bodies = "CSSC", .date = "2027-05", .city = "", .country = "russia"),
                HAS_MEETING(.bodies = "CDM", .date = "2027-06", .city = "", .country = "belarus")}},
    {.name = "dates: «на период с 2027 по 2029 годы», 'from 2027 to 2029': a span of years dates no meeting",
     .text = "27 мая в Бишкеке пройдет очередная сессия Совета коллективной безопасности ОДКБ. На сессии СКБ ОДКБ "
             "планируется рассмотреть кандидатуру Генерального секретаря ОДКБ на период с 2027 по 2029 годы. At the CSTO "
             "summit the leaders will appoint the Secretary General for the term from 2027 to 2029.",
     .expect = {MEETINGS(1), HAS_MEETING(.bodies = "CSC", .date = "2026-05-27", .city = "Bishkek"), NO_MEETING(.date = "2027"),
                NO_MEETING(.date = "2029")}},
};

/* ---- the model and what it holds ---------------------------------------- */

static json_t *model_of(const row *r)
{
    char *raw = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&raw, &n);
    assert_non_null(f);
    fprintf(f, "%s\n\n%s\n\n%s\n", r->headline ? r->headline : "Headline about the CSTO",
            r->published ? r->published : DEFAULT_PUBLISHED, r->text);
    fclose(f);
    corpus *c = corpus_new(G);
    assert_non_null(c);
    char err[256] = "";
    int rc = corpus_add_text(c, "a", raw, n, err, sizeof err);
    if (rc) print_error("corpus_add_text: %s\n", err);
    assert_int_equal(rc, 0);
    json_t *m = corpus_model(c);
    assert_non_null(m);
    corpus_free(c);
    free(raw);
    return m;
}

static const char *str(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : "";
}

/* Whether `want` is unset or equal to the string at o.k. */
static int field_is(json_t *o, const char *k, const char *want) { return !want || !strcmp(str(o, k), want); }

static int lists(json_t *arr, const char *id)
{
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v) if (json_is_string(v) && !strcmp(json_string_value(v), id)) return 1;
    return 0;
}

static int meeting_fits(json_t *mt, const expect *x)
{
    char b[64];
    bodies_of(mt, b, sizeof b);
    return (!x->bodies || !strcmp(b, x->bodies)) && field_is(mt, "date", x->date) && field_is(mt, "city", x->city) &&
           field_is(mt, "country", x->country) && field_is(mt, "status", x->status) &&
           field_is(mt, "format", x->format);
}

/* Whether official o fits x: its id, or its name containing x->name, and a
 * position with x's title, country and org when any is set. */
static int official_fits(json_t *o, const expect *x)
{
    if (x->id && strcmp(str(o, "id"), x->id)) return 0;
    if (x->name && !strstr(str(o, "name"), x->name)) return 0;
    if (!x->title && !x->country && !x->org) return 1;
    size_t i;
    json_t *p;
    json_array_foreach(json_object_get(o, "positions"), i, p)
        if (field_is(p, "title", x->title) && field_is(p, "country", x->country) && field_is(p, "org", x->org))
            return 1;
    return 0;
}

static int document_fits(json_t *d, const expect *x)
{
    return field_is(d, "type", x->type) && field_is(d, "status", x->status) &&
           (!x->title || strstr(str(d, "title"), x->title));
}

/* How many items of `kind` fit x. */
static size_t count_fitting(json_t *m, const char *kind, const expect *x)
{
    size_t i, n = 0;
    json_t *it;
    json_array_foreach(json_object_get(m, kind), i, it) {
        if (!strcmp(kind, "meetings"))
            n += meeting_fits(it, x) && (!x->id || lists(json_object_get(it, "participants"), x->id));
        else if (!strcmp(kind, "officials")) n += official_fits(it, x);
        else n += document_fits(it, x);
    }
    return n;
}

/* Whether the model meets x. */
static int holds(json_t *m, const expect *x)
{
    switch (x->what) {
    case E_OFFICIAL: return count_fitting(m, "officials", x) > 0;
    case E_NO_OFFICIAL: return count_fitting(m, "officials", x) == 0;
    case E_MEETINGS: return json_array_size(json_object_get(m, "meetings")) == (size_t)x->n;
    case E_MEETING: return count_fitting(m, "meetings", x) > 0;
    case E_NO_MEETING: return count_fitting(m, "meetings", x) == 0;
    /* a participant is named by .id: a meeting expectation reads no .name, so one given would test nothing */
    case E_PARTICIPANT: return !x->name && count_fitting(m, "meetings", x) > 0;
    case E_NOT_PARTICIPANT: return !x->name && count_fitting(m, "meetings", x) == 0;
    case E_DOCUMENT: return count_fitting(m, "documents", x) > 0;
    case E_NO_DOCUMENT: return count_fitting(m, "documents", x) == 0;
    case E_DOCUMENTS: return count_fitting(m, "documents", x) == (size_t)x->n;
    case E_END: break;
    }
    return 1;
}

/* ---- messages ----------------------------------------------------------- */

static void describe(const expect *x)
{
    static const char *const names[] = {"", "official", "no official", "meetings", "meeting", "no meeting",
                                        "participant", "not a participant", "document", "no document",
                                        "documents"};
    print_error("    expected %s", names[x->what]);
    if (x->what == E_MEETINGS || x->what == E_DOCUMENTS) print_error(" = %d", x->n);
    const struct { const char *k, *v; } f[] = {
        {"id", x->id}, {"name~", x->name}, {"title", x->title}, {"country", x->country}, {"org", x->org},
        {"bodies", x->bodies}, {"date", x->date}, {"city", x->city}, {"status", x->status},
        {"format", x->format}, {"type", x->type}};
    for (size_t i = 0; i < sizeof f / sizeof *f; i++)
        if (f[i].v) print_error(" %s=%s", f[i].k, f[i].v);
    print_error("\n");
}

/* What came out, in a few lines, so a failure can be read without a debugger. */
static void summarise(json_t *m)
{
    size_t i, k;
    json_t *it, *v;
    json_array_foreach(json_object_get(m, "meetings"), i, it) {
        char b[64];
        bodies_of(it, b, sizeof b);
        print_error("    got meeting %s: %s %s city=%s country=%s %s participants:", str(it, "id"), b,
                    str(it, "status"), str(it, "city"), str(it, "country"), str(it, "format"));
        json_array_foreach(json_object_get(it, "participants"), k, v) print_error(" %s", json_string_value(v));
        print_error("\n");
    }
    json_array_foreach(json_object_get(m, "officials"), i, it) {
        print_error("    got official %s (%s):", str(it, "id"), str(it, "name"));
        json_array_foreach(json_object_get(it, "positions"), k, v)
            print_error(" [%s|%s|%s]", str(v, "title"), str(v, "country"), str(v, "org"));
        print_error("\n");
    }
    json_array_foreach(json_object_get(m, "documents"), i, it)
        print_error("    got document %s %s: %s\n", str(it, "type"), str(it, "status"), str(it, "title"));
}

/* ---- the loop ----------------------------------------------------------- */

static void run_row(void **state)
{
    const row *r = *state;
    if (r->known_gap && !getenv("CSTO_RULES_GAPS")) {
        print_message("    known gap: %s\n", r->known_gap);
        skip();
    }
    json_t *m = model_of(r);
    int failed = 0;
    for (size_t i = 0; i < MAX_EXPECT && r->expect[i].what != E_END; i++)
        if (!holds(m, &r->expect[i])) {
            if (!failed++) print_error("  row '%s':\n", r->name);
            describe(&r->expect[i]);
        }
    if (failed) summarise(m);
    json_decref(m);
    if (failed) fail_msg("%d expectation(s) not met", failed);
}

int main(void)
{
    enum { N = sizeof rows / sizeof *rows };
    struct CMUnitTest tests[N];
    for (size_t i = 0; i < N; i++) {
        if (rows[i].expect[0].what == E_END) { /* a row with no expectation tests nothing */
            fprintf(stderr, "test_rules: row '%s' has no expectation\n", rows[i].name);
            return 1;
        }
        tests[i] = (struct CMUnitTest){rows[i].name, run_row, NULL, NULL, (void *)&rows[i]};
    }
    return _cmocka_run_group_tests("test_rules", tests, N, gazfix_setup, gazfix_teardown);
}
