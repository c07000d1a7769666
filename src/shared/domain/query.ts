/** Reading a query string as the link decoder does (urlState.ts): percent-decoding, lists, text and the language. Pure. */
import { LIMITS } from './limits';
import type { Language } from './schema';
import { controlsToSpaces } from './text';

export const MAX_TEXT_LENGTH = 200;

/** Removes control characters and bidirectional overrides, collapses spaces, caps the length. */
export function cleanText(text: string): string {
  return (
    controlsToSpaces(text.slice(0, 4 * MAX_TEXT_LENGTH))
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the line breaks and tab stripControls keeps
      .replace(/[\u0000-\u001f\u0085]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_TEXT_LENGTH)
  );
}

/**
 * `lang=`: en or zh-TW, and any other English or Chinese tag as the app's language for it (en-GB →
 * en, zh-HK → zh-TW), as the browser's language is read. The i18n detector uses this too, so the
 * link and the language shown always agree.
 */
export function readLanguage(value: string): Language | undefined {
  const lower = value.trim().toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-TW';
  return undefined;
}

/** The language a query string names (its last valid `lang`), read as decodeLinkState reads it. */
export function languageFromLink(search: string): Language | undefined {
  let lang: Language | undefined;
  for (const [name, value, malformed] of splitQuery(search)) {
    if (!malformed && name.trim().toLowerCase() === 'lang') lang = readLanguage(value) ?? lang;
  }
  return lang;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Name, value, and whether the value's percent-encoding was broken (then the parameter is ignored, not guessed). */
export function splitQuery(search: string): [string, string, boolean][] {
  const body = search.startsWith('?') ? search.slice(1) : search;
  return body
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      if (eq === -1) return [safeDecode(part), '', false];
      const raw = part.slice(eq + 1);
      const value = safeDecode(raw);
      return [safeDecode(part.slice(0, eq)), value, value === raw && /%/.test(raw) && !/^(?:[^%]|%[0-9a-f]{2})*$/i.test(raw)];
    });
}

export const items = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** The first LIMITS.linkItems values of a list parameter, and how many more it had (not read). */
export function capItems(value: string): [string, number] {
  let at = -1;
  for (let n = 0; n < LIMITS.linkItems; n++) {
    at = value.indexOf(',', at + 1);
    if (at === -1) return [value, 0];
  }
  return [value.slice(0, at), items(value.slice(at + 1)).length];
}
