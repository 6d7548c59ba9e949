// What an inspector hands in (issue 10), in the built app in headless Chromium: the Excel workbooks of
// Compare and of the region review, downloaded and read back cell by cell against the queries behind
// the views; the Report view and the review printed to PDF under print media (no navigation, no
// controls; the scorecard and last year's figures there); every report card printed on its own page.
// Needs /usr/bin/chromium (apt-get install chromium fonts-wqy-microhei) and the bundled data/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { compareQuery, metricStatesQuery, reviewFindingsQuery, reviewUnitsQuery, yearsQuery, type ReviewFindingRow, type ReviewUnitRow } from '../../src/data/queries';
import { measureOf } from '../../src/domain/measures';
import { effectiveWeights, parseWeights } from '../../src/domain/rubric';
import type { BuiltQuery } from '../../src/data/sql';
import { scoredReview } from '../../src/app/review/reviewModel';
import { readWorkbook } from '../unit/helpers/workbookRead';
import { CHROMIUM, FLAGS, hasChromium, queryDatabaseFile } from './browser';

const ROOT = resolve(__dirname, '../..');
const OUT = resolve(ROOT, 'node_modules/.cache/nianbao-e2e-exports');
const DB = resolve(ROOT, 'data/nianbao.duckdb');
const ready = hasChromium && existsSync(DB);
if (!hasChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-wqy-microhei`);
if (!ready) console.warn(`SKIPPING exports e2e: ${hasChromium ? 'data/nianbao.duckdb (npm run ingest)' : CHROMIUM} not found`);

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let base: string;
const pageErrors: string[] = [];

const nodeQuery = <R>(q: BuiltQuery<R>) => queryDatabaseFile(DB, q);

async function open(query: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${query}: ${e.message}`));
  await page.goto(`${base}?${query}`);
  return page;
}

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator(`[data-testid="${testId}"]`).click()]);
  return { name: d.suggestedFilename(), bytes: new Uint8Array(await readFile((await d.path())!)) };
}

/** Pages in a PDF written by Chromium (its page objects are not compressed). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

async function expectNoChrome(page: Page) {
  expect(await page.locator('header nav').isVisible()).toBe(false);
  for (const c of await page.locator('.controls, button, select, input, textarea').all()) expect(await c.isVisible()).toBe(false);
}

describe.skipIf(!ready)('exports and printing (headless Chromium, built app)', () => {
  let year = 0;
  beforeAll(async () => {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
    server = await preview({ root: ROOT, logLevel: 'warn', build: { outDir: OUT }, preview: { host: '127.0.0.1', port: 0 } });
    base = server.resolvedUrls!.local[0];
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
    const years = (await nodeQuery(yearsQuery())).map((r) => Number(r.year));
    year = years[years.length - 1];
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await new Promise<void>((r) => server.httpServer.close(() => r()));
  });

  it('Compare downloads a workbook equal, cell by cell, to the ranking query', async () => {
    const page = await open('view=compare');
    await page.locator('[data-chart="compare"][data-chart-ready="1"]').waitFor({ timeout: 60_000 });
    const { name, bytes } = await download(page, 'compare-xlsx');
    expect(name).toBe(`年报数据_对比_收到申请数_${year}.xlsx`);
    const rows = await nodeQuery(compareQuery({ measure: measureOf('requests_received')!, year }));
    const states = new Map((await nodeQuery(metricStatesQuery('requests_received', rows.map((r) => r.report_id)))).map((r) => [r.report_id, r.state]));
    const [sheet] = await readWorkbook(bytes);
    expect(sheet.rows[0][0]).toContain(String(year));
    expect(sheet.rows[1][0]).toMatch(/^数据来源 — 数据集: 内置数据集 · 报告年度: \d{4} · 提取程序版本: \d/);
    expect(sheet.rows[2].slice(0, 5)).toEqual(['排名', '机关', '机关全称', '层级', '省份']);
    expect(sheet.frozenRows).toBe(3);
    const data = sheet.rows.slice(3);
    expect(data).toHaveLength(rows.length);
    rows.forEach((q, k) => {
      expect(data[k][1]).toBe(q.agency_short ?? q.agency);
      expect(data[k][5], String(q.agency_short)).toBe(q.value != null ? q.value : states.get(q.report_id) === 'na' ? '/' : null);
    });
    expect(data.some((r) => typeof r[5] === 'number')).toBe(true);
    await page.close();
  });

  it('the review: weights from the URL and the page change the scores; the workbook equals the rubric on the queries; it prints', async () => {
    const w = 'copied:30';
    const page = await open(`view=review&year=${year}&w=${encodeURIComponent(w)}`);
    await page.locator('[data-testid="review-table"] tbody tr').first().waitFor({ timeout: 60_000 });
    const f = { year };
    const units = await nodeQuery(reviewUnitsQuery(f)) as ReviewUnitRow[];
    const findings = await nodeQuery(reviewFindingsQuery(f)) as ReviewFindingRow[];
    const weights = effectiveWeights(parseWeights(w));
    const scored = scoredReview(units, findings, weights);
    expect(await page.locator('[data-testid="weight-copied"]').inputValue()).toBe('30');
    const shown = await page.locator('[data-testid="unit-score"]').allInnerTexts();
    expect(shown.map(Number)).toEqual(scored.map((s) => s.score));

    const { name, bytes } = await download(page, 'review-xlsx');
    expect(name).toBe(`年报数据_通报_${year}.xlsx`);
    const [main, fix, rubric] = await readWorkbook(bytes);
    expect(main.rows[1][0]).toContain(`报告年度: ${year}`);
    expect(main.frozenRows).toBe(4);
    expect(main.rows.slice(4).map((r) => [r[0], r[1], r[6]])).toEqual(scored.map((s) => [s.rank, s.unit.unit, s.score]));
    expect(fix.rows[2]).toContain('问题');
    expect(rubric.rows.find((r) => r[0] === 'copied')?.[3]).toBe(30);

    // a weight changed in the page: the URL keeps it, the scores follow
    await page.locator('[data-testid="weight-late"]').fill('40');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('w') === 'late:40|copied:30');
    const rescored = scoredReview(units, findings, effectiveWeights({ copied: 30, late: 40 }));
    await expect.poll(async () => (await page.locator('[data-testid="unit-score"]').allInnerTexts()).map(Number)).toEqual(rescored.map((s) => s.score));

    await page.emulateMedia({ media: 'print' });
    await expectNoChrome(page);
    expect(await page.locator('[data-testid="review-table"]').isVisible()).toBe(true);
    expect(await page.locator('[data-testid="rubric-table"] .print-only').first().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('the Report view prints as a report card: no navigation or controls; scorecard and last year beside each figure', async () => {
    const [pick] = await nodeQuery<{ report_id: string; report_year: number }>({
      name: 'e2e.pick', params: [],
      sql: `SELECT r.report_id, r.report_year FROM report_base r JOIN report_base p ON coalesce(p.lineage, p.agency_short) = coalesce(r.lineage, r.agency_short) AND p.report_year = r.report_year - 1
            WHERE r.n_metrics > 5 AND p.n_metrics > 5 ORDER BY r.n_errors + r.n_warnings DESC, r.report_year DESC, r.report_id LIMIT 1`,
    });
    const page = await open(`view=report&report=${pick.report_id}`);
    await page.locator('[data-testid="report-card"][data-ready="1"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="report-print"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    await expectNoChrome(page);
    expect(await page.locator('[data-testid="report-scorecard"]').isVisible()).toBe(true);
    expect(Number(await page.locator('[data-testid="report-score"]').innerText())).toBeGreaterThanOrEqual(0);
    const head = await page.locator('[data-testid="figures-table"] thead').innerText();
    expect(head).toContain(`上年 (${pick.report_year - 1})`);
    expect(head).toContain('同比变化');
    // some figure has last year's value beside it
    const lastYear = await page.locator('[data-testid="figures-table"] tbody tr td:nth-child(3)').allInnerTexts();
    expect(lastYear.some((t) => /\d/.test(t))).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
    await page.close();
  });

  it('print all report cards: one card per published unit, each from a new page', async () => {
    const units = (await nodeQuery(reviewUnitsQuery({ year, levelGroup: 'township' }))).filter((u) => u.status === 'reported');
    expect(units.length).toBeGreaterThan(1);
    const page = await open(`view=review&year=${year}&level=township&cards=1`);
    await page.locator('[data-testid="review-cards-page"][data-ready="1"]').waitFor({ timeout: 120_000 });
    expect(await page.locator('[data-testid="report-card"]').count()).toBe(units.length);
    await page.emulateMedia({ media: 'print' });
    await expectNoChrome(page);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(units.length);
    await page.close();
    expect(pageErrors).toEqual([]);
  });
});
