import { columnTexts, expect, ruleRows, test } from './fixtures';

const SEED_PORTS = ['5061', '5061', '5061', '443', '50000-59999', '3478', '3478', '5269', '5269', '23456'];

test.describe('the seed rules', () => {
  test('shows all 10 rules with their ports in English', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(ruleRows(page)).toHaveCount(10);
    expect(await columnTexts(page, 'ports')).toEqual(SEED_PORTS);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Lync Server 2013 Edge port matrix');
    await expect(page.getByRole('columnheader', { name: 'Port(s)' })).toBeVisible();
    const gateway = page.locator('tr[data-rule-id="xmpp-gateway-23456-out"]');
    await expect(gateway.locator('td.col-protocol')).toHaveText('XMPP (MTLS)');
    await expect(gateway.locator('td.col-source')).toContainText('Any (internal network)');
    await expect(gateway.locator('td.col-destination')).toContainText('Internal Edge Server interface');
    await expect(gateway.locator('td.col-direction')).toHaveText('Outbound');
    await expect(gateway.locator('td.col-firewall')).toHaveText('Internal');
    await expect(page.locator('.result-count')).toHaveText('Showing 10 of 10 rules');
  });

  test('shows all 10 rules with their ports in Traditional Chinese', async ({ page }) => {
    await page.goto('./?lang=zh-TW');
    await expect(ruleRows(page)).toHaveCount(10);
    expect(await columnTexts(page, 'ports')).toEqual(SEED_PORTS);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
    await expect(page).toHaveTitle('Lync Server 2013 Edge 連接埠對照表');
    await expect(page.getByRole('columnheader', { name: '連接埠' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: '目的地' })).toBeVisible();
    const client = page.locator('tr[data-rule-id="client-sip-443-in"]');
    await expect(client.locator('td.col-source')).toContainText('用戶端');
    await expect(client.locator('td.col-destination')).toContainText('Edge Server 存取介面');
    await expect(client.locator('td.col-direction')).toHaveText('輸入');
    await expect(client.locator('td.col-summary')).toContainText('外部使用者存取：用戶端至 Access Edge 的 SIP');
    await expect(page.locator('.result-count')).toHaveText('顯示 10 條規則 (共 10 條)');
  });

  test('marks the Windows Live Messenger rules as legacy', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(page.locator('tr.is-legacy')).toHaveCount(3);
    await expect(page.locator('tr[data-rule-id="messenger-rtp-tcp-out"] .badge-legacy')).toHaveText('Discontinued');
  });

  test('switches language with the visible switch and keeps the rules', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(ruleRows(page)).toHaveCount(10);
    await page.getByRole('button', { name: '繁體中文' }).click();
    await expect(page.getByRole('columnheader', { name: '通訊協定' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
    await expect(ruleRows(page)).toHaveCount(10);
    await expect(page.getByRole('button', { name: '繁體中文' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('columnheader', { name: 'Protocol' })).toBeVisible();
  });
});
