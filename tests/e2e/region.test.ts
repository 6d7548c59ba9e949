// A whole region at once, in the built app on its own dataset: a county's worth of invented township
// and street reports (the real unit names of 浏阳市 from the division list, figures invented by
// scripts/invented/, some units left out) built by the ingest (`npm run ingest -- DIR --out …`'s own
// code) and opened with `?data=`. Checks the tree picker and its counts, the breadcrumb, the region
// filter in every view, the missing units named, and the rollup with coverage and the same-units sums.
// Needs /usr/bin/chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runIngest } from '../../scripts/ingest';
import { inventRegionReports, type RegionUnit } from '../../scripts/invented/region';
import { inventReport2021 } from '../../scripts/invented/reports';
import { divisionTree } from '../../src/domain/divisionTree';
import { CHROMIUM, FLAGS, hasChromium } from './browser';

const ROOT = resolve(__dirname, '../..');
const CACHE = resolve(ROOT, 'node_modules/.cache/nianbao-e2e-region');
const APP_DIR = resolve(CACHE, 'app');
const DATA_DIR = resolve(CACHE, 'county-data');
const IN_DIR = resolve(CACHE, 'county-in');
if (!hasChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-wqy-microhei`);
if (!hasChromium) console.warn(`SKIPPING region e2e: ${CHROMIUM} not found`);

const tree = divisionTree(JSON.parse(readFileSync(resolve(ROOT, 'public/divisions.json'), 'utf8')));
const COUNTY = '430181';
const UNITS: RegionUnit[] = tree.units(COUNTY).map((n) => ({ code: n.code, name: n.name }));
// Every fourth unit published nothing for 2022; the last one (小河乡) never did.
const leftOut = (u: RegionUnit, year: number) => {
  const k = UNITS.indexOf(u);
  return k === UNITS.length - 1 || (year === 2022 && k % 4 === 3);
};
const REPORTS = inventRegionReports({ province: '湖南省', city: '长沙市', county: '浏阳市' }, UNITS, [2021, 2022], leftOut);
const MISSING_2022 = UNITS.filter((u) => leftOut(u, 2022));
const NEVER = UNITS[UNITS.length - 1];
const requestsOf = (code: string, year: number) => REPORTS.find((r) => r.unit.code === code && r.year === year)?.truth.requests_received;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.duckdb': 'application/octet-stream',
};

function staticServer(mounts: [prefix: string, dir: string][]): Server {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = mounts.find(([p]) => path.startsWith(p));
    const file = mount ? resolve(mount[1], `.${path.slice(mount[0].length - 1)}${path.endsWith('/') ? 'index.html' : ''}`) : '';
    if (!mount || !file.startsWith(mount[1] + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': statSync(file).size });
    createReadStream(file).pipe(res);
  });
}

let server: Server;
let browser: Browser;
let base: string;

async function open(query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}?data=../county-data/${query}`);
  return { page, errors };
}

const regionOf = (page: Page) => new URL(page.url()).searchParams.get('region');
const breadcrumb = (page: Page) => page.locator('[data-testid="region-breadcrumb"]');

async function tableText(page: Page, chart: string, testId: string): Promise<string> {
  await page.locator(`[data-chart="${chart}"][data-chart-ready="1"]`).waitFor({ timeout: 30_000 });
  await page.locator(`[role="toolbar"][aria-label="${chart}"] button`).first().click();
  return page.locator(`[data-testid="${testId}"]`).innerText();
}

describe.skipIf(!hasChromium)('a county at once: tree, breadcrumb, region filter, missing units, rollup', () => {
  beforeAll(async () => {
    rmSync(IN_DIR, { recursive: true, force: true });
    mkdirSync(IN_DIR, { recursive: true });
    for (const r of REPORTS) writeFileSync(join(IN_DIR, r.fileName), r.text);
    // Two reports of an invented township of an invented province: no division code can be resolved.
    let n = 0;
    for (let seed = 1; n < 2 && seed < 5000; seed++) {
      const r = inventReport2021(seed);
      if (r.agency.short === '白沙镇' && (r.year === 2021 || r.year === 2022) && !existsSync(join(IN_DIR, `baisha-${r.year}.txt`))) {
        writeFileSync(join(IN_DIR, `baisha-${r.year}.txt`), r.text);
        n++;
      }
    }
    await runIngest([IN_DIR], { outDir: DATA_DIR, log: () => undefined });
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: APP_DIR, emptyOutDir: true } });
    server = staticServer([['/app/', APP_DIR], ['/county-data/', DATA_DIR]]);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/app/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    if (server) await new Promise<void>((r) => server.close(() => r()));
  });

  it('the generated county leaves the chosen units out', () => {
    expect(UNITS).toHaveLength(32);
    expect(MISSING_2022).toHaveLength(8);
    expect(REPORTS).toHaveLength(31 + 24);
  });

  it('the tree picker shows only nodes with data, with counts, children on open; unresolved reports have their node', async () => {
    const { page, errors } = await open('');
    await page.locator('[data-chart="coverage"][data-chart-ready="1"]').waitFor({ timeout: 90_000 }); // the first load after the build
    await page.locator('[data-testid="region-picker-toggle"]').click();
    const tree = page.locator('[data-testid="region-tree"]');
    await tree.locator('[data-region="43"]').waitFor({ timeout: 20_000 });
    // Only 湖南省 and the unresolved node at the top: no other province has data.
    expect(await tree.locator('[role="tree"] > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-region')))).toEqual(['43', 'unresolved']);
    expect(await tree.locator('[data-region="43"]').first().innerText()).toContain('(55');
    expect(await tree.locator('[data-region="4301"]').count()).toBe(0); // children appear only when opened
    await tree.locator('[data-region="43"] > button').click();
    await tree.locator('[data-region="4301"] > button').click();
    expect(await tree.locator('[data-region="4301"] > ul > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-region')))).toEqual([COUNTY]);
    await tree.locator(`[data-region="${COUNTY}"] > button`).click();
    // 31 units have a report, 小河乡 none: it is not listed
    expect(await tree.locator(`[data-region="${COUNTY}"] > ul > li`).count()).toBe(31);
    expect(await tree.locator(`[data-region="${NEVER.code}"]`).count()).toBe(0);
    expect(await tree.locator(`[data-region="${UNITS[3].code}"]`).innerText()).toContain('(1'); // 2021 only
    // the unresolved node says why, and choosing it shows those reports
    expect(await tree.locator('[data-region="unresolved"]').innerText()).toMatch(/未能定位到区划[\s\S]*区划代码/);
    await tree.locator('[data-region="unresolved"] > a').click();
    expect(regionOf(page)).toBe('unresolved');
    const text = await tableText(page, 'coverage', 'coverage-table');
    expect(text).toContain('白沙镇');
    expect(text).not.toContain('社港镇');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('the breadcrumb shows where you are, each crumb a link; old province-name links still work', async () => {
    const { page, errors } = await open(`&region=${UNITS[4].code}`);
    const crumbs = () => breadcrumb(page).locator('li').allInnerTexts();
    await expect.poll(crumbs, { timeout: 20_000 }).toEqual(['全国', '湖南省', '长沙市', '浏阳市', '社港镇']);
    expect(await breadcrumb(page).locator('[aria-current="location"]').innerText()).toBe('社港镇');
    await breadcrumb(page).getByRole('link', { name: '浏阳市' }).click();
    expect(regionOf(page)).toBe(COUNTY);
    await breadcrumb(page).getByRole('link', { name: '长沙市' }).click();
    expect(regionOf(page)).toBe('4301');
    await breadcrumb(page).getByRole('link', { name: '全国' }).click();
    expect(regionOf(page)).toBeNull();
    await page.goto(`${base}?data=../county-data/&region=${encodeURIComponent('湖南省')}`);
    await expect.poll(crumbs, { timeout: 20_000 }).toEqual(['全国', '湖南省']);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('Overview: the county’s missing units named, counted in the headline, empty rows in the coverage matrix', async () => {
    const { page, errors } = await open(`&region=${COUNTY}`);
    const missing = page.locator('[data-testid="missing-units"]');
    await missing.locator('li').first().waitFor({ timeout: 30_000 });
    expect(await missing.locator('li').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))).toEqual(MISSING_2022.map((u) => u.code));
    const text = await missing.innerText();
    expect(text).toContain('本数据集中没有');
    expect(text).toContain('并不证明');
    expect(await page.locator('[data-testid="headline-units"]').innerText()).toBe('24 / 32 个乡镇街道有 2022 年报告');
    const coverage = await tableText(page, 'coverage', 'coverage-table');
    expect(coverage).toMatch(new RegExp(`${NEVER.name}\\s+—\\s+未发布`));
    expect(coverage).not.toContain('白沙镇');
    // the same in English
    await page.locator('[data-testid="lang-toggle"]').click();
    expect(await page.locator('[data-testid="headline-units"]').innerText()).toBe('24 of 32 townships and streets have a 2022 report');
    expect(await missing.innerText()).toContain('not proof that none was published');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('every view filters by the region, combined with the level filter', async () => {
    const street = UNITS[1]; // 集里街道
    const { page, errors } = await open(`&view=compare&year=2022&region=${COUNTY}&level=township`);
    const compare = await tableText(page, 'compare', 'compare-table');
    expect(compare.split('\n').length - 1).toBe(24);
    expect(await page.locator('[data-testid="region-median"]').innerText()).toMatch(/地区中位数 \d/);
    await page.goto(`${base}?data=../county-data/&view=compare&year=2022&region=${street.code}`);
    const one = await tableText(page, 'compare', 'compare-table');
    expect(one).toContain(street.name);
    expect(one.split('\n').length - 1).toBe(1);
    await page.goto(`${base}?data=../county-data/&view=data&region=${street.code}`);
    await expect.poll(() => page.locator('section[aria-labelledby="data-title"] > p.note').innerText(), { timeout: 20_000 }).toMatch(/^2 /);
    await page.goto(`${base}?data=../county-data/&view=compliance&year=2022&region=${COUNTY}`);
    await page.locator('[data-testid="missing-units"] li').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid="missing-units"] li').count()).toBe(8);
    await page.goto(`${base}?data=../county-data/&view=compliance&region=unresolved`);
    await page.locator('[data-testid="scorecard-table"] tbody tr').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-testid="scorecard-table"] tbody').innerText()).not.toMatch(/街道|社港镇/);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('Import: a county’s batch added in one go (a clash waits for a decision), in the region after a reload', async () => {
    // 长沙县's 18 units for 2022, the user's own, one left out; one unit twice (other bytes: same agency
    // and year). 㮾梨街道 (units[3]) is in: its first character is of CJK Extension A (U+3BBE), which the
    // extractor once dropped, so its code was not resolved.
    const units = tree.units('430121').map((n) => ({ code: n.code, name: n.name }));
    expect(units[3].name).toBe('㮾梨街道');
    const absent = [units[17]];
    const batch = inventRegionReports({ province: '湖南省', city: '长沙市', county: '长沙县' }, units, [2022], (u) => absent.includes(u));
    const again = inventRegionReports({ province: '湖南省', city: '长沙市', county: '长沙县' }, units.slice(0, 1), [2022])[0];
    const files = [...batch.map((r) => ({ name: r.fileName, text: r.text })), { name: 'again.txt', text: again.text.replace('部分栏目', '个别栏目') }]
      .map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) }));
    const { page, errors } = await open('&view=import');
    await page.locator('[data-testid="file-input"]').setInputFiles(files);
    await expect.poll(() => page.locator('[data-testid="file-row"][data-status="done"]').count(), { timeout: 60_000 }).toBe(18);
    await page.locator('[data-testid="add-all"]').click();
    await expect.poll(() => page.locator('[data-testid="workspace-notice"]').innerText().catch(() => ''), { timeout: 30_000 })
      .toBe('已一次添加 17 份报告；1 份与已有报告同一机关同一年度，请在下方逐份决定。');
    expect(await page.locator('[data-testid="conflict"]').count()).toBe(1);
    // Saved in IndexedDB: after a reload they are back, under their county in the tree and the headline.
    await page.goto(`${base}?data=../county-data/&region=430121`);
    await expect.poll(() => page.locator('[data-testid="headline-units"]').innerText().catch(() => ''), { timeout: 30_000 })
      .toBe('17 / 18 个乡镇街道有 2022 年报告');
    expect(await page.locator('[data-testid="missing-units"] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')))).toEqual(absent.map((u) => u.code));
    // A whole folder, sub-folders included, through the folder picker.
    const folder = join(CACHE, 'folder-in');
    rmSync(folder, { recursive: true, force: true });
    const wangcheng = tree.units('430112').slice(0, 3).map((n) => ({ code: n.code, name: n.name }));
    inventRegionReports({ province: '湖南省', city: '长沙市', county: '望城区' }, wangcheng, [2022]).forEach((r, k) => {
      const dir = join(folder, k === 0 ? '' : `part${k}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, r.fileName), r.text);
    });
    await page.goto(`${base}?data=../county-data/&view=import`);
    await page.locator('[data-testid="folder-input"]').setInputFiles(folder);
    await expect.poll(() => page.locator('[data-testid="file-row"][data-status="done"]').count(), { timeout: 30_000 }).toBe(3);
    await page.locator('[data-testid="add-all"]').click();
    await expect.poll(() => page.locator('[data-testid="workspace-notice"]').innerText().catch(() => ''), { timeout: 30_000 })
      .toBe('已一次添加 3 份报告；0 份与已有报告同一机关同一年度，请在下方逐份决定。');
    await page.close();
    expect(errors).toEqual([]);
  });

  it('Import: the unit picked from the division tree in the preview sets its code; the report counts under that unit', async () => {
    // A township no list knows (鹭栖乡 of an invented county and province): no code is resolved. The
    // user picks 小河乡 of 浏阳市 (the unit that never published) from the tree, by keyboard.
    const [r] = inventRegionReports({ province: '东海省', city: '望江市', county: '青山县' }, [{ code: 'x', name: '鹭栖乡' }], [2022]);
    const { page, errors } = await open('&view=import');
    await page.locator('[data-testid="file-input"]').setInputFiles([{ name: 'luqi.txt', mimeType: 'text/plain', buffer: Buffer.from(r.text) }]);
    const card = page.locator('[data-testid="preview-card"][data-name="luqi.txt"]');
    await card.waitFor({ timeout: 60_000 });
    const division = card.getByTestId('fix-division');
    expect(await division.getAttribute('data-code')).toBe('');
    expect(await division.innerText()).toBe('未定位到区划');
    await card.getByTestId('pick-unit-toggle').press('Enter');
    const picker = card.getByTestId('unit-picker-tree');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('pick-unit-search');
    expect(await picker.getByRole('tree').getAttribute('aria-label')).toBe('行政区划：选择报告所属单位');
    for (const code of ['43', '4301', COUNTY]) await picker.locator(`[data-region="${code}"] > button.tree-toggle`).press('Enter');
    expect(await picker.locator(`[data-region="${COUNTY}"] > ul > li`).count()).toBe(32); // every unit, not only those with data
    const unit = picker.locator(`[data-region="${NEVER.code}"] > [data-testid="pick-unit"]`);
    expect(await unit.getAttribute('aria-label')).toBe(`选择 湖南省 › 长沙市 › 浏阳市 › ${NEVER.name}`);
    await unit.press('Enter');
    // the code, the province and parent government, and the level the name gives; the picker closes
    expect(await division.getAttribute('data-code')).toBe(`${NEVER.code}000`);
    expect(await division.innerText()).toBe(`湖南省 › 长沙市 › 浏阳市 › ${NEVER.name} (${NEVER.code}000)`);
    expect(await card.getByTestId('fix-province').inputValue()).toBe('湖南省');
    expect(await card.getByTestId('fix-parent').inputValue()).toBe('浏阳市');
    expect(await card.getByTestId('fix-level').inputValue()).toBe('township');
    expect(await picker.count()).toBe(0);
    // the search finds a unit by name too (and Escape closes the picker)
    await card.getByTestId('pick-unit-toggle').click();
    await card.getByTestId('pick-unit-search').fill('集里');
    expect(await card.locator('[data-testid="pick-unit-found"] [data-testid="pick-unit"]').first().innerText()).toBe('湖南省 › 长沙市 › 浏阳市 › 集里街道');
    await card.getByTestId('pick-unit-search').press('Escape');
    expect(await card.getByTestId('unit-picker-tree').count()).toBe(0);
    expect(await division.getAttribute('data-code')).toBe(`${NEVER.code}000`);
    await card.getByTestId('add-report').click();
    await page.locator('[data-testid="mine-row"]').waitFor({ timeout: 30_000 });
    // Under 小河乡 now: in the tree (it had no node), the county's headline and missing units, Compare.
    await page.goto(`${base}?data=../county-data/&region=${COUNTY}`);
    await expect.poll(() => page.locator('[data-testid="headline-units"]').innerText().catch(() => ''), { timeout: 30_000 })
      .toBe('25 / 32 个乡镇街道有 2022 年报告');
    expect(await page.locator('[data-testid="missing-units"] li').evaluateAll((els) => els.map((e) => e.getAttribute('data-code'))))
      .toEqual(MISSING_2022.filter((u) => u !== NEVER).map((u) => u.code));
    await page.locator('[data-testid="region-picker-toggle"]').click();
    const regionTree = page.locator('[data-testid="region-tree"]');
    await regionTree.locator(`[data-region="${COUNTY}"] > button`).click(); // open down to the county already
    await regionTree.locator(`[data-region="${NEVER.code}"]`).waitFor({ timeout: 20_000 });
    expect(await regionTree.locator(`[data-region="${NEVER.code}"]`).innerText()).toContain(`${NEVER.name} (1`);
    await page.goto(`${base}?data=../county-data/&view=compare&year=2022&region=${NEVER.code}`);
    const one = await tableText(page, 'compare', 'compare-table');
    expect(one).toContain('鹭栖乡');
    expect(one.split('\n').length - 1).toBe(1);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('Trends: the county’s rollup over the years with coverage, and the same-units sums', async () => {
    const { page, errors } = await open(`&view=trends&region=${COUNTY}&metric=requests_received`);
    const coverage = page.locator('[data-testid="rollup-coverage"]');
    await expect.poll(() => coverage.innerText(), { timeout: 30_000 }).toBe('2021年：31/32 个单位；2022年：24/32 个单位');
    const sum = (year: number) => REPORTS.filter((r) => r.year === year).reduce((s, r) => s + (r.truth.requests_received ?? 0), 0);
    const both = UNITS.filter((u) => requestsOf(u.code, 2021) != null && requestsOf(u.code, 2022) != null);
    const sameCur = both.reduce((s, u) => s + (requestsOf(u.code, 2022) ?? 0), 0);
    const samePrev = both.reduce((s, u) => s + (requestsOf(u.code, 2021) ?? 0), 0);
    const rows = async () => (await tableText(page, 'rollup', 'rollup-table')).split('\n').slice(1).map((l) => l.split('\t').map((c) => c.replace(/,/g, '')));
    const plain = await rows();
    expect(plain.map((r) => r.slice(0, 5))).toEqual([
      ['2021', String(sum(2021)), '31', '31', '32'],
      ['2022', String(sum(2022)), '24', '24', '32'],
    ]);
    await page.locator('[data-testid="rollup-same-units"]').check();
    expect(new URL(page.url()).searchParams.get('same')).toBe('1');
    const same = (await page.locator('[data-testid="rollup-table"]').innerText()).split('\n').slice(1).map((l) => l.split('\t').map((c) => c.replace(/,/g, '')));
    expect(same[1].slice(5)).toEqual([String(both.length), String(samePrev), String(sameCur)]);
    expect(both.length).toBe(24);
    await page.close();
    expect(errors).toEqual([]);
  });
});
