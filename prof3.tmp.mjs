import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const xs = [];
for (let i = 0; i < 7; i++) {
  const c = await b.newContext({ viewport: { width: 1440, height: 900 } }); const p = await c.newPage();
  await p.addInitScript(() => { const o = new MutationObserver(() => { if (!window.__seen && document.querySelector('table.rules tbody tr')) { window.__seen = 1; requestAnimationFrame(() => window.__first = performance.now()); } }); o.observe(document, { childList: true, subtree: true }); });
  await p.goto(process.argv[2]); await p.waitForFunction(() => window.__first);
  xs.push(await p.evaluate(() => window.__first)); await c.close();
}
xs.sort((a, b) => a - b); console.log('median', xs[3].toFixed(0), xs.map((x) => x.toFixed(0)).join(' '));
await b.close();
