import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterPanelActions } from '../../features/filters/FilterPanel';
import { setFacet, setHideLegacy, setPort, setQuery, toggleFacetValue } from '../../shared/domain/linkState';
import type { PortRange } from '../../shared/domain/schema';
import type { UpdateLink } from '../useLinkState';

/** The filter panel's changes as link updates (one history entry each; typing shares one per field). */
export function useFilterActions(update: UpdateLink): FilterPanelActions {
  return useMemo<FilterPanelActions>(
    () => ({
      onToggleFacet: (facet, id, on) => update((s) => toggleFacetValue(s, facet, id, on)),
      onTopologyChange: (topology) => update((s) => setFacet(s, 'topology', topology)),
      onQueryChange: (q) => update((s) => setQuery(s, q), 'q'),
      onPortChange: (port: PortRange | undefined) => update((s) => setPort(s, port), 'port'),
      onHideLegacyChange: (hide) => update((s) => setHideLegacy(s, hide)),
    }),
    [update],
  );
}

/** The filters beside the results; on a phone, behind a button that says how many are active. */
export function FilterAside({ active, children }: { active: number; children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <aside className={open ? 'filter-panel is-open' : 'filter-panel'} aria-labelledby="filters-heading">
      <div className="filter-panel-head">
        <h2 id="filters-heading">{t('filters.title')}</h2>
        <button
          type="button"
          className="filters-toggle"
          aria-expanded={open}
          aria-controls="filter-panel-body"
          onClick={() => setOpen((isOpen) => !isOpen)}
        >
          {open ? t('filters.hide') : active === 0 ? t('filters.showNone') : t('filters.show', { count: active })}
        </button>
      </div>
      <div id="filter-panel-body" className="filter-panel-body">
        {children}
      </div>
    </aside>
  );
}
