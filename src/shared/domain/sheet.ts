/**
 * The firewall request sheet as data: one row per rule with resolved names and addresses, the
 * filter summary in words and the file name of exports. Pure; translation is passed in.
 */
import { type Assignments, addressesFor } from './addressBook';
import { findCoverings } from './covering';
import type { Filters } from './filters';
import { formatPortRange, formatPortRanges } from './ports';
import type { DatasetIndex, ResolvedRule } from './rules';
import type { Endpoint, Language } from './schema';
import type { Translate } from './translate';
import { describeFirewalls } from './zones';

/** The filter summary in words lives in filterSummary.ts (the explorer needs it in its first load; the rest of this module is the sheet's). */
export { describeFilter, describeFilters } from './filterSummary';
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
  /** In full: "Required", "Optional: <condition>". */
  requirement: string;
  /** For the paper: one word, with the condition in the notes. */
  requirementShort: string;
  condition: string;
  /** The rule's one-line summary: why the opening is requested. */
  justification: string;
  notes: string;
  /** Document, table and row of every citation: "JJ204756 t1 r1, t5 r1; GG425882 t2 r1". */
  sourceDocument: string;
  /** The cited documents' ids, in citation order (the paper numbers them against its list of sources). */
  documentIds: string[];
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
  'notes',
  'sourceDocument',
] as const;
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

const endpointOf = (endpoint: Endpoint, lang: Language, addresses: Assignments): SheetEndpoint => ({
  id: endpoint.id,
  name: endpoint.name[lang],
  addresses: [...addressesFor(addresses, endpoint.id)],
});

/** "SIP (MTLS)" etc. via the index; "TCP"; ports as text "50000-59999". */
export function buildSheetRows(
  rules: readonly ResolvedRule[],
  index: DatasetIndex,
  lang: Language,
  addresses: Assignments,
  t: Translate,
): SheetRow[] {
  return rules.map((resolved, i) => {
    const { rule } = resolved;
    const requirement =
      rule.requirement.level === 'required'
        ? t('sheet.required')
        : rule.requirement.condition
          ? t('sheet.optionalWhen', { condition: rule.requirement.condition[lang] })
          : t('sheet.optional');
    return {
      no: i + 1,
      ruleId: rule.id,
      source: endpointOf(resolved.source, lang, addresses),
      destination: endpointOf(resolved.destination, lang, addresses),
      protocol: index.protocolLabel(rule),
      transport: rule.transport.toUpperCase(),
      ports: formatPortRanges(rule.ports),
      sourcePorts: rule.sourcePorts ? formatPortRanges(rule.sourcePorts) : '',
      direction: t(`direction.${resolved.direction}`),
      firewall: describeFirewalls(resolved.firewalls, t),
      requirement,
      requirementShort: rule.requirement.level === 'required' ? t('sheet.required') : t('sheet.optional'),
      condition: rule.requirement.condition?.[lang] ?? '',
      justification: rule.summary[lang],
      notes: rule.notes[lang],
      sourceDocument: citeProvenance(rule.provenance, t),
      documentIds: [...new Set(rule.provenance.map((p) => p.source))],
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
  return [...byDocument]
    .map(([source, cells]) => `${source.toUpperCase()} ${cells.join(t('summary.listSeparator'))}`)
    .join(t('summary.separator'));
}

/** The source documents the rules cite, in dataset order, for the sheet's list of sources. */
export function citedSources(rules: readonly ResolvedRule[], index: DatasetIndex): DatasetIndex['dataset']['sources'] {
  const cited = new Set(rules.flatMap((resolved) => resolved.rule.provenance.map((p) => p.source)));
  return index.dataset.sources.filter((source) => cited.has(source.id));
}

/** The rules the sheet lists: the explicit selection if there is one, else the filtered set. */
export function sheetRules(filtered: readonly ResolvedRule[], all: readonly ResolvedRule[], selection: readonly string[]): ResolvedRule[] {
  if (selection.length === 0) return [...filtered];
  const chosen = new Set(selection);
  return all.filter((rule) => chosen.has(rule.rule.id));
}

/** The rules a request must open, and under each the covered rules it makes unnecessary. */
export interface Openings {
  rules: ResolvedRule[];
  /** Kept rule id → the rules it covers that were left out (nothing is lost: they are listed under it). */
  covered: Map<string, ResolvedRule[]>;
}

/**
 * "List only the openings needed": leaves out each rule that another rule of the same request
 * already covers (see covering.ts), and files it under the first covering rule that stays.
 */
export function neededOpenings(rules: readonly ResolvedRule[]): Openings {
  const coverings = findCoverings(rules);
  const kept = rules.filter((r) => !coverings.has(r.rule.id));
  const keptIds = new Set(kept.map((r) => r.rule.id));
  const covered = new Map<string, ResolvedRule[]>();
  for (const r of rules) {
    const by = coverings.get(r.rule.id)?.find((id) => keptIds.has(id));
    if (by === undefined) continue;
    covered.set(by, [...(covered.get(by) ?? []), r]);
  }
  return { rules: kept, covered };
}

/** lync-edge-rules[-topology-…]-2026-11-23.csv: the date and the main filters, link-safe; `prefix` names the product (products.ts, exportPrefix). */
export function exportFilename(filters: Filters, date: string, extension: string, prefix = 'lync-edge-rules'): string {
  const slug = [
    ...filters.facets.topology,
    ...filters.facets.scenario,
    ...filters.facets.direction,
    filters.port ? `port-${formatPortRange(filters.port)}` : '',
  ]
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return `${prefix}${slug ? `-${slug}` : ''}-${date}.${extension}`;
}
