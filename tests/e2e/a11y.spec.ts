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
