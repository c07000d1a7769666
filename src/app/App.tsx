import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RuleTable } from '../features/table/RuleTable';
import { DATASET_URL, loadDataset } from '../shared/dataset/load';
import { buildRuleViews, indexDataset } from '../shared/domain/rules';
import type { Dataset } from '../shared/domain/schema';
import type { DatasetProblem } from '../shared/domain/validate';
import { currentLanguage } from '../shared/i18n';
import { LanguageSwitch } from '../shared/ui/LanguageSwitch';
import { ProblemList } from '../shared/ui/ProblemList';

type LoadState = { status: 'loading' } | { status: 'error'; problems: DatasetProblem[] } | { status: 'ready'; dataset: Dataset };

export function App() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage();
  const [state, setState] = useState<LoadState>({ status: 'loading' });

  const load = useCallback(() => {
    setState({ status: 'loading' });
    loadDataset().then((result) =>
      setState(result.ok ? { status: 'ready', dataset: result.dataset } : { status: 'error', problems: result.problems }),
    );
  }, []);
  useEffect(load, [load]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title');
  }, [lang, t]);

  const index = useMemo(() => (state.status === 'ready' ? indexDataset(state.dataset) : undefined), [state]);
  const rows = useMemo(() => (index ? buildRuleViews(index) : []), [index]);

  return (
    <>
      <a className="skip-link" href="#rules">
        {t('app.skipToRules')}
      </a>
      <header className="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch lang={lang} onChange={(next) => void i18n.changeLanguage(next)} />
      </header>
      <main id="rules" tabIndex={-1}>
        {state.status === 'loading' && (
          <p className="status" role="status" aria-live="polite">
            {t('loading')}
          </p>
        )}
        {state.status === 'error' && (
          <section className="error-panel" role="alert">
            <h2>{t('error.title')}</h2>
            <p>{t('error.file', { file: DATASET_URL })}</p>
            <ProblemList problems={state.problems} />
            <button type="button" onClick={load}>
              {t('error.retry')}
            </button>
          </section>
        )}
        {state.status === 'ready' && index && (
          <>
            <p className="result-count" aria-live="polite">
              {t('table.count', { count: rows.length })}
            </p>
            <RuleTable rows={rows} index={index} lang={lang} />
          </>
        )}
      </main>
      <footer className="app-footer">
        <p>{t('app.credit')}</p>
        {state.status === 'ready' && <p>{t('app.datasetVersion', { version: state.dataset.version })}</p>}
      </footer>
    </>
  );
}
