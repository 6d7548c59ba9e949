// Prints the plain closing line CI reads, `N passed, N failed`, from vitest's JSON report.
// If the JSON is missing (the type check or vitest itself failed before writing it), or vitest
// failed with no failing test (a suite that could not load), one failure is counted.
import { existsSync, readFileSync } from 'node:fs';

const [file, rc] = process.argv.slice(2);
const exitFailed = rc !== '0';
if (!file || !existsSync(file)) {
  console.log(`0 passed, ${exitFailed ? 1 : 0} failed`);
} else {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const failed = r.numFailedTests + (exitFailed && r.numFailedTests === 0 ? 1 : 0);
  const skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  console.log(`${r.numPassedTests} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ''));
}
