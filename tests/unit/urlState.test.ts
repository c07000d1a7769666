import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACETS } from '../../src/shared/domain/facets';
import { decodeViewState, emptyViewState, encodeViewState, fixedVocabulary } from '../../src/shared/domain/urlState';
import { loadShippedDataset } from './helpers';

const vocabulary = fixedVocabulary(loadShippedDataset());
const decode = (search: string) => decodeViewState(search, vocabulary);

describe('decodeViewState', () => {
  it('reads a bare link as the default view: no filter at all', () => {
    expect(decode('')).toEqual({ state: emptyViewState(), ignored: [] });
    expect(decode('?')).toEqual({ state: emptyViewState(), ignored: [] });
  });

  it('reads every documented parameter', () => {
    const { state, ignored } = decode(
      '?lang=zh-TW&scenario=xmpp-federation,public-im&role=access&direction=inbound&protocol=sip&transport=tcp' +
        '&firewall=external&interface=access-edge-external&port=5061&q=edge%20clients&legacy=hide&sort=-ports,protocol',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      lang: 'zh-TW',
      view: 'rules',
      facets: {
        topology: [],
        scenario: ['public-im', 'xmpp-federation'],
        role: ['access'],
        direction: ['inbound'],
        protocol: ['sip'],
        transport: ['tcp'],
        firewall: ['external'],
        interface: ['access-edge-external'],
      },
      port: '5061',
      q: 'edge clients',
      hideLegacy: true,
      sort: [
        { id: 'ports', desc: true },
        { id: 'protocol', desc: false },
      ],
      rules: [],
    });
  });

  it('reads a rule selection and shared addresses, dropping unknown ones', () => {
    const { state, ignored } = decode(
      '?rules=xmpp-5269-in,nope,client-sip-443-in&addr=edge-internal*10.0.0.5*10.0.0.6,front-end*fe.contoso.com,ghost*1.1.1.1,director*%3Cb%3E',
    );
    expect(state.rules).toEqual(['client-sip-443-in', 'xmpp-5269-in']);
    expect(state.addresses).toEqual({ 'edge-internal': ['10.0.0.5', '10.0.0.6'], 'front-end': ['fe.contoso.com'] });
    expect(ignored).toEqual([
      { param: 'rules', value: 'nope' },
      { param: 'addr', value: 'ghost*1.1.1.1' },
      { param: 'addr', value: 'director*<b>' },
    ]);
    expect(encodeViewState(state)).toBe(
      '?rules=client-sip-443-in,xmpp-5269-in&addr=edge-internal*10.0.0.5*10.0.0.6,front-end*fe.contoso.com',
    );
    const v6 = decode('?addr=edge-internal*2001:db8::1*10.45.16.0/24').state;
    expect(decode(encodeViewState(v6)).state.addresses).toEqual({ 'edge-internal': ['2001:db8::1', '10.45.16.0/24'] });
  });

  it('reads the about view and ignores unknown views', () => {
    expect(decode('?view=about').state.view).toBe('about');
    expect(decode('?view=rules').state.view).toBe('rules');
    expect(decode('?view=admin').ignored).toEqual([{ param: 'view', value: 'admin' }]);
    expect(encodeViewState({ ...emptyViewState(), view: 'about' })).toBe('?view=about');
  });

  it('drops unknown parameters and values and lists them', () => {
    const { state, ignored } = decode(
      '?scenario=xmpp-federation,carrier-pigeon&colour=red&direction=sideways&port=70000&legacy=maybe&sort=size',
    );
    expect(state.facets.scenario).toEqual(['xmpp-federation']);
    expect(state.facets.direction).toEqual([]);
    expect(state.port).toBe('');
    expect(ignored).toEqual([
      { param: 'scenario', value: 'carrier-pigeon' },
      { param: 'colour', value: 'red' },
      { param: 'direction', value: 'sideways' },
      { param: 'port', value: '70000' },
      { param: 'legacy', value: 'maybe' },
      { param: 'sort', value: 'size' },
    ]);
  });

  it('is lenient with case, repeats, spaces and empty values', () => {
    const { state, ignored } = decode('?Transport=TCP&transport=udp,tcp&scenario=&lang=ZH-tw&port=50%2C000-59%2C999&q=+');
    expect(ignored).toEqual([]);
    expect(state.facets.transport).toEqual(['tcp', 'udp']);
    expect(state.lang).toBe('zh-TW');
    expect(state.port).toBe('50000-59999');
    expect(state.q).toBe('');
  });

  it('survives malformed percent-encoding, and ignores a value it cannot decode', () => {
    expect(() => decode('?q=%E0%A4%A&%ZZ=1&scenario=%')).not.toThrow();
    const broken = decodeViewState('?q=%&port=5061', vocabulary);
    expect(broken.state.q).toBe('');
    expect(broken.state.port).toBe('5061');
    expect(broken.ignored).toContainEqual({ param: 'q', value: '%' });
    expect(decodeViewState('?q=100%25', vocabulary).state.q).toBe('100%');
    expect(decode('?q=100%').ignored).toContainEqual({ param: 'q', value: '100%' });
  });

  it('strips control characters and bidirectional overrides from text', () => {
    expect(decode('?q=%E2%80%AEevil%00text').state.q).toBe('evil text');
  });
});

describe('encodeViewState', () => {
  it('writes nothing for the default view', () => {
    expect(encodeViewState(emptyViewState())).toBe('');
  });

  it('writes the example link of the contract', () => {
    const state = emptyViewState();
    state.lang = 'zh-TW';
    state.facets.scenario = ['xmpp-federation'];
    state.facets.direction = ['inbound'];
    expect(encodeViewState(state)).toBe('?lang=zh-TW&scenario=xmpp-federation&direction=inbound');
  });

  it('omits an invalid port and percent-encodes text', () => {
    const state = { ...emptyViewState(), port: '0', q: '用戶端 & edge' };
    expect(encodeViewState(state)).toBe(`?q=${encodeURIComponent('用戶端 & edge')}`);
  });
});

describe('round trips (property-based)', () => {
  const ids = (facet: (typeof FACETS)[number]) => fc.constantFrom(...vocabulary[facet], 'bogus', 'X');
  const query = fc
    .record({
      lang: fc.constantFrom('en', 'zh-TW', 'fr', ''),
      view: fc.constantFrom('rules', 'about', 'sheet', 'diagram', 'x', ''),
      rules: fc.array(fc.constantFrom(...vocabulary.rules, 'nope'), { maxLength: 4 }),
      addr: fc.array(
        fc.tuple(
          fc.constantFrom('edge-internal', 'front-end', 'ghost'),
          fc.constantFrom('10.0.0.1', '2001:db8::1', 'a.b.com', '10.0.0.0/8', '<x>'),
        ),
        {
          maxLength: 3,
        },
      ),
      facets: fc.record(
        Object.fromEntries(FACETS.map((f) => [f, fc.array(ids(f), { maxLength: 4 })])) as Record<string, fc.Arbitrary<string[]>>,
      ),
      port: fc.oneof(fc.integer({ min: -5, max: 70000 }).map(String), fc.constant('50000-59999'), fc.string()),
      q: fc.string(),
      legacy: fc.constantFrom('hide', 'show', 'x', ''),
      sort: fc.array(fc.constantFrom('ports', '-ports', 'protocol', '-source', 'nope'), { maxLength: 3 }),
      extra: fc.string(),
    })
    .map(({ lang, view, rules, addr, facets, port, q, legacy, sort, extra }) =>
      [
        `lang=${lang}`,
        `view=${view}`,
        `rules=${rules.join(',')}`,
        `addr=${addr.map(([id, a]) => `${id}*${encodeURIComponent(a)}`).join(',')}`,
        ...Object.entries(facets).map(([f, v]) => `${f}=${v.join(',')}`),
        `port=${encodeURIComponent(port)}`,
        `q=${encodeURIComponent(q)}`,
        `legacy=${legacy}`,
        `sort=${sort.join(',')}`,
        extra,
      ].join('&'),
    );

  it('encode(decode(x)) is stable: decoding the encoding gives the same state and the same encoding', () => {
    fc.assert(
      fc.property(query, (search) => {
        const first = decode(search).state;
        const encoded = encodeViewState(first);
        const again = decode(encoded);
        expect(again.ignored).toEqual([]);
        expect(again.state).toEqual(first);
        expect(encodeViewState(again.state)).toBe(encoded);
      }),
      { numRuns: 500 },
    );
  });

  it('decode never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (search) => {
        const { state } = decode(search);
        expect(typeof encodeViewState(state)).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});
