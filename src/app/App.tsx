import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStorageProblems } from '../shared/browser/storage';
import { DATASET_URL } from '../shared/dataset/load';
import { filterRules } from '../shared/domain/filters';
import { type Page, setLang, setPage } from '../shared/domain/linkState';
import { buildRuleModel } from '../shared/domain/pairs';
import { indexDataset } from '../shared/domain/rules';
import type { Language } from '../shared/domain/schema';
import { displayValue } from '../shared/domain/text';
import { fixedVocabulary } from '../shared/domain/urlState';
import { currentLanguage } from '../shared/i18n';
import { LanguageSwitch } from '../shared/ui/LanguageSwitch';
import '../shared/ui/isolation.css';
import { LazyPage } from './LazyPage';
import { lazyPage } from './lazyPage';
import { ExplorerPage } from './pages/ExplorerPage';
import { useAddresses } from './useAddresses';
import { type FirstLoad, useDataset } from './useDataset';
import { useFileDrop } from './useFileDrop';
import { useLinkState } from './useLinkState';
import { ViewTabs } from './ViewTabs';

const SheetRoute = lazyPage(() => import('./pages/SheetRoute'));
const AboutPage = lazyPage(() => import('../features/about/AboutPage'));
const ConfigRoute = lazyPage(() => import('./pages/ConfigRoute'));
const CheckRoute = lazyPage(() => import('./pages/CheckRoute'));
// Shown only when needed (or below the table): not in the first load.
const DatasetFile = lazyPage(() => import('./DatasetFile'));
const IgnoredNotice = lazyPage(() => import('./IgnoredNotice'));
const ProblemList = lazyPage(() => import('../shared/ui/ProblemList'));
const LinkAddressesNotice = lazyPage(() => import('./LinkAddressesNotice'));
const StorageNotice = lazyPage(() => import('./StorageNotice'));
const ForgetAddresses = lazyPage(() => import('../shared/ui/ForgetAddresses'));

export type { FirstLoad };

/** Composes the app: the dataset, the link state, the addresses, and the page the link names. */
export function App({ first }: { first?: FirstLoad }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage();
  const { load, ownFile, openFile, reload } = useDataset(first);
  const dataset = load.status === 'ready' ? load.dataset : undefined;
  const index = useMemo(() => (dataset ? indexDataset(dataset) : undefined), [dataset]);
  const model = useMemo(() => (index ? buildRuleModel(index) : undefined), [index]);
  const vocabulary = useMemo(() => (dataset ? fixedVocabulary(dataset) : undefined), [dataset]);
  const endpointIds = useMemo(() => new Set(dataset?.endpoints.map((e) => e.id) ?? []), [dataset]);
  const { state, update, ignored, dismissIgnored } = useLinkState(vocabulary);
  const address = useAddresses(state.addresses, update, endpointIds);
  const storageProblems = useStorageProblems();
  const [forgot, setForgot] = useState(false);
  const drop = useFileDrop();
  // The small lazy pieces (notices, the footer's controls) each have their boundary too: one that fails to load stays local.
  const part = t('boundary.part');
  // The one filtering path: every page consumes these rules.
  const filtered = useMemo(() => (model ? filterRules(model.ordered, state.filters) : []), [model, state.filters]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);
  // A link or Back/Forward that names a language switches to it.
  useEffect(() => {
    if (state.lang && state.lang !== currentLanguage()) void i18n.changeLanguage(state.lang);
  }, [state.lang, i18n]);
  const changeLanguage = useCallback(
    (next: Language) => {
      void i18n.changeLanguage(next);
      update((s) => setLang(s, next));
    },
    [i18n, update],
  );
  const goTo = useCallback((page: Page) => update((s) => setPage(s, page)), [update]);
  // The pages built on the request sheet's rules (firewall configuration, flow check) take the same props.
  const Tool = state.page === 'config' ? ConfigRoute : state.page === 'check' ? CheckRoute : undefined;

  return (
    <>
      <a className="skip-link" href="#rules">
        {t('app.skipToRules')}
      </a>
      <header className="app-header">
        <div className="app-title">
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
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
      {load.status === 'loading' && (
        <main id="rules" tabIndex={-1}>
          <p className="status" role="status" aria-live="polite">
            {t('loading')}
          </p>
        </main>
      )}
      {load.status === 'error' && (
        <main id="rules" tabIndex={-1}>
          <section className="error-panel" role="alert">
            <h2>{t('error.title')}</h2>
            <p>{t('error.file', { file: displayValue(ownFile ?? DATASET_URL, 120) })}</p>
            <LazyPage area={part} fallback={null}>
              <ProblemList problems={load.problems} />
            </LazyPage>
            <button type="button" onClick={reload}>
              {ownFile ? t('datasetFile.reset') : t('error.retry')}
            </button>
          </section>
        </main>
      )}
      {index && model && (state.page === 'rules' || state.page === 'diagram') && (
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
      {index && model && state.page === 'sheet' && (
        <LazyPage area={t('nav.sheet')}>
          <SheetRoute index={index} model={model} filtered={filtered} lang={lang} state={state} update={update} address={address} />
        </LazyPage>
      )}
      {index && model && Tool && (
        <LazyPage area={t(`nav.${state.page}`)}>
          <Tool index={index} model={model} filtered={filtered} lang={lang} state={state} update={update} addresses={address.addresses} />
        </LazyPage>
      )}
      {dataset && state.page === 'about' && (
        <LazyPage area={t('nav.about')}>
          <AboutPage dataset={dataset} lang={lang} />
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
        <p>{t('app.credit')}</p>
        {dataset && <p>{t('app.datasetVersion', { version: dataset.version })}</p>}
      </footer>
    </>
  );
}
