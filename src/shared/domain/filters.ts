/**
 * The whole filter of the explorer as one typed value, parsed once (from a link or a control),
 * and the one function that applies it. The table, facet counts, diagrams, sheet and exports all
 * consume `filterRules`' result.
 */
import { countFacets, emptyFacets, FACETS, type FacetCounts, type FacetId, type FacetSelection, matchesFacet } from './facets';
import { rangesOverlap } from './ports';
import type { ResolvedRule } from './rules';
import type { PortRange } from './schema';
import { matchesTokens, searchTokens } from './search';

export interface Filters {
  facets: FacetSelection;
  /** A port or range: rules whose destination or source ports overlap it. */
  port?: PortRange;
  /** The search text as the user typed it, and its normalised tokens. */
  q: string;
  tokens: readonly string[];
  hideLegacy: boolean;
}

export function emptyFilters(): Filters {
  return { facets: emptyFacets(), q: '', tokens: [], hideLegacy: false };
}

/** The search text and its tokens, always set together. */
export const withQuery = (filters: Filters, q: string): Filters => ({ ...filters, q, tokens: searchTokens(q) });

export type PortMatch = 'destination' | 'source';

/** Which of the rule's ports a queried port or range falls in or overlaps, destination first. */
export function matchPort(rule: ResolvedRule, query: PortRange): PortMatch | undefined {
  if (rule.rule.ports.some((range) => rangesOverlap(range, query))) return 'destination';
  if (rule.rule.sourcePorts?.some((range) => rangesOverlap(range, query))) return 'source';
  return undefined;
}

/** The port, text and legacy filters (everything but the facets). */
export function passesNonFacet(filters: Filters): (rule: ResolvedRule) => boolean {
  const { port, tokens, hideLegacy } = filters;
  return (rule) =>
    (!hideLegacy || !rule.rule.legacy) &&
    (port === undefined || matchPort(rule, port) !== undefined) &&
    matchesTokens(rule.searchText, tokens);
}

/** The one filtering path: the rules that pass every filter, in their given order. */
export function filterRules(rules: readonly ResolvedRule[], filters: Filters): ResolvedRule[] {
  const others = passesNonFacet(filters);
  const active = FACETS.filter((facet) => filters.facets[facet].length > 0);
  return rules.filter((rule) => others(rule) && active.every((facet) => matchesFacet(rule, facet, filters.facets[facet])));
}

/** Counts for every facet value given the other filters (see countFacets). */
export function countFilteredFacets(rules: readonly ResolvedRule[], filters: Filters): FacetCounts {
  return countFacets(rules, filters.facets, passesNonFacet(filters));
}

export type ActiveFilter = { kind: 'facet'; facet: FacetId; values: readonly string[] } | { kind: 'port' | 'q' | 'legacy' };

export function activeFilters(filters: Filters): ActiveFilter[] {
  const active: ActiveFilter[] = FACETS.filter((facet) => filters.facets[facet].length > 0).map((facet) => ({
    kind: 'facet',
    facet,
    values: filters.facets[facet],
  }));
  if (filters.port) active.push({ kind: 'port' });
  if (filters.tokens.length > 0) active.push({ kind: 'q' });
  if (filters.hideLegacy) active.push({ kind: 'legacy' });
  return active;
}

/** The filters without one of them. */
export function clearFilter(filters: Filters, filter: ActiveFilter): Filters {
  switch (filter.kind) {
    case 'facet':
      return { ...filters, facets: { ...filters.facets, [filter.facet]: [] } };
    case 'port':
      return { ...filters, port: undefined };
    case 'q':
      return withQuery(filters, '');
    case 'legacy':
      return { ...filters, hideLegacy: false };
  }
}

/** For an empty result: each active filter with the number of rules that removing it alone would show. */
export function explainEmpty(rules: readonly ResolvedRule[], filters: Filters): { filter: ActiveFilter; wouldShow: number }[] {
  return activeFilters(filters).map((filter) => ({ filter, wouldShow: filterRules(rules, clearFilter(filters, filter)).length }));
}
