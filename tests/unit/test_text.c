/* test_text — the tokenizer, the sentence splitter, utf8_check, fold_ascii
 * and slug_append (model/text.h).  Sentences are split with the gazetteer's
 * abbreviation list, as the extractor does. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/corpus.h"
#include "model/gazetteer.h"
#include "model/sbuf.h"
#include "model/text.h"
#include "tests/common/gazfix.h"

static void build(toklist *tl, const char *s)
{
    assert_int_equal(toklist_build(tl, s, strlen(s), gaz_is_abbrev, G), 0);
}

/* Index of the first token whose norm is w, or -1. */
static long find_norm(const toklist *tl, const char *w)
{
    for (size_t i = 0; i < tl->n; i++)
        if (!strcmp(tl->t[i].norm, w)) return (long)i;
    return -1;
}

/* The text of token i. */
static void tok_text(const char *s, const toklist *tl, size_t i, char *out, size_t n)
{
    snprintf(out, n, "%.*s", (int)(tl->t[i].end - tl->t[i].start), s + tl->t[i].start);
}

/* ---- tokens ------------------------------------------------------------- */

static void test_words_numbers_spans(void **state)
{
    const char *s = "The Council met in Minsk on 27.05.2020 at 11:07, not 2018-11-08.";
    toklist tl;
    build(&tl, s);
    const char *want[] = {"the", "council", "met", "in", "minsk", "on", "27.05.2020", "at",
                          "11:07", ",", "not", "2018-11-08", "."};
    assert_int_equal(tl.n, sizeof want / sizeof *want);
    for (size_t i = 0; i < tl.n; i++) {
        assert_string_equal(tl.t[i].norm, want[i]);
        char txt[64];
        tok_text(s, &tl, i, txt, sizeof txt);
        /* spans point at the original bytes (case kept) */
        assert_int_equal(strcasecmp(txt, want[i]), 0);
    }
    assert_int_equal(tl.t[0].kind, TOK_WORD);
    assert_true(tl.t[0].cap);
    assert_false(tl.t[0].upper);
    assert_int_equal(tl.t[6].kind, TOK_NUM);
    assert_int_equal(tl.t[8].kind, TOK_NUM);
    assert_int_equal(tl.t[11].kind, TOK_NUM);
    assert_int_equal(tl.t[9].kind, TOK_PUNCT);
    toklist_free(&tl);
}

static void test_upper_and_cap_flags(void **state)
{
    const char *s = "CSTO and the CFM met; I think MINSK.";
    toklist tl;
    build(&tl, s);
    assert_true(tl.t[0].upper && tl.t[0].cap);
    assert_false(tl.t[1].cap);
    assert_true(tl.t[3].upper);
    long i = find_norm(&tl, "i");
    assert_true(i >= 0);
    assert_true(tl.t[i].cap);
    assert_false(tl.t[i].upper); /* one letter is not an acronym */
    toklist_free(&tl);
}

static void test_possessive_is_own_token(void **state)
{
    /* ASCII and typographic apostrophes */
    const char *s = "Armenia's minister and Kazakhstan\xE2\x80\x99s envoy";
    toklist tl;
    build(&tl, s);
    assert_int_equal(tl.n, 7);
    assert_string_equal(tl.t[0].norm, "armenia");
    assert_string_equal(tl.t[1].norm, "'s");
    assert_int_equal(tl.t[1].end - tl.t[1].start, 2);
    assert_string_equal(tl.t[4].norm, "kazakhstan");
    assert_string_equal(tl.t[5].norm, "'s");
    /* the typographic form spans the 3-byte apostrophe and the s */
    assert_int_equal(tl.t[5].end - tl.t[5].start, 4);
    assert_string_equal(tl.t[6].norm, "envoy");
    toklist_free(&tl);

    /* an apostrophe that is not a possessive stays punctuation */
    build(&tl, "the ministers' council");
    assert_int_equal(find_norm(&tl, "'s"), -1);
    assert_true(find_norm(&tl, "'") >= 0);
    toklist_free(&tl);
}

static void test_typographic_folding(void **state)
{
    /* “quotes”, «guillemets», en/em dashes, ellipsis */
    const char *s = "\xE2\x80\x9CPeace\xE2\x80\x9D \xC2\xABUnity\xC2\xBB Minsk \xE2\x80\x93 Moscow \xE2\x80\x94 end\xE2\x80\xA6";
    toklist tl;
    build(&tl, s);
    const char *want[] = {"\"", "peace", "\"", "\"", "unity", "\"", "minsk", "-", "moscow", "-", "end", "..."};
    assert_int_equal(tl.n, sizeof want / sizeof *want);
    for (size_t i = 0; i < tl.n; i++) assert_string_equal(tl.t[i].norm, want[i]);
    /* the span of a folded character is its UTF-8 bytes */
    assert_int_equal(tl.t[0].end - tl.t[0].start, 3);
    assert_int_equal(tl.t[3].end - tl.t[3].start, 2);
    toklist_free(&tl);
}

static void test_hyphen_between_words(void **state)
{
    const char *s = "Secretary-General and Nur-Sultan, but 2020-2021 stays";
    toklist tl;
    build(&tl, s);
    const char *want[] = {"secretary", "-", "general", "and", "nur", "-", "sultan", ",", "but", "2020-2021", "stays"};
    assert_int_equal(tl.n, sizeof want / sizeof *want);
    for (size_t i = 0; i < tl.n; i++) assert_string_equal(tl.t[i].norm, want[i]);
    assert_int_equal(tl.t[1].kind, TOK_PUNCT);
    assert_int_equal(tl.t[9].kind, TOK_NUM);
    toklist_free(&tl);
}

static void test_nbsp_and_other_spaces(void **state)
{
    /* NBSP, thin space, ideographic space separate words like a space */
    const char *s = "8\xC2\xA0November\xE2\x80\x89" "2018\xE3\x80\x80Minsk";
    toklist tl;
    build(&tl, s);
    assert_int_equal(tl.n, 4);
    assert_string_equal(tl.t[0].norm, "8");
    assert_string_equal(tl.t[1].norm, "november");
    assert_string_equal(tl.t[2].norm, "2018");
    assert_string_equal(tl.t[3].norm, "minsk");
    assert_int_equal(tl.t[1].start, 3);
    toklist_free(&tl);
}

static void test_non_ascii_words(void **state)
{
    /* Cyrillic and accented Latin are letters; Cyrillic capitals set cap */
    const char *s = "Читайте также Rahmón";
    toklist tl;
    build(&tl, s);
    assert_int_equal(tl.n, 3);
    assert_int_equal(tl.t[0].kind, TOK_WORD);
    assert_true(tl.t[0].cap);
    assert_false(tl.t[1].cap);
    assert_true(tl.t[2].cap);
    char txt[32];
    tok_text(s, &tl, 2, txt, sizeof txt);
    assert_string_equal(txt, "Rahmón");
    toklist_free(&tl);
}

static void test_homoglyphs(void **state)
{
    /* a Cyrillic word typed with Latin look-alikes («Cовета»: a Latin C) folds as the Cyrillic word, its
     * span and cap as written; a Latin word, or one with a Latin letter that has no look-alike
     * («IT-отрасль»), is left alone */
    const char *s = "Cовета ОДKБ Council IТ";
    toklist tl;
    build(&tl, s);
    assert_int_equal(tl.n, 4);
    assert_string_equal(tl.t[0].norm, "совета");
    assert_true(tl.t[0].cap);
    assert_int_equal(tl.t[0].end - tl.t[0].start, strlen("Cовета"));
    assert_string_equal(tl.t[1].norm, "одкб");
    assert_string_equal(tl.t[2].norm, "council");
    assert_string_equal(tl.t[3].norm, "iт");
    toklist_free(&tl);
}

static void test_line_flags(void **state)
{
    const char *s = "one\ntwo\n\n\nthree";
    toklist tl;
    build(&tl, s);
    assert_int_equal(tl.n, 3);
    assert_false(tl.t[0].nl);
    assert_true(tl.t[1].nl);
    assert_false(tl.t[1].para);
    assert_true(tl.t[2].nl);
    assert_true(tl.t[2].para);
    toklist_free(&tl);
}

/* ---- sentences ---------------------------------------------------------- */

/* Number of sentences and the norm of the first token of sentence k. */
static const char *first_of(const toklist *tl, size_t k) { return tl->t[tl->s[k].first].norm; }
static const char *last_of(const toklist *tl, size_t k) { return tl->t[tl->s[k].last].norm; }

static void test_sentences_basic(void **state)
{
    toklist tl;
    build(&tl, "The ministers met. They adopted a plan! Was it signed? Yes.");
    assert_int_equal(tl.ns, 4);
    assert_string_equal(first_of(&tl, 1), "they");
    assert_string_equal(last_of(&tl, 1), "!");
    assert_string_equal(first_of(&tl, 2), "was");
    assert_string_equal(first_of(&tl, 3), "yes");
    assert_int_equal(tl.s[3].last, tl.n - 1);
    toklist_free(&tl);
}

static void test_sentences_abbreviations_and_initials(void **state)
{
    toklist tl;
    build(&tl, "The session opened on Nov. 28 in Minsk. Gen. Sidorov and V. V. Petrov spoke. Then Mr. Ivanov left.");
    assert_int_equal(tl.ns, 3);
    assert_string_equal(first_of(&tl, 1), "gen");
    assert_string_equal(first_of(&tl, 2), "then");
    toklist_free(&tl);

    /* a full stop before a lower-case word does not end a sentence either */
    build(&tl, "It is approx. ten kilometres away. Done.");
    assert_int_equal(tl.ns, 2);
    toklist_free(&tl);
}

static void test_sentences_line_breaks(void **state)
{
    toklist tl;
    /* a line break inside a sentence (even a blank line) does not end it */
    build(&tl, "The ministers discussed foreign\n\npolicy and security. Next point.");
    assert_int_equal(tl.ns, 2);
    assert_string_equal(last_of(&tl, 0), ".");
    toklist_free(&tl);

    /* a blank line after a full stop does, even before a lower-case word */
    build(&tl, "The meeting ended.\n\nthe press was told.");
    assert_int_equal(tl.ns, 2);
    assert_string_equal(first_of(&tl, 1), "the");
    toklist_free(&tl);

    /* a heading line without a stop, followed by a capitalised line */
    build(&tl, "CSTO ministers meet in Minsk\nThe ministers met today.");
    assert_int_equal(tl.ns, 2);
    assert_string_equal(first_of(&tl, 1), "the");
    toklist_free(&tl);

    /* a hard-wrapped paragraph: a single line break before a capitalised word
     * (or after a lower-case one) inside a sentence does not end it */
    build(&tl, "The extraordinary session of the Council of Foreign Ministers of the\n"
               "Collective Security Treaty Organization was held in Minsk today under\n"
               "the chairmanship of Belarus. The ministers adopted a statement on it.");
    assert_int_equal(tl.ns, 2);
    assert_string_equal(first_of(&tl, 1), "the");
    toklist_free(&tl);

    /* a short headline above a long body line still ends at its line break */
    build(&tl, "Ministers of the CSTO meet in Minsk on Monday for a session\n"
               "The foreign ministers of the Collective Security Treaty Organization met in Minsk on Monday to "
               "discuss the situation on the borders of the member states and adopted three documents.");
    assert_int_equal(tl.ns, 2);
    toklist_free(&tl);

    /* an abbreviation at the end of a paragraph still ends it */
    build(&tl, "They met on 8 Nov.\n\nThe next day they left.");
    assert_int_equal(tl.ns, 2);
    toklist_free(&tl);
}

static void test_sentences_quotes(void **state)
{
    toklist tl;
    /* a closing quote after the stop belongs to the sentence */
    build(&tl, "He said: \"We agree.\" The talks went on.");
    assert_int_equal(tl.ns, 2);
    assert_string_equal(last_of(&tl, 0), "\"");
    assert_string_equal(first_of(&tl, 1), "the");
    toklist_free(&tl);
}

/* ---- utf8_check ---------------------------------------------------------- */

static void test_utf8_check(void **state)
{
    size_t bad = 999;
    const char ok[] = "Plain ASCII, Минск, Rahmón, \xE2\x80\x94, \xF0\x9F\x98\x80.";
    assert_int_equal(utf8_check(ok, sizeof ok - 1, &bad), 0);
    assert_int_equal(utf8_check("", 0, &bad), 0);
    /* letters across the eight-byte windows: a lead as the eighth byte, its continuation the ninth */
    const char ru[] = "abcdefg\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA\xD0\xB5 \xD2\x91\xD3\xA9\xD4\x80 ok"; /* ...and U+0491, U+04E9, U+0500 */
    assert_int_equal(utf8_check(ru, sizeof ru - 1, &bad), 0);

    struct { const char *s; size_t len, at; } cases[] = {
        {"ab\xC0\xAF", 4, 2},            /* overlong '/' */
        {"ab\xE0\x80\xAF", 5, 2},        /* overlong three-byte */
        {"x\xED\xA0\x80y", 5, 1},        /* UTF-16 surrogate */
        {"abc\xE2\x80", 5, 3},           /* truncated at the end */
        {"a\xE2\x28\xA1", 4, 1},         /* bad continuation */
        {"ab\x80", 3, 2},                /* stray continuation byte */
        {"\xF5\x80\x80\x80", 4, 0},      /* beyond U+10FFFF */
        {"\xF4\x90\x80\x80", 4, 0},      /* U+110000 */
        {"abc\0def", 7, 3},              /* NUL */
        {"\xFF", 1, 0},
        /* Russian text, read eight bytes at a time: a fault anywhere in the window */
        {"\xD0\x9C\xD0\xB8\xD0\xBD\xD1\x81\xD0\xBA", 9, 8},    /* the last letter cut short */
        {"\xD0\x9C\xD0\xB8\xD0\xBD" "a\xD1\x81\x81", 10, 9},       /* a continuation after a whole letter */
        {"\xD0\x9C\xD0\xB8\xD0" "a\xD1\x81\xD0\xBA", 10, 4},       /* a lead before ASCII */
        {"\xD0\x9C\xD0\xB8\xD0\xD1\x81\xD0\xBA", 9, 4},         /* a lead before a lead */
        {"\xD0\x9C\xD0\xB8\0\xD1\x81\xD0\xBA", 9, 4},            /* NUL among letters */
        {"\xD0\x9C\xD0\xB8\xC1\x81\xD1\x81\xD0\xBA", 10, 4},   /* an overlong two-byte form among letters */
        {"abcdefg\xD0", 8, 7},                                   /* a lead as the eighth byte, nothing after */
        {"abcdefg\xD0" "abcdefgh", 16, 7},                      /* ... ASCII after it */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        bad = 999;
        assert_int_equal(utf8_check(cases[i].s, cases[i].len, &bad), -1);
        assert_int_equal(bad, cases[i].at);
    }
    /* a NULL out-pointer is allowed */
    assert_int_equal(utf8_check("\xFF", 1, NULL), -1);
}

/* ---- fold_ascii ----------------------------------------------------------- */

static void test_fold_ascii(void **state)
{
    char out[64];
    const char *s = "Security Councils\xE2\x80\x99 \xE2\x80\x9CKEY\xE2\x80\x9D \xE2\x80\x93 X";
    fold_ascii(s, strlen(s), out, sizeof out);
    assert_string_equal(out, "security councils' \"key\" - x");
    /* bounded by outlen */
    fold_ascii("ABCDEFGH", 8, out, 4);
    assert_string_equal(out, "abc");
}

/* ---- slug_append ----------------------------------------------------------- */

static void slug(const char *s, size_t max, const char *want)
{
    sbuf b = {0};
    slug_append(&b, s, max);
    assert_string_equal(sbuf_str(&b), want);
    sbuf_free(&b);
}

static void test_slug(void **state)
{
    slug("Nursultan Nazarbayev", 64, "nursultan-nazarbayev");
    slug("Emomali Rahmón", 64, "emomali-rahmon");          /* accent folded */
    slug("Çelik Öztürk", 64, "celik-ozturk");
    slug("  Statement -- on (the) \"Situation\"!  ", 64, "statement-on-the-situation");
    slug("Security Councils\xE2\x80\x99 Secretaries", 64, "security-councils-secretaries");
    slug("Council of Foreign Ministers' 2019 session", 64, "council-of-foreign-ministers-2019-session");
    /* ICU's Any-Latin; Latin-ASCII (issue 15: Latin-1 only gave laj-ak, za) */
    slug("Lajčák", 64, "lajcak");
    slug("Stanislav Zaś", 64, "stanislav-zas");
    slug("Straße", 64, "strasse");
    slug("Минск", 64, "minsk");                               /* Cyrillic transliterated */
    slug("Minsk Минск Moscow", 64, "minsk-minsk-moscow");
    slug("Ереван — Yerevan", 64, "erevan-yerevan");
    slug("\xF0\x9F\x98\x80 summit", 64, "summit");          /* what has no Latin form is skipped */
    slug("Lajčák Lajčák Lajčák", 14, "lajcak-lajcak");        /* the limit counts the ASCII output */
    /* cut at a hyphen within the limit */
    slug("declaration on the strengthening of cooperation", 20, "declaration-on-the");
    sbuf b = {0};
    slug_append(&b, "declaration on the strengthening of cooperation", 20);
    assert_true(b.len <= 20);
    /* appends after existing content */
    sbuf_puts(&b, "-");
    slug_append(&b, "Minsk", 32);
    assert_string_equal(sbuf_str(&b), "declaration-on-the-minsk");
    sbuf_free(&b);
}

/* sbuf_put_int writes what printf's "%0*lld" does, for every width a
 * caller uses and the ends of the range. */
static void test_put_int(void **state)
{
    (void)state;
    const long long vals[] = {0, 1, 7, 9, 10, 99, 100, 2009, 123456789, LLONG_MAX, -1, -5, -2009, LLONG_MIN};
    for (size_t i = 0; i < sizeof vals / sizeof *vals; i++)
        for (int width = 0; width <= 6; width++) {
            char want[64];
            snprintf(want, sizeof want, "%0*lld", width, vals[i]);
            sbuf b = {0};
            sbuf_puts(&b, "x");
            sbuf_put_int(&b, vals[i], width);
            assert_string_equal(sbuf_str(&b) + 1, want);
            sbuf_free(&b);
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_words_numbers_spans),
        cmocka_unit_test(test_homoglyphs),
        cmocka_unit_test(test_put_int),
        cmocka_unit_test(test_upper_and_cap_flags),
        cmocka_unit_test(test_possessive_is_own_token),
        cmocka_unit_test(test_typographic_folding),
        cmocka_unit_test(test_hyphen_between_words),
        cmocka_unit_test(test_nbsp_and_other_spaces),
        cmocka_unit_test(test_non_ascii_words),
        cmocka_unit_test(test_line_flags),
        cmocka_unit_test(test_sentences_basic),
        cmocka_unit_test(test_sentences_abbreviations_and_initials),
        cmocka_unit_test(test_sentences_line_breaks),
        cmocka_unit_test(test_sentences_quotes),
        cmocka_unit_test(test_utf8_check),
        cmocka_unit_test(test_fold_ascii),
        cmocka_unit_test(test_slug),
    };
    return cmocka_run_group_tests(tests, gazfix_setup, gazfix_teardown);
}
