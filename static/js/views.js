// The explorer's views.  Each takes (route params, id) and resolves to the
// nodes of <main>; server text only ever reaches the page as text nodes.
import { h, safeUrl, snippetNodes } from './dom.js';
import { get, getAll, getOr, getItem } from './api.js';
import { link, hrefWith } from './router.js';
import { listView } from './list.js';
import { stackedBars, hBars, timeline } from './charts.js';
import { byteToIndex } from './offsets.js';
import {
  BODIES, BODY_ORDER, BODY_COLORS, MEETING_FORMAT, DOC_TYPES, DOC_STATUS, TYPE_COLORS,
  loadCountries, countryName, isMember, fmtDate, meetingTitle, bodyNames, plural, titleOfArticle,
} from './vocab.js';

// Charts are drawn at about the width they will be shown at, so that their
// text keeps its size: the content width, less a figure's padding and border.
const chartWidth = () => {
  const main = document.getElementById('main');
  const cs = getComputedStyle(main);
  return Math.min((main.clientWidth || 800) - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight), 1200) - 30;
};
/** The width of one cell of a .grid (columns of at least 22rem, 1rem apart). */
const gridCell = (w) => {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const cols = Math.max(1, Math.min(3, Math.floor((w + 30 + rem) / (22 * rem + rem))));
  return (w + 30 - (cols - 1) * rem) / cols - 30;
};

const LANGS = { en: 'English', ru: 'Russian' };

/* ---------- small building blocks ---------- */

function countryLink(slug) {
  if (!slug) return '—';
  return isMember(slug) ? h('a', { href: link('members', slug) }, countryName(slug)) : countryName(slug);
}
function place(m) {
  if (!m.city && !m.country) return 'place unknown';
  return [m.city || null, m.city && m.country ? ', ' : null, m.country ? countryLink(m.country) : null];
}
function badge(text, cls) {
  return h('span', { class: `badge ${cls || ''}` }, text);
}
function bodyBadges(bodies) {
  return (bodies || []).map((b) => h('abbr', { class: `badge body body-${b}`, title: BODIES[b] || b }, b));
}
function dl(rows) {
  return h('dl', { class: 'facts' }, rows.filter(Boolean).map(([k, v]) => [h('dt', null, k), h('dd', null, v)]));
}
function section(title, ...content) {
  return h('section', { class: 'panel' }, h('h2', null, title), ...content);
}
function list(items, render, empty) {
  if (!items || !items.length) return h('p', { class: 'empty' }, empty || 'None.');
  return h('ul', { class: 'links' }, items.map((x) => h('li', null, render(x))));
}
function positionText(p) {
  const where = [p.org, p.country ? countryName(p.country) : null].filter(Boolean).join(', ');
  return `${p.title || 'position unknown'}${where ? ` (${where})` : ''}`;
}
function evidenceHref(articleId, ev) {
  return `${link('articles', articleId)}?hl=${ev.start}-${ev.end}`;
}

const isLow = (c) => c >= 0xdc00 && c <= 0xdfff;
/**
 * The evidence [s, e) of `text` (UTF-16 indices) as a quote: a sentence as
 * it is; a short mention (a name) inside up to 120 characters of context on
 * the same line, the mention itself in a <mark> (built as DOM, not HTML).
 */
function quote(text, s, e) {
  if (e - s >= 60) return text.slice(s, e);
  const nl = text.lastIndexOf('\n', s - 1);
  let a = Math.max(nl + 1, s - 120);
  const nr = text.indexOf('\n', e);
  let b = Math.min(nr < 0 ? text.length : nr, e + 120);
  if (a > nl + 1) { const sp = text.indexOf(' ', a); if (sp >= 0 && sp < s) a = sp + 1; } // start and end on a word
  if (b < (nr < 0 ? text.length : nr)) { const sp = text.lastIndexOf(' ', b); if (sp >= e) b = sp; }
  if (a > 0 && isLow(text.charCodeAt(a))) a++; // never split a surrogate pair
  if (b < text.length && isLow(text.charCodeAt(b))) b--;
  return [a > nl + 1 ? '…' : '', text.slice(a, s), h('mark', null, text.slice(s, e)), text.slice(e, b), b < (nr < 0 ? text.length : nr) ? '…' : ''];
}

/** Quotes the evidence sentences of one item, grouped by article, each linking into the article. */
function evidenceBlock(item, articles) {
  const byId = new Map((articles || []).map((a) => [a.id, a]));
  const ids = item.articles || [];
  if (!ids.length) return h('p', { class: 'empty' }, 'No articles.');
  return h('ul', { class: 'evidence' }, ids.map((aid) => {
    const a = byId.get(aid);
    const evs = (item.evidence || []).filter((e) => e.article === aid);
    const map = a && typeof a.text === 'string' ? byteToIndex(a.text) : null;
    return h('li', null,
      h('a', { href: link('articles', aid), class: 'article-link' }, a ? titleOfArticle(a) : aid),
      a && (a.published || a.source) ? h('span', { class: 'meta' }, ` — ${[a.source, a.published ? fmtDate(a.published) : null].filter(Boolean).join(', ')}`) : null,
      map ? evs.map((e) => h('blockquote', null,
        h('p', null, quote(a.text, map(e.start), map(e.end))),
        h('a', { href: evidenceHref(aid, e), class: 'small' }, 'Show in the article'))) : null);
  }));
}

/* ---------- home ---------- */

async function statsMeetingsByBody() {
  const rows = await getOr('/stats/meetings', { interval: 'year', by: 'body' }, async () => {
    // Older servers: count from the list.
    const all = await getAll('meetings', {});
    const out = [];
    for (const m of all) {
      if (!m.date) continue;
      for (const b of m.bodies) out.push({ year: Number(m.date.slice(0, 4)), body: b, count: 1 });
    }
    return out;
  });
  const years = new Map();
  for (const r of rows) {
    const y = r.year || Number(String(r.time).slice(0, 4));
    if (!years.has(y)) years.set(y, {});
    const p = years.get(y);
    p[r.body] = (p[r.body] || 0) + r.count;
  }
  const ys = [...years.keys()].sort((a, b) => a - b);
  const all = [];
  if (ys.length) for (let y = ys[0]; y <= ys[ys.length - 1]; y++) all.push({ label: y, parts: years.get(y) || {} });
  return all;
}

async function statsDocumentsByType() {
  const r = await getOr('/documents', { facet: 'type', limit: 0 }, async () => ({ facets: null }));
  if (r.facets && r.facets.type) return r.facets.type.map((f) => ({ label: f.value, value: f.count }));
  const all = await getAll('documents', {});
  const counts = new Map();
  for (const d of all) counts.set(d.type || 'other', (counts.get(d.type || 'other') || 0) + 1);
  return [...counts].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value);
}

async function statsMembers() {
  const rows = await getOr('/stats/members', {}, async () => (await getAll('members', {})).map((m) => ({
    member: m.id, name: m.name, meetings: m.meetings.length, officials: m.officials.length,
  })));
  return rows.map((r) => ({ label: r.name || countryName(r.member), value: r.meetings, href: link('members', r.member) }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

async function allMeetingsForTimeline(apiFilters) {
  return getOr('/meetings', { ...apiFilters, limit: 1000, fields: 'id,bodies,date,city,country,status' },
    async () => (await get('/meetings', { ...apiFilters, limit: 1000 }))).then((r) => r.data);
}

const LATEST = 5;

/** The latest dated meetings (newest first) as a table leading the home page. */
async function latestMeetings() {
  const r = await get('/meetings', { sort: '-date,id', date__isnull: 'false', limit: LATEST, fields: 'id,bodies,date,city,country,status' });
  const rows = r.data.map((m) => h('tr', null,
    h('th', { scope: 'row' }, h('a', { href: link('meetings', m.id) }, fmtDate(m.date))),
    h('td', null, bodyBadges(m.bodies), ' ', bodyNames(m.bodies) || 'CSTO meeting'),
    h('td', null, place(m)),
    h('td', null, badge(m.status || '?', m.status))));
  return h('section', { class: 'panel latest', 'aria-labelledby': 'latest-h' },
    h('h2', { id: 'latest-h' }, 'Latest meetings'),
    rows.length
      ? h('div', { class: 'table-wrap' }, h('table', { class: 'data-table' },
        h('thead', null, h('tr', null, ['Date', 'Meeting', 'Place', 'Status'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', null, rows)))
      : h('p', { class: 'empty' }, 'No dated meeting yet.'),
    h('p', { class: 'more' }, h('a', { href: '#/meetings?sort=-date' }, 'All meetings, newest first \u2192')));
}

export async function home() {
  await loadCountries();
  const [latest, health, byBody, byType, members, meetings] = await Promise.all([
    latestMeetings(),
    fetch('/healthz').then((r) => (r.ok ? r.json() : null)).catch(() => null),
    statsMeetingsByBody(),
    statsDocumentsByType(),
    statsMembers(),
    allMeetingsForTimeline({}),
  ]);
  const counts = (health && health.counts) || {};
  const w = chartWidth();
  const kinds = [['meetings', 'Meetings'], ['members', 'Member states'], ['officials', 'Officials'], ['documents', 'Documents'], ['articles', 'Articles']];
  const bodies = BODY_ORDER.filter((b) => byBody.some((r) => r.parts[b]));
  return [
    h('h1', { tabindex: '-1' }, 'CSTO knowledge base'),
    h('p', { class: 'lead' }, 'Meetings of the Collective Security Treaty Organization\u2019s councils, the officials who attended them, the documents they adopted and the member states involved \u2014 each fact traced back to the news article that reports it.'),
    latest,
    h('ul', { class: 'cards' }, kinds.map(([k, label]) => h('li', null,
      h('a', { href: `#/${k}`, class: 'card' }, h('span', { class: 'num' }, counts[k] !== undefined ? String(counts[k]) : '·'), h('span', null, label))))),
    h('div', { class: 'grid' },
      stackedBars({
        title: 'Meetings per year by body', rows: byBody, keys: bodies, colors: BODY_COLORS, labels: BODIES,
        width: gridCell(w), hrefFor: (r) => `#/meetings?from=${r.label}&to=${r.label}`,
      }),
      hBars({
        title: 'Documents by type', unit: 'documents', width: gridCell(w),
        rows: byType.map((r, i) => ({ ...r, color: TYPE_COLORS[DOC_TYPES.indexOf(r.label) >= 0 ? DOC_TYPES.indexOf(r.label) : i % TYPE_COLORS.length], href: `#/documents?type=${encodeURIComponent(r.label)}` })),
      }),
      hBars({ title: 'Participation per member state (meetings hosted or attended)', unit: 'meetings', rows: members, width: gridCell(w), color: '#2e7d32' })),
    timeline({ meetings, width: w }),
  ];
}

/* ---------- lists ---------- */

const memberOptions = async () => {
  const names = await loadCountries();
  return [...names].map(([id, name]) => [id, name]);
};
const YEAR = { pattern: '[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?', hint: 'A year, year-month or date: 2019, 2019-11, 2019-11-28', inputmode: 'numeric', size: 10 };

export async function meetingsList(params) {
  const members = await memberOptions();
  return listView({
    kind: 'meetings',
    title: 'Meetings',
    intro: 'Sessions of the CSTO councils, held or announced. Click a mark on the timeline or a row for the meeting.',
    defaultSort: '-date',
    filters: [
      { name: 'q', label: 'Text', type: 'search', placeholder: 'e.g. Astana' },
      { name: 'body', label: 'Body', type: 'select', options: BODY_ORDER.map((b) => [b, `${b} — ${BODIES[b]}`]) },
      { name: 'status', label: 'Status', type: 'select', options: [['held', 'held'], ['planned', 'planned']] },
      { name: 'format', label: 'Format', type: 'select', options: Object.entries(MEETING_FORMAT) },
      { name: 'member', label: 'Member state', type: 'select', options: members },
      { name: 'from', label: 'From', type: 'text', ...YEAR, placeholder: '2018' },
      { name: 'to', label: 'To', type: 'text', ...YEAR, placeholder: '2021' },
    ],
    columns: [
      { label: 'Date', sort: 'date', cell: (m) => h('a', { href: link('meetings', m.id) }, m.date || 'undated') },
      { label: 'Bodies', cell: (m) => bodyBadges(m.bodies) },
      { label: 'Place', sort: 'city', cell: place },
      { label: 'Status', sort: 'status', cell: (m) => badge(m.status || '?', m.status) },
      { label: 'Format', sort: 'format', cell: (m) => MEETING_FORMAT[m.format] || '—' },
      { label: 'Participants', cell: (m) => String((m.participants || []).length) },
      { label: 'Documents', cell: (m) => String((m.documents || []).length) },
    ],
    before: async (p, api) => {
      const f = { ...api };
      delete f.limit; delete f.offset; delete f.sort;
      return timeline({ meetings: await allMeetingsForTimeline(f), width: chartWidth() });
    },
  }, params);
}

export async function officialsList(params) {
  const members = await memberOptions();
  return listView({
    kind: 'officials',
    title: 'Officials',
    intro: 'People named in the articles with a title: presidents, ministers, secretaries.',
    defaultSort: 'name',
    filters: [
      { name: 'q', label: 'Name or title', type: 'search' },
      { name: 'country', label: 'Country', type: 'select', options: members },
    ],
    columns: [
      { label: 'Name', sort: 'name', cell: (o) => h('a', { href: link('officials', o.id) }, o.name) },
      { label: 'Positions', cell: (o) => (o.positions || []).map(positionText).join('; ') || '—' },
      { label: 'Meetings', sort: 'meetings', cell: (o) => String((o.meetings || []).length) },
      { label: 'Articles', sort: 'articles', cell: (o) => String((o.articles || []).length) },
    ],
  }, params);
}

export async function documentsList(params) {
  return listView({
    kind: 'documents',
    title: 'Documents',
    intro: 'Statements, declarations, decisions and plans adopted, drafted or planned at the meetings.',
    defaultSort: 'title',
    filters: [
      { name: 'q', label: 'Title', type: 'search' },
      { name: 'type', label: 'Type', type: 'select', options: DOC_TYPES.map((t) => [t, t]) },
      { name: 'status', label: 'Status', type: 'select', options: Object.entries(DOC_STATUS) },
    ],
    columns: [
      { label: 'Title', sort: 'title', cell: (d) => h('a', { href: link('documents', d.id) }, d.title || d.id) },
      { label: 'Type', sort: 'type', cell: (d) => d.type || '—' },
      { label: 'Status', sort: 'status', cell: (d) => badge(d.status || '?', d.status) },
      { label: 'Meeting', sort: 'date', cell: (d) => (d.meeting ? h('a', { href: link('meetings', d.meeting) }, d.meeting) : '—') },
    ],
  }, params);
}

export async function membersList(params) {
  await loadCountries();
  return listView({
    kind: 'members',
    title: 'Member states',
    intro: 'CSTO member states mentioned in the articles.',
    defaultSort: 'name',
    filters: [{ name: 'q', label: 'Name', type: 'search' }],
    columns: [
      { label: 'Name', sort: 'name', cell: (m) => h('a', { href: link('members', m.id) }, m.name) },
      { label: 'ISO', sort: 'iso', cell: (m) => m.iso || '—' },
      { label: 'Meetings', sort: 'meetings', cell: (m) => String((m.meetings || []).length) },
      { label: 'Officials', sort: 'officials', cell: (m) => String((m.officials || []).length) },
      { label: 'Articles', sort: 'articles', cell: (m) => String((m.articles || []).length) },
    ],
  }, params);
}

export async function articlesList(params) {
  return listView({
    kind: 'articles',
    title: 'Articles',
    intro: 'The news articles everything above was extracted from.',
    filters: [
      { name: 'q', label: 'Text', type: 'search' },
      { name: 'source', label: 'Source', type: 'text', size: 12 },
      { name: 'lang', label: 'Language', type: 'select', options: Object.entries(LANGS) },
      { name: 'from', label: 'Published from', type: 'text', ...YEAR },
      { name: 'to', label: 'Published to', type: 'text', ...YEAR },
    ],
    columns: [
      { label: 'Title', sort: 'title', cell: (a) => h('a', { href: link('articles', a.id) }, titleOfArticle(a)) },
      { label: 'Published', sort: 'published', cell: (a) => (a.published ? fmtDate(a.published) : '—') },
      { label: 'Source', sort: 'source', cell: (a) => a.source || '—' },
      { label: 'Language', cell: (a) => LANGS[a.lang] || a.lang || '—' },
    ],
  }, params);
}

/* ---------- detail pages ---------- */

export async function meetingPage(params, id) {
  await loadCountries();
  const m = await getItem('meetings', id, { participants: 'officials', documents: 'documents', articles: 'articles' });
  const e = m.embedded || {};
  return [
    h('p', { class: 'crumbs' }, h('a', { href: '#/meetings' }, 'Meetings'), ' / '),
    h('h1', { tabindex: '-1' }, meetingTitle(m)),
    h('p', { class: 'badges' }, bodyBadges(m.bodies), ' ', badge(m.status || 'status unknown', m.status), ' ', m.format ? badge(MEETING_FORMAT[m.format] || m.format, 'format') : null),
    dl([
      ['Date', fmtDate(m.date)],
      ['Place', place(m)],
      ['Bodies', bodyNames(m.bodies) || '—'],
      ['Status', m.status || '—'],
      ['Format', MEETING_FORMAT[m.format] || '—'],
      m.documents_count ? ['Documents signed', `${m.documents_count} (as reported)`] : null,
    ]),
    h('div', { class: 'grid' },
      section(`Participants (${(m.participants || []).length})`, list(e.participants, (o) => [
        h('a', { href: link('officials', o.id) }, o.name),
        h('span', { class: 'meta' }, ` — ${(o.positions || []).map(positionText).join('; ')}`)], 'No participants were named.')),
      section(`Documents (${(m.documents || []).length})`, list(e.documents, (d) => [
        h('a', { href: link('documents', d.id) }, d.title || d.id), ' ', badge(d.type || 'document', 'type'), ' ', badge(d.status || '?', d.status)], 'No documents were named.'))),
    section(`Reported by ${plural((m.articles || []).length, 'article')}`, evidenceBlock(m, e.articles)),
  ];
}

export async function officialPage(params, id) {
  await loadCountries();
  const o = await getItem('officials', id, { meetings: 'meetings', articles: 'articles' });
  const e = o.embedded || {};
  return [
    h('p', { class: 'crumbs' }, h('a', { href: '#/officials' }, 'Officials'), ' / '),
    h('h1', { tabindex: '-1' }, o.name),
    section('Positions', (o.positions || []).length ? h('div', { class: 'table-wrap' }, h('table', { class: 'data-table' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Title'), h('th', { scope: 'col' }, 'Country'), h('th', { scope: 'col' }, 'Organisation'))),
      h('tbody', null, o.positions.map((p) => h('tr', null,
        h('td', { 'data-label': 'Title' }, p.title || '—'), h('td', { 'data-label': 'Country' }, countryLink(p.country)), h('td', { 'data-label': 'Organisation' }, p.org || '—')))))) : h('p', { class: 'empty' }, 'No position known.')),
    section(`Meetings attended (${(o.meetings || []).length})`, list(e.meetings, (m) => [
      h('a', { href: link('meetings', m.id) }, meetingTitle(m)), ' ', badge(m.status || '?', m.status)], 'No meetings attended.')),
    section(`Mentioned in ${plural((o.articles || []).length, 'article')}`, evidenceBlock(o, e.articles)),
  ];
}

export async function memberPage(params, id) {
  await loadCountries();
  const m = await getItem('members', id, { officials: 'officials', meetings: 'meetings', articles: 'articles' });
  const e = m.embedded || {};
  const chair = m.chairmanship || [];
  return [
    h('p', { class: 'crumbs' }, h('a', { href: '#/members' }, 'Member states'), ' / '),
    h('h1', { tabindex: '-1' }, m.name),
    dl([['ISO code', m.iso || '—'], ['Articles', plural((m.articles || []).length, 'article')]]),
    h('div', { class: 'grid' },
      section(`Officials (${(m.officials || []).length})`, list(e.officials, (o) => [
        h('a', { href: link('officials', o.id) }, o.name), h('span', { class: 'meta' }, ` — ${(o.positions || []).map((p) => p.title).filter(Boolean).join('; ')}`)], 'No officials.')),
      section(`Meetings (${(m.meetings || []).length})`, list(e.meetings, (x) => [
        h('a', { href: link('meetings', x.id) }, meetingTitle(x)), ' ', badge(x.status || '?', x.status)], 'No meetings.'),
        h('p', null, h('a', { href: `#/meetings?member=${encodeURIComponent(m.id)}` }, 'Filter the meetings table by this member')))),
    section('Chairmanship', chair.length ? h('ul', { class: 'links' }, chair.map((c) => h('li', null,
      'From ', countryLink(c.from), ' to ', countryLink(c.to),
      c.article ? [' — ', h('a', { href: link('articles', c.article) }, 'source article')] : null))) : h('p', { class: 'empty' }, 'No chairmanship transfer reported.')),
    section(`Mentioned in ${plural((m.articles || []).length, 'article')}`, list(e.articles, (a) => [
      h('a', { href: link('articles', a.id) }, titleOfArticle(a)),
      a.published || a.source ? h('span', { class: 'meta' }, ` — ${[a.source, a.published ? fmtDate(a.published) : null].filter(Boolean).join(', ')}`) : null], 'No articles.')),
  ];
}

export async function documentPage(params, id) {
  await loadCountries();
  const d = await getItem('documents', id, { meeting: 'meetings', articles: 'articles' });
  const e = d.embedded || {};
  return [
    h('p', { class: 'crumbs' }, h('a', { href: '#/documents' }, 'Documents'), ' / '),
    h('h1', { tabindex: '-1' }, d.title || d.id),
    dl([
      ['Type', d.type || '—'],
      ['Status', badge(d.status || 'unknown', d.status)],
      ['Meeting', e.meeting ? h('a', { href: link('meetings', e.meeting.id) }, meetingTitle(e.meeting)) : (d.meeting ? h('a', { href: link('meetings', d.meeting) }, d.meeting) : 'not linked to a meeting')],
      d.initiator ? ['Initiator', countryLink(d.initiator)] : null,
    ]),
    section(`Reported by ${plural((d.articles || []).length, 'article')}`, evidenceBlock(d, e.articles)),
  ];
}

/* ---------- article with highlighted facts ---------- */

async function factsOf(kind, aid, fields) {
  const r = await getOr(`/${kind}`, { article: aid, limit: 1000, fields }, async () => ({
    data: (await getAll(kind, {})).filter((x) => (x.articles || []).includes(aid)),
  }));
  return r.data;
}

/**
 * Splits `text` at every evidence boundary and wraps each covered piece in a
 * link to the innermost fact covering it (a name inside a meeting sentence
 * links to the official); pieces inside a meeting sentence are also tinted.
 */
export function highlightText(text, spans, focus) {
  const map = byteToIndex(text);
  const sp = spans.map((x) => ({ ...x, s: map(x.start), e: map(x.end) })).filter((x) => x.e > x.s);
  const cuts = new Set([0, text.length]);
  for (const x of sp) { cuts.add(x.s); cuts.add(x.e); }
  const bounds = [...cuts].sort((a, b) => a - b);
  const fs = focus ? map(focus[0]) : -1;
  const fe = focus ? map(focus[1]) : -1;
  const out = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i];
    const b = bounds[i + 1];
    const piece = text.slice(a, b);
    const cover = sp.filter((x) => x.s <= a && x.e >= b);
    if (!cover.length) { out.push(document.createTextNode(piece)); continue; }
    cover.sort((x, y) => (x.e - x.s) - (y.e - y.s));
    const top = cover[0];
    const inMeeting = cover.some((x) => x.kind === 'meetings');
    const focused = focus && a >= fs && b <= fe;
    out.push(h('a', {
      href: link(top.kind, top.id),
      class: ['hl', `hl-${top.kind}`, inMeeting && top.kind !== 'meetings' ? 'hl-in-meeting' : null, focused ? 'hl-focus' : null],
      title: cover.map((x) => x.label).join('\n'),
      'data-kind': top.kind,
      'data-id': top.id,
    }, piece));
  }
  return out;
}

export async function articlePage(params, id) {
  await loadCountries();
  const [a, meetings, officials, documents] = await Promise.all([
    get(`/articles/${encodeURIComponent(id)}`),
    factsOf('meetings', id, 'id,bodies,date,city,country,status,evidence'),
    factsOf('officials', id, 'id,name,evidence'),
    factsOf('documents', id, 'id,title,type,evidence'),
  ]);
  const spans = [];
  const add = (kind, item, label) => {
    for (const ev of item.evidence || []) if (ev.article === id) spans.push({ kind, id: item.id, start: ev.start, end: ev.end, label });
  };
  meetings.forEach((m) => add('meetings', m, `Meeting: ${meetingTitle(m)}`));
  officials.forEach((o) => add('officials', o, `Official: ${o.name}`));
  documents.forEach((d) => add('documents', d, `Document: ${d.title}`));
  const m = /^(\d+)-(\d+)$/.exec(params.get('hl') || '');
  const focus = m ? [Number(m[1]), Number(m[2])] : null;
  const url = safeUrl(a.url);
  const text = typeof a.text === 'string' ? a.text : '';
  const fact = (kind, x, label) => [h('a', { href: link(kind, x.id) }, label),
    h('span', { class: 'meta' }, ` — ${plural((x.evidence || []).filter((ev) => ev.article === id).length, 'mention')}`)];
  return [
    h('p', { class: 'crumbs' }, h('a', { href: '#/articles' }, 'Articles'), ' / '),
    h('h1', { tabindex: '-1' }, titleOfArticle(a)),
    dl([
      ['Published', a.published ? fmtDate(a.published) : 'unknown'],
      a.source ? ['Source', a.source] : null,
      a.dateline ? ['Dateline', a.dateline] : null,
      a.lang ? ['Language', LANGS[a.lang] || a.lang] : null,
      a.url ? ['URL', url ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, a.url) : a.url] : null,
      ['Id', h('code', null, a.id)],
    ]),
    h('ul', { class: 'legend hl-legend', 'aria-label': 'Highlight colours' },
      h('li', null, h('span', { class: 'hl hl-meetings' }, 'meeting')),
      h('li', null, h('span', { class: 'hl hl-officials' }, 'official')),
      h('li', null, h('span', { class: 'hl hl-documents' }, 'document'))),
    h('article', { class: 'article-text', 'aria-label': 'Article text with extracted facts highlighted' }, highlightText(text, spans, focus)),
    h('div', { class: 'grid' },
      section(`Meetings (${meetings.length})`, list(meetings, (x) => fact('meetings', x, meetingTitle(x)), 'No meetings extracted.')),
      section(`Officials (${officials.length})`, list(officials, (x) => fact('officials', x, x.name), 'No officials extracted.')),
      section(`Documents (${documents.length})`, list(documents, (x) => fact('documents', x, x.title || x.id), 'No documents extracted.'))),
  ];
}

/* ---------- search ---------- */

const KIND_LABEL = { meetings: 'meeting', officials: 'official', documents: 'document', members: 'member state', articles: 'article' };

export async function searchPage(params) {
  const q = (params.get('q') || '').trim();
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const limit = 20;
  const head = [h('h1', { tabindex: '-1' }, q ? `Search: ${q}` : 'Search')];
  if (!q) return [...head, h('p', { class: 'empty' }, 'Type words in the search box above: names, places, bodies, document titles.')];
  const r = await get('/search', { q, limit, offset });
  if (!r.data.length) return [...head, h('p', { class: 'empty', role: 'status' }, `Nothing found for \u201c${q}\u201d.`)];
  const to = offset + r.data.length;
  return [
    ...head,
    h('p', { class: 'count', role: 'status' }, `${offset + 1}–${to} of ${plural(r.total, 'result')}`),
    h('ol', { class: 'results', start: String(offset + 1) }, r.data.map((hit) => h('li', null,
      h('p', { class: 'hit-title' }, badge(KIND_LABEL[hit.kind] || hit.kind, `kind kind-${hit.kind}`), ' ',
        h('a', { href: link(hit.kind, hit.id) }, hit.title || hit.id)),
      hit.snippet ? h('p', { class: 'snippet' }, snippetNodes(hit.snippet)) : null))),
    r.total > to || offset ? h('nav', { class: 'pager', 'aria-label': 'Pages' },
      offset ? h('a', { class: 'button secondary', href: hrefWith('/search', params, { offset: Math.max(0, offset - limit) || null }) }, '← Previous') : null,
      r.total > to ? h('a', { class: 'button secondary', href: hrefWith('/search', params, { offset: to }) }, 'Next →') : null) : null,
  ];
}
