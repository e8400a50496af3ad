/* article — one article file turned into its metadata and clean text.
 *
 * The first non-empty line is the title unless it reads as body text.
 * Header lines that are a publication date ("27.05.2020", "09 November,
 * 2018, 11:07 410"), an outlet with a date ("Kabar (26 May 2020)") or a lone
 * city ("Bishkek", the dateline) become metadata; a URL line becomes the url;
 * boilerplate lines (data/boilerplate.txt) are dropped anywhere.  What is
 * left, with blank-line runs folded, is `text`: every evidence offset points
 * into it.  A dateline at the start of the text ("BISHKEK. KAZINFORM ...",
 * "ASTANA – ...") is recognised but left in the text. */
#ifndef CSTO_ARTICLE_H
#define CSTO_ARTICLE_H

#include "model/dates.h"
#include "model/gazetteer.h"

typedef struct article {
    char *id;
    char *title;        /* NULL when the article has none */
    cdate published;    /* parts 0 when unknown */
    char *source;       /* outlet, or NULL */
    char *url;          /* or NULL */
    char *dateline;     /* the dateline as written, or NULL */
    int dateline_city;  /* gazetteer city of the dateline, or -1 */
    size_t dateline_end; /* where a dateline at the start of the text ends (0 if none there) */
    char *text;         /* clean body text, NUL-terminated */
    size_t len;
} article;

/* Parses raw bytes into *a (which the caller clears with article_clear()).
 * Returns 0, or -1 with the reason in err: not UTF-8 (with the byte offset),
 * a NUL byte (binary file), or no text at all. */
int article_parse(const gazetteer *g, const char *id, const char *raw, size_t len, article *a,
                  char *err, size_t errlen);
void article_clear(article *a);

#endif
