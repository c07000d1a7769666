/** The built-in dataset's rules per topology and address sets for the configuration tests. */
import type { Assignments } from '../../src/shared/domain/addresses';
import { buildRuleViews, indexDataset, type RuleView } from '../../src/shared/domain/rules';
import { loadShippedDataset } from './helpers';

export const dataset = loadShippedDataset();
export const index = indexDataset(dataset);
export const allViews = buildRuleViews(index);
export const TOPOLOGIES = (dataset.topologies ?? []).map((t) => t.id);
export const topologyViews = (topology: string): RuleView[] => allViews.filter((v) => v.topologies.includes(topology));

/**
 * Documentation addresses (RFC 5737, RFC 3849) for the endpoints of the single-public and
 * scaled-hlb topologies, IPv4 and IPv6, hosts, pools and networks. Left without an address on
 * purpose: external-clients, live-messenger-clients, director (placeholders); public-im-partners
 * has an FQDN only.
 */
export const DOC_ADDRESSES: Assignments = {
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
export const V4_ONLY: Assignments = Object.fromEntries(
  dataset.endpoints.map((e, i) => [e.id, i % 3 === 0 ? [`10.${i}.0.0/16`, `172.16.${i}.1`] : [`172.16.${i}.1`]]),
);

/** Every endpoint of the dataset gets IPv6 entries only. */
export const V6_ONLY: Assignments = Object.fromEntries(
  dataset.endpoints.map((e, i) => [e.id, i % 2 === 0 ? [`2001:db8:${i.toString(16)}::/64`] : [`2001:db8::${(i + 1).toString(16)}`]]),
);

/** The address variants every topology is generated with. */
export const ADDRESS_VARIANTS: Readonly<Record<string, Assignments>> = {
  none: {},
  documentation: DOC_ADDRESSES,
  'ipv4-only': V4_ONLY,
  'ipv6-only': V6_ONLY,
  mixed: { ...V4_ONLY, ...Object.fromEntries(Object.entries(V6_ONLY).filter((_, i) => i % 2 === 0)) },
};
