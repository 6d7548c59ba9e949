// The built app in real headless Chromium: every view on the bundled data (data/, built by
// `npm run ingest`). Needs /usr/bin/chromium (apt-get install chromium fonts-wqy-microhei).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { compareQuery, yearsQuery } from '../../src/data/queries';
import { measureOf } from '../../src/domain/measures';
import { generateSynthetic } from '../../scripts/gen-synthetic';
import type { BuiltQuery } from '../../src/data/sql';
import type { DatasetRows } from '../../src/data/rows';
import { CHROMIUM, FLAGS, hasChromium, queryDatabaseFile } from './browser';

const ROOT = resolve(__dirname, '../..');
const OUT = resolve(ROOT, 'node_modules/.cache/nianbao-e2e-app');
const SEEDS = ['集里街道', '山城区', '东宁街道', '平潭综合实验区'];
const haveChromium = hasChromium;
if (!haveChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-wqy-microhei`);
if (!haveChromium) console.warn(`SKIPPING app e2e: ${CHROMIUM} not found (apt-get install -y chromium fonts-wqy-microhei)`);

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let base: string;
/** '' for the bundled data; `data=<folder>&` when a synthetic stand-in had to be used locally */
let dataParam = '';
let dbFile: string;
const outside: string[] = [];
const pageErrors: string[] = [];

/** Runs a query in DuckDB node on the same file, set up the way the app sets it up. */
async function nodeQuery(q: BuiltQuery): Promise<Record<string, unknown>[]> {
  return queryDatabaseFile(dbFile, q);
}

async function open(query: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${query}: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:')) outside.push(u);
  });
  await page.goto(`${base}?${dataParam}${query}`);
  return page;
}

async function chartReady(page: Page, id: string) {
  await page.locator(`[data-chart="${id}"][data-chart-ready="1"]`).waitFor({ timeout: 60_000 });
}

async function showTable(page: Page, id: string) {
  await page.locator(`[role="toolbar"][aria-label="${id}"] button`).first().click();
}

describe.skipIf(!haveChromium)('app e2e (headless Chromium, built app)', () => {
  beforeAll(async () => {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
    dbFile = resolve(OUT, 'data/nianbao.duckdb');
    if (!existsSync(dbFile)) {
      // No bundled data yet (before the first ingest): a synthetic stand-in, served from the build
      // folder only — never written into data/. CI must test the real data.
      if (process.env.CI) throw new Error('data/nianbao.duckdb is missing: run npm run ingest');
      console.warn('data/nianbao.duckdb missing: testing on a synthetic stand-in (run npm run ingest for the real check)');
      const dir = resolve(OUT, 'synthetic-e2e');
      rmSync(dir, { recursive: true, force: true });
      await generateSynthetic({ out: dir, reports: 160 });
      dbFile = resolve(dir, 'nianbao.duckdb');
      dataParam = 'data=synthetic-e2e/&';
    }
    server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: OUT }, preview: { host: '127.0.0.1', port: 0 } });
    base = server.resolvedUrls!.local[0];
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await new Promise<void>((r) => server.httpServer.close(() => r()));
  });

  it('overview: coverage chart draws and lists the seed agencies', async () => {
    const page = await open('');
    await chartReady(page, 'coverage');
    await page.locator('[data-testid="headline"]').waitFor();
    await showTable(page, 'coverage');
    const text = await page.locator('[data-testid="coverage-table"]').innerText();
    for (const s of SEEDS) expect(text).toContain(s);
    await chartReady(page, 'by-level');
    await page.close();
  });

  it('compare: sorted bars, URL state survives a reload, CSV export holds the right rows', async () => {
    const page = await open('view=compare');
    await chartReady(page, 'compare');
    await page.locator('[data-testid="metric-select"]').selectOption('staff_total');
    await page.locator('[data-testid="level-select"]').selectOption('township');
    await expect.poll(() => page.url()).toContain('level=township');
    const url = page.url();
    expect(url).toContain('metric=staff_total');
    expect(url).toContain('level=township');
    await page.reload();
    expect(page.url()).toBe(url);
    expect(await page.locator('[data-testid="metric-select"]').inputValue()).toBe('staff_total');
    expect(await page.locator('[data-testid="level-select"]').inputValue()).toBe('township');

    // Back to the default metric, all levels: the CSV must hold exactly the query's rows.
    await page.goto(`${base}?${dataParam}view=compare`);
    await chartReady(page, 'compare');
    const years = (await nodeQuery(yearsQuery())).map((r) => Number(r.year));
    const expected = await nodeQuery(compareQuery({ measure: measureOf('requests_received')!, year: years[years.length - 1] }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="compare-csv"]').click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').trim().split(/\r\n/);
    expect(csv[0].split(',').slice(0, 2)).toEqual(['agency_short', 'agency']);
    expect(csv.length - 1).toBe(expected.length);
    expect(csv.slice(1).map((l) => l.split(',')[0])).toEqual(expected.map((r) => String(r.agency_short ?? '')));
    await page.close();
  });

  it('trends: lines for the seed agency with the era on the axis; English toggle', async () => {
    const page = await open(`view=trends&agencies=${encodeURIComponent(SEEDS[0])}`);
    await chartReady(page, 'trends');
    await showTable(page, 'trends');
    expect(await page.locator('[data-testid="trends-table"]').innerText()).toContain(SEEDS[0]);
    await page.locator('[data-testid="lang-toggle"]').click();
    expect(page.url()).toContain('lang=en');
    await expect(page.locator('nav a[data-view="trends"]').innerText()).resolves.toBe('Trends');
    await page.close();
  });

  it('compliance: findings, scorecard and the ranking render', async () => {
    const page = await open('view=compliance');
    await page.locator('[data-testid="scorecard-table"] tbody tr').first().waitFor({ timeout: 60_000 });
    const findings = await page.locator('[data-testid="findings-table"] tbody tr').count();
    if (findings > 0) await chartReady(page, 'problems');
    await page.close();
  });

  it('report: identity, figures with sources and the other years', async () => {
    const page = await open('view=report');
    await page.locator('[data-testid="report-agency"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="report-search"]').fill(SEEDS[1]);
    await page.locator(`[data-testid="report-select"] option:has-text("${SEEDS[1]}")`).first().waitFor({ state: 'attached' });
    const value = await page.locator(`[data-testid="report-select"] option:has-text("${SEEDS[1]}")`).first().getAttribute('value');
    await page.locator('[data-testid="report-select"]').selectOption(value!);
    await expect.poll(() => page.locator('[data-testid="report-agency"]').innerText()).toContain(SEEDS[1]);
    expect(page.url()).toContain(`report=${value}`);
    await page.locator('[data-testid="figures-table"] tbody tr').first().waitFor();
    // Raw column values read as words: no `bundled`, `on_time`, `annual_report`, `self` on screen.
    const ident = await page.locator('[data-testid="report-identity"]').innerText();
    expect(ident).not.toMatch(/\b(bundled|synthetic|on_time|warn_window|annual_report|not_a_report|self|region|signature|label)\b/);
    expect(ident).toMatch(/内置数据|合成数据/);
    await page.close();
  });

  it('data: table browser, SQL console answers, a bad query shows an inline error', async () => {
    const page = await open('view=data');
    await expect.poll(async () => Number(await page.locator('[data-testid="data-table"]').getAttribute('data-rows')), { timeout: 60_000 }).toBeGreaterThan(0);
    const [{ n }] = await nodeQuery({ name: 't', sql: 'SELECT count(*)::INTEGER AS n FROM reports', params: [] });
    const sql = page.locator('[data-testid="sql-input"]');
    await sql.fill('SELECT count(*) AS n FROM reports');
    await page.locator('[data-testid="sql-run"]').click();
    await expect.poll(() => page.locator('[data-testid="sql-result"] tbody').innerText()).toContain(String(n));
    await sql.fill('SELEC nonsense FROM nowhere');
    await page.locator('[data-testid="sql-run"]').click();
    await page.locator('[data-testid="sql-error"]').waitFor();
    await sql.fill('DROP TABLE reports');
    await page.locator('[data-testid="sql-run"]').click();
    await expect.poll(() => page.locator('[data-testid="sql-error"]').innerText()).toContain('DROP');
    await sql.fill("SELECT * FROM read_csv('/etc/passwd')");
    await page.locator('[data-testid="sql-run"]').click();
    await expect.poll(() => page.locator('[data-testid="sql-error"]').innerText()).toContain('read_csv');
    // The page still works after the errors.
    await sql.fill('SELECT count(*) AS n FROM reports');
    await page.locator('[data-testid="sql-run"]').click();
    await expect.poll(() => page.locator('[data-testid="sql-error"]').count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid="sql-result"] tbody').innerText()).toContain(String(n));
    await page.close();
  });

  it('user reports: loadUserRows adds them to every view, removeUserReports takes them out again', async () => {
    const page = await open('view=compare&year=2020');
    await page.locator('[data-testid="compare-note"]').waitFor();
    const rows: DatasetRows = {
      reports: [{
        report_id: 'e2e0000000000001', file: 'mine.txt', origin: 'bundled', kind: 'annual_report', reason: null, reason_en: null,
        agency: '测试导入街道办事处', agency_short: '测试导入街道', level: 'street', scope: 'self', parent: null, province: null,
        division_code: null, report_year: 2020, published_on: '2021-01-20', published_source: 'label', era: '2019',
        deadline: '2021-01-31', timeliness: 'on_time', days_late: -11, encoding: 'utf-8', bytes: 100, n_metrics: 1,
        n_errors: 0, n_warnings: 0, n_infos: 0, extractor_version: 'e2e',
      }],
      metrics: [{ report_id: 'e2e0000000000001', key: 'requests_received', value: 424242, state: 'number', approx: false, source_kind: 'table', line: 3, excerpt: '本年新收 424242' }],
      requests: [],
      findings: [{ report_id: 'e2e0000000000001', code: 'EV-10', severity: 'warning', message: '虚构的说明', message_en: 'invented detail', metrics: '' }],
    };
    type Api = { loadUserRows(r: DatasetRows): Promise<unknown>; removeUserReports(ids: string[]): Promise<number>; query(q: BuiltQuery): Promise<{ rows: Record<string, unknown>[] }> };
    await page.evaluate((r) => (globalThis as unknown as { __nianbao: Api }).__nianbao.loadUserRows(r), rows);
    await showTable(page, 'compare');
    await expect.poll(() => page.locator('[data-testid="compare-table"]').innerText()).toContain('测试导入街道');
    const origin = await page.evaluate(() => (globalThis as unknown as { __nianbao: Api }).__nianbao
      .query({ name: 't', sql: `SELECT origin FROM reports WHERE report_id = ?`, params: ['e2e0000000000001'] }));
    expect(origin.rows).toEqual([{ origin: 'user' }]); // forced, whatever the caller passed
    // Marked as the user's own: badge in the table, text marker on the bar's label.
    await expect.poll(() => page.locator('[data-testid="compare-table"] tr:has-text("测试导入街道") [data-testid="origin-user"]').count()).toBe(1);
    // Compliance (opened in-app: the rows live in this page only): the finding reads as the registry's
    // title in the interface language, the detailed message below it, the code in its own column.
    await page.locator('nav a[data-view="compliance"]').click();
    await page.locator('[data-testid="finding-agency"]').fill('测试导入');
    const row = page.locator('[data-testid="findings-table"] tbody tr:has-text("测试导入街道")');
    await expect.poll(() => row.locator('[data-testid="finding-title"]').innerText(), { timeout: 30_000 }).toBe('内容与上年度报告雷同');
    // Chinese interface: the Chinese message (message_en is for the English interface).
    await expect(row.locator('.finding-message').innerText()).resolves.toBe('虚构的说明');
    await expect(row.locator('code.finding-code').innerText()).resolves.toBe('EV-10');
    await expect(row.locator('[data-testid="origin-user"]').count()).resolves.toBe(1);
    await expect.poll(() => page.locator('[data-testid="code-select"] option[value="EV-10"]').innerText()).toMatch(/^EV-10 — 内容与上年度报告雷同 \(\d+\)$/);
    await page.locator('nav a[data-view="compare"]').click();
    await showTable(page, 'compare');
    // A bundled report id is never removed.
    const bundledId = await page.evaluate(() => (globalThis as unknown as { __nianbao: Api }).__nianbao
      .query({ name: 't', sql: `SELECT report_id FROM reports WHERE origin <> 'user' LIMIT 1`, params: [] }));
    const removedBundled = await page.evaluate((id) => (globalThis as unknown as { __nianbao: Api }).__nianbao.removeUserReports([id]), String(bundledId.rows[0].report_id));
    expect(removedBundled).toBe(0);
    const removed = await page.evaluate(() => (globalThis as unknown as { __nianbao: Api }).__nianbao.removeUserReports(['e2e0000000000001']));
    expect(removed).toBe(1);
    await expect.poll(() => page.locator('[data-testid="compare-table"]').innerText()).not.toContain('测试导入街道');
    await page.close();
  });

  it('import: the nav entry opens the import view', async () => {
    const page = await open('');
    await page.locator('nav a[data-view="import"]').click();
    expect(page.url()).toContain('view=import');
    await page.locator('#import-title').waitFor();
    await page.close();
  });

  it('phone-sized screen: no view is wider than the screen; the keyboard reaches the navigation', async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(`phone: ${e.message}`));
    await page.setViewportSize({ width: 390, height: 844 });
    for (const view of ['', 'view=compare', 'view=trends', 'view=compliance', 'view=report', 'view=data']) {
      await page.goto(`${base}?${dataParam}${view}`);
      await page.locator('main h2').waitFor();
      await page.waitForTimeout(300);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, view || 'overview').toBeLessThanOrEqual(1);
    }
    await page.goto(`${base}?${dataParam}`);
    await page.locator('nav a[data-view="compare"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('view=compare');
    await page.close();
  });

  it('no request left 127.0.0.1 and no page error occurred', () => {
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
