// Downloads a workbook; exceljs (writeXlsx.ts) is fetched only now, as its own chunk.
import { downloadBlob } from '../download';
import type { WorkbookSpec } from './workbookSpec';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function downloadWorkbook(spec: WorkbookSpec): Promise<void> {
  const { workbookBytes } = await import('./writeXlsx');
  const bytes = await workbookBytes(spec);
  downloadBlob(spec.fileName, new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
}
