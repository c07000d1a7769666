import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openFacet, ruleRows, test } from './fixtures';

test.use({ dataset: 'full' });

const arrows = (page: Page) => page.locator('svg.diagram g.arrow');
const arrowIds = (page: Page) => arrows(page).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-rule-id')).sort());

// The rules each diagram must draw, written down from public/data/rules.json (the rules whose source
// or destination is the interface, then the filters by hand), not computed with the app's filter.
const cases: [string, string, string[]][] = [
  [
    'access-edge-external',
    '',
    [
      'xmpp-5269-in',
      'xmpp-5269-out',
      'crl-http-80-out',
      'dns-tcp-53-out',
      'dns-udp-53-out',
      'access-sip-443-in',
      'client-sip-443-in',
      'access-sip-5061-in',
      'sip-federation-5061-out',
      'public-im-sip-5061-in',
      'public-im-sip-5061-out',
    ],
  ],
  [
    'access-edge-external',
    '&direction=inbound',
    ['xmpp-5269-in', 'access-sip-443-in', 'client-sip-443-in', 'access-sip-5061-in', 'public-im-sip-5061-in'],
  ],
  ['access-edge-external', '&topology=scaled-hlb&protocol=dns', ['dns-tcp-53-out', 'dns-udp-53-out']],
  [
    'edge-internal',
    '',
    [
      'xmpp-gateway-23456-out',
      'edge-internal-sip-5061-in',
      'edge-internal-sip-5061-out',
      'edge-internal-psom-8057',
      'edge-internal-av-auth-5062',
      'edge-internal-stun-udp-3478',
      'edge-internal-stun-tcp-443',
      'edge-internal-cms-4443',
      'edge-internal-cls-50001-50003',
      'edge-internal-sip-5061-director',
      'director-sip-5061-edge-internal',
      'edge-internal-sip-5061-director-vip',
    ],
  ],
  ['edge-internal', '&transport=udp', ['edge-internal-stun-udp-3478']],
  ['edge-internal', '&port=50002', ['edge-internal-cls-50001-50003']],
  [
    'reverse-proxy-internal',
    '',
    [
      'reverse-proxy-http-8080-front-end',
      'reverse-proxy-https-4443-front-end',
      'reverse-proxy-http-8080-director',
      'reverse-proxy-https-4443-director',
      'reverse-proxy-http-8080-director-vip',
      'reverse-proxy-https-4443-director-vip',
      'reverse-proxy-https-443-office-web-apps',
    ],
  ],
  [
    'reverse-proxy-internal',
    '&topology=reverse-proxy&port=4443',
    ['reverse-proxy-https-4443-front-end', 'reverse-proxy-https-4443-director'],
  ],
];

for (const [iface, query, expected] of cases) {
  test(`${iface}${query || ' (no filter)'}: one arrow per matching rule`, async ({ page }) => {
    await page.goto(`./?lang=en&view=diagram&interface=${iface}${query}`);
    await expect(arrows(page)).toHaveCount(expected.length);
    expect(await arrowIds(page)).toEqual([...expected].sort());
    await expect(ruleRows(page)).toHaveCount(expected.length);
  });
}

test('changing a filter updates the diagram', async ({ page }) => {
  await page.goto('./?lang=en&view=diagram&interface=av-edge-external');
  // The A/V Edge's 8 rules to and from Any, and the 3 legacy Messenger rules.
  await expect(arrows(page)).toHaveCount(11);
  await (await openFacet(page, 'Transport')).getByRole('checkbox', { name: 'TCP' }).check();
  await expect(arrows(page)).toHaveCount(5);
  expect(await arrowIds(page)).toEqual(
    ['av-rtp-tcp-out', 'av-rtp-tcp-in', 'av-stun-tcp-443-in', 'av-stun-tcp-443-out', 'messenger-rtp-tcp-out'].sort(),
  );
});

test('the interface parameter opens its diagram, and the picker writes it', async ({ page }) => {
  await page.goto('./?lang=en&view=diagram');
  await expect(page.getByRole('heading', { name: 'Topology overview' })).toBeVisible();
  await page.getByLabel('Interface', { exact: true }).selectOption({ label: 'Reverse proxy internal interface' });
  await expect(page.getByRole('heading', { name: 'Reverse proxy internal interface' })).toBeVisible();
  expect(page.url()).toContain('interface=reverse-proxy-internal');
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Topology overview' })).toBeVisible();
});

test('clicking an interface in the overview opens its diagram', async ({ page }) => {
  await page.goto('./?lang=en&view=diagram&topology=single-public');
  const overviewEdges = page.locator('svg.overview g.overview-edge');
  await expect(overviewEdges.first()).toBeVisible();
  const total = await overviewEdges.evaluateAll((edges) => edges.reduce((n, e) => n + Number(e.getAttribute('data-rules')), 0));
  // single-public has 32 rules (23 on the public Edge interfaces, 9 on the internal one).
  expect(total).toBe(32);
  await page.getByRole('button', { name: 'Open the diagram of Internal Edge Server interface' }).click();
  expect(page.url()).toContain('interface=edge-internal');
  // The internal Edge interface's 9 rules of single-public (its 3 Director rules are in the Director topologies).
  await expect(arrows(page)).toHaveCount(9);
});

test('hovering or focusing an arrow highlights its row, and the other way round', async ({ page }) => {
  await page.goto('./?lang=en&view=diagram&interface=edge-internal');
  const arrow = page.locator('svg.diagram g.arrow[data-rule-id="edge-internal-cms-4443"]');
  await arrow.hover();
  await expect(page.locator('tr[data-rule-id="edge-internal-cms-4443"]')).toHaveClass(/is-highlighted/);
  await page.locator('tr[data-rule-id="xmpp-gateway-23456-out"] td.col-ports').hover();
  await expect(page.locator('svg.diagram g.arrow[data-rule-id="xmpp-gateway-23456-out"]')).toHaveClass(/is-highlighted/);
  await page.mouse.move(0, 0); // keyboard use: the pointer is out of the way
  await page.locator('svg.diagram g.arrow[data-rule-id="edge-internal-psom-8057"]').focus();
  await expect(page.locator('tr[data-rule-id="edge-internal-psom-8057"]')).toHaveClass(/is-highlighted/);
});

test('activating an arrow scrolls to and selects its rule', async ({ page }) => {
  await page.goto('./?lang=en&view=diagram&interface=edge-internal');
  const arrow = page.getByRole('button', {
    name: /^CLS\/MTLS TCP 50001-50003 from Any \(internal network\) to Internal Edge Server interface/,
  });
  await arrow.focus();
  await page.keyboard.press('Enter');
  const row = page.locator('tr[data-rule-id="edge-internal-cls-50001-50003"]');
  await expect(row).toHaveClass(/is-selected/);
  await expect(row).toBeFocused();
  await expect(row).toBeInViewport();
});

test('the diagram has a title, a description, named arrows and a text alternative', async ({ page }) => {
  await page.goto('./?lang=zh-TW&view=diagram&interface=edge-internal');
  const svg = page.locator('svg.diagram');
  await expect(svg.locator('title').first()).toHaveText('「內部 Edge Server 介面」的連線');
  await expect(svg.locator('desc')).toContainText('來源在左、目的地在右');
  await expect(
    page.getByRole('button', {
      name: /XMPP\/MTLS TCP 23456，從「任何一個 \(內部網路\)」到「內部 Edge Server 介面」，輸出，經過內部防火牆/,
    }),
  ).toBeVisible();
  await page.getByText('以清單檢視連線').click();
  await expect(page.locator('.diagram-text li')).toHaveCount(12);
  // Inbound and outbound differ by line style, not colour alone.
  const dash = (id: string) =>
    page.locator(`g.arrow[data-rule-id="${id}"] .arrow-line`).evaluate((l) => getComputedStyle(l).strokeDasharray);
  expect(await dash('edge-internal-sip-5061-out')).toBe('none');
  expect(await dash('edge-internal-sip-5061-in')).not.toBe('none');
});

test('downloads the diagram as SVG and PNG', async ({ page }) => {
  await page.goto('./?lang=en&view=diagram&interface=access-edge-external');
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
  expect(svgDownload.suggestedFilename()).toMatch(/^lync-diagram-access-edge-external-\d{4}-\d{2}-\d{2}\.svg$/);
  const svgText = readFileSync(await svgDownload.path(), 'utf8');
  expect(svgText.startsWith('<?xml')).toBe(true);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      root: doc.documentElement.nodeName,
      arrows: doc.querySelectorAll('g[data-rule-id]').length,
    };
  }, svgText);
  expect(parsed).toEqual({ error: false, root: 'svg', arrows: 11 });
  expect(svgText).toContain('SIP/MTLS TCP 5061');

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
  expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
  const png = readFileSync(await pngDownload.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(width).toBeGreaterThan(1000);
  expect(height).toBeGreaterThan(200);
});

for (const [name, url] of [
  ['diagram, English', './?lang=en&view=diagram&interface=access-edge-external'],
  ['diagram, Traditional Chinese, dark', './?lang=zh-TW&view=diagram&interface=edge-internal'],
  ['overview, Traditional Chinese', './?lang=zh-TW&view=diagram&topology=scaled-hlb'],
] as const) {
  test(`axe finds no violations: ${name}`, async ({ page }) => {
    if (name.includes('dark')) await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(url);
    await expect(page.locator('svg.diagram')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
