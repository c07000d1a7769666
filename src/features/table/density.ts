import * as v from 'valibot';
import type { ReportStored } from '../../shared/browser/usePersistentState';
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
