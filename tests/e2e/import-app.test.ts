// Issue 4 inside the real app: a report added under 导入 Import reaches the app's DuckDB tables as
// origin 'user', shows in the 报告 Report view beside the bundled data, is there again after a
// reload (before Import is opened), and removal takes it out. The bundled rows are never touched.
import { resolve } from 'node:path';
import { strToU8 } from 'fflate';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, preview, type InlineConfig, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, extractReport, FLAGS, hasChromium } from './browser';
import { inventReport } from '../../scripts/invented/reports';
import { makeI18n } from '../../src/app/i18n';

const REPO = resolve(__dirname, '../..');

async function sql(page: Page, q: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(async (text) => {
    const ds = (window as unknown as { __nianbao: { consoleQuery(s: string): Promise<{ rows: Record<string, unknown>[] }> } }).__nianbao;
    return (await ds.consoleQuery(text)).rows;
  }, q);
}

describe.skipIf(!hasChromium && !process.env.CI)('import inside the app (headless Chromium)', () => {
  let server: PreviewServer;
  let browser: Browser;
  let base: string;
  const report = inventReport('2021', 7, 'spaces');
  const bytes = strToU8(report.text);
  const expected = extractReport({ name: 'mine.txt', bytes });

  beforeAll(async () => {
    const config: InlineConfig = {
      root: REPO,
      logLevel: 'warn',
      build: { outDir: resolve(REPO, 'test-results/import-app-dist'), emptyOutDir: true },
      preview: { host: '127.0.0.1', port: 0 },
    };
    await build(config);
    server = await preview(config);
    base = server.resolvedUrls!.local[0];
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((r) => (server ? server.httpServer.close(() => r()) : r()));
  });

  it('adds a report to the app\'s tables as the user\'s own, keeps it across a reload, removes it', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}?view=import`);
    await page.locator('[data-testid="import-view"]').waitFor({ timeout: 60_000 });
    const bundledBefore = await sql(page, "SELECT count(*)::INTEGER AS n FROM reports WHERE origin <> 'user'");
    await page.locator('[data-testid="file-input"]').setInputFiles([{ name: 'mine.txt', mimeType: 'text/plain', buffer: Buffer.from(bytes) }]);
    const card = page.locator('[data-testid="preview-card"][data-name="mine.txt"]');
    await card.waitFor({ timeout: 60_000 });
    expect(await card.getByTestId('problem-message').count(), 'no problem message').toBe(0);
    await expect(card.getAttribute('data-kind')).resolves.toBe(expected.kind);
    await card.getByTestId('add-report').click();
    await page.locator('[data-testid="mine-row"]').waitFor();
    const id = await page.locator('[data-testid="mine-row"]').getAttribute('data-report-id');

    const mine = async () => sql(page, `SELECT report_id, agency, report_year, origin FROM reports WHERE origin = 'user'`);
    await expect.poll(mine).toEqual([{ report_id: id, agency: expected.agency, report_year: expected.report_year, origin: 'user' }]);
    const metrics = await sql(page, `SELECT count(*)::INTEGER AS n FROM metrics WHERE report_id = '${id}'`);
    expect(metrics[0].n).toBe(expected.metrics.length);

    // The report view shows it, marked as the user's.
    await page.goto(`${base}?view=report&report=${id}`);
    await page.getByTestId('report-agency').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('report-agency').textContent()).resolves.toContain(String(expected.agency ?? 'mine.txt'));
    // origin 'user' is shown in words (我的 = the import badge's word), no longer as the raw value
    await expect(page.locator('dl.identity').textContent()).resolves.toContain(makeI18n('zh').t('import.mineBadge'));
    await expect(page.getByTestId('report-agency').getByTestId('origin-user').count()).resolves.toBe(1);

    // After a reload, without opening Import, it is in the tables again.
    await page.reload();
    await page.getByTestId('report-agency').waitFor({ timeout: 60_000 });
    await expect.poll(mine).toHaveLength(1);
    await expect.poll(() => page.getByTestId('report-agency').getByTestId('origin-user').count()).toBe(1);

    await page.goto(`${base}?view=import`);
    await page.locator(`[data-testid="mine-row"][data-report-id="${id}"]`).getByTestId('remove-report').click();
    await expect.poll(mine).toEqual([]);
    await expect(sql(page, "SELECT count(*)::INTEGER AS n FROM reports WHERE origin <> 'user'")).resolves.toEqual(bundledBefore);
    // Chinese first; English follows the app's language switch.
    await expect(page.locator('#import-title').textContent()).resolves.toBe('导入 Import');
    await page.goto(`${base}?view=import&lang=en`);
    await page.locator('[data-testid="import-view"]').waitFor();
    await expect(page.locator('#import-title').textContent()).resolves.toBe('Import 导入');
    await expect(page.getByTestId('mine-empty').textContent()).resolves.toBe('No reports added yet.');
    expect(errors).toEqual([]);
    await page.close();
  });
});
