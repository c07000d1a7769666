import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Assignments } from '../../src/shared/domain/addresses';
import { generateAsa } from '../../src/shared/domain/config/asa';
import { buildConfigModel, type ConfigOptions } from '../../src/shared/domain/config/model';
import type { Zone } from '../../src/shared/domain/schema';
import { FIREWALLS, type Firewall } from '../../src/shared/domain/zones';
import { ADDRESS_VARIANTS, DOC_ADDRESSES, TOPOLOGIES, topologyViews } from './configFixtures';
import { golden } from './golden';
import { checkAsaSyntax } from './vendorSyntax';

const asa = (topology: string, firewall: Firewall, addresses: Assignments = DOC_ADDRESSES, options?: ConfigOptions) =>
  generateAsa(buildConfigModel(topologyViews(topology), addresses), firewall, options)[0]!;

const GOLDEN = [
  ['single-public', 'external'],
  ['single-public', 'internal'],
  ['scaled-hlb', 'external'],
  ['scaled-hlb', 'internal'],
] as const;

describe('Cisco ASA golden files (documentation addresses, RFC 5737 and RFC 3849)', () => {
  it.each(GOLDEN)('%s, %s firewall: the output is its golden file', (topology, firewall) => {
    const out = asa(topology, firewall);
    expect(out.text).toBe(golden(`${topology}.${firewall}.asa.txt`, out.text));
  });

  it.each(GOLDEN)('%s, %s firewall: every line of the golden file is a documented command form', (topology, firewall) => {
    const text = readFileSync(new URL(`../fixtures/config/${topology}.${firewall}.asa.txt`, import.meta.url), 'utf8');
    expect(checkAsaSyntax(text)).toEqual([]);
  });

  it('the syntax check finds what the documentation does not allow', () => {
    const bad = [
      'object-group network G',
      ' network-object 10.0.0.0 255.0.255.0',
      ' network-object host 10.0.0.256',
      'access-list A extended permit tcp object-group G any eq 70000',
      'access-list A extended permit tcp object-group NOPE any eq 1',
      'access-list A extended permit tcp any any range 9 8',
      `access-list A remark ${'x'.repeat(101)}`,
      'access-list B extended permit tcp any any eq 1 inactive log',
      'access-group A in interface outside',
      'access-group A in interface dmz',
      'object-group network G',
      'access-list C extended permit udp any any eq 1',
    ].join('\n');
    expect(checkAsaSyntax(bad).map((issue) => issue.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 10, 11, 0]);
    expect(checkAsaSyntax(bad).at(-1)?.problem).toBe('ACL never bound with access-group');
  });
});

/** The ACL of the interface a connection enters, as the admin would name it (defaults: outside, dmz, inside). */
const ACL: Record<Firewall, Partial<Record<Zone, string>>> = {
  external: { internet: 'LYNC-OUTSIDE-IN', perimeter: 'LYNC-DMZ-IN' },
  internal: { perimeter: 'LYNC-DMZ-IN', internal: 'LYNC-INSIDE-IN' },
};

describe('every rule crossing the firewall appears exactly once, with its protocol, ports and endpoints', () => {
  const cases = TOPOLOGIES.flatMap((t) => ['documentation', 'none', 'ipv6-only'].flatMap((v) => FIREWALLS.map((f) => [t, v, f] as const)));
  it.each(cases)('%s, %s addresses, %s firewall', (topology, variant, firewall) => {
    const addresses = ADDRESS_VARIANTS[variant]!;
    const lines = asa(topology, firewall, addresses).text.split('\n');
    const ref = (id: string) =>
      (addresses[id] ?? []).length > 0 ? `object-group LYNC-${id}` : id === 'internet-any' ? 'any' : `object PLACEHOLDER-${id}`;
    const port = (r: { from: number; to: number }) => (r.from === r.to ? ` eq ${r.from}` : ` range ${r.from} ${r.to}`);
    const views = topologyViews(topology).filter((v) => v.firewalls.includes(firewall));
    for (const { rule, source, destination } of views) {
      const acl =
        ACL[firewall][
          firewall === 'external'
            ? source.zone === 'internet'
              ? 'internet'
              : 'perimeter'
            : source.zone === 'internal'
              ? 'internal'
              : 'perimeter'
        ];
      const remarks = lines.flatMap((line, i) => (line.startsWith(`access-list ${acl} remark ${rule.id}:`) ? [i] : []));
      expect(remarks, rule.id).toHaveLength(1);
      const after = lines.slice(remarks[0]! + 1);
      const aces = after.slice(
        0,
        after.findIndex((line) => !line.startsWith(`access-list ${acl} extended `)),
      );
      const inactive = ref(source.id).startsWith('object ') || ref(destination.id).startsWith('object ') ? ' inactive' : '';
      const expected = (rule.sourcePorts ?? [undefined]).flatMap((sp) =>
        rule.ports.map(
          (dp) =>
            `access-list ${acl} extended permit ${rule.transport} ${ref(source.id)}${sp ? port(sp) : ''} ${ref(destination.id)}${port(dp)}${inactive}`,
        ),
      );
      expect(aces, rule.id).toEqual(expected);
      expect(lines.filter((line) => line.includes(` remark ${rule.id}:`))).toHaveLength(1);
    }
    expect(lines.filter((line) => / remark /.test(line))).toHaveLength(views.length);
  });

  it('puts each entered address in its endpoint group, and FQDNs in fqdn objects', () => {
    const text = asa('scaled-hlb', 'external').text;
    expect(text).toContain(
      'object-group network LYNC-federated-partners\n description federated-partners\n network-object 203.0.113.0 255.255.255.0\n network-object object LYNC-federated-partners-FQDN-1\n',
    );
    expect(text).toContain('object network LYNC-federated-partners-FQDN-1\n fqdn v4 sip.partner.example\n');
    expect(text).toContain(
      'object-group network LYNC-av-edge-vip\n description av-edge-vip\n network-object host 198.51.100.22\n network-object host 2001:db8:100::22\n',
    );
    const internal = asa('single-public', 'internal').text;
    expect(internal).toContain(' network-object 192.0.2.128 255.255.255.128\n network-object 2001:db8:200::/48\n');
  });

  it('binds one ACL per ingress interface and says it replaces the current binding', () => {
    const text = asa('single-public', 'external').text;
    expect(text.split('\n').filter((line) => line.startsWith('access-group'))).toEqual([
      'access-group LYNC-OUTSIDE-IN in interface outside',
      'access-group LYNC-DMZ-IN in interface dmz',
    ]);
    expect(text).toContain('! LYNC-OUTSIDE-IN: traffic entering interface outside, to dmz\n');
    expect(text).toContain('! LYNC-DMZ-IN: traffic entering interface dmz, to outside\n');
    expect(text).toContain('! access-group REPLACES the access list bound to that interface');
    expect(asa('single-public', 'internal').text).toContain(
      'access-group LYNC-DMZ-IN in interface dmz\naccess-group LYNC-INSIDE-IN in interface inside\n',
    );
  });

  it('takes interface names from the options, made valid', () => {
    const out = asa('single-public', 'external', DOC_ADDRESSES, {
      asaInterfaces: { internet: 'OUTSIDE-1', perimeter: 'edge dmz\naccess-group X' },
    });
    expect(out.text).toContain('access-group LYNC-OUTSIDE-1-IN in interface OUTSIDE-1\n');
    expect(out.text).toContain('access-group LYNC-EDGE_DMZ_ACCESS-GROUP_X-IN in interface edge_dmz_access-group_X\n');
    expect(out.text).toContain('! Interfaces (nameif): internet = OUTSIDE-1, perimeter = edge_dmz_access-group_X;');
    expect(checkAsaSyntax(out.text)).toEqual([]);
  });

  it('lists placeholders in the warnings, header first', () => {
    const out = asa('single-public', 'external');
    expect(out.warnings).toEqual([
      { code: 'placeholder', params: { endpoint: 'external-clients', object: 'PLACEHOLDER-external-clients' } },
      { code: 'placeholder', params: { endpoint: 'live-messenger-clients', object: 'PLACEHOLDER-live-messenger-clients' } },
    ]);
    expect(out.text).toMatch(/^! WARNINGS \(2\):\n! {3}- PLACEHOLDER PLACEHOLDER-external-clients: /m);
    expect(out.text.indexOf('! WARNINGS')).toBeLessThan(out.text.indexOf('\nobject'));
  });
});
