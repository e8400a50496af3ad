/* text — UTF-8 checks, tokens and sentences for the extractor.
 *
 * A token is a word, a number or one punctuation mark, with its byte span in
 * the article text and a normalised form used for every comparison: ASCII
 * and Cyrillic lower case (ё as е), typographic apostrophes and quotes
 * (« » too) folded to ASCII, dashes to "-".  Cyrillic letters are word
 * characters, and "cap"/"upper" know their case ("Минск", "ОДКБ").  Possessive "'s" is its own token; a hyphen between two words or a
 * word and a number is its own token ("-"), which gazetteer matching skips.
 * Numbers keep inner dots, colons and hyphens ("27.05.2020", "11:07",
 * "2018-11-08").  Sentences are runs of tokens; a full stop after a known
 * abbreviation ("Nov.") or an initial does not end one, nor does a line break
 * inside a sentence ("foreign\n\npolicy"). */
#ifndef CSTO_TEXT_H
#define CSTO_TEXT_H

#include <stddef.h>

enum tok_kind { TOK_WORD, TOK_NUM, TOK_PUNCT };

/* A word ending and its length in bytes, for the tables of Russian case
 * endings (gazetteer.c's places, text.c's surnames): a word's ending is then
 * compared only with the endings as long as it.  WORD_ENDING("ой") writes
 * one. */
typedef struct word_ending {
    const char *s;
    size_t n;
} word_ending;
#define WORD_ENDING(lit) {lit, sizeof lit - 1}

typedef struct token {
    unsigned start, end;   /* byte span in the text, half-open */
    unsigned char kind;    /* enum tok_kind */
    unsigned char cap;     /* word starts with an upper-case letter (ASCII, Latin-1, Cyrillic) */
    unsigned char upper;   /* word has two or more letters, all upper case ("CSTO", "ОДКБ") */
    unsigned char nl;      /* a line break stands between this token and the previous one */
    unsigned char para;    /* a blank line stands between this token and the previous one */
    char *norm;            /* normalised form, NUL-terminated (owned by the token list) */
} token;

typedef struct sentence {
    unsigned first, last;  /* token indices, inclusive */
} sentence;

/* A token's gazetteer words (gaz_intern): numbers the gazetteer gives it. */
typedef struct tok_word {
    int slot;              /* its word's slot, -1 when no entry has the word */
    int pair;              /* the bigram of its word and the next (hyphens skipped): -1 when no entry starts so */
    unsigned next;         /* the index of that next word (hyphens skipped), n when none */
    unsigned short kinds;  /* gaz_kinds(): the classes of the entries that may match here */
    unsigned short starts; /* the classes of the entries that start with its word (gaz_date_kinds' *cls) */
    unsigned dates;        /* the date kinds of those entries (gaz_date_kinds) */
    unsigned char flags;   /* its word's flags (gazetteer.c F_*: gaz_tok_notname, gaz_tok_initial) */
    unsigned long long lex; /* gaz_kinds()'s lexicon classes */
} tok_word;

typedef struct toklist {
    token *t;
    size_t n;
    sentence *s;
    size_t ns;
    char *pool;            /* storage of the norm strings */
    tok_word *word;        /* per token, its gazetteer words (gaz_intern), or NULL when not interned */
    unsigned long *hash;   /* per token, the djb2 hash of its norm (h = h * 33 + byte from 5381) when the
                            * norm is all ASCII, else 0: the tokeniser computes it while it folds the word,
                            * so interning (gaz_intern) need not walk the word again; or NULL */
} toklist;

/* Returns 0 if buf[0..len) is valid UTF-8 with no NUL byte; otherwise -1 and
 * the offset of the first bad byte in *bad. */
int utf8_check(const char *buf, size_t len, size_t *bad);

/* Tokenises text and splits it into sentences.  `is_abbrev` (may be NULL)
 * says whether a normalised word is an abbreviation that a full stop does not
 * end.  Returns 0, or -1 when out of memory.  Free with toklist_free(). */
int toklist_build(toklist *tl, const char *text, size_t len,
                  int (*is_abbrev)(const void *ctx, const char *norm), const void *ctx);
void toklist_free(toklist *tl);

/* The number of space-separated words of s (names are stored with single spaces). */
int text_words(const char *s);

/* Appends to `out` a URL-friendly slug of s (lower-case ASCII letters, digits
 * and single hyphens), at most `max` bytes, cut at a hyphen.  Letters
 * outside ASCII are transliterated by ICU ("Any-Latin; Latin-ASCII":
 * Lajčák -> lajcak, Zaś -> zas, Минск -> minsk); what has no Latin form is
 * skipped.  Thread-safe. */
struct sbuf;
void slug_append(struct sbuf *out, const char *s, size_t max);

/* s (Russian, UTF-8) written in ASCII Latin letters as ICU's
 * "Russian-Latin/BGN; Latin-ASCII" gives it (Лавров -> Lavrov, Шойгу ->
 * Shoygu); a new string the caller frees, or NULL when ICU cannot. */
char *russian_to_ascii(const char *s);

/* Lower-cases ASCII and Cyrillic (ё as е), folds typographic
 * apostrophes/quotes/dashes into `out` (NUL-terminated, at most outlen-1
 * bytes; a character is never cut in two; never longer than s).  Returns
 * the bytes written before the NUL. */
size_t fold_ascii(const char *s, size_t n, char *out, size_t outlen);

/* Whether the two bytes at q are a small Russian letter (а-я, ё) or a capital one (А-Я, Ё) in UTF-8; q must
 * have two bytes. */
static inline int text_cyr_small(const unsigned char *q)
{
    return (q[0] == 0xD0 && q[1] >= 0xB0 && q[1] <= 0xBF) || (q[0] == 0xD1 && ((q[1] >= 0x80 && q[1] <= 0x8F) || q[1] == 0x91));
}
static inline int text_cyr_capital(const unsigned char *q)
{
    return q[0] == 0xD0 && ((q[1] >= 0x90 && q[1] <= 0xAF) || q[1] == 0x81);
}

/* «Hиколай» with a Latin H (a scraped page's homoglyphs) written as «Николай»: in s, each word of Cyrillic
 * letters and Latin letters that look like Cyrillic ones has those Latin letters written in Cyrillic, case
 * kept; other words are left.  Returns a new string, owned by the caller (NULL when out of memory). */
char *text_unhomoglyph(const char *s);

/* The bytes of a Russian surname (lower case, as fold_ascii writes it) less
 * its case ending («лаврова», «лавровым», «пашиняном» -> «лавров»,
 * «пашинян»; «макей», «макеем», «макея» -> «маке»; «шойгу», «бордюжа» stay whole); strlen(w) when it has
 * none. */
size_t ru_surname_base(const char *w);

#endif
