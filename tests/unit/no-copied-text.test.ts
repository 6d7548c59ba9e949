// The project never contains text copied from the real reports in ../shared (they are not ours):
// fixtures are written by us, and the datasets keep figures with short excerpts, never passages.
// Same rule as the before-stop hook: any run of 24 CJK characters (and CJK punctuation) that
// opens a run in a real document must not appear in a project file, text or binary — unless three or
// more documents share it: then it is the national form's own wording (row labels, the 勾稽关系 note) or
// site boilerplate, which fixtures may use as printed. A run inside a document's own file name is
// allowed too: the dataset records where each figure came from (reports.file, manifest.json), and a
// page saved under its title carries the title in its name.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
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

/** The run openings of the real documents that fewer than three documents share (a report's own
 * passage), less those inside a document's file name (`names`). */
export function forbiddenRuns(docs: string[], names: readonly string[] = []): string[] {
  const perDoc = docs.map((text) => {
    const windows = new Set<string>();
    for (const m of text.matchAll(RUN)) for (let i = 0; i + 24 <= m[0].length; i++) windows.add(m[0].slice(i, i + 24));
    return windows;
  });
  const count = new Map<string, number>();
  for (const windows of perDoc) for (const w of windows) count.set(w, (count.get(w) ?? 0) + 1);
  const out = new Set<string>();
  for (const text of docs) {
    for (const m of text.matchAll(RUN)) {
      const opening = m[0].slice(0, 24);
      if ((count.get(opening) ?? 0) < 3 && !names.some((n) => n.includes(opening))) out.add(opening);
    }
  }
  return [...out];
}

function sharedRuns(): Buffer[] {
  const docs = walk(SHARED, (p) => /[/\\](seeds|corpus)[/\\]/.test(p) && /\.(txt|md|html?)$/.test(p));
  return forbiddenRuns(docs.map((f) => readFileSync(f, 'utf8')), docs.map((f) => basename(f))).map((s) => Buffer.from(s, 'utf8'));
}

describe('the copied-text rule', () => {
  it('forbids a passage of one or two documents and allows wording that three documents share', () => {
    const form = '本列数据的勾稽关系为第一项加第二项之和等于第三项加第四项之和';
    const own = '我们这个虚构的单位今年在一个很偏僻的地方开了三场很长的会议并且写了总结';
    const docs = [`${form}。${own}`, `${form}。`, `${form}。`];
    const forbidden = forbiddenRuns(docs);
    expect(forbidden).toContain(own.slice(0, 24));
    expect(forbidden).not.toContain(form.slice(0, 24));
    expect(forbiddenRuns(docs.slice(0, 2))).toContain(form.slice(0, 24));
  });
  it("allows a run inside a document's own file name (its title, kept as provenance), nothing else of it", () => {
    const title = '某个虚构的单位关于做好一件很长很长的事情落实情况的自查报告';
    const body = '这个虚构单位今年的正文写了很多很多独一无二的句子并且没有人会抄它的';
    const forbidden = forbiddenRuns([`${title}\n${body}`], [`201801_1_${title}.txt`]);
    expect(forbidden).not.toContain(title.slice(0, 24));
    expect(forbidden).toContain(body.slice(0, 24));
  });
});

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
