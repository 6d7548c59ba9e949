// Issue 9 item 4 in a real browser: a county's batch of several hundred invented township reports
// (plus two documents that are not reports and a few second copies) chosen at once. The preview is
// the compact list (one row each, virtualised), its filters count and show the right rows, a row
// opens its card, clashes are settled in bulk ("keep the newer", then "keep what is there" for a
// second batch) and the batch summary says what was added, not added and why. Correcting a document's
// year in its card re-runs the deadline check.
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, FLAGS, hasChromium } from './browser';
import { batchReports } from '../../scripts/bench-import-batch';
import { startImportServer, type ImportServer } from '../../scripts/import-harness/server';

const N = 300;
interface FilePayload { name: string; mimeType: string; buffer: Buffer }
const txt = (name: string, text: string): FilePayload => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
// a second copy of a unit's report: other bytes (so another document), same agency and year
const secondCopy = (text: string) => text.replace('部分栏目', '个别栏目').replace(/\n/, '\n\n');

describe.skipIf(!hasChromium && !process.env.CI)('a region’s batch in the import view (headless Chromium)', () => {
  let server: ImportServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const reports = batchReports(N + 5);
  const batch = reports.slice(0, N);
  const later = reports.slice(N);

  beforeAll(async () => {
    server = await startImportServer(resolve(__dirname, '../../test-results/import-batch-dist'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    page = await (await browser.newContext()).newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.base);
    await server.openImport(page);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function choose(files: FilePayload[]) {
    const before = await page.locator('[data-testid="file-row"]').count();
    await page.locator('[data-testid="file-input"]').setInputFiles(files);
    await expect.poll(() => page.locator('[data-testid="file-row"][data-status="done"]').count(), { timeout: 120_000 }).toBe(before + files.length);
  }
  const shown = async () => Number(await page.getByTestId('batch-table').getAttribute('data-shown'));
  const summary = async () => {
    const s = page.getByTestId('batch-summary');
    await s.waitFor({ timeout: 60_000 });
    const reasons = await s.locator('[data-reason]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-reason'), Number(e.getAttribute('data-n'))])));
    return { added: Number(await s.getAttribute('data-added')), replaced: Number(await s.getAttribute('data-replaced')), waiting: Number(await s.getAttribute('data-waiting')), reasons };
  };

  it('shows several hundred documents as a compact list that filters, sorts and opens a row’s card', async () => {
    await choose([
      ...batch.map((r) => txt(r.fileName, r.text)),
      txt('notice-1.txt', '关于召开2023年春季运动会的通知\n各单位：定于四月举行，请做好准备。'),
      txt('notice-2.txt', '会议纪要\n本次会议讨论了办公用品采购事宜。'),
      txt('copy-a.txt', secondCopy(batch[0].text)),
      txt('copy-b.txt', secondCopy(batch[1].text)),
    ]);
    const list = page.getByTestId('batch-list');
    expect(await list.getAttribute('data-rows')).toBe(String(N + 4));
    expect(await page.locator('[data-testid="preview-card"]').count()).toBe(0); // no card per document
    // virtualised: far fewer rows in the page than documents
    const drawn = await page.locator('[data-testid="batch-row"]').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(100);

    await page.getByTestId('batch-filter-not_report').click();
    expect(await shown()).toBe(2);
    expect((await page.locator('[data-testid="batch-row"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-name')))).sort()).toEqual(['notice-1.txt', 'notice-2.txt']);
    await page.getByTestId('batch-filter-conflicts').click();
    expect(await shown()).toBe(4);
    expect((await page.locator('[data-testid="batch-row"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-name')))).sort())
      .toEqual(['copy-a.txt', 'copy-b.txt', batch[0].fileName, batch[1].fileName].sort());
    await page.getByTestId('batch-filter-all').click();
    expect(await shown()).toBe(N + 4);

    // sorted by status: what needs attention first; again: the other way round
    await page.getByTestId('batch-sort-status').click();
    const statuses = () => page.locator('[data-testid="batch-row"]').evaluateAll((els) => els.slice(0, 6).map((e) => e.getAttribute('data-status')));
    expect(await statuses()).toEqual(['conflict', 'conflict', 'conflict', 'conflict', 'not_report', 'not_report']);
    await page.getByTestId('batch-sort-status').click();
    expect(await statuses()).toEqual(Array(6).fill('report'));

    // a row opens the document's full card, corrections and all (the row is far down this order, not
    // drawn: the conflicts filter brings it into view)
    expect(await page.locator(`[data-testid="batch-row"][data-name="copy-a.txt"]`).count()).toBe(0);
    await page.getByTestId('batch-filter-conflicts').click();
    await page.locator(`[data-testid="batch-row"][data-name="copy-a.txt"]`).click();
    const card = page.locator('[data-testid="batch-card"] [data-testid="preview-card"]');
    await card.waitFor();
    expect(await card.getAttribute('data-name')).toBe('copy-a.txt');
    expect(await card.getByTestId('fix-agency').inputValue()).toContain(batch[0].unit.name);
    // correcting the year re-runs the deadline check: three years earlier than printed, it is late
    const late = () => card.locator('[data-testid="preview-findings"] li[data-code="EV-01"]').count();
    const before = await late();
    const year = await card.getByTestId('fix-year').inputValue();
    await card.getByTestId('fix-year').fill(String(Number(year) - 3));
    await expect.poll(late).toBe(1);
    await card.getByTestId('fix-year').fill(year);
    await expect.poll(late).toBe(before);
  }, 240_000);

  it('"keep the newer" settles the clashes in bulk; the summary says what was added and what not, and why', async () => {
    await page.getByTestId('batch-rule-newer').check();
    await page.getByTestId('add-all').click();
    // no publication date told them apart: the later file (the second copy) is kept
    expect(await summary()).toEqual({ added: N, replaced: 0, waiting: 0, reasons: { not_report: 2, older: 2 } });
    const rows = await server.userRows(page);
    expect(rows.length).toBe(N);
    const files = new Set(rows.map((r) => r.file));
    expect(files.has('copy-a.txt') && files.has('copy-b.txt')).toBe(true);
    expect(files.has(batch[0].fileName) || files.has(batch[1].fileName)).toBe(false);
    // what is left in the preview: the two documents that are not reports, with their message
    await expect.poll(() => page.locator('[data-testid="preview-card"]').count()).toBe(2);
  }, 120_000);

  it('a second batch against what is saved: "keep what is there" adds only the new units', async () => {
    for (const name of ['notice-1.txt', 'notice-2.txt']) await page.locator(`[data-testid="preview-card"][data-name="${name}"] button`).click();
    const again = batch.slice(10, 30).map((r) => txt(`again-${r.fileName}`, secondCopy(r.text)));
    await choose([...again, ...later.map((r) => txt(r.fileName, r.text))]);
    expect(Number(await page.getByTestId('batch-list').getAttribute('data-rows'))).toBe(25);
    await page.getByTestId('batch-filter-conflicts').click();
    expect(await shown()).toBe(20);
    await page.getByTestId('batch-rule-existing').check();
    await page.getByTestId('add-all').click();
    await expect.poll(async () => (await summary()).added).toBe(5);
    expect(await summary()).toEqual({ added: 5, replaced: 0, waiting: 0, reasons: { kept_existing: 20 } });
    const rows = await server.userRows(page);
    expect(rows.length).toBe(N + 5);
    expect(rows.some((r) => r.file.startsWith('again-'))).toBe(false);
    expect(errors).toEqual([]);
  }, 120_000);
});
