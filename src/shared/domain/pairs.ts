import { formatPortRanges } from './ports';
import { buildRuleViews, type DatasetIndex, type RuleView } from './rules';

/** Rules that allow the same protocol and ports both ways between the same two endpoints. */
function pairKey(view: RuleView, reversed: boolean): string {
  const { rule } = view;
  const ends = reversed ? [rule.destination, rule.source] : [rule.source, rule.destination];
  return [rule.protocol, rule.security ?? '', rule.transport, formatPortRanges(rule.ports), ...ends].join('|');
}

/** Maps each rule id of a bidirectional pair to its partner's id. */
export function findPairs(views: readonly RuleView[]): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const view of views) byKey.set(pairKey(view, false), view.rule.id);
  const pairs = new Map<string, string>();
  for (const view of views) {
    const partner = byKey.get(pairKey(view, true));
    if (partner !== undefined && partner !== view.rule.id && !pairs.has(view.rule.id)) {
      pairs.set(view.rule.id, partner);
      pairs.set(partner, view.rule.id);
    }
  }
  return pairs;
}

/** Keeps the dataset order but moves each rule's partner right after it, so pairs read together. */
export function orderWithPairs<T extends RuleView>(views: readonly T[], pairs: ReadonlyMap<string, string>): T[] {
  const byId = new Map(views.map((view) => [view.rule.id, view]));
  const placed = new Set<string>();
  const ordered: T[] = [];
  for (const view of views) {
    if (placed.has(view.rule.id)) continue;
    ordered.push(view);
    placed.add(view.rule.id);
    const partnerId = pairs.get(view.rule.id);
    const partner = partnerId === undefined ? undefined : byId.get(partnerId);
    if (partner && !placed.has(partner.rule.id)) {
      ordered.push(partner);
      placed.add(partner.rule.id);
    }
  }
  return ordered;
}

/** Every rule of a dataset as a view, the bidirectional pairs, and the display order (pairs adjacent). */
export interface RuleModel {
  views: RuleView[];
  pairs: ReadonlyMap<string, string>;
  ordered: RuleView[];
}

/** Built once per dataset and shared by every view of the app (table, diagrams, request sheet). */
export function buildRuleModel(index: DatasetIndex): RuleModel {
  const views = buildRuleViews(index);
  const pairs = findPairs(views);
  return { views, pairs, ordered: orderWithPairs(views, pairs) };
}
