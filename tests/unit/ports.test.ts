import { describe, expect, it } from 'vitest';
import { formatPortRange, formatPortRanges, parsePortRange, portSortKey, rangesOverlap } from '../../src/shared/domain/ports';

describe('parsePortRange', () => {
  it.each([
    ['5061', 5061, 5061],
    [' 443 ', 443, 443],
    ['50000-59999', 50000, 59999],
    ['50,000-59,999', 50000, 59999],
    ['50000 – 59999', 50000, 59999],
    ['1', 1, 1],
    ['65535', 65535, 65535],
  ])('reads %j as %d-%d', (input, from, to) => {
    expect(parsePortRange(input)).toEqual({ ok: true, range: { from, to } });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['0', 'out-of-range'],
    ['70000', 'out-of-range'],
    ['1-65536', 'out-of-range'],
    ['abc', 'syntax'],
    ['50 00', 'syntax'],
    ['5061-', 'syntax'],
    ['-5', 'syntax'],
    ['3.5', 'syntax'],
    ['5062-5060', 'order'],
  ])('rejects %j as %s', (input, error) => {
    expect(parsePortRange(input)).toEqual({ ok: false, error });
  });
});

describe('formatting', () => {
  it('writes a single port without a range', () => {
    expect(formatPortRange({ from: 5061, to: 5061 })).toBe('5061');
  });
  it('writes a range with a plain hyphen and no separators', () => {
    expect(formatPortRange({ from: 50000, to: 59999 })).toBe('50000-59999');
  });
  it('joins several ranges', () => {
    expect(
      formatPortRanges([
        { from: 80, to: 80 },
        { from: 443, to: 443 },
      ]),
    ).toBe('80, 443');
  });
  it('round-trips through the parser', () => {
    for (const range of [
      { from: 3478, to: 3478 },
      { from: 50000, to: 59999 },
    ]) {
      expect(parsePortRange(formatPortRange(range))).toEqual({ ok: true, range });
    }
  });
});

describe('ranges', () => {
  it('detects overlap and containment', () => {
    expect(rangesOverlap({ from: 50000, to: 59999 }, { from: 50010, to: 50010 })).toBe(true);
    expect(rangesOverlap({ from: 5061, to: 5061 }, { from: 5060, to: 5062 })).toBe(true);
    expect(rangesOverlap({ from: 443, to: 443 }, { from: 444, to: 500 })).toBe(false);
  });
  it('sorts numerically, not as text', () => {
    const keys = [[{ from: 5061, to: 5061 }], [{ from: 443, to: 443 }], [{ from: 50000, to: 59999 }]].map(portSortKey);
    expect([...keys].sort((a, b) => a - b)).toEqual([keys[1], keys[0], keys[2]]);
  });
});
