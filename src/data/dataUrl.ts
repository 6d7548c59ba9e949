// Where the datasets are: `./data/` next to the app, or `?data=<folder>` (same origin or relative;
// another origin is refused so the app never talks to an outside host).

export function resolveDataUrl(search: string, pageUrl: string): { url: string; error: string | null } {
  const fallback = new URL('./data/', pageUrl).href;
  const raw = new URLSearchParams(search).get('data');
  if (!raw) return { url: fallback, error: null };
  let u: URL;
  try { u = new URL(raw.endsWith('/') ? raw : `${raw}/`, pageUrl); } catch { return { url: fallback, error: `not a URL: ${raw}` }; }
  if (u.origin !== new URL(pageUrl).origin) return { url: fallback, error: `data must be on the same origin as the app (${raw})` };
  return { url: u.href, error: null };
}
