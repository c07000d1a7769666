import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies the page URL (which holds the whole view) and confirms it; falls back to a selectable field. */
export function CopyLinkButton() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  useEffect(() => {
    if (status !== 'copied') return;
    const timer = window.setTimeout(() => setStatus('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  };

  return (
    <span className="copy-link">
      <button type="button" onClick={copy}>
        {t('share.copy')}
      </button>
      <span role="status" className="copy-status">
        {status === 'copied' && t('share.copied')}
      </span>
      {status === 'manual' && (
        <label className="manual-link">
          {t('share.manual')}
          <input type="text" readOnly value={window.location.href} onFocus={(e) => e.target.select()} />
        </label>
      )}
    </span>
  );
}
