import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../domain/schema';
import { normalizeLanguage } from './language';

export const LANGUAGE_STORAGE_KEY = 'lync-port-matrix.lang';

/** One chunk per language: a reader downloads only the language shown (about 4 KB gzip each). */
const LOCALES: Record<Language, () => Promise<{ default: ResourceKey }>> = {
  en: () => import('../../../locales/en/translation.json'),
  'zh-TW': () => import('../../../locales/zh-TW/translation.json'),
};

const localeBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = LOCALES[normalizeLanguage(language) ?? 'en'];
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** Detection order: `lang` in the URL, the saved choice, the browser's languages, else English. */
export function initI18n() {
  return i18next
    .use(localeBackend)
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
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
