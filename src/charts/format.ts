// Number formatting shared by charts and tables. A missing figure is "not reported", never 0.
export interface ValueFormat {
  /** 'percent' values are already ×100. */
  display: 'number' | 'percent' | 'ratio';
  notReported: string;
  locale: string;
}

export function formatValue(v: unknown, f: ValueFormat): string {
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return f.notReported;
  const n = Number(v);
  if (f.display === 'percent') return `${n.toLocaleString(f.locale, { maximumFractionDigits: 1 })}%`;
  if (f.display === 'ratio') return n.toLocaleString(f.locale, { maximumFractionDigits: 2 });
  return n.toLocaleString(f.locale, { maximumFractionDigits: 2 });
}
