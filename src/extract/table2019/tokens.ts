// Table text → label and value tokens, whatever the layout: one cell per line (with or without blank
// lines and lone `|` lines), markdown rows, space- or tab-separated rows, and rows whose cells ran
// together (`规章007规范性文件…`). Separators are only hints: a value token remembers whether a
// separator preceded it (`sep`), so run-together digits can be split later by the tables' sums.

export type ValueKind = 'num' | 'blank' | 'na';

export interface ValueTok {
  t: 'value';
  kind: ValueKind;
  /** the cell as printed ('' for a blank) */
  raw: string;
  line: number;
  /** a separator (space, tab, pipe, line break) came before this value */
  sep: boolean;
}

export interface LabelTok {
  t: 'label';
  text: string;
  line: number;
}

/** Markdown/tab rows are bracketed so a row's own label cell can be told from text around it. */
export interface RowTok {
  t: 'rowStart' | 'rowEnd';
  line: number;
}

export type Tok = ValueTok | LabelTok | RowTok;

export interface Pos {
  /** 0-based line index */
  line: number;
  col: number;
}

// Page footers of PDF conversions (— 3 —, - 3 -, 第 3 页, 第3页 共9页).
const FOOTER = /^\s*(?:[—–\-－]+\s*\d{1,3}\s*[—–\-－]+|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?)\s*$/;
const MD_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const ONLY_PIPES = /^[\s|]*$/;
const NA_CELL = /^(?:\/|／|—+|－+|–+|-+|不适用|无此项)$/;
const NUM_CELL = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:万元|元|万)?$/;
const HEADING_HASHES = /^\s*#+\s*/;
// a CJK character other than the units a value may carry (元, 万) and the words 不适用/无此项
const HAS_CJK_LETTER = /[\u4e00-\u4e06\u4e08-\u5142\u5144-\u9fff]/;

/** Tokens of the text between `from` (inclusive) and `to` (exclusive). */
export function tokenize(lines: readonly string[], from: Pos, to: Pos): Tok[] {
  const out: Tok[] = [];
  const last = Math.min(to.line, lines.length - 1);
  let afterLonePipe = false;
  for (let i = from.line; i <= last; i++) {
    let text = lines[i];
    if (i === to.line) text = text.slice(0, to.col);
    if (i === from.line) text = text.slice(from.col);
    if (text.trim().length === 0) continue;
    // One cell per line with a lone `|` after each cell: a `|` right after another closes an empty cell.
    if (text.trim() === '|') {
      if (afterLonePipe) out.push({ t: 'value', kind: 'blank', raw: '', line: i + 1, sep: true });
      afterLonePipe = true;
      continue;
    }
    afterLonePipe = false;
    // cheap guards first: most lines are neither footers nor markdown separators
    const dash = text.includes('-') || text.includes('—') || text.includes('–') || text.includes('－');
    if ((dash || text.includes('页')) && FOOTER.test(text)) continue;
    if (dash && MD_SEPARATOR.test(text)) continue;
    if (text.includes('|')) {
      if (ONLY_PIPES.test(text)) continue; // lone `|` lines separate cells, nothing more
      const trimmed = text.trim();
      const pipes = countPipes(trimmed);
      if (trimmed.startsWith('|') || pipes >= 2) {
        let cells = trimmed.split('|');
        if (trimmed.startsWith('|')) cells = cells.slice(1);
        if (trimmed.endsWith('|')) cells = cells.slice(0, -1);
        cellRow(cells, i + 1, out);
        continue;
      }
    }
    if (text.includes('\t')) {
      cellRow(text.split('\t'), i + 1, out);
      continue;
    }
    freeText(text.replace(HEADING_HASHES, ''), i + 1, out);
  }
  return out;
}

function countPipes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 124) n++;
  return n;
}

/** A cell that holds only values: numbers (several if space-separated), `/`, `—`. */
function valueParts(cell: string): string[] | null {
  const t = cell.trim();
  if (t === '') return null;
  if (NA_CELL.test(t)) return [t];
  if (HAS_CJK_LETTER.test(t)) return null;
  const parts = t.split(/\s+/);
  for (const p of parts) if (!NUM_CELL.test(p) && !NA_CELL.test(p)) return null;
  return parts;
}

function cellRow(cells: string[], line: number, out: Tok[]): void {
  const parts = cells.map(valueParts);
  // Everything up to the last label cell is label (a blank there is layout, not a cell).
  let lastLabel = -1;
  for (let k = 0; k < cells.length; k++) if (parts[k] === null && cells[k].trim() !== '') lastLabel = k;
  out.push({ t: 'rowStart', line });
  for (let k = 0; k < cells.length; k++) {
    const p = parts[k];
    if (k <= lastLabel) {
      if (p === null && cells[k].trim() !== '') out.push({ t: 'label', text: cells[k].trim(), line });
      continue;
    }
    if (p === null) {
      out.push({ t: 'value', kind: 'blank', raw: '', line, sep: true });
      continue;
    }
    for (const raw of p) out.push({ t: 'value', kind: NA_CELL.test(raw) ? 'na' : 'num', raw, line, sep: true });
  }
  out.push({ t: 'rowEnd', line });
}

// Free text: numbers, list numbers glued to the next label (`00000002.其他法律…` is `0000000` then
// `2.其他法律…`), numbers that belong to prose (`2020年`, `16 件`, `100%`), brackets (always label).
const NUMBER_AT = /[+-]?\d+(?:,\d{3})*(?:\.\d+)?(?:万元|元|万(?![\u4e00-\u9fff]))?/y;
const UNIT_AFTER = /\s*[年月日件条个项人次页号%‰起宗例家份篇期名户]/y;
// A count with its unit followed at once by the next number (`1个246900元`: 采购项目数量 then
// 采购总金额) is a table cell that prints its unit, not a count in prose: prose puts words between.
const CELL_UNIT_AFTER = /[个项件](?=\s*[+-]?\d)/y;
const LIST_STOP = /[.、．]\s*[^\d\s.、．]/y;
const BRACKET_AT = /[(（][^()（）\n]{0,80}[)）]/y;
const NA_AT = /(?:\/|／|—+|－+|–+|-+)(?=\s|$)/y;
const MONEY_END = /[元万]$/;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 0x3000;
}

// Scanner state of freeText, kept outside the function so the hot loop allocates no closures.
let label = '';
let sepBefore = true;

function flushLabel(line: number, out: Tok[]): void {
  const t = label.trim();
  if (t) out.push({ t: 'label', text: t, line });
  label = '';
}

function pushValue(kind: ValueKind, raw: string, line: number, out: Tok[]): void {
  flushLabel(line, out);
  out.push({ t: 'value', kind, raw, line, sep: sepBefore });
  sepBefore = false;
}

function freeText(text: string, line: number, out: Tok[]): void {
  label = '';
  sepBefore = true; // a line break precedes the first token of a line
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (label) label += ' ';
      sepBefore = true;
      i++;
      continue;
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    const signed = (c === 45 || c === 43) && i + 1 < n && isDigit(text.charCodeAt(i + 1));
    // A sign starts a number after a separator or after digits (`2648-185`), not inside a word.
    if (isDigit(c) || (signed && (isSpace(prev) || isDigit(prev) || i === 0 || prev === 124))) {
      NUMBER_AT.lastIndex = i;
      const m = NUMBER_AT.exec(text);
      if (m) {
        let raw = m[0];
        let end = i + raw.length;
        const money = MONEY_END.test(raw);
        CELL_UNIT_AFTER.lastIndex = end;
        if (!money && CELL_UNIT_AFTER.test(text)) {
          pushValue('num', raw, line, out);
          i = CELL_UNIT_AFTER.lastIndex;
          sepBefore = true; // the unit separates this cell from the next
          continue;
        }
        // A table's last cells run into the prose after it (`…继续办理20000022025年，…`): a digit run
        // longer than a year that ends in a year before 年 is the cells, then the year of the prose.
        if (!money && /^\d{5,}$/.test(raw) && text[end] === '年' && /(?:19|20)\d\d$/.test(raw)) {
          pushValue('num', raw.slice(0, -4), line, out);
          label += text.slice(end - 4, end + 1);
          i = end + 1;
          sepBefore = true;
          continue;
        }
        UNIT_AFTER.lastIndex = end;
        if (!money && UNIT_AFTER.test(text)) {
          // a count in prose or a note (`2020年`, `16 件`), not a cell
          label += text.slice(i, UNIT_AFTER.lastIndex);
          i = UNIT_AFTER.lastIndex;
          sepBefore = true;
          continue;
        }
        LIST_STOP.lastIndex = end;
        if (!money && !raw.includes('.') && LIST_STOP.test(text)) {
          // the last digit numbers the next row label
          raw = raw.slice(0, -1);
          end -= 1;
          if (raw && raw !== '-' && raw !== '+') pushValue('num', raw, line, out);
          label += text[end];
          i = end + 1;
          continue;
        }
        pushValue('num', raw, line, out);
        i = end;
        continue;
      }
    }
    if (c === 40 || c === 0xff08) {
      BRACKET_AT.lastIndex = i;
      const m = BRACKET_AT.exec(text);
      if (m) {
        label += m[0];
        i += m[0].length;
        continue;
      }
    }
    if ((c === 47 || c === 0xff0f || c === 45 || c === 0x2014 || c === 0x2013 || c === 0xff0d) && (isSpace(prev) || i === 0)) {
      NA_AT.lastIndex = i;
      const m = NA_AT.exec(text);
      if (m) {
        pushValue('na', m[0], line, out);
        i += m[0].length;
        continue;
      }
    }
    label += text[i];
    i++;
  }
  flushLabel(line, out);
}
