import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from './helpers/duckdbNode';
import { measureOf } from '../../src/domain/measures';
import {
  compareQuery, trendQuery, coverageQuery, countsQuery, headlineQuery, yearsQuery, findingsQuery, scorecardQuery,
  problemRankingQuery, reportQuery, reportFiguresQuery, agencyYearsQuery, reportsFiguresQuery, reportListQuery, tableRowsQuery, tableCountQuery,
  agencySearchQuery, findingCodesQuery, regionsQuery, reportFindingsQuery,
} from '../../src/data/queries';

let db: TestDb;
beforeAll(async () => { db = await openTestDb(); });
afterAll(() => db?.close());

const requests = measureOf('requests_received')!;
const shareGranted = measureOf('ratio_share_granted')!;
const EVIL = '<img src=x onerror=alert(1)>';

describe('compareQuery', () => {
  it('passes every value as a parameter and ranks best first, not reported last', async () => {
    const q = compareQuery({ measure: requests, year: 2020 });
    expect(q.sql).not.toContain('requests_received');
    expect(q.sql).not.toContain('2020');
    // the year filter reaches both the metrics scan and the report list
    expect(q.params).toEqual(['requests_received', 2020, 2020, 500]);
    const rows = await db.run(q);
    expect(rows.map((r) => r.agency_short)).toEqual(['甲街道', '乙镇', EVIL, '丙区']);
    expect(rows.map((r) => r.value)).toEqual([30, 5, 0, null]); // blank cell: not reported, never 0
    // the user's own report carries its origin, so the view can mark it
    expect(rows.map((r) => r.origin)).toEqual(['user', 'bundled', 'bundled', 'bundled']);
  });
  it('leaves region-wide summaries out unless asked', async () => {
    const with_ = await db.run(compareQuery({ measure: requests, year: 2020, includeRegion: true }));
    expect(with_[0].agency_short).toBe('丁市全市');
  });
  it('filters by level group and region', async () => {
    const q = compareQuery({ measure: requests, year: 2020, levelGroup: 'township', region: '测试省' });
    const f = [2020, 'township', 'street', '测试省'];
    expect(q.params).toEqual(['requests_received', ...f, ...f, 500]);
    expect((await db.run(q)).map((r) => r.agency_short)).toEqual(['甲街道', '乙镇', EVIL]);
  });
  it('ratio: guards small denominators and uses the 2008 keys as alternatives', async () => {
    const rows = await db.run(compareQuery({ measure: shareGranted, year: 2020, minSize: 10 }));
    const byAgency = Object.fromEntries(rows.map((r) => [r.agency_short, r]));
    expect(byAgency['丙区'].value).toBe(80);
    expect(byAgency['甲街道'].value).toBe(75);
    expect(byAgency['乙镇'].value).toBeNull(); // 3 handled < 10: not ranked
    expect(byAgency['乙镇'].small).toBe(true);
    const y2018 = await db.run(compareQuery({ measure: shareGranted, year: 2018, minSize: 1 }));
    expect(y2018[0].value).toBe(50);
  });
  it('a hostile metric key cannot reach the SQL text', () => {
    expect(measureOf("requests_received'; DROP TABLE reports; --")).toBeUndefined();
  });
});

describe('trendQuery', () => {
  it('returns the chosen agencies over the years with the change from the previous report', async () => {
    const q = trendQuery({ measure: requests, agencies: ['甲街道'] });
    expect(q.params).toEqual(['requests_received', '甲街道', '甲街道']);
    const rows = await db.run(q);
    expect(rows.map((r) => [r.report_year, r.value, r.change])).toEqual([[2018, 6, null], [2019, 10, 4], [2020, 30, 20]]);
    expect(rows[2].change_rate).toBe(2);
    expect(rows.map((r) => r.origin)).toEqual(['bundled', 'bundled', 'user']);
  });
  it('reads each ratio key with its own equality scan (not an IN list, which scans wider)', async () => {
    const q = trendQuery({ measure: shareGranted, agencies: ['甲街道'] });
    expect(q.sql).not.toMatch(/key IN/);
    expect((q.sql.match(/FROM metric_values WHERE key = \?/g) ?? []).length).toBe(4);
    const rows = await db.run(q);
    // 2018 from the 2008 keys (3 of 6: base under 10, not ranked), 2019 and 2020 from the 2019 ones
    expect(rows.map((r) => [r.report_year, r.value, r.small])).toEqual([[2018, null, true], [2019, 40, false], [2020, 75, false]]);
  });
  it('picks the agencies with most reported years when none are chosen', async () => {
    const rows = await db.run(trendQuery({ measure: requests, agencies: [], defaultCount: 1 }));
    expect(new Set(rows.map((r) => r.agency_short))).toEqual(new Set(['甲街道']));
  });
  it('agency search matches by substring with the text as a parameter', async () => {
    const q = agencySearchQuery("街道' OR 1=1 --");
    expect(await db.run(q)).toEqual([]);
    expect((await db.run(agencySearchQuery('街道'))).map((r) => r.agency)).toEqual(['甲街道']);
  });
});

describe('overview queries', () => {
  it('coverage lists agencies × years, most reported first', async () => {
    const rows = await db.run(coverageQuery({}, 2));
    expect(rows[0]).toMatchObject({ agency_short: '甲街道', report_year: 2018, era: '2008', total_agencies: 5, origin: 'bundled' });
    expect(rows.find((r) => r.report_id === 'r2')?.origin).toBe('user');
    expect(new Set(rows.map((r) => r.agency_short)).size).toBe(2);
  });
  it('counts by level and province, headline figures per year', async () => {
    const byLevel = await db.run(countsQuery('level', {}));
    expect(byLevel[0]).toEqual({ key: 'street', agencies: 2, reports: 4 });
    const byProv = await db.run(countsQuery('province', { year: 2020 }));
    expect(byProv.find((r) => r.key === '别的省')).toEqual({ key: '别的省', agencies: 1, reports: 1 });
    const [h] = await db.run(headlineQuery({ year: 2020 }));
    expect(h).toMatchObject({ reports: 5, agencies: 5, errors: 3, warnings: 0, on_time: 3, late: 1, requests: 35, not_reports: 1 });
    expect((await db.run(yearsQuery())).map((r) => r.year)).toEqual([2018, 2019, 2020]);
    expect((await db.run(regionsQuery()))[0].region).toBe('测试省');
  });
});

describe('compliance queries', () => {
  it('filters findings by severity, level and year', async () => {
    const q = findingsQuery({ severities: ['error'], year: 2020 });
    expect(q.params).toEqual(['error', 2020, 1000]);
    const rows = await db.run(q);
    expect(rows.map((r) => r.report_id).sort()).toEqual(['r2', 'r4', 'r4']);
    expect(rows.find((r) => r.report_id === 'r2')?.origin).toBe('user');
    expect(await db.run(findingsQuery({ agency: '乙' }))).toEqual([]);
    expect((await db.run(findingsQuery({ code: 'PROSE-TABLE-MISMATCH' })))[0]).toMatchObject({ report_id: 'r1', message: '正文6，统计表1', message_en: 'prose 6, table 1' });
    // a finding stored before messages were bilingual: message_en is null (the view shows message)
    expect((await db.run(findingsQuery({ code: 'T3-BALANCE' })))[0]).toMatchObject({ message: '总计不平衡', message_en: null });
    expect((await db.run(reportFindingsQuery('r4'))).map((r) => r.message_en).sort()).toEqual(['near-identical to last year', 'section missing']);
    expect((await db.run(findingCodesQuery())).length).toBe(4);
  });
  it('scorecard marks each criterion from the finding codes', async () => {
    const rows = await db.run(scorecardQuery({}));
    const r4 = rows.find((r) => r.report_id === 'r4')!;
    expect(r4).toMatchObject({ on_time: null, sections: false, copied: false, balance: true, prose: true });
    const r1 = rows.find((r) => r.report_id === 'r1')!;
    expect(r1).toMatchObject({ on_time: true, prose: false, sections: true });
    expect(rows.find((r) => r.report_id === 'r2')).toMatchObject({ on_time: false, balance: false, origin: 'user' });
  });
  it('ranks agencies by open problems, without region-wide summaries', async () => {
    const rows = await db.run(problemRankingQuery({}));
    expect(rows.map((r) => [r.agency_short, r.open])).toEqual([['丙区', 2], ['甲街道', 2]]);
    // an agency with any report of the user's own is marked as theirs
    expect(rows.map((r) => r.origin)).toEqual([null, 'user']);
  });
});

describe('report queries', () => {
  it('identity, figures with sources, findings and other years', async () => {
    expect((await db.run(reportQuery('r2')))[0]).toMatchObject({ agency_short: '甲街道', report_year: 2020 });
    expect((await db.run(reportFiguresQuery('r4'))).find((r) => r.key === 'requests_received')).toMatchObject({ value: null, state: 'blank' });
    const years = await db.run(agencyYearsQuery('甲街道'));
    expect(years.map((r) => r.report_year)).toEqual([2018, 2019, 2020]);
    const figs = await db.run(reportsFiguresQuery(years.map((r) => String(r.report_id))));
    expect(figs.filter((r) => r.key === 'requests_received').map((r) => r.value)).toEqual([10, 30, 6]);
    expect(await db.run(reportsFiguresQuery([]))).toEqual([]);
    expect((await db.run(reportListQuery('甲'))).map((r) => r.report_id)).toEqual(['r6', 'r1', 'r2']);
  });
});

describe('table browsing', () => {
  it('sorts and filters on allow-listed columns only', async () => {
    const q = tableRowsQuery({ table: 'reports', sort: { column: 'report_year', desc: true }, filter: { column: 'agency_short', text: '甲' }, limit: 2 });
    expect(q.sql).toContain('ORDER BY report_year DESC');
    expect(q.params).toEqual(['甲', 2, 0]);
    expect((await db.run(q)).map((r) => r.report_id)).toEqual(['r2', 'r1']);
    const page2 = tableRowsQuery({ table: 'reports', sort: { column: 'report_year', desc: true }, filter: { column: 'agency_short', text: '甲' }, limit: 2, offset: 2 });
    expect((await db.run(page2)).map((r) => r.report_id)).toEqual(['r6']);
    expect((await db.run(tableCountQuery({ table: 'reports', filter: { column: 'agency_short', text: '甲' } })))[0].n).toBe(3);
    expect(() => tableRowsQuery({ table: 'reports', sort: { column: 'report_year; DROP TABLE reports', desc: false } })).toThrow();
  });
});
