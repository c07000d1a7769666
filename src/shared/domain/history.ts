/** Reference checks for a dataset's product history (see compare.ts), run by the validator beside checkReferences. */
import type { DatasetProblem } from './problems';
import { type Loose, list, text } from './references';

/**
 * Checks the history's references, like checkReferences in validate.ts (and meant to run beside it):
 * the product line ends with this product, every note's step is on the line (not its first product),
 * an added or changed note names a rule of this dataset, a note removing a rule in this product's own
 * step names one it no longer has (else `duplicate-id`), and every citation's source resolves.
 */
export function checkHistory(input: unknown): DatasetProblem[] {
  const dataset = (input ?? {}) as Loose;
  const history = dataset.history as Loose | undefined;
  if (history === undefined || history === null || typeof history !== 'object') return [];
  const problems: DatasetProblem[] = [];
  const product = text((dataset.product as Loose | undefined)?.id);
  const line = (Array.isArray(history.products) ? history.products : []).map(text);
  const last = line.at(-1);
  if (product !== undefined && last !== product)
    problems.push({ path: 'history.products', code: 'unknown-reference', expected: product, received: last });
  const onLine = new Set<string>();
  line.forEach((id, i) => {
    if (id !== undefined && onLine.has(id)) problems.push({ path: `history.products[${i}]`, code: 'duplicate-id', received: id });
    if (id !== undefined) onLine.add(id);
  });
  const rules = new Set(list(dataset.rules).map((r) => text(r.id)));
  const sources = new Set(list(dataset.sources).map((s) => text(s.id)));
  list(history.changes).forEach((note, i) => {
    const at = `history.changes[${i}]`;
    const step = text(note.in);
    const rule = text(note.rule);
    if (step !== undefined && (!onLine.has(step) || step === line[0])) {
      problems.push({ path: `${at}.in`, code: 'unknown-reference', expected: 'history.products', received: step });
    }
    if (rule !== undefined && note.change !== 'removed' && !rules.has(rule)) {
      problems.push({ path: `${at}.rule`, code: 'unknown-reference', expected: 'rules', received: rule });
    }
    if (rule !== undefined && note.change === 'removed' && step === product && rules.has(rule)) {
      problems.push({ path: `${at}.rule`, code: 'duplicate-id', expected: 'removed', received: rule });
    }
    list(note.provenance).forEach((p, j) => {
      const source = text(p.source);
      if (source !== undefined && !sources.has(source)) {
        problems.push({ path: `${at}.provenance[${j}].source`, code: 'unknown-reference', expected: 'sources', received: source });
      }
    });
  });
  return problems;
}
