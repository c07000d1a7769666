import { useMemo } from 'react';
import type { Filters } from '../shared/domain/filters';
import { filterRules } from '../shared/domain/filters';
import { buildRuleModel } from '../shared/domain/pairs';
import { indexDataset } from '../shared/domain/rules';
import type { Dataset } from '../shared/domain/schema';

/**
 * The dataset's rules for every page, each step computed once: the index (endpoints, protocols by
 * id), the rule model (resolved rules, pairs, display order) and the one filtered list every page
 * consumes (the only filtering path).
 */
export function useRules(dataset: Dataset | undefined, filters: Filters) {
  const index = useMemo(() => (dataset ? indexDataset(dataset) : undefined), [dataset]);
  const model = useMemo(() => (index ? buildRuleModel(index) : undefined), [index]);
  const filtered = useMemo(() => (model ? filterRules(model.ordered, filters) : []), [model, filters]);
  return { index, model, filtered };
}
