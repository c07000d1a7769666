import type { TFunction } from 'i18next';
import { FACETS, type FacetId, facetValues } from '../../shared/domain/facets';
import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import type { FacetOption } from './FilterPanel';

/** The choices of every facet: each id that occurs in the dataset, in dataset (or natural) order. */
export function facetOptions(
  index: DatasetIndex,
  rules: readonly ResolvedRule[],
  lang: Language,
  t: TFunction,
): Record<FacetId, FacetOption[]> {
  const { dataset } = index;
  const present = (facet: FacetId) => new Set(rules.flatMap((r) => facetValues(r, facet)));
  const labelled = (facet: FacetId, ids: readonly string[], label: (id: string) => string): FacetOption[] => {
    const seen = present(facet);
    return ids.filter((id) => seen.has(id)).map((id) => ({ id, label: label(id) }));
  };
  const options = {} as Record<FacetId, FacetOption[]>;
  for (const facet of FACETS) {
    switch (facet) {
      case 'topology':
        options[facet] = labelled(
          facet,
          (dataset.topologies ?? []).map((x) => x.id),
          (id) => index.topologyName(id, lang),
        );
        break;
      case 'scenario':
        options[facet] = labelled(
          facet,
          dataset.scenarios.map((s) => s.id),
          (id) => index.scenarioName(id, lang),
        );
        break;
      case 'role':
        options[facet] = labelled(
          facet,
          dataset.roles.map((r) => r.id),
          (id) => index.roleName(id, lang),
        );
        break;
      case 'protocol':
        options[facet] = labelled(
          facet,
          dataset.protocols.map((p) => p.id),
          (id) => dataset.protocols.find((p) => p.id === id)?.label ?? id,
        );
        break;
      case 'interface':
        options[facet] = labelled(
          facet,
          dataset.endpoints.map((e) => e.id),
          (id) => index.endpoint(id)?.name[lang] ?? id,
        );
        break;
      case 'direction':
        options[facet] = labelled(facet, ['inbound', 'outbound', 'lateral'], (id) => t(`direction.${id}`));
        break;
      case 'transport':
        options[facet] = labelled(facet, ['tcp', 'udp'], (id) => id.toUpperCase());
        break;
      case 'firewall':
        options[facet] = labelled(facet, ['external', 'internal'], (id) => t(`firewall.${id}`));
        break;
    }
  }
  return options;
}
