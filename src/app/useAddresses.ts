import { useCallback, useEffect, useMemo, useState } from 'react';
import { readStoredJson, reportStorageProblem, writeStored } from '../shared/browser/storage';
import { type AddressBook, type Assignments, EMPTY_BOOK, toAddressBook, toAddressRecord } from '../shared/domain/addressBook';
import type { AddressView } from '../shared/domain/addressState';
import { setSharedAddresses } from '../shared/domain/linkState';
import type { UpdateLink } from './useLinkState';

export const ADDRESSES_STORAGE_KEY = 'lync-port-matrix.addresses';

type Engine = typeof import('../shared/domain/addressState');
let engineModule: Promise<Engine> | undefined;
/** The address parser (ipaddr.js) and what uses it: loaded only when there is an address to check, never in the first load. */
const loadEngine = (): Promise<Engine> => {
  engineModule ??= import('../shared/domain/addressState').catch((error: unknown) => {
    engineModule = undefined;
    throw error;
  });
  return engineModule;
};

const NONE: Omit<AddressView, 'stored' | 'dropped'> = {
  addresses: EMPTY_BOOK,
  fromLink: EMPTY_BOOK,
  linkErrors: new Map(),
  storedErrors: new Map(),
  linkValid: EMPTY_BOOK,
};

/**
 * Endpoint addresses. Those saved in this browser are the user's; a link may bring others (`addr=`),
 * which are shown over the saved ones but marked as coming from the link (`fromLink`) until the
 * user keeps them (added to the saved ones: nothing saved is replaced) or drops them. Every address,
 * saved, linked or typed, passes the full parser before it is used: `addresses` holds only valid
 * ones; the invalid ones are reported where they came from (`linkErrors`, `storedErrors`).
 */
export function useAddresses(link: Assignments | undefined, update: UpdateLink, endpointIds: ReadonlySet<string>) {
  const [storedRaw, setStoredRaw] = useState<unknown>(() => readStoredJson(ADDRESSES_STORAGE_KEY));
  const [engine, setEngine] = useState<Engine>();
  const needed = link !== undefined || (storedRaw !== null && typeof storedRaw === 'object' && Object.keys(storedRaw).length > 0);
  useEffect(() => {
    if (!needed || engine) return;
    let live = true;
    loadEngine().then(
      (module) => live && setEngine(module),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [needed, engine]);
  const view = useMemo(() => engine?.viewAddresses(storedRaw, link, endpointIds), [engine, storedRaw, link, endpointIds]);
  useEffect(() => {
    for (const part of view?.dropped ?? []) reportStorageProblem({ key: ADDRESSES_STORAGE_KEY, part, value: part });
    for (const [part, issues] of view?.storedErrors ?? []) {
      reportStorageProblem({ key: ADDRESSES_STORAGE_KEY, part, value: issues.map((issue) => issue.input).join(', ') });
    }
  }, [view]);
  // The link's invalid addresses are listed in its notice and taken out of the link itself (the
  // address bar, and the live-view link printed on the sheet and written in exports).
  const [linkErrors, setLinkErrors] = useState<AddressView['linkErrors']>(NONE.linkErrors);
  useEffect(() => {
    if (!view || view.linkErrors.size === 0) return;
    setLinkErrors(view.linkErrors);
    const valid = view.linkValid;
    update((state) => setSharedAddresses(state, valid.size > 0 ? toAddressRecord(valid) : undefined), undefined, true);
  }, [view, update]);
  const { addresses, fromLink, storedErrors, linkValid } = view ?? NONE;

  /** Changes the saved addresses (from their latest value), with the engine, loaded first if needed. */
  const editSaved = useCallback((change: (saved: AddressBook, engine: Engine) => AddressBook) => {
    loadEngine().then(
      (engine) =>
        setStoredRaw((previous: unknown) => {
          const next = change(engine.readStoredAddresses(previous).book, engine);
          const json = next.size > 0 ? toAddressRecord(next) : undefined;
          writeStored(ADDRESSES_STORAGE_KEY, json);
          return json;
        }),
      () => {},
    );
  }, []);

  /** A typed field: saved in this browser, unless the endpoint's addresses are still the link's (then only the link changes). */
  const changeAddress = useCallback(
    (endpointId: string, list: string[]) => {
      if (!fromLink.has(endpointId)) editSaved((saved, { withAddresses }) => withAddresses(saved, endpointId, list));
      if (link !== undefined)
        loadEngine().then(
          ({ withAddresses }) =>
            update(
              (state) => setSharedAddresses(state, toAddressRecord(withAddresses(toAddressBook(state.addresses), endpointId, list))),
              'addr',
            ),
          () => {},
        );
    },
    [editSaved, fromLink, link, update],
  );
  const shareAddresses = useCallback(
    (share: boolean) => update((state) => setSharedAddresses(state, share ? toAddressRecord(addresses) : undefined)),
    [addresses, update],
  );
  /** Adds the link's valid addresses to the saved ones, then takes them out of the link. */
  const keepLinkAddresses = useCallback(() => {
    editSaved((saved, { mergeAddresses }) => mergeAddresses(saved, linkValid));
    update((state) => setSharedAddresses(state, undefined));
    setLinkErrors(NONE.linkErrors);
  }, [editSaved, linkValid, update]);
  const dropLinkAddresses = useCallback(() => {
    if (link !== undefined) update((state) => setSharedAddresses(state, undefined));
    setLinkErrors(NONE.linkErrors);
  }, [link, update]);
  /** Clears the saved addresses (and those in this page's link). */
  const forgetAddresses = useCallback(() => {
    setStoredRaw(undefined);
    writeStored(ADDRESSES_STORAGE_KEY, undefined);
    if (link !== undefined) update((state) => setSharedAddresses(state, undefined));
  }, [link, update]);

  return {
    addresses,
    changeAddress,
    shareAddresses,
    sharing: link !== undefined,
    fromLink,
    linkErrors,
    storedErrors,
    keepLinkAddresses,
    dropLinkAddresses,
    savedCount: view ? view.stored.size : storedRaw !== null && typeof storedRaw === 'object' ? Object.keys(storedRaw).length : 0,
    forgetAddresses,
  };
}

export type AddressState = ReturnType<typeof useAddresses>;
