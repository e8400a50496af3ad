/* test_extract — what one article yields: meetings (bodies under their many
 * names, joint meetings, held/planned, video, place, dates relative to the
 * publication date), officials (title before or after the name, plural
 * titles over lists, organisation officials, acting titles, surname-only
 * mentions, things that are not people), attendance, documents (quoted
 * titles, lists, draft/adopted/planned, containers, counts) and evidence
 * offsets.  Run through corpus_add_text + corpus_model, as csto parse does,
 * and through extract_article directly.  The sentences are written for these
 * tests; tests/fixtures/articles/README.md describes the fixture articles. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model/article.h"
#include "model/corpus.h"
#include "model/extract.h"
#include "tests/common/gazfix.h"
#include "tests/common/modeljson.h"

/* ---- helpers -------------------------------------------------------------- */

/* The model of one article "a": a headline, the publication date line (may be
 * NULL) and the body. */
static json_t *model1(const char *published, const char *body)
{
    char *raw = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&raw, &n);
    assert_non_null(f);
    fprintf(f, "Headline about the CSTO\n\n");
    if (published) fprintf(f, "%s\n\n", published);
    fprintf(f, "%s\n", body);
    fclose(f);
    corpus *c = corpus_new(G);
    char err[256] = "";
    int rc = corpus_add_text(c, "a", raw, n, err, sizeof err);
    if (rc) fprintf(stderr, "corpus_add_text: %s\n", err);
    assert_int_equal(rc, 0);
    json_t *m = corpus_model(c);
    assert_non_null(m);
    corpus_free(c);
    free(raw);
    return m;
}

static json_t *model_file(const char *path, const char *id)
{
    corpus *c = corpus_new(G);
    assert_int_equal(corpus_add_path(c, path, stderr), 0);
    json_t *m = corpus_model(c);
    assert_non_null(m);
    corpus_free(c);
    (void)id;
    return m;
}

static const char *S(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static size_t count(json_t *model, const char *kind) { return json_array_size(json_object_get(model, kind)); }

/* The meeting with exactly these bodies (sorted, '+'-joined); fails when there is not exactly one. */
static json_t *meeting(json_t *model, const char *bodies)
{
    json_t *found = NULL, *m;
    size_t i;
    int n = 0;
    json_array_foreach(json_object_get(model, "meetings"), i, m) {
        char b[64];
        bodies_of(m, b, sizeof b);
        if (!strcmp(b, bodies)) { found = m; n++; }
    }
    if (n != 1) fprintf(stderr, "%d meetings of %s\n", n, bodies);
    assert_int_equal(n, 1);
    return found;
}

static json_t *official(json_t *model, const char *name)
{
    json_t *o;
    size_t i;
    json_array_foreach(json_object_get(model, "officials"), i, o)
        if (!strcmp(S(o, "name"), name)) return o;
    fprintf(stderr, "no official '%s'\n", name);
    fail();
    return NULL;
}

static json_t *doc_starting(json_t *model, const char *prefix)
{
    json_t *d, *found = NULL;
    size_t i;
    int n = 0;
    json_array_foreach(json_object_get(model, "documents"), i, d)
        if (!strncasecmp(S(d, "title"), prefix, strlen(prefix))) { found = d; n++; }
    if (n != 1) fprintf(stderr, "%d documents starting '%s'\n", n, prefix);
    assert_int_equal(n, 1);
    return found;
}

static int has_id(json_t *arr, const char *id)
{
    json_t *v;
    size_t i;
    json_array_foreach(arr, i, v) if (!strcmp(json_string_value(v), id)) return 1;
    return 0;
}

static void assert_null_field(json_t *o, const char *k) { assert_true(json_is_null(json_object_get(o, k))); }

/* The first position of an official: title, country slug or NULL, org or NULL. */
static void assert_position(json_t *o, const char *title, const char *country, const char *org)
{
    json_t *ps = json_object_get(o, "positions");
    assert_int_equal(json_array_size(ps), 1);
    json_t *p = json_array_get(ps, 0);
    assert_string_equal(S(p, "title"), title);
    if (country) assert_string_equal(S(p, "country"), country);
    else assert_null_field(p, "country");
    if (org) assert_string_equal(S(p, "org"), org);
    else assert_null_field(p, "org");
}

/* Every evidence span of o lies inside its article's text and contains needle. */
static void assert_evidence(json_t *model, json_t *o, const char *needle)
{
    json_t *ev = json_object_get(o, "evidence");
    assert_true(json_array_size(ev) > 0);
    size_t i;
    json_t *e;
    json_array_foreach(ev, i, e) {
        const char *aid = S(e, "article");
        const char *text = NULL;
        json_t *a;
        size_t k;
        json_array_foreach(json_object_get(model, "articles"), k, a)
            if (!strcmp(S(a, "id"), aid)) text = S(a, "text");
        assert_non_null(text);
        json_int_t s = json_integer_value(json_object_get(e, "start")), en = json_integer_value(json_object_get(e, "end"));
        assert_true(0 <= s && s < en && (size_t)en <= strlen(text));
        char *span = strndup(text + s, (size_t)(en - s));
        if (!strcasestr(span, needle)) fprintf(stderr, "evidence \"%s\" lacks \"%s\"\n", span, needle);
        assert_non_null(strcasestr(span, needle));
        free(span);
    }
}

/* ---- meetings: bodies ---------------------------------------------------------- */

static void test_body_names_and_abbreviations(void **state)
{
    struct { const char *body, *want; } cases[] = {
        {"The CFM met in Almaty on Friday.", "CFM"},
        {"The Ministerial Council of the CSTO convened in Almaty on Friday.", "CFM"},
        {"A session of the Council of Ministers of Foreign Affairs took place in Almaty on Friday.", "CFM"},
        {"The CMD met in Almaty on Friday.", "CDM"},
        {"A meeting of the Council of Ministers of Defence took place in Almaty on Friday.", "CDM"},
        {"The defence ministers of the member states gathered in Almaty on Friday.", "CDM"},
        {"The CSSC met in Almaty on Friday.", "CSSC"},
        {"A meeting of the Committee of Security Councils' Secretaries took place in Almaty on Friday.", "CSSC"},
        {"The CSC met in Almaty on Friday.", "CSC"},
        {"The CSTO summit took place in Almaty on Friday.", "CSC"},
        {"The Collective Security Council of the CSTO held its session in Almaty on Friday.", "CSC"},
        {"The heads of state of the CSTO met in Almaty on Friday.", "CSC"},
        {"A session of the CSTO Parliamentary Assembly took place in Almaty on Friday.", "PA"},
        {"The Permanent Council met in Almaty on Friday.", "PC"},
        {"A meeting of the Interstate Commission on Military-Economic Cooperation took place in Almaty on Friday.", "IMEC"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        json_t *m = model1("14.06.2021", cases[i].body);
        if (count(m, "meetings") != 1) fprintf(stderr, "in \"%s\"\n", cases[i].body);
        assert_int_equal(count(m, "meetings"), 1);
        json_t *mt = meeting(m, cases[i].want);
        assert_string_equal(S(mt, "date"), "2021-06-11"); /* "on Friday" before Monday 14 June */
        assert_string_equal(S(mt, "city"), "Almaty");
        assert_string_equal(S(mt, "country"), "kazakhstan");
        assert_string_equal(S(mt, "status"), "held");
        assert_string_equal(S(mt, "format"), "in_person");
        json_decref(m);
    }
}

static void test_joint_meeting_lists_every_body(void **state)
{
    json_t *m = model1("14.06.2021", "A joint meeting of the CFM, the CDM and the CSSC took place in Dushanbe on Friday.");
    assert_int_equal(count(m, "meetings"), 1);
    json_t *mt = meeting(m, "CDM+CFM+CSSC");
    assert_string_equal(S(mt, "id"), "2021-06-11-cfm-cdm-cssc-dushanbe");
    assert_evidence(m, mt, "joint meeting");
    json_decref(m);
}

static void test_csc_never_joined_with_councils(void **state)
{
    json_t *m = model1("14.06.2021",
                       "A joint session of the Council of Foreign Ministers, the Council of Defence Ministers "
                       "and the Collective Security Council took place in Minsk on Friday.");
    assert_int_equal(count(m, "meetings"), 2);
    json_t *a = meeting(m, "CDM+CFM"), *b = meeting(m, "CSC");
    assert_string_equal(S(a, "city"), "Minsk");
    assert_string_equal(S(b, "city"), "Minsk");
    json_decref(m);
}

static void test_separate_sentences_separate_meetings(void **state)
{
    json_t *m = model1("14.06.2021", "The CSSC met in Dushanbe on Friday. The CMD met in Bishkek on Saturday.");
    assert_int_equal(count(m, "meetings"), 2);
    assert_string_equal(S(meeting(m, "CSSC"), "city"), "Dushanbe");
    assert_string_equal(S(meeting(m, "CDM"), "city"), "Bishkek");
    assert_string_equal(S(meeting(m, "CDM"), "date"), "2021-06-12");
    json_decref(m);
}

static void test_mentions_of_one_meeting_merge(void **state)
{
    /* the same meeting named again, and referred back to as "the meeting" */
    json_t *m = model1("14.06.2021",
                       "The Council of Foreign Ministers met in Minsk on Friday. "
                       "The meeting discussed Afghanistan. "
                       "At the session of the Council of Foreign Ministers the ministers also discussed the border.");
    assert_int_equal(count(m, "meetings"), 1);
    json_t *mt = meeting(m, "CFM");
    assert_int_equal(json_array_size(json_object_get(mt, "evidence")), 2);
    json_decref(m);
}

/* ---- meetings: status, format, date, place ----------------------------------- */

static void test_planned_forms(void **state)
{
    const char *planned[] = {
        "The CSTO summit will be held in Dushanbe on 16 September.",
        "The next session of the Council of Foreign Ministers is scheduled for next year.",
        "The upcoming meeting of the CSSC will take place in Bishkek.",
        "The Council of Defence Ministers will meet in Moscow on 20 July.", /* a date after publication */
    };
    const char *dates[] = {"2021-09-16", "2022", NULL, "2021-07-20"};
    for (size_t i = 0; i < sizeof planned / sizeof *planned; i++) {
        json_t *m = model1("14.06.2021", planned[i]);
        assert_int_equal(count(m, "meetings"), 1);
        json_t *mt = json_array_get(json_object_get(m, "meetings"), 0);
        if (strcmp(S(mt, "status"), "planned")) fprintf(stderr, "in \"%s\"\n", planned[i]);
        assert_string_equal(S(mt, "status"), "planned");
        if (dates[i]) assert_string_equal(S(mt, "date"), dates[i]);
        json_decref(m);
    }
}

/* A held meeting is never dated after the report: "met ... on 20 July" in a
 * June report is last year's July. */
static void test_held_after_publication_is_last_year(void **state)
{
    json_t *m = model1("14.06.2021", "The Council of Defence Ministers met in Moscow on 20 July.");
    json_t *mt = meeting(m, "CDM");
    assert_string_equal(S(mt, "status"), "held");
    assert_string_equal(S(mt, "date"), "2020-07-20");
    json_decref(m);
}

/* A held meeting no sentence dates is the report's day (a report tells the day's news or the day before's:
 * the month is no truer then and says less otherwise); one to come keeps the report's month. */
static void test_held_without_date_takes_publication_day(void **state)
{
    json_t *m = model1("14.06.2021", "The Council of Defence Ministers met in Moscow to discuss joint exercises.");
    json_t *mt = meeting(m, "CDM");
    assert_string_equal(S(mt, "status"), "held");
    assert_string_equal(S(mt, "date"), "2021-06-14");
    json_decref(m);
    m = model1("14.06.2021", "The Council of Defence Ministers will meet in Moscow to discuss joint exercises.");
    mt = meeting(m, "CDM");
    assert_string_equal(S(mt, "status"), "planned");
    assert_true(json_is_null(json_object_get(mt, "date")) || strlen(S(mt, "date")) < 10);
    json_decref(m);
}

static void test_precision_kept(void **state)
{
    json_t *m = model1("14.06.2021", "The Council of Defence Ministers met in Moscow in 2015.");
    assert_string_equal(S(meeting(m, "CDM"), "date"), "2015");
    json_decref(m);
    m = model1("14.06.2021", "The Council of Defence Ministers met in Moscow in May 2019.");
    assert_string_equal(S(meeting(m, "CDM"), "date"), "2019-05");
    json_decref(m);
}

static void test_video_format(void **state)
{
    const char *video[] = {
        "The Council of Defence Ministers met via videoconference on Friday.",
        "The foreign ministers met online on Friday.",
        "An extraordinary session of the CSC was held in video format on Friday.",
        "The CSC held an extraordinary session in video format on Friday.",
        "The Collective Security Council held its session via video link on Friday.",
    };
    for (size_t i = 0; i < sizeof video / sizeof *video; i++) {
        json_t *m = model1("14.06.2021", video[i]);
        assert_int_equal(count(m, "meetings"), 1);
        json_t *mt = json_array_get(json_object_get(m, "meetings"), 0);
        if (strcmp(S(mt, "format"), "video")) fprintf(stderr, "in \"%s\"\n", video[i]);
        assert_string_equal(S(mt, "format"), "video");
        assert_null_field(mt, "city"); /* a videoconference has no city */
        assert_string_equal(S(mt, "date"), "2021-06-11");
        assert_non_null(strstr(S(mt, "id"), "-video"));
        json_decref(m);
    }
}

static void test_relative_dates(void **state)
{
    /* published on Wednesday 15 September 2021 */
    struct { const char *body, *date; } cases[] = {
        {"The CSSC met in Dushanbe yesterday.", "2021-09-14"},
        {"The CSSC meets in Dushanbe today.", "2021-09-15"},
        {"The CSSC met in Dushanbe on Monday.", "2021-09-13"},
        {"The CSSC will meet in Dushanbe tomorrow.", "2021-09-16"},
        {"The CSSC met in Dushanbe on 10 September.", "2021-09-10"}, /* the year from the publication date */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        json_t *m = model1("15.09.2021", cases[i].body);
        json_t *mt = meeting(m, "CSSC");
        if (strcmp(S(mt, "date"), cases[i].date)) fprintf(stderr, "in \"%s\"\n", cases[i].body);
        assert_string_equal(S(mt, "date"), cases[i].date);
        json_decref(m);
    }
    /* no publication date: a relative date stays unresolved */
    json_t *m = model1(NULL, "The CSSC met in Dushanbe yesterday.");
    assert_null_field(meeting(m, "CSSC"), "date");
    json_decref(m);
}

static void test_earlier_in_the_day(void **state)
{
    json_t *m = model1("15.09.2021",
                       "The CSC met in Dushanbe on 13 September. "
                       "Earlier in the day, the Council of Foreign Ministers met in Dushanbe.");
    assert_string_equal(S(meeting(m, "CSC"), "date"), "2021-09-13");
    assert_string_equal(S(meeting(m, "CFM"), "date"), "2021-09-13");
    json_decref(m);
}

static void test_places(void **state)
{
    struct { const char *body, *city, *country; } cases[] = {
        {"The Ministerial Council convened in the city of Osh on Friday.", "Osh", "kyrgyzstan"},
        {"The Ministerial Council convened in Nur-Sultan on Friday.", "Astana", "kazakhstan"},
        {"The Ministerial Council convened in the capital of Armenia on Friday.", "Yerevan", "armenia"}, /* countries.tsv capital */
        {"The Ministerial Council convened in Tajikistan on Friday.", NULL, "tajikistan"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        json_t *m = model1("14.06.2021", cases[i].body);
        json_t *mt = meeting(m, "CFM");
        if (cases[i].city) assert_string_equal(S(mt, "city"), cases[i].city);
        else assert_null_field(mt, "city");
        assert_string_equal(S(mt, "country"), cases[i].country);
        json_decref(m);
    }
}

static void test_place_from_dateline(void **state)
{
    json_t *m = model1("14.06.2021", "BISHKEK, June 14 \xE2\x80\x93 The foreign ministers of the CSTO member states met today.");
    json_t *mt = meeting(m, "CFM");
    assert_string_equal(S(mt, "city"), "Bishkek");
    assert_string_equal(S(mt, "country"), "kyrgyzstan");
    json_decref(m);

    /* a city line in the header is a dateline too */
    m = model1("14.06.2021\nYerevan", "The secretaries of the security councils met today to discuss the border.");
    assert_string_equal(S(meeting(m, "CSSC"), "city"), "Yerevan");
    json_decref(m);

    /* a meeting long before the publication date does not take the dateline's place */
    m = model1("14.06.2021", "MINSK \xE2\x80\x93 The defence ministers met on 20 May 2019 to approve an exercise plan.");
    json_t *old = meeting(m, "CDM");
    assert_string_equal(S(old, "date"), "2019-05-20");
    assert_null_field(old, "city");
    json_decref(m);

    /* nor does a planned one */
    m = model1("14.06.2021", "MINSK \xE2\x80\x93 The defence ministers will meet in the autumn.");
    assert_null_field(meeting(m, "CDM"), "city");
    json_decref(m);
}

/* ---- officials ------------------------------------------------------------------ */

static void test_title_before_and_after_name(void **state)
{
    json_t *m = model1("14.06.2021",
                       "Kazakh Foreign Minister Beibut Atamkulov and Ruslan Kazakbayev, the Foreign Minister of "
                       "Kyrgyzstan, discussed the agenda. President of Tajikistan Emomali Rahmon, "
                       "Armenia's Chief of the General Staff Artak Davtyan and Minister of Defence of Belarus "
                       "Viktor Khrenin were also there.");
    assert_int_equal(count(m, "officials"), 5);
    /* the position as the article words it; the country apart */
    assert_position(official(m, "Beibut Atamkulov"), "Foreign Minister", "kazakhstan", NULL);
    assert_position(official(m, "Ruslan Kazakbayev"), "Foreign Minister", "kyrgyzstan", NULL);
    assert_position(official(m, "Emomali Rahmon"), "President", "tajikistan", NULL);
    assert_position(official(m, "Artak Davtyan"), "Chief of the General Staff", "armenia", NULL);
    assert_position(official(m, "Viktor Khrenin"), "Minister of Defence", "belarus", NULL);
    assert_evidence(m, official(m, "Ruslan Kazakbayev"), "Kazakbayev");
    json_decref(m);
}

static void test_plural_title_over_a_list(void **state)
{
    json_t *m = model1("14.06.2021",
                       "The session of the CSC was attended by presidents Alexander Lukashenko of Belarus, "
                       "Sooronbay Jeenbekov of Kyrgyzstan and Emomali Rahmon of Tajikistan.");
    assert_int_equal(count(m, "officials"), 3);
    assert_position(official(m, "Alexander Lukashenko"), "President", "belarus", NULL);
    assert_position(official(m, "Sooronbay Jeenbekov"), "President", "kyrgyzstan", NULL);
    assert_position(official(m, "Emomali Rahmon"), "President", "tajikistan", NULL);
    /* all three attended */
    json_t *parts = json_object_get(meeting(m, "CSC"), "participants");
    assert_int_equal(json_array_size(parts), 3);
    assert_true(has_id(parts, "sooronbay-jeenbekov"));
    json_decref(m);
}

static void test_country_shared_along_a_list(void **state)
{
    json_t *m = model1("14.06.2021",
                       "Armenia's Minister of Foreign Affairs Ararat Mirzoyan, Minister of Defence Suren Papikyan "
                       "and Secretary of the Security Council Armen Grigoryan took part in the joint meeting of "
                       "the CFM, CDM and CSSC in Dushanbe.");
    assert_position(official(m, "Ararat Mirzoyan"), "Minister of Foreign Affairs", "armenia", NULL);
    assert_position(official(m, "Suren Papikyan"), "Minister of Defence", "armenia", NULL);
    assert_position(official(m, "Armen Grigoryan"), "Secretary of the Security Council", "armenia", NULL);
    json_t *mt = meeting(m, "CDM+CFM+CSSC");
    assert_int_equal(json_array_size(json_object_get(mt, "participants")), 3);
    assert_true(has_id(json_object_get(official(m, "Suren Papikyan"), "meetings"), S(mt, "id")));
    json_decref(m);
}

static void test_organisation_officials_and_prefixes(void **state)
{
    json_t *m = model1("14.06.2021",
                       "Deputy CSTO Secretary-General Valery Semerikov and CSTO Secretary General Stanislav Zas "
                       "took part in the session of the Permanent Council. Acting Prime Minister of Armenia "
                       "Nikol Pashinyan and UN Secretary-General Antonio Guterres sent greetings.");
    assert_position(official(m, "Valery Semerikov"), "Deputy Secretary-General", NULL, "CSTO");
    assert_position(official(m, "Stanislav Zas"), "Secretary General", NULL, "CSTO");
    assert_position(official(m, "Nikol Pashinyan"), "Acting Prime Minister", "armenia", NULL);
    assert_position(official(m, "Antonio Guterres"), "Secretary-General", NULL, "UN");
    json_t *parts = json_object_get(meeting(m, "PC"), "participants");
    assert_true(has_id(parts, "stanislav-zas"));
    assert_true(has_id(parts, "valery-semerikov"));
    assert_false(has_id(parts, "nikol-pashinyan")); /* named in another sentence */
    json_decref(m);

    m = model1("14.06.2021", "The acting Secretary General of the CSTO Valery Semerikov opened the session.");
    assert_position(official(m, "Valery Semerikov"), "acting Secretary General", NULL, "CSTO");
    json_decref(m);
}

static void test_surname_mentions_are_the_same_person(void **state)
{
    json_t *m = model1("14.06.2021",
                       "Belarusian Foreign Minister Vladimir Makei opened the talks. "
                       "Later, the Council of Foreign Ministers met in Minsk. Makei chaired the session. "
                       "According to Makei, the ministers agreed on the agenda.");
    assert_int_equal(count(m, "officials"), 1);
    json_t *o = official(m, "Vladimir Makei");
    assert_int_equal(json_array_size(json_object_get(o, "evidence")), 3);
    assert_evidence(m, o, "Makei");
    /* named by surname alone in a sentence about the meeting: a participant */
    assert_true(has_id(json_object_get(meeting(m, "CFM"), "participants"), "vladimir-makei"));
    json_decref(m);
}

static void test_not_people(void **state)
{
    json_t *m = model1("14.06.2021",
                       "The Kremlin press service, TASS and Interfax reported that the heroes of the Great "
                       "Patriotic War were honoured. Minsk welcomed the Council of Foreign Ministers. "
                       "The Collective Rapid Reaction Forces held exercises near Osh. "
                       "Special attention was paid to the Collective Security Treaty Organization. "
                       "On Monday, Central Asia was discussed by Kazakhstan and Tajikistan.");
    assert_int_equal(count(m, "officials"), 0);
    json_decref(m);
}

static void test_lowercase_title_without_name(void **state)
{
    /* a title with no name after it is no official */
    json_t *m = model1("14.06.2021", "The foreign minister of Belarus said the session was useful. "
                                     "The president spoke about security.");
    assert_int_equal(count(m, "officials"), 0);
    json_decref(m);
}

/* ---- documents ---------------------------------------------------------------------- */

static void test_document_lists(void **state)
{
    json_t *m = model1("14.06.2021",
                       "The Council of Foreign Ministers met in Minsk on Friday. The ministers adopted "
                       "declarations on the fight against terrorism; on cyber security; on the protection of borders.");
    assert_int_equal(count(m, "documents"), 3);
    json_t *d = doc_starting(m, "declaration on cyber security");
    assert_string_equal(S(d, "type"), "declaration");
    assert_string_equal(S(d, "status"), "adopted");
    assert_string_equal(S(d, "meeting"), S(meeting(m, "CFM"), "id"));
    assert_evidence(m, d, "cyber security");
    doc_starting(m, "declaration on the fight against terrorism");
    doc_starting(m, "declaration on the protection of borders");
    assert_int_equal(json_array_size(json_object_get(meeting(m, "CFM"), "documents")), 3);
    json_decref(m);

    m = model1("14.06.2021",
               "The CSC met in Moscow on Friday. Statements were adopted on peacekeeping, on the situation in "
               "the region, and the Plan of Joint Actions for 2022-2024.");
    assert_int_equal(count(m, "documents"), 3);
    assert_string_equal(S(doc_starting(m, "statement on peacekeeping"), "type"), "statement");
    assert_string_equal(S(doc_starting(m, "statement on the situation in the region"), "type"), "statement");
    json_t *plan = doc_starting(m, "Plan of Joint Actions for 2022-2024");
    assert_string_equal(S(plan, "type"), "plan");
    assert_string_equal(S(plan, "status"), "adopted");
    json_decref(m);
}

static void test_quoted_titles(void **state)
{
    json_t *m = model1("14.06.2021",
                       "The CSC met in Moscow on Friday. The presidents signed the agreement "
                       "\xE2\x80\x9C" "On Joint Air Defence of the Member States" "\xE2\x80\x9D and the protocol "
                       "\"Mutual Logistics Support\".");
    assert_int_equal(count(m, "documents"), 2);
    json_t *a = doc_starting(m, "On Joint Air Defence of the Member States");
    assert_string_equal(S(a, "type"), "agreement");
    assert_string_equal(S(a, "title"), "On Joint Air Defence of the Member States");
    assert_evidence(m, a, "Air Defence");
    json_t *p = doc_starting(m, "Mutual Logistics Support");
    assert_string_equal(S(p, "type"), "protocol");
    json_decref(m);
}

static void test_document_status(void **state)
{
    json_t *m = model1("14.06.2021",
                       "The CFM met in Minsk on Friday. The ministers approved a draft Declaration on Eurasian "
                       "Security for submission to the Collective Security Council.");
    json_t *d = doc_starting(m, "Declaration on Eurasian Security");
    assert_string_equal(S(d, "status"), "draft");
    assert_string_equal(S(d, "type"), "declaration");
    json_decref(m);

    m = model1("14.06.2021",
               "The CSC will meet in Minsk in November. The presidents are expected to adopt a Statement on "
               "International Security.");
    d = doc_starting(m, "Statement on International Security");
    assert_string_equal(S(d, "status"), "planned");
    assert_string_equal(S(d, "meeting"), S(meeting(m, "CSC"), "id"));
    assert_string_equal(S(meeting(m, "CSC"), "status"), "planned");
    json_decref(m);
}

static void test_not_documents_and_counts(void **state)
{
    json_t *m = model1("14.06.2021",
                       "The CSC met in Moscow on Friday. In total, 25 documents were signed. The list of statements "
                       "for next year was also discussed. Reporters noted that the plans of the alliance are "
                       "ambitious, which reflects the statements of its leaders.");
    assert_int_equal(count(m, "documents"), 0);
    json_t *mt = meeting(m, "CSC");
    assert_int_equal(json_integer_value(json_object_get(mt, "documents_count")), 25);
    json_decref(m);

    /* no count said: null */
    m = model1("14.06.2021", "The CSC met in Moscow on Friday.");
    assert_null_field(meeting(m, "CSC"), "documents_count");
    json_decref(m);
}

/* ---- whole fixture articles ------------------------------------------------------------ */

static void test_fixture_joint_ministerial(void **state)
{
    json_t *m = model_file("tests/fixtures/articles/cfm_minsk_2021.txt", "cfm_minsk_2021");
    assert_int_equal(count(m, "meetings"), 2);
    json_t *j = meeting(m, "CDM+CFM+CSSC");
    assert_string_equal(S(j, "id"), "2021-11-30-cfm-cdm-cssc-minsk");
    assert_string_equal(S(j, "status"), "held");
    assert_int_equal(json_array_size(json_object_get(j, "participants")), 3);
    assert_int_equal(json_array_size(json_object_get(j, "documents")), 4);
    json_t *csc = meeting(m, "CSC");
    assert_string_equal(S(csc, "status"), "planned");
    assert_string_equal(S(csc, "date"), "2021-12-01"); /* "tomorrow" */
    assert_string_equal(S(csc, "city"), "Minsk");
    assert_int_equal(json_array_size(json_object_get(csc, "participants")), 0);

    assert_position(official(m, "Aliaksei Vorobei"), "Foreign Minister", "belarus", NULL);
    assert_position(official(m, "Timur Asanbekov"), "Defence Minister", "kyrgyzstan", NULL);
    assert_position(official(m, "Arsen Hakobyan"), "Foreign Minister", "armenia", NULL);
    assert_int_equal(json_array_size(json_object_get(official(m, "Aliaksei Vorobei"), "evidence")), 2);

    assert_int_equal(count(m, "documents"), 4);
    const char *drafts[] = {"declaration on strengthening border security", "declaration on countering international terrorism",
                            "declaration on information security"};
    for (int i = 0; i < 3; i++) {
        json_t *d = doc_starting(m, drafts[i]);
        assert_string_equal(S(d, "status"), "draft");
        assert_string_equal(S(d, "meeting"), S(j, "id"));
    }
    json_t *st = doc_starting(m, "Statement on the situation in Afghanistan");
    assert_string_equal(S(st, "status"), "adopted");
    assert_evidence(m, st, "Afghanistan");
    assert_evidence(m, j, "meeting");
    json_decref(m);
}

static void test_fixture_summit_report(void **state)
{
    json_t *m = model_file("tests/fixtures/articles/csc_yerevan_held.txt", "csc_yerevan_held");
    assert_int_equal(count(m, "meetings"), 1);
    json_t *mt = meeting(m, "CSC");
    assert_string_equal(S(mt, "id"), "2026-11-23-csc-yerevan");
    assert_string_equal(S(mt, "status"), "held");
    assert_int_equal(json_integer_value(json_object_get(mt, "documents_count")), 17);
    json_t *parts = json_object_get(mt, "participants");
    const char *who[] = {"kassym-jomart-tokayev", "sadyr-japarov", "emomali-rakhmon", "vladimir-putin",
                         "valery-semerikov", "nikol-pashinyan"};
    assert_int_equal(json_array_size(parts), 6);
    for (size_t i = 0; i < 6; i++) assert_true(has_id(parts, who[i]));
    assert_position(official(m, "Valery Semerikov"), "acting Secretary General", NULL, "CSTO");
    assert_position(official(m, "Sadyr Japarov"), "President", "kyrgyzstan", NULL);
    assert_position(official(m, "Nikol Pashinyan"), "Prime Minister", "armenia", NULL);
    assert_int_equal(count(m, "officials"), 6);
    /* statements listed with "on A, on B, and the Plan" are three documents; the list of statements is none */
    assert_int_equal(count(m, "documents"), 4);
    doc_starting(m, "statement on the strengthening of peacekeeping");
    doc_starting(m, "statement on biological safety");
    assert_string_equal(S(doc_starting(m, "Plan of joint actions"), "type"), "plan");
    assert_string_equal(S(doc_starting(m, "Yerevan Declaration"), "status"), "adopted");
    json_decref(m);
}

/* ---- extract_article directly ------------------------------------------------------------- */

static void test_extract_article_spans(void **state)
{
    const char *raw = "Headline\n\n14.06.2021\n\n"
                      "Kyrgyz Defence Minister Baktybek Bekbolotov met in Bishkek with the defence ministers of "
                      "the member states for a session of the CDM on Friday. Bekbolotov said the Council of "
                      "Defence Ministers adopted a Statement on military cooperation.";
    article a;
    char err[256] = "";
    assert_int_equal(article_parse(G, "x", raw, strlen(raw), &a, err, sizeof err), 0);
    extraction x;
    assert_int_equal(extract_article(G, &a, &x), 0);
    assert_int_equal(x.nm, 1);
    assert_int_equal(gaz_body(G, __builtin_ctz(x.m[0].bodies))->code[1], 'D');
    assert_int_equal(x.m[0].date.d, 11);
    assert_int_equal(x.m[0].status, ST_HELD);
    assert_string_equal(gaz_city(G, x.m[0].city)->name, "Bishkek");
    assert_int_equal(x.no, 1);
    assert_string_equal(x.o[0].name, "Baktybek Bekbolotov");
    assert_int_equal(x.o[0].initial, 'b');
    assert_int_equal(x.o[0].ev.n, 2);
    assert_int_equal(x.o[0].ev.v[0].end - x.o[0].ev.v[0].start, strlen("Baktybek Bekbolotov"));
    assert_memory_equal(a.text + x.o[0].ev.v[0].start, "Baktybek Bekbolotov", strlen("Baktybek Bekbolotov"));
    assert_memory_equal(a.text + x.o[0].ev.v[1].start, "Bekbolotov said", strlen("Bekbolotov"));
    assert_int_equal(x.o[0].ev.v[1].end - x.o[0].ev.v[1].start, strlen("Bekbolotov"));
    assert_int_equal(x.o[0].meetings.n, 1);
    assert_int_equal(x.m[0].participants.n, 1);
    assert_int_equal(x.nd, 1);
    assert_string_equal(x.d[0].title, "Statement on military cooperation");
    assert_int_equal(x.d[0].meeting, 0);
    assert_int_equal(x.d[0].status, DS_ADOPTED);
    assert_memory_equal(a.text + x.d[0].ev.start, "Statement on military cooperation", x.d[0].ev.end - x.d[0].ev.start);
    /* the article names its countries */
    int kg = -1;
    for (int i = 0; i < gaz_ncountries(G); i++)
        if (!strcmp(gaz_country(G, i)->slug, "kyrgyzstan")) kg = i;
    assert_true(kg >= 0 && x.countries[kg]);
    extraction_clear(&x);
    article_clear(&a);
}

static void test_chairmanship_transfer(void **state)
{
    const char *raw = "Headline\n\n14.06.2021\n\n"
                      "The chairmanship of the CSTO passed from Tajikistan to Armenia at the end of the session.";
    article a;
    char err[256] = "";
    assert_int_equal(article_parse(G, "x", raw, strlen(raw), &a, err, sizeof err), 0);
    extraction x;
    assert_int_equal(extract_article(G, &a, &x), 0);
    assert_string_equal(gaz_country(G, x.chair_from)->slug, "tajikistan");
    assert_string_equal(gaz_country(G, x.chair_to)->slug, "armenia");
    extraction_clear(&x);
    article_clear(&a);
}

/* extract_may_name_meeting: the corpus reads a headline over a text with no meeting only when the headline
 * may name one; a meeting's headline must pass (else its meeting is lost), one with no body and no meeting
 * word need not (reading it again costs a second extraction). */
static void test_headline_may_name_meeting(void **state)
{
    (void)state;
    static const struct { const char *headline; int may; } rows[] = {
        {"Leaders gather for the CSTO summit in Minsk", 1},            /* a meeting noun */
        {"CSTO defence ministers meet in Bishkek", 1},                 /* a body of people */
        {"Collective Security Council convenes in Moscow", 1},        /* a body's name */
        {"В Москве прошла сессия Совета коллективной безопасности", 1}, /* «сессия», a body */
        {"В Кремле завершились переговоры лидеров стран ОДКБ", 1},       /* «переговоры» */
        {"CSTO begins its military drill in the south", 0},
        {"Internal Affairs / Foreign Relations / Kyrgyzstan", 0},
        {"Пашинян оценил гарантии безопасности от ОДКБ", 0},
    };
    for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
        int got = extract_may_name_meeting(G, rows[i].headline, strlen(rows[i].headline)) != 0;
        if (got != rows[i].may) fail_msg("'%s': %d, expected %d", rows[i].headline, got, rows[i].may);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_body_names_and_abbreviations),
        cmocka_unit_test(test_headline_may_name_meeting),
        cmocka_unit_test(test_joint_meeting_lists_every_body),
        cmocka_unit_test(test_csc_never_joined_with_councils),
        cmocka_unit_test(test_separate_sentences_separate_meetings),
        cmocka_unit_test(test_mentions_of_one_meeting_merge),
        cmocka_unit_test(test_planned_forms),
        cmocka_unit_test(test_held_after_publication_is_last_year),
        cmocka_unit_test(test_held_without_date_takes_publication_day),
        cmocka_unit_test(test_precision_kept),
        cmocka_unit_test(test_video_format),
        cmocka_unit_test(test_relative_dates),
        cmocka_unit_test(test_earlier_in_the_day),
        cmocka_unit_test(test_places),
        cmocka_unit_test(test_place_from_dateline),
        cmocka_unit_test(test_title_before_and_after_name),
        cmocka_unit_test(test_plural_title_over_a_list),
        cmocka_unit_test(test_country_shared_along_a_list),
        cmocka_unit_test(test_organisation_officials_and_prefixes),
        cmocka_unit_test(test_surname_mentions_are_the_same_person),
        cmocka_unit_test(test_not_people),
        cmocka_unit_test(test_lowercase_title_without_name),
        cmocka_unit_test(test_document_lists),
        cmocka_unit_test(test_quoted_titles),
        cmocka_unit_test(test_document_status),
        cmocka_unit_test(test_not_documents_and_counts),
        cmocka_unit_test(test_fixture_joint_ministerial),
        cmocka_unit_test(test_fixture_summit_report),
        cmocka_unit_test(test_extract_article_spans),
        cmocka_unit_test(test_chairmanship_transfer),
    };
    return cmocka_run_group_tests(tests, gazfix_setup, gazfix_teardown);
}
