/** CSV (RFC 4180, UTF-8 with BOM), JSON and Markdown from the sheet rows. Pure. */
import Papa from 'papaparse';
import { type Assignments, addressesFor } from './addressBook';
import type { DatasetIndex, ResolvedRule } from './rules';
import { isTableCitation } from './schema';
import { citedSources, SHEET_COLUMNS, type SheetColumn, type SheetRow, type Translate } from './sheet';
import { normalizeLineBreaks, oneLine } from './text';

export function cellsOf(row: SheetRow): Record<SheetColumn, string> {
  return {
    no: String(row.no),
    source: row.source.name,
    sourceAddresses: row.source.addresses.join(' '),
    destination: row.destination.name,
    destinationAddresses: row.destination.addresses.join(' '),
    protocol: row.protocol,
    transport: row.transport,
    ports: row.ports,
    sourcePorts: row.sourcePorts,
    direction: row.direction,
    firewall: row.firewall,
    requirement: row.requirement,
    justification: row.justification,
    notes: row.notes,
    sourceDocument: row.sourceDocument,
  };
}

export const headerOf = (t: Translate) => SHEET_COLUMNS.map((column) => t(`sheet.columns.${column}`));

/** A sheet row's cells in SHEET_COLUMNS order. */
export const sheetCells = (row: SheetRow): string[] => {
  const cells = cellsOf(row);
  return SHEET_COLUMNS.map((column) => cells[column]);
};

/**
 * RFC 4180: CRLF line ends, fields quoted when needed; a BOM so Excel reads UTF-8 (zh-TW) correctly.
 * Ports stay text ("50000-59999"); a leading =, +, -, @, tab or CR is neutralised so spreadsheets never
 * run it as a formula. Every Unicode line break (U+2028, NEL, VT…) becomes "\n": the cell is then quoted.
 */
export function csvText(header: readonly string[], data: readonly (readonly string[])[]): string {
  const safe = data.map((row) => row.map((cell) => normalizeLineBreaks(/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
  return `\uFEFF${Papa.unparse({ fields: [...header], data: safe }, { newline: '\r\n', quotes: false })}\r\n`;
}

export const toCsv = (rows: readonly SheetRow[], t: Translate): string => csvText(headerOf(t), rows.map(sheetCells));

/** One table cell: every Unicode line break (CR, LF, VT, FF, NEL, U+2028, U+2029) becomes a space. */
export const escapeMarkdown = (text: string) =>
  oneLine(text)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/([<>*_`[\]])/g, '\\$1');

/** A Markdown table: the header, its rule, one line per row (an empty cell holds a space). */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [
    `| ${header.map(escapeMarkdown).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((cells) => `| ${cells.map((cell) => escapeMarkdown(cell) || ' ').join(' | ')} |`),
  ];
}

export function toMarkdown(rows: readonly SheetRow[], t: Translate, title: string, summary: string): string {
  const lines = [`# ${escapeMarkdown(title)}`, '', escapeMarkdown(summary), '', ...markdownTable(headerOf(t), rows.map(sheetCells))];
  return `${lines.join('\n')}\n`;
}

/** One rule for the JSON exports: endpoint names in both languages and their addresses, ports as ranges, provenance. */
export function ruleJson(r: ResolvedRule, index: DatasetIndex, addresses: Assignments) {
  const endpoint = (which: 'source' | 'destination') => {
    const e = r[which];
    return { id: e.id, name: e.name, zone: e.zone, addresses: addressesFor(addresses, e.id) };
  };
  return {
    id: r.rule.id,
    summary: r.rule.summary,
    source: endpoint('source'),
    destination: endpoint('destination'),
    protocol: index.protocolLabel(r.rule),
    transport: r.rule.transport,
    ports: r.rule.ports,
    ...(r.rule.sourcePorts ? { sourcePorts: r.rule.sourcePorts } : {}),
    direction: r.direction,
    firewalls: r.firewalls,
    requirement: r.rule.requirement,
    scenarios: r.rule.scenarios,
    topologies: r.topologies,
    notes: r.rule.notes,
    provenance: r.rule.provenance.map((p) =>
      isTableCitation(p) ? { source: p.source, table: p.table, row: p.row } : { source: p.source, paragraph: p.paragraph },
    ),
  };
}

/** The selected rules with endpoint names in both languages and their addresses. */
export function toJson(rules: readonly ResolvedRule[], index: DatasetIndex, addresses: Assignments, meta: Record<string, string>): string {
  const cited = citedSources(rules, index);
  const json = {
    ...meta,
    dataset: index.dataset.version,
    // CC BY 4.0: who made the source material, the licence, and what was changed.
    licence: {
      credit: [...new Set(cited.map((s) => s.credit))],
      url: 'https://creativecommons.org/licenses/by/4.0/',
      ...(index.dataset.adaptation ? { changes: index.dataset.adaptation } : {}),
    },
    sources: cited.map((s) => ({ id: s.id, title: s.title, url: s.url })),
    rules: rules.map((r) => ruleJson(r, index, addresses)),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** What a JSON export says about itself: the request's title, the filters in words, the live link, when and in which language. */
export const exportMeta = (title: string, filters: string, link: string, language: string): Record<string, string> => ({
  title,
  filters,
  link,
  generated: new Date().toISOString(),
  language,
});
