import { describe, expect, it } from 'vitest';
import { deriveDirection, deriveFirewalls, describeFirewalls, zoneRank } from '../../src/shared/domain/zones';

describe('deriveDirection', () => {
  it('calls traffic into a more trusted zone inbound', () => {
    expect(deriveDirection('internet', 'perimeter')).toBe('inbound');
    expect(deriveDirection('perimeter', 'internal')).toBe('inbound');
    expect(deriveDirection('internet', 'internal')).toBe('inbound');
  });
  it('calls traffic into a less trusted zone outbound', () => {
    expect(deriveDirection('perimeter', 'internet')).toBe('outbound');
    expect(deriveDirection('internal', 'perimeter')).toBe('outbound');
  });
  it('calls traffic within one zone lateral', () => {
    expect(deriveDirection('internal', 'internal')).toBe('lateral');
  });
});

describe('deriveFirewalls', () => {
  it('puts the external firewall between internet and perimeter', () => {
    expect(deriveFirewalls('internet', 'perimeter')).toEqual(['external']);
    expect(deriveFirewalls('perimeter', 'internet')).toEqual(['external']);
  });
  it('puts the internal firewall between perimeter and internal', () => {
    expect(deriveFirewalls('internal', 'perimeter')).toEqual(['internal']);
  });
  it('crosses both from the internet straight to the internal network', () => {
    expect(deriveFirewalls('internet', 'internal')).toEqual(['external', 'internal']);
  });
  it('crosses none within a zone', () => {
    expect(deriveFirewalls('perimeter', 'perimeter')).toEqual([]);
  });
});

describe('zone order and firewall wording', () => {
  it('ranks the zones internet 0, perimeter 1, internal 2', () => {
    expect(['internet', 'perimeter', 'internal'].map((z) => zoneRank(z as 'internet'))).toEqual([0, 1, 2]);
  });
  it('derives every pair of zones', () => {
    expect(deriveDirection('internal', 'internet')).toBe('outbound');
    expect(deriveDirection('internet', 'internet')).toBe('lateral');
    expect(deriveDirection('perimeter', 'perimeter')).toBe('lateral');
    expect(deriveFirewalls('internal', 'internet')).toEqual(['external', 'internal']);
    expect(deriveFirewalls('perimeter', 'internal')).toEqual(['internal']);
    expect(deriveFirewalls('internet', 'internet')).toEqual([]);
    expect(deriveFirewalls('internal', 'internal')).toEqual([]);
  });
  it('describes the firewalls crossed in words', () => {
    const t = (key: string) =>
      ({ 'firewall.none': 'None', 'firewall.external': 'External', 'firewall.internal': 'Internal', 'summary.listSeparator': ', ' })[key] ??
      key;
    expect(describeFirewalls([], t)).toBe('None');
    expect(describeFirewalls(['external'], t)).toBe('External');
    expect(describeFirewalls(['external', 'internal'], t)).toBe('External, Internal');
  });
});
