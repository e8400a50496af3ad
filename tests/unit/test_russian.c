/* test_russian — the layers under the extractor for Russian articles (issue 17):
 * Cyrillic tokens (word characters, case flags, the lower-case ё-folded norm),
 * gazetteer matching by Russian stem («в Минске» is Minsk, «Совета министров
 * иностранных дел» the CFM, «министра иностранных дел» the title), the case
 * rules of places (a lower-case «ереван» is no city, a lower-case adjective
 * of the data still marks its city or country), Russian surnames folded across cases,
 * and the language of an article.  English matching is checked beside each
 * (it must not change).  Fixture sentences are written for this test. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "model/article.h"
#include "model/corpus.h"

#include <jansson.h>
#include "model/gazetteer.h"
#include "model/text.h"
#include "tests/common/gazfix.h"

/* Tokenises s and interns it when `intern` (the extractor's path); the other
 * path (date and header parsing) looks words up one by one. */
static void tokens(toklist *tl, const char *s, int intern)
{
    assert_int_equal(toklist_build(tl, s, strlen(s), gaz_is_abbrev, G), 0);
    if (intern) assert_int_equal(gaz_intern(G, tl), 0);
}

/* The index of the first token whose text is w, or fails. */
static size_t at(const toklist *tl, const char *s, const char *w)
{
    for (size_t i = 0; i < tl->n; i++)
        if (tl->t[i].end - tl->t[i].start == strlen(w) && !memcmp(s + tl->t[i].start, w, strlen(w))) return i;
    fail_msg("no token '%s'", w);
    return 0;
}

static void test_cyrillic_tokens(void **state)
{
    (void)state;
    const char *s = "Глава СМИД ОДКБ Сергей Лавров сообщил: «Встреча в Минске — 27.11.2025». Ёлка и ёж.";
    toklist tl;
    tokens(&tl, s, 0);
    size_t i = at(&tl, s, "Глава");
    assert_int_equal(tl.t[i].kind, TOK_WORD);
    assert_true(tl.t[i].cap);
    assert_false(tl.t[i].upper);
    assert_string_equal(tl.t[i].norm, "глава");
    i = at(&tl, s, "ОДКБ");
    assert_true(tl.t[i].cap);
    assert_true(tl.t[i].upper);
    assert_string_equal(tl.t[i].norm, "одкб");
    i = at(&tl, s, "сообщил");
    assert_false(tl.t[i].cap);
    assert_false(tl.t[i].upper);
    i = at(&tl, s, "Ёлка");
    assert_true(tl.t[i].cap);
    assert_string_equal(tl.t[i].norm, "елка"); /* ё as е */
    assert_string_equal(tl.t[at(&tl, s, "ёж")].norm, "еж");
    /* guillemets are quotes, the dash a dash, the date one number */
    assert_string_equal(tl.t[at(&tl, s, "«")].norm, "\"");
    assert_string_equal(tl.t[at(&tl, s, "—")].norm, "-");
    assert_int_equal(tl.t[at(&tl, s, "27.11.2025")].kind, TOK_NUM);
    assert_int_equal(tl.ns, 2); /* two sentences */
    toklist_free(&tl);
}

/* Every letter U+0400-U+047F, as the first letter of a word and after one: the
 * norm is its lower case with ё as е, the word is capitalised when the letter
 * is U+0400-U+042F.  The rule is written out here, apart from the table
 * text.c folds by. */
static void test_every_cyrillic_letter_folds(void **state)
{
    (void)state;
    for (unsigned cp = 0x400; cp < 0x480; cp++) {
        unsigned low = cp >= 0x410 && cp <= 0x42F ? cp + 0x20 : cp <= 0x40F ? cp + 0x50 : cp;
        if (low == 0x451) low = 0x435;
        char s[16], want[16];
        /* the letter, «а», the letter again: "Xа" then "аX" */
        snprintf(s, sizeof s, "%c%c\xd0\xb0 \xd0\xb0%c%c", 0xC0 | (cp >> 6), 0x80 | (cp & 0x3F), 0xC0 | (cp >> 6),
                 0x80 | (cp & 0x3F));
        toklist tl;
        tokens(&tl, s, 1);
        assert_int_equal(tl.n, 2);
        snprintf(want, sizeof want, "%c%c\xd0\xb0", 0xC0 | (low >> 6), 0x80 | (low & 0x3F));
        assert_string_equal(tl.t[0].norm, want);
        assert_int_equal(tl.t[0].cap, cp < 0x430);
        snprintf(want, sizeof want, "\xd0\xb0%c%c", 0xC0 | (low >> 6), 0x80 | (low & 0x3F));
        assert_string_equal(tl.t[1].norm, want);
        assert_false(tl.t[1].cap);
        toklist_free(&tl);
    }
}

/* A Russian word interned again (gaz_intern remembers the slot of each word
 * outside ASCII) matches as it did the first time, in another list and among
 * many other words that may take its place in the memory. */
static void test_interned_again(void **state)
{
    (void)state;
    const char *s = "Встреча прошла в Минске.";
    toklist tl;
    gaz_hit h;
    for (int round = 0; round < 3; round++) {
        tokens(&tl, s, 1);
        assert_true(gaz_match(G, &tl, at(&tl, s, "Минске"), tl.n, G_CITY, -1, &h));
        assert_false(gaz_match(G, &tl, at(&tl, s, "прошла"), tl.n, G_CITY, -1, &h));
        toklist_free(&tl);
        /* a hundred thousand other words between the rounds (more than the cells it keeps), each beside «Минске»:
         * no other word is taken for it */
        char w[64];
        for (int k = 0; k < 100000 && round < 2; k++) {
            snprintf(w, sizeof w, "\xd1\x81\xd0\xbb\xd0\xbe\xd0\xb2\xd0\xbe%d \xd0\x9c\xd0\xb8\xd0\xbd\xd1\x81\xd0\xba\xd0\xb5",
                     k); /* «словоN Минске» */
            tokens(&tl, w, 1);
            assert_false(gaz_match(G, &tl, 0, tl.n, G_CITY, -1, &h));
            assert_true(gaz_match(G, &tl, 1, tl.n, G_CITY, -1, &h));
            toklist_free(&tl);
        }
    }
}

/* The class value of the longest match of cls at the token whose text is w, or -1. */
static int match(const char *s, const char *w, int cls, int intern, size_t *ntok)
{
    toklist tl;
    tokens(&tl, s, intern);
    gaz_hit h;
    size_t i = at(&tl, s, w);
    int v = gaz_match(G, &tl, i, tl.n, cls, -1, &h) ? h.val : -1;
    if (ntok) *ntok = v >= 0 ? h.end - h.start : 0;
    toklist_free(&tl);
    return v;
}

static void test_places_by_stem(void **state)
{
    (void)state;
    for (int intern = 0; intern < 2; intern++) {
        int c = match("Заседание пройдет в Минске.", "Минске", G_CITY, intern, NULL);
        assert_true(c >= 0);
        assert_string_equal(gaz_city(G, c)->name, "Minsk");
        assert_int_equal(match("Делегации прибыли в Минск.", "Минск", G_CITY, intern, NULL), c);
        assert_int_equal(match("Из Минска вылетел самолет.", "Минска", G_CITY, intern, NULL), c);
        assert_int_equal(match("The session was held in Minsk.", "Minsk", G_CITY, intern, NULL), c);
        /* a lower-case word is no place name (the data writes «Ереван»), but a city's
         * adjective in lower case in the data is («минский саммит»: the Minsk summit) */
        assert_int_equal(match("слово ереван строчными", "ереван", G_CITY, intern, NULL), -1);
        assert_true(match("Слово Ереван с заглавной", "Ереван", G_CITY, intern, NULL) >= 0);
        assert_int_equal(match("На минском саммите.", "минском", G_CITY, intern, NULL), c);
        c = match("Саммит прошел в Алма-Ате.", "Алма", G_CITY, intern, NULL);
        assert_true(c >= 0);
        assert_string_equal(gaz_city(G, c)->name, "Almaty");
        int k = match("Президент России прибыл.", "России", G_COUNTRY, intern, NULL);
        assert_true(k >= 0);
        assert_string_equal(gaz_country(G, k)->slug, "russia");
        /* an adjective written in lower case in the data matches a lower-case word */
        assert_int_equal(match("российская делегация", "российская", G_COUNTRY, intern, NULL), k);
        /* «РФ» is written in capitals: only a word in capitals */
        assert_int_equal(match("Делегация РФ прибыла.", "РФ", G_COUNTRY, intern, NULL), k);
        k = match("в Киргизии", "Киргизии", G_COUNTRY, intern, NULL);
        assert_true(k >= 0);
        assert_string_equal(gaz_country(G, k)->slug, "kyrgyzstan");
    }
}

static void test_bodies_titles_by_stem(void **state)
{
    (void)state;
    for (int intern = 0; intern < 2; intern++) {
        size_t n;
        int b = match("Члены Совета министров иностранных дел ОДКБ собрались.", "Совета", G_BODY, intern, &n);
        assert_true(b >= 0);
        assert_string_equal(gaz_body(G, b)->code, "CFM");
        assert_int_equal(n, 5); /* the organisation's name belongs to the body's */
        b = match("Решение одобрил СМИД.", "СМИД", G_BODY, intern, NULL);
        assert_string_equal(gaz_body(G, b)->code, "CFM");
        b = match("На сессии Совета коллективной безопасности.", "Совета", G_BODY, intern, NULL);
        assert_string_equal(gaz_body(G, b)->code, "CSC");
        b = match("Члены Council of Foreign Ministers met.", "Council", G_BODY, intern, NULL);
        assert_string_equal(gaz_body(G, b)->code, "CFM");
        int t = match("Он встретился с министром иностранных дел Армении.", "министром", G_TITLE, intern, &n);
        assert_true(t >= 0);
        assert_string_equal(gaz_title(G, t)->name, "Minister of Foreign Affairs");
        assert_int_equal(n, 3);
        t = match("слова генерального секретаря ОДКБ", "генерального", G_TITLE, intern, NULL);
        assert_string_equal(gaz_title(G, t)->name, "Secretary General");
        int o = match("Организации Договора о коллективной безопасности", "Организации", G_ORG, intern, &n);
        assert_true(o >= 0);
        assert_string_equal(gaz_org(G, o)->code, "CSTO");
        assert_int_equal(n, 5);
        int d = match("Министры приняли заявление.", "заявление", G_DOCTYPE, intern, NULL);
        assert_string_equal(gaz_doctype(G, d)->name, "statement");
        /* lexicon: a meeting noun in another case */
        toklist tl;
        const char *s = "На заседании министры обсудили повестку.";
        tokens(&tl, s, intern);
        gaz_hit h;
        assert_true(gaz_match(G, &tl, at(&tl, s, "заседании"), tl.n, G_LEX, LX_MEETING_NOUN, &h));
        assert_false(gaz_match(G, &tl, at(&tl, s, "министры"), tl.n, G_LEX, LX_MEETING_NOUN, &h));
        toklist_free(&tl);
    }
    /* a capitalised Russian non-name word is no part of a name; a place's
     * stem is not marked, since surnames share them («Баку», «Бакиев»: «бак»):
     * a place matches only in one of its case forms */
    assert_true(gaz_notname(G, "республики"));
    assert_false(gaz_notname(G, "сергей"));
    assert_false(gaz_notname(G, "бакиев"));
    for (int intern = 0; intern < 2; intern++) {
        assert_true(match("Саммит прошел в Баку.", "Баку", G_CITY, intern, NULL) >= 0);
        assert_true(match("Министры встретились в Москве.", "Москве", G_CITY, intern, NULL) >= 0);
        assert_true(match("Делегация Российской Федерации", "Российской", G_COUNTRY, intern, NULL) >= 0);
        assert_int_equal(match("Выступил Курманбек Бакиев.", "Бакиев", G_CITY, intern, NULL), -1);
        /* the stem differs between cases («Ереван» -> «ерева», «Ереване» -> «ереван»): every form is entered */
        assert_true(match("Саммит пройдет в Ереване.", "Ереване", G_CITY, intern, NULL) >= 0);
        assert_true(match("Ереван примет саммит.", "Ереван", G_CITY, intern, NULL) >= 0);
        assert_true(match("Делегация Еревана прибыла.", "Еревана", G_CITY, intern, NULL) >= 0);
    }
}

static void test_surname_keys(void **state)
{
    (void)state;
    /* pairs of names that must share a surname key */
    static const char *const same[][2] = {
        {"Лаврова", "Лавров"}, {"Токаеву", "Токаев"},
        /* one key across scripts: the Russian form is written as English news writes it */
        {"Лаврова", "Lavrov"}, {"Шойгу", "Shoigu"}, {"Токаевым", "Tokayev"}, {"Пашиняна", "Пашинян"},
        /* English surnames as before */
        {"Zheenbekov", "Jeenbekov"},
    };
    char a[64], b[64];
    for (size_t i = 0; i < sizeof same / sizeof *same; i++) {
        gaz_name_key(G, same[i][0], a, sizeof a);
        gaz_name_key(G, same[i][1], b, sizeof b);
        assert_string_equal(a, b);
    }
    gaz_name_key(G, "Лукашенко", a, sizeof a); /* indeclinable: kept whole, in Latin letters */
    assert_string_equal(a, "lukashenko");
    gaz_name_key(G, "Путин", a, sizeof a);
    gaz_name_key(G, "Пашинян", b, sizeof b);
    assert_string_not_equal(a, b);
}

static void test_language(void **state)
{
    (void)state;
    const char *ru0 = "В Минске прошло заседание Совета министров иностранных дел ОДКБ.";
    assert_string_equal(article_lang(ru0, strlen(ru0)), "ru");
    const char *en = "The CSTO foreign ministers met in Minsk (Минск) on Thursday.";
    assert_string_equal(article_lang(en, strlen(en)), "en");
    const char *ru = "Министры (CSTO, www.odkb-csto.org) встретились в Минске.";
    assert_string_equal(article_lang(ru, strlen(ru)), "ru");
    assert_string_equal(article_lang("", 0), "en");
    article a;
    memset(&a, 0, sizeof a);
    char err[128];
    const char *raw = "Министры встретились в Минске\n\nМИНСК, 21 ноя. Министры иностранных дел провели заседание.\n";
    assert_int_equal(article_parse(G, "ru1", raw, strlen(raw), &a, err, sizeof err), 0);
    assert_string_equal(a.lang, "ru");
    article_clear(&a);
    raw = "Ministers met in Minsk\n\nMINSK, November 21. The foreign ministers held a meeting.\n";
    assert_int_equal(article_parse(G, "en1", raw, strlen(raw), &a, err, sizeof err), 0);
    assert_string_equal(a.lang, "en");
    article_clear(&a);
}

/* Two articles written for this test, one in each language, about one
 * meeting and one minister: one meeting, one official, whose names hold both
 * written forms (the English one is the name). */
static void test_one_knowledge_base_across_languages(void **state)
{
    (void)state;
    const char *en = "Lavrov in Minsk\n\n14.05.2026\n\nRussian Foreign Minister Sergey Lavrov took part in the "
                     "meeting of the CSTO Council of Foreign Ministers in Minsk on 12 May.\n";
    const char *ru = "Лавров в Минске\n\n14.05.2026\n\nМинистр иностранных дел России Сергей Лавров принял участие "
                     "в заседании Совета министров иностранных дел ОДКБ в Минске 12 мая.\n";
    corpus *c = corpus_new(G);
    char err[256];
    assert_int_equal(corpus_add_text(c, "en1", en, strlen(en), err, sizeof err), 0);
    assert_int_equal(corpus_add_text(c, "ru1", ru, strlen(ru), err, sizeof err), 0);
    json_t *m = corpus_model(c);
    assert_non_null(m);
    json_t *ms = json_object_get(m, "meetings"), *os = json_object_get(m, "officials");
    assert_int_equal(json_array_size(ms), 1);
    assert_int_equal(json_array_size(json_object_get(json_array_get(ms, 0), "articles")), 2);
    assert_string_equal(json_string_value(json_object_get(json_array_get(ms, 0), "city")), "Minsk");
    assert_int_equal(json_array_size(os), 1);
    json_t *o = json_array_get(os, 0);
    assert_string_equal(json_string_value(json_object_get(o, "name")), "Sergey Lavrov");
    json_t *names = json_object_get(o, "names");
    assert_int_equal(json_array_size(names), 2);
    assert_string_equal(json_string_value(json_array_get(names, 0)), "Sergey Lavrov");
    assert_string_equal(json_string_value(json_array_get(names, 1)), "Сергей Лавров");
    assert_int_equal(json_array_size(json_object_get(o, "articles")), 2);
    json_decref(m);
    corpus_free(c);
}

/* Two Russian articles written for this test name one minister, one in the
 * instrumental case only («с Николом Пашиняном»), one in the nominative:
 * the official is named in the nominative, however the articles are ordered. */
static void test_name_in_the_nominative(void **state)
{
    (void)state;
    const char *obl = "Встреча в Минске\n\n14.05.2026\n\nПрезидент Белоруссии Александр Лукашенко в Минске "
                      "побеседовал с исполняющим обязанности премьер-министра Армении Николом Пашиняном.\n";
    const char *nom = "Заседание в Минске\n\n14.05.2026\n\nПремьер-министр Армении Никол Пашинян принял участие "
                      "в заседании Совета коллективной безопасности ОДКБ в Минске.\n";
    for (int order = 0; order < 2; order++) {
        corpus *c = corpus_new(G);
        char err[256];
        assert_int_equal(corpus_add_text(c, order ? "b" : "a", obl, strlen(obl), err, sizeof err), 0);
        assert_int_equal(corpus_add_text(c, order ? "a" : "b", nom, strlen(nom), err, sizeof err), 0);
        json_t *m = corpus_model(c);
        assert_non_null(m);
        json_t *os = json_object_get(m, "officials");
        int found = 0;
        for (size_t i = 0; i < json_array_size(os); i++) {
            const char *name = json_string_value(json_object_get(json_array_get(os, i), "name"));
            if (strstr(name, "Пашинян")) {
                assert_string_equal(name, "Никол Пашинян");
                found++;
            }
        }
        assert_int_equal(found, 1);
        json_decref(m);
        corpus_free(c);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cyrillic_tokens),
        cmocka_unit_test(test_every_cyrillic_letter_folds),
        cmocka_unit_test(test_interned_again),
        cmocka_unit_test(test_places_by_stem),
        cmocka_unit_test(test_bodies_titles_by_stem),
        cmocka_unit_test(test_surname_keys),
        cmocka_unit_test(test_language),
        cmocka_unit_test(test_one_knowledge_base_across_languages),
        cmocka_unit_test(test_name_in_the_nominative),
    };
    return cmocka_run_group_tests(tests, gazfix_setup, gazfix_teardown);
}
