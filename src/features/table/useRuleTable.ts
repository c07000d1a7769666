import { type RowSelectionState, type SortingState, type Updater, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Assignments } from '../../shared/domain/addresses';
import type { Density, SortSpec } from '../../shared/domain/linkState';
import type { DatasetIndex, ResolvedRule } from '../../shared/domain/rules';
import type { Language, PortRange } from '../../shared/domain/schema';
import { useCachedTranslation } from '../../shared/i18n/cachedTranslate';
import { ruleColumns } from './columns';
import { features } from './tableFeatures';

export interface RuleTableOptions {
  /** The rules that pass the filters (the domain's filterRules), in display order (pairs adjacent): the table's data. */
  filtered: readonly ResolvedRule[];
  index: DatasetIndex;
  lang: Language;
  sort: SortSpec[];
  onSortChange: (sort: SortSpec[]) => void;
  pairs: ReadonlyMap<string, string>;
  portQuery?: PortRange;
  /** Rules ticked for the request sheet (`rules` in the URL). */
  selection: readonly string[];
  onSelectionChange: (ruleIds: string[]) => void;
  /** Addresses assigned to endpoints, shown next to their names. */
  addresses: Assignments;
  density: Density;
  onOpen: (ruleId: string) => void;
  coverings: ReadonlyMap<string, readonly string[]>;
}

export function useRuleTable({
  filtered,
  index,
  lang,
  sort,
  onSortChange,
  pairs,
  portQuery,
  selection,
  onSelectionChange,
  addresses,
  density,
  onOpen,
  coverings,
}: RuleTableOptions) {
  const t = useCachedTranslation();
  const columns = useMemo(
    () => ruleColumns({ t, index, lang, pairs, portQuery, addresses, density, onOpen, coverings }),
    [t, index, lang, pairs, portQuery, addresses, density, onOpen, coverings],
  );
  const sorting = useMemo<SortingState>(() => sort.map((s) => ({ id: s.id, desc: s.desc })), [sort]);
  const rowSelection = useMemo<RowSelectionState>(() => Object.fromEntries(selection.map((id) => [id, true])), [selection]);

  return useTable({
    features,
    columns,
    data: filtered as ResolvedRule[],
    getRowId: (r) => r.rule.id,
    // The selection may hold rules the filters hide: it is kept whole (select-all adds or removes the shown rows only).
    state: { sorting, rowSelection },
    onRowSelectionChange: (updater: Updater<RowSelectionState>) => {
      const next = typeof updater === 'function' ? updater(rowSelection) : updater;
      onSelectionChange(Object.keys(next).filter((id) => next[id]));
    },
    onSortingChange: (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      onSortChange(next.map((s) => ({ id: s.id as SortSpec['id'], desc: s.desc })));
    },
    enableMultiSort: false,
    sortDescFirst: false,
    enableSortingRemoval: true,
  });
}

export type RuleTableInstance = ReturnType<typeof useRuleTable>;
