import { useTranslation } from 'react-i18next';
import { downloadText } from '../../shared/browser/download';
import type { Assignments } from '../../shared/domain/addressBook';
import { changeExportFilename, toChangeCsv, toChangeJson, toChangeMarkdown } from '../../shared/domain/changeExports';
import type { ChangeSheet, Sides } from '../../shared/domain/changeSheet';
import type { ComparisonItem } from '../../shared/domain/compare';
import { exportMeta } from '../../shared/domain/exports';
import type { Filters } from '../../shared/domain/filters';
import type { ProductId } from '../../shared/domain/products';
import type { Language } from '../../shared/domain/schema';
import { type ExportFormat, ExportFormats } from '../../shared/ui/ExportFormats';

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
  const save = (format: ExportFormat) => {
    const { sheet, compared, productName } = props;
    const file = changeExportFilename(compared.from, compared.to, props.filters, props.today, format);
    const meta = { title: props.title, products: props.products, filterSummary: `${t('sheet.filters')}: ${props.filterSummary}` };
    if (format === 'csv') downloadText(toChangeCsv(sheet, t, productName), file, 'text/csv');
    if (format === 'md') downloadText(toChangeMarkdown(sheet, t, meta, productName), file, 'text/markdown');
    if (format === 'json') {
      const json = toChangeJson(
        props.items,
        props.sides,
        props.addresses,
        exportMeta(props.title, props.filterSummary, props.shareUrl, props.lang),
      );
      downloadText(json, file, 'application/json');
    }
    return file;
  };
  return <ExportFormats save={save} />;
}
