/** The zh-TW strings of the firewall configuration and flow check pages follow the project's punctuation and terms. */
import { describe, expect, it } from 'vitest';
import { FIRST_SCREEN_SECTIONS } from '../../src/shared/i18n/sections';
import { readJson } from './helpers';

type Dict = Record<string, unknown>;
const zh = readJson<Dict>('locales/zh-TW/translation.json');

function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) strings(item, `${path}.${key}`, out);
  return out;
}

const HAN = '\\p{Script=Han}';
/** As the dataset's zh-TW is checked (coverage.test.ts): ，：；「」, a space between CJK and Latin or digits, half-width brackets after a space. */
function problems(text: string): string[] {
  const own = text.replace(/「[^」]*」/g, '「」').replace(/{{\w+}}/g, 'X');
  const found: string[] = [];
  if (new RegExp(`${HAN}\\s*[,:;]\\s*${HAN}`, 'u').test(own)) found.push('ASCII , : or ; between CJK characters');
  if (/[“”"]/.test(own)) found.push('“ ” or " quotes');
  const latin = new RegExp(`${HAN}[A-Za-z0-9]|[A-Za-z0-9]${HAN}`, 'u').exec(own);
  if (latin) found.push(`no space between CJK and Latin or digits: "${latin[0]}"`);
  if (/[^\s(]\(/.test(own)) found.push('no space before "("');
  if (/[（）]/.test(own)) found.push('full-width brackets');
  return found;
}

describe('zh-TW of the config and check pages', () => {
  const texts = [
    ...strings(zh.config, 'config'),
    ...strings(zh.check, 'check'),
    ...strings((zh.sheet as Dict).includeConfig, 'sheet.includeConfig'),
  ];
  it('uses the project’s punctuation', () => {
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.flatMap(([path, text]) => problems(text).map((p) => `${path}: ${p} in "${text}"`))).toEqual([]);
  });
  it('uses the project’s terms (連接埠, 通訊協定, 防火牆, 來源, 目的地, 位址, 規則), not their mainland or other variants', () => {
    const variants = /端口|协议|協議|防火墙|源地址|目标|目標|地址|规则|埠號|通訊埠/;
    expect(texts.filter(([, text]) => variants.test(text))).toEqual([]);
  });
  it('is in the lazy translations, not the first screen', () => {
    expect((FIRST_SCREEN_SECTIONS as readonly string[]).filter((section) => ['config', 'check', 'notice'].includes(section))).toEqual([]);
  });
});
