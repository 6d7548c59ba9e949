// `npm run extract -- FILE... [--json]`: run the extractor on files. With --json, stdout carries
// exactly the JSON array of ../shared/spec/extract-json.md and nothing else; notes go to stderr.
// A file that cannot be read (missing, a directory, binary, too large) gets a one-line reason and
// the batch goes on; the exit status is non-zero only when the command itself cannot run.
// Directories are refused ("is a directory"), not expanded: `npm run ingest -- DIR` walks folders.
// PDFs with a text layer are read with pdf.js (as the data build does); scans are refused.
import { pathToFileURL } from 'node:url';
import { toReportJson, type DivisionIndex, type ReportJson } from '../src/extract';
import { loadDivisionsFromDisk } from './cli/divisions';
import { extractBytes } from './cli/extractBytes';
import { MAX_INPUT_BYTES, readInputFile } from './cli/readInput';
import { bothLanguages, formatSummary, oneLine } from './cli/summary';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export interface ExtractCliOptions {
  /** Injected by tests; by default public/divisions.json is read (null: run without an index). */
  divisions?: DivisionIndex | null;
  maxBytes?: number;
}

const USAGE = 'usage: npm run extract -- FILE... [--json]';

export async function runExtractCli(argv: string[], io: CliIo, opts: ExtractCliOptions = {}): Promise<number> {
  const files: string[] = [];
  let json = false;
  let optionsEnded = false;
  for (const arg of argv) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && arg === '--json') json = true;
    else if (!optionsEnded && (arg === '--help' || arg === '-h')) {
      io.stdout(`${USAGE}\n  --json  print the JSON array of extract-json.md on stdout\n`);
      return 0;
    } else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      io.stderr(`extract: unknown option ${arg}; ${USAGE}\n`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    io.stderr(`extract: no files given; ${USAGE}\n`);
    return 2;
  }

  let divisions: DivisionIndex | undefined;
  if (opts.divisions === undefined) {
    const loaded = loadDivisionsFromDisk();
    divisions = loaded.index;
    if (!loaded.index) io.stderr(`extract: ${loaded.note}\n`);
  } else divisions = opts.divisions ?? undefined;

  const results: ReportJson[] = [];
  let unreadable = 0;
  let reports = 0;
  const started = performance.now();
  for (const file of files) {
    const read = readInputFile(file, opts.maxBytes ?? MAX_INPUT_BYTES);
    if (!read.ok) {
      unreadable++;
      io.stderr(`${file}: ${bothLanguages(read.reason, read.reason_en)}\n`);
      if (json) results.push(notReadJson(file, read.reason, read.reason_en));
      else io.stdout(`${file}: cannot read: ${read.reason}\n`);
      continue;
    }
    const x = await extractBytes(file, read.bytes, divisions);
    if (x.kind === 'annual_report') reports++;
    else if (json) io.stderr(`${file}: not a report: ${oneLine(bothLanguages(x.reason ?? '', x.reason_en))}\n`);
    if (json) results.push(toReportJson(x));
    else io.stdout(formatSummary(x) + (files.length > 1 ? '\n' : ''));
  }
  if (json) io.stdout(JSON.stringify(results, null, 2) + '\n');
  const ms = performance.now() - started;
  io.stderr(
    `extract: ${files.length} file(s): ${reports} report(s), ${files.length - reports - unreadable} not a report, ` +
      `${unreadable} unreadable, ${ms.toFixed(0)} ms\n`,
  );
  return 0;
}

/** The contract's object for a file that could not be read at all. */
export function notReadJson(file: string, reason: string, reasonEn: string | null = null): ReportJson {
  return {
    file, kind: 'not_a_report', reason, reason_en: reasonEn, agency: null, agency_short: null, level: 'unknown', scope: null,
    parent: null, province: null, division_code: null, report_year: null, published_on: null, era: null,
    metrics: [], findings: [],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `npm run extract -- … | head` closes stdout early: that ends the command, it is not a crash.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  runExtractCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  }).then(
    (code) => { process.exitCode = code; },
    (err) => { process.stderr.write(`extract: ${(err as Error).message}\n`); process.exitCode = 1; },
  );
}
