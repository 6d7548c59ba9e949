// `npm run bench:import`: import throughput of the browser extract worker (documents/s, MB/s) for
// text, HTML, docx and PDF, in headless Chromium, plus one ~50 MB PDF read while the main thread's
// longest stall is measured (the page must never freeze). Files are invented reports, served by the
// preview server so that only the worker's work is timed. Prints figures; asserts nothing.
// With `--batch` it measures a region's batch through the whole app instead (bench-import-batch.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { inventReport, type InventedFormat } from './invented/reports';
import { htmlPage, makeDocx, reportHtml } from './import-harness/files';
import { startImportServer } from './import-harness/server';
import { runBatchBench } from './bench-import-batch';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const N = { text: 200, html: 200, docx: 100, pdf: 20 };
const RUNS = 3;

function reportText(i: number): string {
  const formats: InventedFormat[] = ['2019', '2021', '2008-table', 'prose'];
  return inventReport(formats[i % formats.length], 1000 + i, 'spaces').text;
}

async function main() {
  const server = await startImportServer(join(process.cwd(), 'test-results/bench-import-dist'));
  const dir = join(server.outDir, 'bench');
  mkdirSync(dir, { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
  try {
    const sets: Record<string, string[]> = { text: [], html: [], docx: [], pdf: [] };
    for (let i = 0; i < N.text; i++) { writeFileSync(join(dir, `t${i}.txt`), reportText(i)); sets.text.push(`t${i}.txt`); }
    for (let i = 0; i < N.html; i++) { writeFileSync(join(dir, `h${i}.html`), inventReport('html', 2000 + i).text); sets.html.push(`h${i}.html`); }
    for (let i = 0; i < N.docx; i++) { writeFileSync(join(dir, `d${i}.docx`), makeDocx(reportText(i))); sets.docx.push(`d${i}.docx`); }
    const maker = await browser.newPage();
    for (let i = 0; i < N.pdf; i++) {
      await maker.setContent(htmlPage(reportHtml(reportText(i))));
      writeFileSync(join(dir, `p${i}.pdf`), await maker.pdf({ format: 'A4' }));
      sets.pdf.push(`p${i}.pdf`);
    }
    // ~50 MB: 80 pages, each a report table plus an incompressible noise image (a scan-sized payload).
    const noise = await maker.evaluate((n) => {
      const out: string[] = [];
      const c = document.createElement('canvas');
      c.width = 520; c.height = 420;
      const g = c.getContext('2d')!;
      for (let k = 0; k < n; k++) {
        const img = g.createImageData(c.width, c.height);
        for (let i = 0; i < img.data.length; i++) img.data[i] = i % 4 === 3 ? 255 : (Math.random() * 256) | 0;
        g.putImageData(img, 0, 0);
        out.push(c.toDataURL('image/png'));
      }
      return out;
    }, 80);
    const pages: string[] = [];
    for (let i = 0; i < 80; i++) {
      pages.push(`<div style="page-break-after:always">${reportHtml(reportText(i).split('\n').slice(0, 30).join('\n'))}<img src="${noise[i]}" style="width:60%"></div>`);
    }
    await maker.setContent(htmlPage(pages.join('')), { timeout: 120_000 });
    const big = await maker.pdf({ format: 'A4' });
    writeFileSync(join(dir, 'big.pdf'), big);
    await maker.close();

    const page = await browser.newPage();
    // tsx compiles with keepNames: functions passed to page.evaluate call its `__name` helper.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await page.goto(server.base);
    await page.locator('[data-testid="import-view"]').waitFor();
    // Worker start and pdf.js/mammoth load happen once per session: measured apart.
    const warm = await page.evaluate(async (names) => {
      const t0 = performance.now();
      const bufs = await Promise.all(names.map((n) => fetch(`bench/${n}`).then((r) => r.arrayBuffer())));
      const t1 = performance.now();
      await (window as any).__extractFiles(bufs.map((b, i) => ({ id: `w${i}`, name: names[i], type: '', buffer: b })), {});
      return { fetch: t1 - t0, first: performance.now() - t1 };
    }, [sets.text[0], sets.docx[0], sets.pdf[0]]);
    console.log(`worker warm-up (start + first txt, docx, pdf): ${warm.first.toFixed(0)} ms`);
    console.log('kind   docs    MB      median s   docs/s    MB/s   (median of ' + RUNS + ' runs)');
    for (const kind of ['text', 'html', 'docx', 'pdf'] as const) {
      const times: number[] = [];
      let bytes = 0;
      for (let r = 0; r < RUNS; r++) {
        const res = await page.evaluate(async (names) => {
          const bufs = await Promise.all(names.map((n) => fetch(`bench/${n}`).then((x) => x.arrayBuffer())));
          const size = bufs.reduce((s, b) => s + b.byteLength, 0);
          const t0 = performance.now();
          let reports = 0;
          const odd: string[] = [];
          await (window as any).__extractFiles(bufs.map((b, i) => ({ id: `r${i}`, name: names[i], type: '', buffer: b })), {
            onResult: (_id: string, docs: { name: string; extraction: { kind: string } | null }[]) => {
              for (const d of docs) { if (d.extraction?.kind === 'annual_report') reports++; else odd.push(d.name); }
            },
          });
          return { ms: performance.now() - t0, size, reports, odd };
        }, sets[kind]);
        times.push(res.ms);
        bytes = res.size;
        if (r === 0 && res.reports !== sets[kind].length) console.log(`  note: ${kind}: ${res.reports}/${sets[kind].length} read as annual reports (${res.odd.join(', ')})`);
      }
      const med = times.sort((a, b) => a - b)[Math.floor(times.length / 2)] / 1000;
      const mb = bytes / 1024 / 1024;
      console.log(`${kind.padEnd(6)} ${String(sets[kind].length).padStart(4)} ${mb.toFixed(2).padStart(7)} ${med.toFixed(2).padStart(10)} ${(sets[kind].length / med).toFixed(1).padStart(9)} ${(mb / med).toFixed(2).padStart(7)}`);
    }
    const bigRes = await page.evaluate(async () => {
      const buf = await fetch('bench/big.pdf').then((r) => r.arrayBuffer());
      const size = buf.byteLength;
      let maxGap = 0;
      let last = performance.now();
      let progress = 0;
      const tick = setInterval(() => { const now = performance.now(); maxGap = Math.max(maxGap, now - last); last = now; }, 10);
      const t0 = performance.now();
      let pages = 0;
      await (window as any).__extractFiles([{ id: 'big', name: 'big.pdf', type: 'application/pdf', buffer: buf }], {
        onProgress: (_id: string, stage: string, _d: number, total: number) => { progress++; if (stage === 'pages') pages = total; },
      });
      const ms = performance.now() - t0;
      clearInterval(tick);
      return { size, ms, maxGap, progress, pages };
    });
    console.log(`big PDF: ${(bigRes.size / 1024 / 1024).toFixed(1)} MB, ${bigRes.pages} pages, ${(bigRes.ms / 1000).toFixed(2)} s ` +
      `(${(bigRes.size / 1024 / 1024 / (bigRes.ms / 1000)).toFixed(1)} MB/s), ${bigRes.progress} progress messages, ` +
      `longest main-thread stall ${bigRes.maxGap.toFixed(0)} ms (10 ms timer)`);
  } finally {
    await browser.close();
    await server.close();
  }
}

// `--batch [300,2000]`: a region's batch through the whole app instead (scripts/bench-import-batch.ts).
const batchAt = process.argv.indexOf('--batch');
const run = batchAt > 0
  ? runBatchBench((process.argv[batchAt + 1] ?? '300,2000').split(',').map(Number).filter((n) => n > 0))
  : main();
run.catch((e) => { console.error(e); process.exit(1); });
