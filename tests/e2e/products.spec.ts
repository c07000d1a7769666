/**
 * The product switch (#17): each product's known rules and known absences, switching in the header
 * (the link keeps what still applies, the rest goes to the notice), titles and file names carrying the
 * product, datasets fetched only when chosen, a product's broken dataset, the user's own product, file://.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, type Page } from '@playwright/test';
import { expect, ruleRows, test } from './fixtures';

const ids = (page: Page) => ruleRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule-id')));
const OCS_2007_MEDIA = ['av-rtp-tcp-in', 'av-rtp-udp-in'];

test.describe('each product', () => {
  test.use({ dataset: 'full' });

  test('Skype for Business Server 2019 in every view: diagram and configuration files carry the product, the flow check reads its rules', async ({
    page,
  }) => {
    const DATE = String.raw`\d{4}-\d{2}-\d{2}`;
    await page.goto('./?lang=en&product=sfb-2019&view=diagram&interface=access-edge-external');
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    expect(svg.suggestedFilename()).toMatch(new RegExp(`^sfb-2019-diagram-access-edge-external-${DATE}\\.svg$`));

    await page.goto('./?lang=en&product=sfb-2019&topology=single-public&view=config');
    const nft = page.locator('pre.config-text[data-file$="-external.nft"]');
    await expect(nft).toHaveAttribute('data-file', new RegExp(`^sfb-2019-edge-rules-single-public-${DATE}-external\\.nft$`));
    await expect(nft).toContainText('# Skype for Business Server 2019 Edge, external firewall (Internet <-> perimeter network): nftables');
    await expect(nft).not.toContainText('5269');

    // XMPP on 5269 is gone in 2019; SIP over TLS on 443 to the Access Edge is still open.
    const check = (port: number) =>
      `./?lang=en&product=sfb-2019&view=check&addr=access-edge-external*198.51.100.10&flow=tcp*203.0.113.7*198.51.100.10*${port}`;
    await page.goto(check(5269));
    await expect(page.locator('.check-answer').getByRole('heading', { level: 3 })).toHaveText(
      '✗ Not allowed: no rule of the request allows this flow',
    );
    await page.goto(check(443));
    await expect(page.locator('.check-answer').getByRole('heading', { level: 3 })).toContainText('✓ Allowed');
    await expect(page.locator('.check-answer .check-matches > li[data-rule-id="access-sip-443-in"]')).toBeVisible();
  });

  test('Lync Server 2013 (no product= in the link) has XMPP on 5269 and the inbound A/V media for OCS 2007 federation', async ({
    page,
  }) => {
    await page.goto('./?lang=en&topology=single-public');
    await expect(ruleRows(page).first()).toBeVisible();
    const shown = await ids(page);
    expect(shown).toEqual(expect.arrayContaining(['xmpp-5269-in', ...OCS_2007_MEDIA]));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lync Server 2013 Edge port matrix');
  });

  test('Skype for Business Server 2015 has xmpp-5269-in and no inbound A/V media for OCS 2007 federation', async ({ page }) => {
    await page.goto('./?lang=en&product=sfb-2015');
    await expect(ruleRows(page)).toHaveCount(82);
    const shown = await ids(page);
    expect(shown).toContain('xmpp-5269-in');
    expect(shown.filter((id) => OCS_2007_MEDIA.includes(id ?? ''))).toEqual([]);
    await expect(page).toHaveTitle('Skype for Business Server 2015 Edge port matrix');
  });

  test('Skype for Business Server 2019 has no rule on 5269 and no inbound A/V media for OCS 2007 federation', async ({ page }) => {
    await page.goto('./?lang=en&product=sfb-2019');
    await expect(ruleRows(page)).toHaveCount(75);
    const shown = await ids(page);
    expect(shown.filter((id) => /5269/.test(id ?? '') || OCS_2007_MEDIA.includes(id ?? ''))).toEqual([]);
    expect(shown).toContain('hybrid-sip-5061-out');
    await page.goto('./?lang=en&product=sfb-2019&port=5269');
    await expect(page.getByRole('heading', { name: 'No rule matches all these filters' })).toBeVisible();
  });
});

test.describe('switching product', () => {
  test.use({ dataset: 'full' });

  test('fetches only the product shown at first load, the others when chosen, keeping the filters that still apply', async ({ page }) => {
    const data: string[] = [];
    page.on('request', (r) => /\/data\//.test(r.url()) && data.push(new URL(r.url()).pathname.replace(/^.*\/data\//, '')));
    await page.goto('./?lang=en&topology=single-public&scenario=xmpp-federation,sip-federation&rule=xmpp-5269-in');
    await expect(ruleRows(page).first()).toBeVisible();
    expect(data).toEqual(['rules.json']);
    await page.getByLabel('Product').selectOption('sfb-2019');
    await expect(page).toHaveTitle('Skype for Business Server 2019 Edge port matrix');
    await expect(page).toHaveURL(/\?lang=en&product=sfb-2019&topology=single-public&scenario=sip-federation$/);
    const notice = page.locator('.notice');
    await expect(notice.locator('code')).toHaveText(['rule=xmpp-5269-in', 'scenario=xmpp-federation']);
    expect(data).toEqual(['rules.json', 'sfb-2019.json']);
    const kept = await ids(page);
    expect(kept).toContain('sip-federation-5061-out');
    expect(kept.filter((id) => /xmpp/.test(id ?? ''))).toEqual([]);
    // Back is the Lync Server 2013 link again, with its filters.
    await page.goBack();
    await expect(page).toHaveTitle('Lync Server 2013 Edge port matrix');
    await expect(ruleRows(page).filter({ has: page.locator('[data-open-rule="xmpp-5269-in"]') })).toHaveCount(1);
  });

  test('the title, the sheet’s title and the export names carry the product; zh-TW names it in Taiwan’s terms', async ({ page }) => {
    await page.goto('./?lang=en&product=sfb-2019&view=sheet&topology=single-public');
    await expect(page.locator('.sheet-header h1')).toHaveText('Firewall change request: Skype for Business Server 2019');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^sfb-2019-edge-rules-single-public-\d{4}-\d{2}-\d{2}\.csv$/);
    await page.getByRole('button', { name: '繁體中文' }).click();
    await expect(page.locator('.sheet-header h1')).toHaveText('防火牆變更申請：商務用 Skype Server 2019');
    await expect(page).toHaveTitle('商務用 Skype Server 2019 Edge 連接埠對照表');
    await expect(page.locator('.app-footer')).toContainText('連接埠資料取自 Microsoft 商務用 Skype Server 文件，© Microsoft，CC BY 4.0。');
    await page.goto('./?lang=en&view=sheet&topology=single-public');
    const [lync] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    expect(lync.suggestedFilename()).toMatch(/^lync-edge-rules-single-public-/);
  });

  test('a product’s dataset that cannot be used gets the same report as the built-in one', async ({ page }) => {
    const broken = JSON.parse(readFileSync('public/data/sfb-2015.json', 'utf8'));
    broken.rules[0].ports = [{ from: 70000, to: 5 }];
    await page.route('**/data/sfb-2015.json', (route) => route.fulfill({ body: JSON.stringify(broken), contentType: 'application/json' }));
    await page.goto('./?lang=en&product=sfb-2015');
    const panel = page.getByRole('alert');
    await expect(panel.getByRole('heading', { name: 'The rule dataset could not be used' })).toBeVisible();
    await expect(panel).toContainText('File: ./data/sfb-2015.json');
    await expect(panel.locator('.problems li').first()).toContainText('rules[0].ports[0]');
    await page.getByLabel('Product').selectOption('lync-2013');
    await expect(ruleRows(page)).toHaveCount(87);
  });

  test('the user’s own dataset shows its own product, and choosing a product goes back to the built-in one', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(ruleRows(page)).toHaveCount(87);
    const mine = JSON.parse(readFileSync('tests/fixtures/datasets/seed.json', 'utf8'));
    mine.product = { id: 'contoso-uc', name: { en: 'Contoso UC 2026', 'zh-TW': 'Contoso 通訊 2026' } };
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Open a dataset file…' }).click(),
    ]);
    await chooser.setFiles({ name: 'contoso.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
    await expect(ruleRows(page)).toHaveCount(10);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contoso UC 2026 Edge port matrix');
    await expect(page.getByLabel('Product')).toHaveValue('');
    await expect(page.getByLabel('Product').locator('option:checked')).toHaveText('Your file: Contoso UC 2026');
    await page.getByLabel('Product').selectOption('sfb-2015');
    await expect(ruleRows(page)).toHaveCount(82);
    await expect(page.getByText('Showing your file contoso.json')).toHaveCount(0);
  });
});

/** Content-Security-Policy violations reported in the page (none is allowed anywhere). */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}

test('switching product, comparing, printing and exporting raise no CSP violation', async ({ page }) => {
  const csp = await watchCsp(page);
  await page.goto('./?lang=en&topology=single-public');
  await page.getByLabel('Product').selectOption('sfb-2015');
  await expect(page).toHaveTitle('Skype for Business Server 2015 Edge port matrix');
  await page.getByRole('link', { name: 'Compare versions' }).click();
  await expect(page.locator('li.change-entry').first()).toBeVisible();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
  await page.pdf({ format: 'A4', landscape: true });
  await page.getByRole('link', { name: 'About & sources' }).click();
  await expect(page.locator('.about-subscription')).toBeVisible();
  expect(await csp()).toEqual([]);
});

base('the single file switches product from file://, with no request', async ({ page }) => {
  const file = fileURLToPath(new URL('../../dist/lync-port-matrix.html', import.meta.url));
  const requests: string[] = [];
  const errors: string[] = [];
  const csp = await watchCsp(page);
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`file://${file}?lang=zh-TW&topology=single-public`);
  await base.expect(ruleRows(page).first()).toBeVisible();
  await page.getByLabel('產品').selectOption('sfb-2019');
  await base.expect(page).toHaveTitle('商務用 Skype Server 2019 Edge 連接埠對照表');
  await base.expect(page).toHaveURL(/product=sfb-2019/);
  base.expect(await ids(page)).toContain('hybrid-sip-5061-out');
  await page.getByRole('link', { name: '版本比較' }).click();
  await base.expect(page.locator('.change-section-close li[data-rule-id="xmpp-5269-in"]')).toBeVisible();
  base.expect(requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
  base.expect(errors).toEqual([]);
  base.expect(await csp()).toEqual([]);
});
