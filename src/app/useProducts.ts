import { useMemo } from 'react';
import { comparedProducts, DEFAULT_PRODUCT, PRODUCT_IDS, type ProductId } from '../shared/domain/products';
import type { Dataset } from '../shared/domain/schema';
import { decodeLinkState, fixedVocabulary, type Vocabulary } from '../shared/domain/urlState';
import { type FirstLoad, readyDataset, useDataset } from './useDataset';

const NO_VOCABULARY = fixedVocabulary({ scenarios: [], roles: [], protocols: [], endpoints: [] });

/**
 * What a link shows (its page and products), read before any dataset is loaded (they decide which
 * datasets to load, and the vocabulary the rest of the link is checked against), exactly as decodeLinkState reads them.
 */
export const linkTargets = (search: string) => decodeLinkState(search, NO_VOCABULARY).state;

/** The ids a link may use on a page showing two datasets (the changes page): either's. */
export function unionVocabulary(a: Vocabulary, b: Vocabulary | undefined): Vocabulary {
  if (!b) return a;
  const out = { ...a };
  for (const key of Object.keys(a) as (keyof Vocabulary)[]) out[key] = new Set([...a[key], ...b[key]]);
  return out;
}

/**
 * Which datasets the link needs and their loading: the product shown (`product=`), and on the
 * changes page the two compared (`from=`, `to=`), on About every product (it lists their sources).
 * The link is read before any dataset (linkTargets), so its other parameters are checked against the
 * datasets it shows: the vocabulary is undefined until they are all loaded.
 */
export function useProducts(first: FirstLoad | undefined) {
  const search = window.location.search;
  const targets = useMemo(() => linkTargets(search), [search]);
  const shown = targets.product ?? DEFAULT_PRODUCT;
  const compared = comparedProducts(shown, targets.from, targets.to);
  const onChanges = targets.page === 'changes';
  const needed: readonly ProductId[] = onChanges ? [compared.from, compared.to] : targets.page === 'about' ? PRODUCT_IDS : [];
  const data = useDataset(first, shown, needed);
  const { load, get } = data;
  // The vocabulary's datasets: the two compared on the changes page, else the one shown (or the user's file).
  const slots = onChanges ? [get(compared.from), get(compared.to)] : [load];
  const waiting = slots.some((slot) => slot.status === 'loading');
  const [a, b] = slots.map(readyDataset) as [Dataset | undefined, Dataset | undefined];
  const vocabulary = useMemo(() => {
    if (waiting) return undefined;
    const [one, other] = [a, b].filter((d): d is Dataset => d !== undefined).map(fixedVocabulary);
    return one && unionVocabulary(one, other);
  }, [waiting, a, b]);
  return { ...data, shown, compared, targets, vocabulary };
}
