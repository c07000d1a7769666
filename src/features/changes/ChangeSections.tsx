import { useTranslation } from 'react-i18next';
import { CHANGE_KINDS, type ChangeEntry, type ChangeSheet } from '../../shared/domain/changeSheet';
import type { Language } from '../../shared/domain/schema';
import type { SheetRow } from '../../shared/domain/sheet';
import { ReasonList } from './ReasonList';

interface Props {
  sheet: ChangeSheet;
  lang: Language;
  /** The compared versions' names, for the column heads of the changed fields. */
  names: { from: string; to: string };
  productName: (id: string) => string;
}

/** One line for an opening: "Source → Destination · SIP (MTLS) TCP 5061 · Inbound · External · Required". */
const ruleLine = (row: SheetRow) =>
  [
    `${row.source.name} → ${row.destination.name}`,
    `${row.protocol} ${row.transport} ${row.ports}`,
    row.direction,
    row.firewall,
    row.requirement,
  ]
    .filter(Boolean)
    .join(' · ');

function Entry({ entry, lang, names, productName }: { entry: ChangeEntry } & Omit<Props, 'sheet'>) {
  const { t } = useTranslation();
  const row = entry.new ?? entry.old;
  return (
    <li className={`change-entry change-${entry.kind}`} data-rule-id={entry.id}>
      <h4>
        <span className={`change-badge change-badge-${entry.kind}`}>{t(`changes.action.${entry.kind}`)}</span> {entry.summary}{' '}
        <code className="rule-id">{entry.id}</code>
      </h4>
      {row && <p className="change-rule">{ruleLine(row)}</p>}
      {entry.diffs.length > 0 && (
        <table className="change-fields">
          <thead>
            <tr>
              <th scope="col">{t('changes.fieldHeader')}</th>
              <th scope="col">{names.from}</th>
              <th scope="col">{names.to}</th>
            </tr>
          </thead>
          <tbody>
            {entry.diffs.map((diff) => (
              <tr key={diff.field} data-field={diff.field}>
                <th scope="row">{diff.label}</th>
                <td className="change-old">{diff.from}</td>
                <td className="change-new">{diff.to}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {entry.reasons.length > 0 && <ReasonList reasons={entry.reasons} lang={lang} productName={productName} />}
      {entry.unexplained.length > 0 && (
        <p className="field-error">
          {t('changes.noReason', {
            what: entry.unexplained
              .map((f) => (f === 'kind' ? t('changes.kind') : t(`changes.field.${f}`)))
              .join(t('summary.listSeparator')),
          })}
        </p>
      )}
    </li>
  );
}

/** The comparison on screen: the openings to add, to close and to modify, each with its reasons. */
export function ChangeSections({ sheet, ...rest }: Props) {
  const { t } = useTranslation();
  return CHANGE_KINDS.map((kind) => (
    <section key={kind} className={`change-section change-section-${kind}`} aria-labelledby={`changes-${kind}`}>
      <h3 id={`changes-${kind}`}>{t(`changes.section.${kind}`, { count: sheet[kind].length })}</h3>
      <p className="muted">{t(`changes.sectionHint.${kind}`, rest.names)}</p>
      {sheet[kind].length === 0 ? (
        <p>{t('changes.sectionEmpty')}</p>
      ) : (
        <ol className="change-list">
          {sheet[kind].map((entry) => (
            <Entry key={entry.id} entry={entry} {...rest} />
          ))}
        </ol>
      )}
    </section>
  ));
}
