/* mention — typed spans of tokens, the currency between the stages.
 *
 * A mention is {kind, value, start, end, rule}: a body, an organisation's
 * name, a country, a date ... found at tokens [start, end) by `rule`.  A
 * stage reads the mentions of the stages before it and adds its own; no
 * stage reads another's token masks.  Mentions of one kind are kept in the
 * order of their start (each annotator adds them left to right), so a
 * query on a token is a binary search.
 *
 * Ownership: a mentions set owns its arrays (mentions_free()); `rule`
 * points to a static string. */
#ifndef CSTO_EXTRACT_MENTION_H
#define CSTO_EXTRACT_MENTION_H

#include <stddef.h>

enum mkind {
    MK_BODY,    /* a body's name in a sentence; value: gazetteer body, sub: BK_* kind */
    MK_NAME,    /* an organisation's or body's name; value: its index, sub: G_ORG or G_BODY */
    MK_COUNTRY, /* a country's name or adjective; value: gazetteer country */
    MK_DATE,    /* a date; value: index into the article's date hits (ctx.dates) */
    MK_PERSON,  /* an official named; value: index of the article's official */
    MK_MEETING, /* a meeting named; value: index of the article's meeting */
    MK_KINDS
};

enum {
    MF_COVERS = 1,  /* MK_BODY: a name no title or person starts inside (not a body of people) */
    MF_SPEAKER = 2, /* MK_PERSON: named as speaking ("X said") */
    MF_PRESS = 4,   /* MK_PERSON: speaking to the press ("X told reporters", "according to X") */
    MF_REFERS = 8,  /* MK_MEETING: "the meeting", the one named before */
    MF_APPOINTED = 16, /* MK_PERSON: the one a decision appoints, named apart from its word of appointing */
    MF_POINT = 32,     /* MK_MEETING: named only as a point in time for another ("before the forthcoming summit") */
    MF_CARRIED_OUT = 64, /* MK_MEETING: named for carrying out its decisions ("the implementation of the decisions of
                           the session"): the people of its sentence are not said to have been there */
    MF_REPORTED_ON = 128 /* MK_MEETING: named for its outcome, told of ("will report on the results of the November
                            session"): who tells of it does so at the meeting in focus */
};

typedef struct mention {
    int kind, value, sub;
    unsigned flags;
    size_t start, end; /* tokens [start, end) */
    const char *rule;  /* static; NULL for gazetteer annotations */
} mention;

typedef struct mentions {
    mention *v[MK_KINDS];
    size_t n[MK_KINDS], cap[MK_KINDS];
} mentions;

/* Adds m (its start not before the last of its kind's).  0, or -1 when out
 * of memory or out of order. */
int mentions_add(mentions *ms, const mention *m);
/* Drops the mentions of `kind` from index `from` on (a stage's per-sentence ones). */
void mentions_truncate(mentions *ms, int kind, size_t from);
void mentions_free(mentions *ms);

/* Index of the first mention of `kind` that starts at or after token i
 * (ms->n[kind] when none). */
size_t mentions_from(const mentions *ms, int kind, size_t i);
/* The mention of `kind` that covers token i (the last one to start at or
 * before it, if it ends after it), or NULL. */
const mention *mention_at(const mentions *ms, int kind, size_t i);
/* Whether a mention of `kind` starts within tokens [s, e). */
int mention_in(const mentions *ms, int kind, size_t s, size_t e);

#endif
