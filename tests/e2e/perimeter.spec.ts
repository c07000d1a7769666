import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { FacetSelection } from '../../src/shared/domain/facets';
import { emptyFilters, filterRules } from '../../src/shared/domain/filters';
import { parsePortRange } from '../../src/shared/domain/ports';
import { indexDataset, resolveRules } from '../../src/shared/domain/rules';
import type { Dataset } from '../../src/shared/domain/schema';
import { expect, ruleRows, test } from './fixtures';

test.use({ dataset: 'full' });

const dataset: Dataset = JSON.parse(readFileSync(new URL('../../public/data/rules.json', import.meta.url), 'utf8'));
const views = resolveRules(indexDataset(dataset));
const expected = (patch: Partial<FacetSelection>, port = '') => {
  const parsed = parsePortRange(port);
  return filterRules(views, {
    ...emptyFilters(),
    port: parsed.ok ? parsed.range : undefined,
    facets: { ...emptyFilters().facets, ...patch },
  }).map((v) => v.rule.id);
};
const ruleIds = (page: Page) => page.locator('table.rules tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule-id')));

test('shows the whole perimeter: 87 rules', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(ruleRows(page)).toHaveCount(dataset.rules.length);
  await expect(page.getByText(`Showing ${dataset.rules.length} of ${dataset.rules.length} rules`)).toBeVisible();
});

test('picking a topology first shows only its rules', async ({ page }) => {
  await page.goto('./?lang=en&density=comfortable');
  await page.getByLabel('Your deployment').selectOption('scaled-dns-nat');
  await expect(page.getByLabel('Your deployment').locator('option:checked')).toHaveText(
    /^Scaled consolidated Edge, DNS load balancing, private IP addresses with NAT \(\d+\)$/,
  );
  const ids = expected({ topology: ['scaled-dns-nat'] });
  expect(ids.length).toBeGreaterThan(20);
  await expect(ruleRows(page)).toHaveCount(ids.length);
  expect((await ruleIds(page)).sort()).toEqual([...ids].sort());
  expect(page.url()).toContain('topology=scaled-dns-nat');
  // No public-address Edge interface appears in a NAT topology.
  await expect(page.locator('td.col-source, td.col-destination').filter({ hasText: /^Edge Server Access interfacePerimeter/ })).toHaveCount(
    0,
  );
  await expect(page.locator('.endpoint-nat').first()).toContainText('Public address via NAT');
});

for (const topology of ['single-public', 'scaled-hlb', 'reverse-proxy', 'director-hlb']) {
  test(`the topology link ?topology=${topology} shows exactly its rules`, async ({ page }) => {
    await page.goto(`./?lang=en&topology=${topology}`);
    const ids = expected({ topology: [topology] });
    await expect(ruleRows(page)).toHaveCount(ids.length);
    expect((await ruleIds(page)).sort()).toEqual([...ids].sort());
  });
}

test('the deployment picker counts rules given the other filters', async ({ page }) => {
  await page.goto('./?lang=en&direction=inbound');
  const hlb = page.getByLabel('Your deployment').locator('option[value="scaled-hlb"]');
  await expect(hlb).toHaveText(
    `Scaled consolidated Edge, hardware load balancers (${expected({ topology: ['scaled-hlb'], direction: ['inbound'] }).length})`,
  );
});

test('the port filter says when it matched a source port', async ({ page }) => {
  await page.goto('./?lang=en&topology=single-public&port=50010');
  const row = page.locator('tr[data-rule-id="av-stun-tcp-443-out"]');
  await expect(row.locator('td.col-ports')).toContainText('443');
  await expect(row.locator('td.col-ports')).toContainText('from source port(s) 50000-59999');
  await expect(row.locator('.badge-match')).toHaveText('Matched a source port');
  await expect(page.locator('tr[data-rule-id="av-rtp-tcp-out"] .badge-match')).toHaveCount(0);
  await expect(ruleRows(page)).toHaveCount(expected({ topology: ['single-public'] }, '50010').length);
});

test('a rule shows the source rows it comes from, with errata', async ({ page }) => {
  await page.goto('./?lang=en&q=av-rtp-tcp-out&density=comfortable');
  const row = page.locator('tr[data-rule-id="av-rtp-tcp-out"]');
  await row.getByText('Cited in 3 places').click();
  await expect(row.locator('.provenance li')).toHaveCount(3);
  await expect(row.locator('.provenance li').first()).toContainText(
    'Port summary - Single consolidated edge with public IP addresses · table 1, row 9',
  );
  await expect(row.locator('.erratum')).toContainText('names the A/V Edge service');
});

test('a rule that says "Any" suggests what it can be narrowed to', async ({ page }) => {
  await page.goto('./?lang=zh-TW&q=23456&density=comfortable');
  const row = page.locator('tr[data-rule-id="xmpp-gateway-23456-out"]');
  await expect(row.locator('.endpoint-can-be')).toHaveText('可限縮為：前端伺服器或前端集區');
});

test('About & sources lists every source document with its credit', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.getByRole('link', { name: 'About & sources' }).click();
  expect(page.url()).toContain('view=about');
  await expect(page.getByRole('heading', { name: 'About the data' })).toBeVisible();
  const items = page.locator('.sources > li');
  await expect(items).toHaveCount(14);
  await expect(items.first()).toContainText('Port summary - SIP, XMPP federation, and public instant messaging');
  await expect(items.first()).toContainText('連接埠摘要 - SIP、XMPP 同盟和公用立即訊息');
  await expect(items.first()).toContainText('https://technet.microsoft.com/en-us/library/JJ618373(v=OCS.15)');
  await expect(items.first()).toContainText('© Microsoft, CC BY 4.0');
  await expect(items.last()).toContainText('2 rows are guidance, not rules');
  await expect(page.getByText(dataset.version, { exact: true })).toBeVisible();
  await page.goBack();
  await expect(ruleRows(page)).toHaveCount(dataset.rules.length);
});

for (const [name, url] of [
  ['about, English', './?lang=en&view=about'],
  ['about, Traditional Chinese', './?lang=zh-TW&view=about'],
  ['full dataset, NAT topology, Traditional Chinese', './?lang=zh-TW&topology=single-nat&port=443'],
] as const) {
  test(`axe finds no violations: ${name}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('main')).toBeVisible();
    await expect(page.locator('table.rules tbody tr, .sources > li').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', url.includes('zh-TW') ? 'zh-TW' : 'en');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('main')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  });
}
