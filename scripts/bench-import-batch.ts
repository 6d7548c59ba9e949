// `npm run bench:import -- --batch [300,2000]`: a region's batch through the whole app (built with
// vite, headless Chromium, real DuckDB-WASM and IndexedDB). For each size: N generated reports of
// distinct agencies (real township names from the division list, invented text from
// scripts/invented/region.ts) are chosen in the Import view's file input; it prints the seconds until
// every file is read, then until 全部添加 has put all N in the views' tables, reports per second, the
// longest main-thread stall while the files are read and while they are added, and the count of
// stalls over 100 ms over both (a 10 ms timer on the page), and the
// seconds from a reload until all N saved reports are back in the tables. Prints; asserts nothing.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview, type InlineConfig } from 'vite';
import { divisionTree } from '../src/domain/divisionTree';
import { inventRegionReports, type RegionReport } from './invented/region';

const REPO = resolve(import.meta.dirname, '..');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

/** N reports of N distinct townships and streets (whole counties, in code order), report year 2022. */
export function batchReports(n: number): RegionReport[] {
  const tree = divisionTree(JSON.parse(readFileSync(join(REPO, 'public/divisions.json'), 'utf8')));
  const out: RegionReport[] = [];
  for (const province of tree.children(null)) {
    for (const city of tree.units(province.code)) {
      for (const county of tree.units(city.code)) {
        const units = tree.units(county.code).filter((u) => u.tier === 'township').slice(0, n - out.length);
        if (!units.length) continue;
        out.push(...inventRegionReports({ province: province.name, city: city.name, county: county.name }, units, [2022]));
        if (out.length >= n) return out;
      }
    }
  }
  return out;
}

async function userCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const ds = (window as unknown as { __nianbao?: { consoleQuery(s: string): Promise<{ rows: { n: number | bigint }[] }> } }).__nianbao;
    if (!ds) return -1;
    try { return Number((await ds.consoleQuery(`SELECT count(*) AS n FROM reports WHERE origin = 'user'`)).rows[0].n); } catch { return -1; }
  });
}

async function until(f: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await f()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

export async function runBatchBench(sizes: number[]): Promise<void> {
  const config: InlineConfig = {
    root: REPO, logLevel: 'warn',
    build: { outDir: resolve(REPO, 'test-results/bench-batch-dist'), emptyOutDir: true },
    preview: { host: '127.0.0.1', port: 0 },
  };
  await build(config);
  const server = await preview(config);
  const base = server.resolvedUrls!.local[0];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
  mkdirSync(resolve(REPO, 'test-results'), { recursive: true });
  try {
    console.log('batch   read s   add s   total s   reports/s   longest stall ms (reading / adding)   stalls>100ms   reload→views s');
    for (const n of sizes) {
      const reports = batchReports(n);
      const context = await browser.newContext(); // a fresh IndexedDB per size
      const page = await context.newPage();
      await page.addInitScript({ content: `
        globalThis.__stall = { max: 0, over100: 0, last: performance.now() };
        setInterval(() => { const s = globalThis.__stall, now = performance.now(), gap = now - s.last;
          if (gap > s.max) s.max = gap; if (gap > 110) s.over100++; s.last = now; }, 10);` });
      await page.goto(`${base}?view=import`);
      await page.locator('[data-testid="file-input"]').waitFor();
      await until(async () => (await userCount(page)) >= 0, 60_000);
      await page.evaluate(() => { const s = (globalThis as unknown as { __stall: { max: number; over100: number; last: number } }).__stall; s.max = 0; s.over100 = 0; s.last = performance.now(); });
      const t0 = Date.now();
      await page.locator('[data-testid="file-input"]').setInputFiles(reports.map((r) => ({ name: r.fileName, mimeType: 'text/plain', buffer: Buffer.from(r.text) })));
      await until(async () => (await page.locator('[data-testid="file-row"][data-status="done"]').count()) === reports.length, 600_000);
      const t1 = Date.now();
      const readStall = await page.evaluate(() => { const s = (globalThis as unknown as { __stall: { max: number; over100: number; last: number } }).__stall; const r = s.max; s.max = 0; s.last = performance.now(); return r; });
      await page.locator('[data-testid="add-all"]').click();
      const ok = await until(async () => (await userCount(page)) === reports.length, 600_000);
      const t2 = Date.now();
      const stall = await page.evaluate(() => (globalThis as unknown as { __stall: { max: number; over100: number } }).__stall);
      const t3 = Date.now();
      await page.reload();
      await until(async () => (await userCount(page)) === reports.length, 600_000);
      const t4 = Date.now();
      const s = (ms: number) => (ms / 1000).toFixed(1);
      console.log(`${String(reports.length).padStart(5)} ${s(t1 - t0).padStart(8)} ${s(t2 - t1).padStart(7)} ${s(t2 - t0).padStart(9)} ${(reports.length / ((t2 - t0) / 1000)).toFixed(1).padStart(11)} ` +
        `${`${readStall.toFixed(0)} / ${stall.max.toFixed(0)}`.padStart(35)} ${String(stall.over100).padStart(14)} ${s(t4 - t3).padStart(16)}${ok ? '' : '   (not all reached the tables)'}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
}
