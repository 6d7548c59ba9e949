// A plain, accessible table for a few hundred rows (charts' number tables, findings, figures).
import type { ReactNode } from 'react';

export interface Column<R> {
  key: string;
  label: string;
  render?: (row: R) => ReactNode;
  numeric?: boolean;
  /** long text (messages, excerpts): wraps instead of widening the table */
  wrap?: boolean;
}

export function SimpleTable<R extends object>({ columns, rows, caption, testId, max = 1000 }: {
  columns: Column<R>[]; rows: readonly R[]; caption?: string; testId?: string; max?: number;
}) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table data-testid={testId}>
        {caption && <caption>{caption}</caption>}
        <thead><tr>{columns.map((c) => <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>{c.label}</th>)}</tr></thead>
        <tbody>
          {rows.slice(0, max).map((r, i) => (
            <tr key={i}>{columns.map((c) => (
              <td key={c.key} className={c.numeric ? 'num' : c.wrap ? 'wrap' : undefined}>{c.render ? c.render(r) : String((r as Record<string, unknown>)[c.key] ?? '')}</td>
            ))}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
