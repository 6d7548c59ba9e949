// The files being read, one row each with its progress, in a scrolling box; the list says how many
// are read of how many (data-total / data-done, which tests and the benchmark read instead of counting
// rows). Rows are memoised: a county's 2,000 files re-render only the rows whose status changed; rows
// out of view are neither laid out nor painted (content-visibility); a long list is drawn a slice per
// frame (useGrowing).
import { memo, useMemo } from 'react';
import { useI18n } from '../i18n';
import type { QueuedFile } from './useImportQueue';
import { useGrowing } from './useGrowing';

/** From this many files the list scrolls in a box of this height instead of growing with the page. */
const BOX_FROM = 12;
const BOX_PX = 320;
/** rows drawn per frame (useGrowing) */
const STEP = 200;

const FileRow = memo(function FileRow({ f }: { f: QueuedFile }) {
  const i = useI18n();
  return (
    <li data-testid="file-row" data-status={f.status} data-name={f.name} style={{ contentVisibility: 'auto', containIntrinsicSize: 'auto 24px' }}>
      <span>{f.name}</span>{' '}
      <progress max={f.status === 'done' ? 1 : f.total || 1} value={f.status === 'done' ? 1 : f.done} />{' '}
      <small>
        {f.status === 'waiting' ? i.t('import.waiting')
          : f.status === 'done' ? `${i.t('import.finished')} · ${f.docs} ${i.t('import.documents')}`
            : f.stage === 'pages' ? `${f.done}/${f.total} ${i.t('import.pages')}`
              : f.stage === 'extracting' ? i.t('import.extracting') : i.t('import.reading')}
      </small>
    </li>
  );
});

export function ReadingList({ files, onCancel }: { files: readonly QueuedFile[]; onCancel: () => void }) {
  const i = useI18n();
  const done = useMemo(() => files.reduce((n, f) => n + (f.status === 'done' ? 1 : 0), 0), [files]);
  const shown = useGrowing(files.length, STEP);
  return (
    <div className="import-files">
      <h3>{i.t('import.files')} <small data-testid="file-count">{done}/{files.length} {i.t('import.finished')}</small></h3>
      {done < files.length && (
        <button type="button" data-testid="cancel-reading" onClick={onCancel}>{i.t('import.cancelReading')}</button>
      )}
      <ul data-testid="file-list" data-total={files.length} data-done={done}
        style={files.length >= BOX_FROM ? { maxHeight: BOX_PX, overflowY: 'auto' } : undefined}>
        {(shown < files.length ? files.slice(0, shown) : files).map((f) => <FileRow key={f.id} f={f} />)}
      </ul>
    </div>
  );
}
