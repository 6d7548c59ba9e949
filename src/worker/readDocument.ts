// One file → the documents it holds, each extracted or with the reason it could not be. Every
// failure is caught here and becomes a Problem: one bad file never stops the batch.
import { decodeBytes, extractReport, type ExtractOptions, type Extraction } from '../extract';
import { docxToText } from './docxText';
import { sniffFormat } from './fileKind';
import { pdfToText } from './pdfText';
import type { DocFormat, DocResult, Problem } from './protocol';
import { reportIdOf } from './reportId';
import { listZip } from './zipEntries';

/** Above these sizes a file is refused with a message instead of being read (text extraction is
 * linear but a 50 MB "text" file is not a report; PDFs are read page by page so may be large). */
export const MAX_BYTES: Record<'text' | 'docx' | 'pdf' | 'zip', number> = {
  text: 20 * 1024 * 1024,
  docx: 60 * 1024 * 1024,
  pdf: 300 * 1024 * 1024,
  zip: 300 * 1024 * 1024,
};

export interface ReadContext {
  fileId: string;
  pdfAssetsUrl: string;
  options: ExtractOptions;
  progress: (stage: 'reading' | 'pages' | 'extracting', done: number, total: number) => void;
}

export async function readDocument(ctx: ReadContext, name: string, bytes: Uint8Array, depth = 0): Promise<DocResult[]> {
  const reportId = await reportIdOf(bytes);
  const base = { fileId: ctx.fileId, name, bytes: bytes.length, reportId };
  const fail = (format: DocFormat, problem: Problem): DocResult[] => [{ ...base, format, extraction: null, problem }];
  if (bytes.length === 0) return fail('unknown', { code: 'empty' });
  const kind = sniffFormat(name, bytes);
  const tooLarge = (limit: number, format: DocFormat) =>
    bytes.length > limit ? fail(format, { code: 'too_large', detail: `${mb(bytes.length)} > ${mb(limit)}` }) : null;
  try {
    switch (kind) {
      case 'image': return fail('image', { code: 'image' });
      case 'unknown': return fail('unknown', { code: 'unknown_format' });
      case 'old_word': return fail('unknown', { code: 'old_word' });
      case 'ole': return fail('docx', { code: /\.docx$/i.test(name) ? 'docx_encrypted' : 'unknown_format' });
      case 'zip': {
        const big = tooLarge(MAX_BYTES.zip, 'zip');
        if (big) return big;
        if (depth > 1) return fail('zip', { code: 'unknown_format', detail: 'zip nested too deep' });
        const listing = listZip(bytes, MAX_BYTES.pdf);
        if ('error' in listing) return fail('zip', { code: 'zip_corrupt', detail: listing.error });
        if (listing.entries.length === 0 && listing.oversized.length === 0) return fail('zip', { code: 'zip_empty' });
        const out: DocResult[] = listing.oversized.map((o) => ({
          ...base, name: `${name}/${o.path}`, bytes: o.size, format: 'unknown' as const, extraction: null,
          problem: { code: 'too_large' as const, detail: `${mb(o.size)} > ${mb(MAX_BYTES.pdf)}` },
        }));
        for (const [i, e] of listing.entries.entries()) {
          ctx.progress('reading', i, listing.entries.length);
          out.push(...(await readDocument(ctx, `${name}/${e.path}`, e.bytes, depth + 1)));
        }
        return out;
      }
      case 'pdf': {
        const big = tooLarge(MAX_BYTES.pdf, 'pdf');
        if (big) return big;
        const r = await pdfToText(bytes, ctx.pdfAssetsUrl, (d, t) => ctx.progress('pages', d, t));
        if ('problem' in r) return fail('pdf', r.problem);
        return [{ ...base, format: 'pdf', extraction: fromText(ctx, name, r.text, 'pdf'), problem: null }];
      }
      case 'docx': {
        const big = tooLarge(MAX_BYTES.docx, 'docx');
        if (big) return big;
        const r = await docxToText(bytes);
        if ('problem' in r) return fail('docx', r.problem);
        return [{ ...base, format: 'docx', extraction: fromText(ctx, name, r.text, 'docx'), problem: null }];
      }
      case 'text':
      case 'html': {
        const big = tooLarge(MAX_BYTES.text, kind);
        if (big) return big;
        // Decoded here (the extractor would too) so that bytes that are no text get their own
        // message, apart from a document the extractor could not read.
        const decoded = decodeBytes(bytes);
        if ('error' in decoded) return fail(kind, { code: 'undecodable', detail: decoded.error });
        return [{ ...base, format: kind, extraction: fromText(ctx, name, decoded.text, decoded.encoding), problem: null }];
      }
    }
  } catch (err) {
    return fail(kind === 'ole' || kind === 'old_word' ? 'unknown' : kind, { code: 'internal', detail: (err as Error)?.message ?? String(err) });
  }
}

function fromText(ctx: ReadContext, name: string, text: string, encoding: string): Extraction {
  ctx.progress('extracting', 0, 1);
  const x = extractReport({ name, text }, ctx.options);
  // An extractor failure comes back as an unreadable document with encoding 'unknown': keep that.
  return slim(x.encoding === 'unknown' ? x : { ...x, encoding });
}

/** The normalised text is only needed inside the extractor; the preview shows sources by their
 * excerpt. Dropping it keeps messages and IndexedDB records small. */
function slim(x: Extraction): Extraction {
  return { ...x, doc: { text: '', lines: [] } };
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
