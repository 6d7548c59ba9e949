// The built app copied under a deep path of a plain static server (not vite preview): it must find
// its scripts, DuckDB bundles and data with relative URLs only, never ask for anything outside its
// folder, and read another dataset from `?data=../other-data/`. Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadStream, existsSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { generateSynthetic } from '../../scripts/gen-synthetic';
import { CHROMIUM, FLAGS, hasChromium } from './browser';

const ROOT = resolve(__dirname, '../..');
const CACHE = resolve(ROOT, 'node_modules/.cache/nianbao-e2e-subpath');
const APP_DIR = resolve(CACHE, 'app');
const OTHER_DIR = resolve(CACHE, 'other-data');
const APP_PREFIX = '/embed/nianbao/';
const OTHER_PREFIX = '/embed/other-data/';
const SEEDS = ['集里街道', '山城区', '东宁街道', '平潭综合实验区'];
const haveData = existsSync(resolve(ROOT, 'data/nianbao.duckdb'));
if (!hasChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-wqy-microhei`);
if (!hasChromium) console.warn(`SKIPPING sub-path e2e: ${CHROMIUM} not found`);
if (hasChromium && !haveData) console.warn('SKIPPING sub-path e2e: data/nianbao.duckdb missing (run npm run ingest)');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.woff2': 'font/woff2', '.map': 'application/json',
};

/** Serves `dir` under `prefix` for each mount; everything else is 404 and recorded. */
function staticServer(mounts: [prefix: string, dir: string][], misses: string[]): Server {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = mounts.find(([p]) => path.startsWith(p));
    const file = mount ? resolve(mount[1], `.${path.slice(mount[0].length - 1)}${path.endsWith('/') ? 'index.html' : ''}`) : '';
    if (!mount || !(file === mount[1] || file.startsWith(mount[1] + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      misses.push(path);
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': statSync(file).size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
}

let server: Server;
let browser: Browser;
let origin: string;
const misses: string[] = [];

/** Opens the app and records every request that leaves the allowed prefixes, and every page error. */
async function open(query: string, allowed: string[]) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const strays: string[] = [];
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    if (u.startsWith('data:') || u.startsWith('blob:')) return;
    if (!allowed.some((p) => u.startsWith(origin + p))) strays.push(u);
  });
  await page.goto(`${origin}${APP_PREFIX}${query}`);
  return { page, strays, errors };
}

async function coverageText(page: Page): Promise<string> {
  await page.locator('[data-chart="coverage"][data-chart-ready="1"]').waitFor({ timeout: 30_000 });
  await page.locator('[role="toolbar"][aria-label="coverage"] button').first().click();
  return page.locator('[data-testid="coverage-table"]').innerText();
}

describe.skipIf(!hasChromium || !haveData)('built app under a sub-path of a plain static server', () => {
  beforeAll(async () => {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: APP_DIR, emptyOutDir: true } });
    rmSync(OTHER_DIR, { recursive: true, force: true });
    // 10 agencies: the 5 seed names and 5 '合成…' ones, which the bundled data never holds.
    await generateSynthetic({ out: OTHER_DIR, reports: 80 });
    server = staticServer([[APP_PREFIX, APP_DIR], [OTHER_PREFIX, OTHER_DIR]], misses);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (server) await new Promise<void>((r) => server.close(() => r()));
  });

  it('serves only its prefix (404 elsewhere)', async () => {
    expect((await fetch(`${origin}/index.html`)).status).toBe(404);
    expect((await fetch(`${origin}${APP_PREFIX}`)).status).toBe(200);
    misses.length = 0;
  });

  it('starts DuckDB, draws the overview and lists the seed agencies, all from inside the prefix', async () => {
    const { page, strays, errors } = await open('', [APP_PREFIX]);
    const text = await coverageText(page);
    for (const s of SEEDS) expect(text).toContain(s);
    expect(text).not.toContain('合成');
    await page.locator('[data-chart="by-level"][data-chart-ready="1"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="synthetic-banner"]').count()).toBe(0);
    await page.close();
    expect(strays).toEqual([]);
    expect(misses).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('?data=../other-data/ shows the other dataset, marked synthetic', async () => {
    const { page, strays, errors } = await open('?data=../other-data/', [APP_PREFIX, OTHER_PREFIX]);
    const text = await coverageText(page);
    expect(text).toMatch(/合成[区县市镇局省街道]+\d{6}/);
    await page.locator('[data-testid="synthetic-banner"]').waitFor({ timeout: 10_000 });
    // The choice of dataset survives in the links the app makes.
    await page.locator('nav a[data-view="compare"]').click();
    await expect.poll(() => page.url()).toContain('view=compare');
    expect(new URL(page.url()).searchParams.get('data')).toBe('../other-data/');
    await page.close();
    expect(strays).toEqual([]);
    expect(misses).toEqual([]);
    expect(errors).toEqual([]);
  });
});
