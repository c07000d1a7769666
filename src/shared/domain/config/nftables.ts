/**
 * nftables: one `inet` table per firewall with one named interval set per endpoint and family,
 * and one accept rule per opening (per family) in a `forward` base chain. Checked with `nft -c -f`.
 */
import type { Firewall } from '../zones';
import { addressesOf, commonFamilies, type IpFamily, type IpSide, ipSide } from './addressing';
import { headerLines } from './header';
import { type ConfigModel, type ConfigOutput, type ConfigWarning, endpointsOf, type Opening, rejectedWarnings } from './model';
import { createNamer, NFT_NAME, safeComment } from './names';
import { describeOpening, fqdnWarnings, placeholderRegistry, portText } from './render';

/** nftables allows 128 bytes for a rule comment, including the terminating NUL. */
const COMMENT_MAX = 127;

const ports = (ranges: Opening['ports']) => {
  const items = ranges.map((r) => portText(r, '-'));
  return items.length === 1 ? (items[0] ?? '') : `{ ${items.join(', ')} }`;
};

export function generateNftables(model: ConfigModel, firewall: Firewall): ConfigOutput[] {
  const openings = model.firewalls[firewall];
  const endpoints = endpointsOf(openings);
  const name = createNamer(NFT_NAME);
  const table = name('table', `lync_${firewall}`);
  const placeholders = placeholderRegistry();
  const used = new Map<string, { name: string; family: IpFamily; elements: string[]; placeholder: boolean }>();
  const skipped: ConfigWarning[] = [];

  const setRef = (id: string, side: IpSide, family: IpFamily): string => {
    const key = `${id}/${family}`;
    const placeholder = side.type === 'placeholder';
    const known = used.get(key) ?? {
      name: name(key, `${placeholder ? 'PLACEHOLDER_' : ''}${id}_v${family}`),
      family,
      elements: addressesOf(side, family),
      placeholder,
    };
    used.set(key, known);
    if (placeholder) placeholders.use(id, known.name);
    return `@${known.name}`;
  };

  const ruleLines = (o: Opening): string[] => {
    const source = ipSide(o.source);
    const destination = ipSide(o.destination);
    const families = commonFamilies(source, destination);
    const summary = `\t\t# ${describeOpening(o, 200)}`;
    if (families.length === 0) {
      skipped.push({ code: 'no-common-family', params: { rule: o.ruleId } });
      return [summary, '\t\t# not written: no common address family'];
    }
    const tail = [
      ...(o.sourcePorts.length > 0 ? [`${o.transport} sport ${ports(o.sourcePorts)}`] : []),
      `${o.transport} dport ${ports(o.ports)}`,
      `accept comment "${safeComment(o.ruleId, COMMENT_MAX)}"`,
    ];
    if (source.type === 'any' && destination.type === 'any') return [summary, `\t\t${tail.join(' ')}`];
    const rules = families.map((family) => {
      const l3 = family === 4 ? 'ip' : 'ip6';
      const match = [
        ...(source.type === 'any' ? [] : [`${l3} saddr ${setRef(o.source.id, source, family)}`]),
        ...(destination.type === 'any' ? [] : [`${l3} daddr ${setRef(o.destination.id, destination, family)}`]),
      ];
      return `\t\t${[...match, ...tail].join(' ')}`;
    });
    return [summary, ...rules];
  };

  const body = openings.flatMap(ruleLines);
  const sets = [...used.values()].flatMap((set) => [
    ...(set.placeholder ? ['\t# PLACEHOLDER: empty on purpose (an empty set matches nothing); add the addresses or generate again.'] : []),
    `\tset ${set.name} {`,
    `\t\ttype ${set.family === 4 ? 'ipv4_addr' : 'ipv6_addr'}`,
    '\t\tflags interval',
    ...(set.elements.length > 0 ? [`\t\telements = { ${set.elements.join(', ')} }`] : []),
    '\t}',
  ]);
  const warnings = [...placeholders.warnings(), ...fqdnWarnings(endpoints), ...skipped, ...rejectedWarnings(endpoints)];
  const header = headerLines({
    product: model.product,
    marker: '#',
    format: 'nftables',
    firewall,
    ruleCount: openings.length,
    howTo: [
      `Load with: nft -f FILE. The first two lines replace table inet ${table} only; other tables are left alone.`,
      'Check first with: nft -c -f FILE',
    ],
    notIncluded: [
      'a drop policy: the chain keeps policy accept (see the note in the chain)',
      'ct state established,related rules for reply traffic, needed once the policy is drop',
      'interface matching (iifname/oifname)',
      'FQDN entries (names are not resolved; listed in the warnings)',
    ],
    warnings,
  });
  const text = [
    ...header,
    `table inet ${table}`,
    `delete table inet ${table}`,
    `table inet ${table} {`,
    ...sets,
    '\tchain forward {',
    '\t\t# policy accept on purpose. In nftables a packet goes through every base chain on the forward hook, and an',
    '\t\t# accept here does not override a drop elsewhere, while a drop policy here would drop all other forwarded',
    '\t\t# traffic the moment this file is loaded. Move these rules into the chain that holds your default-deny policy,',
    '\t\t# or set policy drop here once established/related traffic and everything else this host forwards is allowed.',
    '\t\ttype filter hook forward priority filter; policy accept;',
    ...body,
    '\t}',
    '}',
    '',
  ].join('\n');
  return [{ part: 'main', extension: 'nft', text, warnings }];
}
