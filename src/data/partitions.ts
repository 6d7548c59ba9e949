// The partitioned layout of a large dataset (national scale): instead of one database file the app
// would have to download whole, the data build writes one DuckDB file per province (`parts/<key>.duckdb`,
// key = the province's two-digit code, `xx` for reports with neither a code nor a known province) and
// `parts/answers.json`: the answers of the queries the app asks before any region is open (the
// Overview, the year list, the region tree), computed at build time by the app's own builders over the
// whole data. The first chart is drawn from those answers; opening a region fetches its province's
// file. Pure layout and rules: both the build (scripts/cli/writePartitions.ts) and the app read them.
//
// Why whole files and not HTTP range reads: DuckDB-WASM 1.32's HTTP reader fetched the whole file
// with one plain GET in every configuration we tried (reliableHeadRequests on/off, allowFullHTTPReads;
// duckdb-wasm issues #2228 and #1367), so a province file is the unit of transfer and the app fetches
// it itself, with progress, the same way whether or not the server answers range requests.
import { PROVINCE_CODES, parseRegion } from '../domain/regions';
import type { BuiltQuery } from './sql';
import { ProblemError } from '../domain/problems';
import { DATA_FILES } from './schema';
import { loadRows, type StoredRows } from './slices';
import { nationalQueries } from './queries/national';
import { yearsQuery } from './queries/overview';

export const PARTS_DIR = 'parts';
/** Reports with no division code and no known province. */
export const UNKNOWN_PARTITION = 'xx';

export interface PartitionEntry {
  /** two-digit province code, or `xx` */
  key: string;
  /** the province names its reports carry (an old link's province name finds its partitions by them) */
  provinces: string[];
  file: string;
  bytes: number;
  reports: number;
}

export interface PartitionIndex {
  answers: string;
  answersBytes: number;
  partitions: PartitionEntry[];
}

/** What `parts/answers.json` holds: rows per query key (answerKey). */
export interface AnswerFile { extractor_version: string; answers: Record<string, StoredRows<Record<string, unknown>>> }

export const partitionFile = (key: string) => `${PARTS_DIR}/${key}.duckdb`;
/** The schema a partition is attached as (keys are [0-9]{2} or xx: safe as an identifier). */
export const partitionSchema = (key: string) => `p_${key}`;

/** The province partition of a report (the rule the build sorts rows by; mirrors regionCondition:
 * a province holds its reports with a code and those without a code that carry its name). */
export function partitionKeyOf(divisionCode: string | null | undefined, province: string | null | undefined): string {
  const code = (divisionCode ?? '').trim();
  if (/^\d{12}$/.test(code)) return code.slice(0, 2);
  for (const [k, name] of Object.entries(PROVINCE_CODES)) if (name === province) return k;
  return UNKNOWN_PARTITION;
}

/** The same rule in SQL over a reports alias (the build partitions with it; a test holds it to
 * partitionKeyOf). Province names come from our own table, not from input. */
export function partitionKeySql(alias: string): string {
  const names = Object.entries(PROVINCE_CODES).map(([k, n]) => `WHEN '${n}' THEN '${k}'`).join(' ');
  return `CASE WHEN regexp_full_match(coalesce(${alias}.division_code, ''), '\\d{12}') THEN substr(${alias}.division_code, 1, 2)
    ELSE CASE ${alias}.province ${names} ELSE '${UNKNOWN_PARTITION}' END END`;
}

/** The partitions a URL region needs; null when the region is empty or unreadable (national scope). */
export function partitionsForRegion(region: string | null | undefined, index: PartitionIndex): string[] | null {
  const r = parseRegion(region);
  if (!r) return null;
  const have = new Set(index.partitions.map((p) => p.key));
  const keys = r.kind === 'division' ? [r.code.slice(0, 2)]
    : r.kind === 'unresolved' ? [r.province ?? UNKNOWN_PARTITION]
      : index.partitions.filter((p) => p.provinces.includes(r.name)).map((p) => p.key);
  return keys.filter((k) => have.has(k));
}

/** A built query's key in the answers file: a 64-bit hash (two 32-bit FNV-1a lanes) of its name, text
 * and parameters. The same builder with the same filter gives the same key in Node and in the browser;
 * a builder whose SQL changed gives another key, so an answer is never used for a different query. */
export function answerKey(q: Pick<BuiltQuery, 'name' | 'sql' | 'params'>): string {
  const s = `${q.name}\u0000${q.sql}\u0000${JSON.stringify(q.params)}`;
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** How many of the national queries this app asks have no stored answer: a dataset whose answers were
 * computed by another version of the builders (their SQL differs) is told apart from one that is
 * merely missing a rare query, and the app says to rebuild it instead of failing view by view. */
export function missingNationalAnswers(answers: ReadonlyMap<string, unknown>): { missing: number; total: number } {
  const years = answers.get(answerKey(yearsQuery())) as StoredRows<Record<string, unknown>> | undefined;
  if (!years) return { missing: 1, total: 1 };
  const list = nationalQueries(loadRows(years).map((r) => Number(r.year)));
  return { missing: list.filter((q) => !answers.has(answerKey(q))).length, total: list.length };
}

/** The partitioned layout a manifest describes, or null (one database file). Checked in shape: a
 * manifest is input like any other. */
export function partitionIndexOf(manifest: Record<string, unknown> | null, folder: string): PartitionIndex | null {
  if (!manifest || manifest.layout !== 'partitioned') return null;
  const p = manifest.partitions as PartitionIndex | undefined;
  const ok = !!p && typeof p.answers === 'string' && p.answers.startsWith(`${PARTS_DIR}/`) && Array.isArray(p.partitions)
    && p.partitions.every((e) => e && /^(\d{2}|xx)$/.test(String(e.key)) && e.file === `${PARTS_DIR}/${e.key}.duckdb` && Number.isFinite(e.reports) && Number.isFinite(e.bytes));
  if (!ok) throw new ProblemError({ code: 'data_corrupt', params: { file: DATA_FILES.manifest, folder } });
  return { answers: p!.answers, answersBytes: Number(p!.answersBytes) || 0, partitions: p!.partitions.map((e) => ({ ...e, provinces: Array.isArray(e.provinces) ? e.provinces.map(String) : [] })) };
}
