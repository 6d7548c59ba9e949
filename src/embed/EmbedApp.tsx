// One chart or table with its title, a source line, a link to the same state in the full app and a
// chart ⇄ table toggle (a button, and the T key). Nothing else: no navigation, no other controls.
import { useEffect, useMemo, useRef, useState } from 'react';
import { makeI18n, I18nContext } from '../app/i18n';
import { serializeState } from '../app/state/urlState';
import { SimpleTable } from '../app/components/SimpleTable';
import { problemOf, problemText, type Problem } from '../domain/problems';
import type { EmbedParams } from './embedParams';
import type { EmbedModel } from './model';
import type { SliceMeta } from '../data/slices';
import { EmbedChart } from './EmbedChart';
import { reportHeight } from './resize';

export type Loaded = { model: EmbedModel; meta: SliceMeta } | { problem: Problem };

export function EmbedApp({ params, lang, load }: { params: EmbedParams | null; lang: 'zh' | 'en'; load: Promise<Loaded> }) {
  const i = useMemo(() => makeI18n(lang), [lang]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [showTable, setShowTable] = useState(params?.table ?? false);
  const root = useRef<HTMLElement>(null);
  useEffect(() => { load.then(setLoaded, (e: unknown) => setLoaded({ problem: problemOf(e) })); }, [load]);
  useEffect(() => (root.current ? reportHeight(root.current) : undefined), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === 't' || e.key === 'T') && !e.ctrlKey && !e.metaKey && !e.altKey) setShowTable((v) => !v);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  // the full app sits beside embed.html: the same state, in a new tab
  const appHref = params ? `./${serializeState(params.state) || '?'}` : './';
  const ok = loaded && 'model' in loaded ? loaded : null;
  const m = ok?.model;

  return (
    <I18nContext.Provider value={i}>
      <main ref={root} className={`embed bg-${params?.bg ?? 'light'}`} lang={lang === 'zh' ? 'zh-CN' : 'en'} aria-busy={!loaded || undefined}>
        {!loaded && <p className="embed-note">{i.t('loading')}</p>}
        {loaded && 'problem' in loaded && <p className="embed-problem" role="alert" data-testid="embed-problem">{problemText(loaded.problem, lang)}</p>}
        {m && ok && (<>
          <div className="embed-head">
            <h1>{m.title}</h1>
            <button type="button" aria-pressed={showTable} data-testid="embed-toggle" title={i.t('embed.keyHint')} aria-keyshortcuts="T"
              onClick={() => setShowTable((v) => !v)}>{showTable ? i.t('showChart') : i.t('showTable')}</button>
          </div>
          <p id="embed-desc" className="visually-hidden">{m.description}</p>
          {showTable || !m.option
            ? (m.table.rows.length ? <SimpleTable testId="embed-table" caption={m.title} rows={m.table.rows} columns={m.table.columns} />
              : <p className="embed-note">{i.t('noRows')}</p>)
            : <EmbedChart option={m.option} height={m.height} label={m.title} descriptionId="embed-desc" bg={params!.bg} />}
          <p className="embed-source" data-testid="embed-source">
            {i.t('embed.source', {
              dataset: ok.meta.dataset === 'bundled' ? i.t('embed.dataset') : ok.meta.dataset,
              years: m.years || i.t('embed.allYears'), agencies: m.agencies, version: ok.meta.extractor_version,
            })}
            {' · '}<a href={appHref} target="_blank" rel="noopener noreferrer" data-testid="embed-open">{i.t('embed.open')}</a>
          </p>
        </>)}
      </main>
    </I18nContext.Provider>
  );
}
