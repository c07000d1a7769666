/** Edges of flow parsing and matching that the format tests leave open: positions in multi-line input, boundaries, links. */
import { describe, expect, it } from 'vitest';
import {
  buildFlow,
  type Flow,
  flowError,
  parseFlowFields,
  parseHostAddress,
  parsePortNumber,
  parseTransport,
} from '../../src/shared/domain/flow/flow';
import { parseLogLine, readAsa, readNetfilter, readWindows } from '../../src/shared/domain/flow/logs';
import { matchFlow } from '../../src/shared/domain/flow/match';
import { decodeFlow, encodeFlow } from '../../src/shared/domain/flow/url';
import { indexDataset, resolveRules } from '../../src/shared/domain/rules';
import { loadShippedDataset } from './helpers';

const NETFILTER = 'IN=eth0 OUT= SRC=192.0.2.1 DST=192.0.2.2 LEN=60 PROTO=TCP SPT=50123 DPT=5061';

describe('flow fields', () => {
  it('reports each missing or wrong field in order, with its position and value', () => {
    const raw = { source: '192.0.2.1', destination: '192.0.2.2', transport: 'tcp', destinationPort: '443', sourcePort: '50000' };
    const positions = { source: 1, destination: 2, transport: 3, destinationPort: 4, sourcePort: 5 };
    const at = (patch: Partial<typeof raw>) => buildFlow({ ...raw, ...patch, positions });
    expect(at({ source: ' ' })).toEqual(flowError('missing-field', 'source', 1));
    expect(at({ destination: ' ' })).toEqual({ ok: false, error: { code: 'missing-field', field: 'destination', position: 2 } });
    expect(at({ destination: 'x' })).toEqual({
      ok: false,
      error: { code: 'invalid-address', field: 'destination', position: 2, value: 'x' },
    });
    expect(at({ destination: '2001:db8::1' })).toEqual({
      ok: false,
      error: { code: 'family-mismatch', field: 'destination', position: 2, value: '2001:db8::1' },
    });
    expect(at({ transport: '' })).toEqual({ ok: false, error: { code: 'missing-field', field: 'transport', position: 3 } });
    expect(at({ transport: 'icmp' })).toEqual({
      ok: false,
      error: { code: 'unsupported-protocol', field: 'transport', position: 3, value: 'icmp' },
    });
    expect(at({ destinationPort: ' ' })).toEqual({ ok: false, error: { code: 'missing-field', field: 'destinationPort', position: 4 } });
    expect(at({ sourcePort: '0' })).toEqual({ ok: false, error: { code: 'invalid-port', field: 'sourcePort', position: 5, value: '0' } });
    expect(at({ sourcePort: ' ' })).toEqual({
      ok: true,
      flow: { source: '192.0.2.1', destination: '192.0.2.2', transport: 'tcp', destinationPort: 443 },
    });
    expect(at({ transport: ' UDP ' })).toMatchObject({ ok: true, flow: { transport: 'udp', sourcePort: 50000 } });
  });

  it('leaves out a negative position and cuts a value at 64 characters', () => {
    expect(flowError('empty', 'line', -1)).toEqual({ ok: false, error: { code: 'empty', field: 'line' } });
    expect(flowError('empty', undefined, 0)).toEqual({ ok: false, error: { code: 'empty', position: 0 } });
    expect(flowError('invalid-port', 'sourcePort', 3, 'x'.repeat(70)).error.value).toBe('x'.repeat(64));
  });

  it('reads hosts, ports and transports strictly', () => {
    expect(parseHostAddress(' ::ffff:192.0.2.1 ')?.value).toBe('192.0.2.1');
    expect(parseHostAddress('fe80::1%eth0')).toBeUndefined();
    expect(parseHostAddress('192.0.2.1/32')).toBeUndefined();
    expect(parseHostAddress('host.example')).toBeUndefined();
    expect([' 1 ', '65535', '65536', '0', '123456', '1a'].map(parsePortNumber)).toEqual([
      1,
      65535,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect([' TCP ', '6', 'Udp', '17', 'sctp'].map(parseTransport)).toEqual(['tcp', 'tcp', 'udp', 'udp', undefined]);
  });
});

describe('log lines', () => {
  it('gives positions in the whole pasted text when the flow is on a later line', () => {
    const text = `garbage line\n${NETFILTER.replace('192.0.2.1', '192.0.2.999')}`;
    expect(parseLogLine(text)).toEqual({
      ok: false,
      error: { code: 'invalid-address', field: 'source', position: 13 + NETFILTER.indexOf('192.0.2.1'), value: '192.0.2.999' },
    });
    const noProto = 'x\nIN=eth0 SRC=192.0.2.1 DST=192.0.2.2 SPT=1 DPT=2';
    expect(parseLogLine(noProto)).toEqual({ ok: false, error: { code: 'missing-field', field: 'transport', position: noProto.length } });
    const noSpt = 'IN=eth0 SRC=192.0.2.1 DST=192.0.2.2 PROTO=TCP DPT=2';
    expect(parseLogLine(noSpt)).toEqual({ ok: false, error: { code: 'missing-field', field: 'sourcePort', position: noSpt.length } });
    expect(readNetfilter(NETFILTER, 100)).toMatchObject({ ok: true, format: 'netfilter' });
    expect(readNetfilter('SRC=192.0.2.1 DST=192.0.2.2 PROTO=GRE', 10)).toEqual({
      ok: false,
      error: { code: 'unsupported-protocol', field: 'transport', position: 10 + 34, value: 'GRE' },
    });
  });

  it('needs both SRC= and DST= for netfilter, and a whole protocol name', () => {
    expect(readNetfilter('IN=eth0 SRC=192.0.2.1 PROTO=TCP SPT=1 DPT=2')).toBeUndefined();
    expect(readNetfilter('IN=eth0 DST=192.0.2.1 PROTO=TCP SPT=1 DPT=2')).toBeUndefined();
    expect(readNetfilter('SRC=192.0.2.1 DST=192.0.2.2 PROTO=TCPX SPT=1 DPT=2')).toMatchObject({
      ok: false,
      error: { code: 'unsupported-protocol' },
    });
    expect(readNetfilter('SRC=192.0.2.1 DST=192.0.2.2 PROTO=XUDP SPT=1 DPT=2')).toMatchObject({
      ok: false,
      error: { code: 'unsupported-protocol' },
    });
    expect(readNetfilter('SRC=192.0.2.1 DST=192.0.2.2 PROTO=17 SPT=1 DPT=2')).toMatchObject({ ok: true, flow: { transport: 'udp' } });
  });

  it('reads ASA messages at an offset, and names an unsupported one where it starts', () => {
    const line =
      'Nov 26 10:00:00 fw : %ASA-4-106023: Deny tcp src outside:203.0.113.5/50123 dst dmz:198.51.100.10/443 by access-group "out" [0x0, 0x0]';
    expect(readAsa(line, 7)).toMatchObject({ ok: true, format: 'asa', action: 'deny', message: '106023', flow: { destinationPort: 443 } });
    const bad = line.replace('203.0.113.5', '203.0.113.500');
    expect(readAsa(bad, 7)).toEqual({
      ok: false,
      error: { code: 'invalid-address', field: 'source', position: 7 + bad.indexOf('203.0.113.500'), value: '203.0.113.500' },
    });
    expect(readAsa('xx %ASA-6-302013: Built inbound TCP connection', 5)).toEqual({
      ok: false,
      error: { code: 'unsupported-message', field: 'line', position: 8, value: '302013' },
    });
    const icmp = '%ASA-4-106023: Deny icmp src outside:203.0.113.5/0 dst dmz:198.51.100.10/0 by access-group "out"';
    expect(readAsa(icmp, 2)).toEqual({
      ok: false,
      error: { code: 'unsupported-protocol', field: 'transport', position: 2 + icmp.indexOf('icmp'), value: 'icmp' },
    });
    const garbled = '%ASA-4-106023: Deny tcp from nowhere';
    expect(readAsa(garbled, 3)).toEqual({ ok: false, error: { code: 'missing-field', field: 'source', position: 3 + 14 } });
    const permitted = '%ASA-6-106100: access-list in permitted udp outside/203.0.113.5(3478) -> dmz/198.51.100.10(3478) hit-cnt 1';
    expect(readAsa(permitted)).toMatchObject({ ok: true, action: 'allow', flow: { transport: 'udp', sourcePort: 3478 } });
    expect(readAsa(permitted.replace('permitted', 'denied'))).toMatchObject({ ok: true, action: 'deny' });
  });

  it('reads Windows lines after a #Fields header, with positions past the header, and the action', () => {
    const header = '#Fields: date time action protocol src-ip dst-ip src-port dst-port';
    const line = '2026-11-26 10:00:00 ALLOW TCP 192.0.2.1 192.0.2.2 - 443';
    expect(readWindows(`${header}\n${line}`)).toEqual({
      ok: false,
      error: { code: 'missing-field', field: 'sourcePort', position: header.length + 1 + line.indexOf(' - ') + 1 },
    });
    expect(readWindows(`${header}\n${line.replace(' - ', ' 5000 ')}`)).toMatchObject({
      ok: true,
      action: 'allow',
      flow: { sourcePort: 5000 },
    });
    expect(readWindows(`${header}\n${line.replace(' - ', ' 5000 ').replace('ALLOW', 'DROP')}`)).toMatchObject({ ok: true, action: 'deny' });
    const info = readWindows(`${header}\n${line.replace(' - ', ' 5000 ').replace('ALLOW', 'INFO-EVENTS-LOST')}`);
    expect(info).toMatchObject({ ok: true });
    expect(info).not.toHaveProperty('action');
    expect(readWindows(`${header}\n${line.replace(' - ', ' 5000 ').replace('ALLOW', 'OPEN-INBOUND')}`)).toMatchObject({ action: 'allow' });
    expect(readWindows(`${header}\n${line.replace(' - ', ' 5000 ').replace('ALLOW', 'XOPEN')}`)).not.toHaveProperty('action');
    expect(readWindows(`${header}\nnot a log line`)).toEqual({
      ok: false,
      error: { code: 'missing-field', field: 'line', position: header.length + 15 },
    });
    expect(readWindows('no header, no line')).toBeUndefined();
    expect(
      readWindows(
        '#Fields:   date  time action protocol src-ip dst-ip src-port dst-port\n2026-11-26 10:00:00 ALLOW UDP 192.0.2.1 192.0.2.2 5 6',
      ),
    ).toMatchObject({
      ok: true,
      flow: { transport: 'udp', sourcePort: 5, destinationPort: 6 },
    });
    expect(readWindows('x 2026-11-26 10:00:00 ALLOW UDP 192.0.2.1 192.0.2.2 5 6')).toBeUndefined();
  });

  it('refuses input above 8,192 characters, but not at 8,192', () => {
    expect(parseLogLine('x'.repeat(8193))).toEqual({ ok: false, error: { code: 'too-long', field: 'line', position: 8192 } });
    expect(parseLogLine(`${NETFILTER}${' '.repeat(8192 - NETFILTER.length)}`)).toMatchObject({ ok: true });
    expect(parseLogLine(' \n ')).toEqual({ ok: false, error: { code: 'empty', field: 'line' } });
    expect(parseLogLine('hello')).toEqual({ ok: false, error: { code: 'unknown-format', field: 'line', position: 0 } });
  });
});

describe('flows in links', () => {
  it('round-trips a flow with and without a source port', () => {
    const flow = { source: '203.0.113.5', destination: '2001:db8::1', transport: 'tcp' as const, destinationPort: 443 };
    expect(encodeFlow(flow)).toBe('tcp*203.0.113.5*2001:db8::1*443');
    expect(encodeFlow({ ...flow, destination: '198.51.100.1', sourcePort: 5 })).toBe('tcp*203.0.113.5*198.51.100.1*443*5');
    expect(decodeFlow(' udp*203.0.113.5*198.51.100.1*3478*3478 ')).toEqual({
      ok: true,
      flow: { transport: 'udp', source: '203.0.113.5', destination: '198.51.100.1', destinationPort: 3478, sourcePort: 3478 },
    });
  });

  it('refuses empty, long, short and over-long links', () => {
    expect(decodeFlow('  ')).toEqual({ ok: false, error: { code: 'empty', field: 'line' } });
    expect(decodeFlow(undefined as unknown as string)).toEqual({ ok: false, error: { code: 'empty', field: 'line' } });
    expect(decodeFlow(`tcp*1.1.1.1*2.2.2.2*1*${'1'.repeat(178)}`)).toMatchObject({ ok: false, error: { code: 'invalid-port' } });
    expect(decodeFlow(`tcp*1.1.1.1*2.2.2.2*1*${'1'.repeat(179)}`)).toEqual({
      ok: false,
      error: { code: 'too-long', field: 'line', position: 200 },
    });
    expect(decodeFlow('tcp*1.1.1.1*2.2.2.2')).toEqual({ ok: false, error: { code: 'missing-field', field: 'destinationPort' } });
    expect(decodeFlow('tcp*1.1.1.1*2.2.2.2*1*2*3')).toEqual({ ok: false, error: { code: 'unknown-format', field: 'line' } });
    expect(parseFlowFields({ transport: 'tcp', source: '1.1.1.1', destination: '2.2.2.2', destinationPort: '80' })).toMatchObject({
      ok: true,
    });
  });
});

describe('matching edges', () => {
  const views = resolveRules(indexDataset(loadShippedDataset()));
  const flow = (patch: Partial<Flow>): Flow => ({
    source: '10.0.0.5',
    destination: '203.0.113.5',
    transport: 'tcp',
    destinationPort: 40000,
    ...patch,
  });

  it('finds nothing for an unreadable address, with no zone', () => {
    const none = { basis: 'special', zones: [], endpoints: [] };
    expect(matchFlow(flow({ source: 'nope' }), views, {})).toEqual({
      matches: [],
      nearMisses: [],
      sourceZone: none,
      destinationZone: none,
    });
    expect(matchFlow(flow({ destination: 'nope' }), views, {})).toEqual({
      matches: [],
      nearMisses: [],
      sourceZone: none,
      destinationZone: none,
    });
  });

  it('calls a flow from the rule’s port back to its source a reply, with the rule’s endpoints swapped', () => {
    const verdict = matchFlow(flow({ sourcePort: 443 }), views, {});
    expect(verdict.matches).toEqual([]);
    const reply = verdict.nearMisses.find((n) => n.ruleId === 'access-sip-443-in');
    expect(reply).toEqual({
      ruleId: 'access-sip-443-in',
      kind: 'reply',
      source: { endpoint: 'internet-any', how: 'any', zone: 'internet' },
      destination: { endpoint: 'access-edge-external', how: 'zone', zone: 'perimeter', fqdn: [] },
    });
    // Without a source port, or over UDP, it is no reply.
    expect(matchFlow(flow({}), views, {}).nearMisses.some((n) => n.kind === 'reply')).toBe(false);
    expect(matchFlow(flow({ sourcePort: 443, transport: 'udp' }), views, {}).nearMisses.some((n) => n.ruleId === 'access-sip-443-in')).toBe(
      false,
    );
    // Near misses are grouped by kind: other-port before reply.
    const kinds = verdict.nearMisses.map((n) => n.kind);
    expect(kinds.indexOf('other-port')).toBeLessThan(kinds.indexOf('reply'));
    expect(kinds.lastIndexOf('other-port')).toBeLessThan(kinds.indexOf('reply'));
  });

  it('matches "Any" only for a party named <zone>-any, and lists an endpoint’s FQDNs when matched by zone', () => {
    const verdict = matchFlow(flow({ destinationPort: 50010 }), views, { 'av-edge-external': ['av.contoso.com'] });
    const rtp = verdict.matches.find((m) => m.ruleId === 'av-rtp-tcp-out');
    expect(rtp?.source).toEqual({ endpoint: 'av-edge-external', how: 'zone', zone: 'perimeter', fqdn: ['av.contoso.com'] });
    expect(rtp?.destination).toEqual({ endpoint: 'internet-any', how: 'any', zone: 'internet' });
    // live-messenger-clients is a named party on the Internet, not "Any": matched by zone.
    const messenger = verdict.matches.find((m) => m.ruleId === 'messenger-rtp-tcp-out');
    expect(messenger?.destination).toEqual({ endpoint: 'live-messenger-clients', how: 'zone', zone: 'internet', fqdn: [] });
  });
});

describe('entered addresses', () => {
  const views = resolveRules(indexDataset(loadShippedDataset()));
  it('matches a host entry exactly, a CIDR entry by its prefix, and reports the most specific entry', () => {
    const addresses = { 'edge-internal': ['10.0.0.5', '2001:db8::5'], 'internal-any': ['10.0.0.0/8'] };
    const at = (source: string) =>
      matchFlow({ source, destination: '10.0.0.5', transport: 'tcp', destinationPort: 5061 }, views, addresses);
    const zone = at('10.0.0.6').destinationZone;
    expect([zone.basis, [...zone.zones].sort(), [...zone.endpoints].sort()]).toEqual([
      'assigned',
      ['internal', 'perimeter'],
      ['edge-internal', 'internal-any'],
    ]);
    expect(at('10.1.2.3').sourceZone).toEqual({ basis: 'assigned', zones: ['internal'], endpoints: ['internal-any'] });
    expect(at('10.1.2.3').matches.find((m) => m.ruleId === 'edge-internal-sip-5061-in')?.destination).toEqual({
      endpoint: 'edge-internal',
      how: 'address',
      entry: '10.0.0.5',
    });
    expect(at('172.16.0.1').sourceZone).toEqual({ basis: 'private', zones: ['perimeter', 'internal'], endpoints: [] });
  });
});
