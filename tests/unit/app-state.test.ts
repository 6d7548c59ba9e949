import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseState, serializeState, type AppState } from '../../src/app/state/urlState';
import { guardConsoleSql } from '../../src/data/consoleGuard';
import { problemText } from '../../src/domain/problems';
import { toCsv, csvCell } from '../../src/data/csv';
import { resolveDataUrl } from '../../src/data/dataUrl';

describe('URL state', () => {
  it('the default state is the bare URL', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('');
    expect(parseState('')).toEqual(DEFAULT_STATE);
  });
  it('round-trips every field through the URL, writing only non-default values', () => {
    const s: AppState = {
      ...DEFAULT_STATE, view: 'trends', lang: 'en', metric: 'ratio_share_granted', year: 2020, level: 'township',
      region: '430181', sameUnits: true, includeRegion: true, minSize: 25, agencies: ['集里街道', 'A&B=C|?'.replace('|', '/')], colour: 'findings',
      severity: ['error', 'warning'], code: 'EV-06 TABLE-IDENTITIES', agency: '山城', report: 'abc123', table: 'metrics',
      sort: 'value', desc: true, filterCol: 'key', filter: 'staff', hidden: ['excerpt'], sql: 'SELECT 1 -- ?&#', data: 'other/',
    };
    const url = serializeState(s);
    expect(parseState(url)).toEqual(s);
    expect(serializeState(parseState(url))).toBe(url);
    expect(serializeState({ ...DEFAULT_STATE, view: 'compare' })).toBe('?view=compare');
  });
  it('ignores what it does not know instead of passing it on', () => {
    const s = parseState('?view=admin&metric=DROP%20TABLE&year=abc&level=galaxy&table=secrets&sort=nope&severity=error|fatal&min=-3');
    expect(s).toMatchObject({ view: 'overview', metric: 'requests_received', year: null, level: null, table: 'reports', sort: null, severity: ['error'], minSize: null });
  });
});

describe('SQL console guard', () => {
  it.each([
    'SELECT * FROM reports', 'with x as (select 1) select * from x', 'DESCRIBE reports', 'SHOW TABLES', 'EXPLAIN SELECT 1',
    "PRAGMA table_info('reports')", 'SELECT 1;', "SELECT 'DROP TABLE x; --' AS s", 'SELECT replace(agency, \'a\', \'b\') FROM reports',
    'SELECT "update" FROM (SELECT 1 AS "update")',
  ])('allows %s', (sql) => expect(guardConsoleSql(sql).ok).toBe(true));
  it.each([
    ['DROP TABLE reports', 'DROP'], ['DELETE FROM reports', 'DELETE'], ['SELECT 1; DROP TABLE reports', 'one statement'],
    ["SELECT * FROM read_csv('/etc/passwd')", 'read_csv'], ["ATTACH 'x.db' AS y", 'ATTACH'], ['SET enable_external_access = true', 'SET'],
    ['WITH x AS (SELECT 1) INSERT INTO reports SELECT * FROM x', 'INSERT'], ["COPY reports TO 'x.csv'", 'COPY'],
    ['PRAGMA enable_profiling', 'PRAGMA'], ["SELECT 'unterminated", 'unterminated'], ['', 'empty'], ["INSTALL httpfs", 'INSTALL'],
    ["SELECT * FROM parquet_scan('https://example.org/x.parquet')", 'parquet_scan'],
  ])('rejects %s', (sql, why) => {
    const g = guardConsoleSql(sql);
    expect(g.ok).toBe(false);
    // one error model: a code and parameters, rendered in either language
    if (!g.ok) {
      expect(problemText(g.problem, 'en').toLowerCase()).toContain(why.toLowerCase());
      expect(problemText(g.problem, 'zh')).not.toBe(problemText(g.problem, 'en'));
    }
  });
  it('wraps only row-returning statements (for the row cap)', () => {
    expect(guardConsoleSql('select 1;')).toEqual({ ok: true, sql: 'select 1', wrap: true });
    expect(guardConsoleSql('DESCRIBE reports')).toMatchObject({ wrap: false });
  });
});

describe('CSV', () => {
  it('quotes, keeps Chinese, leaves missing cells empty and defuses formulas', () => {
    const csv = toCsv(['a', 'b', 'c'], [{ a: '集里街道', b: 'x,"y"', c: null }, { a: '=HYPERLINK("x")', b: 3, c: -2 }]);
    expect(csv).toBe('\ufeffa,b,c\r\n集里街道,"x,""y""",\r\n"\'=HYPERLINK(""x"")",3,-2\r\n');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });
});

describe('?data= dataset folder', () => {
  const page = 'https://example.gov.cn/app/index.html?view=compare';
  it('defaults to ./data/ next to the app', () => {
    expect(resolveDataUrl('', page)).toEqual({ url: 'https://example.gov.cn/app/data/', problem: null });
  });
  it('accepts a relative or same-origin folder', () => {
    expect(resolveDataUrl('?data=other', page).url).toBe('https://example.gov.cn/app/other/');
    expect(resolveDataUrl('?data=/datasets/2024/', page).url).toBe('https://example.gov.cn/datasets/2024/');
  });
  it('refuses another origin (no request may leave the site)', () => {
    const r = resolveDataUrl('?data=https://evil.example/x/', page);
    expect(r.url).toBe('https://example.gov.cn/app/data/');
    expect(r.problem).toEqual({ code: 'data_other_origin', params: { value: 'https://evil.example/x/' } });
    expect(problemText(r.problem!, 'zh')).toContain('同一网站');
    expect(resolveDataUrl('?data=//evil.example/x', page).problem?.code).toBe('data_other_origin');
  });
});
