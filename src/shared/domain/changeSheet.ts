/**
 * The comparison of two products as an upgrade change request: the openings to add, to close and to
 * modify, each as the request sheet's rows (buildSheetRows; old and new for a modification), with
 * the changed fields in words and the reasons the documents give, with their citations. Built once
 * and shared by the page, the paper and the CSV/JSON/Markdown exports. Pure; translation is passed in.
 */
import type { Assignments } from './addressBook';
import { describeChanges, type FieldDiff } from './changeFields';
import { type ChangeReason, type ComparisonItem, unexplained } from './compare';
import type { DatasetIndex, ResolvedRule } from './rules';
import { type ChangeField, isTableCitation, type Language, type Provenance } from './schema';
import { buildSheetRows, type SheetRow } from './sheet';
import type { Translate } from './translate';

export interface CitationView {
  documentId: string;
  documentTitle: string;
  url?: string;
  /** "table 10, row 9" or "paragraph 137". */
  place: string;
  /** The cited cells (joined) or sentence, verbatim. */
  quote: string;
  /** The quote's language: English where the document has no zh-TW text (the hybrid tables). */
  quoteLang: Language;
  erratum?: string;
}

export interface ReasonView {
  change: ChangeReason['change'];
  /** The product of the step the note explains. */
  step: string;
  reversed: boolean;
  /** The dataset whose documents the citations are from. */
  dataset: 'from' | 'to';
  fields: readonly ChangeField[];
  text: string;
  citations: CitationView[];
}

export type ChangeKind = 'add' | 'close' | 'change';
export const CHANGE_KINDS: readonly ChangeKind[] = ['add', 'close', 'change'];

export interface ChangeEntry {
  no: number;
  id: string;
  kind: ChangeKind;
  summary: string;
  /** The opening as it is (close, change) and as it must be (add, change), as request sheet rows. */
  old?: SheetRow;
  new?: SheetRow;
  diffs: FieldDiff[];
  reasons: ReasonView[];
  /** What no reason explains (none in the built-in products; a user's dataset may lack notes). */
  unexplained: (ChangeField | 'kind')[];
}

export type ChangeSheet = Record<ChangeKind, ChangeEntry[]> & { unchanged: number };

export interface Sides {
  from: DatasetIndex;
  to: DatasetIndex;
}

export function citationView(p: Provenance, index: DatasetIndex, lang: Language, t: Translate): CitationView {
  const source = index.source(p.source);
  const table = isTableCitation(p);
  // A document with no zh-TW text (its cells are empty) is quoted in English, marked as such.
  const cells = table ? (p.cells[lang].some(Boolean) ? lang : 'en') : lang;
  return {
    documentId: p.source,
    documentTitle: source?.title[lang] ?? p.source,
    ...(source ? { url: source.url } : {}),
    place: table ? t('table.tableRow', { table: p.table, row: p.row }) : t('table.paragraph', { paragraph: p.paragraph }),
    quote: table ? p.cells[cells].filter(Boolean).join(' | ') : p.quote[lang],
    quoteLang: cells,
    ...(p.erratum ? { erratum: p.erratum[lang] } : {}),
  };
}

export function reasonView(reason: ChangeReason, sides: Sides, lang: Language, t: Translate): ReasonView {
  const index = reason.dataset === 'from' ? sides.from : sides.to;
  return {
    change: reason.change,
    step: reason.in,
    reversed: reason.reversed,
    dataset: reason.dataset,
    fields: reason.fields ?? [],
    text: reason.reason[lang],
    citations: reason.provenance.map((p) => citationView(p, index, lang, t)),
  };
}

/** The comparison (already filtered, see filterComparison) as the request's three sections. */
export function buildChangeSheet(
  items: readonly ComparisonItem[],
  sides: Sides,
  lang: Language,
  addresses: Assignments,
  t: Translate,
): ChangeSheet {
  const section = (kind: ChangeKind): ChangeEntry[] => {
    const listed = items.filter((item) => item.kind === kind);
    const rows = (side: 'from' | 'to') =>
      buildSheetRows(
        listed.map((item) => item[side]).filter((r): r is ResolvedRule => r !== undefined),
        sides[side],
        lang,
        addresses,
        t,
      );
    const olds = kind === 'add' ? [] : rows('from');
    const news = kind === 'close' ? [] : rows('to');
    return listed.map((item, i) => ({
      no: i + 1,
      id: item.id,
      kind,
      summary: (item.to ?? item.from)?.rule.summary[lang] ?? item.id,
      ...(olds[i] ? { old: olds[i] } : {}),
      ...(news[i] ? { new: news[i] } : {}),
      diffs: describeChanges(item.changes, sides, lang, t),
      reasons: item.reasons.map((reason) => reasonView(reason, sides, lang, t)),
      unexplained: unexplained(item),
    }));
  };
  return {
    add: section('add'),
    close: section('close'),
    change: section('change'),
    unchanged: items.filter((item) => item.kind === 'same').length,
  };
}

/** A reason in one line, with its citations: for CSV cells, Markdown and the paper's notes. */
export function reasonText(reason: ReasonView, t: Translate, productName: (id: string) => string): string {
  const step = t(reason.reversed ? 'changes.reasonReversed' : `changes.reasonStep.${reason.change}`, { product: productName(reason.step) });
  const cited = reason.citations
    .map((c) => t('changes.citation', { title: c.documentTitle, place: c.place, quote: t('changes.quote', { text: c.quote }) }))
    .join(t('summary.separator'));
  return `${step} ${reason.text} ${t('changes.citedList', { cited: t('changes.cited'), list: cited })}`;
}

export interface CitedSource {
  id: string;
  title: string;
  url: string;
}

/** The documents the request cites (its rows and its reasons), each once, in the order they are first cited. */
export function changeSources(sheet: ChangeSheet, sides: Sides, lang: Language): CitedSource[] {
  const out = new Map<string, CitedSource>();
  const add = (id: string, index: DatasetIndex) => {
    const source = out.has(id) ? undefined : index.source(id);
    if (source) out.set(id, { id, title: (source.heading ?? source.title)[lang], url: source.url });
  };
  for (const entry of CHANGE_KINDS.flatMap((kind) => sheet[kind])) {
    for (const id of entry.old?.documentIds ?? []) add(id, sides.from);
    for (const id of entry.new?.documentIds ?? []) add(id, sides.to);
    for (const reason of entry.reasons) for (const c of reason.citations) add(c.documentId, sides[reason.dataset]);
  }
  return [...out.values()];
}

/** A changed field in one line: "Source port(s): 3478 → —". */
export const diffText = (diff: FieldDiff, t: Translate) => t('changes.diff', { field: diff.label, from: diff.from, to: diff.to });
