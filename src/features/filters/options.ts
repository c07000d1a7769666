import type { TFunction } from 'i18next';
import { FACETS, type FacetId, facetValues } from '../../shared/domain/facets';
import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import { type Language, TRANSPORTS } from '../../shared/domain/schema';
import { DIRECTIONS, FIREWALLS } from '../../shared/domain/zones';

/** One choice of a facet: its id and its label in the reader's language. */
export interface FacetOption {
  id: string;
  label: string;
}

/** The choices of every facet: each id that occurs in the dataset, in dataset (or natural) order. */
export function facetOptions(
  index: DatasetIndex,
  rules: readonly ResolvedRule[],
  lang: Language,
  t: TFunction,
): Record<FacetId, FacetOption[]> {
  const { dataset } = index;
  const ids = (items: readonly { id: string }[] | undefined) => (items ?? []).map((item) => item.id);
  const protocolLabel = new Map(dataset.protocols.map((p) => [p.id, p.label]));
  /** Every possible id of a facet, in order, and its label. */
  const vocabulary: Record<FacetId, [readonly string[], (id: string) => string]> = {
    topology: [ids(dataset.topologies), (id) => index.topologyName(id, lang)],
    scenario: [ids(dataset.scenarios), (id) => index.scenarioName(id, lang)],
    role: [ids(dataset.roles), (id) => index.roleName(id, lang)],
    direction: [DIRECTIONS, (id) => t(`direction.${id}`)],
    protocol: [ids(dataset.protocols), (id) => protocolLabel.get(id) ?? id],
    transport: [TRANSPORTS, (id) => id.toUpperCase()],
    firewall: [FIREWALLS, (id) => t(`firewall.${id}`)],
    interface: [ids(dataset.endpoints), (id) => index.endpoint(id)?.name[lang] ?? id],
  };
  const options = {} as Record<FacetId, FacetOption[]>;
  for (const facet of FACETS) {
    const present = new Set(rules.flatMap((r) => facetValues(r, facet)));
    const [all, label] = vocabulary[facet];
    options[facet] = all.filter((id) => present.has(id)).map((id) => ({ id, label: label(id) }));
  }
  return options;
}
