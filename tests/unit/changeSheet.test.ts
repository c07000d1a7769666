/** The comparison as an upgrade change request (changeSheet.ts, changeFields.ts, changeFacets.ts) on the shipped products. */
import { describe, expect, it } from 'vitest';
import { countComparisonFacets, legacyItems } from '../../src/shared/domain/changeFacets';
import { buildChangeSheet, changeSources, type Sides } from '../../src/shared/domain/changeSheet';
import { compareDatasets, filterComparison } from '../../src/shared/domain/compare';
import type { Filters } from '../../src/shared/domain/filters';
import { indexDataset } from '../../src/shared/domain/rules';
import type { Dataset, Language } from '../../src/shared/domain/schema';
import { filtersFrom, loadShippedDataset, readJson, translator } from './helpers';

const lync = loadShippedDataset();
const sfb2019 = readJson<Dataset>('public/data/sfb-2019.json');
const singlePublic = filtersFrom({ facets: { topology: ['single-public'] } });

function sheetOf(from: Dataset, to: Dataset, filters: Filters, lang: Language = 'en') {
  const sides: Sides = { from: indexDataset(from), to: indexDataset(to) };
  const items = filterComparison(compareDatasets(from, to).items, filters);
  return { sides, items, sheet: buildChangeSheet(items, sides, lang, { 'edge-internal': ['10.0.0.5'] }, translator(lang)) };
}

describe('the upgrade change request, Lync Server 2013 → Skype for Business Server 2019, single consolidated Edge with public IPs', () => {
  const { sheet, sides } = sheetOf(lync, sfb2019, singlePublic);
  const entry = (id: string) => [...sheet.add, ...sheet.close, ...sheet.change].find((e) => e.id === id);

  it('has the three sections, numbered from 1, and counts what stays', () => {
    expect([sheet.add.length, sheet.close.length, sheet.change.length, sheet.unchanged]).toEqual([6, 11, 6, 15]);
    expect(sheet.close.map((e) => e.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('gives each opening the request sheet’s row: the new rule to add, the old one to close, both for a modification', () => {
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
    const [reason] = entry('xmpp-5269-in')?.reasons ?? [];
    expect([reason?.change, reason?.step, reason?.reversed, reason?.dataset]).toEqual(['removed', 'sfb-2019', false, 'to']);
    expect(reason?.text).toContain('no longer supported in Skype for Business Server 2019');
    expect(reason?.citations[0]?.documentTitle).toBe(sides.to.source(reason?.citations[0]?.documentId ?? '')?.title.en);
    expect(reason?.citations.every((c) => c.quote.length > 0 && c.url?.startsWith('https://learn.microsoft.com/'))).toBe(true);
    expect([...sheet.add, ...sheet.close, ...sheet.change].flatMap((e) => e.unexplained)).toEqual([]);
  });

  it('lists every cited document once, in the order first cited', () => {
    const sources = changeSources(sheet, sides, 'en');
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    expect(sources.map((s) => s.id)).toContain('jj204756');
    expect(sources.map((s) => s.id)).toContain('sfb-hybrid-connectivity');
    expect(sources[0]?.id).toBe('sfb-hybrid-connectivity');
  });
});

describe('in Traditional Chinese', () => {
  const { sheet } = sheetOf(lync, sfb2019, singlePublic, 'zh-TW');
  it('quotes the hybrid tables, which have no zh-TW cells, in English and says so', () => {
    const citation = sheet.add[0]?.reasons[0]?.citations[0];
    expect([citation?.quoteLang, citation?.quote]).toEqual(['en', 'SIP (MTLS) | TCP | Access Edge | Office 365 | Any | 5061 | Signaling']);
    const translated = sheet.close.flatMap((e) => e.reasons.flatMap((r) => r.citations)).find((c) => c.place.startsWith('表格'));
    expect(translated?.quoteLang).toBe('zh-TW');
  });
});

describe('compared backwards, Skype for Business Server 2019 → Lync Server 2013', () => {
  const { sheet } = sheetOf(sfb2019, lync, singlePublic);
  it('swaps additions and closures and marks every reason as reversed', () => {
    expect([sheet.add.length, sheet.close.length, sheet.change.length]).toEqual([11, 6, 6]);
    const reasons = [...sheet.add, ...sheet.close, ...sheet.change].flatMap((e) => e.reasons);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((r) => r.reversed && r.dataset === 'from')).toBe(true);
  });
});

describe('the filter panel on the changes page', () => {
  const items = compareDatasets(lync, sfb2019).items;
  it('counts, for each value, the openings the page would list with it (the facet’s own selection ignored)', () => {
    const counts = countComparisonFacets(items, filtersFrom({ facets: { topology: ['single-public'], scenario: ['hybrid'] } }));
    expect(counts.scenario.get('hybrid')).toBe(6);
    expect(counts.scenario.get('xmpp-federation')).toBe(3);
    expect(counts.topology.get('single-public')).toBe(6);
    expect(counts.topology.get('single-nat')).toBe(6);
  });

  it('makes “my single NAT Edge, external firewall only” one set of filters', () => {
    const view = filterComparison(items, filtersFrom({ facets: { topology: ['single-nat'], firewall: ['external'] } }));
    const listed = view.filter((i) => i.kind !== 'same');
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.every((i) => [i.from, i.to].some((v) => v?.firewalls.includes('external') && v.topologies.includes('single-nat')))).toBe(
      true,
    );
    expect(listed.map((i) => i.id)).toContain('hybrid-sip-5061-out-nat');
  });

  it('counts the legacy openings on either side', () => {
    expect(legacyItems(items).length).toBeGreaterThan(0);
    expect(legacyItems(items).every((i) => i.id.startsWith('messenger-'))).toBe(true);
  });
});
