// One document in the preview: what it is, who published it for which year (correctable; the unit
// also picked from the division tree), the figures with their sources and the findings; or why it
// cannot be added.
import { metricDef } from '../../domain/metrics';
import type { Level } from '../../extract';
import type { PendingDoc } from './ImportView';
import { corrected, LEVELS, type Corrections } from './userReport';
import { FindingText } from '../findingText';
import { inLanguage, textOf } from '../../domain/text';
import { notReportTitle, problemText } from '../../domain/problems';
import { useI18n } from '../i18n';
import { UnitPicker } from './UnitPicker';

interface Props {
  pending: PendingDoc;
  onChange: (c: Corrections) => void;
  onAdd: (resolution?: 'new' | 'old') => void;
  onSkip: () => void;
}

export function PreviewCard({ pending, onChange, onAdd, onSkip }: Props) {
  const i = useI18n();
  const lang = i.lang;
  const { doc, corrections } = pending;
  // after a correction, the findings of the corrected identity (the deadline check re-run)
  const findings = pending.checked ?? doc.extraction?.findings ?? [];
  const x = doc.extraction;

  if (!x || doc.problem) {
    const code = doc.problem?.code ?? 'internal';
    return (
      <li className="preview-card" data-testid="preview-card" data-kind="problem" data-problem={code} data-name={doc.name}>
        <strong>{doc.name}</strong>{' '}
        <span className="import-problem" data-testid="problem-message">{i.t('import.cannotRead')}{problemText(doc.problem ?? { code }, i.lang)}</span>
        {doc.problem?.detail && <small> ({doc.problem.detail})</small>}{' '}
        <button type="button" onClick={onSkip}>{i.t('import.dismiss')}</button>
      </li>
    );
  }
  if (x.kind === 'not_a_report') {
    return (
      <li className="preview-card" data-testid="preview-card" data-kind="not_a_report" data-name={doc.name}>
        <strong>{doc.name}</strong>{' '}
        <span data-testid="problem-message">{i.t('import.notReport')}{notReportTitle(x.category, lang) ? `（${notReportTitle(x.category, lang)}）` : ''}{inLanguage(textOf(x.reason, x.reason_en), lang)}</span>{' '}
        <button type="button" onClick={onSkip}>{i.t('import.dismiss')}</button>
      </li>
    );
  }

  const shown = corrected({ reportId: doc.reportId, file: doc.name, format: doc.format, bytes: doc.bytes, addedAt: '', extraction: x, corrections });
  const set = (patch: Corrections) => onChange({ ...corrections, ...patch });
  return (
    <li className="preview-card" data-testid="preview-card" data-kind="annual_report" data-name={doc.name} data-report-id={doc.reportId}>
      <div><strong>{doc.name}</strong> <small>({doc.format}, {x.encoding}, {(doc.bytes / 1024).toFixed(1)} KB)</small></div>
      <fieldset className="preview-fields">
        <label>{i.t('import.agency')} <input data-testid="fix-agency" value={shown.agency ?? ''} size={28} onChange={(e) => set({ agency: e.target.value })} /></label>
        <label>{i.t('import.level')}{' '}
          <select data-testid="fix-level" value={shown.level} onChange={(e) => set({ level: e.target.value as Level })}>
            {LEVELS.map((l) => <option key={l} value={l}>{i.level(l)}</option>)}
          </select>
        </label>
        <label>{i.t('import.province')} <input data-testid="fix-province" value={shown.province ?? ''} size={10} onChange={(e) => set({ province: e.target.value })} /></label>
        <label>{i.t('import.parent')} <input data-testid="fix-parent" value={shown.parent ?? ''} size={14} onChange={(e) => set({ parent: e.target.value })} /></label>
        <label>{i.t('import.year')}{' '}
          <input
            data-testid="fix-year" type="number" min={2000} max={2100} value={shown.report_year ?? ''} className="preview-year"
            onChange={(e) => { const y = Number.parseInt(e.target.value, 10); set({ report_year: Number.isFinite(y) ? y : undefined }); }}
          />
        </label>
        <UnitPicker divisionCode={shown.division_code} onPick={set} />
      </fieldset>
      <div><small>{i.t('import.published')}: {x.published_on ?? '—'} · {i.t('import.era')}: {x.era ?? '—'}</small></div>

      <details open={x.metrics.length <= 12}>
        <summary>{i.t('import.figures')} ({x.metrics.length})</summary>
        {x.metrics.length === 0 ? <p>{i.t('import.noFigures')}</p> : (
          <table data-testid="preview-figures">
            <thead><tr><th>{i.t('import.metric')}</th><th>{i.t('import.value')}</th><th>{i.t('import.source')}</th></tr></thead>
            <tbody>
              {x.metrics.map((m, i) => {
                const def = metricDef(m.key);
                return (
                  <tr key={`${m.key}-${i}`} data-key={m.key}>
                    <td>{def ? (lang === 'zh' ? def.labelZh : def.labelEn) : m.key}</td>
                    <td>{m.state === 'number' ? `${m.approx ? '≈' : ''}${m.value}` : m.state === 'na' ? '/' : '（空）'}</td>
                    <td><small>{m.source.kind} L{m.source.line}: {m.source.excerpt}</small></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </details>
      <details>
        <summary>{i.t('import.findings')} ({findings.length})</summary>
        {findings.length === 0 ? <p>{i.t('import.noFindings')}</p> : (
          <ul data-testid="preview-findings">
            {findings.map((f, k) => (
              <li key={k} data-code={f.code}>
                <span className={`sev sev-${f.severity}`}>{i.t(f.severity)}</span>{' '}
                <code className="finding-code">{f.code}</code>
                <FindingText code={f.code} message={f.message} messageEn={f.message_en} lang={lang} />
              </li>
            ))}
          </ul>
        )}
      </details>

      {pending.conflictWith ? (
        <div role="alertdialog" data-testid="conflict" className="preview-conflict">
          {i.t('import.conflict')}: {pending.conflictWith.file}{' '}
          <button type="button" data-testid="keep-new" onClick={() => onAdd('new')}>{i.t('import.keepNew')}</button>{' '}
          <button type="button" data-testid="keep-old" onClick={() => onAdd('old')}>{i.t('import.keepOld')}</button>
        </div>
      ) : (
        <div>
          <button type="button" data-testid="add-report" onClick={() => onAdd()}>{i.t('import.add')}</button>{' '}
          <button type="button" data-testid="skip-report" onClick={onSkip}>{i.t('import.skip')}</button>
        </div>
      )}
    </li>
  );
}
