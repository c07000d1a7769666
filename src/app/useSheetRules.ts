import { useMemo } from 'react';
import type { LinkState } from '../shared/domain/linkState';
import type { RuleModel } from '../shared/domain/pairs';
import type { ResolvedRule } from '../shared/domain/rules';
import { neededOpenings, type Openings, sheetRules } from '../shared/domain/sheet';

/**
 * The rules of the request: the explicit selection, else the filtered rules; with "List only the
 * openings needed" (`openings=needed`), without the rules another rule of it covers (listed under
 * that rule). The sheet, the firewall configuration and the flow check all start from these.
 */
export function useSheetRules(filtered: readonly ResolvedRule[], model: RuleModel, state: LinkState): Openings {
  const listed = useMemo(() => sheetRules(filtered, model.ordered, state.selection), [filtered, model.ordered, state.selection]);
  return useMemo(() => (state.neededOnly ? neededOpenings(listed) : { rules: listed, covered: new Map() }), [listed, state.neededOnly]);
}
