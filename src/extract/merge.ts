// Table figures win over prose: the table's figure is the metric. When the prose states the same
// key with another value, the inspector gets a PROSE-TABLE-MISMATCH naming both numbers and lines.
// Figures are compared in the catalogue's units (money in yuan: both parsers convert 万元), and a
// prose figure the report itself qualifies (余, 约, 近) only disagrees when it falls outside the
// range its qualifier allows. Prose figures for keys the table lacks are kept, and so are prose
// figures for keys whose table cell is marked n/a (see mergeFigures).
import { metricDef } from '../domain/metrics';
import { finding, fmtNum } from './checks/finding';
import type { Figure, Finding } from './types';

export function mergeFigures(table: Figure[], text: Figure[]): { figures: Figure[]; findings: Finding[] } {
  const byKey = new Map<string, Figure>();
  for (const f of table) if (!byKey.has(f.key)) byKey.set(f.key, f);
  const proseByKey = new Map<string, Figure[]>();
  for (const f of text) {
    const list = proseByKey.get(f.key);
    if (list) list.push(f);
    else proseByKey.set(f.key, [f]);
  }
  const findings: Finding[] = [];
  const kept: Figure[] = [];
  const replaced = new Map<string, Figure>();
  for (const [key, prose] of proseByKey) {
    const t = byKey.get(key);
    if (!t) {
      kept.push(prose[0]);
      continue;
    }
    if (t.state === 'na') {
      // A cell marked `/` (n/a) holds no figure. When the prose states one for the same key
      // (没有收到…申请 beside `受理…申请总数 | /`), the prose figure is the report's figure for it:
      // it replaces the n/a cell (its source is the sentence). A zero agrees with the `/` — offices
      // write `/` for "nothing to count" — so it passes silently; a non-zero figure contradicts the
      // mark and is also reported. A *blank* cell is different: the table left room for a figure and
      // gave none (a lost cell, an unfinished table), so it stands and the prose is not compared.
      const stated = prose.find((p) => p.state === 'number');
      if (!stated) continue;
      replaced.set(key, stated);
      if (stated.value !== 0) findings.push(mismatch(key, t, stated, proseByKey, byKey));
      continue;
    }
    if (t.state !== 'number') continue;
    const differing = prose.find((p) => p.state === 'number' && !agrees(key, t.value, p));
    if (differing) findings.push(mismatch(key, t, differing, proseByKey, byKey));
  }
  // a replaced n/a cell keeps its place among the table's figures (the first figure of a key wins)
  const figures = table.map((f) => (byKey.get(f.key) === f && replaced.has(f.key) ? replaced.get(f.key)! : f));
  return { figures: [...figures, ...kept], findings };
}

/** Whether a prose figure is consistent with the table's value. */
export function agrees(key: string, tableValue: number, prose: Figure): boolean {
  if (prose.state !== 'number') return true;
  const p = prose.value;
  if (prose.approx) return withinQualifier(tableValue, p, prose.source.excerpt);
  if (metricDef(key)?.unit === 'yuan') return Math.abs(tableValue - p) <= moneyTolerance(tableValue);
  return Math.abs(tableValue - p) < 1e-6;
}

/** A table in 万元 with d decimals is exact to half a unit of its last decimal (0.92万元 ≈ 9180元);
 * whole 万元 are taken as exact (1万元 vs 8000元 is a real disagreement worth a look). */
function moneyTolerance(yuan: number): number {
  const wan = yuan / 1e4;
  const s = String(Math.round(wan * 1e6) / 1e6);
  const dot = s.indexOf('.');
  if (dot < 0) return 0.005;
  const d = s.length - dot - 1;
  return 0.5 * 10 ** -d * 1e4;
}

/** 230余 allows 230 up to the next step of its last significant digit (230–239; 1800余: 1800–1899);
 * 近5000 allows a little less; 约 either side. The step is at least 10% of the figure. */
export function withinQualifier(tableValue: number, prose: number, excerpt: string): boolean {
  const step = Math.max(lastDigitStep(prose), Math.abs(prose) * 0.1, 1);
  const below = /近|将近|接近/.test(excerpt);
  const above = /余|多|以上|逾|超过/.test(excerpt);
  if (above && !below) return tableValue >= prose - 1e-6 && tableValue < prose + step;
  if (below && !above) return tableValue <= prose + 1e-6 && tableValue > prose - step;
  return Math.abs(tableValue - prose) <= step;
}

function lastDigitStep(n: number): number {
  let v = Math.round(Math.abs(n));
  if (v === 0) return 1;
  let step = 1;
  while (v % 10 === 0) {
    v /= 10;
    step *= 10;
  }
  return step;
}

function mismatch(
  key: string,
  table: Figure,
  prose: Figure,
  proseByKey: Map<string, Figure[]>,
  tableByKey: Map<string, Figure>,
): Finding {
  const pv = `${prose.approx ? '~' : ''}${fmtNum(prose.value as number)}`;
  const na = table.state !== 'number';
  const tv = na ? '' : fmtNum(table.value as number);
  let proseNote = '';
  let tableNote = '';
  let proseNoteZh = '';
  let tableNoteZh = '';
  if (key === 'staff_total') {
    // Staff numbers are only meaningful with their split, which the inspector will check next.
    const pPart = proseByKey.get('staff_part_time')?.[0];
    const pFull = proseByKey.get('staff_full_time')?.[0];
    if (pPart?.value === prose.value && (!pFull || pFull.value === 0)) [proseNote, proseNoteZh] = [' (all part-time)', '（均为兼职）'];
    else if (pFull?.value === prose.value && (!pPart || pPart.value === 0)) [proseNote, proseNoteZh] = [' (all full-time)', '（均为专职）'];
    const tFull = tableByKey.get('staff_full_time');
    const tPart = tableByKey.get('staff_part_time');
    if (tFull?.state === 'number' && tPart?.state === 'number') {
      tableNote = ` (${fmtNum(tFull.value)} full-time, ${fmtNum(tPart.value)} part-time)`;
      tableNoteZh = `（专职${fmtNum(tFull.value)}，兼职${fmtNum(tPart.value)}）`;
    }
  }
  const yuan = metricDef(key)?.unit === 'yuan';
  const unit = yuan ? ' yuan' : '';
  const unitZh = yuan ? '元' : '';
  return finding(
    'PROSE-TABLE-MISMATCH',
    {
      zh: `${key}：正文为${pv}${unitZh}${proseNoteZh}，统计表${na ? '标为不适用（/），采用正文数字' : `为${tv}${unitZh}${tableNoteZh}`}` +
        ` — 正文第${prose.source.line}行（${prose.source.excerpt}），统计表第${table.source.line}行（${table.source.excerpt}）`,
      en: `${key}: the prose says ${pv}${unit}${proseNote}, the statistical table ${na ? 'marks it n/a (/); the prose figure is used' : `says ${tv}${unit}${tableNote}`}` +
        ` — prose line ${prose.source.line} (${prose.source.excerpt}), table line ${table.source.line} (${table.source.excerpt})`,
    },
    [key],
  );
}
