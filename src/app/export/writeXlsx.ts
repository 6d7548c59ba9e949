// The one place exceljs writes a workbook (WorkbookSpec → .xlsx bytes). Loaded with import() only
// when the user asks for a workbook, so exceljs is its own chunk and never slows the first page.
import ExcelJS from 'exceljs';
import { headerRows, rowsAboveData, type ColumnFormat, type SheetSpec, type WorkbookSpec } from './workbookSpec';

const NUMBER_FORMATS: Record<ColumnFormat, string | undefined> = {
  text: undefined, integer: '#,##0', decimal: '#,##0.00', percent: '0.0%',
};

function addSheet(wb: ExcelJS.Workbook, s: SheetSpec) {
  const above = rowsAboveData(s);
  const ws = wb.addWorksheet(s.name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: above }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${above - headerRows(s) + 1}:${above}` },
  });
  const n = Math.max(1, s.columns.length);
  ws.columns = s.columns.map((c) => ({ width: c.width }));
  ws.getCell(1, 1).value = s.title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(2, 1).value = s.source;
  ws.getCell(2, 1).font = { italic: true, size: 9, color: { argb: 'FF555555' } };
  ws.getCell(2, 1).alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(2).height = Math.min(120, 15 * Math.ceil(s.source.length / Math.max(20, s.columns.reduce((w, c) => w + c.width, 0) / 1.6)));
  if (n > 1) { ws.mergeCells(1, 1, 1, n); ws.mergeCells(2, 1, 2, n); }

  const two = headerRows(s) === 2;
  const top = 3;
  s.columns.forEach((c, k) => {
    const col = k + 1;
    if (two) {
      ws.getCell(top, col).value = c.group ?? c.header;
      ws.getCell(top + 1, col).value = c.header;
    } else {
      ws.getCell(top, col).value = c.header;
    }
  });
  if (two) {
    // a run of columns under one group: merged across; a column whose group is its own header: merged down
    for (let k = 0; k < s.columns.length;) {
      const g = s.columns[k].group;
      let end = k;
      while (g && end + 1 < s.columns.length && s.columns[end + 1].group === g) end++;
      if (!g || (g === s.columns[k].header && end === k)) ws.mergeCells(top, k + 1, top + 1, k + 1);
      else if (end > k) ws.mergeCells(top, k + 1, top, end + 1);
      k = end + 1;
    }
  }
  for (let r = top; r < above + 1; r++) {
    const row = ws.getRow(r);
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (let col = 1; col <= n; col++) {
      row.getCell(col).border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
      row.getCell(col).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
    }
  }

  s.rows.forEach((cells, r) => {
    const row = ws.getRow(above + 1 + r);
    cells.forEach((v, k) => {
      if (v === null) return; // not reported: the cell stays empty
      const cell = row.getCell(k + 1);
      cell.value = v;
      const f = NUMBER_FORMATS[s.columns[k]?.format ?? 'text'];
      if (typeof v === 'number' && f) cell.numFmt = f;
      if (typeof v === 'string' && s.columns[k]?.format !== 'text') cell.alignment = { horizontal: 'center' };
    });
  });
}

export async function workbookBytes(spec: WorkbookSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nianbao';
  // a fixed date: the same spec gives the same workbook (the export date is in each source row)
  wb.created = new Date(0);
  wb.modified = new Date(0);
  const used = new Set<string>();
  for (const s of spec.sheets) {
    let name = s.name;
    for (let k = 2; used.has(name); k++) name = `${s.name.slice(0, 28)} ${k}`;
    used.add(name);
    addSheet(wb, { ...s, name });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
