/**
 * The top-level sections of locales/<lang>/translation.json that the first screen needs. The build
 * (vite.config.ts, virtual:locale/<lang>-first-screen) ships them with the first load; every other
 * section goes into virtual:locale/<lang>-lazy, which loads with the first lazily loaded page or panel.
 */
export const FIRST_SCREEN_SECTIONS = [
  'app',
  'boundary',
  'columns',
  'direction',
  'filters',
  'firewall',
  'language',
  'loading',
  'loadingPart',
  'nav',
  // Typing a port can show one at once, before any lazy part has brought the rest.
  'portError',
  'product',
  'share',
  'summary',
  'table',
  'zone',
] as const;
