// A generic list view: a filter form, a sortable table and a pager, all kept
// in the URL (#/meetings?body=CSC&sort=-date&offset=20) so that every state
// can be shared, reloaded and reached with back/forward.
import { h } from './dom.js';
import { get } from './api.js';
import { hrefWith } from './router.js';

export const PAGE = 20;

function filterForm(cfg, params) {
  const fields = cfg.filters.map((f) => {
    const id = `f-${cfg.kind}-${f.name}`;
    const v = params.get(f.name) || '';
    let control;
    if (f.type === 'select') {
      control = h('select', { id, name: f.name },
        h('option', { value: '' }, f.any || 'any'),
        f.options.map(([val, label]) => h('option', { value: val, selected: val === v }, label)));
    } else {
      control = h('input', {
        id, name: f.name, type: f.type === 'search' ? 'search' : 'text', value: v,
        placeholder: f.placeholder || null, inputmode: f.inputmode || null, pattern: f.pattern || null,
        title: f.hint || null, autocomplete: 'off', size: f.size || null,
      });
    }
    return h('div', { class: `field field-${f.type}` }, h('label', { for: id }, f.label), control);
  });
  const sorts = cfg.columns.filter((c) => c.sort);
  if (sorts.length) {
    const cur = params.get('sort') || '';
    const id = `f-${cfg.kind}-sort`;
    fields.push(h('div', { class: 'field field-select' }, h('label', { for: id }, 'Sort by'),
      h('select', { id, name: 'sort' },
        h('option', { value: '' }, params.get('q') ? 'relevance' : 'default'),
        sorts.map((c) => [
          h('option', { value: c.sort, selected: cur === c.sort }, `${c.label} ↑`),
          h('option', { value: `-${c.sort}`, selected: cur === `-${c.sort}` }, `${c.label} ↓`)]))));
  }
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': `Filter ${cfg.title.toLowerCase()}` },
    fields,
    h('div', { class: 'field actions' },
      h('button', { type: 'submit' }, 'Apply'),
      h('a', { href: `#/${cfg.kind}`, class: 'button secondary' }, 'Reset')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!form.reportValidity()) return;
    const next = new URLSearchParams();
    for (const f of cfg.filters) {
      const val = form.elements[f.name].value.trim();
      if (val) next.set(f.name, val);
    }
    if (form.elements.sort && form.elements.sort.value) next.set('sort', form.elements.sort.value);
    location.hash = `#/${cfg.kind}${next.toString() ? `?${next}` : ''}`;
  });
  return form;
}

function sortHeader(cfg, col, params) {
  if (!col.sort) return h('th', { scope: 'col' }, col.label);
  const cur = params.get('sort') || cfg.defaultSort || '';
  const asc = cur === col.sort;
  const desc = cur === `-${col.sort}`;
  const next = asc ? `-${col.sort}` : col.sort;
  return h('th', { scope: 'col', 'aria-sort': asc ? 'ascending' : desc ? 'descending' : 'none' },
    h('a', {
      href: hrefWith(`/${cfg.kind}`, params, { sort: next, offset: null }),
      class: 'sort', 'aria-label': `${col.label}, sort ${asc ? 'descending' : 'ascending'}`,
    }, col.label, h('span', { class: 'arrow', 'aria-hidden': 'true' }, asc ? ' ▲' : desc ? ' ▼' : ' ↕')));
}

function pager(cfg, params, total, offset, limit, shown) {
  const from = total ? offset + 1 : 0;
  const to = offset + shown;
  const prev = offset > 0 ? hrefWith(`/${cfg.kind}`, params, { offset: Math.max(0, offset - limit) || null }) : null;
  const next = to < total ? hrefWith(`/${cfg.kind}`, params, { offset: offset + limit }) : null;
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    prev ? h('a', { href: prev, rel: 'prev', class: 'button secondary' }, '← Previous') : h('span', { class: 'button disabled', 'aria-hidden': 'true' }, '← Previous'),
    h('span', { class: 'count', role: 'status' }, total ? `${from}–${to} of ${total}` : '0 results'),
    next ? h('a', { href: next, rel: 'next', class: 'button secondary' }, 'Next →') : h('span', { class: 'button disabled', 'aria-hidden': 'true' }, 'Next →'));
}

/**
 * cfg: {kind, title, intro, columns: [{label, sort?, cell(item) -> node|string}],
 *       filters: [{name, label, type: 'select'|'text'|'search', options?}], defaultSort,
 *       before?(params, apiParams) -> Promise<node>}
 */
export async function listView(cfg, params) {
  const limit = Math.min(Number(params.get('limit')) || PAGE, 1000);
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const api = { limit, offset };
  for (const f of cfg.filters) if (params.get(f.name)) api[f.name] = params.get(f.name);
  if (params.get('sort')) api.sort = params.get('sort');
  else if (cfg.defaultSort && !params.get('q')) api.sort = cfg.defaultSort;

  const [page, before] = await Promise.all([
    get(`/${cfg.kind}`, api),
    cfg.before ? cfg.before(params, api) : null,
  ]);
  const filtered = cfg.filters.some((f) => params.get(f.name));
  const body = page.data.length
    ? h('div', { class: 'table-wrap' }, h('table', { class: 'data-table' },
      h('caption', { class: 'visually-hidden' }, `${cfg.title}, sortable by the column headers`),
      h('thead', null, h('tr', null, cfg.columns.map((c) => sortHeader(cfg, c, params)))),
      h('tbody', null, page.data.map((item) => h('tr', null,
        cfg.columns.map((c, i) => h(i === 0 ? 'th' : 'td', { 'data-label': c.label, scope: i === 0 ? 'row' : null }, c.cell(item))))))))
    : h('p', { class: 'empty', role: 'status' }, filtered ? `No ${cfg.title.toLowerCase()} match these filters.` : `No ${cfg.title.toLowerCase()} yet.`);
  return [
    h('h1', { tabindex: '-1' }, cfg.title),
    cfg.intro ? h('p', { class: 'lead' }, cfg.intro) : null,
    before,
    filterForm(cfg, params),
    body,
    page.total > page.data.length || offset ? pager(cfg, params, page.total, offset, limit, page.data.length) : h('p', { class: 'count', role: 'status' }, `${page.total} ${page.total === 1 ? 'result' : 'results'}`),
  ];
}
