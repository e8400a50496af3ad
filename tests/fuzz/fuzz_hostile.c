/* fuzz_hostile — libFuzzer harness: a snapshot built from generated hostile
 * articles (issue #16).  The input drives a generator: each record
 * [template][count hi][count lo][len][len bytes] appends to the current
 * article a sentence template (a meeting, a document, an official, a
 * place and date, a quoted title, the input's own bytes) `count` times
 * (up to 65,535) with the record's bytes spliced in and a running number,
 * so inputs grow into articles of thousands of mentions; template 0 starts
 * the next article (at most 4).  The articles go through the whole model
 * pipeline (corpus_add_text, corpus_model), the model into a snapshot, and
 * a search for the record bytes runs under the request budget.
 *
 * A finding is: any crash or sanitizer report, or a run that takes more
 * than 20 s of CPU (the per-article budget keeps each one to a second or
 * so even under the sanitizers). */
#include "model/corpus.h"
#include "model/sbuf.h"
#include "model/snapshot.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static gazetteer *g;

static double cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Each takes the word (%s, or %.0s to skip it) and then the number (%d). */
static const char *const templates[] = {
    NULL, /* 0: next article */
    "The Council of Foreign Ministers of the CSTO met in %s on %d May 2019. ",
    "The leaders adopted the Declaration on %s number %d. ",
    "President of Kazakhstan Nursultan %s%d said the summit was useful. ",
    "The Collective Security Council will hold a session in Minsk%.0s on %d November 2020.\n",
    "The ministers signed the \"%s %d\" agreement and a protocol. ",
    "%s %d ",
};
#define NTEMPLATES (sizeof templates / sizeof *templates)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char err[256];
    if (!g) {
        g = gazetteer_load("data", err, sizeof err);
        if (!g)
            abort(); /* run from the repository root */
    }
    double c0 = cpu_now();
    sbuf arts[4] = {{0}};
    int cur = 0;
    char word[64] = "security";
    for (size_t i = 0; i + 4 <= size;) {
        unsigned t = data[i] % NTEMPLATES, count = (unsigned)data[i + 1] << 8 | data[i + 2], len = data[i + 3];
        i += 4;
        if (len > size - i)
            len = (unsigned)(size - i);
        if (len) {
            size_t n = len < sizeof word - 1 ? len : sizeof word - 1;
            memcpy(word, data + i, n);
            word[n] = '\0';
            for (char *p = word; *p; p++)
                if ((unsigned char)*p < 0x20 || (unsigned char)*p >= 0x7f || *p == '%')
                    *p = 'x'; /* ASCII words: the input's bytes, printable */
        }
        i += len;
        if (t == 0) {
            if (cur < 3)
                cur++;
            continue;
        }
        for (unsigned r = 0; r < count && arts[cur].len < (4u << 20) - 256; r++)
            sbuf_printf(&arts[cur], templates[t], word, (int)r);
    }
    corpus *c = corpus_new(g);
    if (!c)
        abort();
    static const char other[] =
        "CSTO ministers meet\n\nMINSK, 30 November (BelTA) - Foreign Minister of Belarus Vladimir Makei "
        "took part in a meeting of the CSTO Council of Foreign Ministers in Minsk on 29 November 2017.\n";
    corpus_add_text(c, "other", other, sizeof other - 1, err, sizeof err);
    for (int a = 0; a <= cur; a++) {
        char id[16];
        snprintf(id, sizeof id, "hostile%d", a);
        if (arts[a].len)
            corpus_add_text(c, id, arts[a].buf, arts[a].len, err, sizeof err);
        sbuf_free(&arts[a]);
    }
    json_t *m = corpus_model(c);
    corpus_free(c);
    if (m) {
        snapshot *s = snapshot_new_consuming(m, 1, err, sizeof err);
        json_decref(m);
        if (!s) { /* a model from the corpus always makes a snapshot */
            fprintf(stderr, "snapshot refused the corpus's model: %s\n", err);
            abort();
        }
        sbuf out = {0};
        snap_error e;
        snapshot_budget_begin(0.5, 0, NULL, NULL);
        snapshot_search(s, word, NULL, 1000, 0, &out, &e);
        snapshot_budget_end();
        sbuf_free(&out);
        snapshot_release(s);
    }
    double used = cpu_now() - c0;
    if (used > 20.0) {
        fprintf(stderr, "one input took %.1f s of CPU\n", used);
        abort();
    }
    return 0;
}
