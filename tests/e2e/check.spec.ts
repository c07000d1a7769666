/**
 * "Does this flow pass?" (`view=check`): a pasted firewall log line or a typed flow against the
 * request sheet's rules and addresses; the answer, near misses and errors; `flow=` in the link.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { enterAddresses } from './requestAddresses';

test.use({ dataset: 'full' });

/** An iptables LOG line (kernel log) for XMPP federation: a documentation address to the Access Edge, TCP 5269. */
const XMPP_LOG =
  'Nov 26 10:00:00 edge-fw kernel: [812345.678901] lync-drop: IN=eth0 OUT=eth1 MAC=00:16:3e:00:00:01:00:16:3e:00:00:02:08:00 SRC=203.0.113.7 DST=198.51.100.10 LEN=60 TOS=0x00 PREC=0x00 TTL=52 ID=4242 DF PROTO=TCP SPT=40123 DPT=5269 WINDOW=64240 RES=0x00 SYN URGP=0';

async function openWithAddresses(page: Page, lang = 'en') {
  await page.goto(`./?lang=${lang}&view=sheet&topology=single-public&scenario=xmpp-federation`);
  await expect(page.locator('.sheet-table tbody tr')).toHaveCount(3);
  await enterAddresses(page);
  // The whole single-public request: the flow is checked against its 32 rules.
  await page.goto(`./?lang=${lang}&view=check&topology=single-public`);
  await expect(page.locator('form.check-form')).toBeVisible();
}

const field = (page: Page, name: string) => page.locator(`form.check-form [name="${name}"]`);
const answer = (page: Page) => page.locator('.check-answer');

test('a pasted iptables LOG line fills the form and is allowed by xmpp-5269-in; the line never reaches the link', async ({ page }) => {
  await openWithAddresses(page);
  await page.getByLabel('Or paste a firewall log line').fill(XMPP_LOG);
  await page.getByRole('button', { name: 'Read the line' }).click();
  await expect(page.getByText('Read as an iptables or nftables LOG line.')).toBeVisible();
  await expect(field(page, 'source')).toHaveValue('203.0.113.7');
  await expect(field(page, 'destination')).toHaveValue('198.51.100.10');
  await expect(field(page, 'transport')).toHaveValue('tcp');
  await expect(field(page, 'destinationPort')).toHaveValue('5269');
  await expect(field(page, 'sourcePort')).toHaveValue('40123');
  await expect(page).toHaveURL(/[?&]flow=tcp\*203\.0\.113\.7\*198\.51\.100\.10\*5269\*40123(&|$)/);
  expect(page.url()).not.toMatch(/SRC|kernel|lync-drop|eth0/);

  await expect(answer(page).getByRole('heading', { level: 3 })).toHaveText('✓ Allowed: 1 rule of the request allows this flow');
  const match = answer(page).locator('.check-matches > li');
  await expect(match).toHaveCount(1);
  await expect(match).toHaveAttribute('data-rule-id', 'xmpp-5269-in');
  await expect(match).toContainText('203.0.113.7 matches Any (Internet): any address in its zone (Internet).');
  await expect(match).toContainText('198.51.100.10 is Edge Server Access interface: the address entered for it, 198.51.100.10.');
  await expect(match).toContainText("TCP 5269: the rule's port.");
  await expect(match).toContainText('Inbound; firewall: External.');

  // The rule opens its details in the table; Back comes back to the same answer.
  await match.getByRole('link', { name: 'XMPP federation: partners' }).click();
  await expect(page).toHaveURL(/[?&]rule=xmpp-5269-in/);
  await expect(page.locator('aside.rule-details[data-rule-id="xmpp-5269-in"]')).toBeVisible();
  await page.goBack();
  await expect(match).toHaveAttribute('data-rule-id', 'xmpp-5269-in');
  await expect(field(page, 'sourcePort')).toHaveValue('40123');
});

test('a flow on a wrong port is not allowed and shows its near misses, each in a sentence', async ({ page }) => {
  await openWithAddresses(page);
  await field(page, 'source').fill('203.0.113.7');
  await field(page, 'destination').fill('198.51.100.10');
  await field(page, 'destinationPort').fill('5270');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page).toHaveURL(/flow=tcp\*203\.0\.113\.7\*198\.51\.100\.10\*5270(&|$)/);
  await expect(answer(page).getByRole('heading', { level: 3 })).toHaveText('✗ Not allowed: no rule of the request allows this flow');
  await expect(answer(page).getByRole('heading', { level: 3 })).toBeFocused(); // the answer takes the focus after a check
  const xmpp = answer(page).locator('.check-near > li[data-rule-id="xmpp-5269-in"]');
  await expect(xmpp).toHaveAttribute('data-kind', 'other-port');
  await expect(xmpp).toContainText(
    'Same endpoints, another port: this rule allows TCP 5269 from Any (Internet) to Edge Server Access interface.',
  );
  await expect(answer(page).getByRole('heading', { name: /near misses$/ })).toBeVisible();

  // The opposite direction: xmpp-gateway-23456-out opens 23456 from the internal network to the Edge's internal interface.
  await field(page, 'source').fill('192.0.2.10');
  await field(page, 'destination').fill('192.0.2.200');
  await field(page, 'destinationPort').fill('23456');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(answer(page).getByRole('heading', { level: 3 })).toContainText('Not allowed');
  await expect(answer(page).locator('.check-near > li[data-rule-id="xmpp-gateway-23456-out"]')).toContainText(
    'Opposite direction: this rule allows TCP 23456 from Any (internal network) to Internal Edge Server interface, connections opened the other way.',
  );
  await expect(answer(page)).toContainText('192.0.2.200: Internal network, an address entered for Any (internal network).');
});

test('a malformed line is shown at its field, with its position in the pasted text; a typed error at its field', async ({ page }) => {
  await openWithAddresses(page);
  const log = page.getByLabel('Or paste a firewall log line');
  await log.fill('IN=eth0 SRC=203.0.113.7 DST=198.51.100.10 PROTO=TCP SPT=40123 DPT=75269');
  await page.getByRole('button', { name: 'Read the line' }).click();
  await expect(log).toHaveAttribute('aria-invalid', 'true');
  const error = page.getByRole('alert');
  await expect(error).toContainText('Destination port: 75269 is not a port (1 to 65535). At character 67 of the pasted text:');
  await expect(error.locator('mark')).toHaveText('75269');
  await expect(log).toHaveAccessibleDescription(/Destination port: 75269 is not a port/);
  expect(page.url()).not.toContain('flow=');

  await log.fill('%ASA-6-302013: Built inbound TCP connection 1 for outside:203.0.113.9/4417 to dmz:198.51.100.10/443');
  await page.getByRole('button', { name: 'Read the line' }).click();
  await expect(error).toContainText('Cisco ASA message 302013 is not one the page can check');

  await field(page, 'source').fill('203.0.113.300');
  await field(page, 'destination').fill('198.51.100.10');
  await field(page, 'destinationPort').fill('5269');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(field(page, 'source')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'source')).toHaveAccessibleDescription(/Source address: 203\.0\.113\.300 is not an IPv4 or IPv6 address\.$/);
  await expect(field(page, 'source')).toBeFocused();
  expect(page.url()).not.toContain('flow=');
});

test('flow= round-trips through a reload and Back; a flow the page cannot read is left out with a notice', async ({ page }) => {
  await openWithAddresses(page, 'zh-TW');
  await page.goto('./?lang=zh-TW&view=check&topology=single-public&flow=tcp*203.0.113.7*198.51.100.10*5269*40123');
  await expect(answer(page).locator('.check-matches > li')).toHaveAttribute('data-rule-id', 'xmpp-5269-in');
  await expect(answer(page).getByRole('heading', { level: 3 })).toHaveText('✓ 允許：申請單中有 1 條規則允許這個連線');
  await field(page, 'destinationPort').fill('5061');
  await page.getByRole('button', { name: '檢查', exact: true }).click();
  await expect(page).toHaveURL(/flow=tcp\*203\.0\.113\.7\*198\.51\.100\.10\*5061\*40123/);
  // SIP on 5061 from the Internet: "Any" to the Access Edge, and the public IM partners (no address entered: by zone).
  const ids = answer(page).locator('.check-matches > li');
  await expect(ids).toHaveCount(2);
  expect(await ids.evaluateAll((items) => items.map((li) => li.getAttribute('data-rule-id')))).toEqual([
    'access-sip-5061-in',
    'public-im-sip-5061-in',
  ]);
  await page.reload();
  await expect(field(page, 'destinationPort')).toHaveValue('5061');
  await expect(ids).toHaveCount(2);
  await page.goBack();
  await expect(page).toHaveURL(/flow=tcp\*203\.0\.113\.7\*198\.51\.100\.10\*5269\*40123/);
  await expect(field(page, 'destinationPort')).toHaveValue('5269');
  await expect(answer(page).locator('.check-matches > li')).toHaveAttribute('data-rule-id', 'xmpp-5269-in');

  // Shaped like a flow but not one (no such address): taken out of the link, said on the page.
  await page.goto('./?lang=en&view=check&flow=tcp*203.0.113.999*198.51.100.10*5269');
  await expect(page.locator('.check-link-error')).toHaveText(
    'The flow in the link could not be read, so it was left out: Source address: 203.0.113.999 is not an IPv4 or IPv6 address.',
  );
  await expect(page).not.toHaveURL(/flow=/);
  // Not shaped like a flow at all: ignored by the link reader, listed in its notice.
  await page.goto('./?lang=en&view=check&flow=SRC%3D1.2.3.4');
  await expect(page.locator('.notice').first()).toContainText('flow');
  await expect(page).not.toHaveURL(/flow=/);
  await expect(page.locator('.check-answer')).toHaveCount(0);
});

test('on a phone the tab row keeps the header’s height and scrolls to the current page’s tab', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const [lang, name] of [
    ['en', 'Check a flow'],
    ['zh-TW', '連線檢查'],
  ] as const) {
    await page.goto(`./?lang=${lang}&view=check`);
    const tab = page.getByRole('link', { name, exact: true });
    await expect(tab).toHaveAttribute('aria-current', 'page');
    // Three rows: the title, the product switch, and the tabs in one scrolling row (not wrapped onto two).
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.height).toBeLessThan(110);
    const nav = await page.getByRole('navigation').boundingBox();
    expect(nav?.height).toBeLessThan(48);
    const box = await tab.boundingBox();
    expect(box && nav && box.x >= nav.x && box.x + box.width <= nav.x + nav.width).toBe(true);
  }
});
