import type { ResolvedRule } from './rules';

/** The categorical filters, in the order they appear in the UI and in links. */
export const FACETS = ['topology', 'scenario', 'role', 'direction', 'protocol', 'transport', 'firewall', 'interface'] as const;
export type FacetId = (typeof FACETS)[number];

/** The selected ids of every facet; an empty list means no filter on that facet. */
export type FacetSelection = Record<FacetId, readonly string[]>;

export function emptyFacets(): Record<FacetId, string[]> {
  return { topology: [], scenario: [], role: [], direction: [], protocol: [], transport: [], firewall: [], interface: [] };
}

/** The ids a rule carries for one facet. A rule may carry several (scenarios, firewalls, interfaces). */
export function facetValues(rule: ResolvedRule, facet: FacetId): readonly string[] {
  switch (facet) {
    case 'topology':
      return rule.topologies;
    case 'scenario':
      return rule.rule.scenarios;
    case 'role':
      return [rule.rule.role];
    case 'direction':
      return [rule.direction];
    case 'protocol':
      return [rule.rule.protocol];
    case 'transport':
      return [rule.rule.transport];
    case 'firewall':
      return rule.firewalls;
    case 'interface':
      return rule.interfaces;
  }
}

/** An empty selection means no filter; otherwise the rule must carry one of the selected ids. */
export function matchesFacet(rule: ResolvedRule, facet: FacetId, selected: readonly string[]): boolean {
  if (selected.length === 0) return true;
  return facetValues(rule, facet).some((value) => selected.includes(value));
}

export type FacetCounts = Record<FacetId, ReadonlyMap<string, number>>;

/**
 * Faceted counts in one pass: for each facet value, how many rules would match if that facet's
 * own selection were ignored and every other filter kept (the counts a reader needs next to each
 * checkbox). Equal to filtering once per facet, but one loop and no intermediate arrays, so it
 * stays fast on an organisation's matrix of 100,000 rules. `passesOthers` is every non-facet filter.
 */
export function countFacets(
  rules: readonly ResolvedRule[],
  selection: FacetSelection,
  passesOthers: (rule: ResolvedRule) => boolean,
): FacetCounts {
  const active = FACETS.filter((facet) => selection[facet].length > 0);
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<FacetId, Map<string, number>>;
  const add = (rule: ResolvedRule, facet: FacetId) => {
    const map = counts[facet];
    for (const value of facetValues(rule, facet)) map.set(value, (map.get(value) ?? 0) + 1);
  };
  for (const rule of rules) {
    if (!passesOthers(rule)) continue;
    let failed: FacetId | undefined;
    let failures = 0;
    for (const facet of active) {
      if (!matchesFacet(rule, facet, selection[facet])) {
        failed = facet;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) for (const facet of FACETS) add(rule, facet);
    else if (failures === 1 && failed) add(rule, failed);
  }
  return counts;
}
