/**
 * A cheap shape-and-syntax check for stored or linked addresses, so the first load does not need
 * the IP parser. The full validation (addresses.ts, ipaddr.js, loaded lazily) then runs on every
 * address before it is shown or used.
 */
import { type AddressRecord, type Assignments, addressEntries, toAddressRecord } from './addressBook';
import { LIMITS } from './limits';

export const ADDRESS_SYNTAX = /^[0-9a-z:./-]{1,253}$/i;

/** `endpointIds` limits the ids; without it any link-safe id is kept (before the dataset is known). A null-prototype record. */
export function sanitizeAssignments(raw: unknown, endpointIds?: ReadonlySet<string>): AddressRecord {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return toAddressRecord(undefined);
  const out = new Map<string, readonly string[]>();
  for (const [id, list] of addressEntries(raw as Assignments)) {
    if (!(endpointIds ? endpointIds.has(id) : /^[a-z0-9-]{1,80}$/.test(id))) continue;
    const addresses = [...new Set(list.filter((x): x is string => typeof x === 'string' && ADDRESS_SYNTAX.test(x)))].slice(
      0,
      LIMITS.addressesPerEndpoint,
    );
    if (addresses.length > 0) out.set(id, addresses);
  }
  return toAddressRecord(out);
}
