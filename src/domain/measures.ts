// A measure is what a chart plots: a catalogue metric, or a ratio of catalogue metrics. Ratios are
// only ranked when their denominator reaches a minimum size (2 of 3 granted is not "67%").
import { metricDef, isMetricKey, METRICS } from './metrics';
import type { MetricDef, MetricGroup } from './metricTypes';

export interface RatioDef {
  key: string;
  labelZh: string;
  labelEn: string;
  /** Parts summed; each part lists alternative keys (the 2019+ key first, then the 2008 one). */
  numerator: readonly (readonly string[])[];
  denominator: readonly (readonly string[])[];
  /** 'percent': shown ×100 with %; 'ratio': a plain quotient. */
  display: 'percent' | 'ratio';
  defaultMinSize: number;
  group: MetricGroup;
}

export const RATIOS: readonly RatioDef[] = [
  { key: 'ratio_share_granted', labelZh: '公开比例（予以公开 ÷ 办理总数）', labelEn: 'Share granted (granted ÷ handled)',
    numerator: [['outcome_granted', 'answered_granted']], denominator: [['outcome_total', 'requests_answered']],
    display: 'percent', defaultMinSize: 10, group: 'outcomes' },
  { key: 'ratio_correction_rate', labelZh: '复议诉讼纠错率', labelEn: 'Correction rate (reconsiderations and lawsuits)',
    numerator: [['reconsideration_corrected'], ['litigation_corrected']], denominator: [['reconsideration_total'], ['litigation_total']],
    display: 'percent', defaultMinSize: 5, group: 'appeals' },
  { key: 'ratio_requests_per_staff', labelZh: '人均申请数（收到申请 ÷ 工作人员）', labelEn: 'Requests per staff member',
    numerator: [['requests_received']], denominator: [['staff_total']], display: 'ratio', defaultMinSize: 1, group: 'capacity' },
  { key: 'ratio_attendees_per_session', labelZh: '每期培训人次', labelEn: 'Attendees per training session',
    numerator: [['training_attendees']], denominator: [['training_sessions']], display: 'ratio', defaultMinSize: 1, group: 'capacity' },
];

export type Measure =
  | { kind: 'metric'; key: string; def: MetricDef }
  | { kind: 'ratio'; key: string; def: RatioDef };

export function ratioDef(key: string): RatioDef | undefined {
  return RATIOS.find((r) => r.key === key);
}

/** The measure for a key from the URL or a menu, or undefined for anything else. */
export function measureOf(key: string): Measure | undefined {
  if (isMetricKey(key)) return { kind: 'metric', key, def: metricDef(key)! };
  const r = ratioDef(key);
  return r ? { kind: 'ratio', key, def: r } : undefined;
}

/** Every metric key a measure reads. */
export function measureKeys(m: Measure): string[] {
  if (m.kind === 'metric') return [m.key];
  return [...new Set([...m.def.numerator.flat(), ...m.def.denominator.flat()])];
}

/** Report years where the concept behind a measure changes. */
export function measureBreaks(m: Measure): number[] {
  const keys = measureKeys(m);
  return [...new Set(keys.flatMap((k) => [...(metricDef(k)?.breaks ?? [])]))].sort((a, b) => a - b);
}

export const MEASURE_GROUPS: readonly MetricGroup[] = ['requests', 'outcomes', 'appeals', 'proactive', 'responses', 'regulatory', 'capacity'];

export function measuresByGroup(): { group: MetricGroup; keys: string[] }[] {
  return MEASURE_GROUPS.map((group) => ({
    group,
    keys: [...METRICS.filter((m) => m.group === group).map((m) => m.key as string), ...RATIOS.filter((r) => r.group === group).map((r) => r.key)],
  }));
}
