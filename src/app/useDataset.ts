import { useCallback, useEffect, useState } from 'react';
import { DATASET_URL, loadDataset } from '../shared/dataset/load';
import type { Dataset } from '../shared/domain/schema';
import { type DatasetProblem, type DatasetResult, parseDatasetText } from '../shared/domain/validate';

export type LoadState = { status: 'loading' } | { status: 'error'; problems: DatasetProblem[] } | { status: 'ready'; dataset: Dataset };

/** What main.tsx already has when it mounts the app: the validated dataset, or the load still under way. */
export type FirstLoad = { result: DatasetResult } | { pending: Promise<DatasetResult> };

const toLoadState = (result: DatasetResult): LoadState =>
  result.ok ? { status: 'ready', dataset: result.dataset } : { status: 'error', problems: result.problems };

/** The dataset shown: the built-in one (fetched from the server) or the user's own file (never uploaded). */
export function useDataset(first?: FirstLoad) {
  // When the dataset is already in, the first render is the table itself (no loading frame).
  const [load, setLoad] = useState<LoadState>(() => (first && 'result' in first ? toLoadState(first.result) : { status: 'loading' }));
  /** The name of the user's own dataset file when one is shown. */
  const [ownFile, setOwnFile] = useState<string>();

  useEffect(() => {
    if (first && 'result' in first) return;
    let live = true;
    (first?.pending ?? loadDataset()).then((result) => live && setLoad(toLoadState(result)));
    return () => {
      live = false;
    };
  }, [first]);

  /** Retry after an error, or back from the user's own file: always asks the server again. */
  const reload = useCallback(() => {
    setOwnFile(undefined);
    setLoad({ status: 'loading' });
    loadDataset(DATASET_URL, true).then((result) => setLoad(toLoadState(result)));
  }, []);
  const openFile = useCallback((name: string, text: string) => {
    setOwnFile(name);
    setLoad(toLoadState(parseDatasetText(text)));
  }, []);

  return { load, ownFile, openFile, reload };
}
