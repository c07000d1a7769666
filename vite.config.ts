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
      : { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true, host: '127.0.0.1' },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
}));
