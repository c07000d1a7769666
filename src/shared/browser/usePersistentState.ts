import { useCallback, useState } from 'react';

/** State kept in localStorage under a key; unreadable or blocked storage falls back to memory. */
export function usePersistentState<T>(key: string, read: (raw: unknown) => T): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const text = window.localStorage.getItem(key);
      return read(text === null ? undefined : JSON.parse(text));
    } catch {
      return read(undefined);
    }
  });
  const save = useCallback(
    (next: T) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // storage full or disabled: keep the value for this session only
      }
    },
    [key],
  );
  return [value, save];
}
