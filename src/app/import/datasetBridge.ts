// Where user reports meet the loaded tables. The app's data layer (src/data/index.ts) owns DuckDB;
// this forwards rows to its loadUserRows / removeUserReports, and the Arrow "parts" the import keeps
// in IndexedDB (so a reload puts the saved reports back without rebuilding their rows) to its
// buildUserRowsPart / loadUserParts / exportUserRows. Tests and the benchmark page set their own sink
// instead (a sink without the part methods gets rows only, and nothing is kept but the records); the
// data layer is only imported when nobody did.
import type { DatasetRows } from '../../data/rows';
import type { UserRowsPart } from '../../data/userTables';

export type { UserRowsPart };

export interface DatasetSink {
  loadUserRows(rows: DatasetRows): Promise<unknown> | unknown;
  removeUserReports(ids: string[]): Promise<unknown> | unknown;
  /** the rows as Arrow (optional, with the two below: without them no part is kept) */
  buildUserRowsPart?(rows: DatasetRows): Promise<UserRowsPart>;
  /** adds parts' rows, then removes `without`; per part, whether it was used (its format is current) */
  loadUserParts?(parts: UserRowsPart[], without: string[]): Promise<boolean[]>;
  /** the user tables as one part */
  exportUserRows?(): Promise<UserRowsPart>;
}

let sink: Promise<DatasetSink> | null = null;

export function setDatasetSink(s: DatasetSink) {
  sink = Promise.resolve(s);
}

function currentSink(): Promise<DatasetSink> {
  sink ??= import('../../data/index').then((d) => ({
    loadUserRows: (rows: DatasetRows) => d.loadUserRows(rows),
    removeUserReports: (ids: string[]) => d.removeUserReports(ids),
    buildUserRowsPart: (rows: DatasetRows) => d.dataset().buildUserRowsPart(rows),
    loadUserParts: (parts: UserRowsPart[], without: string[]) => d.dataset().loadUserParts(parts, without),
    exportUserRows: () => d.dataset().exportUserRows(),
  }));
  return sink;
}

type PartSink = Required<Pick<DatasetSink, 'buildUserRowsPart' | 'loadUserParts' | 'exportUserRows'>>;
const partSink = (s: DatasetSink): PartSink | null =>
  (s.buildUserRowsPart && s.loadUserParts && s.exportUserRows ? s as PartSink : null);

export const toDataset = {
  load: async (rows: DatasetRows) => { if (rows.reports.length) await (await currentSink()).loadUserRows(rows); },
  remove: async (ids: string[]) => { if (ids.length) await (await currentSink()).removeUserReports(ids); },
  /** whether the sink takes parts */
  parts: async () => partSink(await currentSink()) !== null,
  buildPart: async (rows: DatasetRows) => partSink(await currentSink())!.buildUserRowsPart(rows),
  loadParts: async (parts: UserRowsPart[], without: string[]) => partSink(await currentSink())!.loadUserParts(parts, without),
  exportPart: async () => partSink(await currentSink())!.exportUserRows(),
};
