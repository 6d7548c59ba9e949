// A long list drawn a slice per frame (issue 9): 2,000 rows added at once would be created, styled and
// laid out in one task; this shows the first `step` at once and `step` more each animation frame, so
// every frame stays short. Rows already drawn stay drawn; a list of up to `step` rows is always drawn
// whole at once (in the same update).
import { startTransition, useEffect, useState } from 'react';

/** How many of `total` rows to draw now: `step` more each frame until all are. */
export function useGrowing(total: number, step: number): number {
  const [shown, setShown] = useState(step);
  useEffect(() => {
    if (shown >= total) return;
    const id = requestAnimationFrame(() => startTransition(() => setShown((s) => s + step)));
    return () => cancelAnimationFrame(id);
  }, [shown, total, step]);
  return Math.min(Math.max(shown, step), total);
}
