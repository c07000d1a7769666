#!/usr/bin/env node
// Builds public/data/rules.json from the rule spec (rules.mjs, endpoints.mjs, notes.mjs) and the
// in-repo copy of the source tables (tests/fixtures/sources), quoting every source row verbatim.
// Usage: node scripts/dataset/build.mjs            (writes the file)
//        node scripts/dataset/build.mjs --check    (fails if the file is out of date)
import { readFileSync, writeFileSync } from 'node:fs';
import { endpoints } from './endpoints.mjs';
import { MACHINE_TRANSLATION_ERRATA } from './notes.mjs';
import { rules } from './rules.mjs';

const L = (en, zh) => ({ en, 'zh-TW': zh });
const root = new URL('../../', import.meta.url);
const tables = JSON.parse(readFileSync(new URL('tests/fixtures/sources/lync-server-2013-tables.json', root), 'utf8'));
const prose = JSON.parse(readFileSync(new URL('tests/fixtures/sources/lync-server-2013-paragraphs.json', root), 'utf8'));

/** The source documents in scope, keyed as the rule spec refers to them. */
export const DOCS = {
  S: {
    id: 'jj618373',
    slug: 'lync-server-2013-port-summary-sip-xmpp-federation-and-public-instant-messaging',
    headingZh: '連接埠摘要 - SIP、XMPP 同盟和公用立即訊息',
  },
  P: {
    id: 'jj618376',
    slug: 'lync-server-2013-port-summary-public-instant-messaging-connectivity',
    headingZh: '連接埠摘要 - 公用立即訊息連線',
  },
  X: {
    id: 'jj618371',
    slug: 'lync-server-2013-port-summary-extensible-messaging-and-presence-protocol-xmpp-federation',
    headingZh: '連接埠摘要 - Extensible Messaging and Presence Protocol (XMPP) 同盟',
  },
  SP: {
    id: 'jj204756',
    slug: 'lync-server-2013-port-summary-single-consolidated-edge-with-public-ip-addresses',
    topology: 'single-public',
    headingZh: '連接埠摘要 - 單一合併 Edge (公用 IP 位址)',
  },
  SN: {
    id: 'gg425891',
    slug: 'lync-server-2013-port-summary-single-consolidated-edge-with-private-ip-addresses-using-nat',
    topology: 'single-nat',
    headingZh: '連接埠摘要 - 單一合併 Edge (私人 IP 位址，使用 NAT)',
  },
  DP: {
    id: 'jj205394',
    slug: 'lync-server-2013-port-summary-scaled-consolidated-edge-dns-load-balancing-with-public-ip-addresses',
    topology: 'scaled-dns-public',
    headingZh: '連接埠摘要 - 調整式合併 Edge，DNS 負載平衡 (公用 IP 位址)',
  },
  DN: {
    id: 'gg412756',
    slug: 'lync-server-2013-port-summary-scaled-consolidated-edge-dns-load-balancing-with-private-ip-addresses-using-nat',
    topology: 'scaled-dns-nat',
    headingZh: '連接埠摘要 - 調整式合併 Edge，DNS 負載平衡 (私人 IP 位址，使用 NAT)',
  },
  H: {
    id: 'gg398739',
    slug: 'lync-server-2013-port-summary-scaled-consolidated-edge-with-hardware-load-balancers',
    topology: 'scaled-hlb',
    headingZh: '連接埠摘要 - 調整式合併 Edge (硬體負載平衡器)',
  },
  RP: {
    id: 'jj204932',
    slug: 'lync-server-2013-port-summary-reverse-proxy',
    topology: 'reverse-proxy',
    headingZh: '連接埠摘要 - 反向 Proxy',
  },
  AD: { id: 'jj945642', slug: 'lync-server-2013-port-summary-autodiscover', topology: 'reverse-proxy', headingZh: '連接埠摘要 - 自動探索' },
  DS: {
    id: 'jj204648',
    slug: 'lync-server-2013-port-summary-single-director',
    topology: 'director-single',
    headingZh: '連接埠摘要 - 單一 Director',
  },
  DH: {
    id: 'jj204983',
    slug: 'lync-server-2013-port-summary-scaled-director-pool-hardware-load-balancer',
    topology: 'director-hlb',
    headingZh: '連接埠摘要 - 調整式 Director 集區 (硬體負載平衡器)',
  },
  DD: {
    id: 'jj205179',
    slug: 'lync-server-2013-port-summary-dns-and-hlb-load-balanced',
    topology: 'director-dns-hlb',
    headingZh: '連接埠摘要 - DNS 與 HLB 負載平衡',
  },
  AV: {
    id: 'gg425882',
    slug: 'lync-server-2013-determine-external-a-v-firewall-and-port-requirements',
    headingZh: '判斷外部 A/V 防火牆和連接埠需求',
  },
};

/** Rows that are not firewall rules, with the reason. */
const NOT_RULES = [
  {
    doc: 'AV',
    table: 1,
    rows: [1, 2],
    reason: L(
      'General guidance on UDP (preferred) and TCP (fallback) for A/V media, not a firewall rule; the UDP and TCP rules of the A/V Edge service carry it.',
      'A/V 媒體使用 UDP (慣用) 與 TCP (後援) 的一般說明，不是防火牆規則；A/V Edge Service 的 UDP 與 TCP 規則已涵蓋。',
    ),
  },
];

const TOPOLOGIES = [
  ['single-public', 'Single consolidated Edge, public IP addresses', '單一合併 Edge，公用 IP 位址'],
  ['single-nat', 'Single consolidated Edge, private IP addresses with NAT', '單一合併 Edge，私人 IP 位址 (使用 NAT)'],
  ['scaled-dns-public', 'Scaled consolidated Edge, DNS load balancing, public IP addresses', '調整式合併 Edge，DNS 負載平衡，公用 IP 位址'],
  [
    'scaled-dns-nat',
    'Scaled consolidated Edge, DNS load balancing, private IP addresses with NAT',
    '調整式合併 Edge，DNS 負載平衡，私人 IP 位址 (使用 NAT)',
  ],
  ['scaled-hlb', 'Scaled consolidated Edge, hardware load balancers', '調整式合併 Edge，硬體負載平衡器'],
  ['reverse-proxy', 'Reverse proxy', '反向 Proxy'],
  ['director-single', 'Single Director', '單一 Director'],
  ['director-hlb', 'Scaled Director pool, hardware load balancer', '調整式 Director 集區，硬體負載平衡器'],
  ['director-dns-hlb', 'Director pool, DNS and hardware load balancing', 'Director 集區，DNS 與硬體負載平衡'],
];

const SCENARIOS = [
  ['sip-federation', 'SIP federation', 'SIP 同盟'],
  ['public-im', 'Public IM connectivity', '公用 IM 連線'],
  ['xmpp-federation', 'XMPP federation', 'XMPP 同盟'],
  ['external-access', 'External user access', '外部使用者存取'],
  ['web-conferencing', 'Web conferencing', 'Web 會議'],
  ['av-media', 'A/V media', 'A/V 媒體'],
  ['cms-replication', 'Central Management store replication', '中央管理存放區複寫'],
  ['centralized-logging', 'Centralized logging', '集中式記錄'],
  ['reverse-proxy-web', 'Reverse proxy web services', '反向 Proxy Web 服務'],
  ['autodiscover', 'Autodiscover', '自動探索'],
  ['dns', 'DNS', 'DNS'],
  ['certificate-revocation', 'Certificate revocation checks', '憑證撤銷檢查'],
];

const ROLES = [
  ['access', 'Access Edge service', 'Access Edge Service'],
  ['webconf', 'Web Conferencing Edge service', 'Web 會議 Edge Service'],
  ['av', 'A/V Edge service', 'A/V Edge Service'],
  ['xmpp', 'XMPP proxy (Access Edge)', 'XMPP Proxy (Access Edge)'],
  ['management', 'Management (Central Management store, logging)', '管理 (中央管理存放區、記錄)'],
  ['reverse-proxy', 'Reverse proxy', '反向 Proxy'],
  ['director', 'Director', 'Director'],
];

const PROTOCOLS = [
  ['sip', 'SIP'],
  ['rtp', 'RTP'],
  ['stun-msturn', 'STUN/MSTURN'],
  ['xmpp', 'XMPP'],
  ['psom', 'PSOM'],
  ['http', 'HTTP'],
  ['https', 'HTTPS'],
  ['dns', 'DNS'],
  ['cls', 'CLS'],
];

const docBySlug = new Map(tables.documents.map((d) => [d.slug, d]));

function parseRef(ref) {
  const m = /^([A-Z]+)(?:(\d+)\.(\d+)|¶(\d+))$/.exec(ref);
  if (!m || !DOCS[m[1]]) throw new Error(`bad row reference ${ref}`);
  return m[4] ? { key: m[1], paragraph: Number(m[4]) } : { key: m[1], table: Number(m[2]), row: Number(m[3]) };
}

function cellsOf(key, table, row) {
  const doc = docBySlug.get(DOCS[key].slug);
  const cells = doc?.tables[table - 1]?.rows[row - 1];
  if (!cells) throw new Error(`${key}${table}.${row} does not exist`);
  return { en: cells.map((c) => c.en), 'zh-TW': cells.map((c) => c['zh-TW']) };
}

/** A quoted sentence must be found verbatim, in both languages, in the paragraph it cites. */
function checkQuote(key, paragraph, quote) {
  const text = prose.documents.find((d) => d.id === DOCS[key].id)?.paragraphs[paragraph - 1];
  if (!text) throw new Error(`${key}¶${paragraph} does not exist`);
  for (const lang of ['en', 'zh-TW']) {
    if (!quote?.[lang] || !text[lang].includes(quote[lang])) throw new Error(`${key}¶${paragraph}: ${lang} quote not found verbatim`);
  }
}

/** Errata of a citation: the spec's own, then any known machine-translation error in its cells. */
function errataOf(cells, erratum) {
  const found = MACHINE_TRANSLATION_ERRATA.filter((m) => cells.en.includes(m.en) && cells['zh-TW'].includes(m['zh-TW'])).map(
    (m) => m.erratum,
  );
  const all = [...(erratum ? [erratum] : []), ...found];
  return all.length === 0 ? undefined : { en: all.map((e) => e.en).join(' '), 'zh-TW': all.map((e) => e['zh-TW']).join('') };
}

const joinNotes = (a, b) => (b ? { en: `${a.en} ${b.en}`, 'zh-TW': `${a['zh-TW']}${b['zh-TW']}` } : a);

const topologyOrder = TOPOLOGIES.map(([id]) => id);
const builtRules = rules.map((r) => {
  const refs = r.rows.map((x) => (typeof x === 'string' ? { ref: x } : x));
  const provenance = refs.map(({ ref, erratum, quote }) => {
    const { key, table, row, paragraph } = parseRef(ref);
    const source = DOCS[key].id;
    if (paragraph) {
      checkQuote(key, paragraph, quote);
      return { source, paragraph, quote, ...(erratum ? { erratum } : {}) };
    }
    const cells = cellsOf(key, table, row);
    const errata = errataOf(cells, erratum);
    return { source, table, row, cells, ...(errata ? { erratum: errata } : {}) };
  });
  const topologies = [...new Set(refs.map(({ ref }) => DOCS[parseRef(ref).key].topology).filter(Boolean))].sort(
    (a, b) => topologyOrder.indexOf(a) - topologyOrder.indexOf(b),
  );
  if (topologies.length === 0) throw new Error(`${r.id} has no topology`);
  if (!r.summary) throw new Error(`${r.id} has no summary`);
  const out = {
    id: r.id,
    summary: r.summary,
    scenarios: r.scenarios,
    topologies,
    role: r.role,
    protocol: r.protocol,
    ...(r.security ? { security: r.security } : {}),
    transport: r.transport,
    ports: r.ports,
    ...(r.sourcePorts ? { sourcePorts: r.sourcePorts } : {}),
    source: r.source,
    ...(r.sourceCanBe ? { sourceCanBe: r.sourceCanBe } : {}),
    destination: r.destination,
    ...(r.destinationCanBe ? { destinationCanBe: r.destinationCanBe } : {}),
    notes: joinNotes(r.notes, r.extraNotes),
    requirement: r.requirement,
    legacy: r.legacy,
    provenance,
  };
  return out;
});

// Every in-scope row must be used by a rule or declared as not a rule.
const used = new Set(builtRules.flatMap((r) => r.provenance.filter((p) => p.table).map((p) => `${p.source}/${p.table}/${p.row}`)));
for (const n of NOT_RULES) for (const row of n.rows) used.add(`${DOCS[n.doc].id}/${n.table}/${row}`);
const missing = [];
let rowCount = 0;
for (const [key, doc] of Object.entries(DOCS)) {
  docBySlug.get(doc.slug).tables.forEach((t, ti) => {
    t.rows.forEach((_, ri) => {
      rowCount++;
      if (!used.has(`${doc.id}/${ti + 1}/${ri + 1}`)) missing.push(`${key}${ti + 1}.${ri + 1}`);
    });
  });
}
if (missing.length > 0) throw new Error(`rows not mapped to any rule: ${missing.join(', ')}`);

const endpointIds = new Set(endpoints.map((e) => e.id));
for (const r of builtRules) {
  for (const id of [r.source, r.destination, ...(r.sourceCanBe ?? []), ...(r.destinationCanBe ?? [])]) {
    if (!endpointIds.has(id)) throw new Error(`${r.id}: unknown endpoint ${id}`);
  }
}

const named = ([id, en, zh]) => ({ id, name: L(en, zh) });
const dataset = {
  schemaVersion: 1,
  version: '2026.11.2',
  title: L('Lync Server 2013 perimeter firewall rules', 'Lync Server 2013 周邊網路防火牆規則'),
  product: { id: 'lync-2013', name: L('Lync Server 2013', 'Lync Server 2013') },
  adaptation: L(
    'Adapted from Microsoft’s Lync Server 2013 documentation, © Microsoft, CC BY 4.0: rules restructured from the firewall tables (one per opening, merged across documents; endpoints, topologies, scenarios, requirements, summaries and errata added); zh-TW notes, conditions and errata rewritten from the English in the terms of the human-translated JJ618373; quoted cells and sentences verbatim.',
    '改編自 Microsoft 的 Lync Server 2013 文件，© Microsoft，CC BY 4.0：規則由防火牆表格重新整理 (每個開放項目一條規則，合併各文件的相同項目，並加上端點、拓撲、案例、需求、摘要與勘誤)；zh-TW 附註、條件與勘誤依英文原文、以人工翻譯的 JJ618373 之用語重新撰寫；引用的儲存格與句子保留原文。',
  ),
  sources: Object.entries(DOCS).map(([key, doc]) => {
    const d = docBySlug.get(doc.slug);
    const notRules = NOT_RULES.filter((n) => n.doc === key).map(({ table, rows, reason }) => ({ table, rows, reason }));
    return {
      id: doc.id,
      slug: doc.slug,
      title: d.title,
      heading: L(d.title.en.replace(/\s+/g, ' '), doc.headingZh),
      url: d.technetUrl,
      credit: '© Microsoft, CC BY 4.0',
      license: 'CC-BY-4.0',
      licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
      ...(notRules.length ? { notRules } : {}),
    };
  }),
  topologies: TOPOLOGIES.map(named),
  scenarios: SCENARIOS.map(named),
  roles: ROLES.map(named),
  protocols: PROTOCOLS.map(([id, label]) => ({ id, label })),
  endpoints,
  rules: builtRules,
};

/**
 * The seed subset for tests: the 10 rules of the seed document, in its order, with only what they
 * reference. End-to-end tests of the explorer use it so their expectations stay small and exact.
 */
function seedSubset() {
  const seedId = DOCS.S.id;
  const position = (r) => {
    const p = r.provenance.find((x) => x.source === seedId);
    return p ? p.table * 100 + p.row : undefined;
  };
  const seedRules = builtRules.filter((r) => position(r) !== undefined).sort((a, b) => position(a) - position(b));
  const usedEndpoints = new Set(
    seedRules.flatMap((r) => [r.source, r.destination, ...(r.sourceCanBe ?? []), ...(r.destinationCanBe ?? [])]),
  );
  const usedSources = new Set(seedRules.flatMap((r) => r.provenance.map((p) => p.source)));
  return {
    ...dataset,
    version: `${dataset.version}-seed`,
    sources: dataset.sources.filter((s) => usedSources.has(s.id)),
    endpoints: endpoints.filter((e) => usedEndpoints.has(e.id)),
    rules: seedRules,
  };
}

const outputs = [
  ['public/data/rules.json', dataset],
  ['tests/fixtures/datasets/seed.json', seedSubset()],
];
for (const [path, data] of outputs) {
  const text = `${JSON.stringify(data, null, 2)}\n`;
  const target = new URL(path, root);
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== text) {
      console.error(`${path} is out of date: run node scripts/dataset/build.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(target, text);
  }
}
console.log(
  `${rowCount} source rows in ${Object.keys(DOCS).length} documents → ${builtRules.length} rules, ${endpoints.length} endpoints, ` +
    `${SCENARIOS.length} scenarios, ${TOPOLOGIES.length} topologies`,
);
