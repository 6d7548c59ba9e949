// TODO(checks helper): table figures win over prose; disagreements become findings.
import type { Figure, Finding } from './types';

export function mergeFigures(table: Figure[], text: Figure[]): { figures: Figure[]; findings: Finding[] } {
  const seen = new Set(table.map((f) => f.key));
  return { figures: [...table, ...text.filter((f) => !seen.has(f.key))], findings: [] };
}
