#!/usr/bin/env node
// `npm run bench`: builds the app and measures it in headless Chromium. Prints a Markdown table and
// writes it to docs/benchmark.md. A measurement script, not a test: it fails only if it cannot run.
// Options: --no-build (reuse dist/), --runs=N (first-row runs per page, default 9),
//          --sizes=1000,10000,100000, --interactions=N (per kind and size, default 30).
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { generateDataset } from './generate.mjs';
import { staticTablePage } from './static-page.mjs';
import { traceBreakdown } from './trace.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const RUNS = Number(args.runs ?? 9);
const SIZES = String(args.sizes ?? '1000,10000,100000')
  .split(',')
  .map(Number);
const INTERACTIONS = Number(args.interactions ?? 30);
const BUDGET_KB = 125;

if (!args['no-build']) execFileSync('npx', ['vite', 'build'], { stdio: 'inherit' });

// ---------------------------------------------------------------- first-load transfer (gzip)
const html = readFileSync('dist/index.html', 'utf8');
const firstLoad = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(join('dist', file)), { level: 9 }).length;
const transfer = { js: 0, css: 0 };
for (const file of firstLoad) transfer[file.endsWith('.css') ? 'css' : 'js'] += gz(file);
// The language chunk the page asks for before its first render (the larger of the two); the rest
// of a language's translations (the *.lazy chunks) loads after the first paint.
const locales = readdirSync('dist/assets').filter((f) => /-first-screen-[\w-]+\.js$/.test(f));
const localeGz = Math.max(...locales.map((f) => gz(`assets/${f}`)));
transfer.js += localeGz;
const kb = (bytes) => (bytes / 1024).toFixed(1);

// ---------------------------------------------------------------- a static server for dist/, the static page and generated datasets
const builtIn = JSON.parse(readFileSync('dist/data/rules.json', 'utf8'));
const generated = new Map();
for (const size of SIZES) generated.set(size, Buffer.from(JSON.stringify(generateDataset(size, builtIn))));
const staticHtml = Buffer.from(staticTablePage(builtIn));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/static/') {
    res.writeHead(200, { 'content-type': TYPES['.html'] });
    return res.end(staticHtml);
  }
  // /n1000/… serves the app with a generated dataset of 1,000 rules.
  const sized = /^\/n(\d+)(\/.*)$/.exec(url.pathname);
  const path = sized ? sized[2] : url.pathname;
  if (sized && path === '/data/rules.json') {
    res.writeHead(200, { 'content-type': TYPES['.json'] });
    return res.end(generated.get(Number(sized[1])));
  }
  const file = normalize(join('dist', path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith('dist') || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404);
    return res.end();
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: CHROMIUM_ARGS,
});

/** Records, in the page, when the first row of `selector` is in the DOM and a frame has run after it. */
const FIRST_ROW_PROBE = (selector) => {
  const done = () => requestAnimationFrame(() => (window.__firstRow = performance.now()));
  const check = () => {
    if (window.__firstRowSeen || !document.querySelector(selector)) return false;
    window.__firstRowSeen = true;
    done();
    return true;
  };
  const observer = new MutationObserver(() => check() && observer.disconnect());
  observer.observe(document, { childList: true, subtree: true });
};

async function firstRow(url, selector) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(FIRST_ROW_PROBE, selector);
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  await page.waitForFunction(() => window.__firstRow !== undefined, null, { timeout: 120_000, polling: 50 });
  const ms = await page.evaluate(() => window.__firstRow);
  return { ms, page, context };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)];
};
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

// ---------------------------------------------------------------- app vs static page, built-in dataset, alternating
const appTimes = [];
const staticTimes = [];
for (let i = 0; i < RUNS; i++) {
  for (const [url, selector, into] of [
    [`${origin}/?lang=en`, 'table.rules tbody tr', appTimes],
    [`${origin}/static/`, 'table tbody tr', staticTimes],
  ]) {
    const { ms, context } = await firstRow(url, selector);
    into.push(ms);
    await context.close();
  }
}
console.error(`first row: app ${appTimes.map(fmt).join(' ')} | static ${staticTimes.map(fmt).join(' ')}`);

// ---------------------------------------------------------------- generated datasets
/** Time from an input event (its timeStamp) to the first frame after the table changed. */
const INTERACTION_PROBE = () => {
  window.__latencies = [];
  if (window.__probe) return;
  window.__probe = true;
  let start;
  const target = () => document.querySelector('.results') ?? document.body;
  const observer = new MutationObserver(() => {
    if (start === undefined) return;
    const began = start;
    start = undefined;
    requestAnimationFrame(() => window.__latencies.push(performance.now() - began));
  });
  observer.observe(target(), { childList: true, subtree: true, characterData: true });
  for (const type of ['keydown', 'pointerdown']) document.addEventListener(type, (e) => (start = e.timeStamp), true);
};

async function measureInteractions(page, kind, count) {
  await page.evaluate(INTERACTION_PROBE);
  const latencies = async () => page.evaluate(() => window.__latencies.length);
  for (let i = 0; i < count; i++) {
    const before = await latencies();
    if (kind === 'text') {
      const box = page.getByRole('searchbox').first();
      await box.focus();
      await page.keyboard.press(i % 2 === 0 ? 'q' : 'Backspace');
    } else {
      // Facet groups start collapsed unless active: open Direction once, then click its first value.
      const toggle = page.locator('.filter-panel').getByRole('button', { name: /^Direction/ });
      if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
      await page.locator('input[name="direction"][value="inbound"]').click();
    }
    await page.waitForFunction((n) => window.__latencies.length > n, before, { timeout: 60_000, polling: 10 });
    await page.waitForTimeout(30);
  }
  return page.evaluate(() => window.__latencies);
}

async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

const scale = [];
for (const size of SIZES) {
  const loads = [];
  for (let i = 0; i < 3; i++) {
    const { ms, context } = await firstRow(`${origin}/n${size}/?lang=en`, 'table.rules tbody tr');
    loads.push(ms);
    await context.close();
  }
  const { page, context } = await firstRow(`${origin}/n${size}/?lang=en`, 'table.rules tbody tr');
  await page
    .getByText(new RegExp(`${size.toLocaleString('en')} of ${size.toLocaleString('en')}|${size} of ${size}`))
    .first()
    .waitFor({ timeout: 120_000 });
  const heap = await heapMb(page);
  const text = await measureInteractions(page, 'text', INTERACTIONS);
  const facet = await measureInteractions(page, 'facet', INTERACTIONS);
  const row = { size, load: median(loads), heap, text, facet };
  if (size === Math.min(...SIZES)) {
    // Where a keystroke's time goes, from a Chromium trace of 20 keystrokes.
    const box = page.getByRole('searchbox').first();
    await box.focus();
    row.trace = await traceBreakdown(
      browser,
      page,
      async (i) => {
        await page.keyboard.press(i % 2 === 0 ? 'q' : 'Backspace');
        await page.waitForTimeout(120);
      },
      20,
    );
  }
  if (size === Math.max(...SIZES)) {
    // The print sheet: its on-screen preview, then every rule rendered for printing; and the CSV.
    const t0 = Date.now();
    await page.goto(`${origin}/n${size}/?lang=en&view=sheet`);
    await page.locator('.sheet-table tbody tr').first().waitFor({ timeout: 600_000 });
    row.sheetPreview = Date.now() - t0;
    const t2 = Date.now();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page
      .locator('.sheet-table tbody tr')
      .nth(size - 1)
      .waitFor({ state: 'attached', timeout: 600_000 });
    row.sheet = Date.now() - t2;
    // Find the button first: an accessibility-tree query over 100,000 rows is slow in Playwright itself.
    const csvButton = page.locator('.export-buttons button').first();
    await csvButton.evaluate(() => undefined);
    const t1 = Date.now();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 600_000 }),
      csvButton.evaluate((button) => button.click()),
    ]);
    await download.path();
    row.csv = Date.now() - t1;
  }
  scale.push(row);
  console.error(
    `${size}: load ${fmt(row.load)} ms, heap ${row.heap.toFixed(1)} MB, text p95 ${fmt(p95(text))}, facet p95 ${fmt(p95(facet))}`,
  );
  await context.close();
}
await browser.close();
server.close();

// ---------------------------------------------------------------- report
const total = transfer.js + transfer.css;
const ratio = median(appTimes) / median(staticTimes);
const ok = (pass) => (pass ? 'met' : '**missed**');
const lines = [
  '# Benchmark',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: production build, served from 127.0.0.1 (no throttling), headless Chromium ${browser.version()}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB.`,
  '',
  '| Measure | Result | Target |',
  '| --- | --- | --- |',
  `| First-load transfer, gzip: JS + CSS | **${kb(total)} KB** (JS ${kb(transfer.js)} KB incl. one language ${kb(localeGz)} KB, CSS ${kb(transfer.css)} KB) | ≤ ${BUDGET_KB} KB: ${ok(total / 1024 <= BUDGET_KB)} |`,
  `| Navigation → first table row painted, built-in dataset (${builtIn.rules.length} rules), median of ${RUNS} | app **${fmt(median(appTimes))} ms**, static HTML table ${fmt(median(staticTimes))} ms, ratio **${ratio.toFixed(2)}** | ratio ≤ 1.5: ${ok(ratio <= 1.5)} |`,
];
for (const row of scale) {
  const n = row.size.toLocaleString('en');
  // Targets (issue #12): keystroke p95 ≤ 16 ms at 1,000 rules and ≤ 35 ms at 10,000; facet click p95 ≤ 16 ms at 1,000.
  const limits = {
    text: row.size <= 1000 ? 16 : row.size <= 10000 ? 35 : undefined,
    facet: row.size <= 1000 ? 16 : row.size <= 10000 ? 50 : undefined,
  };
  const target = (xs, kind) => (limits[kind] ? `p95 ≤ ${limits[kind]} ms: ${ok(p95(xs) <= limits[kind])}` : 'responsive');
  lines.push(`| ${n} rules: navigation → first row (median of 3) | ${fmt(row.load)} ms | |`);
  lines.push(
    `| ${n} rules: keystroke in text filter → table updated (median / p95, ${row.text.length}) | ${fmt(median(row.text))} / **${fmt(p95(row.text))} ms** | ${target(row.text, 'text')} |`,
  );
  lines.push(
    `| ${n} rules: facet click → table updated (median / p95, ${row.facet.length}) | ${fmt(median(row.facet))} / **${fmt(p95(row.facet))} ms** | ${target(row.facet, 'facet')} |`,
  );
  lines.push(`| ${n} rules: JS heap after load (after GC) | ${row.heap.toFixed(1)} MB | |`);
  if (row.trace) {
    const tr = row.trace;
    lines.push(
      `| ${n} rules: one keystroke in the Chromium trace (mean of 20): main thread busy | ${fmt(tr.busy)} ms: script ${fmt(tr.script)}, style ${fmt(tr.style)}, layout ${fmt(tr.layout)}, paint ${fmt(tr.paint)} | |`,
    );
  }
  if (row.sheet !== undefined) {
    lines.push(`| ${n} rules: request sheet preview, first 2,000 rows (navigation → first row) | ${fmt(row.sheetPreview)} ms | |`);
    lines.push(`| ${n} rules: request sheet, every rule rendered for printing (beforeprint → last row) | ${fmt(row.sheet)} ms | |`);
    lines.push(`| ${n} rules: CSV export (click → file saved) | ${fmt(row.csv)} ms | |`);
  }
}
lines.push('');
const report = `${lines.join('\n')}\n`;
mkdirSync('docs', { recursive: true });
writeFileSync('docs/benchmark.md', report);
console.log(report);
