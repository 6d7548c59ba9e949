// TODO(checks helper): deadlines by level and regulation in force (formats.md §5).
import type { Level } from '../types';

export type Timeliness = 'on_time' | 'warn_window' | 'late' | 'premature' | 'unknown';

export interface TimelinessVerdict {
  deadline: string | null; // YYYY-MM-DD
  timeliness: Timeliness;
  daysLate: number | null;
}

export function judgeTimeliness(_level: Level, _reportYear: number | null, _publishedOn: string | null): TimelinessVerdict {
  return { deadline: null, timeliness: 'unknown', daysLate: null };
}
