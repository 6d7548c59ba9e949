// PDF → text inside our own worker, with pdf.js in the same thread ("fake worker", stack.md §8):
// `useWorkerFetch` because there is no `document` here, and cMaps from our own assets because
// without them Chinese PDFs with non-embedded fonts come back empty, silently.
import type { Problem } from './protocol';
import { openPdfPages } from './pdfPages';

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
  });
  const opened = await openPdfPages(task, onPage);
  if ('openError' in opened) {
    const e = opened.openError;
    if (e.name === 'PasswordException' || /password/i.test(e.message)) return { problem: { code: 'pdf_encrypted', detail: e.message } };
    return { problem: { code: 'pdf_corrupt', detail: e.message } };
  }
  const { read } = opened;
  // A one-page document whose only page cannot be read is a broken file, not a scan.
  if (read.failedPages === read.pages && read.pages === 1) {
    return { problem: { code: 'pdf_corrupt', detail: read.firstError?.message ?? 'unreadable page' } };
  }
  if (read.scanned) {
    return { problem: { code: 'pdf_no_text', detail: `no text layer on ${read.pages} page(s)` } };
  }
  return { text: read.text, pages: read.pages };
}
