/** Dates the user gives (the request sheet's date): only dates that exist, never shifted. Pure. */

/** A yyyy-mm-dd date that exists (year 1 to 9999): 2026-02-31, 2026-13-01 and 0000-00-00 do not. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  // Built in leap year 2000, then moved to its year: 29 February of a common year rolls over to March.
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The date in the language's long form ("November 23, 2026", "2026年11月23日"); "" for a date that does not exist, never a shifted one. */
export function formatLongDate(text: string, lang: string): string {
  if (!isIsoDate(text)) return '';
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(2000, month - 1, day, 12);
  date.setFullYear(year);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date);
}
