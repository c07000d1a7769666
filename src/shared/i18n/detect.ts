import type { LanguageDetectorModule } from 'i18next';
import * as v from 'valibot';
import { readStoredText, reportStorageProblem, writeStored } from '../browser/storage';
import { LANGUAGES, type Language } from '../domain/schema';
import { languageFromLink, readLanguage } from '../domain/urlState';

export const LANGUAGE_STORAGE_KEY = 'lync-port-matrix.lang';

const StoredLanguage = v.picklist(LANGUAGES);

/** The language saved in this browser, checked with valibot (anything else is reported and ignored). */
function storedLanguage(): Language | undefined {
  const text = readStoredText(LANGUAGE_STORAGE_KEY);
  if (text === undefined) return undefined;
  const parsed = v.safeParse(StoredLanguage, text);
  if (parsed.success) return parsed.output;
  reportStorageProblem({ key: LANGUAGE_STORAGE_KEY, value: text });
  return undefined;
}

/**
 * `lang` in the URL (read by the link decoder's own function, so zh-HK means zh-TW in both), then
 * the choice saved in this browser, then the browser's languages (any zh-* → zh-TW), else English.
 * The language shown is saved.
 */
export const languageDetector: LanguageDetectorModule = {
  type: 'languageDetector',
  detect: () =>
    languageFromLink(window.location.search) ??
    storedLanguage() ??
    (navigator.languages ?? [navigator.language]).map((tag) => readLanguage(tag)).find(Boolean) ??
    'en',
  cacheUserLanguage: (lng) => {
    const lang = readLanguage(lng);
    if (lang) writeStored(LANGUAGE_STORAGE_KEY, lang, true);
  },
};
