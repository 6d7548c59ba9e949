// An HTML table as a rectangular grid of cell texts. colspan adds empty cells after the cell,
// rowspan carries the cell's text down into the rows it covers, so every row has the same width and
// a value stays under its column header — what the table parsers need from a `a | b | c` line.
import type { HElement } from './htmlParse';

export interface TableParts {
  captions: HElement[];
  rows: HElement[][]; // cells of each row, in order
  /** text or elements found directly in the table outside any cell (browsers show them before it) */
  strays: (HElement | string)[];
}

const MAX_COLSPAN = 100;
const MAX_ROWSPAN = 1000;

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
export function layoutGrid(rows: HElement[][], texts: string[][]): string[][] {
  const grid: (string | undefined)[][] = rows.map(() => []);
  for (let r = 0; r < rows.length; r++) {
    let c = 0;
    const line = grid[r];
    rows[r].forEach((cell, i) => {
      while (line[c] !== undefined) c++;
      const colspan = Math.min(Math.max(spanAttr(cell, 'colspan') ?? 1, 1), MAX_COLSPAN);
      const rawRowspan = spanAttr(cell, 'rowspan') ?? 1;
      // rowspan=0 means "to the end of the table"; spans never add rows the table does not have
      const rowspan = Math.min(rawRowspan === 0 ? rows.length - r : Math.max(rawRowspan, 1), rows.length - r, MAX_ROWSPAN);
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
  return grid.map((line) => Array.from({ length: width }, (_, c) => line[c] ?? ''));
}
