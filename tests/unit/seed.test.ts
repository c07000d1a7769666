import { describe, expect, it } from 'vitest';
import { indexDataset, resolveRules } from '../../src/shared/domain/rules';
import { isTableCitation } from '../../src/shared/domain/schema';
import { validateDataset } from '../../src/shared/domain/validate';
import { loadSeedDataset, loadShippedDataset, readJson } from './helpers';

const result = validateDataset(loadSeedDataset());
if (!result.ok) throw new Error(`shipped dataset is invalid: ${JSON.stringify(result.problems)}`);
const dataset = result.dataset;
const views = resolveRules(indexDataset(dataset));
const byId = new Map(views.map((v) => [v.rule.id, v]));

describe('the seed rules (the seed document’s three tables)', () => {
  it('are all in the shipped dataset with the same facts', () => {
    const shipped = new Map(loadShippedDataset().rules.map((r) => [r.id, r]));
    for (const rule of dataset.rules) expect(shipped.get(rule.id)).toEqual(rule);
  });

  it('are valid and number 10, each quoting the seed document', () => {
    expect(dataset.rules).toHaveLength(10);
    for (const rule of dataset.rules) expect(rule.provenance.some((p) => p.source === 'jj618373')).toBe(true);
  });

  it('has 1 SIP federation, 6 public IM connectivity and 3 XMPP rules, each tagged with its table’s scenario', () => {
    const table = (n: number) =>
      dataset.rules.filter((r) => r.provenance.filter(isTableCitation).some((p) => p.source === 'jj618373' && p.table === n));
    expect(table(1)).toHaveLength(1);
    expect(table(2)).toHaveLength(6);
    expect(table(3)).toHaveLength(3);
    expect(table(1).every((r) => r.scenarios.includes('sip-federation'))).toBe(true);
    expect(table(2).every((r) => r.scenarios.includes('public-im'))).toBe(true);
    expect(table(3).every((r) => r.scenarios.includes('xmpp-federation'))).toBe(true);
  });

  it('derives 4 inbound and 6 outbound rules', () => {
    expect(
      views
        .filter((v) => v.direction === 'inbound')
        .map((v) => v.rule.id)
        .sort(),
    ).toEqual(['client-sip-443-in', 'messenger-stun-3478-in', 'public-im-sip-5061-in', 'xmpp-5269-in']);
    expect(views.filter((v) => v.direction === 'outbound')).toHaveLength(6);
  });

  it('puts 9 rules on the external firewall and the XMPP/MTLS/23456 rule on the internal one', () => {
    expect(views.filter((v) => v.firewalls.join() === 'external')).toHaveLength(9);
    const internal = views.filter((v) => v.firewalls.join() === 'internal');
    expect(internal.map((v) => v.rule.id)).toEqual(['xmpp-gateway-23456-out']);
    const rule = internal[0]?.rule;
    expect([rule?.protocol, rule?.security, rule?.transport, rule?.ports]).toEqual(['xmpp', 'MTLS', 'tcp', [{ from: 23456, to: 23456 }]]);
  });

  it('keeps 50000-59999 as one numeric range', () => {
    expect(byId.get('messenger-rtp-tcp-out')?.rule.ports).toEqual([{ from: 50000, to: 59999 }]);
  });

  it('uses one endpoint for the three names of the Access Edge external interface', () => {
    const edge = dataset.endpoints.find((e) => e.id === 'access-edge-external');
    const names = ['Edge Server Access interface', 'Access Edge service public IP address', 'Access Edge service interface IP address'];
    expect([edge?.name.en, ...(edge?.aliases ?? []).map((a) => a.en)]).toEqual(expect.arrayContaining(names));
    const sourceNames = new Set(
      views.flatMap((v) => v.rule.provenance.filter(isTableCitation).flatMap((p) => [p.cells.en[1], p.cells.en[2]])),
    );
    for (const name of names) expect(sourceNames.has(name)).toBe(true);
  });

  it('keeps "Any" on the internet and "Any" on the internal network apart', () => {
    expect(byId.get('xmpp-5269-in')?.source.id).toBe('internet-any');
    expect(byId.get('xmpp-gateway-23456-out')?.source.id).toBe('internal-any');
    expect(byId.get('xmpp-5269-in')?.source.zone).toBe('internet');
    expect(byId.get('xmpp-gateway-23456-out')?.source.zone).toBe('internal');
  });

  it('flags exactly the three Windows Live Messenger rules as legacy', () => {
    expect(
      dataset.rules
        .filter((r) => r.legacy)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['messenger-rtp-tcp-out', 'messenger-stun-3478-in', 'messenger-stun-3478-out']);
  });

  it('quotes every provenance row verbatim from the source tables', () => {
    type Cell = { en: string; 'zh-TW': string };
    const tables = readJson<{ documents: { slug: string; tables: { rows: Cell[][] }[] }[] }>(
      'tests/fixtures/sources/lync-server-2013-tables.json',
    );
    for (const rule of dataset.rules) {
      for (const p of rule.provenance.filter(isTableCitation)) {
        const slug = dataset.sources.find((s) => s.id === p.source)?.slug;
        const row = tables.documents.find((d) => d.slug === slug)?.tables[p.table - 1]?.rows[p.row - 1];
        expect(row, `${rule.id} → ${slug} table ${p.table} row ${p.row}`).toBeDefined();
        expect(p.cells.en).toEqual(row?.map((c) => c.en));
        expect(p.cells['zh-TW']).toEqual(row?.map((c) => c['zh-TW']));
      }
    }
  });

  it('credits every source document under CC BY 4.0 with its TechNet URL and a link to the licence', () => {
    const shipped = loadShippedDataset();
    for (const source of [...dataset.sources, ...shipped.sources]) {
      expect(source.credit).toBe('© Microsoft, CC BY 4.0');
      expect(source.url).toMatch(/^https:\/\/technet\.microsoft\.com\//);
      expect(source.licenseUrl).toBe('https://creativecommons.org/licenses/by/4.0/');
    }
  });

  it('says what was changed from the source documents (CC BY 4.0)', () => {
    for (const d of [dataset, loadShippedDataset()]) {
      expect(d.adaptation?.en).toMatch(/rules restructured from the firewall tables/);
      expect(d.adaptation?.en).toMatch(/zh-TW notes.*rewritten from the English/);
      expect(d.adaptation?.['zh-TW']).toMatch(/重新整理/);
    }
  });

  it('keeps the published (machine-translated) titles verbatim and gives each source a heading in the seed document’s terms', () => {
    const shipped = loadShippedDataset();
    expect(shipped.sources).toHaveLength(14);
    for (const source of shipped.sources) {
      expect(source.heading?.en, source.id).toBe(source.title.en.replace(/\s+/g, ' '));
      const zh = source.heading?.['zh-TW'] ?? '';
      expect(zh, source.id).toMatch(/^(連接埠摘要 - |判斷外部 A\/V 防火牆和連接埠需求$)/);
      // The seed's terms: 連接埠 (never 埠 alone), Edge and Proxy capitalised.
      expect(zh.replace(/連接埠/g, ''), source.id).not.toMatch(/埠/);
      expect(zh, source.id).not.toMatch(/\b(edge|proxy)\b/);
    }
    const seedSource = shipped.sources.find((s) => s.id === 'jj618373');
    expect(seedSource?.heading?.['zh-TW']).toBe(seedSource?.title['zh-TW']);
    expect(shipped.sources.filter((s) => s.title['zh-TW'] !== s.heading?.['zh-TW'])).toHaveLength(13);
  });
});
