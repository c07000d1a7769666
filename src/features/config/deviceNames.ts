/**
 * The names a device uses for the three zones: Cisco ASA interface names (nameif) and PAN-OS zone
 * names. Kept in this browser (they describe one deployment, like its addresses), never in links;
 * read back through a validator like every stored setting.
 */
import { usePersistentState } from '../../shared/browser/usePersistentState';
import type { ConfigOptions } from '../../shared/domain/config';
import { ZONES, type Zone } from '../../shared/domain/schema';

export const DEVICE_NAMES_KEY = 'lync-port-matrix.device-names';

export type ZoneNames = Partial<Record<Zone, string>>;
export interface DeviceNames {
  asa: ZoneNames;
  panos: ZoneNames;
}

/** Letters, digits, dot, dash and underscore, as both devices accept; 31 characters (the PAN-OS limit, within ASA's 48). */
export const NAME = /^[A-Za-z0-9._-]{1,31}$/;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The stored names: each valid one kept, each other reported and left out (the default name is used). */
export function readDeviceNames(raw: unknown, report: (part: string, value: unknown) => void = () => {}): DeviceNames {
  const names: DeviceNames = { asa: {}, panos: {} };
  if (raw === undefined || raw === null) return names;
  if (!isRecord(raw)) {
    report('', raw);
    return names;
  }
  for (const device of ['asa', 'panos'] as const) {
    const stored = Object.hasOwn(raw, device) ? raw[device] : undefined;
    if (stored === undefined) continue;
    if (!isRecord(stored)) {
      report(device, stored);
      continue;
    }
    for (const zone of ZONES) {
      const name = Object.hasOwn(stored, zone) ? stored[zone] : undefined;
      if (typeof name === 'string' && NAME.test(name)) names[device][zone] = name;
      else if (name !== undefined) report(`${device}.${zone}`, name);
    }
  }
  return names;
}

export const configOptions = (names: DeviceNames): ConfigOptions => ({ asaInterfaces: names.asa, panosZones: names.panos });

export const useDeviceNames = () => usePersistentState(DEVICE_NAMES_KEY, readDeviceNames);
