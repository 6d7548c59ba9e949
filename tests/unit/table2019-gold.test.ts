// The standard tables against the project's gold: seed 003 (tables one cell per line) and the three
// Pingtan reports whose cells ran together when the pages were saved as text (../shared/spec).
// Reads ../shared at run time; skipped, with a message, when it is not next to the repository.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metricDef } from '../../src/domain/metrics';
import { parseStandardTables } from '../../src/extract/table2019/index';
import { normalizeText } from '../../src/extract/text/normalize';
import type { Figure } from '../../src/extract/types';

const SHARED = resolve(__dirname, '../../../shared');
const HAVE_SHARED = existsSync(resolve(SHARED, 'spec/corpus-gold.json'));
if (!HAVE_SHARED) console.warn(`table2019-gold: ${SHARED} is absent, gold tests skipped`);

interface GoldReport {
  file: string;
  era: '2008' | '2019' | '2021';
  metrics: Record<string, number | { value: number }>;
  never_values?: number[];
}

function gold(name: 'seeds-gold.json' | 'corpus-gold.json'): GoldReport[] {
  return JSON.parse(readFileSync(resolve(SHARED, 'spec', name), 'utf8')).reports;
}

/** Metrics the standard tables carry (prose-only metrics such as proactive_total are not ours). */
function isTableMetric(key: string): boolean {
  const def = metricDef(key);
  return def !== undefined && (def.eras.includes('2019') || def.eras.includes('2021')) && key !== 'proactive_total';
}

function run(path: string, era: '2019' | '2021') {
  const doc = normalizeText(readFileSync(path, 'utf8'));
  const r = parseStandardTables(doc, era);
  return { r, fig: new Map<string, Figure>(r.figures.map((f) => [f.key, f])) };
}

function expectGold(report: GoldReport, fig: Map<string, Figure>): void {
  for (const [key, want] of Object.entries(report.metrics)) {
    if (!isTableMetric(key)) continue;
    const value = typeof want === 'number' ? want : want.value;
    expect(fig.get(key)?.state, key).toBe('number');
    expect(fig.get(key)?.value, key).toBe(value);
  }
  for (const v of report.never_values ?? []) {
    expect([...fig.values()].filter((f) => f.value === v).map((f) => f.key), `never ${v}`).toEqual([]);
  }
}

describe.skipIf(!HAVE_SHARED)('gold: seed 003 (one cell per line)', () => {
  it('every table figure of seeds-gold.json', () => {
    const report = gold('seeds-gold.json').find((r) => r.file.startsWith('003_'))!;
    const { r, fig } = run(resolve(SHARED, 'seeds', report.file), '2019');
    expectGold(report, fig);
    expect(Object.keys(report.metrics).filter(isTableMetric).length).toBeGreaterThan(40);
    expect(r.tablesFound).toEqual(['proactive', 'requests', 'appeals']);
    expect(r.grid).toHaveLength(23 * 7);
    expect(r.findings).toEqual([]);
    expect(fig.get('procurement_amount')?.source.excerpt).toBe('政府集中采购 | 采购总金额 | 69016779.4元');
  });
});

describe.skipIf(!HAVE_SHARED)('gold: Pingtan reports with run-together cells', () => {
  const reports = HAVE_SHARED ? gold('corpus-gold.json').filter((r) => r.era !== '2008') : [];
  const path = (r: GoldReport) => resolve(SHARED, 'corpus', r.file);

  it('covers the 2020, 2021 and 2022 reports', () => {
    expect(reports.map((r) => r.file.match(/(\d{4})年度/)?.[1])).toEqual(['2020', '2021', '2022']);
  });

  for (const report of reports) {
    it(`every table figure of ${report.file.split('/')[1]}`, () => {
      const { r, fig } = run(path(report), report.era as '2019' | '2021');
      expectGold(report, fig);
      expect(r.tablesFound).toEqual(['proactive', 'requests', 'appeals']);
      expect(r.grid).toHaveLength((report.era === '2019' ? 23 : 25) * 7);
    });
  }

  it('2020: the cells are recovered although the outcomes add up to 27 against a stated total of 21', () => {
    const report = reports.find((r) => r.file.includes('2020年度'))!;
    const { r, fig } = run(path(report), '2019');
    expect(fig.get('outcome_total')?.value).toBe(21);
    const outcomes = ['outcome_granted', 'outcome_partially_granted', 'outcome_denied', 'outcome_unavailable', 'outcome_not_processed', 'outcome_other'];
    expect(outcomes.reduce((s, k) => s + (fig.get(k)?.value ?? NaN), 0)).toBe(27);
    // each row still satisfies its own total
    const rows = new Map<string, number[]>();
    for (const g of r.grid) rows.set(g.row, [...(rows.get(g.row) ?? []), g.cell.value ?? NaN]);
    for (const [row, cells] of rows) expect(cells.slice(0, 6).reduce((a, b) => a + b, 0), row).toBe(cells[6]);
  });

  it('2021: 行政规范性文件693665 cannot be cut by any rule — an ambiguity finding and no normative figure', () => {
    const report = reports.find((r) => r.file.includes('2021年度'))!;
    const { r, fig } = run(path(report), '2021');
    expect([...fig.keys()].filter((k) => k.startsWith('normative_'))).toEqual([]);
    const amb = r.findings.filter((f) => f.code === 'CELL-AMBIGUOUS');
    expect(amb).toHaveLength(1);
    expect(amb[0].severity).toBe('warning');
    expect(amb[0].message).toContain('行政规范性文件');
    expect(amb[0].message).toContain('693665');
    expect(amb[0].metrics).toEqual(['normative_new', 'normative_repealed', 'normative_in_force']);
  });

  it('2022: 9116.36万元 is stored as 91163600 yuan', () => {
    const report = reports.find((r) => r.file.includes('2022年度'))!;
    const { fig } = run(path(report), '2021');
    expect(fig.get('admin_fees_amount')?.value).toBe(91163600);
    expect(fig.get('admin_fees_amount')?.source.excerpt).toBe('行政事业性收费 | 本年收费金额(万元) | 9116.36');
  });
});
