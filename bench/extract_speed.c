/* extract_speed — per-article extraction speed, one core: what issue 12 and
 * issue 13 measure ("at least 20 MB/s per core").
 *
 *   build/bench/extract_speed DATADIR PATH...
 *
 * Loads the gazetteer (not timed), then adds each PATH (a directory of .txt
 * articles, or one file) to a corpus: each article is read, parsed
 * (article.c) and its facts extracted (model/extract) as it is added.  The
 * cross-article resolution and the JSON model are not built.  Prints the
 * articles, their bytes of text, the process CPU time of adding them and
 * the text per CPU second. */
#include "model/corpus.h"
#include "model/gazetteer.h"

#include <dirent.h>
#include <stdio.h>
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
    if (argc < 3) {
        fprintf(stderr, "usage: %s DATADIR PATH...\n", argv[0]);
        return 2;
    }
    char err[256];
    gazetteer *g = gazetteer_load(argv[1], err, sizeof err);
    if (!g) {
        fprintf(stderr, "%s\n", err);
        return 1;
    }
    corpus *c = corpus_new(g);
    FILE *devnull = fopen("/dev/null", "w");
    long long bytes = 0;
    double t0 = cpu_now();
    for (int i = 2; i < argc; i++) {
        corpus_add_path(c, argv[i], devnull);
        bytes += text_bytes(argv[i]);
    }
    double cpu = cpu_now() - t0;
    printf("%zu articles, %.2f MB of text, %.3f s of CPU: %.1f MB/s\n", corpus_count(c), (double)bytes / 1048576, cpu,
           cpu > 0 ? (double)bytes / 1048576 / cpu : 0);
    if (devnull) fclose(devnull);
    corpus_free(c);
    gazetteer_free(g);
    return 0;
}
