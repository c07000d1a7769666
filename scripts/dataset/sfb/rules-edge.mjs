// The Edge external rules of the Skype for Business Server 2015/2019 perimeter, each with the SfB rows
// and paragraphs it comes from. Ids are the Lync Server 2013 ids wherever the flow is the same.
// References: E10.1 = Edge environmental requirements, table 10, row 1; PP1.43 = ports and protocols;
// SR2.1 = Edge system requirements; HY2.1 = hybrid connectivity; E#137 or SR#44 = paragraph 137 / 44.
// A reference may be { ref, erratum } where the rule departs from the cell it cites.
import { CONDITIONS as C, NOTES as N, NAT_AV_NOTE, NAT_NOTE } from '../notes.mjs';
import { AV, EXT, HLB, join, MEDIA, NAT, opt, P, PUB, rule } from './common.mjs';
import { SFB_ERRATA as ERR, SFB_CONDITIONS as SC, SFB_NOTES as SN } from './notes.mjs';

const XMPP = { scenarios: ['xmpp-federation'], role: 'xmpp', protocol: 'xmpp', transport: 'tcp', requirement: opt(C.xmpp) };
const SIP_TLS = { role: 'access', protocol: 'sip', security: 'TLS', transport: 'tcp' };
const SIP_MTLS = { protocol: 'sip', security: 'MTLS', transport: 'tcp' };
const STUN = { role: 'av', protocol: 'stun-msturn' };
const HYBRID = { scenarios: ['hybrid'], requirement: opt(SC.hybrid) };

// Edge external interface, public IP addresses (single and DNS-load-balanced Edge; with `scaled-hlb`,
// the pool members' own addresses). Each has a NAT twin built from `nat` rows.
const publicExternal = [
  rule('xmpp-5269-in', ['XMPP federation: partners reach the XMPP proxy', 'XMPP 同盟：夥伴連到 XMPP Proxy'], {
    ...XMPP,
    products: ['sfb-2015'],
    ports: [P(5269)],
    source: 'internet-any',
    destination: 'access-edge-external',
    notes: N.xmppIn,
    topologies: PUB,
    rows: ['E10.1'],
    nat: ['E10.1'],
  }),
  rule('xmpp-5269-out', ['XMPP federation: the XMPP proxy reaches partners', 'XMPP 同盟：XMPP Proxy 連到夥伴'], {
    ...XMPP,
    products: ['sfb-2015'],
    ports: [P(5269)],
    source: 'access-edge-external',
    destination: 'internet-any',
    notes: N.xmppOut,
    topologies: PUB,
    rows: ['SR#18', { ref: 'E14.2', erratum: ERR.xmppOutFromHlbTable }],
    nat: ['SR#18', { ref: 'E14.2', erratum: ERR.xmppOutFromHlbTable }],
  }),
  ...[
    ['crl-http-80-out', 'http', 'tcp', 80, 'internet-crl', N.crl, ['certificate-revocation'], 2],
    ['dns-tcp-53-out', 'dns', 'tcp', 53, 'internet-dns', N.dnsTcp, ['dns'], 3],
    ['dns-udp-53-out', 'dns', 'udp', 53, 'internet-dns', N.dnsUdp, ['dns'], 4],
  ].map(([id, protocol, transport, port, destination, notes, scenarios, row]) =>
    rule(
      id,
      protocol === 'http'
        ? ['Certificate revocation (CRL) checks from the Edge', 'Edge 的憑證撤銷 (CRL) 檢查']
        : [`DNS queries from the Edge over ${transport.toUpperCase()}`, `Edge 透過 ${transport.toUpperCase()} 的 DNS 查詢`],
      {
        scenarios,
        role: 'access',
        protocol,
        transport,
        ports: [P(port)],
        source: 'access-edge-external',
        destination,
        notes,
        topologies: [...PUB, ...HLB],
        rows: [`E10.${row}`, `E12.${row - 1}`],
        nat: [`E10.${row}`],
      },
    ),
  ),
  rule('access-sip-443-in', ["External users' clients sign in over SIP/TLS", '外部使用者的用戶端以 SIP/TLS 登入'], {
    ...SIP_TLS,
    scenarios: EXT,
    ports: [P(443)],
    source: 'internet-any',
    destination: 'access-edge-external',
    notes: N.clientSip,
    topologies: PUB,
    rows: ['E10.5'],
    nat: ['E10.5'],
  }),
  rule('access-sip-5061-in', ['SIP federation and public IM from the Internet', '來自網際網路的 SIP 同盟與公用 IM 連線'], {
    ...SIP_MTLS,
    role: 'access',
    scenarios: ['sip-federation', 'public-im'],
    ports: [P(5061)],
    source: 'internet-any',
    destination: 'access-edge-external',
    notes: N.federationSip,
    requirement: opt(C.federation),
    topologies: PUB,
    rows: ['E10.6'],
    nat: ['E10.6'],
  }),
  rule('sip-federation-5061-out', ['SIP federation and public IM to the Internet', '送往網際網路的 SIP 同盟與公用 IM 連線'], {
    ...SIP_MTLS,
    role: 'access',
    scenarios: ['sip-federation', 'public-im'],
    ports: [P(5061)],
    source: 'access-edge-external',
    destination: 'internet-any',
    notes: N.federationSip,
    requirement: opt(C.federation),
    topologies: PUB,
    rows: ['E10.7'],
    nat: ['E10.7'],
  }),
  rule('webconf-psom-443-in', ['External users join web conferences (PSOM)', '外部使用者加入 Web 會議 (PSOM)'], {
    scenarios: ['web-conferencing', 'external-access'],
    role: 'webconf',
    protocol: 'psom',
    security: 'TLS',
    transport: 'tcp',
    ports: [P(443)],
    source: 'internet-any',
    destination: 'webconf-edge-external',
    notes: N.webconfMedia,
    topologies: PUB,
    rows: ['E10.8'],
    nat: ['E10.8'],
  }),
  ...[
    ['tcp', 9, 4],
    ['udp', 10, 5],
  ].map(([transport, row, hlbRow]) =>
    rule(
      `av-rtp-${transport}-out`,
      [`A/V media relay to the Internet over ${transport.toUpperCase()}`, `透過 ${transport.toUpperCase()} 向網際網路中繼 A/V 媒體`],
      {
        scenarios: ['external-access', 'av-media', 'sip-federation'],
        role: 'av',
        protocol: 'rtp',
        transport,
        ports: [MEDIA],
        source: 'av-edge-external',
        destination: 'internet-any',
        notes: SN.rtpRelay,
        topologies: [...PUB, ...HLB],
        rows: [`E10.${row}`, `E12.${hlbRow}`],
        nat: [`E10.${row}`],
      },
    ),
  ),
  rule('av-stun-udp-3478-out', ['Edge version detection and Edge-to-Edge media (UDP 3478)', 'Edge 版本判斷與 Edge 間媒體 (UDP 3478)'], {
    ...STUN,
    scenarios: ['av-media', 'sip-federation', 'external-access'],
    transport: 'udp',
    ports: [P(3478)],
    source: 'av-edge-external',
    destination: 'internet-any',
    notes: SN.stunUdpOut,
    topologies: [...PUB, ...HLB],
    rows: ['E10.11', 'E12.6'],
    nat: ['E10.11'],
  }),
  ...[
    ['av-stun-udp-3478-in', 'udp', 3478, 'internet-any', 'av-edge-external', N.stunUdpIn, 12, 7, 'UDP'],
    ['av-stun-tcp-443-in', 'tcp', 443, 'internet-any', 'av-edge-external', N.stunTcp, 13, 8, 'TCP'],
    ['av-stun-tcp-443-out', 'tcp', 443, 'av-edge-external', 'internet-any', N.stunTcp, 14, 9, 'TCP 443'],
  ].map(([id, transport, port, source, destination, notes, row, hlbRow, label]) =>
    rule(
      id,
      source === 'internet-any'
        ? [`External clients negotiate A/V candidates (${label})`, `外部用戶端交涉 A/V 候選位址 (${label})`]
        : [`The A/V Edge negotiates candidates outbound (${label})`, `A/V Edge 向外交涉候選位址 (${label})`],
      {
        ...STUN,
        scenarios: AV,
        transport,
        ports: [P(port)],
        source,
        destination,
        notes,
        topologies: [...PUB, ...HLB],
        rows: [`E10.${row}`, `E12.${hlbRow}`],
        nat: [`E10.${row}`],
      },
    ),
  ),
  ...[
    [
      'hybrid-sip-5061-out',
      'access-edge-external',
      'office-365',
      1,
      ['Hybrid: SIP from the Access Edge to Office 365', '混合式：Access Edge 到 Office 365 的 SIP'],
    ],
    [
      'hybrid-sip-5061-in',
      'office-365',
      'access-edge-external',
      2,
      ['Hybrid: SIP from Office 365 to the Access Edge', '混合式：Office 365 到 Access Edge 的 SIP'],
    ],
  ].map(([id, source, destination, row, summary]) =>
    rule(id, summary, {
      ...SIP_MTLS,
      ...HYBRID,
      role: 'access',
      ports: [P(5061)],
      source,
      destination,
      notes: SN.hybridSip,
      topologies: PUB,
      rows: [`HY2.${row}`],
      nat: [`HY2.${row}`],
      vip: [`HY2.${row}`],
    }),
  ),
  ...[
    ['hybrid-stun-tcp-out', 'tcp', [P(443), MEDIA], [MEDIA], 'av-edge-external', 'office-365', SN.hybridTcpOut, 3],
    ['hybrid-stun-tcp-in', 'tcp', [MEDIA], [P(443)], 'office-365', 'av-edge-external', SN.hybridTcpIn, 4],
    ['hybrid-stun-udp-3478-out', 'udp', [P(3478)], [P(3478)], 'av-edge-external', 'office-365', SN.hybridUdp, 5],
    ['hybrid-stun-udp-3478-in', 'udp', [P(3478)], [P(3478)], 'office-365', 'av-edge-external', SN.hybridUdp, 6],
  ].map(([id, transport, ports, sourcePorts, source, destination, notes, row]) =>
    rule(
      id,
      source === 'office-365'
        ? [
            `Hybrid: A/V from Office 365 to the A/V Edge (${transport.toUpperCase()})`,
            `混合式：Office 365 到 A/V Edge 的 A/V (${transport.toUpperCase()})`,
          ]
        : [
            `Hybrid: A/V from the A/V Edge to Office 365 (${transport.toUpperCase()})`,
            `混合式：A/V Edge 到 Office 365 的 A/V (${transport.toUpperCase()})`,
          ],
      {
        ...STUN,
        ...HYBRID,
        scenarios: ['hybrid', 'av-media'],
        transport,
        ports,
        sourcePorts,
        source,
        destination,
        notes,
        topologies: [...PUB, ...HLB],
        rows: [`HY2.${row}`],
        nat: [`HY2.${row}`],
      },
    ),
  ),
];

const NAT_ENDPOINT = {
  'access-edge-external': 'access-edge-external-nat',
  'webconf-edge-external': 'webconf-edge-external-nat',
  'av-edge-external': 'av-edge-external-nat',
};
const VIP_ENDPOINT = { 'access-edge-external': 'access-edge-vip' };

/** The NAT twin of a public-address rule: the private NAT'd endpoint, the NAT topologies, NAT notes. */
export function natTwin(r) {
  const { nat, vip, ...base } = r;
  return {
    ...base,
    id: `${r.id}-nat`,
    source: NAT_ENDPOINT[r.source] ?? r.source,
    destination: NAT_ENDPOINT[r.destination] ?? r.destination,
    notes: join(r.notes, r.role === 'av' ? NAT_AV_NOTE : NAT_NOTE),
    topologies: NAT,
    rows: nat,
  };
}

/** The hardware-load-balancer twin of a public-address rule: the service's public VIP. */
export function vipTwin(r) {
  const { nat, vip, ...base } = r;
  return {
    ...base,
    id: `${r.id}-vip`,
    source: VIP_ENDPOINT[r.source] ?? r.source,
    destination: VIP_ENDPOINT[r.destination] ?? r.destination,
    topologies: HLB,
    rows: vip,
  };
}

export const externalRules = [
  ...publicExternal.map(({ nat, vip, ...r }) => r),
  ...publicExternal.filter((r) => r.nat).map(natTwin),
  ...publicExternal.filter((r) => r.vip).map(vipTwin),
];
