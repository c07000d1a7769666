import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import type { Flow } from '../../src/shared/domain/flow/flow';
import { matchFlow } from '../../src/shared/domain/flow/match';
import { indexEntered, inferZone, rangeClass } from '../../src/shared/domain/flow/zone';
import { DOC_ADDRESSES, topologyViews } from './configFixtures';

const single = topologyViews('single-public');
const tcp = (source: string, sourcePort: number | undefined, destination: string, destinationPort: number): Flow => ({
  source,
  destination,
  transport: 'tcp',
  destinationPort,
  ...(sourcePort === undefined ? {} : { sourcePort }),
});
const ids = (list: readonly { ruleId: string }[]) => list.map((m) => m.ruleId);
const kinds = (list: readonly { ruleId: string; kind: string }[]) => list.map((m) => [m.ruleId, m.kind]);

describe('matchFlow: the rules that allow a flow, and how', () => {
  it('matches "Any" on the Internet and an entered address', () => {
    const verdict = matchFlow(tcp('203.0.113.9', 52000, '198.51.100.10', 5269), single, DOC_ADDRESSES);
    expect(verdict.matches).toEqual([
      {
        ruleId: 'xmpp-5269-in',
        source: { endpoint: 'internet-any', how: 'any', zone: 'internet' },
        destination: { endpoint: 'access-edge-external', how: 'address', entry: '198.51.100.10' },
        port: { from: 5269, to: 5269 },
        sourcePort: { how: 'any' },
        direction: 'inbound',
        firewalls: ['external'],
      },
    ]);
    expect(verdict.nearMisses).toEqual([]);
    expect(verdict.sourceZone).toEqual({ basis: 'public', zones: ['internet'], endpoints: [] });
    expect(verdict.destinationZone).toEqual({ basis: 'assigned', zones: ['perimeter'], endpoints: ['access-edge-external'] });
  });

  it('matches an endpoint without addresses by its zone', () => {
    const verdict = matchFlow(tcp('203.0.113.9', 52000, '198.51.100.10', 443), single, DOC_ADDRESSES);
    expect(ids(verdict.matches)).toEqual(['access-sip-443-in', 'client-sip-443-in']);
    expect(verdict.matches[1]?.source).toEqual({ endpoint: 'external-clients', how: 'zone', zone: 'internet', fqdn: [] });
  });

  it('checks stated source ports, and says when the flow has none', () => {
    const stun = { source: '198.51.100.12', destination: '203.0.113.50', transport: 'udp', destinationPort: 3478 } as const;
    const withPort = matchFlow({ ...stun, sourcePort: 3478 }, single, DOC_ADDRESSES);
    expect(ids(withPort.matches)).toEqual(['av-stun-udp-3478-out', 'messenger-stun-3478-out']);
    expect(withPort.matches.map((m) => m.sourcePort)).toEqual([{ how: 'range', range: { from: 3478, to: 3478 } }, { how: 'any' }]);
    expect(ids(matchFlow({ ...stun, sourcePort: 40000 }, single, DOC_ADDRESSES).matches)).toEqual(['messenger-stun-3478-out']);
    expect(matchFlow(stun, single, DOC_ADDRESSES).matches[0]?.sourcePort).toEqual({ how: 'unknown', ranges: [{ from: 3478, to: 3478 }] });
  });

  it('reports the most specific entered network that holds the address', () => {
    const verdict = matchFlow(tcp('10.1.2.3', 40000, '192.0.2.10', 5061), single, {
      ...DOC_ADDRESSES,
      'internal-any': ['10.0.0.0/8', '10.1.0.0/16'],
    });
    expect(verdict.matches.map((m) => [m.ruleId, m.source])).toEqual([
      ['edge-internal-sip-5061-in', { endpoint: 'internal-any', how: 'address', entry: '10.1.0.0/16' }],
    ]);
    expect(matchFlow(tcp('192.0.2.130', 1, '192.0.2.10', 5061), single, DOC_ADDRESSES).matches[0]?.source).toEqual({
      endpoint: 'internal-any',
      how: 'address',
      entry: '192.0.2.128/25',
    });
  });

  it('without any address, a private address may be perimeter or internal, so both directions match', () => {
    const verdict = matchFlow(tcp('10.9.9.9', 40000, '10.8.8.8', 5061), single, {});
    expect(ids(verdict.matches)).toEqual(['edge-internal-sip-5061-in', 'edge-internal-sip-5061-out']);
    expect(verdict.matches[0]?.source).toEqual({ endpoint: 'internal-any', how: 'any', zone: 'internal' });
    expect(verdict.matches[0]?.destination).toEqual({ endpoint: 'edge-internal', how: 'zone', zone: 'perimeter', fqdn: [] });
  });

  it('does not match an address assigned to another endpoint by zone, nor a special address at all', () => {
    // 10.0.0.11 is the web conferencing interface: not the Access or A/V interface, although all are in the perimeter.
    const flow = tcp('203.0.113.9', 1, '10.0.0.11', 443);
    expect(ids(matchFlow(flow, single, { 'webconf-edge-external': ['10.0.0.11'] }).matches)).toEqual(['webconf-psom-443-in']);
    expect(ids(matchFlow(flow, single, {}).matches)).toEqual([
      'access-sip-443-in',
      'client-sip-443-in',
      'webconf-psom-443-in',
      'av-stun-tcp-443-in',
    ]);
    expect(matchFlow(tcp('127.0.0.1', 1, '198.51.100.10', 443), single, DOC_ADDRESSES).matches).toEqual([]);
    expect(matchFlow(tcp('203.0.113.9', 1, '192.0.2.10', 5061), single, DOC_ADDRESSES).matches).toEqual([]);
  });

  it('works for IPv6 and refuses an endpoint that has only the other family', () => {
    const v6 = { source: '2001:db8:ffff::1', destination: '2001:db8:100::12', transport: 'udp', destinationPort: 3478 } as const;
    expect(ids(matchFlow(v6, single, DOC_ADDRESSES).matches)).toEqual(['av-stun-udp-3478-in', 'messenger-stun-3478-in']);
    expect(matchFlow(tcp('2001:db8::9', 1, '2001:db8:100::11', 443), single, DOC_ADDRESSES).matches).toEqual([]);
  });

  it('lists the FQDN entries it could not use', () => {
    const verdict = matchFlow(tcp('198.51.100.10', 40000, '203.0.113.7', 5061), single, DOC_ADDRESSES);
    expect(verdict.matches.find((m) => m.ruleId === 'public-im-sip-5061-out')?.destination).toEqual({
      endpoint: 'public-im-partners',
      how: 'zone',
      zone: 'internet',
      fqdn: ['sip.pic.example'],
    });
  });
});

describe('matchFlow: near misses when nothing matches', () => {
  it('a source port outside the stated range, the opposite direction, the same port between other endpoints', () => {
    const verdict = matchFlow(tcp('198.51.100.12', 40000, '203.0.113.50', 443), single, DOC_ADDRESSES);
    expect(verdict.matches).toEqual([]);
    expect(kinds(verdict.nearMisses)).toEqual([
      ['av-stun-tcp-443-out', 'other-source-port'],
      ['av-rtp-tcp-out', 'other-port'],
      ['av-rtp-udp-out', 'other-port'],
      ['av-stun-udp-3478-out', 'other-port'],
      ['messenger-rtp-tcp-out', 'other-port'],
      ['messenger-stun-3478-out', 'other-port'],
      ['av-stun-tcp-443-in', 'reverse'],
      ['access-sip-443-in', 'other-endpoints'],
      ['client-sip-443-in', 'other-endpoints'],
      ['webconf-psom-443-in', 'other-endpoints'],
      ['edge-internal-stun-tcp-443', 'other-endpoints'],
    ]);
    expect(verdict.nearMisses[6]).toEqual({
      ruleId: 'av-stun-tcp-443-in',
      kind: 'reverse',
      source: { endpoint: 'internet-any', how: 'any', zone: 'internet' },
      destination: { endpoint: 'av-edge-external', how: 'address', entry: '198.51.100.12' },
    });
    expect(verdict.nearMisses[7]).toMatchObject({ source: null, destination: null });
  });

  it('the same endpoints on another port, and replies to connections the rules allow', () => {
    const verdict = matchFlow(tcp('198.51.100.10', 5061, '203.0.113.9', 52000), single, DOC_ADDRESSES);
    expect(verdict.matches).toEqual([]);
    expect(kinds(verdict.nearMisses)).toEqual([
      ['xmpp-5269-out', 'other-port'],
      ['sip-federation-5061-out', 'other-port'],
      ['public-im-sip-5061-out', 'other-port'],
      ['access-sip-5061-in', 'reply'],
      ['public-im-sip-5061-in', 'reply'],
      ['av-rtp-tcp-out', 'other-endpoints'],
      ['av-rtp-tcp-in', 'other-endpoints'],
      ['messenger-rtp-tcp-out', 'other-endpoints'],
    ]);
    expect(verdict.nearMisses.find((n) => n.ruleId === 'av-rtp-tcp-out')).toMatchObject({
      source: null,
      destination: { endpoint: 'internet-any', how: 'any' },
    });
  });

  it('another transport on the same endpoints is "other-port"', () => {
    const verdict = matchFlow(
      { source: '203.0.113.9', destination: '198.51.100.10', transport: 'udp', destinationPort: 5269 },
      single,
      DOC_ADDRESSES,
    );
    expect(verdict.matches).toEqual([]);
    expect(kinds(verdict.nearMisses).filter(([, kind]) => kind !== 'other-endpoints')).toEqual([
      ['xmpp-5269-in', 'other-port'],
      ['access-sip-443-in', 'other-port'],
      ['client-sip-443-in', 'other-port'],
      ['access-sip-5061-in', 'other-port'],
      ['public-im-sip-5061-in', 'other-port'],
    ]);
  });
});

describe('zone inference', () => {
  const v = (text: string) => ipaddr.parse(text);
  it('classifies ranges', () => {
    expect(['10.0.0.1', '172.31.0.1', '192.168.1.1', '100.64.0.1', 'fd00::1'].map((a) => rangeClass(v(a)))).toEqual(
      Array(5).fill('private'),
    );
    expect(
      ['127.0.0.1', '169.254.1.1', '224.0.0.1', '255.255.255.255', '0.0.0.0', '::1', 'fe80::1', 'ff02::1', '::', '100::1'].map((a) =>
        rangeClass(v(a)),
      ),
    ).toEqual(Array(10).fill('special'));
    expect(
      ['8.8.8.8', '192.0.2.1', '198.51.100.1', '203.0.113.1', '2001:db8::1', '2a00::1', '240.0.0.1'].map((a) => rangeClass(v(a))),
    ).toEqual(Array(7).fill('public'));
    expect(rangeClass(v('::ffff:10.0.0.1'))).toBe('private');
  });

  it('prefers what the user entered, listing every endpoint that holds the address', () => {
    const endpoints = single.flatMap((view) => [view.source, view.destination]);
    const entered = indexEntered(endpoints, {
      'edge-internal': ['10.0.0.0/8'],
      'internal-any': ['10.0.0.0/8', 'bad'],
      'internet-dns': ['dns.example'],
    });
    expect(inferZone(v('10.2.3.4'), entered)).toEqual({
      basis: 'assigned',
      zones: ['internal', 'perimeter'],
      endpoints: ['internal-any', 'edge-internal'],
    });
    expect(entered.get('internet-dns')).toMatchObject({ entries: [], fqdn: ['dns.example'] });
    expect(inferZone(v('172.16.0.1'), entered)).toEqual({ basis: 'private', zones: ['perimeter', 'internal'], endpoints: [] });
    expect(inferZone(v('fe80::1'), entered)).toEqual({ basis: 'special', zones: [], endpoints: [] });
  });
});
