/* extract_speed — per-article extraction speed, one core: what issue 12 and
 * issue 13 measure ("at least 20 MB/s per core").
 *
 *   build/bench/extract_speed DATADIR [--repeat N] PATH...
 *
 * Loads the gazetteer (not timed), then adds each PATH (a directory of .txt
 * articles, or one file) to a corpus: each article is read, parsed
 * (article.c) and its facts extracted (model/extract) as it is added.  The
 * cross-article resolution and the JSON model are not built.  Prints the
 * articles, their bytes of text, the process CPU time of adding them and
 * the text per CPU second.  With --repeat N the paths are added N times,
 * each time to a new corpus (freed untimed): a set of a few dozen real
 * articles (../shared/dev) then runs long enough to time; the memos of
 * transliterations and stems are warm after the first pass.  The bytes are
 * counted before the clock starts, and ICU's transliterators (opened once per
 * process, on the first name to transliterate) are opened before it too and
 * their time printed apart. */
#include "model/corpus.h"
#include "model/gazetteer.h"
#include "model/sbuf.h"
#include "model/text.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

static double cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* The bytes of the .txt files at path (a file or a directory's files). */
static long long text_bytes(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) return 0;
    if (!S_ISDIR(st.st_mode)) return st.st_size;
    long long n = 0;
    DIR *d = opendir(path);
    struct dirent *e;
    char p[4096];
    while (d && (e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l < 5 || strcmp(e->d_name + l - 4, ".txt")) continue;
        snprintf(p, sizeof p, "%s/%s", path, e->d_name);
        if (stat(p, &st) == 0) n += st.st_size;
    }
    if (d) closedir(d);
    return n;
}

int main(int argc, char **argv)
{
    int repeat = 1, first = 2;
    if (argc >= 4 && !strcmp(argv[2], "--repeat")) {
        repeat = atoi(argv[3]);
        first = 4;
    }
    if (argc <= first || repeat < 1) {
        fprintf(stderr, "usage: %s DATADIR [--repeat N] PATH...\n", argv[0]);
        return 2;
    }
    char err[256];
    gazetteer *g = gazetteer_load(argv[1], err, sizeof err);
    if (!g) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    /* ICU builds its transliterator registry the first time a name is
     * transliterated, once per process (tens of milliseconds): opened here,
     * timed apart, so that it is not charged to the first articles */
    double w0 = cpu_now();
    char *warm = russian_to_ascii("\xd0\xb0"); /* «а» */
    sbuf slug = {0};
    slug_append(&slug, "\xd0\xb0", 8);
    free(warm);
    sbuf_free(&slug);
    double warm_cpu = cpu_now() - w0;
    FILE *devnull = fopen("/dev/null", "w");
    long long bytes = 0;
    for (int i = first; i < argc; i++) bytes += text_bytes(argv[i]);
    size_t articles = 0;
    double cpu = 0;
    for (int r = 0; r < repeat; r++) { /* a new corpus each pass: the same ids again */
        corpus *c = corpus_new(g);
        double t0 = cpu_now();
        for (int i = first; i < argc; i++) corpus_add_path(c, argv[i], devnull);
        cpu += cpu_now() - t0;
        articles += corpus_count(c);
        corpus_free(c);
    }
    bytes *= repeat;
    printf("%zu articles, %.2f MB of text, %.3f s of CPU: %.1f MB/s (ICU opened once apart: %.0f ms)\n", articles,
           (double)bytes / 1048576, cpu, cpu > 0 ? (double)bytes / 1048576 / cpu : 0, warm_cpu * 1000);
    if (devnull) fclose(devnull);
    gazetteer_free(g);
    return 0;
}
