// Rule notes and requirement conditions. English follows the source documents; zh-TW starts from
// Microsoft's machine translation, corrected against the English and written with the seed
// document's terms (連接埠, 通訊協定, 同盟, 公用 IM 連線, 用戶端, 前端伺服器/前端集區 ...).
const L = (en, zh) => ({ en, 'zh-TW': zh });

export const NOTES = {
  federationSip: L('For federated and public IM connectivity using SIP.', '適用於使用 SIP 的同盟與公用 IM 連線。'),
  federationSipVip: L('SIP signaling, federated and public IM connectivity using SIP.', 'SIP 訊號，以及使用 SIP 的同盟與公用 IM 連線。'),
  clientSip: L('Client-to-server SIP traffic for external user access.', '供外部使用者存取的用戶端對伺服器 SIP 流量。'),
  messengerRtp: L(
    'Used for A/V sessions with Windows Live Messenger if public IM connectivity is configured.',
    '如果設定的是公用 IM 連線，則用於與 Windows Live Messenger 的 A/V 工作階段。',
  ),
  messengerStun: L(
    'Required for public IM connectivity with Windows Live Messenger.',
    '與 Windows Live Messenger 的公用 IM 連線必須使用。',
  ),
  xmppIn: L(
    'Standard server-to-server communication port for XMPP. Allows communication to the Edge Server XMPP proxy from federated XMPP partners (the XMPP proxy shares the Access Edge service IP address).',
    'XMPP 的標準伺服器對伺服器通訊連接埠。允許從同盟 XMPP 夥伴到 Edge Server XMPP Proxy 的通訊 (XMPP Proxy 與 Access Edge Service 共用 IP 位址)。',
  ),
  xmppOut: L(
    'Standard server-to-server communication port for XMPP. Allows communication from the Edge Server XMPP proxy to federated XMPP partners.',
    'XMPP 的標準伺服器對伺服器通訊連接埠。允許從 Edge Server XMPP Proxy 到同盟 XMPP 夥伴的通訊。',
  ),
  xmppGateway: L(
    'Internal XMPP traffic from the XMPP Gateway on the Front End Server or Front End pool to the Edge Server internal interface (each Edge pool member’s internal IP address). The source documents say "Any"; it can be narrowed to the Front End Server or pool running the XMPP Gateway service.',
    '從前端伺服器或前端集區上的 XMPP 閘道至 Edge Server 內部介面 (每個 Edge 集區成員的內部 IP 位址) 的內部 XMPP 流量。來源文件寫「任何一個」，可限縮為執行 XMPP 閘道服務的前端伺服器或前端集區。',
  ),
  crl: L('Certificate revocation (CRL) check and retrieval.', '憑證撤銷 (CRL) 檢查與擷取。'),
  dnsTcp: L('DNS query over TCP.', '透過 TCP 的 DNS 查詢。'),
  dnsUdp: L('DNS query over UDP.', '透過 UDP 的 DNS 查詢。'),
  webconfMedia: L('Web conferencing media.', 'Web 會議媒體。'),
  rtpTcpOut: L(
    'Required for federating with partners running Office Communications Server 2007, Office Communications Server 2007 R2, Lync Server 2010 and Lync Server 2013.',
    '與執行 Office Communications Server 2007、Office Communications Server 2007 R2、Lync Server 2010 和 Lync Server 2013 的夥伴同盟時需要。',
  ),
  rtpOcs2007: L(
    'Required only for federation with partners running Office Communications Server 2007.',
    '僅在與執行 Office Communications Server 2007 的夥伴同盟時需要。',
  ),
  stunUdpOut: L(
    '3478 outbound is used to determine the version of Edge Server that Lync Server is communicating with and also for media traffic from Edge Server to Edge Server. Required for federation with Lync Server 2010, Windows Live Messenger and Office Communications Server 2007 R2, and also if multiple Edge pools are deployed within a company.',
    '輸出的 UDP 3478 用來判斷 Lync Server 通訊對象的 Edge Server 版本，也用於 Edge Server 對 Edge Server 的媒體流量。與 Lync Server 2010、Windows Live Messenger 和 Office Communications Server 2007 R2 同盟時需要；公司內部署多個 Edge 集區時也需要。',
  ),
  stunUdpIn: L('STUN/TURN negotiation of candidates over UDP/3478.', '透過 UDP/3478 進行 STUN/TURN 候選位址交涉。'),
  stunTcp: L('STUN/TURN negotiation of candidates over TCP/443.', '透過 TCP/443 進行 STUN/TURN 候選位址交涉。'),
  stunTcpOutSourcePorts: L(
    'STUN/TURN negotiation of candidates over TCP/443. The A/V requirements document states the source ports: TCP 50000-59999 on the A/V Edge service.',
    '透過 TCP/443 進行 STUN/TURN 候選位址交涉。A/V 需求文件註明來源連接埠為 A/V Edge Service 上的 TCP 50000-59999。',
  ),
  internalSipOut: L(
    'SIP traffic from the Director, Director pool, Front End Server or Front End pool to the Edge Server internal interface.',
    '從 Director、Director 集區、前端伺服器或前端集區到 Edge Server 內部介面的 SIP 流量。',
  ),
  internalSipIn: L(
    'SIP traffic from the Edge Server internal interface to the Director, Director pool, Front End Server or Front End pool.',
    '從 Edge Server 內部介面到 Director、Director 集區、前端伺服器或前端集區的 SIP 流量。',
  ),
  psom: L(
    'Web conferencing traffic from the Front End Server (each Front End Server in a pool) to the Edge Server internal interface.',
    '從前端伺服器 (集區中的每一部前端伺服器) 到 Edge Server 內部介面的 Web 會議流量。',
  ),
  avAuth: L(
    'Authentication of A/V users (A/V authentication service) from the Front End Server or pool, or any Survivable Branch Appliance or Survivable Branch Server using this Edge Server.',
    '來自前端伺服器或前端集區，或使用此 Edge Server 之任何 Survivable Branch Appliance 或 Survivable Branch Server 的 A/V 使用者驗證 (A/V 驗證服務)。',
  ),
  stunInternalUdp: L(
    'Preferred path for A/V media transfer between internal and external users (and Survivable Branch Appliances or Servers).',
    '內部與外部使用者 (以及 Survivable Branch Appliance 或 Server) 之間 A/V 媒體傳輸的慣用路徑。',
  ),
  stunInternalTcp: L(
    'Fallback path for A/V media transfer between internal and external users (and Survivable Branch Appliances or Servers) if UDP communication cannot be established; TCP is used for file transfer and desktop sharing.',
    '無法建立 UDP 通訊時，內部與外部使用者 (以及 Survivable Branch Appliance 或 Server) 之間 A/V 媒體傳輸的後援路徑；檔案傳輸與桌面共用使用 TCP。',
  ),
  cms: L('Replication of changes from the Central Management store to the Edge Server.', '從中央管理存放區將變更複寫到 Edge Server。'),
  cls: L(
    'Centralized Logging Service: controller (Lync Server Management Shell cmdlets, ClsController.exe) and agent (ClsAgent.exe) commands and log collection.',
    '集中式記錄服務：控制器 (Lync Server 管理命令介面 Cmdlet、ClsController.exe) 與代理程式 (ClsAgent.exe) 的命令及記錄收集。',
  ),
  rpHttp: L(
    'Redirection to HTTPS if the user enters http://<publishedSiteFQDN>. Also required for Office Web Apps for conferencing and for the Autodiscover Service for mobile devices when the organization does not want to modify the external web service publishing rule certificate.',
    '使用者輸入 http://<publishedSiteFQDN> 時重新導向至 HTTPS。若組織不想修改外部 Web 服務發行規則的憑證，則會議用的 Office Web Apps 與行動裝置的自動探索服務也需要此連接埠。',
  ),
  rpHttps: L(
    'Address book downloads, Address Book Web Query service, Autodiscover, client updates, meeting content, device updates, group expansion, Office Web Apps for conferencing, dial-in conferencing, and meetings.',
    '通訊錄下載、通訊錄 Web 查詢服務、自動探索、用戶端更新、會議內容、裝置更新、群組展開、會議用的 Office Web Apps、撥入式會議與線上會議。',
  ),
  rp8080: L(
    'Required for the Autodiscover Service for mobile devices when the organization does not want to modify the external web service publishing rule certificate. Traffic sent to port 80 on the reverse proxy external interface is forwarded from the reverse proxy internal interface to the pool on port 8080, so the pool web services can tell it from internal web traffic.',
    '若組織不想修改外部 Web 服務發行規則的憑證，行動裝置的自動探索服務需要此連接埠。送到反向 Proxy 外部介面連接埠 80 的流量，會從反向 Proxy 內部介面轉送到集區的連接埠 8080，讓集區的 Web 服務能與內部 Web 流量區分。',
  ),
  rp4443: L(
    'Traffic sent to port 443 on the reverse proxy external interface is forwarded from the reverse proxy internal interface to the pool on port 4443, so the pool web services can tell it from internal web traffic.',
    '送到反向 Proxy 外部介面連接埠 443 的流量，會從反向 Proxy 內部介面轉送到集區的連接埠 4443，讓集區的 Web 服務能與內部 Web 流量區分。',
  ),
  rpOwa: L('Office Web Apps for conferencing, published through the reverse proxy.', '透過反向 Proxy 發行的會議用 Office Web Apps。'),
  directorWeb: L(
    'Initially received by the external side of the reverse proxy, the communication is sent on to the Director and Front End Server web services.',
    '通訊先由反向 Proxy 的外部端接收，再轉送到 Director 與前端伺服器的 Web 服務。',
  ),
  directorSipToEdge: L(
    'SIP from the Director (and from the Front End pool and Front End Server) to the Edge Server internal interface. The Director documents require it in their text; their tables give only the other direction.',
    '從 Director (以及前端集區與前端伺服器) 到 Edge Server 內部介面的 SIP 通訊。Director 文件在內文中要求此規則；其表格只列出反方向。',
  ),
  director444: L('Inter-server communication between the Director and the Front End Server.', 'Director 與前端伺服器之間的伺服器間通訊。'),
  directorClients: L('The Director provides web services to internal and external clients.', 'Director 為內部與外部用戶端提供 Web 服務。'),
  directorSip: L(
    'SIP communication from the Edge Server to the Director and the Front End Server.',
    '從 Edge Server 到 Director 與前端伺服器的 SIP 通訊。',
  ),
};

export const NAT_NOTE = L(
  'In this topology the Edge Server’s external interface has a private IP address and NAT provides the public one: for traffic from the Internet NAT changes the destination from the NAT-enabled public IP address to the interface’s private address; for traffic to the Internet it changes the source back to the public address. NAT must be symmetric (the same public address inbound and outbound).',
  '在此拓撲中，Edge Server 外部介面使用私人 IP 位址，由 NAT 提供公用 IP 位址：來自網際網路的流量，NAT 會將目的地從啟用 NAT 的公用 IP 位址轉換為介面的私人位址；送往網際網路的流量，則將來源轉換回公用位址。NAT 必須對稱 (輸入與輸出使用相同的公用位址)。',
);

export const NAT_AV_NOTE = L(
  'A/V Edge service behind NAT: inbound, only the destination changes (NAT-enabled public IP address → the A/V Edge service’s private external address) and the source IP address must stay intact so the A/V Edge service can find the optimal media path; outbound, the source changes back to the public IP address.',
  'NAT 後方的 A/V Edge Service：輸入流量只變更目的地 (啟用 NAT 的公用 IP 位址 → A/V Edge Service 的私人外部位址)，來源 IP 位址必須保持不變，A/V Edge Service 才能找出最佳媒體路徑；輸出流量則將來源變更回公用 IP 位址。',
);

export const HLB_AV_NOTE = L(
  'Hardware load balancing: the A/V Edge service must answer with the real server address, not the VIP, so do not configure source NAT (SNAT) on the load balancer for A/V traffic.',
  '硬體負載平衡：A/V Edge Service 必須以實際伺服器位址回應 (而非 VIP)，因此不可在負載平衡器上為 A/V 流量設定來源 NAT (SNAT)。',
);

export const CONDITIONS = {
  federation: L('Only if federation or public IM connectivity is enabled.', '僅在啟用同盟或公用 IM 連線時需要。'),
  publicIm: L('Only if public IM connectivity is configured.', '僅在設定公用 IM 連線時需要。'),
  messenger: L(
    'Only if public IM connectivity with Windows Live Messenger is configured (legacy).',
    '僅在已設定與 Windows Live Messenger 的公用 IM 連線時需要 (舊版)。',
  ),
  xmpp: L(
    'Only if XMPP federation is deployed (the XMPP proxy on the Edge Server is optional).',
    '僅在部署 XMPP 同盟時需要 (Edge Server 上的 XMPP Proxy 為選用)。',
  ),
  ocs2007: L('Only for federation with Office Communications Server 2007.', '僅在與 Office Communications Server 2007 同盟時需要。'),
  avFederation: L(
    'Only for A/V federation (Office Communications Server 2007 or 2007 R2, Lync Server 2010 or 2013 partners).',
    '僅在 A/V 同盟 (夥伴執行 Office Communications Server 2007 或 2007 R2、Lync Server 2010 或 2013) 時需要。',
  ),
  cls: L('Only if you use the Centralized Logging Service.', '僅在使用集中式記錄服務時需要。'),
  httpRedirect: L(
    'Only for HTTP-to-HTTPS redirection, or for Office Web Apps and mobile Autodiscover without changing the publishing certificate.',
    '僅在需要將 HTTP 重新導向至 HTTPS，或在不修改發行憑證的情況下使用 Office Web Apps 與行動裝置自動探索時需要。',
  ),
  autodiscover8080: L(
    'Only for the Autodiscover Service for mobile devices without changing the publishing certificate.',
    '僅在不修改發行憑證的情況下使用行動裝置自動探索服務時需要。',
  ),
  owa: L('Only if Office Web Apps for conferencing is published.', '僅在發行會議用的 Office Web Apps 時需要。'),
  director: L(
    'Needed when a Director is deployed, as in the Director topologies. The reverse proxy document calls the Director optional: without one, the reverse proxy forwards to the Front End pool instead.',
    '部署 Director 時需要 (如 Director 拓撲)。反向 Proxy 文件將 Director 列為選用：沒有 Director 時，反向 Proxy 改為轉送到前端集區。',
  ),
  director8080: L(
    'Only for the Autodiscover Service for mobile devices without changing the publishing certificate, and only when a Director is deployed (the reverse proxy document calls the Director optional).',
    '僅在不修改發行憑證的情況下使用行動裝置自動探索服務，且部署 Director 時需要 (反向 Proxy 文件將 Director 列為選用)。',
  ),
  sba: L(
    'Survivable Branch Appliances or Servers need it only if they use this Edge Server.',
    'Survivable Branch Appliance 或 Server 僅在使用此 Edge Server 時需要。',
  ),
};

const SEED_TITLE = L(
  'JJ618373 (Port summary - SIP, XMPP federation, and public instant messaging)',
  'JJ618373「連接埠摘要 - SIP、XMPP 同盟和公用立即訊息」',
);
const PUBLIC_IM_TITLE = L('JJ618376 (Port summary - Public instant messaging connectivity)', 'JJ618376「連接埠摘要 - 公用立即訊息連線」');
const accessInterfaceForAv = (doc) =>
  L(
    `${doc.en} names the "Edge Server Access interface" in this A/V row; the topology documents (JJ204756, JJ205394 and their NAT variants) name the A/V Edge service, which carries A/V traffic.`,
    `${doc['zh-TW']}在這條 A/V 規則列寫「Edge Server 存取介面」；拓撲文件 (JJ204756、JJ205394 及其 NAT 版本) 寫 A/V Edge Service，A/V 流量實際由它處理。`,
  );

export const ERRATA = {
  avOnAccess: L(
    'The source names the Access Edge service here; the same row in the other topology documents names the A/V Edge service, which is where A/V media (RTP) terminates.',
    '來源在此寫 Access Edge Service；其他拓撲文件的同一列寫 A/V Edge Service，而 A/V 媒體 (RTP) 正是在 A/V Edge Service 終止。',
  ),
  seedAccessInterface: accessInterfaceForAv(SEED_TITLE),
  publicImAccessInterface: accessInterfaceForAv(PUBLIC_IM_TITLE),
  hlbSipRole: L(
    'The source labels this internal VIP rule "Access/SIP(MTLS)"; it is the same SIP/MTLS 5061 traffic as on the Edge internal interface.',
    '來源將這條內部 VIP 規則標為「Access/SIP(MTLS)」；它與 Edge 內部介面上的 SIP/MTLS 5061 流量相同。',
  ),
  autodiscoverOwa: L(
    'This row of JJ945642 (Port summary - Autodiscover) also lists "Office Web Apps for conferencing" as a destination. JJ204932 (Port summary - Reverse proxy) gives the same row without it and says that the Office Web Apps Server expects HTTPS/TCP/443 from the reverse proxy (rule reverse-proxy-https-443-office-web-apps), so this dataset opens no 8080 or 4443 port to Office Web Apps.',
    'JJ945642「連接埠摘要 - 自動探索」的這一列另將「會議用的 Office Web Apps」列為目的地。JJ204932「連接埠摘要 - 反向 Proxy」的同一列沒有它，並說明 Office Web Apps Server 預期反向 Proxy 使用 HTTPS/TCP/443 連線 (規則 reverse-proxy-https-443-office-web-apps)，因此本資料集不對 Office Web Apps 開啟 8080 或 4443 連接埠。',
  ),
  hlbInternalMedia: L(
    'This row says the source "can be defined as Director IP, Front End Server IP or Pool virtual IP". The rule keeps "Any" without that narrowing: A/V media reaches the Edge internal interface from internal users’ computers (and Survivable Branch Appliances or Servers), as the row’s own note says ("between internal and external users") and as the other Edge documents give it (source "Any"); narrowing the source to servers would block internal users’ media.',
    '這一列寫來源「可定義為 Director IP、前端伺服器 IP 或集區虛擬 IP」。本規則保留「任何一個」而不縮小：A/V 媒體是從內部使用者的電腦 (以及 Survivable Branch Appliance 或 Server) 送到 Edge 內部介面，正如這一列的附註 (「內部與外部使用者之間」) 與其他 Edge 文件 (來源為「任何一個」) 所述；若將來源縮小為伺服器，會阻擋內部使用者的媒體。',
  ),
  singleDirectorLogging: L(
    'JJ204648 (Port summary - Single Director) names the "Edge Server internal interface" as the destination of its three logging rows; JJ204983 and JJ205179 give the same rows with the Director as destination. In a Director document these rows open the Centralized Logging Service agent on the Director; the Edge Server’s own logging ports come from the Edge documents (rule edge-internal-cls-50001-50003).',
    'JJ204648「連接埠摘要 - 單一 Director」的三條記錄列將目的地寫為「Edge Server 內部介面」；JJ204983 與 JJ205179 的同樣各列則寫 Director。在 Director 文件中，這些列開放的是 Director 上的集中式記錄服務代理程式；Edge Server 本身的記錄連接埠來自 Edge 文件 (規則 edge-internal-cls-50001-50003)。',
  ),
};

/**
 * Cells where Microsoft's zh-TW machine translation contradicts the English on a port or a
 * transport. The cell stays verbatim in the citation; the build adds this erratum to it.
 */
export const MACHINE_TRANSLATION_ERRATA = [
  {
    en: 'STUN/TURN negotiation of candidates over TCP/443',
    'zh-TW': '透過 UDP/443 之 STUN/TURN 候選的交涉',
    erratum: L(
      'The zh-TW (machine translation) note of this row says UDP/443; the English source says TCP/443, which is what this rule opens.',
      '這一列的 zh-TW 附註 (機器翻譯) 寫「UDP/443」；英文原文為 TCP/443，本規則開放的也是 TCP/443。',
    ),
  },
];
