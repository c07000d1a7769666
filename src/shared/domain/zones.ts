import { ZONES, type Zone } from './schema';
import type { Translate } from './translate';

export const DIRECTIONS = ['inbound', 'outbound', 'lateral'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const FIREWALLS = ['external', 'internal'] as const;
export type Firewall = (typeof FIREWALLS)[number];

/** A zone's place in the trust order (internet 0, perimeter 1, internal 2): the one source of zone order. */
export const zoneRank = (zone: Zone): number => ZONES.indexOf(zone);
const trust = zoneRank;

/**
 * Inbound: traffic entering a more trusted zone (internet → perimeter, perimeter → internal).
 * Outbound: the reverse. Lateral: source and destination in the same zone (no firewall crossed).
 */
export function deriveDirection(source: Zone, destination: Zone): Direction {
  const delta = trust(destination) - trust(source);
  if (delta > 0) return 'inbound';
  if (delta < 0) return 'outbound';
  return 'lateral';
}

/**
 * The firewalls between two zones: the external firewall sits between the internet and the
 * perimeter network, the internal firewall between the perimeter and the internal network.
 */
export function deriveFirewalls(source: Zone, destination: Zone): Firewall[] {
  const low = Math.min(trust(source), trust(destination));
  const high = Math.max(trust(source), trust(destination));
  const crossed: Firewall[] = [];
  if (low <= trust('internet') && high >= trust('perimeter')) crossed.push('external');
  if (low <= trust('perimeter') && high >= trust('internal')) crossed.push('internal');
  return crossed;
}

/** "External", "External, Internal" or "None": the firewall column of the table, the sheet and exports. */
export function describeFirewalls(firewalls: readonly Firewall[], t: Translate): string {
  return firewalls.length === 0 ? t('firewall.none') : firewalls.map((f) => t(`firewall.${f}`)).join(t('summary.listSeparator'));
}

/** Whether an endpoint's name already says its zone ("Any (Internet)"), so the zone need not be repeated after it. */
export function nameSaysZone(name: string, zoneLabel: string): boolean {
  return name.toLocaleLowerCase('en').includes(zoneLabel.toLocaleLowerCase('en'));
}
