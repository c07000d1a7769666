import { useCallback, useState } from 'react';
import { readStoredJson, reportStorageProblem, writeStored } from './storage';

/**
 * A part of a stored value that `read` could not use (reset to its default); it is reported for the
 * notice, and returned so the page can show it where it belongs (the field).
 */
export type ReportStored = (part: string, value: unknown) => void;

/**
 * State kept in localStorage under a key. `read` validates what is stored (it must accept anything,
 * including undefined) and reports each part it had to reset; unreadable or blocked storage falls back to memory.
 */
export function usePersistentState<T>(
  key: string,
  read: (raw: unknown, report: ReportStored) => T,
): [T, (next: T) => void, readonly { part: string; value: string }[]] {
  const [initial] = useState(() => {
    const reset: { part: string; value: string }[] = [];
    const report: ReportStored = (part, value) => {
      const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
      reset.push({ part, value: text });
      reportStorageProblem({ key, part, value: text });
    };
    let value: T;
    try {
      value = read(readStoredJson(key), report);
    } catch {
      value = read(undefined, report);
    }
    return { value, reset };
  });
  const [value, setValue] = useState<T>(initial.value);
  const save = useCallback(
    (next: T) => {
      setValue(next);
      writeStored(key, next);
    },
    [key],
  );
  return [value, save, initial.reset];
}
