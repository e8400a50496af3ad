// conformance — the server and data/openapi.json agree, measured with the
// tools outside users run:
//   1. Redocly (`@redocly/cli lint`, the `recommended` ruleset, redocly.yaml
//      here): no error and no warning.
//   2. Stoplight Prism (`@stoplight/prism-cli proxy`) in front of a real
//      build/csto serving corpus/: requests generated from the document go
//      through Prism, which checks each request and each response against
//      the document (sl-violations header).  For every operation:
//        - valid requests: every parameter alone with each value its schema
//          gives (enum, examples), comma lists where the schema takes them,
//          and Accept variants where the body is negotiated;
//        - invalid candidates: a fixed set of bad values for every parameter;
//      a request passes when Prism's verdict on the request (violations or
//      none) is the server's (400 or not), the response has no violation, and
//      no answer is a 5xx.  So a document looser or stricter than the server
//      fails here.
//   3. The other direction for what Prism cannot see: an undeclared query
//      parameter, and every filter operator of the convention (field__in,
//      __ne, __gt, __gte, __lt, __lte, __contains, __isnull) that the
//      document does not declare for a field, must be a 400.
// Prints cmocka-style lines (one test per operation and per check) so
// tests/run.sh counts them, and how many requests each sent.
"use strict";
const { spawn, execFileSync } = require("child_process");
const net = require("net");
const path = require("path");
const SwaggerParser = require("@apidevtools/swagger-parser");
const Ajv = require("ajv/dist/2020");

const root = path.resolve(__dirname, "..", "..");
const docPath = process.env.OPENAPI_DOC || path.join(root, "data", "openapi.json");
const bin = path.resolve(root, process.env.CSTO_BIN || "build/csto");
const OPS = ["in", "ne", "gt", "gte", "lt", "lte", "contains", "isnull"];
const BAD = ["", "zz", ",", "a,", "-", "-1", "1001", "99999999999", "2019-13", "true,false", "json,csv", "rank",
  "x".repeat(201), "\u00a0"];

let passed = 0, failed = 0;
function report(name, problems, note) {
  console.log(`[ RUN      ] ${name}`);
  if (note) console.log(note);
  if (problems.length === 0) { console.log(`[       OK ] ${name}`); passed++; return; }
  const max = Number(process.env.CONFORMANCE_SHOW || 15);
  for (const p of problems.slice(0, max)) console.log(`  ${p}`);
  if (problems.length > max) console.log(`  ... and ${problems.length - max} more`);
  console.log(`[  FAILED  ] ${name}`);
  failed++;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => { const p = s.address().port; s.close(() => resolve(p)); });
    s.on("error", reject);
  });
}

// Every child started, stopped when this process ends however it ends (a
// failed start of the second must not leave the first running).
const children = [];
const stopAll = () => { for (const c of children) try { c.kill("SIGTERM"); } catch {} };
process.on("exit", stopAll);
for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(sig, () => { stopAll(); process.exit(1); });

function start(cmd, args, ready, what) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    let out = "";
    const timer = setTimeout(() => { child.kill(); reject(new Error(`${what} did not start: ${out.slice(-2000)}`)); }, 60000);
    const onData = (d) => {
      out += d;
      const m = ready.exec(out);
      if (m) { clearTimeout(timer); resolve({ child, m }); }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => { clearTimeout(timer); reject(new Error(`${what} exited (${code}): ${out.slice(-2000)}`)); });
  });
}

async function get(base, pathAndQuery, headers) {
  const res = await fetch(base + pathAndQuery, { headers: headers || {}, redirect: "manual" });
  const body = await res.text();
  let violations = [];
  const v = res.headers.get("sl-violations");
  if (v) try { violations = JSON.parse(v); } catch { violations = [{ location: ["?"], message: v }]; }
  return { status: res.status, body, violations, type: res.headers.get("content-type") || "" };
}

// What the document says of one raw query value, checked without Prism's
// blind spots: its form deserializer drops an empty value ("?limit=" is
// never checked) and its schema coercion reads whitespace as the integer 0.
// Here a raw value is valid for an integer schema only when it is digits
// within the bounds, and for the rest when it meets the (items) schema.
function rawValid(ajv, prm, raw) {
  const s = prm.schema || {};
  const one = s.type === "array" ? s.items || {} : s;
  if (one.type === "integer") {
    if (!/^[0-9]+$/.test(raw)) return false;
    const n = Number(raw);
    return (one.minimum === undefined || n >= one.minimum) && (one.maximum === undefined || n <= one.maximum);
  }
  return ajv.validate(one, raw);
}

function query(pairs) {
  return pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
}

// Valid values a parameter's schema gives: its enum, its examples.
function validValues(p) {
  const s = p.schema || {};
  const one = s.type === "array" ? s.items || {} : s;
  const vals = [...(one.enum || []), ...(one.examples || []), ...(p.examples ? Object.values(p.examples).map((e) => e.value) : [])];
  if (p.example !== undefined) vals.push(p.example);
  if (one.type === "integer") vals.push(String(one.minimum ?? 0), String(one.maximum ?? 1));
  return [...new Set(vals.map(String))];
}

const t0 = Date.now();
async function main() {
  // ---- 1. Redocly
  const redocly = path.join(__dirname, "node_modules", ".bin", "redocly");
  let lint = "";
  let lintOk = true;
  try {
    lint = execFileSync(redocly, ["lint", "--config", path.join(__dirname, "redocly.yaml"), docPath],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) { lintOk = false; lint = String(e.stdout || "") + String(e.stderr || ""); }
  const problems = lintOk && !/warning|error/i.test(lint.replace(/Woohoo!.*$/m, "")) ? [] : [lint.slice(-3000)];
  report("redocly_recommended_lint", problems, lintOk ? "redocly lint (recommended): 0 errors, 0 warnings" : null);

  // ---- servers
  const api = await SwaggerParser.dereference(docPath);
  const csto = await start(bin, ["serve", "--listen", "127.0.0.1:0", "--quiet", "--corpus", path.join(root, "corpus"),
    "--data", path.join(root, "data"), "--static", path.join(root, "static")],
  /serving .* on (http:\/\/[^\s]+?)\/?\s*$/m, "csto");
  const direct = csto.m[1].replace(/\/$/, "");
  const port = await freePort();
  const prismBin = path.join(__dirname, "node_modules", ".bin", "prism");
  const prism = await start(prismBin, ["proxy", docPath, direct, "-h", "127.0.0.1", "-p", String(port)],
    /Prism is listening/, "prism");
  const viaPrism = `http://127.0.0.1:${port}`;
  const stop = stopAll;

  try {
    const ids = {};
    for (const kind of ["meetings", "officials", "documents", "members", "articles"]) {
      const r = JSON.parse((await get(direct, `/api/v1/${kind}?limit=1`)).body);
      ids[kind] = r.data[0].id;
    }
    // a path of the document made concrete: {id} is an item that exists
    const routeOf = (p) => p.replace("{id}", encodeURIComponent(ids[p.split("/")[3]] || "x"));
    const ajv = new Ajv({ strict: false, allErrors: false });
    let total = 0;
    for (const [p, item] of Object.entries(api.paths)) {
      const op = item.get;
      const route = routeOf(p);
      const params = (op.parameters || []).filter((x) => x.in === "query");
      const required = params.filter((x) => x.required).map((x) => [x.name, validValues(x)[0]]);
      const negotiated = !!(op.responses["200"] && op.responses["200"].content && op.responses["200"].content["text/csv"]);
      const cases = [];
      for (const [name, v] of required)
        if (v === undefined) cases.push({ fatal: `${name}: required, and the document gives no valid value (enum or examples)` });
      if (cases.length) { report(`prism GET ${p}`, cases.map((c) => c.fatal)); continue; }
      cases.push({ q: required, why: "required only" });
      if (negotiated)
        for (const a of ["text/csv", "application/x-ndjson", "application/json, text/csv;q=0.1", "text/csv;q=0"])
          cases.push({ q: required, headers: { Accept: a }, why: `Accept: ${a}` });
      for (const prm of params) {
        if (prm.required) continue;
        const vals = validValues(prm);
        if (vals.length === 0) { cases.push({ fatal: `${prm.name}: the document gives no valid value (enum or examples)` }); continue; }
        for (const v of vals) cases.push({ q: [...required, [prm.name, v]], why: `${prm.name}=${v}` });
        const isArray = prm.schema && prm.schema.type === "array";
        if (isArray && vals.length >= 1) {
          const items = prm.schema.items;
          const pair = vals.length >= 2 ? `${vals[0]},${vals[1]}` : `${vals[0]},${vals[0]}`;
          if (ajv.validate(items, pair)) cases.push({ q: [...required, [prm.name, pair]], why: `${prm.name}=${pair}` });
        }
        // a filter shared with a list was tried with every bad value there: the
        // stats series get the few that reach different code
        const bads = p.startsWith("/api/v1/stats/") && prm["x-csto-filter"] ? ["", "zz", ",", "\u00a0"] : BAD;
        for (const bad of bads) cases.push({ q: [...required.filter(([n]) => n !== prm.name), [prm.name, bad]], why: `${prm.name}=${JSON.stringify(bad).slice(0, 40)}` });
      }
      const problems = [];
      let n = 0, byAjv = 0;
      const byName = new Map(params.map((x) => [x.name, x]));
      const queue = cases.slice();
      const worker = async () => {
        for (let c = queue.shift(); c; c = queue.shift()) {
          if (c.fatal) { problems.push(c.fatal); continue; }
          const qs = query(c.q);
          const r = await get(viaPrism, route + (qs ? "?" + qs : ""), c.headers);
          n++;
          const reqV = r.violations.filter((v) => v.location && v.location[0] === "request" && v.severity === "Error");
          const resV = r.violations.filter((v) => !(v.location && v.location[0] === "request"));
          if (r.status >= 500) problems.push(`${c.why}: status ${r.status}`);
          else if (resV.length) problems.push(`${c.why}: response violates the document: ${resV.map((v) => v.message).join("; ").slice(0, 300)}`);
          else {
            const prismValid = reqV.length === 0;
            const docValid = prismValid && c.q.every(([k, v]) => rawValid(ajv, byName.get(k), v));
            if (prismValid && !docValid) byAjv++;
            if (!docValid !== (r.status === 400))
              problems.push(`${c.why}: the document says ${docValid ? "valid" : "invalid" + (prismValid ? " (ajv: Prism does not check this)" : " (Prism: " + reqV[0].message + ")")}, the server says ${r.status}${r.status === 400 ? " (" + (JSON.parse(r.body).detail || "") + ")" : ""}`);
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      total += n;
      report(`prism GET ${p}`, problems, `${n} requests through Prism (${byAjv} of them invalid where Prism cannot see it: an empty value or whitespace for an integer; judged by ajv on the raw value)`);
    }

    // ---- 3. what Prism cannot see: undeclared parameters and operators are 400s
    const problems = [];
    let n = 0;
    for (const [p, item] of Object.entries(api.paths)) {
      const op = item.get;
      const route = routeOf(p);
      const params = (op.parameters || []).filter((x) => x.in === "query");
      const required = params.filter((x) => x.required).map((x) => [x.name, validValues(x)[0]]);
      const declared = new Set(params.map((x) => x.name));
      const probe = async (name, value, why) => {
        const r = await get(direct, route + "?" + query([...required, [name, value]]));
        n++;
        if (r.status !== 400) problems.push(`GET ${p}?${name}=${value}: ${r.status}, not 400 (${why})`);
      };
      if (p.startsWith("/api/")) await probe("zz_undeclared", "1", "not in the document");
      const fields = new Map();
      for (const x of params) if (x["x-csto-filter"]) fields.set(x["x-csto-filter"].field, validValues(x)[0] || "1");
      for (const [field, example] of fields)
        for (const o of OPS)
          if (!declared.has(`${field}__${o}`)) await probe(`${field}__${o}`, o === "isnull" ? "true" : example, "an operator the document does not declare");
    }
    total += n;
    report("server_rejects_what_the_document_does_not_declare", problems, `${n} requests`);

    // ---- 4. answers made before any route are declared on every path: a
    // transfer coding other than chunked (501), ambiguous framing (400)
    const framing = [];
    let nf = 0;
    const [host, portStr] = direct.replace(/^http:\/\//, "").split(":");
    const raw = (req) => new Promise((resolve) => {
      const sock = net.connect(Number(portStr), host, () => sock.end(req));
      let buf = "";
      sock.on("data", (d) => { buf += d; });
      sock.on("close", () => resolve(Number((buf.match(/^HTTP\/1\.1 (\d{3})/) || [])[1] || 0)));
      sock.on("error", () => resolve(0));
    });
    for (const [p, item] of Object.entries(api.paths)) {
      const route = routeOf(p);
      for (const [hdr, want] of [["Transfer-Encoding: gzip, chunked", 501], ["Content-Length: 0\r\nContent-Length: 1", 400]]) {
        const got = await raw(`GET ${route} HTTP/1.1\r\nHost: x\r\n${hdr}\r\n\r\n0\r\n\r\n`);
        nf++;
        if (got !== want) framing.push(`GET ${p} with ${hdr.split("\r\n")[0]}: ${got}, not ${want}`);
        else if (!item.get.responses[String(got)]) framing.push(`GET ${p}: answers ${got}, which the document does not declare`);
      }
    }
    total += nf;
    report("framing_answers_are_declared", framing, `${nf} raw requests`);
    console.log(`conformance: ${total} requests in all, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    stop();
  }
  console.log(`[==========] ${passed + failed} test(s) run.`);
  console.log(`[  PASSED  ] ${passed} test(s).`);
  if (failed) console.log(`[  FAILED  ] ${failed} test(s), listed above`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.log(`conformance: ${e && e.stack || e}`);
  console.log(`[  PASSED  ] ${passed} test(s).`);
  console.log(`[  FAILED  ] ${failed + 1} test(s)`);
  process.exit(1);
});
