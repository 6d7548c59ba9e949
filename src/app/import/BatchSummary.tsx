// What the last "add all" did: added (and replaced), not added and why, waiting for a decision.
import { useI18n } from '../i18n';
import type { BatchPlan, SkipReason } from './batchPlan';

const REASONS: readonly SkipReason[] = ['not_report', 'unreadable', 'kept_existing', 'older', 'duplicate_in_batch'];

export function BatchSummary({ plan }: { plan: BatchPlan }) {
  const i = useI18n();
  const count = (r: SkipReason) => plan.skipped.filter((s) => s.reason === r).length;
  const reasons = REASONS.filter((r) => count(r) > 0);
  return (
    <div role="status" className="batch-summary" data-testid="batch-summary"
      data-added={plan.add.length} data-replaced={plan.replaces.length} data-skipped={plan.skipped.length} data-waiting={plan.waiting.length}>
      <strong>{i.t('batch.summary')}</strong>：
      <ul>
        <li data-testid="batch-added">{i.t('batch.added', { n: plan.add.length })}{plan.replaces.length > 0 && i.t('batch.replaced', { n: plan.replaces.length })}</li>
        {plan.skipped.length > 0 && (
          <li data-testid="batch-skipped">{i.t('batch.skipped', { n: plan.skipped.length })}
            {reasons.map((r, k) => <span key={r} data-reason={r} data-n={count(r)}>{k ? (i.lang === 'zh' ? '；' : '; ') : ''}{i.t(`batch.reason.${r}`, { n: count(r) })}</span>)}
          </li>
        )}
        {plan.waiting.length > 0 && <li data-testid="batch-waiting">{i.t('batch.waiting', { n: plan.waiting.length })}</li>}
      </ul>
    </div>
  );
}
