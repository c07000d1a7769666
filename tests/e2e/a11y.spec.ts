import AxeBuilder from '@axe-core/playwright';
import { expect, ruleRows, test } from './fixtures';

const views = [
  ['English, no filter', './?lang=en'],
  ['Traditional Chinese, no filter', './?lang=zh-TW'],
  ['English with filters', './?lang=en&scenario=public-im&direction=inbound&port=5061&sort=-ports'],
  ['Traditional Chinese with filters', './?lang=zh-TW&transport=udp&legacy=hide&q=%E7%94%A8%E6%88%B6%E7%AB%AF'],
  ['English, empty result and notice', './?lang=en&transport=tcp&port=3478&colour=red'],
] as const;

for (const [name, url] of views) {
  test(`axe finds no violations: ${name}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('.results-bar')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test('axe finds no violations at phone width in dark mode, filters open', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./?lang=zh-TW&scenario=xmpp-federation');
  await expect(ruleRows(page)).toHaveCount(3);
  await page.getByRole('button', { name: /顯示篩選條件/ }).click();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

for (const [name, lang, dark] of [
  ['English', 'en', false],
  ['Traditional Chinese, dark', 'zh-TW', true],
] as const) {
  test(`axe finds no violations: request sheet, ${name}, with an address error and diagrams`, async ({ page }) => {
    if (dark) await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`./?lang=${lang}&view=sheet&scenario=xmpp-federation`);
    await expect(page.locator('.sheet-table tbody tr')).toHaveCount(3);
    await page.locator('input[data-endpoint="edge-internal"]').fill('10.0.0.300');
    await expect(page.locator('.address-errors')).toBeVisible();
    await page.getByLabel(lang === 'en' ? 'Include the interface diagrams (one page each)' : /介面圖表/).check();
    await expect(page.locator('.print-diagram-page').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}

test('axe finds no violations: a windowed table of 1,000 rules', async ({ page }) => {
  const { generateDataset } = await import('../../scripts/bench/generate.mjs');
  const { readFileSync } = await import('node:fs');
  const body = JSON.stringify(generateDataset(1000, JSON.parse(readFileSync('public/data/rules.json', 'utf8'))));
  await page.route('**/data/rules.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
  await page.goto('./?lang=en');
  await expect(page.locator('.result-count')).toContainText(/1,?000/);
  await expect(page.locator('table.rules.is-windowed tbody tr[data-rule-id]').first()).toBeVisible();
  const rendered = await page.locator('table.rules tbody tr[data-rule-id]').count();
  expect(rendered).toBeLessThan(60); // windowed: a screenful, not 1,000 rows
  await page.mouse.wheel(0, 20_000);
  await expect(page.locator('table.rules tbody tr[data-rule-id="bench-0"]')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});
