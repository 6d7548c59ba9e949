// Issue 13 in the real browser: a runaway console query shows that it runs and can be cancelled while
// the page keeps answering; broken dataset folders (`?data=`: missing, truncated, corrupt, from a
// newer extractor) and bad workspace files each say what is wrong, in the interface language; a
// hostile file in an import batch does not stop the others. Needs /usr/bin/chromium.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, startBuiltApp } from './browser';
import { inventReport } from '../../scripts/invented/reports';
import { hostileDocument } from '../../scripts/hostile/families';
import { problemText } from '../../src/domain/problems';
import { makeI18n } from '../../src/app/i18n';
import { EXTRACTOR_VERSION } from '../../src/extract';

const REPO = resolve(__dirname, '../..');
const OUT = resolve(REPO, 'test-results/hostile-dist');
const DB = resolve(REPO, 'data/nianbao.duckdb');

/** Broken dataset folders written next to the built app (served by the same preview server). */
function writeBrokenDatasets() {
  const whole = readFileSync(DB);
  const manifest = JSON.parse(readFileSync(resolve(REPO, 'data/manifest.json'), 'utf8')) as Record<string, unknown>;
  const folder = (name: string, files: Record<string, Uint8Array | string>) => {
    mkdirSync(resolve(OUT, name), { recursive: true });
    for (const [f, content] of Object.entries(files)) writeFileSync(resolve(OUT, name, f), content);
  };
  folder('broken-missing', { 'manifest.json': JSON.stringify(manifest) });
  folder('broken-truncated', { 'nianbao.duckdb': whole.subarray(0, Math.floor(whole.length / 2) + 1234) });
  // the header says DuckDB, every block after it is noise
  const corrupt = Buffer.from(whole);
  for (let i = 3 * 4096; i < corrupt.length; i++) corrupt[i] = (i * 2654435761) >>> 24;
  folder('broken-corrupt', { 'nianbao.duckdb': corrupt });
  folder('broken-newer', { 'manifest.json': JSON.stringify({ ...manifest, extractor_version: '99.0.0' }) });
  copyFileSync(DB, resolve(OUT, 'broken-newer/nianbao.duckdb'));
}

describe.skipIf(!hasChromium && !process.env.CI)('hostile and broken input in the browser (headless Chromium)', () => {
  let app: Awaited<ReturnType<typeof startBuiltApp>>;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    app = await startBuiltApp(OUT, writeBrokenDatasets);
    ({ base, browser } = app);
  }, 300_000);

  afterAll(async () => { await app?.close(); });

  async function open(query: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}${query}`);
    return { page, errors };
  }

  it('a runaway console query shows that it runs, the page answers meanwhile, and Cancel stops it', async () => {
    const { page, errors } = await open('?view=data');
    const zh = makeI18n('zh');
    await expect.poll(() => page.getByTestId('sql-limits').textContent(), { timeout: 60_000 }).toContain('100,000');
    await expect(page.getByTestId('sql-limits').textContent()).resolves.toContain('1GB');
    await page.getByTestId('sql-input').fill('SELECT count(*) FROM metrics a, metrics b, metrics c');
    await page.getByTestId('sql-run').click();
    await page.getByTestId('sql-running').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('sql-run').isDisabled()).resolves.toBe(true);
    // the elapsed time ticks (the main thread is free) and the views' connection still answers
    await expect.poll(() => page.getByTestId('sql-running').textContent(), { timeout: 10_000 }).toMatch(/[1-9]\d* 秒/);
    const answer = await page.evaluate(async () => {
      const ds = (window as unknown as { __nianbao: { query(q: unknown): Promise<{ rows: { x: number }[] }> } }).__nianbao;
      return (await ds.query({ name: 'ping', sql: 'SELECT 42 AS x', params: [] })).rows[0].x;
    });
    expect(answer).toBe(42);
    await page.getByTestId('sql-cancel').click();
    await expect.poll(() => page.getByTestId('sql-error').textContent(), { timeout: 30_000 }).toBe(problemText({ code: 'console_cancelled' }, 'zh'));
    expect(await page.getByTestId('sql-running').count()).toBe(0);
    // the console works again at once
    await page.getByTestId('sql-input').fill('SELECT 7 AS n');
    await page.getByTestId('sql-run').click();
    await expect.poll(() => page.getByTestId('sql-status').textContent(), { timeout: 30_000 }).toContain(`1 ${zh.t('rows')}`);
    await page.close();
    expect(errors).toEqual([]);
  });

  const broken: [folder: string, code: Parameters<typeof problemText>[0]['code']][] = [
    ['broken-missing', 'data_no_database'],
    ['broken-truncated', 'data_truncated'],
    ['broken-corrupt', 'data_corrupt'],
    ['broken-newer', 'data_newer_version'],
  ];
  for (const [folder, code] of broken) {
    it(`?data=${folder}/ says ${code}, in Chinese and in English`, async () => {
      for (const lang of ['zh', 'en'] as const) {
        const { page, errors } = await open(`?data=${folder}/${lang === 'en' ? '&lang=en' : ''}`);
        const status = page.getByTestId('load-status');
        await expect.poll(() => status.getAttribute('data-phase'), { timeout: 60_000 }).toMatch(/^(error|empty)$/);
        const text = (await status.textContent()) ?? '';
        // the message of its own code; the folder is named as the app resolved it
        const params = {
          file: 'nianbao.duckdb', folder: new URL(`${folder}/`, base).href, found: '99.0.0', ours: EXTRACTOR_VERSION,
          bytes: Math.floor(readFileSync(DB).length / 2) + 1234,
        };
        expect(text).toContain(problemText({ code, params }, lang));
        await page.close();
        expect(errors).toEqual([]);
      }
    });
  }

  it('opening a broken dataset touches nothing the user stored', async () => {
    const ctx = await browser.newContext(); // one context: one IndexedDB across the three pages
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}?view=import`);
    await page.locator('[data-testid="import-view"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="file-input"]').setInputFiles([{ name: 'kept.txt', mimeType: 'text/plain', buffer: Buffer.from(inventReport('2021', 21, 'lines').text) }]);
    const card = page.locator('[data-testid="preview-card"][data-name="kept.txt"]');
    await card.waitFor({ timeout: 60_000 });
    await card.getByTestId('add-report').click();
    await page.locator('[data-testid="mine-row"]').waitFor({ timeout: 30_000 });
    for (const folder of ['broken-truncated', 'broken-corrupt', 'broken-newer']) {
      await page.goto(`${base}?view=import&data=${folder}/`);
      await expect.poll(() => page.getByTestId('load-status').getAttribute('data-phase'), { timeout: 60_000 }).toBe('error');
    }
    await page.goto(`${base}?view=import`);
    await page.locator('[data-testid="mine-row"]').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid="mine-row"]').count()).toBe(1);
    const users = () => page.evaluate(async () => {
      const ds = (window as unknown as { __nianbao: { consoleQuery(s: string): Promise<{ rows: { n: number }[] }> } }).__nianbao;
      return (await ds.consoleQuery("SELECT count(*)::INTEGER AS n FROM reports WHERE origin = 'user'")).rows[0].n;
    });
    await expect.poll(users, { timeout: 30_000 }).toBe(1);
    await ctx.close();
    expect(errors).toEqual([]);
  });

  it('a truncated, hand-edited or newer workspace file is refused with its own message; nothing is imported', async () => {
    const { page, errors } = await open('?view=import');
    await page.locator('[data-testid="import-view"]').waitFor({ timeout: 60_000 });
    const notice = page.getByTestId('workspace-notice');
    const mineBefore = await page.locator('[data-testid="mine-row"]').count();
    const whole = JSON.stringify({ format: 'nianbao-workspace', version: 1, exported_at: '2026-01-01T00:00:00Z', reports: [] });
    const cases: [string, string][] = [
      ['cut.json', '{"format":"nianbao-workspace","version":1,"reports":[{"reportId":"0123456789abcdef","file":"a.t'],
      ['edited.json', whole.replace('"reports":[]', '"reports":[,]')],
      ['newer.json', whole.replace('"version":1', '"version":7')],
    ];
    const expected = [
      problemText({ code: 'workspace_truncated', params: { chars: cases[0][1].length } }, 'zh'),
      problemText({ code: 'workspace_not_json' }, 'zh'),
      problemText({ code: 'workspace_newer_version', params: { found: 7, supported: 1 } }, 'zh'),
    ];
    for (const [k, [name, text]] of cases.entries()) {
      await page.getByTestId('workspace-input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain(expected[k]);
    }
    expect(await page.locator('[data-testid="mine-row"]').count()).toBe(mineBefore);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('a hostile file in an import batch does not stop the others', async () => {
    const { page, errors } = await open('?view=import');
    await page.locator('[data-testid="import-view"]').waitFor({ timeout: 60_000 });
    const good1 = inventReport('2021', 11, 'pipes').text;
    const good2 = inventReport('2008-table', 12, 'lines').text;
    const files = [
      { name: 'good-1.txt', mimeType: 'text/plain', buffer: Buffer.from(good1) },
      { name: 'deep.html', mimeType: 'text/html', buffer: Buffer.from(hostileDocument('deep-nesting', 2 * 1024 * 1024)) },
      { name: 'spans.html', mimeType: 'text/html', buffer: Buffer.from(hostileDocument('huge-spans', 1024 * 1024)) },
      { name: 'good-2.txt', mimeType: 'text/plain', buffer: Buffer.from(good2) },
    ];
    await page.locator('[data-testid="file-input"]').setInputFiles(files);
    const card = (name: string) => page.locator(`[data-testid="preview-card"][data-name="${name}"]`);
    for (const f of files) await card(f.name).waitFor({ timeout: 120_000 });
    await expect(card('good-1.txt').getAttribute('data-kind')).resolves.toBe('annual_report');
    await expect(card('good-2.txt').getAttribute('data-kind')).resolves.toBe('annual_report');
    for (const name of ['deep.html', 'spans.html']) {
      // answered like any document: no crash of the extractor behind it
      await expect(card(name).textContent()).resolves.not.toMatch(/抽取程序处理此文档时出错|extractor failed/);
    }
    await page.close();
    expect(errors).toEqual([]);
  });
});
