// Writes a synthetic dataset with the real schema (src/data/schema.ts): every report has origin
// 'synthetic' and the manifest says so. Used by the app benchmark (100,000 reports) and, for local
// testing only, before the real ingest exists. It never writes into data/ unless asked explicitly.
//
//   npx tsx scripts/gen-synthetic.ts --reports 100000 --out /tmp/nianbao-synthetic [--partitioned]
import { mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';
import { createTableSql, DATA_FILES, TABLES } from '../src/data/schema';
import { METRICS } from '../src/domain/metrics';
import { PROVINCE_CODES } from '../src/domain/regions';
import { writePartitions } from './cli/writePartitions';

export interface SyntheticOptions {
  out: string;
  reports: number;
  /** First report year; years run over `years` consecutive years. */
  firstYear?: number;
  years?: number;
  /** also write the partitioned layout (one file per province + national answers, src/data/partitions.ts) */
  partitioned?: boolean;
}

// Short agency names of the seed reports, so a synthetic dataset exercises the same lookups as the
// bundled one (names only; all figures are invented).
const SEED_AGENCIES: [string, string, string, string, string][] = [
  ['集里街道', '集里街道办事处', 'street', '湖南省', '浏阳市'],
  ['山城区', '山城区人民政府', 'district', '河南省', '鹤壁市'],
  ['东宁街道', '东宁街道办事处', 'street', '吉林省', '磐石市'],
  ['平潭综合实验区', '平潭综合实验区管理委员会', 'county', '福建省', '福州市'],
  ['诸往镇', '诸往镇人民政府', 'township', '山东省', '乳山市'],
];
// Every province, so a partitioned (national) dataset has a realistic number of province files.
const PROVINCES = Object.values(PROVINCE_CODES);
const LEVELS = ['street', 'township', 'district', 'county', 'city', 'department', 'province'];
const LEVEL_SUFFIX: Record<string, string> = {
  street: '街道', township: '镇', district: '区', county: '县', city: '市', department: '局', province: '省',
};

/** A list literal of our own constants (never user input). */
function lit(values: readonly string[]): string {
  return `[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]`;
}

/** Metric keys per era, with an invented typical size. */
function metricPlan(): { era: string; key: string; base: number }[] {
  const plan: { era: string; key: string; base: number }[] = [];
  for (const m of METRICS) {
    const base = m.unit === 'yuan' ? 20000 : m.group === 'proactive' ? 300 : m.group === 'capacity' ? 8 : 25;
    for (const era of m.eras) plan.push({ era, key: m.key, base });
    // Prose-only figures after 2019 (staff, training...) appear in later eras too.
    if (m.prose && !(m.eras as readonly string[]).includes('2019')) {
      plan.push({ era: '2019', key: m.key, base });
      plan.push({ era: '2021', key: m.key, base });
    }
  }
  return plan;
}

export async function generateSynthetic(opts: SyntheticOptions): Promise<{ dir: string; counts: Record<string, number> }> {
  const dir = resolve(opts.out);
  const firstYear = opts.firstYear ?? 2016;
  const years = opts.years ?? 8;
  const nReports = Math.max(1, Math.floor(opts.reports));
  const nAgencies = Math.max(SEED_AGENCIES.length, Math.ceil(nReports / years));
  mkdirSync(dir, { recursive: true });
  const dbPath = join(dir, DATA_FILES.database);
  for (const f of [dbPath, `${dbPath}.wal`]) if (existsSync(f)) rmSync(f);

  const instance = await DuckDBInstance.create(dbPath);
  const con = await instance.connect();
  let closed = false;
  try {
    for (const t of TABLES) await con.run(createTableSql(t));
    await con.run(`CREATE TEMP TABLE agencies (aid INTEGER, agency_short VARCHAR, agency VARCHAR, level VARCHAR, province VARCHAR, parent VARCHAR, scope VARCHAR)`);
    await con.run(`CREATE TEMP TABLE plan (era VARCHAR, key VARCHAR, base DOUBLE)`);
    for (const [i, s] of SEED_AGENCIES.entries()) {
      await con.run(`INSERT INTO agencies VALUES ($1, $2, $3, $4, $5, $6, 'self')`, [i, s[0], s[1], s[2], s[3], s[4]]);
    }
    const suffixes = lit(LEVELS.map((l) => LEVEL_SUFFIX[l]));
    await con.run(`INSERT INTO agencies
      SELECT i, '合成' || list_extract(${suffixes}, (i % 7) + 1) || lpad(i::VARCHAR, 6, '0') AS agency_short,
             '合成' || list_extract(${suffixes}, (i % 7) + 1) || lpad(i::VARCHAR, 6, '0') || '（合成）',
             list_extract(${lit(LEVELS)}, (i % 7) + 1),
             list_extract(${lit(PROVINCES)}, (i % ${PROVINCES.length}) + 1),
             '合成市' || (i % 97)::VARCHAR,
             CASE WHEN i % 50 = 0 THEN 'region' ELSE 'self' END
      FROM range($1, $2) t(i)`, [SEED_AGENCIES.length, nAgencies]);
    for (const p of metricPlan()) await con.run(`INSERT INTO plan VALUES ($1, $2, $3)`, [p.era, p.key, p.base]);

    await con.run(`INSERT INTO reports
      SELECT substr(md5('synthetic-' || a.aid || '-' || y), 1, 16), 'synthetic/' || a.aid || '-' || y || '.txt', 'synthetic',
             'annual_report', NULL, NULL, a.agency, a.agency_short, a.level, a.scope, a.parent, a.province, NULL, y,
             (make_date(y + 1, 1, 10) + ((a.aid + y) % 60)::INTEGER), 'synthetic',
             CASE WHEN y >= 2021 THEN '2021' WHEN y >= 2019 THEN '2019' ELSE '2008' END,
             make_date(y + 1, 1, 31),
             CASE WHEN (a.aid + y) % 60 > 21 THEN 'late' ELSE 'on_time' END,
             (a.aid + y) % 60 - 21, 'utf-8', 4000 + (a.aid * 7 + y) % 9000, 0, 0, 0, 0, 'synthetic', a.agency_short
      FROM agencies a CROSS JOIN range(${firstYear}, ${firstYear + years}) r(y)
      ORDER BY a.aid, y LIMIT ${nReports}`);
    // Reports sorted by id, like metrics: a lookup by report_id then skips most row groups.
    // About half of the planned figures (ordered by report, as the ingest writes them) are absent (no row), 3% blank; the rest are invented numbers.
    await con.run(`INSERT INTO metrics
      SELECT r.report_id, p.key,
             CASE WHEN h % 100 < 3 THEN NULL ELSE round(p.base * ((h % 200) / 100.0)) END,
             CASE WHEN h % 100 < 3 THEN 'blank' ELSE 'number' END,
             false, 'table', 10 + (h % 90)::INTEGER, 'synthetic'
      FROM reports r JOIN plan p ON p.era = r.era,
           LATERAL (SELECT hash(r.report_id || p.key) AS h) x
      WHERE h % 100 >= 55 OR h % 100 < 3
      ORDER BY r.report_id, p.key`);
    await con.run(`INSERT INTO requests
      SELECT m.report_id, CASE m.key WHEN 'requests_received' THEN 'new' ELSE 'granted' END, m.key, 'total', m.value, m.state, m.line
      FROM metrics m JOIN reports r USING (report_id)
      WHERE r.era <> '2008' AND m.key IN ('requests_received', 'outcome_granted')`);
    await con.run(`INSERT INTO findings
      SELECT report_id, list_extract(['EV-06 TABLE-IDENTITIES', 'EV-07 NARRATIVE-VS-TABLE', 'EV-04 SECTIONS', 'EV-10 NOT-COPIED'], (hash(report_id) % 4 + 1)::INTEGER),
             CASE WHEN hash(report_id) % 3 = 0 THEN 'error' ELSE 'warning' END, '合成的问题', 'synthetic finding', ''
      FROM reports WHERE hash(report_id) % 5 = 0`);
    await con.run(`UPDATE reports SET
      n_metrics = (SELECT count(*) FROM metrics m WHERE m.report_id = reports.report_id),
      n_errors = (SELECT count(*) FROM findings f WHERE f.report_id = reports.report_id AND f.severity = 'error'),
      n_warnings = (SELECT count(*) FROM findings f WHERE f.report_id = reports.report_id AND f.severity = 'warning')`);
    const counts: Record<string, number> = {};
    for (const t of TABLES) {
      const reader = await con.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${t.name}`);
      counts[t.name] = Number(reader.getRowObjectsJS()[0].n);
      await con.run(`COPY ${t.name} TO '${join(dir, DATA_FILES.parquet(t.name)).replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd)`);
    }
    await con.run('CHECKPOINT');
    con.closeSync();
    instance.closeSync();
    closed = true;
    const partitions = opts.partitioned ? await writePartitions(dir, { extractorVersion: 'synthetic' }) : undefined;
    writeFileSync(join(dir, DATA_FILES.manifest), JSON.stringify({
      origin: 'synthetic',
      note: 'SYNTHETIC DATA: invented agencies and figures for benchmarks and tests, not real reports.',
      generated_at: new Date().toISOString(),
      counts,
      files: [DATA_FILES.database, ...TABLES.map((t) => DATA_FILES.parquet(t.name))],
      ...(partitions ? { layout: 'partitioned', partitions } : {}),
    }, null, 2));
    return { dir, counts };
  } finally {
    if (!closed) { con.closeSync(); instance.closeSync(); }
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  const reports = Number(arg('reports') ?? 1000);
  const out = arg('out') ?? join(tmpdir(), `nianbao-synthetic-${reports}`);
  if (resolve(out) === resolve('data') && !process.argv.includes('--into-data')) {
    console.error('Refusing to write synthetic data into data/ (pass --into-data for a temporary local test, and delete it afterwards).');
    process.exit(2);
  }
  const t0 = performance.now();
  generateSynthetic({ out, reports, partitioned: process.argv.includes('--partitioned') }).then(({ dir, counts }) => {
    console.log(`synthetic dataset (${reports} reports) → ${dir} in ${Math.round(performance.now() - t0)} ms`, counts);
  }, (e) => { console.error(e); process.exit(1); });
}
