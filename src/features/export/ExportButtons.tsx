import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../shared/browser/download';
import type { Assignments } from '../../shared/domain/addresses';
import { toCsv, toJson, toMarkdown } from '../../shared/domain/exports';
import type { Filters } from '../../shared/domain/filters';
import { exportPrefix } from '../../shared/domain/products';
import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import { exportFilename, type SheetRow } from '../../shared/domain/sheet';

export interface ExportButtonsProps {
  rules: readonly ResolvedRule[];
  /** The sheet's rows, built once by the page for the paper and the exports. */
  rows: readonly SheetRow[];
  index: DatasetIndex;
  lang: Language;
  addresses: Assignments;
  filters: Filters;
  title: string;
  filterSummary: string;
  shareUrl: string;
  today: string;
  /** The dataset's product: it names the files (products.ts, exportPrefix). */
  product?: string;
}

/** CSV, JSON and Markdown of the sheet's rules, built and saved in the browser. */
export default function ExportButtons(props: ExportButtonsProps) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState('');
  const save = (format: 'csv' | 'json' | 'md') => {
    const { rows } = props;
    const file = exportFilename(props.filters, props.today, format, exportPrefix(props.product));
    if (format === 'csv') downloadText(toCsv(rows, t), file, 'text/csv');
    if (format === 'md')
      downloadText(toMarkdown(rows, t, props.title, `${t('sheet.filters')}: ${props.filterSummary}`), file, 'text/markdown');
    if (format === 'json') {
      const meta = {
        title: props.title,
        filters: props.filterSummary,
        link: props.shareUrl,
        generated: new Date().toISOString(),
        language: props.lang,
      };
      downloadText(toJson(props.rules, props.index, props.addresses, meta), file, 'application/json');
    }
    setSaved(file);
  };
  return (
    <fieldset className="export-buttons">
      <legend>{t('sheet.export.label')}</legend>
      <button type="button" onClick={() => save('csv')}>
        {t('sheet.export.csv')}
      </button>
      <button type="button" onClick={() => save('json')}>
        {t('sheet.export.json')}
      </button>
      <button type="button" onClick={() => save('md')}>
        {t('sheet.export.markdown')}
      </button>
      <span role="status" className="copy-status">
        {saved && t('sheet.export.done', { file: saved })}
      </span>
    </fieldset>
  );
}
