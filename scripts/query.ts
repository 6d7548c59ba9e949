// `npm run query -- "SQL" [--data DIR] [--format table|csv|json]`: a query with DuckDB in Node over a
// dataset's Parquet files (default data/), with the same tables and views the app has (reports,
// metrics, requests, findings, report_base, metric_values), so a researcher on a server or in a
// notebook gets the app's numbers. `--view compare|trends|overview|compliance` runs the app's own
// query builders instead of SQL (`--metric`, `--year`, `--level`, `--agencies a|b`).
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { toCsv } from '../src/data/csv';
import { isLevelGroup } from '../src/domain/levels';
import { measureOf } from '../src/domain/measures';
import * as Q from '../src/data/queries';
import type { BuiltQuery } from '../src/data/sql';
import { openParquetDataset } from './cli/parquetDataset';

const USAGE = 'usage: npm run query -- "SQL" | --view compare|trends|overview|compliance [--metric KEY] [--year N] [--level GROUP] [--agencies A|B] [--data DIR] [--format table|csv|json]';

export interface QueryArgs { sql?: string; view?: string; data: string; format: 'table' | 'csv' | 'json'; opts: Record<string, string> }

export function parseQueryArgs(argv: string[]): QueryArgs | string {
  const out: QueryArgs = { data: resolve(import.meta.dirname, '../data'), format: 'table', opts: {} };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const v = argv[i + 1];
      if (v === undefined) return `${a} needs a value`;
      i++;
      if (a === '--data') out.data = resolve(v);
      else if (a === '--format') { if (v !== 'table' && v !== 'csv' && v !== 'json') return `unknown format ${v}`; out.format = v; }
      else if (a === '--view') out.view = v;
      else if (['--metric', '--year', '--level', '--agencies'].includes(a)) out.opts[a.slice(2)] = v;
      else return `unknown option ${a}`;
    } else if (out.sql === undefined) out.sql = a;
    else return 'give one SQL statement (quote it)';
  }
  if (!out.sql === !out.view) return 'give either SQL or --view';
  return out;
}

/** The app's builder for a view, from command-line options; a string says what is wrong. */
export function viewQuery(view: string, o: Record<string, string>): BuiltQuery | string {
  const measure = measureOf(o.metric ?? 'requests_received');
  if (!measure) return `unknown metric ${o.metric}`;
  const year = o.year ? Number(o.year) : null;
  if (o.year && !Number.isInteger(year)) return `not a year: ${o.year}`;
  if (o.level && !isLevelGroup(o.level)) return `unknown level ${o.level}`;
  const levelGroup = o.level && isLevelGroup(o.level) ? o.level : null;
  switch (view) {
    case 'compare': return year === null ? '--year is needed for compare' : Q.compareQuery({ measure, year, levelGroup });
    case 'trends': return Q.trendQuery({ measure, agencies: (o.agencies ?? '').split('|').filter(Boolean), levelGroup });
    case 'overview': return Q.coverageQuery({ levelGroup });
    case 'compliance': return Q.problemRankingQuery({ year, levelGroup });
    default: return `unknown view ${view}`;
  }
}

function render(columns: string[], rows: Record<string, unknown>[], format: QueryArgs['format']): string {
  if (format === 'csv') return toCsv(columns, rows).replace(/^\ufeff/, '');
  if (format === 'json') return `${JSON.stringify(rows, null, 1)}\n`;
  const cell = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  const widths = columns.map((c) => Math.min(40, Math.max(c.length, ...rows.map((r) => cell(r[c]).length))));
  const line = (vals: string[]) => vals.map((v, k) => v.slice(0, 40).padEnd(widths[k])).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...rows.map((r) => line(columns.map((c) => cell(r[c])))), `(${rows.length} rows)`].join('\n') + '\n';
}

export async function runQueryCli(argv: string[], io: { stdout: (s: string) => void; stderr: (s: string) => void }): Promise<number> {
  const args = parseQueryArgs(argv);
  if (typeof args === 'string') { io.stderr(`${args}\n${USAGE}\n`); return 2; }
  let ds;
  try { ds = await openParquetDataset(args.data); } catch (e) { io.stderr(`${(e as Error).message}\n`); return 1; }
  try {
    let columns: string[];
    let rows: Record<string, unknown>[];
    if (args.view) {
      const q = viewQuery(args.view, args.opts);
      if (typeof q === 'string') { io.stderr(`${q}\n${USAGE}\n`); return 2; }
      ({ columns, rows } = await ds.connector.query(q));
    } else {
      ({ columns, rows } = await ds.connector.query({ name: 'console', sql: args.sql!, params: [] }));
    }
    io.stdout(render(columns, rows, args.format));
    return 0;
  } catch (e) {
    io.stderr(`${(e as Error).message}\n`);
    return 1;
  } finally {
    ds.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runQueryCli(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) })
    .then((code) => { process.exitCode = code; });
}
