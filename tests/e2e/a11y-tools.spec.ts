/** axe-core on the firewall configuration and flow check pages: both languages, dark mode, phone width, with warnings, answers and errors shown. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ dataset: 'full' });

const XMPP = 'topology=single-public&scenario=xmpp-federation';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
}

const cases = [
  ['English', 'en', false, { width: 1280, height: 900 }],
  ['Traditional Chinese, dark', 'zh-TW', true, { width: 1280, height: 900 }],
  ['Traditional Chinese at phone width', 'zh-TW', false, { width: 375, height: 812 }],
  ['English at phone width, dark', 'en', true, { width: 375, height: 812 }],
] as const;

for (const [name, lang, dark, viewport] of cases) {
  test(`axe finds no violations: firewall configuration with placeholder warnings, ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    if (dark) await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`./?lang=${lang}&view=config&${XMPP}&format=iptables`);
    await expect(page.locator('pre.config-text')).toHaveCount(4);
    await expect(page.locator('.config-warnings').first()).toBeVisible();
    await expectNoViolations(page);
  });

  test(`axe finds no violations: flow check with near misses and a log error, ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    if (dark) await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(
      `./?lang=${lang}&view=check&topology=single-public&addr=access-edge-external*198.51.100.10&flow=tcp*203.0.113.7*198.51.100.10*5270*40123`,
    );
    await expect(page.locator('.check-near > li').first()).toBeVisible();
    await page.locator('.check-log textarea').fill('IN=eth0 SRC=203.0.113.7 DST=198.51.100.10 PROTO=ICMP TYPE=8');
    await page.locator('.check-log button').click();
    await expect(page.getByRole('alert')).toBeVisible();
    // Submitted from the keyboard: the link's address notice may still shift the page as it arrives.
    await page.locator('form.check-form [name="destinationPort"]').fill('x');
    await page.locator('form.check-form [name="destinationPort"]').press('Enter');
    await expect(page.locator('form.check-form .field-error')).toBeVisible();
    await expectNoViolations(page);
  });
}

test('axe finds no violations: flow check allowed, with matches', async ({ page }) => {
  await page.goto(`./?lang=en&view=check&${XMPP}&flow=tcp*203.0.113.7*198.51.100.10*5269`);
  await expect(page.locator('.check-matches > li')).toHaveCount(0); // no address entered: the Access Edge is not known
  await expect(page.locator('.check-answer h3')).toContainText('Not allowed');
  await page.goto(`./?lang=en&view=check&${XMPP}&addr=access-edge-external*198.51.100.10&flow=tcp*203.0.113.7*198.51.100.10*5269`);
  await expect(page.locator('.check-matches > li')).toHaveCount(1);
  await expectNoViolations(page);
});
