import type { PortRange } from './schema';

export const MIN_PORT = 1;
export const MAX_PORT = 65535;

export type PortParseError = 'empty' | 'syntax' | 'out-of-range' | 'order';
export type PortParseResult = { ok: true; range: PortRange } | { ok: false; error: PortParseError };

/**
 * Parses one port or one range as people write them: "5061", "50000-59999",
 * "50,000-59,999" (thousands separators, as in the English source tables), "50000–59999".
 */
export function parsePortRange(input: string): PortParseResult {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'empty' };
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)\s*(?:[-–—~]\s*(\d{1,3}(?:,\d{3})+|\d+))?$/.exec(text);
  if (!match) return { ok: false, error: 'syntax' };
  const from = Number((match[1] ?? '').replaceAll(',', ''));
  const to = match[2] === undefined ? from : Number(match[2].replaceAll(',', ''));
  if (!isPort(from) || !isPort(to)) return { ok: false, error: 'out-of-range' };
  if (from > to) return { ok: false, error: 'order' };
  return { ok: true, range: { from, to } };
}

export function isPort(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_PORT && n <= MAX_PORT;
}

/** "5061" or "50000-59999": the way firewall engineers write a port or range. */
/** "5061", "50000-59999"; a device may write the range with its own separator (iptables: "50000:59999"). */
export function formatPortRange(range: PortRange, separator = '-'): string {
  return range.from === range.to ? String(range.from) : `${range.from}${separator}${range.to}`;
}

export function formatPortRanges(ranges: readonly PortRange[]): string {
  return ranges.map((range) => formatPortRange(range)).join(', ');
}

export function rangesOverlap(a: PortRange, b: PortRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** Numeric sort key: the lowest port, then the range width. */
export function portSortKey(ranges: readonly PortRange[]): number {
  const first = ranges[0];
  return first ? first.from * 100000 + (first.to - first.from) : 0;
}
