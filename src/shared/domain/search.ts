/** Free-text search: width- and case-folded text in both languages, matched token by token. */

/** Lowercase, width-folded text for case- and width-insensitive search (ＳＩＰ = sip). */
export function normalizeSearch(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en');
}

/** The words of a query, normalised; every one must occur in a rule's search text. */
export function searchTokens(query: string): string[] {
  return normalizeSearch(query).split(/\s+/).filter(Boolean);
}

/** Builds the text a rule is searched by, in both languages, once per dataset. */
export function buildSearchText(parts: readonly (string | undefined)[]): string {
  return normalizeSearch(parts.filter(Boolean).join('\u0000'));
}

/** Every token must appear in the search text. */
export function matchesTokens(searchText: string, tokens: readonly string[]): boolean {
  return tokens.every((token) => searchText.includes(token));
}
