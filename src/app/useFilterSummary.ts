import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { facetOptions } from '../features/filters/options';
import type { FacetId } from '../shared/domain/facets';
import { describeFilters } from '../shared/domain/filterSummary';
import type { Filters } from '../shared/domain/filters';
import type { RuleModel } from '../shared/domain/pairs';
import type { DatasetIndex } from '../shared/domain/rules';
import type { Language } from '../shared/domain/schema';
import { useCachedTranslation } from '../shared/i18n/cachedTranslate';

/** The filters in words, naming values as the filter panel does (one source of labels). */
export function useFilterSummary(index: DatasetIndex, model: RuleModel, lang: Language, filters: Filters): string {
  const { t } = useTranslation();
  const cached = useCachedTranslation();
  const options = useMemo(() => facetOptions(index, model.rules, lang, t), [index, model.rules, lang, t]);
  const label = (facet: FacetId, id: string) => options[facet].find((option) => option.id === id)?.label ?? id;
  return describeFilters(filters, label, cached);
}
