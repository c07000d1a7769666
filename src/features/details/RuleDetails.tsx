import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Assignments, addressesFor } from '../../shared/domain/addressBook';
import { formatPortRanges } from '../../shared/domain/ports';
import { type DatasetIndex, type ResolvedRule, ruleSummary } from '../../shared/domain/rules';
import type { Endpoint, Language } from '../../shared/domain/schema';
import { describeFirewalls, nameSaysZone } from '../../shared/domain/zones';
import { CitationList } from '../../shared/ui/CitationList';
import './details.css';

export interface RuleDetailsProps {
  rule: ResolvedRule;
  index: DatasetIndex;
  lang: Language;
  pairs: ReadonlyMap<string, string>;
  /** The rules that already allow this rule's traffic, and the rules this one covers. */
  coveredBy: readonly string[];
  covers: readonly string[];
  addresses: Assignments;
  /** Opens another rule's details (the pair partner). */
  onOpen: (ruleId: string) => void;
  onClose: () => void;
}

/** Everything about one rule, on demand: a side panel on wide screens, a full-width sheet on phones. */
export default function RuleDetails({
  rule: resolved,
  index,
  lang,
  pairs,
  coveredBy,
  covers,
  addresses,
  onOpen,
  onClose,
}: RuleDetailsProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const { rule } = resolved;
  const partner = pairs.get(rule.id);
  const list = (items: string[]) => items.join(t('summary.listSeparator'));

  // Focus the panel when it opens or shows another rule; Escape closes it (the page returns focus to the row).
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again when another rule is shown in the same panel
  useEffect(() => {
    heading.current?.focus();
  }, [rule.id]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const endpoint = (e: Endpoint, canBe: readonly string[] | undefined): ReactNode => (
    <>
      <span className="details-endpoint">{e.name[lang]}</span>{' '}
      {!nameSaysZone(e.name[lang], t(`zone.${e.zone}`)) && <span className="endpoint-zone">{t(`zone.${e.zone}`)}</span>}
      {addressesFor(addresses, e.id).length > 0 && <span className="details-addresses">{addressesFor(addresses, e.id).join(', ')}</span>}
      {e.nat && <span className="details-note">{t('table.natPublic', { name: e.nat.publicName[lang] })}</span>}
      {canBe && canBe.length > 0 && (
        <span className="details-note">{t('table.canBe', { names: list(canBe.map((id) => index.endpoint(id)?.name[lang] ?? id)) })}</span>
      )}
    </>
  );

  const sourcePorts: [string, ReactNode][] = rule.sourcePorts
    ? [
        [
          t('details.sourcePorts'),
          <span key="sp" className="ports">
            {formatPortRanges(rule.sourcePorts)}
          </span>,
        ],
      ]
    : [];
  const facts: [string, ReactNode][] = [
    [t('columns.protocol'), index.protocolLabel(rule)],
    [t('columns.transport'), rule.transport.toUpperCase()],
    [
      t('columns.ports'),
      <span key="p" className="ports">
        {formatPortRanges(rule.ports)}
      </span>,
    ],
    ...sourcePorts,
    [t('columns.source'), endpoint(resolved.source, rule.sourceCanBe)],
    [t('columns.destination'), endpoint(resolved.destination, rule.destinationCanBe)],
    [t('columns.direction'), t(`direction.${resolved.direction}`)],
    [t('columns.firewall'), describeFirewalls(resolved.firewalls, t)],
    [
      t('details.requirement'),
      rule.requirement.level === 'required'
        ? t('sheet.required')
        : rule.requirement.condition
          ? t('sheet.optionalWhen', { condition: rule.requirement.condition[lang] })
          : t('sheet.optional'),
    ],
    [t('columns.scenario'), list(rule.scenarios.map((id) => index.scenarioName(id, lang)))],
    [t('filters.topology'), list(resolved.topologies.map((id) => index.topologyName(id, lang)))],
  ];

  return (
    <aside className="rule-details" aria-labelledby={headingId} data-rule-id={rule.id}>
      <div className="details-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {ruleSummary(rule, lang)}
        </h2>
        <button type="button" className="details-close" onClick={onClose} aria-label={t('details.close')}>
          ×
        </button>
      </div>
      <p className="details-id">
        <code>{rule.id}</code>
        {rule.legacy && <span className="badge badge-legacy">{t('table.legacy')}</span>}
      </p>
      {rule.legacy && <p className="details-note">{t('table.legacyTitle')}</p>}
      <dl className="details-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('columns.notes')}</h3>
      <p className="details-notes">{rule.notes[lang]}</p>
      {partner && <RuleLinks label={t('details.pair')} ids={[partner]} index={index} lang={lang} onOpen={onOpen} />}
      {coveredBy.length > 0 && <RuleLinks label={t('details.coveredBy')} ids={coveredBy} index={index} lang={lang} onOpen={onOpen} />}
      {covers.length > 0 && <RuleLinks label={t('details.covers')} ids={covers} index={index} lang={lang} onOpen={onOpen} />}
      <h3>{t('details.sources', { count: rule.provenance.length })}</h3>
      <CitationList provenance={rule.provenance} index={index} lang={lang} t={t} />
    </aside>
  );
}

/** Other rules, each a button that shows its details in this panel. */
function RuleLinks(props: {
  label: string;
  ids: readonly string[];
  index: DatasetIndex;
  lang: Language;
  onOpen: (ruleId: string) => void;
}) {
  return (
    <div className="details-links">
      <h3>{props.label}</h3>
      <ul>
        {props.ids.map((id) => (
          <li key={id}>
            <button type="button" className="link-button" onClick={() => props.onOpen(id)}>
              {props.index.ruleSummary(id, props.lang)}
            </button>{' '}
            <code>{id}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
