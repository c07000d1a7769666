import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Flow, type FlowError, type FlowField, parseFlowFields } from '../../shared/domain/flow';
import { LogLine } from './LogLine';
import { flowErrorText } from './words';

type Fields = Record<Exclude<FlowField, 'line'>, string>;

const EMPTY: Fields = { source: '', destination: '', transport: 'tcp', destinationPort: '', sourcePort: '' };
const toFields = (flow: Flow): Fields => ({
  source: flow.source,
  destination: flow.destination,
  transport: flow.transport,
  destinationPort: String(flow.destinationPort),
  sourcePort: flow.sourcePort === undefined ? '' : String(flow.sourcePort),
});

const FIELDS = ['source', 'destination', 'transport', 'destinationPort', 'sourcePort'] as const;

/** The flow to check, typed by hand or read from a pasted log line; `flow` (from the link) fills it. */
export function FlowForm({ flow, onCheck }: { flow: Flow | undefined; onCheck: (flow: Flow) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [fields, setFields] = useState<Fields>(() => (flow ? toFields(flow) : EMPTY));
  const [error, setError] = useState<FlowError>();
  const form = useRef<HTMLFormElement>(null);
  // A flow from the link (a reload, Back or Forward) shows in the fields.
  useEffect(() => {
    setFields(flow ? toFields(flow) : EMPTY);
    setError(undefined);
  }, [flow]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = parseFlowFields(fields);
    if (result.ok) {
      setError(undefined);
      onCheck(result.flow);
      return;
    }
    setError(result.error);
    form.current?.querySelector<HTMLElement>(`[name="${result.error.field ?? 'source'}"]`)?.focus();
  };
  const errorAt = (field: FlowField) => (error && (error.field ?? 'source') === field ? error : undefined);
  const describe = (field: FlowField) => (errorAt(field) ? `${id}-${field}-error` : undefined);
  const message = (field: FlowField) => {
    const at = errorAt(field);
    return at ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {flowErrorText(t, at)}
      </p>
    ) : null;
  };
  const change = (field: keyof Fields) => (event: { target: { value: string } }) => setFields({ ...fields, [field]: event.target.value });

  return (
    <div className="check-input">
      <form ref={form} className="check-form" onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('check.formLegend')}</legend>
          {FIELDS.map((field) => (
            <div key={field} className={`field field-${field}`}>
              <label htmlFor={`${id}-${field}`}>{t(`check.field.${field}`)}</label>
              {field === 'transport' ? (
                <select id={`${id}-${field}`} name={field} value={fields.transport} onChange={change(field)}>
                  <option value="tcp">TCP</option>
                  <option value="udp">UDP</option>
                </select>
              ) : (
                <input
                  id={`${id}-${field}`}
                  name={field}
                  type="text"
                  inputMode={field.endsWith('Port') ? 'numeric' : undefined}
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={field.endsWith('Port') ? 5 : 64}
                  value={fields[field]}
                  aria-invalid={errorAt(field) ? true : undefined}
                  aria-describedby={describe(field)}
                  onChange={change(field)}
                />
              )}
              {message(field)}
            </div>
          ))}
        </fieldset>
        <button type="submit" className="primary">
          {t('check.submit')}
        </button>
      </form>
      <LogLine
        onRead={(read) => {
          setFields(toFields(read));
          setError(undefined);
          onCheck(read);
        }}
      />
    </div>
  );
}
