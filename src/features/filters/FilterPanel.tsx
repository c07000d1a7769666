import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FACETS, type FacetId } from '../../shared/domain/facets';
import { parsePortRange } from '../../shared/domain/ports';
import type { Translate } from '../../shared/domain/translate';
import type { ViewState } from '../../shared/domain/urlState';
import { useCachedTranslation } from '../../shared/i18n/cachedTranslate';

export interface FacetOption {
  id: string;
  label: string;
}

interface Props {
  state: ViewState;
  options: Record<FacetId, FacetOption[]>;
  counts: Record<FacetId, ReadonlyMap<unknown, number>>;
  legacyCount: number;
  /** `coalesce` names a text field whose consecutive edits share one history entry. */
  onChange: (next: ViewState, coalesce?: 'port' | 'q') => void;
}

export function FilterPanel({ state, options, counts, legacyCount, onChange }: Props) {
  const { t } = useTranslation();
  // One cache per language for the hundred "(12 rules)" labels of the facet options.
  const cached = useCachedTranslation();
  // Facet groups are memoised: typing in the search box re-renders the boxes, not a hundred options.
  const latest = useRef({ state, onChange });
  latest.current = { state, onChange };
  const toggle = useCallback((facet: FacetId, id: string, on: boolean) => {
    const { state: current, onChange: change } = latest.current;
    const selected = current.facets[facet];
    const values = on ? [...selected, id] : selected.filter((v) => v !== id);
    change({ ...current, facets: { ...current.facets, [facet]: values } });
  }, []);

  return (
    <div className="filters">
      <SearchBox value={state.q} onChange={(q) => onChange({ ...state, q }, 'q')} />
      <PortBox value={state.port} onChange={(port) => onChange({ ...state, port }, 'port')} />
      <label className="toggle">
        <input type="checkbox" checked={state.hideLegacy} onChange={(e) => onChange({ ...state, hideLegacy: e.target.checked })} />
        {t('filters.hideLegacy', { count: legacyCount })}
      </label>
      {FACETS.map((facet) =>
        options[facet].length === 0 ? null : (
          <FacetGroup
            key={facet}
            facet={facet}
            options={options[facet]}
            selected={state.facets[facet]}
            counts={counts[facet]}
            onToggle={toggle}
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

const FacetGroup = memo(function FacetGroup({ facet, options, selected, counts, onToggle, t }: FacetGroupProps) {
  return (
    <fieldset className="facet">
      <legend>{t(`filters.${facet}`)}</legend>
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
    </fieldset>
  );
});

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
function PortBox({ value, onChange }: { value: string; onChange: (port: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(value);
  useEffect(() => {
    // Follow outside changes (clear all, back/forward) unless the draft already means the same.
    setDraft((current) => {
      const parsed = parsePortRange(current);
      const same = parsed.ok ? `${parsed.range.from}-${parsed.range.to}` === normalise(value) : value === '';
      return same ? current : value;
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
        placeholder="3478, 50000-59999"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          const result = parsePortRange(next);
          // Invalid input says so below and leaves the table unfiltered by port, never empty.
          onChange(result.ok ? next.trim() : '');
        }}
        autoComplete="off"
      />
      <p id={`${id}-hint`} className={error ? 'field-error' : 'field-hint'} aria-live="polite">
        {error ? t(`filters.portError.${error}`) : t('filters.portHint')}
      </p>
    </div>
  );
}

function normalise(port: string): string {
  const parsed = parsePortRange(port);
  return parsed.ok ? `${parsed.range.from}-${parsed.range.to}` : '';
}
