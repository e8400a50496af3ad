/* log — the server's log lines on stderr: one per request (common log format,
 * or one JSON object per line with --log-format json) and one per reload.
 *
 * Buffered, as nginx's `access_log ... buffer=`: log_write appends whole
 * lines to one process-wide buffer under a mutex (so lines from several
 * threads never interleave and keep the order they were written in), and
 * the buffer goes to stderr with write(2) when the next line would not fit,
 * when log_flush is called, and every LOG_FLUSH_MS by a flusher thread
 * (log_start/log_stop).  One write per buffer instead of one per request:
 * the unbuffered log cost 20-40% of hot throughput (BENCHMARKS.md).  A
 * reload line, and log_flush before any other message on stderr, keep the
 * log in order with the server's own messages.  CSTO_LOG_BUFFER=BYTES sets
 * the buffer (default 64 KiB; 0 writes each line at once, as before). */
#ifndef CSTO_LOG_H
#define CSTO_LOG_H

#include "model/sbuf.h"

/* 1: JSON lines; 0: text (the default).  Set once at start-up. */
void log_set_json(int on);
int log_is_json(void);

/* Appends at most `max` bytes of s so that a request cannot break or forge a
 * line.  Text lines: printable ASCII as it is, quotes, backslashes and every
 * other byte as \xHH.  JSON lines (valid whatever the bytes): valid UTF-8
 * as it is ("é" stays "é"), quotes and backslashes as \" and \\, control
 * characters as \u00XX, and a byte that is not part of valid UTF-8 as the
 * four characters \xHH (written \\xHH inside the JSON string). */
void log_escape(sbuf *b, const char *s, size_t max, int json);

#define LOG_BUFFER_DEFAULT ((size_t)64 * 1024)
#define LOG_FLUSH_MS 1000

/* Sets the buffer size (0: unbuffered) from CSTO_LOG_BUFFER and starts the
 * flusher thread.  Returns 0, or -1 when the thread cannot start (the log
 * is then unbuffered).  Call once, before any request; log_stop ends it. */
int log_start(void);
/* Stops the flusher thread and writes what is buffered.  Idempotent. */
void log_stop(void);
/* Writes what is buffered now (thread-safe). */
void log_flush(void);

/* Appends b as one line (it must end with '\n') and resets it. */
void log_write(sbuf *b);

/* A reload's outcome: ok with its duration, or failed with the reason. */
void log_reload(int ok, double seconds, const char *detail);

#endif
