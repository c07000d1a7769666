/** The query-string reading shared by the URL codec and the language detector (query.ts). */
import { describe, expect, it } from 'vitest';
import { capItems, cleanText, languageFromLink, readLanguage } from '../../src/shared/domain/query';

describe('languageFromLink', () => {
  it('reads only the lang parameter, whatever its case and padding, the last valid one winning', () => {
    expect(languageFromLink('?q=zh-TW&scenario=en')).toBeUndefined();
    expect(languageFromLink('?LANG%20=zh-tw')).toBe('zh-TW');
    expect(languageFromLink('?lang=en&lang=zh-HK')).toBe('zh-TW');
    expect(languageFromLink('?lang=zh-TW&lang=fr')).toBe('zh-TW');
  });
  it('ignores a lang value whose percent-encoding is broken', () => {
    expect(languageFromLink('?lang=en%zz')).toBeUndefined();
    expect(languageFromLink('?lang=zh-TW&lang=en%zz')).toBe('zh-TW');
  });
});

describe('readLanguage and cleanText', () => {
  it('reads a padded tag', () => {
    expect(readLanguage('  EN-gb ')).toBe('en');
    expect(readLanguage(' zh ')).toBe('zh-TW');
  });
  it('turns tabs, line breaks and other controls into spaces, then collapses them', () => {
    expect(cleanText('a\tb')).toBe('a b');
    expect(cleanText('a\u0085b')).toBe('a b');
  });
});

describe('capItems', () => {
  it('keeps the first 1,000 values of a list and counts the rest, a comma at the very start included', () => {
    const [kept, rest] = capItems(Array.from({ length: 1002 }, () => 'x').join(','));
    expect(kept.split(',')).toHaveLength(1000);
    expect(rest).toBe(2);
    const [first] = capItems(`,${Array.from({ length: 1000 }, () => 'y').join(',')}`);
    expect(first.split(',')).toHaveLength(1000);
    expect(first.startsWith(',y')).toBe(true);
  });
});
