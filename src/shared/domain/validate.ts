import * as v from 'valibot';
import { LIMITS, tooLargeProblem } from './limits';
import type { DatasetProblem } from './problems';
import { checkReferences, collector, type Loose, quoted } from './references';
import {
  ChangeNoteSchema,
  type Dataset,
  DatasetSchema,
  EndpointSchema,
  HistorySchema,
  NamedEntitySchema,
  ProtocolSchema,
  RuleSchema,
  SourceDocumentSchema,
} from './schema';
import { cutText } from './text';

export type { DatasetProblem, ProblemCode } from './problems';
export { checkReferences } from './references';

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };
/** A check beyond the schema and the references that some datasets need: history.ts's, for a dataset with a product history (see parseDataset.ts). */
export type ExtraCheck = (input: unknown) => DatasetProblem[];

const MAX_PROBLEMS = LIMITS.problems;

function formatPath(path: readonly { key: unknown }[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    const key = typeof item.key === 'number' ? item.key : cutText(String(item.key), LIMITS.quoted);
    out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  }
  return out || '(root)';
}

/** A valibot issue as a problem the UI can put in words: never an empty "expected". */
function toProblem(issue: v.BaseIssue<unknown>, prefix: string): DatasetProblem {
  const inner = formatPath(issue.path as { key: unknown }[] | undefined);
  const path = prefix === '' ? inner : inner === '(root)' ? prefix : inner.startsWith('[') ? prefix + inner : `${prefix}.${inner}`;
  const received = quoted(issue.received);
  if (issue.message === 'port-order') return { path, code: 'port-order' };
  if (issue.message === 'lowercase-id') return { path, code: 'id-format', received };
  if (issue.type === 'strict_object' && issue.expected === 'never') return { path, code: 'unknown-key', received };
  const requirement = (issue as { requirement?: unknown }).requirement;
  const size = (issue.input as { length?: unknown } | null)?.length;
  switch (issue.type) {
    case 'max_length':
      return {
        path,
        code: Array.isArray(issue.input) ? 'too-many' : 'too-long',
        expected: String(requirement),
        received: String(size),
      };
    case 'min_length':
    case 'non_empty':
      return { path, code: 'too-few', expected: String(requirement ?? 1) };
    case 'integer':
      return { path, code: 'integer', received };
    case 'url':
      return { path, code: 'url', received };
  }
  return issue.expected ? { path, code: 'schema', expected: quoted(issue.expected), received } : { path, code: 'invalid', received };
}

/** The lists of a dataset, each validated item by item (so a broken list yields its first problems, not millions). */
const LISTS = [
  ['sources', SourceDocumentSchema],
  ['topologies', NamedEntitySchema],
  ['scenarios', NamedEntitySchema],
  ['roles', NamedEntitySchema],
  ['protocols', ProtocolSchema],
  ['endpoints', EndpointSchema],
  ['rules', RuleSchema],
] as const;

/** A Map, not an object: a top-level key such as "constructor" must not find Object.prototype's. */
const COUNT_LIMITS: ReadonlyMap<string, number> = new Map(
  LISTS.map(([name]) => [name, name === 'rules' ? LIMITS.rules : name === 'endpoints' ? LIMITS.endpoints : LIMITS.namedItems]),
);

const Items = v.array(v.unknown());
/** The dataset with its lists unchecked: their items are validated one by one below. */
const ShellSchema = v.strictObject({
  ...DatasetSchema.entries,
  sources: v.pipe(Items, v.minLength(1)),
  topologies: v.optional(Items),
  scenarios: Items,
  roles: Items,
  protocols: Items,
  endpoints: Items,
  rules: Items,
  history: v.optional(v.strictObject({ ...HistorySchema.entries, changes: Items })),
});

/** The deepest place a list can be in a valid dataset: history.changes[i].provenance[j].cells.en. */
const MAX_LIST_DEPTH = 7;

interface Node {
  value: unknown;
  depth: number;
  key: string | number;
  parent?: Node;
}

const pathOf = (node: Node): string => {
  const keys: (string | number)[] = [];
  for (let n: Node | undefined = node; n?.parent; n = n.parent) keys.unshift(n.key);
  return formatPath(keys.map((key) => ({ key })));
};

/**
 * Lists longer than their limit, found by one walk before any schema work (so no list of a million
 * items is ever validated item by item): the top-level lists and history.changes have their own
 * limits, every other list LIMITS.itemList.
 */
function countProblems(dataset: Loose): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const stack: Node[] = [{ value: dataset, depth: 0, key: '' }];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const node = stack.pop() as Node;
    const { value, depth } = node;
    const children: [string | number, unknown][] = [];
    if (Array.isArray(value)) {
      const limit =
        depth === 1
          ? (COUNT_LIMITS.get(String(node.key)) ?? LIMITS.itemList)
          : depth === 2 && node.key === 'changes' && node.parent?.key === 'history'
            ? LIMITS.changes
            : LIMITS.itemList;
      if (value.length > limit) {
        problems.push({ path: pathOf(node), code: 'too-many', expected: String(limit), received: String(value.length) });
        continue;
      }
      value.forEach((child, i) => {
        children.push([i, child]);
      });
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) children.push([key, (value as Loose)[key]]);
    }
    if (depth >= MAX_LIST_DEPTH) continue;
    for (let i = children.length - 1; i >= 0; i--) {
      const [key, child] = children[i] as [string | number, unknown];
      if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1, key, parent: node });
    }
  }
  return problems;
}

/** Validates parsed JSON: list sizes first, then the schema (stopping after the listing limit), then the references and the extra checks. */
export function validateDataset(input: unknown, extra: readonly ExtraCheck[] = []): DatasetResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    const received = input === null ? 'null' : Array.isArray(input) ? 'Array' : typeof input;
    return { ok: false, problems: [{ path: '(root)', code: 'schema', expected: 'Object', received }] };
  }
  const dataset = input as Loose;
  const tooMany = countProblems(dataset);
  if (tooMany.length > 0) return { ok: false, problems: tooMany };

  const { problems, add, full } = collector();
  const shell = v.safeParse(ShellSchema, input, { abortPipeEarly: true });
  if (!shell.success) for (const issue of shell.issues) add(toProblem(issue, ''));
  const output = { ...(shell.success ? shell.output : {}) } as Loose;
  const validateList = (items: unknown, path: string, schema: v.GenericSchema): unknown[] => {
    const out: unknown[] = [];
    if (!Array.isArray(items)) return out;
    for (let i = 0; i < items.length && !full(); i++) {
      const item = v.safeParse(schema, items[i], { abortPipeEarly: true });
      if (item.success) out.push(item.output);
      else for (const issue of item.issues) add(toProblem(issue, `${path}[${i}]`));
    }
    return out;
  };
  for (const [name, schema] of LISTS) {
    if (dataset[name] !== undefined) output[name] = validateList(dataset[name], name, schema);
  }
  const history = dataset.history;
  if (history !== null && typeof history === 'object') {
    const changes = validateList((history as Loose).changes, 'history.changes', ChangeNoteSchema);
    if (output.history) output.history = { ...(output.history as Loose), changes };
  }
  if (!full()) for (const problem of [...checkReferences(input), ...extra.flatMap((check) => check(input))]) add(problem);
  if (shell.success && problems.length === 0) return { ok: true, dataset: output as unknown as Dataset };
  return { ok: false, problems };
}

/** Parses and validates a dataset file's text; its length is checked before it is parsed. */
export function parseDatasetText(text: string, extra: readonly ExtraCheck[] = []): DatasetResult {
  const json = readDatasetJson(text);
  return json.ok ? validateDataset(json.value, extra) : json;
}

/** A dataset file's text as JSON; its length is checked before it is parsed. */
export function readDatasetJson(text: string): { ok: true; value: unknown } | { ok: false; problems: DatasetProblem[] } {
  if (text.length > LIMITS.datasetBytes) {
    return { ok: false, problems: [tooLargeProblem(text.length)] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: '(root)', code: 'json', received: quoted(error instanceof Error ? error.message : String(error)) }],
    };
  }
  return { ok: true, value: json };
}
