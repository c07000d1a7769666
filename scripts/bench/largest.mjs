#!/usr/bin/env node
// `node scripts/bench/largest.mjs`: generates the largest dataset the documented limits allow
// (src/shared/domain/limits.ts: 100,000 rules, 10,000 endpoints, 1,000 each of sources, topologies,
// scenarios, roles and protocols, notes filling the file up to the 80 MB size limit) and measures, in
// headless Chromium on the production build (dist/, run `npm run build` first), how long it takes from
// navigation to its first table row, served as data/rules.json and opened with *Open a dataset file…*.
// --long-text: instead, as many rules as fit in 80 MB with every note at its 5,000-character limit in
// both languages. Prints a Markdown table; a measurement script, not a test. Options: --runs=N (default 3).
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { generateDataset } from './generate.mjs';

const RUNS = Number(process.argv.map((a) => /^--runs=(\d+)$/.exec(a)?.[1]).find(Boolean) ?? 3);
const LONG_TEXT = process.argv.includes('--long-text');
const LIMIT_BYTES = 80 * 1024 * 1024;
const text = (en) => ({ en, 'zh-TW': `${en}（中文）` });

/** The built-in dataset grown to every count limit, with notes padded until the file is just under the size limit. */
function largestDataset() {
  const base = JSON.parse(readFileSync('public/data/rules.json', 'utf8'));
  if (LONG_TEXT) {
    const dataset = generateDataset(1, base);
    const one = Buffer.byteLength(JSON.stringify({ ...dataset.rules[0], notes: { en: 'x'.repeat(5000), 'zh-TW': '字'.repeat(5000) } }));
    const count = Math.floor((LIMIT_BYTES - Buffer.byteLength(JSON.stringify(base)) - 4096) / (one + 1));
    const long = generateDataset(count, base);
    for (const rule of long.rules)
      rule.notes = {
        en: `${rule.notes.en} ${'x'.repeat(5000)}`.slice(0, 5000),
        'zh-TW': `${rule.notes['zh-TW']}${'字'.repeat(5000)}`.slice(0, 5000),
      };
    return JSON.stringify(long);
  }
  const dataset = generateDataset(100_000, base);
  const more = (list, make) => [...list, ...Array.from({ length: 1000 - list.length }, (_, i) => make(i))];
  dataset.sources = more(dataset.sources, (i) => ({ ...base.sources[0], id: `doc-${i}`, slug: `doc-${i}` }));
  dataset.topologies = more(dataset.topologies, (i) => ({ id: `topology-${i}`, name: text(`Topology ${i}`) }));
  dataset.scenarios = more(dataset.scenarios, (i) => ({ id: `scenario-${i}`, name: text(`Scenario ${i}`) }));
  dataset.roles = more(dataset.roles, (i) => ({ id: `role-${i}`, name: text(`Role ${i}`) }));
  dataset.protocols = more(dataset.protocols, (i) => ({ id: `protocol-${i}`, label: `P${i}` }));
  dataset.endpoints = [
    ...dataset.endpoints,
    ...Array.from({ length: 10_000 - dataset.endpoints.length }, (_, i) => ({
      id: `party-${i}`,
      name: text(`Partner network ${i}`),
      zone: 'internet',
      kind: 'party',
      aliases: [],
    })),
  ];
  const size = () => Buffer.byteLength(JSON.stringify(dataset));
  const spare = LIMIT_BYTES - 4096 - size();
  const pad = Math.floor(spare / dataset.rules.length);
  for (const rule of dataset.rules) rule.notes.en += ` ${'lorem ipsum '.repeat(Math.ceil(pad / 12)).slice(0, pad - 1)}`;
  return JSON.stringify(dataset);
}

const json = largestDataset();
const bytes = Buffer.byteLength(json);
if (bytes > LIMIT_BYTES) throw new Error(`generated ${bytes} bytes, over the limit`);
const dir = mkdtempSync(join(tmpdir(), 'largest-'));
const file = join(dir, 'largest.json');
writeFileSync(file, json);

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  if (path === '/data/rules.json') {
    res.writeHead(200, { 'content-type': TYPES['.json'] });
    return createReadStream(file).pipe(res);
  }
  const target = normalize(join('dist', path.endsWith('/') ? `${path}index.html` : path));
  if (!target.startsWith('dist') || !existsSync(target) || !statSync(target).isFile()) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
  createReadStream(target).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });

/** Navigation → the first row of the generated rules painted (the built-in rules are served from their own copy for the file case). */
async function measure(how) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  if (how === 'file') await page.route('**/data/rules.json', (route) => route.fulfill({ path: 'public/data/rules.json' }));
  await page.goto(`${origin}/?lang=en`);
  await page.locator('table.rules tbody tr').first().waitFor({ timeout: 300_000 });
  let start;
  if (how === 'file') {
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Open a dataset file…' }).click(),
    ]);
    start = await page.evaluate(() => performance.now());
    await chooser.setFiles(file);
  } else start = 0;
  await page.locator('table.rules tbody tr[id^="rule-bench-"]').first().waitFor({ timeout: 300_000 });
  const end = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
  const shown = await page.locator('.result-count').innerText();
  const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
  await context.close();
  return { ms: end - start, shown, heap };
}

const results = { served: [], file: [] };
for (let i = 0; i < RUNS; i++) for (const how of ['served', 'file']) results[how].push(await measure(how));
await browser.close();
server.close();
rmSync(dir, { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const mb = (n) => (n / 1024 / 1024).toFixed(1);
console.log(
  LONG_TEXT
    ? `Longest texts the limits allow: ${mb(bytes)} MB, every note at 5,000 characters in both languages.`
    : `Largest dataset the limits allow: ${mb(bytes)} MB, 100,000 rules, 10,000 endpoints, 1,000 of each other list.`,
);
console.log(`Measured ${new Date().toISOString().slice(0, 10)}, production build, headless Chromium, median of ${RUNS}:\n`);
console.log('| Path | Navigation or file chosen → first row | Runs | JS heap after |');
console.log('| --- | --- | --- | --- |');
for (const how of ['served', 'file']) {
  const runs = results[how];
  console.log(
    `| ${how === 'served' ? 'served as data/rules.json' : 'opened with *Open a dataset file…*'} | **${(median(runs.map((r) => r.ms)) / 1000).toFixed(1)} s** | ${runs.map((r) => (r.ms / 1000).toFixed(1)).join(', ')} s | ${mb(median(runs.map((r) => r.heap)))} MB |`,
  );
}
console.log(`\n(${results.served[0]?.shown})`);
