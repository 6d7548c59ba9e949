// The preview's division: where the report is placed (its unit's path in the national list and the
// code), and a picker to correct it: the division tree (the region picker's DivisionTreeList, every
// node, each unit a button) or a search by name. Picking a unit hands its corrections (code, province,
// parent, level: ./unitPick.ts) to the card, which applies them like a typed correction. Keyboard: the
// toggle opens the picker and focuses the search field; Tab reaches the tree's toggles and units,
// Enter picks; Escape closes the picker and returns to the toggle.
import { useId, useRef, useState } from 'react';
import type { DivisionNode } from '../../domain/divisionTree';
import { homeCode } from '../../domain/regions';
import { useDivisionTree } from '../region/useDivisionTree';
import { DivisionTreeList } from '../region/DivisionTreeList';
import { useI18n } from '../i18n';
import { findUnits, unitCorrections } from './unitPick';
import type { Corrections } from './userReport';

interface Props {
  /** the report's 12-digit division code as corrected so far (null: not resolved) */
  divisionCode: string | null;
  onPick: (patch: Corrections) => void;
}

export function UnitPicker({ divisionCode, onPick }: Props) {
  const i = useI18n();
  const tree = useDivisionTree();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const toggleRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const home = homeCode(divisionCode);
  const path = home ? tree.path(home) : [];
  const pathText = (nodes: readonly DivisionNode[]) => nodes.filter((n) => !n.pseudo).map((n) => n.name).join(' › ');

  const close = () => { setOpen(false); setText(''); toggleRef.current?.focus(); };
  const pick = (code: string) => {
    const patch = unitCorrections(tree, code);
    if (!patch) return;
    onPick(patch);
    close();
  };
  const found = open ? findUnits(tree, text) : [];
  const pickButton = (n: DivisionNode, label: string) => (
    <button type="button" className="tree-pick" data-testid="pick-unit" data-code={n.code}
      aria-label={i.t('import.pickThis', { name: pathText(tree.path(n.code)) })} onClick={() => pick(n.code)}>{label}</button>
  );

  return (
    // a row of its own under the other identity fields (the fieldset is a wrapping flex row)
    <div className="unit-picker" data-testid="unit-picker" style={{ flexBasis: '100%' }}>
      {i.t('import.division')}{' '}
      <output data-testid="fix-division" data-code={divisionCode ?? ''}>
        {path.length ? pathText(path) : divisionCode ?? i.t('import.divisionNone')}
        {divisionCode && path.length > 0 && <small> ({divisionCode})</small>}
      </output>{' '}
      <button type="button" ref={toggleRef} aria-expanded={open} aria-controls={id} data-testid="pick-unit-toggle"
        onClick={() => (open ? close() : setOpen(true))}>{i.t('import.pickUnit')} ▾</button>
      {open && (
        <div id={id} className="region-tree" data-testid="unit-picker-tree"
          onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); close(); } }}>
          <p className="note">{i.t('import.pickUnitNote')}</p>
          <label>{i.t('import.pickUnitSearch')}{' '}
            <input type="search" autoFocus data-testid="pick-unit-search" value={text} size={14} onChange={(e) => setText(e.target.value)} />
          </label>
          {text.trim() && (found.length
            ? <ul data-testid="pick-unit-found">{found.map((n) => <li key={n.code}>{pickButton(n, pathText(tree.path(n.code)))}</li>)}</ul>
            : <p className="note">{i.t('import.pickUnitNone', { text: text.trim() })}</p>)}
          <DivisionTreeList
            tree={tree}
            ariaLabel={i.t('import.pickUnitTree')}
            selected={home}
            // open down to the unit the report is placed at now
            open={() => path.slice(0, -1).map((n) => n.code)}
            label={(n) => (n.pseudo ? <span>{n.name}</span> : pickButton(n, n.name))}
          />
        </div>
      )}
    </div>
  );
}
