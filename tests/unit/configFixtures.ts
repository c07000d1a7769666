/** The built-in dataset's rules per topology and address sets for the configuration tests. */
import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import type { AddressRecord } from '../../src/shared/domain/addresses';
import { indexDataset, type ResolvedRule, resolveRules } from '../../src/shared/domain/rules';
import type { Endpoint } from '../../src/shared/domain/schema';
import { deriveDirection, deriveFirewalls } from '../../src/shared/domain/zones';
import { loadShippedDataset } from './helpers';

export const dataset = loadShippedDataset();
export const index = indexDataset(dataset);
export const allViews = resolveRules(index);
export const TOPOLOGIES = (dataset.topologies ?? []).map((t) => t.id);
export const topologyViews = (topology: string): ResolvedRule[] => allViews.filter((v) => v.topologies.includes(topology));

/**
 * Documentation addresses (RFC 5737, RFC 3849) for the endpoints of the single-public and
 * scaled-hlb topologies, IPv4 and IPv6, hosts, pools and networks. Left without an address on
 * purpose: external-clients, live-messenger-clients, director (placeholders); public-im-partners
 * has an FQDN only.
 */
export const DOC_ADDRESSES: AddressRecord = {
  'access-edge-external': ['198.51.100.10', '2001:db8:100::10'],
  'webconf-edge-external': ['198.51.100.11'],
  'av-edge-external': ['198.51.100.12', '2001:db8:100::12'],
  'access-edge-vip': ['198.51.100.20'],
  'webconf-edge-vip': ['198.51.100.21'],
  'av-edge-vip': ['198.51.100.22', '2001:db8:100::22'],
  'edge-internal': ['192.0.2.10', '192.0.2.11'],
  'edge-internal-vip': ['192.0.2.20'],
  'internal-any': ['192.0.2.128/25', '2001:db8:200::/48'],
  'front-end': ['192.0.2.130', '192.0.2.131'],
  'federated-partners': ['203.0.113.0/24', 'sip.partner.example'],
  'public-im-partners': ['sip.pic.example'],
  'internet-dns': ['203.0.113.53', '2001:db8:300::53'],
  'internet-crl': ['203.0.113.80'],
};

/** Every endpoint of the dataset gets one IPv4 host, a few an IPv4 network too. */
export const V4_ONLY: AddressRecord = Object.fromEntries(
  dataset.endpoints.map((e, i) => [e.id, i % 3 === 0 ? [`10.${i}.0.0/16`, `172.16.${i}.1`] : [`172.16.${i}.1`]]),
);

/** Every endpoint of the dataset gets IPv6 entries only. */
export const V6_ONLY: AddressRecord = Object.fromEntries(
  dataset.endpoints.map((e, i) => [e.id, i % 2 === 0 ? [`2001:db8:${i.toString(16)}::/64`] : [`2001:db8::${(i + 1).toString(16)}`]]),
);

/** The address variants every topology is generated with. */
export const ADDRESS_VARIANTS: Readonly<Record<string, AddressRecord>> = {
  none: {},
  documentation: DOC_ADDRESSES,
  'ipv4-only': V4_ONLY,
  'ipv6-only': V6_ONLY,
  mixed: { ...V4_ONLY, ...Object.fromEntries(Object.entries(V6_ONLY).filter((_, i) => i % 2 === 0)) },
};

/** An endpoint for synthetic rules. */
export const endpoint = (id: string, zone: Endpoint['zone'], kind: Endpoint['kind'] = 'interface'): Endpoint => ({
  id,
  zone,
  kind,
  name: { en: id, 'zh-TW': id },
});

/** A rule view built by hand, for shapes the dataset does not have (several port ranges, both firewalls, hostile ids). */
export function syntheticView(rule: {
  id: string;
  source: Endpoint;
  destination: Endpoint;
  transport?: 'tcp' | 'udp';
  ports: { from: number; to: number }[];
  sourcePorts?: { from: number; to: number }[];
}): ResolvedRule {
  return {
    rule: {
      id: rule.id,
      summary: { en: 'synthetic', 'zh-TW': 'synthetic' },
      scenarios: ['synthetic'],
      role: 'synthetic',
      protocol: 'synthetic',
      transport: rule.transport ?? 'tcp',
      ports: rule.ports,
      ...(rule.sourcePorts ? { sourcePorts: rule.sourcePorts } : {}),
      source: rule.source.id,
      destination: rule.destination.id,
      notes: { en: 'n', 'zh-TW': 'n' },
      requirement: { level: 'required' },
      legacy: false,
      provenance: [{ source: 'jj204756', table: 1, row: 1, cells: { en: [], 'zh-TW': [] } }],
    },
    source: rule.source,
    destination: rule.destination,
    direction: deriveDirection(rule.source.zone, rule.destination.zone),
    firewalls: deriveFirewalls(rule.source.zone, rule.destination.zone),
    topologies: [],
    interfaces: [],
    searchText: '',
  };
}

const cidr4 = fc
  .tuple(fc.ipV4(), fc.integer({ min: 0, max: 32 }))
  .map(([ip, bits]) => `${ipaddr.IPv4.networkAddressFromCIDR(`${ip}/${bits}`).toString()}/${bits}`);
const cidr6 = fc
  .tuple(fc.ipV6(), fc.integer({ min: 0, max: 128 }))
  .map(([ip, bits]) => `${ipaddr.IPv6.networkAddressFromCIDR(`${ip}/${bits}`).toString()}/${bits}`);

/** One address entry as a user might type it: mostly valid, sometimes not. */
export const addressEntry = fc.oneof(
  { weight: 4, arbitrary: fc.ipV4() },
  { weight: 3, arbitrary: cidr4 },
  { weight: 3, arbitrary: fc.ipV6() },
  { weight: 2, arbitrary: cidr6 },
  { weight: 1, arbitrary: fc.domain() },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

/** Random addresses for a random subset of the dataset's endpoints. */
export const assignmentsArbitrary: fc.Arbitrary<AddressRecord> = fc
  .array(fc.tuple(fc.constantFrom(...dataset.endpoints.map((e) => e.id)), fc.array(addressEntry, { minLength: 1, maxLength: 4 })), {
    maxLength: dataset.endpoints.length,
  })
  .map((pairs) => Object.fromEntries(pairs));
