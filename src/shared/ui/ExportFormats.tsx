import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export type ExportFormat = 'csv' | 'json' | 'md';

/** The CSV, JSON and Markdown buttons and the "Saved <file>" status; `save` builds and downloads one format and returns its file name. */
export function ExportFormats({ save }: { save: (format: ExportFormat) => string }) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState('');
  return (
    <fieldset className="export-buttons">
      <legend>{t('sheet.export.label')}</legend>
      {(['csv', 'json', 'md'] as const).map((format) => (
        <button key={format} type="button" onClick={() => setSaved(save(format))}>
          {t(`sheet.export.${format === 'md' ? 'markdown' : format}`)}
        </button>
      ))}
      <span role="status" className="copy-status">
        {saved && t('sheet.export.done', { file: saved })}
      </span>
    </fieldset>
  );
}
