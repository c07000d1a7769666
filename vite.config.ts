import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `vite build --mode single` builds one script and one style sheet (no lazy chunks) for the
// self-contained offline file that scripts/build-single.mjs assembles into dist/.
export default defineConfig(({ mode }) => ({
  base: './',
  plugins: [react()],
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
                    test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|use-sync-external-store|valibot|@tanstack[\\/](table-core|react-table|store|react-store))[\\/]|src[\\/]shared[\\/]domain[\\/](limits|text|schema)\.ts$/,
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
  },
}));
