/**
 * Issue #14: bad input gets a clear message and loses nothing; untrusted input is text. One test
 * per reproduction of the adversarial report (datasets in tests/fixtures/datasets, links, stored state).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test as base, type Page } from '@playwright/test';
import { expect, ruleRows, test } from './fixtures';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/datasets/${name}`, import.meta.url)), 'utf8');
const serve = (page: Page, body: string) =>
  page.route('**/data/rules.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
const stored = (page: Page, key: string) => page.evaluate((k) => window.localStorage.getItem(k), key);
const savedAddresses = async (page: Page) => JSON.parse((await stored(page, 'lync-port-matrix.addresses')) ?? 'null');
const today = () => new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());

test('1. ids named after Object.prototype ("constructor" for every kind) show their rules on every page', async ({ page }) => {
  await serve(page, fixture('prototype-ids.json'));
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('lync-port-matrix.addresses', JSON.stringify({ constructor: ['192.0.2.10'] }));
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('./?lang=en&scenario=constructor&role=constructor&topology=constructor&protocol=constructor&interface=constructor');
  await expect(ruleRows(page)).toHaveCount(2);
  await expect(page.locator('#rule-constructor')).toContainText('Constructor Edge interface');
  await expect(page.locator('#rule-constructor')).toContainText('192.0.2.10');
  await expect(page.locator('.notice')).toHaveCount(0);
  await page.getByRole('link', { name: 'Diagrams' }).click();
  await expect(page.locator('svg.diagram g.arrow')).toHaveCount(2);
  await page.getByRole('link', { name: 'Request sheet' }).click();
  await expect(page.locator('.sheet-table tbody tr')).toHaveCount(2);
  await expect(page.locator('.sheet-table tbody tr').first()).toContainText('192.0.2.10');
  await page.getByRole('link', { name: 'About & sources' }).click();
  await expect(page.getByText('Constructor design').first()).toBeVisible();
});

test('2. bidi controls in dataset text cannot reorder the app’s own text: removed, and the values isolated', async ({ page }) => {
  await serve(page, fixture('bidi.json'));
  await page.goto('./?lang=en&view=diagram&interface=access-edge-external&scenario=sip-federation&port=5061');
  const label = page.locator('svg.diagram text.arrow-label').first();
  await expect(label).toHaveText('SIP/MTLS TCP 5061');
  await expect(label).toHaveAttribute('unicode-bidi', 'isolate');
  const body = () => page.locator('body').evaluate((b) => b.textContent ?? '');
  expect(await body()).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
  await page.getByRole('link', { name: 'Request sheet' }).click();
  await expect(page.locator('.sheet-filter-summary')).toHaveText(
    'Scenario: SIP federation; Interface involved: Edge Server Access interface; Port or range: 5061',
  );
  expect(await page.locator('.sheet-filter-summary').evaluate((e) => getComputedStyle(e).unicodeBidi)).toBe('isolate');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
  expect(readFileSync(await csv.path(), 'utf8')).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  await page.getByRole('link', { name: 'About & sources' }).click();
  const url = page.locator('.technet-url');
  await expect(url).toHaveText('https://evil.example/#moc.tfosorcim.tenhcet//:sptth');
  expect(await url.evaluate((e) => getComputedStyle(e).unicodeBidi)).toBe('isolate');
  expect(await body()).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
});

test.describe('addresses', () => {
  test.use({ dataset: 'full' });

  test('3. a link’s addresses are shown as the link’s: typing keeps the saved ones, Keep merges, Drop and Forget lose nothing unasked', async ({
    page,
  }) => {
    await page.goto('./?lang=en&view=sheet&topology=single-public');
    await page.locator('input[data-endpoint="access-edge-external"]').fill('198.51.100.10');
    await page.locator('input[data-endpoint="edge-internal"]').fill('10.0.0.5');
    await expect.poll(() => savedAddresses(page)).toEqual({ 'access-edge-external': ['198.51.100.10'], 'edge-internal': ['10.0.0.5'] });

    await page.goto('./?view=sheet&topology=single-public&addr=av-edge-external*198.51.100.7');
    const notice = page.locator('.link-addresses');
    await expect(notice).toContainText('This link brings addresses for 1 endpoint.');
    await expect(notice).toContainText('198.51.100.7');
    await expect(page.locator('input[data-endpoint="av-edge-external"]')).toHaveValue('198.51.100.7');
    await expect(page.getByText('From the link, not saved in this browser.')).toBeVisible();
    await expect(page.locator('input[data-endpoint="access-edge-external"]')).toHaveValue('198.51.100.10');
    // Typing in any field changes that field only: the saved addresses stay, the link's are not saved.
    await page.locator('input[data-endpoint="edge-internal"]').fill('10.0.0.6');
    await expect.poll(() => savedAddresses(page)).toEqual({ 'access-edge-external': ['198.51.100.10'], 'edge-internal': ['10.0.0.6'] });
    await page.locator('input[data-endpoint="av-edge-external"]').fill('198.51.100.8');
    await expect(page).toHaveURL(/addr=av-edge-external\*198\.51\.100\.8/);
    expect(await savedAddresses(page)).toEqual({ 'access-edge-external': ['198.51.100.10'], 'edge-internal': ['10.0.0.6'] });

    // Drop: back to the saved addresses, nothing saved is touched.
    await notice.getByRole('button', { name: 'Drop the link’s addresses' }).click();
    await expect(notice).toHaveCount(0);
    expect(page.url()).not.toContain('addr=');
    await expect(page.locator('input[data-endpoint="av-edge-external"]')).toHaveValue('');
    // Keep: added to the saved ones.
    await page.goBack();
    await notice.getByRole('button', { name: 'Keep them (add to my saved addresses)' }).click();
    await expect(notice).toHaveCount(0);
    await expect
      .poll(() => savedAddresses(page))
      .toEqual({ 'access-edge-external': ['198.51.100.10'], 'edge-internal': ['10.0.0.6'], 'av-edge-external': ['198.51.100.8'] });
    expect(page.url()).not.toContain('addr=');

    // Forget my addresses, on the sheet, only after a confirmation.
    const editor = page.locator('.address-editor');
    await editor.getByRole('button', { name: 'Forget my addresses' }).click();
    await editor.getByRole('button', { name: 'Cancel' }).click();
    expect(await savedAddresses(page)).not.toBeNull();
    await editor.getByRole('button', { name: 'Forget my addresses' }).click();
    await expect(editor).toContainText('Remove the addresses saved in this browser for 3 endpoints?');
    await editor.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => savedAddresses(page)).toBeNull();
    await expect(page.locator('input[data-endpoint="access-edge-external"]')).toHaveValue('');
  });

  test('the link’s address notice, a field from the link and the storage notice pass axe, light and dark', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('lync-port-matrix.sheet', JSON.stringify({ date: '2026-02-31' })));
    for (const dark of [false, true]) {
      await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
      await page.goto(`./?lang=${dark ? 'zh-TW' : 'en'}&view=sheet&scenario=xmpp-federation&addr=edge-internal*10.0.0.5*10.0.0.300`);
      await expect(page.locator('.link-addresses')).toBeVisible();
      await expect(page.locator('.from-link')).toBeVisible();
      await expect(page.locator('.sheet-fields .field-error')).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    }
  });

  test('4. a link’s invalid addresses are errors in its notice and never reach the paper or the CSV', async ({ page }) => {
    await page.goto(
      './?lang=en&view=sheet&rules=xmpp-gateway-23456-out&addr=edge-internal*999.999.999.999*javascript:x*10.0.0.5/8*10.0.0.9',
    );
    const notice = page.locator('.link-addresses');
    await expect(notice).toContainText('Not valid, so not used:');
    await expect(notice).toContainText('999.999.999.999 is not an IPv4 or IPv6 address, CIDR range or FQDN.');
    await expect(notice).toContainText('javascript:x is not an IPv4 or IPv6 address, CIDR range or FQDN.');
    await expect(notice).toContainText('10.0.0.5/8 is not a network address; did you mean 10.0.0.0/8?');
    const row = page.locator('.sheet-table tbody tr');
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('10.0.0.9');
    // Not on paper, not even in the printed live-view link: the link itself drops them.
    await expect(page).toHaveURL(/addr=edge-internal\*10\.0\.0\.9$/);
    for (const bad of ['999.999', 'javascript', '10.0.0.5/8']) await expect(page.locator('.sheet-print')).not.toContainText(bad);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text).toContain('10.0.0.9');
    for (const bad of ['999.999', 'javascript', '10.0.0.5/8']) expect(text).not.toContain(bad);
    // Addresses saved in this browser go through the same parser: an invalid one is an error at its field.
    await page.evaluate(() =>
      localStorage.setItem('lync-port-matrix.addresses', JSON.stringify({ 'internal-any': ['10.0.0.0/8', '10.1.1.300'] })),
    );
    await page.goto('./?lang=en&view=sheet&rules=xmpp-gateway-23456-out');
    await expect(page.locator('input[data-endpoint="internal-any"]')).toHaveValue('10.0.0.0/8, 10.1.1.300');
    await expect(page.getByText('10.1.1.300 is not an IPv4 or IPv6 address, CIDR range or FQDN.')).toBeVisible();
    await expect(page.locator('.sheet-table tbody tr')).toContainText('10.0.0.0/8');
    await expect(page.locator('.sheet-print')).not.toContainText('10.1.1.300');
  });
});

test.describe('5. stored sheet dates that do not exist', () => {
  for (const date of ['2026-13-01', '0000-00-00', '2026-02-31']) {
    test(`${date}: the sheet opens with today’s date, says so at the field, and never prints a shifted date`, async ({ page }) => {
      await page.addInitScript(
        (d) => localStorage.setItem('lync-port-matrix.sheet', JSON.stringify({ date: d, title: 'Kept title' })),
        date,
      );
      await page.goto('./?lang=en&view=sheet');
      await expect(page.getByText(`The saved date ${date} does not exist; today’s date is used.`)).toBeVisible();
      await expect(page.locator('.sheet-header')).toContainText(today());
      await expect(page.locator('.sheet-header h1')).toHaveText('Kept title');
      await expect(page.locator('.sheet-header')).not.toContainText('March 3');
      await expect(page.locator('.notice')).toContainText('sheet · date');
      await expect(page.locator('.sheet-table tbody tr')).toHaveCount(10);
    });
  }

  test('a stored language that is not one of ours is reported and ignored', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('lync-port-matrix.lang', 'xx-evil'));
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.notice')).toContainText('lang');
  });
});

test.describe('7. limits', () => {
  test('a dataset file over the size limit is refused before it is read', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(ruleRows(page)).toHaveCount(10);
    await expect(page.getByRole('button', { name: 'Open a dataset file…' })).toBeVisible();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(80 * 1024 * 1024 + 1)], 'huge\u202Enosj.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    });
    await expect(page.getByText('hugenosj.json is larger than 80 MB.')).toBeVisible();
    await expect(ruleRows(page)).toHaveCount(10);
  });

  base('from file://, a link with 200,000 unknown scenario values opens at once and its notice counts them', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const file = fileURLToPath(new URL('../../dist/lync-port-matrix.html', import.meta.url));
    const values = Array.from({ length: 200_000 }, (_, i) => `s${i}`).join(',');
    const start = Date.now();
    await page.goto(`file://${file}?lang=en&scenario=${values}`);
    await base.expect(page.locator('table.rules tbody tr')).toHaveCount(87, { timeout: 30_000 });
    await base.expect(page.locator('.notice')).toContainText('This link had 200,000 parts that were not recognized');
    await base.expect(page.locator('.notice')).toContainText('and 199,980 more.');
    await base.expect(page.locator('.notice code')).toHaveCount(20);
    // A few seconds on an idle 2-core machine; the quadratic de-duplication this guards against took 76 s.
    base.expect(Date.now() - start).toBeLessThan(30_000);
    base.expect(errors).toEqual([]);
  });
});

test('8. duplicate ids inside a rule’s lists are listed with their paths', async ({ page }) => {
  await serve(page, fixture('duplicates.json'));
  await page.goto('./?lang=en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('9 problems found');
  await expect(alert).toContainText('rules[0].scenarios[4] sip-federation is listed more than once.');
  await expect(alert).toContainText('sources[0].notRules[1].rows[0] t1 r2 is listed more than once.');
});

test.describe('the rest of #14', () => {
  test('a PNG too large to encode says so and offers the SVG', async ({ page }) => {
    await page.addInitScript(() => {
      HTMLCanvasElement.prototype.toBlob = function toBlob(callback: BlobCallback) {
        callback(null);
      };
    });
    await page.goto('./?lang=en&view=diagram&interface=av-edge-external');
    await page.getByRole('button', { name: 'Download PNG' }).click();
    await expect(page.getByText('This diagram is too large for a PNG image.')).toBeVisible();
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG instead' }).click()]);
    expect(svg.suggestedFilename()).toMatch(/\.svg$/);
  });

  test('lang=zh-HK shows Traditional Chinese, with no notice, and saves zh-TW', async ({ page }) => {
    await page.goto('./?lang=zh-HK');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
    await expect(ruleRows(page)).toHaveCount(10);
    await expect(page.locator('.notice')).toHaveCount(0);
    expect(await stored(page, 'lync-port-matrix.lang')).toBe('zh-TW');
  });

  test('a port of 65535.5 reads "Expected a whole number", never "Expected , found"', async ({ page }) => {
    const seed = JSON.parse(fixture('seed.json'));
    seed.rules[0].ports[0].to = 65535.5;
    await serve(page, JSON.stringify(seed));
    await page.goto('./?lang=en');
    await expect(page.getByRole('alert')).toContainText('rules[0].ports[0].to Expected a whole number, found 65535.5.');
  });

  test('a small lazy part that fails to load (a notice) is contained by its own boundary: no blank page', async ({ page }) => {
    await page.route(/\/assets\/IgnoredNotice-[^/]+\.js$/, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("notice chunk failed");' }),
    );
    await page.goto('./?lang=en&colour=red');
    await expect(page.getByText('Something went wrong in this part of the page. The rest of the page still works.')).toBeVisible();
    await expect(ruleRows(page)).toHaveCount(10);
    await expect(page.getByRole('button', { name: 'Open a dataset file…' })).toBeVisible();
  });

  test('Forget my addresses is in the footer when addresses are saved', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('lync-port-matrix.addresses', JSON.stringify({ 'edge-internal': ['10.0.0.5'] }));
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto('./?lang=zh-TW');
    const footer = page.locator('.app-footer');
    await footer.getByRole('button', { name: '清除我的位址' }).click();
    await footer.getByRole('button', { name: '移除' }).click();
    await expect(footer).toContainText('已移除位址。');
    await expect.poll(() => savedAddresses(page)).toBeNull();
  });
});
