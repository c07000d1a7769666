/**
 * Compares the rules of two products (any two datasets, either direction): which rules to ADD (in
 * `to` only), to CLOSE (in `from` only), and which CHANGED (same id, a differing field), each with
 * the reasons the documents give. Rules are matched by id: the same flow keeps its id in every product.
 *
 * Reasons are data in the later product's dataset (`history`): its product line, oldest first, and a
 * change note per rule and step (added / removed / changed, with the fields it explains and
 * citations). A dataset carries the notes of every step of its line, so lync-2013 → sfb-2019 finds
 * the rules removed in sfb-2015 as well as those removed in sfb-2019; compared the other way, the same
 * notes explain the opposite moves (`reversed`).
 *
 * Summary and provenance are not compared. Notes are: a rule whose facts are equal but whose notes
 * differ is a change on `notes` only, so a product keeps the earlier product's note wherever its
 * documents say the same thing, and a differing note needs a reason like any other field.
 */
import { FACETS, matchesFacet } from './facets';
import { type Filters, passesNonFacet } from './filters';
import { indexDataset, type ResolvedRule, resolveRules } from './rules';
import { CHANGE_FIELDS, type ChangeField, type ChangeNote, type Dataset, type LocalizedText, type Provenance, type Rule } from './schema';

export type ComparisonKind = 'add' | 'close' | 'change' | 'same';

/** A field's value as compared: a rule's own value, except `topologies` (absent = every topology of the dataset). */
export type FieldValue<F extends ChangeField> = F extends 'topologies' ? readonly string[] : Rule[F];
export type FieldChange = { [F in ChangeField]: { field: F; from: FieldValue<F>; to: FieldValue<F> } }[ChangeField];

export interface ChangeReason {
  change: ChangeNote['change'];
  /** The product of the step the note is about. */
  in: string;
  /** True when comparing a later product with an earlier one: the note explains the opposite move. */
  reversed: boolean;
  fields?: readonly ChangeField[];
  reason: LocalizedText;
  provenance: readonly Provenance[];
  /** The dataset whose sources the provenance cites. */
  dataset: 'from' | 'to';
}

export interface ComparisonItem {
  id: string;
  kind: ComparisonKind;
  /** The rule in each dataset, resolved like the rules table's rows (endpoints, zones, direction, firewalls). */
  from?: ResolvedRule;
  to?: ResolvedRule;
  changes: FieldChange[];
  reasons: ChangeReason[];
}

/** forward: `to` is later in `from`'s product line; backward: the reverse; unrelated: no line links them. */
export type ProductOrder = 'forward' | 'backward' | 'same' | 'unrelated';

export interface Comparison {
  order: ProductOrder;
  items: ComparisonItem[];
}

const SET_FIELDS: ReadonlySet<ChangeField> = new Set(['topologies', 'scenarios', 'sourceCanBe', 'destinationCanBe']);

/** JSON with sorted keys, so values that differ only in key order compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

function fieldValue(view: ResolvedRule, field: ChangeField): unknown {
  return field === 'topologies' ? view.topologies : view.rule[field];
}

/** Sets are compared unordered, port lists sorted; an absent list equals an empty one. */
function comparable(view: ResolvedRule, field: ChangeField): string {
  const value = fieldValue(view, field);
  if (SET_FIELDS.has(field)) return canonical([...((value as string[] | undefined) ?? [])].sort());
  if (field === 'ports' || field === 'sourcePorts') {
    const ranges = [...((value as Rule['ports'] | undefined) ?? [])];
    return canonical(ranges.sort((a, b) => a.from - b.from || a.to - b.to));
  }
  return canonical(value);
}

export function diffRules(from: ResolvedRule, to: ResolvedRule): FieldChange[] {
  return CHANGE_FIELDS.filter((field) => comparable(from, field) !== comparable(to, field)).map(
    (field) => ({ field, from: fieldValue(from, field), to: fieldValue(to, field) }) as FieldChange,
  );
}

function productOrder(from: Dataset, to: Dataset): { order: ProductOrder; later?: 'from' | 'to'; steps: Set<string> } {
  const a = from.product?.id;
  const b = to.product?.id;
  if (a === undefined || b === undefined) return { order: 'unrelated', steps: new Set() };
  if (a === b) return { order: 'same', steps: new Set() };
  const after = (line: readonly string[] | undefined, earlier: string, later: string) =>
    line && line.at(-1) === later && line.includes(earlier) ? new Set(line.slice(line.indexOf(earlier) + 1)) : undefined;
  const forward = after(to.history?.products, a, b);
  if (forward) return { order: 'forward', later: 'to', steps: forward };
  const backward = after(from.history?.products, b, a);
  if (backward) return { order: 'backward', later: 'from', steps: backward };
  return { order: 'unrelated', steps: new Set() };
}

export function compareDatasets(from: Dataset, to: Dataset): Comparison {
  const fromViews = resolveRules(indexDataset(from));
  const toViews = resolveRules(indexDataset(to));
  const toById = new Map(toViews.map((v) => [v.rule.id, v]));
  const fromIds = new Set(fromViews.map((v) => v.rule.id));
  const { order, later, steps } = productOrder(from, to);
  const notes = later ? ((later === 'to' ? to : from).history?.changes ?? []).filter((n) => steps.has(n.in)) : [];
  // An addition or closure is explained by `added`/`removed` notes, a change by `changed` notes
  // (a rule changed in one step and removed in the next keeps only the removal), else by any note.
  const reasonsFor = (id: string, kind: ComparisonKind): ChangeReason[] => {
    const all = notes.filter((n) => n.rule === id);
    const fitting = all.filter((n) => (n.change === 'changed') === (kind === 'change' || kind === 'same'));
    return (fitting.length > 0 ? fitting : all).map((n) => ({
      change: n.change,
      in: n.in,
      reversed: order === 'backward',
      ...(n.fields ? { fields: n.fields } : {}),
      reason: n.reason,
      provenance: n.provenance,
      dataset: later ?? 'to',
    }));
  };
  const items: ComparisonItem[] = fromViews.map((view) => {
    const other = toById.get(view.rule.id);
    if (!other) return { id: view.rule.id, kind: 'close', from: view, changes: [], reasons: reasonsFor(view.rule.id, 'close') };
    const changes = diffRules(view, other);
    const kind = changes.length > 0 ? 'change' : 'same';
    return { id: view.rule.id, kind, from: view, to: other, changes, reasons: reasonsFor(view.rule.id, kind) };
  });
  for (const view of toViews) {
    if (!fromIds.has(view.rule.id))
      items.push({ id: view.rule.id, kind: 'add', to: view, changes: [], reasons: reasonsFor(view.rule.id, 'add') });
  }
  return { order, items };
}

const within = (value: unknown, selected: readonly string[]) =>
  ((value as readonly string[]) ?? []).filter((t) => selected.includes(t)).sort();

/**
 * The comparison seen through the rules table's filters: a side counts if its rule passes them. A
 * rule that passes on one side only is an addition or a closure for this view (e.g. a rule that gains
 * the selected topology is an opening to add there); a topology change that leaves the selected
 * topologies unchanged is not a change for this view.
 */
export function filterComparison(items: readonly ComparisonItem[], state: Filters): ComparisonItem[] {
  const text = passesNonFacet(state);
  const passes = (view: ResolvedRule | undefined) =>
    view !== undefined && text(view) && FACETS.every((facet) => matchesFacet(view, facet, state.facets[facet]));
  const selected = state.facets.topology;
  return items.flatMap((item): ComparisonItem[] => {
    const inFrom = passes(item.from);
    const inTo = passes(item.to);
    if (!inFrom && !inTo) return [];
    if (inFrom !== inTo) return [{ ...item, kind: inTo ? 'add' : 'close' }];
    const changes = item.changes.filter(
      (c) => c.field !== 'topologies' || selected.length === 0 || canonical(within(c.from, selected)) !== canonical(within(c.to, selected)),
    );
    return [{ ...item, kind: changes.length > 0 ? 'change' : 'same', changes }];
  });
}

/** What of an item no reason explains: its addition or closure (`kind`), or each unexplained changed field. */
export function unexplained(item: ComparisonItem): (ChangeField | 'kind')[] {
  if (item.kind === 'same') return [];
  if (item.kind !== 'change') return item.reasons.length > 0 ? [] : ['kind'];
  return item.changes
    .map((c) => c.field)
    .filter((field) => !item.reasons.some((r) => r.change === 'changed' && (r.fields === undefined || r.fields.includes(field))));
}
