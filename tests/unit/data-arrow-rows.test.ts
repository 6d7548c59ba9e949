import { describe, expect, it } from 'vitest';
import { tableFromArrays, vectorFromArray, Table, DateDay, Int64, Utf8, Field, Schema, makeData, RecordBatch, Struct } from 'apache-arrow';
import { arrowToRows } from '../../src/data/arrowRows';

describe('arrowToRows (DuckDB results → plain rows)', () => {
  it('turns BIGINT into numbers, DATE into YYYY-MM-DD and keeps nulls as null', () => {
    const n = vectorFromArray([1n, null, 3n], new Int64());
    const s = vectorFromArray(['集里街道', null, 'x'], new Utf8());
    const d = vectorFromArray([new Date(Date.UTC(2021, 0, 27)), null, new Date(Date.UTC(2017, 0, 16))], new DateDay());
    const fields = [new Field('n', new Int64(), true), new Field('s', new Utf8(), true), new Field('d', new DateDay(), true)];
    const data = makeData({ type: new Struct(fields), length: 3, nullCount: 0, children: [n.data[0], s.data[0], d.data[0]] });
    const t = new Table(new Schema(fields), [new RecordBatch(new Schema(fields), data)]);
    const r = arrowToRows(t);
    expect(r.columns).toEqual(['n', 's', 'd']);
    expect(r.rows).toEqual([
      { n: 1, s: '集里街道', d: '2021-01-27' },
      { n: null, s: null, d: null },
      { n: 3, s: 'x', d: '2017-01-16' },
    ]);
  });
  it('an empty result has columns and no rows', () => {
    const t = tableFromArrays({ a: new Float64Array([]) });
    expect(arrowToRows(t)).toEqual({ columns: ['a'], rows: [] });
  });
});
