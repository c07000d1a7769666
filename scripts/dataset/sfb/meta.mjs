// The Skype for Business Server source documents, the rows that are not rules, and the vocabularies
// (the Lync Server 2013 ids and names, so a topology or scenario means the same in every product).
import { L } from './common.mjs';

/** The source documents, keyed as the rule spec refers to them. */
export const DOCS = {
  E: { id: 'sfb-edge-environmental-requirements', slug: 'sfb-server-edge-environmental-requirements' },
  PP: { id: 'sfb-ports-and-protocols', slug: 'sfb-server-ports-and-protocols' },
  SR: { id: 'sfb-edge-system-requirements', slug: 'sfb-server-edge-system-requirements' },
  HY: { id: 'sfb-hybrid-connectivity', slug: 'sfb-server-2019-plan-hybrid-connectivity' },
};

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const except = (total, mapped) => range(1, total).filter((row) => !mapped.includes(row));

const INTERNAL_LB = L(
  'Load balancer ports of the Front End and Mediation Server pools for traffic inside the internal network, which the perimeter firewalls do not carry.',
  '前端集區與轉送伺服器集區負載平衡器在內部網路中的連接埠，不經過周邊網路防火牆。',
);

/** Rows that are not firewall rules, with the reason. */
export const NOT_RULES = [
  {
    doc: 'E',
    table: 1,
    rows: range(1, 5),
    reason: L(
      'Summary of Edge Server topology options (high availability, DNS records, failover): planning guidance, not firewall rules.',
      'Edge Server 拓撲選項摘要 (高可用性、DNS 記錄、容錯移轉)：規劃指引，不是防火牆規則。',
    ),
  },
  ...[2, 3].map((table) => ({
    doc: 'E',
    table,
    rows: range(1, 4),
    reason: L(
      'Number of IP addresses per Edge pool size: addressing guidance, not firewall rules.',
      '依 Edge 集區大小所需的 IP 位址數量：位址規劃指引，不是防火牆規則。',
    ),
  })),
  ...[
    [4, 6],
    [5, 6],
    [6, 1],
    [7, 2],
  ].map(([table, rows]) => ({
    doc: 'E',
    table,
    rows: range(1, rows),
    reason: L(
      'DNS records to publish (record type, FQDN, address), not firewall rules; the Edge’s own DNS queries are the rules dns-tcp-53-out and dns-udp-53-out.',
      '要發佈的 DNS 記錄 (記錄類型、FQDN、位址)，不是防火牆規則；Edge 本身的 DNS 查詢是規則 dns-tcp-53-out 與 dns-udp-53-out。',
    ),
  })),
  {
    doc: 'E',
    table: 8,
    rows: [1, 2],
    reason: L('Certificate subject and alternative names, not firewall rules.', '憑證主體名稱與主體別名，不是防火牆規則。'),
  },
  {
    doc: 'E',
    table: 9,
    rows: [1, 2],
    reason: L(
      'General guidance on UDP (preferred) and TCP (fallback) for A/V media, not a firewall rule; the UDP and TCP rules of the A/V Edge service carry it.',
      'A/V 媒體使用 UDP (慣用) 與 TCP (後援) 的一般說明，不是防火牆規則；A/V Edge Service 的 UDP 與 TCP 規則已涵蓋。',
    ),
  },
  {
    doc: 'PP',
    table: 1,
    rows: except(53, [13, 14, 41, 42, 43, 44, 45, 46]),
    reason: L(
      'Ports on internal servers for traffic between internal servers and clients inside the organization (Front End, Mediation Server, Persistent Chat, SQL Browser…), which the perimeter firewalls do not carry; the Lync Server 2013 counterpart of this document was likewise read as context only.',
      '內部伺服器之間及組織內用戶端使用的內部伺服器連接埠 (前端、轉送伺服器、Persistent Chat、SQL Browser…)，不經過周邊網路防火牆；此文件在 Lync Server 2013 的對應文件同樣只作為背景參考。',
    ),
  },
  {
    doc: 'PP',
    table: 1,
    rows: [41],
    reason: L(
      'Office Web Apps Server port 443, used by Skype for Business Server to connect to it inside the internal network; the documents do not publish Office Web Apps Server through the reverse proxy.',
      'Office Web Apps Server 的連接埠 443，供商務用 Skype Server 在內部網路中連線；文件並未經由反向 Proxy 發行 Office Web Apps Server。',
    ),
  },
  {
    doc: 'PP',
    table: 1,
    rows: [42],
    reason: L(
      'Director port 5060, optionally used inside the internal network for static routes to trusted services such as remote call control servers; the document adds that Skype for Business Server no longer uses TCP port 5060 otherwise.',
      'Director 的連接埠 5060，可選擇在內部網路中用於到受信任服務 (例如遠端通話控制伺服器) 的靜態路由；文件補充說明商務用 Skype Server 在其他情況下已不再使用 TCP 連接埠 5060。',
    ),
  },
  { doc: 'PP', table: 2, rows: except(20, [7, 17, 18, 19, 20]), reason: INTERNAL_LB },
  { doc: 'PP', table: 3, rows: [1, 2, 3], reason: INTERNAL_LB },
  {
    doc: 'PP',
    table: 4,
    rows: range(1, 12),
    reason: L(
      'Ports on the client computer: the client setup creates these operating-system firewall exceptions. The perimeter rules for external users are the Edge rows (rules access-sip-443-in, webconf-psom-443-in, av-stun-tcp-443-in, av-stun-udp-3478-in).',
      '用戶端電腦上的連接埠：用戶端安裝程式會建立這些作業系統防火牆例外。外部使用者的周邊網路規則是 Edge 的列 (規則 access-sip-443-in、webconf-psom-443-in、av-stun-tcp-443-in、av-stun-udp-3478-in)。',
    ),
  },
  {
    doc: 'PP',
    table: 5,
    rows: range(1, 15),
    reason: L(
      'Recommended IPsec exceptions (no authentication for media traffic), not firewall openings.',
      '建議的 IPsec 例外 (媒體流量不驗證)，不是防火牆開口。',
    ),
  },
  {
    doc: 'SR',
    table: 1,
    rows: [1, 2, 3],
    reason: L('Load balancer affinity requirements, not firewall rules.', '負載平衡器相似性需求，不是防火牆規則。'),
  },
  {
    doc: 'HY',
    table: 1,
    rows: [1, 2],
    reason: L('DNS records that hybrid connectivity needs, not firewall rules.', '混合式連線所需的 DNS 記錄，不是防火牆規則。'),
  },
];

export const PRODUCTS = {
  'sfb-2015': {
    name: L('Skype for Business Server 2015', '商務用 Skype Server 2015'),
    title: L('Skype for Business Server 2015 perimeter firewall rules', '商務用 Skype Server 2015 周邊網路防火牆規則'),
  },
  'sfb-2019': {
    name: L('Skype for Business Server 2019', '商務用 Skype Server 2019'),
    title: L('Skype for Business Server 2019 perimeter firewall rules', '商務用 Skype Server 2019 周邊網路防火牆規則'),
  },
};

export const ADAPTATION = L(
  'Adapted from Microsoft’s Skype for Business Server documentation, © Microsoft, CC BY 4.0: the firewall rules, endpoints, topologies, notes, summaries and change reasons are our reading of the documents; cited table cells and sentences are quoted verbatim (zh-TW from Microsoft’s machine translation), and the zh-TW notes were rewritten from the English.',
  '改編自 Microsoft 商務用 Skype Server 文件，© Microsoft，CC BY 4.0：防火牆規則、端點、拓撲、附註、摘要與變更原因是我們對文件的解讀；引用的表格儲存格與句子為逐字引用 (zh-TW 來自 Microsoft 的機器翻譯)，zh-TW 附註則依英文重新撰寫。',
);

export const TOPOLOGIES = [
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

export const SCENARIOS = [
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
  ['hybrid', 'Hybrid connectivity with Office 365', '與 Office 365 的混合式連線'],
];

export const ROLES = [
  ['access', 'Access Edge service', 'Access Edge Service'],
  ['webconf', 'Web Conferencing Edge service', 'Web 會議 Edge Service'],
  ['av', 'A/V Edge service', 'A/V Edge Service'],
  ['xmpp', 'XMPP proxy (Access Edge)', 'XMPP Proxy (Access Edge)'],
  ['management', 'Management (Central Management store, logging)', '管理 (中央管理存放區、記錄)'],
  ['reverse-proxy', 'Reverse proxy', '反向 Proxy'],
  ['director', 'Director', 'Director'],
];

export const PROTOCOLS = [
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
