// Fetching a dataset's files from its folder (`?data=` or the bundled `data/`): the database file with
// download progress, and the manifest. Pure network code: no DuckDB here.
import { DATA_FILES } from './schema';
import { ProblemError } from '../domain/problems';
import { databaseBytesProblem } from './datasetCheck';

/** The database file's bytes, or null when the folder has none (404, or a 404 page served as HTML). */
export async function fetchDatabase(dataUrl: string, onProgress: (loaded: number, total: number) => void): Promise<Uint8Array | null> {
  const res = await fetch(new URL(DATA_FILES.database, dataUrl).href);
  if (res.status === 404) return null;
  if (!res.ok) throw new ProblemError({ code: 'data_http', params: { file: DATA_FILES.database, status: res.status } });
  const total = Number(res.headers.get('content-length') ?? 0);
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress(loaded, total);
  }
  const out = new Uint8Array(loaded);
  let o = 0;
  for (const c of chunks) { out.set(c, o); o += c.length; }
  // A 404 page served as HTML (some static hosts) is not a database: the folder has none.
  if (looksLikeHtml(out)) return null;
  // Anything else must be a whole DuckDB file: a cut or damaged copy is refused with its reason.
  const problem = databaseBytesProblem(out, dataUrl, total);
  if (problem) throw new ProblemError(problem);
  return out;
}

export async function fetchManifest(dataUrl: string): Promise<Record<string, unknown> | null> {
  try {
    const res = await fetch(new URL(DATA_FILES.manifest, dataUrl).href);
    return res.ok ? ((await res.json()) as Record<string, unknown>) : null;
  } catch { return null; }
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 256)).trimStart().toLowerCase();
  return head.startsWith('<!doctype') || head.startsWith('<html') || head.startsWith('<head') || head.startsWith('<body');
}
