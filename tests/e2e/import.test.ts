// Issue 4 in a real browser: files of every kind (and broken ones) go through the extract worker,
// the preview shows what was found, added reports reach the dataset, survive a reload, can be
// removed, replaced, exported and imported elsewhere. Fixtures are invented reports turned into
// .txt (UTF-8, GBK, UTF-16), .html, .docx (fflate), .pdf (Chromium's own page.pdf) and .zip here.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, extractReport, FLAGS, hasChromium } from './browser';
import { inventReport, type InventedReport } from '../../scripts/invented/reports';
import {
  encodeGbk, encodeUtf16le, escapeHtml, htmlPage, makeCorruptPdf, makeDocx, makeEncryptedDocx, makeStandardCjkFontPdf, reportHtml,
} from '../../scripts/import-harness/files';
import { startImportServer, type ImportServer } from '../../scripts/import-harness/server';

const CORPUS = resolve(__dirname, '../../../shared/corpus');
if (!hasChromium) {
  // In CI a missing browser is a failure (the launch below throws), not a skip.
  console.warn(process.env.CI ? 'import E2E: /usr/bin/chromium missing in CI' : 'import E2E skipped: /usr/bin/chromium is not installed');
}

interface FilePayload { name: string; mimeType: string; buffer: Buffer }
const file = (name: string, bytes: Uint8Array | string, mimeType = 'application/octet-stream'): FilePayload =>
  ({ name, mimeType, buffer: Buffer.from(typeof bytes === 'string' ? strToU8(bytes) : bytes) });

/** Invented reports with pairwise different agency and year, so only the deliberate duplicate conflicts. */
function distinctReports(n: number): InventedReport[] {
  const out: InventedReport[] = [];
  const seen = new Set<string>();
  for (let seed = 1; out.length < n && seed < 500; seed++) {
    const r = inventReport(seed % 2 ? '2021' : '2019', seed, 'spaces');
    const key = `${r.agency.name}|${r.year}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

interface CardInfo {
  name: string; kind: string; problem: string | null; agency: string | null; year: string | null; figures: number;
}

async function cards(page: Page): Promise<CardInfo[]> {
  return page.$$eval('[data-testid="preview-card"]', (els) => els.map((el) => ({
    name: el.getAttribute('data-name') ?? '',
    kind: el.getAttribute('data-kind') ?? '',
    problem: el.getAttribute('data-problem'),
    agency: (el.querySelector('[data-testid="fix-agency"]') as HTMLInputElement | null)?.value ?? null,
    year: (el.querySelector('[data-testid="fix-year"]') as HTMLInputElement | null)?.value ?? null,
    figures: el.querySelectorAll('[data-testid="preview-figures"] tbody tr').length,
  })));
}

async function importFiles(page: Page, files: FilePayload[]) {
  const before = await page.locator('[data-testid="file-row"]').count();
  await page.locator('[data-testid="file-input"]').setInputFiles(files);
  await page.waitForFunction(
    (n) => {
      const rows = [...document.querySelectorAll('[data-testid="file-row"]')];
      return rows.length >= n && rows.every((r) => r.getAttribute('data-status') === 'done');
    },
    before + files.length,
    { timeout: 120_000 },
  );
}

const card = (page: Page, name: string) => page.locator(`[data-testid="preview-card"][data-name="${name}"]`);

describe.skipIf(!hasChromium && !process.env.CI)('import in the browser (headless Chromium)', () => {
  let server: ImportServer;
  let browser: Browser;
  let ctx: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const reports = distinctReports(8);
  const [rTxt, rGbk, rUtf16, rHtml, rDocx, rPdf, rZipA, rZipB] = reports;
  let pdfBytes: Buffer;
  let scanPdf: Buffer;
  let png: Buffer;

  beforeAll(async () => {
    server = await startImportServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    // Fixtures only Chromium can make: a PDF with a CJK text layer, an image, a scan-like PDF.
    const maker = await browser.newPage();
    // Prose as paragraphs, figures in table cells: the PDF's text runs must be put back into rows
    // by position (and wrapped paragraphs rejoined) for the parsers to read them.
    await maker.setContent(htmlPage(reportHtml(rPdf.text)));
    pdfBytes = await maker.pdf({ format: 'A4' });
    await maker.setContent(htmlPage(`<pre>${escapeHtml(rPdf.text.split('\n').slice(0, 20).join('\n'))}</pre>`));
    png = await maker.screenshot({ type: 'png' });
    await maker.setContent(htmlPage(`<img src="data:image/png;base64,${png.toString('base64')}" style="width:100%">`));
    scanPdf = await maker.pdf({ format: 'A4' });
    await maker.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function freshPage(init?: () => void): Promise<Page> {
    ctx = await browser.newContext({ acceptDownloads: true });
    if (init) await ctx.addInitScript(init);
    const p = await ctx.newPage();
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('request', (r) => { if (!r.url().startsWith(server.base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) errors.push(`request left the app: ${r.url()}`); });
    await p.goto(server.base);
    await server.openImport(p);
    return p;
  }

  it('reads every kind of file, gives broken ones a specific message, and previews the rest', async () => {
    page = await freshPage();
    const zip = zipSync({
      'inner/a.txt': strToU8(rZipA.text),
      'inner/b.htm': strToU8(`<html><body>${rZipB.text.split('\n').map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</body></html>`),
      'inner/scan.png': new Uint8Array(png),
    });
    await importFiles(page, [
      file('report.txt', rTxt.text, 'text/plain'),
      file('report-gbk.txt', encodeGbk(rGbk.text), 'text/plain'),
      file('report-utf16.txt', encodeUtf16le(rUtf16.text), 'text/plain'),
      file('report.html', `<html><body>${rHtml.text.split('\n').map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</body></html>`, 'text/html'),
      file('report.docx', makeDocx(rDocx.text)),
      file('report.pdf', pdfBytes, 'application/pdf'),
      file('bundle.zip', zip, 'application/zip'),
      file('corrupt.pdf', makeCorruptPdf(), 'application/pdf'),
      file('scan.pdf', scanPdf, 'application/pdf'),
      file('locked.docx', makeEncryptedDocx()),
      file('photo.png', png, 'image/png'),
      file('empty.txt', new Uint8Array(0), 'text/plain'),
      file('mystery.bin', Uint8Array.from({ length: 300 }, (_, i) => (i * 31) % 7)),
      file('broken.docx', makeDocx(rDocx.text).slice(0, 300)),
      file('broken.zip', zip.slice(0, 200), 'application/zip'),
      file('notice.txt', '关于开展秋季消防演练的通知\n各科室：定于本周五下午组织全体人员参加消防演练，请准时参加。\n办公室\n', 'text/plain'),
      file('binary.txt', Uint8Array.from({ length: 600 }, (_, i) => (i % 5 === 0 ? 0 : 0x41 + (i % 50))), 'text/plain'),
    ]);
    const got = await cards(page);
    const byName = new Map(got.map((c) => [c.name, c]));
    // one card per document; the zip gives one per entry
    expect(got.map((c) => c.name).sort()).toEqual([
      'binary.txt', 'broken.docx', 'broken.zip', 'bundle.zip/inner/a.txt', 'bundle.zip/inner/b.htm', 'bundle.zip/inner/scan.png', 'corrupt.pdf', 'empty.txt',
      'locked.docx', 'mystery.bin', 'notice.txt', 'photo.png', 'report-gbk.txt', 'report-utf16.txt', 'report.docx', 'report.html',
      'report.pdf', 'report.txt', 'scan.pdf',
    ]);
    expect(byName.get('corrupt.pdf')?.problem).toBe('pdf_corrupt');
    expect(byName.get('scan.pdf')?.problem).toBe('pdf_no_text');
    expect(byName.get('locked.docx')?.problem).toBe('docx_encrypted');
    expect(byName.get('photo.png')?.problem).toBe('image');
    expect(byName.get('bundle.zip/inner/scan.png')?.problem).toBe('image');
    expect(byName.get('empty.txt')?.problem).toBe('empty');
    expect(byName.get('mystery.bin')?.problem).toBe('unknown_format');
    expect(byName.get('broken.docx')?.problem).toBe('docx_corrupt');
    expect(byName.get('broken.zip')?.problem).toBe('zip_corrupt');
    expect(byName.get('binary.txt')?.problem).toBe('undecodable');
    // A document that is no report says why (the extractor's reason), and cannot be added.
    expect(byName.get('notice.txt')?.kind).toBe('not_a_report');
    await expect(card(page, 'notice.txt').getByTestId('problem-message').textContent()).resolves.toMatch(/^不是年度报告：.+/);
    await expect(card(page, 'notice.txt').getByTestId('add-report').count()).resolves.toBe(0);
    // The invented report's own identity comes through the whole path (file → worker → preview).
    expect(byName.get('report.txt')).toMatchObject({ kind: 'annual_report', year: String(rTxt.year) });
    expect(byName.get('report.txt')?.agency).toContain(rTxt.agency.short);
    expect(byName.get('report.pdf')?.agency).toContain(rPdf.agency.short);
    expect(byName.get('report.txt')?.figures).toBeGreaterThan(0);
    // Word tables come through mammoth one cell per line, a layout the table parsers read.
    expect(byName.get('report.docx')?.figures).toBe(extractReport({ name: rDocx.fileName, text: rDocx.text }).metrics.length);
    expect(byName.get('report.pdf')?.figures).toBe(extractReport({ name: rPdf.fileName, text: rPdf.text }).metrics.length);
    await expect(card(page, 'scan.pdf').getByTestId('problem-message').textContent()).resolves.toContain('扫描件');

    // The worker runs the CLI's extractor: same bytes, same identity and figures as in Node.
    const same: [string, InventedReport, Uint8Array][] = [
      ['report.txt', rTxt, strToU8(rTxt.text)],
      ['report-gbk.txt', rGbk, encodeGbk(rGbk.text)],
      ['report-utf16.txt', rUtf16, encodeUtf16le(rUtf16.text)],
      ['bundle.zip/inner/a.txt', rZipA, strToU8(rZipA.text)],
    ];
    for (const [name, , bytes] of same) {
      const x = extractReport({ name, bytes });
      const c = byName.get(name)!;
      expect(c.kind, name).toBe(x.kind);
      expect(c.agency, name).toBe(x.agency ?? '');
      expect(c.year, name).toBe(x.report_year === null ? '' : String(x.report_year));
      expect(c.figures, name).toBe(x.metrics.length);
    }
    // Formats that are rebuilt into text (docx paragraphs, PDF lines, HTML) read as well as the plain text.
    for (const [name, r] of [['report.docx', rDocx], ['report.pdf', rPdf], ['report.html', rHtml], ['bundle.zip/inner/b.htm', rZipB]] as const) {
      const plain = extractReport({ name: r.fileName, text: r.text });
      const c = byName.get(name)!;
      expect(c.kind, name).toBe('annual_report');
      expect(c.year, name).toBe(plain.report_year === null ? '' : String(plain.report_year));
      expect(c.agency, name).toBe(plain.agency ?? '');
      expect(c.figures, name).toBeGreaterThanOrEqual(Math.min(plain.metrics.length, 1));
    }
    expect(errors).toEqual([]);
  });

  it('adds reports to the dataset as the user\'s own, with the user\'s corrections', async () => {
    await card(page, 'report.txt').getByTestId('add-report').click();
    await page.locator('[data-testid="mine-row"]').first().waitFor();
    const gbk = card(page, 'report-gbk.txt');
    await gbk.getByTestId('fix-agency').fill('测试更正机关');
    await gbk.getByTestId('fix-year').fill('2017');
    await gbk.getByTestId('fix-level').selectOption('department');
    await gbk.getByTestId('add-report').click();
    await expect.poll(() => page.locator('[data-testid="mine-row"]').count()).toBe(2);
    const rows = await server.userRows(page);
    expect(rows.map((r) => r.origin)).toEqual(['user', 'user']);
    const fixed = rows.find((r) => r.agency === '测试更正机关');
    expect(fixed).toMatchObject({ report_year: 2017, level: 'department', origin: 'user' });
    const plain = extractReport({ name: 'report.txt', bytes: strToU8(rTxt.text) });
    expect(rows.find((r) => r.file === 'report.txt')).toMatchObject({ agency: plain.agency, report_year: plain.report_year });
  });

  it('asks which to keep when a second report has the same agency and year', async () => {
    // Two more documents that the user says are from the same agency and year as report-gbk.txt.
    await importFiles(page, [file('report-v2.txt', `${rTxt.text}\n附：第二版。\n`, 'text/plain'), file('report-v3.txt', `${rTxt.text}\n附：第三版。\n`, 'text/plain')]);
    for (const name of ['report-v2.txt', 'report-v3.txt']) {
      await card(page, name).getByTestId('fix-agency').fill('测试更正机关');
      await card(page, name).getByTestId('fix-year').fill('2017');
    }
    const v2 = card(page, 'report-v2.txt');
    await v2.getByTestId('add-report').click();
    await v2.getByTestId('conflict').waitFor();
    await v2.getByTestId('keep-old').click();
    await expect.poll(() => v2.count()).toBe(0);
    expect((await server.userRows(page)).map((r) => r.file).sort()).toEqual(['report-gbk.txt', 'report.txt']);
    const v3 = card(page, 'report-v3.txt');
    await v3.getByTestId('add-report').click();
    await v3.getByTestId('conflict').waitFor();
    await v3.getByTestId('keep-new').click();
    await expect.poll(async () => (await server.userRows(page)).map((r) => r.file).sort()).toEqual(['report-v3.txt', 'report.txt']);
    await expect.poll(() => page.locator('[data-testid="mine-row"]').count()).toBe(2);
  });

  it('keeps added reports across a reload, and removal sticks', async () => {
    const before = (await server.userRows(page)).map((r) => r.report_id).sort();
    await page.reload();
    await server.openImport(page);
    await expect.poll(async () => (await server.userRows(page)).map((r) => r.report_id).sort()).toEqual(before);
    await expect(page.locator('[data-testid="mine-row"]').count()).resolves.toBe(before.length);
    const victim = page.locator('[data-testid="mine-row"]').first();
    const id = await victim.getAttribute('data-report-id');
    await victim.getByTestId('remove-report').click();
    await expect.poll(async () => (await server.userRows(page)).map((r) => r.report_id)).not.toContain(id);
    await page.reload();
    await server.openImport(page);
    await expect.poll(() => page.locator('[data-testid="mine-row"]').count()).toBe(before.length - 1);
    await expect(page.locator(`[data-testid="mine-row"][data-report-id="${id}"]`).count()).resolves.toBe(0);
  });

  it('exports the workspace to one file and imports it on another machine', async () => {
    const rowsHere = (await server.userRows(page)).map((r) => [r.report_id, r.agency, r.report_year]).sort();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-workspace').click()]);
    const path = await download.path();
    const text = readFileSync(path!, 'utf8');
    expect(JSON.parse(text).format).toBe('nianbao-workspace');
    await ctx.close();
    // A fresh context has its own, empty IndexedDB: "another machine".
    const other = await freshPage();
    await expect(other.locator('[data-testid="mine-row"]').count()).resolves.toBe(0);
    await other.getByTestId('workspace-input').setInputFiles({ name: 'ws.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await other.getByTestId('workspace-notice').waitFor();
    await expect.poll(async () => (await server.userRows(other)).map((r) => [r.report_id, r.agency, r.report_year]).sort()).toEqual(rowsHere);
    // a file that is not a workspace is refused with a message and changes nothing
    await other.getByTestId('workspace-input').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await expect.poll(() => other.getByTestId('workspace-notice').textContent()).toContain('无法导入');
    await expect(other.locator('[data-testid="mine-row"]').count()).resolves.toBe(rowsHere.length);
    await ctx.close();
  });

  it('never renders imported HTML as live HTML', async () => {
    const p = await freshPage();
    const evil = `<html><body><p>${escapeHtml(rTxt.text).split('\n').join('</p><p>')}</p>` +
      '<img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script><b id="injected">bold</b></body></html>';
    await importFiles(p, [file('evil.html', evil, 'text/html'), file('evil-name-<img src=x onerror=alert(1)>.txt', rTxt.text)]);
    await expect(p.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(p.locator('#injected').count()).resolves.toBe(0);
    await expect(p.locator('[data-testid="import-view"] img').count()).resolves.toBe(0);
    await ctx.close();
  });

  it('reads a Chinese PDF whose font is not embedded, with the CMaps served from our own assets', async () => {
    const p = await freshPage();
    const cmapRequests: string[] = [];
    p.on('request', (r) => { if (r.url().includes('/pdfjs/cmaps/')) cmapRequests.push(r.url()); });
    await importFiles(p, [file('standard-font.pdf', makeStandardCjkFontPdf(rZipA.text), 'application/pdf')]);
    const [c] = await cards(p);
    expect(c.problem).toBeNull();
    expect(c.kind).toBe('annual_report');
    expect(c.agency).toContain(rZipA.agency.short);
    expect(c.year).toBe(String(rZipA.year));
    expect(cmapRequests.some((u) => u.endsWith('UniGB-UCS2-H.bcmap'))).toBe(true);
    await ctx.close();
  });

  it('reads pasted text', async () => {
    const p = await freshPage();
    await p.getByTestId('paste-text').fill(rZipA.text);
    await p.getByTestId('paste-read').click();
    await p.locator('[data-testid="preview-card"]').first().waitFor();
    const [c] = await cards(p);
    const x = extractReport({ name: 'pasted.txt', text: rZipA.text });
    expect(c.kind).toBe(x.kind);
    expect(c.agency).toBe(x.agency ?? '');
    await ctx.close();
  });

  it('says so when the browser denies storage, keeps the session in memory and offers the export', async () => {
    const p = await freshPage(() => {
      IDBFactory.prototype.open = function () { throw new DOMException('denied by test', 'SecurityError'); };
    });
    await p.getByTestId('storage-warning').waitFor();
    await expect(p.getByTestId('storage-warning').textContent()).resolves.toContain('内存');
    await importFiles(p, [file('report.txt', rTxt.text, 'text/plain')]);
    await card(p, 'report.txt').getByTestId('add-report').click();
    await expect.poll(async () => (await server.userRows(p)).length).toBe(1);
    await expect(p.getByTestId('storage-warning').getByRole('button').count()).resolves.toBe(1);
    await ctx.close();
  });

  it('says so when storage is full, and what was stored before stays', async () => {
    const p = await freshPage();
    await importFiles(p, [file('report.txt', rTxt.text, 'text/plain'), file('report.html', `<p>${escapeHtml(rHtml.text)}</p>`, 'text/html')]);
    await card(p, 'report.txt').getByTestId('add-report').click();
    await expect.poll(() => p.locator('[data-testid="mine-row"]').count()).toBe(1);
    await p.evaluate(() => {
      IDBObjectStore.prototype.put = function () { throw new DOMException('quota', 'QuotaExceededError'); };
    });
    await card(p, 'report.html').getByTestId('add-report').click();
    await p.getByTestId('storage-warning').waitFor();
    await expect(p.getByTestId('storage-warning').textContent()).resolves.toContain('已满');
    await expect.poll(() => p.locator('[data-testid="mine-row"]').count()).toBe(2);
    await p.reload();
    await server.openImport(p);
    await expect.poll(() => p.locator('[data-testid="mine-row"]').count()).toBe(1);
    await ctx.close();
  });

  it('refuses a file over the size limit with a message and goes on with the others', async () => {
    const p = await freshPage();
    const big = Buffer.alloc(21 * 1024 * 1024, 0x41);
    await importFiles(p, [file('huge.txt', big, 'text/plain'), file('report.txt', rTxt.text, 'text/plain')]);
    const got = await cards(p);
    expect(got.find((c) => c.name === 'huge.txt')?.problem).toBe('too_large');
    expect(got.find((c) => c.name === 'report.txt')?.kind).toBe(extractReport({ name: 'report.txt', text: rTxt.text }).kind);
    await ctx.close();
  });

  const corpusPdfs = existsSync(CORPUS)
    ? readdirSync(CORPUS, { recursive: true }).map(String).filter((p) => p.endsWith('.pdf')).sort()
    : [];
  it.skipIf(corpusPdfs.length === 0)('reads the real PDFs of ../shared/corpus (skipped when absent)', async () => {
    const manifest = new Map(readFileSync(resolve(CORPUS, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1)
      .map((l) => l.split('\t')).filter((c) => c.length > 7).map((c) => [c[0], { year: c[7] }]));
    const p = await freshPage();
    await importFiles(p, corpusPdfs.map((rel) => file(rel.split('/').pop()!, readFileSync(resolve(CORPUS, rel)), 'application/pdf')));
    const got = await cards(p);
    for (const rel of corpusPdfs) {
      const c = got.find((x) => x.name === rel.split('/').pop())!;
      expect(c.kind, rel).toBe('annual_report');
      expect(c.agency, rel).not.toBe('');
      expect(c.year, rel).toBe(manifest.get(rel)?.year);
      expect(c.figures, rel).toBeGreaterThan(0);
    }
    await ctx.close();
  });
});
