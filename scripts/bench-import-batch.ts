// `npm run bench:import -- --batch [300,2000]`: a region's batch through the whole app (built with
// vite, headless Chromium, real DuckDB-WASM and IndexedDB). For each size: N generated reports of
// distinct agencies (real township names from the division list, invented text from
// scripts/invented/region.ts) are chosen in the Import view's file input; it prints the seconds until
// every file is read (the count the file list shows), then until 全部添加 has put all N in the views'
// tables, reports per second, the page's longest main-thread stall while the files are read and while
// they are added, and its count of stalls over 100 ms over both (a 10 ms timer on the page), the
// seconds from a reload until all N saved reports are back in the tables, the p95 of the views'
// queries with the N user reports against the same queries before any was added, and apart, the
// browser's own work of choosing the files (see the stall timer below). Prints; asserts nothing.
// The files are written to a folder and chosen by path, as a user chooses them: Playwright's
// in-memory payloads are decoded by a script in the page itself (about a second of the page's main
// thread for 2,000 files), which would be counted as the app's stall.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview, type InlineConfig } from 'vite';
import { divisionTree } from '../src/domain/divisionTree';
import { measureOf } from '../src/domain/measures';
import * as Q from '../src/data/queries';
import type { BuiltQuery } from '../src/data/sql';
import { inventRegionReports, type RegionReport } from './invented/region';

const REPO = resolve(import.meta.dirname, '..');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

/** N reports of N distinct townships and streets (whole counties, in code order), report year 2022. */
export function batchReports(n: number): RegionReport[] {
  const tree = divisionTree(JSON.parse(readFileSync(join(REPO, 'public/divisions.json'), 'utf8')));
  const out: RegionReport[] = [];
  for (const province of tree.children(null)) {
    for (const city of tree.units(province.code)) {
      for (const county of tree.units(city.code)) {
        const units = tree.units(county.code).filter((u) => u.tier === 'township').slice(0, n - out.length);
        if (!units.length) continue;
        out.push(...inventRegionReports({ province: province.name, city: city.name, county: county.name }, units, [2022]));
        if (out.length >= n) return out;
      }
    }
  }
  return out;
}

async function userCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const ds = (window as unknown as { __nianbao?: { consoleQuery(s: string): Promise<{ rows: { n: number | bigint }[] }> } }).__nianbao;
    if (!ds) return -1;
    try { return Number((await ds.consoleQuery(`SELECT count(*) AS n FROM reports WHERE origin = 'user'`)).rows[0].n); } catch { return -1; }
  });
}

/** How many chosen files the import view has read (its file list says so). */
async function filesRead(page: Page): Promise<number> {
  // one querySelector, not a Playwright locator: its selector engine walks the page in the page's
  // own main thread (tens of ms per poll with 2,000 rows), which would count as the app's stall
  // (a page without the count: its rows, counted the same way)
  return page.evaluate(() => Number(document.querySelector('[data-testid="file-list"]')?.getAttribute('data-done')
    ?? document.querySelectorAll('[data-testid="file-row"][data-status="done"]').length));
}

/** The views' queries (overview, compare, trends, compliance, report, data), with parameters taken
 * from the bundled data so that the runs before and after adding the user reports are the same. */
async function viewQueries(page: Page): Promise<BuiltQuery[]> {
  const s = await page.evaluate(async () => {
    const ds = (window as unknown as { __nianbao: { consoleQuery(s: string): Promise<{ rows: Record<string, unknown>[] }> } }).__nianbao;
    const one = async (q: string) => (await ds.consoleQuery(q)).rows;
    const year = Number((await one(`SELECT max(report_year) AS y FROM reports WHERE kind = 'annual_report'`))[0].y);
    const agencies = (await one(`SELECT agency_short AS a FROM reports WHERE agency_short IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 3`)).map((r) => String(r.a));
    const years = (await one(`SELECT report_id AS id FROM reports WHERE agency_short = '${agencies[0].replace(/'/g, "''")}' ORDER BY report_year DESC`)).map((r) => String(r.id));
    return { year, agencies, report: years[0], years };
  });
  const requests = measureOf('requests_received')!;
  const ratio = measureOf('ratio_share_granted')!;
  return [
    Q.coverageQuery({}, 60), Q.countsQuery('level', { year: s.year }), Q.countsQuery('province', { year: s.year }), Q.headlineQuery({ year: s.year }), Q.yearsQuery(),
    Q.compareQuery({ measure: requests, year: s.year }), Q.compareQuery({ measure: ratio, year: s.year, levelGroup: 'township' }),
    Q.trendQuery({ measure: requests, agencies: [] }), Q.trendQuery({ measure: ratio, agencies: s.agencies }), Q.agencySearchQuery('街道'),
    Q.findingsQuery({}), Q.findingCodesQuery(), Q.scorecardQuery({ includeRegion: true }), Q.problemRankingQuery({}),
    Q.reportListQuery(''), Q.reportQuery(s.report), Q.reportFiguresQuery(s.report), Q.reportFindingsQuery(s.report), Q.agencyYearsQuery(s.agencies[0]), Q.reportsFiguresQuery(s.years),
    Q.tableRowsQuery({ table: 'reports' }), Q.tableCountQuery({ table: 'reports' }),
  ] as BuiltQuery[];
}

/** p95 (ms) over every view query, each run `runs` times after 2 warm-up runs, timed in the page. */
async function queryP95(page: Page, qs: BuiltQuery[], runs = 10): Promise<number> {
  const times = await page.evaluate(async ({ qs, runs }) => {
    const ds = (globalThis as unknown as { __nianbao: { query(q: unknown): Promise<unknown> } }).__nianbao;
    const out: number[] = [];
    for (const q of qs) {
      for (let k = 0; k < runs + 2; k++) {
        const t0 = performance.now();
        await ds.query(q);
        if (k >= 2) out.push(performance.now() - t0);
      }
    }
    return out;
  }, { qs, runs });
  const sorted = times.sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
}

/** The page's stall timer (see the init script): the page's own longest gap, the longest gap with the
 * browser's work of choosing files in it, that work alone, and the page's gaps over 100 ms. */
interface Stall { max: number; raw: number; browser: number; over100: number; last: number; changeAt: number }

async function until(f: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await f()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

export async function runBatchBench(sizes: number[]): Promise<void> {
  const config: InlineConfig = {
    root: REPO, logLevel: 'warn',
    build: { outDir: resolve(REPO, 'test-results/bench-batch-dist'), emptyOutDir: true },
    preview: { host: '127.0.0.1', port: 0 },
  };
  await build(config);
  const server = await preview(config);
  const base = server.resolvedUrls!.local[0];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
  mkdirSync(resolve(REPO, 'test-results'), { recursive: true });
  try {
    console.log('batch   read s   add s   total s   reports/s   longest stall ms (reading / adding)   stalls>100ms   reload→views s   query p95 ms (none / N user)   browser\'s file list ms (longest stall with it)');
    for (const n of sizes) {
      const reports = batchReports(n);
      const dir = resolve(REPO, `test-results/bench-batch-files/${n}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const paths = reports.map((r) => { const p = join(dir, r.fileName); writeFileSync(p, r.text); return p; });
      const context = await browser.newContext(); // a fresh IndexedDB per size
      const page = await context.newPage();
      // The stall timer. Choosing files is first the browser's own work, before any script of the page
      // runs (making the FileList: ~0.5 s for 2,000 files on a page with no script at all); the gap in
      // which the file input's change event fires is split there, and only the part from the event on
      // counts as the page's stall (the browser's part is printed apart).
      // (tsx compiles with keepNames: functions passed to page.evaluate call its `__name` helper)
      await page.addInitScript({ content: `
        globalThis.__name = (f) => f;
        globalThis.__stall = { max: 0, raw: 0, browser: 0, over100: 0, last: performance.now(), changeAt: -1 };
        addEventListener('change', () => { globalThis.__stall.changeAt = performance.now(); }, true);
        setInterval(() => { const s = globalThis.__stall, now = performance.now(), gap = now - s.last;
          let own = gap;
          if (s.changeAt > s.last && s.changeAt <= now) { s.browser = Math.max(s.browser, s.changeAt - s.last); own = now - s.changeAt; }
          if (own > s.max) s.max = own; if (gap > s.raw) s.raw = gap; if (own > 110) s.over100++; s.last = now; }, 10);` });
      await page.goto(`${base}?view=import`);
      await page.locator('[data-testid="file-input"]').waitFor();
      await until(async () => (await userCount(page)) >= 0, 60_000);
      const queries = await viewQueries(page);
      await page.waitForTimeout(1000); // as after the reload below: the page quiet, the engine warm
      const p95None = await queryP95(page, queries);
      await page.evaluate(() => { const s = (globalThis as unknown as { __stall: Stall }).__stall; s.max = 0; s.raw = 0; s.browser = 0; s.over100 = 0; s.last = performance.now(); });
      const t0 = Date.now();
      await page.locator('[data-testid="file-input"]').setInputFiles(paths);
      await until(async () => (await filesRead(page)) === reports.length, 600_000);
      const t1 = Date.now();
      const read = await page.evaluate(() => { const s = (globalThis as unknown as { __stall: Stall }).__stall; const r = { ...s }; s.max = 0; s.raw = 0; s.last = performance.now(); return r; });
      await page.locator('[data-testid="add-all"]').click();
      const ok = await until(async () => (await userCount(page)) === reports.length, 600_000);
      const t2 = Date.now();
      const stall = await page.evaluate(() => (globalThis as unknown as { __stall: Stall }).__stall);
      const t3 = Date.now();
      await page.reload();
      await until(async () => (await userCount(page)) === reports.length, 600_000);
      const t4 = Date.now();
      // the queries once the page is quiet again (the saved reports' records read, the list drawn)
      await until(async () => Number(await page.evaluate(() => document.querySelector('[data-testid="mine-table"]')?.getAttribute('data-rows')
        ?? document.querySelectorAll('[data-testid="mine-row"]').length)) === reports.length, 120_000);
      await page.waitForTimeout(1000);
      const p95User = await queryP95(page, queries);
      const s = (ms: number) => (ms / 1000).toFixed(1);
      console.log(`${String(reports.length).padStart(5)} ${s(t1 - t0).padStart(8)} ${s(t2 - t1).padStart(7)} ${s(t2 - t0).padStart(9)} ${(reports.length / ((t2 - t0) / 1000)).toFixed(1).padStart(11)} ` +
        `${`${read.max.toFixed(0)} / ${stall.max.toFixed(0)}`.padStart(35)} ${String(stall.over100).padStart(14)} ${s(t4 - t3).padStart(16)} ` +
        `${`${p95None.toFixed(1)} / ${p95User.toFixed(1)}`.padStart(29)} ${`${read.browser.toFixed(0)} (${read.raw.toFixed(0)})`.padStart(44)}${ok ? '' : '   (not all reached the tables)'}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
}
