import { formatPortRanges } from './ports';
import { type Dataset, type Endpoint, LANGUAGES, type Language, type LocalizedText, type Rule, type SourceDocument } from './schema';
import { buildSearchText } from './search';
import { type Direction, deriveDirection, deriveFirewalls, type Firewall } from './zones';

/** A rule with its references resolved and its derived facts computed once. */
export interface ResolvedRule {
  rule: Rule;
  source: Endpoint;
  destination: Endpoint;
  direction: Direction;
  firewalls: Firewall[];
  /** The rule's topologies; a rule that names none belongs to every topology of the dataset. */
  topologies: readonly string[];
  /** Ids of the endpoints of this rule that are interfaces of our servers. */
  interfaces: string[];
  /** Normalised text in both languages that the free-text filter searches. */
  searchText: string;
}

/** Look-ups by id over a validated dataset, built once per dataset. */
export interface DatasetIndex {
  dataset: Dataset;
  endpoint(id: string): Endpoint | undefined;
  source(id: string): SourceDocument | undefined;
  scenarioName(id: string, lang: Language): string;
  topologyName(id: string, lang: Language): string;
  roleName(id: string, lang: Language): string;
  /** A rule's one-line summary by id (the id itself if unknown). */
  ruleSummary(id: string, lang: Language): string;
  /** "SIP (MTLS)", "XMPP", "STUN/MSTURN". */
  protocolLabel(rule: Rule): string;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  const endpoints = byId(dataset.endpoints);
  const sources = byId(dataset.sources);
  const scenarios = byId(dataset.scenarios);
  const topologies = byId(dataset.topologies ?? []);
  const roles = byId(dataset.roles);
  const protocols = byId(dataset.protocols);
  const rules = byId(dataset.rules);
  return {
    dataset,
    endpoint: (id) => endpoints.get(id),
    source: (id) => sources.get(id),
    scenarioName: (id, lang) => scenarios.get(id)?.name[lang] ?? id,
    topologyName: (id, lang) => topologies.get(id)?.name[lang] ?? id,
    roleName: (id, lang) => roles.get(id)?.name[lang] ?? id,
    ruleSummary: (id, lang) => {
      const rule = rules.get(id);
      return rule ? ruleSummary(rule, lang) : id;
    },
    protocolLabel: (rule) => {
      const label = protocols.get(rule.protocol)?.label ?? rule.protocol;
      return rule.security ? `${label} (${rule.security})` : label;
    },
  };
}

/** Resolves every rule of a validated dataset (its references are known to resolve). */
export function resolveRules(index: DatasetIndex): ResolvedRule[] {
  const allTopologies = (index.dataset.topologies ?? []).map((t) => t.id);
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
      topologies: rule.topologies && rule.topologies.length > 0 ? rule.topologies : allTopologies,
      interfaces: [source, destination].filter((e) => e.kind === 'interface').map((e) => e.id),
      searchText: buildSearchText(searchParts(index, rule, source, destination)),
    };
  });
}

const bothLanguages = (text: LocalizedText | undefined): string[] => (text ? [text.en, text['zh-TW']] : []);

function searchParts(index: DatasetIndex, rule: Rule, source: Endpoint, destination: Endpoint): string[] {
  const endpointText = (e: Endpoint) => [e.id, ...bothLanguages(e.name), ...(e.aliases ?? []).flatMap(bothLanguages)];
  return [
    rule.id,
    index.protocolLabel(rule),
    rule.transport,
    formatPortRanges(rule.ports),
    rule.sourcePorts ? formatPortRanges(rule.sourcePorts) : '',
    ...endpointText(source),
    ...endpointText(destination),
    ...bothLanguages(rule.summary),
    ...bothLanguages(rule.notes),
    ...bothLanguages(rule.requirement.condition),
    ...rule.scenarios.flatMap((id) => LANGUAGES.map((lang) => index.scenarioName(id, lang))),
    ...(rule.topologies ?? []).flatMap((id) => LANGUAGES.map((lang) => index.topologyName(id, lang))),
    ...LANGUAGES.map((lang) => index.roleName(rule.role, lang)),
  ];
}

/** The rule's one-line summary. */
export function ruleSummary(rule: Rule, lang: Language): string {
  return rule.summary[lang];
}
