// The data build in worker threads (issue #12): the number of workers must not change a byte of the
// Parquet files, and the streaming build (rows appended as they come, cross-report checks one lineage
// at a time from spilled compact extractions) must give what the whole-corpus-in-memory build gave.
// A document that makes its worker throw, exit or hang costs only that document.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyRows, extractionToRows } from '../../src/data/rows';
import { TABLES } from '../../src/data/schema';
import { crossReportChecks, sameReportTwice, type Extraction } from '../../src/extract';
import { extractBytes } from '../../scripts/cli/extractBytes';
import { TEXT_EXTENSIONS, walkDocuments } from '../../scripts/cli/walk';
import { writeDataset } from '../../scripts/cli/writeDataset';
import { runIngest, type IngestResult } from '../../scripts/ingest';
import { chineseYear, inventReport2008Table, inventReport2019, inventReport2021 } from '../../scripts/invented/reports';

let root: string;
let inDir: string;
const results: Record<string, IngestResult> = {};
const logs: Record<string, string> = {};

/** Invented reports that exercise every path of the build: a chain of one agency over four years
 * (carry-over chain, swings), two different reports of one agency and year (SAME-YEAR-TWICE), a
 * next year's report copied from the last (EV-10), the same report posted twice with different page
 * furniture (dropped as a duplicate), a byte-for-byte copy, a document that is not a report, and
 * other agencies in the other formats. */
function writeCorpus(dir: string): void {
  mkdirSync(join(dir, 'b'), { recursive: true });
  const put = (name: string, text: string) => writeFileSync(join(dir, name), text);
  // 临溪街道: 2021 (seeds 7 and 19: two different reports), 2022 (35), 2023 (39), 2024 (53)
  for (const s of [7, 19, 35, 39, 53]) put(`linxi-${s}.txt`, inventReport2021(s).text);
  const r2023 = inventReport2021(39);
  expect(r2023.year).toBe(2023);
  put('b/linxi-2024-copied.txt', r2023.text.split('2023').join('2024').split(chineseYear(2023)).join(chineseYear(2024)));
  put('b/linxi-35-repost.txt', `${inventReport2021(35).text}\n网站地图 | 联系我们 | 无障碍浏览\n本页访问量：1024\n`);
  put('b/linxi-7-copy.txt', inventReport2021(7).text);
  for (const s of [6, 11, 26]) put(`shimen-${s}.txt`, inventReport2021(s, 'pipes').text);
  for (const s of [3, 4]) put(`b/y2019-${s}.md`, inventReport2019(s, 'spaces').text);
  for (const s of [5, 8]) put(`y2008-${s}.txt`, inventReport2008Table(s).text);
  put('notice.txt', '关于做好春节期间值班工作的通知\n各科室：请按排班表值班。\n');
}

/** The build as it was before workers: every Extraction in memory, the checks over the whole corpus. */
async function inMemoryBuild(dir: string, out: string): Promise<void> {
  const docs: { x: Extraction; reportId: string; bytes: number }[] = [];
  const seen = new Set<string>();
  for (const f of walkDocuments(dir, TEXT_EXTENSIONS).files) {
    const bytes = new Uint8Array(readFileSync(f.path));
    const reportId = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    if (seen.has(reportId)) continue;
    seen.add(reportId);
    docs.push({ x: await extractBytes(f.rel, bytes, undefined), reportId, bytes: bytes.length });
  }
  const dropped = new Set(sameReportTwice(docs.map((d) => d.x)).duplicates.map((d) => d.dropped));
  const kept = docs.filter((_, i) => !dropped.has(i));
  const extra = crossReportChecks(kept.map((d) => d.x));
  const rows = emptyRows();
  kept.forEach((d, i) => {
    const r = extractionToRows(d.x, { reportId: d.reportId, origin: 'bundled', bytes: d.bytes }, extra.get(i) ?? []);
    for (const t of TABLES) (rows[t.name as keyof typeof rows] as unknown[]).push(...r[t.name as keyof typeof r]);
  });
  await writeDataset(rows, out);
}

const parquet = (out: string, table: string) => readFileSync(join(out, `${table}.parquet`));
const differing = (a: string, b: string) => TABLES.map((t) => t.name).filter((t) => !parquet(a, t).equals(parquet(b, t)));

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'nianbao-ingest-parallel-'));
  inDir = join(root, 'in');
  writeCorpus(inDir);
  const build = async (name: string, dir: string, jobs: number, extra: Parameters<typeof runIngest>[1] = {}) => {
    logs[name] = '';
    results[name] = await runIngest([dir], {
      outDir: join(root, name), divisions: null, jobs, slices: false, builtAt: '2000-01-01T00:00:00.000Z',
      log: (s) => { logs[name] += s; }, ...extra,
    });
  };
  // the faulty folder: the same documents plus three that break their worker
  const faulty = join(root, 'in-faulty');
  cpSync(inDir, faulty, { recursive: true });
  writeFileSync(join(faulty, 'b/throw-me.txt'), inventReport2021(12).text);
  writeFileSync(join(faulty, 'exit-now.txt'), inventReport2021(14).text);
  writeFileSync(join(faulty, 'hang-here.txt'), inventReport2021(15).text);
  await Promise.all([
    build('jobs1', inDir, 1),
    build('jobs2', inDir, 2),
    build('faulty', faulty, 2, { worker: new URL('./helpers/faultyIngestWorker.ts', import.meta.url), timeoutMs: 4_000 }),
    inMemoryBuild(inDir, join(root, 'reference')),
  ]);
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('ingest in worker threads', () => {
  it('the corpus exercises every path: cross-report findings, a same-report duplicate dropped, a byte copy', async () => {
    const manifest = JSON.parse(readFileSync(join(root, 'jobs2', 'manifest.json'), 'utf8'));
    const status = (file: string) => manifest.inputs.find((i: { file: string }) => i.file === file);
    expect(status('linxi-7.txt').reason_en).toMatch(/^same bytes as .*b\/linxi-7-copy.txt$/);
    const reposts = manifest.inputs.filter((i: { reason_en: string | null }) => i.reason_en?.startsWith('the same report of the same agency'));
    // the same figures: the earlier path (b/ sorts first) is kept
    expect(reposts.map((i: { file: string }) => i.file)).toEqual(['linxi-35.txt']);
    expect(logs.jobs2).toMatch(/\nlinxi-35\.txt: duplicate of .*b\/linxi-35-repost\.txt/);
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    const codes = (await con.runAndReadAll(`SELECT DISTINCT code FROM read_parquet('${join(root, 'jobs2', 'findings.parquet')}')`))
      .getRows().map((r) => String(r[0]));
    con.closeSync();
    db.closeSync();
    expect(codes).toEqual(expect.arrayContaining(['T3-CARRY-CHAIN', 'EV-10', 'SAME-YEAR-TWICE']));
    expect(results.jobs2.stats.largestGroup).toBeGreaterThanOrEqual(6);
    expect(results.jobs2.counts.reports).toBe(results.jobs2.inputs.filter((i) => i.status === 'extracted').length);
  });

  it('writes the same Parquet bytes with one worker and with two', () => {
    expect(results.jobs1.stats.workersStarted).toBe(1);
    expect(results.jobs2.stats.workersStarted).toBe(2);
    expect(differing(join(root, 'jobs1'), join(root, 'jobs2'))).toEqual([]);
    const manifest = (name: string) => readFileSync(join(root, name, 'manifest.json'), 'utf8');
    expect(manifest('jobs2')).toBe(manifest('jobs1'));
  });

  it('writes what the whole-corpus-in-memory build writes (checks by lineage from spilled extractions)', () => {
    expect(differing(join(root, 'jobs2'), join(root, 'reference'))).toEqual([]);
  });

  it('a document that makes the worker throw, exit or hang costs only that document, named in the log', () => {
    const r = results.faulty;
    const entry = (file: string) => r.inputs.find((i) => i.file === file)!;
    expect(entry('b/throw-me.txt')).toMatchObject({ status: 'unreadable', report_id: null });
    expect(entry('b/throw-me.txt').reason_en).toContain('boom: the extractor threw');
    expect(entry('exit-now.txt').reason_en).toMatch(/crashed.*exited with code 7/);
    expect(entry('hang-here.txt').reason_en).toMatch(/took over 4 s and was stopped/);
    for (const f of ['b/throw-me.txt', 'exit-now.txt', 'hang-here.txt']) expect(logs.faulty).toContain(`${f}: `);
    // the worker that exited was replaced (the hung one too, if documents were still waiting)
    expect(r.stats.workersStarted).toBeGreaterThanOrEqual(3);
    // every other document is in, exactly as without the bad ones
    expect(r.inputs.filter((i) => i.status === 'extracted').length).toBe(results.jobs1.inputs.filter((i) => i.status === 'extracted').length);
    expect(differing(join(root, 'faulty'), join(root, 'jobs1'))).toEqual([]);
  });
});
