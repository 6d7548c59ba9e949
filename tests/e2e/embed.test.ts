// Embeds on another site's page: a host page on another origin (another port of 127.0.0.1) holds
// three embeds of the built app served under a sub-path by a plain static server. Each draws from its
// slice, sizes its iframe through the resize script, works at 320 px, switches to its table from the
// keyboard; no request leaves 127.0.0.1, nothing logs an error, DuckDB is never reachable from
// embed.html. And the Embed dialog's snippet, pasted into a page, shows the preview's chart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { CHROMIUM, FLAGS, hasChromium } from './browser';
import { hostPage, serveHostPages, serveStatic, type Running } from '../../scripts/embed-host/servers';
import { reachableAssets } from '../../scripts/embed-host/chunkGraph';
import { writeSlices } from '../../scripts/slices/writeSlices';

const ROOT = resolve(__dirname, '../..');
const DIST = resolve(ROOT, 'node_modules/.cache/nianbao-e2e-embed');
const PREFIX = '/sub/nianbao/';
const haveData = existsSync(resolve(ROOT, 'data/nianbao.duckdb'));
if (!hasChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-wqy-microhei`);
if (!hasChromium) console.warn(`SKIPPING embed e2e: ${CHROMIUM} not found`);

const EMBEDS = ['view=compare&metric=requests_received', 'view=trends&metric=requests_received&lang=en', 'view=compliance'];
let app: Running;
let host: Running;
let browser: Browser;
const pages = new Map<string, string>();

/** A page that records every request leaving 127.0.0.1 and every error (the frames' too). */
async function openPage(url: string, width = 1000) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const strays: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => { const u = new URL(r.url()); if (!/^(data|blob):$/.test(u.protocol) && u.hostname !== '127.0.0.1') strays.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, strays, errors };
}

async function frameOf(page: Page, n: number, selector = 'iframe'): Promise<Frame> {
  const f = await (await page.locator(selector).nth(n).elementHandle())!.contentFrame();
  return f!;
}

/** Each iframe ends as tall as its embed says, and as its content is. */
async function expectSized(page: Page) {
  const n = await page.locator('iframe').count();
  for (let i = 0; i < n; i++) {
    const frame = await frameOf(page, i);
    // Chromium pauses rendering (and so ResizeObserver) in cross-origin frames out of view: an embed
    // below the fold sizes itself when it comes near the viewport, as a reader scrolls to it
    await page.locator('iframe').nth(i).scrollIntoViewIfNeeded();
    await expect.poll(async () => {
      const last = await page.evaluate((k) => (globalThis as unknown as { __resizeMessages: { frame: number; height: number }[] }).__resizeMessages.filter((m) => m.frame === k).at(-1)?.height ?? -1, i);
      const frameHeight = await page.locator('iframe').nth(i).evaluate((f) => Math.round(f.getBoundingClientRect().height));
      const content = await frame.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().height));
      return `message ${last}, frame ${frameHeight}, content ${content}`;
    }, { timeout: 15_000 }).toMatch(/^message (\d+), frame \1, content \1$/);
    // nothing hidden behind a scrollbar, either way
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1)).toBe(true);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  }
}

describe.skipIf(!hasChromium || !haveData)('embeds in another site\'s page', () => {
  beforeAll(async () => {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
    // the slices the ingest writes next to the dataset, cut here from the built copy of data/
    await writeSlices(join(DIST, 'data/nianbao.duckdb'), join(DIST, 'data'), { dataset: 'bundled', extractor_version: 'e2e' });
    app = await serveStatic(DIST, PREFIX);
    host = await serveHostPages(pages);
    pages.set('/three.html', hostPage([
      ...EMBEDS.map((q, i) => `<iframe src="${app.origin}${PREFIX}embed.html?${q.replace(/&/g, '&amp;')}" title="embed ${i}" style="width:100%;height:150px;border:0"></iframe>`),
      `<script src="${app.origin}${PREFIX}embed-resize.js" async></script>`,
    ]));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await host?.close();
  });

  it('embed.html never reaches DuckDB: no engine, worker or wasm in its chunk graph', () => {
    const assets = reachableAssets(DIST, 'embed.html');
    expect(assets.some((a) => /^assets\/embed-.*\.js$/.test(a))).toBe(true);
    expect(assets.filter((a) => /duckdb|\.wasm$|worker/i.test(a))).toEqual([]);
    for (const a of assets.filter((x) => x.endsWith('.js'))) expect(readFileSync(join(DIST, a), 'utf8'), a).not.toMatch(/AsyncDuckDB|selectBundle/);
    // the app's own graph does reach it (the scanner finds what it looks for)
    expect(reachableAssets(DIST, 'index.html').some((a) => a.endsWith('.wasm'))).toBe(true);
  });

  it('three embeds on a host page of another origin: each draws, sizes its frame, works at 320 px', async () => {
    const { page, strays, errors } = await openPage(`${host.origin}/three.html`);
    for (let i = 0; i < EMBEDS.length; i++) {
      await page.frameLocator('iframe').nth(i).locator('[data-chart-ready="1"]').waitFor({ timeout: 30_000 });
      const f = await frameOf(page, i);
      expect(await f.locator('[data-testid="embed-source"]').innerText()).toMatch(/(年报数据已发布数据集|Nianbao published dataset).*(e2e)/);
      // the chart is described in words for screen readers
      expect((await f.locator('#embed-desc').innerText()).length).toBeGreaterThan(10);
      expect(new URL(await f.locator('[data-testid="embed-open"]').getAttribute('href') ?? '', f.url()).pathname).toBe(PREFIX);
      // stores nothing
      expect(await f.evaluate(async () => localStorage.length + sessionStorage.length + document.cookie.length + (await indexedDB.databases()).length)).toBe(0);
    }
    const messages = await page.evaluate(() => (globalThis as unknown as { __resizeMessages: { frame: number }[] }).__resizeMessages);
    for (let i = 0; i < EMBEDS.length; i++) expect(messages.filter((m) => m.frame === i).length).toBeGreaterThan(0);
    await expectSized(page);

    await page.setViewportSize({ width: 320, height: 800 });
    for (let i = 0; i < EMBEDS.length; i++) await page.frameLocator('iframe').nth(i).locator('[data-chart-ready="1"]').waitFor();
    await expectSized(page);
    for (let i = 0; i < EMBEDS.length; i++) {
      const canvasWidth = await (await frameOf(page, i)).locator('canvas').first().evaluate((c) => c.getBoundingClientRect().width);
      expect(canvasWidth).toBeLessThanOrEqual(320);
    }
    await page.close();
    expect(strays).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a hostile agency name or a thousand agencies: a specific message, shown as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { page, strays, errors } = await openPage(`${app.origin}${PREFIX}embed.html?view=trends&agencies=${encodeURIComponent(evil)}&lang=en`, 320);
    await expect.poll(() => page.locator('[data-testid="embed-problem"]').innerText()).toBe(`The dataset has no such figure for this agency: ${evil}`);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.goto(`${app.origin}${PREFIX}embed.html?view=trends&agencies=${Array.from({ length: 1000 }, (_, i) => `a${i}`).join('|')}`);
    await expect.poll(() => page.locator('[data-testid="embed-problem"]').innerText()).toBe('机关太多：1000 个（嵌入最多 20 个）');
    await page.close();
    expect(strays).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the table is one keypress away: Tab to the toggle, Enter, and T back to the chart', async () => {
    const { page, strays, errors } = await openPage(`${host.origin}/three.html`);
    for (let i = 0; i < EMBEDS.length; i++) await page.frameLocator('iframe').nth(i).locator('[data-chart-ready="1"]').waitFor({ timeout: 30_000 });
    const ranking = await frameOf(page, 2);
    let focused: string | null = null;
    for (let n = 0; n < 30 && focused !== 'embed-toggle'; n++) {
      await page.keyboard.press('Tab');
      focused = await ranking.evaluate(() => (document.hasFocus() ? document.activeElement?.getAttribute('data-testid') ?? null : null));
    }
    expect(focused).toBe('embed-toggle');
    await page.keyboard.press('Enter');
    await ranking.locator('[data-testid="embed-table"]').waitFor();
    expect(await ranking.locator('[data-testid="embed-table"] tbody tr').count()).toBeGreaterThan(0);
    await expectSized(page);
    await page.keyboard.press('t');
    await ranking.locator('[data-chart-ready="1"]').waitFor();
    await page.close();
    expect(strays).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('the Embed dialog: its responsive snippet, pasted into a host page, shows the preview\'s chart', async () => {
    const { page, strays, errors } = await openPage(`${app.origin}${PREFIX}?view=compare&metric=requests_received&level=department`);
    await page.locator('[data-chart="compare"][data-chart-ready="1"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="embed-compare"]').click();
    const preview = page.frameLocator('[data-testid="embed-preview"]');
    await preview.locator('[data-chart-ready="1"]').waitFor({ timeout: 30_000 });
    const previewText = { desc: await preview.locator('#embed-desc').innerText(), title: await preview.locator('h1').innerText() };
    const snippet = await page.locator('[data-testid="embed-code-responsive"]').inputValue();
    expect(snippet).toContain('embed-resize.js');
    pages.set('/pasted.html', hostPage([snippet]));
    const pasted = await openPage(`${host.origin}/pasted.html`);
    const frame = pasted.page.frameLocator('iframe');
    await frame.locator('[data-chart-ready="1"]').waitFor({ timeout: 30_000 });
    expect({ desc: await frame.locator('#embed-desc').innerText(), title: await frame.locator('h1').innerText() }).toEqual(previewText);
    expect(previewText.title).toMatch(/收到|申请/);
    await expectSized(pasted.page);
    await pasted.page.close();
    await page.close();
    expect([...strays, ...pasted.strays]).toEqual([]);
    expect([...errors, ...pasted.errors]).toEqual([]);
  });
});
