// The extract worker's client: a worker that crashes or hangs on one file costs that file only — it
// gets its message and the rest of the batch goes on in a fresh worker; cancel answers every file not
// read yet. (Issue "Hostile and broken input": the worker can be cancelled, a cancelled or crashed file
// gets its message while the rest of the batch goes on.) A fake worker stands in for the real one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createExtractClient, type WorkerLike } from '../../src/app/import/extractClient';
import { TAG, type DocResult, type ExtractRequest, type FileJob, type WorkerMessage } from '../../src/worker/protocol';

interface Fake extends WorkerLike { requests: ExtractRequest[]; terminated: boolean; answer(fileId: string): void; done(batchId: string): void; crash(): void }

function fakes() {
  const made: Fake[] = [];
  const factory = (onMessage: (m: WorkerMessage) => void, onCrash: (d: string) => void): WorkerLike => {
    const f: Fake = {
      requests: [], terminated: false,
      postMessage(m) { f.requests.push(m); },
      terminate() { f.terminated = true; },
      answer(fileId) {
        const job = f.requests.flatMap((r) => r.files).find((x) => x.id === fileId)!;
        onMessage({ tag: TAG, type: 'result', fileId, docs: [{ fileId, name: job.name, format: 'text', bytes: 1, reportId: 'r', extraction: null, problem: null }] });
      },
      done(batchId) { onMessage({ tag: TAG, type: 'batch_done', batchId }); },
      crash() { onCrash('out of memory'); },
    };
    made.push(f);
    return f;
  };
  return { made, factory };
}
const files = (n: number): FileJob[] => Array.from({ length: n }, (_, i) => ({ id: `f${i}`, name: `${i}.txt`, type: 'text/plain', buffer: new ArrayBuffer(4) }));

afterEach(() => vi.useRealTimers());

describe('extract client', () => {
  it('a crash costs the file being read; the rest go on in a fresh worker', async () => {
    const { made, factory } = fakes();
    const client = createExtractClient(factory);
    const results = new Map<string, DocResult>();
    const finished = client.extractFiles(files(3), { onResult: (id, docs) => results.set(id, docs[0]) });
    made[0].answer('f0');
    made[0].crash(); // while reading f1
    expect(made[0].terminated).toBe(true);
    expect(results.get('f1')?.problem?.code).toBe('worker_crashed');
    expect(made[1].requests[0].files.map((f) => f.id)).toEqual(['f2']); // only what is left, to a new worker
    made[1].answer('f2');
    made[1].done(made[1].requests[0].batchId);
    await finished;
    expect([...results.keys()].sort()).toEqual(['f0', 'f1', 'f2']);
    expect(results.get('f2')?.problem).toBeNull();
  });
  it('a file over the time limit is stopped with its own message; the next file is read', async () => {
    vi.useFakeTimers();
    const { made, factory } = fakes();
    const client = createExtractClient(factory, { fileTimeoutMs: 1000 });
    const results = new Map<string, DocResult>();
    const finished = client.extractFiles(files(2), { onResult: (id, docs) => results.set(id, docs[0]) });
    vi.advanceTimersByTime(1001);
    expect(results.get('f0')?.problem).toEqual({ code: 'timed_out', params: { seconds: 1 } });
    made[1].answer('f1');
    made[1].done(made[1].requests[0].batchId);
    await finished;
    expect(results.get('f1')?.problem).toBeNull();
  });
  it('cancel answers every file not read yet and resolves the batch', async () => {
    const { made, factory } = fakes();
    const client = createExtractClient(factory);
    const results = new Map<string, DocResult>();
    const finished = client.extractFiles(files(3), { onResult: (id, docs) => results.set(id, docs[0]) });
    made[0].answer('f0');
    client.cancel();
    await finished;
    expect(made[0].terminated).toBe(true);
    expect([results.get('f1')?.problem?.code, results.get('f2')?.problem?.code]).toEqual(['cancelled', 'cancelled']);
    expect(results.get('f0')?.problem).toBeNull();
  });
});
