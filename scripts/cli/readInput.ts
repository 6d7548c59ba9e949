// Reading one input file for the CLI and the data build: every way a path can fail becomes a
// one-line reason instead of an exception, and oversized files are refused before any byte is read
// (a 50 MB file must not cost 50 MB of heap, let alone an OOM).
import { openSync, readSync, closeSync, statSync } from 'node:fs';
import type { Reason } from '../../src/extract';

/** Annual reports are text, HTML or text-layer PDFs far below this; a bigger file is almost surely
 * something else, and reading it would cost its whole size in memory. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** `reason` is Chinese (the interface's primary language), `reason_en` the same in English. */
export type InputRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: string; reason_en: string };

const refuse = (r: Reason): InputRead => ({ ok: false, reason: r.zh, reason_en: r.en });

export function readInputFile(path: string, maxBytes: number = MAX_INPUT_BYTES): InputRead {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) {
      return refuse({
        zh: '是一个目录（请给出其中的文件，或使用 `npm run ingest -- DIR`）',
        en: 'is a directory (give the files inside, or use `npm run ingest -- DIR`)',
      });
    }
    if (!st.isFile()) return refuse({ zh: '不是普通文件', en: 'is not a regular file' });
    size = st.size;
  } catch (err) {
    return refuse(describeFsError(err));
  }
  if (size > maxBytes) {
    return refuse({
      zh: `大小为 ${formatMb(size)}，超过单份报告 ${formatMb(maxBytes)} 的上限；未读取`,
      en: `is ${formatMb(size)}, over the ${formatMb(maxBytes)} limit for one report; not read`,
    });
  }
  let bytes: Uint8Array;
  try {
    bytes = readWhole(path, size);
  } catch (err) {
    return refuse(describeFsError(err));
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

function describeFsError(err: unknown): Reason {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return { zh: '文件不存在', en: 'no such file' };
  if (code === 'EACCES' || code === 'EPERM') return { zh: '没有访问权限', en: 'permission denied' };
  if (code === 'ENOTDIR') return { zh: '路径中的上级不是目录', en: 'a parent of this path is not a directory' };
  if (code === 'ELOOP') return { zh: '符号链接层数过多', en: 'too many symbolic links' };
  const why = code ?? (err as Error)?.message ?? 'unknown error';
  return { zh: `无法读取（${why}）`, en: `cannot be read (${why})` };
}
