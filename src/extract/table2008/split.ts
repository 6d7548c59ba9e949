// Run-together cells of a two-column table (this year | cumulative): `212210037` could be 2|12210037,
// 21|2210037, 212|210037 or 2122|10037. Each row's possible splits are listed, then the table's rules
// (sums, bounds, cumulative ≥ this year) keep the combinations that hold for every rule at once. A
// row is decided when all surviving combinations give it the same figure; otherwise it stays open
// and the caller reports it instead of guessing. The search is bounded: components are small
// (a total and its parts), and past NODE_LIMIT steps everything still open stays open.
import type { TableRule } from './rules';

export interface Split {
  /** this year's figure (the only one ever reported) */
  a: number;
  /** the cumulative figure, or null when the row has only one value */
  c: number | null;
}

const NODE_LIMIT = 20_000;
const PLAIN = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** Every way to cut `digits` into this-year then cumulative, cumulative ≥ this year (unless
 * `ordered` is false: a report that itself breaks that rule, see table2008/index.ts), no leading
 * zeros. A single digit cannot be cut: '0' is 0 either way (cumulative ≥ 0 = this year), any
 * other lone digit is undecidable. */
export function splitCandidates(digits: string, cumulativeFirst = false, ordered = true): Split[] {
  if (digits.length === 1) return digits === '0' ? [{ a: 0, c: null }] : [];
  const out: Split[] = [];
  for (let i = 1; i < digits.length; i++) {
    const left = digits.slice(0, i);
    const right = digits.slice(i);
    if (!PLAIN.test(left) || !PLAIN.test(right)) continue;
    const [a, c] = cumulativeFirst ? [Number(right), Number(left)] : [Number(left), Number(right)];
    if (a <= c || !ordered) out.push({ a, c });
  }
  return out;
}

export interface SolveResult {
  /** row id → the decided split (rows with one consistent figure) */
  decided: Map<string, Split>;
  /** row id → the this-year figures still possible (two or more) */
  open: Map<string, number[]>;
}

/** Picks, for every row, the splits that satisfy all rules together. */
export function solveSplits(rows: Map<string, Split[]>, rules: readonly TableRule[]): SolveResult {
  const decided = new Map<string, Split>();
  const open = new Map<string, number[]>();
  // A separated table (every row has one reading) decides every row as it stands, whatever the
  // rules say: the same result as the loop below, without building the components.
  let single = true;
  for (const splits of rows.values()) if (splits.length !== 1) single = false;
  if (single) {
    for (const [id, splits] of rows) decided.set(id, splits[0]);
    return { decided, open };
  }
  const live = rules
    // fields spelled out (not `{ ...r, parts }`): V8's spread-plus-field path is slow
    .map((r): TableRule => ({ kind: r.kind, total: r.total, parts: r.parts.filter((p) => rows.has(p)) }))
    .filter((r) => rows.has(r.total) && r.parts.length > 0);
  for (const comp of components([...rows.keys()], live)) {
    // The common case (a separated table, or cells with one possible cut): nothing to choose. When
    // the report's own sums fail, each row still keeps its only reading (the checks report the sums).
    if (comp.ids.every((id) => rows.get(id)!.length === 1)) {
      for (const id of comp.ids) decided.set(id, rows.get(id)![0]);
      continue;
    }
    const seen = new Map<string, Map<number, Split>>();
    for (const id of comp.ids) seen.set(id, new Map());
    const complete = search(comp.ids, comp.rules, rows, seen);
    for (const id of comp.ids) {
      const own = rows.get(id)!;
      const values = complete ? seen.get(id)! : new Map(own.map((s) => [s.a, s] as const));
      // No consistent combination at all (the report's own sums fail): fall back to each row alone.
      const pool = complete && values.size === 0 ? new Map(own.map((s) => [s.a, s] as const)) : values;
      if (pool.size === 1) decided.set(id, [...pool.values()][0]);
      else if (pool.size > 1) open.set(id, [...pool.keys()].sort((x, y) => x - y));
    }
  }
  return { decided, open };
}

interface Component {
  ids: string[];
  rules: TableRule[];
}

function components(ids: string[], rules: TableRule[]): Component[] {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (const r of rules) for (const p of r.parts) parent.set(find(p), find(r.total));
  const byRoot = new Map<string, Component>();
  for (const id of ids) {
    const root = find(id);
    if (!byRoot.has(root)) byRoot.set(root, { ids: [], rules: [] });
    byRoot.get(root)!.ids.push(id);
  }
  for (const r of rules) byRoot.get(find(r.total))!.rules.push(r);
  return [...byRoot.values()];
}

/** Depth-first over the component's rows, checking each rule as soon as its rows are all set.
 * Records every row's figure in every complete consistent combination. Returns false when the
 * node limit was hit (the record is then incomplete and must not decide anything). */
function search(
  ids: string[],
  rules: TableRule[],
  rows: Map<string, Split[]>,
  seen: Map<string, Map<number, Split>>,
): boolean {
  // Order rows so that rules close early: most-constrained (fewest candidates) first.
  const order = [...ids].sort((x, y) => rows.get(x)!.length - rows.get(y)!.length);
  const pos = new Map(order.map((id, i) => [id, i]));
  const closesAt: TableRule[][] = order.map(() => []);
  for (const r of rules) {
    const last = Math.max(pos.get(r.total)!, ...r.parts.map((p) => pos.get(p)!));
    closesAt[last].push(r);
  }
  const chosen = new Map<string, Split>();
  let nodes = 0;
  const walk = (i: number): boolean => {
    if (++nodes > NODE_LIMIT) return false;
    if (i === order.length) {
      for (const [id, s] of chosen) seen.get(id)!.set(s.a, s);
      return true;
    }
    const id = order[i];
    for (const s of rows.get(id)!) {
      chosen.set(id, s);
      if (closesAt[i].every((r) => holds(r, chosen)) && !walk(i + 1)) return false;
    }
    chosen.delete(id);
    return true;
  };
  return walk(0);
}

function holds(rule: TableRule, chosen: Map<string, Split>): boolean {
  const total = chosen.get(rule.total)!;
  const parts = rule.parts.map((p) => chosen.get(p)!);
  for (const col of ['a', 'c'] as const) {
    const t = total[col];
    if (t === null) continue;
    const vals = parts.map((p) => p[col]);
    if (rule.kind === 'sum') {
      if (vals.some((v) => v === null)) continue;
      const sum = vals.reduce<number>((acc, v) => acc + (v as number), 0);
      if (Math.abs(sum - t) > 1e-6) return false;
    } else if (vals.some((v) => v !== null && v > t + 1e-6)) {
      return false;
    }
  }
  return true;
}
