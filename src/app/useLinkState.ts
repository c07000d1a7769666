import { useCallback, useEffect, useRef, useState } from 'react';
import { emptyLinkState, type LinkState } from '../shared/domain/linkState';
import { decodeLinkState, encodeLinkState, type IgnoredParam, type Vocabulary } from '../shared/domain/urlState';

const urlFor = (state: LinkState) => `${window.location.pathname}${encodeLinkState(state)}${window.location.hash}`;

/**
 * A change to the link state (one of the domain's updates); `coalesce` names a text field whose edits
 * share a history entry; `replace` corrects the current entry instead of adding one.
 */
export type UpdateLink = (change: (state: LinkState) => LinkState, coalesce?: string, replace?: boolean) => void;

/**
 * The link state lives in the page URL. Every change is a history entry (Back and Forward walk
 * through them), except consecutive edits of one text field, which share an entry.
 */
export function useLinkState(vocabulary: Vocabulary | undefined) {
  const [state, setState] = useState<LinkState>(emptyLinkState);
  const [ignored, setIgnored] = useState<{ list: IgnoredParam[]; omitted: number }>({ list: [], omitted: 0 });
  const current = useRef(state);
  const lastCoalesce = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (!vocabulary) return;
    const read = () => {
      const decoded = decodeLinkState(window.location.search, vocabulary);
      current.current = decoded.state;
      setState(decoded.state);
      setIgnored({ list: decoded.ignored, omitted: decoded.omitted ?? 0 });
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

  const update = useCallback<UpdateLink>((change, coalesce, replace) => {
    const next = change(current.current);
    if (next === current.current) return;
    const url = urlFor(next);
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      if (replace || (coalesce !== undefined && coalesce === lastCoalesce.current)) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    }
    lastCoalesce.current = coalesce;
    current.current = next;
    setState(next);
  }, []);

  const dismissIgnored = useCallback(() => setIgnored({ list: [], omitted: 0 }), []);
  return { state, update, ignored, dismissIgnored };
}
