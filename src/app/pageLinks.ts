import { useMemo } from 'react';
import { type LinkState, type Page, setOpenRule, setPage } from '../shared/domain/linkState';
import { encodeLinkState } from '../shared/domain/urlState';
import type { LinkTarget } from '../shared/ui/AppLink';
import type { UpdateLink } from './useLinkState';

/** Links from a page to another page, or to a rule's details in the table (`view=rules&rule=<id>`), keeping the rest of the view. */
export interface PageLinks {
  page: (page: Page) => LinkTarget;
  rule: (id: string) => LinkTarget;
}

export function pageLinks(state: LinkState, update: UpdateLink): PageLinks {
  const target = (change: (s: LinkState) => LinkState): LinkTarget => ({
    href: encodeLinkState(change(state)) || '?',
    follow: () => update(change),
  });
  return {
    page: (page) => target((s) => setPage(s, page)),
    rule: (id) => target((s) => setOpenRule(setPage(s, 'rules'), id)),
  };
}

/** What the pages built on the request use: a link to the request sheet (to enter addresses) and to each rule's details. */
export function useRequestLinks(state: LinkState, update: UpdateLink): { sheet: LinkTarget; rule: (id: string) => LinkTarget } {
  return useMemo(() => {
    const to = pageLinks(state, update);
    return { sheet: to.page('sheet'), rule: to.rule };
  }, [state, update]);
}
