/* test_corpus — resolution across articles (model/corpus.h): one meeting
 * reported by several articles, a meeting announced in one article and
 * reported in another, one person under several name forms and spellings
 * (data/translit.tsv), readable and stable ids, output independent of the
 * order articles are added in, and corpus_add_path on directories with bad
 * files.  Fixture articles: tests/fixtures/articles/ (see README.md there). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "model/corpus.h"
#include "model/gazetteer.h"
#include "tests/common/gazfix.h"

#define FIX "tests/fixtures/articles/"

/* ---- helpers -------------------------------------------------------------- */

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) fprintf(stderr, "cannot open %s\n", path);
    assert_non_null(f);
    char *buf = malloc(1 << 20);
    assert_non_null(buf);
    *len = fread(buf, 1, (1 << 20) - 1, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

static void add_fixture(corpus *c, const char *name)
{
    char path[256], err[256] = "";
    snprintf(path, sizeof path, FIX "%s.txt", name);
    size_t len;
    char *raw = slurp(path, &len);
    int rc = corpus_add_text(c, name, raw, len, err, sizeof err);
    if (rc) fprintf(stderr, "%s: %s\n", name, err);
    assert_int_equal(rc, 0);
    free(raw);
}

/* The model of the named fixtures, added in the order given. */
static json_t *model_of(const char *const *names, size_t n)
{
    corpus *c = corpus_new(G);
    assert_non_null(c);
    for (size_t i = 0; i < n; i++) add_fixture(c, names[i]);
    assert_int_equal(corpus_count(c), n);
    json_t *m = corpus_model(c);
    assert_non_null(m);
    corpus_free(c);
    return m;
}

/* A corpus with no article (an empty directory) gives a model of empty lists (under UBSan: no sort of a null
 * array). */
static void test_empty_corpus_model(void **state)
{
    (void)state;
    corpus *c = corpus_new(G);
    assert_non_null(c);
    json_t *m = corpus_model(c);
    assert_non_null(m);
    const char *kinds[] = {"articles", "meetings", "officials", "documents"};
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
        assert_true(json_is_array(json_object_get(m, kinds[i])));
        assert_int_equal(json_array_size(json_object_get(m, kinds[i])), 0);
    }
    json_decref(m);
    corpus_free(c);
}

static const char *S(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static json_t *by_id(json_t *model, const char *kind, const char *id)
{
    json_t *o;
    size_t i;
    json_array_foreach(json_object_get(model, kind), i, o)
        if (!strcmp(S(o, "id"), id)) return o;
    fprintf(stderr, "no %s '%s'\n", kind, id);
    fail();
    return NULL;
}

static int has_id(json_t *arr, const char *id)
{
    json_t *v;
    size_t i;
    json_array_foreach(arr, i, v) if (!strcmp(json_string_value(v), id)) return 1;
    return 0;
}

static size_t count(json_t *model, const char *kind) { return json_array_size(json_object_get(model, kind)); }

/* ---- meetings across articles ---------------------------------------------- */

static void test_two_reports_one_meeting(void **state)
{
    const char *names[] = {"csc_astana_report_a", "csc_astana_report_b"};
    json_t *m = model_of(names, 2);
    assert_int_equal(count(m, "meetings"), 1);
    json_t *mt = by_id(m, "meetings", "2018-11-08-csc-astana");
    assert_string_equal(S(mt, "date"), "2018-11-08"); /* "today" in one, "yesterday" in the other */
    assert_string_equal(S(mt, "city"), "Astana");
    assert_string_equal(S(mt, "country"), "kazakhstan");
    json_t *arts = json_object_get(mt, "articles");
    assert_int_equal(json_array_size(arts), 2);
    assert_true(has_id(arts, "csc_astana_report_a") && has_id(arts, "csc_astana_report_b"));
    /* evidence from both articles */
    int from_a = 0, from_b = 0;
    json_t *e;
    size_t i;
    json_array_foreach(json_object_get(mt, "evidence"), i, e) {
        from_a |= !strcmp(S(e, "article"), "csc_astana_report_a");
        from_b |= !strcmp(S(e, "article"), "csc_astana_report_b");
    }
    assert_true(from_a && from_b);
    /* the declaration both articles report is one document of that meeting */
    assert_int_equal(count(m, "documents"), 1);
    json_t *d = json_array_get(json_object_get(m, "documents"), 0);
    assert_string_equal(S(d, "meeting"), "2018-11-08-csc-astana");
    assert_int_equal(json_array_size(json_object_get(d, "articles")), 2);
    assert_true(has_id(json_object_get(mt, "documents"), S(d, "id")));
    json_decref(m);
}

static void test_announced_then_held_is_one_meeting(void **state)
{
    const char *names[] = {"csc_yerevan_announced", "csc_yerevan_held"};
    json_t *m = model_of(names, 2);
    assert_int_equal(count(m, "meetings"), 1);
    json_t *mt = by_id(m, "meetings", "2026-11-23-csc-yerevan");
    assert_string_equal(S(mt, "status"), "held"); /* held once any article reports it held */
    assert_int_equal(json_array_size(json_object_get(mt, "articles")), 2);
    /* the announced documents are the adopted ones; adopted wins over planned */
    json_t *d;
    size_t i;
    int plans = 0, decls = 0;
    json_array_foreach(json_object_get(m, "documents"), i, d) {
        assert_string_equal(S(d, "meeting"), "2026-11-23-csc-yerevan");
        assert_string_equal(S(d, "status"), "adopted");
        if (!strcmp(S(d, "type"), "plan")) plans++;
        if (!strcmp(S(d, "type"), "declaration")) {
            decls++;
            assert_string_equal(S(d, "title"), "Yerevan Declaration of the Collective Security Council"); /* the fuller title */
            assert_int_equal(json_array_size(json_object_get(d, "articles")), 2);
        }
    }
    assert_int_equal(plans, 1);
    assert_int_equal(decls, 1);
    /* the Secretary General named in the announcement is an official of the CSTO, not a participant */
    json_t *o = by_id(m, "officials", "imangali-tasmagambetov");
    assert_int_equal(json_array_size(json_object_get(o, "meetings")), 0);
    json_decref(m);
}

static void test_different_meetings_stay_apart(void **state)
{
    const char *names[] = {"csc_astana_report_a", "csc_yerevan_held", "cfm_minsk_2021"};
    json_t *m = model_of(names, 3);
    assert_int_equal(count(m, "meetings"), 4);
    by_id(m, "meetings", "2018-11-08-csc-astana");
    by_id(m, "meetings", "2026-11-23-csc-yerevan");
    by_id(m, "meetings", "2021-11-30-cfm-cdm-cssc-minsk");
    json_t *planned = by_id(m, "meetings", "2021-12-01-csc-minsk");
    assert_string_equal(S(planned, "status"), "planned");
    /* meetings come sorted by date */
    json_t *first = json_array_get(json_object_get(m, "meetings"), 0);
    assert_string_equal(S(first, "id"), "2018-11-08-csc-astana");
    json_decref(m);
}

/* Undated reports of undated meetings: the reports a mention already shares
 * a meeting with, and the people it says took part, place it; nothing else
 * does. */
static json_t *model_of_texts(const char *const *texts, size_t n)
{
    corpus *c = corpus_new(G);
    assert_non_null(c);
    char err[256], id[8];
    for (size_t i = 0; i < n; i++) {
        snprintf(id, sizeof id, "u%zu", i);
        assert_int_equal(corpus_add_text(c, id, texts[i], strlen(texts[i]), err, sizeof err), 0);
    }
    json_t *m = corpus_model(c);
    assert_non_null(m);
    corpus_free(c);
    return m;
}

static size_t meetings_of(json_t *model, const char *bodies0, const char *article)
{
    size_t i, n = 0;
    json_t *it;
    json_array_foreach(json_object_get(model, "meetings"), i, it) {
        json_t *b = json_object_get(it, "bodies"), *arts = json_object_get(it, "articles");
        if (json_array_size(b) != 1 || strcmp(json_string_value(json_array_get(b, 0)), bodies0)) continue;
        for (size_t k = 0; k < json_array_size(arts); k++)
            if (!strcmp(json_string_value(json_array_get(arts, k)), article)) n++;
    }
    return n;
}

static void test_undated_reports_placed_by_kin(void **state)
{
    (void)state;
    /* two reports share the summit of 14 May 2002; each mentions the foreign
     * ministers' session, undated: one session.  A third report of an undated
     * foreign ministers' session shares nothing with them: another one. */
    const char *shared[] = {
        "Summit in Moscow\n\nThe CSTO Collective Security Council met in Moscow on 14 May 2002. The Council of "
        "Foreign Ministers also met in Moscow.\n",
        "Leaders gather\n\nThe CSTO Collective Security Council met in Moscow on 14 May 2002. The ministers "
        "prepared it. The Council of Foreign Ministers met in Moscow too.\n",
        "Ministers gather\n\nThe Council of Foreign Ministers met in Moscow to discuss Afghanistan.\n"};
    json_t *m = model_of_texts(shared, 3);
    json_t *it;
    size_t i, joint = 0, alone = 0;
    json_array_foreach(json_object_get(m, "meetings"), i, it) {
        if (strcmp(json_string_value(json_array_get(json_object_get(it, "bodies"), 0)), "CFM")) continue;
        size_t n = json_array_size(json_object_get(it, "articles"));
        if (n == 2) joint++;
        if (n == 1) alone++;
    }
    assert_int_equal(joint, 1);
    assert_int_equal(alone, 1);
    json_decref(m);

    /* two summits in Moscow, twenty years apart; an undated report names the
     * presidents of the first as its participants: it is that one */
    const char *people[] = {
        "Summit\n\n14.05.2002\n\nThe CSTO Collective Security Council met in Moscow on Tuesday. The meeting "
        "was attended by Armenian President Robert Kocharyan and Kazakh President Nursultan Nazarbayev.\n",
        "Summit\n\n16.05.2022\n\nThe CSTO Collective Security Council met in Moscow on Monday. The meeting "
        "was attended by Armenian Prime Minister Nikol Pashinyan and Kazakh President Kassym-Jomart Tokayev.\n",
        "Summit\n\nThe CSTO Collective Security Council met in Moscow. The meeting was attended by Armenian "
        "President Robert Kocharyan and Kazakh President Nursultan Nazarbayev.\n"};
    m = model_of_texts(people, 3);
    assert_int_equal(meetings_of(m, "CSC", "u2"), 1);
    json_t *k = by_id(m, "meetings", "2002-05-14-csc-moscow");
    assert_true(has_id(json_object_get(k, "articles"), "u2"));
    json_decref(m);

    /* one of them only: a single shared name does not decide */
    const char *one[] = {people[0], people[1],
                         "Summit\n\nThe CSTO Collective Security Council met in Moscow. The meeting was attended by "
                         "Armenian President Robert Kocharyan.\n"};
    m = model_of_texts(one, 3);
    assert_false(has_id(json_object_get(by_id(m, "meetings", "2002-05-14-csc-moscow"), "articles"), "u2"));
    json_decref(m);

    /* the one summit in Moscow has another Armenian President than the one
     * an undated report names: that report tells of another time */
    const char *era[] = {people[1] /* no Armenian President there: it would join */,
                         "Summit\n\nThe CSTO Collective Security Council met in Moscow. The meeting was attended by "
                         "Armenian President Robert Kocharyan.\n"};
    m = model_of_texts(era, 2);
    assert_true(has_id(json_object_get(by_id(m, "meetings", "2022-05-16-csc-moscow"), "articles"), "u1"));
    json_decref(m);
    const char *other_era[] = {
        "Summit\n\n16.05.2022\n\nThe CSTO Collective Security Council met in Moscow on Monday. The meeting was "
        "attended by Armenian President Vahagn Khachaturyan.\n",
        era[1]};
    m = model_of_texts(other_era, 2);
    assert_false(has_id(json_object_get(by_id(m, "meetings", "2022-05-16-csc-moscow"), "articles"), "u1"));
    json_decref(m);

    /* two dated summits, one in Moscow and one whose report names no place:
     * an undated report of "a summit in Moscow" could be either, so it
     * joins neither (the one meeting in Moscow is not the only candidate) */
    const char *unplaced[] = {
        "Summit\n\n14.05.2002\n\nThe CSTO Collective Security Council met on Tuesday.\n",
        "Summit\n\n16.05.2022\n\nThe CSTO Collective Security Council met in Moscow on Monday.\n",
        "Summit\n\nThe CSTO Collective Security Council met in Moscow.\n"};
    m = model_of_texts(unplaced, 3);
    assert_false(has_id(json_object_get(by_id(m, "meetings", "2022-05-16-csc-moscow"), "articles"), "u2"));
    assert_int_equal(meetings_of(m, "CSC", "u2"), 1);
    json_decref(m);
    /* with the other summit placed elsewhere, Moscow's is the one */
    const char *placed[] = {
        "Summit\n\n14.05.2002\n\nThe CSTO Collective Security Council met in Minsk on Tuesday.\n", unplaced[1],
        unplaced[2]};
    m = model_of_texts(placed, 3);
    assert_true(has_id(json_object_get(by_id(m, "meetings", "2022-05-16-csc-moscow"), "articles"), "u2"));
    json_decref(m);

    /* ... and so does an organisation's office one person holds at a time:
     * the CSTO's Secretary General */
    const char *sg_era[] = {
        "Summit\n\n16.05.2022\n\nThe CSTO Collective Security Council met in Moscow on Monday. The meeting was "
        "attended by CSTO Secretary General Ivan Petrov.\n",
        "Summit\n\nThe CSTO Collective Security Council met in Moscow. The meeting was attended by CSTO Secretary "
        "General Pavel Sidorenko.\n"};
    m = model_of_texts(sg_era, 2);
    assert_false(has_id(json_object_get(by_id(m, "meetings", "2022-05-16-csc-moscow"), "articles"), "u1"));
    json_decref(m);
    const char *sg_same[] = {sg_era[0],
                             "Summit\n\nThe CSTO Collective Security Council met in Moscow. The meeting was attended "
                             "by CSTO Secretary General Ivan Petrov.\n"};
    m = model_of_texts(sg_same, 2);
    assert_true(has_id(json_object_get(by_id(m, "meetings", "2022-05-16-csc-moscow"), "articles"), "u1"));
    json_decref(m);

    /* ... and a month named without a year: "held in August in Astana" is no summit of November in Astana
     * (loose_month), though it says nothing of which August's */
    const char *august[] = {
        "Summit in Astana\n\n08.11.2018\n\nThe CSTO summit was held in Astana today.\n",
        "Summit praised\n\nThe informal CSTO summit held in August in Astana was a breakthrough, the official said.\n"};
    m = model_of_texts(august, 2);
    assert_false(has_id(json_object_get(by_id(m, "meetings", "2018-11-08-csc-astana"), "articles"), "u1"));
    assert_true(has_id(json_object_get(by_id(m, "meetings", "undated-csc-astana"), "articles"), "u1"));
    json_decref(m);
    const char *november[] = {august[0],
                              "Summit praised\n\nThe informal CSTO summit held in November in Astana was a "
                              "breakthrough, the official said.\n"};
    m = model_of_texts(november, 2);
    assert_true(has_id(json_object_get(by_id(m, "meetings", "2018-11-08-csc-astana"), "articles"), "u1"));
    json_decref(m);
}

/* A report with no year ("ASTANA, April 12 - ... on Monday, April 14"): the
 * day names the one meeting other reports date to that day, so the report
 * is of that year, and so are its other year-less days.  Its dateline's day
 * alone fits only a meeting within a week of it, and an undated report of a
 * year's summit is not of a session of another year. */
static void test_yearless_report_dated_by_its_day(void **state)
{
    (void)state;
    const char *texts[] = {
        "Assembly meets\n\n15.04.2025\n\nThe CSTO Parliamentary Assembly met in Astana on 14 April 2025.\n",
        "Assembly history\n\nThe CSTO Parliamentary Assembly held a session in Minsk in 2019.\n",
        "ASTANA, April 12 - The speaker said that a session of the CSTO Parliamentary Assembly will open on "
        "Monday, April 14. On March 3 the speaker held a session of the CSTO Parliamentary Assembly in Yerevan.\n"};
    json_t *m = model_of_texts(texts, 3);
    assert_true(has_id(json_object_get(by_id(m, "meetings", "2025-04-14-pa-astana"), "articles"), "u2"));
    json_t *yerevan = by_id(m, "meetings", "2025-03-03-pa-yerevan");
    assert_non_null(yerevan);
    assert_true(has_id(json_object_get(yerevan, "articles"), "u2"));
    json_decref(m);

    /* the dateline's day, its year unknown: a week either way */
    const char *week[] = {
        "Ministers meet\n\n23.11.2023\n\nThe CSTO Council of Foreign Ministers met in Minsk on 22 November 2023.\n",
        "Министры собрались\n30 ноября, Минск /Корр. Вестника/. Заседание СМИД ОДКБ прошло в Минске.\n",
        "Министры собрались\n23 ноября, Минск /Корр. Вестника/. Заседание СМИД ОДКБ прошло в Минске.\n"};
    m = model_of_texts(week, 3);
    json_t *cfm = by_id(m, "meetings", "2023-11-22-cfm-minsk");
    assert_false(has_id(json_object_get(cfm, "articles"), "u1"));
    assert_true(has_id(json_object_get(cfm, "articles"), "u2"));
    json_decref(m);

    /* ... and a session held fits neither one only announced nor one known only by its year */
    const char *announced[] = {
        "Ministers to meet\n\n23.05.2027\n\nThe CSTO Council of Foreign Ministers will meet in Minsk in June 2027.\n",
        "Ministers met\n\nThe CSTO Council of Foreign Ministers met in Minsk in 2017.\n",
        "Министры собрались\n12 июня, Минск /Корр. Вестника/. Заседание СМИД ОДКБ прошло в Минске.\n"};
    m = model_of_texts(announced, 3);
    assert_false(has_id(json_object_get(by_id(m, "meetings", "2027-06-cfm-minsk"), "articles"), "u2"));
    assert_false(has_id(json_object_get(by_id(m, "meetings", "2017-cfm-minsk"), "articles"), "u2"));
    assert_true(has_id(json_object_get(by_id(m, "meetings", "undated-cfm-minsk"), "articles"), "u2"));
    json_decref(m);

    /* a summit whose year is only the report's guess (a jubilee: "the 20th anniversary of the Treaty"), no day
     * of its own, is no meeting of "February 4-5" another report announces in the same city with no year; and
     * when a day does join such a guess, the year stays */
    const char *jubilee[] = {
        "Leaders meet\n\nThe CSTO Collective Security Council held a jubilee session in Moscow on the 20th "
        "anniversary of the Collective Security Treaty.\n",
        "President to travel\n\nThe president will come to Moscow to attend the CSTO summit scheduled for February "
        "4-5.\n"};
    m = model_of_texts(jubilee, 2);
    json_t *held = by_id(m, "meetings", "2012-csc-moscow");
    assert_true(has_id(json_object_get(held, "articles"), "u0"));
    assert_false(has_id(json_object_get(held, "articles"), "u1"));
    assert_true(has_id(json_object_get(by_id(m, "meetings", "undated-csc-moscow"), "articles"), "u1"));
    json_decref(m);

    /* a report that dates its summit to 2017 leaves its ministers' session undated */
    const char *era[] = {
        week[0],
        "Ministers meet\n\nThe CSTO Council of Foreign Ministers met in Minsk. The CSTO Collective Security Council "
        "will meet in Minsk on 30 November 2017.\n"};
    m = model_of_texts(era, 2);
    assert_false(has_id(json_object_get(by_id(m, "meetings", "2023-11-22-cfm-minsk"), "articles"), "u1"));
    json_decref(m);
}

/* A report with no day of its own puts two meetings on one weekday ("в
 * четверг ... Позже в четверг"): once another report dates one of them to a
 * Thursday, the other is of that Thursday, and a third report's dateline
 * day finds it; a date on another weekday gives it nothing. */
static void test_same_weekday_one_day(void **state)
{
    (void)state;
    const char *texts[] = {
        "Summit\n\n01.12.2017\n\nThe CSTO Collective Security Council met in Minsk on 30 November 2017.\n",
        "Заседания в Минске\n\nВ Минске в четверг проходит заседание Совета министров обороны ОДКБ, приуроченное к "
        "15-летию ОДКБ. Позже в четверг в Минске пройдет сессия Совета коллективной безопасности ОДКБ.\n",
        "Министры обороны собрались\n30 ноября, Минск /Корр. Вестника/. Заседание Совета министров обороны ОДКБ "
        "прошло в Минске.\n"};
    json_t *m = model_of_texts(texts, 3);
    json_t *cdm = by_id(m, "meetings", "2017-11-30-cdm-minsk");
    assert_non_null(cdm);
    assert_true(has_id(json_object_get(cdm, "articles"), "u1"));
    assert_true(has_id(json_object_get(cdm, "articles"), "u2"));
    json_decref(m);

    const char *friday[] = {
        "Summit\n\n02.12.2017\n\nThe CSTO Collective Security Council met in Minsk on 1 December 2017.\n",
        texts[1]};
    m = model_of_texts(friday, 2);
    assert_true(has_id(json_object_get(by_id(m, "meetings", "2017-cdm-minsk"), "articles"), "u1"));
    json_decref(m);

    /* the summit placed first, the ministers' session after it: of two sessions in Minsk other
     * reports date, the one of that Thursday */
    const char *order[] = {
        texts[0],
        "Заседания в Минске\n\nВ Минске в четверг проходит заседание Совета министров обороны ОДКБ. Позже в "
        "четверг в Минске пройдет сессия Совета коллективной безопасности ОДКБ, которая подведет итоги 2017 года.\n",
        "Ministers\n\n01.12.2017\n\nThe CSTO Council of Defence Ministers met in Minsk on 30 November 2017.\n",
        "Ministers\n\n15.06.2017\n\nThe CSTO Council of Defence Ministers met in Minsk on 14 June 2017.\n"};
    m = model_of_texts(order, 4);
    assert_true(has_id(json_object_get(by_id(m, "meetings", "2017-11-30-cdm-minsk"), "articles"), "u1"));
    json_decref(m);
}

/* A session given as a range of days in one report ("on 13-14 October") and
 * as one of those days in another is one meeting; a day outside the range is
 * another. */
static void test_range_of_days_one_meeting(void **state)
{
    (void)state;
    const char *texts[] = {
        "Summit ahead\n\n28.09.2026\n\nThe CSTO Collective Security Council will meet in Yerevan on 13-14 October "
        "2026.\n",
        "Summit\n\nThe President of Armenia hosted the CSTO Collective Security Council session on 14 October in "
        "Yerevan.\n",
        "Summit\n\n20.10.2026\n\nThe CSTO Collective Security Council met in Yerevan on 14 October.\n"};
    json_t *m = model_of_texts(texts, 3);
    assert_int_equal(meetings_of(m, "CSC", "u1"), 1);
    json_t *k = by_id(m, "meetings", "2026-10-14-csc-yerevan"); /* the day the reports give, within the range */
    assert_true(has_id(json_object_get(k, "articles"), "u0"));
    assert_true(has_id(json_object_get(k, "articles"), "u1"));
    assert_true(has_id(json_object_get(k, "articles"), "u2"));
    assert_string_equal(S(k, "status"), "held");
    json_decref(m);

    const char *apart[] = {texts[0],
                           "Summit\n\n20.10.2026\n\nThe CSTO Collective Security Council met in Yerevan on 15 "
                           "October.\n"};
    m = model_of_texts(apart, 2);
    assert_int_equal(count(m, "meetings"), 2);
    json_decref(m);
}

/* A report dated by its dateline («Бишкек, 27.11.19. В Бишкеке проходит совместное заседание ...») and a report with
 * no year that gives the meeting a range of days holding that day («пройдет 26-27 ноября в Бишкеке»): one meeting,
 * still of the dateline's day, not the range's first. */
static void test_range_keeps_the_dated_day(void **state)
{
    (void)state;
    const char *texts[] = {
        "Министры\n\nБишкек, 27.11.19. /Кабар/. В Бишкеке проходит совместное заседание Совета министров иностранных "
        "дел и Совета министров обороны ОДКБ.\n",
        "Министры\n\nСовместное заседание Совета министров иностранных дел и Совета министров обороны ОДКБ пройдет "
        "26-27 ноября в Бишкеке.\n"};
    json_t *m = model_of_texts(texts, 2);
    assert_int_equal(count(m, "meetings"), 1);
    assert_non_null(by_id(m, "meetings", "2019-11-27-cfm-cdm-bishkek"));
    json_decref(m);
}

/* A report with no date line that says what day it is ("Today, 6 October")
 * dates its "today" by it, and so joins the announcement of that day's
 * session; another day stays apart. */
static void test_today_said_in_the_text(void **state)
{
    (void)state;
    const char *texts[] = {
        "Commission to meet\n\nThe IX session of the CSTO Interstate Commission on Military-Economic Cooperation "
        "will take place in Bishkek on 6 October.\n",
        "New chairman\n\nToday, 6 October, the commission elected a new chairman. The vote was taken at the IX "
        "session of the CSTO Interstate Commission on Military-Economic Cooperation, which is being held today in "
        "Bishkek.\n"};
    json_t *m = model_of_texts(texts, 2);
    assert_int_equal(count(m, "meetings"), 1);
    json_decref(m);
    const char *other[] = {texts[0],
                           "New chairman\n\nToday, 7 October, the commission elected a new chairman. The vote was "
                           "taken at the IX session of the CSTO Interstate Commission on Military-Economic "
                           "Cooperation, which is being held today in Bishkek.\n"};
    m = model_of_texts(other, 2);
    assert_int_equal(count(m, "meetings"), 2);
    json_decref(m);
}

/* A day that is only a guess (the dateline's, for a meeting the report does
 * not date) does not keep a report apart from one that dates the meeting
 * otherwise in that month; the stated day wins. */
static void test_guessed_day_joins_stated_day(void **state)
{
    (void)state;
    const char *texts[] = {
        "Ministers met\n\n12.05.2026\n\nMINSK, May 12 - The foreign ministers of the CSTO have agreed on a package of "
        "documents at a session of the CSTO Council of Foreign Ministers in Minsk.\n",
        "Ministers met\n\n13.05.2026\n\nThe session of the CSTO Council of Foreign Ministers was held in Minsk on 11 "
        "May 2026.\n"};
    json_t *m = model_of_texts(texts, 2);
    assert_int_equal(count(m, "meetings"), 1);
    json_t *k = by_id(m, "meetings", "2026-05-11-cfm-minsk");
    assert_int_equal(json_array_size(json_object_get(k, "articles")), 2);
    json_decref(m);
}

/* ---- people across articles ------------------------------------------------ */
/* ---- people across articles ------------------------------------------------ */

static void test_one_person_many_forms(void **state)
{
    const char *names[] = {"csc_astana_report_a", "csc_astana_report_b"};
    json_t *m = model_of(names, 2);
    assert_int_equal(count(m, "officials"), 3);
    /* "Nursultan Nazarbayev" and "President Nazarbayev" */
    json_t *n = by_id(m, "officials", "nursultan-nazarbayev");
    assert_string_equal(S(n, "name"), "Nursultan Nazarbayev");
    assert_int_equal(json_array_size(json_object_get(n, "articles")), 2);
    json_t *ps = json_object_get(n, "positions");
    assert_int_equal(json_array_size(ps), 1); /* "President" without a country folds into "President of Kazakhstan" */
    assert_string_equal(S(json_array_get(ps, 0), "country"), "kazakhstan");
    assert_true(has_id(json_object_get(n, "meetings"), "2018-11-08-csc-astana"));
    /* Jeenbekov / Zheenbekov, Rahmon / Rakhmon: one person each */
    json_t *o;
    size_t i;
    int kg = 0, tj = 0;
    json_array_foreach(json_object_get(m, "officials"), i, o) {
        const char *name = S(o, "name");
        if (strstr(name, "eenbekov")) {
            kg++;
            assert_int_equal(json_array_size(json_object_get(o, "articles")), 2);
            assert_string_equal(S(json_array_get(json_object_get(o, "positions"), 0), "country"), "kyrgyzstan");
        }
        if (strstr(name, "Emomali")) {
            tj++;
            assert_int_equal(json_array_size(json_object_get(o, "articles")), 2);
        }
    }
    assert_int_equal(kg, 1);
    assert_int_equal(tj, 1);
    /* members link officials and meetings */
    json_t *kz = by_id(m, "members", "kazakhstan");
    assert_string_equal(S(kz, "iso"), "KZ");
    assert_true(has_id(json_object_get(kz, "officials"), "nursultan-nazarbayev"));
    assert_true(has_id(json_object_get(kz, "meetings"), "2018-11-08-csc-astana"));
    /* articles that name the country in their text (report b says it only in its headline) */
    assert_int_equal(json_array_size(json_object_get(kz, "articles")), 1);
    assert_true(has_id(json_object_get(kz, "articles"), "csc_astana_report_a"));
    json_t *kg_m = by_id(m, "members", "kyrgyzstan");
    assert_true(has_id(json_object_get(kg_m, "meetings"), "2018-11-08-csc-astana")); /* through its president */
    assert_int_equal(count(m, "members"), 6); /* the six member states */
    json_decref(m);
}

static void test_name_keys_fold_spelling_variants(void **state)
{
    const char *pairs[][2] = {
        {"Jeenbekov", "Zheenbekov"}, {"Rahmon", "Rakhmon"}, {"Yermekbayev", "Ermekbaev"},
        {"Kassymov", "Kasymov"},     {"Japarov", "Zhaparov"}, {"Dzhaparov", "Japarov"},
        {"Tokayev", "Tokaev"},       {"Kazakbayev", "Kazakbaev"}, {"Pashinian", "Pashinyan"},
        {"Sargsian", "Sargsyan"},    {"Kocharian", "Kocharyan"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        char a[64], b[64];
        gaz_name_key(G, pairs[i][0], a, sizeof a);
        gaz_name_key(G, pairs[i][1], b, sizeof b);
        if (strcmp(a, b)) fprintf(stderr, "%s -> %s, %s -> %s\n", pairs[i][0], a, pairs[i][1], b);
        assert_string_equal(a, b);
    }
    char a[64], b[64];
    gaz_name_key(G, "Lavrov", a, sizeof a);
    gaz_name_key(G, "Lukashenko", b, sizeof b);
    assert_string_not_equal(a, b);
    gaz_name_key(G, "Zas", a, sizeof a);
    assert_string_equal(a, "zas");
}

static void test_same_surname_other_first_name_is_another_person(void **state)
{
    corpus *c = corpus_new(G);
    char err[256];
    const char *a = "Ministers meet\n\n14.06.2021\n\nThe CDM met in Moscow on Friday. Russian Defence Minister "
                    "Viktor Ivanov took part.\n";
    const char *b = "Ministers meet\n\n15.06.2021\n\nThe CFM met in Minsk on Friday. Russian Foreign Minister "
                    "Sergei Ivanov took part. Ivanov spoke first.\n";
    assert_int_equal(corpus_add_text(c, "a", a, strlen(a), err, sizeof err), 0);
    assert_int_equal(corpus_add_text(c, "b", b, strlen(b), err, sizeof err), 0);
    /* the same id twice is refused */
    assert_int_equal(corpus_add_text(c, "a", a, strlen(a), err, sizeof err), -1);
    assert_non_null(strstr(err, "duplicate"));
    assert_int_equal(corpus_count(c), 2);
    json_t *m = corpus_model(c);
    assert_int_equal(count(m, "officials"), 2);
    json_t *v = by_id(m, "officials", "viktor-ivanov"), *s = by_id(m, "officials", "sergei-ivanov");
    assert_int_equal(json_array_size(json_object_get(v, "evidence")), 1);
    assert_int_equal(json_array_size(json_object_get(s, "evidence")), 2);
    json_decref(m);
    corpus_free(c);
}

/* An article that names a known official by full name only ("to replace
 * Ivan Petrov, whose term expires") names that official; a surname alone,
 * another name ("Ivan Petrovich") or a name two people share does not. */
static void test_official_named_by_full_name_only(void **state)
{
    corpus *c = corpus_new(G);
    char err[256];
    const char *a = "Summit\n\n14.06.2021\n\nThe CSC met in Moscow on Friday. CSTO Secretary General Ivan Petrov "
                    "took part. Russian Defence Minister Oleg Orlov and Belarusian Defence Minister Pavel Orlov spoke.\n";
    const char *b = "Next summit\n\n15.11.2021\n\nThe leaders will appoint a new secretary general to replace Ivan "
                    "Petrov, whose term expires. Petrov spoke. Oleg Orlov came too.\n";
    const char *d = "Other\n\n16.11.2021\n\nNo word of Petrov here, nor of Ivan Petrovich.\n";
    assert_int_equal(corpus_add_text(c, "a", a, strlen(a), err, sizeof err), 0);
    assert_int_equal(corpus_add_text(c, "b", b, strlen(b), err, sizeof err), 0);
    assert_int_equal(corpus_add_text(c, "d", d, strlen(d), err, sizeof err), 0);
    json_t *m = corpus_model(c);
    json_t *p = by_id(m, "officials", "ivan-petrov");
    json_t *arts = json_object_get(p, "articles");
    assert_int_equal(json_array_size(arts), 2);
    assert_true(has_id(arts, "a"));
    assert_true(has_id(arts, "b"));
    assert_int_equal(json_array_size(json_object_get(p, "evidence")), 2);
    json_t *o = by_id(m, "officials", "oleg-orlov");
    assert_true(has_id(json_object_get(o, "articles"), "b"));
    assert_false(has_id(json_object_get(by_id(m, "officials", "pavel-orlov"), "articles"), "b"));
    json_decref(m);
    corpus_free(c);
}

/* A known Russian name in another case names that official too
 * («принимал Владимира Путина»), the given name read by its first letters
 * and the surname less its ending; another surname does not. */
static void test_russian_name_in_another_case(void **state)
{
    const char *texts[] = {
        "Саммит\n\n14.06.2021\n\nВ пятницу в Москве прошла сессия Совета коллективной безопасности ОДКБ. "
        "Президент России Владимир Путин провел сессию.\n",
        "Встреча\n\n15.06.2021\n\nПрезидент Белоруссии Александр Лукашенко принимал Владимира Путина. "
        "Пришел и Владимир Путилин.\n",
        "Другое\n\n16.06.2021\n\nО Владимире Путилине здесь речь.\n",
    };
    json_t *m = model_of_texts(texts, 3);
    json_t *arts = json_object_get(by_id(m, "officials", "vladimir-putin"), "articles");
    assert_true(has_id(arts, "u0"));
    assert_true(has_id(arts, "u1"));
    assert_false(has_id(arts, "u2"));
    json_decref(m);
}

/* ---- ids and determinism ---------------------------------------------------- */

static char *dump_of(const char *const *names, size_t n)
{
    json_t *m = model_of(names, n);
    char *s = json_dumps(m, JSON_INDENT(1));
    assert_non_null(s);
    json_decref(m);
    return s;
}

static void test_deterministic_and_order_independent(void **state)
{
    const char *fwd[] = {"cfm_minsk_2021", "csc_astana_report_a", "csc_astana_report_b", "csc_yerevan_announced",
                         "csc_yerevan_held"};
    const char *rev[] = {"csc_yerevan_held", "csc_yerevan_announced", "csc_astana_report_b", "csc_astana_report_a",
                         "cfm_minsk_2021"};
    const char *mix[] = {"csc_astana_report_b", "csc_yerevan_held", "cfm_minsk_2021", "csc_astana_report_a",
                         "csc_yerevan_announced"};
    char *a = dump_of(fwd, 5), *b = dump_of(fwd, 5), *c = dump_of(rev, 5), *d = dump_of(mix, 5);
    assert_string_equal(a, b);
    assert_string_equal(a, c);
    assert_string_equal(a, d);
    /* articles come sorted by id */
    json_t *m = json_loads(a, 0, NULL);
    assert_string_equal(S(json_array_get(json_object_get(m, "articles"), 0), "id"), "cfm_minsk_2021");
    json_decref(m);
    free(a);
    free(b);
    free(c);
    free(d);
}

/* The model kind by kind (corpus_resolve, corpus_resolved_kind, in any order) is the whole model's: each kind
 * the same array; an unknown kind is NULL. */
static void test_resolved_kinds_are_the_model(void **state)
{
    (void)state;
    const char *names[] = {"cfm_minsk_2021", "csc_astana_report_a", "csc_astana_report_b", "csc_yerevan_announced",
                           "csc_yerevan_held"};
    json_t *whole = model_of(names, 5);
    corpus *c = corpus_new(G);
    assert_non_null(c);
    for (size_t i = 0; i < 5; i++) add_fixture(c, names[i]);
    corpus_resolved *cr = corpus_resolve(c);
    assert_non_null(cr);
    const char *kinds[] = {"members", "documents", "meetings", "officials", "articles"}; /* (not the model's order) */
    for (size_t k = 0; k < 5; k++) {
        json_t *items = corpus_resolved_kind(cr, kinds[k]);
        assert_non_null(items);
        char *a = json_dumps(items, JSON_COMPACT), *b = json_dumps(json_object_get(whole, kinds[k]), JSON_COMPACT);
        assert_string_equal(a, b);
        free(a);
        free(b);
        json_decref(items);
    }
    assert_null(corpus_resolved_kind(cr, "nothing"));
    corpus_resolved_free(cr);
    corpus_resolved_free(NULL);
    corpus_free(c);
    json_decref(whole);
}

static void test_ids_readable_and_unique(void **state)
{
    /* one title adopted at two meetings is two documents: the second id gets -2 */
    corpus *c = corpus_new(G);
    char err[256];
    const char *a = "Ministers meet\n\n14.06.2021\n\nThe CFM met in Minsk on Friday. The ministers adopted a "
                    "Statement on Afghanistan.\n";
    const char *b = "Leaders meet\n\n20.09.2021\n\nThe CSC met in Dushanbe on Thursday. The presidents adopted a "
                    "Statement on Afghanistan.\n";
    assert_int_equal(corpus_add_text(c, "b", b, strlen(b), err, sizeof err), 0);
    assert_int_equal(corpus_add_text(c, "a", a, strlen(a), err, sizeof err), 0);
    json_t *m = corpus_model(c);
    assert_int_equal(count(m, "documents"), 2);
    json_t *d1 = by_id(m, "documents", "statement-on-afghanistan");
    json_t *d2 = by_id(m, "documents", "statement-on-afghanistan-2");
    /* the plain id goes to the document of the article whose id sorts first */
    assert_string_equal(S(d1, "meeting"), "2021-06-11-cfm-minsk");
    assert_string_equal(S(d2, "meeting"), "2021-09-16-csc-dushanbe");
    /* every id is a slug */
    const char *kinds[] = {"meetings", "officials", "documents", "members"};
    for (size_t k = 0; k < 4; k++) {
        json_t *o;
        size_t i;
        json_array_foreach(json_object_get(m, kinds[k]), i, o) {
            const char *id = S(o, "id");
            assert_true(strlen(id) > 0);
            assert_true(id[0] != '-' && id[strlen(id) - 1] != '-');
            for (const char *p = id; *p; p++) assert_true((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-');
        }
    }
    json_decref(m);
    corpus_free(c);

    /* "Statement on X" twice and "Statement on X 2" once: the suffix skips an id
     * that is another document's own (fuzz_hostile found the duplicate) */
    c = corpus_new(G);
    const char *x = "Ministers meet\n\n14.06.2021\n\nThe CFM met in Minsk on Friday. The ministers adopted a "
                    "Statement on Border.\n";
    const char *y = "Leaders meet\n\n20.09.2021\n\nThe CSC met in Dushanbe on Thursday. The presidents adopted a "
                    "Statement on Border.\n";
    const char *z = "Defence ministers meet\n\n20.10.2021\n\nThe CDM met in Moscow on Tuesday. The ministers "
                    "adopted a Statement on Border 2.\n";
    assert_int_equal(corpus_add_text(c, "x", x, strlen(x), err, sizeof err), 0);
    assert_int_equal(corpus_add_text(c, "y", y, strlen(y), err, sizeof err), 0);
    assert_int_equal(corpus_add_text(c, "z", z, strlen(z), err, sizeof err), 0);
    m = corpus_model(c);
    assert_int_equal(count(m, "documents"), 3);
    assert_string_equal(S(by_id(m, "documents", "statement-on-border"), "meeting"), "2021-06-11-cfm-minsk");
    assert_string_equal(S(by_id(m, "documents", "statement-on-border-2"), "title"), "Statement on Border 2");
    assert_string_equal(S(by_id(m, "documents", "statement-on-border-3"), "meeting"), "2021-09-16-csc-dushanbe");
    json_decref(m);
    corpus_free(c);
}

/* ---- corpus_add_path --------------------------------------------------------- */

static void test_add_path_directory(void **state)
{
    corpus *c = corpus_new(G);
    char *log = NULL;
    size_t loglen = 0;
    FILE *errlog = open_memstream(&log, &loglen);
    assert_int_equal(corpus_add_path(c, "tests/fixtures/articles", errlog), 0);
    fclose(errlog);
    assert_int_equal(loglen, 0);
    assert_int_equal(corpus_count(c), 5); /* *.txt only: README.md is not an article */
    json_t *m = corpus_model(c);
    json_t *a;
    size_t i;
    json_array_foreach(json_object_get(m, "articles"), i, a) assert_null(strstr(S(a, "id"), ".txt"));
    by_id(m, "articles", "cfm_minsk_2021");
    json_decref(m);
    corpus_free(c);
    free(log);
}

static void write_file(const char *path, const char *data, size_t n)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(data, 1, n, f), n);
    fclose(f);
}

/* A field of a data file with more |-separated phrases than the loader takes is refused with its line named, not
 * cut short: the phrases past the limit were once kept as one phrase, "a|b|c", and their words lost without a word
 * (lexicon exact_form past its 64th word). 512 phrases load. */
static void load_with_list(const char *dir, int n, char *err, size_t errlen, gazetteer **out)
{
    char cmd[512], path[512];
    snprintf(cmd, sizeof cmd, "cp -r data/. %s/", dir);
    assert_int_equal(system(cmd), 0);
    snprintf(path, sizeof path, "%s/lexicon.tsv", dir);
    FILE *f = fopen(path, "a");
    assert_non_null(f);
    fputs("tell_verb\t", f);
    for (int i = 0; i < n; i++) fprintf(f, "%sw%d", i ? "|" : "", i);
    fputc('\n', f);
    fclose(f);
    *out = gazetteer_load(dir, err, errlen);
}

static void test_data_list_too_long(void **state)
{
    (void)state;
    char dir[] = "/tmp/csto_data_XXXXXX", err[512] = "";
    assert_non_null(mkdtemp(dir));
    gazetteer *g = NULL;
    load_with_list(dir, 513, err, sizeof err, &g);
    assert_null(g);
    assert_non_null(strstr(err, "lexicon.tsv:"));
    assert_non_null(strstr(err, "field 2 holds more than 512 |-separated phrases"));
    load_with_list(dir, 512, err, sizeof err, &g); /* (copied afresh: the line is appended to the original) */
    assert_non_null(g);
    gazetteer_free(g);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    assert_int_equal(system(cmd), 0);
}

static void test_add_path_with_bad_files(void **state)
{
    char dir[] = "/tmp/csto-test-corpus-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char p[512];
    size_t len;
    char *good = slurp(FIX "csc_astana_report_a.txt", &len);
    snprintf(p, sizeof p, "%s/a_good.txt", dir);
    write_file(p, good, len);
    free(good);
    good = slurp(FIX "csc_astana_report_b.txt", &len);
    snprintf(p, sizeof p, "%s/z_good.txt", dir);
    write_file(p, good, len);
    free(good);
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01";
    snprintf(p, sizeof p, "%s/m_image.txt", dir);
    write_file(p, png, sizeof png - 1);
    static const char latin1[] = "Title\nThe ministers met in Bishkek \xE9t\xE9.\n";
    snprintf(p, sizeof p, "%s/n_latin1.txt", dir);
    write_file(p, latin1, sizeof latin1 - 1);
    snprintf(p, sizeof p, "%s/o_empty.txt", dir);
    write_file(p, "\n\n", 2);
    snprintf(p, sizeof p, "%s/notes.md", dir); /* not *.txt: ignored */
    write_file(p, "\xFF\xFF", 2);

    corpus *c = corpus_new(G);
    char *log = NULL;
    size_t loglen = 0;
    FILE *errlog = open_memstream(&log, &loglen);
    assert_int_equal(corpus_add_path(c, dir, errlog), 3);
    /* a path that does not exist */
    snprintf(p, sizeof p, "%s/missing.txt", dir);
    assert_int_equal(corpus_add_path(c, p, errlog), 1);
    fclose(errlog);
    assert_int_equal(corpus_count(c), 2);
    assert_non_null(strstr(log, "m_image.txt: binary file"));
    assert_non_null(strstr(log, "n_latin1.txt: not valid UTF-8"));
    assert_non_null(strstr(log, "o_empty.txt: no article text"));
    assert_non_null(strstr(log, "missing.txt"));
    assert_null(strstr(log, "good"));
    assert_null(strstr(log, "notes.md"));
    json_t *m = corpus_model(c);
    json_t *mt = by_id(m, "meetings", "2018-11-08-csc-astana"); /* the rest still load and resolve */
    assert_int_equal(json_array_size(json_object_get(mt, "articles")), 2);
    json_decref(m);
    corpus_free(c);
    free(log);

    const char *files[] = {"a_good.txt", "z_good.txt", "m_image.txt", "n_latin1.txt", "o_empty.txt", "notes.md"};
    for (size_t i = 0; i < 6; i++) {
        snprintf(p, sizeof p, "%s/%s", dir, files[i]);
        unlink(p);
    }
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty_corpus_model),
        cmocka_unit_test(test_two_reports_one_meeting),
        cmocka_unit_test(test_announced_then_held_is_one_meeting),
        cmocka_unit_test(test_different_meetings_stay_apart),
        cmocka_unit_test(test_undated_reports_placed_by_kin),
        cmocka_unit_test(test_yearless_report_dated_by_its_day),
        cmocka_unit_test(test_same_weekday_one_day),
        cmocka_unit_test(test_range_of_days_one_meeting),
        cmocka_unit_test(test_range_keeps_the_dated_day),
        cmocka_unit_test(test_today_said_in_the_text),
        cmocka_unit_test(test_guessed_day_joins_stated_day),
        cmocka_unit_test(test_one_person_many_forms),
        cmocka_unit_test(test_name_keys_fold_spelling_variants),
        cmocka_unit_test(test_same_surname_other_first_name_is_another_person),
        cmocka_unit_test(test_official_named_by_full_name_only),
        cmocka_unit_test(test_russian_name_in_another_case),
        cmocka_unit_test(test_deterministic_and_order_independent),
        cmocka_unit_test(test_resolved_kinds_are_the_model),
        cmocka_unit_test(test_ids_readable_and_unique),
        cmocka_unit_test(test_add_path_directory),
        cmocka_unit_test(test_add_path_with_bad_files),
        cmocka_unit_test(test_data_list_too_long),
    };
    return cmocka_run_group_tests(tests, gazfix_setup, gazfix_teardown);
}
