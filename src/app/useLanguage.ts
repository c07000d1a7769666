import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { setLang } from '../shared/domain/linkState';
import type { Language } from '../shared/domain/schema';
import { currentLanguage } from '../shared/i18n';
import type { UpdateLink } from './useLinkState';

/**
 * The page's language: the document's `lang` and title follow it, a link or Back/Forward that names
 * a language switches to it, and a choice in the header is written to the link.
 */
export function useLanguage(linkLang: Language | undefined, product: string, update: UpdateLink) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.title', { product });
  }, [lang, t, product]);
  useEffect(() => {
    if (linkLang && linkLang !== currentLanguage()) void i18n.changeLanguage(linkLang);
  }, [linkLang, i18n]);
  const changeLanguage = useCallback(
    (next: Language) => {
      void i18n.changeLanguage(next);
      update((s) => setLang(s, next));
    },
    [i18n, update],
  );
  return [lang, changeLanguage] as const;
}
