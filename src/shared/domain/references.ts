/**
 * What a schema cannot check: unique ids, no id or row listed twice in one list, and that every
 * reference resolves (validate.ts runs it after the schema). Also the problem collector both use.
 */
import { LIMITS } from './limits';
import type { DatasetProblem } from './problems';
import { cutText } from './text';

/** A value quoted in a problem, cut to the listing limit. */
export const quoted = (value: string | undefined | null) => (value == null ? undefined : cutText(value, LIMITS.quoted));

export type Loose = Record<string, unknown>;
/** The objects of a list, keeping their indexes (a non-object item or a hole reads as an empty one) so problem paths point at the right item. */
export const list = (value: unknown): Loose[] =>
  Array.isArray(value) ? Array.from(value, (x): Loose => (x !== null && typeof x === 'object' ? (x as Loose) : {})) : [];
export const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Collects problems up to the listing limit; `full` tells a check it may stop early. */
export function collector() {
  const problems: DatasetProblem[] = [];
  return {
    problems,
    add: (problem: DatasetProblem) => {
      // An empty value is shown as "" rather than as nothing.
      if (problems.length < LIMITS.problems)
        problems.push({ ...problem, received: problem.received === '' ? '""' : quoted(problem.received) });
    },
    full: () => problems.length >= LIMITS.problems,
  };
}

/** Each value of `values` once: every later copy is a `duplicate` problem at its own path. */
function checkUnique(values: unknown, at: string, add: (problem: DatasetProblem) => void, label = (value: unknown) => String(value)) {
  if (!Array.isArray(values)) return;
  const seen = new Set<string>();
  values.forEach((value, j) => {
    const key = label(value);
    if (seen.has(key)) add({ path: `${at}[${j}]`, code: 'duplicate', received: key });
    seen.add(key);
  });
}

const citationKey = (p: unknown): string => {
  const c = (p ?? {}) as Loose;
  return 'paragraph' in c ? `${String(c.source)} ¶${String(c.paragraph)}` : `${String(c.source)} t${String(c.table)} r${String(c.row)}`;
};

/**
 * Checks what a schema cannot: unique ids, no id or row listed twice in one list, and that every
 * reference resolves. It reads the input loosely, so it also runs on a dataset that failed the
 * schema and all problems are listed at once (up to the listing limit).
 */
export function checkReferences(input: unknown): DatasetProblem[] {
  const dataset = (input ?? {}) as Loose;
  const { problems, add, full } = collector();
  // Sets, not objects: an id such as "constructor" must not find Object.prototype's.
  const known = new Map<string, Set<string>>();
  for (const name of ['sources', 'topologies', 'scenarios', 'roles', 'protocols', 'endpoints', 'rules']) {
    const seen = new Set<string>();
    list(dataset[name]).forEach((item, i) => {
      const id = text(item.id);
      if (id === undefined) return;
      if (seen.has(id)) add({ path: `${name}[${i}].id`, code: 'duplicate-id', received: id });
      seen.add(id);
    });
    known.set(name, seen);
  }

  const resolve = (value: unknown, path: string, kind: string) => {
    const id = text(value);
    if (id !== undefined && !known.get(kind)?.has(id)) add({ path, code: 'unknown-reference', expected: kind, received: id });
  };
  // A row that is not a rule is listed once per document, whichever entry of its table lists it.
  list(dataset.sources).forEach((source, i) => {
    const seen = new Set<string>();
    list(source.notRules).forEach((entry, k) => {
      (Array.isArray(entry.rows) ? entry.rows : []).forEach((row: unknown, j) => {
        const key = `t${String(entry.table)} r${String(row)}`;
        if (seen.has(key)) add({ path: `sources[${i}].notRules[${k}].rows[${j}]`, code: 'duplicate', received: key });
        seen.add(key);
      });
    });
  });
  const rules = list(dataset.rules);
  for (let i = 0; i < rules.length && !full(); i++) {
    const rule = rules[i] as Loose;
    const at = `rules[${i}]`;
    for (const [key, kind] of [
      ['scenarios', 'scenarios'],
      ['topologies', 'topologies'],
      ['sourceCanBe', 'endpoints'],
      ['destinationCanBe', 'endpoints'],
    ] as const) {
      const ids = Array.isArray(rule[key]) ? (rule[key] as unknown[]) : [];
      ids.forEach((id, j) => {
        resolve(id, `${at}.${key}[${j}]`, kind);
      });
      checkUnique(ids, `${at}.${key}`, add);
    }
    resolve(rule.role, `${at}.role`, 'roles');
    resolve(rule.protocol, `${at}.protocol`, 'protocols');
    resolve(rule.source, `${at}.source`, 'endpoints');
    resolve(rule.destination, `${at}.destination`, 'endpoints');
    if (text(rule.source) !== undefined && rule.source === rule.destination) {
      add({ path: `${at}.destination`, code: 'same-endpoint', received: String(rule.destination) });
    }
    list(rule.provenance).forEach((p, j) => {
      resolve(p.source, `${at}.provenance[${j}].source`, 'sources');
    });
    checkUnique(list(rule.provenance), `${at}.provenance`, add, citationKey);
  }
  const history = (dataset.history ?? {}) as Loose;
  list(history.changes).forEach((note, i) => {
    checkUnique(note.fields, `history.changes[${i}].fields`, add);
  });
  return problems;
}
