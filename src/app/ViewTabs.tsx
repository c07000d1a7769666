import { useTranslation } from 'react-i18next';
import { type AppView, encodeViewState, VIEWS, type ViewState } from '../shared/domain/urlState';

/** The app's pages as links (each a shareable URL), switched in place. */
export function ViewTabs({ state, onChange }: { state: ViewState; onChange: (next: ViewState) => void }) {
  const { t } = useTranslation();
  const go = (view: AppView) => ({ ...state, view });
  return (
    <nav className="view-tabs" aria-label={t('nav.label')}>
      {VIEWS.map((view) => (
        <a
          key={view}
          href={encodeViewState(go(view)) || '?'}
          aria-current={state.view === view ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            if (state.view !== view) onChange(go(view));
          }}
        >
          {t(`nav.${view}`)}
        </a>
      ))}
    </nav>
  );
}
