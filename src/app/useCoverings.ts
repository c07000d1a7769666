import { useEffect, useState } from 'react';
import type { ResolvedRule } from '../shared/domain/rules';

const NONE: ReadonlyMap<string, readonly string[]> = new Map();

/**
 * Which rules other rules already cover, for the whole dataset (see covering.ts): computed once per
 * dataset just after the first paint, with its code loaded then, so neither delays the first rows
 * (88 rules take under a millisecond; 100,000 about 2 s).
 */
export function useCoverings(rules: readonly ResolvedRule[]): ReadonlyMap<string, readonly string[]> {
  const [computed, setComputed] = useState<{ rules: readonly ResolvedRule[]; coverings: ReadonlyMap<string, readonly string[]> }>();
  useEffect(() => {
    let live = true;
    void import('../shared/domain/covering').then(({ findCoverings }) => {
      if (live) setComputed({ rules, coverings: findCoverings(rules) });
    });
    return () => {
      live = false;
    };
  }, [rules]);
  return computed?.rules === rules ? computed.coverings : NONE;
}
