import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const c = await b.newContext({ viewport: { width: 1440, height: 900 } }); const p = await c.newPage();
await p.route('**/data/rules.json', (r) => r.fulfill({ path: '/tmp/gen1000.json', contentType: 'application/json' }));
await p.goto('http://127.0.0.1:4402/?lang=en'); await p.locator('table.rules tbody tr').first().waitFor(); await p.waitForTimeout(1500);
const box = p.getByRole('searchbox').first(); await box.focus();
const cdp = await c.newCDPSession(p);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 }); await cdp.send('Profiler.start');
const N = 30;
for (let i = 0; i < N; i++) { await p.keyboard.press(i % 2 ? 'Backspace' : 'q'); await p.waitForTimeout(150); }
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const ch of n.children ?? []) parent.set(ch, n.id);
const incl = new Map();
profile.samples.forEach((id, i) => { const dt = (profile.timeDeltas[i] ?? 0) / 1000 / N; const seen = new Set(); let cur = id; let sync = false; const chain = [];
  while (cur !== undefined) { const f = byId.get(cur).callFrame; chain.push(f); cur = parent.get(cur); }
  for (const f of chain) { const k = `${f.functionName || '(anon)'}`; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + dt); } } });
const names = ['dispatchDiscreteEvent', 'performSyncWorkOnRoot', 'performWorkOnRootViaSchedulerTask', 'App', 'Explorer', 'useRuleTable', 'RuleTable', 'VirtualRows', 'RuleRowView', 'FilterPanel', 'FacetGroup', 'ViewTabs', 'facetCounts', 'commitRoot', 'update', 'encodeViewState', 'replaceState', 'pushState', 'table_getFilteredRowModel', 'table_getSortedRowModel', 'table_getRowModel', 'filterRows', 'translate', 'useTranslation', 'createI18nWrapper', '(program)', '(garbage collector)', 'EndpointName', 'Provenance', 'cell', 'explainEmpty', 'activeFilters'];
for (const n of names) console.log((incl.get(n) ?? 0).toFixed(2), n);
await b.close();
