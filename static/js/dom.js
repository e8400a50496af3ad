// DOM helpers.  Everything that comes from the server (names, titles, article
// text, snippets) becomes text nodes: nothing here ever assigns innerHTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

function setAttrs(el, attrs) {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.setAttribute('class', Array.isArray(v) ? v.filter(Boolean).join(' ') : v);
    else if (k === 'text') el.textContent = String(v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'value' && 'value' in el) el.value = v;
    else if (k === 'checked' || k === 'selected') el[k] = !!v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

/** h('a', {href: '#/x', class: 'y'}, 'text', child, [more]) */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** The same for SVG elements. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** Only http(s) URLs become links; anything else (javascript:, data:) is shown as text. */
export function safeUrl(u) {
  if (typeof u !== 'string') return null;
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", '#x27': "'" };
/** Undoes the server's HTML escaping of snippet text (one pass, so "&amp;lt;" stays "&lt;"). */
export function unescapeHtml(t) {
  return t.replace(/&(lt|gt|amp|quot|#39|#x27);/g, (_, e) => ENTITIES[e]);
}

/**
 * Turns a search snippet from the server ("... <mark>word</mark> ...", the
 * text HTML-escaped as /openapi.json documents) into DOM nodes: text nodes
 * and <mark> elements whose content is set as text.  The only markup
 * recognised is the literal <mark> and </mark> pair; the escaped text is
 * unescaped into characters, never parsed as HTML, so "&lt;script&gt;" in an
 * article shows as the characters <script>.
 */
export function snippetNodes(snippet) {
  const out = [];
  if (typeof snippet !== 'string') return out;
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  let m;
  while ((m = re.exec(snippet)) !== null) {
    if (m.index > last) out.push(document.createTextNode(unescapeHtml(snippet.slice(last, m.index))));
    const mark = document.createElement('mark');
    mark.textContent = unescapeHtml(m[1]);
    out.push(mark);
    last = re.lastIndex;
  }
  if (last < snippet.length) out.push(document.createTextNode(unescapeHtml(snippet.slice(last))));
  return out;
}
