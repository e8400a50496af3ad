/* assembly — the article's meetings, officials and documents.
 *
 * Reads: the mentions each stage hands over.  Writes: the extraction
 * (model/extract.h), which owns every string and vector in it:
 *  - meeting_add: a meeting mention joins the meeting last named with the
 *    same bodies whose date and place agree, else is a new meeting;
 *  - official_add: a name joins the official with its surname key;
 *  - doc_add: a title joins a document of the same type and title;
 *  - attend: who took part in which meeting, from the sentence's MK_PERSON
 *    mentions (people.c) and its meeting (meetings.c); chairmanship. */
#include "model/extract/internal.h"

/* Whether a meeting's date says anything (a year or a day). */

/* Whether dates a and b, both to the day, lie within two days of each other: one trip's meetings. */
static int same_days(cdate a, cdate b)
{
    if (date_precision(a) < 3 || date_precision(b) < 3) return 0;
    return date_cmp(date_add_days(a, -2), b) <= 0 && date_cmp(b, date_add_days(a, 2)) <= 0;
}

/* Whether meeting o's place, the dateline's city given for want of one ("ALMATY - ... jubilee summit"),
 * gives way to the place mention m names for the same days ("gathered in the Kremlin on Monday"), or with
 * no date of its own ("YEREVAN - ... X's absence from the informal summit ... X missed the informal summit in
 * Bishkek": a mention with no date is the meeting named before it). */
static int guessed_place_yields(const x_meeting *o, const x_meeting *m, int refine)
{
    if (!o->place_guessed || (m->city < 0 && m->country < 0)) return 0;
    /* (not "the next summit in St. Petersburg"; nor a country alone that is the guessed city's) */
    /* (or of the same weekday a report with no year names: "X said during a meeting of the Council on Monday" under
     * "MOSCOW, June 6", then "On Monday, X arrived in Yerevan to hold a meeting of the Council") */
    if (!dated(m->date))
        return (m->status == o->status || (m->weekday && m->weekday == o->weekday)) && !m->time_mod &&
               (m->city >= 0 || m->country != o->country);
    return dated(o->date) && (refine || date_overlaps(o->date, o->last_day, m->date, m->last_day));
}

/* The place a mention gives the meeting it joins: what the meeting lacks, or the place that replaces a
 * guessed one; none to a video session. */
static void take_place(x_meeting *o, const x_meeting *m, int yields)
{
    if (o->format == FM_VIDEO) return;
    if (yields) {
        o->city = m->city;
        o->country = m->country;
        o->place_guessed = 0;
        return;
    }
    if (o->city < 0) o->city = m->city;
    if (o->country < 0) o->country = m->country;
}

/* Merges a new meeting mention into the article's meetings; returns its index or -1.
 * `fallback` is the date a new meeting takes when the mention gives none,
 * `fallback_city` (or -1) its city when it gives no place (the dateline's).
 * A mention joins the meeting last named with the same bodies whose date and
 * place do not conflict with its own.  Two dated mentions must also agree on
 * status and format; a mention that gives no date is the meeting named
 * before it whatever its tense ("the summit will open ... the summit was
 * attended by ..."), and a video format on either side wins. */
int meeting_add(ctx *c, x_meeting *m, span ev, cdate fallback, int fallback_city)
{
    extraction *x = c->x;
    int other_time = 0; /* a meeting named before was passed over for its status (time_mod) */
    /* in a live blog, a mention with no date tries the meeting in focus first (an entry is of the day's
     * meeting, whatever meeting of those bodies the entry before cited), then the others, the last named first */
    int first = c->live && !dated(m->date) && c->current >= 0 && c->current < x->nm && x->m[c->current].bodies == m->bodies
                    ? c->current : -1;
    for (int n = first >= 0 ? -1 : 0; n < x->nm; n++) {
        int k = n < 0 ? first : x->nm - 1 - n; /* (the one in focus, then the last named first) */
        if (n >= 0 && k == first) continue;
        x_meeting *o = &x->m[k];
        /* a joint session named by some of its councils ("the heads of the foreign and defence ministries"
         * in a headline) and by all of them: one meeting, of all (but one council's own session is not part
         * of a joint one) */
        int joint_part = o->bodies != m->bodies && __builtin_popcount(o->bodies) >= 2 &&
                         __builtin_popcount(m->bodies) >= 2 &&
                         ((o->bodies & m->bodies) == o->bodies || (o->bodies & m->bodies) == m->bodies);
        if (o->bodies != m->bodies && !joint_part) continue;
        /* "the next summit is expected in Bishkek next year ... the documents for the summit": a mention with
         * no date, place or modifier of its own is the report's meeting, not one named as the next or the
         * previous, when the report names one */
        if (!dated(m->date) && m->city < 0 && m->country < 0 && !m->time_mod && (o->time_mod || o->said_past)) {
            /* ("Yerevan will hold the next meeting of the Assembly ... X spoke during the meeting of the Assembly's
             * Council": one said to be past is not the one named as the next) */
            if (o->time_mod > 0 && m->status == ST_HELD && !m->tenseless) continue;
            int plain = 0;
            for (int q = 0; q < k && !plain; q++)
                plain = x->m[q].bodies == m->bodies && !x->m[q].time_mod && !x->m[q].said_past;
            if (plain) continue;
        }
        /* "The CSTO in Astana: another summit" (the report's month, guessed), then "Last Thursday,
         * the leaders gathered in Astana": a recent day of the same meeting */
        cdate pub = c->pub;
        int refine = o->guessed && !m->eve && date_precision(m->date) == 3 && date_precision(pub) == 3 && date_cmp(m->date, pub) <= 0 &&
                     date_cmp(m->date, date_add_days(pub, -31)) >= 0 && m->status == o->status;
        int yields = guessed_place_yields(o, m, refine);
        int elsewhere = !yields &&
                        ((o->city >= 0 && m->city >= 0 && o->city != m->city) ||
                         (o->country >= 0 && m->country >= 0 && o->country != m->country));
        /* "CSTO summit in Astana: what to expect", then "The session will be held in Astana on 28
         * November": the headline guessed held and the report's month; the sentence says */
        /* (not a meeting dated more than a month before the report when the guess is the report's day: "an
         * extraordinary summit on February 4" in a June 14 report is another one) */
        int long_before = dated(m->date) && pub.y && date_precision(o->date) == 3 &&
                          date_cmp(m->date, date_add_days(pub, -31)) < 0 && !date_compatible(m->date, pub);
        /* (not one named as the one before: «с предыдущей встречи в декабре 2014 года» after «проводят встречу»; nor as
         * past or next: "this plenary meeting ... Since our last summit in June 2009") */
        /* (nor did a format: "Participation in an extraordinary meeting of the Council" over "X took part in the
         * meeting, which was held in a virtual format" is one meeting, by video) */
        if (o->tenseless && o->guessed && !m->tenseless && !elsewhere &&
            (o->format == m->format || m->format == FM_VIDEO) && !long_before && !m->time_mod) {
            if (m->format == FM_VIDEO) o->format = FM_VIDEO, o->city = o->country = -1;
            o->status = m->status;
            /* (a day guessed from the dateline stays when the sentence says less of the same time: «сказал Володин в
             * ходе заседания», then «заседание ПА на этой неделе», in a report of December 8: that day, still a
             * guess) */
            int keep = dated(m->date) && date_precision(o->date) > date_precision(m->date) &&
                       date_compatible(o->date, m->date);
            if (!keep) {
                o->date = dated(m->date) ? m->date : fallback;
                o->last_day = m->last_day;
                o->guessed = !dated(m->date) && dated(fallback);
            }
            o->tenseless = 0;
            o->bodies |= m->bodies;
            take_place(o, m, yields);
            if (span_push(&o->ev, ev) < 0) c->oom = 1;
            return k;
        }
        if (!refine && !date_overlaps(o->date, o->last_day, m->date, m->last_day)) continue;
        /* "the next summit" after a summit held, "the recent summit" after one to come: another one, a
         * meeting of its own when something anchors it (a date, a place), else none ("will be discussed
         * at the next session of the Council": no meeting to list, and not the one held) */
        /* ("a previous summit in Moscow in February" after the summit held: the one before it) */
        if ((m->time_mod < 0 && o->status == ST_PLANNED) || (m->time_mod > 0 && o->status == ST_HELD) ||
            (m->time_mod == -2 && o->status == ST_HELD && o->time_mod != -2)) {
            other_time = 1;
            continue;
        }
        if (elsewhere) continue;
        /* a live report's day: "... are due to hold a video conference later today" and "X has told the
         * summit": one meeting, held */
        int news_day = date_precision(o->date) == 3 && date_precision(m->date) == 3 && date_cmp(o->date, m->date) == 0 &&
                       date_precision(pub) == 3 && date_cmp(o->date, pub) == 0 && o->format == m->format;
        /* (a day without a year too: «Совет глав МИД ОДКБ состоится 26 мая в формате видеоконференции ... в ходе
         * предстоящего 26 мая заседания СМИД ОДКБ» in a report that gives no year) */
        int same_day = m->date.d && o->date.d == m->date.d && o->date.m == m->date.m && o->date.y == m->date.y;
        if (dated(o->date) && dated(m->date) &&
            ((o->status != m->status && !news_day) || (o->format != m->format && !same_day)))
            continue; /* one body, one day: one meeting, whichever format each sentence says */
        if (news_day && o->status != m->status) o->status = ST_HELD;
        /* (but "the documents prepared for the upcoming summit in Minsk ... the session that is being held in
         * Minsk today": one summit, today's, when both name its city) */
        int today_here = o->city >= 0 && o->city == m->city && !o->place_guessed && !m->place_guessed &&
                         m->status == ST_HELD && date_precision(m->date) == 3 && date_precision(pub) == 3 &&
                         date_cmp(m->date, pub) == 0;
        /* (and a day without a year, when it was held and the undated one is still to come, unless the day
         * is the report's own: "Напомним, решение было принято на внеочередной сессии 4 февраля" after the
         * heads of state "встретятся через три часа": another session) */
        int own_day = !m->date.y && m->date.m == pub.m && m->date.d == pub.d;
        int past_day = !m->date.y && m->date.m && !own_day && m->status == ST_HELD && o->status == ST_PLANNED;
        /* (or still to come when the undated one was held: "not discussed in Yerevan due to the absence of X at
         * the summit ... heads of state agreed to meet in December", in a report that gives no year) */
        int later_day = !m->date.y && m->date.m && !own_day && m->status == ST_PLANNED && o->status == ST_HELD &&
                        !o->tenseless;
        if (!dated(o->date) && (m->date.y || past_day || later_day) && o->status != m->status && !today_here) continue;
        /* («... принял участие в сессии СКБ», then «в свете договоренностей, достигнутых на неформальной встрече ... 12-13
         * августа 2011 года в Астане»: one named for what it left behind, dated, is not the undated one in focus) */
        if (!dated(o->date) && m->date.y && m->time_mod < 0 && k == c->current && o->time_mod >= 0) continue;
        if (!dated(o->date) && dated(m->date)) o->status = m->status;
        if (m->format == FM_VIDEO) { o->format = FM_VIDEO; o->city = o->country = -1; }
        /* a day in a range of days ("a visit on September 15-17 ... the session on September 16") says
         * more than the range */
        if (refine || date_precision(m->date) > date_precision(o->date) || (!o->date.y && !o->date.d && m->date.d) ||
            (o->last_day && !m->last_day && m->date.d && date_precision(m->date) >= date_precision(o->date)))
            o->date = m->date, o->last_day = m->last_day;
        if (refine) o->guessed = 0;
        /* the headline's meeting, given the report's month, then "NEW YORK, September 25 - X took part
         * in the meeting": the dateline's day, still a guess a dated sentence may correct */
        else if (o->guessed && date_precision(fallback) == 3 && date_precision(o->date) < 3 && date_compatible(o->date, fallback))
            o->date = fallback;
        take_place(o, m, yields);
        if (!o->weekday) o->weekday = m->weekday;
        o->bodies |= m->bodies;
        if (span_push(&o->ev, ev) < 0) c->oom = 1;
        return k;
    }
    if (other_time && !dated(m->date) && m->city < 0 && m->country < 0) return -1;
    if (!dated(m->date)) { /* a new meeting: "held" with no date is the report's month */
        m->date = fallback;
        m->guessed = dated(fallback);
    }
    /* and with no place, the dateline's city; but not in a report from the dateline of a meeting held
     * elsewhere ("ASTANA - Tokayev took part in the session in Minsk ... A day earlier, the ministers took
     * part in the joint session": the dateline is where the report was written) */
    for (int k = 0; k < x->nm && fallback_city >= 0; k++)
        if (x->m[k].status == ST_HELD && x->m[k].format == FM_IN_PERSON && x->m[k].city >= 0 && !x->m[k].place_guessed &&
            x->m[k].city != fallback_city && same_days(x->m[k].date, m->date))
            fallback_city = -1;
    if (m->city < 0 && m->country < 0 && fallback_city >= 0) { /* and with no place, the dateline's city */
        m->city = fallback_city;
        m->country = gaz_city(c->g, fallback_city)->country;
        m->place_guessed = 1;
    }
    if (x->nm == x->capm) {
        int cap = x->capm ? x->capm * 2 : 2;
        x_meeting *p = realloc(x->m, (size_t)cap * sizeof *p);
        if (!p) { c->oom = 1; return -1; }
        x->m = p;
        x->capm = cap;
    }
    x->m[x->nm] = *m;
    memset(&x->m[x->nm].ev, 0, sizeof(spanvec));
    memset(&x->m[x->nm].participants, 0, sizeof(intvec));
    if (span_push(&x->m[x->nm].ev, ev) < 0) c->oom = 1;
    return x->nm++;
}


int find_official(const ctx *c, const char *key, char initial)
{
    int found = -1;
    for (int k = 0; k < c->x->no; k++) {
        const x_official *o = &c->x->o[k];
        if (strcmp(o->key, key)) continue;
        if (initial && o->initial && initial != o->initial) continue;
        if (found >= 0) return -2; /* ambiguous */
        found = k;
    }
    return found;
}

/* Adds or updates the official named by tokens [s, e) with a position. */
/* ---- Russian names after a title in an oblique case ----------------------
 *
 * «Президента России Владимира Путина», «министром обороны Сейраном
 * Оганяном»: the title's ending shows the case (its dictionary form ends in a
 * consonant or a soft sign), and a man's names in that case end the same
 * way; the name is given back in the nominative, as a reader writes it.
 * Only the endings that case gives are undone, word by word. */

int ru_case(const char *w)
{
    if (word_ends(w, "ого") || word_ends(w, "его")) return RU_GEN;   /* «Постоянного представителя» */
    if (word_ends(w, "ому") || word_ends(w, "ему")) return RU_DAT;
    if (word_ends(w, "ым") || word_ends(w, "им")) return RU_INS;
    if (word_ends(w, "ом") || word_ends(w, "ем") || word_ends(w, "ём")) return RU_INS;
    if (word_ends(w, "у") || word_ends(w, "ю")) return RU_DAT;
    if (word_ends(w, "е")) return RU_DAT; /* «армянскому коллеге Сержу Саркисяну»: an -а noun's dative */
    if (word_ends(w, "а") || word_ends(w, "я") || word_ends(w, "ы") || word_ends(w, "и")) return RU_GEN; /* «президента», «главы» */
    return RU_NOM;
}

/* Whether the letter of w that ends at byte `end` is a vowel or a sign
 * (so that a following «я» is not a soft consonant's ending). */
static int ru_vowel_before(const char *w, size_t end)
{
    static const char *const v[] = {"а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я", "ь", "ъ", "й"};
    if (end < 2) return 1;
    for (size_t k = 0; k < sizeof v / sizeof *v; k++)
        if (!strncmp(w + end - 2, v[k], 2)) return 1;
    return 0;
}

/* One word of a man's name back to the nominative (in place). */
static void ru_word_nominative(char *w, int kase)
{
    size_t n = strlen(w);
#define CUT(suf) (n -= strlen(suf), w[n] = '\0')
#define SWAP(suf, by) (n -= strlen(suf), memcpy(w + n, by, strlen(by) + 1), n += strlen(by))
    switch (kase) {
    case RU_GEN:
        if (word_ends(w, "ского") || word_ends(w, "цкого")) SWAP("ого", "ий");  /* Петровского: an adjective's */
        else if (word_ends(w, "ия")) SWAP("ия", "ий");                     /* Дмитрия */
        else if (word_ends(w, "ея") || word_ends(w, "ая")) SWAP("я", "й");       /* Сергея, Николая */
        else if (word_ends(w, "я") && n >= 6 && !ru_vowel_before(w, n - 2)) SWAP("я", "ь"); /* Игоря, Зася */
        else if (n >= 6 && (word_ends(w, "жи") || word_ends(w, "ши") || word_ends(w, "чи") || word_ends(w, "щи") ||
                            word_ends(w, "ки") || word_ends(w, "ги") || word_ends(w, "хи")))
            SWAP("и", "а");                                                      /* Бордюжи */
        else if (word_ends(w, "ы") && n >= 6) SWAP("ы", "а");                     /* Никиты */
        else if ((word_ends(w, "енка") || word_ends(w, "ёнка")) && n >= 10) SWAP("ка", "ок"); /* Руденка: -енок, a fleeting о */
        else if (word_ends(w, "а") && !word_ends(w, "ова") && !word_ends(w, "ева") && n >= 6) CUT("а"); /* Владимира */
        else if (word_ends(w, "ова") || word_ends(w, "ева") || word_ends(w, "ина") || word_ends(w, "ына")) CUT("а"); /* Путина */
        break;
    case RU_DAT:
        /* «главу» is also the accusative, which for a man's name is the genitive («Зограба») */
        if (word_ends(w, "а") || word_ends(w, "я")) { ru_word_nominative(w, RU_GEN); return; }
        if (word_ends(w, "скому") || word_ends(w, "цкому")) SWAP("ому", "ий"); /* Петровскому */
        else if (word_ends(w, "ию")) SWAP("ию", "ий");
        else if (word_ends(w, "ею") || word_ends(w, "аю")) SWAP("ю", "й");
        else if (word_ends(w, "у")) CUT("у");
        break;
    case RU_ACC: /* «назначили генеральным секретарем Николая Бордюжу»: -а and -я nouns take -у and -ю */
        if (word_ends(w, "у") && n >= 6) SWAP("у", "а");
        else if (word_ends(w, "ю") && n >= 6 && !word_ends(w, "ию")) SWAP("ю", "я");
        else if (word_ends(w, "ию") && n >= 8) SWAP("ю", "я"); /* Марию, Наталию */
        else { ru_word_nominative(w, RU_GEN); return; }
        break;
    case RU_INS:
        if (word_ends(w, "ским") || word_ends(w, "цким")) SWAP("им", "ий"); /* Петровским */
        else if (word_ends(w, "ием")) SWAP("ием", "ий");
        else if (word_ends(w, "еем") || word_ends(w, "аем")) SWAP("ем", "й");
        else if (word_ends(w, "ым") || word_ends(w, "им")) CUT("ым");            /* Путиным, Лавровым */
        else if (word_ends(w, "ем") && n >= 8 && !word_ends_any(w, (const char *const[]){"жем", "шем", "чем", "щем", "цем", NULL}))
            SWAP("ем", "ь");                                                     /* Игорем: a soft stem's */
        else if (word_ends(w, "ом") || word_ends(w, "ем")) CUT("ом");            /* Сейраном, Оганяном */
        else if (n >= 8 && word_ends_any(w, (const char *const[]){"жей", "шей", "чей", "щей", NULL}))
            SWAP("ей", "а");                                                     /* Бордюжей */
        else if (word_ends(w, "ой") && n >= 8) SWAP("ой", "а");                  /* Идизодой, Захаровой */
        break;
    }
#undef CUT
#undef SWAP
}

/* The case of a Russian title word in a plural's oblique form («президентов», «министрами», «лидерам»; «глав»,
 * a plural title ending in a consonant), -1 when it shows none («президенты» is the nominative). */
static int ru_plural_case(const char *w, int plural)
{
    if (word_ends(w, "ами") || word_ends(w, "ями")) return RU_INS;
    if (word_ends(w, "ам") || word_ends(w, "ям")) return RU_DAT;
    if (word_ends(w, "ов") || word_ends(w, "ев") || word_ends(w, "ей")) return RU_GEN;
    static const char *const vowels[] = {"а", "я", "ы", "и", "е", "о", "у", "ю", "ь", "й", NULL};
    return plural && !word_ends_any(w, vowels) ? RU_GEN : -1;
}

/* Whether a Russian name's own endings say it is in the instrumental: a first name in -ом, -ем and a surname in
 * -ым, -им (no nominative ends so), or with noun_surname in -ом, -ем too (a surname declined as a noun: «Арсичем»). */
static int instrumental_name(const char *name, int noun_surname)
{
    const char *last = strrchr(name, ' ');
    size_t fn = strcspn(name, " ");
    if (!last || fn < 4 || (strncmp(name + fn - 4, "ом", 4) && strncmp(name + fn - 4, "ем", 4))) return 0;
    return word_ends(last, "ым") || word_ends(last, "им") || (noun_surname && (word_ends(last, "ом") || word_ends(last, "ем")));
}

/* The name text in the nominative when t's title word is Russian and in an
 * oblique case; name is changed in place (it only gets shorter or keeps its
 * length, except "й" for "я"/"ю", which is as long).  A plural title's names
 * are in its case too («встреча глав государств (Казахстана – Нурсултана
 * Назарбаева, ...)», «с участием президентов России Владимира Путина»). */
static void ru_nominative(const ctx *c, const tphrase *t, char *name)
{
    if (!t || t->name_nominative) return;
    size_t head = title_head(c, t);
    const char *tw = c->tl->t[head].norm;
    unsigned char b0 = (unsigned char)tw[0];
    if (b0 != 0xD0 && b0 != 0xD1) return;
    int kase = ru_plural_case(tw, t->plural);
    if (kase >= 0) goto decline;
    if (t->plural) return; /* «президенты» is a plural, not a case */
    kase = ru_case(tw);
    if (kase == RU_NOM && word_ends(tw, "ой")) kase = RU_INS; /* the title noun «с коллегой X», «главой» */
    /* «глава ... Роза Отунбаева» (lexicon nominative_a: «глава» is no genitive), «заместитель Председателя
     * Государственной Думы Ирина Яровая» (a prefix in the nominative governs the title): the name is as
     * written */
    /* (but «встреча с зампредседателя Народной Скупщины Сербии Веролюбом Арсичем»: such a title in no case of its
     * own, the name in the instrumental, which its endings tell: both words in -ом, -ем, the surname in -ым, -им too) */
    if ((word_ends(tw, "а") || word_ends(tw, "я")) && lex(c, head, t->title_to, LX_NOMINATIVE_A, NULL)) {
        if (!instrumental_name(name, 1)) return;
        kase = RU_INS;
        goto decline;
    }
    if (prefix_declines(c, t)) {
        int pk = ru_case(c->tl->t[t->prefix_start].norm);
        if (pk != RU_GEN && pk != RU_DAT && pk != RU_INS) return;
    }
    if (kase == RU_NOM) return;
    /* «с исполняющим обязанности министра обороны генерал-лейтенантом Исмаилом Исаковым»: a prefix in the
     * instrumental (after it, «первого» may stand before the title), the title in its genitive, the name in the
     * prefix's case; the name's own endings tell (a first name in -ом/-ем and a surname in -ым/-им: no
     * nominative ends so) */
    if (kase == RU_GEN) {
        const char *last = strrchr(name, ' ');
        size_t fn = strcspn(name, " ");
        if (instrumental_name(name, 0))
            kase = RU_INS;
        /* («со ссылкой на официального представителя МИД России Марию Захарову»: a woman's name in the accusative,
         * which for a man's title is the genitive's form; a first name in -ю/-у and a surname in -у/-ю tell) */
        else if (last && fn >= 4 && (word_ends(last, "у") || word_ends(last, "ю")) &&
                 (!strncmp(name + fn - 2, "ю", 2) || !strncmp(name + fn - 2, "у", 2)))
            kase = RU_ACC;
    }
decline:
    /* «о назначении генеральным секретарём Таалатбека Масадыкова»: the title in the instrumental, the
     * name the genitive object of the noun before; the surname's ending tells */
    if (kase == RU_INS) {
        const char *last = strrchr(name, ' ');
        last = last ? last + 1 : name;
        static const char *const ins[] = {"ом", "ем", "ём", "ым", "им", NULL};
        static const char *const gen_i[] = {"жи", "ши", "чи", "щи", "ки", "ги", "хи", NULL}; /* «Николая Бордюжи» */
        if (!word_ends_any(last, ins) && (word_ends(last, "а") || word_ends(last, "я") || word_ends_any(last, gen_i)))
            kase = RU_GEN;
        /* «назначили генеральным секретарем ОДКБ Николая Бордюжу»: the accusative object of the verb */
        else if (!word_ends_any(last, ins) && (word_ends(last, "у") || word_ends(last, "ю")) && last != name) {
            char first[128];
            size_t fn = strcspn(name, " ");
            if (fn < sizeof first) {
                memcpy(first, name, fn);
                first[fn] = '\0';
                if (word_ends(first, "а") || word_ends(first, "я")) kase = RU_ACC; /* «Николая»: the genitive form */
            }
        }
    }
    char out[512];
    size_t o = 0;
    for (char *p = name; *p && o + 1 < sizeof out;) {
        char word[128];
        size_t n = 0;
        while (*p && *p != ' ' && *p != '-' && n + 1 < sizeof word) word[n++] = *p++;
        word[n] = '\0';
        ru_word_nominative(word, kase);
        for (size_t k = 0; word[k] && o + 1 < sizeof out; k++) out[o++] = word[k];
        if (*p && o + 1 < sizeof out) out[o++] = *p++; /* the space or hyphen */
    }
    out[o] = '\0';
    if (strlen(out) <= strlen(name)) memcpy(name, out, strlen(out) + 1);
}

int official_add(ctx *c, size_t s, size_t e, const tphrase *t, int country, int org, const char *rule)
{
    return official_add_titled(c, s, e, t, NULL, country, org, rule);
}

int official_add_titled(ctx *c, size_t s, size_t e, const tphrase *t, const char *title, int country, int org,
                        const char *rule)
{
    /* «Постоянный представитель Казахстана Сыздыков Марат Зеникенович»: three Russian words ending with a
     * patronymic put the surname first (transliterated too: "Chairman of the Commission Borisov Yuri Ivanovich") */
    int surname_first = e == s + 3 && c->tl->t[s].cap && c->tl->t[s + 1].cap && c->tl->t[s + 2].cap &&
                        ru_patronymic(c->tl->t[s + 2].norm) && !ru_patronymic(c->tl->t[s + 1].norm);
    return official_put(c, s, e, surname_first, t, title, country, org, rule);
}

int official_put(ctx *c, size_t s, size_t e, int surname_first, const tphrase *t, const char *title, int country,
                 int org, const char *rule)
{
    char key[64], initial;
    char *name;
    if (surname_first) { /* «Саргсян Серж Азатович»: keyed and written as «Серж Азатович Саргсян» */
        name_key(c, s + 1, e, key, sizeof key, &initial);
        name_key(c, s, s + 1, key, sizeof key, &(char){0});
        char *sur = text_of(c, s, s + 1), *rest = text_of(c, s + 1, e);
        name = sur && rest ? malloc(strlen(sur) + strlen(rest) + 2) : NULL;
        if (name) sprintf(name, "%s %s", rest, sur);
        free(sur);
        free(rest);
    } else {
        name_key(c, s, e, key, sizeof key, &initial);
        name = text_of(c, s, e);
    }
    if (name) { /* («Hиколай Бордюжа» with a Latin H: written in Cyrillic; «Станислав) Зась», "Vyacheslav] Volodin": no
                 * bracket) */
        size_t o = 0;
        for (size_t k = 0; name[k]; k++)
            if (!strchr("()[]", name[k])) name[o++] = name[k];
        name[o] = '\0';
        char *clean = text_unhomoglyph(name);
        free(name);
        name = clean;
    }
    if (!name) { c->oom = 1; return -1; }
    if (!surname_first) ru_nominative(c, t, name);
    int k = find_official(c, key, initial);
    extraction *x = c->x;
    if (k < 0) {
        if (x->no == x->capo) {
            int cap = x->capo ? x->capo * 2 : 2;
            x_official *p = realloc(x->o, (size_t)cap * sizeof *p);
            if (!p) { free(name); c->oom = 1; return -1; }
            x->o = p;
            x->capo = cap;
        }
        k = x->no++;
        memset(&x->o[k], 0, sizeof x->o[k]);
        size_t kn = strnlen(key, sizeof x->o[k].key - 1); /* (as snprintf "%s" cuts it, without its cost) */
        memcpy(x->o[k].key, key, kn);
        x->o[k].key[kn] = '\0';
        x->o[k].name = name;
        x->o[k].rule = rule;
    } else if (text_words(name) > text_words(x->o[k].name)) {
        free(x->o[k].name);
        x->o[k].name = name;
    } else {
        free(name);
    }
    x_official *o = &x->o[k];
    if (initial) o->initial = initial;
    if (span_push(&o->ev, span_of(c, s, e)) < 0) c->oom = 1;
    if (!t && !title && (country >= 0 || org >= 0)) { /* "Belarus's X": a position whose title is not said */
        for (int p = 0; p < o->npos; p++)
            if (o->pos[p].country == country && o->pos[p].org == org) return k;
        x_position *np = realloc(o->pos, (size_t)(o->npos + 1) * sizeof *np);
        if (!np) { c->oom = 1; return k; }
        o->pos = np;
        o->pos[o->npos++] = (x_position){NULL, country, org};
        return k;
    }
    /* "Chairman of the State Duma X": the office says whose it is */
    if (t && t->title >= 0 && country < 0 && org < 0 && gaz_title(c->g, t->title)->country >= 0) country = gaz_title(c->g, t->title)->country;
    /* (not with a prefix: "the former leader X", "interim leader X" hold no seat of the heads of state) */
    if (t && t->title >= 0 && !o->body1 && gaz_title(c->g, t->title)->body >= 0 && t->prefix_end == t->prefix_start)
        o->body1 = gaz_title(c->g, t->title)->body + 1;
    if (t || title) {
        sbuf ts = {0};
        /* a title in Russian is written with its English name (the gold's and the API's language) */
        unsigned char b0 = t ? (unsigned char)c->tl->t[t->title_at].norm[0] : 0;
        int russian = b0 == 0xD0 || b0 == 0xD1;
        if (!title && t->inst_to > t->inst_at && !russian) { /* "Foreign Ministry spokeswoman" */
            size_t ie = t->inst_to - (is(c, t->inst_to - 1, "'s") ? 1 : 0);
            char *inst = ie > t->inst_at ? text_of(c, t->inst_at, ie) : NULL;
            if (inst) sbuf_printf(&ts, "%s ", inst);
            free(inst);
        }
        if (title) {
            sbuf_puts(&ts, title);
        } else if (t->prefix_end > t->prefix_start && !russian) {
            char *pre = text_of(c, t->prefix_start, t->prefix_end);
            sbuf_puts(&ts, pre);
            if (!prefix_glued(c, t)) sbuf_putc(&ts, ' '); /* ("ex-Speaker") */
            free(pre);
        }
        if (title) {
            /* given */
        } else if (t->plural || t->title_to <= t->title_at || russian || t->canonical) {
            sbuf_puts(&ts, gaz_title(c->g, t->title)->name); /* one of a list: the singular */
        } else { /* the position as the article gives it, less the country or organisation */
            char *w = text_of(c, t->title_at, t->compl_to > t->compl_at ? t->compl_to : t->title_to);
            if (w && w[0] >= 'a' && w[0] <= 'z' && !c->tl->t[t->title_at].cap && !(t->inst_to > t->inst_at))
                w[0] = (char)(w[0] - 'a' + 'A'); /* (not after its ministry: "Foreign Ministry spokeswoman") */
            sbuf_puts(&ts, w ? w : gaz_title(c->g, t->title)->name);
            free(w);
        }
        for (int p = 0; p < o->npos; p++)
            if (o->pos[p].title && !strcasecmp(o->pos[p].title, sbuf_str(&ts)) && o->pos[p].country == country &&
                o->pos[p].org == org) {
                sbuf_free(&ts);
                return k;
            }
        x_position *np = realloc(o->pos, (size_t)(o->npos + 1) * sizeof *np);
        if (!np) { sbuf_free(&ts); c->oom = 1; return k; }
        o->pos = np;
        o->pos[o->npos++] = (x_position){sbuf_steal(&ts), country, org};
        sbuf_free(&ts);
    }
    return k;
}


/* Whether the latest mention of an official in the sentence starting at
 * token s follows "neither" or "nor" closely ("neither Prime Minister X nor
 * other officials have participated"). */
static int negated_person(const ctx *c, size_t s, spanvec ev)
{
    if (!ev.n) return 0;
    unsigned at = ev.v[ev.n - 1].start;
    size_t i = s;
    while (i < c->tl->n && c->tl->t[i].start < at) i++;
    for (size_t k = i > s + 4 ? i - 4 : s; k < i; k++)
        if (lex(c, k, i, LX_NEGATOR, NULL)) return 1;
    return 0;
}

/* A Russian title's first word back from the instrumental or accusative
 * that the verbs of signing put it in («под декларацией СКБ», «решением о
 * мерах», «подписали Декларацию»): «декларацией», «декларацию» ->
 * «декларация», «решением» -> «решение», «программой» -> «программа»,
 * «протоколом» -> «протокол» (in place; never longer). */
/* Replaces the last `cut` bytes of the word [w, w + n) with `add`, moving
 * the rest of the string. */
static void word_swap_end(char *w, size_t n, size_t cut, const char *add)
{
    size_t keep = n - cut, al = strlen(add);
    memmove(w + keep + al, w + n, strlen(w + n) + 1);
    memcpy(w + keep, add, al);
}

/* «итоговой декларации», «совместную декларацию»: a feminine adjective then
 * its noun, both to the nominative («итоговая декларация»); «совместного
 * заявления», a neuter one («совместное заявление»).  Returns 1 when it did. */
static int ru_adjective_nominative(char *title)
{
    static const char *const adj[] = {"вой", "ной", "ской", "цкой", NULL};
    size_t n = strcspn(title, " ");
    char save = title[n];
    title[n] = '\0';
    int oblique = word_ends_any(title, adj), acc = word_ends(title, "ую");
    int neuter = word_ends(title, "ого") ? 1 : word_ends(title, "его") ? 2 : 0;
    title[n] = save;
    /* «совместного заявления», «итогового соглашения»: a neuter adjective and noun in -ние, -тие in the genitive
     * (the adjective tells: «заявления» alone may be a plural) */
    if (neuter && title[n]) {
        char *noun = title + n + 1;
        size_t m = strcspn(noun, " ");
        char sv = noun[m];
        noun[m] = '\0';
        int gen = word_ends(noun, "ния") || word_ends(noun, "тия");
        noun[m] = sv;
        if (gen) {
            word_swap_end(noun, m, strlen("я"), "е");
            word_swap_end(title, n, strlen("ого"), neuter == 1 ? "ое" : "ее");
            return 1;
        }
    }
    if ((!oblique && !acc) || !title[n]) return 0;
    /* (up to two more adjectives of the same case before the noun: «Целевой межгосударственной программы») */
    size_t adj_at[3] = {0}, adj_len[3] = {n};
    int nadj = 1;
    char *noun = title + n + 1;
    size_t m = strcspn(noun, " ");
    for (; nadj < 3 && noun[m]; nadj++) {
        save = noun[m];
        noun[m] = '\0';
        int more = acc ? word_ends(noun, "ую") : word_ends_any(noun, adj);
        noun[m] = save;
        if (!more) break;
        adj_at[nadj] = (size_t)(noun - title), adj_len[nadj] = m;
        noun += m + 1;
        m = strcspn(noun, " ");
    }
    save = noun[m];
    noun[m] = '\0';
    size_t cut = 0;
    const char *add = "";
    if (word_ends(noun, "ией")) { cut = strlen("ией"); add = "ия"; }
    else if (word_ends(noun, "ии") || word_ends(noun, "ию")) { cut = strlen("ии"); add = "ия"; }
    else if (word_ends(noun, "ммы") || word_ends(noun, "мму")) { cut = strlen("ы"); add = "а"; }
    noun[m] = save;
    if (!cut) return 0; /* only a noun whose case is plain */
    word_swap_end(noun, m, cut, add);
    for (int i = nadj; i-- > 0;) /* (right to left: a swap keeps the words before it where they are) */
        word_swap_end(title + adj_at[i], adj_len[i], strlen(acc ? "ую" : "ой"), "ая");
    return 1;
}

static void ru_title_nominative(char *title)
{
    if (ru_adjective_nominative(title)) return;
    size_t n = strcspn(title, " ");
    if (n < 8 || (unsigned char)title[0] < 0xD0 || (unsigned char)title[0] > 0xD1) return;
    char *w = title, save = w[n];
    w[n] = '\0';
    size_t cut = 0;
    const char *add = "";
    if (word_ends(w, "ией")) { cut = strlen("ией"); add = "ия"; }
    else if (word_ends(w, "ию")) { cut = strlen("ию"); add = "ия"; } /* «подписали Декларацию», the accusative */
    else if (word_ends(w, "ием")) { cut = strlen("ием"); add = "ие"; }
    /* «в заявлении лидеров», a singular in the prepositional; «18 решений ..., в том числе о A»: one of the
     * genitive plural's items («решений», «заявлений», «соглашений»: nouns in -ние) */
    else if (word_ends(w, "нии") || word_ends(w, "ний")) { cut = strlen("и"); add = "е"; }
    /* («в подписанной по итогам саммита декларации»: a title of one word in -ции, the prepositional singular) */
    else if (!save && word_ends(w, "ции")) { cut = strlen("и"); add = "я"; }
    else if (word_ends(w, "ой") && n > 10) { cut = strlen("ой"); add = "а"; }
    else if (word_ends(w, "ом") && n > 10) { cut = strlen("ом"); }
    w[n] = save;
    if (cut) word_swap_end(w, n, cut, add);
}

/* The next word of a title from *p, past spaces and the articles "the", "a", "an": its length, 0 at the end. */
static size_t title_word(const char **p)
{
    for (;;) {
        while (**p == ' ') (*p)++;
        size_t n = strcspn(*p, " ");
        if (!((n == 3 && !strncasecmp(*p, "the", 3)) || (n == 1 && (**p == 'a' || **p == 'A')) ||
              (n == 2 && !strncasecmp(*p, "an", 2))))
            return n;
        *p += n;
    }
}

/* Whether the words a (n bytes) and b (m bytes) are one but for case, Cyrillic too. */
static int same_word(const char *a, size_t n, const char *b, size_t m)
{
    char fa[128], fb[128];
    if (n == m && !strncasecmp(a, b, n)) return 1; /* (the common case, and any ASCII one, without folding) */
    /* (an ASCII letter or digit first that the other word does not open with: folding keeps it so) */
    if (n && m && (isalnum((unsigned char)a[0]) || isalnum((unsigned char)b[0])) &&
        tolower((unsigned char)a[0]) != tolower((unsigned char)b[0]))
        return 0;
    if (n >= sizeof fa / 2 || m >= sizeof fb / 2) return n == m && !strncmp(a, b, n);
    size_t la = fold_ascii(a, n, fa, sizeof fa), lb = fold_ascii(b, m, fb, sizeof fb);
    return la == lb && !memcmp(fa, fb, la);
}

/* Whether two titles are one but for case and English articles: "plan of consultations about the issues of
 * defence" and "plan of consultations about issues of defence" (a report that repeats its paragraph edited). */
static int same_title(const char *a, const char *b)
{
    for (;;) {
        size_t n = title_word(&a), m = title_word(&b);
        if (!same_word(a, n, b, m)) return 0;
        if (!n) return 1;
        a += n, b += n;
    }
}

/* Whether title `a` names, in fewer words, the document that `b` names at length: its words (but for English
 * articles) open b's, two of them at least ("Political Declaration" and "Political Declaration of the Heads of
 * State"); or, when a is cut off with the text (`cut`), its last word opens b's word there («решение об избрании
 * предс»). */
static int short_title_of(const char *a, const char *b, int cut)
{
    int words = 0;
    for (;;) {
        size_t n = title_word(&a), m = title_word(&b);
        if (!n) return words >= 2 && m;
        if (!m) return 0;
        const char *next = a + n;
        if (cut && !title_word(&next)) return n <= m && !strncasecmp(a, b, n) && words >= 2;
        if (!same_word(a, n, b, m)) return 0;
        words++;
        a += n, b += n;
    }
}

/* Whether title `a`, three words or more, is b's opening with one word of b's left out after the first («план
 * военного сотрудничества» and «План развития военного сотрудничества государств-членов ... на 2026-2030 годы»: a
 * report names the document short, then quotes it whole). */
static int title_one_word_short(const char *a, const char *b)
{
    int words = 0, skipped = 0;
    for (;;) {
        size_t n = title_word(&a), m = title_word(&b);
        if (!n) return words >= 3 && skipped;
        if (!m) return 0;
        if (same_word(a, n, b, m)) {
            words++;
            a += n, b += n;
            continue;
        }
        if (skipped || !words) return 0;
        skipped = 1; /* b's word left out in a */
        b += m;
    }
}

/* Whether quoted title `a`, three words or more, is what b says after its first words, or that with one of b's
 * words left out (title_one_word_short): «совместное заявление о положении дел в Афганистане», then the statement
 * quoted by its own title «О положении в Афганистане». */
static int title_tail_of(const char *a, const char *b)
{
    const char *p = a;
    size_t n0 = title_word(&p); /* a's first word, which b's tail opens with too */
    const char *a0 = p;
    int words = 0;
    for (size_t n = n0; n && words < 3; n = title_word(&p)) {
        p += n;
        words++;
    }
    if (words < 3) return 0;
    for (size_t n = title_word(&b); n; n = title_word(&b)) {
        b += n; /* past one more of b's words: what follows is its tail */
        const char *t = b;
        size_t m = title_word(&t);
        if (m && same_word(a0, n0, t, m) && (same_title(a, b) || title_one_word_short(a, b))) return 1;
    }
    return 0;
}

/* Whether `title` names document d again (both of one type): the same words (same_title), fewer of them
 * (short_title_of: "the Political Declaration" after "the Political Declaration of the Heads of State", or before it),
 * one word fewer (title_one_word_short), or, quoted, its tail (title_tail_of).  1; 2 when title is d's told whole, later
 * (d's title is one word short of it); 0 when it names another. */
static int names_again(const x_document *d, const char *title, int cut, int quoted)
{
    if (title_one_word_short(d->title, title)) return 2;
    return same_title(d->title, title) || short_title_of(title, d->title, cut) || short_title_of(d->title, title, 0) ||
           title_one_word_short(title, d->title) || (quoted && title_tail_of(title, d->title)) ||
           (!strcmp(d->rule, "quoted-title") && title_tail_of(d->title, title));
}

int doc_add(ctx *c, char *title, int type, int status, int meeting, int initiator, span ev, const char *rule)
{
    extraction *x = c->x;
    if (!title) { c->oom = 1; return -1; }
    ru_title_nominative(title);
    /* a text that stops mid-word (a page cut off) cuts the title of its last sentence */
    int cut = ev.end + 2 >= c->a->len;
    int quoted = !strcmp(rule, "quoted-title"); /* a document's own title, quoted: it may be another's tail */
    for (int k = 0; k < x->nd; k++) {
        /* (the title named first is kept, a long one read later may run on past its end; but one told whole after
         * it was named one word short is the title) */
        int again = x->d[k].type == type ? names_again(&x->d[k], title, cut, quoted) : 0;
        if (!again) continue;
        /* "were expected to sign a final declaration ... the final declaration had been adopted": adopted beats
         * draft, draft beats planned, as across reports (resolve_docs) */
        if (status < x->d[k].status) x->d[k].status = status;
        if (x->d[k].meeting < 0) x->d[k].meeting = meeting; /* (the repeat tells whose it is) */
        if (again == 2) {
            char *t = x->d[k].title;
            x->d[k].title = title;
            title = t;
        }
        free(title);
        return k;
    }
    if (x->nd == x->capd) {
        int cap = x->capd ? x->capd * 2 : 2;
        x_document *p = realloc(x->d, (size_t)cap * sizeof *p);
        if (!p) { free(title); c->oom = 1; return -1; }
        x->d = p;
        x->capd = cap;
    }
    x->d[x->nd] = (x_document){title, type, status, meeting, initiator, ev, rule, c->list};
    return x->nd++;
}
/* ---- chairmanship ------------------------------------------------------- */

/* "chairmanship ... transferred from X to Y" */
void chairmanship(ctx *c, size_t s, size_t e)
{
    if (!lex_in(c, s, e, LX_CHAIRMANSHIP)) return;
    /* "the chairmanship will pass to Belarus in 2023": the year of the sessions announced next */
    int year = chair_year_in(c, s, e);
    if (year > 0) { c->chair_year = year; c->chair_end = e; }
    gaz_hit h;
    int from = -1, to = -1;
    for (size_t i = s; i + 1 < e; i++) {
        size_t k = i + 1;
        if (is(c, k, "the")) k++;
        if (is(c, i, "from") && gm(c, k, e, G_COUNTRY, -1, &h)) from = h.val;
        if (is(c, i, "to") && gm(c, k, e, G_COUNTRY, -1, &h) && from >= 0) to = h.val;
    }
    if (from >= 0 && to >= 0) {
        c->x->chair_from = from;
        c->x->chair_to = to;
    }
}


void extraction_clear(extraction *x)
{
    for (int i = 0; i < x->nm; i++) { free(x->m[i].ev.v); free(x->m[i].participants.v); }
    free(x->m);
    for (int i = 0; i < x->no; i++) {
        free(x->o[i].name);
        for (int p = 0; p < x->o[i].npos; p++) free(x->o[i].pos[p].title);
        free(x->o[i].pos);
        free(x->o[i].ev.v);
        free(x->o[i].meetings.v);
    }
    free(x->o);
    for (int i = 0; i < x->nd; i++) free(x->d[i].title);
    free(x->d);
    free(x->countries);
    memset(x, 0, sizeof *x);
}

/* Whether the sentence [s, e) has attend words (lexicon attend) and `holds` is true of every one (given
 * the sentence and the word's tokens [k, q)). */
typedef int attend_word_test(const ctx *c, size_t s, size_t k, size_t q, size_t e);
static int every_attend_word(const ctx *c, size_t s, size_t e, attend_word_test *holds)
{
    size_t q;
    int any = 0;
    for (size_t k = s; k < e; k++) {
        if (!lex(c, k, e, LX_ATTEND, &q)) continue;
        if (!holds(c, s, k, q, e)) return 0;
        any = 1;
        k = q - 1;
    }
    return any;
}

/* The attend word at [k, q) negated by a word right before it, or put as a question. */
static int negated_word(const ctx *c, size_t s, size_t k, size_t q, size_t e)
{
    int neg = 0; /* (three words: «не подтвердил своего участия», "did not confirm his participation") */
    for (size_t j = k > s + 3 ? k - 3 : s; j < k; j++)
        neg |= is(c, j, "no") || is(c, j, "not") || is(c, j, "never") || is(c, j, "не") || is(c, j, "ни");
    for (size_t j = k > s + 5 ? k - 5 : s; j < k; j++)
        neg |= is(c, j, "whether");
    return neg;
}

/* The attend word at [k, q) right after an invitation (lexicon invited: "have been invited to attend the meeting",
 * «приглашены принять участие»): asked to come, which is not yet taking part. */
static int invited_word(const ctx *c, size_t s, size_t k, size_t q, size_t e)
{
    (void)q, (void)e;
    return lex_ends_at(c, s, k, 3, LX_INVITED);
}

/* Whether every attend word of [s, e) is negated by a word right before it ("no Armenian delegation would
 * travel", «ни одна делегация не») or put as a question ("have not said whether Yerevan will be
 * represented there"): the sentence tells of no one taking part. */
static int attend_negated(const ctx *c, size_t s, size_t e)
{
    return every_attend_word(c, s, e, negated_word);
}

/* Official o's first mention in [s, e) (MK_PERSON), or NULL. */
static const mention *first_mention(const ctx *c, size_t s, size_t e, int o)
{
    const mentions *ms = &c->ms;
    for (size_t k = mentions_from(ms, MK_PERSON, s); k < ms->n[MK_PERSON] && ms->v[MK_PERSON][k].start < e; k++)
        if (ms->v[MK_PERSON][k].value == o) return &ms->v[MK_PERSON][k];
    return NULL;
}

/* Whether official o, named in [s, e), is named in a clause ", which ..." (", who", «, который») that
 * comes after the sentence's absence and has none of its own: "Armenia stayed away from a meeting of
 * the foreign ministers, which was chaired by X and attended by Y": X and Y took part. */
static int past_the_absence(const ctx *c, size_t s, size_t e, int o)
{
    const mention *pm = first_mention(c, s, e, o);
    size_t at = pm ? pm->start : e;
    size_t rel = at;
    for (size_t k = at; k-- > s + 1 && rel == at;) {
        if (is(c, k, ":") || is(c, k, ";")) return 0; /* "..., которая прошла в Минске: X отказался ..." */
        if (is(c, k - 1, ",") && lex(c, k, at, LX_RELATIVE_PRONOUN, NULL)) rel = k;
    }
    return rel < at && (lex_in(c, s, rel, LX_ABSENT) || attend_negated(c, s, rel)) && !lex_in(c, rel, e, LX_ABSENT) &&
           !attend_negated(c, rel, e);
}

/* Whether official o, named in [s, e), is named in a clause (up to ':' or ';') before the sentence's
 * absence, with none before or in it: «Делегацию возглавил X: министр Y не смог приехать», "X led the
 * delegation; Y could not attend": X took part (but not X after it: «Армения пропустила сессию: X
 * отказался от поездки»). */
static int absence_elsewhere(const ctx *c, size_t s, size_t e, int o)
{
    const mention *pm = first_mention(c, s, e, o);
    if (!pm) return 0;
    size_t cs = pm->start, ce = pm->start;
    while (cs > s && !is(c, cs - 1, ":") && !is(c, cs - 1, ";")) cs--;
    while (ce < e && !is(c, ce, ":") && !is(c, ce, ";")) ce++;
    if (ce == e) return 0; /* no clause after its own */
    return !lex_in(c, s, ce, LX_ABSENT) && !attend_negated(c, s, ce);
}

/* The attend word at [k, q) not negated nor put as a question. */
static int affirmed_word(const ctx *c, size_t s, size_t k, size_t q, size_t e)
{
    return !negated_word(c, s, k, q, e);
}

/* Whether [k, e) opens a clause of its own: ':' or ';', or ',' before a word of lexicon contrast
 * ("..., but", «..., а»). */
static int clause_opens(const ctx *c, size_t k, size_t e)
{
    return is(c, k, ":") || is(c, k, ";") || (is(c, k, ",") && k + 1 < e && lex(c, k + 1, e, LX_CONTRAST, NULL));
}

/* Where a phrase of lexicon class cls starts, up to `window` words before token at, when only a title's
 * words stand between it and at ("chaired by Armenia's Foreign Minister X", "represented by Deputy Defense
 * Minister Colonel General Y": capitalised words, "the", "of", "'s"); `at` when none does. */
static size_t phrase_before_title(const ctx *c, size_t s, size_t at, int cls, size_t window)
{
    size_t q;
    for (size_t k = at > s + window ? at - window : s; k < at; k++)
        if (lex(c, k, at, cls, &q)) {
            /* (a Russian title is in lower case: «под председательством госсекретаря Совбеза Белоруссии X») */
            while (q < at && (c->tl->t[q].cap || is(c, q, "the") || is(c, q, "of") || is(c, q, "'s") ||
                              (cyrillic(c, q) && c->tl->t[q].kind == TOK_WORD)))
                q++;
            if (q == at) return k;
        }
    return at;
}

/* Whether official o is named right after "represented by" (his title between): "X did not come to
 * Yerevan and was represented by Deputy Defense Minister Colonel General Y": Y came in his place. */
static int representative(const ctx *c, size_t s, size_t e, int o)
{
    const mention *pm = first_mention(c, s, e, o);
    return pm && phrase_before_title(c, s, pm->start, LX_REPRESENTED_BY, 10) < pm->start;
}

/* Whether official o, named in [s, e), has a clause of his own (up to ':', ';' or ", but", «, а») that
 * says he took part and no absence: «Лукашенко в Москву не приехал, а Каримов, хотя и участвовал в
 * саммите, подписывать документ отказался» (Karimov took part). */
static int attends_in_own_clause(const ctx *c, size_t s, size_t e, int o)
{
    const mention *pm = first_mention(c, s, e, o);
    if (!pm) return 0;
    size_t cs = pm->start, ce = pm->end;
    while (cs > s && !clause_opens(c, cs - 1, e)) cs--;
    while (ce < e && !clause_opens(c, ce, e)) ce++;
    if (cs == s && ce == e) return 0; /* the sentence is one clause */
    return every_attend_word(c, cs, ce, affirmed_word) && !lex_in(c, cs, ce, LX_ABSENT);
}

/* Whether the sentence [s, e) says who holds a body's chair, not who chaired a meeting: a body, then
 * "is (currently) chaired by" before any meeting noun ("The CSTO Parliamentary Assembly is chaired by
 * the Speaker of the State Duma, X"). */
static int chairs_the_body(const ctx *c, size_t s, size_t e)
{
    for (size_t k = s; k < e; k++) {
        if (lex(c, k, e, LX_MEETING_NOUN, NULL)) return 0;
        if (!lex(c, k, e, LX_CHAIRED_BY, NULL)) continue;
        size_t v = k;
        if (v > s && (is(c, v - 1, "currently") || is(c, v - 1, "now"))) v--;
        if (v <= s || !(is(c, v - 1, "is") || is(c, v - 1, "are"))) return 0;
        return mention_in(&c->ms, MK_BODY, s, v - 1);
    }
    return 0;
}

/* The attend word at [k, q) followed within three words by another organisation ("take part in the SCO
 * events"). */
static int other_org_word(const ctx *c, size_t s, size_t k, size_t q, size_t e)
{
    size_t o;
    /* (a place may stand between: «приехали в Кишинев на саммит Содружества», up to the clause's end; not after
     * "attended by", "with the participation of": "The meeting was attended by the CIS First Deputy Secretary-General
     * X", the organisation is the attendee's) */
    int agent = (q > k && (is(c, q - 1, "by") || is(c, q - 1, "of"))) || is(c, q, "by");
    for (size_t j = q; !agent && j < e && j < q + 6 && !is(c, j, ",") && !is(c, j, "."); j++)
        if (other_org_at(c, j, e, &o)) {
            /* (but "attend an informal summit of CIS leaders and a summit of the CSTO": the CSTO's too) */
            gaz_hit h;
            int csto = gaz_org_index(c->g, "CSTO");
            for (size_t a = o; a < e && !is(c, a, ",") && !is(c, a, "."); a++)
                if (gm(c, a, e, G_ORG, -1, &h) && h.val == csto) return 0;
            return 1;
        }
    /* «В заседании СМИД ОБСЕ примет участие генсек ОДКБ»: a meeting noun and another organisation right before the
     * word, in its clause (the event before the verb, as Russian puts it) */
    for (size_t j = k > s + 10 ? k - 10 : s, q2; j < k; j++) {
        if (!lex(c, j, k, LX_MEETING_NOUN, &q2)) continue;
        for (size_t a = q2; a < k && a < q2 + 8 && !is(c, a, ","); a++)
            if (other_org_at(c, a, k, &o) && o == k) return 1;
        break;
    }
    /* "on the sidelines of a summit of the Commonwealth of Independent States hosted by X": the event hosted
     * is named before the word */
    if (is(c, k, "hosted"))
        for (size_t j = k > s + 6 ? k - 6 : s; j < k; j++)
            if (other_org_at(c, j, e, &o) && o <= k) return 1;
    return 0;
}

/* Whether every attend word of the sentence [s, e) is of another organisation's event, named within
 * three words after it ("Xi Jinping will take part in the SCO events via video link"). */
static int attends_other_org(const ctx *c, size_t s, size_t e)
{
    return every_attend_word(c, s, e, other_org_word);
}

/* The country whose part the attend word at [k, q) is ("about Armenia's participation in the upcoming summit",
 * «об участии Армении в саммите»): a country's possessive right before it, or in Russian a country right after it;
 * -1 when none. */
static int attend_owner(const ctx *c, size_t s, size_t k, size_t q, size_t e)
{
    gaz_hit h;
    int cty;
    for (size_t j = k > s + 4 ? k - 4 : s; j + 1 < k; j++)
        if (country_possessive(c, j, k, &cty) == k) return cty;
    if (cyrillic(c, k) && q < e && gm(c, q, e, G_COUNTRY, -1, &h) && h.start == q) return h.val;
    return -1;
}

/* Whether every attend word and noun of taking part (lexicon part_noun) of [s, e) is some country's part, none
 * of them official o's country (Pankin, a Russian minister, "redirected journalists' question to Yerevan about
 * Armenia's participation in the upcoming summit"): the sentence tells of that country's taking part, not his. */
static int attend_of_other_country(const ctx *c, size_t s, size_t e, int o)
{
    const x_official *p = &c->x->o[o];
    int any = 0;
    size_t q;
    for (size_t k = s; k < e; k++) {
        if (!lex(c, k, e, LX_ATTEND, &q) && !lex(c, k, e, LX_PART_NOUN, &q)) continue;
        int owner = attend_owner(c, s, k, q, e);
        if (owner < 0) return 0;
        for (int i = 0; i < p->npos; i++)
            if (p->pos[i].country == owner) return 0;
        any = 1;
        k = q - 1;
    }
    return any;
}

/* Whether official o, named in [s, e), is the one a decision appoints: right after a word of lexicon
 * appointee ("a decision naming Yuri Khachaturov", «о назначении генеральным секретарем X»), or before his own
 * (lexicon own_appointment: "Zas took up his post after his appointment was approved at the summit", "thanked them
 * for presenting his candidacy at the session"): the meeting decided on him, which does not say he was there. */
static int appointee(const ctx *c, size_t s, size_t e, int o)
{
    const mentions *ms = &c->ms;
    for (size_t k = mentions_from(ms, MK_PERSON, s); k < ms->n[MK_PERSON] && ms->v[MK_PERSON][k].start < e; k++) {
        const mention *pm = &ms->v[MK_PERSON][k];
        if (pm->value != o) continue;
        if (pm->flags & MF_APPOINTED) return 1;
        for (size_t a = pm->start > s + 4 ? pm->start - 4 : s, q; a < pm->start; a++)
            if (lex(c, a, pm->start, LX_APPOINTEE, &q)) return 1;
        for (size_t a = pm->end; a + 1 < e && a < pm->end + 24; a++)
            if (lex(c, a, e, LX_OWN_APPOINTMENT, NULL)) return 1;
    }
    return 0;
}

/* Whether official o is named in [s, e) only as the owner of a thing, a possessive "'s" after each of his mentions and
 * no meeting word right after it ("The parties will discuss Belarusian President X's idea of a new concept": his
 * idea is on the agenda; "X's delegation" is no meeting either, "X's summit" would be one). */
static int possessor_only(const ctx *c, size_t s, size_t e, int o)
{
    const mentions *ms = &c->ms;
    int seen = 0;
    for (size_t k = mentions_from(ms, MK_PERSON, s); k < ms->n[MK_PERSON] && ms->v[MK_PERSON][k].start < e; k++) {
        const mention *pm = &ms->v[MK_PERSON][k];
        if (pm->value != o) continue;
        size_t a = past_possessive(c, pm->end);
        if (a == pm->end) return 0;
        /* (his remarks or speech there, lexicon heading_person: "X's remarks following the meeting of ..."; his part in
         * it, lexicon attend: "confirmed X's participation in the call") */
        if (a >= e || meeting_named_at(c, a, e) || lex(c, a, e, LX_HEADING_PERSON, NULL) || lex(c, a, e, LX_ATTEND, NULL))
            return 0;
        seen = 1;
    }
    return seen;
}

/* Whether every position official o holds is of a state that never was a member ("President Bashar al-Assad",
 * «президента Башара Асада», "President of France X"). */
static int outside_csto(const ctx *c, const x_official *o)
{
    int outside = o->npos > 0;
    for (int p = 0; p < o->npos && outside; p++) outside = never_member(c, o->pos[p].country);
    return outside;
}

/* Whether official o holds an office of one of the bodies (a titles.tsv row with a CSTO body: a
 * President of the heads of state, a Minister of Defence of the defence ministers). */
static int holds_office_of(const ctx *c, const x_official *o, unsigned bodies)
{
    if (outside_csto(c, o)) return 0;
    /* (a title as written, "Foreign Minister", whose canonical name "Minister of Foreign Affairs" the position does
     * not carry: body1) */
    if (o->body1 && (bodies & 1u << (o->body1 - 1))) return 1;
    for (int p = 0; p < o->npos; p++) {
        int body = o->pos[p].title ? gaz_title_body(c->g, o->pos[p].title) : -1;
        if (body >= 0 && (bodies & 1u << body)) return 1;
    }
    return 0;
}

/* The meeting that a sentence naming no meeting but a destination means: "X, Y and Z are expected to
 * arrive in Yerevan", «В Ереван прибудут X, Y и Z» attend the first meeting named in that city, not
 * the one named last when that one is elsewhere (an earlier session in Moscow cited in passing).
 * Returns cur when the sentence names no city or cur's. */
static int meeting_of_destination(const ctx *c, size_t s, size_t e, int cur)
{
    const extraction *x = c->x;
    if (cur < 0 || x->m[cur].city < 0) return cur;
    gaz_hit h;
    for (size_t k = s; k + 1 < e; k++) {
        size_t q = k + 1;
        if (!is(c, k, "to") && !lex(c, k, e, LX_PLACE_PREP, &q)) continue;
        if (!gm(c, q, e, G_CITY, -1, &h) || h.start != q) continue;
        if (h.val == x->m[cur].city) return cur;
        for (int j = 0; j < x->nm; j++)
            if (x->m[j].city == h.val) return j;
        return cur;
    }
    return cur;
}

static int attend_named(ctx *c, size_t s, size_t e, int m, const intvec *named, const intvec *sp, intvec *pending);

/* The officials people.c named in the sentence [s, e) (its MK_PERSON
 * mentions), in the order first named: into named; the speakers into sp[0],
 * those speaking to the press into sp[1].  0, or -1 when out of memory. */
static int sentence_people(const ctx *c, size_t s, size_t e, intvec *named, intvec *sp)
{
    const mentions *ms = &c->ms;
    for (size_t k = mentions_from(ms, MK_PERSON, s); k < ms->n[MK_PERSON] && ms->v[MK_PERSON][k].start < e; k++) {
        const mention *pm = &ms->v[MK_PERSON][k];
        if (int_add(named, pm->value) < 0) return -1;
        if ((pm->flags & MF_SPEAKER) && int_add(&sp[0], pm->value) < 0) return -1;
        if ((pm->flags & MF_PRESS) && int_add(&sp[1], pm->value) < 0) return -1;
    }
    return 0;
}

/* Official o took part in meeting m: each is listed on the other (once). */
static void take_part(ctx *c, int m, int o)
{
    if (int_add(&c->x->m[m].participants, o) < 0 || int_add(&c->x->o[o].meetings, m) < 0) c->oom = 1;
}

/* «СМИД провел Министр иностранных дел X, СМО – Министр обороны Y, заседание КССБ – Z»: clauses that
 * each open with a body ([meeting noun] BODY) and name people; each clause's people took part in its
 * body's meeting, when two bodies or more open clauses so.  Those placed are taken out of named. */
static void gapped_clauses(ctx *c, size_t s, size_t e, intvec *named)
{
    const mentions *ms = &c->ms;
    /* two bodies named in the sentence at least, or nothing to do (most sentences) */
    size_t b0 = mentions_from(ms, MK_BODY, s);
    if (b0 + 1 >= ms->n[MK_BODY] || ms->v[MK_BODY][b0 + 1].start >= e || !named->n) return;
    int body[16], nb = 0, nbodies = 0;
    size_t from[16];
    unsigned seen = 0;
    gaz_hit h;
    for (size_t a = s; a < e && nb < 16;) {
        size_t b = a;
        while (b < e && !is(c, b, ",") && !is(c, b, ";")) b++;
        size_t k = a;
        if (lex(c, k, b, LX_MEETING_NOUN, &k)) {}
        if (gm(c, k, b, G_BODY, -1, &h) && h.sub == BK_BODY) {
            body[nb] = h.val, from[nb++] = a;
            if (!(seen & 1u << h.val)) nbodies++;
            seen |= 1u << h.val;
        } else if (nb < 16) body[nb] = -1, from[nb++] = a;
        a = b + 1;
    }
    if (nbodies < 2) return;
    for (size_t k = mentions_from(ms, MK_PERSON, s); k < ms->n[MK_PERSON] && ms->v[MK_PERSON][k].start < e; k++) {
        const mention *pm = &ms->v[MK_PERSON][k];
        int q = nb - 1;
        while (q > 0 && from[q] > pm->start) q--;
        if (body[q] < 0) continue;
        int mt = last_meeting_of_body(c, body[q]);
        if (mt < 0) continue;
        take_part(c, mt, pm->value);
        for (int j = 0; j < named->n; j++)
            if (named->v[j] == pm->value) named->v[j--] = named->v[--named->n];
    }
}

/* "CSTO Secretary General X as well as Defense Ministers of Kirghizia, Kazakhstan, Belarus and Armenia
 * attended the meeting", «в заседании приняли участие министры обороны Армении, Белоруссии и Казахстана»: the
 * holders of the title of a body's members (titles.tsv) in the countries listed attended the meeting;
 * noted here, and one of them named anywhere in the article ("said Leonid Maltsev, the Belarusian Minister of
 * Defense") takes part once every sentence is read (offices_attended). */
static void offices_in_attendance(ctx *c, size_t s, size_t e, int m)
{
    if (m < 0 || !lex_in(c, s, e, LX_ATTEND) || lex_in(c, s, e, LX_ABSENT) || attend_negated(c, s, e)) return;
    tphrase t;
    for (size_t k = s; k < e && c->noffices < 8; k++) {
        if (!parse_title(c, k, e, &t)) continue;
        /* (not the parties to other talks: "will take part in the session, prior to a trilateral summit with the
         * leaders of Armenia and Azerbaijan", lexicon talks_between) */
        if (lex_ends_at(c, s, k - (k > s && is(c, k - 1, "the")), 5, LX_TALKS_BETWEEN)) {
            k = t.end - 1;
            continue;
        }
        /* (a title of two countries or more is plural, whatever its form: «министры» folds as «министр») */
        int body = t.title >= 0 ? gaz_title(c->g, t.title)->body : -1;
        int cs[8], nc = 0;
        for (int n = 0; n < t.ncountries && nc < 8; n++) cs[nc++] = t.countries[n];
        if (!nc && t.country >= 0) cs[nc++] = t.country;
        size_t q = t.end;
        if (nc) nc = countries_listed(c, q, e, cs, nc, 8, &q);
        if (body >= 0 && nc >= 2) {
            c->offices[c->noffices].meeting = m;
            c->offices[c->noffices].body = body;
            c->offices[c->noffices].nc = nc;
            memcpy(c->offices[c->noffices].cs, cs, sizeof cs);
            c->noffices++;
        }
        k = (q > k ? q : k + 1) - 1; /* (past the title and its list: q is never before t.end) */
    }
}

/* "Taking part in the meeting chaired by President of Tajikistan A were Prime Minister of Armenia B, President of
 * Belarus C, President of Kazakhstan D ..." in a report that names no meeting of a body (its headline lost): those
 * said to attend before any meeting was named (pending), three or more of distinct member states holding the office
 * of one body (titles.tsv: the President's is the heads of state's), in an article that names the CSTO, took part in
 * a session of that body, held, its day and place untold. */
void pending_session(ctx *c, intvec *pending)
{
    extraction *x = c->x;
    int csto = gaz_org_index(c->g, "CSTO"), named = 0;
    if (x->nm || pending->n < 3 || csto < 0) return;
    for (size_t k = 0; k < c->ms.n[MK_NAME] && !named; k++)
        named = c->ms.v[MK_NAME][k].sub == G_ORG && c->ms.v[MK_NAME][k].value == csto;
    if (!named) return;
    for (int b = 0; b < gaz_nbodies(c->g) && b < 32; b++) {
        int cs[16], n = 0;
        for (int k = 0; k < pending->n && n < 16; k++) {
            const x_official *o = &x->o[pending->v[k]];
            if (!holds_office_of(c, o, 1u << b)) continue;
            int cty = o->npos ? o->pos[0].country : -1, dup = cty < 0 || !gaz_country(c->g, cty)->member;
            for (int q = 0; q < n && !dup; q++) dup = cs[q] == cty;
            if (!dup) cs[n++] = cty;
        }
        if (n < 3) continue;
        /* the evidence: the sentence that names the first of them */
        const mention *pm = NULL;
        for (size_t k = 0; k < c->ms.n[MK_PERSON] && !pm; k++)
            if (c->ms.v[MK_PERSON][k].value == pending->v[0]) pm = &c->ms.v[MK_PERSON][k];
        size_t si = 0;
        while (pm && si + 1 < c->tl->ns && c->tl->s[si + 1].first <= pm->start) si++;
        x_meeting m;
        memset(&m, 0, sizeof m);
        m.bodies = 1u << b;
        m.rule = "pending-session";
        m.status = ST_HELD;
        m.format = FM_IN_PERSON;
        m.city = m.country = -1;
        int k = meeting_add(c, &m, span_of(c, c->tl->s[si].first, c->tl->s[si].last + 1), (cdate){0, 0, 0}, -1);
        if (k < 0) return;
        /* (not those of states outside the organisation the sentences name beside them: "his telephone
         * conversations with President of Turkey X") */
        for (int q = 0; q < pending->n; q++)
            if (!outside_csto(c, &x->o[pending->v[q]])) take_part(c, k, pending->v[q]);
        pending->n = 0;
        return;
    }
}

void offices_attended(ctx *c)
{
    for (int r = 0; r < c->noffices; r++)
        for (int o = 0; o < c->x->no; o++) {
            const x_official *of = &c->x->o[o];
            if (!holds_office_of(c, of, 1u << c->offices[r].body)) continue;
            int in = 0;
            for (int p = 0; p < of->npos && !in; p++)
                for (int n = 0; n < c->offices[r].nc && !in; n++)
                    in = of->pos[p].country == c->offices[r].cs[n];
            if (in) take_part(c, c->offices[r].meeting, o);
        }
}

/* "the security chiefs, among them Armenian Defense Minister X, did not discuss ...", «министры обороны, в их
 * числе X»: a body's people (bodies.tsv), a comma and lexicon among_them, then a name (and those joined to it by
 * "and" or a comma): each took part in the meeting of that body named last. */
static void among_body_people(ctx *c, size_t s, size_t e)
{
    const mentions *ms = &c->ms;
    for (size_t b = mentions_from(ms, MK_BODY, s); b < ms->n[MK_BODY] && ms->v[MK_BODY][b].start < e; b++) {
        const mention *bm = &ms->v[MK_BODY][b];
        size_t q;
        if (bm->sub != BK_PEOPLE || !is(c, bm->end, ",") || !lex(c, bm->end + 1, e, LX_AMONG_THEM, &q)) continue;
        int mt = last_meeting_of_body(c, bm->value);
        if (mt < 0) continue;
        size_t at = q; /* the title before the first name may stand between */
        for (size_t p = mentions_from(ms, MK_PERSON, q); p < ms->n[MK_PERSON]; p++) {
            const mention *pm = &ms->v[MK_PERSON][p];
            if (pm->start >= e || pm->start > at + 6) break;
            take_part(c, mt, pm->value);
            if (!is(c, pm->end, ",") && !lex(c, pm->end, e, LX_AND, NULL)) break;
            at = pm->end + 1;
        }
    }
}

/* The official a transcript's speaker label names at the head of a line ("Vladimir Makei, Foreign Minister of the
 * Republic of Belarus:", "Alexander Lukashenko: Dear colleagues!"): a person mention opening the sentence at a line's
 * start, then a colon within its title's words (no other person, no verb of speech before it); -1 when none. */
static int speaker_label(const ctx *c, size_t s, size_t e)
{
    const mentions *ms = &c->ms;
    size_t k = mentions_from(ms, MK_PERSON, s);
    if (!(c->tl->t[s].nl || c->tl->t[s].para || s == 0) || k >= ms->n[MK_PERSON]) return -1;
    /* (the name first, or after the title that opens the line: "President of Russia Vladimir Putin: Mr Atambayev,
     * colleagues, friends") */
    gaz_hit th;
    if (ms->v[MK_PERSON][k].start != s &&
        !(ms->v[MK_PERSON][k].start <= s + 6 && gm(c, s, ms->v[MK_PERSON][k].start, G_TITLE, -1, &th)))
        return -1;
    size_t end = ms->v[MK_PERSON][k].end;
    for (size_t q = end; q < e && q < end + 16; q++) {
        if (is(c, q, ":")) return ms->v[MK_PERSON][k].value;
        if (is(c, q, ".") || lex(c, q, e, LX_SPEECH, NULL) || (k + 1 < ms->n[MK_PERSON] && ms->v[MK_PERSON][k + 1].start == q))
            return -1;
    }
    return -1;
}

/* Whether [s, e) has a word of a verb the extractor knows (lexicon past_verb, planned_verb, future, attend,
 * absent, speech, meeting_verb): not a bare list of people. */
static int any_verb(const ctx *c, size_t s, size_t e)
{
    return lex_in(c, s, e, LX_PAST) || lex_in(c, s, e, LX_PLANNED_VERB) || lex_in(c, s, e, LX_FUTURE) ||
           lex_in(c, s, e, LX_ATTEND) || lex_in(c, s, e, LX_ABSENT) || lex_in(c, s, e, LX_SPEECH) ||
           lex_in(c, s, e, LX_MEETING_VERB);
}

/* Whether [s, e) opens with people of a meeting's body or a plural title ("The leaders of six states", "The
 * heads of delegations", «Главы государств») before its first attend word. */
static int people_attend(const ctx *c, size_t s, size_t e)
{
    for (size_t k = s; k < e && k < s + 4; k++) {
        gaz_hit h;
        if (gm(c, k, e, G_BODY, -1, &h) && h.sub == BK_PEOPLE) return 1;
        if (gm(c, k, e, G_TITLE, -1, &h) && h.sub == NUM_PLURAL) return 1;
        if (lex(c, k, e, LX_ATTEND, NULL)) return 0;
    }
    return 0;
}

static const mention *meeting_mention(const ctx *c, size_t *d, size_t e, int m);

/* "X took part in the meeting of the Council of Foreign Ministers and in the joint meeting of the three councils",
 * «принял участие в заседании СМИД и в совместном заседании СМИД, СМО и КССБ»: after a word of taking part (lexicon
 * attend), a mention of meeting m, then "and" (and a preposition of place) before another meeting's mention: those
 * named who took part in m took part in that one too. */
static void attend_conjoined(ctx *c, size_t s, size_t e, int m, const intvec *named)
{
    const mentions *ms = &c->ms;
    size_t d = mentions_from(ms, MK_MEETING, s), q;
    const mention *a = meeting_mention(c, &d, e, m);
    if (!a || !lex_in(c, s, a->start, LX_ATTEND)) return;
    size_t k = a->end - (a->end > a->start + 1 && lex(c, a->end - 1, a->end, LX_AND, NULL)); /* (its end took "и") */
    while (k < e && k < a->end + 4 && !lex(c, k, e, LX_AND, NULL) && !is(c, k, ",") && !is(c, k, ".")) k++;
    if (!lex(c, k, e, LX_AND, &q)) return;
    lex(c, q, e, LX_PLACE_PREP, &q); /* (the preposition may be left out: «для участия в заседании СМИД и совместном
                                      * заседании СМИД, СМО и КССБ») */
    for (size_t b = d + 1; b < ms->n[MK_MEETING] && ms->v[MK_MEETING][b].start < e; b++) {
        const mention *bm = &ms->v[MK_MEETING][b];
        if (bm->start < q || bm->start > q + 2) continue;
        if (bm->value == m || bm->value < 0) return;
        for (int i = 0; i < named->n; i++)
            for (int p = 0; p < c->x->m[m].participants.n; p++)
                if (c->x->m[m].participants.v[p] == named->v[i]) take_part(c, bm->value, named->v[i]);
        return;
    }
}

/* Attendance: the officials named in the sentence [s, e) took part in its
 * meeting m (or, with an attendance verb, in the meeting last named), unless
 * they only announced a planned one, briefed the press or are negated;
 * named before any meeting, they wait in `pending` for the first one.
 * Returns the sentence's meeting for its documents. */
/* Whether meeting xm is dated no more than a week before the report's day (both known): what a quotation says of it
 * was said by one who was there (quote_meeting, quoted_before_speaker). */
static int within_week(const ctx *c, const x_meeting *xm)
{
    return xm->date.y && c->pub.y && date_cmp(date_add_days(c->pub, -7), xm->date) <= 0;
}

/* The meeting a quotation that opened in an earlier sentence of the paragraph and closes in [s, e) before a
 * speaker speaks of ("\"The main result of today's session of the Council was ... The package of documents is
 * ready,\" X said"): its first mention there of one held no more than a week before the report, or -1. */
static int quote_meeting(const ctx *c, size_t s, size_t e, const intvec *speakers)
{
    if (!speakers->n || !c->pub.y) return -1;
    const mention *pm = first_mention(c, s, e, speakers->v[0]);
    if (!pm) return -1;
    size_t marks = 0, o = s;
    for (size_t k = s; k < pm->start; k++) marks += is(c, k, "\"");
    if (marks != 1) return -1; /* (one mark before the speaker: the quotation's close) */
    while (o > 0 && !c->tl->t[o].para && !is(c, o - 1, "\"")) o--;
    if (o == 0 || c->tl->t[o].para || o + 1 >= s) return -1;
    const mentions *ms = &c->ms;
    for (size_t d = mentions_from(ms, MK_MEETING, o); d < ms->n[MK_MEETING] && ms->v[MK_MEETING][d].start < s; d++) {
        int v = ms->v[MK_MEETING][d].value;
        if (v < 0) continue;
        const x_meeting *xm = &c->x->m[v];
        return xm->status == ST_HELD && within_week(c, xm) ? v : -1;
    }
    return -1;
}

/* "On the sidelines of the Council of Foreign Ministers, X held bilateral discussions with Sergey Lavrov, the Foreign
 * Minister of Russia": in a sentence whose held meeting m is named as where it happened (lexicon within_event right
 * before its mention), the people named who hold an office of its bodies (a member's foreign minister at the
 * foreign ministers' council) were there. */
static void within_event_office(ctx *c, size_t s, size_t e, int m, const intvec *named)
{
    if (c->x->m[m].status != ST_HELD || !named->n) return;
    int at = 0;
    for (size_t k = s, q, r, o; k < e && !at; k++) {
        if (!lex(c, k, e, LX_WITHIN_EVENT, &q)) continue;
        q += is(c, q, "the");
        /* (not another organisation's: "during the session of the Eurasian Economic Community") */
        at = meeting_named_at(c, q, e) && !(lex(c, q, e, LX_MEETING_NOUN, &r) && is(c, r, "of") &&
                                            other_org_at(c, r + 1 + is(c, r + 1, "the"), e, &o));
    }
    if (!at) return;
    for (int k = 0; k < named->n; k++)
        if (holds_office_of(c, &c->x->o[named->v[k]], c->x->m[m].bodies)) take_part(c, m, named->v[k]);
}

int attend(ctx *c, size_t s, size_t e, int m, intvec *pending)
{
    intvec named_v = {0}, sp[2] = {{0}, {0}};
    if (sentence_people(c, s, e, &named_v, sp) < 0) c->oom = 1;
    const intvec *named = &named_v;
    /* "Taking part in the session were:" and the list on the lines after it */
    int listed = c->list_meeting, verbless = c->list_verbless;
    c->list_meeting = -1;
    c->list_verbless = 0;
    if (listed >= 0 && m < 0 && (verbless ? named->n >= 2 && !any_verb(c, s, e) : c->tl->t[s].nl))
        for (int k = 0; k < named->n; k++) take_part(c, listed, named->v[k]);
    gapped_clauses(c, s, e, &named_v);
    /* a transcript's speaker, in a report of a meeting held: one who spoke there */
    int label = speaker_label(c, s, e);
    /* (one whose office seats him in a body, the organisation's officials too: not "Vladimir Bazanov, deputy of the
     * House of Representatives of Belarus:", a lawmaker asked about a summit; nor, but for one of its own body, a
     * host who receives its participants, "President X: ... to congratulate you on holding another session of the
     * Assembly": lexicon received_guests) */
    if (label >= 0 && c->current >= 0 && c->x->m[c->current].status == ST_HELD &&
        !dated_otherwise(c, s, e, c->current)) {
        int own = holds_office_of(c, &c->x->o[label], c->x->m[c->current].bodies);
        if (own || (c->x->o[label].body1 && !lex_in(c, s, e, LX_RECEIVED_GUESTS))) take_part(c, c->current, label);
    }
    if (m < 0) m = quote_meeting(c, s, e, &sp[0]);
    m = attend_named(c, s, e, m, named, sp, pending);
    if (m >= 0) attend_conjoined(c, s, e, m, named);
    if (m >= 0 || c->current >= 0) within_event_office(c, s, e, m >= 0 ? m : c->current, named);
    among_body_people(c, s, e);
    int at = m >= 0 ? m : c->current;
    offices_in_attendance(c, s, e, at);
    if (e > s && is(c, e - 1, ":") && !named->n && at >= 0 && lex_in(c, s, e, LX_ATTEND) && !lex_in(c, s, e, LX_ABSENT))
        c->list_meeting = at;
    /* "The leaders of six states participated in the meeting. The Prime Minister of A X, the President of B Y and
     * ...": people said to attend, then a sentence that only lists officials */
    else if (!named->n && at >= 0 && c->x->m[at].status == ST_HELD && lex_in(c, s, e, LX_ATTEND) &&
             !lex_in(c, s, e, LX_ABSENT) && people_attend(c, s, e))
        c->list_meeting = at, c->list_verbless = 1;
    free(named_v.v);
    free(sp[0].v);
    free(sp[1].v);
    return m;
}

/* Whether the latest mention of an official in the sentence [s, e) is
 * followed closely by a host word (lexicon host): ", who will be hosting". */
static int hosting(const ctx *c, size_t s, size_t e, spanvec ev)
{
    if (!ev.n) return 0;
    unsigned at = ev.v[ev.n - 1].end;
    size_t i = s;
    while (i < e && c->tl->t[i].start < at) i++;
    for (size_t k = i; k < e && k < i + 8; k++)
        if (lex(c, k, e, LX_HOST, NULL)) return 1;
    return 0;
}

/* The next mention of meeting m from index *d of the meeting mentions that
 * starts before e, with *d at it; NULL when there is none.  Start with
 * *d = mentions_from(&c->ms, MK_MEETING, s) and step past with (*d)++. */
static const mention *meeting_mention(const ctx *c, size_t *d, size_t e, int m)
{
    const mentions *ms = &c->ms;
    for (; *d < ms->n[MK_MEETING] && ms->v[MK_MEETING][*d].start < e; (*d)++)
        if (ms->v[MK_MEETING][*d].value == m) return &ms->v[MK_MEETING][*d];
    return NULL;
}

/* Whether the meeting mention starting at ms in the sentence from s comes just after a phrase of lexicon prepare_for
 * or proposal (or proposed_meeting's), or is joined by "and" to one that does. */
static int purpose_at(const ctx *c, size_t s, size_t ms)
{
    size_t q;
    /* ("preparations for the Sochi-based CSTO summit": up to eight words back) */
    for (size_t k = ms > s + 8 ? ms - 8 : s; k < ms; k++)
        if (lex(c, k, ms, LX_PREPARE_FOR, &q) && q <= ms) return 1;
    /* (or put forward: "backed the idea of holding an online summit", "suggested organising Collective Security
     * Treaty Organisation (CSTO) summit": lexicon proposal, up to twelve words back, past the organisation's name) */
    for (size_t k = ms > s + 12 ? ms - 12 : s; k < ms; k++)
        if (lex(c, k, ms, LX_PROPOSAL, &q) && q <= ms) return 1;
    if (proposed_meeting(c, s, ms)) return 1;
    /* ("preparations for the session of the Council in Dushanbe on September 15-16 and a joint meeting of the
     * Councils of Ministers": the meeting named before, joined by "and", no comma between) */
    const mentions *mt = &c->ms;
    const mention *prev = NULL;
    for (size_t d = mentions_from(mt, MK_MEETING, s); d < mt->n[MK_MEETING] && mt->v[MK_MEETING][d].end <= ms; d++)
        prev = &mt->v[MK_MEETING][d];
    if (!prev || prev->start >= ms) return 0;
    int and = 0;
    for (size_t k = prev->end; k < ms; k++) {
        if (is(c, k, ",") || is(c, k, ";")) return 0;
        and |= lex(c, k, ms, LX_AND, NULL) != 0;
    }
    return and && purpose_at(c, s, prev->start);
}

/* Whether meeting m is named in the sentence [s, e) and `holds` is true of each of its mentions there. */
typedef int meeting_mention_test(const ctx *c, size_t s, const mention *mm);
static int every_meeting_mention(const ctx *c, size_t s, size_t e, int m, meeting_mention_test *holds)
{
    int seen = 0;
    const mention *mm;
    for (size_t d = mentions_from(&c->ms, MK_MEETING, s); (mm = meeting_mention(c, &d, e, m)); d++) {
        if (!holds(c, s, mm)) return 0;
        seen = 1;
    }
    return seen;
}

/* Whether an agenda word (lexicon agenda) then "of" or "for" stands at most twelve words before ms in the sentence from
 * s, what it is of named between and the mention set off after it by a comma, no clause break ("discussed the schedule
 * and the agenda of major events for 2016, namely, the forthcoming meeting of the Foreign Ministers Council"; not
 * "reporting over the agenda of the Yerevan session", which is the session's own). */
static int agenda_of_before(const ctx *c, size_t s, size_t ms)
{
    size_t q;
    int comma = 0;
    for (size_t k = ms; k-- > s && k + 12 >= ms;) {
        if (lex(c, k, ms, LX_CLAUSE, NULL)) return 0;
        comma |= is(c, k, ",");
        if (lex(c, k, ms, LX_AGENDA, &q) && (is(c, q, "of") || is(c, q, "for"))) return comma;
    }
    return 0;
}

/* A meeting_mention_test: the mention is named as what is prepared or proposed (purpose_at), or, one to come, in
 * what an agenda is of (agenda_of_before): those who discuss it do not so take part. */
static int purpose_mention(const ctx *c, size_t s, const mention *mm)
{
    return purpose_at(c, s, mm->start) ||
           (mm->value >= 0 && c->x->m[mm->value].status == ST_PLANNED && agenda_of_before(c, s, mm->start));
}

/* A meeting_mention_test: whether what is settled about a meeting (lexicon settled_of) stands right before the
 * mention, an article and its modifiers between ("the venue and date of the next meeting", «время и место
 * очередного заседания»). */
static int settled_mention(const ctx *c, size_t s, const mention *mm)
{
    for (size_t k = mm->start; k > s && k + 4 > mm->start; k--) {
        if (lex_ends_at(c, s, k, 6, LX_SETTLED_OF)) return 1;
        if (!is(c, k - 1, "the") && !lex(c, k - 1, k, LX_NEXT, NULL) && !lex(c, k - 1, k, LX_MEETING_MOD, NULL)) break;
    }
    return 0;
}

int documents_meeting(const ctx *c, size_t s, size_t e, int m)
{
    if (m < 0) return c->current;
    int f = c->focus_before;
    if (f < 0 || f == m || c->x->m[f].status != ST_HELD || c->x->m[m].status != ST_PLANNED) return m;
    return every_meeting_mention(c, s, e, m, settled_mention) ? f : m;
}

/* Whether [s, e) has a word of taking part (lexicon attend) other than the briefing of a person: "briefed the",
 * "informed the" (lexicon brief_verb) with a person named within four words after the verb, or one office right after
 * it, tells him ("I briefed the Kazakh president on the preparations for the organization's next session"); "briefed
 * the ministers" takes part. */
static int attend_not_briefing(const ctx *c, size_t s, size_t e)
{
    size_t q, v;
    for (size_t k = s; k < e; k++) {
        if (!lex(c, k, e, LX_ATTEND, &q)) continue;
        if (!lex(c, k, q, LX_BRIEF_VERB, &v)) return 1;
        /* (or one office, "briefed the president on his meetings": a title in the singular) */
        tphrase t;
        size_t p = mentions_from(&c->ms, MK_PERSON, v), a = v + is(c, v, "the");
        if ((p >= c->ms.n[MK_PERSON] || c->ms.v[MK_PERSON][p].start > v + 4) &&
            !(parse_title(c, a, e, &t) && t.start == a && !t.plural))
            return 1;
    }
    return 0;
}

/* Whether every mention of meeting m in the sentence [s, e) is one put forward or prepared (purpose_at): the
 * meeting is what they prepare or put forward ("met X to discuss preparations for the summit"), not one they took
 * part in. */
static int named_as_purpose(const ctx *c, size_t s, size_t e, int m)
{
    return every_meeting_mention(c, s, e, m, purpose_mention);
}

/* Whether official o is first named in [s, e) after an English phrase of receiving guests (lexicon received_guests,
 * its object last: "welcomed the foreign ministers of A (X)"; not «Глав делегаций принял Президент X», where the
 * host follows the verb). */
static int named_after_reception(const ctx *c, size_t s, size_t e, int o)
{
    const mention *pm = first_mention(c, s, e, o);
    for (size_t k = s; pm && k < pm->start; k++)
        if (!cyrillic(c, k) && lex(c, k, pm->start, LX_RECEIVED_GUESTS, NULL)) return 1;
    return 0;
}

/* The end of official o's first mention in [s, e), or e when [s, e) names him nowhere. */
static size_t person_end(const ctx *c, size_t s, size_t e, int o)
{
    const mention *pm = first_mention(c, s, e, o);
    return pm ? pm->end : e;
}

/* Whether official o, named in [s, e), speaks of another's taking part: a speech verb and "that" («что») after
 * his name, then another official named before the first attend word («Бордюжа сообщил о том, что Каримов не
 * подтвердил своего участия в предстоящем саммите»): telling of it is not taking part. */
static int attend_of_another(const ctx *c, size_t s, size_t e, int o)
{
    const mentions *ms = &c->ms;
    size_t at = person_end(c, s, e, o), that = speech_then_that(c, at, e);
    if (that == e) return 0;
    size_t aw = that;
    while (aw < e && !lex(c, aw, e, LX_ATTEND, NULL)) aw++;
    if (aw == e) return 0;
    for (size_t k = mentions_from(ms, MK_PERSON, that); k < ms->n[MK_PERSON] && ms->v[MK_PERSON][k].start < aw; k++)
        if (ms->v[MK_PERSON][k].value != o) return 1;
    return 0;
}

/* The first "about" («о», «об») in [a, b) after a verb of briefing there (lexicon brief_verb), or b. */
static size_t briefed_about(const ctx *c, size_t a, size_t b)
{
    size_t v;
    for (size_t q = a; q < b; q++) {
        if (!lex(c, q, b, LX_BRIEF_VERB, &v)) continue;
        for (size_t k = v; k < b; k++)
            if (is(c, k, "about") || is(c, k, "о") || is(c, k, "об")) return k;
        return b;
    }
    return b;
}

/* Whether official o, named in [s, e), names meeting m only in what he says: every mention of m comes
 * after a speech verb and "that" («что») after his name ("X recalled that at the session on 23 August
 * the leaders agreed", "X thanked the hosts and said that the next meeting will be held in Armenia"):
 * he tells of it, which is not taking part; or after a verb of briefing and "about" («о») ("He informed the
 * ministers about the preparations for the session of the Council, to be held in November"). */
static int told_of(const ctx *c, size_t s, size_t e, int m, int o)
{
    const mentions *ms = &c->ms;
    size_t at = person_end(c, s, e, o);
    /* the meeting's first mention after the name, or none told of */
    const mention *mm;
    size_t first = e;
    for (size_t d = mentions_from(ms, MK_MEETING, s); (mm = meeting_mention(c, &d, e, m)); d++)
        if (mm->start < first) first = mm->start;
    if (first == e || first < at) return 0;
    size_t that = speech_then_that(c, at, first); /* "X thanked the hosts and said that" */
    if (that == first) that = briefed_about(c, at, first);
    /* («Как отметил председатель X, на прошедшей 23 сентября в Сочи сессии главы государств дали ...», "As X noted, at
     * the session the leaders ...": "as" and a speech verb open the sentence, a comma closes his name, and what
     * follows is what he said) */
    if (that == first && (is(c, s, "как") || is(c, s, "as")) && is(c, at, ",") && lex(c, s + 1, e, LX_SPEECH, NULL))
        that = at;
    if (that == first) return 0;
    /* "said that he will take part"; or a word of taking part before his name ("In his welcoming speech, President X
     * noted that ... for the meeting to be effective") */
    const mention *pm = first_mention(c, s, e, o);
    int attends = lex_in(c, that, e, LX_ATTEND) || (pm && lex_in(c, s, pm->start, LX_ATTEND));
    return !attends || attend_of_another(c, s, e, o);
}

static int aside_mark(const ctx *c, size_t k) { return is(c, k, ",") || is(c, k, "-") || is(c, k, "–") || is(c, k, "—"); }

/* Whether every mention of meeting m in [s, e) stands in an aside on another person than official o, opened
 * by "who"/"whose" («который») after a comma or a dash right after that person's name ("Armenian President
 * Kocharian - who is in Moscow to participate in the jubilee session - also met with Prime Minister X"): the
 * aside says who came for it, not that o did. */
static int in_others_aside(const ctx *c, size_t s, size_t e, int m, int o)
{
    const mentions *ms = &c->ms;
    const mention *mm;
    int seen = 0;
    for (size_t d = mentions_from(ms, MK_MEETING, s); (mm = meeting_mention(c, &d, e, m)); d++) {
        size_t k = mm->start;
        while (k > s && !aside_mark(c, k - 1) && !is(c, k - 1, "who") && !is(c, k - 1, "whose") &&
               strncmp(T(c, k - 1), "котор", 10) != 0)
            k--;
        if (k <= s + 1 || aside_mark(c, k - 1) || !aside_mark(c, k - 2)) return 0;
        const mention *pm = k > s + 2 ? mention_at(ms, MK_PERSON, k - 3) : NULL;
        if (!pm || pm->end != k - 2 || pm->value == o) return 0;
        seen = 1;
    }
    return seen;
}

/* Whether official o, named in [s, e), names meeting m only in a quote before his name that he speaks
 * ("\"After the summit in Astana in June, the CSTO has continued to develop,\" X said"), a meeting long before
 * the report's day: the quote tells of the meeting, the speaker need not have been there. */
static int quoted_before_speaker(const ctx *c, size_t s, size_t e, int m, int o)
{
    const mention *pm = first_mention(c, s, e, o), *mm;
    /* (a meeting of a time before the report's: "We took important decisions at the summit today," X said, of
     * the day's session, is said by one who was there) */
    const x_meeting *xm = &c->x->m[m];
    if (!pm || !xm->date.y || !c->pub.y || within_week(c, xm)) return 0;
    size_t ps = pm->start, at = pm->end + is(c, pm->end, ",");
    size_t q = ps;
    while (q > s && !is(c, q - 1, "\"")) q--; /* the quote's close before the name (a title may stand between) */
    if (q == s || q + 4 < ps || at >= e || !lex(c, at, e, LX_SPEECH, NULL)) return 0;
    int any = 0;
    for (size_t d = mentions_from(&c->ms, MK_MEETING, s); (mm = meeting_mention(c, &d, e, m)); d++) {
        if (mm->end > q - 1) return 0;
        size_t k = mm->start;
        while (k > s && !is(c, k - 1, "\"")) k--;
        if (k == s && !is(c, s, "\"")) return 0; /* (an opening quote before it) */
        any = 1;
    }
    return any;
}

/* Whether official o, named in [s, e), says he himself will take part: a speech verb right after his
 * name, then perhaps "that" and "he", then an attend word ("Putin said he will take part in the
 * summit", «Путин заявил, что примет участие в саммите»): announcing his own attendance; 2 when a pronoun
 * says it is he ("said at a briefing that he will"), 1 without one, else 0. */
static int says_he_attends(const ctx *c, size_t s, size_t e, int o)
{
    size_t at = person_end(c, s, e, o), q;
    if (is(c, at, ",")) at++;
    if (at >= e || !lex(c, at, e, LX_SPEECH, &q)) return 0;
    size_t r = at_press_event(c, q, e); /* ("X said at a briefing that he will take part": past where he said it) */
    if (r) q = r;
    if (is(c, q, ",")) q++;
    if (is(c, q, "that") || is(c, q, "что")) q++;
    int pronoun = person_pronoun(c, q);
    q += pronoun;
    size_t a;
    for (size_t k = q; k < e && k < q + 3; k++) {
        if (!lex(c, k, e, LX_ATTEND, &a)) continue;
        /* (not another's: «заявил, что ожидают участие президента РФ Владимира Путина», "said that the participation
         * of President X is expected") */
        for (size_t p = mentions_from(&c->ms, MK_PERSON, a); p < c->ms.n[MK_PERSON] && c->ms.v[MK_PERSON][p].start < a + 5; p++)
            if (c->ms.v[MK_PERSON][p].value != o) return 0;
        return 1 + pronoun; /* "will take part", "would attend", «примет участие» */
    }
    return 0;
}

/* Whether a mention of meeting m in [s, e) comes right after lexicon after_meeting ("after the
 * session", "after Friday's summit", «по итогам заседания»). */
static int briefed_after(const ctx *c, size_t s, size_t e, int m)
{
    const mention *mm;
    for (size_t d = mentions_from(&c->ms, MK_MEETING, s); (mm = meeting_mention(c, &d, e, m)); d++) {
        size_t q;
        for (size_t k = mm->start > s + 6 ? mm->start - 6 : s; k < mm->start; k++)
            if ((lex(c, k, mm->start, LX_AFTER_MEETING, &q) && q + 3 >= mm->start) ||
                ((is(c, k, "after") || is(c, k, "following")) && k + 4 >= mm->start))
                return 1;
    }
    return 0;
}

/* The meeting named last before "chaired by" (lexicon chaired_by) right before official o's mention in
 * [s, e), or -1: "the joint session ... held in Minsk on 22 November and chaired by Foreign Minister X"
 * is the one he chaired, whatever else the sentence names. */
static int chaired_meeting(const ctx *c, size_t s, size_t e, int o)
{
    const mentions *ms = &c->ms;
    const mention *pm = first_mention(c, s, e, o);
    if (!pm) return -1;
    size_t at = pm->start, from = phrase_before_title(c, s, at, LX_CHAIRED_BY, 8);
    if (from == at) return -1;
    int last = -1;
    for (size_t d = mentions_from(ms, MK_MEETING, s); d < ms->n[MK_MEETING] && ms->v[MK_MEETING][d].start < from; d++) {
        /* not one named as a point in time ("will be held on the eve of the summit and will be chaired by X":
         * lexicon relative_mod) */
        size_t ms0 = ms->v[MK_MEETING][d].start, q;
        int relative = 0;
        for (size_t k = ms0 > s + 5 ? ms0 - 5 : s; k < ms0 && !relative; k++)
            relative = lex(c, k, ms0, LX_RELATIVE_MOD, &q) && (q == ms0 || (q + 1 == ms0 && is(c, q, "the")));
        if (!relative) last = ms->v[MK_MEETING][d].value;
    }
    return last;
}

/* "X reported to the heads of state on ...", "briefed the leaders": the audience the attend phrase names
 * (a body's people, lexicon attend) is whose meeting it was, the last of that body when the meeting in
 * focus (cur) is another body's; cur otherwise. */
static int meeting_of_audience(const ctx *c, size_t s, size_t e, int cur)
{
    size_t q;
    for (size_t k = s; k < e; k++) {
        if (!lex(c, k, e, LX_ATTEND, &q)) continue;
        for (size_t d = mentions_from(&c->ms, MK_BODY, k); d < c->ms.n[MK_BODY] && c->ms.v[MK_BODY][d].start < q; d++) {
            const mention *bm = &c->ms.v[MK_BODY][d];
            if (bm->sub != BK_PEOPLE || (c->x->m[cur].bodies & 1u << bm->value)) continue;
            int o = last_meeting_of_body(c, bm->value);
            if (o >= 0) return o;
        }
    }
    return cur;
}

/* The meeting that people named in a sentence naming no meeting attend, when none of them holds an office
 * of the meeting named last (cur) and each holds one of an earlier meeting's single body: «Накануне прошло
 * заседание СМИД ... Во Дворец Независимости прибыл президент Таджикистана X» comes to the heads of state's
 * session, not to the ministers'.  Returns cur otherwise. */
static int meeting_of_office(const ctx *c, size_t s, size_t e, int cur, const intvec *named)
{
    const extraction *x = c->x;
    if (cur < 0 || !named->n) return cur;
    for (int k = 0; k < named->n; k++)
        if (holds_office_of(c, &x->o[named->v[k]], x->m[cur].bodies)) return cur;
    for (int q = x->nm; q-- > 0;) {
        if (q == cur || __builtin_popcount(x->m[q].bodies) != 1 || x->m[q].status != x->m[cur].status) continue;
        int all = 1;
        for (int k = 0; k < named->n && all; k++) all = holds_office_of(c, &x->o[named->v[k]], x->m[q].bodies);
        if (all && !dated_otherwise(c, s, e, q)) return q;
    }
    return cur;
}

/* Whether everyone named in [s, e) is named before a decision taken (lexicon decide): "The presidents -
 * A, B and C - took the decision to create the force", «Президенты ... — А, Б и В — приняли решение о ...»:
 * those who decided were at the session (not one named after it: "... headed by X"). */
static int named_decided(const ctx *c, size_t s, size_t e, const intvec *named)
{
    size_t at = e, q;
    for (size_t k = s; k < e && at == e; k++)
        if (lex(c, k, e, LX_DECIDE, &q)) at = k;
    if (at == e || !named->n) return 0;
    for (int k = 0; k < named->n; k++) {
        const mention *pm = first_mention(c, s, e, named->v[k]);
        if (!pm || pm->end > at) return 0;
    }
    return 1;
}

/* «X, принявший участие в пленарном заседании, проинформировал депутатов о сессии СКБ, которая пройдет 10
 * декабря», "X, who took part in the session, briefed ... on the summit to come": the bare meeting noun right
 * after the word of taking part (lexicon attend) is the meeting attended, the one in focus before the sentence,
 * not the meeting the sentence names elsewhere (m); else m. */
static int meeting_attended_bare(const ctx *c, size_t s, size_t e, int m)
{
    int focus = c->focus_before;
    if (focus < 0 || focus == m) return m;
    size_t q;
    for (size_t k = s; k < e; k++) {
        if (!lex(c, k, e, LX_ATTEND, &q)) continue;
        for (size_t p = q; p < e && p < q + 4; p++) {
            if (!lex(c, p, e, LX_MEETING_NOUN, NULL)) continue;
            int named = 0; /* (the noun is a meeting's words, or m is named before it: «на сессии СКБ, ..., X, который
                            * председательствовал на заседании») */
            for (size_t d = mentions_from(&c->ms, MK_MEETING, s); d < c->ms.n[MK_MEETING] && !named; d++) {
                const mention *mm = &c->ms.v[MK_MEETING][d];
                if (mm->start >= e) break;
                named = (mm->start <= p && p < mm->end) || (mm->value == m && mm->start < p);
            }
            /* (nor one whose body follows: «участия в сессии Совета коллективной безопасности», "in the session of
             * the Council") */
            size_t b = p + 1 + is(c, p + 1, "of");
            b += is(c, b, "the");
            named |= gm(c, b, e, G_BODY, -1, &(gaz_hit){0});
            return named ? m : focus;
        }
    }
    return m;
}

/* Whether token k opens a meeting noun (lexicon meeting_noun) or a body's name for its meetings (data/bodies.tsv
 * kind meeting: "summit", «саммит»). */
static int meeting_word(const ctx *c, size_t k, size_t e)
{
    gaz_hit h;
    return lex(c, k, e, LX_MEETING_NOUN, NULL) || (gm(c, k, e, G_BODY, -1, &h) && h.sub == BK_MEETING);
}

/* Whether a person the sentence [s, e) names stands inside a quotation. */
static int person_quoted(const ctx *c, size_t s, size_t e)
{
    const mentions *ms = &c->ms;
    for (size_t k = mentions_from(ms, MK_PERSON, s); k < ms->n[MK_PERSON] && ms->v[MK_PERSON][k].start < e; k++)
        if (inside_quote(c, s, ms->v[MK_PERSON][k].start)) return 1;
    return 0;
}

/* Whether the word of arriving at k (lexicon arrived) is of a visit, in a sentence [s, e) that names no meeting
 * ("Lavrov arrived in Kyrgyzstan on an official visit", «Лавров прибыл в Киргизию с официальным визитом»: lexicon
 * visit_noun in its clause): no part in the meeting in focus, which the next sentence may name. */
static int visit_arrival(const ctx *c, size_t s, size_t e, size_t k)
{
    size_t q;
    gaz_hit h;
    if (!lex(c, k, e, LX_ARRIVED, &q)) return 0;
    for (size_t j = s; j < e; j++)
        if (lex(c, j, e, LX_MEETING_NOUN, NULL) || lex(c, j, e, LX_ANAPHOR, NULL) || gm(c, j, e, G_BODY, -1, &h))
            return 0;
    for (size_t j = q; j < e && j < q + 8 && !is(c, j, ","); j++)
        if (lex(c, j, e, LX_VISIT_NOUN, NULL)) return 1;
    return 0;
}

/* Whether [s, e) has a word of attending (lexicon attend) that is not of a new event of another kind: "in" or
 * "at" and "a(n)" after it, then no meeting word or body within three words ("accused of participating in a
 * coup d'etat, X handed over his duties": no part in the meeting in focus, which would be "the" one); nor inside
 * a quotation that names no one, its speaker named outside it («"Но он отправится в Душанбе, где примет участие в
 * работах структур ОДКБ", - сказал X»: the quote's "he", not X). */
static int attend_word(const ctx *c, size_t s, size_t e)
{
    size_t q;
    for (size_t k = s; k < e; k++) {
        if (!lex(c, k, e, LX_ATTEND, &q)) continue;
        if (inside_quote(c, s, k) && !person_quoted(c, s, e)) {
            k = q - 1;
            continue;
        }
        if (visit_arrival(c, s, e, k)) {
            k = q - 1;
            continue;
        }
        if (q + 1 < e && (is(c, q, "in") || is(c, q, "at")) && (is(c, q + 1, "a") || is(c, q + 1, "an"))) {
            int meeting = 0;
            gaz_hit h;
            for (size_t a = q + 2; a < e && a < q + 5 && !meeting; a++)
                meeting = lex(c, a, e, LX_MEETING_NOUN, NULL) || gm(c, a, e, G_BODY, -1, &h) || gm(c, a, e, G_ORG, -1, &h);
            if (!meeting) {
                k = q - 1;
                continue;
            }
        }
        return 1;
    }
    return 0;
}

/* Whether [s, e) names another organisation's meeting: a meeting noun or a summit within two words after the
 * organisation ("during the Eurasian Economic Community session") or three before it ("the session of the
 * Eurasian Economic Community"). */
static int other_org_meeting(const ctx *c, size_t s, size_t e)
{
    size_t o;
    for (size_t j = s; j < e; j++) {
        if (!other_org_at(c, j, e, &o)) continue;
        for (size_t k = o; k < e && k < o + 3; k++)
            if (meeting_word(c, k, e)) return 1;
        for (size_t k = j > s + 3 ? j - 3 : s; k < j; k++)
            if (meeting_word(c, k, e)) return 1;
    }
    return 0;
}

/* Whether a sentence before said official o kept away from meeting m (ctx absent). */
static int kept_away(const ctx *c, int m, int o)
{
    for (int a = 0; a < c->absent.n; a++)
        if (c->absent.v[a] == (m << 16 | o)) return 1;
    return 0;
}

/* Whether official o holds an office whose holders meeting m was said to be attended by from a list of countries
 * that leaves out all of o's ("Defense Ministers of Kazakhstan, Tajikistan and Armenia attended the meeting ...
 * Kyrgyz Defense Minister X stayed in Bishkek": offices_in_attendance noted the list). */
static int office_not_listed(const ctx *c, int m, int o)
{
    const x_official *of = &c->x->o[o];
    for (int r = 0; r < c->noffices; r++) {
        if (c->offices[r].meeting != m || !holds_office_of(c, of, 1u << c->offices[r].body)) continue;
        for (int p = 0; p < of->npos; p++)
            for (int n = 0; n < c->offices[r].nc; n++)
                if (of->pos[p].country == c->offices[r].cs[n]) return 0;
        return 1;
    }
    return 0;
}

/* Whether everyone named in [s, e) holds an office of the held meeting `cur`'s bodies, in a sentence of the
 * text that names no other event: "The CSTO Summit was held in Minsk on Friday. ... Russian President Vladimir
 * Putin positively assessed the return of Uzbekistan", "The CSTO Foreign Ministers met in Moscow yesterday ...
 * Foreign Minister Sergei Lavrov feels the document offers ...": the report's members speak of their session.
 * (Not in a photo's caption, "A, B and C (L-R) during the Eurasian Economic Community session in Moscow":
 * another organisation's meeting, theirs.) */
static int members_report(const ctx *c, size_t s, size_t e, int cur, const intvec *named)
{
    /* (a future in what he says is no plan of his: "X noted that Tajikistan will take advantage of its chairmanship") */
    size_t said = e, q;
    for (size_t k = s; k < e && said == e; k++)
        if (lex(c, k, e, LX_SPEECH, &q) &&
            (is(c, q, "that") || is(c, q, "что") || (is(c, q, ",") && is(c, q + 1, "что"))))
            said = k;
    if (!named->n || c->x->m[cur].status != ST_HELD || e == s || !is(c, e - 1, ".") || lex_in(c, s, e, LX_OTHER_SUMMIT) ||
        other_org_meeting(c, s, e) || pair_meeting_in(c, s, e) ||
        lex_in(c, s, said, LX_PLANNED_VERB) || lex_in(c, s, said, LX_FUTURE) || /* (not "X is expected to hold talks") */
        lex_in(c, s, e, LX_ABSENT) || attend_negated(c, s, e) || lex_in(c, s, e, LX_BEFORE_NOW))
        return 0;
    for (int k = 0; k < named->n; k++) {
        if (!holds_office_of(c, &c->x->o[named->v[k]], c->x->m[cur].bodies) || office_not_listed(c, cur, named->v[k]))
            return 0;
        /* (not one a sentence before said kept away from it: "Sargsyan missed the informal summit ... He, like
         * Sargsyan, notified of his decision in advance") */
        if (kept_away(c, cur, named->v[k])) return 0;
    }
    return 1;
}

/* The meeting a sentence naming none means when it says someone briefs a body by its own name (lexicon
 * brief_verb, then the body's name, "the" or the organisation's name before it): "Defence Minister X will brief
 * the CSTO Council of Defence Ministers on the exercise", «X проинформирует СМО ОДКБ о проведении учений» (the
 * body's meeting named last, to come or held as the verb's tense has it); -1 when it says none. */
static int briefed_body(const ctx *c, size_t s, size_t e)
{
    size_t q;
    for (size_t k = s; k < e; k++) {
        if (!lex(c, k, e, LX_BRIEF_VERB, &q)) continue;
        q += is(c, q, "the");
        const mention *bm = mention_at(&c->ms, MK_BODY, q);
        gaz_hit h;
        if (!bm && gm(c, q, e, G_ORG, -1, &h)) bm = mention_at(&c->ms, MK_BODY, h.end); /* ("the CSTO Council ...") */
        if (bm && bm->sub == BK_BODY) return last_meeting_of_body(c, bm->value);
        /* ("X informed Council members about ...": the council's members, the meeting in focus's) */
        size_t q2;
        if (!bm && lex(c, q, e, LX_COUNCIL_NOUN, &q2) && lex(c, q2, e, LX_MEMBERS_OF, NULL) && c->current >= 0)
            return c->current;
    }
    return -1;
}

/* Whether [s, e) has a verb of briefing (lexicon brief_verb) and, within two words after it, colleagues or
 * counterparts in the plural (lexicon counterpart), not by phone («министр X проинформировал своих коллег о подготовке
 * конференции», "X briefed his counterparts on ..."): he told the others at the meeting in focus. */
static int briefed_colleagues(const ctx *c, size_t s, size_t e)
{
    size_t q;
    if (lex_in(c, s, e, LX_PHONE)) return 0;
    for (size_t k = s; k < e; k++) {
        if (!lex(c, k, e, LX_BRIEF_VERB, &q)) continue;
        for (size_t w = q; w < e && w < q + 3; w++) {
            const char *n = c->tl->t[w].norm;
            if (lex(c, w, w + 1, LX_COUNTERPART, NULL) &&
                (word_ends(n, "s") || !strcmp(n, "коллег") || word_ends(n, "ам") || word_ends(n, "ами")))
                return 1;
        }
    }
    return 0;
}

/* Whether [s, e) names the meeting's closing press event (lexicon final_mod, then press_event): "At the final
 * briefing, X confirmed that Armenia did not sign", «X на итоговом брифинге для СМИ проинформировал, что на саммите
 * ...»: who speaks there was at the meeting, whatever he tells of it. */
static int final_briefing(const ctx *c, size_t s, size_t e)
{
    size_t q;
    for (size_t k = s; k < e; k++)
        if (lex(c, k, e, LX_FINAL_MOD, &q) && lex(c, q, e, LX_PRESS_EVENT, NULL)) return 1;
    return 0;
}

/* Whether [s, e) says who represented a country, the country right before a verb of lexicon represented_by
 * («Казахстан представил Председатель Мажилиса X», «Республику Таджикистан на заседании представили министры»: up to
 * three words between), which is taking part in the meeting of the report. */
static int country_represented(const ctx *c, size_t s, size_t e)
{
    gaz_hit h;
    for (size_t i = s; i < e; i++)
        if (gm(c, i, e, G_COUNTRY, -1, &h) && represented_after(c, h.end, e)) return 1;
    return 0;
}

/* Whether [s, e) says that people deliberate (lexicon deliberate) together with those it names after lexicon jointly
 * («министры вместе с генеральным секретарем X обсудят ...», "the ministers, together with Secretary General X, will
 * discuss ..."): those named after it take part in the meeting of the report as the ones they join do. */
static int deliberate_together(const ctx *c, size_t s, size_t e)
{
    size_t q;
    for (size_t i = s; i < e; i++)
        if (lex(c, i, e, LX_JOINTLY, &q) && lex_in(c, q, e, LX_DELIBERATE))
            return 1;
    return 0;
}

/* Whether [s, e) lists three people or more as the subject of a verb of deliberating (lexicon deliberate) right
 * after the last of them («A, B, C и D обсудят вопрос ...»): in a report of a meeting, its participants. */
static int listed_deliberate(const ctx *c, size_t s, size_t e, const intvec *named)
{
    const mentions *ms = &c->ms;
    size_t last = 0;
    if (named->n < 3) return 0;
    for (size_t k = mentions_from(ms, MK_PERSON, s); k < ms->n[MK_PERSON] && ms->v[MK_PERSON][k].start < e; k++)
        last = ms->v[MK_PERSON][k].end;
    return last && lex(c, last, e, LX_DELIBERATE, NULL);
}

/* Whether official o met with others who came for meeting m: his name, then "met with" («встретился со») within a
 * few words (a day may stand between: «Токаев в понедельник, 3 июня, встретился»), then a word of arrival (lexicon
 * arrived) before the meeting («Токаев встретился со спикерами, прибывшими в Алматы для участия в заседании совета
 * ПА», "X met the speakers who arrived to attend the session"): the host receives the participants, he does not so
 * take part. */
static int host_of_arrivals(const ctx *c, size_t s, size_t e, int m, int o)
{
    const mention *pm = first_mention(c, s, e, o), *mm;
    size_t d = mentions_from(&c->ms, MK_MEETING, s), q;
    if (!pm || !(mm = meeting_mention(c, &d, e, m))) return 0;
    for (size_t k = pm->end; k < mm->start && k < pm->end + 10; k++)
        if (lex(c, k, mm->start, LX_GUESTS_OF, &q)) { /* "met (with)", «встретился с» */
            for (size_t a = q; a < mm->start; a++)
                if (lex(c, a, mm->start, LX_ARRIVED, NULL)) return 1;
            return 0;
        }
    return 0;
}

/* Whether official o is named after "bilateral meetings with" (lexicon other_summit, then meet_with: «проведет
 * двусторонние встречи с главой России X и президентом Таджикистана Y»), no clause break between: a partner in
 * talks beside the meeting, not said to take part in it. */
static int bilateral_partner(const ctx *c, size_t s, size_t e, int o)
{
    const mention *pm = first_mention(c, s, e, o);
    if (!pm) return 0;
    for (size_t k = pm->start > s + 16 ? pm->start - 16 : s, q, r; k < pm->start; k++) {
        if (!lex(c, k, pm->start, LX_OTHER_SUMMIT, &q) || !lex(c, q, pm->start, LX_MEET_WITH, &r)) continue;
        for (; r < pm->start && !lex(c, r, pm->start, LX_CLAUSE, NULL); r++) {}
        return r == pm->start;
    }
    return 0;
}

/* Whether official o is first named in [s, e) after a phrase of lexicon class cls that ends at most `reach` words
 * before his name, nothing between but words of no clause break (lexicon clause_break, a semicolon; with `comma`, a
 * comma too); the phrase nearest the window's start decides.  With `person_before`, a phrase with no one named before
 * it in the sentence is passed over.  (party_to_talks, met_by_other, addressee.) */
static int named_after_phrase(const ctx *c, size_t s, size_t e, int o, int cls, size_t reach, int comma,
                              int person_before)
{
    const mention *pm = first_mention(c, s, e, o);
    if (!pm) return 0;
    for (size_t k = pm->start > s + reach ? pm->start - reach : s, r; k < pm->start; k++) {
        if (!lex(c, k, pm->start, cls, &r) || r > pm->start) continue;
        if (person_before && !mention_in(&c->ms, MK_PERSON, s, k)) continue;
        while (r < pm->start && !lex(c, r, pm->start, LX_CLAUSE, NULL) && !is(c, r, ";") && !(comma && is(c, r, ",")))
            r++;
        return r == pm->start;
    }
    return 0;
}

/* Whether official o is one another meets: named within sixteen words after "met with" (lexicon meet_with:
 * «встретился со», "met with"; not "hosted by"), no clause break between, someone named before that, and o holds no
 * office of meeting m's bodies («Лавров, прибывший в Армению накануне, встретился со своим армянским коллегой X, Y,
 * а также президентом Z» in a report of the foreign ministers' session: his counterpart is a member, the prime
 * minister and the president whom he met are not said to take part). */
static int met_by_other(const ctx *c, size_t s, size_t e, int m, int o)
{
    return !holds_office_of(c, &c->x->o[o], c->x->m[m].bodies) &&
           named_after_phrase(c, s, e, o, LX_MEET_WITH, 16, 0, 1);
}

/* Whether official o is first named as whom a speaker told something: a verb of telling (lexicon tell_verb, "told")
 * ending at most six words before his name, his title between, no comma ('"... they will be discussed at the
 * emergency summit in Moscow on February 4," X told CSTO General Secretary Y on Monday'): he heard of a meeting to
 * come, he is not said to take part in it.  (Not Russian: «сказал Y» puts the speaker after the verb.) */
static int addressee(const ctx *c, size_t s, size_t e, int o)
{
    const mention *pm = first_mention(c, s, e, o);
    return pm && !cyrillic(c, pm->start) && named_after_phrase(c, s, e, o, LX_TELL_VERB, 6, 1, 0);
}

/* Whether official o is named after "a meeting between" (lexicon talks_between), within 24 words, no clause
 * break between ("Kyrgyzstan will take over the presidency after the Moscow summit, the press service said after a
 * meeting between Kyrgyz President X and CSTO Secretary-General Y"): a party to talks of two, not said to take part
 * in a meeting to come the sentence names (but "in the framework of the session the meeting between X and Y took
 * place": talks at a meeting held, whose participants they were). */
static int party_to_talks(const ctx *c, size_t s, size_t e, int o)
{
    return named_after_phrase(c, s, e, o, LX_TALKS_BETWEEN, 24, 0, 0);
}

/* meeting_mention_tests of a mention's flag: named for carrying out its decisions (MF_CARRIED_OUT), reported on
 * (MF_REPORTED_ON). */
static int carried_out_mention(const ctx *c, size_t s, const mention *mm)
{
    (void)c, (void)s;
    return (mm->flags & MF_CARRIED_OUT) != 0;
}

static int reported_mention(const ctx *c, size_t s, const mention *mm)
{
    (void)c, (void)s;
    return (mm->flags & MF_REPORTED_ON) != 0;
}

/* Whether every mention of meeting m in [s, e) is named for carrying out its decisions (MF_CARRIED_OUT: "the plan to
 * implement the decisions of the November session, for its approval by the Chairman of the Council X"), the sentence
 * has no attend word: its people are not said to have been there. */
static int only_carried_out(const ctx *c, size_t s, size_t e, int m)
{
    return every_meeting_mention(c, s, e, m, carried_out_mention) && !lex_in(c, s, e, LX_ATTEND);
}

/* Whether official o is the one a meeting's participants meet: "participants" («участники») before his first mention,
 * then a verb of meeting (lexicon meet_with) ending at most six words before it, his title between ("The participants
 * are expected to meet with Defense Minister X"): he receives them, he does not so take part. */
static int met_by_participants(const ctx *c, size_t s, size_t e, int o)
{
    const mention *pm = first_mention(c, s, e, o);
    if (!pm) return 0;
    int participants = 0;
    for (size_t k = s, q; k < pm->start; k++) {
        if (is(c, k, "participants") || lex(c, k, pm->start, LX_PARTICIPANTS_OF, NULL)) participants = 1;
        else if (participants && lex(c, k, pm->start, LX_MEET_WITH, &q) && q + 6 >= pm->start) return 1;
    }
    return 0;
}

/* Whether every meeting mention in [s, e) refers back to one named before ("the meeting", MF_REFERS), naming none. */
static int only_references(const ctx *c, size_t s, size_t e)
{
    int any = 0;
    for (size_t k = mentions_from(&c->ms, MK_MEETING, s); k < c->ms.n[MK_MEETING] && c->ms.v[MK_MEETING][k].start < e; k++) {
        if (!(c->ms.v[MK_MEETING][k].flags & MF_REFERS)) return 0;
        any = 1;
    }
    return any;
}

/* The meeting a sentence says person o spoke at: his name right before a verb of saying (lexicon speech) or
 * within a few words after it, then, before a comma or "that", "at", «на», "during", «в ходе» (lexicon occasion) and
 * a meeting's mention ("X said at a meeting of the Council", «заявил генеральный секретарь X на заседании Совета»,
 * «сказал он в ходе расширенного заседания министров»); -1 when none. */
static int meeting_said_at(const ctx *c, size_t s, size_t e, int o)
{
    const mentions *ms = &c->ms;
    size_t q;
    for (size_t k = s; k < e; k++) {
        if (!lex(c, k, e, LX_SPEECH, &q)) continue;
        size_t from = 0;
        for (size_t p = mentions_from(ms, MK_PERSON, s); p < ms->n[MK_PERSON] && ms->v[MK_PERSON][p].start < e; p++) {
            const mention *pm = &ms->v[MK_PERSON][p];
            if (pm->value == o && (pm->end == k || (pm->start >= q && pm->start <= q + 6)))
                from = pm->end > q ? pm->end : q;
        }
        for (size_t a = from; from && a < e && a < from + 4; a++) {
            if (is(c, a, ",") || is(c, a, ".") || is(c, a, "that") || is(c, a, "что")) break;
            size_t b; /* ("at", «на», or "during", «в ходе»: lexicon occasion) */
            if (!lex(c, a, e, LX_OCCASION, &b)) continue;
            b += is(c, b, "a") || is(c, b, "the");
            size_t mq; /* («в ходе расширенного заседания»: past its modifiers) */
            for (int n = 0; n < 3 && !mention_at(ms, MK_MEETING, b) && lex(c, b, e, LX_MEETING_MOD, &mq); n++) b = mq;
            const mention *mm = mention_at(ms, MK_MEETING, b);
            if (mm && mm->start == b && mm->value >= 0 && !(mm->flags & (MF_POINT | MF_REFERS))) return mm->value;
            break;
        }
    }
    return -1;
}

static int attend_named(ctx *c, size_t s, size_t e, int m, const intvec *named, const intvec *sp, intvec *pending)
{
    extraction *x = c->x;
    int att = m, absent = 0, briefing = final_briefing(c, s, e);
    /* "The declaration was signed by X and Y": signing at the meeting held last named is taking part */
    if (att < 0 && c->current >= 0 &&
        (attend_word(c, s, e) || country_represented(c, s, e) || members_report(c, s, e, c->current, named) ||
         deliberate_together(c, s, e) || listed_deliberate(c, s, e, named) ||
         (x->m[c->current].status == ST_HELD && (briefing || briefed_colleagues(c, s, e))) ||
         (x->m[c->current].status == ST_HELD && e > s && is(c, e - 1, ".") &&
          (lex_in(c, s, e, LX_SIGNERS) || named_decided(c, s, e, named)) &&
          !lex_in(c, s, e, LX_OTHER_SUMMIT))) && /* not "the trilateral statement was signed by A, B and C" */
        !dated_otherwise(c, s, e, c->current)) { /* (signers: in a sentence of the text, not a link's headline) */
        att = c->current; /* "Russia was represented by X" (of the meeting named last, unless dated otherwise) */
        if (lex_in(c, s, e, LX_ATTEND)) att = meeting_of_destination(c, s, e, att);
        att = meeting_of_office(c, s, e, att, named);
        int held = x->m[att].status == ST_PLANNED ? held_named_before(c, s, e) : -1;
        if (held >= 0) att = held; /* "... the summit, which will take place tomorrow. X headed the delegation" */
    }
    /* ("President X told journalists following the meeting": a bare reference to the ministers' meeting named last,
     * by one who holds an office of an earlier one's body, the heads of state's: that one) */
    int by_office = 0;
    if (att >= 0 && att == m && named->n && only_references(c, s, e)) {
        att = meeting_of_office(c, s, e, att, named);
        by_office = att != m;
    }
    if (att < 0 && named->n) att = briefed_body(c, s, e);
    if (att >= 0) att = meeting_of_audience(c, s, e, att);
    if (att >= 0 && att == m) att = meeting_attended_bare(c, s, e, att);
    /* "the presidents agreed to return to the issue in April, at the next summit" (lexicon agreed, not by
     * phone): who agreed were at the meeting in focus, held, not yet at the one to come */
    if (att >= 0 && att == m && named->n && x->m[m].status == ST_PLANNED && c->focus_before >= 0 &&
        c->focus_before != m && x->m[c->focus_before].status == ST_HELD && lex_in(c, s, e, LX_AGREED) &&
        !lex_in(c, s, e, LX_PHONE))
        att = c->focus_before;
    if (att >= 0 && att == m && named->n && named_as_purpose(c, s, e, m) && !attend_not_briefing(c, s, e)) att = -1;
    if (att >= 0 && att == m && named->n && only_carried_out(c, s, e, m)) att = -1;
    /* "X will report on the results of the November session of the Council": he speaks at the meeting in focus, of
     * that one */
    if (att >= 0 && att == m && named->n && every_meeting_mention(c, s, e, m, reported_mention))
        att = c->focus_before >= 0 && c->focus_before != m ? c->focus_before : -1;
    if (att >= 0 && named->n && (chairs_the_body(c, s, e) || attends_other_org(c, s, e))) att = -1;
    if (att >= 0 && named->n && (lex_in(c, s, e, LX_ABSENT) || attend_negated(c, s, e))) absent = 1; /* "X will not attend the summit" */
    int invited = att >= 0 && named->n && every_attend_word(c, s, e, invited_word); /* (nor one asked to) */
    if (att < 0 && c->current < 0 && attend_not_briefing(c, s, e) && !lex_in(c, s, e, LX_ABSENT))
        for (int k = 0; k < named->n; k++) /* "The session ... was attended by X" before any meeting is named */
            if (int_add(pending, named->v[k]) < 0) c->oom = 1;
    int has_chair = att >= 0 && named->n && lex_in(c, s, e, LX_CHAIRED_BY);
    int receives = att >= 0 && lex_in(c, s, e, LX_RECEIVED_GUESTS); /* "X received the participants" */
    int final = att >= 0 && x->m[att].status == ST_HELD && briefing;
    if (att >= 0)
        for (int k = 0; k < named->n; k++) {
            int spoke = 0, press = 0;
            if (invited) continue;
            for (int q = 0; q < sp[0].n; q++) spoke |= sp[0].v[q] == named->v[k];
            for (int q = 0; q < sp[1].n; q++) press |= sp[1].v[q] == named->v[k];
            /* "A session of the Council held in December gave a new impetus, X said at a meeting of the Assembly's
             * Council in Dushanbe": who speaks takes part where he says it, not in what he speaks of */
            /* (and of the meeting in focus, held, whatever others did not do there: «сказал он в ходе заседания
             * министров в Алма-Ате, где не принимала участие армянская сторона») */
            int where = meeting_said_at(c, s, e, named->v[k]);
            if (where >= 0 && (where != att || x->m[where].status == ST_HELD)) {
                take_part(c, where, named->v[k]);
                continue;
            }
            /* announcing is not attending, but for one's own */
            if (spoke && x->m[att].status == ST_PLANNED && !says_he_attends(c, s, e, named->v[k]))
                continue; /* (but "X said at a briefing that he will take part") */
            if (att == m && !final && told_of(c, s, e, att, named->v[k])) continue; /* nor is telling of it */
            if (att == m && in_others_aside(c, s, e, att, named->v[k])) continue; /* nor meeting one who came for it */
            if (host_of_arrivals(c, s, e, att, named->v[k])) continue;             /* nor meeting those who came */
            if (met_by_participants(c, s, e, named->v[k])) continue;               /* nor those its participants meet */
            if (met_by_other(c, s, e, att, named->v[k])) continue;                 /* nor those another meets */
            if (bilateral_partner(c, s, e, named->v[k])) continue;                 /* nor one's partners in bilateral talks */
            if (x->m[att].status == ST_PLANNED && party_to_talks(c, s, e, named->v[k])) continue; /* nor talks of two */
            if (x->m[att].status == ST_PLANNED && addressee(c, s, e, named->v[k]) && !lex_in(c, s, e, LX_ATTEND) &&
                !lex_in(c, s, e, LX_HOST))
                continue; /* nor hearing of it (but "X told Y, who will be hosting the summit") */
            if (quoted_before_speaker(c, s, e, att, named->v[k])) continue; /* nor quoting it */
            if (attend_of_another(c, s, e, named->v[k])) continue; /* nor of another's part */
            if (attend_of_other_country(c, s, e, named->v[k])) continue; /* nor of another country's */
            /* nor is briefing the press, unless right after the meeting ("X told reporters after the
             * session", «сообщил журналистам по итогам заседания»: he was there) */
            if (press && !final && !((att == m || by_office) && briefed_after(c, s, e, m)) &&
                says_he_attends(c, s, e, named->v[k]) < 2)
                continue; /* (but "X said at a briefing that he will take part") */
            if (negated_person(c, s, x->o[named->v[k]].ev)) continue; /* "neither X nor ... took part" */
            if (appointee(c, s, e, named->v[k])) continue;
            if (possessor_only(c, s, e, named->v[k])) continue; /* nor is owning what is discussed */
            if (kept_away(c, att, named->v[k]) && !lex_in(c, s, e, LX_ATTEND)) continue; /* nor, said away, named again */
            /* (the hosts, named before the phrase; those named after it are the guests received: "X welcomed the
             * foreign ministers of A (Y), B (Z), as well as CSTO Secretary General W") */
            if (receives && !holds_office_of(c, &x->o[named->v[k]], x->m[att].bodies) &&
                !named_after_reception(c, s, e, named->v[k]))
                continue;
            /* where someone will not attend, only the host named there does: "Lukashenko, who will be
             * hosting the summit" */
            if (absent && !hosting(c, s, e, x->o[named->v[k]].ev) && !past_the_absence(c, s, e, named->v[k]) &&
                !absence_elsewhere(c, s, e, named->v[k]) && !attends_in_own_clause(c, s, e, named->v[k]) &&
                !representative(c, s, e, named->v[k])) {
                if (att < 1 << 15 && named->v[k] < 1 << 16 && int_add(&c->absent, att << 16 | named->v[k]) < 0) c->oom = 1;
                continue;
            }
            m = att;
            int chaired = has_chair ? chaired_meeting(c, s, e, named->v[k]) : -1;
            take_part(c, chaired >= 0 ? chaired : m, named->v[k]);
        }
    /* the meeting they attended, named at last (not one named only as reported on: «Он проинформирует о результатах
     * прошедшей сессии СКБ», the session before the one they attend, which the text never names) */
    if (pending->n && c->current >= 0) {
        if (!every_meeting_mention(c, s, e, c->current, reported_mention))
            for (int k = 0; k < pending->n; k++) take_part(c, c->current, pending->v[k]);
        pending->n = 0;
    }
    return m;
}
