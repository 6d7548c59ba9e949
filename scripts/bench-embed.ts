// npm run bench:embed — embeds vs the full app in headless Chromium, on the bundled data: for each
// embed on a host page of another origin, the bytes transferred (bodies + headers, as a plain static
// server without compression sends them) and host navigation → chart drawn; the same for the full
// app (navigation → first chart); and three embeds on one page (shared chunks are fetched once).
// Each load starts with an empty cache (a new browser context). Prints medians of BENCH_LOADS loads.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { hostPage, serveHostPages, serveStatic, type Running } from './embed-host/servers';
import { writeSlices } from './slices/writeSlices';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'node_modules/.cache/nianbao-bench-embed');
const PREFIX = '/nianbao/';
const LOADS = Number(process.env.BENCH_LOADS ?? 5);

const EMBEDS: [string, string][] = [
  ['compare', 'view=compare&metric=requests_received'],
  ['trends', 'view=trends&metric=requests_received'],
  ['overview (coverage)', 'view=overview'],
  ['compliance ranking', 'view=compliance'],
];
const APP_VIEWS: [string, string][] = [['app: compare', '?view=compare&metric=requests_received'], ['app: overview', '']];

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;

/** Bytes of every response from the app's origin seen by a page (its frames included). */
function countBytes(page: Page, origin: string): () => Promise<{ bytes: number; requests: number }> {
  const done: Promise<number>[] = [];
  page.on('requestfinished', (r) => {
    if (r.url().startsWith(origin)) done.push(r.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  });
  return async () => { const xs = await Promise.all(done); return { bytes: xs.reduce((a, b) => a + b, 0), requests: xs.length }; };
}

async function loadEmbeds(browser: Browser, app: Running, host: Running, pages: Map<string, string>, queries: string[]) {
  const ctx = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await ctx.newPage();
  const path = `/h${Math.random().toString(36).slice(2)}.html`;
  pages.set(path, hostPage([...queries.map((q) => `<iframe src="${app.origin}${PREFIX}embed.html?${q}" style="width:100%;height:300px;border:0"></iframe>`),
    `<script src="${app.origin}${PREFIX}embed-resize.js" async></script>`]));
  const bytes = countBytes(page, app.origin);
  await page.goto(`${host.origin}${path}`);
  const times: number[] = [];
  const hostOrigin = await page.evaluate(() => performance.timeOrigin);
  for (let i = 0; i < queries.length; i++) {
    await page.frameLocator('iframe').nth(i).locator('[data-chart-ready="1"]').waitFor({ timeout: 60_000 });
    const frame = (await (await page.locator('iframe').nth(i).elementHandle())!.contentFrame())!;
    const drawn = await frame.evaluate(() => performance.timeOrigin + ((globalThis as { __nianbaoFirstChart?: number }).__nianbaoFirstChart ?? NaN));
    times.push(drawn - hostOrigin);
  }
  const b = await bytes();
  await ctx.close();
  pages.delete(path);
  return { ms: Math.max(...times), ...b };
}

async function loadApp(browser: Browser, app: Running, query: string) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const bytes = countBytes(page, app.origin);
  await page.goto(`${app.origin}${PREFIX}${query}`);
  await page.locator('[data-chart-ready="1"]').first().waitFor({ timeout: 180_000 });
  const ms = await page.evaluate(() => (globalThis as { __nianbaoFirstChart?: number }).__nianbaoFirstChart ?? NaN);
  await page.waitForLoadState('networkidle');
  const b = await bytes();
  await ctx.close();
  return { ms, ...b };
}

async function main() {
  process.stderr.write('bench:embed: building the app…\n');
  await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
  if (!existsSync(join(OUT, 'data/slices'))) {
    process.stderr.write('bench:embed: data/slices/ missing (run npm run ingest): cutting them from the built copy of data/\n');
    await writeSlices(join(OUT, 'data/nianbao.duckdb'), join(OUT, 'data'), { dataset: 'bundled', extractor_version: 'bench' });
  }
  const app = await serveStatic(OUT, PREFIX);
  const pages = new Map<string, string>();
  const host = await serveHostPages(pages);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const rows: [string, number, number, number][] = [];
  try {
    for (const [name, q] of EMBEDS) {
      const runs = [];
      for (let i = 0; i < LOADS; i++) runs.push(await loadEmbeds(browser, app, host, pages, [q]));
      rows.push([`embed: ${name}`, med(runs.map((r) => r.bytes)), med(runs.map((r) => r.requests)), med(runs.map((r) => r.ms))]);
    }
    const three = [];
    for (let i = 0; i < LOADS; i++) three.push(await loadEmbeds(browser, app, host, pages, [EMBEDS[0][1], EMBEDS[1][1], EMBEDS[3][1]]));
    rows.push(['3 embeds on one page (compare, trends, ranking)', med(three.map((r) => r.bytes)), med(three.map((r) => r.requests)), med(three.map((r) => r.ms))]);
    for (const [name, q] of APP_VIEWS) {
      const runs = [];
      for (let i = 0; i < LOADS; i++) runs.push(await loadApp(browser, app, q));
      rows.push([`full ${name}`, med(runs.map((r) => r.bytes)), med(runs.map((r) => r.requests)), med(runs.map((r) => r.ms))]);
    }
  } finally {
    await browser.close();
    await app.close();
    await host.close();
  }
  process.stdout.write(`bench:embed — medians of ${LOADS} cold loads, bundled data, no compression\n`);
  process.stdout.write(`${'what'.padEnd(50)} ${'transferred'.padStart(12)} ${'requests'.padStart(9)} ${'navigation → chart'.padStart(20)}\n`);
  for (const [name, bytes, requests, ms] of rows) {
    process.stdout.write(`${name.padEnd(50)} ${kb(bytes).padStart(12)} ${String(requests).padStart(9)} ${`${ms.toFixed(0)} ms`.padStart(20)}\n`);
  }
}

main().catch((e) => { process.stderr.write(`bench:embed: ${(e as Error).stack ?? e}\n`); process.exitCode = 1; });
