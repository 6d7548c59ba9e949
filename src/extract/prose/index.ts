// TODO(2008 helper): figures stated in prose.
import type { Era, Figure, NormalizedDoc } from '../types';

export function parseProseFigures(_doc: NormalizedDoc, _era: Era | null): Figure[] {
  return [];
}
