import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { emptyFacets, type FacetId } from '../../src/shared/domain/facets';
import { emptyFilters, type Filters, withQuery } from '../../src/shared/domain/filters';
import { parsePortRange } from '../../src/shared/domain/ports';
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

/** Filters as a user sets them: a port typed as text (invalid text sets no port filter), search text, facets. */
export function filtersFrom(
  patch: { facets?: Partial<Record<FacetId, readonly string[]>>; port?: string; q?: string; hideLegacy?: boolean } = {},
): Filters {
  const parsed = parsePortRange(patch.port ?? '');
  return {
    ...withQuery(emptyFilters(), patch.q ?? ''),
    port: parsed.ok ? parsed.range : undefined,
    hideLegacy: patch.hideLegacy ?? false,
    facets: { ...emptyFacets(), ...patch.facets },
  };
}

type Dict = Record<string, unknown>;
const locales = { en: readJson<Dict>('locales/en/translation.json'), 'zh-TW': readJson<Dict>('locales/zh-TW/translation.json') };
/** A tiny i18next stand-in over the real locale files: key lookup, _one/_other plurals, {{var}} interpolation. */
export const translator =
  (lang: 'en' | 'zh-TW') =>
  (key: string, options: Record<string, unknown> = {}) => {
    const get = (k: string) => k.split('.').reduce<unknown>((o, p) => (o as Dict | undefined)?.[p], locales[lang]);
    const text = (typeof options.count === 'number' ? get(`${key}_${options.count === 1 ? 'one' : 'other'}`) : undefined) ?? get(key);
    return String(text ?? key).replace(/{{(\w+)}}/g, (_, name) => String(options[name] ?? ''));
  };
