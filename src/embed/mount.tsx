// The embed's interface (React, ECharts, the chart builders): loaded while its slice downloads.
import { createRoot } from 'react-dom/client';
import { EmbedApp, type Loaded } from './EmbedApp';
import type { EmbedParams } from './embedParams';
import { problemOf, type Problem } from '../domain/problems';
import { loadModel } from './loadModel';

export function mount(root: HTMLElement, parsed: { params: EmbedParams } | { problem: Problem }, slice: Promise<unknown> | null, lang: 'zh' | 'en') {
  // never rejects: a problem is something to show, not an unhandled rejection before the first render
  const load: Promise<Loaded> = 'problem' in parsed ? Promise.resolve(parsed)
    : loadModel(parsed.params, slice!).catch((e: unknown) => ({ problem: problemOf(e) }));
  createRoot(root).render(<EmbedApp params={'params' in parsed ? parsed.params : null} lang={lang} load={load} />);
}
