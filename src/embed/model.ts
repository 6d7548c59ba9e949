// What an embed shows, whatever its view: one chart (or nothing to draw), the same numbers as a
// table of text cells, a text description of the chart, and what its source line names.
import type { ChartOption } from '../charts/echarts';
import type { ValueFormat } from '../charts/format';
import { measureOf, type Measure } from '../domain/measures';
import type { I18n } from '../app/i18n';

export interface EmbedTable { columns: { key: string; label: string; numeric?: boolean }[]; rows: Record<string, string>[] }

export interface EmbedModel {
  title: string;
  option: ChartOption | null;
  height: number;
  table: EmbedTable;
  /** the chart in words, for screen readers (the chart's aria-describedby) */
  description: string;
  /** the report year(s) shown: "2024" or "2009–2025" */
  years: string;
  agencies: number;
}

export function yearSpan(years: readonly number[]): string {
  if (!years.length) return '';
  const lo = Math.min(...years), hi = Math.max(...years);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

/** The measure of a URL that parseEmbed accepted, and how its values are written (as useMeasure in the app). */
export function measureDisplay(key: string, i: I18n): { measure: Measure; fmt: ValueFormat; label: string; unit: string } {
  const measure = measureOf(key)!;
  return {
    measure,
    fmt: { display: measure.kind === 'ratio' ? measure.def.display : 'number', notReported: i.t('notReported'), locale: i.locale },
    label: i.measureLabel(key),
    unit: i.measureUnit(key),
  };
}

/** "A 30, B 12, C 5": the first few named values, for descriptions. */
export function leaders(items: readonly { name: string; value: string }[], n = 5): string {
  return items.slice(0, n).map((x) => `${x.name} ${x.value}`).join(', ');
}
