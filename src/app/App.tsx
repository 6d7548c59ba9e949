// The shell: navigation (one URL per view), language toggle, load progress, the current view.
import { useMemo } from 'react';
import { I18nContext, makeI18n, type WordKey } from './i18n';
import { useUrlState, hrefFor } from './state/useUrlState';
import { VIEWS, type View } from './state/urlState';
import { LoadBanner } from './LoadBanner';
import { OverviewView } from './views/OverviewView';
import { CompareView } from './views/CompareView';
import { TrendsView } from './views/TrendsView';
import { ComplianceView } from './views/ComplianceView';
import { ReportView } from './views/ReportView';
import { DataView } from './views/DataView';
import { ReviewView } from './views/ReviewView';
import { ImportView } from './import/ImportView';
import { RegionBar } from './region/RegionBar';
import { openRegion } from '../data';

export function App() {
  const [state, set] = useUrlState();
  const i18n = useMemo(() => makeI18n(state.lang), [state.lang]);
  // Told during render, before the views' queries run: on a partitioned (national) dataset the
  // region decides which province's file their queries wait for.
  useMemo(() => openRegion(state.region), [state.region]);
  const go = (view: View) => (e: React.MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    set({ view });
  };
  const props = { state, set };
  return (
    <I18nContext.Provider value={i18n}>
      <div className="app" lang={state.lang === 'en' ? 'en' : 'zh-CN'}>
        <header>
          <h1>{i18n.t('appTitle')} <small>{i18n.t('appSubtitle')}</small></h1>
          <nav aria-label="views">
            {VIEWS.map((v) => (
              <a key={v} href={hrefFor(state, { view: v })} onClick={go(v)} aria-current={state.view === v ? 'page' : undefined} data-view={v}>
                {i18n.t(v as WordKey)}{state.lang === 'zh' ? ` ${makeI18n('en').t(v as WordKey)}` : ''}
              </a>
            ))}
          </nav>
          <button type="button" className="lang" onClick={() => set({ lang: state.lang === 'zh' ? 'en' : 'zh' })} data-testid="lang-toggle">
            {i18n.t('language')}
          </button>
        </header>
        <LoadBanner />
        <main data-view={state.view}>
          {/* one region for every view that lists reports (issue 9); a single report and the import have none */}
          {state.view !== 'report' && state.view !== 'import' && <RegionBar {...props} />}
          {state.view === 'overview' && <OverviewView {...props} />}
          {state.view === 'compare' && <CompareView {...props} />}
          {state.view === 'trends' && <TrendsView {...props} />}
          {state.view === 'compliance' && <ComplianceView {...props} />}
          {state.view === 'report' && <ReportView {...props} />}
          {state.view === 'review' && <ReviewView {...props} />}
          {state.view === 'data' && <DataView {...props} />}
          {state.view === 'import' && <ImportView />}
        </main>
      </div>
    </I18nContext.Provider>
  );
}
