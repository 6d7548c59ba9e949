// The data build: invented reports in a folder → Parquet + DuckDB file + manifest, read back with
// DuckDB. Checks counts, ids, the blank / na / absent distinction, and byte-stable re-runs.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractionToRows, emptyRows, MAX_EXCERPT_CHARS } from '../../src/data/rows';
import { TABLES } from '../../src/data/schema';
import { EXTRACTOR_VERSION } from '../../src/extract/extractReport';
import type { Extraction, Figure } from '../../src/extract/types';
import { runIngest } from '../../scripts/ingest';
import { writeDataset } from '../../scripts/cli/writeDataset';
import { minimalPdf } from '../support/minimalPdf';
import { inventReport2008Table, inventReport2019, inventReport2021, type InventedReport } from '../../scripts/invented/reports';

let root: string;
let inDir: string;
const invented: Record<string, InventedReport> = {};

async function query(sql: string): Promise<Record<string, unknown>[]> {
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  try {
    return (await con.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
  } finally {
    con.closeSync();
    inst.closeSync();
  }
}

const parquet = (out: string, t: string) => `read_parquet('${join(out, `${t}.parquet`)}')`;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'nianbao-ingest-'));
  inDir = join(root, 'in');
  mkdirSync(join(inDir, 'sub'), { recursive: true });
  invented['a.txt'] = inventReport2019(11, 'lines');
  invented['sub/b.md'] = inventReport2021(12, 'pipes');
  invented['c.txt'] = inventReport2008Table(13);
  for (const [name, r] of Object.entries(invented)) writeFileSync(join(inDir, name), r.text);
  writeFileSync(join(inDir, 'notes.docx.bak'), 'ignored: not a document extension');
  writeFileSync(join(inDir, 'empty.txt'), '');
  writeFileSync(join(inDir, 'sub/copy-of-a.txt'), invented['a.txt'].text); // same bytes as a.txt
  writeFileSync(join(inDir, 'memo.pdf'), minimalPdf(['An English memo with a text layer, not a report']));
  const quiet = () => undefined;
  await runIngest([inDir], { outDir: join(root, 'out1'), divisions: null, log: quiet, builtAt: '2000-01-01T00:00:00.000Z' });
  await runIngest([inDir], { outDir: join(root, 'out2'), divisions: null, log: quiet, builtAt: '2000-01-02T00:00:00.000Z' });
}, 120_000); // two builds, each also cutting the embeds' slices (a few hundred small queries)

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('ingest', () => {
  it('writes one reports row per distinct document (PDFs through pdf.js) with report_id = sha256 prefix of the bytes', async () => {
    const out = join(root, 'out1');
    const reports = await query(`SELECT report_id, file, origin, kind, encoding FROM ${parquet(out, 'reports')} ORDER BY file`);
    expect(reports.map((r) => r.file)).toEqual(['a.txt', 'c.txt', 'empty.txt', 'memo.pdf', 'sub/b.md']);
    expect(reports.find((r) => r.file === 'memo.pdf')).toMatchObject({ kind: 'not_a_report', encoding: 'pdf' });
    for (const r of reports) {
      const bytes = readFileSync(join(inDir, r.file as string));
      expect(r.report_id).toBe(createHash('sha256').update(bytes).digest('hex').slice(0, 16));
      expect(r.origin).toBe('bundled');
    }
    expect(reports.find((r) => r.file === 'empty.txt')?.kind).toBe('not_a_report');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.inputs.map((i: { file: string }) => i.file)).toEqual(['a.txt', 'c.txt', 'empty.txt', 'memo.pdf', 'sub/b.md', 'sub/copy-of-a.txt']);
    expect(manifest.inputs.find((i: { file: string }) => i.file === 'sub/copy-of-a.txt').status).toBe('duplicate');
    expect(manifest.metrics.length).toBeGreaterThan(50);
  });

  it('has the same counts in the manifest, the Parquet files and the DuckDB file', async () => {
    const out = join(root, 'out1');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    for (const t of TABLES) {
      const [p] = await query(`SELECT count(*)::INTEGER AS n FROM ${parquet(out, t.name)}`);
      const [d] = await query(`ATTACH '${join(out, 'nianbao.duckdb')}' AS db (READ_ONLY); SELECT count(*)::INTEGER AS n FROM db.${t.name}`);
      expect(p.n, t.name).toBe(manifest.counts[t.name]);
      expect(d.n, t.name).toBe(manifest.counts[t.name]);
    }
    expect(manifest.counts.reports).toBe(5);
  });

  it('keeps the columns and types of src/data/schema.ts', async () => {
    const out = join(root, 'out1');
    for (const t of TABLES) {
      const cols = await query(`DESCRIBE SELECT * FROM ${parquet(out, t.name)}`);
      expect(cols.map((c) => `${c.column_name} ${c.column_type}`), t.name).toEqual(t.columns.map((c) => `${c.name} ${c.type}`));
    }
  });

  it('reproduces the Parquet files byte for byte and the database contents on a re-run', async () => {
    for (const t of TABLES) {
      const a = readFileSync(join(root, 'out1', `${t.name}.parquet`));
      const b = readFileSync(join(root, 'out2', `${t.name}.parquet`));
      expect(a.equals(b), t.name).toBe(true);
    }
    for (const t of TABLES) {
      const sql = (o: string) => `ATTACH '${join(root, o, 'nianbao.duckdb')}' AS db (READ_ONLY); SELECT * FROM db.${t.name} ORDER BY ALL`;
      expect(JSON.stringify(await query(sql('out2')))).toBe(JSON.stringify(await query(sql('out1'))));
    }
    const strip = (o: string) => {
      const m = JSON.parse(readFileSync(join(root, o, 'manifest.json'), 'utf8'));
      delete m.built_at;
      return m;
    };
    expect(strip('out2')).toEqual(strip('out1'));
    // the embeds' slices: listed in the manifest, written, the same bytes
    const slices: string[] = strip('out1').slices;
    expect(slices).toContain('slices/index.json');
    for (const f of slices) expect(readFileSync(join(root, 'out2', f)).equals(readFileSync(join(root, 'out1', f))), f).toBe(true);
  });

  it('writes only figures the invented reports contain, with their values (whatever the parsers extract so far)', async () => {
    const out = join(root, 'out1');
    const rows = await query(`SELECT r.file, m.key, m.value, m.state, m.line, m.excerpt FROM ${parquet(out, 'metrics')} m JOIN ${parquet(out, 'reports')} r USING (report_id)`);
    for (const m of rows) {
      const truth = invented[m.file as string]?.truth;
      expect(truth, `${m.file}`).toBeDefined();
      expect(Array.from(m.excerpt as string).length).toBeLessThanOrEqual(MAX_EXCERPT_CHARS);
      expect(m.line as number).toBeGreaterThan(0);
      if (!(String(m.key) in truth!)) continue; // a figure beyond what the fixture's truth lists
      const expected = truth![m.key as string];
      if (expected === null) {
        expect(m.value, `${m.file} ${m.key}`).toBeNull();
        expect(['blank', 'na'], `${m.file} ${m.key}`).toContain(m.state);
      } else if (m.state === 'number') expect(m.value, `${m.file} ${m.key}`).toBeCloseTo(expected, 6);
    }
  });
});

describe('ingest runs the cross-report checks', () => {
  it('records a report copied from the previous year as a finding on the later one', async () => {
    const dir = join(root, 'copied');
    mkdirSync(dir, { recursive: true });
    const r = inventReport2019(21, 'lines', '2019');
    const prevYear = r.year - 1;
    // the same agency's report for the year before: the text with only the years changed
    const earlier = r.text.replaceAll(`${r.year + 1}年`, `${prevYear + 1}年`).replaceAll(`${r.year}`, `${prevYear}`);
    writeFileSync(join(dir, 'later.txt'), r.text);
    writeFileSync(join(dir, 'earlier.txt'), earlier);
    const out = join(root, 'copied-out');
    await runIngest([dir], { outDir: out, divisions: null, pdf: false, log: () => undefined });
    const rows = await query(`SELECT r.file, f.code, f.message FROM ${parquet(out, 'findings')} f JOIN ${parquet(out, 'reports')} r USING (report_id) WHERE f.message LIKE '%雷同%'`);
    expect(rows.map((x) => x.file)).toEqual(['later.txt']);
  });
});

describe('ingest keeps one copy of the same report posted twice', () => {
  it('drops a near-identical copy of one agency and year (different bytes), keeps the more complete one and says why', async () => {
    const dir = join(root, 'twice');
    mkdirSync(join(dir, 'col-a'), { recursive: true });
    mkdirSync(join(dir, 'col-b'), { recursive: true });
    mkdirSync(join(dir, 'col-c'), { recursive: true });
    const r = inventReport2019(31, 'lines');
    // col-a: the report as posted under a second portal column, one footer line added (same figures)
    writeFileSync(join(dir, 'col-a', 'report.txt'), `${r.text}\n本文转载自本单位政务公开栏目。`);
    // col-b: the report itself
    writeFileSync(join(dir, 'col-b', 'report.txt'), r.text);
    // col-c: a copy whose last table line was lost: fewer figures, so never the one kept
    const lines = r.text.split('\n');
    const lastNumbers = lines.map((l, i) => (/\d/.test(l) ? i : -1)).filter((i) => i >= 0).pop()!;
    writeFileSync(join(dir, 'col-c', 'report.txt'), lines.filter((_, i) => i !== lastNumbers).join('\n'));
    const out = join(root, 'twice-out');
    await runIngest([dir], { outDir: out, divisions: null, pdf: false, log: () => undefined });
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const status = Object.fromEntries(manifest.inputs.map((i: { file: string; status: string }) => [i.file, i.status]));
    // col-a and col-b have as many figures: the earlier path is kept
    expect(status).toEqual({ 'col-a/report.txt': 'extracted', 'col-b/report.txt': 'duplicate', 'col-c/report.txt': 'duplicate' });
    const b = manifest.inputs.find((i: { file: string }) => i.file === 'col-b/report.txt');
    expect(b.reason).toContain('col-a/report.txt');
    expect(b.reason_en).toMatch(/^the same report of the same agency and year as .*col-a\/report\.txt \(\d+(\.\d)?% of the shorter text is in the other, same figures\)/);
    const reports = await query(`SELECT file, agency_short, lineage FROM ${parquet(out, 'reports')}`);
    expect(reports.map((x) => x.file)).toEqual(['col-a/report.txt']);
    expect(reports[0].lineage).toBe(reports[0].agency_short);
    const [m] = await query(`SELECT count(DISTINCT report_id)::INTEGER AS n FROM ${parquet(out, 'metrics')}`);
    expect(m.n).toBe(1);
  });

  it('keeps two different documents of one agency and year, each flagged SAME-YEAR-TWICE', async () => {
    const dir = join(root, 'reissue');
    mkdirSync(dir, { recursive: true });
    const r = inventReport2019(41, 'lines');
    // a different document by the same agency for the same year (e.g. a re-issue written anew)
    const other = [
      `${r.agency.name}${r.year}年政府信息公开工作年度报告（更正版）`,
      `发布时间：${r.published}`,
      `${r.year}年，${r.agency.short}重新核对全年数据，现将更正后的情况报告如下。`,
      '一、主动公开情况。本年度通过门户网站主动公开各类信息若干条，较上年有所增加。',
      '二、依申请公开情况。本年度收到的申请均已按期答复，无逾期情况。',
      '三、行政复议和行政诉讼情况。本年度未发生因政府信息公开引起的复议和诉讼。',
      '四、收费情况。本年度未收取信息处理费。',
      '五、存在的主要问题及改进情况。公开的深度还需加强，下一步将完善制度。',
    ].join('\n');
    writeFileSync(join(dir, 'first.txt'), r.text);
    writeFileSync(join(dir, 'second.txt'), other);
    // a corrected re-issue: the same text with one figure changed is a different document too
    writeFileSync(join(dir, 'third.txt'), r.text.replace(/全年主动公开政府信息(\d+)余条/, (_, n) => `全年主动公开政府信息${Number(n) + 7}余条`));
    const out = join(root, 'reissue-out');
    await runIngest([dir], { outDir: out, divisions: null, pdf: false, log: () => undefined });
    const reports = await query(`SELECT file, agency_short, report_year FROM ${parquet(out, 'reports')} ORDER BY file`);
    expect(reports.map((x) => [x.file, x.agency_short, x.report_year])).toEqual([
      ['first.txt', r.agency.short, r.year],
      ['second.txt', r.agency.short, r.year],
      ['third.txt', r.agency.short, r.year],
    ]);
    const flagged = await query(`SELECT r.file, f.message_en, f.metrics FROM ${parquet(out, 'findings')} f JOIN ${parquet(out, 'reports')} r USING (report_id) WHERE f.code = 'SAME-YEAR-TWICE' ORDER BY r.file, f.message_en`);
    // each report is flagged once for each of the other two
    expect(flagged.map((x) => x.file)).toEqual(['first.txt', 'first.txt', 'second.txt', 'second.txt', 'third.txt', 'third.txt']);
    const firstVsThird = flagged.find((x) => x.file === 'first.txt' && String(x.message_en).includes('third.txt'))!;
    expect(firstVsThird.message_en).toMatch(/1 figure\(s\) differ/);
    expect(firstVsThird.metrics).toContain('proactive_total');
  });
});

describe('dataset writer', () => {
  it('keeps blank and na as null values with their state, and an absent figure has no row', async () => {
    const src = { kind: 'table' as const, line: 3, excerpt: '规章 / / /' };
    const figures: Figure[] = [
      { key: 'rules_new', state: 'na', value: null, approx: false, source: src },
      { key: 'normative_repealed', state: 'blank', value: null, approx: false, source: { ...src, line: 4 } },
      { key: 'normative_new', state: 'number', value: 0, approx: false, source: { ...src, line: 4 } },
      { key: 'proactive_total', state: 'number', value: 230, approx: true, source: { kind: 'text', line: 2, excerpt: '主动公开政府信息230余条'.repeat(5) } },
    ];
    const x = {
      file: 'x.txt', kind: 'annual_report', reason: null, reason_en: null, agency: '临溪街道办事处', agency_short: '临溪街道', level: 'street',
      scope: 'self', parent: null, province: null, division_code: null, report_year: 2021, published_on: '2022-01-20',
      era: '2021', metrics: figures.map((f) => ({ key: f.key, value: f.value, state: f.state, approx: f.approx, source: f.source })),
      findings: [], grid: [], publishedSource: null, encoding: 'utf-8', doc: { text: '', lines: [''] },
    } as Extraction;
    const rows = emptyRows();
    const r = extractionToRows(x, { reportId: 'abcdef0123456789', origin: 'bundled', bytes: 10 });
    rows.reports.push(...r.reports);
    rows.metrics.push(...r.metrics);
    const out = join(root, 'writer');
    await writeDataset(rows, out);
    const got = await query(`SELECT key, value, state, approx, excerpt FROM ${parquet(out, 'metrics')} ORDER BY key`);
    expect(got.map((g) => [g.key, g.value, g.state, g.approx])).toEqual([
      ['normative_new', 0, 'number', false],
      ['normative_repealed', null, 'blank', false],
      ['proactive_total', 230, 'number', true],
      ['rules_new', null, 'na', false],
    ]);
    expect(got.some((g) => g.key === 'rules_repealed')).toBe(false);
    expect(Array.from(got[2].excerpt as string)).toHaveLength(MAX_EXCERPT_CHARS);
    const [rep] = await query(`SELECT published_on::VARCHAR AS d, report_year FROM ${parquet(out, 'reports')}`);
    expect(rep).toEqual({ d: '2022-01-20', report_year: 2021 });
  });
});

const BUNDLED = join(__dirname, '../../data');

describe.skipIf(!existsSync(join(BUNDLED, 'manifest.json')))('the committed data/ folder', () => {
  it('is one build: manifest counts = Parquet = DuckDB, by the current extractor version', async () => {
    const manifest = JSON.parse(readFileSync(join(BUNDLED, 'manifest.json'), 'utf8'));
    expect(manifest.origin).toBe('bundled');
    expect(manifest.extractor_version).toBe(EXTRACTOR_VERSION);
    for (const t of TABLES) {
      const [p] = await query(`SELECT count(*)::INTEGER AS n FROM ${parquet(BUNDLED, t.name)}`);
      const [d] = await query(`ATTACH '${join(BUNDLED, 'nianbao.duckdb')}' AS db (READ_ONLY); SELECT count(*)::INTEGER AS n FROM db.${t.name}`);
      expect([p.n, d.n], t.name).toEqual([manifest.counts[t.name], manifest.counts[t.name]]);
    }
    const [ids] = await query(`SELECT count(DISTINCT report_id)::INTEGER AS n FROM ${parquet(BUNDLED, 'reports')}`);
    expect(ids.n).toBe(manifest.counts.reports);
  });
});
