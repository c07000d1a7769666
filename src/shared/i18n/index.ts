import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../domain/schema';
import { languageDetector } from './detect';
import { normalizeLanguage } from './language';

export { LANGUAGE_STORAGE_KEY } from './detect';

/**
 * Two chunks per language: the sections the first screen needs (core), and those only lazily
 * loaded pages use (rest). A reader downloads only the language shown, and its rest after the first
 * paint. Both are built from locales/<lang>/translation.json (vite.config.ts, sections.ts).
 */
type Sections = Record<string, ResourceKey>;
const LOCALES: Record<Language, { core: () => Promise<{ default: Sections }>; rest: () => Promise<{ default: Sections }> }> = {
  en: { core: () => import('virtual:locale/en-first-screen'), rest: () => import('virtual:locale/en-lazy') },
  'zh-TW': { core: () => import('virtual:locale/zh-TW-first-screen'), rest: () => import('virtual:locale/zh-TW-lazy') },
};

/** Once any page asked for the rest, a language switch loads both parts before it shows. */
let restWanted = false;

const localeBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const bundle = LOCALES[normalizeLanguage(language) ?? 'en'];
    Promise.all([bundle.core(), restWanted ? bundle.rest() : undefined]).then(
      ([core, rest]) => callback(null, { ...core.default, ...rest?.default }),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

const restLoaded = new Map<Language, Promise<void>>();

/** Loads the sections of the current language that lazily loaded pages use (once per language). */
export function loadAllTranslations(): Promise<void> {
  restWanted = true;
  const lang = currentLanguage();
  let loading = restLoaded.get(lang);
  if (!loading) {
    loading = LOCALES[lang].rest().then((rest) => {
      i18next.addResourceBundle(lang, 'translation', rest.default, true, false);
    });
    restLoaded.set(lang, loading);
  }
  return loading;
}

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
      // When a language's lazily loaded sections arrive, components showing its words render again.
      react: { bindI18nStore: 'added' },
      returnNull: false,
    });
}

export function currentLanguage(): Language {
  return normalizeLanguage(i18next.resolvedLanguage ?? 'en') ?? 'en';
}

export { i18next };
