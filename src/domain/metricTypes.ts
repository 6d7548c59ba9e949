/** A format era: the national format a report follows (src/domain/eras.ts). */
import type { Era } from './eras';
export type { Era };

export type MetricGroup =
  | 'proactive'
  | 'responses'
  | 'regulatory'
  | 'requests'
  | 'outcomes'
  | 'appeals'
  | 'capacity';

export type MetricUnit =
  | 'items' | 'documents' | 'times' | 'articles' | 'requests' | 'cases' | 'yuan' | 'units'
  | 'points' | 'people' | 'person-times' | 'decisions' | 'projects';

export interface MetricDef {
  key: string;
  labelZh: string;
  labelEn: string;
  unit: MetricUnit;
  /** Eras whose standard table carries this metric. */
  eras: readonly Era[];
  /** Whether the figure may also come from prose (any era). */
  prose: boolean;
  /** Where in a report the figure is found (from metrics.tsv). */
  where: string;
  group: MetricGroup;
  /** Whether adding the figure across agencies gives a meaningful total. */
  summable: boolean;
  /** Report years from which the concept behind the key changes (charts mark the break). */
  breaks: readonly number[];
  /** Why the concept changes at `breaks`, in English and in Chinese. */
  breakNote: string | null;
  breakNoteZh: string | null;
}
