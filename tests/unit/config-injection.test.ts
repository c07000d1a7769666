/**
 * Hostile text in the dataset, the addresses or the options never adds a line to a configuration:
 * every output is printable ASCII, still passes its parser or syntax check, and has exactly the
 * commands a harmless twin of the same rules has.
 */
import { describe, expect, it } from 'vitest';
import type { Assignments } from '../../src/shared/domain/addresses';
import { CONFIG_FORMATS } from '../../src/shared/domain/config/formats';
import { buildConfigModel, type ConfigOptions } from '../../src/shared/domain/config/model';
import type { ResolvedRule } from '../../src/shared/domain/rules';
import { FIREWALLS } from '../../src/shared/domain/zones';
import { endpoint, syntheticView } from './configFixtures';
import { checkIptables, checkNft, underMutationTesting } from './netfilterTools';
import { parseRuleset } from './nftEval';
import { checkAsaSyntax, checkPanosSyntax } from './vendorSyntax';

const EVIL_RULE = 'evil" accept\ntable inet pwn { chain c { type filter hook input priority 0; policy drop; } }\n# ';
const EVIL_ENDPOINT = 'edge;\n-A INPUT -j DROP\r\naccess-group x in interface outside\n\u202e邊緣 "q" $(reboot)';
const EVIL_PARTNER = "partner'\nset address pwn fqdn evil.example\n!";

function views(evil: boolean): ResolvedRule[] {
  const net = endpoint('internet-any', 'internet', 'party');
  const edge = endpoint(evil ? EVIL_ENDPOINT : 'edge', 'perimeter');
  const partner = endpoint(evil ? EVIL_PARTNER : 'partner', 'internet', 'party');
  const lan = endpoint('lan', 'internal');
  const list = [
    syntheticView({ id: evil ? EVIL_RULE : 'r1', source: net, destination: edge, ports: [{ from: 443, to: 443 }] }),
    syntheticView({
      id: evil ? `${EVIL_RULE}2` : 'r2',
      source: edge,
      destination: partner,
      ports: [{ from: 5061, to: 5061 }],
      sourcePorts: [{ from: 1024, to: 65535 }],
    }),
    syntheticView({
      id: evil ? `${EVIL_RULE}3` : 'r3',
      source: lan,
      destination: edge,
      transport: 'udp',
      ports: [{ from: 3478, to: 3478 }],
    }),
  ];
  for (const view of list)
    view.rule.provenance = [{ source: evil ? 'jj1\n! pwn "x"' : 'jj1', table: 1, row: 1, cells: { en: [], 'zh-TW': [] } }];
  return list;
}

const addresses = (evil: boolean): Assignments => ({
  [evil ? EVIL_ENDPOINT : 'edge']: [
    '198.51.100.7',
    '2001:db8::7',
    ...(evil ? ['10.0.0.1\n-A INPUT -j DROP', '1.1.1.1" drop', '; rm -rf /', 'host 1.1.1.1'] : []),
  ],
  [evil ? EVIL_PARTNER : 'partner']: ['sip.partner.example', '203.0.113.9'],
  lan: ['192.0.2.0/24'],
});
const options = (evil: boolean): ConfigOptions =>
  evil
    ? {
        asaInterfaces: { internet: 'outside\naccess-list x', perimeter: 'dmz "a"' },
        panosZones: { internet: 'untrust\ndelete rulebase', perimeter: 'dmz;' },
      }
    : {
        asaInterfaces: { internet: 'outside_access-list_x', perimeter: 'dmz__a_' },
        panosZones: { internet: 'untrust_delete_rulebase', perimeter: 'dmz_' },
      };

/** Lines that are not comments: the commands a device would run. */
const commands = (text: string) => text.split('\n').filter((line) => line.trim() !== '' && !/^\s*[#!]/.test(line));
/** Commands with every name and comment replaced by a token, to compare the shape of two outputs. */
const shape = (text: string) =>
  commands(text).map((line) =>
    line
      .replace(/( remark | description )(?!").*$/, '$1…')
      .replace(/"[^"]*"/g, '"…"')
      .replace(/[A-Za-z0-9_.:/-]*[A-Za-z][A-Za-z0-9_.:/-]*/g, (w) =>
        /^(set|tcp|udp|ip6?|access-list|extended|permit|object|object-group|network|network-object|host|any|eq|range|inactive|-A|FORWARD|-s|-d|-p|-m|--sport|--dport|comment|--comment|-j|ACCEPT|saddr|daddr|sport|dport|accept|address|address-group|service|rulebase|security|rules|static|fqdn|ip-netmask|description|disabled|yes|protocol|port|source-port|from|to|source|destination|source-user|category|application|action|allow|\*filter|COMMIT|table|inet|delete|chain|type|hook|priority|policy|filter|forward|flags|interval|elements|ipv4_addr|ipv6_addr|access-group|in|interface)$/.test(
          w,
        )
          ? w
          : 'NAME',
      ),
  );

describe('hostile text never becomes a configuration line', () => {
  for (const format of CONFIG_FORMATS)
    for (const firewall of FIREWALLS)
      it(`${format.id}, ${firewall} firewall`, () => {
        const hostile = format.generate(buildConfigModel(views(true), addresses(true)), firewall, options(true));
        const twin = format.generate(buildConfigModel(views(false), addresses(false)), firewall, options(false));
        expect(hostile.map((f) => f.part)).toEqual(twin.map((f) => f.part));
        hostile.forEach((file, i) => {
          expect(file.text).toMatch(/^[\x20-\x7e\n\t]*$/);
          expect(shape(file.text)).toEqual(shape(twin[i]!.text));
          expect(commands(file.text).length).toBeGreaterThan(0);
          for (const line of commands(file.text))
            expect(line).not.toMatch(/pwn \{|^-A INPUT|^access-group x|^set address pwn|^delete rulebase|\$\(|reboot\)|rm -rf/);
        });
        const text = hostile[0]!.text;
        if (format.id === 'nftables') {
          if (!underMutationTesting) expect(checkNft([{ name: 'hostile', text }])).toEqual({ ok: true, output: '' });
          expect(parseRuleset(text).rules.length).toBe(parseRuleset(twin[0]!.text).rules.length);
          expect(text.match(/^(delete )?table /gm)).toEqual(['table ', 'delete table ', 'table ']);
        }
        if (format.id === 'iptables') {
          if (!underMutationTesting) {
            expect(checkIptables(4, [{ name: 'hostile-v4', text }])).toEqual({ ok: true, output: '' });
            expect(checkIptables(6, [{ name: 'hostile-v6', text: hostile[1]!.text }])).toEqual({ ok: true, output: '' });
          }
          for (const line of commands(text)) expect(line).toMatch(/^(\*filter|COMMIT|-A FORWARD .* -j ACCEPT)$/);
        }
        if (format.id === 'asa') expect(checkAsaSyntax(text)).toEqual([]);
        if (format.id === 'panos') expect(checkPanosSyntax(text, ['untrust_delete_rulebase', 'dmz_', 'trust'])).toEqual([]);
      });

  it('reports the entries it left out, as data', () => {
    const out = CONFIG_FORMATS[0].generate(buildConfigModel(views(true), addresses(true)), 'external');
    expect(out[0]!.warnings.filter((w) => w.code === 'invalid-address').map((w) => w.params)).toEqual([
      { endpoint: EVIL_ENDPOINT, value: '10.0.0.1\n-A INPUT -j DROP' },
      { endpoint: EVIL_ENDPOINT, value: '1.1.1.1" drop' },
      { endpoint: EVIL_ENDPOINT, value: '; rm -rf /' },
      { endpoint: EVIL_ENDPOINT, value: 'host 1.1.1.1' },
    ]);
  });
});
