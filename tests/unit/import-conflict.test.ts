// "Same agency and year" when a region's batch is added: two townships that share a name in different
// counties (城关镇 names dozens of them) are two agencies, told apart by their division codes; the
// same township twice is a clash; a report whose agency the user corrected is compared by name.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { divisionTree } from '../../src/domain/divisionTree';
import { extractReport, loadDivisionIndex } from '../../src/extract';
import { conflictFor, type UserReport } from '../../src/app/import/userReport';
import { inventRegionReports } from '../../scripts/invented/region';

const json = JSON.parse(readFileSync(resolve(__dirname, '../../public/divisions.json'), 'utf8'));
const tree = divisionTree(json);
const divisions = loadDivisionIndex(json);

function userReport(id: string, text: string, corrections: UserReport['corrections'] = {}): UserReport {
  const extraction = extractReport({ name: `${id}.txt`, bytes: new TextEncoder().encode(text) }, { divisions });
  return { reportId: id, file: `${id}.txt`, format: 'text', bytes: text.length, addedAt: '2000-01-01T00:00:00Z', extraction, corrections };
}

/** A township of 浏阳市 and another county's township of the same name. */
function namesakes() {
  const liuyang = tree.node('430181')!;
  const counties = tree.units('43').flatMap((c) => tree.units(c.code));
  for (const unit of tree.units('430181')) {
    for (const county of counties) {
      if (county.code === liuyang.code) continue;
      const twin = tree.units(county.code).find((u) => u.name === unit.name);
      if (twin) return { unit, twin, county };
    }
  }
  throw new Error('no namesake found');
}

describe('conflicts in a batch', () => {
  const { unit, twin, county } = namesakes();
  const city = (code: string) => tree.node(code.slice(0, 4))!.name;
  const [a] = inventRegionReports({ province: '湖南省', city: city(unit.code), county: '浏阳市' }, [unit], [2022]);
  const [b] = inventRegionReports({ province: '湖南省', city: city(twin.code), county: county.name }, [twin], [2022]);
  const ra = userReport('a', a.text);
  const rb = userReport('b', b.text);

  it('resolves both namesakes to their own codes (the premise)', () => {
    expect(ra.extraction.agency_short).toBe(rb.extraction.agency_short);
    expect(ra.extraction.division_code).toBe(`${unit.code}000`);
    expect(rb.extraction.division_code).toBe(`${twin.code}000`);
  });
  it('two townships of one name in different counties do not clash', () => {
    expect(conflictFor(rb, [ra])).toBeUndefined();
  });
  it('the same township twice (other bytes) clashes', () => {
    const again = userReport('a2', a.text.replace('部分栏目', '个别栏目'));
    expect(conflictFor(again, [ra, rb])?.reportId).toBe('a');
  });
  it('after the user corrects the agency, the name decides', () => {
    const corrected = userReport('c', b.text, { agency: String(ra.extraction.agency_short) });
    expect(conflictFor(corrected, [ra])?.reportId).toBe('a');
  });
});
