import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterPanel } from '../../features/filters/FilterPanel';
import { facetOptions } from '../../features/filters/options';
import { DensitySwitch } from '../../features/table/DensitySwitch';
import { useDensity } from '../../features/table/density';
import { RuleTable } from '../../features/table/RuleTable';
import { useRuleTable } from '../../features/table/useRuleTable';
import { isoDate } from '../../shared/domain/dates';
import type { FacetId } from '../../shared/domain/facets';
import { activeFilters, countFilteredFacets } from '../../shared/domain/filters';
import {
  clearFilters,
  removeFilter,
  type SortSpec,
  setDensity,
  setFacet,
  setOpenRule,
  setSelection,
  setSort,
} from '../../shared/domain/linkState';
import { CopyLinkButton } from '../../shared/ui/CopyLinkButton';
import { LazyPage } from '../LazyPage';
import { lazyPage } from '../lazyPage';
import { useCoverings } from '../useCoverings';
import { FilterAside, useFilterActions } from './FilterAside';
import type { RulesPageProps } from './routeProps';

const DiagramPanel = lazyPage(() => import('../../features/diagram/DiagramPanel'));
const RuleDetails = lazyPage(() => import('../../features/details/RuleDetails'));
const EmptyState = lazyPage(() => import('./EmptyState'));

/** The explorer: filters, the rule table and, on the diagram page, the interface diagrams. */
export function ExplorerPage({ index, model, filtered, lang, state, update, addresses }: RulesPageProps) {
  const { t } = useTranslation();
  const [highlighted, setHighlighted] = useState<string | undefined>();
  const [selectedRule, setSelectedRule] = useState<string | undefined>();
  const { rules, pairs, ordered } = model;
  const { filters } = state;
  const [density, changeDensity] = useDensity(state.density, (next) => update((s) => setDensity(s, next)));
  const coverings = useCoverings(rules);
  const openRule = state.openRule ? rules.find((r) => r.rule.id === state.openRule) : undefined;
  const covers = (ruleId: string) => [...coverings].filter(([, by]) => by.includes(ruleId)).map(([covered]) => covered);
  const onOpen = useCallback((ruleId: string) => update((s) => setOpenRule(s, ruleId)), [update]);
  const closeDetails = useCallback(() => update((s) => setOpenRule(s, undefined)), [update]);
  // When the details close, focus goes back to the rule's row (its summary button), as a dialog would.
  const lastOpen = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (state.openRule) lastOpen.current = state.openRule;
    else if (lastOpen.current) {
      document.querySelector<HTMLElement>(`[data-open-rule="${CSS.escape(lastOpen.current)}"]`)?.focus();
      lastOpen.current = undefined;
    }
  }, [state.openRule]);
  const actions = useFilterActions(update);
  const onSortChange = useCallback((sort: SortSpec[]) => update((s) => setSort(s, sort)), [update]);
  const onSelectionChange = useCallback((ids: string[]) => update((s) => setSelection(s, ids)), [update]);
  const table = useRuleTable({
    filtered,
    index,
    lang,
    sort: state.sort,
    onSortChange,
    pairs,
    portQuery: filters.port,
    selection: state.selection,
    onSelectionChange,
    addresses,
    density,
    onOpen,
    coverings,
  });
  // Facet counts follow one render behind the table (a deferred render): a keystroke repaints the
  // rows first, then the counts (one pass over the rules, see countFacets).
  const deferredFilters = useDeferredValue(filters);
  const counts = useMemo(() => countFilteredFacets(ordered, deferredFilters), [ordered, deferredFilters]);
  const options = useMemo(() => facetOptions(index, rules, lang, t), [index, rules, lang, t]);
  const active = activeFilters(filters);
  const legacyCount = useMemo(() => rules.filter((r) => r.rule.legacy).length, [rules]);
  const legacyCovered = useMemo(() => rules.filter((r) => r.rule.legacy && coverings.has(r.rule.id)).length, [rules, coverings]);
  const label = (facet: FacetId, id: string) => options[facet].find((o) => o.id === id)?.label ?? id;
  const clearAll = () => update(clearFilters);

  return (
    <div className="explorer">
      <FilterAside active={active.length}>
        <FilterPanel
          filters={filters}
          options={options}
          counts={counts}
          legacyCount={legacyCount}
          legacyCovered={legacyCovered}
          actions={actions}
        />
      </FilterAside>
      <main id="rules" tabIndex={-1} className="results">
        <div className="results-bar">
          <p className="result-count" aria-live="polite">
            {t('table.shown', { shown: filtered.length, count: rules.length })}
          </p>
          <div className="results-actions">
            <DensitySwitch density={density} onChange={changeDensity} />
            <button type="button" onClick={clearAll} disabled={active.length === 0}>
              {t('filters.clearAll')}
            </button>
            <CopyLinkButton />
          </div>
        </div>
        {state.page === 'diagram' && (
          <LazyPage area={t('nav.diagram')} fallback={<p className="status">{t('loadingPart')}</p>}>
            <DiagramPanel
              rules={filtered}
              allRules={rules}
              index={index}
              lang={lang}
              pairs={pairs}
              selected={filters.facets.interface}
              onSelect={(ids) => update((s) => setFacet(s, 'interface', ids))}
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
          </LazyPage>
        )}
        <RuleTable
          table={table}
          pairs={pairs}
          highlighted={highlighted}
          selected={state.openRule ?? selectedRule}
          onHighlight={state.page === 'diagram' ? setHighlighted : undefined}
          density={density}
          onOpen={onOpen}
          empty={
            filtered.length === 0 ? (
              <LazyPage area={t('nav.rules')} fallback={null}>
                <EmptyState
                  rules={ordered}
                  filters={filters}
                  label={label}
                  onRemove={(filter) => update((s) => removeFilter(s, filter))}
                  onClearAll={clearAll}
                />
              </LazyPage>
            ) : null
          }
        />
      </main>
      {openRule && (
        <LazyPage area={t('details.area')} fallback={null}>
          <RuleDetails
            rule={openRule}
            index={index}
            lang={lang}
            pairs={pairs}
            coveredBy={coverings.get(openRule.rule.id) ?? []}
            covers={covers(openRule.rule.id)}
            addresses={addresses}
            onOpen={onOpen}
            onClose={closeDetails}
          />
        </LazyPage>
      )}
    </div>
  );
}
