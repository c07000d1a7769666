import * as v from 'valibot';
import { type ReportStored, usePersistentState } from '../../shared/browser/usePersistentState';
import { isIsoDate } from '../../shared/domain/calendar';
import { isoDate } from '../../shared/domain/dates';

/** The request's header fields, kept in this browser (never in links). */
export interface SheetFields {
  title: string;
  ticket: string;
  requester: string;
  date: string;
  environment: string;
  justification: string;
}

export const FIELD_KEYS: readonly (keyof SheetFields)[] = ['title', 'ticket', 'requester', 'date', 'environment', 'justification'];
const STORAGE_KEY = 'lync-port-matrix.sheet';

/** What each stored field may hold: the inputs' own limits; a date that exists, or nothing. */
const Line = v.pipe(v.string(), v.maxLength(200));
const FIELD_SCHEMAS: Record<keyof SheetFields, v.GenericSchema<unknown, string>> = {
  title: Line,
  ticket: Line,
  requester: Line,
  date: v.pipe(
    v.string(),
    v.check((text) => text === '' || isIsoDate(text)),
  ),
  environment: Line,
  justification: v.pipe(v.string(), v.maxLength(4000)),
};

/** Field by field: a stored field that is not valid falls back to its default (today for the date) and is reported. */
export function readSheetFields(raw: unknown, report: ReportStored = () => {}): SheetFields {
  const defaults: SheetFields = { title: '', ticket: '', requester: '', date: isoDate(new Date()), environment: '', justification: '' };
  if (raw === undefined || raw === null) return defaults;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    report('', raw);
    return defaults;
  }
  const source = raw as Record<string, unknown>;
  const fields = { ...defaults };
  for (const key of FIELD_KEYS) {
    if (!Object.hasOwn(source, key) || source[key] === undefined) continue;
    const parsed = v.safeParse(FIELD_SCHEMAS[key], source[key]);
    if (parsed.success) fields[key] = parsed.output;
    else report(key, source[key]);
  }
  return fields;
}

/** The fields, their setter, and the stored fields that were reset (to show at the field); another request (the upgrade request) keeps its own under its own key. */
export function useSheetFields(key = STORAGE_KEY) {
  return usePersistentState(key, readSheetFields);
}
