// Where the datasets are: `./data/` next to the app, or `?data=<folder>` (same origin or relative;
// another origin is refused so the app never talks to an outside host).

import type { Problem } from '../domain/problems';

export function resolveDataUrl(search: string, pageUrl: string): { url: string; problem: Problem | null } {
  const fallback = new URL('./data/', pageUrl).href;
  const raw = new URLSearchParams(search).get('data');
  if (!raw) return { url: fallback, problem: null };
  let u: URL;
  try { u = new URL(raw.endsWith('/') ? raw : `${raw}/`, pageUrl); } catch { return { url: fallback, problem: { code: 'data_not_url', params: { value: raw } } }; }
  if (u.origin !== new URL(pageUrl).origin) return { url: fallback, problem: { code: 'data_other_origin', params: { value: raw } } };
  return { url: u.href, problem: null };
}
