/**
 * Endpoint addresses as data keyed by endpoint id. Ids come from datasets, links and storage, so
 * every lookup is by own key only (a Map, or Object.hasOwn on a record): an endpoint called
 * "constructor" or "toString" finds its own addresses or none, never Object.prototype's.
 * Pure and small, in the first load; editing and validating them is addressState.ts, loaded lazily.
 */
/** Endpoint id → its addresses, in the order given: what the app holds. */
export type AddressBook = ReadonlyMap<string, readonly string[]>;
/** The same as a plain record (tests, JSON), read by own keys only. */
export type AddressRecord = Readonly<Record<string, readonly string[]>>;
/** What the pure functions accept. */
export type Assignments = AddressBook | AddressRecord;

export const EMPTY_BOOK: AddressBook = new Map();

/** Own entries only, lists only. */
export function addressEntries(input: Assignments | undefined): [string, readonly string[]][] {
  if (input === undefined) return [];
  if (input instanceof Map) return [...(input as AddressBook)];
  return Object.entries(input as AddressRecord).filter((entry): entry is [string, readonly string[]] => Array.isArray(entry[1]));
}

/** The addresses of one endpoint ([] if none, whatever the id). */
export function addressesFor(input: Assignments | undefined, id: string): readonly string[] {
  if (input === undefined) return [];
  if (input instanceof Map) return (input as AddressBook).get(id) ?? [];
  const record = input as AddressRecord;
  const list = Object.hasOwn(record, id) ? record[id] : undefined;
  return Array.isArray(list) ? list : [];
}

export const toAddressBook = (input: Assignments | undefined): AddressBook =>
  input instanceof Map ? (input as AddressBook) : new Map(addressEntries(input));

/** A null-prototype record (for JSON and for the link state): no key of it can be Object.prototype's. */
export function toAddressRecord(input: Assignments | undefined): AddressRecord {
  const record: Record<string, readonly string[]> = Object.create(null);
  for (const [id, list] of addressEntries(input)) record[id] = list;
  return record;
}
