/** Resolving rules, search text, source use and dates: expectations from public/data/rules.json. */
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/shared/domain/dates';
import { indexDataset, resolveRules } from '../../src/shared/domain/rules';
import { buildSearchText, matchesTokens, normalizeSearch, searchTokens } from '../../src/shared/domain/search';
import { sourceUse } from '../../src/shared/domain/sources';
import { cloneDataset, loadShippedDataset } from './helpers';

const dataset = loadShippedDataset();
// Index and views are built inside each test (not when the file loads), so mutation testing
// (per-test coverage) sees the tests that check them.
const fresh = () => indexDataset(dataset);
const view = (id: string) => {
  const found = resolveRules(fresh()).find((v) => v.rule.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('resolveRules', () => {
  it('resolves endpoints and derives direction, firewalls and interfaces', () => {
    const rule = view('reverse-proxy-http-8080-front-end');
    expect(rule.source.id).toBe('reverse-proxy-internal');
    expect(rule.destination.id).toBe('front-end');
    expect(rule.direction).toBe('inbound');
    expect(rule.firewalls).toEqual(['internal']);
    expect(rule.interfaces).toEqual(['reverse-proxy-internal', 'front-end']);
    // "Any" and named remote parties are not interfaces of our servers.
    expect(view('xmpp-gateway-23456-out').interfaces).toEqual(['edge-internal']);
    expect(view('director-sip-5061-edge-internal').interfaces).toEqual(['director', 'edge-internal']);
    expect(view('director-https-444-front-end')).toMatchObject({ direction: 'lateral', firewalls: [] });
  });

  it('puts a rule that names no topologies (or an empty list) in every topology of the dataset', () => {
    const d = cloneDataset();
    delete d.rules[0]!.topologies;
    d.rules[1]!.topologies = [];
    const [first, second, third] = resolveRules(indexDataset(d));
    const all = d.topologies!.map((t) => t.id);
    expect(all).toHaveLength(9);
    expect(first?.topologies).toEqual(all);
    expect(second?.topologies).toEqual(all);
    expect(third?.topologies).toEqual(['single-public', 'scaled-dns-public', 'scaled-hlb']);
    delete d.topologies;
    expect(resolveRules(indexDataset(d))[0]?.topologies).toEqual([]);
  });

  it('throws on an endpoint that does not resolve (validated datasets never have one)', () => {
    const d = cloneDataset();
    d.rules[3]!.destination = 'nowhere';
    expect(() => resolveRules(indexDataset(d))).toThrow(`Unresolved endpoint in rule ${d.rules[3]!.id}`);
    d.rules[3]!.destination = d.rules[2]!.destination;
    d.rules[3]!.source = 'nowhere';
    expect(() => resolveRules(indexDataset(d))).toThrow(/Unresolved endpoint/);
  });

  it('searches the rule in both languages: names, aliases, notes, conditions, scenario, topology and role names', () => {
    const text = view('xmpp-5269-in').searchText;
    for (const part of [
      'xmpp-5269-in',
      'xmpp',
      'tcp',
      '5269',
      'internet-any',
      'any (internet)',
      '任何一個 (網際網路)',
      'access-edge-external',
      normalizeSearch(dataset.rules[0]!.notes['zh-TW']),
      normalizeSearch(dataset.rules[0]!.requirement.condition!.en),
      normalizeSearch(dataset.rules[0]!.requirement.condition!['zh-TW']),
      normalizeSearch(fresh().scenarioName('xmpp-federation', 'zh-TW')),
      normalizeSearch(fresh().topologyName('single-public', 'en')),
      normalizeSearch(fresh().topologyName('scaled-dns-public', 'zh-TW')),
      normalizeSearch(fresh().roleName('xmpp', 'en')),
      normalizeSearch(fresh().roleName('xmpp', 'zh-TW')),
    ])
      expect(text).toContain(part);
    const edge = dataset.endpoints.find((e) => e.id === 'access-edge-external');
    for (const alias of edge?.aliases ?? []) expect(text).toContain(normalizeSearch(alias['zh-TW']));
    expect(view('av-stun-tcp-443-out').searchText).toContain('50000-59999');
    expect(view('xmpp-5269-in').searchText).not.toContain('50000-59999');
  });
});

describe('indexDataset', () => {
  it('names scenarios, topologies and roles in each language, and falls back to the id', () => {
    expect(fresh().scenarioName('xmpp-federation', 'en')).toBe(dataset.scenarios.find((s) => s.id === 'xmpp-federation')?.name.en);
    expect(fresh().scenarioName('nope', 'en')).toBe('nope');
    expect(fresh().topologyName('nope', 'zh-TW')).toBe('nope');
    expect(fresh().roleName('nope', 'en')).toBe('nope');
    expect(fresh().endpoint('front-end')?.zone).toBe('internal');
    expect(fresh().endpoint('nope')).toBeUndefined();
    expect(fresh().source('jj204756')?.id).toBe('jj204756');
    expect(fresh().source('nope')).toBeUndefined();
  });

  it('labels a protocol with its security layer', () => {
    expect(fresh().protocolLabel(view('access-sip-5061-in').rule)).toBe('SIP (MTLS)');
    expect(fresh().protocolLabel(view('access-sip-443-in').rule)).toBe('SIP (TLS)');
    expect(fresh().protocolLabel(view('av-rtp-tcp-out').rule)).toBe('RTP');
    expect(fresh().protocolLabel({ ...view('av-rtp-tcp-out').rule, protocol: 'unknown' })).toBe('unknown');
  });
});

describe('search', () => {
  it('folds case and width, splits on any space', () => {
    expect(normalizeSearch('ＳＩＰ Edge')).toBe('sip edge');
    expect(searchTokens('  ＳＩＰ\tEdge\n 用戶端 ')).toEqual(['sip', 'edge', '用戶端']);
    expect(searchTokens('   ')).toEqual([]);
  });
  it('needs every token, anywhere in the text', () => {
    const text = buildSearchText(['Edge', undefined, '', 'SIP/TLS']);
    expect(text).toBe('edge\u0000sip/tls');
    expect(matchesTokens(text, ['sip', 'edge'])).toBe(true);
    expect(matchesTokens(text, ['sip', 'xmpp'])).toBe(false);
    expect(matchesTokens(text, [])).toBe(true);
    // Parts are joined by a separator a query cannot contain, so a token never spans two parts.
    expect(matchesTokens(text, ['edgesip'])).toBe(false);
  });
});

describe('sourceUse', () => {
  it('counts the rows, tables and rules each document gives, and its rows that are not rules', () => {
    const use = new Map(sourceUse(dataset).map((u) => [u.source.id, u]));
    expect(use.size).toBe(14);
    // Counted in public/data/rules.json.
    expect(use.get('jj204756')).toMatchObject({ rows: 37, tables: 5, rules: 32, notRules: 0 });
    expect(use.get('jj618373')).toMatchObject({ rows: 10, tables: 3, rules: 10, notRules: 0 });
    expect(use.get('gg425882')).toMatchObject({ rows: 8, tables: 2, rules: 4, notRules: 2 });
    // Cited by paragraph too: more rules than rows.
    expect(use.get('jj204932')).toMatchObject({ rows: 5, tables: 2, rules: 7 });
  });
});

describe('isoDate', () => {
  it('writes the local date as yyyy-mm-dd with zero padding', () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(isoDate(new Date(2026, 10, 23))).toBe('2026-11-23');
  });
});
