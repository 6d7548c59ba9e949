// The national division tree for the region picker, breadcrumb and missing units: public/divisions.json
// (the same file the import worker reads), fetched once from the app's own folder. Until it arrives,
// or if it cannot be read, the tree is empty and regions show by their codes.
import { useEffect, useState } from 'react';
import { divisionTree, type DivisionTree } from '../../domain/divisionTree';

const EMPTY = divisionTree(null);
let loading: Promise<DivisionTree> | null = null;
let loaded: DivisionTree | null = null;

function load(): Promise<DivisionTree> {
  loading ??= fetch(new URL('./divisions.json', document.baseURI).href)
    .then((r) => (r.ok ? r.json() : null))
    .then((json: unknown) => (loaded = divisionTree(json)))
    .catch(() => (loaded = EMPTY));
  return loading;
}

export function useDivisionTree(): DivisionTree {
  const [tree, setTree] = useState<DivisionTree>(loaded ?? EMPTY);
  useEffect(() => {
    if (loaded) { setTree(loaded); return; }
    let live = true;
    void load().then((t) => { if (live) setTree(t); });
    return () => { live = false; };
  }, []);
  return tree;
}
