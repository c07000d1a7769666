/**
 * Addresses a user assigns to endpoints: IPv4, IPv6, CIDR ranges or FQDNs, several per endpoint.
 * IP and CIDR parsing is ipaddr.js's; this module adds strictness firewall requests need
 * (four-part decimal IPv4, network addresses for CIDR) and FQDN syntax (RFC 1123).
 */
import ipaddr from 'ipaddr.js';

export type AddressKind = 'ipv4' | 'ipv6' | 'cidr4' | 'cidr6' | 'fqdn';
export type AddressError = 'empty' | 'too-long' | 'invalid' | 'bad-prefix' | 'host-bits';
export type AddressResult = { ok: true; kind: AddressKind; value: string } | { ok: false; error: AddressError; suggestion?: string };

/** Endpoint id → the addresses assigned to it, in the order the user gave them. */
export type Assignments = Record<string, string[]>;

const FQDN = /^(?=.{1,253}\.?$)(?:(?!-)[a-z0-9-]{1,63}(?<!-)\.)+(?!-)[a-z][a-z0-9-]{0,62}(?<!-)\.?$/i;

export function parseAddress(input: string): AddressResult {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (text.length > 253) return { ok: false, error: 'too-long' };
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

/** Splits a field on commas, semicolons, spaces or new lines and parses each entry. */
export function parseAddressList(input: string): {
  addresses: string[];
  errors: { input: string; error: AddressError; suggestion?: string }[];
} {
  const addresses: string[] = [];
  const errors: { input: string; error: AddressError; suggestion?: string }[] = [];
  for (const part of input.split(/[\s,;]+/).filter(Boolean)) {
    const result = parseAddress(part);
    if (result.ok) {
      if (!addresses.includes(result.value)) addresses.push(result.value);
    } else errors.push({ input: part, error: result.error, ...(result.suggestion ? { suggestion: result.suggestion } : {}) });
  }
  return { addresses, errors };
}

/** Keeps only valid, de-duplicated addresses for known endpoints (full validation, for the editor). */
export function cleanAssignments(raw: unknown, endpointIds: ReadonlySet<string>): Assignments {
  const out: Assignments = {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [id, list] of Object.entries(raw as Record<string, unknown>)) {
    if (!endpointIds.has(id) || !Array.isArray(list)) continue;
    const { addresses } = parseAddressList(list.filter((x): x is string => typeof x === 'string').join(' '));
    if (addresses.length > 0) out[id] = addresses.slice(0, 64);
  }
  return out;
}
