// PDF → text inside our own worker, with pdf.js in the same thread ("fake worker", stack.md §8):
// `useWorkerFetch` because there is no `document` here, and cMaps from our own assets because
// without them Chinese PDFs with non-embedded fonts come back empty, silently.
import type { Problem } from './protocol';
import { runsToLines, toRun, type PositionedRun } from './pdfLines';

export type PdfText = { text: string; pages: number } | { problem: Problem };

type PdfJs = typeof import('pdfjs-dist');
let pdfjsPromise: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const worker = await import('pdfjs-dist/build/pdf.worker.min.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist');
  })();
  return pdfjsPromise;
}

/** Fewer visible characters than this per page (at least MIN_CHARS overall) means the pages are
 * images: a scan without a text layer. */
const CHARS_PER_PAGE = 10;
const MIN_CHARS = 20;

export async function pdfToText(
  bytes: Uint8Array,
  assetsUrl: string,
  onPage: (done: number, total: number) => void,
): Promise<PdfText> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js may take ownership of the buffer: give it a copy so the caller's bytes stay usable.
    data: bytes.slice(),
    cMapUrl: `${assetsUrl}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${assetsUrl}standard_fonts/`,
    wasmUrl: `${assetsUrl}wasm/`,
    useWorkerFetch: true,
    isEvalSupported: false,
    disableFontFace: true,
    // Never ask for a password: an encrypted file is reported, not prompted for.
  });
  task.onPassword = () => { void task.destroy(); };
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      const e = err as Error;
      if (e?.name === 'PasswordException' || /password/i.test(e?.message ?? '')) return { problem: { code: 'pdf_encrypted', detail: e.message } };
      return { problem: { code: 'pdf_corrupt', detail: e?.message ?? String(err) } };
    }
    const pages: string[] = [];
    let visible = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      try {
        const page = await doc.getPage(p);
        const content = await page.getTextContent();
        const runs = content.items.map(toRun).filter((r): r is PositionedRun => r !== null);
        const lines = runsToLines(runs);
        for (const l of lines) visible += l.replace(/\s/g, '').length;
        pages.push(lines.join('\n'));
        page.cleanup();
      } catch (err) {
        // One broken page does not lose the others.
        pages.push('');
        if (p === 1 && doc.numPages === 1) return { problem: { code: 'pdf_corrupt', detail: (err as Error).message } };
      }
      onPage(p, doc.numPages);
    }
    if (visible < Math.max(MIN_CHARS, CHARS_PER_PAGE * doc.numPages)) {
      return { problem: { code: 'pdf_no_text', detail: `${visible} characters on ${doc.numPages} page(s)` } };
    }
    return { text: pages.join('\n'), pages: doc.numPages };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
