import { describe, expect, it } from 'vitest';
import { deriveDirection, deriveFirewalls } from '../../src/shared/domain/zones';

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
