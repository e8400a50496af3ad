/* article — one article file turned into its metadata and clean text.
 *
 * The first non-empty line is the title unless it reads as body text; a
 * title that ends a sentence is kept in the text too (the lede), and so is
 * one that tells what a person named with his title said or did ("Foreign
 * Minister X's remarks ... following the meeting of ...": lexicon
 * heading_person), whose facts are the report's own.
 * Header lines that are a publication date ("27.05.2020", "09 November,
 * 2018, 11:07 410"), an outlet with a date ("Kabar (26 May 2020)") or a lone
 * city ("Bishkek", the dateline) become metadata; a URL line becomes the url;
 * boilerplate lines (data/boilerplate.txt) are dropped anywhere.  What is
 * left, with blank-line runs folded, is `text`: every evidence offset points
 * into it.  A dateline at the start of the text ("BISHKEK. KAZINFORM ...",
 * "ASTANA – ...", or of its second or third line when the city is in
 * capitals: "MOSCOW, November 30. /TASS/." under a subtitle) is recognised
 * but left in the text.
 *
 * Publication dates as pages give them (model/dates.h date_parse_head): a
 * date line anywhere ("27.05.2020", "30 Nov 2017 12:44", "Tuesday, 23 November
 * 2021, 3:45 PM", "25 November 2025 18:22 (UTC+04:00)",
 * "2021-11-23T10:00:00Z", "08:3627/09/2024, Cuma"), and in the header zone: a
 * label and a date before the first words of the text ("date 2020-12-02
 * MOSCOW, ..." keeps "MOSCOW, ..."), a name and a date ("Kabar (26 May
 * 2020)", "TASS, 23 November 2021", "AKIpress - 12.03.2021": the source; a
 * city instead is the dateline), a date and a city ("November 27, 2025,
 * Bishkek"), the title repeated with a date after it, and a numeric date
 * glued to the first word ("09.09.2021On ...").  The first date wins; later
 * date-only lines of the header zone are dropped too.  A dateline's date
 * without a year ("MOSCOW, November 23") is the publication date when the
 * header gave none (its year unknown), or completes a header date of month
 * precision with its day (taking that date's year). */
#ifndef CSTO_ARTICLE_H
#define CSTO_ARTICLE_H

#include "model/dates.h"
#include "model/gazetteer.h"

typedef struct article {
    char *id;
    char *title;        /* NULL when the article has none */
    cdate published;    /* parts 0 when unknown */
    int published_time; /* the header's date line gave a time of day too ("27.11.2024 17:05"): a news item of its day */
    int published_untitled; /* that date came from a line above the title (a site's clock, "January 20, 2018"):
                               a byline's date under the title ("By X - Wed Dec 19 2012, 8:43 pm") replaces it */
    int published_updated; /* that date is a page's update stamp ("Updated at 13:53,23-12-2024", «Последнее
                              обновление: 23.11.2024»): the report may be older, and a year its text gives wins */
    cdate header_other[4]; /* full dates of further header stamps the publication did not take ("Released on
                              2013-04-30" above "Date | 2011-10-26"): a dateline's month and day choose among them */
    int header_nother;
    char *source;       /* outlet, or NULL */
    char *url;          /* or NULL */
    char *dateline;     /* the dateline as written, or NULL */
    int dateline_city;  /* gazetteer city of the dateline, or -1 */
    cdate dateline_date; /* the date the dateline gives ("NEW YORK, September 25, 2019"), its year completed
                            from the header's where it has none; parts 0 when unknown */
    size_t dateline_start, dateline_end; /* the dateline's bytes in text ([0, 0) if none) */
    char *text;         /* clean body text, NUL-terminated */
    size_t len;
    const char *lang;   /* "ru" when most letters of the text are Cyrillic, else "en" (static, not owned) */
} article;

/* The language of a text (valid UTF-8): "ru" when more than half of its letters are
 * Cyrillic, else "en" (no letters: "en").  A static string. */
const char *article_lang(const char *text, size_t len);

/* Parses raw bytes into *a (which the caller clears with article_clear()).
 * Returns 0, or -1 with the reason in err: not UTF-8 (with the byte offset),
 * a NUL byte (binary file), or no text at all. */
int article_parse(const gazetteer *g, const char *id, const char *raw, size_t len, article *a,
                  char *err, size_t errlen);
void article_clear(article *a);

#endif
