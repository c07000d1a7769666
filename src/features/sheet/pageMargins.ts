import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

const PAGE = '[[page]]';
const PAGES = '[[pages]]';

/** Paged-media text (page numbers, running title) comes from i18next too, as a constructed style sheet. */
export function usePageMarginText(running: string) {
  const { t } = useTranslation();
  useEffect(() => {
    const text = t('sheet.pageOf', { page: PAGE, pages: PAGES });
    const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    const content = text
      .split(/(\[\[page\]\]|\[\[pages\]\])/)
      .filter(Boolean)
      .map((part) => (part === PAGE ? 'counter(page)' : part === PAGES ? 'counter(pages)' : quote(part)))
      .join(' ');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `@page { @bottom-right { content: ${content}; font-size: 8pt; } @top-left { content: ${quote(running)}; font-size: 8pt; color: #444; } }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [t, running]);
}
