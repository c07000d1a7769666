import { describe, expect, it } from 'vitest';
import { covers, endpointWithin, findCoverings, isAnyEndpoint, portsWithin } from '../../src/shared/domain/covering';
import { indexDataset, resolveRules } from '../../src/shared/domain/rules';
import type { Dataset, Endpoint, Rule } from '../../src/shared/domain/schema';
import { validateDataset } from '../../src/shared/domain/validate';
import { loadShippedDataset } from './helpers';

const L = (en: string) => ({ en, 'zh-TW': en });
const endpoint = (id: string, name: string, zone: Endpoint['zone'], kind: Endpoint['kind']): Endpoint => ({
  id,
  name: L(name),
  zone,
  kind,
});
const ENDPOINTS: Endpoint[] = [
  endpoint('internet-any', 'Any (Internet)', 'internet', 'party'),
  endpoint('clients', 'Clients', 'internet', 'party'),
  endpoint('partners', 'Partners', 'internet', 'party'),
  endpoint('edge', 'Edge external interface', 'perimeter', 'interface'),
  endpoint('edge-internal', 'Edge internal interface', 'perimeter', 'interface'),
  endpoint('internal-any', 'Any (internal network)', 'internal', 'party'),
  endpoint('director', 'Director', 'internal', 'interface'),
];

type Spec = Partial<Omit<Rule, 'ports' | 'sourcePorts'>> & { id: string; ports: string; sourcePorts?: string };
const range = (text: string) =>
  text.split(',').map((part) => {
    const [from, to] = part.split('-').map(Number);
    return { from: from ?? 0, to: to ?? from ?? 0 };
  });

/** A small valid dataset: every rule TCP from Any on the Internet to the Edge in topology t1 unless it says otherwise. */
function views(...specs: Spec[]) {
  const rules: Rule[] = specs.map(({ ports, sourcePorts, ...spec }) => ({
    summary: L(spec.id),
    scenarios: ['s'],
    topologies: ['t1'],
    role: 'r',
    protocol: 'p',
    transport: 'tcp',
    source: 'internet-any',
    destination: 'edge',
    notes: L('n'),
    requirement: { level: 'required' },
    legacy: false,
    provenance: [{ source: 'doc', table: 1, row: 1, cells: { en: ['x'], 'zh-TW': ['x'] } }],
    ...spec,
    ports: range(ports),
    ...(sourcePorts ? { sourcePorts: range(sourcePorts) } : {}),
  }));
  const dataset: Dataset = {
    schemaVersion: 1,
    version: 'test',
    title: L('t'),
    sources: [{ id: 'doc', slug: 'doc', title: L('Doc'), url: 'https://example.com/doc', credit: 'c', license: 'l' }],
    topologies: ['t1', 't2', 't3'].map((id) => ({ id, name: L(id) })),
    scenarios: [{ id: 's', name: L('s') }],
    roles: [{ id: 'r', name: L('r') }],
    protocols: [
      { id: 'p', label: 'P' },
      { id: 'q', label: 'Q' },
    ],
    endpoints: ENDPOINTS,
    rules,
  };
  const result = validateDataset(dataset);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return resolveRules(indexDataset(result.dataset));
}
const coverings = (...specs: Spec[]) => Object.fromEntries(findCoverings(views(...specs)));

describe('port and endpoint containment', () => {
  it('contains ports in a range, or across ranges that touch', () => {
    expect(portsWithin(range('50010'), range('50000-59999'))).toBe(true);
    expect(portsWithin(range('443-444'), range('443'))).toBe(false);
    expect(portsWithin(range('5-15'), range('1-10,11-20'))).toBe(true);
    expect(portsWithin(range('5-15'), range('1-10,12-20'))).toBe(false);
    expect(portsWithin(range('80,443'), range('443,80'))).toBe(true);
  });

  it('puts a named party or interface inside "Any" of its own zone only', () => {
    const [internetAny, clients, , edge, , internalAny, director] = ENDPOINTS as [Endpoint, ...Endpoint[]];
    expect(endpointWithin(clients!, internetAny)).toBe(true);
    expect(endpointWithin(internetAny, clients!)).toBe(false);
    expect(endpointWithin(director!, internalAny!)).toBe(true);
    expect(endpointWithin(clients!, internalAny!)).toBe(false);
    expect(endpointWithin(edge!, internetAny)).toBe(false);
    expect(endpointWithin(edge!, edge!)).toBe(true);
    expect(ENDPOINTS.filter(isAnyEndpoint).map((e) => e.id)).toEqual(['internet-any', 'internal-any']);
  });
});

describe('findCoverings', () => {
  it('finds a named party inside "Any" with the same transport and ports, whatever the protocol', () => {
    expect(coverings({ id: 'any-443', ports: '443' }, { id: 'clients-443', ports: '443', source: 'clients', protocol: 'q' })).toEqual({
      'clients-443': ['any-443'],
    });
  });

  it('needs the same transport, contained ports and endpoints on both sides', () => {
    expect(coverings({ id: 'a', ports: '443' }, { id: 'b', ports: '443', source: 'clients', transport: 'udp' })).toEqual({});
    expect(coverings({ id: 'a', ports: '443' }, { id: 'b', ports: '443-444', source: 'clients' })).toEqual({});
    expect(coverings({ id: 'a', ports: '443', source: 'clients' }, { id: 'b', ports: '443', source: 'partners' })).toEqual({});
    expect(coverings({ id: 'a', ports: '443' }, { id: 'b', ports: '443', destination: 'edge-internal' })).toEqual({});
    // Outbound: "Any" as the destination covers a named destination.
    expect(
      coverings(
        { id: 'out-any', ports: '50000-59999', source: 'edge', destination: 'internet-any' },
        { id: 'out-partners', ports: '50000-59999', source: 'edge', destination: 'partners' },
      ),
    ).toEqual({ 'out-partners': ['out-any'] });
  });

  it('checks source ports only when the covering rule states them', () => {
    const out = { source: 'edge', destination: 'internet-any', transport: 'udp' as const };
    const partners = { source: 'edge', destination: 'partners', transport: 'udp' as const };
    expect(coverings({ id: 'a', ports: '3478', sourcePorts: '3478', ...out }, { id: 'b', ports: '3478', ...partners })).toEqual({});
    expect(
      coverings({ id: 'a', ports: '3478', sourcePorts: '3478', ...out }, { id: 'b', ports: '3478', sourcePorts: '3478', ...partners }),
    ).toEqual({ b: ['a'] });
    expect(
      coverings({ id: 'a', ports: '3478', sourcePorts: '3478', ...out }, { id: 'b', ports: '3478', sourcePorts: '3478-3479', ...partners }),
    ).toEqual({});
    expect(coverings({ id: 'a', ports: '3478', ...out }, { id: 'b', ports: '3478', sourcePorts: '3478', ...partners })).toEqual({
      b: ['a'],
    });
  });

  it('considers only rules of a shared topology, and a rule covered only in all of its topologies', () => {
    expect(coverings({ id: 'a', ports: '443', topologies: ['t2'] }, { id: 'b', ports: '443', source: 'clients' })).toEqual({});
    // b is still needed in t2.
    expect(coverings({ id: 'a', ports: '443' }, { id: 'b', ports: '443', source: 'clients', topologies: ['t1', 't2'] })).toEqual({});
    expect(
      covers(views({ id: 'a', ports: '443' })[0]!, views({ id: 'b', ports: '443', source: 'clients', topologies: ['t1', 't2'] })[0]!),
    ).toBe(true);
    // Two rules together cover both of its topologies (a and c share none, so neither covers the other).
    expect(
      coverings(
        { id: 'a', ports: '443' },
        { id: 'b', ports: '443', source: 'clients', topologies: ['t1', 't2'] },
        { id: 'c', ports: '400-500', topologies: ['t2', 't3'] },
      ),
    ).toEqual({ b: ['a', 'c'] });
  });

  it('lets one of two identical flows cover the other, never both', () => {
    expect(coverings({ id: 'zeta', ports: '443' }, { id: 'alpha', ports: '443' })).toEqual({ zeta: ['alpha'] });
    expect(coverings({ id: 'alpha', ports: '443' }, { id: 'zeta', ports: '443' })).toEqual({ zeta: ['alpha'] });
    // The one in more topologies covers the one in fewer, whatever the ids.
    expect(coverings({ id: 'alpha', ports: '443' }, { id: 'zeta', ports: '443', topologies: ['t1', 't2'] })).toEqual({ alpha: ['zeta'] });
    // Overlapping but different topologies: each is still needed somewhere.
    expect(
      coverings({ id: 'alpha', ports: '443', topologies: ['t1', 't2'] }, { id: 'zeta', ports: '443', topologies: ['t2', 't3'] }),
    ).toEqual({});
    // Three identical rules: the first id covers the other two, and the second covers the third.
    expect(coverings({ id: 'c', ports: '443' }, { id: 'b', ports: '443' }, { id: 'a', ports: '443' })).toEqual({ c: ['b', 'a'], b: ['a'] });
  });

  it('lists every covering rule in the order of the views, for a narrower "Any" inside a wider one', () => {
    expect(
      coverings(
        { id: 'wide', ports: '1-1000' },
        { id: 'any-443', ports: '443' },
        { id: 'clients-443', ports: '443', source: 'clients' },
        { id: 'internal', ports: '443', source: 'internal-any', destination: 'edge-internal' },
        { id: 'director', ports: '443', source: 'director', destination: 'edge-internal' },
      ),
    ).toEqual({ 'any-443': ['wide'], 'clients-443': ['wide', 'any-443'], director: ['internal'] });
  });

  it('takes another definition of "Any"', () => {
    const specs: Spec[] = [
      { id: 'clients', ports: '443', source: 'clients' },
      { id: 'partners', ports: '443', source: 'partners' },
    ];
    expect(findCoverings(views(...specs)).size).toBe(0);
    expect(Object.fromEntries(findCoverings(views(...specs), { isAny: (e) => e.id === 'clients' }))).toEqual({ partners: ['clients'] });
  });
});

describe('the shipped dataset', () => {
  it('has exactly these covered rules, read from the rules by hand', () => {
    // Each pair: the same transport and ports, the same interface, and a named party where the
    // covering rule says "Any", in the same topologies. messenger-stun-3478-out(-nat) is not
    // covered: av-stun-udp-3478-out(-nat) only allows source port UDP 3478, the Messenger rule any.
    const expected = {
      'client-sip-443-in': ['access-sip-443-in'],
      'public-im-sip-5061-in': ['access-sip-5061-in'],
      'public-im-sip-5061-out': ['sip-federation-5061-out'],
      'messenger-rtp-tcp-out': ['av-rtp-tcp-out'],
      'messenger-stun-3478-in': ['av-stun-udp-3478-in'],
      'client-sip-443-in-nat': ['access-sip-443-in-nat'],
      'public-im-sip-5061-in-nat': ['access-sip-5061-in-nat'],
      'public-im-sip-5061-out-nat': ['sip-federation-5061-out-nat'],
      'messenger-rtp-tcp-out-nat': ['av-rtp-tcp-out-nat'],
      'messenger-stun-3478-in-nat': ['av-stun-udp-3478-in-nat'],
    };
    const found = findCoverings(resolveRules(indexDataset(loadShippedDataset())));
    expect(Object.fromEntries(found)).toEqual(expected);
  });
});

describe('covering edges', () => {
  it('knows "Any" by a party whose English name starts with the word Any', () => {
    expect(isAnyEndpoint(endpoint('a', 'Any (Internet)', 'internet', 'party'))).toBe(true);
    expect(isAnyEndpoint(endpoint('a', 'Anycast servers', 'internet', 'party'))).toBe(false);
    expect(isAnyEndpoint(endpoint('a', 'Not Any', 'internet', 'party'))).toBe(false);
    expect(isAnyEndpoint(endpoint('a', 'Any interface', 'perimeter', 'interface'))).toBe(false);
  });

  it('needs every inner range inside the outer ranges', () => {
    expect(portsWithin(range('443,80'), range('443'))).toBe(false);
    expect(portsWithin(range('443,80'), range('80,443'))).toBe(true);
    expect(portsWithin(range('100-300'), range('200-300,100-199'))).toBe(true);
    expect(portsWithin(range('100-300'), range('100-198,200-300'))).toBe(false);
  });

  it('between identical flows, only the rule in a superset of the topologies covers', () => {
    const [narrow, wide] = views(
      { id: 'narrow', ports: '443', topologies: ['t1'] },
      { id: 'wide', ports: '443', topologies: ['t1', 't2'] },
    );
    if (!narrow || !wide) throw new Error('views');
    expect(covers(narrow, wide)).toBe(false);
    expect(covers(wide, narrow)).toBe(true);
    expect(covers(wide, wide)).toBe(false);
  });

  it('does not list a rule nothing covers, even one in no topology', () => {
    const [only] = views({ id: 'only', ports: '443' });
    if (!only) throw new Error('views');
    expect(findCoverings([{ ...only, topologies: [] }])).toEqual(new Map());
  });
});
