// The national division tree as a list that opens node by node (province → city → county →
// township): the one tree widget, used by the region picker (nodes with data, each a link to the
// region) and by the import preview's unit picker (every node, each a button that picks the unit).
// A node's children are drawn only when it is opened. Toggles, links and buttons are ordinary
// focusable controls: Tab moves between them, Enter or Space opens a node or picks it.
import { useState, type ReactNode } from 'react';
import type { DivisionNode, DivisionTree } from '../../domain/divisionTree';
import { useI18n } from '../i18n';

interface Props {
  tree: DivisionTree;
  /** the nodes listed (default: every node) */
  show?: (node: DivisionNode) => boolean;
  /** what a node shows after its toggle: a link, a button, a count… */
  label: (node: DivisionNode) => ReactNode;
  /** items listed after a node's children when it is open (the region picker's "not resolved" leaf);
   * a node with such items can be opened even without children */
  more?: (node: DivisionNode) => ReactNode;
  /** items after the top-level nodes */
  after?: ReactNode;
  /** the code marked aria-selected */
  selected: string | null;
  /** codes open at first (e.g. the path down to the selected node) */
  open?: () => readonly string[];
  ariaLabel: string;
  busy?: boolean;
}

export function DivisionTreeList({ tree, show, label, more, after, selected, open, ariaLabel, busy }: Props) {
  const i = useI18n();
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(open?.() ?? []));
  const toggle = (code: string) => setExpanded((s) => {
    const next = new Set(s);
    if (next.has(code)) next.delete(code); else next.add(code);
    return next;
  });
  const listed = (nodes: DivisionNode[]) => (show ? nodes.filter(show) : nodes);
  const item = (node: DivisionNode): ReactNode => {
    const kids = listed(tree.children(node.code));
    const extra = more?.(node) ?? null;
    const openable = kids.length > 0 || extra !== null;
    const isOpen = expanded.has(node.code);
    return (
      <li key={node.code} role="treeitem" aria-expanded={openable ? isOpen : undefined} aria-selected={selected === node.code} data-region={node.code}>
        {openable
          ? <button type="button" className="tree-toggle" onClick={() => toggle(node.code)} aria-label={i.t('regionExpand', { name: node.name })}>{isOpen ? '▾' : '▸'}</button>
          : <span className="tree-pad" />}
        {label(node)}
        {isOpen && (
          <ul role="group">
            {kids.map(item)}
            {extra}
          </ul>
        )}
      </li>
    );
  };
  return (
    <ul role="tree" aria-label={ariaLabel} aria-busy={busy}>
      {listed(tree.children(null)).map(item)}
      {after}
    </ul>
  );
}
