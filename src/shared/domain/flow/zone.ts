/**
 * Where an address is: in an endpoint's entered addresses, or else guessed from its range.
 *
 * Zone inference, in order:
 * 1. `assigned`: the address lies in an entry (IP or CIDR) the user gave an endpoint: that
 *    endpoint's zone (several endpoints may share an entry).
 * 2. `private`: RFC 1918, RFC 6598 shared space (100.64.0.0/10) or IPv6 unique local
 *    (fc00::/7): perimeter or internal; the range alone cannot tell which.
 * 3. `special`: loopback, link-local, multicast, broadcast, unspecified, discard: no zone; such
 *    an address never crosses a perimeter firewall as a connection endpoint.
 * 4. `public`: everything else, the Internet. This includes the documentation ranges (RFC 5737,
 *    RFC 3849) and other reserved space, which stand in for public addresses in examples.
 */
import ipaddr from 'ipaddr.js';
import { type Assignments, addressesFor } from '../addressBook';
import { parseAddress } from '../addresses';
import type { Endpoint, Zone } from '../schema';

export interface EnteredEntry {
  text: string;
  ip: ipaddr.IPv4 | ipaddr.IPv6;
  bits: number;
}

export interface EnteredEndpoint {
  endpoint: Endpoint;
  /** IP and CIDR entries, parsed; FQDNs cannot be matched without resolving them. */
  entries: EnteredEntry[];
  fqdn: string[];
}

export type ZoneBasis = 'assigned' | 'private' | 'special' | 'public';

export interface ZoneInference {
  basis: ZoneBasis;
  zones: Zone[];
  /** For `assigned`: the endpoints whose entries contain the address. */
  endpoints: string[];
}

/** Parses the entered addresses of the given endpoints once (invalid entries are ignored). */
export function indexEntered(endpoints: readonly Endpoint[], addresses: Assignments): Map<string, EnteredEndpoint> {
  const index = new Map<string, EnteredEndpoint>();
  for (const endpoint of endpoints) {
    if (index.has(endpoint.id)) continue;
    const entries: EnteredEntry[] = [];
    const fqdn: string[] = [];
    for (const raw of addressesFor(addresses, endpoint.id)) {
      const parsed = parseAddress(raw);
      if (!parsed.ok) continue;
      if (parsed.kind === 'fqdn') fqdn.push(parsed.value);
      else {
        const [address = '', prefix] = parsed.value.split('/');
        const ip = ipaddr.parse(address);
        entries.push({ text: parsed.value, ip, bits: prefix === undefined ? (ip.kind() === 'ipv4' ? 32 : 128) : Number(prefix) });
      }
    }
    index.set(endpoint.id, { endpoint, entries, fqdn });
  }
  return index;
}

export const entryContains = (entry: EnteredEntry, ip: ipaddr.IPv4 | ipaddr.IPv6): boolean =>
  entry.ip.kind() === ip.kind() && ip.match(entry.ip, entry.bits);

const PRIVATE = new Set(['private', 'carrierGradeNat', 'uniqueLocal']);
const SPECIAL = new Set(['loopback', 'linkLocal', 'multicast', 'broadcast', 'unspecified', 'discard']);

/** The range class of an address by ipaddr.js's range names (IPv4-mapped IPv6 is read as IPv4). */
export function rangeClass(ip: ipaddr.IPv4 | ipaddr.IPv6): 'private' | 'special' | 'public' {
  const address = ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress() ? (ip as ipaddr.IPv6).toIPv4Address() : ip;
  const range = address.range();
  if (PRIVATE.has(range)) return 'private';
  if (SPECIAL.has(range)) return 'special';
  return 'public';
}

export function inferZone(ip: ipaddr.IPv4 | ipaddr.IPv6, entered: ReadonlyMap<string, EnteredEndpoint>): ZoneInference {
  const holders = [...entered.values()].filter((e) => e.entries.some((entry) => entryContains(entry, ip)));
  if (holders.length > 0)
    return { basis: 'assigned', zones: [...new Set(holders.map((h) => h.endpoint.zone))], endpoints: holders.map((h) => h.endpoint.id) };
  const range = rangeClass(ip);
  if (range === 'private') return { basis: 'private', zones: ['perimeter', 'internal'], endpoints: [] };
  if (range === 'special') return { basis: 'special', zones: [], endpoints: [] };
  return { basis: 'public', zones: ['internet'], endpoints: [] };
}
