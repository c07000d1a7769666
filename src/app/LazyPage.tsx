import { type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../shared/ui/ErrorBoundary';

/** One lazily loaded page or panel: its failure is reported in place, and "loading" shows while its chunk arrives. */
export function LazyPage({ area, fallback, children }: { area: string; fallback?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ErrorBoundary area={area}>
      <Suspense fallback={fallback === undefined ? <p className="status">{t('loadingPart')}</p> : fallback}>{children}</Suspense>
    </ErrorBoundary>
  );
}
