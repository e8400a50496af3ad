/* export — the model as a SQLite database file that sqlite3, Datasette or a
 * dashboard's SQLite data source can open.
 *
 * Tables (one row per item; list fields become link tables):
 *   articles(id, title, published, source, url, dateline, text)
 *   meetings(id, date, year, city, country, status, format, documents_count)
 *   meeting_bodies(meeting_id, body)            meeting_participants(meeting_id, official_id)
 *   meeting_articles(meeting_id, article_id)
 *   officials(id, name)                         official_positions(official_id, title, country, org)
 *   official_articles(official_id, article_id)
 *   documents(id, title, type, status, meeting_id, initiator)
 *   document_articles(document_id, article_id)
 *   members(id, name, iso)                      member_chairmanship(member_id, from_member, to_member, article_id)
 *   evidence(kind, item_id, article_id, start, end)   -- byte offsets into articles.text
 *   articles_fts (FTS5 over articles.title and text, for Datasette's search)
 * Views:
 *   meetings_per_year(year, body, meetings)
 *   documents_per_year(year, type, documents)
 *   member_participation(member_id, name, meetings, officials)
 * The file is written to PATH.tmp and renamed, so a reader never sees half a
 * database. */
#ifndef CSTO_EXPORT_H
#define CSTO_EXPORT_H

#include <jansson.h>
#include <stddef.h>

/* Writes model (borrowed) to a new SQLite file at path, replacing any.
 * Returns 0, or -1 with the reason in err. */
int export_sqlite(json_t *model, const char *path, char *err, size_t errlen);

#endif
