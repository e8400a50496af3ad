// Browser tests of the explorer (static/): Debian's chromium driven headless
// by playwright-core against a real build/csto serving tests/browser/corpus
// (the seed articles plus an XSS fixture with typographic quotes and
// Cyrillic).  Prints cmocka-style lines so tests/run.sh counts the results:
//   [ RUN      ] name / [       OK ] name / [  FAILED  ] name
//   [  PASSED  ] N test(s).   and, when any failed, [  FAILED  ] N test(s)
// Screenshots of every view at 375 and 1440 px go to build/screenshots/.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const bin = path.resolve(root, process.env.CSTO_BIN || 'build/csto');
const shots = path.join(root, 'build/screenshots');
const XSS = '900_xss_fixture';
const WIDTHS = [375, 1440];

/* ---------- server ---------- */

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ['serve', '--listen', '127.0.0.1:0', '--quiet',
      '--corpus', path.join(here, 'corpus'), '--static', path.join(root, 'static'), '--data', path.join(root, 'data')],
    { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    const timer = setTimeout(() => { child.kill(); reject(new Error(`csto did not start: ${err}`)); }, 15000);
    child.stderr.on('data', (d) => {
      err += d;
      const m = /serving .* on (http:\/\/[^\s]+?)\/?\s*$/m.exec(err);
      if (m) { clearTimeout(timer); resolve({ child, base: m[1].replace(/\/$/, '') }); }
    });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`csto exited (${code}): ${err}`)); });
  });
}

/* ---------- helpers ---------- */

let browser;
let base;
const api = async (p) => (await fetch(base + p)).json();

async function newPage(width = 1440) {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height: width < 600 ? 800 : 900 });
  page.setDefaultTimeout(10000);
  page.errors = [];
  page.allowed = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') {
      const t = msg.text();
      if (msg.type() === 'error' && !page.allowed.some((re) => re.test(t))) page.errors.push(`console: ${t}`);
      else if (msg.type() === 'warning' && /Content.Security.Policy|Refused/i.test(t)) page.errors.push(`console: ${t}`);
    }
  });
  page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
  return page;
}

async function ready(page) {
  await page.waitForFunction(() => {
    const m = document.getElementById('main');
    return m && m.dataset.ready === (location.hash || '#/') && !m.hasAttribute('aria-busy');
  });
}

async function go(page, hash) {
  await page.goto(`${base}/${hash}`);
  await ready(page);
}

async function clickAndWait(page, locator) {
  const before = await page.evaluate(() => location.hash);
  await locator.click();
  await page.waitForFunction((b) => location.hash !== b, before);
  await ready(page);
}

async function done(page) {
  const errors = page.errors;
  await page.close();
  assert.deepEqual(errors, [], 'no console or page errors');
}

const axeSource = readFileSync(path.join(here, 'node_modules/axe-core/axe.min.js'), 'utf8');
async function axe(page, label) {
  // evaluated over the DevTools protocol, so the page's CSP does not block it
  await page.evaluate(axeSource);
  const res = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${label}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`), [], 'no serious or critical axe violations');
}

const text = (page, sel) => page.locator(sel).first().innerText();

/* ---------- tests ---------- */

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test('overview: counts, three charts and the timeline', async () => {
  const page = await newPage();
  await go(page, '#/');
  assert.match(await text(page, 'h1'), /CSTO knowledge base/);
  const health = await api('/healthz');
  assert.equal(await page.locator('.cards a[href="#/meetings"] .num').innerText(), String(health.counts.meetings));
  const captions = await page.locator('figure.chart figcaption').allInnerTexts();
  assert.ok(captions.some((c) => /Meetings per year by body/.test(c)), captions.join());
  assert.ok(captions.some((c) => /Documents by type/.test(c)));
  assert.ok(captions.some((c) => /Participation per member/.test(c)));
  const marks = await page.locator('svg.timeline a.mark').count();
  assert.ok(marks >= 8, `timeline marks: ${marks}`);
  assert.ok(await page.locator('svg.timeline a.mark.planned').count() >= 1, 'a planned meeting on the timeline');
  // a timeline mark is a link to its meeting
  await clickAndWait(page, page.locator('svg.timeline a.mark[data-id="2022-06-11-cfm-yerevan"]').first());
  assert.equal(await page.evaluate(() => location.hash), '#/meetings/2022-06-11-cfm-yerevan');
  await done(page);
});

test('home leads with the latest meetings: date, place, link', async () => {
  const page = await newPage();
  await go(page, '#/');
  // the first section of the page, before the counts and the charts
  const first = page.locator('#main > section, #main > ul.cards, #main > div.grid, #main > figure').first();
  assert.equal(await first.locator('h2').innerText(), 'Latest meetings');
  const want = (await api('/api/v1/meetings?sort=-date,id&date__isnull=false&limit=5')).data;
  assert.ok(want.length >= 3, `dated meetings in the corpus: ${want.length}`);
  const rows = first.locator('tbody tr');
  assert.equal(await rows.count(), want.length);
  const dates = want.map((m) => m.date).sort().reverse();
  assert.deepEqual(want.map((m) => m.date), dates, 'newest first');
  for (let i = 0; i < want.length; i++) {
    const row = rows.nth(i);
    const cells = await row.locator('th, td').allInnerTexts();
    assert.match(cells[0], new RegExp(want[i].date.slice(0, 4)), `row ${i} shows the year: ${cells[0]}`);
    const placeText = cells[2];
    if (want[i].city) assert.ok(placeText.includes(want[i].city), `row ${i} place ${placeText} has ${want[i].city}`);
    else if (!want[i].country) assert.equal(placeText, 'place unknown');
    assert.equal(await row.locator('th a').getAttribute('href'), `#/meetings/${want[i].id}`);
  }
  await clickAndWait(page, rows.first().locator('th a'));
  assert.equal(await page.evaluate(() => location.hash), `#/meetings/${want[0].id}`);
  await done(page);
});

test('search -> meeting -> official -> article -> highlight -> official', async () => {
  const page = await newPage();
  await go(page, '#/');
  await page.getByLabel('Search meetings, officials, documents, members and articles').fill('Astana');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.startsWith('#/search'));
  await ready(page);
  assert.equal(await page.evaluate(() => location.hash), '#/search?q=Astana');
  assert.ok(await page.locator('ol.results .snippet mark').count() >= 1, 'snippets with <mark>');
  assert.match(await page.locator('ol.results .snippet mark').first().innerText(), /astana/i);
  await clickAndWait(page, page.locator('ol.results a[href="#/meetings/2018-11-08-csc-astana"]'));
  assert.match(await text(page, 'h1'), /CSC meeting, Astana, 2018-11-08/);
  const main = await text(page, 'main');
  assert.match(main, /8 November 2018/);
  assert.match(main, /Collective Security Council/);
  assert.match(main, /Participants \(7\)/);
  assert.match(main, /final declaration/);
  assert.match(main, /Reported by 2 articles/);
  await clickAndWait(page, page.getByRole('link', { name: 'Nursultan Nazarbayev' }));
  assert.equal(await text(page, 'h1'), 'Nursultan Nazarbayev');
  assert.match(await text(page, 'main'), /President/);
  assert.match(await text(page, 'main'), /Meetings attended \(1\)/);
  await clickAndWait(page, page.locator('ul.evidence a.article-link').first());
  assert.match(await page.evaluate(() => location.hash), /^#\/articles\/001_0284f1195764ad40$/);
  const hl = page.locator('article a.hl[data-kind="officials"][data-id="nursultan-nazarbayev"]');
  assert.ok(await hl.count() >= 1);
  assert.equal(await hl.first().innerText(), 'Nursultan Nazarbayev');
  await clickAndWait(page, hl.first());
  assert.equal(await page.evaluate(() => location.hash), '#/officials/nursultan-nazarbayev');
  await done(page);
});

test('article highlights sit at the right characters (typographic quotes, Cyrillic)', async () => {
  const page = await newPage();
  const article = await api(`/api/v1/articles/${XSS}`);
  const bytes = Buffer.from(article.text, 'utf8');
  const slice = (e) => bytes.subarray(e.start, e.end).toString('utf8');
  await go(page, `#/articles/${XSS}`);
  let checked = 0;
  for (const kind of ['officials', 'documents']) {
    const list = await api(`/api/v1/${kind}?article=${XSS}`);
    for (const item of list.data) {
      const want = item.evidence.filter((e) => e.article === XSS).map(slice);
      const got = await page.locator(`article a.hl[data-kind="${kind}"][data-id="${item.id}"]`).allInnerTexts();
      assert.deepEqual(got, want, `${kind}/${item.id}`);
      checked += want.length;
    }
  }
  assert.ok(checked >= 4, `spans checked: ${checked}`);
  assert.deepEqual(await page.locator('article a.hl[data-id="vladimir-makei"]').allInnerTexts(), ['Vladimir Makei']);
  // a whole meeting sentence (after the 3-byte dash) via ?hl=start-end
  const meetings = await api(`/api/v1/meetings?article=${XSS}`);
  for (const m of meetings.data) {
    const ev = m.evidence.find((e) => e.article === XSS);
    await go(page, `#/articles/${XSS}?hl=${ev.start}-${ev.end}`);
    const focused = (await page.locator('article .hl-focus').allTextContents()).join('');
    assert.equal(focused, slice(ev), m.id);
  }
  assert.ok(meetings.data.some((m) => m.evidence.some((e) => /Минск/.test(slice(e)))), 'a sentence starting in Cyrillic');
  // the byte -> UTF-16 mapping itself: ASCII, a typographic quote, Cyrillic, an emoji (a surrogate pair)
  const mapped = await page.evaluate(async () => {
    const { byteToIndex, sliceBytes } = await import('/js/offsets.js');
    const t = 'a\u201c\u0431\u{1F600}x';
    const f = byteToIndex(t);
    return { idx: [0, 1, 2, 4, 6, 10, 11, 99].map(f), emoji: sliceBytes(t, 6, 10), tail: sliceBytes(t, 10, 11) };
  });
  assert.deepEqual(mapped, { idx: [0, 1, 2, 2, 3, 5, 6, 6], emoji: '\u{1F600}', tail: 'x' });
  await done(page);
});

test('XSS fixture: <script> and <img onerror> show as text and run nothing', async () => {
  const page = await newPage();
  const raw = '<script>window.__xss=1</script>';
  const img = '<img src=x onerror="window.__xss=1">';
  for (const hash of [`#/articles/${XSS}`, '#/search?q=placard', '#/meetings/2022-06-11-cfm-yerevan', '#/articles', '#/search?q=script']) {
    await go(page, hash);
    const main = await page.locator('main').innerText();
    assert.ok(main.includes(raw), `${hash}: the <script> characters are visible`);
    if (!hash.includes('search') && !hash.endsWith('articles')) assert.ok(main.includes(img), `${hash}: the <img> characters are visible`);
    assert.ok(!main.includes('&lt;'), `${hash}: no escaped entities shown`);
    assert.equal(await page.locator('main script, main img').count(), 0, `${hash}: no script or img elements`);
    assert.equal(await page.evaluate(() => window.__xss), undefined, `${hash}: nothing ran`);
  }
  await go(page, `#/articles/${XSS}`);
  assert.equal(await page.title(), 'CSTO foreign ministers meet in Yerevan <script>window.__xss=1</script> · csto explorer', 'the title is text');
  await done(page);
});

test('deep links, reload, back and forward', async () => {
  const page = await newPage();
  await go(page, '#/meetings?body=CFM&sort=-date');
  assert.equal(await page.locator('#f-meetings-body').inputValue(), 'CFM');
  const rows = page.locator('table.data-table tbody tr');
  const n = await rows.count();
  assert.ok(n >= 3, `CFM rows: ${n}`);
  for (const t of await rows.allInnerTexts()) assert.match(t, /CFM/);
  const dates = await page.locator('table.data-table tbody tr th').allInnerTexts();
  assert.deepEqual([...dates].filter((d) => d !== 'undated'), [...dates].filter((d) => d !== 'undated').sort().reverse(), 'sorted by date, newest first');
  await page.reload();
  await ready(page);
  assert.equal(await page.locator('table.data-table tbody tr').count(), n, 'same rows after reload');
  await clickAndWait(page, page.locator('table.data-table tbody a').first());
  assert.match(await page.evaluate(() => location.hash), /^#\/meetings\/[^?]+$/);
  const meetingHash = await page.evaluate(() => location.hash);
  await page.goBack();
  await ready(page);
  assert.equal(await page.evaluate(() => location.hash), '#/meetings?body=CFM&sort=-date');
  assert.equal(await page.locator('table.data-table tbody tr').count(), n);
  await page.goForward();
  await ready(page);
  assert.equal(await page.evaluate(() => location.hash), meetingHash);
  assert.match(await text(page, 'h1'), /CFM/);
  // a shared link opened in a fresh page
  const other = await newPage(375);
  await go(other, '#/officials/ararat-mirzoyan');
  assert.equal(await text(other, 'h1'), 'Ararat Mirzoyan');
  assert.match(await text(other, 'main'), /Minister of Foreign Affairs/);
  await done(other);
  await done(page);
});

test('tables: filter form, sort headers, paging', async () => {
  const page = await newPage();
  await go(page, '#/meetings?limit=5');
  const total = (await api('/api/v1/meetings?limit=0')).total;
  assert.equal(await page.locator('.pager .count').innerText(), `1–5 of ${total}`);
  await clickAndWait(page, page.locator('.pager a[rel="next"]'));
  assert.equal(await page.locator('.pager .count').innerText(), `6–10 of ${total}`);
  await clickAndWait(page, page.locator('th a.sort', { hasText: 'Date' }));
  assert.match(await page.evaluate(() => location.hash), /sort=date/);
  assert.doesNotMatch(await page.evaluate(() => location.hash), /offset=/, 'sorting goes back to the first page');
  assert.equal(await page.locator('th[aria-sort="ascending"]').count(), 1);
  await page.selectOption('#f-meetings-status', 'planned');
  await page.locator('form.filters button[type="submit"]').click();
  await page.waitForFunction(() => location.hash.includes('status=planned'));
  await ready(page);
  const statuses = await page.locator('table.data-table tbody tr .badge.planned, table.data-table tbody tr .badge.held').allInnerTexts();
  assert.ok(statuses.length >= 1);
  assert.ok(statuses.every((s) => s === 'planned'), statuses.join());
  // empty state
  await go(page, '#/meetings?q=zzzznothing');
  assert.match(await text(page, 'main > p.empty[role="status"]'), /No meetings match/);
  await done(page);
});

test('members, officials and documents link to each other', async () => {
  const page = await newPage();
  await go(page, '#/members');
  await clickAndWait(page, page.locator('table a', { hasText: 'Kazakhstan' }));
  let main = await text(page, 'main');
  assert.match(main, /Officials \(4\)/);
  assert.match(main, /Nursultan Nazarbayev/);
  assert.match(main, /From Kazakhstan to Kyrgyzstan/);
  await clickAndWait(page, page.getByRole('link', { name: 'Mukhtar Tleuberdi' }));
  assert.equal(await text(page, 'h1'), 'Mukhtar Tleuberdi');
  await clickAndWait(page, page.locator('main table a', { hasText: 'Kazakhstan' }));
  assert.equal(await text(page, 'h1'), 'Kazakhstan');
  await go(page, '#/documents?type=declaration');
  await clickAndWait(page, page.locator('table a', { hasText: 'final declaration' }));
  main = await text(page, 'main');
  assert.match(main, /declaration/);
  assert.match(main, /adopted/);
  await clickAndWait(page, page.locator('dl.facts a', { hasText: 'CSC meeting, Astana' }));
  assert.equal(await page.evaluate(() => location.hash), '#/meetings/2018-11-08-csc-astana');
  await go(page, '#/officials?country=kyrgyzstan');
  const names = await page.locator('table.data-table tbody th').allInnerTexts();
  assert.ok(names.length >= 2 && names.includes('Chingiz Aidarbekov'), names.join());
  await done(page);
});

test('error and not-found states', async () => {
  const page = await newPage();
  page.allowed.push(/404|400|Failed to load resource/);
  await go(page, '#/meetings/no-such-meeting');
  assert.equal(await text(page, 'h1'), 'Not found');
  assert.equal(await page.locator('[role="alert"]').count(), 1);
  await go(page, '#/nowhere');
  assert.equal(await text(page, 'h1'), 'Not found');
  await go(page, '#/meetings?from=notadate');
  assert.match(await text(page, '[role="alert"]'), /from/);
  await done(page);
});

test('keyboard: skip link, visible focus, search from the keyboard', async () => {
  const page = await newPage();
  await go(page, '#/meetings');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
  assert.equal(await page.evaluate(() => location.hash), '#/meetings', 'the skip link keeps the route');
  await page.focus('#search-q');
  await page.keyboard.type('Mirzoyan');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#/search?q=Mirzoyan');
  await ready(page);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1', 'focus moves to the new view');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement.getAttribute('href'));
  assert.ok(focused && focused.startsWith('#/'), `first result link focused: ${focused}`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !location.hash.startsWith('#/search'));
  await ready(page);
  await done(page);
});

const VIEWS = [
  ['overview', '#/'],
  ['meetings', '#/meetings'],
  ['meeting', '#/meetings/2018-11-08-csc-astana'],
  ['members', '#/members'],
  ['member', '#/members/kazakhstan'],
  ['officials', '#/officials'],
  ['official', '#/officials/nursultan-nazarbayev'],
  ['documents', '#/documents'],
  ['document', '#/documents/final-declaration'],
  ['articles', '#/articles'],
  ['article', `#/articles/${XSS}`],
  ['search', '#/search?q=Astana'],
];

for (const width of WIDTHS) {
  test(`screenshots and axe at ${width} px`, async () => {
    mkdirSync(shots, { recursive: true });
    const page = await newPage(width);
    for (const [name, hash] of VIEWS) {
      await go(page, hash);
      await page.screenshot({ path: path.join(shots, `${name}-${width}.png`), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${name} at ${width}px scrolls sideways by ${overflow}px`);
      await axe(page, `${name}@${width}`);
    }
    await done(page);
  });
}

/* ---------- runner ---------- */

let server;
let failed = 0;
let passed = 0;
const userDir = mkdtempSync(path.join(tmpdir(), 'csto-chromium-'));
try {
  server = await startServer();
  base = server.base;
  // one persistent context on a fresh profile directory (playwright passes it as --user-data-dir)
  browser = await chromium.launchPersistentContext(userDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--disable-quic', '--no-first-run'],
  });
} catch (e) {
  console.log(`[  ERROR   ] setup: ${e.message}`);
  console.log(`[  PASSED  ] 0 test(s).`);
  console.log(`[  FAILED  ] ${tests.length} test(s)`);
  if (server) server.child.kill();
  process.exit(1);
}
console.log(`[==========] Running ${tests.length} test(s) against ${base}`);
const only = process.env.ONLY ? new RegExp(process.env.ONLY) : null;
for (const t of tests) {
  if (only && !only.test(t.name)) continue;
  console.log(`[ RUN      ] ${t.name}`);
  const t0 = Date.now();
  try {
    await Promise.race([t.fn(), new Promise((_, rej) => setTimeout(() => rej(new Error('test timed out after 45 s')), 45000))]);
    passed++;
    console.log(`[       OK ] ${t.name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failed++;
    console.log(`${e.stack || e}`);
    console.log(`[  FAILED  ] ${t.name}`);
  }
}
await browser.close().catch(() => {});
server.child.kill();
rmSync(userDir, { recursive: true, force: true });
console.log(`[==========] ${passed + failed} test(s) run. Screenshots in ${path.relative(root, shots)}/`);
console.log(`[  PASSED  ] ${passed} test(s).`);
if (failed) console.log(`[  FAILED  ] ${failed} test(s), listed above`);
process.exit(failed ? 1 : 0);
