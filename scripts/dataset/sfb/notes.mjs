// Notes, conditions and errata of the Skype for Business Server rules. Where an SfB row says what
// the Lync Server 2013 row said, the rule keeps the Lync note (imported), so a comparison shows no
// change; the notes below are written from the SfB English, and their zh-TW from Microsoft's machine
// translation corrected against the English, in the seed document's terms.
const L = (en, zh) => ({ en, 'zh-TW': zh });

export const SFB_NOTES = {
  rtpRelay: L('This is used for relaying media traffic.', '用於中繼媒體流量。'),
  stunUdpOut: L(
    '3478 outbound is used by Skype for Business Server to determine the version of Edge Server it is communicating with, and for media traffic between Edge Servers. Required for federation with Lync Server 2010, and if multiple Edge pools are deployed within your organization.',
    '輸出的 UDP 3478 供商務用 Skype Server 判斷通訊對象的 Edge Server 版本，也用於 Edge Server 之間的媒體流量。與 Lync Server 2010 同盟時需要；組織內部署多個 Edge 集區時也需要。',
  ),
  xmppGateway: L(
    'Internal XMPP traffic from the XMPP Gateway service on the Front End Server or Front End pool to the Edge Server internal interface. The source documents say "Any"; it can be narrowed to the Front End Server or pool running the XMPP Gateway service. XMPP gateways and proxies are available in Skype for Business Server 2015 but are no longer supported in Skype for Business Server 2019.',
    '從前端伺服器或前端集區上的 XMPP 閘道服務至內部 Edge Server 介面的內部 XMPP 流量。來源文件寫「任何一個」，可限縮為執行 XMPP 閘道服務的前端伺服器或前端集區。XMPP 閘道與 Proxy 可用於商務用 Skype Server 2015，但商務用 Skype Server 2019 已不再支援。',
  ),
  cls: L(
    'Centralized Logging Service: controller (Skype for Business Server Management Shell cmdlets, ClsController.exe) and agent (ClsAgent.exe) commands and log collection.',
    '集中式記錄服務：控制器 (商務用 Skype Server 管理命令介面 Cmdlet、ClsController.exe) 與代理程式 (ClsAgent.exe) 的命令及記錄收集。',
  ),
  hlbAv: L(
    'Hardware load balancing: the A/V Edge service’s external interfaces must use publicly routable IP addresses with no NAT or port translation, and TCP nagling must be off for port 443 and ports 50000-59999.',
    '硬體負載平衡：A/V Edge Service 的外部介面必須使用公開可路由的 IP 位址，不可有 NAT 或連接埠轉譯，且連接埠 443 與 50000-59999 須關閉 TCP Nagling。',
  ),
  rpHttpsIn: L(
    'HTTPS from the Internet to the reverse proxy: simple URLs for meetings and dial-in conferences, meeting content, distribution group expansion, user certificates for client certificate authentication, Address Book files and queries, client and device updates, and for mobile devices Autodiscover and push notifications.',
    '從網際網路到反向 Proxy 的 HTTPS：以簡單 URL 加入會議與撥入式會議、會議內容、通訊群組展開、用戶端憑證驗證所用的使用者憑證、通訊錄檔案與查詢、用戶端與裝置更新，以及行動裝置的自動探索與推播通知。',
  ),
  rpHttpIn: L(
    'Unencrypted HTTP from the Internet to the reverse proxy, which bridges port 80 to port 8080 on the pool.',
    '從網際網路到反向 Proxy 的未加密 HTTP，反向 Proxy 會將連接埠 80 橋接到集區的連接埠 8080。',
  ),
  rp8080: L(
    'HTTP from the reverse proxy’s internal interface to the Front End pool’s external web services: traffic received on port 80 is bridged to port 8080 (used by web components for external access).',
    '從反向 Proxy 內部介面到前端集區外部 Web 服務的 HTTP：在連接埠 80 收到的流量會橋接到連接埠 8080 (供外部存取的 Web 元件使用)。',
  ),
  rp4443: L(
    'HTTPS from the reverse proxy’s internal interface to the Front End pool’s external web services: TLS traffic received on port 443 is bridged to port 4443. With a hardware load balancer, allow 4443 from the reverse proxy to the pool’s load balancer.',
    '從反向 Proxy 內部介面到前端集區外部 Web 服務的 HTTPS：在連接埠 443 收到的 TLS 流量會橋接到連接埠 4443。使用硬體負載平衡器時，允許從反向 Proxy 到集區負載平衡器的連接埠 4443。',
  ),
  directorWeb80: L(
    'HTTP to the Director’s web services (Web Compatibility service, IIS web components) for the initial communication; in normal operation it switches to HTTPS on port 443.',
    '初始通訊以 HTTP 連到 Director 的 Web 服務 (Web 相容性服務、IIS Web 元件)；正常運作時改用連接埠 443 的 HTTPS。',
  ),
  directorWeb443: L(
    'HTTPS to the Director’s web services (Web Compatibility service, IIS web components).',
    '連到 Director Web 服務 (Web 相容性服務、IIS Web 元件) 的 HTTPS。',
  ),
  directorWebVip: L(
    'The Director pool’s internal web services VIP on the hardware load balancer listens on internal ports 80 and 443 (source-address persistence).',
    '硬體負載平衡器上的 Director 集區內部 Web 服務 VIP 接聽內部連接埠 80 與 443 (來源位址持續性)。',
  ),
  fe444Director: L(
    'Inter-server communication between the Front End Server and the Director (port 444 of the Director’s Front-End service).',
    '前端伺服器與 Director 之間的伺服器間通訊 (Director 前端服務的連接埠 444)。',
  ),
  fe444DirectorVip: L(
    'Inter-server communication between the Front End Server and the Director pool, through the Director pool’s hardware load balancer (port 444).',
    '前端伺服器與 Director 集區之間經由 Director 集區硬體負載平衡器的伺服器間通訊 (連接埠 444)。',
  ),
  directorSipToEdge: L(
    'SIP traffic from the Director or Director pool to the Edge Server internal interface.',
    '從 Director 或 Director 集區到內部 Edge Server 介面的 SIP 流量。',
  ),
  hybridSip: L(
    'Hybrid connectivity with Office 365: SIP signaling between the Access Edge service and Office 365 (any source port).',
    '與 Office 365 的混合式連線：Access Edge Service 與 Office 365 之間的 SIP 訊號 (來源連接埠不限)。',
  ),
  hybridTcpOut: L(
    'Hybrid connectivity with Office 365: audio, video and application sharing sessions from the A/V Edge service (source ports 50000-59999) to Office 365 on ports 443 and 50000-59999.',
    '與 Office 365 的混合式連線：從 A/V Edge Service (來源連接埠 50000-59999) 到 Office 365 連接埠 443 與 50000-59999 的音訊、視訊與應用程式共用工作階段。',
  ),
  hybridTcpIn: L(
    'Hybrid connectivity with Office 365: audio, video and application sharing sessions from Office 365 (source port 443) to the A/V Edge service on ports 50000-59999.',
    '與 Office 365 的混合式連線：從 Office 365 (來源連接埠 443) 到 A/V Edge Service 連接埠 50000-59999 的音訊、視訊與應用程式共用工作階段。',
  ),
  hybridUdp: L(
    'Hybrid connectivity with Office 365: audio and video sessions, UDP 3478 to 3478.',
    '與 Office 365 的混合式連線：音訊與視訊工作階段，UDP 3478 對 3478。',
  ),
};

export const SFB_CONDITIONS = {
  hybrid: L(
    'Only for hybrid connectivity with Office 365 (Skype for Business Online or Teams).',
    '僅在與 Office 365 (商務用 Skype Online 或 Teams) 建立混合式連線時需要。',
  ),
  rpHttp: L(
    'Only if the reverse proxy publishes unencrypted HTTP (port 80 bridged to 8080).',
    '僅在反向 Proxy 發行未加密的 HTTP (連接埠 80 橋接到 8080) 時需要。',
  ),
  internalVip: L(
    'Only if you route through the internal VIP: Exchange 2007 or Exchange 2010 Unified Messaging, or legacy clients using the Edge; otherwise the Central Management store routes traffic to each Edge Server.',
    '僅在經由內部 VIP 路由時需要：使用 Exchange 2007 或 Exchange 2010 整合通訊 (UM)，或有舊版用戶端使用 Edge；否則由中央管理存放區將流量路由到各 Edge Server。',
  ),
};

export const SFB_ERRATA = {
  hlbVipCell: L(
    'The cell gives the Edge Server’s own addresses (private IP using NAT, or public IP) as in the table for single and DNS-load-balanced Edge; this table lists the external virtual IPs, and hardware load balancing needs publicly routable IP addresses without NAT, so the rule uses the service’s public VIP.',
    '此儲存格寫的是 Edge Server 本身的位址 (使用 NAT 的私人 IP 或公用 IP)，與單一及 DNS 負載平衡 Edge 的表格相同；但此表格列的是外部虛擬 IP，而硬體負載平衡必須使用不經 NAT 的公開可路由 IP 位址，因此規則使用該服務的公用 VIP。',
  ),
  hlbInternalVipCell: L(
    'The cell names the Edge Server internal interface; this table lists the internal interface virtual IPs, so the rule uses the internal VIP.',
    '此儲存格寫的是 Edge Server 內部介面；此表格列的是內部介面虛擬 IP，因此規則使用內部 VIP。',
  ),
  xmppOutFromHlbTable: L(
    'This row is in the hardware-load-balancing table of external virtual IPs. The table for single and DNS-load-balanced Edge lists only inbound XMPP, although the XMPP Proxy service “accepts and sends” XMPP messages to and from federated partners; the rule applies this outbound row to the Edge Server’s own Access Edge address.',
    '此列位於硬體負載平衡的外部虛擬 IP 表格。單一及 DNS 負載平衡 Edge 的表格只列出輸入的 XMPP，但 XMPP Proxy 服務會「接受及傳送」與同盟夥伴之間的 XMPP 訊息；此規則將這條輸出列套用到 Edge Server 本身的 Access Edge 位址。',
  ),
  director444: L(
    'The row lists HTTPS 444 on the Director (the port the Director opens). Its note covers inter-server communication between Front End and Director, including client certificate publishing to the Front End Servers, which is this rule’s direction; the Front End Server’s own port 444 is row 4 of the same table.',
    '此列寫的是 Director 上的 HTTPS 444 (Director 開啟的連接埠)。其附註涵蓋前端與 Director 之間的伺服器間通訊，包括將用戶端憑證發行到前端伺服器，即此規則的方向；前端伺服器本身的連接埠 444 在同一表格第 4 列。',
  ),
};
