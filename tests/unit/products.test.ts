/** The product switch's domain: products.ts, the product parameters of links, and the vocabulary a link is read with. */
import { describe, expect, it } from 'vitest';
import { linkTargets, unionVocabulary } from '../../src/app/useProducts';
import { emptyLinkState, setCompared, setPage, setProduct } from '../../src/shared/domain/linkState';
import { comparedProducts, creditKey, exportPrefix, productFile, productName } from '../../src/shared/domain/products';
import type { Dataset } from '../../src/shared/domain/schema';
import { exportFilename } from '../../src/shared/domain/sheet';
import { decodeLinkState, encodeLinkState, fixedVocabulary } from '../../src/shared/domain/urlState';
import { filtersFrom, loadShippedDataset, readJson, translator } from './helpers';

const lync = loadShippedDataset();
const sfb2019 = readJson<Dataset>('public/data/sfb-2019.json');

describe('products', () => {
  it('keep data/rules.json as the Lync Server 2013 file and name the others after their id', () => {
    expect(['lync-2013', 'sfb-2015', 'sfb-2019'].map((id) => productFile(id as 'lync-2013'))).toEqual([
      'data/rules.json',
      'data/sfb-2015.json',
      'data/sfb-2019.json',
    ]);
  });

  it('name export files after the product, keeping the names Lync files always had', () => {
    const filters = filtersFrom({ facets: { topology: ['single-nat'] } });
    expect(exportFilename(filters, '2026-11-23', 'csv', exportPrefix('lync-2013'))).toBe('lync-edge-rules-single-nat-2026-11-23.csv');
    expect(exportFilename(filters, '2026-11-23', 'csv', exportPrefix(undefined))).toBe('lync-edge-rules-single-nat-2026-11-23.csv');
    expect(exportFilename(filters, '2026-11-23', 'csv', exportPrefix('sfb-2019'))).toBe('sfb-2019-edge-rules-single-nat-2026-11-23.csv');
  });

  it('name the product from the dataset, as Lync Server 2013 without one, and as the link says while none is loaded', () => {
    const t = translator('zh-TW');
    expect(productName(sfb2019, 'zh-TW', t)).toBe('商務用 Skype Server 2019');
    expect(productName({ ...lync, product: undefined }, 'zh-TW', t, 'sfb-2019')).toBe('Lync Server 2013');
    expect(productName(undefined, 'zh-TW', t, 'sfb-2015')).toBe('商務用 Skype Server 2015');
    expect(productName({ ...lync, product: { id: 'contoso', name: { en: 'Contoso UC', 'zh-TW': 'Contoso 通訊' } } }, 'en', t)).toBe(
      'Contoso UC',
    );
    expect([creditKey('sfb-2015'), creditKey('lync-2013'), creditKey(undefined)]).toEqual(['app.creditSfb', 'app.credit', 'app.credit']);
  });

  it('compare the product shown with the latest by default, never one product with itself unless the link says so', () => {
    expect(comparedProducts('lync-2013')).toEqual({ from: 'lync-2013', to: 'sfb-2019' });
    expect(comparedProducts('sfb-2015')).toEqual({ from: 'sfb-2015', to: 'sfb-2019' });
    expect(comparedProducts('sfb-2019')).toEqual({ from: 'lync-2013', to: 'sfb-2019' });
    expect(comparedProducts('lync-2013', undefined, 'lync-2013')).toEqual({ from: 'sfb-2019', to: 'lync-2013' });
    expect(comparedProducts('lync-2013', 'sfb-2019')).toEqual({ from: 'sfb-2019', to: 'lync-2013' });
    expect(comparedProducts('lync-2013', 'sfb-2015', 'sfb-2015')).toEqual({ from: 'sfb-2015', to: 'sfb-2015' });
  });
});

describe('product=, from=, to= in links', () => {
  const vocabulary = fixedVocabulary(lync);
  it('read a link without product= as a Lync Server 2013 link, and product=lync-2013 as the same link', () => {
    expect(decodeLinkState('?topology=single-nat', vocabulary).state.product).toBeUndefined();
    const explicit = decodeLinkState('?product=LYNC-2013&topology=single-nat', vocabulary);
    expect(explicit).toEqual(decodeLinkState('?topology=single-nat', vocabulary));
    expect(encodeLinkState(explicit.state)).toBe('?topology=single-nat');
  });

  it('read the products and drop unknown ones with the notice', () => {
    const { state, ignored } = decodeLinkState('?view=changes&product=sfb-2015&from=lync-2013&to=sfb-2019', vocabulary);
    expect([state.page, state.product, state.from, state.to]).toEqual(['changes', 'sfb-2015', 'lync-2013', 'sfb-2019']);
    expect(ignored).toEqual([]);
    expect(decodeLinkState('?product=sfb-2020&to=subscription-edition', vocabulary).ignored).toEqual([
      { param: 'product', value: 'sfb-2020' },
      { param: 'to', value: 'subscription-edition' },
    ]);
  });

  it('write from= and to= on the changes page only, and product= wherever it is not the default', () => {
    const changes = setCompared(setPage(setProduct(emptyLinkState(), 'sfb-2019'), 'changes'), 'lync-2013', 'sfb-2019');
    expect(encodeLinkState(changes)).toBe('?view=changes&product=sfb-2019&from=lync-2013&to=sfb-2019');
    expect(encodeLinkState(setPage(changes, 'sheet'))).toBe('?view=sheet&product=sfb-2019');
    expect(encodeLinkState(setProduct(changes, 'lync-2013'))).toBe('?view=changes&from=lync-2013&to=sfb-2019');
    expect(decodeLinkState(encodeLinkState(changes), vocabulary).state).toEqual(changes);
  });

  it('are read before any dataset, exactly as the full decoder reads them', () => {
    for (const search of [
      '',
      '?view=CHANGES&to=sfb-2015',
      '?product=sfb-2019&product=nope',
      '?view=changes%zz&product=sfb-2015',
      '?from=x,y',
    ]) {
      const full = decodeLinkState(search, vocabulary).state;
      const early = linkTargets(search);
      expect([early.page, early.product, early.from, early.to]).toEqual([full.page, full.product, full.from, full.to]);
    }
  });

  it('check the rest of the link against the product shown: an id that product lacks is dropped with the notice', () => {
    const link = '?product=sfb-2019&scenario=xmpp-federation,hybrid&rule=xmpp-5269-in&topology=single-nat';
    const { state, ignored } = decodeLinkState(link, fixedVocabulary(sfb2019));
    expect(state.filters.facets.scenario).toEqual(['hybrid']);
    expect(state.filters.facets.topology).toEqual(['single-nat']);
    expect(ignored).toEqual([
      { param: 'scenario', value: 'xmpp-federation' },
      { param: 'rule', value: 'xmpp-5269-in' },
    ]);
  });

  it('check a comparison link against both compared products', () => {
    const both = unionVocabulary(fixedVocabulary(lync), fixedVocabulary(sfb2019));
    const { state, ignored } = decodeLinkState('?view=changes&scenario=xmpp-federation,hybrid,carrier-pigeon', both);
    expect(state.filters.facets.scenario).toEqual(['hybrid', 'xmpp-federation']);
    expect(ignored).toEqual([{ param: 'scenario', value: 'carrier-pigeon' }]);
  });
});
