import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../src/shared/domain/schema';

const root = fileURLToPath(new URL('../../', import.meta.url));

export function readJson<T = unknown>(relativePath: string): T {
  return JSON.parse(readFileSync(root + relativePath, 'utf8')) as T;
}

/** The built-in dataset, as shipped in public/. */
export const loadShippedDataset = (): Dataset => readJson<Dataset>('public/data/rules.json');

/** The seed document's 10 rules (generated with the dataset by scripts/dataset/build.mjs). */
export const loadSeedDataset = (): Dataset => readJson<Dataset>('tests/fixtures/datasets/seed.json');

/** A deep copy that a test can break without touching other tests. */
export const cloneDataset = (): Dataset => structuredClone(loadShippedDataset());
