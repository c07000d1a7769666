/**
 * The configuration model: the request sheet's rules as openings per perimeter firewall, with the
 * addresses of each endpoint resolved. Every output format is written against this model only.
 */
import { type Assignments, addressesFor } from '../addressBook';
import type { ResolvedRule } from '../rules';
import type { PortRange, Transport, Zone } from '../schema';
import { type Direction, FIREWALLS, type Firewall, zoneRank } from '../zones';
import { type EndpointAddresses, resolveEndpoint } from './addressing';

export type { EndpointAddresses, IpFamily } from './addressing';

/** One rule as a firewall sees it. */
export interface Opening {
  ruleId: string;
  transport: Transport;
  ports: readonly PortRange[];
  /** Empty: any source port. */
  sourcePorts: readonly PortRange[];
  source: EndpointAddresses;
  destination: EndpointAddresses;
  direction: Direction;
  /** The zone on the side of this firewall the connection comes from, and the one it goes to. */
  from: Zone;
  to: Zone;
  /** Source document codes the rule cites, e.g. "JJ204756". */
  documents: string[];
}

/**
 * Data for the UI to translate (`config.warning.<code>`), never English sentences.
 * placeholder: an endpoint without a usable address; its rules match nothing (`object` names the placeholder).
 * fqdn-omitted: a name left out of a format that cannot resolve names safely (nftables, iptables).
 * no-common-family: the rule's two endpoints share no address family (IPv4 only vs IPv6 only); not written.
 * invalid-address: an entry that failed validation was left out.
 */
export type ConfigWarning =
  | { code: 'placeholder'; params: { endpoint: string; object: string } }
  | { code: 'fqdn-omitted'; params: { endpoint: string; fqdn: string } }
  | { code: 'no-common-family'; params: { rule: string } }
  | { code: 'invalid-address'; params: { endpoint: string; value: string } };

export interface ConfigModel {
  /** Openings per firewall, in sheet order. A rule crossing both firewalls is in both lists. */
  firewalls: Readonly<Record<Firewall, readonly Opening[]>>;
  /** Rules within one zone: they cross no perimeter firewall and are listed apart. */
  noFirewall: readonly Opening[];
  endpoints: Readonly<Record<string, EndpointAddresses>>;
  /** The product the rules are for, named in each file's header (absent: Lync Server 2013, as before products). */
  product?: string;
}

/** The two zones a perimeter firewall separates, less trusted first. */
export const FIREWALL_SIDES: Readonly<Record<Firewall, readonly [Zone, Zone]>> = {
  external: ['internet', 'perimeter'],
  internal: ['perimeter', 'internal'],
};

/** The side of `firewall` a zone lies on: the less trusted side for zones at or below it, else the other. */
export function sideOf(firewall: Firewall, zone: Zone): Zone {
  const [low, high] = FIREWALL_SIDES[firewall];
  return zoneRank(zone) <= zoneRank(low) ? low : high;
}

/** Builds the model from the sheet's rules and the addresses entered per endpoint id. */
export function buildConfigModel(views: readonly ResolvedRule[], addresses: Assignments, product?: string): ConfigModel {
  // A Map, not an object: an endpoint id such as "constructor" must not find Object.prototype's.
  const endpoints = new Map<string, EndpointAddresses>();
  const resolve = (endpoint: ResolvedRule['source']) => {
    const known = endpoints.get(endpoint.id);
    if (known) return known;
    const resolved = resolveEndpoint(endpoint, addressesFor(addresses, endpoint.id));
    endpoints.set(endpoint.id, resolved);
    return resolved;
  };
  const firewalls: Record<Firewall, Opening[]> = { external: [], internal: [] };
  const noFirewall: Opening[] = [];
  for (const view of views) {
    const { rule } = view;
    const base = {
      ruleId: rule.id,
      transport: rule.transport,
      ports: rule.ports,
      sourcePorts: rule.sourcePorts ?? [],
      source: resolve(view.source),
      destination: resolve(view.destination),
      direction: view.direction,
      documents: [...new Set(rule.provenance.map((p) => p.source.toUpperCase()))],
    };
    if (view.firewalls.length === 0) noFirewall.push({ ...base, from: view.source.zone, to: view.destination.zone });
    for (const firewall of FIREWALLS.filter((f) => view.firewalls.includes(f)))
      firewalls[firewall].push({ ...base, from: sideOf(firewall, view.source.zone), to: sideOf(firewall, view.destination.zone) });
  }
  // A null-prototype record: endpoints["toString"] is an endpoint's or nothing.
  const record = Object.assign(Object.create(null), Object.fromEntries(endpoints));
  return { firewalls, noFirewall, endpoints: record, ...(product ? { product } : {}) };
}

/** The endpoints a list of openings uses, in order of first use (source before destination). */
export function endpointsOf(openings: readonly Opening[]): EndpointAddresses[] {
  const seen = new Map<string, EndpointAddresses>();
  for (const o of openings) for (const e of [o.source, o.destination]) if (!seen.has(e.id)) seen.set(e.id, e);
  return [...seen.values()];
}

/** invalid-address warnings for the endpoints a firewall's output uses. */
export const rejectedWarnings = (endpoints: readonly EndpointAddresses[]): ConfigWarning[] =>
  endpoints.flatMap((e) => e.rejected.map((value): ConfigWarning => ({ code: 'invalid-address', params: { endpoint: e.id, value } })));

/** A config file as data: the text to show or save, and the warnings for the UI to translate. */
export interface ConfigOutput {
  /** `main`, or for iptables `ipv4` / `ipv6`. */
  part: string;
  /** Suggested file extension; the caller builds the file name. */
  extension: string;
  text: string;
  warnings: ConfigWarning[];
}

/** Names an administrator may change; defaults in names.ts. */
export interface ConfigOptions {
  asaInterfaces?: Partial<Record<Zone, string>>;
  panosZones?: Partial<Record<Zone, string>>;
}
