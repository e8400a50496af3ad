/* article — see article.h.  Works line by line: the header zone is the run
 * of lines before the first line that reads as a paragraph (8+ words or a
 * final full stop); metadata is only taken from there, so a date quoted in
 * the body never becomes the publication date. */
#include "model/article.h"
#include "model/sbuf.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static char *dupn(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (p) { memcpy(p, s, n); p[n] = '\0'; }
    return p;
}

static void trim(const char **s, size_t *n)
{
    /* ASCII space and NBSP (C2 A0) at both ends */
    for (;;) {
        if (*n && isspace((unsigned char)**s)) { (*s)++; (*n)--; continue; }
        if (*n >= 2 && (unsigned char)(*s)[0] == 0xC2 && (unsigned char)(*s)[1] == 0xA0) { *s += 2; *n -= 2; continue; }
        break;
    }
    for (;;) {
        if (*n && isspace((unsigned char)(*s)[*n - 1])) { (*n)--; continue; }
        if (*n >= 2 && (unsigned char)(*s)[*n - 2] == 0xC2 && (unsigned char)(*s)[*n - 1] == 0xA0) { *n -= 2; continue; }
        break;
    }
}

static int words(const char *s, size_t n)
{
    int w = 0, in = 0;
    for (size_t i = 0; i < n; i++) {
        int sp = isspace((unsigned char)s[i]);
        if (!sp && !in) w++;
        in = !sp;
    }
    return w;
}

static int ends_sentence(const char *s, size_t n)
{
    if (!n) return 0;
    char c = s[n - 1];
    if (c == '.' || c == '!' || c == '?') return 1;
    /* ." or .” */
    if (n >= 2 && c == '"' && s[n - 2] == '.') return 1;
    if (n >= 4 && (unsigned char)s[n - 1] == 0x9D && s[n - 4] == '.') return 1;
    return 0;
}

static int is_url_line(const char *s, size_t n, const char **u, size_t *un)
{
    if (n && *s == '<' && s[n - 1] == '>') { s++; n -= 2; }
    if (!(n > 8 && (!strncmp(s, "http://", 7) || !strncmp(s, "https://", 8)))) return 0;
    for (size_t i = 0; i < n; i++)
        if (isspace((unsigned char)s[i])) return 0;
    *u = s;
    *un = n;
    return 1;
}

/* Whether a name of two capitalised words starts at token k, neither a word that is never a name's (lexicon
 * notname: a title-case headline's "Secretaries General Of CSTO"). */
static int name_at(const gazetteer *g, const toklist *tl, size_t k)
{
    return k + 1 < tl->n && tl->t[k].cap && tl->t[k + 1].cap && tl->t[k].kind == TOK_WORD &&
           tl->t[k + 1].kind == TOK_WORD && !gaz_tok_notname(g, tl, k) && !gaz_tok_notname(g, tl, k + 1);
}

/* Whether a name starts at token k right after a title, or past the title's country (perhaps after a word that is
 * no name's: «министра иностранных дел Республики Армения Ивана Петрова»). */
static int name_after_title(const gazetteer *g, const toklist *tl, size_t k)
{
    gaz_hit h;
    size_t q = k + (k < tl->n && gaz_tok_notname(g, tl, k));
    if (gaz_match(g, tl, q, tl->n, G_COUNTRY, -1, &h)) k = h.end;
    return name_at(g, tl, k);
}

/* Whether a short line names someone with a title ("The CSTO Press
 * Secretary Vladimir Zaynetdinov"): a title, then two capitalised words. */
static int has_title(const gazetteer *g, const char *s, size_t n)
{
    toklist tl;
    if (toklist_build(&tl, s, n, NULL, NULL) < 0) return 1; /* keep it when unsure */
    gaz_hit h;
    int yes = 0;
    for (size_t i = 0; i < tl.n && !yes; i++) /* a title, then a name of two words */
        yes = gaz_match(g, &tl, i, tl.n, G_TITLE, -1, &h) && name_at(g, &tl, h.end);
    toklist_free(&tl);
    return yes;
}

/* Whether a headline tells what someone named with his title said or did ("Foreign Minister Sergey Lavrov's remarks
 * ... following the meeting of ...", "Speech by the Russian Foreign Minister, Sergey Lavrov, ..."): a title, perhaps a
 * comma, a name of two capitalised words, and a word of lexicon heading_person anywhere in it. */
static int heading_person(const gazetteer *g, const char *s, size_t n)
{
    toklist tl;
    if (toklist_build(&tl, s, n, NULL, NULL) < 0) return 0;
    gaz_hit h;
    int named = 0, said = 0;
    for (size_t i = 0; i < tl.n; i++) {
        if (!named && gaz_match(g, &tl, i, tl.n, G_TITLE, -1, &h))
            named = name_after_title(g, &tl, h.end + (h.end < tl.n && !strcmp(tl.t[h.end].norm, ",")));
        if (!said && gaz_match(g, &tl, i, tl.n, G_LEX, LX_HEADING_PERSON, &h)) said = 1;
    }
    toklist_free(&tl);
    return named && said;
}

/* The whole line is one gazetteer city: returns its index, else -1. */
static int city_line(const gazetteer *g, const char *s, size_t n)
{
    toklist tl;
    if (n > 64 || !gaz_text_may_start(g, s, n, 1u << G_CITY) || toklist_build(&tl, s, n, NULL, NULL) < 0) return -1;
    gaz_hit h;
    int c = -1;
    if (tl.n && gaz_match(g, &tl, 0, tl.n, G_CITY, -1, &h) && h.end == tl.n) c = h.val;
    toklist_free(&tl);
    return c;
}

/* The city of a line's rest after its date and comma (s, n: "Bishkek - 24.kg news agency , Aida DZHUMASHOVA"): a
 * gazetteer city (its name at *cs, *cn), a dash (" - ", " – ", " — ") and a short tail that is no sentence (an outlet
 * and its author); or -1. */
static int city_dash_outlet(const gazetteer *g, const char *s, size_t n, const char **cs, size_t *cn)
{
    if (n < 4 || n > 96) return -1;
    static const char *const dashes[] = {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "};
    for (size_t k = 0; k < 3; k++) {
        const char *d = memmem(s, n, dashes[k], strlen(dashes[k]));
        if (!d) continue;
        const char *t = d + strlen(dashes[k]);
        size_t tn = n - (size_t)(t - s);
        *cs = s + (s[0] == ',');
        *cn = (size_t)(d - *cs);
        trim(cs, cn);
        if (!*cn || !tn || tn > 64 || ends_sentence(t, tn)) return -1;
        return city_line(g, *cs, *cn);
    }
    return -1;
}

/* A header line's date d and its dateline (s, n: the city's words, gazetteer city `city`): the report's date when none
 * was read, and its dateline when none was, dated by d when d is the report's day. */
static void header_dateline(article *a, cdate d, const char *s, size_t n, int city)
{
    if (!a->published.y) a->published = d;
    if (a->dateline) return;
    a->dateline = dupn(s, n);
    a->dateline_city = city;
    if (date_cmp(d, a->published) == 0) a->dateline_date = d;
}

static int has_digit(const char *s, size_t n);

/* Whether a line is an outlet and its country or city, no headline: at most five words, no digit, the words before its
 * last comma capitalised (or "news", "agency", ...), and after it one gazetteer country or city ("Trend, Azerbaijan",
 * "Interfax-Kazakhstan news agency, Almaty"). */
static int outlet_place_line(const gazetteer *g, const char *s, size_t n)
{
    if (!n || n > 64 || words(s, n) > 5 || has_digit(s, n)) return 0;
    const char *comma = NULL;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ',') comma = s + i;
    if (!comma || comma == s) return 0;
    /* (the outlet's words capitalised, but "news", "agency", "press", "service": not "Ministers meet in Minsk,
     * Belarus") */
    for (const char *w = s; w < comma;) {
        while (w < comma && *w == ' ') w++;
        const char *we = w;
        while (we < comma && *we != ' ') we++;
        size_t wn = (size_t)(we - w);
        if (wn && islower((unsigned char)*w) &&
            !((wn == 4 && !memcmp(w, "news", 4)) || (wn == 6 && !memcmp(w, "agency", 6)) ||
              (wn == 5 && !memcmp(w, "press", 5)) || (wn == 7 && !memcmp(w, "service", 7))))
            return 0;
        w = we;
    }
    const char *t = comma + 1;
    size_t tn = n - (size_t)(t - s);
    trim(&t, &tn);
    if (!tn) return 0;
    if (city_line(g, t, tn) >= 0) return 1;
    toklist tl;
    if (toklist_build(&tl, t, tn, NULL, NULL) < 0) return 0;
    gaz_hit h;
    int country = tl.n && gaz_match(g, &tl, 0, tl.n, G_COUNTRY, -1, &h) && h.end == tl.n;
    toklist_free(&tl);
    return country;
}

/* What a name before a header date is: a gazetteer city (the dateline,
 * >= 0), an outlet (-2), or neither (-1): at most 6 words, no digits, no
 * weekday ("Flag Wednesday, 24 April 2024" is a site's clock, not an outlet). */
static int header_name(const gazetteer *g, const char *s, size_t n)
{
    if (!n || n > 60) return -1;
    for (size_t i = 0; i < n; i++)
        if (isdigit((unsigned char)s[i])) return -1;
    if (words(s, n) > 6) return -1;
    int c = city_line(g, s, n);
    if (c >= 0) return c;
    toklist tl;
    if (toklist_build(&tl, s, n, NULL, NULL) < 0) return -1;
    int r = tl.n ? -2 : -1;
    gaz_hit h;
    for (size_t i = 0; i < tl.n && r == -2; i++)
        if (gaz_match(g, &tl, i, tl.n, G_DATE, DK_WEEKDAY, &h) || gaz_match(g, &tl, i, tl.n, G_DATE, DK_WEEKDAY_ABBR, &h))
            r = -1;
    toklist_free(&tl);
    return r;
}

/* A header stamp d: the publication's date when none is known yet; else,
 * a full date, kept for a dateline's day to choose among (set_dateline). */
static void header_stamp(article *a, cdate d)
{
    if (!a->published.y) a->published = d;
    else if (date_precision(d) == 3 && a->header_nother < (int)(sizeof a->header_other / sizeof *a->header_other))
        a->header_other[a->header_nother++] = d;
}

/* A name, a separator and a date line: "Kabar (26 May 2020)", "TASS, 23
 * November 2021", "AKIpress - 12.03.2021", "Bishkek, November 27, 2025".  The
 * name is the source, or the dateline when it is a city. */
static int named_date_line(const gazetteer *g, const char *s, size_t n, article *a)
{
    if (n > 100) return 0;
    /* the date first, then a bar and a short tag ("2021-09-16 18:42:07 | Editor: Huaxia") */
    const char *bar = memchr(s, '|', n);
    if (bar && bar > s) {
        const char *o = s, *r = bar + 1;
        size_t on = (size_t)(bar - s), rn = n - on - 1;
        trim(&o, &on);
        trim(&r, &rn);
        cdate d;
        if (rn <= 40 && words(r, rn) <= 4 && date_parse_line(g, o, on, &d)) {
            header_stamp(a, d);
            return 1;
        }
    }
    for (size_t i = 1; i + 1 < n && i <= 61; i++) {
        size_t skip;
        if (s[i] == '(' || s[i] == ',' || s[i] == '|' || s[i] == ':') skip = s[i] == '(' ? 0 : 1;
        else if (s[i] == '-' && s[i - 1] == ' ') skip = 1;
        else if (i + 3 < n && (!memcmp(s + i, "\xE2\x80\x93", 3) || !memcmp(s + i, "\xE2\x80\x94", 3) ||
                               !memcmp(s + i, "\xE2\x80\xA2", 3))) /* "By X \u2022 27 October 2022 \u2022 13:59" */
            skip = 3;
        else continue;
        const char *o = s, *r = s + i + skip;
        size_t on = i, rn = n - i - skip;
        trim(&o, &on);
        trim(&r, &rn);
        cdate d;
        int kind = header_name(g, o, on);
        if (kind == -1) return 0;
        /* "Ведомости, № 241 (3253), 20 декабря 2012", "Kommersant, No. 12, ...": the number, then the date */
        if ((rn > 3 && !memcmp(r, "\xE2\x84\x96", 3)) || (rn > 3 && !memcmp(r, "No.", 3))) {
            const char *comma = memchr(r, ',', rn);
            if (comma && (size_t)(comma - r) <= 24) {
                rn -= (size_t)(comma + 1 - r);
                r = comma + 1;
                trim(&r, &rn);
            }
        }
        /* "DUSHANBE, 6 October 2016, Asia-Plus", "Tengrinews.kz | 28 ноября 2024, 09:00 | обновлено 16:40": a
         * short tail after the date (an outlet, a time, an update stamp), cut at a comma or a bar */
        size_t dn = rn;
        while (!date_parse_line(g, r, dn, &d)) {
            size_t k = dn;
            int bullet = 0; /* (or a bullet: "27 October 2022 \u2022 13:59") */
            while (k > 0 && r[k - 1] != ',' && r[k - 1] != '|' && !(bullet = k >= 3 && !memcmp(r + k - 3, "\xE2\x80\xA2", 3))) k--;
            if (k <= 1 || rn - k > 40 || words(r + k, rn - k) > 4) break;
            dn = k - (bullet ? 3 : 1);
            while (dn > 0 && r[dn - 1] == ' ') dn--;
        }
        if (!date_parse_line(g, r, dn, &d)) {
            /* "Xinhua, September 15, 2015 Adjust font size:": a page's control of three words or fewer, with no
             * number, glued after a full date */
            int lab;
            size_t used = date_parse_head(g, r, rn, &d, &lab);
            const char *tl = r + used;
            size_t tn = rn - used;
            trim(&tl, &tn);
            const char *yr = tl; /* (the year right before it: not "23 November 2021. KAZINFORM") */
            while (yr > r && yr[-1] == ' ') yr--;
            if (!used || lab || date_precision(d) < 3 || !tn || tn > 24 || words(tl, tn) > 3 || has_digit(tl, tn) ||
                ends_sentence(tl, tn) || yr == r || !isdigit((unsigned char)yr[-1]))
                continue; /* "Sputnik, Kyrgyzstan (26 May 2020)": a later separator */
        }
        if (kind >= 0 && !a->dateline) {
            a->dateline = dupn(o, on);
            a->dateline_city = kind;
        } else if (kind == -2 && !a->source) {
            a->source = dupn(o, on);
        }
        /* "By Sayed Jawad - Wed Dec 19 2012, 8:43 pm" under the title: the author's date over a site's clock
         * above the title */
        int byline = a->title && on > 3 && !memcmp(o, "By ", 3) && date_precision(d) == 3;
        if (!a->published.y || (byline && a->published_untitled)) a->published = d, a->published_untitled = 0;
        else header_stamp(a, d);
        return 1;
    }
    return 0;
}

/* Whether the rest of a date line is a short second stamp that starts with
 * a label of data/dates.tsv ("Updated 2 hours ago", "Updated: 24 Nov 2022
 * 09:15"). */
static int stamp_label(const gazetteer *g, const char *s, size_t n)
{
    toklist tl;
    if (!n || n > 48 || ends_sentence(s, n) || toklist_build(&tl, s, n, NULL, NULL) < 0) return 0;
    gaz_hit h;
    int yes = tl.n && gaz_match(g, &tl, 0, tl.n, G_DATE, DK_LABEL, &h);
    toklist_free(&tl);
    return yes;
}

/* Whether line s holds a numeric full date ("20.12.2012", "2012-12-20") and
 * no other number of four digits; sets *d to the first such date. */
static int numeric_date_in(const gazetteer *g, const char *s, size_t n, cdate *d)
{
    toklist tl;
    if (toklist_build(&tl, s, n, NULL, NULL) < 0) return 0;
    int found = 0, years = 0;
    for (size_t i = 0; i < tl.n; i++) {
        const token *t = &tl.t[i];
        if (t->kind != TOK_NUM) continue;
        cdate x;
        if (strpbrk(t->norm, "./-") && date_parse_line(g, s + t->start, t->end - t->start, &x) && date_precision(x) == 3) {
            if (!found) *d = x; /* "Burak Dağ | 23.11.2023 - Update : 24.11.2023": the first is the publication */
            found++;
        }
        else if (strlen(t->norm) == 4)
            years++;
    }
    toklist_free(&tl);
    return found >= 1 && !years;
}

/* Whether line s is a header line of words in capitals (an agency, a city)
 * around one date written out with its year: "AGENCIES   ISTANBUL   Nov 28,
 * 2024 - 6:18 pm GMT+3"; or, under the title (`byline`), a line that ends
 * with such a date: "By Staff Report in Nation on 9 November 2018".  Sets
 * *d. */
static int stamped_date_in(const gazetteer *g, const char *s, size_t n, int byline, cdate *d)
{
    toklist tl;
    if (toklist_build(&tl, s, n, NULL, NULL) < 0) return 0;
    date_hit h[2];
    int caps = 0, other = 0;
    int nd = date_find(g, &tl, 0, tl.n, (cdate){0, 0, 0}, (cdate){0, 0, 0}, &(cdate){0, 0, 0}, h, 2);
    /* "Published 6:41 PM GMT+4, November 23, 2022": a label of data/dates.tsv opens the stamp */
    gaz_hit lh;
    size_t label = tl.n && gaz_match(g, &tl, 0, tl.n, G_DATE, DK_LABEL, &lh) ? lh.end : 0;
    for (size_t i = label; i < tl.n; i++) {
        const token *t = &tl.t[i];
        if (nd >= 1 && i >= h[0].start && i < h[0].end) continue;
        if (t->kind != TOK_WORD) continue;
        if (t->upper) caps++;
        else if (!(nd >= 1 && i >= h[0].end && strlen(t->norm) <= 3)) other++; /* "6:18 pm" after the date */
    }
    const token *before = nd >= 1 && h[0].start > 0 ? &tl.t[h[0].start - 1] : NULL;
    /* "... in Nation on 9 November 2018": a lower-case word right before a date that ends the line (not
     * a site's clock, "Flag Wednesday, 24 April 2024") */
    int ends_byline = byline && before && h[0].end == tl.n && before->kind == TOK_WORD && !before->cap;
    /* not a dateline ("ASTANA, 23 November 2021. KAZINFORM"): no comma before the date */
    int ok = nd >= 1 && date_precision(h[0].date) == 3 && !h[0].relative && (ends_byline || (caps > 0 && !other)) &&
             !(before && !strcmp(before->norm, ",") && !label);
    if (ok) *d = h[0].date;
    toklist_free(&tl);
    return ok;
}

/* "Lilit Avagyan Nov 23, 2022": a byline of two to four capitalised words
 * and the publication date after it, with no separator.  The date must
 * give its year and month; the name is the author's, kept nowhere. */
static int byline_date(const gazetteer *g, const char *s, size_t n, article *a)
{
    if (a->published.y || n >= 64 || ends_sentence(s, n)) return 0;
    for (size_t i = 1; i + 1 < n && i <= 40; i++) {
        if (s[i] != ' ') continue;
        if (s[i - 1] == ',' || s[i - 1] == ':' || s[i - 1] == '|') return 0; /* named_date_line's */
        int lead = 1; /* every word of the name starts with a capital (or a letter outside ASCII) */
        for (size_t k = 0; k < i && lead; k++)
            if (k == 0 || s[k - 1] == ' ')
                lead = isupper((unsigned char)s[k]) || (unsigned char)s[k] >= 0xC0;
        if (!lead || words(s, i) > 4) return 0;
        if (words(s, i) < 2) continue; /* a name and a surname ("Flag Wednesday, 24 April 2024" is a menu) */
        cdate d;
        if (date_parse_line(g, s + i + 1, n - i - 1, &d)) {
            if (!d.y || !d.m) return 0;
            a->published = d;
            return 1;
        }
    }
    return 0;
}

/* Whether a line holds a time of day ("17:05", "9:30"): two digits or one, a colon, two digits. */
static int has_time_of_day(const char *s, size_t n)
{
    for (size_t k = 1; k + 2 < n; k++)
        if (s[k] == ':' && isdigit((unsigned char)s[k - 1]) && isdigit((unsigned char)s[k + 1]) &&
            isdigit((unsigned char)s[k + 2]) && (k + 3 == n || !isdigit((unsigned char)s[k + 3])))
            return 1;
    return 0;
}

/* Eight bytes at a time (SWAR): lanes_in gives, per byte lane, the top bit
 * where the lane of x lies in [lo, hi]; x's top bits are cleared first, so
 * no lane carries into the next.  From it, per lane of the result, 1 where
 * the byte of v is an ASCII letter (letter_lanes) or a lead byte 0xD0-0xD3
 * (cyr_lanes), and has_digit's test. */
#define LANES(b) (0x0101010101010101ull * (b))
static unsigned long long lanes_in(unsigned long long x, unsigned lo, unsigned hi)
{
    return (x + LANES(0x80 - lo)) & ~(x + LANES(0x80 - hi - 1)) & LANES(0x80);
}
static unsigned long long letter_lanes(unsigned long long v)
{
    unsigned long long x = (v | LANES(0x20)) & LANES(0x7F); /* lower case, top bit clear */
    return (lanes_in(x, 'a', 'z') & ~v) >> 7;
}
static unsigned long long cyr_lanes(unsigned long long v)
{
    return (lanes_in(v & LANES(0x7F), 0x50, 0x53) & v) >> 7; /* 0xD0-0xD3 less the top bit: 0x50-0x53 */
}

/* Whether the n bytes at s hold an ASCII digit: eight bytes at a time, the
 * rest one by one. */
static int has_digit(const char *s, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        unsigned long long v;
        memcpy(&v, s + i, 8);
        if (lanes_in(v & LANES(0x7F), '0', '9') & ~v) return 1;
    }
    for (; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9') return 1;
    return 0;
}

/* Whether byte b can be part of a numeric date ("05/10/2007", "01-07-2025", "20.12.2012"): a digit or a separator. */
static int numeric_date_char(char b)
{
    return isdigit((unsigned char)b) || b == '.' || b == '/' || b == '-';
}

/* Whether line s opens with the label of a page's update stamp ("Updated", "Last updated", «Обновлено»,
 * «Последнее обновление»). */
static int update_label(const char *s, size_t n)
{
    static const char *const labels[] = {"Updated ", "Updated:", "Last updated", "Last update", "\xD0\x9E\xD0\xB1\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xBE",
                                         "\xD0\x9F\xD0\xBE\xD1\x81\xD0\xBB\xD0\xB5\xD0\xB4\xD0\xBD\xD0\xB5\xD0\xB5 \xD0\xBE\xD0\xB1\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBB\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5", NULL};
    for (int i = 0; labels[i]; i++) {
        size_t l = strlen(labels[i]);
        if (n > l && !memcmp(s, labels[i], l)) return 1;
    }
    return 0;
}

/* The length of line s without a newspaper's page number at its end (" - Page 6", ", p. 3"; a few words of the site's
 * section after it, " - Page 6 News List"), or n. */
static size_t page_tail(const char *s, size_t n)
{
    static const char *const marks[] = {" - Page ", " \xE2\x80\x93 Page ", " \xE2\x80\x94 Page ", ", Page ", ", page ", ", p. ", NULL};
    for (int i = 0; marks[i]; i++) {
        size_t l = strlen(marks[i]);
        const char *m = memmem(s, n, marks[i], l);
        if (!m) continue;
        size_t k = (size_t)(m - s) + l, d = k;
        while (d < n && isdigit((unsigned char)s[d])) d++;
        if (d == k || d - k > 3) continue;
        /* (and a site's section words after the number: "Sun, Jun 25, 2006 - Page 6 News List") */
        int words = 0, ok = 1;
        for (size_t q = d; q < n && ok; q++) {
            if (s[q] == ' ') words += q + 1 < n && s[q + 1] != ' ';
            else ok = isalpha((unsigned char)s[q]) && q > d;
        }
        if (ok && words <= 3) return (size_t)(m - s);
    }
    return n;
}

/* Whether date d, read on a header line, is the publication: none is known yet, or the one known came from a
 * line above the title and d, a full date under it, is earlier ("• Thu. Dec 7th, 2023" / title / "Nov 22,
 * 2023": the date above was the site's clock, the day the page was read, so the later). */
static int takes_publication(const article *a, cdate d)
{
    return !a->published.y || (a->published_untitled && a->title && date_precision(d) == 3 && date_cmp(d, a->published) < 0);
}

/* The publication date in a header line.  Returns 1 when the line is only
 * metadata (dropped), else 0 after moving *s past a date prefix that is
 * metadata glued to the line's text ("date 2020-12-02 MOSCOW, December 2.
 * /TASS/. ...", "09.09.2021On September 9 ..."), setting *glued. */
/* Whether a line opens with the label of a site's clock ("Today:", «Сегодня:»); *len: its bytes. */
static int clock_label(const char *s, size_t n, size_t *len)
{
    static const char *const labels[] = {"Today:", "today:", "TODAY:", "\xD0\xA1\xD0\xB5\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xBD\xD1\x8F:",
                                         "\xD1\x81\xD0\xB5\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xBD\xD1\x8F:"};
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
        size_t l = strlen(labels[k]);
        if (n > l && !memcmp(s, labels[k], l)) return (int)(*len = l, 1);
    }
    return 0;
}

/* Whether line s is a breadcrumb, parts set off by " » " (two at least),
 * whose parts hold a year, a month and a day one after another ("Главная
 * » 2009 » Август » 4 » ..."); sets *d to that day. */
static int breadcrumb_date(const gazetteer *g, const char *s, size_t n, cdate *d)
{
    static const char sep[] = " \xC2\xBB ";
    const char *part[16];
    size_t len[16], np = 0;
    const char *p = s, *end = s + n;
    while (np < 16) {
        const char *q = memmem(p, (size_t)(end - p), sep, 4);
        part[np] = p;
        len[np++] = (size_t)((q ? q : end) - p);
        if (!q) break;
        p = q + 4;
    }
    if (np < 3) return 0;
    for (size_t i = 0; i + 2 < np; i++) {
        if (len[i] != 4 || !isdigit((unsigned char)part[i][0]) || len[i + 1] > 24 || len[i + 2] > 2 ||
            !isdigit((unsigned char)part[i + 2][0]))
            continue;
        char buf[40];
        int bn = snprintf(buf, sizeof buf, "%.*s %.*s %.*s", (int)len[i + 2], part[i + 2], (int)len[i + 1], part[i + 1],
                          (int)len[i], part[i]);
        if (bn > 0 && (size_t)bn < sizeof buf && date_parse_line(g, buf, (size_t)bn, d) && date_precision(*d) == 3)
            return 1;
    }
    return 0;
}

static int header_date(const gazetteer *g, article *a, const char **s, size_t *n, int header, int *glued)
{
    cdate d;
    int labelled;
    if (!header && a->published.y) return 0; /* below the header, only a first publication date is taken */
    /* every date read below has a number (its day or its year), so a line with no digit (a title, a byline,
     * an outlet's name: most header lines) is none, and not metadata */
    if (!has_digit(*s, *n)) return 0;
    /* "Главная » 2009 » Август » 4 » Саммит ОДКБ: ...", "Home » 2009 » August » 4 » ...": a site's breadcrumb
     * through its archive, the year, the month and the day of the article, a line of the header, no title */
    if (header && breadcrumb_date(g, *s, *n, &d)) {
        header_stamp(a, d);
        return 1;
    }
    /* "Today: Tuesday, 19 March 2024", «Сегодня: Вторник, 19 Марта, 2024 года»: the site's clock, the day the page
     * was read; an earlier date under the title is the article's */
    size_t cl;
    if (header && clock_label(*s, *n, &cl)) {
        const char *r = *s + cl;
        size_t rn = *n - cl;
        trim(&r, &rn);
        if (date_parse_line(g, r, rn, &d)) {
            if (!a->published.y) a->published = d, a->published_untitled = 1;
            return 1;
        }
    }
    /* "- 10:46, 14 октября 2025": a list's dash or bullet before a stamp */
    size_t lead = *n > 2 && (*s)[0] == '-' && (*s)[1] == ' ' ? 2
                  : *n > 4 && (!memcmp(*s, "\xE2\x80\x94 ", 4) || !memcmp(*s, "\xE2\x80\x93 ", 4) ||
                               !memcmp(*s, "\xE2\x80\xA2 ", 4)) ? 4 : 0;
    if (lead) {
        const char *r = *s + lead;
        size_t rn = *n - lead;
        int g2 = 0;
        if (header_date(g, a, &r, &rn, header, &g2) == 1) return 1;
    }
    /* "00:00 04.09.2009 • Бордюжа Н.Н. генеральный секретарь ...": a date, a bullet, and a byline that stays a
     * line of the text */
    const char *bullet = header && *n > 8 ? memmem(*s, *n < 40 ? *n : 40, " \xE2\x80\xA2 ", 5) : NULL;
    if (bullet && (date_parse_line(g, *s, (size_t)(bullet - *s), &d) ||
                   (words(*s, (size_t)(bullet - *s)) <= 3 && numeric_date_in(g, *s, (size_t)(bullet - *s), &d)))) {
        if (!a->published.y) a->published = d;
        *n -= (size_t)(bullet + 5 - *s);
        *s = bullet + 5;
        *glued = 1;
        return 0;
    }
    /* "Updated at 13:53,23-12-2024", «Последнее обновление: 23.11.2024 14:59» as the only stamp: the page's update,
     * taken for the publication until the text says an earlier year (dating.c) */
    if (header && !a->published.y && update_label(*s, *n)) {
        const char *r = *s;
        size_t rn = *n;
        while (rn && !isdigit((unsigned char)*r)) r++, rn--; /* (past the label) */
        int found = 0;
        while (rn && !(found = date_parse_line(g, r, rn, &d))) {
            /* ("at 13:53,23-12-2024": a time, then the date after a comma or a space) */
            const char *sep = memchr(r, ',', rn);
            if (!sep) sep = memchr(r, ' ', rn);
            if (!sep) break;
            rn -= (size_t)(sep + 1 - r);
            r = sep + 1;
        }
        if (found) {
            a->published = d;
            a->published_updated = 1;
            return 1;
        }
    }
    /* ("Sun, Jun 25, 2006 - Page 6": a newspaper's page number after the date) */
    if (*n < 96 && date_parse_line(g, *s, page_tail(*s, *n), &d)) {
        if (takes_publication(a, d)) {
            a->published = d;
            a->published_time = has_time_of_day(*s, *n);
            a->published_untitled = !a->title;
            return 1;
        }
        if (header) header_stamp(a, d);
        return header; /* a second date line in the header ("Updated ...") is metadata too */
    }
    if (!header) {
        /* "Lilit Avagyan Nov 23, 2022" under a dek that ended the header: a byline and its date */
        if (a->title && byline_date(g, *s, *n, a)) return 1;
        /* "Nov. 23, 2023, 1:12 p.m. ET" under a byline, after a dek that ended the header: a short line that
         * is a date and its time stamp is the publication's wherever it stands, until one is known */
        if (a->published.y || !a->title || *n >= 64 || ends_sentence(*s, *n) || words(*s, *n) > 8 ||
            !stamped_date_in(g, *s, *n, 0, &d))
            return 0;
        a->published = d;
        return 1;
    }
    if (named_date_line(g, *s, *n, a)) return 1;
    if (byline_date(g, *s, *n, a)) return 1;
    /* "by May 24, 2018 Market": a byline whose author's name the page lost, its date and a section; under the
     * title it is the article's, before a site's clock above the title */
    if (*n > 3 && *n < 48 && !strncasecmp(*s, "by ", 3)) {
        int lab;
        cdate bd;
        size_t used = date_parse_head(g, *s + 3, *n - 3, &bd, &lab);
        if (used && date_precision(bd) == 3 && words(*s + 3 + used, *n - 3 - used) <= 2 && takes_publication(a, bd)) {
            a->published = bd;
            a->published_untitled = 0;
            return 1;
        }
    }
    /* "Санкт-Петербург, 14 апреля 2025, 18:05 — REGNUM", "12.03.2021 | Interfax": the outlet after a
     * dash or a bar; the rest is a header line of its own */
    for (size_t k = *n; k-- > 2 && k + 48 > *n;) { /* the outlet is short: only the line's last bytes */
        const char *q = *s + k;
        if (q[0] != ' ' || (q[1] != '|' && q[1] != '-' && (unsigned char)q[1] != 0xE2)) continue;
        int dash = !strncmp(q, " — ", 5) || !strncmp(q, " – ", 5) || !strncmp(q, " | ", 3) || !strncmp(q, " - ", 3);
        if (!dash) continue;
        size_t skip = (unsigned char)q[1] == 0xE2 ? 5 : 3;
        const char *tail = q + skip;
        size_t tn = *n - k - skip, digits = 0;
        /* "24.kg news": an outlet may hold digits in a word with letters, but no number ("— 18:05",
         * "| November 20, 2025") */
        for (size_t j = 0, w0 = 0; j <= tn; j++) {
            if (j < tn && tail[j] != ' ') continue;
            int d = 0, l = 0;
            for (size_t q = w0; q < j; q++) d |= isdigit((unsigned char)tail[q]) != 0, l |= isalpha((unsigned char)tail[q]) != 0;
            digits += d && !l;
            w0 = j + 1;
        }
        if (tn == 0 || tn > 40 || digits || words(tail, tn) > 4) break;
        const char *h = *s;
        size_t hn = k;
        int hg = 0;
        if (header_date(g, a, &h, &hn, header, &hg) == 1) return 1;
        break;
    }
    /* "CENTRAL ASIA PROGRAM | POLICY BRIEF No. 14 | January 2014": the last of parts set off by bars */
    const char *last = NULL, *end = *s + *n;
    for (const char *bar = *n > 1 ? memchr(*s + 1, '|', *n - 1) : NULL; bar && bar + 1 < end; /* (a bar: few lines) */
         bar = memchr(bar + 1, '|', (size_t)(end - bar - 1)))
        if (bar[-1] == ' ' && bar[1] == ' ') last = bar + 2;
    if (last && !a->published.y) {
        size_t ln = *n - (size_t)(last - *s);
        trim(&last, &ln);
        if (ln <= 30 && date_parse_line(g, last, ln, &d)) {
            a->published = d;
            return 1;
        }
    }
    /* the title again, with the date after it */
    size_t tn = a->title ? strlen(a->title) : 0;
    if (tn && *n > tn && !memcmp(*s, a->title, tn) && date_parse_line(g, *s + tn, *n - tn, &d)) {
        if (!a->published.y) a->published = d;
        return 1;
    }
    size_t used = date_parse_head(g, *s, *n, &d, &labelled);
    if (used && header && a->published.y) header_stamp(a, d);
    if (used && used < *n) {
        const char *r = *s + used;
        size_t rn = *n - used;
        trim(&r, &rn);
        int c;
        /* "5 февраля 2009, 16:14 [ «Аргументы Недели» ]": the outlet in brackets after the date */
        char close = rn ? r[rn - 1] : 0;
        const char *open = close == ']' ? memchr(*s, '[', *n) : close == ')' ? memchr(*s, '(', *n) : NULL;
        if (!labelled && rn <= 48 && open && open < r + rn - 1) {
            if (!a->published.y) a->published = d;
            return 1;
        }
        /* "November 23, 2022 5:47 PM GMT+4 Updated 2 hours ago": a second stamp after the date */
        if (!labelled && stamp_label(g, r, rn)) {
            if (!a->published.y) a->published = d;
            return 1;
        }
        /* "November 27, 2025, Bishkek": a dateline on a line of its own, its day the report's as
         * "BISHKEK, November 27, 2025 - ..." gives it */
        if (!labelled && (c = city_line(g, r, rn)) >= 0) {
            header_dateline(a, d, r, rn, c);
            return 1;
        }
        /* "16:39, 28 ноября 2019, Bishkek - 24.kg news agency , Aida DZHUMASHOVA": the city, then a dash and the
         * outlet (and its author): a dateline line of the header */
        const char *cn;
        size_t cl;
        if (!labelled && (c = city_dash_outlet(g, r, rn, &cn, &cl)) >= 0) {
            header_dateline(a, d, cn, cl, c);
            return 1;
        }
        if (labelled && !a->published.y) {
            a->published = d;
            *s = r;
            *n = rn;
            *glued = 1;
            return 0;
        }
        /* "2006-06-26 13:24:43 Это случилось как бы между прочим, ...": a stamp with its time of day glued
         * to the text's first sentence */
        if (header && !a->published.y && date_precision(d) == 3 && has_time_of_day(*s, used) && rn > 48 &&
            ends_sentence(r, rn) && (isupper((unsigned char)r[0]) || text_cyr_capital((const unsigned char *)r))) {
            a->published = d;
            a->published_time = 1;
            *s = r;
            *n = rn;
            *glued = 1;
            return 0;
        }
        /* «14 сентября 2021 10:40 2026 Айназик Черикчиева»: a full date and its time of day open the line, a
         * short tail (a view count, an author) follows: the publication's stamp */
        if (!labelled && header && date_precision(d) == 3 && has_time_of_day(*s, used) && rn <= 48 && words(r, rn) <= 5 &&
            !ends_sentence(r, rn) && takes_publication(a, d)) {
            /* (under the title, an earlier stamp than the site's clock above it: «четверг, 25 апреля 2024» / title /
             * «16 апреля 2013 13:18 Просмотров: 7879», the article's) */
            a->published = d;
            a->published_time = 1;
            a->published_untitled = !a->title; /* (above it: "21 February 2024 / 20:31 RU", perhaps a clock) */
            return 1;
        }

        /* "December 2, 2020, Novo-Ogaryovo, Moscow Region", «2 декабря 2020 года, Ново-Огарёво, Московская
         * область»: the date and a place the gazetteer need not know, the whole line a stamp (capitalised words
         * set off by a comma, no sentence) */
        const char *comma = memchr(*s + (used > 2 ? used - 2 : 0), ',', used > 2 ? 2 : used);
        if (!labelled && header && !a->published.y && rn >= 2 && rn <= 48 && words(r, rn) <= 5 &&
            !ends_sentence(r, rn) && (r[0] == ',' || comma)) {
            const char *w = r[0] == ',' ? r + 1 : r;
            while (w < r + rn && *w == ' ') w++;
            if (w < r + rn && (isupper((unsigned char)*w) || (unsigned char)*w == 0xD0)) {
                a->published = d;
                return 1;
            }
        }
    }
    /* a line of the header (above or under the title) with a numeric date among other words, the issue of a
     * newspaper or a byline ("Газета «Коммерсантъ» №240 от 20.12.2012, стр. 6"): the publication date */
    if (!a->published.y && (a->title || header) && *n < 120 && !ends_sentence(*s, *n) && words(*s, *n) <= 12 &&
        (numeric_date_in(g, *s, *n, &d) || stamped_date_in(g, *s, *n, a->title != NULL, &d))) {
        a->published = d;
        return 1;
    }
    /* a numeric date glued to the first word */
    size_t k = 0;
    while (k < *n && k < 11 && numeric_date_char((*s)[k])) k++;
    if (!a->published.y && k >= 8 && k < *n && isupper((unsigned char)(*s)[k]) && date_parse_line(g, *s, k, &d)) {
        a->published = d;
        *s += k;
        *n -= k;
        *glued = 1;
        return 0;
    }
    /* "Uzbekistan05/10/2007OSCE SG to attend CSTO summit in Dushanbe": a section's name, a numeric date and the
     * title glued into one line; the title goes on as the line */
    for (size_t i = 1; !a->published.y && header && i + 8 < *n && i < 32; i++) {
        const char *p = *s;
        if (!isdigit((unsigned char)p[i]) || !isalpha((unsigned char)p[i - 1])) continue;
        size_t k = i;
        while (k < *n && k < i + 10 && numeric_date_char(p[k])) k++;
        if (k - i >= 8 && k < *n && isupper((unsigned char)p[k]) && words(p, i) <= 3 &&
            date_parse_line(g, p + i, k - i, &d) && date_precision(d) == 3) {
            a->published = d;
            *s += k;
            *n -= k;
            *glued = 1;
            return 0;
        }
        break; /* (only the first number of the line) */
    }
    /* "The Diplomat01-07-2025": an outlet's name with a numeric date glued after it, the whole line */
    size_t t = *n;
    while (t > 0 && t + 10 > *n && numeric_date_char((*s)[t - 1])) t--;
    if (!a->published.y && header && t > 0 && *n - t >= 8 && isalpha((unsigned char)(*s)[t - 1]) && words(*s, t) <= 4 &&
        date_parse_line(g, *s + t, *n - t, &d) && date_precision(d) == 3) {
        a->published = d;
        if (!a->source) a->source = dupn(*s, t);
        return 1;
    }
    return 0;
}

static void host_of(const char *u, size_t n, sbuf *out)
{
    const char *p = strstr(u, "://");
    if (!p || (size_t)(p - u) > n) return;
    p += 3;
    const char *e = p;
    while ((size_t)(e - u) < n && *e != '/' && *e != ':' && *e != '>') e++;
    if (e - p > 4 && !strncmp(p, "www.", 4)) p += 4;
    else if (e - p > 3 && !strncmp(p, "en.", 3)) p += 3;
    sbuf_append(out, p, (size_t)(e - p));
}

/* Title-cases an agency name written in capitals ("KAZINFORM" -> "Kazinform");
 * mixed-case names ("BelTA", "AKIpress") are kept as written. */
static char *agency_name(const char *w, size_t n)
{
    int lower = n <= 4; /* short capitals are an acronym: TASS */
    for (size_t i = 0; i < n; i++) if (w[i] >= 'a' && w[i] <= 'z') lower = 1;
    sbuf s = {0};
    for (size_t i = 0; i < n; i++)
        sbuf_putc(&s, (char)(i && !lower ? tolower((unsigned char)w[i]) : w[i]));
    return sbuf_steal(&s);
}

/* A dateline that gives its date first: a day and month at the line's
 * start, a comma, a city, then an agency between slashes or brackets
 * ("12 марта, Минск /Корр. БЕЛТА/.", "12 March, Minsk (BelTA)"): the
 * agency tells it from a sentence that opens with a date and a city.  Sets
 * *date and *city (the city's hit). */
static int date_lead(const gazetteer *g, const toklist *tl, date_hit *date, gaz_hit *city)
{
    cdate none = {0, 0, 0};
    if (date_find(g, tl, 0, tl->n, none, none, &(cdate){0, 0, 0}, date, 1) != 1 || date->start != 0 ||
        !date->date.m || !date->date.d)
        return 0;
    size_t k = date->end;
    if (k + 2 >= tl->n || strcmp(tl->t[k].norm, ",") || !gaz_match(g, tl, k + 1, tl->n, G_CITY, -1, city) ||
        city->start != k + 1 || city->end >= tl->n)
        return 0;
    const char *next = tl->t[city->end].norm;
    return !strcmp(next, "/") || !strcmp(next, "(");
}

/* Records a dateline found at bytes [off, end) of the text: the city as
 * written (name, n bytes; gazetteer hit city), its date d (perhaps without
 * a year) and the agency (*agency is stolen when the header named no
 * source).  A date with no year takes the header's year, and completes or
 * corrects the header's date. */
static void set_dateline(article *a, size_t off, size_t end, const char *name, size_t n, int city, cdate d,
                         char **agency)
{
    a->dateline_start = off;
    a->dateline_end = end;
    a->dateline = strndup(name, n);
    a->dateline_city = city;
    if (d.m && d.d && !d.y && a->published.y && (a->published.m != d.m || a->published.d != d.d))
        /* "Released on 2013-04-30" then "Date | 2011-10-26 17:26:06", and the dateline "MINSK, October 26": the
         * stamp whose day the dateline gives is the report's */
        for (int i = 0; i < a->header_nother; i++)
            if (a->header_other[i].m == d.m && a->header_other[i].d == d.d) {
                a->published = a->header_other[i];
                break;
            }
    a->dateline_date = d.y || !d.m ? d : date_complete(d, a->published);
    if (!a->source && *agency) { a->source = *agency; *agency = NULL; }
    if (d.m && !d.y && a->published.y) {
        /* a dateline without a year takes the header date's year (December's dateline, January's header: the year before) */
        cdate c = date_complete(d, a->published);
        cdate p = a->published;
        if (date_precision(p) < 3 && date_compatible(c, p)) a->published = c;
        /* "12/02/2020" read day first, and the dateline says "December 2": the header was month first */
        else if (date_precision(p) == 3 && d.d && p.m == d.d && p.d == d.m && p.m != p.d) a->published = (cdate){p.y, d.m, d.d};
    } else if (!a->published.m && d.m) {
        a->published = d; /* the year stays unknown */
    }
}

/* A dateline in brackets opening a line, the agency first: "(RIA Novosti –
 * SOCHI, September 23, 2013) Russian President ...", "(Trend - BAKU, May 5)":
 * at most five words of agency and a dash, or none (a dash alone too), then a
 * city, a comma and a date with its month, and the closing bracket. */
static int bracket_dateline_at(const gazetteer *g, article *a, size_t off)
{
    const char *text = a->text + off;
    size_t n = a->len - off < 120 ? a->len - off : 120, close = 1;
    if (n < 8 || text[0] != '(') return 0;
    while (close < n && text[close] != ')' && text[close] != '\n') close++;
    if (close >= n || text[close] != ')') return 0;
    toklist tl;
    if (toklist_build(&tl, text + 1, close - 1, NULL, NULL) < 0) return 0;
    int found = 0;
    size_t c = 0; /* the city's first token: after the agency's dash */
    for (size_t i = 0; i < tl.n && i <= 5; i++)
        if (!strcmp(tl.t[i].norm, "-")) { c = i + 1; break; }
        else if (tl.t[i].kind != TOK_WORD || !tl.t[i].cap) break;
    gaz_hit h;
    date_hit dh;
    cdate none = {0, 0, 0};
    if (gaz_match(g, &tl, c, tl.n, G_CITY, -1, &h) && h.start == c && h.end + 1 < tl.n &&
        !strcmp(tl.t[h.end].norm, ",") &&
        date_find(g, &tl, h.end + 1, tl.n, none, none, &(cdate){0, 0, 0}, &dh, 1) == 1 && dh.start == h.end + 1 &&
        dh.date.m && dh.end == tl.n) {
        /* (the agency's words end before the dash at c - 1: none when the dash opens the brackets) */
        char *agency = c >= 2 ? agency_name(text + 1 + tl.t[0].start, tl.t[c - 2].end - tl.t[0].start) : NULL;
        found = 1;
        set_dateline(a, off, off + close + 1, text + 1 + tl.t[h.start].start, tl.t[h.end - 1].end - tl.t[h.start].start,
                     h.val, dh.date, &agency);
        free(agency);
    }
    toklist_free(&tl);
    return found;
}

/* A dateline at the start of a line of the text at `off` (the first line
 * when `first`): a city, then in any order a date
 * ("November 23", "30 November"), an agency ("/TASS/", "(BelTA)",
 * "KAZINFORM", "ARMENPRESS") and punctuation, ended by a dash, a full stop or
 * the first ordinary word: "MOSCOW, November 23. /TASS/. The ...",
 * "BISHKEK (AKIpress) - The ...", "ASTANA – The ...". */
/* "Moscow: Russia-led CSTO, a group of ... today said ...": a city that opens the line (h), a colon right after it
 * and a capitalised word, a wire's dateline as some outlets write it. */
static int city_colon(const toklist *tl, const gaz_hit *h)
{
    return h->start == 0 && h->end + 1 < tl->n && !strcmp(tl->t[h->end].norm, ":") && tl->t[h->end + 1].cap &&
           tl->t[h->end].start == tl->t[h->end - 1].end;
}

static int dateline_at(const gazetteer *g, article *a, size_t off, int first)
{
    toklist tl;
    const char *text = a->text + off;
    size_t n = a->len - off < 160 ? a->len - off : 160; /* a dateline is short */
    /* the forms that do not open with a city, told by their punctuation before any tokenising: a date
     * first, then a comma and an agency in slashes or brackets (date_lead); a country, then two commas */
    size_t look = n < 80 ? n : 80, commas = 0, slash = 0;
    for (size_t q = 0; q < look && text[q] != '\n'; q++) {
        commas += text[q] == ',';
        slash |= commas && (text[q] == '/' || text[q] == '(');
    }
    int digit = n && text[0] >= '0' && text[0] <= '9' && slash; /* date_lead */
    unsigned starts = 1u << G_CITY | (commas >= 2 ? 1u << G_COUNTRY : 0);
    if ((!digit && !gaz_text_may_start(g, text, n, starts)) || toklist_build(&tl, text, n, NULL, NULL) < 0) return 0;
    gaz_hit h;
    int found = 0;
    cdate d = {0, 0, 0};
    date_hit first_date;
    if (tl.n < 3) goto cleanup;
    gaz_hit country;
    if (digit && date_lead(g, &tl, &first_date, &h)) {
        d = first_date.date; /* "12 марта, Минск /Корр. БЕЛТА/.": the date first */
    } else if (gaz_match(g, &tl, 0, tl.n, G_COUNTRY, -1, &country) && country.end + 1 < tl.n &&
               !strcmp(tl.t[country.end].norm, ",") && gaz_match(g, &tl, country.end + 1, tl.n, G_CITY, -1, &h) &&
               h.start == country.end + 1 && h.end + 1 < tl.n && !strcmp(tl.t[h.end].norm, ",") &&
               date_find(g, &tl, h.end + 1, tl.n, (cdate){0, 0, 0}, (cdate){0, 0, 0}, &(cdate){0, 0, 0}, &first_date, 1) == 1 &&
               first_date.start == h.end + 1 && first_date.date.m) {
        /* "Azerbaijan, Baku, June 14 / Trend /": the country, the city, the date (the loop reads on) */
    } else if (!gaz_match(g, &tl, 0, tl.n, G_CITY, -1, &h)) {
        goto cleanup;
    } else if (!(tl.t[0].upper || (first && h.end < tl.n) || city_colon(&tl, &h))) {
        /* after the first line, only a city in capitals ("MOSCOW, November 30. /TASS/."), or one followed
         * by a comma and a day ("Bishkek, November 28, 2019 / Kabar /.", "Bishkek, Jun 26 / AKIpress / -"
         * under a byline: the loop below still wants an agency, a dash or a full stop after it), or by full
         * stops around the day ("Almaty. May 6. Kazakhstan Today - Informal meetings ...") */
        date_hit y;
        int stop = h.end + 1 < tl.n && !strcmp(tl.t[h.end].norm, ".");
        /* (or by its country and an agency in brackets: "Cholpon-Ata, Kyrgyzstan (AFP) July 31, 2009" under "by Staff
         * Writers") */
        size_t b = h.end;
        gaz_hit hc;
        if (b + 1 < tl.n && !strcmp(tl.t[b].norm, ",") && gaz_match(g, &tl, b + 1, tl.n, G_COUNTRY, -1, &hc) && hc.start == b + 1)
            b = hc.end;
        /* (or by an agency in brackets right after the city: "Washington DC (UPI) Jun 25, 2006") */
        int bracketed = b < tl.n && !strcmp(tl.t[b].norm, "(");
        if (!bracketed && !(h.end + 1 < tl.n && (!strcmp(tl.t[h.end].norm, ",") || stop) &&
              date_find(g, &tl, h.end + 1, tl.n, (cdate){0, 0, 0}, (cdate){0, 0, 0}, &(cdate){0, 0, 0}, &y, 1) == 1 &&
              y.start == h.end + 1 && y.date.m && y.date.d &&
              /* (the full stop after the day, or the date's own: «Бишкек. 18 апреля. Kazakhstan Today -») */
              (!stop || (y.end < tl.n && !strcmp(tl.t[y.end].norm, ".")) || !strcmp(tl.t[y.end - 1].norm, "."))))
            goto cleanup;
    }
    size_t k = h.end, city_end = h.end, city_start = h.start;
    int ok = 0, city = h.val;
    char *agency = NULL;
    for (int guard = 0; guard < 12 && k < tl.n; guard++) {
        const token *t = &tl.t[k];
        date_hit dh;
        cdate none = {0, 0, 0};
        if (!strcmp(t->norm, "-")) { ok = 1; k++; break; }       /* "ASTANA – The" */
        if (k == city_end && city_colon(&tl, &h)) { ok = 1; k++; break; } /* "Moscow: Russia-led CSTO ..." */
        if (!strcmp(t->norm, ",") || !strcmp(t->norm, ".")) { ok = ok || !strcmp(t->norm, "."); k++; continue; }
        gaz_hit ch; /* "CHISINAU, Moldova (AP) —": the city's country, right after it */
        if (k == city_end + 1 && gaz_match(g, &tl, k, tl.n, G_COUNTRY, -1, &ch) && ch.start == k) { k = ch.end; continue; }
        if (!strcmp(t->norm, "/") && k == city_end && !d.m &&
            date_find(g, &tl, k + 1, tl.n, none, none, &(cdate){0, 0, 0}, &dh, 1) == 1 && dh.start == k + 1 &&
            dh.date.m) {
            k++; /* "YEREVAN/NOV. 23 2022 (The Bulletin) —": a slash between the city and its date */
            continue;
        }
        /* "MOSCOW (UrduPoint News / Sputnik - 26th May, 2020) The next meeting ...": the agency and the report's
         * date in brackets right after the city */
        if (!strcmp(t->norm, "(") && k == city_end && !d.m) {
            size_t q = k + 1;
            while (q < tl.n && q <= k + 14 && !tl.t[q].nl && strcmp(tl.t[q].norm, ")")) q++;
            if (q < tl.n && q <= k + 14 && !tl.t[q].nl &&
                date_find(g, &tl, k + 1, q, none, none, &(cdate){0, 0, 0}, &dh, 1) == 1 && dh.date.m && dh.date.y &&
                dh.end == q && dh.start > k + 1) {
                size_t w = dh.start;
                while (w > k + 1 && tl.t[w - 1].kind != TOK_WORD) w--;
                if (w > k + 1) {
                    free(agency);
                    agency = agency_name(text + tl.t[w - 1].start, tl.t[w - 1].end - tl.t[w - 1].start);
                    d = dh.date;
                    ok = 1;
                    k = q + 1;
                    continue;
                }
            }
        }
        if (!strcmp(t->norm, "(") || !strcmp(t->norm, "/")) {
            /* "/TASS/", "(AKIpress)"; several words on one line ("/Корр. БЕЛТА/", "/НИАТ «Ховар»/"):
             * the agency is the last word */
            size_t q = k + 1, w = 0;
            for (; q < tl.n && q <= k + 6 && !tl.t[q].nl && strcmp(tl.t[q].norm, t->norm[0] == '(' ? ")" : "/"); q++)
                if (tl.t[q].kind == TOK_WORD) w = q;
            if (w && q < tl.n && q <= k + 6 && !tl.t[q].nl) {
                free(agency);
                agency = agency_name(text + tl.t[w].start, tl.t[w].end - tl.t[w].start);
                ok = 1;
                k = q + 1;
                continue;
            }
        }
        if (date_find(g, &tl, k, tl.n, none, none, &(cdate){0, 0, 0}, &dh, 1) == 1 && dh.start == k && dh.date.m) {
            if (d.m) break; /* "ДУШАНБЕ, 14.09.2021 /Ховар/. 16 сентября ...": the text's first date is its own */
            d = dh.date;
            k = dh.end;
            continue;
        }
        /* "Москва, 14 мая, 2020, 13:53 — ИА Регнум.": the year after a comma, then the time of day */
        if (d.m && t->kind == TOK_NUM && k > 0 && !strcmp(tl.t[k - 1].norm, ",")) {
            long v = strtol(t->norm, NULL, 10);
            if (!d.y && t->end - t->start == 4 && v >= 1900 && v <= 2100) {
                d.y = (int)v;
                k++;
                continue;
            }
            if (strchr(t->norm, ':')) { /* (one token, "13:53") */
                k++;
                continue;
            }
        }
        if (d.m && t->cap && t->kind == TOK_WORD) {
            /* after the date, an agency in capitalised words up to a spaced dash: "DUSHANBE,
             * August 24, 2021, Asia-Plus – An ..." (a hyphen inside the name is glued) */
            size_t q = k;
            while (q < tl.n && q < k + 6 && !tl.t[q].nl &&
                   ((tl.t[q].kind == TOK_WORD && tl.t[q].cap) ||
                    (!strcmp(tl.t[q].norm, "-") && q > k && tl.t[q].start == tl.t[q - 1].end && q + 1 < tl.n &&
                     tl.t[q + 1].start == tl.t[q].end)))
                q++;
            if (q > k && q < tl.n && !tl.t[q].nl && !strcmp(tl.t[q].norm, "-") && tl.t[q].start > tl.t[q - 1].end) {
                free(agency);
                agency = agency_name(text + t->start, tl.t[q - 1].end - t->start);
                k = q;
                continue;
            }
        }
        if (t->upper && t->kind == TOK_WORD && k + 1 < tl.n && !gaz_match(g, &tl, k, tl.n, -1, -1, &h) &&
            (tl.t[k + 1].kind == TOK_PUNCT || !tl.t[k + 1].upper)) {
            free(agency);
            agency = agency_name(text + t->start, t->end - t->start);
            ok = 1;
            k++;
            continue;
        }
        break;
    }
    if (ok) {
        found = 1;
        /* its bytes: a date there is the report's, not an event's (on any of the lines read, after a
         * headline too: "Rahmon to attend summit\n\nAuthor: X\n\nDUSHANBE, November 22 - ...") */
        set_dateline(a, off, off + (k < tl.n ? tl.t[k].start : n), text + tl.t[city_start].start,
                     tl.t[city_end - 1].end - tl.t[city_start].start, city, d, &agency);
    }
    free(agency);
cleanup:
    toklist_free(&tl);
    return found;
}

/* "June 22, 2006 -- Leaders of several former Soviet republics are gathering ...", «22.06.2006 — Лидеры ...»: a
 * full date opens one of the text's first lines, then a spaced dash and a capitalised word: the report's date
 * with no city, so a dateline's bytes (no event's date) and, when the header gave none, the publication's. */
static int date_dash_at(const gazetteer *g, article *a, size_t off)
{
    const char *text = a->text + off;
    size_t n = a->len - off < 80 ? a->len - off : 80;
    if (!n || !(isdigit((unsigned char)text[0]) || isupper((unsigned char)text[0]) || (unsigned char)text[0] == 0xD0))
        return 0;
    toklist tl;
    if (toklist_build(&tl, text, n, NULL, NULL) < 0) return 0;
    date_hit dh;
    cdate none = {0, 0, 0};
    int found = 0;
    if (date_find(g, &tl, 0, tl.n, none, none, &(cdate){0, 0, 0}, &dh, 1) == 1 && dh.start == 0 &&
        date_precision(dh.date) == 3 && !dh.relative && dh.end < tl.n && tl.t[dh.end].start > tl.t[dh.end - 1].end) {
        size_t k = dh.end;
        while (k < tl.n && k < dh.end + 2 && (!strcmp(tl.t[k].norm, "-") || !strcmp(tl.t[k].norm, "--"))) k++;
        if (k > dh.end && k < tl.n && !tl.t[k].nl && tl.t[k].kind == TOK_WORD && tl.t[k].cap &&
            tl.t[k].start > tl.t[k - 1].end) {
            found = 1;
            a->dateline_start = off;
            a->dateline_end = off + tl.t[k].start;
            a->dateline_date = dh.date;
            if (!a->published.y) a->published = dh.date;
        }
    }
    toklist_free(&tl);
    return found;
}

/* The dateline at the start of one of the first five lines of the text (a
 * headline, a byline and a section may come first). */
static void find_dateline(const gazetteer *g, article *a)
{
    size_t off = 0;
    for (int line = 0; line < 5 && off < a->len && off < 800; line++) {
        if (line < 2 && date_dash_at(g, a, off)) return;
        if (dateline_at(g, a, off, line == 0) || bracket_dateline_at(g, a, off)) return;
        /* «Главы МИД ... обсудят повестку сессии ОДКБ 7 декабря, Москва /Эдуард Пивовар - БЕЛТА/. Совместное ...»:
         * the title again, the dateline glued after it */
        size_t tn = a->title ? strlen(a->title) : 0;
        if (tn && off + tn + 1 < a->len && !memcmp(a->text + off, a->title, tn) && a->text[off + tn] == ' ' &&
            dateline_at(g, a, off + tn + 1, 0))
            return;
        const char *nl = memchr(a->text + off, '\n', a->len - off);
        if (!nl) return;
        off = (size_t)(nl - a->text) + 1;
        while (off < a->len && a->text[off] == '\n') off++;
    }
}

/* "Source: CCTV.com | 02-05-2009 14:45": a numeric date with dashes or
 * slashes whose first two numbers could each be the month is read day first
 * (dates.c parse_numeric), but some sites write the month first.  When the
 * text's own dates (a day and a month named, in that year) fall in the ten days up to
 * the month-first reading and none in the ten days up to the day-first one
 * ("... during the session in Moscow February 4, 2009"), the site writes the
 * month first.  Only the header's first bytes are searched for the date. */
static void numeric_order(const gazetteer *g, article *a, const char *raw, size_t len)
{
    cdate p = a->published;
    if (date_precision(p) != 3 || p.d > 12 || p.d == p.m) return;
    char pat[4][24];
    snprintf(pat[0], sizeof pat[0], "%02d-%02d-%04d", p.d, p.m, p.y);
    snprintf(pat[1], sizeof pat[1], "%02d/%02d/%04d", p.d, p.m, p.y);
    snprintf(pat[2], sizeof pat[2], "%d-%d-%04d", p.d, p.m, p.y);
    snprintf(pat[3], sizeof pat[3], "%d/%d/%04d", p.d, p.m, p.y);
    size_t hn = len < 2048 ? len : 2048;
    int numeric = 0;
    for (int k = 0; k < 4 && !numeric; k++) {
        const char *f = memmem(raw, hn, pat[k], strlen(pat[k]));
        numeric = f && (f == raw || !isdigit((unsigned char)f[-1]));
    }
    if (!numeric) return;
    cdate alt = {p.y, p.d, p.m};
    toklist tl;
    if (toklist_build(&tl, a->text, a->len, NULL, NULL) < 0) return;
    date_hit h[32];
    cdate told = {0, 0, 0};
    int n = date_find(g, &tl, 0, tl.n, (cdate){0, 0, 0}, (cdate){0, 0, 0}, &told, h, 32), near_p = 0, near_alt = 0;
    /* (ten days before, then a month: "(01/11/2012 issue ...)" over a summit "on December 20, 2011" is January 11) */
    for (int days = 10; days <= 31 && !near_p && !near_alt; days += 21)
        for (int k = 0; k < n; k++) {
            cdate t = h[k].date;
            if (!t.y) t.y = p.y; /* "ASTANA, Kazakhstan, January 10": the dateline's day, the year both readings share */
            if (h[k].relative || date_precision(t) != 3) continue;
            near_p += date_cmp(t, p) <= 0 && date_cmp(t, date_add_days(p, -days)) >= 0;
            near_alt += date_cmp(t, alt) <= 0 && date_cmp(t, date_add_days(alt, -days)) >= 0;
        }
    if (near_alt && !near_p) a->published = alt;
    toklist_free(&tl);
}

/* Whether a line is a paragraph: 200 bytes or more holding two sentence
 * breaks (a full stop, a space, a capital) or more, however it ends (a page
 * cut off mid-word, "... Господин Бакиев убеж", is text, not a headline), or
 * one when it ends as a sentence or a colon does ("... Станислав Зась
 * рассказал журналистам после мероприятия. Он отметил, что ...:") or stops
 * on a letter, cut off ("... the following day's CSTO session for the
 * countries' heads of s"). */
static int paragraph_line(const char *s, size_t n)
{
    if (n < 200) return 0;
    int breaks = 0;
    for (size_t i = 0; i + 2 < n && breaks < 2; i++)
        if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i + 1] == ' ' &&
            (isupper((unsigned char)s[i + 2]) || text_cyr_capital((const unsigned char *)s + i + 2)))
            breaks++;
    if (breaks >= 2 || (breaks == 1 && (s[n - 1] == '.' || s[n - 1] == ':'))) return 1;
    /* (cut off: 200 characters, not bytes: a two-part headline in Cyrillic is 200 bytes at 110 letters) */
    size_t chars = 0;
    for (size_t i = 0; i < n; i++) chars += ((unsigned char)s[i] & 0xC0) != 0x80;
    unsigned char z = (unsigned char)s[n - 1];
    return breaks == 1 && chars >= 200 && (isalnum(z) || z >= 0x80);
}

/* The next line of [p, end), trimmed, in *s / *n: 0 when the next line is blank or there is none. */
static int next_line(const char *p, const char *end, const char **s, size_t *n)
{
    if (p >= end) return 0;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *s = p;
    *n = (size_t)((nl ? nl : end) - p);
    trim(s, n);
    return *n > 0;
}

/* Whether line b goes on with the sentence line a leaves open, a hard wrap inside a paragraph ("On May 15, Russian
 * President Vladimir Putin" / "opened in Moscow the 10th anniversary meeting", "by the provisional government of" /
 * "Kyrgyzstan to stabilise"): a ends no sentence and b opens with a lower-case letter, or a ends with a comma or a
 * word that cannot end one (of, the, and, ...). */
static int soft_wrap(const char *a, size_t an, const char *b, size_t bn)
{
    if (!an || !bn || ends_sentence(a, an)) return 0;
    char last = a[an - 1];
    if (last == ':' || last == ';' || last == '!' || last == '?' || last == '"' || last == ')') return 0;
    unsigned char b0 = (unsigned char)b[0];
    if (islower(b0)) return 1;
    if (b0 == 0xD0 && bn > 1 && (unsigned char)b[1] >= 0xB0 && (unsigned char)b[1] <= 0xBF) return 1; /* а-п */
    if (b0 == 0xD1 && bn > 1 && (unsigned char)b[1] >= 0x80 && (unsigned char)b[1] <= 0x8F) return 1; /* р-я */
    if (last == ',') return !isdigit(b0);
    static const char *const open_words[] = {" of", " the", " and", " a", " an", " in", " on", " to", " by", " for",
                                             " with", " at", " from", " that", NULL};
    for (int i = 0; open_words[i]; i++) {
        size_t l = strlen(open_words[i]);
        if (an > l && !memcmp(a + an - l, open_words[i], l)) return 1;
    }
    return 0;
}

/* Whether a line opens with a dateline: a city written in capitals, then a
 * comma or a dash ("MOSCOW, November 30", «ЕРЕВАН, 27 ноя -»), and goes on
 * past it as a sentence (long): a lede, never a headline. */
static int opens_with_dateline(const gazetteer *g, const char *s, size_t n)
{
    if (n < 80) return 0;
    toklist tl;
    if (toklist_build(&tl, s, n < 64 ? n : 64, NULL, NULL) < 0) return 0;
    gaz_hit h;
    int yes = tl.n > 2 && tl.t[0].upper && gaz_match(g, &tl, 0, tl.n, G_CITY, -1, &h) && h.end < tl.n &&
              (!strcmp(tl.t[h.end].norm, ",") || !strcmp(tl.t[h.end].norm, "-"));
    toklist_free(&tl);
    return yes;
}

/* Whether [s, s+n) is a line of four or more words in lower-case letters and nothing else, no capital, digit or
 * punctuation ("путин одкб саммит встреча лидеры", a page's tags; "print version send link by email", its menu):
 * no sentence of an article, when it is a paragraph of its own (a subheading of three, "top priorities identified",
 * is kept). */
static int tag_line(const char *s, size_t n)
{
    int spaces = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)s[i];
        if (b == ' ') { spaces++; continue; }
        if (b >= 'a' && b <= 'z') continue;
        if (i + 1 < n && text_cyr_small((const unsigned char *)s + i)) {
            i++;
            continue;
        }
        return 0;
    }
    return spaces >= 3;
}

/* Whether the line that starts at p (up to end) is blank, or there is none. */
static int blank_next(const char *p, const char *end)
{
    for (; p < end && *p != '\n'; p++)
        if (!isspace((unsigned char)*p)) return 0;
    return 1;
}

int article_parse(const gazetteer *g, const char *id, const char *raw, size_t len, article *a,
                  char *err, size_t errlen)
{
    memset(a, 0, sizeof *a);
    a->dateline_city = -1;
    size_t bad;
    if (utf8_check(raw, len, &bad) < 0) {
        if (memchr(raw, '\0', len)) snprintf(err, errlen, "binary file (NUL byte at offset %zu)", bad);
        else snprintf(err, errlen, "not valid UTF-8 (byte offset %zu)", bad);
        return -1;
    }
    if (len >= 3 && !memcmp(raw, "\xEF\xBB\xBF", 3)) { raw += 3; len -= 3; }
    a->id = strdup(id);
    sbuf text = {0};
    sbuf_reserve(&text, len); /* (the text is the raw file less its header: one allocation, not a doubling per line) */
    int blank = 1, header = 1, have_title = 0, links = 0;
    const char *p = raw, *end = raw + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        const char *s = p;
        size_t n = (size_t)(le - p);
        p = nl ? nl + 1 : end;
        trim(&s, &n);
        if (!n) { blank = 1; links = 0; continue; }
        /* after "Read also": other articles' headlines, which end no sentence, up to a blank line */
        if (links && !ends_sentence(s, n)) continue;
        links = 0;
        int bp = gaz_is_boilerplate(g, s, n);
        if (bp == 2) links = 1;
        if (bp) continue;
        /* ". Military Space News .": a site's banner between full stops, above its headline */
        if (n > 4 && n < 64 && s[0] == '.' && s[1] == ' ' && s[n - 1] == '.' && s[n - 2] == ' ') continue;
        if (blank && blank_next(p, end) && tag_line(s, n)) continue;
        const char *u;
        size_t un;
        if (is_url_line(s, n, &u, &un)) {
            if (!a->url) a->url = dupn(u, un);
            continue;
        }
        /* publication-date lines come before the title ("date 2022-12-04", "30 Nov 2017 12:44") */
        int glued = 0;
        if (header_date(g, a, &s, &n, header, &glued)) continue;
        if (!n) continue;
        const char *ns;
        size_t nn;
        /* (a first line that a hard wrap cuts inside a sentence, "On May 15, Russian President Vladimir Putin" /
         * "opened in Moscow the 10th anniversary meeting ...", is the text's, no headline) */
        if (!have_title && !text.len && !(next_line(p, end, &ns, &nn) && soft_wrap(s, n, ns, nn))) {
            have_title = 1;
            /* a sentence glued after a date is the lede, not a title; so is a line that
             * opens with an agency dateline («ЕРЕВАН, 27 ноя - Sputnik. Заседание ...») */
            if ((!ends_sentence(s, n) || (n <= 150 && p < end && !glued)) && !opens_with_dateline(g, s, n) &&
                !paragraph_line(s, n)) {
                a->title = dupn(s, n);
                /* a title that is a whole sentence is the lede too: its facts are read (but a question, "Three
                 * Summits, One Question: What Is the CSTO For?", is a headline: the header goes on) */
                /* (nor one that tells what a titled person said or did there: heading_person) */
                if ((!ends_sentence(s, n) || s[n - 1] == '?') && !heading_person(g, s, n)) continue;
            }
        }
        else if (a->title && strlen(a->title) == n && !memcmp(a->title, s, n)) continue;
        /* "Trend, Azerbaijan" / "May 27 2013" / "CSTO FMs sign joint declaration ...": a first line that is an outlet
         * and its place, a date line, then a line that ends no sentence: that line is the headline, the first the
         * source */
        else if (a->title && !text.len && header && a->published.y && !ends_sentence(s, n) && n <= 150 &&
                 words(s, n) >= 3 && !opens_with_dateline(g, s, n) &&
                 outlet_place_line(g, a->title, strlen(a->title))) {
            if (!a->source) a->source = a->title;
            else free(a->title);
            a->title = dupn(s, n);
            continue;
        }
        if (header) {
            int c;
            if (!a->dateline && (c = city_line(g, s, n)) >= 0) {
                a->dateline = dupn(s, n);
                a->dateline_city = c;
                continue;
            }
            /* a headline of many words does not end it; a sentence or a paragraph does */
            if (ends_sentence(s, n) || n >= 200) header = 0;
        }
        /* "... Foreign Ministers Review Coordinated Policies“Kazakhstan considers ...": the headline again, glued to
         * the first sentence with no space, is no words of it */
        size_t hl = a->title && !header ? strlen(a->title) : 0;
        if (hl >= 16 && n > hl + 1 && !memcmp(s, a->title, hl) && !isspace((unsigned char)s[hl]) &&
            !isalnum((unsigned char)s[hl])) {
            s += hl;
            n -= hl;
        }
        if (text.len) sbuf_append(&text, blank ? "\n\n" : "\n", blank ? 2 : 1);
        sbuf_append(&text, s, n);
        blank = 0;
    }
    /* "Foreign Minister Sergey Lavrov's remarks ... following the meeting of the CSTO Foreign Ministers Council
     * (Almaty, June 21, 2024)": a headline that ends with its place and date in brackets dates the report when
     * nothing else did */
    /* (and a headline's date a few days before the page's stamp, "Speech by the Foreign Minister ..., Moscow, 3
     * April 2014" above "8-04-2014, 13:19": the day of the speech, whose "today" the text says, posted later) */
    if (a->title) {
        const char *t = a->title, *close = t + strlen(t);
        while (close > t && isspace((unsigned char)close[-1])) close--;
        const char *open = close > t && close[-1] == ')' ? memrchr(t, '(', (size_t)(close - t)) : NULL;
        const char *comma = open ? memchr(open, ',', (size_t)(close - open)) : NULL;
        cdate d, hd = {0, 0, 0};
        if (comma && date_parse_line(g, comma + 1, (size_t)(close - 1 - (comma + 1)), &d) && d.y) hd = d;
        /* "... OF THE COLLECTIVE SECURITY TREATY MEMBER STATES, MOSCOW, MAY 13, 2002": a headline that ends with a
         * whole date after a comma, no brackets (a comma before it too: a place, or a list), does the same */
        const char *place = comma ? open + 1 : NULL, *place_end = comma;
        for (const char *q = close; !hd.y && !open && q > t && close - q <= 24; q--) {
            if (q[-1] != ',' || !memchr(t, ',', (size_t)(q - 1 - t))) continue;
            if (date_parse_line(g, q, (size_t)(close - q), &d) && date_precision(d) == 3) {
                hd = d;
                place_end = q - 1;
                place = memrchr(t, ',', (size_t)(place_end - t)) + 1;
            }
        }
        /* the place before that date, a city, is where the report was made when no dateline says ("...,
         * Moscow, 3 April 2014") */
        if (hd.y && place && !a->dateline) {
            size_t pn = (size_t)(place_end - place);
            trim(&place, &pn);
            int c = pn ? city_line(g, place, pn) : -1;
            if (c >= 0) {
                a->dateline = dupn(place, pn);
                a->dateline_city = c;
            }
        }
        if (hd.y && (!a->published.y || (date_precision(hd) == 3 && date_precision(a->published) == 3 &&
                                          date_cmp(hd, a->published) < 0 &&
                                          date_cmp(date_add_days(hd, 14), a->published) >= 0)))
            a->published = hd;
    }
    if (text.oom || !a->id) {
        sbuf_free(&text);
        snprintf(err, errlen, "out of memory");
        article_clear(a);
        return -1;
    }
    /* the page's tail: short lines that end no sentence ("Related Post", the
     * headlines of other news, "Share:") are links, not the article's text;
     * the last line that ends a sentence (or a long one, cut short) ends it,
     * and so does a signature with a title ("The CSTO Press Secretary X") */
    size_t untrimmed = text.len;
    while (text.len) {
        size_t ls = text.len;
        while (ls > 0 && text.buf[ls - 1] != '\n') ls--;
        size_t ln = text.len - ls;
        if (ln >= 120 || ends_sentence(text.buf + ls, ln) || ls == 0 || has_title(g, text.buf + ls, ln)) break;
        /* "21 February 2024 / 20:31" above the title (a site's clock) and "24 November 2022 / 11:25" under the
         * text: the earlier stamp at the foot is the article's */
        cdate d;
        if (a->published_untitled && date_parse_line(g, text.buf + ls, ln, &d) && takes_publication(a, d))
            a->published = d, a->published_untitled = 0;
        while (ls > 0 && text.buf[ls - 1] == '\n') ls--;
        text.len = ls;
        text.buf[ls] = '\0';
    }
    /* a page stored only up to a byte count ends in the middle of a word ("... and the chief of the Joint
     * Sta"): a long last line that ends no sentence and stops on a letter or digit loses that last piece of
     * a word, which is no word of the article */
    /* (a page stored up to a space, "... Рустами Эмомали ", stops between words: its last word is whole) */
    size_t rn = len;
    while (rn > 0 && (raw[rn - 1] == '\n' || raw[rn - 1] == '\r')) rn--;
    int cut_at_space = rn > 0 && (raw[rn - 1] == ' ' || raw[rn - 1] == '\t');
    if (text.len && !(cut_at_space && text.len == untrimmed)) {
        size_t ls = text.len;
        while (ls > 0 && text.buf[ls - 1] != '\n') ls--;
        size_t ln = text.len - ls;
        const unsigned char *z = (const unsigned char *)text.buf + text.len;
        int letter = isalnum(z[-1]) || (ln >= 2 && (z[-2] == 0xD0 || z[-2] == 0xD1 || z[-2] == 0xD2 || z[-2] == 0xD3));
        if (ln >= 120 && letter && !ends_sentence(text.buf + ls, ln)) {
            size_t w = text.len;
            while (w > ls && text.buf[w - 1] != ' ') w--;
            while (w > ls && text.buf[w - 1] == ' ') w--;
            if (w > ls) text.len = w, text.buf[w] = '\0';
        }
    }
    if (!text.len) {
        sbuf_free(&text);
        snprintf(err, errlen, "no article text");
        article_clear(a);
        return -1;
    }
    a->len = text.len;
    a->text = sbuf_steal(&text);
    a->lang = article_lang(a->text, a->len);
    numeric_order(g, a, raw, len);
    if (!a->dateline) find_dateline(g, a);
    if (!a->source && a->url) {
        sbuf h = {0};
        host_of(a->url, strlen(a->url), &h);
        if (h.len) a->source = sbuf_steal(&h);
        sbuf_free(&h);
    }
    return 0;
}

/* The sum of the eight byte lanes of v. */
static size_t lane_sum(unsigned long long v)
{
    v = (v & 0x00FF00FF00FF00FFull) + ((v >> 8) & 0x00FF00FF00FF00FFull); /* four lanes of 16 bits */
    return (size_t)((v * 0x0001000100010001ull) >> 48);
}

const char *article_lang(const char *text, size_t len)
{
    /* the text is valid UTF-8 (article_parse checked it): a byte 0xD0-0xD3 always leads a
     * character U+0400-U+04FF, so counting such bytes counts the Cyrillic letters */
    const unsigned char *p = (const unsigned char *)text;
    size_t latin = 0, cyr = 0, i = 0;
    while (i + 8 <= len) { /* per-lane counts, summed before a lane can pass 255 */
        unsigned long long al = 0, ac = 0;
        for (int k = 0; k < 255 && i + 8 <= len; k++, i += 8) {
            unsigned long long v;
            memcpy(&v, p + i, 8);
            al += letter_lanes(v);
            ac += cyr_lanes(v);
        }
        latin += lane_sum(al);
        cyr += lane_sum(ac);
    }
    for (; i < len; i++) {
        unsigned char b = p[i];
        latin += (unsigned char)((b | 32) - 'a') < 26;
        cyr += (b & 0xFC) == 0xD0;
    }
    return cyr > latin ? "ru" : "en";
}

void article_clear(article *a)
{
    free(a->id);
    free(a->title);
    free(a->source);
    free(a->url);
    free(a->dateline);
    free(a->text);
    memset(a, 0, sizeof *a);
    a->dateline_city = -1;
}
