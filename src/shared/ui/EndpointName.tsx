import type { Endpoint, Language } from '../domain/schema';
import type { Translate } from '../domain/translate';
import { nameSaysZone } from '../domain/zones';
import './endpoint.css';

interface Props {
  endpoint: Endpoint;
  lang: Language;
  /** Endpoints the documents say a broad "Any" can be narrowed to. */
  canBe?: readonly Endpoint[];
  /** Addresses the user assigned to this endpoint. */
  addresses?: readonly string[];
  /** Passed in (not useTranslation) because a table renders this twice per row. */
  t: Translate;
  /** One line: the name (and addresses); the zone as a tooltip; the rest is in the rule's details. */
  compact?: boolean;
}

/** An endpoint's name in the chosen language, its zone, its NAT public address and suggested narrowing. */
export function EndpointName({ endpoint, lang, canBe, addresses, t, compact }: Props) {
  if (compact) {
    const zone = t(`zone.${endpoint.zone}`);
    return (
      <span className={`endpoint endpoint-compact zone-${endpoint.zone}`} title={`${endpoint.name[lang]} · ${zone}`}>
        <span className="zone-dot" aria-hidden="true" />
        <span className="endpoint-name">{endpoint.name[lang]}</span>
        {!nameSaysZone(endpoint.name[lang], zone) && <span className="visually-hidden"> ({zone})</span>}
        {addresses && addresses.length > 0 && <span className="endpoint-addresses">{addresses.join(', ')}</span>}
      </span>
    );
  }
  return (
    <span className={`endpoint zone-${endpoint.zone}`}>
      <span className="endpoint-name">{endpoint.name[lang]}</span>
      {!nameSaysZone(endpoint.name[lang], t(`zone.${endpoint.zone}`)) && (
        <span className="endpoint-zone">{t(`zone.${endpoint.zone}`)}</span>
      )}
      {addresses && addresses.length > 0 && (
        <span className="endpoint-addresses" title={t('table.addresses', { list: addresses.join(', ') })}>
          {addresses.join(', ')}
        </span>
      )}
      {endpoint.nat && <span className="endpoint-nat">{t('table.natPublic', { name: endpoint.nat.publicName[lang] })}</span>}
      {canBe && canBe.length > 0 && (
        <span className="endpoint-can-be">
          {t('table.canBe', { names: canBe.map((e) => e.name[lang]).join(t('table.listSeparator')) })}
        </span>
      )}
    </span>
  );
}
