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
const singlePublic = filtersFrom({ facets: { topology: ['single-public'] } });
const productName = (id: string) => translator('en')(`product.name.${id}`);

function request(to: Dataset, lang: Language) {
  const sides = { from: indexDataset(lync), to: indexDataset(to) };
  const items = filterComparison(compareDatasets(lync, to).items, singlePublic);
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
});

describe('file names', () => {
  it('name both products and the main filters', () => {
    expect(changeExportFilename('lync-2013', 'sfb-2019', singlePublic, '2026-11-23', 'csv')).toBe(
      'lync-2013-to-sfb-2019-edge-changes-single-public-2026-11-23.csv',
    );
  });
});
