// A unit picked from the division tree in the import preview (issue 9): the corrections it makes (the
// padded code, province, parent government, the level its name gives), the search by name, and how the
// picked code then places the report (its rows, the same-agency clash, the re-run checks).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { divisionTree } from '../../src/domain/divisionTree';
import { extractReport, recheckIdentity, type Extraction } from '../../src/extract';
import { findUnits, levelOfUnit, unitCorrections } from '../../src/app/import/unitPick';
import { codeOf, conflictFor, corrected, userReportRows, type UserReport } from '../../src/app/import/userReport';
import { recheckedFindings } from '../../src/app/import/batchPlan';
import type { PendingDoc } from '../../src/app/import/useImportQueue';
import { inventReport2021 } from '../../scripts/invented/reports';

const tree = divisionTree(JSON.parse(readFileSync(resolve(__dirname, '../../public/divisions.json'), 'utf8')));

describe('unit picked → identity corrections', () => {
  it('a street of a county-level city: 12-digit code, province, the county as parent, street', () => {
    expect(unitCorrections(tree, '430181002')).toEqual({ division_code: '430181002000', province: '湖南省', parent: '浏阳市', level: 'street' });
  });
  it('a township (镇, 乡) is a township', () => {
    expect(unitCorrections(tree, '430181102')).toMatchObject({ division_code: '430181102000', level: 'township', parent: '浏阳市' });
    expect(unitCorrections(tree, '430181201')).toMatchObject({ level: 'township' }); // 小河乡
  });
  it('CJK Extension A names are units like any other (㮾梨街道)', () => {
    const langli = tree.units('430121').find((n) => n.name === '㮾梨街道');
    expect(langli).toBeDefined();
    expect(unitCorrections(tree, langli!.code)).toMatchObject({ level: 'street', parent: '长沙县', province: '湖南省' });
  });
  it('higher units as the extractor places them: a county-level city is a county, a pseudo city row is skipped', () => {
    expect(unitCorrections(tree, '430181')).toEqual({ division_code: '430181000000', province: '湖南省', parent: '长沙市', level: 'county' });
    expect(unitCorrections(tree, '430121')).toMatchObject({ level: 'county' }); // 长沙县
    expect(unitCorrections(tree, '430102')).toMatchObject({ level: 'district' }); // 芙蓉区
    // 北京市 › 市辖区 › 东城区: the district's parent is the province-level city
    expect(unitCorrections(tree, '110101')).toEqual({ division_code: '110101000000', province: '北京市', parent: '北京市', level: 'district' });
    expect(unitCorrections(tree, '4301')).toEqual({ division_code: '430100000000', province: '湖南省', parent: '湖南省', level: 'city' });
    expect(unitCorrections(tree, '43')).toEqual({ division_code: '430000000000', province: '湖南省', parent: '', level: 'province' });
    expect(unitCorrections(tree, '11')).toMatchObject({ level: 'province' }); // 北京市
  });
  it('a code the tree does not hold gives nothing', () => {
    expect(unitCorrections(tree, '430181999')).toBeNull();
    expect(unitCorrections(tree, '')).toBeNull();
  });
  it('a township-tier row whose name says nothing is a township, an office a street', () => {
    const node = (code: string, name: string) => ({ code, name, tier: 'township' as const, pseudo: false });
    expect(levelOfUnit(node('430181900', '某某农场'), [])).toBe('township');
    expect(levelOfUnit(node('430181901', '某某地区办事处'), [])).toBe('street');
  });
});

describe('finding a unit by name', () => {
  it('lists units whose name contains the text, in code order, capped', () => {
    const found = findUnits(tree, '集里');
    expect(found.map((n) => n.code)).toContain('430181002');
    expect(findUnits(tree, '镇', 5)).toHaveLength(5);
    expect(findUnits(tree, '  ')).toEqual([]);
    expect(findUnits(tree, '市辖区')).toEqual([]); // pseudo rows are no units
  });
});

describe('the picked code places the report', () => {
  const x = (() => {
    for (let seed = 1; seed < 200; seed++) {
      const r = inventReport2021(seed);
      const e = extractReport({ name: `${seed}.txt`, bytes: new TextEncoder().encode(r.text) });
      if (e.kind === 'annual_report' && e.published_on && e.report_year && e.level === 'township') return e;
    }
    throw new Error('no invented township report');
  })();
  const report = (corrections: UserReport['corrections'], extraction: Extraction = x, id = 'r1'): UserReport =>
    ({ reportId: id, file: `${id}.txt`, format: 'text', bytes: 10, addedAt: '', extraction, corrections });
  const patch = unitCorrections(tree, '430181201')!;

  it('the rows carry the picked code, province, parent and level', () => {
    const [row] = userReportRows(report(patch)).reports;
    expect(row).toMatchObject({ division_code: '430181201000', province: '湖南省', parent: '浏阳市', level: 'township' });
  });
  it('the picked code tells two bodies of one name apart, also after the agency was typed', () => {
    const typed = { agency: '城关镇', report_year: 2022 };
    expect(codeOf(report(typed))).toBeNull();
    expect(codeOf(report({ ...typed, ...patch }))).toBe('430181201000');
    const other = report({ ...typed, ...unitCorrections(tree, '430181102')! }, x, 'r2');
    expect(conflictFor(report({ ...typed, ...patch }), [other])).toBeUndefined();
    expect(conflictFor(report({ ...typed, ...patch }), [report({ ...typed, ...patch }, x, 'r3')])).toBeDefined();
  });
  it('a malformed code (a workspace file from elsewhere) places nothing; an empty one clears the code', () => {
    expect(corrected(report({ division_code: '4301' })).division_code).toBeNull();
    expect(corrected(report({ division_code: "430181201000'; --" })).division_code).toBeNull();
    expect(corrected(report({ division_code: '' })).division_code).toBeNull();
    expect(corrected(report({})).division_code).toBe(x.division_code);
  });
  it('the checks run again for the picked identity, as for a typed correction', () => {
    const p = { key: 'k', corrections: {}, conflictWith: null, doc: { fileId: 'f', name: 'a.txt', format: 'text', bytes: 10, reportId: 'r1', extraction: x, problem: null } } as PendingDoc;
    const county = unitCorrections(tree, '430181')!; // a county government: another deadline rule
    expect(recheckedFindings(p, county)).toEqual(recheckIdentity(x, { ...x, level: 'county', province: '湖南省' }));
  });
});
