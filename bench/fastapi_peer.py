"""The API a Python user would write instead of csto: FastAPI on uvicorn
(Debian's python3-fastapi / python3-uvicorn), answering the same URLs as
csto from the same data in a SQLite file made by bench/peer_data.py.

    DB=build/bench/peer-10000/peer.sqlite /usr/bin/python3 -m uvicorn \
        --app-dir bench fastapi_peer:app --host 127.0.0.1 --port 18102 \
        --log-level warning --no-access-log

One SQLite connection per request (sqlite3 objects may not cross threads),
each item's stored JSON parsed and re-serialised by FastAPI, as is usual.
Lists: limit, offset, sort (date/name/id, '-' for descending), the body,
country, type, status filters and q (a LIKE search); items by id; /search
across kinds; /stats/{meetings,documents} by year (and body), /stats/members.
"""
import json
import os
import sqlite3

from fastapi import FastAPI, HTTPException, Request

DB = os.environ.get("DB", "peer.sqlite")
KINDS = {"meetings", "officials", "documents", "articles", "members"}
SORTS = {"date": "date", "id": "id", "name": "search", "city": "search"}
app = FastAPI()


def db():
    c = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    return c


@app.get("/api/v1/search")
def search(q: str, kind: str = None, limit: int = 20, offset: int = 0):
    kinds = [k for k in (kind.split(",") if kind else sorted(KINDS)) if k in KINDS]
    out = []
    with db() as c:
        for k in kinds:
            for id_, doc in c.execute(f"SELECT id, doc FROM {k} WHERE search LIKE ? ORDER BY ord",
                                      (f"%{q.lower()}%",)):
                o = json.loads(doc)
                out.append({"kind": k, "id": id_, "title": o.get("title") or o.get("name") or id_})
    return {"data": out[offset:offset + limit], "total": len(out), "limit": limit, "offset": offset}


@app.get("/api/v1/stats/{what}")
def stats(what: str, interval: str = "year", by: str = None):
    with db() as c:
        if what == "members":
            return [{"member": json.loads(d)["id"], "name": json.loads(d)["name"]}
                    for (d,) in c.execute("SELECT doc FROM members ORDER BY ord")]
        if what not in ("meetings", "documents"):
            raise HTTPException(404)
        col = ", body" if by == "body" and what == "meetings" else ""
        rows = c.execute(f"SELECT substr(date,1,4) AS y{col}, count(*) FROM {what} WHERE date IS NOT NULL"
                         f" GROUP BY y{col} ORDER BY y{col}").fetchall()
    if col:
        return [{"year": int(r[0]), "body": r[1], "count": r[2]} for r in rows]
    return [{"year": int(r[0]), "count": r[1]} for r in rows]


@app.get("/api/v1/{kind}")
def list_items(kind: str, request: Request, limit: int = 50, offset: int = 0, sort: str = None, q: str = None):
    if kind not in KINDS:
        raise HTTPException(404)
    where, args = [], []
    for f in ("body", "country", "type", "status"):
        v = request.query_params.get(f)
        if v:
            where.append(f"{f} LIKE ?" if f == "body" else f"{f} = ?")
            args.append(f"%{v}%" if f == "body" else v)
    if q:
        where.append("search LIKE ?")
        args.append(f"%{q.lower()}%")
    sql = " WHERE " + " AND ".join(where) if where else ""
    order = "ord"
    if sort:
        key = sort.lstrip("-")
        order = f"{SORTS.get(key, 'ord')} {'DESC' if sort.startswith('-') else 'ASC'}, id"
    with db() as c:
        total = c.execute(f"SELECT count(*) FROM {kind}{sql}", args).fetchone()[0]
        rows = c.execute(f"SELECT doc FROM {kind}{sql} ORDER BY {order} LIMIT ? OFFSET ?",
                         args + [limit, offset]).fetchall()
    return {"data": [json.loads(d) for (d,) in rows], "total": total, "limit": limit, "offset": offset}


@app.get("/api/v1/{kind}/{id_}")
def get_item(kind: str, id_: str):
    if kind not in KINDS:
        raise HTTPException(404)
    with db() as c:
        row = c.execute(f"SELECT doc FROM {kind} WHERE id = ?", (id_,)).fetchone()
    if not row:
        raise HTTPException(404)
    return json.loads(row[0])
