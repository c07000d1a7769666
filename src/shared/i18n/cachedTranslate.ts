import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../domain/translate';

/**
 * Memoises a translation function for one render pass of many rows: the table asks for the same
 * few strings (zones, directions, "5 table rows") hundreds of times, and each i18next lookup with
 * plural rules and interpolation costs far more than a Map hit. Make a new one when the language changes.
 */
export function cachedTranslate(t: Translate): Translate {
  const cache = new Map<string, string>();
  return (key, options) => {
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    let text = cache.get(id);
    if (text === undefined) {
      text = t(key, options);
      cache.set(id, text);
    }
    return text;
  };
}

/** `t` with the cache above, renewed when the language changes: for components that render many rows. */
export function useCachedTranslation(): Translate {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a fresh cache when the language changes
  return useMemo(() => cachedTranslate(t), [t, i18n.resolvedLanguage]);
}
