/** Untrusted text made safe to show (text.ts) and the dates a user types (calendar.ts), case by case. */
import { describe, expect, it } from 'vitest';
import { formatLongDate, isIsoDate } from '../../src/shared/domain/calendar';
import { controlsToSpaces, cutText, displayValue, normalizeLineBreaks, oneLine, stripControls } from '../../src/shared/domain/text';

describe('cutText', () => {
  it('keeps text of at most max characters and cuts longer text to max characters and an ellipsis', () => {
    expect(cutText('abc', 3)).toBe('abc');
    expect(cutText('abcd', 3)).toBe('abc…');
    expect(cutText('x'.repeat(81))).toBe(`${'x'.repeat(80)}…`);
    expect(cutText('x'.repeat(80))).toBe('x'.repeat(80));
  });

  it('counts characters, not UTF-16 units: an emoji is one character', () => {
    expect(cutText('😀😀😀', 3)).toBe('😀😀😀');
    expect(cutText('😀😀ab', 3)).toBe('😀😀a…');
    expect(cutText('😀😀😀😀😀', 3)).toBe('😀😀😀…');
    expect(cutText('😀'.repeat(1000), 80)).toBe(`${'😀'.repeat(80)}…`);
  });
});

describe('controls and line breaks', () => {
  it('removes, or turns into spaces, bidirectional controls, C0/C1 controls and a byte-order mark, keeping tab and line breaks', () => {
    const text = 'a\u202Eb\u0000c\u0085d\u009Fe\uFEFFf\tg\nh';
    expect(stripControls(text)).toBe('abc\u0085def\tg\nh');
    expect(controlsToSpaces(text)).toBe('a b c\u0085d e f\tg\nh');
  });

  it('writes every line break as LF, or a run of them as one space', () => {
    expect(normalizeLineBreaks('a\r\nb\rc\u2028d\u0085e\vf')).toBe('a\nb\nc\nd\ne\nf');
    expect(oneLine('a\r\n\r\nb\u2029c\fd')).toBe('a b c d');
  });

  it('shows a value on one line, without controls or surrounding spaces, cut to max characters', () => {
    expect(displayValue('  a\u202E\nb  ')).toBe('a b');
    expect(displayValue(' abcdef ', 3)).toBe('abc…');
    expect(displayValue(`${'y'.repeat(80)}  `)).toBe('y'.repeat(80));
  });
});

describe('isIsoDate', () => {
  it('accepts dates that exist, 29 February only in a leap year', () => {
    expect(['2026-01-01', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'].map(isIsoDate)).toEqual([true, true, true, true, true]);
  });

  it('rejects year 0, month 0 or 13, day 0, a day past the month’s end', () => {
    const invalid = ['0000-01-01', '2026-00-10', '2026-13-01', '2026-01-00', '2026-02-29', '1900-02-29', '2026-04-31', '2026-01-32'];
    expect(invalid.map(isIsoDate)).toEqual(invalid.map(() => false));
  });

  it('rejects anything but exactly yyyy-mm-dd', () => {
    const invalid = ['12026-01-01', '2026-01-011', 'x2026-01-01', '2026-01-01 ', '2026-1-01', '2026/01/01', ''];
    expect(invalid.map(isIsoDate)).toEqual(invalid.map(() => false));
  });

  it('formats only dates that exist', () => {
    expect(formatLongDate('2024-02-29', 'en')).toBe('February 29, 2024');
    expect(formatLongDate('0000-01-01', 'en')).toBe('');
    expect(formatLongDate('2026-01-011', 'en')).toBe('');
  });
});
