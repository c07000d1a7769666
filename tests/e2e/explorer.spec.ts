import type { Page } from '@playwright/test';
import { expect, openFacet, ruleRows, serveSeedDataset, test } from './fixtures';

const ruleIds = (page: Page) => page.locator('table.rules tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule-id')));
const portBox = (page: Page) => page.getByLabel('Port or range');

test.describe('facets', () => {
  const cases: [string, string, number, string][] = [
    ['Scenario', 'XMPP federation', 3, 'scenario=xmpp-federation'],
    ['Role', 'A/V Edge service', 3, 'role=av'],
    ['Direction', 'Inbound', 4, 'direction=inbound'],
    ['Protocol', 'STUN/MSTURN', 2, 'protocol=stun-msturn'],
    ['Transport', 'UDP', 2, 'transport=udp'],
    ['Firewall', 'Internal', 1, 'firewall=internal'],
    ['Interface involved', 'Internal Edge Server interface', 1, 'interface=edge-internal'],
  ];
  for (const [legend, option, rows, param] of cases) {
    test(`${legend}: ${option} shows ${rows} rules and goes into the link`, async ({ page }) => {
      await page.goto('./?lang=en');
      await expect(ruleRows(page)).toHaveCount(10);
      await (await openFacet(page, legend)).getByRole('checkbox', { name: option }).check();
      await expect(ruleRows(page)).toHaveCount(rows);
      await expect(page.getByText(`Showing ${rows} of 10 rules`)).toBeVisible();
      expect(page.url()).toContain(param);
    });
  }

  test('counts each value given the other active filters', async ({ page }) => {
    await page.goto('./?lang=en');
    const xmpp = (await openFacet(page, 'Scenario')).locator('label', { hasText: 'XMPP federation' });
    await expect(xmpp.locator('.facet-count')).toHaveText('3');
    await (await openFacet(page, 'Direction')).getByRole('checkbox', { name: 'Inbound' }).check();
    await expect(xmpp.locator('.facet-count')).toHaveText('1');
    // A facet's own values keep counting as if it were not applied, so alternatives stay visible.
    await expect((await openFacet(page, 'Direction')).locator('label', { hasText: 'Outbound' }).locator('.facet-count')).toHaveText('6');
  });

  test('combines values of one facet with OR', async ({ page }) => {
    await page.goto('./?lang=en&scenario=sip-federation,xmpp-federation');
    await expect(ruleRows(page)).toHaveCount(4);
  });
});

test.describe('the port box', () => {
  test('finds a single port', async ({ page }) => {
    await page.goto('./?lang=en');
    await portBox(page).fill('3478');
    await expect(ruleRows(page)).toHaveCount(2);
    expect(await ruleIds(page)).toEqual(['messenger-stun-3478-out', 'messenger-stun-3478-in']);
    expect(page.url()).toContain('port=3478');
  });

  test('finds the range a port falls in', async ({ page }) => {
    await page.goto('./?lang=en');
    await portBox(page).fill('50010');
    expect(await ruleIds(page)).toEqual(['messenger-rtp-tcp-out']);
  });

  test('finds every rule that overlaps a range', async ({ page }) => {
    await page.goto('./?lang=en');
    await portBox(page).fill('5060-5062');
    await expect(ruleRows(page)).toHaveCount(3);
    await expect(page.locator('td.col-ports')).toHaveText(['5061', '5061', '5061']);
  });

  const invalid: [string, string][] = [
    ['0', 'Ports go from 1 to 65535.'],
    ['70000', 'Ports go from 1 to 65535.'],
    ['sip', 'Use a number such as 3478 or a range such as 50000-59999.'],
  ];
  for (const [input, message] of invalid) {
    test(`says why ${input} is not a port and keeps the table`, async ({ page }) => {
      await page.goto('./?lang=en');
      await portBox(page).fill(input);
      await expect(page.locator('.field-error')).toHaveText(message);
      await expect(portBox(page)).toHaveAttribute('aria-invalid', 'true');
      await expect(ruleRows(page)).toHaveCount(10);
    });
  }

  test('says it in words before the lazily loaded translations have arrived', async ({ page }) => {
    // Hold back the rest of the translations (the sections only lazy pages use) for 5 s.
    await page.route(/-lazy-[\w-]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      await route.continue();
    });
    await page.goto('./?lang=zh-TW');
    await page.getByLabel('連接埠或範圍').fill('70000');
    await expect(page.locator('.field-error')).toHaveText('連接埠的範圍是 1 到 65535。', { timeout: 3000 });
  });

  test('explains an invalid port in Traditional Chinese', async ({ page }) => {
    await page.goto('./?lang=zh-TW');
    await page.getByLabel('連接埠或範圍').fill('70000');
    await expect(page.locator('.field-error')).toHaveText('連接埠的範圍是 1 到 65535。');
  });
});

test.describe('text search', () => {
  test('finds the same rules for "clients" and "用戶端"', async ({ page }) => {
    await page.goto('./?lang=en');
    await page.getByLabel('Search').fill('clients');
    const english = await ruleIds(page);
    expect(english).toContain('client-sip-443-in');
    await page.goto('./?lang=zh-TW');
    await page.getByLabel('搜尋').fill('用戶端');
    await expect(ruleRows(page)).toHaveCount(english.length);
    expect(await ruleIds(page)).toEqual(english);
  });

  test('searches notes and protocol in the other language too', async ({ page }) => {
    await page.goto('./?lang=en');
    await page.getByLabel('Search').fill('閘道');
    expect(await ruleIds(page)).toEqual(['xmpp-gateway-23456-out']);
    await page.getByLabel('Search').fill('stun');
    await expect(ruleRows(page)).toHaveCount(2);
  });
});

test.describe('sorting, legacy, pairs, empty state', () => {
  test('sorts ports numerically, both ways, and keeps the sort in the link', async ({ page }) => {
    await page.goto('./?lang=en');
    await page.getByRole('button', { name: 'Port(s)' }).click();
    await expect(page.locator('td.col-ports')).toHaveText([
      '443',
      '3478',
      '3478',
      '5061',
      '5061',
      '5061',
      '5269',
      '5269',
      '23456',
      '50000-59999',
    ]);
    await expect(page.getByRole('columnheader', { name: 'Port(s)' })).toHaveAttribute('aria-sort', 'ascending');
    expect(page.url()).toContain('sort=ports');
    await page.getByRole('button', { name: 'Port(s)' }).click();
    await expect(page.locator('td.col-ports').first()).toHaveText('50000-59999');
    expect(page.url()).toContain('sort=-ports');
  });

  test('sorts by a text column', async ({ page }) => {
    await page.goto('./?lang=en&sort=protocol');
    await expect(page.locator('td.col-protocol').first()).toContainText('RTP');
  });

  test('marks legacy rules and hides them with one toggle', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(page.locator('.badge-legacy')).toHaveCount(3);
    await page.getByLabel('Hide the 3 discontinued rules (Windows Live Messenger)').check();
    await expect(ruleRows(page)).toHaveCount(7);
    await expect(page.locator('.badge-legacy')).toHaveCount(0);
    expect(page.url()).toContain('legacy=hide');
  });

  test('shows bidirectional rules as pairs next to each other', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(page.locator('tr.pair-first')).toHaveCount(3);
    await expect(page.locator('tr.pair-first + tr.pair-second')).toHaveCount(3);
    await page.locator('tr[data-rule-id="xmpp-5269-in"]').getByRole('link', { name: 'Both ways' }).click();
    await expect(page.locator('tr[data-rule-id="xmpp-5269-out"]')).toHaveCSS('background-color', /.+/);
    expect(new URL(page.url()).hash).toBe('#rule-xmpp-5269-out');
  });

  test('names the filters that exclude everything and lets the user remove one', async ({ page }) => {
    await page.goto('./?lang=en&transport=tcp&port=3478');
    await expect(ruleRows(page)).toHaveCount(0);
    const empty = page.locator('.empty-state');
    await expect(empty).toContainText('No rule matches all these filters');
    await expect(empty.locator('li')).toHaveText(['Transport: TCP Remove: shows 2 rules', 'Port or range: 3478 Remove: shows 8 rules']);
    await empty.getByRole('button', { name: 'Remove: shows 2 rules' }).click();
    await expect(ruleRows(page)).toHaveCount(2);
  });

  test('clears every filter at once', async ({ page }) => {
    await page.goto('./?lang=en&transport=udp&q=stun&legacy=hide');
    await expect(ruleRows(page)).toHaveCount(0);
    await page.locator('.results-actions').getByRole('button', { name: 'Clear all filters' }).click();
    await expect(ruleRows(page)).toHaveCount(10);
    expect(new URL(page.url()).search).toBe('?lang=en');
    await expect(page.getByLabel('Search')).toHaveValue('');
  });
});

test.describe('shareable links', () => {
  test('a copied URL opens the same rows in a fresh browser', async ({ page, browser }) => {
    await page.goto('./?lang=en');
    await (await openFacet(page, 'Scenario')).getByRole('checkbox', { name: 'Public IM connectivity' }).check();
    await (await openFacet(page, 'Direction')).getByRole('checkbox', { name: 'Outbound' }).check();
    await page.getByRole('button', { name: 'Port(s)' }).click();
    const ids = await ruleIds(page);
    expect(ids).toEqual(['messenger-stun-3478-out', 'sip-federation-5061-out', 'public-im-sip-5061-out', 'messenger-rtp-tcp-out']);
    const fresh = await browser.newContext();
    await serveSeedDataset(fresh);
    const other = await fresh.newPage();
    await other.goto(page.url());
    await expect(other.locator('table.rules tbody tr')).toHaveCount(4);
    expect(await ruleIds(other)).toEqual(ids);
    await expect(other.getByRole('checkbox', { name: 'Outbound' })).toBeChecked();
    await fresh.close();
  });

  test('Back and Forward walk through filter changes', async ({ page }) => {
    await page.goto('./?lang=en');
    await (await openFacet(page, 'Scenario')).getByRole('checkbox', { name: 'XMPP federation' }).check();
    await expect(ruleRows(page)).toHaveCount(3);
    await (await openFacet(page, 'Direction')).getByRole('checkbox', { name: 'Inbound' }).check();
    await expect(ruleRows(page)).toHaveCount(1);
    await page.goBack();
    await expect(ruleRows(page)).toHaveCount(3);
    await expect((await openFacet(page, 'Direction')).getByRole('checkbox', { name: 'Inbound' })).not.toBeChecked();
    await page.goBack();
    await expect(ruleRows(page)).toHaveCount(10);
    await page.goForward();
    await expect(ruleRows(page)).toHaveCount(3);
  });

  test('typing in a text box makes one history entry, not one per key', async ({ page }) => {
    await page.goto('./?lang=en');
    await page.getByLabel('Search').pressSequentially('23456');
    await expect(ruleRows(page)).toHaveCount(1);
    await page.goBack();
    await expect(ruleRows(page)).toHaveCount(10);
    await expect(page.getByLabel('Search')).toHaveValue('');
  });

  test('copy link copies the current URL and confirms it', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./?lang=en&protocol=xmpp');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('ignores unknown parameters and values with a notice', async ({ page }) => {
    await page.goto('./?lang=en&colour=red&scenario=xmpp-federation,carrier-pigeon&port=99999');
    await expect(ruleRows(page)).toHaveCount(3);
    const notice = page.locator('.notice');
    await expect(notice).toContainText('3 parts that were not recognized');
    await expect(notice.locator('code')).toHaveText(['colour=red', 'scenario=carrier-pigeon', 'port=99999']);
    expect(new URL(page.url()).search).toBe('?lang=en&scenario=xmpp-federation');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });

  test('a malformed URL never breaks the page', async ({ page }) => {
    await page.goto('./?%E0%A4%A&q=%&scenario=%ZZ&&&=&sort=,,,');
    await expect(ruleRows(page)).toHaveCount(10);
  });
});

test.describe('language', () => {
  test('switching language keeps every filter', async ({ page }) => {
    await page.goto('./?lang=en&scenario=xmpp-federation&direction=inbound&sort=-ports&q=xmpp');
    await expect(ruleRows(page)).toHaveCount(1);
    await page.getByRole('button', { name: '繁體中文' }).click();
    await expect(page.getByText('顯示 1 條規則 (共 10 條)')).toBeVisible();
    await expect(ruleRows(page)).toHaveCount(1);
    const search = new URL(page.url()).searchParams;
    expect(search.get('lang')).toBe('zh-TW');
    expect(search.get('scenario')).toBe('xmpp-federation');
    expect(search.get('direction')).toBe('inbound');
    expect(search.get('q')).toBe('xmpp');
    await expect(page.getByRole('checkbox', { name: '輸入' })).toBeChecked();
  });

  test('remembers the chosen language for a bare link', async ({ page }) => {
    await page.goto('./?lang=zh-TW');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
    await page.goto('./');
    await expect(page.getByRole('columnheader', { name: '連接埠' })).toBeVisible();
  });

  test('follows the browser language when nothing else says', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-HK' });
    const page = await context.newPage();
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
    await context.close();
    const en = await browser.newContext({ locale: 'fr-FR' });
    const enPage = await en.newPage();
    await enPage.goto('./');
    await expect(enPage.locator('html')).toHaveAttribute('lang', 'en');
    await en.close();
  });
});

test.describe('phone width and keyboard', () => {
  test('at 375 px the filters collapse into a panel', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('./?lang=en');
    const toggle = page.getByRole('button', { name: /Show filters/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByLabel('Search')).toBeHidden();
    await toggle.click();
    await expect(page.getByRole('button', { name: 'Hide filters' })).toHaveAttribute('aria-expanded', 'true');
    await (await openFacet(page, 'Transport')).getByRole('checkbox', { name: 'UDP' }).check();
    await expect(ruleRows(page)).toHaveCount(2);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
  });

  test('every control works from the keyboard', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(ruleRows(page)).toHaveCount(10);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the rules' })).toBeFocused();
    await page.getByLabel('Search').focus();
    await page.keyboard.type('gateway');
    await page.keyboard.press('Tab');
    await expect(portBox(page)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Hide the 3 discontinued rules (Windows Live Messenger)')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('.filter-panel').getByRole('button', { name: 'Scenario' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.filter-panel').getByRole('button', { name: 'Scenario' })).toHaveAttribute('aria-expanded', 'true');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: 'XMPP federation' })).toBeChecked();
    expect(page.url()).toContain('scenario=xmpp-federation');
    await expect(ruleRows(page)).toHaveCount(1);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    await page.getByRole('button', { name: 'Port(s)' }).focus();
    await page.keyboard.press('Enter');
    expect(page.url()).toContain('sort=ports');
  });
});
