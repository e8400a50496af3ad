/* test_export — the SQLite export opens in sqlite3 with the documented
 * tables and views, holds every item of the model, and a failed export
 * leaves nothing behind. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "model/corpus.h"
#include "model/export.h"

static long scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &st, NULL), SQLITE_OK);
    assert_int_equal(sqlite3_step(st), SQLITE_ROW);
    long v = (long)sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

static void test_export_seed_corpus(void **state)
{
    char err[256] = "";
    gazetteer *g = gazetteer_load("data", err, sizeof err);
    assert_non_null(g);
    corpus *c = corpus_new(g);
    assert_int_equal(corpus_add_path(c, "corpus", stderr), 0);
    json_t *m = corpus_model(c);
    assert_non_null(m);
    char path[] = "/tmp/csto-export-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(export_sqlite(m, path, err, sizeof err), 0);

    sqlite3 *db;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    const char *kinds[] = {"articles", "meetings", "officials", "documents", "members"};
    for (size_t i = 0; i < 5; i++) {
        char sql[128];
        snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", kinds[i]);
        assert_int_equal(scalar(db, sql), (long)json_array_size(json_object_get(m, kinds[i])));
    }
    assert_int_equal(scalar(db, "SELECT count(*) FROM meeting_bodies WHERE meeting_id = '2018-11-08-csc-astana' AND body = 'CSC'"), 1);
    assert_true(scalar(db, "SELECT count(*) FROM meeting_participants WHERE official_id = 'nursultan-nazarbayev'") >= 1);
    assert_int_equal(scalar(db, "SELECT count(*) FROM official_positions WHERE official_id = 'valery-semerikov' AND org = 'CSTO'") >= 1, 1);
    assert_true(scalar(db, "SELECT sum(meetings) FROM meetings_per_year") >= 1);
    assert_true(scalar(db, "SELECT count(*) FROM documents_per_year") >= 1);
    assert_true(scalar(db, "SELECT meetings FROM member_participation WHERE member_id = 'kazakhstan'") >= 1);
    assert_true(scalar(db, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Nazarbayev'") >= 1);
    /* evidence offsets select the right bytes */
    assert_int_equal(scalar(db, "SELECT count(*) FROM evidence e JOIN articles a ON a.id = e.article_id "
                                "WHERE e.kind = 'official' AND e.item_id = 'nursultan-nazarbayev' "
                                "AND CAST(substr(CAST(a.text AS BLOB), e.start + 1, e.\"end\" - e.start) AS TEXT) NOT LIKE '%Nazarbayev%'"), 0);
    sqlite3_close(db);
    unlink(path);

    /* a path that cannot be written: an error, and no file left */
    assert_int_equal(export_sqlite(m, "/nonexistent-dir/x.db", err, sizeof err), -1);
    assert_true(strlen(err) > 0);
    assert_int_equal(access("/nonexistent-dir/x.db.tmp", F_OK), -1);
    json_decref(m);
    corpus_free(c);
    gazetteer_free(g);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_export_seed_corpus)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
