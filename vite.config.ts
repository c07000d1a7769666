import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { FIRST_SCREEN_SECTIONS } from './src/shared/i18n/sections.ts';

/**
 * virtual:locale/<lang>-first-screen and virtual:locale/<lang>-lazy: the sections of
 * locales/<lang>/translation.json that the first screen needs, and all the others, as two modules,
 * so the first load carries only the first (src/shared/i18n/sections.ts).
 */
function localeSections(): Plugin {
  const first = new Set<string>(FIRST_SCREEN_SECTIONS);
  return {
    name: 'locale-sections',
    resolveId: (id) => (/^virtual:locale\/(en|zh-TW)-(first-screen|lazy)$/.test(id) ? `\0${id}` : undefined),
    load(id) {
      const match = /^\0virtual:locale\/(en|zh-TW)-(first-screen|lazy)$/.exec(id);
      if (!match) return undefined;
      const file = `locales/${match[1]}/translation.json`;
      this.addWatchFile(file);
      const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const picked = Object.fromEntries(Object.entries(all).filter(([section]) => first.has(section) === (match[2] === 'first-screen')));
      return `export default ${JSON.stringify(picked)};`;
    },
  };
}

// `vite build --mode single` builds one script and one style sheet (no lazy chunks) for the
// self-contained offline file that scripts/build-single.mjs assembles into dist/.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [react(), localeSections()],
  build:
    mode === 'single'
      ? {
          target: 'es2022',
          outDir: '.cache/single',
          emptyOutDir: true,
          copyPublicDir: false,
          cssCodeSplit: false,
          modulePreload: false,
          chunkSizeWarningLimit: 2000,
          rollupOptions: { output: { inlineDynamicImports: true } },
        }
      : {
          target: 'es2022',
          sourcemap: false,
          rollupOptions: {
            output: {
              // One chunk for what every first load needs (React, i18next, TanStack Table, valibot and the
              // few app modules lazy chunks share with it), instead of several small ones: each chunk
              // costs its own compression context and import glue.
              codeSplitting: {
                groups: [
                  {
                    name: 'core',
                    test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|use-sync-external-store|valibot|@tanstack[\\/](table-core|react-table|store|react-store))[\\/]|src[\\/]shared[\\/]domain[\\/](limits|text|schema|products|ports|search|filters)\.ts$/,
                  },
                ],
              },
            },
          },
        },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests (hundreds of random datasets and links) and the tests that run nft/iptables-restore
    // take seconds; 7-10 s on the shared 2-core machine under load: 5 s failed them at random.
    testTimeout: 30_000,
  },
}));
