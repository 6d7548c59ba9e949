// The reports the user added in this browser, with removal.
// A county's 2,000 reports in one table took the page half a second or more to lay out (an automatic
// table measures every cell). So the rows are in blocks of BLOCK rows, each block its own fixed-layout
// table with the same column widths, and a block out of view is neither laid out nor painted
// (content-visibility); rows are memoised, so a change re-renders only what changed; a long list is
// drawn a few blocks per frame (useGrowing).
import { memo, useEffect, useMemo, useRef } from 'react';
import { useI18n } from '../i18n';
import { OriginBadge } from './OriginBadge';
import { useGrowing } from './useGrowing';
import { corrected, type UserReport } from './userReport';

const BLOCK = 50;
/** blocks drawn per frame (useGrowing) */
const BLOCKS_PER_FRAME = 4;
const ROW_PX = 30;
/** From this many reports the list scrolls in a box instead of growing with the page. */
const BOX_FROM = 30;
const WIDTHS = ['30%', '8%', '10%', '32%', '8%', '12%'];
const TABLE_STYLE = { tableLayout: 'fixed', width: '100%' } as const;

function Cols() {
  return <colgroup>{WIDTHS.map((w, k) => <col key={k} style={{ width: w }} />)}</colgroup>;
}

const MineRow = memo(function MineRow({ r, onRemove }: { r: UserReport; onRemove: (id: string) => void }) {
  const i = useI18n();
  const x = corrected(r);
  return (
    <tr data-testid="mine-row" data-report-id={r.reportId}>
      <td>{x.agency ?? '—'} <OriginBadge origin="user" /></td>
      <td>{x.report_year ?? '—'}</td>
      <td>{i.level(x.level)}</td>
      <td style={{ overflowWrap: 'anywhere' }}>{r.file}</td>
      <td>{x.metrics.length}</td>
      <td><button type="button" data-testid="remove-report" onClick={() => onRemove(r.reportId)}>{i.t('import.remove')}</button></td>
    </tr>
  );
});

const Block = memo(function Block({ rows, onRemove }: { rows: readonly UserReport[]; onRemove: (id: string) => void }) {
  return (
    <div style={{ contentVisibility: 'auto', containIntrinsicSize: `auto ${rows.length * ROW_PX}px` }}>
      <table style={TABLE_STYLE}>
        <Cols />
        <tbody>{rows.map((r) => <MineRow key={r.reportId} r={r} onRemove={onRemove} />)}</tbody>
      </table>
    </div>
  );
});

/** `reports` in blocks of `size`, each block a new array only when one of its reports changed
 * (`prev`: the blocks of the last call), so unchanged blocks skip rendering. */
export function blocksOf<T>(reports: readonly T[], size: number, prev: readonly (readonly T[])[] = []): (readonly T[])[] {
  const out: (readonly T[])[] = [];
  for (let k = 0, b = 0; k < reports.length; k += size, b++) {
    const block = reports.slice(k, k + size);
    const old = prev[b];
    out.push(old && old.length === block.length && old.every((r, j) => r === block[j]) ? old : block);
  }
  return out;
}

export const MyReports = memo(function MyReports({ reports, onRemove }: { reports: readonly UserReport[]; onRemove: (id: string) => void }) {
  const i = useI18n();
  const blocks = useBlocks(reports);
  const shown = useGrowing(blocks.length, BLOCKS_PER_FRAME);
  return (
    <div className="import-mine">
      <h3>{i.t('import.mine')}</h3>
      {reports.length === 0 ? <p data-testid="mine-empty">{i.t('import.mineEmpty')}</p> : (
        <div data-testid="mine-table" data-rows={reports.length} style={reports.length >= BOX_FROM ? { maxHeight: 480, overflowY: 'auto' } : undefined}>
          <table style={TABLE_STYLE}>
            <Cols />
            <thead>
              <tr><th>{i.t('import.agency')}</th><th>{i.t('import.year')}</th><th>{i.t('import.level')}</th><th>{i.t('import.file')}</th><th>{i.t('import.figures')}</th><th /></tr>
            </thead>
          </table>
          {blocks.slice(0, shown).map((rows, k) => <Block key={k} rows={rows} onRemove={onRemove} />)}
        </div>
      )}
    </div>
  );
});

function useBlocks(reports: readonly UserReport[]) {
  const last = useRef<(readonly UserReport[])[]>([]);
  const blocks = useMemo(() => blocksOf(reports, BLOCK, last.current), [reports]);
  useEffect(() => { last.current = blocks; }, [blocks]);
  return blocks;
}
