// TanStack Table for the column model (visibility) with virtualised rows: 100k+ rows scroll because
// only the visible rows are in the DOM, and rows may be fetched page by page (`getRow` returns
// undefined for a row not loaded yet; `onRange` asks for the visible range). Sorting is done by
// the caller in SQL when `onSort` is given.
import { useEffect, useMemo, useRef } from 'react';
import { getCoreRowModel, useReactTable, type ColumnDef, type VisibilityState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';

type Row = Record<string, unknown>;

export function VirtualTable({ columns, hidden = [], rowCount, getRow, onRange, sort, onSort, testId, height = 420 }: {
  columns: string[];
  hidden?: string[];
  rowCount: number;
  getRow: (i: number) => Row | undefined;
  onRange?: (start: number, end: number) => void;
  sort?: { column: string | null; desc: boolean };
  onSort?: (column: string) => void;
  testId?: string;
  height?: number;
}) {
  const defs = useMemo<ColumnDef<Row>[]>(() => columns.map((c) => ({ id: c, header: c, accessorFn: (r: Row) => r[c] })), [columns]);
  const columnVisibility = useMemo<VisibilityState>(() => Object.fromEntries(hidden.map((h) => [h, false])), [hidden]);
  const table = useReactTable({ data: [], columns: defs, state: { columnVisibility }, getCoreRowModel: getCoreRowModel() });
  const visible = table.getVisibleLeafColumns().map((c) => c.id);
  const parent = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({ count: rowCount, getScrollElement: () => parent.current, estimateSize: () => 28, overscan: 20 });
  const items = v.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  useEffect(() => { if (last >= first && onRange) onRange(first, last); }, [first, last, onRange]);
  const padTop = items.length ? items[0].start : 0;
  const padBottom = items.length ? v.getTotalSize() - items[items.length - 1].end : 0;
  const cell = (value: unknown) => (value == null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
  return (
    <div ref={parent} className="virtual-table" style={{ height }} tabIndex={0} role="region" aria-label={testId}>
      <table data-testid={testId} data-rows={rowCount}>
        <thead>
          <tr>{visible.map((id) => {
            const active = sort?.column === id;
            return (
              <th key={id} scope="col" aria-sort={active ? (sort!.desc ? 'descending' : 'ascending') : undefined}>
                {onSort ? (
                  <button type="button" className="th-sort" onClick={() => onSort(id)}>{id}{active ? (sort!.desc ? ' ▼' : ' ▲') : ''}</button>
                ) : id}
              </th>
            );
          })}</tr>
        </thead>
        <tbody>
          {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true"><td colSpan={visible.length} /></tr>}
          {items.map((vi) => {
            const row = getRow(vi.index);
            return (
              <tr key={vi.index} data-index={vi.index} style={{ height: 28 }}>
                {visible.map((id) => <td key={id}>{row ? cell(row[id]) : '…'}</td>)}
              </tr>
            );
          })}
          {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true"><td colSpan={visible.length} /></tr>}
        </tbody>
      </table>
    </div>
  );
}
