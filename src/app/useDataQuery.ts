// Runs a built query when it (or the data) changes. Each run gets a request id; an answer that
// arrives after a newer request was made is dropped, so stale results are never shown as current.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { dataVersion, onDataChanged, runQuery, type BuiltQuery, type QueryResult } from '../data';
import { ProblemError, type Problem } from '../domain/problems';

/** `error`: the engine's message, or a Problem (one error model) that views show in the interface language. */
export interface QueryState<Row = Record<string, unknown>> { data: QueryResult<Row> | null; error: string | Problem | null; loading: boolean }

export function useDataVersion(): number {
  return useSyncExternalStore(onDataChanged, dataVersion);
}

export function useDataQuery<Row extends Record<string, unknown>>(q: BuiltQuery<Row> | null): QueryState<Row> {
  const version = useDataVersion();
  const key = q ? `${q.sql}\u0000${JSON.stringify(q.params)}\u0000${version}` : '';
  const [state, setState] = useState<QueryState<Row>>({ data: null, error: null, loading: !!q });
  const latest = useRef(0);
  // The query is rebuilt on every render; it runs again only when its text, parameters or the data
  // change (`key`), so the latest query object is read through a ref.
  const current = useRef(q);
  current.current = q;
  useEffect(() => {
    const q = current.current;
    if (!q) { setState({ data: null, error: null, loading: false }); return; }
    const id = ++latest.current;
    setState((s) => ({ data: s.data, error: null, loading: true }));
    runQuery(q).then(
      (data) => { if (id === latest.current) setState({ data, error: null, loading: false }); },
      (e: unknown) => { if (id === latest.current) setState({ data: null, error: e instanceof ProblemError ? e.problem : e instanceof Error ? e.message : String(e), loading: false }); },
    );
  }, [key]);
  return state;
}
