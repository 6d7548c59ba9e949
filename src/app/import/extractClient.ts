// Main-thread side of the extract worker: sends files, relays progress and results. The worker is
// started on first use and kept for the session (pdf.js and mammoth load once). If it dies (out of
// memory on a pathological file), the files it still held get an error and the next batch starts
// a fresh worker.
import { TAG, isWorkerMessage, type DocResult, type ExtractRequest, type FileJob, type WorkerMessage } from '../../worker/protocol';

export interface ExtractCallbacks {
  onProgress?: (fileId: string, stage: string, done: number, total: number) => void;
  onResult?: (fileId: string, docs: DocResult[]) => void;
}

interface Batch {
  pending: Map<string, string>; // file id → name
  cb: ExtractCallbacks;
  resolve: () => void;
}

let worker: Worker | null = null;
let seq = 0;
const batches = new Map<string, Batch>();

function onMessage(m: WorkerMessage) {
  for (const [batchId, b] of batches) {
    if (m.type === 'progress' && b.pending.has(m.fileId)) b.cb.onProgress?.(m.fileId, m.stage, m.done, m.total);
    else if (m.type === 'result' && b.pending.has(m.fileId)) { b.pending.delete(m.fileId); b.cb.onResult?.(m.fileId, m.docs); }
    else if (m.type === 'batch_done' && m.batchId === batchId) { batches.delete(batchId); b.resolve(); }
  }
}

function onCrash(detail: string) {
  worker?.terminate();
  worker = null;
  for (const [batchId, b] of batches) {
    for (const [fileId, name] of b.pending) {
      b.cb.onResult?.(fileId, [{ fileId, name, format: 'unknown', bytes: 0, reportId: '', extraction: null, problem: { code: 'internal', detail } }]);
    }
    batches.delete(batchId);
    b.resolve();
  }
}

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('../../worker/extractWorker.ts', import.meta.url), { type: 'module' });
    // pdf.js inside the worker posts its own messages: only ours are tagged.
    worker.addEventListener('message', (ev) => { if (isWorkerMessage(ev.data)) onMessage(ev.data); });
    worker.addEventListener('error', (ev) => { ev.preventDefault(); onCrash(ev.message || 'the extract worker stopped'); });
  }
  return worker;
}

export function assetUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

/** Extracts the files in order; resolves when the worker has finished all of them. */
export function extractFiles(files: { id: string; name: string; type: string; buffer: ArrayBuffer }[], cb: ExtractCallbacks): Promise<void> {
  const w = getWorker();
  const batchId = `b${++seq}`;
  return new Promise((resolve) => {
    batches.set(batchId, { pending: new Map(files.map((f) => [f.id, f.name])), cb, resolve });
    const req: ExtractRequest = {
      tag: TAG,
      type: 'extract',
      batchId,
      files: files as FileJob[],
      pdfAssetsUrl: assetUrl('./pdfjs/'),
      divisionsUrl: assetUrl('./divisions.json'),
    };
    w.postMessage(req, files.map((f) => f.buffer));
  });
}
