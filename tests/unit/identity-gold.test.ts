// Identity and era against ../shared/spec/{seeds,corpus}-gold.json and the corpus MANIFEST, on the
// real files (read at run time, never copied). Skipped when ../shared is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectEra } from '../../src/extract/era';
import { identify } from '../../src/extract/identity/index';
import { loadDivisionIndex } from '../../src/extract/identity/divisions';
import { normalizeText } from '../../src/extract/text/normalize';

const SHARED = resolve(__dirname, '../../../shared');
const HAVE_SHARED = existsSync(resolve(SHARED, 'spec/seeds-gold.json'));
const DIVISIONS = resolve(__dirname, '../../public/divisions.json');

interface Gold { file: string; kind: string; [field: string]: unknown }
const FIELDS = ['agency', 'agency_short', 'level', 'parent', 'province', 'report_year', 'published_on', 'era'];

function seed(prefix: string): string {
  const file = readdirSync(resolve(SHARED, 'seeds')).find((f) => f.startsWith(prefix));
  return resolve(SHARED, 'seeds', file ?? `${prefix}-missing`);
}

let cached: ReturnType<typeof loadDivisionIndex> | null = null;

function run(path: string) {
  const index = (cached ??= loadDivisionIndex(JSON.parse(readFileSync(DIVISIONS, 'utf8'))));
  const doc = normalizeText(readFileSync(path, 'utf8'));
  const id = identify(doc, path.split('/').pop() ?? '', index);
  return { ...id, ...detectEra(doc, id.report_year) };
}

describe.skipIf(!HAVE_SHARED)('identity gold (../shared present)', () => {
  for (const set of [
    { gold: 'seeds-gold.json', dir: 'seeds' },
    { gold: 'corpus-gold.json', dir: 'corpus' },
    { gold: 'corpus-gold-2.json', dir: 'corpus' },
  ]) {
    if (!existsSync(resolve(SHARED, 'spec', set.gold))) continue;
    const reports = HAVE_SHARED
      ? (JSON.parse(readFileSync(resolve(SHARED, 'spec', set.gold), 'utf8')) as { reports: Gold[] }).reports
      : [];
    for (const g of reports.filter((r) => r.kind === 'annual_report')) {
      it(`${set.dir}/${g.file}`, () => {
        const got = run(resolve(SHARED, set.dir, g.file)) as unknown as Record<string, unknown>;
        const expected: Record<string, unknown> = {};
        const actual: Record<string, unknown> = {};
        for (const f of FIELDS) {
          if (!(f in g)) continue;
          expected[f] = g[f];
          actual[f] = got[f];
        }
        expect(actual).toEqual(expected);
      });
    }
  }

  it('seed division codes (stack.md §6)', () => {
    const codes = ['000', '001', '003', '004'].map((p) => run(seed(p)).division_code);
    expect(codes).toEqual(['220284002000', '371083111000', '430181002000', '410603000000']);
  });

  it('the template (seed 002) names no agency and no year', () => {
    expect(run(seed('002'))).toMatchObject({ agency: null, report_year: null, published_on: null });
  });

  it('report_year of every text file in the corpus MANIFEST', () => {
    const rows = readFileSync(resolve(SHARED, 'corpus/MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    // Pages the MANIFEST calls "not a report" (letters, work plans, summaries filed in the reports
    // column) come out not_a_report; the year the MANIFEST gives them is its reading of their title,
    // not a report year, so they are not held to it. An empty year is no year.
    const checked = rows.filter((r) => !r[0].endsWith('.pdf') && !/^not a report\b|NOT an annual report/i.test(r[8] ?? ''));
    expect(checked.length).toBeGreaterThan(15);
    const wrong = checked
      .map((r) => ({ file: r[0], expected: r[7] ? Number(r[7]) : null, got: run(resolve(SHARED, 'corpus', r[0])).report_year }))
      .filter((x) => x.got !== x.expected);
    expect(wrong).toEqual([]);
  });
});

if (!HAVE_SHARED) describe('identity gold (../shared absent)', () => {
  it.skip('skipped: ../shared/spec/seeds-gold.json not found next to the repository', () => {});
});
