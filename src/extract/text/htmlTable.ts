// An HTML table as a rectangular grid of cell texts. colspan adds empty cells after the cell,
// rowspan carries the cell's text down into the rows it covers, so every row has the same width and
// a value stays under its column header — what the table parsers need from a `a | b | c` line.
// Bounded: spans are cut to HTML's own limits, to MAX_GRID_COLUMNS and to a budget of MAX_GRID_CELLS
// filled slots per table, and a grid larger than that is not padded; every cut is counted in `cuts`.
import type { HElement } from './htmlParse';
import type { InputCuts } from './inputCuts';

export interface TableParts {
  captions: HElement[];
  rows: HElement[][]; // cells of each row, in order
  /** text or elements found directly in the table outside any cell (browsers show them before it) */
  strays: (HElement | string)[];
}

/** HTML's own limits (browsers clamp larger values to these). */
const HTML_MAX_COLSPAN = 1000;
const HTML_MAX_ROWSPAN = 65534;
/** No span reaches past this column (no report's table is near this wide). */
export const MAX_GRID_COLUMNS = 100;
/** Slots all spans of one table may fill, and the largest grid padded to a rectangle. */
export const MAX_GRID_CELLS = 200_000;

export function tableParts(table: HElement): TableParts {
  const parts: TableParts = { captions: [], rows: [], strays: [] };
  let implicitRow: HElement[] | null = null; // cells written without a <tr>
  const visit = (el: HElement, depth: number) => {
    for (const child of el.children) {
      if (typeof child === 'string') {
        if (child.trim()) parts.strays.push(child);
        continue;
      }
      const tag = child.tag;
      if (tag === 'tr') {
        implicitRow = null;
        parts.rows.push(child.children.filter(isCell));
      } else if (tag === 'td' || tag === 'th') {
        if (!implicitRow) {
          implicitRow = [];
          parts.rows.push(implicitRow);
        }
        implicitRow.push(child);
      } else if ((tag === 'tbody' || tag === 'thead' || tag === 'tfoot') && depth === 0) {
        visit(child, depth + 1);
      } else if (tag === 'caption') {
        parts.captions.push(child);
      } else if (tag === 'colgroup' || tag === 'col') {
        // widths only
      } else {
        parts.strays.push(child);
      }
    }
  };
  visit(table, 0);
  return parts;
}

function isCell(n: HElement | string): n is HElement {
  return typeof n !== 'string' && (n.tag === 'td' || n.tag === 'th');
}

function spanAttr(cell: HElement, name: string): number | null {
  const raw = cell.attrs[name];
  if (raw === undefined) return null;
  const v = parseInt(raw, 10);
  return Number.isFinite(v) ? v : null;
}

/** Lays cell texts out on a grid; `texts[r][i]` is the text of cell i of row r. */
export function layoutGrid(rows: HElement[][], texts: string[][], cuts?: InputCuts): string[][] {
  const grid: (string | undefined)[][] = rows.map(() => []);
  let budget = MAX_GRID_CELLS;
  for (let r = 0; r < rows.length; r++) {
    let c = 0;
    const line = grid[r];
    rows[r].forEach((cell, i) => {
      while (line[c] !== undefined) c++;
      const askedCol = Math.max(spanAttr(cell, 'colspan') ?? 1, 1);
      const rawRowspan = spanAttr(cell, 'rowspan') ?? 1;
      const askedRow = Math.max(rawRowspan, 1);
      let colspan = Math.max(1, Math.min(askedCol, HTML_MAX_COLSPAN, MAX_GRID_COLUMNS - c));
      // rowspan=0 means "to the end of the table"; spans never add rows the table does not have
      let rowspan = Math.min(rawRowspan === 0 ? rows.length - r : Math.min(askedRow, HTML_MAX_ROWSPAN), rows.length - r);
      let cut = colspan < askedCol || askedRow > HTML_MAX_ROWSPAN;
      // beyond the last column nothing spans (so no row is wider than the columns plus its own
      // cells); and all spans of a table together fill at most the budget
      if (colspan * rowspan > 1 && (c >= MAX_GRID_COLUMNS || colspan * rowspan > budget)) {
        colspan = 1;
        rowspan = 1;
        cut = true;
      }
      budget -= colspan * rowspan;
      if (cut && cuts) {
        cuts.spanCells++;
        cuts.maxColspan = Math.max(cuts.maxColspan, askedCol);
        cuts.maxRowspan = Math.max(cuts.maxRowspan, askedRow);
      }
      for (let dr = 0; dr < rowspan; dr++) {
        const target = grid[r + dr];
        for (let dc = 0; dc < colspan; dc++) {
          if (target[c + dc] === undefined) target[c + dc] = dc === 0 ? texts[r][i] : '';
        }
      }
      c += colspan;
    });
  }
  const width = grid.reduce((w, line) => Math.max(w, line.length), 0);
  if (width * grid.length > MAX_GRID_CELLS) {
    if (cuts) cuts.raggedTables++;
    // only the slots filled (the holes rowspans leave behind would cost memory for nothing)
    return grid.map((line) => line.filter((t): t is string => t !== undefined));
  }
  return grid.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? ''));
}
