/**
 * The user's addresses as the app uses them: what this browser saved, what a link brings, and
 * what the full parser accepts of both. Loaded lazily with the parser (ipaddr.js), only when
 * there is an address to check, so none of it is in the first load. Pure; every lookup is by own
 * key (Maps), so an endpoint called "constructor" has its own addresses or none.
 */
import * as v from 'valibot';
import { type AddressBook, type AddressRecord, type Assignments, toAddressRecord } from './addressBook';
import { type AddressIssue, checkAddresses } from './addresses';
import { LIMITS } from './limits';

/** One endpoint's addresses replaced (or removed when the list is empty); the others untouched. */
export function withAddresses(book: AddressBook, id: string, list: readonly string[]): AddressBook {
  const next = new Map(book);
  if (list.length === 0) next.delete(id);
  else next.set(id, list.slice(0, LIMITS.addressesPerEndpoint));
  return next;
}

/** `base` with `extra` added: per endpoint, base's addresses first, then extra's new ones. Nothing of base is lost. */
export function mergeAddresses(base: AddressBook, extra: AddressBook): AddressBook {
  const next = new Map(base);
  for (const [id, list] of extra) {
    const merged = [...new Set([...(next.get(id) ?? []), ...list])].slice(0, LIMITS.addressesPerEndpoint);
    if (merged.length > 0) next.set(id, merged);
  }
  return next;
}

/** `base` with each endpoint of `over` shown as `over` has it. */
export function overlayAddresses(base: AddressBook, over: AddressBook | undefined): AddressBook {
  if (!over || over.size === 0) return base;
  const next = new Map(base);
  for (const [id, list] of over) next.set(id, list);
  return next;
}

/** The endpoints of `incoming` with an address `known` does not already hold. */
export function newAddresses(known: AddressBook, incoming: AddressBook): AddressBook {
  const out = new Map<string, readonly string[]>();
  for (const [id, list] of incoming) {
    const have = new Set(known.get(id) ?? []);
    if (list.some((address) => !have.has(address))) out.set(id, list);
  }
  return out;
}

/** One stored endpoint: a link-safe id and at most 64 strings of at most 253 characters. */
const StoredEntry = v.tuple([
  v.pipe(v.string(), v.maxLength(LIMITS.id), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  v.pipe(v.array(v.pipe(v.string(), v.maxLength(LIMITS.address))), v.maxLength(LIMITS.addressesPerEndpoint)),
]);

/**
 * The addresses this browser saved (localStorage), checked entry by entry with valibot: an entry
 * of the wrong shape is dropped and named in `dropped`; the rest goes on to the full validation.
 */
export function readStoredAddresses(raw: unknown): { book: AddressBook; dropped: string[] } {
  const book = new Map<string, readonly string[]>();
  const dropped: string[] = [];
  if (raw === undefined || raw === null) return { book, dropped };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { book, dropped: [JSON.stringify(raw) ?? String(raw)] };
  for (const entry of Object.entries(raw as Record<string, unknown>).slice(0, LIMITS.endpoints)) {
    const parsed = v.safeParse(StoredEntry, entry);
    if (!parsed.success) dropped.push(entry[0]);
    else if (parsed.output[1].length > 0) book.set(parsed.output[0], parsed.output[1]);
  }
  return { book, dropped };
}

/** What localStorage keeps: a plain JSON object (own keys only; "__proto__" stays an ordinary key). */
export const storedAddressesJson = (book: AddressBook): AddressRecord => toAddressRecord(book);

export interface AddressView {
  /** What this browser saved, in a usable shape (its entries may still be invalid addresses). */
  stored: AddressBook;
  /** Saved entries of the wrong shape, dropped. */
  dropped: string[];
  /** The valid addresses in effect: the saved ones, with the link's shown over them. */
  addresses: AddressBook;
  /** The link's valid addresses this browser does not hold yet, per endpoint. */
  fromLink: AddressBook;
  /** What the link brings that the parser refuses: never used, listed in the link's notice. */
  linkErrors: ReadonlyMap<string, readonly AddressIssue[]>;
  /** Saved entries the parser refuses: never used, shown at their field. */
  storedErrors: ReadonlyMap<string, readonly AddressIssue[]>;
  /** The link's valid addresses. */
  linkValid: AddressBook;
}

/** Every address, saved or linked, through the full parser; only endpoints of the dataset. */
export function viewAddresses(storedRaw: unknown, link: Assignments | undefined, endpointIds: ReadonlySet<string>): AddressView {
  const { book: stored, dropped } = readStoredAddresses(storedRaw);
  const saved = checkAddresses(stored, endpointIds);
  const linked = checkAddresses(link, endpointIds);
  return {
    stored,
    dropped,
    addresses: overlayAddresses(saved.valid, link ? linked.valid : undefined),
    fromLink: newAddresses(saved.valid, linked.valid),
    linkErrors: linked.invalid,
    storedErrors: saved.invalid,
    linkValid: linked.valid,
  };
}
