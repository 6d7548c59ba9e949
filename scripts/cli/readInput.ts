// Reading one input file for the CLI and the data build: every way a path can fail becomes a
// one-line reason instead of an exception, and oversized files are refused before any byte is read
// (a 50 MB file must not cost 50 MB of heap, let alone an OOM).
import { openSync, readSync, closeSync, statSync } from 'node:fs';

/** Annual reports are text, HTML or text-layer PDFs far below this; a bigger file is almost surely
 * something else, and reading it would cost its whole size in memory. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export type InputRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

export function readInputFile(path: string, maxBytes: number = MAX_INPUT_BYTES): InputRead {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, reason: 'is a directory (give the files inside, or use `npm run ingest -- DIR`)' };
    if (!st.isFile()) return { ok: false, reason: 'is not a regular file' };
    size = st.size;
  } catch (err) {
    return { ok: false, reason: describeFsError(err) };
  }
  if (size > maxBytes) {
    return { ok: false, reason: `is ${formatMb(size)}, over the ${formatMb(maxBytes)} limit for one report; not read` };
  }
  let bytes: Uint8Array;
  try {
    bytes = readWhole(path, size);
  } catch (err) {
    return { ok: false, reason: describeFsError(err) };
  }
  // Text vs binary (PDF, Office, images) is judged by the extractor's decoder, the same for every caller.
  return { ok: true, bytes };
}

// Read exactly what stat promised and never more: a file growing while we read cannot blow the limit.
function readWhole(path: string, size: number): Uint8Array {
  const buf = new Uint8Array(size);
  const fd = openSync(path, 'r');
  try {
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return off === size ? buf : buf.subarray(0, off);
  } finally {
    closeSync(fd);
  }
}

export function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'a parent of this path is not a directory';
  if (code === 'ELOOP') return 'too many symbolic links';
  return `cannot be read (${code ?? (err as Error)?.message ?? 'unknown error'})`;
}
