// The data build's worker threads: N workers (all cores by default) extract documents in parallel,
// one document per worker at a time. A document that makes the extractor throw, kills its worker or
// keeps it busy past the timeout costs only that document: `run` resolves with a failure, the worker
// is replaced, and the other documents go on. Order is the caller's business (scripts/ingest.ts
// awaits the promises in input order).
import { Worker } from 'node:worker_threads';
import type { Problem } from '../../src/domain/problems';
import type { DivisionIndex } from '../../src/extract';
import type { ExtractDone, ExtractFailed, ExtractJob, WorkerInit, WorkerReply } from './ingestJob';

export const DEFAULT_WORKER = new URL('./ingestWorker.ts', import.meta.url);
const BOOT = new URL('./ingestWorkerBoot.mjs', import.meta.url);
/** A worker that dies this many times in a row before it is ready: the pool cannot start at all. */
const MAX_START_FAILURES = 3;

export interface PoolOptions {
  jobs: number;
  /** per document; past it the worker is terminated and replaced */
  timeoutMs: number;
  divisions: DivisionIndex | null;
  /** the worker module (a .ts file run under tsx); default scripts/cli/ingestWorker.ts */
  worker?: URL;
  /** heap of one worker: a document that needs more kills its worker, not the build */
  maxHeapMb?: number;
}

export type Outcome = { ok: true; done: ExtractDone } | { ok: false; problem: Problem };

interface Pending {
  job: Omit<ExtractJob, 'id'>;
  resolve: (o: Outcome) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  busy: (Pending & { id: number; timer: NodeJS.Timeout }) | null;
  /** set once the slot is given up (crash, timeout, close): its late events are ignored */
  dead: boolean;
  lastError: string | null;
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private startFailures = 0;
  private closed = false;
  /** workers started over the pool's life (replacements included) */
  started = 0;

  constructor(private readonly opts: PoolOptions) {
    if (!(opts.jobs >= 1)) throw new Error(`ExtractPool: jobs must be ≥ 1 (got ${opts.jobs})`);
  }

  /** Extracts one document; never rejects for a bad document (only when no worker can start). The
   * bytes' buffer is transferred to the worker: the caller must not use it afterwards. */
  run(job: Omit<ExtractJob, 'id'>): Promise<Outcome> {
    if (this.closed) return Promise.reject(new Error('ExtractPool: closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = this.slots.splice(0);
    for (const s of all) {
      s.dead = true;
      if (s.busy) clearTimeout(s.busy.timer);
    }
    await Promise.all(all.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.ready && !s.busy);
      if (!slot) break;
      this.dispatch(slot, this.queue.shift()!);
    }
    // Workers are started lazily, up to `jobs`, as many as the waiting documents need; each one
    // pumps again when it is ready.
    const starting = this.slots.filter((s) => !s.ready).length;
    const want = Math.min(this.opts.jobs - this.slots.length, this.queue.length - starting);
    for (let i = 0; i < want; i++) this.spawn();
  }

  private dispatch(slot: Slot, p: Pending): void {
    const id = this.nextId++;
    const timer = setTimeout(() => this.giveUp(slot, { code: 'timed_out', params: { seconds: Math.round(this.opts.timeoutMs / 1000) } }), this.opts.timeoutMs);
    slot.busy = { ...p, id, timer };
    const job: ExtractJob = { ...p.job, id };
    const buf = job.bytes.buffer;
    // Transfer when the bytes own their buffer (readInputFile's do); otherwise a copy is posted.
    const transfer = buf instanceof ArrayBuffer && buf.byteLength === job.bytes.byteLength ? [buf] : [];
    slot.worker.postMessage(job, transfer);
  }

  private spawn(): void {
    const init: WorkerInit & { entry: string } = { entry: (this.opts.worker ?? DEFAULT_WORKER).href, divisions: this.opts.divisions };
    const worker = new Worker(BOOT, {
      workerData: init,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.opts.maxHeapMb ?? 2048 },
    });
    this.started++;
    const slot: Slot = { worker, ready: false, busy: null, dead: false, lastError: null };
    this.slots.push(slot);
    worker.on('message', (m: WorkerReply) => this.onMessage(slot, m));
    worker.on('error', (err) => { slot.lastError = err.message; });
    worker.on('messageerror', (err) => { slot.lastError = err.message; });
    worker.on('exit', (code) => this.onExit(slot, code));
  }

  private onMessage(slot: Slot, m: WorkerReply): void {
    if (slot.dead) return;
    if ('ready' in m) {
      slot.ready = true;
      this.startFailures = 0;
      this.pump();
      return;
    }
    const busy = slot.busy;
    if (!busy || busy.id !== m.id) return;
    clearTimeout(busy.timer);
    slot.busy = null;
    busy.resolve(m.ok ? { ok: true, done: m } : failedBy(m));
    this.pump();
  }

  private onExit(slot: Slot, code: number): void {
    if (slot.dead) return;
    const detail = slot.lastError ?? `the worker exited with code ${code}`;
    if (!slot.ready) {
      // It never started: retrying for ever would hang the build.
      this.remove(slot);
      if (++this.startFailures >= MAX_START_FAILURES) {
        const err = new Error(`ingest: the extract worker could not start (${detail})`);
        for (const p of this.queue.splice(0)) p.reject(err);
        return;
      }
      this.pump();
      return;
    }
    this.giveUp(slot, { code: 'worker_crashed', detail });
  }

  /** The worker crashed or hung on its document: that document fails, the worker goes, a new one
   * takes the queue. */
  private giveUp(slot: Slot, problem: Problem): void {
    if (slot.dead) return;
    this.remove(slot);
    void slot.worker.terminate();
    const busy = slot.busy;
    slot.busy = null;
    if (busy) {
      clearTimeout(busy.timer);
      busy.resolve({ ok: false, problem });
    }
    if (!this.closed) this.pump();
  }

  private remove(slot: Slot): void {
    slot.dead = true;
    const i = this.slots.indexOf(slot);
    if (i >= 0) this.slots.splice(i, 1);
  }
}

function failedBy(m: ExtractFailed): Outcome {
  return { ok: false, problem: { code: 'internal', detail: m.error } };
}
