// The shared controls: metric (grouped by the catalogue), year, level group (the region is the
// shell's breadcrumb and tree picker, src/app/region/RegionBar.tsx).
import { measuresByGroup } from '../../domain/measures';
import { LEVEL_GROUPS, isLevelGroup, type LevelGroup } from '../../domain/levels';
import { useI18n } from '../i18n';
import { problemText, type Problem } from '../../domain/problems';

export function MetricSelect({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const i = useI18n();
  return (
    <label>{i.t('metric')}
      <select value={value} onChange={(e) => onChange(e.target.value)} data-testid="metric-select">
        {measuresByGroup().map((g) => (
          <optgroup key={g.group} label={i.group(g.group)}>
            {g.keys.map((k) => <option key={k} value={k}>{i.measureLabel(k)}</option>)}
          </optgroup>
        ))}
      </select>
    </label>
  );
}

export function YearSelect({ value, years, onChange, allowAll }: {
  value: number | null; years: number[]; onChange: (v: number | null) => void; allowAll?: boolean;
}) {
  const i = useI18n();
  return (
    <label>{i.t('year')}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)} data-testid="year-select">
        <option value="">{allowAll ? '—' : `${i.t('latest')}${years.length ? ` (${years[years.length - 1]})` : ''}`}</option>
        {[...years].reverse().map((y) => <option key={y} value={y}>{y}</option>)}
      </select>
    </label>
  );
}

export function LevelSelect({ value, onChange }: { value: LevelGroup | null; onChange: (v: LevelGroup | null) => void }) {
  const i = useI18n();
  return (
    <label>{i.t('level')}
      <select value={value ?? ''} onChange={(e) => onChange(isLevelGroup(e.target.value) ? e.target.value : null)} data-testid="level-select">
        <option value="">{i.t('allLevels')}</option>
        {Object.keys(LEVEL_GROUPS).map((g) => <option key={g} value={g}>{i.levelGroup(g)}</option>)}
      </select>
    </label>
  );
}

export function QueryNote({ error, empty }: { error: string | Problem | null; empty?: boolean }) {
  const i = useI18n();
  // Not a failure: a national dataset asks for a region before it loads any province's reports.
  if (error && typeof error === 'object' && error.code === 'data_needs_region') {
    return <p role="status" className="needs-region" data-testid="needs-region">{problemText(error, i.lang)}</p>;
  }
  if (error) return <p role="alert" className="error">{i.t('queryError')}{typeof error === 'string' ? error : problemText(error, i.lang)}</p>;
  if (empty) return <p className="empty">{i.t('noRows')}</p>;
  return null;
}
