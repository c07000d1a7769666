import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import CheckPage from '../../features/check/CheckPage';
import type { Assignments } from '../../shared/domain/addressBook';
import { type LinkState, setFlow } from '../../shared/domain/linkState';
import type { RuleModel } from '../../shared/domain/pairs';
import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import type { Language } from '../../shared/domain/schema';
import { useRequestLinks } from '../pageLinks';
import { useFilterSummary } from '../useFilterSummary';
import type { UpdateLink } from '../useLinkState';
import { useSheetRules } from '../useSheetRules';

interface Props {
  index: DatasetIndex;
  model: RuleModel;
  filtered: readonly ResolvedRule[];
  lang: Language;
  state: LinkState;
  update: UpdateLink;
  addresses: Assignments;
}

/** `view=check`: the flow in the link (`flow=`) checked against the request sheet's rules and the addresses entered there. */
export default function CheckRoute({ index, model, filtered, lang, state, update, addresses }: Props) {
  const { t } = useTranslation();
  const { rules } = useSheetRules(filtered, model, state);
  const described = useFilterSummary(index, model, lang, state.filters);
  const filterSummary = state.selection.length > 0 ? t('check.selection', { count: state.selection.length }) : described;
  const onFlowChange = useCallback(
    (flow: string | undefined, replace?: boolean) => update((s) => setFlow(s, flow), undefined, replace),
    [update],
  );
  const links = useRequestLinks(state, update);
  return (
    <CheckPage
      rules={rules}
      addresses={addresses}
      index={index}
      lang={lang}
      filterSummary={filterSummary}
      flow={state.flow}
      onFlowChange={onFlowChange}
      links={links}
    />
  );
}
