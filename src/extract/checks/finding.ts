// Small shared helpers for the check families: building findings from the registry, reading
// figures by key, and describing a figure for a message (label, value, line).
import { metricDef } from '../../domain/metrics';
import type { Figure, Finding } from '../types';
import { checkDef, type Severity } from '../../domain/checks';

/** A finding's message in both languages: Chinese first (the app's primary language), English second.
 * Numbers, line numbers, metric keys and quoted labels are the same in both. */
export interface Msg { zh: string; en: string }

export function finding(code: string, msg: Msg, metrics: string[], severity?: Severity): Finding {
  return { code, severity: severity ?? checkDef(code)?.severity ?? 'warning', message: msg.zh, message_en: msg.en, metrics };
}

/** Appends a note to both languages of a finding's message. */
export function withNote(f: Finding, note: Msg): Finding {
  return { ...f, message: f.message + note.zh, message_en: f.message_en + note.en };
}

/** Figures by key; the first figure of a key wins (merge already put table figures first). */
export type FigureMap = ReadonlyMap<string, Figure>;

export function figureMap(figures: readonly Figure[]): FigureMap {
  const m = new Map<string, Figure>();
  for (const f of figures) if (!m.has(f.key)) m.set(f.key, f);
  return m;
}

/** A figure is usable in an identity when it is an exact number (not blank, n/a or approximate). */
export function exact(f: Figure | undefined): f is Figure & { state: 'number'; value: number } {
  return f !== undefined && f.state === 'number' && !f.approx;
}

export function labelOf(key: string): string {
  return metricDef(key)?.labelZh ?? key;
}

/** "收到申请数 0 (line 101)" */
export function describe(f: Figure): string {
  return `${shortLabel(f.key)} ${show(f)} (line ${f.source.line})`;
}

/** "收到申请数 0（第101行）" */
export function describeZh(f: Figure): string {
  return `${shortLabel(f.key)} ${showZh(f)}（第${f.source.line}行）`;
}

export function showZh(f: Figure): string {
  if (f.state === 'number') return (f.approx ? '约' : '') + fmtNum(f.value);
  return f.state === 'blank' ? '空白' : '不适用';
}

export function show(f: Figure): string {
  if (f.state === 'number') return (f.approx ? '~' : '') + fmtNum(f.value);
  return f.state === 'blank' ? 'blank' : 'n/a';
}

export function fmtNum(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** The catalogue's Chinese label without the 2019/2021 alternative after " / ". */
export function shortLabel(key: string): string {
  return labelOf(key).split(' / ')[0];
}

export function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

export function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6;
}
