/* gazetteer — loading the data/ files and matching phrases; see gazetteer.h.
 *
 * Every phrase is tokenised with the article tokenizer, so a phrase and a
 * text are normalised the same way.  Entries sharing a first word are chained
 * longest first from the word's slot; a match tries the chain of the token's
 * word.  The slots are one dense array (in the order words came), found by an
 * open-addressing table of 8-byte cells (a tag of the hash, the index); a
 * slot's first cache line holds what a look-up reads (the key, inline when
 * short, and the class masks).  Every word of every entry has a slot, so an
 * interned text word compares by slot number alone, and gaz_intern keeps in
 * the token list what the stages ask of each word (tok_word).  A line that does not parse is an
 * error naming file:line.
 *
 * Russian: a word with Cyrillic letters is keyed by its Snowball stem
 * (libstemmer's "russian"), both in the entries (at load) and in the text
 * (gaz_intern, and every look-up without it), so «в Минске», «Минска» and
 * «Минск» are one word, and «Совета министров иностранных дел» matches the
 * entry "Совет министров иностранных дел".  Words without Cyrillic letters
 * are keyed by their normalised form exactly as before.  One stemmer serves
 * the whole gazetteer behind a mutex (a libstemmer stemmer is not
 * re-entrant; the gazetteer is shared across threads). */
#include "model/gazetteer.h"
#include "model/memo.h"
#include "model/sbuf.h"

#include <errno.h>
#include <libstemmer.h>
#include "model/strmap.h"
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* An entry, 64 bytes on a cache line of its own (entry_end and chain_match
 * read one line an entry): the slots of its first ENTRY_TS words inline. */
#define ENTRY_TS 3
typedef struct entry {
    signed char cls;
    unsigned char need;  /* what the text's first word must be: 0 anything, NEED_CAP, NEED_UPPER */
    unsigned short ntok;
    int val, sub;
    int next;            /* next entry with the same first word, -1 at the end */
    int cnext;           /* next entry with the same first word and class (finalize), -1 */
    int bnext, bcnext;   /* two words or more: the same along the bigram's chains (finalize), -1 */
    int ts[ENTRY_TS];    /* the slot of each word (finalize), when ntok <= ENTRY_TS */
    int *tslot_more;     /* else the slot of each word (owned), ts unused */
    char *base;          /* a Cyrillic place: its first word less a final vowel (place_form_ok), else NULL */
    char **tok;          /* normalised words, hyphens dropped (loading only: freed by finalize) */
} __attribute__((aligned(64))) entry;

/* The slots of entry e's words. */
static inline const int *entry_slots(const entry *e) { return e->ntok <= ENTRY_TS ? e->ts : e->tslot_more; }

/* A word: its entries (those that start with it), flags, and which classes
 * (bit per gaz_class), lex classes (bit per lex_class) and date kinds (bit
 * per date_kind) have an entry
 * starting with it, so a look-up for another class stops at once. */
typedef struct slot {
    /* the first cache line: what a look-up and the class tests read */
    char *hkey;          /* the key (owned) when it does not fit ikey, else NULL */
    unsigned long long lex_mask;
    unsigned long long one_lex_mask; /* the lexicon classes with an entry of this one word */
    unsigned date_mask;
    unsigned one_date_mask;          /* the date kinds with an entry of this one word */
    unsigned short cls_mask;
    unsigned short one_mask;         /* the classes with an entry of this one word (finalize) */
    unsigned char flags;
    unsigned char longer;            /* whether an entry of two words or more starts with it */
    char ikey[26];                   /* the key, when shorter than this */
    /* the chains, read when an entry may match */
    int head;            /* its entries, longest first */
    int one_head;        /* the first entry of one word along head (chains are longest first), -1 */
    int chead[G_NCLASS]; /* the same, one chain per class (finalize): a look-up walks only its class */
    int one_chead[G_NCLASS]; /* the same along chead[c] */
} __attribute__((aligned(64))) slot;
_Static_assert(G_NCLASS <= 16 && DK_NKINDS <= 32, "slot and bigram masks: a bit per class and per date kind");

static inline const char *slot_key(const slot *s) { return s->hkey ? s->hkey : s->ikey; }

/* The first two words of the longer entries (finalize): which classes have
 * an entry that starts with words a and b, so a look-up at "the" followed by
 * "meeting" is over without walking the many entries that start with "the". */
typedef struct bigram {
    unsigned cls_mask, date_mask;
    unsigned long long lex_mask;
    int head;               /* the entries starting with a and b, longest first as in a's chain (entry bnext) */
    int chead[G_NCLASS];    /* the same, one chain per class (entry bcnext) */
} bigram;
enum { F_NOTNAME = 1, F_ABBREV = 2, F_BOILER = 4, F_LINKS = 8, F_INITIAL = 16 };
enum { NEED_CAP = 1, NEED_UPPER = 2 };

/* How a phrase is added (add_phrase's opts).  Place names (countries, cities)
 * match only a capitalised word, or a word in capitals when the data writes
 * the name so ("US"), so "nice", "us" and "mobile" are not places; and only a
 * one-word place name kept by hand marks its word as never part of a person's
 * name ("Moscow", "Kazakh"), not the words of a longer one ("Saint Martin",
 * "Nur Sultan"), nor a generated name (PH_NAMES_OK: "Ararat" is a town and an
 * Armenian first name, "Mali" a country and a first name).  PH_ASIS (with
 * PH_PLACE, places-ru.tsv): a name written in lower case in the data, an
 * adjective («российский»), matches any word.  PH_OF_THE (add_list, a body's
 * names): a name with "of the" inside ("Council of the Parliamentary
 * Assembly") is also entered without "the" ("the organization's Council of
 * Parliamentary Assembly"), generated so that bodies.tsv need not list both. */
enum { PH_PLACE = 1, PH_NAMES_OK = 2, PH_ASIS = 4, PH_OF_THE = 8 };

/* A word outside ASCII as gaz_intern found it: its slot (or -1), so that
 * the next time the word comes (in most articles, each Russian word of
 * every sentence) it is neither stemmed again nor looked up twice.  Open
 * addressing by the word's hash, WSLOT_PROBES cells a word; see
 * intern_high. */
typedef struct wslot {
    char *word; /* the normalised word (owned), NULL while the cell is free */
    unsigned long h;
    int slot;
} wslot;
#define WSLOTS 65536
#define WSLOT_PROBES 4

struct gazetteer {
    entry *e; int ne, cape;
    slot *tab; size_t tabcap, tabn; /* the words, in the order they came (64-byte aligned) */
    unsigned long long *probe; size_t pcap; /* open addressing over tab: (tag << 32 | index + 1), 0 free;
                                             * pcap a power of two */
    unsigned long long *bikey; /* per bigram cell: its key, (a + 1) << 32 | (b + 1), 0 for an empty cell */
    bigram *bi; size_t bicap; /* the cells' payload; open addressing by bikey, bicap a power of two */
    size_t boiler_max;        /* the longest boilerplate line, folded, in bytes */
    country *countries; int ncountries;
    city *cities; int ncities;
    body *bodies; int nbodies;
    org *orgs; int norgs;
    title *titles; int ntitles;
    doctype *doctypes; int ndoctypes;
    char **tr_from, **tr_to; int ntr;
    unsigned *tr_letters;  /* per rule, the letters a-z its from holds (bit c - 'a'); 0: not all a-z, always tried */
    strmap exact;              /* Russian words keyed as written, not by stem (lexicon exact_form) */
    struct sb_stemmer *stem;   /* Russian stemmer, guarded by stem_lock */
    memo stems;                /* its answers so far (word -> stem), guarded by stem_lock */
    wslot *wslots;             /* gaz_intern's answers for words outside ASCII (WSLOTS cells, each written once
                                * under stem_lock), or NULL */
    pthread_mutex_t stem_lock;
};

/* Whether a normalised word has Cyrillic letters (U+0400-U+04FF: lead byte 0xD0-0xD3). */
/* The characters of a UTF-8 string (bytes that start one). */
static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

static int has_cyrillic(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p >= 0xD0 && *p <= 0xD3 && (p[1] & 0xC0) == 0x80) return 1;
    return 0;
}

/* The key of a normalised word in the table: the word itself, or for a word
 * with Cyrillic letters its Russian stem, written into buf.  Falls back to
 * the word when the stem does not fit or the stemmer fails. */
static const char *word_key(const gazetteer *g, const char *norm, char *buf, size_t len)
{
    if (!g->stem || !has_cyrillic(norm)) return norm;
    gazetteer *gm = (gazetteer *)g; /* the lock and what it guards are the only mutable part */
    const char *key = norm;
    size_t nlen = strlen(norm);
    pthread_mutex_lock(&gm->stem_lock);
    const char *known = memo_get(&gm->stems, norm, nlen);
    if (known) {
        size_t n = strlen(known);
        if (n < len) {
            memcpy(buf, known, n + 1);
            key = buf;
        }
        pthread_mutex_unlock(&gm->stem_lock);
        return key;
    }
    /* lexicon exact_form: keyed as written, remembered as its own stem (looked up on a miss only) */
    int exact = strmap_get(&g->exact, norm) != NULL;
    const sb_symbol *st = exact ? (const sb_symbol *)norm : sb_stemmer_stem(gm->stem, (const sb_symbol *)norm, (int)nlen);
    if (st) {
        int n = exact ? (int)nlen : sb_stemmer_length(gm->stem);
        if (n > 0 && (size_t)n < len) {
            memcpy(buf, st, (size_t)n);
            buf[n] = '\0';
            key = buf;
            memo_put(&gm->stems, 32768, norm, nlen, buf); /* a failure only forgets */
        }
    }
    pthread_mutex_unlock(&gm->stem_lock);
    return key;
}

/* djb2; text.c's push() computes the same over an ASCII norm as it folds it (toklist's hash). */
static unsigned long hash(const char *s)
{
    unsigned long h = 5381;
    while (*s) h = h * 33 + (unsigned char)*s++;
    return h;
}

/* A fresh block of n elements of size bytes (a multiple of 64), 64-byte
 * aligned and zeroed, holding the first oldn of old (freed); NULL when out of
 * memory (old kept). */
static void *grow_aligned(void *old, size_t oldn, size_t n, size_t size)
{
    if (n > SIZE_MAX / size) return NULL;
    void *p = aligned_alloc(64, n * size);
    if (!p) return NULL;
    memset(p, 0, n * size);
    if (oldn) memcpy(p, old, oldn * size);
    free(old);
    return p;
}

/* The tag a probe cell keeps of a key's hash, so that most probes of another
 * key stop without reading its slot. */
static inline unsigned probe_tag(unsigned long h) { return (unsigned)(h >> 32) ^ (unsigned)h; }

static void probe_put(unsigned long long *probe, size_t cap, unsigned long h, size_t idx)
{
    size_t j = h & (cap - 1);
    while (probe[j]) j = (j + 1) & (cap - 1);
    probe[j] = (unsigned long long)probe_tag(h) << 32 | (unsigned)(idx + 1);
}

/* Room for one more slot: tab grows by doubling, the probe table at half full. */
static int slot_room(gazetteer *g)
{
    if (g->tabn == g->tabcap) {
        size_t cap = g->tabcap ? g->tabcap * 2 : 1024;
        slot *t = grow_aligned(g->tab, g->tabn, cap, sizeof *t);
        if (!t) return -1;
        g->tab = t;
        g->tabcap = cap;
    }
    if ((g->tabn + 1) * 2 > g->pcap) {
        size_t cap = g->pcap ? g->pcap * 2 : 2048;
        unsigned long long *p = calloc(cap, sizeof *p);
        if (!p) return -1;
        for (size_t i = 0; i < g->tabn; i++) probe_put(p, cap, hash(slot_key(&g->tab[i])), i);
        free(g->probe);
        g->probe = p;
        g->pcap = cap;
    }
    return 0;
}

/* Finds or inserts the slot for key, whose hash is h; NULL when out of memory.
 * A probe reads cells of 8 bytes (tag and index); only a cell whose tag is the
 * key's sends it to the slot, where a short key is on the slot's first line. */
static slot *slot_get_h(gazetteer *g, const char *key, unsigned long h, int insert)
{
    if (insert && slot_room(g) < 0) return NULL;
    if (!g->pcap) return NULL;
    unsigned tag = probe_tag(h);
    size_t j = h & (g->pcap - 1);
    for (unsigned long long c; (c = g->probe[j]) != 0; j = (j + 1) & (g->pcap - 1)) {
        slot *s = &g->tab[(unsigned)c - 1];
        if ((unsigned)(c >> 32) == tag && !strcmp(slot_key(s), key)) return s;
    }
    if (!insert) return NULL;
    slot *s = &g->tab[g->tabn];
    memset(s, 0, sizeof *s);
    size_t n = strlen(key);
    if (n < sizeof s->ikey) memcpy(s->ikey, key, n + 1);
    else if (!(s->hkey = strdup(key))) return NULL;
    s->head = -1;
    for (int c = 0; c < G_NCLASS; c++) s->chead[c] = -1;
    g->probe[j] = (unsigned long long)tag << 32 | (unsigned)(g->tabn + 1);
    return &g->tab[g->tabn++];
}

static slot *slot_get(gazetteer *g, const char *key, int insert)
{
    return slot_get_h(g, key, hash(key), insert);
}

static const slot *slot_find(const gazetteer *g, const char *key)
{
    return slot_get((gazetteer *)g, key, 0);
}

/* The case endings a Russian place name takes after its base (the first
 * word less a final vowel or adjective ending): see place_form_ok. */
static const word_ending place_endings[] = {
    WORD_ENDING(""), WORD_ENDING("а"), WORD_ENDING("я"), WORD_ENDING("у"), WORD_ENDING("ю"), WORD_ENDING("е"),
    WORD_ENDING("ы"), WORD_ENDING("и"), WORD_ENDING("о"), WORD_ENDING("ой"), WORD_ENDING("ей"), WORD_ENDING("ом"),
    WORD_ENDING("ем"), WORD_ENDING("ью"), WORD_ENDING("ию"), WORD_ENDING("ии"), WORD_ENDING("ия"),
    WORD_ENDING("ие"), WORD_ENDING("ией"), WORD_ENDING("ием"), WORD_ENDING("ою"), WORD_ENDING("ею"),
    WORD_ENDING("ая"), WORD_ENDING("ую"), WORD_ENDING("ого"), WORD_ENDING("ому"), WORD_ENDING("ым"),
    WORD_ENDING("ых"), WORD_ENDING("ые"), WORD_ENDING("ий"), WORD_ENDING("ый"), WORD_ENDING("ое"),
    WORD_ENDING("ь"), WORD_ENDING("й")}; /* (the nominative of a name the base took «ь» or «й» from: «Беларусь») */
#define N_PLACE_ENDINGS (sizeof place_endings / sizeof *place_endings)

static int add_phrase_as(gazetteer *g, const char *phrase, int cls, int val, int sub, int opts, const char *base);

/* Adds phrase as an entry, opts a set of PH_* flags; returns 0 or -1 (out of memory). */
static int add_phrase(gazetteer *g, const char *phrase, int cls, int val, int sub, int opts)
{
    return add_phrase_as(g, phrase, cls, val, sub, opts, NULL);
}

/* The Snowball stem of a Russian name is not the same in every case
 * («Ереван» -> «ерева», «Ереване» -> «ереван»): a Cyrillic place is also
 * entered under the stem of each of its case forms (base + ending), each
 * entry keeping the name's own base. */
static int add_case_forms(gazetteer *g, const char *phrase, size_t first_end, int cls, int val, int sub, int opts,
                          const char *base, const char *own_key)
{
    char seen[N_PLACE_ENDINGS][128];
    int nseen = 0;
    for (size_t k = 0; k < N_PLACE_ENDINGS; k++) {
        char form[512], kb[256];
        if (snprintf(form, sizeof form, "%s%s", base, place_endings[k].s) >= (int)sizeof form) continue;
        const char *key = word_key(g, form, kb, sizeof kb);
        int dup = !strcmp(key, own_key) || strlen(key) >= sizeof seen[0];
        for (int q = 0; q < nseen && !dup; q++) dup = !strcmp(seen[q], key);
        if (dup) continue;
        snprintf(seen[nseen++], sizeof seen[0], "%s", key);
        if (snprintf(form, sizeof form, "%s%s%s", base, place_endings[k].s, phrase + first_end) >= (int)sizeof form) continue;
        if (add_phrase_as(g, form, cls, val, sub, opts, base) < 0) return -1;
    }
    return 0;
}

static int add_phrase_as(gazetteer *g, const char *phrase, int cls, int val, int sub, int opts, const char *base)
{
    toklist tl;
    if (toklist_build(&tl, phrase, strlen(phrase), NULL, NULL) < 0) return -1;
    int rc = -1;
    entry en = {.cls = cls, .val = val, .sub = sub, .next = -1};
    if (opts & PH_PLACE) en.need = tl.n && tl.t[0].upper ? NEED_UPPER : NEED_CAP;
    if ((opts & PH_ASIS) && tl.n && !tl.t[0].cap) en.need = 0;
    if (base) en.need = NEED_CAP; /* a case form (add_case_forms), written in lower case here */
    en.tok = calloc(tl.n ? tl.n : 1, sizeof *en.tok);
    if (!en.tok) goto cleanup;
    for (size_t i = 0; i < tl.n; i++) {
        if (!strcmp(tl.t[i].norm, "-")) continue;
        char kb[256];
        if (!(en.tok[en.ntok++] = strdup(word_key(g, tl.t[i].norm, kb, sizeof kb)))) goto cleanup;
    }
    if (en.ntok == 0) { rc = 0; goto cleanup; }
    if (base) {
        if (!(en.base = strdup(base))) goto cleanup;
    } else if ((opts & PH_PLACE) && en.need == NEED_CAP && has_cyrillic(tl.t[0].norm)) {
        size_t n = strlen(tl.t[0].norm);
        static const char *const adj[] = {"ая", "ий", "ый", "ое"}, *const finals[] = {"а", "я", "ь", "й"};
        for (size_t k = 0; k < 4 && n > 4; k++)
            if (!strcmp(tl.t[0].norm + n - 4, adj[k])) { n -= 4; break; }
        for (size_t k = 0; k < 4 && n > 2; k++)
            if (!strcmp(tl.t[0].norm + n - 2, finals[k])) { n -= 2; break; }
        if (!(en.base = strndup(tl.t[0].norm, n))) goto cleanup;
    }
    if (g->ne == g->cape) {
        int cap = g->cape ? g->cape * 2 : 512;
        entry *e = grow_aligned(g->e, (size_t)g->ne, (size_t)cap, sizeof *e);
        if (!e) goto cleanup;
        g->e = e;
        g->cape = cap;
    }
    slot *s = slot_get(g, en.tok[0], 1);
    if (!s) goto cleanup;
    int idx = g->ne;
    g->e[g->ne++] = en;
    en.tok = NULL;
    en.base = NULL;
    /* insert into the chain, longest first */
    int *link = &s->head;
    while (*link >= 0 && g->e[*link].ntok >= g->e[idx].ntok) link = &g->e[*link].next;
    g->e[idx].next = *link;
    *link = idx;
    /* every word of an entry has a slot, so that finalize() gives each a real
     * slot number: an unknown text word (slot -1) must not match one */
    for (int k = 0; k < g->e[idx].ntok; k++) {
        slot *w = slot_get(g, g->e[idx].tok[k], 1);
        if (!w) goto cleanup;
        const char *wk = slot_key(w);
        /* single words of names of things are not parts of people's names */
        int mark = cls == G_TITLE ? strcmp(wk, "of") && strcmp(wk, "the")
                 : cls == G_LEX || cls == G_DATE ? 0
                 /* «мар» (March, cut short) has the stem of «Мария»: a short Russian month is no mark */
                 : cls == G_MONTH && has_cyrillic(wk) && utf8_chars(tl.t[0].norm) < 4 ? 0
                 : (opts & PH_PLACE) ? !(opts & PH_NAMES_OK) && g->e[idx].ntok == 1 && strlen(wk) > 1 &&
                                       !g->e[idx].base /* a stem is shared by names: «Баку», «Бакиев» */
                 : strlen(wk) > 1;
        if (mark) w->flags |= F_NOTNAME;
    }
    if (!base && g->e[idx].base) { /* g->e moves as entries are added: copy what the forms need */
        char bb[256], kb[256];
        if (snprintf(bb, sizeof bb, "%s", g->e[idx].base) < (int)sizeof bb &&
            snprintf(kb, sizeof kb, "%s", g->e[idx].tok[0]) < (int)sizeof kb &&
            add_case_forms(g, phrase, tl.t[0].end, cls, val, sub, opts, bb, kb) < 0)
            goto cleanup;
    }
    rc = 0;
cleanup:
    if (en.tok) {
        for (int k = 0; k < en.ntok; k++) free(en.tok[k]);
        free(en.tok);
    }
    free(en.base);
    toklist_free(&tl);
    return rc;
}

/* Splits s in place on c; returns the number of fields (at most max). */
static int split(char *s, char c, char **f, int max)
{
    int n = 0;
    while (n < max) {
        f[n++] = s;
        char *p = strchr(s, c);
        if (!p) break;
        *p = '\0';
        s = p + 1;
    }
    return n;
}

/* The most |-separated phrases a field may hold: the loader refuses a line with more (split would keep the rest
 * as one phrase, "a|b|c", and the words past the limit would be lost without a word). */
#define LIST_MAX 512

/* Adds each |-separated phrase of list (and, with PH_OF_THE, its form without "the" after "of"). */
static int add_list(gazetteer *g, char *list, int cls, int val, int sub, int opts)
{
    char *f[LIST_MAX];
    int n = split(list, '|', f, LIST_MAX);
    for (int i = 0; i < n; i++) {
        if (!*f[i]) continue;
        if (add_phrase(g, f[i], cls, val, sub, opts & ~PH_OF_THE) < 0) return -1;
        const char *at = opts & PH_OF_THE ? strstr(f[i], " of the ") : NULL;
        char bare[256];
        if (!at || strlen(f[i]) >= sizeof bare) continue;
        size_t head = (size_t)(at - f[i]);
        memcpy(bare, f[i], head);
        snprintf(bare + head, sizeof bare - head, " of %s", at + strlen(" of the "));
        if (add_phrase(g, bare, cls, val, sub, opts & ~PH_OF_THE) < 0) return -1;
    }
    return 0;
}

typedef int (*line_fn)(gazetteer *g, char **f, int nf, char *err, size_t errlen);

/* Makes room for element n of arr (zeroed); returns -1 from the caller when out of memory. */
#define GROW(arr, n)                                                    \
    do {                                                                \
        void *p_ = realloc((arr), ((size_t)(n) + 1) * sizeof *(arr));   \
        if (!p_)                                                        \
            return -1;                                                  \
        (arr) = p_;                                                     \
        memset(&(arr)[(n)], 0, sizeof *(arr));                          \
    } while (0)

static int find_country(const gazetteer *g, const char *slug)
{
    for (int i = 0; i < g->ncountries; i++)
        if (!strcmp(g->countries[i].slug, slug)) return i;
    return -1;
}

/* slug, name, iso, member[, aliases[, origin]]: origin "hand" (kept by hand)
 * or "iso-codes" (generated; "Mali" and "Jordan" may be people's names too). */
static int line_country(gazetteer *g, char **f, int nf, char *err, size_t errlen)
{
    if (nf < 4) { snprintf(err, errlen, "expected slug, name, iso, member[, aliases[, origin[, capital]]]"); return -2; }
    int opts = PH_PLACE | (nf > 5 && strcmp(f[5], "hand") != 0 ? PH_NAMES_OK : 0);
    GROW(g->countries, g->ncountries);
    country *c = &g->countries[g->ncountries];
    if (!(c->slug = strdup(f[0])) || !(c->name = strdup(f[1])) || !(c->iso = strdup(f[2]))) return -1;
    c->member = atoi(f[3]) == 1;
    c->former = atoi(f[3]) == 2;
    c->capital = nf > 6 && *f[6] ? strdup(f[6]) : NULL;
    if (nf > 6 && *f[6] && !c->capital) return -1;
    int idx = g->ncountries++;
    if (add_phrase(g, f[1], G_COUNTRY, idx, 0, opts) < 0) return -1;
    return nf > 4 ? add_list(g, f[4], G_COUNTRY, idx, 0, opts) : 0;
}

/* name, country slug[, spellings[, origin[, population]]]: origin "hand" (kept
 * by hand) or "geonames:ID" (generated; its name may be a person's too). */
static int line_city(gazetteer *g, char **f, int nf, char *err, size_t errlen)
{
    if (nf < 2) { snprintf(err, errlen, "expected name, country[, aliases]"); return -2; }
    int opts = PH_PLACE | (nf > 3 && strcmp(f[3], "hand") != 0 ? PH_NAMES_OK : 0);
    int c = find_country(g, f[1]);
    if (c < 0) { snprintf(err, errlen, "unknown country '%s'", f[1]); return -2; }
    GROW(g->cities, g->ncities);
    if (!(g->cities[g->ncities].name = strdup(f[0]))) return -1;
    g->cities[g->ncities].country = c;
    int idx = g->ncities++;
    if (add_phrase(g, f[0], G_CITY, idx, 0, opts) < 0) return -1;
    return nf > 2 ? add_list(g, f[2], G_CITY, idx, 0, opts) : 0;
}

/* places-ru.tsv: "country" slug or "city" name, names: more names of a place
 * the English files hold. */
static int line_place_ru(gazetteer *g, char **f, int nf, char *err, size_t errlen)
{
    if (nf < 3) { snprintf(err, errlen, "expected country|city, slug or city name, names"); return -2; }
    int country = !strcmp(f[0], "country");
    if (!country && strcmp(f[0], "city")) { snprintf(err, errlen, "unknown kind '%s' (country or city)", f[0]); return -2; }
    int idx = -1;
    if (country) idx = find_country(g, f[1]);
    else
        for (int i = 0; i < g->ncities && idx < 0; i++)
            if (!strcmp(g->cities[i].name, f[1])) idx = i;
    if (idx < 0) { snprintf(err, errlen, "unknown %s '%s'", f[0], f[1]); return -2; }
    return add_list(g, f[2], country ? G_COUNTRY : G_CITY, idx, 0, PH_PLACE | PH_ASIS);
}

static int line_body(gazetteer *g, char **f, int nf, char *err, size_t errlen)
{
    if (nf < 4) { snprintf(err, errlen, "expected code, group, kind, names"); return -2; }
    int kind = !strcmp(f[2], "body") ? BK_BODY : !strcmp(f[2], "meeting") ? BK_MEETING :
               !strcmp(f[2], "people") ? BK_PEOPLE : -1;
    if (kind < 0) { snprintf(err, errlen, "unknown kind '%s'", f[2]); return -2; }
    /* "CDM+CFM": the names stand for each of these bodies at once ("defence and foreign ministers") */
    char *codes[8];
    int nc = split(f[0], '+', codes, 8);
    for (int c = 0; c < nc; c++) {
        int idx = gaz_body_index(g, codes[c]);
        if (idx < 0) {
            if (nc > 1) { snprintf(err, errlen, "unknown body '%s' in a joint row (name it on a row of its own first)", codes[c]); return -2; }
            GROW(g->bodies, g->nbodies);
            if (!(g->bodies[g->nbodies].code = strdup(codes[c])) || !(g->bodies[g->nbodies].group = strdup(f[1])))
                return -1;
            idx = g->nbodies++;
        }
        char *list = nc > 1 ? strdup(f[3]) : f[3]; /* add_list splits its list in place */
        if (!list) return -1;
        int rc = add_list(g, list, G_BODY, idx, kind, kind == BK_BODY ? PH_OF_THE : 0);
        if (nc > 1) free(list);
        if (rc < 0) return rc;
    }
    return 0;
}

static int line_org(gazetteer *g, char **f, int nf, char *err, size_t errlen)
{
    if (nf < 2) { snprintf(err, errlen, "expected code, names"); return -2; }
    int idx = gaz_org_index(g, f[0]); /* a second row (the Russian names) adds to the first */
    if (idx < 0) {
        GROW(g->orgs, g->norgs);
        if (!(g->orgs[g->norgs].code = strdup(f[0]))) return -1;
        idx = g->norgs++;
    }
    return add_list(g, f[1], G_ORG, idx, 0, 0);
}

/* A row of titles.tsv or doctypes.tsv (cls G_TITLE or G_DOCTYPE): name,
 * singular forms[, plural forms].  A second row of a name (its Russian forms)
 * adds to the first. */
static int line_named(gazetteer *g, char **f, int nf, int cls, char *err, size_t errlen)
{
    if (nf < 2) { snprintf(err, errlen, "expected name, singular forms[, plural forms]"); return -2; }
    int *n = cls == G_TITLE ? &g->ntitles : &g->ndoctypes;
    int idx = -1;
    for (int i = 0; i < *n && idx < 0; i++)
        if (!strcmp(cls == G_TITLE ? g->titles[i].name : g->doctypes[i].name, f[0])) idx = i;
    if (idx < 0) {
        char **name;
        if (cls == G_TITLE) {
            GROW(g->titles, g->ntitles);
            name = &g->titles[g->ntitles].name;
            g->titles[g->ntitles].body = -1;
            g->titles[g->ntitles].press = 0;
            g->titles[g->ntitles].country = -1;
            g->titles[g->ntitles].one = 0;
            g->titles[g->ntitles].head = 0;
            g->titles[g->ntitles].state = 0;
        } else {
            GROW(g->doctypes, g->ndoctypes);
            name = &g->doctypes[g->ndoctypes].name;
        }
        if (!(*name = strdup(f[0]))) return -1;
        idx = (*n)++;
    }
    /* (the fourth column may name several, comma-separated: "russia,PA", the State Duma's chairman is Russia's and sits
     * in the Parliamentary Assembly) */
    for (char *v = cls == G_TITLE && nf > 3 ? f[3] : NULL, *next; v && *v; v = next) {
        next = strchr(v, ',');
        if (next) *next++ = '\0';
        int cty = find_country(g, v);
        if (!strcmp(v, "press")) {
            g->titles[idx].press = 1;
        } else if (!strcmp(v, "one")) {
            g->titles[idx].one = 1;
        } else if (!strcmp(v, "head")) {
            g->titles[idx].head = 1;
        } else if (!strcmp(v, "state")) {
            g->titles[idx].state = 1;
        } else if (cty >= 0) {
            g->titles[idx].country = cty; /* "Chairman of the State Duma ... russia" */
        } else {
            g->titles[idx].body = gaz_body_index(g, v);
            if (g->titles[idx].body < 0) { snprintf(err, errlen, "unknown body '%s' (a body code, a country, press, one, head or state)", v); return -2; }
        }
    }
    if (add_list(g, f[1], cls, idx, NUM_SING, 0) < 0) return -1;
    return nf > 2 ? add_list(g, f[2], cls, idx, NUM_PLURAL, 0) : 0;
}

static int line_title(gazetteer *g, char **f, int nf, char *err, size_t errlen)
{
    return line_named(g, f, nf, G_TITLE, err, errlen);
}

static int line_doctype(gazetteer *g, char **f, int nf, char *err, size_t errlen)
{
    return line_named(g, f, nf, G_DOCTYPE, err, errlen);
}

static int line_month(gazetteer *g, char **f, int nf, char *err, size_t errlen)
{
    int m = nf >= 2 ? atoi(f[0]) : 0;
    if (m < 1 || m > 12) { snprintf(err, errlen, "expected month number 1-12, names"); return -2; }
    return add_list(g, f[1], G_MONTH, m, 0, 0);
}

static const char *const lex_names[LX_NCLASS] = {
    "meeting_noun", "meeting_verb", "planned_mod", "planned_verb", "video", "adopt",
    "draft", "doc_container", "abbrev", "title_prefix", "notname", "anaphor", "doc_modifier",
    "doc_stop", "speech", "past_verb", "clause_break", "rank", "host", "future", "attend", "absent", "historic_doc", "draft_cue", "doc_starter", "not_title", "period", "appoint", "meeting_mod", "negator", "passive", "now", "relative_mod", "press_source", "preceded_by", "represented_by", "on_behalf", "title_joiner", "place_prep", "and", "adoption", "doc_future", "home_country", "occasion", "quantity", "outcome", "counterparts", "city_of", "headed_by", "nominative_a", "arrived", "after_meeting", "decide", "including", "next", "counterpart", "object", "institution", "topic", "since", "jointly", "chairmanship", "headline_verb", "postponed", "capital", "title_adverb", "exact_form", "days_before", "phone", "relative_pronoun", "among_them", "signers", "naming_verb", "convene", "chair_passes", "prepare_for", "name_suffix", "anniversary", "guests_of", "event_prep", "set_off_for", "initial", "separately", "other_time", "other_summit", "past_mod", "aside", "chaired_by", "earlier", "here", "part_of", "received_guests", "csc_session", "side", "appointee", "time_bound", "contrast", "item_prep", "number_word", "national_body", "instruct", "cancelled", "originally", "body_anaphor", "pursuant", "approx", "our", "hold_verb", "perfect", "other_clause", "chair_verb", "reason", "participants_of", "agenda", "founding", "statutory", "name_particle", "speech_adverb", "same_city", "agreed", "people_again", "takes_place", "deadline", "chair_present", "it", "before_now", "deliberate", "to_press", "taken", "among", "previous", "about_only", "particle", "org_session", "propose", "other_event", "press_mod", "committee", "opener", "hosts_it", "frequency", "ordinal_word", "meal", "with_press", "this_one", "back_then", "adopted_attr", "chairing", "post_noun", "held_by", "such", "composed_of", "concerns", "results_of", "possessive", "org_informal", "part_noun", "held_body", "final_mod", "refused_to", "brief_verb", "press_event", "other_of_them", "work_of", "meeting_series", "place_noun", "visit_noun", "proposal", "council_noun", "pair_word", "proposal_noun", "hold_infinitive", "attend_inverted", "meet_with", "heading_person", "hypothetical", "deputies", "intends", "doc_authors", "where", "own_appointment", "year_part", "it_object", "glad_to", "they", "talks_between", "compare_opener", "summed_up", "they_own", "carry_out", "report_on", "under_way", "tell_verb", "act_noun", "vague_topic", "reached", "wider_region", "settled_of", "utter", "invited", "region_noun", "welcome", "goes_on", "none_particular", "within_event", "just_before", "until", "span_joiner", "instead", "members_of", "past_irregular", "in_force"};

static int line_lex(gazetteer *g, char **f, int nf, char *err, size_t errlen)
{
    int cls = -1;
    for (int i = 0; i < LX_NCLASS; i++)
        if (nf >= 1 && !strcmp(f[0], lex_names[i])) cls = i;
    if (cls < 0 || nf < 2) { snprintf(err, errlen, "unknown class '%s'", nf ? f[0] : ""); return -2; }
    if (cls == LX_EXACT_FORM) { /* before any entry with these words: lexicon.tsv's first line */
        char *w[LIST_MAX];
        int n = split(f[1], '|', w, LIST_MAX);
        for (int i = 0; i < n; i++) {
            char norm[128];
            fold_ascii(w[i], strlen(w[i]), norm, sizeof norm);
            if (strmap_put(&g->exact, norm, 1) < 0) return -1;
        }
        return 0;
    }
    if (cls == LX_NOTNAME || cls == LX_ABBREV || cls == LX_INITIAL) {
        char *w[LIST_MAX];
        int n = split(f[1], '|', w, LIST_MAX);
        for (int i = 0; i < n; i++) {
            char norm[128], kb[128];
            fold_ascii(w[i], strlen(w[i]), norm, sizeof norm);
            slot *s = slot_get(g, word_key(g, norm, kb, sizeof kb), 1);
            if (!s) return -1;
            s->flags |= cls == LX_NOTNAME ? F_NOTNAME : cls == LX_ABBREV ? F_ABBREV : F_ABBREV | F_INITIAL;
        }
        return 0;
    }
    return add_list(g, f[1], G_LEX, cls, 0, 0);
}

static const char *const date_kinds[DK_NKINDS] = {
    "weekday", "weekday_abbr", "weekday_mod", "day", "week", "month", "year", "anchor", "part",
    "month_prep", "homonym", "range", "of", "ordinal", "label", "time", "year_word", "anchor_year",
    "weekday_prep", "anchor_month", "season", "founded"};

/* dates.tsv: kind, number, phrases. */
static int line_date(gazetteer *g, char **f, int nf, char *err, size_t errlen)
{
    int kind = -1;
    for (int i = 0; i < DK_NKINDS; i++)
        if (nf >= 1 && !strcmp(f[0], date_kinds[i])) kind = i;
    if (kind < 0) { snprintf(err, errlen, "unknown date word kind '%s'", nf ? f[0] : ""); return -2; }
    char *end = NULL;
    long v = nf >= 3 ? strtol(f[1], &end, 10) : 0;
    if (nf < 3 || end == f[1] || *end || (kind == DK_FOUNDED ? v < 1900 || v > 2100 : v < -1000 || v > 1000)) {
        snprintf(err, errlen, "expected kind, number, phrases");
        return -2;
    }
    if ((kind == DK_WEEKDAY || kind == DK_WEEKDAY_ABBR) && (v < 0 || v > 6)) {
        snprintf(err, errlen, "weekday number must be 0 (Sunday) to 6");
        return -2;
    }
    if (kind == DK_ORDINAL && (v < 1 || v > 31)) { snprintf(err, errlen, "ordinal day must be 1 to 31"); return -2; }
    return add_list(g, f[2], G_DATE, kind, (int)v, 0);
}

/* The letters a-z in s as bits (c - 'a'); *other (unless NULL): whether s holds any other byte. */
static unsigned letters_in(const char *s, int *other)
{
    unsigned m = 0;
    int o = 0;
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z') m |= 1u << (*s - 'a');
        else o = 1;
    if (other) *other = o;
    return m;
}

static int line_translit(gazetteer *g, char **f, int nf, char *err, size_t errlen)
{
    if (nf < 2 || !*f[0]) { snprintf(err, errlen, "expected from, to"); return -2; }
    GROW(g->tr_from, g->ntr);
    GROW(g->tr_to, g->ntr);
    GROW(g->tr_letters, g->ntr);
    if (!(g->tr_from[g->ntr] = strdup(f[0])) || !(g->tr_to[g->ntr] = strdup(f[1]))) return -1;
    int other;
    g->tr_letters[g->ntr] = letters_in(f[0], &other);
    if (other) g->tr_letters[g->ntr] = 0;
    g->ntr++;
    return 0;
}

void gaz_name_key(const gazetteer *g, const char *surname, char *out, size_t outlen)
{
    char a[256], b[256];
    fold_ascii(surname, strlen(surname), a, sizeof a);
    if (has_cyrillic(a)) {
        /* a Russian surname in any case («Лаврова», «Лаврову», «Лавровым» are «Лавров»),
         * then in Latin letters as English news writes it (ICU BGN: Лавров -> lavrov,
         * Шойгу -> shoygu), so that one person written in both scripts has one key */
        a[ru_surname_base(a)] = '\0';
        char *lat = russian_to_ascii(a);
        if (lat) {
            size_t o = 0;
            for (const char *p = lat; *p && o + 1 < sizeof a; p++)
                if ((*p | 32) >= 'a' && (*p | 32) <= 'z') a[o++] = (char)(*p | 32); /* letters only: "zas'" is zas */
            a[o] = '\0';
            free(lat);
        }
    }
    unsigned have = letters_in(a, NULL); /* a rule whose from needs a letter a lacks cannot apply */
    for (int i = 0; i < g->ntr; i++) {
        if (g->tr_letters[i] & ~have) continue;
        if (!strstr(a, g->tr_from[i])) continue; /* most rules: nothing to replace, a stays as it is */
        size_t fl = strlen(g->tr_from[i]), o = 0;
        for (const char *p = a; *p && o + 1 < sizeof b;) {
            if (*p == g->tr_from[i][0] && !strncmp(p, g->tr_from[i], fl)) {
                for (const char *t = g->tr_to[i]; *t && o + 1 < sizeof b; t++) b[o++] = *t;
                p += fl;
            } else {
                b[o++] = *p++;
            }
        }
        b[o] = '\0';
        memcpy(a, b, o + 1);
        have = letters_in(a, NULL);
    }
    if (!outlen) return;
    size_t n = strlen(a); /* as snprintf "%s" would, without its cost (a call per name mention) */
    if (n >= outlen) n = outlen - 1;
    memcpy(out, a, n);
    out[n] = '\0';
}

static int line_boiler(gazetteer *g, char **f, int nf, char *err, size_t errlen)
{
    char key[256] = "\x01";
    size_t n = fold_ascii(f[0], strlen(f[0]), key + 1, sizeof key - 1);
    if (n > g->boiler_max) g->boiler_max = n;
    slot *s = slot_get(g, key, 1);
    if (!s) return -1;
    s->flags |= F_BOILER;
    if (nf > 1 && !strcmp(f[1], "links")) s->flags |= F_LINKS;
    else if (nf > 1) {
        snprintf(err, errlen, "unknown kind '%s' (only 'links')", f[1]);
        return -2;
    }
    return 0;
}

/* Reads one data file line by line: '#' comments and blank lines skipped,
 * fields split on TAB (or the whole line when tabs is 0). */
static int load_file(gazetteer *g, const char *dir, const char *name, line_fn fn, int tabs,
                     char *err, size_t errlen)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "r");
    if (!f) { snprintf(err, errlen, "%s: %s", path, strerror(errno)); return -1; }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    int lineno = 0, rc = 0;
    while ((len = getline(&line, &cap, f)) >= 0) {
        lineno++;
        size_t n = (size_t)len, bad;
        if (memchr(line, '\0', n) || utf8_check(line, n, &bad) < 0) {
            snprintf(err, errlen, "%s:%d: %s", path, lineno, memchr(line, '\0', n) ? "NUL byte" : "not valid UTF-8");
            rc = -1;
            break;
        }
        if (n > 4096) {
            snprintf(err, errlen, "%s:%d: line longer than 4096 bytes", path, lineno);
            rc = -1;
            break;
        }
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = '\0';
        char *s = line;
        while (*s == ' ') s++;
        if (!*s || *s == '#') continue;
        char *fields[8];
        int nf = tabs ? split(s, '\t', fields, 8) : (fields[0] = s, 1), many = -1;
        for (int i = 0; i < nf && many < 0; i++) {
            int bars = 0;
            for (const char *q = fields[i]; *q; q++) bars += *q == '|';
            if (bars >= LIST_MAX) many = i;
        }
        if (many >= 0) {
            snprintf(err, errlen, "%s:%d: field %d holds more than %d |-separated phrases", path, lineno, many + 1,
                     LIST_MAX);
            rc = -1;
            break;
        }
        char why[256] = "";
        int r = fn(g, fields, nf, why, sizeof why);
        if (r < 0) {
            snprintf(err, errlen, "%s:%d: %s", path, lineno, r == -1 ? "out of memory" : why);
            rc = -1;
            break;
        }
    }
    free(line);
    fclose(f);
    return rc;
}

static int slot_index(const gazetteer *g, const char *key)
{
    const slot *s = slot_find(g, key);
    return s ? (int)(s - g->tab) : -1;
}

static unsigned long long bigram_key(int a, int b)
{
    return (unsigned long long)(unsigned)(a + 1) << 32 | (unsigned)(b + 1);
}

static size_t bigram_cell(unsigned long long key, size_t cap)
{
    return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 32) & (cap - 1);
}

/* The entries whose first two words have slots a and b, or NULL. */
static const bigram *bigram_find(const gazetteer *g, int a, int b)
{
    if (a < 0 || b < 0 || !g->bicap) return NULL;
    unsigned long long key = bigram_key(a, b);
    for (size_t j = bigram_cell(key, g->bicap);; j = (j + 1) & (g->bicap - 1)) {
        if (g->bikey[j] == key) return &g->bi[j];
        if (!g->bikey[j]) return NULL;
    }
}


/* The bigram table: a cell per first two words of the longer entries, with
 * their class masks and their chains, in the order of the first word's chain
 * (longest first), so that a look-up walks only the entries whose first two
 * words are the text's. */
static int bigrams_build(gazetteer *g)
{
    size_t n = 0;
    for (int i = 0; i < g->ne; i++) n += g->e[i].ntok > 1;
    size_t cap = 16;
    while (cap < 2 * n) cap *= 2;
    if (!(g->bi = calloc(cap, sizeof *g->bi)) || !(g->bikey = calloc(cap, sizeof *g->bikey))) return -1;
    g->bicap = cap;
    for (int i = 0; i < g->ne; i++) {
        const entry *e = &g->e[i];
        if (e->ntok < 2) continue;
        unsigned long long key = bigram_key(entry_slots(e)[0], entry_slots(e)[1]);
        size_t j = bigram_cell(key, cap);
        while (g->bikey[j] && g->bikey[j] != key) j = (j + 1) & (cap - 1);
        if (!g->bikey[j]) {
            g->bi[j].head = -1;
            for (int c = 0; c < G_NCLASS; c++) g->bi[j].chead[c] = -1;
        }
        g->bikey[j] = key;
        g->bi[j].cls_mask |= 1u << e->cls;
        if (e->cls == G_LEX) g->bi[j].lex_mask |= LX_BIT(e->val);
        if (e->cls == G_DATE) g->bi[j].date_mask |= 1u << e->val;
    }
    int *tail = malloc(cap * (G_NCLASS + 1) * sizeof *tail); /* per cell: the last of each class, then of all */
    if (!tail) return -1;
    for (size_t t = 0; t < g->tabn; t++) {
        for (int k = g->tab[t].head; k >= 0; k = g->e[k].next) {
            entry *e = &g->e[k];
            e->bnext = e->bcnext = -1;
            if (e->ntok < 2) continue;
            bigram *bg = (bigram *)bigram_find(g, entry_slots(e)[0], entry_slots(e)[1]);
            int *last = tail + (size_t)(bg - g->bi) * (G_NCLASS + 1);
            if (bg->head < 0) bg->head = k;
            else g->e[last[G_NCLASS]].bnext = k;
            last[G_NCLASS] = k;
            if (bg->chead[e->cls] < 0) bg->chead[e->cls] = k;
            else g->e[last[e->cls]].bcnext = k;
            last[e->cls] = k;
        }
    }
    free(tail);
    return 0;
}

/* Once every file is loaded (the table no longer moves): the slot of each
 * entry word, the class masks of each first word, and the bigrams. */
static int finalize(gazetteer *g)
{
    for (int i = 0; i < g->ne; i++) {
        entry *e = &g->e[i];
        int *ts = e->ts;
        if (e->ntok > ENTRY_TS && !(ts = e->tslot_more = malloc((size_t)e->ntok * sizeof *ts))) return -1;
        for (int k = 0; k < e->ntok; k++) ts[k] = slot_index(g, e->tok[k]);
        for (int k = 0; k < e->ntok; k++) free(e->tok[k]);
        free(e->tok);
        e->tok = NULL; /* (matching reads slots only) */
        slot *s = &g->tab[ts[0]];
        s->cls_mask |= 1u << e->cls;
        if (e->ntok == 1) s->one_mask |= 1u << e->cls;
        if (e->ntok > 1) s->longer = 1;
        if (e->ntok == 1 && e->cls == G_LEX) s->one_lex_mask |= LX_BIT(e->val);
        if (e->ntok == 1 && e->cls == G_DATE) s->one_date_mask |= 1u << e->val;
        if (e->cls == G_LEX) s->lex_mask |= LX_BIT(e->val);
        if (e->cls == G_DATE) s->date_mask |= 1u << e->val;
    }
    /* per-class chains in the order of the whole chain (longest first), and
     * where the entries of one word start along each */
    for (size_t t = 0; t < g->tabn; t++) {
        slot *s = &g->tab[t];
        int tail[G_NCLASS];
        for (int c = 0; c < G_NCLASS; c++) s->chead[c] = tail[c] = s->one_chead[c] = -1;
        s->one_head = -1;
        for (int k = s->head; k >= 0; k = g->e[k].next) {
            int c = g->e[k].cls;
            g->e[k].cnext = -1;
            if (tail[c] < 0) s->chead[c] = k;
            else g->e[tail[c]].cnext = k;
            tail[c] = k;
            if (g->e[k].ntok == 1 && s->one_head < 0) s->one_head = k;
            if (g->e[k].ntok == 1 && s->one_chead[c] < 0) s->one_chead[c] = k;
        }
    }
    return bigrams_build(g);
}

/* Whether token t is a hyphen: skipped between the words of an entry. */
static int is_hyphen(const token *t) { return t->norm[0] == '-' && !t->norm[1]; }

/* The bigram cell of token i's word (slot s) and the next word, hyphens
 * skipped, or -1; *next is that word's index (tl->n when none). */
static int pair_of(const gazetteer *g, const toklist *tl, size_t i, int s, unsigned *next)
{
    size_t j = i + 1;
    while (j < tl->n && is_hyphen(&tl->t[j])) j++;
    *next = (unsigned)j;
    if (s < 0 || !g->tab[s].longer || j >= tl->n || tl->word[j].slot < 0) return -1;
    const bigram *bg = bigram_find(g, s, tl->word[j].slot);
    return bg ? (int)(bg - g->bi) : -1;
}

/* The slot of w, a normalised word with a byte outside ASCII whose hash
 * (hash()) is h, or -1: from g->wslots when w was seen before, else by its
 * key (word_key: the stem of a Cyrillic word), remembered in the first free
 * cell of its WSLOT_PROBES.  A cell is written once, under the stem lock,
 * its word last (a release store): a reader that sees the word (an acquire
 * load) sees the rest, so look-ups take no lock.  A word whose cells are
 * all taken is keyed each time, as before there were cells. */
static int intern_high(const gazetteer *g, const char *w, unsigned long h, char *kb, size_t kblen)
{
    gazetteer *gm = (gazetteer *)g; /* the lock and what it guards are the only mutable part */
    for (unsigned k = 0; g->wslots && k < WSLOT_PROBES; k++) {
        const wslot *c = &g->wslots[(h + k) & (WSLOTS - 1)];
        const char *cw = __atomic_load_n(&c->word, __ATOMIC_ACQUIRE);
        if (!cw) break;
        if (c->h == h && !strcmp(cw, w)) return c->slot;
    }
    const char *key = word_key(g, w, kb, kblen);
    const slot *s = slot_get_h(gm, key, key == w ? h : hash(key), 0);
    int idx = s ? (int)(s - g->tab) : -1;
    if (!g->wslots) return idx;
    pthread_mutex_lock(&gm->stem_lock);
    for (unsigned k = 0; k < WSLOT_PROBES; k++) {
        wslot *c = &gm->wslots[(h + k) & (WSLOTS - 1)];
        if (c->word) {
            if (c->h == h && !strcmp(c->word, w)) break; /* another thread's, meanwhile */
            continue;
        }
        char *copy = strdup(w); /* a failure only forgets */
        if (copy) {
            c->h = h;
            c->slot = idx;
            __atomic_store_n(&c->word, copy, __ATOMIC_RELEASE);
        }
        break;
    }
    pthread_mutex_unlock(&gm->stem_lock);
    return idx;
}

/* The slot number of the normalised word w (its key: stemmed when Cyrillic),
 * or -1: what gaz_intern gives each token, for a word alone. */
static int word_slot(const gazetteer *g, const char *w, unsigned long ascii_hash)
{
    if (ascii_hash) { /* the tokeniser's: an ASCII word's hash (text.h), no stem */
        const slot *s = slot_get_h((gazetteer *)g, w, ascii_hash, 0);
        return s ? (int)(s - g->tab) : -1;
    }
    /* one pass hashes the word (as hash()) and sees whether it is all ASCII (most words: no stem) */
    unsigned long h = 5381;
    unsigned high = 0;
    for (const unsigned char *p = (const unsigned char *)w; *p; p++) {
        h = h * 33 + *p;
        high |= *p;
    }
    if (high & 0x80) {
        char kb[256];
        return intern_high(g, w, h, kb, sizeof kb);
    }
    const slot *s = slot_get_h((gazetteer *)g, w, h, 0);
    return s ? (int)(s - g->tab) : -1;
}

/* gaz_kinds' answer for a word of slot s: the classes (and in *lex the
 * lexicon classes) of its one-word entries, and, when some of its classes
 * are only in its longer entries (longer_adds), those that start with it and
 * the next word, bigram bg (NULL: none). */
static int longer_adds(const slot *s) { return (s->cls_mask & ~s->one_mask) || (s->lex_mask & ~s->one_lex_mask); }

static unsigned slot_kinds(const slot *s, const bigram *bg, unsigned long long *lex)
{
    unsigned m = s->one_mask;
    unsigned long long lm = s->one_lex_mask;
    if (bg && longer_adds(s)) m |= bg->cls_mask, lm |= bg->lex_mask;
    *lex = lm;
    return m;
}

int gaz_intern(const gazetteer *g, toklist *tl)
{
    free(tl->word);
    tl->word = malloc((tl->n ? tl->n : 1) * sizeof *tl->word);
    if (!tl->word) return -1;
    for (size_t i = 0; i < tl->n; i++) tl->word[i].slot = word_slot(g, tl->t[i].norm, tl->hash ? tl->hash[i] : 0);
    /* and what the stages ask of each token's word (gaz_kinds, gaz_date_kinds), kept while its slot is at hand:
     * asked again later, over the whole article, the slots would be read from memory a second and a third time */
    for (size_t i = 0; i < tl->n; i++) {
        tok_word *w = &tl->word[i];
        w->pair = pair_of(g, tl, i, w->slot, &w->next);
        w->kinds = w->starts = 0;
        w->dates = 0;
        w->flags = 0;
        w->lex = 0;
        if (w->slot < 0) continue;
        const slot *s = &g->tab[w->slot];
        w->kinds = (unsigned short)slot_kinds(s, w->pair >= 0 ? &g->bi[w->pair] : NULL, &w->lex);
        w->starts = s->cls_mask;
        w->dates = s->date_mask;
        w->flags = s->flags;
    }
    return 0;
}

gazetteer *gazetteer_load(const char *datadir, char *err, size_t errlen)
{
    gazetteer *g = calloc(1, sizeof *g);
    if (!g) { snprintf(err, errlen, "out of memory"); return NULL; }
    if (pthread_mutex_init(&g->stem_lock, NULL) != 0) { free(g); snprintf(err, errlen, "cannot create a mutex"); return NULL; }
    if (!(g->stem = sb_stemmer_new("russian", "UTF_8"))) {
        snprintf(err, errlen, "libstemmer: no Russian stemmer (out of memory?)");
        gazetteer_free(g);
        return NULL;
    }
    static const struct { const char *file; line_fn fn; int tabs; } files[] = {
        {"countries.tsv", line_country, 1}, {"cities.tsv", line_city, 1},
        {"places-ru.tsv", line_place_ru, 1},
        {"bodies.tsv", line_body, 1},       {"orgs.tsv", line_org, 1},
        {"titles.tsv", line_title, 1},      {"months.tsv", line_month, 1},
        {"doctypes.tsv", line_doctype, 1},  {"lexicon.tsv", line_lex, 1},
        {"boilerplate.txt", line_boiler, 1}, {"translit.tsv", line_translit, 1},
        {"dates.tsv", line_date, 1},
    };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        if (load_file(g, datadir, files[i].file, files[i].fn, files[i].tabs, err, errlen) < 0) {
            gazetteer_free(g);
            return NULL;
        }
    if (finalize(g) < 0) {
        snprintf(err, errlen, "out of memory");
        gazetteer_free(g);
        return NULL;
    }
    if (g->ncountries == 0 || g->nbodies == 0) {
        snprintf(err, errlen, "%s: no countries or bodies loaded", datadir);
        gazetteer_free(g);
        return NULL;
    }
    /* once every slot is in place (their numbers stay): words read after this are remembered */
    g->wslots = calloc(WSLOTS, sizeof *g->wslots); /* (NULL: words are keyed each time) */
    return g;
}

void gazetteer_free(gazetteer *g)
{
    if (!g) return;
    for (int i = 0; i < g->ne; i++) {
        for (int k = 0; g->e[i].tok && k < g->e[i].ntok; k++) free(g->e[i].tok[k]);
        free(g->e[i].tok);
        free(g->e[i].tslot_more);
        free(g->e[i].base);
    }
    free(g->e);
    for (size_t i = 0; i < g->tabn; i++) free(g->tab[i].hkey);
    free(g->tab);
    free(g->probe);
    free(g->bikey);
    free(g->bi);
    for (int i = 0; i < g->ncountries; i++) { free(g->countries[i].slug); free(g->countries[i].name); free(g->countries[i].iso); free(g->countries[i].capital); }
    free(g->countries);
    for (int i = 0; i < g->ncities; i++) free(g->cities[i].name);
    free(g->cities);
    for (int i = 0; i < g->nbodies; i++) { free(g->bodies[i].code); free(g->bodies[i].group); }
    free(g->bodies);
    for (int i = 0; i < g->norgs; i++) free(g->orgs[i].code);
    free(g->orgs);
    for (int i = 0; i < g->ntitles; i++) free(g->titles[i].name);
    free(g->titles);
    for (int i = 0; i < g->ndoctypes; i++) free(g->doctypes[i].name);
    free(g->doctypes);
    for (int i = 0; i < g->ntr; i++) { free(g->tr_from[i]); free(g->tr_to[i]); }
    free(g->tr_from);
    free(g->tr_letters);
    free(g->tr_to);
    if (g->stem) sb_stemmer_delete(g->stem);
    memo_free(&g->stems);
    for (size_t i = 0; g->wslots && i < WSLOTS; i++) free(g->wslots[i].word);
    free(g->wslots);
    strmap_free(&g->exact);
    pthread_mutex_destroy(&g->stem_lock);
    free(g);
}


/* Whether token t is written as an entry needs (see PH_PLACE).  A word that
 * starts with a letter outside ASCII counts as capitalised: text.c knows the
 * case of Latin-1 and Cyrillic only, and "Şanlıurfa" is a name. */
static int written_ok(const token *t, int need)
{
    if (need == NEED_UPPER) return t->upper;
    if (need == NEED_CAP) {
        unsigned char c = (unsigned char)t->norm[0];
        return t->cap || (c >= 0x80 && !(c >= 0xD0 && c <= 0xD3)); /* «минский» is no place */
    }
    return 1;
}

/* Whether a Cyrillic word matched by its stem is a case form of a place
 * whose first word, less a final «а», «я», «ь» or «й» (an adjective less
 * «ая», «ий», «ый», «ое»: «Российская»), is base: the base and a case ending («Минске», «Москвы», «Россией», «Казахстаном»).  A stem can
 * be shorter than any form of the name: «Бакиев», a surname, and «Баку»
 * share the stem «бак», but «Бакиев» is not «Баку» and an ending. */
static int place_form_ok(const char *norm, const char *base)
{
    size_t n = strlen(base);
    if (strncmp(norm, base, n) != 0) return 0;
    const char *rest = norm + n;
    size_t rn = strlen(rest);
    for (size_t k = 0; k < N_PLACE_ENDINGS; k++) /* (the lengths first: a comparison for few of them) */
        if (place_endings[k].n == rn && !memcmp(rest, place_endings[k].s, rn)) return 1;
    return 0;
}

/* The slot of token i's word: interned, or looked up (stemmed when Cyrillic). */
static __attribute__((noinline)) const slot *tok_slot_lookup(const gazetteer *g, const toklist *tl, size_t i)
{
    int k = word_slot(g, tl->t[i].norm, tl->hash ? tl->hash[i] : 0);
    return k < 0 ? NULL : &g->tab[k];
}

static inline const slot *tok_slot(const gazetteer *g, const toklist *tl, size_t i)
{
    if (tl->word) return tl->word[i].slot < 0 ? NULL : &g->tab[tl->word[i].slot];
    return tok_slot_lookup(g, tl, i); /* a list gaz_intern did not see: a header line */
}

/* Whether token j is word w of entry e (slot numbers compare as the keys do). */
static int tok_is(const gazetteer *g, const toklist *tl, size_t j, const entry *e, int w)
{
    if (tl->word) return tl->word[j].slot == entry_slots(e)[w];
    const slot *s = tok_slot(g, tl, j);
    return s && (int)(s - g->tab) == entry_slots(e)[w];
}

/* Where entry e, written as the text at token i must be (written_ok,
 * place_form_ok), ends in the text (hyphens between its words skipped),
 * not past limit; 0 when it does not match there. */
static size_t entry_end(const gazetteer *g, const toklist *tl, size_t i, size_t limit, const entry *e)
{
    if (e->need && !written_ok(&tl->t[i], e->need)) return 0;
    if (e->base && !place_form_ok(tl->t[i].norm, e->base)) return 0;
    if (tl->word) { /* interned: slots compare, and each word knows the next (hyphens skipped) */
        const int *ts = entry_slots(e);
        for (size_t j = i, w = 0;; j = tl->word[j].next) {
            if (j >= limit || j >= tl->n || tl->word[j].slot != ts[w]) return 0;
            if ((int)++w == e->ntok) return j + 1;
        }
    }
    size_t j = i;
    int w = 0;
    for (; w < e->ntok && j < limit && j < tl->n; w++, j++) {
        while (j < limit && j < tl->n && w > 0 && is_hyphen(&tl->t[j])) j++;
        if (j >= limit || j >= tl->n) break;
        if (!tok_is(g, tl, j, e, w)) break;
    }
    return w < e->ntok ? 0 : j;
}

/* The bigram of token i's word (slot s) and the next word (hyphens
 * skipped), when that word is before limit: the entries of two words or
 * more that may start at i.  NULL when none. */
static const bigram *pair_at(const gazetteer *g, const toklist *tl, size_t i, size_t limit, const slot *s)
{
    if (tl->word) {
        const tok_word *w = &tl->word[i];
        return w->pair >= 0 && w->next < limit ? &g->bi[w->pair] : NULL;
    }
    size_t j = i + 1; /* a list gaz_intern did not see: a header line */
    while (j < limit && j < tl->n && is_hyphen(&tl->t[j])) j++;
    const slot *s2 = j < limit && j < tl->n ? tok_slot(g, tl, j) : NULL;
    return s2 ? bigram_find(g, (int)(s - g->tab), (int)(s2 - g->tab)) : NULL;
}

/* Whether bigram bg has an entry of class cls (any when cls < 0) and, for
 * G_LEX and G_DATE with lex >= 0, of that lexicon class or date kind. */
static int pair_has(const bigram *bg, int cls, int lex)
{
    if (!bg) return 0;
    if (cls < 0) return 1;
    if (!(bg->cls_mask >> cls & 1u)) return 0;
    if (cls == G_LEX && lex >= 0) return (bg->lex_mask & LX_BIT(lex)) != 0;
    if (cls == G_DATE && lex >= 0) return (bg->date_mask >> lex & 1u) != 0;
    return 1;
}

/* The first entry matching at token i along a chain (from k, by bnext or
 * bcnext, next or cnext as `by` says), of lexicon class or date kind lex
 * when lex >= 0 (G_LEX, G_DATE); 1 with *hit filled, else 0. */
enum { BY_NEXT, BY_CNEXT, BY_BNEXT, BY_BCNEXT };
static int chain_match(const gazetteer *g, const toklist *tl, size_t i, size_t limit, int k, int by, int cls,
                       int lex, gaz_hit *hit)
{
    for (; k >= 0;) {
        const entry *e = &g->e[k];
        k = by == BY_NEXT ? e->next : by == BY_CNEXT ? e->cnext : by == BY_BNEXT ? e->bnext : e->bcnext;
        if ((cls == G_LEX || cls == G_DATE) && lex >= 0 && e->val != lex) continue;
        size_t j = entry_end(g, tl, i, limit, e);
        if (!j) continue;
        hit->cls = e->cls;
        hit->val = e->val;
        hit->sub = e->sub;
        hit->start = i;
        hit->end = j;
        return 1;
    }
    return 0;
}

/* The chains are longest first: the entries of two words or more that start
 * with the text's first two words (the bigram's chain), then those of one
 * word (the tail of the word's chain). */
int gaz_match(const gazetteer *g, const toklist *tl, size_t i, size_t limit, int cls, int lex, gaz_hit *hit)
{
    if (i >= limit || i >= tl->n) return 0;
    const slot *s = tok_slot(g, tl, i);
    if (!s) return 0;
    if (cls >= 0 && !(s->cls_mask >> cls & 1u)) return 0;
    if (cls == G_LEX && lex >= 0 && !(s->lex_mask & LX_BIT(lex))) return 0;
    if (cls == G_DATE && lex >= 0 && !(s->date_mask >> lex & 1u)) return 0;
    unsigned want = cls >= 0 ? 1u << cls : ~0u;
    int one = (s->one_mask & want) != 0; /* whether a one-word entry may match (the lexicon class or date kind too) */
    if (one && cls == G_LEX && lex >= 0) one = (s->one_lex_mask & LX_BIT(lex)) != 0;
    if (one && cls == G_DATE && lex >= 0) one = (s->one_date_mask >> lex & 1u) != 0;
    const bigram *bg = s->longer ? pair_at(g, tl, i, limit, s) : NULL;
    if (pair_has(bg, cls, lex) &&
        chain_match(g, tl, i, limit, cls >= 0 ? bg->chead[cls] : bg->head, cls >= 0 ? BY_BCNEXT : BY_BNEXT, cls, lex, hit))
        return 1;
    return one && chain_match(g, tl, i, limit, cls >= 0 ? s->one_chead[cls] : s->one_head, cls >= 0 ? BY_CNEXT : BY_NEXT,
                              cls, lex, hit);
}

int gaz_match_all(const gazetteer *g, const toklist *tl, size_t i, size_t limit, int cls, gaz_hit *hits, int max)
{
    gaz_hit first;
    if (max < 1 || !gaz_match(g, tl, i, limit, cls, -1, &first)) return 0;
    hits[0] = first;
    int n = 1;
    const slot *s = tok_slot(g, tl, i);
    /* the others end where the first does: entries of one word when it is one word (the tail of the class's
     * chain), else entries whose first two words are the text's (the bigram's chain of the class), each
     * chain in the order of the whole */
    const bigram *bg = first.end > i + 1 ? pair_at(g, tl, i, limit, s) : NULL;
    int multi = first.end > i + 1;
    for (int k = multi ? (bg ? bg->chead[cls] : -1) : s->one_chead[cls]; k >= 0 && n < max;
         k = multi ? g->e[k].bcnext : g->e[k].cnext) {
        const entry *e = &g->e[k];
        if (e->val == first.val && e->sub == first.sub) continue;
        if (entry_end(g, tl, i, limit, e) != first.end) continue;
        hits[n++] = (gaz_hit){e->cls, e->val, e->sub, i, first.end};
    }
    return n;
}

int gaz_may_start(const gazetteer *g, const toklist *tl, size_t i, unsigned cls_mask)
{
    if (i >= tl->n) return 0;
    const slot *s = tok_slot(g, tl, i);
    return s && (s->cls_mask & cls_mask) != 0;
}

int gaz_text_may_start(const gazetteer *g, const char *s, size_t n, unsigned cls_mask)
{
    size_t k = 0;
    while (k < n && (s[k] == ' ' || s[k] == '\t')) k++;
    size_t w = k;
    while (w < n && s[w] != ' ' && s[w] != '\t' && s[w] != ',' && s[w] != '.' && s[w] != '(' && s[w] != '-' &&
           s[w] != '/' && s[w] != ':' && s[w] != '\n')
        w++;
    if (w == k || w - k > 60) return 0;
    for (size_t q = k; q < w; q++)
        if ((unsigned char)s[q] >= 0x80) return 1; /* not ASCII: the tokeniser's forms decide */
    char norm[128];
    fold_ascii(s + k, w - k, norm, sizeof norm);
    const slot *sl = slot_find(g, norm);
    return sl && (sl->cls_mask & cls_mask) != 0;
}

unsigned gaz_kinds(const gazetteer *g, const toklist *tl, size_t i, unsigned long long *lex)
{
    *lex = 0;
    if (i >= tl->n) return 0;
    if (tl->word) { /* (gaz_intern kept them) */
        *lex = tl->word[i].lex;
        return tl->word[i].kinds;
    }
    const slot *s = tok_slot(g, tl, i); /* (a list gaz_intern did not see: a header line) */
    if (!s) return 0;
    return slot_kinds(s, longer_adds(s) ? pair_at(g, tl, i, tl->n, s) : NULL, lex);
}

unsigned gaz_date_kinds(const gazetteer *g, const toklist *tl, size_t i, unsigned *cls)
{
    *cls = 0;
    if (i >= tl->n) return 0;
    if (tl->word) { /* (gaz_intern kept them) */
        *cls = tl->word[i].starts;
        return tl->word[i].dates;
    }
    const slot *s = tok_slot(g, tl, i);
    if (!s) return 0;
    *cls = s->cls_mask;
    return s->date_mask;
}

/* Whether token i's word carries flag f (F_NOTNAME, F_INITIAL ...); 0 past the end. */
static int tok_flag(const gazetteer *g, const toklist *tl, size_t i, unsigned f)
{
    if (i >= tl->n) return 0;
    if (tl->word) return (tl->word[i].flags & f) != 0; /* (gaz_intern kept them) */
    const slot *s = tok_slot(g, tl, i);
    return s && (s->flags & f);
}

int gaz_tok_notname(const gazetteer *g, const toklist *tl, size_t i) { return tok_flag(g, tl, i, F_NOTNAME); }

int gaz_notname(const gazetteer *g, const char *norm)
{
    int k = word_slot(g, norm, 0);
    return k >= 0 && (g->tab[k].flags & F_NOTNAME);
}

int gaz_tok_initial(const gazetteer *g, const toklist *tl, size_t i) { return tok_flag(g, tl, i, F_INITIAL); }

int gaz_is_abbrev(const void *gv, const char *norm)
{
    const gazetteer *g = gv;
    int k = word_slot(g, norm, 0);
    return k >= 0 && (g->tab[k].flags & F_ABBREV);
}

static const slot *boiler_slot(const gazetteer *g, const char *line, size_t n)
{
    /* folding shortens a character to a third at most (U+2009, three bytes, is one space):
     * a line over three times the longest boilerplate line is none, and most lines are */
    if (n >= 255 || n > 3 * g->boiler_max) return NULL;
    char key[256];
    key[0] = '\x01';
    /* (folded no further than one byte past the longest: a fold that long is none) */
    size_t room = g->boiler_max + 2 < sizeof key - 1 ? g->boiler_max + 2 : sizeof key - 1;
    if (fold_ascii(line, n, key + 1, room) > g->boiler_max) return NULL;
    const slot *s = slot_find(g, key);
    return s && (s->flags & F_BOILER) ? s : NULL;
}

int gaz_is_boilerplate(const gazetteer *g, const char *line, size_t n)
{
    const slot *s = boiler_slot(g, line, n);
    if (s) return s->flags & F_LINKS ? 2 : 1;
    /* "Read also:", "Read more: <a headline>": a links marker with its colon */
    const char *colon = memchr(line, ':', n);
    if (!colon) return 0;
    size_t k = (size_t)(colon - line);
    while (k > 0 && (line[k - 1] == ' ' || line[k - 1] == '\t')) k--;
    s = boiler_slot(g, line, k);
    if (!s || !(s->flags & F_LINKS)) return 0;
    const char *r = colon + 1, *end = line + n;
    while (r < end && (*r == ' ' || *r == '\t')) r++;
    return r == end ? 2 : 1; /* the marker alone: the lines after it are links; with a headline: this line only */
}

const country *gaz_country(const gazetteer *g, int i) { return i >= 0 && i < g->ncountries ? &g->countries[i] : NULL; }
const city *gaz_city(const gazetteer *g, int i) { return i >= 0 && i < g->ncities ? &g->cities[i] : NULL; }
const body *gaz_body(const gazetteer *g, int i) { return i >= 0 && i < g->nbodies ? &g->bodies[i] : NULL; }
const org *gaz_org(const gazetteer *g, int i) { return i >= 0 && i < g->norgs ? &g->orgs[i] : NULL; }
const title *gaz_title(const gazetteer *g, int i) { return i >= 0 && i < g->ntitles ? &g->titles[i] : NULL; }

int gaz_title_body(const gazetteer *g, const char *name)
{
    for (int i = 0; i < g->ntitles; i++)
        if (g->titles[i].body >= 0 && !strcmp(g->titles[i].name, name)) return g->titles[i].body;
    return -1;
}
int gaz_title_single(const gazetteer *g, const char *name)
{
    for (int i = 0; i < g->ntitles; i++)
        if (!strcmp(g->titles[i].name, name) && (g->titles[i].body >= 0 || g->titles[i].one)) return 1;
    return 0;
}
int gaz_head_title(const gazetteer *g)
{
    for (int i = 0; i < g->ntitles; i++)
        if (g->titles[i].head) return i;
    return -1;
}
const doctype *gaz_doctype(const gazetteer *g, int i) { return i >= 0 && i < g->ndoctypes ? &g->doctypes[i] : NULL; }
int gaz_ncountries(const gazetteer *g) { return g->ncountries; }

int gaz_capital(const gazetteer *g, int country)
{
    if (country < 0 || country >= g->ncountries || !g->countries[country].capital) return -1;
    for (int i = 0; i < g->ncities; i++)
        if (g->cities[i].country == country && !strcmp(g->cities[i].name, g->countries[country].capital)) return i;
    return -1;
}
int gaz_nbodies(const gazetteer *g) { return g->nbodies; }

int gaz_body_index(const gazetteer *g, const char *code)
{
    for (int i = 0; i < g->nbodies; i++)
        if (!strcmp(g->bodies[i].code, code)) return i;
    return -1;
}

int gaz_org_index(const gazetteer *g, const char *code)
{
    for (int i = 0; i < g->norgs; i++)
        if (!strcmp(g->orgs[i].code, code)) return i;
    return -1;
}
