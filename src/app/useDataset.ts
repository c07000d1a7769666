import { useCallback, useEffect, useRef, useState } from 'react';
import { loadProduct } from '../shared/dataset/load';
import { parseDataset } from '../shared/domain/parseDataset';
import type { ProductId } from '../shared/domain/products';
import type { Dataset } from '../shared/domain/schema';
import type { DatasetProblem, DatasetResult } from '../shared/domain/validate';

export type LoadState = { status: 'loading' } | { status: 'error'; problems: DatasetProblem[] } | { status: 'ready'; dataset: Dataset };

/** What main.tsx already has when it mounts the app: the product the link shows, and its validated dataset or the load still under way. */
export type FirstLoad = { product: ProductId } & ({ result: DatasetResult } | { pending: Promise<DatasetResult> });

const toLoadState = (result: DatasetResult): LoadState =>
  result.ok ? { status: 'ready', dataset: result.dataset } : { status: 'error', problems: result.problems };
const LOADING: LoadState = { status: 'loading' };
export const readyDataset = (load: LoadState | undefined) => (load?.status === 'ready' ? load.dataset : undefined);

/**
 * The datasets: each built-in product's, fetched the first time a page needs it and then kept (a
 * product switch back is instant), and the user's own file, which replaces the product shown.
 */
export function useDataset(first: FirstLoad | undefined, shown: ProductId, needed: readonly ProductId[]) {
  // When the dataset is already in, the first render is the table itself (no loading frame).
  const [loads, setLoads] = useState<ReadonlyMap<ProductId, LoadState>>(() =>
    first && 'result' in first ? new Map([[first.product, toLoadState(first.result)]]) : new Map(),
  );
  /** The user's own dataset file when one is shown: its name and what validation made of it. */
  const [own, setOwn] = useState<{ name: string; load: LoadState }>();
  const started = useRef(new Set<ProductId>(first ? [first.product] : []));
  const fetchInto = useCallback((id: ProductId, loading: Promise<DatasetResult>) => {
    loading.then((result) => setLoads((current) => new Map(current).set(id, toLoadState(result))));
  }, []);

  useEffect(() => {
    if (first && 'pending' in first) fetchInto(first.product, first.pending);
  }, [first, fetchInto]);
  const wanted = [...new Set([shown, ...needed])].join(',');
  useEffect(() => {
    for (const id of wanted.split(',') as ProductId[]) {
      if (started.current.has(id)) continue;
      started.current.add(id);
      fetchInto(id, loadProduct(id));
    }
  }, [wanted, fetchInto]);

  const get = useCallback((id: ProductId): LoadState => loads.get(id) ?? LOADING, [loads]);
  /** Retry after an error, or back from the user's own file: always asks the server again. */
  const reload = useCallback(() => {
    setOwn(undefined);
    setLoads((current) => new Map(current).set(shown, LOADING));
    fetchInto(shown, loadProduct(shown, true));
  }, [shown, fetchInto]);
  const openFile = useCallback((name: string, text: string) => {
    const file = { name, load: LOADING };
    setOwn(file);
    // Validated like a built-in dataset; a file opened meanwhile wins.
    void parseDataset(text).then((result) => setOwn((current) => (current === file ? { name, load: toLoadState(result) } : current)));
  }, []);
  const closeFile = useCallback(() => setOwn(undefined), []);

  return { load: own?.load ?? get(shown), get, ownFile: own?.name, openFile, closeFile, reload };
}
