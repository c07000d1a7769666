import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACETS } from '../../src/shared/domain/facets';
import { emptyLinkState, setQuery } from '../../src/shared/domain/linkState';
import { decodeLinkState, encodeLinkState, fixedVocabulary } from '../../src/shared/domain/urlState';
import { loadShippedDataset } from './helpers';

const vocabulary = fixedVocabulary(loadShippedDataset());
const decode = (search: string) => decodeLinkState(search, vocabulary);

describe('decodeLinkState', () => {
  it('reads a bare link as the default view: no filter at all', () => {
    expect(decode('')).toEqual({ state: emptyLinkState(), ignored: [] });
    expect(decode('?')).toEqual({ state: emptyLinkState(), ignored: [] });
  });

  it('reads every documented parameter', () => {
    const { state, ignored } = decode(
      '?lang=zh-TW&scenario=xmpp-federation,public-im&role=access&direction=inbound&protocol=sip&transport=tcp' +
        '&firewall=external&interface=access-edge-external&port=5061&q=edge%20clients&legacy=hide&sort=-ports,protocol',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      lang: 'zh-TW',
      page: 'rules',
      filters: {
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
        port: { from: 5061, to: 5061 },
        q: 'edge clients',
        tokens: ['edge', 'clients'],
        hideLegacy: true,
      },
      sort: [
        { id: 'ports', desc: true },
        { id: 'protocol', desc: false },
      ],
      selection: [],
    });
  });

  it('reads a rule selection and shared addresses, dropping unknown ones', () => {
    const { state, ignored } = decode(
      '?rules=xmpp-5269-in,nope,client-sip-443-in&addr=edge-internal*10.0.0.5*10.0.0.6,front-end*fe.contoso.com,ghost*1.1.1.1,director*%3Cb%3E',
    );
    expect(state.selection).toEqual(['client-sip-443-in', 'xmpp-5269-in']);
    expect(state.addresses).toEqual({ 'edge-internal': ['10.0.0.5', '10.0.0.6'], 'front-end': ['fe.contoso.com'] });
    expect(ignored).toEqual([
      { param: 'rules', value: 'nope' },
      { param: 'addr', value: 'ghost*1.1.1.1' },
      { param: 'addr', value: 'director*<b>' },
    ]);
    expect(encodeLinkState(state)).toBe(
      '?rules=client-sip-443-in,xmpp-5269-in&addr=edge-internal*10.0.0.5*10.0.0.6,front-end*fe.contoso.com',
    );
    const v6 = decode('?addr=edge-internal*2001:db8::1*10.45.16.0/24').state;
    expect(decode(encodeLinkState(v6)).state.addresses).toEqual({ 'edge-internal': ['2001:db8::1', '10.45.16.0/24'] });
  });

  it('reads the about view and ignores unknown views', () => {
    expect(decode('?view=about').state.page).toBe('about');
    expect(decode('?view=rules').state.page).toBe('rules');
    expect(decode('?view=admin').ignored).toEqual([{ param: 'view', value: 'admin' }]);
    expect(encodeLinkState({ ...emptyLinkState(), page: 'about' })).toBe('?view=about');
  });

  it('drops unknown parameters and values and lists them', () => {
    const { state, ignored } = decode(
      '?scenario=xmpp-federation,carrier-pigeon&colour=red&direction=sideways&port=70000&legacy=maybe&sort=size',
    );
    expect(state.filters.facets.scenario).toEqual(['xmpp-federation']);
    expect(state.filters.facets.direction).toEqual([]);
    expect(state.filters.port).toBeUndefined();
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
    expect(state.filters.facets.transport).toEqual(['tcp', 'udp']);
    expect(state.lang).toBe('zh-TW');
    expect(state.filters.port).toEqual({ from: 50000, to: 59999 });
    expect(state.filters.q).toBe('');
  });

  it('survives malformed percent-encoding, and ignores a value it cannot decode', () => {
    expect(() => decode('?q=%E0%A4%A&%ZZ=1&scenario=%')).not.toThrow();
    const broken = decodeLinkState('?q=%&port=5061', vocabulary);
    expect(broken.state.filters.q).toBe('');
    expect(broken.state.filters.port).toEqual({ from: 5061, to: 5061 });
    expect(broken.ignored).toContainEqual({ param: 'q', value: '%' });
    expect(decodeLinkState('?q=100%25', vocabulary).state.filters.q).toBe('100%');
    expect(decode('?q=100%').ignored).toContainEqual({ param: 'q', value: '100%' });
  });

  it('strips control characters and bidirectional overrides from text', () => {
    expect(decode('?q=%E2%80%AEevil%00text').state.filters.q).toBe('evil text');
  });
});

describe('encodeLinkState', () => {
  it('writes nothing for the default view', () => {
    expect(encodeLinkState(emptyLinkState())).toBe('');
  });

  it('writes the example link of the contract', () => {
    const state = emptyLinkState();
    state.lang = 'zh-TW';
    state.filters.facets.scenario = ['xmpp-federation'];
    state.filters.facets.direction = ['inbound'];
    expect(encodeLinkState(state)).toBe('?lang=zh-TW&scenario=xmpp-federation&direction=inbound');
  });

  it('percent-encodes text', () => {
    const state = setQuery(emptyLinkState(), '用戶端 & edge');
    expect(encodeLinkState(state)).toBe(`?q=${encodeURIComponent('用戶端 & edge')}`);
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
        const encoded = encodeLinkState(first);
        const again = decode(encoded);
        expect(again.ignored).toEqual([]);
        expect(again.state).toEqual(first);
        expect(encodeLinkState(again.state)).toBe(encoded);
      }),
      { numRuns: 500 },
    );
  });

  it('decode never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (search) => {
        const { state } = decode(search);
        expect(typeof encodeLinkState(state)).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the details, density and openings parameters', () => {
  it('reads a known rule, a density and the needed-only openings, and ignores unknown values', () => {
    const { state, ignored } = decode('?rule=xmpp-5269-in&density=comfortable&openings=needed');
    expect(state.openRule).toBe('xmpp-5269-in');
    expect(state.density).toBe('comfortable');
    expect(state.neededOnly).toBe(true);
    expect(ignored).toEqual([]);
    expect(decode('?rule=nope&density=huge&openings=some').ignored).toEqual([
      { param: 'rule', value: 'nope' },
      { param: 'density', value: 'huge' },
      { param: 'openings', value: 'some' },
    ]);
    expect(decode('?openings=all').state.neededOnly).toBeUndefined();
  });
  it('writes them after the page, and not at all when unset', () => {
    const state = { ...emptyLinkState(), page: 'sheet' as const, openRule: 'xmpp-5269-in', density: 'compact' as const, neededOnly: true };
    expect(encodeLinkState(state)).toBe('?view=sheet&rule=xmpp-5269-in&density=compact&openings=needed');
    expect(encodeLinkState(emptyLinkState())).toBe('');
  });
});
