import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../shared/browser/download';
import { lineNumbers } from './outputs';

interface Props {
  title: string;
  filename: string;
  text: string;
}

/** One generated file: its name, Copy and Download, and the text in a monospace block that scrolls rather than wraps. */
export function ConfigFile({ title, filename, text }: Props) {
  const { t } = useTranslation();
  // The last message, for the text it was about: a new text (another format, new addresses) shows none.
  const [status, setMessage] = useState<{ text: string; message: string }>();
  const setStatus = (message: string) => setMessage({ text, message });
  const numbers = useMemo(() => lineNumbers(text), [text]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('config.copied', { file: filename }));
    } catch {
      setStatus(t('config.copyFailed'));
    }
  };
  const download = () => {
    downloadText(text, filename, 'text/plain');
    setStatus(t('config.saved', { file: filename }));
  };
  return (
    <div className="config-file">
      <div className="config-file-bar">
        <h4>
          {title} <code className="config-filename">{filename}</code>
        </h4>
        <button type="button" onClick={copy}>
          {t('config.copy')}
          <span className="visually-hidden"> {filename}</span>
        </button>
        <button type="button" onClick={download}>
          {t('config.download')}
          <span className="visually-hidden"> {filename}</span>
        </button>
        <span role="status" className="copy-status">
          {status?.text === text ? status.message : ''}
        </span>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it */}
      <section className="config-code" aria-label={filename} tabIndex={0}>
        <pre className="config-gutter" aria-hidden="true">
          {numbers}
        </pre>
        <pre className="config-text" data-file={filename}>
          <code>{text}</code>
        </pre>
      </section>
    </div>
  );
}
