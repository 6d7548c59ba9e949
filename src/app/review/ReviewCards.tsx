// "Print all report cards": every published unit of the review, one report card per printed page, in
// the review's order. A page of its own (`cards=1`), so the review itself stays light.
import { useCallback, useState } from 'react';
import type { ScoredUnit } from '../../domain/reviewScore';
import type { Weights } from '../../domain/rubric';
import { useI18n } from '../i18n';
import { ReportCard } from '../report/ReportCard';
import type { ViewProps } from '../views/types';
import type { ReviewRow } from './reviewModel';

export function ReviewCards({ scored, weights, title, set, loading }: {
  scored: readonly ScoredUnit<ReviewRow>[]; weights: Weights; title: string; set: ViewProps['set']; loading: boolean;
}) {
  const i = useI18n();
  const ids = scored.map((s) => s.unit.report_id).filter((x): x is string => !!x);
  const [ready, setReady] = useState<ReadonlySet<string>>(new Set());
  const onReady = useCallback((id: string) => setReady((r) => (r.has(id) ? r : new Set([...r, id]))), []);
  const all = !loading && ids.every((id) => ready.has(id));
  return (
    <section aria-labelledby="cards-title" data-testid="review-cards-page" data-ready={all ? '1' : '0'}>
      <h2 id="cards-title">{title.trim()} <small>{i.t('review.cards', { n: ids.length })}</small></h2>
      <div className="controls">
        <button type="button" onClick={() => set({ cards: false })} data-testid="cards-back">{i.t('review.back')}</button>
        <button type="button" onClick={() => window.print()} disabled={!all} data-testid="cards-print">{i.t('print')}</button>
        {!all && <progress aria-label={i.t('loading')} value={ready.size} max={ids.length || 1} />}
      </div>
      {ids.map((id) => <ReportCard key={id} id={id} set={set} weights={weights} onReady={() => onReady(id)} />)}
    </section>
  );
}
