// Issue 12 in the real browser: a partitioned (national) dataset — one DuckDB file per province plus
// the national answers (src/data/partitions.ts) — cut here from the committed data/ and served next to
// the built app. The Overview draws from the answers without fetching any province file; a view that
// needs rows asks for a region; opening a region fetches that province's file only, and the page's
// figures equal the same queries run straight over the whole data in Node. The same again from a
// server that ignores Range headers (whole files only). Needs /usr/bin/chromium.
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, startBuiltApp } from './browser';
import { writePartitions } from '../../scripts/cli/writePartitions';
import { generateSynthetic } from '../../scripts/gen-synthetic';
import { openParquetDataset, type ParquetDataset } from '../../scripts/cli/parquetDataset';
import { DATA_FILES, TABLES } from '../../src/data/schema';
import { headlineQuery, yearsQuery } from '../../src/data/queries';
import { EXTRACTOR_VERSION } from '../../src/extract';
import { makeI18n } from '../../src/app/i18n';
import { problemText } from '../../src/domain/problems';
import type { PartitionIndex } from '../../src/data/partitions';

const REPO = resolve(__dirname, '../..');
const OUT = resolve(REPO, 'test-results/national-dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json',
};

/** A static server that never answers a Range request with part of a file (some hosts and proxies). */
function serveWithoutRanges(root: string): Promise<{ base: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(root)) { res.writeHead(403); res.end(); return; }
    let body: Buffer;
    try { if (!statSync(file).isFile()) throw new Error('dir'); body = readFileSync(file); } catch { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => {
    const port = (server.address() as { port: number }).port;
    r({ base: `http://127.0.0.1:${port}/`, close: () => new Promise((c) => server.close(() => c())) });
  }));
}

describe.skipIf(!hasChromium && !process.env.CI)('a national (partitioned) dataset in the browser', () => {
  let app: Awaited<ReturnType<typeof startBuiltApp>>;
  let noRanges: Awaited<ReturnType<typeof serveWithoutRanges>>;
  let browser: Browser;
  let whole: ParquetDataset;
  let work: string;
  let index: PartitionIndex;
  let latest: number;
  let synWork: string;
  let synWhole: ParquetDataset;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'nianbao-national-'));
    for (const t of TABLES) copyFileSync(resolve(REPO, 'data', DATA_FILES.parquet(t.name)), join(work, DATA_FILES.parquet(t.name)));
    index = await writePartitions(work, { extractorVersion: EXTRACTOR_VERSION });
    writeFileSync(join(work, DATA_FILES.manifest), JSON.stringify({ origin: 'bundled', extractor_version: EXTRACTOR_VERSION, layout: 'partitioned', partitions: index }));
    whole = await openParquetDataset(work);
    // and a synthetic national dataset (every province, invented figures)
    synWork = mkdtempSync(join(tmpdir(), 'nianbao-national-syn-'));
    await generateSynthetic({ out: synWork, reports: 4000, partitioned: true });
    synWhole = await openParquetDataset(synWork);
    latest = Math.max(...(await whole.connector.query(yearsQuery())).rows.map((r) => Number(r.year)));
    // served as a static host publishes it: the manifest and parts/, no whole-data file
    app = await startBuiltApp(OUT, () => {
      cpSync(join(work, 'parts'), join(OUT, 'national/parts'), { recursive: true });
      copyFileSync(join(work, DATA_FILES.manifest), join(OUT, 'national', DATA_FILES.manifest));
      cpSync(join(synWork, 'parts'), join(OUT, 'synthetic/parts'), { recursive: true });
      copyFileSync(join(synWork, DATA_FILES.manifest), join(OUT, 'synthetic', DATA_FILES.manifest));
    });
    browser = app.browser;
    noRanges = await serveWithoutRanges(OUT);
  }, 300_000);

  afterAll(async () => {
    whole?.close();
    synWhole?.close();
    if (synWork) rmSync(synWork, { recursive: true, force: true });
    await noRanges?.close();
    await app?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  async function open(base: string, query: string): Promise<{ page: Page; partitionRequests: string[]; errors: string[] }> {
    const page = await browser.newPage();
    const partitionRequests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => { if (/\/parts\/\w+\.duckdb/.test(r.url())) partitionRequests.push(new URL(r.url()).pathname.replace(/^.*\/parts\//, '')); });
    page.on('request', (r) => { if (!r.url().startsWith(base) && !/^(data|blob):/.test(r.url())) errors.push(`left the host: ${r.url()}`); });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}${query}`);
    return { page, partitionRequests, errors };
  }
  const headlineReports = (page: Page) => page.locator('[data-testid="headline"] div').nth(1).locator('dd').innerText();

  for (const server of ['vite preview (range requests answered)', 'a server that ignores Range']) {
    it(`draws the national Overview from the answers, then loads one province for a region — ${server}`, async () => {
      const base = server.startsWith('vite') ? app.base : noRanges.base;
      const { page, partitionRequests, errors } = await open(base, '?data=national/');
      await page.locator('[data-chart-ready="1"]').first().waitFor({ timeout: 60_000 });
      const national = (await whole.connector.query(headlineQuery({ year: latest }))).rows[0];
      await expect.poll(() => headlineReports(page), { timeout: 20_000 }).toBe(String(national.reports));
      expect(partitionRequests, 'no province file before a region is chosen').toEqual([]);
      // every Overview query was answered (a stale answers file would leave the coverage asking for a region)
      expect(await page.locator('[data-testid="needs-region"]').count()).toBe(0);
      expect(await page.locator('[data-testid="dataset-warning"]').count()).toBe(0);
      await expect.poll(() => page.locator('[data-testid="partition-status"]').innerText()).toContain(`按省份分为 ${index.partitions.length} 个文件`);

      // a view that needs the reports themselves says so instead of showing an empty table
      await page.locator('a[data-view="compare"]').click();
      const needs = page.locator('[data-testid="needs-region"]');
      await needs.waitFor({ timeout: 20_000 });
      const total = index.partitions.reduce((n, p) => n + p.reports, 0);
      expect(await needs.innerText()).toBe(problemText({ code: 'data_needs_region', params: { reports: total.toLocaleString('en') } }, 'zh'));
      expect(partitionRequests).toEqual([]);

      // Fujian: only its file is fetched, and the Overview shows what the whole data says for it
      await page.goto(`${base}?data=national/&region=35`);
      const fujian = (await whole.connector.query(headlineQuery({ year: latest, region: '35' }))).rows[0];
      expect(fujian.reports).toBeGreaterThan(0);
      expect(fujian.reports).toBeLessThan(national.reports);
      await expect.poll(() => headlineReports(page), { timeout: 30_000 }).toBe(String(fujian.reports));
      expect(partitionRequests).toEqual(['35.duckdb']);
      await expect.poll(() => page.locator('[data-testid="partition-status"]').getAttribute('data-loaded')).toBe('35');
      expect(await page.locator('[data-testid="partition-status"]').innerText()).toContain(`已载入：福建省`);
      // and the English interface says it in English
      await page.locator('[data-testid="lang-toggle"]').click();
      expect(await page.locator('[data-testid="partition-status"]').innerText()).toContain(makeI18n('en').t('partitionLoaded', { names: 'Fujian' }).slice(0, 7));
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);
  }

  it('opens a province of a synthetic national dataset and shows what DuckDB in Node computes for it', async () => {
    const { page, partitionRequests, errors } = await open(app.base, '?data=synthetic/&region=43');
    const years = (await synWhole.connector.query(yearsQuery())).rows.map((r) => Number(r.year));
    const want = (await synWhole.connector.query(headlineQuery({ year: Math.max(...years), region: '43' }))).rows[0];
    expect(want.reports).toBeGreaterThan(0);
    await expect.poll(() => headlineReports(page), { timeout: 30_000 }).toBe(String(want.reports));
    // requests received (the sum over the province's reports) as the page formats it
    const requests = page.locator('[data-testid="headline"] div').filter({ hasText: '收到申请' }).locator('dd');
    expect(await requests.innerText()).toBe(Number(want.requests).toLocaleString('zh-CN'));
    expect(partitionRequests).toEqual(['43.duckdb']);
    expect(await page.locator('[data-testid="synthetic-banner"]').count()).toBe(1);
    // another province chosen in the page (as the picker does): its file joins, the figures follow
    const beijing = (await synWhole.connector.query(headlineQuery({ year: Math.max(...years), region: '11' }))).rows[0];
    expect(beijing.reports).not.toBe(want.reports);
    await page.evaluate(() => { history.pushState(null, '', `${location.pathname}?data=synthetic/&region=11`); dispatchEvent(new PopStateEvent('popstate')); });
    await expect.poll(() => headlineReports(page), { timeout: 30_000 }).toBe(String(beijing.reports));
    expect(partitionRequests).toEqual(['43.duckdb', '11.duckdb']);
    await expect.poll(() => page.locator('[data-testid="partition-status"]').getAttribute('data-loaded')).toBe('43,11');
    expect(await requests.innerText()).toBe(Number(beijing.requests).toLocaleString('zh-CN'));
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
