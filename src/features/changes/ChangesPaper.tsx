import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CHANGE_KINDS,
  type ChangeEntry,
  type ChangeKind,
  type ChangeSheet,
  type CitedSource,
  diffText,
  type Sides,
} from '../../shared/domain/changeSheet';
import type { Language } from '../../shared/domain/schema';
import type { SheetEndpoint, SheetRow } from '../../shared/domain/sheet';
import { PAPER_RULE_COLUMNS } from '../../shared/ui/paperColumns';

interface Props {
  sheet: ChangeSheet;
  sides: Sides;
  sources: readonly CitedSource[];
  lang: Language;
  /** The request sheet's header (title, ticket, requester, date, environment, filters, justification). */
  header: ReactNode;
  names: { from: string; to: string };
  productName: (id: string) => string;
  meta: { shareUrl: string; generated: Date };
}

/** The sheet's columns (features/sheet/SheetPaper.tsx), with the version of the rule first in the section of modifications. */
const COLUMNS = PAPER_RULE_COLUMNS;
type Column = (typeof COLUMNS)[number];
/** Which column shows a changed field (the others are in the notes). */
const COLUMN_OF: Partial<Record<string, Column>> = {
  source: 'source',
  destination: 'destination',
  protocol: 'protocol',
  security: 'protocol',
  transport: 'transport',
  ports: 'ports',
  sourcePorts: 'ports',
  requirement: 'requirement',
};
const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

const endpoint = (e: SheetEndpoint) => (
  <>
    <span className="sheet-endpoint">{e.name}</span>
    <span className="sheet-addresses">{e.addresses.join(', ')}</span>
  </>
);

/** The upgrade change request on paper: three sections in the request sheet's layout, the reasons after each, then the sources and licence. */
export function ChangesPaper({ sheet, sides, sources, lang, header, names, productName, meta }: Props) {
  const { t } = useTranslation();
  const refNo = new Map(sources.map((source, i) => [source.id, i + 1]));
  const cells = (row: SheetRow): Record<Column, ReactNode> => ({
    source: endpoint(row.source),
    destination: endpoint(row.destination),
    protocol: row.protocol,
    transport: row.transport,
    ports: (
      <>
        {row.ports}
        {row.sourcePorts && <span className="sheet-source-ports">{t('table.sourcePorts', { ports: row.sourcePorts })}</span>}
      </>
    ),
    direction: row.direction,
    firewall: row.firewall,
    requirement: row.requirementShort,
    justification: row.justification,
  });
  const rowOf = (entry: ChangeEntry, row: SheetRow, version?: 'before' | 'after') => {
    const changed = new Set(entry.diffs.flatMap((d) => COLUMN_OF[d.field] ?? []));
    const values = cells(row);
    return (
      <tr key={`${entry.id}-${version ?? ''}`} data-rule-id={entry.id} className={version ? `changes-${version}` : undefined}>
        <td className="num">{entry.no}</td>
        {version && <td>{t(`changes.version.${version}`)}</td>}
        {COLUMNS.map((column) => (
          <td key={column} className={changed.has(column) ? 'changes-changed' : undefined}>
            {values[column]}
          </td>
        ))}
        <td className="sheet-doc">
          {row.documentIds
            .map((id) => refNo.get(id))
            .filter(Boolean)
            .join(', ')}
        </td>
      </tr>
    );
  };
  const section = (kind: ChangeKind) => {
    const entries = sheet[kind];
    const versions = kind === 'change';
    return (
      <section key={kind} className="changes-paper-section" data-section={kind}>
        <table className="sheet-table">
          <caption>{t(`changes.section.${kind}`, { count: entries.length })}</caption>
          <thead>
            <tr>
              <th scope="col" className="sheet-col-no">
                {t('sheet.columns.no')}
              </th>
              {versions && (
                <th scope="col" className="changes-col-version">
                  {t('changes.columns.version')}
                </th>
              )}
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className={`sheet-col-${column}`}>
                  {t(`sheet.columns.${column}`)}
                </th>
              ))}
              <th scope="col" className="sheet-col-documents">
                {t('sheet.columns.documents')}
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.length === 0 && (
              <tr>
                <td colSpan={COLUMNS.length + (versions ? 3 : 2)}>{t('changes.sectionEmpty')}</td>
              </tr>
            )}
            {entries.flatMap((entry) =>
              versions
                ? [entry.old && rowOf(entry, entry.old, 'before'), entry.new && rowOf(entry, entry.new, 'after')]
                : [(entry.new ?? entry.old) && rowOf(entry, (entry.new ?? entry.old) as SheetRow)],
            )}
          </tbody>
        </table>
        {entries.length > 0 && <PaperReasons entries={entries} refNo={refNo} productName={productName} />}
      </section>
    );
  };
  /** "Label: value" with the language's colon, the value possibly an element. */
  const labelled = (label: string, value: ReactNode) => {
    const [before, after] = t('changes.labelled', { label: t(label), value: '\u0000' }).split('\u0000');
    return (
      <>
        {before}
        {value}
        {after}
      </>
    );
  };
  const adaptations = [...new Set([sides.from, sides.to].map((index) => index.dataset.adaptation?.[lang] ?? t('app.credit')))];
  return (
    <article className="sheet-print changes-print" lang={lang} aria-label={t('changes.requestHeading')}>
      {header}
      <p className="changes-versions">
        {t('changes.summary', {
          ...names,
          counts: t('changes.counts', {
            add: sheet.add.length,
            close: sheet.close.length,
            change: sheet.change.length,
            same: sheet.unchanged,
          }),
        })}
      </p>
      {CHANGE_KINDS.map(section)}
      <footer className="sheet-footer">
        <p>
          {labelled(
            'changes.datasets',
            `${names.from} ${sides.from.dataset.version}${t('summary.listSeparator')}${names.to} ${sides.to.dataset.version}`,
          )}{' '}
          · {labelled('sheet.generated', new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(meta.generated))} ·{' '}
          {labelled('sheet.link', <span className="sheet-link">{meta.shareUrl}</span>)}
        </p>
        <h2>{t('sheet.sourcesHeading')}</h2>
        <ul className="sheet-sources">
          {sources.map((source, i) => (
            <li key={source.id}>
              <span className="sheet-source-no">[{i + 1}]</span> {source.title} <span className="sheet-link">{source.url}</span>
            </li>
          ))}
        </ul>
        <p>
          {adaptations.join(' ')} {labelled('sheet.licence', <span className="sheet-link">{LICENCE_URL}</span>)}
        </p>
      </footer>
    </article>
  );
}

/** After each section, keyed by number: what changed (modifications) and why, each citation by its source number. */
function PaperReasons({
  entries,
  refNo,
  productName,
}: {
  entries: readonly ChangeEntry[];
  refNo: ReadonlyMap<string, number>;
  productName: (id: string) => string;
}) {
  const { t } = useTranslation();
  // The quotation marks of the reader's language around a quote that may be in another.
  const [open, close] = t('changes.quote', { text: '\u0000' }).split('\u0000');
  return (
    <section className="sheet-notes changes-reasons">
      <h2>{t('changes.reasonsHeading')}</h2>
      <dl>
        {entries.map((entry) => (
          <div key={entry.id} className="sheet-note">
            <dt>{entry.no}</dt>
            <dd>
              <span className="changes-rule-id">{entry.id}</span>
              {entry.diffs.map((d) => (
                <span key={d.field} className="changes-diff">
                  {diffText(d, t)}
                </span>
              ))}
              {entry.reasons.map((reason, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the reasons of one opening are a fixed list
                <span key={i} className="changes-reason">
                  <span className="reason-step">
                    {t(reason.reversed ? 'changes.reasonReversed' : `changes.reasonStep.${reason.change}`, {
                      product: productName(reason.step),
                    })}
                  </span>{' '}
                  {reason.text}{' '}
                  {reason.citations.map((c) => (
                    <span key={`${c.documentId}-${c.place}`} className="changes-citation">
                      [{refNo.get(c.documentId)}] {c.place} {open}
                      <span lang={c.quoteLang}>{c.quote}</span>
                      {close}{' '}
                    </span>
                  ))}
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
