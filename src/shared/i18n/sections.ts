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
  'empty',
  'error',
  'filters',
  'firewall',
  'language',
  'loading',
  'loadingPart',
  'nav',
  'share',
  'summary',
  'table',
  'zone',
] as const;

/**
 * Keys of first-screen sections that only lazily loaded parts use (the list of a dataset's problems):
 * left out of the first screen; their section ships whole with the lazy sections.
 */
export const LAZY_KEYS = ['error.code', 'error.count_one', 'error.count_other'] as const;
