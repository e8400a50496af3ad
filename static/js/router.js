// Hash routing: #/kind, #/kind/ID, #/search?q=..., with the view's state in
// the query part, so every view has its own URL and history works.

/** The current route: {parts: ['meetings', 'ID'], params: URLSearchParams}. */
export function currentRoute() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const parts = path.split('/').filter(Boolean).map((p) => {
    try { return decodeURIComponent(p); } catch { return p; }
  });
  return { parts, params };
}

/** A hash link to `path` with `params` changed by `changes` (null removes a key). */
export function hrefWith(path, params, changes = {}) {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === '') next.delete(k);
    else next.set(k, String(v));
  }
  const qs = next.toString();
  return `#${path}${qs ? `?${qs}` : ''}`;
}

export function link(kind, id) {
  return `#/${kind}/${encodeURIComponent(id)}`;
}
