/** Property-based tests: whatever a link or a dataset file holds, the pure modules report, never throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAddressList } from '../../src/shared/domain/addresses';
import { sanitizeAssignments } from '../../src/shared/domain/addressSyntax';
import { filterRules } from '../../src/shared/domain/filters';
import { indexDataset, resolveRules } from '../../src/shared/domain/rules';
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

describe('datasets from anywhere', () => {
  it('never throws on arbitrary JSON, and an invalid one always lists its problems', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (json) => {
        const result = validateDataset(json);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
        return true;
      }),
      { numRuns: 500 },
    );
  });
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = parseDatasetText(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
  it('reports random edits of a valid dataset with a path, or accepts them and still filters', () => {
    let rejected = 0;
    fc.assert(
      fc.property(mutation, (edit) => {
        const result = validateDataset(mutate(shipped, edit));
        if (!result.ok) {
          rejected++;
          for (const problem of result.problems) expect(problem.path).toMatch(/\S/);
          return;
        }
        // Accepted edits must still give a usable dataset end to end.
        const views = resolveRules(indexDataset(result.dataset));
        expect(filterRules(views, decodeLinkState('?direction=inbound', vocabulary).state.filters).length).toBeLessThanOrEqual(
          views.length,
        );
      }),
      { numRuns: 300 },
    );
    expect(rejected).toBeGreaterThan(100);
  });
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
  });
  it('keeps only well-formed stored addresses and never throws on what localStorage holds', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (raw) => {
        const out = sanitizeAssignments(raw);
        for (const list of Object.values(out)) for (const a of list) expect(a).toMatch(/^[0-9a-z:./-]+$/i);
      }),
      { numRuns: 500 },
    );
  });
  it('validates any typed address list without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const { addresses, errors } = parseAddressList(text);
        expect(Array.isArray(addresses) && Array.isArray(errors)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
