/** The comparison as an upgrade change request (changeSheet.ts, changeFields.ts, changeFacets.ts) on the shipped products. */
import { describe, expect, it } from 'vitest';
import { countComparisonFacets, legacyItems } from '../../src/shared/domain/changeFacets';
import {
  buildChangeSheet,
  type ChangeSheet,
  changeSources,
  citationView,
  reasonText,
  reasonView,
  type Sides,
} from '../../src/shared/domain/changeSheet';
import { type ChangeReason, type ComparisonItem, compareDatasets, filterComparison } from '../../src/shared/domain/compare';
import type { Filters } from '../../src/shared/domain/filters';
import { indexDataset, resolveRules } from '../../src/shared/domain/rules';
import type { ChangeField, Dataset, Language } from '../../src/shared/domain/schema';
import { filtersFrom, loadShippedDataset, readJson, translator } from './helpers';

const lync = loadShippedDataset();
const sfb2019 = readJson<Dataset>('public/data/sfb-2019.json');
const singlePublic = () => filtersFrom({ facets: { topology: ['single-public'] } });

function sheetOf(from: Dataset, to: Dataset, filters: Filters, lang: Language = 'en') {
  const sides: Sides = { from: indexDataset(from), to: indexDataset(to) };
  const items = filterComparison(compareDatasets(from, to).items, filters);
  return { sides, items, sheet: buildChangeSheet(items, sides, lang, { 'edge-internal': ['10.0.0.5'] }, translator(lang)) };
}

describe('the upgrade change request, Lync Server 2013 → Skype for Business Server 2019, single consolidated Edge with public IPs', () => {
  // Built inside each test (not when the file loads), so that mutation testing links the code to the tests.
  const build = () => sheetOf(lync, sfb2019, singlePublic());
  const entryOf = (sheet: ChangeSheet) => (id: string) => [...sheet.add, ...sheet.close, ...sheet.change].find((e) => e.id === id);

  it('has the three sections, numbered from 1, and counts what stays', () => {
    const { sheet } = build();
    expect([sheet.add.length, sheet.close.length, sheet.change.length, sheet.unchanged]).toEqual([6, 11, 6, 15]);
    expect(sheet.close.map((e) => e.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('gives each opening the request sheet’s row: the new rule to add, the old one to close, both for a modification', () => {
    const entry = entryOf(build().sheet);
    const add = entry('hybrid-sip-5061-out');
    expect([add?.old, add?.new?.ports, add?.new?.destination.name]).toEqual([
      undefined,
      '5061',
      'Office 365 (Skype for Business Online, Teams)',
    ]);
    const close = entry('xmpp-5269-in');
    expect([close?.new, close?.old?.ports, close?.old?.protocol]).toEqual([undefined, '5269', 'XMPP']);
    const change = entry('edge-internal-cls-50001-50003');
    expect(change?.old?.source.addresses).toEqual([]);
    expect(change?.new?.destination.addresses).toEqual(['10.0.0.5']);
  });

  it('says each changed field in words, old and new', () => {
    const entry = entryOf(build().sheet);
    expect(
      entry('av-stun-udp-3478-out')
        ?.diffs.map((d) => [d.label, d.from, d.to])
        .slice(0, 1),
    ).toEqual([['Source port(s)', '3478', '—']]);
    expect(entry('av-rtp-tcp-out')?.diffs.find((d) => d.field === 'requirement')?.to).toBe('Required');
    const psom = entry('edge-internal-psom-8057')?.diffs;
    expect(psom?.map((d) => d.field)).toEqual(['sourceCanBe']);
    expect([psom?.[0]?.from, psom?.[0]?.to]).toEqual([
      'Front End Server or Front End pool, Director or Director pool',
      'Front End Server or Front End pool',
    ]);
  });

  it('gives the reasons with their step, direction and citations, resolved against the dataset that cites them', () => {
    const { sheet, sides } = build();
    const entry = entryOf(sheet);
    const [reason] = entry('xmpp-5269-in')?.reasons ?? [];
    expect([reason?.change, reason?.step, reason?.reversed, reason?.dataset]).toEqual(['removed', 'sfb-2019', false, 'to']);
    expect(reason?.text).toContain('no longer supported in Skype for Business Server 2019');
    expect(reason?.citations[0]?.documentTitle).toBe(sides.to.source(reason?.citations[0]?.documentId ?? '')?.title.en);
    expect(reason?.citations.every((c) => c.quote.length > 0 && c.url?.startsWith('https://learn.microsoft.com/'))).toBe(true);
    expect([...sheet.add, ...sheet.close, ...sheet.change].flatMap((e) => e.unexplained)).toEqual([]);
  });

  it('lists every cited document once, in the order first cited', () => {
    const { sheet, sides } = build();
    const sources = changeSources(sheet, sides, 'en');
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    expect(sources.map((s) => s.id)).toContain('jj204756');
    expect(sources.map((s) => s.id)).toContain('sfb-hybrid-connectivity');
    expect(sources[0]?.id).toBe('sfb-hybrid-connectivity');
  });
});

describe('in Traditional Chinese', () => {
  it('quotes the hybrid tables, which have no zh-TW cells, in English and says so', () => {
    const { sheet } = sheetOf(lync, sfb2019, singlePublic(), 'zh-TW');
    const citation = sheet.add[0]?.reasons[0]?.citations[0];
    expect([citation?.quoteLang, citation?.quote]).toEqual(['en', 'SIP (MTLS) | TCP | Access Edge | Office 365 | Any | 5061 | Signaling']);
    const translated = sheet.close.flatMap((e) => e.reasons.flatMap((r) => r.citations)).find((c) => c.place.startsWith('表格'));
    expect(translated?.quoteLang).toBe('zh-TW');
  });
});

describe('compared backwards, Skype for Business Server 2019 → Lync Server 2013', () => {
  it('swaps additions and closures and marks every reason as reversed', () => {
    const { sheet } = sheetOf(sfb2019, lync, singlePublic());
    expect([sheet.add.length, sheet.close.length, sheet.change.length]).toEqual([11, 6, 6]);
    const reasons = [...sheet.add, ...sheet.close, ...sheet.change].flatMap((e) => e.reasons);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((r) => r.reversed && r.dataset === 'from')).toBe(true);
  });
});

describe('the filter panel on the changes page', () => {
  const comparison = () => compareDatasets(lync, sfb2019).items;
  it('counts, for each value, the openings the page would list with it (the facet’s own selection ignored)', () => {
    const counts = countComparisonFacets(comparison(), filtersFrom({ facets: { topology: ['single-public'], scenario: ['hybrid'] } }));
    expect(counts.scenario.get('hybrid')).toBe(6);
    expect(counts.scenario.get('xmpp-federation')).toBe(3);
    expect(counts.topology.get('single-public')).toBe(6);
    expect(counts.topology.get('single-nat')).toBe(6);
  });

  it('makes “my single NAT Edge, external firewall only” one set of filters', () => {
    const view = filterComparison(comparison(), filtersFrom({ facets: { topology: ['single-nat'], firewall: ['external'] } }));
    const listed = view.filter((i) => i.kind !== 'same');
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.every((i) => [i.from, i.to].some((v) => v?.firewalls.includes('external') && v.topologies.includes('single-nat')))).toBe(
      true,
    );
    expect(listed.map((i) => i.id)).toContain('hybrid-sip-5061-out-nat');
  });

  it('counts the legacy openings on either side', () => {
    const items = comparison();
    expect(legacyItems(items).length).toBeGreaterThan(0);
    expect(legacyItems(items).every((i) => i.id.startsWith('messenger-'))).toBe(true);
  });

  it('counts only the topologies the openings carry, and nothing when a product is compared with itself', () => {
    const counts = countComparisonFacets(comparison(), filtersFrom());
    expect([...counts.topology.keys()].sort()).toEqual([
      'director-dns-hlb',
      'director-hlb',
      'director-single',
      'reverse-proxy',
      'scaled-dns-nat',
      'scaled-dns-public',
      'scaled-hlb',
      'single-nat',
      'single-public',
    ]);
    const same = compareDatasets(lync, lync).items;
    expect(Object.values(countComparisonFacets(same, filtersFrom())).map((m) => m.size)).toEqual(Object.keys(counts).map(() => 0));
    expect(legacyItems(same)).toEqual([]);
  });
});

/** The parts of a dataset a citation reads: one source document. */
const withSource = (title: string) =>
  indexDataset({
    sources: [{ id: 'doc', slug: 'doc', title: { en: title, 'zh-TW': `${title}（中文）` }, url: `https://example.org/${title}` }],
    endpoints: [],
    scenarios: [],
    roles: [],
    protocols: [],
    rules: [],
  } as unknown as Dataset);
const keys = (key: string, options?: Record<string, unknown>) => (options ? `[${key}|${Object.values(options).join('|')}]` : `[${key}]`);
const cells = (en: string[], zh: string[]) => ({ source: 'doc', table: 3, row: 7, cells: { en, 'zh-TW': zh } });
const note = { en: 'Note', 'zh-TW': '說明' };

describe('a citation in the reader’s words', () => {
  it('quotes a table row’s non-empty cells, in the reader’s language when the document has them', () => {
    expect(citationView({ ...cells(['SIP', '', 'TCP'], ['工作階段', '', '']), erratum: note }, withSource('Doc'), 'zh-TW', keys)).toEqual({
      documentId: 'doc',
      documentTitle: 'Doc（中文）',
      url: 'https://example.org/Doc',
      place: '[table.tableRow|3|7]',
      quote: '工作階段',
      quoteLang: 'zh-TW',
      erratum: '說明',
    });
  });

  it('quotes the English cells, marked English, when the document has no text in the reader’s language', () => {
    const view = citationView(cells(['SIP', '', 'TCP'], ['', '']), withSource('Doc'), 'zh-TW', keys);
    expect([view.quote, view.quoteLang, 'erratum' in view]).toEqual(['SIP | TCP', 'en', false]);
  });

  it('quotes a paragraph, and names an unknown document by its id, without a link', () => {
    const paragraph = { source: 'gone', paragraph: 12, quote: { en: 'Open 443.', 'zh-TW': '開啟 443。' } };
    expect(citationView(paragraph, withSource('Doc'), 'en', keys)).toEqual({
      documentId: 'gone',
      documentTitle: 'gone',
      place: '[table.paragraph|12]',
      quote: 'Open 443.',
      quoteLang: 'en',
    });
    expect('url' in citationView(paragraph, withSource('Doc'), 'en', keys)).toBe(false);
  });
});

describe('a reason in the reader’s words', () => {
  const reason = (dataset: 'from' | 'to', fields?: ChangeField[]): ChangeReason => ({
    change: 'changed',
    in: 'sfb-2019',
    reversed: false,
    ...(fields ? { fields } : {}),
    reason: { en: 'Because.', 'zh-TW': '因為。' },
    provenance: [cells(['A'], ['甲'])],
    dataset,
  });
  const sides = () => ({ from: withSource('Old'), to: withSource('New') });

  it('cites the documents of the dataset the note comes from, and lists no fields when the note names none', () => {
    const view = reasonView(reason('from'), sides(), 'en', keys);
    expect([view.fields, view.text, view.step, view.dataset, view.citations[0]?.documentTitle]).toEqual([
      [],
      'Because.',
      'sfb-2019',
      'from',
      'Old',
    ]);
    const later = reasonView(reason('to', ['ports']), sides(), 'zh-TW', keys);
    expect([later.fields, later.text, later.citations[0]?.documentTitle]).toEqual([['ports'], '因為。', 'New（中文）']);
  });

  it('puts a reason in one line: its step, its text, then its citations', () => {
    const view = reasonView({ ...reason('to'), provenance: [cells(['A'], []), cells(['B', 'C'], [])] }, sides(), 'en', keys);
    const product = (id: string) => `<${id}>`;
    expect(reasonText(view, keys, product)).toBe(
      '[changes.reasonStep.changed|<sfb-2019>] Because. [changes.citedList|[changes.cited]|' +
        '[changes.citation|New|[table.tableRow|3|7]|[changes.quote|A]][summary.separator]' +
        '[changes.citation|New|[table.tableRow|3|7]|[changes.quote|B | C]]]',
    );
    expect(reasonText({ ...view, reversed: true, citations: [] }, keys, product)).toBe(
      '[changes.reasonReversed|<sfb-2019>] Because. [changes.citedList|[changes.cited]|]',
    );
  });
});

describe('the sections of a hand-made comparison', () => {
  it('gives an addition only its new row and a closure only its old one, even when the filters made a modification one', () => {
    const index = indexDataset(lync);
    const [rule] = resolveRules(index);
    const both = (kind: ComparisonItem['kind']): ComparisonItem => ({
      id: rule!.rule.id,
      kind,
      from: rule,
      to: rule,
      changes: [],
      reasons: [],
    });
    const sheet = buildChangeSheet([both('add'), both('close')], { from: index, to: index }, 'en', {}, keys);
    expect([sheet.add[0]?.old, sheet.add[0]?.new?.ports]).toEqual([undefined, '5269']);
    expect([sheet.close[0]?.new, sheet.close[0]?.old?.ports]).toEqual([undefined, '5269']);
  });

  it('numbers each section from 1, counts what stays, and falls back to the id for a summary', () => {
    const item = (id: string, kind: ComparisonItem['kind']): ComparisonItem => ({ id, kind, changes: [], reasons: [] });
    const sides = { from: withSource('Old'), to: withSource('New') };
    const items = [item('a', 'add'), item('b', 'same'), item('c', 'add'), item('d', 'close'), item('e', 'same')];
    const sheet = buildChangeSheet(items, sides, 'en', {}, keys);
    expect(sheet.add.map((e) => [e.no, e.id, e.summary, e.unexplained])).toEqual([
      [1, 'a', 'a', ['kind']],
      [2, 'c', 'c', ['kind']],
    ]);
    expect([sheet.close.map((e) => [e.no, e.id]), sheet.change, sheet.unchanged]).toEqual([[[1, 'd']], [], 2]);
  });
});
