/* fuzz_data — libFuzzer harness: any bytes as each of the data files.
 *
 * The input replaces one data file (chosen by its first byte) in a copy of
 * data/ in a temporary directory; gazetteer_load must either load it or
 * refuse it with a message naming the file and line, never crash.  When it
 * loads, a short article is extracted with it. */
#include "model/corpus.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const files[] = {"countries.tsv", "cities.tsv", "bodies.tsv", "orgs.tsv", "titles.tsv",
                                    "months.tsv", "doctypes.tsv", "lexicon.tsv", "boilerplate.txt", "translit.tsv",
                                    "dates.tsv", "places-ru.tsv"};
#define NFILES (sizeof files / sizeof files[0])
static char dir[64];

static int copy(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
    char buf[8192];
    size_t n;
    int rc = in && out ? 0 : -1;
    while (!rc && (n = fread(buf, 1, sizeof buf, in)) > 0) fwrite(buf, 1, n, out);
    if (in) fclose(in);
    if (out) fclose(out);
    return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[256], src[256], err[512];
    if (!dir[0]) {
        snprintf(dir, sizeof dir, "/tmp/csto-fuzz-data-%d", (int)getpid());
        if (mkdir(dir, 0700) && access(dir, F_OK)) abort();
    }
    if (size < 1) return 0;
    size_t which = data[0] % NFILES;
    for (size_t i = 0; i < NFILES; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        if (i == which) {
            FILE *f = fopen(path, "wb");
            if (!f) abort();
            fwrite(data + 1, 1, size - 1, f);
            fclose(f);
        } else {
            snprintf(src, sizeof src, "data/%s", files[i]);
            if (copy(src, path) < 0) abort();
        }
    }
    gazetteer *g = gazetteer_load(dir, err, sizeof err);
    if (!g) {
        if (strncmp(err, dir, strlen(dir))) abort(); /* the reason must name a file of the data directory */
        return 0;
    }
    corpus *c = corpus_new(g);
    static const char text[] = "ASTANA - The Council of Foreign Ministers met in Astana on 8 November 2018. "
                               "Kazakh Foreign Minister Kairat Abdrakhmanov adopted a statement on peace.\n";
    corpus_add_text(c, "a", text, sizeof text - 1, err, sizeof err);
    json_decref(corpus_model(c));
    corpus_free(c);
    gazetteer_free(g);
    return 0;
}
