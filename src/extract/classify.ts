// TODO(identity helper): templates with xxxx placeholders, index pages, notices, garbled pages.
import type { DocumentKind, NormalizedDoc } from './types';

export function classifyDocument(_doc: NormalizedDoc): { kind: DocumentKind; reason: string | null } {
  return { kind: 'annual_report', reason: null };
}
