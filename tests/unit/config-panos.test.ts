import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Assignments } from '../../src/shared/domain/addresses';
import { buildConfigModel, type ConfigOptions } from '../../src/shared/domain/config/model';
import { generatePanos } from '../../src/shared/domain/config/panos';
import type { Zone } from '../../src/shared/domain/schema';
import { FIREWALLS, type Firewall } from '../../src/shared/domain/zones';
import { ADDRESS_VARIANTS, DOC_ADDRESSES, TOPOLOGIES, topologyViews } from './configFixtures';
import { golden } from './golden';
import { checkPanosSyntax } from './vendorSyntax';

const panos = (topology: string, firewall: Firewall, addresses: Assignments = DOC_ADDRESSES, options?: ConfigOptions) =>
  generatePanos(buildConfigModel(topologyViews(topology), addresses), firewall, options)[0]!;
const ZONE_NAMES = ['untrust', 'dmz', 'trust'];

const GOLDEN = [
  ['single-public', 'external'],
  ['single-public', 'internal'],
  ['scaled-hlb', 'external'],
  ['scaled-hlb', 'internal'],
] as const;

describe('PAN-OS golden files (documentation addresses, RFC 5737 and RFC 3849)', () => {
  it.each(GOLDEN)('%s, %s firewall: the output is its golden file', (topology, firewall) => {
    const out = panos(topology, firewall);
    expect(out.text).toBe(golden(`${topology}.${firewall}.panos.txt`, out.text));
  });

  it.each(GOLDEN)('%s, %s firewall: every line of the golden file is a documented command form', (topology, firewall) => {
    const text = readFileSync(new URL(`../fixtures/config/${topology}.${firewall}.panos.txt`, import.meta.url), 'utf8');
    expect(checkPanosSyntax(text, ZONE_NAMES)).toEqual([]);
  });

  it('the syntax check finds what the documentation does not allow', () => {
    const bad = [
      'set address A ip-netmask 10.0.0.0/33',
      'set address B fqdn not_a_name',
      'set address-group G static [ A NOPE ]',
      'set service S protocol tcp port 0',
      'set service T protocol udp port 9-8',
      'set rulebase security rules R from untrust to moon source A destination any source-user any category any application any service S action allow',
      'set rulebase security rules Q description "x"',
      `set address ${'x'.repeat(64)} fqdn a.example`,
      'set rulebase security rules R from untrust to dmz source A destination any source-user any category any application any service NOPE action allow',
      'set address A fqdn a.example',
    ].join('\n');
    expect(checkPanosSyntax(bad, ZONE_NAMES).map((issue) => issue.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10]);
  });
});

const ZONE: Record<Zone, string> = { internet: 'untrust', perimeter: 'dmz', internal: 'trust' };
const side = (firewall: Firewall, zone: Zone): Zone =>
  firewall === 'external' ? (zone === 'internet' ? 'internet' : 'perimeter') : zone === 'internal' ? 'internal' : 'perimeter';

describe('every rule crossing the firewall appears exactly once, with its zones, protocol, ports and endpoints', () => {
  const cases = TOPOLOGIES.flatMap((t) => ['documentation', 'none', 'ipv6-only'].flatMap((v) => FIREWALLS.map((f) => [t, v, f] as const)));
  it.each(cases)('%s, %s addresses, %s firewall', (topology, variant, firewall) => {
    const addresses = ADDRESS_VARIANTS[variant]!;
    const lines = panos(topology, firewall, addresses).text.split('\n');
    const ref = (id: string) => ((addresses[id] ?? []).length > 0 ? `LYNC-${id}` : id === 'internet-any' ? 'any' : `PLACEHOLDER-${id}`);
    const ports = (ranges: { from: number; to: number }[]) =>
      ranges.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`)).join(',');
    const views = topologyViews(topology).filter((v) => v.firewalls.includes(firewall));
    for (const { rule, source, destination } of views) {
      const prefix = `set rulebase security rules ${rule.id} `;
      const own = lines.filter((line) => line.startsWith(prefix));
      const main = own.filter((line) => line.startsWith(`${prefix}from `));
      expect(main, rule.id).toHaveLength(1);
      const m = / from (\S+) to (\S+) source (\S+) destination (\S+) .* service (\S+) action allow$/.exec(main[0]!);
      expect(m?.slice(1, 5), rule.id).toEqual([
        ZONE[side(firewall, source.zone)],
        ZONE[side(firewall, destination.zone)],
        ref(source.id),
        ref(destination.id),
      ]);
      const service = lines.filter((line) => line.startsWith(`set service ${m?.[5]} `));
      const sourcePorts = rule.sourcePorts ? ` source-port ${ports(rule.sourcePorts)}` : '';
      expect(service, rule.id).toEqual([`set service ${m?.[5]} protocol ${rule.transport} port ${ports(rule.ports)}${sourcePorts}`]);
      const placeholder = ref(source.id).startsWith('PLACEHOLDER') || ref(destination.id).startsWith('PLACEHOLDER');
      expect(
        own.filter((line) => line === `${prefix}disabled yes`),
        rule.id,
      ).toHaveLength(placeholder ? 1 : 0);
      expect(own.filter((line) => line.startsWith(`${prefix}description "${rule.id}: ${source.id} to ${destination.id}, `))).toHaveLength(
        1,
      );
      expect(own).toHaveLength(placeholder ? 3 : 2);
    }
    expect(lines.filter((line) => / from \S+ to \S+ source /.test(line))).toHaveLength(views.length);
  });

  it('defines each endpoint as address objects in a static group, FQDNs as fqdn objects', () => {
    const text = panos('scaled-hlb', 'external').text;
    expect(text).toContain(
      [
        'set address LYNC-federated-partners-1 ip-netmask 203.0.113.0/24',
        'set address LYNC-federated-partners-2 fqdn sip.partner.example',
        'set address-group LYNC-federated-partners static [ LYNC-federated-partners-1 LYNC-federated-partners-2 ]',
        'set address-group LYNC-federated-partners description "federated-partners"',
      ].join('\n'),
    );
    expect(text).toContain('set address LYNC-av-edge-vip-2 ip-netmask 2001:db8:100::22/128\n');
    expect(text).toContain('set service LYNC-TCP-443-SRC-50000-59999 protocol tcp port 443 source-port 50000-59999\n');
  });

  it('uses the zone names given in the options, made valid', () => {
    const out = panos('single-public', 'external', DOC_ADDRESSES, {
      panosZones: { internet: 'Internet Zone', perimeter: 'edge"; delete' },
    });
    expect(out.text).toContain('set rulebase security rules xmpp-5269-in from Internet_Zone to edge___delete source any ');
    expect(out.text).toContain('# Zones: internet = Internet_Zone, perimeter = edge___delete;');
    expect(checkPanosSyntax(out.text, ['Internet_Zone', 'edge___delete'])).toEqual([]);
  });

  it('makes placeholders .invalid FQDN objects, disables their rules and lists them', () => {
    const out = panos('single-public', 'external');
    expect(out.text).toContain('set address PLACEHOLDER-external-clients fqdn placeholder.invalid\n');
    expect(out.text).toContain('set rulebase security rules client-sip-443-in disabled yes\n');
    expect(out.warnings).toEqual([
      { code: 'placeholder', params: { endpoint: 'external-clients', object: 'PLACEHOLDER-external-clients' } },
      { code: 'placeholder', params: { endpoint: 'live-messenger-clients', object: 'PLACEHOLDER-live-messenger-clients' } },
    ]);
    expect(out.text).toMatch(/^# PAN-OS has no comment syntax|remove the lines$/m);
  });
});
