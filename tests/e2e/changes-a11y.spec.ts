/** axe and translation keys on the pages #17 adds or changes: the comparison, About's versions, the product switch. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test.use({ dataset: 'full' });

const violations = async (page: import('@playwright/test').Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);

for (const [name, url, dark, phone] of [
  ['comparison, English', './?lang=en&view=changes&topology=single-public', false, false],
  ['comparison, Traditional Chinese, dark', './?lang=zh-TW&view=changes&topology=single-public', true, false],
  [
    'comparison backwards, English, dark, phone width, filters open',
    './?lang=en&view=changes&from=sfb-2019&to=lync-2013&topology=single-nat',
    true,
    true,
  ],
  ['comparison, Traditional Chinese, phone width', './?lang=zh-TW&view=changes&from=sfb-2015&to=sfb-2019', false, true],
] as const) {
  test(`axe finds no violations: ${name}`, async ({ page }) => {
    if (dark) await page.emulateMedia({ colorScheme: 'dark' });
    if (phone) await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(url);
    await expect(page.locator('li.change-entry').first()).toBeVisible();
    if (phone && dark) await page.locator('.filters-toggle').click();
    expect(await violations(page)).toEqual([]);
  });
}

for (const [lang, dark] of [
  ['en', false],
  ['zh-TW', true],
] as const) {
  test(`axe finds no violations: About with every version’s sources and the product switch (${lang}${dark ? ', dark' : ''})`, async ({
    page,
  }) => {
    if (dark) await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`./?lang=${lang}&view=about&product=sfb-2019`);
    await expect(page.locator('.about-products li[data-product="sfb-2015"] .about-product-sources li').first()).toBeVisible();
    await expect(page.locator('.about-subscription')).toContainText('Subscription Edition');
    expect(await violations(page)).toEqual([]);
  });
}

test('axe finds no violations: the rules of Skype for Business Server 2019 with the product switch, phone width, dark', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('./?lang=zh-TW&product=sfb-2019&scenario=hybrid');
  await expect(page.locator('table.rules tbody tr').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

const KEY = /\b(app|product|changes|about|problem|portError|sheet|table|filters|summary|nav)\.[a-zA-Z-]+/;
for (const lang of ['en', 'zh-TW']) {
  for (const width of [1440, 375]) {
    test(`the comparison and About show words, not translation keys: ${lang}, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const url of [
        `./?lang=${lang}&view=changes`,
        `./?lang=${lang}&view=changes&from=sfb-2019&to=lync-2013`,
        `./?lang=${lang}&view=about`,
      ]) {
        await page.goto(url);
        await expect(
          page.locator('li.change-entry, .about-products li[data-product="sfb-2019"] .about-product-sources li').first(),
        ).toBeVisible();
        const text = await page.locator('body').innerText();
        expect(text.match(KEY)?.[0], `${url}: an untranslated key`).toBeUndefined();
      }
    });
  }
}
