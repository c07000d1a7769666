/**
 * Everything a link carries (the page, the filters, sorting, the selection, shared addresses) as
 * one typed value, and the updates the app makes to it. Pure: the URL codec is in urlState.ts.
 */
import type { Assignments } from './addresses';
import type { FacetId } from './facets';
import { type ActiveFilter, clearFilter, emptyFilters, type Filters, withQuery } from './filters';
import { DEFAULT_PRODUCT, type ProductId } from './products';
import type { Language, PortRange } from './schema';

export const SORTABLE_COLUMNS = [
  'summary',
  'scenario',
  'role',
  'protocol',
  'transport',
  'ports',
  'source',
  'destination',
  'direction',
  'firewall',
  'notes',
] as const;
export type SortColumn = (typeof SORTABLE_COLUMNS)[number];
export interface SortSpec {
  id: SortColumn;
  desc: boolean;
}

/** The pages of the app (`view=` in links); the rule table is the default. */
export const PAGES = ['rules', 'diagram', 'sheet', 'config', 'check', 'changes', 'about'] as const;
export type Page = (typeof PAGES)[number];

/** How the rule table is laid out: one line per rule, or every note in the row. */
export const DENSITIES = ['compact', 'comfortable'] as const;
export type Density = (typeof DENSITIES)[number];

/** Firewall configuration formats (`format=`; absent: nftables): the ids of CONFIG_FORMATS in config/formats.ts, which a unit test keeps equal. */
export const CONFIG_FORMAT_IDS = ['nftables', 'iptables', 'asa', 'panos'] as const;
export type ConfigFormatId = (typeof CONFIG_FORMAT_IDS)[number];

export interface LinkState {
  lang?: Language;
  page: Page;
  /** The rule whose details are open (`rule=`). */
  openRule?: string;
  /** The table's density when the link sets it (`density=`); absent: the reader's own choice. */
  density?: Density;
  filters: Filters;
  sort: SortSpec[];
  /** Rules explicitly selected for the request sheet (empty: the filtered set). */
  selection: string[];
  /** Addresses carried by the link, only when the user chose to share them. */
  addresses?: Assignments;
  /** The request lists only the openings needed: rules another rule of it covers are listed under that rule (`openings=needed`). */
  neededOnly?: boolean;
  /** The firewall configuration's format (`format=`); absent: nftables. */
  format?: ConfigFormatId;
  /** The flow checked on the check page (`flow=`, see flow/url.ts): the 5-tuple as text, never a log line. */
  flow?: string;
  /** The product shown (`product=`); absent: Lync Server 2013, the default. */
  product?: ProductId;
  /** The products compared on the changes page (`from=`, `to=`); absent: see comparedProducts. */
  from?: ProductId;
  to?: ProductId;
}

export function emptyLinkState(): LinkState {
  return { page: 'rules', filters: emptyFilters(), sort: [], selection: [] };
}

const withFilters = (state: LinkState, filters: Filters): LinkState => ({ ...state, filters });

export const setPage = (state: LinkState, page: Page): LinkState => ({ ...state, page });
export const setLang = (state: LinkState, lang: Language): LinkState => ({ ...state, lang });

export const setFacet = (state: LinkState, facet: FacetId, values: readonly string[]): LinkState =>
  withFilters(state, { ...state.filters, facets: { ...state.filters.facets, [facet]: [...new Set(values)] } });

export function toggleFacetValue(state: LinkState, facet: FacetId, id: string, on: boolean): LinkState {
  const selected = state.filters.facets[facet];
  return setFacet(state, facet, on ? [...selected, id] : selected.filter((value) => value !== id));
}

export const setPort = (state: LinkState, port: PortRange | undefined): LinkState => withFilters(state, { ...state.filters, port });
export const setQuery = (state: LinkState, q: string): LinkState => withFilters(state, withQuery(state.filters, q));
export const setHideLegacy = (state: LinkState, hideLegacy: boolean): LinkState => withFilters(state, { ...state.filters, hideLegacy });
export const removeFilter = (state: LinkState, filter: ActiveFilter): LinkState => withFilters(state, clearFilter(state.filters, filter));
/** Every filter off; the page, language, sorting, selection and shared addresses stay. */
export const clearFilters = (state: LinkState): LinkState => withFilters(state, emptyFilters());

export const setSort = (state: LinkState, sort: SortSpec[]): LinkState => ({ ...state, sort });
export const setSelection = (state: LinkState, selection: readonly string[]): LinkState => ({
  ...state,
  selection: [...new Set(selection)],
});
/** Addresses in the link (sharing on), or none (sharing off). */
export const setSharedAddresses = (state: LinkState, addresses: Assignments | undefined): LinkState => ({ ...state, addresses });
export const setOpenRule = (state: LinkState, openRule: string | undefined): LinkState => ({ ...state, openRule });
export const setDensity = (state: LinkState, density: Density | undefined): LinkState => ({ ...state, density });
export const setNeededOnly = (state: LinkState, neededOnly: boolean): LinkState => ({ ...state, neededOnly: neededOnly || undefined });
export const setFormat = (state: LinkState, format: ConfigFormatId | undefined): LinkState => ({
  ...state,
  format: format === 'nftables' ? undefined : format,
});
export const setFlow = (state: LinkState, flow: string | undefined): LinkState => ({ ...state, flow });
/** The product shown; Lync Server 2013 is the default, so its links carry no `product=`. */
export const setProduct = (state: LinkState, product: ProductId): LinkState => ({
  ...state,
  product: product === DEFAULT_PRODUCT ? undefined : product,
});
export const setCompared = (state: LinkState, from: ProductId, to: ProductId): LinkState => ({ ...state, from, to });
