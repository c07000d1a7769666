/**
 * iptables-restore input: one file for iptables (IPv4) and one for ip6tables (IPv6), `*filter`,
 * one `-A FORWARD … -j ACCEPT` line per opening (per port group), COMMIT. Checked with
 * `iptables-restore --test` / `ip6tables-restore --test`.
 *
 * Placeholders: iptables has no empty address object that matches nothing (an ipset would have to
 * exist on the host before the file loads), so a rule with an endpoint that has no address is
 * written out in full but commented (`# PLACEHOLDER -A FORWARD -s PLACEHOLDER_<endpoint> …`): it
 * never loads, and the reviewer sees exactly what to fill in.
 */
import type { Firewall } from '../zones';
import { addressesOf, commonFamilies, type IpFamily, type IpSide, ipSide } from './addressing';
import { headerLines } from './header';
import { type ConfigModel, type ConfigOutput, type ConfigWarning, endpointsOf, type Opening, rejectedWarnings } from './model';
import { safeComment } from './names';
import { describeOpening, fqdnWarnings, placeholderRegistry, portText } from './render';

/** xt_comment holds 256 bytes including the terminating NUL. */
const COMMENT_MAX = 255;
/** xt_multiport takes at most 15 ports, a range counting as two. */
const MULTIPORT_SLOTS = 15;

/** Splits port ranges into multiport lists of at most 15 slots. */
export function multiportGroups(ranges: Opening['ports']): string[] {
  const groups: string[][] = [];
  let slots = 0;
  for (const range of ranges) {
    const cost = range.from === range.to ? 1 : 2;
    const current = groups[groups.length - 1];
    if (current && slots + cost <= MULTIPORT_SLOTS) {
      current.push(portText(range, ':'));
      slots += cost;
    } else {
      groups.push([portText(range, ':')]);
      slots = cost;
    }
  }
  return groups.map((g) => g.join(','));
}

/** The port matches of one opening: one string per rule line to write. */
export function portMatches(o: Pick<Opening, 'transport' | 'ports' | 'sourcePorts'>): string[] {
  const [port] = o.ports;
  const [sourcePort] = o.sourcePorts;
  if (o.ports.length === 1 && o.sourcePorts.length <= 1 && port) {
    const sport = sourcePort ? ` --sport ${portText(sourcePort, ':')}` : '';
    return [`-m ${o.transport}${sport} --dport ${portText(port, ':')}`];
  }
  const dports = multiportGroups(o.ports).map((list) => `-m multiport --dports ${list}`);
  const sports = o.sourcePorts.length > 0 ? multiportGroups(o.sourcePorts).map((list) => `-m multiport --sports ${list} `) : [''];
  return sports.flatMap((s) => dports.map((d) => `${s}${d}`));
}

function addressArg(flag: '-s' | '-d', endpoint: string, side: IpSide, family: IpFamily): string {
  if (side.type === 'any') return '';
  if (side.type === 'placeholder') return `${flag} PLACEHOLDER_${safeComment(endpoint, 60).replaceAll(' ', '_')} `;
  return `${flag} ${addressesOf(side, family).join(',')} `;
}

function familyFile(model: ConfigModel, firewall: Firewall, family: IpFamily, skipped: ConfigWarning[]): ConfigOutput {
  const openings = model.firewalls[firewall];
  const endpoints = endpointsOf(openings);
  const placeholders = placeholderRegistry();
  const body = openings.flatMap((o) => {
    const source = ipSide(o.source);
    const destination = ipSide(o.destination);
    const families = commonFamilies(source, destination);
    if (families.length === 0) return [`# ${describeOpening(o, 200)}`, '# not written: no common address family'];
    if (!families.includes(family)) return [];
    for (const [e, side] of [
      [o.source, source],
      [o.destination, destination],
    ] as const)
      if (side.type === 'placeholder') placeholders.use(e.id, `PLACEHOLDER_${safeComment(e.id, 60).replaceAll(' ', '_')}`);
    const commented = source.type === 'placeholder' || destination.type === 'placeholder' ? '# PLACEHOLDER ' : '';
    const addresses = `${addressArg('-s', o.source.id, source, family)}${addressArg('-d', o.destination.id, destination, family)}`;
    const comment = `-m comment --comment "${safeComment(o.ruleId, COMMENT_MAX)}"`;
    return [
      `# ${describeOpening(o, 200)}`,
      ...portMatches(o).map((ports) => `${commented}-A FORWARD ${addresses}-p ${o.transport} ${ports} ${comment} -j ACCEPT`),
    ];
  });
  const tool = family === 4 ? 'iptables-restore' : 'ip6tables-restore';
  const warnings = [...placeholders.warnings(), ...fqdnWarnings(endpoints), ...skipped, ...rejectedWarnings(endpoints)];
  const header = headerLines({
    product: model.product,
    marker: '#',
    format: `${family === 4 ? 'iptables' : 'ip6tables'} (IPv${family}) for ${tool}`,
    firewall,
    ruleCount: openings.length,
    howTo: [
      `Load with: ${tool} --noflush < FILE. Without --noflush, ${tool} first flushes every chain of the filter table, your existing rules included.`,
      `Check first with: ${tool} --test --noflush < FILE. Loading the file twice appends the rules twice.`,
      `Rules for IPv${family === 4 ? 6 : 4} are in the ${family === 4 ? 'ip6tables' : 'iptables'} file. Lines starting with # PLACEHOLDER are rules waiting for an address; they do not load.`,
    ],
    notIncluded: [
      'the FORWARD chain policy: this file does not declare :FORWARD, so the current policy stays',
      'conntrack ESTABLISHED,RELATED rules for reply traffic, needed when the policy is DROP',
      'interface matching (-i/-o)',
      'FQDN entries (iptables would resolve them once, at load time; listed in the warnings)',
    ],
    warnings,
  });
  return {
    part: family === 4 ? 'ipv4' : 'ipv6',
    extension: family === 4 ? 'rules.v4' : 'rules.v6',
    text: [...header, '*filter', ...body, 'COMMIT', ''].join('\n'),
    warnings,
  };
}

export function generateIptables(model: ConfigModel, firewall: Firewall): ConfigOutput[] {
  const skipped = model.firewalls[firewall]
    .filter((o) => commonFamilies(ipSide(o.source), ipSide(o.destination)).length === 0)
    .map((o): ConfigWarning => ({ code: 'no-common-family', params: { rule: o.ruleId } }));
  return [familyFile(model, firewall, 4, skipped), familyFile(model, firewall, 6, skipped)];
}
