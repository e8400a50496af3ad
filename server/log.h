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

/* Appends s as the inside of a JSON string that is valid whatever the bytes:
 * printable ASCII as it is, everything else as \u00XX, so a request cannot
 * break or forge a line. */
void log_json_escape(sbuf *b, const char *s, size_t max);

/* Writes b as one line (it must end with '\n') and resets it. */
void log_write(sbuf *b);

/* A reload's outcome: ok with its duration, or failed with the reason. */
void log_reload(int ok, double seconds, const char *detail);

#endif
