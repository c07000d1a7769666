/**
 * Palo Alto Networks PAN-OS `set` commands (configuration mode): address objects and an address
 * group per endpoint, a service object per transport and port set, and one security rule per
 * opening with its zones.
 *
 * Syntax, from the PAN-OS CLI Quick Start ("Use the CLI", "Modify the Configuration") and the
 * PAN-OS CLI reference (configuration mode):
 *   set address NAME ip-netmask IP/PREFIX | fqdn NAME ; set address NAME description "TEXT"
 *   set address-group NAME static [ MEMBER … ]
 *   set service NAME protocol tcp|udp port PORTS [source-port PORTS]   (PORTS: 80,443,50000-59999)
 *   set rulebase security rules NAME from ZONE to ZONE source … destination … source-user any
 *       category any application any service NAME action allow ; … description "TEXT" ; … disabled yes
 * Object and rule names: at most 63 characters, letters, digits, . - _.
 * Placeholders: a static address group cannot be empty, so an endpoint without an address is
 * `set address PLACEHOLDER-<endpoint> fqdn placeholder.invalid` (RFC 6761: never resolves,
 * matches nothing) and every rule using it is also `disabled yes`.
 */
import { ZONES, type Zone } from '../schema';
import type { Firewall } from '../zones';
import { headerLines } from './header';
import {
  type ConfigModel,
  type ConfigOptions,
  type ConfigOutput,
  endpointsOf,
  FIREWALL_SIDES,
  type Opening,
  rejectedWarnings,
} from './model';
import { createNamer, DEFAULT_PANOS_ZONES, PANOS_NAME, PANOS_ZONE, safeComment, validName } from './names';
import { describeOpening, placeholderRegistry, portText } from './render';

const DESCRIPTION_MAX = 255;
const PLACEHOLDER_FQDN = 'placeholder.invalid';

const portList = (ranges: Opening['ports']) => ranges.map((r) => portText(r, '-')).join(',');

export function generatePanos(model: ConfigModel, firewall: Firewall, options: ConfigOptions = {}): ConfigOutput[] {
  const openings = model.firewalls[firewall];
  const endpoints = endpointsOf(openings);
  const zones = Object.fromEntries(
    ZONES.map((zone) => [zone, validName(PANOS_ZONE, options.panosZones?.[zone] ?? DEFAULT_PANOS_ZONES[zone])]),
  ) as Record<Zone, string>;
  const objectName = createNamer(PANOS_NAME);
  const ruleName = createNamer(PANOS_NAME);
  const placeholders = placeholderRegistry();

  const addressLines: string[] = [];
  const reference = new Map<string, string>();
  for (const e of endpoints) {
    if (e.kind === 'any') {
      reference.set(e.id, 'any');
      continue;
    }
    if (e.kind === 'placeholder') {
      const object = objectName(`placeholder/${e.id}`, `PLACEHOLDER-${e.id}`);
      placeholders.use(e.id, object);
      reference.set(e.id, object);
      addressLines.push(`set address ${object} fqdn ${PLACEHOLDER_FQDN}`);
      addressLines.push(
        `set address ${object} description "${safeComment(`PLACEHOLDER no address entered for ${e.id}`, DESCRIPTION_MAX)}"`,
      );
      continue;
    }
    const entries = [
      ...[...e.ipv4, ...e.ipv6].map((value) => `ip-netmask ${value.includes('/') ? value : `${value}/${value.includes(':') ? 128 : 32}`}`),
      ...e.fqdn.map((fqdn) => `fqdn ${fqdn}`),
    ];
    const members = entries.map((entry, i) => {
      const object = objectName(`address/${e.id}/${i}`, `LYNC-${e.id}-${i + 1}`);
      addressLines.push(`set address ${object} ${entry}`);
      return object;
    });
    const group = objectName(`group/${e.id}`, `LYNC-${e.id}`);
    addressLines.push(`set address-group ${group} static [ ${members.join(' ')} ]`);
    addressLines.push(`set address-group ${group} description "${safeComment(e.id, DESCRIPTION_MAX)}"`);
    reference.set(e.id, group);
  }

  const serviceLines: string[] = [];
  const services = new Map<string, string>();
  const serviceOf = (o: Opening): string => {
    const sourcePorts = o.sourcePorts.length > 0 ? ` source-port ${portList(o.sourcePorts)}` : '';
    const spec = `protocol ${o.transport} port ${portList(o.ports)}${sourcePorts}`;
    const known = services.get(spec);
    if (known) return known;
    const fromPorts = o.sourcePorts.length > 0 ? `-SRC-${portList(o.sourcePorts)}` : '';
    const service = objectName(
      `service/${spec}`,
      `LYNC-${o.transport.toUpperCase()}-${portList(o.ports)}${fromPorts}`.replaceAll(',', '_'),
    );
    services.set(spec, service);
    serviceLines.push(`set service ${service} ${spec}`);
    return service;
  };

  const ruleLines = openings.flatMap((o) => {
    const rule = ruleName(o.ruleId, o.ruleId);
    const prefix = `set rulebase security rules ${rule}`;
    const placeholder = o.source.kind === 'placeholder' || o.destination.kind === 'placeholder';
    return [
      `${prefix} from ${zones[o.from]} to ${zones[o.to]} source ${reference.get(o.source.id) ?? 'any'} destination ${reference.get(o.destination.id) ?? 'any'} source-user any category any application any service ${serviceOf(o)} action allow`,
      `${prefix} description "${describeOpening(o, DESCRIPTION_MAX)}"`,
      ...(placeholder ? [`${prefix} disabled yes`] : []),
    ];
  });

  const warnings = [...placeholders.warnings(), ...rejectedWarnings(endpoints)];
  const header = headerLines({
    product: model.product,
    marker: '#',
    format: 'Palo Alto Networks PAN-OS set commands',
    firewall,
    ruleCount: openings.length,
    howTo: [
      `Zones: ${FIREWALL_SIDES[firewall].map((zone) => `${zone} = ${zones[zone]}`).join(', ')}; rename them in the app if yours differ.`,
      'Paste in configuration mode (configure), review, then commit. PAN-OS has no comment syntax: remove the lines',
      'starting with # first (the CLI rejects them as unknown commands without changing anything).',
      'Rules using a PLACEHOLDER address are disabled; replace the placeholder with real addresses, then enable them.',
      'New rules are added at the bottom of the rulebase: move them above any broader deny rule.',
    ],
    notIncluded: ['NAT policy rules', 'App-ID: rules match on service ports with application any', 'security profiles, log forwarding'],
    warnings,
  });
  const text = [...header, ...addressLines, ...serviceLines, ...ruleLines, ''].join('\n');
  return [{ part: 'main', extension: 'txt', text, warnings }];
}
