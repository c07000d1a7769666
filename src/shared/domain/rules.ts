import type { Dataset, Endpoint, Language, Rule } from './schema';
import { type Direction, deriveDirection, deriveFirewalls, type Firewall } from './zones';

/** A rule with its references resolved and its derived facts computed once. */
export interface RuleView {
  rule: Rule;
  source: Endpoint;
  destination: Endpoint;
  direction: Direction;
  firewalls: Firewall[];
}

/** Look-ups by id over a validated dataset, built once per dataset. */
export interface DatasetIndex {
  dataset: Dataset;
  endpoint(id: string): Endpoint | undefined;
  scenarioName(id: string, lang: Language): string;
  roleName(id: string, lang: Language): string;
  /** "SIP (MTLS)", "XMPP", "STUN/MSTURN". */
  protocolLabel(rule: Rule): string;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  const endpoints = byId(dataset.endpoints);
  const scenarios = byId(dataset.scenarios);
  const roles = byId(dataset.roles);
  const protocols = byId(dataset.protocols);
  return {
    dataset,
    endpoint: (id) => endpoints.get(id),
    scenarioName: (id, lang) => scenarios.get(id)?.name[lang] ?? id,
    roleName: (id, lang) => roles.get(id)?.name[lang] ?? id,
    protocolLabel: (rule) => {
      const label = protocols.get(rule.protocol)?.label ?? rule.protocol;
      return rule.security ? `${label} (${rule.security})` : label;
    },
  };
}

/** Resolves every rule of a validated dataset (its references are known to resolve). */
export function buildRuleViews(index: DatasetIndex): RuleView[] {
  return index.dataset.rules.map((rule) => {
    const source = index.endpoint(rule.source);
    const destination = index.endpoint(rule.destination);
    if (!source || !destination) throw new Error(`Unresolved endpoint in rule ${rule.id}`);
    return {
      rule,
      source,
      destination,
      direction: deriveDirection(source.zone, destination.zone),
      firewalls: deriveFirewalls(source.zone, destination.zone),
    };
  });
}
