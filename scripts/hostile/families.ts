// Pathological documents for the hostile-input benchmark and tests (issue 13): each family is a shape
// of input that once made a parser slow or its memory explode. All invented; deterministic for a
// given size and seed.
export const HOSTILE_FAMILIES = [
  'deep-nesting',
  'deep-tables',
  'huge-spans',
  'digit-runs',
  'pipe-lines',
  'random-noise',
  'unclosed-cells',
  'giant-line',
] as const;
export type HostileFamily = (typeof HOSTILE_FAMILIES)[number];

const enc = new TextEncoder();

/** `head + unit × k + tail`, k chosen so the UTF-8 size is about `bytes`. */
function repeatTo(bytes: number, head: string, unit: string, tail = ''): string {
  const fixed = enc.encode(head + tail).length;
  const k = Math.max(1, Math.floor((bytes - fixed) / enc.encode(unit).length));
  return head + unit.repeat(k) + tail;
}

/** A small linear congruential generator: the same seed gives the same noise. */
function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

// (every family carries enough report words and sentences to be read as a report, so that the
// hostile part reaches the table and prose parsers, not just the classifier)
const TITLE = '<html><body><h1>某某街道办事处2021年政府信息公开工作年度报告</h1><p>本机关依法主动公开政府信息，办理政府信息公开申请。</p>';
const NOISE_ALPHABET = '0123456789 |/<>-—()（）.\n\t年月日件条万元申请公开政府信息总计自然人行政复议诉讼表三四td';

export function hostileDocument(family: HostileFamily, bytes: number, seed = 1): string {
  switch (family) {
    case 'deep-nesting':
      // <div><div><div>… never closed: depth grows with the size (200,000 levels per MB)
      return repeatTo(bytes, TITLE, '<div>本年新收申请12件。', '</body></html>');
    case 'deep-tables':
      // a table in a cell of a table in a cell …
      return repeatTo(bytes, TITLE, '<table><tr><td>本年新收申请</td><td>12', '</body></html>');
    case 'huge-spans':
      // every cell spans 1,000 columns and 1,000 rows (beyond any sane grid)
      return repeatTo(bytes, `${TITLE}<table>`, '<tr><td colspan="1000" rowspan="1000">本年新收申请</td><td rowspan="1000">12</td></tr>', '</table></body></html>');
    case 'digit-runs': {
      // table labels followed by endless runs of digits (run-together cells with no end)
      const rnd = lcg(seed);
      const run = Array.from({ length: 4000 }, () => String(Math.floor(rnd() * 10))).join('');
      // (a paragraph between the runs keeps the text Chinese enough to be read as a report)
      const prose = '本机关依法办理政府信息公开申请，'.repeat(40);
      return repeatTo(bytes, '2021年政府信息公开工作年度报告\n政府信息公开情况统计表\n', `收到申请数 ${run}\n${prose}\n本年新收政府信息公开申请数量 ${run}\n${prose}\n`);
    }
    case 'pipe-lines': {
      // long runs of lines that are nothing but cells; line length grows with the size (30,000 lines)
      const lines = 30_000;
      const cells = Math.max(1, Math.floor((bytes / lines - 30) / 4));
      return `2021年政府信息公开工作年度报告\n${Array.from({ length: lines }, (_, i) => `| 本年新收申请数量 | ${`${i % 10} | `.repeat(cells)}`).join('\n')}\n`;
    }
    case 'random-noise': {
      const rnd = lcg(seed);
      const chars = [...NOISE_ALPHABET];
      const out: string[] = [];
      let n = 0;
      while (n < bytes) {
        const c = chars[Math.floor(rnd() * chars.length)];
        out.push(c);
        n += c.charCodeAt(0) < 0x80 ? 1 : 3;
      }
      return '2021年政府信息公开工作年度报告\n' + out.join('');
    }
    case 'unclosed-cells':
      // one row of cells none of which is closed
      return repeatTo(bytes, `${TITLE}<table><tr>`, '<td>自然人1', '</table></body></html>');
    case 'giant-line':
      // one line, no breaks: report words, cells and numbers run together
      return repeatTo(bytes, '2021年政府信息公开工作年度报告', '一、本年新收政府信息公开申请数量 12 | 3 | 0 | 自然人 总计 1234 件 ');
  }
}
