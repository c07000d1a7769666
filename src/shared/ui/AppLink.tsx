import type { MouseEvent, ReactNode } from 'react';

/** Where an in-app link goes: a real URL (a new tab, a copied link), and the change that follows it in place. */
export interface LinkTarget {
  href: string;
  follow: () => void;
}

/** A link to another view of the app: a plain click is followed in place (a history entry); modified clicks act as links do. */
export function AppLink({ to, className, children }: { to: LinkTarget; className?: string; children: ReactNode }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    to.follow();
  };
  return (
    <a href={to.href} className={className} onClick={onClick}>
      {children}
    </a>
  );
}
