/**
 * Issue #14, items 7 and 8: documented limits, enforced before the expensive work (text length
 * before JSON.parse, list lengths before the schema, the problem list and the ignored-link notice
 * capped, long values cut in messages), and duplicates inside a rule's lists rejected with their path.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pngScale } from '../../src/features/diagram/download';
import { GEOMETRY } from '../../src/features/diagram/layout';
import { LIMITS } from '../../src/shared/domain/limits';
import { decodeLinkState, fixedVocabulary } from '../../src/shared/domain/urlState';
import { parseDatasetText, validateDataset } from '../../src/shared/domain/validate';
import { loadSeedDataset, readJson } from './helpers';

const seed = loadSeedDataset();
const problemsOf = (input: unknown) => {
  const result = validateDataset(input);
  return result.ok ? [] : result.problems;
};
const timed = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('limits, checked before the work they bound (item 7)', () => {
  it('a text over the size limit is refused before JSON.parse sees it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const result = parseDatasetText(' '.repeat(LIMITS.datasetBytes + 1));
    expect(result.ok ? [] : result.problems).toEqual([{ path: '(root)', code: 'too-large', expected: '80 MB', received: '80 MB' }]);
    expect(parse).not.toHaveBeenCalled();
  });

  it('too many rules are counted before any schema work: one problem, at once', () => {
    const input = { ...structuredClone(seed), rules: Array.from({ length: LIMITS.rules + 1 }, () => ({})) };
    const [problems, ms] = timed(() => problemsOf(input));
    expect(problems).toEqual([{ path: 'rules', code: 'too-many', expected: '100000', received: '100001' }]);
    expect(ms).toBeLessThan(1000);
  });

  it('a list inside an item over its limit (two million scenarios) is reported by its path, not validated item by item', () => {
    const input = structuredClone(seed) as unknown as { rules: { scenarios: unknown[] }[]; endpoints: { aliases: unknown[] }[] };
    input.rules[3]!.scenarios = Array.from({ length: 2_000_000 }, (_, i) => i);
    input.endpoints[1]!.aliases = Array.from({ length: LIMITS.itemList + 1 }, () => ({ en: 'x', 'zh-TW': 'x' }));
    const [problems, ms] = timed(() => problemsOf(input));
    expect(problems).toEqual([
      { path: 'endpoints[1].aliases', code: 'too-many', expected: '1000', received: '1001' },
      { path: 'rules[3].scenarios', code: 'too-many', expected: '1000', received: '2000000' },
    ]);
    expect(ms).toBeLessThan(2000);
  });

  it('100,000 broken rules: the validator stops at the listing limit', () => {
    const input = { ...structuredClone(seed), rules: Array.from({ length: LIMITS.rules }, () => ({})) };
    const [problems, ms] = timed(() => problemsOf(input));
    expect(problems).toHaveLength(LIMITS.problems);
    expect(ms).toBeLessThan(3000);
  });

  it('50 invalid ids of 1 MB each give a short problem list: values are cut in messages', () => {
    const input = structuredClone(seed);
    for (let i = 0; i < 50; i++) input.endpoints[i % input.endpoints.length]!.id = `${'X'.repeat(1024 * 1024)}${i}`;
    input.rules[0]!.notes.en = 'n'.repeat(4 * 1024 * 1024);
    const problems = problemsOf(input);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.length).toBeLessThanOrEqual(LIMITS.problems);
    expect(JSON.stringify(problems).length).toBeLessThan(20_000);
    for (const problem of problems) expect((problem.received ?? '').length).toBeLessThanOrEqual(LIMITS.quoted + 1);
    expect(problems).toContainEqual({ path: 'rules[0].notes.en', code: 'too-long', expected: '5000', received: String(4 * 1024 * 1024) });
  });

  it('text fields have their limit: a 5,001-character note, a 501-character name, a 101-character id', () => {
    const input = structuredClone(seed);
    input.rules[1]!.notes['zh-TW'] = '字'.repeat(LIMITS.longText + 1);
    input.endpoints[0]!.name.en = 'n'.repeat(LIMITS.shortText + 1);
    input.scenarios[0]!.id = 'a'.repeat(LIMITS.id + 1);
    expect(problemsOf(input)).toEqual(
      expect.arrayContaining([
        { path: 'rules[1].notes.zh-TW', code: 'too-long', expected: '5000', received: '5001' },
        { path: 'endpoints[0].name.en', code: 'too-long', expected: '500', received: '501' },
        { path: 'scenarios[0].id', code: 'too-long', expected: '100', received: '101' },
      ]),
    );
  });

  it('a link with 200,000 unknown scenario values is read in a moment, and its notice lists 20 of them and counts the rest', () => {
    const vocabulary = fixedVocabulary(seed);
    const search = `?scenario=${Array.from({ length: 200_000 }, (_, i) => `x${i}`).join(',')}&topology=nope`;
    const [decoded, ms] = timed(() => decodeLinkState(search, vocabulary));
    expect(ms).toBeLessThan(1000);
    expect(decoded.ignored).toHaveLength(LIMITS.ignoredListed);
    expect(decoded.ignored.length + (decoded.omitted ?? 0)).toBe(200_001);
    expect(decoded.state.filters.facets.scenario).toEqual([]);
  });

  it('at most 1,000 values of one parameter are read; the others are counted as ignored', () => {
    const vocabulary = fixedVocabulary(seed);
    const ids = seed.rules.map((r) => r.id);
    const values = [...Array.from({ length: LIMITS.linkItems }, (_, i) => ids[i % ids.length]), ...ids];
    const decoded = decodeLinkState(`?rules=${values.join(',')}`, vocabulary);
    expect(decoded.state.selection).toEqual([...ids].sort());
    expect(decoded.ignored).toEqual([]);
    expect(decoded.omitted).toBe(ids.length);
  });
});

describe('a diagram too large for a PNG', () => {
  it('is drawn at 2×, then 1×, and past what a canvas holds not at all (the UI then offers the SVG)', () => {
    expect(pngScale(1100, 800)).toBe(2);
    expect(pngScale(1100, 12_000)).toBe(1);
    // 2,406 arrows, one lane each: about 87,000 px tall.
    expect(pngScale(1100, GEOMETRY.top + 2406 * GEOMETRY.lane)).toBeUndefined();
  });
});

describe('duplicates inside a list are refused with their path (item 8)', () => {
  it('the fixture: each duplicated id, row or citation is named', () => {
    expect(problemsOf(readJson('tests/fixtures/datasets/duplicates.json'))).toEqual([
      { path: 'sources[0].notRules[1].rows[0]', code: 'duplicate', received: 't1 r2' },
      { path: 'rules[0].scenarios[1]', code: 'duplicate', received: 'sip-federation' },
      { path: 'rules[0].scenarios[2]', code: 'duplicate', received: 'sip-federation' },
      { path: 'rules[0].scenarios[3]', code: 'duplicate', received: 'sip-federation' },
      { path: 'rules[0].scenarios[4]', code: 'duplicate', received: 'sip-federation' },
      { path: 'rules[0].topologies[1]', code: 'duplicate', received: 'single' },
      { path: 'rules[0].sourceCanBe[1]', code: 'duplicate', received: 'partner' },
      { path: 'rules[1].destinationCanBe[1]', code: 'duplicate', received: 'partner' },
      { path: 'rules[1].provenance[1]', code: 'duplicate', received: 'doc t1 r1' },
    ]);
  });

  it('the built-in datasets have none', () => {
    for (const file of ['public/data/rules.json', 'public/data/sfb-2015.json', 'public/data/sfb-2019.json']) {
      expect(problemsOf(readJson(file)), file).toEqual([]);
    }
  });
});
