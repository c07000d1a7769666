/**
 * The upgrade change request (changeSheet.ts) as CSV, JSON and Markdown, built in the browser. The
 * CSV guard against formulas and the line-break handling are exports.ts's. Pure.
 */
import type { Assignments } from './addressBook';
import { CHANGE_KINDS, type ChangeEntry, type ChangeKind, type ChangeSheet, diffText, reasonText, type Sides } from './changeSheet';
import type { ComparisonItem } from './compare';
import { csvText, escapeMarkdown, headerOf, markdownTable, ruleJson, sheetCells } from './exports';
import type { Filters } from './filters';
import { exportFilename, type SheetRow } from './sheet';
import type { Translate } from './translate';

/** lync-2013-to-sfb-2019-edge-changes[-topology-…]-2026-11-23.csv */
export const changeExportFilename = (from: string, to: string, filters: Filters, date: string, extension: string) =>
  exportFilename(filters, date, extension, `${from}-to-${to}-edge-changes`);

/** Each entry as sheet rows: the opening to add (new), to close (as it is), to modify (before, then after). */
function entryRows(entry: ChangeEntry): [version: 'new' | 'old' | 'before' | 'after', row: SheetRow][] {
  if (entry.kind === 'add') return entry.new ? [['new', entry.new]] : [];
  if (entry.kind === 'close') return entry.old ? [['old', entry.old]] : [];
  return [entry.old ? ['before', entry.old] : undefined, entry.new ? ['after', entry.new] : undefined].filter(
    (x): x is ['before' | 'after', SheetRow] => x !== undefined,
  );
}

const reasonsOf = (entry: ChangeEntry, t: Translate, product: (id: string) => string) =>
  entry.reasons.map((r) => reasonText(r, t, product)).join(' ');
const diffsOf = (entry: ChangeEntry, t: Translate) => entry.diffs.map((d) => diffText(d, t)).join(t('summary.separator'));

/** One row per opening (two for a modification: before and after), the sheet's columns, then what changed and why. */
export function toChangeCsv(sheet: ChangeSheet, t: Translate, product: (id: string) => string): string {
  const header = [t('changes.columns.action'), t('changes.columns.version'), ...headerOf(t), t('changes.columns.rule')];
  header.push(t('changes.columns.changed'), t('changes.columns.reason'));
  const data = CHANGE_KINDS.flatMap((kind) =>
    sheet[kind].flatMap((entry) =>
      entryRows(entry).map(([version, row]) => [
        t(`changes.action.${kind}`),
        t(`changes.version.${version}`),
        ...sheetCells({ ...row, no: entry.no }),
        entry.id,
        diffsOf(entry, t),
        reasonsOf(entry, t, product),
      ]),
    ),
  );
  return csvText(header, data);
}

export interface ChangeMeta {
  title: string;
  /** "Lync Server 2013 → Skype for Business Server 2019", filters in words. */
  products: string;
  filterSummary: string;
}

/** Three sections, each a table in the sheet's columns, then per opening what changed and why. */
export function toChangeMarkdown(sheet: ChangeSheet, t: Translate, meta: ChangeMeta, product: (id: string) => string): string {
  const lines = [`# ${escapeMarkdown(meta.title)}`, '', escapeMarkdown(meta.products), '', escapeMarkdown(meta.filterSummary)];
  for (const kind of CHANGE_KINDS) {
    const entries = sheet[kind];
    lines.push('', `## ${escapeMarkdown(t(`changes.section.${kind}`, { count: entries.length }))}`, '');
    if (entries.length === 0) {
      lines.push(escapeMarkdown(t('changes.sectionEmpty')));
      continue;
    }
    const rows = entries.flatMap((entry) =>
      entryRows(entry).map(([version, row]) => [t(`changes.version.${version}`), ...sheetCells({ ...row, no: entry.no })]),
    );
    lines.push(...markdownTable([t('changes.columns.version'), ...headerOf(t)], rows), '');
    // Per opening: each changed field, then each reason with its citations.
    for (const entry of entries) {
      lines.push(`${entry.no}. ${escapeMarkdown(`${entry.summary} (${entry.id})`)}`);
      const details = [...entry.diffs.map((d) => diffText(d, t)), ...entry.reasons.map((r) => reasonText(r, t, product))];
      lines.push(...details.map((line) => `   - ${escapeMarkdown(line)}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The comparison for machines: each opening's rules (as the sheet's JSON export writes them), the changed fields' values and the reasons with their citations. */
export function toChangeJson(items: readonly ComparisonItem[], sides: Sides, addresses: Assignments, meta: Record<string, string>): string {
  const version = (side: 'from' | 'to') => ({ product: sides[side].dataset.product?.id, dataset: sides[side].dataset.version });
  const section = (kind: ChangeKind) =>
    items
      .filter((item) => item.kind === kind)
      .map((item) => ({
        id: item.id,
        ...(item.from ? { from: ruleJson(item.from, sides.from, addresses) } : {}),
        ...(item.to ? { to: ruleJson(item.to, sides.to, addresses) } : {}),
        ...(kind === 'change' ? { changes: item.changes } : {}),
        reasons: item.reasons.map(({ dataset: _dataset, ...reason }) => reason),
      }));
  const json = {
    ...meta,
    from: version('from'),
    to: version('to'),
    add: section('add'),
    close: section('close'),
    change: section('change'),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}
