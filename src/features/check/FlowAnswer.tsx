import { useTranslation } from 'react-i18next';
import type { Flow, FlowVerdict, RuleMatch } from '../../shared/domain/flow';
import { formatPortRange, formatPortRanges } from '../../shared/domain/ports';
import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import { describeFirewalls } from '../../shared/domain/zones';
import { AppLink, type LinkTarget } from '../../shared/ui/AppLink';
import { endpointMatchText, nearMissText, zoneText } from './words';

interface Props {
  flow: Flow;
  verdict: FlowVerdict;
  /** The rules checked, by id. */
  rules: ReadonlyMap<string, ResolvedRule>;
  index: DatasetIndex;
  lang: Language;
  rule: (id: string) => LinkTarget;
}

/** The rule's name, linking to its details in the table, and its id. */
function RuleName({ view, lang, to }: { view: ResolvedRule; lang: Language; to: LinkTarget }) {
  return (
    <>
      <AppLink to={to}>{view.rule.summary[lang]}</AppLink> <code className="check-rule-id">{view.rule.id}</code>
    </>
  );
}

/** The answer: the rules that allow the flow and how each matched, or, when none does, the near misses. */
export function FlowAnswer({ flow, verdict, rules, index, lang, rule }: Props) {
  const { t } = useTranslation();
  const transport = flow.transport.toUpperCase();
  const matched = (m: RuleMatch, view: ResolvedRule) => {
    const items: [string, string][] = [
      ['source', endpointMatchText(t, index, lang, flow.source, m.source)],
      ['destination', endpointMatchText(t, index, lang, flow.destination, m.destination)],
      [
        'port',
        t(m.port.from === m.port.to ? 'check.port.single' : 'check.port.range', {
          transport,
          port: flow.destinationPort,
          range: formatPortRange(m.port),
        }),
      ],
      [
        'sourcePort',
        m.sourcePort.how === 'any'
          ? t('check.sourcePort.any')
          : m.sourcePort.how === 'range'
            ? t('check.sourcePort.range', { port: flow.sourcePort, range: formatPortRange(m.sourcePort.range) })
            : t('check.sourcePort.unknown', { ranges: formatPortRanges(m.sourcePort.ranges) }),
      ],
      ['crossing', t('check.crossing', { direction: t(`direction.${m.direction}`), firewalls: describeFirewalls(m.firewalls, t) })],
    ];
    return (
      <li key={m.ruleId} data-rule-id={m.ruleId}>
        <RuleName view={view} lang={lang} to={rule(m.ruleId)} />
        <dl>
          {items.map(([key, text]) => (
            <div key={key}>
              <dt>{t(`check.answer.${key}`)}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      </li>
    );
  };
  const allowed = verdict.matches.length > 0;
  return (
    <section className="check-answer" aria-labelledby="check-answer">
      <h3 id="check-answer" tabIndex={-1} className={allowed ? 'check-allowed' : 'check-denied'}>
        <span aria-hidden="true">{allowed ? '✓ ' : '✗ '}</span>
        {allowed ? t('check.answer.allowed', { count: verdict.matches.length }) : t('check.answer.none')}
      </h3>
      <ul className="check-zones">
        <li>{zoneText(t, index, lang, flow.source, verdict.sourceZone)}</li>
        <li>{zoneText(t, index, lang, flow.destination, verdict.destinationZone)}</li>
      </ul>
      {allowed && (
        <ol className="check-matches">
          {verdict.matches.map((m) => {
            const view = rules.get(m.ruleId);
            return view ? matched(m, view) : null;
          })}
        </ol>
      )}
      {!allowed && verdict.nearMisses.length === 0 && <p>{t('check.answer.noNear')}</p>}
      {!allowed && verdict.nearMisses.length > 0 && (
        <>
          <h4>{t('check.answer.nearHeading', { count: verdict.nearMisses.length })}</h4>
          <ul className="check-near">
            {verdict.nearMisses.map((miss) => {
              const view = rules.get(miss.ruleId);
              return view ? (
                <li key={`${miss.ruleId}-${miss.kind}`} data-rule-id={miss.ruleId} data-kind={miss.kind}>
                  <RuleName view={view} lang={lang} to={rule(miss.ruleId)} />
                  <p>{nearMissText(t, lang, miss, view)}</p>
                </li>
              ) : null;
            })}
          </ul>
        </>
      )}
    </section>
  );
}
