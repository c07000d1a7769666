/** format= and flow= in the link: read, written, and ignored with the notice when unusable. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFlow, encodeFlow } from '../../src/shared/domain/flow';
import { emptyLinkState, setFlow, setFormat } from '../../src/shared/domain/linkState';
import { decodeLinkState, encodeLinkState, fixedVocabulary } from '../../src/shared/domain/urlState';
import { loadShippedDataset } from './helpers';

const vocabulary = fixedVocabulary(loadShippedDataset());
const decode = (search: string) => decodeLinkState(search, vocabulary);

describe('the two new pages and format=', () => {
  it('reads view=config and view=check, and a known format in any case', () => {
    expect(decode('?view=config&format=ASA').state).toMatchObject({ page: 'config', format: 'asa' });
    expect(decode('?view=check').state.page).toBe('check');
    expect(decode('?format=iptables').ignored).toEqual([]);
  });
  it('ignores an unknown format with the notice, and an empty one silently', () => {
    expect(decode('?format=junos')).toMatchObject({ ignored: [{ param: 'format', value: 'junos' }] });
    expect(decode('?format=').ignored).toEqual([]);
    expect(decode('?format=junos').state.format).toBeUndefined();
  });
  it('writes the format unless it is the default (nftables)', () => {
    expect(encodeLinkState(setFormat({ ...emptyLinkState(), page: 'config' }, 'panos'))).toBe('?view=config&format=panos');
    expect(encodeLinkState(setFormat({ ...emptyLinkState(), page: 'config' }, 'nftables'))).toBe('?view=config');
  });
});

describe('flow=', () => {
  const flow = { source: '203.0.113.7', destination: '198.51.100.10', transport: 'tcp' as const, destinationPort: 5269, sourcePort: 40123 };
  it('holds the 5-tuple as flow/url.ts writes it, and round-trips', () => {
    const encoded = encodeLinkState(setFlow({ ...emptyLinkState(), page: 'check' }, encodeFlow(flow)));
    expect(encoded).toBe('?view=check&flow=tcp*203.0.113.7*198.51.100.10*5269*40123');
    const { state, ignored } = decode(encoded);
    expect(ignored).toEqual([]);
    expect(state.flow).toBe('tcp*203.0.113.7*198.51.100.10*5269*40123');
    expect(decodeFlow(state.flow ?? '')).toEqual({ ok: true, flow });
  });
  it('reads IPv6 flows and no source port', () => {
    expect(decode('?flow=UDP*2001:db8::9*2001:db8:100::12*3478').state.flow).toBe('udp*2001:db8::9*2001:db8:100::12*3478');
  });
  it('ignores with the notice what is not a flow: a log line, a name, a missing port, six parts', () => {
    for (const value of [
      'SRC=1.2.3.4',
      'tcp*host.example*198.51.100.10*443',
      'tcp*192.0.2.1*198.51.100.10',
      'tcp*1.2.3.4*1.2.3.5*1*2*3',
      'icmp*1.2.3.4*1.2.3.5*0',
    ])
      expect(decode(`?flow=${encodeURIComponent(value)}`).ignored).toEqual([{ param: 'flow', value }]);
  });
  it('every flow encodeFlow writes is read back as is', () => {
    const address = fc.oneof(fc.ipV4(), fc.ipV6());
    fc.assert(
      fc.property(
        address,
        address,
        fc.constantFrom('tcp', 'udp'),
        fc.integer({ min: 1, max: 65535 }),
        fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
        (source, destination, transport, destinationPort, sourcePort) => {
          const text = encodeFlow({
            source,
            destination,
            transport: transport as 'tcp' | 'udp',
            destinationPort,
            ...(sourcePort ? { sourcePort } : {}),
          }).toLowerCase();
          const { state, ignored } = decode(`?flow=${text}`);
          expect(ignored).toEqual([]);
          expect(state.flow).toBe(text);
          expect(decode(encodeLinkState(state)).state).toEqual(state);
        },
      ),
      { numRuns: 300 },
    );
  });
});
