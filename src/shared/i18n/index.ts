import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../domain/schema';
import { languageDetector } from './detect';
import { normalizeLanguage } from './language';

export { LANGUAGE_STORAGE_KEY } from './detect';

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
    .use(languageDetector)
    .use(initReactI18next)
    .init({
      supportedLngs: [...LANGUAGES],
      fallbackLng: 'en',
      load: 'currentOnly',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
}

export function currentLanguage(): Language {
  return normalizeLanguage(i18next.resolvedLanguage ?? 'en') ?? 'en';
}

export { i18next };
