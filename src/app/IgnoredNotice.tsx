import { useTranslation } from 'react-i18next';
import type { IgnoredParam } from '../shared/domain/urlState';
import './notice.css';

/** Lists the link's parameters and values that were not understood (shown as text, never as HTML); past the first few, a count. */
export function IgnoredNotice({ ignored, omitted = 0, onDismiss }: { ignored: IgnoredParam[]; omitted?: number; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice" role="status">
      <p>
        {t('notice.ignored', { count: ignored.length + omitted })}{' '}
        {ignored.map((item, i) => (
          <span key={`${item.param}=${item.value ?? ''}`}>
            {i > 0 && ', '}
            <code>{item.value === undefined ? item.param : `${item.param}=${item.value}`}</code>
          </span>
        ))}
        {omitted > 0 && ignored.length > 0 && ` ${t('notice.omitted', { count: omitted })}`}
      </p>
      <button type="button" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}

export default IgnoredNotice;
