// The pages of an opened pdf.js document → text, one line per reconstructed row. Shared by the
// browser worker (src/worker/pdfText.ts) and the Node data build (scripts/cli/pdfText.ts), so a PDF
// gives the same text, and the same provenance line numbers, in both places.
import { runsToLines, toRun, type PositionedRun } from './pdfLines';

/** The part of pdf.js's PDFDocumentProxy we use (the browser and legacy Node builds both fit it). */
export interface PdfDocumentLike {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): void }>;
}

export interface PagesText {
  text: string;
  pages: number;
  /** pages that could not be read (kept as empty text so the others are not lost) */
  failedPages: number;
  firstError: Error | null;
  /** fewer visible characters than a text layer would give: the pages are images (a scan) */
  scanned: boolean;
}

/** Fewer visible characters than this per page (at least MIN_CHARS overall) means a scan. */
const CHARS_PER_PAGE = 10;
const MIN_CHARS = 20;

export async function readPdfPages(
  doc: PdfDocumentLike,
  onPage: (done: number, total: number) => void = () => undefined,
): Promise<PagesText> {
  const pages: string[] = [];
  let visible = 0;
  let failedPages = 0;
  let firstError: Error | null = null;
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
      pages.push('');
      failedPages++;
      firstError ??= err instanceof Error ? err : new Error(String(err));
    }
    onPage(p, doc.numPages);
  }
  return {
    text: pages.join('\n'),
    pages: doc.numPages,
    failedPages,
    firstError,
    scanned: visible < Math.max(MIN_CHARS, CHARS_PER_PAGE * doc.numPages),
  };
}

/** The part of pdf.js's loading task we use. */
export interface PdfLoadingTaskLike {
  promise: Promise<PdfDocumentLike>;
  onPassword: unknown;
  destroy(): Promise<void>;
}

/** Opens a loading task and reads its pages; never prompts for a password (an encrypted file fails
 * to open), and always releases the document. */
export async function openPdfPages(
  task: PdfLoadingTaskLike,
  onPage?: (done: number, total: number) => void,
): Promise<{ read: PagesText } | { openError: Error }> {
  task.onPassword = () => { void task.destroy(); };
  try {
    let doc: PdfDocumentLike;
    try {
      doc = await task.promise;
    } catch (err) {
      return { openError: err instanceof Error ? err : new Error(String(err)) };
    }
    return { read: await readPdfPages(doc, onPage) };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
