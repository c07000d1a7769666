import { useTranslation } from 'react-i18next';
import { formatLongDate } from '../../shared/domain/calendar';
import type { Language } from '../../shared/domain/schema';
import type { SheetFields } from './useSheetFields';

interface Props {
  title: string;
  fields: SheetFields;
  lang: Language;
  filterSummary: string;
}

/** The top of a printed request: title, ticket, requester, date, environment, filters and the justification. */
export function SheetHeader({ title, fields, lang, filterSummary }: Props) {
  const { t } = useTranslation();
  return (
    <header className="sheet-header">
      <h1>{title}</h1>
      <dl>
        <dt>{t('sheet.fields.ticket')}</dt>
        <dd>{fields.ticket}</dd>
        <dt>{t('sheet.fields.requester')}</dt>
        <dd>{fields.requester}</dd>
        <dt>{t('sheet.fields.date')}</dt>
        <dd>{formatLongDate(fields.date, lang)}</dd>
        <dt>{t('sheet.fields.environment')}</dt>
        <dd>{fields.environment}</dd>
        <dt>{t('sheet.filters')}</dt>
        <dd className="sheet-filter-summary">{filterSummary}</dd>
      </dl>
      {fields.justification && (
        <div className="sheet-justification">
          <h2>{t('sheet.fields.justification')}</h2>
          <p>{fields.justification}</p>
        </div>
      )}
    </header>
  );
}
