import type { DatasetIndex } from '../domain/rules';
import { isTableCitation, type Language, type Rule } from '../domain/schema';
import type { Translate } from '../domain/translate';

export interface CitationProps {
  provenance: Rule['provenance'];
  index: DatasetIndex;
  lang: Language;
  t: Translate;
}

/**
 * Each place a rule comes from: document, table row or paragraph, the quoted words, and any erratum.
 * A document with no zh-TW text (its cells are empty, as in the SfB hybrid tables) is quoted in English, marked lang="en".
 */
export function CitationList({ provenance, index, lang, t }: CitationProps) {
  return (
    <ul className="citations">
      {provenance.map((p) => {
        const table = isTableCitation(p);
        const cells = table && !p.cells[lang].some(Boolean) ? 'en' : lang;
        return (
          <li key={table ? `${p.source}-${p.table}-${p.row}` : `${p.source}-p${p.paragraph}`}>
            <span className="provenance-doc">{index.source(p.source)?.title[lang] ?? p.source}</span>
            {' · '}
            {table ? t('table.tableRow', { table: p.table, row: p.row }) : t('table.paragraph', { paragraph: p.paragraph })}
            <q className="provenance-cells" lang={cells === lang ? undefined : cells}>
              {table ? p.cells[cells].filter(Boolean).join(' | ') : p.quote[lang]}
            </q>
            {p.erratum && <span className="erratum">{p.erratum[lang]}</span>}
          </li>
        );
      })}
    </ul>
  );
}

export default CitationList;
