/**
 * The addresses of one endpoint as a firewall needs them: re-validated, split by family,
 * de-duplicated and without entries another entry already covers (nftables interval sets reject
 * overlapping elements; the other formats gain nothing from them).
 */
import ipaddr from 'ipaddr.js';
import { parseAddress } from '../addresses';
import type { Endpoint, Zone } from '../schema';

export type IpFamily = 4 | 6;

export interface EndpointAddresses {
  id: string;
  zone: Zone;
  /**
   * `any`: "Any" on the Internet with no address entered: no address match at all.
   * `addresses`: the entries the user gave (at least one IP, CIDR or FQDN).
   * `placeholder`: nothing usable was entered; formats emit a placeholder that matches nothing.
   */
  kind: 'any' | 'addresses' | 'placeholder';
  /** "192.0.2.10" (host) or "192.0.2.0/24". */
  ipv4: string[];
  /** "2001:db8::10" (host) or "2001:db8::/48". */
  ipv6: string[];
  /** Lower-case names, without a trailing dot. */
  fqdn: string[];
  /** Entries that failed validation and were left out. */
  rejected: string[];
}

/** "Any" on the Internet: the dataset's party endpoint `internet-any` (generalised: a party named `<zone>-any`). */
export const isAnyEndpoint = (endpoint: Endpoint): boolean => endpoint.kind === 'party' && endpoint.id === `${endpoint.zone}-any`;

interface Cidr {
  text: string;
  ip: ipaddr.IPv4 | ipaddr.IPv6;
  bits: number;
}

function toCidr(value: string): Cidr {
  const [address = '', prefix] = value.split('/');
  const ip = ipaddr.parse(address);
  const full = ip.kind() === 'ipv4' ? 32 : 128;
  const bits = prefix === undefined ? full : Number(prefix);
  return { text: bits === full ? ip.toString() : `${ip.toString()}/${bits}`, ip, bits };
}

const covers = (outer: Cidr, inner: Cidr): boolean =>
  outer.bits <= inner.bits && inner.ip.kind() === outer.ip.kind() && inner.ip.match(outer.ip, outer.bits);

/** Keeps the first of equal entries and drops any entry inside another one; order otherwise kept. */
export function pruneCovered(values: readonly string[]): string[] {
  const cidrs = values.map(toCidr);
  return cidrs
    .filter((c, i) => !cidrs.some((other, j) => j !== i && covers(other, c) && (other.bits < c.bits || j < i)))
    .map((c) => c.text);
}

/** Resolves an endpoint's entered addresses (or their absence) to what a firewall can use. */
export function resolveEndpoint(endpoint: Endpoint, entries: readonly string[] | undefined): EndpointAddresses {
  const ipv4: string[] = [];
  const ipv6: string[] = [];
  const fqdn: string[] = [];
  const rejected: string[] = [];
  for (const entry of entries ?? []) {
    const parsed = parseAddress(entry);
    if (!parsed.ok) rejected.push(entry);
    else if (parsed.kind === 'fqdn') {
      if (!fqdn.includes(parsed.value)) fqdn.push(parsed.value);
    } else (parsed.kind === 'ipv4' || parsed.kind === 'cidr4' ? ipv4 : ipv6).push(parsed.value);
  }
  const usable = ipv4.length + ipv6.length + fqdn.length > 0;
  const kind = usable ? 'addresses' : isAnyEndpoint(endpoint) && endpoint.zone === 'internet' ? 'any' : 'placeholder';
  return { id: endpoint.id, zone: endpoint.zone, kind, ipv4: pruneCovered(ipv4), ipv6: pruneCovered(ipv6), fqdn, rejected };
}

/** How an IP-only format (nftables, iptables) sees an endpoint: FQDNs cannot be used there. */
export type IpSide = { type: 'any' } | { type: 'placeholder' } | { type: 'set'; ipv4: string[]; ipv6: string[] };

export function ipSide(endpoint: EndpointAddresses): IpSide {
  if (endpoint.kind === 'any') return { type: 'any' };
  if (endpoint.ipv4.length + endpoint.ipv6.length === 0) return { type: 'placeholder' };
  return { type: 'set', ipv4: endpoint.ipv4, ipv6: endpoint.ipv6 };
}

const allows = (side: IpSide, family: IpFamily): boolean =>
  side.type !== 'set' || (family === 4 ? side.ipv4.length > 0 : side.ipv6.length > 0);

/** The address families a rule between two sides can be written for (empty: no common family). */
export const commonFamilies = (source: IpSide, destination: IpSide): IpFamily[] =>
  ([4, 6] as const).filter((family) => allows(source, family) && allows(destination, family));

export const addressesOf = (side: IpSide, family: IpFamily): string[] =>
  side.type === 'set' ? (family === 4 ? side.ipv4 : side.ipv6) : [];
