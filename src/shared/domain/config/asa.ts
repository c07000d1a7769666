/**
 * Cisco ASA (9.x CLI): an `object-group network` per endpoint, one extended access list per
 * ingress interface with a remark per rule, and the `access-group … in interface …` binding.
 *
 * Syntax, from the Cisco ASA Series Firewall CLI Configuration Guide ("Objects for Access
 * Control", "Access Control Lists", "Access Rules") and the command reference:
 *   object network NAME / fqdn [v4|v6] NAME / description TEXT
 *   object-group network NAME / network-object host IP | IPv4 MASK | IPv6/PREFIX | object NAME
 *   access-list ACL remark TEXT (at most 100 characters)
 *   access-list ACL extended permit tcp|udp SRC [eq P|range P Q] DST [eq P|range P Q] [inactive]
 *   access-group ACL in interface IFNAME
 * Placeholders: ASA refuses an empty object used in an access list, so an endpoint without an
 * address becomes `object network PLACEHOLDER-<endpoint>` with `fqdn v4 placeholder.invalid`
 * (RFC 6761: never resolves, matches nothing), and every ACE using it is also `inactive`.
 */
import ipaddr from 'ipaddr.js';
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
import { ASA_INTERFACE, ASA_NAME, createNamer, DEFAULT_ASA_INTERFACES, safeComment, validName } from './names';
import { describeOpening, placeholderRegistry, portText } from './render';

const REMARK_MAX = 100;
const PLACEHOLDER_FQDN = 'placeholder.invalid';

const member = (value: string): string => {
  const [address = '', prefix] = value.split('/');
  if (prefix === undefined) return ` network-object host ${address}`;
  if (address.includes(':')) return ` network-object ${value}`;
  return ` network-object ${address} ${ipaddr.IPv4.subnetMaskFromPrefixLength(Number(prefix)).toString()}`;
};

const portArg = (range: Opening['ports'][number] | undefined): string =>
  range === undefined ? '' : range.from === range.to ? ` eq ${range.from}` : ` range ${portText(range, ' ')}`;

export function generateAsa(model: ConfigModel, firewall: Firewall, options: ConfigOptions = {}): ConfigOutput[] {
  const openings = model.firewalls[firewall];
  const endpoints = endpointsOf(openings);
  const interfaces = Object.fromEntries(
    ZONES.map((zone) => [zone, validName(ASA_INTERFACE, options.asaInterfaces?.[zone] ?? DEFAULT_ASA_INTERFACES[zone])]),
  ) as Record<Zone, string>;
  const name = createNamer(ASA_NAME);
  const placeholders = placeholderRegistry();

  const objects: string[] = [];
  const reference = new Map<string, string>();
  for (const e of endpoints) {
    if (e.kind === 'any') reference.set(e.id, 'any');
    else if (e.kind === 'placeholder') {
      const object = name(`placeholder/${e.id}`, `PLACEHOLDER-${e.id}`);
      placeholders.use(e.id, object);
      reference.set(e.id, `object ${object}`);
      objects.push(`object network ${object}`, ` description ${safeComment(`PLACEHOLDER no address entered for ${e.id}`, 200)}`);
      objects.push(` fqdn v4 ${PLACEHOLDER_FQDN}`);
    } else {
      const fqdnObjects = e.fqdn.map((fqdn, i) => {
        const object = name(`fqdn/${e.id}/${i}`, `LYNC-${e.id}-FQDN-${i + 1}`);
        objects.push(`object network ${object}`, ` fqdn v4 ${fqdn}`);
        return ` network-object object ${object}`;
      });
      const group = name(`group/${e.id}`, `LYNC-${e.id}`);
      reference.set(e.id, `object-group ${group}`);
      objects.push(`object-group network ${group}`, ` description ${safeComment(e.id, 200)}`);
      objects.push(...[...e.ipv4, ...e.ipv6].map(member), ...fqdnObjects);
    }
  }

  const aclLines: string[] = [];
  const bindings: string[] = [];
  for (const ingress of ZONES) {
    const entering = openings.filter((o) => o.from === ingress);
    if (entering.length === 0) continue;
    const acl = name(`acl/${ingress}`, `LYNC-${interfaces[ingress].toUpperCase()}-IN`);
    const egress = [...new Set(entering.map((o) => interfaces[o.to]))].join(', ');
    aclLines.push('!', `! ${acl}: traffic entering interface ${interfaces[ingress]}, to ${egress}`);
    for (const o of entering) {
      aclLines.push(`access-list ${acl} remark ${describeOpening(o, REMARK_MAX)}`);
      const source = reference.get(o.source.id) ?? 'any';
      const destination = reference.get(o.destination.id) ?? 'any';
      const inactive = o.source.kind === 'placeholder' || o.destination.kind === 'placeholder' ? ' inactive' : '';
      const sourcePorts = o.sourcePorts.length > 0 ? o.sourcePorts : [undefined];
      for (const sp of sourcePorts)
        for (const dp of o.ports)
          aclLines.push(
            `access-list ${acl} extended permit ${o.transport} ${source}${portArg(sp)} ${destination}${portArg(dp)}${inactive}`,
          );
    }
    bindings.push(`access-group ${acl} in interface ${interfaces[ingress]}`);
  }

  const warnings = [...placeholders.warnings(), ...rejectedWarnings(endpoints)];
  const header = headerLines({
    product: model.product,
    marker: '!',
    format: 'Cisco ASA',
    firewall,
    ruleCount: openings.length,
    howTo: [
      `Interfaces (nameif): ${FIREWALL_SIDES[firewall].map((zone) => `${zone} = ${interfaces[zone]}`).join(', ')}; rename them in the app if yours differ.`,
      'Paste in configuration mode (configure terminal). Lines starting with ! are comments.',
      "Once bound, each ACL ends with the ASA's implicit deny: traffic entering that interface that no ACE permits is dropped.",
      'Placeholder ACEs are inactive; replace the PLACEHOLDER object with real addresses, then remove the inactive keyword.',
      'FQDN objects (fqdn v4) need DNS on the ASA (dns domain-lookup, dns server-group); add fqdn v6 objects for IPv6.',
    ],
    notIncluded: ['object NAT or twice NAT', 'log keywords on ACEs', 'service object-groups (ports are written in each ACE)'],
    warnings,
  });
  const text = [
    ...header,
    ...objects,
    ...aclLines,
    '!',
    '! access-group REPLACES the access list bound to that interface in that direction. If one is bound',
    '! already, add the ACEs above to it instead and leave these lines out.',
    ...bindings,
    '',
  ].join('\n');
  return [{ part: 'main', extension: 'txt', text, warnings }];
}
