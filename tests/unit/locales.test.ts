import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_SECTIONS } from '../../src/shared/i18n/sections';
import { readJson } from './helpers';

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const en = readJson('locales/en/translation.json');
const zh = readJson('locales/zh-TW/translation.json');

describe('locales', () => {
  it('have exactly the same keys in en and zh-TW', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it('have no empty strings', () => {
    const empty = (o: unknown) =>
      keys(o).filter((k) => k.split('.').reduce<unknown>((a, p) => (a as Record<string, unknown>)[p], o) === '');
    expect(empty(en)).toEqual([]);
    expect(empty(zh)).toEqual([]);
  });

  it('use the same interpolation variables in both languages', () => {
    const vars = (o: unknown) =>
      Object.fromEntries(
        keys(o).map((k) => [
          k,
          String(k.split('.').reduce<unknown>((a, p) => (a as Record<string, unknown>)[p], o))
            .match(/{{\w+}}/g)
            ?.sort() ?? [],
        ]),
      );
    expect(vars(zh)).toEqual(vars(en));
  });

  it('translate the zh-TW strings rather than copying English', () => {
    const leaf = (o: unknown, k: string) => k.split('.').reduce<unknown>((a, p) => (a as Record<string, unknown>)[p], o);
    // Names that are the same in every language: the language names themselves and file formats.
    const universal = new Set(['sheet.export.csv', 'sheet.export.json', 'sheet.export.markdown', 'product.name.lync-2013', 'changes.none']);
    const same = keys(en).filter((k) => leaf(en, k) === leaf(zh, k) && !k.startsWith('language.') && !universal.has(k));
    expect(same).toEqual([]);
  });
});

describe('the first-screen sections of the translations (src/shared/i18n/sections.ts)', () => {
  it('name sections that exist in both languages, and leave sections for the lazy bundle', () => {
    for (const json of [en, zh]) {
      const sections = Object.keys(json as object);
      expect(FIRST_SCREEN_SECTIONS.filter((s) => !sections.includes(s))).toEqual([]);
      expect(sections.length).toBeGreaterThan(FIRST_SCREEN_SECTIONS.length);
    }
  });
});
