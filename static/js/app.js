// The explorer's entry point: routes #/... to a view, renders it into <main>
// with loading, empty and error states, and keeps the header in step.
//
// Views and their URLs (state lives in the hash, so links can be shared):
//   #/                                 overview: counts, charts, meetings timeline
//   #/meetings?body=&status=&format=&member=&from=&to=&q=&sort=&offset=&limit=
//                                      timeline + filterable, sortable, paged table
//   #/meetings/ID                      date, place, bodies, participants, documents, reports
//   #/members, #/members/ID            officials, meetings, chairmanships, articles
//   #/officials?country=&q=, #/officials/ID   positions, meetings attended, mentions
//   #/documents?type=&status=&q=, #/documents/ID   type, status, meeting, reports
//   #/articles?source=&from=&to=&q=, #/articles/ID[?hl=START-END]
//                                      text with every fact highlighted at its byte offsets
//   #/search?q=                        search across every kind, with the server's snippets
import { h, clear } from './dom.js';
import { ApiError } from './api.js';
import { currentRoute } from './router.js';
import * as V from './views.js';

const main = document.getElementById('main');
const searchForm = document.getElementById('search-form');
const searchInput = document.getElementById('search-q');

const ROUTES = {
  '': { list: V.home, title: 'Overview' },
  meetings: { list: V.meetingsList, item: V.meetingPage, title: 'Meetings' },
  members: { list: V.membersList, item: V.memberPage, title: 'Member states' },
  officials: { list: V.officialsList, item: V.officialPage, title: 'Officials' },
  documents: { list: V.documentsList, item: V.documentPage, title: 'Documents' },
  articles: { list: V.articlesList, item: V.articlePage, title: 'Articles' },
  search: { list: V.searchPage, title: 'Search' },
};

let token = 0;
let first = true;

function errorView(err) {
  const notFound = err instanceof ApiError && err.status === 404;
  return [
    h('h1', { tabindex: '-1' }, notFound ? 'Not found' : 'Something went wrong'),
    h('div', { class: 'error', role: 'alert' },
      h('p', null, notFound ? 'There is nothing at this address.' : 'The data could not be loaded.'),
      err && err.message ? h('p', { class: 'detail' }, err.message) : null),
    h('p', null, h('a', { href: '#/' }, 'Back to the overview')),
  ];
}

async function render() {
  const mine = ++token;
  const { parts, params } = currentRoute();
  const section = parts[0] || '';
  const route = ROUTES[section];
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.dataset.section === section) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  if (section === 'search') searchInput.value = params.get('q') || '';
  main.setAttribute('aria-busy', 'true');
  const loading = setTimeout(() => {
    if (mine === token) clear(main).appendChild(h('p', { class: 'loading', role: 'status' }, 'Loading…'));
  }, 120);
  let nodes;
  let title = route ? route.title : 'Not found';
  try {
    if (!route || parts.length > 2 || (parts.length === 2 && !route.item)) throw new ApiError(404, { detail: 'Unknown page.' });
    nodes = parts.length === 2 ? await route.item(params, parts[1]) : await route.list(params);
  } catch (err) {
    if (!(err instanceof ApiError)) console.warn(err); // a bug of ours, shown as an error state
    nodes = errorView(err);
    title = 'Error';
  }
  clearTimeout(loading);
  if (mine !== token) return; // a newer navigation won
  clear(main);
  for (const n of [nodes].flat(2)) if (n) main.appendChild(n);
  main.removeAttribute('aria-busy');
  const h1 = main.querySelector('h1');
  document.title = `${h1 ? h1.textContent : title} · csto explorer`;
  const focus = main.querySelector('.hl-focus');
  if (focus) {
    focus.scrollIntoView({ block: 'center' });
    focus.focus({ preventScroll: true });
  } else if (!first) {
    window.scrollTo(0, 0);
    if (h1) h1.focus({ preventScroll: true });
  }
  first = false;
  main.dataset.ready = location.hash || '#/';
  document.dispatchEvent(new CustomEvent('csto:rendered'));
}

searchForm.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = searchInput.value.trim();
  location.hash = q ? `#/search?q=${encodeURIComponent(q)}` : '#/search';
});

// The skip link focuses <main> without touching the hash (which is the route).
document.querySelector('.skip').addEventListener('click', (ev) => {
  ev.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', render);
render();
