import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStorageProblems } from '../shared/browser/storage';
import { productUrl } from '../shared/dataset/load';
import { type Page, setPage, setProduct } from '../shared/domain/linkState';
import { creditKey, PRODUCT_IDS, type ProductId, productName } from '../shared/domain/products';
import { currentLanguage } from '../shared/i18n';
import { LanguageSwitch } from '../shared/ui/LanguageSwitch';
import '../shared/ui/isolation.css';
import { LazyPage } from './LazyPage';
import { lazyPage } from './lazyPage';
import { ProductSwitch } from './ProductSwitch';
import { ExplorerPage } from './pages/ExplorerPage';
import { useAddresses } from './useAddresses';
import { type FirstLoad, readyDataset } from './useDataset';
import { useFileDrop } from './useFileDrop';
import { useLanguage } from './useLanguage';
import { useLinkState } from './useLinkState';
import { useProducts } from './useProducts';
import { useRules } from './useRules';
import { ViewTabs } from './ViewTabs';

const SheetRoute = lazyPage(() => import('./pages/SheetRoute'));
const AboutPage = lazyPage(() => import('../features/about/AboutPage'));
const ConfigRoute = lazyPage(() => import('./pages/ConfigRoute'));
const CheckRoute = lazyPage(() => import('./pages/CheckRoute'));
const ChangesRoute = lazyPage(() => import('./pages/ChangesRoute'));
// Shown only when needed (or below the table): not in the first load.
const DatasetFile = lazyPage(() => import('./DatasetFile'));
const IgnoredNotice = lazyPage(() => import('./IgnoredNotice'));
const DatasetError = lazyPage(() => import('./DatasetError'));
const LinkAddressesNotice = lazyPage(() => import('./LinkAddressesNotice'));
const StorageNotice = lazyPage(() => import('./StorageNotice'));
const ForgetAddresses = lazyPage(() => import('../shared/ui/ForgetAddresses'));

export type { FirstLoad };

/** Composes the app: the dataset, the link state, the addresses, and the page the link names. */
export function App({ first }: { first?: FirstLoad }) {
  const { t } = useTranslation();
  // The product shown (product=), the two compared (view=changes), their datasets and the link's vocabulary.
  const products = useProducts(first);
  const { load, ownFile, openFile, reload, shown, vocabulary } = products;
  // The page the address bar names (the link state is decoded once its datasets are in).
  const page = products.targets.page;
  const dataset = load.status === 'ready' ? load.dataset : undefined;
  const endpointIds = useMemo(() => new Set(dataset?.endpoints.map((e) => e.id) ?? []), [dataset]);
  const { state, update, ignored, dismissIgnored } = useLinkState(vocabulary);
  // The index, the rule model and the one filtered list every page consumes.
  const { index, model, filtered } = useRules(dataset, state.filters);
  const product = productName(dataset, currentLanguage(), t, shown);
  const [lang, changeLanguage] = useLanguage(state.lang, product, update);
  const address = useAddresses(state.addresses, update, endpointIds);
  const storageProblems = useStorageProblems();
  const [forgot, setForgot] = useState(false);
  const drop = useFileDrop();
  // The small lazy pieces (notices, the footer's controls) each have their boundary too: one that fails to load stays local.
  const part = t('boundary.part');
  const goTo = useCallback((next: Page) => update((s) => setPage(s, next)), [update]);
  // Choosing a product shows its built-in dataset (closing the user's own file, if one is open).
  const chooseProduct = useCallback(
    (id: ProductId) => {
      products.closeFile();
      update((s) => setProduct(s, id));
    },
    [products.closeFile, update],
  );
  // The pages built on the request sheet's rules (firewall configuration, flow check) take the same props.
  const Tool = page === 'config' ? ConfigRoute : page === 'check' ? CheckRoute : undefined;

  return (
    <>
      <a className="skip-link" href="#rules">
        {t('app.skipToRules')}
      </a>
      <header className="app-header">
        <div className="app-title">
          <h1>{t('app.title', { product })}</h1>
          <ProductSwitch shown={shown} own={ownFile === undefined ? undefined : product} onChange={chooseProduct} />
          <p className="tagline">{t('app.tagline', { product })}</p>
        </div>
        <div className="header-controls">
          {index && <ViewTabs state={state} onPage={goTo} />}
          <LanguageSwitch lang={lang} onChange={changeLanguage} />
        </div>
      </header>
      {ignored.list.length + ignored.omitted > 0 && (
        <LazyPage area={part} fallback={null}>
          <IgnoredNotice ignored={ignored.list} omitted={ignored.omitted} onDismiss={dismissIgnored} />
        </LazyPage>
      )}
      <LazyPage area={part} fallback={null}>
        {index && (address.fromLink.size > 0 || address.linkErrors.size > 0) && (
          <LinkAddressesNotice
            fromLink={address.fromLink}
            errors={address.linkErrors}
            name={(id) => index.endpoint(id)?.name[lang] ?? id}
            onKeep={address.keepLinkAddresses}
            onDrop={address.dropLinkAddresses}
          />
        )}
        {storageProblems.length > 0 && <StorageNotice />}
      </LazyPage>
      {load.status === 'loading' && page !== 'changes' && (
        <main id="rules" tabIndex={-1}>
          <p className="status" role="status" aria-live="polite">
            {t('loading')}
          </p>
        </main>
      )}
      {load.status === 'error' && page !== 'changes' && (
        <main id="rules" tabIndex={-1}>
          <LazyPage area={part}>
            <DatasetError file={ownFile ?? productUrl(shown)} problems={load.problems} onRetry={reload} ownFile={ownFile !== undefined} />
          </LazyPage>
        </main>
      )}
      {index && model && (page === 'rules' || page === 'diagram') && (
        <LazyPage area={t('nav.rules')}>
          <ExplorerPage
            index={index}
            model={model}
            filtered={filtered}
            lang={lang}
            state={state}
            update={update}
            addresses={address.addresses}
          />
        </LazyPage>
      )}
      {index && model && page === 'sheet' && (
        <LazyPage area={t('nav.sheet')}>
          <SheetRoute index={index} model={model} filtered={filtered} lang={lang} state={state} update={update} address={address} />
        </LazyPage>
      )}
      {index && model && Tool && (
        <LazyPage area={t(`nav.${page}`)}>
          <Tool index={index} model={model} filtered={filtered} lang={lang} state={state} update={update} addresses={address.addresses} />
        </LazyPage>
      )}
      {dataset && page === 'about' && (
        <LazyPage area={t('nav.about')}>
          <AboutPage
            dataset={dataset}
            lang={lang}
            products={PRODUCT_IDS.map((id) => ({ id, dataset: readyDataset(products.get(id)) }))}
            shown={ownFile ? undefined : shown}
          />
        </LazyPage>
      )}
      {page === 'changes' && (
        <LazyPage area={t('nav.changes')}>
          <ChangesRoute products={products} lang={lang} state={state} update={update} addresses={address.addresses} />
        </LazyPage>
      )}
      <footer className="app-footer">
        <LazyPage area={part} fallback={null}>
          <DatasetFile
            onFile={openFile}
            current={ownFile}
            onReset={reload}
            dropped={drop.dropped}
            dragging={drop.dragging}
            onDropTaken={drop.taken}
          />
        </LazyPage>
        {(address.savedCount > 0 || forgot) && (
          <LazyPage area={part} fallback={null}>
            <ForgetAddresses
              count={address.savedCount}
              onForget={() => {
                address.forgetAddresses();
                setForgot(true);
              }}
            />
          </LazyPage>
        )}
        <p>{t(creditKey(dataset ? dataset.product?.id : shown))}</p>
        {dataset && <p>{t('app.datasetVersion', { version: dataset.version })}</p>}
      </footer>
    </>
  );
}
