import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Assignments, parseAddressList } from '../../shared/domain/addresses';
import type { Endpoint, Language } from '../../shared/domain/schema';

interface Props {
  endpoints: readonly Endpoint[];
  lang: Language;
  addresses: Assignments;
  onChange: (endpointId: string, addresses: string[]) => void;
}

/** One field per endpoint of the sheet; each entry is validated and errors are shown at the field. */
export function AddressEditor({ endpoints, lang, addresses, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="address-editor">
      <legend>{t('sheet.addressesLegend')}</legend>
      <p className="muted">{t('sheet.addressesHint')}</p>
      {endpoints.map((endpoint) => (
        <AddressField
          key={endpoint.id}
          endpoint={endpoint}
          lang={lang}
          value={addresses[endpoint.id] ?? []}
          onChange={(list) => onChange(endpoint.id, list)}
        />
      ))}
    </fieldset>
  );
}

function AddressField({
  endpoint,
  lang,
  value,
  onChange,
}: {
  endpoint: Endpoint;
  lang: Language;
  value: string[];
  onChange: (list: string[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(value.join(', '));
  const { errors } = parseAddressList(draft);
  return (
    <div className="field address-field">
      <label htmlFor={id}>
        {endpoint.name[lang]} <span className="endpoint-zone">{t(`zone.${endpoint.zone}`)}</span>
      </label>
      <input
        id={id}
        type="text"
        value={draft}
        data-endpoint={endpoint.id}
        placeholder={endpoint.kind === 'party' ? t('table.any') : '10.0.0.1, edge01.contoso.com'}
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={errors.length > 0 ? `${id}-errors` : undefined}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setDraft(e.target.value);
          onChange(parseAddressList(e.target.value).addresses);
        }}
      />
      {errors.length > 0 && (
        <ul id={`${id}-errors`} className="field-error address-errors" aria-live="polite">
          {errors.map((error) => (
            <li key={`${error.input}-${error.error}`}>
              {t(`sheet.addressError.${error.error}`, { input: error.input, suggestion: error.suggestion ?? '' })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
