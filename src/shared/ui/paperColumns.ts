/**
 * The columns a printed request shows for each rule, in order (after its number, before its cited
 * documents): the request sheet (features/sheet) and the upgrade request (features/changes) print
 * the same ones, so a reviewer reads both the same way.
 */
export const PAPER_RULE_COLUMNS = [
  'source',
  'destination',
  'protocol',
  'transport',
  'ports',
  'direction',
  'firewall',
  'requirement',
  'justification',
] as const;
