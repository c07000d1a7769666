import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (let i = 0; i < 8; i++) {
  const p = await b.newPage();
  await p.route('**/data/rules.json', (r) => r.fulfill({ path: 'tests/fixtures/datasets/seed.json', contentType: 'application/json' }));
  await p.goto('http://127.0.0.1:4173/?%E0%A4%A&q=%&scenario=%ZZ&&&=&sort=,,,');
  await p.waitForTimeout(1500);
  console.log(await p.locator('table.rules tbody tr').count(), JSON.stringify(await p.getByRole('searchbox').inputValue()), p.url().slice(22));
  await p.close();
}
await b.close();
