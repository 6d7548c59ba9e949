// npm run bench:app — the built app in headless Chromium: navigation → first chart, dataset load
// time, and p50/p95 of every view's queries, on the bundled data (data/) and on a generated
// dataset of 100,000 synthetic reports (written to a temp dir and served from the bench build
// folder, never mixed into data/).
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { build, preview } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { DuckDBInstance } from '@duckdb/node-api';
import { generateSynthetic } from './gen-synthetic';
import type { BuiltQuery } from '../src/data/sql';
import { measureOf } from '../src/domain/measures';
import * as Q from '../src/data/queries';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'node_modules/.cache/nianbao-bench-app');
const SYN_REPORTS = Number(process.env.BENCH_REPORTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const LOADS = Number(process.env.BENCH_LOADS ?? 3);
/** Other dataset folders (written by `npm run ingest --out`) measured in the same run, side by side
 * with the bundled data: e.g. an earlier build of data/ (`git show REV:data/nianbao.duckdb`). */
const EXTRA = (process.env.BENCH_DATASETS ?? '').split(',').filter(Boolean);
const SYNTHETIC = process.env.BENCH_SYNTHETIC !== '0';

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
const med = (xs: number[]) => pct(xs, 50);

async function sample(dbFile: string) {
  const inst = await DuckDBInstance.create(dbFile, { access_mode: 'READ_ONLY' });
  const con = await inst.connect();
  const one = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJS()[0] ?? {};
  const year = Number((await one(`SELECT max(report_year) AS y FROM reports WHERE kind = 'annual_report'`)).y);
  const agencies = (await con.runAndReadAll(`SELECT agency_short FROM reports WHERE agency_short IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 3`))
    .getRowObjectsJS().map((r) => String(r.agency_short));
  const report = String((await one(`SELECT report_id FROM reports WHERE agency_short = '${agencies[0].replace(/'/g, "''")}' ORDER BY report_year DESC LIMIT 1`)).report_id);
  const years = (await con.runAndReadAll(`SELECT report_id FROM reports WHERE agency_short = '${agencies[0].replace(/'/g, "''")}'`))
    .getRowObjectsJS().map((r) => String(r.report_id));
  const metrics = Number((await one('SELECT count(*) AS n FROM metrics')).n);
  con.closeSync(); inst.closeSync();
  return { year, agencies, report, years, metrics };
}

function viewQueries(s: Awaited<ReturnType<typeof sample>>): Record<string, BuiltQuery[]> {
  const requests = measureOf('requests_received')!;
  const ratio = measureOf('ratio_share_granted')!;
  return {
    overview: [Q.coverageQuery({}, 60), Q.countsQuery('level', { year: s.year }), Q.countsQuery('province', { year: s.year }),
      Q.headlineQuery({ year: s.year }), Q.yearsQuery(), Q.regionsQuery()],
    compare: [Q.compareQuery({ measure: requests, year: s.year }), Q.compareQuery({ measure: ratio, year: s.year, levelGroup: 'township' })],
    trends: [Q.trendQuery({ measure: requests, agencies: [] }), Q.trendQuery({ measure: ratio, agencies: s.agencies }), Q.agencySearchQuery('街道')],
    compliance: [Q.findingsQuery({}), Q.findingCodesQuery(), Q.scorecardQuery({ includeRegion: true }), Q.problemRankingQuery({})],
    report: [Q.reportListQuery(''), Q.reportQuery(s.report), Q.reportFiguresQuery(s.report), Q.reportFindingsQuery(s.report),
      Q.agencyYearsQuery(s.agencies[0]), Q.reportsFiguresQuery(s.years)],
    data: [Q.tableRowsQuery({ table: 'reports' }), Q.tableRowsQuery({ table: 'metrics', offset: Math.floor(s.metrics / 2) }),
      Q.tableRowsQuery({ table: 'reports', sort: { column: 'agency', desc: true }, offset: 500 }), Q.tableCountQuery({ table: 'reports' }), Q.schemaQuery(),
      Q.tableRowsQuery({ table: 'metrics', sort: { column: 'value', desc: true }, filter: { column: 'key', text: 'staff' }, limit: 1000 })],
  };
}

async function benchDataset(browser: Browser, base: string, label: string, query: string, dbFile: string) {
  const loads: { firstChart: number; timings: Record<string, number> }[] = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const outside: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(base) && !/^(data|blob):/.test(r.url())) outside.push(r.url()); });
    await page.goto(`${base}${query}`);
    await page.locator('[data-chart-ready="1"]').first().waitFor({ timeout: 180_000 });
    const r = await page.evaluate(() => ({
      firstChart: (globalThis as { __nianbaoFirstChart?: number }).__nianbaoFirstChart ?? NaN,
      timings: (globalThis as unknown as { __nianbao: { status: { timings: Record<string, number> } } }).__nianbao.status.timings,
    }));
    if (outside.length) throw new Error(`requests left 127.0.0.1: ${outside.join(', ')}`);
    // A large dataset builds a key-sorted copy of its figures once the page is quiet: wait for it.
    await page.waitForFunction(() => {
      const st = (globalThis as unknown as { __nianbao: { status: { timings: Record<string, number> } } }).__nianbao.status;
      return st.timings.fast_metrics !== undefined || performance.now() - st.timings.ready > 3000;
    }, undefined, { timeout: 120_000, polling: 200 });
    r.timings = await page.evaluate(() => (globalThis as unknown as { __nianbao: { status: { timings: Record<string, number> } } }).__nianbao.status.timings);
    loads.push(r);
    if (i < LOADS - 1) await page.close();
    else {
      const s = await sample(dbFile);
      const views = viewQueries(s);
      console.log(`\n## ${label}`);
      const fc = loads.map((l) => l.firstChart);
      const t = (k: string) => loads.map((l) => l.timings[k] ?? NaN);
      console.log(`navigation → first chart: median ${Math.round(med(fc))} ms (runs: ${fc.map(Math.round).join(', ')})`);
      console.log(`dataset load: engine ready ${Math.round(med(t('engine')))} ms, data downloaded ${Math.round(med(t('download')))} ms, tables loaded ${Math.round(med(t('tables')))} ms (median, from navigation; load = tables − start: ${Math.round(med(loads.map((l) => l.timings.tables - l.timings.start)))} ms)`);
      if (loads.some((l) => l.timings.fast_metrics)) console.log(`key-sorted copy of the figures (built in the background once the first view is drawn) ready at ${Math.round(med(t('fast_metrics')))} ms`);
      console.log(`queries: ${RUNS} runs each after 2 warm-up runs, timed in the page (prepare + run in DuckDB's worker + rows)`);
      console.log('view        query                    p50 ms   p95 ms   rows');
      for (const [view, qs] of Object.entries(views)) {
        const per: number[] = [];
        for (const q of qs) {
          const res = await page.evaluate(async ({ q, runs }) => {
            const ds = (globalThis as unknown as { __nianbao: { query(q: unknown): Promise<{ rows: unknown[] }> } }).__nianbao;
            const times: number[] = [];
            let rows = 0;
            for (let k = 0; k < runs + 2; k++) {
              const t0 = performance.now();
              const r = await ds.query(q);
              if (k >= 2) times.push(performance.now() - t0);
              rows = r.rows.length;
            }
            return { times, rows };
          }, { q, runs: RUNS });
          per.push(...res.times);
          console.log(`${view.padEnd(11)} ${q.name.padEnd(24)} ${pct(res.times, 50).toFixed(1).padStart(6)}   ${pct(res.times, 95).toFixed(1).padStart(6)}   ${res.rows}`);
        }
        console.log(`${view.padEnd(11)} ${'(all queries)'.padEnd(24)} ${pct(per, 50).toFixed(1).padStart(6)}   ${pct(per, 95).toFixed(1).padStart(6)}`);
      }
      await page.close();
    }
  }
}

async function main() {
  if (!existsSync(CHROMIUM)) { console.error(`${CHROMIUM} not found: apt-get install -y chromium fonts-wqy-microhei`); process.exit(2); }
  const t0 = performance.now();
  await build({ root: ROOT, logLevel: 'error', build: { outDir: OUT, emptyOutDir: true } });
  console.log(`build: ${Math.round(performance.now() - t0)} ms`);
  const synDir = join(tmpdir(), `nianbao-synthetic-${SYN_REPORTS}`);
  const manifest = join(synDir, 'manifest.json');
  const fresh = !SYNTHETIC || (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).counts?.reports === SYN_REPORTS);
  if (!fresh) {
    const t1 = performance.now();
    const { counts } = await generateSynthetic({ out: synDir, reports: SYN_REPORTS });
    console.log(`synthetic dataset generated in ${Math.round(performance.now() - t1)} ms: ${JSON.stringify(counts)} → ${synDir}`);
  }
  const served = join(OUT, 'bench-synthetic');
  rmSync(served, { recursive: true, force: true });
  if (SYNTHETIC) cpSync(synDir, served, { recursive: true });
  EXTRA.forEach((dir, k) => {
    rmSync(join(OUT, `bench-extra-${k}`), { recursive: true, force: true });
    cpSync(resolve(dir), join(OUT, `bench-extra-${k}`), { recursive: true });
  });
  const server = await preview({ root: ROOT, logLevel: 'error', build: { outDir: OUT }, preview: { host: '127.0.0.1', port: 0 } });
  const base = server.resolvedUrls!.local[0];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    console.log(`Chromium ${browser.version()}, ${LOADS} page loads per dataset`);
    const bundled = join(OUT, 'data/nianbao.duckdb');
    if (existsSync(bundled)) await benchDataset(browser, base, 'bundled data (data/)', '', bundled);
    else console.log('\n## bundled data: data/nianbao.duckdb missing (run npm run ingest)');
    for (const [k, dir] of EXTRA.entries()) {
      await benchDataset(browser, base, `${dir} (?data=bench-extra-${k}/)`, `?data=bench-extra-${k}/`, join(OUT, `bench-extra-${k}`, 'nianbao.duckdb'));
    }
    if (SYNTHETIC) await benchDataset(browser, base, `synthetic, ${SYN_REPORTS.toLocaleString('en')} reports (?data=bench-synthetic/)`, '?data=bench-synthetic/', join(served, 'nianbao.duckdb'));
  } finally {
    await browser.close();
    server.httpServer.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
