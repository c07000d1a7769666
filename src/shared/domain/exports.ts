/** CSV (RFC 4180, UTF-8 with BOM), JSON and Markdown from the sheet rows. Pure. */
import Papa from 'papaparse';
import { type Assignments, addressesFor } from './addressBook';
import type { DatasetIndex, ResolvedRule } from './rules';
import { isTableCitation } from './schema';
import { citedSources, SHEET_COLUMNS, type SheetColumn, type SheetRow, type Translate } from './sheet';
import { normalizeLineBreaks, oneLine } from './text';

function cellsOf(row: SheetRow): Record<SheetColumn, string> {
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

/** RFC 4180: CRLF line ends, fields quoted when needed; a BOM so Excel reads UTF-8 (zh-TW) correctly. */
export function toCsv(rows: readonly SheetRow[], t: Translate): string {
  const data = rows.map((row) => {
    const cells = cellsOf(row);
    return SHEET_COLUMNS.map((column) => cells[column]);
  });
  // Ports stay text ("50000-59999"); a leading =, +, -, @, tab or CR is neutralised so spreadsheets never
  // run it as a formula. Every Unicode line break (U+2028, NEL, VT…) becomes "\n": the cell is then quoted.
  const safe = data.map((row) => row.map((cell) => normalizeLineBreaks(/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
  return `\uFEFF${Papa.unparse({ fields: headerOf(t), data: safe }, { newline: '\r\n', quotes: false })}\r\n`;
}

/** One table cell: every Unicode line break (CR, LF, VT, FF, NEL, U+2028, U+2029) becomes a space. */
const escapeMarkdown = (text: string) =>
  oneLine(text)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/([<>*_`[\]])/g, '\\$1');

export function toMarkdown(rows: readonly SheetRow[], t: Translate, title: string, summary: string): string {
  const header = headerOf(t);
  const lines = [
    `# ${escapeMarkdown(title)}`,
    '',
    escapeMarkdown(summary),
    '',
    `| ${header.map(escapeMarkdown).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => {
      const cells = cellsOf(row);
      return `| ${SHEET_COLUMNS.map((column) => escapeMarkdown(cells[column]) || ' ').join(' | ')} |`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

/** The selected rules with endpoint names in both languages and their addresses. */
export function toJson(rules: readonly ResolvedRule[], index: DatasetIndex, addresses: Assignments, meta: Record<string, string>): string {
  const endpoint = (r: ResolvedRule, which: 'source' | 'destination') => {
    const e = r[which];
    return { id: e.id, name: e.name, zone: e.zone, addresses: addressesFor(addresses, e.id) };
  };
  return `${JSON.stringify(
    {
      ...meta,
      dataset: index.dataset.version,
      // CC BY 4.0: who made the source material, the licence, and what was changed.
      licence: {
        credit: [...new Set(citedSources(rules, index).map((s) => s.credit))],
        url: 'https://creativecommons.org/licenses/by/4.0/',
        ...(index.dataset.adaptation ? { changes: index.dataset.adaptation } : {}),
      },
      sources: citedSources(rules, index).map((s) => ({ id: s.id, title: s.title, url: s.url })),
      rules: rules.map((r) => ({
        id: r.rule.id,
        summary: r.rule.summary,
        source: endpoint(r, 'source'),
        destination: endpoint(r, 'destination'),
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
      })),
    },
    null,
    2,
  )}\n`;
}
