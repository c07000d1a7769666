// Why the Skype for Business Server rules differ from the product before: one change note per rule
// and step (`in`: sfb-2015 against lync-2013, sfb-2019 against sfb-2015), with the SfB rows and
// paragraphs that say so. The generator resolves the references like the rules' own.
import { L } from './common.mjs';

const nat = (ids) => ids.flatMap((id) => [id, `${id}-nat`]);

const XMPP_2019 = L(
  'Not supported in Skype for Business Server 2019: “XMPP Gateways and proxies are available in Skype for Business Server 2015 but are no longer supported in Skype for Business Server 2019.”',
  '商務用 Skype Server 2019 不支援：「XMPP 閘道與 Proxy 可用於商務用 Skype Server 2015，但商務用 Skype Server 2019 已不再支援。」',
);

/** The sentence itself, quoted from the system requirements (SR#21) and the DNS planning note (E#102). */
const XMPP_SENTENCE = {
  en: 'XMPP Gateways and proxies are available in Skype for Business Server 2015 but are no longer supported in Skype for Business Server 2019.',
  zh: 'XMPP 的閘道和 proxy 可用於商務用 Skype Server 2015，但在商務用 Skype Server 2019 中已不再支援。',
};
const SR21 = { ref: 'SR#21', ...XMPP_SENTENCE };
const E102 = { ref: 'E#102', ...XMPP_SENTENCE };

/** [change, rule ids, fields (for `changed`), reason, references]; every note of a group shares them. */
const STEP_2015 = [
  [
    'removed',
    nat(['av-rtp-tcp-in', 'av-rtp-udp-in']),
    undefined,
    L(
      'Skype for Business Server lists no inbound RTP 50000-59999 from the Internet to the A/V Edge service: its external tables keep only the outbound RTP rows, now “used for relaying media traffic”. Lync Server 2013 listed the inbound rows only for federation with Office Communications Server 2007.',
      '商務用 Skype Server 沒有列出從網際網路到 A/V Edge Service 的輸入 RTP 50000-59999：其外部表格只保留輸出的 RTP 列，現在寫「用於中繼媒體流量」。Lync Server 2013 列出輸入列，只是為了與 Office Communications Server 2007 同盟。',
    ),
    ['E#137', 'E10.9', 'E10.10', 'E12.4', 'E12.5'],
  ],
  [
    'removed',
    nat(['messenger-rtp-tcp-out', 'messenger-stun-3478-out', 'messenger-stun-3478-in']),
    undefined,
    L(
      'Skype for Business Server has no Windows Live Messenger rows: there is no public IM connectivity table, and the 3478 outbound row no longer names Windows Live Messenger.',
      '商務用 Skype Server 沒有 Windows Live Messenger 的列：沒有公用 IM 連線表格，3478 輸出列也不再提到 Windows Live Messenger。',
    ),
    ['E#137', 'E10.11'],
  ],
  [
    'removed',
    nat(['client-sip-443-in']),
    undefined,
    L(
      'Skype for Business Server has no public IM connectivity table; client-to-server SIP over TLS 443 from the Internet is the Any → Access Edge service row (“Client-to-server SIP traffic for external user access”), rule access-sip-443-in.',
      '商務用 Skype Server 沒有公用 IM 連線表格；來自網際網路的用戶端對伺服器 SIP (TLS 443) 是「任何一個 → Access Edge Service」那一列 (「供外部使用者存取的用戶端對伺服器 SIP 流量」)，即規則 access-sip-443-in。',
    ),
    ['E10.5'],
  ],
  [
    'removed',
    nat(['public-im-sip-5061-in', 'public-im-sip-5061-out']),
    undefined,
    L(
      'Skype for Business Server lists no separate rows for public IM connectivity partners: SIP/MTLS 5061 both ways between Any and the Access Edge service serves “federated and public IM connectivity” (rules access-sip-5061-in and sip-federation-5061-out).',
      '商務用 Skype Server 沒有公用 IM 連線夥伴的獨立列：任何一個與 Access Edge Service 之間雙向的 SIP/MTLS 5061 即用於「同盟與公用 IM 連線」(規則 access-sip-5061-in 與 sip-federation-5061-out)。',
    ),
    ['E10.6', 'E10.7'],
  ],
  [
    'removed',
    ['edge-internal-vip-stun-tcp-443-out'],
    undefined,
    L(
      'The Skype for Business Server internal interface VIP table has five rows and no outbound STUN/MSTURN TCP 443 from the internal VIP; the document now recommends routing through the internal VIP only for Exchange 2007 or 2010 Unified Messaging or legacy clients.',
      '商務用 Skype Server 的內部介面 VIP 表格只有五列，沒有從內部 VIP 輸出的 STUN/MSTURN TCP 443；文件現在建議只在使用 Exchange 2007 或 2010 整合通訊 (UM) 或有舊版用戶端時才經由內部 VIP 路由。',
    ),
    ['E15.5', 'E#151', 'E#152', 'E#153'],
  ],
  [
    'removed',
    ['reverse-proxy-http-8080-director', 'reverse-proxy-http-8080-director-vip'],
    undefined,
    L(
      'Skype for Business Server gives no port 8080 for the Director: its Director and Director load balancer rows list 4443 “from reverse proxy” but not 8080, and the 80 → 8080 bridging is given for the Front End pool’s external web services only.',
      '商務用 Skype Server 沒有列出 Director 的連接埠 8080：Director 與 Director 負載平衡器的列只有「來自反向 Proxy」的 4443，沒有 8080；80 → 8080 的橋接只針對前端集區的外部 Web 服務。',
    ),
    ['PP2.20', 'PP3.6', 'SR2.2'],
  ],
  [
    'removed',
    ['reverse-proxy-https-443-office-web-apps'],
    undefined,
    L(
      'The Skype for Business Server reverse proxy publishes the external web services of the Director or Director pool and of the Front End Server or Front End pool; Office Web Apps Server appears only as a server Skype for Business Server connects to on port 443, not behind the reverse proxy.',
      '商務用 Skype Server 的反向 Proxy 發行的是 Director 或 Director 集區，以及前端伺服器或前端集區的外部 Web 服務；Office Web Apps Server 只以商務用 Skype Server 在連接埠 443 連線的伺服器出現，不在反向 Proxy 後方。',
    ),
    ['SR#34', 'SR#35', 'SR#36', 'PP1.41'],
  ],
  [
    'removed',
    ['director-cls-50001-50003'],
    undefined,
    L(
      'Skype for Business Server has no Director port summary; its Director ports include no Centralized Logging Service ports, which it gives only for the Edge internal interface (TCP 50001-50003).',
      '商務用 Skype Server 沒有 Director 連接埠摘要；其 Director 連接埠不含集中式記錄服務的連接埠，只在內部 Edge Server 介面列出 (TCP 50001-50003)。',
    ),
    ['E11.9', 'E13.6'],
  ],
  ...[
    'hybrid-sip-5061-out',
    'hybrid-sip-5061-in',
    'hybrid-stun-tcp-out',
    'hybrid-stun-tcp-in',
    'hybrid-stun-udp-3478-out',
    'hybrid-stun-udp-3478-in',
  ].map((id, i) => [
    'added',
    [id, `${id}-nat`, ...(id.startsWith('hybrid-sip') ? [`${id}-vip`] : [])],
    undefined,
    L(
      'New: the port and protocol requirements for hybrid connectivity between the on-premises Edge Server and Office 365 (Skype for Business Online or Teams). The hybrid document also lists Lync Server 2013 deployments as supported, but the Lync Server 2013 documents this dataset is compared with have no such table.',
      '新增：內部部署 Edge Server 與 Office 365 (商務用 Skype Online 或 Teams) 混合式連線的連接埠與通訊協定需求。混合式文件也將 Lync Server 2013 部署列為支援的拓撲，但用來比較的 Lync Server 2013 文件沒有這個表格。',
    ),
    [`HY2.${i + 1}`],
  ]),
  [
    'added',
    ['front-end-https-444-director', 'front-end-https-444-director-vip'],
    undefined,
    L(
      'Skype for Business Server lists HTTPS 444 on the Director itself for inter-server communication between Front End and Director (and on the Director load balancer when only hardware load balancing is used); the Lync Server 2013 Director port summaries gave only the Director → Front End direction.',
      '商務用 Skype Server 在 Director 本身列出 HTTPS 444，用於前端與 Director 之間的伺服器間通訊 (只使用硬體負載平衡時也列在 Director 負載平衡器上)；Lync Server 2013 的 Director 連接埠摘要只列出 Director → 前端的方向。',
    ),
    ['PP1.43', 'PP2.18'],
  ],
  ...[
    ['tcp', 9, 4, 'TCP: Office Communications Server 2007 and later', 'TCP：Office Communications Server 2007 及之後版本'],
    ['udp', 10, 5, 'UDP: Office Communications Server 2007 only', 'UDP：僅 Office Communications Server 2007'],
  ].map(([transport, row, hlbRow, en, zh]) => [
    'changed',
    nat([`av-rtp-${transport}-out`]),
    ['requirement', 'notes', 'scenarios'],
    L(
      `Skype for Business Server: “This is used for relaying media traffic.” Lync Server 2013 made this rule conditional on federation (${en}); the Skype for Business rows state no condition, so the rule is required and serves external users’ A/V as well as federation.`,
      `商務用 Skype Server：「這是用於中繼媒體流量。」Lync Server 2013 將此規則限定於同盟 (${zh})；商務用 Skype 的列沒有條件，因此規則為必要，並同時用於外部使用者的 A/V 與同盟。`,
    ),
    [`E10.${row}`, `E12.${hlbRow}`],
  ]),
  [
    'changed',
    nat(['av-stun-udp-3478-out']),
    ['notes'],
    L(
      'The 3478 outbound row no longer names Windows Live Messenger or Office Communications Server 2007 R2: it is used to determine the Edge Server version, for media between Edge Servers, for federation with Lync Server 2010 and when several Edge pools are deployed.',
      '3478 輸出列不再提到 Windows Live Messenger 或 Office Communications Server 2007 R2：用於判斷 Edge Server 版本、Edge Server 之間的媒體、與 Lync Server 2010 同盟，以及部署多個 Edge 集區時。',
    ),
    ['E10.11', 'E12.6'],
  ],
  ...[
    ['av-stun-udp-3478-out', ['sourcePorts'], 11, 6],
    ['av-stun-tcp-443-out', ['sourcePorts', 'notes'], 14, 9],
  ].map(([id, fields, row, hlbRow]) => [
    'changed',
    nat([id]),
    fields,
    L(
      'The Skype for Business Server Edge tables have no source-port column and state no source port for this rule; the Lync Server 2013 source ports came from its A/V firewall and port requirements document, which has no counterpart among the Skype for Business documents used here.',
      '商務用 Skype Server 的 Edge 表格沒有來源連接埠欄，也沒有為此規則註明來源連接埠；Lync Server 2013 的來源連接埠來自其 A/V 防火牆與連接埠需求文件，此處使用的商務用 Skype 文件中沒有對應的文件。',
    ),
    [`E10.${row}`, `E12.${hlbRow}`],
  ]),
  [
    'changed',
    ['director-sip-5061-edge-internal'],
    ['notes'],
    L(
      'Skype for Business Server lists this opening in the Edge internal port table, with the Director, Director pool, Front End Server and Front End pool as sources; the Lync Server 2013 Director documents stated it only in their text.',
      '商務用 Skype Server 在 Edge 內部連接埠表格中列出這個開放項目，來源為 Director、Director 集區、前端伺服器與前端集區；Lync Server 2013 的 Director 文件只在內文中說明。',
    ),
    ['E11.2'],
  ],
  [
    'changed',
    ['xmpp-gateway-23456-out'],
    ['notes'],
    L(
      'Skype for Business Server adds: “XMPP Gateways and proxies are available in Skype for Business Server 2015 but are no longer supported in Skype for Business Server 2019.”',
      '商務用 Skype Server 加註：「XMPP 閘道與 Proxy 可用於商務用 Skype Server 2015，但商務用 Skype Server 2019 已不再支援。」',
    ),
    ['E11.1', 'E13.1'],
  ],
  ...[
    ['edge-internal-sip-5061-in', 2],
    ['edge-internal-sip-5061-out', 3],
    ['edge-internal-av-auth-5062', 5],
  ].map(([id, row]) => [
    'changed',
    [id],
    ['topologies', 'notes'],
    L(
      'With hardware load balancers, Skype for Business Server recommends routing through the internal VIP only for Exchange 2007 or 2010 Unified Messaging or legacy clients; otherwise the Central Management store routes traffic to the individual Edge Server, so this rule also applies to each Edge Server of a hardware-load-balanced pool.',
      '使用硬體負載平衡器時，商務用 Skype Server 建議只在使用 Exchange 2007 或 2010 整合通訊 (UM) 或有舊版用戶端時經由內部 VIP 路由；否則由中央管理存放區將流量路由到個別 Edge Server，因此此規則也適用於硬體負載平衡集區中的每部 Edge Server。',
    ),
    [`E11.${row}`, 'E#151', 'E#152', 'E#153', 'E#154'],
  ]),
  [
    'changed',
    [
      'edge-internal-vip-sip-5061-in',
      'edge-internal-vip-sip-5061-out',
      'edge-internal-vip-av-auth-5062',
      'edge-internal-vip-stun-udp-3478',
      'edge-internal-vip-stun-tcp-443-in',
    ],
    ['requirement'],
    L(
      'Skype for Business Server now recommends routing through the internal VIP only for Exchange 2007 or Exchange 2010 Unified Messaging or legacy clients using the Edge; otherwise the Central Management store routes traffic to the individual Edge Server. The internal VIP rules are therefore optional.',
      '商務用 Skype Server 現在建議只在使用 Exchange 2007 或 Exchange 2010 整合通訊 (UM)，或有舊版用戶端使用 Edge 時經由內部 VIP 路由；否則由中央管理存放區將流量路由到個別 Edge Server。內部 VIP 規則因此為選用。',
    ),
    ['E#151', 'E#152', 'E#153', 'E#154'],
  ],
  [
    'changed',
    ['edge-internal-psom-8057'],
    ['sourceCanBe'],
    L(
      'The Skype for Business Server source list is the Front End Server or each Front End Server in the Front End pool; the Director is no longer listed.',
      '商務用 Skype Server 的來源清單為前端伺服器或前端集區中的每一部前端伺服器；不再列出 Director。',
    ),
    ['E11.4', 'E13.3'],
  ],
  [
    'changed',
    ['edge-internal-cls-50001-50003'],
    ['notes'],
    L(
      'Skype for Business Server names the Skype for Business Server Management Shell for the Centralized Logging Service cmdlets.',
      '商務用 Skype Server 寫的是商務用 Skype Server 管理命令介面 (集中式記錄服務 Cmdlet)。',
    ),
    ['E11.9'],
  ],
  [
    'changed',
    ['edge-internal-cls-50001-50003'],
    ['topologies'],
    L(
      'The Lync Server 2013 single Director port summary repeated the Edge’s Centralized Logging Service rows; Skype for Business Server has no Director port summary and gives these ports only in the Edge tables, so the rule is no longer listed for the single Director topology.',
      'Lync Server 2013 的單一 Director 連接埠摘要重複列出 Edge 的集中式記錄服務列；商務用 Skype Server 沒有 Director 連接埠摘要，只在 Edge 表格列出這些連接埠，因此規則不再列於單一 Director 拓撲。',
    ),
    ['E11.9', 'E13.6'],
  ],
  [
    'changed',
    ['access-sip-5061-in-vip'],
    ['notes'],
    L(
      'The note reads “For federated and public IM connectivity using SIP.” (Lync Server 2013: “SIP signaling, federated and public IM connectivity using SIP.”).',
      '附註為「適用於使用 SIP 的同盟與公用 IM 連線。」(Lync Server 2013：「SIP 訊號，以及使用 SIP 的同盟與公用 IM 連線。」)。',
    ),
    ['E14.4'],
  ],
  [
    'changed',
    ['access-sip-5061-out-vip'],
    ['destination', 'notes'],
    L(
      'The destination is “Any” (Lync Server 2013: “Federated partner”), and the note reads “For federated and public IM connectivity using SIP.”',
      '目的地為「任何一個」(Lync Server 2013：「同盟夥伴」)，附註為「適用於使用 SIP 的同盟與公用 IM 連線。」',
    ),
    ['E14.5'],
  ],
  [
    'changed',
    ['av-stun-udp-3478-in-vip', 'av-stun-tcp-443-in-vip'],
    ['notes'],
    L(
      'The Skype for Business Server hardware load balancer requirements for the A/V Edge service: publicly routable IP addresses with no NAT or port translation on the external interface, and TCP nagling off for port 443 and ports 50000-59999. The Lync Server 2013 note on source NAT at the load balancer is not in these documents.',
      '商務用 Skype Server 對 A/V Edge Service 的硬體負載平衡器需求：外部介面使用公開可路由的 IP 位址，不可有 NAT 或連接埠轉譯，且連接埠 443 與 50000-59999 須關閉 TCP Nagling。Lync Server 2013 關於負載平衡器來源 NAT 的附註不在這些文件中。',
    ),
    ['SR#61', 'SR#62', 'SR#65'],
  ],
  [
    'changed',
    ['reverse-proxy-http-80-in', 'reverse-proxy-http-8080-front-end'],
    ['notes', 'requirement'],
    L(
      'Skype for Business Server says the reverse proxy “should allow bridging of unencrypted TCP traffic from one port (for example, TCP 80) to another (for example, TCP 8080)” and monitors 80 → 8080 on the Front End pool’s load balancer; it no longer ties port 80 to HTTPS redirection, Office Web Apps or mobile Autodiscover.',
      '商務用 Skype Server 表示反向 Proxy「應允許將未加密的 TCP 流量從一個連接埠 (例如 TCP 80) 橋接到另一個連接埠 (例如 TCP 8080)」，並在前端集區的負載平衡器上監視 80 → 8080；不再將連接埠 80 與 HTTPS 重新導向、Office Web Apps 或行動裝置自動探索連在一起。',
    ),
    ['SR#45', 'SR2.2', 'PP1.13'],
  ],
  [
    'changed',
    ['reverse-proxy-https-443-in'],
    ['notes'],
    L(
      'Skype for Business Server lists what the reverse proxy gives external users: simple URLs for meetings and dial-in conferences, meeting content, distribution groups, user certificates, the Address Book, client and device updates, and Autodiscover and push notifications for mobile devices; Office Web Apps is no longer listed.',
      '商務用 Skype Server 列出反向 Proxy 為外部使用者提供的功能：以簡單 URL 加入會議與撥入式會議、會議內容、通訊群組、使用者憑證、通訊錄、用戶端與裝置更新，以及行動裝置的自動探索與推播通知；不再列出 Office Web Apps。',
    ),
    ['SR#23', 'SR#24', 'SR#25', 'SR#26', 'SR#27', 'SR#28', 'SR#29', 'SR#31', 'SR#32'],
  ],
  [
    'changed',
    ['reverse-proxy-https-4443-front-end'],
    ['notes'],
    L(
      'Skype for Business Server gives the 443 → 4443 bridging as a reverse proxy requirement, lists 4443 “HTTPS (from Reverse Proxy)” on the Front End Servers and their load balancer, and asks for a firewall rule allowing 4443 from the reverse proxy to the next hop pool’s load balancer.',
      '商務用 Skype Server 將 443 → 4443 的橋接列為反向 Proxy 的需求，在前端伺服器及其負載平衡器列出 4443「HTTPS (來自反向 Proxy)」，並要求防火牆允許從反向 Proxy 到下一個躍點集區負載平衡器的 4443。',
    ),
    ['SR#44', 'PP1.14', 'PP2.7', 'SR#83'],
  ],
  [
    'changed',
    ['internal-clients-http-80-director', 'internal-clients-https-443-director'],
    ['notes'],
    L(
      'Skype for Business Server lists ports 80 and 443 on the Director for its Web Compatibility service (IIS web components); the Lync Server 2013 wording “The Director provides web services to internal and external clients” is not in these documents.',
      '商務用 Skype Server 在 Director 上列出 Web 相容性服務 (IIS Web 元件) 的連接埠 80 與 443；Lync Server 2013 的說法「Director 為內部與外部用戶端提供 Web 服務」不在這些文件中。',
    ),
    ['PP1.44', 'PP1.45'],
  ],
  [
    'changed',
    ['internal-clients-http-80-director-vip', 'internal-clients-https-443-director-vip'],
    ['notes'],
    L(
      'Skype for Business Server asks for internal ports 80 and 443 (source-address persistence) on the internal web services VIPs of the Director and Front End pools; the Lync Server 2013 wording “The Director provides web services to internal as well as external clients” is not in these documents.',
      '商務用 Skype Server 要求在 Director 與前端集區的內部 Web 服務 VIP 上設定內部連接埠 80 與 443 (來源位址持續性)；Lync Server 2013 的說法「Director 為內部與外部用戶端提供 Web 服務」不在這些文件中。',
    ),
    ['SR#80', 'SR#81', 'PP2.17'],
  ],
];

const STEP_2019 = [
  ['removed', nat(['xmpp-5269-in']), undefined, XMPP_2019, ['E10.1', SR21, E102]],
  ['removed', nat(['xmpp-5269-out']), undefined, XMPP_2019, ['SR#18', SR21, E102]],
  ['removed', ['xmpp-5269-in-vip'], undefined, XMPP_2019, ['E14.1', SR21]],
  ['removed', ['xmpp-5269-out-vip'], undefined, XMPP_2019, ['E14.2', SR21]],
  ['removed', ['xmpp-gateway-23456-out'], undefined, XMPP_2019, ['E11.1', 'E13.1', SR21]],
];

/** The rows of the SfB tables that sfb-2019 no longer maps to a rule. */
export const NOT_IN_2019 = [
  { doc: 'E', table: 10, rows: [1] },
  { doc: 'E', table: 11, rows: [1] },
  { doc: 'E', table: 13, rows: [1] },
  { doc: 'E', table: 14, rows: [1, 2] },
].map((entry) => ({ ...entry, reason: XMPP_2019 }));

const expand = (step, product) =>
  step.flatMap(([change, ids, fields, reason, refs]) => ids.map((rule) => ({ rule, change, in: product, fields, reason, refs })));

/** The change notes each product's dataset carries: its own step and every earlier one. */
export const HISTORY = {
  'sfb-2015': { products: ['lync-2013', 'sfb-2015'], notes: expand(STEP_2015, 'sfb-2015') },
  'sfb-2019': {
    products: ['lync-2013', 'sfb-2015', 'sfb-2019'],
    notes: [...expand(STEP_2015, 'sfb-2015'), ...expand(STEP_2019, 'sfb-2019')],
  },
};
