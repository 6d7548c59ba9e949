// A county's worth of invented township and street reports: the units are real names from the national
// division list (so the extractor resolves their codes), the text and figures come from the invented
// 2021-format generator (reports.ts) with the invented agency's names swapped for the unit's. Used by
// the region browser test; some units can be left out to test "who did not publish".
import { inventReport2021, type InventedReport } from './reports';

export interface RegionUnit { code: string; name: string }

export interface RegionPlace { province: string; city: string; county: string }

export interface RegionReport { unit: RegionUnit; year: number; fileName: string; text: string; truth: InventedReport['truth'] }

const isStreet = (name: string) => name.endsWith('街道');

/** The first seed from `from` whose invented report is a township (or street) report of `year`. */
function baseReport(year: number, street: boolean, from: number): { report: InventedReport; seed: number } {
  for (let seed = from; seed < from + 20_000; seed++) {
    const report = inventReport2021(seed);
    if (report.year === year && report.agency.level === (street ? 'street' : 'township')) return { report, seed };
  }
  throw new Error(`no invented ${street ? 'street' : 'township'} report for ${year}`);
}

/** One report per unit and year, except where `leaveOut(unit, year)` says the unit published none. */
export function inventRegionReports(place: RegionPlace, units: readonly RegionUnit[], years: readonly number[],
  leaveOut: (unit: RegionUnit, year: number) => boolean = () => false): RegionReport[] {
  const out: RegionReport[] = [];
  let seed = 1;
  for (const year of years) {
    for (const unit of units) {
      if (leaveOut(unit, year)) continue;
      const street = isStreet(unit.name);
      const found = baseReport(year, street, seed);
      seed = found.seed + 1;
      const a = found.report.agency;
      const fullName = `${place.county}${unit.name}${street ? '办事处' : '人民政府'}`;
      const text = found.report.text
        .split(a.name).join(fullName)
        .split(a.short).join(unit.name)
        .split(a.parent).join(place.county)
        .split('望江市').join(place.city)
        .split(a.province).join(place.province);
      out.push({ unit, year, fileName: `${unit.code}-${year}.txt`, text, truth: found.report.truth });
    }
  }
  return out;
}
