import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assignments } from '../../src/shared/domain/addresses';
import { generateIptables, multiportGroups, portMatches } from '../../src/shared/domain/config/iptables';
import { buildConfigModel } from '../../src/shared/domain/config/model';
import type { ResolvedRule } from '../../src/shared/domain/rules';
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
import { checkIptables, underMutationTesting } from './netfilterTools';

const files = (views: readonly ResolvedRule[], addresses: Assignments, firewall: Firewall) => {
  const [v4, v6] = generateIptables(buildConfigModel(views, addresses), firewall);
  return { v4: v4!, v6: v6! };
};
const OK = { ok: true, output: '' };

describe.skipIf(underMutationTesting)('iptables-restore --test and ip6tables-restore --test accept every generated file', () => {
  it.each(Object.entries(ADDRESS_VARIANTS))('all 9 topologies x both firewalls, addresses: %s', (variant, addresses) => {
    const out = TOPOLOGIES.flatMap((topology) =>
      FIREWALLS.map((firewall) => ({ name: `${topology}-${firewall}-${variant}`, ...files(topologyViews(topology), addresses, firewall) })),
    );
    expect(out).toHaveLength(18);
    expect(
      checkIptables(
        4,
        out.map((o) => ({ name: o.name, text: o.v4.text })),
      ),
    ).toEqual(OK);
    expect(
      checkIptables(
        6,
        out.map((o) => ({ name: o.name, text: o.v6.text })),
      ),
    ).toEqual(OK);
  });

  it('the whole dataset, both firewalls', () => {
    const out = FIREWALLS.map((firewall) => ({ name: firewall, ...files(allViews, ADDRESS_VARIANTS.mixed!, firewall) }));
    expect(
      checkIptables(
        4,
        out.map((o) => ({ name: o.name, text: o.v4.text })),
      ),
    ).toEqual(OK);
    expect(
      checkIptables(
        6,
        out.map((o) => ({ name: o.name, text: o.v6.text })),
      ),
    ).toEqual(OK);
  });

  it('random address sets (30 runs; both firewalls per process)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TOPOLOGIES), assignmentsArbitrary, (topology, addresses) => {
        const out = FIREWALLS.map((firewall) => ({ name: firewall, ...files(topologyViews(topology), addresses, firewall) }));
        expect(
          checkIptables(
            4,
            out.map((o) => ({ name: o.name, text: o.v4.text })),
          ),
        ).toEqual(OK);
        expect(
          checkIptables(
            6,
            out.map((o) => ({ name: o.name, text: o.v6.text })),
          ),
        ).toEqual(OK);
      }),
      { numRuns: 30 },
    );
  }, 60_000); // dozens of tool processes: seconds, more on a busy 2-core machine

  it('rejects a broken file and names it (the check can fail)', () => {
    const good = files(topologyViews('single-public'), DOC_ADDRESSES, 'external').v4.text;
    const result = checkIptables(4, [
      { name: 'good', text: good },
      { name: 'broken', text: good.replace('--dport 5269', '--dport 5269x') },
    ]);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/in broken at: -A FORWARD -d 198\.51\.100\.10 -p tcp -m tcp --dport 5269x/);
    expect(checkIptables(6, [{ name: 'v4-in-v6', text: good }]).ok).toBe(false);
  });
});

describe('iptables files', () => {
  // Built inside each test (not when the file loads), so mutation testing sees the tests that use it.
  const external = () => files(topologyViews('single-public'), DOC_ADDRESSES, 'external');
  const rulesOf = (text: string, id: string) => text.split('\n').filter((line) => line.includes(`--comment "${id}"`));

  it('writes one FORWARD rule per opening in the file of each family it has', () => {
    expect(rulesOf(external().v4.text, 'av-stun-tcp-443-out')).toEqual([
      '-A FORWARD -s 198.51.100.12 -p tcp -m tcp --sport 50000:59999 --dport 443 -m comment --comment "av-stun-tcp-443-out" -j ACCEPT',
    ]);
    expect(rulesOf(external().v6.text, 'av-stun-tcp-443-out')).toEqual([
      '-A FORWARD -s 2001:db8:100::12 -p tcp -m tcp --sport 50000:59999 --dport 443 -m comment --comment "av-stun-tcp-443-out" -j ACCEPT',
    ]);
    expect(rulesOf(external().v4.text, 'dns-udp-53-out')).toEqual([
      '-A FORWARD -s 198.51.100.10 -d 203.0.113.53 -p udp -m udp --dport 53 -m comment --comment "dns-udp-53-out" -j ACCEPT',
    ]);
    expect(rulesOf(external().v4.text, 'webconf-psom-443-in')).toHaveLength(1);
    expect(rulesOf(external().v6.text, 'webconf-psom-443-in')).toEqual([]);
    expect(rulesOf(external().v4.text, 'crl-http-80-out')).toHaveLength(1);
    expect(rulesOf(external().v6.text, 'crl-http-80-out')).toEqual([]);
  });

  it('lists several addresses of an endpoint in one rule', () => {
    const internal = files(topologyViews('single-public'), DOC_ADDRESSES, 'internal');
    expect(rulesOf(internal.v4.text, 'edge-internal-cls-50001-50003')).toEqual([
      '-A FORWARD -s 192.0.2.128/25 -d 192.0.2.10,192.0.2.11 -p tcp -m tcp --dport 50001:50003 -m comment --comment "edge-internal-cls-50001-50003" -j ACCEPT',
    ]);
  });

  it('comments out rules that need a placeholder and lists the placeholders', () => {
    expect(rulesOf(external().v4.text, 'client-sip-443-in')).toEqual([
      '# PLACEHOLDER -A FORWARD -s PLACEHOLDER_external-clients -d 198.51.100.10 -p tcp -m tcp --dport 443 -m comment --comment "client-sip-443-in" -j ACCEPT',
    ]);
    expect(external().v4.warnings).toEqual([
      { code: 'placeholder', params: { endpoint: 'external-clients', object: 'PLACEHOLDER_external-clients' } },
      { code: 'placeholder', params: { endpoint: 'public-im-partners', object: 'PLACEHOLDER_public-im-partners' } },
      { code: 'placeholder', params: { endpoint: 'live-messenger-clients', object: 'PLACEHOLDER_live-messenger-clients' } },
      { code: 'fqdn-omitted', params: { endpoint: 'public-im-partners', fqdn: 'sip.pic.example' } },
    ]);
    const uncommented = external()
      .v4.text.split('\n')
      .filter((line) => line.startsWith('-A'));
    expect(uncommented.some((line) => line.includes('PLACEHOLDER'))).toBe(false);
  });

  it('has the filter table, COMMIT, no chain policy, and how to load it without flushing', () => {
    for (const [file, tool] of [
      [external().v4, 'iptables-restore'],
      [external().v6, 'ip6tables-restore'],
    ] as const) {
      expect(file.text).toMatch(/\n\*filter\n/);
      expect(file.text.endsWith('\nCOMMIT\n')).toBe(true);
      expect(file.text).not.toMatch(/^:FORWARD/m);
      expect(file.text).toContain(`# Load with: ${tool} --noflush < FILE.`);
      expect(file.text).toMatch(/^# REVIEW BEFORE APPLYING/m);
    }
    expect([external().v4.part, external().v4.extension, external().v6.part, external().v6.extension]).toEqual([
      'ipv4',
      'rules.v4',
      'ipv6',
      'rules.v6',
    ]);
  });

  it('uses multiport for several ranges, one rule per group of 15 ports, and both port lists', () => {
    const web = endpoint('web', 'perimeter');
    const anyNet = endpoint('internet-any', 'internet', 'party');
    const many = Array.from({ length: 9 }, (_, i) => ({ from: 1000 + i * 10, to: 1000 + i * 10 + 1 }));
    const views = [
      syntheticView({
        id: 'two',
        source: anyNet,
        destination: web,
        ports: [
          { from: 80, to: 80 },
          { from: 8000, to: 8100 },
        ],
      }),
      syntheticView({
        id: 'many',
        source: web,
        destination: anyNet,
        transport: 'udp',
        ports: many,
        sourcePorts: [
          { from: 5, to: 5 },
          { from: 7, to: 9 },
        ],
      }),
    ];
    const out = files(views, { web: ['198.51.100.80', '2001:db8::80'] }, 'external');
    expect(rulesOf(out.v4.text, 'two')).toEqual([
      '-A FORWARD -d 198.51.100.80 -p tcp -m multiport --dports 80,8000:8100 -m comment --comment "two" -j ACCEPT',
    ]);
    expect(rulesOf(out.v6.text, 'many')).toEqual([
      '-A FORWARD -s 2001:db8::80 -p udp -m multiport --sports 5,7:9 -m multiport --dports 1000:1001,1010:1011,1020:1021,1030:1031,1040:1041,1050:1051,1060:1061 -m comment --comment "many" -j ACCEPT',
      '-A FORWARD -s 2001:db8::80 -p udp -m multiport --sports 5,7:9 -m multiport --dports 1070:1071,1080:1081 -m comment --comment "many" -j ACCEPT',
    ]);
    expect(checkIptables(4, [{ name: 'v4', text: out.v4.text }])).toEqual(OK);
    expect(checkIptables(6, [{ name: 'v6', text: out.v6.text }])).toEqual(OK);
  });
});

describe('port matches', () => {
  it('counts a range as two of the 15 multiport slots', () => {
    const singles = Array.from({ length: 16 }, (_, i) => ({ from: i + 1, to: i + 1 }));
    expect(multiportGroups(singles)).toEqual(['1,2,3,4,5,6,7,8,9,10,11,12,13,14,15', '16']);
    expect(multiportGroups([...singles.slice(0, 14), { from: 100, to: 200 }])).toEqual(['1,2,3,4,5,6,7,8,9,10,11,12,13,14', '100:200']);
    expect(multiportGroups([...singles.slice(0, 13), { from: 100, to: 200 }])).toEqual(['1,2,3,4,5,6,7,8,9,10,11,12,13,100:200']);
    expect(multiportGroups([])).toEqual([]);
  });

  it('uses the protocol match for one range, with the source port when stated', () => {
    expect(portMatches({ transport: 'udp', ports: [{ from: 3478, to: 3478 }], sourcePorts: [{ from: 3478, to: 3478 }] })).toEqual([
      '-m udp --sport 3478 --dport 3478',
    ]);
    expect(portMatches({ transport: 'tcp', ports: [{ from: 50000, to: 59999 }], sourcePorts: [] })).toEqual(['-m tcp --dport 50000:59999']);
    expect(
      portMatches({
        transport: 'tcp',
        ports: [{ from: 443, to: 443 }],
        sourcePorts: [
          { from: 1, to: 1 },
          { from: 2, to: 2 },
        ],
      }),
    ).toEqual(['-m multiport --sports 1,2 -m multiport --dports 443']);
  });
});

describe('no common address family', () => {
  it('writes neither file a rule between an IPv4-only and an IPv6-only endpoint, says so in both, and warns once per file', () => {
    const web = endpoint('web', 'perimeter');
    const partner = endpoint('partner', 'internet', 'party');
    const views = [syntheticView({ id: 'mixed', source: partner, destination: web, ports: [{ from: 443, to: 443 }] })];
    const out = files(views, { web: ['198.51.100.80'], partner: ['2001:db8::1'] }, 'external');
    for (const file of [out.v4, out.v6]) {
      expect(file.text).toContain('# mixed: partner to web, TCP 443, documents JJ204756\n# not written: no common address family\n');
      expect(file.text).toContain('Rule mixed not written: its source and destination share no address family');
      expect(file.text.split('\n').filter((line) => line.includes('-A FORWARD'))).toEqual([]);
      expect(file.warnings).toEqual([{ code: 'no-common-family', params: { rule: 'mixed' } }]);
    }
  });
});
