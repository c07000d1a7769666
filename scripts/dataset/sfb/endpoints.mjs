// Endpoints of the Skype for Business Server perimeter: the Lync Server 2013 endpoints (same ids,
// same names, so a comparison matches them), with the other names the SfB documents use, and
// Office 365 for hybrid connectivity.
import { endpoints as lyncEndpoints } from '../endpoints.mjs';

const L = (en, zh) => ({ en, 'zh-TW': zh });

const XMPP_PROXY = L(
  'XMPP Proxy service (shares an IP address with the Access Edge service)',
  'XMPP Proxy 服務 (與 Access Edge Service 共用 IP 位址)',
);

/** Names the SfB tables use, by endpoint id. */
const SFB_ALIASES = {
  'access-edge-external': [XMPP_PROXY, L('Access Edge', 'Access Edge')],
  'access-edge-external-nat': [XMPP_PROXY, L('Access Edge', 'Access Edge')],
  'access-edge-vip': [XMPP_PROXY, L('Access Edge', 'Access Edge')],
  'av-edge-external': [L('A/V Edge', 'A/V Edge')],
  'av-edge-external-nat': [L('A/V Edge', 'A/V Edge')],
  'edge-internal': [L('Edge Server internal interface', 'Edge Server 內部介面')],
  'edge-internal-vip': [L('Edge Server internal VIP interface', 'Edge Server 內部 VIP 介面')],
  director: [L('Directors', 'Director')],
  'director-vip': [L('Director load balancer', 'Director 負載平衡器')],
  'front-end': [L('Front End Servers', '前端伺服器'), L('Front End Server load balancer', '前端伺服器負載平衡器'), L('Front End', '前端')],
};

const withAliases = (endpoint) => {
  const extra = SFB_ALIASES[endpoint.id] ?? [];
  const known = new Set((endpoint.aliases ?? []).map((a) => a.en));
  const aliases = [...(endpoint.aliases ?? []), ...extra.filter((a) => !known.has(a.en) && a.en !== endpoint.name.en)];
  return aliases.length > 0 ? { ...endpoint, aliases } : endpoint;
};

/** Endpoints the SfB rules use; the Lync-only ones (Live Messenger clients, Office Web Apps Server…) are left out. */
export function sfbEndpoints(usedIds) {
  const office365 = {
    id: 'office-365',
    name: L('Office 365 (Skype for Business Online, Teams)', 'Office 365 (商務用 Skype Online、Teams)'),
    zone: 'internet',
    kind: 'party',
    aliases: [L('Office 365', 'Office 365')],
  };
  return [...lyncEndpoints.map(withAliases), office365].filter((e) => usedIds.has(e.id));
}
