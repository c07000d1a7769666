import { createSortedRowModel, rowSelectionFeature, rowSortingFeature, tableFeatures } from '@tanstack/react-table';

/**
 * The TanStack features the rule table registers: sorting and row selection. Filtering is the
 * domain's (filterRules): the table is fed the rules it kept, so TanStack's filtering features
 * (1.6 KB gzip of the first load) are not registered.
 */
export const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  rowSelectionFeature,
});
