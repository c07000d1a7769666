import { useState } from 'react';
import type { DatasetIndex } from '../../shared/domain/rules';
import { isTableCitation, type Language, type Rule } from '../../shared/domain/schema';
import type { Translate } from '../../shared/domain/translate';

interface Props {
  provenance: Rule['provenance'];
  index: DatasetIndex;
  lang: Language;
  t: Translate;
}

/** Where a rule comes from. The quoted source cells are rendered only once the reader opens it. */
export function Provenance({ provenance, index, lang, t }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className="provenance" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('table.sources', { count: provenance.length })}</summary>
      {open && (
        <ul>
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
      )}
    </details>
  );
}
