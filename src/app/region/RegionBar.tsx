// Where the views are looking: a breadcrumb (全国 › 湖南省 › 长沙市 › 浏阳市, each crumb a link) and the
// region picker, a tree of the national divisions with the number of reports under each node. Only
// nodes with data are listed; a node's children are drawn when it is opened. Reports whose division
// could not be resolved sit under their province's "not resolved" node (or a top-level one), with why.
import { useMemo, useState } from 'react';
import { regionCountsQuery } from '../../data/queries';
import type { DivisionNode, DivisionTree } from '../../domain/divisionTree';
import { PROVINCE_CODES, parseRegion, regionKey } from '../../domain/regions';
import { regionCounts } from '../../domain/regionCounts';
import { useDataQuery } from '../useDataQuery';
import { useI18n, type I18n } from '../i18n';
import { hrefFor } from '../state/useUrlState';
import type { ViewProps } from '../views/types';
import { useDivisionTree } from './useDivisionTree';
import { regionLabel } from './regionLabel';

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
  const [expanded, setExpanded] = useState<Set<string>>(() => {
    const r = parseRegion(selected);
    const code = r?.kind === 'division' ? r.code : r?.kind === 'unresolved' ? r.province : null;
    return new Set(code ? tree.path(code).map((n) => n.code).slice(0, -1) : []);
  });
  const toggle = (code: string) => setExpanded((s) => {
    const next = new Set(s);
    if (next.has(code)) next.delete(code); else next.add(code);
    return next;
  });
  const withData = (nodes: DivisionNode[]) => nodes.filter((n) => (counts.get(n.code) ?? 0) > 0);
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
  const item = (node: DivisionNode) => {
    const kids = withData(tree.children(node.code));
    const unresolved = node.tier === 'province' ? regionKey({ kind: 'unresolved', province: node.code }) : null;
    const openable = kids.length > 0 || (unresolved !== null && (counts.get(unresolved) ?? 0) > 0);
    const isOpen = expanded.has(node.code);
    return (
      <li key={node.code} role="treeitem" aria-expanded={openable ? isOpen : undefined} aria-selected={selected === node.code} data-region={node.code}>
        {openable
          ? <button type="button" className="tree-toggle" onClick={() => toggle(node.code)} aria-label={i.t('regionExpand', { name: node.name })}>{isOpen ? '▾' : '▸'}</button>
          : <span className="tree-pad" />}
        <a {...link(node.code)}>{node.name}</a> <small>({i.t('regionReports', { n: counts.get(node.code) ?? 0 })})</small>
        {isOpen && (
          <ul role="group">
            {kids.map(item)}
            {unresolved && unresolvedLeaf(unresolved)}
          </ul>
        )}
      </li>
    );
  };
  return (
    <div className="region-tree" data-testid="region-tree">
      <ul role="tree" aria-label={i.t('regionTree')} aria-busy={q.loading}>
        {withData(tree.children(null)).map(item)}
        {unresolvedLeaf(regionKey({ kind: 'unresolved', province: null }))}
      </ul>
      {tree.source && <p className="note">{i.t('regionSource', { source: tree.source })}</p>}
    </div>
  );
}
