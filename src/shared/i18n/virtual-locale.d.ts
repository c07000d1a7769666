/** Sections of a translation file, built by vite.config.ts (see sections.ts). */
declare module 'virtual:locale/*' {
  const sections: { [section: string]: import('i18next').ResourceKey };
  export default sections;
}
