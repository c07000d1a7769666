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
  | 'same-endpoint';

export interface DatasetProblem {
  path: string;
  code: ProblemCode;
  expected?: string;
  received?: string;
}
