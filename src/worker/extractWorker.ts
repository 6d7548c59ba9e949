/// <reference lib="webworker" />
// The import worker: files in, extractions out, progress per file (and per PDF page) so the page
// never freezes. Started by src/app/import/extractClient.ts as a module worker.
import { loadDivisionIndex, type DivisionIndex, type ExtractOptions } from '../extract';
import { TAG, type ExtractRequest, type WorkerMessage } from './protocol';
import { readDocument } from './readDocument';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let divisions: Promise<DivisionIndex | undefined> | null = null;

function post(msg: WorkerMessage) {
  scope.postMessage(msg);
}

async function loadDivisions(url: string | null): Promise<DivisionIndex | undefined> {
  if (!url) return undefined;
  try {
    const res = await fetch(url);
    // Absent early in the project (and in some deployments): run without it.
    if (!res.ok) return undefined;
    const index = loadDivisionIndex(await res.json());
    return index.byName.size > 0 ? index : undefined;
  } catch {
    return undefined;
  }
}

let queue: Promise<void> = Promise.resolve();

scope.addEventListener('message', (ev: MessageEvent) => {
  const req = ev.data as ExtractRequest;
  // pdf.js (running in this thread) uses the same channel: ignore everything not ours.
  if (!req || req.tag !== TAG || req.type !== 'extract') return;
  queue = queue.then(() => run(req));
});

async function run(req: ExtractRequest) {
  divisions ??= loadDivisions(req.divisionsUrl);
  const options: ExtractOptions = {};
  const idx = await divisions;
  if (idx) options.divisions = idx;
  for (const f of req.files) {
    post({ tag: TAG, type: 'progress', fileId: f.id, stage: 'reading', done: 0, total: 1 });
    const docs = await readDocument(
      {
        fileId: f.id,
        pdfAssetsUrl: req.pdfAssetsUrl,
        options,
        progress: (stage, done, total) => post({ tag: TAG, type: 'progress', fileId: f.id, stage, done, total }),
      },
      f.name,
      new Uint8Array(f.buffer),
    );
    post({ tag: TAG, type: 'result', fileId: f.id, docs });
  }
  post({ tag: TAG, type: 'batch_done', batchId: req.batchId });
}
