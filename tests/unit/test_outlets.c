/* test_outlets — the forms other outlets use, one test per rule added for
 * them: datelines with dates and agencies (TASS, BelTA, Armenpress,
 * AKIpress), a publication-date line after the lede, dates of speaking and of
 * the dateline that are not the meeting's, planned weekdays, people who "hold
 * a joint meeting", speakers who announce a meeting without attending it,
 * titles of an institution, paired country adjectives over a list of names,
 * quoted titles, "statements on A and on B", place names in titles, a month
 * alone, header date forms ("date 2020-12-02 MOSCOW, ...", a date line
 * before the title) and the relative dates they resolve.  Every sentence
 * here is written for these tests. */
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

/* The model of one article whose whole file is `raw`. */
static json_t *model(const char *raw)
{
    corpus *c = corpus_new(G);
    char err[256] = "";
    assert_int_equal(corpus_add_text(c, "a", raw, strlen(raw), err, sizeof err), 0);
    json_t *m = corpus_model(c);
    assert_non_null(m);
    corpus_free(c);
    return m;
}

static const char *str(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static json_t *item(json_t *m, const char *kind, size_t i) { return json_array_get(json_object_get(m, kind), i); }
static size_t count(json_t *m, const char *kind) { return json_array_size(json_object_get(m, kind)); }

/* The official whose id is `id`, or NULL. */
static json_t *official(json_t *m, const char *id)
{
    size_t i;
    json_t *o;
    json_array_foreach(json_object_get(m, "officials"), i, o) if (!strcmp(str(o, "id"), id)) return o;
    return NULL;
}

static int lists(json_t *arr, const char *id)
{
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v) if (!strcmp(json_string_value(v), id)) return 1;
    return 0;
}

static const char *bodies(json_t *meeting, char *buf, size_t n)
{
    buf[0] = '\0';
    size_t i;
    json_t *b;
    json_array_foreach(json_object_get(meeting, "bodies"), i, b) {
        if (i) strncat(buf, "+", n - strlen(buf) - 1);
        strncat(buf, json_string_value(b), n - strlen(buf) - 1);
    }
    return buf;
}

static void datelines(void **state)
{
    static const struct { const char *raw, *dateline, *source; } cases[] = {
        {"Leaders to meet\n\nMOSCOW, November 23. /TASS/. The session of the CSTO Collective Security Council "
         "will be held in Minsk.\n", "MOSCOW", "TASS"},
        {"Ministers meet\n\nBISHKEK (AKIpress) - The meeting of the Council of Defense Ministers was held in "
         "Bishkek.\n", "BISHKEK", "AKIpress"},
        {"Session chaired\n\nYEREVAN, NOVEMBER 23, ARMENPRESS. The Prime Minister chaired the session in "
         "Yerevan.\n", "YEREVAN", "Armenpress"},
        {"Talks\n\nMINSK, 30 November (BelTA) - The ministers met in Minsk.\n", "MINSK", "BelTA"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        json_t *m = model(cases[i].raw);
        json_t *a = item(m, "articles", 0);
        assert_string_equal(str(a, "dateline"), cases[i].dateline);
        assert_string_equal(str(a, "source"), cases[i].source);
        json_decref(m);
    }
}

static void date_line_after_lede(void **state)
{
    json_t *m = model("Minister attends meeting\n\nASTANA. KAZINFORM - The Foreign Minister of Kazakhstan Aidar "
                      "Tulegenov took part in a meeting of the CSTO Council of Foreign Ministers via video link "
                      "yesterday.\n\n12 April 2023, 14:20\n\nThe ministers discussed the situation.\n");
    assert_string_equal(str(item(m, "articles", 0), "published"), "2023-04-12");
    json_t *mt = item(m, "meetings", 0);
    assert_string_equal(str(mt, "date"), "2023-04-11"); /* yesterday, from the date line below */
    assert_string_equal(str(mt, "format"), "video");
    /* the date line is not part of the text */
    assert_null(strstr(str(item(m, "articles", 0), "text"), "14:20"));
    json_decref(m);
}

static void spoken_date_and_planned_weekday(void **state)
{
    /* 14.10.2016 is a Friday: "said on Monday" is the 10th, "would meet on Friday" the coming Friday */
    json_t *m = model("Ministers to meet\n\n14.10.2016\n\nGulnara Aitova, Kyrgyzstan's Foreign Minister, said on "
                      "Monday that the CSTO Council of Foreign Ministers would meet in Yerevan on Wednesday.\n");
    assert_int_equal(count(m, "meetings"), 1);
    json_t *mt = item(m, "meetings", 0);
    assert_string_equal(str(mt, "status"), "planned");
    assert_string_equal(str(mt, "date"), "2016-10-19");
    assert_string_equal(str(mt, "city"), "Yerevan");
    json_decref(m);
}

static void dateline_date_is_not_the_meeting_date(void **state)
{
    json_t *m = model("Secretaries meet\n\n14.06.2023\n\nDUSHANBE, June 14 (Khovar) - The Committee of Secretaries "
                      "of the Security Councils of the CSTO met in Dushanbe yesterday.\n");
    json_t *mt = item(m, "meetings", 0);
    assert_string_equal(str(mt, "date"), "2023-06-13");
    assert_string_equal(str(mt, "status"), "held");
    json_decref(m);
}

static void people_hold_a_joint_meeting(void **state)
{
    json_t *m = model("Ministers\n\nOn Thursday, the foreign ministers, defence ministers and secretaries of "
                      "security councils of the CSTO member states will hold a joint meeting in Minsk.\n");
    char b[64];
    assert_int_equal(count(m, "meetings"), 1);
    json_t *mt = item(m, "meetings", 0);
    assert_string_equal(bodies(mt, b, sizeof b), "CDM+CFM+CSSC");
    assert_string_equal(str(mt, "status"), "planned");
    assert_string_equal(str(mt, "city"), "Minsk");
    json_decref(m);
}

static void speaker_of_a_planned_meeting_does_not_attend(void **state)
{
    json_t *m = model("Summit\n\nThe session of the CSTO Collective Security Council will be held in Minsk, Russian "
                      "presidential aide Pavel Orlov told reporters. Russian President Ivan Sokolov will take part "
                      "in the summit, Orlov said.\n");
    json_t *mt = item(m, "meetings", 0);
    json_t *parts = json_object_get(mt, "participants");
    assert_true(lists(parts, "ivan-sokolov"));
    assert_false(lists(parts, "pavel-orlov"));
    assert_non_null(official(m, "pavel-orlov")); /* still an official, with his title */
    json_decref(m);
}

static void institution_titles(void **state)
{
    json_t *m = model("Assembly\n\nThe Parliamentary Assembly of the CSTO held its plenary session in Minsk. "
                      "Chairman of the State Duma Oleg Dronov and Speaker of the Kyrgyz Parliament Asel Toktogulova "
                      "addressed the session.\n");
    json_t *d = official(m, "oleg-dronov"), *t = official(m, "asel-toktogulova");
    assert_non_null(d);
    assert_non_null(t);
    json_t *p = json_array_get(json_object_get(t, "positions"), 0);
    assert_string_equal(str(p, "title"), "Speaker of the Kyrgyz Parliament"); /* (as written: a reader keeps the institution) */
    assert_string_equal(str(p, "country"), "kyrgyzstan");
    json_t *mt = item(m, "meetings", 0);
    assert_true(lists(json_object_get(mt, "participants"), "oleg-dronov"));
    assert_true(lists(json_object_get(mt, "participants"), "asel-toktogulova"));
    json_decref(m);
}

static void paired_country_adjectives(void **state)
{
    json_t *m = model("Defence\n\nThe Council of Defence Ministers met in Minsk. Russian and Belarusian defence "
                      "ministers Petr Lomov and Anton Kuzmich took part in the meeting.\n");
    json_t *l = official(m, "petr-lomov"), *k = official(m, "anton-kuzmich");
    assert_non_null(l);
    assert_non_null(k);
    assert_string_equal(str(json_array_get(json_object_get(l, "positions"), 0), "country"), "russia");
    assert_string_equal(str(json_array_get(json_object_get(k, "positions"), 0), "country"), "belarus");
    json_decref(m);
}

static void titles_in_quotes_and_lists(void **state)
{
    json_t *m = model("Documents\n\nThe Council of Defence Ministers met in Minsk on 3 June 2022. The ministers "
                      "approved the 'Program of Military Cooperation' and adopted statements on the 30th "
                      "anniversary of the Collective Security Treaty and on the situation in Central Asia. The "
                      "Council also adopted the Minsk Declaration.\n");
    const char *want[] = {"Program of Military Cooperation", "statement on the 30th anniversary of the Collective "
                          "Security Treaty", "statement on the situation in Central Asia", "Minsk Declaration"};
    for (size_t w = 0; w < sizeof want / sizeof *want; w++) {
        int found = 0;
        size_t i;
        json_t *d;
        json_array_foreach(json_object_get(m, "documents"), i, d) found |= !strcmp(str(d, "title"), want[w]);
        if (!found) fail_msg("missing document '%s'", want[w]);
    }
    assert_int_equal(count(m, "documents"), 4);
    json_decref(m);
}

static void month_alone_takes_the_year_last_named(void **state)
{
    json_t *m = model("Ministers\n\nBISHKEK (AKIpress) - The meeting of the Council of Defense Ministers of the CSTO "
                      "was held in Bishkek on June 12, 2024. The next meeting of the CDM will take place in Moscow "
                      "in November.\n");
    assert_int_equal(count(m, "meetings"), 2);
    int seen = 0;
    size_t i;
    json_t *mt;
    json_array_foreach(json_object_get(m, "meetings"), i, mt) {
        if (!strcmp(str(mt, "status"), "planned")) {
            assert_string_equal(str(mt, "date"), "2024-11");
            assert_string_equal(str(mt, "city"), "Moscow");
            seen = 1;
        }
    }
    assert_true(seen);
    json_decref(m);
}

static void header_date_forms_resolve_relative_dates(void **state)
{
    /* a labelled date glued to a TASS dateline: published, and the weekday with its date is the meeting's */
    json_t *m = model("date 2020-12-02 MOSCOW, December 2. /TASS/. On Wednesday, December 2, Russian President "
                      "Vladimir Putin will chair a session of the CSTO Collective Security Council via video link.\n");
    json_t *a = item(m, "articles", 0);
    assert_string_equal(str(a, "published"), "2020-12-02");
    assert_string_equal(str(a, "dateline"), "MOSCOW");
    assert_string_equal(str(a, "source"), "TASS");
    assert_int_equal(count(m, "meetings"), 1);
    assert_string_equal(str(item(m, "meetings", 0), "date"), "2020-12-02");
    json_decref(m);

    /* a date line before the title; "this morning" is the publication day */
    m = model("30 Nov 2021 12:44\nMinisters gather in Minsk\nThe CSTO Council of Foreign Ministers met in Minsk "
              "this morning to discuss the border situation.\n");
    assert_string_equal(str(item(m, "articles", 0), "title"), "Ministers gather in Minsk");
    assert_string_equal(str(item(m, "articles", 0), "published"), "2021-11-30");
    assert_string_equal(str(item(m, "meetings", 0), "date"), "2021-11-30");
    json_decref(m);

    /* a relative month: month precision */
    m = model("Ministers met\nPublished: 20 June 2021\nThe CSTO Council of Defence Ministers met in Dushanbe "
              "earlier this month and approved a plan of joint exercises.\n");
    assert_string_equal(str(item(m, "meetings", 0), "date"), "2021-06");
    json_decref(m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(datelines),
        cmocka_unit_test(date_line_after_lede),
        cmocka_unit_test(spoken_date_and_planned_weekday),
        cmocka_unit_test(dateline_date_is_not_the_meeting_date),
        cmocka_unit_test(people_hold_a_joint_meeting),
        cmocka_unit_test(speaker_of_a_planned_meeting_does_not_attend),
        cmocka_unit_test(institution_titles),
        cmocka_unit_test(paired_country_adjectives),
        cmocka_unit_test(titles_in_quotes_and_lists),
        cmocka_unit_test(month_alone_takes_the_year_last_named),
        cmocka_unit_test(header_date_forms_resolve_relative_dates),
    };
    return cmocka_run_group_tests(tests, gazfix_setup, gazfix_teardown);
}
