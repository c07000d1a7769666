// The unit tests Stryker runs for each mutant (npm run test:mutation; see stryker.config.mjs).
// Left out: the two config tests that spawn `nft`/`iptables-restore` for every generated file
// (about 13 s per run). They check the generated text's syntax with the real tools; the text
// itself is pinned by the golden, vendor-syntax and semantic tests that stay in (config-*.test.ts)
// and kill the same mutants in milliseconds (measured: README, "Tests").
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config';

export default defineConfig((env) =>
  mergeConfig(typeof base === 'function' ? base(env) : base, {
    test: {
      exclude: ['tests/unit/config-nftables.test.ts', 'tests/unit/config-iptables.test.ts'],
    },
  }),
);
