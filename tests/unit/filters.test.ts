import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACETS, type FacetId, facetValues } from '../../src/shared/domain/facets';
import { activeFilters, countFilteredFacets, explainEmpty, type Filters, filterRules } from '../../src/shared/domain/filters';
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
