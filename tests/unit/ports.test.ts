import { describe, expect, it } from 'vitest';
import { formatPortRange, formatPortRanges, isPort, parsePortRange, portSortKey, rangesOverlap } from '../../src/shared/domain/ports';

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

describe('port edges', () => {
  it('reads thousands separators only in groups of three, and every dash people type', () => {
    expect(parsePortRange('5,061')).toEqual({ ok: true, range: { from: 5061, to: 5061 } });
    expect(parsePortRange('50,00')).toEqual({ ok: false, error: 'syntax' });
    expect(parsePortRange('1—2')).toEqual({ ok: true, range: { from: 1, to: 2 } });
    expect(parsePortRange('1~2')).toEqual({ ok: true, range: { from: 1, to: 2 } });
    expect(parsePortRange('1 - 2')).toEqual({ ok: true, range: { from: 1, to: 2 } });
    expect(parsePortRange('0-5')).toEqual({ ok: false, error: 'out-of-range' });
    expect(parsePortRange('5-5')).toEqual({ ok: true, range: { from: 5, to: 5 } });
  });
  it('knows a port: an integer from 1 to 65535', () => {
    expect([0, 1, 65535, 65536, 1.5, Number.NaN].map(isPort)).toEqual([false, true, true, false, false, false]);
  });
  it('touching ranges overlap, neighbours do not', () => {
    expect(rangesOverlap({ from: 1, to: 5 }, { from: 5, to: 9 })).toBe(true);
    expect(rangesOverlap({ from: 5, to: 9 }, { from: 1, to: 5 })).toBe(true);
    expect(rangesOverlap({ from: 1, to: 4 }, { from: 5, to: 9 })).toBe(false);
    expect(rangesOverlap({ from: 10, to: 12 }, { from: 5, to: 9 })).toBe(false);
  });
  it('sorts by the lowest port, then the width; no port sorts first', () => {
    expect(portSortKey([{ from: 443, to: 443 }])).toBe(44300000);
    expect(portSortKey([{ from: 50000, to: 59999 }])).toBe(5000009999);
    expect(portSortKey([])).toBe(0);
    expect(formatPortRanges([])).toBe('');
  });
});
