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

  it('accepts every IPv4 and IPv6 address in canonical form, and its network CIDR (property)', () => {
    fc.assert(
      fc.property(fc.ipV4(), fc.integer({ min: 0, max: 32 }), (ip, bits) => {
        expect(parseAddress(ip)).toEqual({ ok: true, kind: 'ipv4', value: ip.split('.').map(Number).join('.') });
        const n = ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
        const network = bits === 0 ? 0 : Math.floor(n / 2 ** (32 - bits)) * 2 ** (32 - bits);
        const text = [24, 16, 8, 0].map((shift) => Math.floor(network / 2 ** shift) % 256).join('.');
        expect(parseAddress(`${text}/${bits}`)).toEqual({ ok: true, kind: 'cidr4', value: `${text}/${bits}` });
        if (network !== n) expect(parseAddress(`${ip}/${bits}`)).toEqual({ ok: false, error: 'host-bits', suggestion: `${text}/${bits}` });
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.ipV6(), (ip) => {
        const result = parseAddress(ip);
        expect(result).toMatchObject({ ok: true, kind: 'ipv6' });
        // The canonical form is lowercase, compressed, and parses to itself.
        if (result.ok) expect(parseAddress(result.value)).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts host names with a letter in the last label, lowercased without the final dot (property)', () => {
    const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
    const tld = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), tld, fc.boolean(), (labels, top, dot) => {
        const name = [...labels, top].join('.');
        const typed = `${name.toUpperCase()}${dot ? '.' : ''}`;
        expect(parseAddress(typed)).toEqual({ ok: true, kind: 'fqdn', value: name });
      }),
      { numRuns: 300 },
    );
  });

  it('returns a known error, or a value that parses to itself (property)', () => {
    const errors = ['empty', 'too-long', 'invalid', 'bad-prefix', 'host-bits'];
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.stringMatching(/^[0-9a-f:./]{1,40}$/)), (text) => {
        const result = parseAddress(text);
        if (result.ok) expect(parseAddress(result.value)).toEqual(result);
        else expect(errors).toContain(result.error);
      }),
      { numRuns: 1000 },
    );
  }, 30_000);
});

describe('parseAddressList', () => {
  it('splits pool members on commas, spaces and new lines and reports each bad one', () => {
    expect(parseAddressList('10.0.0.5, 10.0.0.6\n10.0.0.5; edge.contoso.com 300.1.1.1')).toEqual({
      addresses: ['10.0.0.5', '10.0.0.6', 'edge.contoso.com'],
      errors: [{ input: '300.1.1.1', error: 'invalid' }],
    });
    expect(parseAddressList('10.0.0.1/8\t;;  ,2001:DB8::1')).toEqual({
      addresses: ['2001:db8::1'],
      errors: [{ input: '10.0.0.1/8', error: 'host-bits', suggestion: '10.0.0.0/8' }],
    });
    expect(parseAddressList(' , ;\n')).toEqual({ addresses: [], errors: [] });
  });

  it('keeps every valid entry once, in order, and reports every invalid entry (property)', () => {
    const entry = fc.oneof(
      fc.ipV4(),
      fc.ipV6(),
      fc.constantFrom('edge.contoso.com', '10.0.0.0/8', '10.0.0.1/8', 'bad_name', '300.1.1.1', 'x/'),
    );
    const separator = fc.constantFrom(',', ' ', '\n', ';', ', ', '\r\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(entry, separator), { maxLength: 8 }), (parts) => {
        const text = parts.map(([e, sep]) => `${e}${sep}`).join('');
        const { addresses, errors } = parseAddressList(text);
        const valid: string[] = [];
        const invalid: string[] = [];
        for (const [e] of parts) {
          const parsed = parseAddress(e);
          if (parsed.ok) {
            if (!valid.includes(parsed.value)) valid.push(parsed.value);
          } else invalid.push(e);
        }
        expect(addresses).toEqual(valid);
        expect(errors.map((error) => error.input)).toEqual(invalid);
        for (const error of errors) expect(parseAddress(error.input)).toMatchObject({ ok: false, error: error.error });
      }),
      { numRuns: 300 },
    );
  });
});

describe('cleanAssignments', () => {
  it('keeps valid addresses of known endpoints only', () => {
    const ids = new Set(['edge-internal', 'front-end']);
    expect(cleanAssignments({ 'edge-internal': ['10.0.0.1', 'nope..'], unknown: ['1.1.1.1'], 'front-end': 'x' }, ids)).toEqual({
      'edge-internal': ['10.0.0.1'],
    });
    expect(cleanAssignments('garbage', ids)).toEqual({});
    expect(cleanAssignments(null, ids)).toEqual({});
    expect(cleanAssignments([['10.0.0.1']], ids)).toEqual({});
    expect(cleanAssignments({ 'edge-internal': ['nope'] }, ids)).toEqual({});
  });

  it('canonicalises, de-duplicates and reads at most 64 entries of an endpoint', () => {
    const ids = new Set(['edge-internal']);
    const many = Array.from({ length: 70 }, (_, i) => `10.0.0.${i + 1}`);
    const out = cleanAssignments({ 'edge-internal': ['2001:DB8::1', '2001:db8::1', 5, ...many] }, ids)['edge-internal'];
    expect(out?.slice(0, 2)).toEqual(['2001:db8::1', '10.0.0.1']);
    // The first 64 entries are read: two spellings of one IPv6 address, a number (skipped) and 61 IPv4 addresses.
    expect(out).toHaveLength(62);
    expect(out?.at(-1)).toBe('10.0.0.61');
  });
});

describe('address edges', () => {
  it('accepts a 253-character host name and refuses 254 characters as too long', () => {
    const name = `${'a'.repeat(63)}.${'a'.repeat(63)}.${'a'.repeat(63)}.${'b'.repeat(61)}`;
    expect(name).toHaveLength(253);
    expect(parseAddress(name)).toEqual({ ok: true, kind: 'fqdn', value: name });
    expect(parseAddress(`${name}x`)).toEqual({ ok: false, error: 'too-long' });
  });
  it('needs a numeric prefix and an IP address before it', () => {
    expect(parseAddress('10.0.0.0/x24')).toEqual({ ok: false, error: 'bad-prefix' });
    expect(parseAddress('10.0.0.0/24x')).toEqual({ ok: false, error: 'bad-prefix' });
    expect(parseAddress('foo/24')).toEqual({ ok: false, error: 'invalid' });
    expect(parseAddress('2001:db8::/48')).toEqual({ ok: true, kind: 'cidr6', value: '2001:db8::/48' });
    expect(parseAddress('2001:db8::1/48')).toEqual({ ok: false, error: 'host-bits', suggestion: '2001:db8::/48' });
  });
});
