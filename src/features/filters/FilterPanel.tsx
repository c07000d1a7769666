import { memo, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FACETS, type FacetId } from '../../shared/domain/facets';
import type { Filters } from '../../shared/domain/filters';
import { formatPortRange, parsePortRange } from '../../shared/domain/ports';
import type { PortRange } from '../../shared/domain/schema';
import type { Translate } from '../../shared/domain/translate';
import { useCachedTranslation } from '../../shared/i18n/cachedTranslate';
import './filters.css';
import type { FacetOption } from './options';
import { TopologyPicker } from './TopologyPicker';

export type { FacetOption };

/** What the panel can change; each callback is stable, so the facet groups re-render only when their own data changes. */
export interface FilterPanelActions {
  onToggleFacet: (facet: FacetId, id: string, on: boolean) => void;
  onTopologyChange: (topologies: string[]) => void;
  onQueryChange: (q: string) => void;
  onPortChange: (port: PortRange | undefined) => void;
  onHideLegacyChange: (hide: boolean) => void;
}

interface Props {
  filters: Filters;
  options: Record<FacetId, FacetOption[]>;
  counts: Record<FacetId, ReadonlyMap<unknown, number>>;
  legacyCount: number;
  /** How many legacy rules other rules cover (hiding them closes nothing for that traffic). */
  legacyCovered: number;
  actions: FilterPanelActions;
}

export function FilterPanel({ filters, options, counts, legacyCount, legacyCovered, actions }: Props) {
  const legacyHelpId = useId();
  const { t } = useTranslation();
  // One cache per language for the hundred "(12 rules)" labels of the facet options.
  const cached = useCachedTranslation();
  return (
    <div className="filters">
      <TopologyPicker
        options={options.topology}
        selected={filters.facets.topology}
        counts={counts.topology}
        onChange={actions.onTopologyChange}
      />
      <SearchBox value={filters.q} onChange={actions.onQueryChange} />
      <PortBox value={filters.port} onChange={actions.onPortChange} />
      {legacyCount > 0 && (
        <div className="legacy-toggle">
          <label className="toggle">
            <input
              type="checkbox"
              checked={filters.hideLegacy}
              aria-describedby={legacyHelpId}
              onChange={(e) => actions.onHideLegacyChange(e.target.checked)}
            />
            {t('filters.hideLegacy', { count: legacyCount })}
          </label>
          <p id={legacyHelpId} className="field-hint">
            {t('filters.legacyHelp', { count: legacyCount, covered: legacyCovered })}
          </p>
        </div>
      )}
      {FACETS.map((facet) =>
        // Topology is chosen in one place: the deployment picker above.
        facet === 'topology' || options[facet].length === 0 ? null : (
          <FacetGroup
            key={facet}
            facet={facet}
            options={options[facet]}
            selected={filters.facets[facet]}
            counts={counts[facet]}
            onToggle={actions.onToggleFacet}
            t={cached}
          />
        ),
      )}
    </div>
  );
}

interface FacetGroupProps {
  facet: FacetId;
  options: FacetOption[];
  selected: readonly string[];
  counts: ReadonlyMap<unknown, number>;
  onToggle: (facet: FacetId, id: string, on: boolean) => void;
  t: Translate;
}

/** One facet: a collapsible group of checkboxes with counts; open while it has an active filter, or when the reader opens it. */
const FacetGroup = memo(function FacetGroup({ facet, options, selected, counts, onToggle, t }: FacetGroupProps) {
  const bodyId = useId();
  const active = selected.length > 0;
  const [open, setOpen] = useState(active);
  useEffect(() => {
    if (active) setOpen(true);
  }, [active]);
  return (
    <fieldset className={open ? 'facet is-open' : 'facet'}>
      <legend>
        <button type="button" className="facet-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <span className="facet-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {t(`filters.${facet}`)}
          {active && <span className="facet-active"> ({t('filters.selectedCount', { count: selected.length })})</span>}
        </button>
      </legend>
      <div id={bodyId} className="facet-options" hidden={!open}>
        {open && <FacetOptions facet={facet} options={options} selected={selected} counts={counts} onToggle={onToggle} t={t} />}
      </div>
    </fieldset>
  );
});

function FacetOptions({ facet, options, selected, counts, onToggle, t }: FacetGroupProps) {
  return (
    <>
      {options.map((option) => {
        const checked = selected.includes(option.id);
        const count = counts.get(option.id) ?? 0;
        return (
          <label key={option.id} className={count === 0 && !checked ? 'facet-option is-empty' : 'facet-option'}>
            <input
              type="checkbox"
              name={facet}
              value={option.id}
              checked={checked}
              onChange={(e) => onToggle(facet, option.id, e.target.checked)}
            />
            <span className="facet-label">{option.label}</span>
            <span className="facet-count" aria-hidden="true">
              {count}
            </span>
            <span className="visually-hidden">({t('filters.countLabel', { count })})</span>
          </label>
        );
      })}
    </>
  );
}

function SearchBox({ value, onChange }: { value: string; onChange: (q: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('filters.search')}</label>
      <input
        id={id}
        type="search"
        value={value}
        maxLength={200}
        placeholder={t('filters.searchPlaceholder')}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  );
}

/** The port box keeps what the user typed; only a valid port or range reaches the filter. */
function PortBox({ value, onChange }: { value: PortRange | undefined; onChange: (port: PortRange | undefined) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(value ? formatPortRange(value) : '');
  useEffect(() => {
    // Follow outside changes (clear all, back/forward) unless the draft already means the same.
    setDraft((current) => {
      const parsed = parsePortRange(current);
      const same = parsed.ok
        ? value !== undefined && parsed.range.from === value.from && parsed.range.to === value.to
        : value === undefined;
      return same ? current : value ? formatPortRange(value) : '';
    });
  }, [value]);
  const parsed = parsePortRange(draft);
  const error = draft.trim() === '' || parsed.ok ? undefined : parsed.error;
  return (
    <div className="field">
      <label htmlFor={id}>{t('filters.port')}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        value={draft}
        maxLength={30}
        placeholder={t('filters.portPlaceholder')}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          const result = parsePortRange(next);
          // Invalid input says so below and leaves the table unfiltered by port, never empty.
          onChange(result.ok ? result.range : undefined);
        }}
        autoComplete="off"
      />
      <p id={`${id}-hint`} className={error ? 'field-error' : 'field-hint'} aria-live="polite">
        {error ? t(`portError.${error}`) : t('filters.portHint')}
      </p>
    </div>
  );
}
