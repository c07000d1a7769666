import { describe, expect, it } from 'vitest';
import { findPairs, orderWithPairs } from '../../src/shared/domain/pairs';
import { indexDataset, resolveRules } from '../../src/shared/domain/rules';
import { loadSeedDataset } from './helpers';

const views = resolveRules(indexDataset(loadSeedDataset()));

describe('bidirectional pairs', () => {
  const pairs = findPairs(views);
  it('pairs the same protocol and port allowed both ways between the same endpoints', () => {
    expect(pairs.get('public-im-sip-5061-in')).toBe('public-im-sip-5061-out');
    expect(pairs.get('public-im-sip-5061-out')).toBe('public-im-sip-5061-in');
    expect(pairs.get('xmpp-5269-in')).toBe('xmpp-5269-out');
    expect(pairs.get('messenger-stun-3478-out')).toBe('messenger-stun-3478-in');
    expect(pairs.size).toBe(6);
  });
  it('does not pair one-way rules', () => {
    expect(pairs.has('sip-federation-5061-out')).toBe(false);
    expect(pairs.has('xmpp-gateway-23456-out')).toBe(false);
  });
  it('orders partners next to each other', () => {
    const order = orderWithPairs([...views].reverse(), pairs).map((v) => v.rule.id);
    expect(order.indexOf('xmpp-5269-in')).toBe(order.indexOf('xmpp-5269-out') + 1);
    expect(order).toHaveLength(10);
  });
});
