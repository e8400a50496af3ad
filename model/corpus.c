/* corpus — articles in, the contract model out; see corpus.h.
 *
 * Each article is parsed (article.c) and its facts extracted (extract.c) as
 * it is added.  corpus_model() then resolves across articles:
 *  - meetings: mentions are taken most specific first (date precision, then
 *    place) and each joins the first cluster it is compatible with (same
 *    bodies and format, no known part of date or place differing, no mention
 *    from the same article already there); a mention that gives neither a
 *    year nor a place joins only when exactly one cluster fits.  A cluster's
 *    date is the union of its mentions' known parts; it is held if any
 *    mention reports it held.
 *  - officials: one person per surname key (data/translit.tsv folds spelling
 *    variants) and compatible first initial.
 *  - documents: one per meeting, type and title (word overlap 0.6); the
 *    status is the most advanced any article reports (adopted, draft, planned).
 * Ids are slugs (date-bodies-place, name, title) with -2, -3 ... on
 * collision, assigned after sorting, so they are the same on every run. */
#include "model/corpus.h"
#include "model/article.h"
#include "model/extract.h"
#include "model/sbuf.h"
#include "model/strmap.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

/* A news article is a few KiB; anything this big is not one, and refusing it
 * keeps a load (and a reload) bounded in time. */
#define MAX_ARTICLE_BYTES (4u << 20)

/* The extraction budget of one article.  A news article is a few KiB with a
 * handful of facts; a file far past these is hostile or not news, and the
 * work it would cost (extraction is linear, but its facts feed the
 * cross-article resolution) is refused: facts are extracted from the first
 * EXTRACT_MAX_BYTES of its text only, and past EXTRACT_MAX_MEETINGS /
 * _OFFICIALS / _DOCUMENTS the rest are dropped, each named in a warning. */
#define EXTRACT_MAX_BYTES (256u << 10)
#define EXTRACT_MAX_MEETINGS 64
#define EXTRACT_MAX_OFFICIALS 256
#define EXTRACT_MAX_DOCUMENTS 256

/* A resolution bound: a document is compared (title overlap) with at most
 * this many earlier documents of its meeting, and a meeting mention with at
 * most this many clusters sharing its bodies (and year); exact matches are
 * found by key whatever the count.  Real corpora stay far below both. */
#define RESOLVE_MAX_CANDIDATES 64

/* nm_all, no_all, nd_all: what extract_article found, restored before
 * extraction_clear (the counts in x may be cut to the budget above). */
typedef struct art { article a; extraction x; int nm_all, no_all, nd_all; } art;

struct corpus {
    const gazetteer *g;
    art *arts;
    size_t n, cap;
    int explain;
    FILE *warn;
    long nwarn;
    strmap ids;       /* article id -> 1, to refuse duplicates */
};

/* Gives back the counts cut by apply_budget, so extraction_clear frees
 * every fact. */
static void art_restore(art *a)
{
    if (a->nm_all) a->x.nm = a->nm_all;
    if (a->no_all) a->x.no = a->no_all;
    if (a->nd_all) a->x.nd = a->nd_all;
    a->nm_all = a->no_all = a->nd_all = 0;
}

/* Drops the values >= limit from an index list. */
static void intvec_below(intvec *v, int limit)
{
    int n = 0;
    for (int i = 0; i < v->n; i++)
        if (v->v[i] < limit) v->v[n++] = v->v[i];
    v->n = n;
}

corpus *corpus_new(const gazetteer *g)
{
    corpus *c = calloc(1, sizeof *c);
    if (c) c->g = g;
    return c;
}

void corpus_free(corpus *c)
{
    if (!c) return;
    for (size_t i = 0; i < c->n; i++) {
        article_clear(&c->arts[i].a);
        art_restore(&c->arts[i]);
        extraction_clear(&c->arts[i].x);
    }
    free(c->arts);
    strmap_free(&c->ids);
    free(c);
}

size_t corpus_count(const corpus *c) { return c->n; }
void corpus_set_explain(corpus *c, int on) { c->explain = on; }
void corpus_set_warnings(corpus *c, FILE *f) { c->warn = f; }

static void warn(corpus *c, const char *article_id, unsigned offset, const char *what, const char *detail)
{
    if (!c->warn) return;
    if (++c->nwarn <= 1000)
        fprintf(c->warn, "csto: warning: %s@%u: %s%s%s\n", article_id, offset, what, detail ? ": " : "", detail ? detail : "");
}

/* One line per unresolved fact, in article order (deterministic). */
static void report_unresolved(corpus *c)
{
    const gazetteer *g = c->g;
    for (size_t a = 0; a < c->n; a++) {
        const art *ar = &c->arts[a];
        for (int i = 0; i < ar->x.nm; i++) {
            const x_meeting *m = &ar->x.m[i];
            sbuf b = {0};
            for (int bi = 0; bi < gaz_nbodies(g); bi++)
                if (m->bodies >> bi & 1u) { if (b.len) sbuf_putc(&b, '+'); sbuf_puts(&b, gaz_body(g, bi)->code); }
            if (!m->date.y) warn(c, ar->a.id, m->ev.n ? m->ev.v[0].start : 0, "meeting has no date (year unknown)", sbuf_str(&b));
            if (m->city < 0 && m->country < 0 && m->format == FM_IN_PERSON)
                warn(c, ar->a.id, m->ev.n ? m->ev.v[0].start : 0, "meeting has no place", sbuf_str(&b));
            sbuf_free(&b);
        }
        for (int i = 0; i < ar->x.no; i++) {
            const x_official *o = &ar->x.o[i];
            int placed = 0;
            for (int p = 0; p < o->npos; p++) placed |= o->pos[p].country >= 0 || o->pos[p].org >= 0;
            if (!placed) warn(c, ar->a.id, o->ev.n ? o->ev.v[0].start : 0, "official has no country or organisation", o->name);
        }
        for (int i = 0; i < ar->x.nd; i++)
            if (ar->x.d[i].meeting < 0) warn(c, ar->a.id, ar->x.d[i].ev.start, "document not linked to a meeting", ar->x.d[i].title);
        if (!ar->a.published.y) warn(c, ar->a.id, 0, "no publication date: relative dates are not resolved", NULL);
    }
    if (c->warn && c->nwarn > 1000) fprintf(c->warn, "csto: %ld more warnings not shown\n", c->nwarn - 1000);
}

/* Where to cut a text of len bytes to at most max: after the last line
 * break or sentence end in the last quarter, else at a UTF-8 boundary. */
static size_t cut_point(const char *t, size_t len, size_t max)
{
    if (len <= max) return len;
    for (size_t i = max; i > max - max / 4; i--)
        if (t[i - 1] == '\n' || (t[i - 1] == ' ' && i >= 2 && t[i - 2] == '.')) return i;
    size_t i = max;
    while (i > 0 && ((unsigned char)t[i] & 0xC0) == 0x80) i--;
    return i;
}

/* Cuts a count *n of facts (`what`) to max, keeping the whole count in
 * *n_all (art_restore) and naming the cut in a warning; 1 when it cut. */
static int over_cap(corpus *c, const char *article_id, int *n, int *n_all, int max, const char *what)
{
    if (*n <= max) return 0;
    char detail[160];
    snprintf(detail, sizeof detail, "%d %s: the %d after the first %d are dropped", *n, what, *n - max, max);
    warn(c, article_id, 0, "article over its extraction budget", detail);
    *n_all = *n;
    *n = max;
    return 1;
}

/* extract_article within the article's budget (EXTRACT_MAX_*): a longer
 * text is handed over cut (then given back whole), and facts past the caps
 * are dropped with the references to them; each cut is named in a warning. */
static int extract_budgeted(corpus *c, art *a)
{
    article *ar = &a->a;
    size_t len = ar->len, cut = cut_point(ar->text, len, EXTRACT_MAX_BYTES);
    char saved = ar->text[cut];
    if (cut < len) {
        char detail[160];
        snprintf(detail, sizeof detail, "%zu bytes of text: facts extracted from the first %zu only", len, cut);
        warn(c, ar->id, (unsigned)cut, "article over its extraction budget", detail);
        ar->text[cut] = '\0';
        ar->len = cut;
    }
    int rc = extract_article(c->g, ar, &a->x);
    ar->text[cut] = saved;
    ar->len = len;
    if (rc < 0) return -1;
    extraction *x = &a->x;
    if (over_cap(c, ar->id, &x->nm, &a->nm_all, EXTRACT_MAX_MEETINGS, "meeting mentions")) {
        for (int i = 0; i < x->no; i++) intvec_below(&x->o[i].meetings, EXTRACT_MAX_MEETINGS);
        for (int i = 0; i < x->nd; i++)
            if (x->d[i].meeting >= EXTRACT_MAX_MEETINGS) x->d[i].meeting = -1;
    }
    if (over_cap(c, ar->id, &x->no, &a->no_all, EXTRACT_MAX_OFFICIALS, "officials"))
        for (int i = 0; i < x->nm; i++) intvec_below(&x->m[i].participants, EXTRACT_MAX_OFFICIALS);
    over_cap(c, ar->id, &x->nd, &a->nd_all, EXTRACT_MAX_DOCUMENTS, "documents");
    return 0;
}

/* A headline the text needs: «В Кремле завершились переговоры лидеров стран
 * ОДКБ» over a text that names no meeting of its own («В заседании приняли
 * участие ...»).  When the text alone gives no meeting, the headline (not a
 * sentence, so not in the text: article.c) is read as the text's first
 * paragraph, and stays there when it gives one, so every span is still an
 * offset of the article's text; otherwise the article is as it was.  A text
 * over its budget is not read twice. */
static int extract_with_headline(corpus *c, art *a)
{
    article *ar = &a->a;
    if (a->x.nm || !ar->title || ar->len > EXTRACT_MAX_BYTES / 2) return 0;
    size_t tn = strlen(ar->title), add = tn + 2;
    if (ar->len >= tn && !memcmp(ar->text, ar->title, tn)) return 0; /* a sentence: the lede already */
    if (!extract_may_name_meeting(c->g, ar->title, tn)) return 0; /* (most texts without a meeting: a second reading finds none) */
    char *t = malloc(add + ar->len + 1);
    if (!t) return -1;
    memcpy(t, ar->title, tn);
    memcpy(t + tn, "\n\n", 2);
    memcpy(t + add, ar->text, ar->len + 1);
    art old = *a; /* its extraction and counts; the article's text is swapped below */
    ar->text = t;
    ar->len += add;
    if (ar->dateline_end) ar->dateline_start += add, ar->dateline_end += add;
    a->nm_all = a->no_all = a->nd_all = 0;
    int rc = extract_budgeted(c, a); /* (on failure the extraction is cleared) */
    if (rc == 0 && a->x.nm) {
        art_restore(&old);
        extraction_clear(&old.x);
        free(old.a.text);
        return 1;
    }
    art_restore(a); /* as it was */
    extraction_clear(&a->x);
    free(t);
    *a = old;
    return rc;
}

int corpus_add_text(corpus *c, const char *id, const char *text, size_t len, char *err, size_t errlen)
{
    if (strmap_get(&c->ids, id)) {
        snprintf(err, errlen, "duplicate article id '%s' (skipped)", id);
        return -1;
    }
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 64;
        art *p = realloc(c->arts, cap * sizeof *p);
        if (!p) { snprintf(err, errlen, "out of memory"); return -1; }
        c->arts = p;
        c->cap = cap;
    }
    art *a = &c->arts[c->n];
    memset(a, 0, sizeof *a);
    if (article_parse(c->g, id, text, len, &a->a, err, errlen) < 0) return -1;
    if (extract_budgeted(c, a) < 0 || extract_with_headline(c, a) < 0) {
        article_clear(&a->a);
        art_restore(a);
        extraction_clear(&a->x);
        snprintf(err, errlen, "out of memory during extraction");
        return -1;
    }
    if (strmap_put(&c->ids, id, 1) < 0) {
        article_clear(&a->a);
        art_restore(a);
        extraction_clear(&a->x);
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    c->n++;
    return 0;
}

/* Whether an open file lives on a virtual file system whose "files" are the
 * kernel's (or a process's) state rather than an article: /proc, /sys and
 * their kin report regular files of size 0 that read as anything. */
static int on_virtual_fs(int fd)
{
    struct statfs fs;
    if (fstatfs(fd, &fs) != 0) return 0;
    switch ((unsigned long)fs.f_type) {
    case 0x9fa0UL:     /* proc */
    case 0x62656572UL: /* sysfs */
    case 0x64626720UL: /* debugfs */
    case 0x74726163UL: /* tracefs */
    case 0x1cd1UL:     /* devpts */
    case 0x27e0ebUL:   /* cgroup */
    case 0x63677270UL: /* cgroup2 */
    case 0x73636673UL: /* securityfs */
    case 0x6e736673UL: /* nsfs */
    case 0x50495045UL: /* pipefs */
    case 0xcafe4a11UL: /* bpf */
        return 1;
    default:
        return 0;
    }
}

/* Opens an article file for reading, refusing what is not one: the path is
 * resolved (realpath) and, when root is given (the real path of the corpus
 * directory), must stay beneath it, so a symbolic link can never publish a
 * file from elsewhere; the resolved path is opened with O_NOFOLLOW (a link
 * swapped in after the check is not followed) and O_NONBLOCK (a FIFO or
 * device never blocks the load); what was opened must be a regular file on a
 * real file system (not /proc, /sys, /dev).  Returns the descriptor, or -1
 * with the reason in err. */
static int open_article(const char *path, const char *root, char *err, size_t errlen)
{
    char real[PATH_MAX];
    if (!realpath(path, real)) { snprintf(err, errlen, "%s", strerror(errno)); return -1; }
    if (root) {
        size_t rl = strlen(root);
        if (strncmp(real, root, rl) != 0 || (real[rl] != '/' && rl > 1)) {
            snprintf(err, errlen, "a symbolic link out of the corpus directory: not read");
            return -1;
        }
    }
    if (!strncmp(real, "/proc/", 6) || !strncmp(real, "/sys/", 5) || !strncmp(real, "/dev/", 5)) {
        snprintf(err, errlen, "a file of /proc, /sys or /dev: not read");
        return -1;
    }
    struct stat st;
    if (stat(real, &st) != 0) { snprintf(err, errlen, "%s", strerror(errno)); return -1; }
    if (!S_ISREG(st.st_mode)) { snprintf(err, errlen, "not a regular file"); return -1; }
    int fd = open(real, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(err, errlen, "%s", errno == ELOOP ? "a symbolic link swapped in: not read" : strerror(errno));
        return -1;
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        snprintf(err, errlen, "not a regular file");
        close(fd);
        return -1;
    }
    if (on_virtual_fs(fd)) {
        snprintf(err, errlen, "a file of a virtual file system (/proc, /sys): not read");
        close(fd);
        return -1;
    }
    return fd;
}

/* Reads a whole regular file from fd (closed here) into out; returns 0 or
 * -1 with a reason in err.  size is what fstat said of it: the text is read
 * straight into out, with room for one byte more, and a read that stops at
 * exactly size bytes short of that room is the end (the file did not grow),
 * so a file costs one read, not a second one that returns 0.  Anything else
 * (a short read before size, a file that grew) reads on until a read returns
 * 0. */
static int read_fd(int fd, off_t size, sbuf *out, char *err, size_t errlen)
{
    int rc = 0;
    size_t want = size > 0 && size <= (off_t)MAX_ARTICLE_BYTES ? (size_t)size + 1 : 65536;
    for (;;) {
        if (sbuf_reserve(out, want) < 0) break; /* (out->oom, below) */
        ssize_t n = read(fd, out->buf + out->len, want);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) { snprintf(err, errlen, "read error: %s", strerror(errno)); rc = -1; break; }
        out->len += (size_t)n;
        out->buf[out->len] = '\0';
        if (n == 0 || (size > 0 && out->len == (size_t)size && (size_t)n < want)) break;
        if (out->len > MAX_ARTICLE_BYTES) { snprintf(err, errlen, "larger than %u MiB", MAX_ARTICLE_BYTES >> 20); rc = -1; break; }
        want = 65536;
    }
    if (!rc && out->oom) { snprintf(err, errlen, "out of memory"); rc = -1; }
    close(fd);
    return rc;
}

static int read_and_add(corpus *c, int fd, off_t size, const char *path, FILE *errlog);

static int add_file(corpus *c, const char *path, const char *root, FILE *errlog)
{
    struct stat st;
    char err[256];
    if (stat(path, &st) < 0) { fprintf(errlog, "%s: %s\n", path, strerror(errno)); return 1; }
    if (!S_ISREG(st.st_mode)) { fprintf(errlog, "%s: not a regular file\n", path); return 1; }
    if (st.st_size > (off_t)MAX_ARTICLE_BYTES) {
        fprintf(errlog, "%s: larger than %u MiB (%lld bytes): not an article\n", path, MAX_ARTICLE_BYTES >> 20,
                (long long)st.st_size);
        return 1;
    }
    int fd = open_article(path, root, err, sizeof err);
    if (fd < 0) { fprintf(errlog, "%s: %s\n", path, err); return 1; }
    return read_and_add(c, fd, st.st_size, path, errlog);
}

/* Reads the article open at fd (closed here) and adds it under the id its
 * path's file name gives; 0, or 1 when it failed (named on errlog). */
static int read_and_add(corpus *c, int fd, off_t size, const char *path, FILE *errlog)
{
    char err[256];
    sbuf b = {0};
    if (read_fd(fd, size, &b, err, sizeof err) < 0) {
        fprintf(errlog, "%s: %s\n", path, err);
        sbuf_free(&b);
        return 1;
    }
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t bl = strlen(base);
    if (bl > 4 && !strcmp(base + bl - 4, ".txt")) bl -= 4;
    char id[256];
    if (bl > 255) bl = 255;
    memcpy(id, base, bl);
    id[bl] = '\0';
    int rc = corpus_add_text(c, id, sbuf_str(&b), b.len, err, sizeof err);
    if (rc < 0) fprintf(errlog, "%s: %s\n", path, err);
    sbuf_free(&b);
    return rc < 0;
}

/* ---- a directory opened once ---------------------------------------------
 *
 * Loading a directory of many small articles spent a third of its time in
 * the kernel: per file a realpath of the directory and of the file (a
 * readlink per component), three stats, an fstatfs.  An entry that is a
 * plain regular file needs none of them: opened relative to the directory
 * (openat) with O_NOFOLLOW, by a name without a slash, it is the directory's
 * own entry, beneath its real path by construction; on the directory's file
 * system (st_dev), it is on no virtual one.  What is anything else (a
 * symbolic link, not a regular file, another file system) goes the careful
 * way, corpus_add_file_in, which names the reason. */
struct corpus_dir {
    int fd;
    dev_t dev;
    char root[PATH_MAX];
};

corpus_dir *corpus_dir_open(const char *dir)
{
    corpus_dir *d = calloc(1, sizeof *d);
    if (!d) return NULL;
    d->fd = -1;
    struct stat st;
    if (!realpath(dir, d->root) || !strncmp(d->root, "/proc/", 6) || !strncmp(d->root, "/sys/", 5) ||
        !strncmp(d->root, "/dev/", 5) || (d->fd = open(d->root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0 ||
        fstat(d->fd, &st) != 0 || on_virtual_fs(d->fd)) {
        corpus_dir_close(d);
        return NULL;
    }
    d->dev = st.st_dev;
    return d;
}

void corpus_dir_close(corpus_dir *d)
{
    if (!d) return;
    if (d->fd >= 0) close(d->fd);
    free(d);
}

int corpus_dir_add(corpus *c, const corpus_dir *d, const char *name, const char *path, FILE *errlog)
{
    if (strchr(name, '/') || name[0] == '.') return -1;
    int fd = openat(d->fd, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return -1;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || (st.st_dev != d->dev && on_virtual_fs(fd))) {
        close(fd);
        return -1;
    }
    if (st.st_size > (off_t)MAX_ARTICLE_BYTES) {
        fprintf(errlog, "%s: larger than %u MiB (%lld bytes): not an article\n", path, MAX_ARTICLE_BYTES >> 20,
                (long long)st.st_size);
        close(fd);
        return 1;
    }
    return read_and_add(c, fd, st.st_size, path, errlog);
}

int corpus_add_file_in(corpus *c, const char *dir, const char *path, FILE *errlog)
{
    char root[PATH_MAX];
    if (!realpath(dir, root)) { fprintf(errlog, "%s: %s\n", dir, strerror(errno)); return 1; }
    return add_file(c, path, root, errlog);
}

static int txt_filter(const struct dirent *d)
{
    size_t n = strlen(d->d_name);
    return d->d_name[0] != '.' && n > 4 && !strcmp(d->d_name + n - 4, ".txt");
}

int corpus_add_path(corpus *c, const char *path, FILE *errlog)
{
    struct stat st;
    if (stat(path, &st) < 0) { fprintf(errlog, "%s: %s\n", path, strerror(errno)); return 1; }
    if (!S_ISDIR(st.st_mode)) return add_file(c, path, NULL, errlog);
    struct dirent **list;
    int n = scandir(path, &list, txt_filter, alphasort);
    if (n < 0) { fprintf(errlog, "%s: %s\n", path, strerror(errno)); return 1; }
    int failed = 0;
    corpus_dir *d = corpus_dir_open(path);
    for (int i = 0; i < n; i++) {
        sbuf p = {0};
        sbuf_printf(&p, "%s/%s", path, list[i]->d_name);
        int r = d ? corpus_dir_add(c, d, list[i]->d_name, sbuf_str(&p), errlog) : -1;
        failed += r >= 0 ? r : corpus_add_file_in(c, path, sbuf_str(&p), errlog);
        sbuf_free(&p);
        free(list[i]);
    }
    corpus_dir_close(d);
    free(list);
    return failed;
}

/* ---- resolution --------------------------------------------------------- */

typedef struct ref { int art, idx; } ref;
typedef struct refvec { ref *v; int n, cap; } refvec;

static int ref_push(refvec *v, ref r)
{
    if (v->n == v->cap) {
        int cap = v->cap ? v->cap * 2 : 4;
        ref *p = realloc(v->v, (size_t)cap * sizeof *p);
        if (!p) return -1;
        v->v = p;
        v->cap = cap;
    }
    v->v[v->n++] = r;
    return 0;
}

typedef struct cluster {
    unsigned bodies;
    cdate date;
    int last_day;     /* a range's last day (x_meeting last_day), else 0 */
    int guessed;      /* its day is a guess (x_meeting guessed): only its month tells it apart */
    int city, country, format, held;
    cdate pub;        /* publication date of its first member (for undated clusters) */
    refvec members;   /* (article, meeting index) */
    char *id;
    int next_year;    /* next cluster with the same bodies and year (index chain), -1 */
    int next_bodies;  /* next cluster with the same bodies, -1 */
} cluster;

/* Where an article names a person by a full name the corpus knows, with
 * nothing else there that makes it an official of that article. */
typedef struct namedref { int art; unsigned start, end; } namedref;

typedef struct person {
    char key[64];
    char initial;
    char *name;       /* borrowed from an extraction */
    refvec members;   /* (article, official index) */
    namedref *named;  /* articles naming the person only by name (named_in_text), owned */
    int nnamed;
    char *id;
    int next;         /* next person with the same surname key, -1 */
} person;

typedef struct gdoc {
    char *title;      /* borrowed */
    int type, status, cluster, initiator;
    refvec members;   /* (article, document index) */
    char *id;
    int next;         /* next document of the same meeting, -1 */
} gdoc;

typedef struct resolver {
    corpus *c;
    cluster *cl; int ncl;
    person *pe; int npe;
    gdoc *dc; int ndc;
    int **mclus;      /* per article: meeting index -> cluster */
    int **operson;    /* per article: official index -> person */
    int **dglob;      /* per article: document index -> gdoc */
} resolver;

static int cmp_art(const void *a, const void *b)
{
    return strcmp(((const art *)a)->a.id, ((const art *)b)->a.id);
}

typedef struct mref { int art, idx, prec, place; } mref;

static int cmp_mref(const void *a, const void *b)
{
    const mref *x = a, *y = b;
    if (x->prec != y->prec) return y->prec - x->prec;
    if (x->place != y->place) return y->place - x->place;
    if (x->art != y->art) return x->art - y->art;
    return x->idx - y->idx;
}

/* Whether a mention of article art already joined cluster k: read from the
 * article's own mentions (mclus, -1 until placed), at most
 * EXTRACT_MAX_MEETINGS of them, not from the cluster's members (which grow
 * with the corpus). */
static int cluster_has_article(const resolver *r, int k, int art)
{
    for (int i = 0; i < r->c->arts[art].x.nm; i++)
        if (r->mclus[art][i] == k) return 1;
    return 0;
}

/* Days since 1970-01-01 of a full date (Howard Hinnant's days_from_civil). */
static long day_number(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* The days a date may stand for: [*lo, *hi]; 0 when its year is unknown. */
static int date_span(cdate d, long *lo, long *hi)
{
    if (!d.y) return 0;
    if (!d.m) { *lo = day_number(d.y, 1, 1); *hi = day_number(d.y, 12, 31); return 1; }
    if (!d.d) {
        *lo = day_number(d.y, d.m, 1);
        *hi = day_number(d.m == 12 ? d.y + 1 : d.y, d.m == 12 ? 1 : d.m + 1, 1) - 1;
        return 1;
    }
    *lo = *hi = day_number(d.y, d.m, d.d);
    return 1;
}

/* How far (in days) a report's publication may stand from the meeting it
 * mentions without dating it: an announcement a few weeks ahead, a report a
 * few weeks after. */
#define UNDATED_WINDOW 45

/* Whether an undated mention, published on `pub` with status `held`, can be
 * the meeting dated `when` (or, when `when` has no year either, the undated
 * mention published on `other`). */
static int undated_fits_within(cdate pub, int held, cdate when, cdate other, long window)
{
    long plo, phi, lo, hi;
    if (!date_span(pub, &plo, &phi) || date_precision(pub) < 3) return 0;
    if (!date_span(when, &lo, &hi)) {
        if (!date_span(other, &lo, &hi) || date_precision(other) < 3) return 0;
        return labs(lo - plo) <= window / 3;
    }
    if (hi < plo - window || lo > phi + window) return 0;
    if (held && lo > phi + 1) return 0;    /* reported as held: it took place before */
    if (!held && hi < plo - 1) return 0;   /* announced: it is still to come */
    return 1;
}

static int undated_fits(cdate pub, int held, cdate when, cdate other)
{
    return undated_fits_within(pub, held, when, other, UNDATED_WINDOW);
}

/* A dateline's day whose year is unknown fits a meeting of any year: only a
 * meeting within a week of it in that year is taken for the one it reports
 * ("12 марта, Минск": a session of 10 March some year, not one of 20
 * February, though the same ministers met in Minsk then too). */
#define YEARLESS_WINDOW 7

/* Whether positions a and b are one office: the same title, of the same
 * country, or of the same organisation when neither names a country. */
static int same_office(const x_position *a, const x_position *b)
{
    return a->title && b->title && a->country == b->country && (a->country >= 0 || a->org == b->org) &&
           !strcmp(a->title, b->title);
}

/* A bound on the work of era_conflict: officials of the article, members
 * of the cluster read. */
#define ERA_MAX 16

/* Whether article art names someone in an office that one person holds at
 * a time (gaz_title_single: President, Secretary General ..., written as
 * such, not "acting President"), of a country or an organisation, that a participant of cluster k holds as
 * another person: the article tells of another time ("Armenian President
 * Serzh Sargsyan" and a summit where Armenia's President is someone else;
 * "CSTO Secretary General Bordyuzha" and one where Zas is). */
static int era_conflict(const resolver *r, int k, int art)
{
    const extraction *x = &r->c->arts[art].x;
    int seen = 0;
    for (int a = 0; a < x->no && seen < ERA_MAX; a++)
        for (int p = 0; p < x->o[a].npos; p++) {
            const x_position *ap = &x->o[a].pos[p];
            if (!ap->title || (ap->country < 0 && ap->org < 0) || !gaz_title_single(r->c->g, ap->title)) continue;
            seen++;
            for (int i = 0; i < r->cl[k].members.n && i < ERA_MAX; i++) {
                ref rf = r->cl[k].members.v[i];
                const extraction *y = &r->c->arts[rf.art].x;
                const x_meeting *km = &y->m[rf.idx];
                for (int q = 0; q < km->participants.n; q++) {
                    const x_official *ko = &y->o[km->participants.v[q]];
                    if (!strcmp(ko->key, x->o[a].key)) continue;
                    for (int kp = 0; kp < ko->npos; kp++)
                        if (same_office(&ko->pos[kp], ap)) return 1;
                }
            }
        }
    return 0;
}

/* Whether article art, with no publication year, dates meetings, and none
 * of them within a year of `year`: a report that dates its summit to 2016
 * and leaves the ministers' session before it undated is not of a session
 * of 2024. */
static int other_years(const resolver *r, int art, int year)
{
    const extraction *x = &r->c->arts[art].x;
    int dated = 0;
    for (int i = 0; i < x->nm; i++) {
        if (!x->m[i].date.y) continue;
        if (abs(x->m[i].date.y - year) <= 1) return 0;
        dated = 1;
    }
    return dated;
}

/* Whether mention m named a month of a year unknown (loose_month) and cluster k is dated in another ("the
 * informal summit held in August in Astana", no year, is not the Astana summit of 8 November 2018). */
static int other_month(const cluster *k, const x_meeting *m)
{
    return m->loose_month && k->date.m && k->date.m != m->loose_month;
}

static int fits(const resolver *r, int ki, const x_meeting *m, int art)
{
    const cluster *k = &r->cl[ki];
    if (k->bodies != m->bodies) return 0;
    if (cluster_has_article(r, ki, art)) return 0;
    /* a day that is a guess (the report's, for a meeting it does not date) is only its month */
    if ((k->guessed || m->guessed) && date_precision(k->date) == 3 && date_precision(m->date) == 3)
        return k->format == m->format && k->date.y == m->date.y && k->date.m == m->date.m &&
               !(k->city >= 0 && m->city >= 0 && k->city != m->city);
    /* one body on one day is one meeting, whatever format or place each report gives ("13-14
     * October" and "14 October": the same days) */
    if (date_precision(k->date) == 3 && date_precision(m->date) == 3)
        return date_overlaps(k->date, k->last_day, m->date, m->last_day);
    if (k->format != m->format) return 0;
    if (!date_overlaps(k->date, k->last_day, m->date, m->last_day)) return 0;
    if (k->city >= 0 && m->city >= 0 && k->city != m->city) return 0;
    if (k->country >= 0 && m->country >= 0 && k->country != m->country) return 0;
    if (!m->date.y) {
        /* no year of its own: the publication date places it in time; a report
         * without one joins only a meeting in the same city (and only when it
         * is the one such meeting: see cluster_meetings) */
        cdate pub = r->c->arts[art].a.published;
        if (pub.y) return undated_fits(pub, m->status == ST_HELD, k->date, k->pub);
        if (pub.m && pub.d && k->date.y) {
            /* a dateline's day without a year ("MOSCOW, November 30"): in the meeting's year */
            cdate p = {k->date.y, pub.m, pub.d};
            if (m->status == ST_HELD && !k->held) return 0; /* held, and of a year nothing says: not one only announced */
            if (date_precision(k->date) < 2) return 0;       /* a week of some year is no fit for a whole year */
            return undated_fits_within(p, m->status == ST_HELD, k->date, k->pub, YEARLESS_WINDOW);
        }
        /* "on 6 October", year unknown, in two reports: one body's meeting of that day */
        if (!k->date.y) return m->date.d && k->date.d && date_overlaps(k->date, k->last_day, m->date, m->last_day);
        if (era_conflict(r, ki, art) || other_years(r, art, k->date.y)) return 0;
        /* (not a meeting whose year alone is known, and only as a guess, the report's: "Feb 4-5" in another report
         * is no day of it) */
        if (k->guessed && date_precision(k->date) == 1 && m->date.d) return 0;
        if (m->city >= 0) /* the same city, or a meeting placed only in that city's country */
            return k->city == m->city || (k->city < 0 && k->country == gaz_city(r->c->g, m->city)->country);
        return m->date.m != 0; /* "slated for November 28": the one meeting of that day in some year */
    } else if (!k->date.y) {
        return 0; /* undated clusters are made after every dated one */
    }
    return 1;
}

/* ---- a mention that nothing places in time ------------------------------
 *
 * A mention with no year of its own, in a report with no publication date,
 * can still name a meeting other reports date: the people it says took part
 * (a summit of 2002 and one of 2022 have different presidents), and the
 * reports it already shares a meeting with (two reports of one summit that
 * both mention the ministers' session before it).  These helpers weigh that
 * evidence; cluster_meetings takes the one cluster it clearly favours. */

/* Whether article b has a mention in some cluster, other than `except`,
 * that a mention of article a already joined. */
static int articles_share_cluster(const resolver *r, int a, int b, int except)
{
    for (int i = 0; i < r->c->arts[a].x.nm; i++) {
        int q = r->mclus[a][i];
        if (q >= 0 && q != except && cluster_has_article(r, q, b)) return 1;
    }
    return 0;
}

/* The people mention m (of article art) and cluster k both report taking
 * part, by surname key; at most RESOLVE_MAX_CANDIDATES members are read. */
static int shared_participants(const resolver *r, int k, const x_meeting *m, int art)
{
    const extraction *x = &r->c->arts[art].x;
    int shared = 0;
    for (int p = 0; p < m->participants.n; p++) {
        const x_official *o = &x->o[m->participants.v[p]];
        int found = 0;
        for (int i = 0; i < r->cl[k].members.n && i < RESOLVE_MAX_CANDIDATES && !found; i++) {
            ref rf = r->cl[k].members.v[i];
            const extraction *y = &r->c->arts[rf.art].x;
            const x_meeting *km = &y->m[rf.idx];
            for (int q = 0; q < km->participants.n && !found; q++) {
                const x_official *ko = &y->o[km->participants.v[q]];
                found = !strcmp(ko->key, o->key) && (!o->initial || !ko->initial || o->initial == ko->initial);
            }
        }
        shared += found;
    }
    return shared;
}

/* Whether a member of cluster k comes from a report that shares another
 * meeting with article art. */
static int kin_report(const resolver *r, int k, int art)
{
    for (int i = 0; i < r->cl[k].members.n && i < RESOLVE_MAX_CANDIDATES; i++)
        if (articles_share_cluster(r, art, r->cl[k].members.v[i].art, k)) return 1;
    return 0;
}

/* Whether cluster k can be the meeting of mention m, dates aside: the same
 * bodies and format, no place differing, no mention of the same article. */
static int compatible_undated(const resolver *r, int k, const x_meeting *m, int art)
{
    const cluster *c = &r->cl[k];
    return c->bodies == m->bodies && c->format == m->format && date_overlaps(c->date, c->last_day, m->date, m->last_day) &&
           !other_month(c, m) &&
           !(c->city >= 0 && m->city >= 0 && c->city != m->city) &&
           !(c->country >= 0 && m->country >= 0 && c->country != m->country) && !cluster_has_article(r, k, art);
}

/* For a mention nothing places in time: the cluster it clearly names, or
 * -1.  A cluster from a report that already shares a meeting with this one
 * counts 2, each participant both name counts 1 (only where the place
 * fits); the best needs 2 and no rival as good. */
static int kin_pick(const resolver *r, const int *head, const x_meeting *m, int art)
{
    int best = -1, best_score = 0, tie = 0, seen = 0;
    for (int k = head ? *head : -1; k >= 0 && seen++ < RESOLVE_MAX_CANDIDATES; k = r->cl[k].next_bodies) {
        if (!compatible_undated(r, k, m, art) || era_conflict(r, k, art)) continue;
        int score = kin_report(r, k, art) ? 2 : 0;
        if (fits(r, k, m, art)) score += shared_participants(r, k, m, art);
        if (score > best_score) { best = k; best_score = score; tie = 0; }
        else if (score == best_score) tie = 1;
    }
    return best_score >= 2 && !tie ? best : -1;
}

/* Whether cluster ki, placed nowhere yet, could be the meeting of mention m
 * that fits() would place by its city alone (no year, a report with no
 * date): such a cluster is a rival, so the one meeting in that city is not
 * the only one the mention can be (a report of "a summit in Moscow" under
 * no date, and two dated summits, one of them in Moscow and one whose place
 * its report gives later). */
static int unplaced_rival(const resolver *r, int ki, const x_meeting *m, int art)
{
    const cluster *k = &r->cl[ki];
    cdate pub = r->c->arts[art].a.published;
    if (m->date.y || pub.y || (pub.m && pub.d) || m->city < 0 || !k->date.y) return 0;
    return k->city < 0 && k->country < 0 && compatible_undated(r, ki, m, art) && !era_conflict(r, ki, art) &&
           !other_years(r, art, k->date.y);
}

static void cluster_keys(unsigned bodies, int year, char *by_year, char *by_bodies, size_t n)
{
    snprintf(by_year, n, "%x:%d", bodies, year);
    snprintf(by_bodies, n, "%x", bodies);
}

/* Whether cluster k, dated to the day, is dated on the day and month of a
 * mention that gives them without a year ("on Tuesday, March 4" under
 * "ASTANA, March 3"). */
static int same_day_of_year(const cluster *k, const x_meeting *m)
{
    return !m->date.y && m->date.m && m->date.d && date_precision(k->date) == 3 &&
           date_overlaps((cdate){0, k->date.m, k->date.d}, k->last_day, m->date, m->last_day);
}

/* Follows a chain from *head (via next_year or next_bodies) and returns the
 * first-created fitting cluster; counts the fits in *count.  Of several
 * fits, the one dated on the mention's year-less day is the one when no
 * other is ("March 4" is the session of 4 March 2025, not one only known
 * to be of 2019). */
static int best_fit(const resolver *r, const int *head, int by_year, const x_meeting *m, int art, int *count)
{
    int pick = -1, seen = 0, same_day = -1, n_same_day = 0;
    for (int k = head ? *head : -1; k >= 0 && seen++ < RESOLVE_MAX_CANDIDATES;
         k = by_year ? r->cl[k].next_year : r->cl[k].next_bodies)
        if (fits(r, k, m, art)) {
            (*count)++;
            if (other_month(&r->cl[k], m)) continue; /* a rival that is not the one */
            if (pick < 0 || k < pick) pick = k;
            if (same_day_of_year(&r->cl[k], m)) same_day = k, n_same_day++;
        } else if (unplaced_rival(r, k, m, art)) {
            (*count)++; /* not picked, but the pick is no longer the only one */
        }
    if (*count > 1 && n_same_day == 1) {
        *count = 1;
        return same_day;
    }
    return pick;
}

/* ---- the year of a report that gives none -----------------------------
 *
 * "ASTANA, March 3 - ... the session will open on Tuesday, March 4": no
 * year anywhere, but once the day is that of one meeting other reports date
 * (4 March 2025), the report is of that year, and its other year-less days
 * are too ("in May the ministers met in Bishkek": May 2025, not some May). */

/* The one cluster, dated to the day, that a year-less day mention fits on
 * its day and month (same_day_of_year), or -1. */
static int same_day_pick(const resolver *r, const int *head, const x_meeting *m, int art)
{
    int pick = -1, n = 0, seen = 0;
    for (int k = head ? *head : -1; k >= 0 && seen++ < RESOLVE_MAX_CANDIDATES; k = r->cl[k].next_bodies)
        if (same_day_of_year(&r->cl[k], m) && fits(r, k, m, art)) pick = k, n++;
    return n == 1 ? pick : -1;
}

/* For each report with no year of its own (*years[a] stays 0 otherwise):
 * the reference day its year-less dates are read from (its dateline's day
 * in the year found, else the meeting's day), from the mentions whose day
 * names one dated meeting; reports whose mentions disagree get none.
 * Returns -1 when out of memory. */
static int report_years(const resolver *r, const strmap *bodies_idx, cdate **refs)
{
    corpus *c = r->c;
    *refs = calloc(c->n + 1, sizeof **refs);
    if (!*refs) return -1;
    for (size_t a = 0; a < c->n; a++) {
        cdate pub = c->arts[a].a.published, found = {0, 0, 0};
        int conflict = 0;
        if (pub.y) continue;
        for (int i = 0; i < c->arts[a].x.nm && !conflict; i++) {
            const x_meeting *m = &c->arts[a].x.m[i];
            if (m->date.y || !m->date.m || !m->date.d) continue;
            char ky[48], kb[48];
            cluster_keys(m->bodies, 0, ky, kb, sizeof ky);
            int k = same_day_pick(r, strmap_get(bodies_idx, kb), m, (int)a);
            if (k < 0) continue;
            cdate ref = {r->cl[k].date.y, m->date.m, m->date.d}; /* the day named, in that meeting's year */
            if (pub.m && pub.d) ref = date_complete((cdate){0, pub.m, pub.d}, ref);
            if (found.y && date_cmp(found, ref) != 0) conflict = 1;
            found = ref;
        }
        if (!conflict) (*refs)[a] = found;
    }
    return 0;
}

/* A year-less date of a report whose year report_years found: the year
 * nearest the reference day; when that is the report's own day (`pub`),
 * the year that puts it before that day when the meeting was held, after
 * it when it is still to come. */
static cdate complete_in_report(cdate d, cdate ref, int pub, int held)
{
    cdate out = date_complete(d, ref);
    if (!out.y || !out.m) return d;
    if (!pub) return out;
    cdate day = out.d ? out : (cdate){out.y, out.m, 1};
    if (held && date_cmp(day, ref) > 0) out.y--;
    else if (!held && date_cmp(out.d ? out : (cdate){out.y, out.m, 28}, ref) < 0) out.y++;
    return out;
}

/* ---- meetings of one report on one weekday ------------------------------
 *
 * "В Минске в четверг проходит совместное заседание ... Позже в четверг
 * пройдет сессия СКБ", in a report whose day is unknown: both are of one
 * day, so once other reports date one of them to a Thursday, the other is
 * of that Thursday too (x_meeting.weekday). */

/* Whether cluster date d can be the day of mention m: dated to the day, on
 * m's weekday, no known part of m's own date differing. */
static int weekday_fits(cdate d, int last_day, const x_meeting *m)
{
    return m->weekday && date_precision(d) == 3 && !last_day && date_weekday(d) + 1 == m->weekday &&
           date_precision(m->date) < 3 && date_compatible(m->date, d);
}

/* The day of the meetings of article art, other than its mention idx, on
 * mention m's weekday that already joined a cluster dated to that weekday
 * (weekday_fits); 1 when there is one such day. */
static int sibling_day(const resolver *r, int art, int idx, const x_meeting *m, cdate *day)
{
    const extraction *x = &r->c->arts[art].x;
    int found = 0;
    for (int i = 0; i < x->nm; i++) {
        int k = r->mclus[art][i];
        if (i == idx || k < 0 || x->m[i].weekday != m->weekday || !weekday_fits(r->cl[k].date, r->cl[k].last_day, m))
            continue;
        if (found && date_cmp(*day, r->cl[k].date) != 0) return 0;
        *day = r->cl[k].date, found = 1;
    }
    return found;
}

/* Mention idx of article art joined cluster k: its article's meetings on
 * its weekday, placed before it alone in a cluster of their own with the
 * same year, take k's day. */
static void date_siblings(resolver *r, int art, int idx, int k)
{
    const extraction *x = &r->c->arts[art].x;
    const x_meeting *m = &x->m[idx];
    if (!m->weekday) return;
    for (int i = 0; i < x->nm; i++) {
        int q = r->mclus[art][i];
        if (i == idx || q < 0 || q == k || x->m[i].weekday != m->weekday || r->cl[q].members.n != 1) continue;
        cluster *o = &r->cl[q];
        if (o->date.y == r->cl[k].date.y && date_precision(o->date) < 3 && weekday_fits(r->cl[k].date, r->cl[k].last_day, &x->m[i]))
            o->date = r->cl[k].date, o->last_day = 0, o->guessed = 0;
    }
}

static int cluster_meetings(resolver *r)
{
    corpus *c = r->c;
    int total = 0, rc = -1;
    cdate *refs = NULL; /* report_years, once the dated mentions are placed */
    for (size_t a = 0; a < c->n; a++) total += c->arts[a].x.nm;
    mref *ms = calloc((size_t)total + 1, sizeof *ms);
    r->cl = calloc((size_t)total + 1, sizeof *r->cl);
    strmap year_idx = {0}, bodies_idx = {0};
    if (!ms || !r->cl) goto cleanup;
    int n = 0;
    for (size_t a = 0; a < c->n; a++)
        for (int i = 0; i < c->arts[a].x.nm; i++) {
            const x_meeting *m = &c->arts[a].x.m[i];
            r->mclus[a][i] = -1; /* not placed yet (cluster_has_article) */
            ms[n++] = (mref){(int)a, i, date_precision(m->date) * 2 + (m->date.d ? 1 : 0),
                             m->city >= 0 ? 2 : m->country >= 0 ? 1 : 0};
        }
    qsort(ms, (size_t)n, sizeof *ms, cmp_mref);
    for (int i = 0; i < n; i++) {
        const x_meeting *m = &c->arts[ms[i].art].x.m[ms[i].idx];
        x_meeting completed;
        if (!m->date.y && !refs) {
            /* every mention with a year is placed (they sort first): the reports that give none */
            if (report_years(r, &bodies_idx, &refs) < 0) goto cleanup;
        }
        if (!m->date.y && m->date.m && refs && refs[ms[i].art].y) {
            completed = *m;
            cdate pub = c->arts[ms[i].art].a.published;
            completed.date = complete_in_report(m->date, refs[ms[i].art], pub.m && pub.d, m->status == ST_HELD);
            m = &completed;
        }
        cdate day;
        if (m->weekday && sibling_day(r, ms[i].art, ms[i].idx, m, &day)) {
            if (m != &completed) completed = *m;
            completed.date = day, completed.last_day = 0;
            m = &completed;
        }
        int vague = !m->date.y && (!c->arts[ms[i].art].a.published.y || (m->city < 0 && m->country < 0));
        int pick = -1, count = 0;
        char ky[48], kb[48];
        if (m->date.y) {
            /* clusters of that year, then clusters whose year is unknown */
            cluster_keys(m->bodies, m->date.y, ky, kb, sizeof ky);
            pick = best_fit(r, strmap_get(&year_idx, ky), 1, m, ms[i].art, &count);
            if (pick < 0) {
                cluster_keys(m->bodies, 0, ky, kb, sizeof ky);
                pick = best_fit(r, strmap_get(&year_idx, ky), 1, m, ms[i].art, &count);
            }
        } else {
            cluster_keys(m->bodies, 0, ky, kb, sizeof ky);
            pick = best_fit(r, strmap_get(&bodies_idx, kb), 0, m, ms[i].art, &count);
        }
        if (vague && count != 1) {
            /* nothing dates it: the people and the reports it shares decide */
            cluster_keys(m->bodies, 0, ky, kb, sizeof ky);
            pick = c->arts[ms[i].art].a.published.y ? -1 : kin_pick(r, strmap_get(&bodies_idx, kb), m, ms[i].art);
        }
        if (pick < 0) {
            pick = r->ncl++;
            cluster *k = &r->cl[pick];
            k->bodies = m->bodies;
            k->date = m->date;
            k->last_day = m->last_day;
            k->guessed = m->guessed;
            k->city = m->city;
            k->country = m->country;
            k->format = m->format;
            k->pub = c->arts[ms[i].art].a.published;
            cluster_keys(k->bodies, k->date.y, ky, kb, sizeof ky);
            int *h = strmap_get(&year_idx, ky);
            k->next_year = h ? *h : -1;
            h = strmap_get(&bodies_idx, kb);
            k->next_bodies = h ? *h : -1;
            if (strmap_put(&year_idx, ky, pick) < 0 || strmap_put(&bodies_idx, kb, pick) < 0) goto cleanup;
        } else {
            cluster *k = &r->cl[pick];
            /* the year is fixed at creation: mentions with a year come first */
            if (!k->date.m && m->date.m) k->date.m = m->date.m;
            /* (but a range of days that holds the cluster's day says less than it: "26-27 ноября" in a report with
             * no year, against "Бишкек, 27.11.19") */
            int in_range = m->last_day && date_precision(k->date) == 3 && !k->last_day && k->date.m == m->date.m &&
                           (!m->date.y || m->date.y == k->date.y) && k->date.d >= m->date.d && k->date.d <= m->last_day;
            /* (the cluster's year stays when the day comes with none) */
            if (k->guessed && !m->guessed && m->date.d && !in_range) {
                int y = k->date.y;
                k->date = m->date, k->last_day = m->last_day, k->guessed = 0;
                if (!k->date.y) k->date.y = y;
            }
            else if (!k->date.d && m->date.d && k->date.m == m->date.m) k->date.d = m->date.d, k->last_day = m->last_day;
            else if (k->last_day && m->date.d && !m->last_day) k->date.d = m->date.d, k->last_day = 0; /* a day of the range */
            if (m->format == FM_VIDEO && k->format != FM_VIDEO) { /* a report that says "online" knows more */
                k->format = FM_VIDEO;
                k->city = k->country = -1;
            }
            if (k->format != FM_VIDEO) {
                if (k->city < 0) k->city = m->city;
                if (k->country < 0) k->country = m->country;
            }
        }
        if (m->status == ST_HELD) r->cl[pick].held = 1;
        if (ref_push(&r->cl[pick].members, (ref){ms[i].art, ms[i].idx}) < 0) goto cleanup;
        r->mclus[ms[i].art][ms[i].idx] = pick;
        date_siblings(r, ms[i].art, ms[i].idx, pick);
    }
    rc = 0;
cleanup:
    free(ms);
    free(refs);
    strmap_free(&year_idx);
    strmap_free(&bodies_idx);
    return rc;
}

/* Whether a name is written in Latin letters (no byte of another script). */
static int latin_name(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p >= 0xD0 && *p <= 0xD4) return 0; /* Cyrillic */
    return 1;
}

/* Whether a name in Cyrillic letters is in an oblique case: its surname (the
 * last word) has a case ending («Николом Пашиняном», «Сергея Лаврова»). */
static int oblique_name(const char *s)
{
    const char *last = strrchr(s, ' ');
    last = last ? last + 1 : s;
    char f[128];
    fold_ascii(last, strlen(last), f, sizeof f);
    return ru_surname_base(f) < strlen(f);
}

static int better_name(const char *a, const char *b) /* a better than b */
{
    /* the knowledge base is in English: a person named in both scripts is named in Latin letters */
    if (latin_name(a) != latin_name(b)) return latin_name(a);
    /* in Russian, the nominative («Никол Пашинян») over a case form («Николом Пашиняном») */
    if (!latin_name(a) && oblique_name(a) != oblique_name(b)) return !oblique_name(a);
    int wa = text_words(a), wb = text_words(b);
    if (wa != wb) return wa > wb;
    if (strlen(a) != strlen(b)) return strlen(a) > strlen(b);
    return strcmp(a, b) < 0;
}

static int resolve_people(resolver *r)
{
    corpus *c = r->c;
    int total = 0, rc = -1;
    for (size_t a = 0; a < c->n; a++) total += c->arts[a].x.no;
    r->pe = calloc((size_t)total + 1, sizeof *r->pe);
    strmap by_key = {0};
    if (!r->pe) return -1;
    /* officials with a first name first, so that "Putin" joins "Vladimir Putin" */
    for (int pass = 0; pass < 2; pass++)
        for (size_t a = 0; a < c->n; a++)
            for (int i = 0; i < c->arts[a].x.no; i++) {
                const x_official *o = &c->arts[a].x.o[i];
                if ((pass == 0) != (o->initial != 0)) continue;
                int pick = -1;
                int *head = strmap_get(&by_key, o->key);
                for (int k = head ? *head : -1; k >= 0; k = r->pe[k].next)
                    if (!o->initial || !r->pe[k].initial || o->initial == r->pe[k].initial)
                        if (pick < 0 || k < pick) pick = k;
                if (pick < 0) {
                    pick = r->npe++;
                    memcpy(r->pe[pick].key, o->key, sizeof o->key);
                    r->pe[pick].name = o->name;
                    r->pe[pick].next = head ? *head : -1;
                    if (strmap_put(&by_key, o->key, pick) < 0) goto cleanup;
                }
                person *p = &r->pe[pick];
                if (!p->initial) p->initial = o->initial;
                if (better_name(o->name, p->name)) p->name = o->name;
                if (ref_push(&p->members, (ref){(int)a, i}) < 0) goto cleanup;
                r->operson[a][i] = pick;
            }
    rc = 0;
cleanup:
    strmap_free(&by_key);
    return rc;
}

/* ---- officials named only by name ------------------------------------------
 *
 * An article that names a known official by a full name ("... to replace
 * Stanislav Zas, whose term expires"), with no title there, names that
 * official all the same: the person's full names (two or three words, each
 * capitalised, from every article that gave a title) are looked up at each
 * capitalised word of every text. */

static int name_letter(const unsigned char *p)
{
    return ((*p | 32) >= 'a' && (*p | 32) <= 'z') || *p >= 0x80;
}

static int name_capital(const unsigned char *p)
{
    return (*p >= 'A' && *p <= 'Z') || (p[0] == 0xD0 && ((p[1] >= 0x90 && p[1] <= 0xAF) || p[1] == 0x81));
}

/* The end of the word at p (letters, inner hyphens). */
static const unsigned char *name_word_end(const unsigned char *p, const unsigned char *end)
{
    while (p < end && (name_letter(p) || (*p == '-' && p + 1 < end && name_letter(p + 1)))) p++;
    return p;
}

/* Whether s is two or three capitalised words, one space apart. */
static int full_name_form(const char *s)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + strlen(s);
    int words = 0;
    while (p < end) {
        if (!name_capital(p)) return 0;
        const unsigned char *we = name_word_end(p, end);
        if (we == p) return 0;
        words++;
        if (we == end) break;
        if (*we != ' ') return 0;
        p = we + 1;
    }
    return words >= 2 && words <= 3;
}

static int named_push(person *p, int art, unsigned start, unsigned end)
{
    for (int i = 0; i < p->nnamed; i++)
        if (p->named[i].art == art) return 0;
    for (int i = 0; i < p->members.n; i++)
        if (p->members.v[i].art == art) return 0;
    namedref *n = realloc(p->named, (size_t)(p->nnamed + 1) * sizeof *n);
    if (!n) return -1;
    p->named = n;
    p->named[p->nnamed++] = (namedref){art, start, end};
    return 0;
}

/* A name's key across Russian cases: each word folded to lower case; the
 * surname (the last word) less its case ending, the given names cut to
 * their first four letters («Владимира Путина», «Владимир Путин»: «влад
 * путин»).  Into out (NUL-terminated); 0 when it does not fit. */
static int name_key(const char *s, size_t n, char *out, size_t outlen)
{
    char w[128];
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && s[j] != ' ') j++;
        size_t wl = fold_ascii(s + i, j - i, w, sizeof w);
        if (wl >= sizeof w - 1) return 0;
        if (j < n) { /* a given name: its first four letters */
            size_t k = 0;
            for (int chars = 0; k < wl && chars < 4; chars++)
                for (k++; k < wl && ((unsigned char)w[k] & 0xC0) == 0x80; k++) {}
            wl = k;
        } else if ((unsigned char)w[0] >= 0xD0) {
            wl = ru_surname_base(w);
        }
        if (o + wl + 2 > outlen) return 0;
        if (o) out[o++] = ' ';
        memcpy(out + o, w, wl);
        o += wl;
        i = j + (j < n);
    }
    out[o] = '\0';
    return 1;
}

static int named_in_text(resolver *r)
{
    corpus *c = r->c;
    strmap names = {0}, first = {0}, keys = {0}; /* keys: Cyrillic names by name_key, in any case */
    int rc = -1;
    char buf[256], key[256];
    for (int i = 0; i < r->npe; i++)
        for (int m = 0; m < r->pe[i].members.n; m++) {
            const char *n = c->arts[r->pe[i].members.v[m].art].x.o[r->pe[i].members.v[m].idx].name;
            if (strlen(n) >= sizeof buf || !full_name_form(n)) continue;
            int *had = strmap_get(&names, n);
            if (strmap_put(&names, n, had && *had != i ? -1 : i) < 0) goto cleanup; /* -1: two people */
            if (!latin_name(n) && !oblique_name(n) && name_key(n, strlen(n), key, sizeof key)) {
                had = strmap_get(&keys, key);
                if (strmap_put(&keys, key, had && *had != i ? -1 : i) < 0) goto cleanup;
                key[strcspn(key, " ")] = '\0'; /* its first word's key starts a run to look at too */
                if (strmap_put(&first, key, 1) < 0) goto cleanup;
            }
            size_t fl = strcspn(n, " ");
            memcpy(buf, n, fl);
            buf[fl] = '\0';
            if (strmap_put(&first, buf, 1) < 0) goto cleanup;
        }
    if (!names.n) { rc = 0; goto cleanup; }
    for (size_t a = 0; a < c->n; a++) {
        const unsigned char *t = (const unsigned char *)c->arts[a].a.text, *end = t + c->arts[a].a.len;
        for (const unsigned char *p = t; p < end;) {
            if (!name_capital(p) || (p > t && (name_letter(p - 1) || p[-1] == '-'))) { p++; continue; }
            /* up to three capitalised words, one space apart */
            const unsigned char *we[3], *q = p;
            int nw = 0;
            while (nw < 3) {
                const unsigned char *e2 = name_word_end(q, end);
                if (e2 == q) break;
                we[nw++] = e2;
                if (e2 + 1 < end && *e2 == ' ' && name_capital(e2 + 1)) q = e2 + 1;
                else break;
            }
            int found = 0;
            size_t fl = nw ? (size_t)(we[0] - p) : 0;
            if (nw >= 2 && fl < sizeof buf) {
                memcpy(buf, p, fl);
                buf[fl] = '\0';
                int starts = strmap_get(&first, buf) != NULL;
                size_t rl = (size_t)(we[nw - 1] - p); /* or its key does, read as a given name */
                if (!starts && keys.n && !latin_name(buf) && rl < sizeof key &&
                    name_key((const char *)p, rl, key, sizeof key)) {
                    key[strcspn(key, " ")] = '\0';
                    starts = strmap_get(&first, key) != NULL;
                }
                if (starts) /* the first word starts some known name: the longest run first */
                    for (int k = nw; k >= 2 && !found; k--) {
                        size_t len = (size_t)(we[k - 1] - p);
                        if (len >= sizeof buf) continue;
                        memcpy(buf, p, len);
                        buf[len] = '\0';
                        int *v = strmap_get(&names, buf);
                        /* «принимал Владимира Путина»: a known Russian name in another case */
                        if (!v && keys.n && !latin_name(buf) && name_key(buf, len, key, sizeof key)) v = strmap_get(&keys, key);
                        if (!v || *v < 0) continue;
                        if (named_push(&r->pe[*v], (int)a, (unsigned)(p - t), (unsigned)(we[k - 1] - t)) < 0)
                            goto cleanup;
                        found = 1;
                        p = we[k - 1];
                    }
            }
            if (!found) p = nw ? we[0] : p + 1;
        }
    }
    rc = 0;
cleanup:
    strmap_free(&names);
    strmap_free(&first);
    strmap_free(&keys);
    return rc;
}

/* The content words of a title, each once: letters and digits, 3 or more
 * characters, not "the", "and", ...; Latin lower-cased; Cyrillic lower-cased
 * and cut to its first 6 letters, a crude stem («решением», «решение»: one
 * word).  What title overlap compares.  Returns how many, at most 64, in w. */
#define TITLE_WORD 48
static int title_word_char(const unsigned char *p)
{
    return ((*p | 32) >= 'a' && (*p | 32) <= 'z') || (*p >= '0' && *p <= '9') || *p >= 0x80;
}

static int title_words(const char *s, char w[64][TITLE_WORD])
{
    const unsigned char *p = (const unsigned char *)s;
    int n = 0;
    while (*p && n < 64) {
        while (*p && !title_word_char(p)) p++;
        int l = 0, chars = 0, cyr = 0;
        char word[TITLE_WORD];
        while (*p && title_word_char(p)) {
            unsigned char b0 = p[0], b1 = p[1];
            if (b0 == 0xD0 && b1 >= 0x90 && b1 <= 0xAF) { /* А-Я to а-я */
                b0 = b1 < 0xA0 ? 0xD0 : 0xD1;
                b1 = b1 < 0xA0 ? (unsigned char)(b1 + 0x20) : (unsigned char)(b1 - 0x20);
            } else if (b0 == 0xD0 && b1 == 0x81) { b0 = 0xD1; b1 = 0x91; } /* Ё */
            int len = p[0] < 0x80 ? 1 : (p[0] & 0xE0) == 0xC0 && p[1] ? 2 : 1;
            if (len == 2) cyr |= p[0] == 0xD0 || p[0] == 0xD1;
            if (!(cyr && chars >= 6) && l + len < TITLE_WORD) {
                word[l++] = (char)(len == 1 && b0 >= 'A' && b0 <= 'Z' ? b0 + 32 : b0);
                if (len == 2) word[l++] = (char)b1;
            }
            chars++;
            p += len;
        }
        word[l] = 0;
        if (chars < 3 || !strcmp(word, "the") || !strcmp(word, "and") || !strcmp(word, "for") ||
            !strcmp(word, "with") || !strcmp(word, "its") || !strcmp(word, "from") || !strcmp(word, "into"))
            continue;
        int dup = 0;
        for (int k = 0; k < n; k++) if (!strcmp(w[k], word)) dup = 1;
        if (!dup) memcpy(w[n++], word, TITLE_WORD);
    }
    return n;
}

/* Whether the content words of two titles overlap by at least min (Jaccard). */
static int jaccard_ge(const char *a, const char *b, double min)
{
    char wa[64][TITLE_WORD], wb[64][TITLE_WORD];
    int na = title_words(a, wa), nb = title_words(b, wb);
    int inter = 0;
    for (int i = 0; i < na; i++)
        for (int k = 0; k < nb; k++)
            if (!strcmp(wa[i], wb[k])) inter++;
    int uni = na + nb - inter;
    return uni > 0 && (double)inter / uni >= min;
}

static int cmp_word(const void *a, const void *b) { return strcmp(a, b); }

/* The exact key of a document: its meeting, type and the sorted set of
 * its title's content words (the words jaccard_ge compares), so documents
 * whose titles have the same words meet in a hash map, not pairwise. */
static void doc_key(int cl, int type, const char *title, sbuf *out)
{
    char w[64][TITLE_WORD];
    int n = title_words(title, w);
    qsort(w, (size_t)n, sizeof w[0], cmp_word);
    sbuf_reset(out);
    sbuf_printf(out, "%d:%d", cl, type);
    for (int k = 0; k < n; k++) sbuf_printf(out, " %s", w[k]);
}

/* Whether document d of article art is an item of a list that already has an
 * item in g: items of one list are distinct documents however alike. */
static int doc_same_list(const resolver *r, const gdoc *g, int art, const x_document *d)
{
    if (!d->list) return 0;
    for (int i = 0; i < g->members.n; i++)
        if (g->members.v[i].art == art && r->c->arts[art].x.d[g->members.v[i].idx].list == d->list) return 1;
    return 0;
}

static int resolve_docs(resolver *r)
{
    corpus *c = r->c;
    int total = 0, rc = -1;
    for (size_t a = 0; a < c->n; a++) total += c->arts[a].x.nd;
    r->dc = calloc((size_t)total + 1, sizeof *r->dc);
    int *head = malloc(((size_t)r->ncl + 1) * sizeof *head); /* per cluster: its last document */
    strmap by_key = {0};
    sbuf key = {0};
    if (!r->dc || !head) { free(head); return -1; }
    for (int k = 0; k <= r->ncl; k++) head[k] = -1;
    for (size_t a = 0; a < c->n; a++)
        for (int i = 0; i < c->arts[a].x.nd; i++) {
            const x_document *d = &c->arts[a].x.d[i];
            int cl = d->meeting >= 0 ? r->mclus[a][d->meeting] : -1;
            int pick = -1, seen = 0;
            /* title overlap with the latest documents of the meeting (all of
             * them in any real corpus), the earliest fitting one wins */
            for (int k = cl >= 0 ? head[cl] : -1; k >= 0 && seen++ < RESOLVE_MAX_CANDIDATES; k = r->dc[k].next)
                if (r->dc[k].type == d->type && !doc_same_list(r, &r->dc[k], (int)a, d) &&
                    jaccard_ge(r->dc[k].title, d->title, 0.6))
                    pick = k; /* two items of one list are two documents */
            if (cl >= 0) {
                doc_key(cl, d->type, d->title, &key);
                if (key.oom) goto cleanup;
                int *same = pick < 0 ? strmap_get(&by_key, sbuf_str(&key)) : NULL;
                if (same) pick = *same; /* the same words, beyond the candidates compared */
            }
            if (pick < 0) {
                pick = r->ndc++;
                if (cl >= 0 && strmap_put(&by_key, sbuf_str(&key), pick) < 0) goto cleanup;
                r->dc[pick] = (gdoc){.title = d->title, .type = d->type, .status = d->status, .cluster = cl,
                                     .initiator = d->initiator, .next = cl >= 0 ? head[cl] : -1};
                if (cl >= 0) head[cl] = pick;
            } else if (strlen(d->title) > strlen(r->dc[pick].title)) {
                r->dc[pick].title = d->title;
            }
            /* adopted in any article beats draft, draft beats planned: a document
             * announced before a meeting and reported adopted after it is adopted */
            if (d->status < r->dc[pick].status) r->dc[pick].status = d->status;
            if (r->dc[pick].initiator < 0) r->dc[pick].initiator = d->initiator;
            if (ref_push(&r->dc[pick].members, (ref){(int)a, i}) < 0) goto cleanup;
            r->dglob[a][i] = pick;
        }
    rc = 0;
cleanup:
    free(head);
    strmap_free(&by_key);
    sbuf_free(&key);
    return rc;
}

/* ---- ids ---------------------------------------------------------------- */

typedef struct idrec { char *base; const char *tiebreak; int idx; } idrec;

static int cmp_idrec(const void *a, const void *b)
{
    const idrec *x = a, *y = b;
    int d = strcmp(x->base, y->base);
    if (d) return d;
    d = strcmp(x->tiebreak, y->tiebreak);
    return d ? d : x->idx - y->idx;
}

/* Gives each record a unique id: its base, then base-2, base-3 ... in sorted
 * order, skipping a suffixed id that is another record's base ("x-number" twice
 * beside "x-number-2").  Steals each base; writes the ids into out[idx]. */
static int assign_ids(idrec *recs, int n, char **out)
{
    qsort(recs, (size_t)n, sizeof *recs, cmp_idrec);
    strmap taken = {0};
    int rc = 0;
    for (int i = 0; i < n; i++)
        if (strmap_put(&taken, recs[i].base, 1) < 0) rc = -1;
    int dup = 1;
    for (int i = 0; i < n && rc == 0; i++) {
        int first = !(i > 0 && !strcmp(recs[i - 1].base, recs[i].base));
        dup = first ? 1 : dup + 1;
        sbuf b = {0};
        sbuf_puts(&b, recs[i].base);
        if (!first) {
            size_t blen = b.len;
            do { /* the next free suffix */
                b.len = blen;
                sbuf_printf(&b, "-%d", dup);
            } while (!b.oom && strmap_get(&taken, sbuf_str(&b)) && ++dup);
            if (!b.oom && strmap_put(&taken, sbuf_str(&b), 1) < 0) rc = -1;
        }
        out[recs[i].idx] = b.oom ? NULL : sbuf_steal(&b);
        sbuf_free(&b);
    }
    strmap_free(&taken);
    for (int i = 0; i < n; i++) free(recs[i].base);
    for (int i = 0; i < n; i++) if (!out[i]) return -1;
    return rc;
}

static int make_ids(resolver *r)
{
    const gazetteer *g = r->c->g;
    int n = r->ncl > r->npe ? r->ncl : r->npe;
    if (r->ndc > n) n = r->ndc;
    idrec *recs = calloc((size_t)n + 1, sizeof *recs);
    char **out = calloc((size_t)n + 1, sizeof *out);
    if (!recs || !out) { free(recs); free(out); return -1; }
    int rc = -1;
    for (int i = 0; i < r->ncl; i++) {
        cluster *k = &r->cl[i];
        sbuf b = {0};
        if (k->date.y) date_format(&b, k->date);
        else sbuf_puts(&b, "undated");
        for (int bi = 0; bi < gaz_nbodies(g); bi++)
            if (k->bodies >> bi & 1u) { sbuf_putc(&b, '-'); slug_append(&b, gaz_body(g, bi)->code, 16); }
        if (k->city >= 0) { sbuf_putc(&b, '-'); slug_append(&b, gaz_city(g, k->city)->name, 32); }
        else if (k->country >= 0) { sbuf_putc(&b, '-'); slug_append(&b, gaz_country(g, k->country)->slug, 32); }
        if (k->format == FM_VIDEO) sbuf_puts(&b, "-video");
        recs[i] = (idrec){sbuf_steal(&b), r->c->arts[k->members.v[0].art].a.id, i};
    }
    memset(out, 0, (size_t)n * sizeof *out);
    if (assign_ids(recs, r->ncl, out) < 0) goto cleanup;
    for (int i = 0; i < r->ncl; i++) r->cl[i].id = out[i];
    memset(out, 0, (size_t)n * sizeof *out);
    for (int i = 0; i < r->npe; i++) {
        sbuf b = {0};
        slug_append(&b, r->pe[i].name, 64);
        if (!b.len) sbuf_puts(&b, "official");
        recs[i] = (idrec){sbuf_steal(&b), r->c->arts[r->pe[i].members.v[0].art].a.id, i};
    }
    if (assign_ids(recs, r->npe, out) < 0) goto cleanup;
    for (int i = 0; i < r->npe; i++) r->pe[i].id = out[i];
    memset(out, 0, (size_t)n * sizeof *out);
    for (int i = 0; i < r->ndc; i++) {
        sbuf b = {0};
        slug_append(&b, r->dc[i].title, 60);
        if (!b.len) sbuf_puts(&b, "document");
        recs[i] = (idrec){sbuf_steal(&b), r->c->arts[r->dc[i].members.v[0].art].a.id, i};
    }
    if (assign_ids(recs, r->ndc, out) < 0) goto cleanup;
    for (int i = 0; i < r->ndc; i++) r->dc[i].id = out[i];
    rc = 0;
cleanup:
    free(recs);
    free(out);
    return rc;
}

/* ---- JSON --------------------------------------------------------------- */

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

static json_t *date_json(cdate d)
{
    if (!d.y) return json_null();
    sbuf b = {0};
    date_format(&b, d);
    json_t *j = json_string(sbuf_str(&b));
    sbuf_free(&b);
    return j;
}

static json_t *evidence_json(const char *article_id, const spanvec *v, json_t *arr)
{
    for (int i = 0; i < v->n; i++)
        json_array_append_new(arr, json_pack("{s:s, s:I, s:I}", "article", article_id, "start",
                                             (json_int_t)v->v[i].start, "end", (json_int_t)v->v[i].end));
    return arr;
}

static int cmp_json_str(const void *a, const void *b)
{
    return strcmp(json_string_value(*(json_t *const *)a), json_string_value(*(json_t *const *)b));
}

static void sort_strings(json_t *arr)
{
    size_t n = json_array_size(arr);
    if (n < 2) return;
    json_t **v = malloc(n * sizeof *v);
    if (!v) return;
    for (size_t i = 0; i < n; i++) v[i] = json_incref(json_array_get(arr, i));
    qsort(v, n, sizeof *v, cmp_json_str);
    json_array_clear(arr);
    for (size_t i = 0; i < n; i++) json_array_append_new(arr, v[i]);
    free(v);
}

static const char *const status_names[] = {"held", "planned"};
static const char *const format_names[] = {"in_person", "video"};
static const char *const dstatus_names[] = {"adopted", "draft", "planned"};

static int cmp_by_id(const void *a, const void *b)
{
    const char *x = json_string_value(json_object_get(*(json_t *const *)a, "id"));
    const char *y = json_string_value(json_object_get(*(json_t *const *)b, "id"));
    return strcmp(x, y);
}

static int cmp_meeting_json(const void *a, const void *b)
{
    json_t *x = json_object_get(*(json_t *const *)a, "date"), *y = json_object_get(*(json_t *const *)b, "date");
    const char *sx = json_is_string(x) ? json_string_value(x) : "~", *sy = json_is_string(y) ? json_string_value(y) : "~";
    int d = strcmp(sx, sy);
    return d ? d : cmp_by_id(a, b);
}

static json_t *sorted(json_t *arr, int (*cmp)(const void *, const void *))
{
    size_t n = json_array_size(arr);
    json_t **v = malloc((n + 1) * sizeof *v);
    if (!v) return arr;
    for (size_t i = 0; i < n; i++) v[i] = json_incref(json_array_get(arr, i));
    qsort(v, n, sizeof *v, cmp);
    json_array_clear(arr);
    for (size_t i = 0; i < n; i++) json_array_append_new(arr, v[i]);
    free(v);
    return arr;
}

/* Whether every word of a occurs in b (case-insensitive). */
static int words_subset(const char *a, const char *b)
{
    char buf[256];
    snprintf(buf, sizeof buf, "%s", a);
    for (char *save, *w = strtok_r(buf, " -", &save); w; w = strtok_r(NULL, " -", &save))
        if (!strcasestr(b, w)) return 0;
    return 1;
}

/* Every distinct written form of a person's name, sorted ("Sergey Lavrov",
 * "Сергей Лавров"): what the articles wrote, so that each can be searched. */
static json_t *names_json(const resolver *r, const person *p)
{
    json_t *arr = json_array();
    for (int i = 0; i < p->members.n; i++) {
        const char *n = r->c->arts[p->members.v[i].art].x.o[p->members.v[i].idx].name;
        int dup = 0;
        for (size_t k = 0; k < json_array_size(arr) && !dup; k++)
            dup = !strcmp(json_string_value(json_array_get(arr, k)), n);
        if (!dup) json_array_append_new(arr, json_string(n));
    }
    sort_strings(arr);
    return arr;
}

static json_t *positions_json(const resolver *r, const person *p)
{
    const gazetteer *g = r->c->g;
    json_t *arr = json_array();
    /* gather */
    const x_position *all[256];
    int n = 0;
    for (int i = 0; i < p->members.n; i++) {
        const x_official *o = &r->c->arts[p->members.v[i].art].x.o[p->members.v[i].idx];
        for (int k = 0; k < o->npos && n < 256; k++) all[n++] = &o->pos[k];
    }
    for (int i = 0; i < n; i++) {
        const x_position *x = all[i];
        int skip = 0;
        for (int k = 0; k < n && !skip; k++) {
            if (k == i) continue;
            const x_position *y = all[k];
            if (!x->title) { /* no title: only when no other position says more of the same */
                if (y->title ? (y->country == x->country && y->org == x->org) : k < i) skip = 1;
                continue;
            }
            if (!y->title) continue;
            int same = !strcasecmp(x->title, y->title) && x->org == y->org;
            if (same && x->country == y->country && k < i) skip = 1;          /* duplicate */
            else if (same && x->country < 0 && y->country >= 0) skip = 1;     /* less specific */
            else if (x->country < 0 && x->org < 0 && (y->country >= 0 || y->org >= 0) &&
                     strcasecmp(x->title, y->title) && words_subset(x->title, y->title)) skip = 1;
        }
        if (skip) continue;
        json_array_append_new(arr, json_pack("{s:o, s:o, s:o}", "title", x->title ? json_string(x->title) : json_null(), "country",
                                             x->country >= 0 ? json_string(gaz_country(g, x->country)->slug) : json_null(),
                                             "org", x->org >= 0 ? json_string(gaz_org(g, x->org)->code) : json_null()));
    }
    return arr;
}

static int cmp_ref(const void *a, const void *b)
{
    const ref *x = a, *y = b;
    return x->art != y->art ? x->art - y->art : x->idx - y->idx;
}

/* Appends s unless it is the last element already (lists built in sorted order). */
static void add_if_new(json_t *arr, const char *s)
{
    size_t n = json_array_size(arr);
    if (n && !strcmp(json_string_value(json_array_get(arr, n - 1)), s)) return;
    json_array_append_new(arr, json_string(s));
}

/* Builds the model.  Every list is built in one pass with stamp arrays
 * (stamp[x] == current owner + 1 means x is already listed), so the cost is
 * linear in the number of references, whatever the corpus size. */
/* The model, kind by kind (corpus_resolved_kind): each builder returns its kind's array in the model's order (a
 * new reference), or NULL when out of memory.  The articles' builder moves each text into the model (the corpus
 * keeps none after it); the others read only ids and extractions. */
static json_t *build_articles(resolver *r)
{
    corpus *c = r->c;
    json_t *articles = json_array();
    if (!articles) return NULL;
    for (size_t a = 0; a < c->n; a++) {
        article *ar = &c->arts[a].a;
        json_array_append_new(articles, json_pack("{s:s, s:o, s:o, s:o, s:o, s:o, s:s, s:s}", "id", ar->id,
            "title", str_or_null(ar->title), "published", date_json(ar->published), "source", str_or_null(ar->source),
            "url", str_or_null(ar->url), "dateline", str_or_null(ar->dateline), "lang", ar->lang ? ar->lang : "en", "text", ar->text));
        free(ar->text); /* the model holds its copy; nothing after this reads the text */
        ar->text = NULL;
        ar->len = 0;
    }
    return articles;
}

static json_t *build_meetings(resolver *r)
{
    corpus *c = r->c;
    const gazetteer *g = c->g;
    json_t *meetings = json_array();
    int *pstamp = calloc((size_t)r->npe + 1, sizeof *pstamp);
    int *dstart = calloc((size_t)r->ncl + 2, sizeof *dstart); /* documents grouped by cluster */
    int *dorder = calloc((size_t)r->ndc + 1, sizeof *dorder);
    int *fill = calloc((size_t)r->ncl + 1, sizeof *fill);
    if (!meetings || !pstamp || !dstart || !dorder || !fill) {
        json_decref(meetings);
        meetings = NULL;
        goto done;
    }
    for (int d = 0; d < r->ndc; d++) if (r->dc[d].cluster >= 0) dstart[r->dc[d].cluster + 1]++;
    for (int k = 0; k < r->ncl; k++) dstart[k + 1] += dstart[k];
    for (int d = 0; d < r->ndc; d++)
        if (r->dc[d].cluster >= 0) dorder[dstart[r->dc[d].cluster] + fill[r->dc[d].cluster]++] = d;
    for (int i = 0; i < r->ncl; i++) {
        cluster *k = &r->cl[i];
        json_t *bodies = json_array(), *arts = json_array(), *parts = json_array(), *docs = json_array(), *ev = json_array();
        for (int bi = 0; bi < gaz_nbodies(g); bi++)
            if (k->bodies >> bi & 1u) json_array_append_new(bodies, json_string(gaz_body(g, bi)->code));
        sort_strings(bodies);
        qsort(k->members.v, (size_t)k->members.n, sizeof *k->members.v, cmp_ref);
        int docs_count = 0;
        const char *rule = NULL;
        for (int m = 0; m < k->members.n; m++) {
            ref rf = k->members.v[m];
            const x_meeting *xm = &c->arts[rf.art].x.m[rf.idx];
            add_if_new(arts, c->arts[rf.art].a.id);
            for (int p = 0; p < xm->participants.n; p++) {
                int pi = r->operson[rf.art][xm->participants.v[p]];
                if (pstamp[pi] == i + 1) continue;
                pstamp[pi] = i + 1;
                json_array_append_new(parts, json_string(r->pe[pi].id));
            }
            evidence_json(c->arts[rf.art].a.id, &xm->ev, ev);
            if (xm->docs_count > docs_count) docs_count = xm->docs_count;
            if (!rule) rule = xm->rule;
        }
        for (int d = dstart[i]; d < dstart[i + 1]; d++) json_array_append_new(docs, json_string(r->dc[dorder[d]].id));
        sort_strings(parts);
        sort_strings(docs);
        json_t *o = json_pack("{s:s, s:o, s:o, s:o, s:o, s:s, s:s, s:o, s:o, s:o, s:o}", "id", k->id, "bodies", bodies,
            "date", date_json(k->date), "city", k->city >= 0 ? json_string(gaz_city(g, k->city)->name) : json_null(),
            "country", k->country >= 0 ? json_string(gaz_country(g, k->country)->slug) : json_null(),
            "status", status_names[k->held ? ST_HELD : ST_PLANNED], "format", format_names[k->format],
            "articles", arts, "participants", parts, "documents", docs, "evidence", ev);
        json_object_set_new(o, "documents_count", docs_count ? json_integer(docs_count) : json_null());
        if (c->explain && rule) json_object_set_new(o, "rule", json_string(rule));
        json_array_append_new(meetings, o);
    }
    meetings = sorted(meetings, cmp_meeting_json);
done:
    free(pstamp);
    free(dstart);
    free(dorder);
    free(fill);
    return meetings;
}

static json_t *build_officials(resolver *r)
{
    corpus *c = r->c;
    json_t *officials = json_array();
    int *cstamp = calloc((size_t)r->ncl + 1, sizeof *cstamp);
    if (!officials || !cstamp) {
        json_decref(officials);
        free(cstamp);
        return NULL;
    }
    for (int i = 0; i < r->npe; i++) {
        person *p = &r->pe[i];
        json_t *arts = json_array(), *mts = json_array(), *ev = json_array();
        const char *rule = c->arts[p->members.v[0].art].x.o[p->members.v[0].idx].rule;
        qsort(p->members.v, (size_t)p->members.n, sizeof *p->members.v, cmp_ref);
        for (int m = 0; m < p->members.n; m++) {
            ref rf = p->members.v[m];
            const x_official *o = &c->arts[rf.art].x.o[rf.idx];
            add_if_new(arts, c->arts[rf.art].a.id);
            for (int k = 0; k < o->meetings.n; k++) {
                int ci = r->mclus[rf.art][o->meetings.v[k]];
                if (cstamp[ci] == i + 1) continue;
                cstamp[ci] = i + 1;
                json_array_append_new(mts, json_string(r->cl[ci].id));
            }
            evidence_json(c->arts[rf.art].a.id, &o->ev, ev);
        }
        for (int m = 0; m < p->nnamed; m++) {
            const namedref *nr = &p->named[m];
            span sp = {nr->start, nr->end};
            spanvec one = {&sp, 1, 1};
            add_if_new(arts, c->arts[nr->art].a.id);
            evidence_json(c->arts[nr->art].a.id, &one, ev);
        }
        if (p->nnamed) sort_strings(arts);
        sort_strings(mts);
        json_t *o = json_pack("{s:s, s:s, s:o, s:o, s:o, s:o, s:o}", "id", p->id, "name", p->name, "names",
                              names_json(r, p), "positions", positions_json(r, p), "articles", arts, "meetings",
                              mts, "evidence", ev);
        if (c->explain) json_object_set_new(o, "rule", json_string(rule));
        json_array_append_new(officials, o);
    }
    free(cstamp);
    return sorted(officials, cmp_by_id);
}

static json_t *build_documents(resolver *r)
{
    corpus *c = r->c;
    const gazetteer *g = c->g;
    json_t *documents = json_array();
    if (!documents) return NULL;
    for (int i = 0; i < r->ndc; i++) {
        gdoc *d = &r->dc[i];
        json_t *arts = json_array(), *ev = json_array();
        qsort(d->members.v, (size_t)d->members.n, sizeof *d->members.v, cmp_ref);
        for (int m = 0; m < d->members.n; m++) {
            ref rf = d->members.v[m];
            const x_document *xd = &c->arts[rf.art].x.d[rf.idx];
            add_if_new(arts, c->arts[rf.art].a.id);
            json_array_append_new(ev, json_pack("{s:s, s:I, s:I}", "article", c->arts[rf.art].a.id, "start",
                                                (json_int_t)xd->ev.start, "end", (json_int_t)xd->ev.end));
        }
        json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:o, s:o, s:o, s:o}", "id", d->id, "title", d->title, "type",
            gaz_doctype(g, d->type)->name, "status", dstatus_names[d->status], "meeting",
            d->cluster >= 0 ? json_string(r->cl[d->cluster].id) : json_null(), "initiator",
            d->initiator >= 0 ? json_string(gaz_country(g, d->initiator)->slug) : json_null(), "articles", arts, "evidence", ev);
        if (c->explain) json_object_set_new(o, "rule", json_string(c->arts[d->members.v[0].art].x.d[d->members.v[0].idx].rule));
        json_array_append_new(documents, o);
    }
    return sorted(documents, cmp_by_id);
}

static json_t *build_members(resolver *r)
{
    corpus *c = r->c;
    const gazetteer *g = c->g;
    json_t *members = json_array();
    int *cstamp = calloc((size_t)r->ncl + 1, sizeof *cstamp);
    if (!members || !cstamp) {
        json_decref(members);
        free(cstamp);
        return NULL;
    }
    for (int ci = 0; ci < gaz_ncountries(g); ci++) {
        const country *co = gaz_country(g, ci);
        if (!co->member) continue;
        json_t *arts = json_array(), *mts = json_array(), *offs = json_array(), *chair = json_array();
        int stamp = -(ci + 2); /* distinct from the person stamps above */
        for (size_t a = 0; a < c->n; a++) {
            const extraction *x = &c->arts[a].x;
            if (x->countries[ci]) json_array_append_new(arts, json_string(c->arts[a].a.id));
            if (x->chair_from == ci || x->chair_to == ci)
                json_array_append_new(chair, json_pack("{s:s, s:s, s:s}", "from", gaz_country(g, x->chair_from)->slug,
                                                       "to", gaz_country(g, x->chair_to)->slug, "article", c->arts[a].a.id));
        }
        for (int k = 0; k < r->ncl; k++)
            if (r->cl[k].country == ci) { cstamp[k] = stamp; json_array_append_new(mts, json_string(r->cl[k].id)); }
        for (int p = 0; p < r->npe; p++) {
            int from_here = 0;
            for (int m = 0; m < r->pe[p].members.n && !from_here; m++) {
                const x_official *o = &c->arts[r->pe[p].members.v[m].art].x.o[r->pe[p].members.v[m].idx];
                for (int k = 0; k < o->npos; k++) if (o->pos[k].country == ci) from_here = 1;
            }
            if (!from_here) continue;
            json_array_append_new(offs, json_string(r->pe[p].id));
            for (int m = 0; m < r->pe[p].members.n; m++) {
                ref rf = r->pe[p].members.v[m];
                const x_official *o = &c->arts[rf.art].x.o[rf.idx];
                for (int k = 0; k < o->meetings.n; k++) {
                    int cl = r->mclus[rf.art][o->meetings.v[k]];
                    if (cstamp[cl] == stamp) continue;
                    cstamp[cl] = stamp;
                    json_array_append_new(mts, json_string(r->cl[cl].id));
                }
            }
        }
        sort_strings(mts);
        sort_strings(offs);
        json_array_append_new(members, json_pack("{s:s, s:s, s:s, s:o, s:o, s:o, s:o}", "id", co->slug, "name", co->name,
            "iso", co->iso, "articles", arts, "meetings", mts, "officials", offs, "chairmanship", chair));
    }
    free(cstamp);
    return sorted(members, cmp_by_id);
}

static void resolver_free(resolver *r)
{
    for (int i = 0; i < r->ncl; i++) { free(r->cl[i].members.v); free(r->cl[i].id); }
    free(r->cl);
    for (int i = 0; i < r->npe; i++) { free(r->pe[i].members.v); free(r->pe[i].id); free(r->pe[i].named); }
    free(r->pe);
    for (int i = 0; i < r->ndc; i++) { free(r->dc[i].members.v); free(r->dc[i].id); }
    free(r->dc);
    for (size_t a = 0; a < r->c->n; a++) {
        if (r->mclus) free(r->mclus[a]);
        if (r->operson) free(r->operson[a]);
        if (r->dglob) free(r->dglob[a]);
    }
    free(r->mclus);
    free(r->operson);
    free(r->dglob);
}

struct corpus_resolved {
    resolver r;
};

corpus_resolved *corpus_resolve(corpus *c)
{
    if (c->n) qsort(c->arts, c->n, sizeof *c->arts, cmp_art); /* (an empty corpus has no array: qsort wants one) */
    corpus_resolved *cr = calloc(1, sizeof *cr);
    if (!cr) return NULL;
    resolver *r = &cr->r;
    r->c = c;
    r->mclus = calloc(c->n + 1, sizeof *r->mclus);
    r->operson = calloc(c->n + 1, sizeof *r->operson);
    r->dglob = calloc(c->n + 1, sizeof *r->dglob);
    if (!r->mclus || !r->operson || !r->dglob) goto fail;
    for (size_t a = 0; a < c->n; a++) {
        r->mclus[a] = calloc((size_t)c->arts[a].x.nm + 1, sizeof(int));
        r->operson[a] = calloc((size_t)c->arts[a].x.no + 1, sizeof(int));
        r->dglob[a] = calloc((size_t)c->arts[a].x.nd + 1, sizeof(int));
        if (!r->mclus[a] || !r->operson[a] || !r->dglob[a]) goto fail;
    }
    if (cluster_meetings(r) < 0 || resolve_people(r) < 0 || named_in_text(r) < 0 || resolve_docs(r) < 0 ||
        make_ids(r) < 0)
        goto fail;
    report_unresolved(c);
    return cr;
fail:
    corpus_resolved_free(cr);
    return NULL;
}

json_t *corpus_resolved_kind(corpus_resolved *cr, const char *kind)
{
    if (!strcmp(kind, "articles")) return build_articles(&cr->r);
    if (!strcmp(kind, "meetings")) return build_meetings(&cr->r);
    if (!strcmp(kind, "officials")) return build_officials(&cr->r);
    if (!strcmp(kind, "documents")) return build_documents(&cr->r);
    if (!strcmp(kind, "members")) return build_members(&cr->r);
    return NULL;
}

void corpus_resolved_free(corpus_resolved *cr)
{
    if (!cr) return;
    resolver_free(&cr->r);
    free(cr);
}

json_t *corpus_resolved_model(corpus_resolved *cr)
{
    static const char *const kinds[] = {"articles", "meetings", "officials", "documents", "members"};
    json_t *model = json_object();
    for (size_t k = 0; model && k < sizeof kinds / sizeof *kinds; k++) {
        json_t *items = corpus_resolved_kind(cr, kinds[k]);
        if (!items || json_object_set_new(model, kinds[k], items) < 0) {
            json_decref(model);
            model = NULL;
        }
    }
    return model;
}

json_t *corpus_model(corpus *c)
{
    corpus_resolved *cr = corpus_resolve(c);
    json_t *model = cr ? corpus_resolved_model(cr) : NULL;
    corpus_resolved_free(cr);
    return model;
}
