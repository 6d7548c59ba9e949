// Finds the catalogue's row labels in a stretch of text. One combined regex finds where the next
// label starts (compiled once); at that position every row's sticky regex is tried and the longest
// match wins, so 同意部分公开 is never read as 同意公开 and the rows of a run-together table keep their
// own cells. The numbering before a label (一、 (一) 1. 其中:) is found by looking back.
import { STAT_ROWS, type CatalogueRow } from './catalogue';

/** Numbering that may precede a label. The list number is one digit so that in run-together text
 * (`2122100372、政府公报…`) only the `2` goes to the label and the rest stays the previous cell. */
const PREFIX_AT_END = new RegExp(
  '(?:其中[:：]\\s*)?(?:[一二三四五六七八九十]{1,2}[、.．]\\s*|[(（][一二三四五六七八九十]{1,2}[)）]\\s*)?' +
    '(?:\\d[、.．]\\s*)?(?:其中[:：]\\s*)?$',
);

/** Label punctuation after normalising may still be full-width in text that skipped normalising. */
function widen(fragment: string): string {
  return fragment.replace(/、/g, '[、,，]').replace(/《/g, '[《<]?').replace(/》/g, '[》>]?');
}

/** The characters a label can start with. The combined regex is an alternation of ~90 labels: a
 * lookahead on their first characters lets the engine skip most positions of a 10 KB report at once. */
function firstChars(src: string): string[] {
  if (src.startsWith('(?:')) {
    let depth = 0;
    let i = 0;
    const alts: string[] = [];
    let from = 3;
    for (; i < src.length; i++) {
      const c = src[i];
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
      else if (c === '|' && depth === 1) {
        alts.push(src.slice(from, i));
        from = i + 1;
      }
    }
    alts.push(src.slice(from, i));
    const out = alts.flatMap(firstChars);
    const rest = src.slice(i + 1);
    if (rest.startsWith('?')) out.push(...firstChars(rest.slice(1)));
    return out;
  }
  if (src.startsWith('[')) return [...src.slice(1, src.indexOf(']'))];
  if (src.startsWith('\\')) return [src[1]];
  return src ? [src[0]] : [];
}

const ROW_RES: ReadonlyArray<{ row: CatalogueRow; re: RegExp; first: string[] }> = STAT_ROWS.map((row) => ({
  row,
  re: new RegExp(widen(row.label), 'y'),
  first: firstChars(widen(row.label)),
}));

/** first character → the rows that can start with it (only those are tried at a position) */
const BY_FIRST = new Map<string, Array<{ row: CatalogueRow; re: RegExp }>>();
for (const r of ROW_RES) {
  for (const c of r.first) {
    if (!BY_FIRST.has(c)) BY_FIRST.set(c, []);
    if (!BY_FIRST.get(c)!.includes(r)) BY_FIRST.get(c)!.push(r);
  }
}

const FIRST = [...new Set(STAT_ROWS.flatMap((r) => firstChars(widen(r.label))))].join('').replace(/[\]\\^-]/g, '\\$&');
const ANY_LABEL = new RegExp(`(?=[${FIRST}])(?:${STAT_ROWS.map((r) => `(?:${widen(r.label)})`).join('|')})`, 'g');

export interface LabelHit {
  row: CatalogueRow;
  /** offset of the first character (numbering included) */
  start: number;
  /** offset just after the label core */
  end: number;
  /** the label core as printed, without numbering */
  core: string;
}

/** All catalogue labels in `text`, left to right, non-overlapping. */
export function findLabels(text: string): LabelHit[] {
  const hits: LabelHit[] = [];
  const re = ANY_LABEL;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const at = m.index;
    let row: CatalogueRow | null = null;
    let end = -1;
    for (const cand of BY_FIRST.get(text[at]) ?? ROW_RES) {
      cand.re.lastIndex = at;
      const r = cand.re.exec(text);
      if (r && at + r[0].length > end) {
        end = at + r[0].length;
        row = cand.row;
      }
    }
    if (!row) {
      re.lastIndex = at + 1;
      continue;
    }
    const floor = Math.max(hits.length ? hits[hits.length - 1].end : 0, at - 10);
    const before = text.slice(floor, at);
    const p = PREFIX_AT_END.exec(before);
    const start = p ? floor + p.index : at;
    hits.push({ row, start, end, core: text.slice(at, end) });
    re.lastIndex = end;
  }
  return hits;
}
