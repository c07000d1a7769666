/**
 * The comparison of versions (view=changes, #17): the pack README's Lync Server 2013 → Skype for
 * Business Server 2019 differences for a single consolidated Edge with public IPs, changed fields old
 * and new, reasons with citations, backwards, the filters in one link, the printed upgrade request
 * (en, zh-TW) and its exports read back.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { expectTextIn, printPdf } from './pdf';

test.use({ dataset: 'full' });

const README_LINK = './?lang=en&view=changes&from=lync-2013&to=sfb-2019&topology=single-public';
const listed = (page: Page, kind: 'add' | 'close' | 'change') =>
  page.locator(`.change-section-${kind} li.change-entry`).evaluateAll((items) => items.map((li) => li.getAttribute('data-rule-id')));
const entry = (page: Page, id: string) => page.locator(`li.change-entry[data-rule-id="${id}"]`);

const ADD = [
  'hybrid-sip-5061-out',
  'hybrid-sip-5061-in',
  'hybrid-stun-tcp-out',
  'hybrid-stun-tcp-in',
  'hybrid-stun-udp-3478-out',
  'hybrid-stun-udp-3478-in',
];
const CLOSE = [
  'xmpp-5269-in',
  'xmpp-5269-out',
  'xmpp-gateway-23456-out',
  'client-sip-443-in',
  'public-im-sip-5061-in',
  'public-im-sip-5061-out',
  'av-rtp-tcp-in',
  'av-rtp-udp-in',
  'messenger-rtp-tcp-out',
  'messenger-stun-3478-out',
  'messenger-stun-3478-in',
];
const CHANGE: Record<string, string[]> = {
  'av-rtp-tcp-out': ['requirement', 'scenarios', 'notes'],
  'av-rtp-udp-out': ['requirement', 'scenarios', 'notes'],
  'av-stun-udp-3478-out': ['sourcePorts', 'notes'],
  'av-stun-tcp-443-out': ['sourcePorts', 'notes'],
  'edge-internal-psom-8057': ['sourceCanBe'],
  'edge-internal-cls-50001-50003': ['notes'],
};

test('Lync Server 2013 → Skype for Business Server 2019, single public Edge: the openings to add, to close and to modify', async ({
  page,
}) => {
  await page.goto(README_LINK);
  await expect(page.locator('.change-section-add li.change-entry')).toHaveCount(6);
  expect((await listed(page, 'add')).sort()).toEqual([...ADD].sort());
  expect((await listed(page, 'close')).sort()).toEqual([...CLOSE].sort());
  expect((await listed(page, 'change')).sort()).toEqual(Object.keys(CHANGE).sort());
  for (const [id, fields] of Object.entries(CHANGE)) {
    const shown = await entry(page, id)
      .locator('tr[data-field]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-field')));
    expect(shown, id).toEqual(fields);
  }
  await expect(page.locator('.result-count')).toHaveText(
    'Lync Server 2013 → Skype for Business Server 2019: 6 to add, 11 to close, 6 to modify, 15 unchanged',
  );
  // Old and new side by side, under the compared versions' names.
  const stun = entry(page, 'av-stun-udp-3478-out');
  await expect(stun.locator('thead th')).toHaveText(['Field', 'Lync Server 2013', 'Skype for Business Server 2019']);
  await expect(stun.locator('tr[data-field="sourcePorts"] > *')).toHaveText(['Source port(s)', '3478', '—']);
  await expect(entry(page, 'av-rtp-tcp-out').locator('tr[data-field="requirement"] td').nth(1)).toHaveText('Required');
  // Each with the documents' reason and its citation.
  const xmpp = entry(page, 'xmpp-5269-in');
  await expect(xmpp.locator('.reason-step').first()).toHaveText('Removed in Skype for Business Server 2019:');
  await expect(xmpp.locator('.change-reasons')).toContainText('no longer supported in Skype for Business Server 2019');
  await expect(xmpp.locator('.citations a').first()).toHaveAttribute('href', /^https:\/\/learn\.microsoft\.com\//);
  await expect(entry(page, 'av-rtp-tcp-in').locator('.reason-step').first()).toHaveText('Removed in Skype for Business Server 2015:');
});

test('defaults sensibly, swaps, and marks the reasons reversed when compared backwards', async ({ page }) => {
  await page.goto('./?lang=en&view=changes');
  await expect(page.getByLabel('From (the version you run)')).toHaveValue('lync-2013');
  await expect(page.getByLabel('To (the version you upgrade to)')).toHaveValue('sfb-2019');
  await page.goto('./?lang=en&view=changes&product=sfb-2015');
  await expect(page.getByLabel('From (the version you run)')).toHaveValue('sfb-2015');
  await expect(page.locator('.result-count')).toContainText('0 to add, 7 to close, 0 to modify');
  await page.goto(README_LINK);
  await page.getByRole('button', { name: 'Swap the versions' }).click();
  await expect(page).toHaveURL(/view=changes&from=sfb-2019&to=lync-2013&topology=single-public/);
  await expect(page.locator('.changes-order')).toContainText('Compared backwards');
  expect((await listed(page, 'add')).sort()).toEqual([...CLOSE].sort());
  await expect(entry(page, 'xmpp-5269-in').locator('.change-badge-reversed')).toHaveText('Reversed');
  await expect(entry(page, 'xmpp-5269-in').locator('.reason-step')).toHaveText(
    'The documents explain the opposite step, to Skype for Business Server 2019:',
  );
});

test('filters like the rules table: "my single NAT Edge, external firewall only" is one link', async ({ page }) => {
  await page.goto('./?lang=en&view=changes&from=lync-2013&to=sfb-2019&topology=single-nat&firewall=external&scenario=hybrid');
  await expect(page.locator('.notice')).toHaveCount(0); // hybrid is a Skype for Business scenario: known to the comparison
  await expect(page.locator('.change-section-add li.change-entry')).toHaveCount(6);
  expect(await listed(page, 'add')).toEqual(ADD.map((id) => `${id}-nat`));
  await page.goto('./?lang=en&view=changes&from=lync-2013&to=sfb-2019&topology=single-nat&firewall=external');
  await expect(page.locator('input[name="firewall"][value="external"]')).toBeChecked();
  const rules = await page.locator('li.change-entry .change-rule').allInnerTexts();
  expect(rules.length).toBeGreaterThan(10);
  expect(rules.every((line) => line.includes(' · External · '))).toBe(true);
  expect(await listed(page, 'close')).toContain('xmpp-5269-in-nat');
  await page.locator('.filter-panel').getByRole('button', { name: 'Direction' }).click();
  await page.locator('input[name="direction"][value="inbound"]').check();
  await expect(page).toHaveURL(/topology=single-nat&direction=inbound&firewall=external/);
  expect((await page.locator('li.change-entry .change-rule').allInnerTexts()).every((line) => line.includes(' · Inbound · '))).toBe(true);
});

test('in Traditional Chinese, the hybrid tables’ citations are the English cells, marked as English', async ({ page }) => {
  await page.goto('./?lang=zh-TW&view=changes&topology=single-public');
  const hybrid = entry(page, 'hybrid-sip-5061-out');
  await expect(hybrid.locator('.change-badge')).toHaveText('新增');
  await expect(hybrid.locator('q[lang="en"]')).toHaveText('SIP (MTLS) | TCP | Access Edge | Office 365 | Any | 5061 | Signaling');
  await expect(hybrid.locator('.quote-lang')).toHaveText('英文原文：此文件沒有繁體中文版本。');
  await expect(page.locator('.result-count')).toHaveText(
    'Lync Server 2013 → 商務用 Skype Server 2019：新增 6 項、關閉 11 項、變更 6 項，15 項不變',
  );
  await expect(entry(page, 'xmpp-5269-in').locator('.change-badge')).toHaveText('關閉');
});

for (const lang of ['en', 'zh-TW'] as const) {
  test(`prints as an upgrade change request with the three sections and the reasons (${lang})`, async ({ page }, testInfo) => {
    await page.goto(`./?lang=${lang}&view=changes&from=lync-2013&to=sfb-2019&topology=single-public`);
    await expect(page.locator('.change-section-add li.change-entry')).toHaveCount(6);
    const en = lang === 'en';
    await page.getByLabel(en ? 'Request / ticket number' : '申請單 / 工單編號', { exact: true }).fill('CHG-31337');
    const pdf = await printPdf(page, testInfo, `upgrade-${lang}`);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    expectTextIn(
      pdf.text,
      en
        ? [
            'Upgrade change request: Lync Server 2013 → Skype for Business Server 2019',
            'CHG-31337',
            'Openings to add (6)',
            'Openings to close (11)',
            'Openings to modify (6)',
            'Removed in Skype for Business Server 2019: Not supported in Skype for Business Server 2019',
            'Added in Skype for Business Server 2015:',
            'Source port(s): 3478 → —',
            'Page 1 of',
            'Documents cited',
            'Plan hybrid connectivity https://learn.microsoft.com/en-us/skypeforbusiness/hybrid/plan-hybrid-connectivity',
            'https://creativecommons.org/licenses/by/4.0/',
          ]
        : [
            '升級變更申請：Lync Server 2013 → 商務用 Skype Server 2019',
            'CHG-31337',
            '要新增的開放項目 (6 項)',
            '要關閉的開放項目 (11 項)',
            '要變更的開放項目 (6 項)',
            '商務用 Skype Server 2019 移除：',
            '商務用 Skype Server 2015 新增：',
            '來源連接埠：3478 → —',
            '第 1 頁，共',
            '出處文件',
            'https://creativecommons.org/licenses/by/4.0/',
          ],
    );
    for (const id of [...ADD, ...CLOSE, ...Object.keys(CHANGE)]) expectTextIn(pdf.text, [id]);
    // No screen controls on paper.
    expect(pdf.text).not.toContain(en ? 'Swap the versions' : '對調版本');
  });
}

test('exports the request as CSV, JSON and Markdown that parse back', async ({ page }) => {
  await page.goto(README_LINK);
  await expect(page.locator('.change-section-add li.change-entry')).toHaveCount(6);
  const save = async (name: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(
        `^lync-2013-to-sfb-2019-edge-changes-single-public-\\d{4}-\\d{2}-\\d{2}\\.${name === 'Markdown' ? 'md' : name.toLowerCase()}$`,
      ),
    );
    return readFileSync(await download.path(), 'utf8');
  };
  const csv = await save('CSV');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd());
  expect(parsed.errors).toEqual([]);
  const [header = [], ...rows] = parsed.data;
  const col = (name: string) => header.indexOf(name);
  expect(rows).toHaveLength(6 + 11 + 2 * 6);
  expect([...new Set(rows.map((r) => r[col('Action')]))]).toEqual(['Add', 'Close', 'Modify']);
  expect(
    rows
      .filter((r) => r[col('Action')] === 'Close')
      .map((r) => r[col('Rule id')])
      .sort(),
  ).toEqual([...CLOSE].sort());
  const json = JSON.parse(await save('JSON'));
  expect([json.add.length, json.close.length, json.change.length]).toEqual([6, 11, 6]);
  expect(
    json.change.find((c: { id: string }) => c.id === 'edge-internal-psom-8057').changes.map((c: { field: string }) => c.field),
  ).toEqual(['sourceCanBe']);
  const md = await save('Markdown');
  expect(md.split('\n').filter((l) => l.startsWith('## '))).toEqual([
    '## Openings to add (6)',
    '## Openings to close (11)',
    '## Openings to modify (6)',
  ]);
});
