/** The check page's sentences: a flow error, how an endpoint matched, a near miss. Translation is passed in. */
import type { EndpointMatch, FlowError, NearMiss, ZoneInference } from '../../shared/domain/flow';
import { formatPortRanges } from '../../shared/domain/ports';
import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import type { Translate } from '../../shared/domain/translate';

/** An error in words: the field it concerns (by its label) and what is wrong with it. */
export function flowErrorText(t: Translate, error: FlowError): string {
  const field = t(`check.field.${error.field ?? 'line'}`);
  return t(`check.error.${error.code}`, { field, value: error.value ?? '', max: error.position ?? 0 });
}

const endpointName = (index: DatasetIndex, lang: Language, id: string) => index.endpoint(id)?.name[lang] ?? id;

/** "198.51.100.10 is Edge Server Access interface: the address entered for it, 198.51.100.10." */
export function endpointMatchText(t: Translate, index: DatasetIndex, lang: Language, address: string, match: EndpointMatch): string {
  const endpoint = endpointName(index, lang, match.endpoint);
  if (match.how === 'address') return t('check.how.address', { address, endpoint, entry: match.entry });
  const zone = t(`zone.${match.zone}`);
  if (match.how === 'any') return t('check.how.any', { address, endpoint, zone });
  const names = match.fqdn.length > 0 ? ` ${t('check.how.fqdn', { fqdn: match.fqdn.join(', ') })}` : '';
  return `${t('check.how.zone', { address, endpoint, zone })}${names}`;
}

/** Where an address of the flow lies, and why the page thinks so. */
export function zoneText(t: Translate, index: DatasetIndex, lang: Language, address: string, zone: ZoneInference): string {
  const list = (items: string[]) => items.join(t('summary.listSeparator'));
  return t(`check.zone.${zone.basis}`, {
    address,
    zones: list(zone.zones.map((z) => t(`zone.${z}`))),
    endpoints: list(zone.endpoints.map((id) => endpointName(index, lang, id))),
  });
}

/** One near miss in a sentence, from the rule's own endpoints and ports. */
export function nearMissText(t: Translate, lang: Language, miss: NearMiss, view: ResolvedRule): string {
  const { rule } = view;
  const sentence = t(`check.near.${miss.kind}`, {
    transport: rule.transport.toUpperCase(),
    ports: formatPortRanges(rule.ports),
    sourcePorts: formatPortRanges(rule.sourcePorts ?? []),
    source: view.source.name[lang],
    destination: view.destination.name[lang],
  });
  if (miss.kind !== 'other-endpoints') return sentence;
  const which = miss.source ? 'matchedSource' : miss.destination ? 'matchedDestination' : 'matchedNeither';
  return `${sentence} ${t(`check.near.${which}`)}`;
}
