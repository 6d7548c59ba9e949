// PDF → text in Node for the data build, with pdf.js 5.6's legacy build (the modern build needs
// Node 22, stack.md §8) and the same line reconstruction as the browser import (src/worker/pdfLines.ts),
// so a PDF gives the same text, and the same line numbers, in both places.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openPdfPages } from '../../src/worker/pdfPages';

export type PdfRead = { text: string; pages: number } | { problem: string };

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
  if ('openError' in opened) return { problem: `the PDF cannot be opened (${oneLine(opened.openError.message)})` };
  if (opened.read.scanned) return { problem: 'the PDF has no text layer (scanned pages): it needs OCR first' };
  return { text: opened.read.text, pages: opened.read.pages };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
