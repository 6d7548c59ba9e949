// The three standard tables (2019/2021 formats) on invented fixtures, one per layout the parser must
// read (docs/formats.md §9.1): one cell per line, lone `|` lines, markdown, space- and tab-separated
// rows, traditional script, the Hubei variant, a PDF-to-markdown conversion and run-together cells.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStandardTables, type StandardTablesResult } from '../../src/extract/table2019/index';
import { htmlToText } from '../../src/extract/text/html';
import { normalizeText } from '../../src/extract/text/normalize';
import type { Figure, NormalizedDoc } from '../../src/extract/types';

const FIXTURES = resolve(__dirname, '../fixtures/2019');

function load(name: string): NormalizedDoc {
  return normalizeText(readFileSync(resolve(FIXTURES, name), 'utf8'));
}

function parse(name: string, era: '2019' | '2021'): { doc: NormalizedDoc; r: StandardTablesResult; fig: Map<string, Figure> } {
  const doc = load(name);
  const r = parseStandardTables(doc, era);
  return { doc, r, fig: new Map(r.figures.map((f) => [f.key, f])) };
}

function values(fig: Map<string, Figure>): Record<string, number | null> {
  return Object.fromEntries([...fig].map(([k, f]) => [k, f.value]));
}

// The invented 2019-format report (青禾镇) printed in several layouts.
const SET_A: Record<string, number> = {
  rules_new: 0, rules_published: 0, rules_in_force: 0, normative_new: 3, normative_published: 3, normative_in_force: 12,
  licensing_previous: 18, licensing_change: 4, licensing_decisions: 57,
  other_services_previous: 9, other_services_change: -2, other_services_decisions: 130,
  penalties_previous: 12, penalties_change: 0, penalties_decisions: 1234,
  coercion_previous: 0, coercion_change: 0, coercion_decisions: 0,
  admin_fees_previous: 6, admin_fees_change: -1, procurement_projects: 7, procurement_amount: 1025300.5,
  requests_received: 21, requests_from_natural_persons: 15, requests_from_businesses: 3, requests_from_research: 0,
  requests_from_nonprofits: 1, requests_from_legal_services: 0, requests_from_other_orgs: 2, requests_carried_over: 2,
  outcome_granted: 8, outcome_partially_granted: 2, outcome_denied: 1, outcome_unavailable: 7, outcome_not_processed: 1,
  outcome_other: 2, outcome_total: 21, requests_carried_forward: 2,
  reconsideration_upheld: 1, reconsideration_corrected: 0, reconsideration_other: 1, reconsideration_pending: 0,
  reconsideration_total: 2, litigation_direct_total: 2, litigation_after_reconsideration_total: 1,
  litigation_upheld: 1, litigation_corrected: 1, litigation_other: 0, litigation_pending: 1, litigation_total: 3,
};

// The invented 2021-format report (澄湖区示范局); 规章 is `/` (a district makes no rules).
const SET_B: Record<string, number> = {
  normative_new: 4, normative_repealed: 1, normative_in_force: 23,
  licensing_decisions: 1056, penalties_decisions: 88, coercion_decisions: 3, admin_fees_amount: 920,
  requests_received: 34, requests_from_natural_persons: 30, requests_from_businesses: 2, requests_from_research: 0,
  requests_from_nonprofits: 0, requests_from_legal_services: 1, requests_from_other_orgs: 1, requests_carried_over: 3,
  outcome_granted: 13, outcome_partially_granted: 5, outcome_denied: 3, outcome_unavailable: 10, outcome_not_processed: 2,
  outcome_other: 2, outcome_total: 35, requests_carried_forward: 2,
  reconsideration_upheld: 2, reconsideration_corrected: 1, reconsideration_other: 0, reconsideration_pending: 1,
  reconsideration_total: 4, litigation_direct_total: 1, litigation_after_reconsideration_total: 1,
  litigation_upheld: 1, litigation_corrected: 0, litigation_other: 1, litigation_pending: 0, litigation_total: 2,
};

describe('table 二/三/四, 2019 format, every layout gives the same figures', () => {
  for (const file of ['one-cell-blank-lines.txt', 'space-rows.txt']) {
    it(file, () => {
      const { r, fig } = parse(file, '2019');
      expect(values(fig)).toEqual(SET_A);
      expect(r.tablesFound).toEqual(['proactive', 'requests', 'appeals']);
      expect(r.grid).toHaveLength(23 * 7);
      expect(r.findings).toEqual([]);
    });
  }
});

describe('table 二/三/四, 2021 format, every layout gives the same figures', () => {
  for (const file of ['lone-pipes.txt', 'markdown.txt']) {
    it(file, () => {
      const { r, fig } = parse(file, '2021');
      const v = values(fig);
      for (const k of ['rules_new', 'rules_repealed', 'rules_in_force']) {
        expect(fig.get(k)?.state, k).toBe('na');
        delete v[k];
      }
      expect(v).toEqual(SET_B);
      expect(r.grid).toHaveLength(25 * 7);
      expect(r.findings).toEqual([]);
    });
  }

  it('html-tables.html: HTML tables flattened to `a | b | c` rows, with the empty cells colspans leave', () => {
    const doc = normalizeText(htmlToText(readFileSync(resolve(FIXTURES, 'html-tables.html'), 'utf8')));
    const r = parseStandardTables(doc, '2021');
    const fig = new Map(r.figures.map((f) => [f.key, f]));
    const v = values(fig);
    for (const k of ['rules_new', 'rules_repealed', 'rules_in_force']) delete v[k];
    expect(v).toEqual(SET_B);
    expect(r.findings).toEqual([]);
    // 予以公开 prints only its total: six blank cells, not the colspan padding before them
    expect(r.grid.filter((g) => g.row === 'granted').map((g) => g.cell.state)).toEqual(['blank', 'blank', 'blank', 'blank', 'blank', 'blank', 'number']);
  });

  it('reads the format’s own era from the headers when the caller guessed the other one', () => {
    const { fig } = parse('markdown.txt', '2019');
    expect(fig.get('normative_repealed')?.value).toBe(1);
    expect(fig.get('outcome_other')?.value).toBe(2); // Σ of the three 2021 sub-rows
    expect(fig.has('normative_published')).toBe(false);
  });
});

describe('cell values', () => {
  it('blank cells in a markdown row are blank, not 0, and the row is kept', () => {
    const { r } = parse('markdown.txt', '2021');
    const row = r.grid.filter((g) => g.row === 'not_processed_2');
    expect(row.map((g) => g.cell.state)).toEqual(['number', 'blank', 'blank', 'blank', 'blank', 'blank', 'number']);
    expect(row[6].cell.value).toBe(2);
  });

  it('lone `|` lines: a `|` right after another closes an empty cell', () => {
    const { r, fig } = parse('lone-pipes.txt', '2021');
    const granted = r.grid.filter((g) => g.row === 'granted');
    expect(granted.map((g) => g.cell.state)).toEqual(['blank', 'blank', 'blank', 'blank', 'blank', 'blank', 'number']);
    expect(fig.get('outcome_granted')?.value).toBe(13);
  });

  it('tab rows: empty fields are blank cells, `—` is not applicable, and a sum over them is not emitted', () => {
    const { r, fig } = parse('tab-rows.txt', '2021');
    const granted = r.grid.filter((g) => g.row === 'granted');
    expect(granted.map((g) => g.cell.state)).toEqual(['blank', 'blank', 'blank', 'blank', 'blank', 'blank', 'number']);
    expect(fig.get('outcome_granted')?.value).toBe(13);
    expect(r.grid.filter((g) => g.row === 'denied_7').every((g) => g.cell.state === 'na')).toBe(true);
    expect(fig.has('outcome_denied')).toBe(false); // 7.属于行政执法案卷 is `—`
    expect(fig.get('outcome_total')?.value).toBe(35);
  });

  it('万元 decimals become yuan: 0.092 → 920', () => {
    const { fig } = parse('lone-pipes.txt', '2021');
    const f = fig.get('admin_fees_amount')!;
    expect(f.value).toBe(920);
    expect(f.source.excerpt).toBe('行政事业性收费 | 本年收费金额(万元) | 0.092');
  });

  it('signed changes and thousands separators: +4, -2, -1, 1,234 and 1,025,300.5元', () => {
    const { fig } = parse('one-cell-blank-lines.txt', '2019');
    expect(fig.get('licensing_change')?.value).toBe(4);
    expect(fig.get('other_services_change')?.value).toBe(-2);
    expect(fig.get('admin_fees_change')?.value).toBe(-1);
    expect(fig.get('penalties_decisions')?.value).toBe(1234);
    expect(fig.get('procurement_amount')?.value).toBe(1025300.5);
  });

  it('the carried-forward total left empty in a converted PDF is blank, not absent and not 0', () => {
    const { fig, r } = parse('pdf-mangled.md', '2021');
    expect(fig.get('requests_carried_forward')?.state).toBe('blank');
    expect(r.grid.find((g) => g.row === 'carried_forward' && g.column === 'natural_person')?.cell.value).toBe(2);
  });
});

describe('labels', () => {
  it('traditional-script tables (pipes after each cell) read like simplified ones', () => {
    const { fig, r } = parse('traditional.txt', '2021');
    expect(fig.get('normative_in_force')?.value).toBe(15);
    expect(fig.get('licensing_decisions')?.value).toBe(41);
    expect(fig.get('admin_fees_amount')?.value).toBe(15000);
    expect(fig.get('requests_received')?.value).toBe(5);
    expect(fig.get('requests_from_other_orgs')?.value).toBe(1);
    expect(fig.get('outcome_unavailable')?.value).toBe(1);
    expect(fig.get('reconsideration_pending')?.value).toBe(1);
    expect(r.grid).toHaveLength(25 * 7);
  });

  it('traditional labels are matched even when the text was not converted', () => {
    const raw = readFileSync(resolve(FIXTURES, 'traditional.txt'), 'utf8');
    const doc: NormalizedDoc = { text: raw, lines: raw.split('\n') };
    const fig = new Map(parseStandardTables(doc, '2021').figures.map((f) => [f.key, f.value]));
    expect(fig.get('normative_in_force')).toBe(15);
    expect(fig.get('requests_received')).toBe(5);
    expect(fig.get('reconsideration_total')).toBe(1);
  });

  it('Hubei variant: long parenthetical labels (one naming 规章 inside 规范性文件’s definition) and the extra 其他主动公开文件 row', () => {
    const { fig, r } = parse('hubei.txt', '2019');
    expect(values(fig)).toMatchObject({
      rules_new: 0, rules_published: 0, rules_in_force: 0, normative_new: 4, normative_published: 4, normative_in_force: 27,
      licensing_previous: 22, licensing_change: 0, licensing_decisions: 15,
      other_services_previous: 5, other_services_change: 1, other_services_decisions: 6, procurement_amount: 46300,
    });
    // the extra row's 34 / 6 / 47 feed no metric and do not shift the rows after it
    expect(r.figures.some((f) => f.value === 34 || f.value === 47)).toBe(false);
  });

  it('a long label wrapped over lines, whose second line names 规章, still names its own row (one cell per line)', () => {
    const text = ['第二十条第(一)项', '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量', '规章', '0', '0', '0',
      '规范性文件(行政机关依照法定权限制定,', '不包括规章的其他文件)', '6', '2', '40', '第二十条第(五)项'].join('\n');
    const fig = new Map(parseStandardTables(normalizeText(text), '2019').figures.map((f) => [f.key, f.value]));
    expect(fig.get('rules_in_force')).toBe(0);
    expect(fig.get('normative_new')).toBe(6);
    expect(fig.get('normative_in_force')).toBe(40);
  });

  it('PDF→markdown conversion: per-row tables with 数据1..6 headers, labels detached from their rows, page footers, a stray number', () => {
    const { r, fig } = parse('pdf-mangled.md', '2021');
    const v = values(fig);
    delete v.requests_carried_forward;
    for (const k of ['rules_new', 'rules_repealed', 'rules_in_force']) delete v[k];
    const expected = { ...SET_B };
    delete expected.requests_carried_forward;
    expect(v).toEqual(expected);
    const cell = (row: string, col: string) => r.grid.find((g) => g.row === row && g.column === col)?.cell.value;
    expect(cell('unavailable_1', 'other_org')).toBe(1); // an unlabelled row placed between two labelled ones
    expect(cell('other_1', 'natural_person')).toBe(1);
    expect(cell('other_2', 'total')).toBe(0);
  });
});

describe('cells that ran together', () => {
  it('2019 format on one line: rows cut by their totals, table 四 by its group totals, table 二 only when forced or by the B-SUCCESSOR hint', () => {
    const { r, fig } = parse('run-together-2019.txt', '2019');
    expect(values(fig)).toMatchObject({
      rules_new: 0, rules_published: 0, rules_in_force: 0,
      licensing_previous: 18, licensing_change: 4, licensing_decisions: 22,
      penalties_previous: 75, penalties_change: -3, penalties_decisions: 72,
      admin_fees_previous: 5, admin_fees_change: -1, procurement_projects: 3, procurement_amount: 80618,
      requests_received: 58, requests_from_natural_persons: 50, requests_from_research: 3, requests_from_other_orgs: 5,
      requests_carried_over: 2, outcome_granted: 23, outcome_partially_granted: 5, outcome_denied: 15,
      outcome_unavailable: 13, outcome_not_processed: 2, outcome_other: 1, outcome_total: 59, requests_carried_forward: 1,
      reconsideration_upheld: 3, reconsideration_corrected: 1, reconsideration_total: 4,
      litigation_direct_total: 13, litigation_after_reconsideration_total: 0, litigation_upheld: 10, litigation_pending: 1,
      litigation_total: 13,
    });
    expect(r.grid).toHaveLength(23 * 7);
    // 规范性文件4112 has three cuts and nothing to choose between them
    expect(fig.has('normative_new')).toBe(false);
    const amb = r.findings.filter((f) => f.code === 'CELL-AMBIGUOUS');
    expect(amb).toHaveLength(1);
    expect(amb[0].message).toContain('规范性文件');
    expect(amb[0].message).toContain('4112');
    expect(amb[0].severity).toBe('warning');
    expect(r.findings.filter((f) => f.code === 'CELL-SPLIT-HINT').map((f) => f.metrics[0]).sort()).toEqual(['licensing_previous', 'penalties_previous']);
  });

  it('a row two cuts satisfy equally is reported, and only its undecided cells are left out', () => {
    const { r, fig } = parse('run-together-2021-ambiguous.txt', '2021');
    const amb = r.findings.filter((f) => f.code === 'CELL-AMBIGUOUS');
    const rows = amb.map((f) => f.message);
    expect(rows.some((m) => m.includes('上年结转') && m.includes('110000011'))).toBe(true);
    expect(rows.some((m) => m.includes('结转下年度') && m.includes('110000011'))).toBe(true);
    expect(rows.some((m) => m.includes('行政规范性文件') && m.includes('4112'))).toBe(true);
    const cells = (row: string) => r.grid.filter((g) => g.row === row).map((g) => g.column);
    // 11|0 or 1|10: 自然人 and 商业企业 are open, the other five cells agree in both cuts
    expect(cells('carried_over')).toEqual(['research', 'nonprofit', 'legal_services', 'other_org', 'total']);
    expect(fig.get('requests_carried_over')?.value).toBe(11);
    expect(fig.has('normative_new')).toBe(false);
    expect(fig.has('normative_in_force')).toBe(false);
  });

  it('the column rules break a tie the row rule leaves open (予以公开 110000011 is 11|0…, since 三(七) is 11|0…)', () => {
    const { r } = parse('run-together-2021-ambiguous.txt', '2021');
    const granted = r.grid.filter((g) => g.row === 'granted').map((g) => g.cell.value);
    expect(granted).toEqual([11, 0, 0, 0, 0, 0, 11]);
    expect(r.findings.some((f) => f.message.includes('予以公开'))).toBe(false);
  });

  it('money with 万元 decimals in a run-together 2021 table: 0.092 → 920', () => {
    const { fig } = parse('run-together-2021-ambiguous.txt', '2021');
    expect(fig.get('admin_fees_amount')?.value).toBe(920);
    expect(fig.get('licensing_decisions')?.value).toBe(1056);
  });
});

describe('provenance', () => {
  it('every figure names its line and a short label | column | cell excerpt found on that line', () => {
    for (const [file, era] of [['one-cell-blank-lines.txt', '2019'], ['markdown.txt', '2021'], ['run-together-2019.txt', '2019']] as const) {
      const { doc, r } = parse(file, era);
      for (const f of r.figures) {
        expect(f.source.kind).toBe('table');
        expect(f.source.excerpt.length, f.source.excerpt).toBeLessThan(50);
        expect(f.source.excerpt.split(' | ')).toHaveLength(3);
        const cell = f.source.excerpt.split(' | ')[2];
        const derived = ['outcome_denied', 'outcome_unavailable', 'outcome_not_processed', 'outcome_other', 'litigation_upheld', 'litigation_corrected', 'litigation_other', 'litigation_pending', 'litigation_total'];
        if (!derived.includes(f.key) && cell !== '(空)') expect(doc.lines[f.source.line - 1], `${file} ${f.key}`).toContain(cell);
      }
    }
  });

  it('row 一 总计 reads `一、本年新收…申请数量 | 总计 | n`', () => {
    const { fig } = parse('space-rows.txt', '2019');
    expect(fig.get('requests_received')?.source.excerpt).toBe('一、本年新收…申请数量 | 总计 | 21');
    expect(fig.get('outcome_denied')?.source.excerpt).toBe('(三)不予公开 1–8 | 总计 | 1');
  });
});

describe('no tables', () => {
  it('a report without the standard tables yields nothing, and never throws on odd input', () => {
    for (const text of ['', '一、总体情况\n本年度未收到申请。', '第二十条第(一)项\n', '(本列数据的勾稽关系为:)\n一、本年新收\n|||\n', '行政复议\n未经复议直接起诉\n']) {
      const r = parseStandardTables(normalizeText(text), '2021');
      expect(r.figures).toEqual([]);
      expect(r.grid).toEqual([]);
    }
  });

  it('a table whose cells are missing (image) is not found', () => {
    const r = parseStandardTables(normalizeText('二、主动公开政府信息情况\n第二十条第(一)项\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题'), '2019');
    expect(r.tablesFound).toEqual([]);
  });
});

describe('bad input', () => {
  it('random table-like text never throws and never yields a non-finite number', async () => {
    const fc = await import('fast-check');
    const piece = fc.constantFrom(
      '第二十条第(一)项', '规章', '规范性文件', '行政许可', '本年增/减', '(本列数据的勾稽关系为:)', '一、本年新收政府信息公开申请数量',
      '(一)予以公开', '3.其他', '(七)总计', '四、结转下年度继续办理', '行政复议', '未经复议直接起诉', '|', '||', '\t', ' ', '\n', '/', '—',
      '0', '7', '12', '-5', '+3', '1,234', '0.092', '69016779.4元', '00000002.', '640020470', '— 3 —', '|---|', '2020年', '(其中 16 件)',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), fc.constantFrom('2019', '2021'), (parts, era) => {
        const r = parseStandardTables(normalizeText(parts.join('')), era as '2019' | '2021');
        for (const f of r.figures) if (f.state === 'number') expect(Number.isFinite(f.value)).toBe(true);
        for (const g of r.grid) if (g.cell.state === 'number') expect(Number.isFinite(g.cell.value)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('a run-together row too long for any real table is left out with a finding, not guessed', () => {
    const text = '(本列数据的勾稽关系为:)一、本年新收政府信息公开申请数量1234567890123456789012345678901234567890二、上年结转政府信息公开申请数量0000000';
    const r = parseStandardTables(normalizeText(text), '2021');
    expect(r.grid.some((g) => g.row === 'new')).toBe(false);
    expect(r.findings.some((f) => f.message.includes('本年新收'))).toBe(true);
    expect(r.grid.filter((g) => g.row === 'carried_over')).toHaveLength(7);
  });
});

describe('regressions', () => {
  it('an empty row does not take the values of the row after it (its label comes first in one-cell layouts)', () => {
    const rows = ['一、本年新收政府信息公开申请数量', '1', '0', '0', '0', '0', '0', '1', '二、上年结转政府信息公开申请数量', '0', '0', '0', '0', '0', '0', '0',
      '三、本年度办理结果', '(一)予以公开', '(二)部分公开(区分处理的,只计这一情形,不计其他情形)', '1', '0', '0', '0', '0', '0', '1'];
    const r = parseStandardTables(normalizeText(['(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', ...rows].join('\n')), '2019');
    expect(r.grid.filter((g) => g.row === 'granted')).toEqual([]);
    expect(r.grid.find((g) => g.row === 'partial' && g.column === 'total')?.cell.value).toBe(1);
  });

  it('counts in prose under the table-四 heading (3起, 2件) are not cells', () => {
    const text = '(本列数据的勾稽关系为:)\n一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0\n四、政府信息公开行政复议、行政诉讼情况\n本年度发生行政复议3起,行政诉讼2件。\n五、存在的主要问题及改进情况';
    const r = parseStandardTables(normalizeText(text), '2021');
    expect(r.tablesFound).toEqual(['requests']);
    expect(r.findings).toEqual([]);
  });
});
