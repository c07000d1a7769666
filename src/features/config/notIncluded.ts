import type { ConfigFormatId } from '../../shared/domain/linkState';

/**
 * What the generated files leave out, item for item as their headers list it ("Not included:"),
 * as translation keys `config.notIncluded.<key>`: the items every format shares, then the format's
 * own. A unit test checks these lists against the generated headers.
 */
export const NOT_INCLUDED_COMMON = ['common.nat', 'common.policy', 'common.logging'] as const;

export const NOT_INCLUDED: Readonly<Record<ConfigFormatId, readonly string[]>> = {
  nftables: ['nftables.policy', 'nftables.conntrack', 'nftables.interfaces', 'nftables.fqdn'],
  iptables: ['iptables.policy', 'iptables.conntrack', 'iptables.interfaces', 'iptables.fqdn'],
  asa: ['asa.nat', 'asa.log', 'asa.services'],
  panos: ['panos.nat', 'panos.appId', 'panos.profiles'],
};

export const notIncluded = (format: ConfigFormatId): readonly string[] => [...NOT_INCLUDED_COMMON, ...NOT_INCLUDED[format]];
