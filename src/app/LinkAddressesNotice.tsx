import { useTranslation } from 'react-i18next';
import type { AddressBook } from '../shared/domain/addressBook';
import type { AddressIssue } from '../shared/domain/addresses';
import './notice.css';

interface Props {
  /** Valid addresses the link brings that this browser does not hold. */
  fromLink: AddressBook;
  /** What the link brings that is not a valid address: never used. */
  errors: ReadonlyMap<string, readonly AddressIssue[]>;
  name: (endpointId: string) => string;
  onKeep: () => void;
  onDrop: () => void;
}

/** The link's addresses, shown as such: kept (added to this browser's) or dropped only by the user. */
export default function LinkAddressesNotice({ fromLink, errors, name, onKeep, onDrop }: Props) {
  const { t } = useTranslation();
  return (
    <div className="notice link-addresses" role="status">
      {fromLink.size > 0 && (
        <>
          <p>{t('linkAddresses.intro', { count: fromLink.size })}</p>
          <ul>
            {[...fromLink].map(([id, list]) => (
              <li key={id}>
                <bdi>{name(id)}</bdi>: <code>{list.join(', ')}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {errors.size > 0 && (
        <>
          <p>{t('linkAddresses.invalid')}</p>
          <ul className="field-error">
            {[...errors].flatMap(([id, issues]) =>
              issues.map((issue) => (
                <li key={`${id}-${issue.input}`}>
                  <bdi>{name(id)}</bdi>:{' '}
                  {t(`sheet.addressError.${issue.error}`, { input: issue.input, suggestion: issue.suggestion ?? '' })}
                </li>
              )),
            )}
          </ul>
        </>
      )}
      <p>
        {fromLink.size > 0 && (
          <button type="button" onClick={onKeep}>
            {t('linkAddresses.keep')}
          </button>
        )}{' '}
        <button type="button" onClick={onDrop}>
          {fromLink.size > 0 ? t('linkAddresses.drop') : t('notice.dismiss')}
        </button>
      </p>
    </div>
  );
}
