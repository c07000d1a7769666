import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanAssignments, parseAddress, parseAddressList } from '../../src/shared/domain/addresses';

describe('parseAddress', () => {
  it.each([
    ['10.0.0.5', 'ipv4', '10.0.0.5'],
    [' 131.107.155.30 ', 'ipv4', '131.107.155.30'],
    ['2001:db8::1', 'ipv6', '2001:db8::1'],
    ['2001:0DB8:0000:0000:0000:0000:0000:0001', 'ipv6', '2001:db8::1'],
    ['::1', 'ipv6', '::1'],
    ['10.45.16.0/24', 'cidr4', '10.45.16.0/24'],
    ['0.0.0.0/0', 'cidr4', '0.0.0.0/0'],
    ['2001:db8::/32', 'cidr6', '2001:db8::/32'],
    ['sip.contoso.com', 'fqdn', 'sip.contoso.com'],
    ['EdgePool01.Contoso.LOCAL.', 'fqdn', 'edgepool01.contoso.local'],
    ['xn--fiqs8s.example', 'fqdn', 'xn--fiqs8s.example'],
  ])('accepts %j as %s', (input, kind, value) => {
    expect(parseAddress(input)).toEqual({ ok: true, kind, value });
  });

  it.each([
    ['', 'empty'],
    ['10.0.0.256', 'invalid'],
    ['10.0.0', 'invalid'],
    ['0x0a.0.0.1', 'invalid'],
    ['10', 'invalid'],
    ['2001:db8:::1', 'invalid'],
    ['10.0.0.0/33', 'bad-prefix'],
    ['10.0.0.0/', 'bad-prefix'],
    ['10.0.0.0/8/8', 'bad-prefix'],
    ['2001:db8::/129', 'bad-prefix'],
    ['-bad.example.com', 'invalid'],
    ['bad-.example.com', 'invalid'],
    ['localhost', 'invalid'],
    ['under_score.example.com', 'invalid'],
    ['<img src=x onerror=alert(1)>', 'invalid'],
    ['javascript:alert(1)', 'invalid'],
    [`${'a'.repeat(64)}.com`, 'invalid'],
    [`${'a.'.repeat(130)}com`, 'too-long'],
  ])('rejects %j (%s)', (input, error) => {
    expect(parseAddress(input)).toMatchObject({ ok: false, error });
  });

  it('suggests the network address when a CIDR has host bits set', () => {
    expect(parseAddress('10.45.16.10/24')).toEqual({ ok: false, error: 'host-bits', suggestion: '10.45.16.0/24' });
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        expect(typeof parseAddress(text).ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseAddressList', () => {
  it('splits pool members on commas, spaces and new lines and reports each bad one', () => {
    expect(parseAddressList('10.0.0.5, 10.0.0.6\n10.0.0.5; edge.contoso.com 300.1.1.1')).toEqual({
      addresses: ['10.0.0.5', '10.0.0.6', 'edge.contoso.com'],
      errors: [{ input: '300.1.1.1', error: 'invalid' }],
    });
  });
});

describe('cleanAssignments', () => {
  it('keeps valid addresses of known endpoints only', () => {
    const ids = new Set(['edge-internal', 'front-end']);
    expect(cleanAssignments({ 'edge-internal': ['10.0.0.1', 'nope..'], unknown: ['1.1.1.1'], 'front-end': 'x' }, ids)).toEqual({
      'edge-internal': ['10.0.0.1'],
    });
    expect(cleanAssignments('garbage', ids)).toEqual({});
  });
});
