// Reads one slice from the dataset folder on the embed's own origin (`./data/`, or `?data=` when it
// is on the same origin: src/data/dataUrl.ts refuses any other). Nothing is stored: the browser's
// HTTP cache is the only cache, so several embeds of one page share the files they have in common.
import { resolveDataUrl } from '../data/dataUrl';
import { ProblemError } from '../domain/problems';

export async function loadSlice<T>(path: string, search: string, pageUrl: string): Promise<T> {
  const { url, problem } = resolveDataUrl(search, pageUrl);
  if (problem) throw new ProblemError(problem);
  const res = await fetch(new URL(path, url), { credentials: 'same-origin' });
  if (!res.ok) throw new ProblemError({ code: 'embed_no_slice', params: { file: path, status: res.status } });
  try {
    return (await res.json()) as T;
  } catch {
    throw new ProblemError({ code: 'embed_bad_slice', params: { file: path } });
  }
}
