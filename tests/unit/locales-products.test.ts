/** The zh-TW strings of the product switch, the changes page and About's versions, in the seed document's terms and punctuation. */
import { describe, expect, it } from 'vitest';
import { readJson } from './helpers';

type Dict = { [key: string]: string | Dict };
const zh = readJson<Dict>('locales/zh-TW/translation.json');
const en = readJson<Dict>('locales/en/translation.json');
const leaves = (o: Dict, at = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [[`${at}${k}`, v] as [string, string]] : leaves(v, `${at}${k}.`)));
const get = (o: Dict, path: string) => path.split('.').reduce<string | Dict | undefined>((x, k) => (x as Dict | undefined)?.[k], o);

const ADDED = [
  'product',
  'changes',
  'about.products',
  'about.productsIntro',
  'about.subscription',
  'about.productSources_other',
  'about.loadingProduct',
  'about.intro',
  'about.licence',
  'about.adaptation',
  'about.sourcesBelow',
  'app.creditSfb',
  'app.title',
  'app.tagline',
  'sheet.title',
  'nav.changes',
];
const HAN = '\\p{Script=Han}';

/** The rules of coverage.test.ts's punctuationProblems; interpolations are left out, quoted text in 「」 is exempt. */
function problems(text: string): string[] {
  const own = text.replace(/\{\{[^}]+\}\}/g, '').replace(/「[^」]*」/g, '「」');
  return [
    [new RegExp(`${HAN}\\s*[,:;]\\s*${HAN}|${HAN}[,:;]|[,:;]\\s*$`, 'u'), 'ASCII , : or ; (use ，：；)'],
    [/[“”"]/, '“ ” or " quotes (use 「」)'],
    [new RegExp(`${HAN}[A-Za-z0-9]|[A-Za-z0-9]${HAN}`, 'u'), 'no space between CJK and Latin or digits'],
    [/[^\s(]\(|[（）]/, 'half-width bracket after a space'],
    [/(?<!連接)埠|聯盟/, 'the seed document’s terms'],
  ].flatMap(([pattern, what]) => ((pattern as RegExp).test(own) ? [`${what}: ${text}`] : []));
}

describe('zh-TW for the products and the comparison', () => {
  const strings = ADDED.flatMap((key) => {
    const value = get(zh, key);
    return typeof value === 'string' ? [[key, value] as [string, string]] : leaves(value as Dict, `${key}.`);
  });

  it('covers every added key', () => {
    expect(strings.length).toBeGreaterThan(60);
  });

  it('reads right with a product name in Chinese or in Latin letters where one is interpolated (no space between CJK characters)', () => {
    const filled = (text: string, name: string) => text.replace(/\{\{(product|from|to|name)\}\}/g, name);
    const spaced = new RegExp(`${HAN} +${HAN}`, 'u');
    const bad = strings.flatMap(([key, text]) =>
      ['商務用 Skype Server 2019', 'Lync Server 2013'].flatMap((name) =>
        spaced.test(filled(text, name)) ? [`${key}: ${filled(text, name)}`] : [],
      ),
    );
    expect(bad).toEqual([]);
  });

  it('uses full-width ，：、「」 between CJK text and a space between CJK and Latin or digits', () => {
    expect(strings.filter(([key]) => key !== 'changes.quote').flatMap(([key, text]) => problems(text).map((p) => `${key}: ${p}`))).toEqual(
      [],
    );
  });

  it('writes the product names in Taiwan’s terms and says why there is no Subscription Edition, in both languages', () => {
    expect(get(zh, 'product.name.sfb-2019')).toBe('商務用 Skype Server 2019');
    expect(get(zh, 'about.subscription')).toBe(
      '沒有商務用 Skype Server Subscription Edition 的資料集：本應用程式所依據的 Microsoft 文件都沒有提到 Subscription Edition，因此沒有可據以建立或核對其規則的來源。',
    );
    expect(get(en, 'about.subscription')).toBe(
      'There is no Skype for Business Server Subscription Edition dataset: none of the Microsoft documents this app is built from mentions Subscription Edition, so there is no source to build or check its rules against.',
    );
    expect(get(zh, 'changes.action.add')).toBe('新增');
    expect(get(zh, 'changes.action.close')).toBe('關閉');
    expect(get(zh, 'changes.action.change')).toBe('變更');
  });
});
