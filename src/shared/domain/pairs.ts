import { formatPortRanges } from './ports';
import { type DatasetIndex, type ResolvedRule, resolveRules } from './rules';

/** Rules that allow the same protocol and ports both ways between the same two endpoints. */
function pairKey(r: ResolvedRule, reversed: boolean): string {
  const { rule } = r;
  const ends = reversed ? [rule.destination, rule.source] : [rule.source, rule.destination];
  return [rule.protocol, rule.security ?? '', rule.transport, formatPortRanges(rule.ports), ...ends].join('|');
}

/** Maps each rule id of a bidirectional pair to its partner's id. */
export function findPairs(rules: readonly ResolvedRule[]): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const r of rules) byKey.set(pairKey(r, false), r.rule.id);
  const pairs = new Map<string, string>();
  for (const r of rules) {
    const partner = byKey.get(pairKey(r, true));
    if (partner !== undefined && partner !== r.rule.id && !pairs.has(r.rule.id)) {
      pairs.set(r.rule.id, partner);
      pairs.set(partner, r.rule.id);
    }
  }
  return pairs;
}

/** Keeps the dataset order but moves each rule's partner right after it, so pairs read together. */
export function orderWithPairs<T extends ResolvedRule>(rules: readonly T[], pairs: ReadonlyMap<string, string>): T[] {
  const byId = new Map(rules.map((r) => [r.rule.id, r]));
  const placed = new Set<string>();
  const ordered: T[] = [];
  for (const r of rules) {
    if (placed.has(r.rule.id)) continue;
    ordered.push(r);
    placed.add(r.rule.id);
    const partnerId = pairs.get(r.rule.id);
    const partner = partnerId === undefined ? undefined : byId.get(partnerId);
    if (partner && !placed.has(partner.rule.id)) {
      ordered.push(partner);
      placed.add(partner.rule.id);
    }
  }
  return ordered;
}

/** Every rule of a dataset resolved, the bidirectional pairs, and the display order (pairs adjacent). */
export interface RuleModel {
  rules: ResolvedRule[];
  pairs: ReadonlyMap<string, string>;
  ordered: ResolvedRule[];
}

/** Built once per dataset and shared by every page of the app (table, diagrams, request sheet). */
export function buildRuleModel(index: DatasetIndex): RuleModel {
  const rules = resolveRules(index);
  const pairs = findPairs(rules);
  return { rules, pairs, ordered: orderWithPairs(rules, pairs) };
}
