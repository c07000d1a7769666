import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../shared/browser/download';
import type { Assignments } from '../../shared/domain/addressBook';
import { changeExportFilename, toChangeCsv, toChangeJson, toChangeMarkdown } from '../../shared/domain/changeExports';
import type { ChangeSheet, Sides } from '../../shared/domain/changeSheet';
import type { ComparisonItem } from '../../shared/domain/compare';
import type { Filters } from '../../shared/domain/filters';
import type { ProductId } from '../../shared/domain/products';
import type { Language } from '../../shared/domain/schema';

export interface ChangeExportProps {
  sheet: ChangeSheet;
  /** The comparison as filtered (the JSON carries each rule and the changed fields' values). */
  items: readonly ComparisonItem[];
  sides: Sides;
  compared: { from: ProductId; to: ProductId };
  addresses: Assignments;
  lang: Language;
  filters: Filters;
  title: string;
  /** "Lync Server 2013 → Skype for Business Server 2019" */
  products: string;
  filterSummary: string;
  shareUrl: string;
  today: string;
  productName: (id: string) => string;
}

/** The upgrade change request as CSV, JSON and Markdown, built and saved in the browser. */
export default function ChangeExportButtons(props: ChangeExportProps) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState('');
  const save = (format: 'csv' | 'json' | 'md') => {
    const { sheet, compared, productName } = props;
    const file = changeExportFilename(compared.from, compared.to, props.filters, props.today, format);
    const filters = `${t('sheet.filters')}: ${props.filterSummary}`;
    if (format === 'csv') downloadText(toChangeCsv(sheet, t, productName), file, 'text/csv');
    if (format === 'md')
      downloadText(
        toChangeMarkdown(sheet, t, { title: props.title, products: props.products, filterSummary: filters }, productName),
        file,
        'text/markdown',
      );
    if (format === 'json') {
      const meta = {
        title: props.title,
        filters: props.filterSummary,
        link: props.shareUrl,
        generated: new Date().toISOString(),
        language: props.lang,
      };
      downloadText(toChangeJson(props.items, props.sides, props.addresses, meta), file, 'application/json');
    }
    setSaved(file);
  };
  return (
    <fieldset className="export-buttons">
      <legend>{t('sheet.export.label')}</legend>
      {(['csv', 'json', 'md'] as const).map((format) => (
        <button key={format} type="button" onClick={() => save(format)}>
          {t(`sheet.export.${format === 'md' ? 'markdown' : format}`)}
        </button>
      ))}
      <span role="status" className="copy-status">
        {saved && t('sheet.export.done', { file: saved })}
      </span>
    </fieldset>
  );
}
