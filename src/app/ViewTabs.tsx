import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type LinkState, PAGES, type Page, setPage } from '../shared/domain/linkState';
import { encodeLinkState } from '../shared/domain/urlState';

/** The app's pages as links (each a shareable URL), switched in place. */
export function ViewTabs({ state, onPage }: { state: LinkState; onPage: (page: Page) => void }) {
  const { t } = useTranslation();
  // On a phone the row scrolls sideways: bring the current page's tab into it (never the page up or down).
  const row = useRef<HTMLElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the page (the current tab) changes
  useEffect(() => {
    const nav = row.current;
    const tab = nav?.querySelector('[aria-current]');
    if (nav && tab) nav.scrollLeft += tab.getBoundingClientRect().left - nav.getBoundingClientRect().left - 16;
  }, [state.page]);
  return (
    <nav ref={row} className="view-tabs" aria-label={t('nav.label')}>
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
