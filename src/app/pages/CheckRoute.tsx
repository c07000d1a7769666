import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import CheckPage from '../../features/check/CheckPage';
import { activeFilters } from '../../shared/domain/filters';
import { setFlow } from '../../shared/domain/linkState';
import { useRequestLinks } from '../pageLinks';
import { useFilterSummary } from '../useFilterSummary';
import { useSheetRules } from '../useSheetRules';
import type { RulesPageProps } from './routeProps';

/** `view=check`: the flow in the link (`flow=`) checked against the request sheet's rules and the addresses entered there. */
export default function CheckRoute({ index, model, filtered, lang, state, update, addresses }: RulesPageProps) {
  const { t } = useTranslation();
  const { rules } = useSheetRules(filtered, model, state);
  const described = useFilterSummary(index, model, lang, state.filters);
  const filterSummary =
    state.selection.length > 0
      ? t('check.selection', { count: state.selection.length })
      : activeFilters(state.filters).length > 0
        ? described
        : t('check.noFilter');
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
