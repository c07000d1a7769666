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

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const has = (command, args = ['--version']) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
/** nft and iptables-restore live in /usr/sbin, which is not on a normal user's PATH on Debian. */
const hasAdminTool = (command) => has(command) || existsSync(`/usr/sbin/${command}`) || existsSync(`/sbin/${command}`);
const hasCjkFont = () => spawnSync('fc-list', [':lang=zh-tw'], { encoding: 'utf8' }).stdout?.trim().length > 0;

/**
 * What the tests need from the system: Chromium, pdftotext/pdfinfo (poppler) and CJK fonts for
 * zh-TW PDFs (end-to-end); nft and iptables-restore, which check the generated firewall configs (unit).
 */
function ensureSystemPackages() {
  const missing = [];
  if (!findChromium()) missing.push('chromium');
  if (!has('pdftotext', ['-v'])) missing.push('poppler-utils');
  if (!hasCjkFont()) missing.push('fonts-noto-cjk');
  if (!hasAdminTool('nft')) missing.push('nftables');
  if (!hasAdminTool('iptables-restore')) missing.push('iptables');
  if (missing.length === 0) return;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing Debian packages the tests need: ${missing.join(' ')}…`);
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', ...missing], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } else {
    console.warn(`Missing system packages: ${missing.join(' ')} (install them, e.g. apt-get install ${missing.join(' ')})`);
  }
}

ensureSystemPackages();
const chromium = findChromium();
if (!chromium) {
  console.error('End-to-end tests need Chromium: install it (on Debian: apt-get install chromium) or set CHROMIUM_PATH to its executable.');
  process.exit(1);
}
if (!has('pdftotext', ['-v'])) {
  console.error('The print tests need pdftotext and pdfinfo: install poppler-utils (on Debian: apt-get install poppler-utils).');
  process.exit(1);
}
if (!hasAdminTool('nft') || !hasAdminTool('iptables-restore')) {
  console.error(
    'The firewall config tests need nft and iptables-restore: install nftables and iptables (on Debian: apt-get install nftables iptables).',
  );
  process.exit(1);
}

const failures = [];
if (!run('lint (biome)', 'npx', ['biome', 'check', '.'])) failures.push('lint');
if (!run('type-check (tsc)', 'npx', ['tsc', '--noEmit', '-p', '.'])) failures.push('type-check');
if (!run('dataset is up to date with its spec', 'node', ['scripts/dataset/build.mjs', '--check'])) failures.push('dataset');
if (!run('Skype for Business datasets are up to date with their spec', 'node', ['scripts/dataset/sfb/build.mjs', '--check']))
  failures.push('sfb datasets');
run('unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${CACHE}/vitest.json`]);
const built = run('production build (vite, and the single-file offline build)', 'npm', ['run', 'build']);
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
