/** The upgrade change request's CSV, JSON and Markdown (changeExports.ts), read back. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { changeExportFilename, toChangeCsv, toChangeJson, toChangeMarkdown } from '../../src/shared/domain/changeExports';
import { buildChangeSheet } from '../../src/shared/domain/changeSheet';
import { compareDatasets, filterComparison } from '../../src/shared/domain/compare';
import { indexDataset } from '../../src/shared/domain/rules';
import type { Dataset, Language } from '../../src/shared/domain/schema';
import { filtersFrom, loadShippedDataset, readJson, translator } from './helpers';

const lync = loadShippedDataset();
const sfb2019 = readJson<Dataset>('public/data/sfb-2019.json');
const singlePublic = () => filtersFrom({ facets: { topology: ['single-public'] } });
const productName = (id: string) => translator('en')(`product.name.${id}`);

function request(to: Dataset, lang: Language) {
  const sides = { from: indexDataset(lync), to: indexDataset(to) };
  const items = filterComparison(compareDatasets(lync, to).items, singlePublic());
  const t = translator(lang);
  return { t, sides, items, sheet: buildChangeSheet(items, sides, lang, { 'edge-internal': ['10.0.0.5', '10.0.0.6'] }, t) };
}

const parseCsv = (csv: string) => {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
  const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header = [], ...rows] = parsed.data;
  return { header, rows, col: (name: string) => header.indexOf(name) };
};

describe('CSV', () => {
  it('parses back: one row per opening to add or close, two (before, after) per modification, with what changed and why', () => {
    const { t, sheet } = request(sfb2019, 'en');
    const { header, rows, col } = parseCsv(toChangeCsv(sheet, t, productName));
    expect(header.slice(0, 3)).toEqual(['Action', 'Version', 'No.']);
    expect(rows).toHaveLength(6 + 11 + 2 * 6);
    expect(rows.filter((r) => r[col('Action')] === 'Add').map((r) => r[col('Rule id')])).toHaveLength(6);
    const xmpp = rows.find((r) => r[col('Rule id')] === 'xmpp-5269-in');
    expect([xmpp?.[col('Action')], xmpp?.[col('Version')], xmpp?.[col('Port(s)')]]).toEqual(['Close', 'Current', '5269']);
    expect(xmpp?.[col('Reasons and citations')]).toContain('Removed in Skype for Business Server 2019:');
    expect(xmpp?.[col('Reasons and citations')]).toContain('Edge Server system requirements in Skype for Business Server, paragraph');
    const stun = rows.filter((r) => r[col('Rule id')] === 'av-stun-udp-3478-out');
    expect(stun.map((r) => [r[col('Version')], r[col('Source port(s)')]])).toEqual([
      ['Before', '3478'],
      ['After', ''],
    ]);
    expect(stun[0]?.[col('Changed fields')]).toContain('Source port(s): 3478 → —');
    const cls = rows.find((r) => r[col('Rule id')] === 'edge-internal-cls-50001-50003');
    expect(cls?.[col('Destination addresses')]).toBe('10.0.0.5 10.0.0.6');
  });

  it('neutralises formulas and keeps every line break inside its quoted cell', () => {
    const hostile = structuredClone(sfb2019);
    const rule = hostile.rules.find((r) => r.id === 'hybrid-sip-5061-out');
    if (!rule) throw new Error('hybrid-sip-5061-out is missing');
    rule.summary.en = '=HYPERLINK("https://example.invalid","x")';
    rule.notes.en = 'one\u2028two\u0085three\rfour';
    const { t, sheet } = request(hostile, 'en');
    const { rows, col } = parseCsv(toChangeCsv(sheet, t, productName));
    const row = rows.find((r) => r[col('Rule id')] === 'hybrid-sip-5061-out');
    expect(row?.[col('Justification')]).toBe(`'=HYPERLINK("https://example.invalid","x")`);
    expect(row?.[col('Notes')]).toBe('one\ntwo\nthree\nfour');
  });

  it('writes zh-TW headers and words', () => {
    const { t, sheet } = request(sfb2019, 'zh-TW');
    const { header, rows, col } = parseCsv(toChangeCsv(sheet, t, (id) => t(`product.name.${id}`)));
    expect(header.slice(0, 3)).toEqual(['動作', '版本', '編號']);
    expect(rows.find((r) => r[col('規則 ID')] === 'xmpp-5269-in')?.[col('原因與出處')]).toContain('商務用 Skype Server 2019 移除：');
  });

  it('versions each row: New for an addition, Current for a closure, Before then After for a modification', () => {
    const { t, sheet } = request(sfb2019, 'en');
    const { rows, col } = parseCsv(toChangeCsv(sheet, t, productName));
    const versions = (action: string) => [...new Set(rows.filter((r) => r[col('Action')] === action).map((r) => r[col('Version')]))];
    expect([versions('Add'), versions('Close'), versions('Modify')]).toEqual([['New'], ['Current'], ['Before', 'After']]);
  });

  it('writes no row for a side an entry lacks: an addition without its new rule, a modification with only the new one', () => {
    const { t, sheet } = request(sfb2019, 'en');
    const [add, close, change] = [sheet.add[0]!, sheet.close[0]!, sheet.change[0]!];
    const partial = {
      add: [{ ...add, new: undefined }],
      close: [{ ...close, old: undefined }],
      change: [{ ...change, old: undefined }],
      unchanged: 0,
    };
    const { rows, col } = parseCsv(toChangeCsv(partial, t, productName));
    expect(rows.map((r) => [r[col('Action')], r[col('Version')], r[col('Rule id')]])).toEqual([['Modify', 'After', change.id]]);
  });

  it('joins the changed fields with the list separator and the reasons with a space', () => {
    const { t, sheet } = request(sfb2019, 'en');
    const entry = sheet.change.find((e) => e.diffs.length > 1)!;
    const twice = { ...entry, reasons: [entry.reasons[0]!, entry.reasons[0]!] };
    const csvOf = (e: typeof entry) => parseCsv(toChangeCsv({ add: [], close: [], change: [e], unchanged: 0 }, t, productName));
    const { rows, col } = csvOf(twice);
    expect(rows[0]?.[col('Changed fields')]).toBe(entry.diffs.map((d) => `${d.label}: ${d.from} → ${d.to}`).join('; '));
    const once = csvOf({ ...entry, reasons: [entry.reasons[0]!] }).rows[0]?.[col('Reasons and citations')];
    expect(once).toMatch(/^Changed in .+\)$/);
    expect(rows[0]?.[col('Reasons and citations')]).toBe(`${once} ${once}`);
  });
});

describe('Markdown', () => {
  it('has the three sections, a table each in the sheet’s columns, and the reasons under it', () => {
    const { t, sheet } = request(sfb2019, 'en');
    const md = toChangeMarkdown(sheet, t, { title: 'Upgrade | CHG-1', products: 'Lync → SfB', filterSummary: 'Filters: x' }, productName);
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Upgrade \\| CHG-1');
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## Openings to add (6)',
      '## Openings to close (11)',
      '## Openings to modify (6)',
    ]);
    expect(lines.filter((l) => l.startsWith('| Version | No. |'))).toHaveLength(3);
    expect(lines.filter((l) => /^\| (New|Current|Before|After) \|/.test(l))).toHaveLength(6 + 11 + 12);
    expect(md).toContain(
      '3. Edge version detection and Edge-to-Edge media (UDP 3478) (av-stun-udp-3478-out)\n   - Source port(s): 3478 → —\n',
    );
    expect(md).toContain('\n   - Removed in Skype for Business Server 2019: Not supported in Skype for Business Server 2019');
    // Every table line has as many cells as the header.
    const table = lines.filter((l) => l.startsWith('| '));
    expect(new Set(table.map((l) => l.split(/(?<!\\)\|/).length)).size).toBe(1);
  });

  it('opens with the title, the products and the filters, each section with its heading between blank lines', () => {
    const { t, sheet } = request(sfb2019, 'en');
    const lines = toChangeMarkdown(sheet, t, { title: 'T', products: 'P', filterSummary: 'F' }, productName).split('\n');
    expect(lines.slice(0, 8)).toEqual(['# T', '', 'P', '', 'F', '', '## Openings to add (6)', '']);
    expect(lines[8]).toMatch(/^\| Version \| No\. \|/);
    const tableEnd = lines.findIndex((l, i) => i > 8 && !l.startsWith('| '));
    expect([lines[tableEnd], lines[tableEnd + 1]]).toEqual(['', `1. ${sheet.add[0]?.summary} (${sheet.add[0]?.id})`]);
    expect(lines.at(-1)).toBe('');
  });

  it('says so under the heading of an empty section', () => {
    const { t, sheet } = request(sfb2019, 'en');
    const md = toChangeMarkdown({ ...sheet, add: [] }, t, { title: 'T', products: 'P', filterSummary: 'F' }, productName);
    expect(md.split('\n').slice(6, 12)).toEqual(['## Openings to add (0)', '', 'None for this view.', '', '## Openings to close (11)', '']);
  });
});

describe('JSON', () => {
  it('parses back with each opening’s rules, the changed fields’ values and the reasons with their citations', () => {
    const { sides, items } = request(sfb2019, 'en');
    const json = JSON.parse(toChangeJson(items, sides, {}, { title: 'x', generated: 'now' }));
    expect([json.from, json.to]).toEqual([
      { product: 'lync-2013', dataset: lync.version },
      { product: 'sfb-2019', dataset: sfb2019.version },
    ]);
    expect([json.add.length, json.close.length, json.change.length]).toEqual([6, 11, 6]);
    const stun = json.change.find((c: { id: string }) => c.id === 'av-stun-udp-3478-out');
    expect(stun.changes[0]).toEqual({ field: 'sourcePorts', from: [{ from: 3478, to: 3478 }] });
    expect(stun.from.ports).toEqual([{ from: 3478, to: 3478 }]);
    const xmpp = json.close.find((c: { id: string }) => c.id === 'xmpp-5269-in');
    expect(xmpp.to).toBeUndefined();
    expect(xmpp.reasons[0]).toMatchObject({ change: 'removed', in: 'sfb-2019', reversed: false });
    expect(xmpp.reasons[0].dataset).toBeUndefined();
    expect(xmpp.reasons[0].provenance.length).toBeGreaterThan(0);
  });

  it('gives an addition its new rule and a closure its old one, and the changed values only to a modification', () => {
    const { sides, items } = request(sfb2019, 'en');
    const json = JSON.parse(toChangeJson(items, sides, {}, {}));
    const add = json.add.find((c: { id: string }) => c.id === 'hybrid-sip-5061-out');
    expect([add.from, add.to.ports, add.changes]).toEqual([undefined, [{ from: 5061, to: 5061 }], undefined]);
    const xmpp = json.close.find((c: { id: string }) => c.id === 'xmpp-5269-in');
    expect([xmpp.from.ports, xmpp.changes]).toEqual([[{ from: 5269, to: 5269 }], undefined]);
  });

  it('leaves out the product of a dataset that names none', () => {
    const { sides, items } = request(sfb2019, 'en');
    const { product: _product, ...anonymous } = lync;
    const json = JSON.parse(toChangeJson(items, { ...sides, from: indexDataset(anonymous) }, {}, {}));
    expect(json.from).toEqual({ dataset: lync.version });
  });
});

describe('file names', () => {
  it('name both products and the main filters', () => {
    expect(changeExportFilename('lync-2013', 'sfb-2019', singlePublic(), '2026-11-23', 'csv')).toBe(
      'lync-2013-to-sfb-2019-edge-changes-single-public-2026-11-23.csv',
    );
  });
});
