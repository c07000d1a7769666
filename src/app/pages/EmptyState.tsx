import { useTranslation } from 'react-i18next';
import type { FacetId } from '../../shared/domain/facets';
import { describeFilter } from '../../shared/domain/filterSummary';
import { type ActiveFilter, explainEmpty, type Filters } from '../../shared/domain/filters';
import type { ResolvedRule } from '../../shared/domain/rules';
import { useCachedTranslation } from '../../shared/i18n/cachedTranslate';
import './emptyState.css';

interface Props {
  rules: readonly ResolvedRule[];
  filters: Filters;
  label: (facet: FacetId, id: string) => string;
  onRemove: (filter: ActiveFilter) => void;
  onClearAll: () => void;
}

/** No rule matches: name each filter that excludes everything, and what removing it would show. Lazily loaded (only an empty result needs it). */
export default function EmptyState({ rules, filters, label, onRemove, onClearAll }: Props) {
  const { t } = useTranslation();
  const cached = useCachedTranslation();
  const describe = (filter: ActiveFilter) => describeFilter(filter, filters, label, cached);
  return (
    <div className="empty-state" role="status">
      <h2>{t('empty.title')}</h2>
      <p>{t('empty.explain')}</p>
      <ul>
        {explainEmpty(rules, filters).map(({ filter, wouldShow }) => (
          <li key={describe(filter)}>
            <span className="filter-name">{describe(filter)}</span>{' '}
            <button type="button" onClick={() => onRemove(filter)}>
              {t('empty.remove', { count: wouldShow })}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClearAll}>
        {t('filters.clearAll')}
      </button>
    </div>
  );
}
