import * as v from 'valibot';
import { type ReportStored, usePersistentState } from '../../shared/browser/usePersistentState';
import { DENSITIES, type Density } from '../../shared/domain/linkState';

export const DENSITY_KEY = 'lync-port-matrix.density';

/** The reader's saved density: one of the known values, else compact (and the bad value is reported). */
export function readDensity(raw: unknown, report: ReportStored = () => {}): Density {
  if (raw === undefined || raw === null) return 'compact';
  const parsed = v.safeParse(v.picklist(DENSITIES), raw);
  if (parsed.success) return parsed.output;
  report('', raw);
  return 'compact';
}

/**
 * The density shown: the link's (`density=`) wins, else the reader's saved choice, else compact.
 * A change is saved in this browser, and written to the link when the link names a density.
 */
export function useDensity(fromLink: Density | undefined, onLinkChange: (next: Density) => void) {
  const [saved, save] = usePersistentState(DENSITY_KEY, readDensity);
  const change = (next: Density) => {
    save(next);
    if (fromLink) onLinkChange(next);
  };
  return [fromLink ?? saved, change] as const;
}
