/**
 * localStorage read defensively. Anything stored may have been edited by hand, by another version
 * of the app or (from file://, where every local page shares one origin) by another local HTML
 * file: each value is size-checked, parsed, then validated by its reader, and what cannot be used
 * is reset to its default and reported (useStorageProblems) instead of breaking a page.
 */
import { useSyncExternalStore } from 'react';
import { LIMITS } from '../domain/limits';
import { displayValue } from '../domain/text';

/** A setting that could not be used: its storage key, the part of it (a field, an endpoint), what it held. */
export interface StorageProblem {
  key: string;
  part?: string;
  value: string;
}

let problems: readonly StorageProblem[] = [];
const listeners = new Set<() => void>();

export function reportStorageProblem(problem: StorageProblem) {
  const entry = { ...problem, value: displayValue(problem.value, LIMITS.quoted) };
  if (problems.some((p) => p.key === entry.key && p.part === entry.part)) return;
  problems = [...problems, entry];
  for (const listener of listeners) listener();
}

export function dismissStorageProblems() {
  problems = [];
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
/** The settings reset so far, for a notice. */
export const useStorageProblems = (): readonly StorageProblem[] => useSyncExternalStore(subscribe, () => problems);

/** The raw text under a key (undefined if absent, blocked, or larger than LIMITS.storedEntry: then reported). */
export function readStoredText(key: string): string | undefined {
  let text: string | null = null;
  try {
    text = window.localStorage.getItem(key);
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  if (text.length > LIMITS.storedEntry) {
    reportStorageProblem({ key, value: `${text.length} characters` });
    return undefined;
  }
  return text;
}

/** The JSON value under a key (undefined if absent or unreadable: then reported). */
export function readStoredJson(key: string): unknown {
  const text = readStoredText(key);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    reportStorageProblem({ key, value: text });
    return undefined;
  }
}

/** Saves, or removes when `value` is undefined; storage full or disabled keeps the value for this session only. */
export function writeStored(key: string, value: unknown, raw = false) {
  try {
    if (value === undefined) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, raw ? String(value) : JSON.stringify(value));
  } catch {
    // storage full or disabled
  }
}
