import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../shared/domain/limits';
import { displayValue } from '../shared/domain/text';
import './datasetFile.css';

interface Props {
  /** Called with the file's name and text; parsing and validation are the caller's (domain) job. */
  onFile: (name: string, text: string) => void;
  /** Set when the user's own file is shown: its name, and a way back to the built-in dataset. */
  current?: string;
  onReset: () => void;
  /** A file dropped anywhere on the page, and whether one is being dragged over it. */
  dropped?: File;
  dragging?: boolean;
  onDropTaken: () => void;
}

/** Open a dataset file from disk, with a button or by dropping it anywhere on the page (see useFileDrop). Nothing is uploaded. */
export function DatasetFile({ onFile, current, onReset, dropped, dragging, onDropTaken }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [error, setError] = useState('');

  const read = (file: File | undefined) => {
    if (!file) return;
    // A file name is untrusted text too: controls removed, one line, cut.
    const name = displayValue(file.name, 120);
    // The size is checked before a byte is read.
    if (file.size > LIMITS.datasetBytes) {
      setError(t('datasetFile.tooLarge', { name, limit: LIMITS.datasetBytes / 1024 / 1024 }));
      return;
    }
    setError('');
    file.text().then(
      (text) => onFile(name, text),
      () => setError(t('datasetFile.unreadable', { name })),
    );
  };

  // A file dropped on the page (useFileDrop listens from the first render): read once.
  const handled = useRef<File>(undefined);
  useEffect(() => {
    if (!dropped || handled.current === dropped) return;
    handled.current = dropped;
    onDropTaken();
    read(dropped);
  });

  return (
    <div className="dataset-file">
      <button type="button" onClick={() => input.current?.click()} aria-describedby={hintId}>
        {t('datasetFile.open')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(e) => {
          read(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <span id={hintId} className="muted">
        {current ? t('datasetFile.current', { name: current }) : t('datasetFile.hint')}
      </span>
      {current && (
        <button type="button" onClick={onReset}>
          {t('datasetFile.reset')}
        </button>
      )}
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('datasetFile.drop')}
        </div>
      )}
    </div>
  );
}

export default DatasetFile;
