// Runs the 2008-era parsers on the real documents in ../shared (read at run time, never copied):
// seeds 000/001/004 against seeds-gold.json, the Pingtan 2009–2018 reports (MANIFEST) against
// corpus-gold.json and against the table's own arithmetic. Skipped when ../shared is absent (a clean clone).
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

/** The Pingtan archive's 2008-era reports (report year 2009–2018, from the corpus MANIFEST). */
const PINGTAN_2008: string[] = HAVE_SHARED && existsSync(PINGTAN)
  ? readFileSync(resolve(SHARED, 'corpus/MANIFEST.tsv'), 'utf8').split('\n').slice(1)
    .map((l) => l.split('\t'))
    .filter((r) => r[0]?.startsWith('changwu__pingtan-gov-zwgk-archive/') && Number(r[7]) >= 2009 && Number(r[7]) <= 2018)
    .map((r) => r[0].slice(r[0].indexOf('/') + 1))
    .filter((f) => existsSync(resolve(PINGTAN, f)))
    .sort()
  : [];

/** Reports whose own printed figures do not add up (the parser cut nothing there: the report prints
 * them so); the pipeline's checks and PROSE-TABLE-MISMATCH report them to the inspector. */
const PRINTED_INCONSISTENT = [
  '80780_', // 当面申请 3 and 网上申请 3 under a total of 0, printed apart
  '80532_', // 同意公开 13 (1 | 3) under 对申请的答复总数 00
];

/** the table as the pipeline reads it (extractReport.ts passes the prose's figures) */
function pipelineTable(doc: ReturnType<typeof load>) {
  const prose = parseProseFigures(doc, '2008');
  return { table: parseStatTable(doc, { stated: prose }), prose };
}

describe.skipIf(PINGTAN_2008.length === 0)('2008 parsers on the Pingtan 2009–2018 reports (Fujian 附表, run together or not)', () => {
  it('has the 2008-era reports of every year 2009–2018', () => {
    const years = new Set(PINGTAN_2008.map((f) => /(20[01]\d)年/.exec(f)?.[1]));
    for (let y = 2009; y <= 2018; y++) expect(years, String(y)).toContain(String(y));
    expect(PINGTAN_2008.length).toBeGreaterThanOrEqual(100);
  });

  it('meets corpus-gold.json for the 2017 report (2122, never the cumulative 10037)', () => {
    const g = gold('corpus-gold.json').find((r) => r.file.includes('2017年度'))!;
    const doc = load(resolve(SHARED, 'corpus', g.file));
    const table = parseStatTable(doc);
    const prose = parseProseFigures(doc, '2008');
    expectGold(g, combined(table.figures, prose), [...table.figures, ...prose]);
    // the table alone: the run-together total has four splits that satisfy it: reported, not guessed
    const amb = table.findings.find((f) => f.code === 'CELL-AMBIGUOUS' && f.metrics.includes('proactive_total'));
    expect(amb?.message).toContain('212210037');
    expect(table.figures.some((f) => f.key === 'proactive_total')).toBe(false);
    // with the prose's 2122 (one of the four cuts) the table decides it, and the website row with it
    const k = Object.fromEntries(pipelineTable(doc).table.figures.map((f) => [f.key, f.value]));
    expect([k.proactive_total, k.proactive_via_website]).toEqual([2122, 2122]);
  });

  it('finds a statistical table in every report that prints one (指标名称 …) and in no other', () => {
    for (const file of PINGTAN_2008) {
      const doc = load(resolve(PINGTAN, file));
      const prints = /指\s*标\s*名\s*称/.test(doc.text);
      expect(parseStatTable(doc).found, file).toBe(prints);
    }
  });

  for (const file of PINGTAN_2008) {
    it(`${file.slice(0, 13)}: request rows decided and adding up; the cumulative column never a figure`, () => {
      const doc = load(resolve(PINGTAN, file));
      const { table } = pipelineTable(doc);
      if (!table.found) return; // narrative only, or the table only as an .xls attachment (checked above)
      const figs = new Map(table.figures.map((f) => [f.key, f]));
      const k = Object.fromEntries(table.figures.map((f) => [f.key, f.value as number]));
      // the request rows are always decided (a number, or n/a where the report prints /)
      expect(figs.get('requests_received')?.state, 'requests_received').toMatch(/^(?:number|na)$/);
      if (figs.has('reconsideration_total')) expect(figs.get('reconsideration_total')!.state).toMatch(/^(?:number|na)$/);
      if (!PRINTED_INCONSISTENT.some((id) => file.includes(id)) && typeof k.requests_received === 'number') {
        const channels = ['requests_received_in_person', 'requests_received_by_fax', 'requests_received_online', 'requests_received_by_letter'];
        expect(channels.reduce((s, c) => s + (k[c] ?? 0), 0)).toBeLessThanOrEqual(k.requests_received);
        const parts = ['answered_granted', 'answered_partially_granted', 'answered_denied'];
        if (typeof k.requests_answered === 'number') expect(parts.reduce((s, c) => s + (k[c] ?? 0), 0)).toBeLessThanOrEqual(k.requests_answered);
      }
      if (typeof k.proactive_total === 'number' && typeof k.proactive_via_website === 'number') {
        expect(k.proactive_via_website).toBeLessThanOrEqual(k.proactive_total);
      }
      // a count the prose calls cumulative (历年累计…N条, 截至…累计…N条) is never this year's table figure, unless the
      // prose gives this year the same count
      const flow = new Set([...doc.text.matchAll(/(?:本年度|年度|全年|共)[^。;累]{0,12}?主动公开[^。;]{0,10}?(\d+)条/g)].map((m) => Number(m[1])));
      for (const m of doc.text.matchAll(/(?:历年|截[至止][^。;]{0,40}?)累计[^。;,]{0,16}?(\d+)条/g)) {
        const cum = Number(m[1]);
        if (flow.has(cum)) continue;
        expect([k.proactive_total, k.proactive_via_website], `cumulative ${cum}`).not.toContain(cum);
      }
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
