import { usePersistentState } from '../../shared/browser/usePersistentState';
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

const FIELD_KEYS: (keyof SheetFields)[] = ['title', 'ticket', 'requester', 'date', 'environment', 'justification'];
const STORAGE_KEY = 'lync-port-matrix.sheet';

function readFields(raw: unknown): SheetFields {
  const source = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const fields = Object.fromEntries(
    FIELD_KEYS.map((key) => [key, typeof source[key] === 'string' ? String(source[key]).slice(0, 4000) : '']),
  ) as unknown as SheetFields;
  return { ...fields, date: /^\d{4}-\d{2}-\d{2}$/.test(fields.date) ? fields.date : isoDate(new Date()) };
}

export function useSheetFields() {
  return usePersistentState(STORAGE_KEY, readFields);
}
