// Issue 9: a county's 2,000 files are read in bounded chunks, each handed to the worker as soon as it
// is read, at most `ahead` chunks waiting in the worker, a file's size asked only when the reading
// reaches it (a synchronous disk query in Chromium), and a cancel stops the reading: every file not
// handed on yet is skipped, in one call. Also: the extract client's time limit counts from the
// worker's last message (one timer, not one per message).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextChunk, pipeChunks, yieldToEventLoop } from '../../src/app/import/readChunks';
import { createExtractClient, type WorkerLike } from '../../src/app/import/extractClient';
import { TAG, type DocResult, type WorkerMessage } from '../../src/worker/protocol';

const items = (sizes: number[]) => sizes.map((size, i) => ({ id: i, size }));

describe('nextChunk', () => {
  it('cuts at the file count and at the byte limit, in order', () => {
    const list = items([10, 10, 10, 10, 10]);
    expect(nextChunk(list, 0, (x) => x.size, { files: 2, bytes: 100 }).map((x) => x.id)).toEqual([0, 1]);
    expect(nextChunk(list, 3, (x) => x.size, { files: 2, bytes: 100 }).map((x) => x.id)).toEqual([3, 4]);
    expect(nextChunk(list, 0, (x) => x.size, { files: 10, bytes: 25 }).map((x) => x.id)).toEqual([0, 1]);
    expect(nextChunk(list, 5, (x) => x.size, { files: 10, bytes: 25 })).toEqual([]);
  });
  it('takes a file larger than the byte limit alone, never an empty chunk', () => {
    const list = items([5, 500, 5]);
    expect(nextChunk(list, 0, (x) => x.size, { files: 10, bytes: 100 }).map((x) => x.id)).toEqual([0]);
    expect(nextChunk(list, 1, (x) => x.size, { files: 10, bytes: 100 }).map((x) => x.id)).toEqual([1]);
    expect(nextChunk(list, 2, (x) => x.size, { files: 10, bytes: 100 }).map((x) => x.id)).toEqual([2]);
  });
  it('asks the size of the files it takes and of the first one it leaves, no others', () => {
    const asked: number[] = [];
    nextChunk(items([10, 10, 90, 10, 10]), 0, (x) => { asked.push(x.id); return x.size; }, { files: 10, bytes: 50 });
    expect(asked).toEqual([0, 1, 2]);
  });
});

/** A worker stand-in: process() resolves when the test says so; it records what was in flight. */
function harness(sizes: number[], limits = { files: 2, bytes: 1e9 }, ahead = 2) {
  const list = items(sizes);
  const events: string[] = [];
  const pending: (() => void)[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let stop = false;
  const asked = new Set<number>();
  const skipped: number[][] = [];
  const done = pipeChunks(
    list,
    (x) => { asked.add(x.id); return x.size; },
    async (chunk) => { events.push(`read ${chunk.map((x) => x.id).join(',')}`); return chunk.map((x) => x.id); },
    (ids) => new Promise<void>((resolve) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      events.push(`process ${ids.join(',')}`);
      pending.push(() => { inFlight--; resolve(); });
    }),
    (rest) => skipped.push(rest.map((x) => x.id)),
    { limits, ahead, stopped: () => stop, pause: () => Promise.resolve() },
  );
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return {
    events, skipped, asked, done, flush,
    get maxInFlight() { return maxInFlight; },
    finishOldest: async () => { pending.shift()?.(); await flush(); },
    cancel: () => { stop = true; },
  };
}

describe('pipeChunks', () => {
  it('reads the next chunk while the worker works, never more than `ahead` chunks at once, in order', async () => {
    const h = harness([1, 1, 1, 1, 1, 1, 1]);
    await h.flush();
    expect(h.events).toEqual(['read 0,1', 'process 0,1', 'read 2,3', 'process 2,3']);
    await h.finishOldest();
    expect(h.events.slice(4)).toEqual(['read 4,5', 'process 4,5']);
    await h.finishOldest();
    await h.finishOldest();
    await h.finishOldest();
    await h.done;
    expect(h.events.slice(6)).toEqual(['read 6', 'process 6']);
    expect(h.maxInFlight).toBe(2);
    expect(h.skipped).toEqual([]);
  });

  it('on cancel, hands nothing more on: every file not processed yet is skipped in one call, sizes not asked', async () => {
    const h = harness([1, 1, 1, 1, 1, 1, 1, 1]);
    await h.flush();
    h.cancel();
    await h.finishOldest();
    await h.finishOldest();
    await h.done;
    expect(h.events).toEqual(['read 0,1', 'process 0,1', 'read 2,3', 'process 2,3']);
    expect(h.skipped).toEqual([[4, 5, 6, 7]]);
    expect([...h.asked].sort()).toEqual([0, 1, 2, 3]); // the chunks were cut by count: no size asked beyond
  });

  it('with nothing to read, resolves at once', async () => {
    const h = harness([]);
    await h.done;
    expect(h.events).toEqual([]);
  });
});

describe('yieldToEventLoop', () => {
  it('resumes in a later task: every microtask queued before has run (a microtask would not wait)', async () => {
    let ticks = 0;
    void (async () => { for (let i = 0; i < 1000; i++) { await null; ticks++; } })();
    await yieldToEventLoop();
    expect(ticks).toBe(1000);
  });
});

describe('extract client time limit', () => {
  afterEach(() => vi.useRealTimers());
  it('counts from the worker’s last message: progress keeps a long file alive, silence stops it', async () => {
    vi.useFakeTimers();
    let send: (m: WorkerMessage) => void = () => undefined;
    const made: { terminated: boolean }[] = [];
    const factory = (onMessage: (m: WorkerMessage) => void): WorkerLike => {
      send = onMessage;
      const w = { terminated: false, postMessage() {}, terminate() { w.terminated = true; } };
      made.push(w);
      return w;
    };
    const client = createExtractClient(factory, { fileTimeoutMs: 1000 });
    const results = new Map<string, DocResult>();
    const finished = client.extractFiles([{ id: 'a', name: 'a.pdf', type: '', buffer: new ArrayBuffer(1) }], { onResult: (id, docs) => results.set(id, docs[0]) });
    for (let k = 0; k < 5; k++) {
      vi.advanceTimersByTime(900);
      send({ tag: TAG, type: 'progress', fileId: 'a', stage: 'pages', done: k, total: 10 });
    }
    expect(results.size).toBe(0); // 4.5 s in all, never 1 s of silence
    vi.advanceTimersByTime(999);
    expect(results.size).toBe(0);
    vi.advanceTimersByTime(2);
    expect(results.get('a')?.problem).toEqual({ code: 'timed_out', params: { seconds: 1 } });
    expect(made[0].terminated).toBe(true);
    await finished;
  });
});
