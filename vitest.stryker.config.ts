// The unit-test config Stryker uses (stryker.config.mjs): the project's own, with a longer test
// timeout. Under mutation testing two test workers share two cores with Stryker itself, and the
// property tests that take 1–4 s alone can pass the 5 s default; a timeout there would fail the
// initial run. A mutant that loops forever is still cut by Stryker's own timeout.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config';

export default defineConfig((env) => mergeConfig(typeof base === 'function' ? base(env) : base, { test: { testTimeout: 60_000 } }));
