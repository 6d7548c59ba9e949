// Who did not publish: the region's units one level down with no report for the year in this dataset,
// named, counted ("24 of 32 townships have a 2022 report") and downloadable. Shown on the Overview and
// in Compliance. The note says plainly that this is about the dataset, not proof of non-publication.
import { useI18n, type WordKey } from '../i18n';
import { QueryNote } from '../components/Filters';
import { downloadCsv } from '../download';
import { missingIn, type RegionUnits } from './useRegionUnits';

export function unitsWord(u: RegionUnits): WordKey {
  return `units.${u.tier}` as WordKey;
}

export function UnitsCount({ units, year }: { units: RegionUnits; year: number }) {
  const i = useI18n();
  if (!units.ready) return <>…</>;
  const missing = missingIn(units, year).length;
  return <>{i.t('unitsOf', { n: units.units.length - missing, total: units.units.length, units: i.t(unitsWord(units)), year })}</>;
}

export function MissingUnits({ units, year, regionName }: { units: RegionUnits; year: number; regionName: string }) {
  const i = useI18n();
  const missing = missingIn(units, year);
  const csv = () => downloadCsv(`missing-${regionName}-${year}.csv`, ['division_code', 'name', 'report_year', 'status'],
    missing.map((n) => ({ division_code: n.code, name: n.name, report_year: year, status: 'no report in this dataset' })));
  return (
    <section className="missing-units" data-testid="missing-units" aria-busy={units.loading}>
      <h3>{i.t('missingTitle', { year })}</h3>
      <QueryNote error={units.error} />
      <p className="note" data-testid="units-count"><UnitsCount units={units} year={year} /> · {i.t('missingNote')}</p>
      {units.ready && (missing.length === 0
        ? <p className="empty">{i.t('missingNone', { year })}</p>
        : (
          <>
            <ul>{missing.map((n) => <li key={n.code} data-code={n.code}>{n.name} <small>({i.t('missingRow')})</small></li>)}</ul>
            <button type="button" onClick={csv} data-testid="missing-csv">{i.t('missingCsv')}</button>
          </>
        ))}
    </section>
  );
}
