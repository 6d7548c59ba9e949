// PDF → text in Node for the data build, with pdf.js 5.6's legacy build (the modern build needs
// Node 22, stack.md §8) and the same line reconstruction as the browser import (src/worker/pdfLines.ts),
// so a PDF gives the same text, and the same line numbers, in both places.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openPdfPages } from '../../src/worker/pdfPages';

/** `problem` is Chinese (the interface's primary language), `problem_en` the same in English. */
export type PdfRead = { text: string; pages: number } | { problem: string; problem_en: string };

const require = createRequire(import.meta.url);

export async function readPdfText(bytes: Uint8Array): Promise<PdfRead> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    cMapUrl: pathToFileURL(join(root, 'cmaps') + '/').href,
    cMapPacked: true,
    standardFontDataUrl: pathToFileURL(join(root, 'standard_fonts') + '/').href,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  });
  const opened = await openPdfPages(task);
  if ('openError' in opened) {
    const why = oneLine(opened.openError.message);
    return { problem: `无法打开此 PDF（${why}）`, problem_en: `the PDF cannot be opened (${why})` };
  }
  if (opened.read.scanned) {
    return {
      problem: '此 PDF 没有文字层（扫描页面）：需要先进行文字识别（OCR）',
      problem_en: 'the PDF has no text layer (scanned pages): it needs OCR first',
    };
  }
  return { text: opened.read.text, pages: opened.read.pages };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
