/**
 * The dense matrix: one line per rule at a fixed height, every rule's details one activation away
 * (`rule=`), and a density switch. Counts what a user sees on a laptop and a phone.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/shared/domain/schema';
import { expect, ruleRows, test } from './fixtures';

test.use({ dataset: 'full' });
const dataset: Dataset = JSON.parse(readFileSync(new URL('../../public/data/rules.json', import.meta.url), 'utf8'));
const rule = (id: string) => dataset.rules.find((r) => r.id === id)!;

/** Rows whose whole box is inside the viewport. */
const fullyVisible = (page: Page) =>
  ruleRows(page).evaluateAll(
    (rows) =>
      rows.filter((r) => {
        const box = r.getBoundingClientRect();
        return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
      }).length,
  );

test.describe('rules per screen', () => {
  for (const lang of ['en', 'zh-TW'] as const) {
    test(`at 1440×900 at least 20 rules are fully visible on the first screen (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`./?lang=${lang}`);
      await expect(ruleRows(page)).toHaveCount(dataset.rules.length);
      const visible = await fullyVisible(page);
      console.log(`1440×900 ${lang}: ${visible} rules fully visible`);
      expect(visible).toBeGreaterThanOrEqual(20);
    });

    for (const width of [1280, 1440, 1920]) {
      test(`at ${width} px every compact row is one line of the same height, no cell wraps (${lang})`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`./?lang=${lang}`);
        await expect(ruleRows(page)).toHaveCount(dataset.rules.length);
        const heights = await ruleRows(page).evaluateAll((rows) => [
          ...new Set(rows.map((r) => Math.round(r.getBoundingClientRect().height))),
        ]);
        expect(heights).toEqual([32]);
        const headerHeights = await page
          .locator('table.rules thead th')
          .evaluateAll((cells) => [...new Set(cells.map((c) => Math.round(c.getBoundingClientRect().height)))]);
        expect(headerHeights).toHaveLength(1);
      });
    }
  }

  for (const lang of ['en', 'zh-TW'] as const) {
    test(`at 390×844 with the filters collapsed at least 4 rule cards are fully visible (${lang})`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`./?lang=${lang}`);
      await expect(ruleRows(page)).toHaveCount(dataset.rules.length);
      await expect(page.locator('#filter-panel-body')).toBeHidden();
      const visible = await fullyVisible(page);
      console.log(`390×844 ${lang}: ${visible} rule cards fully visible`);
      expect(visible).toBeGreaterThanOrEqual(4);
    });
  }
});

test.describe('details on demand', () => {
  const id = 'av-stun-tcp-443-out';
  const panel = (page: Page) => page.getByRole('complementary', { name: rule(id).summary.en });

  test('a click on a row opens its details, with what the dataset says about it', async ({ page }) => {
    await page.goto('./?lang=en');
    await page.locator(`tr[data-rule-id="${id}"] td.col-ports`).click();
    await expect(panel(page)).toBeVisible();
    expect(new URL(page.url()).searchParams.get('rule')).toBe(id);
    await expect(panel(page)).toContainText(rule(id).notes.en);
    await expect(panel(page)).toContainText('50000-59999'); // its source ports
    await expect(panel(page)).toContainText('Edge Server A/V interface');
    await expect(panel(page)).toContainText(`Cited in ${rule(id).provenance.length} places`);
    // Every cited document title is listed, with the quoted cells.
    await expect(panel(page).locator('.citations li')).toHaveCount(rule(id).provenance.length);
    await expect(panel(page)).toContainText('STUN/TURN negotiation of candidates over TCP/443');
  });

  test('Enter on the summary opens it, Escape closes it and focus returns to the row', async ({ page }) => {
    await page.goto('./?lang=en');
    const opener = page.locator(`tr[data-rule-id="${id}"] button.rule-open`);
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(panel(page)).toBeVisible();
    await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await expect(opener).toBeFocused();
    expect(new URL(page.url()).searchParams.has('rule')).toBe(false);
    await page.keyboard.press('Space');
    await expect(panel(page)).toBeVisible();
    await panel(page).getByRole('button', { name: 'Close the details' }).click();
    await expect(panel(page)).toHaveCount(0);
  });

  test('rule= opens one rule from a link, and Back and Forward keep the choice', async ({ page }) => {
    await page.goto(`./?lang=en&rule=${id}`);
    await expect(panel(page)).toBeVisible();
    await page.locator('tr[data-rule-id="xmpp-5269-in"] td.col-ports').click();
    const xmpp = page.getByRole('complementary', { name: rule('xmpp-5269-in').summary.en });
    await expect(xmpp).toBeVisible();
    await page.goBack();
    await expect(panel(page)).toBeVisible();
    await page.goForward();
    await expect(xmpp).toBeVisible();
  });

  test('the pair partner and the covering rule are one click away', async ({ page }) => {
    await page.goto('./?lang=en&rule=client-sip-443-in');
    const details = page.getByRole('complementary', { name: rule('client-sip-443-in').summary.en });
    await expect(details).toContainText('Covered by');
    await details.getByRole('button', { name: rule('access-sip-443-in').summary.en }).click();
    await expect(page.getByRole('complementary', { name: rule('access-sip-443-in').summary.en })).toContainText('Covers');
    // The table marks the covered rule and links to the rule that covers it.
    await page.getByRole('button', { name: 'Close the details' }).click();
    await page.locator('tr[data-rule-id="client-sip-443-in"] .badge-covered').click();
    expect(new URL(page.url()).searchParams.get('rule')).toBe('access-sip-443-in');
  });

  for (const [name, lang, dark] of [
    ['English', 'en', false],
    ['Traditional Chinese', 'zh-TW', false],
    ['Traditional Chinese, dark', 'zh-TW', true],
    ['English, dark, phone', 'en', true],
  ] as const) {
    test(`axe finds no violations with the details open: ${name}`, async ({ page }) => {
      if (dark) await page.emulateMedia({ colorScheme: 'dark' });
      if (name.endsWith('phone')) await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`./?lang=${lang}&rule=${id}`);
      await expect(page.locator('.rule-details')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  }
});

test.describe('density switch and filter groups', () => {
  test('Comfortable shows every note in the row, is remembered, and density= overrides it', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(page.locator('td.col-notes')).toHaveCount(0);
    await page.getByText('Comfortable', { exact: true }).click();
    await expect(page.locator(`tr[data-rule-id="xmpp-5269-in"] td.col-notes`)).toContainText(rule('xmpp-5269-in').notes.en);
    await page.reload();
    await expect(page.locator('td.col-notes').first()).toBeVisible();
    await page.goto('./?lang=en&density=compact');
    await expect(page.locator('td.col-notes')).toHaveCount(0);
    await expect(page.getByRole('radio', { name: 'Compact' })).toBeChecked();
  });

  test('facet groups are collapsed unless a filter in them is active, and open on demand', async ({ page }) => {
    await page.goto('./?lang=en&direction=inbound');
    await expect(page.locator('.filter-panel').getByRole('button', { name: /^Direction/ })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('.filter-panel').getByRole('button', { name: /^Scenario/ })).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('checkbox', { name: 'SIP federation' })).toHaveCount(0);
    await page
      .locator('.filter-panel')
      .getByRole('button', { name: /^Scenario/ })
      .click();
    await page.getByRole('checkbox', { name: 'SIP federation' }).check();
    expect(new URL(page.url()).searchParams.get('scenario')).toBe('sip-federation');
    // Topology is chosen in one place: the deployment picker, not a second list of the same choices.
    await expect(page.locator('.filter-panel').getByRole('button', { name: /^Deployment/ })).toHaveCount(0);
    await expect(page.getByLabel('Your deployment')).toBeVisible();
  });
});
