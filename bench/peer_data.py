#!/usr/bin/env python3
"""Makes the peers' data and the request mixes from one csto model.

usage: peer_data.py MODEL.json OUTDIR

Writes into OUTDIR:
  db.json             the model's five arrays, for json-server
  peer.sqlite         one table per kind (id, stored JSON, the filtered and
                      sorted columns, a search text), for bench/fastapi_peer.py
  paths_csto.txt      the request mix against csto (and the FastAPI peer,
                      which answers the same URLs)
  paths_jsonserver.txt  the same requests in json-server's query language
                      (line for line; stats have no json-server equivalent and
                      become a filtered list)
The mix: plain and paged lists, item pages, filtered and sorted lists,
full-text searches and stats, 40 requests, chosen deterministically from the
model so every size of corpus gets the same shape of mix.
"""
import json
import os
import random
import sqlite3
import sys

KINDS = ["meetings", "officials", "documents", "articles", "members"]


def first_country(o):
    for p in o.get("positions") or []:
        if p.get("country"):
            return p["country"]
    return None


def write_sqlite(model, path):
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    for k in KINDS:
        db.execute(f"CREATE TABLE {k} (ord INTEGER PRIMARY KEY, id TEXT UNIQUE, doc TEXT, date TEXT,"
                   " body TEXT, country TEXT, type TEXT, status TEXT, search TEXT)")
        rows = []
        for i, o in enumerate(model.get(k) or []):
            date = o.get("date") or o.get("published")
            body = ",".join(o.get("bodies") or [])
            country = o.get("country") if k != "officials" else first_country(o)
            search = " ".join(str(o.get(f) or "") for f in ("title", "name", "city", "text"))
            rows.append((i, o["id"], json.dumps(o, ensure_ascii=False, separators=(",", ":")), date, body,
                         country, o.get("type"), o.get("status"), search.lower()))
        db.executemany(f"INSERT INTO {k} VALUES (?,?,?,?,?,?,?,?,?)", rows)
        db.execute(f"CREATE INDEX {k}_date ON {k}(date)")
    db.commit()
    db.close()


def mix(model):
    rng = random.Random(7)
    csto, js = [], []

    def add(a, b):
        csto.append(a)
        js.append(b)

    add("/api/v1/meetings", "/meetings?_page=1&_limit=50")
    add("/api/v1/meetings?limit=7", "/meetings?_page=1&_limit=7")
    add("/api/v1/officials?limit=20", "/officials?_page=1&_limit=20")
    add("/api/v1/documents?limit=20&offset=40", "/documents?_start=40&_limit=20")
    add("/api/v1/articles?limit=5", "/articles?_page=1&_limit=5")
    add("/api/v1/meetings?limit=20&offset=100", "/meetings?_start=100&_limit=20")
    for k, n in (("meetings", 6), ("officials", 6), ("documents", 6), ("articles", 2), ("members", 1)):
        items = model.get(k) or []
        for o in rng.sample(items, min(n, len(items))):
            add(f"/api/v1/{k}/{o['id']}", f"/{k}/{o['id']}")
    add("/api/v1/meetings?body=CFM&sort=-date&limit=20",
        "/meetings?bodies_like=CFM&_sort=date&_order=desc&_limit=20")
    add("/api/v1/meetings?country=russia&limit=20", "/meetings?country=russia&_limit=20")
    add("/api/v1/meetings?status=planned&sort=date&limit=20",
        "/meetings?status=planned&_sort=date&_order=asc&_limit=20")
    add("/api/v1/documents?type=declaration&limit=20", "/documents?type=declaration&_limit=20")
    add("/api/v1/officials?sort=name&limit=20", "/officials?_sort=name&_order=asc&_limit=20")
    add("/api/v1/articles?sort=-date&limit=5", "/articles?_sort=published&_order=desc&_limit=5")
    add("/api/v1/search?q=security&limit=10", "/articles?q=security&_limit=10")
    add("/api/v1/search?q=moscow&limit=10", "/meetings?q=moscow&_limit=10")
    add("/api/v1/meetings?q=afghanistan&limit=10", "/articles?q=afghanistan&_limit=10")
    add("/api/v1/search?q=declaration&kind=documents&limit=10", "/documents?q=declaration&_limit=10")
    add("/api/v1/stats/meetings?interval=year&by=body", "/meetings?date_gte=2015&_limit=10")
    add("/api/v1/stats/documents?interval=year", "/documents?status=adopted&_limit=10")
    add("/api/v1/stats/members", "/members?_limit=10")
    return csto, js


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        model = json.load(f)
    out = argv[2]
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "db.json"), "w", encoding="utf-8") as f:
        json.dump({k: model.get(k) or [] for k in KINDS}, f, ensure_ascii=False)
    write_sqlite(model, os.path.join(out, "peer.sqlite"))
    csto, js = mix(model)
    with open(os.path.join(out, "paths_csto.txt"), "w") as f:
        f.write("\n".join(csto) + "\n")
    with open(os.path.join(out, "paths_jsonserver.txt"), "w") as f:
        f.write("\n".join(js) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
