/* reload — building a new snapshot while the server keeps answering.
 *
 * One background thread does every reload (never a request handler): it
 * waits for reload_request() (SIGHUP, or the watcher), loads the corpus
 * again, builds a snapshot and installs it with state_set.  Requests in
 * flight finish on the snapshot they took.  A reload that fails (corpus
 * gone, model file broken, with --strict any file unreadable, snapshot
 * build error) leaves the old snapshot serving; each outcome is logged on
 * stderr and reported to /healthz (last_reload) and /metrics
 * (csto_reloads_total{result}).  Requests that arrive while a reload runs
 * are merged into one more reload after it.
 *
 * With watch_ms > 0 a second thread polls the corpus every watch_ms: a
 * fingerprint of the directory (each *.txt entry's name, size, mtime and
 * inode, and the directory's own mtime) or of the model file; a change that
 * has stayed the same for one more poll (so a copy in progress is not read
 * half-way) requests a reload.  Each poll is one scandir + one stat per
 * entry: bounded by the corpus size, no inotify watch limits. */
#ifndef CSTO_RELOAD_H
#define CSTO_RELOAD_H

typedef struct reload_config {
    const char *corpus; /* borrowed for the life of the threads */
    const char *data;
    int threads;  /* readers per snapshot */
    int strict;   /* any file that cannot be read fails the reload */
    int watch_ms; /* 0: no watcher */
} reload_config;

/* Starts the reload thread (and the watcher).  Returns 0 or -1. */
int reload_start(const reload_config *cfg);
/* Asks for a reload (returns at once; safe from any thread, not from a
 * signal handler). */
void reload_request(void);
/* Stops the threads: waits up to `seconds` for a reload in progress, then
 * leaves it (the process is about to exit). */
void reload_stop(double seconds);
/* Reloads finished so far (ok + failed), for tests and logs. */
unsigned long reload_count(void);

#endif
