// A small invented dataset in DuckDB node (never real report text), for running the query builders.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { createTableSql, TABLES } from '../../../src/data/schema';
import { REFRESH_REPORT_BASE, type BuiltQuery } from '../../../src/data/sql';
import { METRIC_VALUES_VIEW } from '../../../src/data/setup';
import { nodeConnector } from '../../../scripts/cli/nodeConnector';

export interface TestDb { con: DuckDBConnection; run(q: BuiltQuery): Promise<Record<string, unknown>[]>; close(): void }

type R = [id: string, agencyShort: string, level: string, scope: string, province: string, year: number, era: string, timeliness: string, errors: number, warnings: number];
export const TEST_REPORTS: R[] = [
  ['r1', '甲街道', 'street', 'self', '测试省', 2019, '2019', 'on_time', 0, 1],
  ['r2', '甲街道', 'street', 'self', '测试省', 2020, '2019', 'late', 1, 0],
  ['r3', '乙镇', 'township', 'self', '测试省', 2020, '2019', 'on_time', 0, 0],
  ['r4', '丙区', 'district', 'self', '别的省', 2020, '2019', 'unknown', 2, 0],
  ['r5', '丁市全市', 'city', 'region', '测试省', 2020, '2019', 'on_time', 0, 0],
  ['r6', '甲街道', 'street', 'self', '测试省', 2018, '2008', 'on_time', 0, 0],
  ['r7', '<img src=x onerror=alert(1)>', 'street', 'self', '测试省', 2020, '2019', 'on_time', 0, 0],
];
/** Reports the user imported (origin 'user'); the rest are bundled. */
export const TEST_USER_REPORTS = new Set(['r2']);
// [report, key, value | null, state]
export const TEST_METRICS: [string, string, number | null, string][] = [
  ['r1', 'requests_received', 10, 'number'], ['r1', 'outcome_granted', 4, 'number'], ['r1', 'outcome_total', 10, 'number'],
  ['r2', 'requests_received', 30, 'number'], ['r2', 'outcome_granted', 15, 'number'], ['r2', 'outcome_total', 20, 'number'],
  ['r3', 'requests_received', 5, 'number'], ['r3', 'outcome_granted', 2, 'number'], ['r3', 'outcome_total', 3, 'number'],
  ['r4', 'requests_received', null, 'blank'], ['r4', 'outcome_granted', 40, 'number'], ['r4', 'outcome_total', 50, 'number'],
  ['r5', 'requests_received', 900, 'number'],
  ['r6', 'requests_received', 6, 'number'], ['r6', 'answered_granted', 3, 'number'], ['r6', 'requests_answered', 6, 'number'],
  ['r7', 'requests_received', 0, 'number'],
];
/** report_id, code, severity, message (Chinese), message_en (null: a user report stored before
 * messages were bilingual). */
export const TEST_FINDINGS: [string, string, string, string, string | null][] = [
  ['r1', 'PROSE-TABLE-MISMATCH', 'warning', '正文6，统计表1', 'prose 6, table 1'],
  ['r2', 'T3-BALANCE', 'error', '总计不平衡', null],
  ['r4', 'EV-04', 'error', '缺少章节', 'section missing'],
  ['r4', 'EV-10', 'error', '与上年雷同', 'near-identical to last year'],
];

export async function openTestDb(): Promise<TestDb> {
  const instance = await DuckDBInstance.create(':memory:');
  const con = await instance.connect();
  for (const t of TABLES) await con.run(createTableSql(t));
  for (const [id, short, level, scope, province, year, era, tl, e, w] of TEST_REPORTS) {
    await con.run(`INSERT INTO reports (report_id, file, origin, kind, agency, agency_short, level, scope, province, report_year, era, timeliness, encoding, bytes, n_metrics, n_errors, n_warnings, n_infos, extractor_version)
      VALUES (?, ?, ?, 'annual_report', ?, ?, ?, ?, ?, ?, ?, ?, 'utf-8', 100, 0, ?, ?, 0, 'test')`,
    [id, `${id}.txt`, TEST_USER_REPORTS.has(id) ? 'user' : 'bundled', `${short}办事处`, short, level, scope, province, year, era, tl, e, w]);
  }
  await con.run(`INSERT INTO reports (report_id, file, origin, kind, reason, level, timeliness, encoding, bytes, n_metrics, n_errors, n_warnings, n_infos, extractor_version)
    VALUES ('x1', 'x1.txt', 'bundled', 'not_a_report', 'template', 'unknown', 'unknown', 'utf-8', 10, 0, 0, 0, 0, 'test')`);
  for (const [id, key, value, state] of TEST_METRICS) {
    if (value === null) await con.run(`INSERT INTO metrics VALUES (?, ?, NULL, ?, false, 'table', 1, 'x')`, [id, key, state]);
    else await con.run(`INSERT INTO metrics VALUES (?, ?, ?, ?, false, 'table', 1, 'x')`, [id, key, value, state]);
  }
  for (const [id, code, sev, msg, msgEn] of TEST_FINDINGS) {
    await con.run(`INSERT INTO findings (report_id, code, severity, message, message_en, metrics) VALUES (?, ?, ?, ?, ?, '')`, [id, code, sev, msg, msgEn]);
  }
  await con.run(METRIC_VALUES_VIEW);
  await con.run(REFRESH_REPORT_BASE);
  const connector = nodeConnector(con);
  return {
    con,
    // the Node connector the scripts use: the tests run every builder through the same code
    async run(q) { return (await connector.query(q)).rows; },
    close() { con.closeSync(); instance.closeSync(); },
  };
}
