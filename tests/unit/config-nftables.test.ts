import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildConfigModel } from '../../src/shared/domain/config/model';
import { generateNftables } from '../../src/shared/domain/config/nftables';
import { FIREWALLS, type Firewall } from '../../src/shared/domain/zones';
import {
  ADDRESS_VARIANTS,
  allViews,
  assignmentsArbitrary,
  DOC_ADDRESSES,
  endpoint,
  syntheticView,
  TOPOLOGIES,
  topologyViews,
} from './configFixtures';
import { checkNft, underMutationTesting } from './netfilterTools';

const nft = (views: Parameters<typeof buildConfigModel>[0], addresses: Parameters<typeof buildConfigModel>[1], firewall: Firewall) =>
  generateNftables(buildConfigModel(views, addresses), firewall)[0]!;

describe.skipIf(underMutationTesting)('nft -c accepts every generated ruleset', () => {
  it.each(Object.entries(ADDRESS_VARIANTS))('all 9 topologies x both firewalls, addresses: %s', (variant, addresses) => {
    const files = TOPOLOGIES.flatMap((topology) =>
      FIREWALLS.map((firewall) => ({
        name: `${topology}-${firewall}-${variant}`,
        text: nft(topologyViews(topology), addresses, firewall).text,
      })),
    );
    expect(files).toHaveLength(18);
    expect(checkNft(files)).toEqual({ ok: true, output: '' });
  });

  it('the whole dataset at once, both firewalls', () => {
    const files = FIREWALLS.map((firewall) => ({ name: firewall, text: nft(allViews, ADDRESS_VARIANTS.mixed!, firewall).text }));
    expect(checkNft(files)).toEqual({ ok: true, output: '' });
  });

  it('random address sets (40 runs, both firewalls per nft process)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TOPOLOGIES), assignmentsArbitrary, (topology, addresses) => {
        const files = FIREWALLS.map((firewall) => ({ name: firewall, text: nft(topologyViews(topology), addresses, firewall).text }));
        expect(checkNft(files)).toEqual({ ok: true, output: '' });
      }),
      { numRuns: 40 },
    );
  }, 60_000); // dozens of tool processes: seconds, more on a busy 2-core machine

  it('rejects a broken ruleset (the check can fail)', () => {
    const text = nft(topologyViews('single-public'), DOC_ADDRESSES, 'external').text.replace('tcp dport 5269', 'tcp dport 70000');
    const result = checkNft([{ name: 'broken', text }]);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/broken\.nft.*Error/s);
  });
});

describe('nftables ruleset', () => {
  // Built inside each test (not when the file loads), so mutation testing sees the tests that use it.
  const external = () => nft(topologyViews('single-public'), DOC_ADDRESSES, 'external');
  const lines = () => external().text.split('\n');
  const rulesOf = (id: string) =>
    lines()
      .filter((line) => line.endsWith(`accept comment "${id}"`))
      .map((line) => line.trim());

  it('writes one rule per opening and address family, with the rule id as comment and source ports where stated', () => {
    expect(rulesOf('av-stun-tcp-443-out')).toEqual([
      'ip saddr @av_edge_external_v4 tcp sport 50000-59999 tcp dport 443 accept comment "av-stun-tcp-443-out"',
      'ip6 saddr @av_edge_external_v6 tcp sport 50000-59999 tcp dport 443 accept comment "av-stun-tcp-443-out"',
    ]);
    expect(rulesOf('av-stun-udp-3478-out')).toEqual([
      'ip saddr @av_edge_external_v4 udp sport 3478 udp dport 3478 accept comment "av-stun-udp-3478-out"',
      'ip6 saddr @av_edge_external_v6 udp sport 3478 udp dport 3478 accept comment "av-stun-udp-3478-out"',
    ]);
    expect(rulesOf('dns-udp-53-out')).toEqual([
      'ip saddr @access_edge_external_v4 ip daddr @internet_dns_v4 udp dport 53 accept comment "dns-udp-53-out"',
      'ip6 saddr @access_edge_external_v6 ip6 daddr @internet_dns_v6 udp dport 53 accept comment "dns-udp-53-out"',
    ]);
    expect(rulesOf('av-rtp-udp-in')).toEqual([
      'ip daddr @av_edge_external_v4 udp dport 50000-59999 accept comment "av-rtp-udp-in"',
      'ip6 daddr @av_edge_external_v6 udp dport 50000-59999 accept comment "av-rtp-udp-in"',
    ]);
  });

  it('writes a family only when both endpoints have it ("Any" on the Internet has both)', () => {
    expect(rulesOf('webconf-psom-443-in')).toEqual([
      'ip daddr @webconf_edge_external_v4 tcp dport 443 accept comment "webconf-psom-443-in"',
    ]);
    expect(rulesOf('crl-http-80-out')).toEqual([
      'ip saddr @access_edge_external_v4 ip daddr @internet_crl_v4 tcp dport 80 accept comment "crl-http-80-out"',
    ]);
  });

  it('puts only the firewall it crosses in each output', () => {
    expect(rulesOf('edge-internal-psom-8057')).toEqual([]);
    const internal = nft(topologyViews('single-public'), DOC_ADDRESSES, 'internal').text;
    expect(internal).toContain(
      '\t\tip saddr @internal_any_v4 ip daddr @edge_internal_v4 tcp dport 8057 accept comment "edge-internal-psom-8057"\n',
    );
    expect(internal).not.toContain('xmpp-5269-in');
    expect(internal).toContain('table inet lync_internal {');
  });

  it('declares each endpoint as interval sets with its entries', () => {
    const internal = nft(topologyViews('single-public'), DOC_ADDRESSES, 'internal').text;
    expect(internal).toContain(
      '\tset edge_internal_v4 {\n\t\ttype ipv4_addr\n\t\tflags interval\n\t\telements = { 192.0.2.10, 192.0.2.11 }\n\t}\n',
    );
    expect(external().text).toContain(
      '\tset access_edge_external_v6 {\n\t\ttype ipv6_addr\n\t\tflags interval\n\t\telements = { 2001:db8:100::10 }\n\t}\n',
    );
  });

  it('leaves placeholders empty, FQDNs out, and lists both in the warnings and the header', () => {
    expect(external().text).toContain('\tset PLACEHOLDER_external_clients_v4 {\n\t\ttype ipv4_addr\n\t\tflags interval\n\t}\n');
    expect(rulesOf('client-sip-443-in')[0]).toBe(
      'ip saddr @PLACEHOLDER_external_clients_v4 ip daddr @access_edge_external_v4 tcp dport 443 accept comment "client-sip-443-in"',
    );
    expect(external().warnings).toEqual([
      {
        code: 'placeholder',
        params: { endpoint: 'external-clients', object: 'PLACEHOLDER_external_clients_v4, PLACEHOLDER_external_clients_v6' },
      },
      {
        code: 'placeholder',
        params: { endpoint: 'public-im-partners', object: 'PLACEHOLDER_public_im_partners_v4, PLACEHOLDER_public_im_partners_v6' },
      },
      {
        code: 'placeholder',
        params: {
          endpoint: 'live-messenger-clients',
          object: 'PLACEHOLDER_live_messenger_clients_v4, PLACEHOLDER_live_messenger_clients_v6',
        },
      },
      { code: 'fqdn-omitted', params: { endpoint: 'public-im-partners', fqdn: 'sip.pic.example' } },
    ]);
    expect(external().text).toMatch(/^# WARNINGS \(4\):$/m);
    expect(external().text).toMatch(/^# {3}- FQDN left out: sip\.pic\.example \(public-im-partners\)/m);
    expect(external().text).not.toMatch(/^[^#].*sip\.pic\.example/m);
  });

  it('says what it does not do and keeps policy accept, explained, on a table it replaces', () => {
    expect(external().text.startsWith('# Lync Server 2013 Edge, external firewall (Internet <-> perimeter network): nftables\n')).toBe(
      true,
    );
    expect(external().text).toMatch(/^# REVIEW BEFORE APPLYING/m);
    for (const item of ['NAT statements', 'default policies', 'logging'])
      expect(external().text).toMatch(new RegExp(`^# {3}- ${item}`, 'm'));
    expect(external().text).toContain('table inet lync_external\ndelete table inet lync_external\ntable inet lync_external {\n');
    expect(external().text).toContain('\t\ttype filter hook forward priority filter; policy accept;\n');
    expect(external().text).toMatch(/# policy accept on purpose\./);
    expect(external().text).not.toMatch(/policy drop;/);
    expect(external().extension).toBe('nft');
  });

  it('does not write a rule whose endpoints share no family, and says so', () => {
    const out = nft(topologyViews('single-public'), { 'internal-any': ['10.0.0.0/8'], 'edge-internal': ['2001:db8::5'] }, 'internal');
    expect(out.text).not.toContain('accept comment "edge-internal-psom-8057"');
    expect(out.warnings).toContainEqual({ code: 'no-common-family', params: { rule: 'edge-internal-psom-8057' } });
    expect(out.warnings.filter((w) => w.code === 'no-common-family')).toHaveLength(9);
    expect(checkNft([{ name: 'no-family', text: out.text }]).ok).toBe(true);
  });

  it('writes several port ranges as an anonymous set; "Any" outside the Internet is a placeholder', () => {
    const web = endpoint('web', 'perimeter');
    const anyNet = endpoint('internet-any', 'internet', 'party');
    const views = [
      syntheticView({
        id: 'multi',
        source: anyNet,
        destination: web,
        ports: [
          { from: 80, to: 80 },
          { from: 8000, to: 8100 },
        ],
      }),
      syntheticView({
        id: 'any-to-any',
        source: anyNet,
        destination: endpoint('perimeter-any', 'perimeter', 'party'),
        ports: [{ from: 1, to: 1 }],
      }),
    ];
    const out = nft(views, { web: ['198.51.100.80'] }, 'external');
    expect(out.text).toContain('\t\tip daddr @web_v4 tcp dport { 80, 8000-8100 } accept comment "multi"\n');
    expect(out.text).toContain(
      '\t\tip daddr @PLACEHOLDER_perimeter_any_v4 tcp dport 1 accept comment "any-to-any"\n\t\tip6 daddr @PLACEHOLDER_perimeter_any_v6 tcp dport 1 accept comment "any-to-any"\n',
    );
    expect(checkNft([{ name: 'synthetic', text: out.text }])).toEqual({ ok: true, output: '' });
  });
});
