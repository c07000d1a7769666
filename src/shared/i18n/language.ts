import type { Language } from '../domain/schema';

/** Maps a BCP 47 tag to a supported language: any Chinese tag to zh-TW, any English tag to en. */
export function normalizeLanguage(tag: string): Language | undefined {
  const lower = tag.trim().toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-TW';
  return undefined;
}
