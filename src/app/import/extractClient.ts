// Main-thread side of the extract worker: sends files, relays progress and results. The worker is
// started on first use and kept for the session (pdf.js and mammoth load once). Files are sent as
// copies, not transferred, so the page still holds them if the worker dies: when it crashes (out of
// memory on a pathological file) or a file takes longer than the time limit, the file it was reading
// gets its message and the rest of the batch goes on in a fresh worker. `cancel()` stops everything
// still waiting, each file with its own message.
import { TAG, isWorkerMessage, type DocResult, type ExtractRequest, type FileJob, type Problem, type WorkerMessage } from '../../worker/protocol';

export interface ExtractCallbacks {
  onProgress?: (fileId: string, stage: string, done: number, total: number) => void;
  onResult?: (fileId: string, docs: DocResult[]) => void;
}

/** What the client needs of a worker (a real one in the browser, a fake in tests). */
export interface WorkerLike {
  postMessage(message: ExtractRequest): void;
  terminate(): void;
}
export type WorkerFactory = (onMessage: (m: WorkerMessage) => void, onCrash: (detail: string) => void) => WorkerLike;

interface Batch {
  /** files not answered yet, in the order the worker reads them */
  pending: FileJob[];
  cb: ExtractCallbacks;
  resolve: () => void;
}

export interface ExtractClient {
  extractFiles(files: FileJob[], cb: ExtractCallbacks): Promise<void>;
  /** Stops the worker; every file not answered yet gets the 'cancelled' message. */
  cancel(): void;
}

/** A file's answer when it could not be read to the end (or was never read: cancelled before). */
export function failedDoc(f: { id: string; name: string; bytes: number }, problem: Problem): DocResult {
  return { fileId: f.id, name: f.name, format: 'unknown', bytes: f.bytes, reportId: '', extraction: null, problem };
}
const failed = (f: FileJob, problem: Problem) => failedDoc({ id: f.id, name: f.name, bytes: f.buffer.byteLength }, problem);

export function createExtractClient(makeWorker: WorkerFactory, opts: { fileTimeoutMs?: number; assets?: () => Pick<ExtractRequest, 'pdfAssetsUrl' | 'divisionsUrl'> } = {}): ExtractClient {
  const timeoutMs = opts.fileTimeoutMs ?? 120_000;
  let worker: WorkerLike | null = null;
  let seq = 0;
  const batches = new Map<string, Batch>();
  /** file id → the batch it belongs to, while it waits for its answer */
  const owner = new Map<string, Batch>();
  let watchdog: ReturnType<typeof setTimeout> | null = null;

  /** The file the worker is reading now: the first one not answered, of the oldest batch. */
  const current = (): { batch: Batch; file: FileJob } | null => {
    for (const b of batches.values()) if (b.pending.length) return { batch: b, file: b.pending[0] };
    return null;
  };
  /** When the worker last said something: the time limit counts from there. */
  let lastActivity = Date.now();
  /** One timer for the time limit, re-armed only when it fires early (not cleared and set again on
   * each of the thousands of messages of a large batch). */
  const arm = () => {
    if (!current()) {
      if (watchdog) clearTimeout(watchdog);
      watchdog = null;
      return;
    }
    if (watchdog) return;
    const check = () => {
      watchdog = null;
      if (!current()) return;
      const left = lastActivity + timeoutMs - Date.now();
      if (left > 0) watchdog = setTimeout(check, left);
      else stopCurrent({ code: 'timed_out', params: { seconds: Math.round(timeoutMs / 1000) } });
    };
    watchdog = setTimeout(check, Math.max(0, lastActivity + timeoutMs - Date.now()));
  };

  function answer(b: Batch, fileId: string, docs: DocResult[]) {
    owner.delete(fileId);
    // the worker answers in order: the answered file is almost always the first one waiting
    if (b.pending[0]?.id === fileId) b.pending.shift();
    else b.pending = b.pending.filter((f) => f.id !== fileId);
    b.cb.onResult?.(fileId, docs);
  }

  function onMessage(m: WorkerMessage) {
    lastActivity = Date.now();
    if (m.type === 'batch_done') {
      const b = batches.get(m.batchId);
      if (b) { batches.delete(m.batchId); b.resolve(); }
    } else {
      // which batch a file belongs to, in O(1): a county's 2,000 files send ~8,000 messages
      const b = owner.get(m.fileId);
      if (b && m.type === 'progress') b.cb.onProgress?.(m.fileId, m.stage, m.done, m.total);
      else if (b && m.type === 'result') answer(b, m.fileId, m.docs);
    }
    arm();
  }

  /** The worker died or hung on the file it was reading: that file gets `problem`, the rest start again. */
  function stopCurrent(problem: Problem) {
    worker?.terminate();
    worker = null;
    const now = current();
    if (now) answer(now.batch, now.file.id, [failed(now.file, problem)]);
    const left = [...batches.entries()];
    batches.clear();
    lastActivity = Date.now(); // the fresh worker's first file gets the whole time limit
    if (watchdog) clearTimeout(watchdog);
    watchdog = null;
    for (const [, b] of left) {
      if (b.pending.length === 0) { b.resolve(); continue; }
      send(b);
    }
    arm();
  }

  function getWorker(): WorkerLike {
    worker ??= makeWorker(onMessage, (detail) => stopCurrent({ code: 'worker_crashed', detail }));
    return worker;
  }

  function send(b: Batch) {
    const batchId = `b${++seq}`;
    if (batches.size === 0 || !current()) lastActivity = Date.now(); // an idle worker starts this batch now
    batches.set(batchId, b);
    for (const f of b.pending) owner.set(f.id, b);
    const assets = opts.assets?.() ?? { pdfAssetsUrl: '', divisionsUrl: null };
    // copies of the buffers (no transfer list): kept here until each file is answered
    getWorker().postMessage({ tag: TAG, type: 'extract', batchId, files: b.pending, ...assets });
  }

  return {
    extractFiles(files, cb) {
      return new Promise((resolve) => {
        if (files.length === 0) { resolve(); return; }
        send({ pending: [...files], cb, resolve });
        arm();
      });
    },
    cancel() {
      worker?.terminate();
      worker = null;
      if (watchdog) clearTimeout(watchdog);
      watchdog = null;
      const left = [...batches.values()];
      batches.clear();
      owner.clear();
      for (const b of left) {
        for (const f of b.pending) b.cb.onResult?.(f.id, [failed(f, { code: 'cancelled' })]);
        b.pending = [];
        b.resolve();
      }
    },
  };
}

export function assetUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

function browserWorker(onMessage: (m: WorkerMessage) => void, onCrash: (detail: string) => void): WorkerLike {
  const w = new Worker(new URL('../../worker/extractWorker.ts', import.meta.url), { type: 'module' });
  // pdf.js inside the worker posts its own messages: only ours are tagged.
  w.addEventListener('message', (ev) => { if (isWorkerMessage(ev.data)) onMessage(ev.data); });
  w.addEventListener('error', (ev) => { ev.preventDefault(); onCrash(ev.message || 'the extract worker stopped'); });
  return w;
}

let client: ExtractClient | null = null;
const browserClient = () => (client ??= createExtractClient(browserWorker, {
  assets: () => ({ pdfAssetsUrl: assetUrl('./pdfjs/'), divisionsUrl: assetUrl('./divisions.json') }),
}));

/** Extracts the files in order; resolves when every file has an answer. */
export function extractFiles(files: FileJob[], cb: ExtractCallbacks): Promise<void> {
  return browserClient().extractFiles(files, cb);
}

/** Cancels every file not read yet (each gets its message). */
export function cancelExtraction(): void {
  browserClient().cancel();
}
