// `npm run extract`: bad input becomes a one-line reason and the batch goes on; --json prints
// exactly the contract's array; bad arguments are the only non-zero exit.
import { execFile } from 'node:child_process';
import { mkdtempSync, mkdirSync, openSync, closeSync, ftruncateSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtractCli } from '../../scripts/extract';
import { inventReport2019 } from '../../scripts/invented/reports';
import { minimalPdf } from '../support/minimalPdf';

const REPO = resolve(__dirname, '../..');
const CONTRACT_FIELDS = ['file', 'kind', 'reason', 'reason_en', 'agency', 'agency_short', 'level', 'scope', 'parent', 'province',
  'division_code', 'report_year', 'published_on', 'era', 'metrics', 'findings'];

let dir: string;
const paths: Record<string, string> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
  paths.good = join(dir, 'good.txt');
  writeFileSync(paths.good, inventReport2019(7).text);
  paths.missing = join(dir, 'missing.txt');
  paths.directory = join(dir, 'a-folder');
  mkdirSync(paths.directory);
  paths.empty = join(dir, 'empty.txt');
  writeFileSync(paths.empty, '');
  paths.png = join(dir, 'scan.txt');
  writeFileSync(paths.png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  paths.pdf = join(dir, 'report.pdf');
  writeFileSync(paths.pdf, '%PDF-1.7\n%\xff\xff\n1 0 obj\n<<>>\nendobj\n');
  // 50 MB without writing 50 MB: a sparse file has the size the limit must refuse.
  paths.huge = join(dir, 'huge.txt');
  const fd = openSync(paths.huge, 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runExtractCli(argv, { stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; } }, { divisions: null });
  return { code, stdout, stderr };
}

describe('extract CLI, in process', () => {
  it('prints the JSON array only, one object per file in input order, and keeps going past bad files', async () => {
    const order = ['missing', 'directory', 'good', 'empty', 'png', 'pdf', 'huge'];
    const { code, stdout, stderr } = await run([...order.map((k) => paths[k]), '--json']);
    expect(code).toBe(0);
    const arr = JSON.parse(stdout) as Record<string, unknown>[];
    expect(arr.map((o) => o.file)).toEqual(order.map((k) => paths[k]));
    for (const o of arr) expect(Object.keys(o).sort()).toEqual([...CONTRACT_FIELDS].sort());
    const byKey = Object.fromEntries(order.map((k, i) => [k, arr[i]]));
    expect(byKey.good.kind).toBe('annual_report');
    for (const k of ['missing', 'directory', 'empty', 'png', 'pdf', 'huge']) {
      expect(byKey[k].kind, k).toBe('not_a_report');
      expect(byKey[k].reason as string, k).toMatch(/[\u4e00-\u9fff]/);
      expect(byKey[k].reason as string, k).not.toMatch(/\n/);
      expect(byKey[k].reason_en as string, k).toMatch(/^[^\n]+$/);
      expect(byKey[k].metrics, k).toEqual([]);
    }
    expect(byKey.missing.reason).toBe('文件不存在');
    expect(byKey.missing.reason_en).toMatch(/no such file/);
    expect(byKey.directory.reason).toMatch(/^是一个目录/);
    expect(byKey.directory.reason_en).toMatch(/is a directory/);
    expect(byKey.empty.reason).toMatch(/文件为空/);
    expect(byKey.empty.reason_en).toMatch(/empty/);
    expect(byKey.png.reason).toMatch(/PNG 图片/);
    expect(byKey.png.reason_en).toMatch(/PNG/);
    expect(byKey.pdf.reason).toMatch(/PDF/);
    expect(byKey.pdf.reason_en).toMatch(/PDF/);
    expect(byKey.huge.reason).toMatch(/50 MB，超过单份报告 20 MB 的上限/);
    expect(byKey.huge.reason_en).toMatch(/50 MB, over the 20 MB limit/);
    // stderr notes give both languages: `中文 (English)`
    expect(stderr).toContain(`${paths.directory}: ${byKey.directory.reason} (${byKey.directory.reason_en})`);
    // every bad file has exactly one line on stderr naming it
    for (const k of ['missing', 'directory', 'png', 'pdf', 'huge']) {
      expect(stderr.split('\n').filter((l) => l.startsWith(`${paths[k]}: `)), k).toHaveLength(1);
    }
  });

  it('refuses random bytes as not a report with a one-line reason', async () => {
    const p = join(dir, 'noise.txt');
    const bytes = new Uint8Array(4096);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) { x = (x * 1103515245 + 12345) >>> 0; bytes[i] = x >>> 24; }
    writeFileSync(p, bytes);
    const { code, stdout } = await run([p, '--json']);
    expect(code).toBe(0);
    const [o] = JSON.parse(stdout) as { kind: string; reason: string; metrics: unknown[] }[];
    expect(o.kind).toBe('not_a_report');
    expect(o.reason).not.toMatch(/\n/);
    expect(o.metrics).toEqual([]);
  });

  it('gives a readable summary without --json, one line per unreadable file', async () => {
    const { code, stdout } = await run([paths.good, paths.missing]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/figures: +\d+ +findings: \d+ error, \d+ warning, \d+ info/);
    expect(stdout).toMatch(/year: +\S+ +era: +\S+ +published: /);
    expect(stdout.split('\n').filter((l) => l.startsWith(`${paths.missing}: cannot read: 文件不存在`))).toHaveLength(1);
  });

  it('exits non-zero with a one-line reason for bad arguments', async () => {
    const none = await run([]);
    expect(none.code).not.toBe(0);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    expect(none.stdout).toBe('');
    const unknown = await run(['--jsn', paths.good]);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/unknown option --jsn/);
    expect(unknown.stdout).toBe('');
  });
});

describe('extract CLI on PDFs', () => {
  it('reads the text layer of a PDF and judges the text (not the file type)', async () => {
    const p = join(dir, 'memo.pdf');
    writeFileSync(p, minimalPdf(['Quarterly staff memo about the canteen menu', 'Nothing here is an annual report at all']));
    const { code, stdout } = await run([p, '--json']);
    expect(code).toBe(0);
    const [o] = JSON.parse(stdout) as { kind: string; reason: string; reason_en: string }[];
    expect(o.kind).toBe('not_a_report');
    expect(o.reason).not.toMatch(/PDF/);
    expect(o.reason_en).not.toMatch(/PDF/);
  });
});

describe('extract CLI, as a process', () => {
  const exec = promisify(execFile);
  const tsx = resolve(REPO, 'node_modules/.bin/tsx');

  it('keeps stdout pure JSON and exits 0 on a batch with bad files', async () => {
    const { stdout, stderr } = await exec(tsx, ['scripts/extract.ts', paths.good, paths.missing, '--json'], { cwd: REPO });
    const arr = JSON.parse(stdout) as { kind: string }[];
    expect(arr.map((o) => o.kind)).toEqual(['annual_report', 'not_a_report']);
    expect(stderr).toMatch(/no such file/);
  });

  it('exits with status 2 when given no files', async () => {
    const err = await exec(tsx, ['scripts/extract.ts', '--json'], { cwd: REPO }).catch((e: { code: number; stderr: string }) => e);
    expect((err as { code: number }).code).toBe(2);
    expect((err as { stderr: string }).stderr).toMatch(/no files given/);
  });
});
