// Issue 9, a reload with 2,000 saved reports: their rows are kept as Arrow "parts" beside the records
// and put back before any record is read. What a reload may take from the parts (planRestore); the
// Arrow the parts are made of (written by hand for speed: read back here with apache-arrow, values,
// nulls, repeated texts as dictionaries, UTF-8 of every width); DuckDB's IPC file output cut into the
// stream its insert takes; and the list of saved reports drawn in blocks that are reused when unchanged.
import { Table, tableFromIPC, tableToIPC } from 'apache-arrow';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PARTS, planRestore } from '../../src/app/import/restorePlan';
import { blocksOf } from '../../src/app/import/MyReports';
import { asIpcStream, buildUserPart, columnVector, rowsToIPC, USER_ROWS_FORMAT, utf8Length } from '../../src/data/userTables';
import { TABLES } from '../../src/data/schema';
import type { DatasetRows } from '../../src/data/rows';

describe('planRestore', () => {
  it('gives each stored report from the one part that holds it, with when it was added', () => {
    const plan = planRestore([{ ids: ['a', 'b'], addedAt: ['t1', 't1'] }, { ids: ['c'], addedAt: ['t2'] }], ['a', 'b', 'c']);
    expect([...plan.restored]).toEqual([['a', 't1'], ['b', 't1'], ['c', 't2']]);
    expect(plan.without).toEqual([]);
    expect(plan.compact).toBe(false);
  });
  it('takes out reports no longer stored (removed, or a batch that never reached storage) and merges', () => {
    const plan = planRestore([{ ids: ['a', 'b', 'x'], addedAt: ['t', 't', 't'] }], ['a', 'b']);
    expect([...plan.restored.keys()]).toEqual(['a', 'b']);
    expect(plan.without).toEqual(['x']);
    expect(plan.compact).toBe(true);
  });
  it('a report in two parts (added again) comes from neither: its record says which rows are current', () => {
    const plan = planRestore([{ ids: ['a', 'b'], addedAt: ['t1', 't1'] }, { ids: ['b'], addedAt: ['t2'] }], ['a', 'b']);
    expect([...plan.restored.keys()]).toEqual(['a']);
    expect(plan.without).toEqual(['b']);
  });
  it('a stored report no part holds is simply not given (it is rebuilt from its record)', () => {
    const plan = planRestore([{ ids: ['a'] }], ['a', 'z']);
    expect([...plan.restored]).toEqual([['a', undefined]]);
    expect(plan.without).toEqual([]);
  });
  it('asks to merge when the parts are many', () => {
    const parts = Array.from({ length: MAX_PARTS + 1 }, (_, k) => ({ ids: [`r${k}`] }));
    expect(planRestore(parts, parts.map((p) => p.ids[0])).compact).toBe(true);
    expect(planRestore(parts.slice(1), parts.map((p) => p.ids[0])).compact).toBe(false);
  });
});

describe('user rows as Arrow', () => {
  it('utf8Length is what TextEncoder writes, for any string (lone surrogates included)', () => {
    const enc = new TextEncoder();
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => utf8Length(s) === enc.encode(s).length), { numRuns: 500 });
    expect(utf8Length('予以公开𠀀a')).toBe(4 * 3 + 4 + 1);
  });

  it('columns read back as written: numbers, booleans, nulls, texts plain and as dictionaries', () => {
    const texts = ['甲', null, '乙𠀀', 'abc', '甲', '甲', '甲', '甲'];
    const unique = ['α', 'β', null, 'γ'];
    const t = new Table({
      i: columnVector([1, null, -3, 2 ** 31 - 1], 'INTEGER'),
      d: columnVector([1.5, null, Number.NaN, -0.25], 'DOUBLE'),
      b: columnVector([true, false, null, true], 'BOOLEAN'),
      s: columnVector(unique, 'VARCHAR'),
    });
    const back = tableFromIPC(tableToIPC(t, 'stream'));
    expect([...back.getChild('i')!]).toEqual([1, null, -3, 2 ** 31 - 1]);
    expect([...back.getChild('d')!]).toEqual([1.5, null, null, -0.25]); // NaN is no figure
    expect([...back.getChild('b')!]).toEqual([true, false, null, true]);
    expect([...back.getChild('s')!]).toEqual(unique);
    const dict = columnVector(texts, 'VARCHAR');
    expect(String(dict.type)).toMatch(/Dictionary/); // repeated texts: an index per row
    const d2 = tableFromIPC(tableToIPC(new Table({ s: dict }), 'stream'));
    expect([...d2.getChild('s')!]).toEqual(texts);
  });

  it('a part: each table in streams of at most INSERT_SLICE rows, in schema column order, the ids', async () => {
    const report = (id: string) => ({
      report_id: id, file: `${id}.txt`, origin: 'user', kind: 'annual_report', reason: null, reason_en: null, agency: '甲镇', agency_short: '甲镇',
      lineage: '甲镇', level: 'township', scope: 'self', parent: null, province: null, division_code: null, report_year: 2022,
      published_on: '2023-01-20', published_source: null, era: '2021', deadline: '2023-01-31', timeliness: 'on_time', days_late: -11,
      encoding: 'utf-8', bytes: 10, n_metrics: 1, n_errors: 0, n_warnings: 0, n_infos: 0, extractor_version: '0.1.0',
    });
    const rows = {
      reports: [report('a'), report('b')],
      metrics: Array.from({ length: 12_001 }, (_, k) => ({ report_id: k % 2 ? 'a' : 'b', key: 'requests_received', value: k, state: 'number', approx: false, source_kind: 'table', line: k, excerpt: `本年新收 ${k}` })),
      requests: [], findings: [],
    } as unknown as DatasetRows;
    let pauses = 0;
    const part = await buildUserPart(rows, async () => { pauses++; });
    expect(part.format).toBe(USER_ROWS_FORMAT);
    expect(part.ids).toEqual(['a', 'b']);
    expect(part.tables.metrics).toHaveLength(3); // 5,000 + 5,000 + 2,001
    expect(part.tables.requests).toEqual([]);
    expect(pauses).toBe(3); // the event loop between streams
    const metrics = part.tables.metrics.map((b) => tableFromIPC(b));
    expect(metrics.map((t) => t.numRows)).toEqual([5000, 5000, 2001]);
    expect(metrics[0].schema.fields.map((f) => f.name)).toEqual(TABLES[1].columns.map((c) => c.name));
    expect(metrics[2].get(2000)!.toJSON()).toMatchObject({ report_id: 'b', value: 12_000, line: 12_000, excerpt: '本年新收 12000', approx: false });
    const reports = tableFromIPC(part.tables.reports[0]);
    expect(reports.get(1)!.toJSON()).toMatchObject({ report_id: 'b', origin: 'user', published_on: '2023-01-20', report_year: 2022, days_late: -11, parent: null });
    expect(rowsToIPC(TABLES[3], []).byteLength).toBeGreaterThan(0); // an empty table is still a stream
  });
});

describe('asIpcStream', () => {
  const table = tableFromIPC(tableToIPC(new Table({ s: columnVector(['a', 'b', null], 'VARCHAR') }), 'stream'));
  const EOS = [0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0];
  it('cuts the stream, with its end marker, out of the IPC file format (what DuckDB answers)', () => {
    // the file format: "ARROW1", 2 bytes of padding, the stream, the footer, its length, "ARROW1"
    const stream = tableToIPC(table, 'stream');
    const footer = new Uint8Array(24).fill(7);
    const file = new Uint8Array([...'ARROW1'].map((c) => c.charCodeAt(0)).concat([0, 0], [...stream], [...footer], [24, 0, 0, 0], [...'ARROW1'].map((c) => c.charCodeAt(0))));
    const cut = asIpcStream(file);
    expect([...cut]).toEqual([...stream]);
    expect([...cut.subarray(cut.length - 8)]).toEqual(EOS);
    expect([...tableFromIPC(cut).getChild('s')!]).toEqual(['a', 'b', null]);
  });
  it('leaves a stream that ends with its marker as it is, and adds the marker to one that lacks it', () => {
    const stream = tableToIPC(table, 'stream');
    expect(asIpcStream(stream)).toBe(stream);
    const cut = stream.subarray(0, stream.length - 8);
    const fixed = asIpcStream(cut);
    expect([...fixed.subarray(fixed.length - 8)]).toEqual(EOS);
    expect(fixed.length).toBe(stream.length);
  });
});

describe('the list of saved reports in blocks', () => {
  it('cuts in blocks and reuses a block whose reports are the same objects', () => {
    const rs = Array.from({ length: 7 }, (_, k) => ({ id: k }));
    const first = blocksOf(rs, 3);
    expect(first.map((b) => b.map((r) => r.id))).toEqual([[0, 1, 2], [3, 4, 5], [6]]);
    const more = [...rs, { id: 7 }];
    const second = blocksOf(more, 3, first);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).not.toBe(first[2]); // [6, 7]
    const changed = rs.map((r) => (r.id === 4 ? { id: 4 } : r));
    const third = blocksOf(changed, 3, first);
    expect(third[0]).toBe(first[0]);
    expect(third[1]).not.toBe(first[1]);
  });
});
