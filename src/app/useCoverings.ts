import { useEffect, useMemo, useState } from 'react';
import { findCoverings } from '../shared/domain/covering';
import type { ResolvedRule } from '../shared/domain/rules';

/** Up to this many rules, coverings are computed with the first render; above, just after it (100,000 rules take about 2 s). */
const SYNC_LIMIT = 5000;
const NONE: ReadonlyMap<string, readonly string[]> = new Map();

/** Which rules other rules already cover, for the whole dataset: computed once per dataset, after the first paint if large. */
export function useCoverings(rules: readonly ResolvedRule[]): ReadonlyMap<string, readonly string[]> {
  const small = rules.length <= SYNC_LIMIT;
  const now = useMemo(() => (small ? findCoverings(rules) : undefined), [rules, small]);
  const [later, setLater] = useState<{ rules: readonly ResolvedRule[]; coverings: ReadonlyMap<string, readonly string[]> }>();
  useEffect(() => {
    if (small) return;
    const timer = setTimeout(() => setLater({ rules, coverings: findCoverings(rules) }), 0);
    return () => clearTimeout(timer);
  }, [rules, small]);
  return now ?? (later?.rules === rules ? later.coverings : NONE);
}
