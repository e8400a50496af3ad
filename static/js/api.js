// A thin client of the public JSON API (/api/v1).  Every view of the explorer
// is built on these calls only, so it doubles as an example for dashboards.

export const API = '/api/v1';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

const cache = new Map();

/** GET a path under /api/v1 with query parameters; resolves to the parsed JSON. */
export async function get(path, params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === undefined || v === null || v === '') continue;
    qs.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const url = API + path + (qs.toString() ? `?${qs}` : '');
  if (cache.has(url)) return cache.get(url);
  const p = (async () => {
    let res;
    try {
      res = await fetch(url, { headers: { Accept: 'application/json' } });
    } catch (e) {
      throw new ApiError(0, { title: 'Network error', detail: 'The server could not be reached.' });
    }
    const type = res.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await res.json().catch(() => null) : null;
    if (!res.ok) throw new ApiError(res.status, body);
    return body;
  })();
  cache.set(url, p);
  p.catch(() => cache.delete(url));
  return p;
}

/** Every item of a list (pages of 1000, at most `max`). */
export async function getAll(kind, params, max = 5000) {
  const out = [];
  for (let offset = 0; offset < max; offset += 1000) {
    const page = await get(`/${kind}`, { ...params, limit: 1000, offset });
    out.push(...page.data);
    if (out.length >= page.total || page.data.length === 0) break;
  }
  return out;
}

/** GET, or `fallback()` when the server answers 400/404 (a parameter or endpoint it does not have yet). */
export async function getOr(path, params, fallback) {
  try {
    return await get(path, params);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 400 || e.status === 404)) return fallback();
    throw e;
  }
}

/** One item with related items embedded (include=...), falling back to one request per related id. */
export async function getItem(kind, id, include = {}) {
  const names = Object.keys(include);
  const path = `/${kind}/${encodeURIComponent(id)}`;
  try {
    const item = await get(path, names.length ? { include: names } : {});
    if (!names.length || item.embedded) return item;
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 400)) throw e;
  }
  const item = await get(path);
  item.embedded = {};
  for (const [name, relKind] of Object.entries(include)) {
    const v = item[name];
    const one = async (rid) => get(`/${relKind}/${encodeURIComponent(rid)}`).catch(() => null);
    if (Array.isArray(v)) item.embedded[name] = (await Promise.all(v.map(one))).filter(Boolean);
    else item.embedded[name] = v ? await one(v) : null;
  }
  return item;
}
