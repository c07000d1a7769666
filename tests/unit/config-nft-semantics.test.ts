/**
 * What the nftables rules do, not only whether nft parses them: for each rule, a packet the rule
 * describes (addresses from the entered sets, ports at both ends of its ranges) is accepted by the
 * generated rule carrying its id, and by no rule whose own rule (by an oracle written here from
 * the dataset and the addresses, not from the generator) would refuse it. Near packets (port just
 * outside, other transport, address outside the sets) are not accepted by the rule with its id.
 */
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import type { AddressRecord } from '../../src/shared/domain/addresses';
import { buildConfigModel } from '../../src/shared/domain/config/model';
import { generateNftables } from '../../src/shared/domain/config/nftables';
import type { ResolvedRule } from '../../src/shared/domain/rules';
import { FIREWALLS } from '../../src/shared/domain/zones';
import { ADDRESS_VARIANTS, TOPOLOGIES, topologyViews } from './configFixtures';
import { acceptingRules, type Packet, parseRuleset } from './nftEval';

/** The IP entries of an endpoint for one family, straight from what the user typed. */
const entries = (addresses: AddressRecord, id: string, family: 4 | 6): string[] =>
  (addresses[id] ?? []).filter((a) => {
    const ip = a.split('/')[0] ?? '';
    return ipaddr.isValid(ip) && ipaddr.parse(ip).kind() === (family === 4 ? 'ipv4' : 'ipv6') && (family === 6 || /^[\d./]+$/.test(a));
  });
const hasIp = (addresses: AddressRecord, id: string) => entries(addresses, id, 4).length + entries(addresses, id, 6).length > 0;
const isInternetAny = (view: ResolvedRule, side: 'source' | 'destination', addresses: AddressRecord) =>
  view[side].id === 'internet-any' && !hasIp(addresses, 'internet-any') && (addresses['internet-any'] ?? []).length === 0;

const contains = (entry: string, address: string): boolean => {
  const [net = '', bits] = entry.split('/');
  const a = ipaddr.parse(address);
  const n = ipaddr.parse(net);
  return a.kind() === n.kind() && a.match(n, bits === undefined ? (n.kind() === 'ipv4' ? 32 : 128) : Number(bits));
};

/** Would this dataset rule, with these addresses, let the packet through? */
function oracle(view: ResolvedRule, addresses: AddressRecord, p: Packet): boolean {
  const sideOk = (side: 'source' | 'destination', address: string) =>
    isInternetAny(view, side, addresses) || entries(addresses, view[side].id, p.family).some((e) => contains(e, address));
  const inRanges = (ranges: { from: number; to: number }[] | undefined, port: number) =>
    ranges === undefined || ranges.some((r) => port >= r.from && port <= r.to);
  return (
    view.rule.transport === p.transport &&
    inRanges(view.rule.ports, p.destinationPort) &&
    inRanges(view.rule.sourcePorts, p.sourcePort) &&
    sideOk('source', p.source) &&
    sideOk('destination', p.destination)
  );
}

const ANYWHERE = { 4: '203.0.113.99', 6: '2001:db8:ffff::99' } as const;
const OUTSIDE_EVERY_SET = { 4: '100.64.0.77', 6: 'fd00:77::77' } as const;
const addressFor = (view: ResolvedRule, side: 'source' | 'destination', addresses: AddressRecord, family: 4 | 6) =>
  isInternetAny(view, side, addresses) ? ANYWHERE[family] : entries(addresses, view[side].id, family)[0]?.split('/')[0];

const cases = TOPOLOGIES.flatMap((topology) =>
  ['none', 'documentation', 'ipv4-only', 'ipv6-only', 'mixed'].flatMap((variant) =>
    FIREWALLS.map((firewall) => [topology, variant, firewall] as const),
  ),
);

describe('nftables rules accept what their rule describes, and nothing their rule refuses', () => {
  let checkedPackets = 0;
  it.each(cases)('%s, %s addresses, %s firewall', (topology, variant, firewall) => {
    const addresses = ADDRESS_VARIANTS[variant] ?? {};
    const views = topologyViews(topology).filter((v) => v.firewalls.includes(firewall));
    const ruleset = parseRuleset(generateNftables(buildConfigModel(views, addresses), firewall)[0]!.text);
    for (const view of views) {
      const id = view.rule.id;
      for (const family of [4, 6] as const) {
        const source = addressFor(view, 'source', addresses, family);
        const destination = addressFor(view, 'destination', addresses, family);
        if (source === undefined || destination === undefined) {
          // An endpoint without an address of this family: nothing of this family may match the rule.
          const probe: Packet = {
            family,
            source: source ?? ANYWHERE[family],
            destination: destination ?? ANYWHERE[family],
            transport: view.rule.transport,
            sourcePort: view.rule.sourcePorts?.[0]?.from ?? 40000,
            destinationPort: view.rule.ports[0]!.from,
          };
          expect(acceptingRules(ruleset, probe), `${id} IPv${family} without addresses`).not.toContain(id);
          continue;
        }
        for (const range of view.rule.ports)
          for (const destinationPort of [range.from, range.to]) {
            const packet: Packet = {
              family,
              source,
              destination,
              transport: view.rule.transport,
              sourcePort: view.rule.sourcePorts?.[0]?.to ?? 40000,
              destinationPort,
            };
            const accepted = acceptingRules(ruleset, packet);
            expect(accepted, `${id} ${JSON.stringify(packet)}`).toContain(id);
            expect(accepted.filter((other) => other === id)).toHaveLength(1);
            for (const other of accepted)
              expect(oracle(views.find((v) => v.rule.id === other)!, addresses, packet), `${other} accepts ${id}'s packet`).toBe(true);
            checkedPackets++;
            const near: Packet[] = [
              { ...packet, transport: packet.transport === 'tcp' ? 'udp' : 'tcp' },
              ...(range.from > 1 ? [{ ...packet, destinationPort: range.from - 1 }] : []),
              ...(range.to < 65535 ? [{ ...packet, destinationPort: range.to + 1 }] : []),
              ...(isInternetAny(view, 'source', addresses) ? [] : [{ ...packet, source: OUTSIDE_EVERY_SET[family] }]),
              ...(isInternetAny(view, 'destination', addresses) ? [] : [{ ...packet, destination: OUTSIDE_EVERY_SET[family] }]),
              ...(view.rule.sourcePorts ? [{ ...packet, sourcePort: view.rule.sourcePorts[0]!.from - 1 }] : []),
            ];
            for (const miss of near)
              expect(acceptingRules(ruleset, miss).includes(id), `${id} must refuse ${JSON.stringify(miss)}`).toBe(
                oracle(view, addresses, miss),
              );
          }
      }
    }
  });

  it('checked packets for every rule of every case', () => {
    // 90 cases; the built-in dataset has 88 rules, most of them on one firewall of several topologies.
    expect(checkedPackets).toBeGreaterThan(1000);
  });
});
