import { useTranslation } from 'react-i18next';
import { type LinkState, PAGES, type Page, setPage } from '../shared/domain/linkState';
import { encodeLinkState } from '../shared/domain/urlState';

/** The app's pages as links (each a shareable URL), switched in place. */
export function ViewTabs({ state, onPage }: { state: LinkState; onPage: (page: Page) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="view-tabs" aria-label={t('nav.label')}>
      {PAGES.map((page) => (
        <a
          key={page}
          href={encodeLinkState(setPage(state, page)) || '?'}
          aria-current={state.page === page ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            if (state.page !== page) onPage(page);
          }}
        >
          {t(`nav.${page}`)}
        </a>
      ))}
    </nav>
  );
}
