// 通报 Review: a region's units for one year, scored with the rubric (src/domain/rubric.ts) and ranked,
// with what each must fix; the weights are editable and kept in the URL. Prints, downloads as a
// workbook, and prints every unit's report card (`cards=1`).
import { useMemo } from 'react';
import { reviewFindingsQuery, reviewUnitsQuery } from '../../data/queries';
import { effectiveWeights } from '../../domain/rubric';
import { mustFix } from '../../domain/reviewScore';
import { inLanguage, textOf } from '../../domain/text';
import { LevelSelect, QueryNote, YearSelect } from '../components/Filters';
import { ExcelButton } from '../components/ExcelButton';
import { useDataQuery } from '../useDataQuery';
import { effectiveYear, useYears } from '../useLookups';
import { useI18n } from '../i18n';
import { reviewWorkbook } from '../export/reviewSheet';
import { useExportSource } from '../export/useExportSource';
import { useDivisionTree } from '../region/useDivisionTree';
import { regionLabel } from '../region/regionLabel';
import { missingIn, useRegionUnits } from '../region/useRegionUnits';
import { reviewCounts, scoredReview } from '../review/reviewModel';
import { RubricEditor } from '../review/RubricEditor';
import { ruleTitle } from '../review/ruleText';
import { statusText } from '../review/statusText';
import { ReviewCards } from '../review/ReviewCards';
import { RUBRIC } from '../../domain/rubric';
import type { ViewProps } from './types';

export function ReviewView({ state, set }: ViewProps) {
  const i = useI18n();
  const years = useYears();
  const year = effectiveYear(state.year, years);
  const f = year === null ? null : { year, levelGroup: state.level, region: state.region };
  const units = useDataQuery(f ? reviewUnitsQuery(f) : null);
  const findings = useDataQuery(f ? reviewFindingsQuery(f) : null);
  const weights = useMemo(() => effectiveWeights(state.weights), [state.weights]);
  // The region tree's units with no report this year join as "not published" (issue 9's list).
  const regionUnits = useRegionUnits(state.region);
  // Only when the level filter is off or names the units' tier (a county's townships are no departments).
  const expected = useMemo(() => (regionUnits && !regionUnits.loading && year !== null && (!state.level || state.level === regionUnits.tier)
    ? missingIn(regionUnits, year).map((n) => n.name) : []), [regionUnits, year, state.level]);
  const scored = useMemo(() => scoredReview(units.data?.rows ?? [], findings.data?.rows ?? [], weights, expected),
    [units.data, findings.data, weights, expected]);
  const counts = reviewCounts(scored.map((s) => s.unit));
  const tree = useDivisionTree();
  const scope = [state.region ? regionLabel(tree, state.region, i) : '', state.level ? i.levelGroup(state.level) : ''].filter(Boolean).join(' · ');
  const source = useExportSource(state.data);
  const loading = units.loading || findings.loading;
  const msg = (m: { message: string; message_en: string }) => inLanguage(textOf(m.message, m.message_en), i.lang);

  if (state.cards) return <ReviewCards scored={scored} weights={weights} title={`${scope} ${year ?? ''} ${i.t('card.title')}`} set={set} loading={loading} />;

  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title">{i.t('review.title')}</h2>
      <div className="controls">
        <YearSelect value={state.year} years={years} onChange={(y) => set({ year: y })} />
        <LevelSelect value={state.level} onChange={(l) => set({ level: l })} />
        <button type="button" onClick={() => window.print()} disabled={!scored.length} data-testid="review-print">{i.t('print')}</button>
        <ExcelButton testId="review-xlsx" disabled={!scored.length || year === null}
          build={() => reviewWorkbook({ scored, weights, year: year!, scope }, i, source())} />
        <button type="button" onClick={() => set({ cards: true })} disabled={!counts.reported} data-testid="review-cards">{i.t('review.allCards')}</button>
      </div>
      <p className="review-scope" data-testid="review-scope"><strong>{scope || i.t('allRegions')} · {year ?? ''}</strong></p>
      <p className="note" data-testid="review-summary">{i.t('review.summary', { ...counts })} · {i.t('review.missingNote')}</p>
      <p className="note">{i.t('review.intro')}</p>
      <QueryNote error={units.error ?? findings.error} empty={!loading && !units.error && scored.length === 0} />
      {scored.length > 0 && (
        <div className="table-wrap review-table">
          <table data-testid="review-table">
            <thead><tr>
              <th scope="col" className="num">{i.t('xlsx.rank')}</th><th scope="col">{i.t('review.unit')}</th>
              <th scope="col">{i.t('review.status')}</th><th scope="col" className="num">{i.t('review.score')}</th>
              <th scope="col">{i.t('review.deductions')}</th><th scope="col">{i.t('review.mustFix')}</th>
            </tr></thead>
            <tbody>
              {scored.map((s) => {
                const fix = mustFix(s.unit.findings, weights);
                return (
                  <tr key={`${s.unit.status}|${s.unit.unit}|${s.unit.report_id ?? ''}`} data-unit={s.unit.unit} data-status={s.unit.status}>
                    <td className="num">{s.rank}</td>
                    <td>{s.unit.report_id ? (
                      <a href={`?view=report&report=${encodeURIComponent(s.unit.report_id)}`}
                        onClick={(e) => { e.preventDefault(); set({ view: 'report', report: s.unit.report_id! }); }}>{s.unit.unit}</a>
                    ) : s.unit.unit}</td>
                    <td>{statusText(s.unit, i)}{s.unit.days_late != null && s.unit.days_late > 0 ? ` (${s.unit.days_late})` : ''}</td>
                    <td className="num" data-testid="unit-score">{s.score}</td>
                    <td className="wrap">{s.deductions.length ? s.deductions.map((d) => (
                      <div key={d.rule}>{ruleTitle(RUBRIC.find((r) => r.id === d.rule)!, i)} −{d.points}{d.count > 1 ? ` (×${d.count})` : ''}</div>
                    )) : i.t('review.nothing')}</td>
                    <td className="wrap">{fix.length ? (
                      <ol className="must-fix">{fix.map((x, n) => <li key={n}><code className="finding-code">{x.code}</code> {msg(x)}</li>)}</ol>
                    ) : i.t('review.nothing')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <h3>{i.t('review.rubric')}</h3>
      <div className="controls">
        <button type="button" onClick={() => set({ weights: {} }, { replace: true })} disabled={!Object.keys(state.weights).length} data-testid="weights-reset">{i.t('review.resetWeights')}</button>
      </div>
      <RubricEditor weights={weights} changed={state.weights} onChange={(w) => set({ weights: w }, { replace: true })} />
    </section>
  );
}
