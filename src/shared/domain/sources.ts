import { type Dataset, isTableCitation, type SourceDocument } from './schema';

export interface SourceUse {
  source: SourceDocument;
  /** Distinct table rows of this document that rules cite. */
  rows: number;
  tables: number;
  /** Rules citing at least one row of this document. */
  rules: number;
  /** Rows declared not to be rules. */
  notRules: number;
}

/** What the dataset took from each source document. */
export function sourceUse(dataset: Dataset): SourceUse[] {
  return dataset.sources.map((source) => {
    const rows = new Set<string>();
    const tables = new Set<number>();
    let rules = 0;
    for (const rule of dataset.rules) {
      const cited = rule.provenance.filter((p) => p.source === source.id);
      if (cited.length > 0) rules++;
      for (const p of cited.filter(isTableCitation)) {
        rows.add(`${p.table}/${p.row}`);
        tables.add(p.table);
      }
    }
    const notRules = (source.notRules ?? []).reduce((n, entry) => n + entry.rows.length, 0);
    return { source, rows: rows.size, tables: tables.size, rules, notRules };
  });
}
