// Where the views are looking: a breadcrumb (全国 › 湖南省 › 长沙市 › 浏阳市, each crumb a link) and the
// region picker, a tree of the national divisions with the number of reports under each node
// (DivisionTreeList). Only nodes with data are listed; a node's children are drawn when it is opened. Reports whose division
// could not be resolved sit under their province's "not resolved" node (or a top-level one), with why.
import { useMemo, useState } from 'react';
import { regionCountsQuery } from '../../data/queries';
import type { DivisionTree } from '../../domain/divisionTree';
import { PROVINCE_CODES, parseRegion, regionKey } from '../../domain/regions';
import { regionCounts } from '../../domain/regionCounts';
import { useDataQuery } from '../useDataQuery';
import { useI18n, type I18n } from '../i18n';
import { hrefFor } from '../state/useUrlState';
import type { ViewProps } from '../views/types';
import { useDivisionTree } from './useDivisionTree';
import { regionLabel } from './regionLabel';
import { DivisionTreeList } from './DivisionTreeList';

interface Crumb { key: string | null; label: string }

function crumbsOf(tree: DivisionTree, region: string | null, i: I18n): Crumb[] {
  const out: Crumb[] = [{ key: null, label: i.t('regionAll') }];
  const r = parseRegion(region);
  if (!r) return out;
  if (r.kind === 'division') {
    const path = tree.path(r.code);
    if (path.length) return [...out, ...path.map((n) => ({ key: n.code, label: n.name }))];
  }
  if (r.kind === 'unresolved' && r.province) out.push({ key: r.province, label: PROVINCE_CODES[r.province] ?? r.province });
  return [...out, { key: regionKey(r), label: r.kind === 'unresolved' ? i.t('regionUnresolved') : regionLabel(tree, region, i) }];
}

export function RegionBar({ state, set }: ViewProps) {
  const i = useI18n();
  const tree = useDivisionTree();
  const [open, setOpen] = useState(false);
  const crumbs = crumbsOf(tree, state.region, i);
  const link = (key: string | null) => ({
    href: hrefFor(state, { region: key }),
    onClick: (e: React.MouseEvent) => {
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      set({ region: key });
      setOpen(false);
    },
  });
  return (
    <div className="region-bar">
      <nav aria-label={i.t('regionPath')} className="breadcrumb" data-testid="region-breadcrumb">
        <ol>
          {crumbs.map((c, n) => (
            <li key={c.key ?? ''}>
              {n === crumbs.length - 1 ? <span aria-current="location">{c.label}</span> : <a {...link(c.key)}>{c.label}</a>}
            </li>
          ))}
        </ol>
      </nav>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="region-picker-toggle">{i.t('regionPick')} ▾</button>
      {open && <RegionTree tree={tree} level={state.level} selected={state.region} link={link} />}
    </div>
  );
}

function RegionTree({ tree, level, selected, link }: {
  tree: DivisionTree; level: ViewProps['state']['level']; selected: string | null;
  link: (key: string | null) => { href: string; onClick: (e: React.MouseEvent) => void };
}) {
  const i = useI18n();
  const q = useDataQuery(regionCountsQuery({ levelGroup: level }));
  const counts = useMemo(() => regionCounts(q.data?.rows ?? []), [q.data]);
  // Open down to the selected node, so the picker shows where you are.
  const openAtFirst = () => {
    const r = parseRegion(selected);
    const code = r?.kind === 'division' ? r.code : r?.kind === 'unresolved' ? r.province : null;
    return code ? tree.path(code).map((n) => n.code).slice(0, -1) : [];
  };
  const unresolvedLeaf = (key: string) => {
    const n = counts.get(key) ?? 0;
    return n > 0 ? (
      <li key={key} role="treeitem" aria-selected={selected === key} data-region={key}>
        <span className="tree-pad" />
        <a {...link(key)} title={i.t('regionUnresolvedReason')}>{i.t('regionUnresolved')}</a> <small>({i.t('regionReports', { n })})</small>
        <p className="note">{i.t('regionUnresolvedReason')}</p>
      </li>
    ) : null;
  };
  return (
    <div className="region-tree" data-testid="region-tree">
      <DivisionTreeList
        tree={tree}
        ariaLabel={i.t('regionTree')}
        busy={q.loading}
        selected={selected}
        open={openAtFirst}
        // Only nodes with data are listed.
        show={(n) => (counts.get(n.code) ?? 0) > 0}
        label={(node) => <><a {...link(node.code)}>{node.name}</a> <small>({i.t('regionReports', { n: counts.get(node.code) ?? 0 })})</small></>}
        more={(node) => (node.tier === 'province' ? unresolvedLeaf(regionKey({ kind: 'unresolved', province: node.code })) : null)}
        after={unresolvedLeaf(regionKey({ kind: 'unresolved', province: null }))}
      />
      {tree.source && <p className="note">{i.t('regionSource', { source: tree.source })}</p>}
    </div>
  );
}
