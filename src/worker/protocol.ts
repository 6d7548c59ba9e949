// Messages between the import view and the extract worker. pdf.js runs inside the same worker (fake
// worker) and posts its own messages on `self`, so every message of ours carries TAG and the main
// thread ignores anything else (stack.md §8).
import type { Extraction } from '../extract';
import type { ProblemCode as DomainProblemCode } from '../domain/problems';

export const TAG = 'nianbao-extract' as const;

export interface FileJob {
  /** caller's id for this file (progress and results refer to it) */
  id: string;
  name: string;
  type: string;
  buffer: ArrayBuffer;
}

export interface ExtractRequest {
  tag: typeof TAG;
  type: 'extract';
  batchId: string;
  files: FileJob[];
  /** absolute URL of the folder holding cmaps/, standard_fonts/ and wasm/ of pdf.js */
  pdfAssetsUrl: string;
  /** absolute URL of divisions.json (absent early in the project: the worker runs without it) */
  divisionsUrl: string | null;
}

/** Why a document could not be read: a code of the one error model (src/domain/problems.ts), whose
 * message table says it in both languages. */
export type ProblemCode = Extract<DomainProblemCode,
  | 'empty' | 'too_large' | 'image' | 'unknown_format' | 'old_word' | 'undecodable'
  | 'pdf_corrupt' | 'pdf_encrypted' | 'pdf_no_text'
  | 'docx_encrypted' | 'docx_corrupt' | 'zip_corrupt' | 'zip_empty' | 'internal'
  | 'cancelled' | 'worker_crashed' | 'timed_out'>;

export interface Problem {
  code: ProblemCode;
  params?: Readonly<Record<string, string | number>>;
  /** technical detail (library message), shown small after the localised message */
  detail?: string;
}

/** One document read from a file (a zip yields several). */
export interface DocResult {
  fileId: string;
  /** name as shown: the file name, or `archive.zip/inner/path.pdf` */
  name: string;
  format: DocFormat;
  bytes: number;
  /** first 16 hex digits of the SHA-256 of the document's bytes (schema.ts: report_id) */
  reportId: string;
  extraction: Extraction | null;
  problem: Problem | null;
}

export type DocFormat = 'text' | 'html' | 'docx' | 'pdf' | 'zip' | 'image' | 'unknown';

export type WorkerMessage =
  | { tag: typeof TAG; type: 'progress'; fileId: string; stage: 'reading' | 'pages' | 'extracting'; done: number; total: number }
  | { tag: typeof TAG; type: 'result'; fileId: string; docs: DocResult[] }
  | { tag: typeof TAG; type: 'batch_done'; batchId: string };

export function isWorkerMessage(data: unknown): data is WorkerMessage {
  return typeof data === 'object' && data !== null && (data as { tag?: unknown }).tag === TAG;
}
