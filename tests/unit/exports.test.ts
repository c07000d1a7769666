import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv, toJson, toMarkdown } from '../../src/shared/domain/exports';
import { indexDataset, resolveRules } from '../../src/shared/domain/rules';
import { buildSheetRows } from '../../src/shared/domain/sheet';
import { loadShippedDataset, translator } from './helpers';

const dataset = loadShippedDataset();
const index = indexDataset(dataset);
const views = resolveRules(index);
const addresses = {
  'edge-internal': ['10.45.16.10', '10.45.16.11'],
  'internal-any': ['10.0.0.0/8'],
  'av-edge-external-nat': ['172.25.33.10'],
};

describe('CSV export', () => {
  const t = translator('zh-TW');
  const rows = buildSheetRows(views, index, 'zh-TW', addresses, t);
  const csv = toCsv(rows, t);

  it('starts with a UTF-8 BOM and uses CRLF line ends', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('parses back with a real CSV parser into the same rules, addresses and zh-TW text', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...data] = parsed.data;
    expect(header?.[0]).toBe('編號');
    expect(data).toHaveLength(dataset.rules.length);
    const col = (name: string) => header?.indexOf(t(`sheet.columns.${name}`)) ?? -1;
    const gateway = data.find((r) => r[col('ports')] === '23456');
    expect(gateway?.[col('destination')]).toBe('內部 Edge Server 介面');
    expect(gateway?.[col('destinationAddresses')]).toBe('10.45.16.10 10.45.16.11');
    expect(data.map((r) => r[col('ports')])).toContain('50000-59999');
    expect(data.map((r) => r[col('justification')])).toEqual(rows.map((r) => r.justification));
  });
});

describe('Markdown and JSON exports', () => {
  const t = translator('en');
  const rows = buildSheetRows(views.slice(0, 3), index, 'en', addresses, t);
  it('writes a Markdown table with escaped pipes', () => {
    const md = toMarkdown(rows, t, 'Change | request', 'Filters: none');
    expect(md.split('\n')[0]).toBe('# Change \\| request');
    expect(md).toContain('| No. | Source |');
    expect(md.split('\n').filter((l) => l.startsWith('| ')).length).toBe(2 + 3);
  });
  it('writes JSON with resolved names in both languages and addresses', () => {
    const json = JSON.parse(
      toJson(
        views.filter((v) => v.rule.id === 'xmpp-gateway-23456-out'),
        index,
        addresses,
        { generated: 'x' },
      ),
    );
    expect(json.rules[0].destination).toEqual({
      id: 'edge-internal',
      name: { en: 'Internal Edge Server interface', 'zh-TW': '內部 Edge Server 介面' },
      zone: 'perimeter',
      addresses: ['10.45.16.10', '10.45.16.11'],
    });
    expect(json.dataset).toBe(dataset.version);
  });
});

describe('the JSON export and the licence', () => {
  it('links the CC BY 4.0 licence, credits the cited documents and says what was changed', () => {
    const xmpp = views.filter((v) => v.rule.id === 'xmpp-5269-in');
    const json = JSON.parse(toJson(xmpp, index, {}, {}));
    expect(json.licence.url).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(json.licence.credit).toEqual(['© Microsoft, CC BY 4.0']);
    expect(json.licence.changes.en).toMatch(/^Adapted from Microsoft’s Lync Server 2013 documentation/);
    expect(json.sources.map((s: { id: string }) => s.id)).toEqual(['jj618373', 'jj618371', 'jj204756', 'jj205394']);
    expect(json.rules[0].summary.en).toBe("XMPP federation: partners' servers to the XMPP proxy");
  });
});
