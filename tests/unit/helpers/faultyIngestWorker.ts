// A data-build worker that misbehaves on purpose (tests/unit/ingest-parallel.test.ts): on a document
// whose name contains `throw` the handler throws, on `exit` the whole worker exits, on `hang` it
// spins for ever. Every other document goes through the real extraction (scripts/cli/ingestJob.ts).
import { extractJob, serveJobs } from '../../../scripts/cli/ingestJob';

serveJobs(async (job, init) => {
  if (job.name.includes('throw')) throw new Error('boom: the extractor threw');
  if (job.name.includes('exit')) process.exit(7);
  if (job.name.includes('hang')) for (;;) { /* a document the extractor never finishes */ }
  return extractJob(job, init);
});
