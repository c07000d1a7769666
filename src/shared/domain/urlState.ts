/**
 * The URL contract: the whole view state in the query string, so a link reproduces the view.
 * Absent parameter = no filter. Unknown parameters and values are dropped and reported.
 */

import type { Assignments } from './addresses';
import { ADDRESS_SYNTAX } from './addressSyntax';
import { emptyFacets, FACETS, type FacetId, type FilterState } from './facets';
import { parsePortRange } from './ports';
import { LANGUAGES, type Language, TRANSPORTS } from './schema';
import { DIRECTIONS, FIREWALLS } from './zones';

export const SORTABLE_COLUMNS = [
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

/** Which page of the app is shown; the rule table is the default. */
export const VIEWS = ['rules', 'diagram', 'sheet', 'about'] as const;
export type AppView = (typeof VIEWS)[number];

export interface ViewState extends FilterState {
  lang?: Language;
  view: AppView;
  sort: SortSpec[];
  /** Rules explicitly selected for the request sheet (empty: the filtered set). */
  rules: string[];
  /** Addresses carried by the link, only when the user chose to share them. */
  addresses?: Assignments;
}

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

export interface IgnoredParam {
  param: string;
  value?: string;
}

export const MAX_TEXT_LENGTH = 200;
const PARAMS = ['lang', 'view', ...FACETS, 'port', 'q', 'legacy', 'sort', 'rules', 'addr'] as const;

const MAX_RULES = 5000;

export function emptyViewState(): ViewState {
  return { view: 'rules', facets: emptyFacets(), port: '', q: '', hideLegacy: false, sort: [], rules: [] };
}

/** Removes control characters and bidirectional overrides, collapses spaces, caps the length. */
export function cleanText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_TEXT_LENGTH)
  );
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Name, value, and whether the value's percent-encoding was broken (then the parameter is ignored, not guessed). */
function splitQuery(search: string): [string, string, boolean][] {
  const body = search.startsWith('?') ? search.slice(1) : search;
  return body
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      if (eq === -1) return [safeDecode(part), '', false];
      const raw = part.slice(eq + 1);
      const value = safeDecode(raw);
      return [safeDecode(part.slice(0, eq)), value, value === raw && /%/.test(raw) && !/^(?:[^%]|%[0-9a-f]{2})*$/i.test(raw)];
    });
}

const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Reads a query string; never throws. What it cannot use is listed in `ignored`. */
export function decodeViewState(search: string, vocabulary: Vocabulary): { state: ViewState; ignored: IgnoredParam[] } {
  const state = emptyViewState();
  const facets = emptyFacets();
  const ignored: IgnoredParam[] = [];
  const ignore = (param: string, value?: string) => {
    const entry = { param: shorten(cleanText(param)) || '?', ...(value === undefined ? {} : { value: shorten(cleanText(value)) }) };
    if (!ignored.some((i) => i.param === entry.param && i.value === entry.value)) ignored.push(entry);
  };

  for (const [rawName, rawValue, malformed] of splitQuery(search)) {
    const name = rawName.trim().toLowerCase();
    const value = rawValue.trim();
    if (malformed) {
      ignore(rawName, rawValue);
      continue;
    }
    if (value === '' && (PARAMS as readonly string[]).includes(name)) continue;
    if ((FACETS as readonly string[]).includes(name)) {
      const facet = name as FacetId;
      for (const item of value.split(',')) {
        const id = item.trim().toLowerCase();
        if (id === '') continue;
        if (vocabulary[facet].has(id)) {
          if (!facets[facet].includes(id)) facets[facet].push(id);
        } else ignore(name, item.trim());
      }
      continue;
    }
    switch (name) {
      case 'lang': {
        const lang = LANGUAGES.find((l) => l.toLowerCase() === value.toLowerCase());
        if (lang) state.lang = lang;
        else ignore(name, value);
        break;
      }
      case 'port': {
        const parsed = parsePortRange(value);
        if (parsed.ok)
          state.port = parsed.range.from === parsed.range.to ? String(parsed.range.from) : `${parsed.range.from}-${parsed.range.to}`;
        else ignore(name, value);
        break;
      }
      case 'q': {
        const text = cleanText(value);
        if (text) state.q = text;
        break;
      }
      case 'view': {
        const view = VIEWS.find((x) => x === value.toLowerCase());
        if (view) state.view = view;
        else ignore(name, value);
        break;
      }
      case 'legacy': {
        const mode = value.toLowerCase();
        if (mode === 'hide') state.hideLegacy = true;
        else if (mode !== 'show') ignore(name, value);
        break;
      }
      case 'rules': {
        for (const item of value.split(',')) {
          const id = item.trim().toLowerCase();
          if (id === '') continue;
          if (vocabulary.rules.has(id)) {
            if (!state.rules.includes(id) && state.rules.length < MAX_RULES) state.rules.push(id);
          } else ignore(name, item.trim());
        }
        break;
      }
      case 'addr': {
        // addr=endpoint*address*address,endpoint*address
        for (const entry of value.split(',')) {
          const [rawId = '', ...list] = entry.split('*');
          const id = rawId.trim().toLowerCase();
          if (id === '') continue;
          const addresses = list.map((a) => a.trim()).filter((a) => ADDRESS_SYNTAX.test(a));
          if (!vocabulary.endpoints.has(id) || addresses.length === 0 || addresses.length !== list.length) {
            ignore(name, entry.trim());
            continue;
          }
          state.addresses = { ...state.addresses, [id]: [...new Set([...(state.addresses?.[id] ?? []), ...addresses])].slice(0, 64) };
        }
        break;
      }
      case 'sort': {
        for (const item of value.split(',')) {
          const token = item.trim().toLowerCase();
          if (token === '') continue;
          const desc = token.startsWith('-');
          const id = (desc ? token.slice(1) : token) as SortColumn;
          if ((SORTABLE_COLUMNS as readonly string[]).includes(id) && !state.sort.some((s) => s.id === id)) state.sort.push({ id, desc });
          else ignore(name, item.trim());
        }
        break;
      }
      default:
        ignore(rawName, rawValue === '' ? undefined : rawValue);
    }
  }
  for (const facet of FACETS) facets[facet].sort();
  state.rules.sort();
  return { state: { ...state, facets }, ignored };
}

/** Writes the canonical query string ("" for the default view). Ids are link-safe; text is percent-encoded. */
export function encodeViewState(state: ViewState): string {
  const parts: string[] = [];
  const add = (name: string, value: string) => parts.push(`${name}=${value}`);
  if (state.lang) add('lang', state.lang);
  if (state.view !== 'rules') add('view', state.view);
  for (const facet of FACETS) {
    const values = [...new Set(state.facets[facet])].sort();
    if (values.length > 0) add(facet, values.map(encodeURIComponent).join(','));
  }
  const port = parsePortRange(state.port);
  if (port.ok) add('port', port.range.from === port.range.to ? String(port.range.from) : `${port.range.from}-${port.range.to}`);
  const q = cleanText(state.q);
  if (q) add('q', encodeURIComponent(q));
  if (state.hideLegacy) add('legacy', 'hide');
  if (state.sort.length > 0) add('sort', state.sort.map((s) => (s.desc ? `-${s.id}` : s.id)).join(','));
  if (state.rules.length > 0) add('rules', [...new Set(state.rules)].sort().join(','));
  const addr = Object.entries(state.addresses ?? {})
    .filter(([, list]) => list.length > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, list]) => [id, ...list].map((part) => encodeURIComponent(part).replace(/%3A/gi, ':').replace(/%2F/gi, '/')).join('*'));
  if (addr.length > 0) add('addr', addr.join(','));
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
