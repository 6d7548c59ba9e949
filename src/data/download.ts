// Fetching a dataset's files from its folder (`?data=` or the bundled `data/`): the database file with
// download progress, and the manifest. Pure network code: no DuckDB here.
import { DATA_FILES } from './schema';
import { ProblemError } from '../domain/problems';
import { databaseBytesProblem } from './datasetCheck';

/** The database file's bytes, or null when the folder has none (404, or a 404 page served as HTML). */
export function fetchDatabase(dataUrl: string, onProgress: (loaded: number, total: number) => void): Promise<Uint8Array | null> {
  return fetchDuckdbFile(dataUrl, DATA_FILES.database, onProgress);
}

/** A DuckDB file of the dataset folder (the database, or a province partition: `file` is relative to
 * the folder), checked whole before anything attaches it; null when the folder has none. */
export async function fetchDuckdbFile(dataUrl: string, file: string, onProgress: (loaded: number, total: number) => void): Promise<Uint8Array | null> {
  const res = await fetch(new URL(file, dataUrl).href);
  if (res.status === 404) return null;
  if (!res.ok) throw new ProblemError({ code: 'data_http', params: { file, status: res.status } });
  const total = Number(res.headers.get('content-length') ?? 0);
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    // progress at most every 50 ms: each call re-renders the banner, and a file arrives in hundreds of chunks
    const now = performance.now();
    if (now - reported >= 50) { reported = now; onProgress(loaded, total); }
  }
  onProgress(loaded, total);
  const out = new Uint8Array(loaded);
  let o = 0;
  for (const c of chunks) { out.set(c, o); o += c.length; }
  // A 404 page served as HTML (some static hosts) is not a database: the folder has none.
  if (looksLikeHtml(out)) return null;
  // Anything else must be a whole DuckDB file: a cut or damaged copy is refused with its reason.
  const problem = databaseBytesProblem(out, dataUrl, total, file);
  if (problem) throw new ProblemError(problem);
  return out;
}

export async function fetchManifest(dataUrl: string): Promise<Record<string, unknown> | null> {
  try {
    const res = await fetch(new URL(DATA_FILES.manifest, dataUrl).href);
    return res.ok ? ((await res.json()) as Record<string, unknown>) : null;
  } catch { return null; }
}

/** A JSON file of the dataset folder (a partitioned dataset's answers); a missing or unreadable file
 * is a problem naming it, not an empty answer. */
export async function fetchJsonFile<T>(dataUrl: string, file: string): Promise<T> {
  const res = await fetch(new URL(file, dataUrl).href);
  if (!res.ok) throw new ProblemError({ code: 'data_http', params: { file, status: res.status } });
  try {
    return (await res.json()) as T;
  } catch {
    throw new ProblemError({ code: 'data_corrupt', params: { file, folder: dataUrl } });
  }
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 256)).trimStart().toLowerCase();
  return head.startsWith('<!doctype') || head.startsWith('<html') || head.startsWith('<head') || head.startsWith('<body');
}
