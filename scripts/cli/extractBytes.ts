// One document's bytes → an Extraction, for the CLI and the data build alike: PDFs go through
// pdf.js first (Node-side, scripts/cli/pdfText.ts), everything else straight to extractReport.
import { extractReport, type DivisionIndex, type Extraction } from '../../src/extract';
import { readPdfText } from './pdfText';

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export function isPdf(bytes: Uint8Array): boolean {
  return PDF_MAGIC.every((b, i) => bytes[i] === b);
}

export async function extractBytes(name: string, bytes: Uint8Array, divisions: DivisionIndex | undefined): Promise<Extraction> {
  if (!isPdf(bytes)) return extractReport({ name, bytes }, { divisions });
  const pdf = await readPdfText(bytes);
  if ('problem' in pdf) {
    const x = extractReport({ name, text: '' }, { divisions });
    return { ...x, kind: 'not_a_report', reason: pdf.problem, reason_en: pdf.problem_en, metrics: [], findings: [], grid: [], encoding: 'pdf' };
  }
  return { ...extractReport({ name, text: pdf.text }, { divisions }), encoding: 'pdf' };
}
