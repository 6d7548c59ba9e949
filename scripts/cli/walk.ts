// The documents under an input folder, in a fixed order (by code point of the relative path, not by
// locale) so that two runs of the data build see the same sequence.
import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

export const TEXT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];

export interface FoundFile {
  /** absolute or cwd-relative path to open */
  path: string;
  /** path relative to the input folder, with '/' separators */
  rel: string;
  ext: string;
}

export function walkDocuments(dir: string, extensions: readonly string[]): { files: FoundFile[]; ignored: FoundFile[] } {
  const files: FoundFile[] = [];
  const ignored: FoundFile[] = [];
  const visit = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      let isDir = false;
      try {
        isDir = statSync(p).isDirectory();
      } catch {
        continue; // dangling link
      }
      if (isDir) visit(p);
      else {
        const f = { path: p, rel: relative(dir, p).split(sep).join('/'), ext: extname(name).toLowerCase() };
        (extensions.includes(f.ext) ? files : ignored).push(f);
      }
    }
  };
  visit(dir);
  const byRel = (a: FoundFile, b: FoundFile) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  return { files: files.sort(byRel), ignored: ignored.sort(byRel) };
}
