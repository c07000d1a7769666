#!/usr/bin/env node
// Takes screenshots of the built app (served by `vite preview`) for review and for the README.
// Usage: node scripts/screenshots.mjs [outDir]   (needs `npm run build` first)
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.mjs';

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
  { name: 'en-wide', query: '?lang=en', width: 1440, height: 900 },
  { name: 'zh-TW-wide', query: '?lang=zh-TW', width: 1440, height: 900 },
  { name: 'en-phone', query: '?lang=en', width: 375, height: 812 },
  { name: 'zh-TW-phone', query: '?lang=zh-TW', width: 375, height: 812 },
  { name: 'en-dark', query: '?lang=en', width: 1440, height: 900, dark: true },
  ...(process.env.SHOTS_EXTRA ? JSON.parse(process.env.SHOTS_EXTRA) : []),
];

try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox', '--disable-gpu'] });
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.dark ? 'dark' : 'light',
    });
    await page.goto(base + shot.query);
    await page.waitForSelector(shot.waitFor ?? 'table.rules tbody tr, [role=alert]');
    await page.screenshot({ path: `${out}/${shot.name}.png`, fullPage: shot.fullPage ?? true });
    await page.close();
    console.log(`${out}/${shot.name}.png`);
  }
  await browser.close();
} finally {
  server.kill();
}
