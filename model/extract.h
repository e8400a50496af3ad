/* extract — the facts of one article: meetings, officials, documents.
 *
 * Works sentence by sentence over the article's tokens:
 *  - a meeting is a meeting noun with bodies attached ("a joint meeting of
 *    the CFM, the CDM and the CSSC"), a body name that is itself a meeting
 *    ("the summit"), a body or its people with a meeting verb ("presidents
 *    ... met"); bodies of different joint groups split into separate meetings.
 *    Its date, place, status and format come from the same sentence; a
 *    sentence that says "the meeting", "the participants", ... refers back to
 *    the meeting last named.
 *  - an official is a name next to a title, in either order, or a list of
 *    names under a plural title; later mentions by surname alone are the same
 *    person.  Officials named in a sentence about a meeting took part in it.
 *  - a document is a document keyword (data/doctypes.tsv) with its title,
 *    split when one keyword heads a list ("declarations on A; on B").
 * Mentions of one meeting inside the article are merged here; merging across
 * articles is corpus.c's work.  Every fact keeps its evidence span.
 *
 * The code is in model/extract/, one file per stage (internal.h lists them). */
#ifndef CSTO_EXTRACT_H
#define CSTO_EXTRACT_H

#include "model/article.h"

typedef struct span { unsigned start, end; } span;

typedef struct spanvec { span *v; int n, cap; } spanvec;
typedef struct intvec { int *v; int n, cap; } intvec;

typedef struct x_position {
    char *title;      /* e.g. "acting Prime Minister"; NULL when the article names no title */
    int country;      /* gazetteer country, or -1 */
    int org;          /* gazetteer organisation, or -1 */
} x_position;

typedef struct x_official {
    char *name;       /* fullest form seen in the article */
    char key[64];     /* surname key (gaz_name_key) */
    char initial;     /* first letter of the first name, folded; 0 if unknown */
    x_position *pos;
    int npos;
    spanvec ev;
    intvec meetings;  /* indices of this article's meetings attended */
    int body1;        /* 1 + the CSTO body whose members hold a title it is named with (titles.tsv), or 0 */
    const char *rule;
} x_official;

enum { ST_HELD, ST_PLANNED };
enum { FM_IN_PERSON, FM_VIDEO };

typedef struct x_meeting {
    unsigned bodies;  /* bit i = gazetteer body i */
    cdate date;
    int last_day;     /* a range's last day ("on 13-14 October": 14), else 0 */
    int city, country;
    int status, format;
    int docs_count;   /* "25 documents were signed"; 0 if not said */
    int guessed;      /* its date is the report's month, guessed for a held meeting no sentence dated */
    int tenseless;    /* nothing in its sentence said when, or whether it is past ("CSTO summit in Astana:
                         what to expect"): held and the report's month are guesses a later mention replaces */
    int place_guessed; /* its city is the dateline's, given for want of a place: a sentence that names one says */
    int time_mod;     /* -1 named as past ("the recent summit"), 1 as to come ("the next summit"), else 0: not the
                         meeting named before it when that one's status is the other; -2 named as the one before
                         ("a previous summit"): not a held one named before either */
    int eve;          /* its sentence says it was the day before ("Накануне, 26 ноября, ...", "A day earlier"): not
                         the day a guessed date of the meeting named before stands for */
    int said_past;    /* dated by a month or year said as before the report ("last November", «в прошлом году»):
                         named in passing, it does not take the focus from a later meeting named before it */
    int weekday;      /* in a report whose day is unknown, 1 + the weekday (0 Sunday) its sentence names and nothing
                         resolves ("в четверг"); else 0.  Two meetings of one report on one weekday are of one day
                         (corpus.c) */
    int loose_month;  /* the month of a year unknown its report named ("the summit held in August", no year, no
                         report date), kept apart from date (which says nothing across reports): it is no meeting
                         another report dates in another month (corpus.c); else 0 */
    spanvec ev;
    intvec participants; /* indices of this article's officials */
    const char *rule;
} x_meeting;

enum { DS_ADOPTED, DS_DRAFT, DS_PLANNED };

typedef struct x_document {
    char *title;
    int type;         /* gazetteer doctype */
    int status;
    int meeting;      /* index of this article's meeting, or -1 */
    int initiator;    /* country whose initiative it was, or -1 */
    span ev;
    const char *rule;
    int list;         /* items of one list ("statements on A, B and C") share a number > 0; else 0 */
} x_document;

typedef struct extraction {
    x_meeting *m; int nm, capm;
    x_official *o; int no, capo;
    x_document *d; int nd, capd;
    unsigned char *countries; /* per gazetteer country: named in the article */
    int chair_from, chair_to; /* chairmanship transferred from/to (countries), or -1 */
} extraction;

/* Extracts the facts of a; fills *x (cleared with extraction_clear()).
 * Returns 0, or -1 when out of memory. */
int extract_article(const gazetteer *g, const article *a, extraction *x);
void extraction_clear(extraction *x);

/* Whether text[0..len) holds a word that may name a meeting: a body's name
 * (people's bodies too: "leaders", "ministers"), a meeting noun or verb, a
 * body's anaphor, "counterparts".  Every meeting the stages find is named by
 * one, so a headline with none cannot give a text the meeting it lacks (the
 * corpus does not read such a headline; model/corpus.c).  1 also when out of
 * memory (the caller then tries). */
int extract_may_name_meeting(const gazetteer *g, const char *text, size_t len);

#endif
