/**
 * The firewall configuration page (`view=config`): the request sheet's rules and addresses as
 * nftables, iptables-restore, Cisco ASA and PAN-OS text, per firewall, in the link, copied and saved.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { enterAddresses } from './requestAddresses';

test.use({ dataset: 'full' });

const XMPP = 'lang=en&topology=single-public&scenario=xmpp-federation';
/** The text of the generated file whose name ends with `suffix` (e.g. "-external.nft"). */
const output = (page: Page, suffix: string) => page.locator(`pre.config-text[data-file$="${suffix}"]`);
const DATE = String.raw`\d{4}-\d{2}-\d{2}`;

/** The sheet of XMPP federation on single-public with documentation addresses, then its configuration page. */
async function openWithAddresses(page: Page) {
  await page.goto(`./?${XMPP}&view=sheet`);
  await expect(page.locator('.sheet-table tbody tr')).toHaveCount(3);
  await enterAddresses(page);
  await page.getByRole('link', { name: 'Firewall config' }).click();
  await expect(page).toHaveURL(/view=config/);
}

test('nftables for both firewalls, with the rule ids and the addresses entered on the sheet', async ({ page }) => {
  await openWithAddresses(page);
  await expect(page.getByRole('heading', { name: 'Firewall configuration' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'nftables' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
  const external = output(page, '-external.nft');
  const internal = output(page, '-internal.nft');
  await expect(external).toContainText('set access_edge_external_v4 {');
  const externalText = await external.innerText();
  // Hand-written: the two XMPP rules of the external firewall, in IPv4 and IPv6, and the Access Edge's addresses.
  for (const line of [
    'elements = { 198.51.100.10 }',
    'elements = { 2001:db8:100::10 }',
    'ip daddr @access_edge_external_v4 tcp dport 5269 accept comment "xmpp-5269-in"',
    'ip6 daddr @access_edge_external_v6 tcp dport 5269 accept comment "xmpp-5269-in"',
    'ip saddr @access_edge_external_v4 tcp dport 5269 accept comment "xmpp-5269-out"',
    'ip6 saddr @access_edge_external_v6 tcp dport 5269 accept comment "xmpp-5269-out"',
  ])
    expect(externalText).toContain(line);
  expect(externalText).not.toContain('23456');
  const internalText = await internal.innerText();
  expect(internalText).toContain('elements = { 192.0.2.128/25 }');
  expect(internalText).toContain(
    'ip saddr @internal_any_v4 ip daddr @edge_internal_v4 tcp dport 23456 accept comment "xmpp-gateway-23456-out"',
  );
  expect(internalText).not.toMatch(/ip6 saddr|5269/);
  // Comments stay ASCII; every address was entered, so there is no warning; the review banner lists what is left out.
  expect(externalText + internalText).toMatch(/^[\t\n\x20-\x7e]*$/);
  await expect(page.locator('.config-warnings')).toHaveCount(0);
  const banner = page.getByRole('region', { name: 'Review before applying' });
  await expect(banner).toContainText('NAT statements');
  await expect(banner).toContainText('default policies');
  await expect(banner).toContainText('logging');
  await expect(page.locator('.config-firewall h3')).toHaveText([/^External firewall .*2 rules$/, /^Internal firewall .*1 rule$/]);
});

test('the format and firewall switches change the output and the link; Back and a reload reproduce the view', async ({ page }) => {
  await openWithAddresses(page);
  await page.getByRole('radio', { name: 'iptables-restore' }).check();
  await expect(page).toHaveURL(/format=iptables/);
  await expect(output(page, '-external.rules.v4')).toContainText(
    '-A FORWARD -d 198.51.100.10 -p tcp -m tcp --dport 5269 -m comment --comment "xmpp-5269-in" -j ACCEPT',
  );
  await expect(output(page, '-external.rules.v6')).toContainText(
    '-A FORWARD -s 2001:db8:100::10 -p tcp -m tcp --dport 5269 -m comment --comment "xmpp-5269-out" -j ACCEPT',
  );
  await page.getByRole('radio', { name: 'Internal' }).check();
  await expect(page).toHaveURL(/firewall=internal/);
  await expect(page.locator('pre.config-text')).toHaveCount(2);
  await expect(output(page, '-internal.rules.v4')).toContainText(
    '-A FORWARD -s 192.0.2.128/25 -d 192.0.2.10 -p tcp -m tcp --dport 23456 -m comment --comment "xmpp-gateway-23456-out" -j ACCEPT',
  );
  await page.getByRole('radio', { name: 'Cisco ASA' }).check();
  await expect(page).toHaveURL(/format=asa/);
  await expect(output(page, '-internal.asa.txt')).toContainText(
    'access-list LYNC-INSIDE-IN extended permit tcp object-group LYNC-internal-any object-group LYNC-edge-internal eq 23456',
  );
  await page.getByRole('radio', { name: 'Palo Alto PAN-OS' }).check();
  await expect(output(page, '-internal.panos.txt')).toContainText(
    'set rulebase security rules xmpp-gateway-23456-out from trust to dmz source LYNC-internal-any destination LYNC-edge-internal',
  );
  const url = page.url();
  expect(url).toMatch(/format=panos/);

  await page.goBack();
  await expect(page).toHaveURL(/format=asa/);
  await expect(page.getByRole('radio', { name: 'Cisco ASA' })).toBeChecked();
  await page.goBack();
  await page.goBack();
  await expect(page).not.toHaveURL(/firewall=/);
  await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
  await expect(page.locator('pre.config-text')).toHaveCount(4); // two iptables files per firewall

  await page.goto(url);
  await expect(page.getByRole('radio', { name: 'Palo Alto PAN-OS' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Internal' })).toBeChecked();
  await expect(output(page, '-internal.panos.txt')).toContainText('set address LYNC-edge-internal-1 ip-netmask 192.0.2.10/32');
});

test('Download saves the file under the exports’ name; Copy puts the same text on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openWithAddresses(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download .*-external\.nft$/ }).click(),
  ]);
  const name = download.suggestedFilename();
  expect(name).toMatch(new RegExp(`^lync-edge-rules-single-public-xmpp-federation-${DATE}-external\\.nft$`));
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved).toContain('ip daddr @access_edge_external_v4 tcp dport 5269 accept comment "xmpp-5269-in"');
  expect(saved.startsWith('# Lync Server 2013 Edge, external firewall (Internet <-> perimeter network): nftables\n')).toBe(true);
  await expect(page.getByText(`Saved ${name}.`)).toBeVisible();

  await page.getByRole('button', { name: /^Copy .*-internal\.nft$/ }).click();
  await expect(page.getByText(/-internal\.nft copied to the clipboard\./)).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('accept comment "xmpp-gateway-23456-out"');
  expect(copied).toBe(await output(page, '-internal.nft').evaluate((pre) => pre.textContent));

  await page.getByRole('radio', { name: 'iptables-restore' }).check();
  const [v6] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download .*-external\.rules\.v6$/ }).click(),
  ]);
  expect(v6.suggestedFilename()).toMatch(new RegExp(`^lync-edge-rules-single-public-xmpp-federation-${DATE}-external\\.rules\\.v6$`));
  expect(readFileSync(await v6.path(), 'utf8')).toMatch(/^\*filter\n(#.*\n)*-A FORWARD -d 2001:db8:100::10 .*"xmpp-5269-in" -j ACCEPT$/m);
});

test('without addresses every placeholder is listed as a warning above the output, in zh-TW too', async ({ page }) => {
  await page.goto(`./?${XMPP}&view=config`);
  const warnings = page.locator('.config-warnings li');
  await expect(warnings).toHaveCount(3); // access-edge-external outside; internal-any and edge-internal inside
  await expect(warnings.first()).toHaveText(
    'Edge Server Access interface (access-edge-external) has no address this format can use. Its rules use the placeholder PLACEHOLDER_access_edge_external_v4, PLACEHOLDER_access_edge_external_v6 and match nothing until you enter its addresses on the request sheet.',
  );
  await page.getByRole('button', { name: '繁體中文' }).click();
  await expect(page.getByRole('heading', { name: '防火牆設定' })).toBeVisible();
  await expect(warnings.first()).toContainText('Edge Server 存取介面 (access-edge-external) 沒有這個格式可用的位址');
  await expect(page.getByRole('region', { name: '套用前請先檢查' })).toContainText('NAT 陳述式');
  // The configuration itself stays ASCII in every language.
  expect(await output(page, '-external.nft').innerText()).toMatch(/^[\t\n\x20-\x7e]*$/);
});

test('rules within one zone are listed apart, with a link to their details', async ({ page }) => {
  await page.goto('./?lang=en&view=config&topology=director-single');
  const apart = page.getByRole('region', { name: /rules with no perimeter firewall/ });
  await expect(apart).toContainText('director-https-444-front-end');
  await expect(apart.locator('li')).toHaveCount(4);
  await apart.getByRole('link').first().click();
  await expect(page).toHaveURL(/[?&]rule=director-https-444-front-end/); // the rules page: the default view
  expect(page.url()).not.toContain('view=');
  await expect(page.locator('aside.rule-details[data-rule-id="director-https-444-front-end"]')).toBeVisible();
});

test('the request sheet prints the configuration after the notes only when asked', async ({ page }, testInfo) => {
  await page.goto(`./?${XMPP}&view=sheet&format=iptables`);
  await expect(page.locator('.sheet-table tbody tr')).toHaveCount(3);
  await enterAddresses(page);
  const option = page.getByLabel('Include the firewall configuration (in the format chosen on its page)');
  await expect(option).not.toBeChecked();
  await expect(page.locator('.sheet-config')).toHaveCount(0);
  await option.check();
  const printed = page.locator('.sheet-config');
  await expect(printed.getByRole('heading', { name: 'Firewall configuration (iptables-restore)' })).toBeVisible();
  await expect(printed.locator('pre')).toHaveCount(4);
  await expect(printed).toContainText(
    '-A FORWARD -d 198.51.100.10 -p tcp -m tcp --dport 5269 -m comment --comment "xmpp-5269-in" -j ACCEPT',
  );
  // After the notes, on paper as on screen.
  const order = await page.locator('.sheet-print > *').evaluateAll((nodes) => nodes.map((n) => n.className));
  expect(order.indexOf('sheet-config')).toBe(order.indexOf('sheet-notes') + 1);
  const pdf = testInfo.outputPath('sheet-config.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', landscape: true }));
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('-A FORWARD -s 192.0.2.128/25 -d 192.0.2.10 -p tcp -m tcp --dport 23456');
  expect(text).toContain('Firewall configuration (iptables-restore)');
});

test('ASA interface and PAN-OS zone names can be renamed; they stay in this browser, not in the link', async ({ page }) => {
  await page.goto(`./?${XMPP}&view=config&format=asa&firewall=external`);
  const names = page.getByRole('group', { name: 'Interface names (nameif)' });
  await names.getByLabel('Internet').fill('edge out');
  await expect(names.getByLabel('Internet')).toHaveAttribute('aria-invalid', 'true');
  await expect(output(page, '-external.asa.txt')).toContainText('access-group LYNC-OUTSIDE-IN in interface outside');
  await names.getByLabel('Internet').fill('edge-out');
  await expect(output(page, '-external.asa.txt')).toContainText('access-group LYNC-EDGE-OUT-IN in interface edge-out');
  expect(page.url()).not.toContain('edge-out');
  await page.reload();
  await expect(page.getByRole('group', { name: 'Interface names (nameif)' }).getByLabel('Internet')).toHaveValue('edge-out');
  await page.getByRole('radio', { name: 'Palo Alto PAN-OS' }).check();
  await page.getByRole('group', { name: 'Zone names' }).getByLabel('Perimeter network').fill('lync-dmz');
  await expect(output(page, '-external.panos.txt')).toContainText('from untrust to lync-dmz source any destination');
});
