// Table 三 as flattened web-page text prints it (one line, row numbers glued to cells), with the
// layouts the real archive shows: a `|` in the prose before the table, rows printed with no cells,
// rows one cell short, irregular spaces, a 小计 column, the table running into the prose after it.
// Invented reports only (tests/fixtures/table2019/flat.ts).
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/extractReport';
import { parseStandardTables } from '../../src/extract/table2019/index';
import { parseProactive } from '../../src/extract/table2019/proactive';
import { normalizeText } from '../../src/extract/text/normalize';
import { flatReport, grantedGrid, ZERO_APPEALS } from '../fixtures/table2019/flat';

const AGENCY = '青禾县文旅服务中心';

function parse(text: string) {
  const r = parseStandardTables(normalizeText(text), '2021');
  const rows = new Map<string, (number | null)[]>();
  for (const g of r.grid) rows.set(g.row, [...(rows.get(g.row) ?? []), g.cell.value]);
  const fig = new Map(r.figures.map((f) => [f.key, f]));
  return { r, rows, fig };
}

describe('table 三 in flattened text', () => {
  it('a `|` in the prose before row 一 on the same line does not swallow the row', () => {
    const { rows, fig } = parse(flatReport(AGENCY, grantedGrid(5, 0), ZERO_APPEALS));
    expect(rows.get('new')).toEqual([5, 0, 0, 0, 0, 0, 5]);
    expect(fig.get('requests_received')?.value).toBe(5);
    expect(fig.get('requests_from_natural_persons')?.value).toBe(5);
    expect(fig.get('outcome_total')?.value).toBe(5);
  });

  it('rows printed with no cells are blank rows; the values after their labels belong to the next row', () => {
    const { r, rows, fig } = parse(flatReport(AGENCY, grantedGrid(4, 1), ZERO_APPEALS, { emptyRows: ['other_2', 'other_3'] }));
    expect(rows.size).toBe(25);
    expect(rows.get('other_2')).toEqual([null, null, null, null, null, null, null]);
    expect(r.grid.find((g) => g.row === 'other_3')?.cell.state).toBe('blank');
    expect(rows.get('total')).toEqual([4, 1, 0, 0, 0, 0, 5]);
    expect(fig.get('outcome_total')?.value).toBe(5);
    expect(fig.has('outcome_other')).toBe(false); // a sum over blank cells is unknown, not 0
  });

  it('a row printed one cell short takes the cells the column identities decide', () => {
    const { r, rows, fig } = parse(flatReport(AGENCY, grantedGrid(1, 0), ZERO_APPEALS, { printed: { carried_forward: '000000' } }));
    expect(rows.get('carried_forward')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(fig.get('requests_carried_forward')?.value).toBe(0);
    expect(r.findings.map((f) => f.code)).toContain('CELL-MISSING-INFERRED');
  });

  it('a short row that no position of the missing cell can fit is left out, not guessed', () => {
    // new 2, handled 1: one request is carried forward, yet six zeros are printed
    const cells = { new: [2, 0, 0, 0, 0, 0, 2], granted: [1, 0, 0, 0, 0, 0, 1], total: [1, 0, 0, 0, 0, 0, 1] };
    const { r, fig } = parse(flatReport(AGENCY, cells, ZERO_APPEALS, { printed: { carried_forward: '000000' } }));
    expect(fig.has('requests_carried_forward')).toBe(false);
    expect(r.findings.some((f) => f.code === 'CELL-UNREADABLE' && f.message.includes('结转下年度'))).toBe(true);
  });

  it('two short rows whose outcomes must add up to 0 are each 0', () => {
    const cells = { new: [3, 0, 0, 0, 0, 0, 3], unavailable_1: [3, 0, 0, 0, 0, 0, 3], total: [3, 0, 0, 0, 0, 0, 3] };
    const { rows, fig } = parse(flatReport(AGENCY, cells, ZERO_APPEALS, { printed: { granted: '0 0 0 0 0 0', partial: '0 0 0 0 0 0' } }));
    expect(rows.get('granted')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(rows.get('partial')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(fig.get('outcome_granted')?.value).toBe(0);
  });

  it('irregular spaces with a single cut into seven cells: the cut is read and a wrong total is flagged', () => {
    const text = flatReport(AGENCY, grantedGrid(1, 0), ZERO_APPEALS, { printed: { new: '100 0 0 00' } });
    const { rows } = parse(text);
    expect(rows.get('new')).toEqual([1, 0, 0, 0, 0, 0, 0]);
    const x = extractReport({ name: 'flat.txt', text });
    expect(x.findings.map((f) => f.code)).toContain('T3-ROW-TOTAL');
  });

  it('the last row running into a year of the prose after the table', () => {
    const cells = { new: [3, 0, 0, 0, 0, 0, 3], granted: [1, 0, 0, 0, 0, 0, 1], total: [1, 0, 0, 0, 0, 0, 1], carried_forward: [2, 0, 0, 0, 0, 0, 2] };
    const { rows } = parse(flatReport(AGENCY, cells, ZERO_APPEALS, { tail: '2023年，本机关共收到申请3件。' }));
    expect(rows.get('carried_forward')).toEqual([2, 0, 0, 0, 0, 0, 2]);
  });

  it('a misprinted row label (执法案件 for 执法案卷) still names its row', () => {
    const text = flatReport(AGENCY, { new: [2, 0, 0, 0, 0, 0, 2], denied_7: [2, 0, 0, 0, 0, 0, 2], total: [2, 0, 0, 0, 0, 0, 2] }, ZERO_APPEALS)
      .replace('执法案卷', '执法案件');
    const { rows, fig } = parse(text);
    expect(rows.get('denied_7')).toEqual([2, 0, 0, 0, 0, 0, 2]);
    expect(fig.get('outcome_denied')?.value).toBe(2);
  });
});

describe('table 三 with a 小计 column for the legal persons', () => {
  const cells = { new: [6, 2, 1, 0, 0, 1, 10], granted: [6, 2, 1, 0, 0, 1, 10], total: [6, 2, 1, 0, 0, 1, 10] };

  it('小计 is read to cut the digits but is never taken as a column', () => {
    const { rows, fig } = parse(flatReport(AGENCY, cells, ZERO_APPEALS, { subtotal: true }));
    expect(rows.get('new')).toEqual([6, 2, 1, 0, 0, 1, 10]);
    expect(fig.get('requests_from_other_orgs')?.value).toBe(1);
    expect(fig.get('requests_received')?.value).toBe(10);
  });

  it('a 小计 that contradicts its own five columns is flagged', () => {
    // cells printed apart, so the row reads as printed whatever its sums
    const text = flatReport(AGENCY, cells, ZERO_APPEALS, { subtotal: true, printed: { granted: '6 2 1 0 0 1 5 10' } });
    const { r } = parse(text);
    const f = r.findings.find((x) => x.code === 'T3-ROW-TOTAL');
    expect(f?.message).toContain('小计为5');
    expect(f?.message_en).toContain('小计 is 5');
    expect(f?.metrics).toContain('outcome_granted');
  });
});

describe('table 二 cells that print their unit', () => {
  it('政府集中采购 `1个246900元`: projects 1, amount 246900 元', () => {
    const text = '第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件000'
      + '第二十条第（九）项信息内容采购项目数量采购总金额政府集中采购1个246900元三、收到和处理政府信息公开申请情况';
    const r = parseProactive(normalizeText(text).lines, '2019');
    const fig = new Map(r.figures.map((f) => [f.key, f.value]));
    expect(fig.get('procurement_projects')).toBe(1);
    expect(fig.get('procurement_amount')).toBe(246900);
    expect(r.findings).toEqual([]);
  });
});

describe('table 四: each lawsuit group against its own results', () => {
  it('two wrong group totals that cancel out in the litigation sums are each flagged', () => {
    // direct: 1 upheld but 总计 2; after reconsideration: 1 upheld but 总计 0 → the sums agree (2 = 2)
    const text = flatReport(AGENCY, grantedGrid(1, 0), ZERO_APPEALS, { appealsText: '0 0 0 0 0 1 0 0 0 2 1 0 0 0 0' });
    const x = extractReport({ name: 'flat.txt', text });
    const fig = new Map(x.metrics.map((m) => [m.key, m.value]));
    expect(fig.get('litigation_total')).toBe(2);
    expect(fig.get('litigation_upheld')).toBe(2);
    const t4 = x.findings.filter((f) => f.code === 'T4-GROUP-SUM');
    expect(t4.map((f) => f.metrics[0]).sort()).toEqual(['litigation_after_reconsideration_total', 'litigation_direct_total']);
    expect(t4.find((f) => f.metrics[0] === 'litigation_direct_total')?.message).toContain('总计为2，但结果之和为1');
    expect(t4.find((f) => f.metrics[0] === 'litigation_direct_total')?.message_en).toContain('总计 is 2 but its results add up to 1');
  });

  it('one wrong group is reported once (not again through the litigation sums)', () => {
    const text = flatReport(AGENCY, grantedGrid(1, 0), ZERO_APPEALS, { appealsText: '0 0 0 0 0 1 0 0 0 2 0 0 0 0 0' });
    const x = extractReport({ name: 'flat.txt', text });
    expect(x.findings.filter((f) => f.code === 'T4-GROUP-SUM')).toHaveLength(1);
  });

  it('groups that add up raise nothing', () => {
    const text = flatReport(AGENCY, grantedGrid(1, 0), ZERO_APPEALS, { appealsText: '1 0 0 0 1 1 0 0 0 1 0 0 1 0 1' });
    const x = extractReport({ name: 'flat.txt', text });
    expect(x.findings.filter((f) => f.code.startsWith('T4'))).toEqual([]);
  });
});

describe('a copy that ends inside table 三', () => {
  const rowsOnLines = (t: string) => t.replace(/(一、本年新收|二、上年结转|三、本年度|（二）部分|（三）不予|2\.其他法律|3\.危及)/g, '\n$1');

  it('stops after a row, one row per line: TRUNCATED names the last row read', () => {
    const text = rowsOnLines(flatReport(AGENCY, grantedGrid(2, 0), ZERO_APPEALS, { cutAfter: 'denied_3' }));
    const x = extractReport({ name: 'cut.txt', text });
    const t = x.findings.filter((f) => f.code === 'TRUNCATED');
    expect(t).toHaveLength(1);
    expect(t[0].message).toContain('危及');
    expect(t[0].message_en).toContain('table 四 are missing');
  });

  it('stops after a row on a flattened page: reported once', () => {
    const x = extractReport({ name: 'cut.txt', text: flatReport(AGENCY, grantedGrid(2, 0), ZERO_APPEALS, { cutAfter: 'unavailable_2' }) });
    expect(x.findings.filter((f) => f.code === 'TRUNCATED')).toHaveLength(1);
  });

  it('a complete report is not truncated', () => {
    const x = extractReport({ name: 'full.txt', text: rowsOnLines(flatReport(AGENCY, grantedGrid(2, 0), ZERO_APPEALS)) });
    expect(x.findings.filter((f) => f.code === 'TRUNCATED')).toEqual([]);
  });
});

describe('cells separated by spaces that may be real cell boundaries', () => {
  const t2 = (row: string) => parseProactive(normalizeText(
    `第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件${row}三、收到和处理政府信息公开申请情况`,
  ).lines, '2019');

  it('table 二 `00 0`: `00` cannot be one cell, the row reads 0 0 0', () => {
    const fig = new Map(t2('00 0').figures.map((f) => [f.key, f.value]));
    expect([fig.get('normative_new'), fig.get('normative_published'), fig.get('normative_in_force')]).toEqual([0, 0, 0]);
  });

  it('table 二 `12 3`: each value may be a whole cell beside an empty one, so nothing is cut', () => {
    const r = t2('12 3');
    expect(r.figures.filter((f) => f.key.startsWith('normative'))).toEqual([]);
    expect(r.findings.map((f) => f.code)).toContain('CELL-UNREADABLE');
  });

  it('table 三 `12 0 0 0 0 12` is a row one cell short, placed by the identities', () => {
    const cells = { new: [12, 0, 0, 0, 0, 0, 12], granted: [12, 0, 0, 0, 0, 0, 12], total: [12, 0, 0, 0, 0, 0, 12] };
    const { rows } = parse(flatReport(AGENCY, cells, ZERO_APPEALS, { printed: { granted: '12 0 0 0 0 12' } }));
    expect(rows.get('granted')).toEqual([12, 0, 0, 0, 0, 0, 12]);
  });
});

describe('cell rules taken over from a peer (KIROGOVCOMPARE)', () => {
  it('TABLE-BLANK-CELLS: rows of table 三 printed with no cells are named', () => {
    const x = extractReport({ name: 'flat.txt', text: flatReport(AGENCY, grantedGrid(4, 1), ZERO_APPEALS, { emptyRows: ['other_2', 'other_3'] }) });
    const f = x.findings.filter((y) => y.code === 'TABLE-BLANK-CELLS');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('表三有14个单元格为空白');
    expect(f[0].message).toContain('逾期未按收费通知');
    expect(f[0].message_en).toContain('14 cell(s) left empty');
    expect(f[0].metrics).toEqual(['outcome_other']);
  });

  it('TABLE-BLANK-CELLS: a table 四 cell marked "/" is reported; a full table is not', () => {
    const slash = flatReport(AGENCY, grantedGrid(1, 0), ZERO_APPEALS, { appealsText: '0 / 0 0 0 0 0 0 0 0 0 0 0 0 0' });
    const x = extractReport({ name: 'flat.txt', text: slash });
    const f = x.findings.find((y) => y.code === 'TABLE-BLANK-CELLS');
    expect(f?.metrics).toEqual(['reconsideration_corrected']);
    expect(f?.message).toContain('表四有1项为空白');
    const full = extractReport({ name: 'flat.txt', text: flatReport(AGENCY, grantedGrid(1, 0), ZERO_APPEALS) });
    expect(full.findings.filter((y) => y.code === 'TABLE-BLANK-CELLS')).toEqual([]);
  });

  it('T2-NONNEG: a fractional count in table 二', () => {
    const text = flatReport(AGENCY, grantedGrid(1, 0), ZERO_APPEALS).replace('行政处罚0', '行政处罚2.5');
    const x = extractReport({ name: 'flat.txt', text });
    const f = x.findings.find((y) => y.code === 'T2-NONNEG');
    expect(f?.metrics).toEqual(['penalties_decisions']);
    expect(f?.message).toContain('2.5');
  });
});
