// Mutation testing of the domain layer and the diagram's pure modules (see README, "Tests").
// Run: npm run test:mutation. Concurrency 2: the CI and development machines have 2 cores.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/shared/domain/**/*.ts',
    '!src/shared/domain/**/index.ts',
    'src/features/diagram/layout.ts',
    'src/features/diagram/overview.ts',
    'src/features/diagram/model.ts',
  ],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  // Stryker rewrites tsconfig.json's `extends`/`references` with TypeScript's JS API, which
  // TypeScript 7 (native) no longer has; ours has neither, so no tsconfig is given to rewrite.
  tsconfigFile: 'stryker-has-no-tsconfig.json',
  ignorePatterns: ['dist', 'test-results', 'playwright-report', 'blob-report', '.cache', 'bench/results'],
  // Incremental: results of mutants whose code and covering tests did not change are reused from
  // stryker-incremental.json (committed, so CI re-tests only what changed). `-- --force` runs all.
  incremental: true,
  incrementalFile: 'stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
