/* fts_stem — the FTS5 tokenizer "csto" (unicode61, Cyrillic words by their
 * Snowball Russian stem): see fts_stem.c. */
#ifndef CSTO_FTS_STEM_H
#define CSTO_FTS_STEM_H

#include <sqlite3.h>

/* Registers the tokenizer "csto" on db (each connection that reads or writes
 * a table tokenised with it must).  Returns 0, or -1. */
int fts_stem_register(sqlite3 *db);

#endif
