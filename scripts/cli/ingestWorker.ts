// A worker thread of the data build (scripts/cli/ingestPool.ts starts it through
// ingestWorkerBoot.mjs): extracts the documents the pool posts, one at a time (scripts/cli/ingestJob.ts).
import { serveJobs } from './ingestJob';

serveJobs();
