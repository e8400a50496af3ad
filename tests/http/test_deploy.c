/* test_deploy — the files operators use answer to the running server:
 *  - every URL the Grafana dashboard (deploy/grafana/dashboard.json) asks
 *    answers 200 with the shape its panel expects: under the target's
 *    root_selector, an object or a non-empty array of objects carrying every
 *    column selector the panel reads;
 *  - the systemd unit passes `systemd-analyze verify` (with ExecStart pointed
 *    at the binary under test);
 *  - the man page renders with no groff warning and documents every command.
 * Uses the seed corpus in corpus/. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <unistd.h>

#include <sqlite3.h>

#include "tests/common/harness.h"

static void check_shape(const char *url, json_t *value, json_t *columns)
{
    size_t n = json_is_array(value) ? json_array_size(value) : 1;
    if (json_is_array(value) && n == 0) fail_msg("%s: empty series", url);
    for (size_t i = 0; i < n; i++) {
        json_t *row = json_is_array(value) ? json_array_get(value, i) : value;
        if (!json_is_object(row)) fail_msg("%s: row %zu is not an object", url, i);
        size_t k;
        json_t *col;
        json_array_foreach(columns, k, col) {
            const char *sel = json_string_value(json_object_get(col, "selector"));
            if (!json_object_get(row, sel)) fail_msg("%s: row %zu has no '%s'", url, i, sel);
        }
    }
}

/* Expands $NAME and ${NAME} in s as Grafana's provisioning does (Go's
 * os.Expand over the environment): ${...} takes everything up to '}' as
 * the name, so a shell default like ${X:-y} names a variable that does not
 * exist and expands to "".  Returns a malloc'd string. */
static char *grafana_expand(const char *s)
{
    sbuf out = {0};
    for (const char *p = s; *p;) {
        if (p[0] != '$' || !p[1]) {
            sbuf_putc(&out, *p++);
            continue;
        }
        char name[256];
        size_t n = 0;
        if (p[1] == '{') {
            const char *end = strchr(p + 2, '}');
            if (!end || end == p + 2) { /* bad syntax: Go drops "${" */
                p += 2;
                continue;
            }
            n = (size_t)(end - p - 2);
            snprintf(name, sizeof name, "%.*s", (int)n, p + 2);
            p = end + 1;
        } else {
            const char *q = p + 1;
            while (*q == '_' || (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9'))
                q++;
            if (q == p + 1) {
                sbuf_putc(&out, *p++);
                continue;
            }
            snprintf(name, sizeof name, "%.*s", (int)(q - p - 1), p + 1);
            p = q;
        }
        const char *v = getenv(name);
        sbuf_puts(&out, v ? v : "");
    }
    char *r = strdup(sbuf_str(&out));
    sbuf_free(&out);
    return r;
}

/* The provisioned data source, expanded as Grafana would with CSTO_URL set,
 * points at the running server (issue 15: ${CSTO_URL:-...} never worked). */
static void check_datasource_url(const csto_server *s)
{
    FILE *f = fopen("deploy/grafana/provisioning/datasources/csto-infinity.yaml", "r");
    assert_non_null(f);
    setenv("CSTO_URL", s->base, 1);
    char line[512];
    int urls = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[strspn(line, " ")] == '#')
            continue;
        char *x = grafana_expand(line);
        char *u = strstr(x, "url:");
        if (u && !strstr(x, "$")) {
            char *v = u + 4;
            v += strspn(v, " ");
            v[strcspn(v, " \r\n")] = '\0';
            if (strcmp(v, s->base) != 0) fail_msg("data source url expands to \"%s\", not %s", v, s->base);
            char full[600];
            snprintf(full, sizeof full, "%s/healthz", v);
            http_reply r;
            assert_int_equal(http_get(full, &r), 0);
            assert_int_equal(r.status, 200);
            http_reply_free(&r);
            urls++;
        }
        if (strstr(line, "${") || strstr(line, "- $")) /* allowedHosts too */
            if (!strstr(x, s->base)) fail_msg("does not expand to the server's URL: %s", line);
        free(x);
    }
    fclose(f);
    unsetenv("CSTO_URL");
    assert_int_equal(urls, 1);
}

static void test_dashboard_urls(void **state)
{
    json_error_t jerr;
    json_t *dash = json_load_file("deploy/grafana/dashboard.json", 0, &jerr);
    if (!dash) fail_msg("dashboard.json: %s (line %d)", jerr.text, jerr.line);
    csto_server s;
    const char *args[] = {"--corpus", "corpus", "--data", "data", "--static", "static", "--quiet", NULL};
    assert_int_equal(server_start(&s, args, 30000), 0);
    size_t i, k, checked = 0;
    json_t *panel, *t;
    json_array_foreach(json_object_get(dash, "panels"), i, panel) {
        json_array_foreach(json_object_get(panel, "targets"), k, t) {
            const char *url = json_string_value(json_object_get(t, "url"));
            assert_non_null(url);
            assert_string_equal(json_string_value(json_object_get(json_object_get(t, "datasource"), "uid")), "csto-infinity");
            char full[1024];
            snprintf(full, sizeof full, "%s%s", s.base, url);
            http_reply r;
            assert_int_equal(http_get(full, &r), 0);
            if (r.status != 200) fail_msg("%s: status %ld", url, r.status);
            json_t *body = json_loads(sbuf_str(&r.body), 0, NULL);
            if (!body) fail_msg("%s: not JSON", url);
            const char *root = json_string_value(json_object_get(t, "root_selector"));
            json_t *value = root && *root ? json_object_get(body, root) : body;
            if (!value) fail_msg("%s: no '%s'", url, root);
            check_shape(url, value, json_object_get(t, "columns"));
            json_decref(body);
            http_reply_free(&r);
            checked++;
        }
    }
    printf("dashboard: %zu panel URLs checked\n", checked);
    check_datasource_url(&s);
    assert_true(checked >= 4);
    assert_int_equal(server_stop(&s), 0);
    json_decref(dash);
}

static void test_systemd_unit_verifies(void **state)
{
    char dir[] = "/tmp/csto-unit-XXXXXX", unit[256], bin[4096], cmd[8192];
    assert_non_null(mkdtemp(dir));
    assert_non_null(realpath(csto_bin(), bin));
    snprintf(unit, sizeof unit, "%s/csto.service", dir);
    snprintf(cmd, sizeof cmd, "sed 's#/usr/bin/csto#%s#' deploy/systemd/csto.service > %s", bin, unit);
    assert_int_equal(system(cmd), 0);
    const char *argv[] = {"/usr/bin/systemd-analyze", "verify", unit, NULL};
    cmd_result r;
    run_command(argv, 30000, &r);
    if (r.status != 0) fail_msg("systemd-analyze verify: %d %s", r.status, sbuf_str(&r.err));
    cmd_result_free(&r);
    unlink(unit);
    rmdir(dir);
}

static void test_man_page(void **state)
{
    const char *argv[] = {"/usr/bin/groff", "-man", "-Tutf8", "-ww", "-P-cbou", "csto.1", NULL};
    cmd_result r;
    run_command(argv, 30000, &r);
    assert_int_equal(r.status, 0);
    if (r.err.len) fail_msg("groff warnings: %s", sbuf_str(&r.err));
    const char *out = sbuf_str(&r.out);
    const char *want[] = {"SYNOPSIS", "serve", "parse", "CSTO_CORPUS", "CSTO_LISTEN", "SIGHUP", "SIGTERM", "EXIT STATUS"};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        if (!strstr(out, want[i])) fail_msg("man page lacks %s", want[i]);
    cmd_result_free(&r);
}

/* csto export --sqlite: every documented table and view is there and holds
 * the model; --json writes the model parse prints. */
static void test_export_command(void **state)
{
    char path[] = "/tmp/csto-export-cmd-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    const char *argv[] = {csto_bin(), "export", "--sqlite", path, "--corpus", "corpus", "--data", "data", NULL};
    cmd_result r;
    run_command(argv, 60000, &r);
    if (r.status != 0) fail_msg("export: %d %s", r.status, sbuf_str(&r.err));
    cmd_result_free(&r);
    sqlite3 *db;
    assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
    const char *names[] = {"articles", "meetings", "meeting_bodies", "meeting_participants", "meeting_articles",
                           "officials", "official_positions", "official_articles", "documents", "document_articles",
                           "members", "member_chairmanship", "evidence", "articles_fts", "meetings_per_year",
                           "documents_per_year", "member_participation"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char sql[128];
        snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", names[i]);
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) fail_msg("%s: %s", names[i], sqlite3_errmsg(db));
        assert_int_equal(sqlite3_step(st), SQLITE_ROW);
        if (strcmp(names[i], "member_chairmanship") && sqlite3_column_int(st, 0) == 0) fail_msg("%s is empty", names[i]);
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    unlink(path);

    const char *ej[] = {csto_bin(), "export", "--json", "-", "--corpus", "corpus", "--data", "data", NULL};
    const char *pj[] = {csto_bin(), "parse", "corpus", "--data", "data", NULL};
    cmd_result a, b;
    run_command(ej, 60000, &a);
    run_command(pj, 60000, &b);
    assert_int_equal(a.status, 0);
    assert_true(a.out.len > 1000);
    assert_string_equal(sbuf_str(&a.out), sbuf_str(&b.out));
    cmd_result_free(&a);
    cmd_result_free(&b);
}

/* --log-format json: one JSON object per request and per reload, valid
 * whatever the request held. */
static void test_json_logs(void **state)
{
    csto_server s;
    const char *args[] = {"--corpus", "corpus", "--data", "data", "--static", "static", "--log-format", "json", NULL};
    assert_int_equal(server_start(&s, args, 30000), 0);
    char url[256];
    snprintf(url, sizeof url, "%s/api/v1/meetings?q=%%22%%5C%%C3%%A9", s.base);
    http_reply r;
    assert_int_equal(http_get(url, &r), 0);
    http_reply_free(&r);
    /* raw bytes in the target: valid UTF-8 is logged as it is, an invalid
     * byte as the text \xff, a tab as \u0009 (issue 15: "é" came out as
     * "\u00c3\u00a9") */
    sbuf raw = {0};
    assert_int_equal(raw_http(s.port, "GET /api/v1/meetings?q=caf\xc3\xa9+Laj\xc4\x8d\xc3\xa1k&x=\xff HTTP/1.1\r\n"
                                      "Host: t\r\nConnection: close\r\n\r\n", &raw), 0);
    sbuf_free(&raw);
    kill(s.pid, SIGHUP);
    int reloaded = 0;
    for (int i = 0; i < 500 && !reloaded; i++) {
        char *err = server_stderr(&s);
        reloaded = err && strstr(err, "\"event\":\"reload\"");
        free(err);
        if (!reloaded) usleep(10000);
    }
    assert_true(reloaded);
    char *err = server_stderr(&s);
    int requests = 0, reloads = 0, raw_seen = 0;
    for (char *line = strtok(err, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] != '{') continue;
        json_error_t jerr;
        json_t *j = json_loads(line, 0, &jerr);
        if (!j) fail_msg("not JSON: %s", line);
        if (json_object_get(j, "uri")) {
            requests++;
            assert_true(json_is_integer(json_object_get(j, "status")));
            const char *uri = json_string_value(json_object_get(j, "uri"));
            if (uri && strstr(uri, "x=")) {
                raw_seen = 1;
                assert_string_equal(uri, "/api/v1/meetings?q=caf\xc3\xa9+Laj\xc4\x8d\xc3\xa1k&x=\\xff");
                assert_non_null(strstr(line, "caf\xc3\xa9")); /* the bytes themselves, not \u00c3 */
            }
        }
        if (json_object_get(j, "event")) reloads++;
        json_decref(j);
    }
    free(err);
    assert_true(requests >= 1);
    assert_int_equal(reloads, 1);
    assert_true(raw_seen);
    assert_int_equal(server_stop(&s), 0);
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    sbuf b = {0};
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        sbuf_append(&b, buf, n);
    fclose(f);
    char *r = strdup(sbuf_str(&b));
    sbuf_free(&b);
    return r;
}

static int run_healthcheck(const char *listen)
{
    if (listen)
        setenv("CSTO_LISTEN", listen, 1);
    const char *argv[] = {"/bin/sh", "deploy/docker/healthcheck.sh", NULL};
    cmd_result r;
    run_command(argv, 10000, &r);
    unsetenv("CSTO_LISTEN");
    int st = r.status;
    cmd_result_free(&r);
    return st;
}

/* The image's HEALTHCHECK follows CSTO_LISTEN (issue 15: it hard-coded
 * 8080), the script it runs is copied into the image, and .dockerignore
 * keeps build output, node_modules and .git out of the context but nothing
 * the Dockerfile copies. */
static void test_container_files(void **state)
{
    char *df = slurp("Dockerfile"), *ign = slurp(".dockerignore");
    assert_non_null(df);
    assert_non_null(ign);
    char *hc = strstr(df, "\nHEALTHCHECK");
    assert_non_null(hc);
    char *hc_end = strstr(hc, "\nENTRYPOINT");
    assert_non_null(hc_end);
    *hc_end = '\0';
    if (strstr(hc, "8080")) fail_msg("HEALTHCHECK hard-codes a port: %s", hc);
    assert_non_null(strstr(hc, "/usr/bin/csto-healthcheck"));
    *hc_end = '\n';
    assert_non_null(strstr(df, "COPY deploy/docker/healthcheck.sh /usr/bin/csto-healthcheck"));
    const char *ignored[] = {"build", "node_modules", ".git"};
    for (size_t i = 0; i < 3; i++)
        if (!strstr(ign, ignored[i])) fail_msg(".dockerignore lacks %s", ignored[i]);
    /* every COPY source (not --from) survives .dockerignore */
    for (char *p = strstr(df, "\nCOPY "); p; p = strstr(p + 1, "\nCOPY ")) {
        if (strncmp(p + 6, "--from", 6) == 0) continue;
        char src[128];
        if (sscanf(p + 6, "%127s", src) != 1) continue;
        char *slash = strchr(src, '/');
        if (slash) *slash = '\0';
        for (char *line = ign; line && *line;) {
            char *nl = strchr(line, '\n');
            size_t len = nl ? (size_t)(nl - line) : strlen(line);
            if (len == strlen(src) && strncmp(line, src, len) == 0) fail_msg(".dockerignore drops %s, which the Dockerfile copies", src);
            line = nl ? nl + 1 : NULL;
        }
    }
    free(ign);

    /* the build stage installs every package of the Makefile's BUILD_DEBS,
     * the runtime stage the package of every library build/csto links
     * (issue 15: ICU had to reach the image too) */
    char *mk = slurp("Makefile");
    assert_non_null(mk);
    char *bd = strstr(mk, "\nBUILD_DEBS := ");
    assert_non_null(bd);
    bd += 15;
    char *runtime = strstr(df, "AS runtime");
    assert_non_null(runtime);
    *runtime = '\0'; /* df: the build stage only, runtime: the rest */
    bd[strcspn(bd, "\n")] = '\0'; /* the one line */
    int ndebs = 0;
    for (char *w = strtok(bd, " "); w; w = strtok(NULL, " "), ndebs++)
        if (!strstr(df, w)) fail_msg("the Dockerfile's build stage does not install %s (BUILD_DEBS)", w);
    assert_true(ndebs >= 6);
    *runtime = 'A';
    char script[1024];
    snprintf(script, sizeof script,
             "for l in $(objdump -p '%s' | awk '/NEEDED/{print $2}'); do"
             " p=$(ldconfig -p | awk -v l=\"$l\" '$1==l{print $NF; exit}'); r=$(readlink -f \"$p\");"
             " k=$(dpkg -S \"$r\" 2>/dev/null || dpkg -S \"/usr$r\" 2>/dev/null || dpkg -S \"${r#/usr}\" 2>/dev/null);"
             " echo \"${k%%%%:*}\"; done | sort -u", csto_bin());
    const char *sh[] = {"/bin/sh", "-c", script, NULL};
    cmd_result libs;
    assert_int_equal(run_command(sh, 30000, &libs), 0);
    int npkgs = 0;
    for (char *pkg = strtok(libs.out.buf, "\n"); pkg; pkg = strtok(NULL, "\n")) {
        if (!*pkg || strcmp(pkg, "libc6") == 0) continue; /* in the base image */
        if (strncmp(pkg, "libasan", 7) == 0 || strncmp(pkg, "libubsan", 8) == 0) continue; /* SANITIZE=1 only */
        npkgs++;
        if (!strstr(runtime, pkg)) fail_msg("the runtime stage does not install %s, which build/csto links", pkg);
    }
    assert_true(npkgs >= 5);
    cmd_result_free(&libs);
    free(mk);
    free(df);

    csto_server s;
    const char *args[] = {"--corpus", "corpus", "--data", "data", "--static", "static", "--quiet", NULL};
    assert_int_equal(server_start(&s, args, 30000), 0);
    char listen[64];
    snprintf(listen, sizeof listen, "127.0.0.1:%u", s.port);
    assert_int_equal(run_healthcheck(listen), 0);
    snprintf(listen, sizeof listen, "0.0.0.0:%u", s.port); /* a wildcard is checked on loopback */
    assert_int_equal(run_healthcheck(listen), 0);
    snprintf(listen, sizeof listen, ":%u", s.port);
    assert_int_equal(run_healthcheck(listen), 0);
    assert_int_equal(server_stop(&s), 0);
    assert_int_not_equal(run_healthcheck(listen), 0); /* nothing listens there now */
    assert_int_not_equal(run_healthcheck("127.0.0.1"), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dashboard_urls),
        cmocka_unit_test(test_systemd_unit_verifies),
        cmocka_unit_test(test_man_page),
        cmocka_unit_test(test_export_command),
        cmocka_unit_test(test_json_logs),
        cmocka_unit_test(test_container_files),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
