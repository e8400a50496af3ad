/* main — the csto command line: `csto serve` (load a model, serve it over
 * HTTP until SIGINT/SIGTERM) and `csto parse` (print the model of some
 * articles as JSON).  Configuration comes from defaults, then environment
 * variables, then flags (the flag wins).  Exit status: 0 success, 1 failure
 * (for parse: some file could not be read), 2 usage error. */
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <netdb.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "model/snapshot.h"
#include "model/export.h"
#include "model/ranked.h"
#include "server/daemon.h"
#include "server/load.h"
#include "server/log.h"
#include "server/reload.h"
#include "server/state.h"

#define CSTO_VERSION "0.1.0"

static const char usage_main[] =
    "usage: csto <command> [options]\n"
    "\n"
    "A small HTTP/JSON server for a knowledge base of news about the CSTO.\n"
    "\n"
    "commands:\n"
    "  serve [--corpus PATH] [--listen ADDR:PORT] ...   serve the API and the explorer\n"
    "  parse PATH... [-o FILE] [--explain]             print the model of some articles as JSON\n"
    "  export (--sqlite FILE | --json FILE) [--corpus PATH]   write the model as SQLite or JSON\n"
    "\n"
    "options:\n"
    "  -h, --help      this help (`csto serve --help`, `csto parse --help` for more)\n"
    "  -V, --version   print the version\n"
    "\n"
    "serve options (flag, environment variable, default):\n"
    "  --corpus PATH       CSTO_CORPUS   corpus\n"
    "  --listen ADDR:PORT  CSTO_LISTEN   127.0.0.1:8080\n"
    "  --threads N         CSTO_THREADS  number of online cores\n"
    "  --data DIR          CSTO_DATA     <exe dir>/../data, else /usr/share/csto/data\n"
    "  --static DIR        CSTO_STATIC   <exe dir>/../static, else /usr/share/csto/static\n"
    "  --quiet             CSTO_QUIET    off (1/true/yes/on to turn on)\n"
    "  --log-format F      CSTO_LOG_FORMAT  common (or json: one JSON object per line)\n"
    "  --strict, --watch, limits and timeouts: see `csto serve --help`\n";

static const char usage_serve[] =
    "usage: csto serve [options]\n"
    "\n"
    "Loads a model and serves it over HTTP until SIGINT or SIGTERM.\n"
    "Each flag has an environment variable; the flag wins over the variable.\n"
    "\n"
    "  --corpus PATH       CSTO_CORPUS   a directory of *.txt articles (parsed at start-up),\n"
    "                                    a .json model written by `csto parse`, or a\n"
    "                                    snapshot file from `csto parse -o FILE.db` (opened\n"
    "                                    read-only, ready at once; default: corpus)\n"
    "  --listen ADDR:PORT  CSTO_LISTEN   address to listen on (default: 127.0.0.1:8080;\n"
    "                                    [::1]:8080 for IPv6; port 0 picks a free port)\n"
    "  --threads N         CSTO_THREADS  worker threads, 1-1024 (default: online cores)\n"
    "  --data DIR          CSTO_DATA     gazetteers for parsing (default: <exe dir>/../data\n"
    "                                    if it exists, else /usr/share/csto/data)\n"
    "  --static DIR        CSTO_STATIC   files served under / (default: <exe dir>/../static\n"
    "                                    if it exists, else /usr/share/csto/static)\n"
    "  --quiet             CSTO_QUIET    no access log on stderr (CSTO_QUIET=1/true/yes/on)\n"
    "  --log-format F      CSTO_LOG_FORMAT  common: common log format; json: one JSON object\n"
    "                                    per request and per reload\n"
    "  --strict            CSTO_STRICT   refuse to start (exit 1) when any article file cannot\n"
    "                                    be read, and fail a reload for it (default: off: such\n"
    "                                    files are named on stderr and the rest is served)\n"
    "  --watch             CSTO_WATCH    reload when the corpus changes (polled; default: off)\n"
    "  --watch-interval MS CSTO_WATCH_INTERVAL  how often --watch polls, 50-3600000 (default: 1000)\n"
    "  --max-conns N       CSTO_MAX_CONNS         connections in total (default: 4096; capped by\n"
    "                                             the open-file limit)\n"
    "  --max-conns-per-ip N CSTO_MAX_CONNS_PER_IP connections from one address (default: 1024)\n"
    "  --timeout S         CSTO_TIMEOUT  seconds a connection may stay idle, 1-3600 (default: 10)\n"
    "  --drain-timeout S   CSTO_DRAIN_TIMEOUT  on SIGTERM/SIGINT, seconds to let requests in\n"
    "                                    flight finish, 0-3600 (default: 10)\n"
    "  -h, --help                        this help\n"
    "\n"
    "Signals: SIGHUP reloads the corpus in the background (a failed reload keeps the\n"
    "old snapshot; see /healthz last_reload); SIGTERM/SIGINT stop accepting, let the\n"
    "requests in flight finish (up to --drain-timeout) and exit 0.\n"
    "\n"
    "Endpoints (all GET/HEAD; the full description is /openapi.json):\n"
    "  /api/v1/{meetings,members,officials,documents,articles}   lists: filters with\n"
    "      operators (field=a,b, field__in, __ne, __gt, __gte, __lt, __lte,\n"
    "      __contains, __isnull), q, sort, limit (0-1000, default 50), offset,\n"
    "      fields, include, facet, format=json|csv|ndjson\n"
    "  /api/v1/{kind}/{id}                     one item\n"
    "  /api/v1/search?q=                       full-text search across kinds\n"
    "  /api/v1/stats/{meetings,documents,members}   series for dashboards\n"
    "  /openapi.json                           the OpenAPI 3.1 description\n"
    "  /healthz, /metrics                      health (JSON), Prometheus metrics\n"
    "  /                                       the explorer\n";

static const char usage_parse[] =
    "usage: csto parse PATH... [-o FILE] [--explain] [--data DIR]\n"
    "\n"
    "Reads articles (files, or directories of *.txt) and prints the extracted model\n"
    "as one JSON document (indented by one space, keys in a fixed order).\n"
    "\n"
    "  -o, --output FILE   write to FILE instead of stdout; FILE.db: the snapshot serve\n"
    "                      builds (SQLite, rendered JSON and indexes), which\n"
    "                      `serve --corpus FILE.db` serves at once, without a rebuild\n"
    "  --explain           every extracted fact names the rule that produced it\n"
    "  --data DIR          CSTO_DATA  gazetteers (default: <exe dir>/../data if it\n"
    "                                 exists, else /usr/share/csto/data)\n"
    "  -h, --help          this help\n"
    "\n"
    "Exit status: 0 when every file was read, 1 when some could not be (each is named\n"
    "on stderr), 2 for a usage error.\n";

/* ---- defaults ------------------------------------------------------------ */

/* `<dir of the executable>/../<name>` when that directory exists (then
 * `<dir>/../../<name>`, for the sanitizer build in build/san/), else
 * `/usr/share/csto/<name>`.  Writes into buf (PATH_MAX) and returns it. */
static const char *default_dir(const char *name, char *buf)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *slash = strrchr(exe, '/');
        if (slash) {
            *slash = '\0';
            static const char *const ups[] = {"..", "../.."};
            for (int u = 0; u < 2; u++) {
                char candidate[PATH_MAX + 64];
                snprintf(candidate, sizeof candidate, "%s/%s/%s", exe, ups[u], name);
                struct stat st;
                if (stat(candidate, &st) == 0 && S_ISDIR(st.st_mode) && realpath(candidate, buf))
                    return buf;
            }
        }
    }
    snprintf(buf, PATH_MAX, "/usr/share/csto/%s", name);
    return buf;
}

static const char *env_or(const char *name, const char *def)
{
    const char *v = getenv(name);
    return v && *v ? v : def;
}

/* Parses a boolean environment value; returns 0/1, or -1 if unrecognised. */
static int parse_bool(const char *v)
{
    static const char *yes[] = {"1", "true", "yes", "on"}, *no[] = {"0", "false", "no", "off", ""};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        if (strcasecmp(v, yes[i]) == 0)
            return 1;
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        if (strcasecmp(v, no[i]) == 0)
            return 0;
    return -1;
}

/* A decimal number in [min, max]. */
static int parse_range(const char *v, long min, long max, long *out)
{
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno || end == v || *end || n < min || n > max)
        return -1;
    *out = n;
    return 0;
}

/* Raises the soft open-file limit to the hard one: every connection is a
 * descriptor.  Returns the limit now in force. */
static long raise_nofile(void)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return 1024;
    if (rl.rlim_cur < rl.rlim_max) {
        rlim_t want = rl.rlim_max == RLIM_INFINITY ? 1048576 : rl.rlim_max;
        struct rlimit nl = {want, rl.rlim_max};
        if (setrlimit(RLIMIT_NOFILE, &nl) == 0)
            rl.rlim_cur = want;
    }
    return rl.rlim_cur == RLIM_INFINITY ? 1048576 : (long)rl.rlim_cur;
}

static int parse_threads(const char *v, int *out)
{
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno || end == v || *end || n < 1 || n > 1024)
        return -1;
    *out = (int)n;
    return 0;
}

/* "ADDR:PORT", "[V6]:PORT" or ":PORT" (all interfaces) into a socket address.
 * Returns 0, or -1 with a reason on stderr. */
static int parse_listen(const char *spec, daemon_config *cfg)
{
    char host[256];
    const char *port;
    if (spec[0] == '[') {
        const char *close = strchr(spec, ']');
        if (!close || close[1] != ':' || (size_t)(close - spec - 1) >= sizeof host)
            goto bad;
        memcpy(host, spec + 1, (size_t)(close - spec - 1));
        host[close - spec - 1] = '\0';
        port = close + 2;
    } else {
        const char *colon = strrchr(spec, ':');
        if (!colon || (size_t)(colon - spec) >= sizeof host)
            goto bad;
        memcpy(host, spec, (size_t)(colon - spec));
        host[colon - spec] = '\0';
        port = colon + 1;
    }
    if (!*port || strspn(port, "0123456789") != strlen(port) || strlen(port) > 5 ||
        atol(port) > 65535)
        goto bad;
    struct addrinfo hints = {.ai_socktype = SOCK_STREAM,
                             .ai_flags = AI_NUMERICSERV | AI_PASSIVE,
                             .ai_family = host[0] ? AF_UNSPEC : AF_INET};
    struct addrinfo *res = NULL;
    int rc = getaddrinfo(host[0] ? host : NULL, port, &hints, &res);
    if (rc != 0 || !res || res->ai_addrlen > sizeof cfg->addr) {
        fprintf(stderr, "csto: --listen %s: %s\n", spec, rc ? gai_strerror(rc) : "no address");
        if (res)
            freeaddrinfo(res);
        return -1;
    }
    memcpy(&cfg->addr, res->ai_addr, res->ai_addrlen);
    cfg->addrlen = res->ai_addrlen;
    freeaddrinfo(res);
    return 0;
bad:
    fprintf(stderr, "csto: --listen %s: expected ADDR:PORT (e.g. 127.0.0.1:8080)\n", spec);
    return -1;
}

/* ---- serve --------------------------------------------------------------- */

/* SIGTERM/SIGINT while the first snapshot loads: nothing is served yet
 * and nothing needs saving, so the process ends here (async-signal-safe
 * calls only), exit status 0 as after a drain. */
static void stop_during_load(int sig)
{
    static const char msg_term[] = "csto: SIGTERM during start-up: stopping before serving\n";
    static const char msg_int[] = "csto: SIGINT during start-up: stopping before serving\n";
    if (sig == SIGINT) {
        if (write(2, msg_int, sizeof msg_int - 1) < 0) { /* nothing else to do */ }
    } else if (write(2, msg_term, sizeof msg_term - 1) < 0) { /* idem */
    }
    _exit(0);
}

static int cmd_serve(int argc, char **argv)
{
    char datadef[PATH_MAX], staticdef[PATH_MAX], staticreal[PATH_MAX], openapi[PATH_MAX];
    const char *corpus_path = env_or("CSTO_CORPUS", "corpus");
    const char *listen = env_or("CSTO_LISTEN", "127.0.0.1:8080");
    const char *data = env_or("CSTO_DATA", NULL);
    const char *static_dir = env_or("CSTO_STATIC", NULL);
    daemon_config cfg = {0};
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    cfg.threads = cores > 0 ? (int)(cores > 1024 ? 1024 : cores) : 1;
    const char *v;
    if ((v = getenv("CSTO_THREADS")) && *v && parse_threads(v, &cfg.threads) < 0) {
        fprintf(stderr, "csto: CSTO_THREADS=%s: expected a number from 1 to 1024\n", v);
        return 2;
    }
    const char *log_format = env_or("CSTO_LOG_FORMAT", "common");
    if ((v = getenv("CSTO_QUIET")) && (cfg.quiet = parse_bool(v)) < 0) {
        fprintf(stderr, "csto: CSTO_QUIET=%s: expected 1/0, true/false, yes/no, on/off\n", v);
        return 2;
    }

    /* numeric settings: flag, variable, range, where it goes */
    long max_conns = DAEMON_DEFAULT_MAX_CONNS, per_ip = DAEMON_DEFAULT_MAX_CONNS_PER_IP,
         timeout = DAEMON_DEFAULT_TIMEOUT, drain = 10, watch_ms = 1000;
    int strict = 0, watch = 0;
    struct num_opt {
        const char *flag, *var;
        long min, max;
        long *to;
    } nums[] = {
        {"max-conns", "CSTO_MAX_CONNS", 1, 1000000, &max_conns},
        {"max-conns-per-ip", "CSTO_MAX_CONNS_PER_IP", 1, 1000000, &per_ip},
        {"timeout", "CSTO_TIMEOUT", 1, 3600, &timeout},
        {"drain-timeout", "CSTO_DRAIN_TIMEOUT", 0, 3600, &drain},
        {"watch-interval", "CSTO_WATCH_INTERVAL", 50, 3600000, &watch_ms},
    };
    enum { NNUMS = sizeof nums / sizeof nums[0] };
    for (int i = 0; i < NNUMS; i++)
        if ((v = getenv(nums[i].var)) && *v && parse_range(v, nums[i].min, nums[i].max, nums[i].to) < 0) {
            fprintf(stderr, "csto: %s=%s: expected a number from %ld to %ld\n", nums[i].var, v,
                    nums[i].min, nums[i].max);
            return 2;
        }
    static const char *const bools[] = {"CSTO_STRICT", "CSTO_WATCH"};
    int *bool_to[] = {&strict, &watch};
    for (int i = 0; i < 2; i++)
        if ((v = getenv(bools[i])) && (*bool_to[i] = parse_bool(v)) < 0) {
            fprintf(stderr, "csto: %s=%s: expected 1/0, true/false, yes/no, on/off\n", bools[i], v);
            return 2;
        }

    size_t rank_bytes; /* read again by each snapshot (ranked.h); refused here, at start */
    if (ranked_budget_from_env(&rank_bytes) < 0) {
        fprintf(stderr, "csto: CSTO_RANK_CACHE_BYTES=%s: expected a size in bytes (a number, K, M or G after it)\n",
                getenv("CSTO_RANK_CACHE_BYTES"));
        return 2;
    }

    enum { O_CORPUS = 256, O_LISTEN, O_THREADS, O_DATA, O_STATIC, O_QUIET, O_STRICT, O_WATCH, O_LOGFMT, O_NUM };
    static const struct option opts[] = {
        {"corpus", required_argument, NULL, O_CORPUS}, {"listen", required_argument, NULL, O_LISTEN},
        {"threads", required_argument, NULL, O_THREADS}, {"data", required_argument, NULL, O_DATA},
        {"static", required_argument, NULL, O_STATIC}, {"quiet", no_argument, NULL, O_QUIET},
        {"strict", no_argument, NULL, O_STRICT}, {"watch", no_argument, NULL, O_WATCH},
        {"log-format", required_argument, NULL, O_LOGFMT},
        {"max-conns", required_argument, NULL, O_NUM + 0},
        {"max-conns-per-ip", required_argument, NULL, O_NUM + 1},
        {"timeout", required_argument, NULL, O_NUM + 2},
        {"drain-timeout", required_argument, NULL, O_NUM + 3},
        {"watch-interval", required_argument, NULL, O_NUM + 4},
        {"help", no_argument, NULL, 'h'}, {NULL, 0, NULL, 0},
    };
    int c;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        if (c >= O_NUM && c < O_NUM + NNUMS) {
            const struct num_opt *o = &nums[c - O_NUM];
            if (parse_range(optarg, o->min, o->max, o->to) < 0) {
                fprintf(stderr, "csto: --%s %s: expected a number from %ld to %ld\n", o->flag, optarg,
                        o->min, o->max);
                return 2;
            }
            continue;
        }
        switch (c) {
        case O_CORPUS: corpus_path = optarg; break;
        case O_LISTEN: listen = optarg; break;
        case O_THREADS:
            if (parse_threads(optarg, &cfg.threads) < 0) {
                fprintf(stderr, "csto: --threads %s: expected a number from 1 to 1024\n", optarg);
                return 2;
            }
            break;
        case O_DATA: data = optarg; break;
        case O_STATIC: static_dir = optarg; break;
        case O_QUIET: cfg.quiet = 1; break;
        case O_STRICT: strict = 1; break;
        case O_WATCH: watch = 1; break;
        case O_LOGFMT: log_format = optarg; break;
        case 'h': fputs(usage_serve, stdout); return 0;
        default: fputs(usage_serve, stderr); return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "csto serve: unexpected argument '%s'\n%s", argv[optind], usage_serve);
        return 2;
    }
    if (strcmp(log_format, "common") && strcmp(log_format, "json")) {
        fprintf(stderr, "csto: --log-format %s: expected common or json\n", log_format);
        return 2;
    }
    log_set_json(!strcmp(log_format, "json"));
    if (parse_listen(listen, &cfg) < 0)
        return 2;
    if (!data)
        data = default_dir("data", datadef);
    if (!static_dir)
        static_dir = default_dir("static", staticdef);
    /* /openapi.json is a file of the data directory */
    if (snprintf(openapi, sizeof openapi, "%s/openapi.json", data) < (int)sizeof openapi)
        cfg.openapi_path = openapi;
    if (realpath(static_dir, staticreal))
        cfg.static_root = staticreal;
    else
        fprintf(stderr, "csto: warning: static directory %s: %s (/ will answer 404)\n", static_dir,
                strerror(errno));

    /* The stop signals are blocked before any thread exists, so that they
     * all inherit the mask and only sigwait() below sees the signals.  The
     * first load runs before that, on this thread alone, and may be long (a
     * large or hostile corpus): SIGTERM/SIGINT during it end the process at
     * once (stop_during_load); SIGHUP is held until the server runs. */
    sigset_t sigs, hup;
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGINT);
    sigaddset(&sigs, SIGTERM);
    sigaddset(&sigs, SIGHUP);
    sigemptyset(&hup);
    sigaddset(&hup, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &hup, NULL);
    struct sigaction stop = {.sa_handler = stop_during_load};
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTERM, &stop, NULL);
    sigaction(SIGINT, &stop, NULL);
    signal(SIGPIPE, SIG_IGN);

    /* every connection is a descriptor: raise the limit, and keep the
     * connection cap below it (room for the corpus, SQLite and logs) */
    long nofile = raise_nofile();
    if (max_conns > nofile - 64) {
        long capped = nofile > 128 ? nofile - 64 : 64;
        fprintf(stderr, "csto: warning: --max-conns %ld is above the open-file limit %ld: using %ld\n",
                max_conns, nofile, capped);
        max_conns = capped;
    }
    cfg.max_conns = (unsigned)max_conns;
    cfg.max_conns_per_ip = (unsigned)per_ip;
    cfg.timeout = (unsigned)timeout;

    int failed = 0, rc = 1;
    char err[512], why[256];
    csto_daemon *d = NULL;
    snapshot *snap = NULL;
    if (load_is_snapshot_file(corpus_path)) { /* csto parse -o FILE.db: served as it is */
        snap = snapshot_open_file(corpus_path, cfg.threads, err, sizeof err);
        if (!snap) {
            fprintf(stderr, "csto: %s\n", err);
            return 1;
        }
    } else {
        load_progress_on();
        load_source *src = load_for_serving(corpus_path, data, &failed, why, sizeof why);
        if (!src)
            return 1;
        if (failed && strict) {
            fprintf(stderr, "csto: --strict: %d file(s) of %s could not be read (named above); not starting\n",
                    failed, corpus_path);
            load_source_free(src);
            return 1;
        }
        if (failed)
            fprintf(stderr, "csto: warning: %d file(s) of %s could not be read (named above)\n",
                    failed, corpus_path);
        snap = load_source_snapshot(src, cfg.threads, err, sizeof err);
        load_source_free(src);
        if (!snap) {
            fprintf(stderr, "csto: %s: %s\n", corpus_path, err);
            return 1;
        }
    }
    state_set(snap); /* the state owns it now */
    /* loaded: from now on the stop signals wait for sigwait (a signal that
     * came before this line has already ended the process) */
    pthread_sigmask(SIG_BLOCK, &sigs, NULL);
    signal(SIGTERM, SIG_DFL);
    signal(SIGINT, SIG_DFL);

    if (!cfg.quiet && log_start() < 0)
        fprintf(stderr, "csto: warning: cannot start the log flusher: the access log is unbuffered\n");

    reload_config rl = {.corpus = corpus_path, .data = data, .threads = cfg.threads,
                        .strict = strict, .watch_ms = watch ? (int)watch_ms : 0};
    if (reload_start(&rl) < 0) {
        fprintf(stderr, "csto: cannot start the reload thread\n");
        goto cleanup;
    }
    d = daemon_start(&cfg, err, sizeof err);
    if (!d) {
        fprintf(stderr, "csto: cannot listen on %s: %s\n", listen, err);
        goto cleanup;
    }
    char host[NI_MAXHOST] = "?";
    getnameinfo((struct sockaddr *)&cfg.addr, cfg.addrlen, host, sizeof host, NULL, 0,
                NI_NUMERICHOST);
    int v6 = cfg.addr.ss_family == AF_INET6;
    fprintf(stderr,
            "csto: serving %zu articles, %zu meetings, %zu officials, %zu documents, %zu members "
            "on http://%s%s%s:%u/\n",
            snapshot_count(snap, SNAP_ARTICLES), snapshot_count(snap, SNAP_MEETINGS),
            snapshot_count(snap, SNAP_OFFICIALS), snapshot_count(snap, SNAP_DOCUMENTS),
            snapshot_count(snap, SNAP_MEMBERS), v6 ? "[" : "", host, v6 ? "]" : "",
            daemon_port(d));
    fprintf(stderr, "csto: limits: %u connections, %u per address, %u s idle timeout, %ld s drain%s\n",
            cfg.max_conns, cfg.max_conns_per_ip, cfg.timeout, drain,
            watch ? ", watching the corpus" : "");

    for (;;) {
        int sig = 0;
        if (sigwait(&sigs, &sig) != 0)
            continue;
        log_flush(); /* the access log so far, before this message */
        if (sig == SIGHUP) {
            fprintf(stderr, "csto: SIGHUP: reloading in the background\n");
            reload_request();
            continue;
        }
        fprintf(stderr, "csto: %s received\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
        break;
    }
    fprintf(stderr, "csto: stopping: %d request(s) in flight, waiting up to %ld s\n",
            daemon_in_flight(d), drain);
    int left = daemon_drain(d, (double)drain);
    log_flush();
    if (left)
        fprintf(stderr, "csto: %d request(s) still in flight after %ld s: closing them\n", left, drain);
    else
        fprintf(stderr, "csto: drained\n");
    rc = 0;
cleanup:
    daemon_stop(d);
    reload_stop(2.0);
    log_stop(); /* after the daemon: the last requests' lines are written */
    state_set(NULL);
    return rc;
}

/* ---- parse --------------------------------------------------------------- */

/* -o FILE.db: the snapshot serve would build from these articles, as a SQLite
 * file `serve --corpus FILE.db` opens with no rebuild (model/snapshot.h),
 * the model built kind by kind as it is written.  Returns 0 or -1. */
static int write_snapshot(load_source *src, const char *out)
{
    char err[512];
    if (load_source_write(src, out, err, sizeof err) < 0) {
        fprintf(stderr, "csto: %s: %s\n", out, err);
        return -1;
    }
    return 0;
}


/* Writes the model to `out` (NULL: stdout) via a temporary file renamed into
 * place, so a failed run never leaves half a file.  Returns 0 or -1. */
static int write_model(const json_t *model, const char *out)
{
    const size_t flags = JSON_INDENT(1);
    if (!out) {
        if (json_dumpf(model, stdout, flags) < 0 || fputc('\n', stdout) == EOF ||
            fflush(stdout) == EOF) {
            fprintf(stderr, "csto: cannot write the model to stdout\n");
            return -1;
        }
        return 0;
    }
    char tmp[PATH_MAX];
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld", out, (long)getpid());
    FILE *f = fopen(tmp, "w");
    if (!f) {
        fprintf(stderr, "csto: %s: %s\n", tmp, strerror(errno));
        return -1;
    }
    int bad = json_dumpf(model, f, flags) < 0 || fputc('\n', f) == EOF;
    bad |= fclose(f) != 0;
    if (bad || rename(tmp, out) != 0) {
        fprintf(stderr, "csto: %s: %s\n", out, strerror(errno ? errno : EIO));
        unlink(tmp);
        return -1;
    }
    return 0;
}

static int cmd_parse(int argc, char **argv)
{
    char datadef[PATH_MAX];
    const char *out = NULL, *data = env_or("CSTO_DATA", NULL);
    int explain = 0;
    enum { O_EXPLAIN = 256, O_DATA };
    static const struct option opts[] = {
        {"output", required_argument, NULL, 'o'}, {"explain", no_argument, NULL, O_EXPLAIN},
        {"data", required_argument, NULL, O_DATA}, {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0},
    };
    int c;
    while ((c = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
        switch (c) {
        case 'o': out = optarg; break;
        case O_EXPLAIN: explain = 1; break;
        case O_DATA: data = optarg; break;
        case 'h': fputs(usage_parse, stdout); return 0;
        default: fputs(usage_parse, stderr); return 2;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "csto parse: no PATH given\n%s", usage_parse);
        return 2;
    }
    if (!data)
        data = default_dir("data", datadef);
    int failed = 0;
    load_progress_on();
    if (out && load_ends_with(out, ".db")) {
        load_source *src =
            load_source_articles((const char *const *)argv + optind, argc - optind, data, explain, &failed);
        if (!src)
            return 1;
        int rc = write_snapshot(src, out) < 0 || failed ? 1 : 0;
        load_source_free(src);
        return rc;
    }
    json_t *model =
        load_articles((const char *const *)argv + optind, argc - optind, data, explain, &failed);
    if (!model)
        return 1;
    int rc = write_model(model, out) < 0 || failed ? 1 : 0;
    json_decref(model);
    return rc;
}

static const char usage_export[] =
    "usage: csto export (--sqlite FILE | --json FILE) [--corpus PATH] [--data DIR]\n"
    "\n"
    "Writes the model of a corpus (a directory of articles or a model file) as a\n"
    "SQLite database that sqlite3, Datasette or a dashboard can open (tables and\n"
    "views in README.md), or as the JSON model (`-` for standard output).\n"
    "\n"
    "  --sqlite FILE       the SQLite database to write (replaced atomically)\n"
    "  --json FILE         the JSON model to write\n"
    "  --corpus PATH       CSTO_CORPUS   default: corpus\n"
    "  --data DIR          CSTO_DATA     default: as for serve\n";

/* csto export: the same model serve would load, written as SQLite or JSON. */
static int cmd_export(int argc, char **argv)
{
    char datadef[PATH_MAX], why[256] = "", err[512] = "";
    const char *sqlite = NULL, *jsonout = NULL;
    const char *corpus = env_or("CSTO_CORPUS", "corpus"), *data = env_or("CSTO_DATA", NULL);
    enum { O_SQLITE = 256, O_JSON, O_CORPUS, O_DATA };
    static const struct option opts[] = {
        {"sqlite", required_argument, NULL, O_SQLITE}, {"json", required_argument, NULL, O_JSON},
        {"corpus", required_argument, NULL, O_CORPUS}, {"data", required_argument, NULL, O_DATA},
        {"help", no_argument, NULL, 'h'},              {NULL, 0, NULL, 0},
    };
    int c;
    while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
        switch (c) {
        case O_SQLITE: sqlite = optarg; break;
        case O_JSON: jsonout = optarg; break;
        case O_CORPUS: corpus = optarg; break;
        case O_DATA: data = optarg; break;
        case 'h': fputs(usage_export, stdout); return 0;
        default: fputs(usage_export, stderr); return 2;
        }
    }
    if ((!sqlite && !jsonout) || optind < argc) {
        fprintf(stderr, "csto export: say --sqlite FILE or --json FILE\n%s", usage_export);
        return 2;
    }
    if (!data)
        data = default_dir("data", datadef);
    int failed = 0;
    json_t *model = load_model(corpus, data, &failed, why, sizeof why);
    if (!model)
        return 1;
    int rc = failed ? 1 : 0;
    if (sqlite && export_sqlite(model, sqlite, err, sizeof err) < 0) {
        fprintf(stderr, "csto export: %s\n", err);
        rc = 1;
    }
    if (jsonout && write_model(model, strcmp(jsonout, "-") ? jsonout : NULL) < 0)
        rc = 1;
    json_decref(model);
    return rc;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage_main, stderr);
        return 2;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "-h") == 0 || strcmp(cmd, "--help") == 0 || strcmp(cmd, "help") == 0) {
        fputs(usage_main, stdout);
        return 0;
    }
    if (strcmp(cmd, "-V") == 0 || strcmp(cmd, "--version") == 0) {
        printf("csto %s\n", CSTO_VERSION);
        return 0;
    }
    if (strcmp(cmd, "serve") == 0)
        return cmd_serve(argc - 1, argv + 1);
    if (strcmp(cmd, "parse") == 0)
        return cmd_parse(argc - 1, argv + 1);
    if (strcmp(cmd, "export") == 0)
        return cmd_export(argc - 1, argv + 1);
    fprintf(stderr, "csto: unknown command '%s'\n%s", cmd, usage_main);
    return 2;
}
