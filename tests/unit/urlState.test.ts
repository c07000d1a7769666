import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addressesFor } from '../../src/shared/domain/addressBook';
import { FACETS } from '../../src/shared/domain/facets';
import { activeFilters } from '../../src/shared/domain/filters';
import { emptyLinkState, setQuery } from '../../src/shared/domain/linkState';
import { searchTokens } from '../../src/shared/domain/search';
import { cleanText, decodeLinkState, encodeLinkState, fixedVocabulary } from '../../src/shared/domain/urlState';
import { loadShippedDataset } from './helpers';

const vocabulary = fixedVocabulary(loadShippedDataset());
const decode = (search: string) => decodeLinkState(search, vocabulary);
const PARAM_NAMES = ['lang', 'view', ...FACETS, 'port', 'q', 'legacy', 'sort', 'rules', 'addr'];

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
  }, 30_000);

  it('decodes any string to a valid state that survives a round trip (property)', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .array(fc.tuple(fc.constantFrom(...PARAM_NAMES, 'x'), fc.string({ unit: 'binary', maxLength: 40 })), { maxLength: 6 })
        .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
    );
    fc.assert(
      fc.property(text, (search) => {
        const { state, ignored } = decode(search);
        // Everything kept is in the vocabulary, de-duplicated and sorted.
        for (const facet of FACETS) {
          const values = state.filters.facets[facet];
          for (const id of values) expect(vocabulary[facet].has(id)).toBe(true);
          expect([...new Set(values)].sort()).toEqual(values);
        }
        for (const id of state.selection) expect(vocabulary.rules.has(id)).toBe(true);
        expect([...new Set(state.selection)].sort()).toEqual(state.selection);
        const port = state.filters.port;
        if (port) expect(1 <= port.from && port.from <= port.to && port.to <= 65535).toBe(true);
        expect(state.filters.q.length).toBeLessThanOrEqual(200);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the property is that none is left
        expect(state.filters.q).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
        expect(state.filters.tokens).toEqual(searchTokens(state.filters.q));
        for (const [id, list] of Object.entries(state.addresses ?? {})) {
          expect(vocabulary.endpoints.has(id)).toBe(true);
          for (const a of list) expect(a).toMatch(/^[0-9a-z:./-]{1,253}$/i);
        }
        for (const entry of ignored) expect(entry.param.length).toBeGreaterThan(0);
        // The state's link decodes, with nothing ignored, to the same state.
        const again = decode(encodeLinkState(state));
        expect(again.ignored).toEqual([]);
        expect(again.state).toEqual(state);
      }),
      { numRuns: 400 },
    );
  }, 30_000);
});

describe('parameters the contract names', () => {
  it('accepts legacy=show (the default) without a notice, and legacy=hide in any case', () => {
    expect(decode('?legacy=show')).toEqual({ state: emptyLinkState(), ignored: [] });
    expect(decode('?legacy=SHOW').ignored).toEqual([]);
    expect(decode('?legacy=Hide').state.filters.hideLegacy).toBe(true);
  });

  it('writes facet values sorted and once, whatever the order in the state', () => {
    const state = emptyLinkState();
    state.filters.facets.scenario = ['xmpp-federation', 'public-im', 'xmpp-federation'];
    state.filters.facets.transport = ['udp', 'tcp'];
    expect(encodeLinkState(state)).toBe('?scenario=public-im,xmpp-federation&transport=tcp,udp');
    expect(decode('?scenario=xmpp-federation,public-im').state.filters.facets.scenario).toEqual(['public-im', 'xmpp-federation']);
    expect(decode('?rules=xmpp-5269-out,xmpp-5269-in,xmpp-5269-out').state.selection).toEqual(['xmpp-5269-in', 'xmpp-5269-out']);
  });

  it('ignores an addr= entry with any invalid address, and one without addresses', () => {
    const { state, ignored } = decode('?addr=edge-internal*10.0.0.5*bad%20address,front-end,director*10.0.0.7*');
    expect(state.addresses).toBeUndefined();
    expect(ignored).toEqual([
      { param: 'addr', value: 'edge-internal*10.0.0.5*bad address' },
      { param: 'addr', value: 'front-end' },
      { param: 'addr', value: 'director*10.0.0.7*' },
    ]);
    expect(decode('?addr=Edge-Internal*10.0.0.5,edge-internal*10.0.0.5*10.0.0.6').state.addresses).toEqual({
      'edge-internal': ['10.0.0.5', '10.0.0.6'],
    });
  });

  it('parses the port at decoding: an invalid port is no filter at all', () => {
    for (const port of ['abc', '0', '70000', '6000-5000', '5-']) {
      const { state, ignored } = decode(`?port=${port}`);
      expect(state.filters.port).toBeUndefined();
      expect(activeFilters(state.filters)).toEqual([]);
      expect(ignored).toEqual([{ param: 'port', value: port }]);
    }
    expect(decode('?port=50000-59999').state.filters.port).toEqual({ from: 50000, to: 59999 });
    expect(encodeLinkState(decode('?port=443-443').state)).toBe('?port=443');
  });

  it('reads sorting once per column and reads each page', () => {
    const { state, ignored } = decode('?sort=ports,-ports,-Source&view=SHEET');
    expect(state.sort).toEqual([
      { id: 'ports', desc: false },
      { id: 'source', desc: true },
    ]);
    expect(ignored).toEqual([{ param: 'sort', value: '-ports' }]);
    expect(state.page).toBe('sheet');
    expect(encodeLinkState(state)).toBe('?view=sheet&sort=ports,-source');
    expect(decode('?view=diagram').state.page).toBe('diagram');
  });

  it('lists an unknown parameter without a value once, by its name', () => {
    expect(decode('?flag&flag&other=1&other=1').ignored).toEqual([{ param: 'flag' }, { param: 'other', value: '1' }]);
    expect(decode('?lang=fr').ignored).toEqual([{ param: 'lang', value: 'fr' }]);
  });

  it('shortens long ignored values and strips their control characters', () => {
    const long = 'x'.repeat(60);
    expect(decode(`?${long}=1`).ignored).toEqual([{ param: `${'x'.repeat(40)}…`, value: '1' }]);
    expect(decode('?view=%01admin').ignored).toEqual([{ param: 'view', value: 'admin' }]);
  });

  it('caps the search text and keeps its tokens', () => {
    const { state } = decode(`?q=${'a'.repeat(250)}%20b`);
    expect(state.filters.q).toBe('a'.repeat(200));
    expect(state.filters.tokens).toEqual(['a'.repeat(200)]);
    expect(cleanText(' a\u0000\u202eb  c ')).toBe('a b c');
  });

  it('encodes addresses sorted by endpoint, IPv6 colons and CIDR slashes as they are', () => {
    const state = {
      ...emptyLinkState(),
      addresses: { 'front-end': ['fe.contoso.com'], 'edge-internal': ['2001:db8::/32', '10.0.0.1'], director: [] },
    };
    expect(encodeLinkState(state)).toBe('?addr=edge-internal*2001:db8::/32*10.0.0.1,front-end*fe.contoso.com');
  });
});

describe('fixedVocabulary', () => {
  it('takes ids from the dataset, the fixed enums, and only interfaces for the interface facet', () => {
    const v = fixedVocabulary(loadShippedDataset());
    expect(v.topology.size).toBe(9);
    expect(v.scenario.has('xmpp-federation')).toBe(true);
    expect(v.role.has('av')).toBe(true);
    expect(v.protocol.has('stun-msturn')).toBe(true);
    expect([...v.direction]).toEqual(['inbound', 'outbound', 'lateral']);
    expect([...v.transport]).toEqual(['tcp', 'udp']);
    expect([...v.firewall]).toEqual(['external', 'internal']);
    expect(v.interface.has('edge-internal')).toBe(true);
    expect(v.interface.has('internet-any')).toBe(false);
    expect(v.endpoints.has('internet-any')).toBe(true);
    expect(v.rules.size).toBe(87);
    const bare = fixedVocabulary({ scenarios: [], roles: [], protocols: [], endpoints: [] });
    expect(bare.topology.size + bare.rules.size).toBe(0);
  });
});

describe('query string edges', () => {
  it('reads a query without "?", "+" as a space, and spaces around names, values and items', () => {
    expect(decode('lang=zh-TW').state.lang).toBe('zh-TW');
    expect(decode('?q=edge+sip').state.filters.tokens).toEqual(['edge', 'sip']);
    expect(decode('?%20lang%20=%20en%20').state.lang).toBe('en');
    expect(decode('?scenario=%20xmpp-federation%20,%20public-im').state.filters.facets.scenario).toEqual(['public-im', 'xmpp-federation']);
    expect(decode('?scenario=xmpp-federation,,&view=&lang=&sort=').ignored).toEqual([]);
  });

  it('ignores a value whose percent-encoding is broken, and keeps one that is only not UTF-8', () => {
    expect(decode('?q=%C3%28')).toMatchObject({ state: { filters: { q: '%C3%28' } }, ignored: [] });
    expect(decode('?q=%C3%2').ignored).toEqual([{ param: 'q', value: '%C3%2' }]);
    expect(decode('?q=%zz').ignored).toEqual([{ param: 'q', value: '%zz' }]);
  });

  it('shortens an ignored name longer than 40 characters only', () => {
    const forty = 'y'.repeat(40);
    expect(decode(`?${forty}=1`).ignored).toEqual([{ param: forty, value: '1' }]);
  });

  it('trims addr= ids and addresses, and caps an endpoint at 64 addresses', () => {
    expect(decode('?addr=edge-internal%20*%2010.0.0.1%20*10.0.0.2').state.addresses).toEqual({ 'edge-internal': ['10.0.0.1', '10.0.0.2'] });
    const many = Array.from({ length: 70 }, (_, i) => `10.0.1.${i}`).join('*');
    expect(addressesFor(decode(`?addr=edge-internal*${many}`).state.addresses, 'edge-internal')).toHaveLength(64);
  });

  it('reads at most 1,000 selected rules, and writes the selection sorted', () => {
    const ids = Array.from({ length: 1001 }, (_, i) => `r${String(i).padStart(4, '0')}`);
    const big = { ...vocabulary, rules: new Set(ids) };
    expect(decodeLinkState(`?rules=${ids.join(',')}`, big).state.selection).toHaveLength(1000);
    expect(encodeLinkState({ ...emptyLinkState(), selection: ['b', 'a', 'b'] })).toBe('?rules=a,b');
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
