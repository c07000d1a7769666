/**
 * A tiny evaluator for the nftables subset the generator writes: named interval sets of IPv4 or
 * IPv6 addresses, and rules of `ip|ip6 saddr|daddr @set`, `tcp|udp sport|dport PORTS` and
 * `accept comment "…"`. Anything else throws, so an unexpected construct fails the test instead of
 * being ignored. Independent of the generator: it reads only the text.
 */
import ipaddr from 'ipaddr.js';

export interface Packet {
  family: 4 | 6;
  source: string;
  destination: string;
  transport: 'tcp' | 'udp';
  sourcePort: number;
  destinationPort: number;
}

type Match = (p: Packet) => boolean;
interface NftRule {
  comment: string;
  text: string;
  matches: Match[];
}

type Cidr = [ipaddr.IPv4 | ipaddr.IPv6, number];
const toCidr = (entry: string): Cidr => {
  const [net = '', bits] = entry.split('/');
  const network = ipaddr.parse(net);
  return [network, bits === undefined ? (network.kind() === 'ipv4' ? 32 : 128) : Number(bits)];
};
const inSet = (address: string, cidrs: readonly Cidr[]): boolean => {
  const ip = ipaddr.parse(address);
  return cidrs.some(([network, bits]) => ip.kind() === network.kind() && ip.match(network, bits));
};

function parsePorts(spec: string): (port: number) => boolean {
  const items = spec.startsWith('{') ? spec.slice(1, -1).split(',') : [spec];
  const ranges = items.map((item) => {
    const [from, to = from] = item.trim().split('-').map(Number);
    if (!Number.isInteger(from) || !Number.isInteger(to)) throw new Error(`bad port spec ${spec}`);
    return [from as number, to as number] as const;
  });
  return (port) => ranges.some(([from, to]) => port >= from && port <= to);
}

export function parseRuleset(text: string): { sets: Map<string, { family: 4 | 6; elements: string[] }>; rules: NftRule[] } {
  const sets = new Map<string, { family: 4 | 6; elements: string[] }>();
  const setPattern = /\tset (\w+) \{\n\t\ttype (ipv4_addr|ipv6_addr)\n\t\tflags interval\n(?:\t\telements = \{ ([^}]*) \}\n)?\t\}/g;
  for (const m of text.matchAll(setPattern))
    sets.set(m[1] ?? '', { family: m[2] === 'ipv4_addr' ? 4 : 6, elements: m[3] ? m[3].split(', ') : [] });
  const chain = /\tchain forward \{\n([\s\S]*?)\n\t\}/.exec(text)?.[1];
  if (chain === undefined) throw new Error('no forward chain');
  const rules: NftRule[] = [];
  for (const raw of chain.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || line === 'type filter hook forward priority filter; policy accept;') continue;
    const tail = /^(.*?)\s*accept comment "([^"]*)"$/.exec(line);
    if (!tail) throw new Error(`unknown rule syntax: ${line}`);
    const tokens = (tail[1] ?? '').match(/\{[^}]*\}|\S+/g) ?? [];
    const matches: Match[] = [];
    for (let i = 0; i < tokens.length; i += 3) {
      const [what, field, value = ''] = [tokens[i], tokens[i + 1], tokens[i + 2]];
      if ((what === 'ip' || what === 'ip6') && (field === 'saddr' || field === 'daddr') && value.startsWith('@')) {
        const set = sets.get(value.slice(1));
        const family = what === 'ip' ? 4 : 6;
        if (!set || set.family !== family) throw new Error(`set ${value} missing or of the wrong family`);
        const cidrs = set.elements.map(toCidr);
        matches.push((p) => p.family === family && inSet(field === 'saddr' ? p.source : p.destination, cidrs));
      } else if ((what === 'tcp' || what === 'udp') && (field === 'sport' || field === 'dport')) {
        const ports = parsePorts(value);
        matches.push((p) => p.transport === what && ports(field === 'sport' ? p.sourcePort : p.destinationPort));
      } else throw new Error(`unknown match ${what} ${field} ${value} in: ${line}`);
    }
    rules.push({ comment: tail[2] ?? '', text: line, matches });
  }
  return { sets, rules };
}

/** The comments of every rule that accepts the packet, in rule order. */
export const acceptingRules = (ruleset: ReturnType<typeof parseRuleset>, packet: Packet): string[] =>
  ruleset.rules.filter((rule) => rule.matches.every((m) => m(packet))).map((rule) => rule.comment);
