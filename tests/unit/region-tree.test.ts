// The division tree (from the committed public/divisions.json), region values in the URL, and report
// counts per node, including reports whose division code could not be resolved.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { divisionTree, parentCode, tierOfCode } from '../../src/domain/divisionTree';
import { homeCode, parseRegion, regionKey } from '../../src/domain/regions';
import { regionCounts } from '../../src/domain/regionCounts';
import { parseState, serializeState } from '../../src/app/state/urlState';

const tree = divisionTree(JSON.parse(readFileSync(resolve(__dirname, '../../public/divisions.json'), 'utf8')));

describe('division tree', () => {
  it('has a node for codes of every length, with the tier their length says', () => {
    expect(tree.node('43')).toMatchObject({ name: '湖南省', tier: 'province' });
    expect(tree.node('4301')).toMatchObject({ name: '长沙市', tier: 'city' });
    expect(tree.node('430181')).toMatchObject({ name: '浏阳市', tier: 'county' });
    expect(tree.node('430181102')).toMatchObject({ name: '社港镇', tier: 'township' });
    expect(tree.node('4301811')).toBeUndefined();
    expect(tree.node('999999')).toBeUndefined();
    expect(tierOfCode('430181102')).toBe('township');
    expect(tierOfCode('4301811')).toBeNull();
    expect(parentCode('430181102')).toBe('430181');
    expect(parentCode('43')).toBeNull();
  });
  it('gives the path from the province down (the breadcrumb), empty for an unknown code', () => {
    expect(tree.path('430181').map((n) => n.name)).toEqual(['湖南省', '长沙市', '浏阳市']);
    expect(tree.path('430181002').map((n) => n.code)).toEqual(['43', '4301', '430181', '430181002']);
    expect(tree.path('439999')).toEqual([]);
  });
  it('lists the units one level down in code order: a county has its townships and streets', () => {
    const units = tree.units('430181');
    expect(units).toHaveLength(32);
    expect(units[0]).toMatchObject({ code: '430181001', name: '淮川街道' });
    expect(units.map((u) => u.tier)).toEqual(Array(32).fill('township'));
    expect(tree.units(null).length).toBe(31); // the provinces
  });
  it('replaces a pseudo row (市辖区) by its own children, so a province-level city lists its districts', () => {
    expect(tree.children('11').map((n) => [n.name, n.pseudo])).toEqual([['市辖区', true]]);
    const units = tree.units('11');
    expect(units.some((n) => n.pseudo)).toBe(false);
    expect(units.map((n) => n.name)).toContain('东城区');
    expect(units.every((n) => n.tier === 'county')).toBe(true);
  });
  it('a malformed file gives an empty tree, never a crash', () => {
    for (const bad of [null, 42, 'x', { provinces: 3, children: { 43: 'no' } }, { provinces: { 43: 7 } }]) {
      const t = divisionTree(bad);
      expect(t.children(null)).toEqual([]);
      expect(t.path('43')).toEqual([]);
    }
  });
  it('a child whose parent is missing from the file is skipped (no orphan nodes)', () => {
    const t = divisionTree({ provinces: { 43: '湖南省' }, children: { 43: ['01长沙市'], 9999: ['01某县'] } });
    expect(t.node('999901')).toBeUndefined();
    expect(t.path('4301').map((n) => n.name)).toEqual(['湖南省', '长沙市']);
  });
});

describe('region values', () => {
  it('reads division codes of 2, 4, 6 and 9 digits and nothing in between', () => {
    for (const code of ['43', '4301', '430181', '430181102']) expect(parseRegion(code)).toEqual({ kind: 'division', code });
    for (const bad of ['4', '430', '43018', '4301811', '430181102000', '-43', '']) {
      expect(parseRegion(bad)?.kind ?? null).not.toBe('division');
    }
  });
  it('turns an old link’s province name into the province code; keeps an unknown name as a name', () => {
    expect(parseRegion('福建省')).toEqual({ kind: 'division', code: '35' });
    expect(parseRegion('测试省')).toEqual({ kind: 'province-name', name: '测试省' });
    expect(parseState('?region=湖南省').region).toBe('43');
    expect(serializeState(parseState('?region=%E7%A6%8F%E5%BB%BA%E7%9C%81'))).toBe('?region=35');
  });
  it('has a form for unresolved reports, per province and overall', () => {
    expect(parseRegion('unresolved')).toEqual({ kind: 'unresolved', province: null });
    expect(parseRegion('unresolved-35')).toEqual({ kind: 'unresolved', province: '35' });
    expect(parseRegion('unresolved-99')).toBeNull();
    expect(regionKey({ kind: 'unresolved', province: '35' })).toBe('unresolved-35');
    expect(parseState('?region=unresolved-35').region).toBe('unresolved-35');
    expect(parseState('?region=12345').region).toBeNull();
  });
  it('places a 12-digit report code on its deepest real node', () => {
    expect(homeCode('430181102000')).toBe('430181102');
    expect(homeCode('350128000000')).toBe('350128');
    expect(homeCode('320800000000')).toBe('3208');
    expect(homeCode('310000000000')).toBe('31');
    expect(homeCode('000000000000')).toBeNull();
    expect(homeCode('4301')).toBeNull();
    expect(homeCode(null)).toBeNull();
  });
});

describe('report counts per node', () => {
  it('adds each report to its node and every ancestor; unresolved ones go to their province', () => {
    const counts = regionCounts([
      { division_code: '430181102000', province: '湖南省', reports: 3 },
      { division_code: '430181000000', province: '湖南省', reports: 2 },
      { division_code: '430102000000', province: '湖南省', reports: 1 },
      { division_code: null, province: '湖南省', reports: 4 },
      { division_code: null, province: null, reports: 5 },
      { division_code: null, province: '测试省', reports: 6 },
    ]);
    expect(counts.get('43')).toBe(10);
    expect(counts.get('4301')).toBe(6);
    expect(counts.get('430181')).toBe(5);
    expect(counts.get('430181102')).toBe(3);
    expect(counts.get('unresolved-43')).toBe(4);
    expect(counts.get('unresolved')).toBe(11);
  });
});
