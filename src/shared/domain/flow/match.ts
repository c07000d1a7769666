/**
 * Which rules allow a flow, and how; if none, the near misses.
 *
 * An endpoint matches an address:
 * - `address`: the endpoint has IP/CIDR entries and one contains it (the most specific entry is
 *   reported). Entries of the other family, or none containing it, do not match: the user said
 *   where the endpoint is.
 * - `any`: an "Any" endpoint (internet-any, internal-any) without entries, and the address is in
 *   its zone (see zone.ts), whether or not the address is assigned to another endpoint.
 * - `zone`: any other endpoint without IP entries (FQDNs are not resolved and listed), and the
 *   address is in its zone and not assigned to another endpoint.
 * The transport must be the rule's, the destination port inside one of its ranges; when the rule
 * states source ports, a known source port must be inside one (`unknown` when the flow has none).
 */
import type ipaddr from 'ipaddr.js';
import type { Assignments } from '../addresses';
import type { ResolvedRule } from '../rules';
import type { Endpoint, PortRange, Zone } from '../schema';
import type { Direction, Firewall } from '../zones';
import { type Flow, parseHostAddress } from './flow';
import { type EnteredEndpoint, entryContains, indexEntered, inferZone, type ZoneInference } from './zone';

export type EndpointMatch =
  | { endpoint: string; how: 'address'; entry: string }
  | { endpoint: string; how: 'any'; zone: Zone }
  | { endpoint: string; how: 'zone'; zone: Zone; fqdn: string[] };

export type SourcePortMatch = { how: 'any' } | { how: 'range'; range: PortRange } | { how: 'unknown'; ranges: PortRange[] };

export interface RuleMatch {
  ruleId: string;
  source: EndpointMatch;
  destination: EndpointMatch;
  /** The rule's range that holds the destination port. */
  port: PortRange;
  sourcePort: SourcePortMatch;
  direction: Direction;
  firewalls: Firewall[];
}

/**
 * other-source-port: endpoints, transport and port match; the source port is outside the rule's.
 * other-port: the endpoints match; the transport or the port does not.
 * reverse: the rule allows the opposite direction (destination to source) on this port.
 * reply: the flow looks like the reply to a connection the rule allows (opposite direction, its
 *   source port is the rule's port).
 * other-endpoints: transport and port match, one or both endpoints do not (`source` /
 *   `destination` say which matched, null for the one that did not).
 * For reverse and reply, `source` and `destination` are the rule's endpoints as they matched the
 * flow's destination and source.
 */
export type NearMissKind = 'other-source-port' | 'other-port' | 'reverse' | 'reply' | 'other-endpoints';

export interface NearMiss {
  ruleId: string;
  kind: NearMissKind;
  source: EndpointMatch | null;
  destination: EndpointMatch | null;
}

export interface FlowVerdict {
  matches: RuleMatch[];
  /** Only when nothing matches; ordered by kind as listed above, then rule order. */
  nearMisses: NearMiss[];
  sourceZone: ZoneInference;
  destinationZone: ZoneInference;
}

const isAny = (e: Endpoint) => e.kind === 'party' && e.id === `${e.zone}-any`;
const inRange = (port: number, range: PortRange) => port >= range.from && port <= range.to;

function matchEndpoint(
  endpoint: Endpoint,
  ip: ipaddr.IPv4 | ipaddr.IPv6,
  zone: ZoneInference,
  entered: ReadonlyMap<string, EnteredEndpoint>,
): EndpointMatch | null {
  const own = entered.get(endpoint.id);
  if (own && own.entries.length > 0) {
    const best = own.entries.filter((e) => entryContains(e, ip)).sort((a, b) => b.bits - a.bits)[0];
    return best ? { endpoint: endpoint.id, how: 'address', entry: best.text } : null;
  }
  if (!zone.zones.includes(endpoint.zone)) return null;
  if (isAny(endpoint)) return { endpoint: endpoint.id, how: 'any', zone: endpoint.zone };
  if (zone.basis === 'assigned') return null;
  return { endpoint: endpoint.id, how: 'zone', zone: endpoint.zone, fqdn: own?.fqdn ?? [] };
}

function matchSourcePort(ranges: PortRange[] | undefined, port: number | undefined): SourcePortMatch | null {
  if (!ranges) return { how: 'any' };
  if (port === undefined) return { how: 'unknown', ranges };
  const range = ranges.find((r) => inRange(port, r));
  return range ? { how: 'range', range } : null;
}

const NEAR_ORDER: readonly NearMissKind[] = ['other-source-port', 'other-port', 'reverse', 'reply', 'other-endpoints'];

export function matchFlow(flow: Flow, views: readonly ResolvedRule[], addresses: Assignments): FlowVerdict {
  const entered = indexEntered(
    views.flatMap((v) => [v.source, v.destination]),
    addresses,
  );
  const source = parseHostAddress(flow.source);
  const destination = parseHostAddress(flow.destination);
  const none: ZoneInference = { basis: 'special', zones: [], endpoints: [] };
  if (!source || !destination) return { matches: [], nearMisses: [], sourceZone: none, destinationZone: none };
  const sourceZone = inferZone(source.ip, entered);
  const destinationZone = inferZone(destination.ip, entered);

  const matches: RuleMatch[] = [];
  const near: NearMiss[] = [];
  for (const view of views) {
    const { rule } = view;
    const src = matchEndpoint(view.source, source.ip, sourceZone, entered);
    const dst = matchEndpoint(view.destination, destination.ip, destinationZone, entered);
    const port = rule.transport === flow.transport ? rule.ports.find((r) => inRange(flow.destinationPort, r)) : undefined;
    const sourcePort = matchSourcePort(rule.sourcePorts, flow.sourcePort);
    if (src && dst && port && sourcePort) {
      matches.push({
        ruleId: rule.id,
        source: src,
        destination: dst,
        port,
        sourcePort,
        direction: view.direction,
        firewalls: view.firewalls,
      });
      continue;
    }
    const swappedSource = matchEndpoint(view.source, destination.ip, destinationZone, entered);
    const swappedDestination = matchEndpoint(view.destination, source.ip, sourceZone, entered);
    const sameTransport = rule.transport === flow.transport;
    const kind: NearMissKind | undefined =
      src && dst && port
        ? 'other-source-port'
        : src && dst
          ? 'other-port'
          : swappedSource && swappedDestination && port
            ? 'reverse'
            : swappedSource &&
                swappedDestination &&
                sameTransport &&
                flow.sourcePort !== undefined &&
                rule.ports.some((r) => inRange(flow.sourcePort as number, r))
              ? 'reply'
              : port && sourcePort
                ? 'other-endpoints'
                : undefined;
    if (!kind) continue;
    const swapped = kind === 'reverse' || kind === 'reply';
    near.push({ ruleId: rule.id, kind, source: swapped ? swappedSource : src, destination: swapped ? swappedDestination : dst });
  }
  const nearMisses = matches.length > 0 ? [] : NEAR_ORDER.flatMap((kind) => near.filter((n) => n.kind === kind));
  return { matches, nearMisses, sourceZone, destinationZone };
}
