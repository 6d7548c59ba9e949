// Rows of a table fetched page by page as the user scrolls (a 100k-row table is never copied out
// of DuckDB at once). Pages from an older filter or sort are dropped.
import { useCallback, useEffect, useRef, useState } from 'react';
import { runQuery } from '../data';
import { tableRowsQuery, type TableBrowse } from '../data/queries';
import { useDataVersion } from './useDataQuery';

const PAGE = 500;

export function usePagedRows(browse: TableBrowse) {
  const version = useDataVersion();
  const key = `${JSON.stringify(browse)}|${version}`;
  const [pages, setPages] = useState<Map<number, Record<string, unknown>[]>>(new Map());
  const inflight = useRef(new Set<number>());
  const currentKey = useRef(key);
  // The browse object is rebuilt on every render; `key` says when it really changed.
  const latestBrowse = useRef(browse);
  latestBrowse.current = browse;
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    currentKey.current = key;
    inflight.current = new Set();
    setPages(new Map());
    setError(null);
  }, [key]);
  const onRange = useCallback((start: number, end: number) => {
    for (let p = Math.floor(start / PAGE); p <= Math.floor(end / PAGE); p++) {
      if (pages.has(p) || inflight.current.has(p)) continue;
      inflight.current.add(p);
      const k = currentKey.current;
      runQuery(tableRowsQuery({ ...latestBrowse.current, limit: PAGE, offset: p * PAGE })).then(
        (r) => { if (k === currentKey.current) setPages((m) => new Map(m).set(p, r.rows)); },
        (e: unknown) => { if (k === currentKey.current) setError(e instanceof Error ? e.message : String(e)); },
      );
    }
  }, [pages, key]);
  const getRow = useCallback((i: number) => pages.get(Math.floor(i / PAGE))?.[i % PAGE], [pages]);
  return { getRow, onRange, error };
}
