/** Small pieces several formats share: rule summaries for comments, port lists, placeholder warnings. */
import { formatPortRange, formatPortRanges } from '../ports';
import type { PortRange } from '../schema';
import type { EndpointAddresses } from './addressing';
import type { ConfigWarning, Opening } from './model';
import { safeComment } from './names';

/** "xmpp-5269-in: internet-any to access-edge-external, TCP 5269, documents JJ618373": ASCII, inert. */
export function describeOpening(o: Opening, max: number): string {
  const sourcePorts = o.sourcePorts.length > 0 ? ` from source port ${formatPortRanges(o.sourcePorts).replaceAll(' ', '')}` : '';
  const base = safeComment(
    `${o.ruleId}: ${o.source.id} to ${o.destination.id}, ${o.transport.toUpperCase()} ${formatPortRanges(o.ports).replaceAll(' ', '')}${sourcePorts}`,
    max,
  );
  // As many whole document codes as fit; none rather than half a code.
  for (let count = o.documents.length; count > 0; count--) {
    const withDocuments = `${base}, documents ${safeComment(o.documents.slice(0, count).join(' '), max)}`;
    if (withDocuments.length <= max) return withDocuments;
  }
  return base;
}

/** "5061", "50000-59999" with a separator of the device's choosing ("-" or ":"): ports.ts's formatting. */
export const portText = (range: PortRange, separator: string): string => formatPortRange(range, separator);

/** fqdn-omitted warnings for the endpoints of an IP-only format. */
export const fqdnWarnings = (endpoints: readonly EndpointAddresses[]): ConfigWarning[] =>
  endpoints.flatMap((e) => e.fqdn.map((fqdn): ConfigWarning => ({ code: 'fqdn-omitted', params: { endpoint: e.id, fqdn } })));

/** Collects placeholder objects per endpoint, in order of first use, for the header warnings. */
export function placeholderRegistry() {
  const objects = new Map<string, string[]>();
  return {
    use(endpoint: string, object: string) {
      const list = objects.get(endpoint) ?? [];
      if (!list.includes(object)) list.push(object);
      objects.set(endpoint, list);
    },
    warnings: (): ConfigWarning[] =>
      [...objects].map(([endpoint, list]) => ({ code: 'placeholder', params: { endpoint, object: list.join(', ') } })),
  };
}
