import { useTranslation } from 'react-i18next';
import { downloadText } from '../../shared/browser/download';
import type { Assignments } from '../../shared/domain/addresses';
import { exportMeta, toCsv, toJson, toMarkdown } from '../../shared/domain/exports';
import type { Filters } from '../../shared/domain/filters';
import { exportPrefix } from '../../shared/domain/products';
import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import { exportFilename, type SheetRow } from '../../shared/domain/sheet';
import { type ExportFormat, ExportFormats } from '../../shared/ui/ExportFormats';

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
  const save = (format: ExportFormat) => {
    const { rows } = props;
    const file = exportFilename(props.filters, props.today, format, exportPrefix(props.product));
    if (format === 'csv') downloadText(toCsv(rows, t), file, 'text/csv');
    if (format === 'md')
      downloadText(toMarkdown(rows, t, props.title, `${t('sheet.filters')}: ${props.filterSummary}`), file, 'text/markdown');
    if (format === 'json') {
      const meta = exportMeta(props.title, props.filterSummary, props.shareUrl, props.lang);
      downloadText(toJson(props.rules, props.index, props.addresses, meta), file, 'application/json');
    }
    return file;
  };
  return <ExportFormats save={save} />;
}
