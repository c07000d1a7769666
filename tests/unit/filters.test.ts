import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACETS, type FacetId, facetValues } from '../../src/shared/domain/facets';
import {
  activeFilters,
  clearFilter,
  countFilteredFacets,
  explainEmpty,
  type Filters,
  filterRules,
  matchPort,
} from '../../src/shared/domain/filters';
import { indexDataset, resolveRules } from '../../src/shared/domain/rules';
import { filtersFrom, loadSeedDataset, loadShippedDataset } from './helpers';

const views = resolveRules(indexDataset(loadSeedDataset()));
const state = filtersFrom;
const ids = (s: Filters) => filterRules(views, s).map((v) => v.rule.id);

describe('filterRules', () => {
  it('shows every rule with no filter', () => {
    expect(ids(state())).toHaveLength(10);
  });

  it('finds a single port', () => {
    expect(ids(state({ port: '3478' }))).toEqual(['messenger-stun-3478-out', 'messenger-stun-3478-in']);
  });

  it('finds the range that contains a port', () => {
    expect(ids(state({ port: '50010' }))).toEqual(['messenger-rtp-tcp-out']);
  });

  it('finds every rule that overlaps a range', () => {
    expect(ids(state({ port: '5060-5062' }))).toEqual(['sip-federation-5061-out', 'public-im-sip-5061-in', 'public-im-sip-5061-out']);
  });

  it('ignores an invalid port instead of emptying the table', () => {
    expect(ids(state({ port: '70000' }))).toHaveLength(10);
    expect(ids(state({ port: 'abc' }))).toHaveLength(10);
  });

  it('finds the same rules for "clients" and "用戶端"', () => {
    const en = ids(state({ q: 'clients' }));
    expect(en.length).toBeGreaterThan(0);
    expect(ids(state({ q: '用戶端' }))).toEqual(en);
  });

  it('matches every word of the search, case- and width-insensitively', () => {
    expect(ids(state({ q: 'ＧＡＴＥＷＡＹ mtls' }))).toEqual(['xmpp-gateway-23456-out']);
  });

  it('combines facets with AND across facets and OR within one', () => {
    expect(ids(state({ facets: { scenario: ['xmpp-federation'], direction: ['inbound'] } }))).toEqual(['xmpp-5269-in']);
    expect(ids(state({ facets: { transport: ['udp'], direction: ['inbound', 'outbound'] } }))).toHaveLength(2);
  });

  it('filters by the interface involved on either side', () => {
    expect(ids(state({ facets: { interface: ['edge-internal'] } }))).toEqual(['xmpp-gateway-23456-out']);
    expect(ids(state({ facets: { interface: ['access-edge-external'] } }))).toHaveLength(6);
    expect(ids(state({ facets: { interface: ['av-edge-external'] } }))).toHaveLength(3);
  });

  it('hides legacy rules with one toggle', () => {
    expect(ids(state({ hideLegacy: true }))).toHaveLength(7);
  });
});

describe('explainEmpty', () => {
  it('names each active filter with what removing it would show', () => {
    const s = state({ port: '3478', facets: { transport: ['tcp'] } });
    expect(ids(s)).toEqual([]);
    expect(explainEmpty(views, s)).toEqual([
      { filter: { kind: 'facet', facet: 'transport', values: ['tcp'] }, wouldShow: 2 },
      { filter: { kind: 'port' }, wouldShow: 8 },
    ]);
  });

  it('lists nothing when nothing is active', () => {
    expect(activeFilters(state())).toEqual([]);
  });
});

describe('countFacets (one pass)', () => {
  it('equals filtering once per facet with that facet ignored, for random filter states', () => {
    const all = resolveRules(indexDataset(loadShippedDataset()));
    const ids = (facet: FacetId) => [...new Set(all.flatMap((v) => facetValues(v, facet)))];
    const state = fc
      .record({
        facets: fc.record(
          Object.fromEntries(FACETS.map((f) => [f, fc.subarray(ids(f), { maxLength: Math.min(3, ids(f).length) })])) as Record<
            FacetId,
            fc.Arbitrary<string[]>
          >,
        ),
        port: fc.constantFrom('', '443', '50000-59999', '3478', 'x'),
        q: fc.constantFrom('', 'edge', 'sip', '用戶端', 'zzz'),
        hideLegacy: fc.boolean(),
      })
      .map(filtersFrom);
    fc.assert(
      fc.property(state, (s) => {
        const counts = countFilteredFacets(all, s);
        for (const facet of FACETS) {
          const others = filterRules(all, { ...s, facets: { ...s.facets, [facet]: [] } });
          const expected = new Map<string, number>();
          for (const v of others) for (const value of facetValues(v, facet)) expected.set(value, (expected.get(value) ?? 0) + 1);
          expect(counts[facet]).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('filterRules on the shipped dataset (expectations from public/data/rules.json)', () => {
  const shipped = loadShippedDataset();
  const all = resolveRules(indexDataset(shipped));
  const shippedIds = (s: Filters) => filterRules(all, s).map((v) => v.rule.id);

  it("matches a rule's source ports too, and says so", () => {
    // The README's example: the A/V media rules on 50000-59999, and the STUN rule whose source ports are 50000-59999.
    expect(shippedIds(state({ facets: { topology: ['single-public'] }, port: '50010' }))).toEqual([
      'av-rtp-tcp-out',
      'av-rtp-udp-out',
      'av-rtp-tcp-in',
      'av-rtp-udp-in',
      'av-stun-tcp-443-out',
      'messenger-rtp-tcp-out',
    ]);
    const byId = (id: string) => all.find((v) => v.rule.id === id) as (typeof all)[number];
    expect(matchPort(byId('av-stun-tcp-443-out'), { from: 50010, to: 50010 })).toBe('source');
    expect(matchPort(byId('av-stun-tcp-443-out'), { from: 443, to: 443 })).toBe('destination');
    expect(matchPort(byId('av-rtp-tcp-out'), { from: 50010, to: 50010 })).toBe('destination');
    expect(matchPort(byId('av-rtp-tcp-out'), { from: 443, to: 443 })).toBeUndefined();
    // Range edges: a range that touches a rule's range overlaps it; one port short does not.
    expect(matchPort(byId('av-rtp-tcp-out'), { from: 40000, to: 50000 })).toBe('destination');
    expect(matchPort(byId('av-rtp-tcp-out'), { from: 59999, to: 60000 })).toBe('destination');
    expect(matchPort(byId('av-rtp-tcp-out'), { from: 40000, to: 49999 })).toBeUndefined();
    expect(matchPort(byId('av-rtp-tcp-out'), { from: 60000, to: 60001 })).toBeUndefined();
  });

  it('a topology shows exactly its rules', () => {
    expect(shippedIds(state({ facets: { topology: ['director-hlb'] } }))).toEqual([
      'reverse-proxy-http-8080-director-vip',
      'reverse-proxy-https-4443-director-vip',
      'director-https-444-front-end',
      'internal-clients-http-80-director-vip',
      'internal-clients-https-443-director-vip',
      'director-sip-5061-edge-internal',
      'edge-internal-sip-5061-director-vip',
      'director-cls-50001-50003',
    ]);
  });

  it('filters on derived direction and firewall', () => {
    expect(shippedIds(state({ facets: { topology: ['reverse-proxy'], direction: ['inbound'] } }))).toEqual([
      'reverse-proxy-http-80-in',
      'reverse-proxy-https-443-in',
      'reverse-proxy-http-8080-front-end',
      'reverse-proxy-https-4443-front-end',
      'reverse-proxy-http-8080-director',
      'reverse-proxy-https-4443-director',
      'reverse-proxy-https-443-office-web-apps',
    ]);
    expect(shippedIds(state({ facets: { topology: ['director-single'], firewall: ['internal'] } }))).toEqual([
      'reverse-proxy-http-8080-director',
      'reverse-proxy-https-4443-director',
      'edge-internal-sip-5061-director',
      'director-sip-5061-edge-internal',
    ]);
    expect(shippedIds(state({ facets: { topology: ['director-single'], direction: ['lateral'] } }))).toEqual([
      'director-https-444-front-end',
      'internal-clients-http-80-director',
      'internal-clients-https-443-director',
      'director-cls-50001-50003',
    ]);
  });

  it('searches endpoint ids, ports and rule ids', () => {
    expect(shippedIds(state({ q: 'office-web-apps' }))).toEqual(['reverse-proxy-https-443-office-web-apps']);
    expect(shippedIds(state({ q: '8057' }))).toEqual(['edge-internal-psom-8057']);
    expect(shippedIds(state({ q: 'edge-internal-cms-4443' }))).toEqual(['edge-internal-cms-4443']);
    expect(shippedIds(state({ q: 'nothing-like-this' }))).toEqual([]);
  });

  // An independent reading of the dataset: zones in trust order, "every topology" when a rule names none.
  const rank = { internet: 0, perimeter: 1, internal: 2 } as const;
  const endpoints = new Map(shipped.endpoints.map((e) => [e.id, e]));
  const allTopologies = (shipped.topologies ?? []).map((t) => t.id);
  const facts = (rule: (typeof shipped.rules)[number]) => {
    const source = endpoints.get(rule.source);
    const destination = endpoints.get(rule.destination);
    if (!source || !destination) throw new Error(rule.id);
    const [a, b] = [rank[source.zone], rank[destination.zone]];
    const firewalls = [
      ...(Math.min(a, b) === 0 && Math.max(a, b) >= 1 ? ['external'] : []),
      ...(Math.min(a, b) <= 1 && Math.max(a, b) === 2 ? ['internal'] : []),
    ];
    return {
      topology: rule.topologies?.length ? rule.topologies : allTopologies,
      scenario: rule.scenarios,
      role: [rule.role],
      direction: [b > a ? 'inbound' : b < a ? 'outbound' : 'lateral'],
      protocol: [rule.protocol],
      transport: [rule.transport],
      firewall: firewalls,
      interface: [source, destination].filter((e) => e.kind === 'interface').map((e) => e.id),
    } as Record<FacetId, readonly string[]>;
  };
  const overlaps = (ranges: readonly { from: number; to: number }[] | undefined, p: { from: number; to: number }) =>
    (ranges ?? []).some((r) => r.from <= p.to && p.from <= r.to);
  const passes = (rule: (typeof shipped.rules)[number], s: Filters) =>
    (!s.hideLegacy || !rule.legacy) &&
    (!s.port || overlaps(rule.ports, s.port) || overlaps(rule.sourcePorts, s.port)) &&
    FACETS.every((facet) => s.facets[facet].length === 0 || facts(rule)[facet].some((v) => s.facets[facet].includes(v)));

  it('keeps every rule that matches every filter and drops every rule that fails one (property)', () => {
    const values = (facet: FacetId) => [...new Set(shipped.rules.flatMap((r) => facts(r)[facet]))];
    const filters = fc
      .record({
        facets: fc.record(
          Object.fromEntries(FACETS.map((f) => [f, fc.subarray(values(f), { maxLength: 2 })])) as Record<FacetId, fc.Arbitrary<string[]>>,
        ),
        port: fc.oneof(
          fc.constant(''),
          fc.integer({ min: 1, max: 65535 }).map(String),
          fc.constantFrom('443', '3478', '50000', '5060-5062', '1-1000'),
        ),
        hideLegacy: fc.boolean(),
      })
      .map(filtersFrom);
    fc.assert(
      fc.property(filters, (s) => {
        const kept = new Set(shippedIds(s));
        for (const rule of shipped.rules) expect(kept.has(rule.id), rule.id).toBe(passes(rule, s));
      }),
      { numRuns: 300 },
    );
  });
});

describe('active filters', () => {
  it('lists the port, the search and the legacy toggle, and clears each alone', () => {
    const s = state({ facets: { role: ['av'] }, port: '443', q: 'edge', hideLegacy: true });
    const active = activeFilters(s);
    expect(active).toEqual([{ kind: 'facet', facet: 'role', values: ['av'] }, { kind: 'port' }, { kind: 'q' }, { kind: 'legacy' }]);
    expect(clearFilter(s, { kind: 'port' })).toEqual({ ...s, port: undefined });
    expect(clearFilter(s, { kind: 'q' })).toEqual({ ...s, q: '', tokens: [] });
    expect(clearFilter(s, { kind: 'legacy' })).toEqual({ ...s, hideLegacy: false });
    expect(clearFilter(s, { kind: 'facet', facet: 'role', values: ['av'] })).toEqual({ ...s, facets: { ...s.facets, role: [] } });
  });

  it('does not count blank search text or an invalid port as a filter', () => {
    expect(activeFilters(state({ q: '   ' }))).toEqual([]);
    expect(activeFilters(state({ port: 'abc' }))).toEqual([]);
    expect(activeFilters(state({ port: '70000' }))).toEqual([]);
  });

  it('explains an empty result with the legacy toggle and the search too', () => {
    const s = state({ q: 'messenger', hideLegacy: true });
    expect(ids(s)).toEqual([]);
    expect(explainEmpty(views, s)).toEqual([
      { filter: { kind: 'q' }, wouldShow: 7 },
      { filter: { kind: 'legacy' }, wouldShow: 3 },
    ]);
  });
});
