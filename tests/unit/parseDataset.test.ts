/**
 * A dataset file's text as the app loads it (parseDataset.ts): the JSON, the schema and references,
 * and the history's checks only for a dataset that has a history.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkHistory } from '../../src/shared/domain/history';
import { parseDataset } from '../../src/shared/domain/parseDataset';
import type { Dataset } from '../../src/shared/domain/schema';
import { readJson } from './helpers';

// The real history check, watched: a dataset without a history must not load or run it.
vi.mock('../../src/shared/domain/history', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/shared/domain/history')>();
  return { ...actual, checkHistory: vi.fn(actual.checkHistory) };
});

afterEach(() => {
  vi.mocked(checkHistory).mockClear();
});

const lyncText = () => JSON.stringify(readJson<Dataset>('public/data/rules.json'));
const sfb2019 = () => readJson<Dataset & { history: { products: string[] } }>('public/data/sfb-2019.json');

describe('parseDataset', () => {
  it('reports text that is not JSON, without validating anything', async () => {
    const result = await parseDataset('{"rules": [');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => [p.path, p.code])).toEqual([['(root)', 'json']]);
    expect(checkHistory).not.toHaveBeenCalled();
  });

  it('loads a dataset without a history without running the history check', async () => {
    const result = await parseDataset(lyncText());
    expect(result.ok && result.dataset.product?.id).toBe('lync-2013');
    expect(checkHistory).not.toHaveBeenCalled();
  });

  it('loads a dataset with a valid history, running the history check once', async () => {
    const result = await parseDataset(JSON.stringify(sfb2019()));
    expect(result.ok && result.dataset.history?.products).toEqual(['lync-2013', 'sfb-2015', 'sfb-2019']);
    expect(checkHistory).toHaveBeenCalledTimes(1);
  });

  it('reports what only the history check finds: a product twice on the product line', async () => {
    const dataset = sfb2019();
    dataset.history.products = ['lync-2013', 'sfb-2015', 'sfb-2015', 'sfb-2019'];
    const result = await parseDataset(JSON.stringify(dataset));
    expect(result.ok ? [] : result.problems).toEqual([{ path: 'history.products[2]', code: 'duplicate-id', received: 'sfb-2015' }]);
  });

  it('rejects JSON that is not an object (null, a number) as a schema problem at the root', async () => {
    for (const [text, received] of [
      ['null', 'null'],
      ['42', 'number'],
    ]) {
      const result = await parseDataset(text as string);
      expect(result.ok ? [] : result.problems).toEqual([{ path: '(root)', code: 'schema', expected: 'Object', received }]);
    }
    expect(checkHistory).not.toHaveBeenCalled();
  });
});
