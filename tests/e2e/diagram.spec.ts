import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { FacetSelection } from '../../src/shared/domain/facets';
import { emptyFilters, filterRules } from '../../src/shared/domain/filters';
import { parsePortRange } from '../../src/shared/domain/ports';
import { indexDataset, resolveRules } from '../../src/shared/domain/rules';
import type { Dataset } from '../../src/shared/domain/schema';
import { expect, openFacet, ruleRows, test } from './fixtures';

test.use({ dataset: 'full' });

const dataset: Dataset = JSON.parse(readFileSync(new URL('../../public/data/rules.json', import.meta.url), 'utf8'));
const views = resolveRules(indexDataset(dataset));
const matching = (facets: Partial<FacetSelection>, port = '') => {
  const parsed = parsePortRange(port);
  return filterRules(views, {
    ...emptyFilters(),
    port: parsed.ok ? parsed.range : undefined,
    facets: { ...emptyFilters().facets, ...facets },
  }).map((v) => v.rule.id);
};
const arrows = (page: Page) => page.locator('svg.diagram g.arrow');
const arrowIds = (page: Page) => arrows(page).evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-rule-id')).sort());

const cases: [string, string, Partial<FacetSelection>, string][] = [
  ['access-edge-external', '', {}, ''],
  ['access-edge-external', '&direction=inbound', { direction: ['inbound'] }, ''],
  ['access-edge-external', '&topology=scaled-hlb&protocol=dns', { topology: ['scaled-hlb'], protocol: ['dns'] }, ''],
  ['edge-internal', '', {}, ''],
  ['edge-internal', '&transport=udp', { transport: ['udp'] }, ''],
  ['edge-internal', '&port=50002', {}, '50002'],
  ['reverse-proxy-internal', '', {}, ''],
  ['reverse-proxy-internal', '&topology=reverse-proxy&port=4443', { topology: ['reverse-proxy'] }, '4443'],
];

for (const [iface, query, facets, port] of cases) {
  test(`${iface}${query || ' (no filter)'}: one arrow per matching rule`, async ({ page }) => {
    await page.goto(`./?lang=en&view=diagram&interface=${iface}${query}`);
    const expected = matching({ ...facets, interface: [iface] }, port);
    expect(expected.length).toBeGreaterThan(0);
    await expect(arrows(page)).toHaveCount(expected.length);
    expect(await arrowIds(page)).toEqual([...expected].sort());
    await expect(ruleRows(page)).toHaveCount(expected.length);
  });
}

test('changing a filter updates the diagram', async ({ page }) => {
  await page.goto('./?lang=en&view=diagram&interface=av-edge-external');
  await expect(arrows(page)).toHaveCount(matching({ interface: ['av-edge-external'] }).length);
  await (await openFacet(page, 'Transport')).getByRole('checkbox', { name: 'TCP' }).check();
  await expect(arrows(page)).toHaveCount(matching({ interface: ['av-edge-external'], transport: ['tcp'] }).length);
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
  expect(total).toBe(matching({ topology: ['single-public'] }).length);
  await page.getByRole('button', { name: 'Open the diagram of Internal Edge Server interface' }).click();
  expect(page.url()).toContain('interface=edge-internal');
  await expect(arrows(page)).toHaveCount(matching({ topology: ['single-public'], interface: ['edge-internal'] }).length);
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
  await expect(page.locator('.diagram-text li')).toHaveCount(matching({ interface: ['edge-internal'] }).length);
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
  expect(parsed).toEqual({ error: false, root: 'svg', arrows: matching({ interface: ['access-edge-external'] }).length });
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
