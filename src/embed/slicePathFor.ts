// The one slice an embed reads for its parameters (src/data/slices.ts).
import { slicePath, sliceLevel } from '../data/slices';
import type { EmbedParams } from './embedParams';

export function slicePathFor(p: EmbedParams): string {
  const s = p.state;
  switch (p.view) {
    case 'compare': return slicePath.compare(s.metric);
    case 'trends': return slicePath.trends(s.metric);
    case 'overview': return slicePath.overview(sliceLevel(s.level));
    case 'compliance': return slicePath.compliance(s.year);
  }
}
