// Comments cite the format description as `docs/formats.md §N`: every cited section must exist as a
// numbered heading of docs/formats.md, and nothing in src/, scripts/ or tests/ may cite the bare
// file name, which pointed at a spec outside this repository that a reader could not open.
// Revealed by the issue "The house": about 30 comments cited that outside file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '../..');
const DOC = join(REPO, 'docs', 'formats.md');
const ROOTS = ['src', 'scripts', 'tests'];
const CODE = /\.(?:[cm]?[jt]sx?)$/;
const SELF = basename(__filename);
const SECTION = /§\s*(\d+(?:\.\d+)*)(?:\s*[–-]\s*(\d+(?:\.\d+)*))?/g;

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (CODE.test(name) && name !== SELF) out.push(p);
  }
  return out;
}

/** Section numbers of the document's numbered headings (`## 2. …` → 2, `### 2.4 …` → 2.4). */
export function headings(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const m of markdown.matchAll(/^#{1,6}\s+(\d+(?:\.\d+)*)\.?\s/gm)) out.add(m[1]);
  return out;
}

/** Sections cited after each `docs/formats.md` in a text: up to the closing bracket of the citation
 * (it may continue on the next comment line) or, without one, to the end of the line. A range
 * `§3.2–3.4` names both ends. */
export function citations(text: string): { section: string; line: number }[] {
  const out: { section: string; line: number }[] = [];
  const marker = 'docs/formats.md';
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
    const rest = text.slice(at + marker.length, at + marker.length + 200);
    const close = rest.indexOf(')');
    const span = close >= 0 ? rest.slice(0, close) : rest.split('\n')[0];
    const line = text.slice(0, at).split('\n').length;
    for (const m of span.matchAll(SECTION)) {
      out.push({ section: m[1], line });
      if (m[2]) out.push({ section: m[2], line });
    }
  }
  return out;
}

describe('citations of docs/formats.md', () => {
  const files = ROOTS.flatMap((r) => walk(join(REPO, r)));

  it('reads headings and citations as intended', () => {
    expect([...headings('## 2. Title\n### 2.4 Sub\ntext § 9\n')]).toEqual(['2', '2.4']);
    expect(citations('// see (docs/formats.md §3.2–3.4,\n// §4.1) and §7').map((c) => c.section)).toEqual(['3.2', '3.4', '4.1']);
  });

  it('every cited section is a numbered heading of docs/formats.md', () => {
    const known = headings(readFileSync(DOC, 'utf8'));
    expect(known.size).toBeGreaterThan(10);
    const all: string[] = [];
    const broken: string[] = [];
    for (const f of files) {
      for (const c of citations(readFileSync(f, 'utf8'))) {
        all.push(c.section);
        if (!known.has(c.section)) broken.push(`${relative(REPO, f)}:${c.line} cites §${c.section}`);
      }
    }
    expect(all.length, 'the code cites docs/formats.md').toBeGreaterThan(20);
    expect(broken).toEqual([]);
  });

  it('nothing cites the bare formats.md (a file outside this repository)', () => {
    const bare: string[] = [];
    for (const f of files) {
      readFileSync(f, 'utf8').split('\n').forEach((text, i) => {
        if (/(?<!docs\/)formats\.md/.test(text)) bare.push(`${relative(REPO, f)}:${i + 1}: ${text.trim()}`);
      });
    }
    expect(bare).toEqual([]);
  });
});
