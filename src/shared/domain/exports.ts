/** CSV (RFC 4180, UTF-8 with BOM), JSON and Markdown from the sheet rows. Pure. */
import Papa from 'papaparse';
import type { Assignments } from './addresses';
import type { DatasetIndex, RuleView } from './rules';
import { isTableCitation } from './schema';
import { SHEET_COLUMNS, type SheetColumn, type SheetRow, type Translate } from './sheet';

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
  // Ports stay text ("50000-59999"); a leading =, +, - or @ is neutralised so spreadsheets never run it as a formula.
  const safe = data.map((row) => row.map((cell) => (/^[=+\-@]/.test(cell) ? `'${cell}` : cell)));
  return `\uFEFF${Papa.unparse({ fields: headerOf(t), data: safe }, { newline: '\r\n', quotes: false })}\r\n`;
}

const escapeMarkdown = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
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
export function toJson(views: readonly RuleView[], index: DatasetIndex, addresses: Assignments, meta: Record<string, string>): string {
  const endpoint = (view: RuleView, which: 'source' | 'destination') => {
    const e = view[which];
    return { id: e.id, name: e.name, zone: e.zone, addresses: addresses[e.id] ?? [] };
  };
  return `${JSON.stringify(
    {
      ...meta,
      dataset: index.dataset.version,
      rules: views.map((view) => ({
        id: view.rule.id,
        source: endpoint(view, 'source'),
        destination: endpoint(view, 'destination'),
        protocol: index.protocolLabel(view.rule),
        transport: view.rule.transport,
        ports: view.rule.ports,
        ...(view.rule.sourcePorts ? { sourcePorts: view.rule.sourcePorts } : {}),
        direction: view.direction,
        firewalls: view.firewalls,
        requirement: view.rule.requirement,
        scenarios: view.rule.scenarios,
        topologies: view.topologies,
        notes: view.rule.notes,
        provenance: view.rule.provenance.map((p) =>
          isTableCitation(p) ? { source: p.source, table: p.table, row: p.row } : { source: p.source, paragraph: p.paragraph },
        ),
      })),
    },
    null,
    2,
  )}\n`;
}
