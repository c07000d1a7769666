import * as v from 'valibot';
import { checkHistory } from './history';
import type { DatasetProblem } from './problems';
import { type Dataset, DatasetSchema } from './schema';

export type { DatasetProblem, ProblemCode } from './problems';

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

const MAX_PROBLEMS = 50;

function formatPath(path: readonly { key: unknown }[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    out += typeof item.key === 'number' ? `[${item.key}]` : out === '' ? String(item.key) : `.${String(item.key)}`;
  }
  return out || '(root)';
}

function toProblem(issue: v.BaseIssue<unknown>): DatasetProblem {
  const path = formatPath(issue.path as { key: unknown }[] | undefined);
  if (issue.message === 'port-order') return { path, code: 'port-order' };
  if (issue.message === 'lowercase-id') return { path, code: 'id-format', received: issue.received };
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return { path, code: 'unknown-key', received: issue.received };
  }
  return { path, code: 'schema', expected: issue.expected ?? undefined, received: issue.received };
}

type Loose = Record<string, unknown>;
/** The objects of a list, keeping their indexes (a non-object item reads as an empty one) so problem paths point at the right item. */
const list = (value: unknown): Loose[] =>
  Array.isArray(value) ? value.map((x): Loose => (x !== null && typeof x === 'object' ? (x as Loose) : {})) : [];
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Checks what a schema cannot: unique ids and that every reference resolves. It reads the input
 * loosely, so it also runs on a dataset that failed the schema and all problems are listed at once.
 */
export function checkReferences(input: unknown): DatasetProblem[] {
  const dataset = (input ?? {}) as Loose;
  const problems: DatasetProblem[] = [];
  const index = (name: string): Set<string> => {
    const seen = new Set<string>();
    list(dataset[name]).forEach((item, i) => {
      const id = text(item.id);
      if (id === undefined) return;
      if (seen.has(id)) problems.push({ path: `${name}[${i}].id`, code: 'duplicate-id', received: id });
      seen.add(id);
    });
    return seen;
  };
  const known: Record<string, Set<string>> = {};
  for (const name of ['sources', 'topologies', 'scenarios', 'roles', 'protocols', 'endpoints', 'rules']) known[name] = index(name);

  const resolve = (value: unknown, path: string, kind: string) => {
    const id = text(value);
    if (id !== undefined && !known[kind]?.has(id)) problems.push({ path, code: 'unknown-reference', expected: kind, received: id });
  };
  list(dataset.rules).forEach((rule, i) => {
    const at = `rules[${i}]`;
    (Array.isArray(rule.scenarios) ? rule.scenarios : []).forEach((id: unknown, j) => {
      resolve(id, `${at}.scenarios[${j}]`, 'scenarios');
    });
    (Array.isArray(rule.topologies) ? rule.topologies : []).forEach((id: unknown, j) => {
      resolve(id, `${at}.topologies[${j}]`, 'topologies');
    });
    for (const key of ['sourceCanBe', 'destinationCanBe'] as const) {
      (Array.isArray(rule[key]) ? (rule[key] as unknown[]) : []).forEach((id, j) => {
        resolve(id, `${at}.${key}[${j}]`, 'endpoints');
      });
    }
    resolve(rule.role, `${at}.role`, 'roles');
    resolve(rule.protocol, `${at}.protocol`, 'protocols');
    resolve(rule.source, `${at}.source`, 'endpoints');
    resolve(rule.destination, `${at}.destination`, 'endpoints');
    if (text(rule.source) !== undefined && rule.source === rule.destination) {
      problems.push({ path: `${at}.destination`, code: 'same-endpoint', received: String(rule.destination) });
    }
    list(rule.provenance).forEach((p, j) => {
      resolve(p.source, `${at}.provenance[${j}].source`, 'sources');
    });
  });
  return problems;
}

/** Validates parsed JSON against the schema, then the references. */
export function validateDataset(input: unknown): DatasetResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    const received = input === null ? 'null' : Array.isArray(input) ? 'Array' : typeof input;
    return { ok: false, problems: [{ path: '(root)', code: 'schema', expected: 'Object', received }] };
  }
  const parsed = v.safeParse(DatasetSchema, input, { abortPipeEarly: true });
  const problems = [...(parsed.success ? [] : parsed.issues.map(toProblem)), ...checkReferences(input), ...checkHistory(input)];
  if (parsed.success && problems.length === 0) return { ok: true, dataset: parsed.output };
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
}

/** Parses and validates a dataset file's text. */
export function parseDatasetText(text: string): DatasetResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '(root)', code: 'json', received: error instanceof Error ? error.message : String(error) }] };
  }
  return validateDataset(json);
}
