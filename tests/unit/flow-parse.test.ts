import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { type Flow, parseFlowFields, parseHostAddress, parsePortNumber, parseTransport } from '../../src/shared/domain/flow/flow';
import { decodeFlow, encodeFlow } from '../../src/shared/domain/flow/url';

const fields = { source: '203.0.113.9', destination: '198.51.100.10', transport: 'TCP', destinationPort: '5061', sourcePort: '' };

describe('a flow typed by hand', () => {
  it('normalises addresses and reads the transport and ports', () => {
    expect(parseFlowFields(fields)).toEqual({
      ok: true,
      flow: { source: '203.0.113.9', destination: '198.51.100.10', transport: 'tcp', destinationPort: 5061 },
    });
    expect(
      parseFlowFields({
        ...fields,
        source: ' 2001:0DB8::0009 ',
        destination: '::ffff:198.51.100.10',
        transport: 'udp',
        sourcePort: '3478',
      }),
    ).toEqual({
      ok: false,
      error: { code: 'family-mismatch', field: 'destination', value: '::ffff:198.51.100.10' },
    });
    expect(parseFlowFields({ ...fields, source: '::ffff:203.0.113.9', transport: '17', sourcePort: ' 50000 ' })).toEqual({
      ok: true,
      flow: { source: '203.0.113.9', destination: '198.51.100.10', transport: 'udp', destinationPort: 5061, sourcePort: 50000 },
    });
  });

  it('names the field that is missing or wrong', () => {
    expect(parseFlowFields({ ...fields, source: ' ' })).toEqual({ ok: false, error: { code: 'missing-field', field: 'source' } });
    expect(parseFlowFields({ ...fields, destination: '' })).toEqual({ ok: false, error: { code: 'missing-field', field: 'destination' } });
    expect(parseFlowFields({ ...fields, source: '10.0.0.0/8' })).toEqual({
      ok: false,
      error: { code: 'invalid-address', field: 'source', value: '10.0.0.0/8' },
    });
    expect(parseFlowFields({ ...fields, destination: 'edge.contoso.com' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-address', field: 'destination' },
    });
    expect(parseFlowFields({ ...fields, transport: 'icmp' })).toEqual({
      ok: false,
      error: { code: 'unsupported-protocol', field: 'transport', value: 'icmp' },
    });
    expect(parseFlowFields({ ...fields, transport: '' })).toEqual({ ok: false, error: { code: 'missing-field', field: 'transport' } });
    expect(parseFlowFields({ ...fields, destinationPort: '' })).toEqual({
      ok: false,
      error: { code: 'missing-field', field: 'destinationPort' },
    });
    expect(parseFlowFields({ ...fields, destinationPort: '0' })).toEqual({
      ok: false,
      error: { code: 'invalid-port', field: 'destinationPort', value: '0' },
    });
    expect(parseFlowFields({ ...fields, sourcePort: '65536' })).toEqual({
      ok: false,
      error: { code: 'invalid-port', field: 'sourcePort', value: '65536' },
    });
  });

  it('never throws on any text in any field (500 runs)', () => {
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', ' ', '1', '65536', 'tcp', '::', '10.0.0.1', '2001:db8::1'));
    fc.assert(
      fc.property(
        text,
        text,
        text,
        text,
        fc.option(text, { nil: undefined }),
        (source, destination, transport, destinationPort, sourcePort) => {
          const result = parseFlowFields({ source, destination, transport, destinationPort, sourcePort });
          if (result.ok) expect(result.flow.destinationPort).toBeGreaterThan(0);
          else expect(['source', 'destination', 'transport', 'destinationPort', 'sourcePort']).toContain(result.error.field);
        },
      ),
      { numRuns: 500 },
    );
  }, 30_000);

  it('reads single addresses, ports and transports strictly', () => {
    expect(
      ['10.0.0.1', '0x0a.0.0.1', '10.1', 'fe80::1%eth0', '2001:db8::1', '::ffff:10.0.0.1', '1.2.3.4.5'].map(
        (a) => parseHostAddress(a)?.value,
      ),
    ).toEqual(['10.0.0.1', undefined, undefined, undefined, '2001:db8::1', '10.0.0.1', undefined]);
    expect(['1', '65535', '0', '65536', '+5', '5.0', '1e3', ' 80 ', '080'].map(parsePortNumber)).toEqual([
      1,
      65535,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      80,
      80,
    ]);
    expect(['TCP', 'udp', '6', '17', 'sctp', '', 'tcp6'].map(parseTransport)).toEqual([
      'tcp',
      'udp',
      'tcp',
      'udp',
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('flow= in a link', () => {
  it('holds the 5-tuple joined by *', () => {
    expect(
      encodeFlow({ source: '203.0.113.5', destination: '198.51.100.10', transport: 'tcp', destinationPort: 443, sourcePort: 50123 }),
    ).toBe('tcp*203.0.113.5*198.51.100.10*443*50123');
    expect(encodeFlow({ source: '2001:db8::9', destination: '2001:db8:100::12', transport: 'udp', destinationPort: 3478 })).toBe(
      'udp*2001:db8::9*2001:db8:100::12*3478',
    );
    expect(decodeFlow('TCP*203.0.113.5*198.51.100.10*443')).toEqual({
      ok: true,
      flow: { source: '203.0.113.5', destination: '198.51.100.10', transport: 'tcp', destinationPort: 443 },
    });
  });

  it('refuses anything else with a typed error', () => {
    expect(decodeFlow('')).toEqual({ ok: false, error: { code: 'empty', field: 'line' } });
    expect(decodeFlow('tcp*1.2.3.4*5.6.7.8')).toEqual({ ok: false, error: { code: 'missing-field', field: 'destinationPort' } });
    expect(decodeFlow('tcp*1.2.3.4*5.6.7.8*1*2*3')).toEqual({ ok: false, error: { code: 'unknown-format', field: 'line' } });
    expect(decodeFlow(`tcp*${'1'.repeat(300)}`)).toEqual({ ok: false, error: { code: 'too-long', field: 'line', position: 200 } });
    expect(decodeFlow('tcp*1.2.3.4*5.6.7.8*http')).toMatchObject({ ok: false, error: { code: 'invalid-port', field: 'destinationPort' } });
    expect(decodeFlow('tcp*<script>*5.6.7.8*80')).toMatchObject({ ok: false, error: { code: 'invalid-address', field: 'source' } });
  });

  const canonical = (text: string) => ipaddr.parse(text).toString();
  const v4 = fc.ipV4().map(canonical);
  const v6 = fc
    .ipV6()
    .filter((a) => !(ipaddr.parse(a) as ipaddr.IPv6).isIPv4MappedAddress())
    .map(canonical);
  const port = fc.integer({ min: 1, max: 65535 });
  const flow: fc.Arbitrary<Flow> = fc
    .tuple(
      fc.oneof(fc.tuple(v4, v4), fc.tuple(v6, v6)),
      fc.constantFrom('tcp' as const, 'udp' as const),
      port,
      fc.option(port, { nil: undefined }),
    )
    .map(([[source, destination], transport, destinationPort, sourcePort]) => ({
      source,
      destination,
      transport,
      destinationPort,
      ...(sourcePort === undefined ? {} : { sourcePort }),
    }));

  it('round-trips every flow (1000 runs), through URLSearchParams too', () => {
    fc.assert(
      fc.property(flow, (f) => {
        expect(decodeFlow(encodeFlow(f))).toEqual({ ok: true, flow: f });
        const params = new URLSearchParams({ flow: encodeFlow(f) });
        expect(decodeFlow(new URLSearchParams(params.toString()).get('flow') ?? '')).toEqual({ ok: true, flow: f });
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('never throws on garbage (1000 runs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 250 }),
          fc.array(fc.constantFrom('tcp', 'udp', '*', '1', '::', '.', '65535', '0', ' '), { maxLength: 20 }).map((p) => p.join('')),
        ),
        (text) => {
          const result = decodeFlow(text);
          expect(typeof result.ok).toBe('boolean');
          if (result.ok) expect(decodeFlow(encodeFlow(result.flow))).toEqual(result);
        },
      ),
      { numRuns: 1000 },
    );
  }, 30_000);
});
