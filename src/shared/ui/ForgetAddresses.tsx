import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "Forget my addresses", with a confirmation in place: for a shared machine, where the addresses stay in this browser. */
export default function ForgetAddresses({ count, onForget }: { count: number; onForget: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  if (asking) {
    return (
      <span className="forget-addresses">
        {t('forget.confirm', { count })}{' '}
        <button
          type="button"
          onClick={() => {
            onForget();
            setAsking(false);
            setDone(true);
          }}
        >
          {t('forget.yes')}
        </button>{' '}
        <button type="button" onClick={() => setAsking(false)}>
          {t('forget.no')}
        </button>
      </span>
    );
  }
  return (
    <span className="forget-addresses">
      <button type="button" disabled={count === 0} onClick={() => setAsking(true)}>
        {t('forget.button')}
      </button>
      <span role="status">{done && count === 0 ? ` ${t('forget.done')}` : ''}</span>
    </span>
  );
}
