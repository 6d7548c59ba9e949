// The rubric as a table: each rule, what it is based on, its weight (editable; only changed weights go
// into the URL) and how many occurrences count at most. Printed, the inputs show as their numbers.
import { MAX_SCORE, RUBRIC, type Weights } from '../../domain/rubric';
import { useI18n } from '../i18n';
import { ruleBasis, ruleTitle } from './ruleText';

export function RubricEditor({ weights, changed, onChange }: {
  weights: Weights; changed: Readonly<Record<string, number>>; onChange: (changed: Record<string, number>) => void;
}) {
  const i = useI18n();
  const setWeight = (id: string, v: number) => {
    const next = { ...changed };
    const rule = RUBRIC.find((r) => r.id === id)!;
    if (!Number.isFinite(v) || v === rule.weight) delete next[id];
    else next[id] = Math.min(MAX_SCORE, Math.max(0, v));
    onChange(next);
  };
  return (
    <div className="table-wrap">
      <table data-testid="rubric-table">
        <caption>{i.t('review.rubric')}</caption>
        <thead><tr>
          <th scope="col">{i.t('review.rule')}</th><th scope="col">{i.t('review.basis')}</th>
          <th scope="col" className="num">{i.t('review.weight')}</th><th scope="col" className="num">{i.t('review.maxCount')}</th>
        </tr></thead>
        <tbody>
          {RUBRIC.map((r) => (
            <tr key={r.id} data-rule={r.id}>
              <td>{ruleTitle(r, i)}</td>
              <td className="wrap"><small>{ruleBasis(r, i)}</small></td>
              <td className="num">
                <input type="number" min={0} max={MAX_SCORE} step={0.5} value={weights[r.id]} aria-label={`${ruleTitle(r, i)}: ${i.t('review.weight')}`}
                  data-testid={`weight-${r.id}`} className={changed[r.id] !== undefined ? 'changed' : undefined}
                  onChange={(e) => setWeight(r.id, e.target.value === '' ? r.weight : Number(e.target.value))} />
                <span className="print-only">{weights[r.id]}</span>
              </td>
              <td className="num">{r.maxCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
