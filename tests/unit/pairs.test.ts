import { describe, expect, it } from 'vitest';
import { buildRuleModel, findPairs, orderWithPairs } from '../../src/shared/domain/pairs';
import { indexDataset, resolveRules } from '../../src/shared/domain/rules';
import { loadSeedDataset, loadShippedDataset } from './helpers';

const views = resolveRules(indexDataset(loadSeedDataset()));

describe('bidirectional pairs', () => {
  // Pairs are found inside each test, so mutation testing (per-test coverage) sees the tests that check them.
  const pairsOf = () => findPairs(views);
  it('pairs the same protocol and port allowed both ways between the same endpoints', () => {
    expect(pairsOf().get('public-im-sip-5061-in')).toBe('public-im-sip-5061-out');
    expect(pairsOf().get('public-im-sip-5061-out')).toBe('public-im-sip-5061-in');
    expect(pairsOf().get('xmpp-5269-in')).toBe('xmpp-5269-out');
    expect(pairsOf().get('messenger-stun-3478-out')).toBe('messenger-stun-3478-in');
    expect(pairsOf().size).toBe(6);
  });
  it('does not pair one-way rules', () => {
    expect(pairsOf().has('sip-federation-5061-out')).toBe(false);
    expect(pairsOf().has('xmpp-gateway-23456-out')).toBe(false);
  });
  it('orders partners next to each other', () => {
    const order = orderWithPairs([...views].reverse(), pairsOf()).map((v) => v.rule.id);
    expect(order.indexOf('xmpp-5269-in')).toBe(order.indexOf('xmpp-5269-out') + 1);
    expect(order).toHaveLength(10);
  });
});

describe('pairs in the shipped dataset', () => {
  const shipped = resolveRules(indexDataset(loadShippedDataset()));
  const pairsOf = () => findPairs(shipped);
  // Written down from public/data/rules.json: the same protocol, security, transport and ports, the
  // endpoints swapped. Not paired: a 5062 rule with a 5061 rule between the same two endpoints.
  const expected: [string, string][] = [
    ['xmpp-5269-in', 'xmpp-5269-out'],
    ['access-sip-5061-in', 'sip-federation-5061-out'],
    ['public-im-sip-5061-in', 'public-im-sip-5061-out'],
    ['av-rtp-tcp-out', 'av-rtp-tcp-in'],
    ['av-rtp-udp-out', 'av-rtp-udp-in'],
    ['av-stun-udp-3478-out', 'av-stun-udp-3478-in'],
    ['av-stun-tcp-443-in', 'av-stun-tcp-443-out'],
    ['messenger-stun-3478-out', 'messenger-stun-3478-in'],
    ['xmpp-5269-in-nat', 'xmpp-5269-out-nat'],
    ['access-sip-5061-in-nat', 'sip-federation-5061-out-nat'],
    ['public-im-sip-5061-in-nat', 'public-im-sip-5061-out-nat'],
    ['av-rtp-tcp-out-nat', 'av-rtp-tcp-in-nat'],
    ['av-rtp-udp-out-nat', 'av-rtp-udp-in-nat'],
    ['av-stun-udp-3478-out-nat', 'av-stun-udp-3478-in-nat'],
    ['av-stun-tcp-443-in-nat', 'av-stun-tcp-443-out-nat'],
    ['messenger-stun-3478-out-nat', 'messenger-stun-3478-in-nat'],
    ['edge-internal-sip-5061-in', 'edge-internal-sip-5061-out'],
    ['xmpp-5269-in-vip', 'xmpp-5269-out-vip'],
    ['edge-internal-vip-sip-5061-in', 'edge-internal-vip-sip-5061-out'],
    ['edge-internal-vip-stun-tcp-443-in', 'edge-internal-vip-stun-tcp-443-out'],
    ['edge-internal-sip-5061-director', 'director-sip-5061-edge-internal'],
  ];

  it('pairs exactly the 21 bidirectional rule pairs, each both ways', () => {
    const want = new Map(expected.flatMap(([a, b]) => [[a, b] as const, [b, a] as const]));
    expect(new Map([...pairsOf()].sort())).toEqual(new Map([...want].sort()));
  });

  it('does not pair rules on different ports between the same endpoints (5062 with 5061)', () => {
    expect(pairsOf().has('edge-internal-av-auth-5062')).toBe(false);
    expect(pairsOf().has('edge-internal-vip-av-auth-5062')).toBe(false);
    expect(pairsOf().get('edge-internal-sip-5061-out')).toBe('edge-internal-sip-5061-in');
  });

  it('does not pair rules that differ only in protocol security or transport', () => {
    const base = shipped.find((v) => v.rule.id === 'xmpp-5269-in');
    const back = shipped.find((v) => v.rule.id === 'xmpp-5269-out');
    if (!base || !back) throw new Error('missing rules');
    const variant = (patch: Partial<typeof back.rule>) => ({ ...back, rule: { ...back.rule, ...patch } });
    expect(findPairs([base, variant({ security: 'MTLS' })]).size).toBe(0);
    expect(findPairs([base, variant({ transport: 'udp' })]).size).toBe(0);
    expect(findPairs([base, variant({ protocol: 'sip' })]).size).toBe(0);
    expect(findPairs([base, variant({})]).size).toBe(2);
  });

  it('orders every pair adjacently and keeps every rule once, in dataset order otherwise', () => {
    const order = buildRuleModel(indexDataset(loadShippedDataset())).ordered.map((v) => v.rule.id);
    expect([...order].sort()).toEqual(shipped.map((v) => v.rule.id).sort());
    for (const [a, b] of expected) expect(Math.abs(order.indexOf(a) - order.indexOf(b))).toBe(1);
    // Unpaired rules keep their relative dataset order.
    const unpaired = shipped.map((v) => v.rule.id).filter((id) => !pairsOf().has(id));
    expect(order.filter((id) => !pairsOf().has(id))).toEqual(unpaired);
  });
});
