/**
 * The words, as a Taiwan technical editor and a network engineer read them: sentences built from
 * pieces read as one phrase, zh-TW punctuation, and line breaks at sensible points.
 */
import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/features/diagram/layout';
import { arrowName, connectionLabel } from '../../src/features/diagram/model';
import { indexDataset, resolveRules } from '../../src/shared/domain/rules';
import { LANGUAGES } from '../../src/shared/domain/schema';
import { loadShippedDataset, readJson, translator } from './helpers';

const index = indexDataset(loadShippedDataset());
const rules = resolveRules(index);

describe('diagram arrow names', () => {
  const expected = {
    en: { external: /, crosses the external firewall$/, internal: /, crosses the internal firewall$/, none: /, crosses no firewall$/ },
    'zh-TW': { external: /，經過外部防火牆$/, internal: /，經過內部防火牆$/, none: /，不經過防火牆$/ },
  } as const;
  for (const lang of LANGUAGES) {
    it(`read as one phrase for each firewall value, for every rule of every interface (${lang})`, () => {
      const t = translator(lang);
      const seen = new Set<string>();
      for (const r of rules.filter((x) => x.interfaces.length > 0)) {
        const name = arrowName(r, connectionLabel(index, r), lang, t);
        const firewall = r.firewalls.length === 0 ? 'none' : r.firewalls.length === 1 ? r.firewalls[0]! : 'both';
        seen.add(firewall);
        if (firewall !== 'both') expect(name, r.rule.id).toMatch(expected[lang][firewall]);
        expect(name).not.toMatch(/經過不經過|crosses crosses|crosses no firewall firewall|\{\{/);
        expect(name).toContain(r.source.name[lang]);
        expect(name).toContain(r.destination.name[lang]);
      }
      expect([...seen].sort()).toEqual(['external', 'internal', 'none']);
    });
  }
  it('name the source and destination in corner brackets in zh-TW', () => {
    const r = rules.find((x) => x.rule.id === 'xmpp-gateway-23456-out')!;
    expect(arrowName(r, 'XMPP/MTLS TCP 23456', 'zh-TW', translator('zh-TW'))).toBe(
      'XMPP/MTLS TCP 23456，從「任何一個 (內部網路)」到「內部 Edge Server 介面」，輸出，經過內部防火牆',
    );
  });
});

describe('line breaks in diagram labels', () => {
  it('breaks before a bracketed part and keeps it whole when it fits', () => {
    expect(wrap('Edge Server A/V 介面 (私人 IP，NAT)', 140)).toEqual(['Edge Server A/V 介面', '(私人 IP，NAT)']);
  });
  it('never cuts a CJK word such as 硬體負載平衡器 when the line has room for it', () => {
    const lines = wrap('調整式合併 Edge，硬體負載平衡器', 110);
    expect(lines.some((line) => line.includes('硬體負載平衡器'))).toBe(true);
  });
  it('breaks a long bracketed part at its spaces, never before a closing bracket', () => {
    const lines = wrap('Edge Server Web Conferencing interface (private IP, NAT)', 120);
    for (const line of lines) {
      expect(line.startsWith(')')).toBe(false);
      expect(line.endsWith('(')).toBe(false);
    }
    expect(lines.join(' ')).toBe('Edge Server Web Conferencing interface (private IP, NAT)');
  });
});

describe('zh-TW text of the app', () => {
  type Dict = Record<string, unknown>;
  const leaves = (o: unknown, path = ''): [string, string][] =>
    typeof o === 'string' ? [[path, o]] : Object.entries(o as Dict).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  const zh = leaves(readJson('locales/zh-TW/translation.json'));
  const CJK = '[\\u3400-\\u9fff\\uf900-\\ufaff]';
  it('has no ASCII comma or colon between CJK text, and no “ ” quotes', () => {
    const bad = zh.filter(([, text]) => new RegExp(`${CJK}[,:] ?${CJK}|[“”]`).test(text)).map(([key]) => key);
    expect(bad).toEqual([]);
  });
  it('quotes names inside sentences with 「」 rather than loose spaces', () => {
    const byKey = new Map(zh);
    for (const key of ['diagram.title', 'diagram.openInterface', 'diagram.edgeName_other', 'diagram.arrowName', 'table.sortBy']) {
      expect(byKey.get(key), key).toMatch(/「\{\{\w+\}\}」/);
    }
  });
  it('says 已淘汰 for the discontinued Messenger rules, 可限縮為, 首碼長度 and 出處 for citations', () => {
    const all = zh.map(([, text]) => text).join('\n');
    expect(all).not.toMatch(/舊版|可縮小為|前置長度|公共 IM/);
    expect(new Map(zh).get('table.legacy')).toBe('已淘汰');
    expect(new Map(zh).get('table.sources_other')).toMatch(/^出處/);
  });
  it('uses the same terms in the zh-TW summaries and notes of every shipped dataset (quotes are the source’s own words)', () => {
    const bad: string[] = [];
    for (const file of ['rules.json', 'sfb-2015.json', 'sfb-2019.json']) {
      const dataset = readJson<{ rules: { id: string; summary: Record<string, string>; notes: Record<string, string> }[] }>(
        `public/data/${file}`,
      );
      for (const rule of dataset.rules) {
        for (const text of [rule.summary['zh-TW'], rule.notes['zh-TW']])
          if (/可縮小為|前置長度|公共 IM/.test(text ?? '')) bad.push(`${file} ${rule.id}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
