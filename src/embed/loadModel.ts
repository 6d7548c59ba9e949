// The slice an embed downloaded → what it shows.
import { makeI18n } from '../app/i18n';
import { ProblemError } from '../domain/problems';
import type { ComplianceSlice, CompareSlice, OverviewSlice, SliceMeta, TrendsSlice } from '../data/slices';
import type { EmbedParams } from './embedParams';
import type { EmbedModel } from './model';
import { compareModel } from './compareModel';
import { trendsModel } from './trendsModel';
import { overviewModel } from './overviewModel';
import { complianceModel } from './complianceModel';

export async function loadModel(p: EmbedParams, slice: Promise<unknown>): Promise<{ model: EmbedModel; meta: SliceMeta }> {
  const i = makeI18n(p.state.lang);
  const s = p.state;
  const x = await slice.catch((e: unknown) => {
    // a measure no report gives has no slice: say that, not "missing file"
    if ((p.view === 'compare' || p.view === 'trends') && e instanceof ProblemError && e.problem.code === 'embed_no_slice' && e.problem.params?.status === 404) {
      throw new ProblemError({ code: 'embed_no_figures', params: { value: i.measureLabel(s.metric) } });
    }
    throw e;
  });
  switch (p.view) {
    case 'compare': return { model: compareModel(x as CompareSlice, s, i), meta: (x as CompareSlice).meta };
    case 'trends': return { model: trendsModel(x as TrendsSlice, s, i), meta: (x as TrendsSlice).meta };
    case 'overview': return { model: overviewModel(x as OverviewSlice, s, p.chart, i), meta: (x as OverviewSlice).meta };
    case 'compliance': return { model: complianceModel(x as ComplianceSlice, s, i), meta: (x as ComplianceSlice).meta };
  }
}
