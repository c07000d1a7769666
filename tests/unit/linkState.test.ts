/** The typed updates the app makes to the link state: each changes only what it names. */
import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../src/shared/domain/filters';
import {
  clearFilters,
  emptyLinkState,
  removeFilter,
  setFacet,
  setHideLegacy,
  setLang,
  setPage,
  setPort,
  setQuery,
  setSelection,
  setSharedAddresses,
  setSort,
  toggleFacetValue,
} from '../../src/shared/domain/linkState';

const base = () => {
  const state = emptyLinkState();
  return { ...state, lang: 'en' as const, page: 'sheet' as const, sort: [{ id: 'ports' as const, desc: true }], selection: ['a'] };
};

describe('link state updates', () => {
  it('starts with the rules page and no filter, sorting or selection', () => {
    expect(emptyLinkState()).toMatchObject({ page: 'rules', filters: emptyFilters(), sort: [], selection: [] });
    expect(emptyLinkState().lang).toBeUndefined();
    expect(emptyLinkState().addresses).toBeUndefined();
  });

  it('sets a facet without duplicates, and toggles one value on and off', () => {
    const state = setFacet(base(), 'scenario', ['dns', 'av-media', 'dns']);
    expect(state.filters.facets.scenario).toEqual(['dns', 'av-media']);
    expect(state.filters.facets.role).toEqual([]);
    expect(state.page).toBe('sheet');
    const on = toggleFacetValue(state, 'scenario', 'xmpp-federation', true);
    expect(on.filters.facets.scenario).toEqual(['dns', 'av-media', 'xmpp-federation']);
    expect(toggleFacetValue(on, 'scenario', 'dns', false).filters.facets.scenario).toEqual(['av-media', 'xmpp-federation']);
    expect(toggleFacetValue(on, 'scenario', 'dns', true).filters.facets.scenario).toEqual(['dns', 'av-media', 'xmpp-federation']);
  });

  it('sets the port, the search with its tokens, and the legacy toggle', () => {
    const state = setHideLegacy(setQuery(setPort(base(), { from: 443, to: 443 }), 'Edge  SIP'), true);
    expect(state.filters).toEqual({
      ...emptyFilters(),
      port: { from: 443, to: 443 },
      q: 'Edge  SIP',
      tokens: ['edge', 'sip'],
      hideLegacy: true,
    });
    expect(setPort(state, undefined).filters.port).toBeUndefined();
    expect(setHideLegacy(state, false).filters.hideLegacy).toBe(false);
  });

  it('removes one filter, or all of them, keeping page, language, sorting and selection', () => {
    const filtered = setQuery(setFacet(setPort(base(), { from: 1, to: 2 }), 'role', ['av']), 'x');
    const noPort = removeFilter(filtered, { kind: 'port' });
    expect(noPort.filters.port).toBeUndefined();
    expect(noPort.filters.facets.role).toEqual(['av']);
    const cleared = clearFilters(filtered);
    expect(cleared).toMatchObject({ ...base(), filters: emptyFilters() });
    expect(cleared.filters).toEqual(emptyFilters());
  });

  it('sets the page, language, sorting, a de-duplicated selection and shared addresses', () => {
    expect(setPage(base(), 'about').page).toBe('about');
    expect(setLang(base(), 'zh-TW').lang).toBe('zh-TW');
    expect(setSort(base(), []).sort).toEqual([]);
    expect(setSelection(base(), ['b', 'a', 'b']).selection).toEqual(['b', 'a']);
    expect(setSharedAddresses(base(), { x: ['10.0.0.1'] }).addresses).toEqual({ x: ['10.0.0.1'] });
    expect(setSharedAddresses(base(), undefined).addresses).toBeUndefined();
    expect(setPage(base(), 'about').filters).toEqual(base().filters);
  });
});
