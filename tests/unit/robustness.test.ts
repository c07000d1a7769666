/** Property-based tests: whatever a link or a dataset file holds, the pure modules report, never throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAddress, parseAddressList } from '../../src/shared/domain/addresses';
import { sanitizeAssignments } from '../../src/shared/domain/addressSyntax';
import { filterRules } from '../../src/shared/domain/filters';
import { indexDataset, resolveRules } from '../../src/shared/domain/rules';
import { DatasetSchema } from '../../src/shared/domain/schema';
import { decodeLinkState, encodeLinkState, fixedVocabulary } from '../../src/shared/domain/urlState';
import { parseDatasetText, validateDataset } from '../../src/shared/domain/validate';
import { loadShippedDataset } from './helpers';

const shipped = loadShippedDataset();
const vocabulary = fixedVocabulary(shipped);

/** A random edit somewhere in a valid dataset: replace, delete or add a value at a random path. */
const mutation = fc.record({
  path: fc.array(fc.nat({ max: 200 }), { minLength: 1, maxLength: 5 }),
  action: fc.constantFrom('replace', 'delete', 'add'),
  value: fc.jsonValue({ maxDepth: 2 }),
});

function mutate(root: unknown, { path, action, value }: { path: number[]; action: string; value: unknown }) {
  const copy = structuredClone(root) as Record<string, unknown>;
  let node: unknown = copy;
  for (let i = 0; i < path.length; i++) {
    if (node === null || typeof node !== 'object') return copy;
    const keys = Object.keys(node);
    if (keys.length === 0) return copy;
    const key = keys[(path[i] ?? 0) % keys.length] as string;
    const last = i === path.length - 1;
    const holder = node as Record<string, unknown>;
    if (last) {
      if (action === 'delete') delete holder[key];
      else if (action === 'replace') holder[key] = value;
      else holder[`x${path[i]}`] = value;
      return copy;
    }
    node = holder[key];
  }
  return copy;
}

// Every code a dataset's content can produce (problems.ts; 'fetch' and 'too-large' are about the file, not its content).
const CODES = [
  'json',
  'schema',
  'unknown-key',
  'port-order',
  'id-format',
  'duplicate-id',
  'unknown-reference',
  'same-endpoint',
  'duplicate',
  'too-many',
  'too-long',
  'too-few',
  'integer',
  'url',
  'invalid',
];
/** Each problem has a known code and a path into the input: (root), or one of its keys followed by `.key` / `[n]` steps. */
const expectReported = (input: unknown, problems: readonly { path: string; code: string }[]) => {
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.length).toBeLessThanOrEqual(50);
  const isObject = input !== null && typeof input === 'object' && !Array.isArray(input);
  const keys = isObject ? Object.keys(input) : [];
  for (const problem of problems) {
    expect(CODES).toContain(problem.code);
    const into = keys.some((k) => problem.path === k || problem.path.startsWith(`${k}.`) || problem.path.startsWith(`${k}[`));
    // A required top-level field that is missing is named by itself.
    const missing = isObject && problem.code === 'schema' && Object.hasOwn(DatasetSchema.entries, problem.path);
    expect(problem.path === '(root)' || into || missing, problem.path).toBe(true);
  }
};

describe('datasets from anywhere', () => {
  it('rejects arbitrary JSON (it is never a dataset), listing each problem with a path and a code', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (json) => {
        const result = validateDataset(json);
        expect(result.ok).toBe(false);
        if (!result.ok) expectReported(json, result.problems);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
  it('rejects arbitrary text: unparsable text as json at the root, parsable text like its JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const result = parseDatasetText(text);
          expect(result.ok).toBe(false);
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            expect(result).toEqual({ ok: false, problems: [{ path: '(root)', code: 'json', received: expect.any(String) }] });
            return;
          }
          expect(result).toEqual(validateDataset(json));
        },
      ),
      { numRuns: 500 },
    );
  }, 30_000);
  it('reports random edits of a valid dataset with a path and a code', () => {
    let rejected = 0;
    fc.assert(
      fc.property(mutation, (edit) => {
        const edited = mutate(shipped, edit);
        const result = validateDataset(edited);
        if (!result.ok) {
          rejected++;
          expectReported(edited, result.problems);
        }
      }),
      { numRuns: 300 },
    );
    expect(rejected).toBeGreaterThan(100);
  }, 30_000);

  // Edits a dataset author may make: every one keeps the dataset valid, and the app filters the
  // result as the dataset says (direction from the endpoints' zones, "every topology" when a rule names none).
  const endpointIds = shipped.endpoints.map((e) => e.id);
  const validEdit = fc.record({
    rule: fc.nat({ max: shipped.rules.length - 1 }),
    ports: fc.array(
      fc
        .tuple(fc.integer({ min: 1, max: 65535 }), fc.integer({ min: 1, max: 65535 }))
        .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
      { minLength: 1, maxLength: 3 },
    ),
    ends: fc.tuple(fc.constantFrom(...endpointIds), fc.constantFrom(...endpointIds)).filter(([a, b]) => a !== b),
    dropTopologies: fc.boolean(),
    legacy: fc.boolean(),
  });
  const zone = new Map(shipped.endpoints.map((e) => [e.id, ['internet', 'perimeter', 'internal'].indexOf(e.zone)]));
  it('accepts valid edits of a rule and filters the edited dataset by its own facts', () => {
    fc.assert(
      fc.property(
        validEdit,
        fc.constantFrom('inbound', 'outbound', 'lateral'),
        fc.integer({ min: 1, max: 65535 }),
        (edit, direction, port) => {
          const dataset = structuredClone(shipped);
          const rule = dataset.rules[edit.rule];
          if (!rule) throw new Error('no rule');
          rule.ports = edit.ports;
          [rule.source, rule.destination] = edit.ends;
          rule.legacy = edit.legacy;
          if (edit.dropTopologies) delete rule.topologies;
          const result = validateDataset(dataset);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const views = resolveRules(indexDataset(result.dataset));
          const filters = decodeLinkState(`?direction=${direction}&port=${port}&topology=single-nat&legacy=hide`, vocabulary).state.filters;
          const kept = filterRules(views, filters).map((v) => v.rule.id);
          const expected = dataset.rules
            .filter((r) => {
              const delta = (zone.get(r.destination) ?? 0) - (zone.get(r.source) ?? 0);
              const d = delta > 0 ? 'inbound' : delta < 0 ? 'outbound' : 'lateral';
              const inPort = [...r.ports, ...(r.sourcePorts ?? [])].some((p) => p.from <= port && port <= p.to);
              return d === direction && inPort && !r.legacy && (r.topologies === undefined || r.topologies.includes('single-nat'));
            })
            .map((r) => r.id);
          expect(kept).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  }, 30_000);
});

describe('links and stored data from anywhere', () => {
  it('decodes any query string without throwing, and re-encodes to a stable link', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (query) => {
        const { state } = decodeLinkState(query, vocabulary);
        const link = encodeLinkState(state);
        expect(encodeLinkState(decodeLinkState(link, vocabulary).state)).toBe(link);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
  it('keeps exactly the well-formed stored addresses of link-safe ids, de-duplicated (property)', () => {
    const id = fc.oneof(fc.constantFrom('edge-internal', 'front-end', 'Bad Id', ''), fc.string({ maxLength: 10 }));
    const address = fc.oneof(fc.constantFrom('10.0.0.1', '2001:db8::/32', 'a.b.com', '<x>', 'a b', ''), fc.string({ maxLength: 12 }));
    const raw = fc.dictionary(id, fc.oneof(fc.array(fc.oneof(address, fc.integer()), { maxLength: 6 }), fc.string()));
    fc.assert(
      fc.property(raw, (stored) => {
        const out = sanitizeAssignments(stored);
        const expected: Record<string, string[]> = {};
        for (const [key, list] of Object.entries(stored)) {
          if (!/^[a-z0-9-]{1,80}$/.test(key) || !Array.isArray(list)) continue;
          const kept = [...new Set(list.filter((a): a is string => typeof a === 'string' && /^[0-9a-z:./-]{1,253}$/i.test(a)))];
          if (kept.length > 0) expected[key] = kept.slice(0, 64);
        }
        expect(out).toEqual(expected);
        expect(sanitizeAssignments(stored, new Set(['edge-internal']))).toEqual(
          expected['edge-internal'] ? { 'edge-internal': expected['edge-internal'] } : {},
        );
      }),
      { numRuns: 500 },
    );
    expect(sanitizeAssignments(null)).toEqual({});
    expect(sanitizeAssignments([['10.0.0.1']])).toEqual({});
    expect(sanitizeAssignments({ a: Array.from({ length: 70 }, (_, i) => `10.0.0.${i}`) }).a).toHaveLength(64);
  });
  it('reports every invalid entry of a typed address list and keeps only valid ones (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const { addresses, errors } = parseAddressList(text);
        const parts = text.split(/[\s,;]+/).filter(Boolean);
        for (const a of addresses) expect(parseAddress(a)).toEqual({ ok: true, kind: expect.any(String), value: a });
        expect(new Set(addresses).size).toBe(addresses.length);
        for (const error of errors) expect(parts).toContain(error.input);
        expect(errors.length).toBe(parts.filter((p) => !parseAddress(p).ok).length);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});
