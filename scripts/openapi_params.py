#!/usr/bin/env python3
"""openapi_params — rewrites the query parameters of data/openapi.json so the
document is exactly as strict as the server: every filter and its operators
(field, field__in, field__ne, field__gt, ... as model/snapshot.c whitelists
them), sort/fields/include/facet/format as patterns of what the server takes,
comma lists included, and the shared parts (security, tags, 4xx responses).

The tables below mirror model/snapshot.c (filter_specs, sort_specs,
facet_specs) and handlers/output.c (kind keys, includes); the conformance test
(tests/openapi/conformance.js) checks the server against the result, both
ways, so a table that drifts fails make test.

    python3 scripts/openapi_params.py            rewrite data/openapi.json
    python3 scripts/openapi_params.py --check    exit 1 if it would change
"""
import json
import sys
from collections import OrderedDict
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "data" / "openapi.json"

V_BODY = ["CSC", "CFM", "CDM", "CSSC", "PA", "PC", "IMEC"]
V_MSTATUS = ["held", "planned"]
V_FORMAT = ["in_person", "video"]
V_DTYPE = ["statement", "declaration", "decision", "plan", "program", "agreement", "protocol", "other"]
V_DSTATUS = ["adopted", "draft", "planned"]

# field, type, description, example value, vocabulary
FILTERS = {
    "meetings": [
        ("body", "vocab", "Body code (CSC, CFM, ...): meetings of any of these bodies.", "CFM", V_BODY),
        ("status", "vocab", "Meeting status.", "held", V_MSTATUS),
        ("format", "vocab", "Meeting format (shares the name with the output format: json, csv and ndjson select the output, in_person and video filter).", "video", V_FORMAT),
        ("country", "text", "Host country slug (case-insensitive).", "kazakhstan", None),
        ("city", "text", "City (case-insensitive).", "Astana", None),
        ("member", "custom", "A member country slug: the host country or a participant's country.", "kazakhstan", None),
        ("official", "id", "A participant's id.", "nursultan-nazarbayev", None),
        ("document", "id", "A document's id.", "final-declaration", None),
        ("article", "id", "A reporting article's id.", "000_ea2f095f3df67ff4", None),
        ("date", "date", "The meeting's date (ISO 8601 at any precision; compared at the precision both dates have).", "2019-11", None),
    ],
    "officials": [
        ("country", "text", "The country of one of the official's positions (slug, case-insensitive).", "kazakhstan", None),
        ("org", "text", "The organisation of one of the positions (case-insensitive).", "CSTO", None),
        ("title", "substr", "A substring of one of the positions' titles (case-insensitive); title= already matches substrings.", "minister", None),
        ("name", "substr", "A substring of the name (case-insensitive); name= already matches substrings.", "nazarbayev", None),
        ("meeting", "id", "A meeting the official attended (id).", "2018-11-08-csc-astana", None),
        ("article", "id", "An article naming the official (id).", "000_ea2f095f3df67ff4", None),
        ("meetings", "int", "How many meetings the official attended.", "1", None),
        ("articles", "int", "How many articles name the official.", "2", None),
    ],
    "documents": [
        ("type", "vocab", "Document type.", "declaration", V_DTYPE),
        ("status", "vocab", "Document status.", "adopted", V_DSTATUS),
        ("meeting", "id", "The meeting that adopted or planned it (id).", "2018-11-08-csc-astana", None),
        ("member", "custom", "A member country slug: the initiator or the meeting's host country.", "kyrgyzstan", None),
        ("initiator", "text", "The initiating country (slug, case-insensitive).", "kyrgyzstan", None),
        ("article", "id", "An article naming it (id).", "000_ea2f095f3df67ff4", None),
        ("date", "date", "Its meeting's date (ISO 8601 at any precision).", "2020", None),
    ],
    "articles": [
        ("source", "text", "The agency or site (case-insensitive).", "Kazinform", None),
        ("published", "date", "The publication date (ISO 8601 at any precision).", "2020-05", None),
        ("lang", "vocab", "The article's language: en, or ru when most of its letters are Cyrillic.", "ru", ["en", "ru"]),
    ],
    "members": [
        ("iso", "text", "ISO 3166-1 alpha-2 code (case-insensitive).", "KZ", None),
        ("meeting", "id", "A meeting the member hosted or attended (id).", "2018-11-08-csc-astana", None),
        ("official", "id", "One of the member's officials (id).", "nursultan-nazarbayev", None),
        ("meetings", "int", "How many meetings.", "1", None),
        ("officials", "int", "How many officials.", "2", None),
        ("articles", "int", "How many articles.", "5", None),
    ],
}
DATED = {"meetings": "date", "documents": "date", "articles": "published"}

OPS = {  # operators each type takes, in the server's order
    "text": ["", "in", "ne", "contains", "isnull"],
    "vocab": ["", "in", "ne", "isnull"],
    "id": ["", "in", "ne", "contains", "isnull"],
    "substr": ["", "in", "ne", "contains", "isnull"],
    "date": ["", "in", "ne", "gt", "gte", "lt", "lte", "isnull"],
    "int": ["", "in", "ne", "gt", "gte", "lt", "lte"],
    "custom": ["", "in", "ne"],
}
OP_TEXT = {
    "": "Equal to any of the values (comma-separated or repeated).",
    "in": "The same as the plain filter: equal to any of the values.",
    "ne": "The negation of the plain filter: items it would not return (items with no value included).",
    "gt": "After / greater than the value (one value).",
    "gte": "At or after / greater than or equal (one value).",
    "lt": "Before / less than the value (one value).",
    "lte": "At or before / less than or equal (one value).",
    "contains": "Holds any of the substrings (ASCII case ignored; comma-separated or repeated).",
    "isnull": "true: the field has no value (null or an empty list); false: it has one.",
}

SORTS = {
    "meetings": ["id", "date", "city", "country", "status", "format"],
    "officials": ["id", "name", "meetings", "articles"],
    "documents": ["id", "title", "date", "type", "status"],
    "articles": ["id", "title", "date", "published", "source"],
    "members": ["id", "name", "iso", "meetings", "officials", "articles"],
}
FACETS = {
    "meetings": ["body", "status", "format", "country", "city", "year"],
    "officials": ["country", "org", "title"],
    "documents": ["type", "status", "year"],
    "articles": ["source", "year", "lang"],
    "members": [],
}
KEYS = {
    "articles": ["id", "title", "published", "source", "url", "dateline", "lang", "text"],
    "meetings": ["id", "bodies", "date", "city", "country", "status", "format", "articles", "participants",
                 "documents", "documents_count", "evidence"],
    "officials": ["id", "name", "names", "positions", "articles", "meetings", "evidence"],
    "documents": ["id", "title", "type", "status", "meeting", "initiator", "articles", "evidence"],
    "members": ["id", "name", "iso", "articles", "meetings", "officials", "chairmanship"],
}
INCLUDES = {
    "meetings": ["participants", "documents", "articles"],
    "officials": ["meetings", "articles"],
    "documents": ["meeting", "articles"],
    "members": ["officials", "meetings", "articles"],
    "articles": [],
}
STATS_BY = {"meetings": ["body", "status", "format", "country", "city"], "documents": ["type", "status"]}

VALUE = r"[^,\u0000-\u001f\u007f]{1,200}"  # one free-text value: no comma, no control character
DATE = r"[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12][0-9]|3[01]))?)?"
INT = r"[0-9]{1,9}"


WORD = r"[0-9A-Za-z_\u0080-\uffff]"
# q needs something to search (snapshot_fts_query): a word that is not an
# operator (OR, AND, NOT, NEAR; with a trailing * it is a prefix, so a word)
# nor a column name ("title:"), or a "phrase" holding a word.
Q_PATTERN = (rf"(?<!{WORD})(?!(?:OR|AND|NOT|NEAR)(?![0-9A-Za-z_\u0080-\uffff*])){WORD}+(?![0-9A-Za-z_\u0080-\uffff:])"
             rf'|"[^"]*{WORD}')


def Q_SCHEMA(example):
    return {"type": "string", "minLength": 1, "maxLength": 500, "pattern": Q_PATTERN, "examples": [example]}


def ci(word):
    """A regex matching word in any case ([Cc][Ff][Mm])."""
    return "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else c for c in word)


def alt(words, case_insensitive=False):
    return "(?:" + "|".join(ci(w) if case_insensitive else w for w in words) + ")"


def comma_list(one, most=64):
    return f"^{one}(?:,{one}){{0,{most - 1}}}$"


def value_regex(ftype, vocab):
    if ftype == "vocab":
        return alt(vocab, True)
    if ftype == "date":
        return DATE
    if ftype == "int":
        return INT
    return VALUE


def filter_param(kind, field, ftype, desc, example, vocab, op):
    name = field + ("__" + op if op else "")
    p = OrderedDict(name=name, **{"in": "query"})
    p["description"] = f"{desc} {OP_TEXT[op]}" if not op else f"`{field}`: {OP_TEXT[op]}"
    if op == "isnull":
        p["schema"] = {"type": "string", "enum": ["true", "false", "1", "0"]}
    elif op in ("gt", "gte", "lt", "lte"):
        p["schema"] = {"type": "string", "pattern": f"^{value_regex(ftype, vocab)}$", "examples": [example]}
    else:
        items = {"type": "string", "pattern": comma_list(value_regex(ftype, vocab)), "examples": [example]}
        if kind == "meetings" and field == "format" and op == "":
            items["pattern"] = "^(?:json|csv|ndjson)$|" + comma_list(value_regex(ftype, vocab))
            items["examples"] = ["video", "csv"]
        p["schema"] = {"type": "array", "items": items}
        p["style"] = "form"
        p["explode"] = True
    p["x-csto-filter"] = {"field": field, "op": op or "eq"}
    return p


def date_alias(kind, which):
    field = DATED[kind]
    p = OrderedDict(name=which, **{"in": "query"})
    p["description"] = (f"Items dated in or after this ISO 8601 date of any precision (the same as {field}__gte)."
                        if which == "from" else
                        f"Items dated in or before this ISO 8601 date of any precision (the same as {field}__lte; to=2019 includes all of 2019).")
    p["schema"] = {"type": "string", "pattern": f"^{DATE}$", "examples": ["2019-11" if which == "from" else "2020"]}
    p["x-csto-filter"] = {"field": field, "op": "gte" if which == "from" else "lte"}
    return p


def filter_refs(doc, kind):
    comps = doc["components"]["parameters"]
    refs = []
    for field, ftype, desc, example, vocab in FILTERS[kind]:
        for op in OPS[ftype]:
            key = f"{kind}.{field}" + (f"__{op}" if op else "")
            if kind == "meetings" and field == "format" and op == "":
                continue  # merged with the output format: added per operation
            comps[key] = filter_param(kind, field, ftype, desc, example, vocab, op)
            refs.append({"$ref": f"#/components/parameters/{key}"})
    if kind in DATED:
        for which in ("from", "to"):
            key = f"{kind}.{which}"
            comps[key] = date_alias(kind, which)
            refs.append({"$ref": f"#/components/parameters/{key}"})
    return refs


def csv_param(name, desc, words, examples):
    return OrderedDict([("name", name), ("in", "query"), ("description", desc),
                        ("schema", {"type": "array", "items": {"type": "string", "pattern": comma_list(alt(words)),
                                                                "examples": examples}}),
                        ("style", "form"), ("explode", True)])


def out_format(desc="Output format: json (default), csv or ndjson; Accept also selects it, by q weights."):
    return OrderedDict([("name", "format"), ("in", "query"), ("description", desc),
                        ("schema", {"type": "string", "enum": ["json", "csv", "ndjson"]})])


def meetings_format():
    p = filter_param("meetings", "format", "vocab", FILTERS["meetings"][2][2], "video", V_FORMAT, "")
    p["description"] = ("json, csv or ndjson select the output format (once; Accept also selects it, by q weights); "
                        "in_person or video filter meetings by format (several mean OR).")
    return p


def ref(name):
    return {"$ref": f"#/components/parameters/{name}"}


def list_params(doc, kind):
    ps = [ref("limit"), ref("offset"), ref("q"), ref("pretty")]
    ps.append(csv_param("fields", "Sparse field set: only these keys of each item (comma-separated or repeated).",
                        KEYS[kind], ["id," + KEYS[kind][1]]))
    ps += filter_refs(doc, kind)
    ps.append(meetings_format() if kind == "meetings" else out_format())
    keys = alt(SORTS[kind])
    ps.append(OrderedDict([("name", "sort"), ("in", "query"),
                           ("description", "Sort keys, comma-separated, '-' for descending; nulls last; ties by id. "
                                           f"One of: {', '.join(SORTS[kind])} (and rank when q is given). "
                                           "Default: model order (rank with q)."),
                           ("schema", {"type": "string", "pattern": f"^-?{keys}(?:,-?{keys})*$",
                                       "examples": ["-" + SORTS[kind][1] + ",id"]})]))
    if FACETS[kind]:
        ps.append(csv_param("facet", "Count values over the whole filtered set (comma-separated or repeated).",
                            FACETS[kind], [FACETS[kind][0]]))
    if INCLUDES[kind]:
        ps.append(csv_param("include", "Embed the related items in an \"embedded\" object beside the id lists (not with CSV).",
                            INCLUDES[kind], [INCLUDES[kind][0]]))
    return ps


def item_params(kind, id_param):
    ps = [id_param, ref("pretty"),
          csv_param("fields", "Only these keys (comma-separated or repeated).", KEYS[kind], ["id," + KEYS[kind][1]]),
          out_format()]
    if INCLUDES[kind]:
        ps.append(csv_param("include", "Embed the related items in \"embedded\" (not with CSV).", INCLUDES[kind],
                            [INCLUDES[kind][0]]))
    return ps


def stats_params(doc, what):
    ps = []
    if what in STATS_BY:
        ps.append(OrderedDict([("name", "interval"), ("in", "query"),
                               ("description", "Period length (default year); items without a date of that precision are left out."),
                               ("schema", {"type": "string", "enum": ["year", "month"]})]))
        ps.append(OrderedDict([("name", "by"), ("in", "query"), ("description", "Split each period by this field."),
                               ("schema", {"type": "string", "enum": STATS_BY[what]})]))
    ps.append(ref("pretty"))
    ps.append(meetings_format() if what == "meetings" else out_format())
    ps += filter_refs(doc, what)
    return ps


TAGS = {
    "meetings": "Meetings of the CSTO's bodies: date, place, bodies, status, format, participants, documents.",
    "officials": "People named with a title: positions, meetings attended, articles.",
    "documents": "Statements, declarations, decisions and other documents adopted, drafted or planned at meetings.",
    "members": "Member states: officials, meetings hosted or attended, chairmanship.",
    "articles": "The news articles the model was extracted from, with their text.",
    "search": "Full-text search across every kind, ranked by bm25.",
    "stats": "Flat series for dashboards (Grafana's Infinity data source).",
    "operations": "Health, metrics and this document.",
}


def rebuild(doc):
    doc = json.loads(json.dumps(doc), object_pairs_hook=OrderedDict)
    comps = doc["components"]
    comps["parameters"] = OrderedDict((k, v) for k, v in comps["parameters"].items() if "." not in k)
    comps["parameters"]["q"]["schema"] = Q_SCHEMA("foreign ministers")
    for name in ("from", "to", "outformat", "fields"):
        comps["parameters"].pop(name, None)
    # security: none, said explicitly (the API is public and read-only)
    doc["security"] = []
    tags = [OrderedDict(name=t, description=d) for t, d in TAGS.items()]
    doc["tags"] = tags
    comps["responses"]["UriTooLong"] = {
        "description": "The request target is longer than 8 KiB (problem+json; past the connection's 64 KiB, libmicrohttpd's own short HTML).",
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}},
                    "text/html": {"schema": {"type": "string"}}}}
    comps["responses"]["HeadersTooLarge"] = {
        "description": "The request headers are larger than 16 KiB (problem+json; past the connection's 64 KiB, libmicrohttpd's own short HTML).",
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}},
                    "text/html": {"schema": {"type": "string"}}}}
    comps["responses"]["Unavailable"] = {
        "description": "No model is loaded, or the request needed more than its budget of work or its client "
                       "went away (the problem's detail says which): ask for less (fewer terms, values, includes "
                       "or a smaller page).",
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
    comps["responses"]["NotImplemented"] = {
        "description": "A Transfer-Encoding other than chunked: the request's framing is checked before any route, "
                       "and the connection is closed.",
        "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}
    comps["headers"]["Vary"] = {"description": "Accept (lists, items, stats: the body depends on it) and Accept-Encoding.",
                                "schema": {"type": "string"}}
    comps["headers"]["Content-Disposition"] = {
        "description": "On CSV only: attachment; filename=\"<kind>.csv\" (\"<what>-stats.csv\" for stats).",
        "schema": {"type": "string", "pattern": "^attachment; filename=\"[a-z-]+\\.csv\"$"}}
    for path, item in doc["paths"].items():
        op = item["get"]
        op["security"] = []
        kind = path.split("/")[3] if path.startswith("/api/v1/") else None
        if path.startswith("/api/v1/stats/"):
            op["parameters"] = stats_params(doc, path.split("/")[-1])
        elif kind in FILTERS and path.endswith("{id}"):
            op["parameters"] = item_params(kind, next(p for p in op["parameters"] if p.get("name") == "id"))
        elif kind in FILTERS:
            op["parameters"] = list_params(doc, kind)
        elif path == "/api/v1/search":
            for p in op["parameters"]:
                if p.get("name") == "kind":
                    p["description"] = "Only these kinds (comma-separated)."
                    p["schema"] = {"type": "string", "pattern": comma_list(alt(list(KEYS)), 5),
                                   "examples": ["officials,articles"]}
                if p.get("name") == "q":
                    p["schema"] = Q_SCHEMA("nazarbayev")
        resp = op["responses"]
        resp.setdefault("400", {"$ref": "#/components/responses/BadRequest"})
        resp.setdefault("414", {"$ref": "#/components/responses/UriTooLong"})
        resp.setdefault("431", {"$ref": "#/components/responses/HeadersTooLarge"})
        resp.setdefault("501", {"$ref": "#/components/responses/NotImplemented"})
        if path.startswith("/api/v1/"):  # every query has a budget of work
            resp.setdefault("503", {"$ref": "#/components/responses/Unavailable"})
        ok = resp.get("200", {})
        if kind in FILTERS or path.startswith("/api/v1/stats/"):
            ok.setdefault("headers", OrderedDict())
            ok["headers"]["Vary"] = {"$ref": "#/components/headers/Vary"}
            ok["headers"]["Content-Disposition"] = {"$ref": "#/components/headers/Content-Disposition"}
        op["responses"] = OrderedDict(sorted(resp.items()))
    return doc


def main():
    old = DOC.read_text()
    new = json.dumps(rebuild(json.loads(old, object_pairs_hook=OrderedDict)), indent=1, ensure_ascii=False) + "\n"
    if "--check" in sys.argv:
        if new != old:
            print("data/openapi.json is not what scripts/openapi_params.py makes: run it", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(new)
    return 0


if __name__ == "__main__":
    sys.exit(main())
