// One document in the preview: what it is, who published it for which year (correctable), the
// figures with their sources and the findings; or why it cannot be added.
import { metricDef } from '../../domain/metrics';
import type { Level } from '../../extract/types';
import type { Dict, Lang } from './i18n';
import type { PendingDoc } from './ImportView';
import { corrected, LEVELS, type Corrections } from './userReport';
import { FindingText } from '../findingText';
import { inLanguage } from '../inLanguage';
import { makeI18n } from '../i18n';

interface Props {
  t: Dict;
  lang: Lang;
  pending: PendingDoc;
  onChange: (c: Corrections) => void;
  onAdd: (resolution?: 'new' | 'old') => void;
  onSkip: () => void;
}

export function PreviewCard({ t, lang, pending, onChange, onAdd, onSkip }: Props) {
  const { doc, corrections } = pending;
  const x = doc.extraction;
  const card = { border: '1px solid #ccc', borderRadius: 6, padding: '0.6em', margin: '0.6em 0' } as const;

  if (!x || doc.problem) {
    const code = doc.problem?.code ?? 'internal';
    return (
      <li style={card} data-testid="preview-card" data-kind="problem" data-problem={code} data-name={doc.name}>
        <strong>{doc.name}</strong>{' '}
        <span className="import-problem" data-testid="problem-message">{t.cannotRead}{t.problems[code]}</span>
        {doc.problem?.detail && <small> ({doc.problem.detail})</small>}{' '}
        <button type="button" onClick={onSkip}>{t.dismiss}</button>
      </li>
    );
  }
  if (x.kind === 'not_a_report') {
    return (
      <li style={card} data-testid="preview-card" data-kind="not_a_report" data-name={doc.name}>
        <strong>{doc.name}</strong>{' '}
        <span data-testid="problem-message">{t.notReport}{inLanguage(x.reason, x.reason_en, lang)}</span>{' '}
        <button type="button" onClick={onSkip}>{t.dismiss}</button>
      </li>
    );
  }

  const shown = corrected({ reportId: doc.reportId, file: doc.name, format: doc.format, bytes: doc.bytes, addedAt: '', extraction: x, corrections });
  const set = (patch: Corrections) => onChange({ ...corrections, ...patch });
  return (
    <li style={card} data-testid="preview-card" data-kind="annual_report" data-name={doc.name} data-report-id={doc.reportId}>
      <div><strong>{doc.name}</strong> <small>({doc.format}, {x.encoding}, {(doc.bytes / 1024).toFixed(1)} KB)</small></div>
      <fieldset style={{ border: 'none', padding: 0, display: 'flex', flexWrap: 'wrap', gap: '0.6em' }}>
        <label>{t.agency} <input data-testid="fix-agency" value={shown.agency ?? ''} size={28} onChange={(e) => set({ agency: e.target.value })} /></label>
        <label>{t.level}{' '}
          <select data-testid="fix-level" value={shown.level} onChange={(e) => set({ level: e.target.value as Level })}>
            {LEVELS.map((l) => <option key={l} value={l}>{t.levels[l]}</option>)}
          </select>
        </label>
        <label>{t.province} <input data-testid="fix-province" value={shown.province ?? ''} size={10} onChange={(e) => set({ province: e.target.value })} /></label>
        <label>{t.parent} <input data-testid="fix-parent" value={shown.parent ?? ''} size={14} onChange={(e) => set({ parent: e.target.value })} /></label>
        <label>{t.year}{' '}
          <input
            data-testid="fix-year" type="number" min={2000} max={2100} value={shown.report_year ?? ''} style={{ width: '5em' }}
            onChange={(e) => { const y = Number.parseInt(e.target.value, 10); set({ report_year: Number.isFinite(y) ? y : undefined }); }}
          />
        </label>
      </fieldset>
      <div><small>{t.published}: {x.published_on ?? '—'} · {t.era}: {x.era ?? '—'}</small></div>

      <details open={x.metrics.length <= 12}>
        <summary>{t.figures} ({x.metrics.length})</summary>
        {x.metrics.length === 0 ? <p>{t.noFigures}</p> : (
          <table data-testid="preview-figures">
            <thead><tr><th>{t.metric}</th><th>{t.value}</th><th>{t.source}</th></tr></thead>
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
        <summary>{t.findings} ({x.findings.length})</summary>
        {x.findings.length === 0 ? <p>{t.noFindings}</p> : (
          <ul data-testid="preview-findings">
            {x.findings.map((f, i) => (
              <li key={i} data-code={f.code}>
                <span className={`sev sev-${f.severity}`}>{makeI18n(lang).t(f.severity)}</span>{' '}
                <code className="finding-code">{f.code}</code>
                <FindingText code={f.code} message={f.message} messageEn={f.message_en} lang={lang} />
              </li>
            ))}
          </ul>
        )}
      </details>

      {pending.conflictWith ? (
        <div role="alertdialog" data-testid="conflict" style={{ background: '#fff6e0', padding: '0.4em' }}>
          {t.conflict}: {pending.conflictWith.file}{' '}
          <button type="button" data-testid="keep-new" onClick={() => onAdd('new')}>{t.keepNew}</button>{' '}
          <button type="button" data-testid="keep-old" onClick={() => onAdd('old')}>{t.keepOld}</button>
        </div>
      ) : (
        <div>
          <button type="button" data-testid="add-report" onClick={() => onAdd()}>{t.add}</button>{' '}
          <button type="button" data-testid="skip-report" onClick={onSkip}>{t.skip}</button>
        </div>
      )}
    </li>
  );
}
