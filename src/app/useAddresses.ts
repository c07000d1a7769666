import { useCallback, useMemo } from 'react';
import { usePersistentState } from '../shared/browser/usePersistentState';
import type { Assignments } from '../shared/domain/addresses';
import { sanitizeAssignments } from '../shared/domain/addressSyntax';
import { type LinkState, setSharedAddresses } from '../shared/domain/linkState';
import type { UpdateLink } from './useLinkState';

const STORAGE_KEY = 'lync-port-matrix.addresses';

/**
 * Endpoint addresses: kept in this browser, and carried by the link only when the user chose to
 * share them (then the link's addresses are shown, and edits update the link too).
 */
export function useAddresses(shared: LinkState['addresses'], update: UpdateLink, endpointIds: ReadonlySet<string>) {
  const [stored, setStored] = usePersistentState(STORAGE_KEY, (raw) => sanitizeAssignments(raw));
  const addresses = useMemo(() => sanitizeAssignments(shared ?? stored, endpointIds), [shared, stored, endpointIds]);

  const changeAddress = useCallback(
    (endpointId: string, list: string[]) => {
      const next: Assignments = { ...addresses, [endpointId]: list };
      if (list.length === 0) delete next[endpointId];
      setStored(next);
      if (shared !== undefined) update((state) => setSharedAddresses(state, next), 'addr');
    },
    [addresses, shared, setStored, update],
  );
  const shareAddresses = useCallback(
    (share: boolean) => update((state) => setSharedAddresses(state, share ? addresses : undefined)),
    [addresses, update],
  );
  return { addresses, changeAddress, shareAddresses, sharing: shared !== undefined };
}
