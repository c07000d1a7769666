import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (let i = 0; i < 4; i++) {
  const c = await b.newContext({ viewport: { width: 1440, height: 900 } }); const p = await c.newPage();
  await p.addInitScript(() => { const o = new MutationObserver(() => { if (!window.__seen && document.querySelector('table.rules tbody tr')) { window.__seen = performance.now(); requestAnimationFrame(() => window.__first = performance.now()); } }); o.observe(document, { childList: true, subtree: true }); });
  await p.goto('http://127.0.0.1:4403/?lang=en'); await p.waitForFunction(() => window.__first); await p.waitForTimeout(300);
  console.log(await p.evaluate(() => [...performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`), `rowInDom ${window.__seen.toFixed(0)}`, `rowFrame ${window.__first.toFixed(0)}`, ...performance.getEntriesByType('resource').filter((e) => /json|translation/.test(e.name)).map((e) => `${e.name.split('/').pop().slice(0, 20)} ${e.startTime.toFixed(0)}-${e.responseEnd.toFixed(0)}`)].join(' | ')));
  await c.close();
}
await b.close();
