/** The firewall configuration and flow check in a session: no CSP violation, no request off the origin, no dialog. */
import { expect, test, useToolPages } from './fixtures';

test.use({ dataset: 'full' });

test('config and check: every control, downloads and the sheet print-out, with no CSP violation and no request off the origin', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  const csp: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => /Content Security Policy/i.test(message.text()) && csp.push(message.text()));
  page.on('dialog', (dialog) => csp.push(`dialog: ${dialog.message()}`));
  await page.goto('./?lang=en&view=sheet&topology=single-public');
  await page.locator('input[data-endpoint="access-edge-external"]').fill('198.51.100.10, sip.contoso.com');
  await page.getByLabel('Include the firewall configuration (in the format chosen on its page)').check();
  await expect(page.locator('.sheet-config pre').first()).toBeVisible();
  await useToolPages(page, 'en');
  await page.getByRole('link', { name: 'Firewall config' }).click();
  for (const format of ['nftables', 'iptables-restore', 'Cisco ASA', 'Palo Alto PAN-OS']) {
    await page.getByRole('radio', { name: format }).check();
    await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: /^Download / })
        .first()
        .click(),
    ]);
  }
  await page.getByRole('radio', { name: 'External' }).check();
  await page.getByRole('link', { name: 'Check a flow' }).click();
  await page
    .getByLabel('Or paste a firewall log line')
    .fill('2019-05-06 10:49:55 DROP UDP 192.0.2.10 203.0.113.20 50001 3478 40 - - - - - - - RECEIVE');
  await page.getByRole('button', { name: 'Read the line' }).click();
  await expect(page.locator('.check-answer h3')).toBeVisible();
  const origin = new URL(baseURL ?? '').origin;
  expect(requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url))).toEqual([]);
  expect(csp).toEqual([]);
});
