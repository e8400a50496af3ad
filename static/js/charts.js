// SVG charts drawn by hand: stacked bars, horizontal bars and the meetings
// timeline.  Each comes in a <figure> with a caption, an accessible name on
// the SVG and the numbers as a table under a <details>.
import { h, s } from './dom.js';
import { BODY_ORDER, BODY_COLORS, BODIES, meetingTitle, fmtDate } from './vocab.js';

let uid = 0;

function figure(title, svg, table, extra) {
  const id = `chart-${++uid}`;
  // an SVG with links in it is a group of links, not one image
  svg.setAttribute('role', svg.querySelector('a') ? 'group' : 'img');
  svg.setAttribute('aria-labelledby', id);
  return h('figure', { class: 'chart' },
    h('figcaption', { id }, title),
    svg,
    extra || null,
    table ? h('details', { class: 'chart-data' }, h('summary', null, 'Show the numbers'), table) : null);
}

function dataTable(head, rows) {
  return h('table', { class: 'mini' },
    h('thead', null, h('tr', null, head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', null, rows.map((r) => h('tr', null, r.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', null, c)))))));
}

function legend(keys, colors, labels) {
  return h('ul', { class: 'legend' }, keys.map((k) => h('li', null,
    h('span', { class: 'swatch', style: null, 'data-color': colors[k] }, ''),
    labels && labels[k] ? `${k} — ${labels[k]}` : k)));
}

/** Colour swatches in the legend are set from script (CSP forbids inline style attributes in markup, not CSSOM). */
function paintSwatches(root) {
  for (const el of root.querySelectorAll('.swatch[data-color]')) el.style.background = el.dataset.color;
}

function niceMax(v) {
  if (v <= 5) return Math.max(1, v);
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return v;
}

/**
 * Vertical stacked bars.  rows: [{label, parts: {key: n}}]; keys in stack order.
 */
export function stackedBars({ title, rows, keys, colors, labels, width = 480, hrefFor }) {
  const W = Math.max(260, Math.min(width, 720));
  const H = 220;
  const m = { l: 34, r: 8, t: 10, b: 28 };
  const totals = rows.map((r) => keys.reduce((a, k) => a + (r.parts[k] || 0), 0));
  const max = niceMax(Math.max(1, ...totals));
  const iw = W - m.l - m.r;
  const ih = H - m.t - m.b;
  const bw = rows.length ? iw / rows.length : iw;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart-svg', preserveAspectRatio: 'xMidYMid meet' });
  const ticks = max <= 5 ? max : 5;
  for (let i = 0; i <= ticks; i++) {
    const v = (max / ticks) * i;
    const y = m.t + ih - (v / max) * ih;
    svg.appendChild(s('line', { x1: m.l, x2: W - m.r, y1: y, y2: y, class: 'grid' }));
    svg.appendChild(s('text', { x: m.l - 6, y: y + 4, class: 'tick', 'text-anchor': 'end', text: String(Math.round(v * 10) / 10) }));
  }
  const step = Math.ceil(rows.length / Math.max(1, Math.floor(iw / 40)));
  rows.forEach((r, i) => {
    const x = m.l + i * bw + bw * 0.15;
    let y = m.t + ih;
    const g = s('g', { class: 'bar' });
    for (const k of keys) {
      const n = r.parts[k] || 0;
      if (!n) continue;
      const hgt = (n / max) * ih;
      y -= hgt;
      g.appendChild(s('rect', { x, y, width: bw * 0.7, height: hgt, fill: colors[k] || '#666' },
        s('title', { text: `${r.label}: ${n} ${k}` })));
    }
    const node = hrefFor ? s('a', { href: hrefFor(r), 'aria-label': `${r.label}: ${totals[i]}` }, g) : g;
    svg.appendChild(node);
    if (i % step === 0) {
      svg.appendChild(s('text', { x: m.l + i * bw + bw / 2, y: H - 8, class: 'tick', 'text-anchor': 'middle', text: String(r.label) }));
    }
  });
  const table = dataTable(['', ...keys, 'total'], rows.map((r, i) => [String(r.label), ...keys.map((k) => String(r.parts[k] || 0)), String(totals[i])]));
  const fig = figure(title, svg, table, keys.length > 1 ? legend(keys, colors, labels) : null);
  paintSwatches(fig);
  if (!rows.length) fig.appendChild(h('p', { class: 'empty' }, 'Nothing to chart yet.'));
  return fig;
}

/** Horizontal bars.  rows: [{label, value, href?, color?}]. */
export function hBars({ title, rows, unit = '', width = 480, color = '#1f5fa8' }) {
  const W = Math.max(260, Math.min(width, 720));
  const rh = 26;
  const lw = Math.min(150, W * 0.38);
  const m = { t: 6, b: 6, r: 36 };
  const H = m.t + m.b + Math.max(1, rows.length) * rh;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart-svg', preserveAspectRatio: 'xMidYMid meet' });
  rows.forEach((r, i) => {
    const y = m.t + i * rh;
    const bwid = ((W - lw - m.r - 8) * r.value) / max;
    const g = s('g', { class: 'bar' },
      s('text', { x: lw, y: y + rh / 2 + 4, class: 'label', 'text-anchor': 'end', text: r.label }),
      s('rect', { x: lw + 6, y: y + 4, width: Math.max(bwid, 1), height: rh - 8, fill: r.color || color },
        s('title', { text: `${r.label}: ${r.value}${unit ? ` ${unit}` : ''}` })),
      s('text', { x: lw + 10 + bwid, y: y + rh / 2 + 4, class: 'value', text: String(r.value) }));
    svg.appendChild(r.href ? s('a', { href: r.href }, g) : g);
  });
  const table = dataTable(['', unit || 'count'], rows.map((r) => [r.label, String(r.value)]));
  const fig = figure(title, svg, table);
  if (!rows.length) fig.appendChild(h('p', { class: 'empty' }, 'Nothing to chart yet.'));
  return fig;
}

function yearFraction(date) {
  const [y, mo, d] = date.split('-').map(Number);
  return y + (mo ? (mo - 1) / 12 : 0.5) + (d ? (d - 1) / 366 : (mo ? 1 / 24 : 0));
}

/**
 * The meetings timeline: one lane per body, one mark per meeting and body at
 * its date (filled: held, hollow dashed: planned), each a link to the meeting.
 */
export function timeline({ meetings, width = 900, title = 'Meetings by body and year' }) {
  const dated = meetings.filter((m) => m.date);
  const undated = meetings.length - dated.length;
  const bodies = BODY_ORDER.filter((b) => dated.some((m) => (m.bodies || []).includes(b)));
  const W = Math.max(260, Math.min(width, 1200));
  const lane = 40;
  const r = 7;
  const m = { l: 52, r: 16, t: 10, b: 30 };
  const H = m.t + m.b + Math.max(1, bodies.length) * lane;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart-svg timeline', preserveAspectRatio: 'xMidYMid meet' });
  if (!dated.length) {
    const fig = figure(title, svg, null);
    fig.appendChild(h('p', { class: 'empty' }, undated ? `${undated} meeting(s), none with a known date.` : 'No meetings to show.'));
    return fig;
  }
  const years = dated.map((x) => Number(x.date.slice(0, 4)));
  const y0 = Math.min(...years);
  const y1 = Math.max(...years) + 1;
  const iw = W - m.l - m.r;
  const X = (v) => m.l + ((v - y0) / (y1 - y0)) * iw;
  const every = Math.ceil((y1 - y0) / Math.max(1, Math.floor(iw / 44)));
  for (let y = y0; y <= y1; y++) {
    const x = X(y);
    svg.appendChild(s('line', { x1: x, x2: x, y1: m.t, y2: H - m.b, class: 'grid' }));
    if (y < y1 && (y - y0) % every === 0) {
      svg.appendChild(s('text', { x: X(y + 0.5), y: H - 10, class: 'tick', 'text-anchor': 'middle', text: String(y) }));
    }
  }
  const placed = new Map(bodies.map((b) => [b, []]));
  bodies.forEach((b, i) => {
    const cy = m.t + i * lane + lane / 2;
    svg.appendChild(s('line', { x1: m.l, x2: W - m.r, y1: cy, y2: cy, class: 'lane' }));
    svg.appendChild(s('text', { x: m.l - 8, y: cy + 4, class: 'label', 'text-anchor': 'end', fill: BODY_COLORS[b], text: b },
      s('title', { text: BODIES[b] || b })));
  });
  const sorted = [...dated].sort((a, b) => yearFraction(a.date) - yearFraction(b.date));
  for (const mt of sorted) {
    for (const b of mt.bodies || []) {
      if (!placed.has(b)) continue;
      const cx = X(yearFraction(mt.date));
      const base = m.t + bodies.indexOf(b) * lane + lane / 2;
      let cy = base;
      for (let k = 1; k < 8; k++) { // nudge overlapping marks up and down
        if (!placed.get(b).some((p) => Math.abs(p[0] - cx) < 2 * r && Math.abs(p[1] - cy) < 2 * r)) break;
        cy = base + (k % 2 ? -1 : 1) * Math.ceil(k / 2) * (r + 1);
      }
      placed.get(b).push([cx, cy]);
      const label = `${meetingTitle(mt)} (${mt.status || 'status unknown'}, ${fmtDate(mt.date)})`;
      svg.appendChild(s('a', { href: `#/meetings/${encodeURIComponent(mt.id)}`, 'aria-label': label, class: `mark ${mt.status || ''}`, 'data-id': mt.id },
        s('circle', { cx, cy, r, fill: mt.status === 'planned' ? '#fff' : BODY_COLORS[b], stroke: BODY_COLORS[b] },
          s('title', { text: label }))));
    }
  }
  const key = h('ul', { class: 'legend' },
    h('li', null, h('span', { class: 'dot held' }), 'held'),
    h('li', null, h('span', { class: 'dot planned' }), 'planned'),
    undated ? h('li', null, `${undated} undated meeting(s) not shown`) : null);
  const table = dataTable(['year', ...bodies], Array.from({ length: y1 - y0 }, (_, i) => {
    const y = y0 + i;
    return [String(y), ...bodies.map((b) => String(dated.filter((x) => x.date.startsWith(String(y)) && x.bodies.includes(b)).length))];
  }));
  return figure(title, svg, table, key);
}
