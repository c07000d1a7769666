import { useTranslation } from 'react-i18next';
import type { ActiveFilter } from '../../shared/domain/filters';

interface Props {
  reasons: { filter: ActiveFilter; wouldShow: number }[];
  describe: (filter: ActiveFilter) => string;
  onRemove: (filter: ActiveFilter) => void;
  onClearAll: () => void;
}

/** No rule matches: name each filter that excludes everything, and what removing it would show. */
export function EmptyState({ reasons, describe, onRemove, onClearAll }: Props) {
  const { t } = useTranslation();
  return (
    <div className="empty-state" role="status">
      <h2>{t('empty.title')}</h2>
      <p>{t('empty.explain')}</p>
      <ul>
        {reasons.map(({ filter, wouldShow }) => (
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
