// npm run bench:app — the built app in headless Chromium, side by side in one run: the bundled data
// (data/, one database file) and synthetic national datasets in the partitioned layout
// (src/data/partitions.ts; 100,000 and 1,000,000 reports by default, BENCH_REPORTS=N,M): navigation →
// first chart, bytes received before the first chart, region (a province) open → chart, and p50/p95
// of every view's queries (with that region open on a partitioned dataset). Synthetic datasets are
// written to a temp dir (reused when already there) and served from the bench build folder without
// their whole-data files, as a static host would publish them; never mixed into data/.
import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { build, preview } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { DuckDBInstance } from '@duckdb/node-api';
import { generateSynthetic } from './gen-synthetic';
import type { BuiltQuery } from '../src/data/sql';
import { measureOf } from '../src/domain/measures';
import * as Q from '../src/data/queries';
import { PROVINCE_CODES } from '../src/domain/regions';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'node_modules/.cache/nianbao-bench-app');
const SYN_SIZES = (process.env.BENCH_REPORTS ?? '100000,1000000').split(',').map(Number).filter((n) => n > 0);
/** The province a partitioned dataset's views are measured in (synthetic agencies are spread over all). */
const REGION = process.env.BENCH_REGION ?? '43';
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

async function sample(dbFile: string, region: string | null) {
  const inst = await DuckDBInstance.create(dbFile, { access_mode: 'READ_ONLY' });
  const con = await inst.connect();
  const one = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJS()[0] ?? {};
  const year = Number((await one(`SELECT max(report_year) AS y FROM reports WHERE kind = 'annual_report'`)).y);
  // (a partitioned dataset's views are measured in one province: its agencies are sampled)
  const inRegion = region ? `AND province = '${(PROVINCE_CODES[region] ?? '').replace(/'/g, "''")}'` : '';
  const agencies = (await con.runAndReadAll(`SELECT agency_short FROM reports WHERE agency_short IS NOT NULL ${inRegion} GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 3`))
    .getRowObjectsJS().map((r) => String(r.agency_short));
  const report = String((await one(`SELECT report_id FROM reports WHERE agency_short = '${agencies[0].replace(/'/g, "''")}' ORDER BY report_year DESC LIMIT 1`)).report_id);
  const years = (await con.runAndReadAll(`SELECT report_id FROM reports WHERE agency_short = '${agencies[0].replace(/'/g, "''")}'`))
    .getRowObjectsJS().map((r) => String(r.report_id));
  const metrics = Number((await one('SELECT count(*) AS n FROM metrics')).n);
  con.closeSync(); inst.closeSync();
  return { year, agencies, report, years, metrics };
}

function viewQueries(s: Awaited<ReturnType<typeof sample>>, region: string | null): Record<string, BuiltQuery[]> {
  const requests = measureOf('requests_received')!;
  const ratio = measureOf('ratio_share_granted')!;
  return {
    overview: [Q.coverageQuery({ region }, 60), Q.countsQuery('level', { year: s.year, region }), Q.countsQuery('province', { year: s.year, region }),
      Q.headlineQuery({ year: s.year, region }), Q.yearsQuery(), Q.regionsQuery()],
    compare: [Q.compareQuery({ measure: requests, year: s.year, region }), Q.compareQuery({ measure: ratio, year: s.year, levelGroup: 'township', region })],
    trends: [Q.trendQuery({ measure: requests, agencies: [], region }), Q.trendQuery({ measure: ratio, agencies: s.agencies, region }), Q.agencySearchQuery('街道')],
    compliance: [Q.findingsQuery({ region }), Q.findingCodesQuery(), Q.scorecardQuery({ includeRegion: true, region }), Q.problemRankingQuery({ region })],
    report: [Q.reportListQuery(''), Q.reportQuery(s.report), Q.reportFiguresQuery(s.report), Q.reportFindingsQuery(s.report),
      Q.agencyYearsQuery(s.agencies[0]), Q.reportsFiguresQuery(s.years)],
    data: [Q.tableRowsQuery({ table: 'reports' }), Q.tableRowsQuery({ table: 'metrics', offset: Math.floor(s.metrics / 2) }),
      Q.tableRowsQuery({ table: 'reports', sort: { column: 'agency', desc: true }, offset: 500 }), Q.tableCountQuery({ table: 'reports' }), Q.schemaQuery(),
      Q.tableRowsQuery({ table: 'metrics', sort: { column: 'value', desc: true }, filter: { column: 'key', text: 'staff' }, limit: 1000 })],
  };
}

type G = { __nianbaoFirstChart?: number; __nianbaoLastChart?: number; __nianbao: { status: { timings: Record<string, number>; partitions?: { loaded: string[] } } } };

async function benchDataset(browser: Browser, base: string, label: string, query: string, dbFile: string, region: string | null) {
  const loads: { firstChart: number; bytes: number; regionOpen: number; timings: Record<string, number> }[] = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const outside: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(base) && !/^(data|blob):/.test(r.url())) outside.push(r.url()); });
    // bytes of every response finished so far (bodies as sent; no compression on the preview server)
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (r) => { sizes.push(r.sizes().then((z) => z.responseBodySize).catch(() => 0)); });
    await page.goto(`${base}${query}`);
    await page.locator('[data-chart-ready="1"]').first().waitFor({ timeout: 180_000 });
    const bytes = (await Promise.all([...sizes])).reduce((a, b) => a + b, 0);
    const r = await page.evaluate(() => ({
      firstChart: (globalThis as unknown as G).__nianbaoFirstChart ?? NaN,
      timings: (globalThis as unknown as G).__nianbao.status.timings,
    }));
    if (outside.length) throw new Error(`requests left 127.0.0.1: ${outside.join(', ')}`);
    // Region open → chart: the province chosen in the page (as the picker does: the URL changes), timed
    // until the Overview has drawn again after its file is attached.
    let regionOpen = NaN;
    if (region) {
      // as a user who chooses a province a moment after the first chart: once the engine is up
      await page.waitForFunction(() => (globalThis as unknown as G).__nianbao.status.timings.tables !== undefined, undefined, { timeout: 120_000, polling: 50 });
      regionOpen = await page.evaluate(async (region) => {
        const g = globalThis as unknown as G;
        const t0 = performance.now();
        history.pushState(null, '', `${location.pathname}${location.search}&region=${region}`);
        dispatchEvent(new PopStateEvent('popstate'));
        for (;;) {
          await new Promise((r) => setTimeout(r, 10));
          const at = g.__nianbao.status.timings[`partition_${region}`];
          if (at !== undefined && (g.__nianbaoLastChart ?? 0) > at) return g.__nianbaoLastChart! - t0;
          if (performance.now() - t0 > 120_000) return NaN;
        }
      }, region);
    }
    // A large dataset builds a key-sorted copy of its figures once the page is quiet: wait for it.
    await page.waitForFunction(() => {
      const st = (globalThis as unknown as { __nianbao: { status: { timings: Record<string, number> } } }).__nianbao.status;
      return st.timings.fast_metrics !== undefined || performance.now() - st.timings.ready > 3000;
    }, undefined, { timeout: 120_000, polling: 200 });
    r.timings = await page.evaluate(() => (globalThis as unknown as G).__nianbao.status.timings);
    loads.push({ ...r, bytes, regionOpen });
    if (i < LOADS - 1) await page.close();
    else {
      const s = await sample(dbFile, region);
      const views = viewQueries(s, region);
      console.log(`\n## ${label}`);
      const fc = loads.map((l) => l.firstChart);
      const t = (k: string) => loads.map((l) => l.timings[k] ?? NaN);
      const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
      console.log(`navigation → first chart: median ${Math.round(med(fc))} ms (runs: ${fc.map(Math.round).join(', ')})`);
      console.log(`bytes received before the first chart: median ${mb(med(loads.map((l) => l.bytes)))} (app, engine and data together; runs: ${loads.map((l) => mb(l.bytes)).join(', ')})`);
      if (region) console.log(`region ${region} (${PROVINCE_CODES[region]}) open → chart (once the engine is up, ${Math.round(med(loads.map((l) => l.timings.tables - l.firstChart)))} ms after the first chart): median ${Math.round(med(loads.map((l) => l.regionOpen)))} ms (runs: ${loads.map((l) => Math.round(l.regionOpen)).join(', ')}); its file ${mb(partitionBytes(dbFile, region))}`);
      console.log(`dataset load: engine ready ${Math.round(med(t('engine')))} ms, data downloaded ${region ? '— (partitioned: answers in at ' + Math.round(med(t('answers'))) + ' ms)' : Math.round(med(t('download'))) + ' ms'}, tables loaded ${Math.round(med(t('tables')))} ms (median, from navigation; load = tables − start: ${Math.round(med(loads.map((l) => l.timings.tables - l.timings.start)))} ms)`);
      if (loads.some((l) => l.timings.fast_metrics)) console.log(`key-sorted copy of the figures (built in the background once the first view is drawn) ready at ${Math.round(med(t('fast_metrics')))} ms`);
      console.log(`queries: ${RUNS} runs each after 2 warm-up runs, timed in the page (prepare + run in DuckDB's worker + rows${region ? `; region ${region} open: national answers are read from the answers file` : ''})`);
      console.log('view        query                    p50 ms   p95 ms   rows');
      for (const [view, qs] of Object.entries(views)) {
        const per: number[] = [];
        for (const q of qs) {
          const res = await page.evaluate(async ({ q, runs, region }) => {
            const ds = (globalThis as unknown as { __nianbao: { query(q: unknown): Promise<{ rows: unknown[] }>; openRegion(r: string | null): void } }).__nianbao;
            ds.openRegion(region);
            const times: number[] = [];
            let rows = 0;
            for (let k = 0; k < runs + 2; k++) {
              const t0 = performance.now();
              const r = await ds.query(q);
              if (k >= 2) times.push(performance.now() - t0);
              rows = r.rows.length;
            }
            return { times, rows };
          }, { q, runs: RUNS, region });
          per.push(...res.times);
          console.log(`${view.padEnd(11)} ${q.name.padEnd(24)} ${pct(res.times, 50).toFixed(1).padStart(6)}   ${pct(res.times, 95).toFixed(1).padStart(6)}   ${res.rows}`);
        }
        console.log(`${view.padEnd(11)} ${'(all queries)'.padEnd(24)} ${pct(per, 50).toFixed(1).padStart(6)}   ${pct(per, 95).toFixed(1).padStart(6)}`);
      }
      await page.close();
    }
  }
}

/** Size of a partitioned dataset's province file, next to the whole-data file `dbFile`. */
function partitionBytes(dbFile: string, key: string): number {
  const f = join(dirname(dbFile), 'parts', `${key}.duckdb`);
  return existsSync(f) ? statSync(f).size : NaN;
}

async function main() {
  if (!existsSync(CHROMIUM)) { console.error(`${CHROMIUM} not found: apt-get install -y chromium fonts-wqy-microhei`); process.exit(2); }
  const t0 = performance.now();
  await build({ root: ROOT, logLevel: 'error', build: { outDir: OUT, emptyOutDir: true } });
  console.log(`build: ${Math.round(performance.now() - t0)} ms`);
  const synthetic: { n: number; dir: string; served: string }[] = [];
  for (const n of SYNTHETIC ? SYN_SIZES : []) {
    const dir = join(tmpdir(), `nianbao-synthetic-${n}-partitioned`);
    const manifest = join(dir, 'manifest.json');
    const fresh = existsSync(manifest) && (() => { const m = JSON.parse(readFileSync(manifest, 'utf8')); return m.counts?.reports === n && m.layout === 'partitioned'; })();
    if (!fresh) {
      const t1 = performance.now();
      const { counts } = await generateSynthetic({ out: dir, reports: n, partitioned: true });
      console.log(`synthetic dataset generated in ${Math.round(performance.now() - t1)} ms: ${JSON.stringify(counts)} → ${dir}`);
    }
    const served = join(OUT, `bench-synthetic-${n}`);
    rmSync(served, { recursive: true, force: true });
    // what a static host publishes: the manifest and the partitions (the whole-data files stay behind)
    cpSync(dir, served, { recursive: true, filter: (f) => !/\.(duckdb|parquet)$/.test(f) || f.includes('/parts/') });
    synthetic.push({ n, dir, served });
  }
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
    if (existsSync(bundled)) await benchDataset(browser, base, 'bundled data (data/)', '', bundled, null);
    else console.log('\n## bundled data: data/nianbao.duckdb missing (run npm run ingest)');
    for (const [k, dir] of EXTRA.entries()) {
      await benchDataset(browser, base, `${dir} (?data=bench-extra-${k}/)`, `?data=bench-extra-${k}/`, join(OUT, `bench-extra-${k}`, 'nianbao.duckdb'), null);
    }
    for (const syn of synthetic) {
      const name = `bench-synthetic-${syn.n}`;
      await benchDataset(browser, base, `synthetic, ${syn.n.toLocaleString('en')} reports, partitioned by province (?data=${name}/)`, `?data=${name}/`, join(syn.dir, 'nianbao.duckdb'), REGION);
    }
  } finally {
    await browser.close();
    server.httpServer.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
