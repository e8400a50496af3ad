// Labels for the model's vocabularies (gold/README.md) and small formatting helpers.
import { get } from './api.js';

export const BODIES = {
  CSC: 'Collective Security Council',
  CFM: 'Council of Foreign Ministers',
  CDM: 'Council of Defence Ministers',
  CSSC: 'Committee of Secretaries of Security Councils',
  PA: 'Parliamentary Assembly',
  PC: 'Permanent Council',
  IMEC: 'Interstate Commission for Military-Economic Cooperation',
};
export const BODY_ORDER = Object.keys(BODIES);
export const BODY_COLORS = {
  CSC: '#1f5fa8', CFM: '#b03a2e', CDM: '#2e7d32', CSSC: '#7d3c98',
  PA: '#9a6700', PC: '#00838f', IMEC: '#5d4037',
};
export const MEETING_STATUS = { held: 'held', planned: 'planned' };
export const MEETING_FORMAT = { in_person: 'in person', video: 'video conference' };
export const DOC_TYPES = ['statement', 'declaration', 'decision', 'plan', 'program', 'agreement', 'protocol', 'other'];
export const DOC_STATUS = { adopted: 'adopted', draft: 'draft', planned: 'planned' };
export const TYPE_COLORS = ['#1f5fa8', '#b03a2e', '#2e7d32', '#7d3c98', '#9a6700', '#00838f', '#5d4037', '#555'];

let countryNames = null;
/** id -> name of the member states (one request, cached); other slugs are title-cased. */
export async function loadCountries() {
  if (!countryNames) {
    countryNames = new Map();
    try {
      const r = await get('/members', { limit: 1000, fields: 'id,name' });
      for (const m of r.data) countryNames.set(m.id, m.name);
    } catch { /* names fall back to the slug */ }
  }
  return countryNames;
}
export function countryName(slug) {
  if (!slug) return '';
  if (countryNames && countryNames.has(slug)) return countryNames.get(slug);
  return slug.split(/[- ]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}
export function isMember(slug) {
  return !!(countryNames && countryNames.has(slug));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
/** "2018-11-08" -> "8 November 2018", "2020-05" -> "May 2020", null -> "date unknown". */
export function fmtDate(d) {
  if (!d) return 'date unknown';
  const [y, m, day] = d.split('-');
  if (day) return `${Number(day)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y;
}

export function meetingTitle(m) {
  const place = m.city || (m.country ? countryName(m.country) : '');
  return `${(m.bodies || []).join('/') || 'CSTO'} meeting${place ? `, ${place}` : ''}, ${m.date || 'undated'}`;
}
export function bodyNames(bodies) {
  return (bodies || []).map((b) => BODIES[b] || b).join(', ');
}
export function plural(n, one, many) {
  return `${n} ${n === 1 ? one : (many || `${one}s`)}`;
}
export function titleOfArticle(a) {
  return a.title || a.id;
}
