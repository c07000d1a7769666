import { lazy, Suspense, useState } from 'react';
import type { CitationProps } from './CitationList';
import './provenance.css';

// The quoted cells render only once the reader opens a disclosure: their code is not in the first load.
const CitationList = lazy(() => import('./CitationList'));

/** The citations behind a disclosure; the quoted cells are rendered only once the reader opens it. */
export function Provenance(props: CitationProps) {
  const [open, setOpen] = useState(false);
  return (
    <details className="provenance" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{props.t('table.sources', { count: props.provenance.length })}</summary>
      {open && (
        <Suspense fallback={null}>
          <CitationList {...props} />
        </Suspense>
      )}
    </details>
  );
}
