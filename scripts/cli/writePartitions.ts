// Writes the partitioned layout of a dataset (src/data/partitions.ts) from its whole-table Parquet
// files: one DuckDB file per province with that province's reports, figures, table-三 cells and
// findings (sorted so a query for one year, one metric or one report touches few blocks), and the
// answers of the national queries (src/data/queries/national.ts), run by the app's own builders over
// all the partitions attached the way the app attaches them, so the stored answers are what the app
// would compute with every province loaded. Written through a staging folder.
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { DATA_FILES, TABLES, createTableSql } from '../../src/data/schema';
import { datasetSetupSql, reportBaseSql, sourceColumnsSql } from '../../src/data/setup';
import { REPORT_BASE_ORDER, reportBaseSelect } from '../../src/data/sql';
import { storeRows } from '../../src/data/slices';
import { nationalQueries, yearsQuery } from '../../src/data/queries';
import {
  PARTS_DIR, answerKey, partitionFile, partitionKeySql, partitionSchema,
  type AnswerFile, type PartitionEntry, type PartitionIndex,
} from '../../src/data/partitions';
import { nodeConnector } from './nodeConnector';

/** Row order inside a partition file, per table. */
const ORDER: Record<string, string> = {
  reports: 'report_year, agency_short, report_id',
  metrics: 'key, report_id',
  requests: 'report_id, row_key, column_key',
  findings: 'report_id, code, message',
};

const q = (p: string) => p.replace(/'/g, "''");

export async function writePartitions(datasetDir: string, opts: { extractorVersion: string; log?: (s: string) => void }): Promise<PartitionIndex> {
  const dir = resolve(datasetDir);
  const log = opts.log ?? (() => undefined);
  const staging = join(dir, `.${PARTS_DIR}-staging`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  const entries: PartitionEntry[] = [];
  try {
    for (const t of TABLES) {
      const file = join(dir, DATA_FILES.parquet(t.name));
      if (!existsSync(file)) throw new Error(`${dir} has no ${DATA_FILES.parquet(t.name)}: partitions are cut from the whole-table Parquet files`);
      await con.run(`CREATE VIEW ${t.name} AS SELECT * FROM read_parquet('${q(file)}')`);
    }
    await con.run(`CREATE TEMP TABLE part_of AS SELECT report_id, ${partitionKeySql('r')} AS part FROM reports r`);
    const parts = (await con.runAndReadAll(`SELECT part, count(*)::INTEGER AS n, list(DISTINCT province ORDER BY province) FILTER (WHERE province IS NOT NULL) AS provinces
        FROM part_of JOIN reports USING (report_id) GROUP BY part ORDER BY part`)).getRowObjectsJS();
    for (const p of parts) {
      const key = String(p.part);
      const file = join(staging, `${key}.duckdb`);
      await con.run(`ATTACH '${q(file)}' AS out`);
      for (const t of TABLES) {
        await con.run(createTableSql(t, 'out'));
        await con.run(`INSERT INTO out.${t.name} SELECT x.* FROM ${t.name} x JOIN part_of USING (report_id) WHERE part_of.part = $1 ORDER BY ${ORDER[t.name]}`, [key]);
      }
      // this province's report_base (one report per agency and year), so the app need not compute it
      await con.run(`CREATE TABLE out.report_base AS ${reportBaseSelect('out.reports')} ORDER BY ${REPORT_BASE_ORDER}`);
      await con.run('CHECKPOINT out');
      await con.run('DETACH out');
      entries.push({ key, provinces: ((p.provinces as unknown[]) ?? []).map(String), file: partitionFile(key), bytes: statSync(file).size, reports: Number(p.n) });
      log(`partitions: ${key} ${Number(p.n)} reports, ${statSync(file).size} bytes\n`);
    }
  } finally {
    con.closeSync();
    instance.closeSync();
  }
  const answers = await nationalAnswers(staging, entries.map((e) => e.key), opts.extractorVersion);
  const answersText = JSON.stringify(answers) + '\n';
  writeFileSync(join(staging, 'answers.json'), answersText);
  const target = join(dir, PARTS_DIR);
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  return { answers: `${PARTS_DIR}/answers.json`, answersBytes: Buffer.byteLength(answersText), partitions: entries };
}

/** Province files attached read-only behind the app's views, as the app attaches them with no user
 * reports (src/data/dataset.ts ensurePartitions): what the answers are computed on, and what the tests
 * hold a region's queries to. */
export async function attachPartitions(con: DuckDBConnection, partsDir: string, keys: readonly string[]): Promise<void> {
  for (const k of keys) await con.run(`ATTACH '${q(join(partsDir, `${k}.duckdb`))}' AS ${partitionSchema(k)} (READ_ONLY)`);
  const have = keys.length ? (await con.runAndReadAll(sourceColumnsSql(partitionSchema(keys[0])))).getRowObjectsJS() : [];
  await con.run(datasetSetupSql(have, keys.map(partitionSchema)));
  await con.run(reportBaseSql(keys.map(partitionSchema)));
}

/** Every partition attached, then the national queries answered. */
async function nationalAnswers(partsDir: string, keys: string[], extractorVersion: string): Promise<AnswerFile> {
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  try {
    await attachPartitions(con, partsDir, keys);
    const db = nodeConnector(con);
    const years = (await db.query(yearsQuery())).rows.map((r) => Number(r.year));
    const out: AnswerFile = { extractor_version: extractorVersion, answers: {} };
    for (const query of nationalQueries(years)) {
      const res = await db.query(query);
      out.answers[answerKey(query)] = storeRows(res.rows, res.columns as never);
    }
    return out;
  } finally {
    con.closeSync();
    instance.closeSync();
  }
}
