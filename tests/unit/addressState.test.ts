/** The user's address book as the app edits and reads it back (addressState.ts), on small hand-made books. */
import { describe, expect, it } from 'vitest';
import type { AddressBook } from '../../src/shared/domain/addressBook';
import {
  mergeAddresses,
  newAddresses,
  overlayAddresses,
  readStoredAddresses,
  viewAddresses,
  withAddresses,
} from '../../src/shared/domain/addressState';

const book = (record: Record<string, readonly string[]>): AddressBook => new Map(Object.entries(record));
const plain = (b: AddressBook) => Object.fromEntries(b);
/** n addresses 10.0.0.first, 10.0.0.(first + 1), … */
const addresses = (n: number, first = 1) =>
  Array.from({ length: n }, (_, i) => `10.0.${Math.floor((first + i) / 256)}.${(first + i) % 256}`);

describe('withAddresses', () => {
  it('replaces one endpoint’s addresses, keeping at most 64, and leaves the book it was given alone', () => {
    const before = book({ a: ['10.0.0.1'], b: ['10.0.0.2'] });
    expect(plain(withAddresses(before, 'a', ['10.0.0.9']))).toEqual({ a: ['10.0.0.9'], b: ['10.0.0.2'] });
    expect(withAddresses(before, 'c', addresses(65)).get('c')).toEqual(addresses(64));
    expect(plain(before)).toEqual({ a: ['10.0.0.1'], b: ['10.0.0.2'] });
  });

  it('removes the endpoint when its list is emptied', () => {
    const after = withAddresses(book({ a: ['10.0.0.1'], b: ['10.0.0.2'] }), 'a', []);
    expect([...after.keys()]).toEqual(['b']);
  });
});

describe('mergeAddresses', () => {
  it('keeps the base’s addresses first, adds the extra’s new ones once, and adds new endpoints', () => {
    const merged = mergeAddresses(book({ a: ['10.0.0.1', '10.0.0.2'] }), book({ a: ['10.0.0.2', '10.0.0.3'], b: ['10.0.0.4'] }));
    expect(plain(merged)).toEqual({ a: ['10.0.0.1', '10.0.0.2', '10.0.0.3'], b: ['10.0.0.4'] });
  });

  it('stops at 64 addresses an endpoint and adds no endpoint for an empty list', () => {
    const merged = mergeAddresses(book({ a: addresses(60) }), book({ a: addresses(10, 100), b: [] }));
    expect(merged.get('a')).toEqual([...addresses(60), ...addresses(4, 100)]);
    expect(merged.has('b')).toBe(false);
  });
});

describe('overlayAddresses', () => {
  it('returns the base itself when there is nothing to show over it', () => {
    const base = book({ a: ['10.0.0.1'] });
    expect(overlayAddresses(base, undefined)).toBe(base);
    expect(overlayAddresses(base, new Map())).toBe(base);
  });

  it('shows each endpoint of the overlay as the overlay has it, the others as the base has them', () => {
    const base = book({ a: ['10.0.0.1'], b: ['10.0.0.2'] });
    expect(plain(overlayAddresses(base, book({ a: ['10.0.0.9'] })))).toEqual({ a: ['10.0.0.9'], b: ['10.0.0.2'] });
    expect(plain(base)).toEqual({ a: ['10.0.0.1'], b: ['10.0.0.2'] });
  });
});

describe('newAddresses', () => {
  it('lists an endpoint when any one of its addresses is new, with its whole list', () => {
    const known = book({ a: ['10.0.0.1'], b: ['10.0.0.2', '10.0.0.3'] });
    const incoming = book({ a: ['10.0.0.1', '10.0.0.5'], b: ['10.0.0.3'], c: ['10.0.0.6'] });
    expect(plain(newAddresses(known, incoming))).toEqual({ a: ['10.0.0.1', '10.0.0.5'], c: ['10.0.0.6'] });
  });
});

describe('readStoredAddresses', () => {
  it('reads nothing, and drops nothing, when nothing was saved', () => {
    for (const raw of [undefined, null]) {
      const { book: read, dropped } = readStoredAddresses(raw);
      expect([read.size, dropped]).toEqual([0, []]);
    }
  });

  it('drops a saved value that is not an object, naming it', () => {
    expect(readStoredAddresses(['10.0.0.1']).dropped).toEqual(['["10.0.0.1"]']);
    expect(readStoredAddresses(7).dropped).toEqual(['7']);
  });

  it('keeps endpoints with addresses, skips empty lists, and drops ids that are not link-safe', () => {
    const { book: read, dropped } = readStoredAddresses({ 'edge-1': ['10.0.0.1'], empty: [], '-a': ['x'], 'a--b': ['x'], 'a-': ['x'] });
    expect(plain(read)).toEqual({ 'edge-1': ['10.0.0.1'] });
    expect(dropped).toEqual(['-a', 'a--b', 'a-']);
  });

  it('reads at most 10,000 endpoints', () => {
    const raw = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`e${i}`, ['10.0.0.1']]));
    const { book: read } = readStoredAddresses(raw);
    expect([read.size, read.has('e9999'), read.has('e10000')]).toEqual([10_000, true, false]);
  });
});

describe('viewAddresses', () => {
  it('shows the link’s valid addresses over the saved ones, and only what the browser does not hold as new', () => {
    const view = viewAddresses({ a: ['10.0.0.1'], b: ['10.0.0.2'] }, { a: ['10.0.0.7', 'not an address'] }, new Set(['a', 'b']));
    expect(plain(view.addresses)).toEqual({ a: ['10.0.0.7'], b: ['10.0.0.2'] });
    expect(plain(view.fromLink)).toEqual({ a: ['10.0.0.7'] });
    expect([...view.linkErrors.keys()]).toEqual(['a']);
    expect(plain(viewAddresses({ a: ['10.0.0.1'] }, undefined, new Set(['a'])).addresses)).toEqual({ a: ['10.0.0.1'] });
  });
});
