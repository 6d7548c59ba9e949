// Which entries of a .zip are documents to read. Directories, macOS resource forks and hidden
// files are skipped; nested zips are read one level deep by the caller.
import { unzipSync } from 'fflate';

export interface ZipEntry { path: string; bytes: Uint8Array }

export type ZipListing = { entries: ZipEntry[]; oversized: { path: string; size: number }[] } | { error: string };

export function isIgnorableEntry(path: string): boolean {
  if (path.endsWith('/')) return true;
  const parts = path.split('/');
  if (parts.some((p) => p === '__MACOSX')) return true;
  const base = parts[parts.length - 1];
  return base.startsWith('.') || base === 'Thumbs.db' || base === 'desktop.ini';
}

/** Zip file names are CP437 or GBK unless the UTF-8 flag is set; fflate decodes as latin1 then.
 * Chinese Windows archives use GBK: re-decode names that are not valid UTF-8. */
export function fixEntryName(name: string): string {
  if (!/[\u0080-\u00ff]/.test(name) || /[^\u0000-\u00ff]/.test(name)) return name;
  const bytes = Uint8Array.from(name, (c) => c.charCodeAt(0) & 0xff);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try { return new TextDecoder('gb18030', { fatal: true }).decode(bytes); } catch { return name; }
  }
}

/** Lists and inflates the entries; an entry larger than `maxEntryBytes` once inflated is not
 * inflated at all (a zip bomb must not exhaust memory) but listed as oversized. */
export function listZip(bytes: Uint8Array, maxEntryBytes = Infinity): ZipListing {
  let files: Record<string, Uint8Array>;
  const oversized: { path: string; size: number }[] = [];
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (isIgnorableEntry(f.name)) return false;
        if (f.originalSize > maxEntryBytes) { oversized.push({ path: fixEntryName(f.name), size: f.originalSize }); return false; }
        return true;
      },
    });
  } catch (err) {
    return { error: (err as Error).message || String(err) };
  }
  const entries = Object.keys(files)
    .filter((p) => !isIgnorableEntry(p))
    .sort()
    .map((p) => ({ path: fixEntryName(p), bytes: files[p] }));
  return { entries, oversized };
}
