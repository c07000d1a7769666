#!/usr/bin/env node
// Takes screenshots of the built app (served by `vite preview`) for review and for the README.
// Usage: node scripts/screenshots.mjs [outDir]   (needs `npm run build` first)
// Shots with a `pdf` paper format are printed to PDF (landscape) and, when pdftoppm is present, rendered to PNG pages.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const out = process.argv[2] ?? '.cache/screenshots';
mkdirSync(out, { recursive: true });
const port = 4391;
const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}/`;

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('preview server did not start');
}

const shots = [
  { name: 'en-wide', query: '?lang=en', width: 1440, height: 900, fullPage: false },
  { name: 'zh-TW-wide', query: '?lang=zh-TW', width: 1440, height: 900, fullPage: false },
  { name: 'en-details', query: '?lang=en&topology=single-nat&rule=av-stun-tcp-443-out-nat', width: 1440, height: 900, fullPage: false },
  { name: 'zh-TW-details-phone', query: '?lang=zh-TW&rule=xmpp-gateway-23456-out', width: 390, height: 844, fullPage: false },
  { name: 'en-phone', query: '?lang=en', width: 390, height: 844, fullPage: false },
  { name: 'zh-TW-phone', query: '?lang=zh-TW', width: 390, height: 844, fullPage: false },
  { name: 'en-comfortable', query: '?lang=en&density=comfortable&topology=single-public', width: 1440, height: 900, fullPage: false },
  { name: 'en-dark', query: '?lang=en', width: 1440, height: 900, dark: true, fullPage: false },
  { name: 'en-sheet', query: '?lang=en&view=sheet&scenario=xmpp-federation', width: 1440, height: 900, waitFor: '.sheet-table tbody tr' },
  {
    name: 'zh-TW-sheet-phone',
    query: '?lang=zh-TW&view=sheet&scenario=xmpp-federation',
    width: 375,
    height: 812,
    waitFor: '.sheet-table tbody tr',
  },
  { name: 'zh-TW-sheet-a4', query: '?lang=zh-TW&view=sheet', pdf: 'A4', waitFor: '.sheet-table tbody tr' },
  { name: 'en-sheet-letter', query: '?lang=en&view=sheet', pdf: 'Letter', waitFor: '.sheet-table tbody tr' },
  ...(process.env.SHOTS_EXTRA ? JSON.parse(process.env.SHOTS_EXTRA) : []),
];
// SHOTS_ONLY=name,name limits a run to some shots.
const only = process.env.SHOTS_ONLY?.split(',');

try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  for (const shot of shots.filter((s) => !only || only.includes(s.name))) {
    const page = await browser.newPage({
      viewport: { width: shot.width ?? 1280, height: shot.height ?? 900 },
      colorScheme: shot.dark ? 'dark' : 'light',
    });
    await page.goto(base + shot.query);
    await page.waitForSelector(shot.waitFor ?? 'table.rules tbody tr, [role=alert]');
    await page.waitForTimeout(300);
    if (shot.setup) {
      await page.evaluate(shot.setup);
      await page.waitForTimeout(1000);
    }
    if (shot.pdf) {
      const file = `${out}/${shot.name}.pdf`;
      await page.pdf({ path: file, format: shot.pdf, landscape: true });
      try {
        execFileSync('pdftoppm', ['-png', '-r', '70', file, `${out}/${shot.name}`]);
      } catch {
        console.warn('pdftoppm not available: PDF only');
      }
      await page.close();
      console.log(file);
      continue;
    }
    await page.screenshot({ path: `${out}/${shot.name}.png`, fullPage: shot.fullPage ?? true });
    await page.close();
    console.log(`${out}/${shot.name}.png`);
  }
  await browser.close();
} finally {
  server.kill();
}
