import { useTranslation } from 'react-i18next';
import type { Endpoint, Language } from '../domain/schema';

/** An endpoint's name in the chosen language, with its zone as a quiet suffix. */
export function EndpointName({ endpoint, lang }: { endpoint: Endpoint; lang: Language }) {
  const { t } = useTranslation();
  return (
    <span className={`endpoint zone-${endpoint.zone}`}>
      <span className="endpoint-name">{endpoint.name[lang]}</span>
      <span className="endpoint-zone">{t(`zone.${endpoint.zone}`)}</span>
    </span>
  );
}
