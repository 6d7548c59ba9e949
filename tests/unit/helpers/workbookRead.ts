// Reads a written workbook back with exceljs, as an inspector's spreadsheet program would see it:
// each sheet's cells as plain values (number, text, or null for an empty cell), its frozen rows and
// merged ranges.
import ExcelJS from 'exceljs';

export interface ReadSheet {
  name: string;
  /** rows from 1, each cell from column 1: number | string | null */
  rows: (number | string | null)[][];
  frozenRows: number;
  numFmt: (row: number, col: number) => string | undefined;
  merges: string[];
  width: (col: number) => number | undefined;
}

export async function readWorkbook(bytes: Uint8Array): Promise<ReadSheet[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: (number | string | null)[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const out: (number | string | null)[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const v = ws.getRow(r).getCell(c).value;
        out.push(v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'string' ? v : String(v));
      }
      rows.push(out);
    }
    const view = ws.views[0] as { state?: string; ySplit?: number } | undefined;
    return {
      name: ws.name, rows, frozenRows: view?.state === 'frozen' ? view.ySplit ?? 0 : 0,
      numFmt: (r, c) => ws.getRow(r).getCell(c).numFmt,
      merges: (ws.model as unknown as { merges: string[] }).merges ?? [],
      width: (c) => ws.getColumn(c).width,
    };
  });
}
