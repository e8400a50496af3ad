/* text — tokens and sentences; see text.h.
 *
 * One pass over the bytes builds the token array and a pool of normalised
 * strings (one allocation each, grown by doubling), a second pass over the
 * tokens marks sentence ends.  Everything is linear in the text length. */
#include "model/text.h"
#include "model/memo.h"
#include "model/sbuf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define LANES8(b) (0x0101010101010101ull * (b))

/* Whether the eight bytes v (first byte lowest; hi: their top bits) are
 * ASCII and whole two-byte letters U+0400-U+04FF (lead 0xD0-0xD3, then a
 * continuation byte), a lead allowed as the last byte (its continuation
 * comes next): returns how many bytes are checked (8, or 7 when the last is
 * a lead), else 0.  Each lane's test moves the bit it needs to the lane's
 * top bit (a shift by k < 8 brings only lower bits of the lane below). */
static inline size_t cyrillic_lanes(unsigned long long v, unsigned long long hi)
{
    unsigned long long cont = hi & ~(v << 1);                                       /* 10xxxxxx */
    unsigned long long lead = hi & (v << 1) & ~(v << 2) & (v << 3) & ~(v << 4) & ~(v << 5); /* 110100xx */
    if ((lead | cont) != hi || cont != lead << 8) return 0;
    return lead >> 63 ? 7 : 8;
}

int utf8_check(const char *buf, size_t len, size_t *bad)
{
    const unsigned char *s = (const unsigned char *)buf;
    size_t i = 0;
    while (i < len) {
        /* eight bytes at a time, none of them NUL: ASCII (most of an English text) or ASCII and two-byte
         * Cyrillic letters (most of a Russian one) */
        while (i + 8 <= len) {
            unsigned long long v;
            memcpy(&v, s + i, 8);
            if ((v - LANES8(0x01)) & ~v & LANES8(0x80)) break; /* a NUL */
            unsigned long long hi = v & LANES8(0x80);
            if (!hi) { i += 8; continue; }
            size_t step = cyrillic_lanes(v, hi);
            if (!step) break;
            i += step;
        }
        if (i >= len) break;
        unsigned c = s[i];
        size_t n;
        unsigned min;
        if (c == 0) goto fail;
        if (c < 0x80) { i++; continue; }
        if ((c & 0xFC) == 0xD0 && i + 1 < len && (s[i + 1] & 0xC0) == 0x80) { i += 2; continue; } /* Cyrillic */
        if (c >= 0xC2 && c <= 0xDF) { n = 1; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { n = 2; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { n = 3; min = 0x10000; }
        else goto fail;
        unsigned cp = c & (0x3F >> n);
        for (size_t k = 1; k <= n; k++) {
            if (i + k >= len || (s[i + k] & 0xC0) != 0x80) goto fail;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) goto fail;
        i += n + 1;
    }
    return 0;
fail:
    if (bad) *bad = i;
    return -1;
}

/* Length of a UTF-8 sequence starting with byte c (1 for stray bytes). */
static size_t u8len(unsigned char c)
{
    if (c >= 0xF0) return 4;
    if (c >= 0xE0) return 3;
    if (c >= 0xC0) return 2;
    return 1;
}

/* Typographic characters we treat specially.  Returns the folded ASCII
 * replacement ("'", "\"", "-", "...", " " for spaces) or NULL. */
static const char *special(const unsigned char *p, size_t avail, size_t *n)
{
    if (avail >= 2 && p[0] == 0xC2) {
        *n = 2;
        if (p[1] == 0xA0) return " ";
        if (p[1] == 0xAB || p[1] == 0xBB) return "\"";
    }
    if (avail >= 3 && p[0] == 0xE2 && p[1] == 0x80) {
        *n = 3;
        switch (p[2]) {
        case 0x98: case 0x99: case 0x9B: return "'";
        case 0x9C: case 0x9D: case 0x9E: return "\"";
        case 0x90: case 0x91: case 0x92: case 0x93: case 0x94: case 0x95: return "-";
        case 0xA6: return "...";
        case 0x80: case 0x81: case 0x82: case 0x83: case 0x84: case 0x85:
        case 0x86: case 0x87: case 0x88: case 0x89: case 0x8A: case 0x8B:
        case 0xA8: case 0xA9: case 0xAF: return " ";
        default: break;
        }
    }
    if (avail >= 3 && p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80) { *n = 3; return " "; }
    /* U+2800, the Braille blank, which some sites write as an invisible space ("Володин.\u2800"), and U+205F */
    if (avail >= 3 && p[0] == 0xE2 && ((p[1] == 0xA0 && p[2] == 0x80) || (p[1] == 0x81 && p[2] == 0x9F))) {
        *n = 3;
        return " ";
    }
    return NULL;
}


/* What the tokeniser asks of every byte: a digit, an ASCII capital or small letter, or not ASCII. */
enum { ASCII_DIGIT = 1, ASCII_UPPER = 2, ASCII_LOWER = 4, ASCII_HIGH = 8 };
/* A table's 256 entries, F(b) for each byte b, written out by the preprocessor. */
#define BYTES_4(F, i) F(i), F((i) + 1), F((i) + 2), F((i) + 3)
#define BYTES_16(F, i) BYTES_4(F, i), BYTES_4(F, (i) + 4), BYTES_4(F, (i) + 8), BYTES_4(F, (i) + 12)
#define BYTES_64(F, i) BYTES_16(F, i), BYTES_16(F, (i) + 16), BYTES_16(F, (i) + 32), BYTES_16(F, (i) + 48)
#define BYTES_256(F) BYTES_64(F, 0), BYTES_64(F, 64), BYTES_64(F, 128), BYTES_64(F, 192)
#define ACLS(i) ((i) >= '0' && (i) <= '9' ? ASCII_DIGIT : (i) >= 'A' && (i) <= 'Z' ? ASCII_UPPER : \
                 (i) >= 'a' && (i) <= 'z' ? ASCII_LOWER : (i) >= 0x80 ? ASCII_HIGH : 0)
static const unsigned char ascii_class[256] = {BYTES_256(ACLS)};

/* A byte's class (ACLS) above its fold (A-Z in lower case, any other byte as it is): what push() asks of
 * each byte of a word, one look-up. */
#define AFOLD(i) ((unsigned short)(ACLS(i) << 8 | ((i) >= 'A' && (i) <= 'Z' ? (i) + 32 : (i))))
static const unsigned short ascii_fold_class[256] = {BYTES_256(AFOLD)};

static inline int is_alnum_at(const unsigned char *p, size_t avail)
{
    if (!avail) return 0;
    if (p[0] < 0x80) return ascii_class[p[0]] & (ASCII_DIGIT | ASCII_UPPER | ASCII_LOWER);
    size_t n;
    if ((p[0] == 0xC2 || p[0] == 0xE2 || p[0] == 0xE3) && special(p, avail, &n)) return 0;
    return 1; /* any other non-ASCII character counts as a letter */
}

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* Whether the dot at i ends an initial glued to a surname ("S.V.Lavrov",
 * «С.В.Лавров»): one letter since the token's start s or the dot before,
 * and after the dot a capital and two or more small letters.  The token
 * then ends at the initials ("S.V"), as in "S.V. Lavrov". */
static int initial_then_name(const unsigned char *p, size_t s, size_t i, size_t len)
{
    size_t a = i;
    while (a > s && p[a - 1] != '.') a--;
    int one = (i - a == 1 && ((p[a] | 32) >= 'a' && (p[a] | 32) <= 'z')) ||
              (i - a == 2 && (p[a] == 0xD0 || p[a] == 0xD1));
    if (!one) return 0;
    size_t k = i + 1, small = 0;
    if (k < len && p[k] >= 'A' && p[k] <= 'Z') {
        for (k++; k < len && p[k] >= 'a' && p[k] <= 'z'; k++) small++;
    } else if (k + 1 < len && text_cyr_capital(p + k)) {
        for (k += 2; k + 1 < len && text_cyr_small(p + k); k += 2) small++;
    }
    return small >= 2;
}

/* Whether the dot at i ends a sentence whose space after it was lost («прошло в Москве.Нынешняя сессия», "held in
 * Astana.The summit"): small letters before it, a capital and small letters after it (a domain, "BNews.kz",
 * "Pravda.Ru", and initials, «С.В.Лавров», are neither). */
static int glued_sentence(const unsigned char *p, size_t s, size_t i, size_t len)
{
    if (i >= s + 3 && i + 2 < len && p[i - 1] >= 'a' && p[i - 1] <= 'z' && p[i - 2] >= 'a' && p[i - 2] <= 'z' &&
        p[i - 3] >= 'a' && p[i - 3] <= 'z' && p[i + 1] >= 'A' && p[i + 1] <= 'Z' && p[i + 2] >= 'a' && p[i + 2] <= 'z' &&
        i + 3 < len && p[i + 3] >= 'a' && p[i + 3] <= 'z')
        return 1; /* ("held in Moscow.The session"; not "Pravda.Ru", "News.Az") */
    if (i < s + 4 || i + 4 >= len || !text_cyr_small(p + i - 2) || !text_cyr_small(p + i - 4)) return 0;
    return text_cyr_capital(p + i + 1) && text_cyr_small(p + i + 3);
}

/* Upper-case first letter: ASCII, Latin-1 supplement capitals, Cyrillic capitals. */
static int upper_at(const unsigned char *p, size_t avail)
{
    if (p[0] >= 'A' && p[0] <= 'Z') return 1;
    if (avail >= 2 && p[0] == 0xC3 && p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97) return 1;
    if (avail >= 2 && p[0] == 0xD0 && p[1] >= 0x80 && p[1] <= 0xAF) return 1;
    return 0;
}

static int lower_at(const unsigned char *p, size_t avail)
{
    if (p[0] >= 'a' && p[0] <= 'z') return 1;
    if (avail >= 2 && p[0] == 0xC3 && p[1] >= 0x9F) return 1;
    if (avail >= 2 && ((p[0] == 0xD0 && p[1] >= 0xB0) || p[0] == 0xD1)) return 1;
    return 0;
}

/* A Cyrillic letter c (U+0400-U+047F) in lower case, ё as е (Russian
 * prints both for one letter): А-Я -> а-я, Ѐ-Џ -> ѐ-џ, then ё -> е. */
#define CYR_LOWER(c) ((c) >= 0x410 && (c) <= 0x42F ? (c) + 0x20 : (c) <= 0x40F ? (c) + 0x50 : (c))
#define CYR_FOLD(c) (CYR_LOWER(c) == 0x451 ? 0x435 : CYR_LOWER(c))

/* CYR_FOLD of U+0400 + i as its two UTF-8 bytes, for i < 128 (the lead bytes
 * 0xD0 and 0xD1): what push() writes for each letter of a Cyrillic word, a
 * table look-up in place of the tests. */
#define CYR_UTF8(i) {(char)(0xC0 | (CYR_FOLD(0x400 + (i)) >> 6)), (char)(0x80 | (CYR_FOLD(0x400 + (i)) & 0x3F))}
#define CYR_UTF8_4(i) CYR_UTF8(i), CYR_UTF8((i) + 1), CYR_UTF8((i) + 2), CYR_UTF8((i) + 3)
#define CYR_UTF8_16(i) CYR_UTF8_4(i), CYR_UTF8_4((i) + 4), CYR_UTF8_4((i) + 8), CYR_UTF8_4((i) + 12)
#define CYR_UTF8_64(i) CYR_UTF8_16(i), CYR_UTF8_16((i) + 16), CYR_UTF8_16((i) + 32), CYR_UTF8_16((i) + 48)
static const char cyr_fold_utf8[128][2] = {CYR_UTF8_64(0), CYR_UTF8_64(64)};

/* CYR_FOLD of cp (U+0400-U+047F) written as its two UTF-8 bytes at out. */
static inline void cyrillic_fold(unsigned cp, char *out)
{
    memcpy(out, cyr_fold_utf8[cp - 0x400], 2);
}

/* A word's fold out (o bytes) from its bytes p (avail, ASCII and two-byte
 * Cyrillic only): when it holds Cyrillic letters and every ASCII letter in it
 * has a Cyrillic look-alike (A B C E H K M O P T X Y, a c e k o p x y), the
 * fold of the Cyrillic word it was meant to be, else out unchanged.  out has
 * room for 2 * avail + 1 bytes (out is the pool, never p).  Returns the new
 * length. */
/* The Cyrillic letter each ASCII letter that looks like one stands for, its case kept (homoglyphs folds it,
 * text_unhomoglyph writes it). */
static const unsigned short homoglyph_of[128] = {
    ['A'] = 0x410, ['B'] = 0x412, ['C'] = 0x421, ['E'] = 0x415, ['H'] = 0x41D, ['K'] = 0x41A, ['M'] = 0x41C,
    ['O'] = 0x41E, ['P'] = 0x420, ['T'] = 0x422, ['X'] = 0x425, ['Y'] = 0x423, ['a'] = 0x430, ['c'] = 0x441,
    ['e'] = 0x435, ['k'] = 0x43A, ['o'] = 0x43E, ['p'] = 0x440, ['x'] = 0x445, ['y'] = 0x443};

static size_t homoglyphs(const unsigned char *p, size_t avail, char *out, size_t o)
{
    const unsigned short *look = homoglyph_of; /* (cyrillic_fold folds a capital) */
    int cyr = 0, latin = 0;
    for (size_t i = 0; i < avail; i++) {
        if (p[i] >= 0x80) { cyr = 1; i++; continue; }
        if (!((p[i] | 32) >= 'a' && (p[i] | 32) <= 'z')) continue;
        if (!look[p[i]]) return o;
        latin = 1;
    }
    if (!cyr || !latin) return o;
    size_t n = 0;
    for (size_t i = 0; i < avail;) {
        unsigned char a = p[i];
        if (a >= 0x80) {
            cyrillic_fold(((unsigned)(a & 0x1F) << 6) | (p[i + 1] & 0x3F), out + n);
            n += 2, i += 2;
        } else if (look[a]) {
            cyrillic_fold(look[a], out + n);
            n += 2, i++;
        } else
            out[n++] = (char)a, i++;
    }
    out[n] = '\0';
    return n;
}

char *text_unhomoglyph(const char *s)
{
    const unsigned short *look = homoglyph_of;
    size_t n = strlen(s);
    char *out = malloc(2 * n + 1); /* (a Latin letter becomes two bytes) */
    if (!out) return NULL;
    size_t o = 0;
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        size_t w = i; /* one word: up to a space */
        while (w < n && p[w] != ' ') w++;
        int cyr = 0, latin = 0, other = 0;
        for (size_t k = i; k < w; k++) {
            if (p[k] == 0xD0 || p[k] == 0xD1) cyr = 1;
            else if (p[k] < 0x80 && ((p[k] | 32) >= 'a' && (p[k] | 32) <= 'z')) {
                if (look[p[k]]) latin = 1;
                else other = 1;
            }
        }
        for (size_t k = i; k < w; k++) {
            unsigned u = cyr && latin && !other && p[k] < 0x80 ? look[p[k]] : 0;
            if (u) {
                out[o++] = (char)(0xC0 | u >> 6);
                out[o++] = (char)(0x80 | (u & 0x3F));
            } else
                out[o++] = (char)p[k];
        }
        if (w < n) out[o++] = ' ';
        i = w + 1;
    }
    out[o] = '\0';
    return out;
}

size_t fold_ascii(const char *s, size_t n, char *out, size_t outlen)
{
    size_t o = 0;
    const unsigned char *p = (const unsigned char *)s;
    for (size_t i = 0; i < n && o + 1 < outlen;) {
        unsigned char a = p[i];
        if (a < 0x80) { /* most of the text */
            out[o++] = (char)((a >= 'A' && a <= 'Z') ? a + 32 : a);
            i++;
            continue;
        }
        size_t k;
        const char *r = a == 0xC2 || a == 0xE2 || a == 0xE3 ? special(p + i, n - i, &k) : NULL;
        if (r) {
            for (; *r && o + 1 < outlen; r++) out[o++] = *r;
            i += k;
            continue;
        }
        unsigned char c = p[i];
        if ((c == 0xD0 || c == 0xD1) && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
            if (o + 2 >= outlen) break; /* Cyrillic */
            cyrillic_fold(((unsigned)(c & 0x1F) << 6) | (p[i + 1] & 0x3F), out + o);
            o += 2;
            i += 2;
            continue;
        }
        out[o++] = (char)c;
        i++;
    }
    out[o] = '\0';
    return o;
}

/* --- token list construction ------------------------------------------- */

typedef struct builder {
    toklist *tl;
    size_t cap;
    sbuf pool;       /* the norms: reserved once for the most any text needs (a token's norm takes at most
                      * 2 * its bytes + 1), so it never moves and a token points into it at once */
    unsigned long *hash; /* toklist's hash, grown with t */
    int oom;
} builder;

/* Appends a token (norm NULL: folded from the text).  Inline at its two
 * common call sites: a call per token was a tenth of tokenising. */
static inline __attribute__((always_inline)) void push(builder *b, const char *text, unsigned start, unsigned end,
                                                       int kind, const char *norm, size_t normlen, int nl, int para)
{
    toklist *tl = b->tl;
    if (tl->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        token *t = realloc(tl->t, cap * sizeof *t);
        if (t) tl->t = t;
        unsigned long *hs = t ? realloc(b->hash, cap * sizeof *hs) : NULL;
        if (hs) b->hash = hs;
        if (!t || !hs) { b->oom = 1; return; }
        b->cap = cap;
    }
    token *t = &tl->t[tl->n];
    memset(t, 0, sizeof *t);
    t->start = start;
    t->end = end;
    t->kind = (unsigned char)kind;
    t->nl = (unsigned char)nl;
    t->para = (unsigned char)para;
    const unsigned char *p = (const unsigned char *)text + start;
    size_t avail = end - start;
    if (b->pool.len + 2 * (size_t)avail + 2 > b->pool.cap) { b->oom = 1; return; } /* (never: the room is reserved) */
    t->norm = b->pool.buf + b->pool.len;
    b->hash[tl->n] = 0;
    if (!norm && avail < 511) {
        /* a word or number in ASCII and Cyrillic letters (nearly every token):
         * its case and its fold (as fold_ascii) in one pass; anything else
         * (Latin-1, typographic characters) the general way below */
        char *out = b->pool.buf + b->pool.len; /* (room checked above) */
        unsigned seen = 0; /* ASCII_* of the bytes so far: most tokens are all ASCII */
        size_t k = 0;
        unsigned long h = 5381; /* (the norm's hash, as text.h says) */
        for (; k < avail; k++) {
            unsigned v = ascii_fold_class[p[k]];
            if (v & ASCII_HIGH << 8) break;
            seen |= v; /* (the class in the high byte: shifted down below) */
            out[k] = (char)v;
            h = h * 33 + (unsigned char)v;
        }
        seen >>= 8;
        if (k == avail) b->hash[tl->n] = h;
        int digits = 0; /* (counted again only in a token that has one: few words) */
        if (seen & ASCII_DIGIT)
            for (size_t q = 0; q < k; q++) digits += is_digit(p[q]);
        size_t o = k, i = k; /* the rest, from the first byte outside ASCII */
        int letters = (int)k - digits, lower = (seen & ASCII_LOWER) != 0;
        int cap = k && (ascii_class[p[0]] & ASCII_UPPER) != 0;
        while (i < avail) {
            unsigned char a = p[i];
            if (a < 0x80) {
                unsigned char f = ascii_class[a];
                if (!i) cap = (f & ASCII_UPPER) != 0;
                lower |= f & ASCII_LOWER;
                letters += !(f & ASCII_DIGIT);
                out[o++] = (char)(a | (f & ASCII_UPPER ? 32 : 0));
                i++;
                continue;
            }
            if ((a != 0xD0 && a != 0xD1) || i + 1 >= avail || (p[i + 1] & 0xC0) != 0x80) break;
            /* a run of letters U+0400-U+047F, each folded by the table (index (lead & 1) << 6 | continuation
             * & 0x3F; upper case below 0x30) */
            if (!i) cap = ((p[0] & 1) << 6 | (p[1] & 0x3F)) < 0x30;
            size_t r = i;
            do {
                unsigned x = (unsigned)(p[i] & 1) << 6 | (p[i + 1] & 0x3F);
                lower |= x >= 0x30;
                memcpy(out + o, cyr_fold_utf8[x], 2);
                o += 2;
                i += 2;
            } while (i + 1 < avail && (p[i] & 0xFE) == 0xD0 && (p[i + 1] & 0xC0) == 0x80);
            letters += (int)(i - r) / 2;
        }
        if (i == avail) {
            out[o] = '\0';
            /* «Cовета» with a Latin C: a Cyrillic word with Latin letters that look like Cyrillic ones is
             * folded as the Cyrillic word (homoglyphs); o may grow, within the 2 * avail + 1 reserved */
            if (k < avail && letters > 1) o = homoglyphs(p, avail, out, o);
            b->pool.len += o + 1;
            b->pool.buf[b->pool.len] = '\0';
            if (kind == TOK_WORD) {
                t->cap = (unsigned char)cap;
                t->upper = (unsigned char)(letters >= 2 && !lower && cap);
            }
            tl->n++;
            return;
        }
    }
    if (kind == TOK_WORD) {
        t->cap = (unsigned char)upper_at(p, avail);
        int letters = 0, lower = 0;
        for (size_t i = 0; i < avail; i += u8len(p[i])) {
            if (lower_at(p + i, avail - i)) lower = 1;
            if (!is_digit(p[i])) letters++;
        }
        t->upper = (unsigned char)(letters >= 2 && !lower && t->cap);
    }
    if (norm) {
        sbuf_append(&b->pool, norm, normlen);
        sbuf_putc(&b->pool, '\0');
    } else {
        /* folding never lengthens the text; a norm keeps at most 511 bytes */
        size_t room = (avail < 511 ? avail : 511) + 1;
        if (sbuf_reserve(&b->pool, room) == 0) {
            b->pool.len += fold_ascii(text + start, avail, b->pool.buf + b->pool.len, room) + 1;
            b->pool.buf[b->pool.len] = '\0';
        }
    }
    tl->n++;
}

/* push for the rare tokens (typographic marks, possessives): out of line, so
 * that the two call sites of nearly every token (a word, ASCII punctuation)
 * have it inline without five more copies. */
static __attribute__((noinline)) void push_rare(builder *b, const char *text, unsigned start, unsigned end, int kind,
                                                const char *norm, size_t normlen, int nl, int para)
{
    push(b, text, start, end, kind, norm, normlen, nl, para);
}

/* Whether token t's norm is the one character ch (byte tests: split_sentences asks of every token). */
static int is_char(const token *t, char ch)
{
    return t->norm[0] == ch && !t->norm[1];
}

static int terminal(const token *t)
{
    const char *n = t->norm;
    return t->kind == TOK_PUNCT && (n[0] == '.' || n[0] == '!' || n[0] == '?') &&
           (!n[1] || (n[0] == '.' && n[1] == '.' && n[2] == '.' && !n[3])); /* ".", "!", "?", "..." */
}

static int opener(const token *t)
{
    return t->cap || t->kind == TOK_NUM || is_char(t, '"') || is_char(t, '\'') || is_char(t, '(') || is_char(t, '-');
}

/* Length in characters of the line that holds byte p of text (0 for a blank one): UTF-8 continuation bytes
 * are not counted, so a wrapped line of Cyrillic is as wide as one of Latin letters. */
static size_t line_len(const char *text, size_t len, size_t p)
{
    size_t a = p, z = p, n = 0;
    while (a > 0 && text[a - 1] != '\n') a--;
    while (z < len && text[z] != '\n') z++;
    for (size_t k = a; k < z; k++) n += ((unsigned char)text[k] & 0xC0) != 0x80;
    return n;
}

/* Whether the line break after the token ending at byte `end` is a hard wrap
 * inside a paragraph: this line and a neighbour in the same paragraph are both
 * of a wrapped width (45-100 characters).  A headline above a body paragraph is
 * not: the paragraph's lines are far longer. */
static int hard_wrap(const char *text, size_t len, size_t end)
{
    size_t nl = end;
    while (nl < len && text[nl] != '\n') nl++;
    size_t l1 = line_len(text, len, end);
    if (l1 < 45 || l1 > 100) return 0;
    size_t a = end;
    while (a > 0 && text[a - 1] != '\n') a--;
    /* (a line in capitals only, «ЕРЕВАНСКИЙ САММИТ: СТРАТЕГИЯ НА ДЕСЯТИЛЕТИЕ», is a headline: no lower-case letter,
     * Latin or Cyrillic) */
    int lower = 0;
    for (size_t k = a; k < nl && !lower; k++)
        lower = (text[k] >= 'a' && text[k] <= 'z') || (k + 1 < nl && text_cyr_small((const unsigned char *)text + k));
    if (!lower) return 0;
    size_t l0 = a >= 2 && text[a - 2] != '\n' ? line_len(text, len, a - 2) : 0;
    size_t l2 = nl + 1 < len && text[nl + 1] != '\n' ? line_len(text, len, nl + 1) : 0;
    return (l0 >= 45 && l0 <= 100) || (l2 >= 45 && l2 <= 100);
}

/* Whether a word is one letter, or letters joined by dots ("n", "n.n", «н.н»). */
static int initials(const char *w)
{
    const unsigned char *p = (const unsigned char *)w;
    while (*p) {
        size_t n = (*p == 0xD0 || *p == 0xD1) && p[1] ? 2 : 1;
        if (!(n == 2 || ((*p | 32) >= 'a' && (*p | 32) <= 'z'))) return 0;
        p += n;
        if (*p == '.') { p++; if (!*p) return 0; continue; }
        if (*p) return 0;
    }
    return 1;
}

/* Whether token t is a capitalised English article: "The", "A", "An". */
static int capital_article(const token *t)
{
    return t->kind == TOK_WORD && t->cap &&
           (!strcmp(t->norm, "the") || !strcmp(t->norm, "a") || !strcmp(t->norm, "an"));
}

static void split_sentences(toklist *tl, int (*is_abbrev)(const void *, const char *), const void *ctx,
                            const char *text, size_t len, builder *b)
{
    size_t cap = 64;
    tl->s = malloc(cap * sizeof *tl->s);
    if (!tl->s) { b->oom = 1; return; }
    unsigned first = 0;
    for (size_t i = 0; i < tl->n; i++) {
        int end = 0;
        if (i + 1 == tl->n) {
            end = 1;
        } else {
            token *t = &tl->t[i], *nx = &tl->t[i + 1];
            if (terminal(t)) {
                /* a closing quote right after the stop belongs to this sentence */
                if (is_char(nx, '"') && nx->start == t->end && i + 2 < tl->n && !tl->t[i + 2].nl &&
                    tl->t[i + 2].start > nx->end && opener(&tl->t[i + 2]))
                    continue;
                int abbrev = 0;
                if (is_char(t, '.') && i > 0 && tl->t[i - 1].kind == TOK_WORD &&
                    tl->t[i - 1].end == t->start) {
                    const token *pw = &tl->t[i - 1];
                    if (is_abbrev && is_abbrev(ctx, pw->norm)) abbrev = 1;
                    if (pw->cap && initials(pw->norm))
                        abbrev = 1; /* an initial or two, Latin or Cyrillic ("N. Putin", «Н.Н. Бордюжа») */
                }
                end = (opener(nx) || nx->nl) && (!abbrev || nx->para);
            } else if (is_char(t, '"') && i > 0 && terminal(&tl->t[i - 1]) && t->start == tl->t[i - 1].end) {
                /* ("... in 2014.” The": a closing quote glued to the stop; not "... in 2014. “The", one that opens
                 * the next sentence) */
                end = opener(nx) || nx->nl;
            } else if (nx->nl) {
                end = opener(nx) && (t->kind != TOK_PUNCT || is_char(t, ':') ||
                                     is_char(t, ')') || is_char(t, '"'));
                /* a hard-wrapped line ("... Council of the\nCollective Security ..."): a
                 * single line break inside a paragraph of wrapped lines, or after a short
                 * lower-case (function) word, does not end a sentence; but a line that opens with "The", "A" or
                 * "An" after a word of more than three letters does ("... on Nagorno-Karabakh conflict
                 * settlement\nThe CSTO foreign ministers signed": a headline above a hard-wrapped text) */
                if (end && !nx->para && i > first &&
                    (hard_wrap(text, len, t->end) ||
                     (t->kind == TOK_WORD && !t->cap && t->end - t->start <= 3)) && /* "... of the\nCouncil" */
                    !(t->kind == TOK_WORD && t->end - t->start > 3 && capital_article(nx)))
                    end = 0;
            }
        }
        if (!end) continue;
        if (tl->ns == cap) {
            cap *= 2;
            sentence *s = realloc(tl->s, cap * sizeof *s);
            if (!s) { b->oom = 1; return; }
            tl->s = s;
        }
        tl->s[tl->ns].first = first;
        tl->s[tl->ns].last = (unsigned)i;
        tl->ns++;
        first = (unsigned)i + 1;
    }
}

/* Whether the apostrophe of n bytes at i is a bare possessive: glued to a
 * capitalised word that ends in "s", then a space and a capital ("Belarus'
 * Alexander Lukashenko", "Belarus' Defence Minister"): the token "'s", as
 * "Russia's" has. */
static int bare_possessive(const builder *b, const unsigned char *p, size_t len, size_t i, size_t n)
{
    if (!b->tl->n) return 0;
    const token *w = &b->tl->t[b->tl->n - 1];
    if (w->end != i || w->kind != TOK_WORD || !w->cap || (p[i - 1] | 32) != 's') return 0;
    return i + n + 1 < len && p[i + n] == ' ' && (ascii_class[p[i + n + 1]] & ASCII_UPPER);
}

int toklist_build(toklist *tl, const char *text, size_t len,
                  int (*is_abbrev)(const void *ctx, const char *norm), const void *ctx)
{
    memset(tl, 0, sizeof *tl);
    builder b = {.tl = tl};
    /* room for the usual text at once (a token per five bytes), so few texts
     * grow the token arrays; the pool, for the most any text can need */
    size_t guess = len / 5 + 16;
    tl->t = malloc(guess * sizeof *tl->t);
    b.hash = malloc(guess * sizeof *b.hash);
    if (tl->t && b.hash) b.cap = guess;
    if (len > (SIZE_MAX - 2) / 3 || sbuf_reserve(&b.pool, 3 * len + 1) < 0) b.oom = 1; /* (every norm, at most) */
    const unsigned char *p = (const unsigned char *)text;
    size_t i = 0;
    int nl = 0;
    while (i < len && !b.oom) {
        size_t n = 0;
        const char *sp = p[i] >= 0xC2 ? special(p + i, len - i, &n) : NULL;
        if (p[i] == '\n') { nl++; i++; continue; }
        /* (a backslash before a space or a line's end is a line-continuation mark a page kept: «Председатель\
         * Госдумы») */
        if (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\f' || p[i] == '\v' || (sp && sp[0] == ' ') ||
            (p[i] == '\\' && (i + 1 == len || p[i + 1] == ' ' || p[i + 1] == '\n' || p[i + 1] == '\r'))) {
            i += sp ? n : 1;
            continue;
        }
        int tnl = nl > 0, tpara = nl > 1;
        nl = 0;
        if (sp) { /* typographic punctuation */
            /* possessive ’s */
            if (sp[0] == '\'' && i + n < len && (p[i + n] | 32) == 's' && b.tl->n &&
                b.tl->t[b.tl->n - 1].end == i && !is_alnum_at(p + i + n + 1, len - i - n - 1)) {
                push_rare(&b, text, (unsigned)i, (unsigned)(i + n + 1), TOK_PUNCT, "'s", 2, tnl, tpara);
                i += n + 1;
                continue;
            }
            if (sp[0] == '\'' && bare_possessive(&b, p, len, i, n)) { /* Belarus’ */
                push_rare(&b, text, (unsigned)i, (unsigned)(i + n), TOK_PUNCT, "'s", 2, tnl, tpara);
                i += n;
                continue;
            }
            push_rare(&b, text, (unsigned)i, (unsigned)(i + n), TOK_PUNCT, sp, strlen(sp), tnl, tpara);
            i += n;
            continue;
        }
        if (!is_alnum_at(p + i, len - i)) { /* ASCII punctuation */
            if (p[i] == '\'' && i + 1 < len && (p[i + 1] | 32) == 's' && b.tl->n &&
                b.tl->t[b.tl->n - 1].end == i && !is_alnum_at(p + i + 2, len - i - 2)) {
                push_rare(&b, text, (unsigned)i, (unsigned)(i + 2), TOK_PUNCT, "'s", 2, tnl, tpara);
                i += 2;
                continue;
            }
            if (p[i] == '\'' && bare_possessive(&b, p, len, i, 1)) { /* Belarus' */
                push_rare(&b, text, (unsigned)i, (unsigned)(i + 1), TOK_PUNCT, "'s", 2, tnl, tpara);
                i += 1;
                continue;
            }
            size_t k = 1;
            if (p[i] == '.' && i + 2 < len && p[i + 1] == '.' && p[i + 2] == '.') k = 3;
            push(&b, text, (unsigned)i, (unsigned)(i + k), TOK_PUNCT, k == 3 ? "..." : NULL, 3, tnl, tpara);
            i += k;
            continue;
        }
        /* a word or a number */
        size_t s = i;
        int num = is_digit(p[i]);
        while (i < len) {
            unsigned char f;
            unsigned seen = 0; /* (a number while no letter is seen: one OR a byte) */
            while (i < len && ((f = ascii_class[p[i]]) & (ASCII_DIGIT | ASCII_UPPER | ASCII_LOWER))) { /* ASCII run */
                seen |= f;
                i++;
            }
            if (seen & (ASCII_UPPER | ASCII_LOWER)) num = 0;
            if (i < len && p[i] >= 0x80) {
                if (i + 1 < len && (p[i] & 0xFC) == 0xD0 && (p[i + 1] & 0xC0) == 0x80) { /* a Cyrillic run */
                    num = 0;
                    do i += 2;
                    while (i + 1 < len && (p[i] & 0xFC) == 0xD0 && (p[i + 1] & 0xC0) == 0x80);
                    continue;
                }
                if (is_alnum_at(p + i, len - i)) {
                    num = 0;
                    i += u8len(p[i]);
                    continue;
                }
            }
            if (i >= len) break;
            /* inner dot: "27.05.2020", "BNews.kz", "U.S" ; inner colon in times; hyphen in numbers */
            if (i + 1 < len && i > s && (p[i] == '.' || p[i] == ':' || p[i] == '-' || p[i] == '/')) {
                int dprev = is_digit(p[i - 1]), dnext = is_digit(p[i + 1]);
                if (p[i] == '.' && is_alnum_at(p + i + 1, len - i - 1) && (dprev == dnext) &&
                    !initial_then_name(p, s, i, len) && !glued_sentence(p, s, i, len)) { i++; continue; }
                if ((p[i] == ':' || p[i] == '-' || p[i] == '/') && dprev && dnext && num) { i++; continue; }
            }
            break;
        }
        push(&b, text, (unsigned)s, (unsigned)i, num ? TOK_NUM : TOK_WORD, NULL, 0, tnl, tpara);
    }
    if (!b.oom && b.pool.oom) b.oom = 1;
    if (!b.oom) {
        tl->pool = sbuf_steal(&b.pool); /* (the same block: the norms point into it) */
        split_sentences(tl, is_abbrev, ctx, text, len, &b);
    }
    sbuf_free(&b.pool);
    tl->hash = b.hash; /* (freed with the list) */
    if (b.oom) { toklist_free(tl); return -1; }
    return 0;
}

void toklist_free(toklist *tl)
{
    free(tl->t);
    free(tl->s);
    free(tl->pool);
    free(tl->word);
    free(tl->hash);
    memset(tl, 0, sizeof *tl);
}

int text_words(const char *s)
{
    int n = 1;
    for (; *s; s++) n += *s == ' ';
    return n;
}

/* Latin-1 supplement letters (second byte after 0xC3) to their base letter. */
static char latin1_base(unsigned char c2)
{
    static const char map[64] = "aaaaaaaceeeeiiiidnooooo-ouuuuyts" "aaaaaaaceeeeiiiidnooooo-ouuuuyty";
    return (c2 >= 0x80 && c2 <= 0xBF) ? map[c2 - 0x80] : 0;
}

/* slug_append: letters outside ASCII are transliterated by ICU's
 * "Any-Latin; Latin-ASCII" (Lajčák -> Lajcak, Zaś -> Zas, Минск -> Minsk,
 * ß -> ss) before the ASCII rules below; the transliterator is opened once
 * and shared under a mutex (ICU's are not thread-safe).  If ICU cannot open
 * it, Latin-1 letters still lose their accents (latin1_base). */
#include <pthread.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

/* One shared ICU transliterator per id (0: "Any-Latin; Latin-ASCII" for
 * slugs, 1: "Russian-Latin/BGN; Latin-ASCII" for Russian names: Шойгу ->
 * Shoygu, as English news writes it), opened on first use and kept. */
static const char *const tr_ids[] = {"Any-Latin; Latin-ASCII", "Russian-Latin/BGN; Latin-ASCII"};

static char *icu_ascii(int which, const char *s, size_t slen)
{
    static pthread_mutex_t icu_mu = PTHREAD_MUTEX_INITIALIZER;
    static UTransliterator *icu_tr[2]; /* opened once, kept for the process */
    static int icu_tried[2];
    static memo done[2]; /* the answers so far: a name comes back in many articles */
    char *ascii = NULL;
    if (slen >= (1u << 20)) return NULL;
    pthread_mutex_lock(&icu_mu);
    const char *known = memo_get(&done[which], s, slen);
    if (known) {
        ascii = strdup(known);
        pthread_mutex_unlock(&icu_mu);
        return ascii;
    }
    if (!icu_tried[which]) {
        UErrorCode e = U_ZERO_ERROR;
        UChar id[64];
        u_uastrcpy(id, tr_ids[which]);
        icu_tried[which] = 1;
        icu_tr[which] = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &e);
        if (U_FAILURE(e))
            icu_tr[which] = NULL;
    }
    if (icu_tr[which]) {
        UErrorCode e = U_ZERO_ERROR;
        int32_t n16 = 0, cap = (int32_t)slen * 4 + 16, n8 = 0;
        UChar *u = malloc((size_t)cap * sizeof *u);
        if (u && (u_strFromUTF8WithSub(u, cap, &n16, s, (int32_t)slen, 0xFFFD, NULL, &e), U_SUCCESS(e))) {
            int32_t len = n16, limit = n16;
            utrans_transUChars(icu_tr[which], u, &len, cap, 0, &limit, &e);
            if (U_SUCCESS(e) && (u_strToUTF8(NULL, 0, &n8, u, len, &e), e == U_BUFFER_OVERFLOW_ERROR)) {
                e = U_ZERO_ERROR;
                if ((ascii = malloc((size_t)n8 + 1)))
                    u_strToUTF8(ascii, n8 + 1, NULL, u, len, &e);
                if (U_FAILURE(e)) {
                    free(ascii);
                    ascii = NULL;
                }
            }
        }
        free(u);
    }
    if (ascii) memo_put(&done[which], 4096, s, slen, ascii); /* a failure only forgets */
    pthread_mutex_unlock(&icu_mu);
    return ascii;
}

char *russian_to_ascii(const char *s) { return icu_ascii(1, s, strlen(s)); }

void slug_append(sbuf *out, const char *s, size_t max)
{
    char *ascii = NULL; /* s transliterated (owned), when it is not ASCII */
    const unsigned char *p = (const unsigned char *)s;
    size_t slen = strlen(s);
    int non_ascii = 0;
    for (size_t i = 0; i < slen && !non_ascii; i++)
        non_ascii = p[i] >= 0x80;
    if (non_ascii && (ascii = icu_ascii(0, s, slen)))
        p = (const unsigned char *)ascii;
    size_t start = out->len;
    int dash = 1; /* suppress a leading hyphen */
    for (size_t i = 0; p[i];) {
        char c = 0;
        size_t n = u8len(p[i]);
        if (p[i] < 0x80) {
            if (is_digit(p[i]) || ((p[i] | 32) >= 'a' && (p[i] | 32) <= 'z')) c = (char)(p[i] | (is_digit(p[i]) ? 0 : 32));
            else if (p[i] == '\'') { i++; continue; } /* "Councils'" → councils */
        } else if (p[i] == 0xC3 && p[i + 1]) {
            c = latin1_base(p[i + 1]);
            if (c == '-') c = 0;
        } else if (p[i] == 0xE2 && p[i + 1] == 0x80 && (p[i + 2] == 0x98 || p[i + 2] == 0x99)) {
            i += 3; continue; /* typographic apostrophe */
        }
        for (size_t k = 0; k < n && p[i]; k++) i++;
        if (c) {
            if (out->len - start >= max) break;
            sbuf_putc(out, c);
            dash = 0;
        } else if (!dash) {
            if (out->len - start >= max) break;
            sbuf_putc(out, '-');
            dash = 1;
        }
    }
    if (out->len - start >= max) { /* cut at the last hyphen */
        size_t k = out->len;
        while (k > start && out->buf[k - 1] != '-') k--;
        if (k > start + max / 2) out->len = k;
    }
    while (out->len > start && out->buf[out->len - 1] == '-') out->len--;
    if (out->buf) out->buf[out->len] = '\0';
    free(ascii);
}

size_t ru_surname_base(const char *w)
{
    static const word_ending endings[] = {
        WORD_ENDING("ыми"), WORD_ENDING("ими"), WORD_ENDING("ому"), WORD_ENDING("ему"), WORD_ENDING("ого"),
        WORD_ENDING("его"), WORD_ENDING("ой"), WORD_ENDING("ей"), WORD_ENDING("ым"), WORD_ENDING("им"),
        WORD_ENDING("ом"), WORD_ENDING("ем"), WORD_ENDING("ою"), WORD_ENDING("а"), WORD_ENDING("я"),
        WORD_ENDING("у"), WORD_ENDING("ю"), WORD_ENDING("е"), WORD_ENDING("ы"), WORD_ENDING("и")};
    size_t n = strlen(w);
    for (size_t k = 0; k < sizeof endings / sizeof *endings; k++) {
        size_t l = endings[k].n;
        if (n < l + 6 || memcmp(w + n - l, endings[k].s, l)) continue; /* 3+ letters stay */
        /* a one-letter ending only after the -ов/-ин/-ян of a surname, or after ж, ш, ч, щ (Бордюжа, Бордюжи,
         * Бордюжей: one stem): Шойгу, Зась stay whole */
        if (l == 2) {
            /* (and after е: «Макея», «Макею», «Макее» are «Макей») */
            static const char before[] = "внжшчще"; /* two bytes a letter */
            int stem = 0;
            for (size_t b = 0; n >= l + 2 && b < sizeof before - 1 && !stem; b += 2)
                stem = !strncmp(w + n - l - 2, before + b, 2);
            /* (and -я, -ю after с or л: the genitive and dative of a stem in -ь, «Зася», «Засю», «Коваля» are
             * «Зась», «Коваль», the soft sign dropped as the transliteration drops it) */
            if (!stem && (!memcmp(w + n - 2, "я", 2) || !memcmp(w + n - 2, "ю", 2)) &&
                (!memcmp(w + n - 4, "с", 2) || !memcmp(w + n - 4, "л", 2)))
                stem = 1;
            if (!stem) continue;
        }
        /* «Макей», «Макеем»: -ей after a letter other than ж, ш, ч, щ is a nominative's (the stem «маке»), not
         * an instrumental's («Бордюжей»: «бордюж») */
        if (l == 4 && !memcmp(w + n - 4, "ей", 4)) {
            static const char sib[] = "жшчщ";
            int stem = 0;
            for (size_t b = 0; n >= 6 && b < sizeof sib - 1 && !stem; b += 2) stem = !strncmp(w + n - 6, sib + b, 2);
            if (!stem) return n - 2;
        }
        return n - l;
    }
    return n;
}
