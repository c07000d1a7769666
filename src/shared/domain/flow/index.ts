/** "Does this flow pass?": parse a flow (by hand, from a log line, from a link) and match it against the rules. */
export { buildFlow, type Flow, type FlowError, type FlowErrorCode, type FlowField, type FlowResult, parseFlowFields } from './flow';
export { type LogFormat, type LogResult, parseLogLine } from './logs';
export {
  type EndpointMatch,
  type FlowVerdict,
  matchFlow,
  type NearMiss,
  type NearMissKind,
  type RuleMatch,
  type SourcePortMatch,
} from './match';
export { decodeFlow, encodeFlow } from './url';
export type { ZoneBasis, ZoneInference } from './zone';
