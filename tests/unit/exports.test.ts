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
  // Built inside each test, so mutation testing (per-test coverage) sees the tests that check them.
  const rowsOf = () => buildSheetRows(views, index, 'zh-TW', addresses, t);
  const csvOf = () => toCsv(rowsOf(), t);

  it('starts with a UTF-8 BOM and uses CRLF line ends', () => {
    expect(csvOf().charCodeAt(0)).toBe(0xfeff);
    expect(csvOf()).toContain('\r\n');
    expect(csvOf().replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('parses back with a real CSV parser into the same rules, addresses and zh-TW text', () => {
    const parsed = Papa.parse<string[]>(csvOf().slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...data] = parsed.data;
    expect(header?.[0]).toBe('編號');
    expect(data).toHaveLength(dataset.rules.length);
    const col = (name: string) => header?.indexOf(t(`sheet.columns.${name}`)) ?? -1;
    const gateway = data.find((r) => r[col('ports')] === '23456');
    expect(gateway?.[col('destination')]).toBe('內部 Edge Server 介面');
    expect(gateway?.[col('destinationAddresses')]).toBe('10.45.16.10 10.45.16.11');
    expect(data.map((r) => r[col('ports')])).toContain('50000-59999');
    expect(data.map((r) => r[col('justification')])).toEqual(rowsOf().map((r) => r.justification));
  });
});

describe('Markdown and JSON exports', () => {
  const t = translator('en');
  const rowsOf = () => buildSheetRows(views.slice(0, 3), index, 'en', addresses, t);
  it('writes a Markdown table with escaped pipes', () => {
    const md = toMarkdown(rowsOf(), t, 'Change | request', 'Filters: none');
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

describe('hostile and multi-line cells', () => {
  const t = translator('en');
  const baseRow = () => {
    const [base] = buildSheetRows(views.slice(0, 1), index, 'en', {}, t);
    if (!base) throw new Error('no row');
    return base;
  };
  const base = baseRow();
  const row = (patch: Partial<typeof base>) => ({ ...baseRow(), ...patch });

  it('prefixes a CSV cell starting with =, +, - or @ with an apostrophe, and no other cell', () => {
    const csv = toCsv(
      [
        row({ justification: '=HYPERLINK("http://x")', requirement: '+1', protocol: '-2', transport: '@SUM(A1)' }),
        row({ justification: 'a=b', requirement: ' =1', protocol: 'x-2' }),
      ],
      t,
    );
    const [header, first, second] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    const col = (name: string) => header?.indexOf(t(`sheet.columns.${name}`)) ?? -1;
    expect(first?.[col('justification')]).toBe('\'=HYPERLINK("http://x")');
    expect(first?.[col('requirement')]).toBe("'+1");
    expect(first?.[col('protocol')]).toBe("'-2");
    expect(first?.[col('transport')]).toBe("'@SUM(A1)");
    expect(second?.[col('justification')]).toBe('a=b');
    expect(second?.[col('requirement')]).toBe(' =1');
    expect(second?.[col('protocol')]).toBe('x-2');
  });

  it('keeps addresses in their own CSV columns, space-separated', () => {
    const csv = toCsv([row({ source: { ...base.source, addresses: ['10.0.0.1', '10.0.0.2'] } })], t);
    const [header, first] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(first?.[header?.indexOf(t('sheet.columns.sourceAddresses')) ?? -1]).toBe('10.0.0.1 10.0.0.2');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes each Markdown row on one line, with newlines, pipes, backslashes and markup escaped', () => {
    const md = toMarkdown(
      [
        row({
          justification: 'line one\r\nline two\n\nthree',
          requirement: 'a|b',
          protocol: 'x\\y',
          transport: '<b>*_`[x]',
          sourcePorts: '',
        }),
      ],
      t,
      'Title\nsecond line',
      'Summary\r\nhere',
    );
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Title second line');
    expect(lines[2]).toBe('Summary here');
    expect(lines).toHaveLength(7 + 1);
    const cells = lines[6]?.split(/(?<!\\) \| /) ?? [];
    // 15 columns: no., source and its addresses, destination and its addresses, protocol, transport,
    // ports, source ports, direction, firewall, requirement, justification, notes, source document.
    expect(cells).toHaveLength(15);
    expect(lines[6]).toContain(' line one line two three ');
    expect(lines[6]).toContain(' a\\|b ');
    expect(lines[6]).toContain(' x\\\\y ');
    expect(lines[6]).toContain(' \\<b\\>\\*\\_\\`\\[x\\] ');
    // An empty cell is a space, so the row keeps its 15 columns.
    expect(lines[6]).toContain('|   |');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('writes JSON source ports only for rules that state them, and paragraph citations', () => {
    const pick = views.filter((v) => ['av-stun-tcp-443-out', 'av-rtp-tcp-out', 'director-sip-5061-edge-internal'].includes(v.rule.id));
    const json = JSON.parse(toJson(pick, index, {}, { title: 'T' }));
    expect(json.title).toBe('T');
    const [rtp, stun, director] = json.rules;
    expect(rtp.id).toBe('av-rtp-tcp-out');
    expect(rtp).not.toHaveProperty('sourcePorts');
    expect(stun.sourcePorts).toEqual([{ from: 50000, to: 59999 }]);
    expect(stun).toMatchObject({ protocol: 'STUN/MSTURN', transport: 'tcp', direction: 'outbound', firewalls: ['external'] });
    expect(stun.source.addresses).toEqual([]);
    expect(director.provenance).toEqual([
      { source: 'jj204648', paragraph: 1 },
      { source: 'jj204983', paragraph: 1 },
      { source: 'jj205179', paragraph: 1 },
    ]);
    expect(rtp.provenance[0]).toEqual({ source: expect.any(String), table: expect.any(Number), row: expect.any(Number) });
  });
});

describe('export layout', () => {
  const t = translator('en');
  it('writes CSV cells unquoted unless needed, and the Markdown title, blank lines and separator row', () => {
    const rows = buildSheetRows(
      views.filter((v) => v.rule.id === 'crl-http-80-out'),
      index,
      'en',
      {},
      t,
    );
    const csv = toCsv(rows, t);
    expect(csv.split('\r\n')[1]?.startsWith('1,Edge Server Access interface,,')).toBe(true);
    const lines = toMarkdown(rows, t, 'T', 'S').split('\n');
    expect(lines.slice(0, 4)).toEqual(['# T', '', 'S', '']);
    expect(lines[5]).toBe(`| ${Array(15).fill('---').join(' | ')} |`);
  });
});
