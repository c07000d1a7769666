import { expect, type Page } from '@playwright/test';

const WORDS = {
  en: { config: 'Firewall config', check: 'Check a flow', log: 'Or paste a firewall log line', read: 'Read the line' },
  'zh-TW': { config: '防火牆設定', check: '連線檢查', log: '或貼上一行防火牆記錄', read: '讀取記錄' },
} as const;

/**
 * Uses the firewall configuration and flow check pages from wherever the app is open (a server or
 * file://): the nftables output, a format switch in the link, and a Cisco ASA log line read into a flow.
 */
export async function useToolPages(page: Page, lang: keyof typeof WORDS) {
  const words = WORDS[lang];
  await page.getByRole('link', { name: words.config }).click();
  await expect(page.locator('pre.config-text').first()).toContainText('table inet lync_external');
  await page.getByRole('radio', { name: 'Cisco ASA' }).check();
  await expect(page).toHaveURL(/format=asa/);
  await expect(page.locator('pre.config-text').first()).toContainText('access-list LYNC-OUTSIDE-IN');
  await page.getByRole('link', { name: words.check }).click();
  const line = '%ASA-4-106023: Deny tcp src outside:203.0.113.9/63659 dst dmz:198.51.100.10/5269 by access-group "a"';
  await page.getByLabel(words.log).fill(line);
  await page.getByRole('button', { name: words.read }).click();
  await expect(page).toHaveURL(/flow=tcp\*203\.0\.113\.9\*198\.51\.100\.10\*5269\*63659/);
  await expect(page.locator('.check-answer h3')).toBeVisible();
}
