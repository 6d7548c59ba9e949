// Embeds draw from static slices cut at build time by the app's own query builders: an embed's
// numbers must equal the app's query for the same state. Runs the slice builder and the app's
// builders on the same small DuckDB-node database; also the embed's URL checks and the snippets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from './helpers/duckdbNode';
import { nodeConnector } from '../../scripts/cli/nodeConnector';
import { assertPublishedOnly, buildSlices } from '../../scripts/slices/buildSlices';
import { REFRESH_REPORT_BASE } from '../../src/data/sql';
import { measureOf } from '../../src/domain/measures';
import { compareQuery, coverageQuery, countsQuery, problemRankingQuery, trendQuery } from '../../src/data/queries';
import {
  loadRows, rankingKey, slicePath, type ComplianceSlice, type CompareSlice, type OverviewSlice, type SliceIndex, type TrendsSlice,
} from '../../src/data/slices';
import { compareRows } from '../../src/embed/compareModel';
import { trendRows } from '../../src/embed/trendsModel';
import { parseEmbed } from '../../src/embed/embedParams';
import { ProblemError, problemText } from '../../src/domain/problems';
import { DEFAULT_STATE } from '../../src/app/state/urlState';
import { embedUrl, fixedSnippet, responsiveSnippet } from '../../src/app/embedCode';

const META = { dataset: 'bundled', extractor_version: 'test' };
const EVIL = '<img src=x onerror=alert(1)>';
let db: TestDb;
let slices: Map<string, unknown>;
const slice = <T,>(path: string) => slices.get(path) as T;
/** The embed recounts after narrowing; the rest of each row is the query's. */
const withoutCounts = (rows: Record<string, unknown>[]) => rows.map(({ total: _t, ranked: _r, ...x }) => x);

beforeAll(async () => {
  db = await openTestDb();
  // the slices are cut from the published data: the test database's one user report goes first
  await expect(assertPublishedOnly(nodeConnector(db.con))).rejects.toThrow(/user-imported/);
  await db.con.run(`DELETE FROM reports WHERE origin = 'user'`);
  await db.con.run(REFRESH_REPORT_BASE);
  slices = await buildSlices(nodeConnector(db.con), META, ['requests_received', 'ratio_share_granted', 'staff_total']);
});
afterAll(() => db?.close());

describe('slices = the app\'s queries', () => {
  const states = [
    { year: 2020, level: null, region: null, includeRegion: false },
    { year: 2020, level: 'township' as const, region: '测试省', includeRegion: false },
    { year: 2020, level: null, region: null, includeRegion: true },
    { year: 2018, level: null, region: '测试省', includeRegion: false },
  ];
  for (const key of ['requests_received', 'ratio_share_granted']) {
    it(`compare ${key}: a year's rows, narrowed by level, region and summaries, are the app's rows`, async () => {
      const s = slice<CompareSlice>(slicePath.compare(key));
      for (const st of states) {
        const app = await db.run(compareQuery({ measure: measureOf(key)!, year: st.year, levelGroup: st.level, region: st.region, includeRegion: st.includeRegion }));
        const embed = compareRows(s, st).rows as unknown as Record<string, unknown>[];
        expect(withoutCounts(embed), JSON.stringify(st)).toEqual(withoutCounts(app));
        expect(embed.length).toBe(app[0]?.total ?? 0);
      }
    });
  }
  it('compare: without a year, the latest year that has rows', () => {
    expect(compareRows(slice<CompareSlice>(slicePath.compare('requests_received')), { ...states[0], year: null }).year).toBe(2020);
  });
  it('a measure no report gives has no slices (the embed says so)', () => {
    expect(slices.has(slicePath.compare('staff_total'))).toBe(false);
    expect(slice<SliceIndex>(slicePath.index()).measures).toEqual(['requests_received', 'ratio_share_granted']);
  });
  it('trends: chosen agencies and the app\'s default agencies give the app\'s rows', async () => {
    const s = slice<TrendsSlice>(slicePath.trends('requests_received'));
    const chosen = ['甲街道', EVIL];
    expect(trendRows(s, chosen)).toEqual(await db.run(trendQuery({ measure: measureOf('requests_received')!, agencies: chosen })));
    expect(trendRows(s, [])).toEqual(await db.run(trendQuery({ measure: measureOf('requests_received')!, agencies: [] })));
  });
  it('trends: an agency the slice does not have is a specific problem naming it (as text)', () => {
    const s = slice<TrendsSlice>(slicePath.trends('requests_received'));
    try {
      trendRows(s, ['甲街道', 'no such <b>office</b>']);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ProblemError);
      expect(problemText((e as ProblemError).problem, 'en')).toBe('The dataset has no such figure for this agency: no such <b>office</b>');
    }
  });
  it('overview: coverage and counts per level group are the app\'s', async () => {
    for (const level of [null, 'township' as const]) {
      const s = slice<OverviewSlice>(slicePath.overview(level ?? 'all'));
      expect(loadRows(s.coverage)).toEqual(await db.run(coverageQuery({ levelGroup: level }, 60)));
      expect(loadRows(s.counts[2020].province)).toEqual(await db.run(countsQuery('province', { levelGroup: level, year: 2020 })));
    }
  });
  it('compliance: the ranking per year, level and summaries is the app\'s', async () => {
    for (const year of [null, 2020]) {
      const s = slice<ComplianceSlice>(slicePath.compliance(year));
      for (const includeRegion of [false, true]) {
        expect(loadRows(s.rankings[rankingKey('all', includeRegion)])).toEqual(await db.run(problemRankingQuery({ year, includeRegion })));
      }
      expect(loadRows(s.rankings[rankingKey('county', false)])).toEqual(await db.run(problemRankingQuery({ year, levelGroup: 'county' })));
    }
  });
  it('no user report reaches a slice, and the same data gives the same bytes', async () => {
    const text = JSON.stringify([...slices]);
    expect(text).not.toContain('"user"');
    const again = await buildSlices(nodeConnector(db.con), META, ['requests_received', 'ratio_share_granted', 'staff_total']);
    expect(JSON.stringify([...again])).toBe(text);
  });
});

describe('embed URL: a specific message, never another chart', () => {
  const problem = (q: string) => {
    const r = parseEmbed(q);
    return 'problem' in r ? problemText(r.problem, 'en') : null;
  };
  it('accepts the views\' own parameters', () => {
    const r = parseEmbed('?view=compare&metric=requests_received&year=2024&level=township&lang=en&table=1&bg=dark');
    expect('params' in r && r.params).toMatchObject({ view: 'compare', table: true, bg: 'dark', state: { metric: 'requests_received', year: 2024, level: 'township', lang: 'en' } });
  });
  it('unknown metric, view, level, year, background', () => {
    expect(problem('?view=compare&metric=requests_recieved')).toBe('Unknown metric: requests_recieved');
    expect(problem('?view=report')).toMatch(/^Embeds do not show this view: report/);
    expect(problem('?view=compare&level=galaxy')).toBe('Not a valid value for level: galaxy');
    expect(problem('?view=compare&year=20x4')).toBe('Not a valid value for year: 20x4');
    expect(problem('?bg=%3Cscript%3E')).toBe('Not a valid value for bg: <script>');
  });
  it('a thousand agencies, a hostile or overlong agency name', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `机关${i}`).join('|');
    expect(problem(`?view=trends&agencies=${encodeURIComponent(many)}`)).toBe('Too many agencies: 1000 (an embed shows at most 20)');
    expect(problem(`?view=trends&agencies=${encodeURIComponent('甲\u0000<script>')}`)).toMatch(/^Not a valid agency name.*: 甲�<script>$/);
    expect(problem(`?view=trends&agencies=${'长'.repeat(300)}`)).toMatch(/…$/);
  });
  it('filters an embed cannot apply are named', () => {
    expect(problem('?view=overview&region=福建省')).toBe('This embed cannot filter by region: open it in Nianbao');
    expect(problem('?view=compare&min=3')).toBe('This embed cannot filter by min: open it in Nianbao');
    expect(problem('?view=trends&level=township')).toMatch(/must name its agencies/);
  });
});

describe('the Embed dialog\'s code', () => {
  const target = { state: { ...DEFAULT_STATE, view: 'compare' as const, year: 2024, sql: 'SELECT 1', agencies: [] } };
  const app = 'https://example.org/sub/dir/?view=compare&sql=x';
  it('embed.html beside the app\'s page, with the view\'s state and the embed\'s own options only', () => {
    const u = new URL(embedUrl(target, { lang: 'en', table: true, bg: 'transparent' }, app));
    expect(u.pathname).toBe('/sub/dir/embed.html');
    expect(Object.fromEntries(u.searchParams)).toEqual({ view: 'compare', lang: 'en', year: '2024', table: '1', bg: 'transparent' });
  });
  it('snippets: the iframe (title escaped) and our sizing script; a plain fixed-height iframe', () => {
    const src = embedUrl(target, { lang: 'zh', table: false, bg: 'light' }, app);
    const o = { lang: 'zh' as const, table: false, bg: 'light' as const, height: 420 };
    const r = responsiveSnippet(src, EVIL, o, app);
    expect(r).toContain('<script src="https://example.org/sub/dir/embed-resize.js" async></script>');
    expect(r).not.toContain('<img');
    expect(fixedSnippet(src, '甲', o)).toBe(`<iframe src="${src.replace(/&/g, '&#38;')}" title="甲" width="100%" height="420" style="border:0"></iframe>`);
  });
});
