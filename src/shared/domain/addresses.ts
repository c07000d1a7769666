/**
 * Addresses a user assigns to endpoints: IPv4, IPv6, CIDR ranges or FQDNs, several per endpoint.
 * IP and CIDR parsing is ipaddr.js's; this module adds strictness firewall requests need
 * (four-part decimal IPv4, network addresses for CIDR) and FQDN syntax (RFC 1123).
 */
import ipaddr from 'ipaddr.js';
import { type AddressBook, type AddressRecord, type Assignments, addressEntries, toAddressRecord } from './addressBook';
import { LIMITS } from './limits';

export type AddressKind = 'ipv4' | 'ipv6' | 'cidr4' | 'cidr6' | 'fqdn';
export type AddressError = 'empty' | 'too-long' | 'invalid' | 'bad-prefix' | 'host-bits';
export type AddressResult = { ok: true; kind: AddressKind; value: string } | { ok: false; error: AddressError; suggestion?: string };

export type { AddressBook, AddressRecord, Assignments } from './addressBook';

const FQDN = /^(?=.{1,253}\.?$)(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)+(?!-)[a-z][a-z0-9-]{0,62}(?<!-)\.?$/i;

export function parseAddress(input: string): AddressResult {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (text.length > LIMITS.address) return { ok: false, error: 'too-long' };
  if (text.includes('/')) return parseCidr(text);
  if (ipaddr.IPv4.isValidFourPartDecimal(text)) return { ok: true, kind: 'ipv4', value: ipaddr.IPv4.parse(text).toString() };
  if (text.includes(':')) {
    if (ipaddr.IPv6.isValid(text)) return { ok: true, kind: 'ipv6', value: ipaddr.IPv6.parse(text).toString() };
    return { ok: false, error: 'invalid' };
  }
  // All digits and dots but not a valid IPv4 (e.g. 10.0.0.256): an IPv4 typo, not a host name.
  if (/^[\d.]+$/.test(text)) return { ok: false, error: 'invalid' };
  if (FQDN.test(text)) return { ok: true, kind: 'fqdn', value: text.toLowerCase().replace(/\.$/, '') };
  return { ok: false, error: 'invalid' };
}

function parseCidr(text: string): AddressResult {
  const [address = '', prefix = '', ...rest] = text.split('/');
  if (rest.length > 0 || !/^\d{1,3}$/.test(prefix)) return { ok: false, error: 'bad-prefix' };
  const bits = Number(prefix);
  const v4 = ipaddr.IPv4.isValidFourPartDecimal(address);
  const v6 = !v4 && address.includes(':') && ipaddr.IPv6.isValid(address);
  if (!v4 && !v6) return { ok: false, error: 'invalid' };
  if (bits > (v4 ? 32 : 128)) return { ok: false, error: 'bad-prefix' };
  const ip = ipaddr.parse(address);
  const network = v4 ? ipaddr.IPv4.networkAddressFromCIDR(`${address}/${bits}`) : ipaddr.IPv6.networkAddressFromCIDR(`${address}/${bits}`);
  if (network.toString() !== ip.toString()) return { ok: false, error: 'host-bits', suggestion: `${network.toString()}/${bits}` };
  return { ok: true, kind: v4 ? 'cidr4' : 'cidr6', value: `${ip.toString()}/${bits}` };
}

export interface AddressIssue {
  input: string;
  error: AddressError;
  suggestion?: string;
}

/** Splits a field on commas, semicolons, spaces or new lines and parses each entry. */
export function parseAddressList(input: string): { addresses: string[]; errors: AddressIssue[] } {
  const addresses: string[] = [];
  const errors: AddressIssue[] = [];
  for (const part of input.split(/[\s,;]+/).filter(Boolean)) {
    const result = parseAddress(part);
    if (result.ok) {
      if (!addresses.includes(result.value)) addresses.push(result.value);
    } else errors.push({ input: part, error: result.error, ...(result.suggestion ? { suggestion: result.suggestion } : {}) });
  }
  return { addresses, errors };
}

/** Addresses split into what the full parser accepts (normalised, de-duplicated) and what it refuses, per endpoint. */
export interface CheckedAddresses {
  valid: AddressBook;
  invalid: ReadonlyMap<string, readonly AddressIssue[]>;
}

/**
 * The one gate every address passes, whatever it came from (a link, this browser's storage, a
 * field): only `valid` may reach the table, the paper, an export or a firewall configuration.
 */
export function checkAddresses(input: Assignments | undefined, endpointIds?: ReadonlySet<string>): CheckedAddresses {
  const valid = new Map<string, readonly string[]>();
  const invalid = new Map<string, readonly AddressIssue[]>();
  for (const [id, list] of addressEntries(input)) {
    if (endpointIds && !endpointIds.has(id)) continue;
    const addresses: string[] = [];
    const errors: AddressIssue[] = [];
    for (const entry of list.slice(0, LIMITS.addressesPerEndpoint)) {
      if (typeof entry !== 'string') continue;
      const parsed = parseAddressList(entry);
      for (const address of parsed.addresses) if (!addresses.includes(address)) addresses.push(address);
      errors.push(...parsed.errors);
    }
    if (addresses.length > 0) valid.set(id, addresses);
    if (errors.length > 0) invalid.set(id, errors);
  }
  return { valid, invalid };
}

/** Keeps only valid, de-duplicated addresses for known endpoints (full validation), as a null-prototype record. */
export const cleanAssignments = (raw: unknown, endpointIds: ReadonlySet<string>): AddressRecord =>
  toAddressRecord(
    raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? checkAddresses(raw as Assignments, endpointIds).valid : undefined,
  );
