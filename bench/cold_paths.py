#!/usr/bin/env python3
"""cold_paths.py — a cold mix: thousands of distinct request paths over every
endpoint of the API, for measuring what a request costs when the response
cache cannot help (each path is asked once per pass through the list).

    python3 bench/cold_paths.py MODEL.json OUT.txt [--n 20000] [--seed 1]

MODEL.json is `csto parse -o` output (ids are drawn from it).  OUT.txt gets
one path per line, in a shuffled order, for bench/mix.lua:

    wrk -t1 -c32 -d20s -s bench/mix.lua http://127.0.0.1:PORT -- OUT.txt

Paths are distinct (a set), so with N paths and fewer than N requests in the
run nothing is answered from the cache twice.  The mix: lists of every kind
at many offsets and limits (deep ones included), items with and without
include=, filtered lists (each filter field, ne/contains/date ranges),
sorted lists (every sort key, both directions), full-text searches (list q=
and /search), facets, and stats.  Also writes OUT.worst.txt: the worst case
of each family (the deepest offset, the broadest filter with a sort, the
broadest search, facets on every field, stats over everything)."""
import json
import random
import sys
import urllib.parse


def q(path, **params):
    items = []
    for k, v in params.items():
        for x in (v if isinstance(v, list) else [v]):
            items.append((k, str(x)))
    return path + ("?" + urllib.parse.urlencode(items, safe=",*") if items else "")


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    n, seed = 20000, 1
    if "--n" in args:
        n = int(args[args.index("--n") + 1])
    if "--seed" in args:
        seed = int(args[args.index("--seed") + 1])
    model = json.load(open(args[0]))
    out = args[1]
    rnd = random.Random(seed)
    A = "/api/v1/"
    kinds = ["meetings", "officials", "documents", "articles", "members"]
    ids = {k: [x["id"] for x in model.get(k, [])] for k in kinds}
    count = {k: len(ids[k]) for k in kinds}
    words = ["security", "moscow", "declaration", "afghanistan", "peacekeeping", "migration", "minsk",
             "ministers", "council", "drug", "information", "cooperation", "collective", "defence",
             "agreement", "statement", "terrorism", "border", "exercise", "summit"]
    countries = sorted({m.get("country") for m in model.get("meetings", []) if m.get("country")})
    cities = sorted({m.get("city") for m in model.get("meetings", []) if m.get("city")})
    members = ids["members"]
    bodies = ["CSC", "CFM", "CDM", "CSSC", "PA", "PC", "IMEC"]
    dtypes = ["statement", "declaration", "decision", "plan", "program", "agreement", "protocol", "other"]
    sorts = {"meetings": ["id", "date", "city", "country", "status", "format"],
             "officials": ["id", "name", "meetings", "articles"],
             "documents": ["id", "title", "date", "type", "status"],
             "articles": ["id", "title", "date", "source"],
             "members": ["id", "name", "iso", "meetings", "officials", "articles"]}
    facets = {"meetings": ["body", "status", "format", "country", "city", "year"],
              "officials": ["country", "org", "title"],
              "documents": ["type", "status", "year"], "articles": ["source", "year"]}
    includes = {"meetings": ["participants", "documents", "articles"], "officials": ["meetings", "articles"],
                "documents": ["meeting", "articles"], "members": ["officials", "meetings", "articles"]}
    years = [str(y) for y in range(2000, 2026)]

    def off(k, lim):
        c = max(count[k] - lim, 1)
        # deep offsets as often as shallow ones
        return rnd.choice([rnd.randrange(0, min(c, 200)), rnd.randrange(0, c)])

    def sort_of(k):
        keys = rnd.sample(sorts[k], rnd.choice([1, 1, 2]))
        return ",".join(("-" if rnd.random() < 0.5 else "") + s for s in keys)

    def filt(k):
        p = {}
        if k == "meetings":
            c = rnd.randrange(6)
            if c == 0: p["body"] = ",".join(rnd.sample(bodies, rnd.choice([1, 2])))
            elif c == 1: p["country"] = rnd.choice(countries)
            elif c == 2: p["status"] = rnd.choice(["held", "planned"])
            elif c == 3: p["member"] = rnd.choice(members)
            elif c == 4: p["from"] = rnd.choice(years)
            else: p["body__ne"] = rnd.choice(bodies)
        elif k == "officials":
            c = rnd.randrange(4)
            if c == 0: p["country"] = rnd.choice(members)
            elif c == 1: p["title"] = rnd.choice(["minister", "president", "secretary", "defence"])
            elif c == 2: p["meetings__gte"] = rnd.choice([1, 2, 3])
            else: p["name__contains"] = rnd.choice(["an", "ov", "ko", "el"])
        elif k == "documents":
            c = rnd.randrange(4)
            if c == 0: p["type"] = rnd.choice(dtypes)
            elif c == 1: p["status"] = rnd.choice(["adopted", "draft", "planned"])
            elif c == 2: p["member"] = rnd.choice(members)
            else: p["to"] = rnd.choice(years)
        elif k == "articles":
            p["from"] = rnd.choice(years)
        else:
            p["meetings__gt"] = rnd.choice([0, 10, 100])
        return p

    families = []
    def lists():
        k = rnd.choice(kinds)
        lim = rnd.choice([1, 5, 10, 20, 50])
        return q(A + k, limit=lim, offset=off(k, lim))
    def items():
        k = rnd.choice(kinds)
        i = rnd.choice(ids[k])
        if k in includes and rnd.random() < 0.3:
            return q(A + k + "/" + urllib.parse.quote(i), include=rnd.choice(includes[k]))
        return A + k + "/" + urllib.parse.quote(i)
    def filtered():
        k = rnd.choice(kinds)
        lim = rnd.choice([10, 20])
        return q(A + k, **filt(k), limit=lim, offset=rnd.randrange(0, 400))
    def sorted_():
        k = rnd.choice(kinds)
        lim = rnd.choice([10, 20])
        return q(A + k, sort=sort_of(k), limit=lim, offset=off(k, lim))
    def filtered_sorted():
        k = rnd.choice(["meetings", "officials", "documents", "articles"])
        return q(A + k, **filt(k), sort=sort_of(k), limit=10, offset=rnd.randrange(0, 200))
    def search():
        ws = " ".join(rnd.sample(words, rnd.choice([1, 1, 2])))
        if rnd.random() < 0.5:
            return q(A + "search", q=ws, limit=10, offset=rnd.randrange(0, 300))
        k = rnd.choice(["meetings", "officials", "documents", "articles"])
        return q(A + k, q=ws, limit=10, offset=rnd.randrange(0, 100))
    def facet():
        k = rnd.choice(list(facets))
        return q(A + k, facet=rnd.sample(facets[k], rnd.choice([1, 2])), **filt(k), limit=0)
    def stats():
        w = rnd.choice(["meetings", "documents"])
        by = rnd.choice({"meetings": ["body", "status", "format", "country", "city", None],
                         "documents": ["type", "status", None]}[w])
        p = {"interval": rnd.choice(["year", "month"])}
        if by:
            p["by"] = by
        p.update({"from": rnd.choice(years)} if rnd.random() < 0.7 else {})
        return q(A + "stats/" + w, **p)
    weights = [(lists, 25), (items, 25), (filtered, 12), (sorted_, 12), (filtered_sorted, 8), (search, 8),
               (facet, 5), (stats, 5)]
    gens = [g for g, w in weights for _ in range(w)]
    paths = set()
    tries = 0
    while len(paths) < n and tries < n * 50:
        tries += 1
        paths.add(rnd.choice(gens)())
    paths = sorted(paths)
    rnd.shuffle(paths)
    with open(out, "w") as f:
        f.write("\n".join(paths) + "\n")

    big = max(count["meetings"], 1)
    worst = [
        q(A + "meetings", limit=50, offset=max(big - 50, 0)),                          # deepest offset
        q(A + "documents", limit=50, offset=max(count["documents"] - 50, 0)),
        q(A + "articles", limit=50, offset=max(count["articles"] - 50, 0)),
        q(A + "meetings", body__ne="PA", sort="-date,city", limit=50, offset=max(big // 2, 0)),  # broad filter + sort
        q(A + "documents", status__ne="planned", sort="-date,title", limit=50, offset=count["documents"] // 2),
        q(A + "officials", meetings__gte=0, sort="-meetings,name", limit=50, offset=count["officials"] // 2),
        q(A + "meetings", member=",".join(members), sort="-date", limit=50, offset=big // 2),
        q(A + "search", q="security", limit=50, offset=200),                          # broadest search
        q(A + "articles", q="security", limit=50),
        q(A + "meetings", facet=facets["meetings"], limit=0),                         # facets on every field
        q(A + "officials", facet=facets["officials"], limit=0),
        q(A + "documents", facet=facets["documents"], limit=0),
        q(A + "articles", facet=facets["articles"], limit=0),
        q(A + "stats/meetings", interval="month", by="body"),                         # stats over everything
        q(A + "stats/meetings", interval="year", by="country"),
        q(A + "stats/documents", interval="month", by="type"),
        q(A + "stats/members"),
    ]
    with open(out.rsplit(".", 1)[0] + ".worst.txt", "w") as f:
        f.write("\n".join(worst) + "\n")
    print(f"cold_paths: {len(paths)} distinct paths in {out}, {len(worst)} worst cases", file=sys.stderr)


if __name__ == "__main__":
    main()
