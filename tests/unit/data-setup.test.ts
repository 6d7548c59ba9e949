import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { DuckDBInstance } from '@duckdb/node-api';
import { datasetSetupSql, FAST_METRIC_VALUES } from '../../src/data/setup';
import { REFRESH_REPORT_BASE } from '../../src/data/sql';
import { createTableSql, REPORTS, METRICS_TABLE } from '../../src/data/schema';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-setup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COLS = `report_id, file, origin, kind, agency_short, level, report_year, timeliness, encoding, bytes, n_metrics, n_errors, n_warnings, n_infos, extractor_version`;

describe('dataset setup: bundled file attached read-only, user rows beside it', () => {
  it('views union bundled and user rows; a user copy wins in report_base; missing columns read NULL', async () => {
    // A bundled file from an "older build": the metrics table lacks the excerpt column, findings and requests are missing.
    const file = join(dir, 'nianbao.duckdb');
    const w = await DuckDBInstance.create(file);
    const wc = await w.connect();
    await wc.run(createTableSql(REPORTS));
    await wc.run(createTableSql({ ...METRICS_TABLE, columns: METRICS_TABLE.columns.filter((c) => c.name !== 'excerpt') }));
    await wc.run(`INSERT INTO reports (${COLS}) VALUES ('b1', 'b1.txt', 'bundled', 'annual_report', '甲街道', 'street', 2020, 'on_time', 'utf-8', 1, 1, 0, 0, 0, 't')`);
    await wc.run(`INSERT INTO metrics (report_id, key, value, state, approx, source_kind, line) VALUES ('b1', 'requests_received', 5, 'number', false, 'table', 3)`);
    wc.closeSync(); w.closeSync();

    const inst = await DuckDBInstance.create(':memory:');
    const con = await inst.connect();
    const rows = async (sql: string) => (await con.runAndReadAll(sql)).getRowObjectsJS();
    await con.run(`ATTACH '${file}' AS src (READ_ONLY)`);
    const have = await rows(`SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = 'src' AND schema_name = 'main'`);
    await con.run(datasetSetupSql(have));
    await con.run(REFRESH_REPORT_BASE);
    expect(await rows('SELECT report_id, excerpt FROM metrics')).toEqual([{ report_id: 'b1', excerpt: null }]);
    expect(await rows('SELECT count(*)::INTEGER AS n FROM findings')).toEqual([{ n: 0 }]);

    // The user imports their own copy of the same agency-year (more figures): it is the one shown.
    await con.run(`INSERT INTO user_reports (${COLS}) VALUES ('u1', 'mine.txt', 'user', 'annual_report', '甲街道', 'street', 2020, 'unknown', 'utf-8', 1, 2, 0, 0, 0, 't')`);
    await con.run(REFRESH_REPORT_BASE);
    expect((await rows('SELECT report_id FROM report_base')).map((r) => r.report_id)).toEqual(['u1']);
    expect((await rows('SELECT origin FROM reports ORDER BY origin')).map((r) => r.origin)).toEqual(['bundled', 'user']);

    // The key-sorted copy of the numbers (large datasets) keeps user figures and leaves out blanks.
    await con.run(`INSERT INTO user_metrics (report_id, key, value, state, approx, source_kind, line, excerpt) VALUES
      ('u1', 'requests_received', 7, 'number', false, 'table', 1, 'x'), ('u1', 'staff_total', NULL, 'blank', false, 'table', 2, 'y')`);
    const before = await rows('SELECT report_id, key, value FROM metric_values ORDER BY report_id');
    await con.run(FAST_METRIC_VALUES);
    expect(await rows('SELECT report_id, key, value FROM metric_values ORDER BY report_id')).toEqual(before);
    expect(before).toEqual([{ report_id: 'b1', key: 'requests_received', value: 5 }, { report_id: 'u1', key: 'requests_received', value: 7 }]);
    await con.run(`DELETE FROM user_metrics`);

    // Bundled rows cannot be written through the views (read-only attachment).
    await expect(con.run(`DELETE FROM src.reports`)).rejects.toThrow();
    await con.run(`DELETE FROM user_reports WHERE report_id = 'u1'`);
    await con.run(REFRESH_REPORT_BASE);
    expect((await rows('SELECT report_id FROM report_base')).map((r) => r.report_id)).toEqual(['b1']);
    con.closeSync(); inst.closeSync();
  });

  it('without a bundled file the views read the user tables only', async () => {
    const inst = await DuckDBInstance.create(':memory:');
    const con = await inst.connect();
    await con.run(datasetSetupSql([]));
    await con.run(REFRESH_REPORT_BASE);
    expect((await con.runAndReadAll('SELECT count(*)::INTEGER AS n FROM reports')).getRowObjectsJS()).toEqual([{ n: 0 }]);
    con.closeSync(); inst.closeSync();
  });
});
