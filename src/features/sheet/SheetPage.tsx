import { type ReactNode, useEffect, useId, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Assignments } from '../../shared/domain/addresses';
import type { DatasetIndex, RuleView } from '../../shared/domain/rules';
import type { Endpoint, Language } from '../../shared/domain/schema';
import { buildSheetRows, citedSources, type SheetEndpoint } from '../../shared/domain/sheet';
import { useCachedTranslation } from '../../shared/i18n/cachedTranslate';
import { AddressEditor } from './AddressEditor';
import './sheet.css';

export interface SheetFields {
  title: string;
  ticket: string;
  requester: string;
  date: string;
  environment: string;
  justification: string;
}

export interface SheetPageProps {
  views: readonly RuleView[];
  index: DatasetIndex;
  lang: Language;
  addresses: Assignments;
  onAddressChange: (endpointId: string, addresses: string[]) => void;
  shareAddresses: boolean;
  onShareAddressesChange: (share: boolean) => void;
  selectionCount: number;
  filteredCount: number;
  onClearSelection: () => void;
  filterSummary: string;
  shareUrl: string;
  generated: Date;
  fields: SheetFields;
  onFieldsChange: (fields: SheetFields) => void;
  includeDiagrams: boolean;
  onIncludeDiagramsChange: (include: boolean) => void;
  exportSlot: ReactNode;
  diagramsSlot: ReactNode;
}

const ZONE_ORDER = { internet: 0, perimeter: 1, internal: 2 } as const;

/** Rows rendered in the on-screen preview; printing renders them all. */
const PREVIEW_ROWS = 2000;

const PAGE = '[[page]]';
const PAGES = '[[pages]]';

/** Paged-media text (page numbers, running title) comes from i18next too, as a constructed style sheet. */
function usePageMarginText(running: string) {
  const { t } = useTranslation();
  useEffect(() => {
    const text = t('sheet.pageOf', { page: PAGE, pages: PAGES });
    const quote = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    const content = text
      .split(/(\[\[page\]\]|\[\[pages\]\])/)
      .filter(Boolean)
      .map((part) => (part === PAGE ? 'counter(page)' : part === PAGES ? 'counter(pages)' : quote(part)))
      .join(' ');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `@page { @bottom-right { content: ${content}; font-size: 8pt; } @top-left { content: ${quote(running)}; font-size: 8pt; color: #444; } }`,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [t, running]);
}

export default function SheetPage(props: SheetPageProps) {
  const { t } = useTranslation();
  const { views, index, lang, addresses, fields } = props;
  const idPrefix = useId();
  const running = [fields.title || t('sheet.title'), fields.ticket].filter(Boolean).join(' · ');
  usePageMarginText(running.replace(/[\n\r]+/g, ' '));
  const cached = useCachedTranslation();
  const rows = useMemo(() => buildSheetRows(views, index, lang, addresses, cached), [views, index, lang, addresses, cached]);
  const sources = citedSources(views, index);
  // A very large sheet shows its first rows on screen and renders the rest only for printing
  // (the browser's beforeprint, or the Print button), so the page stays usable with 100,000 rules.
  const [complete, setComplete] = useState(false);
  const limited = rows.length > PREVIEW_ROWS && !complete;
  useEffect(() => {
    if (rows.length <= PREVIEW_ROWS) return;
    const beforePrint = () => flushSync(() => setComplete(true));
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, [rows.length]);
  const endpoints: Endpoint[] = [];
  for (const view of views) {
    for (const e of [view.source, view.destination]) if (!endpoints.includes(e)) endpoints.push(e);
  }
  endpoints.sort((a, b) => ZONE_ORDER[a.zone] - ZONE_ORDER[b.zone] || a.name[lang].localeCompare(b.name[lang]));
  const dateText = fields.date ? new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(`${fields.date}T12:00:00`)) : '';
  const field = (key: keyof SheetFields, multiline = false) => {
    const id = `${idPrefix}-${key}`;
    const common = {
      id,
      value: fields[key],
      onChange: (e: { target: { value: string } }) => props.onFieldsChange({ ...fields, [key]: e.target.value }),
    };
    return (
      <div className={`field field-${key}`}>
        <label htmlFor={id}>{t(`sheet.fields.${key}`)}</label>
        {multiline ? (
          <textarea rows={3} maxLength={4000} {...common} />
        ) : (
          <input type={key === 'date' ? 'date' : 'text'} maxLength={200} {...common} />
        )}
      </div>
    );
  };
  const endpointCell = (e: SheetEndpoint) => (
    <>
      <span className="sheet-endpoint">{e.name}</span>
      <span className="sheet-addresses">{e.addresses.length > 0 ? e.addresses.join(', ') : ''}</span>
    </>
  );

  return (
    <main id="rules" tabIndex={-1} className="sheet-page">
      <div className="sheet-controls no-print">
        <h2>{t('sheet.heading')}</h2>
        <p>{t('sheet.intro')}</p>
        <p className="sheet-selection">
          {props.selectionCount > 0 ? (
            <>
              {t('sheet.selection', { count: props.selectionCount })}{' '}
              <button type="button" onClick={props.onClearSelection}>
                {t('sheet.clearSelection')}
              </button>
            </>
          ) : (
            t('sheet.selectionNone', { count: props.filteredCount })
          )}
        </p>
        <fieldset className="sheet-fields">
          <legend>{t('sheet.fieldsLegend')}</legend>
          {field('title')}
          {field('ticket')}
          {field('requester')}
          {field('date')}
          {field('environment')}
          {field('justification', true)}
        </fieldset>
        <AddressEditor endpoints={endpoints} lang={lang} addresses={addresses} onChange={props.onAddressChange} />
        <div className="sheet-options">
          <label className="toggle">
            <input type="checkbox" checked={props.shareAddresses} onChange={(e) => props.onShareAddressesChange(e.target.checked)} />
            {t('sheet.shareAddresses')}
          </label>
          <p className="muted">{t('sheet.shareAddressesHint')}</p>
          <label className="toggle">
            <input type="checkbox" checked={props.includeDiagrams} onChange={(e) => props.onIncludeDiagramsChange(e.target.checked)} />
            {t('sheet.includeDiagrams')}
          </label>
        </div>
        <div className="sheet-actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              flushSync(() => setComplete(true));
              window.print();
            }}
          >
            {t('sheet.print')}
          </button>
          {props.exportSlot}
        </div>
      </div>

      {limited && (
        <p className="notice no-print" role="status">
          {t('sheet.previewLimited', {
            shown: PREVIEW_ROWS.toLocaleString(lang),
            count: rows.length,
            total: rows.length.toLocaleString(lang),
          })}
        </p>
      )}
      <article className="sheet-print" lang={lang} aria-label={t('sheet.heading')}>
        <header className="sheet-header">
          <h1>{fields.title || t('sheet.title')}</h1>
          <dl>
            <dt>{t('sheet.fields.ticket')}</dt>
            <dd>{fields.ticket}</dd>
            <dt>{t('sheet.fields.requester')}</dt>
            <dd>{fields.requester}</dd>
            <dt>{t('sheet.fields.date')}</dt>
            <dd>{dateText}</dd>
            <dt>{t('sheet.fields.environment')}</dt>
            <dd>{fields.environment}</dd>
            <dt>{t('sheet.filters')}</dt>
            <dd className="sheet-filter-summary">{props.filterSummary}</dd>
          </dl>
          {fields.justification && (
            <div className="sheet-justification">
              <h2>{t('sheet.fields.justification')}</h2>
              <p>{fields.justification}</p>
            </div>
          )}
        </header>
        <table className="sheet-table">
          <caption>{t('sheet.rulesHeading', { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col" className="sheet-col-no">
                {t('sheet.columns.no')}
              </th>
              <th scope="col" className="sheet-col-source">
                {t('sheet.columns.source')}
              </th>
              <th scope="col" className="sheet-col-destination">
                {t('sheet.columns.destination')}
              </th>
              <th scope="col" className="sheet-col-protocol">
                {t('sheet.columns.protocol')}
              </th>
              <th scope="col" className="sheet-col-transport">
                {t('sheet.columns.transport')}
              </th>
              <th scope="col" className="sheet-col-ports">
                {t('sheet.columns.ports')}
              </th>
              <th scope="col" className="sheet-col-direction">
                {t('sheet.columns.direction')}
              </th>
              <th scope="col" className="sheet-col-firewall">
                {t('sheet.columns.firewall')}
              </th>
              <th scope="col" className="sheet-col-requirement">
                {t('sheet.columns.requirement')}
              </th>
              <th scope="col" className="sheet-col-justification">
                {t('sheet.columns.justification')}
              </th>
              <th scope="col" className="sheet-col-sourceDocument">
                {t('sheet.columns.sourceDocument')}
              </th>
            </tr>
          </thead>
          <tbody>
            {(complete ? rows : rows.slice(0, PREVIEW_ROWS)).map((row) => (
              <tr key={row.ruleId} data-rule-id={row.ruleId}>
                <td className="num">{row.no}</td>
                <td>{endpointCell(row.source)}</td>
                <td>{endpointCell(row.destination)}</td>
                <td>{row.protocol}</td>
                <td>{row.transport}</td>
                <td className="sheet-ports">
                  {row.ports}
                  {row.sourcePorts && <span className="sheet-source-ports">{t('table.sourcePorts', { ports: row.sourcePorts })}</span>}
                </td>
                <td>{row.direction}</td>
                <td>{row.firewall}</td>
                <td>{row.requirement}</td>
                <td>{row.justification}</td>
                <td className="sheet-doc">{row.sourceDocument}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <footer className="sheet-footer">
          <p>
            {t('sheet.dataset')}: {index.dataset.version} · {t('sheet.generated')}:{' '}
            {new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(props.generated)}
          </p>
          <p className="sheet-link">
            {t('sheet.link')}: {props.shareUrl}
          </p>
          {sources.length > 0 && (
            <>
              <h2>{t('sheet.sourcesHeading')}</h2>
              <ul className="sheet-sources">
                {sources.map((source) => (
                  <li key={source.id}>
                    <span className="sheet-source-id">{source.id.toUpperCase()}</span> {source.title[lang]}{' '}
                    <span className="sheet-link">{source.url}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>{t('app.credit')}</p>
        </footer>
        {props.includeDiagrams && props.diagramsSlot}
      </article>
    </main>
  );
}
