import { readFileSync } from 'node:fs';
import { expect, ruleRows, test } from './fixtures';

const shipped = JSON.parse(readFileSync(new URL('../../public/data/rules.json', import.meta.url), 'utf8'));

test.describe('a dataset that cannot be used', () => {
  test('lists each validation problem with its path and reason', async ({ page }) => {
    const broken = structuredClone(shipped);
    broken.rules[0].ports[0].from = 0;
    broken.rules[3].destination = 'nowhere';
    await page.route('**/data/rules.json', (route) => route.fulfill({ json: broken }));
    await page.goto('./?lang=en');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The rule dataset could not be used');
    await expect(alert).toContainText('data/rules.json');
    await expect(alert).toContainText('2 problems found');
    await expect(alert.getByRole('listitem')).toHaveText([
      'rules[0].ports[0].from Expected >=1, found 0.',
      'rules[3].destination nowhere is not defined in endpoints.',
    ]);
    await expect(ruleRows(page)).toHaveCount(0);
  });

  test('explains invalid JSON in Traditional Chinese', async ({ page }) => {
    await page.route('**/data/rules.json', (route) => route.fulfill({ body: '{"rules": [', contentType: 'application/json' }));
    await page.goto('./?lang=zh-TW');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('無法使用規則資料集');
    await expect(alert).toContainText('檔案不是有效的 JSON');
  });

  test('reports a missing file and recovers on retry', async ({ page }) => {
    let fail = true;
    await page.route('**/data/rules.json', (route) => (fail ? route.fulfill({ status: 404, body: 'not found' }) : route.fallback()));
    await page.goto('./?lang=en');
    await expect(page.getByRole('alert')).toContainText('The file could not be downloaded (HTTP 404).');
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(ruleRows(page)).toHaveCount(10);
  });

  test('shows a loading state while the dataset is on its way', async ({ page }) => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/data/rules.json', async (route) => {
      await gate;
      await route.fallback();
    });
    await page.goto('./?lang=en');
    await expect(page.getByRole('status')).toHaveText('Loading the rule dataset…');
    release();
    await expect(ruleRows(page)).toHaveCount(10);
  });
});
