// The project never contains text copied from the real reports in ../shared (they are not ours):
// fixtures are written by us, and the datasets keep figures with short excerpts, never passages.
// Same rule as the before-stop hook: any run of 24 CJK characters (and CJK punctuation) that
// opens a run in a real document must not appear in a project file, text or binary.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '../..');
const SHARED = resolve(REPO, '../shared');
const HAVE_SHARED = existsSync(join(SHARED, 'seeds')) && existsSync(join(SHARED, 'corpus'));
const RUN = /[\u4e00-\u9fff，、；：“”《》（）]{24,}/g;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'test-results', '.vite']);

function walk(dir: string, keep: (p: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name) || name.startsWith('.staging')) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) out.push(...walk(p, keep));
    else if (keep(p)) out.push(p);
  }
  return out;
}

function sharedRuns(): Buffer[] {
  const seen = new Set<string>();
  const docs = walk(SHARED, (p) => /[/\\](seeds|corpus)[/\\]/.test(p) && /\.(txt|md|html?)$/.test(p));
  for (const f of docs) {
    for (const m of readFileSync(f, 'utf8').matchAll(RUN)) seen.add(m[0].slice(0, 24));
  }
  return [...seen].map((s) => Buffer.from(s, 'utf8'));
}

describe.runIf(HAVE_SHARED)('no text copied from ../shared', () => {
  it('no project file (sources, tests, fixtures, data, docs) holds a 24-character run of a real report', () => {
    const runs = sharedRuns();
    expect(runs.length).toBeGreaterThan(100);
    const files = walk(REPO, (p) => statSync(p).size < 50 * 1024 * 1024);
    const offending: string[] = [];
    for (const f of files) {
      const bytes = readFileSync(f);
      const hit = runs.find((r) => bytes.includes(r));
      if (hit) offending.push(`${relative(REPO, f)}: ${hit.toString('utf8')}`);
    }
    expect(offending).toEqual([]);
  });
});

if (!HAVE_SHARED) {
  describe('no text copied from ../shared (../shared absent)', () => {
    it.skip('skipped: ../shared/seeds and ../shared/corpus not found', () => undefined);
  });
}
