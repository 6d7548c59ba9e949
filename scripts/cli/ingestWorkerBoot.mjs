// The entry of the data build's worker threads (scripts/cli/ingestPool.ts). Plain JavaScript on
// purpose: under Node 20, a worker started on a .ts file does not get tsx's loader (`--import tsx` in
// its execArgv is not applied to the entry), so this registers tsx first, then imports the TypeScript
// worker module named in workerData.entry (scripts/cli/ingestWorker.ts, or a test's own).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
