// Is a dataset folder's database whole, and not newer than this app? Checked before anything is
// attached, so a broken `?data=` folder says what is wrong (truncated, corrupt, from a newer
// extractor) instead of failing somewhere later; nothing the user stored is touched by a refusal.
import { EXTRACTOR_VERSION } from '../extract';
import type { Problem } from '../domain/problems';
import { DATA_FILES } from './schema';

/** A DuckDB file is three 4 KiB headers, then whole blocks (256 KiB, the size `npm run ingest` writes). */
const HEADER_BYTES = 3 * 4096;
const BLOCK_BYTES = 256 * 1024;

/** null when the bytes can be a whole database; else why not. `expected` is the Content-Length. */
export function databaseBytesProblem(bytes: Uint8Array, folder: string, expected = 0, file: string = DATA_FILES.database): Problem | null {
  const params = { file, folder, bytes: bytes.length };
  if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(8, 12)) !== 'DUCK') return { code: 'data_corrupt', params };
  const short = (expected > 0 && bytes.length < expected) || bytes.length < HEADER_BYTES || (bytes.length - HEADER_BYTES) % BLOCK_BYTES !== 0;
  return short ? { code: 'data_truncated', params } : null;
}

/** Compares dotted version numbers (`0.10.0` > `0.9.2`); a missing part counts as 0. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((x) => parseInt(x, 10) || 0);
  const pb = b.split('.').map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** A dataset written by a newer extractor (its manifest or its reports say so) is refused: its
 * columns and codes may mean things this app does not know. */
export function newerVersionProblem(versions: readonly unknown[], folder: string, ours = EXTRACTOR_VERSION): Problem | null {
  const newer = versions
    .filter((v): v is string => typeof v === 'string' && /^\d+(\.\d+)*$/.test(v))
    .filter((v) => compareVersions(v, ours) > 0)
    .sort(compareVersions)
    .at(-1);
  return newer ? { code: 'data_newer_version', params: { folder, found: newer, ours } } : null;
}
