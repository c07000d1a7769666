/**
 * The URL contract: the whole link state in the query string, so a link reproduces the view.
 * Absent parameter = no filter. Unknown parameters and values are dropped and reported.
 */

import { addressEntries, addressesFor, toAddressRecord } from './addressBook';
import { ADDRESS_SYNTAX } from './addressSyntax';
import { emptyFacets, FACETS, type FacetId } from './facets';
import { withQuery } from './filters';
import { LIMITS } from './limits';
import { DENSITIES, emptyLinkState, type LinkState, PAGES, SORTABLE_COLUMNS, type SortColumn } from './linkState';
import { formatPortRange, parsePortRange } from './ports';
import { PRODUCT_PARAMS, readProductParam } from './productLink';
import { capItems, cleanText, items, readLanguage, splitQuery } from './query';
import { TRANSPORTS } from './schema';
import { TOOL_PARAMS, TOOL_READERS, toolParams } from './toolParams';
import { DIRECTIONS, FIREWALLS } from './zones';

/** The ids a link may use: for each facet (fixed enums known here, the rest from the dataset), rules and endpoints. */
export type Vocabulary = Record<FacetId, ReadonlySet<string>> & { rules: ReadonlySet<string>; endpoints: ReadonlySet<string> };

export function fixedVocabulary(dataset: {
  topologies?: readonly { id: string }[];
  scenarios: readonly { id: string }[];
  roles: readonly { id: string }[];
  protocols: readonly { id: string }[];
  endpoints: readonly { id: string; kind: string }[];
  rules?: readonly { id: string }[];
}): Vocabulary {
  const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));
  return {
    topology: ids(dataset.topologies ?? []),
    scenario: ids(dataset.scenarios),
    role: ids(dataset.roles),
    direction: new Set(DIRECTIONS),
    protocol: ids(dataset.protocols),
    transport: new Set(TRANSPORTS),
    firewall: new Set(FIREWALLS),
    interface: ids(dataset.endpoints.filter((e) => e.kind === 'interface')),
    rules: ids(dataset.rules ?? []),
    endpoints: ids(dataset.endpoints),
  };
}

export { cleanText, languageFromLink, MAX_TEXT_LENGTH, readLanguage } from './query';

export interface IgnoredParam {
  param: string;
  value?: string;
}

const PARAMS = ['lang', 'view', 'rule', 'density', ...FACETS, 'port', 'q', 'legacy', 'sort', 'rules', 'openings', 'addr'] as const;
/** The parameters an empty value of is skipped silently: PARAMS, the products' (productLink.ts) and the tools' (toolParams.ts). */
const KNOWN: readonly string[] = [...PARAMS, ...PRODUCT_PARAMS, ...TOOL_PARAMS];

const MAX_RULES = 5000;

const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Parameters holding comma-separated values: at most LIMITS.linkItems of each are read. */
const LISTS = new Set<string>([...FACETS, 'rules', 'addr', 'sort']);

type Ignore = (param: string, value?: string) => void;
type Reader = (state: LinkState, value: string, ignore: (value: string) => void, vocabulary: Vocabulary) => void;

/** One reader per parameter (facets are read generically). Each adds what it understands and ignores the rest. */
const READERS: Record<string, Reader> = {
  product: (state, value, ignore) => readProductParam(state, 'product', value) || ignore(value),
  from: (state, value, ignore) => readProductParam(state, 'from', value) || ignore(value),
  to: (state, value, ignore) => readProductParam(state, 'to', value) || ignore(value),
  lang: (state, value, ignore) => {
    const lang = readLanguage(value);
    if (lang) state.lang = lang;
    else ignore(value);
  },
  port: (state, value, ignore) => {
    const parsed = parsePortRange(value);
    if (parsed.ok) state.filters.port = parsed.range;
    else ignore(value);
  },
  q: (state, value) => {
    const text = cleanText(value);
    if (text) state.filters = withQuery(state.filters, text);
  },
  view: (state, value, ignore) => {
    const page = PAGES.find((x) => x === value.toLowerCase());
    if (page) state.page = page;
    else ignore(value);
  },
  rule: (state, value, ignore, vocabulary) => {
    const id = value.toLowerCase();
    if (vocabulary.rules.has(id)) state.openRule = id;
    else ignore(value);
  },
  density: (state, value, ignore) => {
    const density = DENSITIES.find((d) => d === value.toLowerCase());
    if (density) state.density = density;
    else ignore(value);
  },
  legacy: (state, value, ignore) => {
    const mode = value.toLowerCase();
    if (mode === 'hide') state.filters.hideLegacy = true;
    else if (mode !== 'show') ignore(value);
  },
  openings: (state, value, ignore) => {
    const mode = value.toLowerCase();
    if (mode === 'needed') state.neededOnly = true;
    else if (mode !== 'all') ignore(value);
  },
  rules: (state, value, ignore, vocabulary) => {
    for (const item of items(value)) {
      const id = item.toLowerCase();
      if (!vocabulary.rules.has(id)) ignore(item);
      else if (!state.selection.includes(id) && state.selection.length < MAX_RULES) state.selection.push(id);
    }
  },
  // addr=endpoint*address*address,endpoint*address: kept as given (if they look like addresses) for
  // the full validation, which reports the invalid ones in the link's address notice.
  addr: (state, value, ignore, vocabulary) => {
    const book = new Map(addressEntries(state.addresses));
    for (const entry of items(value)) {
      const [rawId = '', ...given] = entry.split('*');
      const id = rawId.trim().toLowerCase();
      const addresses = given.map((a) => a.trim()).filter((a) => ADDRESS_SYNTAX.test(a));
      if (!vocabulary.endpoints.has(id) || addresses.length === 0 || addresses.length !== given.length) {
        ignore(entry);
        continue;
      }
      book.set(id, [...new Set([...(book.get(id) ?? []), ...addresses])].slice(0, LIMITS.addressesPerEndpoint));
    }
    if (book.size > 0) state.addresses = toAddressRecord(book);
  },
  ...TOOL_READERS,
  sort: (state, value, ignore) => {
    for (const item of items(value)) {
      const token = item.toLowerCase();
      const desc = token.startsWith('-');
      const id = (desc ? token.slice(1) : token) as SortColumn;
      if ((SORTABLE_COLUMNS as readonly string[]).includes(id) && !state.sort.some((s) => s.id === id)) state.sort.push({ id, desc });
      else ignore(item);
    }
  },
};

/**
 * Reads a query string; never throws. What it cannot use is listed in `ignored` (at most
 * LIMITS.ignoredListed entries; `omitted` counts the others), and at most LIMITS.linkItems values
 * of one parameter are read.
 */
export function decodeLinkState(search: string, vocabulary: Vocabulary): { state: LinkState; ignored: IgnoredParam[]; omitted?: number } {
  const state = emptyLinkState();
  const facets = emptyFacets();
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  let omitted = 0;
  const ignore: Ignore = (param, value) => {
    if (ignored.length >= LIMITS.ignoredListed) {
      omitted++;
      return;
    }
    const entry = { param: shorten(cleanText(param)) || '?', ...(value === undefined ? {} : { value: shorten(cleanText(value)) }) };
    const key = `${entry.param}\u0000${entry.value ?? ''}`;
    if (!seen.has(key)) ignored.push(entry);
    seen.add(key);
  };

  for (const [rawName, rawValue, malformed] of splitQuery(search)) {
    const name = rawName.trim().toLowerCase();
    let value = rawValue.trim();
    if (LISTS.has(name)) {
      const [kept, rest] = capItems(value);
      value = kept;
      omitted += rest;
    }
    if (malformed) {
      ignore(rawName, rawValue);
      continue;
    }
    if (value === '' && KNOWN.includes(name)) continue;
    if ((FACETS as readonly string[]).includes(name)) {
      const facet = name as FacetId;
      for (const item of items(value)) {
        const id = item.toLowerCase();
        if (!vocabulary[facet].has(id)) ignore(name, item);
        else if (!facets[facet].includes(id)) facets[facet].push(id);
      }
      continue;
    }
    const reader = Object.hasOwn(READERS, name) ? READERS[name] : undefined;
    if (reader) reader(state, value, (item) => ignore(name, item), vocabulary);
    else ignore(rawName, rawValue === '' ? undefined : rawValue);
  }
  for (const facet of FACETS) facets[facet].sort();
  state.selection.sort();
  state.filters = { ...state.filters, facets };
  return omitted > 0 ? { state, ignored, omitted } : { state, ignored };
}

const encodeAddressPart = (part: string) => encodeURIComponent(part).replace(/%3A/gi, ':').replace(/%2F/gi, '/');

/** Writes the canonical query string ("" for the default view). Ids are link-safe; text is percent-encoded. */
export function encodeLinkState(state: LinkState): string {
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(`${name}=${value}`);
  const { filters } = state;
  if (state.lang) add('lang', state.lang);
  if (state.page !== 'rules') add('view', state.page);
  if (state.product) add('product', state.product);
  // The compared products belong to the changes page only.
  for (const key of state.page === 'changes' ? (['from', 'to'] as const) : []) if (state[key]) add(key, state[key]);
  if (state.openRule) add('rule', state.openRule);
  if (state.density) add('density', state.density);
  for (const facet of FACETS) {
    const values = [...new Set(filters.facets[facet])].sort();
    if (values.length > 0) add(facet, values.map(encodeURIComponent).join(','));
  }
  if (filters.port) add('port', formatPortRange(filters.port));
  const q = cleanText(filters.q);
  if (q) add('q', encodeURIComponent(q));
  if (filters.hideLegacy) add('legacy', 'hide');
  if (state.sort.length > 0) add('sort', state.sort.map((s) => (s.desc ? `-${s.id}` : s.id)).join(','));
  if (state.selection.length > 0) add('rules', [...new Set(state.selection)].sort().join(','));
  if (state.neededOnly) add('openings', 'needed');
  const addr = addressEntries(state.addresses)
    .filter(([id]) => addressesFor(state.addresses, id).length > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, list]) => [id, ...list].map(encodeAddressPart).join('*'));
  if (addr.length > 0) add('addr', addr.join(','));
  for (const [name, value] of toolParams(state)) add(name, value);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
