// A page with only the import view and a recording dataset sink: lets the import E2E tests and
// `npm run bench:import` drive the worker without the rest of the app.
import { createRoot } from 'react-dom/client';
import { ImportView } from '../../src/app/import/ImportView';
import { setDatasetSink } from '../../src/app/import/datasetBridge';
import { extractFiles } from '../../src/app/import/extractClient';
import type { DatasetRows } from '../../src/data/rows';

const loaded: DatasetRows = { reports: [], metrics: [], requests: [], findings: [] };
setDatasetSink({
  loadUserRows(rows) {
    for (const k of Object.keys(loaded) as (keyof DatasetRows)[]) (loaded[k] as unknown[]).push(...rows[k]);
  },
  removeUserReports(ids) {
    const gone = new Set(ids);
    for (const k of Object.keys(loaded) as (keyof DatasetRows)[]) {
      (loaded[k] as { report_id: string }[]) = (loaded[k] as { report_id: string }[]).filter((r) => !gone.has(r.report_id));
    }
  },
});
Object.assign(window, { __loaded: loaded, __extractFiles: extractFiles });
createRoot(document.getElementById('root')!).render(<ImportView />);
