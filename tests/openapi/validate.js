// validate — checks data/openapi.json with a real OpenAPI 3.1 validator
// (@apidevtools/swagger-parser: the document against the OpenAPI 3.1 JSON
// schema, plus its $refs and path/parameter rules), then that every route
// the server answers is described.  Prints cmocka-style result lines so
// tests/run.sh counts them.  Usage: node validate.js [path/to/openapi.json]
"use strict";
const path = require("path");
const SwaggerParser = require("@apidevtools/swagger-parser");

const file = process.argv[2] || path.join(__dirname, "..", "..", "data", "openapi.json");
const routes = [
  "/api/v1/meetings", "/api/v1/meetings/{id}", "/api/v1/members", "/api/v1/members/{id}",
  "/api/v1/officials", "/api/v1/officials/{id}", "/api/v1/documents", "/api/v1/documents/{id}",
  "/api/v1/articles", "/api/v1/articles/{id}", "/api/v1/search", "/api/v1/stats/meetings",
  "/api/v1/stats/documents", "/api/v1/stats/members", "/healthz", "/metrics", "/openapi.json",
];

async function main() {
  let passed = 0, failed = 0;
  const check = (name, ok, why) => {
    console.log(`[ RUN      ] ${name}`);
    if (ok) { console.log(`[       OK ] ${name}`); passed++; }
    else { console.log(`${why}\n[  FAILED  ] ${name}`); failed++; }
  };
  let api = null;
  try {
    api = await SwaggerParser.validate(file);
    check("openapi_validates", true);
  } catch (e) {
    check("openapi_validates", false, String(e && e.message || e));
  }
  const doc = require(file);
  check("openapi_is_3_1", /^3\.1\./.test(doc.openapi || ""), `openapi is ${doc.openapi}`);
  const missing = routes.filter((r) => !(doc.paths && doc.paths[r]));
  check("openapi_describes_every_route", missing.length === 0, `missing: ${missing.join(", ")}`);
  // the filter parameters are generated from the server's tables
  const { spawnSync } = require("child_process");
  const gen = spawnSync("python3", [path.join(__dirname, "..", "..", "scripts", "openapi_params.py"), "--check"],
    { encoding: "utf8" });
  check("openapi_params_generated", gen.status === 0, `${gen.stdout}${gen.stderr}`);
  console.log(`[==========] ${passed + failed} test(s) run.`);
  console.log(`[  PASSED  ] ${passed} test(s).`);
  if (failed) console.log(`[  FAILED  ] ${failed} test(s), listed above`);
  process.exit(failed ? 1 : 0);
}
main();
