import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Dataset } from '../../src/shared/domain/schema';
import { expect, ruleRows, test } from './fixtures';

test.use({ dataset: 'full' });

const dataset: Dataset = JSON.parse(readFileSync(new URL('../../public/data/rules.json', import.meta.url), 'utf8'));

// Expected rows are written down from public/data/rules.json (each rule's `topologies`, zones and
// ports), not computed with the app's filter: a filtering bug must not move the expectation.
const EDGE_INTERNAL = [
  'xmpp-gateway-23456-out',
  'edge-internal-sip-5061-in',
  'edge-internal-sip-5061-out',
  'edge-internal-psom-8057',
  'edge-internal-av-auth-5062',
  'edge-internal-stun-udp-3478',
  'edge-internal-stun-tcp-443',
  'edge-internal-cms-4443',
  'edge-internal-cls-50001-50003',
];
const PUBLIC_EDGE = [
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
  'webconf-psom-443-in',
  'av-rtp-tcp-out',
  'av-rtp-udp-out',
  'av-rtp-tcp-in',
  'av-rtp-udp-in',
  'av-stun-udp-3478-out',
  'av-stun-udp-3478-in',
  'av-stun-tcp-443-in',
  'av-stun-tcp-443-out',
  'messenger-rtp-tcp-out',
  'messenger-stun-3478-out',
  'messenger-stun-3478-in',
];
const TOPOLOGY_RULES: Record<string, string[]> = {
  // The public-IP Edge rules and the internal Edge interface's rules: 23 + 9.
  'single-public': [...PUBLIC_EDGE, ...EDGE_INTERNAL],
  // Their -nat twins (the internal interface is not NAT'd): 23 + 9.
  'scaled-dns-nat': [...PUBLIC_EDGE.map((id) => `${id}-nat`), ...EDGE_INTERNAL],
  // No legacy Messenger rules, no per-server Access/Web conferencing rules: those go to the VIPs.
  'scaled-hlb': [
    'crl-http-80-out',
    'dns-tcp-53-out',
    'dns-udp-53-out',
    'av-rtp-tcp-out',
    'av-rtp-udp-out',
    'av-rtp-tcp-in',
    'av-rtp-udp-in',
    'av-stun-udp-3478-out',
    'av-stun-udp-3478-in',
    'av-stun-tcp-443-in',
    'av-stun-tcp-443-out',
    'xmpp-gateway-23456-out',
    'edge-internal-psom-8057',
    'edge-internal-stun-udp-3478',
    'edge-internal-stun-tcp-443',
    'edge-internal-cms-4443',
    'edge-internal-cls-50001-50003',
    'xmpp-5269-in-vip',
    'xmpp-5269-out-vip',
    'access-sip-443-in-vip',
    'access-sip-5061-in-vip',
    'access-sip-5061-out-vip',
    'webconf-psom-443-in-vip',
    'av-stun-udp-3478-in-vip',
    'av-stun-tcp-443-in-vip',
    'edge-internal-vip-sip-5061-in',
    'edge-internal-vip-sip-5061-out',
    'edge-internal-vip-av-auth-5062',
    'edge-internal-vip-stun-udp-3478',
    'edge-internal-vip-stun-tcp-443-in',
    'edge-internal-vip-stun-tcp-443-out',
  ],
  'reverse-proxy': [
    'reverse-proxy-http-80-in',
    'reverse-proxy-https-443-in',
    'reverse-proxy-http-8080-front-end',
    'reverse-proxy-https-4443-front-end',
    'reverse-proxy-http-8080-director',
    'reverse-proxy-https-4443-director',
    'reverse-proxy-https-443-office-web-apps',
  ],
  'director-hlb': [
    'reverse-proxy-http-8080-director-vip',
    'reverse-proxy-https-4443-director-vip',
    'director-https-444-front-end',
    'internal-clients-http-80-director-vip',
    'internal-clients-https-443-director-vip',
    'director-sip-5061-edge-internal',
    'edge-internal-sip-5061-director-vip',
    'director-cls-50001-50003',
  ],
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
    'Scaled consolidated Edge, DNS load balancing, private IP addresses with NAT (32)',
  );
  const ids = TOPOLOGY_RULES['scaled-dns-nat'] ?? [];
  expect(ids).toHaveLength(32);
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
    const ids = TOPOLOGY_RULES[topology] ?? [];
    expect(ids.length).toBeGreaterThan(0);
    await expect(ruleRows(page)).toHaveCount(ids.length);
    expect((await ruleIds(page)).sort()).toEqual([...ids].sort());
  });
}

test('the deployment picker counts rules given the other filters', async ({ page }) => {
  await page.goto('./?lang=en&direction=inbound');
  const hlb = page.getByLabel('Your deployment').locator('option[value="scaled-hlb"]');
  // scaled-hlb's rules into a more trusted zone: 4 A/V Edge rules from the Internet, 6 to the VIPs from
  // the Internet, 2 from the internal Edge VIP to the internal network (perimeter → internal is inbound).
  await expect(hlb).toHaveText('Scaled consolidated Edge, hardware load balancers (12)');
});

test('the port filter says when it matched a source port', async ({ page }) => {
  await page.goto('./?lang=en&topology=single-public&port=50010');
  const row = page.locator('tr[data-rule-id="av-stun-tcp-443-out"]');
  await expect(row.locator('td.col-ports')).toContainText('443');
  await expect(row.locator('td.col-ports')).toContainText('from source port(s) 50000-59999');
  await expect(row.locator('.badge-match')).toHaveText('Matched a source port');
  await expect(page.locator('tr[data-rule-id="av-rtp-tcp-out"] .badge-match')).toHaveCount(0);
  // The README's example: the A/V media rules on 50000-59999, the STUN rule from source ports 50000-59999.
  await expect(ruleRows(page)).toHaveCount(6);
  expect((await ruleIds(page)).sort()).toEqual(
    ['av-rtp-tcp-out', 'av-rtp-udp-out', 'av-rtp-tcp-in', 'av-rtp-udp-in', 'av-stun-tcp-443-out', 'messenger-rtp-tcp-out'].sort(),
  );
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
