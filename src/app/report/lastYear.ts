// Each figure of a report beside the same agency's figure the year before, with the change. Pure: the
// Report view and the printed report card read it.
export interface FigureBeside {
  key: string;
  value: number | null;
  state: string;
  last: number | null;
  lastState: string | null;
  /** value − last, when both are numbers */
  change: number | null;
}

export function besideLastYear(
  figures: readonly { key: string; value: number | null; state: string }[],
  last: readonly { key: string; value: number | null; state: string }[],
): FigureBeside[] {
  const before = new Map(last.map((f) => [f.key, f]));
  return figures.map((f) => {
    const l = before.get(f.key);
    const lv = l?.value ?? null;
    return {
      key: f.key, value: f.value, state: f.state, last: lv, lastState: l?.state ?? null,
      change: f.value != null && lv != null ? f.value - lv : null,
    };
  });
}
