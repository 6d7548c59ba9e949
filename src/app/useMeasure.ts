// The measure a chart view plots (Compare, Trends): from the URL's metric (requests received when
// it names nothing known), its minimum base when it is a ratio, and how its values are labelled
// and formatted in the interface language.
import { useMemo } from 'react';
import { measureOf, type Measure } from '../domain/measures';
import type { ValueFormat } from '../charts/format';
import { useI18n } from './i18n';
import type { AppState } from './state/urlState';

export interface MeasureDisplay {
  measure: Measure;
  /** only for ratios: the URL's value or the ratio's default */
  minSize: number | undefined;
  fmt: ValueFormat;
  label: string;
  unit: string;
}

export function useMeasure(state: Pick<AppState, 'metric' | 'minSize'>): MeasureDisplay {
  const i = useI18n();
  return useMemo(() => {
    const measure = measureOf(state.metric) ?? measureOf('requests_received')!;
    return {
      measure,
      minSize: measure.kind === 'ratio' ? state.minSize ?? measure.def.defaultMinSize : undefined,
      fmt: { display: measure.kind === 'ratio' ? measure.def.display : 'number', notReported: i.t('notReported'), locale: i.locale },
      label: i.measureLabel(measure.key),
      unit: i.measureUnit(measure.key),
    };
  }, [state.metric, state.minSize, i]);
}
