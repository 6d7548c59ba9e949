// The `sql` tag: values become bound parameters in the order they appear, nested fragments keep their
// parameters in place, lists expand, identifiers come only from allow-lists. Revealed by the issue
// "The house": builders glued text and parameter arrays by hand, and one slip in their order gives a
// wrong answer without an error.
import { describe, expect, it } from 'vitest';
import { column, ident, query, sql, QueryError } from '../../src/data/sql';
import { openTestDb } from './helpers/duckdbNode';

describe('sql tag', () => {
  it('binds values as parameters, never as text', () => {
    const name = "x'); DROP TABLE reports; --";
    const q = query('t', sql`SELECT * FROM reports WHERE agency_short = ${name} AND report_year = ${2020}`);
    expect(q.sql).toBe('SELECT * FROM reports WHERE agency_short = ? AND report_year = ?');
    expect(q.params).toEqual([name, 2020]);
  });
  it('keeps the parameters of nested fragments in the order of their placeholders', () => {
    const inner = sql`b.level = ${'township'} AND b.province = ${'测试省'}`;
    const q = query('t', sql`SELECT ${1} WHERE a = ${'first'} AND (${inner}) AND z = ${'last'}`);
    expect(q.params).toEqual([1, 'first', 'township', '测试省', 'last']);
    expect(q.sql.split('?').length - 1).toBe(q.params.length);
  });
  it('expands a list into placeholders; an empty list matches nothing', () => {
    expect(query('t', sql`x IN (${['a', 'b', 'c']})`)).toMatchObject({ sql: 'x IN (?, ?, ?)', params: ['a', 'b', 'c'] });
    expect(query('t', sql`x IN (${[]})`)).toMatchObject({ sql: 'x IN (NULL)', params: [] });
  });
  it('joins fragments and prefixes conditions with AND', () => {
    const q = query('t', sql`WHERE true${sql.and([sql`a = ${1}`, sql`b = ${2}`])}`);
    expect(q).toMatchObject({ sql: 'WHERE true AND a = ? AND b = ?', params: [1, 2] });
    expect(query('t', sql`WHERE true${sql.and([])}`).sql).toBe('WHERE true');
  });
  it('takes identifiers only from allow-lists', () => {
    expect(ident('level', ['level', 'province']).text).toBe('level');
    expect(() => ident('level; DROP TABLE x', ['level'])).toThrow(/not allowed/);
    expect(() => ident('secret', ['level'])).toThrow(/not allowed/);
    expect(column('reports', 'agency_short').text).toBe('agency_short');
    expect(() => column('reports', 'nope')).toThrow(/unknown column/);
  });
  it('a failed query names the query', () => {
    const e = new QueryError('compare.ranking', new Error('Binder Error: x'));
    expect(e.message).toBe('query compare.ranking failed: Binder Error: x');
  });
  it('runs in DuckDB with the parameters bound in order', async () => {
    const db = await openTestDb();
    try {
      const rows = await db.run(query('t', sql`SELECT ${'甲'} AS a, ${sql`${2} + ${3}`} AS b, ${'乙'} AS c`));
      expect(rows).toEqual([{ a: '甲', b: 5, c: '乙' }]);
    } finally { db.close(); }
  });
});
