import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Assignments, addressEntries } from '../../shared/domain/addressBook';
import { decodeFlow, encodeFlow, type FlowError, matchFlow } from '../../shared/domain/flow';
import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import { AppLink, type LinkTarget } from '../../shared/ui/AppLink';
import { FlowAnswer } from './FlowAnswer';
import { FlowForm } from './FlowForm';
import { flowErrorText } from './words';
import './check.css';
import '../../shared/ui/notice.css';

export interface CheckPageProps {
  /** The request sheet's rules: the flow is checked against these. */
  rules: readonly ResolvedRule[];
  addresses: Assignments;
  index: DatasetIndex;
  lang: Language;
  /** The filters (or the selection) in words, for "checked against …". */
  filterSummary: string;
  /** `flow=` from the link, as text (checked for shape only). */
  flow: string | undefined;
  /** A new flow to check (a history entry), or none; `replace` corrects the current entry. */
  onFlowChange: (flow: string | undefined, replace?: boolean) => void;
  links: { sheet: LinkTarget; rule: (id: string) => LinkTarget };
}

/** `view=check`: does a flow (typed, or read from a log line) pass the request's rules, and if not, what comes close. */
export default function CheckPage(props: CheckPageProps) {
  const { t } = useTranslation();
  const { rules, addresses, index, lang, flow: linked, onFlowChange } = props;
  const decoded = useMemo(() => (linked === undefined ? undefined : decodeFlow(linked)), [linked]);
  const flow = decoded?.ok ? decoded.flow : undefined;
  // A link's flow that does not read in full is taken out of the address bar and said here.
  const [linkError, setLinkError] = useState<FlowError>();
  useEffect(() => {
    if (decoded && !decoded.ok) {
      setLinkError(decoded.error);
      onFlowChange(undefined, true);
    }
  }, [decoded, onFlowChange]);
  // After a check the user asked for, the answer takes the focus (and scrolls into view, below the form on a phone).
  const focusAnswer = useRef(false);
  useEffect(() => {
    if (flow && focusAnswer.current) document.getElementById('check-answer')?.focus();
    focusAnswer.current = false;
  }, [flow]);
  const verdict = useMemo(() => (flow ? matchFlow(flow, rules, addresses) : undefined), [flow, rules, addresses]);
  const byId = useMemo(() => new Map(rules.map((view) => [view.rule.id, view])), [rules]);
  const entered = addressEntries(addresses).filter(([, list]) => list.length > 0).length;

  return (
    <main id="rules" tabIndex={-1} className="check-page">
      <h2>{t('check.heading')}</h2>
      <p>{t('check.intro')}</p>
      {linkError && (
        <p className="notice check-link-error" role="status">
          {t('check.linkError', { error: flowErrorText(t, linkError) })}
        </p>
      )}
      <p className="muted">
        {t('check.rulesChecked', { count: rules.length, filters: props.filterSummary })}{' '}
        {entered > 0 ? t('check.addresses', { count: entered }) : t('check.noAddresses')}{' '}
        <AppLink to={props.links.sheet}>{t('check.toSheet')}</AppLink>
      </p>
      <FlowForm
        flow={flow}
        onCheck={(next) => {
          setLinkError(undefined);
          const text = encodeFlow(next);
          // The same flow again changes nothing in the link: the answer (already shown) takes the focus now.
          if (text === linked) document.getElementById('check-answer')?.focus();
          else focusAnswer.current = true;
          onFlowChange(text);
        }}
      />
      {flow && verdict && <FlowAnswer flow={flow} verdict={verdict} rules={byId} index={index} lang={lang} rule={props.links.rule} />}
    </main>
  );
}
