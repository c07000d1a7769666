/**
 * The documented limits on untrusted input (README, Security). Each is checked before the work it
 * bounds: the file size before reading, the text length before JSON.parse, the list lengths before
 * schema validation, the string lengths before any other check of a string.
 */
export const LIMITS = {
  /** A dataset file or response, in bytes (File.size, Content-Length) and in characters (text length). */
  datasetBytes: 80 * 1024 * 1024,
  rules: 100_000,
  endpoints: 10_000,
  /** Each of sources, topologies, scenarios, roles and protocols. */
  namedItems: 1_000,
  /** history.changes: at most one note per rule and step, roughly. */
  changes: 100_000,
  /** Any list inside one item: a rule's scenarios, ports, citations, a citation's cells, aliases… */
  itemList: 1_000,
  /** Ids (lowercase-with-dashes). */
  id: 100,
  /** Names, labels, titles, summaries, versions. */
  shortText: 500,
  /** Notes, conditions, errata, quoted cells and sentences, reasons, descriptions. */
  longText: 5_000,
  url: 2_000,
  /** Problems listed for a dataset that cannot be used (more are counted, not listed). */
  problems: 50,
  /** Characters of a value quoted in a problem or a notice. */
  quoted: 80,
  /** Values read from one link parameter (scenario=a,b,…); the rest are ignored. */
  linkItems: 1_000,
  /** Ignored link parts listed in the notice (the rest are counted). */
  ignoredListed: 20,
  /** Addresses per endpoint, and characters per address (the longest FQDN). */
  addressesPerEndpoint: 64,
  address: 253,
  /** Characters of one value kept in localStorage (a sheet field is at most 4,000). */
  storedText: 4_000,
  /** Characters of one localStorage entry read back at all (the browser's quota is about 5 MB). */
  storedEntry: 1_000_000,
} as const;

/** "80 MB", "95.2 MB": sizes in messages. */
export const megabytes = (bytes: number): string => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;

/** The problem for a dataset over LIMITS.datasetBytes (by size or by length, whichever was measured). */
export const tooLargeProblem = (size: number) =>
  ({ path: '(root)', code: 'too-large', expected: megabytes(LIMITS.datasetBytes), received: megabytes(size) }) as const;
