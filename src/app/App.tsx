import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterPanel } from '../features/filters/FilterPanel';
import { facetOptions } from '../features/filters/options';
import { TopologyPicker } from '../features/filters/TopologyPicker';
import { RuleTable } from '../features/table/RuleTable';
import { useRuleTable } from '../features/table/useRuleTable';
import { DATASET_URL, loadDataset } from '../shared/dataset/load';
import type { Assignments } from '../shared/domain/addresses';
import { sanitizeAssignments } from '../shared/domain/addressSyntax';
import { isoDate } from '../shared/domain/dates';
import { type ActiveFilter, activeFilters, countFacets, explainEmpty } from '../shared/domain/facets';
import { buildRuleModel, type RuleModel } from '../shared/domain/pairs';
import { parsePortRange } from '../shared/domain/ports';
import { type DatasetIndex, indexDataset } from '../shared/domain/rules';
import type { Dataset, Language } from '../shared/domain/schema';
import { emptyViewState, fixedVocabulary, type ViewState } from '../shared/domain/urlState';
import { type DatasetProblem, type DatasetResult, parseDatasetText } from '../shared/domain/validate';
import { currentLanguage } from '../shared/i18n';
import { CopyLinkButton } from '../shared/ui/CopyLinkButton';
import { ErrorBoundary } from '../shared/ui/ErrorBoundary';
import { LanguageSwitch } from '../shared/ui/LanguageSwitch';
import { ProblemList } from '../shared/ui/ProblemList';
import { DatasetFile } from './DatasetFile';
import { EmptyState } from './EmptyState';
import { IgnoredNotice } from './IgnoredNotice';
import { usePersistentState } from './usePersistentState';
import { useViewState } from './useViewState';
import { ViewTabs } from './ViewTabs';

const DiagramPanel = lazy(() => import('../features/diagram/DiagramPanel'));
const AboutPage = lazy(() => import('../features/about/AboutPage'));
const SheetRoute = lazy(() => import('./SheetRoute'));

type LoadState = { status: 'loading' } | { status: 'error'; problems: DatasetProblem[] } | { status: 'ready'; dataset: Dataset };

const toLoadState = (result: DatasetResult): LoadState =>
  result.ok ? { status: 'ready', dataset: result.dataset } : { status: 'error', problems: result.problems };

/** What main.tsx already has when it mounts the app: the validated dataset, or the load still under way. */
export type FirstLoad = { result: DatasetResult } | { pending: Promise<DatasetResult> };

export function App({ first }: { first?: FirstLoad }) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage();
  // When the dataset is already in, the first render is the table itself (no loading frame).
  const [load, setLoad] = useState<LoadState>(() => (first && 'result' in first ? toLoadState(first.result) : { status: 'loading' }));
  /** The name of the user's own dataset file when one is shown (it never leaves the browser). */
  const [ownFile, setOwnFile] = useState<string>();

  useEffect(() => {
    if (first && 'result' in first) return;
    let live = true;
    (first?.pending ?? loadDataset()).then((result) => live && setLoad(toLoadState(result)));
    return () => {
      live = false;
    };
  }, [first]);
  /** Retry after an error, or back from the user's own file: always asks the server again. */
  const fetchDataset = useCallback(() => {
    setOwnFile(undefined);
    setLoad({ status: 'loading' });
    loadDataset(DATASET_URL, true).then((result) => setLoad(toLoadState(result)));
  }, []);
  const openFile = (name: string, text: string) => {
    setOwnFile(name);
    setLoad(toLoadState(parseDatasetText(text)));
  };

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);

  const dataset = load.status === 'ready' ? load.dataset : undefined;
  const index = useMemo(() => (dataset ? indexDataset(dataset) : undefined), [dataset]);
  const model = useMemo(() => (index ? buildRuleModel(index) : undefined), [index]);
  const vocabulary = useMemo(() => (dataset ? fixedVocabulary(dataset) : undefined), [dataset]);
  const view = useViewState(vocabulary);

  // A link or Back/Forward that names a language switches to it.
  useEffect(() => {
    if (view.state.lang && view.state.lang !== currentLanguage()) void i18n.changeLanguage(view.state.lang);
  }, [view.state.lang, i18n]);

  const [storedAddresses, setStoredAddresses] = usePersistentState('lync-port-matrix.addresses', (raw) => sanitizeAssignments(raw));
  const endpointIds = useMemo(() => new Set(dataset?.endpoints.map((e) => e.id) ?? []), [dataset]);
  const addresses = useMemo(
    () => sanitizeAssignments(view.state.addresses ?? storedAddresses, endpointIds),
    [view.state.addresses, storedAddresses, endpointIds],
  );
  const changeAddress = (endpointId: string, list: string[]) => {
    const next = { ...addresses, [endpointId]: list };
    if (list.length === 0) delete next[endpointId];
    setStoredAddresses(next);
    if (view.state.addresses !== undefined) view.update({ ...view.state, addresses: next }, 'addr');
  };
  const shareAddresses = (share: boolean) => view.update({ ...view.state, addresses: share ? addresses : undefined });
  const changeLanguage = (next: Language) => {
    void i18n.changeLanguage(next);
    view.update({ ...view.state, lang: next });
  };

  return (
    <>
      <a className="skip-link" href="#rules">
        {t('app.skipToRules')}
      </a>
      <header className="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <div className="header-controls">
          {index && <ViewTabs state={view.state} onChange={view.update} />}
          <LanguageSwitch lang={lang} onChange={changeLanguage} />
        </div>
      </header>
      {view.ignored.length > 0 && <IgnoredNotice ignored={view.ignored} onDismiss={view.dismissIgnored} />}
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
            <p>{t('error.file', { file: ownFile ?? DATASET_URL })}</p>
            <ProblemList problems={load.problems} />
            <button type="button" onClick={fetchDataset}>
              {ownFile ? t('datasetFile.reset') : t('error.retry')}
            </button>
          </section>
        </main>
      )}
      {index && model && (view.state.view === 'rules' || view.state.view === 'diagram') && (
        <Explorer index={index} model={model} lang={lang} state={view.state} onChange={view.update} addresses={addresses} />
      )}
      {index && model && view.state.view === 'sheet' && (
        <ErrorBoundary area={t('nav.sheet')}>
          <Suspense fallback={<p className="status">{t('loading')}</p>}>
            <SheetRoute
              index={index}
              model={model}
              lang={lang}
              state={view.state}
              onChange={view.update}
              addresses={addresses}
              onAddressChange={changeAddress}
              onShareAddressesChange={shareAddresses}
            />
          </Suspense>
        </ErrorBoundary>
      )}
      {dataset && view.state.view === 'about' && (
        <ErrorBoundary area={t('nav.about')}>
          <Suspense fallback={<p className="status">{t('loading')}</p>}>
            <AboutPage dataset={dataset} lang={lang} />
          </Suspense>
        </ErrorBoundary>
      )}
      <footer className="app-footer">
        <DatasetFile onFile={openFile} current={ownFile} onReset={fetchDataset} />
        <p>{t('app.credit')}</p>
        {dataset && <p>{t('app.datasetVersion', { version: dataset.version })}</p>}
      </footer>
    </>
  );
}

interface ExplorerProps {
  index: DatasetIndex;
  model: RuleModel;
  lang: Language;
  state: ViewState;
  onChange: (next: ViewState, coalesce?: string) => void;
  addresses: Assignments;
}

function Explorer({ index, model, lang, state, onChange, addresses }: ExplorerProps) {
  const { t } = useTranslation();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [highlighted, setHighlighted] = useState<string | undefined>();
  const [selectedRule, setSelectedRule] = useState<string | undefined>();
  const { views, pairs, ordered } = model;
  const { port, q, hideLegacy } = state;
  const portQuery = useMemo(() => {
    const parsed = parsePortRange(port);
    return parsed.ok ? parsed.range : undefined;
  }, [port]);
  const text = useMemo(() => ({ port, q, hideLegacy }), [port, q, hideLegacy]);
  const table = useRuleTable({
    rows: ordered,
    text,
    index,
    lang,
    facets: state.facets,
    sort: state.sort,
    onSortChange: (sort) => onChange({ ...state, sort }),
    pairs,
    portQuery,
    selection: state.rules,
    onSelectionChange: (rules) => onChange({ ...state, rules }),
    addresses,
  });
  // Facet counts follow one render behind the table (a deferred render): a keystroke repaints the
  // rows first, then the counts (one pass over the rules, see countFacets).
  const deferredState = useDeferredValue(state);
  const counts = useMemo(() => countFacets(ordered, deferredState), [ordered, deferredState]);
  const options = useMemo(() => facetOptions(index, views, lang, t), [index, views, lang, t]);
  const shown = table.getRowModel().rows.length;
  const active = activeFilters(state);
  const legacyCount = useMemo(() => views.filter((v) => v.rule.legacy).length, [views]);

  const clearAll = () =>
    onChange({ ...emptyViewState(), lang: state.lang, view: state.view, sort: state.sort, rules: state.rules, addresses: state.addresses });
  const describe = (filter: ActiveFilter): string => {
    switch (filter.kind) {
      case 'facet': {
        const labels = filter.values.map((id) => options[filter.facet].find((o) => o.id === id)?.label ?? id);
        return `${t(`filters.${filter.facet}`)}: ${labels.join(', ')}`;
      }
      case 'port':
        return `${t('filters.port')}: ${state.port}`;
      case 'q':
        return `${t('filters.search')}: “${state.q.trim()}”`;
      case 'legacy':
        return t('filters.hideLegacy', { count: legacyCount });
    }
  };
  const remove = (filter: ActiveFilter) => {
    switch (filter.kind) {
      case 'facet':
        return onChange({ ...state, facets: { ...state.facets, [filter.facet]: [] } });
      case 'port':
        return onChange({ ...state, port: '' });
      case 'q':
        return onChange({ ...state, q: '' });
      case 'legacy':
        return onChange({ ...state, hideLegacy: false });
    }
  };

  return (
    <div className="explorer">
      <aside className={filtersOpen ? 'filter-panel is-open' : 'filter-panel'} aria-labelledby="filters-heading">
        <div className="filter-panel-head">
          <h2 id="filters-heading">{t('filters.title')}</h2>
          <button
            type="button"
            className="filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="filter-panel-body"
            onClick={() => setFiltersOpen((open) => !open)}
          >
            {filtersOpen ? t('filters.hide') : active.length === 0 ? t('filters.showNone') : t('filters.show', { count: active.length })}
          </button>
        </div>
        <div id="filter-panel-body" className="filter-panel-body">
          <FilterPanel state={state} options={options} counts={counts} legacyCount={legacyCount} onChange={onChange} />
        </div>
      </aside>
      <main id="rules" tabIndex={-1} className="results">
        <TopologyPicker
          options={options.topology}
          selected={state.facets.topology}
          onChange={(topology) => onChange({ ...state, facets: { ...state.facets, topology } })}
        />
        <div className="results-bar">
          <p className="result-count" aria-live="polite">
            {t('table.shown', { shown, count: views.length })}
          </p>
          <div className="results-actions">
            <button type="button" onClick={clearAll} disabled={active.length === 0}>
              {t('filters.clearAll')}
            </button>
            <CopyLinkButton />
          </div>
        </div>
        {state.view === 'diagram' && (
          <ErrorBoundary area={t('nav.diagram')}>
            <Suspense fallback={<p className="status">{t('diagram.loading')}</p>}>
              <DiagramPanel
                views={table.getRowModel().rows.map((row) => row.original)}
                allViews={views}
                index={index}
                lang={lang}
                pairs={pairs}
                selected={state.facets.interface}
                onSelect={(ids) => onChange({ ...state, facets: { ...state.facets, interface: ids } })}
                highlighted={highlighted}
                onHighlight={setHighlighted}
                onActivate={(ruleId) => {
                  setSelectedRule(ruleId);
                  const row = document.getElementById(`rule-${ruleId}`);
                  row?.scrollIntoView({ block: 'center' });
                  row?.focus({ preventScroll: true });
                }}
                today={isoDate(new Date())}
              />
            </Suspense>
          </ErrorBoundary>
        )}
        <RuleTable
          table={table}
          pairs={pairs}
          highlighted={highlighted}
          selected={selectedRule}
          onHighlight={state.view === 'diagram' ? setHighlighted : undefined}
          empty={
            shown === 0 ? (
              <EmptyState reasons={explainEmpty(views, state)} describe={describe} onRemove={remove} onClearAll={clearAll} />
            ) : null
          }
        />
      </main>
    </div>
  );
}
