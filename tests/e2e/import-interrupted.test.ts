// Nothing half-done (issue 13) in the real app: a region's batch is added with 全部添加 and the page is
// closed while the reports are being written (the CPU throttled so the writing takes a while; closed
// once some chunks are in IndexedDB and the batch's journal is still there). Reopened, IndexedDB, the
// app's tables and the list of the user's reports hold the same reports, and the batch summary says
// how many of the batch were not added and names them; it stays until dismissed.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, startBuiltApp } from './browser';
import { batchReports } from '../../scripts/bench-import-batch';

const REPO = resolve(__dirname, '../..');
const N = 300;

/** The report ids in IndexedDB and how many batch journals or summaries it holds (a second connection). */
async function stored(page: Page): Promise<{ ids: string[]; batches: number }> {
  return page.evaluate(() => new Promise<{ ids: string[]; batches: number }>((ok, fail) => {
    const req = indexedDB.open('nianbao-user');
    req.onerror = () => fail(req.error);
    req.onsuccess = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('batches')) { db.close(); ok({ ids: [], batches: 0 }); return; }
      const tx = db.transaction(['reports', 'batches'], 'readonly');
      const keys = tx.objectStore('reports').getAllKeys();
      const count = tx.objectStore('batches').count();
      tx.oncomplete = () => { db.close(); ok({ ids: (keys.result as string[]).sort(), batches: count.result }); };
      tx.onerror = () => fail(tx.error);
    };
  }));
}

async function userIds(page: Page): Promise<string[] | null> {
  return page.evaluate(async () => {
    const ds = (window as unknown as { __nianbao?: { consoleQuery(s: string): Promise<{ rows: { report_id: string }[] }> } }).__nianbao;
    if (!ds) return null;
    try { return (await ds.consoleQuery(`SELECT report_id FROM reports WHERE origin = 'user' ORDER BY report_id`)).rows.map((r) => r.report_id); } catch { return null; }
  });
}

describe.skipIf(!hasChromium && !process.env.CI)('a batch interrupted by closing the page (headless Chromium)', () => {
  let app: Awaited<ReturnType<typeof startBuiltApp>>;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    app = await startBuiltApp(resolve(REPO, 'test-results/import-interrupted-dist'));
    ({ base, browser } = app);
  }, 300_000);

  afterAll(async () => { await app?.close(); });

  it('after a reload, IndexedDB, the tables and the list agree, and the summary names what was not added', async () => {
    const reports = batchReports(N);
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}?view=import`);
    await page.locator('[data-testid="file-input"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => userIds(page), { timeout: 60_000 }).toEqual([]);
    await page.locator('[data-testid="file-input"]').setInputFiles(reports.map((r) => ({ name: r.fileName, mimeType: 'text/plain', buffer: Buffer.from(r.text) })));
    await expect.poll(() => page.locator('[data-testid="file-row"][data-status="done"]').count(), { timeout: 300_000 }).toBe(N);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    await page.locator('[data-testid="add-all"]').click();
    // close once part of the batch is stored and its journal says the batch is still being written
    let mid = await stored(page);
    while (mid.batches === 0 || mid.ids.length === 0) {
      expect(mid.ids.length, 'the batch finished before the page could be closed').toBeLessThan(N);
      mid = await stored(page);
    }
    await page.close();
    expect(errors).toEqual([]);

    const again = await context.newPage();
    again.on('pageerror', (e) => errors.push(String(e)));
    await again.goto(`${base}?view=import`);
    await again.locator('[data-testid="import-view"]').waitFor({ timeout: 60_000 });
    const notice = again.getByTestId('batch-notice');
    await notice.waitFor({ timeout: 60_000 });
    const saved = await stored(again);
    const k = saved.ids.length;
    expect(k).toBeGreaterThan(0);
    expect(k).toBeLessThan(N);
    await expect.poll(() => userIds(again), { timeout: 60_000 }).toEqual(saved.ids);
    await expect.poll(() => again.locator('[data-testid="mine-row"]').count()).toBe(k);
    const listed = (await again.locator('[data-testid="mine-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-report-id')))).sort();
    expect(listed).toEqual(saved.ids);

    await expect(notice.getAttribute('data-kind')).resolves.toBe('interrupted');
    await expect(notice.getAttribute('data-missing')).resolves.toBe(String(N - k));
    await expect(notice.getAttribute('data-total')).resolves.toBe(String(N));
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain(`${N - k} 份（共 ${N} 份）未添加`);
    const savedFiles = new Set(await again.locator('[data-testid="mine-row"] td:nth-child(4)').allTextContents());
    const notAdded = reports.map((r) => r.fileName).filter((f) => !savedFiles.has(f));
    expect(notAdded).toHaveLength(N - k);
    // the summary names files that were not added (the first ten), never one that was
    const named = text.match(/\d+-2022\.txt/g) ?? [];
    expect(named).toHaveLength(Math.min(10, N - k));
    for (const f of named) expect(notAdded).toContain(f);

    // It stays across another reload until dismissed, then is gone for good.
    await again.reload();
    await again.getByTestId('batch-notice').waitFor({ timeout: 60_000 });
    await again.getByTestId('batch-dismiss').click();
    await expect.poll(() => again.getByTestId('batch-notice').count()).toBe(0);
    await again.reload();
    await again.locator('[data-testid="import-view"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => again.locator('[data-testid="mine-row"]').count(), { timeout: 60_000 }).toBe(k);
    expect(await again.getByTestId('batch-notice').count()).toBe(0);
    expect((await stored(again)).batches).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 600_000);
});
