import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from '../../../locales/en/translation.json';
import zhTW from '../../../locales/zh-TW/translation.json';
import { LANGUAGES, type Language } from '../domain/schema';
import { normalizeLanguage } from './language';

export const LANGUAGE_STORAGE_KEY = 'lync-port-matrix.lang';

/** Detection order: `lang` in the URL, the saved choice, the browser's languages, else English. */
export function initI18n() {
  return i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: en }, 'zh-TW': { translation: zhTW } },
      supportedLngs: [...LANGUAGES],
      fallbackLng: 'en',
      load: 'currentOnly',
      interpolation: { escapeValue: false },
      returnNull: false,
      detection: {
        order: ['querystring', 'localStorage', 'navigator'],
        lookupQuerystring: 'lang',
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
        convertDetectedLanguage: (lng: string) => normalizeLanguage(lng) ?? lng,
      },
    });
}

export function currentLanguage(): Language {
  return normalizeLanguage(i18next.resolvedLanguage ?? 'en') ?? 'en';
}

export { i18next };
