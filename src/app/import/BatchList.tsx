// The compact preview of a large batch: one row per document (a county's 2,000 files would be 2,000
// cards), virtualised so only the visible rows are in the page, sortable by column and filterable.
// Clicking a row opens that document's full card (PreviewCard) under the list, where it is corrected,
// added or skipped as in the small-batch preview.
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useI18n } from '../i18n';
import { ROW_COLUMNS, ROW_FILTERS, filterCounts, filterRows, sortRows, type BatchRow, type RowColumn, type RowFilter, type RowSort } from './batchRows';

const ROW_PX = 28;

export function BatchList({ rows, selected, onSelect, card }: {
  rows: readonly BatchRow[];
  selected: string | null;
  onSelect: (key: string | null) => void;
  /** the selected document's card */
  card: ReactNode;
}) {
  const i = useI18n();
  const [filter, setFilter] = useState<RowFilter>('all');
  const [sort, setSort] = useState<RowSort | null>(null);
  const counts = useMemo(() => filterCounts(rows), [rows]);
  const shown = useMemo(() => { const f = filterRows(rows, filter); return sort ? sortRows(f, sort) : f; }, [rows, filter, sort]);
  const parent = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({ count: shown.length, getScrollElement: () => parent.current, estimateSize: () => ROW_PX, overscan: 20 });
  const items = v.getVirtualItems();
  const padTop = items.length ? items[0].start : 0;
  const padBottom = items.length ? v.getTotalSize() - items[items.length - 1].end : 0;
  const toggle = (column: RowColumn) => setSort((s) => (s?.column === column ? { column, desc: !s.desc } : { column, desc: false }));
  const cell = (r: BatchRow, c: RowColumn): string => {
    const value = r[c];
    if (value === null) return '—';
    if (c === 'level') return i.level(String(value));
    if (c === 'era') return i.value('era', value);
    if (c === 'status') return i.t(`batch.status.${r.status}`);
    return String(value);
  };

  return (
    <div className="batch-list" data-testid="batch-list" data-rows={rows.length}>
      <h4>{i.t('batch.list', { n: rows.length })}</h4>
      <div role="group" className="batch-filters">
        {ROW_FILTERS.map((f) => (
          <button key={f} type="button" data-testid={`batch-filter-${f}`} aria-pressed={filter === f} onClick={() => setFilter(f)}>
            {i.t(`batch.filter.${f}`)} ({counts[f]})
          </button>
        ))}
      </div>
      <p><small>{i.t('batch.openHint')}</small></p>
      <div ref={parent} className="virtual-table batch-scroll" style={{ height: 360 }} tabIndex={0} role="region" aria-label={i.t('batch.list', { n: rows.length })}>
        <table data-testid="batch-table" data-shown={shown.length}>
          <thead>
            <tr>{ROW_COLUMNS.map((c) => (
              <th key={c} scope="col" aria-sort={sort?.column === c ? (sort.desc ? 'descending' : 'ascending') : undefined}>
                <button type="button" className="th-sort" data-testid={`batch-sort-${c}`} onClick={() => toggle(c)}>
                  {i.t(`batch.col.${c}`)}{sort?.column === c ? (sort.desc ? ' ▼' : ' ▲') : ''}
                </button>
              </th>
            ))}</tr>
          </thead>
          <tbody>
            {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true"><td colSpan={ROW_COLUMNS.length} /></tr>}
            {items.map((vi) => {
              const r = shown[vi.index];
              return (
                <tr
                  key={r.key} data-testid="batch-row" data-key={r.key} data-name={r.name} data-status={r.status}
                  aria-selected={selected === r.key} className={selected === r.key ? 'batch-row-selected' : undefined}
                  style={{ height: ROW_PX, cursor: 'pointer' }} tabIndex={0}
                  onClick={() => onSelect(selected === r.key ? null : r.key)}
                  onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelect(r.key); } }}
                >
                  {ROW_COLUMNS.map((c) => <td key={c}>{cell(r, c)}</td>)}
                </tr>
              );
            })}
            {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true"><td colSpan={ROW_COLUMNS.length} /></tr>}
          </tbody>
        </table>
        {shown.length === 0 && <p>{i.t('batch.empty')}</p>}
      </div>
      {card && (
        <div className="batch-card" data-testid="batch-card">
          <button type="button" onClick={() => onSelect(null)}>{i.t('batch.close')}</button>
          <ul className="import-preview-list">{card}</ul>
        </div>
      )}
    </div>
  );
}
