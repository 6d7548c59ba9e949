// Writing the user's own reports (imported in the browser) into the in-memory `user_*` tables. Only
// these tables are ever written: the bundled rows are attached read-only and cannot be removed.
//
// Rows go in as Arrow (issue 9): a few inserts per table, not one prepared statement per 200 rows (a
// county's 2,000 reports were ~2,500 statements, each three round trips to DuckDB's worker). The
// Arrow of a batch is a "part": the import keeps it in IndexedDB beside the reports' records, so a
// reload puts every saved report back with one insert per table and part instead of rebuilding the
// rows of 2,000 records. Parts are built here, on the page's main thread, in slices with the event
// loop in between; text columns whose values repeat (report ids, row and column keys, labels) are
// dictionary-encoded, which makes a part several times smaller.
import {
  Bool, Dictionary, Float64, Int16, Int32, Int8, Table, Utf8, makeData, makeVector, tableToIPC, type Data, type DataType, type Vector,
} from 'apache-arrow';
import { EXTRACTOR_VERSION } from '../extract';
import { arrowToRows } from './arrowRows';
import type { AsyncDuckDBConnection } from './engine';
import type { DatasetRows } from './rows';
import { TABLES, type ColumnType, type TableDef } from './schema';
import { USER_PREFIX } from './setup';
import { query, sql } from './sql';
import type { WasmConnector } from './wasmConnector';

/** Rows per Arrow stream: building one costs the page's main thread a few ms. */
export const INSERT_SLICE = 5_000;

/** Rows of some user reports as Arrow: per table, IPC streams (each complete: schema, batches, end). */
export interface UserRowsPart {
  /** USER_ROWS_FORMAT when built: a part of another format is not put back */
  format: string;
  /** the reports whose rows it holds */
  ids: string[];
  /** table name (reports, metrics, …) → its rows, in IPC streams of at most INSERT_SLICE rows */
  tables: Record<string, Uint8Array[]>;
}

/** The tables' columns and the extractor version: rows of another schema or extractor are rebuilt. */
export const USER_ROWS_FORMAT = `${EXTRACTOR_VERSION}|${TABLES.map((t) => `${t.name}(${t.columns.map((c) => `${c.name} ${c.type}`).join(',')})`).join(';')}`;

const encoder = new TextEncoder();

/** Gives the event loop back (a task): input and paint run between slices. */
function pause(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((r) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => { ch.port1.close(); r(); };
    ch.port2.postMessage(null);
  });
}

/** A validity bitmap (bit set: a value) and how many values are null; no bitmap when none is. */
function validity(n: number, isNull: (i: number) => boolean): { bitmap: Uint8Array | undefined; nulls: number } {
  const bitmap = new Uint8Array((n + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < n; i++) {
    if (isNull(i)) nulls++;
    else bitmap[i >> 3] |= 1 << (i & 7);
  }
  return { bitmap: nulls ? bitmap : undefined, nulls };
}

/** Bytes of `s` in UTF-8 as TextEncoder writes it (a lone surrogate becomes U+FFFD, 3 bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/** UTF-8 data of `texts`: one encode of them all joined, each text's end from its UTF-8 length. */
function utf8Data(texts: readonly string[], bitmap: Uint8Array | undefined, nulls: number): Data<Utf8> {
  const n = texts.length;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + utf8Length(texts[i]);
  const data = new Uint8Array(offsets[n]);
  encoder.encodeInto(texts.join(''), data);
  return makeData({ type: new Utf8(), length: n, nullCount: nulls, nullBitmap: bitmap, valueOffsets: offsets, data });
}

/** One column as an Arrow vector, its buffers written directly: apache-arrow's generic builders
 * (vectorFromArray) cost several µs a value, seconds for a county's 460,000 request cells. */
export function columnVector(values: readonly unknown[], t: ColumnType): Vector<DataType> {
  const n = values.length;
  const number = t === 'INTEGER' || t === 'DOUBLE';
  const { bitmap, nulls } = validity(n, (i) => {
    const v = values[i];
    return v === null || v === undefined || (number && !Number.isFinite(typeof v === 'number' ? v : Number(v)));
  });
  const isNull = (i: number) => (bitmap ? !(bitmap[i >> 3] & (1 << (i & 7))) : false);
  if (number) {
    const data = t === 'INTEGER' ? new Int32Array(n) : new Float64Array(n);
    for (let i = 0; i < n; i++) if (!isNull(i)) data[i] = Number(values[i]);
    const type = t === 'INTEGER' ? new Int32() : new Float64();
    return makeVector(makeData({ type, length: n, nullCount: nulls, nullBitmap: bitmap, data } as never)) as Vector<DataType>;
  }
  if (t === 'BOOLEAN') {
    const data = new Uint8Array((n + 7) >> 3);
    for (let i = 0; i < n; i++) if (!isNull(i) && values[i]) data[i >> 3] |= 1 << (i & 7);
    return makeVector(makeData({ type: new Bool(), length: n, nullCount: nulls, nullBitmap: bitmap, data })) as Vector<DataType>;
  }
  // VARCHAR, and DATE as 'YYYY-MM-DD' (cast on insert)
  const texts = values.map((v, i) => (isNull(i) ? '' : typeof v === 'string' ? v : String(v)));
  const seen = new Map<string, number>();
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (isNull(i)) continue;
    let c = seen.get(texts[i]);
    if (c === undefined) { c = seen.size; seen.set(texts[i], c); }
    codes[i] = c;
  }
  if (seen.size * 2 > n) return makeVector(utf8Data(texts, bitmap, nulls)) as Vector<DataType>;
  // values repeat: each row holds the index of its text among the distinct ones
  const dictionary = makeVector(utf8Data([...seen.keys()], undefined, 0));
  const [index, data] = seen.size <= 127 ? [new Int8(), Int8Array.from(codes)] as const
    : seen.size <= 32767 ? [new Int16(), Int16Array.from(codes)] as const : [new Int32(), codes] as const;
  return makeVector(makeData({ type: new Dictionary(new Utf8(), index), length: n, nullCount: nulls, nullBitmap: bitmap, data, dictionary } as never)) as Vector<DataType>;
}

/** One table's rows as an Arrow IPC stream, a column per schema column in schema order. */
export function rowsToIPC(t: TableDef, rows: readonly Record<string, unknown>[]): Uint8Array {
  const columns: Record<string, Vector<DataType>> = {};
  for (const c of t.columns) columns[c.name] = columnVector(rows.map((r) => r[c.name]), c.type);
  return tableToIPC(new Table(columns), 'stream');
}

const userTable = (t: TableDef) => `${USER_PREFIX}${t.name}`;
let stageSeq = 0;

function tablesOf(rows: DatasetRows): [TableDef, Record<string, unknown>[]][] {
  return [
    [TABLES[0], rows.reports.map((r) => ({ ...r, origin: 'user' }))],
    [TABLES[1], rows.metrics as unknown as Record<string, unknown>[]],
    [TABLES[2], rows.requests as unknown as Record<string, unknown>[]],
    [TABLES[3], rows.findings as unknown as Record<string, unknown>[]],
  ];
}

/** The rows as a part, INSERT_SLICE rows per stream, with the event loop given back between streams. */
export async function buildUserPart(rows: DatasetRows, between: () => Promise<void> = pause): Promise<UserRowsPart> {
  const tables: Record<string, Uint8Array[]> = {};
  let first = true;
  for (const [t, list] of tablesOf(rows)) {
    tables[t.name] = [];
    for (let i = 0; i < list.length; i += INSERT_SLICE) {
      if (!first) await between();
      first = false;
      tables[t.name].push(rowsToIPC(t, list.slice(i, i + INSERT_SLICE)));
    }
  }
  return { format: USER_ROWS_FORMAT, ids: rows.reports.map((r) => r.report_id), tables };
}

/** Inserts parts: per part and table, its streams into a staging table, then into the user table with
 * each column cast to its type (as the statements did before). DuckDB's worker takes each buffer
 * (transfer): the parts' buffers are empty afterwards. */
export async function insertUserParts(conn: AsyncDuckDBConnection, parts: readonly UserRowsPart[]): Promise<void> {
  for (const t of TABLES) {
    const names = t.columns.map((c) => c.name).join(', ');
    const casts = t.columns.map((c) => `CAST(${c.name} AS ${c.type})`).join(', ');
    for (const part of parts) {
      const streams = (part.tables[t.name] ?? []).filter((b) => b.byteLength > 0);
      if (streams.length === 0) continue;
      const stage = `${userTable(t)}_stage${++stageSeq}`;
      try {
        for (const [k, bytes] of streams.entries()) await conn.insertArrowFromIPCStream(bytes, { name: stage, create: k === 0 });
        await conn.query(`INSERT INTO ${userTable(t)} (${names}) SELECT ${casts} FROM ${stage}`);
      } finally {
        await conn.query(`DROP TABLE IF EXISTS ${stage}`);
      }
    }
  }
}

/** Inserts the rows (built as a part, then inserted). */
export async function insertUserRows(conn: AsyncDuckDBConnection, rows: DatasetRows): Promise<void> {
  await insertUserParts(conn, [await buildUserPart(rows)]);
}

/** The Arrow IPC end-of-stream marker (continuation 0xFFFFFFFF, length 0). */
const EOS = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
const MAGIC = [0x41, 0x52, 0x52, 0x4f, 0x57, 0x31]; // "ARROW1"

/** `ipc` as an Arrow IPC stream ending with its end-of-stream marker, which is what DuckDB's Arrow
 * insert takes (it holds a stream back until the marker comes, and appends the next insert on the
 * connection to it). DuckDB's query results come in the IPC file format: "ARROW1", padding, the
 * stream (with its marker), the footer, its length, "ARROW1"; the stream is cut out of it. */
export function asIpcStream(ipc: Uint8Array): Uint8Array {
  let stream = ipc;
  const n = ipc.byteLength;
  if (n >= 18 && MAGIC.every((b, k) => ipc[k] === b && ipc[n - 6 + k] === b)) {
    const footer = new DataView(ipc.buffer, ipc.byteOffset, n).getInt32(n - 10, true);
    stream = ipc.subarray(8, n - 10 - footer);
  }
  const m = stream.byteLength;
  if (m >= 8 && EOS.every((b, k) => stream[m - 8 + k] === b)) return stream;
  const out = new Uint8Array(m + 8);
  out.set(stream);
  out.set(EOS, m);
  return out;
}

/** How many user reports the tables hold. */
export async function userReportCount(conn: AsyncDuckDBConnection): Promise<number> {
  return Number(arrowToRows(await conn.query(`SELECT count(*) AS n FROM ${USER_PREFIX}reports`)).rows[0].n);
}

/** The user tables as one part (one IPC stream per table, as DuckDB writes it). */
export async function exportUserRows(conn: AsyncDuckDBConnection): Promise<UserRowsPart> {
  const tables: Record<string, Uint8Array[]> = {};
  for (const t of TABLES) {
    const names = t.columns.map((c) => c.name).join(', ');
    tables[t.name] = [asIpcStream(await conn.useUnsafe((db, id) => db.runQuery(id, `SELECT ${names} FROM ${userTable(t)}`)))];
  }
  const ids = arrowToRows(await conn.query(`SELECT report_id FROM ${USER_PREFIX}reports`)).rows.map((r) => String(r.report_id));
  return { format: USER_ROWS_FORMAT, ids, tables };
}

/** Deletes user reports and their rows; answers how many reports were removed. */
export async function deleteUserReports(db: WasmConnector, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  for (const t of [TABLES[1], TABLES[2], TABLES[3]]) {
    const del = query('user.delete', sql`DELETE FROM ${sql.trusted(USER_PREFIX + t.name)} WHERE report_id IN (${ids})`);
    await db.prepared(del.sql, del.params);
  }
  const del = query('user.delete', sql`DELETE FROM ${sql.trusted(`${USER_PREFIX}reports`)} WHERE report_id IN (${ids}) RETURNING report_id`);
  return (await db.prepared(del.sql, del.params)).numRows;
}
