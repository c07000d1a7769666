import { describe, expect, it } from 'vitest';
import { indexDataset, resolveRules } from '../../src/shared/domain/rules';
import {
  buildSheetRows,
  citedSources,
  citeProvenance,
  describeFilters,
  exportFilename,
  neededOpenings,
  sheetRules,
} from '../../src/shared/domain/sheet';
import { filtersFrom, loadShippedDataset, translator } from './helpers';

const dataset = loadShippedDataset();
const index = indexDataset(dataset);
const views = resolveRules(index);
const addresses = {
  'edge-internal': ['10.45.16.10', '10.45.16.11'],
  'internal-any': ['10.0.0.0/8'],
  'av-edge-external-nat': ['172.25.33.10'],
};

describe('sheet rows', () => {
  // Rows are built inside each test, so mutation testing (per-test coverage) sees the tests that check them.
  const rowsOf = () => buildSheetRows(views, index, 'zh-TW', addresses, translator('zh-TW'));
  it('numbers the rules and resolves names and addresses in the language', () => {
    const gateway = rowsOf().find((r) => r.ruleId === 'xmpp-gateway-23456-out');
    expect(gateway).toMatchObject({
      source: { name: '任何一個 (內部網路)', addresses: ['10.0.0.0/8'] },
      destination: { name: '內部 Edge Server 介面', addresses: ['10.45.16.10', '10.45.16.11'] },
      protocol: 'XMPP (MTLS)',
      transport: 'TCP',
      ports: '23456',
      direction: '輸出',
      firewall: '內部',
    });
    expect(gateway?.requirement).toMatch(/^選用：|^選用: /);
    expect(rowsOf().map((r) => r.no)).toEqual(rowsOf().map((_, i) => i + 1));
  });

  it('uses the selection when there is one', () => {
    expect(sheetRules(views.slice(0, 3), views, []).length).toBe(3);
    expect(sheetRules([], views, ['xmpp-5269-in', 'client-sip-443-in']).map((v) => v.rule.id)).toEqual([
      'xmpp-5269-in',
      'client-sip-443-in',
    ]);
  });
});

describe('filter summary and file names', () => {
  const state = filtersFrom({ facets: { topology: ['single-nat'], direction: ['inbound'] }, port: '443', hideLegacy: true });
  it('says the filters in words', () => {
    const label = (facet: string, id: string) => (facet === 'topology' ? index.topologyName(id, 'en') : id);
    expect(describeFilters(state, label, translator('en'))).toBe(
      'Deployment (topology): Single consolidated Edge, private IP addresses with NAT; Direction: inbound; Port or range: 443; Discontinued rules (Windows Live Messenger) hidden',
    );
    expect(describeFilters(filtersFrom(), label, translator('en'))).toBe('none (all rules)');
  });
  it('names files with the date and the filter', () => {
    expect(exportFilename(filtersFrom(), '2026-11-23', 'csv')).toBe('lync-edge-rules-2026-11-23.csv');
    expect(exportFilename(state, '2026-11-23', 'md')).toBe('lync-edge-rules-single-nat-inbound-port-443-2026-11-23.md');
  });
});

describe('sheet wording', () => {
  it('cites each source document once, with its tables and rows', () => {
    const t = translator('en');
    expect(
      citeProvenance(
        [
          { source: 'jj204756', table: 1, row: 1 },
          { source: 'jj204756', table: 5, row: 1 },
          { source: 'jj205394', table: 1, row: 1 },
        ],
        t,
      ),
    ).toBe('JJ204756 t1 r1, t5 r1; JJ205394 t1 r1');
    expect(citeProvenance([{ source: 'gg398739', table: 3, row: 2 }], translator('zh-TW'))).toBe('GG398739 表3列2');
  });
  it('lists the cited documents in dataset order', () => {
    const xmpp = views.filter((v) => v.rule.scenarios.includes('xmpp-federation'));
    const cited = citedSources(xmpp, index).map((s) => s.id);
    expect(cited.length).toBeGreaterThan(0);
    const order = dataset.sources.map((s) => s.id);
    expect([...cited].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(cited);
    for (const id of cited) expect(xmpp.some((v) => v.rule.provenance.some((p) => p.source === id))).toBe(true);
  });
  it('writes conditions and filter summaries with the punctuation of each language', () => {
    const optional = views.find((v) => v.rule.requirement.level === 'optional' && v.rule.requirement.condition);
    if (!optional) throw new Error('no optional rule');
    const [en] = buildSheetRows([optional], index, 'en', {}, translator('en'));
    const [zh] = buildSheetRows([optional], index, 'zh-TW', {}, translator('zh-TW'));
    expect(en?.requirement).toMatch(/^Optional: \S/);
    expect(zh?.requirement).toMatch(/^選用：\S/);
    const state = filtersFrom({ facets: { direction: ['inbound'], transport: ['tcp', 'udp'] }, q: 'edge' });
    const label = (_facet: string, id: string) => id;
    expect(describeFilters(state, label, translator('zh-TW'))).toBe('方向：inbound；傳輸：tcp、udp；搜尋：「edge」');
  });
});

describe('only the openings needed', () => {
  const byId = (id: string) => views.find((v) => v.rule.id === id)!;
  it('leaves out rules another rule of the request covers and lists them under it', () => {
    const request = ['access-sip-443-in', 'client-sip-443-in', 'xmpp-5269-in'].map(byId);
    const { rules, covered } = neededOpenings(request);
    expect(rules.map((r) => r.rule.id)).toEqual(['access-sip-443-in', 'xmpp-5269-in']);
    expect([...covered].map(([id, list]) => [id, list.map((r) => r.rule.id)])).toEqual([['access-sip-443-in', ['client-sip-443-in']]]);
  });
  it('keeps a covered rule when the rule that covers it is not part of the request', () => {
    const { rules, covered } = neededOpenings([byId('client-sip-443-in')]);
    expect(rules.map((r) => r.rule.id)).toEqual(['client-sip-443-in']);
    expect(covered.size).toBe(0);
  });
});

describe('sheet row fields for paper', () => {
  it('says the requirement in one word, keeps the condition apart and lists the cited documents', () => {
    const [row] = buildSheetRows([views.find((v) => v.rule.id === 'xmpp-5269-in')!], index, 'en', {}, translator('en'));
    expect(row?.requirementShort).toBe('Optional');
    expect(row?.condition).toBe(dataset.rules.find((r) => r.id === 'xmpp-5269-in')?.requirement.condition?.en);
    expect(row?.justification).toBe("XMPP federation: partners' servers to the XMPP proxy");
    expect(row?.documentIds).toEqual(['jj618373', 'jj618371', 'jj204756', 'jj205394']);
  });
});

describe('sheet columns from the dataset', () => {
  const t = translator('en');
  const rowsOf = () => buildSheetRows(views, index, 'en', {}, t);
  const row = (id: string) => rowsOf().find((r) => r.ruleId === id);

  it('fills the source-ports column exactly for the rules that state source ports', () => {
    // public/data/rules.json: the A/V Edge STUN rules state source ports (TCP 50000-59999, UDP 3478), in each twin.
    expect(row('av-stun-tcp-443-out')?.sourcePorts).toBe('50000-59999');
    expect(row('av-stun-udp-3478-out')?.sourcePorts).toBe('3478');
    expect(row('av-stun-tcp-443-out-nat')?.sourcePorts).toBe('50000-59999');
    expect(
      rowsOf()
        .filter((r) => r.sourcePorts !== '')
        .map((r) => r.ruleId),
    ).toEqual(['av-stun-udp-3478-out', 'av-stun-tcp-443-out', 'av-stun-udp-3478-out-nat', 'av-stun-tcp-443-out-nat']);
  });

  it('writes direction, firewall, requirement, justification and source document in words', () => {
    expect(row('xmpp-5269-in')).toMatchObject({
      no: 1,
      source: { id: 'internet-any', name: 'Any (Internet)', addresses: [] },
      destination: { id: 'access-edge-external' },
      protocol: 'XMPP',
      transport: 'TCP',
      ports: '5269',
      direction: 'Inbound',
      firewall: 'External',
      requirement: 'Optional: Only if XMPP federation is deployed (the XMPP proxy on the Edge Server is optional).',
      sourceDocument: 'JJ618373 t3 r1; JJ618371 t1 r1; JJ204756 t1 r1, t5 r1; JJ205394 t1 r1, t5 r1',
    });
    expect(row('crl-http-80-out')?.requirement).toBe('Required');
    expect(row('xmpp-5269-in')?.justification).toBe("XMPP federation: partners' servers to the XMPP proxy");
    expect(row('xmpp-5269-in')?.notes).toMatch(/^Standard server-to-server communication port for XMPP\. /);
    expect(row('director-https-444-front-end')?.firewall).toBe('None');
    // Internal network → perimeter is outbound (to a less trusted zone), whatever the rule's id says.
    expect(row('edge-internal-sip-5061-in')?.direction).toBe('Outbound');
    expect(row('edge-internal-sip-5061-out')?.direction).toBe('Inbound');
    expect(row('edge-internal-sip-5061-out')?.firewall).toBe('Internal');
    expect(row('reverse-proxy-http-8080-front-end')?.firewall).toBe('Internal');
    expect(row('director-https-444-front-end')?.direction).toBe('Internal only');
    // A rule stated only in prose cites paragraphs.
    expect(row('director-sip-5061-edge-internal')?.sourceDocument).toBe('JJ204648 ¶1; JJ204983 ¶1; JJ205179 ¶1');
  });

  it('writes "Optional" for an optional rule without a condition', () => {
    const plain = { ...views[0], rule: { ...views[0]?.rule, requirement: { level: 'optional' } } } as (typeof views)[number];
    expect(buildSheetRows([plain], index, 'en', {}, t)[0]?.requirement).toBe('Optional');
  });

  it('describes the port filter and a search in words', () => {
    const label = (_facet: string, id: string) => id;
    expect(describeFilters(filtersFrom({ port: '50000-59999', q: '  edge  ' }), label, t)).toBe(
      'Port or range: 50000-59999; Search: “edge”',
    );
  });
});

describe('export file names', () => {
  it('are link-safe whatever the ids: lowercase letters, digits and single dashes', () => {
    const state = filtersFrom({ facets: { topology: ['Single NAT'], scenario: ['a/b?c'], direction: ['--x--'] }, port: '50000-59999' });
    expect(exportFilename(state, '2026-11-23', 'csv')).toBe('lync-edge-rules-single-nat-a-b-c-x-port-50000-59999-2026-11-23.csv');
  });

  it('cut a long slug at 60 characters without a trailing dash', () => {
    const state = filtersFrom({ facets: { scenario: ['sip-federation', 'xmpp-federation', 'public-im', 'external-access', 'av-media'] } });
    const name = exportFilename(state, '2026-11-23', 'json');
    const slug = name.slice('lync-edge-rules-'.length, -'-2026-11-23.json'.length);
    expect(slug).toBe('sip-federation-xmpp-federation-public-im-external-access-av');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(exportFilename(filtersFrom({ facets: { scenario: [`${'a'.repeat(59)}-b`] } }), 'd', 'md')).toBe(
      `lync-edge-rules-${'a'.repeat(59)}-d.md`,
    );
  });

  it('leave out the facets that are not main filters', () => {
    expect(exportFilename(filtersFrom({ facets: { role: ['av'], protocol: ['sip'] }, q: 'edge' }), '2026-11-23', 'csv')).toBe(
      'lync-edge-rules-2026-11-23.csv',
    );
  });
});

describe('export file name edges', () => {
  it('drops dashes at both ends of the slug', () => {
    expect(exportFilename(filtersFrom({ facets: { scenario: ['-x-'] } }), 'd', 'csv')).toBe('lync-edge-rules-x-d.csv');
  });
});
