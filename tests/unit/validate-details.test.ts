/**
 * The validator's details (validate.ts): each problem's path and code, each list's own limit, how
 * deep the count goes, the history's notes, and the size limit's boundary.
 */
import { describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../src/shared/domain/limits';
import type { Dataset } from '../../src/shared/domain/schema';
import { parseDatasetText, validateDataset } from '../../src/shared/domain/validate';
import { cloneDataset, readJson } from './helpers';

type Loose = Record<string, unknown>;
const problemsOf = (input: unknown) => {
  const result = validateDataset(input);
  return result.ok ? [] : result.problems;
};
const tooMany = (input: unknown) => problemsOf(input).filter((p) => p.code === 'too-many');
const zeros = (n: number) => new Array<number>(n).fill(0);
const sfb2019 = () => readJson<Dataset & { history: { changes: Loose[] } }>('public/data/sfb-2019.json');

describe('problem paths and codes', () => {
  it('puts a problem with the whole item at the item’s own path', () => {
    expect(problemsOf({ ...cloneDataset(), rules: [7] })).toContainEqual({
      path: 'rules[0]',
      code: 'schema',
      expected: 'Object',
      received: '7',
    });
  });

  it('cuts a long unknown key in the path to 80 characters', () => {
    const dataset = cloneDataset();
    (dataset.rules[1] as unknown as Loose)['k'.repeat(100)] = 1;
    expect(problemsOf(dataset).map((p) => [p.path, p.code])).toEqual([[`rules[1].${'k'.repeat(80)}…`, 'unknown-key']]);
  });

  it('says at least one is expected of an empty text or list', () => {
    const dataset = cloneDataset();
    dataset.title.en = '';
    dataset.rules[0]!.ports = [];
    expect(problemsOf(dataset)).toEqual([
      { path: 'title.en', code: 'too-few', expected: '1' },
      { path: 'rules[0].ports', code: 'too-few', expected: '1' },
    ]);
  });

  it('says a link is not a URL', () => {
    const dataset = cloneDataset();
    dataset.sources[0]!.url = 'not a link';
    expect(problemsOf(dataset)).toEqual([{ path: 'sources[0].url', code: 'url', received: '"not a link"' }]);
  });

  it('reports one problem for a field outside the lists too: the first check that fails', () => {
    const dataset = cloneDataset();
    dataset.product = { ...dataset.product!, id: 'X'.repeat(LIMITS.id + 1) };
    expect(problemsOf(dataset)).toEqual([{ path: 'product.id', code: 'too-long', expected: '100', received: '101' }]);
  });

  it('leaves a list the dataset does not have out of the validated dataset', () => {
    const dataset = cloneDataset();
    delete dataset.topologies;
    for (const rule of dataset.rules) delete rule.topologies;
    const result = validateDataset(dataset);
    expect(result.ok && 'topologies' in result.dataset).toBe(false);
    expect(result.ok && result.dataset.rules.length).toBe(87);
  });
});

describe('list limits, counted before the schema', () => {
  it('gives each top-level list its own limit (the module loaded in this test, limits and all)', async () => {
    vi.resetModules();
    const fresh = await import('../../src/shared/domain/validate');
    const counted = (input: Loose) => {
      const result = fresh.validateDataset(input);
      return result.ok ? [] : result.problems.filter((p) => p.code === 'too-many');
    };
    expect(counted({ endpoints: zeros(10_001) })).toEqual([{ path: 'endpoints', code: 'too-many', expected: '10000', received: '10001' }]);
    expect(counted({ endpoints: zeros(10_000), rules: zeros(1_001) })).toEqual([]);
    expect(counted({ protocols: zeros(1_001) })).toEqual([{ path: 'protocols', code: 'too-many', expected: '1000', received: '1001' }]);
    expect(fresh.validateDataset(sfb2019()).ok).toBe(true);
  });

  it('allows 100,000 history notes, and 1,000 items in any other list named “changes”', () => {
    expect(tooMany({ history: { changes: zeros(1_001) } })).toEqual([]);
    expect(tooMany({ history: { changes: zeros(100_001) } })).toEqual([
      { path: 'history.changes', code: 'too-many', expected: '100000', received: '100001' },
    ]);
    const over = (path: string) => [{ path, code: 'too-many', expected: '1000', received: '1001' }];
    expect(tooMany({ changes: zeros(1_001) })).toEqual(over('changes'));
    expect(tooMany({ notes: { changes: zeros(1_001) } })).toEqual(over('notes.changes'));
    expect(tooMany({ history: { products: zeros(1_001) } })).toEqual(over('history.products'));
    expect(tooMany({ old: { history: { changes: zeros(1_001) } } })).toEqual(over('old.history.changes'));
  });

  it('counts lists down to the deepest place a valid dataset has one (a citation’s cells), no deeper', () => {
    const cells = (en: unknown) => ({ history: { changes: [{ provenance: [{ cells: { en } }] }] } });
    expect(tooMany(cells(zeros(1_001)))).toEqual([
      { path: 'history.changes[0].provenance[0].cells.en', code: 'too-many', expected: '1000', received: '1001' },
    ]);
    expect(tooMany(cells([zeros(1_001)]))).toEqual([]);
  });

  it('lists at most 50 lists over their limit', () => {
    const rules = Array.from({ length: 60 }, () => ({ scenarios: zeros(1_001) }));
    const problems = tooMany({ rules });
    expect([problems.length, problems[0]?.path, problems[49]?.path]).toEqual([50, 'rules[0].scenarios', 'rules[49].scenarios']);
  });
});

describe('the history’s notes', () => {
  it('are validated one by one, at their path', () => {
    const dataset = sfb2019();
    delete (dataset.history.changes[1] as Loose).reason;
    expect(problemsOf(dataset)).toEqual([expect.objectContaining({ path: 'history.changes[1].reason', code: 'schema' })]);
  });

  it('come out cleaned like every other text (trimmed), with the rest of the history', () => {
    const dataset = sfb2019();
    const reason = dataset.history.changes[0]!.reason as { en: string };
    const text = reason.en;
    reason.en = `  ${text}\u202E  `;
    const result = validateDataset(dataset);
    expect(result.ok && result.dataset.history?.changes[0]?.reason.en).toBe(text);
    expect(result.ok && result.dataset.history?.products).toEqual(['lync-2013', 'sfb-2015', 'sfb-2019']);
  });

  it('a history that is null is a schema problem, not an error', () => {
    const dataset = { ...sfb2019(), history: null };
    expect(problemsOf(dataset)).toEqual([expect.objectContaining({ path: 'history', code: 'schema' })]);
  });
});

describe('the size limit', () => {
  it('reads text of exactly 80 MB (only longer text is refused unread)', () => {
    const at = parseDatasetText(' '.repeat(LIMITS.datasetBytes));
    expect(at.ok ? [] : at.problems.map((p) => p.code)).toEqual(['json']);
  });
});
