import { useState } from 'react';
import type { DatasetIndex } from '../domain/rules';
import { isTableCitation, type Language, type Rule } from '../domain/schema';
import type { Translate } from '../domain/translate';
import './provenance.css';

interface Props {
  provenance: Rule['provenance'];
  index: DatasetIndex;
  lang: Language;
  t: Translate;
}

/** Each place a rule comes from: document, table row or paragraph, the quoted words, and any erratum. */
export function CitationList({ provenance, index, lang, t }: Props) {
  return (
    <ul className="citations">
      {provenance.map((p) => (
        <li key={isTableCitation(p) ? `${p.source}-${p.table}-${p.row}` : `${p.source}-p${p.paragraph}`}>
          <span className="provenance-doc">{index.source(p.source)?.title[lang] ?? p.source}</span>
          {' · '}
          {isTableCitation(p) ? t('table.tableRow', { table: p.table, row: p.row }) : t('table.paragraph', { paragraph: p.paragraph })}
          <q className="provenance-cells">{isTableCitation(p) ? p.cells[lang].filter(Boolean).join(' | ') : p.quote[lang]}</q>
          {p.erratum && <span className="erratum">{p.erratum[lang]}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The citations behind a disclosure; the quoted cells are rendered only once the reader opens it. */
export function Provenance(props: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className="provenance" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{props.t('table.sources', { count: props.provenance.length })}</summary>
      {open && <CitationList {...props} />}
    </details>
  );
}
