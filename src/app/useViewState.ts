import { useCallback, useEffect, useRef, useState } from 'react';
import {
  decodeViewState,
  emptyViewState,
  encodeViewState,
  type IgnoredParam,
  type ViewState,
  type Vocabulary,
} from '../shared/domain/urlState';

const urlFor = (state: ViewState) => `${window.location.pathname}${encodeViewState(state)}${window.location.hash}`;

/**
 * The view state lives in the page URL. Every change is a history entry (Back and Forward walk
 * through them), except consecutive edits of one text field, which share an entry.
 */
export function useViewState(vocabulary: Vocabulary | undefined) {
  const [state, setState] = useState<ViewState>(emptyViewState);
  const [ignored, setIgnored] = useState<IgnoredParam[]>([]);
  const lastCoalesce = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!vocabulary) return;
    const read = () => {
      const decoded = decodeViewState(window.location.search, vocabulary);
      setState(decoded.state);
      setIgnored(decoded.ignored);
      lastCoalesce.current = undefined;
      return decoded;
    };
    const decoded = read();
    // Drop what was not understood from the address bar, without adding a history entry.
    if (decoded.ignored.length > 0) window.history.replaceState(null, '', urlFor(decoded.state));
    const onPop = () => read();
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [vocabulary]);

  const update = useCallback((next: ViewState, coalesce?: string) => {
    const url = urlFor(next);
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      if (coalesce !== undefined && coalesce === lastCoalesce.current) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    lastCoalesce.current = coalesce;
    setState(next);
  }, []);

  return { state, update, ignored, dismissIgnored: () => setIgnored([]) };
}
