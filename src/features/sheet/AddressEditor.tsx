import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AddressBook, addressesFor } from '../../shared/domain/addressBook';
import { type AddressIssue, parseAddressList } from '../../shared/domain/addresses';
import type { Endpoint, Language } from '../../shared/domain/schema';
import ForgetAddresses from '../../shared/ui/ForgetAddresses';

/** The addresses the sheet edits, where each came from, and what the user may do with them. */
export interface AddressEditing {
  /** Valid addresses in effect (saved ones, with the link's shown over them). */
  addresses: AddressBook;
  changeAddress: (endpointId: string, addresses: string[]) => void;
  /** Endpoints whose addresses come from the link and are not saved in this browser. */
  fromLink?: AddressBook;
  /** Saved addresses the parser refused: shown as errors at their field. */
  storedErrors?: ReadonlyMap<string, readonly AddressIssue[]>;
  savedCount?: number;
  forgetAddresses?: () => void;
}

interface Props {
  endpoints: readonly Endpoint[];
  lang: Language;
  address: AddressEditing;
}

/** One field per endpoint of the sheet; each entry is validated and errors are shown at the field. */
export function AddressEditor({ endpoints, lang, address }: Props) {
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
          value={addressesFor(address.addresses, endpoint.id)}
          refused={address.fromLink?.has(endpoint.id) ? [] : (address.storedErrors?.get(endpoint.id) ?? []).map((e) => e.input)}
          fromLink={address.fromLink?.has(endpoint.id) ?? false}
          onChange={(list) => address.changeAddress(endpoint.id, list)}
        />
      ))}
      {address.forgetAddresses && (
        <p>
          <ForgetAddresses count={address.savedCount ?? 0} onForget={address.forgetAddresses} />
        </p>
      )}
    </fieldset>
  );
}

function AddressField({
  endpoint,
  lang,
  value,
  refused,
  fromLink,
  onChange,
}: {
  endpoint: Endpoint;
  lang: Language;
  /** The endpoint's valid addresses. */
  value: readonly string[];
  /** Saved entries the parser refused: put back in the field, so their errors show there. */
  refused: readonly string[];
  fromLink: boolean;
  onChange: (list: string[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const valueText = value.join(', ');
  const shown = [...value, ...refused].join(', ');
  const [draft, setDraft] = useState(shown);
  // Follow outside changes (the parser loaded, the link's addresses kept or dropped, forgotten)
  // unless the draft already means the same addresses.
  useEffect(() => {
    setDraft((current) => (parseAddressList(current).addresses.join(', ') === valueText ? current : shown));
  }, [shown, valueText]);
  const { errors } = parseAddressList(draft);
  const hint = fromLink ? `${id}-from-link` : undefined;
  const describedBy = [errors.length > 0 ? `${id}-errors` : undefined, hint].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field address-field">
      <label htmlFor={id}>
        <bdi>{endpoint.name[lang]}</bdi> <span className="endpoint-zone">{t(`zone.${endpoint.zone}`)}</span>
      </label>
      <input
        id={id}
        type="text"
        value={draft}
        data-endpoint={endpoint.id}
        placeholder={endpoint.kind === 'party' ? t('table.any') : '10.0.0.1, edge01.contoso.com'}
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => {
          setDraft(e.target.value);
          onChange(parseAddressList(e.target.value).addresses);
        }}
      />
      {fromLink && (
        <p id={hint} className="field-hint from-link">
          {t('linkAddresses.fieldHint')}
        </p>
      )}
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
