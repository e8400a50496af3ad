/* fuzz_extract — libFuzzer harness: any bytes as an article.
 *
 * Runs the whole model pipeline (article reading, extraction, resolution,
 * JSON) on the input, alone and beside a fixed real article so that
 * cross-article merging is exercised too.  The gazetteer is loaded once from
 * data/ (run from the repository root).  Any crash, leak or sanitizer report
 * is a bug; a rejected input (not UTF-8, empty) is fine. */
#include "model/corpus.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static gazetteer *g;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char err[256];
    if (!g) {
        g = gazetteer_load("data", err, sizeof err);
        if (!g) abort();
    }
    corpus *c = corpus_new(g);
    if (!c) return 0;
    static const char other[] =
        "CSTO ministers meet\n\nMINSK, 30 November (BelTA) - Foreign Minister of Belarus Vladimir Makei "
        "took part in a meeting of the CSTO Council of Foreign Ministers in Minsk on 29 November 2017.\n";
    corpus_add_text(c, "other", other, sizeof other - 1, err, sizeof err);
    corpus_add_text(c, "fuzz", (const char *)data, size, err, sizeof err);
    json_t *m = corpus_model(c);
    if (m) {
        char *s = json_dumps(m, JSON_COMPACT);
        free(s);
        json_decref(m);
    }
    corpus_free(c);
    return 0;
}
