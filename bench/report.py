#!/usr/bin/env python3
"""Writes BENCHMARKS.md from one `make bench` run (build/bench/*.tsv), the
machine and versions it ran on, and the hand-written analysis in
bench/notes.md.

usage: report.py OUTDIR "SIZES" PEER_SIZE DURATION CONNS
"""
import os
import platform
import subprocess
import sys
import time


def sh(cmd):
    try:
        r = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=30)
        return (r.stdout + r.stderr).strip().splitlines()[0] if (r.stdout + r.stderr).strip() else "?"
    except Exception:
        return "?"


def ms(v):
    """wrk latency ("812.00us", "1.20ms", "2.01s") in ms."""
    if v in ("NA", "", None):
        return None
    for suf, f in (("us", 1e-3), ("ms", 1.0), ("s", 1e3), ("m", 6e4)):
        if v.endswith(suf):
            try:
                return float(v[: -len(suf)]) * f
            except ValueError:
                return None
    return None


def fmt_ms(v):
    x = ms(v)
    return "—" if x is None else (f"{x:.2f} ms" if x < 10 else f"{x:.0f} ms")


def main(argv):
    out, sizes, peer_size, dur, conns = argv[1], argv[2].split(), argv[3], argv[4], argv[5]
    rows = []
    with open(os.path.join(out, "results.tsv")) as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) >= 7:
                rows.append({"size": p[0], "target": p[1], "scen": p[2], "rps": float(p[3] or 0),
                             "p50": p[4], "p99": p[5], "cpu": p[6], "err": p[7] if len(p) > 7 else ""})
    load = []
    with open(os.path.join(out, "load.tsv")) as f:
        for line in f:
            load.append(line.rstrip("\n").split("\t"))

    def get(size, target, scen):
        for r in rows:
            if r["size"] == size and r["target"] == target and r["scen"] == scen:
                return r
        return None

    o = []
    w = o.append
    w("# Benchmarks\n")
    w("Written by `make bench` (bench/run.sh, bench/report.py) on "
      f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; the analysis below the tables is "
      "bench/notes.md.  Rerun: `make bench` (all sizes, about 10 minutes), "
      "`make bench BENCH_SIZES=\"1000 10000\"`, or `make bench BENCH_QUICK=1` (3 s runs, no option sweep).\n")
    w("## Machine and versions\n")
    cpu = sh("lscpu | grep 'Model name' | sed 's/.*: *//'")
    ngx = sh("nginx -v 2>&1 | sed 's/.*nginx.//'")
    fa = sh("/usr/bin/python3 -c 'import fastapi,uvicorn;print(fastapi.__version__, uvicorn.__version__)'")
    w("| | |\n|---|---|")
    w(f"| CPU | {cpu}, {os.cpu_count()} cores |")
    w(f"| kernel | {platform.release()} |")
    w(f"| csto | {sh('git rev-parse --short HEAD')} (built with `make`, -O2) |")
    w(f"| libmicrohttpd | {sh('pkg-config --modversion libmicrohttpd')} (Debian 12) |")
    w(f"| nginx | {ngx} (Debian 12) |")
    w(f"| json-server | 0.17.4 (npm, bench/package.json) on Node {sh('node --version')} |")
    w(f"| FastAPI / uvicorn | {fa} "
      f"(Debian 12, {sh('/usr/bin/python3 --version')}) |")
    w(f"| wrk | {sh('wrk -v 2>&1 | head -1')} |")
    w(f"| load | `wrk -t1 -c{conns} -d{dur}s --latency` pinned to core 0 (`taskset -c 0`), "
      "every server pinned to core 1, keep-alive, loopback; 1 s warm-up before each run |")
    load_avg = sh("cat /proc/loadavg")
    w(f"| load average after the run | {load_avg} (see \"Reading these numbers\") |\n")

    w("## Results\n")
    w(f"### Throughput beside the peers ({peer_size} articles)\n")
    w("`hot`: one list request, `GET /api/v1/meetings?limit=7` (the same body bytes for every server "
      "that can send them); `mix`: 40 requests cycled by bench/mix.lua (lists, item pages, filtered "
      "and sorted lists, searches, stats; bench/peer_data.py).  CPU/req: server CPU time (user+system, "
      "from /proc) divided by requests, which other jobs on the machine disturb far less than req/s.\n")
    w("| server | scenario | req/s | p50 | p99 | CPU/req | errors |")
    w("|---|---|---:|---:|---:|---:|---|")
    peer_rows = [r for r in rows if r["size"] == peer_size]
    for r in peer_rows:
        w(f"| {r['target']} | {r['scen']} | {r['rps']:,.0f} | {fmt_ms(r['p50'])} | {fmt_ms(r['p99'])} | "
          f"{r['cpu']} µs | {r['err'].strip() or '—'} |")
    w("")
    bare = get(peer_size, "bare libmicrohttpd", "hot")
    w("### Ratios and targets\n")
    w("By req/s (the runs were minutes apart on a shared machine, so this moves with the load), and "
      "by server CPU per request (peer CPU/req ÷ csto CPU/req: the same ratio on an idle machine, where "
      "each server is CPU-bound on its core).\n")
    w("| ratio | by req/s | by CPU/req | target | met (req/s) | met (CPU/req) |")
    w("|---|---:|---:|---:|---|---|")

    def num(x):
        try:
            return float(x)
        except (TypeError, ValueError):
            return None

    def row(name, a, b, target):
        if not a or not b:
            w(f"| {name} | — | — | {target} | — | — |")
            return
        t = float(target.strip("≥ ×"))
        v = a["rps"] / b["rps"] if b["rps"] else None
        ca, cb = num(a["cpu"]), num(b["cpu"])
        c = cb / ca if ca and cb else None
        f = lambda x: "—" if x is None else f"{x:.2f}×"
        m = lambda x: "—" if x is None else ("yes" if x >= t else "**no**")
        w(f"| {name} | {f(v)} | {f(c)} | {target} | {m(v)} | {m(c)} |")

    for cfg in ("default", "pool32k"):
        c_hot = get(peer_size, f"csto ({cfg})", "hot")
        c_mix = get(peer_size, f"csto ({cfg})", "mix")
        row(f"csto ({cfg}) hot / bare libmicrohttpd", c_hot, bare, "≥ 0.9×")
        row(f"csto ({cfg}) hot / nginx hot", c_hot, get(peer_size, "nginx (static files)", "hot"), "≥ 1×")
        row(f"csto ({cfg}) hot / json-server hot", c_hot, get(peer_size, "json-server 0.17.4", "hot"), "≥ 5×")
        row(f"csto ({cfg}) hot / FastAPI hot", c_hot, get(peer_size, "FastAPI + uvicorn", "hot"), "≥ 10×")
        row(f"csto ({cfg}) mix / bare libmicrohttpd", c_mix, bare, "≥ 0.6×")
        row(f"csto ({cfg}) mix / json-server mix", c_mix, get(peer_size, "json-server 0.17.4", "mix"), "≥ 5×")
        row(f"csto ({cfg}) mix / FastAPI mix", c_mix, get(peer_size, "FastAPI + uvicorn", "mix"), "≥ 10×")
        if c_mix:
            p99 = ms(c_mix["p99"])
            w(f"| csto ({cfg}) mix p99 at {conns} connections | {fmt_ms(c_mix['p99'])} | | < 5 ms | "
              f"{'yes' if p99 is not None and p99 < 5 else '**no**'} | |")
    w("")

    w("### csto at every corpus size\n")
    w("| articles | server | scenario | req/s | p50 | p99 | CPU/req |")
    w("|---:|---|---|---:|---:|---:|---:|")
    for s in sizes:
        for r in rows:
            if r["size"] == s and r["target"].startswith("csto"):
                w(f"| {int(s):,} | {r['target']} | {r['scen']} | {r['rps']:,.0f} | {fmt_ms(r['p50'])} | "
                  f"{fmt_ms(r['p99'])} | {r['cpu']} µs |")
    w("")

    w("### Start-up cost by corpus size\n")
    w("`csto parse DIR -o model.json` under `/usr/bin/time -v` (wall time, peak RSS, extraction speed = "
      "article text bytes / wall time, on one core: the parse is single-threaded); `csto serve --corpus DIR` "
      "(parse at start-up) and `--corpus model.json`: seconds from exec until /healthz answers, and the "
      "process's peak RSS (VmHWM) at that moment.\n")
    w("| articles | text | parse (wall / CPU) | extraction per core (text / CPU time) | parse peak RSS | "
      "serve DIR: ready | peak RSS | serve model.json: ready | peak RSS |")
    w("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for s in sizes:
        p = next((x for x in load if x[0] == s and x[2] == "parse"), None)
        d = next((x for x in load if x[0] == s and x[2] == "serve-dir"), None)
        m = next((x for x in load if x[0] == s and x[2] == "serve-model"), None)
        if not p:
            continue
        text = int(p[5])
        wall = float(p[3])
        cpu_s = float(p[6]) if len(p) > 6 else wall
        cells = [f"{int(s):,}", f"{text / 1048576:.1f} MB", f"{wall:.2f} s / {cpu_s:.2f} s",
                 f"{text / 1048576 / cpu_s:.1f} MB/s" if cpu_s else "—", f"{int(p[4]) // 1024} MB"]
        for x in (d, m):
            cells += [f"{float(x[3]):.2f} s", f"{int(x[4]) // 1024} MB"] if x else ["—", "—"]
        w("| " + " | ".join(cells) + " |")
    w("")

    mhd = [r for r in rows if r["size"] == "mhd"]
    if mhd:
        w("### libmicrohttpd options (hot request, 5 s runs)\n")
        w("`bare: THREADS MODE [turbo] [nodate] [mem=BYTES]` is bench/bare_mhd.c with those options; "
          "`csto: threads=T mem=M` is csto serve --threads T with CSTO_CONNECTION_MEMORY=M.\n")
        w("| configuration | req/s | p50 | p99 | CPU/req |")
        w("|---|---:|---:|---:|---:|")
        for r in mhd:
            w(f"| {r['target']} | {r['rps']:,.0f} | {fmt_ms(r['p50'])} | {fmt_ms(r['p99'])} | {r['cpu']} µs |")
        w("")

    w("## Exact commands\n")
    w("```sh")
    w("make bench                                   # = sh bench/run.sh with the defaults")
    w(f"python3 bench/gen_corpus.py N build/bench/corpus-N --seed 1")
    w("/usr/bin/time -v build/csto parse build/bench/corpus-N -o build/bench/model-N.json")
    w("taskset -c 1 build/csto serve --corpus build/bench/model-N.json --listen 127.0.0.1:18100 --quiet --threads 1")
    w(f"taskset -c 0 wrk -t1 -c{conns} -d{dur}s --latency 'http://127.0.0.1:18100/api/v1/meetings?limit=7'")
    w(f"taskset -c 0 wrk -t1 -c{conns} -d{dur}s --latency -s bench/mix.lua http://127.0.0.1:18100 -- build/bench/peer-N/paths_csto.txt")
    w("taskset -c 1 build/bench/bare_mhd build/bench/peer-N/www/hot.json 18101 1 epoll")
    w("taskset -c 1 nginx -p build/bench/nginx -c build/bench/nginx/nginx.conf          # from bench/nginx.conf")
    w("DB=build/bench/peer-N/peer.sqlite taskset -c 1 /usr/bin/python3 -m uvicorn --app-dir bench fastapi_peer:app --port 18102 --no-access-log")
    w("taskset -c 1 node bench/node_modules/json-server/lib/cli/bin.js --port 18103 --quiet --no-gzip build/bench/peer-N/db.json")
    w("```\n")
    notes = os.path.join(os.path.dirname(os.path.abspath(__file__)), "notes.md")
    if os.path.exists(notes):
        with open(notes) as f:
            w(f.read())
    print("\n".join(o))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
