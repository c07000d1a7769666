import { useTranslation } from 'react-i18next';
import { dismissStorageProblems, useStorageProblems } from '../shared/browser/storage';
import './notice.css';

/** Settings saved in this browser that could not be used and were reset to their defaults. */
export default function StorageNotice() {
  const { t } = useTranslation();
  const problems = useStorageProblems();
  if (problems.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>
        {t('storage.reset', { count: problems.length })}{' '}
        {problems.map((p, i) => (
          <span key={`${p.key}/${p.part ?? ''}`}>
            {i > 0 && ', '}
            <code>{[p.key.replace('lync-port-matrix.', ''), p.part].filter(Boolean).join(' · ')}</code> <bdi>{p.value}</bdi>
          </span>
        ))}
      </p>
      <button type="button" onClick={dismissStorageProblems}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
