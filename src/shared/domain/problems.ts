/** What the validator reports: where in the dataset (a JSON path) and why, as data the UI translates. */
export type ProblemCode =
  | 'fetch'
  | 'json'
  | 'schema'
  | 'unknown-key'
  | 'port-order'
  | 'id-format'
  | 'duplicate-id'
  | 'unknown-reference'
  | 'same-endpoint'
  /** The same id or row twice in one list (a rule's scenarios, a document's rows that are not rules…). */
  | 'duplicate'
  /** The file or response is over LIMITS.datasetBytes: `expected` the limit, `received` its size. */
  | 'too-large'
  /** A list over its limit (`expected`), with `received` items. */
  | 'too-many'
  /** A text over its limit (`expected`), with `received` characters. */
  | 'too-long'
  /** An empty text or list where at least `expected` are needed. */
  | 'too-few'
  | 'integer'
  | 'url'
  /** Any other value the schema refuses, quoted in `received`. */
  | 'invalid';

export interface DatasetProblem {
  path: string;
  code: ProblemCode;
  expected?: string;
  received?: string;
}
