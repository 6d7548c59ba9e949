// What one worker thread of the data build does with one document (scripts/cli/ingestPool.ts runs
// them): bytes → Extraction → the document's dataset rows, plus the compact form the cross-report
// checks need later. The full Extraction (its text, grid and lines) never leaves the worker, so the
// main thread holds at most the documents in flight, not the corpus.
import { deserialize, serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { extractionToRows, type DatasetRows } from '../../src/data/rows';
import { lineageId } from '../../src/domain/lineage';
import type { DivisionIndex, Extraction } from '../../src/extract';
import { extractBytes } from './extractBytes';

export interface ExtractJob {
  id: number;
  /** path relative to its input folder (the Extraction's `file`) */
  name: string;
  bytes: Uint8Array;
  reportId: string;
}

/** A report the cross-report checks can pair with another (same lineage): its Extraction without
 * the grid and the split lines, v8-serialized, to be spilled to disk and read back by group. */
export interface CheckBlob {
  lineage: string;
  blob: Uint8Array;
}

export interface ExtractDone {
  id: number;
  ok: true;
  kind: string;
  reason: string | null;
  reason_en: string | null;
  /** the rows without cross-report findings (those are added once every document is read) */
  rows: DatasetRows;
  check: CheckBlob | null;
}

export interface ExtractFailed {
  id: number;
  ok: false;
  /** the exception's message (the extractor or pdf.js threw) */
  error: string;
}

export type WorkerReply = ExtractDone | ExtractFailed | { ready: true };

export interface WorkerInit {
  divisions: DivisionIndex | null;
}

export type JobHandler = (job: ExtractJob, init: WorkerInit) => Promise<ExtractDone>;

/** The reports the cross-report checks look at (crossReportChecks and sameReportTwice skip the rest). */
export function canPair(x: Pick<Extraction, 'kind' | 'agency_short' | 'report_year'>): boolean {
  return x.kind === 'annual_report' && !!x.agency_short && x.report_year !== null;
}

export async function extractJob(job: ExtractJob, init: WorkerInit): Promise<ExtractDone> {
  const x = await extractBytes(job.name, job.bytes, init.divisions ?? undefined);
  const rows = extractionToRows(x, { reportId: job.reportId, origin: 'bundled', bytes: job.bytes.length });
  let check: CheckBlob | null = null;
  if (canPair(x)) {
    // Everything the checks may read but the grid (large, never read by them) and doc.lines (the
    // text split on '\n': rebuilt on reading back).
    const compact: Extraction = { ...x, grid: [], doc: { text: x.doc.text, lines: [] } };
    check = { lineage: lineageId(x.agency_short)!, blob: new Uint8Array(serialize(compact)) };
  }
  return { id: job.id, ok: true, kind: x.kind, reason: x.reason, reason_en: x.reason_en ?? null, rows, check };
}

/** The Extraction back from a CheckBlob's bytes (lines rebuilt from the text). */
export function readCheckBlob(bytes: Uint8Array): Extraction {
  const x = deserialize(bytes) as Extraction;
  x.doc = { text: x.doc.text, lines: x.doc.text.split('\n') };
  return x;
}

/** Runs in a worker thread: answers each job posted by the pool with `handle`'s result or the
 * exception it threw. Says `ready` first, so the pool's per-document timeout never counts start-up. */
export function serveJobs(handle: JobHandler = extractJob): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs: not in a worker thread');
  const init = workerData as WorkerInit;
  port.on('message', async (job: ExtractJob) => {
    let reply: ExtractDone | ExtractFailed;
    try {
      reply = await handle(job, init);
    } catch (err) {
      reply = { id: job.id, ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    const transfer = reply.ok && reply.check ? [reply.check.blob.buffer as ArrayBuffer] : [];
    port.postMessage(reply, transfer);
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
}
