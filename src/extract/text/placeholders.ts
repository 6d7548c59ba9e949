// Placeholders left where a template expects the agency, year or figures: `xxxx年`, `xx街道`,
// `xxx条`, `xx.x%`, `××`. Shared by the classifier (a template is not a report) and the checks
// (placeholder text instead of figures). Runs on normalised text, so full-width Ｘ is already X.
import type { NormalizedDoc } from '../types';

export interface Placeholder {
  /** 1-based line in the normalised text */
  line: number;
  /** the placeholder as written, e.g. `xxxx年` */
  text: string;
}

/** Units and suffixes a placeholder run stands in front of (a count, a date part, a place). */
const AFTER =
  '年|月|日|条|件|个|人|名|次|篇|期|项|份|家|起|宗|万|元|天|号|' +
  '街道|社区|镇|乡|村|县|市|区|省|局|委|办|厅|部|处|科|所|站|中心|单位|部门|政府';

// A run of x/X/× not glued to other Latin letters or digits (so `box条`, `0x年`, `Max` never count).
const RUN = '(?<![A-Za-z0-9_])[xX×]{1,6}';
const PATTERNS: RegExp[] = [
  new RegExp(`${RUN}(?:\\.[xX×]{1,3})?%`, 'g'), // xx.x%, xx%
  new RegExp(`${RUN}(?:${AFTER})`, 'g'), // xxxx年, xx街道, xxx条, x省
  /××+/g, // ×× on its own (names, numbers)
  /(?<![A-Za-z])[xX]{3,}(?![A-Za-z])/g, // XXX as a bare stand-in
  /[○〇]{2,}(?=街道|社区|镇|乡|村|县|市|区|局)/g, // ○○街道 (a 〇 before 年 is a numeral: 二〇二〇年)
  /某某(?=街道|社区|镇|乡|村|县|市|区|局|单位|部门)/g,
];

/** Every placeholder, in line order, each occurrence once. */
export function findPlaceholders(doc: NormalizedDoc): Placeholder[] {
  const found: Placeholder[] = [];
  doc.lines.forEach((line, i) => {
    if (!/[xX×○〇某]/.test(line)) return;
    const seen: [number, number][] = [];
    const onLine: { start: number; text: string }[] = [];
    for (const re of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        const start = m.index;
        const end = start + m[0].length;
        // patterns overlap (`××年` matches two of them): keep the first that covers a spot
        if (seen.some(([s, e]) => start < e && end > s)) continue;
        seen.push([start, end]);
        onLine.push({ start, text: m[0] });
      }
    }
    onLine.sort((a, b) => a.start - b.start);
    for (const p of onLine) found.push({ line: i + 1, text: p.text });
  });
  return found;
}
