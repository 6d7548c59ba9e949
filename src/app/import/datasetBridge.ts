// Where user reports meet the loaded tables. The app's data layer (src/data/index.ts) owns DuckDB;
// this forwards rows to its loadUserRows / removeUserReports. Tests and the benchmark page set
// their own sink instead; the data layer is only imported when nobody did.
import type { DatasetRows } from '../../data/rows';

export interface DatasetSink {
  loadUserRows(rows: DatasetRows): Promise<unknown> | unknown;
  removeUserReports(ids: string[]): Promise<unknown> | unknown;
}

let sink: Promise<DatasetSink> | null = null;

export function setDatasetSink(s: DatasetSink) {
  sink = Promise.resolve(s);
}

function currentSink(): Promise<DatasetSink> {
  sink ??= import('../../data/index').then((d) => ({
    loadUserRows: (rows: DatasetRows) => d.loadUserRows(rows),
    removeUserReports: (ids: string[]) => d.removeUserReports(ids),
  }));
  return sink;
}

export const toDataset = {
  load: async (rows: DatasetRows) => { if (rows.reports.length) await (await currentSink()).loadUserRows(rows); },
  remove: async (ids: string[]) => { if (ids.length) await (await currentSink()).removeUserReports(ids); },
};
