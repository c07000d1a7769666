/**
 * The firewall request sheet as data: one row per rule with resolved names and addresses, the
 * filter summary in words and the file name of exports. Pure; translation is passed in.
 */
import type { Assignments } from './addresses';
import { FACETS, type FacetId, type FilterState } from './facets';
import { formatPortRanges } from './ports';
import type { DatasetIndex, RuleView } from './rules';
import type { Endpoint, Language } from './schema';
import type { Translate } from './translate';

export type { Translate };

export interface SheetEndpoint {
  id: string;
  name: string;
  addresses: string[];
}

export interface SheetRow {
  no: number;
  ruleId: string;
  source: SheetEndpoint;
  destination: SheetEndpoint;
  protocol: string;
  transport: string;
  ports: string;
  sourcePorts: string;
  direction: string;
  firewall: string;
  requirement: string;
  justification: string;
  sourceDocument: string;
}

export const SHEET_COLUMNS = [
  'no',
  'source',
  'sourceAddresses',
  'destination',
  'destinationAddresses',
  'protocol',
  'transport',
  'ports',
  'sourcePorts',
  'direction',
  'firewall',
  'requirement',
  'justification',
  'sourceDocument',
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

const endpointOf = (endpoint: Endpoint, lang: Language, addresses: Assignments): SheetEndpoint => ({
  id: endpoint.id,
  name: endpoint.name[lang],
  addresses: addresses[endpoint.id] ?? [],
});

/** "SIP (MTLS)" etc. via the index; "TCP"; ports as text "50000-59999". */
export function buildSheetRows(
  views: readonly RuleView[],
  index: DatasetIndex,
  lang: Language,
  addresses: Assignments,
  t: Translate,
): SheetRow[] {
  return views.map((view, i) => {
    const { rule } = view;
    const requirement =
      rule.requirement.level === 'required'
        ? t('sheet.required')
        : rule.requirement.condition
          ? t('sheet.optionalWhen', { condition: rule.requirement.condition[lang] })
          : t('sheet.optional');
    return {
      no: i + 1,
      ruleId: rule.id,
      source: endpointOf(view.source, lang, addresses),
      destination: endpointOf(view.destination, lang, addresses),
      protocol: index.protocolLabel(rule),
      transport: rule.transport.toUpperCase(),
      ports: formatPortRanges(rule.ports),
      sourcePorts: rule.sourcePorts ? formatPortRanges(rule.sourcePorts) : '',
      direction: t(`direction.${view.direction}`),
      firewall: view.firewalls.length === 0 ? t('firewall.none') : view.firewalls.map((f) => t(`firewall.${f}`)).join(', '),
      requirement,
      justification: rule.notes[lang],
      sourceDocument: citeProvenance(rule.provenance, t),
    };
  });
}

/**
 * One citation per source document, its tables and rows grouped: "JJ204756 t1 r1, t5 r1; JJ205394 t1 r1".
 * Document codes are the TechNet ids, listed in full (title and URL) by `citedSources`.
 */
export function citeProvenance(
  provenance: readonly ({ source: string; table: number; row: number } | { source: string; paragraph: number })[],
  t: Translate,
): string {
  const byDocument = new Map<string, string[]>();
  for (const p of provenance) {
    const cells = byDocument.get(p.source) ?? [];
    cells.push(
      'table' in p ? t('sheet.tableRowShort', { table: p.table, row: p.row }) : t('sheet.paragraphShort', { paragraph: p.paragraph }),
    );
    byDocument.set(p.source, cells);
  }
  return [...byDocument].map(([source, cells]) => `${source.toUpperCase()} ${cells.join(', ')}`).join('; ');
}

/** The source documents the rules cite, in dataset order, for the sheet's list of sources. */
export function citedSources(views: readonly RuleView[], index: DatasetIndex): DatasetIndex['dataset']['sources'] {
  const cited = new Set(views.flatMap((view) => view.rule.provenance.map((p) => p.source)));
  return index.dataset.sources.filter((source) => cited.has(source.id));
}

/** The rules the sheet lists: the explicit selection if there is one, else the filtered set. */
export function sheetViews(filtered: readonly RuleView[], all: readonly RuleView[], selection: readonly string[]): RuleView[] {
  if (selection.length === 0) return [...filtered];
  const chosen = new Set(selection);
  return all.filter((view) => chosen.has(view.rule.id));
}

/** The active filters in words, e.g. "Topology: Single consolidated Edge…; Port or range: 443". */
export function describeFilters(state: FilterState, label: (facet: FacetId, id: string) => string, t: Translate): string {
  const parts: string[] = [];
  for (const facet of FACETS) {
    const values = state.facets[facet];
    if (values.length > 0)
      parts.push(
        t('sheet.filterItem', {
          filter: t(`filters.${facet}`),
          values: values.map((id) => label(facet, id)).join(t('sheet.listSeparator')),
        }),
      );
  }
  if (state.port.trim()) parts.push(t('sheet.filterItem', { filter: t('filters.port'), values: state.port.trim() }));
  if (state.q.trim()) parts.push(t('sheet.filterText', { filter: t('filters.search'), text: state.q.trim() }));
  if (state.hideLegacy) parts.push(t('sheet.legacyHidden'));
  return parts.length > 0 ? parts.join(t('sheet.filterSeparator')) : t('sheet.noFilter');
}

/** lync-edge-rules[-topology-…]-2026-11-23.csv: the date and the main filters, link-safe. */
export function exportFilename(state: FilterState, date: string, extension: string): string {
  const slug = [
    ...state.facets.topology,
    ...state.facets.scenario,
    ...state.facets.direction,
    state.port.trim() ? `port-${state.port.trim()}` : '',
  ]
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return `lync-edge-rules${slug ? `-${slug}` : ''}-${date}.${extension}`;
}
