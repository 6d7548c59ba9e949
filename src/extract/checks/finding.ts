// Small shared helpers for the check families: building findings from the registry, reading
// figures by key, and describing a figure for a message (label, value, line).
import { metricDef } from '../../domain/metrics';
import type { Figure, Finding, Severity } from '../types';
import { checkDef } from './registry';

export function finding(code: string, message: string, metrics: string[], severity?: Severity): Finding {
  return { code, severity: severity ?? checkDef(code)?.severity ?? 'warning', message, metrics };
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
