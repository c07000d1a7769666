/**
 * A cheap shape-and-syntax check for stored or linked addresses, so the first load does not need
 * the IP parser. Full validation (ipaddr.js) runs in the address editor.
 */
import type { Assignments } from './addresses';

export const ADDRESS_SYNTAX = /^[0-9a-z:./-]{1,253}$/i;

/** `endpointIds` limits the ids; without it any link-safe id is kept (before the dataset is known). */
export function sanitizeAssignments(raw: unknown, endpointIds?: ReadonlySet<string>): Assignments {
  const out: Assignments = {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return out;
  for (const [id, list] of Object.entries(raw as Record<string, unknown>)) {
    if (!(endpointIds ? endpointIds.has(id) : /^[a-z0-9-]{1,80}$/.test(id)) || !Array.isArray(list)) continue;
    const addresses = [...new Set(list.filter((x): x is string => typeof x === 'string' && ADDRESS_SYNTAX.test(x)))].slice(0, 64);
    if (addresses.length > 0) out[id] = addresses;
  }
  return out;
}
