import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SheetFields } from './useSheetFields';

interface Props {
  fields: SheetFields;
  onChange: (fields: SheetFields) => void;
  /** Stored fields that could not be used and were reset: a message at the field. */
  errors?: Partial<Record<keyof SheetFields, string>>;
}

/** The request's header fields (title, ticket, requester, date, environment, justification), kept in this browser. */
export function SheetFieldsEditor({ fields, onChange, errors }: Props) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const field = (key: keyof SheetFields, multiline = false) => {
    const id = `${idPrefix}-${key}`;
    const common = {
      id,
      value: fields[key],
      'aria-describedby': errors?.[key] ? `${id}-error` : undefined,
      onChange: (e: { target: { value: string } }) => onChange({ ...fields, [key]: e.target.value }),
    };
    return (
      <div className={`field field-${key}`}>
        <label htmlFor={id}>{t(`sheet.fields.${key}`)}</label>
        {multiline ? (
          <textarea rows={3} maxLength={4000} {...common} />
        ) : (
          <input type={key === 'date' ? 'date' : 'text'} maxLength={200} {...common} />
        )}
        {errors?.[key] && (
          <p id={`${id}-error`} className="field-error">
            {errors[key]}
          </p>
        )}
      </div>
    );
  };
  return (
    <fieldset className="sheet-fields">
      <legend>{t('sheet.fieldsLegend')}</legend>
      {field('title')}
      {field('ticket')}
      {field('requester')}
      {field('date')}
      {field('environment')}
      {field('justification', true)}
    </fieldset>
  );
}
