import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const agg = new Map(); const aggSelf = new Map();
for (let run = 0; run < 5; run++) {
const c = await b.newContext({ viewport: { width: 1440, height: 900 } }); const p = await c.newPage();
const cdp = await c.newCDPSession(p);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start');
await p.goto('http://127.0.0.1:4402/?lang=en'); await p.locator('table.rules tbody tr').first().waitFor();
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const ch of n.children ?? []) parent.set(ch, n.id);
profile.samples.forEach((id, i) => { const dt = (profile.timeDeltas[i] ?? 0) / 1000; const key = (f) => `${f.functionName || '(anon)'} ${f.url.split('/').pop().replace(/-[\w-]+\.js/, '')}:${f.lineNumber}`;
  aggSelf.set(key(byId.get(id).callFrame), (aggSelf.get(key(byId.get(id).callFrame)) ?? 0) + dt / 5);
  const seen = new Set(); let cur = id; while (cur !== undefined) { const k = key(byId.get(cur).callFrame); if (!seen.has(k)) { seen.add(k); agg.set(k, (agg.get(k) ?? 0) + dt / 5); } cur = parent.get(cur); } });
await c.close();
}
console.log([...agg].sort((a, b) => b[1] - a[1]).filter(([k]) => !/react-dom|^(performWorkOnRoot|renderWithHooks|updateFunctionComponent|beginWork|performUnitOfWork|workLoop|renderRoot|flush|commit|recursively|completeWork|completeUnit|performSync|performWorkUntil)/.test(k)).slice(0, 45).map(([k, v]) => `${v.toFixed(1)} ${k}`).join('\n'));
console.log('SELF'); console.log([...aggSelf].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${v.toFixed(1)} ${k}`).join('\n'));
await b.close();
