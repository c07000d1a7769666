/** The active filters in words, for the empty state, the request sheet and the Markdown export. Pure. */
import type { FacetId } from './facets';
import { type ActiveFilter, activeFilters, type Filters } from './filters';
import { formatPortRange } from './ports';
import type { Translate } from './translate';

/** One active filter in words: "Scenario: SIP federation, XMPP federation", "Search: “edge”". */
export function describeFilter(
  filter: ActiveFilter,
  filters: Filters,
  label: (facet: FacetId, id: string) => string,
  t: Translate,
): string {
  switch (filter.kind) {
    case 'facet':
      return t('summary.item', {
        filter: t(`filters.${filter.facet}`),
        values: filter.values.map((id) => label(filter.facet, id)).join(t('summary.listSeparator')),
      });
    case 'port':
      return t('summary.item', { filter: t('filters.port'), values: filters.port ? formatPortRange(filters.port) : '' });
    case 'q':
      return t('summary.text', { filter: t('filters.search'), text: filters.q.trim() });
    case 'legacy':
      return t('summary.legacyHidden');
  }
}

/** The active filters in words, e.g. "Topology: Single consolidated Edge…; Port or range: 443". */
export function describeFilters(filters: Filters, label: (facet: FacetId, id: string) => string, t: Translate): string {
  const parts = activeFilters(filters).map((filter) => describeFilter(filter, filters, label, t));
  return parts.length > 0 ? parts.join(t('summary.separator')) : t('summary.none');
}
