import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, type Page } from '@playwright/test';
import { expect, ruleRows, test, useToolPages } from './fixtures';

const SEED = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/datasets/seed.json', import.meta.url)), 'utf8'));

/** Collects Content-Security-Policy violations and opened dialogs; `window.__xss` is what a payload would set. */
async function watch(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return {
    dialogs,
    csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    xss: () => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
  };
}

test.describe('a full session on the full dataset', () => {
  test.use({ dataset: 'full' });

  test('uses every feature with no CSP violation and no request off the origin', async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const watched = await watch(page);
    await page.goto('./?lang=en');
    await expect(ruleRows(page)).toHaveCount(87);
    await page.locator('tr[data-rule-id="xmpp-5269-in"] td.col-ports').click();
    await expect(page.locator('.rule-details')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.locator('.filter-panel').getByRole('button', { name: 'Direction' }).click();
    await page.locator('input[name="direction"][value="inbound"]').check();
    await page.getByRole('searchbox').first().fill('edge');
    await page.getByLabel('Port or range').fill('443');
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await page.getByRole('link', { name: 'Diagrams' }).click();
    await page.getByLabel('Interface', { exact: true }).selectOption({ label: 'Edge Server A/V interface' });
    await page.locator('svg.diagram g.arrow').first().click();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).first().click()]);
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).first().click()]);
    await page.getByRole('link', { name: 'Request sheet' }).click();
    await page.getByLabel('Include the interface diagrams (one page each)').check();
    await expect(page.locator('.print-diagram-page').first()).toBeVisible();
    await page.locator('input[data-endpoint="av-edge-external"]').fill('203.0.113.20, 203.0.113.21');
    for (const format of ['CSV', 'JSON', 'Markdown']) {
      await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: format }).click()]);
    }
    await page.getByRole('button', { name: '繁體中文' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
    await page.getByRole('link', { name: '關於與出處' }).click();
    await expect(page.locator('.sources > li').first()).toBeVisible();
    await page.getByRole('link', { name: '規則', exact: true }).click();
    await expect(ruleRows(page)).toHaveCount(11); // the interface picked in the diagrams is still a filter

    const origin = new URL(baseURL ?? '').origin;
    const foreign = requests.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url));
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(5);
    expect(await watched.csp()).toEqual([]);
    expect(watched.dialogs).toEqual([]);
  });
});

const PAYLOADS = {
  'an img tag with onerror': '<img src=x onerror="window.__xss=1;alert(1)">',
  'a script tag': '<script>window.__xss=1</script>',
  'a javascript: URL': 'javascript:window.__xss=1',
  'an SVG onload': '<svg onload="window.__xss=1">',
  'control characters': 'edge\u0000\u0007\u001b[31m\u0008',
  'a right-to-left override': '\u202Egnp.exe\u202C',
  'a very long value (5,000 characters)': 'A'.repeat(5_000),
};

test.describe('hostile links', () => {
  for (const [name, payload] of Object.entries(PAYLOADS)) {
    test(`${name} in the parameters is text or dropped, never run`, async ({ page }) => {
      const watched = await watch(page);
      const value = encodeURIComponent(payload);
      const params = [
        'q',
        'scenario',
        'role',
        'port',
        'interface',
        'sort',
        'view',
        'lang',
        'rules',
        'addr',
        'topology',
        payload.slice(0, 50),
      ].slice(0, payload.length > 1000 ? 2 : undefined); // a request line over 16 KB is refused by the server itself (431)
      await page.goto(`./?${params.map((p) => `${encodeURIComponent(p)}=${value}`).join('&')}`);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('table.rules, .empty-state').first()).toBeVisible();
      // What the search box holds is the literal text (or nothing), never markup.
      const q = await page.getByRole('searchbox').first().inputValue();
      expect(
        [...q].every((ch) => payload.includes(ch) || ch === ' '),
        `search box holds ${JSON.stringify(q.slice(0, 80))}`,
      ).toBe(true);
      expect(await page.locator('img[src="x"], svg[onload], script:not([src]):not([type])').count()).toBe(0);
      expect(await watched.xss()).toBeUndefined();
      expect(watched.dialogs).toEqual([]);
      expect(await watched.csp()).toEqual([]);
      // Unknown parameters and values are reported, as text.
      if (payload.length < 1000) await expect(page.locator('.notice')).toBeVisible();
      expect(await page.locator('.notice img, .notice script, .notice svg').count()).toBe(0);
    });
  }
});

test.describe('a hostile dataset', () => {
  test('markup, script URLs, control characters and formulas in the data are shown as text and exported inert', async ({ page }) => {
    const hostile = structuredClone(SEED);
    hostile.endpoints.find((e: { id: string }) => e.id === 'access-edge-external').name.en = PAYLOADS['an img tag with onerror'];
    hostile.rules[0].notes.en = `${PAYLOADS['a script tag']} ${PAYLOADS['a javascript: URL']}`;
    hostile.rules[1].notes.en = `=HYPERLINK("http://evil.example","x") ${PAYLOADS['a right-to-left override']}`;
    hostile.sources[0].title.en = PAYLOADS['an SVG onload'];
    await page.route('**/data/rules.json', (route) => route.fulfill({ json: hostile }));
    const watched = await watch(page);
    await page.goto('./?lang=en&density=comfortable');
    await expect(ruleRows(page)).toHaveCount(10);
    await expect(page.getByText('<script>window.__xss=1</script> javascript:window.__xss=1')).toBeVisible();
    await expect(page.getByText(PAYLOADS['an img tag with onerror']).first()).toBeVisible();
    await page.getByRole('link', { name: 'Diagrams' }).click();
    await page.getByRole('link', { name: 'Request sheet' }).click();
    await expect(page.locator('.sheet-table')).toContainText(PAYLOADS['an img tag with onerror']);
    await page.getByRole('link', { name: 'About & sources' }).click();
    await expect(page.getByText(PAYLOADS['an SVG onload'])).toBeVisible();
    await page.getByRole('link', { name: 'Request sheet' }).click();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text).toContain(`'=HYPERLINK`);
    expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
    expect(await watched.xss()).toBeUndefined();
    expect(watched.dialogs).toEqual([]);
    expect(await watched.csp()).toEqual([]);
  });
});

test.describe('your own dataset file', () => {
  test('opens a valid file from the file picker, never uploading it, and goes back to the built-in data', async ({ page }) => {
    test.info().annotations.push({ type: 'dataset', description: 'built-in: seed via the fixture; picked: 3 rules' });
    await page.goto('./?lang=en');
    await expect(ruleRows(page)).toHaveCount(10);
    const mine = { ...structuredClone(SEED), version: 'my-2026-11', rules: SEED.rules.slice(0, 3) };
    const posts: string[] = [];
    page.on('request', (r) => r.method() !== 'GET' && posts.push(r.url()));
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Open a dataset file…' }).click(),
    ]);
    await chooser.setFiles({ name: 'contoso-edge.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(mine)) });
    await expect(ruleRows(page)).toHaveCount(3);
    await expect(page.getByText('Showing your file contoso-edge.json (not uploaded anywhere).')).toBeVisible();
    await expect(page.getByText('Dataset my-2026-11')).toBeVisible();
    expect(posts).toEqual([]);
    await page.getByRole('button', { name: 'Back to the built-in dataset' }).click();
    await expect(ruleRows(page)).toHaveCount(10);
  });

  test('a dropped file that breaks the schema gets the same report as the built-in one', async ({ page }) => {
    await page.goto('./?lang=zh-TW');
    await expect(ruleRows(page)).toHaveCount(10);
    const broken = structuredClone(SEED);
    broken.rules[2].ports = [{ from: 70000, to: 5 }];
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'broken.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    }, JSON.stringify(broken));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('無法使用規則資料集');
    await expect(alert).toContainText('broken.json');
    await expect(alert).toContainText('rules[2].ports');
    await alert.getByRole('button', { name: '改回內建資料集' }).click();
    await expect(ruleRows(page)).toHaveCount(10);
  });
});

test('a failing panel is contained by its error boundary and reported in the reader’s language', async ({ page }) => {
  await page.route(/\/assets\/DiagramPanel-[^/]+\.js$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("diagram chunk failed");' }),
  );
  await page.goto('./?lang=zh-TW&view=diagram');
  await expect(page.getByText('圖表發生問題，頁面的其他部分仍可使用。')).toBeVisible();
  await expect(ruleRows(page)).toHaveCount(10);
  await expect(page.locator('.filter-panel')).toBeVisible();
});

base('the single-file build works from file:// with no network', async ({ page }) => {
  const file = fileURLToPath(new URL('../../dist/lync-port-matrix.html', import.meta.url));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const watched = await watch(page);
  await page.goto(`file://${file}?lang=zh-TW`);
  await base.expect(page.locator('table.rules tbody tr')).toHaveCount(87);
  await page.locator('.filter-panel').getByRole('button', { name: '方向' }).click();
  await page.locator('input[name="direction"][value="inbound"]').check();
  await base.expect(page).toHaveURL(/direction=inbound/);
  await page.getByRole('link', { name: '圖表' }).click();
  await base.expect(page.locator('svg.diagram').first()).toBeVisible();
  await page.getByRole('link', { name: '申請單' }).click();
  await base.expect(page.locator('.sheet-table tbody tr').first()).toBeVisible();
  await useToolPages(page, 'zh-TW');
  await page.getByRole('button', { name: 'English' }).click();
  await base.expect(page.locator('html')).toHaveAttribute('lang', 'en');
  base.expect(requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
  base.expect(errors).toEqual([]);
  base.expect(await watched.csp()).toEqual([]);
});

test.describe('no untranslated text', () => {
  test.use({ dataset: 'full' });
  const KEY =
    /\b(app|language|error|table|columns|direction|firewall|zone|filters|empty|notice|share|nav|about|boundary|diagram|sheet|datasetFile|linkAddresses|storage|forget|config|check)\.[a-zA-Z]+/;
  for (const lang of ['en', 'zh-TW']) {
    for (const [width, height] of [
      [1440, 900],
      [375, 812],
    ] as const) {
      test(`every view shows words, not translation keys: ${lang}, ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        for (const view of ['rules', 'diagram', 'sheet', 'about', 'config', 'check']) {
          await page.goto(`./?lang=${lang}&view=${view}&interface=edge-internal&flow=tcp*192.0.2.7*10.0.0.1*443`);
          await expect(page.locator('main')).toBeVisible();
          await expect(page.locator('tbody tr, svg.diagram, .sources > li, pre.config-text, .check-answer h3').first()).toBeVisible();
          const text = await page.locator('body').innerText();
          expect(text.match(KEY)?.[0], `${view}: an untranslated key`).toBeUndefined();
          const headings = await page
            .locator('[data-heading]')
            .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-heading') ?? ''));
          expect(headings.filter((h) => KEY.test(h))).toEqual([]);
        }
      });
    }
  }
});
