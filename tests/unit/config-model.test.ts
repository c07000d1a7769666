import { describe, expect, it } from 'vitest';
import { commonFamilies, ipSide, isAnyEndpoint, pruneCovered, resolveEndpoint } from '../../src/shared/domain/config/addressing';
import { CONFIG_FORMATS, configFormat } from '../../src/shared/domain/config/formats';
import { buildConfigModel, endpointsOf, sideOf } from '../../src/shared/domain/config/model';
import { FIREWALLS } from '../../src/shared/domain/zones';
import { DOC_ADDRESSES, endpoint, syntheticView, topologyViews } from './configFixtures';

const ids = (openings: readonly { ruleId: string }[]) => openings.map((o) => o.ruleId);

describe('buildConfigModel', () => {
  it('sorts each rule to the firewall it crosses, and lists rules within one zone apart', () => {
    const single = buildConfigModel(topologyViews('single-public'), {});
    expect([single.firewalls.external.length, single.firewalls.internal.length, single.noFirewall.length]).toEqual([23, 9, 0]);
    const director = buildConfigModel(topologyViews('director-single'), {});
    expect(director.firewalls.external).toEqual([]);
    expect(ids(director.firewalls.internal)).toEqual([
      'reverse-proxy-http-8080-director',
      'reverse-proxy-https-4443-director',
      'edge-internal-sip-5061-director',
      'director-sip-5061-edge-internal',
    ]);
    expect(ids(director.noFirewall)).toEqual([
      'director-https-444-front-end',
      'internal-clients-http-80-director',
      'internal-clients-https-443-director',
      'director-cls-50001-50003',
    ]);
    expect(director.noFirewall[0]).toMatchObject({ from: 'internal', to: 'internal', direction: 'lateral' });
    const proxy = buildConfigModel(topologyViews('reverse-proxy'), {});
    expect(ids(proxy.firewalls.external)).toEqual(['reverse-proxy-http-80-in', 'reverse-proxy-https-443-in']);
    expect(proxy.firewalls.internal).toHaveLength(5);
  });

  it('gives each opening the sides of the firewall it enters and leaves, its ports and its documents', () => {
    const model = buildConfigModel(topologyViews('single-public'), DOC_ADDRESSES);
    expect(model.firewalls.external.find((o) => o.ruleId === 'xmpp-5269-in')).toMatchObject({
      from: 'internet',
      to: 'perimeter',
      direction: 'inbound',
      transport: 'tcp',
      ports: [{ from: 5269, to: 5269 }],
      sourcePorts: [],
      documents: ['JJ618373', 'JJ618371', 'JJ204756', 'JJ205394'],
    });
    expect(model.firewalls.external.find((o) => o.ruleId === 'av-stun-tcp-443-out')).toMatchObject({
      from: 'perimeter',
      to: 'internet',
      sourcePorts: [{ from: 50000, to: 59999 }],
    });
    expect(model.firewalls.internal.find((o) => o.ruleId === 'edge-internal-sip-5061-out')).toMatchObject({
      from: 'perimeter',
      to: 'internal',
    });
  });

  it('puts a rule that crosses both firewalls in both, with each firewall’s sides', () => {
    const net = endpoint('internet-any', 'internet', 'party');
    const lan = endpoint('lan', 'internal');
    const model = buildConfigModel(
      [
        syntheticView({ id: 'in', source: net, destination: lan, ports: [{ from: 1, to: 1 }] }),
        syntheticView({ id: 'out', source: lan, destination: net, ports: [{ from: 2, to: 2 }] }),
      ],
      {},
    );
    expect(model.firewalls.external.map((o) => [o.ruleId, o.from, o.to])).toEqual([
      ['in', 'internet', 'perimeter'],
      ['out', 'perimeter', 'internet'],
    ]);
    expect(model.firewalls.internal.map((o) => [o.ruleId, o.from, o.to])).toEqual([
      ['in', 'perimeter', 'internal'],
      ['out', 'internal', 'perimeter'],
    ]);
  });

  it('resolves each endpoint once and lists them in order of first use', () => {
    const model = buildConfigModel(topologyViews('single-public'), DOC_ADDRESSES);
    const [a, b] = model.firewalls.internal;
    expect(a!.source).toBe(b!.source);
    expect(endpointsOf(model.firewalls.internal).map((e) => e.id)).toEqual(['internal-any', 'edge-internal']);
    expect(Object.keys(model.endpoints)).toContain('access-edge-external');
  });

  it('reads only the endpoint’s own entries (no prototype keys)', () => {
    const odd = endpoint('constructor', 'perimeter');
    const model = buildConfigModel(
      [syntheticView({ id: 'r', source: endpoint('internet-any', 'internet', 'party'), destination: odd, ports: [{ from: 1, to: 1 }] })],
      JSON.parse('{"__proto__": ["192.0.2.1"]}'),
    );
    expect(model.endpoints.constructor).toMatchObject({ kind: 'placeholder', ipv4: [], ipv6: [], fqdn: [] });
  });

  it('knows which side of each firewall a zone is on', () => {
    expect(FIREWALLS.map((f) => [sideOf(f, 'internet'), sideOf(f, 'perimeter'), sideOf(f, 'internal')])).toEqual([
      ['internet', 'perimeter', 'perimeter'],
      ['perimeter', 'perimeter', 'internal'],
    ]);
  });
});

describe('endpoint addresses', () => {
  const any = endpoint('internet-any', 'internet', 'party');
  it('"Any" on the Internet is any; "Any" inside and endpoints without an address are placeholders', () => {
    expect(isAnyEndpoint(any)).toBe(true);
    expect(isAnyEndpoint(endpoint('internal-any', 'internal', 'party'))).toBe(true);
    expect(isAnyEndpoint(endpoint('internet-any', 'internet', 'interface'))).toBe(false);
    expect(isAnyEndpoint(endpoint('internet-dns', 'internet', 'party'))).toBe(false);
    expect(resolveEndpoint(any, undefined).kind).toBe('any');
    expect(resolveEndpoint(any, ['203.0.113.0/24'])).toMatchObject({ kind: 'addresses', ipv4: ['203.0.113.0/24'] });
    expect(resolveEndpoint(endpoint('internal-any', 'internal', 'party'), []).kind).toBe('placeholder');
    expect(resolveEndpoint(endpoint('edge', 'perimeter'), undefined).kind).toBe('placeholder');
  });

  it('splits entries by kind, normalises them and keeps the ones that fail validation apart', () => {
    expect(
      resolveEndpoint(endpoint('x', 'perimeter'), [
        '192.0.2.1/32',
        '2001:DB8::1',
        'Sip.Example.COM.',
        'sip.example.com',
        '10.0.0.300',
        '10.0.0.1/8',
        '198.51.100.0/24',
      ]),
    ).toEqual({
      id: 'x',
      zone: 'perimeter',
      kind: 'addresses',
      ipv4: ['192.0.2.1', '198.51.100.0/24'],
      ipv6: ['2001:db8::1'],
      fqdn: ['sip.example.com'],
      rejected: ['10.0.0.300', '10.0.0.1/8'],
    });
    expect(resolveEndpoint(endpoint('y', 'perimeter'), ['nope..', '']).kind).toBe('placeholder');
    expect(resolveEndpoint(endpoint('z', 'perimeter'), ['sip.example.com'])).toMatchObject({
      kind: 'addresses',
      ipv4: [],
      fqdn: ['sip.example.com'],
    });
  });

  it('drops entries another entry covers, keeping the first of equals', () => {
    expect(pruneCovered(['10.1.0.0/16', '10.0.0.1', '10.0.0.0/8', '192.0.2.1', '10.0.0.0/8'])).toEqual(['10.0.0.0/8', '192.0.2.1']);
    expect(pruneCovered(['192.0.2.1/32', '192.0.2.1', '192.0.2.2'])).toEqual(['192.0.2.1', '192.0.2.2']);
    expect(pruneCovered(['10.0.0.0/24', '10.0.1.0/24'])).toEqual(['10.0.0.0/24', '10.0.1.0/24']);
    expect(pruneCovered(['2001:db8:1::1', '2001:db8::/32', '2001:db9::/32', '2001:db8::/32'])).toEqual(['2001:db8::/32', '2001:db9::/32']);
    expect(pruneCovered(['0.0.0.0/0', '203.0.113.7'])).toEqual(['0.0.0.0/0']);
    expect(pruneCovered([])).toEqual([]);
  });

  it('gives IP-only formats the families both sides share', () => {
    const e = (entries: string[], id = 'e') => ipSide(resolveEndpoint(endpoint(id, 'perimeter'), entries));
    const anySide = ipSide(resolveEndpoint(any, undefined));
    expect(anySide).toEqual({ type: 'any' });
    expect(e(['sip.example.com'])).toEqual({ type: 'placeholder' });
    expect(e(['192.0.2.1', '2001:db8::1'])).toEqual({ type: 'set', ipv4: ['192.0.2.1'], ipv6: ['2001:db8::1'] });
    expect(commonFamilies(anySide, e(['192.0.2.1']))).toEqual([4]);
    expect(commonFamilies(e(['2001:db8::1']), anySide)).toEqual([6]);
    expect(commonFamilies(e([]), e(['192.0.2.1', '2001:db8::1']))).toEqual([4, 6]);
    expect(commonFamilies(e(['192.0.2.1']), e(['2001:db8::1']))).toEqual([]);
    expect(commonFamilies(anySide, anySide)).toEqual([4, 6]);
  });
});

describe('format registry', () => {
  it('lists each format once with the files it produces', () => {
    expect(CONFIG_FORMATS.map((f) => [f.id, f.files.map((file) => `${file.part}.${file.extension}`)])).toEqual([
      ['nftables', ['main.nft']],
      ['iptables', ['ipv4.rules.v4', 'ipv6.rules.v6']],
      ['asa', ['main.txt']],
      ['panos', ['main.txt']],
    ]);
    expect(configFormat('asa')?.label).toBe('Cisco ASA');
    expect(configFormat('pf')).toBeUndefined();
  });

  it('returns the files it announces, for both firewalls', () => {
    const model = buildConfigModel(topologyViews('single-public'), DOC_ADDRESSES);
    for (const format of CONFIG_FORMATS)
      for (const firewall of FIREWALLS) {
        const out = format.generate(model, firewall);
        expect(out.map((o) => ({ part: o.part, extension: o.extension }))).toEqual(format.files);
        for (const file of out) expect(file.text).toMatch(/REVIEW BEFORE APPLYING/);
      }
  });
});
