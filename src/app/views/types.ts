import type { AppState } from '../state/urlState';

export interface ViewProps {
  state: AppState;
  set: (patch: Partial<AppState>, opts?: { replace?: boolean }) => void;
}
