#!/usr/bin/env node
// The one test command: lint, type-check, unit tests, production build, end-to-end tests.
// Ends with one line "N passed, N failed" summing unit and end-to-end results.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const CACHE = '.cache/test';
rmSync(CACHE, { recursive: true, force: true });
mkdirSync(CACHE, { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function ensureChromium() {
  let path = findChromium();
  if (path) return path;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("Chromium not found: installing Debian's chromium package (apt-get install -y chromium)…");
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' });
    path = findChromium();
  }
  return path;
}

const chromium = ensureChromium();
if (!chromium) {
  console.error('End-to-end tests need Chromium: install it (on Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.');
  process.exit(1);
}

const failures = [];
if (!run('lint (biome)', 'npx', ['biome', 'check', '.'])) failures.push('lint');
if (!run('type-check (tsc)', 'npx', ['tsc', '--noEmit', '-p', '.'])) failures.push('type-check');
if (!run('dataset is up to date with its spec', 'node', ['scripts/dataset/build.mjs', '--check'])) failures.push('dataset');
run('unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${CACHE}/vitest.json`]);
const built = run('production build (vite)', 'npx', ['vite', 'build']);
if (!built) failures.push('build');
if (built) {
  run('end-to-end tests (playwright, Chromium)', 'npx', ['playwright', 'test'], {
    PW_JSON_OUTPUT: `${CACHE}/playwright.json`,
    CHROMIUM_PATH: chromium,
  });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const vitest = readJson(`${CACHE}/vitest.json`);
const unit = { passed: vitest?.numPassedTests ?? 0, failed: vitest ? vitest.numFailedTests : 1 };
const pw = readJson(`${CACHE}/playwright.json`);
const e2e = { passed: pw?.stats?.expected ?? 0, failed: pw ? (pw.stats.unexpected ?? 0) + (pw.stats.flaky ?? 0) : 1 };
if (!vitest) failures.push('unit tests did not report');
if (!pw) failures.push('end-to-end tests did not report');
const skipped = (vitest?.numPendingTests ?? 0) + (vitest?.numTodoTests ?? 0) + (pw?.stats?.skipped ?? 0);

console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed; end-to-end: ${e2e.passed} passed, ${e2e.failed} failed`);
if (failures.length > 0) console.log(`also failed: ${failures.join(', ')}`);
if (skipped > 0) {
  console.log(`${skipped} tests were skipped, which this project does not allow`);
  failures.push('skipped tests');
}
console.log(`${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed} failed`);
process.exit(unit.failed + e2e.failed > 0 || failures.length > 0 ? 1 : 0);
