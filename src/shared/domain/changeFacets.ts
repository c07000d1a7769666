/** The filter panel's counts on the changes page, as countFilteredFacets gives them for the rules table. Pure. */
import { type ComparisonItem, filterComparison } from './compare';
import { FACETS, type FacetCounts, type FacetId, facetValues } from './facets';
import type { Filters } from './filters';

/**
 * For each facet value, how many openings to add, close or modify the page would list with that
 * value if the facet's own selection were ignored and every other filter kept (an opening counts for
 * a value either of its two rules carries).
 */
export function countComparisonFacets(items: readonly ComparisonItem[], filters: Filters): FacetCounts {
  const counts = {} as Record<FacetId, Map<string, number>>;
  for (const facet of FACETS) {
    const map = new Map<string, number>();
    for (const item of filterComparison(items, { ...filters, facets: { ...filters.facets, [facet]: [] } })) {
      if (item.kind === 'same') continue;
      const values = new Set([item.from, item.to].flatMap((view) => (view ? facetValues(view, facet) : [])));
      for (const value of values) map.set(value, (map.get(value) ?? 0) + 1);
    }
    counts[facet] = map;
  }
  return counts;
}

/** The openings that are legacy on either side (for the "Hide legacy rules" toggle). */
export const legacyItems = (items: readonly ComparisonItem[]) =>
  items.filter((item) => item.kind !== 'same' && (item.from?.rule.legacy || item.to?.rule.legacy));
