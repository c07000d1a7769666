import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetOption } from './options';
import './filters.css';

interface Props {
  options: FacetOption[];
  selected: readonly string[];
  /** Rules per topology given the other filters. */
  counts: ReadonlyMap<unknown, number>;
  onChange: (topologies: string[]) => void;
}

/** "Your deployment": most users deploy one topology and need only its rules, so it comes first. */
export function TopologyPicker({ options, selected, counts, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  if (options.length === 0) return null;
  const value = selected.length === 1 ? (selected[0] ?? '') : selected.length === 0 ? '' : '__several__';
  return (
    <div className="topology-picker">
      <label htmlFor={id}>{t('filters.yourTopology')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value === '' ? [] : [e.target.value])}>
        <option value="">{t('filters.allTopologies')}</option>
        {selected.length > 1 && (
          <option value="__several__" disabled>
            {t('filters.severalTopologies', { count: selected.length })}
          </option>
        )}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {t('filters.optionCount', { label: option.label, count: counts.get(option.id) ?? 0 })}
          </option>
        ))}
      </select>
    </div>
  );
}
