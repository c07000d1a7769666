import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { warningLine } from '../../src/shared/domain/config/header';
import {
  ASA_NAME,
  createNamer,
  NFT_NAME,
  PANOS_NAME,
  PANOS_ZONE,
  safeComment,
  shortHash,
  validName,
} from '../../src/shared/domain/config/names';

describe('safeComment', () => {
  it('keeps plain ASCII ids and document codes as they are', () => {
    expect(safeComment('av-stun-tcp-443-out: JJ204756, t1 r2 / 50000-59999', 200)).toBe(
      'av-stun-tcp-443-out: JJ204756, t1 r2 / 50000-59999',
    );
  });

  it('drops accents, replaces quotes, metacharacters and other scripts, joins lines', () => {
    expect(safeComment('Zoë "x"\n; rm -rf /', 80)).toBe('Zoe _x_ _ rm -rf /');
    expect(safeComment('邊緣 $(id) `a` \\b \u202e', 80)).toBe('__ __id_ _a_ _b _');
    expect(safeComment("a'b{c}[d]<e>|f&g#h!i*j?k", 80)).toBe('a_b_c__d__e__f_g_h_i_j_k');
    expect(safeComment('  \t x \r\n y  ', 80)).toBe('x y');
  });

  it('cuts at a word boundary near the limit, or hard when there is none', () => {
    expect(safeComment('aaa bbb ccc', 9)).toBe('aaa bbb');
    expect(safeComment('aaa bbb ccc', 11)).toBe('aaa bbb ccc');
    expect(safeComment('abcdefghij', 5)).toBe('abcde');
    expect(safeComment('a bcdefghij', 5)).toBe('a bcd');
  });

  it('always returns printable, quote-free ASCII within the limit', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 1, max: 150 }), (text, max) => {
        const safe = safeComment(text, max);
        expect(safe.length).toBeLessThanOrEqual(max);
        expect(safe).toMatch(/^[A-Za-z0-9 ._:,/+=-]*$/);
      }),
      { numRuns: 500 },
    );
  }, 30_000);
});

describe('names', () => {
  it('hashes with FNV-1a (known vectors)', () => {
    expect(shortHash('')).toBe('811c9d');
    expect(shortHash('a')).toBe('e40c29');
    expect(shortHash('foobar')).toBe('bf9cf9');
  });

  it('makes a valid, stable, unique name per key', () => {
    const name = createNamer(NFT_NAME);
    expect(name('k1', 'edge-internal_v4')).toBe('edge_internal_v4');
    expect(name('k1', 'anything else')).toBe('edge_internal_v4');
    const second = name('k2', 'edge_internal_v4');
    expect(second).toMatch(/^edge_internal_v4_[0-9a-f]{6}$/);
    expect(second).not.toBe('edge_internal_v4');
    expect(name('k3', '1st')).toBe('n_1st');
    expect(name('k4', '')).toBe('n_');
  });

  it('cuts long names to the device limit and keeps them apart with the hash', () => {
    const name = createNamer(PANOS_NAME);
    const a = name('a', 'x'.repeat(80));
    const b = name('b', 'x'.repeat(80));
    expect(a).toHaveLength(63);
    expect(b).toHaveLength(63);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^x{56}_[0-9a-f]{6}$/);
    expect(createNamer(ASA_NAME)('k', 'y'.repeat(64))).toBe('y'.repeat(64));
    expect(createNamer(ASA_NAME)('k', 'y'.repeat(65))).toHaveLength(64);
  });

  it('never gives two keys the same name, whatever they ask for', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 70 })), { maxLength: 30 }), (requests) => {
        const name = createNamer(ASA_NAME);
        const byKey = new Map<string, string>();
        for (const [key, wanted] of requests) {
          const given = name(key, wanted);
          expect(given).toMatch(/^[A-Za-z][A-Za-z0-9._-]{0,63}$/);
          if (byKey.has(key)) expect(given).toBe(byKey.get(key));
          byKey.set(key, given);
        }
        expect(new Set(byKey.values()).size).toBe(byKey.size);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('makes zone and interface names valid for the device', () => {
    expect(validName(PANOS_ZONE, 'untrust')).toBe('untrust');
    expect(validName(PANOS_ZONE, 'Zone "A"\nset')).toBe('Zone__A__set');
    expect(validName(PANOS_ZONE, 'z'.repeat(40))).toHaveLength(31);
  });
});

describe('warning lines in headers', () => {
  it('are fixed English sentences around sanitised values', () => {
    expect(warningLine({ code: 'invalid-address', params: { endpoint: 'edge', value: '10.0.0.1\n-A INPUT -j DROP' } })).toBe(
      'Address left out: 10.0.0.1 -A INPUT -j DROP (edge) is not a valid IPv4, IPv6, CIDR or FQDN entry.',
    );
    expect(warningLine({ code: 'no-common-family', params: { rule: 'r"1' } })).toBe(
      'Rule r_1 not written: its source and destination share no address family (IPv4 only vs IPv6 only).',
    );
  });
});
