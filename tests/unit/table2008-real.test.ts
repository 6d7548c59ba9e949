// Runs the 2008-era parsers on the real documents in ../shared (read at run time, never copied):
// seeds 000/001/004 against seeds-gold.json, the Pingtan 2011–2018 reports against corpus-gold.json
// and against the table's own arithmetic. Skipped when ../shared is absent (a clean clone).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProseFigures } from '../../src/extract/prose/index';
import { parseStatTable } from '../../src/extract/table2008/index';
import { normalizeText } from '../../src/extract/text/normalize';
import type { Figure } from '../../src/extract/types';

const SHARED = resolve(__dirname, '../../../shared');
const HAVE_SHARED = existsSync(resolve(SHARED, 'spec/seeds-gold.json'));
const PINGTAN = resolve(SHARED, 'corpus/changwu__pingtan-gov-zwgk-archive');

interface Gold {
  file: string;
  metrics: Record<string, number>;
  optional: Record<string, number | { value: number; approx: boolean }>;
  never_values: number[];
}
const gold = (name: string): Gold[] =>
  HAVE_SHARED ? JSON.parse(readFileSync(resolve(SHARED, 'spec', name), 'utf8')).reports : [];
const load = (path: string) => normalizeText(readFileSync(path, 'utf8'));

/** What the pipeline keeps: the table's figure, else the prose one (merge.ts does the same). */
function combined(table: Figure[], prose: Figure[]): Map<string, Figure> {
  const out = new Map<string, Figure>();
  for (const f of table) if (!out.has(f.key)) out.set(f.key, f);
  for (const f of prose) if (!out.has(f.key)) out.set(f.key, f);
  return out;
}

function expectGold(g: Gold, figs: Map<string, Figure>, all: Figure[]) {
  for (const [key, v] of Object.entries(g.metrics)) {
    expect(figs.get(key)?.value, `${g.file}: ${key}`).toBe(v);
  }
  for (const [key, v] of Object.entries(g.optional)) {
    const want = typeof v === 'number' ? v : v.value;
    if (figs.has(key)) expect(figs.get(key)!.value, `${g.file}: optional ${key}`).toBe(want);
  }
  const values = all.map((f) => f.value);
  for (const bad of g.never_values) expect(values, `${g.file}: never ${bad}`).not.toContain(bad);
}

describe.skipIf(!HAVE_SHARED)('2008 parsers on the seeds (../shared/seeds, seeds-gold.json)', () => {
  const seeds = gold('seeds-gold.json').filter((g) => /^00[014]_/.test(g.file));

  it('finds the three 2008-era seeds in the gold file', () => {
    expect(seeds.map((g) => g.file.slice(0, 3))).toEqual(['000', '001', '004']);
  });

  for (const g of seeds) {
    it(`extracts the gold figures of ${g.file.slice(0, 3)}`, () => {
      const doc = load(resolve(SHARED, 'seeds', g.file));
      const table = parseStatTable(doc);
      const prose = parseProseFigures(doc, '2008');
      expectGold(g, combined(table.figures, prose), [...table.figures, ...prose]);
    });
  }

  it('seed 000 and 001 are prose only: no statistical table', () => {
    for (const g of seeds.filter((s) => !s.file.startsWith('004'))) {
      expect(parseStatTable(load(resolve(SHARED, 'seeds', g.file))).found).toBe(false);
    }
  });

  it('seed 004: the table gives every gold metric by itself, with table provenance', () => {
    const g = seeds.find((s) => s.file.startsWith('004'))!;
    const doc = load(resolve(SHARED, 'seeds', g.file));
    const table = parseStatTable(doc);
    expect(table.found).toBe(true);
    expect(table.findings).toEqual([]);
    const byKey = Object.fromEntries(table.figures.map((f) => [f.key, f.value]));
    expect(byKey).toEqual(g.metrics);
    for (const f of table.figures) {
      expect(f.source.kind).toBe('table');
      expect(f.source.excerpt.length).toBeLessThanOrEqual(40);
    }
  });

  it('seed 004: the prose states its own reading points and staff (6 and 70), which disagree with the table', () => {
    const g = seeds.find((s) => s.file.startsWith('004'))!;
    const prose = parseProseFigures(load(resolve(SHARED, 'seeds', g.file)), '2008');
    const get = (k: string) => prose.find((f) => f.key === k);
    expect(get('reading_points')?.value).toBe(6);
    expect(get('staff_total')?.value).toBe(70);
    expect(get('special_funds')?.value).toBe(g.metrics.special_funds); // 10000元 = 1 万元
    for (const f of prose) expect(f.source.kind).toBe('text');
  });
});

const PINGTAN_2008 = HAVE_SHARED && existsSync(PINGTAN)
  ? readdirSync(PINGTAN).filter((f) => /^20(1[2-9])\d{2}_/.test(f) && /201[1-8]年/.test(f)).sort()
  : [];

describe.skipIf(PINGTAN_2008.length === 0)('2008 parsers on the Pingtan 2011–2018 reports (run-together tables)', () => {
  it('has the twelve 2011–2018 files', () => {
    expect(PINGTAN_2008.length).toBe(12);
  });

  it('meets corpus-gold.json for the 2017 report (2122, never the cumulative 10037)', () => {
    const g = gold('corpus-gold.json').find((r) => r.file.includes('2017年度'))!;
    const doc = load(resolve(SHARED, 'corpus', g.file));
    const table = parseStatTable(doc);
    const prose = parseProseFigures(doc, '2008');
    expectGold(g, combined(table.figures, prose), [...table.figures, ...prose]);
    // the run-together total has four splits that satisfy the table: it is reported, not guessed
    const amb = table.findings.find((f) => f.code === 'CELL-AMBIGUOUS' && f.metrics.includes('proactive_total'));
    expect(amb?.message).toContain('212210037');
    expect(table.figures.some((f) => f.key === 'proactive_total')).toBe(false);
  });

  for (const file of PINGTAN_2008) {
    it(`${file.slice(0, 12)}: request rows decided and adding up; prose agrees`, () => {
      const doc = load(resolve(PINGTAN, file));
      const table = parseStatTable(doc);
      if (file.includes('地方税务局')) {
        expect(table.found).toBe(false); // narrative only
        return;
      }
      expect(table.found).toBe(true);
      const k = Object.fromEntries(table.figures.map((f) => [f.key, f.value as number]));
      // the request rows are always decided, and add up
      expect(k.requests_received).toBeTypeOf('number');
      expect(k.reconsideration_total).toBeTypeOf('number');
      const channels = ['requests_received_in_person', 'requests_received_by_fax', 'requests_received_online', 'requests_received_by_letter'];
      expect(channels.reduce((s, c) => s + (k[c] ?? 0), 0)).toBeLessThanOrEqual(k.requests_received);
      const parts = ['answered_granted', 'answered_partially_granted', 'answered_denied'];
      expect(parts.reduce((s, c) => s + (k[c] ?? 0), 0)).toBeLessThanOrEqual(k.requests_answered);
      // this year's total is never a cumulative: when the table decides it, the prose agrees
      const prose = parseProseFigures(doc, '2008');
      const p = prose.find((f) => f.key === 'requests_received');
      if (p) expect(k.requests_received).toBe(p.value);
    });
  }

  it('decides received = Σ channels in the county reports whose requests were not zero', () => {
    const county = PINGTAN_2008.filter((f) => f.includes('平潭县人民政府2012') || f.includes('平潭县人民政府2013'));
    expect(county.length).toBe(2);
    const got = county.map((f) => {
      const k = Object.fromEntries(parseStatTable(load(resolve(PINGTAN, f))).figures.map((x) => [x.key, x.value]));
      return [k.requests_received, k.requests_answered];
    });
    expect(got).toEqual([[21, 21], [7, 3]]);
  });
});
