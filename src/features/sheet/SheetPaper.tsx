import { useTranslation } from 'react-i18next';
import { productName } from '../../shared/domain/products';
import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import { citedSources, type SheetEndpoint, type SheetRow } from '../../shared/domain/sheet';
import { PAPER_RULE_COLUMNS } from '../../shared/ui/paperColumns';
import { SheetHeader } from './SheetHeader';
import type { SheetFields } from './useSheetFields';

export interface SheetMeta {
  filterSummary: string;
  shareUrl: string;
  generated: Date;
}

interface Props {
  rules: readonly ResolvedRule[];
  /** The rows rendered (the preview may show fewer than the sheet has). */
  rows: readonly SheetRow[];
  total: number;
  index: DatasetIndex;
  lang: Language;
  fields: SheetFields;
  meta: SheetMeta;
  /** Kept rule id → the covered rules listed under it ("List only the openings needed"). */
  covered: ReadonlyMap<string, readonly ResolvedRule[]>;
  /** Every rule's notes after the table; otherwise only conditions and covered rules. */
  fullNotes: boolean;
  /** The firewall configuration, printed after the notes when the user asks for it. */
  config?: React.ReactNode;
  children?: React.ReactNode;
}

const COLUMNS = ['no', ...PAPER_RULE_COLUMNS, 'documents'] as const;

const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

const endpointCell = (e: SheetEndpoint) => (
  <>
    <span className="sheet-endpoint">{e.name}</span>
    <span className="sheet-addresses">{e.addresses.length > 0 ? e.addresses.join(', ') : ''}</span>
  </>
);

/** The request as it prints: header, one row per rule, then the filters, the live link and the cited sources. */
export function SheetPaper({ rules, rows, total, index, lang, fields, meta, covered, fullNotes, config, children }: Props) {
  const { t } = useTranslation();
  const sources = citedSources(rules, index);
  // Documents are cited by their number in the list of sources below the table.
  const refNo = new Map(sources.map((source, i) => [source.id, i + 1]));
  return (
    <article className="sheet-print" lang={lang} aria-label={t('sheet.heading')}>
      <SheetHeader
        title={fields.title || t('sheet.title', { product: productName(index.dataset, lang, t) })}
        fields={fields}
        lang={lang}
        filterSummary={meta.filterSummary}
      />
      <table className="sheet-table">
        <caption>{t('sheet.rulesHeading', { count: total })}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className={`sheet-col-${column}`}>
                {t(`sheet.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
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
              <td>
                {row.requirementShort}
                {row.condition && <sup className="sheet-mark">†</sup>}
              </td>
              <td>{row.justification}</td>
              <td className="sheet-doc">
                {row.documentIds
                  .map((id) => refNo.get(id))
                  .filter((n) => n !== undefined)
                  .sort((a, b) => a - b)
                  .join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SheetNotes rows={rows} covered={covered} fullNotes={fullNotes} lang={lang} />
      {config}
      <footer className="sheet-footer">
        <p>
          {t('sheet.dataset')}: {index.dataset.version} · {t('sheet.generated')}:{' '}
          {new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(meta.generated)} · {t('sheet.link')}:{' '}
          <span className="sheet-link">{meta.shareUrl}</span>
        </p>
        {sources.length > 0 && (
          <>
            <h2>{t('sheet.sourcesHeading')}</h2>
            <ul className="sheet-sources">
              {sources.map((source, i) => (
                <li key={source.id}>
                  <span className="sheet-source-no">[{i + 1}]</span> <span className="sheet-source-id">{source.id.toUpperCase()}</span>{' '}
                  {(source.heading ?? source.title)[lang]} <span className="sheet-link">{source.url}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        <p>
          {index.dataset.adaptation ? index.dataset.adaptation[lang] : t('app.credit')} {t('sheet.licence')}:{' '}
          <span className="sheet-link">{LICENCE_URL}</span>
        </p>
      </footer>
      {children}
    </article>
  );
}

/** After the table, keyed by rule number: conditions (†), covered rules, and with full notes every rule's notes. */
function SheetNotes({
  rows,
  covered,
  fullNotes,
  lang,
}: {
  rows: readonly SheetRow[];
  covered: ReadonlyMap<string, readonly ResolvedRule[]>;
  fullNotes: boolean;
  lang: Language;
}) {
  const { t } = useTranslation();
  const noted = rows.filter((row) => fullNotes || row.condition || covered.has(row.ruleId));
  if (noted.length === 0) return null;
  return (
    <section className="sheet-notes" aria-label={t('sheet.notesHeading')}>
      <h2>{t('sheet.notesHeading')}</h2>
      <dl>
        {noted.map((row) => (
          <div key={row.ruleId} className="sheet-note">
            <dt>{row.no}</dt>
            <dd>
              {row.condition && <span className="sheet-condition">† {row.requirement}</span>}
              {fullNotes && <span className="sheet-note-text">{row.notes}</span>}
              {(covered.get(row.ruleId)?.length ?? 0) > 0 && (
                <span className="sheet-covers">
                  {t('sheet.alsoCovers')}{' '}
                  {covered
                    .get(row.ruleId)
                    ?.map((r) => `${r.rule.summary[lang]} (${r.rule.id})`)
                    .join(t('summary.listSeparator'))}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
