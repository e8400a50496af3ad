/* test_article — article_parse: title, publication date from a header line
 * or "Outlet (date)", dateline as a lone city line or at the start of the
 * text, URL lines, boilerplate removal, and refusal of invalid input
 * (model/article.h).  Fixtures: tests/fixtures/articles/ (see README.md). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/article.h"
#include "model/corpus.h"
#include "model/sbuf.h"
#include "tests/common/gazfix.h"

static void parse_ok(const char *raw, article *a)
{
    char err[256] = "";
    int rc = article_parse(G, "t", raw, strlen(raw), a, err, sizeof err);
    if (rc) fprintf(stderr, "article_parse: %s\n", err);
    assert_int_equal(rc, 0);
    assert_non_null(a->text);
    assert_int_equal(strlen(a->text), a->len);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    assert_non_null(f);
    char *buf = malloc(1 << 20);
    assert_non_null(buf);
    *len = fread(buf, 1, (1 << 20) - 1, f);
    buf[*len] = '\0';
    fclose(f);
    return buf;
}

static void assert_date(cdate d, int y, int m, int day)
{
    assert_int_equal(d.y, y);
    assert_int_equal(d.m, m);
    assert_int_equal(d.d, day);
}

/* ---- title and header lines --------------------------------------------- */

static void test_title_date_url_source(void **state)
{
    article a;
    parse_ok("Foreign ministers of the CSTO meet in Yerevan\n"
             "\n"
             "14.06.2021\n"
             "https://www.example-news.am/en/csto-cfm\n"
             "\n"
             "The Council of Foreign Ministers of the CSTO held its session in Yerevan on Monday.\n"
             "\n"
             "The ministers discussed the situation in Afghanistan.\n",
             &a);
    assert_string_equal(a.title, "Foreign ministers of the CSTO meet in Yerevan");
    assert_date(a.published, 2021, 6, 14);
    assert_string_equal(a.url, "https://www.example-news.am/en/csto-cfm");
    assert_string_equal(a.source, "example-news.am"); /* the URL's host, www. dropped */
    assert_null(a.dateline);
    /* metadata lines are not in the text; paragraphs keep one blank line */
    assert_string_equal(a.text, "The Council of Foreign Ministers of the CSTO held its session in Yerevan on Monday.\n\n"
                                "The ministers discussed the situation in Afghanistan.");
    article_clear(&a);
}

static void test_date_with_time_and_views(void **state)
{
    article a;
    parse_ok("Defence chiefs gather in Dushanbe\n"
             "03 October, 2022, 16:45 1250\n"
             "The defence ministers of the member states gathered in Dushanbe today to review joint exercises.\n",
             &a);
    assert_date(a.published, 2022, 10, 3);
    assert_null(strstr(a.text, "16:45"));
    article_clear(&a);
}

static void test_outlet_with_date(void **state)
{
    article a;
    parse_ok("Security council secretaries confer in Bishkek\n"
             "AKIpress (12 April 2023)\n"
             "The secretaries of the security councils of the CSTO member states met in Bishkek.\n",
             &a);
    assert_date(a.published, 2023, 4, 12);
    assert_string_equal(a.source, "AKIpress");
    assert_null(strstr(a.text, "AKIpress"));
    article_clear(&a);
}

/* "Outlet, Country" above the date, the headline after it: the first line is the source, the line after the date
 * (no sentence) the title, and the text starts below it; a first line that is a headline stays one. */
static void test_outlet_place_line_above_date(void **state)
{
    article a;
    parse_ok("Trend, Azerbaijan\n"
             "May 27 2013\n"
             "CSTO ministers sign joint declaration on security\n"
             "The CSTO foreign ministers signed a declaration in Bishkek on Monday.\n",
             &a);
    assert_string_equal(a.title, "CSTO ministers sign joint declaration on security");
    assert_string_equal(a.source, "Trend, Azerbaijan");
    assert_date(a.published, 2013, 5, 27);
    assert_null(strstr(a.text, "sign joint"));
    article_clear(&a);
    parse_ok("Ministers meet in Minsk, Belarus\n"
             "May 27 2013\n"
             "CSTO ministers sign joint declaration on security\n"
             "The CSTO foreign ministers signed a declaration in Minsk on Monday.\n",
             &a);
    assert_string_equal(a.title, "Ministers meet in Minsk, Belarus");
    assert_non_null(strstr(a.text, "sign joint"));
    article_clear(&a);
}

static void test_body_date_is_not_published(void **state)
{
    /* a date inside a sentence of the body never becomes the publication date */
    article a;
    parse_ok("CSTO summit results\n"
             "The leaders of the member states met in Moscow on 16.05.2022 and agreed on the next steps.\n"
             "They will meet again on 23 November 2022.\n",
             &a);
    assert_int_equal(a.published.y, 0);
    assert_non_null(strstr(a.text, "16.05.2022"));
    article_clear(&a);

    /* the first date-only line wins over later ones */
    parse_ok("Ministers meet\n12.03.2024\nThe ministers met in Almaty to discuss the border situation.\n01.01.2020\n", &a);
    assert_date(a.published, 2024, 3, 12);
    article_clear(&a);
}

static void test_long_first_sentence_is_not_title(void **state)
{
    /* a single paragraph that ends with a full stop and is the whole file is text, not title */
    article a;
    parse_ok("The Permanent Council of the CSTO met in Moscow to discuss the agenda of the coming session.", &a);
    assert_null(a.title);
    assert_string_equal(a.text, "The Permanent Council of the CSTO met in Moscow to discuss the agenda of the coming session.");
    article_clear(&a);

    /* a hard-wrapped first line cut inside its sentence (the next line goes on in lower case, or after a word such as
     * "of") is the text's first line, no headline */
    parse_ok("On May 15, Russian President Ivan Sidorov\nopened in Moscow the anniversary session of the CSTO\n"
             "Collective Security Council.\n", &a);
    assert_null(a.title);
    assert_int_equal(strncmp(a.text, "On May 15, Russian President Ivan Sidorov\nopened", 48), 0);
    article_clear(&a);
    parse_ok("The efforts by the provisional government of\nKyrgyzstan are still insufficient, the CSTO said.\n", &a);
    assert_null(a.title);
    article_clear(&a);
    /* (a headline over a sentence that opens in capitals stays one) */
    parse_ok("Leaders meet in Moscow\nThe leaders of the CSTO met in Moscow on Monday.\n", &a);
    assert_string_equal(a.title, "Leaders meet in Moscow");
    article_clear(&a);
}

static void test_title_repeated_in_body_dropped(void **state)
{
    article a;
    parse_ok("Ministers approve crisis plan\n"
             "Ministers approve crisis plan\n"
             "The ministers approved the plan in Minsk after a long debate about the region.\n",
             &a);
    assert_string_equal(a.title, "Ministers approve crisis plan");
    assert_null(strstr(a.text, "crisis plan"));
    article_clear(&a);
}

static void test_sentence_title_is_also_the_lede(void **state)
{
    /* a headline that is a whole sentence holds facts the text may not repeat
     * ("through video-conferencing"): it is the title and the text's start */
    article a;
    parse_ok("A session of the Council took place yesterday through video-conferencing.\n"
             "The session, which was chaired by the President, was attended by the ministers.\n",
             &a);
    assert_string_equal(a.title, "A session of the Council took place yesterday through video-conferencing.");
    assert_true(!strncmp(a.text, "A session of the Council took place", 35));
    assert_non_null(strstr(a.text, "The session, which"));
    article_clear(&a);
}

static void test_page_tail_links_dropped(void **state)
{
    /* other news' headlines and page links after the article are not its
     * text; a signature with a title is */
    article a;
    parse_ok("Council meets\n"
             "The Permanent Council met in Moscow on Tuesday to discuss the plan of consultations.\n\n"
             "The CSTO Press Secretary Ivan Petrov\n\n"
             "Back to the section\n",
             &a);
    assert_non_null(strstr(a.text, "The CSTO Press Secretary Ivan Petrov"));
    assert_null(strstr(a.text, "Back to the section"));
    article_clear(&a);
    parse_ok("Council meets\n"
             "The Permanent Council met in Moscow on Tuesday to discuss the plan of consultations.\n"
             "Ministers approve a budget support programme for vocational education\n"
             "Related Post\n",
             &a);
    assert_null(strstr(a.text, "budget support programme"));
    assert_null(strstr(a.text, "Related Post"));
    assert_non_null(strstr(a.text, "plan of consultations."));
    article_clear(&a);
}

/* ---- datelines ----------------------------------------------------------- */

static void test_dateline_city_line(void **state)
{
    article a;
    parse_ok("Presidents confer on regional security\n"
             "Dushanbe\n"
             "The heads of state met today to discuss the border situation and the joint forces.\n",
             &a);
    assert_string_equal(a.dateline, "Dushanbe");
    assert_string_equal(gaz_city(G, a.dateline_city)->name, "Dushanbe");
    assert_null(strstr(a.text, "Dushanbe"));
    article_clear(&a);

    /* other spellings of a city are recognised */
    parse_ok("Ministers confer\nNur-Sultan\nThe ministers met today to discuss the border situation in detail.\n", &a);
    assert_string_equal(gaz_city(G, a.dateline_city)->name, "Astana");
    article_clear(&a);
}

static void test_dateline_in_text(void **state)
{
    article a;
    /* CITY, date – */
    parse_ok("Ministers meet\n"
             "MINSK, 30 November 2021 \xE2\x80\x93 The foreign ministers of the CSTO met in the Belarusian capital.\n",
             &a);
    assert_string_equal(a.dateline, "MINSK");
    assert_string_equal(gaz_city(G, a.dateline_city)->name, "Minsk");
    /* left in the text: evidence offsets must stay true */
    assert_int_equal(strncmp(a.text, "MINSK, 30 November", 18), 0);
    article_clear(&a);

    /* CITY. AGENCY ...: the agency becomes the source */
    parse_ok("Ministers meet\n"
             "MOSCOW. BELTA The defence ministers of the CSTO discussed joint exercises, Belta reports.\n",
             &a);
    assert_string_equal(a.dateline, "MOSCOW");
    assert_string_equal(gaz_city(G, a.dateline_city)->name, "Moscow");
    assert_string_equal(a.source, "Belta");
    article_clear(&a);

    /* CITY, Country (AGENCY) — (the wire services' style) */
    parse_ok("Leaders meet\nCHISINAU, Moldova (AP) \xE2\x80\x94 Six former Soviet republics signed documents Monday.\n", &a);
    assert_string_equal(a.dateline, "CHISINAU");
    assert_string_equal(gaz_city(G, a.dateline_city)->name, "Chisinau");
    assert_string_equal(a.source, "AP");
    article_clear(&a);

    /* CITY – */
    parse_ok("Ministers meet\nYEREVAN \xE2\x80\x93 Armenia will host the next session of the council, officials said.\n", &a);
    assert_string_equal(a.dateline, "YEREVAN");
    article_clear(&a);

    /* City: (a colon glued to the city, then a capitalised word; under a dek, not the first line) */
    parse_ok("Ministers meet\nThe bloc said the authorities are not acting.\n\n"
             "Moscow: Russia-led CSTO today said the authorities are not acting.\n", &a);
    assert_string_equal(a.dateline, "Moscow");
    assert_string_equal(gaz_city(G, a.dateline_city)->name, "Moscow");
    article_clear(&a);

    /* a city in ordinary case at the start of a sentence is not a dateline */
    parse_ok("Ministers meet\nMoscow, as the host, welcomed the ministers of the member states to the talks.\n", &a);
    assert_null(a.dateline);
    assert_int_equal(a.dateline_city, -1);
    article_clear(&a);
}

/* ---- boilerplate ---------------------------------------------------------- */

static void test_boilerplate_removed(void **state)
{
    article a;
    parse_ok("Summit in Astana\n"
             "None\n"
             "  Currently reading  \n"
             "The heads of state of the CSTO met in Astana on Thursday.\n"
             "Read also\n"
             "SHARE\n"
             "\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5\n" /* Читайте также */
             "Kaynak/Source:\n"
             "They signed a declaration.\n"
             "The source: a line that only starts like boilerplate stays.\n",
             &a);
    assert_string_equal(a.text, "The heads of state of the CSTO met in Astana on Thursday.\n"
                                "They signed a declaration.\n"
                                "The source: a line that only starts like boilerplate stays.");
    article_clear(&a);
}

/* "Read also" and the headlines listed after it (lines that end no sentence) are other articles'; a
 * sentence after them is this one's again, and so is the paragraph after a blank line. */
static void test_related_links_dropped(void **state)
{
    article a;
    parse_ok("Summit in Astana\n\n"
             "The heads of state of the CSTO met in Astana on Thursday.\n\n"
             "Read also:\n"
             "Putin meets Tokayev in Astana\n"
             "Lavrov: the summit will adopt a declaration\n"
             "They signed a declaration.\n\n"
             "Read more: Kyrgyzstan takes over the chairmanship\n"
             "The next session will be held in Bishkek.\n\n"
             "\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5:\n" /* Читайте также: */
             "Lukashenko hosts the leaders\n\n"
             "The leaders also approved a budget.\n",
             &a);
    assert_string_equal(a.text, "The heads of state of the CSTO met in Astana on Thursday.\n\n"
                                "They signed a declaration.\n\n"
                                "The next session will be held in Bishkek.\n\n"
                                "The leaders also approved a budget.");
    article_clear(&a);
}

/* ---- refusals ------------------------------------------------------------- */

static void test_invalid_input_rejected(void **state)
{
    article a;
    char err[256];

    err[0] = '\0';
    const char bad[] = "Title\nThe ministers met in Minsk \xC3\x28 today.\n";
    assert_int_equal(article_parse(G, "bad", bad, sizeof bad - 1, &a, err, sizeof err), -1);
    assert_non_null(strstr(err, "UTF-8"));
    assert_non_null(strstr(err, "33")); /* the byte offset */
    assert_null(a.text);

    err[0] = '\0';
    const char bin[] = "PK\x03\x04\0\0\x14\0binary";
    assert_int_equal(article_parse(G, "bin", bin, sizeof bin - 1, &a, err, sizeof err), -1);
    assert_non_null(strstr(err, "binary"));

    err[0] = '\0';
    const char nul[] = "Title\nText\0more";
    assert_int_equal(article_parse(G, "nul", nul, sizeof nul - 1, &a, err, sizeof err), -1);
    assert_non_null(strstr(err, "NUL"));

    err[0] = '\0';
    assert_int_equal(article_parse(G, "empty", "", 0, &a, err, sizeof err), -1);
    assert_non_null(strstr(err, "no article text"));

    /* only a title, metadata and boilerplate: no text either */
    err[0] = '\0';
    const char hollow[] = "Just a headline\n\n27.05.2020\nhttps://example.org/x\nShare\n   \n";
    assert_int_equal(article_parse(G, "hollow", hollow, sizeof hollow - 1, &a, err, sizeof err), -1);
    assert_non_null(strstr(err, "no article text"));
}

static void test_bom_and_crlf(void **state)
{
    article a;
    parse_ok("\xEF\xBB\xBFPresidents meet\r\n\r\n26.05.2020\r\nThe presidents of the member states met online.\r\n", &a);
    assert_string_equal(a.title, "Presidents meet");
    assert_date(a.published, 2020, 5, 26);
    assert_string_equal(a.text, "The presidents of the member states met online.");
    article_clear(&a);
}

/* ---- publication dates as pages give them ---------------------------------- */

/* One row per header form: the article, then the expected publication date
 * ("" for none), source, dateline, title (NULL: none) and how the text begins.
 * Every article here is written for this test. */
static const struct {
    const char *raw, *published, *source, *dateline, *title, *text;
} HEADERS[] = {
    /* the year glued to a clock time ("22 May 201917:53": a page's date and time run together) */
    {"22 May 201917:53\n\nMinister's remarks after the meeting of the foreign ministers\n\nThe ministers met in Bishkek.\n",
     "2019-05-22", NULL, NULL, "Minister's remarks after the meeting of the foreign ministers", "The ministers"},
    /* a first line of 200 characters holding a sentence break and stopping on a letter is text cut off, not a
     * title (but a two-part headline in Cyrillic, 200 bytes at 110 letters, is one) */
    {"The ministers will meet on Thursday in the capital to discuss the border and the situation in the south of the "
     "region. They will also consider proposals for the agenda of the following day's session for the countries' "
     "heads of s\n\nThe agenda is long.\n",
     "", NULL, NULL, NULL, "The ministers will"},
    {"ТАДЖИКИСТАН ПЕРЕДАЛ ПРЕДСЕДАТЕЛЬСТВО. Следующая сессия совета пройдет в столице в четвертом квартале будущего "
     "года\nДУШАНБЕ, 18.09.2021. Генеральный секретарь анонсировал сессию.\n",
     "2021-09-18", NULL, "ДУШАНБЕ", "ТАДЖИКИСТАН ПЕРЕДАЛ ПРЕДСЕДАТЕЛЬСТВО. Следующая сессия совета пройдет в столице в "
     "четвертом квартале будущего года", "ДУШАНБЕ"},
    /* a first line that opens with an agency dateline is the lede, not a title */
    {"ЕРЕВАН, 27 ноя - Sputnik. Заседание совета министров иностранных дел пройдет 1 декабря в формате "
     "видеоконференции, сообщила официальный представитель министерства\n\nВторой абзац.\n",
     "", NULL, "ЕРЕВАН", NULL, "ЕРЕВАН, 27 ноя"},
    /* "time, date, city – outlet", the outlet's name with digits ("24.kg news") */
    {"Заголовок новости\n19:05, 19 декабря 2026, Бишкек – 24.kg news\n\nГлавы государств встретились в Москве.\n",
     "2026-12-19", NULL, "Бишкек", "Заголовок новости", "Главы государств"},
    /* a date line first, then the title */
    {"30 Nov 2021 12:44\nMinisters agree on a plan\nMINSK. Nov 30 (Interfax) - The ministers agreed on a plan.\n",
     "2021-11-30", "Interfax", "MINSK", "Ministers agree on a plan", "MINSK. Nov 30"},
    {"date 2022-12-04\nMOSCOW, December 4. /TASS/. The speaker held a meeting in Moscow.\n", "2022-12-04", "TASS",
     "MOSCOW", NULL, "MOSCOW, December 4."},
    {"Posted: 10.02.2023 17:26:00\nSecretary General to visit Minsk\nThe Secretary General will visit Minsk next week.\n",
     "2023-02-10", NULL, NULL, "Secretary General to visit Minsk", "The Secretary General"},
    /* a byline and the date, no separator, under a dek (a one-word menu before a date is not a byline) */
    {"Leaders meet in Minsk\nHosting the bloc for the first time in years, the host made a point of it.\nBelarus\n"
     "Anna Petrova Nov 23, 2022\nShare\n\nThe leaders met in Minsk to talk about the border.\n",
     "2022-11-23", NULL, NULL, "Leaders meet in Minsk", "Hosting the bloc"},
    {"Leaders meet in Minsk\nFlag Wednesday, 24 April 2024\n16 May 2022, 14:42\n\nThe leaders met in Minsk to talk "
     "about the border.\n",
     "2022-05-16", NULL, NULL, "Leaders meet in Minsk", "Flag Wednesday"},
    /* labels, weekdays, times and zones */
    {"Leaders meet\nPublished: 12 March 2021\nThe leaders met in Dushanbe to talk about the border.\n", "2021-03-12",
     NULL, NULL, "Leaders meet", "The leaders"},
    /* a label, then a time before the date ("Published 6:41 PM GMT+4, November 23, 2022") */
    {"Leaders meet\nPublished 6:41 PM GMT+4, November 23, 2022\nThe leaders met in Minsk to talk.\n", "2022-11-23",
     NULL, NULL, "Leaders meet", "The leaders"},
    {"Leaders meet\n27/11/19 15:20, Bishkek\nThe leaders met in Bishkek to talk about the border.\n", "2019-11-27",
     NULL, "Bishkek", "Leaders meet", "The leaders"},
    {"Leaders meet\nTuesday, 23 November 2021, 3:45 PM\nThe leaders met in Minsk to talk about the border.\n",
     "2021-11-23", NULL, NULL, "Leaders meet", "The leaders"},
    {"Leaders meet\nTue 23 Nov 2021 15:45 GMT+3\nThe leaders met in Minsk to talk about the border.\n", "2021-11-23",
     NULL, NULL, "Leaders meet", "The leaders"},
    /* what a page says of the story's age after the time ("Age: 6 years", "3 min read") */
    {"Leaders meet\nDecember 5, 2019 05:12 PM Age: 6 years\nThe leaders met in Bishkek to talk about the border.\n",
     "2019-12-05", NULL, NULL, "Leaders meet", "The leaders"},
    {"Leaders meet\nFebruary 23, 2024 3:47 PM  3 min read\nThe leaders met in Minsk to talk about the border.\n",
     "2024-02-23", NULL, NULL, "Leaders meet", "The leaders"},
    {"Leaders meet\n25 November 2025 18:22 (UTC+04:00)\nThe leaders met in Bishkek to talk about the border.\n",
     "2025-11-25", NULL, NULL, "Leaders meet", "The leaders"},
    {"Leaders meet\n2021-11-23T10:00:00Z\nThe leaders met in Minsk to talk about the border.\n", "2021-11-23", NULL,
     NULL, "Leaders meet", "The leaders"},
    {"Leaders meet\nNovember 23, 2021 10:15\nThe leaders met in Minsk to talk about the border.\n", "2021-11-23", NULL,
     NULL, "Leaders meet", "The leaders"},
    {"Leaders meet\n05/27/2020\nThe leaders met in Minsk to talk about the border.\n", "2020-05-27", NULL, NULL,
     "Leaders meet", "The leaders"},
    {"Leaders meet\n08:3627/09/2024, Cuma\nThe leaders met in Minsk to talk about the border.\n", "2024-09-27", NULL,
     NULL, "Leaders meet", "The leaders"},
    /* a name and a date: the outlet, or a city (the dateline) */
    {"Leaders meet\nTASS, 23 November 2021\nThe leaders met in Minsk to talk about the border.\n", "2021-11-23", "TASS",
     NULL, "Leaders meet", "The leaders"},
    {"Leaders meet\nAKIpress - 12.03.2021\nThe leaders met in Bishkek to talk about the border.\n", "2021-03-12",
     "AKIpress", NULL, "Leaders meet", "The leaders"},
    {"Leaders meet\nSputnik, Kyrgyzstan (26 May 2020)\nThe leaders met in Bishkek to talk about the border.\n", "2020-05-26",
     "Sputnik, Kyrgyzstan", NULL, "Leaders meet", "The leaders"},
    {"Leaders meet\nNovember 27, 2025, Bishkek\nThe leaders met to talk about the border.\n", "2025-11-27", NULL,
     "Bishkek", "Leaders meet", "The leaders"},
    /* ... with a short tail after the date (an outlet, a time, an update stamp), and under a question */
    {"Leaders meet\nDUSHANBE, 6 October 2016, Asia-Plus\nThe leaders met to talk about the border.\n", "2016-10-06", NULL,
     "DUSHANBE", "Leaders meet", "The leaders"},
    {"Leaders meet\nTengrinews.kz | 28 ноября 2024, 09:00 | обновлено 16:40\nThe leaders met to talk about the border.\n",
     "2024-11-28", "Tengrinews.kz", NULL, "Leaders meet", "The leaders"},
    {"What Is the CSTO For?\nCommentary | 14 February 2025\nThe leaders met to talk about the border.\n", "2025-02-14",
     "Commentary", NULL, "What Is the CSTO For?", "The leaders"},
    /* a date with a second stamp or a tag after it; a byline and a date under a long headline */
    {"Leaders meet\nNovember 23, 2022 5:47 PM GMT+4 Updated 2 hours ago\nThe leaders met in Minsk to talk about the border.\n",
     "2022-11-23", NULL, NULL, "Leaders meet", "The leaders"},
    /* a page of one line cut off mid-word: a paragraph of several sentences is text, not a headline */
    {"Президенты России и Киргизии подписали меморандум о сотрудничестве. Медведев также напомнил о скорых учениях. "
     "Итак, в Киргизии на днях завершился саммит Организации Договора о коллективной безопасности (ОДКБ). Господин Бакиев убеж\n",
     "", NULL, NULL, NULL, "Президенты России"},
    /* a stamp with its time of day glued to the first sentence */
    {"2006-06-26 13:24:43 Это случилось как бы между прочим, в рабочем порядке и потому не выглядело сенсацией. Открывая "
     "в пятницу в Минске заседание, Путин сообщил новость.\n",
     "2006-06-26", NULL, NULL, NULL, "Это случилось"},
    /* a date and its time of day open a header line, a view count and an author after them */
    {"Министр едет на сессию\n\n3 марта 2024 09:15 1520 Анна Иванова\nПоделиться\n\nВ Минске 5 марта состоится сессия "
     "Совета министров иностранных дел, первая в этом году.\n",
     "2024-03-03", NULL, NULL, "Министр едет на сессию", "В Минске"},
    /* a page's control of a few words glued after the outlet and its date */
    {"Leaders gather for summit\nAgency, March 3, 2024 Adjust font size:\nLeaders of the alliance gathered on Tuesday in "
     "Minsk for a summit on the border, their first in a year.\n",
     "2024-03-03", "Agency", NULL, "Leaders gather for summit", "Leaders of the alliance"},
    /* a full date and a dash open the text: the report's date, a dateline with no city */
    {"Leaders gather in Minsk\n\nMay 12, 2026 -- Leaders of several former Soviet republics are gathering in Minsk "
     "for a summit.\n",
     "2026-05-12", NULL, NULL, "Leaders gather in Minsk", "May 12, 2026 -- Leaders"},
    /* a site's clock above the title, the article's earlier date under it */
    {"\xE2\x80\xA2 Thu. Dec 7th, 2023\n\nMinister skips the meeting\n\n\nNov 22, 2023\n\nThe absence of the minister from "
     "the upcoming meeting of the ministers has raised concerns about the alliance.\n",
     "2023-11-22", NULL, NULL, "Minister skips the meeting", "The absence"},
    /* a section's name, a numeric date and the title glued into one line */
    {"Uzbekistan05/10/2007OSCE head to attend summit in Dushanbe\nThe head of the OSCE will take part in the summit in "
     "Dushanbe on October 6, his office said on Thursday.\n",
     "2007-10-05", NULL, NULL, "OSCE head to attend summit in Dushanbe", "The head of the OSCE"},
    /* a site's clock above the title, the article's earlier stamp under it with a time and a view count */
    {"\xD1\x87\xD0\xB5\xD1\x82\xD0\xB2\xD0\xB5\xD1\x80\xD0\xB3, 25 \xD0\xB0\xD0\xBF\xD1\x80\xD0\xB5\xD0\xBB\xD1\x8F 2024\n"
     "Minister skips the meeting\n\n16 April 2013 13:18    Views: 7879\n\nThe absence of the minister from "
     "the upcoming meeting of the ministers has raised concerns about the alliance.\n",
     "2013-04-16", NULL, NULL, "Minister skips the meeting", "The absence"},
    /* the title again as the text's first line, the dateline glued after it: the dateline's date, city and agency */
    {"Министры обсудят повестку сессии\n\n07.12.2026\n\nМинистры обсудят повестку сессии 7 декабря, Москва /Иван Петров - "
     "Вестник/. Совместное заседание министров пройдет 9 декабря в Москве.\n",
     "2026-12-07", "Вестник", "Москва", "Министры обсудят повестку сессии", "Министры обсудят повестку сессии 7 декабря"},
    /* "Skip to content" (boilerplate.txt), a site's clock, the title, then "by <date> <section>": a byline whose
     * author's name the page lost, the article's date */
    {"Skip to Content\n\nSunday, September 26th, 2021\n\nAction plan signed in Astana\n\nby May 24, 2018 Market\n\n"
     "Astana hosted a meeting of the secretaries of the security councils.\n",
     "2018-05-24", NULL, NULL, "Action plan signed in Astana", "Astana hosted"},
    /* a numeric date with «г» (год) glued to its year, a time after it */
    {"Министр принял делегацию\n\nТелеВести\n14.03.2019г. в 18:10\n\nМинистр обороны принял делегацию в Минске.\n",
     "2019-03-14", NULL, NULL, "Министр принял делегацию", "ТелеВести"},
    /* a byline, its date and its time set off by bullets */
    {"Foreign ministers to meet in Minsk\n\nBy Anna Petrova \xE2\x80\xA2 27 October 2022 \xE2\x80\xA2 13:59\n\n"
     "The foreign ministers will meet in Minsk on Friday.\n",
     "2022-10-27", "By Anna Petrova", NULL, "Foreign ministers to meet in Minsk", "The foreign ministers"},
    /* a stamp above the title (a site's clock: the day the page was read) and an earlier one at the foot of the text,
     * the article's */
    {"21 February 2024 / 20:31 RU\n\nCSTO chief speaks in Yerevan\n\nThe ministers met in Yerevan on Wednesday.\n\n"
     "Source Example.am\n\n24 November 2022 / 11:25\n",
     "2022-11-24", NULL, NULL, "CSTO chief speaks in Yerevan", "The ministers met"},
    {"21 February 2024 / 20:31\n\nCSTO chief speaks in Yerevan\n\nThe ministers met in Yerevan on Wednesday.\n\n"
     "24 November 2022 / 11:25\n",
     "2022-11-24", NULL, NULL, "CSTO chief speaks in Yerevan", "The ministers met"},
    /* "Loading..." (boilerplate.txt), a site's clock labelled «Сегодня:» ("Today:"), the title, then the article's
     * stamp, its year after a comma and «года» */
    {"Идет загрузка...\n\nСегодня:  Вторник, 19 Марта, 2024 года\n\nЗаседание ОДКБ перенесли в Москву\n\n"
     "10:20, Вторник, 16 Октября, 2018 года\n\nЗаседание пройдет в конце октября.\n",
     "2018-10-16", NULL, NULL, "Заседание ОДКБ перенесли в Москву", "Заседание пройдет"},
    /* a newspaper's date with its weekday and the page number after it */
    {"Uzbekistan rejoins security pact\nSun, Jun 25, 2026 - Page 6\n\nUzbekistan on Friday rejoined the pact.\n",
     "2026-06-25", NULL, NULL, "Uzbekistan rejoins security pact", "Uzbekistan on Friday"},
    /* ... and the site's section words after the page number, the line above the title */
    {"Sun, Jun 25, 2026 - Page 6 News List\n\nUzbekistan rejoins security pact\n\nUzbekistan on Friday rejoined the pact.\n",
     "2026-06-25", NULL, NULL, "Uzbekistan rejoins security pact", "Uzbekistan on Friday"},
    {"Leaders meet in Minsk\nNovember 24, 2026, p. 3\n\nThe leaders met in Minsk.\n",
     "2026-11-24", NULL, NULL, "Leaders meet in Minsk", "The leaders met"},
    /* a page's update stamp as the only date: taken for the publication (dating.c prefers a year the text gives) */
    {"Ministers meet\nUpdated at 13:53,23-12-2026\n\nThe ministers met in Minsk.\n",
     "2026-12-23", NULL, NULL, "Ministers meet", "The ministers met"},
    /* a day, a month's abbreviation and a two-digit year, alone on a header line */
    {"29 Apr 26\n\nMinisters meet in Minsk\n\nThe ministers met in Minsk.\n",
     "2026-04-29", NULL, NULL, "Ministers meet in Minsk", "The ministers met"},
    {"Ministers meet in Minsk\n29 Apr 03 12:44\n\nThe ministers met in Minsk.\n",
     "2003-04-29", NULL, NULL, "Ministers meet in Minsk", "The ministers met"},
    /* an outlet's name with a numeric date glued after it */
    {"Ministers meet in Kyrgyzstan\n\nThe Diplomat01-07-2025\nThe ministers met in Cholpon-Ata on June 30.\n",
     "2025-07-01", "The Diplomat", NULL, "Ministers meet in Kyrgyzstan", "The ministers met"},
    {"Leaders meet\n2021-09-16 18:42:07 | Editor: Anna Lee\nThe leaders met in Minsk to talk about the border.\n",
     "2021-09-16", NULL, NULL, "Leaders meet", "The leaders"},
    {"The Central Asia Daily\nSecurity chiefs of the member states meet in Bishkek ahead of the summit\n"
     "By Ann Lee | November 20, 2025\nThe secretaries met in Bishkek on Tuesday to talk about the border.\n",
     "2025-11-20", "By Ann Lee", NULL, "The Central Asia Daily", "Security chiefs of"},
    /* a dek that ends a sentence, a byline, then the date with its time: the publication's, though the header ended */
    {"Leaders meet\n\nThe leaders gathered in Minsk without one member.\n\nBy Ann Lee\n\nNov. 23, 2023, 1:12 p.m. ET\n\n"
     "The leaders met to talk about the border.\n",
     "2023-11-23", NULL, NULL, "Leaders meet", "The leaders gathered"},
    /* a section's label, the headline, a dek that ends a sentence, then "Last Modified:" (dates.tsv label) and the
     * stamp: the publication's */
    {"Europe\nLeaders condemn the attack\nThe bloc stops short of recognising the regions.\n"
     "Last Modified: 05 Sep 2008 19:34 GMT\n\nThe leaders met in Moscow to talk about the war.\n",
     "2008-09-05", NULL, NULL, "Europe", "Leaders condemn"},
    /* under a byline, a city, its agency in brackets and the date ("Washington DC (UPI) Jun 25, 2006"): a dateline
     * whatever the city's case, and the report's date */
    {"Uzbekistan returns\n\nby Staff Writers\nWashington DC (UPI) Jun 25, 2006\nIn a further repudiation, "
     "Uzbekistan rejoined the bloc.\n",
     "2006-06-25", "UPI", "Washington DC", "Uzbekistan returns", "by Staff Writers"},
    /* the outlet in brackets after the date and time */
    {"Страны встретятся снова\n5 февраля 2009, 16:14 [ «Вестник» ]\nСегодня министры встретились в Минске.\n", "2009-02-05",
     NULL, NULL, "Страны встретятся снова", "Сегодня министры"},
    /* «9 декабря 2024 в 10:15»: the time after «в» (dates.tsv time) */
    {"Лидеры собрались в Москве\n9 декабря 2024 в 10:15\nВчера в Москве прошла сессия.\n", "2024-12-09", NULL, NULL,
     "Лидеры собрались в Москве", "Вчера в Москве"},
    /* the outlet after a dash, a city before the date */
    {"Лидеры собрались в Москве\nСанкт-Петербург, 14 апреля 2025, 18:05 — Вестник\nВчера в Москве прошла сессия.\n",
     "2025-04-14", NULL, "Санкт-Петербург", "Лидеры собрались в Москве", "Вчера в Москве"},
    {"Leaders meet\n14.04.2025 | Eurasia Daily\nThe leaders met in Bishkek to talk about the border.\n", "2025-04-14",
     NULL, NULL, "Leaders meet", "The leaders"},
    /* a time before the date */
    {"Leaders meet\n12:47, 24 November 2025\nThe leaders met in Bishkek to talk about the border.\n", "2025-11-24",
     NULL, NULL, "Leaders meet", "The leaders"},
    /* ... or a dash after the time and a numeric date spaced out ("04:02 - 09 / 06 / 2016") */
    {"Лидеры собрались\n04:02 - 09 / 06 / 2016\nЛидеры собрались в Москве на саммит.\n", "2016-06-09", NULL, NULL,
     "Лидеры собрались", "Лидеры собрались в"},
    /* ... with its am/pm, glued or not ("Published: 8:47pm, 16 Sep 2021") */
    {"Leaders meet\nPublished: 8:47pm, 16 Sep 2021\nThe leaders met in Bishkek to talk about the border.\n",
     "2021-09-16", NULL, NULL, "Leaders meet", "The leaders"},
    {"Leaders meet\nPublished: 8:47 p.m., 16 Sep 2021\nThe leaders met in Bishkek to talk about the border.\n", "2021-09-16",
     NULL, NULL, "Leaders meet", "The leaders"},
    /* a newspaper's issue line under the title: its one numeric date */
    {"Лидеры собрались в Москве\nГазета «Вестник» №240 от 20.12.2012, стр. 6\nВчера в Москве прошла сессия.\n",
     "2012-12-20", NULL, NULL, "Лидеры собрались в Москве", "Вчера в Москве"},
    /* a byline, the date and the date it was updated: the first */
    {"Leaders meet\nAnn Lee | 23.11.2023 - Update : 24.11.2023\nThe leaders met in Minsk to talk about the border.\n",
     "2023-11-23", NULL, NULL, "Leaders meet", "The leaders"},
    /* a dateline that gives its date first, then the city and the agency ("30 ноября, Минск /Корр. БЕЛТА/.");
     * a sentence that opens with a date and a city is none */
    {"Министры собрались в Минске\n12 марта, Минск /Корр. Вестника/. Сегодня в Минске прошло заседание министров.\n", "",
     "Вестника", "Минск", "Министры собрались в Минске", "12 марта, Минск"},
    {"Министры собрались в Минске\n12 марта, Минск принял министров иностранных дел стран организации.\n", "", NULL, NULL,
     "Министры собрались в Минске", "12 марта, Минск"},
    /* the outlet, the number, the date */
    {"Лидеры собрались в Москве\n\nВестник, № 241 (3253), 20 декабря 2026\n\nСессия прошла в Москве.\n", "2026-12-20",
     "Вестник", NULL, "Лидеры собрались в Москве", "Сессия прошла"},
    {"Leaders meet\n\nThe Herald, No. 12 (5012), 21 January 2026\n\nThe leaders met in Moscow.\n", "2026-01-21",
     "The Herald", NULL, "Leaders meet", "The leaders"},
    /* parts set off by bars, the last a date */
    {"CENTRAL ASIA DESK | POLICY BRIEF No. 7 | January 2014\nA decade of the bloc\nThe leaders met in Minsk to talk "
     "about the border.\n",
     "2014-01", NULL, NULL, "A decade of the bloc", "The leaders"},
    /* the country, the city, the date, the agency between slashes */
    {"Secretaries meet in Moscow\n\nAzerbaijan, Baku, March 12 / Trend /\n\nThe secretaries met in Moscow today.\n", "",
     "Trend", "Baku", "Secretaries meet in Moscow", "Azerbaijan, Baku"},
    /* a newspaper's issue line above the title */
    {"Газета «Вестник» №220 от 24.11.2022, стр. 5\nЛидеры собрались в Москве\nВчера в Москве прошла сессия.\n",
     "2022-11-24", NULL, NULL, "Лидеры собрались в Москве", "Вчера в Москве"},
    /* a dateline's date, then the text's own first date: the dateline ends before it */
    {"Лидеры соберутся\nДУШАНБЕ, 14.09.2021 /Вестник/. 16 сентября в Душанбе состоится сессия.\n", "2021-09-14",
     "Вестник", "ДУШАНБЕ", "Лидеры соберутся", "ДУШАНБЕ, 14.09.2021"},
    /* a stamp of words in capitals around a written date: "AGENCIES   ISTANBUL   Nov 28, 2024 - 6:18 pm" */
    {"Leaders meet\nAGENCIES   ISTANBUL   Nov 28, 2024 - 6:18 pm GMT+3\nThe leaders met in Astana on Thursday to talk about the border.\n",
     "2024-11-28", NULL, NULL, "Leaders meet", "The leaders"},
    /* a dateline after the headline with a city not in capitals, but a full date after its comma */
    {"Leaders meet\nBishkek, November 28, 2019 / Kabar /. The session of the council was held today in Bishkek under "
     "the chairmanship of the President.\nThe heads of state met first in a narrow format.\n", "2019-11-28",
     "Kabar", "Bishkek", "Leaders meet", "Bishkek, November 28"},
    /* the same under a byline line, with a day but no year: "Bishkek, Jun 26 / AKIpress / -" */
    {"Leaders meet in Bishkek\n26 June 2025, 15:41\nAKIpress news agency\n\nBishkek, Jun 26 / AKIpress / - The "
     "secretaries met in Cholpon-Ata on Wednesday.\n", "2025-06-26", "AKIpress", "Bishkek", "Leaders meet in Bishkek",
     "AKIpress news agency"},
    /* a site's banner between full stops above the headline, a byline, then "City, Country (AGENCY) Month DD, YYYY" */
    {". Daily Security News .\nLeaders meet in Cholpon-Ata\n\nby Staff Writers\nCholpon-Ata, Kyrgyzstan (AFP) July 31, 2009\n"
     "The presidents were to meet on Friday for a summit of the bloc.\n", "2009-07-31", "AFP", "Cholpon-Ata",
     "Leaders meet in Cholpon-Ata", "by Staff Writers"},
    /* a byline under the title that ends with the date */
    {"The Daily\nLeaders meet in Astana\nBy Staff Report in Nation on 9 November 2018\nThe leaders met in Astana to talk "
     "about the border.\n", "2018-11-09", NULL, NULL, "The Daily", "Leaders meet in Astana"},
    /* a numeric date read day first that the dateline shows was month first */
    {"Wed, 12/02/2020 - 17:20\nLeaders meet\nBishkek, December 2 /Kabar/. The leaders met today by video link.\n",
     "2020-12-02", "Kabar", "Bishkek", "Leaders meet", "Bishkek, December 2"},
    /* ... or that a day of the text within a month before shows was month first (a review weeks after a summit) */
    {"Summit raises questions\nBy Ivan Petrov (01/11/2012 issue of the Analyst)\n\nThe leaders held summits in Moscow on "
     "December 20, 2011, where the presidents took part.\n",
     "2012-01-11", NULL, NULL, "Summit raises questions", "The leaders held"},
    /* a site's clock before the article's date is neither */
    {"Menu Friday, 24 April 2026\nLeaders meet\n16 May 2022, 14:42\nThe leaders met in Moscow to talk about the border.\n",
     "2022-05-16", NULL, NULL, "Menu Friday, 24 April 2026", "Leaders meet"},
    /* a label and a date glued to the first line of the text */
    {"date 2020-12-02 MOSCOW, December 2. /TASS/. On Wednesday the presidents met by video link to talk about the border.\n",
     "2020-12-02", "TASS", "MOSCOW", NULL, "MOSCOW, December 2."},
    {"date 2020-11-28 The ministers will meet on December 1\nThe ministers of the member states will meet by video link.\n",
     "2020-11-28", NULL, NULL, "The ministers will meet on December 1", "The ministers of"},
    /* a day and its month glued after the label's date open the text ("27" is no trailer of the stamp); the day
     * written out again with its year is the stamp's */
    {"date 2025-11-24 27 \xD0\xBD\xD0\xBE\xD1\x8F\xD0\xB1\xD1\x80\xD1\x8F in Bishkek a series of sessions will be held.\n"
     "The ministers will arrive.\n", "2025-11-24", NULL, NULL, NULL, "27 \xD0\xBD\xD0\xBE"},
    {"date 2023-11-22 22 November 2023 18:30 (UTC+04:00)\n\nThe ministers met in Minsk to talk about the border.\n",
     "2023-11-22", NULL, NULL, NULL, "The ministers met"},
    /* a short sentence glued after the date is the lede, not a title */
    {"date 2021-04-29 The secretaries met in Dushanbe. Media report.\nThey discussed the border situation at length.\n",
     "2021-04-29", NULL, NULL, NULL, "The secretaries met"},
    /* the title again with a date; a numeric date glued to the first word */
    {"Ministers meet in Minsk\nMinisters meet in Minsk 05.12.2022\nOn December 5, 2022, the ministers met in Minsk.\n",
     "2022-12-05", NULL, NULL, "Ministers meet in Minsk", "On December 5"},
    {"Ministers meet in Minsk\n09.09.2021On September 9, 2021, the ministers met in Minsk.\n", "2021-09-09", NULL,
     NULL, "Ministers meet in Minsk", "On September 9"},
    /* datelines: one under a subtitle; one without a year and no header date (the year stays unknown) */
    {"Putin to visit Minsk\nOn Tuesday, Putin received the new Secretary General at the Kremlin\nMOSCOW, November 30. "
     "/TASS/. Russian President Vladimir Putin will visit Minsk on Thursday.\n",
     "", "TASS", "MOSCOW", "Putin to visit Minsk", "On Tuesday"},
    {"Ministers meet\nYEREVAN, MAY 24, ARMENPRESS. The ministers met today by video link.\n", "", "Armenpress", "YEREVAN",
     "Ministers meet", "YEREVAN, MAY 24"},
    {"Ministers meet\nBISHKEK, Nov 23 (AKIpress) - The ministers met today by video link.\n", "", "AKIpress", "BISHKEK",
     "Ministers meet", "BISHKEK, Nov 23"},
    {"Ministers meet\nASTANA, 23 November 2021. KAZINFORM \xE2\x80\x93 The ministers met today.\n", "2021-11-23",
     "Kazinform", "ASTANA", "Ministers meet", "ASTANA, 23 November 2021"},
    /* a header date wins over a dateline's */
    {"Ministers meet\n24.11.2021\nMOSCOW, November 23. /TASS/. The ministers met yesterday.\n", "2021-11-24", "TASS",
     "MOSCOW", "Ministers meet", "MOSCOW, November 23"},
    /* a dateline's day completes a header date of month precision, with its year */
    {"Ministers meet\nMay 2021\nYEREVAN, MAY 24, ARMENPRESS. The ministers met today by video link.\n", "2021-05-24",
     "Armenpress", "YEREVAN", "Ministers meet", "YEREVAN, MAY 24"},
    /* a year-less date line is not a publication date */
    {"Ministers meet\n6 March, 09:45 1222\nThe ministers met in Astana to talk about the border.\n", "", NULL, NULL,
     "Ministers meet", "6 March"},
    /* Russian datelines: a numeric date, an agency of several words between slashes (its last word) */
    {"Министры встретились\nБИШКЕК, 14.05.2022 /Агентство «Пресс»/. Министры встретились сегодня.\n", "2022-05-14",
     "Пресс", "БИШКЕК", "Министры встретились", "БИШКЕК, 14.05.2022"},
    {"Министры встретились\nЕРЕВАН, 3 мар – Агентство. Министры обороны провели заседание.\n", "", NULL, "ЕРЕВАН",
     "Министры встретились", "ЕРЕВАН, 3 мар"},
    {"Ministers meet\nMINSK, May 4 /Corr. BelTA/. The ministers met today.\n", "", "BelTA", "MINSK",
     "Ministers meet", "MINSK, May 4"},
};

static void test_header_forms(void **state)
{
    for (size_t i = 0; i < sizeof HEADERS / sizeof *HEADERS; i++) {
        article a;
        parse_ok(HEADERS[i].raw, &a);
        sbuf b = {0};
        date_format(&b, a.published);
        if (strcmp(sbuf_str(&b), HEADERS[i].published)) fprintf(stderr, "row %zu: published %s\n", i, sbuf_str(&b));
        assert_string_equal(sbuf_str(&b), HEADERS[i].published);
        sbuf_free(&b);
#define CHECK_STR(got, want)                                                               \
    do {                                                                                   \
        if ((want) == NULL) { if (got) fprintf(stderr, "row %zu: %s\n", i, got); assert_null(got); } \
        else { if (!(got)) fprintf(stderr, "row %zu: NULL\n", i); assert_non_null(got); assert_string_equal(got, want); } \
    } while (0)
        CHECK_STR(a.source, HEADERS[i].source);
        CHECK_STR(a.dateline, HEADERS[i].dateline);
        CHECK_STR(a.title, HEADERS[i].title);
#undef CHECK_STR
        if (strncmp(a.text, HEADERS[i].text, strlen(HEADERS[i].text))) fprintf(stderr, "row %zu: text %.40s\n", i, a.text);
        assert_int_equal(strncmp(a.text, HEADERS[i].text, strlen(HEADERS[i].text)), 0);
        article_clear(&a);
    }
}

/* ---- a whole fixture ------------------------------------------------------- */

static void test_fixture_header(void **state)
{
    size_t len;
    char *raw = slurp("tests/fixtures/articles/cfm_minsk_2021.txt", &len);
    article a;
    char err[256] = "";
    assert_int_equal(article_parse(G, "cfm_minsk_2021", raw, len, &a, err, sizeof err), 0);
    assert_string_equal(a.id, "cfm_minsk_2021");
    assert_string_equal(a.title, "CSTO foreign ministers gather in Minsk ahead of the summit");
    assert_date(a.published, 2021, 11, 30);
    assert_string_equal(a.dateline, "MINSK");
    assert_string_equal(a.url, "https://news.example.by/politics/csto-cfm-minsk");
    assert_null(strstr(a.text, "Read more"));
    assert_null(strstr(a.text, "https://"));
    article_clear(&a);
    free(raw);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_date_url_source),
        cmocka_unit_test(test_date_with_time_and_views),
        cmocka_unit_test(test_outlet_with_date),
        cmocka_unit_test(test_outlet_place_line_above_date),
        cmocka_unit_test(test_body_date_is_not_published),
        cmocka_unit_test(test_long_first_sentence_is_not_title),
        cmocka_unit_test(test_title_repeated_in_body_dropped),
        cmocka_unit_test(test_sentence_title_is_also_the_lede),
        cmocka_unit_test(test_page_tail_links_dropped),
        cmocka_unit_test(test_dateline_city_line),
        cmocka_unit_test(test_dateline_in_text),
        cmocka_unit_test(test_boilerplate_removed),
        cmocka_unit_test(test_related_links_dropped),
        cmocka_unit_test(test_invalid_input_rejected),
        cmocka_unit_test(test_bom_and_crlf),
        cmocka_unit_test(test_header_forms),
        cmocka_unit_test(test_fixture_header),
    };
    return cmocka_run_group_tests(tests, gazfix_setup, gazfix_teardown);
}
