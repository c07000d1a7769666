import {
  type ColumnFiltersState,
  type ColumnVisibilityState,
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  type FilterFn,
  type RowSelectionState,
  rowSelectionFeature,
  rowSortingFeature,
  type SortFn,
  type SortingState,
  tableFeatures,
  type Updater,
  useTable,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Assignments } from '../../shared/domain/addresses';
import { FACETS, type FacetId, matchesFacet, matchPort, type TextFilters, textFilterPredicate } from '../../shared/domain/facets';
import { formatPortRanges, portSortKey } from '../../shared/domain/ports';
import type { DatasetIndex, RuleView } from '../../shared/domain/rules';
import type { Language, PortRange } from '../../shared/domain/schema';
import type { SortSpec } from '../../shared/domain/urlState';
import { useCachedTranslation } from '../../shared/i18n/cachedTranslate';
import { EndpointName } from '../../shared/ui/EndpointName';
import { Provenance } from './Provenance';

export const features = tableFeatures({
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnVisibilityFeature,
  rowSelectionFeature,
});
const column = createColumnHelper<typeof features, RuleView>();

/** Column filter for a facet: the filter value is the list of selected ids. */
const facetFilter =
  (facet: FacetId): FilterFn<typeof features, RuleView> =>
  (row, _columnId, selected: string[]) =>
    matchesFacet(row.original, facet, selected);

const facetColumn = (facet: FacetId) => ({
  filterFn: facetFilter(facet),
});

/**
 * The port box, the text search and the legacy toggle, as one column filter on a hidden column:
 * the table's data stays the same object while the user types, so rows are not rebuilt, and the
 * facet counts take the text filters into account like any other filter.
 */
let lastText: { filters: TextFilters; predicate: (view: RuleView) => boolean } | undefined;
const textFilter: FilterFn<typeof features, RuleView> = (row, _columnId, filters: TextFilters) => {
  if (lastText?.filters !== filters) lastText = { filters, predicate: textFilterPredicate(filters) };
  return lastText.predicate(row.original);
};

const byPorts: SortFn<typeof features, RuleView> = (a, b) => portSortKey(a.original.rule.ports) - portSortKey(b.original.rule.ports);

export interface RuleTableOptions {
  /** Every rule, in display order (pairs adjacent); filtering happens in the table. */
  rows: RuleView[];
  /** Port, text and legacy filters. */
  text: TextFilters;
  index: DatasetIndex;
  lang: Language;
  facets: Record<FacetId, readonly string[]>;
  sort: SortSpec[];
  onSortChange: (sort: SortSpec[]) => void;
  pairs: ReadonlyMap<string, string>;
  /** The port filter, when valid: the ports cell says whether it matched a source port. */
  portQuery?: PortRange;
  /** Rules ticked for the request sheet (`rules` in the URL). */
  selection: readonly string[];
  onSelectionChange: (ruleIds: string[]) => void;
  /** Addresses assigned to endpoints, shown next to their names. */
  addresses: Assignments;
}

/** Facet-only columns: they filter and count but are not shown. */
const HIDDEN: ColumnVisibilityState = { topology: false, interface: false, text: false };

export function useRuleTable({
  rows,
  text,
  index,
  lang,
  facets,
  sort,
  onSortChange,
  pairs,
  portQuery,
  selection,
  onSelectionChange,
  addresses,
}: RuleTableOptions) {
  const t = useCachedTranslation();
  const columns = useMemo(() => {
    const resolve = (ids: readonly string[] | undefined) => (ids ?? []).flatMap((id) => index.endpoint(id) ?? []);
    const endpointColumn = (side: 'source' | 'destination') =>
      column.accessor((r) => r[side].name[lang], {
        id: side,
        header: () => t(`columns.${side}`),
        sortFn: byText,
        cell: (info) => {
          const { rule } = info.row.original;
          const endpoint = info.row.original[side];
          return (
            <EndpointName
              t={t}
              endpoint={endpoint}
              lang={lang}
              canBe={resolve(side === 'source' ? rule.sourceCanBe : rule.destinationCanBe)}
              addresses={addresses[endpoint.id]}
            />
          );
        },
      });
    const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
    const byText: SortFn<typeof features, RuleView> = (a, b, id) => collator.compare(String(a.getValue(id)), String(b.getValue(id)));
    return column.columns([
      column.display({
        id: 'select',
        header: ({ table }) => (
          <input
            type="checkbox"
            aria-label={t('table.selectAll')}
            checked={table.getIsAllRowsSelected()}
            ref={(el) => {
              if (el) el.indeterminate = table.getIsSomeRowsSelected();
            }}
            onChange={table.getToggleAllRowsSelectedHandler()}
          />
        ),
        cell: ({ row }) => (
          <input
            type="checkbox"
            aria-label={`${t('table.select')}: ${row.original.rule.id}`}
            checked={row.getIsSelected()}
            onChange={row.getToggleSelectedHandler()}
          />
        ),
      }),
      column.accessor((r) => r.rule.scenarios.map((id) => index.scenarioName(id, lang)).join(', '), {
        id: 'scenario',
        header: () => t('columns.scenario'),
        sortFn: byText,
        ...facetColumn('scenario'),
      }),
      column.accessor((r) => index.roleName(r.rule.role, lang), {
        id: 'role',
        header: () => t('columns.role'),
        sortFn: byText,
        ...facetColumn('role'),
      }),
      column.accessor((r) => index.protocolLabel(r.rule), {
        id: 'protocol',
        header: () => t('columns.protocol'),
        sortFn: byText,
        ...facetColumn('protocol'),
        cell: (info) => (
          <>
            {info.getValue()}
            {info.row.original.rule.legacy && (
              <span className="badge badge-legacy" title={t('table.legacyTitle')}>
                {t('table.legacy')}
              </span>
            )}
          </>
        ),
      }),
      column.accessor((r) => r.rule.transport.toUpperCase(), {
        id: 'transport',
        header: () => t('columns.transport'),
        sortFn: byText,
        ...facetColumn('transport'),
      }),
      column.accessor((r) => formatPortRanges(r.rule.ports), {
        id: 'ports',
        header: () => t('columns.ports'),
        sortFn: byPorts,
        cell: (info) => {
          const { sourcePorts } = info.row.original.rule;
          const matched = portQuery ? matchPort(info.row.original, portQuery) : undefined;
          return (
            <>
              <span className="ports">{info.getValue()}</span>
              {sourcePorts && <span className="source-ports">{t('table.sourcePorts', { ports: formatPortRanges(sourcePorts) })}</span>}
              {matched === 'source' && <span className="badge badge-match">{t('table.matchedSource')}</span>}
            </>
          );
        },
      }),
      endpointColumn('source'),
      endpointColumn('destination'),
      column.accessor((r) => t(`direction.${r.direction}`), {
        id: 'direction',
        header: () => t('columns.direction'),
        sortFn: byText,
        ...facetColumn('direction'),
        cell: (info) => {
          const view = info.row.original;
          const partner = pairs.get(view.rule.id);
          return (
            <>
              <span className={`direction direction-${view.direction}`}>{info.getValue()}</span>
              {partner && (
                <a className="badge badge-pair" href={`#rule-${partner}`} title={t('table.pairTitle')}>
                  {t('table.pair')}
                </a>
              )}
            </>
          );
        },
      }),
      column.accessor((r) => (r.firewalls.length === 0 ? t('firewall.none') : r.firewalls.map((f) => t(`firewall.${f}`)).join(', ')), {
        id: 'firewall',
        header: () => t('columns.firewall'),
        sortFn: byText,
        ...facetColumn('firewall'),
      }),
      column.accessor((r) => r.rule.notes[lang], {
        id: 'notes',
        header: () => t('columns.notes'),
        sortFn: byText,
        cell: (info) => {
          const { requirement, provenance } = info.row.original.rule;
          return (
            <>
              <span className="note-text">{info.getValue()}</span>
              {requirement.level === 'optional' && (
                <span className="condition">
                  <span className="badge">{t('table.optional')}</span> {requirement.condition?.[lang]}
                </span>
              )}
              <Provenance provenance={provenance} index={index} lang={lang} t={t} />
            </>
          );
        },
      }),
      column.accessor((r) => r.topologies.join(','), {
        id: 'topology',
        header: () => t('filters.topology'),
        enableSorting: false,
        ...facetColumn('topology'),
      }),
      column.accessor((r) => r.interfaces.join(','), {
        id: 'interface',
        header: () => t('filters.interface'),
        enableSorting: false,
        ...facetColumn('interface'),
      }),
      column.accessor((r) => r.searchText, {
        id: 'text',
        header: () => t('filters.search'),
        enableSorting: false,
        filterFn: textFilter,
      }),
    ]);
  }, [t, index, lang, pairs, portQuery, addresses]);

  const { port, q, hideLegacy } = text;
  const columnFilters = useMemo<ColumnFiltersState>(() => {
    const filters: ColumnFiltersState = FACETS.filter((facet) => facets[facet].length > 0).map((facet) => ({
      id: facet,
      value: [...facets[facet]],
    }));
    if (port.trim() !== '' || q.trim() !== '' || hideLegacy)
      filters.push({ id: 'text', value: { port, q, hideLegacy } satisfies TextFilters });
    return filters;
  }, [facets, port, q, hideLegacy]);
  const sorting = useMemo<SortingState>(() => sort.map((s) => ({ id: s.id, desc: s.desc })), [sort]);
  const rowSelection = useMemo<RowSelectionState>(() => Object.fromEntries(selection.map((id) => [id, true])), [selection]);

  return useTable({
    features,
    columns,
    data: rows,
    getRowId: (r) => r.rule.id,
    state: { columnFilters, sorting, columnVisibility: HIDDEN, rowSelection },
    onRowSelectionChange: (updater: Updater<RowSelectionState>) => {
      const next = typeof updater === 'function' ? updater(rowSelection) : updater;
      onSelectionChange(Object.keys(next).filter((id) => next[id]));
    },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      onSortChange(next.map((s) => ({ id: s.id as SortSpec['id'], desc: s.desc })));
    },
    enableMultiSort: false,
    sortDescFirst: false,
    enableSortingRemoval: true,
  });
}

export type RuleTableInstance = ReturnType<typeof useRuleTable>;
