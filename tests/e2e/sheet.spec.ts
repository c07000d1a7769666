import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page, TestInfo } from '@playwright/test';
import Papa from 'papaparse';
import { expect, ruleRows, serveSeedDataset, test } from './fixtures';

type Paper = 'A4' | 'Letter';

/** Prints the page to PDF the way the browser's print does (print media, landscape), and reads it back. */
async function printToPdf(page: Page, testInfo: TestInfo, format: Paper, name = 'sheet') {
  const file = testInfo.outputPath(`${name}-${format}.pdf`);
  writeFileSync(file, await page.pdf({ format, landscape: true }));
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return { text, pages, width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** Text compared without white space: table cells wrap names over lines in the PDF. */
const compact = (s: string) => s.replace(/\s+/g, '');
const expectInPdf = (text: string, needles: string[]) => {
  const haystack = compact(text);
  for (const needle of needles) expect(haystack, `PDF text should contain "${needle}"`).toContain(compact(needle));
};
const expectNotInPdf = (text: string, needles: string[]) => {
  const haystack = compact(text);
  for (const needle of needles) expect(haystack, `PDF text should not contain "${needle}"`).not.toContain(compact(needle));
};

const SEED_PORTS = ['5061', '443', '50000-59999', '3478', '5269', '23456'];
const SEED_ENDPOINTS = {
  en: [
    'Edge Server Access interface',
    'Edge Server A/V interface',
    'Internal Edge Server interface',
    'Any (Internet)',
    'Any (internal network)',
    'Public IM connectivity partners',
    'Clients (external users)',
    'Live Messenger clients',
  ],
  'zh-TW': [
    'Edge Server 存取介面',
    'Edge Server A/V 介面',
    '內部 Edge Server 介面',
    '任何一個 (網際網路)',
    '公用 IM 連線夥伴',
    'Live Messenger 用戶端',
  ],
};

async function fillHeader(page: Page, fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
}

const sheetRows = (page: Page) => page.locator('.sheet-table tbody tr');

test.describe('the printed request sheet', () => {
  test('an English sheet on A4 holds the header, every rule, page numbers, and no app controls', async ({ page }, testInfo) => {
    await page.goto('./?lang=en&view=sheet');
    await expect(sheetRows(page)).toHaveCount(10);
    await fillHeader(page, {
      'Request / ticket number': 'CHG-20481',
      Requester: 'Mei-Ling Chen',
      Environment: 'Production (Taipei DC)',
      Justification: 'Open federation with partner Fabrikam.',
    });
    await page.getByLabel('Date', { exact: true }).fill('2026-11-23');
    const pdf = await printToPdf(page, testInfo, 'A4');
    expect(pdf.width).toBeGreaterThan(pdf.height); // landscape
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.pages).toBeLessThanOrEqual(3);
    expectInPdf(pdf.text, [
      'Firewall change request: Lync Server 2013',
      'CHG-20481',
      'Mei-Ling Chen',
      'Production (Taipei DC)',
      'Open federation with partner Fabrikam.',
      'November 23, 2026',
      'none (all rules)',
      '10 rules',
      `Page 1 of ${pdf.pages}`,
      'Dataset:',
      '?lang=en&view=sheet',
      '© Microsoft, CC BY 4.0',
      ...SEED_PORTS,
      ...SEED_ENDPOINTS.en,
    ]);
    expectNotInPdf(pdf.text, [
      'Print or save as PDF',
      'Request details',
      'Include the addresses in shared links',
      'Include the interface diagrams',
      'Markdown',
      'About & sources',
      '繁體中文',
      'Skip to the rules',
    ]);
  });

  test('a Traditional Chinese sheet on Letter is in Traditional Chinese throughout', async ({ page }, testInfo) => {
    await page.goto('./?lang=zh-TW&view=sheet');
    await expect(sheetRows(page)).toHaveCount(10);
    await fillHeader(page, { '申請單 / 工單編號': 'CHG-20481', 申請人: '陳美玲', 環境: '正式環境' });
    await page.getByLabel('日期', { exact: true }).fill('2026-11-23');
    const pdf = await printToPdf(page, testInfo, 'Letter');
    expect(pdf.width).toBeGreaterThan(pdf.height);
    expect(pdf.pages).toBeLessThanOrEqual(3);
    expectInPdf(pdf.text, [
      '防火牆變更申請：Lync Server 2013',
      'CHG-20481',
      '陳美玲',
      '正式環境',
      '2026年11月23日',
      '10 條規則',
      `第 1 頁，共 ${pdf.pages} 頁`,
      '輸入',
      '輸出',
      '外部',
      '內部',
      '必要',
      ...SEED_PORTS,
      ...SEED_ENDPOINTS['zh-TW'],
    ]);
    expectNotInPdf(pdf.text, ['列印或另存為 PDF', '申請資訊', '在分享的連結中包含位址', 'English', 'Firewall change request', 'Page 1 of']);
  });

  test('the interface diagrams can be added, one page each', async ({ page }, testInfo) => {
    await page.goto('./?lang=en&view=sheet&scenario=xmpp-federation');
    await expect(sheetRows(page)).toHaveCount(3);
    const without = await printToPdf(page, testInfo, 'A4', 'no-diagrams');
    await page.getByLabel('Include the interface diagrams (one page each)').check();
    await expect(page.locator('.print-diagram-page')).toHaveCount(2); // access edge external, edge internal
    const withDiagrams = await printToPdf(page, testInfo, 'A4', 'diagrams');
    expect(withDiagrams.pages).toBe(without.pages + 2);
    expectInPdf(withDiagrams.text, [
      'Inbound: towards the more trusted zone (solid)',
      'Internal Edge Server interface',
      'XMPP/MTLS',
      '23456',
    ]);
    expectNotInPdf(withDiagrams.text, ['Download SVG', 'Download PNG', 'Connections as a list']);
  });
});

test.describe('the full perimeter on paper', () => {
  test.use({ dataset: 'full' });

  test('the full dataset fits A4 and Letter with the header repeated on every page', async ({ page }, testInfo) => {
    await page.goto('./?lang=en&view=sheet');
    await expect(page.locator('.sheet-table caption')).toHaveText('87 rules');
    for (const paper of ['A4', 'Letter'] as const) {
      const pdf = await printToPdf(page, testInfo, paper, 'full');
      console.log(`full dataset sheet, ${paper} landscape: ${pdf.pages} pages`);
      expect(pdf.pages).toBeGreaterThanOrEqual(3);
      expect(pdf.pages).toBeLessThanOrEqual(7);
      expectInPdf(pdf.text, [`Page ${pdf.pages} of ${pdf.pages}`]);
      // The column header row is printed on every page that holds rules (the last may hold only the footer).
      const headerRows = pdf.text.match(/No\. Source Destination Protocol/g) ?? [];
      expect(headerRows.length).toBeGreaterThanOrEqual(pdf.pages - 1);
      // Every rule number is printed once: no row is lost or printed twice across page breaks.
      const numbers = [...pdf.text.matchAll(/^(\d{1,2}) /gm)].map((m) => Number(m[1])).filter((n) => n >= 1 && n <= 87);
      expect(new Set(numbers).size).toBe(87);
    }
  });
});

test.describe('pages per printed request (default options, A4 landscape, and US Letter)', () => {
  test.use({ dataset: 'full' });
  const pagesOf = async (page: Page, testInfo: TestInfo, query: string, name: string) => {
    await page.goto(`./${query}`);
    await expect(sheetRows(page).first()).toBeVisible();
    const a4 = (await printToPdf(page, testInfo, 'A4', `${name}-a4`)).pages;
    const letter = (await printToPdf(page, testInfo, 'Letter', `${name}-letter`)).pages;
    console.log(`${name}: A4 ${a4} pages, Letter ${letter} pages`);
    return { a4, letter };
  };

  test('the seed document’s 10 rules print on one page, with their full notes', async ({ page }, testInfo) => {
    await serveSeedDataset(page);
    const en = await pagesOf(page, testInfo, '?lang=en&view=sheet', 'seed-en');
    expect(en.a4).toBe(1);
    await expect(page.locator('.sheet-note-text')).toHaveCount(10);
    const zh = await pagesOf(page, testInfo, '?lang=zh-TW&view=sheet', 'seed-zh-TW');
    expect(zh.a4).toBeLessThanOrEqual(en.a4);
    expect(en.letter).toBeLessThanOrEqual(en.a4 + 1);
    expect(zh.letter).toBeLessThanOrEqual(zh.a4 + 1);
  });

  test('the single consolidated Edge with NAT (32 rules) prints on at most 3 pages', async ({ page }, testInfo) => {
    const en = await pagesOf(page, testInfo, '?lang=en&view=sheet&topology=single-nat', 'single-nat-en');
    await expect(page.locator('.sheet-table caption')).toHaveText('32 rules');
    expect(en.a4).toBeLessThanOrEqual(3);
    const zh = await pagesOf(page, testInfo, '?lang=zh-TW&view=sheet&topology=single-nat', 'single-nat-zh-TW');
    expect(zh.a4).toBeLessThanOrEqual(en.a4);
    expect(en.letter).toBeLessThanOrEqual(en.a4 + 1);
    expect(zh.letter).toBeLessThanOrEqual(zh.a4 + 1);
  });

  test('the whole perimeter prints on at most 7 pages', async ({ page }, testInfo) => {
    const en = await pagesOf(page, testInfo, '?lang=en&view=sheet', 'full-en');
    expect(en.a4).toBeLessThanOrEqual(7);
    const zh = await pagesOf(page, testInfo, '?lang=zh-TW&view=sheet', 'full-zh-TW');
    expect(zh.a4).toBeLessThanOrEqual(en.a4);
    expect(en.letter).toBeLessThanOrEqual(en.a4 + 1);
    expect(zh.letter).toBeLessThanOrEqual(zh.a4 + 1);
  });

  test('List only the openings needed leaves covered rules out of the table and names them in the notes', async ({ page }) => {
    await page.goto('./?lang=en&view=sheet&topology=single-public');
    await expect(sheetRows(page)).toHaveCount(32);
    await page.getByLabel('List only the openings needed').check();
    expect(new URL(page.url()).searchParams.get('openings')).toBe('needed');
    // client-sip-443-in (external clients → Access Edge, TLS 443) is inside access-sip-443-in (Any → Access Edge).
    await expect(page.locator('.sheet-table tbody tr[data-rule-id="client-sip-443-in"]')).toHaveCount(0);
    await expect(page.locator('.sheet-table tbody tr[data-rule-id="access-sip-443-in"]')).toHaveCount(1);
    // The five covered rules of this topology: client-sip-443-in, public-im-sip-5061-in/out, messenger-rtp-tcp-out, messenger-stun-3478-in.
    await expect(sheetRows(page)).toHaveCount(27);
    await expect(page.locator('.sheet-covers').first()).toContainText('client-sip-443-in');
  });
});

test.describe('selection, addresses and exports', () => {
  test('rules ticked in the table are the sheet, and the selection is in the link', async ({ page }) => {
    await page.goto('./?lang=en');
    await expect(ruleRows(page)).toHaveCount(10);
    await page.getByLabel('Select for the request sheet: xmpp-5269-in').check();
    await page.getByLabel('Select for the request sheet: client-sip-443-in').check();
    await expect(page).toHaveURL(/[?&]rules=[^&]*xmpp-5269-in/);
    await expect(page).toHaveURL(/[?&]rules=[^&]*client-sip-443-in/);
    await page.getByRole('link', { name: 'Request sheet' }).click();
    await expect(sheetRows(page)).toHaveCount(2);
    await expect(page.getByText('2 rules selected in the table')).toBeVisible();
    const ids = await sheetRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule-id')));
    expect(ids.sort()).toEqual(['client-sip-443-in', 'xmpp-5269-in']);
    // A fresh browser opening the link gets the same sheet.
    const url = page.url();
    const fresh = await page.context().browser()?.newPage();
    if (!fresh) throw new Error('no browser');
    await fresh.route('**/data/rules.json', (route) =>
      route.fulfill({ path: 'tests/fixtures/datasets/seed.json', contentType: 'application/json' }),
    );
    await fresh.goto(url);
    await expect(fresh.locator('.sheet-table tbody tr')).toHaveCount(2);
    await fresh.close();
    await page.getByRole('button', { name: 'Clear the selection' }).click();
    await expect(sheetRows(page)).toHaveCount(10);
    expect(page.url()).not.toContain('rules=');
  });

  test('addresses are validated at the field, shown next to names, kept in the browser, and shared only on request', async ({ page }) => {
    await page.goto('./?lang=en&view=sheet');
    const access = page.locator('input[data-endpoint="access-edge-external"]');
    await access.fill('10.0.0.300');
    await expect(access).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('10.0.0.300 is not an IPv4 or IPv6 address, CIDR range or FQDN.')).toBeVisible();
    await access.fill('203.0.113.10, 2001:db8::10, sip.contoso.com');
    await expect(access).not.toHaveAttribute('aria-invalid', 'true');
    const internet = page.locator('input[data-endpoint="internet-any"]');
    await expect(internet).toHaveAttribute('placeholder', 'Any');
    await internet.fill('198.51.100.0/25');
    await expect(page.getByText('198.51.100.0/25 is not a network address; did you mean 198.51.100.0/25?')).toHaveCount(0);
    await internet.fill('198.51.100.7/24');
    await expect(page.getByText('198.51.100.7/24 is not a network address; did you mean 198.51.100.0/24?')).toBeVisible();
    await internet.fill('198.51.100.0/24');

    const firstRow = page.locator('.sheet-table tbody tr[data-rule-id="sip-federation-5061-out"]');
    await expect(firstRow).toContainText('Edge Server Access interface');
    await expect(firstRow).toContainText('203.0.113.10, 2001:db8::10, sip.contoso.com');
    await expect(firstRow).toContainText('198.51.100.0/24');
    // Not in the link by default…
    expect(page.url()).not.toContain('addr=');
    // …but kept in this browser, and shown in the rules table too.
    await page.reload();
    await expect(page.locator('input[data-endpoint="access-edge-external"]')).toHaveValue('203.0.113.10, 2001:db8::10, sip.contoso.com');
    await page.getByRole('link', { name: 'Rules', exact: true }).click();
    await expect(page.locator('table.rules tbody tr#rule-sip-federation-5061-out')).toContainText('203.0.113.10');

    // Sharing them is an explicit choice; a fresh browser then sees them.
    await page.getByRole('link', { name: 'Request sheet' }).click();
    await page.getByLabel('Include the addresses in shared links').check();
    await expect(page).toHaveURL(/[?&]addr=/);
    const url = page.url();
    const context = await page.context().browser()?.newContext();
    if (!context) throw new Error('no browser');
    await context.route('**/data/rules.json', (route) =>
      route.fulfill({ path: 'tests/fixtures/datasets/seed.json', contentType: 'application/json' }),
    );
    const fresh = await context.newPage();
    await fresh.goto(url);
    await expect(fresh.locator('.sheet-table tbody tr[data-rule-id="sip-federation-5061-out"]')).toContainText('sip.contoso.com');
    await context.close();
  });

  test('CSV export: UTF-8 with BOM, RFC 4180, the sheet columns, read back with a CSV parser', async ({ page }) => {
    await page.goto('./?lang=zh-TW&view=sheet&scenario=public-im');
    await page.locator('input[data-endpoint="access-edge-external"]').fill('203.0.113.10, sip.contoso.com');
    await expect(sheetRows(page)).toHaveCount(7); // 6 public IM rules and the SIP federation rule they share
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^lync-edge-rules-public-im-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text).toContain('\r\n');
    const parsed = Papa.parse<string[]>(text.trimEnd(), { skipEmptyLines: false });
    expect(parsed.errors).toEqual([]);
    const [header = [], ...body] = parsed.data;
    expect(header).toEqual([
      '編號',
      '來源',
      '來源位址',
      '目的地',
      '目的地位址',
      '通訊協定',
      '傳輸',
      '連接埠',
      '來源連接埠',
      '方向',
      '防火牆',
      '必要 / 選用',
      '理由',
      '附註',
      '出處 (文件、表格、列)',
    ]);
    expect(body).toHaveLength(7);
    const column = (name: string) => body.map((row) => row[header.indexOf(name)]);
    expect(column('連接埠')).toContain('50000-59999');
    expect(column('連接埠')).toContain('3478');
    expect(column('來源')).toContain('Edge Server 存取介面');
    expect(column('來源位址')).toContain('203.0.113.10 sip.contoso.com');
    expect(column('方向').every((d) => d === '輸入' || d === '輸出')).toBe(true);
    // The same rules, in the same order, as the sheet on screen.
    const screenPorts = await page
      .locator('.sheet-table tbody td.sheet-ports')
      .evaluateAll((cells) => cells.map((c) => c.firstChild?.textContent ?? ''));
    expect(column('連接埠')).toEqual(screenPorts);
    await expect(page.getByText(`已儲存 ${download.suggestedFilename()}`)).toBeVisible();
  });

  test('JSON and Markdown exports carry the rules with names and addresses', async ({ page }) => {
    await page.goto('./?lang=en&view=sheet&scenario=xmpp-federation');
    await page.locator('input[data-endpoint="edge-internal"]').fill('10.1.1.5');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'JSON' }).click()]);
    expect(json.suggestedFilename()).toMatch(/^lync-edge-rules-xmpp-federation-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
    expect(data.rules.map((r: { id: string }) => r.id).sort()).toEqual(['xmpp-5269-in', 'xmpp-5269-out', 'xmpp-gateway-23456-out']);
    const gateway = data.rules.find((r: { id: string }) => r.id === 'xmpp-gateway-23456-out');
    expect(gateway.destination.name.en).toBe('Internal Edge Server interface');
    expect(gateway.destination.addresses).toEqual(['10.1.1.5']);
    expect(gateway.ports).toEqual([{ from: 23456, to: 23456 }]);

    const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Markdown' }).click()]);
    expect(md.suggestedFilename()).toMatch(/\.md$/);
    const markdown = readFileSync(await md.path(), 'utf8');
    expect(markdown).toContain('# Firewall change request: Lync Server 2013');
    expect(markdown).toContain('| No. | Source | Source addresses | Destination | Destination addresses |');
    expect(markdown).toContain('| Internal Edge Server interface | 10.1.1.5 |');
    expect(markdown.split('\n').filter((line) => /^\| \d+ \|/.test(line))).toHaveLength(3);
  });
});

test.describe('a very large sheet', () => {
  test('previews its first 2,000 rows and prints every rule', async ({ page }, testInfo) => {
    const { generateDataset } = await import('../../scripts/bench/generate.mjs');
    const body = JSON.stringify(generateDataset(2500, JSON.parse(readFileSync('public/data/rules.json', 'utf8'))));
    await page.route('**/data/rules.json', (route) => route.fulfill({ body, contentType: 'application/json' }));
    await page.goto('./?lang=en&view=sheet');
    await expect(page.locator('.sheet-table caption')).toHaveText('2500 rules');
    await expect(sheetRows(page)).toHaveCount(2000);
    await expect(page.getByText(/The preview shows the first 2,000 of 2,500 rules/)).toBeVisible();
    // The browser announces printing with beforeprint; the sheet then renders every rule.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(sheetRows(page)).toHaveCount(2500);
    await expect(page.locator('.sheet-table tbody tr[data-rule-id="bench-2499"]')).toHaveCount(1);
    await page.getByLabel('Include the full notes of every rule').check();
    const pdf = await printToPdf(page, testInfo, 'A4', 'large');
    expectInPdf(pdf.text, ['Generated rule 2499,', `Page ${pdf.pages} of ${pdf.pages}`]);
    expectNotInPdf(pdf.text, ['The preview shows the first']);
  });
});
