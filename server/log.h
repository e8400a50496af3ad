/* log — the server's log lines on stderr: one per request (common log format,
 * or one JSON object per line with --log-format json) and one per reload.
 * Each line is written with a single fwrite, so lines from several threads
 * never interleave. */
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

/* Writes b as one line (it must end with '\n') and resets it. */
void log_write(sbuf *b);

/* A reload's outcome: ok with its duration, or failed with the reason. */
void log_reload(int ok, double seconds, const char *detail);

#endif
