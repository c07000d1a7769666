import {
  columnFilteringFeature,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';

/**
 * The TanStack features the rule table registers: sorting, row selection, and global filtering
 * (which needs the column-filtering feature),
 * used only to keep the rows the domain's filterRules kept (rows keep their identity, so a
 * keystroke re-renders only the rows that change).
 */
export const features = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  rowSelectionFeature,
});
