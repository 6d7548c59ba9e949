import { useCallback, useEffect, useState } from 'react';
import { parseState, serializeState, type AppState } from './urlState';

/** The URL is the store: updates push a history entry (or replace it, for typing), and the back
 * button restores the previous state. */
export function useUrlState(): [AppState, (patch: Partial<AppState>, opts?: { replace?: boolean }) => void] {
  const [state, setState] = useState<AppState>(() => parseState(location.search));
  useEffect(() => {
    const onPop = () => setState(parseState(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((patch: Partial<AppState>, opts?: { replace?: boolean }) => {
    setState((prev) => {
      const next = { ...prev, ...patch };
      const url = `${location.pathname}${serializeState(next)}${location.hash}`;
      if (opts?.replace) history.replaceState(null, '', url); else history.pushState(null, '', url);
      return next;
    });
  }, []);
  return [state, update];
}

export function hrefFor(state: AppState, patch: Partial<AppState>): string {
  return `${location.pathname}${serializeState({ ...state, ...patch })}`;
}
