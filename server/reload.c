/* reload — the reload and watcher threads; see reload.h. */
#include "server/reload.h"
#include "server/log.h"

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "handlers/handlers.h"
#include "model/snapshot.h"
#include "server/load.h"
#include "server/state.h"

static reload_config rcfg;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int pending, stopping, busy, reload_running, watch_running, reload_exited;
static unsigned long done;
static pthread_t reload_thread, watch_thread;
static unsigned long long watch_seen; /* the corpus as the watcher first saw it */

/* One reload; returns 1 when the new snapshot is installed. */
static int reload_once(void)
{
    char why[256] = "", err[256] = "";
    int failed = 0, ok = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    log_flush();
    fprintf(stderr, "csto: reload: loading %s\n", rcfg.corpus);
    load_source *src = NULL;
    if (load_is_snapshot_file(rcfg.corpus)) { /* a snapshot file: opened, not built */
        snapshot *snap = snapshot_open_file(rcfg.corpus, rcfg.threads, err, sizeof err);
        if (snap) {
            state_set(snap);
            ok = 1;
        } else {
            snprintf(why, sizeof why, "%s", err);
        }
    } else {
        src = load_for_serving(rcfg.corpus, rcfg.data, &failed, why, sizeof why);
    }
    if (src && failed && rcfg.strict) {
        snprintf(why, sizeof why, "%d file(s) could not be read (--strict; named in the log)",
                 failed);
    } else if (src) {
        snapshot *snap = load_source_snapshot(src, rcfg.threads, err, sizeof err);
        if (snap) {
            state_set(snap);
            ok = 1;
        } else {
            snprintf(why, sizeof why, "the snapshot could not be built: %s", err);
        }
    }
    load_source_free(src);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    log_reload(ok, secs, ok ? (failed ? "(some files could not be read: named above)" : "")
                            : (why[0] ? why : "unknown error"));
    health_note_reload(ok, why[0] ? why : "unknown error", (long long)time(NULL));
    metrics_count_reload(ok);
    return ok;
}

static void *reload_main(void *arg)
{
    pthread_mutex_lock(&mu);
    for (;;) {
        while (!pending && !stopping)
            pthread_cond_wait(&cv, &mu);
        if (stopping)
            break;
        pending = 0; /* requests from now on ask for one more reload */
        busy = 1;
        pthread_mutex_unlock(&mu);
        reload_once();
        pthread_mutex_lock(&mu);
        busy = 0;
        done++;
        pthread_cond_broadcast(&cv);
    }
    reload_exited = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
    return NULL;
}

/* ---- watcher ------------------------------------------------------------- */

static unsigned long long mix(unsigned long long h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static unsigned long long mix_stat(unsigned long long h, const struct stat *st)
{
    long long v[5] = {(long long)st->st_size, (long long)st->st_mtim.tv_sec,
                      (long long)st->st_mtim.tv_nsec, (long long)st->st_ino,
                      (long long)st->st_mode};
    return mix(h, v, sizeof v);
}

static int only_txt(const struct dirent *e)
{
    size_t n = strlen(e->d_name);
    return e->d_name[0] != '.' && n > 4 && strcmp(e->d_name + n - 4, ".txt") == 0;
}

/* A fingerprint of the corpus: what a change to it changes. */
static unsigned long long fingerprint(const char *path)
{
    unsigned long long h = 1469598103934665603ULL;
    struct stat st;
    if (stat(path, &st) != 0)
        return mix(h, "missing", 7);
    h = mix_stat(h, &st);
    if (!S_ISDIR(st.st_mode))
        return h;
    struct dirent **names = NULL;
    int n = scandir(path, &names, only_txt, alphasort);
    for (int i = 0; i < n; i++) {
        char file[4096];
        snprintf(file, sizeof file, "%s/%s", path, names[i]->d_name);
        h = mix(h, names[i]->d_name, strlen(names[i]->d_name) + 1);
        if (stat(file, &st) == 0)
            h = mix_stat(h, &st);
        free(names[i]);
    }
    free(names);
    return h;
}

static void *watch_main(void *arg)
{
    unsigned long long seen = watch_seen, changed = 0;
    int have_change = 0;
    pthread_mutex_lock(&mu);
    while (!stopping) {
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        long long ns = until.tv_nsec + (long long)rcfg.watch_ms * 1000000LL;
        until.tv_sec += (time_t)(ns / 1000000000LL);
        until.tv_nsec = (long)(ns % 1000000000LL);
        while (!stopping && pthread_cond_timedwait(&cv, &mu, &until) != ETIMEDOUT) {
        }
        if (stopping)
            break;
        pthread_mutex_unlock(&mu);
        unsigned long long now = fingerprint(rcfg.corpus);
        int fire = 0;
        if (now != seen) {
            /* reload once the change has held still for one poll */
            if (have_change && now == changed) {
                seen = now;
                have_change = 0;
                fire = 1;
            } else {
                changed = now;
                have_change = 1;
            }
        } else {
            have_change = 0;
        }
        if (fire) {
            log_flush();
            fprintf(stderr, "csto: watch: %s changed\n", rcfg.corpus);
            reload_request();
        }
        pthread_mutex_lock(&mu);
    }
    pthread_mutex_unlock(&mu);
    return NULL;
}

/* ---- interface ----------------------------------------------------------- */

int reload_start(const reload_config *cfg)
{
    rcfg = *cfg;
    stopping = 0;
    if (pthread_create(&reload_thread, NULL, reload_main, NULL) != 0)
        return -1;
    reload_running = 1;
    if (rcfg.watch_ms > 0) {
        /* taken here, before the server answers, not when the thread first
         * runs: a file added in between would otherwise be part of what it
         * takes as unchanged */
        watch_seen = fingerprint(rcfg.corpus);
        if (pthread_create(&watch_thread, NULL, watch_main, NULL) != 0)
            return -1;
        watch_running = 1;
    }
    return 0;
}

void reload_request(void)
{
    pthread_mutex_lock(&mu);
    pending = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
}

unsigned long reload_count(void)
{
    pthread_mutex_lock(&mu);
    unsigned long n = done;
    pthread_mutex_unlock(&mu);
    return n;
}

void reload_stop(double seconds)
{
    pthread_mutex_lock(&mu);
    stopping = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
    if (watch_running) {
        pthread_join(watch_thread, NULL); /* it only sleeps on cv or polls */
        watch_running = 0;
    }
    if (!reload_running)
        return;
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    long long ns = until.tv_nsec + (long long)(seconds * 1e9);
    until.tv_sec += (time_t)(ns / 1000000000LL);
    until.tv_nsec = (long)(ns % 1000000000LL);
    pthread_mutex_lock(&mu);
    while (!reload_exited && pthread_cond_timedwait(&cv, &mu, &until) != ETIMEDOUT) {
    }
    int exited = reload_exited;
    pthread_mutex_unlock(&mu);
    if (exited)
        pthread_join(reload_thread, NULL);
    else
        pthread_detach(reload_thread); /* a long build: the exit ends it */
    reload_running = 0;
}
