import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Flow, type LogResult, parseLogLine } from '../../shared/domain/flow';
import { flowErrorText } from './words';

type Read = Extract<LogResult, { ok: true }>;

/** The pasted text around an error's position, the offending token marked. */
function Excerpt({ text, position }: { text: string; position: number }) {
  const start = Math.max(0, position - 30);
  const token = /^\S*/.exec(text.slice(position))?.[0] ?? '';
  const end = Math.min(text.length, position + token.length + 30);
  return (
    <code className="check-excerpt">
      {start > 0 && '…'}
      {text.slice(start, position)}
      <mark>{token || ' '}</mark>
      {text.slice(position + token.length, end)}
      {end < text.length && '…'}
    </code>
  );
}

/**
 * A pasted firewall log line, read in this browser (nothing is sent anywhere, and the line never
 * goes into the link): a line that reads fills the form; an error names the field and its position.
 */
export function LogLine({ onRead }: { onRead: (flow: Flow) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<LogResult>();
  const read = () => {
    const parsed = parseLogLine(text);
    setResult(parsed);
    if (parsed.ok) onRead(parsed.flow);
  };
  const error = result && !result.ok ? result.error : undefined;
  const understood = result?.ok ? result : undefined;
  return (
    <div className="check-log field">
      <label htmlFor={`${id}-log`}>{t('check.logLabel')}</label>
      <p id={`${id}-hint`} className="field-hint">
        {t('check.logHint')}
      </p>
      <textarea
        id={`${id}-log`}
        rows={3}
        spellCheck={false}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(event) => {
          setText(event.target.value);
          setResult(undefined);
        }}
      />
      <button type="button" onClick={read}>
        {t('check.read')}
      </button>
      {error && (
        <div id={`${id}-error`} className="field-error check-log-error" role="alert">
          {flowErrorText(t, error)}
          {error.position !== undefined && error.code !== 'too-long' && (
            <span className="check-position">
              {' '}
              {t('check.at', { position: error.position + 1 })} <Excerpt text={text} position={error.position} />
            </span>
          )}
        </div>
      )}
      {understood && (
        <p className="check-read" role="status">
          {readText(t, understood)}
        </p>
      )}
    </div>
  );
}

const readText = (t: (key: string, options?: Record<string, unknown>) => string, read: Read) =>
  [
    t(`check.readAs.${read.format}`, { message: read.message ?? '' }),
    read.action ? t(`check.action.${read.action}`) : '',
    t('check.understood'),
  ]
    .filter(Boolean)
    .join(' ');
